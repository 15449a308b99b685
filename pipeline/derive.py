"""Figures a notice implies but does not state, computed from two it does (marked `computed`):

- what is left: 对23座矿山开展修复,已完成修复16座 asked "还有多少座没有完成" → 23座 − 16座;
- what a total holds besides a part it breaks out: 追缴资金2963.5万元,其中退还群众1108万元 asked
  "除退还群众的部分外还有多少" → 2963.5万元 − 1108万元;
- the value before a stated change: 履约率达到96.7%,较整改前提高11.2个百分点 asked "整改前是多少"
  → 96.7% − 11.2个百分点.

Both read only the structure of the notice's sentence (已 before the done part, 较…提高/增加 before
the change) and the kind of figure; a figure the notice states itself (尚未…7座) is answered as read.
"""
from __future__ import annotations

import re

from .slots import BEFORE_Q, CHANGE_Q, REMAIN_Q  # noqa: F401 - questions that ask a change, a remainder, a value before
from .textnorm import fold

_DONE = re.compile(r"已(?:经)?[\u4e00-\u9fff]{0,8}$|完成[\u4e00-\u9fff]{0,4}$")
_LEFT = re.compile(r"(?:尚未|未|剩余|剩下|还有|仍有|其余)[\u4e00-\u9fff]{0,8}$")
# the done part said after its figure (在建项目中有7个已达到年度计划, 8个均已完工)
_DONE_AFTER = re.compile(r"(?:均|都|全部)?(?:已经?|业已)|完成")
_UP = re.compile(r"(?:较|比)[^,,;;。\d]{0,8}(?:提高|增加|增长|提升|上升|多)了?(?:约|近)?$")
_DOWN = re.compile(r"(?:较|比)[^,,;;。\d]{0,8}(?:下降|减少|降低|缩短|压缩|少)了?(?:约|近)?$")


def _base(fact):
    from .evidence import _base_of

    return _base_of(fact)


def _lead(text: str, fact) -> str:
    return fold(text[fact.clause_start:fact.fig.start])


def _done(text: str, fact) -> bool:
    return bool(_DONE.search(_lead(text, fact)) or _DONE_AFTER.match(fold(text[fact.fig.end:fact.clause_end])))


def _near(text: str, f, best) -> bool:
    """In best's sentence, or close by in its record (a ledger's row, a paragraph): a remainder stated
    in the next row is another item's."""
    from .textables import record_start

    if f.fig.sentence_start == best.fig.sentence_start or (
            abs(f.fig.start - best.fig.start) < 160 and record_start(text, f.fig.start) == record_start(text, best.fig.start)):
        return True
    # → 523个 —— 发现问题 / → 491个 —— 督促整改到位: adjacent lines of one marked list, each a figure first
    a, b = sorted((f.fig.start, best.fig.start))
    la, lb = text.rfind("\n", 0, a) + 1, text.rfind("\n", 0, b) + 1
    if 0 < lb - la and b - a < 160 and text.count("\n", la, lb) == 1 and not _LINE_MARK.match(text, lb):
        return True  # (查实164家,涉及金额1137.8万元。\n已追回1052.1万元: the next line of one short block goes on)
    return 0 < lb - la < 120 and text.count("\n", la, lb) == 1 and _FIGURE_FIRST.match(text, la) is not None \
        and _FIGURE_FIRST.match(text, lb) is not None and text[la:la + 1] == text[lb:lb + 1]


# a line that opens a new item (▍问题三：, (二), 2.): no continuation of the line before
_LINE_MARK = re.compile(r"\s*(?:[^\w\s（(]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．]|问题[一二三四五六七八九十\d]+)")
# a line that opens with a marker and then its figure (→ 523个 ——, ▶ 18个：)
_FIGURE_FIRST = re.compile(r"[^\w\s]\s*\d")


