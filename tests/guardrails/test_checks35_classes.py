"""Stop 47 (checks35): claims read by what the sentence does, kept only where the rule held on corpora it was not
written from. A cleft that ties the reader's topic to a deed of the candidate's own, told right after it as the notes
tell it ("X is something I worked on at Y, where I <own item>"), claims the deed, not the topic; "you described X"
where X is another interviewer's tells the reader what someone else said (a draft meant for someone else), a note
and not a claims warning, while a named interviewer given another's item still warns. Sentences and notes written
here, each class with a near miss."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Ines Carvalho
  highlights:
    - reconciled 300 supplier invoices a week against purchase orders at Quinta Foods
    - cut late supplier payments by 40% at Quinta Foods with a weekly aging report
  since_interview:
    - finished an Excel Power Query course
position: Accounts Payable Specialist
company:
  name: Atlantic Grocers
  news:
    - opened a second warehouse in Setúbal
interview:
  at: 2026-10-05T10:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Rui Almeida
    title: Finance Manager
    role: hiring_manager
    email: rui@atlantic.example
    topics: [month-end close under a tight deadline]
    challenges: [duplicate vendor records slowing payment runs]
  - name: Sofia Matos
    title: Procurement Lead
    role: peer
    email: sofia@atlantic.example
    topics: [onboarding new produce suppliers from the Alentejo farms]
"""

WHEN = datetime(2026, 10, 5, 14, 0).astimezone()
LATER = datetime(2026, 10, 16, 10, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "payables.yaml")


def thank(notes: Notes, middle: str, to: str = "Rui Almeida", kind: Kind = Kind.thank_you) -> Draft:
    first = to.split()[0]
    body = (
        f"Dear {first},\n\nThank you for meeting me today about the Accounts Payable Specialist role. "
        f"{middle} I look forward to hearing from you.\n\nKind regards,\nInes"
    )
    when = WHEN if kind is Kind.thank_you else LATER
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def warned(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A close under a tight deadline is something I worked on every month at Quinta Foods, where I reconciled 300"
        " supplier invoices a week against purchase orders.",
        "Keeping payment runs clean is exactly what I did at Quinta Foods: I reconciled 300 supplier invoices a week"
        " against purchase orders.",
        "Faster payment runs are precisely what I delivered at Quinta Foods, when I cut late supplier payments by 40%"
        " with a weekly aging report.",
    ],
)
def test_cleft_tied_to_an_own_deed_told_after_it_claims_nothing_new(notes: Notes, sentence: str) -> None:
    assert "unsupported_claim" not in warned(thank(notes, sentence), "claims")


@pytest.mark.parametrize(
    "sentence",
    [
        # the topic claimed as done, and nothing of the candidate's own told after it
        "Cleaning up duplicate vendor records is exactly what I did at Quinta Foods.",
        # ... or a deed after it that the notes do not hold
        "Cleaning up duplicate vendor records is exactly what I did at Quinta Foods, where I merged 2,000 vendor"
        " records into one master list.",
    ],
)
def test_cleft_of_their_topic_without_an_own_deed_still_warns(notes: Notes, sentence: str) -> None:
    assert "unsupported_claim" in warned(thank(notes, sentence), "claims")


ANOTHERS = "I enjoyed the onboarding of new produce suppliers from the Alentejo farms you described."


def test_thank_you_reader_told_another_interviewers_topic_is_a_note_not_a_claim(notes: Notes) -> None:
    draft = thank(notes, ANOTHERS)
    assert "misattributed_credit" not in warned(draft, "claims")
    assert any(f.code == "misattributed_credit" and f.severity == "info" for f in draft.findings)


def test_follow_up_reader_told_another_interviewers_topic_still_warns(notes: Notes) -> None:
    # a status check has one reader: the point moved to them is a credit moved, not a copy of another's thank-you
    assert "misattributed_credit" in warned(thank(notes, ANOTHERS, kind=Kind.status_check), "claims")


def test_named_interviewer_given_anothers_topic_still_warns(notes: Notes) -> None:
    draft = thank(notes, "Sofia's account of the month-end close under a tight deadline was very useful.")
    assert "misattributed_credit" in warned(draft, "claims")
