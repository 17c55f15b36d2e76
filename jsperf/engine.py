"""score(project, rules) → Result: the arithmetic of the form, exactly.

Nothing here raises on odd input.  A blank actual, a zero budget, a verdict against a
number: each becomes a finding in the result and the indicator scores nothing, so one
run can report every problem of a scorecard at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from decimal import Decimal, DecimalException
from typing import Any

from jsperf.codes import finding
from jsperf.gcpause import paused
from jsperf.lang.format import format_target
from jsperf.model import (
    Actual,
    Derivation,
    ExecutionResult,
    Finding,
    Indicator,
    IndicatorResult,
    IndicatorSet,
    Op,
    Piecewise,
    Project,
    Result,
    RuleSet,
    Span,
    Target,
    Tier,
    UnitKind,
)
from jsperf.numbers import HALF_UP, convert, plain, round_to
from jsperf.slips import (
    money_findings,
    money_unit_meant,
    percent_typed_as_fraction,
    placeholder,
    related_units,
)
from jsperf.vocabulary import squash

_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
_ONE = Decimal(1)
# read in the inner loop: `Op.QUAL` looks the member up anew each time (Python 3.11)
_QUAL = Op.QUAL


def tier_of(rules: RuleSet, verdict: str, target_word: str | None = None) -> Tier | None:
    """The tier a verdict falls in; a verdict that repeats the target word (`及时` for
    `及时`) counts as achieved, the first tier.  Verdicts usually arrive without spaces,
    so the lookup as given comes first."""
    word = verdict if verdict in rules.tier_words else squash(verdict)
    tier = rules.tier_words.get(word)
    if tier is None and target_word is not None and word == squash(target_word) and rules.tiers:
        return rules.tiers[0]
    return tier


def accepted_words(rules: RuleSet) -> str:
    """Every verdict word a rule set accepts, by tier: `达成: 达成年度指标、达成; 部分达成: …`."""
    return "; ".join(f"{tier.name}: {'、'.join(tier.words)}" for tier in rules.tiers)


def execution_weight(indicator_set: IndicatorSet, rules: RuleSet) -> Decimal:
    """The set's own execution weight, else the rule set's."""
    weight = indicator_set.execution_weight
    return rules.execution_weight if weight is None else weight


def score(project: Project, rules: RuleSet, *, full: bool = False) -> Result:
    """The scorecard's total and grade, its execution and each indicator scored.

    Most scorecards are plain: funds to divide, verdicts in the rules' words, numbers in
    their targets' units.  Their total is added up the quick way (`_quick_points`), and
    the records that may never be read (the execution, each indicator with its
    derivation, the findings) are made in full when first read.  Any other scorecard is scored in
    full at once (`_scored`), and so is every one when `full`: a caller that reads every part
    (an audit) would otherwise pay for the quick total as well."""
    quick = None if full else _quick_points(project, rules)
    if quick is None:
        return _scored(project, rules)
    total = quick[2]
    later = _Later(project, rules)
    return Result(project, rules, later, later, total, grade_of(rules, total), later)


def points(project: Project, rules: RuleSet) -> tuple[Decimal | None, tuple[Decimal | None, ...], Decimal]:
    """A scorecard's execution points, each indicator's points (in the set's order) and
    its total, as `score` gives them: all that choosing a rule set compares with the
    published numbers, so a plain scorecard is only added up the quick way, under each
    candidate, and no record is made for it."""
    quick = _quick_points(project, rules)
    if quick is not None:
        return quick
    result = _scored(project, rules)
    return result.execution.points, tuple(item.points for item in result.indicators), result.total


def _scored(project: Project, rules: RuleSet) -> Result:
    """A scorecard scored in full: every record made, every finding said."""
    findings: list[Finding] = list(project.notes)
    execution = score_execution(project, rules, findings)
    actuals = project.actuals
    total = execution.points or _ZERO
    items = []
    unexplained = []  # targets missed with no deviation note: JS119, said after the indicators' own findings
    for indicator in project.indicator_set.indicators:
        actual = actuals.get(indicator.name)
        item = _indicator(project, rules, indicator, actual, findings)
        items.append(item)
        if item.points is None:
            continue
        total += item.points
        if missed(rules, item) and not (actual is not None and actual.deviation_note):
            unexplained.append(item)
    for item in unexplained:
        findings.append(finding("JS119", (item.actual.span if item.actual else None) or item.indicator.span,
                                project=project.name, indicator=item.indicator.name, points=item.points,
                                weight=item.indicator.weight, rules=rules.name))
    findings.extend(money_findings(project))
    total = round_to(total, rules.precision)
    return Result(project, rules, execution, tuple(items), total, grade_of(rules, total), tuple(findings))


class _Later:
    """A scorecard's full scoring, done the first time a part of its `Result` is read."""

    __slots__ = ("_result", "project", "rules")

    def __init__(self, project: Project, rules: RuleSet) -> None:
        self.project, self.rules = project, rules
        self._result: Result | None = None

    def __call__(self) -> Result:
        if self._result is None:
            with paused():  # its records frozen as `score_all` freezes them, not left for the collector to scan
                self._result = _scored(self.project, self.rules)
        return self._result


def _quick_points(project: Project, rules: RuleSet) -> tuple[Decimal, tuple[Decimal, ...], Decimal] | None:
    """The points of a plain scorecard (its execution's, each indicator's, its total),
    added up as `_scored` adds them, and nothing else:
    its findings are all said by `_scored`, when they are read.  None as soon as a part
    is not plain (blank, zero or negative, a rule that fails, a verdict outside the
    rules' words or against a number, a unit to convert, a placeholder), for `_scored`
    to score and explain."""
    precision = rules.precision
    funds = project.funds
    budget, executed = funds.budget, funds.executed
    if not budget or budget < _ZERO or executed is None or executed < _ZERO:
        return None
    weight = execution_weight(project.indicator_set, rules)
    exact = executed / budget * _HUNDRED
    rate = exact.quantize(precision, None, HALF_UP) if rules.round_rate else exact
    try:
        raw, _ = rules.execution.evaluate(rate / _HUNDRED, weight, budget, executed)
    except (DecimalException, ZeroDivisionError):
        return None
    if raw is None:
        return None
    execution = raw.quantize(precision, None, HALF_UP)
    total = execution or _ZERO
    parts = []
    actuals, tier_words, scores = project.actuals, rules.tier_words, rules.scores
    for indicator in project.indicator_set.indicators:
        actual = actuals.get(indicator.name)
        if actual is None:
            return None
        target = indicator.target
        op = target.op
        if op is _QUAL:
            tier = tier_words.get(actual.verdict)  # type: ignore[arg-type]  # None: no tier
            if tier is None or _placeholder_word(target.word):
                return None
            assessed = actual.points
            part = (indicator.weight * tier.default).quantize(precision, None, HALF_UP) if assessed is None \
                else assessed
            total += part
            parts.append(part)
            continue
        quantity, low, high = actual.value, target.value, target.high
        if actual.verdict is not None or quantity is None or not low or (high is not None and not high):
            return None
        value, unit = quantity.value, quantity.unit
        piece = scores.get(op)
        if piece is None or value < _ZERO or (unit is not None and unit is not target.unit):
            return None
        try:
            raw, _ = piece.evaluate(value, low, indicator.weight, low, low if high is None else high)
        except (DecimalException, ZeroDivisionError):
            return None
        if raw is None:
            return None
        part = raw.quantize(precision, None, HALF_UP)
        total += part
        parts.append(part)
    return execution, tuple(parts), total.quantize(precision, None, HALF_UP)


@functools.lru_cache(maxsize=4096)
def _placeholder_word(word: str | None) -> bool:
    """Whether a word target is a placeholder (`**`): asked for every verdict scored,
    of the few words targets use."""
    return placeholder(Target(Op.QUAL, word=word))


def score_all(projects: Sequence[Project], rules_for: Callable[[Project], RuleSet],
              progress: Callable[[int, int], None] | None = None, *, full: bool = False) -> list[Result]:
    """Score many projects (each in full at once when `full`, as `score`), telling
    `progress(done, total)` every 100."""
    with paused():
        results = []
        for number, project in enumerate(projects, start=1):
            results.append(score(project, rules_for(project), full=full))
            if progress is not None and (number % 100 == 0 or number == len(projects)):
                progress(number, len(projects))
        return results


def missed(rules: RuleSet, item: IndicatorResult) -> bool:
    """Whether an indicator's target was not met by the rule set's own test: a verdict
    below the first tier, or a number its rule scores below the full weight."""
    derivation = item.derivation
    if derivation is None or item.points is None:
        return False
    if derivation.tier is not None:
        return bool(rules.tiers) and derivation.tier is not rules.tiers[0]
    return item.points < item.indicator.weight


def same_grade(rules: RuleSet, printed: str, grade: str) -> bool:
    """Whether a printed grade names `grade` of the rule set, by its name or another
    name the rule set gives its band (`中 >= 60: "合格"`)."""
    return printed == grade or any(g.name == grade and squash(printed) in g.words for g in rules.grades)


def grade_of(rules: RuleSet, total: Decimal) -> str:
    for grade in rules.grades:
        if grade.min_total is None or total >= grade.min_total:
            return grade.name
    return rules.grades[-1].name  # pragma: no cover - the parser demands a catch-all


def _run(piece: Piecewise, inputs: tuple[Decimal, ...], rules: RuleSet, findings: list[Finding],
         where: Span | None, project: str, indicator: str | None = None) -> tuple[Decimal | None, Derivation]:
    """Apply a rule to its inputs; a failure (division by zero, a `none` case, no case)
    becomes a finding and no points."""
    try:
        value, index = piece.evaluate(*inputs)
    except (DecimalException, ZeroDivisionError):
        value, index = None, -1
        findings.append(finding("JS113", where, rule=piece.label, project=project, indicator=indicator,
                                rules=rules.name, inputs=_show(piece, inputs)))
    else:
        if value is None:
            findings.append(finding("JS110", where, rule=piece.label, project=project, indicator=indicator,
                                    kind="none", rules=rules.name, inputs=_show(piece, inputs)))
    points = None if value is None else round_to(value, rules.precision)
    return points, Derivation(rules.name, piece, index, inputs, points)


def _show(piece: Piecewise, inputs: tuple[Decimal, ...]) -> str:
    return ", ".join(f"{name} = {plain(value)}" for name, value in zip(piece.params, inputs, strict=True))


def score_execution(project: Project, rules: RuleSet, findings: list[Finding]) -> ExecutionResult:
    """The execution rate and its points from the project's funds (findings appended)."""
    weight = execution_weight(project.indicator_set, rules)
    funds = project.funds
    budget, executed = funds.budget, funds.executed
    if budget is None or executed is None:
        findings.append(finding("JS102", funds.span, project=project.name))
        return ExecutionResult(None, weight, None, None)
    if budget < _ZERO or executed < _ZERO:
        negative = [name for name, value in (("全年预算数 A", budget), ("全年执行数 B", executed)) if value < 0]
        findings.append(finding("JS117", funds.span, project=project.name, figures="、".join(negative),
                                budget=budget, executed=executed))
        return ExecutionResult(None, weight, None, None)
    if not budget:
        findings.append(finding("JS101", funds.span, project=project.name, executed=executed))
        if rules.budget_zero is None:
            return ExecutionResult(None, weight, None, None)
        points, derivation = _run(rules.budget_zero, (weight, executed), rules, [], funds.span, project.name)
        return ExecutionResult(None, weight, points, derivation)
    exact = executed / budget * _HUNDRED
    rate = round_to(exact, rules.precision)  # as the form prints it
    inputs = ((rate if rules.round_rate else exact) / _HUNDRED, weight, budget, executed)
    points, derivation = _run(rules.execution, inputs, rules, findings, funds.span, project.name)
    return ExecutionResult(rate, weight, points, derivation)


def target_met(op: Op, actual: Decimal, target: Decimal, high: Decimal | None = None) -> bool:
    """Whether `actual` meets a numeric target (`high`: the top of a range)."""
    high = target if high is None else high
    return {
        Op.GE: actual >= target, Op.GT: actual > target, Op.LE: actual <= target,
        Op.LT: actual < target, Op.EQ: actual == target, Op.RANGE: target <= actual <= high,
    }[op]


def _nothing(indicator: Indicator, actual: Actual | None, findings: list[Finding], project: Project, code: str,
             /, **params: Any) -> IndicatorResult:
    """The indicator cannot be scored: say why, score nothing."""
    where = (actual.span if actual is not None else None) or indicator.span
    findings.append(finding(code, where, project=project.name, indicator=indicator.name, **params))
    return IndicatorResult(indicator, actual, None, None)


def _indicator(project: Project, rules: RuleSet, indicator: Indicator, actual: Actual | None,
               findings: list[Finding]) -> IndicatorResult:
    """One indicator scored: the common cases (a verdict in the rules' words, a number in
    the target's unit) straight through, each rarer one handed on as soon as it shows."""
    target = indicator.target
    op = target.op
    # only a word target or a target of 0 can be a placeholder: said by the checks (JS116), scored nothing
    if (op is Op.QUAL or target.value == _ZERO) and placeholder(target):
        return IndicatorResult(indicator, actual, None, None)
    if actual is None:
        return _nothing(indicator, actual, findings, project, "JS103")
    verdict = actual.verdict
    if verdict is not None:
        tier = rules.tier_words.get(verdict) or tier_of(rules, verdict, target.word)
        if tier is None or op is not Op.QUAL:
            return _qualitative_odd(project, rules, indicator, actual, verdict, tier, findings)
        weight = indicator.weight
        if actual.points is None:
            points = round_to(weight * tier.default, rules.precision)
            return IndicatorResult(indicator, actual, points, Derivation(rules.name, None, -1, (weight,), points, tier))
        return _assessed(project, rules, indicator, actual, tier, findings)
    quantity = actual.value
    if quantity is None:
        if actual.text:
            return _nothing(indicator, actual, findings, project, "JS104", actual=repr(actual.text))
        return _nothing(indicator, actual, findings, project, "JS103")
    low = target.value
    if low is None:
        return _nothing(indicator, actual, findings, project, "JS106", actual=quantity.value, target=repr(target.word))
    value, unit = quantity.value, quantity.unit
    if unit is not None and unit is not target.unit and unit != target.unit:
        converted = convert(value, unit, target.unit)
        if converted is None and target.unit is not None and related_units(unit, target.unit):
            return _nothing(indicator, actual, findings, project, "JS118", actual=plain(value),
                            actual_unit=unit.name, target_unit=target.unit.name)
        if converted is None:
            return _nothing(indicator, actual, findings, project, "JS107", actual_unit=repr(unit.name),
                            target_unit=repr(target.unit.name if target.unit else ""))
        value = converted
    if value < _ZERO:
        return _nothing(indicator, actual, findings, project, "JS108", actual=value)
    # a bare number can be a slip only as a fraction (at most 1) or against money: tested only then
    if unit is None and target.unit is not None and (value <= _ONE or target.unit.kind is UnitKind.MONEY):
        _typed_in_another_unit(project, indicator, actual, value, findings)
    high = target.high if target.high is not None else low
    weight = indicator.weight
    if not low or not high:
        if rules.target_zero is None:
            return _nothing(indicator, actual, findings, project, "JS110", kind="zero", rules=rules.name)
        met = Decimal(int(target_met(op, value, low, high)))
        zero_points, derivation = _run(rules.target_zero, (value, weight, met), rules, findings,
                                       actual.span or indicator.span, project.name, indicator.name)
        return IndicatorResult(indicator, actual, zero_points, derivation)
    piece = rules.scores.get(op)
    if piece is None:
        return _nothing(indicator, actual, findings, project, "JS110", kind="missing", rules=rules.name,
                        rule=f"score {op.value}")
    inputs = (value, low, weight, low, high)
    try:  # the common case inline; `_run` turns the rare failures into findings
        raw, index = piece.evaluate(*inputs)
    except (DecimalException, ZeroDivisionError):
        raw = None
    if raw is None:
        failed, derivation = _run(piece, inputs, rules, findings, actual.span or indicator.span, project.name,
                                  indicator.name)
        return IndicatorResult(indicator, actual, failed, derivation)
    points = round_to(raw, rules.precision)
    return IndicatorResult(indicator, actual, points, Derivation(rules.name, piece, index, inputs, points))


def _typed_in_another_unit(project: Project, indicator: Indicator, actual: Actual, value: Decimal,
                           findings: list[Finding]) -> None:
    """A bare actual whose size fits another unit than the target's: a fraction for a
    percentage (JS114), 元 for 万元 (JS115).  It is scored as written; the finding says
    what was probably meant."""
    assert actual.value is not None
    unit, target = actual.value.unit, indicator.target
    if unit is not None or target.unit is None:  # the common case, decided before anything is formatted
        return
    where, shown = actual.span or indicator.span, plain(value)
    if (percent := percent_typed_as_fraction(value, unit, target)) is not None:
        findings.append(finding("JS114", where, project=project.name, indicator=indicator.name, actual=shown,
                                target=format_target(target), meant=f"{plain(percent)}%"))
    elif (meant := money_unit_meant(value, target)) is not None:
        findings.append(finding("JS115", where, project=project.name, indicator=indicator.name, actual=shown,
                                target=format_target(target), unit=target.unit.name, meant=f"{shown} {meant.name}",
                                converted=f"{plain(convert(value, meant, target.unit))} {target.unit.name}"))


def _qualitative_odd(project: Project, rules: RuleSet, indicator: Indicator, actual: Actual, verdict: str,
                    tier: Tier | None, findings: list[Finding]) -> IndicatorResult:
    """A verdict in no tier, or a verdict against a numeric target."""
    target = indicator.target
    if tier is None and target.numeric:
        return _nothing(indicator, actual, findings, project, "JS104", actual=repr(actual.text or verdict))
    if tier is None:
        return _nothing(indicator, actual, findings, project, "JS109", verdict=repr(verdict), rules=rules.name,
                        tiers=accepted_words(rules))
    findings.append(finding("JS105", actual.span or indicator.span, project=project.name, indicator=indicator.name,
                            verdict=repr(verdict), target=target.value))
    if actual.points is None:
        weight = indicator.weight
        points = round_to(weight * tier.default, rules.precision)
        return IndicatorResult(indicator, actual, points, Derivation(rules.name, None, -1, (weight,), points, tier))
    return _assessed(project, rules, indicator, actual, tier, findings)


def _assessed(project: Project, rules: RuleSet, indicator: Indicator, actual: Actual, tier: Tier,
              findings: list[Finding]) -> IndicatorResult:
    """A verdict with the evaluator's points: kept, and said when outside the tier's band."""
    points = actual.points
    assert points is not None
    weight = indicator.weight
    low, high = weight * tier.low, weight * tier.high
    if not low <= points <= high:
        findings.append(finding(
            "JS111", actual.span or indicator.span, project=project.name, indicator=indicator.name,
            reported=plain(points), recomputed=f"{plain(low)}–{plain(high)}", rule=f"{rules.name}: tier {tier.name}",
            points=points, verdict=repr(actual.verdict), tier=tier.name, low_pct=f"{plain(tier.low * 100)}%",
            high_pct=f"{plain(tier.high * 100)}%", weight=weight, low=low, high=high))
    return IndicatorResult(indicator, actual, points, Derivation(rules.name, None, -1, (weight, points), points, tier))
