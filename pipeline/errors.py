"""Every failure the user is meant to read: one base class, one line each.

A `NoticesError`'s message is what the CLI prints (after `error: `), so it names
the file or setting at fault and what to do. Anything else that escapes is a
bug or a library failure and is printed with its type name. The classes keep
their historical names (and stay importable from the modules that raise them).
"""
from __future__ import annotations


class NoticesError(Exception):
    """Base class: the message is meant for the user."""


class SettingsError(NoticesError, ValueError):
    """A flag, environment variable or command-line argument that cannot be used."""


class DataError(NoticesError, FileNotFoundError):
    """A prompt, schema or calibrated data file that is missing or unreadable; the message names it."""

    def __str__(self) -> str:  # OSError would add errno formatting
        return str(self.args[0]) if self.args else ""


class DecodeError(NoticesError, ValueError):
    """Notice bytes that cannot be decoded; the message says why."""


class SpanError(NoticesError, ValueError):
    """A span whose text is not what the document holds at its offsets."""


class SchemaError(NoticesError, ValueError):
    """An object that does not validate against a named schema; `errors` lists why."""

    def __init__(self, message: str, errors: list[str]):
        super().__init__(message)
        self.errors = errors


class IndexError_(NoticesError, RuntimeError):
    """The index directory cannot be used; the message says why and what to do."""


class LLMError(NoticesError, RuntimeError):
    """A failed LLM call, with a one-line message fit for the CLI."""

    # True when the endpoint could not be reached at all: a batch stops instead
    # of failing every remaining item the same way after its retries.
    unreachable: bool = False


class LLMSchemaError(LLMError):
    """The model's reply did not validate even after repair and one re-ask."""

    def __init__(self, message: str, errors: list[str], raw: str = ""):
        super().__init__(message)
        self.errors = errors
        self.raw = raw


def squeeze(text: str, limit: int = 300) -> str:
    """Text on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(e: BaseException) -> str:
    """`Type: message` of an exception from a library, squeezed onto one line."""
    msg = " ".join(str(e).split())
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def user_message(e: BaseException) -> str:
    """What the user reads: a NoticesError's own message, anything else with its type name."""
    return " ".join(str(e).split()) if isinstance(e, NoticesError) else one_line(e)
