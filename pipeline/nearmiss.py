"""Near misses that narrow: the question asks for a SUBSET of what the chosen figure counts.

A near-miss question is usually the notice's own sentence with one qualifier changed or
added: one member of a list the figure counts together (检查了多少家校外供餐企业 when 87所
counts 中小学校、幼儿园食堂和校外供餐企业), a part of the counted set (追责问责的干部中有多少是
厅级干部), a section the figure is not in (a programme the notice reports under its own heading,
the figure standing in the opening summary or under another heading), words that belong to
another figure's clause of the same sentence (新开工高速公路项目5个, …完成交通固定资产投资826亿元),
a sibling modifier of the same measure (CT检查平均预约时间 when the notice gives 核磁共振检查平均
预约时间), or a year the notice never speaks of. Each check reads structure only (lists,
clauses, headings, the 中-subset pattern of questions, years); none names a notice's wording.
`narrowing` returns the first reason the fact does not answer the part, or None.
"""
from __future__ import annotations

import re

from .actions import WORDS as _ACTION_WORD
from .textables import record_start, row_at
from .textnorm import fold
from .wording import AFTER_PLACE_WORD, notice_topic, runs  # noqa: F401 - other modules read them here

_HAN = "\u4e00-\u9fff"
_CLAUSE = re.compile(r"[,,;;:。!?\n]")


def content(s: str) -> str:
    """Han characters and Latin letters only (digits, units' numbers and punctuation dropped)."""
    return re.sub(rf"[^{_HAN}A-Za-z]", "", re.sub(r"[\d.,%]+", "", s))


def grams(s: str) -> list[str]:
    s = content(s)
    return [s[i:i + 2] for i in range(len(s) - 1)] or ([s] if s else [])


