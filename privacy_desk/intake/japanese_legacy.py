"""Japanese legacy charsets decoded as Windows writes them: ISO-2022-JP with CP50220/CP50221 semantics,
Shift_JIS as CP932, EUC-JP with the CP51932 / eucJP-ms extensions (see ``charsets`` for why). Nothing here
raises on bad bytes: what was repaired is appended to a ``defects`` list."""

from __future__ import annotations

import re

__all__ = ["decode_euc_jp", "decode_iso2022jp", "decode_shift_jis", "try_decode"]

REPLACEMENT = "\ufffd"


# --- the Windows fix-ups on top of the stdlib JIS X 0208 mapping ----------------------------------

# The only JIS X 0208 cells where the stdlib (JIS0208.TXT) and CP932 disagree; a test checks all cells.
_WINDOWS_FIX = {
    "\u301c": "\uff5e",
    "\u2016": "\u2225",
    "\u2212": "\uff0d",
    "\xa2": "\uffe0",
    "\xa3": "\uffe1",
}
_WINDOWS_FIX["\xac"] = "\uffe2"
_WINDOWS_FIX_RE = re.compile("[" + "".join(_WINDOWS_FIX) + "]")


def _windows_fix(text: str) -> str:
    if text.isascii() or not _WINDOWS_FIX_RE.search(text):
        return text
    return _WINDOWS_FIX_RE.sub(lambda m: _WINDOWS_FIX[m.group()], text)


