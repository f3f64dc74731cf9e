"""`afterview new`'s paste reader (issue 14): the classes the fifteenth first-time-user trial showed.

Phrasings written for these tests (not the trial's), in other trades and places. 1: a promise of several things to
several people; 2: a read-back fix replaces what it names (see also test_new_fix_keeps.py); 3: a role with a dot or
an abbreviation inside its bracket; 4: a lower-case 'company - job - city ST' head line; 5: the place and the format
a head line gives; 6: news said in a sentence; 7: an owner met alone is the hiring manager; 8: the fact after an
arrow, shorthand, '&' and a lower-case place in what `new` writes.
"""

from __future__ import annotations

from typing import Any

import pytest

from afterview.notes.answers import guess_role
from afterview.notes.news_said import news_said
from afterview.notes.paste import read_paste
from afterview.notes.paste_people import read_back_person
from afterview.notes.place_zones import zone_in_notes
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from afterview.notes.tidy_items import tidy
from test_new_paste_third import TODAY  # Wed 2 Dec 2026

HEAD = "Larkspur Dental - Practice Manager - onsite today 11am\nTom Reyes (office mgr)\n"


def _person(data: dict[str, Any], first: str) -> dict[str, Any]:
    return next(p for p in data.get("interviewers") or [] if first in p["name"])


# --- 1. a promise naming several things to several people -------------------------------------------------------

DENTAL = """\
Larkspur Dental - Practice Manager - onsite today 11am
Dr. Nadia Okoye (owner) - talked about the new hygiene wing
Tom Reyes (office mgr) - walked me thru the scheduling software
promised: send Nadia my rota template + a reference letter to Tom
"""


def test_each_thing_of_a_promise_goes_to_the_person_it_names() -> None:
    data = read_paste(DENTAL, TODAY).data
    assert _person(data, "Nadia")["requested"] == ["my rota template"]
    assert _person(data, "Tom")["requested"] == ["a reference letter"]
    assert not data.get("requested")


@pytest.mark.parametrize(
    ("line", "nadia", "tom"),
    [
        ("said i'd send Nadia the audit log and my CV to Tom", ["the audit log"], ["my CV"]),
        ("promised: send Tom the floor plan, the budget sheet + my portfolio to Nadia", ["my portfolio"], None),
    ],
)
def test_a_thing_naming_nobody_goes_to_the_person_the_line_gives_it_to(
    line: str, nadia: list[str], tom: list[str] | None
) -> None:
    data = read_paste(DENTAL.rsplit("promised", 1)[0] + line + "\n", TODAY).data
    assert _person(data, "Nadia")["requested"] == nadia
    if tom is None:  # the floor plan and the budget sheet name nobody: the line's person, Tom
        assert _person(data, "Tom")["requested"] == ["the floor plan", "the budget sheet"]
    else:
        assert _person(data, "Tom")["requested"] == tom


def test_a_promise_of_several_things_naming_no_one_else_stays_whole() -> None:
    data = read_paste(DENTAL.rsplit("promised", 1)[0] + "promised: send Tom my rota template + a cover letter\n", TODAY)
    assert _person(data.data, "Tom")["requested"] == ["my rota template + a cover letter"]


# --- 2. a read-back fix replaces what it names ------------------------------------------------------------------


def _fix(person: dict[str, Any], answer: str, data: dict[str, Any]) -> list[str]:
    said: list[str] = []

    def ask(question: Question) -> str:
        return answer

    assert read_back_person(Questionnaire(ask, said.append, today=TODAY), 0, person, False, data)
    return said


def test_a_to_send_fix_replaces_what_was_read_and_adds_no_duplicate() -> None:
    person = {"name": "Tom Reyes", "role": "hiring_manager", "requested": ["my rota template + a reference letter"]}
    _fix(person, "To send them: my rota template", {})
    assert person["requested"] == ["my rota template"]


