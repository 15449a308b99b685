"""The llm summary engine: an outline prompt from the skeleton, a checked merge of the reply.

The model only writes one sentence per issue and says which figure ids each
measure reports. Every id in the reply is checked against the skeleton, and a
summary holding a number its issue's text does not state is replaced by the
extract; whatever is dropped is recorded in `flags`.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import replace

from .figures import extract_figures
from .numerals import parse_number
from .schemas import load_prompt, load_schema, validate
from .summarize import SUMMARY_SCHEMA, skeleton
from .summary import NoticeSummary, SummaryIssue
from .textnorm import COMMA, FULLWIDTH_DIGITS, in_class
from .types import Document

PROMPT = "summarize"
REPLY_SCHEMA = "summary_reply"
PROMPT_BUDGET = 2500  # characters of outline per call: small local models have small contexts


def _short(full_id: str) -> str:
    return full_id.rsplit("#", 1)[-1]


def _data(s: str) -> str:
    """Notice text as one line of data that cannot close the fence around it."""
    s = " ".join(s.split())
    return s.replace("<<<", "‹‹‹").replace(">>>", "›››")


def render_outline(sk: NoticeSummary, text: str) -> str:
    figs = sk.figures
    lines = []
    for iss in sk.issues:
        scope = iss.scope
        head = f"[{_short(iss.id)}] {_data(iss.text)}"
        extra = [f"subject: {_data(iss.subject)}" if iss.subject else "",
                 f"status: {_data(iss.status)}" if iss.status else "",
                 f"part of {_short(iss.parent)}" if iss.parent else ""]
        lines.append(head + "".join(f" ({x})" for x in extra if x))
        listed = set()
        for m in iss.measures:
            lines.append(f"  [{_short(m.id)}] {_data(m.text)}")
            for f in figs:
                if m.start <= f.start and f.end <= m.end:
                    sent = f.sentence or ""
                    # the sentence only adds context when the measure does not already hold it
                    tail = "" if sent.strip() in m.text else f" | {_data(sent)[:160]}"
                    lines.append(f"    {_short(f.id)}: {_data(f.text)}{tail}")
                    listed.add(f.id)
        rest = [f for f in figs if scope[0] <= f.start < scope[1] and f.id not in listed]
        if not iss.measures:
            body = _data(text[iss.end:scope[1]])[:600]
            if body:
                lines.append(f"  (text) {body}")
        for f in rest:
            lines.append(f"  other figure {_short(f.id)}: {_data(f.text)} | {_data(f.sentence or '')[:160]}")
    return "\n".join(lines)


def render_prompt(sk: NoticeSummary, text: str) -> tuple[list[dict], str]:
    template, version = load_prompt(PROMPT)
    system, _, user = template.partition("\n---user---\n")
    values = {
        "title": _data(sk.title), "issuer": _data(sk.issuer or "-"), "doc": sk.doc,
        "issue_count": str(len(sk.issues)),
        "measure_count": str(sum(len(i.measures) for i in sk.issues)),
        "figure_count": str(len(sk.figures)),
        "issue_ids": ", ".join(_short(i.id) for i in sk.issues),
        "outline": render_outline(sk, text),
    }
    # one pass, so placeholders inside the notice text are never expanded
    fill = lambda s: re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), s)  # noqa: E731
    return [{"role": "system", "content": fill(system).strip()},
            {"role": "user", "content": fill(user).strip()}], version


_ARABIC = re.compile(rf"[0-9{FULLWIDTH_DIGITS}]+(?:[{in_class(COMMA)}][0-9{FULLWIDTH_DIGITS}]{{3}})*(?:[.\uff0e][0-9{FULLWIDTH_DIGITS}]+)?")
_CN_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def _key(v: float | None) -> float | None:
    return None if v is None or not math.isfinite(v) else float(f"{v:.6g}")


def _numbers(s: str, *, with_cn: bool) -> set[float]:
    out = {_key(parse_number(m.group())) for m in _ARABIC.finditer(s)}
    if with_cn:
        out |= {_key(parse_number(m.group())) for m in _CN_RUN.finditer(s)}
    return out - {None}


def unsupported_numbers(summary: str, scope: str) -> list[str]:
    """Numbers in a written summary that its issue's text does not contain."""
    allowed = _numbers(scope, with_cn=True)
    for f in extract_figures("scope", scope):
        allowed |= {_key(f.value), _key(f.norm_value)}
    bad = [m.group() for m in _ARABIC.finditer(summary) if _key(parse_number(m.group())) not in allowed]
    bad += [f.text for f in extract_figures("summary", summary)
            if _key(f.value) not in allowed and _key(f.norm_value) not in allowed
            and not _ARABIC.search(f.text)]
    return list(dict.fromkeys(bad))