def longest_run(a: str, b: str) -> str:
    """The longest common substring of two short strings."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def _whole(part) -> str:
    """The whole question the part is from (a sum's other items name the rest of a list)."""
    return content(fold(getattr(part, "whole", "") or part.text))


def _asked(part) -> str:
    """The question's own words for what it asks: its measure and topic, folded, content only."""
    return content(fold(part.measure)) + " " + content(fold(part.topic or ""))




def _sentence(fact, folded: str) -> tuple[int, int]:
    f = fact.fig
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    b = f.sentence_end if f.sentence_end is not None else fact.clause_end
    ms = f.measure_start
    if ms is not None and ms < a and not re.search(r"[。!?\n]", folded[ms:a]):
        # an item of a breakdown (…合同64份(柘溪镇21份;柘岭乡17份)): its sentence is the total's, where
        # what it counts was said
        a = max(folded.rfind(c, 0, ms) for c in "。!?\n") + 1
    return a, b


# ------------------------------------------------------------------ A. one member of a list
_ITEM = rf"[{_HAN}A-Za-z“”\"]"
_ENUM = re.compile(rf"{_ITEM}{{2,}}(?:、{_ITEM}{{2,}})+")
_PAIR = re.compile(rf"({_ITEM}{{2,6}})(?:和|(?<![涉危普])及(?![时格])|与|以及)({_ITEM}{{2,8}})")  # (涉及, 普及, 危及: one word)


def _items(local: str) -> list[list[str]]:
    """Enumerations in a stretch of text: A、B和C等 → [A, B, C]; X和Y → [X, Y]."""
    out = []
    for m in _ENUM.finditer(local):
        parts = m.group(0).split("、")
        if m.start() and re.match(r"[\d.]", local[m.start() - 1]) and len(parts[0]) <= 3:
            continue  # figures listed (3.87亿元、…): their units, not things counted together
        last = re.split(r"和|(?<![涉危普])及|以及|与", parts[-1], maxsplit=1)
        if len(last) == 2 and len(last[0]) >= 2 and len(last[1]) >= 2:
            parts = parts[:-1] + last
        parts[-1] = parts[-1].split("等")[0]
        parts = [p.strip("“”\"") for p in parts]
        parts[0] = _lead_cut(parts[0])
        if len(parts) >= 2 and all(len(p) >= 2 for p in parts):
            out.append(parts)
    for m in _PAIR.finditer(local):
        if "、" in local[max(0, m.start() - 1):m.end() + 1]:
            continue
        out.append([_lead_cut(m.group(1)), m.group(2).split("等")[0]])
    cut = []
    for items in out:
        if _UNIT_END.search(items[-1]) and not _UNIT_END.search(items[0]):
            continue  # one body's name (人力资源和社会保障局), not a list of things
        # list items run parallel: the first does not reach back over its clause, the last not on
        longest = max(map(len, items[1:-1]), default=0) or min(len(items[0]), len(items[-1]))
        items = [items[0][-(longest + 2):]] + items[1:-1] + [items[-1][:longest + 2]]
        if all(len(it) >= 2 for it in items):
            cut.append(items)
    return cut


_UNIT_END = re.compile(r"局|委|厅|署|中心|公司|集团")  # a body's kind, in a list item


def _lead_cut(item: str) -> str:
    """A first item without the words before it in its clause (进行了批评教育 → 批评教育)."""
    return re.split(r"[了的对在把将向给]", item)[-1]


def _distinct(item: str, others: list[str]) -> str:
    """An item's own words: the characters not covered by a bigram it shares with the other items."""
    from .evidence import residue

    return residue(content(item), "".join(content(o) for o in others))


_COLLECTIVE = re.compile(r"几[项个类种家所批]|这些|这几|那几|各类|各项|所有|全部|等")


def list_conflict(part, fact, text: str, context: str) -> str | None:
    """The question names some members of a list the figure counts together, but not all of them."""
    from .evidence import _prev_clause, folded_doc
    from .facts import respective_owner

    if respective_owner(text, fact) is not None:
        return None  # A、B和C违规收取医疗费用分别为…: each figure is one name's (who_conflict reads names)
    folded = folded_doc(text)
    lead = content(folded[fact.clause_start:fact.fig.start])
    # the clause before counts only when the figure's own clause leans on it (…,涉及金额38.26万元)
    start = _prev_clause(folded, fact) if len(_DEPENDENT.sub("", lead)) < 3 else fact.clause_start
    local = folded[start:fact.clause_end]
    asked = _asked(part)
    whole = _whole(part) + " " + asked
    if _COLLECTIVE.search(whole):
        return None  # the question asks for the group (这几项工程, 各类)
    ctx = content(fold(context))
    # the question joins as many things itself, none of them in the list's words (撤柜、追回 for 责令下架、
    # 召回): it asks for the list together, in words of its own
    q_lists = _items(fold(part.text))
    for items in _items(local):
        if any(len(q) >= len(items) and not any(x in it or it in x for x in q for it in items) for q in q_lists):
            continue  # (one named word for word is one of the list; the others are checked below)
        named, absent = [], []
        # the first item reaches back over words its clause shares with every item (侵占村集体|土地流转收益、
        # 光伏发电收益): only as many characters as the shortest other item are its own
        span = min(len(re.sub(r"(?:共计|合计|总计|累计|共|计|等)+$", "", o)) for o in items[1:])
        for i, it in enumerate(items):
            others = items[:i] + items[i + 1:]
            own = _distinct(it, others)
            if len(own) < 2 or own in ctx:
                continue  # no words of its own, or a body's name (who_conflict reads bodies)
            gs = [own[j:j + 2] for j in range(len(own) - 1)]
            tail = it[-span:] if i == 0 and span >= 2 else it  # what may count as naming this item alone
            mine = _distinct(tail, others)
            run = longest_run(content(tail), asked)
            if len(run) >= 3 and any(mine[j:j + 2] in run for j in range(len(mine) - 1)) or len(own) == 2 and own in asked:
                named.append(run if len(run) >= 3 else own)
            elif not any(g in whole for g in gs):
                absent.append(it)
        # (承包费和租金 asked of 追收欠缴承包费、租赁费: the question joins the other too, in its own words)
        asked_items = [x for q in q_lists for x in q if not any(x in n or n in x for n in named)]
        absent = [it for it in absent if not any(set(x) & set(_distinct(it, [o for o in items if o != it])) - set("费金款资钱的了") for x in asked_items)]
        if named and absent:
            return (f"the notice gives {fact.fig.text} for {'、'.join(items)} together, "
                    f"not for {'、'.join(named)} alone")
    return None


# ------------------------------------------------------------------ B. a part of the counted set
# "S中有多少是Y" / "S中,Y的有多少" / "S中Y的有多少套"
_Y = rf"[{_HAN}A-Za-z“”\"]"  # the part asked may be quoted (“两资”企业)
_IN = rf"(?:(?<!其)中|(?<=[\d{_HAN}])里)"  # S中 / S里
_SUBSET = [
    re.compile(rf"{_IN}[,,]?(?:有)?(?:多少|几)[{_HAN}]?(?:是|为|属于|涉及|来自|在|被)({_Y}{{2,10}})"),  # 被: 有多少份被解除
    re.compile(rf"{_IN}[,,]({_Y}{{2,10}}?)的?(?:一共|总共|合计|共计|有|是|为|占|共)(?:多少|几)"),
    re.compile(rf"{_IN}(?:[,,])?({_Y}{{2,10}}?)的(?:一共|总共|合计|共计|有|是|为|占|共)?(?:多少|几)"),
    # "S里有多少名Y": the part asked after its counter (处分的人里有多少名县处级干部)
    re.compile(rf"{_IN}[,,]?有(?:多少|几)(?:名|位|个|家|所|户|件|起|项|人)({_Y}{{2,10}}?)(?=[??。,,]|$)"),
]


def subset_asked(question: str) -> str | None:
    """Y in "S中有多少是Y", or None."""
    got = subset_parts(question)
    return got[1] if got else None


def subset_parts(question: str) -> tuple[str, str] | None:
    """(S, Y) of "S中有多少是Y" / "S中,Y的有多少": the set and the part of it asked."""
    q = fold(question)
    for rx in _SUBSET:
        m = rx.search(q)
        if m and "了" not in m.group(1) and not _NO_PART.fullmatch(m.group(1)):
            head = re.split(r"[,,;;??。]", q[:m.start()])[-1]
            if re.search(r"(?:整治|行动|检查|巡察|巡视|督查|督察|审计|治理|清理|排查|专项|活动|攻坚|整改|核查|普查|评估|评价|考核|考评|评比)$", head):
                return None  # (专项清理中发现…的有多少: the campaign they were found in, no set of them)
            if re.search(r"[和与及、]", m.group(1)) and re.search(r"一共|总共|合计|共计|加起来|之和", q[m.start(1):]):
                return None  # (…案中,没收违法所得和罚款合计多少: two items summed, no part of a set)
            return head, re.sub("[“”\"]", "", m.group(1))
    return None


# 这轮整治里,一共有多少户…: words that say how much or when, not a part of the set
_NO_PART = re.compile(r"一共|总共|共计|合计|累计|目前|现在|已经|如今|到现在|截至目前|总计")


def subset_conflict(part, fact, text: str) -> str | None:
    """"S中有多少是Y": the figure must name Y's own words (厅级 of 厅级干部, 工科 of 工科专业: what
    sets it apart from S) in its clause (其中Y…), not only count S."""
    from .evidence import _prev_clause, folded_doc, residue

    from .slots import REMAIN_Q

    got = subset_parts(getattr(part, "whole", "") or part.text)
    if not got or not subset_parts(part.text) or REMAIN_Q.search(got[1]) or REMAIN_Q.search(fold(part.text)):
        return None  # "S中还没有完成的有几个": what is left of S (derive.py), not a kind of S
    s_, y = got
    from .slots import PERIOD

    if len(content(PERIOD.sub("", y))) < 2:
        return None  # (亏损企业里,上半年有多少户…: when, not which of them; the period checks judge it)
    mod = residue(content(y), content(s_))
    key = mod if len(mod) >= 2 else content(y)
    folded = folded_doc(text)
    if re.search(r"\d[^\d,,。;;]{0,8}中[,,]?[^,,。;;]*$|其中", folded[_prev_clause(folded, fact):fact.fig.start]):
        return None  # 101个工业项目中,亿元以上项目26个: the figure already counts a part; its measure is judged
    own = content(folded[_prev_clause(folded, fact):fact.clause_end] + " " + fact.measure)
    if key in own:
        return None
    pairs = grams(key)
    # (经调查核实,属实4件,部分属实2件,不属实1件: the words that qualify every item open the sentence)
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else _prev_clause(folded, fact)
    said = content(folded[min(s0, _prev_clause(folded, fact)):fact.clause_end] + " " + fact.measure)
    if len(pairs) >= 4 and key[-2:] in own and sum(g in said for g in pairs) >= 0.8 * len(pairs):
        return None  # 经调查核实不属实 asked, 经调查核实,属实4件、部分属实3件、不属实3件 stated: its words, said apart
    from .actions import classes, fact_action

    acts = [m.group(0) for m in _ACTION_WORD.finditer(y)]
    stated = fact_action(folded[fact.clause_start:fact.fig.start])
    rest = re.sub("|".join(map(re.escape, acts)) + r"|最后|最终|后来|已经|经过|的", "", content(y)) if acts else content(y)
    if stated and len(rest) <= 1 and any(classes(a) & classes(stated) & {"verify"} for a in acts):
        return None  # (举报里最后核实属实的有多少件, 经查实的41件: the part asked is what the figure's own act did)
    return f"{y}: the notice does not say how many of {fact.fig.text} ({fact.measure}) are"


# ------------------------------------------------------------------ B2. a kind the notice lists with no figure
def unfigured_kind_conflict(part, fact, text: str) -> str | None:
    """The question asks one kind of what the figure counts (不合格的餐饮食品有几批), which the notice's paragraph
    only lists among others with no figure of its own (…41批次…其余为餐饮食品、糕点、粮食加工品和调味品), and the
    figure's own clause never names: the figure counts them all, the kind's share is not given."""
    from .evidence import _prev_clause, folded_doc
    from .textables import paragraph_start

    folded = folded_doc(text)
    asked = content(fold(part.measure or ""))
    if len(asked) < 4:
        return None
    local = content(folded[_prev_clause(folded, fact):fact.clause_end] + " " + (fact.measure or ""))
    p0 = paragraph_start(text, fact.fig.start)
    p1 = folded.find("\n", fact.fig.end)
    para = folded[p0:p1 if p1 != -1 else len(folded)]
    for clause in re.split(r"[,;。:]", para):
        if re.search(r"\d", clause) or "、" not in clause:
            continue  # (a list with figures gives each its own)
        if not re.match(r"\s*(?:其余|其他|另有|此外|还有)", clause):
            continue  # (only the rest said apart, 其余为…: another list may be what the figure counts, 串换项目收费、重复收费问题)
        for items in _items(clause):
            for it in items:
                it = re.sub(r"^.*?(?:其余为|其余是|分别为|分别是|主要为|主要是|包括|涉及|为|是)(?=[\u4e00-\u9fff]{2})", "", content(it))
                if len(it) >= 3 and it in asked and it not in local:
                    return f"{it}: the notice names it among {'、'.join(items)} with no figure of its own; {fact.fig.text} ({fact.measure}) counts them all"
    return None


# ------------------------------------------------------------------ C. a section the figure is not in
def _sections(outline, size: int) -> list[tuple[int, int, str]]:
    heads = sorted((h for h in getattr(outline, "headings", []) if h.level >= 1), key=lambda h: h.start)
    out = []
    for i, h in enumerate(heads):
        end = next((g.start for g in heads[i + 1:] if g.level <= h.level), size)
        out.append((h.start, end, content(fold(h.text))))
    return out


_HEADING_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部章节]分?)[^\n]{2,60}$")


def _heading_above(folded: str, pos: int) -> str:
    """The nearest heading line (一、…, （二）…) above pos, folded; "" when none."""
    last = ""
    for m in _HEADING_LINE.finditer(folded, 0, pos):
        last = m.group(0)
    return last


def _says_what_sets_apart(run: str, holder, peers, said: str) -> bool:
    """The words of `run` that no sibling heading shares (第一 of 第一轮巡视整改 beside 第二轮巡视整改情况),
    two or more characters, are said in `said`."""
    others = [h for s0, _, h in peers if s0 != holder[0]]
    if not others:
        return False
    shared = max((longest_run(run, h) for h in others), key=len)
    if len(shared) < 2:
        return False
    rest = [r for r in run.split(shared) if len(r) >= 2]
    return bool(rest) and all(r in said for r in rest)


