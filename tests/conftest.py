"""Fixtures shared by the whole suite (docs/ARCHITECTURE.md §6.11).

- Qt runs offscreen: set before any test module imports PySide6.
- Every test gets its own PRIVACY_DESK_HOME (config, data, logs, window settings) and no PRIVACY_DESK_DB,
  so nothing reads or writes the real user's files.
- `db_url` is a fresh database per test: a SQLite file, and also a PostgreSQL database when
  PRIVACY_DESK_TEST_PG_URL names a server (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test); each
  test then runs once per backend, and its PostgreSQL database is dropped afterwards.
- `services` is `open_services(db_url, login="tester")`, closed after the test.
- tests/helpers/ holds what tests share besides fixtures (factories, a manual operation helper); its
  `language` fixture is registered here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["helpers.language"]

PG_URL_VARIABLE = "PRIVACY_DESK_TEST_PG_URL"
BACKENDS = ["sqlite", *(["postgresql"] if os.environ.get(PG_URL_VARIABLE) else [])]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("PRIVACY_DESK_HOME", str(home))
    monkeypatch.delenv("PRIVACY_DESK_DB", raising=False)
    return home


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'test.sqlite3').as_posix()}"
    else:
        yield from _postgres_database(os.environ[PG_URL_VARIABLE])


def _postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server for one test; dropped (connections and all) afterwards."""
    from sqlalchemy import create_engine, make_url, text

    name = f"pd_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def services(db_url: str, schema_template: SchemaTemplate):
    from privacy_desk.services.container import open_services

    schema_template.fill(db_url)
    opened = open_services(db_url, login="tester")
    try:
        yield opened
    finally:
        opened.close()


class SchemaTemplate:
    """An empty database at the schema head, made once per backend and run: `fill` gives a new test
    database that copy instead of running every migration again (about 0.5 s a test on SQLite). Only a
    database nothing has opened yet is filled, so what the test sees is what `open_services` would have
    made; tests of the migrations themselves use `db_url` alone and still start from nothing."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: Path | None = None
        self._postgres: str | None = None

    def fill(self, url: str) -> None:
        from sqlalchemy import make_url

        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            self._fill_sqlite(Path(parsed.database or ""))
        else:
            self._fill_postgres(parsed.database or "")

    def _fill_sqlite(self, target: Path) -> None:
        import sqlite3

        if target.exists():
            return
        if self._sqlite is None:
            self._sqlite = self._folder / "template.sqlite3"
            _migrate(f"sqlite:///{self._sqlite.as_posix()}")
        with sqlite3.connect(self._sqlite) as source, sqlite3.connect(target) as copy:
            source.backup(copy)

    def _fill_postgres(self, name: str) -> None:
        from sqlalchemy import create_engine, make_url, text
        from sqlalchemy.exc import DBAPIError

        server_url = os.environ[PG_URL_VARIABLE]
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        try:
            if self._postgres is None:
                self._postgres = f"pd_template_{uuid.uuid4().hex[:12]}"
                with admin.connect() as connection:
                    connection.execute(text(f'CREATE DATABASE "{self._postgres}"'))
                _migrate(
                    make_url(server_url).set(database=self._postgres).render_as_string(hide_password=False)
                )
            with admin.connect() as connection:
                try:  # refused while anything is connected to it: then the test migrates as before
                    connection.execute(text(f'DROP DATABASE "{name}"'))
                except DBAPIError:
                    return
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._postgres}"'))
        finally:
            admin.dispose()

    def drop(self) -> None:
        if self._postgres is None:
            return
        from sqlalchemy import create_engine, text

        admin = create_engine(os.environ[PG_URL_VARIABLE], isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self._postgres}" WITH (FORCE)'))
        finally:
            admin.dispose()


def _migrate(url: str) -> None:
    from privacy_desk.storage import migrate
    from privacy_desk.storage.engine import Database

    db = Database(url)
    try:
        migrate.upgrade(db.engine)
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SchemaTemplate]:
    template = SchemaTemplate(tmp_path_factory.mktemp("schema-template"))
    try:
        yield template
    finally:
        template.drop()


# What Qt's offscreen platform says when windows and popups are shown: nothing to do with the code under
# test, and `qt_log_level_fail = WARNING` would otherwise fail every GUI test on it.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


# -- the GUI ---------------------------------------------------------------------------------------


@pytest.fixture
def ui_translators(qapp):
    """The app's translators, switched to Japanese (the default language); removed again afterwards so the
    next test starts from Qt's defaults."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from privacy_desk.i18n.qt import Translators
    from privacy_desk.ui.main_window import set_application_display_name

    saved = QLocale()
    translators = Translators()
    translators.switch("ja")
    set_application_display_name()
    yield translators
    for translator in translators._installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(saved)
    qapp.setApplicationDisplayName("")


@pytest.fixture
def make_window(qtbot, ui_translators):
    """`make_window(db_url, day=…)`: the real main window, shown, with a synchronous operation helper (the
    database opens and every query answers before the call returns) and a fixed "today"."""
    from datetime import date

    from privacy_desk.app import build_main_window
    from privacy_desk.config import LocalConfig
    from privacy_desk.ui.operations import Operations

    def make(
        db_url: str | None,
        *,
        day: date = date(2026, 12, 28),
        views=None,
        login: str | None = "tester",
        open_database: bool = True,
        create_missing: bool = True,  # the fresh file a test names is made, as --create would
        first_run: bool = False,  # the page an empty database shows: tests/ui/test_first_run.py
    ):
        window = build_main_window(
            db_url,
            translators=ui_translators,
            local_config=LocalConfig.load(),
            operations=Operations(synchronous=True),
            clock=lambda: day,
            views=views,
            login=login,
            create_missing=create_missing,
            first_run=first_run,
        )
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # keyboard shortcuts belong to the active window
            window.activateWindow()
        if open_database:
            window.open_database()
        return window

    return make
