"""Precision and recall of each guardrail family on the BLIND corpus (tests/guardrails/blind_corpus.yaml).

The blind corpus was written independently of the checks (from SPEC sections 2-4, the domain guide
and issue 3 only). Scoring follows bench/guardrails_quality.py: an item is predicted positive for a
family when that family's check returns a warning or an error; items of a family count for that
family; whole-draft `all` items (good) count as negatives for every family. Every miss is listed.

    .venv/bin/python bench/guardrails_blind.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))

from guardrail_corpus import HERE, Item, load_corpus, score

CORPUS = HERE / "blind_corpus.yaml"


def load_blind(path: Path = CORPUS) -> list[Item]:
    return load_corpus(path)


def fmt(findings) -> str:
    if not findings:
        return "(no findings)"
    return "; ".join(f"{f.severity}:{f.code}: {f.message}" for f in findings)


def main() -> int:
    items = load_blind()
    print(f"blind corpus: {CORPUS} ({len(items)} items)\n")
    print(f"{'family':<16}{'bad':>5}{'good':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}")
    scores = score(items)
    for family, s in scores.items():
        print(s.row(family))
    tp, fp, fn = (sum(getattr(s, name) for s in scores.values()) for name in ("tp", "fp", "fn"))
    print(
        f"{'overall':<16}{'':>11}{tp:>5}{fp:>5}{fn:>5}{tp / (tp + fp) if tp + fp else 1:>11.2f}"
        f"{tp / (tp + fn) if tp + fn else 1:>8.2f}"
    )
    misses = [(kind, item_id, family, fmt(found)) for family, s in scores.items() for kind, item_id, found in s.misses]
    print(f"\nmisses ({len(misses)}):")
    for kind, item_id, family, findings in misses:
        print(f"  {kind} {item_id} [{family}]: {findings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
