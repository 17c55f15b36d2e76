"""Ground truth for the real-scorecard corpus, written by reading each document by hand.

Conventions (see README.md in this directory):

- Every number is a string exactly as printed (units such as 万元 / 分 dropped from money and totals); nothing is recomputed.
- Where an excerpt is ambiguous (scrambled columns, glued OCR, cells lost) only what is certain is recorded; the rest is in
  ``notes``.  Indicator rows are listed only for cards with ``form == "project"``; for every other kind of form the
  indicator table is described in ``notes`` (those forms are routing tests, not scoring tests).
- ``slips`` are listed for project cards only (for other forms any arithmetic oddity is in ``notes``).
- Indicator names keep the prefixes the form prints ("指标1:", "★★★"); spaces the extraction inserted are removed.
- ``level1`` is canonical (效果指标 → 效益指标, "产出指标(50分)" → 产出指标).  Where a tail of a card starts mid-table and the
  一级 label is not printed, ``level1`` is the block the row visibly belongs to (said so in ``notes``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ind:
    level1: str
    level2: str
    name: str
    target: str
    actual: str | None
    weight: str | None
    points: str | None


@dataclass(frozen=True)
class Card:
    form: str
    template: str
    title: str
    name: str | None = None
    department: str | None = None
    year: int | None = None
    budget: str | None = None
    executed: str | None = None
    rate: str | None = None
    execution_weight: str | None = None
    execution_points: str | None = None
    indicators: tuple[Ind, ...] = ()
    total: str | None = None
    grade: str | None = None
    missing: tuple[str, ...] = ()
    slips: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Expected:
    file: str
    layout: str
    cards: tuple[Card, ...]


OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION = "满意度指标"

# long cells, kept whole
_F15_TARGET = (
    "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装"
)
_F20_NAME = (
    "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;"
    "烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。"
)

EXPECTED: tuple[Expected, ...] = (
    Expected(
        file="01_hubei-unknown-changjiangjinbu-yuye-2020.txt",
        layout="glued",
        cards=(
            Card(
                form="unreadable",
                template="",
                title="2020年度长江禁捕项目自评表",
                name="渔业成品油价格改革补贴",
                department="区市场监督管理局",
                year=2020,
                budget="1.56",
                executed="1.56",
                rate="1",
                execution_weight="20",
                execution_points="20",
                total="100",
                notes=(
                    "OCR of a docx with no cell separators and garbled labels ('出标产指', '益标效指'); a 20-point execution "
                    "form ('预算执行情况(万元)(20分)', '得分(20分*执行率)') that would be template 'twenty'. The money run "
                    "'1.561.56120' reads 1.56 | 1.56 | 1 | 20. The indicator table has no weight column (年初目标值(A) / "
                    "实际完成值(B) / 得分); a plausible reading: 补贴渔船数 6 → 6, 20; 渔船补贴发放率 100% → 100%, 10; "
                    "时效 '12月底之前完成' … '0%100%10' split by the page marker '2、' (either the time row's 100% → 100%, 10 "
                    "or a benefit row); 退捕渔民抽样调查满意度 90% → '290%' (≥90%), 40. 20+20+10+10+40 = 100 = 总分 under "
                    "that reading, but the boundaries are guesses, so no indicator rows are recorded. Footnote states "
                    "proportional scoring (正向 权重*B/A, 反向 权重*A/B) and qualitative bands 100-80/80-50/50-0%."
                ),
            ),
        ),
    ),
    Expected(
        file="02_chongqing-xibukexuecheng-rongmeitizhongxin-2021.txt",
        layout="glued",
        cards=(
            Card(
                form="department",
                template="",
                title="部门整体绩效自评表",
                year=2021,
                rate="76%",
                execution_weight="10",
                execution_points="7.6",
                total="97.6",
                notes=(
                    "Chongqing department-overall form (西部(重庆)科学城 融媒体中心), OCR glued. '主管部门财政处室' is two "
                    "labels with empty cells, so no department is recorded; the year (2021) comes from the narrative. "
                    "Money columns lost in OCR ('O'). Indicator rows (指标名称/计量单位/指标性质/年初指标值/调整指标值/"
                    "全年完成值/得分系数/权重/得分/是否核心指标) run together: e.g. 政府采购执行率 % 100% → 72.74%, 系数 100%, "
                    "2 → 2 (full points for a missed target); 播发稿件数量 2200篇 → 2859篇, 10 → 10; several values lost "
                    "('到0次', '第O份'). Execution 76% x 10 = 7.6 (proportional)."
                ),
            ),
        ),
    ),
    Expected(
        file="03_shanxi-jishan-zhaidianzhenweishengyuan-jibengonggongweisheng-2021.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="稷山县项目支出绩效自评表",
                name="国家基本公共卫生服务",
                department="稷山县卫生健康和体育局",
                year=2021,
                budget="207.4538",
                executed="207.4538",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "", "指标1:居民健康档案", "38508人", "37442人", "3", "3"),
                    Ind(OUTPUT, "", "指标2:发放健康教育资料", "不少于12种", "14种", "1", "1"),
                    Ind(OUTPUT, "", "指标6:举办健康教育宣传咨询活动", "12次", "96次", "1", "1"),
                    Ind(OUTPUT, "", "指标7:建立预防接种证", "221人", "221人", "2", "2"),
                    Ind(OUTPUT, "", "指标8:适龄儿童疫苗接种率", "100.00%", "97.30%", "2", "1.9"),
                    Ind(OUTPUT, "", "指标9:0-6岁儿童健康管理数", "2089人", "2089人", "2", "2"),
                    Ind(OUTPUT, "", "指标10:0-6岁儿童眼保健操覆盖数", "2089人", "2089人", "2", "2"),
                    Ind(OUTPUT, "", "指标11:新生入访视数", "214人", "214人", "2", "2"),
                    Ind(OUTPUT, "", "指标12:孕产妇7天访视数", "214人", "203人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标13:孕产妇42天访视数", "214人", "203人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标14:早孕建册数", "120人", "69人", "2", "1"),
                    Ind(OUTPUT, "", "指标15:老年人体检数", "5662人", "4044人", "2", "1.4"),
                    Ind(OUTPUT, "", "指标16:高血压规范管理数", "3807人", "3224人", "2", "1.9"),
                    Ind(OUTPUT, "", "指标17:高血压随访控制数", "3807人", "3220人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标18:糖尿病规范管理数", "863人", "695人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标19:糖尿病随访控制数", "863人", "683人", "2", "1.7"),
                    Ind(OUTPUT, "", "指标20:严重精神障碍患者管理数", "212人", "209人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标21:肺结核健康规范管理数", "8例", "8例", "2", "2"),
                    Ind(OUTPUT, "", "指标22:老年人中医药规范管理数", "5662人", "4044人", "2", "1.4"),
                    Ind(OUTPUT, "", "指标23:0-36月龄中医药规范管理数", "1228人", "770人", "2", "1.8"),
                    Ind(OUTPUT, "", "指标24:传染病及突发公共卫生事件报告数", "14例", "14例", "2", "2"),
                    Ind(OUTPUT, "", "指标25:家庭医生签约率", "24694人", "22584人", "2", "1.7"),
                ),
                missing=("总分",),
                slips=(
                    "partial points follow no single rule: 69/120 = 57.5% scores 1 of 2, 4044/5662 = 71.4% scores 1.4, "
                    "770/1228 = 62.7% scores 1.8, 97.3% scores 1.9",
                    "指标1 37442/38508 = 97.2% keeps full 3 points while 指标8 at 97.3% loses 0.1 of 2",
                ),
                notes=(
                    "xlsx flattened with columns scrambled at the top of the table: the targets of 指标1-5 (38508人, "
                    "不少于12种, 不少于6种, 116次, 6次) come before their actuals (37442人, 14种, 28种, 150次, 150次) and the "
                    "labels of 指标3 and 指标4 are missing, so only 指标1 and 指标2 (first in both runs) are recorded; 指标3-5 "
                    "(each 1 → 1) are left out. The 一级/二级 labels 产出指标/数量指标 are not printed (level1 is the block "
                    "before 质量指标, level2 left empty). 年初预算数 0. Truncated at 质量指标 指标1:提升国家基本…"
                ),
            ),
        ),
    ),
    Expected(
        file="04_hubei-guangshui-jiaotongyunshuju-xiangcundaolu-2021.txt",
        layout="spaces",
        cards=(
            Card(
                form="process",
                template="",
                title="广水市财政预算支出项目绩效目标自评表",
                name="乡村道路建设养护项目",
                department="广水市交通运输局",
                year=2021,
                budget="309",
                executed="309",
                rate="100%",
                total="95",
                notes=(
                    "Hubei county process scorecard: 项目决策 2分 / 项目管理 13分 / 项目绩效 85分, each row 分值 / 自评分 / "
                    "复核分 / 评价标准及依据. Visible 自评分: 决策依据 2, 财务制度 3, 组织机构 2, 运行监管 4, 目标申报 4; "
                    "乡村道路建设养护里程 300公里 → 300公里, 15 (数量指标 15分 ÷ 三级指标个数). 自评总分 95 cannot be re-added "
                    "from the excerpt (quality/benefit rows truncated). 309 printed once under 合计 and once under 执行数; "
                    "rate printed '100 %'."
                ),
            ),
        ),
    ),
    Expected(
        file="05_chongqing-liangping-linyeju-bumenzhengti-2022or2023.txt",
        layout="glued",
        cards=(
            Card(
                form="department",
                template="",
                title="重庆市梁平区林业局2023年度部门整体绩效自评表",
                department="重庆市梁平区林业局",
                rate="79.27",
                execution_weight="10",
                execution_points="7.93",
                total="97.93",
                notes=(
                    "Chongqing department-overall form, OCR glued. Year left None: the file title says 2022年度, the table "
                    "heading 2023年度. Money columns lost their leading digits ('.32.06.5'). Indicator runs such as "
                    "'国家级公益林管护面积万亩2810810' read target 28, weight 10, actual 8, points 10 — either OCR dropped "
                    "digits of the actuals or far-missed targets kept full points; 97.93 = 7.93 + 90 only if every row "
                    "scored full. Truncated at '公益林提供管'."
                ),
            ),
        ),
    ),
    Expected(
        file="06_sichuan-nanchong-linyeju-tuigenghuanlin-2023.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                name="51130021T000000229367-退耕还林工程建设专项工作经费",
                department="南充市林业",
                year=2023,
                budget="5.00",
                executed="5.00",
                rate="100.00%",
                execution_weight="10",
                execution_points=None,
                indicators=(Ind(OUTPUT, "数量指标", "会议培训举办次数(次)", "≥1次", "1", None, None),),
                missing=("总分",),
                slips=("execution 得分 cell is blank although the rate is 100.00% (weight 10)",),
                notes=(
                    "Image-OCR rendered as a pipe table. 年初预算 5.00, 调整后预算数 5.00, 预算执行数 5.00. The excerpt ends "
                    "inside the first indicator row right after its 完成值 '1' (weight and points not reached). The goal "
                    "text still mentions the 2018 inspection."
                ),
            ),
        ),
    ),
    Expected(
        file="07_hubei-wuhan-caidian-yuanlinlinyeju-senlinfanghuo-2021.txt",
        layout="glued",
        cards=(
            Card(
                form="no-points",
                template="",
                title="2021年度區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)項(xiàng)目績效自評表",
                name="區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)",
                department="區(qū)園林和林業(yè)局",
                year=2021,
                budget="63",
                executed="63",
                rate="100%",
                notes=(
                    "Printed in traditional characters with pinyin glosses after some of them ('區(qū)', '經(jīng)'), as "
                    "stored (auto-converted page): title = 2021年度区级森林防火专项经费项目绩效自评表, "
                    "项目 区级森林防火专项经费, 主管部门 区园林和林业局, 单位 蔡甸区园林和林业局. Wuhan district form: 资金来源 "
                    "一般预算内拨款 63 / 63 / 100%, 合计 63 / 63 / 100%; indicator rows 年初目标值 / 实际完成值 / 未完成原因及"
                    "改进措施 with no weights or points (every row '达成预期指标'). Targets and actuals differ in kind "
                    "(灭火设备配备率 100% → 1000件; 监控系统维护率 100% → 5个); 成本控制数 63 has no actual; 人员伤亡事故 sits "
                    "under 经济效益. Truncated at 满意度指标 社会公众…"
                ),
            ),
        ),
    ),
    Expected(
        file="08_ningxia-guyuan-yuanzhouqu-nongjizhongxin-malingshu-2022.txt",
        layout="glued",
        cards=(
            Card(
                form="unreadable",
                template="",
                title="马铃薯冲薯繁育示范推广项目绩效目标自评表",
                year=2022,
                budget="300",
                executed="259.45",
                rate="86.5%",
                total="99",
                notes=(
                    "OCR, cells glued, symbols garbled ('290$290%', '工5%', '880%^80%', '8250%5=50%'); the 项目名称 cell "
                    "itself is garbled ('碟令薯樽轴示施'; the title's 冲薯 is an OCR slip too) so name is None; two 主管部门 "
                    "(自治区 农业农村厅, 市县 原州区农业农村局) so department is None. "
                    "Readable it would be the 分值-before-target "
                    "layout ('poverty'): 分值 / 年度指标值 / 全年实际值 / 得分, sections 产出(40) 效益(40) 满意度(20), rows of 8 "
                    "points, e.g. '指标2企业自行采购8200万粒200万粒8' = 8 | "
                    "200万粒 | 200万粒 | 8; 可持续影响 '是' → '基本达到' 7. "
                    "No execution-points line is visible although the rate is 86.5% and 项目总得分 is 99; the time target "
                    "names 2021 in a 2022 form. Truncated at 满意度指标."
                ),
            ),
        ),
    ),
    Expected(
        file="09_sichuan-mianyang-zitong-renda-daibiaozhijia-2023.txt",
        layout="pipe-cells",
        cards=(
            Card(
                form="no-points",
                template="",
                title="人大代表之家建设项目绩效目标自评表",
                name="人大代表之家建设",
                department="梓潼县人大常委会办公室",
                year=2023,
                budget="40",
                executed="40",
                rate="100%",
                missing=("绩效指标", "总分"),
                notes=(
                    "Sichuan county 政策(项目)绩效目标自评表 after a narrative self-evaluation report. Its money block has "
                    "全年预算数 / 全年执行数 / 预算执行率 only (no 分值/得分); the scores live in the separate 附件2 "
                    "支出绩效评价得分表, not in the excerpt. 县级财政资金 40 / 40 / 100%. Truncated at '总体'."
                ),
            ),
        ),
    ),
    Expected(
        file="10_hunan-hengyang-hengshan-shangwuliangshiju-chubeiliang-2020.txt",
        layout="glued",
        cards=(
            Card(
                form="no-points",
                template="",
                title="2020年度县级专项资金绩效目标自评表",
                name="县级储备粮",
                department="衡山县商务和粮食局",
                year=2020,
                budget="194.9",
                executed="194.9",
                rate="100%",
                notes=(
                    "Hunan 县级专项资金绩效目标自评表: 年度指标值 / 全年完成值 / 未完成原因和改进措施, no weight or score "
                    "columns. docx text glued with stray spaces inside cells. 县级资金 194.9 / 194.9 / 100%. About 17 "
                    "indicator rows, mostly 100% → 100%; 政策性挂账利息补贴保障率 100% → '无' (explained: 没有轮换、动用库存); "
                    "市民满意度调查 '290%' (≥90%) → 100%."
                ),
            ),
        ),
    ),
    Expected(
        file="11_jiangxi-shangrao-sifaju-sifayewujingfei-2021.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="司法业务经费",
                department="上饶市司法局",
                year=2021,
                budget="620.82",
                executed="620.82",
                rate="100%",
                execution_weight="100",
                execution_points="10",
                missing=("绩效指标", "总分"),
                slips=("execution 分值 printed 100 while its 得分 is 10 (the form's execution weight is 10)",),
                notes=(
                    "Money written '620.82万元' in each cell (年初 / 全年 / 执行 all 620.82). The 其中:当年财政拨款 row repeats "
                    "'100 100% 10' where the standard form leaves 分值/得分 blank; the 得分 header is displaced after it. "
                    "Goal cells interleaved line by line; truncated in the 年度总体目标 text."
                ),
            ),
        ),
    ),
    Expected(
        file="12_sichuan-suining-daying-yiliaobaozhangju-chengxiangjumin-2023.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                indicators=(
                    Ind(OUTPUT, "", "城乡居民医保参保工作经费发放及时率", "=100%", None, "5", None),
                    Ind(OUTPUT, "成本指标", "城乡居民参保网络宣传成本预算", "≤101400元", None, "5", None),
                    Ind(OUTPUT, "成本指标", "城乡居民医保参保工作经费发放成本预", "=1元/人", None, "5", None),
                    Ind(BENEFIT, "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=100%", None, "15", None),
                    Ind(BENEFIT, "社会效益指标", "城乡居民医保参保工作经费应发尽发率", "=100%", None, "5", None),
                    Ind(BENEFIT, "可持续影响指标", "城乡居民医保参保机制健全性", "优良中低差", None, "10", None),
                    Ind(SATISFACTION, "服务对象满意度指标", "城乡居民参保人员满意度", "≥90%", None, "10", None),
                ),
                missing=("项目名称", "项目资金"),
                slips=(
                    "every 完成值 and 得分 cell is blank and 评价结论/存在问题/改进措施 still hold the template's instructions: "
                    "a published but unfilled scorecard",
                    "qualitative target '优良中低差' lists every grade instead of a target",
                ),
                notes=(
                    "Tail of a card (city/rural medical-insurance enrolment funds). The first row has no 一级/二级 label; it "
                    "sits in the 产出指标 block, before '成本指标 | …' which has one label only and so is a 二级 under 产出指标. "
                    "The 可持续影响 row's 指标性质 is '定性' (target recorded without it). The name '…发放成本预' is cut as "
                    "printed. '合计 | 100' carries one number: the weights' sum (points blank), so total is None."
                ),
            ),
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                name="51092322T000000431595-城乡居民监管工作经费",
                department="大英县医疗保障局部门",
                year=2023,
                missing=("项目资金", "绩效指标", "总分"),
                notes=(
                    "Head only: the year-goal text describes the 2022 plan (45万元 for 14 people, 30000元 each + 3万 "
                    "insurance) and 年度目标完成情况 still holds the template instruction. Truncated at the 预算执行情况(10分) "
                    "header."
                ),
            ),
        ),
    ),
    Expected(
        file="13_sichuan-yaan-mingshan-linyeju-linyecaoyuan-zhuanyizhifu-2024.txt",
        layout="lines",
        cards=(
            Card(
                form="transfer",
                template="",
                title="雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表",
                year=2024,
                budget="52.800000",
                executed="30.800000",
                rate="58.33%",
                notes=(
                    "Sichuan 转移支付 fund evaluation form (区域绩效): "
                    "全年预算数(A) / 统筹整合资金数(B) / 扣除统筹整合资金后预算金额(C) "
                    "/ 全年到位资金(D) / 预算到位 / 全年执行资金(E) / 预算执行, then 资金管理情况 rows. The unit is masked "
                    "('****') in the body; the title carries it. Numbers with six decimals; B column empty yet C = A; "
                    "30.8/52.8 = 58.33% and 到位 100.00% are right. No points. Truncated in 使用规范性."
                ),
            ),
        ),
    ),
    Expected(
        file="14_yunnan-baoshan-shidian-nongyenongcunju-xinxingjingyingzhuti-2019.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="twenty",
                title="项目支出绩效自评表",
                name="2019年新型农业经营主体扶持项目",
                department="施甸县人民政府",
                year=2019,
                budget="650",
                executed="94",
                rate="0.1",
                execution_weight="20",
                execution_points="2.9",
                indicators=(
                    Ind(OUTPUT, "数量指标", "扶持发展新型农业经营主体(个)", "15", "6", None, "8.0"),
                    Ind(OUTPUT, "数量指标", "带动贫困户(人)", "11442", "4164", None, "7.3"),
                    Ind(BENEFIT, "经济效益指标", "新型经营主体实现产值(%)", "8000", "12767.36", None, "31.9"),
                    Ind(BENEFIT, "经济效益指标", "新型经营主体助农增收(元)", "1980", "2074", None, "10.5"),
                    Ind(SATISFACTION, "服务对象满意度指标", "满意度(%)", "90", "100", None, "11.1"),
                ),
                total="71.7",
                slips=(
                    "execution rate printed 0.1 but 94/650 = 14.46% (20 x 14.46% = 2.89 → 2.9 is consistent)",
                    "indicator points exceed any weight the 80-point block allows: 31.9 (= 20 x 12767.36/8000), "
                    "10.5 (= 10 x 2074/1980), 11.1 (= 10 x 100/90) — B/A x weight with no cap",
                ),
                notes=(
                    "Yunnan 20-point execution form ('预算执行情况(万元)(20分)', '得分 (20分*执行率)', '年度绩效目标1 (80分)'); "
                    "no weight column, so weights are None (implied 20/20/20/10/10 from the points). Total re-adds: "
                    "2.9+8.0+7.3+31.9+10.5+11.1 = 71.7. 项目实施单位 施甸县农业农村局; filled 2022-07-05."
                ),
            ),
        ),
    ),
    Expected(
        file="15_anhui-luan-yuanqu-wenlvju-wenwubaohu-2022.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="市级文物保护专项经费绩效自评表",
                name="市级文物保护专项经费",
                department="裕安区文化和旅游局",
                year=2022,
                budget="29",
                executed="27.8",
                rate="0.958",
                execution_weight="9",
                execution_points="8",
                indicators=(
                    Ind(OUTPUT, "数量指标", "指标1:修缮建筑数量", _F15_TARGET, _F15_TARGET, "7", "7"),
                    Ind(OUTPUT, "数量指标", "指标2:修缮建筑面积", "6000平方米", "6000平方米", "7", "7"),
                    Ind(OUTPUT, "数量指标", "指标3:修缮级别", "市级保护单位", "市级保护单位", "7", "7"),
                    Ind(OUTPUT, "质量指标", "指标1:验收通过率", "100%", "95%", "6", "5"),
                    Ind(OUTPUT, "质量指标", "指标2:工程质量管理", "≥95%", "98%", "6", "6"),
                    Ind(OUTPUT, "质量指标", "指标3:文明施工", "≥95%", "97%", "6", "6"),
                    Ind(
                        OUTPUT,
                        "时效指标",
                        "项目设计、招标、施工",
                        "完成时间为2022年12月30日",
                        "完成时间为2022年12月30日",
                        "6",
                        "5",
                    ),
                    Ind(OUTPUT, "成本指标", "项目成本控制在预算内", "本着节约的原则,控制在预算中。", "100%", "5", "5"),
                    Ind(
                        BENEFIT,
                        "社会效益指标",
                        "文物本体安全、体现文物价值,提升知名度",
                        "加大文物保护,展示文物价值",
                        "程度较高",
                        "15",
                        "15",
                    ),
                ),
                missing=("总分",),
                slips=(
                    "execution rate 27.8/29 = 95.86% printed 0.958 (truncated, not rounded)",
                    "execution weight printed 9 (not 10) and points 8, while 9 x 95.86% = 8.63",
                    "time target '完成时间为2022年12月30日' met exactly yet scored 5 of 6",
                ),
                notes=(
                    "Same figures on 年度资金总额 and 其中:当年财政拨款 rows (年初 29). 验收通过率 100% → 95% scored 5 of 6 "
                    "(linear-60% rule gives 5.25, proportional 5.7 — rule-dependent). 成本指标 is a 二级 under 产出指标 with a "
                    "prose target. Weights visible 7+7+7+6+6+6+6+5+15 = 65 (+9 execution); truncated at '可…' "
                    "(可持续影响指标)."
                ),
            ),
        ),
    ),
    Expected(
        file="16_sichuan-suining-daying-wenguanglvju-tushuguan-2022.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                indicators=(
                    Ind(BENEFIT, "", "公益性讲座知晓率", "=100%", "100", "5", "5"),
                    Ind(BENEFIT, "可持续影响指标", "图书馆管理机制健全性", "好坏", "好坏", "5", "5"),
                    Ind(SATISFACTION, "服务对象满意度指标", "活动参与人员满意度", "≥95%", "95", "5", "5"),
                    Ind(SATISFACTION, "服务对象满意度指标", "聘用人员满意度", "≥95%", "95", "5", "5"),
                ),
                total="100",
                missing=("项目名称", "项目资金"),
                slips=("qualitative target and actual are both the template placeholder '好坏', yet full 5 points",),
                notes=(
                    "Tail of the library free-opening (图书馆免费开放) card. The first row has no labels; it precedes "
                    "'可持续影响指标 | …' (one label = a 二级 under the same 一级), so its 一级 is 效益指标 and its 二级 is not "
                    "printed. 图书馆管理机制健全性 has 指标性质 '定性'. '合计 | 100 | 100' = weights 100, points 100. The "
                    "存在问题 text says funds arrive late every year while the card scores 100."
                ),
            ),
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                name="51092322T000000436802-文化市场综合行政执法人员制式服装预算经费",
                department="大英县文化广播电视和旅游局部门",
                year=2022,
                missing=("项目资金", "绩效指标", "总分"),
                notes=(
                    "Head only: goal 3.75万元 for 9 uniforms at 0.4163万元 (9 x 0.4163 = 3.7467 ≈ 3.75). Truncated at "
                    "'预算执行情况(10分)'."
                ),
            ),
        ),
    ),
    Expected(
        file="17_chongqing-pengshui-weijianwei-jihuashengyu-zhuanyizhifu-2024.txt",
        layout="lines",
        cards=(
            Card(
                form="transfer",
                template="",
                title="彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表",
                year=2024,
                budget="1084.25",
                notes=(
                    "NHC/MOF transfer-payment checklist (指标解释 / 自评内容 / 完成情况 / 支撑材料), no points. Money: "
                    "1084.25 = 668.00 + 343.00 + 73.25; 奖励扶助 763.00 = 502.00 + 208.00 + 53.00; 特别扶助 321.25 = "
                    "166.00 + 136.00 + 20.25; 763.00 + 321.25 = 1084.25 — all add up. 2023年绩效调整资金 block blank; the "
                    "资金下达 row keeps the placeholder '(-年-月-日)'. No executed amount."
                ),
            ),
        ),
    ),
    Expected(
        file="18_anhui-huaibei-suixi-minzhengju-linshijiuzhu-2019.txt",
        layout="pipe-cells",
        cards=(
            Card(
                form="project",
                template="poverty",
                title="绩效目标自评表",
                name="临时救助",
                department="[155]濉溪县民政局",
                year=2019,
                budget="30",
                executed="30",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "★★★农村低保发放人数(按月平均)(≥**人)", ">=21933人", "21980人", "5", "5"),
                    Ind(
                        OUTPUT,
                        "数量指标",
                        "★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)",
                        ">=9431人",
                        "9453人",
                        "5",
                        "5",
                    ),
                    Ind(OUTPUT, "数量指标", "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)", ">=59人次", "87人次", "5", "5"),
                    Ind(OUTPUT, "数量指标", "★★★特困人员救助供养人数(按月平均)(≥**人)", ">=4754人", "4604人", "5", "5"),
                    Ind(OUTPUT, "数量指标", "扶贫临时救助人数(按月平均)(≥**人)", ">=7人", "7人", "10", "10"),
                    Ind(OUTPUT, "质量指标", "★农村低保标准(≥**元/人·月)", ">=530元/人*月", "583元/人*月", "5", "5"),
                    Ind(
                        OUTPUT,
                        "质量指标",
                        "农村特困人员救助供养基本生活标准(≥**元/人·月)",
                        ">=570元/人*月",
                        "758元/人*月",
                        "5",
                        "5",
                    ),
                    Ind(
                        OUTPUT,
                        "质量指标",
                        "扶贫临时救助标准(<**元/户·年)——一户年最高5300元",
                        "<=5300元/户",
                        "5830元/户",
                        "10",
                        "10",
                    ),
                    Ind(BENEFIT, "社会效益指标", "★★★受益建档立卡贫困人口数≥**人", ">=80人", "87人", "30", "30"),
                    Ind(SATISFACTION, "服务对象满意度指标", "★受助对象满意度(≥**%)", ">=9", None, "10", None),
                ),
                missing=("总分",),
                slips=(
                    "特困人员救助供养人数 target >=4754人, actual 4604人 (96.8%), yet full 5 points",
                    "扶贫临时救助标准 target <=5300元/户, actual 5830元/户 (10% over the cap), yet full 10 points",
                ),
                notes=(
                    "2019 扶贫-style 绩效目标自评表: 分值 column before the targets; sections 产出指标(50分) 效益指标(30分) "
                    "满意度指标(10分) + execution 10. The '★★★其中:…' row carries its own 分值 and 得分 and is included. "
                    "Targets use ASCII '>=' / '<='; the national template's '(≥**人)' placeholders stay in the names. "
                    "产出 weights 5+5+5+5+10+5+5+10 = 50. The last row is cut inside its target ('>=9…'). The 4604 row's "
                    "deviation note: 特困人员实行动态管理."
                ),
            ),
        ),
    ),
    Expected(
        file="19_hebei-handan-chengan-minzhengju-gaolingjintie-2020.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="hebei",
                title="成安县民政局2020年度预算项目绩效自评表",
                name="19名百岁老人高龄津贴",
                department="314002-成安县民政局机关",
                year=2020,
                budget="6.84",
                executed="6.84",
                rate="100.00",
                indicators=(
                    Ind(OUTPUT, "质量指标", "符合条件申报对象覆盖率", ">=98%(百分比)", "100%", "25.00", "6.25"),
                    Ind(OUTPUT, "时效指标", "完成率", ">=99%(百分比)", "100%", "25.00", "6.25"),
                    Ind(BENEFIT, "社会效益指标", "补贴发放率", ">=75%(百分比)", "100%", "30.00", "9.00"),
                    Ind(SATISFACTION, "服务对象满意度指标", "服务对象满意度", ">=95%(百分比)", "100%", "10.00", "1.00"),
                ),
                missing=("总分",),
                slips=(
                    "单项指标得分 holds the weight (25.00, 25.00, 30.00, 10.00) instead of a 0-100 score although every row "
                    "says 完成: 折算得分 6.25/6.25/9.00/1.00 sum to 22.5 instead of 90",
                ),
                notes=(
                    "Hebei 预算项目绩效自评表: 自评得分 = 单项指标得分 x 权重占比(%) "
                    "= 单项指标折算得分. Each row ends with three "
                    "numbers: 单项指标得分, 权重占比, 折算得分; weight = 权重占比, "
                    "points = 折算得分. The 指标分值 column holds the "
                    "indicator's description text (e.g. 享受补贴政策人数占符合条件申报对象总数的比例). 效果指标 → 效益指标. The "
                    "rate is 预算执行进度(%) printed 100.00; the 预算执行率 scoring row at the bottom is truncated blank, so "
                    "execution weight/points are None. 实施(主管)单位 is the department cell."
                ),
            ),
        ),
    ),
    Expected(
        file="20_yunnan-baoshan-tuiyijunrenshiwuju-chunjiezoufang-2022.txt",
        layout="pipe-cells",
        cards=(
            Card(
                form="project",
                template="twenty",
                title="2022年度项目支出绩效自评表",
                name="春节走访慰问经费",
                department="保山市退役军人事务局",
                year=2022,
                budget="34.64",
                executed="34.64",
                rate="100%",
                execution_weight="20",
                execution_points="20",
                indicators=(
                    Ind(OUTPUT, "数量指标", _F20_NAME, "100%", "100%", None, "20"),
                    Ind(OUTPUT, "质量指标", "补助经费足额拨付率", "100%", "100%", None, "20"),
                    Ind(OUTPUT, "时效指标", "春节前完成走访慰问", "按时限完成", "100%", None, "20"),
                    Ind(
                        BENEFIT,
                        "社会效益指标",
                        "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
                        "小于5次",
                        "无上访",
                        None,
                        "10",
                    ),
                    Ind(
                        SATISFACTION,
                        "服务对象满意度指标",
                        "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
                        "100%",
                        "100%",
                        None,
                        "10",
                    ),
                ),
                total="100",
                grade="优",
                notes=(
                    "Consistent card: 20 + 60 + 10 + 10 = 100, 优. Per-indicator weights are not printed, only section "
                    "totals 产出指标(60分) 效益指标(10分) 满意度指标(10分) and 年度绩效目标(80分). The first name is the whole "
                    "list of visit counts. 'R' is the OCR of a ticked box. 填报日期 2023-04-06."
                ),
            ),
        ),
    ),
    Expected(
        file="21_hubei-huangshi-zhujianju-haimianchengshi-2022.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="twenty",
                title="2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表",
                name="黄石市系统化全域海绵城市示范城市的申报工作经费",
                department="黄石市住房和城乡建设局",
                year=2022,
                budget="200",
                executed="195.5",
                rate="97.75%",
                execution_weight="20",
                execution_points="19.55",
                indicators=(
                    Ind(
                        OUTPUT,
                        "数量指标",
                        "完成省级宣传片制作;完成实施方案的编制;完成自评估报告",
                        "完成1部宣传片,2套方案",
                        "完成1部宣传片,2套方案",
                        None,
                        "10",
                    ),
                    Ind(OUTPUT, "质量指标", "通过专家评审", "通过", "通过", None, "10"),
                    Ind(
                        OUTPUT,
                        "时效指标",
                        "上半年完成宣传片制作;下半年完成实施方案",
                        "6月份完成宣传片制作;9月份完成文本;11月完成专家评审",
                        "完成",
                        None,
                        "10",
                    ),
                    Ind(
                        OUTPUT, "成本指标", "省级宣传片制作费、申报文本编制费、自评估报告编制费", "200万", "195.5万元", None, "10"
                    ),
                    Ind(BENEFIT, "经济效益指标", "统筹海绵城市项目谋划", "统筹海绵城市项目谋划", "完成", None, "10"),
                    Ind(BENEFIT, "社会效益指标", "指导城市建设", "指导城市建设", "完成", None, "10"),
                    Ind(BENEFIT, "生态效益指标", "有利于城市生态、韧性发展", "有利于城市生态、韧性发展", "完成", None, "10"),
                    Ind(SATISFACTION, "满意度指标", "群众满意度", "满意", "完成", None, "10"),
                ),
                total="99.55",
                notes=(
                    "Consistent positive case: 195.5/200 = 97.75%, 20 x 97.75% = 19.55, 8 x 10 = 80, 总分 printed '99.55分'. "
                    "Per-indicator weights are not printed. 成本指标 is a 二级 under 产出指标 (row broken after the label). "
                    "The satisfaction 二级 is printed '满意度指标' (kept as printed). '经济效益 指标' etc. normalised."
                ),
            ),
        ),
    ),
    Expected(
        file="22_neimenggu-bayannaoer-linhe-caizhengju-jiuyebuzhu-2022.txt",
        layout="spaces",
        cards=(
            Card(
                form="transfer",
                template="",
                title="就业补助资金绩效目标自评表",
                name="就业补助资金",
                department="巴彦淖尔市临河区财政局",
                year=2022,
                budget="7165.32",
                executed="6992.95",
                notes=(
                    "转移支付 self-evaluation (资金投入情况 by source, "
                    "资金管理情况, 总体目标, indicators 年度目标指标值), no points; "
                    "department is the 地方主管部门. Executed parts 3144.00+570.17+432.10+1294.84+1551.84 = 6992.95 (ok); "
                    "budget parts 3144.00+570.17+433.00+1426.90+1591.22 = 7165.29 but 年度资金总额 printed 7165.32 (0.03 "
                    "off). No rate printed. Truncated at the first indicator (享受社会保险补贴人员数量 4443)."
                ),
            ),
        ),
    ),
    Expected(
        file="23_anhui-huainan-tianjiaan-rensheju-jiuyebuzhu-2024.txt",
        layout="pipe",
        cards=(
            Card(
                form="transfer",
                template="",
                title="就业补助资金绩效自评表",
                name="就业补助资金",
                year=2024,
                budget="808.1",
                executed="692.98",
                rate="86%",
                notes=(
                    "转移支付 self-evaluation, no points. 地方主管部门 "
                    "lists two bodies (安徽省人力资源和社会保障厅, 淮南市人力资源和"
                    "社会保障局), 资金使用单位 淮南市田家庵区人力资源和社会保障局, so department is None. 692.98/808.1 = 85.75% "
                    "printed 86%; 执行准确性 claims no large deviation with 14% unspent; 下达及时性 and 支出责任履行情况 blank. "
                    "Truncated at the indicator header."
                ),
            ),
        ),
    ),
    Expected(
        file="24_anhui-chuzhou-rensheju-sanzhiyifu-2022.txt",
        layout="lines",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="“三支一扶”省级财政补助资金",
                department="滁州市人力资源和社会保障局",
                year=2022,
                budget="99",
                executed="99",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                missing=("绩效指标", "总分"),
                notes=(
                    "Preceded by a list of the unit's 8 tables (not cards). Heading printed '2022年度)' without '('. 年初 99, "
                    "全年预算数(A) 99, 全年执行数(B) 99; 其中 rows use '-' in "
                    "分值/得分. The 预期目标 cell starts with an unmatched "
                    "quote ('三支一扶”…'). Truncated in the 实际完成情况 text."
                ),
            ),
        ),
    ),
    Expected(
        file="25_shanxi-jishan-yiliaobaozhangju-jiandanglika-geren-jiaofei-2020.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="稷山县项目支出绩效自评表",
                name="建档立卡个人缴费县级配套资金",
                department="稷山县医疗保障局",
                year=2020,
                budget="65.66",
                executed="65.07",
                rate="99%",
                execution_weight="10",
                execution_points="9",
                indicators=(
                    Ind(OUTPUT, "数量指标", "指标1:全县参合人数", "8755", "8676", "15", "13"),
                    Ind(OUTPUT, "质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", "15", "15"),
                    Ind(OUTPUT, "时效指标", "指标1:资金是否全部及时纳入", "100%", "100%", "10", "10"),
                    Ind(OUTPUT, "成本指标", "指标1:配套资金每人每年", "75元", "75元", "10", "10"),
                    Ind(BENEFIT, "社会效益指标", "指标1:是否解决建档立卡人员看病难贵问题", "95%", "95%", "30", "27"),
                    Ind(SATISFACTION, "服务对象满意度指标", "指标1:是否满意", "95%", "95%", "10", "9"),
                ),
                total="94",
                slips=(
                    "total printed 94 but the published points add to 9+13+15+10+10+27+9 = 93",
                    "two targets met exactly (95% → 95%) lose points: 27 of 30 and 9 of 10",
                    "8676/8755 = 99.1% scores 13 of 15 (proportional would give 14.86)",
                    "execution 65.07/65.66 = 99.10% scores 9 of 10 (10 x 99.10% = 9.91)",
                ),
                notes=(
                    "xlsx flattened out of row order: the 成本/效益/满意度 labels come after their numbers (75元 75元 10 10 / "
                    "95% 95% 30 27 / 95% 95% 10 9 / 100 94). Only two money figures (65.66, 65.07) for 年初/全年/执行: one "
                    "cell is blank; 65.66 is the budget the 99% rate "
                    "uses. 成本指标 is a 二级 under 产出指标(50分) (15+15+10+10 = "
                    "50). 二级 '社会效益' printed without 指标 and '服务对象满 … "
                    "意度指标' split by the flattening (both normalised). "
                    "Weights 10+50+30+10 = 100. 实施单位 稷山县医疗保险服务中心."
                ),
            ),
        ),
    ),
    Expected(
        file="26_anhui-luan-huoshan-yibaoju-yiliaojiuzhu-zhuanyizhifu-2024.txt",
        layout="pipe",
        cards=(
            Card(
                form="transfer",
                template="",
                title="医疗救助补助资金转移支付项目绩效目标自评表",
                name="医疗救助补助资金",
                department="医疗保障局",
                year=2024,
                budget="3359.62",
                executed="3359.62",
                rate="100%",
                notes=(
                    "转移支付 self-evaluation, no points; money written '3359.62万'. 829.3 + 0 + 2530.32 = 3359.62 (parts add "
                    "up); the 彩票公益金 row prints 0 / 0 / 100% (a rate from 0/0); every 资金管理 row answers '暂无'. "
                    "Indicators 享受医疗救助人次 ≥50000人次 → 110406; truncated at 医疗救助合规率 100…"
                ),
            ),
        ),
    ),
    Expected(
        file="files/DoExecl_static_template.xls",
        layout="xls",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="2019年210青少年校园足球扶持资金",
                department="教育部",
                year=2019,
                total="0",
                missing=("项目资金", "绩效指标"),
                slips=("the scorecard is unfilled: no fund rows, no indicator rows, 总分 0 / 0",),
                notes=(
                    "Sheet '项目支出绩效自评表' (11 rows): title, '(2019年度)', 项目名称, 主管部门 教育部 (实施单位 blank), the "
                    "项目资金（万元） header (with a stray '项目名称' label in the merged C:D cell), 预期目标 text "
                    "'完成校园足球运动技术动画20集的设计制作与播出', the indicator "
                    "header, and 总分 with the text cells '0' (分值) "
                    "and '0' (得分). Other sheets hold the declared targets (执行监控: 14 indicators, 年初预算数 190.00)."
                ),
            ),
        ),
    ),
    Expected(
        file="files/DoExecl_1.xls",
        layout="xls",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="2019年210青少年校园足球扶持资金",
                department="教育部",
                year=2019,
                indicators=(
                    Ind(OUTPUT, "成本指标", "成本节约率", "≥0", None, "0.0", "0.0"),
                    Ind(BENEFIT, "可持续影响指标", "在校园普及足球运动技术", "作用明显", None, "0.0", "0.0"),
                    Ind(SATISFACTION, "校园用户满意度", "媒体播出满意度", "很满意", None, "0.0", "0.0"),
                ),
                total="#REF!",
                missing=("项目资金",),
                slips=(
                    "总分 cells (分值 and 得分) are #REF! formula errors, not numbers",
                    "indicator weights are all 0.0 (sum 0, not 90) and points 0.0; no actual values; fund rows empty",
                ),
                notes=(
                    "Same workbook after the DoExecl program inserted 3 indicator rows (copied from the 执行监控 sheet, "
                    "probably not typed by the unit). 分值/得分 are text cells '0.0'. The 总分 row's two cells are "
                    "XL_CELL_ERROR with code 0x17 = #REF! (xlrd returns the raw code 23, which files/DoExecl_1.xls.source.txt "
                    "misreads as '总分 23 23'). The satisfaction 二级 is printed '校园用户满意度'."
                ),
            ),
        ),
    ),
)


EXTRA: tuple[Expected, ...] = (
    Expected(
        file="extra/01_hebei-langfang-shipingongchengxuexiao-nuantonggaizao-2019.txt",
        layout="lines",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="办公宿舍楼、食堂及餐厅暖通改造经费",
                department="廊坊市发改委",
                year=2019,
                budget="43.2",
                executed="37.24",
                rate="86%",
                execution_weight="10",
                execution_points="9",
                indicators=(
                    Ind(OUTPUT, "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9"),
                    Ind(OUTPUT, "质量指标", "指标1工程完工率", "100", "100", "10", "10"),
                    Ind(OUTPUT, "质量指标", "指标2工程验收合格率", "100", "100", "10", "10"),
                    Ind(OUTPUT, "时效指标", "指标1项目完成及时率", "100", "100", "10", "10"),
                    Ind(OUTPUT, "成本指标", "指标1成本控制率", "100", "100", "10", "10"),
                    Ind(BENEFIT, "经济效益指标", "指标1安全率", "100", "100", "10", "10"),
                    Ind(BENEFIT, "社会效益指标", "指标1学校发展能力", "100", "100", "10", "10"),
                    Ind(BENEFIT, "可持续影响指标", "指标1长期使用性", "100", "100", "10", "10"),
                    Ind(SATISFACTION, "服务对象满意度指标", "指标1学生满意度", "100", "100", "10", "10"),
                ),
                missing=("总分",),
                notes=(
                    "年初 43.2, 全年 43.2, 执行 37.24: 37.24/43.2 = 86.20% printed 86%, execution 9 of 10 (proportional 8.62 "
                    "rounded to an integer; a band rule would give 7) — rule-dependent, not listed as a slip. The template's "
                    "empty '指标2' and '……' rows and an empty 生态效益指标 block are not indicators. Some rows end with a "
                    "deviation cell '0'. Weights 10 + 9 x 10 = 100. 实施单位 廊坊市食品工程学校. Truncated after the "
                    "satisfaction row."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/02_anhui-chizhou-guichi-tangxizhen-weituoyewu-2022.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="委托业务项目",
                department="219-池州市贵池区棠溪镇人民政府",
                year=2022,
                budget="0",
                executed="0",
                rate="0",
                execution_weight="10",
                execution_points="0",
                indicators=(
                    Ind(OUTPUT, "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "8", "8"),
                    Ind(OUTPUT, "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "8"),
                    Ind(OUTPUT, "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"),
                    Ind(OUTPUT, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "8"),
                    Ind(OUTPUT, "成本指标", "项目总成本", "≤90万元", "90", "8", "8"),
                    Ind(OUTPUT, "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", "10", "10"),
                    Ind(BENEFIT, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", "10", "10"),
                    Ind(BENEFIT, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", "10", "10"),
                    Ind(
                        BENEFIT,
                        "可持续影响指标",
                        "对推动基建项目“四项制度”健全和落实的持续性影响",
                        "效果明显",
                        "达成预期指标",
                        "10",
                        "10",
                    ),
                ),
                missing=("总分",),
                slips=(
                    "年度资金总额 row prints 0 / 0 / 0 with rate 0 and execution points 0, while 其中:本年财政拨款 reads "
                    "90 / 89.974 / 89.974 (100% of the adjusted budget spent)",
                ),
                notes=(
                    "docx text flattened after a metadata line. The budget fields record the 年度资金总额 row as printed; the "
                    "其中 row (年初 90, 全年 89.974, 执行 89.974) has blank "
                    "分值/执行率/得分. Sections 产出指标(50分) = 8+8+8+8+8+10, "
                    "效益指标(30分) = 10+10+10; 经济效益指标 printed empty. Truncated at the satisfaction row "
                    "('满意度指标(10分) 满意度指标 公众满', name cut, not recorded)."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/03_hebei-tangshan-laoting-shichangjianguanju-shuangsuiji-2021.txt",
        layout="lines",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="商品质量检测经费",
                year=2021,
                indicators=(
                    Ind(BENEFIT, "可持续影响指标", "可持续", "可持续", "可持续", "10", "9"),
                    Ind(SATISFACTION, "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", "10", "10"),
                ),
                total="99",
                missing=("项目资金",),
                notes=(
                    "The preview skips pages: '年度资金总' runs straight into the card's last rows, so the money block and "
                    "most indicators are lost. A nameless row '≥90% 95% 10 10' (name cut off) precedes the 可持续 row and is "
                    "not recorded. The 可持续影响 row's name, target and actual are all the word '可持续'. 总分 100 / 99. "
                    "主管部门 cell empty; 实施单位 乐亭县市场监督管理局."
                ),
            ),
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="双随机抽查委托审计费",
                year=2021,
                budget="30",
                executed="30",
                rate="100%",
                execution_weight="10",
                execution_points="99",
                missing=("绩效指标", "总分"),
                slips=("execution points printed 99 against a weight of 10",),
                notes=(
                    "Money header 年初预算数 / 调整预算数 / 全年执行数 / 分值 / 执行率 "
                    "/ 得分 but the row reads '30 30 10 100% 99': "
                    "one of the three money cells is blank (其中 row: '30 30 [blank] 100% [blank]'), so budget/executed are "
                    "the two 30s as printed. 99 looks like a total typed into the execution 得分 cell. 主管部门 cell empty; "
                    "实施单位 乐亭县市场监督管理局. Truncated in 实际完成情况."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/04_sichuan-suining-daying-sifaju-ankeitidai-2023.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                indicators=(Ind(OUTPUT, "经济成本指标", "成本控制数", "≤30万元", "完成", "90", "90"),),
                missing=("项目名称", "项目资金"),
                notes=(
                    "Tail of a card whose single indicator carries all 90 indicator points; 经济成本指标 is printed under "
                    "产出指标; the actual is the word '完成' against a numeric ≤ target. '合计 | 100' carries one number "
                    "(weights' sum; the points total is blank), so total is None."
                ),
            ),
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表",
                name="51092324T000010263357-2023年全县安可替代补助资金项目",
                department="大英县司法局部门",
                year=2023,
                budget="3.36",
                executed="3.36",
                rate="100.00%",
                execution_weight="10",
                execution_points="10",
                indicators=(Ind(OUTPUT, "质量指标", "完成安可产品购买并按要求支付资金", "=100", None, None, None),),
                missing=("总分",),
                notes=(
                    "年初预算 0.00, 调整后预算数 3.36 (all money added in-year). 财政专户管理资金 and 单位资金 rows print "
                    "0.00 / 0.00 / 0.00 with rate 0.00% (0/0). The only indicator row is cut after its 指标值 '100' (unit, "
                    "完成值, 权重, 得分 not in the excerpt)."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/05_hainan-shengshangwuting-fuwumaoyi-xiangmu-jixiaozipingbiao.txt",
        layout="lines",
        cards=(
            Card(
                form="process",
                template="",
                title="服务贸易项目绩效自评表",
                department="省商务厅",
                budget="570",
                executed="395.86",
                notes=(
                    "Hainan provincial process scorecard: 一、项目基本情况 (计划投资额 570 / 实际到位资金 398.88 / 实际使用情况 "
                    "395.86, each split 中央财政 / 省财政 / 市县财政 / 其他) and 二、绩效评价指标评分 (一级指标 分值 / 二级指标 "
                    "分值 / "
                    "三级指标 分值 / 得分): 项目决策 20 = 目标内容 4/4 + 决策依据 3/3 + 决策程序 5/5 + 分配办法 2/2 + 分配结果 "
                    "6/6; "
                    "项目管理 25 = 到位率 3/3 + 到位时效 2/2 + 资金使用 7/7 + 财务管理 3/3 + 组织机构 1/1 + 管理制度 9/9; "
                    "项目绩效 55 = "
                    "项目产出 15 (产出数量 5/5, 产出质量 4/4, 产出时效 3/3, 产出成本 3/3) + 项目效益 40 (cut at '经济'). Every "
                    "visible "
                    "row at full points, 到位率 included although 398.88 of 570 (70%) arrived. No 项目名称 row (the title names "
                    "the "
                    "project); year not printed; no total in the excerpt."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/06_fujian-shengtailian-taibao-fupinjikun-2017-mubiaobiao.txt",
        layout="spaces",
        cards=(
            Card(
                form="target",
                template="",
                title="2017年财政支出项目绩效目标表",
                name="台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费",
                department="福建省台湾同胞联谊会",
                year=2017,
                notes=(
                    "A target form (绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标), published beside the 2016 "
                    "self-evaluation: 投入-成本目标 (目标1 发放省直困难、高龄台胞 100% / 按实际情况发放; 目标2 … 100% / 100%), "
                    "产出-数量目标 (目标1 困难补助受益 …; 目标2 丰收节活动1次 … twice; 目标3 cut). No actuals, weights or "
                    "points: "
                    "nothing to score."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/07_fujian-putian-xiuyu-shuiliju-shuilizhuanxiang-2025-mubiaobiao.txt",
        layout="glued",
        cards=(
            Card(
                form="target",
                template="",
                title="秀屿区2025年省级第七批水利专项资金绩效目标表",
                name="省级第七批水利专项资金",
                department="秀屿区水利局",
                year=2025,
                budget="35",
                notes=(
                    "A notice's 附件2, glued (no cell separators): 资金总额 35 = 财政拨款 35 + 其他资金 0; indicator columns "
                    "一级 / 二级 "
                    "/ 三级 / 指标解释 / 指标方向 / 笏石街道办 / 埭头镇 (one target per town): 省级财政专项资金投入成本控制率(%) "
                    "≤ "
                    "100% 100%; 开展修复工程(个) ≥ 1 1; 已建工程是否存在质量问题 是/否 否 否; 项目开展率(%) ≥ 100% 100%; cut in "
                    "社会效益指标. A target form: nothing to score."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/08_unknown-qushangwuju-fuwumaoyi-fazhanzijin-2020.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="twenty",
                title="2020年市级服务贸易发展资金项目自评表",
                name="2020年市级服务贸易发展资金",
                department="区商务局",
                year=2020,
                budget="285.84",
                executed="285.84",
                rate="100%",
                execution_weight="20",
                execution_points="20",
                indicators=(
                    Ind(OUTPUT, "数量指标", "服务外包在岸(万美元)", "20000", "23333.56", None, "10"),
                    Ind(OUTPUT, "数量指标", "服务外包离岸(万美元)", "4500", "4557.51", None, "10"),
                    Ind(OUTPUT, "数量指标", "支持服务贸易、服务外包企业数量", "3", "3", None, "10"),
                    Ind(OUTPUT, "质量指标", "企业国际质量提升", "获得目的国(地区)受众欢迎", "受目的国受众欢迎显著", None, "10"),
                    Ind(OUTPUT, "时效指标", "预算资金执行率", "90%", "100%", None, "10"),
                    Ind(OUTPUT, "时效指标", "资金拨付及时性", "98%以上", "100%", None, "10"),
                    Ind(
                        BENEFIT,
                        "社会效益指标",
                        "企业把握政治导向和文化方向情况",
                        "企业把握正确政治导向和文化方向情况的评价",
                        "企业较好把握正确政治导向和文化方向情况的评价",
                        None,
                        "20",
                    ),
                    Ind(
                        BENEFIT,
                        "可持续影响指标",
                        "推动企业走出去方面发挥的作用",
                        "是否利于企业走出去",
                        "有利于推动企业走出去",
                        None,
                        "20",
                    ),
                ),
                total="100",
                slips=(
                    "the section headings give 产出指标(60分) + 效益指标(40分) = 100 under 年度绩效目标(80分), and the printed "
                    "points "
                    "add to 20 + 60 + 40 = 120 against 总分 100",
                ),
                notes=(
                    "Province not named (区商务局, 区直专项; Hubei-style 20-point execution). No weight column: weights only in "
                    "the "
                    "section headings (产出 60 over six rows, 效益 40 over two). The 一级/二级 labels are printed after the rows "
                    "in the "
                    "stream (数量指标 for the first three, 质量指标 for the fourth, 时效指标 for 执行率 and 拨付及时性, by "
                    "position in the "
                    "table); the two benefit rows' actuals and their points 20 20 come after those labels, then 100 (总分). "
                    "Cells are "
                    "broken inside ('服务外 包企业数量', '获得目的国 (地区)受 众欢迎'). The 预算资金执行率 row re-scores "
                    "execution "
                    "(90% target, 100% actual) as an output indicator."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/09_anhui-chuzhou-tianchang-shuiliju-shuihanzaihaifangyu-2022.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="水旱灾害防御经费",
                year=2022,
                budget="880",
                executed="880",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "指标1:完成中型灌区节水改造项目数量", "1", "1", "10", "10"),
                    Ind(OUTPUT, "数量指标", "指标2:完成农业综合水价改革项目", "1", "1", "10", "10"),
                    Ind(OUTPUT, "质量指标", "指标1:工程质量合格", "", None, "10", "10"),
                    Ind(OUTPUT, "时效指标", "指标1:年度资金支付完成率100%", "", None, "10", "10"),
                    Ind(OUTPUT, "成本指标", "指标1:资金执行在预算范围内", "", None, "10", "10"),
                    Ind(BENEFIT, "经济效益指标", "指标1:全市安全度汛", "", None, "10", "10"),
                    Ind(BENEFIT, "社会效益指标", "指标1:保护全市人口财产不受损失", "", None, "10", "10"),
                    Ind(BENEFIT, "可持续影响指标", "指标1:已建工程良性运行", "", None, "10", "10"),
                    Ind(SATISFACTION, "服务对象满意度指标", "指标1:服务对象满意度", "90%", "100%", "10", "10"),
                ),
                total="100",
                notes=(
                    "年初 880, 全年 880, 执行 880, 分值 10, 执行率 blank, 得分 10 (five values for six columns; the 其中 row "
                    "prints '880 880 880 - -'). 主管部门 cell empty; 实施单位 天长市水利局. The 一级指标 cells are lost: the "
                    "sections "
                    "show only '(50分)', '(30分)', '满意度指标 (10分)'; weights 10+10+10+10+10 = 50, 10+10+10 = 30, 10. Six rows "
                    "print no 年度指标值 and no 实际完成值, only 分值 and 得分 (the time row's 100% is part of its name). The "
                    "生态效益 row '指标1:/ / /' is a placeholder, not an indicator; '指标2:' and '……' are template filler. 总分 "
                    "100 / 100."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/10_anhui-suzhou-xiaoxian-zhangzhuangzhai-hexicun-tesezhongyang-2023.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="poverty",
                title="绩效目标自评表",
                name="河西村特色种养补贴到户项目",
                department="县农业农村局",
                year=2023,
                budget="9.48",
                executed="9.48",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "★补助各类瓜果蔬菜种植面积", "29.5亩", "29.5亩", "20", "20"),
                    Ind(OUTPUT, "数量指标", "★补助鱼塘面积", "3亩", "3亩", "10", "10"),
                    Ind(OUTPUT, "数量指标", "★补助家畜家禽养殖数量", "192只", "192只", "10", "10"),
                    Ind(OUTPUT, "质量指标", "种植作物成活率", "95%", "95%", "5", "5"),
                    Ind(OUTPUT, "质量指标", "养殖家畜家禽成活率", "95%", "100%", "5", "5"),
                    Ind(BENEFIT, "经济效益指标", "特色产业带动增加受益农户收入(总收入)", "≥11.376万元", "12万元", "20", "20"),
                    Ind(BENEFIT, "社会效益指标", "受益人口数量", "90人", "90人", "10", "10"),
                ),
                missing=("总分",),
                notes=(
                    "实施单位 张庄寨镇人民政府. 年度资金总额 and 其中:本年财政拨款 both print 9.48 / 9.48 / 10 / 100% / 10. "
                    "Seven "
                    "'其中…' rows (其中桃树种植面积 1.5亩 / 1.5亩, 其中苹果树种植面积 5亩, 其中露天蔬菜 20亩, 其中大棚蔬菜 3亩, "
                    "其中鱼塘养殖面积 3亩, 其中羊养殖数量 180只, 其中猪养殖数量 12头) break the ★ row above them down and carry "
                    "no 分值 "
                    "or 得分: not indicators (the breakdowns add up: 1.5+5+20+3 = 29.5, 180+12 = 192). 产出指标(50分) = "
                    "20+10+10+5+5, "
                    "效益指标(30分) = 20+10. Truncated at '满意', no total."
                ),
            ),
        ),
    ),
    # west/centre
    Expected(
        file="extra/20_yunnan-chuxiong-nanhua-nongyenongcunju-yeshengjun-jiagongchejian-yearunknown.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="mof",
                title="项目支出绩效自评表",
                name="南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)",
                department="南华县农业农村局",
                budget="1100",
                executed="1100",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米",
                        "1290.3平方米", "10.3", "10.3"),
                    Ind(OUTPUT, "数量指标", "配套烘干杀菌设备及包装设备购置及安装", "550", "20", "9.3", "9.3"),
                    Ind(OUTPUT, "经济效益指标", "奖补资金兑付率(%)", "≥100%", "≥100%", "10.8", "10.8"),
                    Ind(OUTPUT, "时效指标", "任务完成时限(月)", "10", "10", "10.3", "10.3"),
                ),
                missing=("总分",),
                slips=(
                    "配套烘干杀菌设备及包装设备购置及安装: target 550 (the goal text: 550万元) against actual 20, full points "
                    "9.3 of 9.3",
                    "an 经济效益指标 row (奖补资金兑付率) is printed inside the 产出指标(50分) block; its 10.8 is needed for the "
                    "block's weights to add to 50",
                ),
                notes=(
                    "The excerpt starts at 项目名称 (no title, no year). Pipe rows are padded to 14 cells, so blank cells "
                    "are not kept in place. A sixth row, '配套电力设施1250KVA变压器3台 | 3 | 9.3 | 9.3', has three "
                    "numbers for 年度指标值/实际完成值/分值/得分, so one cell is blank and which one cannot be told from "
                    "the row (the section total, below, fixes its weight at 9.3; the 3 is the target or the actual, the "
                    "goal text says 3台; the last 9.3 is the points or the actual): the row is not recorded. 产出 weights "
                    "10.3 + 9.3 + 9.3 [that row] + 10.8 + 10.3 = 50. 成本指标 printed empty. 其中:当年财政拨款 "
                    "1100 / 1100 / 1100 with '—' for 分值/得分. Truncated at the 效益 block."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/21_hunan-changsha-ningxiang-batangzhen-zhenyujichusheshi-mubiaobiao-2021.txt",
        layout="glued",
        cards=(
            Card(
                form="target",
                template="",
                title="项目绩效目标表",
                name="镇域内基础设施建设",
                department="坝塘镇",
                year=2021,
                notes=(
                    "The target form filed with the budget (填报单位 宁乡市坝塘镇人民政府): 总额 10606.7522万元 = 财政拨款 "
                    "6923.3552 + 自有资金 0 + 其他 3683.3970 (adds up). Both indicator tables (长期 and 年度, identical) "
                    "print 一级指标 / 二级指标 / 指标内容 / 指标值 / 备注 with no actuals, weights or points; every 二级 "
                    "heading is glued to digits ('数量指标88100', '社会效益指标68100') that cannot be split into 指标值 and "
                    "备注. '联系电目起止时间': a cell lost between 联系电话 and 项目起止时间. Glued docx text after the "
                    "site's boilerplate; truncated in the annual satisfaction row."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/22_shaanxi-yulin-jiaxian-caizhengzhichu-mubiaoshenbaobiao-2016.txt",
        layout="spaces",
        cards=(
            Card(
                form="target",
                template="",
                title="佳县财政支出项目绩效目标申报表",
                notes=(
                    "An unfilled template (year printed '( 年度)', every field blank): the target declaration, with "
                    "项目资金申请 (资金总额 / 财政拨款 / 自有资金 / 事业收入 / 经营性收入 / 其他), 项目概况, 实施进度计划, "
                    "长期/年度目标 and two indicator tables (一级指标 / 二级指标 / 指标内容 / 指标值 / 备注; 环境效益指标 "
                    "for 生态效益). No actuals, no points. The title is repeated on each page's line. Excerpt ends at "
                    "the 填报说明 heading."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/23_sichuan-meishan-qingshen-fagaiju-gongzixingzhichu-2023.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="sichuan",
                title="部门预算项目支出绩效自评表(2023年度)",
                name="51000021R000000019951-工资性支出",
                department="青神县发展和改革局本级",
                year=2023,
                budget="251.89",
                executed="251.89",
                rate="100.00%",
                execution_weight="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "发放(缴纳)覆盖率", "=100%", "", "60", None),
                    Ind(BENEFIT, "社会效益指标", "足额保障率(参保率)", "=100%", "", "30", None),
                ),
                slips=("a published self-evaluation never filled in: 完成值, every 得分 and the total blank",),
                notes=(
                    "One cell a line, each ended by ' |'; an empty cell is a '|' alone, so every empty cell is kept in "
                    "its place. 合计 prints 100 under 权重 (the weights' sum 10 + 60 + 30), its 得分 blank. The "
                    "评价结论/存在问题/改进措施 cells hold the template's instructions, not findings."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/24_yunnan-lijiang-guchengqu-ziranziyuanju-weipianzhifa-2020.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="split",
                title="2020年度项目支出绩效自评表",
                name="2020年省级自然资源卫片执法补助经费支出绩效自评表",
                department="丽江市自然资源和规划局",
                year=2020,
                budget="7.29",
                executed="7.29",
                rate="100%",
                execution_weight="10.00",
                execution_points="10.00",
                indicators=(
                    Ind(OUTPUT, "数量指标", "卫片执法补助经费", "=72890元", "72890", "10.00", "9.00"),
                    Ind(OUTPUT, "质量指标", "项目验收合格率", "=100%", "100", "20", "19"),
                    Ind(OUTPUT, "时效指标", "项目完成及时率", "=100%", "100", "20.00", "19.00"),
                    Ind(BENEFIT, "社会效益指标", "违法行为责停率", "≥95%", "95", "30.00", "27.00"),
                    Ind("满意度指标", "服务对象满意度指标", "满意度", "≥95%", "95", "10.00", None),
                ),
                missing=("总分",),
                slips=("every indicator met its target and was docked points: 9 of 10, 19 of 20 twice, 27 of 30",),
                notes=(
                    "A mirror site's copy: traditional characters with pinyin glosses after many of them (衛(wèi)); "
                    "'=' printed as U+FE66 '﹦'. The project's name stands on the line below 项目名称 and ends like a "
                    "title. The indicator header takes two rows, 年度指标值 split into 指标性质/指标值/度量单位 under it. "
                    "Cut in the satisfaction row, before its 得分."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/25_yunnan-lincang-yongde-minglangzhongxue-yingyanggaishan-2022.txt",
        layout="pipe",
        cards=(
            Card(
                form="project",
                template="split",
                title="2022年度项目支出绩效自评表",
                name="义务教育营养改善计划专项资金",
                department="永德县教育体育局",
                year=2022,
                budget="387664.62元",
                executed="387664.62元",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "学生受资助人数", "≧735人次", "735", "10", "10"),
                    Ind(OUTPUT, "质量指标", "营养改善计划覆盖率", "≧100%", "100%", "10", "10"),
                    Ind(OUTPUT, "时效指标", "资金到位及时率", "≧100%", "100%", "10", "7"),
                    Ind(OUTPUT, "成本指标", "生均补助标准达标率", "═100%", "100%", "10", "10"),
                    Ind(BENEFIT, "经济效益指标", "减轻贫困学生家庭经济负担", "有效", "有效", "10", "10"),
                    Ind(BENEFIT, "社会效益指标", "政策知晓率", "═100%", "98%", "10", "9"),
                    Ind(BENEFIT, "可持续影响指标", "促进学校教育事业健康发展", "≧100%", "100%", "10", "10"),
                    Ind("满意度指标", "服务对象满意度指标", "学生满意度", "≧95%", "100%", "10", "10"),
                    Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≧95%", "100%", "10", "10"),
                ),
                total="96",
                grade="优",
                slips=("资金到位及时率: target ≧100% met (100%), scored 7 of 10",),
                notes=(
                    "Amounts in 元 (年初预算数 blank). The lines break where the table's rows do not: each ends with "
                    "the next row's label, the goals, both header rows and the first indicator row share one line, and "
                    "empty cells are gone. The 二级 of the satisfaction rows is printed 服务对象满意度指标等."
                ),
            ),
        ),
    ),
    Expected(
        file="extra/26_shandong-jinan-licheng-wenhuaguan-shangpinfuwu-2019.txt",
        layout="spaces",
        cards=(
            Card(
                form="project",
                template="mof",
                title="区级部门预算项目支出绩效自评表",
                name="商品和服务支出",
                department="济南市历城区文化和旅游局",
                year=2019,
                budget="45",
                executed="45",
                rate="100%",
                execution_weight="10",
                execution_points="10",
                indicators=(
                    Ind(OUTPUT, "数量指标", "全年免费开放", "100%", "100%", "12.5", "12.5"),
                    Ind(OUTPUT, "质量指标", "免费开放管理制度健全、执行有效性", "100%", "100%", "12.5", "12.5"),
                    Ind(OUTPUT, "时效指标", "免费开放率", "100%", "100%", "12.5", "12.5"),
                    Ind(OUTPUT, "成本指标", "实际成本与工作内容的匹配程度", "45万", "45万", "12.5", "12.5"),
                    Ind(BENEFIT, "经济效益指标", "承担重要公益服务项目、助推民生事业发展", "100%", "100%", "10", "10"),
                ),
                missing=("总分",),
                notes=(
                    "年初预算数(A) 45 is the A of 执行率(B/A): the form prints no 全年预算数. The fund header has no cell "
                    "over the rows' labels. The 得分计算方法 column's words (执行率*该指标分值…, 定量指标计算:…, "
                    "定性指标计算:…) are no values and no indicators. '-' rows are the template's empty rows. The "
                    "社会效益 row is cut inside its name: not read as an indicator, the total not recomputable."
                ),
            ),
        ),
    ),
)
