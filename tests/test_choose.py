"""The llm engine that chooses among checked facts (pipeline/choose.py), over real HTTP to the fake server.

The candidates are the extractive engine's; the model only picks ids. Whatever it
picks or writes is verified: a failing candidate refuses with the extractive reason,
a number it invents is never printed, citations are exact spans.
"""
import json
from dataclasses import replace

import pytest

from pipeline.answer import Answerer, answer_dict
from pipeline.choose import ChoiceAnswerer
from pipeline.evaluate import numbers_grounded
from pipeline.llm.provider import OpenAIProvider
from pipeline.slots import read

LOOKUP = "大亚湾目前共新建了多少公里污水管网?"  # (大亚湾开发区 would name the body: one checked candidate, no choice left)
SUM = "惠州市卫健局督促医院退回的医保基金,加上市社保局追回的骗保资金,一共多少万元?"


def _texts(retriever):
    return {d.id: d.text for d in retriever.store.docs()}


def _engine(retriever, fake_openai, gap=99.0):
    """The engine with every choice among checked facts left to the model (gap 99), unless told."""
    engine = ChoiceAnswerer(retriever, OpenAIProvider(fake_openai.base_url, "sk-test", "fake-model", timeout=5, max_retries=0))
    engine.x.cfg = replace(engine.x.cfg, choice_gap=gap)
    return engine


def _option(engine, question, start, part=0, passes=True):
    plans = engine.plans(read(question))
    return next(o for o in plans[part].options if o.shown.startswith(start) and o.passes == passes)


