"""Finding, building and caching the Lark parsers, and turning Lark's errors into ours.

The `.lark` files live in `grammar/` at the top of the repository and are shipped inside
the wheel as `jsperf/grammar/`; both places are looked in, so an installed wheel and a
checkout behave the same.  Parse tables are cached (Lark's `cache=True`), which keeps
`jsperf` start-up fast.  Texts are parsed by `quickparse.QuickParser` on Lark's tables;
where it gives up, Lark parses the text again and its error is the one reported.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from jsperf.errors import InputError, line_of
from jsperf.messages import t
from jsperf.model import Span

if TYPE_CHECKING:
    from lark import Lark, Token, UnexpectedInput

    from jsperf.quickparse import QuickParser

# Lark is imported only when a file is parsed: a run whose files are all in the parse
# cache (`parsecache`) never pays for it.

_HERE = Path(__file__).resolve().parent


def grammar_dir() -> Path:
    for candidate in (_HERE / "grammar", _HERE.parent / "grammar"):
        if (candidate / "indicators.lark").is_file():
            return candidate
    raise FileNotFoundError("jsperf's grammar files are missing from this installation")


# Whether Lark tracks each node's position as it builds a grammar's trees: a third of
# the building time.  Every rule of the indicator language begins with a token the tree
# keeps, so a node's position is its first token's (`TreeReader.span`), and files of tens
# of thousands of lines do without tracking; rules in the rules language begin with
# keywords Lark drops from the tree (`when`, `tier`), and its files are short.
POSITIONS = {"indicators": False, "rules": True}


def grammar_text(name: str) -> str:
    """A grammar as Lark reads it: its file, with the tables the report reader reads
    operators by put in for their names — the glyphs (`lang.parse.GLYPHS`) for `@GLYPHS@`
    and the words printed before a number (`layout.PREFIX_WORDS`) for `@PREFIX_WORDS@` —
    each as alternatives, longest first, so that the language and the reader read alike."""
    from jsperf.lang.parse import GLYPHS
    from jsperf.layout import PREFIX_WORDS

    text = (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")
    for placeholder, table in (("@GLYPHS@", GLYPHS), ("@PREFIX_WORDS@", PREFIX_WORDS)):
        text = text.replace(placeholder, "|".join(map(re.escape, sorted(table, key=len, reverse=True))))
    return text


@functools.cache
def parser(name: str) -> Lark:
    from lark import Lark

    return Lark(
        grammar_text(name),
        parser="lalr",
        propagate_positions=POSITIONS[name],
        maybe_placeholders=False,
        cache=True,
    )


@functools.cache
def quick_parser(name: str) -> QuickParser:
    from jsperf.quickparse import QuickParser

    return QuickParser(parser(name))


# What a terminal means to a person, for "expected …" lines: words from the catalogue,
# symbols as they are written.
_WORDS = {
    "_NL": "word.end_of_line",
    "$END": "word.end_of_file",
    "NUMBER": "word.number",
    "STRING": "word.string",
    "WORD": "word.word",
    "NAME": "word.name",
    "UNIT": "word.unit",
    "OP": "word.op",
    "OPWORD": "word.op",
    "HEADING": "word.heading",
    "RANGE_SEP": "'..'",
    "ARROW": "'->'",
    "GE": "'>='",
    "LE": "'<='",
    "EQ": "'='",
    "NE": "'!='",
    "GT": "'>'",
    "LT": "'<'",
    "PERCENT": "'%'",
    "COLON": "':'",
    "LPAR": "'('",
    "RPAR": "')'",
    "COMMA": "','",
    "DOT": "'.'",
}


def _expected_words(expected: set[str]) -> str:
    words = []
    for name in sorted(expected):
        if name in _WORDS:
            word = _WORDS[name] if _WORDS[name].startswith("'") else t(_WORDS[name])
        elif name.startswith("_"):
            continue
        else:
            word = f"'{name.lower()}'"
        if word not in words:
            words.append(word)
    return ", ".join(words) if words else t("syntax.else")


def parse(name: str, text: str, file: str, builder: object = None):  # type: ignore[no-untyped-def]
    """Parse `text` with grammar `name` into Lark's tree, or into what `builder`'s methods
    make of the rules they are named after (`QuickParser.building`); a syntax error
    becomes an `InputError`."""
    from lark import UnexpectedInput

    if not text.endswith("\n"):
        text += "\n"
    quick = quick_parser(name)
    tree = quick.parse(text, None if builder is None else quick.building(builder))
    if tree is not None:
        return tree
    try:  # Lark parses it again, to raise its own error
        parser(name).parse(text)
    except UnexpectedInput as exc:
        raise _friendly(exc, text, file) from None
    raise AssertionError(f"{file}: the quick parser gave up where Lark did not")  # pragma: no cover


# A Lark tree or token; its shape is fixed by the grammar, so readers use it without casts.
Node = Any


def is_token(node: Node) -> TypeGuard[Token]:
    """Whether a node is a Token rather than a Tree: a Token is the only `str` in a tree,
    so a reader tells the two apart without importing Lark."""
    return isinstance(node, str)


class TreeReader:
    """What the readers of both languages share: positions and errors at a node."""

    positions = True  # whether the trees read carry Lark's positions (`POSITIONS`)

    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file

    def span(self, item: Node) -> Span:
        if not is_token(item) and self.positions:
            return Span(self.file, item.meta.line, item.meta.column)
        while not is_token(item):  # a node begins where its first token does
            item = item.children[0]
        return Span(self.file, item.line or 1, item.column or 1)

    def error(self, message: str, item: Node | Span, expected: str | None = None,
              length: int | None = None) -> InputError:
        """An error at a node, underlining the whole token unless told otherwise."""
        span = item if isinstance(item, Span) else self.span(item)
        if length is None:
            length = len(str(item.value)) if is_token(item) else 1
        return InputError(message, span, line_of(self.text, span.line), expected, length)


def _friendly(exc: UnexpectedInput, text: str, file: str) -> InputError:
    from lark import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    line = getattr(exc, "line", None) or 1
    col = getattr(exc, "column", None) or 1
    if isinstance(exc, UnexpectedCharacters):
        position = exc.pos_in_stream or 0
        char = text[position] if position < len(text) else ""
        message = t("syntax.character", char=repr(char))
        expected = _expected_words(set(exc.allowed or ()))
        length = 1
    elif isinstance(exc, UnexpectedToken):
        token: Token = exc.token
        if token.type == "$END":
            message = t("syntax.end_of_file")
            line = text.count("\n") or 1
            col = len(line_of(text, line)) + 1
        elif token.type == "_NL":
            message = t("syntax.end_of_line")
        else:
            message = t("syntax.token", token=repr(token.value))
        expected = _expected_words(set(exc.expected))
        length = len(str(token.value)) if token.type not in ("_NL", "$END") else 1
    elif isinstance(exc, UnexpectedEOF):  # pragma: no cover - LALR reports $END as a token
        message = t("syntax.end_of_file")
        expected = _expected_words(set(exc.expected))
        length = 1
    else:  # pragma: no cover
        message, expected, length = str(exc), None, 1
    return InputError(
        message, Span(file, line, col), line_of(text, line), expected=expected, length=length
    )
