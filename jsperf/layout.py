"""The form's layout as data: the words that head its rows and columns, with every
synonym real templates print, and the forms jsperf recognises by their titles.

The card reader (`readers/card.py`) finds a scorecard's parts by these labels, never by
column positions, so a new province's template is new rows here plus a corpus test, not a
new branch in the reader.  The Excel writer and `jsperf new` print the first word of each
entry, which is the standard form's own.

Labels are compared after `key()`: spaces out, full-width brackets and colons made
half-width, a trailing `：`, a leading `其中：` and notes such as `（万元）` or `（20分）`
dropped.  A label matches an entry when its key equals a synonym or starts with one (the
longest synonym wins), so `执行率（全年执行数/全年预算数）` is the rate column.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

import attrs

# ---------------------------------------------------------------- row heads

# the card's header fields: the label cell is followed by the value cell
FIELDS: Mapping[str, tuple[str, ...]] = {
    "name": ("项目名称", "政策(项目)名称", "项目(政策)名称", "专项资金名称", "转移支付(项目)名称", "专项名称",
             "预算项目名称", "项目全称", "专项(项目)名称", "资金名称"),
    "department": ("主管部门", "项目主管部门", "主管单位", "项目主管单位", "县级主管部门", "市县主管部门",
                   "自治区主管部门", "中央主管部门", "地方主管部门", "主管部门及代码", "实施(主管)单位", "预算部门",
                   "业务主管部门", "主管部门(单位)", "主管部门名称"),
    "implementer": ("实施单位", "项目实施单位", "资金使用单位", "实施单位(盖章)", "项目单位",
                    "执行单位", "项目执行单位", "承担单位", "预算单位", "实施主体", "项目实施主体", "承办单位"),
}

# the fund block's label over its rows (the first cell of the fund header, or a rowspan)
FUND_BLOCK = ("项目资金", "项目预算执行情况", "资金情况", "预算执行情况", "资金投入情况", "年度预算数", "预算执行",
              "资金来源", "资金投入", "预算资金")

# fund rows: the total, then the parts the templates list
# the two rows a card may print the same amounts in, as findings name them (JS313)
FUND_ROW_NAMES: Mapping[str, str] = {"total": "年度资金总额", "government": "政府预算资金"}
FUND_ROWS: Mapping[str, tuple[str, ...]] = {
    "total": ("年度资金总额", "年度财政资金总额", "资金总额", "年度总金额", "年度预算资金总额", "总额", "合计"),
    "government": ("当年财政拨款", "本年财政拨款", "财政拨款", "财政资金", "政府预算资金", "当年财政资金",
                   "一般预算内拨款", "一般公共预算资金", "一般公共预算", "县级资金", "县级财政资金", "本级资金",
                   "本级财政资金"),
    "central": ("中央财政资金", "中央补助", "中央、省补助", "中央、省、市补助", "自治区补助", "省级资金", "中央资金",
                "中央补助资金", "省级财政资金", "省级补助", "省级补助资金", "上级补助", "上级补助资金", "上级资金"),
    "local": ("地方财政资金", "地方资金", "市级财政资金", "市级资金", "市县资金"),
    "carried": ("上年结转资金", "上年结转", "结转结余资金"),
    "special": ("财政专户管理资金",),
    "fund_budget": ("政府性基金", "政府性基金预算资金"),
    "unit": ("单位资金",),
    "other": ("其他资金", "其他", "自筹资金", "单位自筹", "单位自筹资金", "自有资金", "社会资金"),
}

# the fund block's column headers
FUND_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算"),
    "budget": ("全年预算数", "调整后预算数", "调整预算数", "全年(调整)预算数", "调整后预算", "预算数", "全年预算", "预算安排",
               "预算金额"),
    "executed": ("全年执行数", "预算执行数", "实际执行数", "执行数", "实际支出数", "实际支出", "全年支出数", "支出数",
                 "执行金额", "实际支出金额"),
    "weight": ("分值", "权重", "执行率权重", "执行率分值"),
    "rate": ("执行率", "预算执行率", "预算执行进度", "资金执行率", "执行进度"),
    "points": ("得分", "执行率得分", "自评得分"),
    "method": ("得分计算方法", "计算方法", "评分标准"),  # words on how the points are earned: read past
}

GOALS = ("年度总体目标", "项目年度目标", "年度绩效目标", "总体目标", "年度目标", "项目基本情况")
GOAL_COLUMNS = ("预期目标", "实际完成情况", "年初设定目标", "年度总体目标完成情况综述", "全年实际完成情况",
                "年度目标完成情况", "总体目标完成情况", "全年目标实际完成情况")

# the indicator table: its header row names these columns
INDICATOR_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标", "指标名称", "三级指标名称"),
    "nature": ("指标性质", "符号"),
    "target": ("年度指标值", "指标值", "年初目标值", "预期指标值", "年度目标指标值", "年初指标值", "目标值",
               "年度目标值", "年初绩效目标值", "计划值", "预期值", "年度", "绩效指标值", "计划完成值", "计划指标值",
               "全年目标值", "本年度目标值", "预期目标值", "全年指标值"),
    "unit": ("度量单位", "计量单位", "单位"),
    "actual": ("实际完成值", "完成值", "全年实际值", "全年完成值", "全年实际完成值", "单项指标实际完成值",
               "年终完成值", "实际值", "实际", "年度实际完成值", "指标完成值", "完成数", "全年完成数"),
    "weight": ("分值", "权重", "指标分值", "指标权重", "标准分", "满分", "考核分值"),
    "points": ("得分", "自评得分", "自评分", "指标得分", "单项指标得分", "实际得分", "评分", "考核得分", "评价得分"),
    "review": ("复核得分", "复核分"),
    "note": ("偏差原因分析及改进措施", "偏差原因分析", "未完成原因分析", "未完成原因", "原因分析", "偏差原因", "备注",
             "扣分原因", "存在问题及改进措施"),
    "method": ("得分计算方法", "评分标准", "评价标准"),
    "core": ("是否核心指标",),
    "serial": ("序号", "编号"),  # the rows' numbers, before the headings: no value of the indicator
    # columns read past: a coefficient beside the points, the indicator's explanation
    "coefficient": ("得分系数",),
    "description": ("指标解释", "指标内容", "指标说明", "评价标准及依据"),
}

# a piece of every word of the 指标性质 and 度量单位 columns: a row without one names neither,
# and its cells need no lookup (tests/test_layouts.py holds the table to it)
PART_WORDS = ("性质", "符号", "单位")

# templates whose indicator header takes two rows, the second naming sub-columns: a word
# of the second row, the template, and the columns after 三级指标 the two rows mean.
# Hebei: 指标分值 (printed with the indicator's explanation) | 预期指标值 as 符号 / 值 /
# 单位 | 单项指标实际完成值 | 单项指标完成情况 | 自评得分 as 单项指标得分 / 权重占比 /
# 单项指标折算得分 (= 得分 × 权重占比): the weight is the 权重占比, the points the 折算得分
TWO_ROW_HEADERS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "权重占比": ("hebei", ("description", "nature", "target", "unit", "actual", "verdict", "raw", "weight", "points")),
}

# the header row of the indicator table starts with one of these (or holds 一级指标)
INDICATORS = ("绩效指标", "年度绩效指标", "年度绩效目标", "年度绩效目标完成情况")

TOTALS = ("总分", "合计", "总计", "项目总得分", "自评总分", "总得分", "综合得分", "得分合计", "合计得分")
GRADES = ("等级", "评价等级", "自评等级", "自评结果", "评价结果", "评级", "绩效等级")
GRADE_WORDS = ("优", "良", "中", "差", "合格", "不合格")  # 合格/不合格: names rule sets give 中/差

# rows that end a card's table: signatures and the text blocks under the table
TRAILERS = ("评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人", "备注", "说明", "偏差大或目标未完成原因分析",
            "改进措施及结果应用方案", "注")
# rows inside the table that are not indicators, passed over (the MOF form's row above 总分)
REMARKS = ("其他需要说明事项", "其他需要说明的事项")

# the 指标性质 column's words, as the operator they mean ("" : qualitative or unknown)
NATURE: Mapping[str, str] = {"正向": "≥", "正向指标": "≥", "反向": "≤", "反向指标": "≤", "定性": "", "定性指标": "",
                             "定量": "", "定量指标": ""}


# a page number a printed report leaves between its rows (`- 3 -`, `第3页，共8页`, `共8页第3页`,
# `Page 3 of 8` as LibreOffice prints it), squashed
_PAGE_NUMBER = re.compile(r"[-—–]*\d{1,4}[-—–]*|第\d+页([,，]?共\d+页)?|共\d+页[,，]?第\d+页|page\d+(of\d+)?",
                          re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """Whether a cell is a page number (`- 3 -`, `第3页`), not a value of the form."""
    squashed = "".join(text.split())
    return bool(squashed) and squashed[0] in "-—–第共Pp0123456789" and _PAGE_NUMBER.fullmatch(squashed) is not None


# ---------------------------------------------------------------- forms


@attrs.frozen
class Form:
    """A form recognised by its title.  `scored` forms are project scorecards jsperf
    recomputes; the others are recognised and reported as what they are."""

    kind: str  # project, department, transfer, evaluation, target, monitoring
    zh: str
    en: str
    scored: bool


FORMS: Mapping[str, Form] = {f.kind: f for f in (
    Form("project", "项目支出绩效自评表", "project scorecard", True),
    Form("department", "部门整体支出绩效自评表", "department-overall self-evaluation", False),
    Form("transfer", "转移支付绩效自评表", "transfer-payment self-evaluation", False),
    Form("evaluation", "绩效评价表", "performance evaluation (not a self-evaluation)", False),
    Form("target", "绩效目标表", "performance target form", False),
    Form("monitoring", "绩效目标执行监控表", "performance monitoring form", False),
    Form("process", "项目决策、管理、绩效评分表", "process scorecard (项目决策/项目管理/项目绩效)", False),
    Form("no-points", "未设分值的绩效自评表", "self-evaluation without points", False),
)}

# (words in the title, form kind): the first match wins, so the specific come first
TITLE_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("部门整体",), "department"),
    (("整体支出",), "department"),
    (("转移支付",), "transfer"),
    (("执行监控",), "monitoring"),
    (("区域绩效",), "transfer"),
    (("自评表",), "project"),
    (("自评", "表"), "project"),
    (("绩效评价表",), "evaluation"),
    (("评价表",), "evaluation"),
    (("绩效报告表",), "evaluation"),  # Jiangsu: 省级财政支出项目绩效报告表, a performance evaluation report's form
    (("绩效目标表",), "target"),
    (("目标申报表",), "target"),
)
# words every form's table holds after its title, even with its cells run together (a line
# holding a title and none of these is a file's or a page's name, not a glued table)
TABLE_WORDS = ("指标", "预算", "得分", "项目名称", "主管部门")
# rows that make a card another form whatever its title says: a 转移支付(项目)名称 row, and
# the county process scorecard's 项目决策 / 项目管理 sections
FORM_ROWS: Mapping[str, str] = {"转移支付(项目)名称": "transfer", "项目决策": "process", "项目管理": "process",
                                "资金管理情况": "transfer", "部门预算执行情况": "department"}

# templates: what the header rows say, and the rule set a template names by default
TEMPLATES: Mapping[str, str | None] = {"mof": None, "split": None, "sichuan": None, "twenty": "twenty",
                                       "poverty": None, "hebei": None}


# ---------------------------------------------------------------- lookups

_NOTE = re.compile(r"\((?:[^()]*万元|[^()]*元|\d+(?:\.\d+)?分|[A-Ea-e](?:[/／][A-Ea-e])?|盖章|"
                   r"[^()]*\*[^()]*|[^()]*/[^()]*|[^()]*×[^()]*|%|百分比|分)\)")
_WIDE = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "　": " ", "\u00a0": " ", "／": "/"})
_POINTS_NOTE = re.compile(r"\((\d+(?:\.\d+)?)分")


@functools.lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A label as looked up: no spaces, half-width brackets, notes such as `(万元)`,
    `(20分)` or `(B/A)` and a leading `其中:` or `1.` dropped, no trailing colon."""
    text = "".join(text.translate(_WIDE).split())
    text = _NOTE.sub("", _NOTE.sub("", text))
    text = text.removeprefix("其中:").removeprefix("其中")
    return _unnumbered(text.strip(":").lstrip("0123456789.、"))


