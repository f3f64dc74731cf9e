"""Free-text notes: what code reads by itself (no LLM), and the check that a value's line fits its field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afterview.notes.free_text import lines_of, read_facts
from afterview.notes.import_people import email_facts, people_named, person_facts, sections, title_on
from afterview.notes.importing import Fact, check_facts, locate

NOTES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
TODAY = date(2026, 11, 24)  # a Tuesday


def read(name: str) -> dict[str, str]:
    return {f.field: f.value for f in read_facts((NOTES / name).read_text(), TODAY)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (  # "yesterday at 2pm", a city for the timezone, "About 90 minutes", "onsite", "decide by the 4th"
            "acme_panel.txt",
            {
                "interview.at": "2026-11-23T14:00",
                "interview.timezone": "America/Chicago",
                "interview.duration_minutes": "90",
                "interview.format": "onsite",
                "interview.decision_by": "2026-12-04",
                "candidate.name": "Sam Rivera",
            },
        ),
        (  # "today 10:30am, London time, maybe 30 min", "role: Product Designer", "-- Alex Kim"
            "globex_phone.txt",
            {
                "interview.at": "2026-11-24T10:30",
                "interview.timezone": "Europe/London",
                "interview.duration_minutes": "30",
                "interview.format": "phone",
                "position": "Product Designer",
                "company.pace": "urgent",  # "they are hiring fast, want to move quickly"
                "interview.decision_by": "2026-11-27",
                "candidate.name": "Alex Kim",
            },
        ),
        (  # "(Monday Nov 23, 4pm, Berlin) - video, Google Meet, 45 mins", "My name: …"
            "initech_video.txt",
            {
                "interview.at": "2026-11-23T16:00",
                "interview.timezone": "Europe/Berlin",
                "interview.duration_minutes": "45",
                "interview.format": "video",
                "position": "Data Analyst",
                "candidate.name": "Maria Gonzalez",
            },
        ),
        (  # "SF office", "~1 hr", "very casual vibe", "get back to me by Thursday"
            "hooli_casual.txt",
            {
                "interview.at": "2026-11-23T15:30",
                "interview.timezone": "America/Los_Angeles",
                "interview.duration_minutes": "60",
                "interview.format": "onsite",
                "company.culture": "casual",
                "interview.decision_by": "2026-11-26",
                "candidate.name": "Jordan Lee",
            },
        ),
        (  # "He said not to follow up", "9am New York time", "20 minutes, phone"
            "wayne_recruiter.txt",
            {
                "interview.at": "2026-11-24T09:00",
                "interview.timezone": "America/New_York",
                "interview.duration_minutes": "20",
                "interview.format": "phone",
                "interview.no_follow_up": "true",
                "candidate.name": "Pat Morgan",
            },
        ),
    ],
)
def test_code_reads_times_places_and_signatures_itself(name: str, expected: dict[str, str]) -> None:
    assert read(name) == expected


def test_a_call_that_names_both_a_phone_and_a_video_word_is_not_guessed() -> None:
    found = read_facts("Chat with Bo, today 2pm, phone or Zoom\n", TODAY)
    assert "interview.format" not in {f.field for f in found}
    found = read_facts("Chat with Bo, today 2pm, phone then Zoom\n", TODAY)  # stages: the last one named (issue 14)
    assert [f.value for f in found if f.field == "interview.format"] == ["video"]


def test_people_get_their_lines_roles_emails_and_contact() -> None:
    text = (NOTES / "acme_panel.txt").read_text()
    found = sections(text, ["Priya Shah", "Dana Lee", "Marcus Webb", "Nobody Here"])
    assert [(s.name, sorted(s.numbers)) for s in found] == [
        ("Priya Shah", [3, 4]),
        ("Dana Lee", [6, 7, 8, 9]),
        ("Marcus Webb", [11, 12, 13]),
    ]
    priya = {f.field: f.value for f in person_facts(found[0], 0)}
    assert priya["interviewers[0].role"] == "recruiter" and priya["interviewers[0].primary_contact"] == "true"
    assert {f.field: f.value for f in person_facts(found[1], 1)}["interviewers[1].role"] == "hiring_manager"
    emails = {f.field: f.value for f in email_facts(text, ["Priya Shah", "Dana Lee", "Marcus Webb"], "Sam Rivera")}
    assert emails == {"interviewers[0].email": "priya.shah@acme.example", "candidate.email": "sam.rivera@example.com"}


MISFILED = """\
Senior Backend Engineer at Acme, yesterday at 2pm, New York time.
Dana Lee, engineering manager. We talked about moving billing to event sourcing.
We both ran the Chicago marathon last year.
Her problem: nightly batch jobs page the on-call team.
Acme just announced a Series C.
Bo Chen, recruiter. She has a dog named Pixel, same as mine.
I led the Kafka migration at Northwind.
She said they are hiring fast for this team.
"""


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [  # each value's words are in the notes; the line they are on is about something else
        ("company.news", "ran the Chicago marathon", "line 3 reads as common ground"),
        ("company.news", "has a dog named Pixel", "line 6 reads as common ground"),
        ("company.news", "led the Kafka migration at Northwind", "line 7 reads as your experience"),
        ("company.news", "nightly batch jobs page the on-call team", "line 4 reads as a problem"),
        ("interviewers[0].rapport", "nightly batch jobs page the on-call team", "line 4 reads as a problem"),
        ("candidate.highlights", "ran the Chicago marathon", "line 3 reads as common ground"),
        ("candidate.highlights", "just announced a Series C", "line 5 reads as company news"),
        ("requested", "moving billing to event sourcing", "line 2 reads as what was talked about"),
        ("interviewers[0].challenges", "moving billing to event sourcing", "line 2 reads as what was talked about"),
        ("interviewers[0].rapport", "has a dog named Pixel", "line 6 is not among the lines about Dana Lee"),
        ("interviewers[1].topics", "moving billing to event sourcing", "line 2 is not among the lines about Bo Chen"),
        ("interviewers[1].topics", "recruiter", "'recruiter' says who Bo Chen is"),
        ("interviewers[0].rapport", "engineering manager", "line 2 reads as what was talked about"),
        ("interviewers[1].challenges", "Bo Chen", "'Bo Chen' is a name"),
        ("interviewers[1].challenges", "hiring fast", "line 8 does not read as a problem of theirs"),
        ("interviewers[1].topics", "hiring fast for this team", "line 8 does not read as something you talked"),
    ],
)
def test_a_value_from_a_line_that_does_not_fit_its_field_is_left_out(field: str, value: str, why: str) -> None:
    people = sections(MISFILED, ["Dana Lee", "Bo Chen"])
    facts = [Fact(field="company.name", value="Acme", quote="Acme")]
    facts += [fact for n, section in enumerate(people) for fact in person_facts(section, n)]
    facts.append(locate(field, value, lines_of(MISFILED)))
    checked = check_facts(MISFILED, facts, today=TODAY, people=people)[-1]
    assert not checked.kept and checked.why_not.startswith(why), checked


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("company.news", "just announced a Series C"),
        ("interviewers[0].rapport", "ran the Chicago marathon"),
        ("interviewers[0].challenges", "nightly batch jobs page the on-call team"),
        ("interviewers[0].topics", "moving billing to event sourcing"),
        ("interviewers[1].rapport", "has a dog named Pixel"),
        ("candidate.highlights", "led the Kafka migration at Northwind"),
    ],
)
def test_a_value_from_a_line_that_fits_is_kept(field: str, value: str) -> None:
    people = sections(MISFILED, ["Dana Lee", "Bo Chen"])
    facts = [Fact(field="company.name", value="Acme", quote="Acme")]
    facts += [fact for n, section in enumerate(people) for fact in person_facts(section, n)]
    facts.append(locate(field, value, lines_of(MISFILED)))
    checked = check_facts(MISFILED, facts, today=TODAY, people=people)[-1]
    assert checked.kept, checked


def test_a_name_given_without_its_accents_or_period_is_the_name_as_the_notes_spell_it() -> None:
    text = "Met with Jonas Müller - Head of Analytics.\nHe talked about dbt.\n\nGavin B. - CTO.\n"
    found = sections(text, ["Jonas Muller", "gavin b", "Nobody"])
    assert [(s.name, s.given, sorted(s.numbers)) for s in found] == [
        ("Jonas Müller", "Jonas Muller", [1, 2]),
        ("Gavin B.", "gavin b", [4]),
    ]
    facts = [f for n, s in enumerate(found) for f in person_facts(s, n)]
    assert all(c.kept for c in check_facts(text, facts, today=TODAY, people=found))


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Dana Lee, engineering manager (would be my boss)", ["Dana Lee"]),
        ("Priya Shah (recruiter) set it up", ["Priya Shah"]),
        ("Met with Jonas Müller - Head of Analytics.", ["Jonas Müller"]),
        ("recruiter: Tom Baker, Talent Partner at Globex", ["Tom Baker"]),
        ("Dr. Aisha Khan - VP of Data (exec)", ["Dr. Aisha Khan"]),
        ("Gavin B. - CTO. Talked about rewriting the dashboard.", ["Gavin B."]),
        ("Wayne Enterprises - Operations Manager", []),  # the company and the position applied for
        ("Senior Backend Engineer, onsite panel", []),  # no title after it
        ("Sam Rivera - senior engineer", []),  # you
        ("We talked about Airflow vs Dagster", []),
    ],
)
def test_code_reads_a_name_followed_by_a_title_or_a_role(line: str, named: list[str]) -> None:
    assert people_named(line, not_names={"Wayne Enterprises", "Sam Rivera"}, position="Operations Manager") == named


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Dana Lee, engineering manager (would be my boss)", "Dana Lee", "engineering manager"),
        ("Priya Shah (recruiter) set it up", "Priya Shah", "recruiter"),
        ("Dr. Aisha Khan - VP of Data (exec)", "Aisha Khan", "VP of Data"),
        ("Gavin B. - CTO. Talked about React.", "Gavin B.", "CTO"),
        ("recruiter: Tom Baker, Talent Partner at Globex", "Tom Baker", "Talent Partner"),
        ("Met with Jonas Müller - Head of Analytics.", "Jonas Müller", "Head of Analytics"),
        ("Met Dana Lee, the engineering manager.", "Dana Lee", "engineering manager"),
        ("Dana Lee, we talked about billing", "Dana Lee", None),
    ],
)
def test_code_reads_the_title_written_after_a_name(line: str, name: str, title: str | None) -> None:
    assert title_on(lines_of(line)[0], name) == title


def test_a_bullet_of_its_own_under_a_person_is_a_topic_but_the_line_naming_them_is_not() -> None:
    text = "Priya Shah (recruiter) set it up\n- Kafka consumer lag\nThe office has a view\n"
    people = sections(text, ["Priya Shah"])
    facts = [*person_facts(people[0], 0)]
    facts += [locate("interviewers[0].topics", v, lines_of(text)) for v in ("Kafka consumer lag", "set it up", "view")]
    kept = {c.value: c.kept for c in check_facts(text, facts, today=TODAY, people=people)}
    assert (kept["Kafka consumer lag"], kept["set it up"], kept["view"]) == (True, False, False)
