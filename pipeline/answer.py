"""Grounded answers: retrieve, pick the sentences that answer, cite their exact spans, or abstain.

The extractive engine never writes text of its own except a computed sum or
difference, which is marked as computed with its inputs cited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actions import asked_actions, classes, said_action
from .evidence import OPENING_PLACE, PLACE_LINE, AnswerConfig, MeasureMatcher, _record_problem, folded_doc
from .textables import row_at
from .textnorm import fold
from .question import PEOPLE_NOUNS, QuestionInfo, names_match
from .bodies import generic_place, title_object
from .slots import split_parts  # noqa: F401 - part of this module's interface
from .statements import focus, trim as _trim
from .types import Answer, Citation, Hit

SENT_END = "。!?!?\n"
MAX_SENT = 220  # a cited sentence longer than this is cut to the clauses around the evidence


def abstain_threshold() -> float:
    """The calibrated support threshold (evals/calibrate.py writes it); see evidence.AnswerConfig."""
    return AnswerConfig.load().support_min


def _counted_unnamed(noun: str, clauses: list[str]) -> bool:
    """The people asked (`noun`, 医生) are counted in these clauses (5名医生) and named in none of them."""
    return bool(noun) and any(re.search(re.escape(noun) + r"[^。;；,，]{0,4}\d+[名人]|\d+[名人][^。;；,，\d]{0,12}" + re.escape(noun), x)
                              for x in clauses) \
        and not any(noun in x and re.search(r"某|同志", x) for x in clauses)


# people asked by name (叫什么名字, 是谁): a list of anything else does not answer
# (哪两个村干部: people asked by how many there are, then their kind)
_PERSONS_ASKED = re.compile(r"名字|姓名|叫什么|是谁|哪几位|哪些人|有谁|哪(?:几|[两二三四五六七八九十]|\d+)(?:个|名|位)[\u4e00-\u9fff]{0,2}?" + PEOPLE_NOUNS)


# which one of a kind of body is asked (是哪家医院, 哪个村): the answer must name one of that kind
_WHICH_BODY = re.compile(r"哪(?:一)?(?:家|个|所)(医院|公司|企业|单位|机构|药店|学校|银行|部门|村|社区|乡镇|街道|商户|门店|酒店|餐馆|饭店|网吧|诊所)")


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
    # what the sentence is about when it says it elsewhere (a register's 问题 line for its 涉及金额 line):
    # read in ranking only, never as whose the figure is
    about: str = ""


_BARE_NUMBER = re.compile(r"\d[\d.,]*[余多]?(?:%|[\u4e00-\u9fff]{1,3})?")  # (94.7% / 群众满意度: alone on its line)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (trimmed) covering text[start:end], extended to whole sentences."""
    from .textnorm import fold_doc

    raw, text = text, fold_doc(text)  # same length: ！？；， found in either form, a hard-wrapped line's break is no sentence end
    while start > 0 and text[start - 1] not in SENT_END:
        start -= 1
    while end < len(text) and text[end - 1] not in SENT_END:
        end += 1
    out, s, glued, line = [], start, 0, start
    for i in range(start, end):
        if text[i] == "\n":
            own, at, line = text[line:i].strip(), line, i + 1
            if glued < 2 and (_BARE_NUMBER.fullmatch(own) if glued == 0 else len(own) <= 3 and not re.search(r"\d", own)) \
                    and not ((row := row_at(raw, at)) is not None and row.sep == 4):
                # (not a cell of a table flattened one cell per line: its row is read whole, by candidates)
                # an infographic's number, then its unit, each on a line of its own (2136 / 件 / 受理问题线索;
                # 94.7% / 群众满意度): one sentence with the label that follows
                glued += 1
                continue
        if text[i] in SENT_END:
            out.append((s, i + 1 if text[i] != "\n" else i))
            s, glued = i + 1, 0
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


_EXCEPT = re.compile(r"除(?:了|去)?(.+?)(?:以外|之外|外)")


def _only_excluded(question: str, listed: str) -> bool:
    """Every item of `listed` is one the question excludes (除县教育局、县卫生健康局外,还有哪些部门)."""
    from .textnorm import fold

    m = _EXCEPT.search(fold(question))
    if not m:
        return False
    excluded = [x for x in re.split(r"[、,和及与]", m.group(1)) if len(x) >= 2]
    items = [x for x in re.split(r"[、和及与]", re.sub(r"等.*$", "", fold(listed))) if len(x) >= 2]
    return bool(items and excluded) and all(any(e in it or it in e for e in excluded) for it in items)


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


def _conjuncts(folded_question: str) -> list[str]:
    """The nouns either side of a question's one 和 (建筑垃圾 | 工业固废 of 整治建筑垃圾和工业固废乱倒乱堆), four
    characters at most each; [] when it has no one 和 or a side is shorter than two."""
    if folded_question.count("和") != 1:
        return []
    left, right = folded_question.split("和")
    a = re.search(r"[\u4e00-\u9fff]{2,4}$", left)
    b = re.match(r"[\u4e00-\u9fff]{2,4}", right)
    return [a.group(0), b.group(0)] if a and b else []


def _named_at(text: str, name: str, loose: bool = False) -> tuple[int, int] | None:
    """Where `text` names `name` last: the name itself, or (loose) a fuller form of it, its characters in order
    from its first, at most twice its length (工业固废 in 一般工业固体废物)."""
    if (i := text.rfind(name)) >= 0:
        return i, i + len(name)
    if not loose:
        return None
    for m in reversed(list(re.finditer(re.escape(name[0]), text))):
        at, ok = m.start(), True
        for ch in name[1:]:
            at = text.find(ch, at + 1, m.start() + 2 * len(name))
            if at < 0:
                ok = False
                break
        if ok:
            return m.start(), at + 1
    return None


def item_names(texts: list[str]) -> list[str]:
    """What tells the items of a sum apart: each part's words outside what all parts share at their end
    and start (a name: six characters at most, else none), its last two characters (瑜州市委第五|轮巡察…
    and 第六|轮巡察… → 第五, 第六), with the shared word after them when an item differs by one character only."""
    if len(texts) < 2:
        return []
    ts = [re.sub(r"\s+", "", fold(t)) for t in texts]
    k = 0
    while all(len(t) > k for t in ts) and len({t[len(t) - 1 - k] for t in ts}) == 1:
        k += 1
    heads = [t[:len(t) - k] for t in ts]
    j = 0
    while all(len(h) > j for h in heads) and len({h[j] for h in heads}) == 1:
        j += 1
    out = []
    for t, h in zip(ts, heads):
        own = h[j:]
        if not own or len(own) > 6:
            return []  # (items that differ by more than a name: 市级财政安排的…专项资金 and 争取到的中央…资金)
        out.append(own[-2:] if len(own) >= 2 else h[-2:] if len(h) >= 2 else own + t[len(h):len(h) + 1])
    return out if len(set(out)) == len(out) else []


@lru_cache(maxsize=4096)
def _asked_classes(question: str) -> frozenset:
    """What the question's asking verbs do (pipeline/actions.py classes), finding and involving left out."""
    if not re.search(r"多少|几", question):
        return frozenset()  # (an item of a comparison, a yes/no part: its last verb may only set the scene, 整改后)
    return frozenset().union(*(classes(a) - {"involve", "find"} for a in asked_actions(question)))


# a short name that is only a kind of body (以下简称“公司”, “集团”, “中心”): it names no one notice's body
_KIND_ALONE = re.compile(r"(?:本|该|我)?(?:公司|集团|中心|银行|本行|医院|学校|学院|大学|单位|企业|部门|委员会|党委|局)")


