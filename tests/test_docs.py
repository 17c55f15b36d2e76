"""The documentation is part of the product: its examples must parse, and every code
must have its page (and every page its code)."""

from __future__ import annotations

import json
import re

import pytest

from jsperf.codes import CODES, index_page
from jsperf.lang.parse import parse_indicators
from jsperf.projectfile import TOP_KEYS
from jsperf.rules.parse import parse_rules
from tests.conftest import ROOT

DOCS = ROOT / "docs"
BLOCK = re.compile(r"```(indicators|rules)\n(.*?)```", re.S)


def test_every_code_has_a_page_and_every_page_a_code() -> None:
    pages = {p.stem for p in (DOCS / "codes").glob("JS*.md")}
    assert pages == set(CODES)
    for code, info in CODES.items():  # `make docs` writes them from the registry
        assert (DOCS / "codes" / f"{code}.md").read_text(encoding="utf-8") == info.page()
        assert info.en_why and info.example and info.en_fix
    assert (DOCS / "codes" / "index.md").read_text(encoding="utf-8") == index_page()


def blocks() -> list[tuple[str, str, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for kind, text in BLOCK.findall(page.read_text(encoding="utf-8")):
            found.append((page.name, kind, text))
    return found


@pytest.mark.parametrize(("page", "kind", "text"), blocks())
def test_examples_in_the_docs_parse(page: str, kind: str, text: str) -> None:
    if kind == "indicators":
        assert parse_indicators(text, page).sets
    else:
        assert parse_rules(text, page).grades


def test_schema_lists_every_top_level_key() -> None:
    schema = json.loads((DOCS / "project.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]) == set(TOP_KEYS)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    demo, test = first_block.strip().splitlines()
    assert demo.endswith("jsperf audit examples/changnan-2024-final-accounts.txt")
    assert test.endswith(".venv/bin/pytest")
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_bundled_examples_are_canonical() -> None:
    from jsperf.lang.format import format_parsed

    for path in sorted((ROOT / "indicator_sets").rglob("*.ind")):
        text = path.read_text(encoding="utf-8")
        assert format_parsed(parse_indicators(text, str(path))) == text, path


def test_both_languages_word_every_message_with_the_same_blanks() -> None:
    import string

    def blanks(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for code, info in CODES.items():
        zh, en = info.zh, info.en
        if isinstance(zh, str):
            assert isinstance(en, str) and blanks(zh) == blanks(en), code
        else:
            assert not isinstance(en, str) and set(zh) == set(en), code
            for kind in zh:
                assert blanks(zh[kind]) == blanks(en[kind]), (code, kind)
