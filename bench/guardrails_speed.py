"""Time the guardrail stage: cold start (fresh process) and warm ms per draft, whole stage and Harper alone.

.venv/bin/python bench/guardrails_speed.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "guardrails"))
TARGET_MS = 20.0
ROUNDS = 20

COLD = """
import time, sys, json
sys.path.insert(0, {corpus!r})
t0 = time.perf_counter()
import afterview.guardrails as g
t1 = time.perf_counter()
from guardrail_corpus import load_corpus, build
item = next(i for i in load_corpus() if i.id == "all-good-dana")
draft, ctx = build(item)
t2 = time.perf_counter()
g.check_draft(draft, ctx)
t3 = time.perf_counter()
print(json.dumps({{"import_ms": (t1 - t0) * 1000, "first_draft_ms": (t3 - t2) * 1000}}))
"""


def cold() -> dict[str, float]:
    runs = []
    for _ in range(3):
        code = COLD.format(corpus=str(ROOT / "tests" / "guardrails"))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        runs.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def warm() -> tuple[float, float, int, float]:
    from guardrail_corpus import build, load_corpus

    from afterview.guardrails import check_draft
    from afterview.guardrails.grammar.harper_engine import HarperEngine
    from afterview.guardrails.support import dictionary_words
    from afterview.limits import word_count

    drafts = [build(i) for i in load_corpus() if i.family == "all"]
    harper = HarperEngine()
    for draft, ctx in drafts:  # warm up: linter, VADER, dictionary words
        check_draft(draft, ctx)
    stage, alone = [], []
    for _ in range(ROUNDS):
        for draft, ctx in drafts:
            t = time.perf_counter()
            check_draft(draft, ctx)
            stage.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            harper.check(draft.body, dictionary_words(ctx.notes))
            alone.append((time.perf_counter() - t) * 1000)
    words = statistics.mean(word_count(d.body) for d, _ in drafts)
    return statistics.median(stage), statistics.median(alone), len(drafts), words


def main() -> int:
    c = cold()
    stage, alone, n, words = warm()
    print(
        f"cold: import afterview.guardrails {c['import_ms']:.0f} ms; first draft (builds Harper, loads "
        f"VADER) "
        f"{c['first_draft_ms']:.0f} ms"
    )
    print(f"warm: {n} whole drafts (mean {words:.0f} words) x {ROUNDS} rounds")
    print(f"  whole stage  median {stage:.1f} ms/draft")
    print(f"  Harper alone median {alone:.1f} ms/draft")
    ok = stage <= TARGET_MS
    print(f"target <= {TARGET_MS:.0f} ms/draft warm: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
