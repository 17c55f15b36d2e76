"""What scoring skips to be fast must change nothing: the money slips' cheap test
(`slips._far_apart`) lets through every project either finding is said of, and the
collector's pause freezes what was made instead of leaving it to one long scan."""

from __future__ import annotations

import gc
import random
from decimal import Decimal

import attrs
import pytest

from jsperf import slips
from jsperf.gcpause import paused
from jsperf.model import Actual, Funds, Project, Quantity, Target
from jsperf.numbers import unit_of
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
