#!/usr/bin/env bash
# Stop the local LLM server started by scripts/local-llm.sh and remove
# .local-llm/env.  Safe to run when nothing is running.
set -euo pipefail

LLM_HOME="${NOTICES_LLM_HOME:-$HOME/.cache/notices-llm}"
PIDFILE="$LLM_HOME/server.pid"
PORTFILE="$LLM_HOME/server.port"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
ENV_FILE="$REPO_ROOT/.local-llm/env"

say() { printf 'stop-local-llm: %s\n' "$*"; }
die() { printf 'stop-local-llm: ERROR: %s\n' "$*" >&2; exit 1; }

if [ -f "$PIDFILE" ]; then
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        # Make sure the pid still belongs to our server before signalling it.
        if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "llama_cpp.server"; then
            rm -f "$PIDFILE" "$PORTFILE"
            die "pid $pid from $PIDFILE is not llama_cpp.server; removed the stale pid file, killed nothing"
        fi
        say "stopping llama_cpp.server (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            say "still alive after 10 s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
        kill -0 "$pid" 2>/dev/null && die "could not stop pid $pid"
        say "stopped"
    else
        say "no running server (stale pid file removed)"
    fi
    rm -f "$PIDFILE" "$PORTFILE"
else
    say "no pid file at $PIDFILE; nothing to stop"
fi

if [ -f "$ENV_FILE" ]; then
    rm -f "$ENV_FILE"
    rmdir "$(dirname "$ENV_FILE")" 2>/dev/null || true
    say "removed $ENV_FILE"
fi
