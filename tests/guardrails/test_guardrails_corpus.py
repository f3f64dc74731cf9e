"""Every labelled corpus item gets exactly the verdict its label says (real Harper and VADER, no mocks)."""

from __future__ import annotations

import pytest
from guardrail_corpus import FAMILIES, flagged, load_corpus, run

CORPUS = load_corpus()


def test_corpus_is_big_enough_and_balanced() -> None:
    assert len(CORPUS) >= 60
    assert len({i.id for i in CORPUS}) == len(CORPUS)
    for family in FAMILIES:
        labels = [i.label for i in CORPUS if i.family == family]
        assert labels.count("bad") >= 4 and labels.count("good") >= 3, family


@pytest.mark.parametrize("item", [i for i in CORPUS if i.label == "bad"], ids=lambda i: i.id)
def test_bad_item_is_caught(item) -> None:  # type: ignore[no-untyped-def]
    findings = run(item)  # an expected info finding (advice) is looked for among all; the rest must be flagged
    found = {(f.code, f.severity) for f in (*flagged(findings), *(f for f in findings if f.severity == "info"))}
    for code, severity in item.expect.items():
        assert (code, severity) in found, f"expected {code}/{severity}, got {sorted(found)}"


@pytest.mark.parametrize("item", [i for i in CORPUS if i.label == "good"], ids=lambda i: i.id)
def test_good_item_is_clean(item) -> None:  # type: ignore[no-untyped-def]
    assert [(f.check, f.code, f.message) for f in flagged(run(item))] == []
