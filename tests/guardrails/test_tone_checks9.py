"""Tone shapes missed on blind10's held-out half (checks9), in sentences written here: "just checking in again" is
impatient even when an earlier status check makes "again" true (SPEC 4 names it), and an answer asked for by a
time the candidate sets stays pressure with an adjective before it ("a firm answer this week")."""

from __future__ import annotations

from ferry_case import NOTES, fired, run

from afterview.guardrails.pressure import pressure_findings
from afterview.notes.loader import load_notes
from afterview.vocabulary import Kind

HISTORY = """\
history:
  - kind: thank_you
    to: Park Jisoo
    at: 2026-11-24T16:00
  - kind: status_check
    to: Park Jisoo
    at: 2026-12-01T10:00
    replied: false
"""


def _second_check(tmp_path, opening: str):
    path = tmp_path / "port-history.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace("OUTCOME", "pending").replace("    GREET\n", "")
    path.write_text(text + HISTORY, encoding="utf-8")
    body = (
        f"Dear Jisoo,\n\n{opening} on the Terminal Scheduling Lead role. Is there any news on the timeline?\n\n"
        "Best regards,\nTomás Herrera"
    )
    return run(load_notes(path), body, Kind.status_check, "Park Jisoo")


def test_just_checking_in_again_is_pushy_after_an_earlier_status_check(tmp_path) -> None:
    assert "warning:pushy" in fired(_second_check(tmp_path, "Just checking in again"), "tone")


def test_following_up_once_more_is_fair_after_an_earlier_status_check(tmp_path) -> None:
    assert fired(_second_check(tmp_path, "I am following up once more"), "tone") == []


def test_an_answer_with_an_adjective_by_a_time_the_candidate_sets_is_pressure() -> None:
    for said in (
        "My lease ends soon, so I would be grateful for a definite answer this week.",
        "Could you give me a final decision by the end of this month?",
    ):
        assert [f.code for f in pressure_findings(said)] == ["pushy"], said


def test_their_own_clear_answers_are_not_a_deadline() -> None:
    assert pressure_findings("Thanks for the clear answers on the notice period this week.") == []


def test_their_own_decision_date_said_back_is_not_a_deadline() -> None:
    """blind14's held-out run (stop 28): two clean thank-yous restating the team's date were errors. Their plan said
    back in any person ("she intends", "the board aims") or the process they laid out is theirs; a date the
    candidate asks for is still a deadline."""
    theirs = [
        "Good to hear the board aims to choose a supplier by March 3 and will call the finalists after that.",
        "It helped to learn that she intends to confirm the shortlist before Friday.",
        "Thank you for walking me through the timeline: a decision by January 9, then references.",
        "I was glad to hear the committee expects to vote by the end of next week.",
    ]
    for said in theirs:
        assert pressure_findings(said) == [], said
    for asked in ("I would be grateful for a decision by January 9.", "Could you let me know by Friday, please?"):
        assert [f.code for f in pressure_findings(asked)] == ["pushy"], asked