# a section's number in Chinese numerals (`二、预算执行情况`, `(四)年度绩效指标`), as
# provincial forms print their blocks' labels
_NUMBERING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]、?)")
_NUMERAL_STARTS = frozenset("一二三四五六七八九十(（")


def _unnumbered(text: str) -> str:
    """A label without its section number in Chinese numerals (`二、` `(四)`)."""
    return text[match.end():] if text[:1] in _NUMERAL_STARTS and (match := _NUMBERING.match(text)) else text


def points_note(text: str) -> str | None:
    """The points a heading gives itself: `产出指标（60分）` → 60."""
    if "分" not in text:  # most cells: no note to look for
        return None
    match = _POINTS_NOTE.search(text.translate(_WIDE))
    return match.group(1) if match else None


class _Labels:
    """One table's synonyms looked up: exactly (row heads), or by the longest synonym a
    label starts with (column headers such as `执行率（全年执行数/全年预算数）`)."""

    def __init__(self, table: Mapping[str, tuple[str, ...]], exact: bool) -> None:
        pairs = [(key(word), entry) for entry, words in table.items() for word in words]
        self.words: dict[str, str] = {}
        for word, entry in pairs:
            self.words.setdefault(word, entry)  # a word under two entries means the first
        self.longest_first = () if exact else tuple(sorted(pairs, key=lambda pair: -len(pair[0])))

    def lookup(self, label: str) -> str | None:
        k = key(label) if may_be_label(label) else ""
        entry = self.words.get(k) if k else None
        if k and entry is None:
            entry = next((entry for word, entry in self.longest_first if k.startswith(word)), None)
        return entry


