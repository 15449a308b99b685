"""What the model reads for each passage, and how the passage's vector is made from it.

A passage (chunk) is searched with a header — title | issuer | subject | issue — so that a
question naming the unit or the notice finds it. Embedding `header + chunk` for every chunk
made the model read 1.56 characters per character of the notices (corpus/): the header
again on every chunk, and the overlap a chunk repeats from the one before.

Recipe "pieces" has the model read each character once, plus a little: per
notice, the text each chunk adds (its span minus the overlap it shares with the chunk
before) and each distinct header piece once (title | issuer per notice, each subject,
each issue).
A chunk's vector is the length-weighted sum of its own text's vector and its header
pieces' vectors, normalised: what mean pooling over the joint text computes, less the
attention across the pieces. `bench/ingest.py` measures what each recipe costs and
retrieves; recipe "chunk" (the default) embeds header + chunk: with "pieces" the corpus eval lost one off-topic refusal and one lookup (abstention 0.971 -> 0.941, under the gate; lookup 0.941 -> 0.931), so it stays opt-in until that is understood. Dense-only gold
recall@5 on corpus/ (128 questions): chunk 0.945 (MRR 0.807), pieces without the issue
0.953 (0.799), pieces 0.953 (0.812); the model reads 1.56 and 1.05 characters per
character of the notices with chunk and pieces.
"""
from __future__ import annotations

import numpy as np

from .types import Chunk, Document

RECIPE = "chunk"


def _norm(m: np.ndarray) -> np.ndarray:
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-12)


def own_texts(doc: Document, chunks: list[Chunk]) -> list[str]:
    """Per chunk, the text it adds to the chunks before it (its whole text when it repeats them all)."""
    out = [""] * len(chunks)
    last = 0
    for i in sorted(range(len(chunks)), key=lambda i: chunks[i].start):
        c = chunks[i]
        a = max(c.start, last)
        out[i] = doc.text[a:c.end] if c.end > a else c.text
        last = max(last, c.end)
    return out


def header_pieces(doc: Document, c: Chunk) -> list[str]:
    from .chunk import header_for

    return [p for p in (header_for(doc, None, None), c.subject, c.issue) if p]


def passage_vectors(embed, doc: Document, chunks: list[Chunk], batch: int = 32, recipe: str | None = None) -> np.ndarray:
    """One unit vector per chunk; `embed(texts)` is the embedder's passage(), called in batches of `batch`."""
    recipe = recipe or RECIPE
    if not chunks:
        return np.zeros((0, 0), dtype=np.float32)
    if recipe == "chunk":
        texts = [c.indexed_text() for c in chunks]
    else:
        own = own_texts(doc, chunks)
        pieces = [header_pieces(doc, c) for c in chunks]
        texts = list(dict.fromkeys(own + [p for ps in pieces for p in ps]))
    vecs = np.concatenate([np.asarray(embed(texts[i:i + batch]), dtype=np.float32) for i in range(0, len(texts), batch)])
    if recipe == "chunk":
        return vecs
    at = {t: i for i, t in enumerate(texts)}
    out = np.stack([sum((len(t) * vecs[at[t]] for t in [o, *ps]), np.zeros(vecs.shape[1], np.float32))
                    for o, ps in zip(own, pieces)])
    return _norm(out).astype(np.float32)