def section_conflict(part, fact, text: str, context: str, outline) -> str | None:
    """The question names the topic of one heading of the notice (4+ characters of it, said under
    no other heading), and the figure stands outside that heading's section, its sentence not
    naming the topic: the notice gives no figure for that part (the opening summary's totals,
    another programme's figure)."""
    if outline is None:
        return None
    from .evidence import folded_doc

    folded = folded_doc(text)
    secs = _sections(outline, len(text))
    if not secs:
        return None
    asked = _asked(part)
    a, b = _sentence(fact, folded)
    sent = content(folded[a:b])
    if (row := row_at(text, fact.fig.start)) is not None:
        sent += " " + content(fold(" ".join(row.header)))  # (a table's cell says what it counts in its header)
    ctx = content(fold(context))
    # (the title may take two lines, the issuer's name above it: 瘧川县安全生产委员会办公室 / 关于…冬春火灾防控专项督查…;
    # not the lead paragraph, which may name one part)
    title = content(" ".join(x for x in folded.lstrip().split("\n")[:2] if len(x) <= 60))
    pos = fact.fig.start
    if pos < secs[0][0] and re.search(r"一共|总共|共计|合计|总计|累计", fold(part.text)) \
            and re.search(r"(?:共|累计|合计|总计)[^,;。\d]{0,12}$", folded[fact.clause_start:pos]):
        # 这次暗访一共发现多少处问题点位 asked, the notice's lead (before its first heading) stating the total
        # its sections then break down (共发现问题点位47处): the whole asked, not one section's part
        return None
    best = ""
    from .textables import paragraph_start

    overview = any(s0 <= pos < e0 and re.search(r"总体情况|基本情况|总体进展|整体情况|概况|总体成效", h0) for s0, e0, h0 in secs)
    for s0, e0, h0 in secs:
        # (a heading that is the body's name, and little more: not a case told in its heading line,
        # 典型案例一:盇河镇盇湾村村民张某未经批准…)
        if s0 <= pos < e0 and len(re.sub(r"^[一二三四五六七八九十\d]+", "", h0)) <= 14 and (len(r0 := longest_run(h0, asked)) >= 4 and re.search(r"(?:局|委|办|院|所|中心|公司|集团|镇|乡|街道|县|区|村|站|队)$", r0)
                               or any(len(w) >= 3 and content(fold(w)) in h0 for w in getattr(part, "who", []) or [])):
            return None  # (2. 盷东县中医医院。…该院共打击…15人; 五、眃桥街道治理情况: the figure's own section is the body's asked)
    # (会议听取了县住房和城乡建设局…的汇报。…该局…目前仅完成4.3公里: the paragraph names the body its figures are of;
    # a body's name, not any words the paragraph said before)
    para = content(folded[paragraph_start(folded, pos):pos])
    # (the paragraph before the figure's sentence, and the figure's own ;-stretch of it: 镇纪委…发现睭口村存在第二
    # 季度招待费超标问题:…。7月15日,…已退回超标费用860.00元; not another stretch of its sentence, 查处违规收送…礼金
    # 问题121起;查处违规发放津贴补贴…问题88起,涉及金额1046.5万元)
    from .evidence import semicolon_stretch

    s_0, st_a, st_b, _ = semicolon_stretch(folded, pos, fact.fig.end, "。\n")
    p_at = paragraph_start(folded, pos)
    clauses = re.split(r"[,;:。]", folded[p_at:s_0])
    # (the paragraph's opening clause, its clauses with no figure of their own, and the figure's own stretch: not an
    # item of a list said with its own count, 其中:白条入账、票据不规范问题29条)
    topic_sentence = " ".join(content(c) for k, c in enumerate(clauses) if k == 0 or not re.search(r"\d", c)) \
        + " " + content(folded[st_a:st_b])
    for s, e, h in secs:
        run = longest_run(h, asked)
        if len(run) < 4 or run in sent or run in ctx \
                or run in para and re.search(r"(?:局|委|办|院|所|中心|公司|集团|镇|乡|街道|县|区|市|村)$", run):
            continue
        if all(run[i:i + 2] in sent for i in range(0, len(run) - 1, 2)) \
                or all(run[i:i + 2] in topic_sentence for i in range(0, len(run) - 1, 2)):
            continue  # the sentence (or its paragraph so far) says the topic's words, apart (发现问题合同…已规范整改 for 合同规范)
        rg = grams(run)
        if sum(g in title for g in rg) / len(rg) >= 0.6:
            continue  # the notice's own topic (its title's words), not one part of it
        if re.search(r"(?:中心|局|委|办|院|公司|集团|站|所|队)$", run) and _shortens(run, folded[:200], 3):
            continue  # (反诈中心 of 睶川市公安局反电信网络诈骗中心, the issuer its opening lines name: the whole notice's)
        holders = [x for x in secs if run in x[2]]
        if len(holders) * 2 > len(secs) and len(secs) > 1:
            continue  # words most headings share (问题整改) name no one part
        levels = {h.start: h.level for h in getattr(outline, "headings", [])}
        peers = [x for x in secs if levels.get(x[0]) == levels.get(holders[0][0])] if holders else []
        if len(peers) > 1 and sum(run in x[2] for x in peers) * 2 > len(peers):
            continue  # a label the headings of one level all carry ((一)反馈问题:…, (二)反馈问题:…)
        if any(x[0] <= pos < x[1] for x in holders):
            return None  # the figure is in a section about it
        if len(holders) > 1 and run in topic_sentence:
            continue  # (words several headings say, the figure's own paragraph opening with them: 第一轮巡视反馈问题…58个)
        if len(holders) == 1 and len(peers) > 1 and _says_what_sets_apart(run, holders[0], peers, para + sent):
            continue
        # (the figure's own paragraph says what sets the heading apart from its siblings: (一)第一轮巡视整改情况
        # beside (二)第二轮…, and 1.第一轮巡视反馈的…问题。整改情况:…追缴通行费2846.7万元 told under another heading)
        if overview and all(any(x[0] < y[0] < x[1] for y in secs) for x in holders):
            # (一、整改工作总体情况:…整改完成率84.2% and 巡察反馈问题的整改完成率 asked, 二、巡察反馈问题整改台账
            # holding every problem's own section: the overview states the whole the ledger details)
            continue
        if any((t := asked[i:i + 3]) in h and t in sent and t not in title and t not in run and h.find(t) > h.find(run)
               for i in range(len(asked) - 2)):
            # 瓃源村村委委员李某某…: the sentence names what the heading goes on to name after the words the
            # question shares with it (李某某): the same matter, told elsewhere
            continue
        own = [x for x in secs if x[0] <= pos < x[1]]
        if own and holders and levels.get(own[-1][0]) == levels.get(holders[0][0]) \
                and run in content(folded[own[-1][0]:own[-1][1]]):
            # the figure's own block, a sibling of the one whose heading names it, speaks of it too
            # (问题三's 未及时停发定期抚恤补助 beside 问题一:…抚恤补助重复发放), under another heading
            continue
        if len(run) > len(best):
            best = run
    if best:
        return f"{best}: the notice gives no figure for it; {fact.fig.text} ({fact.measure}) stands in another part"
    return None


# ------------------------------------------------------------------ D. words of another figure's clause
_DEPENDENT = re.compile(r"(?:涉及|共计|合计|总计|累计|共|计|其中|占|达|为|是)?(?:金额|资金|数量|人数|户数|总额|比例|比重)?$")


_LEANS = re.compile(r"涉及|其中|包括|含|共|合计|累计|占|分别|均")
_FOUND = re.compile(r"发现|查出|查实|排查出|核查出|认定")
_SET_STATED = re.compile(_FOUND.pattern + r"|原有|现有|共有|摸排出?|梳理出")


