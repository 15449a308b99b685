"""A fake OpenAI-compatible HTTP server for tests, on 127.0.0.1 at a free port.

Tests talk to it through the real openai client over real HTTP, so retries,
timeouts, headers and status codes are exercised as in production.

    def test_x(fake_openai):
        fake_openai.queue({"summary": "..."}, rate_limited(1), "```json\\n{...")
        provider = OpenAIProvider(fake_openai.base_url, "sk-test", "fake-model")
        ...
        assert len(fake_openai.chat_requests) == 1

Queued replies answer /v1/chat/completions in order: a dict is sent as JSON
content, a str as raw content, a `Reply` as scripted (errors, delays, usage).
With the queue empty the server answers HTTP 418 so a test that calls more
often than it scripted fails loudly instead of retrying.
`reject_format("json_schema")` makes the server refuse that response_format
type (as llama.cpp's server does) without consuming the queue.
/v1/embeddings answers deterministic hashed bag-of-characters vectors
(similar texts get similar vectors), /v1/models lists `models`.
"""
from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

LLAMA_CPP_JSON_SCHEMA_ERROR = ('response_format type must be one of "text" or "json_object", '
                               'but got: json_schema')


@dataclass
class Reply:
    status: int = 200
    content: str | None = None
    message: str = ""  # error message for status != 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering
    usage: tuple[int, int] = (10, 5)  # prompt, completion tokens
    finish_reason: str = "stop"


def json_reply(obj: Any, *, usage: tuple[int, int] = (10, 5)) -> Reply:
    return Reply(content=json.dumps(obj, ensure_ascii=False), usage=usage)


def text_reply(text: str, *, usage: tuple[int, int] = (10, 5)) -> Reply:
    return Reply(content=text, usage=usage)


def broken_json_reply(obj: Any, cut: int = 3) -> Reply:
    """The JSON of obj with its last `cut` characters missing, as a model that ran out of tokens."""
    text = json.dumps(obj, ensure_ascii=False)
    return Reply(content=text[:-cut], finish_reason="length")


def error_reply(status: int, message: str = "", *, retry_after: float | str | None = None,
                headers: dict[str, str] | None = None) -> Reply:
    h = dict(headers or {})
    if retry_after is not None:
        h["Retry-After"] = str(retry_after)
    return Reply(status=status, message=message or f"fake error {status}", headers=h)


def rate_limited(retry_after: float | str | None = 1) -> Reply:
    return error_reply(429, "Rate limit reached, slow down", retry_after=retry_after)


def slow_reply(seconds: float, then: Reply | dict | str) -> Reply:
    r = _as_reply(then)
    return Reply(r.status, r.content, r.message, r.headers, seconds, r.usage, r.finish_reason)


def _as_reply(r: Reply | dict | list | str) -> Reply:
    if isinstance(r, Reply):
        return r
    if isinstance(r, str):
        return text_reply(r)
    return json_reply(r)


def fake_embedding(text: str, dim: int = 384) -> list[float]:
    """Hashed character unigrams and bigrams, signed, L2-normalised."""
    vec = [0.0] * dim
    grams = list(text) + [text[i:i + 2] for i in range(len(text) - 1)] or [""]
    for g in grams:
        h = hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest()
        vec[int.from_bytes(h[:4], "little") % dim] += 1.0 if h[4] & 1 else -1.0
    if not any(vec):  # grams cancelled out; still answer a unit vector
        vec[0] = 1.0
    norm = math.sqrt(sum(v * v for v in vec))
    return [v / norm for v in vec]


