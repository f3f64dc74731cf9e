"""StemIndex (any_referenced's look-up) answers exactly as comparing a word with each stem by stems_match does."""

from __future__ import annotations

import random

from afterview.guardrails.stem_index import StemIndex
from afterview.guardrails.text import stems_match


def test_the_index_agrees_with_stems_match_on_random_words() -> None:
    rng = random.Random(15)
    words = ["".join(rng.choice("abcde") for _ in range(rng.randint(2, 9))) for _ in range(2000)]
    for _ in range(100):
        body = rng.sample(words, 60)
        index = StemIndex(body)
        longer = [b for b in set(body) if len(b) >= 5]
        for w in rng.sample(words, 80):
            expected = w in body or (len(w) >= 5 and any(stems_match(w, b) for b in longer))
            assert index.holds(w) is expected, (w, body)


def test_the_index_relates_a_stem_to_its_longer_and_shorter_forms() -> None:
    index = StemIndex(["forecast", "retry"])
    assert index.holds("forecasting") and index.holds("forecas") and index.holds("retry")
    assert not index.holds("forecastingly") and not index.holds("retr")
