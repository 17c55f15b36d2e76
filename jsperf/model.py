"""The one shared vocabulary of jsperf.

Parsers, the engine, the audit and the writers meet only here.  Every record is a
frozen attrs class so that a parsed file, a score or a finding can be passed around,
cached and compared without anyone changing it behind another's back.  Records that
come from text carry a `Span` so that any message can point at `file:line:col`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

import attrs


@attrs.frozen
class Span:
    """Where a thing was written: 1-based line and column, as editors count them."""

    file: str
    line: int
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


_SET_FILE, _SET_LINE, _SET_COL = (Span.__dict__[name].__set__ for name in ("file", "line", "col"))


def new_span(file: str, line: int, col: int = 1) -> Span:
    """`Span(file, line, col)`, made without `Span.__init__`'s frozen-attribute checks
    (a report has a span a line and more, and those checks cost more than the rest): the
    fields are set through their slots, so the span is the same."""
    made = object.__new__(Span)
    _SET_FILE(made, file)
    _SET_LINE(made, line)
    _SET_COL(made, col)
    return made


class UnitKind(Enum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    NONE = "none"


@attrs.frozen
class Unit:
    """A unit as written (`万`) with what it means: a kind, and for money its size in 元."""

    name: str
    kind: UnitKind
    factor: Decimal = Decimal(1)


@attrs.frozen
class Quantity:
    value: Decimal
    unit: Unit | None = None


class Op(Enum):
    """Target operators; `RANGE` is `low..high`, `QUAL` a qualitative word."""

    GE = ">="
    LE = "<="
    EQ = "="
    GT = ">"
    LT = "<"
    RANGE = "range"
    QUAL = "qual"

    # members are singletons: identity hashing is exact, and far cheaper than Enum's
    __hash__ = object.__hash__


@attrs.frozen
class Target:
    op: Op
    value: Decimal | None = None
    high: Decimal | None = None
    unit: Unit | None = None
    word: str | None = None
    # the operator as printed, when it was not the ASCII one; not part of the meaning
    glyph: str | None = attrs.field(default=None, eq=False)

    @property
    def numeric(self) -> bool:
        return self.op is not Op.QUAL


@attrs.frozen
class Indicator:
    level1: str
    level2: str
    name: str
    target: Target
    weight: Decimal
    note: str | None = None
    basis: str | None = None
    span: Span | None = attrs.field(default=None, eq=False)


@attrs.frozen
class IndicatorSet:
    name: str
    indicators: tuple[Indicator, ...]
    rules: str | None = None
    execution_weight: Decimal | None = None
    template: bool = False
    uses: str | None = None
    span: Span | None = attrs.field(default=None, eq=False)


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One thing worth saying about an input, with both sides of any disagreement."""

    code: str
    severity: Severity
    params: Mapping[str, str]  # the blanks of the code's message; `codes.message` words it
    span: Span | None = None
    project: str | None = None
    indicator: str | None = None
    reported: str | None = None
    recomputed: str | None = None
    rule: str | None = None


# ---------------------------------------------------------------- rules


@attrs.frozen
class Expr:
    """A node of a rules-language expression: `num`, `name`, `neg`, `bin`, `call`,
    `cmp`, `and`, `or`, `not`.  Kept as data so it can be printed with numbers put in."""

    kind: str
    value: Decimal | str | None = None
    args: tuple[Expr, ...] = ()
    percent: bool = False
    span: Span | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Case:
    """`when COND -> EXPR` (cond is None for `else`), with the rules-file line."""

    cond: Expr | None
    expr: Expr | None  # None: `none`, the case cannot be scored
    span: Span


@attrs.frozen
class Piecewise:
    """A compiled rule: `evaluate` takes the values of `params`, in order, and returns
    (points, index of the case that applied); points None when a `none` case applied
    or no case did (index -1)."""

    cases: tuple[Case, ...]
    label: str
    params: tuple[str, ...]
    evaluate: Callable[..., tuple[Decimal | None, int]] = attrs.field(eq=False, repr=False)

    def run(self, env: Mapping[str, Decimal]) -> tuple[Decimal | None, int]:
        """`evaluate` with the values given by name."""
        return self.evaluate(*(env[name] for name in self.params))


