"""The README's commands and the CLI's commands must agree (as sqlite-utils checks its docs)."""

import re
from pathlib import Path

from reader.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    for command in COMMANDS:
        assert re.search(rf"^reader {re.escape(command)}\b", README, re.M), command


def test_every_readme_command_exists():
    documented = set(re.findall(r"^reader ([a-z][a-z-]*)", README, re.M))
    assert documented <= set(COMMANDS)


def test_readme_examples_parse():
    parser = build_parser()
    for line in re.findall(r"^(reader [a-z-]+ .*?)(?:\s+#.*)?$", README, re.M):
        argv = re.findall(r"\"[^\"]*\"|'[^']*'|\S+", line)[1:]
        argv = [a.strip("\"'") for a in argv if a not in ("|", "less")]
        if "|" in line:
            argv = argv[: argv.index("--logical") + 1] if "--logical" in argv else argv
        parser.parse_args(argv)


def test_readme_gives_the_two_setup_commands_that_ci_uses():
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/reader" in README
    assert "bash .ci/run" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-m pytest" in ci and "-m pytest" in README