class Answerer:
    sentence_spans = staticmethod(sentences)  # for the helpers in factanswer.py, which answer.py imports

    def __init__(self, retriever, settings=None, k: int = 8) -> None:
        self.r = retriever
        self.settings = settings
        self.k = k
        self.cfg = AnswerConfig.load()
        self.matcher = MeasureMatcher(self.cfg, settings)
        self._places: dict[str, list[str]] = {}
        self._stems: dict[str, set[str]] | None = None
        self._facts: dict[str, list] = {}
        self._outlines: dict[str, object] = {}
        self._sentence_figures: dict[tuple[str, str], list] = {}
        self.last_score: float | None = None
        self._last_support: float | None = None
        self.last_decision: dict = {}

    @property
    def threshold(self) -> float:
        return self.cfg.support_min

    @threshold.setter
    def threshold(self, value: float) -> None:
        from dataclasses import replace

        self.cfg = replace(self.cfg, support_min=value)

    # ------------------------------------------------------------ helpers
    def places(self, doc_id: str) -> list[str]:
        """Place and issuer names a question may use for a notice (惠州, 鹤山市, 开发区工委…)."""
        if doc_id not in self._places:
            d = self.r.document(doc_id)
            names = []
            meta = d.meta if d else {}
            for key in ("place", "issuer", "title"):
                # a township's notice (琛溪镇…公示) is a place too; 城乡, 城镇 and 乡村 are no place
                # (建筑市场: a market, no city)
                for part in re.findall(r"(?:[^省市区县镇乡]|(?<=城)[镇乡]|乡(?=村)|市(?=场))+(?:[省区县]|市(?!场)|(?<!城)镇|(?<!城)乡(?!村))", meta.get(key) or ""):
                    part = re.sub(r"^(?:中共|中国共产党|关于)", "", part)  # 中共青岚县委… names 青岚县
                    # (关于2025年上半年各县(市、区)…: a date and 各县, not a place)
                    if "关于" in part:
                        continue  # 琬塘村关于县委…: the words before 关于 name the issuer, 县 starts 县委
                    if part[-1] in "镇乡" and len(part) > 5:
                        continue  # 办公室关于乡(镇): a township's name is short
                    # (眊州市城市管理局: 城市 is a word, no place; its short form 城 even less)
                    if len(part) >= 2 and part not in ("中共", "关于", "城市", "省市", "市县", "县市", "区县") \
                            and not re.search(r"[^\u4e00-\u9fff]|^[各全本每]", part):
                        names.append(part)
                        if len(part) >= 3:
                            names.append(part[:-1])
                    tail = re.search(r"(?:——|—|:|:)\s*(?:访|走进|探访|记)?([\u4e00-\u9fff]{2,6})$", part)
                    if tail:
                        # a place after a headline's dash (…反腐成效——访蕖阳县): its name and short name
                        names += [tail.group(1), tail.group(1)[:-1]]
            # a village's own notice (琬塘村关于…公示, 中共琬溪镇琬塘村支部委员会): its name
            for key in ("issuer", "title"):
                m = re.search(r"(?:^|[镇乡]|中共)([\u4e00-\u9fff]{2,3}(?:村|社区))(?=关于|支部|委员会|党|村民|居民|\s|$)", meta.get(key) or "")
                if m and not re.match(r"[各全本每该]|农村|乡村", m.group(1)):
                    names.append(m.group(1))
            # an institution that issues its own notice (中共澜湖理工大学委员会, a ministry's 国家…局党组): its name and short name
            for key in ("issuer", "title"):
                m = re.match(r"(?:中共|中国共产党)?([^\s省市区县]{2,12}?(?:大学|学院|集团|公司|医院|银行|局|厅|署))", meta.get(key) or "")
                if m:
                    names += [m.group(1), re.sub(r"(?:大学|学院|集团|公司|医院|银行|局|厅|署)$", "", m.group(1))]
                    kind = re.search(r"(?:集团|公司|银行)$", m.group(1))
                    if kind and len(m.group(1)) - len(kind.group(0)) >= 4:
                        names.append(m.group(1)[:2] + kind.group(0))  # 珈禾能源投资集团 is called 珈禾集团
            # a local paper's or broadcaster's report (瓇州日报): the place it is named for is the notice's own,
            # and the level the report calls home (我市) completes its name (瓇州市)
            m = re.match(r"([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报|新闻网|融媒体中心|广播电视台|电视台|发布)", meta.get("issuer") or "")
            if m and not re.search(r"[省市区县]$", m.group(1)):
                names.append(m.group(1))
                home = re.search(r"我(省|市|县|区)", (d.text if d else "")[:3000])
                if home:
                    names.insert(0, m.group(1) + home.group(1))
            # the short name the notice gives itself ((以下简称琇能集团)): what a question will call it
            for m in re.finditer(r"以下(?:简称|称)[“\"]?([\u4e00-\u9fff]{2,10}?)[”\"]?[)）]", (d.text if d else "")[:3000]):
                if not _KIND_ALONE.fullmatch(m.group(1)):  # (以下简称“公司”: a kind of body, every company's word)
                    names.append(m.group(1))
            self._places[doc_id] = [n for n in dict.fromkeys(names) if len(n) >= 2]
        return self._places[doc_id]

    def place_name(self, doc_id: str) -> str:
        """The notice's most specific place (浙江省舟山市定海区 → 定海区), to name it in a comparison."""
        d = self.r.document(doc_id)
        found = re.findall(r"[^省市区县]+[省市区县]", (d.meta if d else {}).get("place") or "")
        if found:
            return found[-1]
        named = [p for p in self.places(doc_id) if re.search(r"[省市区县]$", p)]
        return named[0] if named else doc_id  # a notice with no place in its metadata: its issuer's

    def body_label(self, doc_id: str, question: str) -> str:
        """How a comparison names a part's notice: the longest of its names the part's question
        uses (汀屿水务环境集团), else its place, else the part's first words (never the file's id)."""
        from .compose import _label
        from .textnorm import fold

        q = fold(question)
        used = [n for n in self.places(doc_id) if n in q]
        if used:
            return max(used, key=len)
        from .compose import _PLACE_OR_VILLAGE

        # (畞阳市企业诉求的办结率 of a province's notice: the city the part names, and the notice tells of, names the side)
        text = self.r.doc_text(doc_id)
        named = [m.group(0) for m in _PLACE_OR_VILLAGE.finditer(q) if len(m.group(0)) >= 3 and m.group(0) in text]
        if named:
            return named[0]
        name = self.place_name(doc_id)
        if name != doc_id:
            return name
        from .compose import PartAnswer

        return _label(PartAnswer(question, None, None))

    def year(self, doc_id: str) -> str | None:
        """The notice's own year (its 今年), from its publication date."""
        d = self.r.document(doc_id)
        m = re.match(r"((?:19|20)\d\d)", str((d.meta if d else {}).get("published") or ""))
        return m.group(1) if m else None

    def published(self, doc_id: str) -> str | None:
        d = self.r.document(doc_id)
        return str((d.meta if d else {}).get("published") or "") or None

    def doc_match(self, doc_id: str, q: str) -> float:
        return max((1.0 for p in self.places(doc_id) if p in q), default=0.0)

    def candidates(self, info: QuestionInfo, hits: list[Hit]) -> list[Candidate]:
        seen: set[tuple[str, int]] = set()
        out: list[Candidate] = []
        for rank, h in enumerate(hits):
            text = self.r.doc_text(h.doc)
            for a, b in sentences(text, h.start, h.end):
                row = row_at(text, a) if b - a <= 24 and "\n" not in text[a:b] else None
                if row is not None and row.sep == 4:
                    a, b = row.cells[0][0], row.cells[-1][1]  # a table flattened one cell per line: its row is read whole
                if (h.doc, a) in seen:
                    continue
                seen.add((h.doc, a))
                figs = self._figures_in(h.doc, text[a:b])
                subject = h.subject
                row = row if row is not None and row.sep == 4 else row_at(text, a)
                if row is not None:
                    # a plain-text table's row: its header and the line introducing it say what its cells are
                    cap = text[row.caption[0]:row.caption[1]] if row.caption else ""
                    subject = " ".join(x for x in (h.subject, cap, " ".join(row.header)) if x)
                    # its bare cells take their unit from the header or caption, which the row alone lacks
                    # (its 88.9% is read alone, its bare 18 and 16 only with the header: 问题数 → 个)
                    seen_at = {x.start for x in figs}  # (offsets within the sentence)
                    figs = list(figs) + [f.fig for f in self.facts(h.doc) if a <= f.fig.start < b and f.fig.start - a not in seen_at]
                # a register's labelled line (涉及金额：36.8万元): its record's 问题 line says what it is about
                # (a line of figures only: 责任部门：人力资源部、… is no figure's line)
                first = min((x.start for x in figs if 0 <= x.start < b - a), default=None)
                about = _record_problem(folded_doc(text), a + first) if row is None and first is not None else ""
                out.append(Candidate(h.doc, a, b, text[a:b], subject, 0.0, tuple(f.unit for f in figs), rank, about))
        return out

    def _figures_in(self, doc: str, sentence: str) -> list:
        """The figures of one sentence, read once per Answerer (every question re-reads the same sentences)."""
        key = (doc, sentence)
        if key not in self._sentence_figures:
            if len(self._sentence_figures) > 20000:
                self._sentence_figures.clear()
            self._sentence_figures[key] = _figure_units(doc, sentence)
        return self._sentence_figures[key]

    def support(self, info: QuestionInfo, c: Candidate, heading: bool = False) -> float:
        """Share of the question's distinctive words (idf-weighted bigrams) that the evidence holds;
        with `heading`, the heading the sentence stands under counts as evidence too."""
        from .textnorm import fold

        d = self.r.document(c.doc)
        title = str((d.meta if d else {}).get("title") or "")  # what every figure of the notice is about
        context = fold(c.text + " " + (c.subject or "") + " " + title) + " " + " ".join(self.places(c.doc))  # folded, as the question is
        if heading:
            from .nearmiss import _heading_above

            context += " " + _heading_above(fold(self.r.doc_text(c.doc)), c.end)  # (a heading line's own sentence: that heading)
        grams = [t for t in dict.fromkeys(info.terms) if len(t) == 2]
        if not grams:
            return 1.0
        w = {g: self.r.bm25.idf(g) for g in grams}
        total = sum(w.values()) or 1.0
        return sum(v for g, v in w.items() if g in context) / total

    def gates(self, info: QuestionInfo, c: Candidate) -> list[str]:
        """Reasons the sentence cannot be the answer: the asked quantity, name, year or thing is missing."""
        from .textnorm import fold

        body = fold(c.text + " " + (c.subject or ""))
        context = body + " " + " ".join(self.places(c.doc))
        out = []
        if info.wants_figure and info.units and not _units_fit(info, c.units, body):
            out.append("no figure in the unit asked for")
        if info.attribute and re.fullmatch(r"[A-Za-z]+", info.attribute):
            if info.attribute.lower() not in body.lower():
                out.append(f"does not mention {info.attribute}")
        elif info.attribute:
            # 承包费和租金: things joined are each an attribute; the sentence may name them otherwise (租赁费)
            def said(a: str) -> bool:
                grams = [a[i:i + 2] for i in range(len(a) - 1)] or [a]
                return sum(g in body for g in grams) / len(grams) >= 0.5

            if not any(said(a) for a in re.split(r"和|及|与|、", info.attribute) if a):
                out.append(f"does not mention {info.attribute}")
        if info.years and not any(y in c.text for y in info.years) and re.search(r"(?:19|20)\d\d年", c.text):
            out.append(f"reports another year than {'/'.join(info.years)}")
        for e in info.entities:
            if e not in context and names_match(e, context) < 0.9 and not title_object(e, self.r.doc_text(c.doc)):
                out.append(f"does not name {e}")  # (the body a notice's title says it is about is named throughout)
        return out

    def score(self, info: QuestionInfo, c: Candidate) -> float:
        from .textnorm import fold

        body = fold(c.text + " " + (c.subject or "") + " " + c.about)
        terms = info.terms
        bigrams = [t for t in terms if len(t) == 2]
        unis = [t for t in terms if len(t) == 1]
        cover = (sum(1 for t in bigrams if t in body) + 0.3 * sum(1 for t in unis if t in body)) / max(1.0, len(bigrams) + 0.3 * len(unis))
        s = cover
        s += 0.25 * max(names_match(c.subject or "", info.expanded), self.doc_match(c.doc, info.text))
        s += 0.15 / (1 + c.rank)
        if (owner := self.place_of_line(c)):
            # ● 玭南县：…, | 玎山县 | 1237 |…: one place's line or row; a question naming no such place asks
            # another first, and one naming it asks this one
            s += 0.15 if owner in fold(info.text) else -0.15
        if (wanted := _asked_classes(info.text)) and said_action(body, wanted):
            s += 0.3  # the action asked, said in the notice's own verb (要回来 asked, 已追回 stated)
        if info.wants_figure:
            if info.units and _units_fit(info, c.units, body):
                groups = info.groups or [info.units]
                s += 0.35 * sum(any(_unit_fits(u, g) for u in c.units) for g in groups) / len(groups)
            elif c.units and not info.units:
                s += 0.15
            else:
                s -= 0.6  # the quantity asked for is not in this sentence
        return s - 0.4 * len(self.gates(info, c))

    def place_of_line(self, c: Candidate) -> str | None:
        """The place a line is about when it opens with one as its label (● 玭南县：…) or is a table row
        whose first cell is a place (| 玎山县 | 1237 | …)."""
        if PLACE_LINE.match(c.text) and (owner := OPENING_PLACE.match(fold(c.text))):
            return owner.group(1)
        text = self.r.doc_text(c.doc)
        row = row_at(text, c.start) if re.search(r"[|\t\u3000]| {2}", c.text) else None
        if row is not None and row.cells:
            for a, b in row.cells[:2]:  # (a row may open with its 序号: 5  璡口社区  18 …)
                first = fold(text[a:b]).strip()
                if re.fullmatch(r"[\d.]+", first):
                    continue
                if (owner := OPENING_PLACE.fullmatch(first)) and not generic_place(owner.group(1)):
                    return owner.group(1)
                break
        return None

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
    def facts(self, doc_id: str) -> list:
        """Every figure of a notice as a fact (measure, period, kind, subject), computed once per notice."""
        if doc_id not in self._facts:
            from .evidence import inherit_elided, make_fact, restated_periods, written_twins
            from .figures import extract_figures
            from .parse import parse
            from .textnorm import fold_doc

            d = self.r.document(doc_id)
            text = d.text if d else ""
            outline = parse(doc_id, text, d.meta if d else {})
            folded = fold_doc(text)
            self._facts[doc_id] = restated_periods(written_twins(inherit_elided([make_fact(f, text, folded, outline) for f in extract_figures(doc_id, text, outline.owner_at)], text), text), text)
            self._outlines[doc_id] = outline
            self.matcher.index_doc(doc_id, self._facts[doc_id], text, getattr(self.r, "root", None) and self.r.root / "answer-cache")
        return self._facts[doc_id]

    def ranked(self, info: QuestionInfo, hits: list[Hit], measure: str = "", who: list[str] | None = None) -> list[Candidate]:
        """The hits' sentences, best first. `measure` (a part's asked measure) weighs its own words over
        the rest of the question's (漱溪市教育局整改校园餐后,学生满意度提高了多少: 满意度, not 漱溪/整改)."""
        from .evidence import _content, _share, bigrams
        from .readers import _OFFICIAL, _OFFICIAL_RE

        cands = self.candidates(info, hits)
        grams, said_as = [], {}
        if measure and self.cfg.w_sent_measure:
            core = _content(fold(measure))
            for name in who or []:
                core = core.replace(_content(fold(name)), "")
            grams = [g for g in bigrams(core) if len(g) == 2]
            # (倒卖门票的黄牛: a pair of a reader's word, 黄牛, is held by a sentence that says the field's, 贩子)
            for m in _OFFICIAL_RE.finditer(core):
                for i in range(m.start(), m.end() - 1):
                    said_as[core[i:i + 2]] = _OFFICIAL[m.group(0)]
        topics: dict[str, str] = {}
        # (一、瓥河村 … 收回拖欠租金78.65万元: a sentence under the heading of the body asked is that body's,
        # though it never names it; it ranks with those that do)
        named = [n for n in who or [] if len(n) >= 3]
        for c in cands:
            c.score = self.score(info, c)
            if named and not any(n in c.text for n in named):
                self.facts(c.doc)  # (its outline, parsed once)
                ol = self._outlines.get(c.doc)
                owner = ol.owner_at(c.start) if ol is not None else None
                own = getattr(ol, "default_subject", None) or ""
                # (the notice's own body asked says nothing of which section: only the other names count)
                names = [n for n in named if not (own and (n in own or names_match(n, own) >= 0.9))]
                if owner and names and owner != own and any(n in owner or owner in n for n in names):
                    c.score += self.cfg.w_here
                elif owner and names and owner != own \
                        and any(owner[-1:] == n[-1:] and owner not in n and n not in owner for n in names) \
                        and not any(names_match(owner, n) >= 0.9 or names_match(n, owner) >= 0.9 for n in names):
                    c.score -= self.cfg.w_who  # (under 五、瓥湾村: another village's, when 瓥河村 is asked)
            if len(grams) >= 2:
                # (a table row's header and caption, in its subject, say what its cells measure); the words
                # the notice's title says of itself (会计信息质量检查) fill every sentence of it: the measure's
                # own are the rest (整改率)
                if c.doc not in topics:
                    from .wording import notice_topic

                    topics[c.doc] = notice_topic(fold(self.r.doc_text(c.doc)))
                own = [g for g in grams if g not in topics[c.doc]]
                said = fold(c.text + " " + (c.subject or ""))
                counted = own if own else grams
                share = _share(counted, said)
                if said_as and counted:
                    share = max(share, sum(g in said or g in said_as and said_as[g] in said for g in counted) / len(counted))
                c.score += self.cfg.w_sent_measure * share
        cands.sort(key=lambda c: -c.score)
        return cands

    def ask(self, question: str, qid: str | None = None) -> Answer:
        """The answer to a question from the notices in the index, refused with the reason when no
        stated figure fills what it asks."""
        full = self.full_question(question)
        if full == question:
            return self._ask(question, qid)
        ans = self._ask(full, qid)
        ans.question = question
        return ans

    def full_question(self, question: str) -> str:
        """The question as the engines read it: a numbered institution named short (瓂州三院) written
        as the one full name the notices give it (瓂州市第三人民医院), a reader's doubled words
        (吃吃喝喝) said once; else the question itself."""
        from .question import ORDINAL_SHORT, ordinal_short_names
        from .textnorm import unreduplicated

        plain = unreduplicated(question)  # 吃吃喝喝 read as 吃喝, the word a notice uses
        plain = re.sub(r"(?<=[多少几])个?钟头", "小时", plain)  # (多少个钟头: a reader's word for the notice's 小时)
        if not ORDINAL_SHORT.search(fold(plain)):
            return plain
        full = ordinal_short_names(plain, [self.r.doc_text(d) for d in self.r.store.doc_ids()])
        return plain if full == fold(plain) else full

    def _ask(self, question: str, qid: str | None = None) -> Answer:
        from .compose import PartAnswer
        from .slots import read, sub_questions

        slots = read(question)
        if slots.op and (subs := sub_questions(question)):
            return self.questions_in_one(question, qid, subs)
        if slots.op and len(slots.parts) >= 3 and (joined := self.joined_names(question, slots)) is not None:
            slots = joined
        if len(slots.parts) == 1:
            p = self.answer_part(slots.parts[0], self.r.search(slots.info.expanded, k=self.k))
            self.last_score = self._last_support
            self.last_decision = {"measure": p.measure, "support": p.support}
            if not p.answerable:
                return self.share(question, qid) or Answer(qid, question, None, False, [], "extractive", flags=[p.reason or "not stated"], reason=p.reason)
            return Answer(qid, question, p.answer, True, p.citations, "extractive", computed=p.computed)
        whole = self.r.search(slots.info.expanded, k=self.k)
        parts: list[PartAnswer] = []
        used: set = set()
        anchor: set = set()
        for part in slots.parts:
            # (全县…一共排查出多少处安全隐患?其中盋河镇敬老院还有几处没有整改完?: the first question asked searches its
            # own words first, the whole question's passages, the later part's words among them, after; a later part
            # is judged where the first was answered)
            first_asked = bool(slots.asking) and part is slots.parts[0]
            default = self.named_docs(slots.folded)
            if first_asked and not default and len(top_docs := {h.doc for h in whole[:3]}) == 1:
                # (瓓源化工那个车间废水超标,被罚了多少钱?停产了多少天?: the notice the whole question finds is the one
                # the first question's own words are searched in)
                default = list(top_docs)
            hits = self.part_hits(part, whole, cross=bool(slots.op) or len(self.named_docs(part.text)) > 0 or first_asked,
                                  default=default)
            # (…还有多少处未完成处置?2026年计划拆除多少处?: a part that names a time of its own, not the first
            # part's, is not about the sentence that answered it)
            own_time = part is not slots.parts[0] and part.period and part.period != slots.parts[0].period
            pa = self.answer_part(part, hits, used=used, number=bool(slots.op), anchor=anchor if slots.asking and not own_time else None)
            parts.append(pa)
            used.update((f.fig.doc, f.fig.start) for f in pa.facts)
            anchor.update((f.fig.doc, f.fig.sentence_start) for f in pa.facts)
        # what the calibrated thresholds decide on (evals/calibrate.py): the weakest part
        self.last_decision = {"measure": min(p.measure for p in parts), "support": min(p.support for p in parts)}
        self.last_score = self._last_support
        got = self.compose(question, qid, slots, parts)
        if not got.answerable and slots.op in ("sum", "difference", "compare") and len(parts) == 2 \
                and (got.reason or "").startswith("the parts' figures are in different units"):
            # (two sides only: of three or more, a side in another unit is as often a misread item as a misread figure)
            got = self.in_one_unit(question, qid, slots, parts, whole) or got
        return got if got.answerable else self.share(question, qid) or got

    def in_one_unit(self, question: str, qid: str | None, slots, parts: list, whole: list[Hit]) -> Answer | None:
        """Sides of a sum or comparison answered in different units (42件 and a bare table cell 1; 1372项 of
        assets and 8365万元): the sides are counted alike, so one side's best figure in another unit misreads
        it. Each side, weakest measure match first, is answered again among its figures in the unit the other
        sides share; the first answer that combines is kept. None when none does."""
        from .numerals import normalize

        for i in sorted(range(len(parts)), key=lambda i: (bool(parts[i].facts and parts[i].facts[0].fig.unit), parts[i].measure)):
            others = {normalize(1.0, p.facts[0].fig.unit)[1] for j, p in enumerate(parts) if j != i and p.facts}
            if len(others) != 1 or "" in others:
                continue
            base = others.pop()
            used = {(f.fig.doc, f.fig.start) for j, p in enumerate(parts) if j != i for f in p.facts}
            part = slots.parts[i]
            hits = self.part_hits(part, whole, cross=True, default=self.named_docs(slots.folded))
            again = self.answer_part(part, hits, used=used, number=True, unit=base)
            own = parts[i].facts[0] if parts[i].facts else None
            kinds = {p.facts[0].kind for j, p in enumerate(parts) if j != i and p.facts}
            misread = own is not None and (not own.fig.unit or own.kind not in kinds)  # (1372项 beside 8365万元)
            asked_unit = base in {normalize(1.0, u)[1] for u in part.info.units}
            if not again.answerable or not misread and (not asked_unit or again.measure < parts[i].measure - 0.05):
                # (a side's own figure of the kind the others are, 9次 beside 213人次, is no misreading unless the
                # question asks the other unit (培训人次合计), and then only by a figure that matches what is asked
                # as well as the side's own: 1893人次 beside 118人 stays, 违规领取…2187人 does not replace it)
                continue
            got = self.compose(question, qid, slots, parts[:i] + [again] + parts[i + 1:])
            if got.answerable:
                return got
        return None

    def questions_in_one(self, question: str, qid: str | None, subs: list[str], ask=None, engine: str = "extractive") -> Answer:
        """Several questions asked in one (slots.sub_questions), each answered on its own, sum or
        difference included; refused when any is, else their answers joined, every citation kept and
        each question a part of the answer. `ask` answers one of them (the llm engine passes its own)."""
        from .compose import dedupe

        got = [(ask or self._ask)(sub, None) for sub in subs]
        refused = [(n, a) for n, a in enumerate(got) if not a.answerable]
        if refused:
            why = "; ".join(f"part {n + 1} ({subs[n]}): {a.reason or 'not stated'}" for n, a in refused)
            return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
        cites = dedupe([c for a in got for c in a.citations])
        index = {(c.doc, c.start, c.end): i for i, c in enumerate(cites)}
        parts = []
        for sub, a in zip(subs, got):
            # one part per question asked; a question of several parts of its own (a sum) keeps their figures
            part = {"question": sub, "answer": a.answer, "answerable": True,
                    "citations": [index[(c.doc, c.start, c.end)] for c in a.citations]}
            if figures := [f for p in a.parts for f in p.get("figures") or []]:
                part["figures"] = figures
            parts.append(part)
        computed = [a.computed for a in got if a.computed]
        if len(computed) > 1:
            computed = [dict(computed[0], steps=list(computed[0].get("steps") or []) + computed[1:])]
        return Answer(qid, question, ";".join(a.answer for a in got if a.answer), True, cites, engine,
                      computed=computed[0] if computed else None, parts=parts, flags=[f for a in got for f in a.flags])

    def joined_names(self, question: str, slots):
        """A sum or comparison split at a 和 the notices themselves write inside one name (违反中央八项规定
        精神问题和群众身边不正之风和腐败问题: two kinds of problem, the second named with 和): read again with
        that 和 kept inside its item. None when no such 和, or when keeping it leaves fewer than two items."""
        import dataclasses

        from .slots import read

        q = fold(question)
        texts = [self.r.doc_text(d) for d in dict.fromkeys(h.doc for h in self.r.search(slots.info.expanded, k=self.k))]
        keep = []
        for m in re.finditer("和", q):
            left = re.search(r"[\u4e00-\u9fff]{2,4}$", q[:m.start()])
            right = re.match(r"[\u4e00-\u9fff]{2,4}", q[m.end():])
            if left and right and any(fold(t).find(left.group(0) + "和" + right.group(0)) >= 0 for t in texts):
                keep.append(m.start())
        if not keep:
            return None
        mark = "\ue000"  # a character no connector pattern knows, put back as 和 in every field read
        again = read("".join(mark if i in keep else ch for i, ch in enumerate(q)))
        if len(again.parts) < 2 or len(again.parts) >= len(slots.parts):
            return None

        def back(v):
            if isinstance(v, str):
                return v.replace(mark, "和")
            if isinstance(v, list):
                return [back(x) for x in v]
            return v

        parts = [dataclasses.replace(p, **{f.name: back(getattr(p, f.name)) for f in dataclasses.fields(p)
                                            if isinstance(getattr(p, f.name), (str, list))}) for p in again.parts]
        for p in parts:
            p.info = dataclasses.replace(p.info, **{f.name: back(getattr(p.info, f.name)) for f in dataclasses.fields(p.info)
                                                    if isinstance(getattr(p.info, f.name), (str, list))})
        return dataclasses.replace(again, question=slots.question, folded=slots.folded, info=slots.info, parts=parts)

    def share(self, question: str, qid: str | None) -> Answer | None:
        """A share asked (A占B的百分之几) that the notice does not state: A and B answered as figures of
        their own, the share computed from the two and cited; None when either is not stated."""
        from .slots import Slots, read, share_items

        items = share_items(question)
        if items is None:
            return None
        parts = [read(f"{x}是多少?").parts[0] for x in items]
        whole = self.r.search(fold(question), k=self.k)
        got, used = [], set()
        for part in parts:
            if got and not part.kinds:
                part.kinds = [got[0].facts[0].kind]  # the whole is counted as the part is (辆 of 辆, not a rate)
            pa = self.answer_part(part, self.part_hits(part, whole, cross=True), used=used, number=True)
            if not pa.answerable or not pa.facts:
                return None
            used.update((f.fig.doc, f.fig.start) for f in pa.facts)
            got.append(pa)
        slots = Slots(question, fold(question), read(question).info, parts, "share")
        a = self.compose(question, qid, slots, got)
        return a if a.answerable else None

    def compose(self, question: str, qid: str | None, slots, parts: list, engine: str = "extractive") -> Answer:
        """A multi-part question's answer from its parts' answers: refused when any part is, else
        the parts joined, or combined (sum, difference, comparison) with every input cited."""
        from .compose import combine, combine_computed, dedupe, part_dicts

        if slots.op == "sum" and (joint := self.joint_total(slots, parts)) is not None:
            # the notice states the sum itself: its figure, not a sum of figures found for each item
            return Answer(qid, question, joint.answer, True, joint.citations, engine, parts=part_dicts([joint], joint.citations))
        refused = [p for p in parts if not p.answerable]
        if refused:
            why = "; ".join(f"part {parts.index(p) + 1} ({p.question}): {p.reason}" for p in refused)
            return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
        cites = dedupe([c for p in parts for c in p.citations])
        computed = None
        if slots.op and any(p.computed for p in parts) and slots.op != "share":
            # a side that is itself computed (还剩…: 52个-46个) is combined from its own inputs, its computation
            # kept as a step; refused when the sides cannot be shown together
            done = combine_computed(slots.op, slots.folded, parts)
            if done is None:
                why = "a part's answer is itself computed; not combined: " + "; ".join(p.answer or "" for p in parts)
                return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
            text, computed = done
            return Answer(qid, question, text, True, cites, engine, computed=computed, parts=part_dicts(parts, cites))
        if slots.op and (len({(p.facts[0].fig.doc, p.facts[0].fig.start) for p in parts}) < len(parts)
                         or slots.op in ("difference", "compare")
                         and len({(p.facts[0].fig.value, p.facts[0].fig.unit, p.facts[0].measure) for p in parts}) < len(parts)):
            # two sides answered by one figure, or by one figure stated twice (2025年立案数比2024年多多少:
            # both read 15622件, the 【数说】 line's and the table's): nothing to combine; the other side's own
            # figure was not found
            why = "the parts are answered by the same figure; the other side's own is not found: " + "; ".join(p.answer or "" for p in parts)
            return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
        if slots.op:
            docs = [p.facts[0].fig.doc for p in parts]
            labels = None
            if len(set(docs)) == len(docs):  # parts from different notices are named by their place
                labels = [self.body_label(d, p.question) for d, p in zip(docs, parts)]
            done = combine(slots.op, slots.folded, parts, labels)
            if done is None and slots.op == "share":
                why = "the share cannot be computed from the parts' figures: " + "; ".join(p.answer or "" for p in parts)
                return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
            if done is None and slots.op == "besides":
                why = "the part named is not less than the whole: " + "; ".join(p.answer or "" for p in parts)
                return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
            if done is None:
                why = "the parts' figures are in different units: " + "; ".join(p.answer or "" for p in parts)
                return Answer(qid, question, None, False, [], engine, flags=[why], reason=why)
            text, computed = done
        else:
            text = ";".join(p.answer for p in parts if p.answer)
            own = [p.computed for p in parts if p.computed]
            if own:
                # (立案683件?结案612件?还有多少件没有结案: 71件 is a part's own computation, kept with its inputs)
                computed = dict(own[0], steps=list(own[0].get("steps") or []) + own[1:]) if len(own) > 1 else own[0]
        return Answer(qid, question, text, True, cites, engine, computed=computed, parts=part_dicts(parts, cites))

    def joint_total(self, slots, parts: list):
        """The part answered by a figure whose own sentence names every item of the sum, joined, before it
        (市委第五轮、第六轮巡察反馈…的问题共1426个 for 第五轮、第六轮…共有多少个): the notice's own total of the
        items. None when no answering figure does, or when its sentence gives each item its own (分别, 各自)."""
        from .compose import PartAnswer, fact_text

        names = item_names([p.text for p in slots.parts])
        joined = len(names) < 2
        if joined:
            # (整治建筑垃圾和工业固废乱倒乱堆,一共拉走了多少吨: the items are the words either side of the one 和)
            names = _conjuncts(slots.folded) if len(slots.parts) == 2 else []
            texts = [fold(p.text) for p in slots.parts]
            if names and not (names[0] in texts[0] and names[1] not in texts[0] and names[1] in texts[1] and names[0] not in texts[1]):
                names = []  # (the parts are split elsewhere, at 与: the 和 is inside one of them)
        if len(names) < 2:
            return None
        for p in parts:
            for f in (p.facts or [])[:1]:
                lead = self._lead(f)
                spans = [_named_at(lead, n, loose=joined) for n in names]
                if any(s is None for s in spans):
                    continue  # (an item the sentence does not name)
                order = sorted(range(len(names)), key=lambda i: spans[i][0])
                gaps = [lead[spans[a][1]:spans[b][0]] for a, b in zip(order, order[1:])]
                after = lead[max(b for _, b in spans):]
                # (the items' own figures after them: 12个、13个 each, not the sum; for items read off the
                # question's 和, only a figure right after an item's name is its own)
                own_after = re.search(r"^[^,,;;。\d]{0,6}\d", after) if joined else \
                    re.search(r"[\d.]+\s*[^\d\s,,;;。]{0,3}[,,;;、]", after)
                if not all(len(g) <= 6 and re.search(r"[、和及与]", g) and not re.search(r"\d", g) for g in gaps) \
                        or own_after or re.search(r"分别|各自|依次", after):
                    continue  # (the items not joined by 、/和/及/与, or a figure between them or after them)
                if joined and any(q is not p and g.fig.start != f.fig.start and all(_named_at(self._lead(g), n, loose=True) for n in names)
                                  for q in parts for g in (q.facts or [])[:1]):
                    continue  # (推送反面事例和廉政时评73条 … 80条, 两处提到的数量合计: each side names both; two statements summed)
                return PartAnswer(p.question, fact_text(f), None, p.citations, [f])
        return None

    def _lead(self, f) -> str:
        """A figure's sentence up to it, folded."""
        text = fold(self.r.doc_text(f.fig.doc))
        return text[f.fig.sentence_start if f.fig.sentence_start is not None else f.clause_start:f.fig.start]

    def named_docs(self, text: str) -> list[str]:
        docs = self.r.store.doc_ids()
        named = [d for d in docs if self.doc_match(d, text)]
        if named or len(docs) < 2:
            return named
        # no notice's own place named: a name that only one notice's text holds (眦山公墓 asked, 眦山村 and
        # 眦山公墓 in one notice of eight) says which notice is asked about
        q = fold(text)
        return [d for d in docs if any(q[i:i + 3] in fold(self.r.doc_text(d)) for stem in self.name_stems(d)
                                       for i in _find_all(q, stem))]

    def name_stems(self, doc_id: str) -> set[str]:
        """The stems of the places a notice names in its text (眦山 of 眦山村, 眦阳 of 眦阳区): the part of a
        name before its level, two characters or more, said in no other notice of the index."""
        if self._stems is None:
            from .bodies import _ADMIN, _NOT_PLACE, generic_place, level_of
            from .lexicon import words as lexicon_words

            found: dict[str, set[str]] = {}
            for d in self.r.store.doc_ids():
                folded = fold(self.r.doc_text(d))
                for m in _ADMIN.finditer(folded):
                    name = m.group(0)
                    if _NOT_PLACE.search(name) or generic_place(name) or level_of(name) is None:
                        continue
                    stem = re.sub(r"(?:自治区|街道|社区|省|市|州|盟|区|县|旗|镇|乡|村)$", "", name)
                    # (a word of the language, 制定 of 制定县级方案, is no place's stem)
                    if len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and stem not in lexicon_words() \
                            and stem[:2] not in lexicon_words():
                        found.setdefault(d, set()).add(stem)
            from collections import Counter

            held_by = Counter(x for xs in found.values() for x in xs)  # (how many notices say each stem)
            self._stems = {d: {x for x in xs if held_by[x] == 1} for d, xs in found.items()}
        return self._stems.get(doc_id, set())

    def part_hits(self, part, whole: list[Hit], cross: bool, default: list[str] | None = None) -> list[Hit]:
        """A part's own passages, from the notice it names when it names one, then the whole question's."""
        from .retrieve import Filters

        if not cross:
            return whole
        named = self.named_docs(part.text)
        from .slots import _PLACE

        if not named and default and len(default) == 1 and not _PLACE.search(part.text):
            # a part that names no body is about the one notice the question names; one that names a body
            # that notice never mentions (瑁山分局, beside 珥川水务环境集团 of the other) is about another
            bodies = re.findall(r"[\u4e00-\u9fff]{2,6}?(?:分局|局|集团|公司|中心|医院|银行|学校|大学)", fold(part.text))
            shown = fold(self.r.doc_text(default[0]))
            if all(b in shown for b in bodies):
                named = default
        query = part.info.expanded
        if part.measure and fold(part.measure) not in fold(query):
            query += " " + part.measure  # a side that only names its period (2024年全年) searches the shared measure too
        own = self.r.search(query, k=self.k, filters=Filters(docs=named) if named else None)
        seen = {(h.doc, h.start) for h in own}
        return own + [h for h in whole if (h.doc, h.start) not in seen and (not named or h.doc in named)]

    def named_sections(self, part, hits: list[Hit], longest: int = 2500) -> list[Hit]:
        """The hits, and the rest of each short section whose heading names a body the part asks about
        and that a hit already falls in (案例二：…顺通加油站…案, asked 顺通加油站案被罚的钱: the case's
        penalty is said in its last sentence, a chunk the part's words did not retrieve)."""
        names = [fold(w) for w in part.who if len(w) >= 3]
        spans: list[tuple[str, int, int]] = []
        self._named_spans = (part.text, spans)  # (read by factanswer.number_verdicts for this part only)
        if not names:
            return hits
        out, seen = list(hits), {(h.doc, h.start) for h in hits}
        for doc in dict.fromkeys(h.doc for h in hits):
            self.facts(doc)  # (its outline, parsed once)
            heads = sorted(getattr(self._outlines.get(doc), "headings", None) or [], key=lambda h: h.start)
            text = self.r.doc_text(doc)
            for i, h in enumerate(heads):
                if not any(n in fold(text[h.start:h.end]) for n in names):
                    continue
                end = next((g.start for g in heads[i + 1:] if g.level <= h.level), len(text))
                inside = [x for x in hits if x.doc == doc and x.start < end and x.end > h.start]
                if not inside or end - h.end > longest or (doc, h.end) in seen:
                    continue
                seen.add((doc, h.end))
                spans.append((doc, h.end, end))
                out.append(Hit(doc, h.end, end, text[h.end:end], inside[0].subject, 0.0))
        return out

    def answer_part(self, part, hits: list[Hit], used: set | None = None, number: bool = False, anchor: set | None = None,
                    unit: str | None = None):
        from .compose import PartAnswer

        info = part.info
        cands = self.ranked(info, self.named_sections(part, hits), part.measure, part.who)
        self._last_support = self.support(info, cands[0]) if cands else None
        if not cands:
            return PartAnswer(part.text, None, "no passages")
        if part.answer_type == "number" or number:
            return self.answer_number(part, cands, used or set(), anchor or set(), unit)
        from .status import asks_status, status_answer

        if asks_status(part.text) and (got := status_answer(self, part, hits)) is not None:
            return got
        if part.answer_type == "list":
            from .status import status_list

            if not _PERSONS_ASKED.search(part.text) \
                    and (got := status_list(self, part, hits)) is not None and got.answer \
                    and (not _asks_bodies(part.text) or _names_bodies(got.answer, part.text)):
                return got  # (哪些单位已完成整改 asks bodies: a list of problems does not answer it)
        return self.answer_sentence(part, cands[0], self._last_support)

    def answer_sentence(self, part, top: Candidate, support: float):
        """A part that asks no number (names, a person, what was done), from the sentence `top`:
        the extractive engine's best; the llm engine's choice. Refused when it fails the checks."""
        from .compose import PartAnswer

        info = part.info
        blocked = self.gates(info, top)
        if blocked or support < self.cfg.support_min:
            why = blocked or [f"evidence holds {support:.1%} of the question's distinctive words (< {self.cfg.support_min:.1%})"]
            return PartAnswer(part.text, None, "; ".join(why), support=support, measure=-1.0 if blocked else 1.0)
        after = self.measures_after(top)
        if part.answer_type == "list":
            from .evidence import listed_items

            from .nearmiss_sets import list_of_another

            noun = next(g for g in who.groups() if g)[-2:] if (who := _PEOPLE_ASKED.search(part.text)) else ""
            if noun and _counted_unnamed(noun, [x for c in [top] + after for x in re.split(r"[。;；,，]", c.text)]):
                # 其他医生都叫什么名字: the notice counts them (其他5名医生分别受到…处分) and names none
                return PartAnswer(part.text, None, f"names not listed: the notice counts {noun}, it does not name them")

            for c in [top] + [x for x in after if x is not top]:
                span = listed_items(c.text)
                if span is not None and _asks_bodies(part.text) and not _names_bodies(c.text[span[0]:span[1]], part.text):
                    continue  # 哪几家机构 asked, the sentence lists problems (会计核算不规范、…违规执业问题)
                if span is not None and all(re.search(r"\d", it) for it in re.split(r"[、;；]|等", c.text[span[0]:span[1]]) if it.strip()):
                    continue  # 涉及合同143份、金额1,862.5万元: amounts listed, no names
                if span is not None and _only_excluded(part.text, c.text[span[0]:span[1]]):
                    # 除A、B、C外,还有哪些: the notice lists just the ones the question leaves out
                    return PartAnswer(part.text, None, "names not listed: the notice names only "
                                      + c.text[span[0]:span[1]][:40] + ", the ones the question leaves out")
                items = [it for it in re.split(r"[、,，;；]|等", c.text[span[0]:span[1]]) if it.strip()] if span is not None else []
                if span is not None and re.search(r"名字|名称|姓名|叫什么|是谁|哪几位|哪些人", part.text) \
                        and all(re.search(r"\d", it) or re.search(r"(?:负责人|代表人|主任|书记|支书|[长员]|会计|出纳|人员|干部|职工|股东|医生|老师|委员|代表)(?:等)?$", it)
                                for it in items):
                    # (2名注册会计师分别叫什么名字: 其中2名暂停执行业务4个月、1名… counts them, names none; nor
                    # does a list of posts, 法定代表人、财务负责人, name the people)
                    return PartAnswer(part.text, None, "names not listed: the notice counts them, "
                                      + c.text[span[0]:span[1]][:40])
                if span is not None and _PERSONS_ASKED.search(part.text) \
                        and sum(1 for it in items if re.search(r"某|同志", it) or len(it.strip()) <= 4) <= len(items) / 2:
                    # (其他医生都叫什么名字: a list whose items are mostly no person, 收受回扣、违规套取医保基金问题,
                    # names nobody, whoever one clause of it mentions)
                    return PartAnswer(part.text, None, "names not listed: the notice lists "
                                      + c.text[span[0]:span[1]][:40] + ", not the people asked")
                if span is not None and (which := _LISTED_BY.search(fold(part.text))) \
                        and which.group(1) not in fold(c.text)[max([fold(c.text).rfind(x, 0, span[0]) for x in ",;。"] + [0]):span[1] + 12]:
                    continue  # 停招的9个本科专业 asked, 新增…等新工科专业6个 listed: items the question's verb does not say
                if span is not None:
                    other = list_of_another(part, c.text, span)
                    if other:
                        return PartAnswer(part.text, None, other)
                    a, b = c.start + span[0], c.start + span[1]
                    return PartAnswer(part.text, self.r.doc_text(c.doc)[a:b], None, [Citation(c.doc, c.start, c.end, c.text)],
                                      support=support)
            return PartAnswer(part.text, None, "names not listed: " + _trim(top.text)[:40])
        if re.search(r"第几|排名|名次", part.text) and not re.search(r"第[\d一二三四五六七八九十]+|排名|名次", top.text) \
                or re.search(r"最[高多大少低快慢长短][^,,??]{0,8}哪|哪[个家所位一][^,,??]{0,16}最[高多大少低快慢长短]", part.text) \
                and "最" not in top.text:
            # 位列第几 asks a place in order; 最高的村是哪个 asks the one that leads: neither is a total
            return PartAnswer(part.text, None, "rank not stated: " + _trim(top.text)[:40])
        chosen = after if info.what else [top]
        chosen.sort(key=lambda c: (c.doc, c.start))
        clauses = [x for c in chosen for x in re.split(r"[。;；,，]", c.text)]
        noun = next(g for g in who.groups() if g)[-2:] if part.answer_type == "person" and (who := _PEOPLE_ASKED.search(part.text)) else ""
        if _counted_unnamed(noun, clauses):
            # 召回的不胜任队员分别是谁: the notice counts them (召回调整不胜任队员9名) and names none
            return PartAnswer(part.text, None, f"names not listed: the notice counts {noun}, it does not name them")
        if part.answer_type == "person" and (role := asked_role(part.text)) and not any(role in c.text for c in chosen):
            # 厅长是谁: a sentence that never names the 厅长 does not say who it is
            return PartAnswer(part.text, None, f"person not named: the notice does not say who the {role} is")
        if (which := _WHICH_BODY.search(part.text)) and not any(which.group(1) in c.text for c in chosen):
            # 那起案子是哪家医院的: a sentence that names no 医院 does not say which one
            return PartAnswer(part.text, None, f"name not stated: the notice does not say which {which.group(1)}")
        if (when := _WHEN_ASKED.search(fold(part.text))):
            # 新校区建设工程计划什么时候竣工交付: a sentence that names no time, or not the event asked (竣工,
            # 交付), does not say when
            event = re.sub(r"[?？。,，了呢吗的]|能|可以|才|会", "", fold(part.text)[when.end():]) or fold(part.text)[max(0, when.start() - 4):when.start()]
            event = re.sub(r"[弄做搞干办整]完|[弄做搞干办整]好", "完成", event)  # (什么时候能弄完: when it is done, 完成)
            grams = {event[i:i + 2] for i in range(len(event) - 1)}
            if not any(_A_TIME.search(fold(c.text)) and (not grams or any(g in fold(c.text) for g in grams)) for c in chosen):
                return PartAnswer(part.text, None, "date not stated: " + _trim(top.text)[:40])
        text, used_cands = focus(chosen, info, self.r.bm25.idf, part.answer_type == "person")
        return PartAnswer(part.text, text, None, [Citation(c.doc, c.start, c.end, c.text) for c in used_cands],
                          support=support)

    def cited_reasons(self, question: str, cites: list[Citation]) -> list[str]:
        """This engine's evidence checks on citations another engine chose (pipeline/factanswer.py)."""
        from .factanswer import cited_reasons

        return cited_reasons(self, question, cites)

    def answer_number(self, part, cands: list[Candidate], used: set, anchor: set, unit: str | None = None):
        from .factanswer import answer_number

        return answer_number(self, part, cands, used, anchor, unit)


