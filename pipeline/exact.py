"""A pasted phrase finds the passages that hold it verbatim.

Users paste a fragment of a notice to find where it was said. Rank fusion cannot promise
that: boilerplate shares most of the fragment's bigrams with many notices, and the dense
side may bury the one exact match. So a query that is a phrase (quoted, `--exact`, or long
enough that a verbatim hit means something) is looked up in the stored passage texts
themselves; the passages holding it rank first and fusion orders the rest.

The lookup is cheap: a passage holding the phrase holds every character bigram of it, so
the BM25 index's postings (one column of its sparse matrix per token) give the few
candidates, and only those are compared with the phrase. Both sides are compared folded
(full-width forms to ASCII, one character for one), so a pasted `,` finds a `，`.
"""
from __future__ import annotations

import re

from .textnorm import fold

AUTO_MIN_CHARS = 8  # an unquoted query this long that occurs verbatim is taken as a pasted phrase
_QUOTED = re.compile(r"^\s*[\"'\u201c\u2018\u300c\u300e](.+?)[\"'\u201d\u2019\u300d\u300f]\s*$", re.S)
_SPACE = re.compile(r"\s+")


def phrase_of(query: str, forced: bool = False) -> tuple[str | None, bool]:
    """(the phrase to look up, whether only verbatim hits may be returned); (None, False) for a plain query.

    A query wholly inside quotes is a phrase of any length, like `--exact` (forced); a long
    unquoted query is tried as one, and fusion answers it alone when it occurs nowhere.
    """
    m = _QUOTED.match(query)
    if m and m.group(1).strip():
        return m.group(1).strip(), True
    q = query.strip()
    if forced:
        return (q or None), True
    if len(_SPACE.sub("", q)) >= AUTO_MIN_CHARS:
        return q, False
    return None, False


def verbatim(phrase: str, bm25, chunks: dict, keep=None) -> list[str]:
    """Ids of the visible passages whose text holds the phrase (folded; inner whitespace optional).

    `bm25` is the open `BM25Index` (its postings give the candidates), `chunks` the reader's
    visible passages (id -> Chunk), `keep(chunk)` an optional filter.
    """
    from .bm25 import bm25_tokens

    f = fold(phrase)
    squeezed = _SPACE.sub("", f)
    rows = bm25.rows_with_all(bm25_tokens(f))
    found: list[str] = []
    for cid in (bm25.id_at(int(r)) for r in rows):
        c = chunks.get(cid) if cid is not None else None
        if c is None or (keep is not None and not keep(c)):
            continue
        text = fold(c.text)
        if f in text or (squeezed != f and squeezed in _SPACE.sub("", text)):
            found.append(cid)
    return found
