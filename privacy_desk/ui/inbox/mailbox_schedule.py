"""The shared mailbox: fetching new mail now (Fetch Now, with its summary), every N minutes when the
office set an interval and this desk keeps the password, and the mailbox settings form.

`MailboxSchedule` is a part of InboxView (it uses the view's context, notice and the intake's progress
runner).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from privacy_desk.ui.inbox.host import InboxHost
from privacy_desk.ui.inbox.ticket_actions import told
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.forms import error_text

translate = QCoreApplication.translate


def mail_fetch(services, options: dict):
    """The mail-fetch service on these services (on the worker: its module loads there, not before the
    first paint)."""
    from privacy_desk.services.tickets.mail_fetch import open_mail_fetch

    return open_mail_fetch(services, **options)


class MailboxSchedule(InboxHost):
    """Fetching mail from the shared mailbox (mixed into InboxView)."""

    def _fetch_options(self) -> dict:
        return self._context.extra.get("mail_fetch_options", {})

    def fetch_now(self, *, quiet: bool = False) -> None:
        """Fetch new mail from the shared mailbox; unconfigured, the mailbox settings open."""
        if self.services is None or self._fetching:
            return
        options = self._fetch_options()

        def fetch(services, progress):
            summary = mail_fetch(services, options).fetch_now(progress, progress.cancelled)
            # Fetch Now reloads the list whatever came; the timer only when something did.
            return told(summary) if summary.imported or not quiet else summary

        def failed(error: BaseException) -> None:
            if not quiet:
                self._failed_intake(error)
                return
            self.notice.show_error(
                translate("Inbox", "Fetching mail failed: {reason}").format(reason=error_text(error))
            )

        op = self.with_progress(
            self._context.work.write(fetch), translate("Inbox", "Fetching mail…"), shown=not quiet
        )
        op.success(lambda summary: self._fetched(summary, quiet)).failure(failed).run(self)

    def _fetched(self, summary, quiet: bool) -> None:
        fetched = summary.imported
        if summary.imported or not quiet:
            self._changed(reload_list=True)
        if quiet:
            if summary.imported:
                self.notice.show_message(
                    translate("Inbox", "%n new message(s) fetched.", None, fetched), MessageKind.INFO
                )
            return
        lines = [
            translate("Inbox", "%n new message(s) fetched.", None, fetched),
            translate(
                "Inbox", "Already there: {duplicates}. Failed (tried again next time): {failed}."
            ).format(duplicates=summary.duplicates, failed=summary.failed),
        ]
        if summary.cancelled:
            lines.append(translate("Inbox", "Cancelled: the rest is fetched next time."))
        self._summarize(translate("Inbox", "Fetch Mail"), lines, [])

    def open_mailbox_settings(self, reason: str | None = None) -> None:
        """The mailbox form, on the settings as stored now (read first, on the worker)."""
        options = self._fetch_options()

        def read(services):
            fetch = mail_fetch(services, options)
            return fetch, fetch.settings(), services.actor

        def show_form(found: tuple[Any, Any, Any]) -> None:
            fetch, current, actor = found
            self._mailbox_form(fetch, current, actor, reason)

        self._context.work.query(read).success(show_form).failure(self._show_error).run(self)

    def _mailbox_form(self, fetch, current, actor, reason: str | None) -> None:
        from privacy_desk.ui.inbox.mailbox import MailboxDialog

        dialog = MailboxDialog(self._context.work, fetch, current, actor, self)
        if reason:
            dialog.message.show_message(reason, MessageKind.INFO)

        def saved(_d) -> None:
            self.notice.show_message(
                translate("Inbox", "The mailbox settings are saved."), MessageKind.SUCCESS
            )
            self._schedule_fetching()

        self._open_dialog(dialog, saved)

    def _schedule_fetching(self) -> None:
        """Fetch every N minutes when the office set an interval and this desk has the password."""
        options = self._fetch_options()

        def polls(interval: int) -> None:
            if interval > 0:
                self._fetch_timer.start(interval * 60_000)
            else:
                self._fetch_timer.stop()

        def interval(services) -> int:
            fetch = mail_fetch(services, options)
            return fetch.settings().interval_minutes if fetch.polls_here() else 0

        # No keychain here: fetch on request only.
        self._context.work.query(interval).success(polls).failure(
            lambda _error: self._fetch_timer.stop()
        ).run(self)