def _jis_to_sjis(j1: int, j2: int) -> bytes:
    """JIS X 0208 row/cell bytes (0x21–0x7E each) to the Shift_JIS byte pair."""
    s1 = ((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0)
    if j1 & 1:
        s2 = j2 + 0x1F
        if s2 >= 0x7F:
            s2 += 1
    else:
        s2 = j2 + 0x7E
    return bytes((s1, s2))


_jis_table: dict[bytes, str] = {}
_euc_table: dict[bytes, str] = {}


def _tables() -> tuple[dict[bytes, str], dict[bytes, str]]:
    """JIS X 0208 cell → character as CP932 reads it (NEC row 13, rows 89–92 included), built once."""
    if not _jis_table:
        jis, euc = {}, {}
        for j1 in range(0x21, 0x7F):
            for j2 in range(0x21, 0x7F):
                try:
                    char = _jis_to_sjis(j1, j2).decode("cp932")
                except UnicodeDecodeError:
                    continue
                jis[bytes((j1, j2))] = char
                euc[bytes((j1 | 0x80, j2 | 0x80))] = char
        _euc_table.update(euc)
        _jis_table.update(jis)
    return _jis_table, _euc_table


# eucJP-ms puts the IBM extensions that JIS X 0212 lacks at 0x8F 0xF3F3–0xF4FE, in this order (taken from
# glibc's EUC-JP-MS table). Escaped: several are CJK compatibility ideographs that normalisation would fold.
_EUCJP_MS_IBM = (
    "\u2170\u2171\u2172\u2173\u2174\u2175\u2176\u2177\u2178\u2179\u2160\u2161\u2162\u2163\u2164\u2165"
    "\u2166\u2167\u2168\u2169\uff07\uff02\u3231\u2116\u2121\u70bb\u4efc\u50f4\u51ec\u5307\u5324\ufa0e"
    "\u548a\u5759\ufa0f\ufa10\u589e\u5bec\u5cf5\u5d53\ufa11\u5fb7\u6085\u6120\u654e\u663b\u6665\ufa12"
    "\uf929\u6801\ufa13\ufa14\u6a6b\u6ae2\u6df8\u6df2\u7028\ufa15\ufa16\u7501\u7682\u769e\ufa17\u7930"
    "\ufa18\ufa19\ufa1a\ufa1b\u7ae7\ufa1c\ufa1d\u7da0\u7dd6\ufa1e\u8362\ufa1f\u85b0\ufa20\ufa21\u8807"
    "\ufa22\u8b7f\u8cf4\u8d76\ufa23\ufa24\ufa25\u90de\ufa26\u9115\ufa27\ufa28\u9592\uf9dc\ufa29\u973b"
    "\u974d\u9751\ufa2a\ufa2b\ufa2c\u999e\u9ad9\u9b72\ufa2d\u9ed1"
)


def _eucjp_ms_ibm(token: bytes) -> str | None:
    index = (token[1] - 0xF3) * 94 + (token[2] - 0xA1) - (0xF3 - 0xA1)
    if 0 <= index < len(_EUCJP_MS_IBM):
        return _EUCJP_MS_IBM[index]
    return None


# --- ISO-2022-JP ----------------------------------------------------------------------------------

_JIS_ESCAPE_RE = re.compile(
    rb"\x1b(?:\$[@B]|\$\([DOPQ]|\([BJIH]|&@|\$[AG]|\$\([CG]|\.[AF]|N.?)|[\x0e\x0f]", re.DOTALL
)
_DOUBLE_RE = re.compile(rb"[\x21-\x7e]{2}|[\x00-\x20\x7f]+|[\s\S]")
_ISO2022_EXTRA = re.compile(rb"\x1b(?:\.|N|\$A|\$\(C|\$G|\$\(G)")


def decode_iso2022jp(data: bytes, defects: list[str] | None = None) -> str:
    """ISO-2022-JP as CP50220/CP50221 read it; never raises."""
    defects = [] if defects is None else defects
    if b"\x0e" not in data and b"\x1b(J" not in data and b"\x1b(H" not in data:
        try:
            return _windows_fix(data.decode("iso2022_jp_ext"))
        except UnicodeDecodeError:
            pass
    if _ISO2022_EXTRA.search(data):
        # ISO-2022-JP-2 designations (Chinese, Korean, ISO-8859 in G2): the stdlib codec knows them.
        defects.append("ISO-2022-JP-2 character sets present: decoded with the ISO-2022-JP-2 codec")
        return _windows_fix(data.decode("iso2022_jp_2", "replace"))
    return _decode_jis_slow(data, defects)


def _decode_jis_slow(data: bytes, defects: list[str]) -> str:
    out: list[str] = []
    problems: set[str] = set()
    mode = "ascii"
    shifted_from: str | None = None
    pos = 0
    for match in _JIS_ESCAPE_RE.finditer(data):
        if match.start() > pos:
            out.append(_jis_segment(data[pos : match.start()], mode, problems))
        seq = match.group()
        if seq == b"\x0e":
            if mode != "kana":
                shifted_from, mode = mode, "kana"
        elif seq == b"\x0f":
            if shifted_from is not None:
                mode, shifted_from = shifted_from, None
        elif seq in (b"\x1b$B", b"\x1b$@"):
            mode = "jis0208"
        elif seq == b"\x1b(I":
            mode = "kana"
        elif seq in (b"\x1b(B", b"\x1b(J", b"\x1b(H"):
            mode = "ascii"
        elif seq == b"\x1b$(D":
            mode = "jis0212"
        elif seq in (b"\x1b$(O", b"\x1b$(Q"):
            mode = "jis0213-1"
        elif seq == b"\x1b$(P":
            mode = "jis0213-2"
        # ESC & @ only announces JIS X 0208-1990 and precedes ESC $ B
        pos = match.end()
    if pos < len(data):
        out.append(_jis_segment(data[pos:], mode, problems))
    for problem in sorted(problems):
        defects.append(f"ISO-2022-JP: {problem}")
    return "".join(out)


_SEGMENT_PREFIX = {"jis0212": b"\x1b$(D", "jis0213-1": b"\x1b$(Q", "jis0213-2": b"\x1b$(P"}


def _jis_segment(segment: bytes, mode: str, problems: set[str]) -> str:
    if mode == "ascii":
        if segment.isascii():
            if b"\x1b" in segment:
                problems.add("unknown escape sequence replaced")
                return segment.decode("ascii").replace("\x1b", REPLACEMENT)
            return segment.decode("ascii")
        problems.add("8-bit bytes outside any escape sequence read as CP932")
        return segment.decode("cp932", "replace").replace("\x1b", REPLACEMENT)
    if mode == "kana":
        chars = []
        for byte in segment:
            if 0x21 <= byte <= 0x5F:
                chars.append(chr(0xFF61 + byte - 0x21))
            elif 0xA1 <= byte <= 0xDF:
                chars.append(chr(0xFF61 + byte - 0xA1))
            elif byte < 0x21 and byte != 0x1B:
                chars.append(chr(byte))
            else:
                problems.add("byte outside the katakana set replaced")
                chars.append(REPLACEMENT)
        return "".join(chars)
    if mode == "jis0208":
        table, _ = _tables()
        chars = []
        for token in _DOUBLE_RE.findall(segment):
            if len(token) == 2 and token[0] > 0x20:
                char = table.get(token)
                if char is None:
                    problems.add("JIS X 0208 cell without a character replaced")
                    char = REPLACEMENT
                chars.append(char)
            elif token.isascii() and b"\x1b" not in token and (len(token) > 1 or token[0] <= 0x20):
                chars.append(token.decode("ascii"))  # line breaks and spaces inside a double-byte run
            else:
                problems.add("broken double-byte sequence replaced")
                chars.append(REPLACEMENT)
        return "".join(chars)
    problems.add(f"{mode} characters decoded with the stdlib codec")
    return (_SEGMENT_PREFIX[mode] + segment).decode(
        "iso2022_jp_2004" if "0213" in mode else "iso2022_jp_2", "replace"
    )


# --- Shift_JIS and EUC-JP -------------------------------------------------------------------------


def decode_shift_jis(data: bytes, defects: list[str] | None = None) -> str:
    """Shift_JIS as Windows writes it (CP932), Shift_JIS-2004 when CP932 cannot read it; never raises."""
    defects = [] if defects is None else defects
    try:
        return data.decode("cp932")
    except UnicodeDecodeError:
        pass
    for codec in ("shift_jis_2004", "utf-8"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        defects.append(f"Shift_JIS text is not CP932: decoded as {codec}")
        return text
    defects.append("Shift_JIS: bytes CP932 cannot read were replaced")
    return data.decode("cp932", "replace")


_EUC_TOKEN_RE = re.compile(rb"[\x00-\x7f]+|\x8e[\xa1-\xdf]|\x8f[\xa1-\xfe]{2}|[\xa1-\xfe]{2}|[\x80-\xff]")


def decode_euc_jp(data: bytes, defects: list[str] | None = None, *, strict: bool = False) -> str | None:
    """EUC-JP, then CP51932/eucJP-ms for what plain EUC-JP lacks; never raises.

    With ``strict`` returns None instead of replacing anything (used when guessing).
    """
    defects = [] if defects is None else defects
    try:
        return _windows_fix(data.decode("euc_jp"))
    except UnicodeDecodeError:
        pass
    _, table = _tables()
    chars: list[str] = []
    replaced = 0
    for token in _EUC_TOKEN_RE.findall(data):
        first = token[0]
        if first < 0x80:
            chars.append(token.decode("ascii"))
            continue
        char = None
        if first == 0x8E and len(token) == 2:
            char = chr(0xFF61 + token[1] - 0xA1)
        elif first == 0x8F and len(token) == 3:
            char = _eucjp_ms_ibm(token) or try_decode(token, "euc_jp") or try_decode(token, "euc_jis_2004")
        elif len(token) == 2:
            char = table.get(token) or try_decode(token, "euc_jis_2004")
        if char is None:
            if strict:
                return None
            replaced += 1
            char = REPLACEMENT
        chars.append(char)
    if replaced:
        defects.append(f"EUC-JP: {replaced} undecodable byte sequence(s) replaced")
    return "".join(chars)


def try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
