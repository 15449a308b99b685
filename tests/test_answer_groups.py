"""`反馈了3个方面15个问题`: a count of groups written right before the count of what they group
answers "how many groups", never "how many problems". A notice written here."""

import pytest

from tests.answering import answered, build_answerer

JIN = """中共锦屏县委关于巡察整改进展情况的通报

县委第二巡察组向县交通运输局反馈了3个方面15个具体问题,提出整改意见6条。截至10月底,15个问题已整改完成13个。
县交通运输局党组召开专题民主生活会,查摆出班子存在的2大类9项突出问题,逐项制定整改措施。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "groups", (("jinping-2024", JIN, "锦屏县"),), "2024-11-20")


def test_the_count_of_problems_is_not_the_count_of_their_groups(answerer):
    answered(answerer, "锦屏县委巡察组向县交通运输局反馈了多少个具体问题?", "15个")
    answered(answerer, "县交通运输局党组民主生活会查摆出多少项突出问题?", "9项")


def test_the_groups_answer_when_asked(answerer):
    answered(answerer, "锦屏县委巡察组反馈的问题分几个方面?", "3个方面")
