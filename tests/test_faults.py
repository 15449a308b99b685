"""A damaged index, an ingest killed with SIGKILL, two ingests at once, a vector store that fails mid-write.

Damage must give one line that says to run `notices ingest PATH --rebuild`,
and that command must recover. An interrupted ingest, rerun, must leave every
chunk exactly once in the store, in Chroma and in BM25. Subprocesses run
`python -m tests.clihelp`, the CLI with a slow hash embedder that logs its
batches, so kills and overlaps can be timed without the real model.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.corpus import load
from pipeline.index import BM25Index, Store

from .clihelp import ROOT, assert_errors, fake_cli_command, invoke
from .conftest import CORPUS

REBUILD_HINT = "notices ingest PATH --rebuild"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in ("NOTICES_INDEX", "NOTICES_CHROMA_URL", "NOTICES_EMBEDDINGS", "NOTICES_DEBUG"):
        monkeypatch.delenv(var, raising=False)


def _chroma_ids(root: Path) -> list[str]:
    """All vector ids in the index's Chroma, read by a fresh client (closed again afterwards)."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings

    SharedSystemClient.clear_system_cache()
    try:
        client = chromadb.PersistentClient(path=str(root / "chroma"), settings=Settings(anonymized_telemetry=False))
        return list(client.get_collection("notices").get(include=[])["ids"])
    finally:
        SharedSystemClient.clear_system_cache()


def _expected_chunk_ids(paths: list[Path]) -> list[str]:
    from pipeline.chunk import chunk_document
    from pipeline.parse import parse

    ids = []
    for doc in load(paths):
        assert not isinstance(doc, Exception) and hasattr(doc, "text"), doc
        ids.extend(c.id for c in chunk_document(doc, parse(doc.id, doc.text, doc.meta)))
    return ids


def assert_consistent(root: Path, expected_ids: list[str]) -> None:
    store = Store(root)
    store_ids = [c.id for c in store.chunks()]
    vec_ids = _chroma_ids(root)
    assert len(set(expected_ids)) == len(expected_ids)
    assert len(store_ids) == len(set(store_ids)) == len(expected_ids), (len(store_ids), len(expected_ids))
    assert len(vec_ids) == len(set(vec_ids)) == len(expected_ids), (len(vec_ids), len(expected_ids))
    assert set(store_ids) == set(vec_ids) == set(expected_ids)
    assert BM25Index(root).signature() == store.chunk_signature()
    for d in store.docs():
        for c in store.chunks(d.id):
            assert d.text[c.start:c.end] == c.text


# ---------------------------------------------------------------- a damaged index


