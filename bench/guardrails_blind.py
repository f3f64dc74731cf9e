"""Precision and recall of each guardrail family on the BLIND corpus (tests/guardrails/blind_corpus.yaml).

The blind corpus was written independently of the checks (from SPEC sections 2-4, the domain guide
and issue 3 only). Scoring follows bench/guardrails_quality.py: an item is predicted positive for a
family when that family's check returns a warning or an error; items of a family count for that
family; whole-draft `all` items (good) count as negatives for every family. Every miss is listed.

    .venv/bin/python bench/guardrails_blind.py                    # the old blind corpus (as above)
    .venv/bin/python bench/guardrails_blind.py --corpus tune      # tests/guardrails/blind2/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus heldout   # blind2's held-out half (spent)
    .venv/bin/python bench/guardrails_blind.py --corpus blind3-tune     # tests/guardrails/blind3/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind3-heldout  # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind5-tune     # tests/guardrails/blind5/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind5-heldout  # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind7-tune     # tests/guardrails/blind7/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind7-heldout  # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind8-tune     # tests/guardrails/blind8/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind8-heldout  # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind9-tune     # tests/guardrails/blind9/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind9-heldout  # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind10-tune     # tests/guardrails/blind10/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind10-heldout # spent
    .venv/bin/python bench/guardrails_blind.py --corpus blind11-tune     # tests/guardrails/blind11/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind11-heldout # spent: run once in stop 25
    .venv/bin/python bench/guardrails_blind.py --corpus blind12-tune     # tests/guardrails/blind12/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind12-heldout # spent: run once in stop 26
    .venv/bin/python bench/guardrails_blind.py --corpus blind13-tune     # tests/guardrails/blind13/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind13-heldout # spent: run once in stop 27
    .venv/bin/python bench/guardrails_blind.py --corpus blind14-tune     # tests/guardrails/blind14/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind14-heldout # spent: run once in stop 28
    .venv/bin/python bench/guardrails_blind.py --corpus blind15-tune     # tests/guardrails/blind15/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind15-heldout # spent: run once in stop 29
    .venv/bin/python bench/guardrails_blind.py --corpus blind16-tune     # tests/guardrails/blind16/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind16-heldout # spent: run once in stop 30
    .venv/bin/python bench/guardrails_blind.py --corpus blind17-tune     # tests/guardrails/blind17/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind17-heldout # spent: run once in stop 31
    .venv/bin/python bench/guardrails_blind.py --corpus blind18-tune     # tests/guardrails/blind18/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind18-heldout # spent: run once in stop 32
    .venv/bin/python bench/guardrails_blind.py --corpus blind19-tune     # tests/guardrails/blind19/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind19-heldout # spent: run once in stop 33
    .venv/bin/python bench/guardrails_blind.py --corpus blind20-tune     # tests/guardrails/blind20/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind20-heldout # spent: run once in stop 34
    .venv/bin/python bench/guardrails_blind.py --corpus blind21-tune     # tests/guardrails/blind21/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind21-heldout # spent: run once in stop 35
    .venv/bin/python bench/guardrails_blind.py --corpus blind22-tune     # tests/guardrails/blind22/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind22-heldout # spent: run once in stop 36
    .venv/bin/python bench/guardrails_blind.py --corpus blind23-tune     # tests/guardrails/blind23/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind23-heldout # spent: run once in stop 37
    .venv/bin/python bench/guardrails_blind.py --corpus blind24-tune     # tests/guardrails/blind24/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind24-heldout # spent: run once in stop 38
    .venv/bin/python bench/guardrails_blind.py --corpus blind25-tune     # tests/guardrails/blind25/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind25-heldout # spent: run once, at the end of stop 39
    .venv/bin/python bench/guardrails_blind.py --corpus blind26-tune     # tests/guardrails/blind26/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind26-heldout # spent: run before and once after stop 40
    .venv/bin/python bench/guardrails_blind.py --corpus blind27-tune     # tests/guardrails/blind27/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind27-heldout # spent: run before and once after stop 41
    .venv/bin/python bench/guardrails_blind.py --corpus blind28-tune     # tests/guardrails/blind28/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind28-heldout # spent: run before and once after stop 42
    .venv/bin/python bench/guardrails_blind.py --corpus blind29-tune     # tests/guardrails/blind29/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind29-heldout # spent: run before and once after stop 43
    .venv/bin/python bench/guardrails_blind.py --corpus blind30-all      # spent: run before and once after stop 44
    .venv/bin/python bench/guardrails_blind.py --corpus blind30-tune     # tests/guardrails/blind30/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind30-heldout # spent: its half of blind30-all in stop 44
    .venv/bin/python bench/guardrails_blind.py --corpus blind31-all      # spent: run before and once after stop 45
    .venv/bin/python bench/guardrails_blind.py --corpus blind31-tune     # tests/guardrails/blind31/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind31-heldout # spent: its half of blind31-all in stop 45
    .venv/bin/python bench/guardrails_blind.py --corpus blind32-all      # spent: run before and once after stop 46
    .venv/bin/python bench/guardrails_blind.py --corpus blind32-tune     # tests/guardrails/blind32/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind32-heldout # spent: its half of blind32-all in stop 46
    .venv/bin/python bench/guardrails_blind.py --corpus blind33-all      # spent: run before and once after stop 47
    .venv/bin/python bench/guardrails_blind.py --corpus blind33-tune     # tests/guardrails/blind33/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind33-heldout # spent: its half of blind33-all in stop 47
    .venv/bin/python bench/guardrails_blind.py --corpus blind34-all      # spent: run before and once after stop 48
    .venv/bin/python bench/guardrails_blind.py --corpus blind34-tune     # tests/guardrails/blind34/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind34-heldout # spent: its half of blind34-all in stop 48
    .venv/bin/python bench/guardrails_blind.py --corpus blind35-all      # spent: run before and once after stop 49
    .venv/bin/python bench/guardrails_blind.py --corpus blind35-tune     # tests/guardrails/blind35/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind35-heldout # spent: its half of blind35-all in stop 49
    .venv/bin/python bench/guardrails_blind.py --corpus blind36-all      # spent: run before and once after stop 50
    .venv/bin/python bench/guardrails_blind.py --corpus blind36-tune     # tests/guardrails/blind36/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind36-heldout # spent: its half of blind36-all in stop 50
    .venv/bin/python bench/guardrails_blind.py --corpus blind37-all      # spent: run before and once after stop 51
    .venv/bin/python bench/guardrails_blind.py --corpus blind37-tune     # tests/guardrails/blind37/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind37-heldout # spent: its half of blind37-all in stop 51
    .venv/bin/python bench/guardrails_blind.py --corpus blind38-all      # spent: run before and once after stop 52
    .venv/bin/python bench/guardrails_blind.py --corpus blind38-tune     # tests/guardrails/blind38/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind38-heldout # spent: its half of blind38-all in stop 52
    .venv/bin/python bench/guardrails_blind.py --corpus blind39-all      # spent: run before and once after stop 53
    .venv/bin/python bench/guardrails_blind.py --corpus blind39-tune     # tests/guardrails/blind39/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind39-heldout # spent: its half of blind39-all in stop 53
    .venv/bin/python bench/guardrails_blind.py --corpus blind40-all      # spent: run before and once after stop 54
    .venv/bin/python bench/guardrails_blind.py --corpus blind40-tune     # tests/guardrails/blind40/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind40-heldout # spent: its half of blind40-all in stop 54
    .venv/bin/python bench/guardrails_blind.py --corpus blind41-all      # spent: run before and once after stop 55
    .venv/bin/python bench/guardrails_blind.py --corpus blind41-tune     # tests/guardrails/blind41/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind41-heldout # spent: its half of blind41-all in stop 55
    .venv/bin/python bench/guardrails_blind.py --corpus blind42-all      # spent: run before and once after stop 56
    .venv/bin/python bench/guardrails_blind.py --corpus blind42-tune     # tests/guardrails/blind42/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind42-heldout # spent: its half of blind42-all in stop 56
    .venv/bin/python bench/guardrails_blind.py --corpus blind43-all      # spent: run before and once after stop 57
    .venv/bin/python bench/guardrails_blind.py --corpus blind43-tune     # tests/guardrails/blind43/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind43-heldout # spent: its half of blind43-all in stop 57
    .venv/bin/python bench/guardrails_blind.py --corpus blind44-all      # spent: run before and once after stop 58
    .venv/bin/python bench/guardrails_blind.py --corpus blind44-tune     # tests/guardrails/blind44/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind44-heldout # spent: its half of blind44-all in stop 58
    .venv/bin/python bench/guardrails_blind.py --corpus blind45-all      # spent: run before and once after stop 59
    .venv/bin/python bench/guardrails_blind.py --corpus blind45-tune     # tests/guardrails/blind45/tune.yaml
    .venv/bin/python bench/guardrails_blind.py --corpus blind45-heldout # spent: its half of blind45-all in stop 59

The blind2 corpus (issue 15) holds whole drafts, each with its notes, kind, recipient and send
time, labelled with the families that should fire (`expect`) and those whose firing is acceptable
(`defensible`). Every check runs on each draft as `afterview check` would; a family fires on a
warning or an error. Printed: per-family P/R/F1 (families with < 5 positives pooled), clean drafts
with an error / with a warning, and every miss. heldout.yaml's sha256 is in bench/heldout.sha256.
blind3, blind5, blind7 … blind45 (tests/guardrails/blind3/ … blind45/) have the same form;
bench/blind_split.py split each, and each held-out half's sha256 is in bench/NAME_heldout.sha256
(checked before the half is read).
"""