def _cached(table: Mapping[str, tuple[str, ...]], exact: bool) -> Callable[[str], str | None]:
    """A table's lookup, memoised: cells repeat from card to card, so each label is
    looked up once (the cache's hit costs no Python call: every cell of a row is asked)."""
    return functools.lru_cache(maxsize=65536)(_Labels(table, exact).lookup)


field_of = _cached(FIELDS, exact=True)
fund_row_of = _cached(FUND_ROWS, exact=True)
fund_column_of = _cached(FUND_COLUMNS, exact=False)
indicator_column_of = _cached(INDICATOR_COLUMNS, exact=False)


@functools.lru_cache(maxsize=65536)
def starts_with(label: str, words: tuple[str, ...]) -> bool:
    k = key(label) if may_be_label(label) else ""
    return k.startswith(_keys(words)) if k else False


@functools.lru_cache(maxsize=65536)
def is_one_of(label: str, words: tuple[str, ...]) -> bool:
    return may_be_label(label) and key(label) in _keys(words)


def is_row_head(text: str) -> bool:
    """Whether a cell is one of the labels a row of the form begins with: a title, a row
    head (项目名称), a fund row or block, the goals, the indicator block, a total, a grade
    or a trailer.  (An indicator's 一级/二级 headings are the vocabulary's:
    `segments.is_heading`.)"""
    return form_of_title(text) is not None or (may_be_label(text) and (
        field_of(text) is not None or fund_row_of(text) is not None
        or (starts_with(text, FUND_BLOCK) and fund_column_of(text) is None)  # not 预算执行数, a column
        or any(starts_with(text, words) for words in (GOALS, INDICATORS, TRAILERS))
        or any(is_one_of(text, words) for words in (TOTALS, GRADES))))


