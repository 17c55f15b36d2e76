"""Properties that must hold for any input, checked by Hypothesis."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jsperf.engine import grade_of, score
from jsperf.errors import InputError
from jsperf.lang.format import format_sets
from jsperf.lang.parse import parse_indicators
from jsperf.model import Actual, Indicator, IndicatorSet, Op, Quantity, Target
from jsperf.numbers import round_to, unit_of
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules, parse_rules
from jsperf.samples import HEADINGS, VERDICTS, make_project, render_scorecard
from jsperf.sources import read_report_file
from jsperf.yamlfile import load_yaml
from tests.helpers import report_differences

RULES = {name: load_rules(name) for name in ("jiangxi", "national", "twenty")}
NUMERIC_OPS = [Op.GE, Op.GT, Op.LE, Op.LT, Op.EQ]
BETTER_WHEN_HIGHER = {Op.GE: True, Op.GT: True, Op.LE: False, Op.LT: False}

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000000"), places=2)
actuals = st.decimals(min_value=Decimal(0), max_value=Decimal("1000000000"), places=4)
weights = st.sampled_from([Decimal(w) for w in ("1", "5", "10", "15", "20", "30")])
rule_names = st.sampled_from(sorted(RULES))


def points_for(rules_name: str, op: Op, target: Decimal, weight: Decimal, actual: Decimal,
               high: Decimal | None = None) -> Decimal | None:
    rules = RULES[rules_name]
    env = {"actual": actual, "target": target, "weight": weight, "low": target, "high": high or target}
    value, _ = rules.scores[op].run(env)
    return None if value is None else round_to(value, rules.precision)


@given(rule_names, st.sampled_from([*NUMERIC_OPS, Op.RANGE]), amounts, weights, actuals)
def test_points_stay_within_zero_and_weight(rules_name, op, target, weight, actual) -> None:  # type: ignore[no-untyped-def]
    points = points_for(rules_name, op, target, weight, actual, target * 2 if op is Op.RANGE else None)
    assert points is not None and 0 <= points <= weight


@given(rule_names, st.sampled_from(list(BETTER_WHEN_HIGHER)), amounts, weights, actuals, actuals)
def test_a_better_actual_never_earns_fewer_points(rules_name, op, target, weight, a, b) -> None:  # type: ignore[no-untyped-def]
    low, high = sorted((a, b))
    worse, better = (low, high) if BETTER_WHEN_HIGHER[op] else (high, low)
    assert points_for(rules_name, op, target, weight, worse) <= points_for(rules_name, op, target, weight, better)


@given(rule_names, amounts, st.decimals(min_value=0, max_value=Decimal("200"), places=4),
       st.decimals(min_value=0, max_value=Decimal("200"), places=4))
def test_execution_points_bounded_and_monotone(rules_name, budget, first, second) -> None:  # type: ignore[no-untyped-def]
    rules = RULES[rules_name]
    scored = []
    for share in sorted((first, second)):
        project = make_project("p", budget, budget * share / 100, [])
        scored.append(score(project, rules).execution.points)
    assert 0 <= scored[0] <= scored[1] <= rules.execution_weight


@st.composite
def scorecards(draw):  # type: ignore[no-untyped-def]
    rows = []
    count = draw(st.integers(min_value=1, max_value=8))
    for index in range(count):
        level1, level2 = draw(st.sampled_from(HEADINGS))
        weight = draw(st.integers(min_value=1, max_value=30))
        if draw(st.booleans()):
            target = Target(draw(st.sampled_from(NUMERIC_OPS)), draw(amounts), unit=unit_of(draw(
                st.sampled_from(["元", "万元", "%", "台", "人", "次"]))))
            actual = Actual(Quantity(draw(actuals)))
            published = Decimal(draw(st.integers(min_value=0, max_value=weight)))
        else:
            target = Target(Op.QUAL, word=draw(st.sampled_from(["及时", "有效保障", "显著提升"])))
            verdict = draw(st.sampled_from(VERDICTS))
            published = Decimal(draw(st.integers(min_value=0, max_value=weight)))
            actual = Actual(verdict=verdict, points=published)
        rows.append((level1, level2, f"指标{index}", target, Decimal(weight), actual, published))
    budget = draw(amounts)
    executed = draw(st.decimals(min_value=0, max_value=budget, places=4))
    # the total printed (the published points added up) or left blank
    total = sum((row[-1] for row in rows), Decimal(0)) if draw(st.booleans()) else None
    return make_project(draw(st.sampled_from(["办公经费", "档案专项", "接待 费"])), budget, executed, rows, total=total)


@given(scorecards(), rule_names)
def test_total_is_the_sum_of_parts_and_grade_follows(project, rules_name) -> None:  # type: ignore[no-untyped-def]
    rules = RULES[rules_name]
    result = score(project, rules)
    parts = [result.execution.points or 0, *(r.points or 0 for r in result.indicators)]
    assert result.total == round_to(sum(parts, Decimal(0)), rules.precision)
    assert result.grade == grade_of(rules, result.total)


@given(st.decimals(min_value=0, max_value=100, places=2), st.decimals(min_value=0, max_value=100, places=2),
       rule_names)
def test_grade_is_monotone_in_the_total(a, b, rules_name) -> None:  # type: ignore[no-untyped-def]
    rules = RULES[rules_name]
    order = [g.name for g in rules.grades]
    low, high = sorted((a, b))
    assert order.index(grade_of(rules, high)) <= order.index(grade_of(rules, low))


names = st.text(st.sampled_from(list("档案成本数量满意度ab 1\"\\、（）—%#")), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s)


@st.composite
def indicator_sets(draw):  # type: ignore[no-untyped-def]
    indicators = []
    for name in draw(st.lists(names, min_size=1, max_size=6, unique=True)):
        level1, level2 = draw(st.sampled_from(HEADINGS))
        kind = draw(st.sampled_from(["num", "range", "qual"]))
        unit = draw(st.sampled_from([None, unit_of("%"), unit_of("万元"), unit_of("平方米")]))
        value = draw(st.decimals(min_value=0, max_value=10**6, places=3))
        if kind == "num":
            target = Target(draw(st.sampled_from(NUMERIC_OPS)), value.normalize(), unit=unit)
        elif kind == "range":
            target = Target(Op.RANGE, value.normalize(), (value + 5).normalize(), unit=unit)
        else:
            target = Target(Op.QUAL, word=draw(names))
        note = draw(st.none() | names)
        indicators.append(Indicator(level1, level2, name, target, Decimal(draw(st.integers(1, 30))), note=note))
    return IndicatorSet(draw(names), tuple(indicators), rules=draw(st.sampled_from([None, "jiangxi", "my rules"])),
                        execution_weight=draw(st.sampled_from([None, Decimal(10), Decimal(20)])))


@given(st.lists(indicator_sets(), min_size=1, max_size=3, unique_by=lambda s: s.name))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_fmt_round_trips(sets) -> None:  # type: ignore[no-untyped-def]
    text = format_sets(sets)
    parsed = parse_indicators(text, "gen.ind")
    assert parsed.sets == tuple(sets)
    assert format_sets(parsed.sets, parsed.comments) == text


@given(scorecards())
def test_printed_scorecards_read_back_to_the_same_numbers(project) -> None:  # type: ignore[no-untyped-def]
    assume(all(not i.name.isdigit() for i in project.indicator_set.indicators))
    report = read_report(render_scorecard(project), "gen.txt")
    (back,) = report.projects
    assert back.name == "".join(project.name.split())
    assert back.funds == project.funds
    # the form prints indicators in heading order, whatever order they were made in
    assert sorted((i.name, i.level1, i.level2, i.target, i.weight) for i in back.indicator_set.indicators) == sorted(
        (i.name, i.level1, i.level2, i.target, i.weight) for i in project.indicator_set.indicators)
    assert back.reported.points == project.reported.points
    for name, actual in project.actuals.items():
        mine = back.actuals[name]
        assert (mine.verdict, mine.value.value if mine.value else None) == (
            actual.verdict, actual.value.value if actual.value else None)


text_soup = st.text(st.sampled_from(list("set template rules \"档案/成本指标经济成本指标>=≤≧90%元 .\n\t#{}[]:-\\")),
                    max_size=200)


@given(text_soup)
@settings(max_examples=300)
def test_garbage_never_crashes_the_parsers(text) -> None:  # type: ignore[no-untyped-def]
    for parse in (parse_indicators, parse_rules, load_yaml):
        try:
            parse(text, "soup")
        except InputError as error:
            assert error.render()


@given(st.lists(st.sampled_from([
    "项目支出绩效自评表", "项目名称\t甲", "\t年度资金总额\t1\t2\t3\t10\t50\t0", "\t成本指标\t经济成本指标\tx\t≤1 元\t2\t20\t0",
    "总分\t100\t5", "\t\t数量指标\ty\t≥3\t基本达成 目标\t5\t", "绩效 指标\t一级指标", "garbage\x01", "",
]), max_size=40))
def test_mangled_reports_never_crash_the_reader(lines) -> None:  # type: ignore[no-untyped-def]
    report = read_report("\n".join(lines), "soup.txt")
    for project in report.projects:
        for rules in RULES.values():
            score(project, rules)


def _as_pipes(text: str) -> str:
    return "\n".join("| " + " | ".join(line.split("\t")) + " |" if "\t" in line else line for line in text.splitlines())


def _as_html(text: str) -> str:
    import html

    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>"
                   for line in text.splitlines() if "\t" in line)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()[:3] if "\t" not in line)
    return f"<html><head><meta charset=\"gbk\"></head><body>{paragraphs}<table>{rows}</table></body></html>"


def _as_merged_html(text: str) -> str:
    """The page as a government site prints the form: in the indicator table a heading's
    cell spans the rows below it that leave its column empty (`rowspan`), and a row's last
    value spans the empty cells after it (`colspan`)."""
    import html

    grid = [line.split("\t") for line in text.splitlines() if "\t" in line]
    width = max(map(len, grid))
    grid = [row + [""] * (width - len(row)) for row in grid]
    start = next(r for r, row in enumerate(grid) if "一级指标" in row)
    end = next((r for r, row in enumerate(grid) if r > start and row[0] and "指标" not in row[0]), len(grid))
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for column in range(3):
        for r in range(start, end):
            if grid[r][column] and (r, column) not in covered:
                below = r + 1
                while below < end and not grid[below][column] and (column == 0 or not any(grid[below][:column])):
                    below += 1
                if below - r > 1:
                    spans[(r, column)] = (below - r, 1)
                    covered.update((k, column) for k in range(r + 1, below))
    for r, row in enumerate(grid):
        filled = [c for c, cell in enumerate(row) if cell and (r, c) not in covered]
        if filled and (r, filled[-1]) not in spans and filled[-1] + 1 < width and not any(row[filled[-1] + 1:]):
            spans[(r, filled[-1])] = (1, width - filled[-1])
            covered.update((r, c) for c in range(filled[-1] + 1, width))
    rows = []
    for r, row in enumerate(grid):
        cells = []
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = spans.get((r, c), (1, 1))
            attributes = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
            cells.append(f"<td{attributes}>{html.escape(cell)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    title = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()[:3] if "\t" not in line)
    return f"<html><head><meta charset=\"utf-8\"></head><body>{title}<table>{''.join(rows)}</table></body></html>"


def _as_xlsx(text: str, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for number, line in enumerate(text.splitlines(), start=1):
        for column, value in enumerate(line.split("\t"), start=1):
            cell = book.active.cell(number, column, value)
            cell.data_type = "s"  # a target typed `=44 台` is text, as a person types it, not a formula
    book.save(path)


def _as_aligned(text: str) -> str:
    """The table as `pdftotext -layout` prints it: each column as wide as its widest cell
    by display width (a Chinese character two columns), two spaces between columns."""
    from jsperf.errors import display_width

    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    widths = [max(display_width(row[k]) for row in rows if k < len(row)) for k in range(max(map(len, rows)))]
    out = []
    for line in text.splitlines():
        if "\t" not in line:
            out.append(line)
            continue
        out.append("  ".join(cell + " " * (widths[k] - display_width(cell))
                             for k, cell in enumerate(line.split("\t"))).rstrip())
    return "\n".join(out) + "\n"


def _as_flattened(text: str) -> str:
    """A Word or Excel table flattened into text: a row a line, its cells one space apart,
    its empty cells gone."""
    return "".join(" ".join(cell.strip() for cell in line.split("\t") if cell.strip()) + "\n" if "\t" in line
                   else line + "\n" for line in text.splitlines())


def _as_docx(text: str, path: Path) -> None:
    """A Word document: each run of table lines a table, the other lines paragraphs."""
    from docx import Document

    document = Document()
    table_lines: list[list[str]] = []

    def flush() -> None:
        if table_lines:
            table = document.add_table(rows=len(table_lines), cols=max(map(len, table_lines)))
            for row, cells in zip(table.rows, table_lines, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
            table_lines.clear()

    for line in text.splitlines():
        if "\t" in line:
            table_lines.append(line.split("\t"))
        else:
            flush()
            document.add_paragraph(line)
    flush()
    document.save(str(path))


# each source kind a user may hold: (file name, how the printed scorecard becomes that file)
SOURCE_KINDS: dict[str, Callable[[str, Path], None]] = {
    "gb18030.txt": lambda text, path: path.write_bytes(text.encode("gb18030")),
    "utf16.txt": lambda text, path: path.write_bytes(text.encode("utf-16")),
    "pipes.txt": lambda text, path: path.write_text(_as_pipes(text), encoding="utf-8"),
    "aligned.txt": lambda text, path: path.write_text(_as_aligned(text), encoding="utf-8"),
    "flattened.txt": lambda text, path: path.write_text(_as_flattened(text), encoding="utf-8"),
    "page.html": lambda text, path: path.write_bytes(_as_html(text).encode("gbk", errors="replace")),
    "merged.html": lambda text, path: path.write_text(_as_merged_html(text), encoding="utf-8"),
    "book.xlsx": lambda text, path: _as_xlsx(text, path),
    "document.docx": lambda text, path: _as_docx(text, path),
}


@given(scorecards(), st.sampled_from(sorted(SOURCE_KINDS)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_scorecards_read_back_the_same_through_every_source_kind(project, kind) -> None:  # type: ignore[no-untyped-def]
    assume(all(not i.name.isdigit() for i in project.indicator_set.indicators))
    # aligned text loses a row's trailing blank cells: a blank total beside the weights' 100 cannot be told
    assume(kind != "aligned.txt" or (project.reported is not None and project.reported.total is not None))
    assume(kind != "flattened.txt" or " " not in project.name)  # one space apart, `接待 费` is two cells
    text = render_scorecard(project)
    assume(all(ord(ch) < 0x10000 for ch in text))  # GBK pages cannot hold characters beyond the BMP
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / kind
        SOURCE_KINDS[kind](text, path)
        if kind == "page.html":
            assume("?" not in path.read_bytes().decode("gbk"))  # every character survived GBK
        back = read_report_file(path)
    reference = read_report(text, "gen.txt")
    assert report_differences(reference, back) == set()


def one_cell_a_line(text: str) -> str:
    """The scorecard as a browser copies a web table: one cell a line, empty cells gone."""
    return "".join(f"{cell.strip()}\n" for line in text.splitlines() for cell in line.split("\t") if cell.strip())


@given(scorecards())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_copy_that_lost_its_empty_cells_reads_the_same_or_says_what_it_could_not_place(project) -> None:  # type: ignore[no-untyped-def]
    """Where empty cells vanished, a number may stand for more than one column: the card
    then reads the same numbers, or names the row whose columns it cannot tell (JS408) or
    the cells it could not read (JS404, JS407) — never other numbers without a word."""
    assume(all(not i.name.isdigit() for i in project.indicator_set.indicators))
    text = render_scorecard(project)
    back = read_report(one_cell_a_line(text), "cells.txt")
    differences = report_differences(read_report(text, "gen.txt"), back)
    said = {f.code for p in back.projects for f in p.notes} | {f.code for f in back.findings}
    assert not differences or said & {"JS404", "JS407", "JS408"}, differences