from __future__ import annotations

import argparse
import hashlib
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


PINS = {
    "heldout": "heldout.sha256",
    "blind3-heldout": "blind3_heldout.sha256",
    "blind5-heldout": "blind5_heldout.sha256",
    "blind7-heldout": "blind7_heldout.sha256",
    "blind8-heldout": "blind8_heldout.sha256",
    "blind9-heldout": "blind9_heldout.sha256",
    "blind10-heldout": "blind10_heldout.sha256",
    "blind11-heldout": "blind11_heldout.sha256",
    "blind12-heldout": "blind12_heldout.sha256",
    "blind13-heldout": "blind13_heldout.sha256",
    "blind14-heldout": "blind14_heldout.sha256",
    "blind15-heldout": "blind15_heldout.sha256",
    "blind16-heldout": "blind16_heldout.sha256",
    "blind17-heldout": "blind17_heldout.sha256",
    "blind18-heldout": "blind18_heldout.sha256",
    "blind19-heldout": "blind19_heldout.sha256",
    "blind20-heldout": "blind20_heldout.sha256",
    "blind21-heldout": "blind21_heldout.sha256",
    "blind22-heldout": "blind22_heldout.sha256",
    "blind23-heldout": "blind23_heldout.sha256",
    "blind24-heldout": "blind24_heldout.sha256",
    "blind25-heldout": "blind25_heldout.sha256",
    "blind26-heldout": "blind26_heldout.sha256",
    "blind27-heldout": "blind27_heldout.sha256",
    "blind28-heldout": "blind28_heldout.sha256",
    "blind29-heldout": "blind29_heldout.sha256",
    "blind30-all": "blind30.sha256",
    "blind30-heldout": "blind30_heldout.sha256",
    "blind31-all": "blind31.sha256",
    "blind31-heldout": "blind31_heldout.sha256",
    "blind32-all": "blind32.sha256",
    "blind32-heldout": "blind32_heldout.sha256",
    "blind33-all": "blind33.sha256",
    "blind33-heldout": "blind33_heldout.sha256",
    "blind34-all": "blind34.sha256",
    "blind34-heldout": "blind34_heldout.sha256",
    "blind35-all": "blind35.sha256",
    "blind35-heldout": "blind35_heldout.sha256",
    "blind36-all": "blind36.sha256",
    "blind36-heldout": "blind36_heldout.sha256",
    "blind37-all": "blind37.sha256",
    "blind37-heldout": "blind37_heldout.sha256",
    "blind38-all": "blind38.sha256",
    "blind38-heldout": "blind38_heldout.sha256",
    "blind39-all": "blind39.sha256",
    "blind39-heldout": "blind39_heldout.sha256",
    "blind40-all": "blind40.sha256",
    "blind40-heldout": "blind40_heldout.sha256",
    "blind41-all": "blind41.sha256",
    "blind41-heldout": "blind41_heldout.sha256",
    "blind42-all": "blind42.sha256",
    "blind42-heldout": "blind42_heldout.sha256",
    "blind43-all": "blind43.sha256",
    "blind43-heldout": "blind43_heldout.sha256",
    "blind44-all": "blind44.sha256",
    "blind44-heldout": "blind44_heldout.sha256",
    "blind45-all": "blind45.sha256",
    "blind45-heldout": "blind45_heldout.sha256",
}


