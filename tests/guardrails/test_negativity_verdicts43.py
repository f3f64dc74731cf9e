"""A verdict on how others do their work, and an answer said to be owed by now (stop 43: classes blind29's
held-out half showed negativity missing after it was run; sentences and notes written here, each with a near miss)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Oskar Lind
  highlights:
    - rebuilt the returns desk at Fjord Outdoor, refunds 9 days -> 3 days
position: Customer Operations Lead
company:
  name: Tindra Cycles
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Stockholm
  duration_minutes: 60
  format: video
interviewers:
  - name: Maja Ek
    title: Head of Service
    role: hiring_manager
    email: maja@tindra.example
    topics: [warranty claims for e-bike batteries]
    challenges: [claims wait about 5 weeks for the courier to collect the battery]
"""

WHEN = datetime(2026, 10, 6, 13, 0).astimezone()
LATER = datetime(2026, 10, 15, 10, 0).astimezone()


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path: Path = tmp_path_factory.mktemp("notes") / "cycles.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Maja,\n\nThank you for talking with me today about warranty claims for the e-bike batteries. "
        f"{middle} I would be glad to help bring that wait down.\n\nKind regards,\nOskar"
    )
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Maja Ek", now=WHEN, send_at=WHEN)


def status(notes: Notes, middle: str) -> Draft:
    body = (
        f"Hi Maja,\n\nI hope the week is going well. {middle} Is there any news on the Customer Operations Lead "
        "role?\n\nSince we spoke I have sketched a one-page plan for the courier pickups.\n\nBest,\nOskar"
    )
    return check_hand_written(
        notes, "Customer Operations Lead", body, kind=Kind.status_check, to="Maja Ek", now=LATER, send_at=LATER
    )


def negative(draft: Draft) -> set[str]:
    return {f.code for f in draft.findings if f.check == "negativity" and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A five-week wait like that is frankly a failure of management.",
        "It sounds like the courier firm is not doing its job.",
        "The owners have not been paying attention to the claims queue.",
        "The pickup contract was poorly negotiated in the first place.",
        "Losing batteries in transit should not happen at a company of this size.",
        "If couriers drop your route, the fee is probably too low.",
    ],
)
def test_a_verdict_on_how_others_do_their_work_is_criticism(notes: Notes, sentence: str) -> None:
    assert negative(thank(notes, sentence)), sentence  # criticism, or a harsh restatement of their challenge


@pytest.mark.parametrize(
    "sentence",
    [
        "I wasn't paying attention to the time, so thank you for letting the call run over.",
        "I enjoyed hearing how the workshop team is doing its work on the new frames.",
        "I would make sure that a lost battery cannot happen again.",
        "The failure of our old label printer taught me to keep a spare.",
        "I know the five-week wait for the courier is the part you most want to fix.",
    ],
)
def test_the_same_words_without_a_verdict_on_them_stay_clean(notes: Notes, sentence: str) -> None:
    assert not negative(thank(notes, sentence)), sentence


def test_an_answer_said_to_be_owed_by_now_is_a_complaint_about_the_wait(notes: Notes) -> None:
    assert "process_complaint" in negative(status(notes, "A quick yes or no would be nice at this point."))
    assert "process_complaint" in negative(status(notes, "I was told things would move quickly."))
    assert not negative(status(notes, "It would be nice to see the workshop again."))
    assert not negative(status(notes, "I was told the next step would be a call with the director."))
