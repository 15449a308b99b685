"""Issues of a notice and their measures, found on the outline's headings and lines.

The rules are general patterns of the genre: a numbered heading that names a problem, `针对…问题`,
`关于…的问题`, `问题N:`, labelled-field records (parse_styles), a lead sentence stating a shortcoming,
a campaign's target, problems listed before `等…问题` or named as the subject of a status, and
`一是…二是…` measures. Rules see the folded text; every span is an exact slice of it.
"""
from __future__ import annotations

import re

from . import parse_styles as styles
from .parse import _SENT_END, CN, Line, lines_of, sentence_end, strip_marker
from .types import Heading, Issue, Measure

_ISSUE_END = "问题"
_INLINE = re.compile(
    r"(?:(?:^|(?<=[。;;,,:：\n])|(?<=[一二三四五六七八九十]是))\s*(针对|对于|对(?![接照象标外内口应比待话])|聚焦|就)"
    r"|(针对|(?<![针面核相绝应反比校])对(?![接照象标外内口应比待话于])))"
    r"([^。;;,,:：\n]{3,70}?问题(?=[,,。;;]|进行|开展|予以|依法|实施|展开|立行立改|等))"
)
_GENERIC = re.compile(r"^存在的?(?:主要)?问题(?:和|及|与)|(?:审计|巡察|巡视|督察|检查)(?:组)?(?:查出|发现|反馈|指出|交办)的?问题$|^(?:查出|发现|反馈|指出|交办)问题$|(?:指出|反馈|发现|反映|存在|提出|交办|涉及)的(?:[^的]{0,6})?问题$|(?:难点|普遍性|倾向性|共性|个性)问题$|\d+个[^问]{0,4}问题|^(?:已|未|尚未)?(?:整改|完成|销号|办结)(?:到位|完成)?的?问题$|^(?:巡察|巡视|上述|以上|相关|存在的|发现的|反馈的|这些|此类|该|有关)?(?:反馈|发现|存在|指出)?的?(?:突出|重点|难点|具体|典型|主要|共性)?问题$|^(?:巡察|巡视)(?:组)?反馈(?:的)?问题$|存在的问题$|发现的问题$|反馈的问题$")
# a heading that opens with fixing something ("切实解决上学难问题") names a measure, not the problem
_FIXING = re.compile(r"\s*(?:切实|着力|全力|坚决|大力|全面|集中|深入|认真|扎实|有效)?(?:解决|整治|整改|治理|破解|纠正|查处|处理|化解)")
_NAMED_LEAD = re.compile(rf"\s*([{CN}]+是)?([^,;。:\n]{{4,40}}?问题)(?:([。;])|(?=涉及))")
_NOT_PROBLEM_LEAD = re.compile(r"针对|对于|对|关于|按照|根据|围绕|通过|坚持|解决|整治|整改|治理|着力|切实|其中|目前|经")
_MEASURE_MARK = re.compile(rf"(?:^|(?<=[。;;,,:：\s]))([{CN}]+是)")


def _issue_text_spans(text: str, h: Heading | None, start: int, limit: int) -> tuple[int, int] | None:
    """The `针对…问题` / `对…问题` / `关于…问题` clause that opens a passage, if it opens with one."""
    m = re.compile(r"\s*(针对|关于|对)").match(text, start, limit)
    if not m:
        return None
    s = m.end()
    end = sentence_end(text, s, limit)
    j = text.find(_ISSUE_END, s, end)
    if j == -1:
        return None
    # "对…问题" reads as an issue only if 问题 closes the clause, not "对X问题进行…"
    while True:
        after = j + len(_ISSUE_END)
        if after >= end or text[after] in "。,,;;:: \n":
            return s, after
        nj = text.find(_ISSUE_END, after, end)
        if nj == -1:
            return (s, after) if m.group(1) == "针对" else None
        j = nj


# a post's bullet before a line's words (🔍 聚焦问题：…, ▶ , ● , > ): symbols and spaces, no word or number
_BULLET = re.compile(r"^[^\w\u4e00-\u9fff（(【“\"]{1,6}\s*(?=[\u4e00-\u9fff【])")


