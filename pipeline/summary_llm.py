"""The llm summary engine: an outline prompt from the skeleton, a checked merge of the reply.

The model words each issue in one short line and says which of the figure ids
tagged in the issue's measures it reports; each picked figure goes to the
measure whose text holds it. It never writes a figure or an offset. The outline
the model reads is compact: on a small local model prompt and reply tokens are
the cost. Each measure shows its head (from after its item mark to its first
clause end) and a few characters before each figure, every figure tagged in
place; only the first few measures without a figure are shown; a heading issue
names its sub-issues instead of repeating their measures; an issue's own words
are left out (a small model words the problem back instead of the work done).
Each call samples with a grammar narrowed to its issues (reply_grammar): every
issue gets an entry with its own id, a short summary and figure ids among its
own tags.
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
from .genre import ITEM_MARK
from .errors import LLMSchemaError
from .numerals import parse_number
from .schemas import load_prompt, load_schema, validate
from .summarize import SUMMARY_SCHEMA, skeleton
from .summary import NoticeSummary, SummaryIssue
from .textnorm import COMMA, FULLWIDTH_DIGITS, in_class
from .types import Document

PROMPT = "summarize"
REPLY_SCHEMA = "summary_reply"
PROMPT_BUDGET = 2400  # characters of outline per call (~1,000 tokens)
# reply tokens allowed a call: per issue, per figure tagged in the prompt (an id costs ~4) and once;
# the bound stops a looping reply, it is not a budget
REPLY_TOKENS = 40
REPLY_FIGURE_TOKENS = 5
REPLY_SLACK = 120
SUMMARY_CHARS = 24  # the longest summary the sampling grammar lets the model write (the prompt asks for 20)
MAX_ISSUES = 14  # issues per call (v2's 20 with long outlines: a 1.5B model skipped issues and shifted
# figure ids; the sampling grammar now fixes each entry's id and figure choices); calls share the
# system prompt, which the server's prefix cache evaluates once


_TAG = re.compile(r"\[f\d+\]")


def _short(full_id: str) -> str:
    return full_id.rsplit("#", 1)[-1]


def _data(s: str) -> str:
    """Notice text as one line of data that cannot close the fence around it."""
    s = " ".join(s.split())
    return s.replace("<<<", "‹‹‹").replace(">>>", "›››")


HEAD = 16  # characters of a measure shown from its start (after its item mark), ended at a clause end
CONTEXT = 5  # characters shown before a figure outside the head
ISSUE_CLIP = 24  # characters of an issue's own text, shown only for an issue with nothing under it
BODY_CLIP = 40  # characters of the text under an issue that has no measures
BARE_MEASURES = 2  # measures without a figure shown per issue (their heads); measures with figures are all shown
_CLAUSE_END = "。；;，,：:"


def _head_end(text: str, s: int, e: int, head: int) -> int:
    """Where a measure's head ends: at its first clause end after a few characters (a little past
    `head` if one comes soon), else `head` characters on."""
    cut = next((i for i in range(s + 6, min(e, s + head + 6)) if text[i] in _CLAUSE_END), None)
    return cut if cut is not None else min(e, s + head)


def _clip_tagged(text: str, start: int, end: int, figs: list, head: int | None = None, ctx: int | None = None) -> str:
    """text[start:end] cut to its head and a little context before each figure, every figure tagged [fN]
    where it stands; an ellipsis marks the parts dropped between them."""
    head = HEAD if head is None else head
    ctx = CONTEXT if ctx is None else ctx
    s = start
    while s < end and text[s] in " \t\r\n\u3000，,。；;：:":
        s += 1
    if (m := ITEM_MARK.match(text, s, end)) is not None:
        s = m.end()  # "一是" numbers the item; the head starts at its content
    if s >= end:
        s = start
    he = _head_end(text, s, end, head)
    while he > s + 1 and text[he - 1] in "、，,；;：: \u3000":
        he -= 1  # a head cut inside an enumeration does not end on its comma
    windows = [(s, he)] + [(min(f.start, max(s, f.start - ctx)), f.end) for f in figs]
    merged: list[list[int]] = []
    for ws, we in sorted(windows):
        if merged and ws <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], we)
        else:
            merged.append([ws, we])
    ends: dict[int, list[str]] = {}
    for f in figs:
        ends.setdefault(f.end, []).append(_short(f.id))
    out = []
    for k, (ws, we) in enumerate(merged):
        if k:
            out.append("…")
        cut = ws
        for pos in sorted(p for p in ends if ws < p <= we):
            out.append(text[cut:pos] + "".join(f"[{t}]" for t in ends[pos]))
            cut = pos
        out.append(text[cut:we])
    return _data("".join(out))


def _children(issues: list[SummaryIssue]) -> dict[str, list[SummaryIssue]]:
    """The issues of a prompt that head others in it: parent id -> its sub-issues there."""
    out: dict[str, list[SummaryIssue]] = {}
    for iss in issues:
        if iss.parent:
            out.setdefault(iss.parent, []).append(iss)
    return out


def _shown_measures(iss: SummaryIssue, subs: list[SummaryIssue], figures: list) -> list:
    """An issue's measures less those within one of its sub-issues shown in the same prompt whose every
    figure a sub-issue's measure shows (a heading issue holds its sub-issues' measures and headings;
    they are shown once, under the sub-issue)."""
    below = [(m.start, m.end) for c in subs for m in c.measures]
    shown = []
    for m in iss.measures:
        inside = any(m.start < (c.scope_end or c.end) and c.start < m.end for c in subs)
        figs = [f for f in figures if m.start <= f.start and f.end <= m.end]
        if not (inside and all(any(s <= f.start and f.end <= e for s, e in below) for f in figs)):
            shown.append(m)
    return shown


def render_outline(sk: NoticeSummary, text: str) -> str:
    """Each issue with the heads of its measures, figures tagged in place with a few characters before
    them: what the model needs to word a short summary and pick figure ids, and little else (prompt
    tokens are the cost of a local model). A heading issue names its sub-issues instead of repeating
    their measures."""
    lines = []
    kids = _children(sk.issues)
    for iss in sk.issues:
        subs = kids.get(iss.id, [])
        under = []
        bare = 0
        for m in _shown_measures(iss, subs, sk.figures):
            figs = [f for f in sk.figures if m.start <= f.start and f.end <= m.end]
            shown = _clip_tagged(text, m.start, m.end, figs).strip()
            if not figs:
                if len(shown.rstrip("…")) < 5:
                    continue  # a heading's remnant ("2.针对") says nothing
                bare += 1
                if bare > BARE_MEASURES:
                    continue  # enough said about what was done; every figure is still shown
            if shown:
                under.append("- " + shown)
        if not iss.measures:
            body = _clip(text[iss.end:iss.scope_end or iss.end].strip(" \t\r\n\u3000。；;，,：:"), BODY_CLIP)
            if body:
                under.append("- " + body)
        # the issue's own words only where nothing is shown under it: given its problem, a small
        # model words the problem back instead of the work done
        head = f"[{_short(iss.id)}]"
        if not under and not subs:
            head += " " + _clip(iss.text, ISSUE_CLIP)
        if iss.status:
            head += f" ({_data(iss.status)})"
        if subs:
            head += " (含" + " ".join(_short(c.id) for c in subs) + ")"
        lines.append(head)
        lines.extend(under)
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
    """The skeleton with the reply's summaries and figure choices, after checking every id.

    The reply is {"issues": [{"id", "summary", "figure_ids"}, ...]}. A heading issue
    also gets the figures the model picked for its sub-issues that lie in its own measures (the
    prompt shows those measures once, under the sub-issue)."""
    out = copy.deepcopy(sk)
    flags = out.flags
    doc = out.doc
    issues = {_short(i.id): i for i in out.issues}
    figures = {_short(f.id): f for f in out.figures}
    strip = lambda x: x[len(doc) + 1:] if x.startswith(doc + "#") else x  # noqa: E731
    seen: dict[str, list[str]] = {}  # issue -> the figure ids picked for it
    for r in reply.get("issues", []):
        iid = strip(r["id"])
        iss = issues.get(iid)
        if iss is None:
            flags.append(f"rejected issue id {r['id']}: not in the notice")
            continue
        if iid in seen:
            flags.append(f"rejected second entry for issue {iid}: duplicate")
            continue
        summary = _uncut(" ".join(r["summary"].split()))
        bad = unsupported_numbers(summary, text[iss.start:iss.scope_end or iss.end])
        if not summary:
            flags.append(f"summary for issue {iid} replaced: empty")
        elif bad:
            flags.append(f"summary for issue {iid} replaced: number {', '.join(bad)} not in the issue's text")
        else:
            iss.summary, iss.summary_span = summary, None
        # the figures the model picked, each given to the measure whose text holds it
        picked = seen[iid] = []
        for fid in r["figure_ids"]:
            f = figures.get(strip(fid))
            home = None if f is None else _home(iss, f)
            if f is None:
                flags.append(f"rejected figure id {fid} for issue {iid}: not in the notice")
            elif home is None:
                flags.append(f"rejected figure id {fid} for issue {iid}: not in a measure of the issue")
            elif f.id not in picked:
                picked.append(f.id)
    for iid in reversed(list(seen)):  # sub-issues (and theirs) first
        iss, picked = issues[iid], seen[iid]
        for sub in out.issues:
            if sub.parent == iss.id and _short(sub.id) in seen:
                picked += [x for x in seen[_short(sub.id)] if x not in picked and _home(iss, figures[_short(x)])]
        for m in iss.measures:
            m.figure_ids = sorted((x for x in picked if _home(iss, figures[_short(x)]) is m),
                                  key=lambda x: figures[_short(x)].start)
    missing = [k for k in issues if k not in seen]
    if missing:
        flags.append(f"no summary in the reply for {', '.join(missing)}; extractive summary kept")
    return out


def _uncut(summary: str) -> str:
    """A summary the sampling grammar cut at SUMMARY_CHARS, back to its last clause end ("…进一步强化措"
    loses its broken last clause) or else without a number cut in two ("累计核减4."), and without a
    dangling comma; any other summary as it is."""
    if len(summary) == SUMMARY_CHARS and summary[-1] not in _CLAUSE_END:
        cut = max((i for i, c in enumerate(summary) if c in _CLAUSE_END), default=-1)
        summary = summary[:cut] if cut >= 6 else re.sub(r"[0-9０-９.．]+$", "", summary)
    return summary.rstrip("、，,；;：: …") or summary


def _home(iss: SummaryIssue, f):
    """The measure of the issue whose text holds figure f, or None."""
    return next((m for m in iss.measures if m.start <= f.start and f.end <= m.end), None)


def _families(issues: list[SummaryIssue]) -> list[list[SummaryIssue]]:
    """Consecutive runs of a top issue and the issues under it (sub-issues follow their heading)."""
    out: list[list[SummaryIssue]] = []
    inside: set[str] = set()
    for iss in issues:
        if out and iss.parent in inside:
            out[-1].append(iss)
        else:
            out.append([iss])
            inside = set()
        inside.add(iss.id)
    return out


def issue_groups(sk: NoticeSummary, text: str, budget: int | None = None,
                 most: int | None = None) -> list[list[SummaryIssue]]:
    """Issues in consecutive groups whose rendered outline fits one prompt, at most `most` a group;
    a heading issue and its sub-issues stay in one group where they fit (their measures are then
    shown once)."""
    budget = budget or PROMPT_BUDGET
    most = most or MAX_ISSUES
    size = lambda g: len(render_outline(replace(sk, issues=g), text))  # noqa: E731
    groups: list[list[SummaryIssue]] = []
    cur: list[SummaryIssue] = []
    for fam in _families(sk.issues):
        if cur and (len(cur) + len(fam) > most or size(cur + fam) > budget):
            groups.append(cur)
            cur = []
        for iss in fam:  # a family larger than a group is cut where it must be
            if cur and (len(cur) >= most or size(cur + [iss]) > budget):
                groups.append(cur)
                cur = []
            cur.append(iss)
    if cur:
        groups.append(cur)
    return groups


def reply_grammar(group: list[SummaryIssue], tagged: set[str]) -> dict:
    """The reply schema narrowed to one call, for the server to sample with: an entry for each issue
    of the group in order, its id fixed, a summary of at most SUMMARY_CHARS characters (no tag
    brackets, quotes, line breaks or the outline's ellipsis: no clipped pieces strung together) and at most as many figure ids as the issue has tags, among the
    tags shown in its measures. A small model then cannot skip an issue, shift ids to the next one,
    echo an example id or write (or list ids) on until the token bound. The reply is still validated
    against summary_reply and every id checked against the skeleton (a server may ignore the grammar)."""
    summary = {"type": "string", "pattern": f"^[^\\[\\]\"\\\\\\n\\r\\t…]{{1,{SUMMARY_CHARS}}}$"}
    items = []
    for iss in group:
        figs = list(dict.fromkeys(_short(f) for m in iss.measures for f in m.figure_ids if _short(f) in tagged))
        items.append({"type": "object", "additionalProperties": False, "required": ["id", "summary", "figure_ids"],
                      "properties": {"id": {"const": _short(iss.id)}, "summary": summary,
                                     "figure_ids": ({"type": "array", "items": {"enum": figs}, "maxItems": len(figs)} if figs
                                                    else {"type": "array", "prefixItems": [], "items": False})}})
    return {"type": "object", "additionalProperties": False, "required": ["issues"],
            "properties": {"issues": {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}}}


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
        tags = {t[1:-1] for t in _TAG.findall(messages[-1]["content"])}
        try:
            reply = provider.complete(messages, load_schema(REPLY_SCHEMA), name=REPLY_SCHEMA, prompt_version=version,
                                      max_tokens=REPLY_TOKENS * len(group) + REPLY_FIGURE_TOKENS * len(tags) + REPLY_SLACK,
                                      grammar=reply_grammar(group, tags))
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
