"""HTML → safe plain text."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_desk.intake.html_text import html_to_text


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML converter tried to open a connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_script_style_head_and_comments_are_dropped(no_network):
    html = """<html><head><title>Title</title><style>p { color: red }</style>
    <script>document.write('x')</script></head>
    <body><!-- hidden comment --><p>見える本文</p><script type="text/javascript">alert("no")</script>
    <!--[if mso]><p>Outlook only</p><![endif]--><noscript>no script</noscript></body></html>"""
    assert html_to_text(html) == "見える本文"


def test_blocks_become_lines_and_entities_are_decoded():
    html = (
        "<div>山田様</div><div>いつもお世話になっております。</div>"
        "<p>開示請求&amp;訂正の件&nbsp;&#x2460;&#12849; &lt;重要&gt;</p>"
        "<h2>見出し</h2>本文<br>次の行<br/>最後"
    )
    assert html_to_text(html) == (
        "山田様\nいつもお世話になっております。\n\n"
        "開示請求&訂正の件 ①㈱ <重要>\n\n見出し\n\n本文\n次の行\n最後"
    )


def test_lists_tables_images_and_links(no_network):
    html = (
        "<ul><li>氏名</li><li>住所</ul>"
        "<table><tr><th>項目</th><th>内容</th></tr><tr><td>件数</td><td>3</td></tr></table>"
        '<img src="https://tracker.example/pixel.gif" alt="会社ロゴ"><img src="https://tracker.example/p2.gif">'
        '<p><a href="https://phish.example/login">https://bank.example.jp</a> '
        '<a href="https://gmo-c.jp/privacy">https://gmo-c.jp/privacy</a> '
        '<a href="mailto:info@gmo-c.jp">info@gmo-c.jp</a> <a href="javascript:alert(1)">click</a></p>'
    )
    assert html_to_text(html) == (
        "- 氏名\n- 住所\n\n項目\t内容\n件数\t3\n\n[会社ロゴ]\n\n"
        "https://bank.example.jp <https://phish.example/login> https://gmo-c.jp/privacy info@gmo-c.jp click"
    )


def test_line_breaks_in_source_between_japanese_are_no_spaces():
    assert html_to_text("<p>個人情報の\n開示請求について\n  ご案内します。 Hello\nworld</p>") == (
        "個人情報の開示請求についてご案内します。 Hello world"
    )


def test_pre_keeps_its_layout():
    assert html_to_text("<pre>  番号  氏名\n  1     山田</pre>") == "  番号  氏名\n  1     山田"


def test_malformed_html():
    assert html_to_text("<p>unclosed <b>bold <i>both") == "unclosed bold both"
    assert html_to_text("<head><title>t</title><body>no closing head") == "no closing head"
    assert html_to_text("<script>never closed <p>hidden") == ""
    assert html_to_text("") == ""
    assert html_to_text("plain & simple &unknown; &#xD800; &#0;") == "plain & simple &unknown; \ufffd \ufffd"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!-[]&#;=\"' abpdivscriptle\n\x00\u3042")), max_size=200))
def test_never_raises_on_arbitrary_markup(html):
    text = html_to_text(html)
    assert isinstance(text, str)
    assert "\x00" not in text
