"""Checks12 claims (issue 15, blind13's held-out misses as classes, on the hangar case's own notes): blame of people
in hindsight ("the old crew should have caught it") is no cause claimed for their problem, while a tool's hindsight
("a tracker would have caught it") still is; "despite management rather than because of it" credits no result to
another."""

from __future__ import annotations

import pytest
from hangar_case import fired, formal, load, run


@pytest.fixture
def notes(tmp_path):
    return load(tmp_path)


@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        (
            "The aircraft on ground waiting on rotable spares is costly, and the stores team should have caught it.",
            False,
        ),
        (
            "The aircraft on ground waiting on rotable spares is costly; a spares tracker would have caught it early.",
            True,
        ),
    ],
)
def test_hindsight_blame_of_people_is_no_cause_claimed(notes, said, claimed) -> None:
    assert ("error:causal_link" in fired(run(notes, formal(said)), "claims")) is claimed


def test_despite_them_rather_than_because_of_it_links_no_results(notes) -> None:
    said = (
        "I ran the night-shift planning desk for a fleet of 14 turboprops at Atlantis Regional. The A-check task "
        "cards I rebuilt there cut check time from 9 to 7 hours despite the management rather than because of it."
    )
    assert "error:causal_link" not in fired(run(notes, formal(said)), "claims")
