"""The llm engine for `ask`: the model answers from numbered passages and cites them by quote.

Nothing it says is trusted: each quote must be found verbatim in the passage it
names and becomes that exact span; every number in the answer must stand in a
cited span (a shown sentence stating it is cited when the quote missed it), or be
a sum or difference of cited numbers, recomputed and marked. One re-ask with the
problems, then abstention. Last, the cited sentences must pass the extractive
engine's evidence checks (pipeline/evidence.py: measure, kind, body, period, plan),
or the engine abstains with the same `reason` the extractive engine would give.
"""
from __future__ import annotations

import re

from .compose import dedupe
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
    def __init__(self, retriever, provider, settings=None, k: int | None = None) -> None:
        from .settings import DEFAULTS

        self.r = retriever
        self.provider = provider
        self.settings = settings
        # the same k as `ask` and `eval` (NOTICES_K / --k), so eval scores what users get
        self.k = k or getattr(settings, "k", None) or DEFAULTS["k"]
        self._gate = None  # an extractive Answerer, for its evidence checks

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
        if answer.answerable and not (answer.computed and len({c.doc for c in answer.citations}) > 1):
            blocked = self.evidence_gates(info, answer.citations, hits)
            if not blocked:
                # the fact-level checks of the extractive engine (pipeline/evidence.py), same reasons
                blocked = self._gate.cited_reasons(question, answer.citations)
            if blocked:
                # a re-ask cannot help: the cited text does not state what was asked
                return Answer(qid, question, None, False, [], "llm", reason=blocked[0],
                              flags=["refused, the cited text fails the evidence checks: " + "; ".join(blocked)])
        return answer

    def evidence_gates(self, info, cites: list[Citation], hits) -> list[str]:
        """The extractive engine's checks, on the model's evidence: the quantity, thing, year and
        names asked about must stand in the cited sentences, and enough of the question's words."""
        from .answer import Answerer, Candidate, _figure_units, sentences

        if self._gate is None:
            self._gate = Answerer(self.r, self.settings)
        subjects = [h.subject or "" for c in cites for h in hits if h.doc == c.doc and h.start <= c.start < h.end]
        places = [p for d in dict.fromkeys(c.doc for c in cites) for p in self._gate.places(d)]
        # judged on the whole sentences the quotes stand in, as the extractive engine judges its own
        spans = []
        for c in cites:
            full = self.r.doc_text(c.doc)
            spans += [full[a:b] for a, b in sentences(full, c.start, c.end)] or [c.quote]
        text = " ".join(dict.fromkeys(spans))
        units = tuple(f.unit for c in cites for f in _figure_units(c.doc, text))
        cand = Candidate(cites[0].doc, cites[0].start, cites[-1].end, text, " ".join(subjects + places), 0.0, units)
        out = self._gate.gates(info, cand)
        support = self._gate.support(info, cand)
        if support < self._gate.threshold:
            out.append(f"holds {support:.0%} of the question's distinctive words (< {self._gate.threshold:.0%})")
        return out

    def locate(self, value: float, hits, cites: list[Citation]) -> Citation | None:
        """The sentence of a shown passage that states a figure of this value: the passages the
        model cited first, then the others in rank order."""
        from .answer import sentences
        from .figures import extract_figures

        cited = {(c.doc, c.start) for c in cites}
        order = sorted(hits, key=lambda h: not any(d == h.doc and h.start <= s < h.end for d, s in cited))
        for h in order:
            text = self.r.doc_text(h.doc)
            for a, b in sentences(text, h.start, h.end):
                if any(abs(f.value - value) < 1e-9 for f in extract_figures(h.doc, text[a:b])):
                    return Citation(h.doc, a, b, text[a:b])
        return None

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
        flags = []
        numbers = [float(x) for x in _NUM.findall(reply["answer"].replace(",", ""))]
        for v in numbers:
            if cites and v not in cited and v not in exempt and (found := self.locate(v, hits, cites)) is not None:
                # the number is the notice's: cite the sentence that states it rather than re-ask
                cites.append(found)
                cited |= {float(x) for x in _NUM.findall(found.quote.replace(",", ""))}
                flags.append(f"cited the sentence stating {_fmt_num(v)} (the model's quotes did not hold it)")
        checked: dict[float, tuple[str, str, tuple[float, ...]]] = {}
        for v in numbers:
            if v in cited or v in exempt:
                continue
            if cites and (calc := arithmetic(v, [x for x in numbers if x in cited])):
                checked[v] = calc
                continue
            problems.append(f"number {_fmt_num(v)} is not in any cited quote")
        answer_text = snap_units(reply["answer"], cites, {v: parts for v, (_, _, parts) in checked.items()})
        if answer_text != reply["answer"]:
            flags.append("units taken from the cited figures")
        if computed:
            flags.append("computed: " + str(computed.get("expression", "")))
            computed = {"op": computed.get("op"), "expression": computed.get("expression"), "result_text": computed.get("result"), "result": computed.get("result")}
        elif checked:
            # the model computed without saying so; its arithmetic was checked against the cited figures
            v, (op, expr, _) = next(iter(checked.items()))
            flags.append(f"computed: {expr} (checked)")
            shown = re.search(re.escape(_fmt_num(v)) + r"[^\d\s+=,,。;;、))]*", answer_text)
            computed = {"op": op, "expression": expr, "result": v, "result_text": shown.group() if shown else _fmt_num(v)}
        return Answer(qid, question, answer_text, True, dedupe(cites), "llm", computed=computed, flags=flags), problems


