"""LLMCache: content addressing, durability and concurrency."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import threading

import pytest

from pipeline.llm.cache import LLMCache, public_url

MSGS = [{"role": "user", "content": "总结"}]
SCHEMA = {"type": "object"}
BASE = ("http://127.0.0.1:8080/v1", "m", "v1", MSGS, SCHEMA, "json_schema")


def test_put_get_roundtrip_unicode(tmp_path):
    c = LLMCache(tmp_path / "sub" / "c.sqlite")
    k = LLMCache.key(*BASE)
    assert c.get(k) is None
    c.put(k, {"summary": "整改完成", "n": [1, 2]}, base_url=BASE[0], model="m", prompt_version="v1")
    assert c.get(k) == {"summary": "整改完成", "n": [1, 2]}
    assert len(c) == 1
    c.put(k, {"summary": "新"})
    assert c.get(k) == {"summary": "新"} and len(c) == 1


def test_key_depends_on_every_part_and_not_on_dict_order():
    k = LLMCache.key(*BASE)
    assert len(k) == 64
    variants = [
        ("http://other:8080/v1", *BASE[1:]),
        (BASE[0], "m2", *BASE[2:]),
        (*BASE[:2], "v2", *BASE[3:]),
        (*BASE[:3], [{"role": "user", "content": "总结!"}], *BASE[4:]),
        (*BASE[:4], {"type": "array"}, BASE[5]),
        (*BASE[:5], "prompt"),
    ]
    assert len({LLMCache.key(*v) for v in variants} | {k}) == 7
    assert LLMCache.key(*BASE[:3], [{"content": "总结", "role": "user"}], *BASE[4:]) == k
    assert LLMCache.key(BASE[0] + "/", *BASE[1:]) == k


def test_url_credentials_stay_out_of_keys_and_rows(tmp_path):
    url = "http://user:hunter2pass@host:9000/v1"
    assert public_url(url) == "http://host:9000/v1"
    c = LLMCache(tmp_path / "c.sqlite")
    c.put(LLMCache.key(url, *BASE[1:]), {"a": 1}, base_url=url, model="m")
    c.set_mode(url, "m", "json_object")
    assert c.get_mode("http://host:9000/v1", "m") == "json_object"
    c.close()
    assert all(b"hunter2pass" not in f.read_bytes() for f in tmp_path.iterdir())


def test_wal_mode_and_busy_timeout(tmp_path):
    c = LLMCache(tmp_path / "c.sqlite", busy_timeout_s=5)
    conn = c._conn()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_mode_get_set(tmp_path):
    c = LLMCache(tmp_path / "c.sqlite")
    assert c.get_mode("http://x/v1", "m") is None
    c.set_mode("http://x/v1/", "m", "json_object")
    c.set_mode("http://x/v1", "m", "prompt")
    assert c.get_mode("http://x/v1", "m") == "prompt"
    assert c.get_mode("http://x/v1", "other") is None


def test_eight_threads_write_concurrently(tmp_path):
    c = LLMCache(tmp_path / "c.sqlite", busy_timeout_s=10)
    other = LLMCache(tmp_path / "c.sqlite", busy_timeout_s=10)  # a second instance on the same file
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(t: int) -> None:
        cache = c if t % 2 else other
        try:
            barrier.wait()
            for i in range(40):
                k = LLMCache.key(BASE[0], "m", "v", [{"t": t, "i": i}], SCHEMA, "json_schema")
                cache.put(k, {"t": t, "i": i, "text": "通报" * 20})
                assert cache.get(k)["i"] == i
        except BaseException as e:  # noqa: BLE001 - surfaced below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(c) == 8 * 40
    for t in range(8):
        for i in range(40):
            k = LLMCache.key(BASE[0], "m", "v", [{"t": t, "i": i}], SCHEMA, "json_schema")
            assert c.get(k) == {"t": t, "i": i, "text": "通报" * 20}
    c.close()
    other.close()


def _proc_writer(path: str, p: int) -> None:
    c = LLMCache(path, busy_timeout_s=20)
    for i in range(25):
        c.put(LLMCache.key("u", "m", "v", [{"p": p, "i": i}], SCHEMA, "prompt"), {"p": p, "i": i})
    c.close()


def _put_then_sigkill(path: str) -> None:
    c = LLMCache(path)
    c.put("finished", {"done": True})
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.fixture
def mp():
    return multiprocessing.get_context("fork")


def test_four_processes_write_concurrently(tmp_path, mp):
    path = str(tmp_path / "c.sqlite")
    procs = [mp.Process(target=_proc_writer, args=(path, p)) for p in range(4)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join(30)
    assert [pr.exitcode for pr in procs] == [0] * 4
    assert len(LLMCache(path)) == 100


def test_finished_put_survives_kill_9(tmp_path, mp):
    path = str(tmp_path / "c.sqlite")
    pr = mp.Process(target=_put_then_sigkill, args=(path,))
    pr.start()
    pr.join(30)
    assert pr.exitcode == -signal.SIGKILL
    assert LLMCache(path).get("finished") == {"done": True}
    # Readable by plain sqlite too: nothing is held only in memory.
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM replies").fetchone()[0] == 1


def test_fork_after_use_opens_a_fresh_connection(tmp_path, mp):
    c = LLMCache(tmp_path / "c.sqlite")
    c.put("parent", {"a": 1})
    pr = mp.Process(target=lambda: c.put("child", {"b": 2}))
    pr.start()
    pr.join(30)
    assert pr.exitcode == 0
    assert c.get("child") == {"b": 2} and c.get("parent") == {"a": 1}
