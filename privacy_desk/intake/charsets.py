"""Decoding mail text the way Japanese mail really arrives.

Japanese mail is written on Windows far more often than anywhere else, so every Japanese charset label
is read with the Windows code page behind it (what Outlook, Thunderbird and browsers do too):

* ``ISO-2022-JP`` (and its variants) is decoded with CP50220/CP50221 semantics: the JIS X 0208 bytes
  of an ``ESC $ B`` run are turned into Shift_JIS by the JIS row/cell arithmetic and read as CP932, so
  NEC row 13 (① ㈱ ㍻) and the NEC-selected IBM extensions in rows 89–92 (髙 ⅰ) come out right;
  ``ESC ( I`` and SO/SI give half-width katakana; ``ESC ( J`` is read as ASCII. The stdlib codec does
  the common case at C speed and the arithmetic only runs when it fails.
* ``Shift_JIS`` and its aliases are decoded as CP932; ``EUC-JP`` as EUC-JP, then as a CP51932 /
  eucJP-ms mapping (NEC row 13, rows 89–92, the eucJP-ms IBM extension area) with JIS X 0213 for
  the rest. WAVE DASH comes out as Windows users typed it: ～ (U+FF5E), and − ‖ ¢ £ ¬ likewise
  (U+FF0D U+2225 U+FFE0 U+FFE1 U+FFE2).
* Missing, unknown and wrong labels are guessed: ASCII, ISO-2022-JP escapes, strict UTF-8, then a
  cheap check of CP932 against EUC-JP, and only then charset-normalizer (never on the common path).

Nothing here raises on bad bytes: what was repaired or guessed is appended to a ``defects`` list.
"""

from __future__ import annotations

import codecs
import re

__all__ = [
    "codepage_label",
    "decode_euc_jp",
    "decode_iso2022jp",
    "decode_shift_jis",
    "decode_text",
    "guess_decode",
]

REPLACEMENT = "\ufffd"

_JIS = "iso-2022-jp"
_SJIS = "shift_jis"
_EUC = "euc-jp"
_UTF8 = "utf-8"
_ASCII = "us-ascii"
_LATIN = "latin"  # ISO-8859-1 and friends: never fails, so checked for the usual mislabelling
_GUESS = "guess"  # no label, or a label that names nothing useful

_FAMILIES = {
    **dict.fromkeys(
        (
            "iso-2022-jp",
            "csiso2022jp",
            "iso-2022-jp-1",
            "iso-2022-jp-2",
            "csiso2022jp2",
            "iso-2022-jp-3",
            "iso-2022-jp-2004",
            "iso-2022-jp-ext",
            "iso-2022-jp-ms",
            "x-iso-2022-jp",
            "jis",
            "jis7",
            "cp50220",
            "cp50221",
            "cp50222",
            "csiso2022jp-ms",
            "iso2022jp",
            "iso2022-jp",
        ),
        _JIS,
    ),
    **dict.fromkeys(
        (
            "shift-jis",
            "shift-jis-2004",
            "shift-jisx0213",
            "shiftjis",
            "sjis",
            "s-jis",
            "x-sjis",
            "x-shift-jis",
            "ms-kanji",
            "csshiftjis",
            "windows-31j",
            "cswindows31j",
            "cp932",
            "ms932",
            "x-ms-cp932",
            "ibm-943",
            "ibm943",
            "ibm-932",
            "ibm932",
            "sjis-win",
            "sjis-open",
            "shift-jis-ms",
        ),
        _SJIS,
    ),
    **dict.fromkeys(
        (
            "euc-jp",
            "eucjp",
            "x-euc-jp",
            "x-euc",
            "ujis",
            "cseucpkdfmtjapanese",
            "euc-jp-ms",
            "eucjp-ms",
            "eucjp-win",
            "eucjp-open",
            "cp51932",
            "euc-jis-2004",
            "euc-jisx0213",
            "x-eucjp",
        ),
        _EUC,
    ),
    **dict.fromkeys(("utf-8", "utf8", "unicode-1-1-utf-8", "x-utf-8", "utf-8-sig"), _UTF8),
    **dict.fromkeys(
        ("us-ascii", "ascii", "ansi-x3.4-1968", "iso646-us", "csascii", "us", "646", "default", "7bit"),
        _ASCII,
    ),
    **dict.fromkeys(("", "unknown-8bit", "x-unknown", "unknown", "x-user-defined", "8bit", "binary"), _GUESS),
}
# Supersets that mail clients use for the label (as the WHATWG Encoding Standard does).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "x-x-big5": "cp950",
    "ks-c-5601-1987": "cp949",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "korean": "cp949",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
}
# Python codecs that are no text charsets a mail could be in.
_REFUSED_CODECS = {"unicode_escape", "raw_unicode_escape", "undefined", "idna", "punycode", "mbcs", "oem"}
_MS_CODEPAGES = {
    932: "cp932",
    20932: "euc-jp",
    51932: "euc-jp",
    50220: "iso-2022-jp",
    50221: "iso-2022-jp",
    50222: "iso-2022-jp",
    65001: "utf-8",
    20127: "us-ascii",
    28591: "iso-8859-1",
    936: "gb18030",
    949: "cp949",
    950: "cp950",
    1200: "utf-16-le",
    1201: "utf-16-be",
    12000: "utf-32-le",
    12001: "utf-32-be",
}
_label_cache: dict[str, tuple[str, str | None]] = {}

