"""A delivery failure threads into the ticket of the reply it returns, by the returned Message-ID (the
Postfix and Exchange reports of tests/bounce_mail.py); it is kept as a bounce with what it reports and
is no word from the requester: the ticket is not reopened and its first response stays."""

from __future__ import annotations

from bounce_mail import exchange_bounce, postfix_bounce
from helpers.factories import make_ticket

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.tickets import MessageKind, TicketStatus
from privacy_desk.services.tickets import ImportOutcome

HANAKO_ADDRESS = "hanako@example.jp"


def replied(services):
    """A ticket from 花子 answered by the desk and set resolved: (ticket id, the reply as sent)."""
    ticket = make_ticket(services, "q1@example.jp")
    draft = services.tickets.draft_reply(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja")
    reply = services.tickets.log_reply(services.actor, draft)
    services.tickets.set_status(services.actor, ticket.ticket_id, TicketStatus.RESOLVED)
    return ticket.ticket_id, reply


def test_a_postfix_bounce_joins_the_replys_ticket_and_says_who_and_why(services):
    ticket_id, reply = replied(services)
    before = services.tickets.get(ticket_id).ticket
    result = services.ticket_import.import_raw_result(
        services.actor, postfix_bounce(reply.eml, HANAKO_ADDRESS), "bounce"
    )
    assert (result.outcome, result.ticket_id) == (ImportOutcome.THREADED, ticket_id)
    detail = services.tickets.get(ticket_id)
    [bounce] = [m for m in detail.messages if m.kind is MessageKind.BOUNCE]
    sent = next(m for m in detail.messages if m.id == reply.message_id)
    assert bounce.kind is MessageKind.BOUNCE and bounce.bounce is not None
    assert bounce.bounce.returned_message_id == sent.message_id and bounce.bounce.permanent
    [recipient] = bounce.bounce.recipients
    assert (recipient.address, recipient.action, recipient.status) == (HANAKO_ADDRESS, "failed", "5.1.1")
    assert recipient.diagnostic.endswith("Recipient address rejected: User unknown")
    row = detail.ticket
    assert row.status is TicketStatus.RESOLVED  # not reopened: the requester did not write
    assert row.first_responded_at == before.first_responded_at is not None
    entry = services.audit.entries(entity="ticket", entity_id=ticket_id)[0]
    assert entry.action == "import_message" and entry.after["threaded_by"] == "bounce"


def test_an_exchange_report_with_only_the_headers_joins_too(services):
    ticket_id, reply = replied(services)
    result = services.ticket_import.import_raw_result(
        services.actor, exchange_bounce(reply.eml, HANAKO_ADDRESS), "bounce"
    )
    assert result.ticket_id == ticket_id
    [bounce] = [m.bounce for m in services.tickets.get(ticket_id).messages if m.kind is MessageKind.BOUNCE]
    assert bounce is not None and not bounce.permanent
    assert [(r.action, r.status) for r in bounce.recipients] == [("delayed", "4.4.7")]


def test_a_bounce_of_mail_the_desk_never_sent_is_a_ticket_of_its_own(services):
    ticket_id, _reply = replied(services)
    stranger = b"From: info@gmo-c.jp\nTo: x@example.jp\nMessage-ID: <elsewhere@gmo-c.jp>\nSubject: x\n\nx\n"
    result = services.ticket_import.import_raw_result(
        services.actor, postfix_bounce(stranger, "x@example.jp"), "bounce"
    )
    assert result.outcome is ImportOutcome.NEW_TICKET and result.ticket_id != ticket_id
    [message] = services.tickets.get(result.ticket_id).messages
    assert message.kind is MessageKind.BOUNCE
    assert services.tickets.get(ticket_id).ticket.message_count == 2


def _bounce_of_incoming(message_id: str) -> bytes:
    """A delivery report returning a mail the desk received (as a forwarder or a spammer may send)."""
    incoming = f"From: {HANAKO_ADDRESS}\nTo: info@gmo-c.jp\nMessage-ID: <{message_id}>\nSubject: q\n\nq\n"
    return postfix_bounce(incoming.encode(), HANAKO_ADDRESS)


def test_a_bounce_quoting_an_incoming_message_is_no_bounce_of_it(services):
    ticket_id, _reply = replied(services)
    raw = _bounce_of_incoming("q1@example.jp")  # 花子's own mail, which opened the ticket
    result = services.ticket_import.import_raw_result(services.actor, raw, "bounce")
    assert result.outcome is ImportOutcome.NEW_TICKET and result.ticket_id != ticket_id
    assert services.tickets.get(ticket_id).ticket.message_count == 2  # the mail and the desk's reply
    entry = services.audit.entries(entity="ticket", entity_id=result.ticket_id)[0]
    assert entry.action == "import_message" and entry.after["threaded_by"] == "new"


def test_a_file_import_threads_a_bounce_only_into_the_desks_own_mail(services, tmp_path):
    ticket_id, reply = replied(services)
    (tmp_path / "1.eml").write_bytes(_bounce_of_incoming("q1@example.jp"))
    (tmp_path / "2.eml").write_bytes(postfix_bounce(reply.eml, HANAKO_ADDRESS, "bounce-9@mx.gmo-c.jp"))
    summary = services.ticket_import.import_paths(services.actor, [tmp_path])
    assert (summary.imported, summary.threaded, summary.new_tickets) == (2, 1, 1)
    kinds = [m.kind for m in services.tickets.get(ticket_id).messages]
    assert kinds.count(MessageKind.BOUNCE) == 1 and len(kinds) == 3
