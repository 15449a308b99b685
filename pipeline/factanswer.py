"""Number answers: the fact that fills every slot a part asks (measure, kind, body, period), or the
reasons none does; one fact per 多少/几 when a part asks several.

`self` is the extractive Answerer (its retriever, facts per notice, matcher and config).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .derive import CHANGE_Q as _CHANGE_Q
from .periods import INSPECTION_TIME
from .actions import action_agrees, asked_actions
from .facts import respective_measure, respective_owner
from .question import names_match
from .bodies import _DEPT_NAME, dept_forms
from .evidence import acting_words, beyond_notice, judge, most_specific, unit_fits
from .nearmiss_sets import _PER, narrowing, per_unit_conflict
from .slots import REMAIN_Q
from .textables import row_at, row_name
from .textnorm import fold
from .types import Citation
from .wording import _content as _content_words, bigrams as _bigrams


def answer_number(self, part, cands: list, used: set, anchor: set, unit: str | None = None):
    """The fact that fills every asked slot, or the reasons none does; only among the figures whose base
    unit is `unit` when given (a side of a sum answered in the other sides' unit)."""
    verdicts = number_verdicts(self, part, cands, used, anchor)
    if unit is not None:
        from .numerals import normalize

        verdicts = [(v, c) for v, c in verdicts if normalize(1.0, v.fact.fig.unit)[1] == unit]
    return answer_verdicts(self, part, verdicts, anchor)


def _involving_next(self, f, used: set) -> bool:
    """尚有87.4万元未追回,涉及6个单位: the clause right after the first answer's figure that says whom it
    involved (涉及 and its kin, nothing else before the figure) counts the same thing otherwise."""
    if not re.fullmatch(r"\s*(?:共|合计|共计)?(?:涉及|牵涉|惠及)(?:到)?", fold(self.r.doc_text(f.fig.doc)[f.clause_start:f.fig.start])):
        return False
    return any(g.fig.doc == f.fig.doc and (g.fig.doc, g.fig.start) in used and 0 <= f.clause_start - g.clause_end <= 1
               for g in self.facts(f.fig.doc))


def number_verdicts(self, part, cands: list, used: set, anchor: set | None = None) -> list:
    """(Verdict, Candidate) for every figure of the top sentences not yet used, best first."""
    anchor = anchor or set()
    verdicts = []
    self.matcher.embed([fold(part.measure), fold(part.topic)])
    named = self.named_docs(part.text) if hasattr(self, "named_docs") else []
    top = list(cands[:self.cfg.top_sentences])
    if re.search(r"一共|总共|共计|合计|总计|加起来", fold(part.text)):
        # 一共罚了多少 asked, a ledger of one body a line ranked first: the sentence that states the total
        # (…处以罚款,合计965,300.00元) is judged too, ranked a little lower for sharing fewer words
        # (畂南省…一共拆掉了多大面积: the sentence of the whole's running total, 全省累计拆除…, just below a
        # paragraph per river)
        # (1. 共打击“号贩子”57人。: a numbered point that opens on 共 states a total too)
        top += [c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 3]
                if re.search(r"合计|共计|总计|累计|全[省市县区]", c.text) or re.match(r"\s*(?:\d{1,2}[.、．]\s*)?共", c.text)][:1]
    if part.kinds and not any(f.kind in part.kinds for c in top for f in self.facts(c.doc) if c.start <= f.fig.start < c.end):
        # 整改率是多少 asked, and no top sentence holds a rate: the sentences a little further down that hold
        # one (…问题整改率为83.56%, its paragraph's words said in the sentence before) are judged too
        top += [c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 10]
                if any(f.kind in part.kinds for f in self.facts(c.doc) if c.start <= f.fig.start < c.end)][:3]
    if re.search(r"一共|总共|共计|合计|总计|加起来|全[省市县区镇乡]|总数|累计", fold(part.text)) \
            and sum(row_at(self.r.doc_text(c.doc), c.start) is not None for c in top) >= 2 \
            and not any(row_name(self.r.doc_text(c.doc), c.start) and row_name(self.r.doc_text(c.doc), c.start)[1] for c in top):
        # (a table with a total row states the whole in that row: total_rows reads it)
        # the top sentences are a table's rows (one home a line): the prose around the table, which states
        # the whole (共排查发现各类安全隐患97处) in fewer of the question's words, is judged too
        top += [c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 15]
                if row_at(self.r.doc_text(c.doc), c.start) is None and c not in top][:3]
    from .types import Hit

    for c in list(top):
        if re.match(r"\s*其中", c.text):
            # (其中,市局直接查办案件312件,罚没款1186.2万元: a part of a whole the sentence before states, judged too)
            text = self.r.doc_text(c.doc)
            p0 = text.rfind("\n", 0, c.start) + 1
            if p0 >= c.start:
                continue
            a = max(p0, c.start - 400)
            before = [d for d in self.candidates(part.info, [Hit(c.doc, a, c.start, text[a:c.start], c.subject, 0.0)])
                      if not any((t.doc, t.start) == (d.doc, d.start) for t in top)][-2:]
            for d in before:
                d.score = c.score - 0.5  # (ranked a little below the part it holds)
            top += before
    for c in list(top):
        # (…多报冒领补偿款486.25万元…。整改情况:截至2025.3.31,已追回412.78万元: the block that says what was
        # done about the problem a sentence states, right after it in its paragraph, is judged with it)
        text = self.r.doc_text(c.doc)
        e = text.find("。", max(c.start, c.end - 1))
        para_end = text.find("\n", c.start)
        if e < 0 or 0 <= para_end < e:
            continue
        nxt = re.match(r"\s*(?:整改情况|整改结果|整改进展|整改成效|处理情况|处理结果)\s*[:：]", text[e + 1:e + 13])
        if nxt and (there := [t for t in top if t.doc == c.doc and e < t.start <= e + 1 + nxt.end() + 2]):
            for t in there:
                t.score = max(t.score, c.score)  # (ranked as the problem it answers: it shares few words of its own)
        elif nxt:
            a = e + 1 + nxt.start()
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
            more = [d for d in self.candidates(part.info, [Hit(c.doc, a, b, text[a:b], c.subject, 0.0)])
                    if not any((t.doc, t.start) == (d.doc, d.start) for t in top)][:2]
            for d in more:
                d.score = c.score  # (ranked as the problem it answers: it shares few words of its own)
            top += more
    for c in list(top):
        # (问题四:…\n审计发现,…向借款人违规收取…186.52万元\n整改措施:…\n整改结果:…已向借款人退回…171.84万元: the record's
        # 整改结果 paragraph, a paragraph or two below the problem's, says what was done about it)
        text = self.r.doc_text(c.doc)
        e = text.find("\n", c.start)
        if e < 0:
            continue
        ahead = text[e:e + 1500]
        stop = re.search(r"\n\s*(?:问题[一二三四五六七八九十\d]+|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", ahead)
        res = re.search(r"\n\s*(?:整改结果|整改情况|整改进展|整改成效)\s*[:：]", ahead[:stop.start() if stop else len(ahead)])
        if not res or any(t.doc == c.doc and e + res.start() < t.start <= e + res.end() + 2 for t in top):
            continue
        a = e + res.start() + 1
        b = text.find("\n", a + 1)
        b = len(text) if b < 0 else b
        more = [d for d in self.candidates(part.info, [Hit(c.doc, a, b, text[a:b], c.subject, 0.0)])
                if not any((t.doc, t.start) == (d.doc, d.start) for t in top)][:2]
        for d in more:
            d.score = c.score - 0.1
        top += more
    # (only this part's: the llm engine ranks its own sentences and never reads sections, answer.named_sections)
    spans_of, spans = getattr(self, "_named_spans", (None, []))
    if spans_of == part.text and spans and part.kinds:
        # the sentences of a short section headed by the body asked (案例二：…顺通加油站…案) that hold a figure
        # of the kind asked are judged too, however few of the part's other words they share
        top += [c for c in cands[self.cfg.top_sentences:] if c not in top and any(c.doc == d and a <= c.start < b for d, a, b in spans)
                and any(f.kind in part.kinds for f in self.facts(c.doc) if c.start <= f.fig.start < c.end)][:3]
    if len(docs_of := {d for d, _ in anchor}) == 1 and not part.who:
        from .slots import _PLACE

        if not _PLACE.search(part.text) and any(c.doc in docs_of for c in top):
            # (瘼山村…有多少户?巡察整改中又清退了多少户…?: a later part that names no body is about the notice
            # that answered the first, not another notice's like figure)
            top = [c for c in top if c.doc in docs_of]
    for d, s in anchor:
        # a later part of one question (…清理了多少?整改率多少?) is judged in the sentence that answered the
        # first too, however low the retriever ranked that sentence for the later part's own words
        if not any(c.doc == d and c.start <= s < c.end for c in top):
            top += [c for c in cands[self.cfg.top_sentences:] if c.doc == d and c.start <= s < c.end][:1]
    rare = _rare_unit(part)

    involving: list = []

    def visit(sentences: list) -> None:
        for c in sentences:
            context = (c.subject or "") + " " + " ".join(self.places(c.doc))
            text = self.r.doc_text(c.doc)
            for f in self.facts(c.doc):
                if c.start <= f.fig.start < c.end and (f.fig.doc, f.fig.start) not in used:
                    v = judge(part, f, c.score, text, context, self.matcher, self.cfg,
                              (f.fig.doc, f.fig.sentence_start) in anchor, self.year(c.doc),
                              facts=self.facts(c.doc), outline=getattr(self, "_outlines", {}).get(c.doc), narrowing=narrowing)
                    if (f.fig.doc, f.fig.sentence_start) in anchor and re.search(r"涉及|牵扯|牵涉|关系到|波及", _own_clause(part)) \
                            and _involving_next(self, f, used):
                        # (…还有多少钱没要回来?牵扯到几个单位?: 尚有87.4万元未追回,涉及6个单位; the verb asked is the
                        # very one the clause says, right after the first answer: over the sentence's other counts)
                        v.score += self.cfg.w_anchor
                        involving.append(v)
                    elif (part.topic or len(fold(part.measure or "")) <= 2) and (f.fig.doc, f.fig.sentence_start) in anchor \
                            and any(d == f.fig.doc and f.clause_start <= u < f.clause_end for d, u in used):
                        # (遗体接运费由每车次680元降至400元, 400元 answering the part before: 整改前收多少, naming
                        # nothing of its own, asks its partner in that clause, not the 3420元 of another fee; so
                        # does 涉及多少人 after 清退…23户, said 23户41人, not the 2147人 checked before it)
                        v.score += self.cfg.w_anchor
                        if any((g.fig.doc, g.fig.start) in used and 0 <= f.fig.start - g.fig.end <= 1 for g in self.facts(c.doc)):
                            v.score += self.cfg.w_anchor  # (right after the first answer's figure: the same things counted otherwise)
                    if anchor and (f.fig.doc, f.fig.sentence_start) not in anchor and (back := _BACK_REF.match(_own_clause(part))) \
                            and len(_content_words(fold(part.measure))) - len(_content_words(back.group(0))) <= 6:
                        # (…多少名干部被问责了?里面司局级干部有几个?: 里面 is the set the first part counted; a
                        # breakdown of another set in the paragraph (立案审查调查12人,其中厅局级干部2人) is not it.
                        # A 其中 part that names an event of its own (其中乡镇…服务站有几名工作人员受到党内警告处分)
                        # may be answered where the notice tells that event)
                        v.score -= self.cfg.w_reason
                    if used and (row := row_at(text, f.fig.start)) is not None and row.sep == 4 \
                            and any(d == f.fig.doc and row.cells[0][0] <= u < row.cells[-1][1] and u != f.fig.start for d, u in used):
                        # (市卫健委…多少个问题?到9月底改完了几个?: a row of a table flattened one cell per line that
                        # answered the first part holds the later part's figure too)
                        v.score += self.cfg.w_anchor
                    if rare and f.fig.unit == rare and v.measure >= self.cfg.rare_unit_measure_min \
                            and v.reasons == [f"measure not stated: {part.measure}; the notice gives {f.measure}"] \
                            and sum(g.fig.unit == rare for g in self.facts(c.doc)) == 1:
                        # (一共摆了多少桌酒席 asked, …宴请亲友及管理服务对象共46桌 stated: the only figure the notice
                        # counts in the measure word asked, one no other kind of thing is counted in, is what it
                        # asks, in whatever words; not one whose words share nothing with the question's:
                        # 4座 of 危桥改造 for 新建了多少座垃圾焚烧发电厂)
                        v.reasons.clear()
                    if (f.fig.doc, f.fig.sentence_start) in anchor and (per := per_unit_conflict(part, f, text)):
                        # (…收了多少个红包?总共多少钱?: the sentence that answered, but not its largest item)
                        v.reasons.append(per)
                        v.score -= self.cfg.w_reason
                    if not v.reasons and not _TARGET_ASKED.search(fold(part.whole or part.text)) \
                            and (late := beyond_notice(part.period, self.published(c.doc), f)):
                        # (方案要求到2025年6月底…要提高到多少: a target asked may lie after the notice's date)
                        v.reasons.append(late)
                        v.score -= self.cfg.w_reason + self.cfg.w_period
                    if part.besides and not v.reasons and _names(fold(text[f.fig.sentence_start or f.clause_start:f.fig.start]), part.besides):
                        # the whole asked less a part (党的建设方面以外的): the part's own figure is not the whole
                        v.reasons.append(f"{f.fig.text} ({f.measure}) counts {part.besides}, the part left out")
                        v.score -= self.cfg.w_reason
                    if (paired := respective_measure(text, f, self.facts(c.doc))) is not None and len(set(paired[1])) > 1:
                        # 解决率…,满意率…,分别低于街道平均水平16.3个百分点和14.3个百分点: the second gap is the 满意率's
                        # (满意度比平均低了多少 asked)
                        share = {m_: len(set(_bigrams(_content_words(fold(m_)))) & set(_bigrams(_content_words(fold(part.text))))) for m_ in paired[1]}
                        best_share = max(share.values())
                        if best_share > 0 and list(share.values()).count(best_share) == 1:
                            v.score += self.cfg.w_here if share[paired[0]] == best_share else -self.cfg.w_reason
                    if (owner := respective_owner(text, f)) is not None \
                            and (asked := [n for n in owner[1] if n in fold(part.text) or names_match(n, part.text) >= 1.0]):  # (卫健局 for 卫生健康局)
                        # 玥川市、玥平市、玥山市…得分分别为81.5分、80.2分、78.4分: the third figure is 玥山市's
                        v.score += self.cfg.w_here if owner[0] in asked else -self.cfg.w_reason
                        if owner[0] in asked and v.reasons and all(r.startswith(f"measure not stated: {part.measure};") for r in v.reasons):
                            # (卫健局预算超支了多少 of …县卫生健康局…涉及金额分别为…: the name said short is the
                            # figure's own; what is left, 预算超支, is judged against the sentence, 超预算支出)
                            # (and against its paragraph's opening: 1.关于衔接推进…补助资金闲置的问题。 for 闲置的衔接资金)
                            from .evidence import _drop_name, char_cover
                            from .textables import paragraph_start

                            rest = _drop_name(fold(part.measure), fold(owner[0]))
                            # (the paragraph's opening sentence and the figure's own, not every sentence between:
                            # 大班额由73个降至9个 two sentences before 瑎湖区分别新增学位…1530个 says nothing of it)
                            p0 = paragraph_start(text, f.fig.start)
                            s0 = f.fig.sentence_start if f.fig.sentence_start is not None else f.clause_start
                            first = text[p0:s0].split("。")[0] if s0 > p0 else ""
                            local = fold(first) + " " + fold(text[s0:f.clause_end]) + fold(f.measure or "")
                            if char_cover(rest, part.who, local) >= self.cfg.char_cover_min:
                                v.reasons.clear()
                                v.measure = max(v.measure, self.cfg.measure_min)
                                v.score += self.cfg.w_reason
                    elif owner is not None and not v.reasons and (rival := next((w for w in part.who if w[-1:] == owner[0][-1:]
                                                                                 and w not in owner[0] and owner[0] not in w), None)):
                        # a body of the list's kind the list does not name (…县人民医院、…卫生院分别为…; 中医院 asked)
                        v.reasons.append(f"{rival}: figure not given; the notice gives {f.fig.text} ({f.measure}) "
                                         f"for {owner[0]}, one of {'、'.join(owner[1])}")
                        v.score -= self.cfg.w_reason + self.cfg.w_who
                    if not part.who and (ol := getattr(self, "_outlines", {}).get(c.doc)) is not None \
                            and f.fig.subject and f.fig.subject != ol.subject_at(f.fig.start) \
                            and not _names(fold(part.text), f.fig.subject):
                        # the figure sits where one body is reported on (琦山县中医院：…追回58.36万元, a ledger row's
                        # 责任单位), and the question asks of no such body: the notice's own figure is the likelier
                        v.score -= self.cfg.w_sub
                    if f.kind not in ("percent", "points", "ratio") and not _PER.search(fold(part.text)) \
                            and _PER.search(fold(text[f.clause_start:f.fig.end + 2])):
                        # 人均消费约1200元,费用共计2.4万元: an average or per-unit amount is not what a plain
                        # 多少钱 asks when the sentence also gives the amount itself
                        v.score -= self.cfg.w_reason
                    if (item := _ordinal_item(part.text, text, f)):
                        # 第11标段 asked: a figure in 第9标段's paragraph is another lot's, one in 第11标段's is its own
                        v.score += self.cfg.w_here if item > 0 else -self.cfg.w_reason
                        if item < 0 and not v.reasons:
                            asked_items = "/".join(f"第{a}{b}" for a, b in _ORDINAL.findall(fold(part.text)))
                            v.reasons.append(f"the notice gives {f.fig.text} ({f.measure}) for another numbered item than {asked_items}"
                                             if item == -2 else f"the notice gives {f.fig.text} ({f.measure}) for all of them, not for {asked_items}")
                    if part.others and _sibling_item(part, text, f):
                        # 制造业中长期贷款 和 涉农贷款 compared: a figure said where the other item is named,
                        # and not this one, is the other item's (较年初增加47.63亿元 in the 涉农贷款 row)
                        v.score -= self.cfg.w_reason
                    if (own_record := record_label_fit(part.text, text, f)):
                        # （二）农药。…罚没款88.35万元: a figure in the record the question's item opens is its own;
                        # one in a sibling record (（一）种子。…46.8万元) is another item's
                        v.score += self.cfg.w_here if own_record > 0 else -self.cfg.w_reason
                    if named and c.doc not in named and not v.reasons:
                        # the question names another notice's place (舟山 asked, a figure of 定西's notice)
                        v.reasons.append(f"the question names {'/'.join(self.place_name(d) for d in named)}; "
                                         f"{f.fig.text} ({f.measure}) is another notice's figure")
                        v.score -= self.cfg.w_reason + self.cfg.w_who
                    verdicts.append((v, c))
    visit(top)
    units = list(dict.fromkeys(part.info.units or []))
    if len(units) == 1 and part.kinds == ["count"] and (len(units[0]) >= 2 or units[0] not in _GENERIC_UNITS) \
            and units[0] not in ("万元", "亿元", "千元", "个百分点") and verdicts \
            and not any(v.fact.fig.unit == units[0] for v, _ in verdicts):
        # 查了多少户次 asked, no sentence judged counts in 户次: the few sentences of the notices judged that do
        # (全市累计入户安检127.8万户次, a sentence sharing few of the reader's words) are judged too
        more = []
        for d in dict.fromkeys(c.doc for c in top):
            text = self.r.doc_text(d)
            said = [f for f in self.facts(d) if f.fig.unit == units[0] and (f.fig.doc, f.fig.start) not in used]
            if not 0 < len(said) <= 3:
                continue
            for f in said:
                a = f.fig.sentence_start if f.fig.sentence_start is not None else f.clause_start
                b = f.fig.sentence_end if f.fig.sentence_end is not None else f.clause_end
                if any(c.doc == d and c.start <= f.fig.start < c.end for c in top + more):
                    continue
                for x in self.candidates(part.info, [Hit(d, a, b, text[a:b], None, 0.0)]):
                    x.score = min(c.score for c in top) - 0.5
                    more.append(x)
        visit(more[:3])
    if part.period and verdicts and all(v.reasons for v, _ in verdicts) \
            and any(v.measure >= self.cfg.measure_min and all(r.startswith("period not covered") for r in v.reasons)
                    for v, _ in sorted(verdicts, key=lambda vc: -vc[0].score)[:3]):
        # the measure asked is stated, but for another time than asked (全年投入…3680万元 for 今年, in the sentence
        # that shares most words): the notice may state it for the time asked in a sentence ranked lower
        # (2024年县级安排养护资金2100万元, its topic said in the sentence before)
        n = len(verdicts)
        visit([c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 12] if c not in top])
        # (only a figure that states a time of its own, which the checks found to be the one asked: one that
        # states none, 因沟通不到位导致"不满意"评价的派单有37件, is no answer for the time the best one missed)
        verdicts[n:] = [(v, c) for v, c in verdicts[n:] if v.reasons or (v.fact.fig.period or v.fact.period)]
    if verdicts and (asked := [most_specific(n) for n in part.who if len(most_specific(n)) >= 3]) \
            and not any(n in c.text for c in top for n in asked) \
            and any(re.match(r"[^:;]{2,}?: figure not given", v.reasons[0]) for v, _ in verdicts if v.reasons):
        # the body asked is named in no sentence judged, and a figure of those is refused as another body's:
        # the sentences a little further down that name it (…分别查处12起、9起、8起 for one district of
        # three, below the city's totals that share more of the question's words) are judged too
        visit([c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 20]
               if c not in top and any(n in c.text for n in asked)][:2])
    if verdicts and all(v.reasons for v, _ in verdicts) \
            and any(re.search(r"a part of (?:what is asked|it)$|one item of its breakdown$", r) for v, _ in sorted(verdicts, key=lambda vc: -vc[0].score)[:6]
                    for r in v.reasons[:2]):
        # every figure judged is one part's (a line per 村, ten of them filling the sentences judged): the whole,
        # said lower down (全镇…共清理合同357份,收回资金120万元), is judged too
        visit([c for c in cands[self.cfg.top_sentences:self.cfg.top_sentences + 20]
               if c not in top and re.search(r"全[省市县区镇乡村]|合计|总计|共计|累计", fold(c.text))][:3])
    if verdicts and all(v.reasons for v, _ in verdicts):
        # every figure judged is refused, and one of the best restates an amount said elsewhere in its notice
        # (在已退还的2186.4万元中,通过调解退还…: the amount named back, its measure said where it was first
        # stated, 累计退还培训费用2186.4万元, a sentence the retriever ranked low): that sentence is judged too
        more = []
        for v, c in sorted(verdicts, key=lambda vc: -vc[0].score)[:3]:
            t = v.fact.fig.text
            if len(re.sub(r"\D", "", t)) < 3 or "measure not stated" not in v.reasons[0]:
                continue  # (a short figure, 5家, is said again by chance)
            text = self.r.doc_text(c.doc)
            for m in re.finditer(re.escape(t), text):
                if m.start() == v.fact.fig.start or any(d.doc == c.doc and d.start <= m.start() < d.end for d in top + more):
                    continue
                a = max(text.rfind(ch, 0, m.start()) for ch in "。\n") + 1
                b = min([len(text)] + [i + 1 for ch in "。\n" if (i := text.find(ch, m.end())) >= 0])
                for d in self.candidates(part.info, [Hit(c.doc, a, b, text[a:b], c.subject, 0.0)]):
                    d.score = c.score
                    more.append(d)
        visit(more[:2])
    # (of two figures that score alike, the one whose verb does what the question asks: 清出来…冒领 of
    # 清退冒领高龄津贴的已故人员412人, not the 党纪政务处分15人 beside it)
    verdicts.sort(key=lambda vc: -vc[0].score)
    if (first := next((i for i, (v, _) in enumerate(verdicts) if any(v is x for x in involving) and not v.reasons), None)) is not None \
            and not (part.info.units and not unit_fits(verdicts[first][0].fact.fig.unit, part.info.units)):
        verdicts.insert(0, verdicts.pop(first))  # (the involving clause right after the first answer: what is asked)
    if len(verdicts) > 1 and not verdicts[0][0].reasons and verdicts[0][0].score - verdicts[1][0].score <= 0.02:
        def agrees(v) -> bool:
            return v.agrees or bool(asked_actions(part.text)) and action_agrees(part.text, acting_words(self.r.doc_text(v.fact.fig.doc), v.fact))

        if not agrees(verdicts[0][0]):
            for i, (v, c) in enumerate(verdicts[1:4], 1):
                if verdicts[0][0].score - v.score > 0.02:
                    break
                if not v.reasons and agrees(v):
                    verdicts.insert(0, verdicts.pop(i))
                    break
    if verdicts and not verdicts[0][0].reasons and verdicts[0][0].measure < 0.9:
        # (3.违规配备使用公务用车问题:…1—10月累计查处6起, asked 公车方面违规的问题: a line titled with what is asked,
        # its meaning matched in full, over the total of all kinds that matches it only in part)
        from .evidence import folded_doc, line_title

        # (违规使用医保基金628.5万元。其中:串换项目412.7万元,主要是将普通骨科耗材串换为高值医用耗材收费, asked
        # 把普通骨科耗材换成高值耗材收费涉及多少: the item of the whole's breakdown that says what is asked)
        top = verdicts[0][0].fact
        for i, (v, c) in enumerate(verdicts[1:6], 1):
            if v.reasons or v.measure < max(0.95, verdicts[0][0].measure + 0.1) or verdicts[0][0].score - v.score > self.cfg.w_reason:
                continue
            folded = folded_doc(self.r.doc_text(v.fact.fig.doc))
            item = v.fact.fig.doc == top.fig.doc and top.fig.end <= v.fact.fig.start \
                and re.fullmatch(r"[^。\n]*?(?:。\s*)?其中[^。\n]*", folded[top.fig.end:v.fact.fig.start])
            if item or line_title(folded, v.fact.fig.start):
                verdicts.insert(0, verdicts.pop(i))
                break
    if len(verdicts) > 2 and not verdicts[0][0].reasons and re.search(r"(?:由|从)多少[^??]*?(?:到|至)多少", fold(part.text)) \
            and (pair := from_to(self, verdicts[0][0].fact)) is not None:
        # (处理能力由多少提升至多少: both ends of the change the top figure is one end of, the other next)
        other = pair[0] if pair[1] is verdicts[0][0].fact else pair[1]
        at = next((i for i, (v, _) in enumerate(verdicts[1:6], 1) if v.fact is other and not v.reasons), None)
        if at is not None:
            verdicts.insert(1, verdicts.pop(at))
    verdicts = total_rows(self, part, verdicts, used, anchor)
    checked = self.cfg.measure_min
    if verdicts and verdicts[0][0].reasons and part.who and "figure not given" in verdicts[0][0].reasons[0]:
        # the best-scored figure is another body's: a figure that fills every slot, in a sentence that
        # names the body asked (a bulletin's row 芦荻镇 … 64), answers instead
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: any(most_specific(n) in c.text or _under_name(self, v.fact, c.doc, most_specific(n))
                                  or _DEPT_NAME.search(n) and any(form in fold(c.text) for form in dept_forms(n)) for n in part.who))
    if verdicts and verdicts[0][0].reasons and (other := re.match(r"([^:;]{2,}?): figure not given", verdicts[0][0].reasons[0])):
        # still another body's: a figure whose owner, read from the structure (a table row's label, a
        # record or paragraph opened by the body), is the very body asked answers, within the usual
        # margin (beyond it, a row's terse header matched by its verb alone answered 违规吃喝 with 问题数)
        names = {most_specific(n) for n in part.who} | {most_specific(other.group(1))}
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: bool(v.fact.fig.subject) and most_specific(fold(v.fact.fig.subject)) in names)
    if verdicts and verdicts[0][0].reasons and (other := re.match(r"([^:;]{2,}?): figure not given", verdicts[0][0].reasons[0])):
        # still another body's, and a figure that fills every slot names the body asked in its own clause
        # (全省…平均结案率是95.2%…瓌安市是97.6%): that one is the body's, however far below it scored
        asked_name = other.group(1)
        _promote(verdicts, float("inf"), checked,
                 lambda v, c: asked_name in fold(self.r.doc_text(c.doc)[v.fact.clause_start:v.fact.fig.start]))
    if verdicts and verdicts[0][0].reasons and (other := re.match(r"([^:;]{2,}?): (?:figure not given|the notice gives .* under .*, not for )",
                                                                  verdicts[0][0].reasons[0])):
        # every figure scored above is another body's (the whole's, a sibling section's): the first that
        # fills every slot under the asked body's own heading (（二）瑔东区 办理立案21起) answers, however
        # few of the question's words its terse line repeats
        names = {most_specific(n) for n in part.who} | {most_specific(other.group(1))}
        for i, (v, c) in enumerate(verdicts[1:12], 1):
            if v.reasons:
                if not re.search(r"figure not given|, not for ", v.reasons[0]):
                    break
                continue
            if v.measure >= checked and any(_under_name(self, v.fact, c.doc, n) for n in names if len(n) >= 2):
                verdicts.insert(0, verdicts.pop(i))
            break
    if verdicts and verdicts[0][0].reasons and re.search(r": the notice gives .* for it, not for the whole asked$", verdicts[0][0].reasons[0]):
        # 全市有几家…被清出市场 asked, each district's bullet (清出市场1家) scored over the opening's total (将5家
        #企业清出本市物业服务市场): a figure close below that fills every slot is the whole's
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked, lambda v, c: True)
    if verdicts and verdicts[0][0].reasons and (noun := re.match(r"measure not stated: (\S{2,4}) counted; ", verdicts[0][0].reasons[0])):
        # 多少学生参加了… asked, 惠及…教师2,340名 scored over 参与学生3.82万人: the figure whose clause names the
        # people asked, filling every slot, answers
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_measure, checked,
                 lambda v, c: noun.group(1) in fold(self.r.doc_text(c.doc)[v.fact.clause_start:v.fact.clause_end]))
    if verdicts and verdicts[0][0].reasons and (gap := re.match(r"(.{2,}?): the notice (?:gives no figure for it|speaks of it elsewhere)", verdicts[0][0].reasons[0])):
        # the thing the question names (医保基金使用) has no figure where the best-scored one stands, but a
        # figure that fills every slot sits in a row or sentence that names it: that one answers
        # (or in the record the figure's block belongs to: 3.问题:…“虚购虚销”…\n\n整改情况:…86.4万元…已全额追缴)
        from .textables import record_start

        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: gap.group(1) in fold(c.text)
                 or gap.group(1) in fold((t := self.r.doc_text(c.doc))[record_start(t, v.fact.fig.start):v.fact.fig.start]))
    if verdicts and verdicts[0][0].reasons and (kind := re.match(r"(.{2,}?): the notice gives .* for the whole, not for .* within it", verdicts[0][0].reasons[0])):
        # the set's own count refused (违反中央八项规定精神问题3427起): the kind asked, counted in its own clause
        from .evidence import _share, bigrams

        grams = bigrams(kind.group(1))
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: _share(grams, fold(c.text[max(0, v.fact.clause_start - c.start):v.fact.fig.start - c.start])) >= 0.5)
    if verdicts and verdicts[0][0].reasons and re.match(r"the notice gives what is owed|measure not stated: the notice gives .* as not ",
                                                        verdicts[0][0].reasons[0]):
        # 应补缴86.9万元,已补缴82.3万元 / 出借2850万元…已收回2150万元,其余逾期未收回: what was paid back,
        # stated beside what was owed or not recovered, answers 补交了多少 / 收回了多少
        owed = verdicts[0][0].fact.fig
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: v.fact.fig.doc == owed.doc and abs(v.fact.fig.start - owed.start) <= 120)  # (its line or the next)
    if verdicts and verdicts[0][0].reasons and verdicts[0][0].reasons[0].startswith("the notice gives what was done, not what is owed"):
        # 应追回资金48.36万元,…已追回41.2万元: what is due, asked (应追回的), stated beside what was done
        from .evidence import _OWED

        done = verdicts[0][0].fact.fig
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who + self.cfg.w_measure, checked,
                 lambda v, c: v.fact.fig.doc == done.doc and bool(_OWED.search(fold(self.r.doc_text(c.doc)[v.fact.clause_start:v.fact.fig.start]))))
    if verdicts and verdicts[0][0].reasons and verdicts[0][0].measure < checked \
            and all(r.startswith("measure not stated: ") for r in verdicts[0][0].reasons):
        # the best-scored figure's sentence shares the question's words but not its measure; a figure a
        # little lower that fills every slot, and whose own verb does what the question asks (抓了几个人,
        # 抓获犯罪嫌疑人19名), answers
        top_measure = verdicts[0][0].measure
        _promote(verdicts, self.cfg.w_reason, checked,
                 lambda v, c: action_agrees(part.text, acting_words(self.r.doc_text(c.doc), v.fact))
                 # (…第一种形态…处理了多少人次: the whole's 1037人次 refused for its measure, 第一种形态726人次 a little
                 # lower names what is asked outright: a measure match that clears the refused one's by far)
                 or v.measure >= max(checked, top_measure + 0.5) and v.measure >= 0.95)
    if verdicts and verdicts[0][0].reasons and all(r.startswith("the notice gives a target or plan, not what was done") for r in verdicts[0][0].reasons):
        # (谁的巡察整改完成率更高 asked; 年底前…整改完成率要达到100% refused as a target: the body's own rate close
        # behind, 整改率95.8%, filling every slot in the same notice, is what was done)
        first = verdicts[0][0].fact.fig
        if verdicts[0][0].fact.kind == "percent":  # (a rate: the target's and the result's are one measure; not 清运 for 处理)
            _promote(verdicts, self.cfg.w_reason, checked, lambda v, c: v.fact.fig.doc == first.doc and v.fact.kind == "percent")
    if verdicts and verdicts[0][0].reasons and all(_OTHER_QUALIFIER.match(r) for r in verdicts[0][0].reasons):
        # 经核实实际追回的…资金 asked; 自报已追回…215万元 refused for its qualifier (自报, not 实际): a figure of its
        # sentence close behind that fills every slot (经核实仅追回128.4万元) is the one qualified as asked
        first = verdicts[0][0].fact.fig
        _promote(verdicts, self.cfg.w_reason, checked,
                 lambda v, c: v.fact.fig.doc == first.doc and v.fact.fig.sentence_start == first.sentence_start)
    if verdicts and verdicts[0][0].reasons and all(r.startswith("change not stated: ") for r in verdicts[0][0].reasons):
        # 比去年同期少花了多少钱 asked, 支出794.6万元,比上年同期减少57.3万元 stated: the change beside the level
        level = verdicts[0][0].fact.fig
        _promote(verdicts, self.cfg.w_reason, checked,
                 lambda v, c: v.fact.fig.doc == level.doc and v.fact.fig.sentence_start == level.sentence_start
                 and bool(re.search(r"(?:减少|增加|下降|上升|提高|降低|增长|上调|下调|节约|节省|少|多)了?$",
                                    fold(self.r.doc_text(c.doc)[v.fact.clause_start:v.fact.fig.start]).strip())))
    if verdicts and not verdicts[0][0].reasons and asked_actions(part.text) \
            and not action_agrees(part.text, acting_words(self.r.doc_text(verdicts[0][1].doc), verdicts[0][0].fact)):
        # 一共要回了多少…应收款 asked, the balance left (应收账款余额降至76.5亿元) scored a little over what
        # was recovered (清收应收账款28.74亿元): of close figures of one kind, the one whose own verb does what
        # the question asks answers
        top = verdicts[0][0]
        _promote(verdicts, self.cfg.w_unit, checked,
                 lambda v, c: v.fact.kind == top.fact.kind and v.fact.fig.doc == top.fact.fig.doc
                 and action_agrees(part.text, acting_words(self.r.doc_text(c.doc), v.fact)))
    if verdicts and not verdicts[0][0].reasons and asked_actions(part.text) and not action_agrees(part.text, verdicts[0][0].fact.measure) \
            and row_at(self.r.doc_text(verdicts[0][0].fact.fig.doc), verdicts[0][0].fact.fig.start) is not None:
        # 畋东街道 47 (机构数) and 13 (已关停) in one row, 关停的机构 asked: the cell whose column header does
        # what the question asks answers, not the row's count of all
        top = verdicts[0][0].fact.fig
        text = self.r.doc_text(top.doc)
        line = (text.rfind("\n", 0, top.start) + 1, text.find("\n", top.start) % (len(text) + 1))
        _promote(verdicts, self.cfg.w_reason, checked,
                 lambda v, c: v.fact.fig.doc == top.doc and line[0] <= v.fact.fig.start < line[1]
                 and action_agrees(part.text, v.fact.measure))
    if verdicts and not verdicts[0][0].reasons and asked_actions(part.text):
        # 原有校办企业34家,已完成脱钩剥离或注销21家 and 关停或剥离了几家 asked: the best figure states the set
        # (原有, 发现), no action; the figure after it in its sentence that does what is asked answers
        from .nearmiss import _SET_STATED

        top = verdicts[0][0].fact
        text = self.r.doc_text(top.fig.doc)
        if _SET_STATED.search(fold(text[top.clause_start:top.fig.start])) and not action_agrees(part.text, acting_words(text, top)):
            for i, (v, c) in enumerate(verdicts[1:8], 1):
                f = v.fact.fig
                if not v.reasons and v.measure >= checked and f.doc == top.fig.doc and f.sentence_start == top.fig.sentence_start \
                        and f.start > top.fig.start and v.fact.kind == top.kind and action_agrees(part.text, acting_words(text, v.fact)):
                    verdicts.insert(0, verdicts.pop(i))
                    break
    if verdicts and verdicts[0][0].reasons and all(r.startswith("answer type not stated: ") for r in verdicts[0][0].reasons):
        # 追回的…养老金 asked, 违规领取养老金1893人次 scored first: a figure of the kind asked whose own verb
        # does what the question asks (追回231.48万元) answers, not one that only says what was involved
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked,
                 lambda v, c: action_agrees(part.text, acting_words(self.r.doc_text(c.doc), v.fact)))
    if verdicts and verdicts[0][0].reasons and all(r.startswith("the whole is asked; ") for r in verdicts[0][0].reasons):
        # 一共退给学生多少钱 asked, one school's record (该校仅退还…0.88万元) scored first: a figure close
        # behind that fills every slot (已清退违规收费44.18万元) is the whole's
        _promote(verdicts, self.cfg.w_reason + self.cfg.w_who, checked, lambda v, c: True)
    if anchor and verdicts and (verdicts[0][0].fact.fig.doc, verdicts[0][0].fact.fig.sentence_start) not in anchor:
        # a later part of one question (…排查出多少个问题?已整改多少个?): a figure that fills every slot in
        # the sentence or table row that answered the first part answers it, over another sentence's
        # figure scored a little higher for the words alone (the prose total above a table)
        # A part that asks nothing of its own but a generic verb (…停掉了多少户?涉及几口人?) is about that
        # sentence whatever another sentence's figure scores for the one word (涉及党员13名)
        from .evidence import _content

        own = _content(fold(part.measure))
        for name in part.who:
            own = own.replace(_content(fold(name)), "")
        # (…有几个村…?涉及多少钱?: 涉及 and the amount's generic word name nothing of the part's own)
        own = re.sub(r"涉及|一共|总共|合计|共计|金额|数额|总额|款项|钱款|资金|费用|钱|人数|户数|数量|总数", "", own)
        # (not a figure of another numbered batch or of the running total when the part names its own,
        # 第五批…问责了多少人: 累计…问责19人 answered the first part, 本批次…问责4人 answers this one)
        # (nor one whose verb says nothing of the act asked over the best, whose verb does it: 当月它拆除了多少
        # 平方米 is 拆除4900平方米, not the 面积870平方米 of the new sites the first part counted)
        top_agrees = verdicts[0][0].agrees and len(own) > 2
        # (nor one counted in another word than asked when the best is counted in it: 发现…的有多少人 is 发现68人,
        # not the 8742人次 of the sentence the first part's 1604人 stood in)
        from .evidence import asked_words

        words = asked_words(part.text)
        top_unit = re.sub(r"^[万千百亿余多]+", "", verdicts[0][0].fact.fig.unit or "")
        exact = bool(words) and top_unit in words and not verdicts[0][0].reasons
        _promote(verdicts, self.cfg.w_reason if len(own) > 2 else float("inf"), checked,
                 lambda v, c: (v.fact.fig.doc, v.fact.fig.sentence_start) in anchor
                 and not (exact and re.sub(r"^[万千百亿余多]+", "", v.fact.fig.unit or "") not in words)
                 and _ordinal_item(part.text, self.r.doc_text(c.doc), v.fact) >= 0
                 and (not top_agrees or v.agrees or action_agrees(part.text, acting_words(self.r.doc_text(c.doc), v.fact))))
    if getattr(part, "rank", ""):
        verdicts = ranked_item(self, part, verdicts)
    verdicts = superseded(self, part, verdicts)
    verdicts = done_over_target(self, part, verdicts)
    if verdicts and verdicts[0][0].reasons and all(r.startswith("the notice gives what was done, not a plan") for r in verdicts[0][0].reasons):
        # (…的目标是多少 asked; 累计…6218.7万元 refused as done, and close behind it the target the sentence
        # before sets for the same measure, 目标不少于6000万元: the target answers)
        first = verdicts[0][0].fact.fig
        _promote(verdicts, self.cfg.w_reason, checked, lambda v, c: v.fact.fig.doc == first.doc and v.fact.fig.unit == first.unit)
    verdicts = same_measure_at_asked_time(self, verdicts)
    verdicts = stated_at_asked_time(self, part, verdicts)
    verdicts = restated_result(self, verdicts)
    verdicts = cut_beside_level(self, verdicts)
    verdicts = acted_twin(self, part, verdicts)
    verdicts = overview_first(self, part, verdicts)
    verdicts = named_section_first(self, part, verdicts)
    verdicts = owned_first(self, part, verdicts)
    verdicts = whole_over_breakdown(self, part, verdicts, used)
    verdicts = total_over_part(self, part, verdicts, used)
    verdicts = total_over_per_unit(self, part, verdicts)
    verdicts = item_of_breakdown_asked(self, part, verdicts)
    if verdicts and verdicts[0][0].reasons and all(r.startswith("counts the groups") for r in verdicts[0][0].reasons):
        # 4个方面12项具体问题: the count right after the groups' is what the question asks
        g = verdicts[0][0].fact.fig
        for i, (v, c) in enumerate(verdicts[1:], 1):
            f = v.fact.fig
            if not v.reasons and f.doc == g.doc and 0 <= f.start - g.end <= 2:
                verdicts.insert(0, verdicts.pop(i))
                break
    return verdicts