_QUOTES_RE = re.compile(r"[\"'\s]+")


def _resolve(label: str | None) -> tuple[str, str | None]:
    """(family, python codec or None) for a charset label; unknown labels resolve to (_GUESS, None)."""
    key = label or ""
    found = _label_cache.get(key)
    if found is not None:
        return found
    norm = _QUOTES_RE.sub("", key).lower().replace("_", "-")
    family = _FAMILIES.get(norm)
    if family is not None:
        found = (family, None)
    else:
        name = _SUPERSETS.get(norm, norm)
        try:
            info = codecs.lookup(name)
        except (LookupError, ValueError, TypeError):
            found = (_GUESS, None)
        else:
            if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
                found = (_GUESS, None)
            elif info.name in ("cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213"):
                found = (_SJIS, None)
            elif info.name in ("euc_jp", "euc_jis_2004", "euc_jisx0213"):
                found = (_EUC, None)
            elif info.name.startswith("iso2022_jp"):
                found = (_JIS, None)
            elif info.name == "utf-8":
                found = (_UTF8, None)
            elif info.name == "ascii":
                found = (_ASCII, None)
            elif info.name in ("latin-1", "iso8859-1", "cp1252", "iso8859-15"):
                found = (_LATIN, info.name)
            else:
                found = ("codec", info.name)
    if len(_label_cache) < 512:
        _label_cache[key] = found
    return found


def codepage_label(codepage: int | None) -> str | None:
    """A charset label for a Windows code page number (as found in Outlook .msg files)."""
    if not isinstance(codepage, int) or codepage <= 0:
        return None
    return _MS_CODEPAGES.get(codepage, f"cp{codepage}")


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
            char = _eucjp_ms_ibm(token) or _try_decode(token, "euc_jp") or _try_decode(token, "euc_jis_2004")
        elif len(token) == 2:
            char = table.get(token) or _try_decode(token, "euc_jis_2004")
        if char is None:
            if strict:
                return None
            replaced += 1
            char = REPLACEMENT
        chars.append(char)
    if replaced:
        defects.append(f"EUC-JP: {replaced} undecodable byte sequence(s) replaced")
    return "".join(chars)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


# --- the entry point ------------------------------------------------------------------------------


def decode_text(
    data: bytes, charset: str | None, defects: list[str], where: str = "body", *, header: bool = False
) -> str:
    """Decode ``data`` labelled ``charset``; wrong or unknown labels are guessed and noted. Never raises."""
    try:
        return _decode_text(data, charset, defects, where, header)
    except Exception as exc:  # a codec bug must not stop the import
        defects.append(f"{where}: decoding failed ({type(exc).__name__}); bytes replaced")
        return data.decode("utf-8", "replace")