def sibling_conflict(part, fact, text: str, facts: list) -> str | None:  # noqa: C901
    """The question's words stand in another clause of the figure's sentence, one that states a
    figure of its own (新开工高速公路项目5个), and not in the figure's own clause: they qualify that
    figure, not this one."""
    from .actions import action_agrees
    from .evidence import folded_doc

    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    own_clause = content(folded[fact.clause_start:fact.clause_end])
    lead = content(folded[fact.clause_start:fact.fig.start])
    if len(_DEPENDENT.sub("", lead)) < 3:
        return None  # a clause that leans on the one before (…,涉及金额38.26万元)
    if re.fullmatch(r"[^\W\d全本各该我每对在向为从和与及把被给]{1,6}?(?:开发区|新区|街道|社区|区|县|市|镇|乡|村|旗)", lead):
        return None  # (…甊东区纳入监管资金6240万元,甊西区4980万元: a place alone, its peer's measure said before)
    if re.match(r"(?:较|比|同比|环比)", lead):
        return None  # …满意度95.1%,较上学期提高6.7个百分点: the change of the figure before, which the question names
    if re.fullmatch(r"(?:(?:19|20)\d\d年|去年|上年|今年|本年|同期|上年同期|去年同期)[\u4e00-\u9fff]{0,4}?(?:为|是|有|达)?[\d.,、家个人户件万元亿]*", folded[fact.clause_start:fact.fig.start].strip()):
        return None  # (…发放稳岗返还资金2,316.48万元,2023年全年为1,104家、1,985.37万元: the same, another time)
    if re.search(r"目标|计划", fold(part.text)) and re.search(r"(?:目标|计划)(?:任务|值|数)?[(（]?$", lead):
        return None  # (累计排查58.72万户,完成年度目标（80万户）的73.4%: the target of the thing asked, when a target is asked)
    asked = _asked(part)
    run = longest_run(asked, content(folded[a:b]))
    if len(run) < 4 or run in own_clause:
        return None
    if sum(g in own_clause for g in grams(run)) * 3 >= 2 * len(grams(run)):
        return None  # the figure's own clause says it too, in other order (中小学校(幼儿园)食堂 for 学校食堂)
    if lead.startswith("其中"):
        return None  # a breakdown of the clause before
    named = asked + " " + content(fold(" ".join(part.who)))
    if max(map(len, runs(lead, named)), default=0) < 3:
        return None  # the figure's clause names nothing the question does not: it continues the one before
    for other in facts:
        if other.clause_start == fact.clause_start or not a <= other.clause_start < b:
            continue
        if part.kinds and other.kind == "count" and "count" not in part.kinds and fact.kind in part.kinds:
            # (立案查处使用单位7家,罚没款43.5万元: 7家 counts whom it was done to, the words asked set the
            # scope of the amount; a rate or change of the thing asked, 余额较反馈时下降37.2%, still states it)
            continue
        if other.clause_start > fact.clause_start and _LEANS.match(content(folded[other.clause_start:other.fig.start])):
            continue  # a clause after that describes this figure (…,涉及医疗机构7家)
        unit = max(a, folded.rfind(";", 0, other.clause_start) + 1, folded.rfind("；", 0, other.clause_start) + 1)
        before = content(folded[unit:other.clause_start])
        if not before or re.fullmatch(r"[\u4e00-\u9fff\d—-]{0,14}?(?:期间|以来|中|时|以后|之后|至今|年|月|月底|月末)", before):
            # the first clause of its sentence sets the scope of those after it (自查公务接待单据187份,…清退…),
            # a time or scene said before it aside (专项整治期间,区局…开展网络抽检42批次,检出不合格9批次)
            continue
        clause = folded[other.clause_start:other.clause_end]
        if re.match(r"(?:较|比|同比|环比)", content(folded[other.clause_start:other.fig.start])) \
                and not re.search(r"(?:19|20)\d\d年|之前|以前|上次|上一?轮|上年|去年|原来", fold(part.text)):
            continue  # (账实相符率为99.2%,较2022年清仓查库时的97.6%提高: the base of the comparison, an earlier time)
        verb = content(lead)[-2:]
        if len(verb) == 2 and content(folded[other.clause_start:other.fig.start]).endswith(verb):
            continue  # (自报已追回被挪用养护资金215万元,经核实仅追回128.4万元: the act said again, its object left out)
        if run not in content(clause) or any(g in content(clause) for g in grams(_DEPENDENT.sub("", lead))):
            continue  # (the figure's clause goes on about the same thing: 处罚47项,处罚金额20.4万元)
        tail = clause[other.fig.end - other.clause_start:]
        if other.fig.start < fact.fig.start and _SET_STATED.search(folded[other.clause_start:other.fig.start]) \
                and action_agrees(part.text, folded[fact.clause_start:fact.fig.start]):
            continue  # 发现…问题经费413.2万元,已收回336.8万元: what was done to the set found, the verb asked
            # (原有校办企业34家,已完成脱钩剥离或注销21家: so to the set there was)
        if re.fullmatch(r"[\s、]*", tail) or re.fullmatch(r"[、\d.万亿千百个项处座条名人次户家所套公里元%]*", tail):
            return f"{run}: the notice states it with {other.fig.text}, not with {fact.fig.text} ({fact.measure})"
    return None




