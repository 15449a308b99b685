"""Scoring by the labelling guide's matching rules, and the `notices eval` runner.

The metric functions are pure and tested on hand-made cases with known P, R
and F1; `run_eval` only gathers predictions and hands them here.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .numerals import normalize

_PUNCT = re.compile(r"[\s\u3000,。、;:?!“”‘’\"'()()《》【】,.;:?!/\-—…·]")


# ---------------------------------------------------------------- basic sets


@dataclass
class PRF:
    tp_pred: int = 0  # predictions that matched
    n_pred: int = 0
    tp_gold: int = 0  # gold items that matched
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "matched": self.tp_gold, "gold": self.n_gold, "predicted": self.n_pred}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def same_quantity(v1: float, u1: str, v2: float, u2: str) -> bool:
    n1, b1 = normalize(float(v1), (u1 or "").strip())
    n2, b2 = normalize(float(v2), (u2 or "").strip())
    return b1 == b2 and abs(n1 - n2) <= 1e-6 * max(1.0, abs(n1), abs(n2))


def _fold(s: str) -> str:
    from .textnorm import fold

    return fold(s)


def char_share(a: str, b: str) -> float:
    """Share of characters two texts have in common, relative to the longer one."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b))


def subject_matches(pred: str | None, gold: str | None) -> bool:
    """Loose naming is the norm (市医保局 / 市医疗保障局, X党工委 / X): compare the cores."""
    if not gold:
        return True
    if not pred:
        return False
    p, g = subject_core(pred), subject_core(gold)
    if not p or not g:
        return False
    return p == g or p in g or g in p or char_share(p, g) >= 0.75 or abbreviates(p, g)


def abbreviates(a: str, b: str) -> bool:
    """One name is the other's usual short form: its first two characters and its kind kept, the
    middle dropped (珈禾集团 for 珈禾能源投资集团有限公司, 琇能新能源公司 for 琇能新能源有限公司)."""
    a, b = (_CORP.sub("", x) or x for x in (a, b))
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[:2] != long[:2] or short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(ch in it for ch in short)


_CORP = re.compile(r"(?:股份)?(?:有限)?(?:责任)?公司$")


def subject_core(s: str) -> str:
    s = _PUNCT.sub("", s)
    s = re.sub(r"^(中共|中国共产党)", "", s)
    s = re.sub(r"(党工委|党委|党组|工作委员会|委员会)$", "", s)
    return s


# ---------------------------------------------------------------- figures


def _unit_unwritten(p: dict, g: dict) -> bool:
    """A bare number in a table cell whose header and row name no unit (本年处理决定数量 | 2317): the
    labelling guide's unit is the one written, and none is, so the values alone decide (a unit the
    extractor read where none is written still has to agree with the label's)."""
    bare = re.fullmatch(r"[\d.,]+", (g.get("text") or "").strip())
    return bool(bare) and not (p.get("unit") or "").strip() and abs(float(p["value"]) - float(g["value"])) <= 1e-9 * max(1.0, abs(float(g["value"])))


