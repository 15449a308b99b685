"""corpus → parse → chunk → embed → index, incremental by content hash."""
from __future__ import annotations

import functools
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .corpus import LoadError, load
from .errors import one_line
from .index import (
    COLLECTION, BM25Index, IndexError_, Store, batched, check_embedder, check_vectors, chroma_client, chunk_metadata,
    collection, locked, reopen_vectors_next_time, vectors_stamp,
)
from .types import Document

EMBED_BATCH = 32
DELETE_GROUP = 256  # notices whose old vectors one delete call removes
PUBLISH_EVERY_S = 30.0  # a long ingest publishes what it stored this often, so readers see new notices on the way


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "added": self.added, "replaced": self.replaced, "unchanged": len(self.unchanged),
            "pruned": self.pruned, "errors": [str(e) for e in self.errors], "chunks": self.chunks,
            "seconds": round(self.seconds, 3), "embed_seconds": round(self.embed_seconds, 3),
        }


def rebuild(root: Path, chroma_url: str | None = None) -> None:
    """Throw the index away (it is derived data) so the next ingest recreates it.

    With a Chroma server the collection there is dropped too, or its vectors
    would outlive the store that describes them.
    """
    import sys

    if chroma_url:
        client = chroma_client(root, chroma_url)
        try:
            client.delete_collection(COLLECTION)
        except Exception:  # noqa: BLE001 - not there yet: nothing to drop
            pass

    if "chromadb" in sys.modules:  # a client cached in this process would keep the old files open
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    from .bm25 import LEGACY, POINTER

    names = ("store.db", "store.db-wal", "store.db-shm", "chroma", LEGACY, "bm25.tmp", POINTER)
    for p in [root / n for n in names] + sorted(root.glob("bm25-*")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def ingest(
    paths: list[Path],
    root: Path,
    *,
    prune: bool = False,
    rebuild_first: bool = False,
    chroma_url: str | None = None,
    settings=None,
    progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[LoadError], None] | None = None,
) -> IngestReport:
    t0 = time.perf_counter()
    rep = IngestReport()
    with locked(root):
        if rebuild_first:
            rebuild(root, chroma_url)
        store = Store(root)
        check_embedder(store, settings, writing=True)
        known = store.hashes()
        metas = store.metas()
        version = passages_version()
        made_by = store.passage_versions()
        todo: list[Document] = []
        seen: set[str] = set()
        for item in load(paths):
            if isinstance(item, LoadError):
                rep.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            seen.add(item.id)
            # the meta goes into passage headers and filters: a changed .meta.json re-indexes the notice
            # passages made by other parse/chunk code (an upgrade) are made again, never silently kept
            if known.get(item.id) == item.sha256 and metas.get(item.id) == _meta_json(item) and made_by.get(item.id) == version:
                rep.unchanged.append(item.id)
            else:
                todo.append(item)
        if not prune:
            # notices indexed earlier, not named this time, whose passages older code made: re-made from the stored text
            todo += [d for i in sorted(set(known) - seen) if made_by.get(i) != version and (d := store.doc(i)) is not None]
        gone = sorted(set(known) - seen) if prune else []
        bm25 = BM25Index(root)
        # the embedded vector store can vanish or be replaced behind the store's back; a server cannot be checked cheaply
        stamp = None if chroma_url else vectors_stamp(root)
        vectors_ok = bool(chroma_url) or store.chunk_count() == 0 or (stamp is not None and stamp == store.get_state("vectors"))
        if not todo and not gone and vectors_ok and bm25.signature() == store.chunk_signature():
            rep.seconds = time.perf_counter() - t0
            return rep  # nothing changed: no vector store, no model load

        where = chroma_url or str(root / "chroma")
        coll = collection(chroma_client(root, chroma_url), where=where) if (todo or gone or not vectors_ok) else None
        if coll is not None:
            # vectors of the notices kept as they are must all be there, or search silently loses them
            check_vectors(coll, store.chunk_count(exclude=[d.id for d in todo] + gone), where)
        for doc_id in gone:
            _vectors(where, coll.delete, where={"doc": doc_id})
            store.delete_doc(doc_id)
            rep.pruned.append(doc_id)
        if todo:
            _index_docs(todo, known, store, coll, rep, settings, progress, on_error, where, bm25)
        bm25.build(store.chunks(), store.chunk_signature())
        if coll is not None and not chroma_url:
            store.set_state("vectors", vectors_stamp(root) or "")
            if rep.replaced or rep.pruned:
                reopen_vectors_next_time(root)
    rep.seconds = time.perf_counter() - t0
    return rep


