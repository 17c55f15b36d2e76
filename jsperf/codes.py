"""Every diagnostic code jsperf can emit, in one registry.

A code is never reused for another meaning.  Each has a page `docs/codes/<CODE>.md`, in
English `docs/en/codes/<CODE>.md` (a test keeps them in step), and JSON output links to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from jsperf.model import Finding, Severity, Span
from jsperf.numbers import plain
from jsperf.vocabulary import label


class _Blanks(dict[str, str]):
    """A blank no call site filled shows as `{name}` rather than stopping the run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@attrs.frozen
class Code:
    """A diagnostic code with everything its documentation page says, in Chinese (the
    default) and English (`--lang en`); every text is required in both, so a code cannot
    be added with a page half translated."""

    code: str
    name: str
    severity: Severity
    en_summary: str
    zh: str | Mapping[str, str]  # the message, by language; a mapping holds variants by `kind`
    en: str | Mapping[str, str]
    en_why: str
    example: str  # form text, shown to both languages
    en_fix: str
    zh_summary: str
    zh_why: str
    zh_fix: str

    def summary(self, lang: str = "zh") -> str:
        return self.zh_summary if lang == "zh" else self.en_summary

    def sentence(self, lang: str = "zh") -> str:
        """The summary as a page's opening sentence, punctuated for its language."""
        text = self.summary(lang)
        return f"{text}。" if lang == "zh" else f"{text[0].upper()}{text[1:]}."

    def why(self, lang: str = "zh") -> str:
        return self.zh_why if lang == "zh" else self.en_why

    def fix(self, lang: str = "zh") -> str:
        return self.zh_fix if lang == "zh" else self.en_fix

    def message(self, params: Mapping[str, str], lang: str = "zh") -> str:
        template = self.zh if lang == "zh" else self.en
        if not isinstance(template, str):
            template = template[params["kind"]]
        return template.format_map(_Blanks(params))

    def page(self, lang: str = "zh") -> str:
        """The page `docs/codes/<CODE>.md` (`docs/en/codes/` in English); `jsperf codes`
        prints it and the HTML report embeds the same texts."""
        words = _PAGE_WORDS[lang]
        return (f"# {self.code} {self.name}\n\n**{words['severity']}** {label(self.severity.value, lang)}\n\n"
                f"{self.sentence(lang)}\n\n## {words['why']}\n\n{self.why(lang)}\n\n"
                f"## {words['example']}\n\n```text\n{self.example}\n```\n\n## {words['fix']}\n\n{self.fix(lang)}\n\n"
                f"## {words['message']}\n\n{self._messages(lang)}\n")

    def _messages(self, lang: str) -> str:
        """The wording, with its blanks in braces: Chinese (the default) and `--lang en`."""
        zh, en = (_PAGE_WORDS[lang][key] for key in ("zh", "en"))
        if isinstance(self.zh, str) and isinstance(self.en, str):
            return f"- {zh}{self.zh}\n- {en}{self.en}"
        assert not isinstance(self.zh, str) and not isinstance(self.en, str)
        return "\n".join(f"- {kind}: {self.zh[kind]} / {self.en[kind]}" for kind in self.zh)