def stated_left(facts: list, best, text: str, question: str = ""):
    """The figure the notice itself gives as what is left (仍有8家未整治到位, 尚有…), near the best one, of
    its kind and counted in its unit; else, anywhere in the notice, one whose own words say the very thing
    the question asks is undone (仍未整改到位的…: 已回复但未整改到位的检察建议仍有65件); else None."""
    kin = [f for f in facts if f is not best and f.kind == best.kind and _base(f)[1] == _base(best)[1]]
    near = [f for f in kin if _near(text, f, best)]
    for f in sorted(near, key=lambda f: abs(f.fig.start - best.fig.start)):
        after = fold(text[f.fig.end:min(f.fig.end + 4, f.clause_end)])
        if _LEFT.search(_lead(text, f)) or re.match(r"(?:尚未|未|没有|仍未)", after):
            return f
    undone = re.search(r"(?:尚未|仍未|没有|未|没)([\u4e00-\u9fff]{2,4}?)(?:到位|完成|的|来|[^\u4e00-\u9fff]|$)", question)
    if undone:
        # (and the thing asked named in its words: 检察建议…仍有65件, not another set's 未完成整改4个)
        thing = {question[i:i + 2] for i in range(len(question) - 1)} - {undone.group(1)[i:i + 2] for i in range(len(undone.group(1)) - 1)}
        thing = {g for g in thing if re.fullmatch(r"[\u4e00-\u9fff]{2}", g) and not re.search(r"[的了多少几还有没未仍尚是在中对个件项]", g)}
        said = [f for f in kin if re.search(r"(?:尚未|仍未|没有|未|没)" + re.escape(undone.group(1)[:2]), _lead(text, f)[-24:])
                and _LEFT.search(_lead(text, f)) and any(g in _lead(text, f) for g in thing)]
        if said:
            return said[0]
    return None


def _as_of(text: str, f) -> tuple[int, int, int] | None:
    """The date a figure's sentence stands at (截至2024年11月30日), as (year, month, day), or None."""
    a = f.fig.sentence_start if f.fig.sentence_start is not None else f.clause_start
    m = None
    for m in re.finditer(r"(?:截至|截止)((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日|底|末)?", fold(text[a:f.fig.start])):
        pass
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 31)) if m else None


def _does(verb: str, f, text: str) -> bool:
    """The figure's own act is the verb the question negates, or one of its kind (没要回来 of 仅追回102万元)."""
    if verb in fold(f.measure):
        return True
    from .actions import classes, fact_action

    own = fact_action(_lead(text, f))
    return bool(own) and not re.search(r"应(?:当|该)?$", _lead(text, f)[:_lead(text, f).rfind(own)]) \
        and bool(classes(verb) & classes(own) - {"arrears"})


def _named_whole(facts: list, best, text: str, question: str, near: list) -> list:
    """The whole of a thing the question names, stated where the notice first describes it (2.实施三组、五组通组道路
    硬化,长1.2公里 in the plan; 截至9月30日已完成混凝土浇筑0.8公里 in the progress, paragraphs below): a larger
    figure in the same unit whose sentence names the thing asked (four characters or more of the question, said in
    the done figure's paragraph too) and states a size or a total."""
    from .nearmiss import longest_run
    from .textables import paragraph_start

    q = fold(question)
    t = fold(text)
    para = t[paragraph_start(t, best.fig.start):best.fig.end]
    run = longest_run(q, para)
    if len(re.sub(r"[^\u4e00-\u9fff]", "", run)) < 4:
        return []
    out = []
    for f in facts:
        if f in near or f is best or f.kind != best.kind or _base(f)[1] != _base(best)[1] or _base(f)[0] <= _base(best)[0]:
            continue
        s0 = f.fig.sentence_start if f.fig.sentence_start is not None else f.clause_start
        said = longest_run(run, t[s0:f.fig.start])
        if len(re.sub(r"[^\u4e00-\u9fff]", "", said)) >= 6 and re.search(r"(?:全|总)?长|总(?:量|数|面积|规模|投资)|共计?|合计|规模", t[f.clause_start:f.fig.start]):
            out.append(f)
    return out[:1]