def _decode_text(data: bytes, charset: str | None, defects: list[str], where: str, header: bool) -> str:
    if not data:
        return ""
    family, codec = _resolve(charset)
    if family in (_JIS, _SJIS, _EUC, _UTF8, _ASCII, _LATIN, _GUESS) and data.isascii():
        if (b"\x1b" in data or b"\x0e" in data) and (family == _JIS or _looks_jis(data)):
            if family not in (_JIS, _GUESS):
                defects.append(f"{where}: ISO-2022-JP text labelled {charset!r}")
            return decode_iso2022jp(data, defects)
        return data.decode("ascii")
    if family == _JIS:
        if b"\x1b" not in data and b"\x0e" not in data:
            defects.append(f"{where}: 8-bit text labelled {charset!r} has no ISO-2022-JP escapes; guessed")
            return guess_decode(data, defects, where, header=header)
        return decode_iso2022jp(data, defects)
    if family == _SJIS:
        try:
            return data.decode("cp932")
        except UnicodeDecodeError:
            pass
        text = _strict_utf8(data)
        if text is not None:
            defects.append(f"{where}: UTF-8 text labelled {charset!r}")
            return text
        return decode_shift_jis(data, defects)
    if family == _EUC:
        text = decode_euc_jp(data, strict=True)
        if text is not None:
            return text
        for alternative in ("utf-8", "cp932"):
            text = _strict_utf8(data) if alternative == "utf-8" else _try_decode(data, "cp932")
            if text is not None:
                defects.append(f"{where}: {alternative} text labelled {charset!r}")
                return text
        return decode_euc_jp(data, defects) or ""
    if family == _UTF8:
        text = _strict_utf8(data)
        if text is not None:
            return text
        defects.append(f"{where}: text labelled {charset!r} is not valid UTF-8; guessed")
        return guess_decode(data, defects, where, header=header, exclude_utf8=True)
    if family == _ASCII:
        defects.append(f"{where}: 8-bit bytes in text labelled {charset!r}; guessed")
        return guess_decode(data, defects, where, header=header)
    if family == _LATIN and codec is not None:  # _resolve names the codec of every Latin label
        mislabelled = _mislabelled_latin(data)
        if mislabelled is not None:
            name, text = mislabelled
            defects.append(f"{where}: {name} text labelled {charset!r}")
            return text
        if codec in ("iso8859-1", "latin-1", "cp1252"):
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                return data.decode("latin-1")
        return data.decode(codec, "replace")
    if family == "codec" and codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            defects.append(f"{where}: text is not valid {charset}; guessed")
            return guess_decode(data, defects, where, header=header)
    if charset:
        defects.append(f"{where}: unknown charset {charset!r}; guessed")
    return guess_decode(data, defects, where, header=header)


