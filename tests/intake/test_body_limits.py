"""Bounded work per message: a huge body is cut for the screen, with a note, and kept whole, attached."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msgbuild import MsgSpec, build_msg

from privacy_desk.intake.body_limits import HTML_CUT, HTML_MAX, TEXT_CUT, TEXT_MAX
from privacy_desk.intake.outlook import parse_msg_bytes
from privacy_desk.intake.parse import parse_message


def mail(body: str, subtype: str = "plain") -> bytes:
    message = EmailMessage()
    message["From"] = "news@example.jp"
    message["To"] = "info@example.jp"
    message["Subject"] = "大きなメール"
    message["Message-ID"] = "<big@example.jp>"
    message.set_content(body, subtype=subtype, charset="utf-8", cte="8bit")
    return bytes(message)


def by_name(parsed, name: str):
    found = [a for a in parsed.attachments if a.filename == name]
    assert len(found) == 1, [a.filename for a in parsed.attachments]
    return found[0]


def test_a_huge_html_body_is_converted_up_to_the_limit_and_kept_whole():
    paragraph = "<p>個人情報の開示について</p>\n"
    paragraphs = paragraph * (HTML_MAX // len(paragraph) + 1000)
    html = "<html><body>" + paragraphs + "<p>最後の段落</p></body></html>"
    parsed = parse_message(mail(html, "html"))
    assert HTML_CUT in parsed.defects
    assert parsed.body_text.startswith("個人情報の開示について\n\n個人情報の開示について")
    assert "最後の段落" not in parsed.body_text
    assert len(parsed.body_text) <= TEXT_MAX
    assert len(parsed.body_html) <= HTML_MAX and parsed.body_html.endswith("</p>\n")
    whole = by_name(parsed, "message-body.html")
    assert whole.data.decode("utf-8").rstrip("\n") == html and whole.content_type == "text/html"
    assert [a.filename for a in parsed.attachments] == ["message-body.html"]  # no text besides


def test_a_huge_text_body_is_cut_at_a_line_end_and_kept_whole():
    line = "開示を請求します。本人確認書類を添付します。\n"
    body = line * (TEXT_MAX // len(line) + 10) + "最後の行\n"
    parsed = parse_message(mail(body))
    assert TEXT_CUT in parsed.defects
    assert len(parsed.body_text) <= TEXT_MAX
    assert parsed.body_text.endswith("添付します。") and "最後の行" not in parsed.body_text
    whole = by_name(parsed, "message-body.txt")
    assert whole.data.decode("utf-8") == body and whole.content_type == "text/plain"


def test_a_body_within_the_limits_is_left_alone():
    parsed = parse_message(mail("<p>短い本文</p>", "html"))
    assert parsed.body_text == "短い本文"
    assert parsed.attachments == ()
    assert HTML_CUT not in parsed.defects and TEXT_CUT not in parsed.defects


def test_a_huge_html_only_outlook_message_is_cut_and_kept_whole():
    paragraph = "<p>Outlookの本文</p>"
    html = (paragraph * (HTML_MAX // len(paragraph) + 1000)).encode("utf-8")
    spec = MsgSpec(subject="big", html=html, internet_cpid=65001, sender_email="a@example.jp")
    (parsed,) = parse_msg_bytes(build_msg(spec))
    assert HTML_CUT in parsed.defects
    assert parsed.body_text.startswith("Outlookの本文")
    assert by_name(parsed, "message-body.html").data == html


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<br>",
        "<a href='https://x.example/'>",
        "</a>",
        "<!--",
        "-->",
        "<",
        "</",
        "本文",
        "&amp;",
    ],
)


@settings(
    max_examples=40,
    deadline=2000,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.tuples(HTML_PIECES, st.integers(min_value=1, max_value=5_000)), max_size=8))
def test_html_mail_of_hostile_markup_parses_in_bounded_time(runs):
    html = "".join(piece * count for piece, count in runs)
    parsed = parse_message(mail(html, "html"))
    assert "\x00" not in parsed.body_text
