"""`quickparse.QuickParser` against Lark's own lexer and parser: for any text, the same
tree with the same tokens at the same places, or giving up exactly where Lark fails (and
`grammars.parse` then has Lark raise its own error)."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark, Token, Tree, UnexpectedInput

from jsperf import grammars
from tests.conftest import ROOT

SAMPLES = {
    "indicators": [path.read_text(encoding="utf-8") for path in sorted((ROOT / "indicator_sets").rglob("*.ind"))[:3]]
    + ['template "t" rules jiangxi  # a comment\n\texecution 10\n\n  \n'
       '  产出指标/质量指标 "合格率" 85%～95 % 15 note "n" basis “b”\n    note ‘x’\n'
       'set s use "t"\n\u3000效益指标/社会效益指标 好 ≈ １２ 万 元 20 #\n'
       '  产出指标/数量指标 "a" 不低于 90% 10\n  产出指标/质量指标 "b" 5 万元以内 10\n  产出指标/时效指标 "c" 达到预期 10\n'],
    "rules": [path.read_text(encoding="utf-8") for path in sorted((ROOT / "jsperf" / "rulesets").glob("*.rules"))],
}
# characters that start, end or break the grammars' tokens
PIECES = [*' \t\u3000\n\r#"“”\'./-~～至>=<≥≈%元万0９.,', "set", "note", "range", "else", "->", "..", "\\geq",
          "不低于", "达到", "以上", "以内"]


@functools.cache
def lark_alone(name: str) -> Lark:
    """The same grammar with Lark's own lexer."""
    return Lark(grammars.grammar_text(name), parser="lalr",
                propagate_positions=grammars.POSITIONS[name], maybe_placeholders=False)


def _where(token: Token) -> tuple[Any, ...]:
    return (token.type, token.value, token.start_pos, token.line, token.column,
            token.end_line, token.end_column, token.end_pos)


def outcome(parser: Lark, text: str) -> Any:
    """Everything a reader could see of a parse: tokens with their places, the shape of
    the tree and its positions, or the error's kind, place and expectations."""
    try:
        tree = parser.parse(text)
    except UnexpectedInput as error:
        token = getattr(error, "token", None)
        return (type(error).__name__, error.line, error.column, getattr(error, "pos_in_stream", None),
                sorted(getattr(error, "allowed", None) or ()), sorted(getattr(error, "expected", None) or ()),
                _where(token) if token is not None else None)
    return described(tree)


def described(tree: Tree) -> Any:
    """A tree's shape, its tokens with their places, and its nodes' positions."""
    nodes = [(node.data, [child.data if isinstance(child, Tree) else _where(child) for child in node.children],
              vars(node.meta)) for node in tree.iter_subtrees()]
    return "parsed", nodes


def mutated(name: str, data: st.DataObject) -> str:
    text = data.draw(st.sampled_from(SAMPLES[name]))
    for _ in range(data.draw(st.integers(0, 4))):
        where = data.draw(st.integers(0, len(text)))
        if data.draw(st.booleans()):
            text = text[:where] + data.draw(st.sampled_from(PIECES)) + text[where:]
        else:
            text = text[:where] + text[where + data.draw(st.integers(1, 3)):]
    return text


def test_the_samples_parse_alike() -> None:
    for name, texts in SAMPLES.items():
        for text in texts:
            larks = outcome(lark_alone(name), text)
            assert larks[0] == "parsed"
            assert described(grammars.quick_parser(name).parse(text)) == larks


@pytest.mark.parametrize("text", ["", "\n", "  ", "# c", "\n\n\t# c\n  "])
def test_blank_texts_parse_alike(text: str) -> None:
    """Texts without a statement: the start rule's empty reduction, and blanks at the end."""
    for name in SAMPLES:
        assert described(grammars.quick_parser(name).parse(text)) == outcome(lark_alone(name), text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_the_quick_parser_builds_larks_tree_or_gives_up_where_lark_fails(name: str, data: st.DataObject) -> None:
    text = mutated(name, data)
    tree = grammars.quick_parser(name).parse(text)
    larks = outcome(lark_alone(name), text)
    assert (described(tree) if tree is not None else "gave up") == (larks if larks[0] == "parsed" else "gave up")