@attrs.frozen
class Tier:
    name: str
    low: Decimal
    high: Decimal
    default: Decimal
    words: tuple[str, ...]
    span: Span


@attrs.frozen
class Grade:
    name: str
    min_total: Decimal | None  # None: the catch-all grade
    span: Span
    words: tuple[str, ...] = ()  # other names printed for the same band (合格 for 中)


@attrs.frozen
class RuleSet:
    name: str
    title: str
    source: str
    file: str
    precision: Decimal
    execution_weight: Decimal
    total: Decimal
    execution: Piecewise
    scores: Mapping[Op, Piecewise]
    target_zero: Piecewise | None
    budget_zero: Piecewise | None
    tiers: tuple[Tier, ...]
    grades: tuple[Grade, ...]
    require_basis: bool = False
    # the execution rate is rounded to `precision` (as printed) before it is scored; False: scored exact
    round_rate: bool = True
    tier_words: Mapping[str, Tier] = attrs.field(eq=False, repr=False)

    @tier_words.default
    def _index_tier_words(self) -> dict[str, Tier]:
        return {word: tier for tier in reversed(self.tiers) for word in tier.words}


# ---------------------------------------------------------------- projects


@attrs.frozen
class Funds:
    """Amounts in 万元, as the form prints them."""

    initial_budget: Decimal | None
    budget: Decimal | None
    executed: Decimal | None
    span: Span | None = attrs.field(default=None, eq=False)
    # a card printing two fund rows (年度资金总额, 政府预算资金) that differ: the row these
    # amounts were read from and the other row's amounts, for the audit to tell whether
    # the difference changes a result (JS313) or is only rounding
    row: str | None = attrs.field(default=None, eq=False)
    other: Funds | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Actual:
    """What was achieved: a number (with the unit it was given in) or a verdict word,
    and for a verdict the evaluator's assessed points if any."""

    value: Quantity | None = None
    verdict: str | None = None
    points: Decimal | None = None
    text: str = ""
    span: Span | None = attrs.field(default=None, eq=False)
    deviation_note: str | None = None


@attrs.frozen
class Reported:
    """Numbers as printed in a published scorecard; each may be missing."""

    execution_rate: Decimal | None = None
    execution_points: Decimal | None = None
    points: Mapping[str, Decimal | None] = attrs.field(factory=dict)
    total: Decimal | None = None
    grade: str | None = None
    spans: Mapping[str, Span] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Project:
    name: str
    indicator_set: IndicatorSet
    funds: Funds
    actuals: Mapping[str, Actual]
    department: str | None = None
    implementer: str | None = None
    year: int | None = None
    rules: str | None = None
    reported: Reported | None = None
    span: Span | None = attrs.field(default=None, eq=False)
    notes: tuple[Finding, ...] = ()  # what the reader noticed while reading
    goal: str | None = None  # 年度总体目标：预期目标
    achieved: str | None = None  # 实际完成情况
    template: str | None = None  # the form's template, for a card read from a report (`jsperf.layout.TEMPLATES`)
    # what could not be read (indicators by name, missing parts): the total is not recomputable
    incomplete: tuple[str, ...] = ()


# ---------------------------------------------------------------- results


class Derivation(NamedTuple):
    """How a number came about: the rule that applied and the values it used.

    Only the inputs are stored (the rule, the index of its case, the values in the
    order of the rule's params, or the tier); the readable formula is built when asked
    for, so that scoring a hundred thousand scorecards does not format a hundred
    thousand strings.  One is made for every number scored, so it is an immutable named
    tuple, cheaper to make than an attrs class.
    """

    rule_set: str
    piece: Piecewise | None
    case_index: int
    inputs: tuple[Decimal, ...]
    result: Decimal | None
    tier: Tier | None = None

    @property
    def env(self) -> dict[str, Decimal]:
        if self.piece is not None:
            return dict(zip(self.piece.params, self.inputs, strict=True))
        return dict(zip(("weight", "assessed"), self.inputs, strict=False))

    @property
    def case(self) -> Case | None:
        return self.piece.cases[self.case_index] if self.piece is not None and self.case_index >= 0 else None

    @property
    def rule(self) -> str:
        label = f"tier {self.tier.name}" if self.tier is not None else self.piece.label if self.piece else "?"
        return f"{self.rule_set}: {label}"


