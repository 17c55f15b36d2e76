"""`project.yaml` → `Project`: one project's year, in a file a finance officer can edit.

The schema is strict: an unknown key or indicator name is an error with a did-you-mean,
because a typo that is silently ignored becomes a wrong score.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from jsperf import parsecache
from jsperf.errors import InputError, did_you_mean, line_of
from jsperf.messages import t
from jsperf.model import Actual, Funds, IndicatorSet, Project, Quantity, Reported, Span
from jsperf.numbers import WAN_YUAN, convert, parse_decimal, split_quantity, unit_of
from jsperf.vocabulary import squash

if TYPE_CHECKING:
    from jsperf.yamlfile import Y

TOP_KEYS = ("project", "department", "implementer", "year", "indicator_set", "rules", "funds", "goal",
            "achieved", "actuals", "reported")
FUND_KEYS = ("unit", "initial_budget", "budget", "executed")
ACTUAL_KEYS = ("value", "verdict", "points", "note")
REPORTED_KEYS = ("execution_rate", "execution_points", "points", "total", "grade")


def read_text(path: Path) -> str:
    """A project file or indicator set: UTF-8, a regular file of at most `JSPERF_MAX_MB`."""
    from jsperf.readers.decode import read_utf8

    return read_utf8(path)


def load_project(path: Path) -> Project:
    return parsecache.project(read_text(path), str(path))


def read_project(text: str, file: str) -> Project:
    """The project in `text`, read from the file named `file`."""
    from jsperf.yamlfile import load_yaml  # YAML only when a project is read, not when it is kept

    return _Loader(text, file, Path(file).parent).project(load_yaml(text, file))


class _Loader:
    def __init__(self, text: str, file: str, base: Path) -> None:
        self.text = text
        self.file = file
        self.base = base

    def fail(self, message: str, at: Y | Span, expected: str | None = None) -> InputError:
        span = at if isinstance(at, Span) else at.span
        return InputError(message, span, line_of(self.text, span.line), expected)

    def mapping(self, node: Y, what: str, keys: tuple[str, ...] | None) -> dict[str, Y]:
        if not isinstance(node.value, dict):
            raise self.fail(t("project.mapping", what=what), node)
        for key, value in node.value.items():
            if keys is not None and key not in keys:
                raise self.fail(t("project.unknown_key", key=repr(key), what=what, hint=did_you_mean(key, keys, 0.6)), value,
                                ", ".join(keys))
        return node.value

    def string(self, node: Y | None, what: str) -> str | None:
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, str):
            raise self.fail(t("project.text", what=what), node)
        return node.value.strip()

    def number(self, node: Y | None, what: str) -> Decimal | None:
        text = self.string(node, what)
        if text is None or text == "":
            return None
        value = parse_decimal(text)
        if value is None:
            assert node is not None
            raise self.fail(t("project.number", what=what, text=repr(text)), node)
        return value

    def project(self, root: Y) -> Project:
        top = self.mapping(root, t("project.what.file"), TOP_KEYS)
        name = self.string(top.get("project"), "project")
        if not name:
            raise self.fail(t("project.needs_name"), root, "project: 档案专项经费")
        indicator_set = self.indicator_set(top.get("indicator_set"), name, root)
        year = self.number(top.get("year"), "year")
        funds = self.funds(top["funds"]) if "funds" in top else Funds(None, None, None)
        return Project(
            name=name, indicator_set=indicator_set, funds=funds,
            actuals=self.actuals(top.get("actuals"), indicator_set),
            department=self.string(top.get("department"), "department"),
            implementer=self.string(top.get("implementer"), "implementer"),
            year=int(year) if year is not None else None,
            rules=self.string(top.get("rules"), "rules"),
            reported=self.reported(top.get("reported"), indicator_set),
            span=root.span,
            goal=self.string(top.get("goal"), "goal") or None,
            achieved=self.string(top.get("achieved"), "achieved") or None,
        )

    def indicator_set(self, node: Y | None, project: str, root: Y) -> IndicatorSet:
        if node is None:
            raise self.fail(t("project.needs_set"), root)
        wanted: str | None = None
        if isinstance(node.value, dict):
            spec = self.mapping(node, "indicator_set", ("file", "set", "text"))
            wanted = self.string(spec.get("set"), "set")
            if "text" in spec:
                text = self.string(spec["text"], "text") or ""
                parsed = parsecache.indicators(text, f"{self.file}:indicator_set")
            else:
                parsed = self.indicator_file(spec.get("file"), node)
        else:
            parsed = self.indicator_file(node, node)
        candidates = [s for s in parsed.sets if not s.template]
        chosen = parsed.get(wanted or project)
        if chosen is None and wanted is None and len(candidates) == 1:
            chosen = candidates[0]
        if chosen is None:
            names = ", ".join(repr(s.name) for s in candidates) or t("project.none")
            raise self.fail(t("project.no_set", name=repr(wanted or project), names=names), node,
                            "indicator_set: {file: PATH, set: NAME}")
        return chosen

    def indicator_file(self, node: Y | None, at: Y):  # type: ignore[no-untyped-def]
        relative = self.string(node, t("project.what.set_file"))
        if not relative:
            raise self.fail(t("project.set_file"), at)
        return parsecache.indicator_file(self.base / relative)

    def funds(self, node: Y) -> Funds:
        spec = self.mapping(node, "funds", FUND_KEYS)
        unit = unit_of(self.string(spec.get("unit"), "unit") or "万元")
        if convert(Decimal(1), unit, WAN_YUAN) is None:
            raise self.fail(t("project.money", unit=repr(unit.name)), spec["unit"], t("project.money_expected"))

        def amount(key: str) -> Decimal | None:
            value = self.number(spec.get(key), key)
            return None if value is None else convert(value, unit, WAN_YUAN)

        return Funds(amount("initial_budget"), amount("budget"), amount("executed"), node.span)

    def actuals(self, node: Y | None, indicator_set: IndicatorSet) -> dict[str, Actual]:
        if node is None:
            return {}
        spec = self.mapping(node, "actuals", None)
        result = {}
        for name, value in spec.items():
            self.known(name, indicator_set, value)
            result[name] = self.actual(value)
        return result

    def known(self, name: str, indicator_set: IndicatorSet, at: Y) -> None:
        names = [i.name for i in indicator_set.indicators]
        if name not in names:
            raise self.fail(t("project.not_indicator", name=repr(name), set=repr(indicator_set.name),
                                    hint=did_you_mean(name, names)), at)

    def actual(self, node: Y) -> Actual:
        if isinstance(node.value, dict):
            spec = self.mapping(node, t("project.what.actual"), ACTUAL_KEYS)
            verdict = self.string(spec.get("verdict"), "verdict")
            points = self.number(spec.get("points"), "points")
            note = self.string(spec.get("note"), "note")
            if "value" in spec:
                actual = self.actual(spec["value"])
                return Actual(actual.value, verdict or actual.verdict, points, actual.text, node.span, note)
            return Actual(None, verdict, points, verdict or "", node.span, note)
        text = self.string(node, t("project.what.actual")) or ""
        quantity = split_quantity(text)
        if quantity is not None:
            value, unit = quantity
            return Actual(Quantity(value, unit_of(unit) if unit else None), None, None, text, node.span)
        return Actual(None, squash(text) or None, None, text, node.span)

    def reported(self, node: Y | None, indicator_set: IndicatorSet) -> Reported | None:
        if node is None:
            return None
        spec = self.mapping(node, "reported", REPORTED_KEYS)
        points: dict[str, Decimal | None] = {}
        spans = {key: value.span for key, value in spec.items()}
        if "points" in spec:
            for name, value in self.mapping(spec["points"], t("project.what.reported_points"), None).items():
                self.known(name, indicator_set, value)
                points[name] = self.number(value, t("project.what.points_of", name=name))
                spans[f"points.{name}"] = value.span
        return Reported(
            execution_rate=self.number(spec.get("execution_rate"), "execution_rate"),
            execution_points=self.number(spec.get("execution_points"), "execution_points"),
            points=points, total=self.number(spec.get("total"), "total"),
            grade=self.string(spec.get("grade"), "grade"), spans=spans,
        )
