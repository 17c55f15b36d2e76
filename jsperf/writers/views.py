"""Audits as the writers print them: the typed records of `jsperf.model` (`AuditView`,
`ScorecardView`, …) with every number written as the form writes it and every word in
the chosen language, built once, so that the table, Markdown, HTML, workbook and JSON
writers never disagree about a number and none formats or re-parses one itself."""

from __future__ import annotations

import functools
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from json.encoder import encode_basestring as _encode  # a text as json.dumps(…, ensure_ascii=False) writes it
from typing import Any

import attrs

from jsperf.audit import AuditStream, Tally, differs
from jsperf.codes import CODES, doc_url, message, unsettles
from jsperf.engine import same_grade
from jsperf.explain import describe, describe_rate, describe_total
from jsperf.model import (
    Actual,
    Audit,
    AuditView,
    ExecutionLine,
    Finding,
    FindingLine,
    FundsLine,
    IndicatorLine,
    IndicatorResult,
    Op,
    Reported,
    RulesChoice,
    ScorecardAudit,
    ScorecardView,
    Severity,
    Shown,
    Summary,
    Target,
)
from jsperf.numbers import fixed, plain
from jsperf.vocabulary import english, label

PRETTY_UP_TO = 100  # scorecards: a larger audit's JSON is written compactly, a scorecard a line
COUNTS = ("projects", "errors", "warnings", "infos", "rounded_fund_rows")  # a batch's summary adds these up
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def target_text(target: Target) -> str:
    """A target as the form prints it: `≥90%`, `≤5 万元`, `1..3 天`, `及时`."""
    return _target_text(target, plain(target.value), plain(target.high))


_GLYPHS = {Op.GE: "≥", Op.LE: "≤", Op.EQ: "=", Op.GT: ">", Op.LT: "<"}


def _target_text(target: Target, value: str, high: str) -> str:
    """`target_text` of a target whose numbers are written already (a card's view writes them too)."""
    unit = target.unit.name if target.unit else ""
    space = "" if unit in ("", "%") else " "
    if target.op is Op.QUAL:
        return target.word or ""
    if target.op is Op.RANGE:
        return f"{value}{space}{unit}..{high}{space}{unit}"
    return f"{_GLYPHS[target.op]}{value}{space}{unit}"


def heading(term: str, lang: str) -> str:
    return term if lang == "zh" else english(term)


def chosen_by_text(chosen_by: str, lang: str) -> str:
    """How an audit's rule set was chosen, in words (`推断`); the JSON keeps the names
    (`inference`), and a view merged from several files joins them with commas."""
    return ", ".join(label(f"chosen:{how}", lang) for how in chosen_by.split(", "))


def rules_text(choice: RulesChoice, lang: str) -> str:
    """The rule set and how it was chosen, with the fit of each candidate when inferred:
    `jiangxi（推断；jiangxi 180、national 139）`."""
    chosen = chosen_by_text(choice.chosen_by, lang)
    if lang == "zh":
        fits = "、".join(f"{candidate} {count}" for candidate, count in choice.candidates.items())
        return f"{choice.name}（{chosen}{'；' + fits if fits else ''}）"
    fits = ", ".join(f"{candidate}: {count}" for candidate, count in choice.candidates.items())
    return f"{choice.name} ({chosen}{'; ' + fits if fits else ''})"


def actual_text(actual: Actual | None) -> str:
    """An actual as the form prints it: the verdict, or the number with its unit."""
    if actual is None:
        return ""
    if actual.verdict is not None:
        return actual.verdict
    if actual.value is not None:
        unit = actual.value.unit.name if actual.value.unit else ""
        return f"{plain(actual.value.value)}{'' if unit in ('', '%') else ' '}{unit}"
    return actual.text


def finding_line(item: Finding, lang: str = "zh") -> FindingLine:
    severity = item.severity.value
    return FindingLine(item.code, CODES[item.code].name, severity, _label(severity, lang), message(item, lang),
                       str(item.span) if item.span else None, item.project, item.indicator,
                       item.reported, item.recomputed, item.rule, doc_url(item.code, lang))


@functools.lru_cache(maxsize=256)
def _label(key: str, lang: str) -> str:
    """A label of the few printed on every card (severities, grades), looked up once."""
    return label(key, lang)


