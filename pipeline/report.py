"""Human-readable views of NoticeSummaries: one self-contained HTML page and a Markdown digest.

The page must open from an e-mail attachment or an air-gapped share, so it has
inline CSS, no scripts and no external resources. Highlights overlap in real
notices (a sub-issue's text inside its parent's measure, one measure running
across another's boundary), so `highlight` closes and reopens elements at
every crossing to keep the markup well nested.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# same (start, end): the wider concept goes outside
_RANK = {"scope": 0, "issue": 1, "measure": 2, "progress": 3, "insp": 3, "status": 3, "cut": 4, "fig": 5}
_TAG = {"scope": "span", "cut": "span"}


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    anchor: str | None = None
    title: str = ""
    classes: list[str] = field(default_factory=list)


def _open(m: Mark, first: bool) -> str:
    tag = _TAG.get(m.kind, "mark")
    attrs = [f'class="{" ".join([m.kind, *m.classes])}"']
    if first and m.anchor:
        attrs.append(f'id="{html.escape(m.anchor)}"')
    if m.title:
        attrs.append(f'title="{html.escape(m.title)}"')
    return f"<{tag} {' '.join(attrs)}>"


def _close(m: Mark) -> str:
    return f"</{_TAG.get(m.kind, 'mark')}>"


def highlight(text: str, marks: list[Mark]) -> str:
    """Escaped text with every mark as an element; crossing marks are split so the markup nests."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[int]] = {}
    for k, m in enumerate(marks):
        starts.setdefault(m.start, []).append(k)
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    for p, nxt in zip(points, points[1:] + [None]):
        ending = [i for i, k in enumerate(stack) if marks[k].end <= p]
        reopen: list[int] = []
        if ending:
            cut = ending[0]
            for k in reversed(stack[cut:]):
                out.append(_close(marks[k]))
            reopen = [k for k in stack[cut:] if marks[k].end > p]
            del stack[cut:]
        for k in sorted(reopen + starts.get(p, []), key=lambda k: (-marks[k].end, _RANK[marks[k].kind], k)):
            out.append(_open(marks[k], k not in opened))
            opened.add(k)
            stack.append(k)
        if nxt is not None:
            out.append(html.escape(text[p:nxt], quote=False))
    for k in reversed(stack):
        out.append(_close(marks[k]))
    return "".join(out)


def _short(full_id: str) -> str:
    return full_id.rsplit("#", 1)[-1]


def _ref(doc: str, s: int, e: int) -> str:
    return f"{doc}:{s}-{e}"


def _num(v: float) -> str:
    if float(v).is_integer() and abs(v) < 1e18:
        return f"{int(v):,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def _fig_value(f: dict) -> str:
    """`value unit`, with the base-unit value when normalising changed it (万元 → 元)."""
    s = f"{_num(f['value'])} {f['unit']}"
    return s + _normalised(f)


def _normalised(f: dict) -> str:
    if f.get("norm_value") is None or not f.get("base_unit"):
        return ""
    if (f["norm_value"], f["base_unit"]) == (f["value"], f["unit"]):
        return ""
    return f" = {_num(f['norm_value'])} {f['base_unit']}"


def _marks(s: dict, a) -> list[Mark]:
    doc = s["doc"]
    out = []
    stated: set[tuple[int, int]] = set()  # one status line may state the status of a block's sub-issues too
    for iss in s["issues"]:
        iid = _short(iss["id"])
        st = iss.get("status_span")
        if st and (st["start"], st["end"]) not in stated:
            stated.add((st["start"], st["end"]))
            out.append(Mark(st["start"], st["end"], "status", a(f"{doc}#st{st['start']}"),
                            f"{_ref(doc, st['start'], st['end'])} · status of {iid}"))
        end = iss.get("scope_end") or iss["end"]
        out.append(Mark(iss["start"], end, "scope", None, f"{_ref(doc, iss['start'], end)} · passage of issue {iid}"))
        out.append(Mark(iss["start"], iss["end"], "issue", a(iss["id"]),
                        f"{_ref(doc, iss['start'], iss['end'])} · issue {iid}" + (f" · {iss['subject']}" if iss.get("subject") else "")))
        for m in iss["measures"]:
            out.append(Mark(m["start"], m["end"], "measure", a(m["id"]),
                            f"{_ref(doc, m['start'], m['end'])} · measure {_short(m['id'])} of {iid}"))
        sp = iss.get("summary_span")
        if sp:
            out.append(Mark(sp["start"], sp["end"], "cut", None, f"{_ref(doc, sp['start'], sp['end'])} · summary of {iid} cut from here"))
    for f in s["figures"]:
        out.append(Mark(f["start"], f["end"], "fig", a(f["id"]),
                        f"{_ref(doc, f['start'], f['end'])} · {_short(f['id'])} · {_fig_value(f)}"
                        + (f" · {f['subject']}" if f.get("subject") else "")))
    for n, p in enumerate(s.get("progress") or [], 1):
        out.append(Mark(p["start"], p["end"], "progress", a(f"{doc}#p{n}"), f"{_ref(doc, p['start'], p['end'])} · progress"))
    insp = s.get("inspection") or {}
    for sp in [insp.get("round"), insp.get("team"), *(insp.get("dates") or [])]:
        if sp:
            out.append(Mark(sp["start"], sp["end"], "insp", None, f"{_ref(doc, sp['start'], sp['end'])} · inspection"))
    return out


