"""Stage 1 for text files: bytes → text (encodings, traditional characters) and text →
rows of cells in every layout real scorecards are printed in (corpus lines quoted as
published)."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jsperf.errors import InputError
from jsperf.model import Row, Span
from jsperf.readers import decode as decode_module
from jsperf.readers.decode import decode, is_traditional, mirror_reading, read_bytes, to_simplified
from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import rows_of_text
from jsperf.sources import read_report_file

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "examples" / "changnan-2024-final-accounts.txt"
TEXT = REPORT.read_text(encoding="utf-8")

# corpus 07, the start of a page auto-converted to traditional characters (as stored)
TRADITIONAL = """下載本文檔
版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請進(jìn)行舉報(bào)或認(rèn)領(lǐng)
文檔簡介
2021年度區級森林防火專項經費項目績效自評表單位名稱:蔡甸區園林和林業局填報日期:2022年3月22日
預算執行情況(萬元)資金來源預算數(A)執行數(B)執行率(B/A)一般預算內撥款6363100%合計6363100%
滿意度指標
"""


# ---------------------------------------------------------------- decode


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "UTF-8"),
    (b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"), "UTF-8 (BOM)"),
    (TEXT.replace("\n", "\r").encode("utf-8"), "UTF-8"),
    (TEXT.encode("gb18030"), "GB18030"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "UTF-16LE"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "UTF-16BE"),
    (TEXT.encode("utf-16-le"), "UTF-16LE"),  # no mark: told by its NUL bytes
    (TEXT.replace("\n", "\r\n").encode("utf-16-be"), "UTF-16BE"),
    (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "UTF-32LE"),
])
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data, "report.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.traditional is False


def test_gbk_text_is_never_taken_for_a_single_byte_code_page() -> None:
    sample = "项目支出绩效自评表\n年度资金总额\t29\t29\t27.8\n满意度指标\t≥90%\n"
    for codec in ("gbk", "gb2312", "gb18030"):
        assert decode(sample.encode(codec), "a.txt") == (sample, "GB18030", False)


@pytest.mark.parametrize("data", [
    random.Random(7).randbytes(4096),  # random bytes, NULs among them
    random.Random(8).randbytes(4096).replace(b"\x00", b"\x01"),  # random bytes without NULs
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
    bytes(1000),
])
def test_what_is_not_text_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "scan.png")
    assert "scan.png" in caught.value.message
    assert "已尝试 UTF-8, UTF-16, GB18030" in caught.value.message
    assert caught.value.span == Span("scan.png", 1)


def test_traditional_text_is_flagged_and_mapped_one_for_one() -> None:
    decoded = decode(TRADITIONAL.encode("utf-8"), "07.txt")
    assert decoded.traditional is True
    simplified = to_simplified(decoded.text)
    assert len(simplified) == len(decoded.text)
    assert [len(line) for line in simplified.splitlines()] == [len(line) for line in decoded.text.splitlines()]
    assert "2021年度区级森林防火专项经费项目绩效自评表" in simplified
    assert to_simplified("2021年度區級森林防火專項經費項目績效自評表") == "2021年度区级森林防火专项经费项目绩效自评表"
    assert to_simplified("預算執行情況") == "预算执行情况"
    assert to_simplified("滿意度指標") == "满意度指标"
    assert not is_traditional(simplified)


def test_traditional_corpus_page_and_simplified_texts() -> None:
    corpus = Path("/work/shared/corpus")
    page = next(corpus.glob("07_*.txt"), None) if corpus.is_dir() else None
    if page is not None:
        assert decode(page.read_bytes().split(b"\n---\n", 1)[1], "07.txt").traditional
    assert not decode(TEXT.encode("gb18030"), "r.txt").traditional
    assert not is_traditional("项目支出绩效自评表：预算执行情况，满意度指标")
    assert not is_traditional("一個字")  # one traditional character is not a traditional text


def test_the_cheap_test_for_traditional_text_uses_traditional_characters_only() -> None:
    table = decode_module._table()
    assert all(ch in table for ch in decode_module._COMMON_TRADITIONAL)


def test_decode_module_loads_nothing_heavy() -> None:
    code = ("import sys, jsperf.readers.decode as d; d.decode('项目'.encode('gbk'), 'x');"
            "print(any(m in sys.modules for m in ('charset_normalizer', 'opencc')), d._TABLE is None)")
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


# ---------------------------------------------------------------- read_bytes


def test_read_bytes_refuses_large_files_directories_and_fifos(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert read_bytes(small) == b"x" * 100
    assert read_bytes(small, limit=100) == b"x" * 100
    with pytest.raises(InputError) as caught:
        read_bytes(small, limit=99)
    assert caught.value.span == Span(str(small), 1)
    assert "文件过大" in caught.value.message
    with pytest.raises(InputError, match="是文件夹"):
        read_bytes(tmp_path)
    with pytest.raises(InputError):
        read_bytes(tmp_path / "missing.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_bytes_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputError, match="不是普通文件"):
        read_bytes(fifo)
    assert time.monotonic() - start < 2


# ---------------------------------------------------------------- rows of text


def cells(rows: list[Row]) -> list[tuple[str, ...]]:
    return [row.cells for row in rows]


def test_tab_text_reads_exactly_as_before() -> None:
    rows, layout = rows_of_text(TEXT, str(REPORT))
    assert layout == "tab"
    lines = TEXT.splitlines()
    assert len(rows) == len(lines)
    for row, line in zip(rows, lines, strict=True):  # every line a row, cells split on tabs, blanks kept
        cells = tuple(line.split("\t"))
        starts = [1 + sum(len(c) + 1 for c in cells[:i]) for i in range(len(cells))]
        assert row == Row(cells, Span(str(REPORT), row.span.line), tuple(starts))


def test_tab_rows_keep_empty_cells_and_columns() -> None:
    rows, layout = rows_of_text("项目支出绩效自评表\n\n\t年度资金总额\t29\t\t27.8\n", "t.txt")
    assert layout == "tab"
    assert rows == [
        Row(("项目支出绩效自评表",), Span("t.txt", 1), (1,)),
        Row(("",), Span("t.txt", 2), (1,)),
        Row(("", "年度资金总额", "29", "", "27.8"), Span("t.txt", 3), (1, 2, 9, 12, 13)),
    ]


PIPE_ROWS = """项目支出绩效自评表 |
||||||
预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
||
年度财政资金总额 | 650 | 94 | 0.1 | 2.9 | ||
| 总额 | 5.00 | 5.00 | 5.00 | | | 100.00% | 10 | | |
城乡居民医保参保工作经费发放及时率 | = | 100 | % | 5 | ||||||
"""


def test_pipe_rows() -> None:  # corpus 14, 06, 12
    rows, layout = rows_of_text(PIPE_ROWS, "14.txt")
    assert layout == "pipe"
    assert cells(rows) == [
        ("项目支出绩效自评表",),
        ("", "", "", "", ""),
        ("预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"),
        ("",),
        ("年度财政资金总额", "650", "94", "0.1", "2.9", "", ""),
        ("", "总额", "5.00", "5.00", "5.00", "", "", "100.00%", "10", "", ""),  # a leading `|` here: an empty cell
        ("城乡居民医保参保工作经费发放及时率", "=", "100", "%", "5", "", "", "", "", "", ""),
    ]
    assert rows[4].span == Span("14.txt", 5)
    assert rows[4].cols == (1, 12, 18, 23, 29, 34, 36)
    assert rows[5].cols[:3] == (1, 3, 8)


PIPE_CELLS = """附件1
2022年度项目支出绩效自评表
单位名称:保山市退役军人事务局 填报日期:2023年4月6日
项目名称
|
春节走访慰问经费
|
||||||||
预算执行情况(万元)
(20分)
|
|
预算数(A)
|
执行数(B)
|
执行率(B/A)
|
得分
(20分*执行率)
|
||||
年度财政资金总额
|
34.64
|
34.64
|
100%
|
20
|
|||||
"""


def test_pipe_cells() -> None:  # corpus 20
    rows, layout = rows_of_text(PIPE_CELLS, "20.txt")
    assert layout == "pipe-cells"
    assert cells(rows) == [
        ("附件1",),
        ("2022年度项目支出绩效自评表",),
        ("单位名称:保山市退役军人事务局 填报日期:2023年4月6日",),
        ("项目名称", "春节走访慰问经费"),
        ("预算执行情况(万元)(20分)", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"),
        ("年度财政资金总额", "34.64", "34.64", "100%", "20"),
    ]
    assert [row.span.line for row in rows] == [1, 2, 3, 4, 9, 23]
    assert rows[5].cols == (1, 1, 1, 1, 1)


def test_pipe_cells_with_empty_cells_after_a_narrative() -> None:  # corpus 09, 18
    text = """五、其他需要说明的问题
