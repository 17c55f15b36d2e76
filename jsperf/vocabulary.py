"""The form's own words: indicator headings with their aliases, and the labels jsperf
prints, in Chinese (the official form) and English (`--lang en`)."""

from __future__ import annotations

import functools
import re

# level 1 → (English, aliases, {level 2 → (English, aliases)})
_TREE: dict[str, tuple[str, tuple[str, ...], dict[str, tuple[str, tuple[str, ...]]]]] = {
    "成本指标": ("cost", ("成本",), {
        "经济成本指标": ("economic cost", ("经济成本", "economic_cost")),
        "社会成本指标": ("social cost", ("社会成本", "social_cost")),
        "生态环境成本指标": ("ecological cost", ("生态环境成本", "ecological_cost")),
    }),
    "产出指标": ("output", ("产出",), {
        "数量指标": ("quantity", ("数量",)),
        "质量指标": ("quality", ("质量",)),
        "时效指标": ("timeliness", ("时效",)),
    }),
    "效益指标": ("benefit", ("效益", "效果指标", "效果"), {
        "经济效益指标": ("economic benefit", ("经济效益", "economic_benefit")),
        "社会效益指标": ("social benefit", ("社会效益", "social_benefit")),
        "生态效益指标": ("ecological benefit", ("生态效益", "ecological_benefit")),
        "可持续影响指标": ("sustainability", ("可持续影响", "sustainability")),
    }),
    "满意度指标": ("satisfaction", ("满意度",), {
        "服务对象满意度指标": ("service satisfaction", (
            "服务对象满意度", "service_satisfaction", "satisfaction", "满意度", "满意度指标", "社会公众满意度",
            "社会公众或服务对象满意度")),
    }),
}

LEVEL1: tuple[str, ...] = tuple(_TREE)


_WEIGHT_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def squash(text: str) -> str:
    """The text without its spaces: PDF extraction splits the form's words (`基本达成 目标`)."""
    return "".join(text.split())


def _squash(text: str) -> str:
    """A heading as looked up: spaces out, lower case, a trailing note such as `（50分）` dropped."""
    return _WEIGHT_NOTE.sub("", squash(text)).lower()


_L1_LOOKUP = {
    _squash(alias): l1
    for l1, (english, aliases, _) in _TREE.items()
    for alias in (l1, english, *aliases)
}
_L2_LOOKUP = {
    (l1, _squash(alias)): l2
    for l1, (_, _, children) in _TREE.items()
    for l2, (english, aliases) in children.items()
    for alias in (l2, english.replace(" ", "_"), english, *aliases)
}


@functools.lru_cache(maxsize=4096)
def level1_of(text: str) -> str | None:
    """The canonical 一级指标 for a heading as written (`成本`, `cost`, `满意度指 标`)."""
    return _L1_LOOKUP.get(_squash(text))


# 二级指标 read but no longer printed: forms before 2021 put the cost under the outputs
_L2_LOOKUP.update({("产出指标", _squash(alias)): "成本指标" for alias in ("成本指标", "产出成本", "成本")})


@functools.lru_cache(maxsize=4096)
def level2_of(level1: str, text: str) -> str | None:
    return _L2_LOOKUP.get((level1, _squash(text)))


def level2_names(level1: str) -> tuple[str, ...]:
    return tuple(_TREE[level1][2]) if level1 in _TREE else ()


def english(term: str) -> str:
    if term in _TREE:
        return _TREE[term][0]
    for _, _, children in _TREE.values():
        if term in children:
            return children[term][0]
    return LABELS.get(term, {}).get("en", term)


