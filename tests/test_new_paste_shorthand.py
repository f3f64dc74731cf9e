"""`afterview new`'s paste reader on notes-app shorthand (issue 14, second pass).

Each class a first-time user's trial found, in phrasings written for these tests (not the trial's):
a job line with a parenthetical, '~' times, 'Name - Title' with 'Dir'/'mgr', a person line with a
question mark, a quoted decision, promises to a named person or to the section's person, first-person
report lines, and a team's problem under a tag of its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from afterview.notes.paste import Pasted, read_paste
from afterview.notes.paste_questions import fill
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire

TODAY = date(2026, 12, 2)  # a Wednesday

SHORTHAND = """\
Northwind Freight - Jr Ops Analyst (fleet planning)
video call today ~11:15, teams, ~45min

- Tomas Berg - Dir of Operations (hiring mgr). walked me thru their route planning tool. \
main pain: drivers ignore the app, returns pile up
- Ana Ruiz? (recruiter, came in at the end) - asked about my notice period. \
wants 3 references -> i said i'd send them by monday
- asked how i'd prioritize late loads -> told him abt the snowstorm week at my last place
- mentioned i built the dock scheduling sheet at my old job (saved ~5 hrs a week)
- send Tomas the route cost workbook by thurs
- decision: "by the 14th"
"""


def read(text: str = SHORTHAND) -> Any:
    return read_paste(text, TODAY)


def person(data: dict[str, Any], name: str) -> dict[str, Any]:
    found = [p for p in data.get("interviewers", []) if p["name"] == name]
    assert found, f"{name} not read: {[p['name'] for p in data.get('interviewers', [])]}"
    return found[0]


def test_a_job_line_with_a_parenthetical_is_the_job_not_a_person() -> None:
    data = read().data
    assert data["position"] == "Junior Operations Analyst"  # written out (issue 14)
    assert data["company"]["name"] == "Northwind Freight"
    assert all("Northwind" not in p["name"] for p in data["interviewers"])


def test_a_job_line_alone_names_no_one() -> None:
    data = read("Kestrel Health - Patient Access Rep (night shift)\nMet Olu Ade, the clinic manager\n").data
    assert [p["name"] for p in data.get("interviewers", [])] == ["Olu Ade"]


def test_approximate_time_and_length() -> None:
    interview = read().data["interview"]
    assert interview["at"] == "2026-12-02T11:15"
    assert interview["duration_minutes"] == 45


def test_name_dash_abbreviated_title_and_role() -> None:
    tomas = person(read().data, "Tomas Berg")
    assert tomas["title"] == "Dir of Operations"
    assert tomas.get("role") == "hiring_manager"


def test_a_person_line_with_a_question_mark_and_a_parenthetical() -> None:
    ana = person(read().data, "Ana Ruiz")
    assert ana.get("role") == "recruiter"


def test_a_quoted_decision_is_read() -> None:
    pasted = read()
    assert pasted.data["interview"]["decision_by"] == "2026-12-14"
    assert "the 14th" in pasted.decision_said


def test_a_promise_to_a_named_person_is_theirs_without_the_verb_or_the_day() -> None:
    tomas = person(read().data, "Tomas Berg")
    assert tomas.get("requested") == ["the route cost workbook"]
    assert not read().data.get("requested")


def test_what_the_section_person_wants_is_theirs() -> None:
    ana = person(read().data, "Ana Ruiz")
    assert ana.get("requested") == ["3 references"]


def test_a_team_problem_under_its_own_tag_is_a_challenge_of_the_section_person() -> None:
    tomas = person(read().data, "Tomas Berg")
    assert any("drivers ignore the app" in c for c in tomas.get("challenges", []))


def test_a_problem_line_of_its_own_is_the_only_interviewers_challenge() -> None:
    text = "Met Lena Fox, office manager\n- biggest headache: walk-ins at lunch, double bookings\n"
    lena = person(read(text).data, "Lena Fox")
    assert lena.get("challenges") == ["walk-ins at lunch, double bookings"]


ONE_PERSON = """\
Met Rosa Diaz, clinic manager
- the new intake forms
- staffing the front desk on saturdays
- asked how i'd calm a full waiting room -> told her abt flu season at the walk-in clinic
- mentioned i ran the front desk at a dental office for 2 yrs
"""


def test_first_person_report_lines_are_never_topics_as_written() -> None:
    rosa = person(read(ONE_PERSON).data, "Rosa Diaz")
    assert rosa["topics"] == [
        "the new intake forms",
        "staffing the front desk on saturdays",
        "a full waiting room",  # what a question about my approach is about, never 'how you'd …'
    ]
    assert read(ONE_PERSON).data["candidate"]["highlights"] == [
        "flu season at the walk-in clinic",
        "ran the front desk at a dental office for 2 yrs",
    ]


def test_first_person_report_lines_in_shorthand() -> None:
    data = read().data
    topics = [t for p in data["interviewers"] for t in p.get("topics", [])]
    assert all(not t.lower().startswith(("asked how i", "mentioned i", "wants ")) for t in topics), topics
    assert all(" i " not in f" {t.lower()} " and "->" not in t for t in topics), topics


def test_what_they_asked_about_my_approach_is_its_subject_never_said_as_theirs() -> None:
    topics = [t for p in read().data["interviewers"] for t in p.get("topics", [])]
    assert "late loads" in topics and not any("you" in t.split() or "you'd" in t for t in topics)


def test_what_you_said_of_yourself_is_a_highlight() -> None:
    highlights = read().data.get("candidate", {}).get("highlights", [])
    assert any(h.startswith("built the dock scheduling sheet") for h in highlights), highlights


def test_no_line_is_both_read_and_unread() -> None:
    for pasted in (read(), read(ONE_PERSON)):
        assert_apart(pasted)


def assert_apart(pasted: Any) -> None:
    data = pasted.data
    read_values = [v for p in data["interviewers"] for k in ("topics", "challenges", "rapport") for v in p.get(k, [])]
    for line in pasted.unread:
        assert not any(v in line for v in read_values), (line, read_values)


# --- what `new` asks after such a paste ------------------------------------------------------------


def asked_after(pasted: Pasted, answers: dict[str, str]) -> tuple[list[Question], dict[str, Any]]:
    """The questions `new` asks after this paste, each answered by the first of `answers` (a pattern of the
    question's text → the answer) that fits it, else with Enter."""
    asked: list[Question] = []

    def ask(question: Question) -> str | None:
        asked.append(question)
        assert len(asked) < 60, [q.text for q in asked[-5:]]
        return next((a for pattern, a in answers.items() if re.search(pattern, question.text)), "")

    q = Questionnaire(
        ask, lambda _: None, today=TODAY, now=datetime(2026, 12, 2, 16, 0), default_timezone="America/New_York"
    )
    return asked, fill(q, pasted)


def by_key(asked: list[Question], key: str) -> list[Question]:
    return [q for q in asked if q.key == key]


def test_what_you_would_send_is_always_shown_with_whom_and_enter_keeps_it() -> None:
    asked, data = asked_after(read(), {"Your name": "Sam Rivera"})
    [sends] = by_key(asked, "requested")
    assert "the route cost workbook for Tomas" in sends.text and "3 references for Ana" in sends.text
    assert person(data, "Tomas Berg")["requested"] == ["the route cost workbook"]
    assert person(data, "Ana Ruiz")["requested"] == ["3 references"]


def test_an_answer_to_the_sends_replaces_what_was_read() -> None:
    _, data = asked_after(read(), {"Your name": "Sam Rivera", "you said you would send": "a writing sample for Ana"})
    assert person(data, "Ana Ruiz")["requested"] == ["a writing sample"]
    assert "requested" not in person(data, "Tomas Berg") and not data.get("requested")


def test_nothing_to_send_read_is_asked_and_no_decision_read_is_asked() -> None:
    text = "Front Desk Coordinator at Harbor Dental\nMet Rosa Diaz, clinic manager\n"
    text += "- the new intake forms\nme: Sam Rivera\n"
    asked, data = asked_after(read(text), {"When did it start": "today 11am", "When did they say": "Friday"})
    keys = [q.key for q in asked]
    assert "requested" in keys and "interview.decision_by" in keys
    [decide] = [q for q in by_key(asked, "interview.decision_by") if "When did they say" in q.text]
    assert decide.required is False  # Enter skips it
    assert data["interview"]["decision_by"] == "2026-12-04"


def test_the_part_in_hiring_prompt_takes_an_answer_that_says_it_is_no_person() -> None:
    pasted = Pasted(
        {
            "position": "Dental Receptionist",
            "company": {"name": "Harbor Dental"},
            "candidate": {"name": "Sam Rivera"},
            "interview": {"at": "2026-12-02T11:00", "timezone": "America/New_York"},
            "interviewers": [
                {"name": "Front Desk", "title": "Dental Receptionist"},
                {"name": "Kim Park", "role": "hiring_manager", "topics": ["the new booking system"]},
            ],
        },
        "free text",
    )
    asked, data = asked_after(pasted, {"Front's part in hiring": "that's the job, not a person"})
    assert [p["name"] for p in data["interviewers"]] == ["Kim Park"]
    assert any("not a person" in q.hint for q in by_key(asked, "interviewers[0].role"))


def test_a_decision_said_as_the_end_of_a_week_is_kept() -> None:
    # 'end of this week' is read by new's decision words, and the value is checked with the same words
    pasted = read('Met Rosa Diaz, clinic manager\n- should hear back "end of this week", maybe sooner\n')
    assert pasted.data["interview"]["decision_by"] == "2026-12-04"


def test_a_person_named_wanting_something_outside_their_lines_is_theirs() -> None:
    text = "Met Rosa Diaz, clinic manager\n- the new intake forms\n\nRosa wants a copy of my CPR card\n"
    rosa = person(read(text).data, "Rosa Diaz")
    assert rosa.get("requested") == ["a copy of my CPR card"]