# ------------------------------------------------------------------ E. a sibling modifier of the same measure
def modifier_conflict(part, fact, text: str, context: str) -> str | None:
    """The asked measure and the fact's share their head (检查平均预约时间) but differ in the words
    before it (CT / 核磁共振), and the asked words are not in the figure's sentence but elsewhere in
    the notice: a sibling the notice speaks of, not this one."""
    from .evidence import folded_doc, residue

    fm = content(fold(fact.measure))
    asked = re.sub(r"没有|没", "未", content(fold(part.measure)))  # 没有按规定公示 says 未按规定公示
    run = longest_run(asked, fm)
    if len(run) < 4 or not fm.endswith(run[-2:]) and not fm.endswith(run):
        return None
    f_mod = fm[:fm.find(run)]
    if not f_mod and run == fm and len(fm) >= 4:
        # the figure's whole measure, asked with a qualifier of four or more characters after it (提取住房
        # 公积金 asked as 违规提取住房公积金用于非住房消费): when the notice says that qualifier elsewhere and
        # not in this figure's paragraph, the qualified thing is another figure's (a ledger row's)
        from .evidence import _paragraph_start, folded_doc

        # (what is asked of it, 面积, 金额, and the unit, 万平方米, are no qualifier)
        extra = re.sub(r"(?:问题)?(?:金额|数量|人数|户数|资金|总额|总数|面积|长度|比例|规模)|(?:万|亿)?(?:平方米|公里|元|亩|吨)",
                       "", asked[asked.find(run) + len(run):])
        folded = folded_doc(text)
        p0 = _paragraph_start(text, fact.fig.start)
        p1 = folded.find("\n", fact.fig.end)
        para = content(folded[p0:p1 if p1 != -1 else len(folded)])
        elsewhere = content(folded[:p0]) + " " + content(folded[p1:] if p1 != -1 else "")
        if len(extra) >= 4 and extra not in para and extra in elsewhere:
            return f"{extra}: the notice speaks of it elsewhere; {fact.fig.text} ({fact.measure}) is not its figure"
        # (电气火灾造成多少直接财产损失 asked, 接报火灾412起…直接财产损失1026.4万元 stated and 电气火灾152起 beside it:
        # the loss of all fires; the kind asked is one the notice counts apart, with no loss of its own)
        # (only an amount or a loss asked of a kind of event the notice counts in 起: a count has no amount)
        if re.search(r"损失|金额|资金|费用", run):
            a0, b0 = _sentence(fact, folded)
            sent = content(folded[a0:b0])
            before = re.sub(r"(?:造成|导致|引发|带来|产生|发生)$", "", asked[:asked.find(run)])
            around = content(folded[:a0]) + " " + content(folded[b0:])
            kinds = sorted({before[i:j] for j in range(len(before), 3, -1) for i in range(0, j - 3)
                            if re.search(r"(?:火灾|事故)$", before[i:j]) and before[i:j] in around and before[i:j] not in sent},
                           key=len, reverse=True)
            if kinds and (at := folded.find(kinds[0])) >= 0 and re.match(r"\d+起", folded[at + len(kinds[0]):at + len(kinds[0]) + 8]):
                return f"{kinds[0]}: the notice counts it apart; {fact.fig.text} ({fact.measure}) is not its figure"
    q_mod = asked[:asked.find(run)][-4:]
    if re.search(r"(?:中|里|期间|以来)$", q_mod):
        q_mod = ""  # 专项整治中|食品安全监督抽检: a scope before the measure, not a modifier of it
    q_mod = re.sub(r"^.*?(?:本|此|这|该)(?:轮|次|批)", "", q_mod)  # 本轮巡察反馈: the notice's own round, no sibling
    # (查出多少人在外面违规兼职: where it happened, 在外面, says no sibling of the thing counted)
    q_mod = re.sub(r"^.*在[\u4e00-\u9fff]{0,3}?(?:外面|里面|上面|下面|外边|里边|外头|里头|外地|本地|当地)$", "", q_mod)
    if len(f_mod) < 2 or not q_mod:
        return None
    if re.search(r"(?:多少|几)[个家名人所户项件起条座台辆]?" + re.escape(q_mod[-2:]), fold(getattr(part, "whole", "") or part.text)):
        return None  # (有几家企业的…许可证被暂扣: 企业 is what the figure counts, not a sibling of its measure)
    from .evidence import _record_problem

    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    # (a record's labelled line, 整改完成情况：投资3280万元…, is about what its 问题名称： line names)
    sent = content(folded[a:b]) + " " + content(_record_problem(folded, fact.fig.start, prose=True))
    if (scoped := re.search(r"(?:中|里|期间|以来)([\u4e00-\u9fff]{1,3})$", q_mod)) and scoped.group(1) in sent:
        return None  # (在专项整治中出台的制度文件: a scope, then the fact's own verb; no modifier of the thing counted)
    whole = content(fold(getattr(part, "whole", "") or part.text))
    if not any(len(r) >= 2 for r in runs(f_mod, whole)):
        return None  # the question names the fact's own modifier too
    if re.search(r"[或和及与、]$", q_mod) and set(re.sub(r"[级类性型市县区镇乡省村的或和及与、]", "", f_mod[-2:])) & set(q_mod):
        # (挨了纪律或政务处分 of 党纪政务处分: two kinds joined, the first said in a word of its own that keeps
        # its key, 纪; not 超职数配备 of 消化超配, another act on the same thing)
        return None
    elsewhere = content(folded[:a]) + " " + content(folded[b:])
    title = notice_topic(folded)
    from .textables import paragraph_start
    # (财务处建立…机制;对…项目资金收回统筹1036.5万元: the actor the paragraph named before the figure is
    # who did it, not a sibling of the thing counted)
    before = content(folded[paragraph_start(text, fact.fig.start):fact.fig.start])
    for left in runs(q_mod, sent + content(fold(context))):
        if len(left) >= 2 and left in before and (_BODY.search(left) or re.search(r"(?:处|科|室|部|支行|分行)$", left)):
            continue
        if re.search(r"(?:局|委|办|厅|中心|分局)$", left) and re.search(r"(?:局|委|办|厅|中心)$", q_mod):
            continue  # (瘚州市市场监管局培训的…, the notice's 市局组织培训…: the body that did it, named in full, no sibling)
        if re.search(r"机关|部门|单位|[在对向从把被给]$", left):
            continue  # (检察机关在…领域督促追缴的: the actor and a preposition, no modifier of the thing counted)
        if _ACTION_WORD.fullmatch(left):
            continue  # (银行机构退还企业的违规收费: a verb done to the thing counted, no sibling of it)
        if re.search(re.escape(left) + r"[\u4e00-\u9fff]{0,2}的[“\"]", fold(part.text)):
            continue  # (光拿钱不上班的“吃空饷”人员: a gloss of the notice's own quoted term, no sibling of it)
        if re.fullmatch(r"领域|方面|行业|系统|环节|板块", left):
            continue  # (养老服务领域追回的…: a word that scopes a field, not a sibling of the thing counted)
        if "某" in left:
            continue  # (罗某某虚报的…: a person the notice names anonymised, who did it, no sibling of the thing counted)
        if all(ch in _heading_above(folded, fact.fig.start) for ch in left):
            continue  # (二、…煤业公司违规对外借款问题 heads the figure's section: 违规借款 is its own topic, in short)
        # a sibling the notice speaks of elsewhere (CT检查…), not a paraphrase or a shortened name
        said = [g for g in grams(left) if g in elsewhere and g not in title]
        if len(left) >= 2 and said and not all(ch in sent for ch in left):
            return f"{left}: the notice gives {fact.fig.text} for {fact.measure}, not for {left}"
    return None


# ------------------------------------------------------------------ E2. a thing the notice names elsewhere
_BODY = re.compile(r"(?:局|委|办|厅|院|中心|政府|公司|集团|部门|分局|街道|镇|乡|村|社区|学校|医院)$")  # bodies: who_conflict
def elsewhere_conflict(part, fact, text: str, context: str, outline=None) -> str | None:
    """The question names a thing in the notice's own words (4+ characters), which the notice says
    elsewhere but not in the figure's paragraph nor in the headings it stands under: the figure is
    another thing's (新改建农村公路项目 asked, 工程总投资 of a water project given)."""
    from .evidence import folded_doc
    from .readers import _OFFICIAL

    folded = folded_doc(text)
    pos = fact.fig.start
    secs = _sections(outline, len(text)) if outline is not None else []
    # the figure's block: its paragraph and the lines before it, back to a blank line (a table
    # row's cells), its own heading, or six lines
    line = folded.rfind("\n", 0, pos)
    # (a free paragraph of prose, 检查共发现问题413个…, after another, 本次检查共抽查单位126户,其中国有…: the
    # paragraph before is not this one's; a record's labelled line, 【整改进展】…, belongs with the lines above)
    free = not re.match(r"\s*(?:【[^】]{1,10}】|[\u4e00-\u9fff]{2,10}:|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))", folded[line + 1:pos])
    for _ in range(5):
        prev = folded.rfind("\n", 0, line) if line > 0 else -1
        if free and line > 0 and len(folded[prev + 1:line].strip()) > 60 and folded[prev + 1:line].rstrip().endswith("。"):
            break
        line = prev
    a = max([folded.rfind("\n\n", 0, pos) + 2, line + 1] + [s for s, e, h in secs if s <= pos < e])
    b = folded.find("\n", fact.fig.end)
    b = len(folded) if b == -1 else b
    if "\n" in folded[fact.fig.start:fact.fig.end]:
        b = max(b, fact.clause_end)  # (an infographic's label line is its clause's)
    # (and the body its record names as owner, after the figure: 整改结果：…561.2万元…\n责任单位：市卫生健康委员会)
    near = content(folded[a:b]) + " " + content(fold(context)) + " " + content(fold(fact.fig.subject or ""))
    if re.match(r"\s*(?:整改结果|整改情况|整改进展|整改成效)\s*:", folded[folded.rfind("\n", 0, pos) + 1:pos]):
        # (整改结果:…已向借款人退回违规收取的费用171.84万元: the record's problem, paragraphs above, is what it answers)
        rec = list(re.finditer(r"(?:^|\n)\s*问题[一二三四五六七八九十\d]+", folded[max(0, pos - 2000):pos]))
        if rec:
            near += " " + content(folded[max(0, pos - 2000) + rec[-1].start():a])
        elif (r0 := record_start(text, pos)) < a:
            near += " " + content(folded[r0:a])  # (4.问题:…\n\n整改措施:…\n\n整改情况:…: the record's blocks above)
    near += " " + " ".join(h for s, e, h in secs if s <= pos < e)
    from .actions import fact_action

    if getattr(fact, "fuller", None) is not None and fact_action(fact.measure or "") is not None:
        # (盇山镇:…立案14宗 after 立案查处违法用地案件47宗: a line per town says the measure short; its full
        # words are said for it. Only where the short measure says its act: 其中县处级干部52人 of 处分…, after
        # 立案审查调查县处级干部6人, takes no act from the fuller one)
        near += " " + content(fold(fact.fuller.measure or ""))
    elsewhere = content(folded[:a]) + " " + content(folded[b:])
    title = notice_topic(folded)
    own_heads = [h for s, e, h in secs if s <= pos < e]
    all_heads = " ".join(h for s, e, h in secs)
    # the figure stands under the heading of the body asked (（三）瑔南区: 立案17起…查封扣押2件): the words its
    # sibling sections and the overview say and it leaves out (大气环境违法案件) are the frame all share,
    # unless a heading names them (another project's section)
    asked_q = content(fold(getattr(part, "whole", "") or part.text))
    under_asked = any(w and any(fold(w) in h for h in own_heads) for w in getattr(part, "who", []) or []) \
        or any(2 <= len(h) <= 12 and h in asked_q for h in (re.sub(r"^[一二三四五六七八九十\d]+", "", h) for h in own_heads))
    # (the question's earlier clause may name the thing too: 查招标采购项目,查出来的问题一共涉及多少钱)
    topic = content(fold(getattr(part, "topic", "") or ""))
    # (从犯罪分子手里收缴上来的: whose hands the money came from says where it was got back, no kind of it)
    source = r"从[\u4e00-\u9fff]{1,10}?(?:手里|手中|手上|那里|那儿|身上)"
    measure = re.sub(source, "", fold(part.measure))
    topic = re.sub(source, "", topic)
    pieces = []
    for left in runs(content(measure), near) + [x for x in (runs(topic, near) if topic else []) if len(x) >= 4]:
        pieces.append(left)
        # (冬季专项行动中住宿餐饮业: the campaign the notice reports, said first, is no thing of its own; the
        # thing asked after it, 住宿餐饮业, is looked for too)
        if (scene := re.match(r"[\u4e00-\u9fff]{0,8}?(?:专项行动|专项整治|行动|整治|治理|检查)(?:中|期间|里)", left)) and len(left) - scene.end() >= 4:
            pieces.append(left[scene.end():])
    for left in pieces:
        if any(k in left and v in near and len(left.replace(k, "")) <= 2 for k, v in _OFFICIAL.items()):
            continue  # (纪检监察机关 asked, 向县纪委监委移交 stated: the reader's generic name for the body named)
        run = longest_run(left, elsewhere)
        if run and any(v in near and re.search(re.escape(run) + r"[\u4e00-\u9fff]{0,2}的" + re.escape(k), fold(part.text))
                       for k, v in _OFFICIAL.items() if k in fold(part.text)):
            continue  # (倒卖门票的黄牛 of 打击“票贩子”83人: what the reader's word for the thing counted does, a gloss of it)
        if under_asked and run not in all_heads:
            continue
        if _acts_as_figure(run, fact, text):
            continue  # (追究责任 asked, 累计问责87人次 stated: the run is the figure's own act in other words)
        if re.fullmatch(r"(?:专项|集中|整治|行动|治理|工作|活动|清理|攻坚|开展|期间|中)+", run):
            continue  # (…涉企违规收费专项整治中: the campaign the whole notice reports, no thing of its own)
        asked_text = fold(getattr(part, "whole", "") or part.text)
        if (who := re.search(re.escape(run) + r"[\u4e00-\u9fff]{0,3}?(?:长|书记|主任|经理|主席|董事长|会计|员)([\u4e00-\u9fff]{2,3})", asked_text)) \
                and who.group(1)[:2] in folded[a:b]:
            continue  # (交通运输局原副局长邬立衡…判了几年: the office says who the person is, and the figure's lines name him)
        # (a department's three characters name it: 影像科, 信息科, 财务处)
        if (scene := re.sub(r"(?:过程中|期间|工作中|中|里)$", "", run)) != run and len(scene) >= 2 and (scene in title or _shortens(scene, title)):
            continue  # (眗州市“回头看”中 of a notice on the 专项整治“回头看”: the campaign the whole notice reports)
        if (rg := grams(run)) and sum(g in title for g in rg) / len(rg) >= 0.6:
            continue  # (省国资委和省属企业 of 睧州省国资委关于省属企业…的通报: the notice's own issuer and topic, in other words)
        # (涉诈银行卡 asked, 封停涉诈电话卡3162张 stated, 银行卡 said elsewhere: a sibling of the figure's own head noun)
        sibling = len(run) == 3 and run[-1] == content(fold(fact.measure or ""))[-1:] and run[-2:] not in content(fold(fact.measure or ""))
        if (len(run) >= 4 or len(run) == 3 and (re.search(r"[科室处所队站股]$", run) or sibling)) and run not in title and not _BODY.search(run) \
                and not _shortens(run, title):
            return f"{run}: the notice speaks of it elsewhere; {fact.fig.text} ({fact.measure}) is not its figure"
    return None