# a later part that opens by pointing back at what the first part counted: its breakdown is asked
_OTHER_QUALIFIER = re.compile(r"[^:;]{1,8}: the notice gives \S+ for .+, not for ")
_TARGET_ASKED = re.compile(r"目标|要求|计划|打算|准备(?!金)|力争|(?:要|将)(?:提高|提升|达到|降低|压减|控制|完成|实现)|预计")
_BACK_REF = re.compile(r"\s*(?:那么|那)?(?:其中|里面|这里面|这当中|当中|这些人?(?:里|中|当中)|这中间)")


# measure words that say what is counted (桌 of a banquet, 台 of machines, 亩 of land): a notice rarely counts
# two kinds of thing in one of them; the others (个, 件, 人, 元, %) count anything
_GENERIC_UNITS = set("个件项人名位次户家元起条处批宗份例笔") | {"人次", "户次", "家次", "件次", "批次", "万元", "亿元", "千元", "%", "个百分点", "万人", "万户"}


def _rare_unit(part) -> str | None:
    """The one measure word a count question asks in (多少桌), when it is one that names its things."""
    units = list(dict.fromkeys(part.info.units or []))
    if len(units) != 1 or units[0] in _GENERIC_UNITS or part.kinds != ["count"]:
        return None
    return units[0]


