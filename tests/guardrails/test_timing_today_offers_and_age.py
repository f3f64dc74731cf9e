"""'today' the morning after that is no same-day slip: the stock phrase for the present age ("in today's fast-paced
logistics world") and an offer to act on the send day ("I'm happy to send the references today"); while 'today' of
the meeting itself ("today's interview", "I was glad to meet you today") stays wrong the next morning."""

from __future__ import annotations

from datetime import datetime

import pytest
from orchard_case import ZONE, fired, load

from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind


def _same_day(tmp_path, sentence: str) -> bool:
    body = (
        "Dear Mr. Walker,\n\nThank you for the tour of the packhouse and the talk about the grading line upgrade "
        f"yesterday.\n\n{sentence}\n\nKind regards,\nAna Folau"
    )
    when = datetime(2026, 11, 18, 9, 0, tzinfo=ZONE)  # the morning after the interview
    draft = check_hand_written(
        load(tmp_path), "Thank you", body, kind=Kind.thank_you, to="Hemi Walker", now=when, send_at=when
    )
    return "warning:same_day_wording" in fired(draft, "timing")


@pytest.mark.parametrize(
    "sentence",
    [
        "In today's fast-paced export market, a grading line that never stops matters more than ever.",
        "Cold-chain data is what separates growers in today's rapidly evolving fruit industry.",
        "Traceability is expected in today\u2019s data-driven world, and I enjoy building it.",
    ],
)
def test_todays_age_is_no_same_day_slip(tmp_path, sentence) -> None:
    assert not _same_day(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm happy to send the two references today if that helps.",
        "I would be glad to share my 60-day plan today, ahead of your meeting.",
        "We are ready to book a second visit today if a slot is free.",
    ],
)
def test_an_offer_to_act_today_is_dated_by_the_send_day(tmp_path, sentence) -> None:
    assert not _same_day(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Today's interview made me even keener on the role.",
        "I was glad to meet you today and see the cold store plans.",
        "I'm so glad to have talked with you today about the night shift.",
        "Today's fast tour of the optical grader was the highlight.",
    ],
)
def test_today_of_the_meeting_is_still_wrong_next_morning(tmp_path, sentence) -> None:
    assert _same_day(tmp_path, sentence)