# a time asked (什么时候竣工, 何时完成), and a time said (2025年12月, 年底前, 上旬)
_WHEN_ASKED = re.compile(r"什么时候|何时|哪天|哪一天|几月几[日号]|哪年|哪一年|什么时间|几号")
_A_TIME = re.compile(r"(?:19|20)\d\d年|(?:19|20)\d\d[.\-/]\d{1,2}|\d{1,2}月|年底|年初|年末|月底|月末|上旬|中旬|下旬|季度|半年|日前|之前|以前|前完成")
# the verb that says which items a list asks (停招的9个本科专业具体是哪些: 停招)
_LISTED_BY = re.compile(r"([\u4e00-\u9fff]{2})的(?:\d+|[一二两三四五六七八九十几]+)(?:个|家|项|所|名|条|处)")


# the people asked by name, several of them (…驻村队员分别是谁, 都是哪些人)
_PEOPLE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:分别|都|各)是(?:谁|哪些人|哪几位)|([\u4e00-\u9fff]{2,6}?)(?:分别|都|各)?有(?:谁|哪些人|哪几位)|([\u4e00-\u9fff]{2,6}?)是哪(?:些人|几位|几个人)"
                           r"|(?:\d+|[两二三四五六七八九十]+)(?:名|位|个)([\u4e00-\u9fff]{2,6}?)(?:分别)?是谁"
                           r"|([\u4e00-\u9fff]{2,6}?)(?:分别|都|各)?叫什么(?:名字)?")  # (…的2名责任人是谁: those it counted)