def _own_clause(part) -> str:
    """The part's own words, without the bodies the question named before it."""
    out = fold(part.text)
    for name in part.who:
        if out.startswith(fold(name)):
            out = out[len(fold(name)):]
    return out


_ORDINAL = re.compile(r"第(\d+|[一二三四五六七八九十]+)(标段|合同段|号楼|号|批次|批|期|组|片区)")


def _ordinal_item(question: str, text: str, fact) -> int:
    """+1 when the figure's paragraph, up to it, last names the numbered item the question asks (第11标段),
    -1 when it last names another of the same kind (第9标段), 0 when the question names none or the
    paragraph no numbered item of that kind."""
    from .textables import paragraph_start

    asked = {}
    for n, kind in _ORDINAL.findall(fold(question)):
        asked.setdefault(kind, set()).add(n)
    if not asked:
        return 0
    local = fold(text[paragraph_start(text, fact.fig.start):fact.fig.start])
    said = [(n, kind) for n, kind in _ORDINAL.findall(local) if kind in asked]
    if not said:
        # the item's number may head its part on a line of its own (第一期 / 【本周数据】…): the last
        # short line above that numbers an item of the kind asked
        heads = [ln for ln in fold(text[:paragraph_start(text, fact.fig.start)]).split("\n") if 0 < len(ln.strip()) <= 15]
        said = [(n, kind) for ln in heads for n, kind in _ORDINAL.findall(ln) if kind in asked]
    if not said:
        # a paragraph that counts the items (覆盖…标段12个): the whole's figure, not the one asked
        # (截至…累计交办186件…问责19人: what all of them came to so far, not the 第五批's own)
        counted = any(re.search(rf"{k}\d+个|\d+个{k}", local) for k in asked) or "累计" in local
        return -1 if counted else 0
    n, kind = said[-1]
    return 1 if n in asked[kind] else -2  # (-2: another numbered item of the kind asked is named)


