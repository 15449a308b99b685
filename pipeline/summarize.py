"""Cited summaries of notices: an extractive skeleton, optionally worded by an LLM.

The skeleton (issues, measures, figures, progress statements, all exact spans)
comes from the parser and the figure extractor. The LLM only writes one
sentence per issue and says which figure ids each measure reports; it never
produces offsets or figures, so a reply can make a summary worse but never
make a citation wrong. Whatever it gets wrong is dropped and recorded in
`flags`.
"""
from __future__ import annotations

import json
import math
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .corpus import LoadError, load
from .facts import FIELDS as FACT_FIELDS
from .figures import extract_figures
from .numerals import parse_number
from .parse import parse, sentence_end
from .schemas import load_prompt, load_schema, validate
from .types import Document, Figure, Issue


PROMPT = "summarize"
SUMMARY_SCHEMA = "notice_summary"
REPLY_SCHEMA = "summary_reply"
MAX_EXTRACT = 80  # characters of an extractive summary before it is cut at a clause boundary

# Full-width punctuation written as escapes: notices use both widths, and editors
# and NFKC-normalising tools silently turn the full-width forms into ASCII.
_COMMA, _SEMI, _COLON = ",\uff0c", ";\uff1b", ":\uff1a"
_N = r"(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)"
_CN = "一二三四五六七八九十"
# Overall progress statements, as the genre writes them.
_PROGRESS = [
    # 17个问题已完成整改14个 / 反馈的3个方面28个问题中已整改到位25个
    re.compile(rf"{_N}(?:个|项|条)(?:[^。{_SEMI}{_COMMA}\n]{{0,8}})?问题[^。{_SEMI}\n]{{0,12}}?"
               rf"(?:已|均已)?(?:全部)?(?:完成整改|整改完成|整改到位|整改|办结|销号){_N}(?:个|项|条)"),
    # 28个问题已全部完成整改 / 问题365宗,已全部完成整改
    re.compile(rf"{_N}(?:个|项|条)(?:[^。{_SEMI}{_COMMA}\n]{{0,8}})?问题[{_COMMA}]?(?:已|均已)全部(?:完成整改|整改完成|整改到位|办结|销号)"),
    # 已完成整改14个 / 累计整改问题30项
    re.compile(rf"(?:已|累计)(?:完成整改|整改完成|整改到位|整改)(?:问题)?{_N}(?:个|项|条)"),
    # 整改完成率85% / 整改率达到100%
    re.compile(r"整改(?:完成|到位|办结)?率(?:达到?|为)?[0-9０-９]+(?:[.．][0-9０-９]+)?[%\uff05]"),
]
# Two counts in one statement are a notice-wide tally even inside an issue's passage.
_TALLY = re.compile(rf"{_N}(?:个|项|条).*{_N}(?:个|项|条)$|率")
_ROUND = re.compile(rf"(?:[{_CN}\d]+届)?(?:中央|省委|市委|区委|县委|州委|党委|党组)?第[{_CN}\d]+轮(?:专项)?(?:巡察|巡视)")
_TEAM = re.compile(rf"(?:中央|省委|市委|区委|县委|州委)(?:第[{_CN}\d]+)?(?:专项)?(?:巡视|巡察)组")
_DATE = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?"
# a period or date counts only in the sentence that names the inspection or its feedback
_PERIOD = re.compile(rf"({_DATE}(?:至|到|—|－|-|~)(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日)?)[^。\n]{{0,30}}?(?:巡视|巡察)")
_FEEDBACK = re.compile(rf"((?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)[{_COMMA}]?[^。\n]{{0,24}}?反馈了?(?:巡视|巡察)?(?:意见|情况)")
_HEAD = 2000  # inspection details are stated in a notice's opening


# ---------------------------------------------------------------- extractive skeleton

def _span(text: str, s: int, e: int) -> dict:
    return {"text": text[s:e], "start": s, "end": e}


def find_progress(text: str, issues: list[Issue] = ()) -> list[dict]:
    found: list[tuple[int, int]] = []
    for pat in _PROGRESS:
        found += [(m.start(), m.end()) for m in pat.finditer(text)]
    scopes = [(i.start, i.scope_end or i.end) for i in issues]
    out: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:  # overlaps a longer match already kept
            continue
        inside = any(a <= s < b for a, b in scopes)
        if inside and not _TALLY.search(text[s:e]):
            continue  # one issue's own result, not the notice's progress
        out.append((s, e))
    return [_span(text, s, e) for s, e in out]


