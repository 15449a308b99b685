"""Statement answers (what was done, who is responsible): the clauses of the cited sentences that
answer, in the notice's words, cut on whole clauses.

The problem/action words are the genre's vocabulary (整改 notices state a problem, then what was
done about it), not any notice's wording.
"""
from __future__ import annotations

import re

from .question import QuestionInfo

MAX_ANSWER = 60  # a statement answer longer than this keeps its first clauses (the citation has it all)


def trim(s: str) -> str:
    s = re.sub(r"^\s*(?:[一二三四五六七八九十]+是|[((][一二三四五六七八九十\d]+[))]|\d{1,2}(?:[.．]\d{1,2})+\s+(?![万亿千百元个项件人户家所名条%])|\d+[.、.](?!\d)|[一二三四五六七八九十]+、)", "", s)
    return s.strip()


# what an action clause says (整改 measures) and what a problem restatement says: genre words, no notice's
_ACTION = re.compile(r"已|责令|约谈|批评|处理|处分|整改|制定|出台|建立|印发|追缴|追回|清退|通报|谈话|免去|核查|规范|完善|加强|明确|签订|签署")
_PROBLEM = re.compile(r"问题|存在|未|不到位|没有|不够|滞后|缺乏|违规|不合理")
_WHO = re.compile(r"由|担任|负责|牵头")


def focus(chosen: list, info: QuestionInfo, idf=None, person: bool = False) -> tuple[str, list]:
    """A statement answer: from the clause that best matches the question on (the last such clause:
    the action follows its problem), whole clauses up to MAX_ANSWER characters; a clause that only
    restates the problem hands over to the next."""
    grams = [t for t in dict.fromkeys(info.terms) if len(t) == 2]
    from .textnorm import fold as _fold

    q = _fold(info.text)
    asking = next((c for c in re.split(r"[,;?]", q) if re.search(r"谁|什么|哪|如何|怎么|怎样|多少|几", c)), q)
    # the asking clause's words say what the answer is about; the rest is context
    weight = {g: (idf(g) if idf else 1.0) * (2.0 if g in asking else 1.0) for g in grams}
    from .textnorm import fold

    clauses = []
    for c in chosen:
        for m in re.finditer(r"[^,;。]+[,;。]?", fold(c.text)):  # found on the folded copy, cut from the text
            clauses.append((c.text[m.start():m.end()], c))
    if not clauses:
        return "", []

    def fit(i: int) -> float:
        text = clauses[i][0]
        return sum(w for g, w in weight.items() if g in text) + (max(weight.values(), default=1.0) if person and _WHO.search(text) else 0.0)

    top = max(fit(i) for i in range(len(clauses)))
    if info.what and not person:
        # the last clause that still names the topic: the action follows its last restatement
        best = max(i for i in range(len(clauses)) if fit(i) >= 0.6 * top)
    else:
        best = max(range(len(clauses)), key=lambda i: (fit(i), -i))
    if info.what:
        while best + 1 < len(clauses) and _PROBLEM.search(clauses[best][0]) and not _ACTION.search(clauses[best][0]):
            best += 1
    out, used = "", []
    for text, c in clauses[best:]:
        if out and len(out) + len(text) > MAX_ANSWER:
            break
        out += text
        if c not in used:
            used.append(c)
    out = trim(out)
    while out and fold(out[-1]) in ",;。":
        out = out[:-1]
    return out, used