def _sibling_item(part, text: str, fact) -> bool:
    """The words only this item of a sum or comparison has (制造业中长期贷款 of 制造业中长期贷款 vs 涉农贷款)
    are missing from the figure's sentence up to it, and another item's own words are there."""
    from .evidence import _content, _share, bigrams

    def own(m: str, rest: list[str]) -> list[str]:
        grams = [g for g in bigrams(_content(fold(m))) if len(g) == 2]
        return [g for g in grams if not any(g in _content(fold(r)) for r in rest)]

    mine = own(part.measure, part.others)
    if len(mine) < 2:
        return False
    start = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    a = max(text.rfind("\n", 0, fact.fig.start) + 1, 0)
    local = fold(text[min(a, start):fact.fig.start])
    if _share(mine, local) >= 0.5:
        return False
    return any(_share(g, local) >= 0.5 for o in part.others if len(g := own(o, [part.measure] + [x for x in part.others if x != o])) >= 2)


_RECORD_LABEL = re.compile(r"\s*(?:[(（][\d一二三四五六七八九十]+[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]+、)\s*"
                           r"([\u4e00-\u9fffA-Za-z]{2,10}?)(?:[。：:;；,，]|\s)")


@lru_cache(maxsize=64)
def _record_labels(text: str) -> tuple[tuple[int, str], ...]:
    """(line start, label) of every enumerated line that opens with a short name (（一）种子。, 2.璗西街道：)."""
    out, a = [], 0
    for line in text.split("\n"):
        m = _RECORD_LABEL.match(line)
        if m:
            out.append((a, fold(m.group(1))))
        a += len(line) + 1
    return tuple(out)  # (read once per notice: every judged figure of it asks)


def record_label_fit(question: str, text: str, fact) -> int:
    """+1 when the figure's line is an enumerated record whose opening name the question says, -1 when
    it is one whose name the question does not say while another record of the notice is opened by a
    name the question says (the item asked has its own record), 0 otherwise."""
    a = text.rfind("\n", 0, fact.fig.start) + 1
    m = _RECORD_LABEL.match(text, a) if a < len(text) else None
    if not m or m.end(1) > fact.fig.start:
        return 0
    q = fold(question)
    label = fold(m.group(1))
    if label in q:
        return 1
    if any(name in q and len(name) >= 2 and start != a for start, name in _record_labels(text)):
        return -1
    return 0


_ENUM_LINE = re.compile(r"^\s*(?:第\s*\d+\s*名|[①-⑳]|\d{1,2}[.、．]|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[▶►•●◆■□·\-—|｜])")


def _item_key(text: str, fact) -> tuple | None:
    """Where a figure stands as one item of a list: its table row, its enumerated line, or its own clause
    in a sentence that runs over the items (一季度查处问题64个,二季度81个…); None elsewhere."""
    from .textables import row_at

    if row_at(text, fact.fig.start) is not None:
        return ("row", text.rfind("\n", 0, fact.fig.start))
    a = text.rfind("\n", 0, fact.fig.start) + 1
    if _ENUM_LINE.match(text[a:fact.fig.start]):
        return ("line", a)
    if fact.fig.sentence_start is None:
        return None
    # (得分分别为95.6分、93.8分、92.1分: each figure of a 分别 list is an item of its own)
    each = "分别" in fold(text[fact.fig.sentence_start:fact.fig.start])
    return ("clause", fact.fig.start if each else fact.clause_start)


def ranked_item(self, part, verdicts: list) -> list:
    """An item asked by its place in order (排第一的县区, 整改率最低的项目, 排第二的类型): among the items of
    the list the best fact stands in (a table's rows, enumerated lines, the clauses of one sentence), each
    with the same measure and unit, the one in that place answers. Fewer than three such items: no
    ranking is stated, and the part keeps its verdicts (and its refusal)."""
    from dataclasses import replace

    from .evidence import _base_of
    from .textables import _TOTAL_ROW, row_name

    def unranked(vs: list) -> list:
        # no list of items to rank: no figure answers which one leads (a whole's figure is no item's)
        for v, _ in vs:
            v.reasons.insert(0, f"rank not stated: the notice ranks no items by {v.fact.measure}")
        return vs

    if part.rank == "vs":
        return unranked(verdicts)
    from .evidence import _measure_words, _share, bigrams

    def siblings(f0) -> list:
        """The items of the list f0 stands in, each with its measure and unit (the 合计 row is none)."""
        text = self.r.doc_text(f0.fig.doc)
        k0 = _item_key(text, f0)
        if k0 is None:
            return []
        family = (lambda k: "clause" if k[0] == "clause" else "list")  # noqa: E731 - a table's rows and enumerated lines alike
        grams = [g for g in bigrams(_measure_words(f0.measure)) if not re.search(r"\d", g)]
        sibs, seen = [], set()
        for f in self.facts(f0.fig.doc):
            k = _item_key(text, f)
            if k is None or family(k) != family(k0) or f.kind != f0.kind or _base_of(f)[1] != _base_of(f0)[1] or k[1] in seen:
                continue
            if k0[0] == "clause" and f.fig.sentence_start != f0.fig.sentence_start:
                continue  # the clauses of one sentence are its items
            if k[0] == "row" and (name := row_name(text, f.fig.start)) and _TOTAL_ROW.fullmatch(name[0]):
                continue  # the 合计 row totals the items; it is none of them
            if k0[0] == "clause" and f is not f0 and not same_measure(f.measure, f0.measure) \
                    and len(re.sub(r"[^\u4e00-\u9fff]", "", text[f.clause_start:f.fig.start])) > 4:
                continue  # (…检定加油机2610台,查获作弊加油机14台: another measure; 二季度81个: a label only)
            line = fold(text[text.rfind("\n", 0, f.fig.start) + 1:f.fig.start])
            if family(k0) == "list" and not (same_measure(f.measure, f0.measure) or grams and _share(grams, line) >= 0.5):
                continue
            seen.add(k[1])
            sibs.append(f)
        return sibs if len(sibs) >= 3 else []

    bases = [(v, c) for v, c in verdicts[:6] if v.measure >= self.cfg.measure_min]
    if not bases:
        return unranked(verdicts)
    v0, c0 = bases[0]
    sibs = []
    for v, c in bases:
        if (sibs := siblings(v.fact)):
            v0, c0 = v, c  # (the pick's line is cited from this candidate's notice)
            break
    if not sibs:
        # the prose total ranks first (新增村集体年收入84.1万元) and its table's rows were not retrieved: a
        # column of the same notice whose header says what is asked holds the items
        asked = [g for g in bigrams(_measure_words(part.measure)) if not re.search(r"\d", g)]
        for f in self.facts(v0.fact.fig.doc):
            header = _measure_words(re.sub(r"[((][^()()]*[))]", "", f.measure))
            if (f.kind in part.kinds if part.kinds else f.kind == v0.fact.kind) and _item_key(self.r.doc_text(f.fig.doc), f) is not None \
                    and asked and _share(asked, header) >= 0.6 and (sibs := siblings(f)):
                break
    if not sibs:
        return unranked(verdicts)
    text = self.r.doc_text(sibs[0].fig.doc)
    order = sorted(sibs, key=lambda f: -_base_of(f)[0])
    pick = {"max": order[0], "min": order[-1], "second": order[1]}[part.rank]
    for i, (v, c) in enumerate(verdicts):
        if v.fact is pick:
            verdicts.insert(0, (replace(v, reasons=[], measure=max(v.measure, v0.measure), score=v0.score + 1.0, placed=True), c))
            del verdicts[i + 1]
            return verdicts
    a = text.rfind("\n", 0, pick.fig.start) + 1
    b = text.find("\n", pick.fig.start)
    b = len(text) if b == -1 else b
    cand = replace(c0, start=a, end=b, text=text[a:b])
    verdicts.insert(0, (replace(v0, fact=pick, reasons=[], score=v0.score + 1.0, placed=True), cand))
    return verdicts


# (a correction notice quotes the corrected words: 原文“…263个”更正为“共反馈问题236个”, 单位有误,应为“3865.2万元”)
_UPDATED = re.compile(r"(?:(?:更新|更正|修正|调整|核定|应)为|最新(?:统计|数据)?(?:为|是|显示)?)(?:[“\"‘][^,;。“”\"]{0,12})?$")
_ASKS_FIRST = re.compile(r"最初|原先|原来|起初|更正前|更新前|修正前|第一次|首次|一开始")


def superseded(self, part, verdicts: list) -> list:
    """A figure the notice itself corrects later (全年立案1268件 … 已更新为1293件, 罚没款金额相应更新为
    3861.4万元): the corrected one answers the same measure, unless the question asks for the first."""
    if not verdicts or _ASKS_FIRST.search(fold(part.whole or part.text)):
        return verdicts
    v0, c0 = verdicts[0]
    for i, (v, c) in enumerate(verdicts[1:8], 1):
        f = v.fact.fig
        text = self.r.doc_text(f.doc)
        if v.reasons or f.doc != v0.fact.fig.doc or f.start <= v0.fact.fig.start or v.fact.kind != v0.fact.kind:
            continue
        lead = fold(text[v.fact.clause_start:f.start])
        own = re.sub(r"相应|已经?|最终", "", _UPDATED.sub("", lead))
        said = _UPDATED.search(lead)
        quoted = said and re.search(r"[“\"‘]([^“”\"]*)$", said.group(0))
        if said and (same_measure(own, v0.fact.measure) or same_measure(v.fact.measure, v0.fact.measure)
                     or quoted and (not quoted.group(1) and f.sentence_start == v0.fact.fig.sentence_start
                                    or quoted.group(1) and same_measure(quoted.group(1), v0.fact.measure))):
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def _under_name(self, fact, doc: str, name: str) -> bool:
    """The figure's paragraph opens with the name ((一)珣塘村。…清查集体资产3126.8万元) or a heading
    above it names it: a per-body record whose own sentences never repeat the name."""
    from .evidence import section_headings
    from .textables import paragraph_start

    text = self.r.doc_text(doc)
    a = paragraph_start(text, fact.fig.start)
    if name in fold(text[a:a + len(name) + 8]):
        return True
    return any(name in fold(h) for h in section_headings(getattr(self, "_outlines", {}).get(doc), fact.fig.start))


def _names(lead: str, thing: str) -> bool:
    """The lead of a figure's sentence says `thing` (most of its two-character words)."""
    from .evidence import _content, _share, bigrams

    grams = [g for g in bigrams(_content(fold(thing))) if len(g) == 2]
    return bool(grams) and _share(grams, lead) >= 0.6


def _promote(verdicts: list, margin: float, measure_min: float, fits) -> None:
    """Move to the front the first verdict within `margin` of the best that fills every slot, matches
    the measure and `fits` (verdict, candidate); the order is left as it is when none does."""
    top = verdicts[0][0].score
    for i, (v, c) in enumerate(verdicts[1:], 1):
        if top - v.score > margin:
            break
        if not v.reasons and v.measure >= measure_min and fits(v, c):
            verdicts.insert(0, verdicts.pop(i))
            break


def done_over_target(self, part, verdicts: list) -> list:
    """A ledger row's target (整改目标: 清理…37处) refused as a plan, and in the same row what was done
    (整改进展: 已拆除31处): the done figure answers what was done. So does the figure in the target's own
    sentence, of its unit, that the notice states as done (年度目标2000台,实际加装2316台)."""
    from .textables import plan_column, record_start

    if not verdicts or not verdicts[0][0].reasons \
            or not all(r.startswith("the notice gives a target or plan") for r in verdicts[0][0].reasons):
        return verdicts
    g = verdicts[0][0].fact
    text = self.r.doc_text(g.fig.doc)
    ledger = plan_column(text, g.fig.start)
    if not ledger:
        # (今年计划改造老旧小区48个,截至8月底已开工41个,完工27个: two figures done beside the target, and the
        # question's verb picks neither: which one it asks is not known, and the target's refusal stands)
        done = [v for v, _ in verdicts[1:] if not v.reasons and v.fact.fig.doc == g.fig.doc and v.fact.kind == g.kind
                and v.fact.fig.sentence_start == g.fig.sentence_start and v.fact.fig.unit == g.fig.unit]
        if len(done) > 1 and not any(action_agrees(part.text, acting_words(text, v.fact)) for v in done):
            return verdicts
    for i, (v, c) in enumerate(verdicts[1:], 1):
        f = v.fact.fig
        if ledger:
            beside = record_start(text, f.start) == record_start(text, g.fig.start)
        else:
            beside = f.sentence_start is not None and f.sentence_start == g.fig.sentence_start and f.unit == g.fig.unit \
                and (not asked_actions(part.text) or action_agrees(part.text, acting_words(text, v.fact)))
        if not v.reasons and v.measure >= self.cfg.measure_min and f.doc == g.fig.doc and v.fact.kind == g.kind and beside:
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def _promote_twin(verdicts: list, refused_for: str, twin) -> list:
    """When the best figure is refused only for `refused_for`, the first of the next ones that `twin(top,
    v)` says states the same thing and that is refused at most for its own clause's few words (measure
    not stated) answers in its place, with the best one's measure match and score."""
    from dataclasses import replace

    if not verdicts or not verdicts[0][0].reasons or not all(r.startswith(refused_for) for r in verdicts[0][0].reasons):
        return verdicts
    top = verdicts[0][0]
    for i, (v, c) in enumerate(verdicts[1:8], 1):
        if all(r.startswith("measure not stated") for r in v.reasons) and v.fact.fig.doc == top.fact.fig.doc and twin(top, v):
            verdicts.insert(0, (replace(v, reasons=[], measure=max(v.measure, top.measure), score=top.score), c))
            del verdicts[i + 1]
            break
    return verdicts


def same_measure_at_asked_time(self, verdicts: list) -> list:
    """An item reported at two dates (截至2024年11月30日,县农业农村局已拨付1668万元;截至2025年5月31日,
    已拨付2502万元): the best figure is refused for its time alone, and the same measure said again in its
    paragraph for another time fits the time asked; that one answers, with the first's measure match
    (its own clause names only the verb, the rest was said at the first date). So does a figure of
    another paragraph or section whose stated time fits and that fills every slot."""
    from .evidence import _measure_words, _share, bigrams
    from .textables import paragraph_start

    def twin(top, v) -> bool:
        g, f = top.fact.fig, v.fact.fig
        text = self.r.doc_text(g.doc)
        own, other = f.period or v.fact.period, g.period or top.fact.period
        if v.fact.kind != top.fact.kind or not own or own == other:
            return False
        if paragraph_start(text, f.start) == paragraph_start(text, g.start) and same_measure(v.fact.measure, top.fact.measure):
            return True
        from .textables import row_at

        if v.reasons:
            return False
        if v.measure >= self.cfg.measure_min and row_at(text, f.start) is not None \
                and len(label := _measure_words(re.sub(r"[（(][^（）()]*[)）]", "", v.fact.measure))) >= 2 \
                and _share(bigrams(label), fold(top.fact.measure)) >= 0.8:
            # a table's row for the measure (| 留置 | 61人 | 78人 | 84人 |), in the column of the time asked:
            # its terse label (立案（件）, the unit in brackets no word of it) matches the question less than
            # the prose total's sentence does, and is the same thing counted for another year
            return True
        # elsewhere (the section 1—8月 above the paragraph 8月,…): a figure whose stated time fits the
        # one asked and that fills every slot, its measure matched as well as the best one's
        if v.measure < max(self.cfg.measure_min, top.measure - 0.1):
            return False
        # …and whose own stretch of its sentence (from the last ; before it) says the best one's measure:
        # the same thing counted for the time asked, not a neighbour matched as loosely
        a = max(text.rfind(";", 0, f.start), text.rfind("；", 0, f.start), f.sentence_start or 0)
        grams = bigrams(_measure_words(top.fact.measure))
        return len(grams) >= 2 and _share(grams, fold(text[a:f.start])) >= 0.8

    return _promote_twin(verdicts, "period not covered", twin)


