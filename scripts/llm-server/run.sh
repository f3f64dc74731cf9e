#!/usr/bin/env bash
# Run the llama-server installed by setup.sh on 127.0.0.1 (foreground; Ctrl-C stops it).
#
#   scripts/llm-server/run.sh                   # port 8080
#   PORT=9000 scripts/llm-server/run.sh         # another port (8080 is llama-server's own default, where `afterview doctor` looks)
#
# Then, in another shell:
#   export OPENAI_BASE_URL=http://127.0.0.1:8080/v1 AFTERVIEW_MODEL=qwen2.5-coder-1.5b-instruct-q4_k_m
#   afterview fixtures record fixtures/examples/*.yaml --fixtures fixtures/llm --now 2026-11-24T16:00 \
#       --base-url "$OPENAI_BASE_URL" --model "$AFTERVIEW_MODEL" --server llama.cpp \
#       --model-file .llm/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf --server-binary .llm/bin/llama-server
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LLM_DIR="${LLM_DIR:-$ROOT/.llm}"
BIN="$LLM_DIR/bin/llama-server"
MODEL="$LLM_DIR/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
ALIAS="${ALIAS:-qwen2.5-coder-1.5b-instruct-q4_k_m}"
PORT="${PORT:-8080}"
THREADS="${THREADS:-$(nproc 2>/dev/null || echo 2)}"

[ -x "$BIN" ] && [ -f "$MODEL" ] || { echo "llama-server or the model is missing: run scripts/llm-server/setup.sh" >&2; exit 1; }
exec "$BIN" -m "$MODEL" --alias "$ALIAS" --host 127.0.0.1 --port "$PORT" -c 4096 -np 1 -t "$THREADS" --no-webui