def content_start(text: str, ln: Line) -> int:
    """Where a line's content starts, after its numbering marker (`(一)`, `1.`, `问题3:`) or a bullet (🔍 )."""
    bullet = _BULLET.match(ln.text)
    label = styles._LABEL.match(ln.text, bullet.end()) if bullet else None
    # (only before a problem's label: ▶ 琦和堂药店：… is one body's line, no field of a record)
    body = ln.text[bullet.end():] if label and styles.label_kind(styles._label_of(label)) == "problem" else ln.text
    rest = strip_marker(body)
    return ln.start + len(ln.text) - len(rest) if rest and ln.text.endswith(rest) else ln.start


def record_issues(doc: str, text: str, lns: list[Line], headings: list[Heading], outline_subject,
                  original: str | None = None) -> list[Issue]:
    """Issues stated through labelled fields: table rows and `反馈问题:` blocks (parse_styles). Table rows
    are read in the `original` text (a CSV row's ASCII commas part cells, its full-width ones do not)."""
    out: list[Issue] = []
    for rec in styles.find_records(text, lns, headings, lambda ln: content_start(text, ln), original):
        head = _record_issue(doc, text, rec, min(rec.level, 3), None, False, outline_subject)
        items = _enumerated(text, head.start, head.end) if head and not rec.subs else []
        if head and not rec.subs and len(items) < 2:
            # 【发现问题】一是X问题。(particulars)。二是Y问题。…: each titled item is a problem, its particulars
            # after it (the head was cut at the first title's full stop)
            titled = [(a, b) for a, b in _enumerated(text, *_strip(text, rec.problem.start, rec.problem_end))
                      if text[a:b].endswith(_ISSUE_END)]
            items = titled if len(titled) >= 2 else items
        if len(items) >= 2:
            # 主要问题:一是X;二是Y;三是Z: each item is a problem of its own, under the record's measures
            for a, b in items:
                iss = _mk_issue(doc, text, (a, b), min(rec.level, 3), lambda _: head.subject)
                iss.status, iss.status_start, iss.status_end = head.status, head.status_start, head.status_end
                iss.measures, iss.scope_end = head.measures, head.scope_end
                iss.__dict__["_record"] = True
                out.append(iss)
            continue
        if head:
            out.append(head)
        for sub in rec.subs:
            iss = _record_issue(doc, text, sub, max(sub.level, rec.level + 1), rec, head is not None, outline_subject)
            if iss:
                iss.parent = head.start if head else None
                out.append(iss)
    return out