@pytest.mark.parametrize(
    ("answer", "key", "kept"),
    [
        ("Talked about: the recall drill", "topics", ["the recall drill"]),
        ("Challenge: no-shows on mondays", "challenges", ["no-shows on mondays"]),
        ("In common: both sail on Lake Travis", "rapport", ["both sail on Lake Travis"]),
        ("Asked me for: my CE credits list", "requested", ["my CE credits list"]),
        ("Title: practice owner", "title", "practice owner"),
        ("recruiter", "role", "recruiter"),
    ],
)
def test_each_kind_a_fix_names_replaces_what_was_read_and_nothing_else(answer: str, key: str, kept: Any) -> None:
    person = {
        "name": "Tom Reyes",
        "title": "office mgr",
        "role": "peer",
        "topics": ["the schedulin sofware"],
        "challenges": ["no-shows"],
        "rapport": ["both sail"],
        "requested": ["my rota template + a reference letter"],
    }
    before = dict(person)
    _fix(person, answer, {})
    assert person[key] == kept
    assert {k: v for k, v in person.items() if k != key} == {k: v for k, v in before.items() if k != key}


def test_a_garbled_topic_replaced_by_a_fix_is_dropped_not_filed_as_news() -> None:
    person = {"name": "Greta Lind", "role": "recruiter", "topics": ["partner) - won over pension + shift patterns"]}
    data: dict[str, Any] = {}
    said = _fix(person, "Talked about: pension and shift patterns", data)
    assert person["topics"] == ["pension and shift patterns"]
    assert not (data.get("company") or {}).get("news")
    assert any("left out of Greta's talked about" in s for s in said)


def test_the_fix_help_names_the_tags_a_fix_replaces_not_an_unrelated_example() -> None:
    asked: list[str] = []

    def ask(question: Question) -> str:
        asked.append(question.hint)
        return ""

    person = {"name": "Tom Reyes", "title": "office mgr", "topics": ["the scheduling software"]}
    read_back_person(Questionnaire(ask, lambda _: None, today=TODAY), 0, person, False, {})
    assert "To send them: …" in asked[0] and "billing" not in asked[0]


# --- 3. a role with a dot or an abbreviation inside its bracket -------------------------------------------------

BRACKETS = """\
Harbourline Freight - Dispatch Lead - video call today 3pm
ppl:
Omar Haddad (sr. eng., platform) - talked abt route optimisation
Greta Lind [HR bus. partner] - went thru pension + teh shift patterns
Ines Moreau (dept. head) - fleet telematics
Bo Lund (ops mgr., hiring mgr) - night shifts
"""


def test_a_bracketed_role_with_a_dot_inside_stays_one_role_and_leaks_nothing() -> None:
    pasted = read_paste(BRACKETS, TODAY)
    omar, greta, ines = (_person(pasted.data, n) for n in ("Omar", "Greta", "Ines"))
    assert omar["title"] == "sr. eng., platform"  # one role, its dots kept
    assert greta["title"] == "HR bus. partner"
    assert ines["title"] == "dept. head"
    assert _person(pasted.data, "Bo")["title"] == "ops mgr"  # a part in hiring is no team
    assert _person(pasted.data, "Bo")["role"] == "hiring_manager"
    assert omar["topics"] == ["route optimisation"]
    assert greta["topics"] == ["pension + teh shift patterns"]  # the typo is the topic's, written out later
    assert ines["topics"] == ["fleet telematics"]
    assert not pasted.unread
    every = [i for p in pasted.data["interviewers"] for k in ("topics", "challenges", "rapport") for i in p.get(k, [])]
    assert not any(")" in item or "partner" in item or "platform" in item for item in every), every


@pytest.mark.parametrize(
    "line",
    [
        "decide mid-Feb, after the board mtg",
        "decision end of month, after their board mtg",
        "decision early march, once budget is signed off",
    ],
)
def test_after_what_they_decide_is_kept_aside_not_left_unread(line: str) -> None:
    pasted = read_paste(HEAD + line + "\n", TODAY)
    assert pasted.data["interview"]["decision_by"]
    assert not pasted.unread
    assert any(kind == "why they decide then" for kind, _ in pasted.asides)