# the headings and words of a code's page and of the index, by language
_PAGE_WORDS: dict[str, dict[str, str]] = {
    "zh": {"severity": "严重程度：", "why": "为何重要", "example": "示例", "fix": "如何修改", "message": "提示文字",
           "zh": "中文：", "en": "英文（--lang en）：", "title": "诊断代码",
           "intro": "jsperf 报告的每个问题都带有下列代码之一。代码的含义永不改变。",
           "columns": "| 代码 | 名称 | 严重程度 | 含义 |"},
    "en": {"severity": "Severity:", "why": "Why it matters", "example": "Example", "fix": "How to fix",
           "message": "Message", "zh": "zh: ", "en": "en: ", "title": "Diagnostic codes",
           "intro": "Every finding jsperf reports carries one of these codes. A code never changes meaning.",
           "columns": "| code | name | severity | meaning |"},
}


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {c.code: c for c in (
    # scoring one scorecard
    Code("JS101", "budget-zero", _W, "全年预算数 A is 0: the execution rate cannot be computed",
         zh_summary='全年预算数 A 为 0，无法计算执行率',
         zh='全年预算数 A 为 0（全年执行数 B = {executed}），无法计算执行率',
         en='全年预算数 A is 0 (B = {executed}): the execution rate cannot be computed',
         zh_why='预算为 0 时 B / A 没有意义；表上却仍印着执行率，这个数只能是凭空填的。',
         en_why='A budget of 0 makes B / A undefined; the form still shows a rate, so someone made it up.',
         example='项目资金  年初预算数 0  全年预算数 A 0  全年执行数 B 3.5  执行率 100  得分 10',
         zh_fix='填写年度中调整后的全年预算数 A。若项目确实没有预算，由规则集的 `budget zero` 规则决定得分（随附规则集为 `none`，即不计分）。',
         en_fix="Enter the full-year budget A as adjusted during the year. If the project truly had no budget, the rule set's `budget zero` rule decides its points (`none` in the shipped sets)."),
    Code("JS102", "funds-missing", _E, "a fund figure needed for the execution rate is missing",
         zh_summary='缺少计算执行率所需的资金数',
         zh='缺少全年预算数 A 或全年执行数 B，无法计算执行率',
         en='全年预算数 A and 全年执行数 B are both needed for the execution rate',
         zh_why='没有 A 和 B，就无法核对执行率，也就无法核对 100 分中的 10 分。',
         en_why='Without A and B the execution rate, and so 10 of the 100 points, cannot be checked.',
         example='funds:\n  budget: 12.3\n  # 缺 executed:（全年执行数 B）',
         zh_fix='在 `funds:` 下填写 `executed:`（全年执行数 B）和 `budget:`（全年预算数 A）。',
         en_fix='Add `executed:` (全年执行数 B) and `budget:` (全年预算数 A) under `funds:`.'),
    Code("JS103", "actual-missing", _E, "an indicator has no actual (实际完成值)",
         zh_summary='指标未填写实际完成值',
         zh='未填写实际完成值',
         en='no actual (实际完成值) is given',
         zh_why='没有实际完成值的指标无法得分，公布的得分也就没有依据。',
         en_why='An indicator with no 实际完成值 cannot earn points; the published score then has no basis.',
         example='actuals:\n  # 没有列出 档案整理归档数量',
         zh_fix='在 `actuals:` 下填写实际完成值：一个数值，或 基本达成目标 这样的定性结论。',
         en_fix='Give the actual under `actuals:`, a number or a verdict such as 基本达成目标.'),
    Code("JS104", "actual-not-number", _E, "the actual of a numeric target is neither a number nor a verdict",
         zh_summary='数值型指标的实际完成值既不是数值，也不是定性结论',
         zh='实际完成值 {actual} 既不是数值，也不是定性结论',
         en='actual {actual} is neither a number nor a verdict',
         zh_why='年度指标值是数值，实际完成值却是一个读不出数值的词。',
         en_why='The target is a number, but the actual is a word jsperf cannot read as one.',
         example='档案整理归档数量: 若干',
         zh_fix='填写实际完成的数值（如 `75765`），或规则集档次中的定性结论用语。',
         en_fix="Write the number achieved (`75765`), or a verdict word from the rule set's tiers."),
    Code("JS105", "verdict-for-numeric-target", _W, "a qualitative verdict was given against a numeric target",
         zh_summary='数值型指标值填报了定性结论',
         zh='数值型指标值 {target} 填报的是定性结论 {verdict}，按结论档次计分',
         en='verdict {verdict} against the numeric target {target}; scored by its tier',
         zh_why='数值型指标按公式计分；填报定性结论，得分就改由评价人自行判断。',
         en_why="Numeric targets are scored by formula; a verdict instead leaves the score to the evaluator's judgement.",
         example='满意度指标  职工满意度  90  基本达成 目标  10  10',
         zh_fix='填报实际完成的数值；如果指标本来就是定性的，就把年度指标值改为定性表述。',
         en_fix='Report the number achieved, or make the target qualitative if it really is.'),
    Code("JS106", "number-for-qualitative-target", _E, "a number was given against a qualitative target",
         zh_summary='定性指标值填报了数值',
         zh='定性指标值 {target} 填报的是数值 {actual}',
         en='a number ({actual}) was given against the qualitative target {target}',
         zh_why='定性指标值（及时、有效保障）没有可以比较的数值。',
         en_why='A qualitative target (及时, 有效保障) has no number to compare with.',
         example='产出指标  时效指标  及时性  及时  3  20',
         zh_fix='填写定性结论（基本达成目标 / 部分实现目标 / 实现目标程度较低）及评定的得分。',
         en_fix='Give a verdict (基本达成目标 / 部分实现目标 / 实现目标程度较低) with the assessed points.'),
    Code("JS107", "unit-mismatch", _E, "the actual's unit cannot be converted to the target's",
         zh_summary='实际完成值的单位无法换算为指标值的单位',
         zh='实际完成值的单位 {actual_unit} 无法换算为指标值的单位 {target_unit}',
         en='the actual is in {actual_unit}, the target in {target_unit}: they cannot be compared',
         zh_why='拿 台 与 人 比、拿金额与数量比，所得比值没有意义。',
         en_why='Comparing 台 with 人, or money with a count, gives a meaningless ratio.',
         example='产出指标  数量指标  设备数量  ≥2 台  3 人',
         zh_fix='使用指标值的单位，或 jsperf 能换算的金额单位（元、万元、亿元）。',
         en_fix="Use the target's unit, or a money unit jsperf can convert (元, 万元, 亿元)."),
    Code("JS108", "negative-actual", _E, "an actual is negative",
         zh_summary='实际完成值为负数',
         zh='实际完成值为负数（{actual}）',
         en='the actual is negative ({actual})',
         zh_why='数量、成本、比率都不会是负数；符号写错会让比值完全改变。',
         en_why='No count, cost or rate is negative; a sign slip changes the ratio completely.',
         example='产出指标  数量指标  培训人次  ≥100 人次  -3',
         zh_fix='改正符号。',
         en_fix='Correct the sign.'),
    Code("JS109", "unknown-verdict", _E, "a verdict word matches none of the rule set's tiers",
         zh_summary='定性结论不属于规则集的任何档次',
         zh='定性结论 {verdict} 不属于规则 {rules} 的任何档次（{tiers}）',
         en="verdict {verdict} is in none of rule set {rules}'s tiers ({tiers})",
         zh_why='定性结论决定得分所在的区间；无法识别的用语什么也决定不了。',
         en_why='The verdict decides the band of points; an unknown word decides nothing.',
         example='产出指标  时效指标  及时性  及时  火星文  20  18',
         zh_fix='使用规则集的档次用语（见 `jsperf rules show 规则集名`），或在自己的规则集中把该用语加为同义词。',
         en_fix="Use one of the rule set's tier words (see `jsperf rules show NAME`), or add the word as a synonym in your rule set."),
    Code("JS110", "no-rule", _E, "the rule set has no rule that scores this indicator",
         zh_summary='规则集中没有为该指标计分的规则',
         zh={'missing': '规则 {rules} 没有 `{rule}` 规则，无法计分', 'zero': '指标值为 0，规则 {rules} 没有 `target zero` 规则，无法计分', 'none': '规则 {rules} 的 `{rule}` 在 {inputs} 时不给分'},
         en={'missing': 'rule set {rules} has no `{rule}` rule', 'zero': 'the target is 0 and rule set {rules} has no `target zero` rule', 'none': 'rule set {rules}: `{rule}` gives no points for {inputs}'},
         zh_why='规则集无法为该指标计分：没有对应其运算符的规则，或规则对此给出 `none`。',
         en_why='The rule set cannot score this indicator: no rule for its operator, or a rule that says `none`.',
         example='产出指标  数量指标  故障次数  <5 次  3  10    （规则集无 `score <`）',
         zh_fix='在规则集中补上该规则（如 `score < like <=`），或改用其他规则集。',
         en_fix='Add the rule (`score < like <=`) to the rule set, or use another rule set.'),
    Code("JS111", "score-outside-tier", _E, "a qualitative score lies outside its verdict's band",
         zh_summary='定性指标的得分不在其结论对应的分值区间内',
         zh='{points} 分不在结论 {verdict} 的分值区间内：{tier} {low_pct}–{high_pct} × {weight} = {low}–{high}',
         en='{points} lies outside the band of verdict {verdict}: {tier} {low_pct}–{high_pct} × {weight} = {low}–{high}',
         zh_why='每个结论对应分值的一段区间（基本达成目标 80–100%）；超出区间的得分与结论自相矛盾。',
         en_why='Each verdict allows a band of the weight (基本达成目标 80–100%); a score outside it contradicts the verdict.',
         example='时效指标  档案整理归档及时性  及时  部分实现 目标  20  18   （部分实现目标 应为 12–16）',
         zh_fix='把得分调整到区间内，或修改结论。',
         en_fix='Bring the score into the band, or change the verdict.'),
    Code("JS112", "approximate-operator", _W, "a target uses `≈`, which the form does not know; read as `=`",
         zh_summary='指标值使用了表格中没有的 `≈`，按 `=` 处理',
         zh='指标值 {target} 使用了 `≈`，按 `=` 处理',
         en='target {target} uses `≈`, which the form does not know; read as `=`',
         zh_why='`≈` 不是表格使用的运算符；按 `=` 处理后，“大约”的指标就成了精确的指标。',
         en_why="`≈` is not an operator of the form; read as `=`, a 'roughly' target becomes an exact one.",
         example='产出指标  数量指标  保洁人员  ≈2 名',
         zh_fix='改为 `=`、`≥` 或 `≤`。',
         en_fix='Write `=`, `≥` or `≤`.'),
    Code("JS113", "formula-failed", _E, "a rule's formula could not be computed (division by zero)",
         zh_summary='规则公式无法计算（除以零）',
         zh='规则 {rules} 的 `{rule}` 在 {inputs} 时除以零',
         en='`{rule}` of rule set {rules} divides by zero for {inputs}',
         zh_why='公式中出现了除以零（比值中的指标值或实际完成值为 0）。',
         en_why='A formula divided by zero (a target or actual of 0 in a ratio).',
         example='产出指标  数量指标  新增设备  ≥0 台  2  10    （规则集无 `target zero`）',
         zh_fix='在规则集中增加 `target zero:` 规则，或改正指标值。',
         en_fix='Add a `target zero:` rule to the rule set, or correct the target.'),
    # checking an indicator set
    Code("JS201", "weights-total", _E, "the weights do not add up to the rule set's total",
         zh_summary='分值合计不等于规则集规定的总分',
         zh='分值合计 {total}（执行率 {execution} + 指标 {indicators}），应为 {expected}',
         en='weights add up to {total} (execution {execution} + indicators {indicators}), not {expected}',
         zh_why='执行率分值与各指标分值之和必须等于 100（或规则集的 `total`）。',
         en_why="Execution points and indicator weights must add up to 100 (or the rule set's `total`).",
         example='执行率 10 + 指标 95 = 105',
         zh_fix='调整分值。',
         en_fix='Adjust the weights.'),
    Code("JS202", "duplicate-indicator", _E, "two indicators of one set have the same name",
         zh_summary='同一指标集中有两个同名指标',
         zh='指标 {name} 重复出现',
         en='indicator {name} is declared twice',
         zh_why='同名的两个指标在实际完成值和报告中都无法区分。',
         en_why='Two indicators with one name cannot be told apart in actuals or in a report.',
         example='质量指标  资金发放准确率  ≥90%  15\n质量指标  资金发放准确率  =100%  10',
         zh_fix='给其中一个改名。',
         en_fix='Rename one of them.'),
    Code("JS203", "target-kind-misfits-heading", _W, "the kind of target does not fit its heading",
         zh_summary='指标值的类型与所属指标类别不符',
         zh={'cost_ge': '成本指标的指标值用了 `{op}`：成本越高得分越高', 'quantity_word': '数量指标的指标值是定性的 {target}', 'timely_word': '时效用语 {target} 出现在 {level2} 下', 'cost_unit': '成本指标以 {unit} 计量，而非金额'},
         en={'cost_ge': 'a cost indicator with a `{op}` target rewards spending more', 'quantity_word': 'a quantity indicator with the qualitative target {target}', 'timely_word': 'the timeliness word {target} under {level2}', 'cost_unit': 'a cost indicator measured in {unit}, not money'},
         zh_why='指标值的类型与所属类别不符：成本指标用 `≥` 等于鼓励多花钱；数量指标填一个词，就没有数量可言。',
         en_why="The target's kind does not fit its heading: a `≥` cost rewards spending more; a quantity indicator with a word has no quantity.",
         example='成本指标  经济成本指标  政务大厅运行成本  \\geq 12.3 万元',
         zh_fix='成本指标用 `≤`，数量指标用数值，时效用语放到 时效指标 下。',
         en_fix='Use `≤` for costs, a number for quantities, and move timeliness words under 时效指标.'),
    Code("JS204", "basis-missing", _W, "the rule set asks for a basis and the indicator gives none",
         zh_summary='规则集要求注明依据，该指标却没有',
         zh='规则 {rules} 要求每个指标注明依据（basis）',
         en='rule set {rules} asks every indicator for a `basis`',
         zh_why='有的地区要求每个指标注明其出处文件。',
         en_why='Some regions require every indicator to cite the document it comes from.',
         example='require basis\n\n产出指标/数量指标 "档案整理归档数量" >= 70000 页 10',
         zh_fix='在指标行下加上 `basis "…"`。',
         en_fix='Add `basis "…"` under the indicator line.'),
    Code("JS205", "unknown-heading", _W, "a 二级指标 that the form does not have",
         zh_summary='表格中没有的二级指标',
         zh='{level2} 不是 {level1} 的二级指标（应为 {known}）',
         en='{level2} is not a 二级指标 of {level1} ({known})',
         zh_why='该二级指标不在表格规定之列；按类别汇总的报告和工具会把它放错位置。',
         en_why="The 二级指标 is not one of the form's; reports and tools that group by heading will misplace it.",
         example='产出指标/奇怪指标 "x" >= 1 台 5',
         zh_fix='使用表格规定的类别（见指标语言参考）。',
         en_fix='Use a heading from the form (see the indicator language reference).'),
    Code("JS206", "execution-weight-differs", _W, "the set's execution weight differs from the rule set's",
         zh_summary='指标集的执行率分值与规则集不同',
         zh='本指标集执行率分值 {weight}，规则 {rules} 为 {expected}',
         en='execution weight {weight} here, {expected} in rule set {rules}',
         zh_why='指标集的执行率分值与规则集不同，总分就不再按该地区的方式合计。',
         en_why="The set's execution weight differs from the rule set's; the total no longer adds up the region's way.",
         example='execution 20            # 指标集\nexecution weight 10     # 规则集',
         zh_fix='使两者一致。',
         en_fix='Align the two.'),
    # published numbers against recomputed ones
    Code("JS301", "execution-rate-mismatch", _E, "the published execution rate is not B / A",
         zh_summary='公布的执行率不等于 B / A',
         zh='执行率公布为 {reported}%，B / A = {executed} / {budget} = {recomputed}%',
         en='执行率 printed {reported}%, B / A = {executed} / {budget} = {recomputed}%',
         zh_why='执行率必须等于 B / A，四舍五入保留两位小数；印成一位小数或整数（86.2%、86%）时，按印出的位数核对。',
         en_why='执行率 must be B / A, rounded half up to two decimals; printed with one decimal or none (86.2%, 86%), '
                'it is checked at the precision printed.',
         example='全年预算数 A 5  全年执行数 B 3.921325  执行率 87.43   （B / A = 78.43）',
         zh_fix='重新计算 B / A × 100%。',
         en_fix='Recompute B / A × 100%.'),
    Code("JS302", "execution-points-mismatch", _E, "the published execution points do not follow the rule",
         zh_summary='公布的执行率得分不符合规则',
         zh='执行率得分公布为 {reported}，按规则执行率 {rate}% 应得 {recomputed}',
         en='execution points printed {reported}, the rule gives {recomputed} for {rate}%',
         zh_why='执行率得分由执行率按规则集的分档或公式得出。',
         en_why="Execution points follow from the rate by the rule set's bands or formula.",
         example='执行率 23.18%  得分 5   （jiangxi：60% 以下 → 0）',
         zh_fix='按规则计分；`jsperf score --explain` 会列出所用的分档。',
         en_fix='Apply the rule; `jsperf score --explain` shows the band used.'),
    Code("JS303", "points-mismatch", _E, "an indicator's published points do not follow the rule",
         zh_summary='指标公布的得分不符合规则',
         zh='得分公布为 {reported}，按规则应为 {recomputed}',
         en='printed {reported}, the rule gives {recomputed}',
         zh_why='按规则集，指标得分应由年度指标值、实际完成值和分值算出，公布的得分与之不符。',
         en_why="An indicator's points do not follow from its target, actual and weight under the rule set.",
         example='成本指标  医保资金成本  = 25000 元  27533  20  20   （jiangxi：20 × (1 − 10.13%) = 17.97）',
         zh_fix='按规则计分，或在偏差原因分析及改进措施中说明规则集为何不适用。',
         en_fix='Apply the rule, or explain in the deviation note why the rule set does not apply.'),
    Code("JS304", "total-mismatch", _E, "the published total is not the sum of the published parts",
         zh_summary='公布的总分不等于公布的各项得分之和',
         zh='总分公布为 {reported}，公布的各项得分之和为 {recomputed}',
         en='总分 printed {reported}, its printed parts add up to {recomputed}',
         zh_why='公布的总分不等于公布的各项得分之和：加法出了错。',
         en_why='The printed total is not the sum of the printed parts: an addition slip.',
         example='各项得分合计 92  总分 93',
         zh_fix='把各项得分重新相加。',
         en_fix='Add the parts again.'),
    Code("JS305", "grade-mismatch", _E, "the published grade does not follow from the total",
         zh_summary='公布的等级与总分不符',
         zh='等级公布为 {reported}，总分 {total} 应为 {recomputed}',
         en='等级 printed {reported}, the total {total} gives {recomputed}',
         zh_why='等级由总分决定：优 ≥ 90，良 ≥ 80，中 ≥ 60，以下为差（财预〔2020〕10号）。',
         en_why='The grade follows from the total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (财预〔2020〕10号).',
         example='总分 88  等级 优',
         zh_fix='采用总分对应的等级。',
         en_fix='Use the grade the total gives.'),
    Code("JS306", "points-above-weight", _E, "an indicator got more points than its weight",
         zh_summary='指标得分超过其分值',
         zh='得分 {reported} 超过分值 {weight}',
         en='{reported} points on a weight of {weight}',
         zh_why='任何指标的得分都不能超过其分值。',
         en_why='No indicator can earn more than its weight.',
         example='分值 15  得分 16',
         zh_fix='得分以分值为上限。',
         en_fix='Cap the points at the weight.'),
    Code("JS307", "deviation-note-missing", _W, "points were withheld and no deviation note says why",
         zh_summary='扣了分却没有说明偏差原因',
         zh='得 {reported} 分（分值 {weight}），未填写偏差原因分析及改进措施',
         en='{reported} of {weight} points and no deviation note (偏差原因分析及改进措施)',
         zh_why='扣分时，表格要求说明原因（偏差原因分析及改进措施）。',
         en_why='When points are withheld the form asks why (偏差原因分析及改进措施).',
         example='分值 20  得分 17  偏差原因分析及改进措施（空）',
         zh_fix='写明偏差原因和改进措施。',
         en_fix='Write the reason and the improvement.'),
    Code("JS308", "points-withheld", _W, "the target was met in full yet points were withheld",
         zh_summary='指标已全部达成却被扣分',
         zh='指标值 {op} {target} 已达成（{actual}），却扣了 {withheld} 分',
         en='the target {op} {target} is met ({actual}) yet {withheld} points were withheld',
         zh_why='指标已全部达成，得分却低于分值。',
         en_why='The target was met in full, yet the score is below the weight.',
         example='≥90%  实际完成值 95  分值 10  得分 8',
         zh_fix='给满分，或改正实际完成值。',
         en_fix='Give full points, or correct the actual.'),
    Code("JS309", "overrun-kept-full-points", _W, "a cost overran its target yet kept full points",
         zh_summary='成本超出指标值却仍得满分',
         zh='成本 {actual} 超出指标值 {target}（超支 {overrun}%），仍得满分',
         en='cost {actual} overran its target {target} by {overrun}% yet kept full points',
         zh_why='成本超过指标值仍得满分：超支没有被扣分。',
         en_why='A cost above its target kept full points: the overrun went unpunished.',
         example='=25000 元  实际完成值 27533  分值 20  得分 20',
         zh_fix='按规则集对超支计分，或说明为何允许超支。',
         en_fix='Score the overrun by the rule set, or explain why it is allowed.'),
    Code("JS310", "money-unit-suspect", _W, "a money target's unit looks wrong against the budget",
         zh_summary='金额指标值的单位与预算相比似乎有误',
         zh='指标值 {target} 折合 {in_wan} 万元，而项目预算为 {budget} 万元：单位是否有误？',
         en='target {target} is {in_wan} 万元 against a budget of {budget} 万元; is the unit wrong?',
         zh_why='金额指标值与预算相差一万倍左右，通常是把 元 和 万元 弄混了。',
         en_why='A money target 10,000 times too small or too large against the budget usually means 元 and 万元 were mixed up.',
         example='全年预算数 A 1879.5922 万元；指标值 \\geq 1879.5922 元',
         zh_fix='改正单位（此例应为 万元）。',
         en_fix='Correct the unit (here: 万元).'),
    Code("JS311", "nonstandard-operator", _I, "a target's operator is printed in a non-standard glyph",
         zh_summary='指标值的运算符印成了非标准符号',
         zh='指标值 {target} 的运算符印作 {glyph}',
         en='target {target} prints its operator as {glyph}',
         zh_why='运算符印成了 LaTeX（`\\geq`）或少见的符号（`≧`）：不影响 jsperf 读取，但说明内容是从别处复制粘贴的。',
         en_why='The operator is printed as LaTeX (`\\geq`) or a rare glyph (`≧`): harmless to jsperf, a sign of copy-paste from elsewhere.',
         example='\\geq 90%, ≧8 万元',
         zh_fix='使用表格自己的符号：≥ ≤ =。',
         en_fix="Print the form's own symbols: ≥ ≤ =."),
    Code("JS312", "blank-score", _W, "a published score is blank; it stays blank and is not compared",
         zh_summary='公布的得分为空：保持为空，不作比对',
         zh='得分为空（未填写），不作比对',
         en='the score is blank; it stays blank and is not compared',
         zh_why='空白的得分不等于 0：jsperf 从不臆造公布数，因此该指标和公布的各项得分之和都无法核对。',
         en_why='A blank score is not a 0: jsperf never invents a published number, so the indicator and the sum of the published parts cannot be checked.',
         example='时效指标  见义勇为及时率  及时  实现目标 程度较低  20  （空）',
         zh_fix='填写 0，或应得的分数。',
         en_fix='Print 0, or the score meant.'),
    Code("JS313", "fund-rows", _I, "the two fund rows differ enough to change the execution rate; the more precise one was used",
         zh='年度资金总额 A/B {total_budget}/{total_executed} 与政府预算资金 {gov_budget}/{gov_executed} 不一致，采用{chosen}；按另一行执行率为 {reported}，而非 {recomputed}',
         en='年度资金总额 A/B {total_budget}/{total_executed} and 政府预算资金 {gov_budget}/{gov_executed} differ; using {chosen}; the other row gives an execution rate of {reported}, not {recomputed}',
         en_why='The two fund rows (年度资金总额 and 政府预算资金) differ, and the difference changes the execution rate or its points; jsperf recomputes from the more precise row. A difference of rounding alone is only counted in the summary.',
         example='年度资金总额 B 8.386, 政府预算资金 B 8.38569',
         zh_summary='两行资金数不一致且足以改变执行率，采用更精确的一行',
         zh_why='两行资金（年度资金总额与政府预算资金）不一致，且差异改变了执行率或其得分；jsperf 用更精确的一行重新计算。仅是舍入差异的，只在汇总中计数，不逐表列出。',
         zh_fix='核对两行数据，使其一致。',
         en_fix='Reconcile the two rows.'),
    Code("JS314", "total-recomputed-differs", _E, "the published total differs from the recomputed one",
         zh_summary='公布的总分与重算的总分不一致',
         zh='总分公布为 {reported}，重算为 {recomputed}',
         en='总分 printed {reported}, recomputed {recomputed}',
         zh_why='公布的总分与按规则集重算的总分不一致。',
         en_why='The printed total differs from the total recomputed under the rule set.',
         example='总分 95.61   （重算 93.58）',
         zh_fix='先改正各项得分（JS302、JS303），再改总分。',
         en_fix='Fix the parts first (JS302, JS303), then the total.'),
    Code("JS315", "target-without-operator", _W, "a numeric target is printed with no operator",
         zh_summary='数值型指标值没有运算符',
         zh='指标值 {target} 没有运算符，按 {op} 处理',
         en='target {target} has no operator; read as {op}',
         zh_why='没有 `≥`、`≤` 或 `=` 的数值型指标值含义不明；jsperf 在成本指标下按 `≤` 读取（成本不超过指标值），其他类别按 `≥` 读取。',
         en_why='A numeric target without `≥`, `≤` or `=` is ambiguous; jsperf reads it as `≤` under 成本指标 (a cost is kept under its target) and `≥` elsewhere.',
         example='满意度指标  职工满意度  90',
         zh_fix='写上运算符，如 `≥90%`。',
         en_fix='Print the operator: `≥90%`.'),
    # the report as a whole
    Code("JS401", "claimed-project-count", _E, "the narrative's count of evaluated projects is not the count of scorecards",
         zh_summary='报告所称开展自评的项目数与自评表张数不符',
         zh='报告称 {reported} 个项目开展了绩效自评，实际只有 {recomputed} 张自评表',
         en='the narrative says {reported} projects were self-evaluated; the report holds {recomputed} scorecards',
         zh_why='报告文字所称开展自评的项目数必须与公布的自评表张数一致。',
         en_why="The narrative's count of self-evaluated projects must match the scorecards published.",
         example='“二级项目 24 个全面开展绩效自评”；报告中自评表 23 张',
         zh_fix='补充公布缺少的自评表，或更正项目数。',
         en_fix='Publish the missing scorecard or correct the count.'),
    Code("JS402", "claimed-grade-count", _E, "the narrative's count of projects with a grade does not match the scorecards",
         zh={"alone": '报告称 {reported} 个项目评为“{grade}”，按各表总分应为 {recomputed} 个',
             "missing": '报告称 {reported} 个项目评为“{grade}”，按各表总分应为 {recomputed} 个；'
                        '差额可能来自报告未附的自评表（同 JS401）'},
         en={"alone": "the narrative says {reported} projects were graded {grade}; the scorecards' totals give {recomputed}",
             "missing": "the narrative says {reported} projects were graded {grade}; the scorecards' totals give "
                        "{recomputed}; the difference may be the scorecards the report lacks (see JS401)"},
         zh_summary='报告所称各等级的项目数与自评表不符',
         zh_why='报告文字所称各等级的项目数必须与按各表总分得出的等级一致。',
         en_why="The narrative's grade counts must match the grades the scorecards' totals give.",
         example='“19 个项目评价结果为“优””；总分 ≥ 90 的自评表 18 张',
         zh_fix='按各自评表的总分重新统计等级。',
         en_fix='Recount the grades from the scorecards.'),
    Code("JS403", "claimed-funds", _W, "the narrative's funds covered do not match the scorecards",
         zh_summary='报告所称自评涉及的资金与自评表不符',
         zh='报告称自评涉及资金 {reported} 万元，各表全年预算数合计 {recomputed} 万元',
         en="the narrative says the self-evaluations cover {reported} 万元; the scorecards' 全年预算数 add up to {recomputed} 万元",
         zh_why='报告文字所称自评涉及的资金应等于各表全年预算数 A 之和。',
         en_why="The funds the narrative says were covered should equal the scorecards' 全年预算数 A.",
         example='“共涉及资金 3286.2995 万元”；各表全年预算数合计 3258.79954 万元',
         zh_fix='按各自评表核对该数。',
         en_fix='Reconcile the figure with the scorecards.'),
    Code("JS404", "scorecard-unreadable", _E, "a scorecard could not be read in full",
         zh_summary='自评表未能完整读取',
         zh={'duplicate': '指标 {name} 出现两次', 'score': '得分 {score} 不是数值', 'row': '无法识别的指标行（{level1}/{level2}：{cells}）'},
         en={'duplicate': 'indicator {name} appears twice', 'score': 'score {score} is not a number', 'row': 'indicator row not understood (heading {level1}/{level2}, cells {cells})'},
         zh_why='自评表中有一行无法读取，其中的数值不作核对（表格被截断见 JS406）。',
         en_why='A row of a scorecard could not be read; its numbers are not checked (a card cut short is JS406).',
         example='质量指标  资金发放准确率  ≥90%  90  见附件  15    （分值一栏不是数值）',
         zh_fix='检查所指行附近的文本提取结果；如果是新的版式，请报告该版式。',
         en_fix='Check the text extraction around the given line; report the layout if it is a new one.'),
    Code("JS405", "not-a-project-scorecard", _I, "a form that is not a project scorecard was recognised and not scored",
         zh_summary='识别出一张不是项目自评表的表格，不予计分',
         zh='{form}：这是{kind}，不是项目支出绩效自评表，不按项目自评规则计分',
         en='{form}: this is a {kind}, not a project scorecard (项目支出绩效自评表); it is not scored',
         zh_why='部门整体、转移支付和绩效目标表看起来像自评表，适用的却是其他规则；按项目自评表计分会报出并不存在的错误。',
         en_why='Department-overall, transfer-payment and target forms look like scorecards but follow other rules; scoring them as project cards would report false slips.',
         example='部门整体绩效自评表 … 自评总分 97.6',
         zh_fix='表格本身无需修改。表中印有得分和总分时，jsperf 仍会核对它们是否加得上。',
         en_fix='Nothing to fix in the form. Where it prints scores and a total, jsperf still checks that they add up.'),
    Code("JS406", "scorecard-partial", _W, "a scorecard is cut short; what is present was checked",
         zh_summary='自评表不完整；已核对现有部分',
         zh='自评表 {name} 不完整，缺少{missing}；已核对现有部分',
         en='scorecard {name} is incomplete: {missing} missing; what is present was checked',
         zh_why='节选、分页和 OCR 都会截断自评表。jsperf 读到哪里算到哪里，从不补造缺失的部分。',
         en_why='Excerpts, page breaks and OCR cut cards short. jsperf reads a card as far as it goes and never invents the rest.',
         example='项目支出绩效自评表 … 年度资金总额 … 政府预算资金 …\n（此后没有 绩效指标，也没有 总分）',
         zh_fix='如有完整文件（全部页面），请审计整份文件。',
         en_fix='Audit the whole document (all its pages) if you have it.'),
    Code("JS407", "total-not-recomputable", _W, "the total cannot be recomputed: some cells are unreadable or missing",
         zh_summary='总分无法重算：有单元格无法读取或缺失',
         zh='总分无法重算：{cells}',
         en='the total cannot be recomputed: {cells}',
         zh_why='含有无法读取的指标值、实际完成值或分值的表格，不当作完整表格计分；否则报出的总分不符会是误报。',
         en_why='A card with an unreadable target, actual or weight is not scored as if complete; a total mismatch would be a false alarm.',
         example='产出指标  数量指标  设备数量  （空，原为 =44 台）  44  10  10',
         zh_fix='补全或改正所指的单元格，然后重新审计。',
         en_fix='Fill in or correct the named cells, then audit again.'),
    Code("JS408", "columns-ambiguous", _W, "the columns of a row cannot be told apart; the row is not guessed",
         zh_summary='一行中的各列无法区分，不按猜测读取',
         zh='{where}：{detail}，无法确定各数值所属列，未按猜测读取',
         en='{where}: {detail}; which number belongs to which column cannot be told, so the row is not guessed',
         zh_why='丢失了空单元格的副本（每行一个单元格、以空格连在一起的文本）会把数值挪到错误的列。',
         en_why='Copies that drop empty cells (one cell per line, text glued by spaces) shift values into the wrong columns.',
         example='城乡居民参保网络宣传群众知晓率 | = | 100 | % | 15 |    （15 是完成值还是权重？）',
         zh_fix='改为审计原始表格（HTML 页面、工作簿、Word 文件），而不是丢失了空单元格的副本。',
         en_fix='Audit the original table (HTML page, workbook, Word file) instead of a copy that lost its empty cells.'),
    Code("JS409", "read-as", _I, "how a file was read: its encoding and layout",
         zh_summary='文件的读取方式：编码和版式',
         zh='按 {encoding} 编码、{layout} 版式读取',
         en='read as {encoding}, {layout} layout',
         zh_why='jsperf 从不悄悄猜测编码：所用的编码和版式是结果的一部分。',
         en_why='jsperf never guesses an encoding silently: the encoding and layout it used are part of the result.',
         example='report.txt：GB18030 编码，竖线分隔版式',
         zh_fix='如果编码不对，把文件另存为 UTF-8 后重新审计。',
         en_fix='If the encoding is wrong, save the file as UTF-8 and audit again.'),
    Code("JS410", "weights-from-sections", _I, "indicator weights were not printed; they follow from the section headings",
         zh_summary='表格未列各指标分值，由各部分标题中的分值推出',
         zh='{section} 未列各指标分值；该部分得分合计等于 {weight} 分，各指标分值取其得分',
         en='{section} prints no weight per indicator; its points add up to the section weight {weight}, so each weight is its points',
         zh_why='有的模板只在部分标题中印分值（产出指标(60分)）。当各指标得分之和等于该部分分值时，每个指标都得了满分，各指标的分值也就确定了。',
         en_why='Some templates print weights only in section headings (产出指标(60分)). When the points add up to the section weight, every indicator scored full and the weights are determined.',
         example='产出指标(60分)：三个指标，得分各 20',
         zh_fix='无需修改；在表格中列出每个指标的分值，便于核对。',
         en_fix='Nothing to fix; print each weight in the form to make it checkable.'),
    Code("JS411", "weights-unknown", _W, "indicator weights are neither printed nor determined by the form",
         zh_summary='各指标分值既未列出，也无法由表格推出',
         zh='{section} 未列各指标分值，且无法由该部分分值推出；指标得分无法重算',
         en='{section} prints no weight per indicator and the section weight does not determine them; the points cannot be recomputed',
         zh_why='没有分值就无法核对指标得分；猜测分值等于捏造数字。',
         en_why='Without weights the points of an indicator cannot be checked; guessing them would invent numbers.',
         example='年度绩效目标(80分)：五个指标，得分 8、7.3、31.9、10.5、11.1',
         zh_fix='在表格中列出每个指标的分值。',
         en_fix='Print each indicator weight (分值) in the form.'),
    Code("JS412", "formula-without-value", _W, "a workbook formula has no saved value",
         zh_summary='工作簿中的公式没有保存计算结果',
         zh='单元格 {cell} 的公式 {formula} 没有保存的计算结果{computed}',
         en='cell {cell}: formula {formula} has no saved value{computed}',
         zh_why='由程序生成、从未在 Excel 中打开过的工作簿只有公式而没有结果；把它们当作空白会丢掉数值。',
         en_why='A workbook written by a program and never opened in Excel keeps formulas without results; reading them as blank would lose numbers.',
         example='D7：=SUM(D8:D10)（没有保存的结果）',
         zh_fix='用 Excel 或 WPS 打开并保存工作簿，让每个公式都保存其结果。',
         en_fix='Open the workbook in Excel or WPS and save it, so every formula keeps its value.'),
    Code("JS413", "traditional-characters", _I, "traditional characters were mapped to simplified for reading",
         zh_summary='繁体字已转换为简体字、加注的拼音已去掉，以便识别',
         zh='文件是镜像网站的转载（繁体字或字后加注拼音），已按原页面识别表格：繁体字转换为简体字，拼音注音去掉',
         en='the file is a mirror site\'s copy (traditional characters, or pinyin glosses after characters); the form '
            'was read as the page it copied: characters mapped to simplified, glosses dropped',
         zh_why='镜像网站转载的页面被转换成了繁体字，有的还在字后加注拼音（`項(xiàng)目`）；表格本身并无不同。',
         en_why='Mirror sites re-post pages converted to traditional characters, some with pinyin after characters '
                '(`項(xiàng)目`); the form is the same.',
         example='項(xiàng)目支出績效自評表',
         zh_fix='无需修改。',
         en_fix='Nothing to fix.'),
    Code("JS414", "rules-per-card", _I, "this scorecard was recomputed under another rule set than the report's",
         zh_summary='本表按与报告其余各表不同的规则集重算',
         zh='本表按 {rules} 规则重算（本报告其余各表按 {report_rules}）；各规则可解释的公布数：{fits}',
         en='this scorecard was recomputed under {rules} (the report under {report_rules}); published numbers each rule set explains: {fits}',
         zh_why='一份报告可能汇集多种模板的表格（如执行率 20 分的表格与财政部模板并存）；每张表按其模板指明的规则集，或能解释其最多公布数的规则集重算。',
         en_why="A report may gather forms of several templates (a 20-point execution form beside the MOF one); each card is recomputed under the rule set its template names or that explains most of its published numbers.",
         example='湖北执行率 20 分的表格，报告其余各表按 national 重算',
         zh_fix='无需修改；用 --rules 指定一个规则集，可让所有表格都按它重算。',
         en_fix='Nothing to fix; name a rule set with --rules to recompute every card under one.'),
    Code("JS320", "total-follows-parts", _I, "the published total differs from the recomputed one only because of the parts found above",
         zh='总分公布为 {reported}，重算为 {recomputed}；差额全部来自上列问题（{causes}），不另计错误',
         en='总分 printed {reported}, recomputed {recomputed}; the difference comes entirely from the findings above ({causes}), not counted again',
         en_why='When every part of a total is printed, a total that differs from the recomputed one differs because a part does (JS302, JS303) or because the printed parts do not add up to it (JS304). One cause is one error; the total is linked to it instead of repeating it.',
         example='得分 20 (recomputed 17.97) → 总分 95.61 (recomputed 93.58)',
         en_fix='Fix the parts the findings name; the total follows.',
         zh_summary='公布的总分与重算不同，但差额全部来自上列各项问题',
         zh_why='各项得分都已公布时，总分与重算不同，要么是某项得分不同（JS302、JS303），要么是公布的各项相加不等于公布的总分（JS304）。同一原因只算一个错误，总分与之关联，不再重复报错。',
         zh_fix='改正上列问题所指的各项得分，总分随之改正。'),
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
    Code("JS415", "cells-out-of-order", _W, "a table flattened into one line with its cells out of reading order: not read",
         zh_summary='压平成一行的表格单元格次序已打乱，未按猜测读取',
         zh='表格被压平成一行，单元格次序已打乱（“{row}”出现在“{column}”之前，表中它本在其后），数值无法可靠地对应到行和列，'
            '未按猜测读取此表；请审计原始工作簿或文档，或将其另存为 .xlsx 后再审计',
         en='the table was flattened into one line with its cells out of order ("{row}" comes before "{column}", which it '
            'follows in the table); its values cannot be matched to their rows and columns, so the table is not guessed: '
            'audit the original workbook or document, or save it as .xlsx and audit that',
         zh_why='把工作簿转成文字的工具有时按合并单元格、换行单元格的位置输出文字：标签、指标值、完成值各成一段，'
                '资金数远离其所在的行。这样的文本里一个数值属于哪一行无法确定，按猜测读取会得出错误的审计结论。',
         en_why='Tools that turn a workbook into text sometimes emit its cells in the order their merged and wrapped '
                'cells happen to lie: labels, targets and actuals each in a run of their own, fund amounts far '
                'from their row. Which row a number belongs to cannot then be told, and a guess would audit the '
                'wrong numbers.',
         example='年初预算 数 0 项目资金 (万元) 年度资金总额 实施单位 … 全年预算数 全年执行数 分值 执行率 得分 0 207.4538 10 100% 10',
         zh_fix='审计原始工作簿（.xlsx、.xls）或文档（.docx、网页）；只有旧格式时，用 Excel 或 WPS 另存为 .xlsx。',
         en_fix='Audit the original workbook (.xlsx, .xls) or document (.docx, the web page); if only an old format '
                'exists, save it as .xlsx with Excel or WPS.'),
    Code("JS416", "weight-and-points-only", _I, "rows printing only two numbers were read as weight and points: only so do the weights add up to 100",
         zh_summary='只印两个数的指标行按分值、得分读取：只有这样全表分值合计才为 100',
         zh='{rows}：只印了两个数，按分值、得分读取（这样全表分值合计恰为 100）；未印年度指标值和实际完成值，其得分不重算',
         en='{rows}: only two numbers printed, read as weight and points (only so do the card\'s weights add up to 100); '
            'no target or actual is printed, so their points are not recomputed',
         zh_why='丢失了空单元格的副本里，一行只剩两个数时，它们可能是年度指标值和实际完成值，也可能是分值和得分。'
                '全表分值（含执行率分值）合计必须为 100：只有按分值、得分读取才满足时，才这样读取；否则报告 JS408，不读取。',
         en_why='In a copy that lost its empty cells, a row left with two numbers may hold a target and an actual, or a '
                'weight and points. A card\'s weights (the execution\'s included) add up to 100: only when reading them '
                'as weight and points makes them do so are they read that way; otherwise JS408, and the row is not read.',
         example='质量指标 指标1:工程质量合格 10 10    （年度指标值、实际完成值为空）',
         zh_fix='在表格中填写这些指标的年度指标值和实际完成值，或审计保留空单元格的原始表格。',
         en_fix='Fill in the target and actual of these indicators, or audit the original table, which keeps its empty cells.'),
    Code("JS417", "subtotal-rows", _I, "group rows that sum up the rows under them were not counted as indicators",
         zh_summary='汇总下级指标的分组行不算作指标',
         zh='{rows}：是其下各项（1、2、…）的小计，得分（或分值）等于各项之和，不作为指标计分',
         en='{rows}: the subtotal of the items under it (1、2、…), its points (or weight) the sum of theirs; not '
            'scored as an indicator',
         zh_why='有的表在三级指标里再分组：“一、示范区建立 15 分”下列“1、… 5 分”“2、… 5 分”“3、… 5 分”。'
                '分组行若也算作指标，这些分数就被算了两次。',
         en_why='Some cards group their indicators: "一、示范区建立 15" over "1、… 5", "2、… 5", "3、… 5". Counted as an '
                'indicator too, the group row would count those points twice.',
         example='一、示范区建立 ≧20000亩 20000亩 15   1、水稻侧深施肥 ≧500亩 500亩 5 …',
         zh_fix='无需修改；如分组行并非小计，请分别列为指标。',
         en_fix='Nothing to fix; if the group row is no subtotal, list it as an indicator of its own.'),
)}


