"""Every gold line agrees with the corpus, so the eval scores against what the notices say."""
import json

import pytest

from pipeline.numerals import parse_number

from .conftest import CORPUS, GOLD


def rows(name):
    return [json.loads(l) for l in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]


TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def test_gold_is_built_from_its_sources(tmp_path):
    """figures/issues/qa.jsonl are exactly what build.py makes of src/ (no hand-edited offsets)."""
    import shutil
    import subprocess
    import sys

    shutil.copytree(GOLD / "src", tmp_path / "src")
    out = subprocess.run([sys.executable, str(GOLD / "build.py"), "--corpus", str(CORPUS), "--gold", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    for name in ("figures", "issues", "qa"):
        assert (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8") == (GOLD / f"{name}.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("g", rows("figures"), ids=lambda g: f"{g['doc']}:{g['start']}")
def test_figure_spans_and_values(g):
    text = TEXTS[g["doc"]]
    assert text[g["start"]:g["start"] + len(g["text"])] == g["text"]
    assert isinstance(g["value"], (int, float)) and g["unit"] and all(ch in g["text"] for ch in g["unit"])
    number = g["text"].replace(g["unit"], "", 1) if g["text"].endswith(g["unit"]) else g["text"]
    parsed = parse_number(number.split("-")[0].split("—")[0].split("至")[0].strip("余多 约"))
    if parsed is not None:
        assert parsed == pytest.approx(g["value"]), g["text"]
    for key in ("measure", "period"):
        if key in g or key == "measure":
            phrase, at = g[key], g[f"{key}_start"]
            assert text[at:at + len(phrase)] == phrase
            assert at + len(phrase) <= g["start"] or at >= g["start"] + len(g["text"]), "never the figure's own text"
            between = text[min(at, g["start"]):max(at, g["start"])]
            assert not any(c in between for c in "。!?!?\n"), f"{key} is in the figure's sentence"


def test_build_refuses_a_measure_outside_the_figures_sentence(tmp_path):
    """A measure the sentence does not hold is refused with the line named, not resolved elsewhere."""
    import subprocess
    import sys

    (tmp_path / "c").mkdir()
    (tmp_path / "g" / "src").mkdir(parents=True)
    (tmp_path / "c" / "d.txt").write_text("追讨欠薪57万元。拆除违建12处。", encoding="utf-8")
    line = '{"anchor": "拆除违建12处", "text": "12处", "value": 12, "unit": "处", "measure": "%s"}\n'
    src = tmp_path / "g" / "src" / "d.figures.jsonl"
    run = lambda: subprocess.run([sys.executable, str(GOLD / "build.py"), "--corpus", str(tmp_path / "c"), "--gold", str(tmp_path / "g")], capture_output=True, text=True)
    src.write_text(line % "追讨欠薪", encoding="utf-8")
    out = run()
    assert out.returncode != 0 and "d.figures.jsonl:1" in out.stderr and "追讨欠薪" in out.stderr
    src.write_text(line % "拆除违建", encoding="utf-8")
    assert run().returncode == 0
    built = json.loads((tmp_path / "g" / "figures.jsonl").read_text(encoding="utf-8"))
    assert built["measure_start"] == 9 and "measure_anchor" not in built


def test_issue_spans():
    for g in rows("issues"):
        assert TEXTS[g["doc"]][g["start"]:g["start"] + len(g["issue"])] == g["issue"]


def test_qa_lines():
    qa = rows("qa")
    ids = [q["id"] for q in qa]
    assert len(ids) == len(set(ids)), "question ids are unique"
    assert len(qa) >= 60
    unanswerable = [q for q in qa if q["answer"] is None]
    assert len(unanswerable) >= 10
    assert sum(bool(q.get("paraphrase")) for q in qa) / len(qa) >= 0.3
    assert any(len(q.get("docs") or []) >= 2 for q in qa), "cross-notice questions"
    assert sum(q["type"] == "multi" for q in qa) >= 25, "multi-part and cross-notice questions"
    for q in qa:
        if q["answer"] is None:
            assert not q.get("evidence") and not q.get("doc") and not q.get("figures")
            continue
        docs = q.get("docs") or [q["doc"]]
        quotes = q["evidence"] if isinstance(q["evidence"], list) else [q["evidence"]]
        for quote in quotes:
            assert any(quote in TEXTS[d] for d in docs), (q["id"], quote)


def test_unanswerable_questions_say_how_near_they_are():
    """Most refusals to test are near-misses, each quoting the close thing the notice does state."""
    unanswerable = [q for q in rows("qa") if q["answer"] is None]
    assert len(unanswerable) >= 30 and all(q["type"] == "unanswerable" for q in unanswerable)
    near = [q for q in unanswerable if q["near_miss"] is True]
    assert all(q["near_miss"] in (True, False) for q in unanswerable)
    assert len(near) / len(unanswerable) >= 0.6
    for q in near:
        assert TEXTS[q["nearest_doc"]].count(q["nearest"]) == 1, (q["id"], q["nearest"])
    for q in unanswerable:
        if not q["near_miss"]:
            assert "nearest" not in q, q["id"]