def merge_reply(sk: NoticeSummary, reply: dict, text: str) -> NoticeSummary:
    """The skeleton with the reply's summaries and figure choices, after checking every id."""
    out = copy.deepcopy(sk)
    flags = out.flags
    doc = out.doc
    issues = {_short(i.id): i for i in out.issues}
    measures = {_short(m.id): (m, i) for i in out.issues for m in i.measures}
    figures = {_short(f.id): f for f in out.figures}
    strip = lambda x: x[len(doc) + 1:] if x.startswith(doc + "#") else x  # noqa: E731
    seen: set[str] = set()
    for r in reply.get("issues", []):
        iid = strip(r["id"])
        iss = issues.get(iid)
        if iss is None:
            flags.append(f"rejected issue id {r['id']}: not in the notice")
            continue
        if iid in seen:
            flags.append(f"rejected second entry for issue {iid}: duplicate")
            continue
        seen.add(iid)
        summary = " ".join(r["summary"].split())
        bad = unsupported_numbers(summary, text[iss.start:iss.scope_end or iss.end])
        if not summary:
            flags.append(f"summary for issue {iid} replaced: empty")
        elif bad:
            flags.append(f"summary for issue {iid} replaced: number {', '.join(bad)} not in the issue's text")
        else:
            iss.summary, iss.summary_span = summary, None
        for rm in r.get("measures", []):
            mid = strip(rm["measure_id"])
            if mid not in measures:
                flags.append(f"rejected measure id {rm['measure_id']} for issue {iid}: not in the notice")
                continue
            m, owner = measures[mid]
            if owner is not iss:
                flags.append(f"rejected measure id {mid} for issue {iid}: a measure of {_short(owner.id)}")
                continue
            keep = []
            for fid in rm["figure_ids"]:
                f = figures.get(strip(fid))
                if f is None:
                    flags.append(f"rejected figure id {fid} for measure {mid}: not in the notice")
                elif not (m.start <= f.start and f.end <= m.end):
                    flags.append(f"rejected figure id {fid} for measure {mid}: not in the measure's text")
                elif f.id not in keep:
                    keep.append(f.id)
            m.figure_ids = sorted(keep, key=lambda x: figures[_short(x)].start)
    missing = [k for k in issues if k not in seen]
    if missing:
        flags.append(f"no summary in the reply for {', '.join(missing)}; extractive summary kept")
    return out


def issue_groups(sk: NoticeSummary, text: str, budget: int | None = None) -> list[list[SummaryIssue]]:
    """Issues in consecutive groups whose rendered outline fits one prompt."""
    budget = budget or PROMPT_BUDGET
    groups: list[list[SummaryIssue]] = []
    cur: list[SummaryIssue] = []
    size = 0
    for iss in sk.issues:
        n = len(render_outline(replace(sk, issues=[iss]), text))
        if cur and size + n > budget:
            groups.append(cur)
            cur, size = [], 0
        cur.append(iss)
        size += n
    if cur:
        groups.append(cur)
    return groups


def summarize_llm(doc: Document, provider) -> NoticeSummary:
    """A NoticeSummary whose issue summaries are written by the LLM and checked against the text.

    Long notices (80 issues) are worded a group of issues per call, so every
    prompt fits a small model's context; each call is cached on its own.
    """
    sk = skeleton(doc)
    sk.engine = "llm"
    _, version = render_prompt(replace(sk, issues=[]), doc.text)
    sk.prompt_version = version
    out = copy.deepcopy(sk)
    for group in issue_groups(sk, doc.text):
        sub = replace(sk, issues=group, flags=[])
        messages, _ = render_prompt(sub, doc.text)
        reply = provider.complete(messages, load_schema(REPLY_SCHEMA), name=REPLY_SCHEMA, prompt_version=version)
        merged = merge_reply(sub, reply, doc.text)
        done = {i.id: i for i in merged.issues}
        out.issues = [done.get(i.id, i) for i in out.issues]
        out.flags.extend(merged.flags)
    validate(out.to_dict(), SUMMARY_SCHEMA)
    return out
