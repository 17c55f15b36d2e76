"""A table flattened into one line of single-space cells (a cell stream) → one cell a row.

Word and Excel content pasted or converted to text often comes out as one line: every
non-empty cell of the table in reading order, one space apart, row ends gone.  Such a
line is far longer than any table row, so it is read as what it is, a stream of cells:
each cell becomes a row of its own, exactly as in a copy made one cell a line, and the
card reader regroups the rows by the form's labels (`segments.regroup`) after checking
that the cells are in reading order (`segments.out_of_order`).  One piece serves both.

A single space also stands inside cells, where a cell's text wrapped.  Words the form
guarantees to be one cell are joined again: an operator standing alone and the value it
governs (`≤ 105348 元`), a target and the unit after its number (`≤15 万元`, `=2 台`), a
clause and the one after its comma (`建立会议无纸化系统, 减少会议成本`).
"""

from __future__ import annotations

import re

from jsperf.lang.parse import op_of
from jsperf.model import Row, Span

STREAM = 40  # a flattened "row" of more cells than this is a whole table's cells: no form row is so wide
_UNIT = re.compile(r"%|[^\W\d_]{1,3}")  # `%`, `元`, `万元`, `平方米`: a unit written after its number
_GOES_ON = tuple(",，、；;")  # a cell's text never ends in these: the next word is the rest of it


def stream_rows(words: list[tuple[int, str]], span: Span) -> list[Row]:
    """The cells of a stream, one a row, each at the column of its first word."""
    cells: list[tuple[int, str]] = []
    for column, word in words:
        joint = _joint(cells[-1][1], word) if cells else None
        if joint is not None:
            cells[-1] = (cells[-1][0], cells[-1][1] + joint + word)
        else:
            cells.append((column, word))
    return [Row((text,), span, (column + 1,)) for column, text in cells]


def _joint(before: str, word: str) -> str | None:
    """What joins `word` to the cell `before` began, or None when it starts a cell of its
    own: nothing after an operator alone or between a target (operator first, number
    last) and its unit; the space itself after a clause ending in a comma."""
    if before.endswith(_GOES_ON):
        return " "
    if op_of(before) is not None:
        return ""
    target = op_of(before[:1]) is not None or before.startswith("\\")
    return "" if target and before[-1].isdigit() and _UNIT.fullmatch(word) is not None else None
