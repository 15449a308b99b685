"""The stated status of one issue (整改状态:持续推进), for a question that asks it.

A notice that reports each issue with a status field (`整改状态:完成`, `（已完成）`) states it once per
issue; pipeline/parse_issues.py finds the issue and its status span. A question asking an issue's
status (…问题的整改状态是什么, 整改进展如何) is answered with that span, from the issue whose words
the question repeats most, and refused when no issue with a status is named well enough.
"""
from __future__ import annotations

import re

from .nearmiss import content, grams
from .textnorm import fold
from .types import Citation

STATUS_Q = re.compile(r"(?:整改)?(?:状态|进展|进度)(?:是什么|是|为|如何|怎样|怎么样|到哪)|(?:整改|完成)(?:了没有|完成了吗|情况如何)")
MIN_SHARE = 0.6  # share of an issue's own words the question must repeat to name it


def asks_status(question: str) -> bool:
    return bool(STATUS_Q.search(fold(question)))


def status_answer(answerer, part, hits: list):
    """PartAnswer with the named issue's status and the line that states it; None when no notice
    among the passages reports statuses (the sentence answer then stands)."""
    from .compose import PartAnswer

    q = content(fold(part.text))
    best, best_share = None, 0.0
    docs = list(dict.fromkeys(h.doc for h in hits))
    for doc in docs:
        answerer.facts(doc)  # parses the notice once (its outline is kept beside its facts)
        outline = answerer._outlines.get(doc)
        for iss in getattr(outline, "issues", []) or []:
            if iss.status is None or iss.status_start is None:
                continue
            gs = grams(iss.text)
            share = sum(g in q for g in gs) / len(gs) if gs else 0.0
            if share > best_share:
                best, best_share = (doc, iss), share
    if best is None:
        return None
    if best_share < MIN_SHARE:
        return PartAnswer(part.text, None, "status not stated for the issue asked")
    doc, iss = best
    text = answerer.r.doc_text(doc)
    a = text.rfind("\n", 0, iss.status_start) + 1
    b = text.find("\n", iss.status_end)
    b = len(text) if b == -1 else b
    return PartAnswer(part.text, iss.status, None, [Citation(doc, a, b, text[a:b])], support=best_share)


# a status asked of a list (已办结的是哪几件, 哪些问题已完成整改): the word that names it
_ASKED_STATE = re.compile(r"(未|尚未|没有)?(?:已经?|均已)?(办结|完成整改|整改完成|完成|销号|验收)")


def status_list(answerer, part, hits: list):
    """PartAnswer listing the items whose stated status is the one asked (…中已办结的分别是哪几件:
    the items whose 状态 line says 已办结), each cited by its status line; None when no notice among
    the passages reports statuses or none is in the state asked."""
    from .compose import PartAnswer

    q = fold(getattr(part, "whole", "") or part.text)
    m = _ASKED_STATE.search(q)
    # what the status lines list are issues or tasks: a question about them, not about names of things
    # (那3个小区分别叫什么名字) nor bodies
    if not m or not re.search(r"问题|事项|任务|实事|项目|整改|措施", q) or re.search(r"名字|名称|叫什么", q):
        return None
    negated, word = bool(m.group(1)), m.group(2)
    for doc in list(dict.fromkeys(h.doc for h in hits))[:2]:
        answerer.facts(doc)
        outline = answerer._outlines.get(doc)
        issues = [i for i in getattr(outline, "issues", []) or [] if i.status and i.status_start is not None]
        if len(issues) < 2:
            continue
        text = answerer.r.doc_text(doc)
        chosen = [i for i in issues if (word[:2] in fold(i.status)) != negated and not (not negated and re.search(r"未|阶段性|部分", fold(i.status)))]
        if not chosen:
            continue
        names, cites = [], []
        for i in chosen:
            a = text.rfind("\n", 0, i.start) + 1
            line = text[a:text.find("\n", a) if text.find("\n", a) >= 0 else len(text)]
            title = re.sub(r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*", "", line)
            head = re.split(r"[。:：;；]", title)[0]
            names.append(head if 2 <= len(head) <= 24 else i.text)
            b = text.find("\n", i.status_start)
            sa = text.rfind("\n", 0, i.status_start) + 1
            cites.append(Citation(doc, sa, len(text) if b == -1 else b, text[sa:len(text) if b == -1 else b]))
        return PartAnswer(part.text, "、".join(names), None, cites, support=1.0)
    return None

