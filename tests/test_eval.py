"""The eval gate: `notices eval` on the project corpus passes its thresholds; a foreign corpus runs."""
import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evalrun import figure_rows, run_eval
from pipeline.corpus import load
from pipeline.evaluate import match_figures, read_jsonl
from pipeline.settings import load_settings

from .conftest import CORPUS, GOLD
from .independent_scorer import f1 as independent_f1


def test_reported_figure_f1_equals_an_independent_implementation():
    pred = [r for d in load([CORPUS]) for r in figure_rows(d)]
    gold = read_jsonl(GOLD / "figures.jsonl")
    ours = match_figures(pred, gold)[0].f1
    assert abs(ours - independent_f1(pred, gold)) <= 0.01


@pytest.fixture(scope="module")
def project_report(corpus_index, tmp_path_factory):
    s = load_settings(index=tmp_path_factory.mktemp("settings"))
    return run_eval(CORPUS, GOLD, s, index=corpus_index)


def test_project_corpus_passes_the_gate(project_report):
    assert project_report["passed"], project_report["threshold_failures"]
    for key in ("precision", "recall", "f1", "subject_accuracy"):
        assert key in project_report["figures"]
    for key in ("lookup_accuracy", "multi_accuracy", "abstention_accuracy", "citation_accuracy",
                "citation_precision", "answer_numbers_grounded", "recall_at_k"):
        assert key in project_report["qa"]


def test_report_lists_what_a_person_can_act_on(project_report):
    from pipeline.evalrun import markdown

    md = markdown(project_report)
    assert "## Missed figures" in md and "## Per notice" in md
    assert set(project_report["figures_detail"]["per_doc"]) == {p.stem for p in CORPUS.glob("*.txt")}


def test_thresholds_fail_with_the_metric_named(corpus_index, tmp_path):
    from pipeline.evalrun import _slug

    strict = tmp_path / "t.json"
    strict.write_text(json.dumps({"figures": {"f1": 1.01}}))
    # reuse the session's index where `eval` keeps its own, so nothing is embedded twice
    shutil.copytree(corpus_index, tmp_path / "idx" / "eval" / _slug(CORPUS))
    res = CliRunner().invoke(app, ["eval", "--thresholds", str(strict), "--index", str(tmp_path / "idx"), "--json"])
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert out["passed"] is False and out["threshold_failures"][0].startswith("figures.f1")


def test_foreign_corpus_runs_and_reports(tmp_path, hash_embedder):
    corpus, gold = tmp_path / "c", tmp_path / "g"
    corpus.mkdir()
    gold.mkdir()
    text = "甲市\n针对管网建设滞后问题。一是新建污水管网12公里。二是投入资金300万元。\n"
    (corpus / "demo.txt").write_text(text, encoding="utf-8")
    (gold / "figures.jsonl").write_text(json.dumps({"doc": "demo", "start": text.index("12公里"), "text": "12公里", "value": 12, "unit": "公里"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (gold / "issues.jsonl").write_text(json.dumps({"doc": "demo", "start": text.index("管网建设"), "issue": "管网建设滞后问题"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (gold / "qa.jsonl").write_text(json.dumps({"id": "d1", "question": "甲市新建了多少公里污水管网?", "answer": "12公里", "doc": "demo", "evidence": "新建污水管网12公里", "figures": ["12公里"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    rep = run_eval(corpus, gold, load_settings(index=tmp_path / "idx"), thresholds=None)
    assert rep["figures"]["recall"] == 1.0 and rep["figures"]["precision"] == pytest.approx(0.5)
    assert rep["issues"]["f1"] == 1.0
    assert rep["qa"]["questions"] == 1


def test_eval_scores_measure_and_period_on_matched_figures(tmp_path, hash_embedder):
    corpus, gold = tmp_path / "c", tmp_path / "g"
    corpus.mkdir()
    gold.mkdir()
    text = "乙县\n针对河道整治不力问题。截至8月底,清理河道淤泥900吨,拆除违建20处。\n"
    (corpus / "demo.txt").write_text(text, encoding="utf-8")
    rows = [{"doc": "demo", "start": text.index("900吨"), "text": "900吨", "value": 900, "unit": "吨",
             "measure": "清理河道淤泥", "measure_start": text.index("清理"), "period": "截至8月底", "period_start": text.index("截至")},
            {"doc": "demo", "start": text.index("20处"), "text": "20处", "value": 20, "unit": "处",
             "measure": "新建堤防", "measure_start": 0}]  # a label the extractor cannot match
    (gold / "figures.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (gold / "issues.jsonl").write_text("", encoding="utf-8")
    (gold / "qa.jsonl").write_text("", encoding="utf-8")
    rep = run_eval(corpus, gold, load_settings(index=tmp_path / "idx"), thresholds=None)
    f = rep["figures"]
    assert f["measure_accuracy"] == 0.5 and f["measure_judged"] == 2
    assert f["period_accuracy"] == 1.0 and f["period_judged"] == 1
    assert f["fact_spans_exact"] == 1.0
    assert [w["gold"] for w in rep["figures_detail"]["wrong_measure"]] == ["新建堤防"]
