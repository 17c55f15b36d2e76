"""Make the converted fixtures: the bundled report (tab text) as every other source kind.

    .venv/bin/python tests/data/make_converted.py

writes, under tests/data/converted/:

  report.html       UTF-8; each run of table rows a <table>, the 一级指标 cells `rowspan`
                    over their indicator rows and the 项目资金 label over the fund rows;
                    the other lines <p>
  report.gbk.html   the same in GBK, declared by <meta charset="gbk">
  report.docx       the same tables with vertically merged cells, the lines as paragraphs
  report.xlsx       the report pasted into one sheet, a line a row, the same cells merged
  report.xls        LibreOffice's conversion of report.xlsx
  report.pdf        LibreOffice's conversion of report.docx

The outputs are committed (CI has no LibreOffice); run this again only when the report or
the layout of a fixture changes.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jsperf.readers.text_rows import rows_of_text  # noqa: E402
from jsperf.vocabulary import level1_of, squash  # noqa: E402

REPORT = ROOT / "examples" / "changnan-2024-final-accounts.txt"
OUT = ROOT / "tests" / "data" / "converted"
_NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?")
_FUND_LABELS = ("年度资金总额", "政府预算资金", "其中：政府预算资金", "当年财政拨款", "财政拨款", "财政资金", "其他资金")

Block = tuple[str, list[list[str]]]  # ("p", [[line]]) or ("table", rows of cells)
Merge = tuple[int, int, int]  # (row, column, rows spanned)


def blocks(text: str) -> list[Block]:
    """The report as paragraphs and tables: a run of lines with tabs is a table."""
    result: list[Block] = []
    for row in rows_of_text(text, str(REPORT))[0]:
        cells = list(row.cells)
        if len(cells) > 1:
            if result and result[-1][0] == "table":
                result[-1][1].append(cells)
            else:
                result.append(("table", [cells]))
        elif cells[0].strip():
            result.append(("p", [[cells[0].strip()]]))
    return result


def _first(cells: list[str]) -> tuple[int, str]:
    return next(((i, squash(c)) for i, c in enumerate(cells) if c.strip()), (-1, ""))


def merges(rows: list[list[str]]) -> list[Merge]:
    """The cells to merge down: the 项目资金 label over its fund rows, and each 一级指标
    over the indicator rows below it that leave its column blank."""
    found: list[Merge] = []
    in_indicators = False
    for r, cells in enumerate(rows):
        column, head = _first(cells)
        if head.startswith("项目资金"):
            span = 1
            while r + span < len(rows):
                below = rows[r + span]
                if not (len(below) > column and not below[column].strip()
                        and any(squash(c).startswith(_FUND_LABELS) for c in below)):
                    break
                span += 1
            if span > 1:
                found.append((r, column, span))
        if any(squash(c) == "一级指标" for c in cells):
            in_indicators = True
            continue
        if head in ("总分", "合计"):
            in_indicators = False
        if not in_indicators:
            continue
        for column, cell in enumerate(cells):
            if cell.strip() and level1_of(squash(cell)) is not None:
                span = 1
                while r + span < len(rows):
                    below = rows[r + span]
                    if (len(below) <= column or below[column].strip() or _first(below)[1] in ("总分", "合计")
                            or not any(c.strip() for c in below[column + 1:])
                            or any(level1_of(squash(c)) is not None for c in below if c.strip())):
                        break
                    span += 1
                if span > 1:
                    found.append((r, column, span))
                break
    return found


def covered(found: list[Merge]) -> set[tuple[int, int]]:
    return {(r + k, c) for r, c, span in found for k in range(1, span)}


def write_html(items: list[Block], path: Path, encoding: str) -> None:
    out = ["<!DOCTYPE html>", "<html>", "<head>", f'<meta charset="{encoding}">',
           "<title>景德镇市昌南新区党政办 2024 年度部门决算</title>",
           "<style>td { border: 1px solid #999; }</style>", "</head>", "<body>"]
    for kind, rows in items:
        if kind == "p":
            out.append(f"<p>{html.escape(rows[0][0])}</p>")
            continue
        found = merges(rows)
        spans = {(r, c): span for r, c, span in found}
        hidden = covered(found)
        out.append("<table>")
        for r, cells in enumerate(rows):
            tds = []
            for c, cell in enumerate(cells):
                if (r, c) in hidden:
                    continue
                span = spans.get((r, c))
                attr = f' rowspan="{span}"' if span else ""
                tds.append(f"<td{attr}>{html.escape(cell.strip())}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out += ["</body>", "</html>", ""]
    path.write_bytes("\n".join(out).encode(encoding))


def write_docx(items: list[Block], path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.2))
    style = document.styles["Normal"]
    style.font.size = Pt(8)
    style.font.name = "Noto Sans CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    style.paragraph_format.space_after = Pt(0)
    for kind, rows in items:
        if kind == "p":
            document.add_paragraph(rows[0][0])
            continue
        width = max(len(cells) for cells in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            row_cells = table.rows[r].cells
            for c, cell in enumerate(cells):
                if cell.strip():
                    row_cells[c].text = cell.strip()
        for r, c, span in merges(rows):
            table.cell(r, c).merge(table.cell(r + span - 1, c))
        for row in table.rows:  # a row is not broken across pages, as forms are printed
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        document.add_paragraph("")
    document.save(str(path))


def _typed(cell: str) -> object:
    """A cell as pasting it into Excel stores it: plain numbers as numbers (when the
    number reads back as it was written), everything else as text."""
    text = cell.strip()
    if _NUMBER.fullmatch(text):
        if "." not in text:
            return int(text) if len(text) < 15 else text
        if repr(float(text)) == text:
            return float(text)
    return text or None


def write_xlsx(items: list[Block], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "决算报告"
    line = 1
    for kind, rows in items:
        if kind == "p":
            sheet.cell(line, 1, rows[0][0])
            line += 1
            continue
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                value = _typed(cell)
                if value is not None:
                    written = sheet.cell(line + r, c + 1, value)
                    if isinstance(value, str) and value.startswith("="):
                        written.data_type = "s"  # a target such as `=44 台`, not a formula
        for r, c, span in merges(rows):
            sheet.merge_cells(start_row=line + r, start_column=c + 1, end_row=line + r + span - 1, end_column=c + 1)
        line += len(rows)
    book.save(path)


def convert(source: Path, kind: str) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls and .pdf fixtures")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", kind,
                        "--outdir", str(source.parent), str(source)], check=True, capture_output=True, timeout=300)
    return source.with_suffix(f".{kind}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    items = blocks(REPORT.read_text(encoding="utf-8"))
    write_html(items, OUT / "report.html", "utf-8")
    write_html(items, OUT / "report.gbk.html", "gbk")
    write_docx(items, OUT / "report.docx")
    write_xlsx(items, OUT / "report.xlsx")
    convert(OUT / "report.xlsx", "xls")
    convert(OUT / "report.docx", "pdf")
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
