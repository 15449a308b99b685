"""Errors and retries of LLM calls: bounded exponential backoff with jitter, Retry-After honoured.

The openai client's own retries are switched off so that these are the only
ones and are testable. The API key is redacted from every message formatted here.
"""
from __future__ import annotations

import email.utils
import logging
import random
import re
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import openai

from ..errors import LLMError, squeeze
from .cache import public_url

log = logging.getLogger(__name__)
T = TypeVar("T")


def redactor(secret: str | None) -> Callable[[str], str]:
    def redact(text: str) -> str:
        text = str(text)
        # Very short "keys" (placeholders like "x") would mangle every message.
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
        return re.sub(r"(?i)(bearer\s+)\S+", r"\1***", text)
    return redact


def _root_reason(exc: BaseException) -> str:
    """The innermost cause's text: 'Connection refused' rather than 'Connection error.'"""
    seen = set()
    while exc.__cause__ is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc = exc.__cause__
    return str(exc) or type(exc).__name__


def error_text(e: openai.APIStatusError) -> str:
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
        return f"HTTP {e.status_code}: {error_text(e)}"
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
        msg = f"OPENAI_BASE_URL={url} answered HTTP {e.status_code}{hint}: {error_text(e)}"
    else:
        msg = f"call to OPENAI_BASE_URL={url} failed: {type(e).__name__}: {e}"
    err = LLMError(squeeze(redact(msg)))
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
                        squeeze(redact(_describe(e)), 120), attempt + 1, policy.max_retries, wait)
            if usage is not None:
                usage.add(retries=1)
            policy.sleep(wait)
            attempt += 1