_BODY_END = re.compile(r"(?:公司|集团|机构|事务所|所|中心|院|校|学校|站|局|委|办|村|社区|镇|乡|街道|县|区|市|厂|店|行|社|队|园|场|会|部|处|科|组|馆)$")


def _asks_bodies(question: str) -> bool:
    """哪几家, 哪些单位/企业/机构/村: the names of bodies are asked, not of things done or found."""
    return bool(re.search(r"哪几家|(?:哪些|哪几个|哪几所)(?:单位|企业|公司|机构|村|社区|学校|医院|部门|乡镇|镇|县|区)|(?:单位|企业|公司|机构)(?:的)?名称", question))


def _names_bodies(span: str, question: str = "") -> bool:
    """Most items of a listed span are bodies' names (…公司, …村, …中心); of the kind of place asked, when
    the question asks one (哪几个乡镇 is not answered by 县应急管理局、县市场监管局)."""
    items = [x.strip() for x in re.split(r"[、,,和及与]|等", span) if x.strip()]
    kind = re.search(r"(?:哪些|哪几个|哪几)(乡镇|镇|乡|村|社区|街道|县|区)", question)
    ends = {"乡镇": r"(?:镇|乡|街道)$", "镇": r"(?:镇|乡)$", "乡": r"(?:乡|镇)$", "村": r"村$", "社区": r"社区$",
            "街道": r"(?:街道|镇)$", "县": r"(?:县|区|市)$", "区": r"(?:区|县)$"}
    rx = re.compile(ends[kind.group(1)]) if kind else _BODY_END
    return bool(items) and sum(bool(rx.search(x)) for x in items) * 2 >= len(items)