无
附件1
人大代表之家建设项目绩效目标自评表 |
|||||||
项目名称 |
临时救助 |
|
|
|||||
||
|
年度资金总额: |
30 |
30 |
10 |
100% |
10 |
||
"""
    rows, layout = rows_of_text(text, "18.txt")
    assert layout == "pipe-cells"
    assert cells(rows) == [
        ("五、其他需要说明的问题",), ("无",), ("附件1",),
        ("人大代表之家建设项目绩效目标自评表",),
        ("项目名称", "临时救助", "", ""),
        ("", "年度资金总额:", "30", "30", "10", "100%", "10"),
    ]


INDICATORS = [  # corpus 18: the indicator rows of an HTML table printed one cell a line, no row ends
    ["", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ["", "产出指标(50分)", "数量指标", "★★★农村低保发放人数(按月平均)(≥**人)", "5", ">=21933人", "21980人", "5", ""],
    ["", "", "", "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)", "5", ">=59人次", "87人次", "5", ""],
    ["", "", "", "★★★特困人员救助供养人数(按月平均)(≥**人)", "5", ">=4754人", "4604人", "5", "特困人员实行动态管理"],
    ["", "", "质量指标", "★农村低保标准(≥**元/人·月)", "5", ">=530元/人*月", "583元/人*月", "5", ""],
    ["", "效益指标(30分)", "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", "30", ">=80人", "87人", "30", ""],
]


def test_pipe_cells_without_row_ends_are_cut_at_the_tables_period() -> None:
    text = "||\n" + "".join(f"{cell} |\n" if cell else "|\n" for row in INDICATORS for cell in row) + "||\n"
    rows, layout = rows_of_text(text, "18.txt")
    assert layout == "pipe-cells"
    assert cells(rows) == [tuple(row) for row in INDICATORS]
    assert [row.span.line for row in rows] == [2 + 9 * n for n in range(len(INDICATORS))]


def test_pipe_cells_without_row_ends_or_period_give_one_cell_a_row() -> None:
    pieces = ["项目名称", "12.5", "", "年度资金总额", "95%", "≥90%", "", "", "满意度"]
    rng = random.Random(5)
    row = [rng.choice(pieces) for _ in range(40)]
    text = "".join(f"{cell} |\n" if cell else "|\n" for cell in row) + "||\n"
    rows, _ = rows_of_text(text, "x.txt")
    assert cells(rows) == [(cell,) for cell in row]  # an empty cell kept in its place, for regrouping
    assert [row.span.line for row in rows] == list(range(1, len(row) + 1))


ALIGNED = """说明：下表为决算数。
项目资金          年初预算数    全年预算数    全年执行数    分值    执行率
年度资金总额      29            29            27.8          10      95.86%
其中：财政拨款    29            29            27.8                  95.86%
上年结转资金                                  0
注：单位万元"""


def test_aligned_columns_bring_back_empty_cells() -> None:
    rows, layout = rows_of_text(ALIGNED, "p.txt")
    assert layout == "aligned"
    assert cells(rows) == [
        ("说明：下表为决算数。",),
        ("项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"),
        ("年度资金总额", "29", "29", "27.8", "10", "95.86%"),
        ("其中：财政拨款", "29", "29", "27.8", "", "95.86%"),
        ("上年结转资金", "", "", "0", "", ""),
        ("注：单位万元",),
    ]
    assert rows[3].cols == (1, 12, 26, 40, 54, 62)
    assert rows[4].cols[3] == 41


def test_spaces_glued_rows() -> None:  # corpus 15, 19, 26
    text = """市级文物保护专项经费绩效自评表(2022年度)
