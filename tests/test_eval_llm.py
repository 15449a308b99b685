"""`notices eval --engine llm` and the llm batches, over real HTTP to the fake server.

What the issue's "done when" asks of a real-model run (every output schema-valid,
every span exact, every number in a lookup answer cited) is measured by the eval
itself; these tests show the measurement catches what it should.
"""
import json
import re
import socket

import pytest
from typer.testing import CliRunner

from pipeline.answer import answer_dict
from pipeline.cli import app
from pipeline.evalrun import Validity, markdown, run_eval
from pipeline.evaluate import load_thresholds
from pipeline.schemas import SchemaError
from pipeline.settings import Settings
from pipeline.batch import run_batch
from pipeline.types import Answer, Citation
from tests.fakeserver import error_reply, json_reply, text_reply

# the closing line restates 9家: d2 has two checked candidates, so the model is asked; d1 has one
# (no call) and d3 none (no call)
TEXT = ("甲市\n针对管网建设滞后问题。一是新建污水管网12公里。二是投入资金300万元。\n针对医保基金监管薄弱问题。督促9家医院退回医保基金464.63万元。\n"
        "总的看,甲市督促9家医院退回医保基金,整改取得阶段性成效。\n")
GOLD_QA = [
    {"id": "d1", "question": "甲市新建了多少公里污水管网?", "answer": "12公里", "doc": "demo",
     "evidence": "新建污水管网12公里", "figures": ["12公里"]},
    {"id": "d2", "question": "甲市督促几家医院退回医保基金?", "answer": "9家", "doc": "demo",
     "evidence": "督促9家医院退回医保基金464.63万元", "figures": ["9家"]},
    {"id": "d3", "question": "甲市的地区生产总值是多少?", "answer": None},
]
SUMMARY = {"issues": [
    {"id": "i1", "summary": "新建污水管网12公里,投入资金300万元。", "figure_ids": ["f1", "f2"]},
    {"id": "i2", "summary": "督促9家医院退回医保基金。", "figure_ids": ["f3", "f4"]},
]}


def _reply(answer, *ids):
    """The model's choice (pipeline/choose.py): the ids of the listed candidates that answer."""
    return {"answerable": True, "ids": list(ids or ["c1"]), "answer": answer}


ABSTAIN = {"answerable": False, "ids": [], "answer": None}


