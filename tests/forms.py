"""Scorecards printed as users receive them.  Templates: a scorecard in each provincial
template the reader knows, as tab text (the layout PDF extraction gives) — the MOF 2020
form (`jsperf.samples.render_scorecard`), the 指标性质/指标值/度量单位 variant (in one header
row, and in two with 年度指标值 split under it), Sichuan's
部门预算项目支出绩效自评表, the 衔接 form with 分值 before the targets, a form with
得分计算方法 and 复核得分 columns, Shandong's (年初预算数(A) the one budget, 得分计算方法 in
both tables), Hebei's (the fund row as label–value pairs, a 完成情况 verdict column and
the 自评得分 split into 单项指标得分 / 权重占比 / 折算得分), and the 20-point execution
form (weights only in its section headings).  Source kinds: the same text as each file a user may hold (GB18030,
UTF-16, pipes, space-aligned, flattened, pasted from Excel with cells broken over lines,
HTML plain or with merged cells, xlsx, docx) and as copies that lost their empty cells.
Tests print random scorecards and read them back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from jsperf.model import Op, Project, Target
from jsperf.numbers import plain
from jsperf.samples import HEADINGS, render_scorecard
from jsperf.writers.views import actual_text, target_text

_NATURE = {Op.GE: "≥", Op.LE: "≤", Op.EQ: "=", Op.GT: ">", Op.LT: "<"}


class Form(NamedTuple):
    """How a template prints a scorecard, as its rows' cells: literal words, and the
    fields a row fills in (`{budget}`, `{rate}`; an indicator's `{target}`, `{nature}` …)."""

    title: str
    fund_header: str
    fund_row: str  # `{initial}` `{budget}` `{executed}` `{rate}` `{execution}`
    indicator_header: str
    indicator: str  # after the 一级/二级/三级 cells: `{target}` `{actual}` `{weight}` `{points}` `{nature}` `{value}` `{unit}`
    total: str  # `{total}`
    # the 20-point form prints each 一级指标's weight in its heading only (`产出指标(60分)`)
    sections: bool = False


def _cell(value: Decimal | None) -> str:
    return "" if value is None else plain(value)


def _split_target(target: Target) -> tuple[str, str, str]:
    """指标性质, 指标值, 度量单位 of a target."""
    if target.op is Op.QUAL:
        return "定性", target.word or "", ""
    unit = target.unit.name if target.unit else ""
    if target.op is Op.RANGE:
        return "", f"{plain(target.value)}-{plain(target.high)}", unit
    return _NATURE[target.op], plain(target.value), unit


def _indicator_rows(project: Project, form: Form) -> list[str]:
    """The indicator rows, the 一级/二级 heading printed on a block's first row only (a
    rowspan as text gives it)."""
    assert project.reported is not None
    sections: dict[str, Decimal] = {}
    for indicator in project.indicator_set.indicators:
        sections[indicator.level1] = sections.get(indicator.level1, Decimal(0)) + indicator.weight
    rows = []
    last = ("", "")
    for level1, level2 in HEADINGS:
        for indicator in (i for i in project.indicator_set.indicators if (i.level1, i.level2) == (level1, level2)):
            shown1 = "" if level1 == last[0] else f"{level1}({plain(sections[level1])}分)" if form.sections else level1
            shown2 = level2 if (level1, level2) != last else ""
            last = (level1, level2)
            nature, value, unit = _split_target(indicator.target)
            values = form.indicator.format(
                target=target_text(indicator.target), actual=actual_text(project.actuals[indicator.name]),
                weight=plain(indicator.weight), points=_cell(project.reported.points.get(indicator.name)),
                nature=nature, value=value, unit=unit)
            rows.append(f"\t{shown1}\t{shown2}\t{indicator.name}\t{values}")
    return rows


def _printer(form: Form) -> Callable[[Project], str]:
    def render(project: Project) -> str:
        funds, reported = project.funds, project.reported
        assert reported is not None
        fund_row = form.fund_row.format(initial=_cell(funds.initial_budget), budget=_cell(funds.budget),
                                        executed=_cell(funds.executed), rate=_cell(reported.execution_rate),
                                        execution=_cell(reported.execution_points))
        return "\n".join([form.title, "(2024年度)", f"项目名称\t{project.name}",
                          f"主管部门\t{project.department}\t实施单位\t{project.implementer}", form.fund_header, fund_row,
                          form.indicator_header, *_indicator_rows(project, form),
                          form.total.format(total=_cell(reported.total))]) + "\n\n"
    return render


_MOF_FUNDS = ("项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
              "\t年度资金总额\t{initial}\t{budget}\t{executed}\t10\t{rate}%\t{execution}")
_SPLIT = "{nature}\t{value}\t{unit}\t{actual}\t{weight}\t{points}\t"

# a template's name, and how a scorecard is printed in it
TEMPLATES: dict[str, Callable[[Project], str]] = {
    "mof": render_scorecard,
    # the 指标性质/指标值/度量单位 variant (Yunnan's 公开表)
    "split": _printer(Form("项目支出绩效自评表", *_MOF_FUNDS, "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t"
                           "度量单位\t完成值\t分值\t得分\t偏差原因分析及改进措施", _SPLIT, "总分\t\t\t\t\t\t\t\t100\t{total}\t")),
    # the same in two header rows, 年度指标值 split into 指标性质 / 指标值 / 度量单位 under it (Yunnan's 公开14表)
    "yunnan": _printer(Form("项目支出绩效自评表", *_MOF_FUNDS, "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t\t\t"
                            "实际完成值\t分值\t得分\t偏差原因分析及改进措施\n\t\t\t\t指标性质\t指标值\t度量单位\t\t\t\t",
                            _SPLIT, "总分\t\t\t\t\t\t\t\t100\t{total}\t")),
    # Sichuan's 部门预算项目支出绩效自评表: 预算执行情况(10分) with 权重 and 得分, 绩效指标(90分)
    "sichuan": _printer(Form(
        "部门预算项目支出绩效自评表",
        "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        "\t总额\t{initial}\t{budget}\t{executed}\t{rate}%\t10\t{execution}",
        "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析",
        _SPLIT, "合计\t100\t{total}")),
    # the 衔接资金 绩效目标自评表: 分值 before the targets
    "poverty": _printer(Form(
        "绩效目标自评表", "资金情况(万元)\t\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分",
        "\t年度资金总额:\t{budget}\t{executed}\t10\t{rate}%\t{execution}",
        "\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因及拟采取的改进措施",
        "{weight}\t{target}\t{actual}\t{points}\t", "总分\t\t\t\t100\t\t\t{total}\t")),
    # a 得分计算方法 column, and the reviewer's 复核得分 beside the 自评得分
    "reviewed": _printer(Form(
        "项目支出绩效自评表", *_MOF_FUNDS,
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分计算方法\t自评得分\t复核得分\t偏差原因分析",
        "{target}\t{actual}\t{weight}\t完成得满分，未完成按比例扣分\t{points}\t{points}\t",
        "总分\t\t\t\t\t\t100\t\t{total}\t{total}\t")),
    # Shandong's 区级部门预算项目支出绩效自评表: 年初预算数(A) the one budget, and a 得分计算方法
    # column in both tables (the rows' words on how points are earned)
    "shandong": _printer(Form(
        "区级部门预算项目支出绩效自评表",
        "项目预算执行情况(10分)\t年初预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分\t得分计算方法",
        "年度资金总额\t{budget}\t{executed}\t10\t{rate}%\t{execution}\t执行率*该指标分值,最高不得超过分值上限。",
        "\t一级指标\t二级指标\t三级指标\t预期指标值(A)\t实际完成指标值(B)\t分值\t得分\t未完成原因\t得分计算方法",
        "{target}\t{actual}\t{weight}\t{points}\t\t完成值达到指标值,记满分;未达到指标值,按比例记分。",
        "总分\t\t\t\t\t\t100\t{total}\t\t")),
    # Hebei's 预算项目绩效自评表: 预算数/到位数/执行数 beside their labels; a two-row indicator
    # header whose 自评得分 splits into 单项指标得分 / 权重占比(%) / 单项指标折算得分
    "hebei": _printer(Form(
        "2024年度预算项目绩效自评表",
        "二、预算执行情况\t预算安排情况(调整后)\t\t资金到位情况\t\t资金执行情况\t\t预算执行进度(%)",
        "\t预算数\t{budget}\t到位数\t{budget}\t执行数\t{executed}\t{rate}",
        "四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t指标分值\t预期指标值\t\t\t单项指标实际完成值\t"
        "单项指标完成情况\t自评得分\t\t\n\t\t\t\t\t符号\t\t单位(文字描述)\t\t\t单项指标得分\t权重占比(%)\t单项指标折算得分",
        "按规定标准执行\t{nature}\t{value}\t{unit}\t{actual}\t完成\t100\t{weight}\t{points}",
        "总分\t{total}")),
    # the 20-point execution form (Hubei, Yunnan 保山): `得分(20分*执行率)`, no weight column
    "twenty": _printer(Form(
        "2024年度项目支出绩效自评表", "预算执行情况(万元)(20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分(20分*执行率)",
        "年度财政资金总额\t{budget}\t{executed}\t{rate}%\t{execution}",
        "年度绩效目标(80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分",
        "{target}\t{actual}\t{points}", "总分\t{total}", sections=True)),
}


# ---------------------------------------------------------------- the same text as each source kind


def _as_pipes(text: str) -> str:
    return "\n".join("| " + " | ".join(line.split("\t")) + " |" if "\t" in line else line for line in text.splitlines())


def _as_html(text: str) -> str:
    import html

    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>"
                   for line in text.splitlines() if "\t" in line)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()[:3] if "\t" not in line)
    return f"<html><head><meta charset=\"gbk\"></head><body>{paragraphs}<table>{rows}</table></body></html>"


