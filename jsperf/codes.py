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
    """A diagnostic code with everything its documentation page says."""

    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    example: str
    fix: str

    def page(self) -> str:
        """The page `docs/codes/<CODE>.md`; the HTML report embeds the same text."""
        return (f"# {self.code} {self.name}\n\n**Severity:** {self.severity.value}\n\n"
                f"{self.summary[0].upper() + self.summary[1:]}.\n\n## Why it matters\n\n{self.why}\n\n"
                f"## Example\n\n```text\n{self.example}\n```\n\n## How to fix\n\n{self.fix}\n")


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {c.code: c for c in (
    # scoring one scorecard
    Code("JS101", "budget-zero", _W, "全年预算数 A is 0: the execution rate cannot be computed",
         why='A budget of 0 makes B / A undefined; the form still shows a rate, so someone made it up.',
         example='项目资金  年初预算数 0  全年预算数 A 0  全年执行数 B 3.5  执行率 100  得分 10',
         fix="Enter the full-year budget A as adjusted during the year. If the project truly had no budget, the rule set's `budget zero` rule decides its points (`none` in the shipped sets)."),
    Code("JS102", "funds-missing", _E, "a fund figure needed for the execution rate is missing",
         why='Without A and B the execution rate, and so 10 of the 100 points, cannot be checked.',
         example='funds:\n  budget: 12.3\n  # executed: missing',
         fix='Add `executed:` (全年执行数 B) and `budget:` (全年预算数 A) under `funds:`.'),
    Code("JS103", "actual-missing", _E, "an indicator has no actual (实际完成值)",
         why='An indicator with no 实际完成值 cannot earn points; the published score then has no basis.',
         example='actuals:\n  # 档案整理归档数量 is not listed',
         fix='Give the actual under `actuals:`, a number or a verdict such as 基本达成目标.'),
    Code("JS104", "actual-not-number", _E, "the actual of a numeric target is neither a number nor a verdict",
         why='The target is a number, but the actual is a word jsperf cannot read as one.',
         example='档案整理归档数量: 若干',
         fix="Write the number achieved (`75765`), or a verdict word from the rule set's tiers."),
    Code("JS105", "verdict-for-numeric-target", _W, "a qualitative verdict was given against a numeric target",
         why="Numeric targets are scored by formula; a verdict instead leaves the score to the evaluator's judgement.",
         example='满意度指标  职工满意度  90  基本达成 目标  10  10',
         fix='Report the number achieved, or make the target qualitative if it really is.'),
    Code("JS106", "number-for-qualitative-target", _E, "a number was given against a qualitative target",
         why='A qualitative target (及时, 有效保障) has no number to compare with.',
         example='产出指标/时效指标 "及时性" "及时" 20   — actual: 3',
         fix='Give a verdict (基本达成目标 / 部分实现目标 / 实现目标程度较低) with the assessed points.'),
    Code("JS107", "unit-mismatch", _E, "the actual's unit cannot be converted to the target's",
         why='Comparing 台 with 人, or money with a count, gives a meaningless ratio.',
         example='target `>= 2 台`, actual `3 人`',
         fix="Use the target's unit, or a money unit jsperf can convert (元, 万元, 亿元)."),
    Code("JS108", "negative-actual", _E, "an actual is negative",
         why='No count, cost or rate is negative; a sign slip changes the ratio completely.',
         example='actual: -3',
         fix='Correct the sign.'),
    Code("JS109", "unknown-verdict", _E, "a verdict word matches none of the rule set's tiers",
         why='The verdict decides the band of points; an unknown word decides nothing.',
         example='actual: 火星文 against `"及时"`',
         fix="Use one of the rule set's tier words (see `jsperf rules show NAME`), or add the word as a synonym in your rule set."),
    Code("JS110", "no-rule", _E, "the rule set has no rule that scores this indicator",
         why='The rule set cannot score this indicator: no rule for its operator, or a rule that says `none`.',
         example='a `<` target under a rule set without `score <`',
         fix='Add the rule (`score < like <=`) to the rule set, or use another rule set.'),
    Code("JS111", "score-outside-tier", _E, "a qualitative score lies outside its verdict's band",
         why='Each verdict allows a band of the weight (基本达成目标 80–100%); a score outside it contradicts the verdict.',
         example='时效指标  档案整理归档及时性  及时  部分实现 目标  20  18   (部分实现目标 allows 12–16)',
         fix='Bring the score into the band, or change the verdict.'),
    Code("JS112", "approximate-operator", _W, "a target uses `≈`, which the form does not know; read as `=`",
         why="`≈` is not an operator of the form; read as `=`, a 'roughly' target becomes an exact one.",
         example='产出指标  数量指标  保洁人员  ≈2 名',
         fix='Write `=`, `≥` or `≤`.'),
    Code("JS113", "formula-failed", _E, "a rule's formula could not be computed (division by zero)",
         why='A formula divided by zero (a target or actual of 0 in a ratio).',
         example='score >= with target 0 and no `target zero` rule',
         fix='Add a `target zero:` rule to the rule set, or correct the target.'),
    # checking an indicator set
    Code("JS201", "weights-total", _E, "the weights do not add up to the rule set's total",
         why="Execution points and indicator weights must add up to 100 (or the rule set's `total`).",
         example='execution 10 + indicators 95 = 105',
         fix='Adjust the weights.'),
    Code("JS202", "duplicate-indicator", _E, "two indicators of one set have the same name",
         why='Two indicators with one name cannot be told apart in actuals or in a report.',
         example='two rows named 资金发放准确率',
         fix='Rename one of them.'),
    Code("JS203", "target-kind-misfits-heading", _W, "the kind of target does not fit its heading",
         why="The target's kind does not fit its heading: a `≥` cost rewards spending more; a quantity indicator with a word has no quantity.",
         example='成本指标  经济成本指标  政务大厅运行成本  \\geq 12.3 万元',
         fix='Use `≤` for costs, a number for quantities, and move timeliness words under 时效指标.'),
    Code("JS204", "basis-missing", _W, "the rule set asks for a basis and the indicator gives none",
         why='Some regions require every indicator to cite the document it comes from.',
         example='rule set with `require basis`, indicator without `basis "…"`',
         fix='Add `basis "…"` under the indicator line.'),
    Code("JS205", "unknown-heading", _W, "a 二级指标 that the form does not have",
         why="The 二级指标 is not one of the form's; reports and tools that group by heading will misplace it.",
         example='产出指标/奇怪指标 "x" >= 1 台 5',
         fix='Use a heading from the form (see the indicator language reference).'),
    Code("JS206", "execution-weight-differs", _W, "the set's execution weight differs from the rule set's",
         why="The set's execution weight differs from the rule set's; the total no longer adds up the region's way.",
         example='execution 20 in the set, `execution weight 10` in the rule set',
         fix='Align the two.'),
    # published numbers against recomputed ones
    Code("JS301", "execution-rate-mismatch", _E, "the published execution rate is not B / A",
         why='执行率 must be B / A, rounded half up to two decimals.',
         example='全年预算数 A 5, 全年执行数 B 3.921325, printed 87.43 (B / A = 78.43)',
         fix='Recompute B / A × 100%.'),
    Code("JS302", "execution-points-mismatch", _E, "the published execution points do not follow the rule",
         why="Execution points follow from the rate by the rule set's bands or formula.",
         example='执行率 23.18%, 得分 5 (jiangxi: below 60% → 0)',
         fix='Apply the rule; `jsperf score --explain` shows the band used.'),
    Code("JS303", "points-mismatch", _E, "an indicator's published points do not follow the rule",
         why="An indicator's points do not follow from its target, actual and weight under the rule set.",
         example='成本指标  医保资金成本  = 25000 元  27533  20  20   (jiangxi: 20 × (1 − 10.13%) = 17.97)',
         fix='Apply the rule, or explain in the deviation note why the rule set does not apply.'),
    Code("JS304", "total-mismatch", _E, "the published total is not the sum of the published parts",
         why='The printed total is not the sum of the printed parts: an addition slip.',
         example='parts add up to 92, 总分 printed 93',
         fix='Add the parts again.'),
    Code("JS305", "grade-mismatch", _E, "the published grade does not follow from the total",
         why='The grade follows from the total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (财预〔2020〕10号).',
         example='总分 88, 等级 优',
         fix='Use the grade the total gives.'),
    Code("JS306", "points-above-weight", _E, "an indicator got more points than its weight",
         why='No indicator can earn more than its weight.',
         example='分值 15, 得分 16',
         fix='Cap the points at the weight.'),
    Code("JS307", "deviation-note-missing", _W, "points were withheld and no deviation note says why",
         why='When points are withheld the form asks why (偏差原因分析及改进措施).',
         example='得分 17 of 20, deviation note empty',
         fix='Write the reason and the improvement.'),
    Code("JS308", "points-withheld", _W, "the target was met in full yet points were withheld",
         why='The target was met in full, yet the score is below the weight.',
         example='≥90%, actual 95, 分值 10, 得分 8',
         fix='Give full points, or correct the actual.'),
    Code("JS309", "overrun-kept-full-points", _W, "a cost overran its target yet kept full points",
         why='A cost above its target kept full points: the overrun went unpunished.',
         example='= 25000 元, actual 27533, 得分 20 of 20',
         fix='Score the overrun by the rule set, or explain why it is allowed.'),
    Code("JS310", "money-unit-suspect", _W, "a money target's unit looks wrong against the budget",
         why='A money target 10,000 times too small or too large against the budget usually means 元 and 万元 were mixed up.',
         example='\\geq 1879.5922 元 on a budget of 1879.5922 万元',
         fix='Correct the unit (here: 万元).'),
    Code("JS311", "nonstandard-operator", _I, "a target's operator is printed in a non-standard glyph",
         why='The operator is printed as LaTeX (`\\geq`) or a rare glyph (`≧`): harmless to jsperf, a sign of copy-paste from elsewhere.',
         example='\\geq 90%, ≧8 万元',
         fix="Print the form's own symbols: ≥ ≤ =."),
    Code("JS312", "blank-score", _W, "a score is blank and was read as 0",
         why='A blank score is read as 0; if that was not meant, the total is wrong.',
         example='时效指标  见义勇为及时率  及时  实现目标 程度较低  20  (blank)',
         fix='Print 0, or the score meant.'),
    Code("JS313", "fund-rows", _I, "the two fund rows differ; the more precise one was used",
         why='The two fund rows (年度资金总额 and 政府预算资金) differ, usually in rounding; jsperf recomputes from the more precise one.',
         example='年度资金总额 B 8.386, 政府预算资金 B 8.38569',
         fix='Nothing to fix if the difference is rounding; otherwise reconcile the rows.'),
    Code("JS314", "total-recomputed-differs", _E, "the published total differs from the recomputed one",
         why='The printed total differs from the total recomputed under the rule set.',
         example='总分 printed 95.61, recomputed 93.58',
         fix='Fix the parts first (JS302, JS303), then the total.'),
    Code("JS315", "target-without-operator", _W, "a numeric target is printed with no operator",
         why='A numeric target without `≥`, `≤` or `=` is ambiguous; jsperf reads it as `≥`.',
         example='满意度指标  职工满意度  90',
         fix='Print the operator: `≥90%`.'),
    # the report as a whole
    Code("JS401", "claimed-project-count", _E, "the narrative's count of evaluated projects is not the count of scorecards",
         why="The narrative's count of self-evaluated projects must match the scorecards published.",
         example='“二级项目 24 个全面开展绩效自评”, 23 scorecards in the report',
         fix='Publish the missing scorecard or correct the count.'),
    Code("JS402", "claimed-grade-count", _E, "the narrative's count of projects with a grade does not match the scorecards",
         why="The narrative's grade counts must match the grades the scorecards' totals give.",
         example='“19 个项目评价结果为“优””, 18 totals ≥ 90',
         fix='Recount the grades from the scorecards.'),
    Code("JS403", "claimed-funds", _W, "the narrative's funds covered do not match the scorecards",
         why="The funds the narrative says were covered should equal the scorecards' 全年预算数 A.",
         example='“共涉及资金 3286.2995 万元”, scorecards add up to 3258.79954',
         fix='Reconcile the figure with the scorecards.'),
    Code("JS404", "scorecard-unreadable", _E, "a scorecard could not be read in full",
         why='A scorecard was found but could not be read in full; its numbers are not checked.',
         example='a scorecard without its 总分 row',
         fix='Check the text extraction around the given line; report the layout if it is a new one.'),
)}


def index_page() -> str:
    rows = [f"| [{c.code}]({c.code}.md) | {c.name} | {c.severity.value} | {c.summary} |" for c in CODES.values()]
    return ("# Diagnostic codes\n\nEvery finding jsperf reports carries one of these codes. "
            "A code never changes meaning.\n\n| code | name | severity | meaning |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n")


def write_pages(folder: str) -> None:
    """Write `docs/codes/` from the registry (`make docs`); a test keeps them in step."""
    from pathlib import Path

    target = Path(folder)
    for code in CODES.values():
        (target / f"{code.code}.md").write_text(code.page(), encoding="utf-8")
    (target / "index.md").write_text(index_page(), encoding="utf-8")


def finding(code: str, message: str, span: Span | None = None, **fields: str | None) -> Finding:
    """A finding whose severity comes from the registry, so no call site can disagree."""
    return Finding(code, CODES[code].severity, message, span, **fields)  # type: ignore[arg-type]