def index_page(lang: str = "zh") -> str:
    """The table of every code (`docs/codes/index.md`, `jsperf codes`)."""
    words = _PAGE_WORDS[lang]
    rows = [f"| [{c.code}]({c.code}.md) | {c.name} | {label(c.severity.value, lang)} | {c.summary(lang)} |"
            for c in CODES.values()]
    return (f"# {words['title']}\n\n{words['intro']}\n\n{words['columns']}\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n")


PAGE_FOLDERS = {"zh": "codes", "en": "en/codes"}  # under docs/: Chinese is the default


def doc_url(code: str, lang: str = "zh") -> str:
    """Where a code's page is, in the language of the output that links to it."""
    return f"docs/{PAGE_FOLDERS[lang]}/{code}.md"


def write_pages(docs: str) -> None:
    """Write `docs/codes/` (Chinese) and `docs/en/codes/` (English) from the registry
    (`make docs`); a test keeps them in step."""
    from pathlib import Path

    for lang, folder in PAGE_FOLDERS.items():
        target = Path(docs) / folder
        target.mkdir(parents=True, exist_ok=True)
        for code in CODES.values():
            (target / f"{code.code}.md").write_text(code.page(lang), encoding="utf-8")
        (target / "index.md").write_text(index_page(lang), encoding="utf-8")


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


def unsettles(item: Finding) -> bool:
    """Whether a finding leaves the recomputed total and grade provisional: an error in
    what was scored (JS1xx, JS2xx, JS4xx), not an error found in the published numbers
    (JS3xx), which the recomputation corrects."""
    return item.severity is Severity.ERROR and not item.code.startswith("JS3")


def message(item: Finding, lang: str = "zh") -> str:
    return CODES[item.code].message(item.params, lang)
