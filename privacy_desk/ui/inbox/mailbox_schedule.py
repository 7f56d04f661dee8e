"""The shared mailbox: fetching new mail now (Fetch Now, with its summary), every N minutes when the
office set an interval and this desk keeps the password, and the mailbox settings form.

`MailboxSchedule` is a part of InboxView (it uses the view's context, notice and the intake's progress
runner).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from privacy_desk.ui.widgets import MessageKind

translate = QCoreApplication.translate


class MailboxSchedule:
    """Fetching mail from the shared mailbox (mixed into InboxView)."""

    def fetch_now(self, *, quiet: bool = False) -> None:
        """Fetch new mail from the shared mailbox; unconfigured, the mailbox settings open."""
        services = self.services
        if services is None or self._fetching:
            return
        fetch = self.mail_fetch()

        def done(summary) -> None:
            fetched = summary.imported
            if summary.imported or not quiet:
                self._changed(reload_list=True)
            if quiet:
                if summary.imported:
                    self.notice.show_message(
                        translate("Inbox", "%n new message(s) fetched.", None, fetched),
                        MessageKind.INFO,
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

        self._run_with_progress(
            translate("Inbox", "Fetching mail…"),
            lambda progress, cancel: fetch.fetch_now(progress, cancel),
            done,
            quiet=quiet,
        )

    def mail_fetch(self):
        from privacy_desk.services.tickets.mail_fetch import open_mail_fetch

        return open_mail_fetch(self.services, **self._context.extra.get("mail_fetch_options", {}))

    def open_mailbox_settings(self, reason: str | None = None) -> None:
        services = self.services
        if services is None:
            return
        from privacy_desk.ui.inbox.mailbox import MailboxDialog

        dialog = MailboxDialog(self._context.operations, self.mail_fetch(), services.actor, self)
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
        services = self.services
        if services is None:
            return
        mail_fetch = self.mail_fetch  # the module loads on the worker thread, not before the first paint

        def polls(interval: int) -> None:
            if interval > 0:
                self._fetch_timer.start(interval * 60_000)
            else:
                self._fetch_timer.stop()

        def interval() -> int:
            fetch = mail_fetch()
            return fetch.settings().interval_minutes if fetch.polls_here() else 0

        self._context.operations.run(
            interval,
            polls,
            lambda _error: self._fetch_timer.stop(),  # no keychain here: fetch on request only
        )
