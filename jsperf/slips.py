"""The slips people make filling in a scorecard that still give a number: a fraction typed
for a percentage, an amount in 元 where 万元 is meant, a placeholder left from a template,
a unit one word off the target's.  Each test here is a plain function over the model, so
the engine can turn what it finds into a finding with the likely fix instead of a silent
wrong score; the engine decides what is scored and what is not."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from jsperf.codes import finding
from jsperf.model import Finding, Op, Project, Target, Unit, UnitKind
from jsperf.numbers import WAN_YUAN, convert, plain, unit_of

_HUNDRED = Decimal(100)
# A ratio this far from 1 (either way) is not a difference of performance but of units.
_FAR = Decimal(1000)
# Placeholders printed where a target was to be written: `**`, `≥**人`, `XX`, `？？`.
_PLACEHOLDER_WORD = re.compile(r"[*＊]|[xX×]{2,}|[?？]{2,}|^[xX×?？]$")
_NUMERIC_ONLY = (Op.LE, Op.LT, Op.EQ)
# the two units people mix up (a target in 亿元 is rare, an amount meant in 亿元 rarer)
_YUAN_OR_WAN = (unit_of("元"), WAN_YUAN)


def placeholder(target: Target) -> bool:
    """Whether a target is a blank still to be filled in rather than a target: a word of
    asterisks or crosses (`**`, `≥**人`), `≥ 0 个` (met by anything), a bare `0`, or a
    money target of 0 (`<= 0 万元`, as `jsperf new` writes).  `≤ 0 起` (no accidents) and
    `≥ 0%` (no decline) are real."""
    if target.op is Op.QUAL:
        return _placeholder_word(target.word or "")
    if target.value != 0 or (target.high is not None and target.high != 0):
        return False
    if target.glyph == "":
        return True
    kind = target.unit.kind if target.unit is not None else UnitKind.NONE
    if target.op is Op.GE:
        return kind is not UnitKind.PERCENT  # `≥ 0%` (no decline) is a real target
    return kind is UnitKind.MONEY and target.op in _NUMERIC_ONLY


@functools.lru_cache(maxsize=1024)
def _placeholder_word(word: str) -> bool:
    """A target word is tested for every card of every rule set: the few words a report uses, once each."""
    return bool(_PLACEHOLDER_WORD.search(word))


def percent_typed_as_fraction(value: Decimal, unit: Unit | None, target: Target) -> Decimal | None:
    """The percentage a bare fraction (`0.92`) probably meant against a percentage target
    (`≥ 90%`), or None: a bare number up to 1 that, as a percentage, is near the target
    (half of it to twice it).  Nobody sets `≥ 90%` and achieves 0.92 %; `≥ 3%`
    and 0.5 may well be 0.5 %."""
    if unit is not None or target.unit is None or target.unit.kind is not UnitKind.PERCENT:
        return None
    if target.value is None or target.op in (Op.LE, Op.LT) or not 0 < value <= 1:
        return None  # under a ceiling (`≤ 5%`) a small actual is the expected result
    meant = value * _HUNDRED
    top = target.high if target.high is not None else target.value
    return meant if target.value / 2 <= meant <= top * 2 else None


def money_unit_meant(value: Decimal, target: Target) -> Unit | None:
    """The money unit a bare amount was probably written in (元 or 万元), when read in the
    target's unit it is a thousand times off the target and in the other unit it is near
    it (`113000` against `≤ 12 万元` is 11.3 万元 in 元); else None."""
    unit = target.unit
    if unit is None or unit.kind is not UnitKind.MONEY or not target.value or value <= 0:
        return None
    if _FAR ** -1 < value / target.value < _FAR:
        return None
    for other in _YUAN_OR_WAN:
        ratio = value * other.factor / unit.factor / target.value
        if other.factor != unit.factor and Decimal("0.01") <= ratio <= 100:
            return other
    return None


def related_units(actual: Unit, target: Unit) -> bool:
    """Count units one word apart (`人` and `人次`, `户` and `户次`): a slip or a real
    difference, but never comparable as they stand."""
    if actual.kind is not UnitKind.COUNT or target.kind is not UnitKind.COUNT:
        return False
    return actual.name in target.name or target.name in actual.name


def _money_amounts(project: Project) -> list[Decimal]:
    """A project's money targets and the money actuals written with their own unit, in
    万元 (a bare actual takes its target's unit, so it is no second witness)."""
    amounts = []
    for indicator in project.indicator_set.indicators:
        target = indicator.target
        if target.unit is None or target.unit.kind is not UnitKind.MONEY or not target.value:
            continue
        amounts.append(convert(target.value, target.unit, WAN_YUAN))
        actual = project.actuals.get(indicator.name)
        if actual is not None and actual.value is not None and actual.value.unit is not None:
            amounts.append(convert(actual.value.value, actual.value.unit, WAN_YUAN))
    return [amount for amount in amounts if amount is not None and amount > 0]


def _far_apart(project: Project) -> bool:
    """Whether JS120 or JS310 can be said at all: two of the project's positive money
    amounts (fund figures, money targets, money actuals) a thousand times apart, or a
    money target below 0.  Each finding needs one of these, most projects have neither,
    and this test is one pass (amounts in 元, so that nothing is divided)."""
    funds = project.funds
    wan = WAN_YUAN.factor
    amounts = [value * wan for value in (funds.initial_budget, funds.budget, funds.executed)
               if value is not None and value > 0]
    for indicator in project.indicator_set.indicators:
        target = indicator.target
        unit = target.unit
        if unit is None or unit.kind is not UnitKind.MONEY or not target.value:
            continue
        if target.value < 0:
            return True
        amounts.append(target.value * unit.factor)
        actual = project.actuals.get(indicator.name)
        quantity = actual.value if actual is not None else None
        if quantity is not None and quantity.unit is not None and quantity.unit.kind is UnitKind.MONEY \
                and quantity.value > 0:
            amounts.append(quantity.value * quantity.unit.factor)
    return len(amounts) > 1 and max(amounts) >= min(amounts) * _FAR


_FUND_LABELS = {"initial_budget": "年初预算数", "budget": "全年预算数 A", "executed": "全年执行数 B"}


def funds_outliers(project: Project) -> tuple[list[str], Decimal | None]:
    """The fund figures (field names) a thousand times or more above the project's other
    amounts, and the largest of those others.  A figure is out of scale above the other
    fund figures, or above every money amount of the indicators when there are two or
    more of them to agree (a budget is above each of its cost targets, not a thousand
    times above all of them; one target alone may be the slip, JS310).  Such a figure
    was typed in 元 under `unit: 万元`: the funds are blamed, not the targets."""
    funds = project.funds
    figures = {name: getattr(funds, name) for name in _FUND_LABELS}
    figures = {name: value for name, value in figures.items() if value is not None and value > 0}
    amounts = _money_amounts(project)
    witnesses = amounts if len(amounts) >= 2 else []
    outliers = []
    for name, value in figures.items():
        funds_rest = [v for n, v in figures.items() if n != name]
        if any(others and value >= max(others) * _FAR for others in (witnesses, funds_rest)):
            outliers.append(name)
    rest = amounts + [v for n, v in figures.items() if n not in outliers]
    return outliers, max(rest) if rest else None


def money_findings(project: Project) -> Iterator[Finding]:
    """Fund figures out of scale with the project's other amounts (JS120); else money
    targets out of scale with the budget (JS310): whichever side is the outlier is
    blamed, never both."""
    if not _far_apart(project):
        return
    outliers, largest = funds_outliers(project)
    if not outliers:
        yield from target_scale(project)
        return
    funds = project.funds
    yield finding("JS120", funds.span, project=project.name,
                  figures="、".join(f"{_FUND_LABELS[name]} {plain(getattr(funds, name))}" for name in outliers),
                  meant="、".join(plain(getattr(funds, name) / 10_000) for name in outliers), largest=largest)


def target_scale(project: Project) -> Iterator[Finding]:
    """Money targets a factor of 10,000 away from the project's own budget."""
    budget = project.funds.budget
    if not budget or budget < 0:
        return
    for indicator in project.indicator_set.indicators:
        target = indicator.target
        if target.unit is None or target.unit.kind is not UnitKind.MONEY or not target.value:
            continue
        in_wan = convert(target.value, target.unit, WAN_YUAN)
        assert in_wan is not None
        ratio = in_wan / budget
        if ratio < Decimal("0.001") or ratio > 1000:
            yield finding("JS310", indicator.span, project=project.name, indicator=indicator.name,
                          reported=f"{plain(target.value)} {target.unit.name}", recomputed=f"{plain(budget)} 万元",
                          target=f"{plain(target.value)} {target.unit.name}", in_wan=in_wan, budget=budget)
