"""`afterview new`'s paste reader, tenth pass (issue 14): the classes the ninth first-time-user trial showed.

Phrasings written for these tests (not the trial's): a person line in shorthand under a header of people; problem
lines that name no one; a header of your own points, labels of promises, a quoted remark, a next round, a job line
with the meeting word after the company; stages of a format; impressions and tenure; a note to yourself in a
promise.
"""

from __future__ import annotations

from typing import Any

import pytest

from afterview.notes.paste import read_paste
from test_new_paste_third import TODAY, names, person

JOB = "Harbor Lights Ballet - Box Office Coordinator - today 11am, video\n"
PANEL = (
    JOB + "\npeople:\n"
    "- Tomas Riedel - Box Ofc Mgr (hiring mgr) - asked about my ticketing experience\n"
    "- Yuki Arai - Patron Svcs - came in halfway\n"
)
TAIL = "\nSam Rivera\n"


def _read(text: str) -> Any:
    return read_paste(text + TAIL, TODAY)


# --- 1. a person line in shorthand ---------------------------------------------------------------------


@pytest.mark.parametrize("header", ["people:", "ppl", "who I met:", "interviewers -", "the panel:"])
def test_a_shorthand_line_under_a_header_of_people_is_a_person_with_that_title(header: str) -> None:
    text = PANEL.replace("people:", header) + "- Odile Fontaine, Finance, joined at the end\n"
    pasted = _read(text)
    assert names(pasted) == ["Tomas Riedel", "Yuki Arai", "Odile Fontaine"]
    assert person(pasted.data, "Yuki").get("title") == "Patron Svcs"
    assert person(pasted.data, "Odile").get("title") == "Finance"
    assert header.strip(" :-") not in " ".join(pasted.unread)  # the header itself is read


def test_a_name_then_a_job_jotted_short_is_a_person_without_a_header() -> None:
    pasted = _read(JOB + "\nPriya Nand - Mktg Coord - walked me through the season brochure\n")
    assert names(pasted) == ["Priya Nand"]
    assert person(pasted.data, "Priya").get("title") == "Mktg Coord"


# --- 2. lines that name no one -----------------------------------------------------------------------------


def test_problem_lines_naming_no_one_are_the_hiring_managers_and_a_line_led_by_a_name_is_theirs() -> None:
    text = PANEL + "\nwhat's broken:\n- will-call queue runs 40 min on opening night\n- Yuki: refunds done by hand\n"
    pasted = _read(text)
    assert person(pasted.data, "Tomas").get("challenges") == ["will-call queue runs 40 min on opening night"]
    assert person(pasted.data, "Yuki").get("challenges") == ["refunds done by hand"]
    assert pasted.unread == []


def test_problem_lines_naming_no_one_are_the_only_persons() -> None:
    text = JOB + "\nMara Quist, Box Office Manager\n\nneeds:\n- season renewals lag\n- no one trained on the new POS\n"
    assert person(_read(text).data, "Mara").get("challenges") == [
        "season renewals lag",
        "no one trained on the new POS",
    ]


# --- 3. more labels ----------------------------------------------------------------------------------------


def test_the_lines_under_a_header_of_your_own_are_highlights_and_shared_ground_is_the_persons() -> None:
    mine = "- ran the will-call desk at the Fringe fest for 3 seasons\n- Yuki + me both ushered at the Paramount\n"
    pasted = _read(PANEL + "\nmy side:\n" + mine)
    highlights = pasted.data["candidate"]["highlights"]
    assert "ran the will-call desk at the Fringe fest for 3 seasons" in highlights
    assert not any("Paramount" in h for h in highlights)
    assert person(pasted.data, "Yuki").get("rapport") == ["Yuki + me both ushered at the Paramount"]
    assert pasted.unread == []


@pytest.mark.parametrize("label", ["said I'd send", "owe them", "i promised", "will send"])
def test_a_label_of_promises_is_read(label: str) -> None:
    pasted = _read(JOB + "Mara Quist, Box Office Manager\n\n" + f"{label}: two references + my shift rota\n")
    assert pasted.data.get("requested") == ["two references + my shift rota"]
    assert not any("references" in u for u in pasted.unread)


def test_a_quoted_remark_is_a_topic_of_whoever_said_it_and_a_next_round_the_hiring_managers() -> None:
    text = PANEL + '\nYuki said "half our first-time buyers never come back"\nsecond round w/ the GM early next month\n'
    pasted = _read(text)
    assert "half our first-time buyers never come back" in person(pasted.data, "Yuki").get("topics", [])
    assert "second round w/ the GM early next month" in person(pasted.data, "Tomas").get("topics", [])
    assert pasted.unread == []


def test_a_job_line_with_the_meeting_word_after_the_company_gives_both() -> None:
    pasted = _read("Lantern Theatre Rep interview - Education Assoc - Thurs 3pm zoom\nMara Quist, Education Director\n")
    assert (pasted.data.get("position"), pasted.data.get("company", {}).get("name")) == (
        "Education Associate",  # written out (issue 14)
        "Lantern Theatre Rep",
    )