def stated_at_asked_time(self, part, verdicts: list) -> list:
    """三季度完成…多少公里 asked; the year's figure (全年…实际完成41.7公里) is refused for its time, and a
    figure a little lower that fills every slot states the very months asked as its own time (其中…三季度完成
    16.8公里): that one answers. Only a stretch of months asked (a quarter, a half, a month), not a year."""
    from .periods import span, spans_conflict
    from .textables import paragraph_start

    if not verdicts or not verdicts[0][0].reasons or not verdicts[0][0].reasons[0].startswith("period not covered") \
            or not part.period:
        return verdicts
    top = verdicts[0][0].fact
    year = self.year(top.fig.doc)
    y = int(year) if year else None
    asked = span(fold(part.period), y)
    if asked is None or (asked.m0 is None and asked.m1 is None):
        return verdicts
    for i, (v, c) in enumerate(verdicts[1:8], 1):
        f = v.fact.fig
        if v.reasons or v.measure < max(self.cfg.measure_min, verdicts[0][0].measure - 0.1) or f.doc != top.fig.doc or v.fact.kind != top.kind:
            continue  # (matched as well as the best: 上半年…检查代理记账机构21家 is no count of 抽查会计信息质量单位)
        own = span(fold(f.period or v.fact.period or ""), y)
        if own is not None and own.m0 is not None and own.m1 is not None and not own.cum and not spans_conflict(asked, own):
            verdicts.insert(0, verdicts.pop(i))
            break
        if own is not None and asked.cum and own.cum and asked.y is not None and (own.y, own.m1) == (asked.y, asked.m1) \
                and paragraph_start(self.r.doc_text(f.doc), f.start) == paragraph_start(self.r.doc_text(f.doc), top.fig.start):
            # (截至2023年底…已完成104条;截至2024年6月底,已完成131条 and 截至2024年6月底…已完成多少条 asked: the
            # same paragraph's figure at the very date asked)
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def restated_result(self, verdicts: list) -> list:
    """A figure refused as a plan (三、下一步工作: 对未退缴的27.84万元误工补贴,责令…) that the notice also
    states as a finding (未退缴金额27.84万元): the same value and unit, there refused only for its clause's
    few words; the finding answers, with the restatement's measure match."""
    def twin(top, v) -> bool:
        g, f = top.fact.fig, v.fact.fig
        # (not a rate at 100%, which many rates of a notice reach: 统一配送覆盖率力争达到100% is no 排查覆盖率100%)
        return f.start != g.start and f.value == g.value and f.unit == g.unit and not (f.unit == "%" and f.value >= 100)

    return _promote_twin(verdicts, "the notice gives a target or plan", twin)


def cut_beside_level(self, verdicts: list) -> list:
    """由160户压减至128户,压减32户 and 砍掉了多少户 asked: the level reached is refused, and the cut said
    after it in its sentence answers, with the level's measure match (its own clause says only 压减),
    whichever of the two scored first."""
    from dataclasses import replace

    from .actions import classes, fact_action

    top = verdicts[0][0].score if verdicts else 0.0
    level = next((v for v, _ in verdicts[:8] if v.reasons and all(r.startswith("the notice gives the level after the cut") for r in v.reasons)), None)
    if level is None or not all(r.startswith(("the notice gives the level after the cut", "measure not stated")) for r in verdicts[0][0].reasons):
        return verdicts
    g = level.fact.fig
    for i, (v, c) in enumerate(verdicts[:8]):
        f = v.fact.fig
        if f.doc == g.doc and f.sentence_start == g.sentence_start and f.start > g.end and v.fact.kind == level.fact.kind \
                and all(r.startswith("measure not stated") for r in v.reasons) \
                and "reduce" in classes(fact_action(self.r.doc_text(f.doc)[v.fact.clause_start:f.start]) or ""):
            del verdicts[i]
            verdicts.insert(0, (replace(v, reasons=[], measure=max(v.measure, level.measure), score=max(top, v.score)), c))
            break
    return verdicts


def done_not_left(question: str, fact, text: str) -> str | None:
    """What is left asked (尚未化解的…多少), no remainder to compute, and the figure counts what was done
    (化解项目涉及贷款余额14.35亿元: the verb the question negates, said plainly): not the answer."""
    q = fold(question)
    m = re.search(r"(?:尚未|仍未|还没有?|没有|未)([\u4e00-\u9fff]{2})", q)
    if not m or not REMAIN_Q.search(q):
        return None
    lead = fold(text[fact.clause_start:fact.fig.start])
    verb = m.group(1)
    if verb in lead and not re.search(r"(?:尚未|仍未|还没有?|没有|未|剩余|剩下)[\u4e00-\u9fff]{0,2}" + verb, lead):
        return f"the notice gives what was done, not what is left: {fact.fig.text} ({fact.measure})"
    return None


def _verb_of_asked_class(self, part, v) -> bool:
    """The figure's own verb does what the question's does, finding included (排查隐患31处 for 查出了多少个安全
    问题: action_agrees leaves finding out, as it says too little where the measure is unmatched)."""
    from .actions import asked_actions, classes, fact_action

    asked = {c for a in asked_actions(part.text) for c in classes(a)}
    verb = fact_action(self.r.doc_text(v.fact.fig.doc)[v.fact.clause_start:v.fact.fig.start])
    return bool(asked and verb and classes(verb) & asked)


def acted_twin(self, part, verdicts: list) -> list:
    """The best figure is refused only because its verb is another action (涉及…金额21.38万元 for 追回来多少),
    and the notice states the same amount again with the action asked (已全部清退到位,清退金额21.38万元), or
    the same sentence goes on with the action asked (收集…问题1637件,已解决1529件): that one answers, with
    the first's measure match (its own clause names only the action)."""
    from .actions import asked_actions, classes, fact_action

    asked = {c for a in asked_actions(part.text) for c in classes(a)}

    def twin(top, v) -> bool:
        g, f = top.fact.fig, v.fact.fig
        same_amount = f.value == g.value and f.unit == g.unit
        # (收集…问题1637件,已解决1529件: the same things, the action asked, in the same sentence)
        same_sentence = f.doc == g.doc and f.sentence_start == g.sentence_start and v.fact.kind == top.fact.kind \
            or v.fact.elided_from is top.fact  # (受理…投诉1284件,同比下降17.3%;办结1271件: past the ;, the same things)
        if f.start == g.start or not (same_amount or same_sentence) or not asked:
            return False
        text = self.r.doc_text(f.doc)
        verb = fact_action(text[v.fact.clause_start:f.start])
        return bool(verb) and bool(classes(verb) & asked)

    if not verdicts or not verdicts[0][0].reasons or not all(re.match(r"measure not stated: \S+; the notice gives \S+ ", r)
                                                             for r in verdicts[0][0].reasons):
        return verdicts
    return _promote_twin(verdicts, "measure not stated", twin)


def _heading(outline, pos: int):
    """The innermost heading before pos, or None."""
    heads = [h for h in getattr(outline, "headings", None) or [] if h.start <= pos]
    return max(heads, key=lambda h: h.start) if heads else None


def same_measure(a: str, b: str) -> bool:
    """Two measure phrases that say the same thing (已整改金额 / 整改金额): most words of each in the other."""
    from .evidence import _measure_words, _share, bigrams

    a, b = _measure_words(a), _measure_words(b)
    return bool(a and b) and _share(bigrams(a), b) >= 0.5 and _share(bigrams(b), a) >= 0.5


_TOTAL_ASKED = re.compile(r"一共|总共|共计|合计|总计|累计|加起来|全部")
# (a 共 said once at a sentence's opening counts every clause after it: 共排查…,发现…,清退…1.86亿元)
# (全年立案156件,…;给予党纪政务处分147人 and 全市…: the year's or the whole place's count, a total too)
_TOTAL_LEAD = re.compile(r"(?<![公中])共(?!同|享|建|性|识|产党|治|青团)|累计|合计|总计|^[^,，;；。]{0,6}全(?:年|[省市县区])")


def total_over_per_unit(self, part, verdicts: list) -> list:
    """研学活动费是多少 asked, 每生120元,涉及学生1035人,共计12.42万元 stated: a question that asks no rate per head
    (per item, per year) is not answered by the amount per one; the sentence's own total of it, close behind and
    filling every slot, is."""
    from .nearmiss_sets import _PER

    if not verdicts or verdicts[0][0].reasons or _PER.search(fold(part.whole or part.text)):
        return verdicts
    v0 = verdicts[0][0]
    f = v0.fact.fig
    text = self.r.doc_text(f.doc)
    if v0.fact.kind in ("percent", "points", "ratio") or not re.search(r"每[\u4e00-\u9fff]{1,2}$|[人户次生亩]均$", fold(text[v0.fact.clause_start:f.start])):
        return verdicts
    s1 = f.sentence_end if f.sentence_end is not None else v0.fact.clause_end
    for i, (v, c) in enumerate(verdicts[1:6], 1):
        g = v.fact.fig
        if v.reasons or g.doc != f.doc or not f.end < g.start < s1 or v.fact.kind != v0.fact.kind \
                or v0.score - v.score > self.cfg.w_reason or v.measure < self.cfg.measure_min:
            continue
        if re.search(r"(?:共计|合计|总计|累计|共|总额|总金额)[^,;。\d]{0,4}$", fold(text[v.fact.clause_start:g.start])):
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def total_over_part(self, part, verdicts: list, used: set | None = None) -> list:
    """一共给企业退了多少钱 asked, one department's 督促退还企业1.02亿元 scored first: a figure close behind that
    fills every slot, in the same base unit and larger, and that the notice states as a total (全市累计清退
    …1.86亿元, 共…) where the best is stated as none, is the whole asked. Not when the question names a body
    or asks a sum of things it names (罚款和罚没款一共多少): then a part may be what is asked."""
    from .numerals import normalize

    if not verdicts or verdicts[0][0].reasons or used or not _TOTAL_ASKED.search(fold(part.text)) \
            or _NAMED_SUM_Q.search(fold(part.text)) or "其中" in part.text or getattr(part, "others", None):
        return verdicts  # (A和B…加起来是多少: the total asked is the sum of the sides, not each side's whole)
    v0 = verdicts[0][0]
    f = v0.fact.fig
    text = self.r.doc_text(f.doc)
    folded = fold(text)
    from .wording import notice_topic

    head = notice_topic(folded)
    if any(fold(w) not in head and fold(w) not in self.places(f.doc) for w in part.who or []):
        return verdicts  # a body asked by name, not the notice's own (畕山县纪委监委 of its own 工作报告): its part

    def lead(fact) -> str:
        g = fact.fig
        s0 = g.sentence_start if g.sentence_start is not None else fact.clause_start
        if folded[s0 - 1:s0] in (";", "；"):
            # (全年立案156件,…;给予党纪政务处分147人: the year said once opens the whole sentence)
            s0 = max(folded.rfind("。", 0, s0), folded.rfind("\n", 0, s0)) + 1
        return folded[s0:g.start]

    outline = getattr(self, "_outlines", {}).get(f.doc)
    h0 = _heading(outline, f.start)
    if h0 is not None:
        # (…被查出有问题的药店一共违规用掉了多少 asked, the best under (五)定点零售药店违规问题: the question names
        # what that section alone is about; the whole's total is not what it asks)
        from .evidence import bigrams

        others = [h.text for h in outline.headings if h.level == h0.level and h is not h0]
        own = [g for g in bigrams(fold(h0.text)) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g) and not any(g in fold(o) for o in others)]
        if any(g in fold(part.whole or part.text) for g in own):
            return verdicts
    base, unit = normalize(f.value, f.unit)
    if any(normalize(v.fact.fig.value, v.fact.fig.unit) == (base, unit) and v.fact.fig.doc == f.doc and _TOTAL_LEAD.search(lead(v.fact))
           for v, _ in verdicts[:8]):
        return verdicts  # the best is stated as a total itself, here or in another sentence (共发现新增违法建设173处)
    for i, (v, c) in enumerate(verdicts[1:8], 1):
        if v0.score - v.score > self.cfg.w_reason + self.cfg.w_who:
            break
        g = v.fact.fig
        if v.reasons or v.measure < self.cfg.measure_min or g.doc != f.doc or v.fact.kind != v0.fact.kind:
            continue
        if (own := g.period or v.fact.period) and (best_own := f.period or v0.fact.period) and fold(own) != fold(best_own) \
                and not part.period and re.fullmatch(r"(?:(?:19|20)\d\d年(?:全年|度)?|全年)", fold(own)):
            continue  # (截至2025年1月31日…追发工资3198.62万元 best, 2024年…累计…1.12亿元: a total over another time)
        value, unit2 = normalize(g.value, g.unit)
        if unit2 == unit and value > base and (_TOTAL_LEAD.search(lead(v.fact))
                                               or _sum_of(value, base, unit, f, verdicts[1:8], v) and not _acts_apart(v.fact, v0.fact)) \
                and _akin(v.fact, v0.fact):
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def _sum_of(value: float, base: float, unit: str, f, others: list, whole) -> bool:
    """value is the best figure's plus one or two other figures' of its notice (对…9家机构暂停协议 and …10家药店
    暂停协议, then 对…19家定点医药机构暂停医保服务协议): the larger states their total, however it is worded."""
    from itertools import combinations

    from .numerals import normalize

    rest = []
    for v, _ in others:
        g = v.fact.fig
        if v is whole or g.doc != f.doc or g.start == f.start:
            continue
        b, u = normalize(g.value, g.unit)
        if u == unit and 0 < b < value:
            rest.append(b)
    return any(abs(base + sum(xs) - value) <= 1e-6 * max(1.0, value) for n in (1, 2) for xs in combinations(rest, n))


def _acts_apart(a, b) -> bool:
    """The best fact `b` says what was done, and the larger `a` says no word of that act (清退评标专家27名,
    暂停15名, 新增入库专家42名): a figure that equals the others' sum by chance is no total of theirs."""
    from .actions import classes, fact_action, said_action

    x = fact_action(fold(b.measure or ""))
    return bool(x) and x not in fold(a.measure or "") and not said_action(fold(a.measure or ""), frozenset(classes(x)))


def _akin(a, b) -> bool:
    """Two facts count the same kind of thing: their measures share a word or an action (督促退还企业 /
    清退违规收费); 排查存量违法建设 is no whole of 新增违建."""
    from .actions import classes, fact_action
    from .evidence import bigrams

    x, y = fold(a.measure or ""), fold(b.measure or "")
    if set(bigrams(x)) & set(bigrams(y)):
        return True
    return bool(classes(fact_action(x) or "") & classes(fact_action(y) or ""))


