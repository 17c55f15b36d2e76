"""Errors in what a user gave us, told the way compilers tell them.

An `InputError` is never a bug: it is bad input, reported with `file:line:col`, the
offending line, a caret under the offending text and what was expected, in the current
language (`messages`): raisers pass a message already made with `messages.t`.  The CLI
turns it into exit status 2.  Chinese characters take two terminal columns, so the caret is
padded by display width, not by character count.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterator

from jsperf.messages import t
from jsperf.model import Span


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class InputError(Exception):
    def __init__(
        self,
        message: str,
        span: Span | None = None,
        source_line: str | None = None,
        expected: str | None = None,
        length: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.source_line = source_line
        self.expected = expected
        self.length = max(1, length)

    def render(self) -> str:
        where = f"{self.span}: " if self.span else ""
        lines = [where + t("error.error", message=self.message)]
        if self.source_line is not None and self.span is not None:
            text = self.source_line.rstrip("\n").replace("\t", " ")
            before = text[: max(0, self.span.col - 1)]
            marked = text[max(0, self.span.col - 1): self.span.col - 1 + self.length]
            lines.append(f"  {text}")
            lines.append("  " + " " * display_width(before) + "^" * max(1, display_width(marked)))
        if self.expected:
            lines.append("  " + t("error.expected", expected=self.expected))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


def line_of(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def did_you_mean(word: str, choices: list[str] | tuple[str, ...], cutoff: float = 0.4) -> str:
    """`; did you mean '…'?` (`；是否指 '…'？`) for the closest choice, or nothing."""
    import difflib  # only an error pays for it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return t("error.did_you_mean", choice=repr(close[0])) if close else ""


@contextlib.contextmanager
def nesting_limit(file: str) -> Iterator[None]:
    """Python's recursion limit, met by an input nested deeper than any real one (YAML
    900 levels deep, a formula inside 900 parentheses), is that input's error, located
    at its file, never a crash."""
    try:
        yield
    except RecursionError:
        raise InputError(t("input.too_deep"), Span(file, 1)) from None
