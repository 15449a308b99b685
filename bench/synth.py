"""Synthetic notices for scale benchmarks, with known figures and issues.

Pieces of the real corpus are recombined into N new notices:

- subjects: the unit names of the corpus (unit-name lines, programme leads and
  the subjects of the gold labels), kept only where the parser's own rule reads
  them as a unit-name line;
- issues: the gold issues (`evals/gold/issues.jsonl`), written as `针对…问题。`
  sentences that open a line, as the unit-organised notices do;
- measures: the measures the parser finds under each issue, renumbered
  `一是…二是…`, carrying the gold figures that lie inside them;
- figures: every gold figure inside a chosen issue or measure is carried over;
  an Arabic number gets a new value drawn around the old one (same number of
  decimals, percentages stay under 100), so each notice states its own figures.

Each notice is `syn-NNNNN.txt` with a `.meta.json`; `figures.jsonl` and
`issues.jsonl` beside them are in the labelling guide's gold format (exact
offsets, checked), so the figure extractor and the summariser can be scored on
them (`notices eval --corpus DIR --gold DIR`; there is no qa.jsonl).
Deterministic for a given seed.

    .venv/bin/python bench/synth.py OUT_DIR --notices 200 --seed 7
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.corpus import LoadError, load  # noqa: E402
from pipeline.parse import _NOT_UNIT, _UNIT_SUFFIX, CN, parse  # noqa: E402

_NUM = re.compile(r"^(\d+)(?:\.(\d+))?(\D*)$")
_MARK = re.compile(rf"^[{CN}]+是[,,:]?")
ORDINALS = "一二三四五六七八九十"


@dataclass
class Fig:
    off: int  # offset into the fragment's text
    text: str
    value: float
    unit: str
    label: str | None = None


@dataclass
class Fragment:
    """An issue or a measure: text and the gold figures inside it (offsets relative to the text)."""

    text: str
    figs: list[Fig] = field(default_factory=list)
    source: str = ""


def _is_unit_line(s: str) -> bool:
    return 2 <= len(s) <= 24 and not _NOT_UNIT.search(s) and bool(_UNIT_SUFFIX.search(s)) and "\n" not in s


def _figs_in(gold_figs: list[dict], doc: str, start: int, end: int) -> list[Fig]:
    out = []
    for g in gold_figs:
        if g["doc"] == doc and start <= g["start"] and g["start"] + len(g["text"]) <= end:
            out.append(Fig(g["start"] - start, g["text"], g["value"], g["unit"], g.get("label")))
    return sorted(out, key=lambda f: f.off)


def harvest(corpus: Path = ROOT / "corpus", gold: Path = ROOT / "evals" / "gold") -> tuple[list[str], list[Fragment], list[Fragment]]:
    """(subjects, issues, measures) taken from a labelled corpus."""
    docs = {d.id: d for d in load([corpus]) if not isinstance(d, LoadError)}
    gold_figs = [json.loads(x) for x in (gold / "figures.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold_issues = [json.loads(x) for x in (gold / "issues.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]

    subjects: set[str] = set()
    for g in gold_figs + gold_issues:
        if g.get("subject"):
            subjects.add(g["subject"])
    measures: list[Fragment] = []
    seen_measures: set[str] = set()
    for doc in sorted(docs.values(), key=lambda d: d.id):
        outline = parse(doc.id, doc.text, doc.meta)
        subjects.update(h.text for h in outline.headings if h.kind == "unit")
        subjects.update(re.sub(r"[((].*$", "", s.lead).strip() for s in outline.sections if s.lead)
        for iss in outline.issues:
            for m in iss.measures:
                text = m.text
                cut = _MARK.match(text)
                start = m.start + (cut.end() if cut else 0)
                body = doc.text[start:m.end]
                # one clean sentence run: no line breaks, no embedded issue or heading, not a lead line
                if not (8 <= len(body) <= 260) or "\n" in body or "针对" in body or "牵头" in body or "责任单位" in body:
                    continue
                if body in seen_measures:
                    continue
                seen_measures.add(body)
                figs = _figs_in(gold_figs, doc.id, start, m.end)
                if not body.endswith(("。", "!", "?")):
                    body += "。"
                measures.append(Fragment(body, figs, f"{doc.id}:{start}"))
    issues: list[Fragment] = []
    seen_issues: set[str] = set()
    for g in gold_issues:
        t = g["issue"]
        if not t.endswith("问题") or "\n" in t or t in seen_issues or len(t) > 80:
            continue
        seen_issues.add(t)
        issues.append(Fragment(t, _figs_in(gold_figs, g["doc"], g["start"], g["start"] + len(t)), f"{g['doc']}:{g['start']}"))
    subj = sorted(s for s in subjects if _is_unit_line(s))
    return subj, issues, measures


def _new_number(rng: random.Random, fig: Fig) -> tuple[str, float] | None:
    """A fresh number in the figure's format, or None when it is not a plain Arabic number."""
    m = _NUM.match(fig.text)
    if not m or any(ch.isdigit() for ch in m.group(3)):
        return None  # Chinese numerals, ranges (65-70%), thousands separators: kept as written
    int_part, dec_part = m.group(1), m.group(2)
    if abs(float(f"{int_part}.{dec_part or 0}") - float(fig.value)) > 1e-9:
        return None
    decimals = len(dec_part or "")
    old = float(fig.value)
    for _ in range(20):
        new = old * rng.uniform(0.4, 1.8) if old else rng.uniform(1, 9)
        if fig.unit.strip() in ("%", "个百分点") and old <= 100:
            new = min(new, 99.9 if old < 100 else 100.0)
        new = round(new, decimals)
        if new > 0 and (decimals or new >= 1):
            break
    else:
        return None
    s = f"{new:.{decimals}f}"
    if not decimals and len(s) > 1 and s.startswith("0"):
        return None
    return s, (float(s) if decimals else int(s))


