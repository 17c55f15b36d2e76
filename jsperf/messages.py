"""Every word jsperf says to its user, in Chinese (the default) and English (`--lang en`).

One catalogue: key → `Text(zh, en)`.  Messages take named `{placeholders}`, the same in
both languages; `t(key, **params)` fills them in the current language.  A message given no
params is returned as written (so literal braces need no escaping there).

The language is chosen once per process, before Typer builds the help texts at import:
`--lang en` / `--lang=en` in `sys.argv`, else the environment variable `JSPERF_LANG`, else
Chinese.  The CLI's `--lang` option calls `use()` again when it is parsed, so a command run
in-process (tests, `CliRunner`) speaks the language it was asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

LANGS = ("zh", "en")


class Text:
    """One message in both languages (a plain class: a NamedTuple costs start-up time)."""

    __slots__ = ("en", "zh")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en


CATALOGUE: dict[str, Text] = {
    # ── the labels jsperf prints (table headings, severities, grades): `vocabulary.label`
    "label.scorecard": Text("项目支出绩效自评表", "Project expenditure performance self-evaluation"),
    "label.project": Text("项目名称", "Project"),
    "label.department": Text("主管部门", "Department"),
    "label.implementer": Text("实施单位", "Implementer"),
    "label.rules": Text("评分规则", "Rule set"),
    "label.initial_budget": Text("年初预算数", "Initial budget"),
    "label.budget": Text("全年预算数 A", "Full-year budget A"),
    "label.executed": Text("全年执行数 B", "Executed B"),
    "label.execution_rate": Text("执行率", "Execution rate"),
    "label.weight": Text("分值", "Weight"),
    "label.points": Text("得分", "Points"),
    "label.level1": Text("一级指标", "Level 1"),
    "label.level2": Text("二级指标", "Level 2"),
    "label.name": Text("三级指标", "Indicator"),
    "label.target": Text("年度指标值", "Target"),
    "label.actual": Text("实际完成值", "Actual"),
    "label.total": Text("总分", "Total"),
    "label.grade": Text("等级", "Grade"),
    "label.funds": Text("项目资金（万元）", "Funds (10,000 yuan)"),
    "label.findings": Text("问题", "Findings"),
    "label.indicators": Text("绩效指标", "Performance indicators"),
    "label.scorecards": Text("项目数", "Scorecards"),
    "label.reported": Text("公布数", "Reported"),
    "label.recomputed": Text("重算数", "Recomputed"),
    "label.derivation": Text("计算过程", "Derivation"),
    "label.severity": Text("级别", "Severity"),
    "label.code": Text("代码", "Code"),
    "label.location": Text("位置", "Location"),
    "label.message": Text("说明", "Message"),
    "label.error": Text("错误", "error"),
    "label.warning": Text("警告", "warning"),
    "label.info": Text("提示", "info"),
    "label.execution": Text("预算执行率", "Budget execution"),
    "label.优": Text("优", "excellent"),
    "label.良": Text("良", "good"),
    "label.中": Text("中", "fair"),
    "label.差": Text("差", "poor"),
    "label.report_level": Text("报告整体", "The report as a whole"),
    "label.summary": Text("汇总", "Summary"),
    "label.no_findings": Text("未发现问题", "no findings"),
    "label.audit_title": Text("项目支出绩效自评表审计报告", "Audit of project performance scorecards"),
    "label.rounded_fund_rows": Text("两行资金仅尾数不同的表", "Cards whose two fund rows differ only in rounding"),
    "label.provisional_mark": Text("（待核：{n} 个错误）", " (provisional: {n} errors)"),
    "label.reported_total": Text("公布总分", "Reported total"),
    "label.errors": Text("错误", "Errors"),
    "label.warnings": Text("警告", "Warnings"),
    "label.wan_yuan": Text("（万元）", " (10,000 yuan)"),
    "label.percent": Text("（%）", " (%)"),
    "label.published_errors": Text("公布数有 {errors} 处错误（见下表），本表总分与等级按规则重算",
                                   "{errors} error(s) in the published numbers (below); the total and grade are recomputed"),
    "label.provisional": Text("待核：{errors} 个错误，总分与等级为暂定",
                              "To check: {errors} error(s); the total and grade are provisional"),
    # how a number was derived (`jsperf.explain`): rule names, connectives, and templates
    # whose blanks `str.format` fills, as word order differs between the languages
    "label.rule_of_set": Text("{rules}：{rule}", "{rules}: {rule}"),
    "label.rule:execution": Text("执行率计分", "execution"),
    "label.rule:budget zero": Text("全年预算数为 0", "budget zero"),
    "label.rule:target zero": Text("指标值为 0", "target zero"),
    "label.rule:score >=": Text("≥ 指标计分", "score >="),
    "label.rule:score >": Text("> 指标计分", "score >"),
    "label.rule:score <=": Text("≤ 指标计分", "score <="),
    "label.rule:score <": Text("< 指标计分", "score <"),
    "label.rule:score =": Text("= 指标计分", "score ="),
    "label.rule:score range": Text("区间指标计分", "score range"),
    "label.rule:tier": Text("定性档次“{tier}”", "tier {tier}"),
    "label.case": Text("{rule}（{where}，{condition}）：{formula}", "{rule} ({where}, {condition}): {formula}"),
    "label.tier_case": Text("{rule}：{band}", "{rule}: {band}"),
    "label.when": Text("当 {condition} 时", "when {condition}"),
    "label.else": Text("否则", "else"),
    "label.and": Text("且", "and"),
    "label.or": Text("或", "or"),
    "label.not": Text("非", "not"),
    "label.assessed": Text("{band}；评定得分 {points}", "{band}; assessed {points}"),
    "label.not_assessed": Text("{band}；未评定得分，按默认 {default} × {weight} = {points}",
                               "{band}; no assessed score, default {default} × {weight} = {points}"),
    # how the rule set of an audit was chosen (`Audit.chosen_by`)
    "label.chosen:option": Text("指定", "option"),
    "label.chosen:project": Text("项目指定", "project"),
    "label.chosen:inference": Text("推断", "inference"),
    "label.chosen:none": Text("无", "none"),

    # ── help texts of the commands, their arguments and options
    "cli.app": Text("项目支出绩效自评表的评分与审核。",
                    "Score and audit project expenditure performance self-evaluation scorecards (项目支出绩效自评表)."),
    "cli.version": Text("显示版本号并退出", "print the version and exit"),
    "cli.help": Text("显示本帮助并退出。", "Show this message and exit."),
    "cli.rules": Text("列出、显示和检查评分规则集。", "List, show and check rule sets."),
    "opt.format": Text("输出格式：table、json 或 markdown", "table, json or markdown"),
    "opt.lang": Text("语言：zh 中文（默认），en 英文；也可设环境变量 JSPERF_LANG",
                     "language: zh Chinese (the default), en English; or set JSPERF_LANG"),
    "opt.rules": Text("内置规则集的名称，或一个 .rules 文件", "a shipped rule set's name, or a .rules file"),
    "opt.output": Text("写入此文件，而不是输出到终端", "write here instead of the terminal"),
    "opt.project": Text("报告中的哪一张自评表", "the scorecard, in a report"),
    "opt.indicator_files": Text("指标集文件", "indicator-set files"),
    "score.help": Text("按官方表样为一个项目评分。\n\n有错误时退出码为 1；所评内容有错误（而非公布数有错）时，"
                       "总分与等级标为待核。",
                       "Score one project as the official form lays it out.\n\nExit 1 when a finding is an error; an "
                       "error in what was scored (not in the published numbers) leaves the total and grade provisional, "
                       "and they are shown so."),
    "score.path": Text("project.yaml，或配合 --project 使用的报告", "a project.yaml, or a report with --project"),
    "score.explain": Text("显示每个数的计算过程", "show how every number was derived"),
    "audit.help": Text(
        "重算已公布报告中的每一张自评表，列出其中的问题。\n\n"
        "每个文件按其自身情况审核（自身的说法；未给 --rules 时，用推断出的规则集），再汇总成一份结果。"
        "没有错误级问题时退出码为 0，有则为 1，有输入无法读取时为 2。",
        "Recompute every scorecard of published reports and list what is wrong.\n\n"
        "Each file is audited on its own terms (its own claims; without --rules, its own inferred rule set), "
        "then one summary covers all.  Exit 0 when no finding is an error, 1 when one is, 2 when an input "
        "cannot be read."),
    "audit.paths": Text("报告文本、项目文件或文件夹", "report texts, project files or folders"),
    "audit.format": Text("输出格式：table、json、markdown、html 或 jsonl", "table, json, markdown, html or jsonl"),
    "audit.jobs": Text("同时审核的文件数", "files audited at once"),
    "audit.cluster": Text("在 Dask 集群上审核各文件：调度器地址（tcp://主机:8786），或 local:N 在本机启动 N 个工作进程；"
                          "需安装 jsperf[cluster]",
                          "audit the files on a Dask cluster: a scheduler's address (tcp://host:8786), or local:N "
                          "to start N worker processes here; needs jsperf[cluster]"),
    "cluster.missing": Text("--cluster 需要 Dask：pip install 'jsperf[cluster]'",
                            "--cluster needs Dask: pip install 'jsperf[cluster]'"),
    "cluster.local": Text("{address}：local: 后应为工作进程数，例如 local:4",
                          "{address}: local: takes a number of worker processes, e.g. local:4"),
    "cluster.unreachable": Text("无法连接 Dask 调度器 {address}：{error}",
                                "cannot reach the Dask scheduler at {address}: {error}"),
    "cluster.failed": Text("{path}：集群上审核失败：{kind}：{error}", "{path}: failed on the cluster: {kind}: {error}"),
    "explain.help": Text("列出每个数所依据的规则行，以及代入数值后的公式，可直接用于问询函。",
                         "Each number with the rule line it came from and the formula with the numbers put in, "
                         "ready to paste into a query letter."),
    "explain.path": Text("project.yaml，或配合 --project 使用的报告文本", "a project.yaml, or a report text with --project"),
    "explain.indicator": Text("只看这一个指标", "only this indicator"),
    "check.help": Text("检查指标集：先查语法，再查分值、重复，以及与所属指标类别不符的指标值。",
                       "Check indicator sets: syntax, then weights, duplicates, targets that misfit their heading."),
    "fmt.help": Text("以规范格式输出指标集（ASCII 运算符，列对齐）。",
                     "Print indicator sets in canonical form (ASCII operators, aligned columns)."),
    "fmt.write": Text("直接改写这些文件", "rewrite the files in place"),
    "fmt.check": Text("有文件格式不规范时退出码为 1", "exit 1 if a file is not formatted"),
    "import.help": Text("为报告中的每一张自评表写出一个指标集文件和一个 project.yaml。",
                        "Write one indicator-set file and one project.yaml per scorecard of a report."),
    "import.report": Text("一份已公布报告的文本", "the text of a published report"),
    "import.output": Text("存放项目文件的文件夹", "folder for the project files"),
    "import.sets": Text("存放指标集的文件夹（默认同 -o）", "folder for the indicator sets (default: -o)"),
    "import.force": Text("覆盖已存在的文件", "overwrite files that exist"),
    "import.rules": Text("项目文件中写明的规则集", "rule set the projects name"),
    "export.help": Text("导出为官方表样的 Excel：每个项目一张工作表（重算后），另加一张汇总表。",
                        "The official form as Excel: one sheet a project, recomputed, and a summary sheet."),
    "export.paths": Text("项目文件、报告文本或文件夹", "project files, report texts or folders"),
    "export.xlsx": Text("要写出的工作簿", "the workbook to write"),
    "new.help": Text("新建项目：按标准模板写出一个指标集文件和一个 project.yaml。",
                     "Start a project: an indicator-set file and a project.yaml from the standard template."),
    "new.name": Text("项目名称", "the project's name (项目名称)"),
    "new.dir": Text("两个文件写在哪里", "where to write the two files"),
    "new.rules": Text("项目采用的规则集", "the rule set the project names"),
    "codes.help": Text("诊断代码的含义、为何重要以及如何修正（即 docs/codes/ 中它的页面）。",
                       "What a diagnostic code means, why it matters and how to fix it (its page in docs/codes/)."),
    "codes.code": Text("诊断代码，如 JS303；不给则列出全部", "a diagnostic code, e.g. JS303; none: list them all"),
    "rules.list.help": Text("内置的规则集。", "The shipped rule sets."),
    "rules.show.help": Text("输出一个规则集的原文。", "Print a rule set's text."),
    "rules.check.help": Text("解析规则集，并抽样检验其公式：得分是否超出 [0, 分值]，结果变差时是否反而得分更高。",
                             "Parse a rule set and sample its formulas for points outside [0, weight] or rewards "
                             "for worse results."),
    "rules.check.file": Text("一个 .rules 文件或内置规则集名称", "a .rules file or a shipped name"),

    # ── what the commands report on the terminal, and write into files
    "check.default_rules": Text("{sets}：未指定规则集，按 {rules} 检查（可用 --rules 或在指标集中写 `rules:` 指定）",
                                "{sets}: no rule set named; checked under {rules} "
                                "(name one with --rules or `rules:` in the set)"),
    "check.clean": Text("{count} 个文件：没有发现问题", "{count} file(s): no findings"),
    "fmt.would_reformat": Text("需要重排格式：{file}", "would reformat {file}"),
    "import.unread": Text("# 未能从报告读出，请核对后填写：{fields}", "# not read from the report, check and fill in: {fields}"),
    "import.source": Text("导入自 {report}，{span}", "imported from {report}, {span}"),
    "import.written": Text("{count} 张自评表 → {output}", "{count} scorecards → {output}"),
    "import.written_sets": Text("{count} 张自评表 → {output}（指标集在 {sets}）",
                                "{count} scorecards → {output} (indicator sets in {sets})"),
    "import.incomplete": Text("  {name}：未能完整读出，请核对{fields}", "  {name}: not read in full, check {fields}"),
    "export.written": Text("{count} 张自评表 → {xlsx}", "{count} scorecards → {xlsx}"),
    "new.source": Text("填写年度数据后运行 jsperf score", "fill in the year's data, then run jsperf score"),
    "new.written": Text("已写出 {indicators} 和 {project}；请填写指标值、分值和年度数据",
                        "wrote {indicators} and {project}; fill in targets, weights and the year's data"),
    # what `rules check` finds wrong with a formula
    "verify.division_by_zero": Text("除数为零", "division by zero"),
    "verify.no_score_rule": Text("缺少 `score {op}` 规则：标准自评表中 {op} 类指标值无法计分"
                                 "（请添加 `score {op}:` 或 `score {op} like …`）",
                                 "no `score {op}` rule: a standard card's {op} targets cannot be scored "
                                 "(add `score {op}:` or `score {op} like …`)"),
    "verify.no_tiers": Text("缺少 `qualitative:` 块：标准自评表中的定性指标值（及时、有效保障）无法计分",
                            "no `qualitative:` block: a standard card's qualitative targets (及时, 有效保障) cannot be scored"),
    "verify.no_points": Text("没有得分", "no points"),
    "verify.fails": Text("{label}：{env} 时{what}", "{label}: {what} at {env}"),
    "verify.outside_rate": Text("execution：执行率 {rate}% 时得 {points} 分，超出 [0, {weight}]",
                                "execution: {points} points, outside [0, {weight}], at rate {rate}%"),
    "verify.execution_drops": Text("execution：执行率 {rate}% 得 {points} 分，少于执行率 {previous_rate}% 时的 {previous} 分",
                                   "execution: rate {rate}% earns {points}, less than {previous} at {previous_rate}%"),
    "verify.outside": Text("{label}：{env} 时得 {points} 分，超出 [0, {weight}]",
                           "{label}: {points} points, outside [0, {weight}], at {env}"),
    "verify.rewards_worse": Text("{label}：实际值 {actual} 得 {points} 分，而更差的实际值 {previous} 却得 {previous_points} 分"
                                 "（目标 {target}，分值 {weight}）",
                                 "{label}: actual {actual} earns {points}, but the worse actual {previous} earns "
                                 "{previous_points} (target {target}, weight {weight})"),
    "verify.punishes_better": Text("{label}：实际值 {actual} 得 {points} 分，而更好的实际值 {previous} 只得 {previous_points} 分"
                                   "（目标 {target}，分值 {weight}）",
                                   "{label}: actual {actual} earns {points}, but the better actual {previous} earns "
                                   "{previous_points} (target {target}, weight {weight})"),
    "rules.check.ok": Text("{name}：每个公式的得分都在 [0, 分值] 之内，结果变差时从不得分更高",
                           "{name}: every formula stays within [0, weight] and never rewards a worse result"),
    "progress.scorecards": Text("自评表", "scorecards"),
    "progress.files": Text("文件", "files"),
    "cli.internal_error": Text("jsperf：内部错误：{kind}：{error}\n这是 jsperf 的缺陷，不是输入的问题。请设置 JSPERF_DEBUG=1 "
                               "重新运行以得到完整的回溯信息，"
                               "连同命令和（可公开的）输入文件提交到 jsperf 的问题跟踪器（issue tracker）",
                               "jsperf: internal error: {kind}: {error}\nThis is a bug in jsperf, not a problem with "
                               "the input. Run the command again with JSPERF_DEBUG=1 for the traceback, and report it "
                               "with the command and (if they can be shared) the input files in jsperf's issue tracker"),
    "cli.os_error": Text("{path}：系统拒绝（{reason}）", "{path}: the system refused ({reason})"),

    # ── Typer's and click's own words: help panels and usage errors
    "usage.prefix": Text("用法：", "Usage: "),
    "usage.options": Text("[选项]", "[OPTIONS]"),
    "usage.command": Text("命令 [参数]...", "COMMAND [ARGS]..."),
    "usage.try_help": Text("运行 '{command} {option}' 查看帮助。", "Try '{command} {option}' for help."),
    "usage.error": Text("错误：{message}", "Error: {message}"),
    "usage.missing_argument": Text("缺少参数 {name}。", "Missing argument {name}."),
    "usage.missing_option": Text("缺少选项 {name}。", "Missing option {name}."),
    "usage.missing_command": Text("缺少命令。", "Missing command."),
    "usage.no_such_option": Text("没有选项 {name}", "No such option: {name}"),
    "usage.no_such_command": Text("没有命令 '{name}'", "No such command '{name}'"),
    "usage.suggest": Text("；是否指 {choices}？", " (did you mean {choices}?)"),
    "usage.invalid_value": Text("{name} 的值无效：{detail}", "Invalid value for {name}: {detail}"),
    "usage.one_of": Text("应为 {choices} 之一", "must be one of {choices}"),
    "usage.aborted": Text("已中止。", "Aborted."),
    "help.arguments": Text("参数", "Arguments"),
    "help.options": Text("选项", "Options"),
    "help.commands": Text("命令", "Commands"),
    "help.error": Text("错误", "Error"),
    "help.default": Text("[默认：{}]", "[default: {}]"),
    "help.envvar": Text("[环境变量：{}]", "[env var: {}]"),
    "help.required": Text("[必填]", "[required]"),
    "help.deprecated": Text("（已弃用）", "(deprecated) "),
    "help.rich_help": Text("运行 [blue]'{command_path} {help_option}'[/] 查看帮助。",
                           "Try [blue]'{command_path} {help_option}'[/] for help."),

    # ── errors in what the user gave: `errors.InputError`
    "error.error": Text("错误：{message}", "error: {message}"),
    "error.expected": Text("应为：{expected}", "expected: {expected}"),
    "error.did_you_mean": Text("；是否指 {choice}？", "; did you mean {choice}?"),
    # files and folders
    "file.missing": Text("{path}：文件不存在", "{path}: no such file"),
    "file.missing_any": Text("{path}：文件或文件夹不存在", "{path}: no such file or folder"),
    "file.folder": Text("{path}：是文件夹，不是文件", "{path}: is a folder, not a file"),
    "file.not_utf8": Text("{path}：不是 UTF-8 文本（第 {byte} 字节）", "{path}: not UTF-8 text (byte {byte})"),
    "file.unreadable": Text("{path}：无法读取（{reason}）", "{path}: cannot be read ({reason})"),
    "file.not_regular": Text("{path}：不是普通文件（是管道、套接字或设备）",
                             "{path} is not a regular file (a pipe, socket or device)"),
    "file.too_large": Text("{path}：文件过大（{size:,} 字节；上限 {limit:,}，可设置环境变量 {name} 为更大的 MB 数）",
                           "{path} is too large ({size:,} bytes; at most {limit:,}: set {name} to more megabytes "
                           "to read it)"),
    "file.too_large_read": Text("{path}：文件过大（超过 {limit:,} 字节；可设置环境变量 {name} 为更大的 MB 数）",
                                "{path} is too large (more than {limit:,} bytes: set {name} to more megabytes to "
                                "read it)"),
    "file.unzips_too_large": Text("{path}：解压后共 {size:,} 字节，超过上限 {limit:,}"
                                  "（压缩炸弹？确需读取时可设置环境变量 {name}）",
                                  "{path} expands to {size:,} bytes, more than {limit:,} (a zip bomb? set {name} "
                                  "to more megabytes if it must be read)"),
    "file.too_many_cells": Text("{where}：共 {cells:,} 个单元格，超过上限 {limit:,}（请删除未用的行列，"
                                "或把自评表另存为单独的文件；确需读取时可设置环境变量 {name}）",
                                "{where} spreads over {cells:,} cells, more than {limit:,} (delete the unused rows "
                                "and columns, or save the scorecards in a file of their own; set {name} if it must "
                                "be read)"),
    "yaml.surrogate": Text("转义写出的字符不是有效的 Unicode 字符（单独的代理码位）",
                           "an escaped character that is not valid Unicode (a lone surrogate)"),
    "input.too_deep": Text("嵌套过深（jsperf 读不了这么多层括号或缩进）",
                           "nested too deeply (more levels of brackets or indentation than jsperf reads)"),
    "limits.invalid": Text("环境变量 {name}={value} 无效：应为正整数", "{name}={value} is not a positive whole number"),
    "file.unwritable": Text("{path}：无法写入（{reason}）", "{path}: cannot be written ({reason})"),
    "file.empty_folder": Text("{path}：文件夹中没有报告文本或项目文件",
                              "{path}: the folder holds no report text or project file"),
    "file.binary": Text("{path} 不是文本文件（含 NUL 字节，又不是 UTF-16；已尝试 {tried}）",
                        "{path} is not a text file (it holds NUL bytes and is not UTF-16; tried {tried})"),
    "file.undecodable": Text("无法解码 {path}：不是文本文件，或是 jsperf 不认识的编码（已尝试 {tried}）",
                             "cannot decode {path}: not a text file, or an encoding jsperf does not know (tried {tried})"),
    "file.guesses": Text("charset-normalizer 的猜测", "charset-normalizer's guesses"),
    "file.bad_bom": Text("文件以 {encoding} 字节顺序标记开头，内容却不是 {encoding}",
                         "the file starts with a {encoding} byte-order mark but is not {encoding}"),
    "file.named_as_text": Text("此文件名像文本文件，内容却是{what}：{problem}",
                               "named like a text file, this is {what}: {problem}"),
    "file.kind_ole2": Text("旧版 Office 文件（Excel .xls 或 Word .doc）", "an old Office file (Excel .xls or Word .doc)"),
    "file.kind_pdf": Text(" PDF", "a PDF"),
    "file.kind_docx": Text(" Word 文档（.docx）", "a Word document (.docx)"),
    "file.kind_zip": Text(" zip 压缩包（Excel .xlsx？）", "a zip archive (an Excel .xlsx?)"),
    "file.ofd": Text("OFD 文件无法读取：请导出为 PDF 后再审核", "OFD files cannot be read: export it as PDF and audit that"),
    # PDF, Word, Excel
    "pdf.not_pdf": Text("不是 PDF（文件开头没有 %PDF-）", "not a PDF (the file does not start with %PDF-)"),
    "pdf.encrypted": Text("PDF 已加密（有密码保护）：请打开后另存或打印为无密码的文件，再审核",
                          "the PDF is encrypted (password-protected): open it, print or save it without a password, "
                          "and audit that"),
    "pdf.unreadable": Text("无法读取的 PDF（{kind}：{error}）", "not a readable PDF ({kind}: {error})"),
    "pdf.too_many_pages": Text("PDF 共 {pages:,} 页，超过上限 {limit:,} 页（确需读取时可设置环境变量 {name}）",
                               "the PDF has {pages:,} pages, more than {limit:,} (set {name} if it must be read)"),
    "pdf.no_text": Text("PDF 没有文字层（扫描件？）：请先做 OCR，再审核识别出的文本",
                        "the PDF has no text layer (a scan?): run OCR on it first, then audit the text"),
    "docx.save_as": Text("{why}：jsperf 只读 .docx 格式的 Word 文档；请另存为 .docx（Word/WPS：文件 → 另存为 → .docx）后审核",
                         "{why}: jsperf reads Word documents as .docx; save it as .docx (Word/WPS: 文件 → 另存为 → .docx) "
                         "and audit that"),
    "docx.legacy": Text("旧版 {suffix} 文档", "a legacy {suffix} document"),
    "docx.binary": Text("以 .docx 命名的旧版二进制 Word/WPS 文档（.doc/.wps）",
                        "a legacy binary Word/WPS document (.doc/.wps) under a .docx name"),
    "docx.rtf": Text("以 .docx 命名的 RTF 文档", "an RTF document under a .docx name"),
    "docx.not_zip": Text("不是 Word 文档（.docx 是 zip 压缩包，此文件不是）",
                         "not a Word document (.docx is a zip archive; this file is not one)"),
    "docx.unreadable": Text("无法读取的 Word 文档（{kind}：{error}）", "not a readable Word document ({kind}: {error})"),
    "xls.is_xlsx": Text("这是以 .xls 命名的 .xlsx 工作簿：请改名为 .xlsx",
                        "this is an .xlsx workbook under an .xls name: rename it to .xlsx"),
    "xls.unreadable": Text("无法读取的 Excel .xls 工作簿（{kind}：{error}）",
                           "not a readable Excel .xls workbook ({kind}: {error})"),
    "xlsx.unreadable": Text("不是 Excel 工作簿（{error}）", "not an Excel workbook ({error})"),
    # reports
    "report.none_read": Text("未能读出任何自评表（{problems}）", "no scorecard could be read ({problems})"),
    "report.glued": Text("找到了表格标题（{form}），但表格各单元格连在一起、中间没有分隔（OCR 或复制的文本）：无法可靠读取",
                         "a form's title was found ({form}), but the table's cells run together with nothing between "
                         "them (OCR or copied text): it cannot be read reliably"),
    "card.weight_blank": Text("权重列为空而其他列有数值", "the weight column is blank while other columns hold numbers"),
    "card.points_over_weight": Text("得分 {points} 大于权重 {weight}", "points {points} exceed the weight {weight}"),
    "card.blanks_lost": Text("空单元格已丢失，{values} 个数值对应 {columns} 列",
                             "the copy lost its empty cells: {values} numbers for {columns} columns"),
    "card.total_or_weights": Text("空单元格已丢失，唯一的数 100 可能是分值合计（得分为空），也可能是总分；"
                                  "所印得分（含执行率得分）之和不是 100",
                                  "the copy lost its empty cells: its one number, 100, may be the weights' sum beside a "
                                  "blank total or the total itself; the points printed (the execution's included) do not "
                                  "add up to 100"),
    "card.cell_too_many": Text("{values} 个数值对应 {columns} 列，多出的一格不知是哪一格",
                               "{values} values for {columns} columns: which one is too many cannot be told"),
    "card.two_numbers": Text("只有两个数，可能是年度指标值与实际完成值，也可能是分值与得分；按后者全表分值合计不为 100",
                             "only two numbers: a target and an actual, or a weight and points; read as the latter the "
                             "card's weights do not add up to 100"),
    "report.glued_expected": Text("原始文件（PDF、Word、Excel 或网页），或单元格以制表符、竖线或空格分隔的文本",
                                  "the original file (PDF, Word, Excel or the web page) or text with its cells "
                                  "separated by tabs, pipes or spaces"),
    "report.no_form": Text("此文件中没有找到项目支出绩效自评表", "no 项目支出绩效自评表 found in this file"),
    "report.no_form_expected": Text("含项目支出绩效自评表的报告或工作簿，或项目 .yaml 文件",
                                    "a report or workbook with 项目支出绩效自评表 tables, or a project .yaml"),
    "report.no_scorecard": Text("{path} 中没有项目自评表：{problems}", "{path} holds no project scorecard: {problems}"),
    "report.several": Text("{path} 中有 {count} 张自评表；请用 --project 指定一张",
                           "{path} holds {count} scorecards; name one with --project"),
    "report.no_such_scorecard": Text("{path} 中没有名为 {name} 的自评表{hint}", "no scorecard named {name} in {path}{hint}"),
    "report.same_name": Text("{path} 中有 {count} 张名为 {name} 的自评表；无法确定是哪一张",
                             "{path} holds {count} scorecards named {name}; which one is meant cannot be told"),
    # the command line
    "cli.nothing_read": Text("以下路径中没有能读取的内容：{paths}", "nothing could be read in {paths}"),
    "cli.no_indicator": Text("{project} 中没有指标 {indicator}{hint}", "{project} has no indicator {indicator}{hint}"),
    "cli.clashes": Text("{count} 个文件已存在且内容不同，例如 {example}；使用 --force 覆盖",
                        "{count} file(s) exist with other content, e.g. {example}; use --force to overwrite"),
    "cli.exists": Text("{paths} 已存在；未写入任何文件", "{paths} already exist(s); nothing was written"),
    "cli.no_code": Text("没有诊断代码 {code}{hint}", "no diagnostic code {code}{hint}"),
    "cli.code_expected": Text("形如 JS303 的代码；`jsperf codes` 会列出全部", "a code such as JS303; `jsperf codes` lists them"),
    # writing files (jsperf/outputs.py) and batches (jsperf/batch.py)
    "output.is_input": Text("{output} 就是本命令读取的输入文件 {input}：jsperf 从不覆盖输入；未写入任何文件",
                            "{output} is {input}, an input of this command: jsperf never writes onto an input; "
                            "nothing was written"),
    "output.busy": Text("另一个 jsperf import 正在写入 {folder}（已等待 {seconds} 秒）；请待其结束后再试，未写入任何文件",
                        "another jsperf import is writing into {folder} (waited {seconds} s); try again when it "
                        "has finished; nothing was written"),
    "batch.bug": Text("{path}：jsperf 读取此文件时出错（{kind}：{error}）。这是 jsperf 的缺陷，不是文件的问题："
                      "请将此文件与所用命令一并报告给 jsperf 的维护者（设置 JSPERF_DEBUG=1 可看到调用栈）；其余文件照常审核",
                      "{path}: jsperf failed on this file ({kind}: {error}). This is a bug in jsperf, not a fault of "
                      "the file: please report it to jsperf's maintainers with the file and the command (set "
                      "JSPERF_DEBUG=1 for the traceback); the other files were audited"),
    "report.candidates": Text("--project 名称#序号，即以下之一：{candidates}", "--project NAME#N, one of {candidates}"),
    # YAML and project files
    "yaml.invalid": Text("不是有效的 YAML：{problem}", "not valid YAML: {problem}"),
    "yaml.empty": Text("文件是空的", "the file is empty"),
    "yaml.too_large": Text("文档过大（或别名展开过多）", "the document is too large (or expands aliases too far)"),
    "yaml.tag": Text("此处不允许 YAML 标签 {tag}", "YAML tag {tag} is not allowed here"),
    "yaml.key_text": Text("键必须是纯文本", "a key must be plain text"),
    "yaml.duplicate": Text("键 {key} 出现了两次（第一次在第 {line} 行）", "key {key} appears twice (first at line {line})"),
    "project.mapping": Text("{what} 必须是映射（“键: 值”的各行）", "{what} must be a mapping (key: value lines)"),
    "project.unknown_key": Text("{what} 中有未知的键 {key}{hint}", "unknown key {key} in {what}{hint}"),
    "project.text": Text("{what} 必须是文本", "{what} must be text"),
    "project.number": Text("{what} 必须是数字，而不是 {text}", "{what} must be a number, not {text}"),
    "project.needs_name": Text("项目文件需要 `project: 项目名称`", "the project file needs `project: NAME`"),
    "project.needs_set": Text("项目文件需要 `indicator_set:`（文件路径，或 `text: |`）",
                              "the project file needs `indicator_set:` (a file path, or `text: |`)"),
    "project.no_set": Text("没有名为 {name} 的指标集（文件中有：{names}）",
                           "no indicator set named {name} (the file has {names})"),
    "project.none": Text("无", "none"),
    "project.set_file": Text("indicator_set 需要一个文件路径", "indicator_set needs a file path"),
    "project.money": Text("资金必须是金额：{unit} 不是货币单位", "funds are money: {unit} is not a money unit"),
    "project.money_expected": Text("元、万元或亿元", "元, 万元 or 亿元"),
    "project.not_indicator": Text("{name} 不是指标集 {set} 中的指标{hint}", "{name} is not an indicator of set {set}{hint}"),
    "project.what.file": Text("项目文件", "a project file"),
    "project.what.actual": Text("实际完成值", "an actual"),
    "project.what.reported_points": Text("公布的得分", "reported points"),
    "project.what.points_of": Text("{name} 的公布得分", "reported points of {name}"),
    "project.what.set_file": Text("indicator_set 的文件", "indicator_set file"),
    # the two languages' syntax (Lark's errors)
    "syntax.character": Text("意外的字符 {char}", "unexpected character {char}"),
    "syntax.end_of_file": Text("文件意外结束", "unexpected end of file"),
    "syntax.end_of_line": Text("行意外结束", "unexpected end of line"),
    "syntax.token": Text("意外的 {token}", "unexpected {token}"),
    "syntax.else": Text("其他内容", "something else"),
    "word.end_of_line": Text("行尾", "end of line"),
    "word.no_rate": Text("无法计算（全年预算数为 0）", "not computable (a budget of 0)"),
    "word.end_of_file": Text("文件结尾", "end of file"),
    "word.number": Text("数字", "a number"),
    "word.string": Text('带引号的文字（"…"）', 'a quoted text ("…")'),
    "word.word": Text("词语", "a word"),
    "word.name": Text("名称", "a name"),
    "word.unit": Text("单位（元、万元、%、台 …）", "a unit (元, 万元, %, 台 …)"),
    "word.op": Text("运算符（>=、<=、=、>、<）", "an operator (>=, <=, =, >, <)"),
    "word.heading": Text("指标类别，如 产出指标/数量指标", "an indicator heading such as 产出指标/数量指标"),
    # indicator sets
    "ind.orphan": Text("此行必须跟在 `set` 或 `template` 行之后", "this line must follow a `set` or `template` line"),
    "ind.orphan_attribute": Text("`note` 和 `basis` 应写在某个指标行之下", "`note` and `basis` belong under an indicator line"),
    "ind.duplicate_set": Text("指标集 {name} 声明了两次", "indicator set {name} is declared twice"),
    "ind.no_template": Text("此行之上没有名为 {name} 的模板", "no template named {name} above this line"),
    "ind.template_expected": Text("文件前面声明过的某个 `template` 的名称",
                                  "the name of a `template` declared earlier in the file"),
    "ind.unknown_level1": Text("未知的一级指标 {heading}", "unknown 一级指标 {heading}"),
    "ind.level1_expected": Text("成本指标、产出指标、效益指标或满意度指标（或 cost、output、benefit、satisfaction）",
                                "成本指标, 产出指标, 效益指标 or 满意度指标 (or cost, output, benefit, satisfaction)"),
    "ind.no_operator": Text("指标值 {target} 没有运算符：按 ≥ 还是 ≤ 计分不明",
                            "the target {target} has no operator: whether it is scored as ≥ or ≤ is unclear"),
    "ind.no_operator_expected": Text("运算符或其文字，如 `>= 90 %`、`不低于 90%`、`90%以上`、`5 万元以内`",
                                     "an operator or its words, e.g. `>= 90 %`, `不低于 90%`, `90%以上`, `5 万元以内`"),
    "ind.range_units": Text("区间两端的单位必须相同", "both ends of a range take the same unit"),
    "ind.range_order": Text("区间应从较小值到较大值", "a range runs from the lower value to the higher"),
    # rule sets
    "rules.unknown": Text("没有名为 {name} 的规则集，也没有这个文件", "no rule set named {name} and no such file"),
    "rules.unknown_expected": Text("{names} 之一，或一个 .rules 文件的路径", "one of {names}, or the path of a .rules file"),
    "rules.let_cycle": Text("`let` 互相引用成环：{cycle}（代入时永无止境）",
                            "these lets use each other in a cycle: {cycle} (put in, they never end)"),
    "rules.defined_twice": Text("`{name}` 定义了两次", "`{name}` is defined twice"),
    "rules.given_twice": Text("`{label}` 给出了两次", "`{label}` is given twice"),
    "rules.header": Text("规则集以 `rules 名称` 开头", "a rule set starts with `rules NAME`"),
    "rules.no_execution": Text("没有 `execution` 规则：预算执行率的得分如何计算？",
                               "no `execution` rule: how are execution-rate points earned?"),
    "rules.no_grades": Text("没有 `grades:` 块", "no `grades:` block"),
    "rules.catch_all": Text("最后一个等级必须兜底（`差 else`）", "the last grade must be the catch-all (`差 else`)"),
    "rules.no_original": Text("`score {alias} like {original}`：没有 `score {original}`",
                              "`score {alias} like {original}`: there is no `score {original}`"),
    "rules.else_last": Text("`else` 必须是最后一种情况", "`else` must be the last case"),
    "rules.unknown_function": Text("未知的函数 {name}", "unknown function {name}"),
    "rules.functions": Text("min、max 或 abs", "min, max or abs"),
    "rules.unknown_name": Text("此处没有名称 {name}", "unknown name {name} here"),
    "rules.uses_unknown": Text("`{used}` 用到了 {name}，它在此处未定义", "`{used}` uses {name}, which is not known here"),
    "rules.tier": Text("档位应为 low..high，位于 0%..100% 之内，默认值在两者之间",
                       "a tier runs low..high within 0%..100%, its default between them"),
    # ── `jsperf serve` and its pages
    "serve.help": Text("启动本机网页：在浏览器中上传报告审核、填写自评表（需安装 jsperf[web]）。",
                       "Start a local web page: audit reports and fill in scorecards in a browser (needs jsperf[web])."),
    "serve.host": Text("监听的地址；默认只有本机可访问", "the address to listen on; by default only this machine"),
    "serve.port": Text("端口", "the port"),
    "serve.open": Text("启动后在浏览器中打开", "open it in the browser once started"),
    "serve.needs_web": Text("jsperf serve 需要网页组件：pip install 'jsperf[web]'（缺少 {module}）",
                            "jsperf serve needs the web extra: pip install 'jsperf[web]' ({module} is missing)"),
    "serve.started": Text("jsperf 网页已启动：{url}  （按 Ctrl+C 停止）", "jsperf is serving {url}  (Ctrl+C stops it)"),
    "serve.token": Text("地址 {host} 不只本机可访问：打开网页须带上述地址中的口令",
                        "{host} is reachable from other machines: the page needs the token in the address above"),
    "web.title": Text("项目支出绩效自评表审核", "Scorecard audit"),
    "web.footer": Text("jsperf 在本机运行：上传的文件只保存在本机的临时文件夹，页面过期后删除。",
                       "jsperf runs on this machine: uploads stay in a private temporary folder here and are deleted when their "
                       "page expires."),
    "web.nav.audit": Text("审核报告", "Audit a report"),
    "web.nav.fill": Text("填写自评表", "Fill in a scorecard"),
    "web.nav.rules": Text("评分规则", "Rule sets"),
    "web.home.heading": Text("审核绩效自评报告", "Audit a performance self-evaluation report"),
    "web.home.intro": Text("上传报告，jsperf 按评分规则重算每张自评表，并与公布的数字逐项核对。",
                           "Upload a report: jsperf recomputes every scorecard under its rule set and checks it against the "
                           "published numbers."),
    "web.home.choose": Text("选择文件，或拖到这里", "Choose files, or drop them here"),
    "web.home.kinds": Text("文本、网页、Word（.docx）、Excel（.xls/.xlsx）、PDF 或 project.yaml；"
                           "一次最多 {files} 个，每个不超过 {megabytes} MB",
                           "text, web page, Word (.docx), Excel (.xls/.xlsx), PDF or project.yaml; up to {files} files of at "
                           "most {megabytes} MB each"),
    "web.home.submit": Text("开始审核", "Audit"),
    "web.home.more": Text("其他功能", "Also here"),
    "web.home.fill": Text("在官方表格样式中填写指标和实际完成值，边填边算分",
                          "fill in indicators and actuals in the official table, scored as you type"),
    "web.home.rules": Text("查看内置评分规则，或上传自己的 .rules 文件", "the shipped rule sets, or your own .rules file"),
    "web.no_file": Text("没有收到文件：请先选择要上传的文件", "no file was received: choose a file to upload first"),
    "web.file_too_large": Text("{name}：文件过大（上限 {limit:,} 字节）", "{name} is too large (the limit is {limit:,} bytes)"),
    "web.too_large": Text("上传的内容过大（上限 {limit:,} 字节）", "the upload is too large (the limit is {limit:,} bytes)"),
    "web.token_needed": Text("需要口令：请使用 jsperf serve 启动时显示的完整地址",
                             "a token is needed: use the full address jsperf serve printed at start-up"),
    "web.upload_with": Text("此项目文件引用了 {name}：请把它和项目文件一起上传",
                            "this project file names {name}: upload it together with the project file"),
    "web.bad_form": Text("无法读取提交的表单（一次最多上传 {files} 个文件）",
                         "the form sent cannot be read (at most {files} files at once)"),
    "web.expired": Text("此页面已过期或不存在：请重新上传", "this page has expired or does not exist: upload again"),
    "web.not_found": Text("没有这个页面", "no such page"),
    "web.internal": Text("内部错误：请重试；若仍出错，请用命令行 jsperf 复现并报告",
                         "internal error: try again; if it persists, reproduce it with the jsperf command and report it"),
    "web.error.title": Text("无法处理", "Could not be processed"),
    "web.error.back": Text("返回首页", "Back to the start"),
    "web.no_findings": Text("未发现问题", "no findings"),
    "web.audit.title": Text("审核结果", "Audit"),
    "web.audit.explains": Text("解释 {count} 个数", "explains {count}"),
    "web.audit.rerun": Text("改用评分规则：", "Re-run under:"),
    "web.audit.inferred": Text("自动推断", "inferred"),
    "web.audit.rerun_button": Text("重新审核", "Re-run"),
    "web.audit.downloads": Text("下载", "Downloads"),
    "web.audit.report_level": Text("报告整体", "The report as a whole"),
    "web.download.workbook": Text("官方表格 (.xlsx)", "Official form (.xlsx)"),
    "web.download.findings_xlsx": Text("问题清单 (.xlsx)", "Findings (.xlsx)"),
    "web.download.findings_csv": Text("问题清单 (.csv)", "Findings (.csv)"),
    "web.download.json": Text("审核结果 (JSON)", "Audit (JSON)"),
    "web.download.html": Text("审核报告网页 (.html)", "Audit page (.html)"),
    "web.code.why": Text("原因", "Why"),
    "web.code.example": Text("示例", "Example"),
    "web.code.fix": Text("如何修改", "How to fix"),
    "web.fill.title": Text("填写自评表", "Fill in a scorecard"),
    "web.fill.intro": Text("按官方表格填写；每改一处，右侧即按评分规则重算（与 jsperf score 相同）。",
                           "Fill it in as the official table; every change is recomputed on the right under the rule set (as "
                           "jsperf score does)."),
    "web.fill.start_from_files": Text("从已有文件开始（project.yaml 与 .ind，或只有 .ind）",
                                      "Start from files (project.yaml with its .ind, or a .ind alone)"),
    "web.fill.files_hint": Text("project.yaml 引用的 .ind 文件要一起选择",
                                "choose the .ind file project.yaml names along with it"),
    "web.fill.open": Text("打开", "Open"),
    "web.fill.new_name": Text("新项目", "New project"),
    "web.fill.which_files": Text("请上传 project.yaml（连同它引用的 .ind 文件）或一个 .ind 文件",
                                 "upload a project.yaml (with the .ind it names) or a .ind file"),
    "web.fill.no_set": Text("此 .ind 文件中没有指标集", "this .ind file holds no indicator set"),
    "web.fill.year": Text("年度", "Year"),
    "web.fill.op": Text("比较", "Operator"),
    "web.fill.unit": Text("单位", "Unit"),
    "web.fill.recompute": Text("重新计算", "Recompute"),
    "web.fill.save_yaml": Text("保存 project.yaml", "Save project.yaml"),
    "web.fill.save_ind": Text("保存 .ind", "Save .ind"),
    "web.fill.save_xlsx": Text("下载官方表格 (.xlsx)", "Download the form (.xlsx)"),
    "web.fill.result": Text("计算结果", "Result"),
    "web.fill.cannot_score": Text("暂时无法计算", "Cannot be scored yet"),
    "web.fill.provisional": Text("有 {count} 个错误，总分暂不确定", "{count} error(s): the total is provisional"),
    "web.op.ge": Text("≥", "≥"),
    "web.op.le": Text("≤", "≤"),
    "web.op.eq": Text("=", "="),
    "web.op.gt": Text(">", ">"),
    "web.op.lt": Text("<", "<"),
    "web.op.range": Text("区间", "range"),
    "web.op.qual": Text("定性", "words"),
    "web.rules.intro": Text("jsperf 内置的评分规则，及其依据的文件。",
                            "The rule sets jsperf ships, and the documents they follow."),
    "web.rules.reference": Text("依据：", "Reference: "),
    "web.rules.text": Text("规则全文", "Full text"),
    "web.rules.upload": Text("上传自己的规则（.rules）", "Upload your own rule set (.rules)"),
    "web.rules.check": Text("检查并使用", "Check and use"),
    "web.rules.session": Text("我上传的规则", "my uploaded rule set"),
    "web.rules.in_use": Text("本次会话使用上传的规则 {name}", "this session uses the uploaded rule set {name}"),
    "web.rules.unreadable": Text("{name} 无法读取：", "{name} cannot be read:"),
    "web.rules.problems": Text("{name} 有 {count} 处问题，未启用：", "{name} has {count} problem(s) and is not used:"),
    "web.rules.sound": Text("{name} 检查通过，本次会话可选用", "{name} passed the check and can be chosen in this session"),
}


def choose(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """`--lang X` or `--lang=X` in the arguments, else JSPERF_LANG, else Chinese; an
    unknown language is left for the option's own check to refuse."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            wanted = argv[index + 1]
        elif arg.startswith("--lang="):
            wanted = arg.removeprefix("--lang=")
        else:
            continue
        return wanted if wanted in LANGS else "zh"
    wanted = environ.get("JSPERF_LANG", "")
    return wanted if wanted in LANGS else "zh"


CHOSEN_AT_START = choose(sys.argv[1:], os.environ)
_current = CHOSEN_AT_START


def use(lang: str) -> str:
    """Speak `lang` from now on; returns the language spoken until now."""
    global _current
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    previous, _current = _current, lang
    return previous


def current() -> str:
    return _current


def text(key: str, lang: str, /, **params: object) -> str:
    """The message `key` in `lang`; a missing key is a KeyError (a bug, caught by the tests)."""
    entry = CATALOGUE[key]
    template = entry.en if lang == "en" else entry.zh
    return template.format(**params) if params else template


def t(key: str, /, **params: object) -> str:
    """The message `key` in the current language."""
    return text(key, _current, **params)
