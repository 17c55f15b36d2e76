"""The form's own words: indicator headings with their aliases, in Chinese (the official
form) and English (`--lang en`); the labels jsperf prints live in `messages`."""

from __future__ import annotations

import functools
import re

from jsperf import messages

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
    """A heading as looked up: spaces out, lower case, a trailing note such as `（50分）`
    dropped, and a trailing 等 (`服务对象满意度指标等`, as Yunnan's form prints it)."""
    return _WEIGHT_NOTE.sub("", squash(text)).lower().removesuffix("等")


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


def level1_of(text: str) -> str | None:
    """The canonical 一级指标 for a heading as written (`成本`, `cost`, `满意度指 标`)."""
    return _level1_of(text) if text.lstrip()[:1].lower() in _FIRST else None


@functools.lru_cache(maxsize=4096)
def _level1_of(text: str) -> str | None:
    return _L1_LOOKUP.get(_squash(text))


# 二级指标 read but no longer printed: forms before 2021 put the cost under the outputs
_L2_LOOKUP.update({("产出指标", _squash(alias)): "成本指标" for alias in ("成本指标", "产出成本", "成本")})


def level2_of(level1: str, text: str) -> str | None:
    return _level2_of(level1, text) if text.lstrip()[:1].lower() in _FIRST else None


@functools.lru_cache(maxsize=4096)
def _level2_of(level1: str, text: str) -> str | None:
    return _L2_LOOKUP.get((level1, _squash(text)))


# the first characters of every heading as looked up: a cell beginning otherwise (an
# indicator's name, a number) is no heading, and is not looked up (names never repeat,
# so a cache would only be filled with them)
_FIRST = frozenset(alias[:1] for alias in _L1_LOOKUP) | frozenset(alias[:1] for _, alias in _L2_LOOKUP)


COST = "成本指标"


def is_cost(level1: str, level2: str) -> bool:
    """An indicator of cost: under 成本指标 as its 一级指标 (the 2021 form) or as its
    二级指标 under 产出指标 (the forms before): spending less is doing better."""
    return level1 == COST or level2 == COST


def level2_names(level1: str) -> tuple[str, ...]:
    return tuple(_TREE[level1][2]) if level1 in _TREE else ()


def english(term: str) -> str:
    if term in _TREE:
        return _TREE[term][0]
    for _, _, children in _TREE.values():
        if term in children:
            return children[term][0]
    return messages.text(f"label.{term}", "en") if f"label.{term}" in messages.CATALOGUE else term


def label(key: str, lang: str = "zh") -> str:
    """A label jsperf prints (`messages` holds them as `label.KEY`), or the term itself:
    an indicator heading is its own Chinese label and has an English name above."""
    if f"label.{key}" in messages.CATALOGUE:
        return messages.text(f"label.{key}", lang)
    return key if lang == "zh" else english(key)