def whole_over_breakdown(self, part, verdicts: list, used: set | None = None) -> list:
    """开出罚单121.4万元,其中按日连续处罚1件、累计罚款22.5万元: the best figure is an item of a breakdown
    whose words the question never says; the figure it breaks down, in the same unit before 其中 in the
    sentence, answers (its own words may be another way of saying what is asked: 开出罚单 for 罚款金额),
    when it is refused for nothing but its measure's words."""
    from dataclasses import replace

    from .evidence import breakdown_unnamed, subset_asked

    if not verdicts or verdicts[0][0].reasons or "其中" in part.text:
        return verdicts
    v0, c0 = verdicts[0]
    f = v0.fact.fig
    text = self.r.doc_text(f.doc)
    s0 = f.sentence_start if f.sentence_start is not None else v0.fact.clause_start
    k = text.rfind("其中", s0, f.start)
    w0 = s0
    if k >= 0 and not text[s0:k].strip():
        # (…清退违规收费386.42万元,涉及学生1.26万人次。其中,瑇江市第三中学退还…47.8万元: a sentence opened
        # by 其中 breaks down a figure of the sentence before it)
        end = len(text[:s0].rstrip())
        w0 = max(text.rfind(c, 0, end - 1) for c in "。！？!?\n") + 1
        if end - w0 > 400 or end <= 0:
            return verdicts
    # (the notice's own places, 瑇江市 in 瑇江市第三中学 and in the question, single out no item)
    own = text[w0:k] + " " + " ".join(self.places(f.doc)) if k >= 0 else ""
    if k < 0 or not breakdown_unnamed(text[k + 2:f.start], part.whole or part.text, own) \
            or subset_asked(part, text, f, w0, k) > 0:  # (the question singles this item out: 发工资 of 工资和维修)
        return verdicts
    if any(d == f.doc and k < u < f.start for d, u in used or ()):
        return verdicts  # (…清出来多少已故人员?涉及多少钱?: the earlier part was answered by this very item)
    for i, (v, c) in enumerate(verdicts[1:], 1):
        g = v.fact.fig
        if g.doc == f.doc and w0 <= g.start < k and g.unit == f.unit and v.fact.kind == v0.fact.kind and _akin(v.fact, v0.fact) \
                and all(r.startswith("measure not stated") for r in v.reasons):
            verdicts.insert(0, (replace(v, reasons=[], measure=max(v.measure, v0.measure), score=v0.score), c))
            del verdicts[i + 1]
            break
    return verdicts


def item_of_breakdown_asked(self, part, verdicts: list) -> list:
    """累计清理不规范合同1028份,其中超期合同315份、低价合同426份、无效合同287份, and 租价偏低的合同 asked: the
    whole ranked first, the one item whose own words (低价, what sets it apart from the others: 合同 they all
    share) the question holds answers."""
    if not verdicts or verdicts[0][0].reasons:
        return verdicts
    top = verdicts[0][0].fact
    text = fold(self.r.doc_text(top.fig.doc))
    end = top.fig.sentence_end if top.fig.sentence_end is not None else top.clause_end
    at = text.find("其中", top.fig.end, end)
    if at < 0 or re.search(r"[,;。]", text[top.fig.end:at].strip(",")):
        return verdicts
    items = [(v, c) for v, c in verdicts[1:8] if not v.reasons and v.fact.fig.doc == top.fig.doc
             and at < v.fact.fig.start < end and v.fact.kind == top.kind]
    if len(items) < 2:
        return verdicts
    labels = []
    for v, _ in items:
        lead = text[max(at + 2, text.rfind("、", at, v.fact.fig.start) + 1):v.fact.fig.start]
        labels.append(re.sub(r"[^\u4e00-\u9fff]", "", lead))
    k = 0
    while k < min(map(len, labels)) and len({x[len(x) - 1 - k] for x in labels}) == 1:
        k += 1
    own = [x[:len(x) - k] for x in labels]
    q = fold(part.text)
    # (罚款 of 罚没款236.8万元,其中罚款215.3万元: an item whose characters all stand in the whole's own measure
    # word, asked as 罚没款, is not named by the question)
    whole = fold(top.measure or "")
    asked = [i for i, o in enumerate(own) if len(o) >= 2 and all(ch in q for ch in o) and (o in q or not all(ch in whole for ch in o))]
    best = max((v.measure for v, _ in verdicts[:8] if not v.reasons), default=0.0)
    if len(asked) == 1 and items[asked[0]][0].measure >= best - 0.02:
        # (not when another figure matches the measure better: 处分厅局级干部53人 over 留置…其中厅局级干部21人)
        v = items[asked[0]]
        verdicts.remove(v)
        verdicts.insert(0, v)
    return verdicts


def overview_first(self, part, verdicts: list) -> list:
    """A notice that states the asked measure for each of its items (每个问题: 已整改金额…) and once for
    the whole (整改总体情况: 已整改金额20198.4万元): a question that names none of the item's own words
    asks the whole, so the figure under the shallower heading answers when the two score alike."""
    from .evidence import bigrams

    from .evidence import _ASKS_PLAN

    if not verdicts or verdicts[0][0].reasons or _ASKS_PLAN.search(part.text):
        return verdicts  # (2026年计划拆除多少处: the plan stands under its own heading; the overview tells what was done)
    v0, c0 = verdicts[0]
    outline = getattr(self, "_outlines", {}).get(c0.doc)
    h0 = _heading(outline, v0.fact.fig.start)
    if h0 is None:
        return verdicts
    d0 = _depth(outline, h0)
    # under a top heading, only the notice's opening (above every heading) is shallower
    opening_only = d0 < 2
    others = [h.text for h in outline.headings if h.level == h0.level and h is not h0]
    # (a numbered item's own number counts: 第9标段 is named by 第9, not by 标段 that every lot shares)
    own = [g for g in bigrams(fold(h0.text)) if re.fullmatch(r"[\u4e00-\u9fff\d]{2}", g) and not g.isdigit()
           and not any(g in o for o in others)]
    if not own or any(g in fold(part.whole or part.text) for g in own):
        return verdicts  # the question names this item
    for i, (v, c) in enumerate(verdicts[1:6], 1):
        h = _heading(getattr(self, "_outlines", {}).get(c.doc), v.fact.fig.start)
        if v0.score - v.score > self.cfg.w_here:
            break
        if not v.reasons and c.doc == c0.doc and v.fact.kind == v0.fact.kind and v.measure >= self.cfg.measure_min \
                and (h is None or _depth(getattr(self, "_outlines", {}).get(c.doc), h) < d0 and not opening_only) \
                and (same_measure(v.fact.measure, v0.fact.measure)
                     # (or a body's own section, (一)疧川县人民医院, against a count the overview states that
                     # matches the asked measure at least as well: 反映挂号难、候诊时间长的98人次)
                     or re.search(r"(?:医院|卫生院|学校|公司|集团|局|中心)$", fold(h0.text)) and v.measure >= v0.measure):
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def owned_first(self, part, verdicts: list) -> list:
    """A department the question names (市住建局) owns a paragraph of the notice (一是市住房和城乡建设局。巡察反馈该局
    问题27条…), and the best figure is another owner's, its sentence not naming the department (the round's 共反馈
    问题386条): a figure of the department's own paragraph that fills every slot alike, in the same kind, answers."""
    from .bodies import _abbreviates, _asked_departments, _dept_variants, dept_named_at

    if not verdicts or verdicts[0][0].reasons:
        return verdicts
    asked = [x for d in _asked_departments(part.whole or part.text) for x in _dept_variants(d)]
    if not asked:
        return verdicts

    def owns(subject: str | None) -> bool:
        subj = fold(subject or "")
        return bool(subj) and any(dept_named_at(d, subj) or d in subj or _abbreviates(d, subj) for d in asked)

    v0, c0 = verdicts[0]
    f0 = v0.fact.fig
    text = self.r.doc_text(c0.doc)
    sent0 = fold(text[f0.sentence_start if f0.sentence_start is not None else v0.fact.clause_start:f0.end])
    if owns(f0.subject) or any(len(d) >= 3 and d in sent0 for d in asked):
        return verdicts
    for i, (v, c) in enumerate(verdicts[1:6], 1):
        if v0.score - v.score > self.cfg.w_reason + self.cfg.w_who:
            break
        if not v.reasons and c.doc == c0.doc and v.fact.kind == v0.fact.kind and v.measure >= self.cfg.measure_min \
                and owns(v.fact.fig.subject):
            verdicts.insert(0, verdicts.pop(i))
            break
    return verdicts


