"""Keep the translation catalogues in step with the code.

    python tools/i18n.py                      lupdate both .ts files, fill English, compile both .qm files
    python tools/i18n.py --unfinished F.json  also write the unfinished Japanese messages to F.json
                                              as {"Context|source": ""}
    python tools/i18n.py --fill F.json        first write the Japanese translations of F.json
                                              ({"Context|source": "訳"}) into the .ts

Japanese translations are written in translations/privacy_desk_ja.ts (Qt Linguist or any editor);
the test suite fails while any message there is unfinished or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "privacy_desk"
TS_DIR = ROOT / "translations"
QM_DIR = SOURCES / "i18n" / "qm"
LANGUAGES = ("ja", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    command = [tool("pyside6-lupdate"), *source_files(), "-locations", "none", "-no-obsolete"]
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[1]
        subprocess.run(
            [*command, "-target-language", language, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def english_plurals(source: str) -> tuple[str, str]:
    """ "%n file(s)" → ("%n file", "%n files"): sources mark plural endings with "(s)" or "(es)"."""
    return re.sub(r"\((?:s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)


def fill_english(ts: Path) -> None:
    """English is the source language: every translation is the source text itself, in two numerus
    forms (one, other) where it has a count. pyside6-lupdate never marks a Python call with a count as
    plural, so a message whose source has %n is made plural here."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if "%n" in source:
            message.set("numerus", "yes")
        if message.get("numerus") == "yes":
            translation.text = None
            for form in list(translation):
                translation.remove(form)
            for form in english_plurals(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill_japanese(ts: Path, translations: dict[str, str]) -> int:
    """Write translations keyed "Context|source"; returns how many messages they finished."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = translations.get(f"{name}|{message.findtext('source')}")
            if not text:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished_messages(ts: Path) -> dict[str, str]:
    tree = ET.parse(ts)
    return {
        f"{context.findtext('name')}|{message.findtext('source')}": ""
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    }


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--fill", type=Path, help="JSON of Japanese translations to write first")
    parser.add_argument("--unfinished", type=Path, help="write the unfinished messages here as JSON")
    args = parser.parse_args()
    ts_files = [TS_DIR / f"privacy_desk_{lang}.ts" for lang in LANGUAGES]
    lupdate(ts_files)
    if args.fill:
        filled = fill_japanese(ts_files[0], json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"{filled} Japanese messages written")
    fill_english(TS_DIR / "privacy_desk_en.ts")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang, ts in zip(LANGUAGES, ts_files, strict=True):
        lrelease(ts, QM_DIR / f"privacy_desk_{lang}.qm")
    unfinished = unfinished_messages(ts_files[0])
    if args.unfinished:
        text = json.dumps(unfinished, ensure_ascii=False, indent=1)
        args.unfinished.write_text(text, encoding="utf-8")
    print(f"{len(unfinished)} Japanese messages unfinished")


if __name__ == "__main__":
    main()
