"""`notices summarize` over many notices: worker threads, streamed output, one failure never stops the rest."""
from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .corpus import LoadError, load
from .errors import user_message
from .summarize import summarize_extractive
from .summary import NoticeSummary
from .summary_llm import summarize_llm
from .types import Document


@dataclass
class BatchReport:
    summaries: list[NoticeSummary] = field(default_factory=list)  # input order
    errors: list[str] = field(default_factory=list)  # one line each: "doc or path: reason"
    engine: str = "extractive"
    notices: int = 0  # notices loaded (summarized or failed)
    seconds: float = 0.0
    usage: Any = None  # llm.provider.Usage for the llm engine
    files: list[Path] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 all done, 3 partial (some inputs failed), 1 nothing summarized."""
        if not self.errors:
            return 0
        return 3 if self.summaries else 1

    def summary_line(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        line = f"summarized {len(self.summaries)} notice(s) ({self.engine}) in {self.seconds:.1f} s{failed}"
        return line + (f"; {self.usage.summary()}" if self.usage is not None else "")


class _NotAttempted(Exception):
    """A queued notice skipped because the endpoint was already found unreachable."""


def _one_line(e: BaseException) -> str:
    """One notice's failure in a batch; an OSError's message names the file already."""
    return (" ".join(str(e).split()) if isinstance(e, OSError) else user_message(e))[:400]


def run_batch(paths: list[Path], settings, *, engine: str | None = None, workers: int | None = None,
              out_dir: Path | None = None, on_result: Callable[[NoticeSummary], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              progress: Callable[[int, int], None] | None = None, provider=None) -> BatchReport:
    """Summarize every notice under `paths` with `workers` threads; one failure never stops the rest.

    With out_dir, summaries.jsonl gets each summary as it finishes (flushed, so a
    killed run keeps them; the LLM cache makes the rerun skip their calls), and is
    rewritten in input order at the end with digest.md and report.html beside it.
    Callbacks run on the calling thread: on_result(summary), on_error(line),
    progress(done, total).
    """
    t0 = time.perf_counter()
    engine = engine or settings.engine
    if engine not in ("extractive", "llm"):
        raise ValueError(f"engine must be 'extractive' or 'llm', got {engine!r}")
    workers = max(1, int(workers or settings.workers or 1))
    rep = BatchReport(engine=engine)

    def fail(line: str) -> None:
        rep.errors.append(line)
        if on_error:
            on_error(line)

    docs: list[Document] = []
    for item in load([Path(p) for p in paths]):
        if isinstance(item, LoadError):
            fail(str(item))
        else:
            docs.append(item)
    rep.notices = len(docs)
    own_provider = provider is None and engine == "llm" and bool(docs)
    if own_provider:
        from .llm.provider import make_provider

        provider = make_provider(settings)
    if provider is not None:
        rep.usage = provider.usage
    summarize_one = (lambda d: summarize_llm(d, provider)) if engine == "llm" else summarize_extractive
    # Set by the worker that finds the endpoint unreachable, before any other notice starts: cancelling
    # queued futures from this thread alone raced the workers, which had already taken the next ones.
    unreachable = threading.Event()

    def work(d: Document) -> NoticeSummary:
        if unreachable.is_set():
            raise _NotAttempted
        try:
            return summarize_one(d)
        except Exception as e:
            if getattr(e, "unreachable", False):
                unreachable.set()
            raise

    results: list[NoticeSummary | None] = [None] * len(docs)
    stream = None
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        stream = open(out_dir / "summaries.jsonl", "w", encoding="utf-8")
    ex = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarize")
    interrupted = False
    not_attempted = 0
    try:
        futures = {ex.submit(work, d): k for k, d in enumerate(docs)}
        for done, fut in enumerate(as_completed(futures), 1):
            k = futures[fut]
            if fut.cancelled():
                not_attempted += 1
                continue
            try:
                s = fut.result()
            except _NotAttempted:
                not_attempted += 1
            except Exception as e:  # noqa: BLE001 - one notice's failure is reported, the batch goes on
                fail(f"{docs[k].id}: {_one_line(e)}")
                if getattr(e, "unreachable", False):
                    # every queued notice would fail the same way after its retries
                    for f in futures:
                        f.cancel()
            else:
                results[k] = s
                if stream:
                    stream.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
                    stream.flush()
                if on_result:
                    on_result(s)
            if progress:
                progress(done, len(docs))
    except BaseException:
        interrupted = True  # Ctrl-C: drop queued notices; calls in flight still land in the cache
        raise
    finally:
        ex.shutdown(wait=not interrupted, cancel_futures=interrupted)
        if stream:
            stream.close()
        if own_provider and getattr(provider, "cache", None) is not None:
            provider.cache.close()
    if not_attempted:
        fail(f"stopped: the LLM endpoint could not be reached, {not_attempted} notice(s) not attempted (rerun to continue)")
    rep.summaries = [s for s in results if s is not None]
    if out_dir is not None:
        rep.files = write_outputs(out_dir, rep.summaries, {d.id: d.text for d in docs})
    rep.seconds = time.perf_counter() - t0
    return rep


def write_outputs(out_dir: Path, summaries: list[NoticeSummary], texts: dict[str, str]) -> list[Path]:
    """summaries.jsonl, digest.md and report.html, each replacing its old copy only once written."""
    from .report import digest_markdown, render_html

    printed = [s.to_dict() for s in summaries]  # the report renders the printed (schema) form
    items = [(s, texts[s["doc"]]) for s in printed]
    files = []
    for name, body in (("summaries.jsonl", "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in printed)),
                       ("digest.md", digest_markdown(items)),
                       ("report.html", render_html(items))):
        path = out_dir / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(body, encoding="utf-8")
        os.replace(tmp, path)  # never a half-written file where a finished one was
        files.append(path)
    return files
