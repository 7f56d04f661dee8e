"""Japanese decoding: bytes crafted as Windows, old Unix mailers and broken webmail really send them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jis import cp50221, sjis_to_jis

from privacy_desk.intake.charsets import codepage_label, decode_text, guess_decode
from privacy_desk.intake.japanese_legacy import _jis_to_sjis, decode_euc_jp, decode_iso2022jp

# ① ㈱ ㍻ (NEC row 13), 髙 ⅰ (IBM extensions, written as the NEC-selected codes of rows 89–92), ～ (0x2141)
NEC_IBM_JIS = b"\x1b$B-!-j-_|b|q!A\x1b(B"


def decode(data: bytes, charset: str | None) -> tuple[str, list[str]]:
    defects: list[str] = []
    return decode_text(data, charset, defects), defects


# --- ISO-2022-JP --------------------------------------------------------------------------------------


def test_iso2022jp_body_with_nec_row13_and_ibm_extensions():
    text, defects = decode(NEC_IBM_JIS, "ISO-2022-JP")
    assert text == "①㈱㍻髙ⅰ～"
    assert "\ufffd" not in text
    assert defects == []


def test_stdlib_iso2022jp_codec_cannot_read_them():
    """Why the arithmetic exists: the stdlib codec refuses NEC row 13 and rows 89–92."""
    with pytest.raises(UnicodeDecodeError):
        NEC_IBM_JIS.decode("iso2022_jp")


def test_iso2022jp_helper_matches_hand_written_bytes():
    assert cp50221("①㈱㍻髙ⅰ～") == NEC_IBM_JIS
    assert sjis_to_jis(b"\x87\x40") == b"-!"


def test_iso2022jp_long_windows_text_round_trips():
    text = "お問い合わせ①：髙橋様（㈱テスト）より、㍻元年の記録～開示請求について。Ⅳ期 №12 ⅰⅱ 﨑"
    assert decode(cp50221(text), "iso-2022-jp")[0] == text


def test_iso2022jp_halfwidth_katakana_esc_paren_i():
    data = b"\x1b$B%+%J\x1b(B: \x1b(I6E\x1b(B ok"  # カナ: ｶﾅ ok
    assert decode(data, "ISO-2022-JP")[0] == "カナ: ｶﾅ ok"


def test_iso2022jp_halfwidth_katakana_by_shift_out():
    data = b"\x1b(Jabc\x0e6E\x0fdef\x1b(B"  # CP50222: ESC ( J then SO/SI around katakana
    assert decode(data, "ISO-2022-JP")[0] == "abcｶﾅdef"


def test_iso2022jp_wave_dash_comes_out_as_windows_typed_it():
    text, _ = decode(b"\x1b$B#1!A#5!]!B!q!r\x1b(B", "ISO-2022-JP")
    assert text == "１～５－∥￠￡"
    assert "\u301c" not in text  # WAVE DASH is what Unix tables give, not what Windows users typed


def test_every_jis_x0208_cell_reads_as_cp932():
    """The fast path (stdlib codec + fix-ups) and the slow path (row/cell arithmetic) agree everywhere."""
    for j1 in range(0x21, 0x7F):
        for j2 in range(0x21, 0x7F):
            try:
                expected = _jis_to_sjis(j1, j2).decode("cp932")
            except UnicodeDecodeError:
                continue
            got = decode_iso2022jp(b"\x1b$B" + bytes((j1, j2)) + b"\x1b(B")
            assert got == expected, (hex(j1), hex(j2))


def test_iso2022jp_broken_sequences_are_replaced_not_raised():
    defects: list[str] = []
    text = decode_iso2022jp(b'\x1b$B$"$\x1b(B tail \x1b$B\x7f\x7f\x1b(B', defects)
    assert text.startswith("あ\ufffd tail")
    assert defects


def test_iso2022jp_without_escapes_but_8bit_is_guessed():
    text, defects = decode("日本語".encode("cp932"), "iso-2022-jp")
    assert text == "日本語"
    assert any("no ISO-2022-JP escapes" in defect for defect in defects)


# --- Shift_JIS and EUC-JP -------------------------------------------------------------------------------


def test_shift_jis_label_is_read_as_cp932():
    data = "髙﨑～－①㈱㍻ⅰ".encode("cp932")
    with pytest.raises(UnicodeDecodeError):
        data.decode("shift_jis")
    text, defects = decode(data, "Shift_JIS")
    assert text == "髙﨑～－①㈱㍻ⅰ"
    assert text[2] == "\uff5e" and text[3] == "\uff0d"
    assert defects == []
    assert decode(data, "x-sjis")[0] == text
    assert decode(data, "Windows-31J")[0] == text


def test_euc_jp_plain_text():
    # Unix EUC-JP writes 0xA1C1 for WAVE DASH; Windows users typed FULLWIDTH TILDE
    text, defects = decode("個人情報の開示請求\u301c".encode("euc_jp"), "EUC-JP")
    assert text == "個人情報の開示請求～"
    assert text.endswith("\uff5e")
    assert defects == []


def test_euc_jp_ms_as_written_by_eucjp_ms_systems():
    # glibc `iconv -t EUC-JP-MS` of "①㈱㍻髙﨑～－ⅰあ": row 13, the 0x8F 0xF3F3 IBM area, 0xA1C1 for ～
    data = bytes.fromhex("ada1adeaaddf8ff4fb8ff4bda1c1a1dd8ff3f3a4a2")
    text, defects = decode(data, "EUC-JP")
    assert text == "①㈱㍻髙﨑～－ⅰあ"
    assert defects == []


def test_euc_jp_cp51932_rows_89_to_92():
    # CP51932 writes 髙 as the NEC-selected JIS cell 0x7C62 with the high bits set
    assert decode_euc_jp(b"\xfc\xe2\xa4\xb5\xa4\xf3") == "髙さん"


def test_euc_jp_label_on_cp932_text_is_caught():
    text, defects = decode("山田です①".encode("cp932"), "euc-jp")
    assert text == "山田です①"
    assert defects


# --- wrong, unknown and missing labels ------------------------------------------------------------------


def test_unknown_label_is_detected_by_charset_normalizer():
    data = "Добрый день! Прошу удалить мои персональные данные из вашей базы.".encode("cp1251")
    text, defects = decode(data, "x-no-such-charset")
    assert text.startswith("Добрый день!")
    assert any("unknown charset" in defect for defect in defects)
    assert any("charset-normalizer" in defect for defect in defects)


def test_unknown_label_on_japanese_is_guessed_as_japanese():
    data = "お世話になっております。開示請求の件でご連絡しました。".encode("cp932")
    text, defects = decode(data, "x-sjis-unknown")
    assert text == "お世話になっております。開示請求の件でご連絡しました。"
    assert any("guessed as CP932" in defect for defect in defects)


def test_utf8_labelled_shift_jis():
    text, defects = decode("ＵＴＦ－８の本文".encode(), "Shift_JIS")
    assert text == "ＵＴＦ－８の本文"
    assert defects


def test_cp932_labelled_utf8():
    text, defects = decode("こんにちは、髙橋です".encode("cp932"), "utf-8")
    assert text == "こんにちは、髙橋です"
    assert any("not valid UTF-8" in defect for defect in defects)


def test_iso2022jp_labelled_us_ascii_or_missing():
    data = cp50221("お知らせ")
    assert decode(data, "us-ascii")[0] == "お知らせ"
    assert decode(data, None)[0] == "お知らせ"


def test_cp932_labelled_iso_8859_1():
    text, defects = decode("お問い合わせありがとうございます。".encode("cp932"), "iso-8859-1")
    assert text == "お問い合わせありがとうございます。"
    assert defects


def test_real_latin1_stays_latin1():
    assert decode("Grüße aus München".encode("latin-1"), "iso-8859-1") == ("Grüße aus München", [])


def test_unlabelled_euc_jp_and_cp932_are_told_apart():
    sentence = "ご依頼の件、承知いたしました。よろしくお願いします。"
    assert decode(sentence.encode("euc_jp"), None)[0] == sentence
    assert decode(sentence.encode("cp932"), None)[0] == sentence
    assert decode(sentence.encode("utf-8"), None)[0] == sentence


def test_short_raw_header_guesses():
    for data, expected in (
        ("山田太郎".encode("cp932"), "山田太郎"),
        ("山田太郎".encode("euc_jp"), "山田太郎"),
        ("山田太郎".encode(), "山田太郎"),
        ("Gérard Müller".encode("cp1252"), "Gérard Müller"),
    ):
        assert guess_decode(data, [], header=True) == expected


def test_codepage_labels():
    assert codepage_label(932) == "cp932"
    assert codepage_label(50221) == "iso-2022-jp"
    assert codepage_label(1252) == "cp1252"
    assert codepage_label(None) is None


@settings(max_examples=250, deadline=None)
@given(
    st.binary(max_size=300),
    st.sampled_from(
        [
            None,
            "iso-2022-jp",
            "shift_jis",
            "euc-jp",
            "utf-8",
            "us-ascii",
            "iso-8859-1",
            "x-bogus",
            "utf-16",
            "rot13",
        ]
    ),
)
def test_decode_never_raises_and_gives_clean_text(data, charset):
    defects: list[str] = []
    text = decode_text(data, charset, defects)
    assert isinstance(text, str)
    text.encode("utf-8")  # no lone surrogates