def is_label(text: str) -> bool:
    """Whether a cell is one of the form's own words, a row head or a column header,
    rather than a value."""
    return is_row_head(text) or (may_be_label(text) and (
        fund_column_of(text) is not None or indicator_column_of(text) is not None or is_one_of(text, GOAL_COLUMNS)))


_SPACES = " \u3000\u00a0\t"
_NOT_FIRST = _SPACES + "0123456789.、:：其中(（"


def may_be_label(text: str) -> bool:
    """A cheap first look: could this cell be one of the form's labels at all?  A label
    begins (after numbering and `其中：`) with one of the characters the table's words
    begin with; names, numbers and sentences mostly do not, and skip the lookups."""
    head = text.lstrip(_NOT_FIRST)[:1]
    return head in _FIRST_CHARS or (
        head in _NUMERAL_STARTS and _unnumbered(text.lstrip(_SPACES)).lstrip(_NOT_FIRST)[:1] in _FIRST_CHARS)


@functools.lru_cache(maxsize=64)
def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key(word) for word in words)


@functools.lru_cache(maxsize=8192)
def form_of_title(text: str) -> Form | None:
    """The form a title names, or None when the text is not a form's title: short,
    holding one of the title words, not a sentence."""
    squashed = "".join(text.translate(_WIDE).split()).strip("|")
    if (len(squashed) > 60 or "表" not in squashed or squashed.endswith(("。", ":", ",", "清单", "目录"))
            or "、" in squashed[:3]):
        return None
    for words, kind in TITLE_WORDS:
        if all(word in squashed for word in words):
            if kind == "project" and not ("绩效" in squashed or "项目" in squashed):
                return None
            return FORMS[kind]
    return None


