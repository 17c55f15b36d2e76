"""The documentation is part of the product: its examples must parse and run, every code
must have its page (and every page its code), every user page is Chinese with an English
twin under docs/en/, and no link leads nowhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.codes import CODES, PAGE_FOLDERS, index_page
from jsperf.lang.parse import parse_indicators
from jsperf.projectfile import TOP_KEYS
from jsperf.rules.parse import parse_rules
from tests.conftest import ROOT

DOCS = ROOT / "docs"
EN = DOCS / "en"
BLOCK = re.compile(r"```(indicators|rules)\n(.*?)```", re.S)
DEVELOPER_DOCS = {"architecture.md"}  # for people who change jsperf: English only
FENCED = re.compile(r"^```.*?^```", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\]\(([^)\s]+)\)")
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
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
            assert CJK.search(text), (code, text)
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
    for page in sorted(DOCS.glob("*.md")) + sorted(EN.glob("*.md")):
        for kind, text in BLOCK.findall(page.read_text(encoding="utf-8")):
            found.append((str(page.relative_to(DOCS)), kind, text))
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


def user_pages() -> list[Path]:
    """The Chinese pages at docs/*.md: the ones a finance officer reads."""
    return [p for p in sorted(DOCS.glob("*.md")) if p.name not in DEVELOPER_DOCS]


def test_every_chinese_page_has_an_english_twin_and_each_links_to_the_other() -> None:
    assert {p.name for p in user_pages()} == {p.name for p in EN.glob("*.md")}
    for page in user_pages():
        assert f"](en/{page.name})" in head(page), page.name
        assert f"](../{page.name})" in head(EN / page.name), page.name


def head(page: Path) -> str:
    """The title and the line under it, where the other language's link belongs."""
    return "\n".join(page.read_text(encoding="utf-8").splitlines()[:4])


def prose(text: str) -> str:
    """A page's words without its code and link targets: commands, file syntax and examples
    stay as written in both languages."""
    return LINK.sub("]", INLINE_CODE.sub("", FENCED.sub("", text)))


@pytest.mark.parametrize("page", user_pages(), ids=lambda p: p.name)
def test_chinese_pages_are_mostly_chinese_prose(page: Path) -> None:
    text = prose(page.read_text(encoding="utf-8"))
    cjk, latin = len(CJK.findall(text)), len(LATIN.findall(text))
    assert cjk >= 4 * latin, f"{page.name}: {cjk} CJK characters, {latin} Latin letters outside code"


def linked_pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]


@pytest.mark.parametrize("page", linked_pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves_to_a_file(page: Path) -> None:
    for target in LINK.findall(FENCED.sub("", page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:|#", target):  # web addresses and anchors in the same page
            continue
        assert (page.parent / target.split("#", 1)[0]).is_file(), f"{page.relative_to(ROOT)}: {target}"


def first_block(text: str, kind: str) -> str:
    found = re.search(rf"```{kind}\n(.*?)```", text, re.S)
    assert found, f"no {kind} block"
    return found[1]


@pytest.mark.parametrize("page", [DOCS / "quickstart.md", EN / "quickstart.md"], ids=["zh", "en"])
def test_the_quickstart_project_scores_as_the_page_says(page: Path, tmp_path: Path) -> None:
    text = page.read_text(encoding="utf-8")
    (tmp_path / "my.ind").write_text(first_block(text, "indicators"), encoding="utf-8")
    (tmp_path / "project.yaml").write_text(first_block(text, "yaml"), encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path / "project.yaml"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["execution"]["rate"], data["execution"]["points"], data["total"], data["grade"]) == (
        "78.43", "5.00", "92.00", "优")
    assert data["findings"] == []
    assert "78.43%" in text and "92.00" in text  # what the page tells the reader to expect