def remainder(facts: list, best, text: str, question: str = ""):
    """(total, done) for a "how many are left" part, when best is one of them and the notice states no
    remaining figure; else None. The done part is marked 已/完成, or carries the very verb the question
    negates (还有多少件没有办结: 办结数931)."""
    same = [f for f in facts if f.kind == best.kind and _near(text, f, best) and _base(f)[1] == _base(best)[1]]
    if any(_LEFT.search(_lead(text, f)) for f in same):
        return None  # the notice says what is left
    same += _named_whole(facts, best, text, question, same)
    verb = re.search(r"(?:没有|没|未|尚未|仍未)([\u4e00-\u9fff]{2})", question)
    done = [f for f in same if _done(text, f) or verb and _does(verb.group(1), f, text)
            and not re.search(r"未|没|应(?:当|该)?" + verb.group(1), fold(f.measure))]  # 应追回246万元: what was due
    # 完成26座危桥改造 | 已完成改造17座: a task's 完成 is the whole; what 已 marks is what was done
    marked = [f for f in done if "已" in _lead(text, f)[-8:] or fold(text[f.fig.end:f.clause_end]).startswith(("已", "均已", "都已", "全部已"))]
    if marked and best in done and best not in marked and not any(f.fig.sentence_start == best.fig.sentence_start for f in marked):
        # (…已办结2287件。皸州市受理转办件673件,办结664件: the 已 of a sentence before marks the whole's,
        # not this body's; its own done figure is best)
        marked = [best]
    done = marked or done
    if not done:
        return None
    # 本期完成投资3860万元,累计完成投资1.27亿元: what is left of the whole is the total less all done so far
    so_far = [f for f in done if "累计" in _lead(text, f)]
    d = min(so_far or done, key=lambda f: abs(f.fig.start - best.fig.start))
    dated = [(_as_of(text, f), f) for f in so_far or done]
    if len({day for day, _ in dated if day}) >= 2:
        # 截至6月30日已整改到位1个…截至11月30日已整改到位7个: what is left now is the total less the latest done
        d = max(dated, key=lambda x: (x[0] or (0, 0, 0), -abs(x[1].fig.start - best.fig.start)))[1]
    totals = [f for f in same if f is not d and f not in done and _base(f)[0] > _base(d)[0]
              and (f.fig.start < d.fig.start or re.search(r"占[^,,;;。]{0,4}总", fold(text[d.fig.end:f.fig.start])))]
    if not totals and best in done and (whole := _whole_by_rate(facts, d, text)) is not None:
        # (交办群众信访件128件 in the opening, 交办信访件已办结126件,办结率98.4% paragraphs below: the one
        # earlier figure that the rate says is the whole of what was done)
        return whole, d
    if not totals or best not in (*done, *totals):
        return None
    # 补库1.65万吨,补库率88.2%: a rate stated right after the done part names its whole (1.65/1.87), over a
    # nearer figure of the same unit that is another thing (以陈顶新3.2万吨)
    rates = [f.fig.value for f in facts if f.kind == "percent" and f.fig.sentence_start == d.fig.sentence_start
             and 0 < f.fig.start - d.fig.end <= 20]
    from .textables import record_start

    wholes = [f for f in facts if f.kind == d.kind and f is not d and f not in done and _base(f)[1] == _base(d)[1]
              and f.fig.start < d.fig.start and record_start(text, f.fig.start) == record_start(text, d.fig.start)]
    fits = [f for f in wholes if rates and _base(f)[0] and abs(100 * _base(d)[0] / _base(f)[0] - rates[0]) <= 0.15]
    if len(fits) == 1:
        return fits[0], d
    before = [f for f in totals if f.fig.start < d.fig.start]
    t = max(before, key=lambda f: f.fig.start) if before else min(totals, key=lambda f: f.fig.start)
    return t, d  # the nearest total before the done part, else the whole it is a share of (占总投资1.85亿元)


def _whole_by_rate(facts: list, d, text: str):
    """The one earlier figure of the notice, in d's unit and kind, of which d is the share the rate right
    after d states (办结126件,办结率98.4% → 128件); None when none or several fit."""
    rates = [f.fig.value for f in facts if f.kind == "percent" and f.fig.sentence_start == d.fig.sentence_start
             and 0 < f.fig.start - d.fig.end <= 20]
    if not rates or not _base(d)[0]:
        return None
    fits = [f for f in facts if f.kind == d.kind and f is not d and f.fig.start < d.fig.start and _base(f)[1] == _base(d)[1]
            and _base(f)[0] > _base(d)[0] and abs(100 * _base(d)[0] / _base(f)[0] - rates[0]) <= 0.15]
    return fits[0] if len({_base(f)[0] for f in fits}) == 1 else None