def find_inspection(text: str) -> dict | None:
    head = text[:_HEAD]
    r, t = _ROUND.search(head), _TEAM.search(head)
    dates = [_span(text, m.start(1), m.end(1)) | {"kind": "period"} for m in _PERIOD.finditer(head)]
    dates += [_span(text, m.start(1), m.end(1)) | {"kind": "feedback"} for m in _FEEDBACK.finditer(head)
              if not any(d["start"] <= m.start(1) < d["end"] for d in dates)]
    if not (r or t or dates):
        return None
    return {"round": _span(text, r.start(), r.end()) if r else None,
            "team": _span(text, t.start(), t.end()) if t else None,
            "dates": sorted(dates, key=lambda d: d["start"])}


# `1.` numbers an item but `1.5万元` is a figure: a point before a digit is a decimal point
_ITEM = re.compile(rf"(?:[{_CN}]+是|\d{{1,2}}(?:[、．]|\.(?!\d))|[(（][{_CN}\d]+[)）])\s*")


def _extract(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """The first sentence at s, cut at a clause boundary when long: (start, end) of an honest extract."""
    while s < limit and text[s] in " \t\r\n\u3000。" + _SEMI + _COMMA + _COLON:
        s += 1
    if (m := _ITEM.match(text, s, limit)) is not None:
        s = m.end()  # "一是" numbers the item; the extract starts at its content
    if s >= limit:
        return None
    e = sentence_end(text, s, limit)
    if e - s < 16 and e < limit:
        e = sentence_end(text, e, limit)  # "加强政策研究。" only names the measure; its next sentence says what was done
    if e - s > MAX_EXTRACT:
        cut = max((i + 1 for i in range(s + 10, s + MAX_EXTRACT) if text[i] in _COMMA + _SEMI + "、"), default=None)
        e = cut if cut is not None else s + MAX_EXTRACT
    while e > s and text[e - 1] in " \t\r\n、" + _COMMA + _SEMI + _COLON:
        e -= 1
    return (s, e) if e - s >= 2 else None


def extractive_summary(text: str, iss: Issue) -> tuple[str, dict]:
    span = None
    if iss.measures:
        span = _extract(text, iss.measures[0].start, iss.measures[0].end)
    if span is None:
        span = _extract(text, iss.end, iss.scope_end or iss.end)
    if span is None:
        span = _extract(text, iss.start, iss.end) or (iss.start, iss.end)
    s, e = span
    return text[s:e], {"start": s, "end": e}


def _figure_dict(f: Figure) -> dict:
    return {"id": f.id, "doc": f.doc, "start": f.start, "end": f.end, "text": f.text, "value": f.value,
            "unit": f.unit, "norm_value": f.norm_value, "base_unit": f.base_unit, "subject": f.subject,
            "sentence": f.sentence, "sentence_start": f.sentence_start, "sentence_end": f.sentence_end,
            **{k: getattr(f, k) for k in FACT_FIELDS}}


def _skeleton(doc: Document) -> dict:
    text = doc.text
    outline = parse(doc.id, text, doc.meta)
    figures = extract_figures(doc.id, text, outline.subject_at)
    issues, n = [], 0
    for iss in outline.issues:
        measures = []
        for m in iss.measures:
            n += 1
            measures.append({"id": f"{doc.id}#m{n}", "text": m.text, "start": m.start, "end": m.end,
                             "figure_ids": [f.id for f in figures if m.start <= f.start and f.end <= m.end]})
        summary, span = extractive_summary(text, iss)
        issues.append({"id": iss.id, "parent": iss.parent, "subject": iss.subject, "text": iss.text,
                       "start": iss.start, "end": iss.end, "scope_end": iss.scope_end, "status": iss.status,
                       "status_span": None if iss.status_start is None else
                       {"text": iss.status, "start": iss.status_start, "end": iss.status_end},
                       "summary": summary, "summary_span": span, "measures": measures})
    return {"doc": doc.id, "title": doc.title, "issuer": doc.meta.get("issuer"), "engine": "extractive",
            "inspection": find_inspection(text), "progress": find_progress(text, outline.issues),
            "issues": issues, "figures": [_figure_dict(f) for f in figures], "flags": []}


def summarize_extractive(doc: Document) -> dict:
    """A NoticeSummary (dict, validated) built only from spans of the notice."""
    out = _skeleton(doc)
    validate(out, SUMMARY_SCHEMA)
    return out


# ---------------------------------------------------------------- the LLM engine

def _short(full_id: str) -> str:
    return full_id.rsplit("#", 1)[-1]


def _data(s: str) -> str:
    """Notice text as one line of data that cannot close the fence around it."""
    s = " ".join(s.split())
    return s.replace("<<<", "‹‹‹").replace(">>>", "›››")


def render_outline(sk: dict, text: str) -> str:
    figs = sk["figures"]
    lines = []
    for iss in sk["issues"]:
        scope = (iss["start"], iss.get("scope_end") or iss["end"])
        head = f"[{_short(iss['id'])}] {_data(iss['text'])}"
        extra = [f"subject: {_data(iss['subject'])}" if iss.get("subject") else "",
                 f"status: {_data(iss['status'])}" if iss.get("status") else "",
                 f"part of {_short(iss['parent'])}" if iss.get("parent") else ""]
        lines.append(head + "".join(f" ({x})" for x in extra if x))
        listed = set()
        for m in iss["measures"]:
            lines.append(f"  [{_short(m['id'])}] {_data(m['text'])}")
            for f in figs:
                if m["start"] <= f["start"] and f["end"] <= m["end"]:
                    sent = f["sentence"] or ""
                    # the sentence only adds context when the measure does not already hold it
                    tail = "" if sent.strip() in m["text"] else f" | {_data(sent)[:160]}"
                    lines.append(f"    {_short(f['id'])}: {_data(f['text'])}{tail}")
                    listed.add(f["id"])
        rest = [f for f in figs if scope[0] <= f["start"] < scope[1] and f["id"] not in listed]
        if not iss["measures"]:
            body = _data(text[iss["end"]:scope[1]])[:600]
            if body:
                lines.append(f"  (text) {body}")
        for f in rest:
            lines.append(f"  other figure {_short(f['id'])}: {_data(f['text'])} | {_data(f['sentence'] or '')[:160]}")
    return "\n".join(lines)


def render_prompt(sk: dict, text: str) -> tuple[list[dict], str]:
    template, version = load_prompt(PROMPT)
    system, _, user = template.partition("\n---user---\n")
    values = {
        "title": _data(sk["title"]), "issuer": _data(sk.get("issuer") or "-"), "doc": sk["doc"],
        "issue_count": str(len(sk["issues"])),
        "measure_count": str(sum(len(i["measures"]) for i in sk["issues"])),
        "figure_count": str(len(sk["figures"])),
        "issue_ids": ", ".join(_short(i["id"]) for i in sk["issues"]),
        "outline": render_outline(sk, text),
    }
    # one pass, so placeholders inside the notice text are never expanded
    fill = lambda s: re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), s)  # noqa: E731
    return [{"role": "system", "content": fill(system).strip()},
            {"role": "user", "content": fill(user).strip()}], version


