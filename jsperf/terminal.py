"""Text from a file made safe to print on a terminal.

Names, targets and notes come from reports and project files that anyone may have
written.  Printed raw, `\\x1b[31m` recolours the terminal, `\\x1b]8;;…` hides a link,
`\\r` overwrites what was printed, and a right-to-left override reorders a line; Rich,
given such text as a `str`, would also read `[/b]` or `[link=…]` as its markup.  So
everything jsperf prints on a terminal passes through `printable`, and the tables put
each cell in as a `rich.text.Text`, which Rich never parses.  JSON keeps the exact text.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), the
# bidirectional overrides and isolates, and lone surrogates (an undecodable byte that
# would go out raw)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every control and escape character shown as �, tabs as spaces."""
    return _UNSAFE.sub("\ufffd", text).replace("\t", " ")


class SafeConsole(Console):
    """A console for status lines that name files and projects: no markup, no emoji
    codes, and control characters shown as �."""

    def __init__(self, **options: Any) -> None:
        super().__init__(markup=False, emoji=False, highlight=False, **options)

    def print(self, *objects: Any, **options: Any) -> None:  # type: ignore[override]
        super().print(*(printable(item) if isinstance(item, str) else item for item in objects), **options)
