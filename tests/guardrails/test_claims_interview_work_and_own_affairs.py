"""Claims that claim no past work (checks46): work done in the interview itself (a bench test, a case, a question
handled, a trial at their bench), the candidate's own affairs and messages (plans or notice arranged around a start,
a note written or received), a credential named by its initials where the notes spell it out, and a thought told
after a credential. Near misses keep their finding: their work claimed as done elsewhere, a credential the notes do
not hold, "my work at Kestrel Aero" on their topic."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# An invented interview: a CNC machinist and a precision engineering shop.
MACHINIST = """
candidate:
  name: Tomasz Wrona
  highlights:
    - programmed five-axis mills for turbine blades at Kestrel Aero
    - cut setup time on the Haas cells from 90 to 40 minutes with shared fixture plates
  since_interview:
    - passed the Certified Production Technician exam
position: Senior CNC Machinist
company:
  name: Halden Precision
  news:
    - won a contract for surgical drill guides
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Warsaw
  duration_minutes: 90
  format: onsite
interviewers:
  - name: Marta Zielinska
    title: Production Manager
    role: hiring_manager
    email: marta@halden.example
    topics:
      - moving the gearbox housing line to lights-out machining
      - the pricing of titanium bracket orders
      - the bench test on a titanium bracket at the shop's own bench
      - a January start after the notice period
    challenges:
      - chatter marks on the titanium brackets
"""

# Another: a data analyst and a grocery chain, with a case interview.
ANALYST = """
candidate:
  name: Priya Raman
  highlights:
    - built the weekly basket-size dashboard at FreshWay Markets
    - earned the Google Data Analytics certificate
position: Pricing Analyst
company:
  name: Greenleaf Grocers
interview:
  at: 2026-11-24T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: video
interviewers:
  - name: Owen Hale
    title: Head of Pricing
    role: hiring_manager
    email: owen@greenleaf.example
    topics:
      - markdown pricing for fresh produce at closing time
    challenges:
      - store-brand margins falling in the northern stores
"""


def _codes(notes_text: str, middle: str, kind: Kind = Kind.thank_you) -> set[str]:
    notes = notes_from_text(notes_text, "invented.yaml")
    at = notes.interview.start + timedelta(days=9)
    plan = make_plan(notes, at)
    planned = next(p for p in plan.messages if p.kind is kind)
    to = notes.interviewers[0].name
    body = f"Dear {to.split()[0]},\n\n{middle}\n\nThank you again,\n{notes.candidate.name}"
    draft = Draft(kind, to, Channel.email, None, body, "test", "warm")
    found = check_claims(draft, CheckContext(notes, at, plan, planned))
    return {f.code for f in found if f.severity != "info"}


@pytest.mark.parametrize(
    "said",
    [
        "I would welcome any comments on the bench test I completed on Tuesday.",
        "During the visit we talked about the titanium bracket I machined for the bench test.",
        "Thank you for the chance to show my work at your bench.",
        "Any word on the way I organised my work at the bench would help me.",
        "I'd value a comment on how I handled the titanium bracket pricing question with Marta.",
        "Could you tell me more about the ideas I offered for the gearbox housing line?",
    ],
)
def test_work_done_in_the_interview_itself_claims_nothing(said: str) -> None:
    assert "unsupported_claim" not in _codes(MACHINIST, said)


@pytest.mark.parametrize(
    "said",
    [
        "I solved the SQL case without much trouble and enjoyed the markdown discussion.",
        "Any comments on the pricing case I presented would be welcome.",
    ],
)
def test_a_case_set_in_the_interview_claims_nothing(said: str) -> None:
    assert "unsupported_claim" not in _codes(ANALYST, said)


@pytest.mark.parametrize(
    "said",
    [
        "I have rearranged my plans around a January start, so an answer soon would help.",
        "I have planned my notice period around the start date you gave.",
        "I got your message about the lights-out machining role and I am grateful for it.",
        "I wrote at the end of November about the role and wanted to check in once more.",
    ],
)
def test_own_affairs_and_messages_claim_no_work(said: str) -> None:
    assert "unsupported_claim" not in _codes(MACHINIST, said, Kind.status_check)


@pytest.mark.parametrize(
    "said",
    [
        "Since we spoke I have passed my CPT exam.",
        "I passed the Certified Production Technician exam over the weekend and thought of our talk about "
        "lights-out machining.",
    ],
)
def test_a_credential_by_its_initials_or_followed_by_a_thought_is_held(said: str) -> None:
    assert "unsupported_claim" not in _codes(MACHINIST, said, Kind.status_check)


def test_an_initialism_of_a_certificate_the_notes_spell_out_is_held() -> None:
    assert "unsupported_claim" not in _codes(ANALYST, "I have also earned my GDA certificate.")


@pytest.mark.parametrize(
    "said",
    [
        # their topic claimed as done at a past employer
        "I moved the gearbox housing line to lights-out machining at Kestrel Aero.",
        # a credential the notes do not hold, by initials they never spell out
        "Since we spoke I have passed my NIMS exam.",
        "I have completed my CNC Setup certification.",
        # their challenge handled at a past employer, and their topic as the work at a bench of one's own
        "I handled the chatter marks on the titanium brackets at Kestrel Aero.",
        "My work at Kestrel Aero moved the gearbox housing line to lights-out machining.",
        # the interview as the time of the work, not its object
        "Since the interview I have led a lights-out machining trial for gearbox housings.",
    ],
)
def test_near_misses_are_still_claims(said: str) -> None:
    assert "unsupported_claim" in _codes(MACHINIST, said, Kind.thank_you)


@pytest.mark.parametrize(
    "said",
    [
        "I've spent a lot of time fixing chatter marks on titanium brackets, so the problem is familiar.",
        "I spent the weekend on the chatter marks on the titanium brackets and think I have cracked them.",
        "Since we spoke I finished a course and also started moving my current cell to lights-out machining.",
    ],
)
def test_work_told_through_its_start_or_the_time_spent_is_claimed(said: str) -> None:
    assert "unsupported_claim" in _codes(MACHINIST, said, Kind.thank_you)


@pytest.mark.parametrize(
    "said",
    [
        "I've spent a lot of time programming five-axis mills for turbine blades.",
        "I spent the weekend reading about lights-out machining.",
    ],
)
def test_time_spent_on_own_work_or_on_reading_is_no_claim(said: str) -> None:
    assert "unsupported_claim" not in _codes(MACHINIST, said, Kind.thank_you)
