"""The README and docs stay true: every server setting and CLI command is documented, every
fenced query answers on the built graph, every command names real commands and files,
every link resolves, and the set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import build_parser
from kg.namespaces import PREFIXES
from server.settings import setting_fields

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))}
PAGES = {"README.md": README, **{f"docs/{name}": text for name, text in DOCS.items()}}
SERVER_DOC = DOCS["server.md"]
CLI_DOC = DOCS["cli.md"]


def _fenced(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", [f.name for f in setting_fields()])
def test_every_setting_is_documented(name: str):
    flag = "--" + name.replace("_", "-")
    env = "KG_" + name.upper()
    rows = [line for line in SERVER_DOC.splitlines() if line.startswith(f"| `{flag}")]
    assert rows, f"no row for {flag} in the settings table of docs/server.md"
    assert env in rows[0], f"the {flag} row does not name {env}"


def test_every_command_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for name in commands.choices:
        assert f"`kg {name}" in CLI_DOC, f"kg {name} is not in docs/cli.md"
        assert name in README, f"kg {name} is not named in the README"


def test_ci_runs_the_readme_test_command():
    command = "pip install -e '.[test]' && python -m pytest"
    assert command in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]'" in ci
    assert "python -m pytest" in ci
    assert "pip install -e . && kg serve" in README


def test_readme_fits_one_screen_and_says_not_medical_advice():
    assert len(README.splitlines()) < 120
    assert "Not medical advice" in README


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_fenced_query_answers_on_the_built_graph(page, built_store):
    # A competency question is checked against its exact answer elsewhere; any other query
    # shown must still parse and run on the built graph (some rightly find nothing: a check
    # for violations, say).
    questions = [
        _squash(p.read_text(encoding="utf-8")) for p in (ROOT / "tests" / "competency").glob("*.rq")
    ]
    for block in _fenced(PAGES[page], "sparql"):
        if any(_squash(block) in q for q in questions):
            continue
        try:
            answer = built_store.query(block, prefixes=dict(PREFIXES))
        except SyntaxError as exc:
            raise AssertionError(f"{page}: this query does not parse ({exc}):\n{block}") from None
        if not isinstance(answer, ox.QueryBoolean):
            list(answer)


@pytest.mark.parametrize("page", sorted(PAGES))
def test_fenced_commands_name_real_commands_and_files(page):
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for block in _fenced(PAGES[page], "sh"):
        for name in re.findall(r"(?:^|&& |\$ )kg (\w+)", block, flags=re.MULTILINE):
            assert name in commands, f"{page}: kg {name} is not a command"
        for path in re.findall(r"(?:--file |query@)(\S+)", block):
            assert (ROOT / path).is_file(), f"{page}: {path} does not exist"
        for module in re.findall(r"python -m (bench\.\w+)", block):
            assert (ROOT / (module.replace(".", "/") + ".py")).is_file(), f"{page}: {module}"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_links_resolve(page):
    folder = (ROOT / page).parent
    for target in re.findall(r"\]\(([^)#:]*)(#[^)]*)?\)", PAGES[page]):
        path, anchor = target
        file = (folder / path) if path else ROOT / page
        assert file.exists(), f"{page}: link to {path} is broken"
        if anchor and file.suffix == ".md":
            headings = re.findall(
                r"^#+ (.*)$", file.read_text(encoding="utf-8"), flags=re.MULTILINE
            )
            slugs = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}
            assert anchor[1:] in slugs, f"{page}: no heading for {path}{anchor}"


def test_readme_layer_queries_answer_as_it_says(built_store):
    rows = re.findall(r"^\| [^|]+ \| `(SELECT [^`]+)` \| ([^|]+) \|$", README, flags=re.MULTILINE)
    assert len(rows) == 5, "one query per layer"
    for query, said in rows:
        answer = list(built_store.query(query, prefixes=dict(PREFIXES)))
        assert answer, f"finds nothing: {query}"
        if said.strip().isdigit():
            assert int(answer[0][0].value) == int(said), query