(万元) 年度资金总额 29 29 27.8 9 0.958 8
产 出 指 标 数量指标 享受医疗救助人次 ≥50000人次 110406
发布机构: 民 政 局 文号:
通过项目实施,加大文物保护力度,发挥文物的宣传教育价值。 基本完成年度目标。
一般公共预算财政拨款支出 0.00 万元，比上年减少 2.90 万元，下降 100.00%。
年度资金总额 45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。
"""
    rows, layout = rows_of_text(text, "15.txt")
    assert layout == "spaces"
    assert cells(rows) == [
        ("市级文物保护专项经费绩效自评表(2022年度)",),
        ("(万元)", "年度资金总额", "29", "29", "27.8", "9", "0.958", "8"),
        ("产出指标", "数量指标", "享受医疗救助人次", "≥50000人次", "110406"),
        ("发布机构:", "民政局", "文号:"),
        ("通过项目实施,加大文物保护力度,发挥文物的宣传教育价值。", "基本完成年度目标。"),
        ("一般公共预算财政拨款支出 0.00 万元，比上年减少 2.90 万元，下降 100.00%。",),  # prose
        # a row whose last cell is a sentence (Shandong's 得分计算方法): three numbers in a row make it a row
        ("年度资金总额", "45", "45", "10", "100%", "10", "执行率*该指标分值,最高不得超过分值上限。"),
    ]
    assert rows[2].cols == (1, 9, 14, 23, 32)


def test_single_spaces_are_cell_content_beside_a_tab_table() -> None:
    text = "(2024 年度)\n项目名称\t保洁项目\n"
    rows, _ = rows_of_text(text, "t.txt")
    assert cells(rows) == [("(2024 年度)",), ("项目名称", "保洁项目")]


def test_cell_per_line() -> None:  # corpus 24 (U+00A0 and U+3000 lines are blank)
    text = ("2022年度项目支出绩效自评表\n\n    发布时间:2024-06-13\n\n     \n\n    序号\n\n    项目名称\n\n"
            "\u00a0\u00a0\n\n    1\n\n    “三支一扶”省级财政补助资金自评表\n\u3000\n    年度资金总额:\n\n    99\n")
    rows, layout = rows_of_text(text, "24.txt")
    assert layout == "cells"
    assert cells(rows) == [("2022年度项目支出绩效自评表",), ("发布时间:2024-06-13",), ("序号",), ("项目名称",), ("1",),
                           ("“三支一扶”省级财政补助资金自评表",), ("年度资金总额:",), ("99",)]
    assert rows[2].span == Span("24.txt", 7) and rows[2].cols == (5,)


def test_prose_lines() -> None:  # corpus 07, glued with no separators
    text = "文檔簡介\n2021年度区级森林防火专项经费项目绩效自评表单位名称:蔡甸区园林和林业局填报日期:2022年3月22日\n"
    rows, layout = rows_of_text(text, "07.txt")
    assert layout == "lines"
    assert cells(rows) == [(line,) for line in text.splitlines()]


def test_layouts_mixed_in_one_file() -> None:
    text = "一、项目基本情况\n建设8个县级人大代表之家,并确保正常运行。\n" + PIPE_ROWS + ALIGNED
    rows, layout = rows_of_text(text, "m.txt")
    assert layout == "pipe"
    assert cells(rows)[:3] == [("一、项目基本情况",), ("建设8个县级人大代表之家,并确保正常运行。",), ("项目支出绩效自评表",)]
    assert ("其中：财政拨款", "29", "29", "27.8", "", "95.86%") in cells(rows)


# ---------------------------------------------------------------- round trips

WORDS = ["产出指标", "数量指标", "满意度", "项目名称", "年度 指标", "基本达成目标", "优", "万元"]
CELL = st.one_of(
    st.sampled_from(WORDS),
    st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.integers(0, 100).map(lambda n: f"{n}%"),
    st.integers(0, 100).map(lambda n: f"≥{n}%"),
    st.just(""),
)
TABLE = st.lists(st.lists(CELL, min_size=2, max_size=8), min_size=1, max_size=12)


def read_back(text: str) -> tuple[list[tuple[str, ...]], str]:
    rows, layout = rows_of_text(text, "r.txt")
    return cells(rows), layout


@settings(max_examples=150, deadline=None)
@given(TABLE)
def test_tables_read_back_in_every_layout(table: list[list[str]]) -> None:
    expected = [tuple(row) for row in table]
    # tab text
    assert read_back("\n".join("\t".join(row) for row in table) + "\n") == (expected, "tab")
    # pipe rows, `| a | b |`: every cell comes back, trailing empty ones too
    assert read_back("".join("| " + " | ".join(row) + " |\n" for row in table)) == (expected, "pipe")
    # pipe rows as most web pages print them, `a | b |`: the same when no row starts empty
    # (a leading pipe is not an empty first cell)
    if all(row[0] for row in table):
        assert read_back("".join(" | ".join(row) + " |\n" for row in table)) == (expected, "pipe")
    # one cell a line, a lone `|` for an empty cell, `||` ending the row
    text = "".join("".join(f"{cell} |\n" if cell else "|\n" for cell in row) + "||\n" for row in table)
    assert read_back(text) == (expected, "pipe-cells")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["|", "||", " ", "  ", "\t", "\n", "\n", "产", "出", "指标", "12.5", "≥90%", "\u3000",
                                 "\u00a0", "。", "，", "a"]), max_size=60).map("".join))
def test_any_text_gives_rows_with_valid_positions(text: str) -> None:
    rows, layout = rows_of_text(text, "f.txt")
    assert layout in ("tab", "pipe", "pipe-cells", "aligned", "spaces", "cells", "lines")
    lines = max(1, len(text.splitlines()))
    for row in rows:
        assert 1 <= row.span.line <= lines
        assert len(row.cols) == len(row.cells) and min(row.cols) >= 1


def test_a_mirror_sites_pinyin_glosses_are_dropped() -> None:
    """`項(xiàng)目支出績(jì)效`: a syllable with its tone mark in brackets after a character
    goes, with the traditional characters; brackets of the form's own stay (`(A)`, `(万元)`),
    and so does a lone gloss-like note in a simplified text."""
    glossed = "項(xiàng)目支出績(jì)效自評(píng)表\n全年預(yù)算數(shù)(A)\t項目資金(萬元)\n"
    plain = mirror_reading(glossed)
    assert plain is not None
    assert plain(glossed) == "项目支出绩效自评表\n全年预算数(A)\t项目资金(万元)\n"
    assert mirror_reading("项目支出绩效自评表：卫(wèi)片执法") is None


def test_a_mirror_sites_page_is_read_as_the_page_it_copied(tmp_path: Path) -> None:
    """An HTML page re-posted in traditional characters with glosses: its cells are read as
    the simplified page, and the report says so (JS413)."""
    rows = [("項(xiàng)目支出績(jì)效自評(píng)表",), ("項目名稱", "衛(wèi)片執法經費"),
            ("項目資金(萬元)", "年初預算數", "全年預算數", "全年執行數", "分值", "執行率", "得分"),
            ("年度資金總額", "10", "10", "9", "10", "90%", "9"),
            ("績效指標", "一級指標", "二級指標", "三級指標", "年度指標值", "實際完成值", "分值", "得分"),
            ("", "產出指標", "數量指標", "執法次數", "≥5次", "6次", "90", "90"), ("總分", "99")]
    page = tmp_path / "mirror.html"
    page.write_text("<html><meta charset=utf-8><table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) + "</table></html>",
        encoding="utf-8")
    report = read_report_file(page)
    (card,) = report.projects
    assert card.name == "卫片执法经费" and [i.name for i in card.indicator_set.indicators] == ["执法次数"]
    assert (card.funds.budget, card.funds.executed, card.reported.total) == (10, 9, 99)
    assert "JS413" in {f.code for f in report.findings}


GLUED_CARDS = {
    # a project card whose cells ran together holds `省对下转移支付项目□` among its boxes: the
    # refusal names the form its title names (…自评表), not a transfer-payment form
    "项目支出绩效自评表": "1/1年学生资助项目绩效目标自评表填报日期:总分:分项目名称湖北工程学院年学生资助项目主管部门湖北省"
                          "教育厅项目类别、部门预算项目☑、省直专项□、省对下转移支付项目□项目属性、持续性项目□、新增性项目☑"
                          "预算执行情况(万元)(分)预算数()执行数()执行率()得分(分*执行率)一级指标二级指标三级指标",
    # a title too long to hold its own 转移支付 near its `表`, followed by the 转移支付(项目)名称
    # row every transfer-payment form prints: named as the card reader would name it
    "转移支付绩效自评表": "2023年《宣城市中央财政转移支付区域(动物防疫补助)及省级农业高质量发展(“两强一增”行动)绩效目标自评表》"
                          "宣城市转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称中央农业防灾减灾中央主管部门"
                          "农业农村部资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:1484631.00%",
}


@pytest.mark.parametrize("form", sorted(GLUED_CARDS))
def test_a_glued_card_is_refused_naming_the_form_it_is(form: str, tmp_path: Path) -> None:
    path = tmp_path / "glued.txt"
    path.write_text(GLUED_CARDS[form] + "\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_report_file(path)
    assert "连在一起" in refused.value.message and f"（{form}）" in refused.value.message


def test_a_year_is_one_word_with_the_year_pdf_text_spaced_from_it() -> None:
    """`2017 年部门整体支出绩效评价得分表`, one space apart: the title is one cell, and the
    form it names is recognised (JS405), not read as a project card's row."""
    text = "2017 年部门整体支出绩效评价得分表\n一级指标 二级指标 三级指标 得分\n部门决策(25分) 目标任务(15分) 相关性(5分) 5\n"
    rows, layout = rows_of_text(text, "d.txt")
    assert layout == "spaces" and rows[0].cells == ("2017 年部门整体支出绩效评价得分表",)  # one cell, as printed
    report = read_report(text, "d.txt")
    assert report.projects == () and [f.params["kind"] for f in report.findings if f.code == "JS405"] == [
        "部门整体支出绩效自评表"]


