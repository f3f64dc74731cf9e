"""A feedback request that argues with the decision (checks9). SPEC 4: purpose asks that it acknowledge the
decision and ask for feedback; pressure is tone's, a complaint is negativity's. So arguing *instead of* asking
for feedback is the purpose fault; arguing *beside* a real request for feedback is pressure (asking them to
reconsider) or a dispute (calling the decision surprising), reported once, by its own family. Drafts written
here, against the port operator's notes (ferry_case.py)."""

from __future__ import annotations

import pytest
from ferry_case import fired, load, run

from afterview.draft import Draft
from afterview.vocabulary import Kind

OPEN = "Dear Jisoo,\n\nThank you for letting me know the panel's decision on the Terminal Scheduling Lead role. "
CLOSE = "\n\nBest regards,\nTomás Herrera"


def _request(tmp_path, middle: str) -> Draft:
    notes = load(tmp_path, outcome="rejected")
    return run(notes, OPEN + middle + CLOSE, Kind.feedback_request, "Park Jisoo")


def test_asking_to_reconsider_beside_a_feedback_request_is_pressure_not_a_wrong_purpose(tmp_path) -> None:
    draft = _request(
        tmp_path,
        "Might the panel reconsider once the second quay opens? Whatever happens, I would value a few lines of "
        "feedback on my interview.",
    )
    assert "error:asks_reconsider" in fired(draft, "tone")
    assert fired(draft, "purpose") == []


def test_calling_the_decision_surprising_beside_a_feedback_request_is_a_dispute(tmp_path) -> None:
    draft = _request(
        tmp_path,
        "I was honestly shocked by the decision.\n\nI would be grateful for any feedback on my case study.",
    )
    assert any(code.endswith("disputes_decision") for code in fired(draft, "negativity"))
    assert fired(draft, "purpose") == []


def test_arguing_instead_of_asking_for_feedback_is_still_the_wrong_purpose(tmp_path) -> None:
    """'or at least explain' rides on the request to reconsider: no request for feedback of its own."""
    draft = _request(
        tmp_path,
        "My berth-planning record matches the brief, so I would ask you to reconsider my application, or at least "
        "to explain what I lacked.",
    )
    assert "error:argues_decision" in fired(draft, "purpose")
    assert "error:asks_reconsider" not in fired(draft, "tone")


def test_not_being_surprised_accepts_the_decision(tmp_path) -> None:
    draft = _request(
        tmp_path, "I am not surprised by the outcome. Any feedback on my case study would help me prepare."
    )
    assert fired(draft, "purpose") == []
    assert fired(draft, "negativity") == []


@pytest.mark.parametrize("kind", [Kind.status_check])
def test_other_kinds_are_left_to_their_own_checks(tmp_path, kind) -> None:
    notes = load(tmp_path, outcome="pending")
    body = "Dear Jisoo,\n\nCould you reconsider the start date? Is there any news on the timeline?" + CLOSE
    assert "error:asks_reconsider" not in fired(run(notes, body, kind, "Park Jisoo"), "tone")
