"""checks52: "the N I <verb>" with no object after the verb is a relative clause; what was done is N, and the words
after it belong to the sentence's own verb (an adverb and a verb, an irregular past, an infinitive of purpose).
Read as the candidate's deed, "the rig I built only worked once ..." and "the agents I lead to know ..." were
unsupported claims on clean drafts (blind40, blind44, spent). Drafts here are invented, four trades; the same shape
with a noun phrase that is theirs must still be a claim."""

from __future__ import annotations

import pytest
from checks52_case import codes, thank_you


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "The proofing log I built only worked once I had watched the ovens go down for a week."),
        ("boatyard", "The 8 apprentices I trained at Kilmore spent a lot of time waiting for the travel hoist."),
        ("clinic", "I would want any reminder I set up to cover the hydrotherapy waiting list too."),
        ("vineyard", "I would want the cellar hands I lead to know the bottling plan before harvest starts."),
    ],
)
def test_own_thing_named_before_i_is_no_claim_of_what_follows(trade: str, middle: str) -> None:
    assert "unsupported_claim" not in codes(thank_you(trade, middle), "claims")


@pytest.mark.parametrize(
    ("trade", "middle"),
    [
        ("bakery", "The second-shift sourdough line I built at Padaria Estrela only worked once I added a proofer."),
        ("boatyard", "The winter storage plan I rebuilt at Kilmore kept every spring launch on time."),
        ("clinic", "Any northern suburbs clinic I set up to take the overflow would need its own pool."),
        ("vineyard", "The wild-ferment programme I ran for the reds at Cantina Rossi spent two vintages in trials."),
    ],
)
def test_their_thing_named_before_i_is_still_a_claim(trade: str, middle: str) -> None:
    assert "unsupported_claim" in codes(thank_you(trade, middle), "claims")
