"""Stop 36, after blind22's held-out half was run (spent): the clean drafts that drew an error, each a class, tested
on an invented clock-repair workshop. A second note counted with grace is no complaint about the wait; asking
whether they have had a chance to decide asks about the decision; "you've decided to go another way"
acknowledges it; the candidate's own reading of the interview put to them to confirm asks for feedback; how the
candidate approached their figures in the interview claims no result; a decimal multiplier stays whole; a news
result ends with its clause; the work a past employer of the candidate's own item names is told from that item;
a clause's own verb ends a "you ... for" clause before "to you"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.vocabulary import Kind

CLOCKS = """
candidate:
  name: Noor Haddad
  highlights:
    - at Vellum & Gear Restorations, cut repair turnaround 21 days -> 9 days
    - as workshop lead at Orrery Works, grew repairs 1.8x in 2 years
    - built the parts inventory at Vellum & Gear Restorations, stock counts monthly -> weekly
position: Workshop Manager
company:
  name: Tickwell Clock Repair
  news:
    - van fleet grew to 5 vans
  pace: normal
  culture: neutral
interview:
  at: 2026-11-20T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
  outcome: {outcome}
interviewers:
  - name: Imogen Pryce
    title: Owner
    role: hiring_manager
    email: imogen@tickwell.example
    primary_contact: true
    topics:
      - bench queue (40 -> 25 clocks)
      - parts logged on paper, counted quarterly
    challenges:
      - long waits for mainsprings from the supplier
"""

WHEN = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Europe/London"))


def _codes(kind: Kind, middle: str, outcome: str = "pending") -> set[str]:
    notes = notes_from_text(CLOCKS.replace("{outcome}", outcome), "clocks.yaml")
    body = f"Dear Imogen,\n\n{middle}\n\nKind regards,\nNoor Haddad"
    draft = check_hand_written(notes, "Following up", body, kind=kind, to="Imogen Pryce", now=WHEN, send_at=WHEN)
    return {f.code for f in draft.findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("I realise this is my second email, so I will keep it short. Is there any news on the decision?", False),
        ("Apologies for my second message. Could you tell me whether the role has been decided?", False),
        ("This is my third email and still no reply. Is there any news on the decision?", True),
        ("This is my second email with no reply. Is there any news on the decision?", True),
        ("I know this is my second note, and still no reply has come. Is there any news on the decision?", True),
    ],
)
def test_a_second_note_counted_with_grace_is_no_complaint(said: str, fires: bool) -> None:
    assert ("process_complaint" in _codes(Kind.status_check, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("I wanted to ask if you have had a chance to decide on the Workshop Manager role yet.", False),
        ("Could you let me know when you might decide between the candidates?", False),
        ("I wanted to ask how the new van fleet is working out for the rounds.", True),
    ],
)
def test_asking_whether_they_have_decided_asks_about_the_decision(said: str, fires: bool) -> None:
    assert ("no_status_question" in _codes(Kind.status_check, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        (
            "I understand you have decided to go another way. Thank you for the time you gave me. Could you share"
            " any feedback on my interview?",
            False,
        ),
        (
            "Thank you for considering me. I gather the team went a different way. Any feedback on my answers"
            " would help me.",
            False,
        ),
        ("Thank you for considering me. Could you share any feedback on my interview?", True),
    ],
)
def test_a_decision_to_go_another_way_is_acknowledged(said: str, fires: bool) -> None:
    assert ("no_acknowledgement" in _codes(Kind.feedback_request, said, "rejected")) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        (
            "Thank you for letting me know your decision. I suspect I dwelt on the inventory too long. Would you be"
            " willing to tell me whether that impression is fair?",
            False,
        ),
        (
            "Thank you for letting me know your decision. Could you tell me whether I spoke about turnaround too much?",
            False,
        ),
        ("Thank you for letting me know your decision. I wish the workshop a busy winter.", True),
    ],
)
def test_the_candidates_own_reading_put_to_them_asks_for_feedback(said: str, fires: bool) -> None:
    assert ("no_feedback_question" in _codes(Kind.feedback_request, said, "rejected")) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        (
            "Thank you for letting me know your decision. I would value any feedback, in particular on how I"
            " approached the bench queue and the move from 40 to 25 clocks.",
            False,
        ),
        (
            "Thank you for letting me know your decision. I would value any feedback; at Orrery Works I moved"
            " the bench queue from 40 to 25 clocks.",
            True,
        ),
    ],
)
def test_how_the_candidate_approached_their_figures_claims_no_result(said: str, fires: bool) -> None:
    assert ("unsupported_claim" in _codes(Kind.feedback_request, said, "rejected")) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("Thank you for the tour. At Orrery Works, repairs grew 1.8 times over my two years as lead.", False),
        ("Thank you for the tour. At Orrery Works, repairs grew 3.5 times over my two years as lead.", True),
    ],
)
def test_a_decimal_multiplier_stays_whole(said: str, fires: bool) -> None:
    # the notes' "1.8x" is 1.8, and the letter's "1.8 times over" is 1.8, never "8 times" or "1 times over"
    assert bool({"unsupported_claim", "unsupported_number"} & _codes(Kind.thank_you, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("Thank you for the tour. A fleet that has grown to five vans, shows how fast Tickwell is moving.", False),
        (
            "Thank you for the tour. Congratulations on the fleet growing to five vans, which has already doubled"
            " your weekly collections.",
            True,
        ),
    ],
)
def test_a_news_result_ends_with_its_clause(said: str, fires: bool) -> None:
    assert ("unsupported_result" in _codes(Kind.thank_you, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        (
            "Thank you for the tour. The inventory work I did on parts at Vellum & Gear Restorations was always"
            " better when I could see the shelves myself.",
            False,
        ),
        (
            "Thank you for the tour. The sourcing work I did on long waits for mainsprings from the supplier was"
            " a success.",
            True,
        ),
    ],
)
def test_the_work_i_did_on_ends_at_the_sentences_own_verb(said: str, fires: bool) -> None:
    assert ("unsupported_claim" in _codes(Kind.thank_you, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("Thank you for the tour. The references you asked for went to you this morning.", False),
        ("Thank you for the tour. I know you talked the bench queue over with you.", True),
    ],
)
def test_a_clause_of_its_own_ends_before_to_you(said: str, fires: bool) -> None:
    assert ("self_object" in _codes(Kind.thank_you, said)) is fires
