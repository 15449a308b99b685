"""A NoticeSummary and its parts, typed like every other object in the pipeline.

`to_dict()` is the printed form, validated against prompts/notice_summary.schema.json;
its keys and their order are the schema's. Every part with start/end is an exact
span of the notice: text == doc_text[start:end].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .facts import FIELDS as FACT_FIELDS
from .types import Figure

# the figure fields a summary prints, in order (notice_summary.schema.json#/$defs/figure)
FIGURE_FIELDS = ("id", "doc", "start", "end", "text", "value", "unit", "norm_value", "base_unit", "subject",
                 "sentence", "sentence_start", "sentence_end", *FACT_FIELDS)


@dataclass
class Span:
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(text[start:end], start, end)

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class DatedSpan(Span):
    kind: str = "period"  # period (the inspection's) | feedback (when its findings were fed back)

    def to_dict(self) -> dict:
        return super().to_dict() | {"kind": self.kind}


@dataclass
class Inspection:
    """The inspection a notice answers, as far as its text states it."""

    round: Span | None
    team: Span | None
    dates: list[DatedSpan]

    def to_dict(self) -> dict:
        return {"round": self.round.to_dict() if self.round else None,
                "team": self.team.to_dict() if self.team else None,
                "dates": [d.to_dict() for d in self.dates]}


@dataclass
class SummaryMeasure:
    id: str
    text: str
    start: int
    end: int
    figure_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "start": self.start, "end": self.end, "figure_ids": list(self.figure_ids)}


@dataclass
class SummaryIssue:
    id: str
    parent: str | None
    subject: str | None
    text: str
    start: int
    end: int
    scope_end: int | None
    status: str | None
    summary: str
    summary_span: tuple[int, int] | None  # where an extractive summary was cut from; None once an LLM wrote it
    measures: list[SummaryMeasure] = field(default_factory=list)
    status_span: Span | None = None  # where the notice states the status

    @property
    def scope(self) -> tuple[int, int]:
        """The issue and its answer: from the issue's start to where its measures end."""
        return self.start, self.scope_end or self.end

    def to_dict(self) -> dict:
        span = {"start": self.summary_span[0], "end": self.summary_span[1]} if self.summary_span else None
        return {"id": self.id, "parent": self.parent, "subject": self.subject, "text": self.text,
                "start": self.start, "end": self.end, "scope_end": self.scope_end, "status": self.status,
                "status_span": self.status_span.to_dict() if self.status_span else None, "summary": self.summary, "summary_span": span, "measures": [m.to_dict() for m in self.measures]}


@dataclass
class NoticeSummary:
    doc: str
    title: str
    issuer: str | None
    engine: str  # extractive | llm
    inspection: Inspection | None
    progress: list[Span]
    issues: list[SummaryIssue]
    figures: list[Figure]
    flags: list[str] = field(default_factory=list)  # what was rejected or replaced from an LLM reply
    prompt_version: str | None = None  # the prompt that wrote the summaries (llm engine)

    def to_dict(self) -> dict[str, Any]:
        out = {"doc": self.doc, "title": self.title, "issuer": self.issuer, "engine": self.engine,
               "inspection": self.inspection.to_dict() if self.inspection else None,
               "progress": [p.to_dict() for p in self.progress],
               "issues": [i.to_dict() for i in self.issues],
               "figures": [figure_dict(f) for f in self.figures],
               "flags": list(self.flags)}
        if self.prompt_version is not None:
            out["prompt_version"] = self.prompt_version
        return out


def figure_dict(f: Figure) -> dict:
    return {k: getattr(f, k) for k in FIGURE_FIELDS}