def _fmt_num(v: float) -> str:
    return f"{v:.10f}".rstrip("0").rstrip(".")


def arithmetic(v: float, grounded: list[float]) -> tuple[str, str, tuple[float, ...]] | None:
    """(op, 'a+b=v', parts) when v is the sum of 2-3 grounded numbers or the difference of two, to
    the precision v is written with; None otherwise. A computed number is checked, never trusted."""
    from itertools import combinations

    decimals = len(_fmt_num(v).partition(".")[2])
    tol = 0.5 * 10 ** -decimals + 1e-9
    xs = list(dict.fromkeys(x for x in grounded if x != v))
    for n in (2, 3):
        for combo in combinations(xs, n):
            if abs(sum(combo) - v) <= tol:
                return "sum", "+".join(_fmt_num(x) for x in combo) + f"={_fmt_num(v)}", combo
    for a, b in combinations(xs, 2):
        if abs(abs(a - b) - v) <= tol:
            hi, lo = max(a, b), min(a, b)
            return "difference", f"{_fmt_num(hi)}-{_fmt_num(lo)}={_fmt_num(v)}", (hi, lo)
    return None


def snap_units(answer: str, cites: list[Citation], computed: dict[float, tuple[float, ...]] | None = None) -> str:
    """A bare number the model copied ("20000") becomes the cited figure it came from ("20000余份");
    a bare checked sum or difference takes the unit its cited parts share.

    Nothing is invented: the replacement is a figure's exact text in a cited span, or its unit.
    """
    from .figures import extract_figures

    figs = [f for c in cites for f in extract_figures(c.doc, c.quote)]
    out = answer
    for m in reversed(list(_NUM.finditer(answer))):
        num = m.group()
        after = answer[m.end():m.end() + 1]
        if after and not after.isspace() and after not in ",,。;;、))+=" :
            continue  # already followed by a unit or measure word
        fig = next((f for f in figs if f.text.startswith(num) and f.text != num), None)
        if fig is not None:
            out = out[:m.start()] + fig.text + out[m.end():]
        elif computed and (parts := computed.get(float(num))):
            units = {f.unit for p in parts for f in figs if abs(f.value - p) < 1e-9}
            if len(units) == 1:
                out = out[:m.start()] + num + units.pop() + out[m.end():]
    return out




def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
