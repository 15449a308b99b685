"""Outline of a notice: headings, the subject each passage belongs to, issues and their measures.

All rules are general patterns of the genre (numbered headings, unit-name
lines, `针对…问题`, `问题N:`, `一是…二是…`), never a particular notice's
sentences. Every span is an exact slice of the text. The issues and their
measures are found in parse_issues.py (and the field/lead-sentence styles
in parse_styles.py) on the headings found here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Heading, Outline, Section

CN = "一二三四五六七八九十"
_MARKERS = [
    (1, re.compile(rf"[{CN}]+[、.．]")),
    (2, re.compile(rf"[(（][{CN}]+[)）]、?")),
    (4, re.compile(r"[(（]\d{1,2}[)）]、?")),
    # 1.1 X问题: a sub-item of 1., above its (1) items (levels only ever compare)
    (3.5, re.compile(r"\d{1,2}[.．]\d{1,2}(?![\d.．%])\s*(?=[^\d\s])")),
    (3, re.compile(r"\d{1,2}(?:[、．]|\.(?!\d))")),
    (3, re.compile(rf"第(?:[{CN}]+|\d{{1,3}})[条项][\s、:：]*(?=关于|针对|[^\s])")),  # 第一条 关于X的问题, 第二项：X问题, 第3项：X问题 (a ledger's articles)
    (5, re.compile(r"[①-⑳]")),  # circled sub-items under 1. 2. (①珙桥镇片区第3标段…问题。)
    (3, re.compile(rf"(?:典型)?案例[{CN}\d]+[:：、\s]")),  # 案例二：璽安进出口有限公司骗取出口退税案 (a 通报's cases)
]
_PROBLEM = re.compile(rf"(问题[{CN}\d]+(?:[-—－][\d]+)*[::])|(第[{CN}]+方面问题)"  # (问题1-3：, a ledger numbered by part)
                      rf"|((?:整改)?(?:任务|事项)[{CN}\d]{{1,3}}[::]\s*(?=关于|针对|[^\n]{{0,60}}问题\s*$))")  # 整改任务1：关于X的问题
_LEAD = re.compile(r"(?:牵头单位|责任单位|牵头部门)[::]\s*([^\n。;;]+)")
_SENT_END = "。!?;!?;"
_UNIT_SUFFIX = re.compile(
    r"(开发区|高新区|新区|管委会|委员会|工委|党委|党组|纪委|监委|政府|人大|政协|法院|检察院|"
    r"局|委|办|厅|院|中心|公司|集团|银行|街道|镇|乡|县|区|市|州|部|处|所|站|队|学校|医院|大学|学院|协会|联合会|社)$"
)
_NOT_UNIT = re.compile(r"[,，。;；:：!！?？《》“”\"]|关于|通报|公告|公示|记者|通讯员|\d{4}年|当前位置|首页|来源")
# an inspected party named in the opening ("对鹤山市进行了巡视", "巡察安定区有关部门")
_INSPECTED = [
    re.compile(r"对([^,,。、]{2,24}?)(?:党工委|党委|党组|领导班子)?(?:开展了?|进行了?)(?:巡视|巡察|专项巡察|集中整治)"),
    re.compile(r"巡察(?!组|工作|办|机构)([^,,。、有和及]{2,12}?(?:区|市|县|镇|街道))(?:有关|各|的|情况)"),
    re.compile(r"^\s*((?![全本我该各])[^\s,,。]{1,12}?(?:区|市|县|省|州|旗))(?:公布|公示|通报|审计查出|巡视|巡察)", re.M),
    # a report's title: "关于梧川市2022年度…审计查出问题整改情况的报告"
    re.compile(r"^\s*关于([^\s,,。\d《]{1,10}?(?:省|市|县|区|州|旗))\d{4}年", re.M),
]
# a part of a report named after what was audited or inspected: "二、市级预算执行审计查出问题的整改情况"
# ("二、巡视反馈问题整改落实情况" names no part: the inspection alone is not what was looked at)
_PART = re.compile(r"(.{2,30}?(?:审计|巡视|巡察|检查|督察)?)(?<!^审计)(?<!^巡视)(?<!^巡察)(?<!^检查)(?<!^督察)"
                   r"(?:查出|发现|反馈|指出)(?:的)?问题(?:的)?整改(?:落实)?情况$")


@dataclass
class Line:
    start: int  # first non-blank character
    end: int  # before the line break
    text: str


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            s = pos + lead
            out.append(Line(s, s + len(stripped), stripped))
        pos += len(raw)
    return out


def sentence_end(text: str, pos: int, limit: int) -> int:
    """End (exclusive, after the punctuation) of the sentence starting at pos, bounded by limit."""
    for i in range(pos, limit):
        if text[i] in _SENT_END:
            return i + 1
        if text[i] in "\r\n":
            return i
    return limit


# a post's bullet (▍, ■, ◆) before a line's words: symbols, no word, number or opening bracket
_LINE_BULLET = re.compile(r"[^\w\u4e00-\u9fff（(【“\"\s]{1,3}\s*")


def _heading(doc: str, text: str, ln: Line, prev_blank_unit_ok: bool) -> Heading | None:
    s = ln.text
    if (b := _LINE_BULLET.match(s)) and _PROBLEM.match(s, b.end()):
        # ▍问题一：串换药品、耗材和诊疗项目问题: a post's bullet before the problem's label
        return _heading(doc, text, Line(ln.start + b.end(), ln.end, s[b.end():]), prev_blank_unit_ok)
    m = _PROBLEM.match(s)
    if m:
        end = sentence_end(text, ln.start, ln.end)
        return Heading(doc, ln.start, _trim_end(text, ln.start, end), "", 2, "problem")
    for level, pat in _MARKERS:
        m = pat.match(s)
        if m and len(s) > m.end():
            end = sentence_end(text, ln.start, ln.end)
            return Heading(doc, ln.start, _trim_end(text, ln.start, end), "", level, "numbered")
    if prev_blank_unit_ok and len(s) <= 24 and not _NOT_UNIT.search(s) and _UNIT_SUFFIX.search(s):
        return Heading(doc, ln.start, ln.end, "", 0, "unit")
    # 【瓐西燃气能源有限公司】 on a line of its own: the body the lines below report on, its name inside
    if prev_blank_unit_ok and (b := re.fullmatch(r"[【\[]([^【】\[\]]{2,24})[】\]]", s)) \
            and not _NOT_UNIT.search(b.group(1)) and _UNIT_SUFFIX.search(b.group(1)):
        return Heading(doc, ln.start + 1, ln.end - 1, "", 0, "unit")
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _SENT_END + " \t":
        end -= 1
    return end


def strip_marker(s: str) -> str:
    m = _PROBLEM.match(s)
    if m and (m.group(1) or m.group(3)):
        return s[m.end():]
    for _, pat in _MARKERS:
        m = pat.match(s)
        if m:
            return s[m.end():].strip()
    return s


def find_headings(doc: str, text: str) -> list[Heading]:
    from .parse_styles import unit_cell_starts
    from .textables import row_at

    lns = lines_of(text)
    out = []
    in_unit_cell = False
    for i, ln in enumerate(lns):
        # a signature line at the end ("中共鹤山市委" then a date) is not a section
        nxt = lns[i + 1].text if i + 1 < len(lns) else ""
        is_signature = i + 1 >= len(lns) or re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", nxt) is not None
        h = _heading(doc, text, ln, not is_signature and i > 0)
        # more units listed under a `责任单位：` cell, one a line, are not sections of the notice
        if h is not None and h.kind == "unit" and in_unit_cell:
            continue
        if h is not None and h.kind == "unit" and (row := row_at(text, ln.start)) is not None and row.sep == 4:
            continue  # (瘺岭乡 alone on its line, a cell of a table flattened one cell per line: a row's name, no section)
        in_unit_cell = unit_cell_starts(ln.text) or (in_unit_cell and h is None and len(ln.text) <= 24)
        if h:
            h.text = text[h.start:h.end]
            out.append(h)
    return out


def default_subject(text: str, meta: dict | None = None) -> str | None:
    head = text[:1500]
    for pat in _INSPECTED:
        m = pat.search(head)
        if m:
            return re.sub(r"^(中共|省委|市委|区委|县委)", "", m.group(1)).strip()
    if meta:
        # a newspaper, a broadcaster or an account reports on a place: the one its title names
        if _MEDIA.search(meta.get("issuer") or "") and not meta.get("place"):
            m = _TITLE_PLACE.search(meta.get("title") or "")
            if m:
                return m.group(1)
        return meta.get("place") or meta.get("issuer")
    return None


_MEDIA = re.compile(r"日报|晚报|报社|电视台|广播电视|融媒体|新闻网|新闻中心|公众号|客户端|新闻办")
_TITLE_PLACE = re.compile(r"(?:^|——访?|访)([\u4e00-\u9fff]{1,5}?(?:省|市|区|县|州|旗))")


def find_sections(doc: str, text: str, headings: list[Heading], original: str | None = None) -> list[Section]:
    original = original if original is not None else text
    sections: list[Section] = []
    units = [h for h in headings if h.kind == "unit"]
    numbered = [h for h in headings if h.kind == "numbered" and h.level >= 1]
    # units listed under a numbered part (二、各单位“回头看”情况 / 县住房和城乡建设局 / … / 瘶山街道 / 三、…): the
    # part's next heading of its level closes the last unit too; a part holding one unit only (a unit's own
    # 一、二、 under it) closes nothing
    closes: dict[int, int] = {}
    for g in numbered:
        nxt = next((x.start for x in numbered if x.start > g.start and x.level <= g.level), None)
        inside = [u for u in units if g.start < u.start and (nxt is None or u.start < nxt)]
        if nxt is not None and len(inside) >= 2:
            for u in inside:
                closes[u.start] = min(closes.get(u.start, nxt), nxt)
    for i, h in enumerate(units):
        end = units[i + 1].start if i + 1 < len(units) else len(text)
        end = min(end, closes.get(h.start, end))
        sections.append(Section(doc, h.start, end, h.text, None, h))
    # a numbered heading that is only a unit's name ("(三)石门镇"): that unit's part, up to the
    # next heading of its level or above
    for i, h in enumerate(numbered):
        name = strip_marker(h.text).strip()
        if len(name) > 24 or _NOT_UNIT.search(name) or not _UNIT_SUFFIX.search(name) or len(name) < 2:
            continue
        if re.search(r"[\d、]", name):
            continue  # 1.整治范围：全镇12个行政村、2个社区: a list item ending in a place word names no unit
        end = next((g.start for g in numbered[i + 1:] if g.level <= h.level), len(text))
        end = min([end] + [u.start for u in units if u.start > h.start])
        sections.append(Section(doc, h.start, end, name, None, h))
    # programme-organised notices: a level-1 heading whose section names a 牵头单位
    tops = [h for h in headings if h.level == 1 and h.kind == "numbered"]
    for i, h in enumerate(tops):
        end = tops[i + 1].start if i + 1 < len(tops) else len(text)
        m = _LEAD.search(text, h.end, min(end, h.end + 200))
        part = _PART.match(strip_marker(h.text))
        if m:
            lead = original[m.start(1):m.end(1)].strip()
            sections.append(Section(doc, h.start, end, strip_marker(h.text), lead, h))
        elif part:
            sections.append(Section(doc, h.start, end, part.group(1), None, h))
    return sorted(sections, key=lambda s: s.start)



def parse(doc: str, text: str, meta: dict | None = None) -> Outline:
    from .textnorm import fold

    original, text = text, fold(text)  # rules see ASCII punctuation; spans are sliced from the original
    headings = find_headings(doc, text)
    for h in headings:
        h.text = original[h.start:h.end]
    sections = find_sections(doc, text, headings, original)
    from .owners import aliases, named, owner_sections, same_body

    short = aliases(text)
    for sec in sections:
        sec.subject = named(sec.subject, short)
    outline = Outline(doc, headings, sections, [], named(default_subject(text, meta), short))
    # an owner that is the notice's own body (its press office's speaker, its issuer) adds nothing
    own = outline.default_subject
    outline.owners = [o for o in owner_sections(doc, text, headings, strip_marker) if not (own and same_body(o.subject, own))]
    for o in outline.owners:
        o.subject = named(o.subject, short)
    from .parse_issues import find_issues

    outline.issues = find_issues(doc, text, headings, outline.subject_at, original)
    for iss in outline.issues:
        iss.__dict__.pop("_level", None)
        iss.__dict__.pop("_record", None)
        iss.text = original[iss.start:iss.end]
        if iss.status is not None:
            iss.status = original[iss.status_start:iss.status_end]
        for m in iss.measures:
            m.text = original[m.start:m.end]
    return outline
