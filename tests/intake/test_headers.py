"""Header decoding: RFC 2047 as mailers really write it, RFC 2231 names, addresses, ids and dates."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from jis import cp50221, encoded_word

from privacy_desk.intake.addresses import parse_address_list
from privacy_desk.intake.headers import decode_header, header_text, parse_params
from privacy_desk.intake.mail_dates import parse_date
from privacy_desk.intake.message_ids import parse_msgid, parse_msgid_list


def header(value: str) -> tuple[str, list[str]]:
    defects: list[str] = []
    return decode_header(value, defects, "Subject"), defects


def raw_header(data: bytes) -> tuple[str, list[str]]:
    """A header value as BytesParser stores 8-bit bytes: surrogate escapes."""
    return header(data.decode("ascii", "surrogateescape"))


# --- RFC 2047 -------------------------------------------------------------------------------------


def test_rfc2047_b_and_q():
    assert header("=?UTF-8?B?5YCL5Lq65oOF5aCx?=")[0] == "個人情報"
    assert header("=?UTF-8?Q?=E9=96=8B=E7=A4=BA_request?=")[0] == "開示 request"
    assert header("=?iso-2022-jp?b?" + base64.b64encode(cp50221("開示")).decode() + "?=")[0] == "開示"


def test_rfc2047_iso2022jp_with_nec_and_ibm_characters_in_header():
    assert header(encoded_word("①㈱テスト ㍻ 髙橋"))[0] == "①㈱テスト ㍻ 髙橋"


def test_rfc2047_folded_words_are_joined_without_the_space():
    value = (
        encoded_word("個人情報の") + "\r\n " + encoded_word("開示請求") + "\r\n\t" + encoded_word("について")
    )
    assert header(value)[0] == "個人情報の開示請求について"


def test_rfc2047_adjacent_words_without_whitespace():
    value = encoded_word("お問い合わせ") + encoded_word("（再送）", "UTF-8")
    assert header(value)[0] == "お問い合わせ（再送）"


def test_rfc2047_text_around_words_keeps_its_spaces():
    assert header("Re: " + encoded_word("開示") + " [ID:123]")[0] == "Re: 開示 [ID:123]"


def test_rfc2047_character_split_across_words():
    data = "髙橋".encode()
    first, second = base64.b64encode(data[:2]).decode(), base64.b64encode(data[2:]).decode()
    assert header(f"=?UTF-8?B?{first}?= =?UTF-8?B?{second}?=")[0] == "髙橋"


def test_rfc2047_iso2022jp_escape_state_split_across_words():
    data = cp50221("開示請求")
    cut = 5  # inside the double-byte run: the second word starts without ESC $ B
    words = [base64.b64encode(part).decode() for part in (data[:cut], data[cut:])]
    assert header(f"=?ISO-2022-JP?B?{words[0]}?=\r\n =?ISO-2022-JP?B?{words[1]}?=")[0] == "開示請求"


def test_rfc2047_base64_cut_mid_quantum():
    text = base64.b64encode("個人情報の開示".encode()).decode()
    value, defects = header(f"=?UTF-8?B?{text[:7]}?= =?UTF-8?B?{text[7:]}?=")
    assert value == "個人情報の開示"
    assert any("mid-quantum" in defect for defect in defects)


def test_rfc2047_wrong_charset_in_encoded_word():
    utf8_as_latin = "=?ISO-8859-1?B?" + base64.b64encode("開示請求".encode()).decode() + "?="
    assert header(utf8_as_latin)[0] == "開示請求"
    cp932_as_sjis = "=?Shift_JIS?B?" + base64.b64encode("①髙橋".encode("cp932")).decode() + "?="
    assert header(cp932_as_sjis) == ("①髙橋", [])
    value, defects = header("=?x-unknown?B?" + base64.b64encode("山田です".encode("cp932")).decode() + "?=")
    assert value == "山田です"
    assert any("unknown charset" in defect for defect in defects)
    assert header("=??B?" + base64.b64encode("山田".encode("euc_jp")).decode() + "?=")[0] == "山田"


def test_rfc2047_q_words_with_spaces_and_rfc2231_language():
    assert header("=?UTF-8*ja?Q?=E5=B1=B1=E7=94=B0 =E5=A4=AA=E9=83=8E?=")[0] == "山田 太郎"


def test_rfc2047_broken_words_stay_text():
    assert header("=?UTF-8?B?not closed")[0] == "=?UTF-8?B?not closed"
    assert header("=?UTF-8?X?abc?=")[0] == "=?UTF-8?X?abc?="


def test_raw_8bit_headers_are_guessed():
    for data, expected in (
        ("【重要】個人情報の取扱いについて".encode("cp932"), "【重要】個人情報の取扱いについて"),
        ("【重要】個人情報の取扱いについて".encode(), "【重要】個人情報の取扱いについて"),
        ("【重要】個人情報の取扱いについて".encode("euc_jp"), "【重要】個人情報の取扱いについて"),
        ("表示".encode("cp932"), "表示"),  # 表 ends in 0x5C, a backslash to ASCII-minded code
    ):
        value, defects = raw_header(data)
        assert value == expected
        assert all("8-bit header" in defect for defect in defects)


def test_raw_iso2022jp_header():
    assert header(cp50221("件名①").decode("ascii"))[0] == "件名①"


# --- parameters and RFC 2231 ----------------------------------------------------------------------


def params(value: str) -> tuple[str, dict[str, str]]:
    return parse_params(header_text(value, []), [], "Content-Disposition")


def test_rfc2231_utf8_filename():
    kind, found = params("attachment; filename*=UTF-8''%E9%96%8B%E7%A4%BA%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf")
    assert kind == "attachment"
    assert found["filename"] == "開示請求書.pdf"


def test_rfc2231_continuations():
    value = (
        "attachment;\r\n filename*0*=UTF-8'ja'%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1;\r\n"
        ' filename*1*=%E3%81%AE%E9%96%8B%E7%A4%BA;\r\n filename*2=".docx"'
    )
    assert params(value)[1]["filename"] == "個人情報の開示.docx"


def test_rfc2231_continuations_out_of_order_and_character_split():
    data = "髙橋様の申請.pdf".encode()
    encoded = "".join(f"%{byte:02X}" for byte in data)
    cut = 3 * 4  # four bytes: inside 橋
    value = f"attachment; filename*1*={encoded[cut:]}; filename*0*=utf-8''{encoded[:cut]}"
    assert params(value)[1]["filename"] == "髙橋様の申請.pdf"


def test_rfc2231_shift_jis_filename_is_cp932():
    encoded = "".join(f"%{byte:02X}" for byte in "①申請書.xlsx".encode("cp932"))
    assert params(f"attachment; filename*=Shift_JIS''{encoded}")[1]["filename"] == "①申請書.xlsx"


def test_rfc2231_iso2022jp_filename():
    encoded = "".join(f"%{byte:02X}" for byte in cp50221("申請書.pdf"))
    assert params(f"attachment; filename*=iso-2022-jp''{encoded}")[1]["filename"] == "申請書.pdf"


def test_encoded_word_inside_quoted_filename():
    kind, found = params(f'attachment; filename="{encoded_word("本人確認書類㈱.pdf")}"')
    assert kind == "attachment"
    assert found["filename"] == "本人確認書類㈱.pdf"
    ctype, found = params(f'application/pdf; name="{encoded_word("申請書.pdf")}"')
    assert (ctype, found["name"]) == ("application/pdf", "申請書.pdf")


def test_encoded_word_split_over_rfc2231_continuations():
    word = encoded_word("開示請求書_令和6年.pdf")
    value = f'attachment; filename*0="{word[:20]}"; filename*1="{word[20:]}"'
    assert params(value)[1]["filename"] == "開示請求書_令和6年.pdf"


def test_raw_8bit_filename_with_backslash_trail_byte():
    value = 'attachment; filename="表計算.xls"'.encode("cp932").decode("ascii", "surrogateescape")
    assert params(value)[1]["filename"] == "表計算.xls"


def test_params_tolerate_broken_quoting():
    assert params('attachment; filename="unclosed.pdf')[1]["filename"] == "unclosed.pdf"
    assert params('text/plain; charset="utf-8"; format=flowed')[1] == {"charset": "utf-8", "format": "flowed"}
    assert params('attachment; filename="a;b.txt"; size=3')[1]["filename"] == "a;b.txt"
    assert params(r'attachment; filename="C:\docs\申請.pdf"')[1]["filename"] == r"C:\docs\申請.pdf"


# --- addresses ------------------------------------------------------------------------------------


def addresses(value: str) -> list[tuple[str, str]]:
    return parse_address_list(header_text(value, []), [], "From")


def test_address_with_unclosed_angle_bracket():
    defects: list[str] = []
    assert parse_address_list("山田 <yamada@example.jp", defects) == [("山田", "yamada@example.jp")]
    assert any("unclosed angle bracket" in defect for defect in defects)
    assert addresses("山田 <yamada@example.jp, 佐藤 <sato@example.jp>") == [
        ("山田", "yamada@example.jp"),
        ("佐藤", "sato@example.jp"),
    ]


def test_address_forms():
    assert addresses(encoded_word("山田 太郎") + " <yamada@example.jp>") == [
        ("山田 太郎", "yamada@example.jp")
    ]
    assert addresses(f'"{encoded_word("山田, 太郎")}" <Yamada@EXAMPLE.JP>') == [
        ("山田, 太郎", "Yamada@example.jp")
    ]
    assert addresses(encoded_word("佐藤, 花子 <x@y>") + " <sato@example.jp>") == [
        ("佐藤, 花子 <x@y>", "sato@example.jp")
    ]
    assert addresses("yamada@example.jp (山田 太郎)") == [("山田 太郎", "yamada@example.jp")]
    assert addresses("yamada@example.jp") == [("", "yamada@example.jp")]
    assert addresses('"Yamada \\"Taro\\"" <t@example.jp>') == [('Yamada "Taro"', "t@example.jp")]
    assert addresses("undisclosed-recipients:;") == []
    assert addresses("窓口: a@example.jp, b@example.jp;, c@example.jp") == [
        ("", "a@example.jp"),
        ("", "b@example.jp"),
        ("", "c@example.jp"),
    ]
    assert addresses("山田 yamada@example.jp") == [("山田", "yamada@example.jp")]
    assert addresses("<mailto:info@gmo-c.jp>") == [("", "info@gmo-c.jp")]
    assert addresses(encoded_word("山田")) == [("山田", "")]
    assert addresses("") == []


def test_raw_8bit_display_name():
    value = '"山田 太郎" <yamada@example.jp>'.encode("cp932").decode("ascii", "surrogateescape")
    assert addresses(value) == [("山田 太郎", "yamada@example.jp")]


# --- message ids and dates ------------------------------------------------------------------------


def test_message_ids():
    assert parse_msgid("<abc@example.jp>") == "abc@example.jp"
    assert parse_msgid("  <abc@example.jp> (added by relay)") == "abc@example.jp"
    assert parse_msgid("abc@example.jp") == "abc@example.jp"
    assert parse_msgid("") is None
    assert parse_msgid(None) is None
    assert parse_msgid_list("<a@x>\r\n <b@x> <a@x>") == ("a@x", "b@x")
    assert parse_msgid_list("a@x b@x") == ("a@x", "b@x")


def test_dates():
    defects: list[str] = []
    assert parse_date("Fri, 5 Jan 2024 10:00:00 +0900", defects) == datetime(2024, 1, 5, 1, 0, tzinfo=UTC)
    assert defects == []
    assert parse_date("Fri, 5 Jan 2024 10:00:00 JST", []) == datetime(2024, 1, 5, 1, 0, tzinfo=UTC)
    assert parse_date("2024/01/05 10:00:00 +0900", []) == datetime(2024, 1, 5, 1, 0, tzinfo=UTC)
    defects = []
    assert parse_date("Fri, 5 Jan 2024 10:00:00 -0000", defects) == datetime(2024, 1, 5, 10, 0, tzinfo=UTC)
    assert any("no time zone" in defect for defect in defects)
    for garbage in ("yesterday", "Fri, 45 Jan 2024 10:00:00 +0900", "Mon, 1 Jan 2024 10:00:00 +9999", "0"):
        defects = []
        assert parse_date(garbage, defects) is None
        assert defects
    defects = []
    assert parse_date(None, defects) is None
    assert defects == ["Date: missing"]
