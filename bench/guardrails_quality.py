"""Precision and recall of each guardrail family on the labelled corpus (tests/guardrails/corpus.yaml).

An item is predicted positive for a family when that family's check returns a warning or an
error. Items of a family count for that family; the whole-draft `all` items (good) count as
negatives for every family. Holdout items (written after the rules) are also reported alone.

    .venv/bin/python bench/guardrails_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))

from guardrail_corpus import Item, load_corpus, score

TARGET = 0.9


def table(title: str, items: list[Item]) -> bool:
    print(f"\n{title} ({len(items)} items)")
    print(f"{'family':<16}{'bad':>5}{'good':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}")
    ok = True
    for family, s in score(items).items():
        if s.tp + s.fn + s.fp + s.tn == 0:
            continue
        ok &= s.precision >= TARGET and s.recall >= TARGET
        print(s.row(family))
    return ok


def main() -> int:
    corpus = load_corpus()
    ok = table("all items", corpus)
    table("holdout only", [i for i in corpus if i.holdout] + [i for i in corpus if i.family == "all"])
    print(f"\ntarget: precision and recall >= {TARGET} per family on all items: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
