"""Content-addressed on-disk cache of validated LLM replies (SQLite).

Safe under threads and processes: each thread gets its own connection (sqlite3
connections must not be shared across threads), the database runs in WAL mode
so readers never block the writer, and a busy timeout makes concurrent writers
wait instead of failing. Every `put` commits at once, so a run killed with
kill -9 keeps every call it had finished.

Neither the API key nor credentials in the base URL ever reach the key or the
rows: the key hashes the endpoint without its user-info part.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    base_url TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS endpoint_modes (
    base_url TEXT NOT NULL,
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    PRIMARY KEY (base_url, model)
);
"""


def public_url(url: str) -> str:
    """The URL without user:password@, trailing slash stripped."""
    url = (url or "").rstrip("/")
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class LLMCache:
    def __init__(self, path: str | os.PathLike[str], busy_timeout_s: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.busy_timeout_s = busy_timeout_s
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._init_db()

    @staticmethod
    def key(base_url: str, model: str, prompt_version: str, messages: list[dict],
            schema: dict, mode: str) -> str:
        blob = json.dumps(
            [public_url(base_url), model, prompt_version, messages, schema, mode],
            sort_keys=True, ensure_ascii=False, separators=(",", ":"),
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: autocommit, so each put is its own durable transaction.
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_s,
                               isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_s * 1000)}")
        # In WAL mode NORMAL loses nothing on a process crash, only on power loss.
        conn.execute("PRAGMA synchronous=NORMAL")
        with self._all_lock:
            self._all.append(conn)
        return conn

    def _conn(self) -> sqlite3.Connection:
        # A forked child must not reuse the parent's connection.
        if getattr(self._local, "pid", None) != os.getpid():
            self._local.conn = self._connect()
            self._local.pid = os.getpid()
        return self._local.conn

    def _init_db(self) -> None:
        # Switching to WAL needs an exclusive lock and does not always go through
        # the busy handler, so several processes opening a fresh db retry here.
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                conn = self._conn()
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, key: str) -> dict[str, Any] | None:
        row = self._conn().execute("SELECT value FROM replies WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: dict[str, Any], *, base_url: str = "", model: str = "",
            prompt_version: str = "") -> None:
        self._conn().execute(
            "INSERT OR REPLACE INTO replies (key, value, base_url, model, prompt_version, created)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (key, json.dumps(value, ensure_ascii=False), public_url(base_url), model,
             prompt_version, time.time()),
        )

    def get_mode(self, base_url: str, model: str) -> str | None:
        row = self._conn().execute(
            "SELECT mode FROM endpoint_modes WHERE base_url = ? AND model = ?",
            (public_url(base_url), model),
        ).fetchone()
        return None if row is None else row[0]

    def set_mode(self, base_url: str, model: str, mode: str) -> None:
        self._conn().execute(
            "INSERT OR REPLACE INTO endpoint_modes (base_url, model, mode) VALUES (?, ?, ?)",
            (public_url(base_url), model, mode),
        )

    def __len__(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM replies").fetchone()[0]

    def close(self) -> None:
        with self._all_lock:
            conns, self._all = self._all, []
        for c in conns:
            try:
                c.close()
            except sqlite3.Error:
                pass
        self._local = threading.local()

    def __enter__(self) -> LLMCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
