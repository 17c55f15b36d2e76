"""Indicator-set files → `IndicatorSet`s.

The parser builds each indicator line's `Indicator` as it reduces the line (`_Lines`,
nine in ten lines of a file); the statements that tie lines together (sets, templates,
attributes on a line of their own) stay Lark's tree nodes and are read in a second
pass, once the whole file has parsed, so that a syntax error anywhere comes before any
error of meaning, and errors come in the file's order.  Operator glyphs are normalised
here, and the glyph as written is kept so that a check can point at it.
"""

from __future__ import annotations

import functools
from contextvars import ContextVar
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from jsperf import grammars
from jsperf.codes import finding
from jsperf.errors import InputError, nesting_limit
from jsperf.gcpause import paused
from jsperf.grammars import Node, TreeReader
from jsperf.layout import PREFIX_WORDS, SUFFIX_WORDS, suffix_word
from jsperf.messages import t
from jsperf.model import Finding, Indicator, IndicatorSet, Op, Span, Target, Unit, new_span
from jsperf.numbers import parse_decimal, unit_of
from jsperf.vocabulary import level1_of, level2_of, squash

if TYPE_CHECKING:  # Lark only when a file is parsed
    from lark import Token

# every way a document prints an operator: ASCII, full-width, small-form (`﹦`), the rarer
# glyphs (`≧`, `⩾`), a box-drawing double line for `=`, LaTeX (the card reader's too)
GLYPHS: dict[str, Op] = {
    **dict.fromkeys((">=", "⩾", "≥", "≧", "＞＝", "﹥﹦", "\\geq", "\\ge"), Op.GE),
    **dict.fromkeys(("<=", "⩽", "≤", "≦", "＜＝", "﹤﹦", "\\leq", "\\le"), Op.LE),
    **dict.fromkeys(("=", "==", "═", "＝", "﹦", "≈"), Op.EQ),
    **dict.fromkeys((">", "＞", "﹥"), Op.GT),
    **dict.fromkeys(("<", "＜", "﹤"), Op.LT),
}
ASCII = {Op.GE: ">=", Op.LE: "<=", Op.EQ: "=", Op.GT: ">", Op.LT: "<"}


def op_of(glyph: str) -> Op | None:
    """The operator a printed glyph stands for (`≧`, `\\geq`, `＞＝` …), or None."""
    return GLYPHS.get(squash(glyph).replace("$", ""))


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
    reader = _Reader(text, file)
    reading = _READING.set(reader)
    try:
        with paused(), nesting_limit(file):  # a tree and a model of many small objects, none in a cycle
            return reader.read(grammars.parse("indicators", text, file, _LINES))
    finally:
        _READING.reset(reading)


def _string(token: Token) -> str:
    value = token.value
    if token.type != "STRING":
        return str(value)
    if value[0] == '"' and "\\" in value:
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value[1:-1]  # “…”, ‘…’, 「…」 have no escapes inside, nor most "…"


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
def _comparison(glyph: str, number: str, unit: str | None) -> Target:  # unit: a `Unit`'s name
    op = op_of(glyph)
    assert op is not None, glyph
    return Target(op, _decimal(number), unit=None if unit is None else unit_of(unit),
                  glyph=None if glyph == ASCII[op] else glyph)


def _unsuffixed(unit: str) -> str | None:
    """A unit as lexed without the words after a number it ends in (`%以上`, `万元以内`:
    `≤ 100 万元以内`, the glyph says them already), or None when nothing is left."""
    word = suffix_word(unit)
    return (unit[: -len(word)] if word else unit) or None


