"""Test helpers that write Japanese mail bytes the way Windows does, independently of the parser's code."""

from __future__ import annotations

import base64
import contextlib

_NEC_SELECTED: dict[str, bytes] = {}


def _nec_selected() -> dict[str, bytes]:
    """Character → its NEC-selected IBM extension code (CP932 rows 0xED/0xEE), which CP50221 uses."""
    if not _NEC_SELECTED:
        for lead in (0xED, 0xEE):
            for trail in [*range(0x40, 0x7F), *range(0x80, 0xFD)]:
                code = bytes((lead, trail))
                with contextlib.suppress(UnicodeDecodeError):
                    _NEC_SELECTED.setdefault(code.decode("cp932"), code)
    return _NEC_SELECTED


def sjis_to_jis(pair: bytes) -> bytes:
    """Shift_JIS byte pair → JIS X 0208 row/cell bytes."""
    s1, s2 = pair
    row2 = (s1 - 0x81) * 2 if s1 < 0xA0 else (s1 - 0xC1) * 2
    if s2 >= 0x9F:
        return bytes((row2 + 0x22, s2 - 0x7E))
    return bytes((row2 + 0x21, s2 - 0x1F - (1 if s2 >= 0x80 else 0)))


def cp50221(text: str) -> bytes:
    """Encode like Windows' CP50221: ASCII, JIS X 0208 (with NEC row 13 and NEC-selected IBM
    extensions in rows 89–92) after ESC $ B, half-width katakana after ESC ( I."""
    out = bytearray()
    mode = "ascii"
    for char in text:
        if ord(char) < 0x80:
            want, code = "ascii", char.encode("ascii")
        elif "\uff61" <= char <= "\uff9f":
            want, code = "kana", bytes((ord(char) - 0xFF61 + 0x21,))
        else:
            sjis = char.encode("cp932")
            if sjis[0] >= 0xFA:  # IBM extension: Windows writes the NEC-selected code instead
                sjis = _nec_selected()[char]
            want, code = "jis", sjis_to_jis(sjis)
        if want != mode:
            out += {"ascii": b"\x1b(B", "kana": b"\x1b(I", "jis": b"\x1b$B"}[want]
            mode = want
        out += code
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def encoded_word(text: str, charset: str = "ISO-2022-JP") -> str:
    data = cp50221(text) if charset.upper() == "ISO-2022-JP" else text.encode(charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode('ascii')}?="
