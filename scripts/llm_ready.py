#!/usr/bin/env python3
"""Is an OpenAI-compatible server really able to answer? A one-token chat completion says.

`GET /v1/models` answering proves only that the HTTP layer is up: a llama.cpp
build with instructions the CPU mishandles (AMX) listed its model and then died
on the first completion. This asks for one token and, when that fails, says why
in one line and shows the last lines of the server log.

    python scripts/llm_ready.py --base-url http://127.0.0.1:8765/v1 --model M \
        [--pid PID] [--log server.log] [--timeout 300] [--speed speed.json]

`--speed FILE` also measures prompt-reading and generation speed (tokens/s) of
the server with two timed completions and writes them as JSON.
Standard library only: it runs with any python3, before the project is installed.
Exit status: 0 ready, 1 not ready (the reason on stderr).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

# ~450 prompt tokens of varied Chinese text: long enough to time prompt reading
_PROMPT_TEXT = "".join(
    f"第{i}项:某县开展专项检查{i * 7}次,整改问题{i * 3 + 1}个,追回资金{i * 11.5:.1f}万元,"
    f"新建管网{i * 0.8:.1f}公里。" for i in range(1, 19)
)


class NotReady(Exception):
    pass


def _alive(pid: int | None) -> bool:
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie (exited, not yet reaped by its parent) is not alive either
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return True


def log_tail(log: Path | None, n: int = 20) -> str:
    if log is None or not log.exists():
        return ""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()[-n:]
    return "\n".join(f"    {line}" for line in lines)


def chat(base_url: str, model: str, content: str, max_tokens: int, timeout: float) -> tuple[dict, float]:
    body = json.dumps({
        "model": model, "max_tokens": max_tokens, "temperature": 0,
        "messages": [{"role": "user", "content": content}],
    }).encode()
    req = urllib.request.Request(base_url.rstrip("/") + "/chat/completions", data=body,
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer local"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        data = json.loads(r.read().decode())
    return data, time.perf_counter() - t0


def check(base_url: str, model: str, timeout: float, pid: int | None = None) -> dict:
    """One real one-token completion; NotReady with the reason otherwise."""
    try:
        data, _ = chat(base_url, model, "回答一个字:好", 1, timeout)
    except urllib.error.HTTPError as e:
        detail = e.read().decode(errors="replace")[:300]
        raise NotReady(f"the server answered HTTP {e.code} to a one-token chat completion: {detail}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        reason = getattr(e, "reason", e)
        # a crashing server closes its socket a moment before it exits: give it that moment to be seen dead
        deadline = time.time() + 3
        while pid is not None and _alive(pid) and time.time() < deadline:
            time.sleep(0.05)
        if not _alive(pid):
            raise NotReady(f"the server (pid {pid}) died while answering a one-token chat completion ({reason})") from None
        raise NotReady(f"a one-token chat completion failed: {reason}") from None
    except json.JSONDecodeError:
        raise NotReady("the server's reply to a one-token chat completion is not JSON") from None
    if not data.get("choices"):
        raise NotReady(f"the server's reply to a one-token chat completion has no choices: {str(data)[:200]}")
    return data


def speed(base_url: str, model: str, timeout: float) -> dict:
    """Prompt reading and generation, tokens per second, from two timed completions.

    Prompt speed: a long prompt, one token out. Generation speed: a short prompt,
    64 tokens out, less the time a one-token answer to the same prompt takes.
    The prompts are new to the server (a run-unique prefix): no earlier cache helps.
    """
    tag = f"[{time.time_ns()}]"
    long_reply, t_long = chat(base_url, model, tag + _PROMPT_TEXT + "以上共几项?", 1, timeout)
    p_tokens = long_reply.get("usage", {}).get("prompt_tokens") or 0
    short = tag + "请用中文写一段关于基层治理的说明,不少于一百字。"
    # the same prompt three times: the first reads it, the next two find it in the server's prompt
    # cache, so their difference is the 63 extra tokens alone (a new prompt for the 64-token call
    # made the difference negative on a busy machine: reading varies more than generating)
    chat(base_url, model, short, 1, timeout)
    _, t_one = chat(base_url, model, short, 1, timeout)
    gen_reply, t_gen = chat(base_url, model, short, 64, timeout)
    g_tokens = gen_reply.get("usage", {}).get("completion_tokens") or 0
    gen_time = t_gen - t_one
    measured = g_tokens > 1 and gen_time > 0.05  # else too noisy to say: reported as not measured
    return {
        "prompt_tokens": p_tokens, "prompt_seconds": round(t_long, 3),
        "prompt_tokens_per_s": round(p_tokens / t_long, 1) if t_long else None,
        "generated_tokens": g_tokens, "generation_seconds": round(gen_time, 3),
        "generation_tokens_per_s": round((g_tokens - 1) / gen_time, 1) if measured else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--pid", type=int, default=None, help="the server's process id, to tell a crash from a slow answer")
    ap.add_argument("--log", type=Path, default=None, help="the server's log, whose last lines are shown on failure")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--speed", type=Path, default=None, help="also measure tokens/s and write them here as JSON")
    a = ap.parse_args(argv)
    try:
        check(a.base_url, a.model, a.timeout, a.pid)
        if a.speed:
            s = speed(a.base_url, a.model, a.timeout)
            a.speed.write_text(json.dumps(s, indent=2) + "\n", encoding="utf-8")
            print(f"prompt {s['prompt_tokens_per_s']} tokens/s, generation {s['generation_tokens_per_s']} tokens/s")
    except NotReady as e:
        tail = log_tail(a.log)
        msg = f"not ready: {e}"
        if tail:
            msg += f"\n---- last lines of {a.log} ----\n{tail}"
        print(msg, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
