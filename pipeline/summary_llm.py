"""The llm summary engine: an outline prompt from the skeleton, a checked merge of the reply.

The model only writes one sentence per issue and says which of the figure ids
tagged in the issue's measures it reports; each picked figure goes to the
measure whose text holds it. The outline the model reads is compact (measures
clipped to their head and a little context before each figure, figures tagged
in place): on a small local model prompt and reply tokens are the cost.
Every id in the reply is checked against the skeleton, and a
summary holding a number its issue's text does not state is replaced by the
extract; whatever is dropped is recorded in `flags`.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import replace

from .figures import extract_figures
from .errors import LLMSchemaError
from .numerals import parse_number
from .schemas import load_prompt, load_schema, validate
from .summarize import SUMMARY_SCHEMA, skeleton
from .summary import NoticeSummary, SummaryIssue
from .textnorm import COMMA, FULLWIDTH_DIGITS, in_class
from .types import Document

PROMPT = "summarize"
REPLY_SCHEMA = "summary_reply"
PROMPT_BUDGET = 4000  # characters of outline per call: with the reply it stays well inside an 8k-token context
REPLY_TOKENS = 120  # reply tokens allowed per issue (measured: ~40), plus REPLY_SLACK: bounds a looping reply
REPLY_SLACK = 200
MAX_ISSUES = 8  # issues per call: with 20 a 1.5B model skipped issues and shifted figure ids to the
# next issue; calls share the system prompt, which the server's prefix cache evaluates once


def _short(full_id: str) -> str:
    return full_id.rsplit("#", 1)[-1]


def _data(s: str) -> str:
    """Notice text as one line of data that cannot close the fence around it."""
    s = " ".join(s.split())
    return s.replace("<<<", "‹‹‹").replace(">>>", "›››")


HEAD = 80  # characters of a measure shown from its start; later figures are shown with a little context
CONTEXT = 12  # characters shown before a figure outside the head
ISSUE_CLIP = 80  # characters of an issue's own text
BODY_CLIP = 200  # characters of the text under an issue that has no measures


def _clip_tagged(text: str, start: int, end: int, figs: list, head: int = HEAD, ctx: int = CONTEXT) -> str:
    """text[start:end] cut to its head and a little context before each figure, every figure tagged [fN]
    where it stands; the parts dropped are marked with an ellipsis."""
    windows = [(start, min(end, start + head))] + [(max(start, f.start - ctx), f.end) for f in figs]
    merged: list[list[int]] = []
    for s, e in sorted(windows):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    ends: dict[int, list[str]] = {}
    for f in figs:
        ends.setdefault(f.end, []).append(_short(f.id))
    out = []
    for k, (s, e) in enumerate(merged):
        if k:
            out.append("…")
        cut = s
        for pos in sorted(p for p in ends if s < p <= e):
            out.append(text[cut:pos] + "".join(f"[{t}]" for t in ends[pos]))
            cut = pos
        out.append(text[cut:e])
    if merged[-1][1] < end:
        out.append("…")
    return _data("".join(out))


def render_outline(sk: NoticeSummary, text: str) -> str:
    """Each issue with its measures, figures tagged in place: what the model needs to word a summary
    and pick figure ids, and little else (prompt tokens are the cost of a local model)."""
    lines = []
    for iss in sk.issues:
        notes = "; ".join(_data(x) for x in (iss.subject, iss.status) if x)
        lines.append(f"[{_short(iss.id)}]" + (f" ({notes})" if notes else "") + " " + _clip(iss.text, ISSUE_CLIP))
        for m in iss.measures:
            figs = [f for f in sk.figures if m.start <= f.start and f.end <= m.end]
            if shown := _clip_tagged(text, m.start, m.end, figs).strip():
                lines.append("- " + shown)
        if not iss.measures:
            body = _clip(text[iss.end:iss.scope_end or iss.end], BODY_CLIP)
            if body:
                lines.append("- " + body)
    return "\n".join(lines)


def _clip(s: str, n: int) -> str:
    s = _data(s)
    return s if len(s) <= n else s[:n] + "…"


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
        # the figures the model picked, each given to the measure whose text holds it
        picked: dict[str, list[str]] = {_short(m.id): [] for m in iss.measures}
        for fid in r["figure_ids"]:
            f = figures.get(strip(fid))
            home = None if f is None else next((m for m in iss.measures if m.start <= f.start and f.end <= m.end), None)
            if f is None:
                flags.append(f"rejected figure id {fid} for issue {iid}: not in the notice")
            elif home is None:
                flags.append(f"rejected figure id {fid} for issue {iid}: not in a measure of the issue")
            elif f.id not in picked[_short(home.id)]:
                picked[_short(home.id)].append(f.id)
        for m in iss.measures:
            m.figure_ids = sorted(picked[_short(m.id)], key=lambda x: figures[_short(x)].start)
    missing = [k for k in issues if k not in seen]
    if missing:
        flags.append(f"no summary in the reply for {', '.join(missing)}; extractive summary kept")
    return out


def issue_groups(sk: NoticeSummary, text: str, budget: int | None = None,
                 most: int | None = None) -> list[list[SummaryIssue]]:
    """Issues in consecutive groups whose rendered outline fits one prompt, at most `most` a group."""
    budget = budget or PROMPT_BUDGET
    most = most or MAX_ISSUES
    groups: list[list[SummaryIssue]] = []
    cur: list[SummaryIssue] = []
    size = 0
    for iss in sk.issues:
        n = len(render_outline(replace(sk, issues=[iss]), text))
        if cur and (size + n > budget or len(cur) >= most):
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
        try:
            reply = provider.complete(messages, load_schema(REPLY_SCHEMA), name=REPLY_SCHEMA, prompt_version=version,
                                      max_tokens=REPLY_TOKENS * len(group) + REPLY_SLACK)
        except LLMSchemaError as e:
            # one group's bad reply (a small model looping to its token cap) must not lose the
            # notice: its issues keep the extractive wording, flagged
            ids = f"{_short(group[0].id)}–{_short(group[-1].id)}" if len(group) > 1 else _short(group[0].id)
            out.flags.append(f"issues {ids}: the model gave no valid reply ({e.errors[0] if e.errors else e}); extractive summaries kept")
            continue
        merged = merge_reply(sub, reply, doc.text)
        done = {i.id: i for i in merged.issues}
        out.issues = [done.get(i.id, i) for i in out.issues]
        out.flags.extend(merged.flags)
    validate(out.to_dict(), SUMMARY_SCHEMA)
    return out
