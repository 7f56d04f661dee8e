"""Every user-visible string has a finished Japanese translation, and the shipped catalogues are current."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from privacy_desk.i18n.qt import catalogue

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tools_i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_ja_catalogue(tmp_path_factory) -> Path:
    """The committed Japanese catalogue, updated with the strings the code has now."""
    copy = tmp_path_factory.mktemp("ts") / "privacy_desk_ja.ts"
    shutil.copy(ROOT / "translations" / "privacy_desk_ja.ts", copy)
    tools_i18n.lupdate([copy])
    return copy


def test_every_source_string_has_a_finished_japanese_translation(fresh_ja_catalogue):
    unfinished = [
        m.findtext("source")
        for m in messages(fresh_ja_catalogue)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(translation_texts(m))
    ]
    assert unfinished == [], (
        "run `python tools/i18n.py` and translate these in translations/privacy_desk_ja.ts"
    )


def test_the_committed_catalogue_matches_the_code(fresh_ja_catalogue):
    committed = {
        (m.findtext("source"), m.findtext("comment"))
        for m in messages(ROOT / "translations/privacy_desk_ja.ts")
    }
    current = {(m.findtext("source"), m.findtext("comment")) for m in messages(fresh_ja_catalogue)}
    assert current == committed


def literal_translate_calls() -> set[tuple[str, str]]:
    """(context, source) of every translate(...)/QT_TRANSLATE_NOOP(...) call with literal strings."""
    calls = set()
    for path in (ROOT / "privacy_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            context, source = node.args[:2]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(source, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(source.value, str)
            ):
                calls.add((context.value, source.value))
    return calls


def test_lupdate_finds_every_translate_call(fresh_ja_catalogue):
    """pyside6-lupdate silently skips some calls, e.g. a plural whose count is `len(x)` or `a.b`:
    such a text would never be translated. Pass the count as a plain name instead."""
    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh_ja_catalogue).iter("context")
        for message in context.iter("message")
    }
    assert sorted(literal_translate_calls() - extracted) == []


def test_translations_keep_every_placeholder():
    broken = [
        (m.findtext("source"), text)
        for m in messages(ROOT / "translations/privacy_desk_ja.ts")
        for text in translation_texts(m)
        if sorted(set(PLACEHOLDER.findall(m.findtext("source") or "")))
        != sorted(set(PLACEHOLDER.findall(text)))
    ]
    assert broken == []


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_shipped_qm_files_are_compiled_from_the_current_ts(tmp_path, language):
    compiled = tmp_path / f"{language}.qm"
    tools_i18n.lrelease(ROOT / f"translations/privacy_desk_{language}.ts", compiled)
    shipped = ROOT / f"privacy_desk/i18n/qm/privacy_desk_{language}.qm"
    assert compiled.read_bytes() == shipped.read_bytes(), "run `python tools/i18n.py`"


def test_english_counts_are_singular_for_one_and_plural_otherwise():
    translate = catalogue("en")
    text = "%n message(s) or file(s) could not be imported."
    assert translate("CLI", text, None, 1) == "1 message or file could not be imported."
    assert translate("CLI", text, None, 3) == "3 messages or files could not be imported."
