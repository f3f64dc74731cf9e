"""A team the candidate's deed was for, or whose thing it worked on, did not share the deed (stop 41, from blind27's
tune half): "built a label printer macro for our team's returns log" is the candidate's own work, so saying "I built
a label printer macro for our team's returns log" takes no credit; "our team cut returns by 30%" still gives the
result to the team."""

from __future__ import annotations

from pathlib import Path

import pytest
from parcel_case import findings


def _claims(tmp_path: Path, highlight: str, said: str) -> list[str]:
    return findings(tmp_path, highlight, said).get("claims", [])


@pytest.mark.parametrize(
    "highlight",
    [
        "built a label printer macro for our team's returns log at Lusomail",
        "built a label printer macro for the team at Lusomail",
    ],
)
def test_a_team_the_deed_was_for_shares_no_credit(tmp_path: Path, highlight: str) -> None:
    said = "At Lusomail I built a label printer macro for our team's returns log, and I would be glad to help here."
    assert _claims(tmp_path, highlight, said) == []


def test_a_team_that_did_the_deed_still_shares_it(tmp_path: Path) -> None:
    said = "At Lusomail I cut unlabelled returns by 30%, and I would be glad to help here."
    assert "unsupported_claim" in _claims(tmp_path, "our team cut unlabelled returns by 30% at Lusomail", said)


# an item that tells the candidate's deed and then, in a clause of its own, the team's result (after a dash, or a
# jotted arrow to what the team then did)
SPLIT = "rebuilt the returns triage sheet at Lusomail - our team got unlabelled returns down ~30%"
ARROW = "rebuilt the returns triage sheet at Lusomail -> our team got unlabelled returns down ~30%"


@pytest.mark.parametrize("highlight", [SPLIT, ARROW], ids=["dash", "arrow"])
def test_the_deed_before_a_team_clause_is_the_candidates_own(tmp_path: Path, highlight: str) -> None:
    said = "At Lusomail I rebuilt the returns triage sheet, and I would be glad to help here."
    assert _claims(tmp_path, highlight, said) == []


@pytest.mark.parametrize("highlight", [SPLIT, ARROW], ids=["dash", "arrow"])
def test_the_team_clause_result_told_alone_still_takes_its_credit(tmp_path: Path, highlight: str) -> None:
    said = "At Lusomail I got unlabelled returns down by about 30%, and I would be glad to help here."
    assert "unsupported_claim" in _claims(tmp_path, highlight, said)