# --- 4. format words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "form"),
    [
        ("zoom screen -> real interview w/ hiring mgr\nSpokane, in person, 90 min", "onsite"),
        ("phone screen first, then in-office w/ hiring mgr, 90 min", "onsite"),
        ("in-person chat, 90 min w/ the hiring manager", "onsite"),
    ],
)
def test_of_stages_the_last_named_wins_and_an_unnamed_hiring_manager_is_the_only_one_met(head: str, form: str) -> None:
    text = f"Lakeview Credit Union - Branch Supervisor - today 9am\n{head}\n\nNadia Pruitt, Branch Operations Lead\n"
    pasted = _read(text)
    assert pasted.data["interview"]["format"] == form
    assert person(pasted.data, "Nadia").get("role") == "hiring_manager"


# --- 5. impressions are not topics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said", ["v friendly", "big picture person", "9 yrs there", "seemed rushed", "nice", "would be my boss"]
)
def test_a_description_of_the_person_is_no_topic(said: str) -> None:
    text = JOB + f"\nMara Quist, Box Office Manager - {said}, talked about the subscription drive\n"
    mara = person(_read(text).data, "Mara")
    assert mara.get("topics") == ["the subscription drive"]
    assert not any(said in i for k in ("challenges", "rapport") for i in mara.get(k) or [])


def test_joining_late_is_kept_aside_not_a_topic() -> None:
    pasted = _read(PANEL)
    assert not person(pasted.data, "Yuki").get("topics")
    assert any("came in halfway" in a for _, a in pasted.asides)


# --- 6. notes to self --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "sent", "note"),
    [
        ("promised: send Tomas my rota template (take out staff names first)", "my rota template", "names"),
        ("owe them: the sales report - NB blank the donor column", "the sales report", "donor"),
        ("said id send: my references [ask Dee before sending]", "my references", "Dee"),
        ("said id send: the checklist (blank copy)", "the checklist (blank copy)", None),
    ],
)
def test_a_note_to_yourself_in_a_promise_is_taken_out_and_said_back(line: str, sent: str, note: str | None) -> None:
    pasted = _read(PANEL + "\n" + line + "\n")
    sends = [*(pasted.data.get("requested") or []), *(person(pasted.data, "Tomas").get("requested") or [])]
    assert sends == [sent]
    kept_aside = [a for k, a in pasted.asides if k == "a note to yourself"]
    assert (note in " ".join(kept_aside)) if note else not kept_aside


@pytest.mark.parametrize(("answer", "form"), [("", "onsite"), ("v", "video"), ("p", "phone"), ("zoom", "video")])
def test_a_format_read_from_notes_naming_several_is_said_back_and_one_letter_changes_it(answer: str, form: str) -> None:
    from test_new_paste_third import asked_after

    text = "Lakeview Credit Union - Branch Supervisor - today 9am\nphone screen -> real interview, onsite, 1hr\n"
    pasted = _read(text + "\nNadia Pruitt, Branch Operations Lead\n")
    asked, data, _ = asked_after(pasted, {r"more than one way": answer})
    assert data["interview"]["format"] == form
    assert sum("more than one way" in q.text for q in asked) == 1


def test_a_format_named_once_is_not_asked_again() -> None:
    from test_new_paste_third import asked_after

    pasted = _read("Lakeview Credit Union - Branch Supervisor - today 9am, onsite, 1hr\n\nNadia Pruitt, Branch Lead\n")
    asked, data, _ = asked_after(pasted, {})
    assert data["interview"]["format"] == "onsite"
    assert not any("more than one way" in q.text for q in asked)


def test_where_the_job_is_done_is_not_how_the_interview_was_held() -> None:
    from test_new_paste_third import asked_after

    text = "Lakeview Credit Union - Branch Supervisor - today 9am zoom\nSpokane, hybrid 2 days in office\n"
    pasted = _read(text + "\nNadia Pruitt, Branch Operations Lead\n")
    asked, data, _ = asked_after(pasted, {})
    assert data["interview"]["format"] == "video"
    assert not any("more than one way" in q.text for q in asked)


def test_a_person_line_split_by_slashes_under_a_header_of_people_is_a_person() -> None:
    pasted = _read(JOB + "\nwho I met:\nNadia Pruitt / box office / would be my boss\n  - the spring gala season\n")
    nadia = person(pasted.data, "Nadia")
    assert nadia.get("title") == "box office"
    assert nadia.get("topics") == ["the spring gala season"]


@pytest.mark.parametrize(("place", "zone"), [("Fargo ND", "America/Chicago"), ("Tacoma WA", "America/Los_Angeles")])
def test_a_city_the_lists_lack_is_placed_by_its_state(place: str, zone: str) -> None:
    pasted = read_paste(
        f"Acme - Claims Analyst - today 9am\n{place}, onsite, 1hr\n\nNadia Pruitt, Claims Lead\n", TODAY
    )
    assert pasted.zone_said == (zone, place.split()[0])
    assert read_paste("Acme - Claims Analyst - today 9am\nSalary OK, onsite\n", TODAY).zone_said is None