@pytest.mark.parametrize(
    "line",
    [
        "Greta Lind (HR) - went over pension + the shift pattern, 4 on 4 off is drivers only",
        "Greta Lind (HR) - pension and the shift pattern, 4x10s for the warehouse",
    ],
)
def test_the_jobs_rota_after_a_topic_is_kept_aside_not_the_topic(line: str) -> None:
    pasted = read_paste("Harbourline Freight - Dispatch Lead - video call today 3pm\n" + line + "\n", TODAY)
    topics = _person(pasted.data, "Greta")["topics"]
    assert len(topics) == 1 and "pension" in topics[0] and "shift pattern" in topics[0]
    assert not any("4" in t for t in topics)
    assert any(kind == "the job's terms" for kind, _ in pasted.asides)


# --- 4. a lower-case 'company - job - city ST' head line --------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "position", "company", "zone"),
    [
        ("blue heron bakery - pastry mgr - savannah GA", "Pastry Manager", "Blue Heron Bakery", "America/New_York"),
        ("tidewater kayak co - asst ops mgr - tacoma, WA", "Assistant Operations Manager", "Tidewater Kayak Co",
         "America/Los_Angeles"),
        ("prairie sky credit union - branch supv - fargo ND", "Branch Supervisor", "Prairie Sky Credit Union",
         "America/Chicago"),
    ],
)  # fmt: skip
def test_a_lowercase_company_job_place_head_line_is_read(head: str, position: str, company: str, zone: str) -> None:
    pasted = read_paste(head + "\nzoom w/ Hollis Grant, owner, 30 min, tues 10am\n- wants weekend hours\n", TODAY)
    assert pasted.data["position"] == position
    assert pasted.data["company"]["name"] == company
    assert pasted.zone_said is not None and pasted.zone_said[0] == zone
    assert head not in pasted.unread


# --- 5. the place and the format a head line gives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "zone"),
    [
        ("Kestrel Rail - Signalling Planner - panel today 2pm, inverness office", "Europe/London"),
        ("Kestrel Rail - Signalling Planner - today 2pm at our Leeds site", "Europe/London"),
        ("Brauhaus Nord - Shift Lead - today 9am, bremen plant", "Europe/Berlin"),
        ("Kestrel Rail - Signalling Planner - today 2pm, their Utrecht office", "Europe/Amsterdam"),
    ],
)
def test_a_site_in_the_head_line_gives_the_timezone_and_onsite(head: str, zone: str) -> None:
    pasted = read_paste(head + "\nMaeve Quinn (ops director) - timetable recovery\n", TODAY)
    assert pasted.zone_said is not None and pasted.zone_said[0] == zone
    assert pasted.data["interview"]["format"] == "onsite"


def test_a_place_phrase_is_never_a_persons_name_nor_a_word() -> None:
    assert zone_in_notes("call w/ Sofia (HR), sofia office\n", ["Sofia Reyes"]) is None
    assert zone_in_notes("Hana Lee (ops) - a nice office, reading room\n", []) is None
    assert zone_in_notes("Acme - Analyst - today 9am\nSalary OK, onsite\n", []) is None
    assert zone_in_notes("Acme - Analyst - today 9am, dayton, Ohio\n", []) == ("America/New_York", "Dayton")


def test_a_site_beside_the_job_with_no_meeting_on_its_line_is_where_the_job_is() -> None:
    pasted = read_paste(
        "Fenwick Credit Union - Teller Supervisor, exeter branch\ncall w/ Jo Marsh thurs 10am, 30 min\n", TODAY
    )
    assert "format" not in pasted.data["interview"]
    assert pasted.zone_said == ("Europe/London", "Exeter")


def test_a_persons_office_in_their_bracket_is_not_how_it_was_held() -> None:
    pasted = read_paste("zoom w Keiko Mori - Head of Ops @ Tern Logistics (Osaka office), 30 min, mon 10am\n", TODAY)
    assert pasted.data["interview"]["format"] == "video"


