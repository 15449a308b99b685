"""Grounded answers: retrieve, pick the sentences that answer, cite their exact spans, or abstain.

The extractive engine never writes text of its own except a computed sum or
difference, which is marked as computed with its inputs cited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .question import QuestionInfo, analyse, names_match
from .types import Answer, Citation, Hit

SENT_END = "。!?!?\n"
MAX_SENT = 220  # a cited sentence longer than this is cut to the clauses around the evidence


def abstain_threshold() -> float:
    """The calibrated threshold (evals/calibrate.py writes it); a missing or broken file is a DataError naming it."""
    from .resources import data_value

    return float(data_value("abstain.json", "threshold"))


@dataclass
class Candidate:
    doc: str
    start: int
    end: int
    text: str
    subject: str | None
    score: float = 0.0
    units: tuple[str, ...] = ()
    rank: int = 0


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (trimmed) covering text[start:end], extended to whole sentences."""
    from .textnorm import fold

    text = fold(text)  # same length: ！？；， found in either form
    while start > 0 and text[start - 1] not in SENT_END:
        start -= 1
    while end < len(text) and text[end - 1] not in SENT_END:
        end += 1
    out, s = [], start
    for i in range(start, end):
        if text[i] in SENT_END:
            out.append((s, i + 1 if text[i] != "\n" else i))
            s = i + 1
    if s < end:
        out.append((s, end))
    spans = []
    for a, b in out:
        while a < b and (text[a].isspace() or text[a] in "。;;,,"):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a >= 4:
            spans.extend(_cut_long(text, a, b))
    return spans


