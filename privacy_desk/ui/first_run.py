"""The first-run page: what the main window shows on a database with nothing in it yet (no tickets, no
cases, only the administrator the first sign-in made), with the three ways to start: set up the shared
mailbox, add the colleagues, or load demo data to try the app out.

`FirstRun` decides (a query through the operation helper when the database opens) and runs the actions;
the window hosts `FirstRunPage` in its central stack. Closing the page is remembered for that database;
once anything is stored the page does not come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from privacy_desk.ui.hub import CasesChanged, Changed, SettingsChanged, TicketsChanged, UsersChanged

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate
DISMISSED_KEY = "first_run/dismissed"  # in the window settings: the databases whose page was closed
MAILBOX_VIEW = "inbox"  # the view whose mailbox form sets up fetching (ui/inbox, MailboxSchedule)


def is_empty(services: Services) -> bool:
    """On the worker: True while the database holds no ticket, no case and no user but the first."""
    return (
        services.tickets.page(limit=1).total == 0
        and services.cases.page(limit=1).total == 0
        and len(services.users.list()) <= 1
    )


def _load_demo(services: Services) -> Changed:
    from privacy_desk.services.demo.service import fill_demo

    return Changed.of(
        fill_demo(services), TicketsChanged(), CasesChanged(), UsersChanged(), SettingsChanged()
    )


class FirstRunPage(QWidget):
    """The page itself: a welcome, three steps each with a button, and Close."""

    mailbox_requested = Signal()
    users_requested = Signal()
    demo_requested = Signal()
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(860)
        self.heading = QLabel(card)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(card)
        self.intro.setWordWrap(True)
        steps = QGridLayout()
        steps.setHorizontalSpacing(18)
        steps.setVerticalSpacing(14)
        self.titles: list[QLabel] = []
        self.explanations: list[QLabel] = []
        self.mailbox_button = QPushButton(card)
        self.users_button = QPushButton(card)
        self.demo_button = QPushButton(card)
        buttons = (self.mailbox_button, self.users_button, self.demo_button)
        for row, (button, signal) in enumerate(
            zip(buttons, (self.mailbox_requested, self.users_requested, self.demo_requested), strict=True)
        ):
            title, explanation = QLabel(card), QLabel(card)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            explanation.setWordWrap(True)
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(title)
            text.addWidget(explanation)
            steps.addLayout(text, row, 0)
            steps.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            button.clicked.connect(signal)
            self.titles.append(title)
            self.explanations.append(explanation)
        steps.setColumnStretch(0, 1)
        self.close_button = QPushButton(card)
        self.close_button.clicked.connect(self.dismiss_requested)
        self.note = QLabel(card)
        self.note.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)
        footer.addWidget(self.close_button)

        inside = QVBoxLayout(card)
        inside.setContentsMargins(28, 24, 28, 22)
        inside.setSpacing(14)
        inside.addWidget(self.heading)
        inside.addWidget(self.intro)
        inside.addSpacing(6)
        inside.addLayout(steps)
        inside.addSpacing(10)
        inside.addLayout(footer)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 6)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.setFocusProxy(self.mailbox_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("FirstRun", "Welcome to Privacy Desk"))
        self.intro.setText(
            translate(
                "FirstRun",
                "This database is new: no inquiry, request or colleague is in it yet. "
                "Three steps get the desk started; each can be done later from the menus too.",
            )
        )
        steps = (
            (
                translate("FirstRun", "1. Set up the mailbox"),
                translate(
                    "FirstRun",
                    "Connect the shared address the inquiries reach (IMAP), so new mail becomes tickets.",
                ),
                translate("FirstRun", "Set Up the &Mailbox…"),
            ),
            (
                translate("FirstRun", "2. Add users"),
                translate(
                    "FirstRun",
                    "Give each colleague a login and a role: desk staff, manager or administrator.",
                ),
                translate("FirstRun", "Add &Users…"),
            ),
            (
                translate("FirstRun", "3. Load demo data"),
                translate(
                    "FirstRun",
                    "Try the app out on invented inquiries, requests and people. Only for a database used "
                    "for practice: the demo records stay until it is deleted.",
                ),
                translate("FirstRun", "Load &Demo Data"),
            ),
        )
        buttons = (self.mailbox_button, self.users_button, self.demo_button)
        for (title, explanation, button_text), title_label, explanation_label, button in zip(
            steps, self.titles, self.explanations, buttons, strict=True
        ):
            title_label.setText(title)
            explanation_label.setText(explanation)
            button.setText(button_text)
        widest = max(button.sizeHint().width() for button in buttons)
        for button in buttons:  # one column of equal buttons, in either language
            button.setMinimumWidth(widest)
        self.note.setText(translate("FirstRun", "Closed, this page does not come back for this database."))
        self.close_button.setText(translate("FirstRun", "&Close This Page"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FirstRun(QObject):
    """Shows the page on an empty database (once it opens) and runs its three actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: FirstRunPage | None = None  # made when first needed
        self.showing = False
        hub = window.context.hub  # the window calls `check` when the database opens
        hub.services_did_close.connect(lambda: self._set_showing(False))
        # Tickets or cases stored (demo data, an import): there is something to work on now.
        hub.tickets_did_change.connect(lambda *_args: self._set_showing(False))
        hub.cases_did_change.connect(lambda *_args: self._set_showing(False))

    def check(self) -> None:
        """Ask the database whether it is still empty; show the page if so (and not closed before)."""
        services = self.window.context.services
        if services is None or services.db.read_only or self._dismissed():
            return
        self.window.context.work.query(is_empty).success(self._set_showing).ignore_failure().run(self.window)

    def make_page(self) -> FirstRunPage:
        if self.page is None:
            self.page = page = FirstRunPage(self.window)
            page.mailbox_requested.connect(self.set_up_mailbox)
            page.users_requested.connect(lambda: self.window.commands.open_users())
            page.demo_requested.connect(self.load_demo)
            page.dismiss_requested.connect(self.dismiss)
        return self.page

    def set_up_mailbox(self) -> None:
        """The Inbox's mailbox form (the Inbox view is shown behind it, where fetched mail will appear)."""
        self._set_showing(False)
        window = self.window
        window.show_view(MAILBOX_VIEW)
        view: Any = window.view_widget(MAILBOX_VIEW)
        if view is not None:
            view.open_mailbox_settings()

    def load_demo(self) -> None:
        page = self.make_page()
        page.demo_button.setEnabled(False)
        self.window.context.work.write(_load_demo).busy(
            translate("FirstRun", "Loading the demo data…")
        ).always(lambda: page.demo_button.setEnabled(True)).success(lambda _summary: self._demo_loaded()).run(
            self.window
        )

    def _demo_loaded(self) -> None:
        self._set_showing(False)
        self.window.show_view("today")

    def dismiss(self) -> None:
        settings = self.window.settings
        settings.setValue(DISMISSED_KEY, [*self._dismissed_list(), self._database_key()])
        settings.sync()
        self._set_showing(False)

    def hide_for_now(self) -> None:
        """A view was chosen from the menu: the page steps aside until the database opens again."""
        self._set_showing(False)

    def _set_showing(self, showing: bool) -> None:
        if showing == self.showing:
            return
        self.showing = showing
        if showing:
            self.make_page()
        self.window.update_central()

    def _database_key(self) -> str:
        services = self.window.context.services
        return services.database_label if services is not None else self.window.session.url

    def _dismissed_list(self) -> list[str]:
        value = self.window.settings.value(DISMISSED_KEY)
        if isinstance(value, str):  # QSettings gives a one-item list back as the item
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def _dismissed(self) -> bool:
        return self._database_key() in self._dismissed_list()
