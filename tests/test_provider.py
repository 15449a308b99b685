"""OpenAIProvider over real HTTP (real openai client) against tests/fakeserver.py."""
from __future__ import annotations

import json
import socket
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.llm.cache import LLMCache
from pipeline.llm.fake import FakeProvider
from pipeline.llm.provider import (
    grammar_schema,
    LLMError,
    LLMSchemaError,
    OpenAIProvider,
    Usage,
    reset_endpoint_memory,
)
from pipeline.llm.replies import extract_json
from tests.fakeserver import (
    broken_json_reply,
    error_reply,
    fake_openai,  # noqa: F401  (fixture)
    rate_limited,
    slow_reply,
    text_reply,
)

SECRET = "sk-test-SECRET-4f9a2c77e1"
SCHEMA = {
    "type": "object",
    "properties": {"summary": {"type": "string"}, "points": {"type": "array", "items": {"type": "string"}}},
    "required": ["summary", "points"],
    "additionalProperties": False,
}
MSGS = [{"role": "system", "content": "你是助手。"}, {"role": "user", "content": "总结这份通报。"}]
GOOD = {"summary": "整改完成", "points": ["一", "二"]}


@pytest.fixture(autouse=True)
def _fresh_endpoints():
    # Ports get reused between tests, so detected modes must not leak across them.
    reset_endpoint_memory()
    yield
    reset_endpoint_memory()


@pytest.fixture
def make(fake_openai):
    sleeps: list[float] = []

    def factory(**kw) -> OpenAIProvider:
        kw.setdefault("timeout", 0.4)
        kw.setdefault("max_retries", 2)
        kw.setdefault("backoff_base", 0.01)
        kw.setdefault("sleep", sleeps.append)
        return OpenAIProvider(fake_openai.base_url, SECRET, "fake-model", **kw)

    factory.sleeps = sleeps
    return factory


def formats(fake) -> list:
    return [(r["body"].get("response_format") or {}).get("type") for r in fake.chat_requests]


def test_valid_reply_sends_schema_temperature_seed_and_counts_usage(fake_openai, make):
    fake_openai.queue(text_reply(json.dumps(GOOD, ensure_ascii=False)), )
    p = make()
    assert p.complete(MSGS, SCHEMA, name="notice summary") == GOOD
    (req,) = fake_openai.chat_requests
    body = req["body"]
    assert body["temperature"] == 0 and body["seed"] == 0 and body["model"] == "fake-model"
    rf = body["response_format"]
    assert rf["type"] == "json_schema"
    assert rf["json_schema"] == {"name": "notice_summary", "schema": grammar_schema(SCHEMA), "strict": False}
    assert body["messages"] == MSGS  # json_schema mode leaves the prompt alone
    assert req["headers"]["authorization"] == f"Bearer {SECRET}"
    assert (p.usage.calls, p.usage.prompt_tokens, p.usage.completion_tokens) == (1, 10, 5)
    assert p.mode == "json_schema"


def test_truncated_json_is_repaired_without_reask(fake_openai, make):
    fake_openai.queue(broken_json_reply(GOOD, cut=4))  # '...["一", "' cut mid-array
    assert make().complete(MSGS, SCHEMA)["summary"] == "整改完成"
    assert len(fake_openai.chat_requests) == 1


def test_fenced_json_with_prose_is_parsed(fake_openai, make):
    fake_openai.queue("好的:\n```json\n" + json.dumps(GOOD, ensure_ascii=False) + "\n```\n希望有帮助")
    assert make().complete(MSGS, SCHEMA) == GOOD
    assert len(fake_openai.chat_requests) == 1


def test_unparseable_reply_is_reasked_with_the_error(fake_openai, make):
    fake_openai.queue("I cannot do that.", GOOD)
    assert make().complete(MSGS, SCHEMA) == GOOD
    first, second = fake_openai.chat_requests
    msgs = second["body"]["messages"]
    assert msgs[: len(MSGS)] == MSGS
    assert msgs[-2] == {"role": "assistant", "content": "I cannot do that."}
    assert msgs[-1]["role"] == "user" and "not valid JSON" in msgs[-1]["content"]


