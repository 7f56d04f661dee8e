"""Address headers to bare addresses, with the examples of RFC 5322 Appendix A: comments, quoted
display names and quoted local parts never reach the stored address (issue #10)."""

from __future__ import annotations

import pytest

from privacy_desk.intake.addresses import parse_address_list


def parsed(value: str) -> list[tuple[str, str]]:
    defects: list[str] = []
    result = parse_address_list(value, defects, "From")
    assert defects == [], defects
    return result


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A.1.1
        ('"Joe Q. Public" <john.q.public@example.com>', [("Joe Q. Public", "john.q.public@example.com")]),
        # A.1.2
        (
            "Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>",
            [("Mary Smith", "mary@x.test"), ("", "jdoe@example.org"), ("Who?", "one@y.test")],
        ),
        (
            '<boss@nil.test>, "Giant; \\"Big\\" Box" <sysservices@example.net>',
            [("", "boss@nil.test"), ('Giant; "Big" Box', "sysservices@example.net")],
        ),
        # A.1.3 (a group)
        (
            "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;",
            [("Ed Jones", "c@a.test"), ("", "joe@where.test"), ("John", "jdoe@one.test")],
        ),
        # A.5: comments and white space inside the angle brackets
        ("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>", [("Pete", "pete@silly.test")]),
        # A.6.3: a comment and folding white space in the domain
        ("John Doe <jdoe@machine(comment).  example>", [("John Doe", "jdoe@machine.example")]),
        ("John Doe <jdoe@machine.example (comment)>", [("John Doe", "jdoe@machine.example")]),
    ],
)
def test_rfc5322_appendix_a(value, expected):
    assert parsed(value) == expected


def test_a_comment_inside_an_address_without_brackets():
    assert parsed("pete(his account)@silly.test (Pete)") == [("Pete", "pete@silly.test")]
    assert parsed("jdoe@one.test (John Doe)") == [("John Doe", "jdoe@one.test")]


def test_quoted_local_parts():
    # Quotes that a dot-atom does not need are not part of the bare address: "john.doe"@x is john.doe@x.
    assert parsed('"john.doe"@Example.COM') == [("", "john.doe@example.com")]
    assert parsed('山田 <"yamada.taro"@example.jp>') == [("山田", "yamada.taro@example.jp")]
    # Where the local part needs them (two dots in a row, a space) they stay, as RFC 5322 §3.4.1 spells it.
    assert parsed('"john..doe"@example.com') == [("", '"john..doe"@example.com')]
    assert parsed('<"info desk"@example.jp>') == [("", '"info desk"@example.jp')]


def test_japanese_display_names_with_comments():
    assert parsed('"髙橋 花子" (個人) <hanako@example.jp>') == [("髙橋 花子", "hanako@example.jp")]
