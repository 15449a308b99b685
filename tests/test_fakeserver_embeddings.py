"""OpenAIEmbeddings over real HTTP, and the fake server's own scripted replies."""
from __future__ import annotations

import socket

import numpy as np
import openai
import pytest

from pipeline.llm.embeddings import OpenAIEmbeddings
from pipeline.llm.provider import LLMError
from tests.fakeserver import (
    Reply,
    broken_json_reply,
    error_reply,
    fake_embedding,
    fake_openai,  # noqa: F401  (fixture)
    rate_limited,
    slow_reply,
    text_reply,
)

SECRET = "sk-embed-SECRET-99aa11"
TEXTS = ["省委第一巡视组反馈意见整改", "整改进展情况通报", "天气晴朗", "巡视整改工作", "无关内容"]


@pytest.fixture
def emb(fake_openai):
    sleeps: list[float] = []
    e = OpenAIEmbeddings(fake_openai.base_url, SECRET, "fake-embed", timeout=0.4, batch_size=2,
                         max_retries=2, backoff_base=0.01, sleep=sleeps.append)
    e.sleeps = sleeps
    return e


def test_passage_batched_normalised_float32_and_in_order(fake_openai, emb):
    v = emb.passage(TEXTS)
    assert v.shape == (5, 384) and v.dtype == np.float32 and emb.dim == 384
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    reqs = fake_openai.embedding_requests
    assert [len(r["body"]["input"]) for r in reqs] == [2, 2, 1]
    assert all(r["body"]["input_type"] == "passage" and r["body"]["model"] == "fake-embed" for r in reqs)
    expected = np.asarray([fake_embedding(t) for t in TEXTS], dtype=np.float32)
    np.testing.assert_allclose(v, expected, atol=1e-6)
    assert emb.usage.calls == 3


def test_query_is_one_vector_with_query_input_type(fake_openai, emb):
    q = emb.query("巡视整改")
    assert q.shape == (384,) and q.dtype == np.float32
    assert fake_openai.embedding_requests[-1]["body"]["input_type"] == "query"
    sims = emb.passage(TEXTS) @ q
    assert sims[0] > sims[2] and sims[3] > sims[4]  # the fake keeps lexical similarity


def test_empty_input_makes_no_request(fake_openai, emb):
    assert emb.passage([]).shape == (0, 0)
    assert fake_openai.embedding_requests == []


def test_embeddings_retry_on_429_and_500(fake_openai, emb):
    fake_openai.queue_embeddings(rate_limited(retry_after=1), error_reply(500))
    assert emb.passage(TEXTS[:2]).shape == (2, 384)
    assert len(fake_openai.embedding_requests) == 3
    assert emb.sleeps[0] == 1.0 and len(emb.sleeps) == 2


def test_embeddings_timeout_then_success(fake_openai, emb):
    fake_openai.queue_embeddings(slow_reply(1.0, Reply()))
    assert emb.query("x").shape == (384,)
    assert len(fake_openai.embedding_requests) == 2


def test_input_type_dropped_when_server_refuses_it(fake_openai, emb):
    fake_openai.reject_input_type = True
    emb.passage(TEXTS[:1])
    emb.query("q")
    assert ["input_type" in r["body"] for r in fake_openai.embedding_requests] == [True, False, False]


def test_embeddings_unreachable_is_llm_error_without_key():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    e = OpenAIEmbeddings(f"http://127.0.0.1:{port}/v1", SECRET, "m", timeout=0.5, max_retries=0)
    with pytest.raises(LLMError, match=rf"^cannot reach OPENAI_BASE_URL=http://127.0.0.1:{port}/v1: ") as ei:
        e.query("x")
    assert SECRET not in str(ei.value)


# ------------------------------------------------------------ the fake server itself

@pytest.fixture
def client(fake_openai):
    return openai.OpenAI(base_url=fake_openai.base_url, api_key="k", max_retries=0, timeout=0.5)


def test_models_endpoint(fake_openai, client):
    assert [m.id for m in client.models.list()] == ["fake-model", "fake-embed"]


def test_chat_replies_usage_and_recording(fake_openai, client):
    fake_openai.queue(text_reply("你好", usage=(123, 45)), broken_json_reply({"a": "bcdef"}))
    r = client.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "hi"}])
    assert r.choices[0].message.content == "你好"
    assert (r.usage.prompt_tokens, r.usage.completion_tokens) == (123, 45)
    r = client.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "hi"}])
    assert r.choices[0].message.content == '{"a": "bcde' and r.choices[0].finish_reason == "length"
    assert fake_openai.chat_requests[0]["body"]["messages"][0]["content"] == "hi"
    assert fake_openai.pending == 0


def test_scripted_errors_and_empty_queue(fake_openai, client):
    fake_openai.queue(rate_limited(retry_after=3))
    with pytest.raises(openai.RateLimitError) as ei:
        client.chat.completions.create(model="m", messages=[])
    assert ei.value.response.headers["retry-after"] == "3"
    with pytest.raises(openai.APIStatusError) as ei:
        client.chat.completions.create(model="m", messages=[])
    assert ei.value.status_code == 418  # nothing scripted: loud, and not retried by the provider


def test_json_schema_rejection_like_llama_cpp(fake_openai, client):
    fake_openai.reject_format("json_schema").queue({"a": 1})
    with pytest.raises(openai.InternalServerError, match="json_schema"):
        client.chat.completions.create(model="m", messages=[], response_format={
            "type": "json_schema", "json_schema": {"name": "x", "schema": {}}})
    assert fake_openai.pending == 1  # a rejection does not consume the script
    r = client.chat.completions.create(model="m", messages=[], response_format={"type": "json_object"})
    assert r.choices[0].message.content == '{"a": 1}'
