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

The Japanese decoders themselves are in ``japanese_legacy``; this module picks one for a label, or guesses.
Nothing here raises on bad bytes: what was repaired or guessed is appended to a ``defects`` list.
"""

from __future__ import annotations

import codecs
import re

from privacy_desk.intake.japanese_legacy import decode_euc_jp, decode_iso2022jp, decode_shift_jis, try_decode

__all__ = ["codepage_label", "decode_text", "guess_decode"]


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
            text = _strict_utf8(data) if alternative == "utf-8" else try_decode(data, "cp932")
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
        ("CP932", try_decode(data, "cp932")),
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
    text = try_decode(data, "cp1252")
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
    text = try_decode(data, "cp932")
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
