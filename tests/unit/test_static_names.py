"""Names the code uses must exist, and a module must not define the same function twice.

pyflakes found both in the attribution package (a rule that named VERB_FORMS without importing
it, waiting to raise NameError on the first text that reached it; a second ``_department`` that
silently replaced the first, so the first was never called). Unused imports are not checked here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pyflakes import checker as pyflakes_checker, messages

PACKAGE = Path(__file__).resolve().parents[2] / "reader"
FATAL = (messages.UndefinedName, messages.UndefinedLocal, messages.UndefinedExport,
         messages.RedefinedWhileUnused, messages.ImportStarUsed)


def _problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    checker = pyflakes_checker.Checker(ast.parse(source, filename=str(path)), filename=str(path))
    return [f"{path.relative_to(PACKAGE.parent)}:{m.lineno}: {m.message % m.message_args}"
            for m in checker.messages if isinstance(m, FATAL)]


def test_every_module_of_the_package_is_checked():
    assert len(list(PACKAGE.rglob("*.py"))) > 100


def test_no_undefined_or_shadowed_names():
    problems = [p for path in sorted(PACKAGE.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_the_check_catches_what_it_is_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    return 1\n\n\ndef f():\n    return UNKNOWN\n", encoding="utf-8")
    checker = pyflakes_checker.Checker(ast.parse(bad.read_text()), filename=str(bad))
    kinds = {type(m) for m in checker.messages}
    assert messages.UndefinedName in kinds and messages.RedefinedWhileUnused in kinds
