"""Sending mail from the real main window, in Japanese, to a real SMTP server started by the test
(aiosmtpd, tests/smtp_server.py): a reply from a template arrives with In-Reply-To, References and the
ticket tag, and the requester's answer to it joins the same ticket; a refused login keeps the draft
and says why in Japanese; without settings Send says what to set up; the settings page's test mail
arrives; the signature the user writes is the one sent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from privacy_desk.config import SMTP_FROM_ADDRESS, SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER
from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.tickets import MessageKind
from privacy_desk.errors import NotFound
from privacy_desk.i18n.qt import catalogue
from privacy_desk.intake.parse import parse_message
from privacy_desk.mail import smtp
from privacy_desk.services.container import open_services
from privacy_desk.services.tickets.mail_fetch import PasswordStore
from privacy_desk.ui.dialogs.signature_dialog import SignatureDialog
from privacy_desk.ui.inbox.reply_form import ReplyDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("smtp_server", "keyring_backends")
from keyring_backends import MemoryKeyring  # noqa: E402
from smtp_server import PASSWORD, USER  # noqa: E402
from ticket_mail import HANAKO, mail  # noqa: E402

pytest_plugins = ["smtp_server"]
JA = catalogue("ja")
DESK_ADDRESS = "info@gmo-c.jp"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def desk(url):
    services = open_services(url, login="tester")
    services.ticket_import.import_raw(
        services.actor, mail("q1@example.jp", HANAKO, "開示請求", "保有個人データの開示を請求します。"), "q1"
    )
    yield services
    services.close()


def configure(services, server) -> None:
    services.settings.set_many(
        services.actor,
        {
            SMTP_HOST: server.host,
            SMTP_PORT: server.port,
            SMTP_SECURITY: "starttls",
            SMTP_USER: USER,
            SMTP_FROM_ADDRESS: DESK_ADDRESS,
        },
    )


def keychain(password: str | None = PASSWORD) -> PasswordStore:
    store = PasswordStore(MemoryKeyring(), service=smtp.KEYRING_SERVICE)
    if password is not None:
        store.set(USER, "127.0.0.1", password)
    return store


def open_composer(make_window, url, language, options):
    window = make_window(url, open_database=False)
    window.context.extra["sending_options"] = options
    window.open_database()
    language("ja")
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.select_ticket(inbox.model.rows[0].id)
    inbox.detail.reply_button.click()
    composer = inbox.dialog
    assert isinstance(composer, ReplyDialog)
    return window, inbox, composer


def test_a_reply_is_sent_threaded_and_the_answer_joins_the_ticket(
    make_window, url, desk, language, smtp_server, client_context, qtbot
):
    configure(desk, smtp_server)
    options = {"passwords": keychain(), "ssl_context": client_context}
    _, inbox, composer = open_composer(make_window, url, language, options)
    assert composer.windowTitle() == JA("Inbox", "Mail on {ref}").format(ref="PD-2026-000001")
    assert composer.language_combo.currentData() == "ja" and composer.ok_button.isEnabled()
    assert composer.ok_button.text() == JA("Inbox", "&Send")
    composer.template_combo.setCurrentIndex(
        composer.template_combo.findData(ReplyTemplate.IDENTITY_DOCUMENTS)
    )
    assert composer.subject_edit.text() == "Re: [PD-2026-000001] 開示請求"
    assert composer.to_edit.text() == "髙橋 花子 <hanako@example.jp>"
    body = composer.body_edit.toPlainText()
    assert body.startswith("髙橋 花子 様") and "> 保有個人データの開示を請求します。" in body
    composer.body_edit.setPlainText(body.replace("髙橋 花子 様", "髙橋 花子 様\n（追記）", 1))
    qtbot.keyClick(composer.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert inbox.dialog is None  # sent and closed
    (received,) = smtp_server.received
    sent = parse_message(received.raw)
    assert sent.in_reply_to == "q1@example.jp" and sent.references == ("q1@example.jp",)
    assert "[PD-2026-000001]" in sent.subject and "（追記）" in sent.body_text
    assert JA("Inbox", "Sent to {recipients}.").format(recipients="hanako@example.jp") == inbox.notice.text()
    last = inbox.detail.detail.messages[-1]
    assert last.kind is MessageKind.CORRESPONDENCE_OUT and last.message_id == sent.message_id
    assert inbox.detail.detail.ticket.first_responded_at is not None

    answer = mail("a1@example.jp", HANAKO, "Re: 開示請求", "本人確認書類です。", in_reply_to=sent.message_id)
    inbox._context.work.write(
        lambda services: services.ticket_import.import_raw(services.actor, answer, "answer")
    ).run(inbox)
    detail = desk.tickets.get_by_ref("PD-2026-000001")
    assert "a1@example.jp" in [m.message_id for m in detail.messages]  # by In-Reply-To: the same ticket
    with pytest.raises(NotFound):  # no second ticket
        desk.tickets.get_by_ref("PD-2026-000002")


def test_a_refused_login_keeps_the_draft_and_says_why_in_japanese(
    make_window, url, desk, language, smtp_server, client_context
):
    configure(desk, smtp_server)
    options = {"passwords": keychain("wrong"), "ssl_context": client_context}
    _, inbox, composer = open_composer(make_window, url, language, options)
    composer.body_edit.setPlainText(composer.body_edit.toPlainText() + "\n手で書いた一文")
    composer.ok_button.click()
    assert inbox.dialog is composer and composer.isVisible()
    assert composer.body_edit.toPlainText().endswith("手で書いた一文")
    reason = JA(
        "Errors",
        "The mail server {host} refused the login for {user}. Check the user name and the password.",
    ).format(host="127.0.0.1", user=USER)
    assert reason and reason in composer.message.text()
    assert composer.details_button.isVisible() and "535" in composer.details_text.toPlainText()
    assert not smtp_server.received
    assert [m.kind for m in desk.tickets.get_by_ref("PD-2026-000001").messages] == [
        MessageKind.CORRESPONDENCE_IN
    ]


def test_without_sending_set_up_send_says_what_to_set_up(make_window, url, desk, language):
    _, _inbox, composer = open_composer(make_window, url, language, {"passwords": keychain(None)})
    assert not composer.ok_button.isEnabled() and composer.open_button.isEnabled()
    not_set_up = JA(
        "Errors",
        "Sending mail is not set up: an administrator enters the sending server and the desk's "
        "address in File › Settings › Sending Mail. Until then, open the reply in your mail client.",
    )
    assert not_set_up and composer.sending_note.text() == not_set_up


def test_my_signature_is_written_in_the_composer_and_sent(
    make_window, url, desk, language, smtp_server, client_context
):
    configure(desk, smtp_server)
    options = {"passwords": keychain(), "ssl_context": client_context}
    _, _inbox, composer = open_composer(make_window, url, language, options)
    assert "tester" in composer.body_edit.toPlainText().split("-- \n")[1]  # the default: the user's name
    composer.signature_button.click()
    form = composer.dialog
    assert isinstance(form, SignatureDialog) and "tester" in form.text_edit.toPlainText()
    form.text_edit.setPlainText("個人情報問い合わせ係\n田中 一郎")
    form.ok_button.click()
    assert "-- \n個人情報問い合わせ係\n田中 一郎\n" in composer.body_edit.toPlainText()
    composer.ok_button.click()
    assert "田中 一郎" in parse_message(smtp_server.received[0].raw).body_text
    assert desk.users.signature(desk.actor) == "個人情報問い合わせ係\n田中 一郎"


def test_tools_my_signature_edits_the_signature_the_composer_uses(make_window, url, desk, language):
    language("ja")
    window = make_window(url)
    assert window.menus.signature_action.isEnabled()
    window.menus.signature_action.trigger()
    form = window.commands.signature_dialog
    assert isinstance(form, SignatureDialog) and "tester" in form.text_edit.toPlainText()  # the default
    form.text_edit.setPlainText("個人情報問い合わせ係\n田中 一郎")
    form.ok_button.click()
    assert window.commands.signature_dialog is None
    assert desk.users.signature(desk.actor) == "個人情報問い合わせ係\n田中 一郎"
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.select_ticket(inbox.model.rows[0].id)
    inbox.detail.reply_button.click()
    composer = inbox.dialog
    assert isinstance(composer, ReplyDialog)
    assert "-- \n個人情報問い合わせ係\n田中 一郎\n" in composer.body_edit.toPlainText()


def test_the_settings_page_sends_a_test_mail(make_window, url, desk, language, smtp_server, client_context):
    options = {"passwords": keychain(None), "ssl_context": client_context}
    window = make_window(url, open_database=False)
    window.context.extra["sending_options"] = options
    window.open_database()
    language("ja")
    window.menus.settings_action.trigger()
    dialog = window.commands.settings_dialog
    page = dialog.sending_tab
    dialog.tabs.setCurrentWidget(page)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == JA("SettingsDialog", "Sending &Mail")
    page.smtp_host_edit.setText(smtp_server.host)
    page.smtp_port_spin.setValue(smtp_server.port)
    page.smtp_user_edit.setText(USER)
    page.from_address_edit.setText(DESK_ADDRESS)
    page.ask_address = lambda: "tanaka@gmo-c.jp"
    page.test_button.click()  # no password stored, none typed
    assert page.test_result.kind.value == "error" and "キーチェーン" in page.test_result.text()
    page.smtp_password_edit.setText(PASSWORD)
    page.test_button.click()
    assert page.test_result.kind.value == "success", page.test_result.text()
    (received,) = smtp_server.received
    assert received.recipients == ["tanaka@gmo-c.jp"]
    assert parse_message(received.raw).subject == "Privacy Desk 送信テスト"
    page.store_password_button.click()
    assert options["passwords"].get(USER, "127.0.0.1") == PASSWORD
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert desk.settings.values()[SMTP_HOST.key] == smtp_server.host


def test_a_read_only_database_disables_every_way_out_and_says_why(
    make_window, url, desk, language, smtp_server, client_context
):
    configure(desk, smtp_server)
    window = make_window(url, open_database=False)
    window.context.extra["sending_options"] = {"passwords": keychain(), "ssl_context": client_context}
    window.open_database()
    window.context.services.db.read_only = True  # what the engine sets when the file refuses writes
    language("ja")
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.select_ticket(inbox.model.rows[0].id)
    inbox.detail.reply_button.click()
    composer = inbox.dialog
    assert not (composer.ok_button.isEnabled() or composer.open_button.isEnabled())
    assert not composer.save_button.isEnabled()
    read_only = JA(
        "Errors",
        "The database is open for reading only, so nothing was changed. Ask an administrator for "
        "write access to the database file and its folder, then open it again.",
    )
    assert composer.composition is not None, composer.message.text()
    assert read_only and composer.sending_note.text() == read_only
    qtbot_keys = composer.body_edit
    qtbot_keys.setFocus()
    composer._submit_as(composer.SEND)  # Ctrl+Return's path: refused while Send is disabled
    assert not smtp_server.received and composer.isVisible()


def test_a_new_template_replaces_typed_text_as_one_undoable_edit(make_window, url, desk, language):
    _, _, composer = open_composer(make_window, url, language, {"passwords": keychain()})
    composer.body_edit.setPlainText("手で書いた長い返信です。")
    composer.template_combo.setCurrentIndex(
        composer.template_combo.findData(ReplyTemplate.IDENTITY_DOCUMENTS)
    )
    assert composer.body_edit.toPlainText() == composer.draft.body != "手で書いた長い返信です。"
    assert (
        JA("Inbox", "Your text was replaced by the new draft; Ctrl+Z brings it back.")
        in composer.message.text()
    )
    composer.body_edit.undo()
    assert composer.body_edit.toPlainText() == "手で書いた長い返信です。"


def test_a_mail_sent_but_not_recorded_cannot_be_sent_twice(
    make_window, url, desk, language, smtp_server, client_context
):
    configure(desk, smtp_server)
    options = {"passwords": keychain(), "ssl_context": client_context}
    _, inbox, composer = open_composer(make_window, url, language, options)
    # The database refuses the record of the sent mail (as a full disk or a lost connection would).
    with desk.db.transaction() as session:
        session.execute(
            text(
                "CREATE TRIGGER refuse_outgoing BEFORE INSERT ON messages WHEN NEW.outgoing "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    composer.ok_button.click()
    assert len(smtp_server.received) == 1
    assert inbox.dialog is composer and composer.isVisible()
    assert "PD-2026-000001" in composer.message.text()
    assert not composer.ok_button.isEnabled(), "Send again would mail the requester twice"