# what is left of a total besides a part the question names (除直接退还群众的部分外还有多少)
_EXCEPT_Q = re.compile(r"除(?:了|去|掉)?([^,,??]{2,24}?)(?:的|这)?(?:部分)?(?:之外|以外|外)")


def complement(facts: list, best, text: str, named: str):
    """(total, part) when the notice breaks a total down (…2963.5万元,其中直接退还群众1108万元), the part is
    the one the question names, and best is one of the two; else None."""
    from .evidence import _content, _share, bigrams

    grams = bigrams(_content(named))
    same = [f for f in facts if f.kind == best.kind and f.fig.sentence_start == best.fig.sentence_start
            and _base(f)[1] == _base(best)[1]]
    for p in same:
        if _share(grams, fold(text[p.clause_start:p.clause_end])) < 0.5:
            continue
        totals = [f for f in same if f.fig.end <= p.fig.start and "其中" in fold(text[f.fig.end:p.fig.start])
                  and _base(f)[0] > _base(p)[0]]
        if totals and best in (p, totals[-1]):
            return totals[-1], p
    return None


_NOT_AFTER = re.compile(r"(?:从未|从来没有|未曾|未|没有|尚未|仍未)(?:按时|按规定|及时)?([\u4e00-\u9fff]{2})")


def positive_part(facts: list, best, text: str, question: str):
    """(total, negated part) when the question asks the members of a set that did something (接受过随访)
    and the notice breaks out only those that did not (抽查120户,其中43户从未接受过随访): the rest of
    the set is the answer. None when the question itself negates, or no total is broken down."""
    if re.search(r"没|未|不|无|尚|仍", question):
        return None
    m = _NOT_AFTER.match(fold(text[best.fig.end:best.clause_end]))
    if not m or m.group(1) not in question:
        return None
    totals = [f for f in facts if f.kind == best.kind and f.fig.sentence_start == best.fig.sentence_start
              and f.fig.end <= best.fig.start and re.search(r"其中|中[,,]?(?:有|共有)?$", fold(text[f.fig.end:best.fig.start]))
              and _base(f)[1] == _base(best)[1] and _base(f)[0] > _base(best)[0]]
    return (totals[-1], best) if totals else None


def before_change(facts: list, best, text: str):
    """(now, change, sign) when best's clause states it with a change from before (较上年增加X)."""
    for f in facts:
        if f is best or f.fig.start < best.fig.end or f.fig.sentence_start != best.fig.sentence_start:
            continue
        between = fold(text[best.fig.end:f.fig.start])
        if len(between) > 16 or re.search(r"[\d;;。]", between):
            continue  # the change must follow the figure it changes (…96.7%,较整改前提高11.2个百分点)
        sign = 1 if _UP.search(between) else -1 if _DOWN.search(between) else 0
        if sign:
            return best, f, sign
    return None


def computed_answer(a, b, op_sign: int, what: str):
    """`a − b` (op_sign −1) or `a + b` (+1) of two cited figures as (text, computed); None when their
    units do not combine (a percent changes by 个百分点)."""
    from .compose import fmt
    from .numerals import normalize

    (va, ua), (vb, ub) = normalize(a.fig.value, a.fig.unit), normalize(b.fig.value, b.fig.unit)
    if ub == "个百分点" and ua == "%":
        ub = "%"
    if ua != ub:
        return None
    result = va + op_sign * vb
    if result < 0:
        return None
    unit, shown = ua, result
    if a.fig.unit == b.fig.unit or (ua == "%" and b.fig.unit == "个百分点"):
        shown = a.fig.value + op_sign * b.fig.value
        unit = a.fig.unit
    expr = f"{a.fig.text}{'+' if op_sign > 0 else '-'}{b.fig.text}"
    inputs = [{"doc": f.fig.doc, "start": f.fig.start, "end": f.fig.end, "text": f.fig.text, "value": v, "unit": u}
              for f, v, u in ((a, va, ua), (b, vb, ub))]
    text = f"{fmt(round(shown, 6))}{unit}(计算所得:{expr},{what})"
    return text, {"op": "sum" if op_sign > 0 else "difference", "result": result, "unit": ua, "result_text": f"{fmt(round(shown, 6))}{unit}",
                  "expression": expr, "inputs": inputs}


