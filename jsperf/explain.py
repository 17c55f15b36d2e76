"""How each number of a result came about, as a person would write it in a letter:
the rule-set line, the formula with the numbers put in, and the result."""

from __future__ import annotations

from pathlib import Path

from jsperf.model import Derivation, Result
from jsperf.numbers import plain
from jsperf.rules.compile import render


def describe(derivation: Derivation | None) -> str:
    if derivation is None:
        return ""
    if derivation.tier is not None:
        return f"{derivation.rule}: {describe_tier(derivation)}"
    case = derivation.case
    if case is None:
        return derivation.rule
    where = f"{Path(case.span.file).name}:{case.span.line}"
    condition = f"when {render(case.cond, derivation.env)}" if case.cond is not None else "else"
    if case.expr is None:
        return f"{derivation.rule} ({where}, {condition}): no points"
    formula = render(case.expr, derivation.env)
    shown = plain(derivation.result)
    result = "" if formula == shown else f" = {shown}"
    return f"{derivation.rule} ({where}, {condition}): {formula}{result}"


def describe_tier(derivation: Derivation) -> str:
    tier, env = derivation.tier, derivation.env
    assert tier is not None
    weight = env["weight"]
    band = (f"{tier.name} {plain(tier.low * 100)}%–{plain(tier.high * 100)}% × {plain(weight)} = "
            f"{plain(weight * tier.low)}–{plain(weight * tier.high)}")
    if "assessed" in env:
        return f"{band}; assessed {plain(env['assessed'])}"
    return f"{band}; no assessed score, default {plain(tier.default * 100)}% × {plain(weight)} = {plain(derivation.result)}"


def describe_total(result: Result) -> str:
    parts = [result.execution.points, *(r.points for r in result.indicators)]
    return " + ".join(plain(p) if p is not None else "0" for p in parts) + f" = {plain(result.total)}"


def describe_rate(result: Result) -> str:
    funds = result.project.funds
    if result.execution.rate is None:
        return ""
    return f"{plain(funds.executed)} / {plain(funds.budget)} × 100% = {plain(result.execution.rate)}%"
