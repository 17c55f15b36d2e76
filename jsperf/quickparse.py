"""Lark's contextual lexer and LALR loop fused into one tight loop: the same tokens and
trees from Lark's own patterns and tables, in well under half the time of Lark's parse.

Its own module because it imports Lark: only `grammars.quick_parser` imports it, when a
file is actually parsed (start-up imports no Lark).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lark import Lark, Token
from lark.lexer import BasicLexer, ContextualLexer
from lark.parsers.lalr_analysis import Shift


def _scanners(lark: Lark) -> tuple[dict[int, Any], Callable[[str, int, int], object]]:
    """Parser state → (match, the types that may hold newlines, Lark's callbacks by type),
    from Lark's own contextual lexer: each state's scanner is Lark's own pattern, blanks and
    comments skipped in the same match as the token after them.  That skip is exact because
    in both grammars no kept terminal begins with a blank or a `#`: Lark's lexer, trying its
    terminals one by one, would also take those characters as the ignored ones.  And a
    match of whether the rest of a text from a position is blanks and comments only."""
    conf = lark.lexer_conf
    contextual = lark.parser.lexer
    assert isinstance(contextual, ContextualLexer)
    ignored = "|".join(conf.terminals_by_name[name].pattern.to_regexp() for name in conf.ignore)
    by_lexer: dict[int, Any] = {}
    scanners: dict[int, Any] = {}
    for state, lexer in contextual.lexers.items():
        assert isinstance(lexer, BasicLexer)
        if id(lexer) not in by_lexer:
            (pattern,) = lexer.scanner._mres  # one pattern: fewer than 100 terminals
            match = re.compile(f"(?:{ignored})*+(?:{pattern.pattern})", pattern.flags).match
            by_lexer[id(lexer)] = (match, lexer.newline_types, lexer.callback)
        scanners[state] = by_lexer[id(lexer)]
    return scanners, re.compile(f"(?:{ignored})*+\\Z").match


class QuickParser:
    """Lark's LALR loop and its contextual lexer's loop as one: the same tree from the same
    tables and the same tree-building callbacks, without a call and a generator step a
    token.

    It handles only texts that parse: at the first thing it does not expect it gives
    up (returns None), and the caller has Lark parse the text again, so that every
    error is Lark's own, raised where it always was.
    """

    def __init__(self, lark: Lark) -> None:
        parser = lark.parser.parser.parser
        table, callbacks = parser.parse_table, parser.callbacks
        assert not lark.lexer_conf.postlex and all(not isinstance(key, str) for key in callbacks)
        (start,) = lark.options.start
        self.start, self.end = table.start_states[start], table.end_states[start]
        self.scanners, self.blank = _scanners(lark)
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
            token = token_of(Token, value)  # Token's own constructor takes three times longer
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