def _cut_long(text: str, a: int, b: int) -> list[tuple[int, int]]:
    if b - a <= MAX_SENT:
        return [(a, b)]
    parts, s = [], a
    for i in range(a, b):
        if text[i] in ";;" or (i - s > MAX_SENT // 2 and text[i] in ",,"):
            parts.append((s, i + 1))
            s = i + 1
    if s < b:
        parts.append((s, b))
    return [(x, y) for x, y in parts if y - x >= 4]


def _figure_units(doc: str, text: str) -> list:
    from .figures import extract_figures

    return extract_figures(doc, text)


class Answerer:
    def __init__(self, retriever, settings=None, k: int = 8) -> None:
        self.r = retriever
        self.settings = settings
        self.k = k
        self.threshold = abstain_threshold()
        self._places: dict[str, list[str]] = {}
        self.last_score: float | None = None

    # ------------------------------------------------------------ helpers
    def places(self, doc_id: str) -> list[str]:
        """Place and issuer names a question may use for a notice (惠州, 鹤山市, 开发区工委…)."""
        if doc_id not in self._places:
            d = self.r.document(doc_id)
            names = []
            meta = d.meta if d else {}
            for key in ("place", "issuer", "title"):
                for part in re.findall(r"[^省市区县]+[省市区县]", meta.get(key) or ""):
                    if len(part) >= 2 and part not in ("中共", "关于"):
                        names.append(part)
                        names.append(part[:-1])
            self._places[doc_id] = [n for n in dict.fromkeys(names) if len(n) >= 2]
        return self._places[doc_id]

    def doc_match(self, doc_id: str, q: str) -> float:
        return max((1.0 for p in self.places(doc_id) if p in q), default=0.0)

    def candidates(self, info: QuestionInfo, hits: list[Hit]) -> list[Candidate]:
        seen: set[tuple[str, int]] = set()
        out: list[Candidate] = []
        for rank, h in enumerate(hits):
            text = self.r.doc_text(h.doc)
            for a, b in sentences(text, h.start, h.end):
                if (h.doc, a) in seen:
                    continue
                seen.add((h.doc, a))
                figs = _figure_units(h.doc, text[a:b])
                out.append(Candidate(h.doc, a, b, text[a:b], h.subject, 0.0, tuple(f.unit for f in figs), rank))
        return out

    def support(self, info: QuestionInfo, c: Candidate) -> float:
        """Share of the question's distinctive words (idf-weighted bigrams) that the evidence holds."""
        context = c.text + " " + (c.subject or "") + " " + " ".join(self.places(c.doc))
        grams = [t for t in dict.fromkeys(info.terms) if len(t) == 2]
        if not grams:
            return 1.0
        w = {g: self.r.bm25.idf(g) for g in grams}
        total = sum(w.values()) or 1.0
        return sum(v for g, v in w.items() if g in context) / total

    def gates(self, info: QuestionInfo, c: Candidate) -> list[str]:
        """Reasons the sentence cannot be the answer: the asked quantity, name, year or thing is missing."""
        body = c.text + " " + (c.subject or "")
        context = body + " " + " ".join(self.places(c.doc))
        out = []
        if info.wants_figure and info.units and not any(_unit_fits(u, info.units) for u in c.units):
            out.append("no figure in the unit asked for")
        if info.attribute and re.fullmatch(r"[A-Za-z]+", info.attribute):
            if info.attribute.lower() not in body.lower():
                out.append(f"does not mention {info.attribute}")
        elif info.attribute:
            grams = [info.attribute[i:i + 2] for i in range(len(info.attribute) - 1)]
            if sum(g in body for g in grams) / len(grams) < 0.5:
                out.append(f"does not mention {info.attribute}")
        if info.years and not any(y in c.text for y in info.years) and re.search(r"(?:19|20)\d\d年", c.text):
            out.append(f"reports another year than {'/'.join(info.years)}")
        for e in info.entities:
            if e not in context and names_match(e, context) < 0.9:
                out.append(f"does not name {e}")
        return out

    def score(self, info: QuestionInfo, c: Candidate) -> float:
        body = c.text + " " + (c.subject or "")
        terms = info.terms
        bigrams = [t for t in terms if len(t) == 2]
        unis = [t for t in terms if len(t) == 1]
        cover = (sum(1 for t in bigrams if t in body) + 0.3 * sum(1 for t in unis if t in body)) / max(1.0, len(bigrams) + 0.3 * len(unis))
        s = cover
        s += 0.25 * max(names_match(c.subject or "", info.expanded), self.doc_match(c.doc, info.text))
        s += 0.15 / (1 + c.rank)
        if info.wants_figure:
            if info.units and any(_unit_fits(u, info.units) for u in c.units):
                groups = info.groups or [info.units]
                s += 0.35 * sum(any(_unit_fits(u, g) for u in c.units) for g in groups) / len(groups)
            elif c.units and not info.units:
                s += 0.15
            else:
                s -= 0.6  # the quantity asked for is not in this sentence
        return s - 0.4 * len(self.gates(info, c))

    def measures_after(self, c: Candidate) -> list[Candidate]:
        """For "what did they do": the sentences after a problem statement, not the statement itself."""
        text = self.r.doc_text(c.doc)
        para_end = text.find("\n", c.end)
        para_end = len(text) if para_end == -1 else para_end
        following = [Candidate(c.doc, a, b, text[a:b], c.subject) for a, b in sentences(text, c.end, para_end) if a >= c.end]
        is_statement = re.match(r"^\s*(?:\d+[.、.]|[((]\d+[))])?\s*针对.*问题[。.]?$", c.text) is not None
        if is_statement:
            return following[:2] or [c]
        return [c] + following[:1]

    # ------------------------------------------------------------ answering
    def ask(self, question: str, qid: str | None = None) -> Answer:
        info = analyse(question)
        hits = self.r.search(info.expanded, k=self.k)
        cands = self.candidates(info, hits)
        for c in cands:
            c.score = self.score(info, c)
        cands.sort(key=lambda c: -c.score)
        self.last_score = self.support(info, cands[0]) if cands else None
        if not cands:
            return Answer(qid, question, None, False, [], "extractive", flags=["no passages"])
        blocked = self.gates(info, cands[0]) if not info.aggregate else []
        if blocked or self.last_score < self.threshold:
            why = blocked or [f"evidence holds {self.last_score:.0%} of the question's distinctive words (< {self.threshold:.0%})"]
            return Answer(qid, question, None, False, [], "extractive", flags=why)
        if info.aggregate:
            agg = self.aggregate(info)
            if agg is not None:
                return Answer(qid, question, agg[0], True, agg[1], "extractive", computed=agg[2])
        chosen = [cands[0]]
        if info.what:
            chosen = self.measures_after(cands[0])
        # a second sentence when the question asks for more than one quantity the first lacks
        if info.asks > 1 or info.aggregate:
            got = set(cands[0].units)
            for c in cands[1:6]:
                if c.score < self.threshold * 0.8:
                    break
                if info.aggregate and c.doc != chosen[0].doc or set(c.units) - got and c.score > cands[0].score * 0.7:
                    chosen.append(c)
                    break
        chosen.sort(key=lambda c: (c.doc, c.start))
        answer_text = " … ".join(_trim(c.text) for c in chosen)
        cites = [Citation(c.doc, c.start, c.end, c.text) for c in chosen]
        return Answer(qid, question, answer_text, True, cites, "extractive")


    # ------------------------------------------------------------ sums and comparisons
    def aggregate(self, info: QuestionInfo):
        """Answer "A 加上/和/比 B" by finding each part's figure separately, then computing."""
        from .retrieve import Filters

        parts = split_parts(info.text)
        if len(parts) < 2:
            return None
        tail = _tail(info.text)
        docs = self.r.store.doc_ids()
        used: set[tuple[str, int]] = set()
        picks = []
        for part in parts[:3]:
            q = part if tail in part else f"{part} {re.sub(r'(?:哪个|哪边)[^,,]*', '', tail)}"
            pinfo = analyse(q)
            pinfo.units = pinfo.units or info.units or _count_units(info.text)
            pinfo.wants_figure = True
            named = [d for d in docs if self.doc_match(d, part)]
            hits = self.r.search(pinfo.expanded, k=self.k, filters=Filters(docs=named) if named else None)
            cands = self.candidates(pinfo, hits)
            for c in cands:
                c.score = self.score(pinfo, c)
            cands.sort(key=lambda c: -c.score)
            pick = None
            for c in cands[:8]:
                fig = _best_figure(c, pinfo, used)
                if fig is not None:
                    pick = (c, fig)
                    break
            if pick is None:
                return None
            used.add((pick[0].doc, pick[0].start + pick[1].start))
            picks.append(pick)
        return _combine(info, picks)


_CONNECTOR = re.compile(r"加上|以及|相比|比起|(?<![村社])和|与|跟|、|比(?=[^例率重较])")


def split_parts(q: str) -> list[str]:
    """The items a sum/comparison question combines, each with the question's shared context.

    "定海…检查中发现,学校多收的住宿费和校牌费加起来一共多少钱" →
    ["定海…检查中发现 学校多收的住宿费", "定海…检查中发现 校牌费"].
    """
    body = re.sub(r"[((][^))]*[))]", "", q).strip("??。 ")
    segs = [x.strip(",, ") for x in _CONNECTOR.split(body)]
    if len(segs) < 2:
        return []
    first, last = segs[0], segs[-1]
    context = ""
    cut = max(first.rfind(","), first.rfind(","))
    if cut != -1:
        context, first = first[:cut], first[cut + 1:]
    cut = min([i for i in (last.find(","), last.find(",")) if i != -1], default=-1)
    if cut != -1:
        last = last[:cut]
    items = [first] + segs[1:-1] + [last]
    items = [re.sub(r"(?:加起来|合起来|一共|合计|总共|共计|相比|哪个|哪边).*$", "", it).strip(",, ") for it in items]
    items = [it for it in items if len(it) >= 2]
    # the shared context names the notice (a place) for every item; keep only its place-like head
    head = re.match(r"^[\u4e00-\u9fff]{2,6}?(?:市|区|县|镇|开发区|经开区)", context)
    return [f"{head.group(0)} {it}" if head and head.group(0) not in it else it for it in items]


def _tail(q: str) -> str:
    m = re.search(r"[^,,、]*(?:多少|几|哪个|哪边|更多|更长)[^,,、]*$", q)
    return m.group(0) if m else ""


def _count_units(q: str) -> list[str]:
    """户数 → 户, 人数 → 人: the measure word of a "how many X" comparison."""
    return [m.group(1) for m in re.finditer(r"([户人家件个项起宗名所])数", q)]


def _best_figure(c: Candidate, info: QuestionInfo, used: set):
    from .figures import extract_figures

    figs = [f for f in extract_figures(c.doc, c.text) if (not info.units or _unit_fits(f.unit, info.units)) and (c.doc, c.start + f.start) not in used]
    if not figs:
        return None
    grams = [t for t in info.terms if len(t) == 2]

    def context_score(f):
        before = c.text[max(0, f.start - 14):f.start]
        return sum(g in before for g in grams)

    return max(figs, key=lambda f: (context_score(f), -f.start))


def _combine(info: QuestionInfo, picks):
    from .numerals import normalize

    inputs = []
    for c, f in picks:
        v, base = normalize(f.value, f.unit)
        inputs.append({"doc": c.doc, "start": c.start + f.start, "end": c.start + f.end, "text": f.text, "value": v, "unit": base})
    if len({i["unit"] for i in inputs}) != 1:
        return None
    unit = inputs[0]["unit"]
    values = [i["value"] for i in inputs]
    q = info.text
    if info.aggregate == "sum":
        result, op = sum(values), "sum"
        expr = "+".join(i["text"] for i in inputs)
        head = f"{_fmt(result)}{unit}"
    elif re.search(r"多多少|多出多少|少多少|相差|差多少|增加了?多少|减少了?多少", q):
        result, op = abs(values[0] - values[1]), "difference"
        expr = f"{inputs[0]['text']}与{inputs[1]['text']}相差"
        head = f"相差{_fmt(result)}{unit}"
    else:
        op = "compare"
        big = max(range(len(values)), key=lambda i: values[i])
        result = values[big]
        expr = " vs ".join(i["text"] for i in inputs)
        head = f"{inputs[big]['text']}更多"
    cites = [Citation(c.doc, c.start, c.end, c.text) for c, _ in picks]
    body = ";".join(f"{_trim(c.text)}" for c, _ in picks)
    computed = {"op": op, "result": result, "unit": unit, "result_text": f"{_fmt(result)}{unit}", "expression": expr, "inputs": inputs}
    return f"{head}(计算所得:{expr})。依据:{body}", cites, computed


def _unit_fits(unit: str, wanted: list[str]) -> bool:
    return any(unit.endswith(w) or w.endswith(unit) or unit.startswith(w) or w.startswith(unit) for w in wanted)


def _trim(s: str) -> str:
    s = re.sub(r"^\s*(?:[一二三四五六七八九十]+是|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[一二三四五六七八九十]+、)", "", s)
    return s.strip()


def _fmt(x: float) -> str:
    return str(int(x)) if abs(x - round(x)) < 1e-9 else f"{x:.2f}".rstrip("0").rstrip(".")


def answer_dict(a: Answer, check: bool = True) -> dict:
    """The printed form of an answer, validated against prompts/answer.schema.json (check=False: the caller counts)."""
    d = {
        "id": a.id, "question": a.question, "answer": a.answer, "answerable": a.answerable,
        "citations": [{"doc": c.doc, "start": c.start, "end": c.end, "quote": c.quote} for c in a.citations],
        "engine": a.engine,
    }
    if a.computed:
        d["computed"] = a.computed
    if a.flags:
        d["flags"] = a.flags
    if check:
        from .schemas import validate

        validate(d, "answer")
    return d
