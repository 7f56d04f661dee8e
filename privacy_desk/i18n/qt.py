"""Qt translators: the app's catalogue and Qt's own (qtbase) for standard dialogs and buttons.

The only module outside ui/ that imports Qt, and only QtCore: the CLI uses it too, so its errors and
help are in the user's language without loading any GUI library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).with_name("qm")
LOCALES = {
    "ja": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
    "en": QLocale(QLocale.Language.English),
}


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


class Translators:
    """Installs the translators for one language and swaps them on a switch at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ""

    def uninstall(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

    def switch(self, language: str) -> None:
        """Install `language`'s catalogues; Qt then sends LanguageChange to every widget."""
        self.uninstall()
        locale = LOCALES[language]
        QLocale.setDefault(locale)
        app = QTranslator()
        if app.load(str(QM_DIR / f"privacy_desk_{language}.qm")):
            self._installed.append(app)
        qt_base = QTranslator()
        if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt_base)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        self.language = language


def catalogue(language: str) -> Callable[..., str]:
    """A `translate(context, text, disambiguation=None, n=-1)` function for code that runs without a
    QCoreApplication (the CLI): QTranslator answers directly, untranslated texts come back as they are."""
    translator = QTranslator()
    translator.load(str(QM_DIR / f"privacy_desk_{language}.qm"))

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        result = translator.translate(context, text, disambiguation, n) or text
        return result.replace("%n", str(n)) if n >= 0 else result

    return translate
