"""Every diagnostic code jsperf can emit, in one registry.

A code is never reused for another meaning.  Each has a page `docs/codes/<CODE>.md`
(a test keeps the two in step), and JSON output links to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from jsperf.model import Finding, Severity, Span
from jsperf.numbers import plain

DOCS_URL = "docs/codes/{code}.md"


class _Blanks(dict[str, str]):
    """A blank no call site filled shows as `{name}` rather than stopping the run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@attrs.frozen
class Code:
    """A diagnostic code with everything its documentation page says."""

    code: str
    name: str
    severity: Severity
    en_summary: str
    zh: str | Mapping[str, str]  # the message, by language; a mapping holds variants by `kind`
    en: str | Mapping[str, str]
    en_why: str
    example: str
    en_fix: str
    # the page's texts in Chinese, the default language (English above, for `--lang en`)
    zh_summary: str = ""
    zh_why: str = ""
    zh_fix: str = ""

    def summary(self, lang: str = "zh") -> str:
        return self.zh_summary or self.en_summary if lang == "zh" else self.en_summary

    def why(self, lang: str = "zh") -> str:
        return self.zh_why or self.en_why if lang == "zh" else self.en_why

    def fix(self, lang: str = "zh") -> str:
        return self.zh_fix or self.en_fix if lang == "zh" else self.en_fix

    def message(self, params: Mapping[str, str], lang: str = "zh") -> str:
        template = self.zh if lang == "zh" else self.en
        if not isinstance(template, str):
            template = template[params["kind"]]
        return template.format_map(_Blanks(params))

    def page(self) -> str:
        """The page `docs/codes/<CODE>.md`; the HTML report embeds the same text."""
        return (f"# {self.code} {self.name}\n\n**Severity:** {self.severity.value}\n\n"
                f"{self.en_summary[0].upper() + self.en_summary[1:]}.\n\n## Why it matters\n\n{self.en_why}\n\n"
                f"## Example\n\n```text\n{self.example}\n```\n\n## How to fix\n\n{self.en_fix}\n\n"
                f"## Message\n\n{self._messages()}\n")

    def _messages(self) -> str:
        """The wording, with its blanks in braces: Chinese (the default) and `--lang en`."""
        if isinstance(self.zh, str) and isinstance(self.en, str):
            return f"- zh: {self.zh}\n- en: {self.en}"
        assert not isinstance(self.zh, str) and not isinstance(self.en, str)
        return "\n".join(f"- {kind}: {self.zh[kind]} / {self.en[kind]}" for kind in self.zh)


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {c.code: c for c in (
    # scoring one scorecard
    Code("JS101", "budget-zero", _W, "全年预算数 A is 0: the execution rate cannot be computed",
         zh='全年预算数 A 为 0（全年执行数 B = {executed}），无法计算执行率',
         en='全年预算数 A is 0 (B = {executed}): the execution rate cannot be computed',
         en_why='A budget of 0 makes B / A undefined; the form still shows a rate, so someone made it up.',
         example='项目资金  年初预算数 0  全年预算数 A 0  全年执行数 B 3.5  执行率 100  得分 10',
         en_fix="Enter the full-year budget A as adjusted during the year. If the project truly had no budget, the rule set's `budget zero` rule decides its points (`none` in the shipped sets)."),
    Code("JS102", "funds-missing", _E, "a fund figure needed for the execution rate is missing",
         zh='缺少全年预算数 A 或全年执行数 B，无法计算执行率',
         en='全年预算数 A and 全年执行数 B are both needed for the execution rate',
         en_why='Without A and B the execution rate, and so 10 of the 100 points, cannot be checked.',
         example='funds:\n  budget: 12.3\n  # executed: missing',
         en_fix='Add `executed:` (全年执行数 B) and `budget:` (全年预算数 A) under `funds:`.'),
    Code("JS103", "actual-missing", _E, "an indicator has no actual (实际完成值)",
         zh='未填写实际完成值',
         en='no actual (实际完成值) is given',
         en_why='An indicator with no 实际完成值 cannot earn points; the published score then has no basis.',
         example='actuals:\n  # 档案整理归档数量 is not listed',
         en_fix='Give the actual under `actuals:`, a number or a verdict such as 基本达成目标.'),
    Code("JS104", "actual-not-number", _E, "the actual of a numeric target is neither a number nor a verdict",
         zh='实际完成值 {actual} 既不是数值，也不是定性结论',
         en='actual {actual} is neither a number nor a verdict',
         en_why='The target is a number, but the actual is a word jsperf cannot read as one.',
         example='档案整理归档数量: 若干',
         en_fix="Write the number achieved (`75765`), or a verdict word from the rule set's tiers."),
    Code("JS105", "verdict-for-numeric-target", _W, "a qualitative verdict was given against a numeric target",
         zh='数值型指标值 {target} 填报的是定性结论 {verdict}，按结论档次计分',
         en='verdict {verdict} against the numeric target {target}; scored by its tier',
         en_why="Numeric targets are scored by formula; a verdict instead leaves the score to the evaluator's judgement.",
         example='满意度指标  职工满意度  90  基本达成 目标  10  10',
         en_fix='Report the number achieved, or make the target qualitative if it really is.'),
    Code("JS106", "number-for-qualitative-target", _E, "a number was given against a qualitative target",
         zh='定性指标值 {target} 填报的是数值 {actual}',
         en='a number ({actual}) was given against the qualitative target {target}',
         en_why='A qualitative target (及时, 有效保障) has no number to compare with.',
         example='产出指标/时效指标 "及时性" "及时" 20   — actual: 3',
         en_fix='Give a verdict (基本达成目标 / 部分实现目标 / 实现目标程度较低) with the assessed points.'),
    Code("JS107", "unit-mismatch", _E, "the actual's unit cannot be converted to the target's",
         zh='实际完成值的单位 {actual_unit} 无法换算为指标值的单位 {target_unit}',
         en='the actual is in {actual_unit}, the target in {target_unit}: they cannot be compared',
         en_why='Comparing 台 with 人, or money with a count, gives a meaningless ratio.',
         example='target `>= 2 台`, actual `3 人`',
         en_fix="Use the target's unit, or a money unit jsperf can convert (元, 万元, 亿元)."),
    Code("JS108", "negative-actual", _E, "an actual is negative",
         zh='实际完成值为负数（{actual}）',
         en='the actual is negative ({actual})',
         en_why='No count, cost or rate is negative; a sign slip changes the ratio completely.',
         example='actual: -3',
         en_fix='Correct the sign.'),
    Code("JS109", "unknown-verdict", _E, "a verdict word matches none of the rule set's tiers",
         zh='定性结论 {verdict} 不属于规则 {rules} 的任何档次（{tiers}）',
         en="verdict {verdict} is in none of rule set {rules}'s tiers ({tiers})",
         en_why='The verdict decides the band of points; an unknown word decides nothing.',
         example='actual: 火星文 against `"及时"`',
         en_fix="Use one of the rule set's tier words (see `jsperf rules show NAME`), or add the word as a synonym in your rule set."),
    Code("JS110", "no-rule", _E, "the rule set has no rule that scores this indicator",
         zh={'missing': '规则 {rules} 没有 `{rule}` 规则，无法计分', 'zero': '指标值为 0，规则 {rules} 没有 `target zero` 规则，无法计分', 'none': '规则 {rules} 的 `{rule}` 在 {inputs} 时不给分'},
         en={'missing': 'rule set {rules} has no `{rule}` rule', 'zero': 'the target is 0 and rule set {rules} has no `target zero` rule', 'none': 'rule set {rules}: `{rule}` gives no points for {inputs}'},
         en_why='The rule set cannot score this indicator: no rule for its operator, or a rule that says `none`.',
         example='a `<` target under a rule set without `score <`',
         en_fix='Add the rule (`score < like <=`) to the rule set, or use another rule set.'),
    Code("JS111", "score-outside-tier", _E, "a qualitative score lies outside its verdict's band",
         zh='{points} 分不在结论 {verdict} 的分值区间内：{tier} {low_pct}–{high_pct} × {weight} = {low}–{high}',
         en='{points} lies outside the band of verdict {verdict}: {tier} {low_pct}–{high_pct} × {weight} = {low}–{high}',
         en_why='Each verdict allows a band of the weight (基本达成目标 80–100%); a score outside it contradicts the verdict.',
         example='时效指标  档案整理归档及时性  及时  部分实现 目标  20  18   (部分实现目标 allows 12–16)',
         en_fix='Bring the score into the band, or change the verdict.'),
    Code("JS112", "approximate-operator", _W, "a target uses `≈`, which the form does not know; read as `=`",
         zh='指标值 {target} 使用了 `≈`，按 `=` 处理',
         en='target {target} uses `≈`, which the form does not know; read as `=`',
         en_why="`≈` is not an operator of the form; read as `=`, a 'roughly' target becomes an exact one.",
         example='产出指标  数量指标  保洁人员  ≈2 名',
         en_fix='Write `=`, `≥` or `≤`.'),
    Code("JS113", "formula-failed", _E, "a rule's formula could not be computed (division by zero)",
         zh='规则 {rules} 的 `{rule}` 在 {inputs} 时除以零',
         en='`{rule}` of rule set {rules} divides by zero for {inputs}',
         en_why='A formula divided by zero (a target or actual of 0 in a ratio).',
         example='score >= with target 0 and no `target zero` rule',
         en_fix='Add a `target zero:` rule to the rule set, or correct the target.'),
    # checking an indicator set
    Code("JS201", "weights-total", _E, "the weights do not add up to the rule set's total",
         zh='分值合计 {total}（执行率 {execution} + 指标 {indicators}），应为 {expected}',
         en='weights add up to {total} (execution {execution} + indicators {indicators}), not {expected}',
         en_why="Execution points and indicator weights must add up to 100 (or the rule set's `total`).",
         example='execution 10 + indicators 95 = 105',
         en_fix='Adjust the weights.'),
    Code("JS202", "duplicate-indicator", _E, "two indicators of one set have the same name",
         zh='指标 {name} 重复出现',
         en='indicator {name} is declared twice',
         en_why='Two indicators with one name cannot be told apart in actuals or in a report.',
         example='two rows named 资金发放准确率',
         en_fix='Rename one of them.'),
    Code("JS203", "target-kind-misfits-heading", _W, "the kind of target does not fit its heading",
         zh={'cost_ge': '成本指标的指标值用了 `{op}`：成本越高得分越高', 'quantity_word': '数量指标的指标值是定性的 {target}', 'timely_word': '时效用语 {target} 出现在 {level2} 下', 'cost_unit': '成本指标以 {unit} 计量，而非金额'},
         en={'cost_ge': 'a cost indicator with a `{op}` target rewards spending more', 'quantity_word': 'a quantity indicator with the qualitative target {target}', 'timely_word': 'the timeliness word {target} under {level2}', 'cost_unit': 'a cost indicator measured in {unit}, not money'},
         en_why="The target's kind does not fit its heading: a `≥` cost rewards spending more; a quantity indicator with a word has no quantity.",
         example='成本指标  经济成本指标  政务大厅运行成本  \\geq 12.3 万元',
         en_fix='Use `≤` for costs, a number for quantities, and move timeliness words under 时效指标.'),
    Code("JS204", "basis-missing", _W, "the rule set asks for a basis and the indicator gives none",
         zh='规则 {rules} 要求每个指标注明依据（basis）',
         en='rule set {rules} asks every indicator for a `basis`',
         en_why='Some regions require every indicator to cite the document it comes from.',
         example='rule set with `require basis`, indicator without `basis "…"`',
         en_fix='Add `basis "…"` under the indicator line.'),
    Code("JS205", "unknown-heading", _W, "a 二级指标 that the form does not have",
         zh='{level2} 不是 {level1} 的二级指标（应为 {known}）',
         en='{level2} is not a 二级指标 of {level1} ({known})',
         en_why="The 二级指标 is not one of the form's; reports and tools that group by heading will misplace it.",
         example='产出指标/奇怪指标 "x" >= 1 台 5',
         en_fix='Use a heading from the form (see the indicator language reference).'),
    Code("JS206", "execution-weight-differs", _W, "the set's execution weight differs from the rule set's",
         zh='本指标集执行率分值 {weight}，规则 {rules} 为 {expected}',
         en='execution weight {weight} here, {expected} in rule set {rules}',
         en_why="The set's execution weight differs from the rule set's; the total no longer adds up the region's way.",
         example='execution 20 in the set, `execution weight 10` in the rule set',
         en_fix='Align the two.'),
    # published numbers against recomputed ones
    Code("JS301", "execution-rate-mismatch", _E, "the published execution rate is not B / A",
         zh='执行率公布为 {reported}%，B / A = {executed} / {budget} = {recomputed}%',
         en='执行率 printed {reported}%, B / A = {executed} / {budget} = {recomputed}%',
         en_why='执行率 must be B / A, rounded half up to two decimals.',
         example='全年预算数 A 5, 全年执行数 B 3.921325, printed 87.43 (B / A = 78.43)',
         en_fix='Recompute B / A × 100%.'),
    Code("JS302", "execution-points-mismatch", _E, "the published execution points do not follow the rule",
         zh='执行率得分公布为 {reported}，按规则执行率 {rate}% 应得 {recomputed}',
         en='execution points printed {reported}, the rule gives {recomputed} for {rate}%',
         en_why="Execution points follow from the rate by the rule set's bands or formula.",
         example='执行率 23.18%, 得分 5 (jiangxi: below 60% → 0)',
         en_fix='Apply the rule; `jsperf score --explain` shows the band used.'),
    Code("JS303", "points-mismatch", _E, "an indicator's published points do not follow the rule",
         zh='得分公布为 {reported}，按规则应为 {recomputed}',
         en='printed {reported}, the rule gives {recomputed}',
         en_why="An indicator's points do not follow from its target, actual and weight under the rule set.",
         example='成本指标  医保资金成本  = 25000 元  27533  20  20   (jiangxi: 20 × (1 − 10.13%) = 17.97)',
         en_fix='Apply the rule, or explain in the deviation note why the rule set does not apply.'),
    Code("JS304", "total-mismatch", _E, "the published total is not the sum of the published parts",
         zh='总分公布为 {reported}，公布的各项得分之和为 {recomputed}',
         en='总分 printed {reported}, its printed parts add up to {recomputed}',
         en_why='The printed total is not the sum of the printed parts: an addition slip.',
         example='parts add up to 92, 总分 printed 93',
         en_fix='Add the parts again.'),
    Code("JS305", "grade-mismatch", _E, "the published grade does not follow from the total",
         zh='等级公布为 {reported}，总分 {total} 应为 {recomputed}',
         en='等级 printed {reported}, the total {total} gives {recomputed}',
         en_why='The grade follows from the total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (财预〔2020〕10号).',
         example='总分 88, 等级 优',
         en_fix='Use the grade the total gives.'),
    Code("JS306", "points-above-weight", _E, "an indicator got more points than its weight",
         zh='得分 {reported} 超过分值 {weight}',
         en='{reported} points on a weight of {weight}',
         en_why='No indicator can earn more than its weight.',
         example='分值 15, 得分 16',
         en_fix='Cap the points at the weight.'),
    Code("JS307", "deviation-note-missing", _W, "points were withheld and no deviation note says why",
         zh='得 {reported} 分（分值 {weight}），未填写偏差原因分析及改进措施',
         en='{reported} of {weight} points and no deviation note (偏差原因分析及改进措施)',
         en_why='When points are withheld the form asks why (偏差原因分析及改进措施).',
         example='得分 17 of 20, deviation note empty',
         en_fix='Write the reason and the improvement.'),
    Code("JS308", "points-withheld", _W, "the target was met in full yet points were withheld",
         zh='指标值 {op} {target} 已达成（{actual}），却扣了 {withheld} 分',
         en='the target {op} {target} is met ({actual}) yet {withheld} points were withheld',
         en_why='The target was met in full, yet the score is below the weight.',
         example='≥90%, actual 95, 分值 10, 得分 8',
         en_fix='Give full points, or correct the actual.'),
    Code("JS309", "overrun-kept-full-points", _W, "a cost overran its target yet kept full points",
         zh='成本 {actual} 超出指标值 {target}（超支 {overrun}%），仍得满分',
         en='cost {actual} overran its target {target} by {overrun}% yet kept full points',
         en_why='A cost above its target kept full points: the overrun went unpunished.',
         example='= 25000 元, actual 27533, 得分 20 of 20',
         en_fix='Score the overrun by the rule set, or explain why it is allowed.'),
    Code("JS310", "money-unit-suspect", _W, "a money target's unit looks wrong against the budget",
         zh='指标值 {target} 折合 {in_wan} 万元，而项目预算为 {budget} 万元：单位是否有误？',
         en='target {target} is {in_wan} 万元 against a budget of {budget} 万元; is the unit wrong?',
         en_why='A money target 10,000 times too small or too large against the budget usually means 元 and 万元 were mixed up.',
         example='\\geq 1879.5922 元 on a budget of 1879.5922 万元',
         en_fix='Correct the unit (here: 万元).'),
    Code("JS311", "nonstandard-operator", _I, "a target's operator is printed in a non-standard glyph",
         zh='指标值 {target} 的运算符印作 {glyph}',
         en='target {target} prints its operator as {glyph}',
         en_why='The operator is printed as LaTeX (`\\geq`) or a rare glyph (`≧`): harmless to jsperf, a sign of copy-paste from elsewhere.',
         example='\\geq 90%, ≧8 万元',
         en_fix="Print the form's own symbols: ≥ ≤ =."),
    Code("JS312", "blank-score", _W, "a published score is blank; it stays blank and is not compared",
         zh='得分为空（未填写），不作比对',
         en='the score is blank; it stays blank and is not compared',
         en_why='A blank score is not a 0: jsperf never invents a published number, so the indicator and the sum of the published parts cannot be checked.',
         example='时效指标  见义勇为及时率  及时  实现目标 程度较低  20  (blank)',
         en_fix='Print 0, or the score meant.'),
    Code("JS313", "fund-rows", _I, "the two fund rows differ; the more precise one was used",
         zh='年度资金总额 A/B {total_budget}/{total_executed} 与政府预算资金 {gov_budget}/{gov_executed} 不一致，采用{chosen}',
         en='年度资金总额 A/B {total_budget}/{total_executed} and 政府预算资金 {gov_budget}/{gov_executed} differ; using {chosen}',
         en_why='The two fund rows (年度资金总额 and 政府预算资金) differ, usually in rounding; jsperf recomputes from the more precise one.',
         example='年度资金总额 B 8.386, 政府预算资金 B 8.38569',
         en_fix='Nothing to fix if the difference is rounding; otherwise reconcile the rows.'),
    Code("JS314", "total-recomputed-differs", _E, "the published total differs from the recomputed one",
         zh='总分公布为 {reported}，重算为 {recomputed}',
         en='总分 printed {reported}, recomputed {recomputed}',
         en_why='The printed total differs from the total recomputed under the rule set.',
         example='总分 printed 95.61, recomputed 93.58',
         en_fix='Fix the parts first (JS302, JS303), then the total.'),
    Code("JS315", "target-without-operator", _W, "a numeric target is printed with no operator",
         zh='指标值 {target} 没有运算符，按 {op} 处理',
         en='target {target} has no operator; read as {op}',
         en_why='A numeric target without `≥`, `≤` or `=` is ambiguous; jsperf reads it as `≤` under 成本指标 (a cost is kept under its target) and `≥` elsewhere.',
         example='满意度指标  职工满意度  90',
         en_fix='Print the operator: `≥90%`.'),
    # the report as a whole
    Code("JS401", "claimed-project-count", _E, "the narrative's count of evaluated projects is not the count of scorecards",
         zh='报告称 {reported} 个项目开展了绩效自评，实际只有 {recomputed} 张自评表',
         en='the narrative says {reported} projects were self-evaluated; the report holds {recomputed} scorecards',
         en_why="The narrative's count of self-evaluated projects must match the scorecards published.",
         example='“二级项目 24 个全面开展绩效自评”, 23 scorecards in the report',
         en_fix='Publish the missing scorecard or correct the count.'),
    Code("JS402", "claimed-grade-count", _E, "the narrative's count of projects with a grade does not match the scorecards",
         zh='报告称 {reported} 个项目评为“{grade}”，按各表总分应为 {recomputed} 个',
         en="the narrative says {reported} projects were graded {grade}; the scorecards' totals give {recomputed}",
         en_why="The narrative's grade counts must match the grades the scorecards' totals give.",
         example='“19 个项目评价结果为“优””, 18 totals ≥ 90',
         en_fix='Recount the grades from the scorecards.'),
    Code("JS403", "claimed-funds", _W, "the narrative's funds covered do not match the scorecards",
         zh='报告称自评涉及资金 {reported} 万元，各表全年预算数合计 {recomputed} 万元',
         en="the narrative says the self-evaluations cover {reported} 万元; the scorecards' 全年预算数 add up to {recomputed} 万元",
         en_why="The funds the narrative says were covered should equal the scorecards' 全年预算数 A.",
         example='“共涉及资金 3286.2995 万元”, scorecards add up to 3258.79954',
         en_fix='Reconcile the figure with the scorecards.'),
    Code("JS404", "scorecard-unreadable", _E, "a scorecard could not be read in full",
         zh={'duplicate': '指标 {name} 出现两次', 'score': '得分 {score} 不是数值', 'row': '无法识别的指标行（{level1}/{level2}：{cells}）'},
         en={'duplicate': 'indicator {name} appears twice', 'score': 'score {score} is not a number', 'row': 'indicator row not understood (heading {level1}/{level2}, cells {cells})'},
         en_why='A row of a scorecard could not be read; its numbers are not checked (a card cut short is JS406).',
         example='an indicator row whose 分值 cell holds no number',
         en_fix='Check the text extraction around the given line; report the layout if it is a new one.'),
    Code("JS405", "not-a-project-scorecard", _I, "a form that is not a project scorecard was recognised and not scored",
         zh='{form}：这是{kind}，不是项目支出绩效自评表，不按项目自评规则计分',
         en='{form}: this is a {kind}, not a project scorecard (项目支出绩效自评表); it is not scored',
         en_why='Department-overall, transfer-payment and target forms look like scorecards but follow other rules; scoring them as project cards would report false slips.',
         example='部门整体绩效自评表 … 自评总分 97.6',
         en_fix='Nothing to fix in the form. Where it prints scores and a total, jsperf still checks that they add up.'),
    Code("JS406", "scorecard-partial", _W, "a scorecard is cut short; what is present was checked",
         zh='自评表 {name} 不完整，缺少{missing}；已核对现有部分',
         en='scorecard {name} is incomplete: {missing} missing; what is present was checked',
         en_why='Excerpts, page breaks and OCR cut cards short. jsperf reads a card as far as it goes and never invents the rest.',
         example='a card that ends after its fund rows (no 绩效指标, no 总分)',
         en_fix='Audit the whole document (all its pages) if you have it.'),
    Code("JS407", "total-not-recomputable", _W, "the total cannot be recomputed: some cells are unreadable or missing",
         zh='总分无法重算：{cells}',
         en='the total cannot be recomputed: {cells}',
         en_why='A card with an unreadable target, actual or weight is not scored as if complete; a total mismatch would be a false alarm.',
         example='a target cell `=44 台` that lost its text in a pasted workbook',
         en_fix='Fill in or correct the named cells, then audit again.'),
    Code("JS408", "columns-ambiguous", _W, "the columns of a row cannot be told apart; the row is not guessed",
         zh='{where}：{detail}，无法确定各数值所属列，未按猜测读取',
         en='{where}: {detail}; which number belongs to which column cannot be told, so the row is not guessed',
         en_why='Copies that drop empty cells (one cell per line, text glued by spaces) shift values into the wrong columns.',
         example='城乡居民参保网络宣传群众知晓率 | = | 100 | % | 15 |  (完成值 or 权重?)',
         en_fix='Audit the original table (HTML page, workbook, Word file) instead of a copy that lost its empty cells.'),
    Code("JS409", "read-as", _I, "how a file was read: its encoding and layout",
         zh='按 {encoding} 编码、{layout} 版式读取',
         en='read as {encoding}, {layout} layout',
         en_why='jsperf never guesses an encoding silently: the encoding and layout it used are part of the result.',
         example='report.txt: read as GB18030, pipe-separated layout',
         en_fix='If the encoding is wrong, save the file as UTF-8 and audit again.'),
    Code("JS410", "weights-from-sections", _I, "indicator weights were not printed; they follow from the section headings",
         zh='{section} 未列各指标分值；该部分得分合计等于 {weight} 分，各指标分值取其得分',
         en='{section} prints no weight per indicator; its points add up to the section weight {weight}, so each weight is its points',
         en_why='Some templates print weights only in section headings (产出指标(60分)). When the points add up to the section weight, every indicator scored full and the weights are determined.',
         example='产出指标(60分): three indicators scoring 20 each',
         en_fix='Nothing to fix; print each weight in the form to make it checkable.'),
    Code("JS411", "weights-unknown", _W, "indicator weights are neither printed nor determined by the form",
         zh='{section} 未列各指标分值，且无法由该部分分值推出；指标得分无法重算',
         en='{section} prints no weight per indicator and the section weight does not determine them; the points cannot be recomputed',
         en_why='Without weights the points of an indicator cannot be checked; guessing them would invent numbers.',
         example='年度绩效目标(80分) with five indicators scoring 8, 7.3, 31.9, 10.5, 11.1',
         en_fix='Print each indicator weight (分值) in the form.'),
    Code("JS412", "formula-without-value", _W, "a workbook formula has no saved value",
         zh='单元格 {cell} 的公式 {formula} 没有保存的计算结果{computed}',
         en='cell {cell}: formula {formula} has no saved value{computed}',
         en_why='A workbook written by a program and never opened in Excel keeps formulas without results; reading them as blank would lose numbers.',
         example='D7: =SUM(D8:D10) with no cached value',
         en_fix='Open the workbook in Excel or WPS and save it, so every formula keeps its value.'),
    Code("JS413", "traditional-characters", _I, "traditional characters were mapped to simplified for reading",
         zh='文件使用繁体字，已转换为简体字以识别表格（原文保留在引用中）',
         en='the file is in traditional characters; they were mapped to simplified to recognise the form',
         en_why='Mirror sites re-post pages converted to traditional characters; the form is the same.',
         example='項目支出績效自評表',
         en_fix='Nothing to fix.'),
    Code("JS414", "rules-per-card", _I, "this scorecard was recomputed under another rule set than the report's",
         zh='本表按 {rules} 规则重算（本报告其余各表按 {report_rules}）；各规则可解释的公布数：{fits}',
         en='this scorecard was recomputed under {rules} (the report under {report_rules}); published numbers each rule set explains: {fits}',
         en_why="A report may gather forms of several templates (a 20-point execution form beside the MOF one); each card is recomputed under the rule set its template names or that explains most of its published numbers.",
         example='a Hubei 20-point form in a report otherwise scored under national',
         en_fix='Nothing to fix; name a rule set with --rules to recompute every card under one.'),
    # slips that still give a number (issue 8): each says what was probably meant
    Code("JS114", "percent-typed-as-fraction", _W, "a bare fraction was given against a percentage target",
         zh='实际完成值 {actual} 对应百分比指标值 {target}，按 {actual}% 计分；应为 {meant}？',
         en='actual {actual} against the percentage target {target} is scored as {actual}%; was {meant} meant?',
         en_why='`0.92` against `≥ 90%` is read as 0.92 %, and scores a hundredth of the weight: the fraction 0.92 was typed for the percentage 92 %.',
         example='满意度  ≥90%  actual 0.92  → 0.1 of 10 points',
         en_fix='Write the actual as a percentage (`92%`), as the target is.',
         zh_summary='百分比指标值的实际完成值填成了小数',
         zh_why='对 `≥90%` 填 `0.92`，读作 0.92%，只得分值的百分之一：多半是把 92% 写成了小数 0.92。',
         zh_fix='按指标值的口径以百分数填写实际完成值（`92%`）。'),
    Code("JS115", "money-unit-of-actual", _W, "a bare amount fits another money unit than its target's",
         zh='实际完成值 {actual} 按指标值 {target} 的单位读作 {actual} {unit}，相差千倍以上；若为 {meant}（= {converted}），请注明单位',
         en='actual {actual} is read in the unit of target {target} as {actual} {unit}, a thousand times off; if it is {meant} (= {converted}), write the unit',
         en_why='A bare number takes the unit of its target: `113000` against `≤ 12 万元` is 113000 万元, and the cost scores nothing; written in 元 it is 11.3 万元, within the target.',
         example='成本  ≤12 万元  actual 113000  → 0 points',
         en_fix='Write the unit with the amount (`113000 元`) or convert it to the target\'s unit (`11.3`).',
         zh_summary='未注明单位的金额与指标值单位相差千倍以上，疑为另一货币单位',
         zh_why='未注明单位的数值按指标值的单位读：对 `≤12万元` 填 `113000`，即 113000 万元，成本指标不得分；若是 113000 元，即 11.3 万元，在目标之内。',
         zh_fix='在金额后注明单位（`113000 元`），或换算为指标值的单位（`11.3`）。'),
    Code("JS116", "target-not-filled-in", _E, "a target is a placeholder: the card is not filled in",
         zh='指标值 {target} 是未填写的占位内容，不计分',
         en='target {target} is a placeholder, not a target: not scored',
         en_why='Templates and published forms leave `≤ 0 万元`, `≥ 0 个`, a bare `0` or `**` where the target goes. Scored as real, `≥ 0` gives full points for anything and `≤ 0 万元` none for any cost.',
         example='产出指标/数量指标 "完成数量" >= 0 个 5   (as `jsperf new` writes it)',
         en_fix='Write the year\'s target (`>= 120 个`, `<= 12 万元`) from the approved performance goals.',
         zh_summary='指标值是占位内容，自评表尚未填写完整',
         zh_why='模板和公开的表格会在指标值处留下 `≤0万元`、`≥0个`、单独的 `0` 或 `**`。若当作真实指标计分，`≥0` 任何完成值都得满分，`≤0万元` 任何成本都不得分。',
         zh_fix='按批复的绩效目标填写本年度指标值（如 `>= 120 个`、`<= 12 万元`）。'),
    Code("JS117", "negative-funds", _E, "a fund figure is negative: execution is not scored",
         zh='{figures} 为负数（A = {budget}，B = {executed}），执行率不计分',
         en='{figures} is negative (A = {budget}, B = {executed}): execution is not scored',
         en_why='A negative budget or executed amount makes a negative execution rate, and the rate × weight rule then takes points away from the total.',
         example='funds: {budget: 12, executed: -3}  → rate -25 %, -2.5 points',
         en_fix='Correct the sign; a refund is netted into the executed amount, not entered as a negative one.',
         zh_summary='资金数为负数，预算执行率不计分',
         zh_why='全年预算数或执行数为负，执行率即为负数，按“执行率 × 分值”计算会从总分中扣分。',
         zh_fix='更正符号；退回的资金应冲减执行数，而不是填为负数。'),
    Code("JS118", "unit-near-miss", _E, "the actual's unit is one word off the target's (`人` against `人次`)",
         zh='实际完成值单位 {actual_unit} 与指标值单位 {target_unit} 不同，不计分：若 {actual} 按 {target_unit} 计，应写作 `{actual} {target_unit}`；若指标本应按 {actual_unit} 计，请修改指标值的单位',
         en='the actual is in {actual_unit}, the target in {target_unit}: not scored. If {actual} counts {target_unit}, write `{actual} {target_unit}`; if the target should count {actual_unit}, change its unit',
         en_why='`人` counts people, `人次` attendances: 120 人 may be 300 人次. The two cannot be compared, and one of them is usually a slip.',
         example='target `>= 100 人次`, actual `120 人`',
         en_fix="Write the actual in the target's unit, or correct the target's unit if it was the slip.",
         zh_summary='实际完成值的单位与指标值相差一字（`人` 与 `人次`）',
         zh_why='`人` 计人数，`人次` 计人次数：120 人可能是 300 人次。二者不能比较，其中之一通常是笔误。',
         zh_fix='按指标值的单位填写实际完成值；若指标值单位有误，则修改指标值。'),
    Code("JS119", "target-missed-without-note", _W, "a target was not met and no deviation note says why",
         zh='未完成指标值（按规则 {rules} 得 {points} 分，分值 {weight}），未填写偏差原因分析及改进措施',
         en='target not met ({points} of {weight} points under rule set {rules}) and no deviation note (偏差原因分析及改进措施)',
         en_why='The form asks for 偏差原因分析及改进措施 on every target not met, whatever points were published; a missed target with no reason is incomplete.',
         example='>= 100 台, actual 80, 得分 10 of 10, deviation note empty',
         en_fix='Write why the target was missed and what will change (`note:` under the actual).',
         zh_summary='未完成指标值，且未填写偏差原因分析及改进措施',
         zh_why='自评表要求对每个未完成的指标填写偏差原因分析及改进措施，无论公布得分多少；未完成而无说明，表格不完整。',
         zh_fix='填写未完成的原因和改进措施（在实际完成值下写 `note:`）。'),
    Code("JS120", "funds-unit-suspect", _W, "fund figures are a thousand times the project's other amounts: typed in 元?",
         zh='{figures} 万元，是本项目其他金额（最大 {largest} 万元）的千倍以上：是否按元填写？折合万元为 {meant}',
         en='{figures} 万元 is a thousand times or more the project\'s other amounts (largest {largest} 万元): typed in 元? In 万元 it is {meant}',
         en_why='Funds are in 万元. A budget or executed amount typed in 元 is 10,000 times too large, and the execution rate or the targets then look wrong instead.',
         example='funds: {unit: 万元, budget: 120000, executed: 113000}  with targets up to ≤ 12 万元',
         en_fix='Write `unit: 元` under `funds:`, or enter the figures in 万元.',
         zh_summary='资金数是本项目其他金额的千倍以上，疑按元填写',
         zh_why='资金以万元计。按元填写的预算数或执行数大了一万倍，执行率或指标值看起来就会出错。',
         zh_fix='在 `funds:` 下写 `unit: 元`，或按万元填写。'),
)}


def index_page() -> str:
    rows = [f"| [{c.code}]({c.code}.md) | {c.name} | {c.severity.value} | {c.en_summary} |" for c in CODES.values()]
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


def finding(code: str, span: Span | None = None, *, project: str | None = None, indicator: str | None = None,
            reported: str | None = None, recomputed: str | None = None, rule: str | None = None,
            **params: object) -> Finding:
    """A finding whose severity and wording come from the registry, so no call site can
    disagree; `params` fill the message's blanks (decimals written plainly, texts quoted
    as the form prints them)."""
    shown = {key: _show(value) for key, value in params.items()}
    if reported is not None:
        shown.setdefault("reported", reported)
    if recomputed is not None:
        shown.setdefault("recomputed", recomputed)
    if rule is not None:
        shown.setdefault("rule", rule)
    return Finding(code, CODES[code].severity, shown, span, project, indicator, reported, recomputed, rule)


def _show(value: object) -> str:
    if isinstance(value, Decimal):
        return plain(value)
    return "" if value is None else str(value)


def message(item: Finding, lang: str = "zh") -> str:
    return CODES[item.code].message(item.params, lang)