def named_section_first(self, part, verdicts: list) -> list:
    """The converse of overview_first: the question names words of one section's heading that its
    siblings do not share ((二)建筑施工 under 分行业, asked 建筑工地…整改好了多少项), and the best figure
    stands outside that section with none of those words in its sentence: a figure under that heading
    that fills every slot alike, in the same kind, answers."""
    from .evidence import bigrams

    if not verdicts or verdicts[0][0].reasons:
        return verdicts
    v0, c0 = verdicts[0]
    outline = getattr(self, "_outlines", {}).get(c0.doc)
    if outline is None or not getattr(outline, "headings", None):
        return verdicts
    q = fold(part.whole or part.text)
    text = self.r.doc_text(c0.doc)

    def own_words(h) -> list[str]:
        # only a short topic heading ((二)建筑施工, (一)危险化学品), not a case's title (案例一:…违规培训案)
        topic = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", h.text).strip()
        if not 2 <= len(topic) <= 8 or re.search(r"[:：,，。;；“”\"]", topic) \
                or re.search(r"(?:省|市|州|县|区|镇|乡|村|街道|社区|局|委|中心|公司|医院|学校)$", topic):
            return []  # (一、瓥河村: a body's own section, judged by whose the figure is, not by its words)
        others = [fold(o.text) for o in outline.headings if o.level == h.level and o is not h]
        return [g for g in bigrams(fold(h.text)) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g) and not any(g in o for o in others)]

    h0 = _heading(outline, v0.fact.fig.start)
    if h0 is not None and any(g in q for g in own_words(h0)):
        return verdicts
    f0 = v0.fact.fig
    # the best figure's sentence and the notice's title: a word the question shares with another heading but
    # that these say too (整治 of 这次整治物业, in 关于…物业管理专项整治…) picks no section
    sent0 = fold(text[f0.sentence_start if f0.sentence_start is not None else v0.fact.clause_start:
                      f0.sentence_end if f0.sentence_end is not None else v0.fact.clause_end]) + " " + fold(text.lstrip().split("\n", 1)[0]) \
        + " " + fold(v0.fact.measure or "")
    for i, (v, c) in enumerate(verdicts[1:6], 1):
        if v0.score - v.score > self.cfg.w_here:
            break
        if v.reasons or c.doc != c0.doc or v.fact.kind != v0.fact.kind or v.measure < self.cfg.measure_min:
            continue
        h = _heading(outline, v.fact.fig.start)
        if h is None or h is h0 or h.start < (h0.start if h0 is not None else -1) and h0 is not None and h0.level > h.level:
            continue
        if any(g in q and g not in sent0 and not any(g in w for w in part.who) for g in own_words(h)):
            verdicts.insert(0, verdicts.pop(i))
            return verdicts
    # none under that heading fills the slots: the section the question names gives no such figure, and the
    # overview's (发现各类事故隐患2314项,整改2209项, 电梯方面已整改多少 asked) is the whole's, not the section's
    # (a figure whose sentence says the words, or that stands under a heading of them, is left alone)
    # (the topic's own first word, 电梯 of (一)电梯 or 锅炉 of (二)锅炉、压力容器, in a series of sub-sections;
    # not any two characters of a heading: 的问 of 四、存在的问题)
    named = [(h, g) for h in outline.headings if h is not h0 and h.level >= 2 and (h0 is None or h0.level <= h.level or h.start > h0.start)
             and not re.search(r"[院所站校园馆队]$", h.text)
             for g in [fold(re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", h.text))[:2]] if g in own_words(h)
             and g in fold(part.text) and g not in sent0 and not any(g in w for w in part.who)]
    if named:
        h, g = named[0]
        if not any(c.doc == c0.doc and not v.reasons and _heading(outline, v.fact.fig.start) is h for v, c in verdicts):
            for v, c in verdicts:
                fs = v.fact.fig
                sent = fold(self.r.doc_text(c.doc)[fs.sentence_start if fs.sentence_start is not None else v.fact.clause_start:
                                                   fs.sentence_end if fs.sentence_end is not None else v.fact.clause_end])
                # (a table's cell says what it counts in its column's header, 立案(人), not in its row's line)
                if c.doc == c0.doc and not v.reasons and g not in sent + " " + fold(v.fact.measure or ""):
                    v.reasons.append(f"{g}: the notice's section on {g} gives no figure for this; {fs.text} ({v.fact.measure}) is the whole's")
    return verdicts


def _depth(outline, h) -> int:
    """A heading's depth: its level, or for an unnumbered name line (level 0: 市交通运输局 on a line of its
    own under 二、各单位督查情况) one below the numbered heading above it."""
    if h.level > 0 or outline is None:
        return h.level
    above = [x for x in outline.headings if x.start < h.start and x.level > 0]
    return above[-1].level + 1 if above else 0


def _row_asked(reasons: list[str]) -> str | None:
    """The body asked, when a figure was refused as the whole's or another body's (evidence.row_conflict,
    who_conflict: `琼岑区: figure not given; …`)."""
    for r in reasons:
        m = re.match(r"([^\s:：;；]{2,24}): figure not given;", r)
        if m:
            return m.group(1)
    return None


def total_rows(self, part, verdicts: list, used: set, anchor: set) -> list:
    """A table row's figure refused as one place's when the whole is asked: the same field of the table's
    total row (合计) is judged in its place, the retriever may not have ranked that line."""
    from dataclasses import replace

    from .textables import row_cell, total_row_cell

    for v, c in verdicts[:3]:
        text = self.r.doc_text(c.doc)
        asked = None
        if any(r.endswith("the table's total row gives the whole") for r in v.reasons):
            cell = total_row_cell(text, v.fact.fig.start)
        elif (asked := _row_asked(v.reasons)) is not None:
            # another row's figure, the body asked being a row of the same table (琼岑区 asked, 琼泽县's
            # 整改完成率 ranked): the same field of the asked body's row, judged in its place
            cell = row_cell(text, v.fact.fig.start, re.escape(asked))
        else:
            continue
        if cell is None and asked is not None:
            # a prose figure refused as the whole's: the asked body's own line of a table elsewhere in the
            # notice (玥山市\t184276\t1118…), which the retriever may not have ranked, is judged in its place
            line = re.search(r"(?m)^[ \t|｜]*" + re.escape(asked) + r"[ \t|｜]+\d[^\n]*$", text)
            cell = (line.start(), line.end()) if line else None
        if cell is None:
            continue
        for f in self.facts(c.doc):
            if cell[0] <= f.fig.start < cell[1] and (f.fig.doc, f.fig.start) not in used \
                    and all(w.fact is not f for w, _ in verdicts):
                a, b = text.rfind("\n", 0, f.fig.start) + 1, text.find("\n", f.fig.start)
                b = b if b >= 0 else len(text)
                cand = replace(c, start=a, end=b, text=text[a:b])  # the total row's line, scored as the row's
                w = judge(part, f, c.score, text, (c.subject or "") + " " + " ".join(self.places(c.doc)), self.matcher,
                          self.cfg, (f.fig.doc, f.fig.sentence_start) in anchor, self.year(c.doc), facts=self.facts(c.doc),
                          outline=getattr(self, "_outlines", {}).get(c.doc), narrowing=narrowing)
                verdicts.append((w, cand))
        verdicts.sort(key=lambda vc: -vc[0].score)
        break
    return verdicts


def support_reason(self, part, verdict, cand, anchor: set) -> tuple[str | None, float]:
    """(why this fact's sentence holds too few of the question's words, or None; the support)."""
    support = self.support(part.info, cand)
    if support < self.cfg.support_min and verdict.measure < self.cfg.support_waive and not verdict.agrees and not verdict.placed \
            and (verdict.fact.fig.doc, verdict.fact.fig.sentence_start) not in anchor:
        return f"evidence holds {support:.1%} of the question's distinctive words (< {self.cfg.support_min:.1%})", support
    return None, support


def answer_verdicts(self, part, verdicts: list, anchor: set, pick: int = 0):
    """The part's answer from its judged facts, taking verdicts[pick] as the fact that answers it
    (the extractive engine takes the best; the llm engine the one the model chose)."""
    from .compose import PartAnswer, fact_text

    if not verdicts:
        return PartAnswer(part.text, None, "no figure in the passages that mention it")
    if pick == 0 and verdicts[0][0].agrees and not verdicts[0][0].reasons \
            and self.support(part.info, verdicts[0][1]) < self.cfg.agree_support_min:
        # the verbs' agreement waives the share of the question's words only when no other fact that
        # agrees as well, and scores about as well, holds more of them (给企业退回: 清退…惠及企业, not
        # 退还多收费用…为消费者)
        for i, (v, c) in enumerate(verdicts[1:6], 1):
            if verdicts[0][0].score - v.score > self.cfg.w_measure:
                break
            # (…乐途国际旅行社…案 heads the paragraph whose 对该社处罚款30万元 answers: with the headings each stands
            # under, the other must hold as many of the question's words)
            if v.agrees and not v.reasons and self.support(part.info, c) >= self.cfg.agree_support_min \
                    and self.support(part.info, c, heading=True) >= self.support(part.info, verdicts[0][1], heading=True):
                verdicts.insert(0, verdicts.pop(i))
                break
    if pick == 0 and verdicts[0][0].acted:
        # 审计指出,少收配套费2946.7万元…。…已追缴入库2318.5万元, asked 补收回来多少: the best figure is the thing
        # asked with another verb; the figure of its paragraph the asked verb is said of answers
        top = verdicts[0][0]
        for i, (v, c) in enumerate(verdicts[1:6], 1):
            if top.score - v.score > self.cfg.w_measure + self.cfg.w_reason:
                break
            # (or one elsewhere that says the thing asked at least as well, with the very verb asked: 累计取缔41家
            # for 一共关掉了多少家, over 查处…19家)
            if (v.agrees or _verb_of_asked_class(self, part, v) and v.measure >= top.measure) and not v.reasons \
                    and v.fact.fig.doc == top.fact.fig.doc \
                    and ("\n" not in self.r.doc_text(top.fact.fig.doc)[min(top.fact.fig.start, v.fact.fig.start):max(top.fact.fig.start, v.fact.fig.start)]
                         or v.measure >= top.measure):
                verdicts.insert(0, verdicts.pop(i))
                break
    outside = None
    named = list(part.who) if pick == 0 and part.who and verdicts[0][0].reasons \
        and any(r.startswith(f"{w}: figure not given") for r in verdicts[0][0].reasons[:1] for w in part.who) else []
    if pick == 0 and not named and verdicts[0][0].reasons \
            and (outside := re.match(r"([^:]{2,30}): the notice gives .* outside \1's own item", verdicts[0][0].reasons[0])) \
            and outside.group(1) in fold(part.text):
        named = [outside.group(1)]  # (皬州臻美整形外科医院…被罚款多少: 84.5万元 lies outside that hospital's own case)
    if named:
        # the best figure is another body's, and one a little lower fills every slot in a sentence that names
        # the body asked (…居前三位的是癛东县、癛南区、癛西县,分别为856.42万元…), or, past the body's own item,
        # one that item owns (◆ X医院…案。…处罚款19万元): that one answers
        for i, (v, c) in enumerate(verdicts[1:9], 1):
            fs = v.fact.fig
            text = self.r.doc_text(fs.doc)
            sent = fold(fs.subject or "") if outside else \
                fold(text[fs.sentence_start if fs.sentence_start is not None else v.fact.clause_start:
                          fs.sentence_end if fs.sentence_end is not None else v.fact.clause_end])
            if not v.reasons and v.measure >= self.cfg.measure_min and all(fold(w) in sent for w in named) \
                    and (not outside or v.agrees or v.measure >= verdicts[0][0].measure - 0.05):
                # (outside the body's own item, the lower figure must do what is asked, not merely sit there:
                # 新增延时服务窗口2个 in the 政务服务中心's item answers no 作风问题)
                verdicts.insert(0, verdicts.pop(i))
                break
    best, cand = verdicts[pick]
    others = verdicts[:pick] + verdicts[pick + 1:]
    if best.reasons and (rows := prefix_rows_sum(self, part, best, cand)) is not None:
        return rows
    if best.reasons and pick == 0 and (pair := two_periods_pair(self, part, verdicts)) is not None:
        # 2025年1—6月的按期办结率比2024年提高了多少个百分点: both levels stated, each with its period
        from .compose import change

        done = change(*pair)
        if done is not None:
            cites = []
            for f in pair:
                text = self.r.doc_text(f.fig.doc)
                cites += [Citation(f.fig.doc, a, b, text[a:b]) for a, b in self.sentence_spans(text, f.fig.start, f.fig.end)[:1]]
            return PartAnswer(part.text, done[0], None, cites, list(pair), computed=done[1], measure=best.measure)
    weak, support = support_reason(self, part, best, cand, anchor)
    self._last_support = support
    if best.reasons and best.reasons[0].startswith("period not covered") and pick == 0:
        # a stretch the notice states only as the difference or sum of two others (上半年 = 全年 − 下半年)
        from .derive import from_change, from_named_base, from_periods

        year = self.year(best.fact.fig.doc)
        y = int(year) if year else None
        got = from_periods(part, verdicts, self.cfg.measure_min, y) \
            or from_change(part, verdicts, self.cfg.measure_min, y, self.facts, self.r.doc_text) \
            or from_named_base(part, verdicts, self.cfg.measure_min, self.facts, self.r.doc_text)
        if got is not None:
            cites = []
            for f in got[2]:
                text = self.r.doc_text(f.fig.doc)
                for a, b in self.sentence_spans(text, f.fig.start, f.fig.end)[:1]:
                    if all((x.doc, x.start) != (f.fig.doc, a) for x in cites):
                        cites.append(Citation(f.fig.doc, a, b, text[a:b]))
            return PartAnswer(part.text, got[0], None, cites, got[2], computed=got[1], measure=best.measure, support=support)
    if best.reasons and pick == 0 and anchor and REMAIN_Q.search(fold(part.text)):
        # 立案683件,结案612件 answered the earlier parts (and are used up); 还有多少件没有结案 is what is left
        # of the one by the other, in the sentence that answered them
        from .derive import derive

        from .evidence import _content, _share, bigrams

        for doc, s0 in sorted(anchor):
            facts = self.facts(doc)
            sent = next((fold(self.r.doc_text(doc)[f.fig.sentence_start:f.fig.sentence_end]) for f in facts
                         if f.fig.sentence_start == s0 and f.fig.sentence_end is not None), "")
            from .evidence import measure_core

            own = [g for g in bigrams(_content(measure_core(fold(part.measure or ""), list(part.who) + self.places(doc))))
                   if len(g) == 2 and not re.search(r"[多少几还剩没有未]", g)]
            if len(own) >= 3 and _share(own, sent) < 0.5:
                continue  # (…省级督办问题还剩几处没有销号: a thing of its own, not what the first part's sentence counts)
            for f in facts:
                if f.fig.sentence_start != s0 or part.kinds and f.kind not in part.kinds:
                    continue
                got = derive(part, f, facts, self.r.doc_text(doc))
                if got is not None and got[1] is not None:
                    text = self.r.doc_text(doc)
                    cites = [Citation(doc, a, b, text[a:b]) for a, b in self.sentence_spans(text, f.fig.start, f.fig.end)[:1]]
                    return PartAnswer(part.text, got[0], None, cites, got[2], computed=got[1], measure=best.measure, support=support)
    if best.reasons and pick == 0 and all(r.startswith("change not stated: ") for r in best.reasons) \
            and (pair := level_and_year_before(self, part, best.fact)) is not None:
        # 2024年立的案比前一年多了几件 asked; 立案审查调查213件(2023年为191件…): the level and the same measure
        # a year before, both stated; their difference is the change asked
        from .derive import computed_answer

        level, earlier = pair
        done = computed_answer(level, earlier, -1, "本年数减去上年数")
        if done is None and re.search(r"减少|下降|降低|少|压减|缩减", fold(part.text)):
            done = computed_answer(earlier, level, -1, "上年数减去本年数")  # (a fall: 1240亩 → 386亩)
        if done is not None:
            text = self.r.doc_text(level.fig.doc)
            cites = [Citation(level.fig.doc, a, b, text[a:b]) for a, b in self.sentence_spans(text, level.fig.start, level.fig.end)[:1]]
            if not any(c.start <= earlier.fig.start < c.end for c in cites):
                cites += [Citation(earlier.fig.doc, a, b, text[a:b]) for a, b in self.sentence_spans(text, earlier.fig.start, earlier.fig.end)[:1]]
            return PartAnswer(part.text, done[0], None, cites, [level, earlier], computed=done[1], measure=best.measure, support=support)
    if best.reasons:
        return PartAnswer(part.text, None, best.reasons[0], nearest=best.fact.fig.sentence, measure=best.measure, support=support)
    if weak:
        return PartAnswer(part.text, None, weak, measure=best.measure, support=support)
    chosen = [(best, cand)]
    if part.asks > 1:
        # one fact per 多少/几 (多少钱…几处 → an amount and a count), from the best sentences on
        wants = list(part.wants)
        if best.fact.kind in wants:
            wants.remove(best.fact.kind)
        elif "" in wants:
            wants.remove("")
        # (拆除违法建设637宗、面积21.46万平方米: the figure said with the first, in its clause, before others
        # of the kind further on, 其中…19.87万平方米)
        near = [(v, c) for v, c in others if v.fact.fig.doc == best.fact.fig.doc and v.fact.clause_start == best.fact.clause_start]
        for want in wants[:part.asks - 1]:
            got = [v.fact for v, _ in chosen]
            for v, c in (near if want else []) + [x for x in others if not want or x not in near]:
                if v.fact in got or (want and v.fact.kind != want):
                    continue
                if v.reasons and not (want and v.reasons[0].startswith("answer type")):
                    continue
                if not want and any(unit_fits(v.fact.fig.unit, [f.fig.unit]) and v.fact.fig.value == f.fig.value for f in got):
                    continue
                chosen.append((v, c))
                break
    if part.asks == 1 and not part.info.units and best.fact.kind == "count" and len(chosen) == 1:
        # 拆掉了多少违章建筑 asked with no unit, 拆除违法建（构）筑物187处、面积41260平方米 stated: the things and
        # their size, said as one (the size is an attribute of the things counted, not another count)
        text = self.r.doc_text(best.fact.fig.doc)
        size = re.match(r"[、,，]?(?:总|建筑|占地|涉及)?(?:面积|长度|里程)(?:约|达|共|为)?", text[best.fact.fig.end:best.fact.fig.end + 12])
        if size:
            pos = best.fact.fig.end + size.end()
            for v, c in others:
                if v.fact.fig.doc == best.fact.fig.doc and v.fact.fig.start == pos and v.fact.kind in ("area", "length"):
                    chosen.append((v, c))
                    break
    chosen.sort(key=lambda vc: vc[0].fact.fig.start)
    facts = [v.fact for v, _ in chosen]
    cites = []
    for _, c in chosen:
        if all((x.doc, x.start) != (c.doc, c.start) for x in cites):
            cites.append(Citation(c.doc, c.start, c.end, c.text))
    anchored = (best.fact.fig.doc, best.fact.fig.sentence_start) in anchor
    if len(facts) == 1 and (not anchored or REMAIN_Q.search(fold(part.text))):
        # (a later part anchored to the first's sentence may still ask what is left of it: 还剩几处没拆)
        from .derive import derive

        got = derive(part, facts[0], self.facts(facts[0].fig.doc), self.r.doc_text(facts[0].fig.doc))
        if got is not None:
            for f in got[2]:  # every input cited, in its own sentence
                if not any(c.doc == f.fig.doc and c.start <= f.fig.start < c.end for c in cites):
                    text = self.r.doc_text(f.fig.doc)
                    for a, b in self.sentence_spans(text, f.fig.start, f.fig.end)[:1]:
                        cites.append(Citation(f.fig.doc, a, b, text[a:b]))
            return PartAnswer(part.text, got[0], None, cites, got[2], computed=got[1], measure=best.measure, support=support)
        if (done := done_not_left(part.text, facts[0], self.r.doc_text(facts[0].fig.doc))):
            return PartAnswer(part.text, None, done, measure=best.measure, support=support)
        if (one := one_of_named_sum(part.text, facts[0], self.r.doc_text(facts[0].fig.doc))):
            return PartAnswer(part.text, None, one, measure=best.measure, support=support)
    # (not a part of a change between two years the question names, 2024年比2023年多了几个: the parts' levels
    # are composed into it)
    two_years = len(set(re.findall(r"(?:19|20)\d\d年", fold(part.whole or "")))) >= 2 and part.whole != part.text
    if len(facts) == 1 and not two_years and (pair := from_to(self, facts[0], part)) and (_CHANGE_Q.search(part.text) or asks_own_change(self, part.text, pair)):
        from .compose import change

        done = change(*pair)
        if done is not None:
            for f in pair:  # each end cited in its own sentence (two rates stated apart)
                if not any(c.doc == f.fig.doc and c.start <= f.fig.start < c.end for c in cites):
                    text = self.r.doc_text(f.fig.doc)
                    for a, b in self.sentence_spans(text, f.fig.start, f.fig.end)[:1]:
                        cites.append(Citation(f.fig.doc, a, b, text[a:b]))
            return PartAnswer(part.text, done[0], None, cites, list(pair), computed=done[1],
                              measure=best.measure, support=1.0 if anchored else support)
    return PartAnswer(part.text, ",".join(fact_text(f) for f in facts), None, cites, facts,
                      measure=best.measure, support=1.0 if anchored else support)


# two things summed by name (罚款和罚没款一共多少, 属实和部分属实的一共几件)
# (not 对客户经理和支行行长一共罚了多少: those one act was done to, counted in one figure)
_NAMED_SUM_Q = re.compile(r"(?<![对向给为把])([\u4e00-\u9fff]{2,10}?)(?:和|(?<![涉以])及|与|以及|加上)(?!的)([\u4e00-\u9fff]{2,8}?)的?"
                          r"(?:合计|共计|一共|总共|加起来|总计|合起来|之和)(?:是|为|有)?(?:多少|几)")


def one_of_named_sum(question: str, fact, text: str) -> str | None:
    """The question sums two things it names (开出的罚款和罚没款一共多少) and the one figure found holds
    only one of them (罚没款38.6万元): that is a part of the sum, not the sum; the reason, or None."""
    from .derive import _holds

    m = _NAMED_SUM_Q.search(fold(question))
    if not m or re.search(r"[对向给为把]", m.group(1)):
        return None
    a, b = m.group(1), m.group(2)
    if _holds(a, text, fact) == _holds(b, text, fact):
        return None  # (补缴土地出让金及滞纳金共计…: one figure states both; 应为“3865.2万元”: neither named there)
    return f"the sum of {a} and {b} is asked; the notice gives {fact.fig.text} ({fact.measure}) for one of them"


_LAST_YEAR_BESIDE = re.compile(r"\s*[(（,，]\s*(?:上一?年|去年|前一年)(?:同期)?(?:为|是)?\s*")
_YEAR_BEFORE_Q = re.compile(r"(?:比|较)(?:上年|去年|上一年|前一年)|同比")


# a measure said of the year before (上年同期追回): the same measure a year earlier
_YEAR_BEFORE_SAID = re.compile(r"(?:上一?年|去年|前一年)同期(.*)$")
# the base of a comparison right after the level: 比上一年同期的57起, 较2023年排查时的1240亩
_BASE_AFTER = re.compile(r"[,，]?\s*(?:较|比)(?:((?:19|20)\d\d)年|上一年|上年|去年|前一年)(?:同期)?[^,，。;；\d]{0,10}?")


def level_and_year_before(self, part, fact):
    """(level, the same measure a year before) when the question asks the change on the year before and
    the fact is either of them, both stated (…共发生火灾41起,比上一年同期的57起下降28.1%); else None."""
    if (earlier := year_before(self, part, fact)) is not None:
        return fact, earlier
    if (pair := round_before(self, part, fact)) is not None:
        return pair
    if not _YEAR_BEFORE_Q.search(fold(part.text)):
        return None
    text = self.r.doc_text(fact.fig.doc)
    from .evidence import _measure_words
    from .textables import paragraph_start

    said = _YEAR_BEFORE_SAID.match(fold(fact.measure or ""))
    for g in self.facts(fact.fig.doc):
        if g.fig.end <= fact.fig.start and g.fig.unit == fact.fig.unit and fact.fig.start - g.fig.end <= 16 \
                and (m := _BASE_AFTER.fullmatch(fold(text[g.fig.end:fact.fig.start]))) and not m.group(1):
            return g, fact  # (the fact is the base named after the level: 比上一年同期的57起)
        if said and g.fig.end <= fact.fig.start and g.fig.unit == fact.fig.unit and fact.fig.start - g.fig.end <= 120 \
                and paragraph_start(text, g.fig.start) == paragraph_start(text, fact.fig.start) \
                and len(rest := _measure_words(said.group(1))) >= 2 and rest in _measure_words(g.measure):
            return g, fact  # (…追回医保基金2419.8万元,…,上年同期追回1536.2万元: the fact is the year before's)
    if _YEAR_BEFORE_PERIOD.fullmatch(fold(fact.fig.period or "")):
        # (执结1147件…。去年同期,全院执结涉民生案件986件: the year before's figure in a sentence of its own, the
        # level it compares with the nearest one before it whose measure says the same with fewer or more words)
        own = _measure_words(fact.measure)
        for g in sorted(self.facts(fact.fig.doc), key=lambda g: -g.fig.start):
            if g.fig.end > fact.fig.start or fact.fig.start - g.fig.end > 800:
                continue
            other = _measure_words(g.measure)
            if g.fig.unit == fact.fig.unit and len(own) >= 2 and len(other) >= 2 and (other in own or own in other) \
                    and not _YEAR_BEFORE_PERIOD.fullmatch(fold(g.fig.period or "")):
                return g, fact
    return None


# a figure's period that is the same stretch a year before (去年同期, 上年同期)
_YEAR_BEFORE_PERIOD = re.compile(r"(?:上一?年|去年|前一年)同期")


_ROUND_Q = re.compile(r"(?:和|与|同|跟|比|较)(上一?轮|上一?次|前一轮|首轮)")


def round_before(self, part, fact):
    """(level, base) when the question sets this round against an earlier one (与上一轮审计相比…减少了多少) and
    the notice states both: the base inside its own 与上一轮…相比 (与上一轮审计发现…违规金额537.9万元相比), the
    level the same measure said before it in the paragraph (涉及违规金额412.68万元)."""
    from .evidence import _measure_words, folded_doc
    from .textables import paragraph_start

    q = _ROUND_Q.search(fold(part.text))
    if q is None:
        return None
    text = self.r.doc_text(fact.fig.doc)
    folded = folded_doc(text)
    p0 = paragraph_start(text, fact.fig.start)
    facts = self.facts(fact.fig.doc)

    def opened_base(g):
        lead = folded[max(p0, g.fig.start - 60):g.fig.start]
        at = max(lead.rfind(w) for w in ("与", "和", "同", "跟"))
        return at >= 0 and lead[at + 1:at + 1 + len(q.group(1))] == q.group(1) and not re.search(r"[。;]", lead[at:]) \
            and "相比" in re.split(r"[。;]", folded[g.fig.end:g.fig.end + 40])[0]

    def same(a, b):
        x, y = _measure_words(a.measure), _measure_words(b.measure)
        return a.fig.unit == b.fig.unit and len(x) >= 2 and len(y) >= 2 and (x in y or y in x)

    if opened_base(fact):
        level = max((g for g in facts if paragraph_start(text, g.fig.start) == p0 and g.fig.end <= fact.fig.start
                     and not opened_base(g) and same(g, fact)), key=lambda g: g.fig.start, default=None)
        return (level, fact) if level is not None else None
    base = min((g for g in facts if paragraph_start(text, g.fig.start) == p0 and g.fig.start >= fact.fig.end
                and opened_base(g) and same(g, fact)), key=lambda g: g.fig.start, default=None)
    return (fact, base) if base is not None else None


def year_before(self, part, fact):
    """The same measure a year before the fact's, stated in its paragraph (213件 …(2023年为191件)), when the
    question asks the change on the year before; else None."""
    from .evidence import _measure_words, _share, bigrams
    from .textables import paragraph_start

    if not _YEAR_BEFORE_Q.search(fold(part.text)):
        return None
    text = self.r.doc_text(fact.fig.doc)
    own = re.search(r"((?:19|20)\d\d)年", fold(fact.fig.period or fact.period or part.period or ""))
    year = int(own.group(1)) if own else (int(y) if (y := self.year(fact.fig.doc)) else None)
    if year is None:
        return None
    grams = bigrams(_measure_words(fact.measure))
    p0 = paragraph_start(text, fact.fig.start)
    for g in self.facts(fact.fig.doc):
        if g is fact or g.fig.unit != fact.fig.unit or paragraph_start(text, g.fig.start) != p0 or abs(g.fig.start - fact.fig.start) > 120:
            continue
        # (排查发现撂荒面积386亩,较2023年排查时的1240亩下降68.9%: the base of the comparison, right after the
        # level, is the same measure at the year it names)
        base = _BASE_AFTER.fullmatch(fold(text[fact.fig.end:g.fig.start])) if g.fig.start > fact.fig.end else None
        if base and (not base.group(1) or int(base.group(1)) == year - 1):
            return g  # (比上一年同期的57起: the year before, named without its number)
        if g.fig.start > fact.fig.end and _LAST_YEAR_BESIDE.fullmatch(fold(text[fact.fig.end:g.fig.start])):
            return g  # (综合得分78.34分(上年75.62分): last year's value set beside the level)
        when = re.search(r"((?:19|20)\d\d)年", fold(g.fig.period or g.period or ""))
        if when and int(when.group(1)) == year - 1 and (g.measure == fact.measure or grams and _share(grams, fold(g.measure)) >= 0.8):
            return g
        # (…已追回医保基金2419.8万元,…,上年同期追回1536.2万元: the year before named without its number, its
        # measure the level's said again)
        said = _YEAR_BEFORE_SAID.match(fold(g.measure or ""))
        if said and len(rest := _measure_words(said.group(1))) >= 2 and rest in _measure_words(fact.measure) and g.fig.start > fact.fig.start:
            return g
    return None


def cited_reasons(self, question: str, cites: list[Citation]) -> list[str]:
    """The same checks on evidence another engine cited (the llm engine's quotes): for each number
    part, the best fact inside the cited sentences must fill every asked slot. Returns the reasons
    it does not, in the extractive engine's words; [] when the citations hold no figure to judge."""
    from .slots import read

    out = []
    for part in read(question).parts:
        if part.answer_type != "number":
            continue
        self.matcher.embed([fold(part.measure), fold(part.topic)])
        best = None
        for c in cites:
            text = self.r.doc_text(c.doc)
            spans = self.sentence_spans(text, c.start, c.end) or [(c.start, c.end)]
            context = " ".join(self.places(c.doc))
            for f in self.facts(c.doc):
                if any(a <= f.fig.start < b for a, b in spans):
                    v = judge(part, f, 0.0, text, context, self.matcher, self.cfg, year=self.year(c.doc),
                              facts=self.facts(c.doc), outline=getattr(self, "_outlines", {}).get(c.doc), narrowing=narrowing)
                    if best is None or v.score > best.score:
                        best = v
        if best is not None and best.reasons:
            out.append(best.reasons[0])
    return out




def asks_own_change(self, question: str, pair) -> bool:
    """The question asks how much the notice's own verb of the change moved it (由312辆压减至246辆,
    asked 压减了多少辆): the two characters before 到/至, then 了多少/几."""
    a, b = pair
    between = fold(self.r.doc_text(a.fig.doc)[a.fig.end:b.fig.start])
    verb = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"到|至", between)[0])[-2:]
    return len(verb) == 2 and bool(re.search(re.escape(verb) + r"了?(?:多少|几)", fold(question)))


