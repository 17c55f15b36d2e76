"""Rules files → `RuleSet`.

`let` names are put in where they are used, so that `ratio` never divides by zero in a
case that does not apply, and so that a derivation shows `80 / 90` rather than a
rounded `0.8889`.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from jsperf import grammars
from jsperf.errors import InputError, nesting_limit
from jsperf.grammars import Node, TreeReader, is_token
from jsperf.messages import t
from jsperf.model import Case, Expr, Grade, Op, Piecewise, RuleSet, Span, Tier
from jsperf.rules.compile import compile_cases, names_in
from jsperf.vocabulary import squash

if TYPE_CHECKING:  # Lark only when a file is parsed
    from lark import Token

SHIPPED = Path(__file__).resolve().parent.parent / "rulesets"

# The names each kind of rule can use, in the order the engine passes their values.
PARAMS: dict[str, tuple[str, ...]] = {
    "execution": ("rate", "weight", "budget", "executed"),
    "score": ("actual", "target", "weight", "low", "high"),
    "target zero": ("actual", "weight", "met"),
    "budget zero": ("weight", "executed"),
}
FUNCTIONS = frozenset({"min", "max", "abs"})
_OPS = {">=": Op.GE, "≥": Op.GE, "<=": Op.LE, "≤": Op.LE, "=": Op.EQ, ">": Op.GT, "<": Op.LT,
        "range": Op.RANGE}
_BIN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_CMP = {">=": ">=", "≥": ">=", "<=": "<=", "≤": "<=", "=": "=", "!=": "!=", "≠": "!=", ">": ">", "<": "<"}


def shipped_names() -> list[str]:
    return sorted(path.stem for path in SHIPPED.glob("*.rules"))


def load_rules(name_or_path: str, base: Path | None = None) -> RuleSet:
    """A shipped rule set by name (`jiangxi`), or a `.rules` file by path."""
    path = Path(name_or_path)
    if base is not None and not path.is_absolute() and (base / path).is_file():
        path = base / path
    if not path.is_file():
        shipped = SHIPPED / f"{name_or_path}.rules"
        if not shipped.is_file():
            raise InputError(
                t("rules.unknown", name=repr(name_or_path)),
                expected=t("rules.unknown_expected", names=", ".join(shipped_names())),
            )
        path = shipped
    resolved = path.resolve()
    return _load(str(resolved), resolved.stat().st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _load(path: str, modified: int) -> RuleSet:
    """Each rules file is read and compiled once per process (and again if it changes):
    an audit asks for the same rule set for every scorecard."""
    from jsperf import parsecache
    from jsperf.readers.decode import read_utf8

    return parsecache.rules(read_utf8(Path(path)), path)


def parse_rules(text: str, file: str = "<rules>") -> RuleSet:
    with nesting_limit(file):
        tree = grammars.parse("rules", text, file)
        return _Reader(text, file).read(tree)


class _Reader(TreeReader):
    def __init__(self, text: str, file: str) -> None:
        super().__init__(text, file)
        self.lets: dict[str, Expr] = {}

    def read(self, tree: Node) -> RuleSet:
        settings: dict[str, object] = {}
        pieces: dict[str, tuple[tuple[Case, ...], Span]] = {}
        aliases: list[tuple[Op, Op, Span]] = []
        tiers: tuple[Tier, ...] = ()
        grades: tuple[Grade, ...] = ()
        # lets first, so that a rule may use a `let` written below it
        names: dict[str, Token] = {}
        for node in tree.children:
            if node.data == "let":
                name, _, expr = node.children
                if name.value in self.lets:
                    raise self.error(t("rules.defined_twice", name=name.value), name)
                self.lets[name.value] = self.expr(expr)
                names[name.value] = name
        cycle = self.let_cycle()
        if cycle:
            raise self.error(t("rules.let_cycle", cycle=" → ".join(cycle)), names[cycle[0]])
        for node in tree.children:
            kind = node.data
            if kind == "rules_decl":
                settings["name"] = node.children[0].value
                if len(node.children) > 1:
                    settings["title"] = node.children[1].value[1:-1]
            elif kind == "source":
                settings["source"] = node.children[0].value[1:-1]
            elif kind in ("precision", "execution_weight", "total"):
                settings[kind] = Decimal(node.children[0].value)
            elif kind == "require_basis":
                settings["require_basis"] = True
            elif kind == "execution_rate":
                settings["round_rate"] = node.children[0].type == "ROUNDED"
            elif kind in ("piecewise", "formula"):
                label, cases = self.piecewise(node)
                if label in pieces:
                    raise self.error(t("rules.given_twice", label=label), node)
                pieces[label] = (cases, self.span(node))
            elif kind == "alias":
                aliases.append((_OPS[node.children[0].children[0].value],
                                _OPS[node.children[1].children[0].value], self.span(node)))
            elif kind == "qualitative":
                tiers = tuple(self.tier(child) for child in node.children)
            elif kind == "grades":
                grades = tuple(self.grade(child) for child in node.children)
        return self.assemble(settings, pieces, aliases, tiers, grades)

    def assemble(self, settings: dict[str, object], pieces: dict[str, tuple[tuple[Case, ...], Span]],
                 aliases: list[tuple[Op, Op, Span]], tiers: tuple[Tier, ...],
                 grades: tuple[Grade, ...]) -> RuleSet:
        end = Span(self.file, max(1, self.text.count("\n")))
        if "name" not in settings:
            raise self.error(t("rules.header"), Span(self.file, 1), "rules jiangxi")
        if "execution" not in pieces:
            raise self.error(t("rules.no_execution"), end,
                             "execution: / when rate >= 100% -> 10 / … or  execution -> min(rate, 100%) * weight")
        if not grades:
            raise self.error(t("rules.no_grades"), end, "grades: / 优 >= 90 / 良 >= 80 / 中 >= 60 / 差 else")
        if grades[-1].min_total is not None:
            raise self.error(t("rules.catch_all"), grades[-1].span)
        built = {label: self.build(label, cases) for label, (cases, _) in pieces.items()}
        scores = {op: built[f"score {op.value}"] for op in Op if f"score {op.value}" in built}
        for alias, original, span in aliases:
            if original not in scores:
                raise self.error(t("rules.no_original", alias=alias.value, original=original.value), span)
            scores[alias] = scores[original]
        execution_weight = settings.get("execution_weight", Decimal(10))
        assert isinstance(execution_weight, Decimal)
        return RuleSet(
            name=str(settings["name"]), title=str(settings.get("title", settings["name"])),
            source=str(settings.get("source", "")), file=self.file,
            precision=settings.get("precision", Decimal("0.01")),  # type: ignore[arg-type]
            execution_weight=execution_weight,
            total=settings.get("total", Decimal(100)),  # type: ignore[arg-type]
            execution=built["execution"], scores=scores,
            target_zero=built.get("target zero"), budget_zero=built.get("budget zero"),
            tiers=tiers, grades=grades, require_basis=bool(settings.get("require_basis", False)),
            round_rate=bool(settings.get("round_rate", True)),
        )

    def build(self, label: str, cases: tuple[Case, ...]) -> Piecewise:
        params = PARAMS["score" if label.startswith("score") else label]
        return Piecewise(cases, label, params, compile_cases(cases, params))

    def piecewise(self, node: Node) -> tuple[str, tuple[Case, ...]]:
        subject = node.children[0]
        if subject.data == "score":
            label = f"score {_OPS[subject.children[0].children[0].value].value}"
            allowed = frozenset(PARAMS["score"])
        else:
            label = subject.data.replace("_", " ")
            allowed = frozenset(PARAMS[label])
        if node.data == "formula":
            cases: tuple[Case, ...] = (Case(None, self.value(node.children[2], allowed), self.span(node)),)
        else:
            cases = tuple(self.case(child, allowed) for child in node.children[1:])
        for index, case in enumerate(cases[:-1]):
            if case.cond is None:
                raise self.error(t("rules.else_last"), cases[index + 1].span)
        return label, cases

    def case(self, node: Node, allowed: frozenset[str]) -> Case:
        first, _, value = node.children
        cond = None if is_token(first) else self.expr(first, allowed)
        return Case(cond, self.value(value, allowed), self.span(node))

    def value(self, node: Node, allowed: frozenset[str]) -> Expr | None:
        child = node.children[0]
        return None if is_token(child) else self.expr(child, allowed)

    def expr(self, node: Node, allowed: frozenset[str] | None = None) -> Expr:
        """Build an `Expr`; with `allowed`, also check names and put `let`s in."""
        if is_token(node):  # a bare NUMBER never reaches here: `number` wraps it
            raise self.error(t("syntax.token", token=repr(node.value)), node)  # pragma: no cover
        kind, kids = node.data, node.children
        span = self.span(node)
        if kind == "number":
            value = Decimal(kids[0].value)
            percent = len(kids) > 1
            return Expr("num", value / 100 if percent else value, percent=percent, span=span)
        if kind == "variable":
            return self.variable(kids[0], allowed)
        if kind == "call":
            name = kids[0]
            if name.value not in FUNCTIONS:
                raise self.error(t("rules.unknown_function", name=repr(name.value)), name, t("rules.functions"),
                                 len(name.value))
            return Expr("call", name.value, tuple(self.expr(k, allowed) for k in kids[1:]), span=span)
        if kind == "negative":
            return Expr("neg", args=(self.expr(kids[1], allowed),), span=span)
        if kind == "binary":
            return Expr("bin", _BIN[kids[1].value],
                        (self.expr(kids[0], allowed), self.expr(kids[2], allowed)), span=span)
        if kind == "comparison":
            return Expr("cmp", _CMP[kids[1].value],
                        (self.expr(kids[0], allowed), self.expr(kids[2], allowed)), span=span)
        if kind in ("all_of", "any_of"):
            return Expr("and" if kind == "all_of" else "or",
                        args=tuple(self.expr(k, allowed) for k in kids), span=span)
        if kind == "negate":
            return Expr("not", args=(self.expr(kids[0], allowed),), span=span)
        raise self.error(t("syntax.token", token=kind), node)  # pragma: no cover

    def variable(self, token: Token, allowed: frozenset[str] | None) -> Expr:
        name = token.value
        if allowed is None:  # inside a `let`: checked where the let is used
            return Expr("name", name, span=self.span(token))
        if name in self.lets:
            return self.checked(self.lets[name], allowed, token)
        if name not in allowed:
            raise self.error(t("rules.unknown_name", name=repr(name)), token,
                             ", ".join(sorted(allowed | set(self.lets))), len(name))
        return Expr("name", name, span=self.span(token))

    def let_cycle(self) -> list[str]:
        """A chain of lets that comes back to where it began (`r → r`, `a → b → a`),
        or nothing: put in where they are used, such lets would never end."""
        done: set[str] = set()
        chain: list[str] = []

        def visit(name: str) -> list[str]:
            chain.append(name)
            for used in sorted(names_in(self.lets[name]) & self.lets.keys()):
                if used in chain:
                    return [*chain[chain.index(used):], used]
                if used not in done:
                    found = visit(used)
                    if found:
                        return found
            chain.pop()
            done.add(name)
            return []

        for name in self.lets:
            if name not in done:
                found = visit(name)
                if found:
                    return found
        return []

    def checked(self, expr: Expr, allowed: frozenset[str], used_at: Token) -> Expr:
        """A `let` body put in where it is used, its names checked against that place."""
        if expr.kind == "name":
            name = str(expr.value)
            if name in self.lets:
                return self.checked(self.lets[name], allowed, used_at)
            if name not in allowed:
                raise self.error(t("rules.uses_unknown", used=used_at.value, name=repr(name)), used_at,
                                 ", ".join(sorted(allowed)), len(used_at.value))
            return expr
        if not expr.args:
            return expr
        return Expr(expr.kind, expr.value, tuple(self.checked(a, allowed, used_at) for a in expr.args),
                    expr.percent, expr.span)

    def tier(self, node: Node) -> Tier:
        name, low, _, high, _, default, _, *words = node.children
        bounds = [Decimal(t.value) / 100 for t in (low, high, default)]
        if not bounds[0] <= bounds[2] <= bounds[1] or bounds[1] > 1:
            raise self.error(t("rules.tier"), node)
        return Tier(name.value, bounds[0], bounds[1], bounds[2],
                    tuple(squash(w.value[1:-1]) for w in words), self.span(node))

    def grade(self, node: Node) -> Grade:
        name, *rest = node.children
        words = tuple(squash(t.value[1:-1]) for t in rest if t.type == "STRING")
        if rest[0].type == "ELSE":
            return Grade(name.value, None, self.span(node), words)
        return Grade(name.value, Decimal(rest[1].value), self.span(node), words)
