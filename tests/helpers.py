"""Small builders for tests (a project from a few indicator lines) and a comparison of
two readings of one report."""

from __future__ import annotations

from decimal import Decimal

from jsperf.lang.parse import parse_indicators
from jsperf.model import Actual, Funds, Project, Quantity, Report
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


def report_differences(expected: Report, got: Report) -> set[str]:
    """What differs between two readings of the same report, spans and notes aside."""
    found: set[str] = set()
    if [p.name for p in expected.projects] != [p.name for p in got.projects]:
        found.add(f"projects: {[p.name for p in expected.projects]} → {[p.name for p in got.projects]}")
    theirs = {p.name: p for p in got.projects}
    for project in expected.projects:
        other = theirs.get(project.name)
        if other is not None:
            found |= project_differences(project, other)
    if (expected.claims is None) != (got.claims is None):
        found.add(f"claims: {expected.claims} → {got.claims}")
    elif expected.claims is not None and got.claims is not None:
        for field in ("projects", "funds", "grades"):
            before, after = getattr(expected.claims, field), getattr(got.claims, field)
            if before != after:
                shown = [{k: int(v) for k, v in x.items()} if isinstance(x, dict) else x for x in (before, after)]
                found.add(f"claims: {field} {shown[0]} → {shown[1]}")
    return found


def project_differences(expected: Project, got: Project) -> set[str]:
    found = set()
    name = expected.name
    if expected.funds != got.funds:
        found.add(f"{name}: funds {expected.funds} → {got.funds}")
    ours, theirs = expected.indicator_set.indicators, got.indicator_set.indicators
    if [i.name for i in ours] != [i.name for i in theirs]:
        found.add(f"{name}: indicators {[i.name for i in ours]} → {[i.name for i in theirs]}")
    for mine, other in zip(ours, theirs, strict=False):
        for field in ("level1", "level2", "name", "target", "weight"):
            if getattr(mine, field) != getattr(other, field):
                found.add(f"{name}: {mine.name}: {field} {getattr(mine, field)!r} → {getattr(other, field)!r}")
    assert expected.reported is not None
    if got.reported is None:
        found.add(f"{name}: nothing reported")
        return found
    for field in ("points", "total", "execution_rate", "execution_points", "grade"):
        if getattr(expected.reported, field) != getattr(got.reported, field):
            found.add(f"{name}: reported {field} {getattr(expected.reported, field)} → {getattr(got.reported, field)}")
    return found
