"""Document previews that flatten each page of a form into one line of single-spaced
cells and repeat the form's title on a line of its own before each page: the short
title lines must not make the file look like a copy made one cell a line."""

from __future__ import annotations

from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import rows_of_text

PAGE = ("一级指标 二级指标 指标内容 指标值 备注 产出指标 数量指标 质量指标 时效指标 成本指标 … 效益指标 "
        "经济效益指标 社会效益指标 可持续影响指标 … 服务对象满意度指标")
PREVIEW = "\n".join(["某县财政支出项目绩效目标申报表", "文本预览下载声明", "某县财政支出项目绩效目标申报表",
                     "项目名称 项目属性 主管部门 项目实施单位 项目负责人 联系电话 项目起止时间 项目资金申请(万元) "
                     "资金总额: 财政拨款: 自有资金: 事业收入: 其他: 单位职能概述",
                     "某县财政支出项目绩效目标申报表", "长期绩效指标 " + PAGE,
                     "某县财政支出项目绩效目标申报表", "年度绩效指标 " + PAGE])


def test_pages_flattened_between_repeated_titles_are_rows_of_cells() -> None:
    rows, layout = rows_of_text(PREVIEW, "preview.txt")
    assert layout == "spaces"
    assert rows[5].cells[:3] == ("长期绩效指标", "一级指标", "二级指标")


def test_a_target_form_previewed_page_by_page_is_named_not_refused() -> None:
    report = read_report(PREVIEW, "preview.txt")
    assert report.projects == ()
    assert {f.params["kind"] for f in report.findings if f.code == "JS405"} == {"绩效目标表"}
