"""The tune half of the sealed blind5 corpus (tests/guardrails/blind5/tune.yaml): the numbers reached, pinned so
that a regression shows. Only tune.yaml is read here; the held-out half and all.yaml are never opened (the lead
scores the held-out half once, with bench/guardrails_blind.py --corpus blind5-heldout)."""

from __future__ import annotations

from functools import cache

import pytest
from blind2_corpus import HERE, Report, assert_family_holds, load, score

BLIND5 = HERE.parent / "blind5"

# (precision, recall) reached on blind5/tune.yaml for every family with >= 5 positives, and the pooled rest.
REACHED = {
    "placeholders": (1.0, 1.0),
    "timing": (1.0, 1.0),
    "personalization": (1.0, 1.0),
    "facts": (1.0, 1.0),
    "tone": (1.0, 1.0),
    "negativity": (1.0, 1.0),
    "grammar": (0.85, 1.0),
    "ai_tells": (1.0, 1.0),
    "claims": (1.0, 1.0),
    "purpose": (0.83, 1.0),
    "fluency": (0.85, 1.0),
}
POOLED = (1.0, 1.0)


@cache
def tune() -> Report:
    return score(load("tune", BLIND5), BLIND5)


def test_the_tune_half_is_the_one_we_tuned_on() -> None:
    items = load("tune", BLIND5)
    assert len(items) == 93 and len({i.id for i in items}) == 93
    assert sum(1 for i in items if not i.expect) == 37


@pytest.mark.parametrize("family", sorted(REACHED))
def test_family_precision_and_recall_hold(family: str) -> None:
    assert_family_holds(tune(), family, REACHED[family])


def test_pooled_families_hold() -> None:
    p = tune().pooled
    assert p.precision >= POOLED[0] and p.recall >= POOLED[1]


def test_clean_drafts_stay_clean() -> None:
    report = tune()
    assert report.clean_with_error == [] and report.clean_with_warning == []