LABELS: dict[str, dict[str, str]] = {
    "scorecard": {"zh": "项目支出绩效自评表", "en": "Project expenditure performance self-evaluation"},
    "project": {"zh": "项目名称", "en": "Project"},
    "department": {"zh": "主管部门", "en": "Department"},
    "implementer": {"zh": "实施单位", "en": "Implementer"},
    "rules": {"zh": "评分规则", "en": "Rule set"},
    "initial_budget": {"zh": "年初预算数", "en": "Initial budget"},
    "budget": {"zh": "全年预算数 A", "en": "Full-year budget A"},
    "executed": {"zh": "全年执行数 B", "en": "Executed B"},
    "execution_rate": {"zh": "执行率", "en": "Execution rate"},
    "weight": {"zh": "分值", "en": "Weight"},
    "points": {"zh": "得分", "en": "Points"},
    "level1": {"zh": "一级指标", "en": "Level 1"},
    "level2": {"zh": "二级指标", "en": "Level 2"},
    "name": {"zh": "三级指标", "en": "Indicator"},
    "target": {"zh": "年度指标值", "en": "Target"},
    "actual": {"zh": "实际完成值", "en": "Actual"},
    "total": {"zh": "总分", "en": "Total"},
    "grade": {"zh": "等级", "en": "Grade"},
    "funds": {"zh": "项目资金（万元）", "en": "Funds (10,000 yuan)"},
    "findings": {"zh": "问题", "en": "Findings"},
    "indicators": {"zh": "绩效指标", "en": "Performance indicators"},
    "scorecards": {"zh": "项目数", "en": "Scorecards"},
    "reported": {"zh": "公布数", "en": "Reported"},
    "recomputed": {"zh": "重算数", "en": "Recomputed"},
    "derivation": {"zh": "计算过程", "en": "Derivation"},
    "severity": {"zh": "级别", "en": "Severity"},
    "code": {"zh": "代码", "en": "Code"},
    "location": {"zh": "位置", "en": "Location"},
    "message": {"zh": "说明", "en": "Message"},
    "error": {"zh": "错误", "en": "error"},
    "warning": {"zh": "警告", "en": "warning"},
    "info": {"zh": "提示", "en": "info"},
    "execution": {"zh": "预算执行率", "en": "Budget execution"},
    "rounded_fund_rows": {"zh": "两行资金仅尾数不同的表", "en": "Cards whose two fund rows differ only in rounding"},
    "provisional_mark": {"zh": "（待核：{n} 个错误）", "en": " (provisional: {n} errors)"},
    "reported_total": {"zh": "公布总分", "en": "Reported total"},
    "errors": {"zh": "错误", "en": "Errors"},
    "warnings": {"zh": "警告", "en": "Warnings"},
    "wan_yuan": {"zh": "（万元）", "en": " (10,000 yuan)"},
    "percent": {"zh": "（%）", "en": " (%)"},
    "published_errors": {"zh": "公布数有 {errors} 处错误（见下表），本表总分与等级按规则重算",
                         "en": "{errors} error(s) in the published numbers (below); the total and grade are recomputed"},
    "provisional": {"zh": "待核：{errors} 个错误，总分与等级为暂定",
                    "en": "To check: {errors} error(s); the total and grade are provisional"},
    "优": {"zh": "优", "en": "excellent"},
    "良": {"zh": "良", "en": "good"},
    "中": {"zh": "中", "en": "fair"},
    "差": {"zh": "差", "en": "poor"},
    # how a number was derived (`jsperf.explain`): rule names, connectives, and templates
    # whose blanks `str.format` fills, as word order differs between the languages
    "rule_of_set": {"zh": "{rules}：{rule}", "en": "{rules}: {rule}"},
    "rule:execution": {"zh": "执行率计分", "en": "execution"},
    "rule:budget zero": {"zh": "全年预算数为 0", "en": "budget zero"},
    "rule:target zero": {"zh": "指标值为 0", "en": "target zero"},
    "rule:score >=": {"zh": "≥ 指标计分", "en": "score >="},
    "rule:score >": {"zh": "> 指标计分", "en": "score >"},
    "rule:score <=": {"zh": "≤ 指标计分", "en": "score <="},
    "rule:score <": {"zh": "< 指标计分", "en": "score <"},
    "rule:score =": {"zh": "= 指标计分", "en": "score ="},
    "rule:score range": {"zh": "区间指标计分", "en": "score range"},
    "rule:tier": {"zh": "定性档次“{tier}”", "en": "tier {tier}"},
    "case": {"zh": "{rule}（{where}，{condition}）：{formula}", "en": "{rule} ({where}, {condition}): {formula}"},
    "tier_case": {"zh": "{rule}：{band}", "en": "{rule}: {band}"},
    "when": {"zh": "当 {condition} 时", "en": "when {condition}"},
    "else": {"zh": "否则", "en": "else"},
    "and": {"zh": "且", "en": "and"},
    "or": {"zh": "或", "en": "or"},
    "not": {"zh": "非", "en": "not"},
    "assessed": {"zh": "{band}；评定得分 {points}", "en": "{band}; assessed {points}"},
    "not_assessed": {"zh": "{band}；未评定得分，按默认 {default} × {weight} = {points}",
                     "en": "{band}; no assessed score, default {default} × {weight} = {points}"},
    # how the rule set of an audit was chosen (`Audit.chosen_by`)
    "chosen:option": {"zh": "指定", "en": "option"},
    "chosen:project": {"zh": "项目指定", "en": "project"},
    "chosen:inference": {"zh": "推断", "en": "inference"},
    "chosen:none": {"zh": "无", "en": "none"},  # nothing to score
}


def label(key: str, lang: str = "zh") -> str:
    entry = LABELS.get(key)
    if entry is None:
        return key if lang == "zh" else english(key)
    return entry.get(lang, entry["zh"])