class FakeOpenAI:
    def __init__(self, models: tuple[str, ...] = ("fake-model", "fake-embed"), dim: int = 384):
        self.models = list(models)
        self.dim = dim
        self.requests: list[dict[str, Any]] = []  # {"method", "path", "headers" (lower-case), "body"}
        self.rejected_formats: dict[str, tuple[int, str]] = {}
        self.reject_seed = False
        self.reject_input_type = False
        self.die_on_chat = False  # exit the process on a chat completion, as a crashing llama.cpp build did
        self._chat: list[Reply] = []
        self._embed: list[Reply] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -------------------------------------------------------- scripting
    def queue(self, *replies: Reply | dict | list | str) -> FakeOpenAI:
        with self._lock:
            self._chat.extend(_as_reply(r) for r in replies)
        return self

    def queue_embeddings(self, *replies: Reply) -> FakeOpenAI:
        """Script /v1/embeddings: error or slow Replies; a 200 Reply means normal vectors."""
        with self._lock:
            self._embed.extend(replies)
        return self

    def reject_format(self, kind: str, status: int = 500, message: str = "") -> FakeOpenAI:
        """Refuse response_format.type == kind (json_schema, json_object) with this status."""
        if not message:
            message = (LLAMA_CPP_JSON_SCHEMA_ERROR if kind == "json_schema"
                       else f"response_format type {kind} is not supported")
        self.rejected_formats[kind] = (status, message)
        return self

    @property
    def pending(self) -> int:
        return len(self._chat)

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/embeddings")]

    # -------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(_Handler):
            server_state = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True  # a handler still sleeping must not block shutdown
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -------------------------------------------------------- answers
    def _answer_chat(self, body: dict) -> tuple[int, dict, dict[str, str], float]:
        rf = (body.get("response_format") or {}).get("type")
        if self.reject_seed and "seed" in body:
            return _error(400, "Unrecognized request argument supplied: seed") + (0.0,)
        if rf in self.rejected_formats:
            status, msg = self.rejected_formats[rf]
            return _error(status, msg) + (0.0,)
        with self._lock:
            reply = self._chat.pop(0) if self._chat else None
        if reply is None:
            return _error(418, "fakeserver: no scripted reply left in the queue") + (0.0,)
        if reply.status != 200:
            status, payload, _ = _error(reply.status, reply.message)
            return status, payload, reply.headers, reply.delay
        p, c = reply.usage
        return 200, {
            "id": f"chatcmpl-fake-{len(self.requests)}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model", ""),
            "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                         "message": {"role": "assistant", "content": reply.content}}],
            "usage": {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c},
        }, reply.headers, reply.delay

    def _answer_embeddings(self, body: dict) -> tuple[int, dict, dict[str, str], float]:
        if self.reject_input_type and "input_type" in body:
            return _error(400, "Extra inputs are not permitted: input_type") + (0.0,)
        with self._lock:
            reply = self._embed.pop(0) if self._embed else Reply()
        if reply.status != 200:
            status, payload, _ = _error(reply.status, reply.message)
            return status, payload, reply.headers, reply.delay
        inputs = body.get("input", [])
        inputs = [inputs] if isinstance(inputs, str) else inputs
        data = [{"object": "embedding", "index": i, "embedding": fake_embedding(str(t), self.dim)}
                for i, t in enumerate(inputs)]
        tokens = sum(len(str(t)) for t in inputs)
        return 200, {"object": "list", "data": data, "model": body.get("model", ""),
                     "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}, reply.headers, reply.delay


def _error(status: int, message: str) -> tuple[int, dict, dict[str, str]]:
    kind = {400: "invalid_request_error", 401: "authentication_error",
            429: "rate_limit_error"}.get(status, "server_error")
    return status, {"error": {"message": message, "type": kind, "code": status}}, {}


class _Handler(BaseHTTPRequestHandler):
    server_state: FakeOpenAI

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass

    def _record(self, body: Any) -> None:
        with self.server_state._lock:
            self.server_state.requests.append({"method": self.command, "path": self.path,
                                               "headers": {k.lower(): v for k, v in self.headers.items()},
                                               "body": body})

    def _send(self, status: int, payload: dict, headers: dict[str, str] | None = None,
              delay: float = 0.0) -> None:
        if delay:
            time.sleep(delay)
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, {"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "fakeserver"}
                for m in self.server_state.models]})
        else:
            self._send(*_error(404, f"no route {self.path}"))

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._record(raw.decode("utf-8", "replace"))
            self._send(*_error(400, "body is not JSON"))
            return
        self._record(body)
        if self.path.endswith("/chat/completions"):
            if self.server_state.die_on_chat:
                import os
                import sys

                print("ggml: general protection fault in ggml_compute_forward (fake crash)", file=sys.stderr, flush=True)
                os._exit(134)
            self._send(*self.server_state._answer_chat(body))
        elif self.path.endswith("/embeddings"):
            self._send(*self.server_state._answer_embeddings(body))
        else:
            self._send(*_error(404, f"no route {self.path}"))


@pytest.fixture
def fake_openai():
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    """Run the fake server in the foreground: `python -m tests.fakeserver --port-file F [--die-on-chat]`."""
    import argparse
    import sys
    from pathlib import Path

    ap = argparse.ArgumentParser()
    ap.add_argument("--port-file", type=Path, required=True)
    ap.add_argument("--model", action="append", default=None)
    ap.add_argument("--die-on-chat", action="store_true")
    a = ap.parse_args(argv)
    server = FakeOpenAI(models=tuple(a.model or ["fake-model"]))
    server.die_on_chat = a.die_on_chat
    server.start()
    print(f"fakeserver: model loaded, listening on {server.base_url}", file=sys.stderr, flush=True)
    a.port_file.write_text(server.base_url.rsplit(":", 1)[1].split("/")[0])
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
