"""The card reader's memos change nothing.

A report repeats its template's rows card after card, so the card reader reads a row's
heading cells once for the same cells and state (`card._walks`) and a heading-only row of
the indicator table once for the same headings in force (`card._heading_rows`).  Every
report must read exactly as the general walk alone reads it, spans and all: generated
reports with cells changed at random (headings in odd places, points notes, blanks, block
labels, values where headings stand), every corpus file, and the bundled report in its
text layouts.  Each comparison also checks that the memos were used.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jsperf.model import Row
from jsperf.readers import card
from jsperf.readers.text_rows import rows_of_text
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project, render_scorecard
from jsperf.sources import source_of
from tests.test_text_layouts import TEXT, aligned, pipes

CORPUS = Path(__file__).parent / "corpus"
RULES = load_rules("jiangxi")

# words put into random cells: headings in every spelling the walk tells apart, a block
# label, points notes, the header's words, values and blanks
WORDS = ("", "", "成本指标", "产出指标", "效益指标", "满意度指标", "满意度", "服务对象满意度", "成本",
         "经济成本指标", "社会成本指标", "数量指标", "社会效益指标", "产出指标（60分）", "成本指标(20分)", "产出指标 数量指标",
         "绩效指标", "三级指标", "权重占比", "≥90%", "90", "5", "备注", "合计", "及时")


@contextmanager
def walks_counted() -> Iterator[list[int]]:
    """How many rows the general walk read while the block ran."""
    count = [0]
    walk = card._walk

    def counted(*args: object, **kwargs: object) -> card._Walk:
        count[0] += 1
        return walk(*args, **kwargs)  # type: ignore[arg-type]

    card._walk = counted  # type: ignore[assignment]
    try:
        yield count
    finally:
        card._walk = walk  # type: ignore[assignment]


def both_ways(rows: Sequence[Row], file: str, sheets: bool = False) -> tuple[int, int]:
    """The rows read by the general walk alone and with the memos (twice: the second read
    finds the first's rows remembered), compared in full; the general walk's count of
    walked rows, and the memo reads'."""
    card._walks.clear()
    card._heading_rows.clear()
    remember = card._remember
    card._remember = lambda memo, key, walk: None  # type: ignore[assignment]
    try:
        with walks_counted() as general:
            expected = repr(card.read_rows(rows, file, sheets=sheets))
    finally:
        card._remember = remember  # type: ignore[assignment]
    with walks_counted() as memo:
        first, again = (repr(card.read_rows(rows, file, sheets=sheets)) for _ in range(2))
    assert first == expected
    assert again == expected
    return general[0], memo[0]


def generated(seed: int, cards: int, edits: Sequence[tuple[int, int, int, int]]) -> str:
    """`cards` generated scorecards, cells of their indicator tables replaced: (card, row
    of the table, cell, word), each an index taken modulo what there is, a card index
    past the last meaning every card (the same edit in each, as a template would print it)."""
    rng = random.Random(seed)
    printed = [render_scorecard(publish(random_project(rng, n), RULES)) for n in range(cards)]
    tables = [[line.split("\t") for line in card.splitlines()] for card in printed]
    in_table = [i for i, cells in enumerate(tables[0]) if len(cells) >= 9 and not cells[0]]
    for which, row, cell, word in edits:
        for lines in tables if which >= cards else [tables[which]]:
            lines[in_table[row % len(in_table)]][cell] = WORDS[word % len(WORDS)]
    return "\n".join("\t".join(cells) for lines in tables for cells in lines)


def edit(card: int, row: int, cell: int, word: str) -> tuple[int, int, int, int]:
    return card, row, cell, WORDS.index(word)


EVERY = 9  # the card index that means every card
QUALITY, SOCIAL_COST, ECOLOGICAL_COST, ECONOMIC_COST = 7, 4, 5, 3  # rows of the generated table


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# a row whose 三级指标 cell holds a heading's words (read as one) in one card, the same
# heading cells before an indicator's name in the next: the first walk looked at the name
@example(seed=1, cards=2, edits=[edit(EVERY, QUALITY, 2, ""), edit(0, QUALITY, 3, "满意度")])
# a heading-only row repeating the 一级指标 keeps the 二级指标 in force, which differs by card
@example(seed=1, cards=2, edits=[edit(EVERY, SOCIAL_COST, 1, "成本指标"), edit(EVERY, SOCIAL_COST, 2, ""),
                                 edit(1, ECONOMIC_COST, 2, "社会成本指标"), edit(EVERY, ECOLOGICAL_COST, 2, ""),
                                 edit(EVERY, ECOLOGICAL_COST, 3, "及时")])
@given(seed=st.integers(0, 10_000), cards=st.integers(2, 5),
       edits=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 30), st.integers(0, 4), st.integers(0, 100)),
                      max_size=12))
def test_generated_reports_read_the_same_with_and_without_the_memos(
        seed: int, cards: int, edits: list[tuple[int, int, int, int]]) -> None:
    rows, _ = rows_of_text(generated(seed, cards, edits), "gen.txt")
    both_ways(rows, "gen.txt")


def test_a_generated_report_is_mostly_read_from_the_memos() -> None:
    rows, _ = rows_of_text(generated(7, 20, ()), "gen.txt")
    general, memo = both_ways(rows, "gen.txt")
    assert general > 20 * 10 and memo < general / 10  # the walk runs for the first card's rows, not every card's


@pytest.mark.parametrize("variant", ["tab", "pipes", "aligned"])
def test_the_bundled_report_reads_the_same(variant: str) -> None:
    text = {"tab": lambda: TEXT, "pipes": pipes, "aligned": aligned}[variant]()
    rows, _ = rows_of_text(text, "report.txt")
    general, memo = both_ways(rows, "report.txt")
    assert memo < general  # both ways taken


CORPUS_FILES = sorted(p for p in [*CORPUS.glob("*.txt"), *(CORPUS / "extra").glob("*.txt"), *CORPUS.glob("files/*.xls")])


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_every_corpus_file_reads_the_same(path: Path, tmp_path: Path) -> None:
    if path.suffix == ".txt":  # the document as published, without the corpus header
        saved = tmp_path / path.name
        saved.write_text(path.read_text(encoding="utf-8").split("\n---\n", 1)[1], encoding="utf-8")
        path = saved
    source = source_of(path)
    both_ways(source.rows, str(path), sheets=source.kind in ("xls", "xlsx"))


def test_a_heading_wrapped_onto_two_lines_is_not_remembered_as_its_first_line() -> None:
    """`可持续影` / `响指标`: the heading is read with the line below it, so the first
    line's cells alone must not answer for it when they come again."""
    card_text = "\n".join((
        "项目支出绩效自评表", "项目名称 水利经费",
        "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分", "年度资金总额: 880 880 880 10 100% 10",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 完成项目数量 1 1 50 50",
        "效益指标 社会效益指标 保护人口财产 ≥90% 95% 20 20",
        "可持续影", "响指标", "已建工程良性运行 ≥90% 95% 10 10",
        "满意度指标 服务对象满意度指标 服务对象满意度 ≥90% 100% 10 10", "总分 100 100", ""))
    rows, _ = rows_of_text(card_text * 2, "wrapped.txt")
    both_ways(rows, "wrapped.txt")
