"""Indicator-set files → `IndicatorSet`s.

Lark builds the tree; this module reads it into the model in a separate pass (Lark
wraps exceptions raised inside transformers, and meaning is easier to check once the
whole file is known; building the model inside the parse measured no faster).
Operator glyphs are normalised here, and the glyph as written is kept so that a check
can point at it.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from jsperf import grammars
from jsperf.codes import finding
from jsperf.errors import nesting_limit
from jsperf.gcpause import paused
from jsperf.grammars import Node, TreeReader, is_token
from jsperf.messages import t
from jsperf.model import Finding, Indicator, IndicatorSet, Op, Span, Target
from jsperf.numbers import parse_decimal, unit_of
from jsperf.vocabulary import level1_of, level2_of, squash

if TYPE_CHECKING:  # Lark only when a file is parsed
    from lark import Token

_GLYPHS: dict[str, Op] = {
    **dict.fromkeys((">=", "⩾", "≥", "≧", "＞＝", "\\geq", "\\ge"), Op.GE),
    **dict.fromkeys(("<=", "⩽", "≤", "≦", "＜＝", "\\leq", "\\le"), Op.LE),
    **dict.fromkeys(("=", "==", "═", "＝", "≈"), Op.EQ),
    **dict.fromkeys((">", "＞"), Op.GT),
    **dict.fromkeys(("<", "＜"), Op.LT),
}
ASCII = {Op.GE: ">=", Op.LE: "<=", Op.EQ: "=", Op.GT: ">", Op.LT: "<"}


def op_of(glyph: str) -> Op | None:
    """The operator a printed glyph stands for (`≧`, `\\geq`, `＞＝` …), or None."""
    return _GLYPHS.get(squash(glyph).replace("$", ""))


@attrs.frozen
class Comment:
    line: int
    text: str
    inline: bool = False  # after a statement on the same line


def _comment_start(line: str) -> int:
    """Where a `#` comment starts in a line, outside quoted text; -1 if none."""
    quoted = escaped = False
    for index, char in enumerate(line):
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return index
    return -1


@attrs.define
class _Draft:
    """A set while its lines are still being read."""

    name: str
    template: bool
    span: Span
    rules: str | None = None
    uses: str | None = None
    execution: Decimal | None = None
    indicators: list[Indicator] = attrs.Factory(list)


@attrs.frozen
class ParsedIndicators:
    sets: tuple[IndicatorSet, ...]
    findings: tuple[Finding, ...]
    comments: tuple[Comment, ...]

    def get(self, name: str) -> IndicatorSet | None:
        return next((s for s in self.sets if s.name == name), None)


def parse_indicators(text: str, file: str = "<text>") -> ParsedIndicators:
    with paused(), nesting_limit(file):  # a tree and a model of many small objects, none in a cycle
        tree = grammars.parse("indicators", text, file)
        return _Reader(text, file).read(tree)


def _string(token: Token) -> str:
    if token.type == "STRING" and token.value.startswith('"'):
        return token.value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if token.type == "STRING":  # “…”, ‘…’, 「…」: no escapes inside
        return token.value[1:-1]
    return str(token.value)


def _number(token: Token) -> Decimal:
    return _decimal(token.value)


# A file repeats its weights, targets and headings from line to line; what they are read
# into is immutable, so each is read once.  (Half the time of reading a parse tree.)
@functools.lru_cache(maxsize=4096)
def _decimal(text: str) -> Decimal:
    if text.isascii() and "," not in text:  # the usual case, without the general reader's regex
        return Decimal(text)
    value = parse_decimal(text)
    assert value is not None, text  # the grammar admits only numbers here
    return value


@functools.lru_cache(maxsize=1024)
def _levels(heading: str) -> tuple[str | None, str, str]:
    """A heading's 一级指标 (None if unknown) and 二级指标, and the 一级 as written."""
    level1_text, level2_text = heading.split("/", 1)
    level1 = level1_of(level1_text)
    level2 = (level1 is not None and level2_of(level1, level2_text)) or level2_text
    return level1, level2, level1_text


@functools.lru_cache(maxsize=4096)
def _comparison(glyph: str, number: str, unit: str | None) -> Target:
    op = op_of(glyph)
    assert op is not None, glyph
    return Target(op, _decimal(number), unit=None if unit is None else unit_of(unit),
                  glyph=None if glyph == ASCII[op] else glyph)


