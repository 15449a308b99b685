"""The data that flows through the pipeline, in one place.

Every object that points into a notice carries `doc`, `start`, `end`, and the
invariant `text == doc_text[start:end]` holds for it; `check_span` is the one
place that verifies it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import SpanError


def check_span(doc_text: str, start: int, end: int, text: str, what: str = "span") -> None:
    if not (0 <= start <= end <= len(doc_text)) or doc_text[start:end] != text:
        raise SpanError(f"{what} [{start}:{end}] does not hold {text[:30]!r}")


def page_at(pages: list[int], pos: int) -> int | None:
    if not pages:
        return None
    import bisect

    return max(1, bisect.bisect_right(pages, pos))


@dataclass
class Document:
    id: str
    text: str
    path: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    source_format: str = "txt"  # txt | html | pdf | docx (for all but txt `text` is the extracted text, stored)
    sha256: str = ""
    pages: list[int] = field(default_factory=list)  # PDF: offset in `text` where each page starts; else empty

    def page_at(self, pos: int) -> int | None:
        """1-based page holding offset `pos` (a span's page is the page of its start); None when not paged."""
        return page_at(self.pages, pos)

    @property
    def title(self) -> str:
        return self.meta.get("title") or self.id


@dataclass
class Heading:
    doc: str
    start: int
    end: int
    text: str
    level: int  # 1 = `一、`, 2 = `(一)`, 3 = `1.`, 4 = `(1)`; 0 = a bare unit-name line
    kind: str  # "numbered", "unit", "problem" (`问题N:` / `第X方面问题`)


@dataclass
class Section:
    """A stretch of the notice that belongs to one subject (unit, department or programme)."""

    doc: str
    start: int
    end: int
    subject: str
    lead: str | None = None  # 牵头单位 where the text states one
    heading: Heading | None = None


@dataclass
class Measure:
    doc: str
    start: int
    end: int
    text: str
    figure_ids: list[str] = field(default_factory=list)


@dataclass
class Piece:
    """An identified piece of one notice (issue, chunk, figure): text == doc_text[start:end]."""

    id: str
    doc: str
    start: int
    end: int
    text: str


@dataclass
class Issue(Piece):
    subject: str | None = None
    status: str | None = None  # as the notice states it (完成, 阶段性完成, 持续推进, 已整改, 正在整改 …)
    status_start: int | None = None  # text[status_start:status_end] == status
    status_end: int | None = None
    parent: str | None = None  # id of the heading issue this one is a sub-issue of
    measures: list[Measure] = field(default_factory=list)
    # where the issue's answer (its measures) ends in the text
    scope_end: int | None = None


@dataclass
class Outline:
    doc: str
    headings: list[Heading]
    sections: list[Section]
    issues: list[Issue]
    default_subject: str | None = None
    owners: list[Section] = field(default_factory=list)  # owner spans nearer a figure than its section (owners.py)

    def section_at(self, pos: int) -> Section | None:
        best = None
        for s in self.sections:
            if s.start <= pos < s.end and (best is None or s.start >= best.start):
                best = s
        return best

    def subject_at(self, pos: int) -> str | None:
        s = self.section_at(pos)
        return s.subject if s else self.default_subject

    def owner_at(self, pos: int) -> str | None:
        """Whose a figure at `pos` is: the innermost owner span holding it (a numbered item that opens
        with a body, a record's 责任单位, a table row's body), else its section's or the notice's subject."""
        best = None
        for s in self.owners:
            if s.start <= pos < s.end and (best is None or s.start >= best.start):
                best = s
        sec = self.section_at(pos)
        if best is not None and (sec is None or best.start >= sec.start):
            return best.subject
        return self.subject_at(pos)

    def issue_at(self, pos: int) -> Issue | None:
        best = None
        for i in self.issues:
            end = i.scope_end if i.scope_end is not None else i.end
            if i.start <= pos < end and (best is None or i.start >= best.start):
                best = i
        return best


@dataclass
class Chunk(Piece):
    subject: str | None = None
    issue: str | None = None
    header: str = ""  # title/issuer + subject; embedded and BM25-indexed, never part of the span
    page: int | None = None  # PDF page holding the chunk's start

    def indexed_text(self) -> str:
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass
class Figure(Piece):
    value: float
    unit: str
    norm_value: float | None = None
    base_unit: str | None = None
    subject: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    sentence: str | None = None
    label: str | None = None
    # What the figure is a fact about (pipeline/facts.py), each in the notice's own words and,
    # when present, an exact span: text[measure_start:measure_end] == measure.
    measure: str | None = None  # 追讨欠薪, 新建污水管网, 专利申请总数, 逾期率
    measure_start: int | None = None
    measure_end: int | None = None
    period: str | None = None  # 截至2022年4月底, 今年1-10月, 2021年
    period_start: int | None = None
    period_end: int | None = None
    kind: str | None = None  # count | money | length | area | weight | volume | percent | points | ratio | duration | other


@dataclass
class Fact:
    """A figure with what it measures, its clause, its kind and its period: what the answer checks judge."""

    fig: Figure
    clause_start: int  # the figure's clause in the document
    clause_end: int
    measure: str  # the fact's measure in the notice's words (facts.py, else the clause before the figure)
    kind: str
    period: str | None = None  # a table cell's period, from the line introducing its table (textables.py)
    # the figure before it whose measure this one leaves unsaid (…平均整改率是95.5%…琜安市是97.2%)
    elided_from: "Fact | None" = None
    # the figure before it whose measure says this one's in full (完成农村公路新改建112.6公里 … a town's
    # 完成新改建24.8公里): the object this one leaves unsaid is that one's
    fuller: "Fact | None" = None


@dataclass
class Hit:
    doc: str
    start: int
    end: int
    text: str
    subject: str | None
    score: float
    chunk_id: str = ""
    issue: str | None = None


@dataclass
class Citation:
    doc: str
    start: int
    end: int
    quote: str


@dataclass
class Answer:
    id: str | None
    question: str
    answer: str | None
    answerable: bool
    citations: list[Citation]
    engine: str
    computed: dict[str, Any] | None = None  # a sum/difference the engine computed, with its inputs
    flags: list[str] = field(default_factory=list)
    reason: str | None = None  # why it abstained: the asked slot no stated fact fills
    parts: list[dict[str, Any]] = field(default_factory=list)  # per-part answers of a multi-part question