def test_repaired_but_invalid_json_is_reasked(fake_openai, make):
    fake_openai.queue('{"summary": "x", "poi', GOOD)  # repairs to {"summary": "x"}: misses points
    assert make().complete(MSGS, SCHEMA) == GOOD
    assert "'points' is a required property" in fake_openai.chat_requests[1]["body"]["messages"][-1]["content"]


def test_schema_violation_reasks_then_raises_with_errors(fake_openai, make):
    bad = {"summary": 3, "points": "x", "extra": 1}
    fake_openai.queue(bad, bad)
    p = make()
    with pytest.raises(LLMSchemaError) as ei:
        p.complete(MSGS, SCHEMA)
    assert len(fake_openai.chat_requests) == 2
    reask = fake_openai.chat_requests[1]["body"]["messages"][-1]["content"]
    assert "summary: 3 is not of type 'string'" in reask
    errs = ei.value.errors
    assert any("summary" in e for e in errs) and any("points" in e for e in errs)
    assert "\n" not in str(ei.value) and SECRET not in str(ei.value)
    assert p.usage.calls == 2


def test_429_honours_retry_after(fake_openai, make):
    fake_openai.queue(rate_limited(retry_after=1), GOOD)
    p = make()
    assert p.complete(MSGS, SCHEMA) == GOOD
    assert make.sleeps == [1.0]
    assert p.usage.retries == 1


def test_429_retry_after_is_capped_and_real_sleep_short(fake_openai, make):
    fake_openai.queue(rate_limited(retry_after=120), GOOD, rate_limited(retry_after="0.2"), GOOD)
    assert make(retry_after_cap=30).complete(MSGS, SCHEMA) == GOOD
    assert make.sleeps == [30.0]
    real = make(sleep=time.sleep)
    t0 = time.monotonic()
    assert real.complete(MSGS + [{"role": "user", "content": "again"}], SCHEMA) == GOOD
    assert 0.2 <= time.monotonic() - t0 < 2


def test_500_then_success_after_backoff(fake_openai, make):
    fake_openai.queue(GOOD, error_reply(500), error_reply(503), GOOD)
    p = make(backoff_base=0.1)
    p.complete(MSGS, SCHEMA)  # confirms json_schema, so a later 500 is transient
    assert p.complete(MSGS, SCHEMA) == GOOD
    assert len(make.sleeps) == 2
    assert 0.05 <= make.sleeps[0] <= 0.1 and 0.1 <= make.sleeps[1] <= 0.2  # exponential, jittered
    assert formats(fake_openai) == ["json_schema"] * 4


def test_retries_are_bounded(fake_openai, make):
    fake_openai.queue(*[error_reply(502, "bad gateway")] * 3)
    with pytest.raises(LLMError, match="HTTP 502"):
        make(structured="json_schema", max_retries=2).complete(MSGS, SCHEMA)
    assert len(fake_openai.chat_requests) == 3


def test_client_error_is_not_retried_and_names_status(fake_openai, make):
    fake_openai.queue(error_reply(401, f"Incorrect API key provided: {SECRET}"))
    with pytest.raises(LLMError) as ei:
        make().complete(MSGS, SCHEMA)
    msg = f"{type(ei.value).__name__}: {ei.value}"
    assert "HTTP 401" in msg and "OPENAI_API_KEY" in msg and SECRET not in msg
    assert len(fake_openai.chat_requests) == 1


def test_timeout_then_success(fake_openai, make):
    fake_openai.queue(slow_reply(1.0, GOOD), GOOD)
    t0 = time.monotonic()
    assert make(timeout=0.3, structured="json_schema").complete(MSGS, SCHEMA) == GOOD
    assert time.monotonic() - t0 < 0.9
    assert len(fake_openai.chat_requests) == 2 and len(make.sleeps) == 1


def test_a_retry_after_a_timeout_waits_longer(fake_openai, make):
    # a server answering one call at a time is still busy with the abandoned call: the retry gets twice the limit
    fake_openai.queue(slow_reply(1.0, GOOD), slow_reply(0.45, GOOD))
    assert make(timeout=0.3, structured="json_schema").complete(MSGS, SCHEMA) == GOOD
    assert len(fake_openai.chat_requests) == 2


