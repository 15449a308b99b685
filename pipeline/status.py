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
