"""Properties that must hold for any input, checked by Hypothesis."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import attrs
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
from tests.forms import SOURCE_KINDS, one_cell_a_line
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
        # the deviation note, if any: a word, or a sentence that holds a comma
        actual = attrs.evolve(actual, deviation_note=draw(st.sampled_from([None, "无", "供货延迟，下半年补齐"])))
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