def asked_role(question: str) -> str | None:
    """The post a 是谁 question asks to name, by its last two characters (现任厅长是谁 → 厅长;
    牵头单位负责人是谁 → 责人), or None."""
    from .textnorm import fold

    q = fold(question)
    m = re.search(r"(?:分别)?(?:是|为)谁", q)
    if not m:
        return None
    before = re.sub(r"的$", "", q[:m.start()])
    role = before[-2:]
    return role if re.fullmatch(r"[\u4e00-\u9fff]{2}", role) else None


def _units_fit(info: QuestionInfo, units, body: str) -> bool:
    """A figure of the sentence is in a unit asked; a change in points is also computed from a stated
    change between two rates (由12.6%下降至4.3%)."""
    return any(_unit_fits(u, info.units) for u in units) or (
        "个百分点" in info.units and "%" in units and bool(re.search(r"(?:由|从)[^,;。]*?(?:到|至)", body))) or (
        # (生师比19.6:1 for 学生和老师的人数比例: a ratio with a colon is a 比例 too)
        ":1" in units and "%" in info.units and bool(re.search(r"比例|之比", info.text))) or (
        # (逾期率0.088‰ for 逾期率是多少: a rate per mille is a rate too)
        "‰" in units and "%" in info.units)


def _unit_fits(unit: str, wanted: list[str]) -> bool:
    return any(unit.endswith(w) or w.endswith(unit) or unit.startswith(w) or w.startswith(unit) for w in wanted)


def answer_dict(a: Answer, check: bool = True) -> dict:
    """The printed form of an answer, validated against prompts/answer.schema.json (check=False: the caller counts)."""
    d = {
        "id": a.id, "question": a.question, "answer": a.answer, "answerable": a.answerable,
        "citations": [{"doc": c.doc, "start": c.start, "end": c.end, "quote": c.quote} for c in a.citations],
        "engine": a.engine,
    }
    if a.computed:
        d["computed"] = a.computed
    if a.reason:
        d["reason"] = a.reason
    if a.parts:
        d["parts"] = a.parts
    if a.flags:
        d["flags"] = a.flags
    if check:
        from .schemas import validate

        validate(d, "answer")
    return d


def _find_all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]