def sort_findings(items: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    return sorted(items, key=lambda f: (SEVERITY_ORDER[f.severity], f.span.line if f.span else 0, f.code))


def _shown(reported: Decimal | None, recomputed: Decimal | None, step: Decimal | None = None) -> Shown:
    """Printed plainly (as published) beside the recomputed number at the rule set's precision."""
    if recomputed is None:
        return Shown(None if reported is None else plain(reported), None, False)
    mine = fixed(recomputed, step) if step is not None else plain(recomputed)
    return Shown(None if reported is None else plain(reported), mine, differs(reported, recomputed))


_NOT_REPORTED = Reported()
_OPS = {op: op.value for op in Op}  # an enum's `.value` is a descriptor call, and every indicator asks


def scorecard_view(item: ScorecardAudit, lang: str = "zh", choice: RulesChoice | None = None) -> ScorecardView:
    """One audited scorecard as every writer prints it; `choice`: how the file's rule set
    was chosen (the card's own set is named either way)."""
    result, project = item.result, item.result.project
    execution, rules = result.execution, result.rules
    step = rules.precision
    reported = project.reported or _NOT_REPORTED
    published = reported.points
    shown = sort_findings(item.findings)
    whole = item.recomputable  # else the total and grade are "—"
    total = result.total if whole else None
    funds = project.funds
    return ScorecardView(
        name=project.name, department=project.department, implementer=project.implementer, year=project.year,
        location=str(project.span) if project.span else None,
        rules=RulesChoice(rules.name, choice.chosen_by, choice.candidates, choice.per_file) if choice
        else RulesChoice(rules.name, "project"),
        funds=FundsLine("万元", plain(funds.initial_budget) or None, plain(funds.budget) or None,
                        plain(funds.executed) or None),
        execution=ExecutionLine(_shown(reported.execution_rate, execution.rate, step), plain(execution.weight),
                                _shown(reported.execution_points, execution.points, step),
                                describe(execution.derivation, lang) or None, describe_rate(result) or None),
        indicators=tuple(_indicator_line(line, published.get(line.indicator.name), step, lang,
                                         open_=line.indicator.name in project.incomplete)
                         for line in result.indicators),
        total=_shown(reported.total, total, step), total_derivation=describe_total(result),
        grade=Shown(_label(reported.grade, lang) if reported.grade else None,
                    _label(result.grade, lang) if whole else None,
                    whole and reported.grade is not None and not same_grade(rules, reported.grade, result.grade)),
        provisional=sum(1 for f in shown if unsettles(f)),
        findings=tuple(finding_line(f, lang) for f in shown),
    )


def _indicator_line(line: IndicatorResult, published: Decimal | None, step: Decimal, lang: str,
                    open_: bool) -> IndicatorLine:
    """An indicator as the writers print it.  `open_`: a row the card's total cannot be
    recomputed for (`Project.incomplete`: its weight neither printed nor given by the form,
    JS411; a cell not read): no recomputed points, and no weight where none was read."""
    indicator = line.indicator
    target = indicator.target
    value, high = plain(target.value), plain(target.high)
    weight = None if open_ and not indicator.weight else plain(indicator.weight)
    return IndicatorLine(
        heading(indicator.level1, lang), heading(indicator.level2, lang), indicator.name, _OPS[target.op],
        value if target.op is not Op.QUAL else target.word, high or None, _target_text(target, value, high),
        target.unit.name if target.unit else None, actual_text(line.actual), weight,
        _shown(published, None if open_ else line.points, step), None if open_ else describe(line.derivation, lang) or None)


def audit_view(audit: Audit, lang: str = "zh") -> AuditView:
    choice = RulesChoice(audit.rules, audit.chosen_by, dict(audit.candidates))
    return AuditView(choice, tuple(audit.sources), tuple(scorecard_view(item, lang, choice) for item in audit.scorecards),
                     _report_lines(audit.findings, lang), summary(Tally.of(audit.scorecards), audit.findings))


def summary(tally: Tally, findings: Sequence[Finding]) -> Summary:
    """The counts of an audit: its scorecards' (tallied) and the report's own findings."""
    severities = tally.severities + Counter(f.severity for f in findings)
    return Summary(tally.projects, severities[Severity.ERROR], severities[Severity.WARNING], severities[Severity.INFO],
                   tally.rounded_fund_rows, {g: tally.grades.get(g, 0) for g in tally.grade_names})


def _report_lines(findings: Sequence[Finding], lang: str) -> tuple[FindingLine, ...]:
    return tuple(finding_line(f, lang) for f in sort_findings(list(findings)))


@attrs.define
class ViewStream:
    """An audit's view a scorecard at a time, so that a large report is written as it is
    audited and no scorecard is kept: the view as known before the first card (the rule
    set's choice, the sources; no projects, findings or summary yet), how many cards
    will come, the cards, made as they are asked for (one pass), and `finished()`, the
    view without its cards once they all have been."""

    head: AuditView
    count: int
    cards: Iterator[ScorecardView]
    finish: Callable[[], AuditView]
    _finished: AuditView | None = None

    @classmethod
    def of(cls, view: AuditView) -> ViewStream:
        """A view made whole (by a worker process, or of several files) told the same way."""
        bare = attrs.evolve(view, projects=())
        return cls(bare, len(view.projects), iter(view.projects), lambda: bare)

    def finished(self) -> AuditView:
        if self._finished is None:
            self._finished = self.finish()
        return self._finished

    def whole(self) -> AuditView:
        """The whole view, every card it has left kept."""
        projects = tuple(self.cards)
        return attrs.evolve(self.finished(), projects=projects)

    def evolve(self, **changes: Any) -> ViewStream:
        """The same stream with fields of its view changed (e.g. `unreadable`), before and after its cards."""
        return ViewStream(attrs.evolve(self.head, **changes), self.count, self.cards,
                          lambda: attrs.evolve(self.finished(), **changes))


def view_stream(stream: AuditStream, lang: str = "zh") -> ViewStream:
    """An audit told card by card as a view: each card's view made as it is scored."""
    choice = RulesChoice(stream.rules, stream.chosen_by, dict(stream.candidates))
    head = AuditView(choice, stream.sources, (), (), Summary(0, 0, 0, 0, 0, {}))

    def finish() -> AuditView:
        findings = stream.findings()
        return attrs.evolve(head, findings=_report_lines(findings, lang), summary=summary(stream.tally, findings))

    return ViewStream(head, stream.count, (scorecard_view(item, lang, choice) for item in stream.scorecards()), finish)


def merged(views: Sequence[AuditView]) -> AuditView:
    """One view of several files' audits: their scorecards and findings (as far as the
    views still hold them), the sum of their summaries, and each file's rule-set choice."""
    if len(views) == 1:
        return views[0]
    grades: Counter[str] = Counter()
    for view in views:
        grades.update(view.summary.grades)
    order = dict.fromkeys(g for view in views for g in view.summary.grades)
    rules = RulesChoice(", ".join(sorted({v.rules.name for v in views})),
                        ", ".join(sorted({v.rules.chosen_by for v in views})), {},
                        {source: view.rules for view in views for source in view.sources})
    return AuditView(
        rules, tuple(s for view in views for s in view.sources), tuple(p for view in views for p in view.projects),
        tuple(f for view in views for f in view.findings),
        Summary(**{key: sum(getattr(view.summary, key) for view in views) for key in COUNTS},
                grades={g: grades[g] for g in order}),
        tuple(u for view in views for u in view.unreadable))


def merged_streams(streams: Sequence[ViewStream]) -> ViewStream:
    """Several files' streams as one: a single file's as it is, told as it is made;
    several made whole (with what cards they have left) and merged."""
    if len(streams) == 1:
        return streams[0]
    return ViewStream.of(merged([stream.whole() for stream in streams]))


# ---------------------------------------------------------------- JSON


def record_json(record: attrs.AttrsInstance) -> Any:
    """A record as JSON values, field by field (`Shown.differs` is for the page, not the
    data).  The records written are flat (texts, numbers, a mapping of counts), so their
    fields are read directly: `attrs.asdict`'s generality costs more than the JSON itself."""
    names, values = _fields(type(record))
    return {name: dict(value) if value is not None and type(value) is not str and isinstance(value, Mapping) else value
            for name, value in zip(names, values(record), strict=True)}


Fields = tuple[tuple[str, ...], Callable[[object], tuple[Any, ...]]]  # a record's field names, and a reader of them all
_FIELDS: dict[type[attrs.AttrsInstance], Fields] = {}


def _fields(kind: type[attrs.AttrsInstance]) -> Fields:
    """The fields JSON writes of a kind of record, and a function that reads them all."""
    if kind not in _FIELDS:
        names = tuple(field.name for field in attrs.fields(kind) if field.name != "differs")
        get = operator.attrgetter(*names)
        _FIELDS[kind] = names, get if len(names) > 1 else lambda record: (get(record),)
    return _FIELDS[kind]


def choice_json(choice: RulesChoice) -> dict[str, Any]:
    data: dict[str, Any] = {"name": choice.name, "chosen_by": choice.chosen_by, "candidates": dict(choice.candidates)}
    if choice.per_file:
        data["per_file"] = {source: choice_json(each) for source, each in choice.per_file.items()}
    return data


def card_json(view: ScorecardView) -> dict[str, Any]:
    """A scorecard in an audit's JSON: published and recomputed side by side (its text,
    `card_json_text`, read back)."""
    card: dict[str, Any] = json.loads(card_json_text(view))
    return card


def card_json_text(view: ScorecardView) -> str:
    """A scorecard's JSON as `json.dumps(…, ensure_ascii=False)` writes it, compactly, its
    one definition: written directly, every text by json's own encoder, as a large audit
    writes ten thousand of them (no dict made for each part to be walked again)."""
    execution = view.execution
    indicators = ", ".join([  # a line's texts are never None but its weight and derivation
        f'{{"level1": {_encode(i.level1)}, "level2": {_encode(i.level2)}, "name": {_encode(i.name)}, '
        f'"target_text": {_encode(i.target_text)}, "actual": {_encode(i.actual)}, "weight": {_text(i.weight)}, '
        f'"derivation": {_text(i.derivation)}, "points": {_shown_text(i.points)}}}' for i in view.indicators])
    findings = ", ".join([_texts_json(line) for line in view.findings])
    return (f'{{"name": {_encode(view.name)}, "location": {_text(view.location)}, '
            f'"execution": {{"rate": {_shown_text(execution.rate)}, "points": {_shown_text(execution.points)}, '
            f'"derivation": {_text(execution.derivation)}}}, "indicators": [{indicators}], '
            f'"total": {_shown_text(view.total)}, "grade": {_shown_text(view.grade)}, "findings": [{findings}]}}')


def _text(value: str | None) -> str:
    return "null" if value is None else _encode(value)


def _shown_text(shown: Shown) -> str:
    """`record_json` of the record every number of a card is, as text."""
    return f'{{"reported": {_text(shown.reported)}, "recomputed": {_text(shown.recomputed)}}}'


_KEYS: dict[type[attrs.AttrsInstance], tuple[str, ...]] = {}  # a record's `"name": ` for each field JSON writes


def _texts_json(record: attrs.AttrsInstance) -> str:
    """`record_json` of a record of texts (a finding's line) as text."""
    names, values = _fields(type(record))
    keys = _KEYS.get(type(record)) or _KEYS.setdefault(type(record), tuple(f"{_text(name)}: " for name in names))
    return "{" + ", ".join([key + _text(value) for key, value in zip(keys, values(record), strict=True)]) + "}"


PARTS = ("rules", "sources", "unreadable", "projects", "findings", "summary")  # an audit's JSON, in order


def audit_json(view: AuditView, parts: Sequence[str] = PARTS) -> dict[str, Any]:
    """An audit's JSON (`parts`: the keys wanted, e.g. all but the projects after a JSONL stream)."""
    whole = {"rules": lambda: choice_json(view.rules), "sources": lambda: list(view.sources),
             "unreadable": lambda: [record_json(u) for u in view.unreadable],
             "projects": lambda: [card_json(p) for p in view.projects],
             "findings": lambda: [record_json(f) for f in view.findings],
             "summary": lambda: record_json(view.summary)}
    return {key: whole[key]() for key in parts}


def audit_json_text(told: AuditView | ViewStream) -> Iterator[str]:
    """An audit's JSON as text, in pieces to write as they come: indented for a small
    audit; for a larger one compact, a scorecard a line, each made and written in turn,
    so that neither the whole document nor its text is ever held (and the C encoder,
    which `indent` turns off, does the work)."""
    stream = told if isinstance(told, ViewStream) else ViewStream.of(told)
    if stream.count <= PRETTY_UP_TO:
        yield json.dumps(audit_json(stream.whole()), ensure_ascii=False, indent=2) + "\n"
        return
    split = PARTS.index("projects")
    yield json.dumps(audit_json(stream.head, PARTS[:split]), ensure_ascii=False)[:-1] + ', "projects": [\n'
    for number, project in enumerate(stream.cards):
        yield (",\n" if number else "") + card_json_text(project)
    yield "\n], " + json.dumps(audit_json(stream.finished(), PARTS[split + 1:]), ensure_ascii=False)[1:] + "\n"


def score_json(view: ScorecardView) -> dict[str, Any]:
    """`jsperf score --format json`: one scorecard as the form lays it out."""
    execution = view.execution
    printed = execution.rate.reported is not None or execution.points.reported is not None
    return {
        "project": view.name, "department": view.department, "implementer": view.implementer, "year": view.year,
        "location": view.location, "rules": view.rules.name,
        "rules_choice": {"chosen_by": view.rules.chosen_by, "candidates": dict(view.rules.candidates)},
        "funds": record_json(view.funds),
        "execution": {"rate": execution.rate.recomputed, "weight": execution.weight,
                      "points": execution.points.recomputed, "derivation": execution.derivation,
                      "rate_derivation": execution.rate_derivation,
                      "reported": {"rate": execution.rate.reported, "points": execution.points.reported}
                      if printed else None},
        "indicators": [{"level1": i.level1, "level2": i.level2, "name": i.name, "op": i.op, "target": i.target,
                        "target_high": i.target_high, "target_text": i.target_text, "unit": i.unit,
                        "actual": i.actual, "weight": i.weight, "points": i.points.recomputed,
                        "reported": i.points.reported, "derivation": i.derivation} for i in view.indicators],
        "total": view.total.recomputed, "total_derivation": view.total_derivation, "grade": view.grade.recomputed,
        "reported": {"total": view.total.reported, "grade": view.grade.reported},
        "provisional": view.provisional,
        "findings": [record_json(f) for f in view.findings],
    }
