"""Stage 1 for binary and markup sources: HTML, Word, Excel (.xls and .xlsx) and PDF
become rows of cells, and the rows of the bundled report in each of those forms read to
the same scorecards as its tab text.  Bad input is an InputError, never a traceback."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from jsperf.errors import InputError
from jsperf.model import Report, Source
from jsperf.readers.card import read_rows
from jsperf.readers.docx_rows import rows_of_docx
from jsperf.readers.html_rows import rows_of_html, rows_of_html_text
from jsperf.readers.pdf import rows_of_pdf, word_rows
from jsperf.readers.workbook import rows_of_xlsx
from jsperf.readers.xls_rows import rows_of_xls
from tests.helpers import report_differences

HERE = Path(__file__).resolve().parent
CONVERTED = HERE / "data" / "converted"
REAL_XLS = HERE / "corpus" / "files"  # two real workbooks from a central-budget system (see its README)

READERS: dict[str, Callable[[Path], Source]] = {
    "report.html": rows_of_html, "report.gbk.html": rows_of_html, "report.docx": rows_of_docx,
    "report.xlsx": rows_of_xlsx, "report.xls": rows_of_xls, "report.pdf": rows_of_pdf,
}
KINDS = {"report.html": "html", "report.gbk.html": "html", "report.docx": "docx", "report.xlsx": "xlsx",
         "report.xls": "xls", "report.pdf": "pdf"}


@pytest.fixture(scope="module")
def sources() -> dict[str, Source]:
    return {name: read(CONVERTED / name) for name, read in READERS.items()}


# ---------------------------------------------------------------- the converted report


@pytest.mark.parametrize("name", list(READERS))
def test_converted_report_reads_to_the_same_scorecards(name: str, sources: dict[str, Source], report: Report) -> None:
    source = sources[name]
    assert source.kind == KINDS[name] and source.file == str(CONVERTED / name)
    got = read_rows(list(source.rows), source.file)
    assert len(got.projects) == 23 and len(report.projects) == 23
    # the funds, indicators, weights, published points and totals of every scorecard
    assert report_differences(report, got) == set()
    assert got.findings == report.findings == ()


def test_converted_html_records_encoding_and_lines(sources: dict[str, Source]) -> None:
    utf8, gbk = sources["report.html"], sources["report.gbk.html"]
    assert (utf8.encoding, gbk.encoding) == ("utf-8", "gbk")
    assert [r.cells for r in utf8.rows] == [r.cells for r in gbk.rows]
    lines = (CONVERTED / "report.html").read_text(encoding="utf-8").splitlines()
    fund = next(r for r in utf8.rows if r.cells[:2] == ("项目资金 (万元)", "年度资金总额"))  # the rowspan, expanded
    assert "<tr><td>年度资金总额</td>" in lines[fund.span.line - 1] and fund.cols[:2] == (1, 2)
    title = next(r for r in utf8.rows if r.cells == ("项目支出绩效自评表",))
    assert lines[title.span.line - 1] == "<p>项目支出绩效自评表</p>"


def test_converted_sources_name_their_places(sources: dict[str, Source]) -> None:
    docx = sources["report.docx"]
    assert docx.rows[0].span.file == f"{CONVERTED / 'report.docx'}[段落]"
    assert any(r.span.file == f"{CONVERTED / 'report.docx'}[表23]" for r in docx.rows)
    assert {r.span.file for r in sources["report.xlsx"].rows} == {f"{CONVERTED / 'report.xlsx'}[决算报告]"}
    assert sources["report.pdf"].rows[0].span.file == f"{CONVERTED / 'report.pdf'}[page 1]"
    # a merged 一级指标 stands in each row it covers, in Word and Excel alike
    for name in ("report.docx", "report.xlsx", "report.xls"):
        rows = [r.cells for r in sources[name].rows]
        social = next(i for i, cells in enumerate(rows) if "社会成本 指标" in cells)
        assert rows[social][1] == "成本指标", name


# ---------------------------------------------------------------- HTML


def test_html_rowspan_and_colspan_are_expanded() -> None:
    page = """<table>
<tr><th colspan="3">项目支出绩效自评表</th></tr>
<tr><td rowspan="3">产出指标</td><td>数量指标</td><td>a</td></tr>
<tr><td rowspan=2>质量指标</td><td>b<br>c</td></tr>
<tr><td>  d&nbsp;
  e </td></tr>
