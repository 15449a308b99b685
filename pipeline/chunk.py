"""Split a notice into retrievable chunks with exact offsets and outline metadata.

langchain's splitter chooses the cut points; the offsets are ours. Its own
`start_index` is found by `str.find` and goes wrong when a sentence repeats,
and with overlap any search is ambiguous (a repeated clause can sit inside the
overlap window). So the splitter cuts with no overlap, which makes each piece
start where the previous one ended; the overlap is added afterwards by
extending each chunk back to a sentence boundary, and every chunk is checked
against the text before it is returned.
"""
from __future__ import annotations

from .textnorm import COMMA, ENUMERATION_COMMA, SEMICOLON, SENTENCE_END, is_fullwidth
from .types import Chunk, Document, Outline, check_span

# the splitter tries these in order: paragraphs, lines, sentence ends and semicolons
# (full-width forms first), commas, the enumeration comma, then anywhere
_STOPS = SENTENCE_END + SEMICOLON
SEPARATORS = ["\n\n", "\n", *(c for c in _STOPS if is_fullwidth(c)), *(c for c in _STOPS if not is_fullwidth(c)),
              *COMMA, ENUMERATION_COMMA, ""]
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


_BOUNDARY = set("\n" + SENTENCE_END + SEMICOLON + COMMA)  # where an overlap may start


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_spans(text: str, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, int]]:
    """(start, end) of each chunk, whitespace trimmed, every one verified against `text`."""
    overlap = min(overlap, size - 1)
    cuts: list[tuple[int, int]] = []
    pos = 0
    for piece in _splitter(max(1, size - overlap), 0).split_text(text):
        # without overlap a piece starts where the last ended; langchain may have dropped
        # whitespace or a separator in between, never text we could mistake for the piece
        at = text.find(piece, pos)
        if at == -1:
            raise AssertionError(f"cannot place chunk {piece[:30]!r} after offset {pos}")
        if at > pos and text[pos:at].strip() and cuts:
            cuts[-1] = (cuts[-1][0], at)  # what the splitter dropped stays in the previous chunk
        cuts.append((at, at + len(piece)))
        pos = at + len(piece)
    if text[pos:].strip():  # a trailing separator run it dropped ("。。。" → "。。")
        cuts.append((pos, len(text)))
    spans: list[tuple[int, int]] = []
    for a, b in cuts:
        if spans:
            # overlap: reach back up to `overlap` characters, from a sentence boundary when there is one
            lo = max(a - overlap, spans[-1][0] + 1)
            back = next((i + 1 for i in range(lo - 1, a - 1) if text[i] in _BOUNDARY), a)
            a = back if back < a else a
        a, b = _trim(text, a, b)
        if b > a and (not spans or a > spans[-1][0]):
            spans.append((a, b))
        elif b > a:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
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
                page=doc.page_at(start),
            )
        )
    return chunks
