"""Session 41, on invented notices (places 痚 and 痜): sums of items joined in the question.

- a figure whose own sentence names every item of a sum, joined (第三轮、第四轮巡察反馈…共860个), is the
  notice's own total of them: it answers, not a sum of figures found for each item elsewhere;
- items that sentence gives each their own figure (分别…410个、450个) are summed as usual;
- 共 alone before the act (A、B共清理了多少) sums the items joined before it, as 一共 does; with no items
  joined it asks one figure.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.answer import item_names
from pipeline.slots import read
from tests.answering import answered, ask_checked, build_answerer


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    rounds = """痚州市巡察整改工作进展通报

一、总体情况
截至10月31日，市委第三轮、第四轮巡察反馈各县（市、区）的问题共860个，已完成整改742个，整改完成率86.3%。

二、下一步工作
对整改不到位的问题实行挂牌督办，逐项销号。
"""
    other = """痚山县委巡察工作情况通报

县委第四轮巡察共反馈问题58个，已整改51个。
"""
    towns = """痜县自然资源局违规占地专项整治通报

专项整治开展以来，痜河镇清理违规占地38亩，痜山镇清理违规占地27亩。市委第五轮、第六轮巡察分别反馈问题124个、97个。全县共查处违法用地案件19起。
"""
    return build_answerer(tmp_path_factory, "joint", [
        ("chizhou-xuncha-2024", rounds, "痚州市"),
        ("chishan-xuncha-2024", other, "痚山县"),
        ("tuxian-zhanyong-2024", towns, "痜县"),
    ], "2024-11-10")


def test_the_items_of_a_sum_are_what_tells_the_parts_apart():
    assert item_names(["痚州市委第三轮巡察反馈的问题 一共多少个", "第四轮巡察反馈的问题 一共多少个"]) == ["第三", "第四"]
    assert item_names(["痜河镇清理违规占地 一共多少亩", "痜山镇清理违规占地 一共多少亩"]) == ["痜河", "痜山"]
    assert item_names(["一共多少个"]) == []


def test_a_total_the_notice_states_for_the_items_joined_answers_the_sum(answerer):
    d = answered(answerer, "截至10月31日，痚州市委第三轮、第四轮巡察一共反馈了多少个问题？", "860个")
    assert not d.get("computed")


def test_items_given_their_own_figures_are_summed(answerer):
    d = answered(answerer, "痜县市委第五轮、第六轮巡察一共反馈了多少个问题？", "221个")
    assert d["computed"]["op"] == "sum"


def test_gong_after_joined_items_sums_them():
    s = read("痜河镇、痜山镇共清理违规占地多少亩？")
    assert s.op == "sum" and len(s.parts) == 2


def test_gong_with_no_items_joined_asks_one_figure(answerer):
    assert read("痜县共查处违法用地案件多少起？").op is None
    answered(answerer, "痜县共查处违法用地案件多少起？", "19起")


def test_gong_after_joined_towns_answers_their_sum(answerer):
    d = answered(answerer, "痜河镇、痜山镇共清理违规占地多少亩？", "65亩")
    assert d["computed"]["op"] == "sum"