def test_timeout_exhausted_gives_one_line_error(fake_openai, make):
    fake_openai.queue(slow_reply(1.0, GOOD), slow_reply(1.0, GOOD))
    with pytest.raises(LLMError, match=r"^timed out waiting for OPENAI_BASE_URL=http://127\.0\.0\.1"):
        make(timeout=0.2, max_retries=1, structured="json_schema").complete(MSGS, SCHEMA)


def test_json_schema_unsupported_falls_back_to_json_object_and_remembers(fake_openai, make):
    fake_openai.reject_format("json_schema")  # HTTP 500 with llama.cpp's message
    fake_openai.queue(GOOD, GOOD, GOOD)
    p = make()
    assert p.complete(MSGS, SCHEMA) == GOOD
    assert p.complete(MSGS + [{"role": "user", "content": "再来"}], SCHEMA) == GOOD
    assert make().complete(MSGS + [{"role": "user", "content": "三"}], SCHEMA) == GOOD  # new instance
    assert formats(fake_openai) == ["json_schema", "json_object", "json_object", "json_object"]
    body = fake_openai.chat_requests[1]["body"]
    assert body["response_format"]["schema"] == SCHEMA
    assert "JSON Schema" in body["messages"][0]["content"]  # OpenAI wants "JSON" in the prompt
    assert make.sleeps == []  # a fallback is not a retry


def test_bare_500_on_first_json_schema_call_falls_back(fake_openai, make):
    fake_openai.reject_format("json_schema", 500, "Internal Server Error")
    fake_openai.queue(GOOD)
    assert make().complete(MSGS, SCHEMA) == GOOD
    assert formats(fake_openai) == ["json_schema", "json_object"]


def test_json_object_unsupported_too_falls_back_to_prompt(fake_openai, make):
    fake_openai.reject_format("json_schema", 400, "Unknown parameter response_format.json_schema")
    fake_openai.reject_format("json_object", 422, "response_format json_object not supported")
    fake_openai.queue("```json\n" + json.dumps(GOOD, ensure_ascii=False) + "\n```", GOOD)
    p = make()
    assert p.complete(MSGS, SCHEMA) == GOOD
    assert p.mode == "prompt"
    assert formats(fake_openai) == ["json_schema", "json_object", None]
    sys_msg = fake_openai.chat_requests[-1]["body"]["messages"][0]
    assert sys_msg["role"] == "system" and sys_msg["content"].startswith("你是助手。")
    assert json.dumps(SCHEMA, ensure_ascii=False) in sys_msg["content"]
    p.complete([{"role": "user", "content": "无系统消息"}], SCHEMA)
    first = fake_openai.chat_requests[-1]["body"]["messages"][0]
    assert first["role"] == "system" and "JSON Schema" in first["content"]
    assert formats(fake_openai)[-1] is None


def test_detected_mode_is_persisted_in_the_cache(fake_openai, make, tmp_path):
    fake_openai.reject_format("json_schema")
    fake_openai.queue(GOOD, GOOD)
    cache = LLMCache(tmp_path / "llm.sqlite")
    make(cache=cache).complete(MSGS, SCHEMA)
    reset_endpoint_memory()  # as a new process would start
    make(cache=cache).complete(MSGS + [{"role": "user", "content": "x"}], SCHEMA)
    assert formats(fake_openai) == ["json_schema", "json_object", "json_object"]


def test_seed_dropped_when_rejected(fake_openai, make):
    fake_openai.reject_seed = True
    fake_openai.queue(GOOD, GOOD)
    p = make()
    p.complete(MSGS, SCHEMA)
    p.complete(MSGS + [{"role": "user", "content": "x"}], SCHEMA)
    assert ["seed" in r["body"] for r in fake_openai.chat_requests] == [True, False, False]
    assert formats(fake_openai) == ["json_schema"] * 3


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_endpoint_is_one_clear_line_without_key():
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    sleeps: list[float] = []
    p = OpenAIProvider(url, SECRET, "m", timeout=0.5, max_retries=2, backoff_base=0.01, sleep=sleeps.append)
    with pytest.raises(LLMError) as ei:
        p.complete(MSGS, SCHEMA)
    line = f"{type(ei.value).__name__}: {ei.value}"
    assert line.startswith(f"LLMError: cannot reach OPENAI_BASE_URL={url}: ")
    assert "refused" in line.lower()
    assert "\n" not in line and SECRET not in line
    assert len(sleeps) == 2  # connection errors are retried, boundedly
    assert ei.value.__suppress_context__