def test_a_flattened_row_keeps_a_wrapped_heading_and_a_bracketed_note_in_their_cells() -> None:
    """A table flattened row by row, whose cells held spaces where they wrapped: `经济效益
    指标` is one heading, and a note in brackets after a label or name (`年度绩效目标1
    (80分)`, `助农增收 (元)`) stays in its cell, as printed — so the section's points and the
    indicator's name are what the form prints (Hubei's 20-point form)."""
    text = """项目支出绩效自评表
项目名称 海绵城市申报工作经费
预算执行情况(万元) (20分) 预算数(A) 执行数(B) 执行率(B/A) 得分 (20分*执行率)
年度财政资金总额 200 195.5 97.75% 19.55
年度绩效目标1 (80分) 一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分
产出指标 数量指标 助农增收 (元) 1980 2074 40
效益指标 经济效益 指标 统筹项目谋划 有效 有效 40
总分 99.55
"""
    rows, layout = rows_of_text(text, "flat.txt")
    assert layout == "spaces"
    assert [row.cells[:3] for row in rows[4:7]] == [
        ("年度绩效目标1 (80分)", "一级指标", "二级指标"), ("产出指标", "数量指标", "助农增收 (元)"),
        ("效益指标", "经济效益指标", "统筹项目谋划")]
    (card,) = read_report(text, "flat.txt").projects
    assert [(i.level2, i.name, i.weight) for i in card.indicator_set.indicators] == [
        ("数量指标", "助农增收 (元)", 40), ("经济效益指标", "统筹项目谋划", 40)]  # from 80 points (JS410)