def match_figures(pred: list[dict], gold: list[dict]) -> tuple[PRF, list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching per doc: same doc, overlapping spans, equal value in base units."""
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    by_doc: dict[str, list[int]] = {}
    for i, p in enumerate(pred):
        by_doc.setdefault(p["doc"], []).append(i)
    missed = []
    for g in sorted(gold, key=lambda g: (g["doc"], g["start"])):
        g_end = g["start"] + len(g["text"])
        best = None
        for i in by_doc.get(g["doc"], []):
            if i in used:
                continue
            p = pred[i]
            if overlaps(p["start"], p["end"], g["start"], g_end) and (
                    same_quantity(p["value"], p["unit"], g["value"], g["unit"]) or _unit_unwritten(p, g)):
                best = i
                break
        if best is None:
            missed.append(g)
        else:
            used.add(best)
            pairs.append((pred[best], g))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    prf = PRF(tp_pred=len(pairs), n_pred=len(pred), tp_gold=len(pairs), n_gold=len(gold))
    return prf, pairs, missed, spurious


def subject_accuracy(pairs: list[tuple[dict, dict]]) -> float:
    judged = [(p, g) for p, g in pairs if g.get("subject")]
    if not judged:
        return 1.0
    return sum(subject_matches(p.get("subject"), g["subject"]) for p, g in judged) / len(judged)


def fact_matches(pred: dict, gold: dict, field: str) -> bool:
    """A predicted measure/period is right when its span overlaps the gold span or the texts share
    ≥ 60% of characters (the gold phrase is the shortest one; a longer prediction that holds it counts)."""
    g, p = gold.get(field), pred.get(field)
    if not g or not p:
        return False
    gs, ps = gold.get(f"{field}_start"), pred.get(f"{field}_start")
    if gs is not None and ps is not None and overlaps(ps, ps + len(p), gs, gs + len(g)):
        return True
    return char_share(_fold(p), _fold(g)) >= 0.6


def fact_accuracy(pairs: list[tuple[dict, dict]], field: str) -> tuple[float | None, list[tuple[dict, dict]]]:
    """Accuracy of `field` (measure | period) over matched figures whose gold states it; None when none does."""
    judged = [(p, g) for p, g in pairs if g.get(field)]
    if not judged:
        return None, []
    wrong = [(p, g) for p, g in judged if not fact_matches(p, g, field)]
    return 1 - len(wrong) / len(judged), wrong


# ---------------------------------------------------------------- issues


def match_issues(pred: list[dict], gold: list[dict]) -> tuple[PRF, list[dict], list[dict]]:
    """Same doc and (overlapping spans or ≥60% of characters shared); one-to-one."""
    used: set[int] = set()
    missed = []
    matched = 0
    for g in sorted(gold, key=lambda g: (g["doc"], g["start"])):
        g_end = g["start"] + len(g["issue"])
        cands = [
            i for i, p in enumerate(pred)
            if i not in used and p["doc"] == g["doc"]
            and (overlaps(p["start"], p["end"], g["start"], g_end) or char_share(p["text"], g["issue"]) >= 0.6)
        ]
        if not cands:
            missed.append(g)
            continue
        # prefer the prediction that overlaps most, then the closest one
        best = max(cands, key=lambda i: (max(0, min(pred[i]["end"], g_end) - max(pred[i]["start"], g["start"])), -abs(pred[i]["start"] - g["start"])))
        used.add(best)
        matched += 1
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return PRF(matched, len(pred), matched, len(gold)), missed, spurious


# ---------------------------------------------------------------- QA


def figures_in(text: str) -> list[tuple[float, str]]:
    from .figures import extract_figures

    return [(f.value, f.unit) for f in extract_figures("answer", text or "")]


def _written_in(figure: str, text: str) -> bool:
    """`figure` occurs in `text` as a whole number: "9起" is not in "29起", "1.5亿" not in "11.5亿"."""
    if not figure:
        return False
    lead = r"(?<![\d.])" if figure[0].isdigit() else ""
    tail = r"(?![\d])" if figure[-1].isdigit() else ""
    return re.search(lead + re.escape(figure) + tail, text) is not None


def answer_has_figure(answer: str, figure: str) -> bool:
    """A gold figure string ("464.63万元") is in an answer as written or as the same quantity."""
    if not answer:
        return False
    if _written_in(figure, answer) or _written_in(figure.replace(",", ""), answer.replace(",", "")):
        return True
    want = figures_in(figure)
    if not want:
        return False
    v, u = want[0]
    return any(same_quantity(v, u, av, au) for av, au in figures_in(answer))


def answer_correct(pred: dict, gold: dict) -> bool:
    if gold.get("answer") is None:
        return not pred.get("answerable", True) and not pred.get("citations")
    if not pred.get("answerable") or not pred.get("answer"):
        return False
    figs = gold.get("figures") or []
    if figs:
        return all(answer_has_figure(pred["answer"], f) for f in figs)
    g, p = _PUNCT.sub("", _fold(gold["answer"])), _PUNCT.sub("", _fold(pred["answer"]))
    # a statement answer is right when it says (nearly) all the gold answer says
    return g in p or (sum((Counter(g) & Counter(p)).values()) / max(1, len(g)) >= 0.7 and len(p) <= 6 * len(g) + 40)


def answer_numbers(answer: str | None) -> int:
    """How many quantities an answer states (figures, not dates or document numbers)."""
    return len(figures_in(answer or ""))


def answer_precise(pred: dict, gold: dict) -> bool:
    """A right lookup that is the figure, not a sentence: at most (gold figures + 1) numbers and at
    most max(60, 3 × the gold answer's length) characters."""
    if gold.get("answer") is None or not answer_correct(pred, gold):
        return False
    answer = pred.get("answer") or ""
    n_gold = len(gold.get("figures") or [])
    return answer_numbers(answer) <= n_gold + 1 and len(answer) <= max(60, 3 * len(gold["answer"]))


def evidence_list(gold: dict) -> list[str]:
    ev = gold.get("evidence")
    if ev is None:
        return []
    return ev if isinstance(ev, list) else [ev]


def evidence_spans(gold: dict, texts: dict[str, str]) -> list[tuple[str, int, int]]:
    """Locate each evidence quote in the notices the question names."""
    docs = gold.get("docs") or ([gold["doc"]] if gold.get("doc") else [])
    out = []
    for q in evidence_list(gold):
        for d in docs:
            i = texts.get(d, "").find(q)
            if i != -1:
                out.append((d, i, i + len(q)))
                break
    return out


def covered(span: tuple[str, int, int], spans: list[tuple[str, int, int]], min_share: float = 1.0) -> bool:
    d, s, e = span
    pts = set()
    for d2, s2, e2 in spans:
        if d2 == d:
            pts.update(range(max(s, s2), min(e, e2)))
    return len(pts) >= min_share * (e - s)


def citation_scores(pred: dict, gold: dict, texts: dict[str, str]) -> tuple[float | None, float | None]:
    """(accuracy: share of evidence quotes the citations hold; precision: share of citations on evidence)."""
    ev = evidence_spans(gold, texts)
    cites = [(c["doc"], c["start"], c["end"]) for c in pred.get("citations") or []]
    if not ev:
        return None, None
    acc = sum(covered(e, cites) for e in ev) / len(ev)
    prec = None
    if cites:
        prec = sum(any(c[0] == e[0] and overlaps(c[1], c[2], e[1], e[2]) for e in ev) for c in cites) / len(cites)
    return acc, prec


_NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers_grounded(pred: dict, texts: dict[str, str]) -> bool:
    """Every number written in the answer appears in a cited span (computed results are exempt)."""
    if not pred.get("answer"):
        return True
    cited = "".join(texts.get(c["doc"], "")[c["start"]:c["end"]] for c in pred.get("citations") or [])
    # compared as values: 2804.5 is grounded by 2804.50 in the text; an ASCII comma is a thousands
    # separator (12,345), except in a pasted CSV row, where it ends a cell (全面从严治党,3,3,100%)
    cited_values = {float(x) for x in _NUM.findall(cited.replace(",", ""))}
    for row in re.findall(r"[^\n]*(?:[\u4e00-\u9fff],|,[\u4e00-\u9fff])[^\n]*", cited):
        cited_values |= {float(x) for x in _NUM.findall(row)}
    exempt = set()
    comp = pred.get("computed") or {}
    for c in [comp] + list(comp.get("steps") or []):  # (a side computed on the way: 59个-55个 = 4个)
        if c.get("result") is not None:
            exempt.update(float(x) for x in _NUM.findall(str(c.get("result_text") or c["result"])))
    return all(float(n) in exempt or float(n) in cited_values for n in _NUM.findall(pred["answer"].replace(",", "")))


def retrieval_hit(hits: list[dict], gold: dict, texts: dict[str, str]) -> float | None:
    ev = evidence_spans(gold, texts)
    if not ev:
        return None
    spans = [(h["doc"], h["start"], h["end"]) for h in hits]
    return sum(covered(e, spans, 0.5) for e in ev) / len(ev)


@dataclass
class QAScore:
    rows: list[dict] = field(default_factory=list)

    def metric(self) -> dict:
        def mean(xs):
            xs = [x for x in xs if x is not None]
            return round(sum(xs) / len(xs), 4) if xs else None

        by = lambda t: [r for r in self.rows if r["type"] == t]  # noqa: E731
        answerable = [r for r in self.rows if r["type"] != "unanswerable"]
        lookups = by("lookup")
        unanswerable = by("unanswerable")
        out = {
            "lookup_accuracy": mean([r["correct"] for r in lookups]),
            "lookup_precise": mean([r.get("precise", False) for r in lookups]),
            "multi_accuracy": mean([r["correct"] for r in by("multi")]),
            "abstention_accuracy": mean([r["correct"] for r in by("unanswerable")]),
            "citation_accuracy": mean([r["citation_accuracy"] for r in answerable if r["answered"]]),
            "citation_precision": mean([r["citation_precision"] for r in answerable if r["answered"]]),
            "answer_numbers_grounded": mean([r["grounded"] for r in lookups if r["answered"]]),
            "recall_at_k": mean([r["recall"] for r in answerable]),
            "paraphrase_lookup_accuracy": mean([r["correct"] for r in lookups if r["paraphrase"]]),
            "plain_lookup_accuracy": mean([r["correct"] for r in lookups if not r["paraphrase"]]),
            # near-misses (the notice states something close) and off-topic questions, apart
            "abstention_near_miss": mean([r["correct"] for r in unanswerable if r.get("near_miss") is True]),
            "abstention_off_topic": mean([r["correct"] for r in unanswerable if r.get("near_miss") is False]),
            "questions": len(self.rows),
        }
        splits = sorted({r["split"] for r in self.rows if r.get("split")})
        if len(splits) > 1:
            out["by_split"] = {s: QAScore([r for r in self.rows if r.get("split") == s]).metric() for s in splits}
        return out


def qa_type(gold: dict) -> str:
    if gold.get("answer") is None:
        return "unanswerable"
    t = gold.get("type")
    if t in ("lookup", "multi"):
        return t
    return "multi" if isinstance(gold.get("evidence"), list) or gold.get("docs") else "lookup"


def score_question(gold: dict, pred: dict, hits: list[dict], texts: dict[str, str]) -> dict:
    acc, prec = citation_scores(pred, gold, texts)
    return {
        "id": gold["id"], "type": qa_type(gold), "paraphrase": bool(gold.get("paraphrase")),
        "question": gold["question"], "gold": gold.get("answer"), "predicted": pred.get("answer"),
        "answered": bool(pred.get("answerable")), "correct": answer_correct(pred, gold),
        "precise": answer_precise(pred, gold), "near_miss": gold.get("near_miss"), "split": gold.get("split"),
        "citation_accuracy": acc, "citation_precision": prec, "grounded": numbers_grounded(pred, texts),
        "recall": retrieval_hit(hits, gold, texts),
    }


# ---------------------------------------------------------------- gold and thresholds


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: broken JSON ({e.msg})") from None
    return rows


def load_thresholds(path: Path, engine: str | None = None) -> dict[str, dict[str, float]]:
    """Metric floors by group; an engine's own floors (under "engines") replace the shared ones metric by metric."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {k: dict(v) for k, v in data.items() if isinstance(v, dict) and k != "engines"}
    for group, limits in (data.get("engines") or {}).get(engine or "", {}).items():
        if isinstance(limits, dict):  # beside the groups, a "note"
            out[group] = {**out.get(group, {}), **limits}
    return out


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for group, limits in thresholds.items():
        for name, minimum in limits.items():
            value = (metrics.get(group) or {}).get(name)
            if value is None:
                continue  # nothing to measure (e.g. a gold set without that kind of question)
            if value < minimum:
                failures.append(f"{group}.{name} = {value:.4f} < {minimum}")
    return failures