def _item_of_left(best, text: str) -> bool:
    """An item of a breakdown of what is left (仍未规范的合同73份(瑾溪镇22份;瑾桥镇18份)): its measure,
    said before another figure (the total's), is already the remainder."""
    ms, me = best.fig.measure_start, best.fig.measure_end
    return ms is not None and me is not None and me <= best.fig.start and bool(re.search(r"\d", text[me:best.fig.start])) \
        and bool(_LEFT.search(fold(best.measure or "")))


# two things asked summed by name (没收违法所得和罚款合计多少): each may be stated apart
_NAMED_SUM = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:和|及|与|以及|加上)([\u4e00-\u9fff]{2,8}?)(?:合计|共计|一共|总共|加起来|总计|合起来|之和)")


def _holds(name: str, text: str, f) -> bool:
    """A two-character word of `name` said in the figure's clause up to it, or in its measure."""
    from .wording import _content, bigrams

    local = fold(text[f.clause_start:f.fig.start]) + " " + fold(f.measure or "")
    return any(g in local for g in bigrams(_content(name)))


def named_sum(part, best, facts: list, text: str):
    """(a, b) when the question sums two things by name (没收违法所得和罚款合计多少万元) and the notice
    states them apart in one sentence (没收违法所得5.4万元,并处罚款32万元); None when one figure holds
    both (补缴土地出让金及滞纳金共计…: stated as one)."""
    m = _NAMED_SUM.search(fold(part.text))
    if not m:
        return None
    a_name, b_name = m.group(1), m.group(2)
    if _holds(a_name, text, best) and _holds(b_name, text, best):
        return None
    same = [f for f in facts if f.fig.doc == best.fig.doc and f.fig.sentence_start == best.fig.sentence_start and f.kind == best.kind]
    fa = [f for f in same if _holds(a_name, text, f) and not _holds(b_name, text, f)]
    fb = [f for f in same if _holds(b_name, text, f) and not _holds(a_name, text, f)]
    if len(fa) != 1 or len(fb) != 1 or fa[0] is fb[0] or best not in (fa[0], fb[0]):
        return None
    return tuple(sorted((fa[0], fb[0]), key=lambda f: f.fig.start))


def derive(part, best, facts: list, text: str):
    """(text, computed, [facts]) for a part asking what is left or what was before (computed None: a
    figure the notice states, read as it is); else None."""

    q = fold(part.text)
    if part.asks > 1:
        return None
    if (pair := named_sum(part, best, facts, text)):
        done = computed_answer(pair[0], pair[1], 1, "两项相加")
        if done:
            return done[0], done[1], list(pair)
    if REMAIN_Q.search(q):
        if not (_LEFT.search(_lead(text, best)) or re.match(r"(?:尚未|未|没有|仍未)", fold(text[best.fig.end:best.fig.end + 4]))
                or _item_of_left(best, text)):
            # (anywhere in the notice only when the question names no body of its own: a body's remainder is
            # that body's, not one another part of the notice states)
            own_body = part.who or re.search(r"[\u4e00-\u9fff](?:局|委|院|公司|集团|中心|医院|学校|银行|镇|乡|村|街道|社区|区|县)", q)
            left = stated_left(facts, best, text, "" if own_body else q)
            if left is not None:
                from .compose import fact_text

                return fact_text(left), None, [left]
        pair = remainder(facts, best, text, q)
        if pair:
            done = computed_answer(pair[0], pair[1], -1, "总数减去已完成")
            if done:
                return done[0], done[1], list(pair)
    if (m := _EXCEPT_Q.search(q)) and (pair := complement(facts, best, text, m.group(1))):
        done = computed_answer(pair[0], pair[1], -1, "总数减去所除部分")
        if done:
            return done[0], done[1], list(pair)
    if (pair := positive_part(facts, best, text, q)):
        done = computed_answer(pair[0], pair[1], -1, "总数减去未做到的部分")
        if done:
            return done[0], done[1], list(pair)
    if BEFORE_Q.search(q) and not CHANGE_Q.search(q):
        got = before_change(facts, best, text)
        if got:
            now, change, sign = got
            done = computed_answer(now, change, -sign, "现值减去变化量" if sign > 0 else "现值加上减少量")
            if done:
                return done[0], done[1], [now, change]
    return None


