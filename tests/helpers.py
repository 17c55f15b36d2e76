"""Small builders for tests: a project from a few indicator lines."""

from __future__ import annotations

from decimal import Decimal

from jsperf.lang.parse import parse_indicators
from jsperf.model import Actual, Funds, Project, Quantity
from jsperf.numbers import unit_of


def project(lines: str, actuals: dict[str, str | Actual], budget: str = "10", executed: str = "10",
            execution: str | None = "10") -> Project:
    header = 'set "p"\n' + (f"  execution {execution}\n" if execution else "")
    parsed = parse_indicators(header + lines, "test.ind")
    values = {}
    for name, actual in actuals.items():
        if isinstance(actual, Actual):
            values[name] = actual
            continue
        number, _, unit = actual.partition(" ")
        try:
            values[name] = Actual(Quantity(Decimal(number), unit_of(unit) if unit else None), text=actual)
        except ArithmeticError:
            values[name] = Actual(verdict=actual, text=actual)
    return Project("p", parsed.sets[0], Funds(Decimal(budget), Decimal(budget), Decimal(executed)), values)