def _vectors(location: str, op, **kwargs):
    """A write to the vector store; its failure is one line that says what is kept."""
    try:
        return op(**kwargs)
    except Exception as e:  # noqa: BLE001 - chromadb raises many types; the user needs one line
        raise IndexError_(
            f"vector store at {location} failed ({one_line(e)}); notices finished so far are kept: rerun `notices ingest`"
        ) from None


def _index_docs(todo, known, store, coll, rep, settings, progress, on_error=None, where="", bm25=None) -> None:
    from .chunk import chunk_document
    from .embed import get_embedder
    from .parse import parse
    from .passages import passage_vectors

    planned = []
    for doc in todo:
        try:
            outline = parse(doc.id, doc.text, doc.meta)
            planned.append((doc, chunk_document(doc, outline)))
        except Exception as e:  # noqa: BLE001 - one notice the splitter cannot handle must not stop the batch
            problem = LoadError(doc.path or doc.id, f"cannot split into passages ({one_line(e)}); skipped")
            rep.errors.append(problem)
            if on_error:
                on_error(problem)
    total = sum(len(c) for _, c in planned)
    done = 0
    embedder = get_embedder(settings)
    next_publish = time.monotonic() + PUBLISH_EVERY_S
    for k, (doc, chunks) in enumerate(planned):
        if k % DELETE_GROUP == 0:
            # vectors of a notice interrupted last time may linger (the store never saw them), and a
            # replaced notice's old ones go; one filtered delete per group, not per notice (48 s at 10k)
            group = [d.id for d, _ in planned[k:k + DELETE_GROUP]]
            _vectors(where, coll.delete, where={"doc": {"$in": group}} if len(group) > 1 else {"doc": group[0]})
        t = time.perf_counter()
        vecs = passage_vectors(embedder.passage, doc, chunks, EMBED_BATCH)
        rep.embed_seconds += time.perf_counter() - t
        for batch in batched(list(zip(chunks, vecs)), EMBED_BATCH):
            _vectors(
                where, coll.add,
                ids=[c.id for c, _ in batch],
                embeddings=[v.tolist() for _, v in batch],
                metadatas=[chunk_metadata(c) for c, _ in batch],
            )
            done += len(batch)
            if progress:
                progress(done, total)
        store.put_doc(doc, chunks, passages_version())
        (rep.replaced if doc.id in known else rep.added).append(doc.id)
        rep.chunks += len(chunks)
        if bm25 is not None and time.monotonic() >= next_publish and k + 1 < len(planned):
            # readers see the notices stored so far; the wait grows with the cost so publishing stays under ~10%
            t = time.monotonic()
            bm25.build(store.chunks(), store.chunk_signature())
            next_publish = time.monotonic() + max(PUBLISH_EVERY_S, 10 * (time.monotonic() - t))


@functools.lru_cache(maxsize=1)
def passages_version() -> str:
    """A fingerprint of the code that turns a notice into passages and their vectors (parse, chunk, folding, recipe).

    Read from the source files, not imported, so an unchanged re-ingest stays fast.
    """
    import hashlib
    import importlib.util

    h = hashlib.sha256()
    for mod in ("pipeline.parse", "pipeline.chunk", "pipeline.textnorm", "pipeline.passages"):
        spec = importlib.util.find_spec(mod)
        h.update(Path(spec.origin).read_bytes() if spec and spec.origin else mod.encode())
    return h.hexdigest()[:16]


def _meta_json(doc: Document) -> str:
    import json

    return json.dumps(doc.meta, ensure_ascii=False)
