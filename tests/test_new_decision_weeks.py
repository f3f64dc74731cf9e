"""A decision said as a week or a part of a month is read as one day by a written rule and said back in the
person's words (NEW16 class 2): a week → its Friday; early in a month → its 10th, mid → its 15th (the Friday before,
on a weekend), the end or the month said whole → its last business day; never the interview day or before it."""

from __future__ import annotations

from datetime import date

import pytest

from afterview.notes.decision_line import decision_in, decision_rest
from afterview.notes.paste import read_paste
from afterview.notes.paste_questions import summary
from test_new_paste_third import asked_after

WED = date(2026, 12, 2)  # the interview: Wednesday 2 December 2026
HEAD = "Cold Spring Dairy - Herd Records Clerk - onsite today 1pm\nWalt Regan, Barn Manager, hiring manager\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("hear back wk of the 7th", date(2026, 12, 11)),  # Mon 7 Dec: that week's Friday
        ("decision likely the week of Jan 11", date(2027, 1, 15)),
        ("decision: week of Sun the 13th", date(2026, 12, 18)),  # a Sunday: the working week after it
        ("they decide the week after next", date(2026, 12, 18)),
        ("they decide by the end of the week", date(2026, 12, 4)),
        ("decision around mid-January", date(2027, 1, 15)),
        ("answer by early feb", date(2027, 2, 10)),
        ("decision in early Jan", date(2027, 1, 8)),  # the 10th is a Sunday: the Friday before
        ("decision end of february", date(2027, 2, 26)),  # the 28th is a Sunday: the last business day
    ],
    ids=[
        "wk-of-the-7th",
        "week-of-jan-11",
        "week-of-a-sunday",
        "week-after-next",
        "end-of-the-week",
        "mid-january",
        "early-feb",
        "early-jan-on-a-weekend",
        "end-of-feb",
    ],
)
def test_a_week_or_part_of_a_month_is_read_by_the_written_rule(line: str, day: date) -> None:
    found = decision_in(line, WED)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(
    ("line", "interview", "day"),
    [
        ("they decide this week", date(2026, 12, 11), date(2026, 12, 14)),  # a Friday interview: not that day
        ("decision mid-december", date(2026, 12, 16), date(2026, 12, 17)),  # the 15th is past: the next business day
        ("decision early next week", date(2026, 12, 2), date(2026, 12, 9)),
    ],
)
def test_a_rule_day_is_never_on_or_before_the_interview(line: str, interview: date, day: date) -> None:
    found = decision_in(line, interview)
    assert found is not None and found[0] == day and found[0] > interview


def test_a_day_guessed_inside_a_holiday_bound_is_the_reading_and_both_are_said_back() -> None:
    found = decision_in("they decide before christmas, likely wk of dec 14", WED)
    assert found is not None
    assert found[0] == date(2026, 12, 18)  # not Thu 24 Dec: the guess is the sharper of the two
    assert "christmas" in found[1] and "wk of dec 14" in found[1]


def test_a_clause_before_the_date_is_shown_not_lost() -> None:
    line = "decision: 3 people in the running, prob mid-dec"
    found = decision_in(line, WED)
    assert found is not None and found[0] == date(2026, 12, 15)
    assert "3 people in the running" not in found[1]
    assert decision_rest(line, found[1]) == ["3 people in the running"]
    pasted = read_paste(HEAD + "- " + line + "\n", WED)
    assert "3 people in the running" in " ".join(pasted.unread)


def test_the_summary_says_the_decision_in_the_persons_words_and_what_they_were_read_as() -> None:
    pasted = read_paste(HEAD + "- they'll decide sometime the week of the 14th\n", WED)
    assert pasted.data["interview"]["decision_by"] == "2026-12-18"
    shown = "\n".join(summary(pasted.data, pasted.decision_said))
    assert "decision: 'sometime the week of the 14th' (read as Fri 18 Dec 2026)" in shown


def test_a_week_typed_at_the_decision_question_is_read_back_in_its_words() -> None:
    pasted = read_paste(HEAD, WED)
    asked, data, _ = asked_after(pasted, {r"would decide": "wk of the 14th", r"Your name": "Ida Berg"})
    assert data["interview"]["decision_by"] == "2026-12-18"
    back = [q.text for q in asked if q.text.lstrip().startswith("understood: 'wk of the 14th'")]
    assert back and "(read as Fri 18 Dec 2026)" in back[0]


def test_a_line_filed_as_the_decision_is_said_back_once_and_not_asked_again() -> None:
    pasted = read_paste(HEAD + "\n- the big call is probably mid-january\n", WED)
    assert any("mid-january" in u for u in pasted.unread)
    asked, data, said = asked_after(pasted, {r"Not read": "decision", r"Your name": "Ida Berg"})
    assert data["interview"]["decision_by"] == "2027-01-15"
    assert any(s.endswith("added as the decision: 'mid-january' (read as Fri 15 Jan 2027)") for s in said)
    assert not any(q.key == "interview.decision_by" for q in asked)  # neither asked nor read back again


def test_a_date_typed_over_the_read_back_is_kept_without_asking_again() -> None:
    pasted = read_paste(HEAD + "- they decide early next week\n", WED)
    asked, data, said = asked_after(pasted, {r"understood: 'early next week'": "Dec 18", r"Your name": "Ida Berg"})
    assert data["interview"]["decision_by"] == "2026-12-18"
    assert sum(q.key == "interview.decision_by" for q in asked) == 1  # the one read-back, then the date typed
    assert "  understood: Fri 18 Dec 2026" in said
