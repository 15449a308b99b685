"""kill -9 in the middle of an llm batch, then rerun: nothing finished is lost or asked again."""
import json
import os
import signal
import subprocess
import sys
import time

from pipeline.llm.cache import LLMCache
from tests.fakeserver import Reply

from .conftest import CORPUS, ROOT


def _run(out, cache, base_url):
    env = dict(os.environ, OPENAI_BASE_URL=base_url, OPENAI_API_KEY="sk-kill-test", NOTICES_MODEL="fake-model",
               NOTICES_CACHE=str(cache), NOTICES_TIMEOUT="10", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "pipeline.cli", "summarize", str(CORPUS), "--engine", "llm", "--workers", "1", "--out", str(out)]
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_during_llm_batch_then_rerun(tmp_path, fake_openai):
    reply = json.dumps({"issues": []})
    fake_openai.queue(*[Reply(content=reply, delay=0.25) for _ in range(200)])
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"

    first = _run(out, cache, fake_openai.base_url)
    deadline = time.monotonic() + 60
    while len(fake_openai.chat_requests) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    asked_first = len(fake_openai.chat_requests)
    with LLMCache(cache) as c:
        finished = len(c)
    assert 0 < finished <= asked_first

    second = _run(out, cache, fake_openai.base_url)
    _, err = second.communicate(timeout=240)
    assert second.returncode == 0, err.decode()
    asked_second = len(fake_openai.chat_requests) - asked_first
    with LLMCache(cache) as c:
        total_calls = len(c)
    # every call finished before the kill came from the cache; only the rest was asked
    assert asked_second == total_calls - finished
    lines = (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(l)["doc"] for l in lines) == sorted(p.stem for p in CORPUS.glob("*.txt"))
