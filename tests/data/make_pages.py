"""Make the printed-page fixtures: one scorecard as a government site's page shows it (a
table with merged cells), printed to PDF by LibreOffice, where the page break falls in
different places.

    .venv/bin/python tests/data/make_pages.py

writes, under tests/data/pages/:

  row-cut.pdf       the break cuts an indicator row: its name, its target (`≥95` / `%`) and
                    its deviation note run on at the top of page 2
  headings-cut.pdf  the break cuts the 效益指标 row inside its headings (`效益` / `指标`,
                    `社会效益指` / `标`)
  row-whole.pdf     the break falls between two rows: the long row starts page 2 whole

Each page holds the MOF 2020 form: 项目名称 51130021T000000229367-退耕还林工程建设专项工作经费
(wrapped in its cell), funds 20 / 20 / 19 (分值 10, 95%, 9.5); `filler` indicators
指标i:修缮建筑数量i (≥2处, 2处, 2, 2), the long indicator (≥95%, 96%, 5, 5, a long note),
政策知晓率 (≥90%, 92%, the rest of the weights, full points) and 群众满意度 (≥90%, 85%,
10, 9).  The outputs are committed (CI has no LibreOffice).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pages"
LONG_NAME = "新型经营主体实现产值占全县农业总产值的比例提高到预期水平以上的年度完成情况(%)"
LONG_NOTE = "一是相关台账不健全，" * 6
# how many short indicator rows stand before the long one: where the page break falls
PAGES = {"row-cut": 13, "headings-cut": 11, "row-whole": 12}


def cell(text: str, rows: int = 1, columns: int = 1) -> str:
    spans = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{columns}"' if columns > 1 else "")
    return f"<td{spans}>{html.escape(text)}</td>"


def page(filler: int) -> str:
    quantity = [(f"指标{i}:修缮建筑数量{i}", "≥2处", "2处", 2, 2, "") for i in range(1, filler + 1)]
    quantity.append((LONG_NAME, "≥95%", "96%", 5, 5, LONG_NOTE))
    rest = 100 - 10 - sum(q[3] for q in quantity) - 10
    rows = [cell("项目支出绩效自评表", columns=9), cell("（2023年度）", columns=9),
            cell("项目名称", columns=2) + cell("51130021T000000229367-退耕还林工程建设专项工作经费", columns=7),
            cell("主管部门", columns=2) + cell("某市林业局", columns=3) + cell("实施单位", columns=2)
            + cell("某市林业局", columns=2),
            cell("项目资金（万元）", rows=3, columns=2) + "".join(map(cell, (
                "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"))),
            "".join(map(cell, ("年度资金总额", "20", "20", "19", "10", "95%", "9.5"))),
            "".join(map(cell, ("其中：当年财政拨款", "20", "20", "19", "—", "95%", "—"))),
            cell("绩效指标", rows=len(quantity) + 3) + "".join(map(cell, (
                "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")))]
    for number, (name, target, actual, weight, points, note) in enumerate(quantity):
        headings = cell("产出指标", rows=len(quantity)) + cell("数量指标", rows=len(quantity)) if number == 0 else ""
        rows.append(headings + "".join(map(cell, (name, target, actual, str(weight), str(points), note))))
    rows.append("".join(map(cell, ("效益指标", "社会效益指标", "政策知晓率", "≥90%", "92%", str(rest), str(rest), ""))))
    rows.append("".join(map(cell, ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "85%", "10", "9",
                                   "未达到预期，加强宣传"))))
    total = 9.5 + sum(q[4] for q in quantity) + rest + 9
    rows.append(cell("总分", columns=6) + cell("100") + cell(f"{total:g}") + cell(""))
    body = "\n".join(f"<tr>{row}</tr>" for row in rows)
    return ("<html><head><meta charset='utf-8'><style>td{font-size:10pt}</style></head><body>"
            f"<table border='1' cellspacing='0' width='100%'>{body}</table></body></html>")


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None, "LibreOffice is needed: apt-get install libreoffice-writer-nogui"
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pages = []
        for name, filler in PAGES.items():
            path = Path(folder) / f"{name}.html"
            path.write_text(page(filler), encoding="utf-8")
            pages.append(str(path))
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to", "pdf",
                        "--outdir", str(OUT), *pages], check=True, capture_output=True, timeout=300)


if __name__ == "__main__":
    main()
