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

from guardrail_corpus import FAMILIES, Item, build, flagged, load_corpus

TARGET = 0.9


def scores(items: list[Item]) -> dict[str, tuple[int, int, int, int]]:
    """family -> (tp, fp, fn, tn)"""
    out = {}
    for family, check in FAMILIES.items():
        tp = fp = fn = tn = 0
        for item in items:
            if item.family not in (family, "all"):
                continue
            draft, ctx = build(item)
            predicted = bool(flagged(check(draft, ctx)))
            actual = item.label == "bad" and item.family == family
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
            tn += not predicted and not actual
        out[family] = (tp, fp, fn, tn)
    return out


def table(title: str, items: list[Item]) -> bool:
    print(f"\n{title} ({len(items)} items)")
    print(f"{'family':<16}{'bad':>5}{'good':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}")
    ok = True
    for family, (tp, fp, fn, tn) in scores(items).items():
        if tp + fn + fp + tn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        ok &= precision >= TARGET and recall >= TARGET
        print(f"{family:<16}{tp + fn:>5}{fp + tn:>6}{tp:>5}{fp:>5}{fn:>5}{precision:>11.2f}{recall:>8.2f}")
    return ok


def main() -> int:
    corpus = load_corpus()
    ok = table("all items", corpus)
    table("holdout only", [i for i in corpus if i.holdout] + [i for i in corpus if i.family == "all"])
    print(f"\ntarget: precision and recall >= {TARGET} per family on all items: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