class IndicatorResult(NamedTuple):
    """One indicator scored.  Like `Derivation`, made for every number scored, so an
    immutable named tuple rather than an attrs class."""

    indicator: Indicator
    actual: Actual | None
    points: Decimal | None
    derivation: Derivation | None


@attrs.frozen
class ExecutionResult:
    rate: Decimal | None  # a percentage, rounded as printed: 60.10 for 60.10 %
    weight: Decimal
    points: Decimal | None
    derivation: Derivation | None


def _unmade(name: str) -> Callable[[Any], Any]:
    """How a `Result` compares and shows its part `name`, which may not be made yet."""
    return lambda value: getattr(value(), name) if callable(value) else value


def _once(record: Result, name: str) -> Any:
    """A `Result` part not made yet, taken from the full scoring and kept (a frozen
    record, changed only from unmade to made)."""
    value = getattr(getattr(record, f"_{name}")(), name)
    object.__setattr__(record, f"_{name}", value)
    return value


@attrs.frozen
class Result:
    """A scorecard scored.  `execution`, `indicators` and `findings` may be given as a
    function that scores the scorecard in full, each then taken from that `Result`
    when first read: scoring a hundred thousand scorecards for their totals makes none
    of the records nobody reads."""

    project: Project
    rules: RuleSet
    _execution: ExecutionResult | Callable[[], Result] = attrs.field(eq=_unmade("execution"),
                                                                     repr=_unmade("execution"))
    _indicators: tuple[IndicatorResult, ...] | Callable[[], Result] = attrs.field(eq=_unmade("indicators"),
                                                                                  repr=_unmade("indicators"))
    total: Decimal
    grade: str
    _findings: tuple[Finding, ...] | Callable[[], Result] = attrs.field(eq=_unmade("findings"),
                                                                       repr=_unmade("findings"))

    @property
    def execution(self) -> ExecutionResult:
        made = self._execution
        return _once(self, "execution") if callable(made) else made

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        made = self._indicators
        return _once(self, "indicators") if callable(made) else made

    @property
    def findings(self) -> tuple[Finding, ...]:
        made = self._findings
        return _once(self, "findings") if callable(made) else made


# ---------------------------------------------------------------- sources


class Row(NamedTuple):
    """One printed row of a source: its cells, where it starts, and the column each
    cell starts at.

    Every source kind (text in any of its layouts, HTML, Word, Excel, PDF) becomes rows,
    so that one card reader serves them all.  A span's `file` names the place inside the
    file when there is one (`report.xlsx[Sheet1]`, `report.pdf[page 3]`); `line` is the
    text line, sheet row or row on the page; `cols` the text column or sheet column of
    each cell.  (A named tuple: a report has one for every line.)"""

    cells: tuple[str, ...]
    span: Span
    cols: tuple[int, ...]

    def at(self, cell: int) -> Span:
        return Span(self.span.file, self.span.line, self.cols[cell] if cell < len(self.cols) else 1)

    @property
    def text(self) -> str:
        return " ".join(self.cells)


@attrs.frozen
class Source:
    """A file turned into rows of cells, with how it was read: the source kind (`text`,
    `html`, `docx`, `xls`, `xlsx`, `pdf`), the text layout or encoding when there is one,
    and what the reading noticed (a formula with no saved value, traditional characters
    mapped to simplified, …)."""

    file: str
    kind: str
    rows: tuple[Row, ...]
    encoding: str | None = None
    layout: str | None = None
    notes: tuple[Finding, ...] = ()


# ---------------------------------------------------------------- reports