def test_key_never_in_errors_logs_or_cache(fake_openai, make, tmp_path, caplog):
    caplog.set_level("DEBUG")
    fake_openai.queue(error_reply(500, f"upstream said {SECRET}"), GOOD, GOOD)
    cache = LLMCache(tmp_path / "c.sqlite")
    p = make(cache=cache, structured="json_schema")
    p.complete(MSGS, SCHEMA)  # a 500 whose message echoes the key (logged), then a reply
    p.complete(MSGS + [{"role": "user", "content": "2"}], SCHEMA)
    fake_openai.queue("no json " + SECRET, "still none " + SECRET)
    with pytest.raises(LLMSchemaError) as ei:
        p.complete(MSGS + [{"role": "user", "content": "3"}], SCHEMA)
    assert SECRET not in str(ei.value) and SECRET not in ei.value.raw
    assert all(SECRET not in e for e in ei.value.errors)
    assert "upstream said ***" in caplog.text and SECRET not in caplog.text
    cache.close()
    for f in tmp_path.iterdir():
        assert SECRET.encode() not in f.read_bytes(), f.name


def test_cache_hit_skips_http_and_counts(fake_openai, make, tmp_path):
    fake_openai.queue(GOOD, GOOD)
    cache = LLMCache(tmp_path / "c.sqlite")
    usage = Usage()
    assert make(cache=cache, usage=usage).complete(MSGS, SCHEMA, prompt_version="v1") == GOOD
    assert make(cache=cache, usage=usage).complete(MSGS, SCHEMA, prompt_version="v1") == GOOD
    assert len(fake_openai.chat_requests) == 1 and (usage.calls, usage.cache_hits) == (1, 1)
    make(cache=cache, usage=usage).complete(MSGS, SCHEMA, prompt_version="v2")  # new prompt: miss
    assert len(fake_openai.chat_requests) == 2


def test_no_cache_calls_every_time(fake_openai, make):
    fake_openai.queue(GOOD, GOOD)
    p = make(cache=None)
    p.complete(MSGS, SCHEMA)
    p.complete(MSGS, SCHEMA)
    assert len(fake_openai.chat_requests) == 2


def test_usage_cost_and_summary():
    u = Usage(price_prompt_per_1m=2.0, price_completion_per_1m=8.0)
    u.add(1_000_000, 500_000, calls=3)
    u.add(cache_hits=2)
    assert u.cost == pytest.approx(6.0)
    line = u.summary()
    assert "3 calls" in line and "2 cache hits" in line and "1,000,000 prompt" in line and "$6.0000" in line
    assert Usage().cost is None and "$" not in Usage().summary()


# ------------------------------------------------------------ JSON extraction

@pytest.mark.parametrize("text, expected", [
    ('{"a": 1}', {"a": 1}),
    ('```json\n{"a": 1}\n```', {"a": 1}),
    ('```\n{"a": [1, 2]}\n```', {"a": [1, 2]}),
    ('<think>{maybe}</think>\n{"a": 1}', {"a": 1}),
    ('Sure! {"a": "b"} Anything else?', {"a": "b"}),
    ('{"a": "半句', {"a": "半句"}),
    ('{"a": 1, "b": [1, 2', {"a": 1, "b": [1, 2]}),
    ('{"a": 1, "b', {"a": 1}),
    ('{"a": {"b": 1}, "c": tr', {"a": {"b": 1}}),
])
def test_extract_json(text, expected):
    assert extract_json(text) == expected


@pytest.mark.parametrize("text", ["", "no json here", "{]"])
def test_extract_json_rejects(text):
    with pytest.raises(ValueError):
        extract_json(text)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                           max_leaves=10)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_values, max_size=4), st.booleans())
