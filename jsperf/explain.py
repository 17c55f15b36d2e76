"""How each number of a result came about, as a person would write it in a letter:
the rule-set line, the formula with the numbers put in, and the result."""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

from jsperf.model import Derivation, Piecewise, Result, Span
from jsperf.numbers import plain
from jsperf.rules.compile import SLOT, render_slots, value_text
from jsperf.vocabulary import label


def describe(derivation: Derivation | None, lang: str = "zh") -> str:
    """The rule that applied, where it is written, its condition, and the formula with
    the numbers put in: `jiangxi：≥ 指标计分（jiangxi.rules:26，否则）：10 × (85 / 90 − 60%) / 40% = 8.61`.

    Asked for every number of every card audited, so each rule's text is made once
    (`_case_parts`) and only the numbers are put in; a verdict's, made of few distinct
    numbers (its tier, the weight, the points), is kept whole (`_tiered`)."""
    if derivation is None:
        return ""
    if derivation.tier is not None:
        return _tiered(derivation, lang)
    piece = derivation.piece
    if piece is None or derivation.case_index < 0:
        return rule_name(derivation, lang)
    head, formula, tail = _case_parts(derivation.rule_set, piece, derivation.case_index, lang)
    names, inputs = piece.params, derivation.inputs
    return _fill(head, names, inputs) + _formula_text(formula, derivation) + _fill(tail, names, inputs)


@functools.lru_cache(maxsize=1024)
def _tiered(derivation: Derivation, lang: str) -> str:
    """A verdict's line: the same for every card with the same tier, weight and points."""
    return label("tier_case", lang).format(rule=rule_name(derivation, lang), band=describe_tier(derivation, lang))


Parts = tuple[str | int, ...]  # a text in pieces: words, and the index of the input whose value goes there

_FORMULA = "\x01"  # where a case's formula goes in its line, while the line is made

CaseParts = tuple[Parts, Parts | None, Parts]
# by the rule's identity (hashing a rule hashes its every formula), each kept with its rule
_CASES: dict[tuple[int, str, int, str], tuple[Piecewise, CaseParts]] = {}


def _case_parts(rule_set: str, piece: Piecewise, index: int, lang: str) -> CaseParts:
    """A case's line before its formula, the formula (None: a `none` case), and the
    rest, made once for each case of each rule set and language."""
    key = (id(piece), rule_set, index, lang)
    known = _CASES.get(key)
    if known is None:
        if len(_CASES) >= 1024:  # rule sets read anew (a server's uploads) never grow it without end
            _CASES.clear()
        known = _CASES[key] = (piece, _made_parts(rule_set, piece, index, lang))
    return known[1]


def _made_parts(rule_set: str, piece: Piecewise, index: int, lang: str) -> CaseParts:
    case = piece.cases[index]
    rule = _rule_name(rule_set, None, piece.label, lang)
    where = f"{_file_name(case.span.file)}:{case.span.line}"
    condition = (label("when", lang).format(condition=render_slots(case.cond, piece.params, lang))
                 if case.cond is not None else label("else", lang))
    line = label("case", lang).format(rule=rule, where=where, condition=condition, formula=_FORMULA)
    head, _, tail = line.partition(_FORMULA)
    formula = _parts(render_slots(case.expr, piece.params)) if case.expr is not None else None
    return _parts(head), formula, _parts(tail)


def _parts(text: str) -> Parts:
    """A text of `render_slots` in pieces: words, and between them the inputs' indexes."""
    return tuple(int(piece) if odd else piece for odd, piece in
                 ((number % 2, piece) for number, piece in enumerate(text.split(SLOT))) if odd or piece)


def _fill(parts: Parts, names: tuple[str, ...], inputs: tuple[Decimal, ...]) -> str:
    return "".join([part if isinstance(part, str) else value_text(names[part], inputs[part]) for part in parts])


def _formula_text(formula: Parts | None, derivation: Derivation) -> str:
    """A formula with its numbers put in and its result, unless that is all it is (`20`)."""
    if formula is None:
        return "—"
    assert derivation.piece is not None
    text = _fill(formula, derivation.piece.params, derivation.inputs)
    shown = plain(derivation.result)
    return text if text == shown else f"{text} = {shown}"


def rule_name(derivation: Derivation, lang: str = "zh") -> str:
    """The rule set and the rule of it that applied, in words of the language
    (`Derivation.rule` is the rule language's own name, for JSON)."""
    tier, piece = derivation.tier, derivation.piece
    return _rule_name(derivation.rule_set, tier.name if tier is not None else None,
                      piece.label if piece is not None else None, lang)


@functools.lru_cache(maxsize=256)
def _rule_name(rule_set: str, tier: str | None, piece: str | None, lang: str) -> str:
    """`rule_name`, worded once for each rule of a rule set rather than for every number."""
    if tier is not None:
        rule = label("rule:tier", lang).format(tier=tier)
    else:
        rule = label(f"rule:{piece}", lang) if piece is not None else "?"
    return label("rule_of_set", lang).format(rules=rule_set, rule=rule)


