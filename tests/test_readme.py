"""The README stays true: every server setting is documented with its flag and environment
variable, every CLI command is listed, and its two set-up commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import build_parser
from server.settings import setting_fields

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [f.name for f in setting_fields()])
def test_every_setting_is_documented(name: str):
    flag = "--" + name.replace("_", "-")
    env = "KG_" + name.upper()
    rows = [line for line in README.splitlines() if line.startswith(f"| `{flag}")]
    assert rows, f"no row for {flag} in the README's settings table"
    assert env in rows[0], f"the {flag} row does not name {env}"


def test_every_command_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for name in commands.choices:
        assert f"`kg {name}" in README, f"kg {name} is not in the README"


def test_ci_runs_the_readme_test_command():
    command = "pip install -e '.[test]' && python -m pytest"
    assert command in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]'" in ci
    assert "python -m pytest" in ci
    assert "pip install -e . && kg serve" in README