def _months_of(fact, year: int | None):
    """(year, first month, last month) a fact's own period covers (1-10月, 全年, 二季度, 10月), else None."""
    from .periods import span

    s = span(fold(getattr(fact, "period", None) or fact.fig.period or ""), year)
    if s is None or s.since or s.m1 is None or (s.m0 is None and not s.cum):
        return None
    return s.y, (1 if s.m0 is None else s.m0), s.m1  # (截至10月底: the year so far)


def from_periods(part, verdicts: list, measure_min: float, year: int | None):
    """A stretch the notice does not state, from two that it does for the same measure (text, computed,
    [facts]): 上半年 = 全年 − 下半年, 1-9月 = 1-10月 − 10月, 上半年 = 一季度 + 二季度. Only facts refused for
    their period alone, and only when the months fit exactly; else None."""
    from .periods import span

    asked = span(fold(part.period or ""), year)
    if asked is None or asked.since or asked.cum or asked.m0 is None or asked.m1 is None:
        return None
    pool = []
    for v, _ in verdicts[:12]:
        # (the measure matched in full: a near one, 违规收受礼品礼金问题 for 违规吃喝问题, is another count)
        if v.measure < max(measure_min, 0.99) or not v.reasons or not all(r.startswith("period not covered") for r in v.reasons):
            continue
        got = _months_of(v.fact, year)
        if got is None or (asked.y and got[0] and got[0] != asked.y):
            continue
        pool.append((v.fact, got[1], got[2]))
    a0, a1 = asked.m0, asked.m1
    for w, w0, w1 in pool:
        for c, c0, c1 in pool:
            if c is w or c.fig.unit != w.fig.unit:
                continue
            if w0 == a0 and c0 == a1 + 1 and c1 == w1 or w1 == a1 and c1 == a0 - 1 and c0 == w0:
                done = computed_answer(w, c, -1, "较长时段减去其余时段")
                if done:
                    return done[0], done[1], [w, c]
            if w0 == a0 and w1 + 1 == c0 and c1 == a1:
                done = computed_answer(w, c, +1, "两个时段相加")
                if done:
                    done[1]["op"] = "sum"
                    return done[0], done[1], [w, c]
    return None


# 比上年增加218件, 同比减少23件: a change on the year before, in the figure's own units, right after it
_ON_LAST_YEAR = re.compile(r"\s*[,，]?\s*(?:(?:比|较)(?:上年|去年|上一年|前一年|((?:19|20)\d\d)年)(?:同期)?|同比)"
                           r"(增加|增长|多|上升|提高|减少|下降|少|降低|减)了?\s*")


def _year_of(fact, text: str, year: int | None) -> int | None:
    """The year a figure is stated for: its own period's, else the last year the notice names before it
    (2023年,局党组…; …全年立案1436件), else the notice's."""
    own = re.search(r"((?:19|20)\d\d)年", fold(fact.fig.period or ""))
    if own:
        return int(own.group(1))
    before = re.findall(r"((?:19|20)\d\d)年(?!\d*月)", fold(text[:fact.fig.start]))
    return int(before[-1]) if before else year


