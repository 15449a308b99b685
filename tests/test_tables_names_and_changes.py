"""Session 47, on invented notices (places 癪, 癬): tables read whole, bodies by the names the notice gives them,
and a change over a year asked of a level stated beside its change.

- a Markdown table whose header takes two lines (立案 over 件 | 人, 处分 over 党纪 | 政务): each column labelled
  from both (立案(人), 政务处分), its second line no row; a column whose header gives no unit takes the one the
  prose counts that measure in (政务处分85人);
- a table whose rows stand under group headings with blank lines around them ((一)城市更新类): its header is
  the line above the first group, not the first row;
- a hospital's department named right after the hospital (…人民医院骨科) is the body asked; one the table does
  not list (儿科) is refused;
- a body asked by its full name that the notice calls by a short one after (…有限公司（以下简称水务公司）);
  a unit under the one named first (城发集团下面的置业公司); a department pointed at (癬阳乡那个农业服务中心);
- 癬东县 asked of a sentence that names it in a list its figures follow (居前三位的是癬东县、…,分别为…), below
  the city's figures: the listed one answers; 专项行动期间 asked, a figure of 2024年全年 does not;
  拒不支付劳动报酬案件 names a wrong, 支付 is no act asked; 一降一升, 这一年 and a hotline's 12333 are no
  quantities; a column 清理合同数 counts in the unit the text counts 合同 in (份);
- 前三季度 is January to September, no one quarter; 较2023年增长了多少 asks the change stated (增长23.6%), not
  the level beside it; a column headed 已完成整治（栋） answers 已经整改完的…有多少栋.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import asked_actions
from pipeline.figures import extract_figures, prose_unit
from pipeline.textables import row_at
from tests.answering import answered, build_answerer, refused_with

MONTHLY = """癪州市纪检监察工作统计月报

一、总体情况
（一）立案审查调查。1—6月，全市纪检监察机关共立案466件、489人。
（二）党纪政务处分。1—6月，全市共给予党纪政务处分372人，其中党纪处分287人、政务处分85人。

二、各县（市、区）主要业务数据

现将1—6月各县（市、区）主要业务数据列表如下：

| 县（市、区） | 处置问题线索 | 立案 |  | 处分 |  |
| :--- | :---: | :---: | :---: | :---: | :---: |
|  | 件 | 件 | 人 | 党纪 | 政务 |
| 癪城区 | 305 | 94 | 99 | 61 | 19 |
| 癪东区 | 271 | 83 | 88 | 52 | 13 |
| 癪阳县 | 244 | 90 | 95 | 57 | 15 |
| 合计 | 820 | 267 | 282 | 170 | 47 |

三、下一步工作
各地要对照数据查找差距。
"""

PROJECTS = """癪湖街道2025年民生实事项目推进情况

各项目推进情况见下列清单：

项目名称｜总投资｜已完成投资｜进度｜责任科室

（一）城市更新类

1．癪园小区老旧小区综合改造｜1720万元｜1310.5万元｜76%｜城市建设管理科
2．癪溪社区既有住宅加装电梯｜520万元｜208万元｜40%｜城市建设管理科

（二）养老托育类

3．癪湖街道综合养老服务中心建设｜960万元｜598.2万元｜62%｜社会事务科
4．社区老年助餐点扩点提质｜250万元｜190.4万元｜76%｜社会事务科

截至10月底，8个项目累计完成投资2306.1万元。
"""

HOSPITAL = """癪平县人民医院关于巡察整改情况的公告

一、退费情况
截至10月31日，医院已退还患者多收费用2987人次、168.42万元。

二、重点科室退费情况
科室｜退还患者人次｜退还金额｜受理投诉
骨科｜597人次｜36.12万元｜38件
心血管内科｜521人次｜31.47万元｜27件
检验科｜803人次｜12.08万元｜16件

三、下一步工作
持续规范收费行为。
"""

GROUP = """癬州城市发展集团有限公司党委关于巡察整改“回头看”情况的报告

一、基本情况
2025年3月至6月，集团党委对癬州城发水务有限公司（以下简称水务公司）、癬州城发置业有限公司（以下简称置业公司）开展巡察整改“回头看”。

二、发现的问题
（一）水务公司应收账款清收不力。截至2024年10月底，水务公司应收账款余额仍有1.34亿元。
（二）置业公司多付工程款追回不到位。经复查，置业公司多付施工单位工程款中实际追回392.4万元，其余尚未追回。
（三）业务招待费管理不严。2024年1月至9月，置业公司业务招待费支出41.7万元，比上年同期增长18.2%；其中二季度支出15.3万元。
"""

FUNDS = """癬州市医疗保障局关于2024年打击欺诈骗保专项整治情况的通报

一、查处结果
全年共追回医保基金、处违约金和行政罚款合计9210.36万元，其中追回医保基金7342.18万元。全年追回医保基金金额较2023年的5987.6万元增长22.6%。自2022年专项整治开展以来，全市累计追回医保基金2.06亿元。
从各县（区）看，追回医保基金金额居前三位的是癬东县、癬南区、癬西县，分别为812.35万元、764.2万元、601.9万元。癬阳县追回医保基金207.4万元，同比下降11.8%。

二、典型案例
癬阳乡农业综合服务中心主任王某某，将其亲属名下已撂荒的耕地284.5亩虚报为补贴面积，骗取耕地地力保护补贴。