def _replace(path: Path, data: bytes) -> None:
    """New content under a new inode, so that no SQLite connection left open in this process can mask it."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _damage_store_garbage(root: Path) -> None:
    _replace(root / "store.db", b"this is not a database" * 200)
    for extra in ("store.db-wal", "store.db-shm"):
        (root / extra).unlink(missing_ok=True)


def _damage_store_pages(root: Path) -> None:
    """A valid SQLite header, every later page overwritten: opens, then fails when read."""
    db = sqlite3.connect(root / "store.db")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("store.db-wal", "store.db-shm"):
        (root / extra).unlink(missing_ok=True)
    data = bytearray((root / "store.db").read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page:] = b"\xa5" * (len(data) - page)
    _replace(root / "store.db", bytes(data))


def _damage_store_schema(root: Path) -> None:
    db = sqlite3.connect(root / "store.db")
    with db:
        db.execute("UPDATE state SET value='0' WHERE key='schema'")
    db.close()


def _damage_chroma_garbage(root: Path) -> None:
    _replace(root / "chroma" / "chroma.sqlite3", b"garbage " * 4096)


def _damage_chroma_is_a_file(root: Path) -> None:
    shutil.rmtree(root / "chroma")
    (root / "chroma").write_bytes(b"garbage")


def _damage_chroma_deleted(root: Path) -> None:
    shutil.rmtree(root / "chroma")


def _new_chroma(root: Path, ours: bool) -> None:
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings

    from pipeline.index import collection

    shutil.rmtree(root / "chroma")
    SharedSystemClient.clear_system_cache()
    client = chromadb.PersistentClient(path=str(root / "chroma"), settings=Settings(anonymized_telemetry=False))
    collection(client) if ours else client.get_or_create_collection("notices")
    SharedSystemClient.clear_system_cache()


def _damage_chroma_emptied(root: Path) -> None:
    """Replaced by a new, empty vector store of ours: opens fine but holds no vectors."""
    _new_chroma(root, ours=True)


def _damage_chroma_emptied_in_place(root: Path) -> None:
    """A new, empty store of ours written over the old database file: same inode, so only its contents tell.

    What CI once met by chance: a store deleted and made again at once got the freed inode back.
    """
    db = root / "chroma" / "chroma.sqlite3"
    ino = db.stat().st_ino
    fresh = root.parent / "fresh"
    fresh.mkdir()
    (fresh / "chroma").mkdir()
    _new_chroma(fresh, ours=True)
    with open(db, "r+b") as f:
        f.truncate(0)
        f.write((fresh / "chroma" / "chroma.sqlite3").read_bytes())
    shutil.rmtree(fresh)
    assert db.stat().st_ino == ino


def _damage_chroma_foreign(root: Path) -> None:
    """Replaced by one where another program made a `notices` collection with its own embedding function."""
    _new_chroma(root, ours=False)


DAMAGE = {
    "store-garbage": (_damage_store_garbage, "is corrupted"),
    "store-damaged-pages": (_damage_store_pages, "is corrupted"),
    "store-old-schema": (_damage_store_schema, "has schema 0"),
    "chroma-garbage": (_damage_chroma_garbage, "cannot be opened"),
    "chroma-is-a-file": (_damage_chroma_is_a_file, "cannot be opened"),
    "chroma-deleted": (_damage_chroma_deleted, "vector store"),
    "chroma-emptied": (_damage_chroma_emptied, "holds 0 vectors"),
    "chroma-emptied-in-place": (_damage_chroma_emptied_in_place, "holds 0 vectors"),
    "chroma-foreign-collection": (_damage_chroma_foreign, "cannot be used"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_index_says_rebuild_and_rebuild_recovers(damage, tmp_path, small_corpus, hash_embedder):
    from chromadb.api.shared_system_client import SharedSystemClient

    root = tmp_path / "idx"
    assert invoke("ingest", small_corpus, "--index", root).exit_code == 0
    SharedSystemClient.clear_system_cache()  # as if a new process: nothing cached from before the damage
    gc.collect()  # and no SQLite connection of this process left open on the store
    fn, problem = DAMAGE[damage]
    fn(root)

    for args in (["search", "低保", "--index", root], ["ingest", small_corpus, "--index", root]):
        res = invoke(*args)
        assert res.exit_code == 1, (args[0], res.exit_code, res.stdout, res.stderr)
        line = assert_errors(res.stderr, [(str(root), problem)])[0]
        assert "--rebuild" in line, line

    res = invoke("ingest", small_corpus, "--index", root, "--rebuild", "--json")
    assert res.exit_code == 0, res.stderr
    assert sorted(json.loads(res.stdout)["added"]) == ["dinghai-zhuanxiang-2019", "huizhou-xuncha-2021"]
    assert_consistent(root, _expected_chunk_ids([small_corpus]))
    res = invoke("search", "低保", "--index", root, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["results"]


def test_damaged_bm25_is_rebuilt_from_the_store(tmp_path, small_corpus, hash_embedder):
    root = tmp_path / "idx"
    assert invoke("ingest", small_corpus, "--index", root).exit_code == 0
    published = sorted(root.glob("bm25-*"))
    assert len(published) == 1
    for f in published[0].iterdir():
        f.write_bytes(b"garbage")
    res = invoke("search", "低保", "--index", root, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["results"] and not res.stderr
    assert sorted(root.glob("bm25-*")) == published and not (root / "bm25").exists()  # the reader repaired nothing
    shutil.rmtree(published[0])
    res = invoke("ingest", small_corpus, "--index", root)
    assert res.exit_code == 0 and not res.stderr
    assert BM25Index(root).signature() == Store(root).chunk_signature()


def test_vector_store_failing_mid_ingest_is_one_line_and_a_rerun_completes(tmp_path, small_corpus, hash_embedder, monkeypatch):
    from chromadb.api.models.Collection import Collection

    root = tmp_path / "idx"
    real_add, docs_seen = Collection.add, []

    def flaky_add(self, *args, **kwargs):
        # fail on the first write of the second notice, however many batches the first one took
        doc = kwargs["metadatas"][0]["doc"]
        if doc not in docs_seen:
            docs_seen.append(doc)
        if len(docs_seen) == 2:
            raise ConnectionError("disk went away\nsecond line of a library message")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "add", flaky_add)
    res = invoke("ingest", small_corpus, "--index", root)
    assert res.exit_code == 1
    line = assert_errors(res.stderr, [(str(root / "chroma"), "ConnectionError: disk went away second line")])[0]
    assert "rerun `notices ingest`" in line
    assert len(Store(root).hashes()) == 1  # the notice finished before the failure is kept

    monkeypatch.setattr(Collection, "add", real_add)
    res = invoke("ingest", small_corpus, "--index", root, "--json")
    assert res.exit_code == 0 and len(json.loads(res.stdout)["added"]) == 1
    assert_consistent(root, _expected_chunk_ids([small_corpus]))


# ---------------------------------------------------------------- kill -9 and concurrency


def _big_corpus(d: Path, copies: int = 2) -> Path:
    """The five notices, `copies` times under different ids: ~20 embedding batches."""
    d.mkdir()
    for n in range(copies):
        for src in sorted(CORPUS.glob("*.txt")):
            shutil.copy(src, d / f"{src.stem}-{n}.txt")
    return d


def _spawn(args: list, log: Path, delay: float) -> subprocess.Popen:
    env = dict(os.environ, NOTICES_TEST_EMBED_DELAY=str(delay), NOTICES_TEST_EMBED_LOG=str(log), ANONYMIZED_TELEMETRY="False")
    env.pop("NOTICES_DEBUG", None)
    return subprocess.Popen(
        fake_cli_command() + [str(a) for a in args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _batches(log: Path, pid: int | None = None) -> list[tuple[int, float, float]]:
    if not log.exists():
        return []
    rows = [ln.split() for ln in log.read_text().splitlines() if ln.strip()]
    return [(int(p), float(a), float(b)) for p, a, b, _ in rows if pid is None or int(p) == pid]


def _kill_after(proc: subprocess.Popen, log: Path, batches: int, extra_sleep: float, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(_batches(log, proc.pid)) < batches:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    time.sleep(extra_sleep)  # land somewhere inside the next batch: embedding, Chroma write or store commit
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_kill_9_during_ingest_then_rerun_leaves_every_chunk_exactly_once(tmp_path, hash_embedder):
    corpus = _big_corpus(tmp_path / "corpus")
    root, log = tmp_path / "idx", tmp_path / "embed.log"
    expected = _expected_chunk_ids([corpus])

    first = _spawn(["ingest", corpus, "--index", root], log, delay=0.15)
    # the first notice takes 3 batches (its passages' own texts and its distinct header pieces)
    _kill_after(first, log, batches=6, extra_sleep=0.07)
    done_first = set(Store(root).hashes())
    assert 0 < len(done_first) < 10  # it was killed part-way

    second = _spawn(["ingest", corpus, "--index", root], log, delay=0.15)
    _kill_after(second, log, batches=4, extra_sleep=0.12)
    assert done_first <= set(Store(root).hashes())  # finished notices are never lost

    final = _spawn(["ingest", corpus, "--index", root, "--json"], log, delay=0)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err
    rep = json.loads(out)
    assert len(rep["added"]) + rep["unchanged"] == 10 and not rep["errors"]
    assert not set(rep["added"]) & done_first  # what was committed before the kills is not redone
    assert_consistent(root, expected)

    res = invoke("search", "医保 节约 费用", "--index", root, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["results"]


@pytest.mark.slow
def test_two_ingests_into_one_index_take_turns(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for n, src in enumerate(sorted(CORPUS.glob("*.txt"))):
        shutil.copy(src, (a if n % 2 else b) / src.name)
    shutil.copy(CORPUS / "huizhou-xuncha-2021.txt", a / "shared-copy.txt")
    shutil.copy(CORPUS / "huizhou-xuncha-2021.txt", b / "shared-copy.txt")  # same doc id from both sides
    root, log = tmp_path / "idx", tmp_path / "embed.log"

    procs = [_spawn(["ingest", p, "--index", root, "--json"], log, delay=0.1) for p in (a, b)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert not err.strip()

    spans = {}
    for pid, start, end in _batches(log):
        lo, hi = spans.get(pid, (start, end))
        spans[pid] = (min(lo, start), max(hi, end))
    assert len(spans) == 2, spans  # both embedded something
    (a0, a1), (b0, b1) = sorted(spans.values())
    assert a1 <= b0, f"the two ingests embedded at the same time: {spans}"

    reps = [json.loads(out) for out, _ in outs]
    assert sum(len(r["added"]) for r in reps) == 6  # five notices + shared-copy once
    assert sum("shared-copy" in r["added"] for r in reps) == 1
    assert len(Store(root).hashes()) == 6
    assert_consistent(root, _expected_chunk_ids([a] + [f for f in sorted(b.glob("*.txt")) if f.name != "shared-copy.txt"]))
