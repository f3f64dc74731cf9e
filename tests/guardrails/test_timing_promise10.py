"""'today' said of what is promised, sent the morning after (blind12's tune half, issue 15): "the plan will follow
today" dates the promise by the send day, whenever it is sent; "thank you for today" the morning after is still
the wrong day."""

from __future__ import annotations

from datetime import datetime

import pytest
from orchard_case import ZONE, fired, load

from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("closing", "wrong"),
    [
        ("The 60-day plan will follow today, once I have tidied the last page.", False),
        ("Thank you again for today.", True),
    ],
)
def test_today_of_a_promise_is_the_send_day(tmp_path, closing, wrong) -> None:
    body = (
        "Dear Mr. Walker,\n\nThank you for yesterday's tour of the packhouse and the talk about the grading line "
        f"upgrade.\n\n{closing}\n\nKind regards,\nAna Folau"
    )
    when = datetime(2026, 11, 18, 9, 0, tzinfo=ZONE)  # the morning after the interview
    draft = check_hand_written(
        load(tmp_path), "Thank you", body, kind=Kind.thank_you, to="Hemi Walker", now=when, send_at=when
    )
    assert ("warning:same_day_wording" in fired(draft, "timing")) is wrong
