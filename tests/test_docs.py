"""The documentation is part of the product: its examples must parse, and every code
must have its page (and every page its code)."""

from __future__ import annotations

import json
import re

import pytest

from jsperf.codes import CODES, PAGE_FOLDERS, index_page
from jsperf.lang.parse import parse_indicators
from jsperf.projectfile import TOP_KEYS
from jsperf.rules.parse import parse_rules
from tests.conftest import ROOT

DOCS = ROOT / "docs"
BLOCK = re.compile(r"```(indicators|rules)\n(.*?)```", re.S)
HAN = re.compile("[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{3,}")  # an English word


@pytest.mark.parametrize(("lang", "folder"), PAGE_FOLDERS.items())
def test_every_code_has_a_page_and_every_page_a_code(lang: str, folder: str) -> None:
    pages = {p.stem for p in (DOCS / folder).glob("JS*.md")}
    assert pages == set(CODES)
    for code, info in CODES.items():  # `make docs` writes them from the registry
        assert (DOCS / folder / f"{code}.md").read_text(encoding="utf-8") == info.page(lang), code
    assert (DOCS / folder / "index.md").read_text(encoding="utf-8") == index_page(lang)


def test_every_code_is_explained_in_both_languages() -> None:
    for code, info in CODES.items():
        assert info.example, code
        for text in (info.zh_summary, info.zh_why, info.zh_fix):
            assert HAN.search(text), (code, text)
        for text in (info.en_summary, info.en_why, info.en_fix):
            assert ENGLISH.search(text), (code, text)


def test_a_code_page_is_chinese_by_default_and_english_on_request() -> None:
    page, english = CODES["JS303"].page(), CODES["JS303"].page("en")
    assert "## 为何重要" in page and "**严重程度：** 错误" in page and "## 如何修改" in page
    assert "Why it matters" not in page and CODES["JS303"].en_why not in page
    assert "## Why it matters" in english and "**Severity:** error" in english and "为何重要" not in english
    assert "| 代码 | 名称 | 严重程度 | 含义 |" in index_page() and "| code | name |" in index_page("en")


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
