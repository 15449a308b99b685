"""What `summarize --engine llm` costs and keeps: calls, tokens, seconds per notice, and how many
issue summaries the model's reply gave (accepted) or the checks replaced by the extract.

The real endpoint from the environment (OPENAI_BASE_URL, NOTICES_MODEL), the call cache off
so every call is made; one notice at a time (what `notices eval` does).

    .venv/bin/python bench/summary_cost.py [--docs huizhou-xuncha-2021,...] [--code DIR] [--out FILE]

`--code DIR` imports `pipeline` from another checkout (e.g. one with the previous prompt), to
measure before and after on the same machine and model.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parent / "corpus")
    ap.add_argument("--docs", default="", help="comma-separated notice ids (default: all)")
    ap.add_argument("--code", type=Path, default=HERE.parent, help="the checkout whose pipeline is measured")
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(a.code.resolve()))
    from benchlib import load_now, machine

    from pipeline.corpus import LoadError, load
    from pipeline.llm.provider import make_provider
    from pipeline.schemas import schema_errors
    from pipeline.settings import load_settings
    from pipeline.summarize import summarize_extractive
    from pipeline.summary_llm import summarize_llm

    import pipeline

    s = load_settings(no_cache=True)
    want = [x for x in a.docs.split(",") if x]
    docs = [d for d in load([a.corpus]) if not isinstance(d, LoadError) and (not want or d.id in want)]
    provider = make_provider(s)
    rows, start = [], load_now()
    for d in docs:
        before = provider.usage.as_dict()
        t0 = time.perf_counter()
        err = None
        try:
            out = summarize_llm(d, provider).to_dict()
        except Exception as e:  # noqa: BLE001 - reported, the rest measured
            err, out = f"{type(e).__name__}: {' '.join(str(e).split())[:300]}", None
        secs = time.perf_counter() - t0
        after = provider.usage.as_dict()
        row = {"doc": d.id, "seconds": round(secs, 1),
               **{k: after[k] - before[k] for k in ("calls", "retries", "prompt_tokens", "completion_tokens")}}
        if out is None:
            row["error"] = err
        else:
            ext = summarize_extractive(d).to_dict()
            flags = out["flags"]
            row |= {
                "schema_valid": not schema_errors(out, "notice_summary"),
                "issues": len(out["issues"]),
                "accepted": sum(i["summary_span"] is None for i in out["issues"]),
                "replaced_by_checks": sum("replaced" in f for f in flags),
                "not_in_reply": sum(len(f.split(" for ", 1)[1].split(";")[0].split(", "))
                                    for f in flags if f.startswith("no summary in the reply")),
                "rejected_ids": sum(f.startswith("rejected") for f in flags),
                "figure_ids_kept": sum(len(m["figure_ids"]) for i in out["issues"] for m in i["measures"]),
                "figure_ids_extractive": sum(len(m["figure_ids"]) for i in ext["issues"] for m in i["measures"]),
                "summaries_sample": [i["summary"] for i in out["issues"][:3]],
                "flags_sample": flags[:5],
            }
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    tot = {k: sum(r.get(k, 0) for r in rows) for k in ("seconds", "calls", "retries", "prompt_tokens", "completion_tokens",
                                                        "issues", "accepted", "replaced_by_checks", "not_in_reply",
                                                        "rejected_ids", "figure_ids_kept", "figure_ids_extractive")}
    from pipeline.schemas import load_prompt

    report = {"bench": "summary_cost", "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "code": str(Path(pipeline.__file__).parent.parent), "prompt_version": load_prompt("summarize")[1],
              "model": s.model, "machine": machine(), "load_start": start, "load_end": load_now(),
              "schema_valid": f"{sum(bool(r.get('schema_valid')) for r in rows)}/{len(rows)}",
              "totals": {k: round(v, 1) for k, v in tot.items()}, "per_notice": rows}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
