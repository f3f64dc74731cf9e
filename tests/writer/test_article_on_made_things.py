"""A singular thing the candidate made, pasted from notes without its article, gets one (issue 17, writer54): "I set up
hedging desk", "Having opened sourcing office in Kampala" (an -ing word before the noun is part of the thing made).
Counts, measures, names, mass nouns, plurals and activities stay as they are."""

from __future__ import annotations

import pytest

from afterview.writer.english_form import determined


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("I set up hedging desk at Vitol.", "I set up a hedging desk at Vitol."),
        ("I also set up hedging desk.", "I also set up a hedging desk."),
        ("I opened sourcing office in Kampala.", "I opened a sourcing office in Kampala."),
        ("Having opened sourcing office in Kampala, I would help.", "Having opened a sourcing office in Kampala, I"),
        ("Having built risk model for Pune team, I would help.", "Having built a risk model for the Pune team"),
        ("I built tracking dashboard.", "I built a tracking dashboard."),
    ],
)
def test_a_made_thing_gets_its_article(jotted: str, said: str) -> None:
    assert determined(jotted).startswith(said)


@pytest.mark.parametrize(
    "kept",
    [
        "I cut 3 of 7 looms.",
        "Having opened 3 stores, I would help.",
        "I started leading team meetings.",
        "I started leading team.",  # an activity, not a thing made
        "I set up Acme night cover.",  # a name
        "I set up quality control.",
        "I set up tracking for 3 of 7 looms.",
        "Having led training for 40 staff, I would help.",
        "Having run quality control at Acme, I would help.",
        "I opened the sourcing office.",
        "I enjoyed building pipelines.",
    ],
)
def test_counts_names_activities_and_plurals_stay(kept: str) -> None:
    assert determined(kept) == kept
