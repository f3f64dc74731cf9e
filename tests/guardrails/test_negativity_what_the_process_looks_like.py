"""'What the process looks like' is a wh-clause about the process, not the exclamation "what a process!" (blind42):
knowing it is no jab. The exclamation, or "quite the saga", still is."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Knowing what the process looks like has made me more confident about the move to Split."),
        ("cocoa", "It helped to understand what the process involves for new field staff."),
        ("lifts", "I now have a clear picture of what the process will be after the second interview."),
        ("seeds", "Thank you for explaining what the process is for the reference checks."),
    ],
)
def test_what_the_process_is_said_plainly_is_no_jab(trade: str, line: str) -> None:
    body = f"Thank you for meeting me last week. {line}"
    assert "process_jab" not in codes(check(trade, Kind.thank_you, body), "negativity")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "What a process this has been!"),
        ("cocoa", "It has been quite the saga since our interview."),
        ("lifts", "Such a long process, but I am still interested."),
        ("seeds", "What a drawn-out process it has been."),
    ],
)
def test_the_process_exclaimed_over_is_still_a_jab(trade: str, line: str) -> None:
    body = f"{line} Is there any news on the decision?"
    assert codes(check(trade, Kind.status_check, body), "negativity") & {"process_jab", "wait_complaint"}
