"""Every diagnostic code jsperf can emit, in one registry.

A code is never reused for another meaning.  Each has a page `docs/codes/<CODE>.md`
(a test keeps the two in step), and JSON output links to it.
"""

from __future__ import annotations

import attrs

from jsperf.model import Finding, Severity, Span

DOCS_URL = "docs/codes/{code}.md"


@attrs.frozen
class Code:
    code: str
    name: str
    severity: Severity
    summary: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {c.code: c for c in (
    # scoring one scorecard
    Code("JS101", "budget-zero", _W, "全年预算数 A is 0: the execution rate cannot be computed"),
    Code("JS102", "funds-missing", _E, "a fund figure needed for the execution rate is missing"),
    Code("JS103", "actual-missing", _E, "an indicator has no actual (实际完成值)"),
    Code("JS104", "actual-not-number", _E, "the actual of a numeric target is neither a number nor a verdict"),
    Code("JS105", "verdict-for-numeric-target", _W, "a qualitative verdict was given against a numeric target"),
    Code("JS106", "number-for-qualitative-target", _E, "a number was given against a qualitative target"),
    Code("JS107", "unit-mismatch", _E, "the actual's unit cannot be converted to the target's"),
    Code("JS108", "negative-actual", _E, "an actual is negative"),
    Code("JS109", "unknown-verdict", _E, "a verdict word matches none of the rule set's tiers"),
    Code("JS110", "no-rule", _E, "the rule set has no rule that scores this indicator"),
    Code("JS111", "score-outside-tier", _E, "a qualitative score lies outside its verdict's band"),
    Code("JS112", "approximate-operator", _W, "a target uses `≈`, which the form does not know; read as `=`"),
    Code("JS113", "formula-failed", _E, "a rule's formula could not be computed (division by zero)"),
    # checking an indicator set
    Code("JS201", "weights-total", _E, "the weights do not add up to the rule set's total"),
    Code("JS202", "duplicate-indicator", _E, "two indicators of one set have the same name"),
    Code("JS203", "target-kind-misfits-heading", _W, "the kind of target does not fit its heading"),
    Code("JS204", "basis-missing", _W, "the rule set asks for a basis and the indicator gives none"),
    Code("JS205", "unknown-heading", _W, "a 二级指标 that the form does not have"),
    Code("JS206", "execution-weight-differs", _W, "the set's execution weight differs from the rule set's"),
    # published numbers against recomputed ones
    Code("JS301", "execution-rate-mismatch", _E, "the published execution rate is not B / A"),
    Code("JS302", "execution-points-mismatch", _E, "the published execution points do not follow the rule"),
    Code("JS303", "points-mismatch", _E, "an indicator's published points do not follow the rule"),
    Code("JS304", "total-mismatch", _E, "the published total is not the sum of the published parts"),
    Code("JS305", "grade-mismatch", _E, "the published grade does not follow from the total"),
    Code("JS306", "points-above-weight", _E, "an indicator got more points than its weight"),
    Code("JS307", "deviation-note-missing", _W, "points were withheld and no deviation note says why"),
    Code("JS308", "points-withheld", _W, "the target was met in full yet points were withheld"),
    Code("JS309", "overrun-kept-full-points", _W, "a cost overran its target yet kept full points"),
    Code("JS310", "money-unit-suspect", _W, "a money target's unit looks wrong against the budget"),
    Code("JS311", "nonstandard-operator", _I, "a target's operator is printed in a non-standard glyph"),
    Code("JS312", "blank-score", _W, "a score is blank and was read as 0"),
    Code("JS313", "fund-rows", _I, "the two fund rows differ; the more precise one was used"),
    Code("JS314", "total-recomputed-differs", _E, "the published total differs from the recomputed one"),
    Code("JS315", "target-without-operator", _W, "a numeric target is printed with no operator"),
    # the report as a whole
    Code("JS401", "claimed-project-count", _E, "the narrative's count of evaluated projects is not the count of scorecards"),
    Code("JS402", "claimed-grade-count", _E, "the narrative's count of projects with a grade does not match the scorecards"),
    Code("JS403", "claimed-funds", _W, "the narrative's funds covered do not match the scorecards"),
    Code("JS404", "scorecard-unreadable", _E, "a scorecard could not be read in full"),
)}


def finding(code: str, message: str, span: Span | None = None, **fields: str | None) -> Finding:
    """A finding whose severity comes from the registry, so no call site can disagree."""
    return Finding(code, CODES[code].severity, message, span, **fields)  # type: ignore[arg-type]