def _enumerated(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of `一是X;二是Y;三是Z` filling text[s:e], each without its 一是 and closing mark."""
    its = list(re.finditer(rf"(?:^|(?<=[;;。]))\s*[{CN}]+是([^;;。]{{4,80}})", text[s:e]))
    return [(s + m.start(1), s + m.end(1)) for m in its] if len(its) >= 2 else []


def _record_issue(doc: str, text: str, rec, level: int, head, head_issue: bool, outline_subject) -> Issue | None:
    """One record (or sub-problem `rec` of record `head`) as an issue. A sub-problem without fields of
    its own is covered by its head's status and unit; it takes the head's measures only when the head
    states no problem of its own to hold them (`反馈问题:` followed straight by numbered problems)."""
    s, e = _strip(text, rec.problem.start, rec.problem_end)
    if e - s < 4:
        return None
    first = text.find("。", s, e)
    if first != -1 and text[s:first].endswith("问题") and first - s >= 6:
        e = first  # 【问题1】水资源税费征收不到位的问题。2022年…: the titled problem, then its particulars
    own = head is None or bool(rec.fields)
    fields = rec.fields if own else head.fields
    unit = next((f for f in fields if f.kind == "subject"), None) or (head.first("subject") if head else None)
    # the unit the cell names first (a cell may go on with the person in charge or more units)
    subject = (re.split(r"\s", text[slice(*_strip(text, unit.start, unit.end))])[0] or None) if unit else None
    # a short status cell (整改结果:已完成) says it best; a long progress field (整改进展:…) may say it in passing
    statuses = sorted((f for f in fields if f.kind == "status"), key=lambda f: len(text[f.start:f.end].strip()) > 12)
    st = next((st for f in statuses if (st := styles.status_of(text, f.start, f.end))), None)
    iss = _mk_issue(doc, text, (s, e), level, lambda _: subject or outline_subject(s))
    iss.status, (iss.status_start, iss.status_end) = (text[st[0]:st[1]], st) if st else (None, (None, None))
    holder = rec if own or head_issue else head
    said = [f for f in holder.fields if f.kind == "measure"] \
        or [f for f in holder.fields if f.kind == "status" and len(text[f.start:f.end].strip()) > 20]  # 整改进展:会同…开展…
    iss.measures = [m for f in said for m in find_measures(doc, text, f.start, f.end)]
    iss.scope_end = max(holder.end, e)
    iss.__dict__["_record"] = True
    return iss


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\r\n":
        s += 1
    while e > s and text[e - 1] in _SENT_END + " \t\r\n,":
        e -= 1
    return s, e


def find_issues(doc: str, text: str, headings: list[Heading], outline_subject, original: str | None = None) -> list[Issue]:
    lns = lines_of(text)
    issues: list[Issue] = record_issues(doc, text, lns, headings, outline_subject, original)
    records = [(i.start, i.scope_end) for i in issues]

    def free(s: int, e: int) -> bool:
        return not any(a <= s < b for a, b in records) and not any(i.start <= s < i.end or s <= i.start < e for i in issues)

    numbered = [h for h in headings if h.kind in ("numbered", "problem")]
    for h in numbered:
        if not free(h.start, h.end):
            continue
        body = text[h.start:h.end]
        inner = h.start + (len(body) - len(strip_marker(body)))
        if h.kind == "problem":
            lead = re.match(r"\s*(?:关于|针对)", text[inner:h.end])  # (整改任务1:关于X的问题: the problem is X的问题)
            span = (inner + (lead.end() if lead else 0), h.end)
        else:
            span = _issue_text_spans(text, h, inner, h.end + 1 if h.end < len(text) else h.end)
            # (a status tag after it, 【已完成】, is not the problem's words)
            tag = re.search(r"\s*[【\[][^】\]\n]{2,30}[】\]]$", text[inner:h.end])
            core_end = inner + tag.start() if tag else h.end
            if span is None and text[inner:core_end].endswith(_ISSUE_END) and not _FIXING.match(text, inner):
                span = (inner, core_end)  # "(一)组织建设不够扎实问题" heads its sub-issues
            elif span is None and not _FIXING.match(text, inner) and 6 <= h.end - inner <= 40 \
                    and not re.search(r"[。;:]", text[inner:h.end]) and styles._DEFICIT.search(text[inner:h.end]):
                span = (inner, h.end)  # "(一)服务全省能源保供和国企改革大局有差距": a heading that states a shortcoming
            elif span is None and h.level <= 2 and (aspect := re.match(r"([^。;:：\n]{4,40}?)方面\s*(?:[(（][^()（）\n]{0,30}[)）])?$", text[inner:h.end])) \
                    and not _FIXING.match(text, inner) and styles._DEFICIT.search(aspect.group(1)):
                span = (inner, inner + aspect.end(1))  # "一、落实国企改革部署不到位方面(共8个问题…)": the shortcoming it groups
            elif span is None and h.level <= 2 and not h.text.endswith("方面"):
                # a programme named after its problem: "四、欺诈骗保问题专项整治"
                j = text.find(_ISSUE_END, inner, h.end)
                if j != -1 and 4 <= j - inner <= 30:
                    span = (inner, j + len(_ISSUE_END))
        if span is None and h.kind == "numbered":
            span = _body_item_problem(text, inner, h) or _person_entry_problem(text, inner, h) \
                or _titled_problem(text, inner, h, headings)
        if span:
            issues.append(_mk_issue(doc, text, span, h.level, outline_subject))
        if h.kind == "problem":
            # "问题3:X。(1)Y;(2)Z。": the problems it numbers on its own line are its sub-issues
            line_end = text.find("\n", h.end)
            for a, b in styles.numbered_items(text, h.end, len(text) if line_end == -1 else line_end):
                a, b = _strip(text, a, b)
                if b - a >= 4:
                    sub = _mk_issue(doc, text, (a, b), 3, outline_subject)
                    # the measures below answer the heading problem, not its last item
                    sub.parent, sub.scope_end = (span[0] if span else None), b
                    sub.__dict__["_record"] = True
                    issues.append(sub)
    # sentence-initial "针对…问题" / "关于…问题" outside numbered headings (unit-organised notices, news paragraphs)
    for ln in lns:
        # (a bullet before it, ▶ or 🔹, is no word: the line still opens with 针对)
        # (and each circled item a paragraph runs on with: 。②关于Y的问题。…③关于Z的问题。)
        for m in re.finditer(r"(?:^[^\w“]*|(?<=[。]))\s*针对|(?:^|(?<=[。;,]))\s*关于"
                             r"|(?:^|(?<=[。;]))\s*[①-⑳]\s*(?:针对|关于)", ln.text):
            pos = ln.start + m.end() - 2  # at 针对/关于 itself
            span = _issue_text_spans(text, None, pos, ln.end)
            if span and free(*span):
                issues.append(_mk_issue(doc, text, span, 5, outline_subject))
    # a paragraph or numbered item that opens with a sentence stating a shortcoming
    head_at = {h.start: h for h in headings}
    for k, ln in enumerate(lns):
        h = head_at.get(ln.start)
        if h is not None and (h.kind != "numbered" or h.level <= 2):
            continue
        nxt = lns[k + 1] if k + 1 < len(lns) else None
        c0, bullet = content_start(text, ln), _BULLET.match(ln.text)
        if bullet and c0 == ln.start:
            c0 += bullet.end()  # (✔ 主业聚焦不够,…: the status mark is no word of the problem)
        span = styles.lead_problem(text, c0, ln.end, nxt is not None and nxt.start not in head_at, bulleted=bool(bullet)) \
            or styles.labelled_problem(text, content_start(text, ln), ln.end)
        if span and free(*span):
            issues.append(_mk_issue(doc, text, span, h.level if h else 5, outline_subject))
    # under a heading that says it lists problems (一、各县(区)存在的主要问题), each sentence or semicolon
    # item that opens with a shortcoming names one: "…。项目资金闲置沉淀,…;产业项目带农益农效果不明显,…"
    for s, e in _listed_shortcomings(text, headings):
        if free(s, e):
            issues.append(_mk_issue(doc, text, (s, e), 5, outline_subject))
    # 巡察指出,投诉举报处置不够及时、群众满意度不高。: what the inspection found, each item of the sentence
    # that states a shortcoming and no figure
    for s, e in _found_shortcomings(text):
        if free(s, e):
            issues.append(_mk_issue(doc, text, (s, e), 5, outline_subject))
    # a paragraph that opens by naming its problem: "一是违规发放绩效奖金问题。涉及金额…" under a body's
    # heading, or "X问题涉及资金2130万元,已拨付…" (the problem as the subject of its amount)
    for ln in lns:
        # (the paragraph's later 二是…问题。 too, each after a full stop)
        for at in [0] + [k + 1 for k, ch in enumerate(ln.text) if ch in "。;" and re.match(rf"\s*[{CN}]+是", ln.text[k + 1:])]:
            m = _NAMED_LEAD.match(ln.text, at)
            if not m or _NOT_PROBLEM_LEAD.match(m.group(2)) or not (m.group(1) or at == 0 and m.group(3) is None):
                continue
            span = (ln.start + m.start(2), ln.start + m.end(2))
            if free(*span) and not _GENERIC.search(text[span[0]:span[1]]):
                issues.append(_mk_issue(doc, text, span, 5, outline_subject))
    # a campaign named after the problem it targets ("开展X问题专项整治"); problems listed before 等…问题
    spans = [(s, e, None) for s, e in styles.campaign_targets(text) + styles.listed_problems(text)]
    for s, e, st in spans + styles.problems_with_status(text) + styles.record_line_problems(text) + styles.counted_problems(text) + styles.task_problems(text):
        before = max((i for i in issues if i.start < s), key=lambda i: i.start, default=None)
        restated = before is not None and before.text == text[s:e]  # the heading's own problem again
        if not _GENERIC.search(text[s:e]) and free(s, e) and not restated:
            issues.append(_mk_issue(doc, text, (s, e), 6, outline_subject))
            issues[-1].__dict__["_status"] = st
    # problems named inside the measures: "一是对X问题进行核查", "针对X问题,…"
    for m in _INLINE.finditer(text):
        s, e = m.start(3), m.end(3)
        # a record's own enumeration of what it answers (整改进展:一是针对X的问题,…;二是针对Y的问题,…) names
        # its sub-problems, though the record's scope holds them
        listed = m.group(1) is not None and re.search(rf"[{CN}]是\s*$", text[max(0, m.start() - 3):m.start(1)])
        if _GENERIC.search(text[s:e]) or not (free(s, e) or listed and not any(i.start <= s < i.end for i in issues)):
            continue
        issues.append(_mk_issue(doc, text, (s, e), 6, outline_subject))
    # a problem named in quotes (璛源城投集团“工程结算审核不严、多付工程款”问题,超期56天; 县卫生健康局“医疗设备
    # 采购论证不充分”、…等问题): the quoted shortcoming is an issue wherever the notice names it so
    for m in _QUOTED_PROBLEM.finditer(text):
        s, e = m.start(1), m.end(1)
        if _SHORTCOMING.search(text[s:e]) and free(s, e) and not _GENERIC.search(text[s:e]):
            issues.append(_mk_issue(doc, text, (s, e), 6, outline_subject))
    # what a body is said to have (该公司存在X的问题,以及Y的问题; 发现的主要问题:一是X的问题,…), and a problem
    # said to persist (…的问题尚未根治): problems stated inside a case's or a unit's paragraph
    for s, e in _stated_problems(text, headings):
        if free(s, e) and not _GENERIC.search(text[s:e]):
            issues.append(_mk_issue(doc, text, (s, e), 6, outline_subject))
    issues = [i for i in issues if not _GENERIC.search(i.text)]
    issues.sort(key=lambda i: i.start)
    _link(issues, text, headings)
    for n, iss in enumerate(issues, 1):
        iss.id = f"{doc}#i{n}"
    for iss in issues:
        if iss.parent is not None:
            iss.parent = next(p.id for p in issues if p.start == iss.parent)
    return issues


# a problem some body has or was found to have: the clause after 存在/发现/主要是 up to its 问题 (not after
# 未/不/没有: 未发现X问题 states none), and one joined on with 以及
# (检查中发现该食堂存在餐饮具消毒记录不全的问题: the clause after 发现 runs to 存在, whose own problem is read)
_HAS = re.compile(r"(?<![未不没无])(?:存在|发现|主要是|主要表现为)(?:的主要问题)?\s*((?:(?!存在)[^。,;:\n]){4,60}?问题)(?=[。,;:)]|以及|$)")
_AND_ALSO = re.compile(r",?以及\s*([^。,;:\n]{4,60}?问题)(?=[。,;:]|$)")
# the items of 发现…:一是X的问题,…;二是Y的问题 (or under 存在的问题): each names the problem before its particulars
_FOUND_ITEMS = re.compile(r"(?:发现|存在|主要问题|突出问题)[^。\n]{0,12}?:")
_ITEM_PROBLEM = re.compile(rf"(?:^|(?<=[:;。\n]))\s*[{CN}]+是([^。,;:\n]{{4,60}}?问题)(?=[,;。]|$)")
# a problem said to persist (部分村民小组资金游离于村账之外的问题尚未根治; …问题仍较突出; …问题反复出现)
_PERSISTS = re.compile(rf"(?:^|(?<=[。;:,\n]))\s*(?:[{CN}]+是|此外,?)?([^。,;:\n]{{4,50}}?问题)(?=仍|尚未|依然|反复|还没|没有根|未根)")


# not a problem's own words: 发现的…问题 (a clause about what was found), 四个方面的问题 / 仍有2条问题 / 另有3所学校
# 存在类似问题 (a count or another clause), 发现问题、解决问题 (the work of finding and fixing)
_NOT_STATED = re.compile(rf"^(?:的|仍有|另有|还有|[\d{CN}])|存在|方面的?问题$|类似问题$|(?:解决|整改|处理|化解)问题$")


def _stated_problems(text: str, headings: list[Heading]) -> list[tuple[int, int]]:
    out = []
    for m in _HAS.finditer(text):
        if _FIXING.match(m.group(1)):  # (通过个人账户收取货款…的问题 is had: no lead to a measure after 存在)
            continue
        out.append((m.start(1), m.end(1)))
        if (also := _AND_ALSO.match(text, m.end())):
            out.append((also.start(1), also.end(1)))
    # (a line that says it lists what was found, or a section headed as the problems: 四、存在的问题和…)
    spans = [(m.end() - 1, text.find("\n", m.end()) % (len(text) + 1)) for m in _FOUND_ITEMS.finditer(text)]
    for i, h in enumerate(headings):
        if _PROBLEMS_HEAD.search(strip_marker(h.text)):
            spans.append((h.end, next((g.start for g in headings[i + 1:] if g.level <= h.level), len(text))))
    for a, end in spans:
        for it in _ITEM_PROBLEM.finditer(text, a, end):
            if not _NOT_PROBLEM_LEAD.match(it.group(1)) and not _FIXING.match(it.group(1)):
                out.append((it.start(1), it.end(1)))
    # (发现的问题主要集中在四个方面。一是X不够到位,有的…。二是…: each aspect's first clause, a shortcoming)
    for m in _ASPECTS_LEAD.finditer(text):
        end = text.find("\n", m.end()) % (len(text) + 1)
        for it in re.finditer(rf"(?:^|(?<=[。;；:：\s]))[{CN}]+是([^,，;；。:：\n]{{4,40}})(?=[,，;；。])", text[m.end():end]):
            if _SHORTCOMING.search(it.group(1)) and not _NOT_PROBLEM_LEAD.match(it.group(1)) and not _FIXING.match(it.group(1)):
                out.append((m.end() + it.start(1), m.end() + it.end(1)))
    # (· “一次告知”不到位的问题。部分窗口…: a bulleted line that opens by naming a problem, then tells it)
    for m in _BULLET_PROBLEM.finditer(text):
        if not _NOT_PROBLEM_LEAD.match(m.group(1)) and not _FIXING.match(m.group(1)):
            out.append((m.start(1), m.end(1)))
    for m in _PERSISTS.finditer(text):
        a = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        if not _NOT_PROBLEM_LEAD.match(text, a) and not _FIXING.match(text, a):
            out.append((a, m.end(1)))
    return [(a, b) for a, b in out if not _NOT_STATED.search(text[a:b])]


_ASPECTS_LEAD = re.compile(r"(?:发现|查出|反馈|存在|指出)的?(?:主要|突出)?问题(?:主要)?(?:集中在|表现在|体现在|有)[^。\n]{0,12}?方面[。:：]")
_BULLET_PROBLEM = re.compile(r"(?:^|\n)[ \u3000]*[·•●▪◆■□◇○◎►▶→\-—*][ \u3000]*([^,，;；。:：\n]{4,40}?的问题)(?=。)")
_QUOTED_PROBLEM = re.compile(r"[“\"]([^”\"\n]{4,40})[”\"](?=(?:、[^,，。;；\n]{0,40}?)?等?(?:方面)?问题)")
# the words of a shortcoming inside such a quote (not a slogan or a campaign's name: “四下基层”问题 is no fault)
_SHORTCOMING = re.compile(r"不|未|没有|乱|违规|违法|违纪|虚报|虚列|弄虚|造假|超标|超期|缺|漏|私|侵占|挪用|骗|套取|截留|吃拿卡要|走过场"
                          r"|滞后|薄弱|混乱|失职|失责|拖欠|冒领|优亲厚友|雁过拔毛|懒政|庸政|怠政")
_PROBLEMS_HEAD = re.compile(r"存在的?(?:主要|突出|共性)?问题|(?:发现|查出|反馈)的(?:主要|突出)?问题$|主要问题$")


def _listed_shortcomings(text: str, headings: list[Heading]) -> list[tuple[int, int]]:
    """In a section headed as a list of problems, the opening clause of each sentence or semicolon item
    when it states a shortcoming (…不明显, …不到位, …滞后) and says no figure."""
    out = []
    for i, h in enumerate(headings):
        if not _PROBLEMS_HEAD.search(strip_marker(h.text)):
            continue
        end = next((g.start for g in headings[i + 1:] if g.level <= h.level), len(text))
        at = h.end
        for m in re.finditer(r"[^。;\n]+", text[at:end]):
            seg_start = at + m.start()
            seg = m.group(0)
            lead = len(seg) - len(seg.lstrip(" \u3000"))
            clause = re.split(r"[,:]", seg[lead:], maxsplit=1)[0]
            clause = re.sub(rf"^[{CN}]+是", "", clause)
            cs = seg_start + lead + (len(re.split(r"[,:]", seg[lead:], maxsplit=1)[0]) - len(clause))
            if 5 <= len(clause) <= 24 and not re.search(r"\d|[((]", clause) and not styles._NOT_LEAD.match(clause) \
                    and styles._DEFICIT.search(clause) and not strip_marker(clause) != clause:
                out.append((cs, cs + len(clause)))
    return out


_FOUND = re.compile(r"(?:^|(?<=[。\n]))[ \u3000]*(?:但是?)?(?:巡察|巡视|审计|督查|督察|检查|调研)(?:组)?(?:指出|发现|反馈)[,，:：]")


def _found_shortcomings(text: str) -> list[tuple[int, int]]:
    """A sentence that opens by saying what an inspection found (巡察指出,…。): each of its items, split at
    、 , ; , that states a shortcoming (…不够及时, …偏弱) and says no figure."""
    out = []
    for m in _FOUND.finditer(text):
        prev = text[:m.start()].rstrip(" \u3000\n")
        seg = prev[max(prev.rfind("。", 0, len(prev) - 1), prev.rfind("\n")) + 1:].strip(" \u3000。")
        if len(seg) <= 40 and (re.search(r"问题[^,，。;；]{0,6}$", seg)
                               or styles._DEFICIT.search(strip_marker(re.split(r"[,，;；]", seg)[-1]))):
            continue  # under a line that names the problem (…参与民间借贷问题 / 巡察指出,…): its details
        end = min(x for x in (text.find("。", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        for it in re.finditer(r"[^、,，;；]+", text[m.end():end]):
            a, b = _strip(text, m.end() + it.start(), m.end() + it.end())
            item = text[a:b]
            if 4 <= len(item) <= 30 and not re.search(r"\d", item) and not styles._NOT_LEAD.match(item) \
                    and styles._DEFICIT.search(item):
                out.append((a, b))
    return out


_BODY_HAS = re.compile(r"\s*(?:(?:经查|检查发现|巡察发现|审计发现|核查发现|督查发现|检查组发现)[,，:：]?)?"
                       r"(?:该|本)?[\u4e00-\u9fff]{0,3}?存在(?:的)?([^。,,;;:：\n]{2,30}?问题)(?=[。,,;;])")


def _body_item_problem(text: str, inner: int, h: Heading) -> tuple[int, int] | None:
    """A numbered item titled by a body alone (二、璜河粮库。) whose first sentence says what it has
    (该库存在以陈顶新问题。): that problem is the item's issue."""
    from .owners import body_at_start

    stop = h.end if text[h.end:h.end + 1] in ("。", "\n") else text.find("。", inner, inner + 40)
    # ((一)瑠峰市中心医院 on a line of its own, then 检查发现,该院存在…问题。: the heading is the body)
    if stop == -1 or body_at_start(text[inner:stop] + "。") != text[inner:stop]:
        return None
    end = text.find("。", stop + 1)
    m = _BODY_HAS.match(text, stop + 1, len(text) if end == -1 else end + 1)
    return (m.start(1), m.end(1)) if m else None


# 1.邬建平,珸山区珸塘镇党委原书记,利用职务便利…收受财物问题(违纪金额386000元…),处理结果(…): a
# disciplinary 公示's entry, a person, then the post held, then the problem, then its particulars
_PERSON_ENTRY = re.compile(r"[\u4e00-\u9fff]{2,4}[,，][^,，。;；]{2,40}[,，]([^,，。;；(（]{4,70}?问题)(?=[(（,，。])")


def _titled_problem(text: str, inner: int, h: Heading, headings: list[Heading]) -> tuple[int, int] | None:
    """A numbered item in a section headed as a list of problems (二、发现的问题 / (一)畞山市 / 3.政务服务办件
    超时较多。督查组抽查…): its short title sentence names the problem, whatever its words."""
    head = max((g for g in headings if g.start < h.start and g.level < h.level and g.kind == "numbered"
                and _PROBLEMS_HEAD.search(strip_marker(g.text))), key=lambda g: g.start, default=None)
    if head is None or any(head.start < g.start < h.start and g.level <= head.level for g in headings):
        return None
    stop = text.find("。", inner, h.end + 1)
    if stop == -1 or not 4 <= stop - inner <= 30:
        return None
    title = text[inner:stop]
    if re.search(r"\d|[,;:]", title) or _FIXING.match(title) or _NOT_PROBLEM_LEAD.match(title):
        return None
    return inner, stop


def _person_entry_problem(text: str, inner: int, h: Heading) -> tuple[int, int] | None:
    m = _PERSON_ENTRY.match(text, inner, h.end + 1 if h.end < len(text) else h.end)
    return (m.start(1), m.end(1)) if m else None


def _mk_issue(doc, text, span, level, outline_subject) -> Issue:
    s, e = span
    iss = Issue(id="", doc=doc, start=s, end=e, text=text[s:e], subject=outline_subject(s))
    iss.status = None
    iss.__dict__["_level"] = level
    return iss


def _link(issues: list[Issue], text: str, headings: list[Heading]) -> None:
    """Scope of each issue (up to the next issue or heading of the same or a higher level) and parents."""
    bounds = sorted({h.start for h in headings if h.level <= 2 or h.kind == "unit"})
    for i, iss in enumerate(issues):
        lvl = iss.__dict__["_level"]
        if iss.__dict__.get("_record"):
            continue  # its fields say its scope, measures and status
        end = len(text)
        for other in issues[i + 1:]:
            if other.__dict__["_level"] <= lvl:
                end = other.start
                break
        nb = next((b for b in bounds if b > iss.end and b < end and not _heading_is_child(b, headings, lvl)), None)
        iss.scope_end = nb if nb is not None else end
        for p in reversed(issues[:i]):
            if p.__dict__["_level"] < lvl and p.start < iss.start < (p.scope_end or len(text)):
                iss.parent = p.start  # resolved to an id by the caller
                break
        m = styles.STATUS_CLAUSE.search(text, iss.end, min(iss.scope_end, iss.end + 400))
        st = iss.__dict__.pop("_status", None) or ((m.start(1), m.end(1)) if m else None)
        iss.status, iss.status_start, iss.status_end = (text[st[0]:st[1]], *st) if st else (None, None, None)
        iss.measures = find_measures(iss.doc, text, iss.end, iss.scope_end)


def _heading_is_child(pos: int, headings: list[Heading], level: int) -> bool:
    h = next(h for h in headings if h.start == pos)
    return h.kind != "unit" and h.level > level


def find_measures(doc: str, text: str, start: int, end: int) -> list[Measure]:
    """What answers an issue: `一是…二是…` items, else its sentences."""
    body_start = start
    while body_start < end and text[body_start] in "。;;,,:: \r\n\t":
        body_start += 1
    marks = [m for m in _MEASURE_MARK.finditer(text, body_start, end)]
    out = []
    if len(marks) >= 2 or (marks and marks[0].group(1) == "一是"):
        for k, m in enumerate(marks):
            s = m.start(1)
            e = marks[k + 1].start(1) if k + 1 < len(marks) else _para_end(text, s, end)
            out.append(_measure(doc, text, s, e))
        return [m for m in out if m]
    pos = body_start
    while pos < end and len(out) < 8:
        e = sentence_end(text, pos, end)
        m = _measure(doc, text, pos, e)
        if m:
            out.append(m)
        pos = e
        while pos < end and text[pos] in " \r\n\t":
            pos += 1
    return out


def _para_end(text: str, pos: int, limit: int) -> int:
    nl = text.find("\n", pos, limit)
    return limit if nl == -1 else nl


def _measure(doc: str, text: str, s: int, e: int) -> Measure | None:
    while s < e and text[s] in " \t\r\n":
        s += 1
    while e > s and text[e - 1] in " \t\r\n;;,,":
        e -= 1
    if e - s < 4:
        return None
    return Measure(doc, s, e, text[s:e])
