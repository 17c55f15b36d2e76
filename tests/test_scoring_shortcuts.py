"""What scoring skips to be fast must change nothing: a plain scorecard's quick total
and its records made later are those of scoring it in full, the money slips' cheap test
(`slips._far_apart`) lets through every project either finding is said of, and the
collector's pause freezes what was made instead of leaving it to one long scan."""

from __future__ import annotations

import gc
import random
from decimal import Decimal

import attrs
import pytest

from jsperf import engine, slips
from jsperf.engine import _quick_points, _scored, points, score
from jsperf.gcpause import paused
from jsperf.model import Actual, Funds, Indicator, Op, Project, Quantity, Target
from jsperf.numbers import unit_of
from jsperf.rules.parse import load_rules
from jsperf.samples import random_project

AMOUNTS = ("0", "-5", "0.01", "1", "12", "113000", "1200000", "50000000")
MONEY = (None, "元", "万元", "亿元", "人")


def _money_mixed(rng: random.Random, number: int) -> Project:
    """A generated project whose fund figures, money targets and actuals are drawn
    from amounts up to a million times apart, in every money unit (and none)."""
    project = random_project(rng, number)

    def amount() -> Decimal | None:
        return rng.choice((None, *map(Decimal, AMOUNTS)))

    def unit() -> object:
        name = rng.choice(MONEY)
        return None if name is None else unit_of(name)

    indicators, actuals = [], dict(project.actuals)
    for indicator in project.indicator_set.indicators:
        value = amount()
        if rng.random() < 0.5 and value is not None:
            indicator = attrs.evolve(indicator, target=Target(indicator.target.op, value, unit=unit()))
            actuals[indicator.name] = Actual(Quantity(value * rng.choice((1, 10, 10_000)), unit()))
        indicators.append(indicator)
    funds = Funds(amount(), amount(), amount())
    return attrs.evolve(project, funds=funds, actuals=actuals,
                        indicator_set=attrs.evolve(project.indicator_set, indicators=tuple(indicators)))


def test_the_money_slips_cheap_test_lets_every_finding_through(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    projects = [_money_mixed(rng, number) for number in range(3000)]
    with_test = [list(slips.money_findings(project)) for project in projects]
    monkeypatch.setattr(slips, "_far_apart", lambda project: True)
    assert [list(slips.money_findings(project)) for project in projects] == with_test
    said = {found.code for findings in with_test for found in findings}
    assert said == {"JS120", "JS310"}  # the sample reaches both findings


def test_leaving_a_pause_freezes_what_was_made() -> None:
    frozen = gc.get_freeze_count()
    with paused():
        with paused():
            made = [[number] for number in range(10_000)]
        assert not gc.isenabled()  # an inner pause leaves the outer one paused
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made)


def _odd(rng: random.Random, indicator: Indicator, actual: Actual) -> tuple[Indicator, Actual | None]:
    """One indicator made odd in one of the ways the quick total must hand on."""
    target = indicator.target
    odd = rng.randrange(12)
    if odd == 0:
        return indicator, None
    if odd == 1:
        return indicator, Actual(verdict=rng.choice(("达成", "不知所云", "及时")))
    if odd == 2:
        return indicator, Actual(verdict="达成", points=Decimal(rng.choice(("3", "20", "100"))))
    if odd == 3:
        return indicator, Actual(Quantity(Decimal(rng.choice(("0.5", "0.92", "1", "113000"))), None))
    if odd == 4:
        return indicator, Actual(Quantity(Decimal(rng.randint(1, 300)), unit_of(rng.choice(("万元", "人次", "个")))))
    if odd == 5:
        return indicator, Actual(Quantity(Decimal(-3), None))
    if odd == 6 and target.numeric:
        return attrs.evolve(indicator, target=Target(target.op, Decimal(0), unit=target.unit)), actual
    if odd == 7:
        return attrs.evolve(indicator, target=Target(Op.QUAL, word="**")), Actual(verdict="达成")
    if odd == 8:
        low = Decimal(rng.randint(1, 80))
        return attrs.evolve(indicator, target=Target(Op.RANGE, low, low + rng.randint(0, 20))), actual
    if odd == 9:
        return indicator, attrs.evolve(actual, deviation_note="受疫情影响")
    if odd == 10:
        return attrs.evolve(indicator, target=Target(rng.choice([op for op in Op if op is not Op.QUAL]), Decimal(50))), actual
    return indicator, Actual(text="见附件")


def _varied(rng: random.Random, number: int) -> Project:
    """A generated project, plain or with odd indicators or funds."""
    project = random_project(rng, number)
    indicators, actuals = [], dict(project.actuals)
    for indicator in project.indicator_set.indicators:
        if rng.random() < 0.15:
            indicator, actual = _odd(rng, indicator, actuals.pop(indicator.name))
            if actual is not None:
                actuals[indicator.name] = actual
        indicators.append(indicator)
    funds = project.funds
    if rng.random() < 0.1:
        budget, executed = rng.choice(((None, Decimal(5)), (Decimal(0), Decimal(5)), (Decimal(-1), Decimal(5)),
                                       (Decimal(10), None), (Decimal(10), Decimal(-2))))
        funds = Funds(budget, budget, executed)
    return attrs.evolve(project, funds=funds, actuals=actuals,
                        indicator_set=attrs.evolve(project.indicator_set, indicators=tuple(indicators)))


@pytest.mark.parametrize("rules_name", ["jiangxi", "national", "twenty"])
def test_the_quick_points_and_the_records_made_later_are_those_scored_in_full(rules_name: str) -> None:
    rules = load_rules(rules_name)
    rng = random.Random(5)
    money = (_money_mixed(rng, number) for number in range(300))  # less those with a number for a word target
    projects = [_varied(rng, number) for number in range(1500)] + [
        project for project in money
        if not any(i.target.op is Op.QUAL and i.target.value is not None for i in project.indicator_set.indicators)]
    quick = [project for project in projects if _quick_points(project, rules) is not None]
    assert 300 < len(quick) < len(projects)  # both ways are taken
    for project in projects:
        later, full = score(project, rules), _scored(project, rules)
        assert (later.total, later.grade, later.execution, later.indicators, later.findings) == \
            (full.total, full.grade, full.execution, full.indicators, full.findings)
        assert later == full
        assert points(project, rules) == (full.execution.points, tuple(item.points for item in full.indicators),
                                          full.total)  # what choosing a rule set compares, quick or not


def test_the_records_made_when_read_are_frozen_too() -> None:
    rules = load_rules("jiangxi")
    project = random_project(random.Random(1), 1)
    assert _quick_points(project, rules) is not None
    result = score(project, rules)
    frozen = gc.get_freeze_count()
    assert len(result.indicators) == len(project.indicator_set.indicators)
    assert gc.get_freeze_count() > frozen


def test_scoring_in_full_at_once_skips_the_quick_total(monkeypatch: pytest.MonkeyPatch) -> None:
    """An audit reads every part, so it asks for the full scoring at once (`full=True`):
    the same result, with no quick total added up first and nothing left to make."""
    rules = load_rules("jiangxi")
    project = random_project(random.Random(1), 1)
    assert _quick_points(project, rules) is not None
    lazy = score(project, rules)
    monkeypatch.setattr(engine, "_quick_points", lambda project, rules: pytest.fail("quick total added up"))
    full = score(project, rules, full=True)
    assert not callable(full._execution) and not callable(full._indicators) and not callable(full._findings)
    assert full == lazy
