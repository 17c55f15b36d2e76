"""Lark's contextual lexer in one tight loop (the same tokens in half the time), and
Lark's LALR loop fused with it (the same trees, a quarter less time again).

Its own module because it subclasses Lark's lexer, so importing it imports Lark: only
`grammars.parser` does, when a file is actually parsed (start-up imports no Lark).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

from lark import Lark, Token
from lark.common import LexerConf
from lark.lexer import BasicLexer, ContextualLexer, LexerState
from lark.parsers.lalr_analysis import Shift
from lark.parsers.lalr_parser_state import ParserState


class QuickLexer(ContextualLexer):
    """Lark's contextual lexer, making the same tokens in one loop: half the time of a parse.

    Each parser state still has its own scanner, Lark's own pattern; the loop only saves
    Lark's calls per match (a line counter, a token's keyword arguments) and skips blanks
    and comments in the same match as the token after them.  That skip is exact because
    in both grammars no kept terminal begins with a blank or a `#`: Lark's lexer, trying
    its terminals one by one, would also take those characters as the ignored ones.
    Where this loop finds no token it hands over, at that very position, to Lark's own
    loop, which raises Lark's error as always.
    """

    def __init__(self, conf: LexerConf, states: dict[int, Collection[str]],
                 always_accept: Collection[str] = ()) -> None:
        super().__init__(conf, states, always_accept)
        ignored = "|".join(conf.terminals_by_name[name].pattern.to_regexp() for name in conf.ignore)
        # whether the rest of a text from a position is blanks and comments only
        self.blank = re.compile(f"(?:{ignored})*+\\Z").match
        by_lexer: dict[int, Any] = {}
        # parser state → (match, the types that may hold newlines, Lark's callbacks by type)
        self.scanners: dict[int, Any] = {}
        for state, lexer in self.lexers.items():
            assert isinstance(lexer, BasicLexer)
            if id(lexer) not in by_lexer:
                (pattern,) = lexer.scanner._mres  # one pattern: fewer than 100 terminals
                match = re.compile(f"(?:{ignored})*+(?:{pattern.pattern})", pattern.flags).match
                by_lexer[id(lexer)] = (match, lexer.newline_types, lexer.callback)
            self.scanners[state] = by_lexer[id(lexer)]

    def lex(self, lexer_state: LexerState, parser_state: ParserState) -> Iterator[Token]:
        text, end = lexer_state.text.text, lexer_state.text.end
        counter = lexer_state.line_ctr
        pos, line, line_start = counter.char_pos, counter.line, counter.line_start_pos
        scanners, states = self.scanners, parser_state.state_stack
        token, token_of = None, str.__new__
        while pos < end:
            match, newlines, callbacks = scanners[states[-1]]
            found = match(text, pos, end)
            if found is None:
                break
            kind = found.lastgroup
            start, pos = found.span(kind)
            value = text[start:pos]
            token = token_of(Token, value)  # Token's own constructor takes three times longer
            token.type, token.value, token.start_pos = kind, value, start
            token.line, token.column = line, start - line_start + 1
            if kind in newlines and "\n" in value:
                line += value.count("\n")
                line_start = start + value.rindex("\n") + 1
            token.end_line, token.end_column, token.end_pos = line, pos - line_start + 1, pos
            if kind in callbacks:  # a keyword that the pattern of names also matches
                token = callbacks[kind](token)
            yield token
        counter.char_pos, counter.line, counter.line_start_pos = pos, line, line_start
        counter.column = pos - line_start + 1
        lexer_state.last_token = token or lexer_state.last_token
        yield from super().lex(lexer_state, parser_state)


class QuickParser:
    """Lark's LALR loop and the quick lexer's loop as one: the same tree from the same
    tables and the same tree-building callbacks, without a call and a generator step a
    token.

    It handles only texts that parse: at the first thing it does not expect it gives
    up (returns None), and the caller has Lark parse the text again, so that every
    error is Lark's own, raised where it always was.
    """

    def __init__(self, lark: Lark) -> None:
        lexer = lark.parser.lexer
        assert isinstance(lexer, QuickLexer)
        parser = lark.parser.parser.parser
        table, callbacks = parser.parse_table, parser.callbacks
        assert not lark.lexer_conf.postlex and all(not isinstance(key, str) for key in callbacks)
        (start,) = lark.options.start
        self.start, self.end = table.start_states[start], table.end_states[start]
        self.scanners, self.blank = lexer.scanners, lexer.blank
        self.builder = lark._parse_tree_builder
        self.trees = self._actions(table, callbacks)
        self.table = table
        self.built: dict[object, dict[int, dict[str, Any]]] = {}

    @staticmethod
    def _actions(table: Any, callbacks: dict[Any, Any]) -> dict[int, dict[str, Any]]:
        """Parser state → token type → the state to shift to (an int), or a reduction:
        how many values it takes, the callback that builds its node, the rule's name."""
        return {
            state: {kind: arg if action is Shift else (len(arg.expansion), callbacks[arg], arg.origin.name)
                    for kind, (action, arg) in row.items()}
            for state, row in table.states.items()
        }

    def building(self, builder: object) -> dict[int, dict[str, Any]]:
        """The actions that build a rule's node with `builder`'s method of the rule's name
        (or alias), given its children as Lark filters them; Lark's tree nodes for the
        rest: what `Lark(transformer=builder)` would build.  Kept for the next parse."""
        if builder not in self.built:
            self.built[builder] = self._actions(self.table, self.builder.create_callback(builder))
        return self.built[builder]

    def parse(self, text: str, actions: dict[int, dict[str, Any]] | None = None) -> Any:
        """The tree of `text`, as Lark builds it (or as `actions` from `building` do),
        or None where Lark would raise."""
        actions = actions or self.trees
        scanners = self.scanners
        state, states = self.start, [self.start]
        values: list[Any] = []  # the values of the states above the first
        pos, end, line, line_start = 0, len(text), 1, 0
        token_of = str.__new__
        while pos < end:
            match, newlines, callbacks = scanners[state]
            found = match(text, pos, end)
            if found is None:
                if self.blank(text, pos, end):  # what Lark's lexer skips before the end
                    break
                return None
            kind = found.lastgroup
            start, pos = found.span(kind)
            value = text[start:pos]
            token = token_of(Token, value)
            token.type, token.value, token.start_pos = kind, value, start
            token.line, token.column = line, start - line_start + 1
            if kind in newlines and "\n" in value:
                line += value.count("\n")
                line_start = start + value.rindex("\n") + 1
            token.end_line, token.end_column, token.end_pos = line, pos - line_start + 1, pos
            if kind in callbacks:
                token = callbacks[kind](token)
                kind = token.type
            action = actions[state].get(kind)
            while action.__class__ is tuple:  # reduce as the token requires …
                size, build, origin = action
                if size:
                    children = values[-size:]
                    del states[-size:], values[-size:]
                else:
                    children = []
                state = actions[states[-1]][origin]
                states.append(state)
                values.append(build(children))
                action = actions[state].get(kind)
            if action is None:
                return None
            state = action  # … then shift it
            states.append(state)
            values.append(token)
        return self._ended(states, values, actions)

    def _ended(self, states: list[int], values: list[Any], actions: dict[int, dict[str, Any]]) -> Any:
        """The reductions at the end of the text, up to the start rule's."""
        action = actions[states[-1]].get("$END")
        while action.__class__ is tuple:
            size, build, origin = action
            children = values[len(values) - size:]  # [-size:] takes all when size is 0
            del states[len(states) - size:], values[len(values) - size:]
            states.append(actions[states[-1]][origin])
            values.append(build(children))
            if states[-1] == self.end:
                return values[-1]
            action = actions[states[-1]].get("$END")
        return None
