"""`afterview new`'s paste reader, seventeenth pass (issue 14): the classes the thirteenth first-time-user trial showed.

Phrasings written for these tests (not the trial's), in other trades. 1: a 'w/ A B (role, aside) + C D (role) + E
(role, aside)' line is the people met, each with their title, a first name alone when its brackets say who they
are. 2: a first name that is also a city or a zone ('Adelaide', 'Victoria', 'Paris') is a person where the notes
use it as one, never the timezone; a zone's word inside a place's name ('Plaza Central') is no zone; the head's city
is offered first. 3: how long one person stayed ('only the last 15 min') is not the interview's length. 4: a job
said as the role applied for wins over an interviewer's title on the same line, which becomes theirs. 5: 'call'
alone is asked phone or video; a company's office named is no onsite; an unsaid format is asked. 6: a promise of
several things ('the map, the rota and an anonymised copy of the log') is kept whole, also in a 'next steps:' line
of clauses. 7: shorthand ('btwn', 'abt', 'w/', 'wd', 'bc') is written out and laughs and '!!' dropped in what `new`
writes. 9: the candidate's own questions ('need to ask: …') and the job's terms ('start ideally jan', 'could start
asap') are kept aside, never filed as someone's topic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.asides import aside_kind
from afterview.notes.free_text import read_facts
from afterview.notes.paste import read_paste
from afterview.notes.person_context import people_words
from afterview.notes.place_zones import zone_in_notes
from afterview.notes.tidy_items import tidy, tidy_notes
from test_new_paste_third import TODAY, asked_after  # TODAY: Wed 2 Dec 2026

TAIL = "\nSam Rivera\n"


def _read(text: str) -> Any:
    return read_paste(text + TAIL, TODAY)


def _people(pasted: Any) -> dict[str, str | None]:
    return {p["name"]: p.get("title") for p in pasted.data.get("interviewers") or []}


# --- 1. a line of people after 'w/' ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "w/ Tomasz Nowak (head chef, my future boss) + Ines Carvalho (pastry lead) + Adelaide (HR, first 10 min)",
            ["Tomasz Nowak", "Ines Carvalho", "Adelaide"],
        ),
        ("with Ruth Abara (site manager) & Kofi Mensah (QS)", ["Ruth Abara", "Kofi Mensah"]),
        ("met Dana Whyte (ward sister) + Florence (recruiter)", ["Dana Whyte", "Florence"]),
        ("w/ Dana Whyte (ward sister) + Kofi Mensah + Adelaide", ["Dana Whyte", "Kofi Mensah", "Adelaide"]),
    ],
)
def test_a_with_line_of_bracketed_people_is_the_people_met(line: str, people: list[str]) -> None:
    pasted = _read("Harbour Kitchen - Sous Chef - video tues 2pm\n" + line + "\n- menu changes weekly\n")
    assert list(_people(pasted)) == people


def test_each_person_of_a_with_line_keeps_their_title_and_not_the_aside() -> None:
    text = "Harbour Kitchen - Sous Chef - video tues 2pm\nw/ Tomasz Nowak (head chef) + Ines Carvalho (pastry lead)\n"
    assert _people(_read(text)) == {"Tomasz Nowak": "head chef", "Ines Carvalho": "pastry lead"}


@pytest.mark.parametrize("line", ["w/ Paris + Rome teams on the menu launch", "w/ Tomasz Nowak + Ops"])
def test_a_with_line_of_no_full_name_or_of_a_team_is_no_line_of_people(line: str) -> None:
    pasted = _read("Harbour Kitchen - Sous Chef - video tues 2pm\n" + line + "\n")
    assert "Ops" not in _people(pasted) and "Paris" not in _people(pasted)


# --- 2. a name that is also a place -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Victoria said the rota is posted on Fridays",
        "w/ Sofia for the first half",
        "Adelaide (recruiter) sent the invite",
        "Paris's team runs the night shift",
        "Florence, HR",
    ],
)
def test_a_name_used_as_a_persons_is_a_person(text: str) -> None:
    assert people_words(text) & {"victoria", "sofia", "adelaide", "paris", "florence"}


@pytest.mark.parametrize("place", ["Adelaide", "Sofia", "Lima", "Victoria"])
def test_a_person_named_like_a_city_is_never_the_timezone(place: str) -> None:
    text = f"Brightside Dental - Practice Manager - video call mon 11am\nw/ Omar Haddad (owner) + {place} (HR)\n"
    facts = read_facts(text, TODAY, [place, "Omar Haddad"])
    assert not [f for f in facts if f.field == "interview.timezone"]
    assert zone_in_notes(text, ["Omar Haddad", place]) is None


def test_a_zone_word_inside_a_places_name_suggests_no_zone() -> None:
    text = "Atlas Freight - Dispatcher - phone 9am\n- we both love the Plaza Central market\n"
    assert zone_in_notes(text, []) is None


def test_the_city_of_the_head_is_offered_over_places_of_small_talk() -> None:
    text = (
        "call w Keiko Mori - Head of Ops @ Tern Logistics (Osaka office), Planner role, 30 min\n"
        "- rapport: both lived in Lyon for a year\n"
    )
    assert zone_in_notes(text, ["Keiko Mori"]) == ("Asia/Tokyo", "Osaka")


def test_a_place_of_small_talk_below_the_head_suggests_no_zone() -> None:
    text = "Atlas Freight - Dispatcher - phone 9am\nKeiko Mori, Head of Ops\n- rapport: we both grew up near Osaka\n"
    assert zone_in_notes(text, ["Keiko Mori"]) is None
    text = (
        "Atlas Freight - Dispatcher - phone 9am\nKeiko Mori, Head of Ops\n- their depot in Osaka is short of drivers\n"
    )
    assert zone_in_notes(text, ["Keiko Mori"]) == ("Asia/Tokyo", "Osaka")


def test_a_city_named_for_the_interview_is_still_the_timezone() -> None:
    pasted = _read("Quay Books - Shop Manager - Chicago - video thurs 10am\nw/ Lena Ortiz (owner) + Sam Hale (buyer)\n")
    assert pasted.data["interview"]["timezone"] == "America/Chicago"


# --- 3. how long one person stayed ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "w/ Ruth Abara (site manager) + Kofi Mensah (QS, only the last 15 min)",
        "w/ Ruth Abara (site manager) + Ola (HR, first 20 mins)",
    ],
)
def test_how_long_one_person_stayed_is_not_the_interviews_length(line: str) -> None:
    pasted = _read("Stonegate Build - Site Engineer - onsite tues 9am\n" + line + "\n")
    assert "duration_minutes" not in pasted.data["interview"]


def test_the_length_of_the_interview_is_read_beside_a_part_someone_joined() -> None:
    facts = read_facts("Atlas Freight - Dispatcher - zoom, 50 min, the ops VP joined for the last 10 min\n", TODAY)
    assert [f.value for f in facts if f.field == "interview.duration_minutes"] == ["50"]


# --- 4. the job, not the interviewer's title --------------------------------------------------------------------


def test_a_role_applied_for_wins_over_the_title_of_the_one_met() -> None:
    pasted = _read("video w/ Keiko Mori - Head of Ops @ Tern Logistics, Route Planner role, 30 min, mon 10am\n")
    assert pasted.data["position"] == "Route Planner"
    assert pasted.data["company"]["name"] == "Tern Logistics"
    assert _people(pasted) == {"Keiko Mori": "Head of Ops"}


def test_a_title_at_a_company_with_no_role_named_is_still_the_job() -> None:
    pasted = _read("Route Planner @ Tern Logistics - video mon 10am\nKeiko Mori, Head of Ops\n")
    assert pasted.data["position"] == "Route Planner"


# --- 5. how it was held -----------------------------------------------------------------------------------------


def test_a_companys_office_named_is_not_an_onsite_interview() -> None:
    pasted = _read("call w Keiko Mori - Tern Logistics (Osaka office), Route Planner role, 30 min, mon 10am\n")
    assert "format" not in pasted.data["interview"]
    assert pasted.call_said


@pytest.mark.parametrize(
    ("head", "held"),
    [
        ("Tern Logistics - Route Planner - at their office mon 10am", "onsite"),
        ("Tern Logistics - Route Planner - teams mon 10am", "video"),
        ("Tern Logistics - Route Planner - in person mon 10am", "onsite"),
        ("Tern Logistics - Route Planner - phone mon 10am", "phone"),
    ],
)
def test_a_way_of_holding_it_said_is_read(head: str, held: str) -> None:
    assert _read(head + "\nKeiko Mori, Head of Ops\n").data["interview"]["format"] == held


@pytest.mark.parametrize(("answer", "held"), [("", "phone"), ("v", "video"), ("video", "video")])
def test_a_call_is_asked_phone_or_video(answer: str, held: str) -> None:
    pasted = _read("quick call w Keiko Mori - Tern Logistics, Route Planner role, 30 min, mon 10am\n")
    asked, data, _ = asked_after(pasted, {"a call: by phone or video": answer, "Keiko's part": "hiring manager"})
    assert sum("phone or video" in q.text for q in asked) == 1
    assert data["interview"]["format"] == held


def test_an_unsaid_format_is_asked_and_enter_leaves_it_unsaid() -> None:
    pasted = _read("Tern Logistics - Route Planner - mon 10am, 30 min\nKeiko Mori, Head of Ops\n")
    asked, data, _ = asked_after(pasted, {"Keiko's part": "hiring manager"})
    assert any(q.key == "interview.format" for q in asked)
    assert "format" not in data["interview"]
    _, data, _ = asked_after(pasted, {"How was it held": "o", "Keiko's part": "hiring manager"})
    assert data["interview"]["format"] == "onsite"


def test_a_format_read_is_not_asked() -> None:
    pasted = _read("Tern Logistics - Route Planner - zoom mon 10am, 30 min\nKeiko Mori, Head of Ops\n")
    asked, _, _ = asked_after(pasted, {"Keiko's part": "hiring manager"})
    assert not any(q.key == "interview.format" for q in asked)


# --- 6. a promise of several things -----------------------------------------------------------------------------

HEAD6 = "Tern Logistics - Route Planner - zoom mon 10am, 30 min\nKeiko Mori, Head of Ops\nOmar Reed, Fleet Lead\n"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        (
            "- next steps: decision by fri, I said I'd send her the depot map, the shift rota and an anonymised copy"
            " of my fuel log, they regroup on the 18th",
            "the depot map, the shift rota and an anonymised copy of my fuel log",
        ),
        (
            "- follow up: I'll send the deck, two refs, and a cleaned-up version of the KPI sheet",
            "the deck, two refs, and a cleaned-up version of the KPI sheet",
        ),
    ],
)
def test_a_promise_of_several_things_is_kept_whole(line: str, item: str) -> None:
    pasted = _read(HEAD6 + line)
    sent = list(pasted.data.get("requested") or []) + [
        r for p in pasted.data.get("interviewers") or [] for r in p.get("requested") or []
    ]
    assert sent == [item]


def test_a_promise_led_by_also_is_a_promise() -> None:
    line = "- also said id send Omar my van-loading checklist, the driver rota, and a redacted fuel log\n"
    pasted = _read(HEAD6 + line)
    omar = next(p for p in pasted.data["interviewers"] if p["name"] == "Omar Reed")
    assert omar["requested"] == ["my van-loading checklist, the driver rota, and a redacted fuel log"]


# --- 7. shorthand in what is written --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "written"),
    [
        ("pallets get lost btwn the depot & the yard", "pallets get lost between the depot and the yard"),
        ("we joked abt the canteen lol", "we joked about the canteen"),
        ("both ran the Dublin marathon!! she did it in 3h", "both ran the Dublin marathon, she did it in 3h"),
        ("rota slips bc nobody owns it", "rota slips because nobody owns it"),
        ("asked how wd I cut waste w/ the new press", "asked how would I cut waste with the new press"),
        ("handover w night shift is messy", "handover with night shift is messy"),
        ("BC Hydro contract (they re-key it by hand lol)", "BC Hydro contract (they re-key it by hand)"),
    ],
)
def test_shorthand_is_written_out_and_laughs_dropped(item: str, written: str) -> None:
    assert tidy(item) == written


def test_an_item_of_nothing_but_a_laugh_is_kept_as_it_is() -> None:
    assert tidy("haha") == "haha"


def test_every_list_of_the_notes_is_tidied() -> None:
    data: dict[str, Any] = {
        "candidate": {"highlights": ["cut waste 20% w/ a new rota"]},
        "requested": ["my rota template!!"],
        "interviewers": [{"name": "Omar Reed", "topics": ["abt the night shift"], "rapport": ["both from Cork lol"]}],
    }
    tidy_notes(data)
    assert data["candidate"]["highlights"] == ["cut waste 20% with a new rota"]
    assert data["requested"] == ["my rota template"]
    assert data["interviewers"][0]["topics"] == ["about the night shift"]
    assert data["interviewers"][0]["rapport"] == ["both from Cork"]


# --- 9. your own questions and the job's terms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("need to ask: is the van mine to take home, what shift pattern", "your questions"),
        ("to ask: parking on site?", "your questions"),
        ("questions for Omar: team size", "your questions"),
        ("start ideally feb", "the job's terms"),
        ("could start asap", "the job's terms"),
        ("start date: mid march", "the job's terms"),
        ("hybrid not possible (depot role)", "the job's terms"),
        ("notice period 4 wks", "the job's terms"),
    ],
)
def test_your_own_questions_and_the_jobs_terms_are_asides(line: str, kind: str) -> None:
    assert aside_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "starting the new routing system in march",
        "hybrid cloud move is their big project",
        "benefits start on day one",
        "start date flexibility",
    ],
)
def test_a_topic_that_starts_with_such_a_word_is_no_aside(line: str) -> None:
    assert aside_kind(line) is None


def test_questions_and_terms_are_never_filed_as_a_persons_topic() -> None:
    text = (
        "Tern Logistics - Route Planner - zoom mon 10am, 30 min\nKeiko Mori, Head of Ops\n"
        "- routes are planned on paper\n- need to ask: is there a van allowance\n- start ideally march\n"
    )
    pasted = _read(text)
    keiko = pasted.data["interviewers"][0]
    filed = [i for k in ("topics", "challenges", "rapport") for i in keiko.get(k) or []]
    assert not any("allowance" in i or "march" in i for i in filed)
    assert {kind for kind, _ in pasted.asides} >= {"your questions", "the job's terms"}


def test_the_notes_file_new_writes_holds_no_shorthand_or_laughs(tmp_path: Path) -> None:
    paste = (
        "Tern Logistics - Route Planner - zoom mon 10am, 30 min\n"
        "Keiko Mori, Head of Ops (hiring manager)\n"
        "- problem: loads get lost btwn the depot and the yard\n"
        "- rapport: both grew up near Cork lol\n"
        "me: Sam Rivera\n"
    )
    target = tmp_path / "notes.md"
    result = CliRunner().invoke(
        app, ["new", str(target), "--now", "2026-11-30T12:00"], input=paste + "\nEurope/Dublin\n" + "\n" * 12
    )
    assert result.exit_code == 0, result.stdout
    written = target.read_text(encoding="utf-8")
    assert "loads get lost between the depot and the yard" in written
    assert "both grew up near Cork\n" in written
    assert "btwn" not in written and "lol" not in written


def test_no_part_of_a_line_of_your_questions_is_filed_as_theirs() -> None:
    text = (
        "phone call w/ Ines Alves - Head of Finance @ Northmere Trust, Payroll Officer position, 40 min, mon 9am\n"
        "- payroll runs on two systems since the merger\n- need to ask: hybrid days? pension match?\n"
    )
    pasted = _read(text)
    ines = pasted.data["interviewers"][0]
    assert not any("pension" in i or "hybrid" in i for k in ("topics", "challenges") for i in ines.get(k) or [])
    assert ("your questions", "need to ask: hybrid days? pension match?") in pasted.asides


JOB_AFTER_PERSON = (
    "zoom w Keiko Mori - Head of Ops @ Tern Logistics (Osaka office), 30 min, mon 10am\n- routes are on paper\n"
)


def test_a_job_said_right_after_the_one_met_is_asked_whether_it_is_their_title() -> None:
    pasted = _read(JOB_AFTER_PERSON)
    asked, data, _ = asked_after(pasted, {"or is Head of Ops\\w* Keiko's title": "Route Planner", "Keiko's part": "hm"})
    assert sum("Keiko's title?" in q.text for q in asked) == 1
    assert data["position"] == "Route Planner"
    assert data["company"]["name"] == "Tern Logistics"
    assert {p["name"]: p.get("title") for p in data["interviewers"]} == {"Keiko Mori": "Head of Ops"}


def test_enter_keeps_the_job_said_right_after_the_one_met() -> None:
    _, data, _ = asked_after(_read(JOB_AFTER_PERSON), {"Keiko's part": "hm"})
    assert data["position"] == "Head of Operations"
    assert not data["interviewers"][0].get("title")


def test_a_job_line_with_the_job_first_is_not_asked_again() -> None:
    pasted = _read("Tern Logistics - Route Planner - zoom w Keiko Mori - mon 10am, 30 min\n- routes are on paper\n")
    asked, data, _ = asked_after(pasted, {"Keiko's part": "hm"})
    assert not any("title?" in q.text for q in asked)
    assert data["position"] == "Route Planner"