<tr><td colspan="2" rowspan="2">总分</td><td>100</td></tr>
<tr><td>90</td></tr>
</table>"""
    rows = rows_of_html_text(page, "t.html")
    assert [r.cells for r in rows] == [
        ("项目支出绩效自评表", "", ""),  # across the columns a merged cell shows once, as in Excel
        ("产出指标", "数量指标", "a"),
        ("产出指标", "质量指标", "b c"),
        ("产出指标", "质量指标", "d e"),
        ("总分", "", "100"),
        ("总分", "", "90"),
    ]
    assert [r.span.line for r in rows] == [2, 3, 4, 5, 7, 8]
    assert rows[2].cols == (1, 2, 3) and rows[2].span.file == "t.html"


def test_html_text_outside_tables_nested_tables_and_skipped_parts() -> None:
    page = """<html><head><title>项目支出绩效自评表</title><style>p {}</style></head>
<body><h1>2024 年度部门决算</h1>
<script>var a = "<table><tr><td>x</td></tr></table>";</script>
<p>第一段<b>加粗</b>
续行<br>第二行</p>
<div>组织对 24 个项目开展自评</div>
<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table>层</td><td>右</td></tr>
<tr><td>下</td></table>
<p>结尾</p></body></html>"""
    rows = rows_of_html_text(page, "t.html")
    assert [r.cells for r in rows] == [
        ("2024 年度部门决算",), ("第一段加粗 续行",), ("第二行",), ("组织对 24 个项目开展自评",),
        ("外 层", "右"), ("内1", "内2"), ("下",), ("结尾",),
    ]
    assert [r.span.line for r in rows] == [2, 4, 5, 6, 7, 7, 8, 9]


def test_html_encodings(tmp_path: Path) -> None:
    body = "<p>项目支出绩效自评表</p><table><tr><td>满意度指标</td><td>≥90%</td></tr></table>"
    declared = tmp_path / "meta.html"
    declared.write_bytes(f'<html><head><meta charset="gbk"></head><body>{body}</body></html>'.encode("gbk"))
    source = rows_of_html(declared)
    assert source.encoding == "gbk" and source.kind == "html"
    assert [r.cells for r in source.rows] == [("项目支出绩效自评表",), ("满意度指标", "≥90%")]

    http_equiv = tmp_path / "equiv.html"
    http_equiv.write_bytes(('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' + body).encode("gbk"))
    assert rows_of_html(http_equiv).encoding == "gb2312"
    assert rows_of_html(http_equiv).rows[1].cells == ("满意度指标", "≥90%")

    bom = tmp_path / "bom.html"
    bom.write_bytes(body.encode("utf-16"))
    assert rows_of_html(bom).encoding == "utf-16" and rows_of_html(bom).rows[0].cells == ("项目支出绩效自评表",)

    undeclared = tmp_path / "plain.html"
    undeclared.write_bytes(body.encode("gb18030"))  # no BOM, no meta: detected
    source = rows_of_html(undeclared)
    assert source.rows[1].cells == ("满意度指标", "≥90%") and source.encoding is not None

    lying = tmp_path / "lying.html"
    lying.write_bytes(('<meta charset="utf-8">' + body).encode("gbk"))  # declared UTF-8, is GBK
    assert rows_of_html(lying).rows[0].cells == ("项目支出绩效自评表",)


# ---------------------------------------------------------------- Excel


def test_real_xls_scorecard_after_the_program_ran() -> None:
    source = rows_of_xls(REAL_XLS / "DoExecl_1.xls")
    assert source.kind == "xls"
    where = f"{REAL_XLS / 'DoExecl_1.xls'}[项目支出绩效自评表]"
    rows = [r for r in source.rows if r.span.file == where]
    assert [r.span.line for r in rows] == list(range(1, 16)) and rows[4].cols[:3] == (1, 2, 3)
    cells = [r.cells for r in rows]
    # A1:K1 is merged: shown once, as Excel shows it, the other columns blank
    assert cells[0] == ("项目支出绩效自评表",) + ("",) * 10 and cells[1] == ("(2019年度)",) + ("",) * 10
    assert cells[3][:3] == ("项目名称", "", "2019年210青少年校园足球扶持资金")
    assert [c for i, c in enumerate(cells[5]) if c and (i == 0 or c != cells[5][i - 1])] == [
        "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert cells[6][:2] == ("项目资金（万元）", "")  # A6:B7 is merged: down the rows, once across
    assert cells[9] == ("", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进措施", "")
    # 绩效指标 is merged down the three indicator rows (A11:A13), and stands in each
    assert cells[10] == ("绩效指标", "产出指标", "成本指标", "成本节约率", "", "≥0", "", "0.0", "0.0", "", "")
    assert cells[11] == ("绩效指标", "效益指标", "可持续影响指标", "在校园普及足球运动技术", "",
                         "作用明显", "", "0.0", "0.0", "", "")
    assert cells[12] == ("绩效指标", "满意度指标", "校园用户满意度", "媒体播出满意度", "", "很满意", "",
                         "0.0", "0.0", "", "")
    # the 总分 cells hold Excel's error #REF! (code 23, which xlrd shows as the number 23)
    assert cells[13] == ("总分",) + ("",) * 6 + ("#REF!", "#REF!", "", "")  # A14:G14 is merged


def test_real_xls_blank_template() -> None:
    source = rows_of_xls(REAL_XLS / "DoExecl_static_template.xls")
    sheets = {r.span.file.rsplit("[", 1)[1].rstrip("]") for r in source.rows}
    assert {"项目基本信息", "项目支出绩效目标执行监控", "项目支出绩效自评表"} <= sheets
    rows = [r.cells for r in source.rows if r.span.file.endswith("[项目支出绩效自评表]")]
    assert rows[0][0] == "项目支出绩效自评表" and rows[3][:2] == ("项目名称", "")
    total = next(cells for cells in rows if cells[0] == "总分")
    assert [c for c in total if c not in ("", "总分")] == ["0", "0"]
    monitor = " ".join(r.text for r in source.rows if r.span.file.endswith("[项目支出绩效目标执行监控]"))
    assert "190.00" in monitor  # typed as text, kept as typed


def test_xlsx_formulas_without_saved_values_are_computed_and_noted(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "表"
    sheet.append(["项目", "预算数", "执行数", "合计", "执行率"])
    sheet.append(["甲", 10.535, 8.38569])
    sheet.append(["乙", 2, 3])
    sheet.append(["丙", "文字", 1.5])
    sheet["D2"] = "=SUM(B2:B4)"
    sheet["E2"] = "=C2/B2"
    sheet["F2"] = "=ROUND(C2/B2*100,2)"
    sheet["G2"] = "=VLOOKUP(1,A1:B2,2)"
    sheet["E3"] = "=C3/B3"
    sheet["E3"].number_format = "0.00%"
    sheet.merge_cells("A6:A8")
    sheet["A6"] = "产出指标"
    path = tmp_path / "formulas.xlsx"
    book.save(path)  # openpyxl saves formulas without values, as a program does
    source = rows_of_xlsx(path)
    rows = [r.cells for r in source.rows]
    assert rows[1][:7] == ("甲", "10.535", "8.38569", "12.535", "0.795983863312767", "79.6", "")
    assert rows[2][4] == "150%"
    assert [r[0] for r in rows[5:8]] == ["产出指标"] * 3
    notes = {n.params["cell"]: n for n in source.notes}
    assert set(notes) == {"D2", "E2", "F2", "G2", "E3"} and {n.code for n in source.notes} == {"JS412"}
    assert notes["D2"].params["formula"] == "=SUM(B2:B4)"
    assert notes["D2"].params["computed"] == "（已按公式算得 12.535）"
    assert notes["E2"].params["computed"] == "（已按公式算得 0.795983863312767）"
    assert notes["G2"].params["computed"] == ""  # not simple: left blank
    assert notes["D2"].span is not None and (notes["D2"].span.file, notes["D2"].span.line, notes["D2"].span.col) == (
        f"{path}[表]", 2, 4)


def test_xlsx_saved_values_need_no_second_reading(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["总分", 10.0, 8.38569, 0.796])
    sheet["D1"].number_format = "0.0%"
    path = tmp_path / "plain.xlsx"
    book.save(path)
    source = rows_of_xlsx(path)
    assert source.rows[0].cells == ("总分", "10", "8.38569", "79.6%") and source.notes == ()


def test_a_copy_one_cell_a_line_pasted_into_a_sheet_reads_as_the_text(tmp_path: Path) -> None:
    """A web table copied one cell a line and pasted into a sheet, a line a row: the sheet
    pads each row to its widest (here the 发布日期 line split into cells), yet each row
    holds one filled cell, and is regrouped as the text is."""
    from jsperf.readers.text_rows import rows_of_text

    lines = ["项目支出绩效自评表", "项目名称", "某项目", "项目资金(万元)", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "130", "117", "10", "90%", "9", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
             "分值", "得分", "产出指标", "数量指标", "抽检批次", "≥100批", "120批", "90", "90", "总分", "100", "99"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["发布日期", "2023-05-01", "来源", "县市场监督管理局"])
    for line in lines:
        sheet.append([line])
    path = tmp_path / "pasted.xlsx"
    book.save(path)
    from_sheet = read_rows(rows_of_xlsx(path).rows, "pasted.xlsx")
    text = "发布日期\t2023-05-01\t来源\t县市场监督管理局\n" + "\n".join(lines) + "\n"
    from_text = read_rows(rows_of_text(text, "pasted.txt")[0], "pasted.txt")
    assert report_differences(from_text, from_sheet) == set()
    (card,) = from_sheet.projects
    assert (card.funds.budget, card.funds.executed, card.reported.total) == (130, 117, 99)


def test_xlsx_larger_than_jsperf_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "项目支出绩效自评表"
    sheet["Z50000"] = "x"  # two cells, but 26 × 50,000 to lay out
    path = tmp_path / "huge.xlsx"
    book.save(path)
    with pytest.raises(InputError, match=r"1,300,000 个单元格.*JSPERF_MAX_CELLS"):
        rows_of_xlsx(path)
    monkeypatch.setenv("JSPERF_MAX_CELLS", "2000000")  # who needs more says so
    assert len(rows_of_xlsx(path).rows) == 50_000


# ---------------------------------------------------------------- PDF without ruling lines


def _word(text: str, x0: float, top: float, size: float = 10.0) -> dict[str, Any]:
    width = size * len(text) if any(ord(ch) > 0x2E80 for ch in text) else size * 0.5 * len(text)
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size}


def test_words_without_ruling_lines_make_rows_and_cells() -> None:
    words = [
        _word("项目名称", 50, 100), _word("无纸化办公经费", 120, 100.6),
        _word("产出指标", 50, 120), _word("数量指标", 110, 120.4), _word("笔记本电脑", 170, 120), _word("=44", 240, 121),
        _word("台", 258, 120), _word("5", 290, 120),
        _word("总分", 50, 140), _word("100", 260, 140), _word("90", 300, 140),
    ]
    assert word_rows(words) == [
        (100.0, ("项目名称", "无纸化办公经费")),
        (120.0, ("产出指标", "数量指标", "笔记本电脑", "=44 台", "5")),
        (140.0, ("总分", "100", "90")),
    ]


# ---------------------------------------------------------------- bad input


def _encrypted_pdf() -> bytes:
    """A PDF under the standard security handler whose user password is not empty."""
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
            b"4 0 obj << /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -44 >> endobj\n"
            b"trailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R "
            b"/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n%%EOF\n")


def _truncated(name: str) -> bytes:
    data = (CONVERTED / name).read_bytes()
    return data[: len(data) // 2]


BAD: list[tuple[str, Callable[[Path], Source], Callable[[], bytes], str]] = [
    ("old.doc", rows_of_docx, lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"另存为 → \.docx"),
    ("old.wps", rows_of_docx, lambda: b"anything", r"\.docx"),
    ("ole.docx", rows_of_docx, lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"另存为"),
    ("garbage.docx", rows_of_docx, lambda: b"this is not a zip file", "不是 Word 文档"),
    ("empty.docx", rows_of_docx, lambda: b"", "不是 Word 文档"),
    ("truncated.docx", rows_of_docx, lambda: _truncated("report.docx"), "无法读取的 Word 文档"),
    ("other.docx", rows_of_docx, lambda: _zip({"hello.txt": b"hi"}), "无法读取的 Word 文档"),
    ("garbage.xls", rows_of_xls, lambda: b"this is not a workbook at all" * 20, "无法读取的 Excel"),
    ("empty.xls", rows_of_xls, lambda: b"", "无法读取的 Excel"),
    ("truncated.xls", rows_of_xls, lambda: _truncated("report.xls"), "无法读取的 Excel"),
    ("renamed.xls", rows_of_xls, lambda: (CONVERTED / "report.xlsx").read_bytes(), r"改名为 \.xlsx"),
    ("garbage.xlsx", rows_of_xlsx, lambda: b"not a zip", "不是 Excel 工作簿"),
    ("empty.xlsx", rows_of_xlsx, lambda: b"", "不是 Excel 工作簿"),
    ("truncated.xlsx", rows_of_xlsx, lambda: _truncated("report.xlsx"), "不是 Excel 工作簿"),
    ("other.xlsx", rows_of_xlsx, lambda: _zip({"hello.txt": b"hi"}), "不是 Excel 工作簿"),
    ("garbage.pdf", rows_of_pdf, lambda: b"this is not a PDF", "不是 PDF"),
    ("empty.pdf", rows_of_pdf, lambda: b"", "不是 PDF"),
    ("truncated.pdf", rows_of_pdf, lambda: _truncated("report.pdf"), "无法读取的 PDF"),
    ("encrypted.pdf", rows_of_pdf, _encrypted_pdf, "已加密"),
    ("bad-bom.html", rows_of_html, lambda: b"\xef\xbb\xbf<p>\xff\xfe\xfd</p>", "字节顺序标记"),
]


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "read", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_unreadable_input_is_an_input_error(name: str, read: Callable[[Path], Source], make: Callable[[], bytes],
                                            message: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputError, match=message) as caught:
        read(path)
    assert caught.value.span is not None and caught.value.span.file == str(path) and caught.value.span.line == 1


def test_missing_files_are_input_errors(tmp_path: Path) -> None:
    for name, read in (("a.html", rows_of_html), ("a.docx", rows_of_docx), ("a.xls", rows_of_xls),
                       ("a.xlsx", rows_of_xlsx), ("a.pdf", rows_of_pdf)):
        with pytest.raises(InputError):
            read(tmp_path / name)


def test_empty_html_is_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert rows_of_html(path).rows == ()


def test_weights_and_totals_survive_every_kind(sources: dict[str, Source]) -> None:
    """A spot check by hand of the first scorecard, in every kind."""
    for name, source in sources.items():
        first = read_rows(list(source.rows), source.file).projects[0]
        assert first.name == "无纸化办公经费", name
        assert first.funds.executed == Decimal("8.38569") and first.reported is not None, name
        assert first.reported.total == Decimal(90) and first.reported.points["无纸化笔记本电脑"] == Decimal(0), name


@pytest.mark.parametrize("name", sorted(READERS))
def test_damaged_copies_are_bad_input_and_print_nothing(name: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Truncated and byte-flipped copies of each converted report: each is read or is an
    InputError naming the file; the libraries' own warnings never reach the user."""
    from jsperf.sources import read_report_file

    rng = random.Random(name)
    data = (CONVERTED / name).read_bytes()
    for number in range(6):
        damaged = bytearray(data[: rng.randrange(len(data))] if number % 2 else data)
        for _ in range(0 if number % 2 else 12):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged-{number}{Path(name).suffix}"
        path.write_bytes(bytes(damaged))
        try:
            read_report_file(path)
        except InputError as error:
            assert error.span is not None and error.span.file.startswith(str(path))
    assert capsys.readouterr() == ("", "")


def test_every_source_kind_audits_to_the_same_errors(report: Report) -> None:
    """Not only the same cards: the audit of each converted file names the same slips,
    with the same published and recomputed numbers, under the same inferred rule set."""
    from jsperf.pipeline import audit_loaded
    from jsperf.sources import Loaded, read_report_file

    def errors(loaded: Loaded) -> tuple[str, list[tuple[str, str | None, str | None, str | None, str | None]]]:
        audit = audit_loaded(loaded, None)
        found = sorted((f.code, f.project, f.indicator, f.reported, f.recomputed)
                       for item in audit.scorecards for f in item.findings if f.severity.value == "error")
        return audit.rules, found

    reference = errors(Loaded(report.projects, report.claims, (), ("report.txt",)))
    assert reference[0] == "jiangxi" and len(reference[1]) == 1  # JS303 (the total linked to it: JS320)
    for name in sorted(READERS):
        got = read_report_file(CONVERTED / name)
        assert errors(Loaded(got.projects, got.claims, (), (name,))) == reference, name
