#!/usr/bin/env python3
"""Update the interface translations: extract the strings, then compile them.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # fail if a string has no translation

``pyside6-lupdate`` reads every ``tr()`` and ``QCoreApplication.translate()`` call under
reader/ui and updates resources/translations/reader_<lang>.ts, keeping the translations
already written (strings that no longer exist are dropped). ``pyside6-lrelease`` compiles
each .ts into the .qm the application loads. New strings come out "unfinished": translate
them in the .ts (by hand or with pyside6-linguist) and run this again; ``--check`` (used by
the tests) lists what is missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "reader" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ar",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"reader_{lang}.ts"


def unfinished(ts: Path) -> list[str]:
    """Source strings of ``ts`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            missing.append(source)
            continue
        kind = translation.get("type", "")
        forms = translation.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else (translation.text or "")
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            if kind not in ("vanished", "obsolete"):
                missing.append(source)
    return missing


def update(lang: str) -> None:
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    ts = ts_path(lang)
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
         "-target-language", lang, "-ts", str(ts)],
        check=True,
    )


def release(lang: str) -> None:
    ts = ts_path(lang)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        if not args.check:
            update(lang)
            release(lang)
        missing = unfinished(ts_path(lang))
        for source in missing:
            print(f"{lang}: untranslated: {source!r}")
        if missing:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