def describe_tier(derivation: Derivation, lang: str = "zh") -> str:
    """A verdict's band of the weight, and the points assessed in it (or the default)."""
    tier, env = derivation.tier, derivation.env
    assert tier is not None
    weight = env["weight"]
    band = (f"{tier.name} {plain(tier.low * 100)}%–{plain(tier.high * 100)}% × {plain(weight)} = "
            f"{plain(weight * tier.low)}–{plain(weight * tier.high)}")
    if "assessed" in env:
        return label("assessed", lang).format(band=band, points=plain(env["assessed"]))
    return label("not_assessed", lang).format(band=band, default=f"{plain(tier.default * 100)}%", weight=plain(weight),
                                              points=plain(derivation.result))


def describe_total(result: Result) -> str:
    parts = [result.execution.points, *(r.points for r in result.indicators)]
    return " + ".join(plain(p) if p is not None else "0" for p in parts) + f" = {plain(result.total)}"


def describe_rate(result: Result) -> str:
    funds = result.project.funds
    if result.execution.rate is None:
        return ""
    return f"{plain(funds.executed)} / {plain(funds.budget)} × 100% = {plain(result.execution.rate)}%"


@functools.lru_cache(maxsize=64)
def _file_name(file: str) -> str:
    """A rules file's name, as every derivation of it shows it (made once, not per number)."""
    return Path(file).name


@functools.lru_cache(maxsize=64)
def _rule_lines(file: str) -> tuple[str, ...]:
    try:
        return tuple(Path(file).read_text(encoding="utf-8").splitlines())
    except OSError:
        return ()


def rule_span(derivation: Derivation | None) -> Span | None:
    """Where in the rules file the rule that applied is written."""
    if derivation is None:
        return None
    if derivation.tier is not None:
        return derivation.tier.span
    case = derivation.case
    return case.span if case is not None else None


def rule_text(derivation: Derivation | None) -> str:
    """The rules-file line a derivation used, as written: what an auditor quotes."""
    span = rule_span(derivation)
    if span is None:
        return ""
    lines = _rule_lines(span.file)
    text = lines[span.line - 1].strip() if 0 < span.line <= len(lines) else ""
    assert derivation is not None
    return text.split(":")[0] if derivation.tier is not None else text  # a tier's words are many


def letter(result: Result, indicator: str | None = None, lang: str = "zh") -> list[str]:
    """Every number of a scorecard with its rule line, formula and result, one a line;
    with `indicator`, only that indicator's."""
    zh = lang == "zh"
    reported = result.project.reported

    def published(value: Decimal | str | None) -> str:
        if value is None or reported is None:
            return ""
        shown = plain(value) if isinstance(value, Decimal) else value
        return f"（公布 {shown}）" if zh else f" (published {shown})"

    def line(label: str, derivation: Derivation | None, text: str, printed: Decimal | str | None) -> str:
        span, quote = rule_span(derivation), rule_text(derivation)
        where = ""
        if span is not None:
            where = f"{Path(span.file).name}:{span.line} " + (f"“{quote}”" if zh else f'"{quote}"')
        separator = "：" if zh else ": "
        body = f"{where}{separator}{text}" if where else text
        return f"{label}{separator}{body}{published(printed)}"

    items = [r for r in result.indicators if indicator is None or r.indicator.name == indicator]
    lines = []
    if indicator is None:
        title = "项目" if zh else "Project"
        rules = "规则" if zh else "Rules"
        lines.append(f"{title}：{result.project.name}  {rules}：{result.rules.name}（{result.rules.title}）" if zh
                     else f"{title}: {result.project.name}  {rules}: {result.rules.name} ({result.rules.title})")
        execution = result.execution
        lines.append(line(label("execution_rate", lang), None, describe_rate(result) or "—",
                          reported.execution_rate if reported else None))
        lines.append(line(label("execution", lang), execution.derivation, _formula(execution.derivation, lang),
                          reported.execution_points if reported else None))
    for item in items:
        printed = reported.points.get(item.indicator.name) if reported else None
        lines.append(line(item.indicator.name, item.derivation, _formula(item.derivation, lang) or "—", printed))
    if indicator is None:
        lines.append(line(label("total", lang), None, describe_total(result), reported.total if reported else None))
        cut = next((g for g in result.rules.grades if g.name == result.grade), None)
        reason = (f"{plain(result.total)} ≥ {plain(cut.min_total)}" if cut is not None and cut.min_total is not None
                  else plain(result.total))
        grade, printed_grade = label(result.grade, lang), reported.grade if reported else None
        lines.append(line(label("grade", lang), None, f"{reason} → {grade}",
                          label(printed_grade, lang) if printed_grade else None))
    return lines


def _formula(derivation: Derivation | None, lang: str) -> str:
    """The formula with its numbers and result, without the rule's name."""
    if derivation is None:
        return ""
    if derivation.tier is not None:
        return describe_tier(derivation, lang)
    piece = derivation.piece
    if piece is None or derivation.case_index < 0:
        return "—"
    return _formula_text(_case_parts(derivation.rule_set, piece, derivation.case_index, lang)[1], derivation)