_CSS = """
body{font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1c1c1c;background:#fff}
header.top{padding:16px 24px;background:#263238;color:#fff}header.top h1{margin:0 0 4px;font-size:20px}
header.top a{color:#b3e5fc}.legend mark,.legend span{padding:0 4px;margin-right:6px}
.notice{border-top:3px solid #455a64;padding:12px 24px 28px}
.notice h2{margin:8px 0 4px;font-size:19px}.meta{color:#555;font-size:13px;margin-bottom:8px}
.grid{display:flex;gap:24px;align-items:flex-start}
.text{flex:1 1 60%;white-space:pre-wrap;word-break:break-all;background:#fcfcfc;border:1px solid #e0e0e0;padding:12px 16px;border-radius:4px}
aside{flex:0 0 36%;position:sticky;top:0;max-height:100vh;overflow:auto;font-size:13px}
aside ol{padding-left:22px;margin:4px 0}aside ul{padding-left:16px;margin:2px 0;list-style:square}
aside li{margin:3px 0}aside a{color:#0d47a1;text-decoration:none}aside a:hover{text-decoration:underline}
.sum{color:#222}.ref{color:#777;font-size:11px;font-family:monospace}.st{color:#2e7d32;font-size:12px}
span.scope{background:#f3f6fb;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark{padding:0 1px;border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone;color:inherit}
mark.issue{background:#ffcdd2;font-weight:700}
mark.measure{background:#dcedc8}
mark.fig{background:#ffe082;font-weight:700;outline:1px solid #ffb300}
mark.progress{background:#b2ebf2;font-weight:700}
mark.insp{background:#e1bee7}
mark.status{background:#c8e6c9;font-weight:700;outline:1px solid #2e7d32}
span.cut{text-decoration:underline dotted #6a1b9a 2px;text-underline-offset:3px}
:target{outline:3px solid #d81b60 !important}
.flags{color:#b71c1c;font-size:13px}.flags li{margin:2px 0}
nav.toc ol{margin:4px 0}
"""


def _notice_html(k: int, s: dict, text: str) -> str:
    e = html.escape
    ids: dict[str, str] = {}

    def a(full_id: str) -> str:
        if full_id not in ids:
            ids[full_id] = f"n{k}-" + re.sub(r"[^A-Za-z0-9_-]", "_", _short(full_id))
        return ids[full_id]

    body = highlight(text, _marks(s, a))
    figs = {f["id"]: f for f in s["figures"]}
    meta = [f"<code>{e(s['doc'])}</code>", e(s.get("issuer") or ""), f"engine: {e(s['engine'])}",
            f"{len(s['issues'])} issues, {len(s['figures'])} figures"]
    side = []
    insp = s.get("inspection")
    if insp:
        parts = [sp["text"] for sp in [insp.get("round"), insp.get("team")] if sp] + [d["text"] for d in insp.get("dates") or []]
        side.append(f"<p><b>Inspection:</b> {e(' · '.join(parts))}</p>")
    if s.get("progress"):
        side.append("<p><b>Progress:</b></p><ul>" + "".join(
            f'<li><a href="#{a(s["doc"] + "#p" + str(n))}">{e(p["text"])}</a> <span class="ref">{e(_ref(s["doc"], p["start"], p["end"]))}</span></li>'
            for n, p in enumerate(s["progress"], 1)) + "</ul>")
    items = []
    for iss in s["issues"]:
        ms = []
        for m in iss["measures"]:
            fl = "".join(f'<li><a href="#{a(fid)}">{e(figs[fid]["text"])}</a> <span class="ref">{e(_short(fid) + _normalised(figs[fid]))}</span></li>'
                         for fid in m["figure_ids"] if fid in figs)
            short = m["text"] if len(m["text"]) <= 48 else m["text"][:47] + "…"
            ms.append(f'<li><a href="#{a(m["id"])}">{e(_short(m["id"]))}</a> {e(short)} '
                      f'<span class="ref">{e(_ref(s["doc"], m["start"], m["end"]))}</span>' + (f"<ul>{fl}</ul>" if fl else "") + "</li>")
        sts = iss.get("status_span")
        st = (f' <a class="st" href="#{a(s["doc"] + "#st" + str(sts["start"]))}">[{e(iss["status"])}]</a>' if sts
              else f' <span class="st">[{e(iss["status"])}]</span>' if iss.get("status") else "")
        sub = f" — {e(iss['subject'])}" if iss.get("subject") else ""
        items.append(f'<li><a href="#{a(iss["id"])}"><b>{e(_short(iss["id"]))}</b> {e(iss["text"])}</a>{sub}{st}'
                     f'<div class="sum">{e(iss["summary"])}</div>' + (f"<ul>{''.join(ms)}</ul>" if ms else "") + "</li>")
    side.append(f"<ol>{''.join(items)}</ol>" if items else "<p>No issues found in this notice.</p>")
    if s.get("flags"):
        side.append('<p><b>Flags</b></p><ul class="flags">' + "".join(f"<li>{e(x)}</li>" for x in s["flags"]) + "</ul>")
    return (f'<section class="notice" id="n{k}"><h2>{e(s["title"])}</h2><div class="meta">{" · ".join(m for m in meta if m)}</div>'
            f'<div class="grid"><div class="text">{body}</div><aside>{"".join(side)}</aside></div></section>')


