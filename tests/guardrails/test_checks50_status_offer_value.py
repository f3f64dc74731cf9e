"""Checks50: a status check that offers material to help them decide ("I'm happy to send references if that would
help", blind43's clean draft) carries value; an offer of nothing in particular ("happy to answer any questions") does
not. Written for four trades; each near miss keeps `no_value`."""

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
from afterview.vocabulary import Kind

TRADES = {
    "vet clinic": (clinic_case.load, "Margaret Thornton", "Client Operations Lead"),
    "ferry terminal": (ferry_case.load, "Choi Minseo", "Terminal Scheduling Lead"),
    "orchard packhouse": (orchard_case.load, "Hemi Walker", "Packhouse Operations Manager"),
    "freight dispatch": (lambda _d: dispatch_notes("pending"), "Rui Moreira", "Dispatch Supervisor"),
}
WHEN = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("UTC"))


def personalization(tmp_path: Path, trade: str, extra: str) -> set[str]:
    load, to, role = TRADES[trade]
    when = LATER if trade == "freight dispatch" else WHEN
    body = (
        f"Hello,\n\nI hope your week is going well. I'd like to ask whether a decision has been made on the {role}"
        f" role, or when one is expected. {extra}\n\nThanks,\nAlex"
    )
    found = check_hand_written(load(tmp_path), None, body, kind=Kind.status_check, to=to, now=when, send_at=when)
    return {f.code for f in found.findings if f.check == "personalization"}


@pytest.mark.parametrize(
    ("trade", "extra", "value"),
    [
        ("vet clinic", "I'm happy to send references if that would help.", True),
        ("ferry terminal", "I can share a sample of the berth schedules I built, if useful.", True),
        ("orchard packhouse", "I am glad to provide two referees from my last season.", True),
        ("freight dispatch", "I could also send a copy of my forklift certificate.", True),
        # near misses: an offer of nothing in particular, a wait, a hope
        ("vet clinic", "I'm happy to answer any questions.", False),
        ("ferry terminal", "I can wait, of course.", False),
        ("orchard packhouse", "I am glad to hear from you whenever suits.", False),
        ("freight dispatch", "I remain very interested.", False),
    ],
)
def test_an_offer_of_material_is_value(tmp_path: Path, trade: str, extra: str, value: bool) -> None:
    assert ("no_value" not in personalization(tmp_path, trade, extra)) is value