def test_a_form_not_scored_whose_table_starts_on_its_titles_line_is_named() -> None:
    """The title of a form jsperf does not score, with the table's first cells on its line
    (a page flattened row by row): the form is named (JS405), its rows not read as a
    project card's (no JS102, JS109, JS404 made of `合理性(5` and `分)`)."""
    text = ("2017年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(25 分) 目标任务(15 分) 相关性(5 分)\n"
            "5 明确性(5 分)\n5 合理性(5 分)\n")
    report = read_report(text, "d.txt")
    assert report.projects == ()
    assert [f.code for f in report.findings if f.severity.value != "info"] == []
    assert [f.params["kind"] for f in report.findings if f.code == "JS405"] == ["部门整体支出绩效自评表"]


def test_a_file_name_written_twice_is_no_glued_table(tmp_path: Path) -> None:
    """A long line that holds a form's title only as a file's name (`…绩效自评表(共15个).pdf`,
    twice) and none of the table's words: no form found, not cells run together."""
    path = tmp_path / "names.txt"
    name = "附件2:某局2022年度项目支出部门评价报告和绩效自评表(共15个).pdf"
    path.write_text(f"{name}{name}\n\n2022 年党建工作项目部门评价报告 一、项目基本情况\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_report_file(path)
    assert "连在一起" not in refused.value.message and "没有找到" in refused.value.message


def test_a_sheet_pasted_from_excel_keeps_its_cells_that_hold_line_breaks() -> None:
    """Excel's clipboard text quotes a cell holding a line break (`"群众` / `知晓率"`, a
    quote inside doubled), so a row runs over two lines: it is one row again, at the line
    it starts on, the cell's break joined as a wrap is (no space between Chinese
    characters), while a quoted word a PDF's text prints (`"及时"`) stays as printed."""
    text = ('项目名称\t某项目\n'
            '\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n'
            '\t效益指标\t社会效益指标\t"群众\n知晓率"\t≥90%\t85%\t30\t28\t"宣传""不足""\n下年加强"\n'
            '\t\t\t完成时限\t"及时"\t及时\t10\t10\t\n')
    rows, layout = rows_of_text(text, "excel.txt")
    assert layout == "tab"
    assert [row.cells[3:] for row in rows if len(row.cells) > 3] == [
        ("三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        ("群众知晓率", "≥90%", "85%", "30", "28", '宣传"不足"下年加强'),
        ("完成时限", '"及时"', "及时", "10", "10", "")]
    assert [row.span.line for row in rows if len(row.cells) > 3] == [2, 3, 6]  # each at the line it starts on


def test_the_lines_an_excel_cell_ran_over_are_no_blank_rows() -> None:
    """A one-cell row pasted from Excel (`"可持` / `续影"`, a heading wrapped before `响指标`)
    is one row at its first line; the line it ran over is no blank row between it and
    the rest of the heading (which a copy's regrouping would take for an empty cell)."""
    text = '项目名称\t某项目\n"可持\n续影"\n响指标\n\t指标1\t10\t10\n'
    rows, _ = rows_of_text(text, "excel.txt")
    assert [(row.cells, row.span.line) for row in rows] == [
        (("项目名称", "某项目"), 1), (("可持续影",), 2), (("响指标",), 4), (("", "指标1", "10", "10"), 5)]


def test_a_quote_that_never_closes_leaves_the_lines_as_printed() -> None:
    """A cell opening a quote that no line within reach closes is no Excel cell: its line
    and the ones after it are read as they are printed, each at its own line."""
    text = '项目名称\t"某项目\n' + "".join(f"\t第{n}行\t{n}\n" for n in range(30))
    rows, _ = rows_of_text(text, "open.txt")
    assert rows[0].cells == ("项目名称", '"某项目') and len(rows) == 31
    assert [row.span.line for row in rows] == list(range(1, 32))