def _acts_as_figure(run: str, fact, text: str) -> bool:
    """The run is a verb (with its object) that does what the figure's own verb does: 追究责任 of 问责87人次."""
    from .actions import classes, fact_action

    verb = fact_action(text[fact.clause_start:fact.fig.start])
    words = [w for w in re.findall(r"[\u4e00-\u9fff]{2}", run) if classes(w)]
    return bool(verb and words) and all(classes(w) & classes(verb) for w in words) \
        and len(re.sub("|".join(words), "", run)) <= 2


def _shortens(run: str, title: str, stretch: int = 2) -> bool:
    """The run is a shortened form of words of the notice's title, its characters in order within a
    short stretch (养老机构 of 养老服务机构安全隐患专项整治): the whole notice is about it."""
    for i, ch in enumerate(title):
        if ch != run[0]:
            continue
        k, j = 1, i + 1
        while k < len(run) and j < min(len(title), i + stretch * len(run)):
            k += title[j] == run[k]
            j += 1
        if k == len(run):
            return True
    return False


# ------------------------------------------------------------------ F. a year the notice never speaks of
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def year_conflict(part, fact, text: str, year: str | None) -> str | None:
    """The question asks about a year the notice never mentions (its 今年/去年 read from its date)."""
    if not part.period:
        return None
    asked = set(_YEAR.findall(part.period))
    from .evidence import _years_back, folded_doc

    if not asked and year and year.isdigit() and (back := _years_back(part.period)) >= 2:
        asked = {str(int(year) - back)}  # 前年 asked of a notice of 2026: 2024 (去年 may be the year it reports)
    elif not asked and year and year.isdigit() and re.search(r"今年|本年", part.period) \
            and re.search(r"(?<![\d至到~—-])\d{1,2}月(?!份?(?:至|到|~|—|-))", part.period) and not re.search(r"\d{1,2}\s*(?:至|到|~|—|-)\s*\d{1,2}月", part.period):
        # 今年1月 asked: one month of the notice's own year, which its figures must state (a campaign's total
        # from 11月 to 3月 is not January's), not merely a month the notice names somewhere (今年1至10月, a
        # stretch to date, is as often the notice's whole time)
        asked = {year}
    if not asked:
        # (一季度末 asked, no year, of a notice that never speaks of that quarter: not the figure's)
        folded = folded_doc(text)
        sub = _SUB.findall(part.period or "")
        spans = re.sub(r"(\d{1,2})\s*(?:至|到|~|—|–|-)\s*(\d{1,2})月", r"\1-\2月", _day_span_months(folded))  # (2025年1—9月 is 前三季度)
        if sub and not any(t in folded or _months(t) in {_months(x) for x in _SUB.findall(spans)} for t in sub):
            return subperiod_conflict(part, fact, folded)
        return None

    folded = folded_doc(text)
    said = set(_YEAR.findall(folded))
    if year:
        y = int(year)
        if re.search(r"今年|本年|当年", folded):
            said.add(str(y))
        if re.search(r"去年|上年|上一年|前一年", folded):
            said.add(str(y - 1))
    if said and not asked & said:
        return f"period not covered: {part.period}; the notice speaks of {'、'.join(sorted(said))}"
    return subperiod_conflict(part, fact, folded)


_SUB = re.compile(r"前三季度|[一二三四1-4]季度|上半年|下半年|\d{1,2}(?:-\d{1,2})?月")


# a stretch named as the base of a comparison (比2025年下半年, 较上年同期, 与一季度相比)
_BASE = re.compile(r"(?:比|较|与|同)(?:(?:19|20)\d\d年)?(?:同期)?(?:前三季度|[一二三四1-4]季度|上半年|下半年|\d{1,2}(?:-\d{1,2})?月)")


_SPAN = {"上半年": "1-6月", "下半年": "7-12月", "前三季度": "1-9月", "一季度": "1-3月", "1季度": "1-3月",
         "二季度": "4-6月", "2季度": "4-6月", "三季度": "7-9月", "3季度": "7-9月", "四季度": "10-12月", "4季度": "10-12月"}


def _months(token: str) -> str:
    """A sub-year period as months (一季度 → 1-3月), so 上半年 and 1-6月 are the same stretch."""
    return _SPAN.get(token, token)