def main_blind2(corpus: str) -> int:
    import blind2_corpus as b2

    name, _, half = corpus.rpartition("-")
    root = b2.HERE.parent / name if name else b2.HERE
    path = root / f"{half}.yaml"
    if corpus in PINS:
        pinned = (Path(__file__).parent / PINS[corpus]).read_text().split()[0]
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if pinned != actual:
            print(f"{path.name} does not match bench/{PINS[corpus]} ({actual} != {pinned})")
            return 2
    items = b2.load(half, root)
    report = b2.score(items, root)
    print(f"{root.name} corpus: {path} ({len(items)} items, {report.clean} clean)\n")
    print(f"{'family':<16}{'pos':>5}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>6}")
    for family, t in report.per_family.items():
        pooled = " (pooled)" if family in report.pooled_families else ""
        print(
            f"{family:<16}{t.positives:>5}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>11.2f}{t.recall:>8.2f}{t.f1:>6.2f}{pooled}"
        )
    p = report.pooled
    print(
        f"{'pooled (<5 pos)':<16}{p.positives:>5}{p.tp:>5}{p.fp:>5}{p.fn:>5}{p.precision:>11.2f}{p.recall:>8.2f}"
        f"{p.f1:>6.2f}  {', '.join(report.pooled_families)}"
    )
    for family, n in sorted(report.unchecked.items()):
        print(f"{family:<16}{n:>5}  positives not scored: no '{family}' check in this build")
    for family, n in sorted(report.unscored.items()):
        print(f"{family:<16}{n:>5}  positives not scored: '{family}' compares drafts, and each item is one draft")
    n = max(report.clean, 1)
    print(
        f"\nclean drafts with an error: {len(report.clean_with_error)}/{report.clean} "
        f"{report.clean_with_error}\nclean drafts with a warning: {len(report.clean_with_warning)}/{report.clean} "
        f"({len(report.clean_with_warning) / n:.0%}) {report.clean_with_warning}"
    )
    print(f"\nmisses ({len(report.misses)}):")
    for kind, item_id, family, findings in report.misses:
        print(f"  {kind} {item_id} [{family}]: {fmt(findings)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        choices=(
            "old",
            "tune",
            "heldout",
            "blind3-tune",
            "blind3-heldout",
            "blind5-tune",
            "blind5-heldout",
            "blind7-tune",
            "blind7-heldout",
            "blind8-tune",
            "blind8-heldout",
            "blind9-tune",
            "blind9-heldout",
            "blind10-tune",
            "blind10-heldout",
            "blind11-tune",
            "blind11-heldout",
            "blind12-tune",
            "blind12-heldout",
            "blind13-tune",
            "blind13-heldout",
            "blind14-tune",
            "blind14-heldout",
            "blind15-tune",
            "blind15-heldout",
            "blind16-tune",
            "blind16-heldout",
            "blind17-tune",
            "blind17-heldout",
            "blind18-tune",
            "blind18-heldout",
            "blind19-tune",
            "blind19-heldout",
            "blind20-tune",
            "blind20-heldout",
            "blind21-tune",
            "blind21-heldout",
            "blind22-tune",
            "blind22-heldout",
            "blind23-tune",
            "blind23-heldout",
            "blind24-tune",
            "blind24-heldout",
            "blind25-tune",
            "blind25-heldout",
            "blind26-tune",
            "blind26-heldout",
            "blind27-tune",
            "blind27-heldout",
            "blind28-tune",
            "blind28-heldout",
            "blind29-tune",
            "blind29-heldout",
            "blind30-all",
            "blind30-tune",
            "blind30-heldout",
            "blind31-all",
            "blind31-tune",
            "blind31-heldout",
            "blind32-all",
            "blind32-tune",
            "blind32-heldout",
            "blind33-all",
            "blind33-tune",
            "blind33-heldout",
            "blind34-all",
            "blind34-tune",
            "blind34-heldout",
            "blind35-all",
            "blind35-tune",
            "blind35-heldout",
            "blind36-all",
            "blind36-tune",
            "blind36-heldout",
            "blind37-all",
            "blind37-tune",
            "blind37-heldout",
            "blind38-all",
            "blind38-tune",
            "blind38-heldout",
            "blind39-all",
            "blind39-tune",
            "blind39-heldout",
            "blind40-all",
            "blind40-tune",
            "blind40-heldout",
            "blind41-all",
            "blind41-tune",
            "blind41-heldout",
            "blind42-all",
            "blind42-tune",
            "blind42-heldout",
            "blind43-all",
            "blind43-tune",
            "blind43-heldout",
            "blind44-all",
            "blind44-tune",
            "blind44-heldout",
            "blind45-all",
            "blind45-tune",
            "blind45-heldout",
        ),
        default="old",
    )
    args = parser.parse_args()
    if args.corpus != "old":
        return main_blind2(args.corpus)
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
