"""The blind3 corpus (tests/guardrails/blind3/): its split, and the numbers reached on its tune half.

The held-out half is never scored here: its hash is checked and its ids counted, nothing more (the one
scored run is bench/results/guardrails_blind3_heldout.txt). Scoring as bench/guardrails_blind.py
--corpus blind3-tune.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml
from blind2_corpus import HERE, POOL_BELOW, Report, load, score

ROOT = Path(__file__).resolve().parents[2]
BLIND3 = HERE.parent / "blind3"

# (precision, recall) reached on blind3/tune.yaml for every family with >= 5 positives, and the pooled rest.
REACHED = {
    "timing": (1.0, 1.0),
    "facts": (1.0, 1.0),
    "tone": (1.0, 1.0),
    "negativity": (0.85, 1.0),
    "grammar": (0.75, 1.0),
    "claims": (1.0, 1.0),
    "purpose": (1.0, 1.0),
}
POOLED = (0.9, 0.95)


@cache
def tune() -> Report:
    return score(load("tune", BLIND3), BLIND3)


def _ids_and_labels(name: str) -> list[tuple[str, str, tuple[str, ...]]]:
    items = yaml.safe_load((BLIND3 / f"{name}.yaml").read_text(encoding="utf-8"))["items"]
    return [(i["id"], i["notes"], tuple(i.get("expect") or ())) for i in items]


def test_the_split_is_pinned_and_covers_the_sealed_corpus_once() -> None:
    pinned = (ROOT / "bench" / "blind3_heldout.sha256").read_text().split()[0]
    assert hashlib.sha256((BLIND3 / "heldout.yaml").read_bytes()).hexdigest() == pinned
    whole = (ROOT / "bench" / "blind3.sha256").read_text().split()[0]
    assert hashlib.sha256((BLIND3 / "all.yaml").read_bytes()).hexdigest() == whole
    tune_ids = [i for i, _, _ in _ids_and_labels("tune")]
    held_ids = [i for i, _, _ in _ids_and_labels("heldout")]
    every = [i for i, _, _ in _ids_and_labels("all")]
    assert not set(tune_ids) & set(held_ids) and sorted(tune_ids + held_ids) == sorted(every)


def test_the_split_is_stratified_by_notes_file_and_family() -> None:
    halves = [_ids_and_labels("tune"), _ids_and_labels("heldout")]
    notes = [Counter(n for _, n, _ in h) for h in halves]
    families = [Counter(f for _, _, e in h for f in (e or ("clean",))) for h in halves]
    for a, b in (notes, families):
        for key in a.keys() | b.keys():
            assert abs(a[key] - b[key]) <= 2, (key, a[key], b[key])


@pytest.mark.parametrize("family", sorted(REACHED))
def test_family_precision_and_recall_hold_on_the_tune_half(family: str) -> None:
    t = tune().per_family[family]
    assert t.positives >= POOL_BELOW, f"{family} has {t.positives} positives: it is pooled now"
    precision, recall = REACHED[family]
    misses = [m[:3] for m in tune().misses if m[2] == family]
    assert t.precision >= precision and t.recall >= recall, misses


def test_small_families_pooled_hold_on_the_tune_half() -> None:
    report = tune()
    ok = report.pooled.precision >= POOLED[0] and report.pooled.recall >= POOLED[1]
    assert ok, [m[:3] for m in report.misses if m[2] in report.pooled_families]


def test_clean_tune_drafts_are_ready_and_unflagged() -> None:
    report = tune()
    assert report.clean_with_error == []
    assert len(report.clean_with_warning) <= report.clean // 10, report.clean_with_warning
