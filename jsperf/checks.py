"""Checks of an indicator set's meaning, beyond its syntax: each a plain function
returning findings, held in one tuple so that adding a check is adding a line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from jsperf.codes import finding
from jsperf.engine import execution_weight
from jsperf.lang.format import format_target
from jsperf.model import Finding, IndicatorSet, Op, RuleSet, UnitKind
from jsperf.numbers import plain
from jsperf.slips import placeholder
from jsperf.vocabulary import is_cost, level2_names, level2_of

Check = Callable[[IndicatorSet, RuleSet], Iterator[Finding]]


def weights_total(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    if indicator_set.template:
        return
    execution = execution_weight(indicator_set, rules)
    total = sum((i.weight for i in indicator_set.indicators), Decimal(0)) + execution
    if total != rules.total:
        yield finding("JS201", indicator_set.span, project=indicator_set.name, reported=plain(total),
                      recomputed=plain(rules.total), rule=f"{rules.name}: total", total=total, execution=execution,
                      indicators=total - execution, expected=rules.total)


def duplicate_names(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    seen: set[str] = set()
    for indicator in indicator_set.indicators:
        if indicator.name in seen:
            yield finding("JS202", indicator.span, project=indicator_set.name, indicator=indicator.name,
                          name=repr(indicator.name))
        seen.add(indicator.name)


def target_fits_heading(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    for indicator in indicator_set.indicators:
        target = indicator.target
        about = {"project": indicator_set.name, "indicator": indicator.name}
        if is_cost(indicator.level1, indicator.level2) and target.op in (Op.GE, Op.GT):
            yield finding("JS203", indicator.span, **about, kind="cost_ge", op=target.op.value)
        elif indicator.level2 == "数量指标" and target.op is Op.QUAL:
            yield finding("JS203", indicator.span, **about, kind="quantity_word", target=repr(target.word))
        elif target.op is Op.QUAL and target.word == "及时" and indicator.level2 != "时效指标":
            yield finding("JS203", indicator.span, **about, kind="timely_word", target=repr(target.word),
                          level2=indicator.level2)
        elif (is_cost(indicator.level1, indicator.level2) and target.numeric and target.unit is not None
              and target.unit.kind is not UnitKind.MONEY):
            yield finding("JS203", indicator.span, **about, kind="cost_unit", unit=repr(target.unit.name))


def targets_filled_in(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    """A template's or a published form's blank (`<= 0 万元`, `>= 0 个`, `**`): the set is not
    filled in, and the engine scores such an indicator nothing."""
    for indicator in indicator_set.indicators:
        if placeholder(indicator.target):
            yield finding("JS116", indicator.span, project=indicator_set.name, indicator=indicator.name,
                          target=format_target(indicator.target))


def basis_given(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    if not rules.require_basis:
        return
    for indicator in indicator_set.indicators:
        if not indicator.basis:
            yield finding("JS204", indicator.span, project=indicator_set.name, indicator=indicator.name,
                          rules=rules.name)


def known_headings(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    for indicator in indicator_set.indicators:
        if level2_of(indicator.level1, indicator.level2) is None:  # the form's 二级指标, or an older form's
            yield finding("JS205", indicator.span, project=indicator_set.name, indicator=indicator.name,
                          level2=repr(indicator.level2), level1=indicator.level1,
                          known=", ".join(level2_names(indicator.level1)))


def execution_weight_agrees(indicator_set: IndicatorSet, rules: RuleSet) -> Iterator[Finding]:
    weight = indicator_set.execution_weight
    if weight is not None and weight != rules.execution_weight:
        yield finding("JS206", indicator_set.span, project=indicator_set.name, reported=plain(weight),
                      recomputed=plain(rules.execution_weight), weight=weight, expected=rules.execution_weight,
                      rules=rules.name)


CHECKS: tuple[Check, ...] = (
    weights_total, duplicate_names, target_fits_heading, targets_filled_in, basis_given, known_headings,
    execution_weight_agrees,
)


def check_set(indicator_set: IndicatorSet, rules: RuleSet) -> list[Finding]:
    return [item for check in CHECKS for item in check(indicator_set, rules)]
