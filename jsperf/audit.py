"""Published numbers against recomputed ones, for one scorecard and for a whole report.

A published number "follows the rules" when it is within the report's own tolerance of
0.01 (尾数误差) of the recomputed one.  When no rule set is named, every known rule set
is tried and the one that explains the most published numbers is chosen, and the count
for each candidate is kept so the choice can be shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs

from jsperf.checks import check_set
from jsperf.codes import finding
from jsperf.engine import grade_of, missed, points, same_grade, score_all, score_execution, target_met
from jsperf.gcpause import paused
from jsperf.layout import FUND_ROW_NAMES, TEMPLATES
from jsperf.messages import t
from jsperf.model import (
    Audit,
    Claims,
    Finding,
    IndicatorResult,
    Project,
    Result,
    RuleSet,
    ScorecardAudit,
    Severity,
)
from jsperf.numbers import convert, fixed, plain
from jsperf.vocabulary import is_cost

TOLERANCE = Decimal("0.01")
NEUTRAL_RULES = "national"  # the rule set a report no shipped set explains better is scored under


def differs(reported: Decimal | None, recomputed: Decimal | None) -> bool:
    return reported is not None and recomputed is not None and abs(reported - recomputed) > TOLERANCE


def _as_printed(recomputed: Decimal | None, printed: Decimal | None) -> Decimal | None:
    """A recomputed rate rounded as the published one is printed: `89.7%` and `90%` both
    state 89.72% at their precision, which is no slip."""
    exponent = printed.as_tuple().exponent if printed is not None else None  # -1 for `89.7`, 0 for `90`
    if recomputed is None or not isinstance(exponent, int) or not -2 < exponent <= 0:
        return recomputed
    return recomputed.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP)


def compare(result: Result) -> list[Finding]:
    """What a published scorecard says against what its rules give."""
    project, reported = result.project, result.project.reported
    if reported is None:
        return []
    found: list[Finding] = []
    name, rules = project.name, result.rules.name
    execution = result.execution
    spans = reported.spans
    if differs(reported.execution_rate, _as_printed(execution.rate, reported.execution_rate)):
        found.append(finding("JS301", spans.get("execution_rate"), project=name,
                             reported=plain(reported.execution_rate), recomputed=plain(execution.rate),
                             rule="B / A", executed=project.funds.executed, budget=project.funds.budget))
    if differs(reported.execution_points, execution.points):
        found.append(finding("JS302", spans.get("execution_points"), project=name,
                             reported=plain(reported.execution_points), recomputed=plain(execution.points),
                             rule=f"{rules}: execution", rate=execution.rate))
    for item in result.indicators:
        found.extend(_indicator(result, item))
    # every part of the total, None where not printed: a sum of only the printed parts is no check
    parts = [reported.execution_points, *(reported.points.get(i.name) for i in project.indicator_set.indicators)]
    if reported.total is not None and all(p is not None for p in parts) and not _rows_unread(project):
        published_sum = sum((p for p in parts if p is not None), Decimal(0))
        if differs(reported.total, published_sum):
            found.append(finding("JS304", spans.get("total"), project=name, reported=plain(reported.total),
                                 recomputed=plain(published_sum), rule="sum"))
    if project.incomplete:  # said once by the reader (JS407): a total that cannot be recomputed is not wrong
        return found
    unscored = [r.indicator.name for r in result.indicators if r.points is None]
    if unscored:  # an indicator the rules cannot score (its actual blank, say) leaves the total open
        found.append(finding("JS407", spans.get("total"), project=name, cells="、".join(unscored)))
        return found
    if differs(reported.total, result.total):
        causes = sorted({f.code for f in found if f.code in ("JS302", "JS303", "JS304")})
        if causes and all(p is not None for p in parts):  # every part printed: the difference is theirs
            found.append(finding("JS320", spans.get("total"), project=name, reported=plain(reported.total),
                                 recomputed=plain(result.total), rule=f"{rules}: total", causes="、".join(causes)))
        else:
            found.append(finding("JS314", spans.get("total"), project=name, reported=plain(reported.total),
                                 recomputed=plain(result.total), rule=f"{rules}: total"))
    if reported.grade is not None and not same_grade(result.rules, reported.grade, result.grade):
        found.append(finding("JS305", spans.get("grade"), project=name, reported=reported.grade,
                             recomputed=result.grade, rule=f"{rules}: grades", total=result.total))
    return found


def _rows_unread(project: Project) -> bool:
    """Whether a row of the card was not read at all (JS404, JS408): its points are missing
    from any sum of the printed parts."""
    read = {indicator.name for indicator in project.indicator_set.indicators}
    return any(name not in read for name in project.incomplete)


def _indicator(result: Result, item: IndicatorResult) -> Iterator[Finding]:
    project = result.project
    assert project.reported is not None
    indicator, actual = item.indicator, item.actual
    published = project.reported.points.get(indicator.name)
    if published is None or indicator.name in project.incomplete:
        return
    where = project.reported.spans.get(f"points.{indicator.name}") or indicator.span
    about = {"project": project.name, "indicator": indicator.name}
    weight = indicator.weight
    if differs(published, item.points):
        yield finding("JS303", where, reported=plain(published), recomputed=plain(item.points),
                      rule=item.derivation.rule if item.derivation else None, **about)
    if published > weight:
        yield finding("JS306", where, reported=plain(published), recomputed=plain(weight), weight=weight, **about)
    if (published < weight and actual is not None and not actual.deviation_note
            and not missed(result.rules, item)):  # a missed target without a note is JS119, from the engine
        yield finding("JS307", where, reported=plain(published), weight=weight, **about)
    target = indicator.target
    cost = is_cost(indicator.level1, indicator.level2)
    if (actual is None or actual.value is None or not target.numeric or target.value is None
            or (published >= weight and not cost)):  # neither JS308 nor JS309 can be said: nothing to convert
        return
    value = convert(actual.value.value, actual.value.unit, target.unit)
    if value is None:
        return
    if published < weight and target_met(target.op, value, target.value, target.high):
        yield finding("JS308", where, reported=plain(published), recomputed=plain(weight),
                      op=target.op.value, target=target.value, actual=value, withheld=weight - published, **about)
    if cost and value > target.value and published >= weight:
        yield finding("JS309", where, reported=plain(published), recomputed=plain(item.points), actual=value,
                      target=target.value,
                      overrun=fixed((value - target.value) / target.value * 100) if target.value else "∞", **about)


def fund_rows(result: Result) -> Iterator[Finding]:
    """Two printed fund rows that differ (年度资金总额, 政府预算资金): said (JS313) only when
    the other row would change the execution rate or points; a difference of rounding
    alone is counted in the summary (`rounded_fund_rows`), not listed card by card."""
    project = result.project
    funds, other = project.funds, project.funds.other
    if other is None:
        return
    theirs = score_execution(attrs.evolve(project, funds=other), result.rules, [])  # the execution alone, not the card
    if (theirs.rate, theirs.points) == (result.execution.rate, result.execution.points):
        return
    total, government = (funds, other) if funds.row == "total" else (other, funds)
    yield finding("JS313", funds.span, project=project.name, total_budget=total.budget,
                  total_executed=total.executed, gov_budget=government.budget, gov_executed=government.executed,
                  chosen=FUND_ROW_NAMES[funds.row or "total"], reported=_rate(theirs.rate),
                  recomputed=_rate(result.execution.rate))


def _rate(rate: Decimal | None) -> str:
    """An execution rate as the message prints it; a row budgeted 0 has none."""
    return t("word.no_rate") if rate is None else f"{plain(rate)}%"


def rounded_fund_rows(scorecards: Sequence[ScorecardAudit]) -> int:
    """Cards whose two fund rows differ only in rounding (no JS313 said)."""
    return sum(1 for item in scorecards if _rounded_only(item))


def _rounded_only(item: ScorecardAudit) -> bool:
    return item.result.project.funds.other is not None and not any(f.code == "JS313" for f in item.findings)


def audit_result(result: Result) -> ScorecardAudit:
    project, rules = result.project, result.rules
    checks = check_set(project.indicator_set, rules)
    if project.incomplete or any(f.code == "JS406" for f in project.notes):
        # weights not known (JS411), a row not read (JS404, JS408), or a card cut short (JS406)
        checks = [f for f in checks if f.code != "JS201"]
    findings = [*result.findings, *checks, *fund_rows(result), *compare(result)]
    return ScorecardAudit(result, tuple(findings))


def explained(project: Project, rules: RuleSet) -> int:
    """How many of a scorecard's published numbers a rule set reproduces (asked of every
    card under every candidate rule set, so only its points are added up, and written
    out without a pair list)."""
    reported = project.reported
    if reported is None:
        return 0
    execution, parts, total = points(project, rules)
    count = _agrees(reported.execution_points, execution) + _agrees(reported.total, total)
    published = reported.points
    for indicator, part in zip(project.indicator_set.indicators, parts, strict=True):
        count += _agrees(published.get(indicator.name), part)
    return count


def _agrees(published: Decimal | None, mine: Decimal | None) -> bool:
    return published is not None and mine is not None and abs(published - mine) <= TOLERANCE


def always(rules: RuleSet) -> Callable[[Project], RuleSet]:
    """The same rule set for every project."""
    return lambda project: rules


def choose_rules(projects: Sequence[Project], candidates: Sequence[RuleSet]
                 ) -> tuple[RuleSet, dict[str, int], list[RuleSet], dict[int, Finding]]:
    """The candidate that reproduces the most published numbers, the count for each, and
    the rule set each project is scored under: the report's choice, unless the card's
    template names a rule set that explains as much of it, or another set explains more
    (then the card says so: JS414, by the project's index).  Only each card's counts are
    kept while choosing, not its results under every candidate: a card is scored once
    more, under its own set, when it is audited, so that memory does not grow with it."""
    fits: dict[str, list[int]] = {rules.name: [] for rules in candidates}
    with paused():
        for project in projects:
            for rules in candidates:
                fits[rules.name].append(explained(project, rules))
    counts = {name: sum(column) for name, column in fits.items()}
    named = Counter(TEMPLATES.get(project.template or "") for project in projects)  # ties go to the templates' own,
    # then to the Ministry's reading (`national`), not to whichever set sorts first
    best = max(candidates, key=lambda rules: (counts[rules.name], named[rules.name], rules.name == NEUTRAL_RULES))
    by_name = {rules.name: rules for rules in candidates}
    chosen: list[RuleSet] = []
    notes: dict[int, Finding] = {}
    for index, project in enumerate(projects):
        pick = _pick(project, {name: column[index] for name, column in fits.items()}, best.name)
        chosen.append(by_name[pick])
        if pick != best.name:
            notes[index] = finding("JS414", project.span, project=project.name, rules=pick, report_rules=best.name,
                                   fits=", ".join(f"{name} {column[index]}" for name, column in fits.items()))
    return best, counts, chosen, notes


def _pick(project: Project, fits: dict[str, int], best: str) -> str:
    """A card's own rule set given the fit of each candidate."""
    pick = best
    preferred = TEMPLATES.get(project.template or "")
    if preferred in fits and fits[preferred] >= fits[pick]:
        pick = preferred
    top = max(fits, key=lambda name: fits[name])
    return top if fits[top] > fits[pick] else pick


def audit_projects(projects: Sequence[Project], rules_for: Callable[[Project], RuleSet],
                   claims: Claims | None, rules_name: str, chosen_by: str, candidates: dict[str, int],
                   extra: Sequence[Finding] = (), sources: Sequence[str] = (),
                   progress: Callable[[int, int], None] | None = None) -> Audit:
    return audit_results(score_all(projects, rules_for, progress, full=True), claims, rules_name, chosen_by, candidates,
                         extra, sources)


def audit_results(results: Iterable[Result], claims: Claims | None, rules_name: str, chosen_by: str,
                  candidates: dict[str, int], extra: Sequence[Finding] = (), sources: Sequence[str] = ()) -> Audit:
    return AuditStream(rules_name, chosen_by, candidates, (audit_result(result) for result in results), claims,
                       tuple(extra), tuple(sources)).audit()


@attrs.define
class Tally:
    """What a report's summary and its claims need of its scorecards, counted as each
    passes, so that no scorecard need be kept for them."""

    projects: int = 0
    severities: Counter[Severity] = attrs.Factory(Counter)
    grades: Counter[str] = attrs.Factory(Counter)  # the recomputed grades
    grade_names: tuple[str, ...] = ()  # the first card's rule set's grades, in order
    rounded_fund_rows: int = 0
    published: Counter[tuple[int, str]] = attrs.Factory(Counter)  # (the rule set's id, its published grade)
    rule_sets: dict[int, RuleSet] = attrs.Factory(dict)
    budget: Decimal | None = Decimal(0)  # the sum of the cards' budgets, None once one is missing

    def add(self, item: ScorecardAudit) -> None:
        result = item.result
        if not self.projects:
            self.grade_names = tuple(grade.name for grade in result.rules.grades)
        self.projects += 1
        self.severities.update(f.severity for f in item.findings)
        whole = item.recomputable  # a total that cannot be recomputed has no grade
        if whole:
            self.grades[result.grade] += 1
        self.rounded_fund_rows += _rounded_only(item)
        self.rule_sets.setdefault(id(result.rules), result.rules)
        if (published := _published_grade(result, whole)) is not None:
            self.published[id(result.rules), published] += 1
        budget = result.project.funds.budget
        self.budget = None if budget is None or self.budget is None else self.budget + budget

    @classmethod
    def of(cls, scorecards: Iterable[ScorecardAudit]) -> Tally:
        tally = cls()
        for item in scorecards:
            tally.add(item)
        return tally


@attrs.define
class AuditStream:
    """An audit a scorecard at a time: what is known before the first card, the cards
    scored, checked and compared as they are asked for (one pass, each tallied as it
    passes), and the report's own findings once they all have been."""

    rules: str
    chosen_by: str
    candidates: dict[str, int]
    cards: Iterator[ScorecardAudit]
    claims: Claims | None
    extra: tuple[Finding, ...]  # found while reading
    sources: tuple[str, ...]
    count: int = 0  # how many cards will come
    tally: Tally = attrs.Factory(Tally)

    def scorecards(self) -> Iterator[ScorecardAudit]:
        for item in self.cards:
            self.tally.add(item)
            yield item

    def findings(self) -> tuple[Finding, ...]:
        """About the report as a whole: asked once every scorecard has passed."""
        return (*self.extra, *claim_findings(self.claims, self.tally))

    def audit(self) -> Audit:
        """The whole audit, every scorecard kept."""
        scorecards = tuple(self.scorecards())
        return Audit(self.rules, self.chosen_by, self.candidates, scorecards, self.findings(), self.sources)


def _published_grade(result: Result, whole: bool) -> str | None:
    """The grade of a scorecard's published total (the recomputed one when none is
    printed, None when that cannot be recomputed either)."""
    total = result.project.reported.total if result.project.reported else None
    if total is None and not whole:
        return None
    return grade_of(result.rules, total if total is not None else result.total)


def claim_findings(claims: Claims | None, tally: Tally) -> Iterator[Finding]:
    if claims is None:
        return
    found = tally.projects
    if claims.projects is not None and claims.projects != found:
        yield finding("JS401", claims.spans.get("projects"), reported=plain(claims.projects), recomputed=str(found))
    missing = claims.projects - found if claims.projects is not None else 0  # cards the report lacks (JS401)
    for grade, claimed in claims.grades.items():  # 合格 counts the band a rule set calls 中 and names 合格
        count = sum(number for (rules, printed), number in tally.published.items()
                    if same_grade(tally.rule_sets[rules], grade, printed))
        if claimed != count:
            shared = 0 < claimed - count <= missing  # the lacking cards may be these
            yield finding("JS402", claims.spans.get(f"grade.{grade}"), reported=plain(claimed),
                          recomputed=str(count), rule="grades", grade=grade, kind="missing" if shared else "alone")
    if claims.funds is not None and tally.budget is not None and differs(claims.funds, tally.budget):
        yield finding("JS403", claims.spans.get("funds"), reported=plain(claims.funds), recomputed=plain(tally.budget))
