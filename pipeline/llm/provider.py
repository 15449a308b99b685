"""One provider interface for summarize and ask, and its OpenAI-compatible implementation.

Endpoints differ in how they do structured output: OpenAI and vLLM take
`response_format=json_schema`; llama.cpp's server answers 500 to it but takes
`json_object` with a `schema`; others only follow instructions in the prompt.
`OpenAIProvider` finds the mode that works per (base_url, model), remembers it
for the process and, given a cache, across runs.

Retries and error messages are in retry.py, reading JSON out of replies in
replies.py; `make_provider` builds the provider the settings describe.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Protocol

import openai

from ..errors import LLMError, LLMSchemaError, squeeze  # noqa: F401 - LLMError re-exported for callers
from .cache import LLMCache, public_url
from .replies import parse_reply, reask_messages, schema_instruction
from .retry import RetryPolicy, error_text, call_with_retries, redactor

log = logging.getLogger(__name__)

Mode = Literal["json_schema", "json_object", "prompt"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "prompt")


class Provider(Protocol):
    def complete(self, messages: list[dict], schema: dict, *, name: str = "reply",
                 prompt_version: str = "", max_tokens: int | None = None,
                 grammar: dict | None = None) -> dict: ...


# ---------------------------------------------------------------- usage

@dataclass
class Usage:
    """Tokens, calls and cost of a batch; thread-safe to add to."""

    price_prompt_per_1m: float | None = None
    price_completion_per_1m: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    cache_hits: int = 0
    retries: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, prompt_tokens: int = 0, completion_tokens: int = 0, *, calls: int = 0,
            cache_hits: int = 0, retries: int = 0) -> None:
        with self._lock:
            self.prompt_tokens += prompt_tokens or 0
            self.completion_tokens += completion_tokens or 0
            self.calls += calls
            self.cache_hits += cache_hits
            self.retries += retries

    @property
    def cost(self) -> float | None:
        if self.price_prompt_per_1m is None and self.price_completion_per_1m is None:
            return None
        return (self.prompt_tokens * (self.price_prompt_per_1m or 0.0)
                + self.completion_tokens * (self.price_completion_per_1m or 0.0)) / 1e6

    def as_dict(self) -> dict[str, Any]:
        return {"calls": self.calls, "cache_hits": self.cache_hits, "retries": self.retries,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens, "cost": self.cost}

    def summary(self) -> str:
        cost = "" if self.cost is None else f", cost ${self.cost:.4f}"
        return (f"LLM: {self.calls} calls, {self.cache_hits} cache hits, {self.retries} retries, "
                f"{self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion tokens{cost}")


# ---------------------------------------------------------------- the provider

@dataclass
class _Endpoint:
    mode: str
    confirmed: bool  # the endpoint has accepted this mode at least once
    seed_ok: bool = True


_ENDPOINTS: dict[tuple[str, str], _Endpoint] = {}
_ENDPOINTS_LOCK = threading.Lock()


def reset_endpoint_memory() -> None:
    """Forget the detected modes (tests; a changed server behind the same URL)."""
    with _ENDPOINTS_LOCK:
        _ENDPOINTS.clear()


def _mode_rejected(e: openai.APIError, mode: str, confirmed: bool) -> bool:
    if mode == "prompt" or not isinstance(e, openai.APIStatusError):
        return False
    text = (error_text(e) + " " + json.dumps(e.body, default=str)).lower()
    mentions = any(w in text for w in ("response_format", "response format", "json_schema",
                                       "json_object", "grammar"))
    if e.status_code in (400, 422, 500, 501) and mentions:
        return True
    # llama.cpp answers a bare 500 to json_schema; on an endpoint that never took
    # it, read that as "unsupported" rather than retrying.
    return e.status_code == 500 and mode == "json_schema" and not confirmed


def _seed_rejected(e: openai.APIError) -> bool:
    return (isinstance(e, openai.APIStatusError) and e.status_code in (400, 422)
            and "seed" in error_text(e).lower())


class OpenAIProvider:
    def __init__(self, base_url: str, api_key: str | None, model: str, timeout: float = 60,
                 max_retries: int = 4, seed: int | None = 0, cache: LLMCache | None = None,
                 structured: Literal["auto", "json_schema", "json_object", "prompt"] = "auto",
                 *, usage: Usage | None = None, backoff_base: float = 0.5,
                 backoff_cap: float = 8.0, retry_after_cap: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep):
        if structured not in ("auto", *MODES):
            raise ValueError(f"structured must be auto or one of {MODES}, not {structured!r}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.seed = seed
        self.cache = cache
        self.structured = structured
        self.usage = usage if usage is not None else Usage()
        self.policy = RetryPolicy(max_retries, backoff_base, backoff_cap, retry_after_cap, sleep)
        self._redact = redactor(api_key)
        # Local servers take any key, but the client insists on one.
        self.timeout = timeout
        self._client = openai.OpenAI(base_url=self.base_url, api_key=api_key or "no-key",
                                     timeout=timeout, max_retries=0)
        self._endpoint = self._load_endpoint()

    def _load_endpoint(self) -> _Endpoint:
        k = (public_url(self.base_url), self.model)
        if self.structured != "auto":
            return _Endpoint(self.structured, confirmed=True)
        with _ENDPOINTS_LOCK:
            if k not in _ENDPOINTS:
                mode = self.cache.get_mode(self.base_url, self.model) if self.cache else None
                _ENDPOINTS[k] = (_Endpoint(mode, True) if mode in MODES
                                 else _Endpoint("json_schema", False))
            ep = _ENDPOINTS[k]
        # Detected earlier in this process by a provider without a cache.
        if ep.confirmed and self.cache is not None and self.cache.get_mode(*k) != ep.mode:
            self.cache.set_mode(self.base_url, self.model, ep.mode)
        return ep

    @property
    def mode(self) -> str:
        return self._endpoint.mode

    def _confirm(self, mode: str) -> None:
        ep = self._endpoint
        if ep.confirmed or ep.mode != mode:
            return
        ep.confirmed = True
        if self.cache is not None and self.structured == "auto":
            self.cache.set_mode(self.base_url, self.model, mode)

    def _downgrade(self, failed: str) -> None:
        ep = self._endpoint
        with _ENDPOINTS_LOCK:
            if ep.mode == failed:  # another thread may have moved on already
                ep.mode = MODES[MODES.index(failed) + 1]
                ep.confirmed = False
        log.warning("%s (%s) does not take response_format=%s; using %s",
                    public_url(self.base_url), self.model, failed, ep.mode)

    def _chat(self, messages: list[dict], schema: dict, name: str,
              max_tokens: int | None = None, grammar: dict | None = None) -> tuple[str | None, str]:
        ep = self._endpoint
        sample = grammar_schema(schema) if grammar is None else grammar
        tried: dict[str, Any] = {}

        def once() -> tuple[str | None, str]:
            mode = tried["mode"] = ep.mode
            tried["seed"] = ep.seed_ok and self.seed is not None
            msgs = messages
            kwargs: dict[str, Any] = {}
            if mode == "json_schema":
                kwargs["response_format"] = {"type": "json_schema", "json_schema": {
                    "name": re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64] or "reply",
                    "schema": sample, "strict": False}}
            else:
                # OpenAI refuses json_object unless the prompt says "JSON", and
                # servers that ignore `schema` still need to see it.
                msgs = _with_system_note(messages, schema_instruction(schema))
                if mode == "json_object":
                    kwargs["response_format"] = {"type": "json_object", "schema": sample}
            if tried["seed"]:
                kwargs["seed"] = self.seed
            if max_tokens:  # a bound on the reply: a small model can loop until its context is full
                kwargs["max_tokens"] = max_tokens
            if tried.get("timeouts"):
                # a server that answers one call at a time is still working on the abandoned one: the
                # same limit again would time out behind it, call after call
                kwargs["timeout"] = self.timeout * 2 ** tried["timeouts"]
            resp = self._client.chat.completions.create(
                model=self.model, messages=msgs, temperature=0, **kwargs)
            self._confirm(mode)
            u = resp.usage
            self.usage.add(getattr(u, "prompt_tokens", 0) or 0,
                           getattr(u, "completion_tokens", 0) or 0, calls=1)
            content = resp.choices[0].message.content if resp.choices else None
            return content, mode

        def handle(e: openai.APIError) -> bool:
            if isinstance(e, openai.APITimeoutError):
                tried["timeouts"] = tried.get("timeouts", 0) + 1  # then retried as usual, with a longer limit
            if tried.get("seed") and _seed_rejected(e):
                ep.seed_ok = False
                return True
            if self.structured == "auto" and _mode_rejected(e, tried["mode"], ep.confirmed):
                self._downgrade(tried["mode"])
                return True
            return False

        return call_with_retries(once, self.policy, base_url=self.base_url,
                                 redact=self._redact, handle=handle, usage=self.usage)

    def complete(self, messages: list[dict], schema: dict, *, name: str = "reply",
                 prompt_version: str = "", max_tokens: int | None = None,
                 grammar: dict | None = None) -> dict:
        """The reply, validated against `schema` (re-asked once when it fails).

        `grammar`, when given, is a stricter schema the server samples with instead of `schema`
        (response_format; e.g. the exact ids this call's reply may hold), sent as it is (keep its
        maxLength and maxItems small: llama.cpp spells them as nested optional rules): the
        prompt's schema note and the validation still use `schema`, so it costs no prompt
        tokens, and a server that ignores it is checked all the same."""
        keyed = schema if grammar is None else {"schema": schema, "grammar": grammar}
        if self.cache is not None:
            key = LLMCache.key(self.base_url, self.model, prompt_version, messages, keyed, self.mode)
            if (hit := self.cache.get(key)) is not None:
                self.usage.add(cache_hits=1)
                return hit
        text, mode = self._chat(messages, schema, name, max_tokens, grammar)
        obj, errors = parse_reply(text, schema)
        if errors:
            log.info("reply from %s failed validation, re-asking: %s", self.model,
                     self._redact("; ".join(errors[:3])))
            text, mode = self._chat(reask_messages(messages, text, errors), schema, name, max_tokens, grammar)
            obj, errors = parse_reply(text, schema)
            if errors:
                raise LLMSchemaError(
                    self._redact(squeeze(f"{self.model} gave no valid '{name}' reply after a "
                                           f"re-ask: {'; '.join(errors[:3])}")),
                    [self._redact(er) for er in errors], self._redact(text or ""))
        if self.cache is not None:
            self.cache.put(LLMCache.key(self.base_url, self.model, prompt_version, messages,
                                        keyed, mode), obj,
                           base_url=self.base_url, model=self.model, prompt_version=prompt_version)
        return obj


_GRAMMAR_HEAVY = {"maxLength", "maxItems", "$schema", "$id", "title", "description"}


def grammar_schema(schema):
    """The schema a server turns into a sampling grammar: without maximum lengths and counts.
    llama.cpp spells maxLength 300 as 300 nested optional characters and maxItems likewise; the
    grammar stays small without them. Minimums and patterns stay (cheap, and they keep ids
    well-formed). The reply is still validated against the whole schema here (parse_reply) and
    re-asked once, so nothing the schema forbids gets through."""
    if isinstance(schema, dict):
        return {k: ({p: grammar_schema(v2) for p, v2 in v.items()} if k in ("properties", "$defs") and isinstance(v, dict)
                    else grammar_schema(v)) for k, v in schema.items() if k not in _GRAMMAR_HEAVY}
    if isinstance(schema, list):
        return [grammar_schema(v) for v in schema]
    return schema


def _with_system_note(messages: list[dict], note: str) -> list[dict]:
    out = [dict(m) for m in messages]
    for m in out:
        if m.get("role") == "system" and isinstance(m.get("content"), str):
            m["content"] = m["content"].rstrip() + "\n\n" + note
            return out
    return [{"role": "system", "content": note}, *out]


def make_provider(settings) -> OpenAIProvider:
    """The OpenAI-compatible provider the settings describe, with the call cache unless --no-cache."""
    from ..settings import require_llm

    require_llm(settings)
    priced = settings.price_in or settings.price_out
    usage = Usage(settings.price_in if priced else None, settings.price_out if priced else None)
    cache = None if settings.no_cache else LLMCache(settings.cache_path)
    return OpenAIProvider(settings.base_url, settings.api_key, settings.model, timeout=settings.timeout,
                          max_retries=settings.max_retries, cache=cache, structured=settings.structured,
                          usage=usage)