_ARABIC = re.compile(rf"[0-9０-９]+(?:[{_COMMA}][0-9０-９]{{3}})*(?:[.．][0-9０-９]+)?")
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


def merge_reply(sk: dict, reply: dict, text: str) -> dict:
    """The skeleton with the reply's summaries and figure choices, after checking every id."""
    out = json.loads(json.dumps(sk))
    flags = out["flags"]
    doc = out["doc"]
    issues = {_short(i["id"]): i for i in out["issues"]}
    measures = {_short(m["id"]): (m, i) for i in out["issues"] for m in i["measures"]}
    figures = {_short(f["id"]): f for f in out["figures"]}
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
        bad = unsupported_numbers(summary, text[iss["start"]:iss.get("scope_end") or iss["end"]])
        if not summary:
            flags.append(f"summary for issue {iid} replaced: empty")
        elif bad:
            flags.append(f"summary for issue {iid} replaced: number {', '.join(bad)} not in the issue's text")
        else:
            iss["summary"], iss["summary_span"] = summary, None
        for rm in r.get("measures", []):
            mid = strip(rm["measure_id"])
            if mid not in measures:
                flags.append(f"rejected measure id {rm['measure_id']} for issue {iid}: not in the notice")
                continue
            m, owner = measures[mid]
            if owner is not iss:
                flags.append(f"rejected measure id {mid} for issue {iid}: a measure of {_short(owner['id'])}")
                continue
            keep = []
            for fid in rm["figure_ids"]:
                f = figures.get(strip(fid))
                if f is None:
                    flags.append(f"rejected figure id {fid} for measure {mid}: not in the notice")
                elif not (m["start"] <= f["start"] and f["end"] <= m["end"]):
                    flags.append(f"rejected figure id {fid} for measure {mid}: not in the measure's text")
                elif f["id"] not in keep:
                    keep.append(f["id"])
            m["figure_ids"] = sorted(keep, key=lambda x: figures[_short(x)]["start"])
    missing = [k for k in issues if k not in seen]
    if missing:
        flags.append(f"no summary in the reply for {', '.join(missing)}; extractive summary kept")
    return out