def _day_span_months(s: str) -> str:
    """7月1日至9月30日 as 7-9月 (then 三季度): a run of whole months said by its first and last days."""
    s = re.sub(r"(\d{1,2})月1日\s*(?:至|到|~|—|–|-)\s*(\d{1,2})月(?:28|29|30|31)日", r"\1-\2月", s)
    return re.sub(r"(?<![\d日])(\d{1,2})月\s*(?:至|到|~|—|–|-)\s*(\d{1,2})月(?![\d份]*日)", r"\1-\2月", s)  # (7月至9月: 三季度)


def _digit_months(s: str) -> str:
    """Months written in characters (六月底, 十二月) in digits, as the questions' periods are read."""
    from .periods import small_int

    return re.sub(r"(?:(?<=[年至到和、，,（(—\-~\s])|^)([一二三四五六七八九十]{1,2})月",
                  lambda m: f"{v}月" if (v := small_int(m.group(1))) and 1 <= v <= 12 else m.group(0), s)


def subperiod_conflict(part, fact, folded: str) -> str | None:
    """A quarter, half or months asked (2022年一季度) that neither the figure's period nor its
    paragraph states: the figure is for some other stretch of time."""
    asked = _SUB.findall(part.period or "")
    if not asked:
        return None
    a = folded.rfind("\n", 0, fact.fig.start) + 1
    b = folded.find("\n", fact.fig.end)
    b = b if b != -1 else len(folded)
    from .textables import record_start

    r = record_start(folded, fact.fig.start)
    own_line = (a, b)
    if r < a:
        # a record of `label：value` lines states its time once (序时进度：截至6月底…) for all its fields
        a = r
        blank = folded.find("\n\n", b)
        b = blank if blank != -1 else len(folded)
    para = folded[a:b]
    if (a, b) != own_line:
        # (期初余额：286417.35元(截至2024年3月31日) in the record: a date in brackets right after another line's
        # figure is when that figure stood, not the record's time)
        para = re.sub(r"(?<=[\d元个件人户%亩])\s*\((?:截至|截止)[^()\n]{2,16}\)",
                      lambda m: " " * len(m.group(0)) if not (own_line[0] - a <= m.start() < own_line[1] - a) else m.group(0), para)
    para = para + " " + fold(fact.fig.period or getattr(fact, "period", None) or "")
    para = _digit_months(para)  # (截至二〇二四年六月底: a notice typed in Chinese numerals states 6月 too)
    # (比2025年下半年减少57个: the base of a change is no stretch the paragraph's figures are of)
    own = _BASE.sub("", re.sub(r"(\d{1,2})\s*(?:至|到|~|—|-)\s*(\d{1,2})月", r"\1-\2月", _day_span_months(para)))
    said = {_months(t) for t in _SUB.findall(own)}
    if any(_months(t) in said or t in para for t in asked):
        return None
    if re.search(r"期末|[季年月]末|末的|底的|余额|结余", fold(getattr(part, "text", "") or "")) and any(
            re.search(r"(?:截至|截止|到)(?:(?:19|20)\d\d年)?" + re.escape(_months(t).split("-")[-1]), own) for t in asked):
        # 第二季度期末余额 asked, 期末余额：430526.85元(截至2024年6月30日) stated: a stock at the stretch's last
        # month is where it ended
        return None
    # a notice whose title names the stretch (关于2024年上半年…考核情况的通报) reports it throughout,
    # unless the figure's own paragraph names another
    title = " ".join(ln for ln in [x.strip() for x in folded.lstrip().split("\n", 6)[:6]][:3] if len(ln) <= 60)
    # (本季度收入189856.26元 in 琹山村2025年第三季度村级财务收支公示: "this quarter" is the one the title names)
    this = bool(re.search(r"本(?:季度|期|月|半年)", fold(fact.fig.period or getattr(fact, "period", None) or "")))
    if (not said or this) and any(t in title or _months(t) in {_months(x) for x in _SUB.findall(title)} for t in asked):
        return None
    if getattr(part, "period_inherited", False) and not said and re.match(r"截至|截止|到", fold(part.period or "")):
        # 截至10月底已整改多少个?有多少人被处分?: the date said of the first part; a figure of the second that
        # states no time of its own is not of another time
        return None
    return f"period not covered: {part.period}; the notice gives {fact.fig.text} ({fact.measure}) without it"


def foreign_qualifier(part, fact, text: str) -> str | None:
    """The asked rate and the fact's end in the same head (覆盖率) but qualify it with words
    of their own: the fact's qualifier (高值医用耗材集中采购) is not in the question, and the question's
    (家庭医生签约服务) is not in the figure's sentence, and most of it nowhere in the notice. The notice
    does not speak of the thing asked, however alike the heads."""
    from .evidence import folded_doc

    asked = content(fold(part.measure))
    fm = content(fold(fact.measure))
    k = 0
    while k < min(len(asked), len(fm)) and asked[-1 - k] == fm[-1 - k]:
        k += 1
    if k < 3 or not asked.endswith(("率", "比例", "比重", "占比")):
        # (a rate: what it is a rate of is all its qualifier says; a count's or an amount's words before a
        # shared head are often the reader's verbs, 招揽 for 引进, 讨回 for 追缴)
        return None
    q_mod, f_mod = asked[:-k][-8:], fm[:-k][-8:]
    if len(q_mod) < 4 or len(f_mod) < 2:
        return None
    whole = content(fold(getattr(part, "whole", "") or part.text))
    fg = grams(f_mod)
    if sum(g in whole for g in fg) * 2 >= len(fg):
        return None  # the question names the fact's own qualifier too
    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    sent = content(folded[a:b])
    if any(g in sent for g in grams(q_mod[-4:])):
        return None  # the sentence says the asked qualifier's words (a paraphrase reads on)
    notice = content(folded)
    qg = grams(q_mod)
    if sum(g in notice for g in qg) * 2 >= len(qg):
        return None
    return f"measure not stated: {q_mod}{asked[-k:]}; the notice gives {fact.measure}"


def _label_blocks(folded: str) -> list[list[tuple[int, str]]]:
    """Runs of three or more lines, one after another (blank lines between allowed), each opening with its own
    short label and a colon (房建市政:… / 水利:… / 交通:…): sibling parts of a whole, each line its own part's.
    A label said twice in a run (整改情况:, 责任单位:) is a record's field, not a part: no such run."""
    blocks, run, last_end = [], [], -1
    for m in re.finditer(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,6}):(?=[^\n]*\d)", folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if run and folded[last_end:line_start].strip():
            blocks.append(run)
            run = []
        run.append((m.start(), m.group(1)))
        last_end = e if (e := folded.find("\n", m.end())) >= 0 else len(folded)
    blocks.append(run)
    field = re.compile(r"(?:问题|情况|措施|状态|责任|时限|金额|结果|进展|原因|依据|备注|说明|名称|内容|建议|要求|时间|地点|单位|目标|成效)$")
    return [b for b in blocks if len(b) >= 3 and len({x for _, x in b}) == len(b) and not any(field.search(x) for _, x in b)]


def labelled_line_conflict(part, fact, text: str) -> str | None:
    """The question names one label of a run of labelled lines (水利这一块查了多少个工程, beside 房建市政:…,
    水利:…排查项目83个…, 交通:…): a figure on another label's line, or outside the run in a sentence that does
    not name the label, is not that part's."""
    from .evidence import folded_doc

    folded = folded_doc(text)
    q = fold(part.text)
    pos = fact.fig.start
    for block in _label_blocks(folded):
        # (not a word inside a body's name: 安达水利水电工程有限公司 names no 水利 line)
        asked = [x for _, x in block if any(not re.match(r"[\u4e00-\u9fff]{0,8}?(?:公司|集团|厂|局|院|中心|学校|医院)", q[k.end():])
                                            for k in re.finditer(re.escape(x), q))]
        if len(asked) != 1:
            continue
        lab = asked[0]
        line = folded.rfind("\n", 0, pos) + 1
        own = next((x for s0, x in block if folded.rfind("\n", 0, s0 + 1) + 1 == line or s0 == line), None)
        if own == lab:
            return None
        a, b = _sentence(fact, folded)
        from .textables import paragraph_start

        if lab in folded[paragraph_start(folded, a):b] or lab in _heading_above(folded, pos):
            return None  # (a case told in a paragraph or section that names the label: its own figures)
        if own is not None:
            return f"{lab}: the notice gives {fact.fig.text} ({fact.measure}) on {own}'s line, not on {lab}'s"
        return f"{lab}: the notice gives {fact.fig.text} ({fact.measure}) for the whole; {lab}'s own line gives its figures"
    return None


