"""One provider interface for summarize and ask, and its OpenAI-compatible implementation.

Endpoints differ in how they do structured output: OpenAI and vLLM take
`response_format=json_schema`; llama.cpp's server answers 500 to it but takes
`json_object` with a `schema`; others only follow instructions in the prompt.
`OpenAIProvider` finds the mode that works per (base_url, model), remembers it
for the process and, given a cache, across runs.

The openai client's own retries are switched off so that ours (bounded,
exponential backoff with jitter, honouring Retry-After) are the only ones and
are testable. The API key is redacted from every message we format.
"""
from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Protocol, TypeVar

import jsonschema
import openai

from ..errors import LLMError, LLMSchemaError
from .cache import LLMCache, public_url

log = logging.getLogger(__name__)

Mode = Literal["json_schema", "json_object", "prompt"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "prompt")
T = TypeVar("T")


class Provider(Protocol):
    def complete(self, messages: list[dict], schema: dict, *, name: str = "reply",
                 prompt_version: str = "") -> dict: ...


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


# ---------------------------------------------------------------- errors and retries

def redactor(secret: str | None) -> Callable[[str], str]:
    def redact(text: str) -> str:
        text = str(text)
        # Very short "keys" (placeholders like "x") would mangle every message.
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
        return re.sub(r"(?i)(bearer\s+)\S+", r"\1***", text)
    return redact


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _root_reason(exc: BaseException) -> str:
    """The innermost cause's text: 'Connection refused' rather than 'Connection error.'"""
    seen = set()
    while exc.__cause__ is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc = exc.__cause__
    return str(exc) or type(exc).__name__


def _error_text(e: openai.APIStatusError) -> str:
    body = e.body
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = err.get("message") if isinstance(err, dict) else err
        if msg:
            return str(msg)
    return str(e.message or e)


def _retry_after(e: BaseException) -> float | None:
    response = getattr(e, "response", None)
    if response is None:
        return None
    headers = response.headers
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _describe(e: BaseException) -> str:
    if isinstance(e, openai.APITimeoutError):
        return "timed out"
    if isinstance(e, openai.APIConnectionError):
        return _root_reason(e)
    if isinstance(e, openai.APIStatusError):
        return f"HTTP {e.status_code}: {_error_text(e)}"
    return str(e)


def retryable(e: BaseException) -> bool:
    if isinstance(e, openai.APIConnectionError):  # includes APITimeoutError
        return True
    return isinstance(e, openai.APIStatusError) and (e.status_code in (408, 409, 429)
                                                      or e.status_code >= 500)


@dataclass
class RetryPolicy:
    max_retries: int = 4
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, e: BaseException) -> float:
        if (ra := _retry_after(e)) is not None:
            return min(ra, self.retry_after_cap)
        d = min(self.backoff_cap, self.backoff_base * 2 ** attempt)
        return d / 2 + random.uniform(0, d / 2)  # jitter spreads out parallel workers


def to_llm_error(e: BaseException, base_url: str, redact: Callable[[str], str]) -> LLMError:
    url = public_url(base_url)
    if isinstance(e, openai.APITimeoutError):
        msg = f"timed out waiting for OPENAI_BASE_URL={url}"
    elif isinstance(e, openai.APIConnectionError):
        msg = f"cannot reach OPENAI_BASE_URL={url}: {_root_reason(e)}"
    elif isinstance(e, openai.APIStatusError):
        hint = " (check OPENAI_API_KEY)" if e.status_code in (401, 403) else ""
        msg = f"OPENAI_BASE_URL={url} answered HTTP {e.status_code}{hint}: {_error_text(e)}"
    else:
        msg = f"call to OPENAI_BASE_URL={url} failed: {type(e).__name__}: {e}"
    err = LLMError(_one_line(redact(msg)))
    err.unreachable = isinstance(e, openai.APIConnectionError) and not isinstance(e, openai.APITimeoutError)
    return err


def call_with_retries(fn: Callable[[], T], policy: RetryPolicy, *, base_url: str,
                      redact: Callable[[str], str],
                      handle: Callable[[openai.APIError], bool] | None = None,
                      usage: Usage | None = None) -> T:
    """Run fn; `handle(e)` may adapt the request (drop a parameter) and ask for an
    immediate retry that does not count against max_retries."""
    attempt = 0
    while True:
        try:
            return fn()
        except openai.APIError as e:
            if handle is not None and handle(e):
                continue
            if not retryable(e) or attempt >= policy.max_retries:
                raise to_llm_error(e, base_url, redact) from None
            wait = policy.delay(attempt, e)
            log.warning("LLM call to %s failed (%s); retry %d/%d in %.1fs", public_url(base_url),
                        _one_line(redact(_describe(e)), 120), attempt + 1, policy.max_retries, wait)
            if usage is not None:
                usage.add(retries=1)
            policy.sleep(wait)
            attempt += 1


# ---------------------------------------------------------------- JSON extraction

_FENCE = re.compile(r"```[ \t]*(?:json[c5]?|JSON)?[ \t]*\n?(.*?)(?:```|$)", re.S)
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)


def _close_truncated(s: str) -> str | None:
    """Close a JSON text cut off mid-way: drop a dangling key or comma, close the
    open string, arrays and objects. None when it is not simply truncated."""
    stack: list[str] = []
    in_str = esc = False
    cuts: list[tuple[int, list[str]]] = []  # safe places to cut, with the stack there
    for i, ch in enumerate(s):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
            cuts.append((i + 1, stack.copy()))
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return None
            cuts.append((i + 1, stack.copy()))
        elif ch == ",":
            cuts.append((i, stack.copy()))
    if not stack and not in_str:
        return None
    tail = s + ('"' if in_str else "")
    candidates = [tail + "".join(reversed(stack))]
    candidates += [s[:pos] + "".join(reversed(st)) for pos, st in reversed(cuts[-20:])]
    for cand in candidates:
        try:
            json.loads(cand)
            return cand
        except ValueError:
            continue
    return None


