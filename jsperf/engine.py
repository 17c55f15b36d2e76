"""score(project, rules) → Result: the arithmetic of the form, exactly.

Nothing here raises on odd input.  A blank actual, a zero budget, a verdict against a
number: each becomes a finding in the result and the indicator scores nothing, so one
run can report every problem of a scorecard at once.
"""

from __future__ import annotations

from decimal import Decimal, DecimalException

from jsperf.codes import finding
from jsperf.model import (
    Actual,
    Derivation,
    ExecutionResult,
    Finding,
    Indicator,
    IndicatorResult,
    Op,
    Piecewise,
    Project,
    Result,
    RuleSet,
    Span,
    Tier,
)
from jsperf.numbers import convert, plain, round_to

_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


def squash(text: str) -> str:
    return "".join(text.split())


def tier_of(rules: RuleSet, verdict: str, target_word: str | None = None) -> Tier | None:
    """The tier a verdict falls in; a verdict that repeats the target word (`及时` for
    `及时`) counts as achieved, the first tier."""
    word = squash(verdict)
    for tier in rules.tiers:
        if word in tier.words:
            return tier
    if target_word is not None and word == squash(target_word) and rules.tiers:
        return rules.tiers[0]
    return None


def execution_weight(project: Project, rules: RuleSet) -> Decimal:
    weight = project.indicator_set.execution_weight
    return rules.execution_weight if weight is None else weight


def score(project: Project, rules: RuleSet) -> Result:
    findings: list[Finding] = list(project.notes)
    execution = _execution(project, rules, findings)
    indicators = tuple(
        _indicator(project, rules, indicator, project.actuals.get(indicator.name), findings)
        for indicator in project.indicator_set.indicators
    )
    total = round_to(
        (execution.points or _ZERO) + sum((r.points or _ZERO for r in indicators), _ZERO),
        rules.precision,
    )
    return Result(project, rules, execution, indicators, total, grade_of(rules, total), tuple(findings))


def grade_of(rules: RuleSet, total: Decimal) -> str:
    for grade in rules.grades:
        if grade.min_total is None or total >= grade.min_total:
            return grade.name
    return rules.grades[-1].name  # pragma: no cover - the parser demands a catch-all


def _run(piece: Piecewise, env: dict[str, Decimal], rules: RuleSet, findings: list[Finding],
         where: Span | None, **about: str | None) -> tuple[Decimal | None, Derivation]:
    try:
        value, index = piece.evaluate(env)
    except (DecimalException, ZeroDivisionError):
        findings.append(finding("JS113", f"`{piece.label}` of rule set {rules.name} divides by zero "
                                         f"for {_show_env(env)}", where, rule=piece.label, **about))
        return None, Derivation(f"{rules.name}: {piece.label}", None, env)
    case = piece.cases[index] if index >= 0 else None
    points = None if value is None else round_to(value, rules.precision)
    if points is None:
        findings.append(finding("JS110", f"rule set {rules.name}: `{piece.label}` gives no points "
                                         f"for {_show_env(env)}", where, rule=piece.label, **about))
    return points, Derivation(f"{rules.name}: {piece.label}", case, env, points)


def _show_env(env: dict[str, Decimal]) -> str:
    return ", ".join(f"{name} = {plain(value)}" for name, value in env.items())


def _execution(project: Project, rules: RuleSet, findings: list[Finding]) -> ExecutionResult:
    weight = execution_weight(project, rules)
    funds = project.funds
    if funds.budget is None or funds.executed is None:
        findings.append(finding("JS102", "全年预算数 A and 全年执行数 B are both needed for the "
                                         "execution rate", funds.span, project=project.name))
        return ExecutionResult(None, weight, None, None)
    if funds.budget == 0:
        findings.append(finding("JS101", f"全年预算数 A is 0 (B = {plain(funds.executed)}): "
                                         "the execution rate cannot be computed", funds.span,
                                project=project.name))
        if rules.budget_zero is None:
            return ExecutionResult(None, weight, None, None)
        env = {"weight": weight, "executed": funds.executed}
        points, derivation = _run(rules.budget_zero, env, rules, [], funds.span)
        return ExecutionResult(None, weight, points, derivation)
    rate = round_to(funds.executed / funds.budget * _HUNDRED, rules.precision)
    env = {"rate": rate / _HUNDRED, "weight": weight, "budget": funds.budget, "executed": funds.executed}
    points, derivation = _run(rules.execution, env, rules, findings, funds.span, project=project.name)
    return ExecutionResult(rate, weight, points, derivation)


