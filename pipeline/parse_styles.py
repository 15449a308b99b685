"""Outline styles built from labelled fields and lead sentences (issue 12).

Two general shapes of the genre that the heading rules in parse.py do not cover:

- **Labelled fields.** A rectification table linearised row by row (`序号:1 反馈问题:… 整改措施:…
  责任单位:… 整改进展:…`) and a block per issue (`(一)反馈问题:…`, numbered sub-problems, then
  `整改状态:…` and `整改情况:一是…`) are the same thing: a record opened by a field whose label names
  the problem, followed by fields whose labels name the measures, the responsible unit and the
  status. A label is classed by its head noun (…问题, …措施/…情况, …单位/…部门, …状态/…进展),
  never by the notice it comes from.
- **Lead sentences.** A paragraph (or numbered item) that opens with a sentence stating a shortcoming
  and goes on with what was done: the opening sentence is the issue.

Rules run on the folded text (textnorm.fold: ASCII punctuation, same offsets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .parse import sentence_end
from .types import Heading

_CJK = "\u4e00-\u9fff"
# a field label: a column header or form label (2-16 characters, no figures or clause punctuation) and a
# colon, at the start of a line's content or after a blank/bar (a row linearised on one line)
_LABEL = re.compile(rf"([{_CJK}][{_CJK}()/、]{{1,15}}):|【([{_CJK}][{_CJK}()/、]{{1,15}}?)[0-9一二三四五六七八九十]{{0,3}}】")

# classed by the head noun; the first that fits wins ("责任单位及责任人" is a unit, "问题来源" is not a problem)
_KINDS = [
    ("index", re.compile(r"^(?:序号|编号|序)$")),
    ("subject", re.compile(r"^(?!配合|协办|协助).*(?:单位|部门|主体)")),
    ("other", re.compile(r"(?:类别|类型|来源|分类|备注|责任人|领导|目标|要求|标准|依据|说明|级别)$|^(?:配合|协办|协助)")),
    ("status", re.compile(r"(?:状态|进展(?:情况)?|进度|完成情况|整改结果|是否完成|办结情况|销号情况)$")),
    ("measure", re.compile(r"(?:措施|举措|做法|整改情况|落实情况|整改内容|工作情况)$")),
    ("deadline", re.compile(r"(?:时限|期限|时间|日期)$")),
    ("problem", re.compile(r"^(?!.*(?:整改|措施)).{0,8}问题(?:描述|表现|内容|事项|名称|具体表现|清单)?$")),
]

# what a notice says about an issue's state; a short status cell is taken whole
STATUS_WORDS = re.compile(
    r"(阶段性完成|已(?:全部)?(?:完成整改|整改完成|整改到位|整改|完成|办结|销号)|基本完成|正在整改|整改中|"
    r"持续推进|持续整改|长期坚持|立行立改|(?:尚)?未(?:完成|整改)(?:整改|到位|完成)?)"
)

# in running text a status word counts only where it closes a clause ("该问题已整改。"), not as a verb
# with an object ("持续推进专项整治", "已完成3个小区改造")
STATUS_CLAUSE = re.compile(STATUS_WORDS.pattern + r"(?=[,;。!\s]|$)")


def _label_of(m: re.Match) -> str:
    """A label's words: `整改措施:` and `【整改措施】` alike; `【问题3】` is a 问题 label (its number dropped)."""
    return m.group(1) or m.group(2)


def label_kind(label: str) -> str | None:
    for kind, pat in _KINDS:
        if pat.search(label):
            return kind
    return None


def unit_cell_starts(line: str) -> bool:
    """The line opens a field naming the responsible unit (`责任单位：…`)."""
    m = _LABEL.match(line)
    return m is not None and label_kind(_label_of(m)) == "subject"


@dataclass
class Field:
    kind: str
    label_start: int
    start: int  # value, exclusive of the label and colon
    end: int
    line: int  # index of the line it starts on


@dataclass
class Record:
    """One issue stated through labelled fields; `subs` are its numbered sub-problems, each with the
    fields stated under it (its own 整改状态/整改情况) or none (the head's fields then cover it)."""

    problem: Field
    fields: list[Field] = field(default_factory=list)
    subs: list["Record"] = field(default_factory=list)
    level: int = 2
    end: int = 0
    problem_end: int = 0  # the problem's own line; a block's value may go on below it

    def first(self, kind: str) -> Field | None:
        return next((f for f in self.fields if f.kind == kind), None)


