"""Classes trial 12 showed (NEW16), each in phrasings of our own: a wish of theirs read as something to send, common
ground that names their side of it, 'Name + I both …' outside their lines, how someone took part in the interview
read as a topic or a problem, and a decision said against a holiday other than Christmas."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from afterview.notes.decision_line import decision_in
from afterview.notes.paste import read_paste

OCT = date(2026, 10, 20)  # a Tuesday
JOB = "Larkspur Transit - Scheduling Analyst - video call today 3pm\n"


def person(data: dict[str, Any], first: str) -> dict[str, Any]:
    return next(p for p in data["interviewers"] if p["name"].startswith(first))


def items(p: dict[str, Any]) -> list[str]:
    return [i for k in ("topics", "challenges", "rapport") for i in p.get(k, [])]


@pytest.mark.parametrize(
    ("line", "sent"),
    [
        ("- she wants weekend on-call once a month", False),
        ("- wants bus data flowing into one dashboard, drivers still use paper", False),
        ("- wants 2 writing samples", True),
        ("- needs my availability for a second round", True),
    ],
)
def test_a_wish_of_theirs_is_nothing_to_send_but_a_document_is(line: str, sent: bool) -> None:
    data = read_paste(JOB + "Nadia Brooks, Service Planning Manager\n" + line + "\n", OCT).data
    nadia = person(data, "Nadia")
    assert bool(nadia.get("requested")) == sent, nadia


def test_common_ground_that_names_their_side_is_kept() -> None:
    text = (
        JOB
        + "Nadia Brooks, Service Planning Manager\n"
        + "- in common - both ran cross country in HS (she was Duluth East, im Cloquet)\n"
    )
    pasted = read_paste(text, OCT)
    assert any("cross country" in r for r in person(pasted.data, "Nadia").get("rapport", []))
    assert not pasted.unread


def test_name_and_i_both_outside_their_lines_is_theirs() -> None:
    text = JOB + (
        "Nadia Brooks - Service Planning Manager (hiring manager)\nEli Park - data engineer\n\n"
        "rapport: Eli + I both commute by bike year round\n"
    )
    pasted = read_paste(text, OCT)
    assert any("commute by bike" in r for r in person(pasted.data, "Eli").get("rapport", []))
    assert not any("commute" in i for i in items(person(pasted.data, "Nadia")))


@pytest.mark.parametrize("part", ["joined 20 min late", "led most of the interview", "did most of the talking"])
def test_how_someone_took_part_in_the_interview_is_no_topic_or_problem(part: str) -> None:
    text = JOB + f"- Nadia Brooks, Service Planning Manager - {part}\n- Eli Park, data engineer\n"
    pasted = read_paste(text, OCT)
    assert not any(part in i for p in pasted.data["interviewers"] for i in items(p))
    assert (part not in " ".join(pasted.unread)) or any(part in a for _, a in pasted.asides)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("they want to decide before Thanksgiving", date(2026, 11, 25)),  # Thu 26 Nov 2026: the Wednesday before
        ("decision ahead of New Year's", date(2026, 12, 31)),
        ("decision before the holidays", date(2026, 12, 24)),
    ],
)
def test_a_decision_said_against_a_holiday_is_the_last_business_day_before_it(line: str, day: date) -> None:
    found = decision_in(line, OCT)
    assert found is not None and found[0] == day
    from afterview.notes.decision_said import read_as

    assert read_as(found[1], day) == f"'{found[1]}' (read as {day:%a %d %b %Y})"  # said back in its words


def test_a_read_back_fix_takes_the_label_it_shows_and_none_empties_a_field() -> None:
    from test_new_paste_third import asked_after

    text = (
        JOB + "Nadia Brooks, Service Planning Manager\n- wants 2 writing samples\n- problem: buses bunch at rush hour\n"
    )
    pasted = read_paste(text, OCT)
    assert person(pasted.data, "Nadia").get("requested")
    fix = "hiring manager; To send them: nothing; Challenge: none; In common: we both ride the 16"
    _, data, _ = asked_after(pasted, {r"Enter keeps what was understood": fix, r"Your name": "Ida Berg"})
    nadia = person(data, "Nadia")
    assert not nadia.get("requested") and not nadia.get("challenges")
    assert nadia.get("rapport") == ["we both ride the 16"]
    assert "nothing" not in str(data)


def test_a_remark_quoted_after_she_said_is_their_topic() -> None:
    text = JOB + 'Nadia Brooks, Service Planning Manager\n- she said "our riders deserve buses that show up on time"\n'
    pasted = read_paste(text, OCT)
    assert "our riders deserve buses that show up on time" in person(pasted.data, "Nadia").get("topics", [])
    assert not pasted.unread


def test_talking_about_how_i_did_something_is_a_highlight_of_mine() -> None:
    text = JOB + "Nadia Brooks, Service Planning Manager\n- talked about how i rebuilt the paratransit booking sheet\n"
    pasted = read_paste(text, OCT)
    assert any("rebuilt the paratransit booking sheet" in h for h in pasted.data["candidate"]["highlights"])
    assert not any("paratransit" in i for i in items(person(pasted.data, "Nadia")))


def test_how_someone_took_an_idea_of_yours_is_their_topic_not_your_highlight() -> None:
    text = JOB + (
        "Nadia Brooks, Service Planning Manager\n\nme:\n- rebuilt the paratransit booking sheet at my last job\n"
        "- Nadia really liked my idea of texting riders when a bus runs 10+ min late\n"
    )
    pasted = read_paste(text, OCT)
    nadia = person(pasted.data, "Nadia")
    assert any(t.startswith("texting riders when a bus runs") for t in nadia.get("topics", []))
    highlights = pasted.data["candidate"]["highlights"]
    assert any("paratransit" in h for h in highlights)
    assert not any("Nadia" in h for h in highlights)