def _looks_jis(data: bytes) -> bool:
    return b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(I" in data or b"\x1b$(" in data


def _strict_utf8(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text[1:] if text.startswith("\ufeff") else text


def _mislabelled_latin(data: bytes) -> tuple[str, str] | None:
    """Japanese or UTF-8 text sent as ISO-8859-1 — a classic of old webmail; None when it is Latin."""
    if _looks_jis(data) and not data.isascii():
        return None
    text = _strict_utf8(data)
    if text is not None:
        return "UTF-8", text
    for name, candidate in (
        ("CP932", _try_decode(data, "cp932")),
        ("EUC-JP", decode_euc_jp(data, strict=True)),
    ):
        if candidate is not None and _ja_score(candidate) >= 0.6:
            return name, candidate
    return None


# --- guessing -------------------------------------------------------------------------------------

_JA_GOOD_RE = re.compile("[\u3000-\u30ff\uff01-\uff5e]")
_JA_KANJI_RE = re.compile("[\u4e00-\u9fff]")
_JA_BAD_RE = re.compile("[\uff61-\uff9f\ue000-\uf8ff\ufffd\x80-\x9f]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_LATIN_LETTERS_RE = re.compile("[^\x00-\x7f\xc0-\xd6\xd8-\xf6\xf8-\xff]")


def _ja_score(text: str) -> float:
    """How Japanese the non-ASCII part of ``text`` looks: 1 for kana, punctuation and common kanji,
    0.5 for rare kanji (what Latin-1 read as CP932 gives), negative for half-width kana, PUA and junk."""
    total = len(_NON_ASCII_RE.findall(text))
    if not total:
        return 0.0
    good = 2 * len(_JA_GOOD_RE.findall(text))
    for kanji in _JA_KANJI_RE.findall(text):
        try:
            common = kanji.encode("cp932")[0] <= 0x98  # JIS level 1 (rows 16–47)
        except UnicodeEncodeError:
            common = False
        good += 2 if common else 1
    bad = 2 * len(_JA_BAD_RE.findall(text))
    return (good - bad) / (2 * total)


def _latin_text(data: bytes) -> str | None:
    """The bytes as Windows-1252 when every non-ASCII character is then a Latin letter (Müller, Gérard)."""
    text = _try_decode(data, "cp1252")
    if text is None or _LATIN_LETTERS_RE.search(text):
        return None
    return text


def guess_decode(
    data: bytes, defects: list[str], where: str = "body", *, header: bool = False, exclude_utf8: bool = False
) -> str:
    """Decode unlabelled or mislabelled bytes.

    ASCII, ISO-2022-JP escapes and strict UTF-8 are certain; then CP932 and EUC-JP are scored as
    Japanese. A header (too short for statistics) takes the better Japanese reading unless the bytes
    read as Latin letters; a body that is not clearly Japanese goes to charset-normalizer.
    """
    if data.isascii():
        if _looks_jis(data) or b"\x0e" in data:
            return decode_iso2022jp(data, defects)
        return data.decode("ascii")
    if not exclude_utf8:
        text = _strict_utf8(data)
        if text is not None:
            return text
    candidates = []
    text = _try_decode(data, "cp932")
    if text is not None:
        candidates.append((_ja_score(text), "CP932", text))
    text = decode_euc_jp(data, strict=True)
    if text is not None:
        candidates.append((_ja_score(text), "EUC-JP", text))
    candidates.sort(key=lambda item: item[0], reverse=True)
    best = candidates[0] if candidates else None
    latin = _latin_text(data)
    if best is not None and best[0] >= 0.75 and latin is None:
        defects.append(f"{where}: charset guessed as {best[1]}")
        return best[2]
    if header:
        if latin is not None:
            defects.append(f"{where}: charset guessed as Windows-1252")
            return latin
        if best is not None and best[0] > 0:
            defects.append(f"{where}: charset guessed as {best[1]}")
            return best[2]
    else:
        guessed = _charset_normalizer(data)
        if guessed is not None:
            name, text = guessed
            defects.append(f"{where}: charset guessed as {name} by charset-normalizer")
            return text
        if best is not None:
            defects.append(f"{where}: charset guessed as {best[1]}")
            return best[2]
    fallback = data.decode("cp932", "replace")
    if _ja_score(fallback) > 0.3:
        defects.append(f"{where}: charset unknown; read as CP932 with undecodable bytes replaced")
        return fallback
    defects.append(f"{where}: charset unknown; read as Windows-1252")
    return data.decode("cp1252", "replace")


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes  # imported late: only mislabelled mail needs it

        best = from_bytes(data).best()
    except Exception:
        return None
    if best is None or not best.encoding:
        return None
    family, _ = _resolve(best.encoding)
    if family == _SJIS:
        return "CP932", decode_shift_jis(data, [])
    if family == _EUC:
        return "EUC-JP", decode_euc_jp(data, []) or ""
    if family == _JIS:
        return "ISO-2022-JP", decode_iso2022jp(data, [])
    return best.encoding, str(best)
