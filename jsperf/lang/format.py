"""Indicator sets → canonical text (`jsperf fmt`).

Canonical means: ASCII operators, plain numbers, every name quoted, columns aligned by
display width (Chinese characters take two columns), comments kept where they stood.
Formatting is idempotent and `parse(fmt(x)) == parse(x)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jsperf.errors import display_width
from jsperf.lang.parse import ASCII, Comment, ParsedIndicators
from jsperf.model import Indicator, IndicatorSet, Op, Target
from jsperf.numbers import plain

_SIMPLE = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rules_name(text: str) -> str:
    return text if _SIMPLE.fullmatch(text) and text not in ("set", "template", "rules", "use") else quote(text)


def format_target(target: Target) -> str:
    if target.op is Op.QUAL:
        return quote(target.word or "")
    unit = target.unit.name if target.unit else ""
    spaced = unit if unit in ("", "%") else f" {unit}"
    if target.op is Op.RANGE:
        return f"{plain(target.value)}{spaced}..{plain(target.high)}{spaced}"
    return f"{ASCII[target.op]} {plain(target.value)}{spaced}"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _indicator_lines(indicators: Iterable[Indicator], trailing: dict[int, str]) -> list[tuple[int, list[str]]]:
    rows = [(i, [f"{i.level1}/{i.level2}", quote(i.name), format_target(i.target), plain(i.weight)])
            for i in indicators]
    widths = [max((display_width(cells[c]) for _, cells in rows), default=0) for c in range(3)]
    out = []
    for indicator, cells in rows:
        line = "  " + "  ".join(_pad(cells[c], widths[c]) for c in range(3)) + "  " + cells[3]
        source_line = indicator.span.line if indicator.span else 0
        if source_line in trailing:
            line += "  " + trailing.pop(source_line)
        lines = [line]
        if indicator.note:
            lines.append(f"    note {quote(indicator.note)}")
        if indicator.basis:
            lines.append(f"    basis {quote(indicator.basis)}")
        out.append((indicator.span.line if indicator.span else 0, lines))
    return out


def _header(item: IndicatorSet) -> str:
    parts = ["template" if item.template else "set", quote(item.name)]
    if item.uses:
        parts += ["use", quote(item.uses)]
    if item.rules:
        parts += ["rules", rules_name(item.rules)]
    return " ".join(parts)


def format_sets(sets: Iterable[IndicatorSet], comments: Iterable[Comment] = ()) -> str:
    """Canonical text; `comments` (with their source lines) are put back before the first
    statement that followed them."""
    trailing = {c.line: c.text for c in comments if c.inline}
    pending = sorted((c for c in comments if not c.inline), key=lambda c: c.line)
    out: list[str] = []
    by_name: dict[str, IndicatorSet] = {}

    def flush(before: int, indent: str) -> None:
        while pending and pending[0].line < before:
            out.append(indent + pending.pop(0).text)

    for item in sets:
        by_name[item.name] = item
        base = by_name.get(item.uses) if item.uses else None
        own = item.indicators[len(base.indicators):] if base else item.indicators
        start = item.span.line if item.span else 0
        if out:
            out.append("")
        flush(start, "")
        header = _header(item)
        if start in trailing:
            header += "  " + trailing.pop(start)
        out.append(header)
        inherited = base.execution_weight if base else None
        if item.execution_weight is not None and item.execution_weight != inherited:
            out.append(f"  execution {plain(item.execution_weight)}")
        for line, lines in _indicator_lines(own, trailing):
            flush(line, "  ")
            out.extend(lines)
    pending.extend(Comment(line, text) for line, text in trailing.items())  # on lines fmt rewrites
    pending.sort(key=lambda c: c.line)
    flush(10**9, "")
    return "\n".join(out) + "\n"


def format_parsed(parsed: ParsedIndicators) -> str:
    return format_sets(parsed.sets, parsed.comments)