@attrs.frozen
class Claims:
    """What a report's narrative says about its own scorecards (九、预算绩效情况说明)."""

    projects: Decimal | None = None
    funds: Decimal | None = None  # 万元
    grades: Mapping[str, Decimal] = attrs.field(factory=dict)
    spans: Mapping[str, Span] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Report:
    file: str
    projects: tuple[Project, ...]
    claims: Claims | None = None
    findings: tuple[Finding, ...] = ()  # scorecards that could not be read in full


@attrs.frozen
class ScorecardAudit:
    result: Result
    findings: tuple[Finding, ...]

    @property
    def recomputable(self) -> bool:
        """Whether the card's total (and so its grade) could be recomputed: not when a cell
        it needs is unreadable or blank (JS407).  Otherwise every writer shows its total and
        grade as "—", and the summary counts it under no grade."""
        return not any(f.code == "JS407" for f in self.findings)


@attrs.frozen
class Audit:
    """Every scorecard recomputed under one rule set, and what disagrees."""

    rules: str
    chosen_by: str  # "option", "project" or "inference"
    candidates: Mapping[str, int]  # rule set → published numbers it explains
    scorecards: tuple[ScorecardAudit, ...]
    findings: tuple[Finding, ...]  # about the report as a whole
    sources: tuple[str, ...] = ()


# ---------------------------------------------------------------- what writers print
#
# An audit as the writers print it (tables, Markdown, HTML, JSON, the web page): every
# number already written as the form writes it, every word in the chosen language, built
# once by `jsperf.writers.views` so that no writer formats or re-parses a number itself.


@attrs.frozen
class Shown:
    """A published number beside the recomputed one, each as printed (None: not printed,
    or not recomputable); `differs` when they disagree beyond the tolerance."""

    reported: str | None
    recomputed: str | None
    differs: bool = False


@attrs.frozen
class FindingLine:
    code: str
    name: str
    severity: str
    severity_label: str
    message: str
    location: str | None
    project: str | None
    indicator: str | None
    reported: str | None
    recomputed: str | None
    rule: str | None
    doc: str


@attrs.frozen
class IndicatorLine:
    level1: str
    level2: str
    name: str
    op: str
    target: str | None  # the number, or the qualitative word
    target_high: str | None
    target_text: str  # as the form prints it: `≥90%`
    unit: str | None
    actual: str
    weight: str | None  # None: neither printed nor given by the form (JS411)
    points: Shown
    derivation: str | None


@attrs.frozen
class FundsLine:
    unit: str
    initial_budget: str | None
    budget: str | None
    executed: str | None


@attrs.frozen
class ExecutionLine:
    rate: Shown
    weight: str
    points: Shown
    derivation: str | None
    rate_derivation: str | None


@attrs.frozen
class RulesChoice:
    """The rule set (or sets) and how chosen: `option`, `project`, `inference`; the fit of
    each candidate; for a batch, each file's own choice."""

    name: str
    chosen_by: str
    candidates: Mapping[str, int] = attrs.field(factory=dict)
    per_file: Mapping[str, RulesChoice] = attrs.field(factory=dict)


@attrs.frozen
class ScorecardView:
    name: str
    department: str | None
    implementer: str | None
    year: int | None
    location: str | None
    rules: RulesChoice  # the card's own rule set; how the file's was chosen
    funds: FundsLine
    execution: ExecutionLine
    indicators: tuple[IndicatorLine, ...]
    total: Shown  # recomputed None when the card cannot be recomputed (JS407)
    total_derivation: str
    grade: Shown
    provisional: int  # errors in what was scored: the total and grade are not final
    findings: tuple[FindingLine, ...]


@attrs.frozen
class Summary:
    projects: int
    errors: int
    warnings: int
    infos: int
    rounded_fund_rows: int  # cards whose two fund rows differ only in rounding (no JS313)
    grades: Mapping[str, int]


@attrs.frozen
class Unreadable:
    """A file of a batch that gave no audit, and why (its message as printed)."""

    path: str
    reason: str


@attrs.frozen
class AuditView:
    rules: RulesChoice
    sources: tuple[str, ...]
    projects: tuple[ScorecardView, ...]
    findings: tuple[FindingLine, ...]  # about the report as a whole
    summary: Summary
    unreadable: tuple[Unreadable, ...] = ()  # files of a batch that could not be audited