def test_extract_json_roundtrips_fenced(obj, ascii_only):
    text = json.dumps(obj, ensure_ascii=ascii_only, indent=1)
    assert extract_json(f"好的\n```json\n{text}\n```\n") == obj


# ------------------------------------------------------------ FakeProvider

def test_fake_provider_queues_records_and_validates():
    fp = FakeProvider([GOOD, LLMError("boom"), {"summary": 1}])
    assert fp.complete(MSGS, SCHEMA, name="s", prompt_version="p1") == GOOD
    with pytest.raises(LLMError, match="boom"):
        fp.complete(MSGS, SCHEMA)
    with pytest.raises(LLMSchemaError) as ei:
        fp.complete(MSGS, SCHEMA)
    assert ei.value.errors
    with pytest.raises(LLMError, match="no response queued"):
        fp.complete(MSGS, SCHEMA)
    assert len(fp.calls) == 4 and fp.calls[0].name == "s" and fp.calls[0].prompt_version == "p1"
    assert fp.calls[0].messages == MSGS and fp.usage.calls == 2
    fp.queue(lambda call: {"summary": call.messages[-1]["content"], "points": []})
    assert fp.complete(MSGS, SCHEMA)["summary"] == "总结这份通报。"


def test_the_grammar_schema_drops_maximum_lengths_and_counts_but_keeps_the_rest_and_property_names():
    schema = {"$schema": "x", "title": "T", "type": "object", "required": ["title", "ids"], "additionalProperties": False,
              "properties": {"title": {"type": "string", "maxLength": 300, "minLength": 1},
                             "ids": {"type": "array", "maxItems": 8, "items": {"type": "string", "pattern": "^c[0-9]+$"}},
                             "kind": {"enum": ["a", "b"]}}}
    assert grammar_schema(schema) == {
        "type": "object", "required": ["title", "ids"], "additionalProperties": False,
        "properties": {"title": {"type": "string", "minLength": 1},
                       "ids": {"type": "array", "items": {"type": "string", "pattern": "^c[0-9]+$"}},
                       "kind": {"enum": ["a", "b"]}}}


def test_a_reply_the_light_grammar_lets_through_is_still_checked_against_the_whole_schema(fake_openai, make):
    schema = {"type": "object", "required": ["s"], "additionalProperties": False,
              "properties": {"s": {"type": "string", "maxLength": 3}}}
    fake_openai.queue(text_reply(json.dumps({"s": "too long"})), text_reply(json.dumps({"s": "ok"})))
    p = make()
    assert p.complete(MSGS, schema, name="short") == {"s": "ok"}
    assert len(fake_openai.chat_requests) == 2  # the first reply was re-asked


def test_a_call_grammar_is_sampled_with_as_given_while_the_note_check_and_cache_use_the_schema(fake_openai, make, tmp_path):
    grammar = {"type": "object", "required": ["summary", "points"], "additionalProperties": False,
               "properties": {"summary": {"type": "string", "pattern": "^.{1,8}$"},
                              "points": {"type": "array", "items": {"enum": ["一", "二"]}, "maxItems": 2}}}
    fake_openai.queue(GOOD, GOOD, GOOD)
    cache = LLMCache(tmp_path / "c.sqlite")
    assert make(cache=cache).complete(MSGS, SCHEMA, grammar=grammar) == GOOD
    (req,) = fake_openai.chat_requests
    assert req["body"]["response_format"]["json_schema"]["schema"] == grammar  # maxItems kept: it is the caller's
    assert make(cache=cache).complete(MSGS, SCHEMA, grammar=grammar) == GOOD  # cached with its grammar
    assert make(cache=cache).complete(MSGS, SCHEMA) == GOOD  # without it: another call
    assert len(fake_openai.chat_requests) == 2
    fake_openai.reject_format("json_schema")
    reset_endpoint_memory()
    assert make(structured="json_object").complete(MSGS, SCHEMA, grammar=grammar) == GOOD
    last = fake_openai.chat_requests[-1]["body"]
    assert last["response_format"] == {"type": "json_object", "schema": grammar}
    note = last["messages"][0]["content"]
    assert json.dumps(SCHEMA, ensure_ascii=False) in note and '"enum"' not in note  # the note shows the schema
