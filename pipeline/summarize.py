"""Cited summaries of notices: the extractive skeleton every engine starts from.

The skeleton (issues, measures, figures, progress statements, all exact spans)
comes from the parser, the genre rules and the figure extractor; each issue's
summary is an extract of its text. The llm engine (summary_llm.py) only
rewords those summaries and picks figure ids; it never produces offsets or
figures, so a reply can make a summary worse but never make a citation wrong.
"""
from __future__ import annotations

from .figures import extract_figures
from .genre import ITEM_MARK, find_inspection, find_progress
from .parse import parse, sentence_end
from .schemas import validate
from .summary import NoticeSummary, Span, SummaryIssue, SummaryMeasure
from .textnorm import COLON, COMMA, ENUMERATION_COMMA, SEMICOLON
from .types import Document, Issue

SUMMARY_SCHEMA = "notice_summary"
MAX_EXTRACT = 80  # characters of an extractive summary before it is cut at a clause boundary
_LEAD = " \t\r\n\u3000\u3002" + SEMICOLON + COMMA + COLON  # skipped before an extract starts
_TRAIL = " \t\r\n" + ENUMERATION_COMMA + COMMA + SEMICOLON + COLON  # dropped from an extract's end


def _extract(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """The first sentence at s, cut at a clause boundary when long: (start, end) of an honest extract."""
    while s < limit and text[s] in _LEAD:
        s += 1
    if (m := ITEM_MARK.match(text, s, limit)) is not None:
        s = m.end()  # "一是" numbers the item; the extract starts at its content
    if s >= limit:
        return None
    e = sentence_end(text, s, limit)
    if e - s < 16 and e < limit:
        e = sentence_end(text, e, limit)  # "加强政策研究。" only names the measure; its next sentence says what was done
    if e - s > MAX_EXTRACT:
        cut = max((i + 1 for i in range(s + 10, s + MAX_EXTRACT) if text[i] in COMMA + SEMICOLON + ENUMERATION_COMMA), default=None)
        e = cut if cut is not None else s + MAX_EXTRACT
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return (s, e) if e - s >= 2 else None


def extractive_summary(text: str, iss: Issue) -> tuple[str, tuple[int, int]]:
    span = None
    if iss.measures:
        span = _extract(text, iss.measures[0].start, iss.measures[0].end)
    if span is None:
        span = _extract(text, iss.end, iss.scope_end or iss.end)
    if span is None:
        span = _extract(text, iss.start, iss.end) or (iss.start, iss.end)
    s, e = span
    return text[s:e], (s, e)


def skeleton(doc: Document) -> NoticeSummary:
    """The extractive summary of a notice (not yet validated)."""
    text = doc.text
    outline = parse(doc.id, text, doc.meta)
    figures = extract_figures(doc.id, text, outline.owner_at)
    issues, n = [], 0
    for iss in outline.issues:
        measures = []
        for m in iss.measures:
            n += 1
            measures.append(SummaryMeasure(f"{doc.id}#m{n}", m.text, m.start, m.end,
                                           [f.id for f in figures if m.start <= f.start and f.end <= m.end]))
        summary, span = extractive_summary(text, iss)
        stated = None if iss.status_start is None else Span(iss.status, iss.status_start, iss.status_end)
        issues.append(SummaryIssue(iss.id, iss.parent, iss.subject, iss.text, iss.start, iss.end, iss.scope_end,
                                   iss.status, summary, span, measures, status_span=stated))
    return NoticeSummary(doc.id, doc.title, doc.meta.get("issuer"), "extractive", find_inspection(text),
                         find_progress(text, outline.issues), issues, figures)


def summarize_extractive(doc: Document) -> NoticeSummary:
    """A NoticeSummary built only from spans of the notice, its printed form validated."""
    out = skeleton(doc)
    validate(out.to_dict(), SUMMARY_SCHEMA)
    return out
