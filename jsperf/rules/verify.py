"""`jsperf rules check`: sample every formula of a rule set and report, with a
counter-example, any way it gives points outside [0, weight] or fewer points for a
better result.  Sampling is exhaustive over a grid chosen around the places rules bend
(60 %, 100 %, twice the target), not random, so a report is repeatable."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, DecimalException

from jsperf.messages import t
from jsperf.model import Op, Piecewise, RuleSet
from jsperf.numbers import plain

_FACTORS = [Decimal(x) for x in ("0", "0.1", "0.3", "0.5", "0.59", "0.6", "0.61", "0.75", "0.8", "0.99",
                                 "1", "1.01", "1.2", "1.5", "1.99", "2", "2.01", "3", "10")]
_TARGETS = [Decimal(x) for x in ("1", "3", "90", "100", "2072178.4")]
_WEIGHTS = [Decimal(x) for x in ("5", "15", "20")]
# For each operator: +1 when a larger actual is better, -1 when smaller is, 0 two-sided
_DIRECTION = {Op.GE: 1, Op.GT: 1, Op.LE: -1, Op.LT: -1, Op.EQ: 0, Op.RANGE: 0}


def _evaluate(piece: Piecewise, env: dict[str, Decimal]) -> Decimal | str | None:
    try:
        return piece.run(env)[0]
    except (DecimalException, ZeroDivisionError):
        return t("verify.division_by_zero")


def _show(env: dict[str, Decimal]) -> str:
    return ", ".join(f"{k} = {plain(v)}" for k, v in env.items())


# What every standard card needs: a rule for each operator its numeric targets use, and
# tiers for its qualitative ones (`grades:` the parser already demands, naming the block).
_STANDARD_OPS = (Op.GE, Op.LE, Op.EQ)


def verify(rules: RuleSet) -> list[str]:
    return [*_missing(rules), *_execution(rules),
            *(p for op, piece in rules.scores.items() for p in _score(rules, op, piece))]


def _missing(rules: RuleSet) -> Iterator[str]:
    """The blocks without which a standard card cannot be scored in full."""
    for op in _STANDARD_OPS:
        if op not in rules.scores:
            yield t("verify.no_score_rule", op=op.value)
    if not rules.tiers:
        yield t("verify.no_tiers")


def _execution(rules: RuleSet) -> Iterator[str]:
    weight = rules.execution_weight
    previous: tuple[Decimal, Decimal] | None = None
    for step in range(0, 121):
        rate = Decimal(step) / 100
        env = {"rate": rate, "weight": weight, "budget": Decimal(100), "executed": rate * 100}
        points = _evaluate(rules.execution, env)
        if isinstance(points, str) or points is None:
            yield t("verify.fails", label="execution", what=points or t("verify.no_points"), env=_show(env))
            return
        if not 0 <= points <= weight:
            yield t("verify.outside_rate", points=plain(points), weight=plain(weight), rate=plain(rate * 100))
            return
        if previous is not None and points < previous[1]:
            yield t("verify.execution_drops", rate=plain(rate * 100), points=plain(points), previous=plain(previous[1]),
                    previous_rate=plain(previous[0] * 100))
            return
        previous = (rate, points)


def _score(rules: RuleSet, op: Op, piece: Piecewise) -> Iterator[str]:
    direction = _DIRECTION[op]
    for target in _TARGETS:
        for weight in _WEIGHTS:
            previous: tuple[Decimal, Decimal] | None = None
            for factor in _FACTORS:
                actual = target * factor
                env = {"actual": actual, "target": target, "weight": weight, "low": target, "high": target}
                points = _evaluate(piece, env)
                label = f"score {op.value}"
                if isinstance(points, str):
                    yield t("verify.fails", label=label, what=points, env=_show(env))
                    return
                if points is None:
                    continue
                if not 0 <= points <= weight:
                    yield t("verify.outside", label=label, points=plain(points), weight=plain(weight), env=_show(env))
                    return
                if previous is not None:
                    better_now = direction > 0 or (direction == 0 and actual <= target)
                    worse = points < previous[1] if better_now else points > previous[1]
                    if worse:
                        yield t("verify.rewards_worse" if better_now else "verify.punishes_better", label=label,
                                actual=plain(actual), points=plain(points), previous=plain(previous[0]),
                                previous_points=plain(previous[1]), target=plain(target), weight=plain(weight))
                        return
                previous = (actual, points)