def _render(rng: random.Random, frag: Fragment) -> tuple[str, list[Fig]]:
    """The fragment's text with its Arabic figures renumbered; figure offsets follow the edits."""
    out, figs, pos = [], [], 0
    for f in frag.figs:
        if f.off < pos:
            continue  # overlapping gold spans: keep the first
        out.append(frag.text[pos:f.off])
        here = sum(len(x) for x in out)
        new = _new_number(rng, f)
        if new is None:
            text, value = f.text, f.value
        else:
            num, value = new
            text = num + _NUM.match(f.text).group(3)
        out.append(text)
        figs.append(Fig(here, text, value, f.unit, f.label))
        pos = f.off + len(f.text)
    out.append(frag.text[pos:])
    return "".join(out), figs


PLACES = ["惠州市", "定西市", "舟山市", "东营市", "江门市", "清远市", "湖州市", "德州市"]


def make_notice(rng: random.Random, k: int, subjects, issues, measures, size=(3, 8)) -> tuple[str, dict, list[dict], list[dict]]:
    doc = f"syn-{k:05d}"
    units = rng.sample(subjects, min(len(subjects), rng.randint(*size)))
    parts: list[str] = []
    figs: list[dict] = []
    iss_rows: list[dict] = []

    def put(s: str) -> int:
        start = sum(len(p) for p in parts)
        parts.append(s)
        return start

    place = PLACES[k % len(PLACES)]
    intro_pre = f"近期,{place}本轮巡察整改阶段性任务已经完成,现将{units[0]}等"
    n_units = f"{len(units)}个"
    start = put(intro_pre)
    figs.append({"doc": doc, "start": start + len(intro_pre), "text": n_units, "value": len(units), "unit": "个",
                 "label": "通报单位数"})
    put(n_units + "单位整改情况的部分内容予以通报。\n")
    for unit in units:
        put(unit + "\n")
        for _ in range(rng.randint(1, 3)):
            iss = rng.choice(issues)
            text, ifigs = _render(rng, iss)
            s = put("针对")
            iss_start = s + 2
            put(text + "。")
            iss_rows.append({"doc": doc, "start": iss_start, "subject": unit, "issue": text})
            for f in ifigs:
                figs.append({"doc": doc, "start": iss_start + f.off, "text": f.text, "value": f.value, "unit": f.unit,
                             "subject": unit} | ({"label": f.label} if f.label else {}))
            chosen = rng.sample(measures, rng.randint(1, 4))
            numbered = len(chosen) > 1
            for j, m in enumerate(chosen):
                mark = f"{ORDINALS[j]}是" if numbered else ""
                body, mfigs = _render(rng, m)
                s = put(mark + body)
                for f in mfigs:
                    figs.append({"doc": doc, "start": s + len(mark) + f.off, "text": f.text, "value": f.value,
                                 "unit": f.unit, "subject": unit} | ({"label": f.label} if f.label else {}))
            put("\n")
    text = "".join(parts)
    for f in figs:  # the guide's invariant: doc_text[start:start+len(text)] == text
        assert text[f["start"]:f["start"] + len(f["text"])] == f["text"], (doc, f)
    for i in iss_rows:
        assert text[i["start"]:i["start"] + len(i["issue"])] == i["issue"], (doc, i)
    meta = {"title": f"{place}巡察整改情况通报(合成样本{doc})", "issuer": f"中共{place}委巡察办", "place": place}
    return text, meta, figs, iss_rows


def generate(out: Path, n: int, seed: int = 7, corpus: Path = ROOT / "corpus", gold: Path = ROOT / "evals" / "gold") -> dict:
    """Write n notices and their figures.jsonl / issues.jsonl into `out`; return counts."""
    subjects, issues, measures = harvest(corpus, gold)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    chars = n_figs = n_issues = 0
    with open(out / "figures.jsonl", "w", encoding="utf-8") as ff, open(out / "issues.jsonl", "w", encoding="utf-8") as fi:
        for k in range(n):
            text, meta, figs, iss = make_notice(rng, k, subjects, issues, measures)
            (out / f"syn-{k:05d}.txt").write_text(text, encoding="utf-8")
            (out / f"syn-{k:05d}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            for f in figs:
                ff.write(json.dumps(f, ensure_ascii=False) + "\n")
            for i in iss:
                fi.write(json.dumps(i, ensure_ascii=False) + "\n")
            chars += len(text)
            n_figs += len(figs)
            n_issues += len(iss)
    return {"notices": n, "seed": seed, "chars": chars, "figures": n_figs, "issues": n_issues,
            "pool": {"subjects": len(subjects), "issues": len(issues), "measures": len(measures),
                     "measures_with_figures": sum(1 for m in measures if m.figs)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--notices", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.notices, args.seed), ensure_ascii=False))


if __name__ == "__main__":
    main()
