"""Word tables read from the XML itself give the rows python-docx's object layer gives:
merged cells across and down, cells before and after a row's own, a table in a cell."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from jsperf.readers.docx_rows import rows_of_docx


def _python_docx_rows(path: Path) -> list[tuple[str, ...]]:
    """The oracle: python-docx's cells, a cell spanning columns shown once, a cell's
    text every paragraph under it (a nested table's too)."""

    def text(tc: object) -> str:
        return " ".join(" ".join(Paragraph(p, None).text for p in tc.iter(qn("w:p"))).split())  # type: ignore[attr-defined]

    rows = []
    for table in docx.Document(str(path)).tables:
        for row in Table(table._tbl, table._parent).rows:
            tcs = [cell._tc for cell in row.cells]
            cells = [text(tc) if i == 0 or tc is not tcs[i - 1] else "" for i, tc in enumerate(tcs)]
            rows.append(("",) * row.grid_cols_before + tuple(cells) + ("",) * row.grid_cols_after)
    return rows


def test_merged_and_nested_cells_as_python_docx_reads_them(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=5, cols=4)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"格{r}{c}"
    table.cell(0, 0).merge(table.cell(0, 3))  # a title across the table
    table.cell(1, 0).merge(table.cell(3, 0))  # 一级指标 down three rows
    table.cell(2, 1).merge(table.cell(3, 2))  # a block across and down
    inner = table.cell(4, 3).add_table(rows=1, cols=2)  # a table in a cell: its text stays there
    inner.cell(0, 0).text, inner.cell(0, 1).text = "内 1", "内\t2"
    table.cell(4, 2).paragraphs[0].add_run().add_break()
    table.cell(4, 2).add_paragraph("第二段")
    path = tmp_path / "merged.docx"
    document.save(str(path))
    rows = [row.cells for row in rows_of_docx(path).rows]
    assert rows == _python_docx_rows(path)
    assert rows[0] == ("格00 格01 格02 格03", "", "", "") and rows[3][0] == rows[1][0]
    assert rows[4][3].endswith("内 1 内 2") and rows[4][2] == "格42 第二段"