def as_merged_html(text: str) -> str:
    """The page as a government site prints the form: in the indicator table a heading's
    cell spans the rows below it that leave its column empty (`rowspan`), and a row's last
    value spans the empty cells after it (`colspan`)."""
    import html

    grid = [line.split("\t") for line in text.splitlines() if "\t" in line]
    width = max(map(len, grid))
    grid = [row + [""] * (width - len(row)) for row in grid]
    start = next(r for r, row in enumerate(grid) if "一级指标" in row)
    end = next((r for r, row in enumerate(grid) if r > start and row[0] and "指标" not in row[0]), len(grid))
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for column in range(3):
        for r in range(start, end):
            if grid[r][column] and (r, column) not in covered:
                below = r + 1
                while below < end and not grid[below][column] and (column == 0 or not any(grid[below][:column])):
                    below += 1
                if below - r > 1:
                    spans[(r, column)] = (below - r, 1)
                    covered.update((k, column) for k in range(r + 1, below))
    for r, row in enumerate(grid):
        filled = [c for c, cell in enumerate(row) if cell and (r, c) not in covered]
        if filled and (r, filled[-1]) not in spans and filled[-1] + 1 < width and not any(row[filled[-1] + 1:]):
            spans[(r, filled[-1])] = (1, width - filled[-1])
            covered.update((r, c) for c in range(filled[-1] + 1, width))
    rows = []
    for r, row in enumerate(grid):
        cells = []
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = spans.get((r, c), (1, 1))
            attributes = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
            cells.append(f"<td{attributes}>{html.escape(cell)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    title = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()[:3] if "\t" not in line)
    return f"<html><head><meta charset=\"utf-8\"></head><body>{title}<table>{''.join(rows)}</table></body></html>"


def _as_xlsx(text: str, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for number, line in enumerate(text.splitlines(), start=1):
        for column, value in enumerate(line.split("\t"), start=1):
            cell = book.active.cell(number, column, value)
            cell.data_type = "s"  # a target typed `=44 台` is text, as a person types it, not a formula
    book.save(path)


def _as_aligned(text: str) -> str:
    """The table as `pdftotext -layout` prints it: each column as wide as its widest cell
    by display width (a Chinese character two columns), two spaces between columns."""
    from jsperf.errors import display_width

    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    widths = [max(display_width(row[k]) for row in rows if k < len(row)) for k in range(max(map(len, rows)))]
    out = []
    for line in text.splitlines():
        if "\t" not in line:
            out.append(line)
            continue
        out.append("  ".join(cell + " " * (widths[k] - display_width(cell))
                             for k, cell in enumerate(line.split("\t"))).rstrip())
    return "\n".join(out) + "\n"


def _as_flattened(text: str) -> str:
    """A Word or Excel table flattened into text: a row a line, its cells one space apart,
    its empty cells gone."""
    return "".join(" ".join(cell.strip() for cell in line.split("\t") if cell.strip()) + "\n" if "\t" in line
                   else line + "\n" for line in text.splitlines())


def _as_cells(text: str) -> str:
    """A web table as some sites' text view prints it: one cell a line, each ended by ` |`,
    an empty cell a `|` alone (四川 counties' pages)."""
    return "".join("".join(f"{cell.strip()} |\n".lstrip() for cell in line.split("\t")) if "\t" in line
                   else line + "\n" for line in text.splitlines())


def _as_pasted(text: str) -> str:
    """A sheet copied out of Excel and pasted into a file: tab cells, and every cell of four
    Chinese characters or more broken over two lines inside the cell, as a wrapped cell
    typed with Alt+Enter is, which Excel then puts in quotes (`"办公` / `经费"`)."""
    def cell(text: str) -> str:
        half = len(text) // 2
        return f'"{text[:half]}\n{text[half:]}"' if len(text) >= 4 and all("\u4e00" <= c <= "\u9fff" for c in text) else text
    return "".join("\t".join(map(cell, line.split("\t"))) + "\n" for line in text.splitlines())


def _as_docx(text: str, path: Path) -> None:
    """A Word document: each run of table lines a table, the other lines paragraphs."""
    from docx import Document

    document = Document()
    table_lines: list[list[str]] = []

    def flush() -> None:
        if table_lines:
            table = document.add_table(rows=len(table_lines), cols=max(map(len, table_lines)))
            for row, cells in zip(table.rows, table_lines, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
            table_lines.clear()

    for line in text.splitlines():
        if "\t" in line:
            table_lines.append(line.split("\t"))
        else:
            flush()
            document.add_paragraph(line)
    flush()
    document.save(str(path))


# each source kind a user may hold: (file name, how the printed scorecard becomes that file)
SOURCE_KINDS: dict[str, Callable[[str, Path], None]] = {
    "gb18030.txt": lambda text, path: path.write_bytes(text.encode("gb18030")),
    "utf16.txt": lambda text, path: path.write_bytes(text.encode("utf-16")),
    "pipes.txt": lambda text, path: path.write_text(_as_pipes(text), encoding="utf-8"),
    "aligned.txt": lambda text, path: path.write_text(_as_aligned(text), encoding="utf-8"),
    "flattened.txt": lambda text, path: path.write_text(_as_flattened(text), encoding="utf-8"),
    "page.html": lambda text, path: path.write_bytes(_as_html(text).encode("gbk", errors="replace")),
    "merged.html": lambda text, path: path.write_text(as_merged_html(text), encoding="utf-8"),
    "cells.txt": lambda text, path: path.write_text(_as_cells(text), encoding="utf-8"),
    "pasted.txt": lambda text, path: path.write_text(_as_pasted(text), encoding="utf-8"),
    "book.xlsx": lambda text, path: _as_xlsx(text, path),
    "document.docx": lambda text, path: _as_docx(text, path),
}


def one_cell_a_line(text: str) -> str:
    """The scorecard as a browser copies a web table: one cell a line, empty cells gone."""
    return "".join(f"{cell.strip()}\n" for line in text.splitlines() for cell in line.split("\t") if cell.strip())