class _Reader(TreeReader):
    positions = grammars.POSITIONS["indicators"]

    def __init__(self, text: str, file: str) -> None:
        super().__init__(text, file)
        self.findings: list[Finding] = []

    def read(self, tree: Node) -> ParsedIndicators:
        sets: dict[str, _Draft] = {}
        for node in tree.children:
            kind = node.data
            if kind == "set_decl":
                draft = self.set_header(node, sets)
                sets[draft.name] = draft
                current = draft
                continue
            if not sets:
                raise self.error(t("ind.orphan"), node,
                                 'set "项目名称" rules jiangxi')
            if kind == "indicator":
                current.indicators.append(self.indicator(node))
            elif kind == "execution":
                current.execution = _number(node.children[1])
            elif kind == "attributes":
                if not current.indicators:
                    raise self.error(t("ind.orphan_attribute"), node)
                current.indicators[-1] = self.with_attributes(current.indicators[-1], node.children)
        return ParsedIndicators(self.resolve(list(sets.values())), tuple(self.findings), tuple(self._comments()))

    def _comments(self) -> list[Comment]:
        found: list[Comment] = []
        if "#" not in self.text:
            return found
        for number, line in enumerate(self.text.splitlines(), start=1):
            if "#" not in line:
                continue
            start = _comment_start(line)
            if start >= 0:
                found.append(Comment(number, line[start:].rstrip(), inline=bool(line[:start].strip())))
        return found

    def set_header(self, node: Node, sets: dict[str, _Draft]) -> _Draft:
        keyword, name_node, *options = node.children
        name = self.name(name_node)
        if name in sets:
            raise self.error(t("ind.duplicate_set", name=repr(name)), name_node)
        draft = _Draft(name, keyword.value == "template", self.span(node))
        for option in options:
            value = self.name(option.children[1])
            if option.data == "set_rules":
                draft.rules = value
            elif value in sets and sets[value].template:
                draft.uses = value
            else:
                raise self.error(t("ind.no_template", name=repr(value)), option.children[1],
                                 t("ind.template_expected"))
        return draft

    def name(self, node: Node) -> str:
        token = node if is_token(node) else node.children[0]
        assert is_token(token)
        return _string(token)

    def indicator(self, node: Node) -> Indicator:
        heading, name_node, target_node, weight, *attributes = node.children
        level1, level2, level1_text = _levels(heading.value)
        if level1 is None:
            raise self.error(t("ind.unknown_level1", heading=repr(level1_text)), heading, t("ind.level1_expected"))
        indicator = Indicator(
            level1=level1, level2=level2, name=_string(name_node.children[0]),
            target=self.target(target_node), weight=_number(weight),
            span=Span(self.file, heading.line, heading.column),  # where the line's first token is
        )
        return self.with_attributes(indicator, attributes) if attributes else indicator

    def with_attributes(self, indicator: Indicator, attributes: list[Node]) -> Indicator:
        for attribute in attributes:
            value = _string(attribute.children[1])
            note = value if attribute.data == "note" else indicator.note
            basis = value if attribute.data == "basis" else indicator.basis
            indicator = attrs.evolve(indicator, note=note, basis=basis)
        return indicator

    def target(self, node: Node) -> Target:
        parts = node.children
        if node.data == "qualitative":
            return Target(Op.QUAL, word=_string(parts[0]))
        if node.data == "compare":
            glyph, number, *unit = parts
            if glyph.value == "≈":
                self.findings.append(finding("JS112", self.span(glyph), target=repr(f"≈{number.value}")))
            return _comparison(glyph.value, number.value, "".join(unit[0].children) if unit else None)
        units = [unit_of("".join(map(str, part.children))) for part in parts if not is_token(part)]
        numbers = [_number(part) for part in parts if is_token(part) and part.type == "NUMBER"]
        if len(set(units)) > 1:
            raise self.error(t("ind.range_units"), node)
        if numbers[0] > numbers[1]:
            raise self.error(t("ind.range_order"), node)
        return Target(Op.RANGE, numbers[0], numbers[1], units[0] if units else None)

    def resolve(self, drafts: list[_Draft]) -> tuple[IndicatorSet, ...]:
        done: dict[str, IndicatorSet] = {}
        for draft in drafts:
            indicators = tuple(draft.indicators)
            rules, execution = draft.rules, draft.execution
            if draft.uses is not None:
                base = done[draft.uses]
                indicators = base.indicators + indicators
                rules = rules or base.rules
                execution = execution if execution is not None else base.execution_weight
            done[draft.name] = IndicatorSet(
                name=draft.name, indicators=indicators, rules=rules, execution_weight=execution,
                template=draft.template, uses=draft.uses, span=draft.span,
            )
        return tuple(done.values())
