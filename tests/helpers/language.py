"""Switching the user interface's language in a test.

The `language` fixture starts in English and switches the whole application when called:
`language("ja")` installs the catalogues as the Language menu does and delivers Qt's LanguageChange at
once. It is made from `ui_translators` (tests/conftest.py), which removes the translators afterwards, so
a test that also makes the main window switches the window's own translators.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from privacy_desk.i18n.qt import Translators


def deliver_language_change() -> None:
    """Qt posts LanguageChange to the windows; deliver it now, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def switch_language(translators: Translators, code: str) -> None:
    """`translators` switched to `code` ("ja", "en") and every widget told."""
    translators.switch(code)
    deliver_language_change()


@pytest.fixture
def language(ui_translators: Translators) -> Iterator[Callable[[str], None]]:
    """Start in English; `language("ja")` switches the whole app as the Language menu does."""

    def switch(code: str) -> None:
        switch_language(ui_translators, code)

    switch("en")
    yield switch
