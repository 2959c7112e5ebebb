"""Every third-party module the reader imports is a declared dependency.

A dependency that arrives only through another package's extra (lxml[html_clean] via
trafilatura) is missing for users whose pip does not resolve that extra, while CI, with a
newer pip, passes. So the package declares what it imports, and what its importers need.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for spec in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", spec).group(0)
        names.add(re.sub(r"[-_.]+", "-", name).lower())
    return names


def _imported_top_level() -> set[str]:
    modules = set()
    for path in (ROOT / "reader").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"reader"}


def test_every_imported_package_is_declared():
    owners = packages_distributions()
    declared = _declared()
    missing = []
    for module in sorted(_imported_top_level()):
        dists = {re.sub(r"[-_.]+", "-", d).lower() for d in owners.get(module, [module])}
        if not dists & declared:
            missing.append(f"{module} (from {', '.join(sorted(dists))})")
    assert not missing, "imported but not declared in pyproject.toml: " + "; ".join(missing)


def test_html_cleaning_is_declared_directly():
    """trafilatura's justext imports lxml.html.clean, a separate project since lxml 5.2."""
    assert "lxml-html-clean" in _declared()
