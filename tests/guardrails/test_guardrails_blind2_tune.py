"""The tune half of the issue-15 blind corpus (tests/guardrails/blind2/tune.yaml): the numbers reached,
pinned so that a regression shows. The held-out half is never read here (the lead runs it once).

Scoring as bench/guardrails_blind.py --corpus tune: every check runs on each draft as `afterview
check` would; a family fires on a warning or an error; `expect` is positive, `defensible` ignored.
"""

from __future__ import annotations

from functools import cache

import pytest
from blind2_corpus import Report, assert_family_holds, load, score

# (precision, recall) reached on tune.yaml for every family with >= 5 positives, and the pooled rest.
REACHED = {
    "length": (1.0, 1.0),
    "timing": (1.0, 1.0),
    "facts": (1.0, 1.0),
    "tone": (1.0, 1.0),
    "negativity": (1.0, 1.0),
    "grammar": (1.0, 1.0),
    "claims": (1.0, 1.0),
    # hs-ty-kai-tone-01 (labelled tone only) never thanks: "Talking about ... was SO much fun." Since issue 15's
    # LLM review a thank-you must thank, so its purpose error is right and the label's omission costs 1 FP.
    "purpose": (0.83, 1.0),
}
POOLED = (1.0, 1.0)


@cache
def tune() -> Report:
    return score(load("tune"))


def test_the_tune_half_is_the_corpus_we_tuned_on() -> None:
    items = load("tune")
    assert len(items) == 109 and len({i.id for i in items}) == 109
    assert sum(1 for i in items if not i.expect) == 46


@pytest.mark.parametrize("family", sorted(REACHED))
def test_family_precision_and_recall_hold(family: str) -> None:
    assert_family_holds(tune(), family, REACHED[family])


def test_small_families_pooled_hold() -> None:
    report = tune()
    assert set(report.pooled_families) >= {"placeholders", "personalization", "ai_tells"}
    ok = report.pooled.precision >= POOLED[0] and report.pooled.recall >= POOLED[1]
    assert ok, [m[:3] for m in report.misses if m[2] in report.pooled_families]


def test_clean_drafts_are_ready_and_unflagged() -> None:
    report = tune()
    assert report.clean_with_error == []
    assert len(report.clean_with_warning) <= report.clean // 10, report.clean_with_warning
