"""bench/rag_baseline.py: the plain-RAG baseline, run against the fake server over real HTTP."""
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import rag_baseline as rb  # noqa: E402

from pipeline.evaluate import read_jsonl  # noqa: E402

TEXT = "甲市\n针对管网建设滞后问题。一是新建污水管网12公里。二是投入资金300万元。\n针对医保基金监管薄弱问题。督促9家医院退回医保基金464.63万元。\n"
GOLD_QA = [
    {"id": "d1", "question": "甲市新建了多少公里污水管网?", "answer": "12公里", "doc": "demo",
     "evidence": "新建污水管网12公里", "figures": ["12公里"]},
    {"id": "d3", "question": "甲市的地区生产总值是多少?", "answer": None, "near_miss": False},
]


def test_stratified_subset_is_deterministic_and_proportional():
    gold = read_jsonl(ROOT / "evals" / "gold" / "qa.jsonl")
    a, b = rb.stratified(gold, 40), rb.stratified(gold, 40)
    assert [g["id"] for g in a] == [g["id"] for g in b] and len(a) == 40 == len({g["id"] for g in a})
    first = Counter(rb.stratum(g) for g in a[:10])  # a run stopped after 10 questions has every big kind
    assert first[("lookup", True, None)] >= 2 and first[("lookup", False, None)] >= 2 and first[("unanswerable", False, True)] >= 1
    share = Counter(rb.stratum(g) for g in a)
    for kind, n in Counter(rb.stratum(g) for g in gold).items():
        assert abs(share[kind] - 40 * n / len(gold)) < 1  # every kind in proportion, none left out
    assert rb.stratified(gold, None) == gold and rb.stratified(gold, 500) == gold


def test_abstention_is_the_answer_saying_it_does_not_know():
    assert rb.abstained("不知道。") and rb.abstained("上下文没有提到,不知道") and rb.abstained("  ")
    assert not rb.abstained("12公里")


def test_baseline_and_ours_over_http_on_two_questions(fake_openai, tmp_path, hash_embedder, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "demo.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "qa.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD_QA), encoding="utf-8")
    from tests.fakeserver import text_reply

    abstain = {"answerable": False, "ids": [], "answer": None}  # the choice reply of `ask --engine llm`
    fake_openai.queue(text_reply("新建污水管网12公里。", usage=(900, 12)), text_reply("不知道。", usage=(800, 3)),
                      abstain, abstain, abstain, abstain)  # ours: whatever its engine asks, it is told "not answerable"
    for k, v in {"OPENAI_BASE_URL": fake_openai.base_url, "OPENAI_API_KEY": "sk-test", "NOTICES_MODEL": "fake-model",
                 "NOTICES_MAX_RETRIES": "0", "NOTICES_TIMEOUT": "5"}.items():
        monkeypatch.setenv(k, v)
    out = tmp_path / "r.json"
    assert rb.main(["--corpus", str(corpus), "--gold", str(gold), "--index", str(tmp_path / "idx"), "--k", "2",
                    "--out", str(out), "--ours", "--quiet"]) == 0
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["k"] == 2 and rep["model"] == "fake-model" and rep["questions"]["run"] == 2 and rep["partial"] is False
    assert rep["machine"]["nproc"] >= 1 and rep["machine"]["cpu_model"] and len(rep["load_start"]["loadavg_1_5_15"]) == 3
    base = rep["baseline"]
    m = base["metrics"]
    assert m["lookup_accuracy"] == 1.0 and m["abstention_accuracy"] == 1.0 and m["abstention_off_topic"] == 1.0
    assert m["answer_numbers_grounded"] == 1.0 and m["citation_accuracy"] == 1.0  # the chunks given hold the evidence
    assert base["totals"]["calls"] == 2 and base["totals"]["prompt_tokens"] == 1700 and base["totals"]["completion_tokens"] == 15
    assert base["per_question"]["prompt_tokens"] == 850.0 and base["per_question"]["seconds"] >= 0
    # what the baseline sent: the question and the retrieved chunks, stuffed into one prompt
    first = fake_openai.chat_requests[0]["body"]
    assert "不知道" in first["messages"][0]["content"] and "response_format" not in first
    assert "甲市新建了多少公里污水管网?" in first["messages"][1]["content"] and "新建污水管网12公里" in first["messages"][1]["content"]
    ours = rep["ours"]
    assert [r["id"] for r in ours["questions"]] == ["d1", "d3"] and ours["totals"]["calls"] == 0  # d1: one checked candidate, d3: none; no call
    assert "sk-test" not in out.read_text(encoding="utf-8")
