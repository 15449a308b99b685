"""`pytest -m llm`: summarize, ask and eval against the real endpoint named by OPENAI_BASE_URL.

Skipped (with the reason) when no endpoint is configured; `make local-llm`
starts a fully local one. Assertions are about safety, not wording: every
output validates, every span is exact, every number in an answer is cited.
"""
import json

import pytest

from pipeline.corpus import load
from pipeline.evalrun import run_eval
from pipeline.schemas import validate
from pipeline.settings import load_settings
from pipeline.llm.provider import make_provider
from pipeline.summary_llm import summarize_llm

pytestmark = pytest.mark.llm

TEXT = "甲市\n针对管网建设滞后问题。一是新建污水管网12公里。二是投入资金300万元。\n针对医保基金监管薄弱问题。督促9家医院退回医保基金464.63万元。\n"


def _settings(tmp_path):
    return load_settings(index=tmp_path / "idx", cache=tmp_path / "cache.sqlite", timeout=600)


def test_summarize_on_a_real_model(tmp_path):
    p = tmp_path / "demo.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = next(load([p]))
    out = summarize_llm(doc, make_provider(_settings(tmp_path))).to_dict()
    validate(out, "notice_summary")
    figs = {f["id"]: f for f in out["figures"]}
    for iss in out["issues"]:
        assert TEXT[iss["start"]:iss["end"]] == iss["text"]
        for m in iss["measures"]:
            assert all(figs[f]["start"] >= m["start"] and figs[f]["end"] <= m["end"] for f in m["figure_ids"])


def test_eval_on_a_real_model(tmp_path):
    corpus, gold = tmp_path / "c", tmp_path / "g"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "demo.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {"id": "d1", "question": "甲市新建了多少公里污水管网?", "answer": "12公里", "doc": "demo", "evidence": "新建污水管网12公里", "figures": ["12公里"]},
        {"id": "d2", "question": "甲市督促几家医院退回医保基金?", "answer": "9家", "doc": "demo", "evidence": "督促9家医院退回医保基金464.63万元", "figures": ["9家"]},
        {"id": "d3", "question": "甲市的地区生产总值是多少?", "answer": None},
    ]
    (gold / "qa.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rep = run_eval(corpus, gold, _settings(tmp_path), engine="llm", thresholds=None)
    assert rep["qa"]["questions"] == 3
    assert rep["qa"]["answer_numbers_grounded"] in (None, 1.0)
