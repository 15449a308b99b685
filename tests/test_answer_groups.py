"""`反馈了3个方面15个问题`: a count of groups written right before the count of what they group
answers "how many groups", never "how many problems"; a change in points is computed from a stated
change between two rates; a figure in a section headed as next steps is a target. Notices written here."""

import pytest

from tests.answering import answered, build_answerer, refused_with

JIN = """中共锦屏县委关于巡察整改进展情况的通报

县委第二巡察组向县交通运输局反馈了3个方面15个具体问题,提出整改意见6条。截至10月底,15个问题已整改完成13个。
县交通运输局党组召开专题民主生活会,查摆出班子存在的2大类9项突出问题,逐项制定整改措施。
县交通运输局督促加快农村公路项目建设,项目资金支付率由52.6%提高到81.3%。
"""


HUAI = """怀溪县纪委监委关于群众身边不正之风集中整治情况的通报

一、整治成效
今年以来,全县共受理群众诉求1260件,按期办结率达到91.4%。
二、存在问题
个别乡镇办理不及时,超期未办结37件。
三、下一步工作
一是加强督办,群众诉求按期办结率提升至98%以上。二是群众满意度提升至95%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "groups", (("jinping-2024", JIN, "锦屏县"), ("huaixi-2024", HUAI, "怀溪县")),
                          "2024-11-20")


def test_the_count_of_problems_is_not_the_count_of_their_groups(answerer):
    answered(answerer, "锦屏县委巡察组向县交通运输局反馈了多少个具体问题?", "15个")
    answered(answerer, "县交通运输局党组民主生活会查摆出多少项突出问题?", "9项")


def test_the_groups_answer_when_asked(answerer):
    answered(answerer, "锦屏县委巡察组反馈的问题分几个方面?", "3个方面")


def test_a_change_in_points_is_computed_from_a_stated_change_of_rates(answerer):
    d = answered(answerer, "锦屏县交通运输局农村公路项目资金支付率提高了多少个百分点?", "28.7个百分点")
    assert d["computed"]["op"] == "difference"


def test_a_figure_under_next_steps_is_a_target(answerer):
    d = answered(answerer, "怀溪县群众诉求按期办结率是多少?", "91.4%")
    assert "98" not in d["answer"]
    refused_with(answerer, "怀溪县群众满意度是多少?", "target or plan")
    answered(answerer, "怀溪县下一步计划把群众诉求按期办结率提升到多少?", "98%")