@pytest.fixture
def tiny(tmp_path):
    corpus, gold = tmp_path / "c", tmp_path / "g"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "demo.txt").write_text(TEXT, encoding="utf-8")
    (gold / "qa.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD_QA), encoding="utf-8")
    return corpus, gold


def _settings(fake, tmp_path, **kw) -> Settings:
    return Settings(index=tmp_path / "idx", base_url=fake.base_url, api_key="sk-test", model="fake-model",
                    max_retries=0, timeout=5, cache=tmp_path / "cache.sqlite", **kw)


def test_llm_eval_over_http_measures_validity_and_grounding(fake_openai, tiny, tmp_path, hash_embedder):
    corpus, gold = tiny
    fake_openai.queue(
        json_reply(SUMMARY, usage=(300, 40)),
        text_reply("抱歉,我只能用中文回答。"),  # d2: no JSON, then re-asked…
        _reply("99家"),  # …the right fact chosen, a number invented: the answer is written from the fact
    )  # d1: one checked candidate, d3 (GDP): no candidate passes the checks; neither makes a call
    ticks = []
    rep = run_eval(corpus, gold, _settings(fake_openai, tmp_path), engine="llm", thresholds=None,
                   progress=lambda stage, done, total: ticks.append((stage, done, total)))
    v = rep["validity"]
    assert v["outputs"] == 4 and v["outputs_schema_valid"] == 1.0 and v["spans_exact"] == 1.0
    assert v["summaries"] == "1/1" and v["answers"] == "3/3" and v["spans_checked"] > 5
    q = rep["qa"]
    assert q["lookup_accuracy"] == 1.0  # d1 after the re-ask; d2's "99家" never printed, its chosen fact is
    assert q["abstention_accuracy"] == 1.0 and q["answer_numbers_grounded"] == 1.0
    assert ("summaries", 1, 1) in ticks and ticks[-1] == ("questions", 3, 3)
    assert set(rep["timings"]) == {"figures", "summaries", "index", "questions"}
    assert rep["llm_usage"]["calls"] == 3 and "sk-test" not in json.dumps(rep, ensure_ascii=False)
    assert fake_openai.pending == 0
    # calls and tokens split by stage, with averages per notice and per question (the server counts 10 + 5 a call)
    u = rep["llm_usage"]
    assert (u["prompt_tokens"], u["completion_tokens"]) == (320, 50)
    summ, asked = u["by_stage"]["summaries"], u["by_stage"]["questions"]
    assert (summ["calls"], summ["prompt_tokens"], summ["completion_tokens"], summ["n"]) == (1, 300, 40, 1)
    assert summ["per_notice"] == {"calls": 1.0, "prompt_tokens": 300.0, "completion_tokens": 40.0}
    assert (asked["calls"], asked["prompt_tokens"], asked["completion_tokens"], asked["n"]) == (2, 20, 10, 3)
    assert asked["per_question"] == {"calls": 0.7, "prompt_tokens": 6.7, "completion_tokens": 3.3}
    md = markdown(rep)
    assert "| LLM summaries: calls / tokens prompt / completion | 1 / 300 / 40 (1 notices; per notice 1 / 300 / 40) |" in md
    assert "| LLM questions: calls / tokens prompt / completion | 2 / 20 / 10 (3 questions; per question 0.7 / 7 / 3) |" in md


def test_llm_eval_counts_a_failed_question_and_goes_on(fake_openai, tiny, tmp_path, hash_embedder):
    corpus, gold = tiny
    fake_openai.queue(SUMMARY, error_reply(500, "boom"))
    rep = run_eval(corpus, gold, _settings(fake_openai, tmp_path), engine="llm", thresholds=None)
    assert len(rep["answer_errors"]) == 1 and rep["answer_errors"][0].startswith("d2: LLMError")
    assert rep["validity"]["outputs_schema_valid"] == 0.75  # the failed question is an output missing
    assert rep["qa"]["lookup_accuracy"] == 0.5


def test_validity_catches_a_span_that_is_not_its_text_and_a_schema_violation():
    texts = {"demo": TEXT}
    v = Validity()
    good = answer_dict(Answer("q", "?", "12公里", True, [Citation("demo", 12, 23, TEXT[12:23])], "extractive"))
    v.check("answers", good, "answer", texts)
    moved = json.loads(json.dumps(good))
    moved["citations"][0]["start"] += 1
    v.check("answers", moved, "answer", texts)
    wrong = dict(good, engine="guess")
    v.check("answers", wrong, "answer", texts)
    m = v.metric()
    assert m["answers"] == "2/3" and m["spans_checked"] == 3 and m["spans_exact"] == pytest.approx(2 / 3, abs=1e-4)
    assert any("is not the text" in p for p in v.detail()) and any("guess" in p for p in v.detail())


def test_answer_dict_validates_what_ask_prints():
    with pytest.raises(SchemaError, match="answer"):
        answer_dict(Answer("q", "?", "x", True, [Citation("demo", -1, 3, "abc")], "extractive"))


def test_engine_thresholds_replace_shared_ones_metric_by_metric(tmp_path):
    p = tmp_path / "t.json"
    p.write_text(json.dumps({"version": 3, "qa": {"lookup_accuracy": 0.9, "abstention_accuracy": 0.85},
                             "engines": {"llm": {"qa": {"lookup_accuracy": 0.4}, "validity": {"spans_exact": 1.0}}}}))
    assert load_thresholds(p) == {"qa": {"lookup_accuracy": 0.9, "abstention_accuracy": 0.85}}
    assert load_thresholds(p, "llm") == {"qa": {"lookup_accuracy": 0.4, "abstention_accuracy": 0.85},
                                         "validity": {"spans_exact": 1.0}}


def test_project_thresholds_gate_validity_for_both_engines():
    from pipeline.evalrun import default_thresholds

    for engine in ("extractive", "llm"):
        t = load_thresholds(default_thresholds(), engine)
        assert t["validity"] == {"outputs_schema_valid": 1.0, "spans_exact": 1.0}
        assert t["qa"]["answer_numbers_grounded"] >= 0.99


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_summarize_batch_stops_when_the_endpoint_is_unreachable(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for k in range(5):
        (d / f"n{k}.txt").write_text(TEXT.replace("甲市", f"甲{k}市"), encoding="utf-8")
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    s = Settings(base_url=url, api_key="sk-test", model="m", max_retries=0, timeout=2, cache=tmp_path / "c.sqlite")
    rep = run_batch([d], s, engine="llm", workers=1)
    assert rep.summaries == [] and rep.exit_code == 1
    assert rep.errors[0].startswith("n0: cannot reach OPENAI_BASE_URL=" + url)
    stop = re.match(r"stopped: the LLM endpoint could not be reached, (\d) notice\(s\) not attempted", rep.errors[-1])
    # the worker that met the refusal stops the queue itself, so no later notice is tried
    assert stop and int(stop.group(1)) == 4 and len(rep.errors) == 2


def _ask_batch(tmp_path, corpus_index, base_url, monkeypatch):
    qs = tmp_path / "q.jsonl"
    qs.write_text("".join(json.dumps({"id": f"q{k}", "question": q}, ensure_ascii=False) + "\n" for k, q in enumerate(
        ["大亚湾新建了多少公里污水管网?", "惠州的GDP是多少?", "仲恺高新区引进了几所民办学校?"])), encoding="utf-8")
    monkeypatch.setenv("NOTICES_MAX_RETRIES", "0")
    monkeypatch.setenv("NOTICES_TIMEOUT", "3")
    return CliRunner().invoke(app, ["ask", "--engine", "llm", "--base-url", base_url, "--model", "m", "--no-cache",
                                    "--index", str(corpus_index), "--questions", str(qs)])


def test_ask_batch_reports_a_failing_question_and_answers_the_rest(fake_openai, tmp_path, corpus_index, monkeypatch, model_always_asked):
    # q1 (惠州的GDP) has no candidate that passes the checks: refused without a call
    fake_openai.queue(ABSTAIN, error_reply(500, "boom"))
    res = _ask_batch(tmp_path, corpus_index, fake_openai.base_url, monkeypatch)
    assert res.exit_code == 3
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [a["id"] for a in out] == ["q0", "q1"] and not out[1]["answerable"] and out[1]["reason"]
    assert [x for x in res.stderr.splitlines() if x.startswith("error: q2: ")][0].count("HTTP 500") == 1
    assert fake_openai.pending == 0


def test_ask_batch_stops_at_an_unreachable_endpoint_with_one_line(tmp_path, corpus_index, monkeypatch, model_always_asked):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    res = _ask_batch(tmp_path, corpus_index, url, monkeypatch)
    assert res.exit_code == 1 and res.stdout == ""
    lines = [x for x in res.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach OPENAI_BASE_URL={url}")


def test_eval_cli_prints_validity_usage_and_time(fake_openai, tiny, tmp_path, hash_embedder, monkeypatch):
    corpus, gold = tiny
    fake_openai.queue(SUMMARY, _reply("9家"))
    none = tmp_path / "none.json"
    none.write_text("{}")
    for k, v in {"OPENAI_API_KEY": "sk-test", "NOTICES_MAX_RETRIES": "0", "NOTICES_CACHE": str(tmp_path / "c.sqlite")}.items():
        monkeypatch.setenv(k, v)
    res = CliRunner().invoke(app, ["eval", "--engine", "llm", "--base-url", fake_openai.base_url, "--model", "m",
                                   "--corpus", str(corpus), "--gold", str(gold), "--index", str(tmp_path / "idx"),
                                   "--thresholds", str(none), "--report", str(tmp_path / "r.md")])
    assert res.exit_code == 0, res.output
    assert "outputs  schema-valid: summaries 1/1, answers 3/3; spans exact: " in res.stdout
    assert "llm      2 calls, 0 cache hits, 0 retries" in res.stdout and "sk-test" not in res.output
    assert "  summaries  1 calls, 10 + 5 tokens; per notice 1 calls, 10 + 5 tokens" in res.stdout
    assert "  questions  1 calls, 10 + 5 tokens; per question 0.3 calls, 3 + 2 tokens" in res.stdout
    assert res.stdout.splitlines()[-1] == "PASSED" and "time     " in res.stdout
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| schema-valid summaries / answers | 1/1 / 3/3 |" in md and "| LLM calls / cache hits / retries | 2 / 0 / 0 |" in md


def test_eval_stops_at_an_unreachable_endpoint_with_one_line(tiny, tmp_path, hash_embedder, monkeypatch):
    corpus, gold = tiny
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("NOTICES_MAX_RETRIES", "0")
    res = CliRunner().invoke(app, ["eval", "--engine", "llm", "--base-url", url, "--model", "m", "--no-cache",
                                   "--corpus", str(corpus), "--gold", str(gold), "--index", str(tmp_path / "idx")])
    assert res.exit_code == 1 and res.stdout == ""
    lines = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach OPENAI_BASE_URL={url}")