def from_change(part, verdicts: list, measure_min: float, year: int | None, facts_of, text_of):
    """Last year's value the notice does not state, from this year's and its change on last year in the
    same units (text, computed, [facts]): 2022年 asked, 2023年…立案1436件,比上年增加218件 → 1218件. A change
    in % (同比增长17.9%) gives no value, nor does a figure whose months differ from those asked."""
    from .periods import span

    asked = span(fold(part.period or ""), year)
    if asked is None or not asked.y or asked.since or asked.m0 is not None and asked.m0 != 1:
        return None
    for v, _ in verdicts[:6]:
        if v.measure < max(measure_min, 0.9) or not v.reasons or not all(r.startswith("period not covered") for r in v.reasons):
            continue
        f = v.fact
        text = text_of(f.fig.doc)
        if _year_of(f, text, year) != asked.y + 1:
            continue
        got = _months_of(f, year)
        if asked.m1 is not None and (got is None or got[1:] != (1, asked.m1)) or asked.m1 is None and got is not None and got[1:] != (1, 12):
            continue
        nxt = next((g for g in facts_of(f.fig.doc) if g.fig.start >= f.fig.end), None)
        if nxt is None or nxt.fig.start - f.fig.end > 16:
            continue
        m = _ON_LAST_YEAR.fullmatch(fold(text[f.fig.end:nxt.fig.start]))
        if not m or m.group(1) and int(m.group(1)) != asked.y:  # (较2023年增加185万吨: the base year named)
            continue
        up = m.group(2) in ("增加", "增长", "多", "上升", "提高")
        done = computed_answer(f, nxt, -1 if up else +1, "本年数减去比上年增加数" if up else "本年数加上比上年减少数")
        if done:
            if not up:
                done[1]["op"] = "sum"
            return done[0], done[1], [f, nxt]
    return None


# a change set against a time the sentence names (与3月底相比,…提高41.2个百分点; 比2025年第四季度增加9起)
_TIME_WORDS = r"(?:[^,;。\d]|(?:19|20)\d\d年|\d{1,2}月|\d{1,2}日)"  # (a base time's own digits, no figure)
_BASE_NAMED = re.compile(rf"(?:与|和|同)(?P<a>{_TIME_WORDS}{{2,16}}?)(?:相比|比较)[,]?[^,;。\d]{{0,16}}?(?P<da>增加|增长|多|上升|提高|提升|减少|下降|少|降低|缩短)了?$"
                         rf"|(?:比|较)(?P<b>{_TIME_WORDS}{{2,16}}?)(?P<db>增加|增长|多|上升|提高|提升|减少|下降|少|降低|缩短)了?$")
_UP_WORDS = ("增加", "增长", "多", "上升", "提高", "提升")


def from_named_base(part, verdicts: list, measure_min: float, facts_of, text_of):
    """The value at a time the notice names only as the base of a change, from the value it states and
    that change, in one paragraph (text, computed, [facts]): 3月底 asked, 截至6月底…整改完成率85.7%。与3月底
    相比,整改完成率提高41.2个百分点 → 44.5%. Only when the best figure is refused for its time alone, the
    change's own words name the time asked, and the two are in units that combine (a % by 个百分点)."""
    from .textnorm import fold_doc

    asked = re.sub(r"^(?:截至|截止|到)|(?:时|的时候)$", "", fold(part.period or ""))
    if len(asked) < 2:
        return None
    bare = re.sub(r"^(?:19|20)\d\d年", "", asked)
    for v, _ in verdicts[:6]:
        if v.measure < max(measure_min, 0.9) or not v.reasons or not all(r.startswith("period not covered") for r in v.reasons):
            continue
        f = v.fact
        text = text_of(f.fig.doc)
        folded = fold_doc(text)
        end = folded.find("\n\n", f.fig.end)
        end = len(folded) if end < 0 else end
        for g in facts_of(f.fig.doc):
            if not f.fig.end <= g.fig.start <= min(end, f.fig.end + 200):
                continue
            s0 = g.fig.sentence_start if g.fig.sentence_start is not None else g.clause_start
            lead = re.sub(r"\s", "", folded[s0:g.fig.start])
            m = _BASE_NAMED.search(lead)
            if not m:
                continue
            base = m.group("a") or m.group("b")
            if not (asked in base or len(bare) >= 2 and bare in base and not re.search(r"(?:19|20)\d\d年", base.replace(bare, ""))
                    or asked.startswith(base)):
                continue
            if re.search(r"(?:19|20)\d\d年", asked) and re.search(r"(?:19|20)\d\d年", base) and asked[:5] != base[base.find(asked[:2]):][:5]:
                continue  # (another year's same quarter)
            up = (m.group("da") or m.group("db")) in _UP_WORDS
            done = computed_answer(f, g, -1 if up else +1, "现值减去比所问时增加数" if up else "现值加上比所问时减少数")
            if done:
                return done[0], done[1], [f, g]
    return None