# ---------------------------------------------------------------- target phrasing

# words printed before a target's number, as the operator they mean (longest first)
PREFIX_WORDS: Mapping[str, str] = {
    "大于或等于": "≥", "大于等于": "≥", "不低于": "≥", "不少于": "≥", "不小于": "≥", "达到": "≥", "至少": "≥",
    "最少": "≥",
    "小于或等于": "≤", "小于等于": "≤", "不高于": "≤", "不超过": "≤", "不大于": "≤", "不多于": "≤", "控制在": "≤",
    "最多": "≤",
    "高于": ">", "大于": ">", "超过": ">", "多于": ">",
    "低于": "<", "小于": "<", "少于": "<",
}
# words printed after it (`90%以上`, `5万元以内`, `90%(含)以上`, `100%完成`: reached in full)
SUFFIX_WORDS: Mapping[str, str] = {"及以上": "≥", "以上": "≥", "(含)以上": "≥", "及以下": "≤", "以下": "≤",
                                   "(含)以下": "≤", "以内": "≤", "之内": "≤", "完成": "≥"}
_SUFFIX_ORDER = tuple(sorted(SUFFIX_WORDS, key=len, reverse=True))  # `及以上` before `以上`


def suffix_word(text: str) -> str | None:
    """The words printed after a number a text ends in (`95%以上` → `以上`), if any: the
    report reader's and the indicator language's one reading of them."""
    return next(word for word in _SUFFIX_ORDER if text.endswith(word)) if text.endswith(_SUFFIX_ORDER) else None


# the marks between a range's ends (`85%-95%`, `85%至95%`, `85%~95%`)
RANGE_MARKS = ("-", "~", "～", "至", "到", "—", "–")
# the units values are printed with: a copy that split `1000 平方米` at its space leaves one
# of these in a cell of its own, after the number it belongs to (`％` in full width too)
UNIT_WORDS = frozenset({
    "%", "％", "‰", "元", "万元", "亿元", "千元", "个", "台", "套", "人", "人次", "万人次", "次", "户", "家", "项", "件", "份",
    "篇", "场", "期", "批", "辆", "所", "座", "处", "条", "册", "本", "张", "天", "日", "月", "年", "小时", "亩", "万亩",
    "公顷", "平方米", "万平方米", "立方米", "米", "公里", "千米", "吨", "万吨", "公斤", "千克", "头", "只", "株", "棵",
    "名", "部", "村", "间", "根", "盏", "块", "箱", "册次", "户次", "个百分点",
})


# the words a 完成情况 column prints (Hebei's 单项指标完成情况): a row's value, never a name
VERDICT_WORDS = frozenset({"完成", "未完成", "已完成", "基本完成", "部分完成", "全部完成", "超额完成", "达成", "未达成",
                           "基本达成", "达到", "未达到", "基本达到"})


def form_of_row(filled: list[str]) -> Form | None:
    """The form a row's cells say the card is, whatever its title (`FORM_ROWS`)."""
    for cell in filled:
        kind = _FORM_ROWS.get(key(cell)) if cell[0] in _FORM_ROW_STARTS else None
        if kind is not None:
            return FORMS[kind]
    return None


_FORM_ROWS = {key(label): kind for label, kind in FORM_ROWS.items()}
_FORM_ROW_STARTS = frozenset(label[0] for label in FORM_ROWS)


# the characters the form's labels begin with, for `may_be_label`
_FIRST_CHARS = frozenset(
    key(word).lstrip(_NOT_FIRST)[:1]
    for table in (FIELDS, FUND_ROWS, FUND_COLUMNS, INDICATOR_COLUMNS)
    for words in table.values() for word in words
) | frozenset(key(word)[:1] for words in (FUND_BLOCK, GOALS, GOAL_COLUMNS, INDICATORS, TOTALS, GRADES, TRAILERS,
                                           tuple(FORM_ROWS)) for word in words)
