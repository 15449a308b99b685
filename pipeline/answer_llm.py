"""The llm engine for `ask`: the model answers from numbered passages and cites them by quote.

Nothing it says is trusted: each quote must be found verbatim in the passage it
names and becomes that exact span; every number in the answer must stand in a
cited span (a computed result excepted, and marked). One re-ask with the
problems, then abstention.
"""
from __future__ import annotations

import re

from .types import Answer, Citation

_NUM = re.compile(r"\d+(?:\.\d+)?")


def _prompt():
    from .schemas import load_prompt, load_schema

    text, version = load_prompt("answer")
    system, _, user = text.partition("---user---")
    return system.strip(), user.strip(), version, load_schema("answer_reply")


def find_quote(passage: str, quote: str) -> tuple[int, int] | None:
    """Offsets of a quote in a passage: verbatim, else ignoring whitespace differences."""
    i = passage.find(quote)
    if i != -1:
        return i, i + len(quote)
    q = re.sub(r"\s+", "", quote)
    if not q:
        return None
    pat = r"\s*".join(re.escape(ch) for ch in q)
    m = re.search(pat, passage)
    return (m.start(), m.end()) if m else None


class LLMAnswerer:
    def __init__(self, retriever, provider, settings=None, k: int = 4) -> None:
        self.r = retriever
        self.provider = provider
        self.settings = settings
        self.k = k

    def ask(self, question: str, qid: str | None = None) -> Answer:
        from .question import analyse

        info = analyse(question)
        hits = self.r.search(info.expanded, k=self.k)
        if not hits:
            return Answer(qid, question, None, False, [], "llm", flags=["no passages"])
        system, user_tpl, version, schema = _prompt()
        passages = "\n\n".join(f"[{n}] ({h.doc} | {h.subject or ''})\n{h.text}" for n, h in enumerate(hits, 1))
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": user_tpl.replace("{question}", question).replace("{passages}", passages)},
        ]
        reply = self.provider.complete(messages, schema, name="answer_reply", prompt_version=version)
        answer, problems = self.verify(question, qid, reply, hits)
        if problems and answer.answerable:
            messages += [
                {"role": "assistant", "content": _json(reply)},
                {"role": "user", "content": "你的回答有以下问题,请只依据段落原文修正后重新输出 JSON:\n- " + "\n- ".join(problems)},
            ]
            reply = self.provider.complete(messages, schema, name="answer_reply", prompt_version=version + "+repair")
            answer, problems = self.verify(question, qid, reply, hits)
            if problems:
                return Answer(qid, question, None, False, [], "llm", flags=["refused after repair: " + "; ".join(problems)])
        return answer

    def verify(self, question, qid, reply: dict, hits) -> tuple[Answer, list[str]]:
        if not reply.get("answerable") or not reply.get("answer"):
            return Answer(qid, question, None, False, [], "llm"), []
        problems, cites = [], []
        for c in reply.get("citations") or []:
            n = c.get("passage", 0)
            if not 1 <= n <= len(hits):
                problems.append(f"passage {n} does not exist")
                continue
            h = hits[n - 1]
            span = find_quote(h.text, c.get("quote", ""))
            if span is None:
                # a verbatim quote cited under the wrong passage number is still the notice's text
                h = next((x for x in hits if find_quote(x.text, c.get("quote", "")) is not None), None)
                span = find_quote(h.text, c.get("quote", "")) if h is not None else None
            if span is None:
                problems.append(f"quote not found verbatim in passage {n}: {c.get('quote', '')[:40]}")
                continue
            s, e = h.start + span[0], h.start + span[1]
            cites.append(Citation(h.doc, s, e, self.r.doc_text(h.doc)[s:e]))
        if not cites:
            problems.append("no citation could be verified")
        cited = {float(x) for x in _NUM.findall("".join(c.quote for c in cites).replace(",", ""))}
        computed = reply.get("computed") or None
        exempt = {float(x) for x in _NUM.findall(str(computed.get("result", "")))} if computed else set()
        for num in _NUM.findall(reply["answer"].replace(",", "")):
            if float(num) not in cited and float(num) not in exempt:
                problems.append(f"number {num} is not in any cited quote")
        flags = []
        answer_text = snap_units(reply["answer"], cites)
        if answer_text != reply["answer"]:
            flags.append("units taken from the cited figures")
        if computed:
            flags.append("computed: " + str(computed.get("expression", "")))
            computed = {"op": computed.get("op"), "expression": computed.get("expression"), "result_text": computed.get("result"), "result": computed.get("result")}
        return Answer(qid, question, answer_text, True, _dedupe(cites), "llm", computed=computed, flags=flags), problems


def snap_units(answer: str, cites: list[Citation]) -> str:
    """A bare number the model copied ("20000") becomes the cited figure it came from ("20000余份").

    Nothing is invented: the replacement is the figure's exact text in a cited span.
    """
    from .figures import extract_figures

    figs = [f for c in cites for f in extract_figures(c.doc, c.quote)]
    out = answer
    for m in reversed(list(_NUM.finditer(answer))):
        num = m.group()
        after = answer[m.end():m.end() + 1]
        if after and not after.isspace() and after not in ",,。;;、)" :
            continue  # already followed by a unit or measure word
        fig = next((f for f in figs if f.text.startswith(num) and f.text != num), None)
        if fig is not None:
            out = out[:m.start()] + fig.text + out[m.end():]
    return out


def _dedupe(cites: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in cites:
        if (c.doc, c.start, c.end) not in seen:
            seen.add((c.doc, c.start, c.end))
            out.append(c)
    return out


def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
