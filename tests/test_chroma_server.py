"""Ingest and search against a real Chroma server (`chroma run`), and a clear line when none answers."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.index import Store

from .clihelp import assert_errors, invoke

CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in ("NOTICES_INDEX", "NOTICES_CHROMA_URL", "NOTICES_EMBEDDINGS", "NOTICES_DEBUG"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    exe = CHROMA if CHROMA.exists() else shutil.which("chroma")
    if not exe:
        pytest.skip("the `chroma` server binary (installed with chromadb into .venv/bin) is missing")
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = open(data.parent / f"chroma-{port}.log", "w")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={"PATH": "/usr/bin:/bin", "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            pytest.fail(f"chroma server did not come up on {url}: {(data.parent / f'chroma-{port}.log').read_text()[-2000:]}")
        time.sleep(0.2)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _server_ids(url: str) -> list[str]:
    import chromadb
    from chromadb.config import Settings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False))
    return list(client.get_collection("notices").get(include=[])["ids"])


def test_ingest_and_search_through_a_chroma_server(chroma_server, tmp_path, small_corpus, hash_embedder):
    root = tmp_path / "idx"
    res = invoke("ingest", small_corpus, "--index", root, "--chroma-url", chroma_server, "--json")
    assert res.exit_code == 0, res.stderr
    assert sorted(json.loads(res.stdout)["added"]) == ["dinghai-zhuanxiang-2019", "huizhou-xuncha-2021"]
    assert not (root / "chroma").exists()  # the vectors live on the server
    store = Store(root)
    assert sorted(_server_ids(chroma_server)) == sorted(c.id for c in store.chunks())

    for query, doc in (("污水管网", None), ("低保", "dinghai-zhuanxiang-2019"), ("医疗保障局 集中采购", "huizhou-xuncha-2021")):
        args = ["search", query, "--index", root, "--chroma-url", chroma_server, "--format", "json", "--k", "4"]
        res = invoke(*args + (["--doc", doc] if doc else []))
        assert res.exit_code == 0 and not res.stderr, res.stderr
        hits = json.loads(res.stdout)["results"]
        assert hits
        for h in hits:
            assert store.doc(h["doc"]).text[h["start"]:h["end"]] == h["text"]
            assert doc is None or h["doc"] == doc

    # the same URL from the environment
    res = invoke("search", "低保", "--index", root, "--format", "json", env={"NOTICES_CHROMA_URL": chroma_server})
    assert res.exit_code == 0 and json.loads(res.stdout)["results"]


def test_rebuild_with_a_server_drops_the_old_vectors_there(chroma_server, tmp_path, small_corpus, hash_embedder):
    root = tmp_path / "idx"
    assert invoke("ingest", small_corpus, "--index", root, "--chroma-url", chroma_server).exit_code == 0
    (small_corpus / "huizhou-xuncha-2021.txt").unlink()
    res = invoke("ingest", small_corpus, "--index", root, "--chroma-url", chroma_server, "--rebuild", "--json")
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["added"] == ["dinghai-zhuanxiang-2019"]
    ids = _server_ids(chroma_server)
    assert ids and all(i.startswith("dinghai-zhuanxiang-2019:") for i in ids)
    assert sorted(ids) == sorted(c.id for c in Store(root).chunks())


@pytest.mark.parametrize("how", ["flag", "env", "bad-port"])
def test_unreachable_chroma_url_is_one_line_naming_the_setting(how, tmp_path, small_corpus, hash_embedder):
    url = f"http://127.0.0.1:{_free_port()}" if how != "bad-port" else "http://127.0.0.1:notaport"
    root = tmp_path / "idx"
    flag = ["--chroma-url", url] if how != "env" else []
    env = {"NOTICES_CHROMA_URL": url} if how == "env" else None
    t = time.monotonic()
    res = invoke("ingest", small_corpus, "--index", root, *flag, env=env)
    assert res.exit_code == 1
    line = assert_errors(res.stderr, [(f"NOTICES_CHROMA_URL={url}", "cannot reach Chroma")])[0]
    assert len(line) < 400, line
    assert time.monotonic() - t < 30
    assert not Store(root).hashes()  # nothing was half-written locally

    (root / "store.db").unlink()
    shutil.rmtree(root)
    assert invoke("ingest", small_corpus, "--index", root).exit_code == 0  # a local index to search
    res = invoke("search", "低保", "--index", root, *flag, env=env)
    assert res.exit_code == 1
    assert_errors(res.stderr, [(f"NOTICES_CHROMA_URL={url}", "cannot reach Chroma")])
