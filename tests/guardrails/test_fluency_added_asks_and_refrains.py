"""A second ask added with "also", and a three-word phrase said three times
(issue 15, checks44), on drafts made up here for a municipal library service in Tampere: the ask added after the
main one is flagged; "also" with nothing asked before it, a courtesy ("please also pass on my thanks"), two
"whether"s in one request and a plain single ask are not; a phrase said three times is a refrain, the job's title
said three times is not.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.fluency import check_fluency
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

LIBRARY = """
candidate:
  name: Aino Lehtonen
  highlights:
    - 5 yrs branch librarian at Pirkkala library
    - ran the mobile library route for 12 villages
position: Outreach Services Manager
company:
  name: Tampere City Library
  news:
    - opened a new branch in Hervanta
  pace: normal
  culture: neutral
interview:
  at: 2026-10-05T13:00
  timezone: Europe/Helsinki
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Mikko Salo
    title: Head of Services
    role: hiring_manager
    email: mikko@library.example
    primary_contact: true
    topics:
      - the mobile library timetable
    challenges:
      - low borrowing among teenagers
"""


def _asks(kind: Kind, middle: str) -> bool:
    n = notes_from_text(LIBRARY, "library.yaml")
    send = n.interview.start + timedelta(days=10)
    plan = make_plan(n, send)
    body = f"Dear Mikko,\n\n{middle}\n\nKind regards,\nAino Lehtonen"
    draft = Draft(kind, "Mikko Salo", Channel.email, "Follow-up", body, "test", "neutral")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    found = check_fluency(draft, CheckContext(n, send, plan, planned))
    return any(f.code == "two_asks" and f.severity in ("error", "warning") for f in found)


@pytest.mark.parametrize(
    ("kind", "middle", "two"),
    [
        (
            Kind.status_check,
            "Could you let me know whether a decision has been made on the Outreach Services Manager role? "
            "Since we met I have finished a course on youth reading programmes. Would it also be possible to visit "
            "the Hervanta branch next week?",
            True,
        ),
        (
            Kind.status_check,
            "I am writing to ask whether there is any news on the role. I also wanted to ask whether the "
            "weekend rota applies to managers.",
            True,
        ),
        (
            Kind.feedback_request,
            "Thank you for letting me know. I would be grateful for any feedback on my interview. Could you also "
            "pass my details to the team running the Hervanta branch?",
            True,
        ),
        (
            Kind.thank_you,
            "Thank you for the interview and for the talk about the mobile library timetable. Could you let me "
            "know whether the role includes the school visits, and whether the van is shared with Nokia?",
            False,
        ),
        (
            Kind.status_check,
            "Could you let me know whether a decision has been made on the role? Please also pass on my thanks to "
            "the drivers who showed me the van.",
            False,
        ),
        # one ask: "also" with nothing asked before it, a single question, the feedback asked again more softly
        (
            Kind.thank_you,
            "Thank you for the interview and for the talk about the mobile library timetable. Could you also pass "
            "on my thanks to the driver who showed me the van?",
            False,
        ),
        (
            Kind.status_check,
            "Could you let me know whether a decision has been made on the Outreach Services Manager role? "
            "Since we met I have finished a course on youth reading programmes.",
            False,
        ),
        (
            Kind.feedback_request,
            "Thank you for letting me know. I would be grateful for any feedback on my interview. I would also be "
            "grateful for any feedback on the presentation task.",
            False,
        ),
    ],
)
def test_an_ask_added_with_also_is_a_second_ask(kind: Kind, middle: str, two: bool) -> None:
    assert _asks(kind, middle) is two


# A three-word phrase said three times is a refrain, even a thing the notes name; the job's title is not.
@pytest.mark.parametrize(
    ("middle", "refrain"),
    [
        (
            "Thank you for the talk about the mobile library timetable. The mobile library timetable is something I "
            "know well, and I would enjoy reworking the mobile library timetable with the drivers.",
            True,
        ),
        (
            "Thank you for the talk about the mobile library timetable. It is something I know well, and I would "
            "enjoy reworking it with the drivers.",
            False,
        ),
        (
            "Thank you for the interview for the Outreach Services Manager role. The Outreach Services Manager "
            "post suits my years on the village route, and I hope to hear about the Outreach Services Manager job.",
            False,
        ),
    ],
)
def test_a_three_word_phrase_said_three_times_is_a_refrain(middle: str, refrain: bool) -> None:
    n = notes_from_text(LIBRARY, "library.yaml")
    send = n.interview.start + timedelta(days=1)
    body = f"Dear Mikko,\n\n{middle}\n\nKind regards,\nAino Lehtonen"
    draft = Draft(Kind.thank_you, "Mikko Salo", Channel.email, "Thank you", body, "test", "neutral")
    plan = make_plan(n, send)
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    found = check_fluency(draft, CheckContext(n, send, plan, planned))
    assert any(f.code == "repeated_phrase" for f in found) is refrain