三、自建房整治
各县（区）隐患自建房整治情况表（截至2024年8月底）
县（区）　排查隐患自建房（栋）　已完成整治（栋）　整治完成率
癬城区　588　571　97.1%
癬川县　1290　1047　81.2%
"""


WAGES = """癬水县公安局在根治欠薪冬季专项行动新闻发布会上的发布

专项行动期间，县公安局立案侦办拒不支付劳动报酬案件8件，抓获犯罪嫌疑人9名。

记者：公安机关如何处置恶意欠薪？
答：对恶意欠薪，我们坚持“零容忍”。2024年全年，县公安局共立案拒不支付劳动报酬案件17件，其中冬季专项行动期间立案8件。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s47", [
        ("aizhou-jiwei-yuebao-2025", MONTHLY, "癪州市"),
        ("aihu-minsheng-shishi-2025", PROJECTS, "癪湖街道"),
        ("aiping-yiyuan-zhenggai-2025", HOSPITAL, "癪平县"),
        ("xuanzhou-chengfa-huitoukan-2025", GROUP, "癬州市"),
        ("xuanzhou-yibao-2025", FUNDS, "癬州市"),
        ("xuanshui-qianxin-2025", WAGES, "癬水县"),
    ], "2025-11-20")


def test_a_two_line_header_labels_each_column_from_both_lines():
    row = row_at(MONTHLY, MONTHLY.index("| 癪阳县") + 10)
    assert row.header == ("县（市、区）", "处置问题线索(件)", "立案(件)", "立案(人)", "党纪处分", "政务处分")
    assert row_at(MONTHLY, MONTHLY.index("|  | 件") + 5) is None  # (the header's second line is no row)


def test_a_column_without_a_unit_takes_the_prose_unit():
    assert prose_unit(MONTHLY, "政务处分") == "人"
    assert prose_unit(MONTHLY, "处置问题线索") is None  # (the prose never counts it)


def test_a_cell_under_a_two_line_header(answerer):
    answered(answerer, "上半年癪阳县有几个人挨了政务处分？", "15人")
    answered(answerer, "1—6月癪东区立案了多少人？", "88")


def test_a_table_whose_rows_stand_under_group_headings():
    row = row_at(PROJECTS, PROJECTS.index("598.2万元"))
    assert row.header[:3] == ("项目名称", "总投资", "已完成投资") and row.header_of() == "已完成投资"


def test_a_projects_completed_investment_in_a_grouped_table(answerer):
    answered(answerer, "癪湖街道综合养老服务中心建设项目已完成投资多少？", "598.2万元")


def test_a_hospital_department_is_the_body_asked(answerer):
    answered(answerer, "癪平县人民医院骨科给多少人次的病人退了多收的钱？", "597人次")
    refused_with(answerer, "癪平县人民医院儿科退还了患者多少多收费用？", "儿科")


def test_a_full_name_the_notice_shortens(answerer):
    answered(answerer, "截至2024年10月底，癬州城发水务有限公司的应收账款余额还有多少？", "1.34亿元")


def test_a_unit_under_the_group_named_first(answerer):
    answered(answerer, "城发集团下面的置业公司多付的工程款，复查时实际追回了多少钱？", "392.4万元")


def test_the_first_three_quarters_are_no_one_quarter(answerer):
    answered(answerer, "置业公司2024年前三季度业务招待费花了多少钱？", "41.7万元")


def test_a_department_pointed_at(answerer):
    answered(answerer, "癬阳乡那个农业服务中心的主任，把多少亩撂荒的地虚报成了补贴面积？", "284.5亩")


def test_a_change_over_a_year_is_the_change_stated(answerer):
    answered(answerer, "癬州市2024年追回医保基金金额较2023年增长了多少？", "22.6%")


def test_a_column_of_what_was_done(answerer):
    answered(answerer, "据统计，癬川县已经整改完的隐患自建房有多少栋？", "1047")


def test_a_body_named_in_a_list_its_figures_follow(answerer):
    d = answered(answerer, "癬东县和癬阳县，哪个追回的医保基金更多？各是多少？", "癬东县")
    assert "812.35万元" in d["answer"] and "207.4万元" in d["answer"], d


def test_an_event_asked_is_not_the_whole_year(answerer):
    answered(answerer, "专项行动期间，县公安局立案的拒不支付劳动报酬案件有多少件？", "8件")


def test_a_verb_refused_names_the_wrong():
    assert asked_actions("县公安局立案的拒不支付劳动报酬案件有多少件？") == ["立案"]


def test_a_pair_of_words_with_yi_is_no_quantity():
    figs = extract_figures("x", "一降一升之间，一增一减，加油一升。")
    assert [f.text for f in figs] == ["一升"] and figs[0].start == 14


def test_which_one_and_a_hotline_are_no_quantities():
    figs = extract_figures("x", "这一年，12333人社服务热线共接到咨询42人次。")
    assert [f.text for f in figs] == ["42人次"]


def test_a_csv_column_counts_in_the_unit_its_thing_is_counted_in():
    text = ("共清理各类经济合同330份，其中规范问题合同85份。\n\n附表\n村名,清理合同数,规范合同数,收回资金（万元）\n"
            "癪山村,46,13,28.6\n癪水村,38,9,17.4\n合计,84,22,46.0\n")
    cells = {(f.text, f.unit) for f in extract_figures("x", text) if f.start > text.index("附表")}
    assert ("46", "份") in cells and ("13", "份") in cells and ("28.6", "万元") in cells
