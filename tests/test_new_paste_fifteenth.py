"""`afterview new`'s paste reader, fifteenth pass (issue 14): the classes the eleventh first-time-user trial showed.

Phrasings written for these tests (not the trial's). 1: a decision said as a day of the month, with or without a
weekday, is that day of this month (or next month's, when this month's is past); a weekday that does not match is
said back; a reading on or before the interview day is dropped and asked; 'before the holidays' is the last
business day before 25 December, said back in the words given.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from afterview.notes.holiday_said import holiday_day
from afterview.notes.paste import read_paste
from test_new_paste_third import TODAY, asked_after  # TODAY: Wed 2 Dec 2026

TAIL = "\nSam Rivera\n"
HEAD = "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nIrene Falk, Production Director\n"


def _read(text: str) -> Any:
    return read_paste(text + TAIL, TODAY)


# --- 1. decision dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- they decide by Thurs the 17th", "2026-12-17"),
        ("- decision: offers go out Mon the 14th", "2026-12-14"),
        ("- should hear back on the 9th, maybe sooner", "2026-12-09"),
        ("- decision by Tuesday 15th, then references", "2026-12-15"),
        ("- they'll decide by the 1st", "2027-01-01"),  # this month's 1st is past: next month's
    ],
)
def test_a_decision_said_as_a_day_of_the_month_is_that_day_never_the_weekday_alone(line: str, day: str) -> None:
    pasted = _read(HEAD + line)
    assert pasted.data["interview"]["decision_by"] == day


def test_a_weekday_that_does_not_match_the_day_of_the_month_keeps_the_day_and_says_so() -> None:
    pasted = _read(HEAD + "- decision by Wed the 17th")  # the 17th of Dec 2026 is a Thursday
    assert pasted.data["interview"]["decision_by"] == "2026-12-17"
    asked, data, _ = asked_after(pasted, {r"Irene's part": "hiring manager"})
    assert data["interview"]["decision_by"] == "2026-12-17"
    back = [q.text for q in asked if "Thu 17 Dec 2026" in q.text]
    assert back and "wed" in back[0].casefold() and "Thursday" in back[0]


def test_a_weekday_that_matches_is_not_remarked_on() -> None:
    pasted = _read(HEAD + "- decision by Fri the 18th")
    asked, data, _ = asked_after(pasted, {r"Irene's part": "hiring manager"})
    assert data["interview"]["decision_by"] == "2026-12-18"
    assert not any("but the 18th" in q.text for q in asked)


def test_a_decision_read_as_the_interview_day_is_dropped_and_asked() -> None:
    pasted = _read(HEAD + "- they want to decide by the 2nd, then a 2nd round on site")
    answers = {r"Irene's part": "hiring manager", r"would decide": "Dec 11"}
    asked, data, said = asked_after(pasted, answers)
    assert any("interview day" in s and "not kept" in s for s in said), said
    assert any(q.text == "When did they say they would decide?" for q in asked)
    assert data["interview"]["decision_by"] == "2026-12-11"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("- they hope to decide before the holiday break, 3 people left", "before the holiday break"),
        ("- decision: before christmas, maybe a 2nd call first", "before christmas"),
        ("- hear back before the holidays", "before the holidays"),
    ],
)
def test_a_decision_before_the_holidays_is_the_last_business_day_before_christmas_in_its_words(
    line: str, words: str
) -> None:
    pasted = _read(HEAD + line)
    assert pasted.data["interview"]["decision_by"] == "2026-12-24"  # a Thursday
    assert pasted.decision_said.strip("'\"") == words


@pytest.mark.parametrize(
    ("ref", "day"),
    [
        (date(2028, 3, 1), date(2028, 12, 22)),  # 24 Dec 2028 is a Sunday: the Friday before
        (date(2027, 12, 30), date(2028, 12, 22)),  # this year's is past: next year's
        (date(2027, 12, 20), date(2027, 12, 24)),
    ],
)
def test_the_holidays_are_the_last_weekday_before_christmas_still_ahead(ref: date, day: date) -> None:
    found = holiday_day("they want to decide ahead of the xmas shutdown", ref)
    assert found is not None and found[0] == day


# --- 2. two people on one line --------------------------------------------------------------------------------

BODY = "\n- Irene: the ovens are old and break weekly\n- Hugo: night shift is short staffed\n"
JOB = "Quarry Lane Bakery - Shift Supervisor - video call today 9am\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Irene Falk (ops director, my future boss) + Hugo Brandt (line lead)",
        "Irene Falk (ops director) & Hugo Brandt (line lead)",
        "- Irene Falk (ops director) and Hugo Brandt (line lead)",
    ],
)
def test_two_people_with_titles_on_one_line_are_two_people_each_with_their_title(line: str) -> None:
    pasted = _read(JOB + line + BODY)
    people = pasted.data["interviewers"]
    assert [p["name"] for p in people] == ["Irene Falk", "Hugo Brandt"]
    assert [p.get("title") for p in people] == ["ops director", "line lead"]
    assert people[1].get("challenges") == ["night shift is short staffed"]
    assert not any("Hugo" in line for line in pasted.unread)


@pytest.mark.parametrize("line", ["Irene Falk and Hugo Brandt", "Irene Falk, Hugo Brandt", "Irene Falk + Hugo Brandt"])
def test_two_full_names_on_one_line_are_two_people(line: str) -> None:
    pasted = _read(JOB + line + BODY)
    assert [p["name"] for p in pasted.data["interviewers"]] == ["Irene Falk", "Hugo Brandt"]


@pytest.mark.parametrize(
    "line",
    [
        "Irene Falk, Production Director",  # a name and a title
        "Portland, Salem",  # two places
        "Harbor Reach Boatworks, Bath ME",  # a company and a place
    ],
)
def test_a_line_that_is_not_only_full_names_is_not_split(line: str) -> None:
    from afterview.notes.people_one_line import people_in_line

    assert people_in_line(line) is None


# --- 3. a label with a dash -----------------------------------------------------------------------------------

ONE = "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nmet Irene Falk (production director)\n"


@pytest.mark.parametrize(
    ("line", "key", "item"),
    [
        ("- rapport - we both grew up near Lake Erie", "rapport", "we both grew up near Lake Erie"),
        ("- common ground – both ran half marathons this fall", "rapport", "both ran half marathons this fall"),
        ("- probs - the proofers break every other week", "challenges", "the proofers break every other week"),
    ],
)
def test_a_label_with_a_dash_is_read_as_the_label_and_never_reaches_what_is_kept(
    line: str, key: str, item: str
) -> None:
    pasted = _read(ONE + line)
    irene = pasted.data["interviewers"][0]
    assert irene.get(key) == [item]
    kept = str(pasted.data) + " ".join(pasted.unread)
    label = line.split()[1]
    assert f"{label} -" not in kept and f"{label} –" not in kept


def test_a_dash_after_a_word_that_is_no_label_is_left_alone() -> None:
    from afterview.notes.dash_labels import colon_labels

    assert colon_labels("- ovens - old and slow\nIrene Falk - production director\n") == (
        "- ovens - old and slow\nIrene Falk - production director\n"
    )
    assert colon_labels("- todo – send the food card\n- me - ran a night crew") == (
        "- todo: send the food card\n- me: ran a night crew"
    )


# --- 4. who will be in touch, after a next-step label ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["- next step: Hugo will email to set up a trial shift", "- next steps - Hugo to call about a site visit"],
)
def test_a_next_step_of_who_will_be_in_touch_makes_them_the_contact_and_is_read(line: str) -> None:
    text = JOB + "Irene Falk (ops director)\nHugo Brandt (line lead)" + BODY + line + "\n"
    pasted = _read(text)
    hugo = pasted.data["interviewers"][1]
    assert hugo["name"] == "Hugo Brandt" and hugo.get("primary_contact") is True
    assert not any("Hugo" in u for u in pasted.unread), pasted.unread


# --- 4. a line led by a person's first name is theirs ---------------------------------------------------------

PANEL = JOB + "Irene Falk (ops director)\nHugo Brandt (line lead)\n- Irene: the ovens are old\n"


@pytest.mark.parametrize(
    "line",
    ["- Hugo has a beagle named Biscuit", "- rapport: Hugo grew up two streets from me", "- Hugo coaches u10 soccer"],
)
def test_a_line_led_by_a_persons_first_name_is_theirs_not_the_section_owners(line: str) -> None:
    pasted = _read(PANEL + line + "\n")
    irene, hugo = pasted.data["interviewers"]
    said = line.split(": ")[-1].lstrip("- ")
    assert said not in str(irene)
    assert said in str(hugo.get("rapport")) + str(hugo.get("topics"))


# --- 2. the not-read step takes someone named in the line being filed -----------------------------------------


def test_the_not_read_step_adds_someone_named_in_a_line_it_files() -> None:
    from test_new_paste_third import asked_after

    text = (
        "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nmet Irene Falk (production director)\n"
        "- Irene: the proofers break every other week\n\n- also chatted w/ Hugo Brandt abt night shift coverage\n"
    )
    pasted = _read(text)
    assert any("Hugo Brandt" in u for u in pasted.unread), pasted.unread
    answers = {r"Not read": "Hugo topic"}
    asked, data, said = asked_after(pasted, answers)
    assert not any("name one of" in q.text for q in asked)
    hugo = [p for p in data["interviewers"] if p["name"] == "Hugo Brandt"]
    assert hugo and "night shift coverage" in str(hugo[0].get("topics"))
    assert any("added Hugo Brandt" in s for s in said)
    assert "Hugo" in " ".join(s for s in said if "Add any?" in s or s.startswith("    "))  # offered in the help