PROMPT_BUDGET = 2500  # characters of outline per call: small local models have small contexts


def issue_groups(sk: dict, text: str, budget: int | None = None) -> list[list[dict]]:
    """Issues in consecutive groups whose rendered outline fits one prompt."""
    budget = budget or PROMPT_BUDGET
    groups: list[list[dict]] = []
    cur: list[dict] = []
    size = 0
    for iss in sk["issues"]:
        n = len(render_outline({**sk, "issues": [iss]}, text))
        if cur and size + n > budget:
            groups.append(cur)
            cur, size = [], 0
        cur.append(iss)
        size += n
    if cur:
        groups.append(cur)
    return groups


def summarize_llm(doc: Document, provider) -> dict:
    """A NoticeSummary whose issue summaries are written by the LLM and checked against the text.

    Long notices (80 issues) are worded a group of issues per call, so every
    prompt fits a small model's context; each call is cached on its own.
    """
    sk = _skeleton(doc)
    sk["engine"] = "llm"
    _, version = render_prompt({**sk, "issues": []}, doc.text)
    sk["prompt_version"] = version
    out = json.loads(json.dumps(sk))
    for group in issue_groups(sk, doc.text):
        sub = {**sk, "issues": group, "flags": []}
        messages, _ = render_prompt(sub, doc.text)
        reply = provider.complete(messages, load_schema(REPLY_SCHEMA), name=REPLY_SCHEMA, prompt_version=version)
        merged = merge_reply(sub, reply, doc.text)
        done = {i["id"]: i for i in merged["issues"]}
        out["issues"] = [done.get(i["id"], i) for i in out["issues"]]
        out["flags"].extend(merged["flags"])
    validate(out, SUMMARY_SCHEMA)
    return out


def make_provider(settings):
    """The OpenAI-compatible provider the settings describe, with the call cache unless --no-cache."""
    from .llm.cache import LLMCache
    from .llm.provider import OpenAIProvider, Usage
    from .settings import require_llm

    require_llm(settings)
    priced = settings.price_in or settings.price_out
    usage = Usage(settings.price_in if priced else None, settings.price_out if priced else None)
    cache = None if settings.no_cache else LLMCache(settings.cache_path)
    return OpenAIProvider(settings.base_url, settings.api_key, settings.model, timeout=settings.timeout,
                          max_retries=settings.max_retries, cache=cache, structured=settings.structured,
                          usage=usage)


# ---------------------------------------------------------------- batches