class _Reader(TreeReader):
    positions = grammars.POSITIONS["indicators"]

    def __init__(self, text: str, file: str) -> None:
        super().__init__(text, file)
        self.findings: list[Finding] = []

    def read(self, tree: Node) -> ParsedIndicators:
        sets: dict[str, _Draft] = {}
        for node in tree.children:
            line = isinstance(node, Indicator | _Unread)  # an indicator line, built already
            if not line and node.data == "set_decl":
                draft = self.set_header(node, sets)
                sets[draft.name] = draft
                current = draft
                continue
            if not sets:
                raise self.error(t("ind.orphan"), node.span if line else node,
                                 'set "项目名称" rules jiangxi')
            if isinstance(node, _Unread):
                raise node.error
            if line:
                current.indicators.append(node)
            elif node.data == "execution":
                current.execution = _number(node.children[1])
            elif node.data == "attributes":
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
        keyword, name_token, *options = node.children  # a name is its token (`_Lines.name`)
        name = _string(name_token)
        if name in sets:  # underlined as a node, one character (as when names were nodes)
            raise self.error(t("ind.duplicate_set", name=repr(name)), self.span(name_token))
        draft = _Draft(name, keyword.value == "template", self.span(node))
        for option in options:
            value = _string(option.children[1])
            if option.data == "set_rules":
                draft.rules = value
            elif value in sets and sets[value].template:
                draft.uses = value
            else:
                raise self.error(t("ind.no_template", name=repr(value)), self.span(option.children[1]),
                                 t("ind.template_expected"))
        return draft

    def with_attributes(self, indicator: Indicator, attributes: list[Node]) -> Indicator:
        for attribute in attributes:
            value = _string(attribute.children[1])
            note = value if attribute.data == "note" else indicator.note
            basis = value if attribute.data == "basis" else indicator.basis
            indicator = attrs.evolve(indicator, note=note, basis=basis)
        return indicator

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


@attrs.frozen
class _Unread:
    """An indicator line whose meaning is wrong: its error, raised when the reader gets to it."""

    span: Span  # the line's
    error: InputError


class _Lines:
    """What the parser makes of an indicator line as it reduces it: Lark's transformer
    protocol, a method per rule (or alias) given the rule's children as Lark's tree would
    hold them.  The file being read is `_READING`'s."""

    def unit(self, children: list[Token]) -> Unit:  # `万 元` as some texts space it: one unit
        return unit_of("".join(children))

    def name(self, children: list[Token]) -> Token:
        return children[0]

    def qualitative(self, children: list[Token]) -> Target:
        return Target(Op.QUAL, word=_string(children[0]))

    def compare(self, children: list[Any]) -> Target:
        glyph, number, *unit = children
        if glyph.value == "≈":
            reader = _READING.get()
            reader.findings.append(finding("JS112", reader.span(glyph), target=repr(f"≈{number.value}")))
        written = PREFIX_WORDS.get(glyph.value, glyph.value)  # `不低于` as its glyph
        return _comparison(written, number.value, _unsuffixed(unit[0].name) if unit else None)

    def suffixed(self, children: list[Any]) -> Target | InputError:
        """`90%以上`, `5 万元以内`: a number and a unit the words end (`SUFFIX_WORDS`)."""
        number, unit = children
        word = suffix_word(unit.name)
        if word is None:  # a bare number: ≥ or ≤ is not guessed here, as it is in a published card
            reader = _READING.get()
            return reader.error(t("ind.no_operator", target=repr(f"{number.value} {unit.name}")), number,
                                t("ind.no_operator_expected"))
        return _comparison(SUFFIX_WORDS[word], number.value, _unsuffixed(unit.name))

    def range(self, children: list[Any]) -> Target | InputError:
        units = [part for part in children if isinstance(part, Unit)]
        numbers = [_number(part) for part in children if not isinstance(part, Unit) and part.type == "NUMBER"]
        reader = _READING.get()
        where = reader.span(children[0])  # the node's place: its first token's
        if len(set(units)) > 1:
            return reader.error(t("ind.range_units"), where)
        if numbers[0] > numbers[1]:
            return reader.error(t("ind.range_order"), where)
        return Target(Op.RANGE, numbers[0], numbers[1], units[0] if units else None)

    def indicator(self, children: list[Any]) -> Indicator | _Unread:
        heading, name, target, weight, *attributes = children
        reader = _READING.get()
        span = new_span(reader.file, heading.line, heading.column)  # where the line's first token is
        level1, level2, level1_text = _levels(heading.value)
        if level1 is None:
            return _Unread(span, reader.error(t("ind.unknown_level1", heading=repr(level1_text)), heading,
                                              t("ind.level1_expected")))
        if isinstance(target, InputError):
            return _Unread(span, target)
        indicator = Indicator(level1=level1, level2=level2, name=_string(name),
                              target=target, weight=_number(weight), span=span)
        return reader.with_attributes(indicator, attributes) if attributes else indicator


_LINES = _Lines()
_READING: ContextVar[_Reader] = ContextVar("_READING")
