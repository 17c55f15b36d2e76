"""`Project` → `project.yaml` text that a person can read and edit, and that
`projectfile.load_project` reads back to the same numbers.  Written by hand rather than
by a YAML dumper so that numbers stay exact decimals and keys keep the form's order."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from jsperf.model import Actual, Project
from jsperf.numbers import plain

# `?` is quoted anywhere: PyYAML refuses it inside a plain scalar in a flow mapping (`{note: A?}`)
_PLAIN_SAFE = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9+.~][^#:,\[\]{}\n?]*")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "<<", "="}  # `<<` merges, `=` is a tag
# What a YAML reader refuses raw (controls, DEL, C1, surrogates, U+FFFE/FFFF) or reads as a
# line break (NEL, U+2028/2029), and the byte-order mark: escaped inside double quotes.
_UNSAFE = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def quoted(text: str) -> str:
    """A double-quoted scalar that reads back as `text`: JSON's escapes (YAML reads
    them), and YAML's `\\x`/`\\u` escapes for what JSON leaves raw."""
    return _UNSAFE.sub(_escape, json.dumps(text, ensure_ascii=False))


def scalar(value: str | Decimal | int | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, Decimal | int):
        return plain(Decimal(value))
    text = str(value)
    if (_PLAIN_SAFE.fullmatch(text) and text.lower() not in _RESERVED and text == text.strip()
            and "\t" not in text and not _UNSAFE.search(text)):
        return text
    return quoted(text)


def _actual(actual: Actual) -> str:
    fields: list[tuple[str, str]] = []
    if actual.value is not None:
        unit = actual.value.unit.name if actual.value.unit else ""
        text = plain(actual.value.value) + (f" {unit}" if unit else "")
        fields.append(("value", scalar(text) if unit else text))
    elif actual.verdict is None and actual.text:
        fields.append(("value", scalar(actual.text)))
    if actual.verdict is not None:
        fields.append(("verdict", scalar(actual.verdict)))
    if actual.points is not None:
        fields.append(("points", plain(actual.points)))
    if actual.deviation_note:
        fields.append(("note", scalar(actual.deviation_note)))
    if not fields:
        return "null"
    if len(fields) == 1 and fields[0][0] in ("value", "verdict"):
        return fields[0][1]
    return "{" + ", ".join(f"{key}: {value}" for key, value in fields) + "}"


def dump_project(project: Project, indicator_file: str, source: str | None = None) -> str:
    lines = []
    if source:  # a comment ends at a line break, and a file name may hold one
        lines.append("# " + quoted(source)[1:-1])
    lines += [
        f"project: {scalar(project.name)}",
        f"department: {scalar(project.department)}",
        f"implementer: {scalar(project.implementer)}",
        f"year: {scalar(project.year)}",
        f"indicator_set: {{file: {scalar(indicator_file)}, set: {scalar(project.indicator_set.name)}}}",
    ]
    if project.rules:
        lines.append(f"rules: {scalar(project.rules)}")
    funds = project.funds
    lines += [
        "funds:",
        "  unit: 万元",
        f"  initial_budget: {scalar(funds.initial_budget)}",
        f"  budget: {scalar(funds.budget)}",
        f"  executed: {scalar(funds.executed)}",
        f"goal: {scalar(project.goal)}",  # 年度总体目标：预期目标
        f"achieved: {scalar(project.achieved)}",  # 实际完成情况
        "actuals:",
    ]
    for indicator in project.indicator_set.indicators:
        actual = project.actuals.get(indicator.name)
        if actual is not None:
            lines.append(f"  {scalar(indicator.name)}: {_actual(actual)}")
    reported = project.reported
    if reported is not None:
        lines.append("reported:")
        if reported.execution_rate is not None:
            lines.append(f"  execution_rate: {scalar(reported.execution_rate)}")
        if reported.execution_points is not None:
            lines.append(f"  execution_points: {scalar(reported.execution_points)}")
        lines.append("  points:")
        lines += [f"    {scalar(name)}: {scalar(value)}" for name, value in reported.points.items()]
        if reported.total is not None:
            lines.append(f"  total: {scalar(reported.total)}")
        if reported.grade is not None:
            lines.append(f"  grade: {scalar(reported.grade)}")
    return "\n".join(lines) + "\n"
