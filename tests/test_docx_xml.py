"""Word tables read from the XML itself give the rows python-docx's object layer gives:
merged cells across and down, cells before and after a row's own, a table in a cell."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from jsperf.readers import docx_rows
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


def test_tables_flattened_by_xslt_read_as_walked_element_by_element(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    merged = document.add_table(rows=6, cols=5)
    for r, row in enumerate(merged.rows):
        for c, cell in enumerate(row.cells):
            cell.text = ["", " 前后 空格 ", "全角\u3000空格", f"格{r}{c}", "两  个\t空格"][(r + c) % 5]
    merged.cell(0, 0).merge(merged.cell(0, 4))
    merged.cell(1, 0).merge(merged.cell(4, 0))
    merged.cell(2, 2).merge(merged.cell(3, 3))
    merged.cell(5, 1).paragraphs[0].add_run("换行").add_break()
    merged.cell(5, 1).add_paragraph("第二段")
    trs = merged._tbl.findall(qn("w:tr"))
    spaced = OxmlElement("w:trPr")  # a row beginning one grid column in and ending one before the last
    for tag, value in (("w:gridBefore", "1"), ("w:gridAfter", "1")):
        position = OxmlElement(tag)
        position.set(qn("w:val"), value)
        spaced.append(position)
    trs[5].insert(0, spaced)
    plain = document.add_table(rows=3, cols=3)
    for r, row in enumerate(plain.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f" {r} \u00a0{c} "
    holder = document.add_table(rows=2, cols=2)
    holder.cell(0, 0).text = "外"
    holder.cell(1, 1).add_table(rows=1, cols=2).cell(0, 1).text = "内"
    holder.cell(0, 0).merge(holder.cell(0, 1))
    path = tmp_path / "tables.docx"
    document.save(str(path))
    flattened = rows_of_docx(path).rows
    monkeypatch.setattr(docx_rows, "holds_marks", lambda data: True)  # as if the separators could be in it
    walked = rows_of_docx(path).rows
    assert flattened == walked
    assert [row.cells for row in flattened if "表2" in row.span.file] == [("0 0", "0 1", "0 2"), ("1 0", "1 1", "1 2"),
                                                                          ("2 0", "2 1", "2 2")]
    last = [row.cells for row in flattened if "表1" in row.span.file][5]  # a blank before and after its own cells
    assert last == ("", "", "前后 空格 换行 第二段", "全角 空格", "格53", "两 个 空格", "")