def _met(op: Op, actual: Decimal, target: Decimal, high: Decimal) -> bool:
    return {
        Op.GE: actual >= target, Op.GT: actual > target, Op.LE: actual <= target,
        Op.LT: actual < target, Op.EQ: actual == target, Op.RANGE: target <= actual <= high,
    }[op]


def _indicator(project: Project, rules: RuleSet, indicator: Indicator, actual: Actual | None,
               findings: list[Finding]) -> IndicatorResult:
    about = {"project": project.name, "indicator": indicator.name}
    where = (actual.span if actual is not None else None) or indicator.span
    target = indicator.target

    def nothing(code: str, message: str) -> IndicatorResult:
        findings.append(finding(code, message, where, **about))
        return IndicatorResult(indicator, actual, None, None)

    if actual is None or (actual.value is None and actual.verdict is None):
        text = f" ({actual.text!r})" if actual is not None and actual.text else ""
        if actual is not None and actual.text:
            return nothing("JS104", f"actual{text} is neither a number nor a verdict")
        return nothing("JS103", "no actual (实际完成值) is given")
    if actual.verdict is not None:
        return _qualitative(rules, indicator, actual, findings, where, about)
    assert actual.value is not None
    if not target.numeric:
        return nothing("JS106", f"a number ({plain(actual.value.value)}) was given against the "
                                f"qualitative target {target.word!r}")
    assert target.value is not None
    value = convert(actual.value.value, actual.value.unit, target.unit)
    if value is None:
        source = actual.value.unit.name if actual.value.unit else ""
        return nothing("JS107", f"the actual is in {source!r}, the target in "
                                f"{target.unit.name if target.unit else ''!r}")
    if value < 0:
        return nothing("JS108", f"the actual is negative ({plain(value)})")
    high = target.high if target.high is not None else target.value
    env = {"actual": value, "target": target.value, "weight": indicator.weight,
           "low": target.value, "high": high}
    if target.value == 0 or (target.op is Op.RANGE and high == 0):
        if rules.target_zero is None:
            return nothing("JS110", f"the target is 0 and rule set {rules.name} has no `target zero` rule")
        zero_env = {"actual": value, "weight": indicator.weight,
                    "met": Decimal(int(_met(target.op, value, target.value, high)))}
        points, derivation = _run(rules.target_zero, zero_env, rules, findings, where, **about)
        return IndicatorResult(indicator, actual, points, derivation)
    piece = rules.scores.get(target.op)
    if piece is None:
        return nothing("JS110", f"rule set {rules.name} has no `score {target.op.value}` rule")
    points, derivation = _run(piece, env, rules, findings, where, **about)
    return IndicatorResult(indicator, actual, points, derivation)


def _qualitative(rules: RuleSet, indicator: Indicator, actual: Actual, findings: list[Finding],
                 where: Span | None, about: dict[str, str]) -> IndicatorResult:
    assert actual.verdict is not None
    tier = tier_of(rules, actual.verdict, indicator.target.word)
    if tier is None and indicator.target.numeric:
        findings.append(finding("JS104", f"actual {actual.text or actual.verdict!r} is neither a number nor a "
                                         "verdict", where, **about))
        return IndicatorResult(indicator, actual, None, None)
    if tier is None:
        findings.append(finding("JS109", f"verdict {actual.verdict!r} is in none of rule set "
                                         f"{rules.name}'s tiers ({', '.join(t.name for t in rules.tiers)})",
                                where, **about))
        return IndicatorResult(indicator, actual, None, None)
    if indicator.target.numeric:
        findings.append(finding("JS105", f"verdict {actual.verdict!r} against the numeric target "
                                         f"{plain(indicator.target.value)}; scored by its tier", where, **about))
    weight = indicator.weight
    low, high = round_to(weight * tier.low, rules.precision), round_to(weight * tier.high, rules.precision)
    band = f"{tier.name} {plain(tier.low * 100)}%–{plain(tier.high * 100)}% × {plain(weight)} = {plain(low)}–{plain(high)}"
    if actual.points is None:
        points = round_to(weight * tier.default, rules.precision)
        text = f"{band}; no assessed score, default {plain(tier.default * 100)}% × {plain(weight)} = {plain(points)}"
    else:
        points = actual.points
        text = f"{band}; assessed {plain(points)}"
        if not low <= points <= high:
            findings.append(finding("JS111", f"{plain(points)} lies outside the band of verdict "
                                             f"{actual.verdict!r}: {band}", where, reported=plain(points),
                                    recomputed=f"{plain(low)}–{plain(high)}", rule=f"{rules.name}: tier {tier.name}",
                                    **about))
    return IndicatorResult(indicator, actual, points,
                           Derivation(f"{rules.name}: tier {tier.name}", None, {}, points, text=text))
