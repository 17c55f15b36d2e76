"""Stage 1's quick paths read what the thorough ones read: a workbook read from its XML
gives openpyxl's rows (and what it does not expect is left to openpyxl), an HTML table of
plain cells gives the rows of the same table laid out on a grid."""

from __future__ import annotations

import datetime
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from jsperf.errors import InputError
from jsperf.model import Row
from jsperf.readers import workbook
from jsperf.readers.decode import read_bytes
from jsperf.readers.html_rows import CELL, OTHER_SPACE, ROW, flattened_rows, holds_marks, rows_of_html_text

_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _both(path: Path) -> tuple[list[Row] | None, list[Row]]:
    """(the quick reading's rows or None, openpyxl's rows) of a workbook."""
    data = read_bytes(path)
    parts = workbook._sheet_parts(data, str(path))
    return workbook._fast_rows(data, parts, str(path)), workbook._openpyxl_rows(data, str(path), formulas=False)[0]


def _with_sheet(path: Path, sheet: bytes, strings: bytes) -> Path:
    """A workbook whose first sheet is `sheet` and whose shared strings are `strings`."""
    Workbook().save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet
    parts["xl/sharedStrings.xml"] = strings
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                     b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@pytest.mark.filterwarnings("ignore:Cell E2 is marked as a date")  # openpyxl's word for the date out of range
def test_a_workbook_of_every_kind_of_value_reads_as_openpyxl_reads_it(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "表"
    sheet.append(["项目", 1, 2.5, 0.796, True, None, "a\nb", "  pad  ", 1e20, 1.23e-7, 10**18])
    sheet["C1"].number_format = "0.00%"
    sheet["D1"].number_format = "0.0%"
    sheet["B1"].number_format = '0"%"'  # a quoted percent sign: not a percentage
    sheet["A2"] = datetime.datetime(2024, 3, 5)
    sheet["B2"] = datetime.datetime(2024, 3, 5, 12, 30)
    sheet["C2"] = datetime.time(13, 5)
    sheet["D2"] = datetime.timedelta(hours=30)
    sheet["E2"] = 3_000_000_000
    sheet["E2"].number_format = "yyyy-mm-dd"  # a date out of range: #VALUE!, as openpyxl marks it
    sheet["A3"] = CellRichText(["普通", TextBlock(InlineFont(b=True), "粗体")])
    sheet.merge_cells("A5:C7")
    sheet["A5"] = "产出指标"
    sheet.merge_cells("E5:E9")
    sheet["E5"] = 0.5
    sheet["E5"].number_format = "0%"
    sheet["K20"] = "far"
    book.create_sheet("乙").append(["x"] * 3)
    book.create_sheet("表1")
    book.create_sheet("空")
    book.create_sheet("只有合并").merge_cells("B2:D4")
    path = tmp_path / "kinds.xlsx"
    book.save(path)
    quick, thorough = _both(path)
    assert quick is not None and quick == thorough
    assert quick[0].cells[:4] == ("项目", "1", "250%", "79.6%")
    assert [row.cells[4] for row in quick[4:9]] == ["50%"] * 5


def test_shared_and_inline_strings_rows_and_cells_without_positions(tmp_path: Path) -> None:
    path = _with_sheet(tmp_path / "xml.xlsx", b'<worksheet ' + _MAIN + b'><sheetData>'
                       b'<row><c t="inlineStr"><is><t>inline &amp; x</t></is></c><c t="str"><v>s</v></c>'
                       b'<c t="e"><v>#DIV/0!</v></c><c t="b"><v>1</v></c><c><v>007</v></c><c t="s"><v>0</v></c>'
                       b'<c t="s"><v>1</v></c></row>'
                       b'<row r="4"><c r="B4" t="inlineStr"><is><r><t>r1</t></r><r><t xml:space="preserve"> r2 </t></r>'
                       b'</is></c><c><v>5</v></c><c r="A4"><v>9</v></c><c r="B4" t="s"><v>1</v></c></row>'
                       b'<row><c r="A5" t="d"><v>2024-01-02T03:04:05</v></c><c r="C5"><f>1+1</f><v>2</v></c></row>'
                       b'</sheetData><mergeCells><mergeCell ref="$D$5:E6"/></mergeCells></worksheet>',
                       b'<sst ' + _MAIN + b'><si><t>plain x005F_y</t></si>'
                       b'<si><r><t>a</t></r><r><t>b</t></r><rPh sb="0" eb="1"><t>PH</t></rPh></si></sst>')
    quick, thorough = _both(path)
    assert quick is not None and quick == thorough
    assert quick[0].cells[:7] == ("inline & x", "s", "#DIV/0!", "True", "7", "plain y", "ab")


def test_what_the_quick_reading_does_not_expect_is_left_to_openpyxl(tmp_path: Path) -> None:
    overlapping = b'<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'
    path = _with_sheet(tmp_path / "overlap.xlsx", b'<worksheet ' + _MAIN + b'><sheetData><row r="1"><c r="A1"><v>1</v>'
                       b'</c></row></sheetData>' + overlapping + b'</worksheet>', b'<sst ' + _MAIN + b'/>')
    quick, thorough = _both(path)
    assert quick is None and thorough[0].cells[0] == "1"
    assert workbook.rows_of_xlsx(path).rows == tuple(thorough)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([1, 2, "=A1+B1"])  # saved by a program: no value, computed and noted by openpyxl's reading
    book.save(path)
    assert _both(path)[0] is None and workbook.rows_of_xlsx(path).rows[0].cells == ("1", "2", "3")


def test_a_merged_range_the_count_of_the_xml_misses_is_refused_before_it_is_walked(tmp_path: Path) -> None:
    everything = b'<mergeCells><mergeCell ref="$A$1:$XFD$1048576"/></mergeCells>'
    path = _with_sheet(tmp_path / "all.xlsx", b'<worksheet ' + _MAIN + b'><sheetData><row r="1"><c r="A1"><v>1</v></c>'
                       b'</row></sheetData>' + everything + b'</worksheet>', b'<sst ' + _MAIN + b'/>')
    with pytest.raises(InputError, match="JSPERF_MAX_CELLS"):
        workbook.rows_of_xlsx(path)


def test_a_plain_table_reads_as_the_same_table_laid_out_on_a_grid() -> None:
    rows = [["项目名称", " 办公  项目 ", ""], ["一级指标", "产出指标\n", "10"], [], ["&nbsp;x&nbsp;", "y"],
            ["\u3000全角\u3000空格\u3000", "\t制表\r\n", "a&amp;b &lt;c&gt;"]]

    def page(attributes: str, before: str = "") -> str:
        body = "".join("<tr>" + "".join(f"<td{attributes}>{cell}</td>" for cell in cells) + "</tr>" for cells in rows)
        return (f"<html><body>{before}<p>标题</p><table><thead><tr><th>表头</th><td> 列 </td></tr></thead>"
                f"<tbody>{body}</tbody><tfoot><tr><th>合计</th></tr></tfoot></table></body></html>")

    plain, spanned = rows_of_html_text(page(""), "a.html"), rows_of_html_text(page(' rowspan="1" colspan="1"'), "a.html")
    # a page that may hold the characters the flattened table is split at is read cell by cell
    walked = rows_of_html_text(page("", "<!-- \ue001 &#xE002; -->"), "a.html")
    assert plain == spanned == walked
    assert [row.cells for row in plain] == [
        ("标题",), ("表头", "列"), ("项目名称", "办公 项目", ""), ("一级指标", "产出指标", "10"), ("x", "y"),
        ("全角 空格", "制表", "a&b <c>"), ("合计",)]
    assert [row.span.line for row in plain] == [row.span.line for row in walked]


@pytest.mark.parametrize("text", ["a\ue001b", "&#xe002;", "&#57345;", "\ue00f"])
def test_a_page_that_may_hold_a_separator_is_seen_to(text: str) -> None:
    assert holds_marks(f"<p>{text}</p>") and not holds_marks("<p>项目 &#39033; \ue010</p>")


def test_the_whitespace_a_table_is_collapsed_at_is_what_split_splits_at() -> None:
    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()} - {" "}
    assert {chr(code) for code in range(sys.maxunicode + 1) if OTHER_SPACE.match(chr(code))} == spaces
    assert flattened_rows(f"{ROW}{CELL} a\u3000 b {CELL}{CELL}c{ROW}{ROW}{CELL}d  e") == [("a b", "", "c"), (), ("d e",)]
