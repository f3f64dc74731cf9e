"""Checks47: the candidate's own work named as the cause or source of the company's result or news ("the parts came
out of the rig I built", "my recovery work first got Ridgeway interested", "I hope my analysis helped you bring the
arrears below 6%") is an invented causal link (missed in blind39, blind40, blind41, spent). Invented notes of other
trades; near misses stay clean: congratulations on the result, the candidate's own result in the same field, a link
the candidate's own notes make. And three causal_link false alarms: an own item's result in a relative clause before
the main verb, a reason for saying something, an effect verb with no result."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.vocabulary import Kind

_NOTES = """\
candidate:
  name: Mireille Okafor
  highlights:
    - built a churn model for the loyalty scheme at Vantor Grocers
    - cut returns processing time 30% with a new triage station at Vantor Grocers
    - introduced a weekly route review that cut late deliveries 12% at Pellam Couriers
  since_interview:
    - finished a Tableau certification
position: Operations Analyst
company:
  name: Brightwell Home
  news:
    - signed the Nordic distribution deal with Fjordline
    - opened a second fulfilment centre in Leeds
interview:
  at: 2026-10-05T10:00
  timezone: Europe/London
  duration_minutes: 45
  format: video
  outcome: pending
interviewers:
  - name: Tomas Reyes
    title: Head of Operations
    role: hiring_manager
    email: tomas@brightwell.example
    topics:
      - the new returns dashboard for the Leeds team
      - moving stock counts from spreadsheets to handheld scanners
    challenges:
      - customer churn in the subscription boxes rose to 9% last quarter
"""

LATER = datetime(2026, 10, 19, 10, 0).astimezone()


def check(sentence: str) -> Draft:
    body = (
        "Dear Tomas,\n\nI hope things are going well in Leeds, and I wondered whether there is any news on the"
        f" Operations Analyst role. {sentence}\n\nKind regards,\nMireille Okafor"
    )
    notes = notes_from_text(_NOTES, "brightwell.yaml")
    return check_hand_written(notes, None, body, kind=Kind.status_check, to="Tomas Reyes", now=LATER, send_at=LATER)


def links(found: Draft) -> list[str]:
    return [f.message for f in found.findings if f.check == "claims" and f.code == "causal_link"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad to read that the Nordic distribution deal came out of the churn model I shared with you.",
        "As you know, it was my triage work that first got Fjordline interested in the Nordic deal.",
        "I hope the analysis I sent helped you bring the subscription box churn below 9%.",
        "The returns dashboard for Leeds is based on the triage station I designed at Vantor, which is lovely to see.",
        "My route review approach clearly contributed to the second fulfilment centre opening in Leeds.",
        "I suspect the handheld scanner rollout for stock counts grew out of the proposal I outlined in the interview.",
    ],
)
def test_own_work_credited_with_their_result_is_a_causal_link(sentence: str) -> None:
    assert links(check(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # congratulations on their result, nothing credited
        "Congratulations on signing the Nordic distribution deal with Fjordline.",
        "It was great to see the second fulfilment centre in Leeds open last week.",
        # their result, and the candidate's own result in the same field, side by side
        "Congratulations on the Fjordline deal; I also built a churn model for the loyalty scheme at Vantor Grocers.",
        # the link the candidate's own notes make
        "My triage station is what cut returns processing time 30% at Vantor Grocers.",
        # the candidate's own work as what came from something, no result of theirs
        "The churn model I built at Vantor Grocers came from the same habit of checking the raw data first.",
        # an offer, not a credit
        "I would be glad to help the Leeds team with the returns dashboard.",
    ],
)
def test_their_result_without_credit_is_clean(sentence: str) -> None:
    assert not links(check(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an own item's result in a relative clause, then the main verb of the sentence
        (
            "I keep thinking the route review that cut late deliveries 12% at Pellam could carry over well to the"
            " subscription boxes and the returns dashboard."
        ),
        (
            "The triage station that cut returns processing time 30% at Vantor might suit the handheld scanners and"
            " stock counts in the new fulfilment centre too."
        ),
        # a reason for saying something, not a cause in the world
        "I have finished a Tableau certification, which I mention because of the returns dashboard you described.",
        # an effect verb with no result after it
        "At Pellam Couriers a weekly route review was the habit that saved us most often.",
    ],
)
def test_causal_link_false_alarms_stay_clean(sentence: str) -> None:
    assert not links(check(sentence)), sentence


def test_an_invented_result_after_the_relative_clause_still_counts() -> None:
    """The main-verb cut spares only the own item's result: an invented result for it is still a link."""
    found = check("At Pellam Couriers I introduced a weekly route review, which also halved driver turnover.")
    assert links(found)
