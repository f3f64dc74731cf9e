"""An executive at a casual company (a founder, a managing director) is written to the way the rest of the team is:
"Hey Efua", "no worries", "heaps", "Cheers," are the company's register, not over-familiarity (blind36, blind39 and
blind44's authors wrote them as clean). The same words to an executive at a neutral or formal company are still
flagged, and slang is still worth a look at a casual company."""

from __future__ import annotations

import pytest
from checks53_case import TRADES, check, codes, findings

from afterview.vocabulary import Kind

CHATTY = [
    ("ferry", "Hey Marko,", "Thanks heaps for the chat about the island timetables last week.", "Cheers,"),
    ("cocoa", "Hi Efua,", "No worries at all about the wait; say hi to the team at the sheds for me.", "Cheers,"),
    ("lifts", "Hey Stefan,", "Thanks heaps for showing me the inspection plan before the winter season.", "Cheers!"),
    ("seeds", "Dear Grant,", "No worries if the germination trial pushes things back a week or two.", "Cheers,"),
]


@pytest.mark.parametrize("trade, greeting, line, signoff", CHATTY)
def test_a_casual_companys_register_to_its_executive_is_no_fault(trade, greeting, line, signoff) -> None:
    found = check(trade, Kind.thank_you, line, culture="casual", role="executive", greeting=greeting, signoff=signoff)
    assert codes(found, "tone") == set()


@pytest.mark.parametrize("trade, greeting, line, signoff", CHATTY)
def test_the_same_letter_to_an_executive_at_a_neutral_company_is_still_flagged(trade, greeting, line, signoff) -> None:
    found = check(trade, Kind.thank_you, line, culture="neutral", role="executive", greeting=greeting, signoff=signoff)
    assert any(f.startswith("error:") for f in findings(found, "tone"))


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_slang_to_a_casual_executive_is_still_worth_a_look(trade: str) -> None:
    line = "I'm gonna send the rota ideas over tmrw, btw."
    found = check(trade, Kind.thank_you, line, culture="casual", role="executive")
    assert "warning:over_familiar" in findings(found, "tone")