def _sub(start: int, end: int, level: int, line: int) -> Record:
    return Record(Field("problem", start, start, end, line), level=level, end=end, problem_end=end)


def _fields_on_line(text: str, content: int, end: int, n: int) -> list[Field]:
    out = []
    for m in _LABEL.finditer(text, content, end):
        p = m.start()
        if p != content and text[p - 1] not in " \t|":
            continue  # a colon inside a value ("一是修订制度:…") does not open a field
        kind = label_kind(_label_of(m))
        if kind:
            out.append(Field(kind, p, m.end(), end, n))
    for a, b in zip(out, out[1:]):
        a.end = b.label_start
    return out


# numbered items inside one problem cell: "反馈问题:1.…;2.…" or "①…②…"
_CELL_ITEM = re.compile(r"(?:^|(?<=[\s;。,:]))(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳])")


def numbered_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of a list numbered inside one line or cell (`(1)…;(2)…`), when it numbers two or more."""
    marks = list(_CELL_ITEM.finditer(text, s, e))
    if len(marks) < 2:
        return []
    ends = [m.start() for m in marks[1:]] + [e]
    return [(m.end(), end) for m, end in zip(marks, ends)]


def _split_cell(text: str, rec: Record) -> None:
    """A problem cell that numbers several problems: each is a sub-problem, what precedes them the head."""
    items = numbered_items(text, rec.problem.start, rec.problem_end)
    if items:
        rec.subs[:0] = [_sub(a, b, rec.level + 1, rec.problem.line) for a, b in items]
        rec.problem_end = _CELL_ITEM.search(text, rec.problem.start, rec.problem_end).start()


def _field_line(per_line, lines, k: int, content_start) -> bool:
    """Line k opens with a field that belongs to the problem above it (a status, a measure, a unit)."""
    return (k < len(lines) and bool(per_line[k]) and per_line[k][0].label_start == content_start(lines[k])
            and per_line[k][0].kind != "problem")


def find_records(text: str, lines, headings: list[Heading], content_start, original: str | None = None) -> list[Record]:
    """Records opened by a problem field. `content_start(line)` skips a numbering marker; table rows are
    read in `original` when given (the unfolded text: `text` with the same offsets)."""
    head_at = {h.start: h for h in headings}
    per_line = [_fields_on_line(text, content_start(ln), ln.end, n) for n, ln in enumerate(lines)]
    records: list[Record] = []
    n = 0
    while n < len(lines):
        probs = [f for f in per_line[n] if f.kind == "problem"]
        prev = head_at.get(lines[n - 1].start) if n > 0 else None
        if not probs or prev is not None and prev.kind == "problem":
            # (问题1:X。 then 【问题表现】…: the heading states the problem, the field its particulars)
            n += 1
            continue
        # a row: every field of this line up to the next problem field belongs to the record
        h = head_at.get(lines[n].start)
        rec = Record(probs[0], level=h.level if h and h.kind == "numbered" else 9)
        rec.problem_end = probs[0].end
        rest = per_line[n][per_line[n].index(probs[0]):]
        row = len(rest) > 1
        if row:
            rest = rest[:next((k for k, f in enumerate(rest[1:], 1) if f.kind == "problem"), len(rest))]
            rec.fields = rest[1:]
            rec.problem_end = rest[0].end
            rec.end = rest[-1].end
            _split_cell(text, rec)
            records.append(rec)
            n += 1
            continue
        # a block: the following lines, until a problem field or a heading at the record's level or above.
        # A numbered line below the head is a sub-problem: it takes the fields that follow it when
        # its first line is one (each sub-problem states its own status), else the head keeps them.
        last, cur = probs[0], rec
        # the heading the record sits under: its next sibling (第四项 after 第三项's fields) ends it too
        enc = max((g for g in headings if g.start < lines[n].start and g.kind == "numbered"), key=lambda g: g.start, default=None)
        k = n + 1
        while k < len(lines):
            ln = lines[k]
            fs = per_line[k]
            hk = head_at.get(ln.start)
            if fs and fs[0].label_start == content_start(ln):
                if fs[0].kind in ("problem", "index"):
                    break  # the next record (a table's next row opens with its 序号)
                cur.fields.extend(fs)
                last = fs[-1]
            elif hk is not None and (hk.kind == "unit" or hk.level <= min(rec.level, 2)):
                break
            elif re.fullmatch(r"[【\[][^】\]\n]{2,30}[】\]]", ln.text):
                break  # (【划重点】 on a line of its own, no field: a post's next part, not this record's)
            elif hk is not None and h is None and enc is not None and hk.kind == "numbered" and hk.level <= enc.level:
                break
            elif hk is not None and hk.kind == "numbered" and (
                    not rec.fields if cur is rec else _field_line(per_line, lines, k + 1, content_start)):
                sub = _sub(content_start(ln), hk.end, max(hk.level, rec.level + 1), k)
                rec.subs.append(sub)
                if _field_line(per_line, lines, k + 1, content_start) and (len(rec.subs) == 1 or rec.subs[-2].fields):
                    cur = sub
            else:
                last.end = ln.end  # the value goes on over this line
            if cur is not rec:
                cur.end = max(cur.end, last.end, ln.end)
            k += 1
        rec.end = max(last.end, rec.problem.end)
        _split_cell(text, rec)
        records.append(rec)
        n = k
    covered = {f.line for r in records for f in [r.problem, *r.fields]}
    return records + [r for r in _table_records(original or text, lines) if r.problem.line not in covered]


def _table_records(text: str, lines) -> list[Record]:
    """Rows of a plain-text table whose header names a problem column (序号|反馈问题|整改措施|…|整改状态):
    each row is a record, its other cells the fields their headers name."""
    from .textables import row_at

    out = []
    for n, ln in enumerate(lines):
        row = row_at(text, ln.start) if ln.end - ln.start >= 3 else None
        if row is None or not row.header or len(row.header) != len(row.cells):
            continue
        kinds = [label_kind(h.strip()) for h in row.header]
        if "problem" not in kinds:
            continue
        p = kinds.index("problem")
        s, e = row.cells[p]
        rec = Record(Field("problem", s, s, e, n), level=9, end=ln.end, problem_end=e)
        rec.fields = [Field(k, a, a, b, n) for i, (k, (a, b)) in enumerate(zip(kinds, row.cells))
                      if i != p and k in ("subject", "status", "measure", "deadline")]
        out.append(rec)
    return out


def status_of(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Span of the status a status field states: a short first clause whole, else a status word in it."""
    while s < e and text[s] in " \t\r\n":
        s += 1
    m = re.compile(r"[^,;。:\s]+").match(text, s, e)
    if m and len(m.group()) <= 6 and (STATUS_WORDS.search(m.group()) or "完成" in m.group() or "推进" in m.group()):
        return m.start(), m.end()
    m = STATUS_WORDS.search(text, s, e)
    return (m.start(1), m.end(1)) if m else None