@dataclass
class BatchReport:
    summaries: list[dict] = field(default_factory=list)  # input order
    errors: list[str] = field(default_factory=list)  # one line each: "doc or path: reason"
    engine: str = "extractive"
    notices: int = 0  # notices loaded (summarized or failed)
    seconds: float = 0.0
    usage: Any = None  # llm.provider.Usage for the llm engine
    files: list[Path] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 all done, 3 partial (some inputs failed), 1 nothing summarized."""
        if not self.errors:
            return 0
        return 3 if self.summaries else 1

    def summary_line(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        line = f"summarized {len(self.summaries)} notice(s) ({self.engine}) in {self.seconds:.1f} s{failed}"
        return line + (f"; {self.usage.summary()}" if self.usage is not None else "")


def _one_line(e: BaseException) -> str:
    """One notice's failure in a batch; an OSError's message names the file already."""
    from .errors import user_message

    return (" ".join(str(e).split()) if isinstance(e, OSError) else user_message(e))[:400]


def run_batch(paths: list[Path], settings, *, engine: str | None = None, workers: int | None = None,
              out_dir: Path | None = None, on_result: Callable[[dict], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              progress: Callable[[int, int], None] | None = None, provider=None) -> BatchReport:
    """Summarize every notice under `paths` with `workers` threads; one failure never stops the rest.

    With out_dir, summaries.jsonl gets each summary as it finishes (flushed, so a
    killed run keeps them; the LLM cache makes the rerun skip their calls), and is
    rewritten in input order at the end with digest.md and report.html beside it.
    Callbacks run on the calling thread: on_result(summary), on_error(line),
    progress(done, total).
    """
    t0 = time.perf_counter()
    engine = engine or settings.engine
    if engine not in ("extractive", "llm"):
        raise ValueError(f"engine must be 'extractive' or 'llm', got {engine!r}")
    workers = max(1, int(workers or settings.workers or 1))
    rep = BatchReport(engine=engine)

    def fail(line: str) -> None:
        rep.errors.append(line)
        if on_error:
            on_error(line)

    docs: list[Document] = []
    for item in load([Path(p) for p in paths]):
        if isinstance(item, LoadError):
            fail(str(item))
        else:
            docs.append(item)
    rep.notices = len(docs)
    own_provider = provider is None and engine == "llm" and bool(docs)
    if own_provider:
        provider = make_provider(settings)
    if provider is not None:
        rep.usage = provider.usage
    work = (lambda d: summarize_llm(d, provider)) if engine == "llm" else summarize_extractive

    results: list[dict | None] = [None] * len(docs)
    stream = None
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        stream = open(out_dir / "summaries.jsonl", "w", encoding="utf-8")
    ex = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarize")
    interrupted = False
    not_attempted = 0
    try:
        futures = {ex.submit(work, d): k for k, d in enumerate(docs)}
        for done, fut in enumerate(as_completed(futures), 1):
            k = futures[fut]
            if fut.cancelled():
                not_attempted += 1
                continue
            try:
                s = fut.result()
            except Exception as e:  # noqa: BLE001 - one notice's failure is reported, the batch goes on
                fail(f"{docs[k].id}: {_one_line(e)}")
                if getattr(e, "unreachable", False):
                    # every queued notice would fail the same way after its retries
                    for f in futures:
                        f.cancel()
            else:
                results[k] = s
                if stream:
                    stream.write(json.dumps(s, ensure_ascii=False) + "\n")
                    stream.flush()
                if on_result:
                    on_result(s)
            if progress:
                progress(done, len(docs))
    except BaseException:
        interrupted = True  # Ctrl-C: drop queued notices; calls in flight still land in the cache
        raise
    finally:
        ex.shutdown(wait=not interrupted, cancel_futures=interrupted)
        if stream:
            stream.close()
        if own_provider and getattr(provider, "cache", None) is not None:
            provider.cache.close()
    if not_attempted:
        fail(f"stopped: the LLM endpoint could not be reached, {not_attempted} notice(s) not attempted (rerun to continue)")
    rep.summaries = [s for s in results if s is not None]
    if out_dir is not None:
        rep.files = write_outputs(out_dir, rep.summaries, {d.id: d.text for d in docs})
    rep.seconds = time.perf_counter() - t0
    return rep


def write_outputs(out_dir: Path, summaries: list[dict], texts: dict[str, str]) -> list[Path]:
    from .report import digest_markdown, render_html

    items = [(s, texts[s["doc"]]) for s in summaries]
    files = []
    for name, body in (("summaries.jsonl", "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in summaries)),
                       ("digest.md", digest_markdown(items)),
                       ("report.html", render_html(items))):
        path = out_dir / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(body, encoding="utf-8")
        os.replace(tmp, path)  # never a half-written file where a finished one was
        files.append(path)
    return files
