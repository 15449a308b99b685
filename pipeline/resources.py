"""Files the code reads at run time: prompts, JSON Schemas and calibrated data, shipped in the package.

They are package data (`importlib.resources`), so an installed wheel finds them
wherever it runs. In a checkout the files stay where reviewers edit them —
`prompts/` and `evals/` at the top of the repository — and `pipeline/prompts`
and `pipeline/data/*.json` are links to them that the wheel build resolves
into copies. The `prompts` setting (NOTICES_PROMPTS / --prompts) names a
folder whose files replace the packaged ones of the same name, file by file (a
prompt experiment, a recalibrated threshold). A file found in neither place is
a DataError naming it: nothing falls back to a built-in value.
"""
from __future__ import annotations

import contextlib
import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Iterator

from .errors import DataError
from .settings import ENV, env_value

PACKAGES = {"prompts": "prompts", "data": "data"}  # kind -> folder inside the `pipeline` package

_override: list[Path | None] = []  # set for the length of one CLI command (the --prompts flag)


@contextlib.contextmanager
def overrides(folder: Path | None) -> Iterator[None]:
    """Use `folder` as the override folder inside the block (None: the environment decides)."""
    _override.append(folder)
    try:
        yield
    finally:
        _override.pop()


def override_dir() -> Path | None:
    if _override and _override[-1] is not None:
        return _override[-1]
    return env_value("prompts")


def packaged(kind: str) -> Traversable:
    return files("pipeline").joinpath(PACKAGES[kind])


def locate(kind: str, name: str) -> Traversable:
    """The file `name` of `kind` ('prompts' or 'data'): the override folder's copy, else the packaged one."""
    folder = override_dir()
    if folder is not None and (Path(folder) / name).is_file():
        return Path(folder) / name
    found = packaged(kind).joinpath(name)
    if not found.is_file():
        where = f"{folder} ({ENV['prompts']}) nor " if folder is not None else ""
        raise DataError(f"missing {kind} file {name!r}: not in {where}the package's {PACKAGES[kind]}/ ({found})")
    return found


def names(kind: str) -> set[str]:
    """Every file name available for `kind`, overrides included."""
    out = {p.name for p in packaged(kind).iterdir() if p.is_file()}
    folder = override_dir()
    if folder is not None and Path(folder).is_dir():
        out |= {p.name for p in Path(folder).iterdir() if p.is_file()}
    return out


def read_text(kind: str, name: str) -> str:
    path = locate(kind, name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"{path}: cannot read {kind} file ({e})") from None


def read_json(kind: str, name: str) -> Any:
    path = locate(kind, name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataError(f"{path}: broken JSON at line {e.lineno} col {e.colno}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"{path}: cannot read {kind} file ({e})") from None


def data_value(name: str, key: str) -> Any:
    """One field of a calibrated data file, e.g. data_value('abstain.json', 'threshold')."""
    obj = read_json("data", name)
    if not isinstance(obj, dict) or key not in obj:
        raise DataError(f"{locate('data', name)}: no field {key!r}")
    return obj[key]


def data_path(name: str) -> Path:
    """A real file path for a data file (callers that take a Path, e.g. the eval thresholds)."""
    found = locate("data", name)
    if isinstance(found, Path):
        return found
    raise DataError(f"{found}: the package is not installed as files (a zip import); set {ENV['prompts']} to a folder holding {name}")
