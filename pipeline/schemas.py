"""JSON Schemas and prompt templates, read from the repository's `prompts/` folder.

Schemas and prompts are data that reviewers edit without touching code, so they
live as files; `NOTICES_PROMPTS` points at another folder (a prompt
experiment) without a code change. Loads are cached per (folder, name): the
batch runner asks for the same schema once per notice and per thread.
"""
from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "prompts"


class SchemaError(ValueError):
    """An object that does not validate against a named schema; `errors` lists why."""

    def __init__(self, message: str, errors: list[str]):
        super().__init__(message)
        self.errors = errors


def prompts_dir() -> Path:
    return Path(os.environ.get("NOTICES_PROMPTS") or DEFAULT_DIR)


def load_schema(name: str) -> dict[str, Any]:
    return _load_schema(str(prompts_dir()), name)


@functools.lru_cache(maxsize=64)
def _load_schema(folder: str, name: str) -> dict[str, Any]:
    path = Path(folder) / f"{name}.schema.json"
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"no schema {name!r}: {path} does not exist (NOTICES_PROMPTS={folder})") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}: broken JSON at line {e.lineno} col {e.colno}") from None
    jsonschema.validators.validator_for(schema).check_schema(schema)
    return schema


@functools.lru_cache(maxsize=64)
def _validator(folder: str, name: str):
    schema = _load_schema(folder, name)
    return jsonschema.validators.validator_for(schema)(schema)


def schema_errors(obj: Any, schema_name: str) -> list[str]:
    v = _validator(str(prompts_dir()), schema_name)
    errors = sorted(v.iter_errors(obj), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:300]}" for e in errors]


def validate(obj: Any, schema_name: str) -> None:
    """Raise SchemaError naming every violation (the first 20) when obj does not validate."""
    errors = schema_errors(obj, schema_name)
    if errors:
        shown = "; ".join(errors[:20]) + (f"; … {len(errors) - 20} more" if len(errors) > 20 else "")
        raise SchemaError(f"{len(errors)} error(s) against schema {schema_name!r}: {shown}", errors)


def load_prompt(name: str) -> tuple[str, str]:
    """(template text, version) of the highest-numbered prompts/<name>.vN.md, e.g. 'summarize.v1'."""
    return _load_prompt(str(prompts_dir()), name)


@functools.lru_cache(maxsize=64)
def _load_prompt(folder: str, name: str) -> tuple[str, str]:
    found = []
    for p in Path(folder).glob(f"{name}.v*.md"):
        m = re.fullmatch(rf"{re.escape(name)}\.v(\d+)\.md", p.name)
        if m:
            found.append((int(m.group(1)), p))
    if not found:
        raise FileNotFoundError(f"no prompt {name!r}: no {name}.vN.md in {folder}")
    n, path = max(found)
    return path.read_text(encoding="utf-8"), f"{name}.v{n}"


def clear_caches() -> None:
    """Forget loaded files (tests that edit prompts or switch NOTICES_PROMPTS mid-process)."""
    _load_schema.cache_clear()
    _validator.cache_clear()
    _load_prompt.cache_clear()
