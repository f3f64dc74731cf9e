"""Checks50: asks that purpose did not read (blind43, after its run), each written here for four trades with near
misses that must keep their finding.

- A status check asks bluntly or as a plea ("Please tell me the decision as soon as possible", "if there is any way
  you could speed up the decision"), or asks whether the role "has moved forward".
- A feedback request asks for the reasons bare ("Could you explain what the reasons were?", "could you share your
  reasons?", "I would value knowing why") or for the gap in the candidate's profile; such an ask beside "surprised by
  the decision" is no purpose fault (the dispute is negativity's to judge).
- A thank-you that misspells its thanks as one word ("Thankyou for …") thanks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import clinic_case
import ferry_case
import orchard_case
import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.hand_written import check_hand_written
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

# trade -> (notes loader, reader, role title)
TRADES = {
    "vet clinic": (lambda d, o: clinic_case.load(d, outcome=o), "Margaret Thornton", "Client Operations Lead"),
    "ferry terminal": (lambda d, o: ferry_case.load(d, outcome=o), "Choi Minseo", "Terminal Scheduling Lead"),
    "orchard packhouse": (lambda d, o: orchard_case.load(d, outcome=o), "Hemi Walker", "Packhouse Operations Manager"),
    "freight dispatch": (lambda d, o: dispatch_notes(o), "Rui Moreira", "Dispatch Supervisor"),
}
WHEN = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("UTC"))


def purpose(tmp_path: Path, trade: str, kind: Kind, body: str) -> set[str]:
    load, to, _ = TRADES[trade]
    notes: Notes = load(tmp_path, "rejected" if kind is Kind.feedback_request else "pending")
    when = LATER if trade == "freight dispatch" else WHEN
    found = check_hand_written(notes, None, body + "\n\nKind regards,\nAlex", kind=kind, to=to, now=when, send_at=when)
    return {f.code for f in found.findings if f.check == "purpose"}


STATUS_ASKS = [
    ("vet clinic", "Please tell me the decision on the {role} role as soon as possible.", True),
    ("ferry terminal", "Has the {role} role moved forward?", True),
    ("orchard packhouse", "If there is any way you could speed up the decision, I would be so grateful.", True),
    ("freight dispatch", "Please, could you tell me whether the {role} position has moved ahead?", True),
    # near misses: a plea about something else, their project moving forward said as news, a statement
    ("vet clinic", "Please tell me more about the after-hours phone rota.", False),
    ("ferry terminal", "I was glad to read that the berth upgrade has moved forward.", False),
    ("orchard packhouse", "I know the grading line has moved forward a lot this season.", False),
    ("freight dispatch", "If there is any way you could send the depot map, I would be grateful.", False),
]


@pytest.mark.parametrize(("trade", "ask", "asks"), STATUS_ASKS)
def test_blunt_and_plea_status_asks(tmp_path: Path, trade: str, ask: str, asks: bool) -> None:
    role = TRADES[trade][2]
    body = f"Hello,\n\nI hope the season is going well for the team. {ask.format(role=role)}"
    assert ("no_status_question" not in purpose(tmp_path, trade, Kind.status_check, body)) is asks


FEEDBACK_ASKS = [
    ("vet clinic", "Could you explain what the reasons were?", True),
    ("ferry terminal", "If time allows, could you share what the panel saw as the main gap in my profile?", True),
    ("orchard packhouse", "I would value knowing why, if you are able to say.", True),
    ("freight dispatch", "Could you please share your reasons?", True),
    # near misses: reasons of theirs reported, a gap in their schedule, no ask at all
    ("vet clinic", "I understand the reasons for the clinic's new rota.", False),
    ("ferry terminal", "I noticed a gap in the timetable at the south berth.", False),
    ("orchard packhouse", "I wish the team every success with the new grading line.", False),
    ("freight dispatch", "The reasons are your own, and I accept them.", False),
]


@pytest.mark.parametrize(("trade", "ask", "asks"), FEEDBACK_ASKS)
def test_bare_reasons_and_gap_are_feedback_asks(tmp_path: Path, trade: str, ask: str, asks: bool) -> None:
    body = f"Hello,\n\nThank you for letting me know your decision on the {TRADES[trade][2]} role. {ask}"
    assert ("no_feedback_question" not in purpose(tmp_path, trade, Kind.feedback_request, body)) is asks


@pytest.mark.parametrize("trade", list(TRADES))
def test_surprise_beside_a_reasons_ask_is_not_arguing(tmp_path: Path, trade: str) -> None:
    body = (
        f"Hello,\n\nThank you for your email about the {TRADES[trade][2]} role. I must admit I was surprised by the"
        " decision. Could you please share your reasons?"
    )
    assert purpose(tmp_path, trade, Kind.feedback_request, body) == set()
    # near miss: surprise with no ask still argues with the decision
    alone = body.replace(" Could you please share your reasons?", " I had hoped for better.")
    assert "argues_decision" in purpose(tmp_path, trade, Kind.feedback_request, alone)


@pytest.mark.parametrize(
    ("trade", "opening", "thanks"),
    [
        ("vet clinic", "Thankyou for showing me the clinic today.", True),
        ("ferry terminal", "Thankyou so much for the tour of the terminal.", True),
        # near misses: no thanks at all, however close the words
        ("orchard packhouse", "The packhouse tour today was useful to me.", False),
        ("freight dispatch", "I think you should know the night rota needs work.", False),
    ],
)
def test_thanks_written_as_one_word(tmp_path: Path, trade: str, opening: str, thanks: bool) -> None:
    body = f"Hello,\n\n{opening} I would bring care for handovers to the {TRADES[trade][2]} role."
    assert ("no_thanks" not in purpose(tmp_path, trade, Kind.thank_you, body)) is thanks
