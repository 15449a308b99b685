"""Split a notice into retrievable chunks with exact offsets and outline metadata.

langchain's splitter chooses the cut points; the offsets are ours. Its own
`start_index` is found by `str.find` and goes wrong when a sentence repeats,
so each chunk is placed by searching only the window where it can start
(after the previous chunk's start, no earlier than the previous end minus the
overlap), and every chunk is checked against the text before it is returned.
"""
from __future__ import annotations

from .types import Chunk, Document, Outline, check_span

SEPARATORS = ["\n\n", "\n", "\u3002", "\uff01", "\uff1f", "\uff1b", "!", "?", ";", "\uff0c", ",", "\u3001", ""]
CHUNK_SIZE = 360  # characters; ~0.75 e5 tokens per Chinese character keeps chunk+header < 512 tokens
CHUNK_OVERLAP = 60


def _splitter(size: int, overlap: int):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    # keep_separator="end" keeps `。` with the sentence it ends instead of the next chunk
    return RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        chunk_size=size,
        chunk_overlap=overlap,
        keep_separator="end",
        strip_whitespace=False,
        add_start_index=False,
    )


def split_spans(text: str, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, int]]:
    """(start, end) of each chunk, whitespace trimmed, every one verified against `text`."""
    spans: list[tuple[int, int]] = []
    prev_start, prev_end = -1, 0
    for piece in _splitter(size, overlap).split_text(text):
        # the splitter keeps at most `overlap` characters of the previous chunk
        pos = text.find(piece, max(prev_start + 1, prev_end - overlap, 0))
        if pos == -1 or (pos > prev_end and text[prev_end:pos].strip()):
            raise AssertionError(f"cannot place chunk {piece[:30]!r} after offset {prev_end}")
        start, end = pos, pos + len(piece)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        prev_start, prev_end = pos, pos + len(piece)
        if end > start:
            spans.append((start, end))
    # langchain can drop a trailing separator run ("。。。" → "。。"); nothing of the notice may go missing
    tail_start = max(prev_end, 0)
    if text[tail_start:].strip():
        a, b = tail_start, len(text)
        while text[a].isspace():
            a += 1
        while text[b - 1].isspace():
            b -= 1
        if spans and b - spans[-1][0] <= size:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def header_for(doc: Document, subject: str | None, issue: str | None) -> str:
    parts = [doc.meta.get("title") or doc.id]
    if doc.meta.get("issuer"):
        parts.append(doc.meta["issuer"])
    if subject:
        parts.append(subject)
    if issue:
        parts.append(issue)
    return " | ".join(parts)


def segments(outline: Outline, n: int) -> list[tuple[int, int]]:
    """Cut at section and top-level heading starts so a chunk never straddles two subjects."""
    cuts = {0, n}
    cuts.update(s.start for s in outline.sections)
    cuts.update(h.start for h in outline.headings if h.level <= 1)
    cuts = sorted(c for c in cuts if 0 <= c <= n)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def chunk_document(doc: Document, outline: Outline, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[Chunk]:
    chunks = []
    spans = []
    for a, b in segments(outline, len(doc.text)):
        spans.extend((a + s, a + e) for s, e in split_spans(doc.text[a:b], size, overlap))
    for start, end in spans:
        text = doc.text[start:end]
        check_span(doc.text, start, end, text, "chunk")
        subject = outline.subject_at(start)
        issue = outline.issue_at(start)
        chunks.append(
            Chunk(
                id=f"{doc.id}:{start}-{end}",
                doc=doc.id,
                start=start,
                end=end,
                text=text,
                subject=subject,
                issue=issue.text if issue else None,
                header=header_for(doc, subject, issue.text if issue else None),
            )
        )
    return chunks
