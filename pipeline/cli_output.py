"""What the commands print: JSON lines, progress bars on stderr, and the batch mode of search and ask."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import typer

from .cli_options import err
from .errors import SettingsError, user_message
from .settings import Settings


def progress_bar(description: str, settings: Settings, per_task: bool = False):
    """A bar on stderr when it is a terminal (or --progress / NOTICES_PROGRESS); per_task shows each task's name."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn(description + (": {task.description}" if per_task else "")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True, console=_stderr_console(), disable=not sys.stderr.isatty() and not settings.progress,
    )


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def dumps(obj) -> str:
    """One JSON line; line separators inside strings are escaped so any line reader splits correctly."""
    return (json.dumps(obj, ensure_ascii=False)
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085"))


def read_questions(path: Path) -> Iterator[tuple[dict | None, str | None]]:
    """(question, None) per good line, (None, error) per bad one; a bad line never stops the batch."""
    try:
        # split on \n only: JSON written with ensure_ascii=False may hold U+2028 inside a line
        lines = path.read_bytes().decode("utf-8-sig").split("\n")
    except OSError as e:
        raise SettingsError(f"{path}: cannot read questions file: {e.strerror}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: questions file is not UTF-8") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            yield None, f"{path}:{n}: broken JSON ({e.msg}); line skipped"
            continue
        if not isinstance(q, dict) or not isinstance(q.get("question"), str) or not q["question"].strip():
            yield None, f"{path}:{n}: missing field 'question'; line skipped"
            continue
        q.setdefault("id", f"line{n}")
        yield q, None


def answer_lines(path: Path, answer) -> int:
    """Batch mode: one JSON line out per good question line in; returns how many lines were bad."""
    bad = 0
    for q, problem in read_questions(path):
        if problem:
            err(problem)
            bad += 1
            continue
        try:
            typer.echo(dumps(answer(q)))
        except Exception as e:  # noqa: BLE001 - one question's failure is reported, the batch goes on
            if getattr(e, "unreachable", False):
                raise  # every later question would fail the same way; answers printed so far stand
            err(f"{q['id']}: {user_message(e)[:400]}")
            bad += 1
    return bad


def open_retriever(text: str | None, questions: Path | None, name: str, settings: Settings):
    """The index opened for one QUERY/QUESTION or a --questions batch; neither is a usage error."""
    from .retrieve import Retriever

    if (text is None or not text.strip()) and questions is None:
        raise SettingsError(f"give a non-empty {name} or --questions FILE.jsonl")
    return Retriever(settings.index, settings.chroma_url, settings)
