"""Grammar precision on blind13's tune half (issue 15), as classes written here on notes of their own
(clinic_case.py): a clause after 'of' has its own subject ('the walkthrough of how invoices are checked'), and a
participle inside a compound adjective ('a well-prepared estimate') is no verb missing its 'to'. A singular head
before 'of' with a plural verb is still an error."""

from __future__ import annotations

import pytest
from clinic_case import fired, load, run, thanks


@pytest.mark.parametrize(
    ("middle", "flagged"),
    [
        ("Thank you also for the walkthrough of how invoices are checked before they go out.", False),
        ("The overview of what clients are asked at intake was useful.", False),
        ("At Bowvalley I learned how much a well-prepared estimate matters to clients.", False),
        ("The list of reminders are long at the busiest clinics.", True),
    ],
)
def test_agreement_and_missing_to(tmp_path, middle, flagged) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert bool(fired(draft, "grammar")) is flagged, (middle, fired(draft, "grammar"))