# ---------------------------------------------------------------- lead sentences

# a clause that ends in a shortcoming predicate ("压力传导不到位", "管网建设滞后", "缺乏前瞻性",
# "存在白条入账现象") states a problem; "补齐…短板" or "排查违规兼职情况" names one as an object
_DEFICIT = re.compile(
    r"(?:不(?:够|足|到位|力|严|实|高|强|深|细|准|精准|规范|健全|完善|明显|充分|及时|彻底|扎实|全面|平衡|合理|落实|作为|担当|畅通)"
    r"|未(?:落实|建立|完成|执行|到位|健全)|缺(?:乏|失|位|少)|滞后|薄弱|偏(?:差|弱|低|少|软|慢|高)"
    r"|弱化|淡化|虚化|松懈|流于形式|走过场|敷衍|(?:存在|有)[^,;。]{0,20}(?:问题|现象|差距|短板|漏洞|隐患|风险)"
    r"|(?:缓|迟|较|太)?慢)"  # 进度慢, 处置缓慢
    r"[^,;。、]{0,4}$"
    # 违规调整容积率: what was done against the rules (not 排查违规兼职情况, 清退违规报销费用: what was done about it)
    r"|^(?!无|没有|未发现|均无)(?![^,;。]*(?:情况|查处|排查|检查|核查|清退|清理|开展|整治|类型))[^,;。、]{0,16}违规[^,;。、]{2,14}$"
)
# sentences that open with how something was done or why (a measure or a preamble)
_NOT_LEAD = re.compile(r"^(?:针对|对于|对|关于|按照|根据|围绕|通过|坚持|为|在|以|把|将|经|截至|目前|下一步|今后|同时|此外|其中)")


# what a 整改 item says after its problem: how far the fix has got (已全面退出…, 正在推进, 尚未启动)
_PROGRESS = re.compile(r"\s*(?:已|现已|目前已?|正在|尚未|仍在|因)")


