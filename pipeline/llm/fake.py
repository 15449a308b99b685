"""A scripted Provider for unit tests: queued replies, recorded calls.

It validates each reply against the schema like `OpenAIProvider` does, so a
test cannot pass with a reply the real provider would reject.
"""
from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import LLMError, LLMSchemaError
from .provider import Usage
from .replies import validation_errors


@dataclass
class FakeCall:
    messages: list[dict]
    schema: dict
    name: str
    prompt_version: str
    max_tokens: int | None = None
    grammar: dict | None = None


@dataclass
class FakeProvider:
    """`responses` are consumed in order: a dict is returned (after validation),
    an Exception is raised, a callable gets the FakeCall and returns either."""

    responses: list[dict | Exception | Callable[[FakeCall], Any]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    calls: list[FakeCall] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def queue(self, *responses: dict | Exception | Callable[[FakeCall], Any]) -> FakeProvider:
        with self._lock:
            self.responses.extend(responses)
        return self

    def complete(self, messages: list[dict], schema: dict, *, name: str = "reply",
                 prompt_version: str = "", max_tokens: int | None = None,
                 grammar: dict | None = None) -> dict:
        call = FakeCall(copy.deepcopy(messages), schema, name, prompt_version, max_tokens, grammar)
        with self._lock:
            self.calls.append(call)
            if not self.responses:
                raise LLMError(f"FakeProvider: no response queued for call #{len(self.calls)} ({name})")
            resp = self.responses.pop(0)
        if callable(resp) and not isinstance(resp, Exception):
            resp = resp(call)
        if isinstance(resp, BaseException):
            raise resp
        self.usage.add(calls=1)
        if errors := validation_errors(resp, schema):
            raise LLMSchemaError(f"FakeProvider: queued reply for {name} violates the schema: "
                                 f"{'; '.join(errors[:3])}", errors)
        return copy.deepcopy(resp)

    @property
    def last(self) -> FakeCall:
        return self.calls[-1]
