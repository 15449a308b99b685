"""JSON Schemas and prompt templates, loaded by name from the package's prompts (see resources.py).

Schemas and prompts are data that reviewers edit without touching code, so they
live as files in `prompts/`; the `prompts` setting (NOTICES_PROMPTS / --prompts)
names a folder whose files replace packaged ones of the same name (a prompt
experiment) without a code change. Loads are cached per (override folder,
name): the batch runner asks for the same schema once per notice and per thread.
"""
from __future__ import annotations

import functools
import re
from typing import Any

import jsonschema

from . import resources
from .errors import SchemaError

__all__ = ["SchemaError", "clear_caches", "load_prompt", "load_schema", "schema_errors", "validate"]


def _folder() -> str:
    folder = resources.override_dir()
    return str(folder) if folder is not None else ""


def load_schema(name: str) -> dict[str, Any]:
    return _load_schema(_folder(), name)


@functools.lru_cache(maxsize=64)
def _load_schema(folder: str, name: str) -> dict[str, Any]:
    schema = resources.read_json("prompts", f"{name}.schema.json")
    jsonschema.validators.validator_for(schema).check_schema(schema)
    return schema


@functools.lru_cache(maxsize=64)
def _validator(folder: str, name: str):
    schema = _load_schema(folder, name)
    return jsonschema.validators.validator_for(schema)(schema)


def schema_errors(obj: Any, schema_name: str) -> list[str]:
    v = _validator(_folder(), schema_name)
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
    return _load_prompt(_folder(), name)


@functools.lru_cache(maxsize=64)
def _load_prompt(folder: str, name: str) -> tuple[str, str]:
    found = []
    for file in resources.names("prompts"):
        m = re.fullmatch(rf"{re.escape(name)}\.v(\d+)\.md", file)
        if m:
            found.append((int(m.group(1)), file))
    if not found:
        raise resources.DataError(f"no prompt {name!r}: no {name}.vN.md among the packaged prompts" + (f" or in {folder}" if folder else ""))
    n, file = max(found)
    return resources.read_text("prompts", file), f"{name}.v{n}"


def clear_caches() -> None:
    """Forget loaded files (tests that edit prompts or switch the override folder mid-process)."""
    _load_schema.cache_clear()
    _validator.cache_clear()
    _load_prompt.cache_clear()