def lead_problem(text: str, content: int, line_end: int, next_is_body: bool, bulleted: bool = False) -> tuple[int, int] | None:
    """The opening sentence of a paragraph when it states a shortcoming and the paragraph goes on. A
    sentence with figures counts only when the next says how far its fix has got (✔ 主业聚焦不够,…累计交易额
    12.7亿元。已全面退出…) or its line is bulleted and opens with the shortcoming; on a bulleted line whose next
    sentence says how far the fix has got, the opening sentence is the problem whatever its words."""
    e = sentence_end(text, content, line_end)
    if e >= line_end and not next_is_body:
        return None  # nothing follows that could answer it
    if e - content < 7 or e - content > 120 or text[e - 1] not in "。;":
        return None
    first = text[content:e - 1]
    clause = re.split(r"[,;]", first, maxsplit=1)[0]
    answered = text[e - 1] == "。" and e < line_end and bool(_PROGRESS.match(text, e, line_end))
    if _NOT_LEAD.match(first) or re.search(r"[一二三四五六七八九十]是|:", first) or re.search(r"\d", clause) \
            or re.search(r"\d", first) and not (answered or bulleted and _DEFICIT.search(clause)) \
            or e - content > 90 and not answered and not bulleted:
        return None
    if not _DEFICIT.search(clause) and not (bulleted and answered):
        return None
    return content, e - 1


def labelled_problem(text: str, content: int, line_end: int) -> tuple[int, int] | None:
    """A paragraph that names a body and then its shortcoming: 甲县:整改进度滞后,5个问题逾期… → the
    clause after the body's colon, when it states a shortcoming."""
    from .owners import _AFTER_LEAD, _own, body_at_start

    name = _own(body_at_start(text[content:line_end], _AFTER_LEAD))
    if not name:
        return None
    colon = text.find(":", content, line_end)
    if colon == -1:
        return None
    s = colon + 1
    while s < line_end and text[s] in " \u3000":
        s += 1
    e = next((i for i in range(s, line_end) if text[i] in ",;。"), line_end)
    clause = text[s:e]
    if not 4 <= len(clause) <= 30 or _NOT_LEAD.match(clause) or re.search(r"\d", clause) or not _DEFICIT.search(clause):
        return None
    return s, e


# ---------------------------------------------------------------- campaign targets

# "开展X问题专项整治", "有序推进“X”问题专项检查", "深化X问题集中整治成果": X问题 is the campaign's target
_CAMPAIGN = re.compile(
    r"(?:(?:开展|推进|深化|巩固|部署|启动|组织|实施|推动)了?)+(?:全[区市县省]|全系统|全行业)?"
    r"([^,;。:、\s]{2,40}?问题)(?=专项|集中|自查自纠|清理|整治|治理|排查|大起底|攻坚)"
)


# "集中整治群众身边不正之风和腐败问题的…": the target as the object of the campaign's verb
_CAMPAIGN_OBJECT = re.compile(r"(?:集中|专项)(?:整治|治理)([^,;。:、\s]{4,40}?问题)(?=[的,;。])")


def campaign_targets(text: str) -> list[tuple[int, int]]:
    spans = {(m.start(1), m.end(1)) for pat in (_CAMPAIGN, _CAMPAIGN_OBJECT) for m in pat.finditer(text)}
    return sorted(spans)


# "聚焦A问题、B问题和C问题,开展…", "就A问题,B问题和C问题等3类突出问题开展自查自纠": each listed
# problem is an issue (a list needs two items that each end in 问题)
_LIST_OPEN = re.compile(r"(?:针对|对于|聚焦|围绕|就|(?<![针面核相绝应反比校])对(?![接照象标外内口应比待话于]))")
_ITEM = re.compile(r"[^,;。:\n]{2,60}?问题")
_ITEM_SEP = re.compile(r"、|,|以及|和|及")


def listed_problems(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for o in _LIST_OPEN.finditer(text):
        if out and o.start() < out[-1][1]:
            continue  # inside a list already taken
        items, pos = [], o.end()
        while True:
            m = _ITEM.match(text, pos)
            if not m:
                break
            items.append((m.start(), m.end()))
            sep = _ITEM_SEP.match(text, m.end())
            if not sep:
                break
            pos = sep.end()
        if len(items) >= 2:
            out.extend(items)
    return out


# a problem as the subject of a status: "C问题未整改到位", "其中A、B2项问题已整改完成"
_STATED = re.compile(
    r"(?:^|(?<=[,;。:\n]))(?:其中|目前|截至目前|同时)?([^,;。:\n]{4,60}?)问题"
    r"(?=(?:均|已|未|尚未|正在|全部)+(?:全部)?(?:整改|完成|办结|销号))"
)
_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十]+)[项个类件条]$")