def from_to(self, fact, part=None):
    """(A, B) when the fact is one end of a stated change 由A…到/至B in its clause, or the base said right
    after a level (43起,较上年同期的29起: (29起, 43起)), the change itself not stated as a figure of its own;
    else None."""
    text = fold(self.r.doc_text(fact.fig.doc))
    # (查处隐形变异培训问题43起,较上年同期的29起有所增加: the value compared against, right after the level)
    # (not for a part that asks a time of its own, 上季度少了多少件: the base itself is that part's answer)
    if not (part is not None and (part.period or part.whole and part.whole != part.text)) \
            and re.search(r"[,，]\s*(?:较|比|相比)于?[^,，;；。\d]{1,12}的$", text[max(0, fact.fig.start - 16):fact.fig.start]):
        level = max((f for f in self.facts(fact.fig.doc) if f.kind == fact.kind and f.fig.unit == fact.fig.unit
                     and f.fig.end <= fact.fig.start and f.fig.start >= max(text.rfind(c, 0, fact.fig.start) for c in "。;\n")),
                    key=lambda f: f.fig.start, default=None)
        if level is not None and re.fullmatch(r"[,，]\s*(?:较|比|相比)于?[^,，;；。\d]{1,12}的", text[level.fig.end:fact.fig.start]):
            return fact, level
    same = [f for f in self.facts(fact.fig.doc) if f.clause_start == fact.clause_start and f.kind == fact.kind]
    if len(same) != 2:
        from .evidence import apart_pair

        return apart_pair(self.facts(fact.fig.doc), fact, self.r.doc_text(fact.fig.doc))  # 仅为73.8% … 提升至88.6%
    a, b = sorted(same, key=lambda f: f.fig.start)
    if re.search(r"(?:由|从)(?:[^\d由从到至]|(?:19|20)\d\d年|\d{1,2}月)*$", text[a.clause_start:a.fig.start]) and re.search(r"(?:到|至)(?:[^\d]|(?:19|20)\d\d年|\d{1,2}月)*$", text[a.fig.end:b.fig.start]):
        return a, b
    return None


_SUM_Q = re.compile(r"合计|共计|总计|一共|总共|加起来|合起来|之和|共有|共[\u4e00-\u9fff]{0,4}(?:多少|几)")


def prefix_rows_sum(self, part, best, cand):
    """睂口镇的三个村合计收回资金多少 asked of a table whose rows name each village with its town
    (睂口镇河湾村|…|18.62): the town has no row, the table's total row is the county's; the sum of the
    town's rows, each cited, answers (computed)."""
    from .compose import PartAnswer, fmt
    from .numerals import normalize
    from .textables import prefix_row_cells

    if not _SUM_Q.search(fold(part.text)) or not any("row; the table's total row gives the whole" in r for r in best.reasons):
        return None
    text = self.r.doc_text(best.fact.fig.doc)
    got = row_name(text, best.fact.fig.start)
    if got is None:
        return None
    q = fold(part.text)
    prefixes = [p for p in (fold(w) for w in part.who) if got[0].startswith(p) and len(got[0]) > len(p) and p in q]
    if not prefixes:
        return None
    cells = prefix_row_cells(text, best.fact.fig.start, max(prefixes, key=len))
    facts = [f for a, b in cells for f in self.facts(best.fact.fig.doc) if a <= f.fig.start < b]
    if len(facts) < 2 or len(facts) != len(cells):
        return None
    norm = [normalize(f.fig.value, f.fig.unit) for f in facts]
    if len({u for _, u in norm}) != 1:
        return None
    total = sum(v for v, _ in norm)
    unit = norm[0][1]
    shown, shown_unit = total, unit
    if len({f.fig.unit for f in facts}) == 1:
        shown, shown_unit = sum(f.fig.value for f in facts), facts[0].fig.unit or ""
    expr = "+".join(f.fig.text for f in facts)
    computed = {"op": "sum", "result": total, "unit": unit, "result_text": f"{fmt(round(shown, 6))}{shown_unit}", "expression": expr,
                "inputs": [{"doc": f.fig.doc, "start": f.fig.start, "end": f.fig.end, "text": f.fig.text, "value": v, "unit": u}
                           for f, (v, u) in zip(facts, norm)]}
    cites = []
    for f in facts:
        a, b = text.rfind("\n", 0, f.fig.start) + 1, text.find("\n", f.fig.start)
        b = b if b >= 0 else len(text)
        cites.append(Citation(f.fig.doc, a, b, text[a:b]))
    return PartAnswer(part.text, f"{fmt(round(shown, 6))}{shown_unit}(计算所得:{expr},各行相加)", None, cites, facts,
                      computed=computed, measure=best.measure)


_BASE_YEAR_Q = re.compile(r"(?:比|较|与|和|跟)((?:19|20)\d\d年度?|" + INSPECTION_TIME + r")(?:相比|同期)?[^,;?。]{0,8}?(?:提高|提升|增加|增长|上升|下降|降低|减少|升|降|多|少)了?(?:多少|几)")


def two_periods_pair(self, part, verdicts: list):
    """(the base's fact, the asked period's fact) when a change is asked between the question's own period and
    a year it names (2025年1—6月…比2024年提高了多少), and the notice states the same measure at both, each with
    its period said (2024年…按期办结率仅为82.4% … 2025年1—6月,…按期办结率96.5%); else None."""
    from .evidence import _measure_words

    q = fold(part.text)
    base = _BASE_YEAR_Q.search(q)
    if base is None or not part.period or base.group(1) in fold(part.period):
        return None
    def fits(v, floor: float) -> bool:
        # (the body asked, 睷北县经济开发区, is both figures' own: its rate at the inspection and now)
        return v.measure >= floor and all(r.startswith(("answer type not stated", "period not covered")) for r in v.reasons) \
            and (not part.who or any(fold(w) in fold(v.fact.fig.subject or "") for w in part.who))

    now = [v.fact for v, _ in verdicts[:10] if fits(v, max(self.cfg.measure_min, 0.9)) and fold(v.fact.fig.period or "") == fold(part.period)]
    # (the base's own measure may say more, 省级以上工业园区…处理率: same() below judges the two alike)
    then = [v.fact for v, _ in verdicts[:10] if fits(v, self.cfg.measure_min)
            and fold(v.fact.fig.period or "").rstrip("度") == base.group(1).rstrip("度")]
    wanted = {"percent"} if "points" in part.kinds else set(part.kinds or ())

    def same(x, y) -> bool:
        a, b = _measure_words(x.measure), _measure_words(y.measure)
        return x.fig.doc == y.fig.doc and x.kind == y.kind and x.fig.unit == y.fig.unit and len(a) >= 2 and len(b) >= 2 \
            and (a.endswith(b) or b.endswith(a)) and (not wanted or x.kind in wanted)

    pairs = [(t, n) for n in now for t in then if same(t, n)]
    return pairs[0] if len(pairs) == 1 else None
