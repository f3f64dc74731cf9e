"""Classes the spent corpora (blind2 ... blind29, both halves) showed the claims check missing, checks30: one test per
class, on notes and sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

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
  name: Tomas Riedl
  highlights:
    - our stitching crew at Lederwerk Graz cut returns from 6% to 2%
    - set up a leather offcut register at Lederwerk Graz
  since_interview:
    - finished an upholstery safety course
position: Workshop Lead
company:
  name: Sattlerei Nordhang
  news: [opened a repair counter in Linz]
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Vienna
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Greta Hollmann
    title: Owner
    role: hiring_manager
    email: greta@nordhang.example
    topics: [our saddle repair backlog, the Linz counter]
    challenges: [hide deliveries arrive late every spring]
"""

WHEN = datetime(2026, 10, 6, 13, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "saddle.yaml")


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Greta,\n\nThank you for showing me round the workshop today and for the talk about the Linz counter. "
        f"{middle} I would be glad to help there.\n\nKind regards,\nTomas"
    )
    return check_hand_written(
        notes, "Thank you", body, kind=Kind.thank_you, to="Greta Hollmann", now=WHEN, send_at=WHEN
    )


def codes(draft: Draft) -> set[str]:
    return {f.code for f in draft.findings if f.check == "claims" and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    "middle",
    [
        "I can see our spring hide deliveries are a worry, and this is where I can help.",
        "I hope the autumn season is going well for us in the shop.",
        "I think our waiting list for saddles will shrink once the counter is open.",
    ],
)
def test_our_for_their_team_in_the_present_is_not_our_team(notes: Notes, middle: str) -> None:
    assert "not_our_team" in codes(thank(notes, middle))


@pytest.mark.parametrize(
    "middle",
    [
        # the candidate's own past team, told in the past
        "At Lederwerk our stitching crew cut returns from 6% to 2%, which I learnt a lot from.",
        # the reader and the writer together, and the candidate's own life
        "I hope our paths cross again, and my family is already looking forward to our move south.",
        "I would be glad to share what our crew learnt about offcuts in Graz.",
    ],
)
def test_our_of_the_past_team_or_of_the_two_of_us_stays_clean(notes: Notes, middle: str) -> None:
    assert "not_our_team" not in codes(thank(notes, middle))


def test_their_our_copied_from_their_notes_is_not_our_team(notes: Notes) -> None:
    # 'our saddle repair backlog' is the owner's own word in her topics: said back by the candidate, it is theirs
    assert "not_our_team" in codes(thank(notes, "I know our saddle repair backlog is long, and I can help."))
    # the candidate's own item said as written stays theirs to say
    assert "not_our_team" not in codes(thank(notes, "I was proud that our stitching crew cut returns from 6% to 2%."))


LINKS = """\
candidate:
  name: Ada Brenner
  highlights:
    - ran the night dispatch desk at Kessel Freight for three years
    - halved missed pickups from 8% to 4% with a route card system
    - trained 20 new drivers
  since_interview: []
position: Dispatch Lead
company:
  name: Ostwind Logistik
  news: []
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Berlin
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Jonas Keller
    title: Operations Manager
    role: hiring_manager
    email: jonas@ostwind.example
    topics: [late pickups]
    challenges: [drivers miss pickups in winter]
"""


@pytest.fixture(scope="module")
def link_notes() -> Notes:
    return notes_from_text(LINKS, "dispatch.yaml")


def link_codes(notes: Notes, middle: str) -> set[str]:
    body = (
        "Dear Jonas,\n\nThank you for the conversation today about late pickups. "
        f"{middle} I would be glad to help with the winter pickups.\n\nKind regards,\nAda"
    )
    draft = check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Jonas Keller", now=WHEN, send_at=WHEN)
    return codes(draft)


def test_a_link_one_item_makes_stays_clean_though_the_employer_is_named_in_another(link_notes: Notes) -> None:
    # the means and the result are one item ('... with a route card system'); Kessel Freight is only in another item
    said = "At Kessel Freight I introduced a route card system that halved missed pickups from 8% to 4%."
    assert "causal_link" not in link_codes(link_notes, said)


def test_a_link_between_two_items_sharing_only_the_employer_is_still_invented(link_notes: Notes) -> None:
    # the night desk and the halved pickups are two items: the employer's name does not join them
    said = "Running the night dispatch desk at Kessel Freight is the reason missed pickups fell from 8% to 4%."
    assert "causal_link" in link_codes(link_notes, said)


def test_having_worked_across_places_of_a_kind_is_general_experience(link_notes: Notes) -> None:
    assert "unsupported_claim" not in link_codes(link_notes, "Having worked across several depots, I know winter well.")
    # a piece of work named after the participle is still claimed
    said = "Having rebuilt the winter pickup plan for Ostwind's depots, I know where it fails."
    assert link_codes(link_notes, said)


def test_i_am_the_one_who_is_a_claim_of_the_deed(link_notes: Notes) -> None:
    # their challenge told as the candidate's deed through a cleft
    said = "I am the one who fixed the winter pickups for Ostwind's drivers last year."
    assert "unsupported_claim" in link_codes(link_notes, said)
    # the candidate's own item through the same cleft stays theirs to tell
    assert "unsupported_claim" not in link_codes(link_notes, "I was the one who trained 20 new drivers.")