def problems_with_status(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, status span) of each problem a status sentence names."""
    out = []
    for m in _STATED.finditer(text):
        s, e = m.start(1), m.end(1)
        st = STATUS_WORDS.search(text, m.end(), m.end() + 12)
        st = (st.start(1), st.end(1)) if st else None
        c = _COUNT.search(text, s, e)
        if c is None:
            out.append((s, m.end(), st))
            continue
        # counted: the problems are the 、-list before the count; a bare count refers to others
        if "、" not in text[s:c.start()]:
            continue
        b = s
        for sep in [k for k in range(s, c.start()) if text[k] == "、"] + [c.start()]:
            if sep - b >= 4:
                out.append((b, sep, st))
            b = sep + 1
    return out


# a ledger line per unit: `3.X敬老院：Y问题，detail（整改中，预计4月完成）`: the problem after the unit's
# name, the status in the line's closing bracket
_RECORD_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:\d+[.、．]|[（(]\d+[)）])[ \t\u3000]*[^：:\n，,。]{2,24}[：:][ \t\u3000]*"
                          r"([^：:\n，,。；;]{4,40}?问题)[，,。；;][^\n]*?[（(]([^（()）\n]{2,30})[)）][ \t\u3000。]*$")


def record_line_problems(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, status span) of the problem each unit's ledger line names, when the line closes
    with its status (（已整改）, （整改中，预计X月完成）)."""
    out = []
    for m in _RECORD_LINE.finditer(text):
        st = STATUS_WORDS.search(m.group(2))
        if st:
            out.append((m.start(1), m.end(1), (m.start(2) + st.start(1), m.start(2) + st.end(1))))
    return out


# a figure-first line ▶ 86个：查纠A问题（已全部整改）: the count first, the problem after the act that found or
# fixed them, its status in brackets. (Kinds counted in a breakdown, 其中：A问题41个，B问题19个, are left alone:
# most splits' labellers read them as categories, not issues; adding them cost precision in 18 of 42 splits.)
_COUNT_FIRST = re.compile(r"(?m)^[ \t\u3000]*[^\w\s]{0,2}[ \t\u3000]*\d+(?:\.\d+)?(?:个|项|类)[ \t\u3000]*(?:[:：]|——|—)[ \t\u3000]*"
                          r"(?:查纠|纠治|整治|排查|查改|发现|督促整改|查出)([^（(\n，,。]{4,40}?问题)(?:[（(]([^（()）\n]{2,30})[)）])?")


def counted_problems(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, status span) of each problem a line names after giving its count first (an
    infographic's); the status in the line's brackets."""
    out = []
    for m in _COUNT_FIRST.finditer(text):
        st = STATUS_WORDS.search(m.group(2)) if m.group(2) else None
        out.append((m.start(1), m.end(1), (m.start(2) + st.start(1), m.start(2) + st.end(1)) if st else None))
    return out




# a numbered task or problem line of a list whose items go on with their measures and progress
# (任务1：X。\n整改措施：…\n完成情况：已完成): X is the problem; a field line's finding (抽查结果：发现问题，X　处理情况：…)
_TASK_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:整改)?(?:任务|问题)[ \t]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \t]*[:：][ \t\u3000]*([^\n。:：]{4,80}?)(?=。|\n|$)")
_TASK_FOLLOW = re.compile(r"整改措施|完成情况|整改情况|整改进展|整改结果")
_FOUND_FIELD = re.compile(r"(?:检查|抽查|核查|督查)结果[:：][ \t]*发现问题[,，、:：]?[ \t]*([^\n　\t]{4,80}?)(?=[ \t\u3000]{1,}[\u4e00-\u9fff]{2,6}[:：]|[。;；]?\n|[。;；]?$)")


def task_problems(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, status span) of each problem a numbered task line states (its measures and progress
    in the lines after it), and of each finding a field line reports (抽查结果：发现问题，…)."""
    out = []
    for m in _TASK_LINE.finditer(text):
        nxt = text[m.end():m.end() + 400]
        stop = _TASK_LINE.search(nxt)
        block = nxt[:stop.start()] if stop else nxt
        if not _TASK_FOLLOW.search(block):
            continue
        st = STATUS_WORDS.search(block)
        out.append((m.start(1), m.end(1), (m.end() + st.start(1), m.end() + st.end(1)) if st else None))
    for m in _FOUND_FIELD.finditer(text):
        out.append((m.start(1), m.end(1), None))
    return out