def extract_json(text: str | None) -> Any:
    """Parse JSON out of a model reply: tolerate ```json fences, <think> blocks,
    prose around the object and simple truncation. Raises ValueError."""
    if not text or not text.strip():
        raise ValueError("empty reply")
    try:
        return json.loads(text)
    except ValueError:
        pass
    s = _THINK.sub("", text)
    if (m := _FENCE.search(s)) is not None:
        s = m.group(1)
    start = min((i for i in (s.find("{"), s.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError(f"no JSON object in reply: {_one_line(text, 80)!r}")
    try:
        return json.JSONDecoder().raw_decode(s, start)[0]
    except ValueError as e:
        err = e
    if (fixed := _close_truncated(s[start:].rstrip())) is not None:
        return json.loads(fixed)
    raise ValueError(f"invalid JSON: {err}")


def validation_errors(obj: Any, schema: dict) -> list[str]:
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(obj), key=lambda er: list(er.absolute_path))
    return [f"{'/'.join(map(str, er.absolute_path)) or '(root)'}: {er.message}" for er in errors[:20]]


def parse_reply(text: str | None, schema: dict) -> tuple[Any, list[str]]:
    try:
        obj = extract_json(text)
    except ValueError as e:
        return None, [f"reply is not valid JSON: {e}"]
    return obj, validation_errors(obj, schema)


def schema_instruction(schema: dict) -> str:
    return ("Reply with a single JSON object and nothing else (no prose, no code fences). "
            "It must validate against this JSON Schema:\n"
            + json.dumps(schema, ensure_ascii=False))


def reask_messages(messages: list[dict], reply: str | None, errors: list[str]) -> list[dict]:
    return [*messages, {"role": "assistant", "content": reply or ""},
            {"role": "user", "content": "Your reply was rejected:\n- " + "\n- ".join(errors)
             + "\nReply again with only the corrected JSON object."}]


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
    text = (_error_text(e) + " " + json.dumps(e.body, default=str)).lower()
    mentions = any(w in text for w in ("response_format", "response format", "json_schema",
                                       "json_object", "grammar"))
    if e.status_code in (400, 422, 500, 501) and mentions:
        return True
    # llama.cpp answers a bare 500 to json_schema; on an endpoint that never took
    # it, read that as "unsupported" rather than retrying.
    return e.status_code == 500 and mode == "json_schema" and not confirmed


def _seed_rejected(e: openai.APIError) -> bool:
    return (isinstance(e, openai.APIStatusError) and e.status_code in (400, 422)
            and "seed" in _error_text(e).lower())


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

    def _chat(self, messages: list[dict], schema: dict, name: str) -> tuple[str | None, str]:
        ep = self._endpoint
        tried: dict[str, Any] = {}

        def once() -> tuple[str | None, str]:
            mode = tried["mode"] = ep.mode
            tried["seed"] = ep.seed_ok and self.seed is not None
            msgs = messages
            kwargs: dict[str, Any] = {}
            if mode == "json_schema":
                kwargs["response_format"] = {"type": "json_schema", "json_schema": {
                    "name": re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64] or "reply",
                    "schema": schema, "strict": False}}
            else:
                # OpenAI refuses json_object unless the prompt says "JSON", and
                # servers that ignore `schema` still need to see it.
                msgs = _with_system_note(messages, schema_instruction(schema))
                if mode == "json_object":
                    kwargs["response_format"] = {"type": "json_object", "schema": schema}
            if tried["seed"]:
                kwargs["seed"] = self.seed
            resp = self._client.chat.completions.create(
                model=self.model, messages=msgs, temperature=0, **kwargs)
            self._confirm(mode)
            u = resp.usage
            self.usage.add(getattr(u, "prompt_tokens", 0) or 0,
                           getattr(u, "completion_tokens", 0) or 0, calls=1)
            content = resp.choices[0].message.content if resp.choices else None
            return content, mode

        def handle(e: openai.APIError) -> bool:
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
                 prompt_version: str = "") -> dict:
        if self.cache is not None:
            key = LLMCache.key(self.base_url, self.model, prompt_version, messages, schema, self.mode)
            if (hit := self.cache.get(key)) is not None:
                self.usage.add(cache_hits=1)
                return hit
        text, mode = self._chat(messages, schema, name)
        obj, errors = parse_reply(text, schema)
        if errors:
            log.info("reply from %s failed validation, re-asking: %s", self.model,
                     self._redact("; ".join(errors[:3])))
            text, mode = self._chat(reask_messages(messages, text, errors), schema, name)
            obj, errors = parse_reply(text, schema)
            if errors:
                raise LLMSchemaError(
                    self._redact(_one_line(f"{self.model} gave no valid '{name}' reply after a "
                                           f"re-ask: {'; '.join(errors[:3])}")),
                    [self._redact(er) for er in errors], self._redact(text or ""))
        if self.cache is not None:
            self.cache.put(LLMCache.key(self.base_url, self.model, prompt_version, messages,
                                        schema, mode), obj,
                           base_url=self.base_url, model=self.model, prompt_version=prompt_version)
        return obj


def _with_system_note(messages: list[dict], note: str) -> list[dict]:
    out = [dict(m) for m in messages]
    for m in out:
        if m.get("role") == "system" and isinstance(m.get("content"), str):
            m["content"] = m["content"].rstrip() + "\n\n" + note
            return out
    return [{"role": "system", "content": note}, *out]