_PERSON = re.compile(r"(?<![\u4e00-\u9fff]某)[\u4e00-\u9fff]某某")


def person_conflict(part, fact, text: str) -> str | None:
    """The question names a person (原总经理李某某被扣减了多少), and the figure's own ;-stretch of its sentence
    names another and not that one (…王某某…追索扣回已发放绩效年薪48.6万元;原总经理李某某…扣减其绩效年薪50%):
    the other person's figure."""
    from .evidence import folded_doc, semicolon_stretch

    asked = set(_PERSON.findall(fold(getattr(part, "whole", "") or part.text)))
    if not asked:
        return None
    folded = folded_doc(text)
    if not any(p in folded for p in asked):
        return None  # (a person the notice never names: other checks say so)
    _, a, b, _ = semicolon_stretch(folded, fact.fig.start, fact.fig.end, "。\n")
    here = set(_PERSON.findall(folded[a:b]))
    if not here or here & asked:
        return None
    other = sorted(here)[0]
    return f"{sorted(asked)[0]}: the notice gives {fact.fig.text} ({fact.measure}) for {other}, not for {sorted(asked)[0]}"


def group_total_conflict(part, fact, text: str) -> str | None:
    """The question names one body (宏远市政工程有限公司…被罚款多少), and the figure is a group's total that its
    sentence counts out (对4家企业分别处…罚款,合计罚款96.5万元), the body asked named only before that sentence
    as one of the group: no figure of its own."""
    from .evidence import folded_doc
    from .textables import paragraph_start

    names = [fold(w) for w in getattr(part, "who", []) or [] if len(w) >= 4]
    if not names:
        return None
    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    lead = folded[a:fact.fig.start]
    group = re.search(r"(?:对|向|给|将)?(?:\d+|[两二三四五六七八九十]{1,2})(?:家|个|名|人|所)[\u4e00-\u9fff]{0,6}?(?=[^。]*?(?:合计|共计|总计|共|分别))", lead)
    if not group or not re.search(r"(?:合计|共计|总计|共)[\u4e00-\u9fff]{0,6}$", lead):
        return None
    para = folded[paragraph_start(folded, a):a]
    q = fold(getattr(part, "whole", "") or part.text)
    for n in names:
        short = n[2:] if len(n) > 6 else n
        if short in folded[a:b] or short not in para or re.search(re.escape(short) + r"等", q):
            continue  # (恒基公司等4家企业…的罚款 asked: the group itself)
        return f"{n}: the notice gives {fact.fig.text} ({fact.measure}) for {group.group(0).lstrip('对向给将')} together, not for {n}"
    return None


def breakdown_omits(part, fact, text: str) -> str | None:
    """The question names a part of a whole (睰西管理处追缴了多少), and the figure is the whole, whose own 其中
    breakdown names parts of that kind with their figures (其中睰北管理处追缴1126.4万元、睰南管理处追缴867.5万元) and
    not the one asked: the notice gives it no figure. The kind is read from the breakdown itself: the words its
    items share (管理处追缴), said in the question after a name of the items' length."""
    from .evidence import folded_doc

    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    after = folded[fact.fig.end:b]
    k = after.find("其中")
    if k < 0 or re.search(r"[;。]", after[:k]):
        return None
    listed = after[k + 2:]
    listed = listed[:m.start()] if (m := re.search(r"[;。]", listed)) else listed
    # (items of this whole: each a name and its words, then a number in the whole's unit)
    items = [x.group(1) for x in re.finditer(r"(?:^|[,、和及])([\u4e00-\u9fff]{3,14}?)([\d.]+)([^\d,、;。]{0,3})", listed)
             if x.group(3).startswith(fact.fig.unit)]
    if len(items) < 2:
        return None
    shared = items[0]
    for x in items[1:]:
        shared = longest_run(shared, x)
    if len(shared) < 2:
        return None
    names = [x[:x.find(shared)] for x in items]
    if not all(1 <= len(n) <= 6 for n in names):
        return None
    # (the kind of unit the items are: their shared words up to a unit's suffix, 管理处 of 管理处追缴)
    unit = re.match(r".*?(?:管理处|作业区|管理所|管理站|分公司|分局|支行|分行|营业部|办事处|收费站|中队|大队|派出所|服务站|站|所|处|科|镇|乡|村|社区|街道|区|县|市)", shared)
    if not unit:
        return None
    word = unit.group(0)
    q = fold(part.text)
    for m in re.finditer(re.escape(word), q):
        asked = q[max(0, m.start() - len(names[0])):m.start()]
        if len(asked) == len(names[0]) and re.fullmatch(r"[\u4e00-\u9fff]+", asked) and asked not in names \
                and not re.search(r"[一二两三四五六七八九十几多少各每全本该这那个其]", asked) \
                and not (word in ("村", "镇", "乡", "社区") and AFTER_PLACE_WORD.match(q, m.end())) \
                and asked + word not in folded[a:b]:
            # (村干部: the villages' cadres, no village named)
            return (f"{asked + word}: the notice gives {fact.fig.text} ({fact.measure}) for the whole; its breakdown names "
                    f"{'、'.join(n + word for n in names)}, not {asked + word}")
    return None


_INSTITUTION = re.compile(r"(?:医院|保健院|卫生院|学校|中学|小学|幼儿园|学院|公司|集团|银行|中心|管理处|作业区)$")


def institution_whole_conflict(part, fact, text: str) -> str | None:
    """The question names an institution the notice names (睯州市妇幼保健院, once, among those it censures), and the
    figure is the whole's (全市…阳性率为72.6%。其中,CT检查阳性率为74.3%), its paragraph never naming that
    institution: the notice gives it no figure of its own."""
    from .evidence import folded_doc
    from .textables import paragraph_start, row_at

    folded = folded_doc(text)
    a, b = _sentence(fact, folded)
    p0 = paragraph_start(folded, a)
    p1 = folded.find("\n", b)
    scope = folded[p0:(p1 if p1 >= 0 else len(folded))]
    if (row := row_at(text, fact.fig.start)) is not None:
        scope += " " + fold(" ".join(row.header)) + " " + fold(text[text.rfind("\n", 0, fact.fig.start) + 1:fact.fig.start])
    if not re.search(r"全(?:省|市|县|区|镇|乡)", folded[p0:b]):
        return None  # (only a figure its paragraph says is the whole's)
    scope += " " + _heading_above(folded, fact.fig.start)
    title = " ".join(folded.lstrip().split("\n")[:2])
    for n in getattr(part, "who", []) or []:
        n = fold(n)
        if not _INSTITUTION.search(n) or n not in folded:
            continue
        short = re.sub(r"^[\u4e00-\u9fff]{1,3}?[省市县区](?=[\u4e00-\u9fff]{3})", "", n)
        if short in scope or n in scope or short in title or short in fold(fact.fig.subject or ""):
            continue  # (the notice's own body, 甏江能源集团 of its own report: the whole is its figure)
        return f"{n}: figure not given; the notice gives {fact.fig.text} ({fact.measure}) for the whole, and names {n} elsewhere"
    return None


def narrowing(part, fact, text: str, context: str, facts: list | None = None, outline=None,
              year: str | None = None) -> str | None:
    """The first reason the fact answers a narrower or other question than the part asks, or None
    (pipeline/nearmiss_sets.narrowing adds the checks on what the question itself states)."""
    return (list_conflict(part, fact, text, context)
            or unfigured_kind_conflict(part, fact, text)
            or subset_conflict(part, fact, text)
            or section_conflict(part, fact, text, context, outline)
            or labelled_line_conflict(part, fact, text)
            or person_conflict(part, fact, text)
            or group_total_conflict(part, fact, text)
            or breakdown_omits(part, fact, text)
            or institution_whole_conflict(part, fact, text)
            or (sibling_conflict(part, fact, text, facts) if facts else None)
            or modifier_conflict(part, fact, text, context)
            or foreign_qualifier(part, fact, text)
            or elsewhere_conflict(part, fact, text, context, outline)
            or year_conflict(part, fact, text, year))