def _exact(a, texts):
    assert a["citations"]
    for c in a["citations"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["quote"]


def _prompt(fake_openai, n=-1) -> str:
    return fake_openai.chat_requests[n]["body"]["messages"][-1]["content"]


def test_the_chosen_fact_is_the_answer_with_its_exact_sentence(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    o = _option(engine, LOOKUP, "30.6公里")
    fake_openai.queue({"answerable": True, "ids": [o.id], "answer": "新建污水管网30.6公里"})
    a = answer_dict(engine.ask(LOOKUP))
    assert a["answerable"] and a["engine"] == "llm" and a["answer"] == "新建污水管网30.6公里"
    _exact(a, _texts(retriever))
    assert any("30.6公里" in c["quote"] for c in a["citations"]) and numbers_grounded(a, _texts(retriever))
    assert f"chose {o.id}" in a["flags"] and len(fake_openai.chat_requests) == 1
    # the candidates are shown fenced as data, the facts with what they measure
    prompt = _prompt(fake_openai)
    assert "<<<CANDIDATES" in prompt and f"{o.id}. 30.6公里;度量:" in prompt


def test_a_bare_number_takes_the_unit_of_the_chosen_figure(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    o = _option(engine, LOOKUP, "30.6公里")
    fake_openai.queue({"answerable": True, "ids": [o.id], "answer": "30.6"})
    assert answer_dict(engine.ask(LOOKUP))["answer"] == "30.6公里"


def test_only_candidates_that_pass_the_checks_are_listed(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    plans = engine.plans(read(LOOKUP))
    assert plans[0].options and all(o.passes for p in plans for o in p.options)


def _soft_only(engine):
    """Every fact fails the measure floor, and passes the softer one: all candidates are soft."""
    engine.x.cfg = replace(engine.x.cfg, measure_min=1.01, soft_measure_min=0.0, soft_support_min=0.0)
    return engine


def test_a_soft_candidate_answers_only_when_the_model_chooses_it(retriever, fake_openai):
    engine = _soft_only(_engine(retriever, fake_openai))
    o = _option(engine, LOOKUP, "30.6公里")
    assert o.soft is not None and not engine.plans(read(LOOKUP))[0].default.answerable  # the extractive engine refuses
    fake_openai.queue({"answerable": True, "ids": [o.id], "answer": "30.6公里"})
    a = answer_dict(engine.ask(LOOKUP))
    assert a["answerable"] and a["answer"] == "30.6公里" and len(fake_openai.chat_requests) == 1
    assert any("passes only the softer floors" in f for f in a["flags"])
    _exact(a, _texts(retriever))
    # the model choosing none of them: the extractive refusal stands, in its words
    fake_openai.queue({"answerable": True, "ids": [], "answer": None})
    assert not answer_dict(engine.ask(LOOKUP))["answerable"]
    fake_openai.queue({"answerable": False, "ids": [], "answer": None})
    assert not answer_dict(engine.ask(LOOKUP))["answerable"]


def test_a_part_with_only_soft_candidates_and_no_pick_keeps_the_refusal(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    plans = engine.plans(read(SUM))
    first = _option(engine, SUM, "464.63万元", part=0)
    engine = _soft_only(engine)  # now part 2 has soft candidates only, and the model picks none there
    first = _option(engine, SUM, "464.63万元", part=0)
    fake_openai.queue({"answerable": True, "ids": [first.id], "answer": None})
    a = answer_dict(engine.ask(SUM))
    assert not a["answerable"] and any("none of the soft candidates for part 2" in f for f in a["flags"])
    assert len(plans) == 2


def test_no_call_when_there_is_one_checked_candidate(retriever, fake_openai, monkeypatch):
    import pipeline.choose as choose

    monkeypatch.setattr(choose, "MAX_FACTS", 1)
    engine = _engine(retriever, fake_openai)
    cfg = engine.x.cfg
    engine.x.cfg = replace(cfg, soft_measure_min=cfg.measure_min, soft_support_min=cfg.support_min)  # no soft candidates
    a = answer_dict(engine.ask(LOOKUP))
    assert fake_openai.chat_requests == [] and a["flags"] == ["no call: one checked candidate, nothing to choose"]
    x = answer_dict(Answerer(retriever).ask(LOOKUP))
    assert a["answerable"] and a["answer"] == x["answer"] and a["citations"] == x["citations"]


def test_a_number_the_model_invents_is_never_printed(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    o = _option(engine, LOOKUP, "30.6公里")
    fake_openai.queue({"answerable": True, "ids": [o.id], "answer": "新建污水管网99公里"})
    a = answer_dict(engine.ask(LOOKUP))
    assert a["answerable"] and "99" not in a["answer"] and "30.6公里" in a["answer"]
    assert a["answer"] == o.answer.answer  # written from the chosen fact (compose.fact_text)
    assert any("the model's 99 is not a chosen figure" in f for f in a["flags"])
    assert numbers_grounded(a, _texts(retriever))


def test_the_model_saying_unanswerable_is_a_refusal(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    fake_openai.queue({"answerable": False, "ids": [], "answer": None})
    a = answer_dict(engine.ask(LOOKUP))
    assert not a["answerable"] and a["citations"] == [] and a["reason"]
    assert "model: not answerable" in a["flags"]


def test_an_id_not_listed_is_not_an_answer(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    fake_openai.queue({"answerable": True, "ids": ["c99"], "answer": "30.6公里"})
    a = answer_dict(engine.ask(LOOKUP))
    assert not a["answerable"] and a["citations"] == []
    assert "ignored ids not listed: c99" in a["flags"]


def test_no_call_when_no_candidate_passes_the_checks(retriever, fake_openai):
    q = "东营经济技术开发区2021年地区生产总值是多少?"
    engine = _engine(retriever, fake_openai)
    a = answer_dict(engine.ask(q))
    assert not a["answerable"] and a["citations"] == []
    assert fake_openai.chat_requests == []
    assert a["reason"] == answer_dict(Answerer(retriever).ask(q))["reason"]  # the extractive engine's words
    assert a["flags"][0] == "no call: no candidate passes the evidence checks"


def test_a_multi_part_question_is_one_call_with_parts_and_citations(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    plans = engine.plans(read(SUM))
    assert len(plans) == 2
    first = _option(engine, SUM, "464.63万元", part=0)
    second = _option(engine, SUM, "181.38万元", part=1)
    fake_openai.queue({"answerable": True, "ids": [first.id, second.id], "answer": "共645.01万元"})
    a = answer_dict(engine.ask(SUM))
    assert len(fake_openai.chat_requests) == 1
    prompt = _prompt(fake_openai)
    assert "部分1:" in prompt and "部分2:" in prompt
    assert a["answerable"] and a["computed"]["op"] == "sum"
    assert a["computed"]["result"] == pytest.approx(6460100.0)
    # the same answer the extractive engine composes from the same facts
    assert a["answer"] == answer_dict(Answerer(retriever).ask(SUM))["answer"]
    texts = _texts(retriever)
    _exact(a, texts)
    assert [p["answerable"] for p in a["parts"]] == [True, True]
    for p in a["parts"]:
        assert p["citations"] and all(0 <= i < len(a["citations"]) for i in p["citations"])
    for i in a["computed"]["inputs"]:
        assert texts[i["doc"]][i["start"]:i["end"]] == i["text"]


def test_the_reply_schema_is_sent_and_the_key_never_is(retriever, fake_openai):
    engine = _engine(retriever, fake_openai)
    o = _option(engine, LOOKUP, "30.6公里")
    fake_openai.queue({"answerable": True, "ids": [o.id], "answer": "30.6公里"})
    engine.ask(LOOKUP)
    body = fake_openai.chat_requests[0]["body"]
    assert "sk-test" not in json.dumps(body, ensure_ascii=False)
    assert "answer_choice" in json.dumps(body.get("response_format") or {}, ensure_ascii=False)


def test_a_fact_chosen_under_the_wrong_part_answers_the_part_left_without_a_choice():
    # c3 and c9 are one figure listed under both parts; the model chose c1 and c3 (both under part 1)
    # and nothing for part 2: c3 was its pick for part 2
    from types import SimpleNamespace as NS

    from pipeline.choose import Option, Plan

    def opt(i, part, start):
        fig = NS(doc="d", start=start)
        return Option(i, part, "", NS(facts=[NS(fig=fig)], answerable=True), "d")

    c1, c3, c9 = opt("c1", 0, 10), opt("c3", 0, 50), opt("c9", 1, 50)
    plans = [Plan(None, [c1, c3]), Plan(None, [opt("c7", 1, 30), c9])]
    flags = []
    assert ChoiceAnswerer.regroup([c1, c3], plans, flags) == [c1, c9] and "c3 is the same fact as c9" in flags[0]
    # the part's only choice stays where it was chosen: the model chose it for part 1
    assert ChoiceAnswerer.regroup([c3], plans, []) == [c3]


def test_no_call_when_the_checks_leave_no_doubt(retriever, fake_openai):
    # several checked candidates, but the best leads the next by more than choice_gap: the
    # extractive engine's answer, no call; within the gap the model chooses
    engine = _engine(retriever, fake_openai)
    checked = [o for o in engine.plans(read(LOOKUP))[0].options if o.soft is None]
    assert len(checked) > 1
    lead = checked[0].score - checked[1].score
    engine = _engine(retriever, fake_openai, gap=lead - 0.01)
    a = answer_dict(engine.ask(LOOKUP))
    assert fake_openai.chat_requests == [] and a["flags"][0].startswith("no call: the best checked candidate leads")
    x = answer_dict(Answerer(retriever).ask(LOOKUP))
    assert a["answer"] == x["answer"] and a["citations"] == x["citations"]
    engine = _engine(retriever, fake_openai, gap=lead + 0.01)
    fake_openai.queue({"answerable": True, "ids": [checked[1].id], "answer": None})
    a = answer_dict(engine.ask(LOOKUP))
    assert len(fake_openai.chat_requests) == 1 and f"chose {checked[1].id}" in a["flags"]


def test_soft_candidates_are_offered_only_for_a_part_the_checks_refuse(retriever, fake_openai, monkeypatch):
    # a part the checks answer, with one checked candidate and a soft one beside it: the checked
    # answer stands, no call (a soft candidate is for a part the checks refuse)
    engine = _engine(retriever, fake_openai)
    plan = engine.plans(read(LOOKUP))[0]
    assert plan.default.answerable
    soft = replace(plan.options[1], id="c9", soft=0.4)
    plan.options = [plan.options[0], soft]
    monkeypatch.setattr(engine, "plans", lambda slots: [plan])
    a = answer_dict(engine.ask(LOOKUP))
    assert fake_openai.chat_requests == [] and a["flags"] == ["no call: one checked candidate, nothing to choose"]
    assert a["answer"] == plan.default.answer
