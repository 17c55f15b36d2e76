"""Rule formulas → plain Python functions, and formulas → readable derivations.

A piecewise rule is compiled once into the source of one small function (a chain of
`if … return`), so scoring a scorecard runs plain `Decimal` arithmetic with no tree
walking.  The same `Expr` tree is printed with the numbers put in when someone asks
how a number came about.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jsperf.errors import InputError
from jsperf.messages import t
from jsperf.model import Case, Expr
from jsperf.numbers import plain
from jsperf.vocabulary import label

Evaluator = Callable[..., tuple[Decimal | None, int]]

_PY_COMPARE = {"=": "==", ">=": ">=", "<=": "<=", "!=": "!=", ">": ">", "<": "<"}
_FUNCTIONS = {"min": min, "max": max, "abs": abs}


def names_in(expr: Expr | None) -> set[str]:
    if expr is None:
        return set()
    found = {str(expr.value)} if expr.kind == "name" else set()
    for arg in expr.args:
        found |= names_in(arg)
    return found


class _Source:
    def __init__(self) -> None:
        self.constants: dict[str, object] = {}

    def constant(self, value: object) -> str:
        name = f"_k{len(self.constants)}"
        self.constants[name] = value
        return name

    def code(self, expr: Expr) -> str:
        kind = expr.kind
        if kind == "num":
            return self.constant(expr.value)
        if kind == "name":
            return f"v_{expr.value}"
        if kind == "neg":
            return f"(-{self.code(expr.args[0])})"
        if kind == "bin":
            return f"({self.code(expr.args[0])} {expr.value} {self.code(expr.args[1])})"
        if kind == "call":
            function = self.constant(_FUNCTIONS[str(expr.value)])
            return f"{function}({', '.join(self.code(arg) for arg in expr.args)})"
        if kind == "cmp":
            op = _PY_COMPARE[str(expr.value)]
            return f"({self.code(expr.args[0])} {op} {self.code(expr.args[1])})"
        if kind in ("and", "or"):
            return "(" + f" {kind} ".join(self.code(arg) for arg in expr.args) + ")"
        if kind == "not":
            return f"(not {self.code(expr.args[0])})"
        raise ValueError(f"unknown expression kind {kind!r}")  # pragma: no cover


def compile_cases(cases: tuple[Case, ...], params: tuple[str, ...]) -> Evaluator:
    """One function of `params` (positional) for a list of cases: returns (points, index
    of the case that applied); a case written `none` returns None points; no case
    applying returns (None, -1)."""
    source = _Source()
    body: list[str] = []
    for index, case in enumerate(cases):
        value = "None" if case.expr is None else source.code(case.expr)
        if case.cond is None:
            body.append(f"    return ({value}, {index})")
            break
        body.append(f"    if {source.code(case.cond)}:\n        return ({value}, {index})")
    else:
        body.append("    return (None, -1)")
    text = f"def evaluate({', '.join(f'v_{name}' for name in params)}):\n" + "\n".join(body) + "\n"
    namespace: dict[str, object] = dict(source.constants)
    try:
        code = compile(text, "<jsperf rules>", "exec")
    except SyntaxError as exc:  # Python's parser allows 200 nested parentheses; `rate+1+1+…` nests one each
        if "too many nested" not in str(exc):
            raise
        raise InputError(t("input.too_deep"), cases[0].span) from None
    exec(code, namespace)
    return namespace["evaluate"]  # type: ignore[return-value]


_PRECEDENCE = {"or": 1, "and": 2, "not": 3, "cmp": 4, "+": 5, "-": 5, "*": 6, "/": 6, "neg": 7}
_SHOW = {"*": "×", "/": "/", "+": "+", "-": "−", ">=": "≥", "<=": "≤", "!=": "≠"}


SLOT = "\x00"  # around the index of a param in `render_slots`: no rules file can hold it


def render_slots(expr: Expr, params: tuple[str, ...], lang: str | None = None) -> str:
    """`weight * (ratio - 60%) / 40%` as a derivation prints it, `15 × (80 / 90 − 60%) / 40%`,
    with SLOT, the param's index, SLOT where each of `params` is to be put in: a rule's
    text made once, its numbers put in for each number scored (`explain`).  With `lang`,
    the connectives `and`, `or`, `not` are words of that language (`且`); without, they
    stay the rule language's."""
    return _render(expr, lambda name: f"{SLOT}{params.index(name)}{SLOT}" if name in params else name, 0, lang)


def value_text(name: str, value: Decimal) -> str:
    """A value put into a formula: the execution rate as a percentage, the rest plainly."""
    return f"{plain(value * 100)}%" if name == "rate" else plain(value)


def _render(expr: Expr, show: Callable[[str], str], outer: int, lang: str | None) -> str:
    kind = expr.kind
    if kind == "num":
        assert isinstance(expr.value, Decimal)
        return f"{plain(expr.value * 100)}%" if expr.percent else plain(expr.value)
    if kind == "name":
        return show(str(expr.value))
    if kind == "call":
        return f"{expr.value}({', '.join(_render(arg, show, 0, lang) for arg in expr.args)})"
    key = str(expr.value) if kind == "bin" else kind
    mine = _PRECEDENCE[key]
    if kind == "neg":
        text = f"−{_render(expr.args[0], show, mine, lang)}"
    elif kind == "not":
        text = f"{_word(kind, lang)} {_render(expr.args[0], show, mine, lang)}"
    elif kind in ("and", "or"):
        text = f" {_word(kind, lang)} ".join(_render(arg, show, mine, lang) for arg in expr.args)
    else:
        op = _SHOW.get(str(expr.value), str(expr.value))
        # left-associative: the right operand of − and / needs brackets at equal precedence
        left = _render(expr.args[0], show, mine, lang)
        right = _render(expr.args[1], show, mine + (1 if kind == "bin" else 0), lang)
        text = f"{left} {op} {right}"
    return f"({text})" if mine < outer else text


def _word(connective: str, lang: str | None) -> str:
    return connective if lang is None else label(connective, lang)
