"""Excel and PDF, in and out: the official form as a workbook reads back to the same
numbers, and so does a PDF made from it."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.engine import score
from jsperf.errors import InputError
from jsperf.numbers import plain
from jsperf.sources import read_report_file
from tests.conftest import REPORT
from tests.test_layouts import SPLIT_COLUMNS

runner = CliRunner()
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "book.xlsx"
    result = runner.invoke(app, ["export", str(REPORT), "--xlsx", str(path)])
    assert result.exit_code == 0, result.output
    return path


def numbers(projects, rules):  # type: ignore[no-untyped-def]
    """Every number of every scorecard, as scored under the rules."""
    rows = []
    for project in projects:
        result = score(project, rules)
        rows.append((project.name, plain(project.funds.budget), plain(project.funds.executed),
                     plain(result.execution.rate), plain(result.total), result.grade,
                     tuple((r.indicator.name, r.indicator.target, plain(r.indicator.weight), plain(r.points))
                           for r in result.indicators)))
    return rows


def test_workbook_has_the_form_and_a_summary(book: Path) -> None:
    workbook = load_workbook(book)
    assert workbook.sheetnames[0] == "汇总" and len(workbook.sheetnames) == 24
    summary = workbook["汇总"]
    medical = next(row for row in summary.iter_rows(values_only=True) if row[0] == "医保资金")
    assert medical[4] == pytest.approx(93.58) and medical[5] == pytest.approx(95.61) and medical[7] == 1
    form = workbook["无纸化办公经费"]
    assert form["A1"].value == "项目支出绩效自评表" and "A1:J1" in {str(r) for r in form.merged_cells.ranges}
    assert form["E14"].value == "=44 台" and form["E14"].data_type == "s"  # a target, not a formula
    assert form["H6"].value == 5 and form["H6"].number_format == "0"
    assert form.column_dimensions["D"].width >= 20


def test_workbook_reads_back_to_the_same_numbers(book: Path, report, jiangxi) -> None:  # type: ignore[no-untyped-def]
    back = read_report_file(book)
    assert len(back.projects) == 23 and back.findings == ()
    assert numbers(back.projects, jiangxi) == numbers(report.projects, jiangxi)
    first = back.projects[0]
    assert first.funds.executed == Decimal("8.38569")  # exact, not 8.385690000000001
    assert first.span is not None and first.span.file == f"{book}[无纸化办公经费]" and first.span.line == 1
    assert runner.invoke(app, ["audit", str(book)]).exit_code == 0  # the recomputed form has no slips


def test_split_columns_workbook(tmp_path: Path, jiangxi) -> None:  # type: ignore[no-untyped-def]
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in SPLIT_COLUMNS.splitlines():
        sheet.append([float(cell) if cell.replace(".", "", 1).isdigit() else cell for cell in line.split("\t")])
    path = tmp_path / "split.xlsx"
    workbook.save(path)
    (project,) = read_report_file(path).projects
    assert [i.name for i in project.indicator_set.indicators][:2] == ["清运垃圾量", "清运达标率"]
    assert score(project, jiangxi).total == Decimal("91.37")


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="不是 Excel 工作簿"):
        read_report_file(fake)
    result = runner.invoke(app, ["audit", str(fake)])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_pdf_made_by_libreoffice_reads_back(book: Path, report, jiangxi, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert SOFFICE is not None
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(book)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "book.pdf"
    back = read_report_file(pdf)
    assert numbers(back.projects, jiangxi) == numbers(report.projects, jiangxi)
    assert back.projects[0].span is not None and back.projects[0].span.file == f"{pdf}[page 2]"
    result = runner.invoke(app, ["import", str(pdf), "-o", str(tmp_path / "out"), "--rules", "jiangxi"])
    assert result.exit_code == 0 and len(list((tmp_path / "out").glob("*.yaml"))) == 23


def test_a_pdf_without_text_is_called_a_scan(tmp_path: Path) -> None:
    blank = tmp_path / "scan.pdf"
    blank.write_bytes(_blank_pdf())
    with pytest.raises(InputError, match="没有文字层"):
        read_report_file(blank)
    result = runner.invoke(app, ["audit", str(blank)])
    assert result.exit_code == 2 and "OCR" in result.output


def _blank_pdf() -> bytes:
    """A one-page PDF with nothing on it, as a scanner's would be without its image."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