def render_html(items: list[tuple[dict, str]], title: str = "Notice summaries") -> str:
    """One page for (summary, notice text) pairs: highlighted texts beside their issue lists."""
    e = html.escape
    toc = "".join(f'<li><a href="#n{k}">{e(s["title"])}</a> <span class="ref">{e(s["doc"])}</span></li>'
                  for k, (s, _) in enumerate(items))
    legend = ('<span class="legend"><mark class="issue">issue</mark><mark class="measure">measure</mark>'
              '<mark class="fig">figure</mark><mark class="progress">progress</mark><mark class="status">status</mark><mark class="insp">inspection</mark>'
              '<span class="cut">summary cut from</span></span>')
    sections = "".join(_notice_html(k, s, t) for k, (s, t) in enumerate(items))
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title><style>{_CSS}</style></head><body>"
            f'<header class="top"><h1>{e(title)}</h1><div>{len(items)} notice(s). Hover a highlight for its doc:start-end. {legend}</div>'
            f'<nav class="toc"><ol>{toc}</ol></nav></header>{sections}</body></html>\n')


# ---------------------------------------------------------------- Markdown

def _md(s: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(s.split()))


def digest_markdown(items: list[tuple[dict, str]]) -> str:
    """Per notice: inspection and progress, then issues → measures → figures, each with doc:start-end."""
    lines = [f"# Notice summaries ({len(items)})", ""]
    for s, _text in items:
        doc = s["doc"]
        r = lambda x: f"`{_ref(doc, x['start'], x['end'])}`"  # noqa: E731
        lines += [f"## {_md(s['title'])}", "",
                  f"`{doc}` · {_md(s.get('issuer') or '-')} · engine {s['engine']} · "
                  f"{len(s['issues'])} issues · {len(s['figures'])} figures", ""]
        insp = s.get("inspection")
        if insp:
            parts = [f"{_md(sp['text'])} {r(sp)}" for sp in [insp.get("round"), insp.get("team"), *(insp.get("dates") or [])] if sp]
            lines += ["**Inspection:** " + "; ".join(parts), ""]
        if s.get("progress"):
            lines += ["**Progress:**", ""] + [f"- {_md(p['text'])} {r(p)}" for p in s["progress"]] + [""]
        figs = {f["id"]: f for f in s["figures"]}
        for iss in s["issues"]:
            extra = [x for x in (iss.get("subject"), iss.get("status"),
                                 f"part of {_short(iss['parent'])}" if iss.get("parent") else None) if x]
            lines += [f"### {_short(iss['id'])} {_md(iss['text'])} {r(iss)}", ""]
            if extra:
                lines += [" · ".join(_md(x) for x in extra), ""]
            sp = iss.get("summary_span")
            lines += [f"> {_md(iss['summary'])}" + (f" (extract, {r(sp)})" if sp else " (written by the LLM)"), ""]
            for m in iss["measures"]:
                t = m["text"] if len(m["text"]) <= 100 else m["text"][:99] + "…"
                lines.append(f"- **{_short(m['id'])}** {_md(t)} {r(m)}")
                for fid in m["figure_ids"]:
                    if fid in figs:
                        f = figs[fid]
                        norm = _normalised(f)
                        lines.append(f"  - {_short(fid)} **{_md(f['text'])}**{' ' + _md(norm) if norm else ''} {r(f)}")
            lines.append("")
        if not s["issues"]:
            lines += ["_No issues found in this notice._", ""]
        if s.get("flags"):
            lines += ["**Flags:**", ""] + [f"- {_md(x)}" for x in s["flags"]] + [""]
    return "\n".join(lines).rstrip() + "\n"