@pytest.mark.parametrize(
    "line",
    [
        "Ravi Shah (talent partner) - hybrid, 2 days a week in the Derby office",
        "Ravi Shah - 3 days at the Hull site",
    ],
)
def test_the_office_the_job_is_done_in_is_not_how_they_met(line: str) -> None:
    pasted = read_paste("Kestrel Rail - Signalling Planner - video today 2pm\n" + line + "\n", TODAY)
    assert pasted.data["interview"]["format"] == "video"
    assert not pasted.format_doubt


# --- 6. news said in a sentence ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "they're opening a 3rd clinic in east boise next summer!!",
        "they are building a new cold store by the port",
        "the practice is adding a second surgery in march",
        "they just won the county transit contract",
        "they run 3 bakeries and a food truck",  # what the company is: news, as trial 11's user filed it
    ],
)
def test_news_said_in_a_sentence_is_news(line: str) -> None:
    assert news_said(line)
    pasted = read_paste(HEAD + line, TODAY)
    assert (pasted.data.get("company") or {}).get("news"), pasted
    assert line not in pasted.unread


@pytest.mark.parametrize(
    "line",
    [
        "they use SAP for everything",
        "they opened up about turnover",
        "we both ran Boston",
        "they run a tight ship",
        "they make a point of promoting from within",
    ],
)
def test_a_sentence_about_them_that_is_no_news_is_not_news(line: str) -> None:
    assert not news_said(line)


# --- 7. someone who runs the place, met alone -------------------------------------------------------------------


@pytest.mark.parametrize("title", ["co-owner", "owner", "founder", "GM", "president", "practice director"])
def test_an_owner_met_alone_is_the_hiring_manager_by_default(title: str) -> None:
    assert guess_role(title, alone=True) == "hiring manager"


def test_an_owner_on_a_panel_keeps_the_guess_from_the_title() -> None:
    assert guess_role("co-owner") == "other"
    assert guess_role("co-owner", hiring_taken=True, alone=False) == "other"


def test_the_read_back_of_the_only_person_met_offers_hiring_manager() -> None:
    asked: list[str] = []

    def ask(question: Question) -> str:
        asked.append(question.text)
        return ""

    person = {"name": "Hollis Grant", "title": "co-owner", "topics": ["weekend hours"]}
    assert read_back_person(Questionnaire(ask, lambda _: None, today=TODAY), 0, person, False, {}, alone=True)
    assert "part in hiring: hiring manager?" in asked[0]
    assert person["role"] == "hiring_manager"


# --- 8. the fact after an arrow; shorthand, '&' and places written out ------------------------------------------


@pytest.mark.parametrize(
    ("line", "highlight"),
    [
        ("asked abt my forklift exp -> 4 yrs", "4 years of forklift"),
        ("she asked about my HACCP experience -> about 3 years", "about 3 years of HACCP experience"),
    ],
)
def test_the_length_after_the_arrow_is_the_highlight(line: str, highlight: str) -> None:
    pasted = read_paste(HEAD + line, TODAY)
    highlights = pasted.data["candidate"]["highlights"]
    assert [tidy(h) for h in highlights] == [highlight]


@pytest.mark.parametrize(
    ("item", "written"),
    [
        ("we both grew up near spokane WA", "we both grew up near Spokane, WA"),
        ("both spent a summer in galway", "both spent a summer in Galway"),
        ("they're adding a depot in north tacoma", "they're adding a depot in North Tacoma"),
        ("rebuilt the rota & cut overtime 9%", "rebuilt the rota and cut overtime 9%"),
        ("Salt & Ember, R&D", "Salt & Ember, R&D"),
        ("hiring ~12 ppl next yr", "hiring ~12 people next year"),
        ("read the signs at the reading room", "read the signs at the reading room"),
        ("went over teh rota", "went over the rota"),
        ("my staffing model + 2 refs", "my staffing model and 2 references"),
    ],
)
def test_what_new_writes_has_places_capitalised_and_shorthand_written_out(item: str, written: str) -> None:
    assert tidy(item) == written
