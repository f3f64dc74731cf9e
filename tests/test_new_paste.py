"""`afterview new` with pasted notes: read offline, said back, and only what they leave out asked.

Through a pipe (a paste ends at its first empty line), through a real terminal (a bracketed paste
arrives as one answer, blank lines and all), and the reader itself: nothing in the notes it writes
that the paste does not say.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from afterview.notes.paste import read_paste
from afterview.notes.paste_questions import fill
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from helpers import NOW
from test_new_command import ANSWERS, paste_notes, reply, spawn, until_written

runner = CliRunner()
TODAY = date(2026, 11, 24)  # a Tuesday; NOW is 16:00 that day

# Everything the notes need, as a person might jot it: the questions only read back the two dates.
COMPLETE = """\
Senior Backend Engineer at Acme - onsite, today 2pm
Dana Lee, Engineering Manager (hiring manager)
- Talked about: moving billing to event sourcing
- Challenge: nightly batch jobs page the on-call team
Priya Shah, Technical Recruiter (recruiter), my main contact
- the hiring timeline
They decide by Dec 4
Asked me for: portfolio link
Me: Sam Rivera
Highlight: led the Kafka migration at Northwind
"""
# The same without the candidate's name and without the date and time.
NO_NAME_NO_DATE = "\n".join(
    line.replace(", today 2pm", "") for line in COMPLETE.splitlines() if not line.startswith("Me:")
)


@pytest.fixture(autouse=True)
def _laptop_timezone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")


def pasted_new(target: Path, paste: str, answers: list[str]) -> Any:
    """`new` through a pipe: the paste's lines, the empty line that ends it, then `answers`."""
    lines = [line for line in paste.splitlines() if line.strip()]
    stdin = "\n".join([*lines, "", *answers]) + "\n"
    return runner.invoke(app, ["new", str(target), "--now", NOW], input=stdin)


def asked_after(paste: str, answers: list[str]) -> tuple[list[Question], dict[str, Any]]:
    """The questions `new` asks after this paste (answered in order, then the input ends), and the notes data."""
    asked: list[Question] = []
    queue = list(answers)

    def ask(question: Question) -> str | None:
        asked.append(question)
        return queue.pop(0) if queue else None  # the input ends: a required question left raises

    q = Questionnaire(
        ask, lambda _: None, today=TODAY, now=datetime(2026, 11, 24, 16, 0), default_timezone="America/New_York"
    )
    data = fill(q, read_paste(paste, TODAY))
    return asked, data


def is_read_back(question: Question) -> bool:
    return question.text.startswith("  understood:")


# --- through a pipe -------------------------------------------------------------------------------


def test_a_paste_that_says_everything_asks_only_for_confirmations(tmp_path: Path) -> None:
    asked, _ = asked_after(COMPLETE, [])
    # the two dates, what was read of each person, and what you said you would send (always confirmed: issue
    # 14) are read back; how long it was, which the paste does not say, is asked (Enter keeps 60 minutes)
    assert [q.key for q in asked] == [
        "interview.at",
        "interview.duration_minutes",
        "interviewers[0].topics",
        "interviewers[1].topics",
        "requested",
        "interview.decision_by",
    ]
    assert all(is_read_back(q) for q in asked if q.key != "interview.duration_minutes")
    assert asked[1].text == "How long was it?" and asked[1].default == "60 minutes"
    assert "you said you would send portfolio link" in asked[4].text

    target = tmp_path / "notes.md"
    result = pasted_new(target, COMPLETE, ["", "", "", "", "", ""])  # Enter keeps each read-back, and 60 minutes
    assert result.exit_code == 0, result.stdout + result.stderr
    out = result.stdout
    assert "From your notes:" in out and "who: Dana Lee (Engineering Manager, hiring manager)" in out
    assert "understood: Tue 24 Nov 2026, 14:00 (America/New_York)" in out
    assert "understood: Fri 04 Dec 2026" in out
    assert f"Wrote {target}. Next: afterview draft {target}" in out
    notes = load_notes(target)
    assert (notes.position, notes.company.name, notes.candidate.name) == (
        "Senior Backend Engineer",
        "Acme",
        "Sam Rivera",
    )
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0) and notes.interview.timezone == "America/New_York"
    assert notes.interview.format is not None and notes.interview.format.value == "onsite"
    assert notes.interview.decision_by == date(2026, 12, 4)
    dana, priya = notes.interviewers
    assert dana.role is not None and dana.role.value == "hiring_manager"
    assert dana.topics == ["moving billing to event sourcing"]
    assert dana.challenges == ["nightly batch jobs page the on-call team"]
    assert priya.role is not None and priya.role.value == "recruiter" and priya.primary_contact
    assert priya.topics == ["the hiring timeline"]
    assert notes.requested == ["portfolio link"]
    assert notes.candidate.highlights == ["led the Kafka migration at Northwind"]


def test_a_paste_without_the_name_and_the_date_asks_exactly_those(tmp_path: Path) -> None:
    asked, data = asked_after(NO_NAME_NO_DATE, ["today 2pm", "", "", "Sam Rivera"])
    questions = [q.key for q in asked if not is_read_back(q)]
    assert questions == ["interview.at", "interview.duration_minutes", "candidate.name"]
    assert data["candidate"]["name"] == "Sam Rivera" and data["interview"]["at"] == "2026-11-24T14:00"

    target = tmp_path / "notes.md"
    result = pasted_new(target, NO_NAME_NO_DATE, ["today 2pm", "", "", "Sam Rivera", "", ""])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "When did it start?" in result.stdout and "Your name, as you sign your messages?" in result.stdout
    for other in ("Which position", "Who interviewed you", "part in hiring", "Anything else about", "What did you say"):
        assert other not in result.stdout
    notes = load_notes(target)
    assert notes.candidate.name == "Sam Rivera" and notes.interview.at == datetime(2026, 11, 24, 14, 0)


def test_bad_answers_after_a_paste_are_still_asked_again(tmp_path: Path) -> None:
    answers = ["tomorrow 2pm", "today 2pm", "", "", "", "Sam Rivera", ""]  # after now; Enter: 60 min; then no name
    result = pasted_new(tmp_path / "n.md", NO_NAME_NO_DATE, answers)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (
        "is in the future; when did the interview start? Please try again." in result.stdout
        and "An answer is needed here." in result.stdout
    )
    assert load_notes(tmp_path / "n.md").candidate.name == "Sam Rivera"


def test_a_pasted_start_after_now_is_not_kept_but_asked_for(tmp_path: Path) -> None:
    paste = COMPLETE.replace("today 2pm", "today 6pm")  # --now is 16:00
    asked, data = asked_after(paste, ["today 2pm", ""])
    assert [q.key for q in asked if not is_read_back(q)] == ["interview.at", "interview.duration_minutes"]
    assert data["interview"]["at"] == "2026-11-24T14:00"


def test_a_paste_that_cannot_be_read_falls_back_to_the_questions(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    lines = ["great chat!!", "feeling good about it"]
    result = runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join([*lines, "", *ANSWERS]) + "\n")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Nothing in what you pasted could be read" in result.stdout
    assert "asking question by question instead" in result.stdout
    assert "Which position, at which company?" in result.stdout
    assert load_notes(target).position == "Senior Backend Engineer"


def test_enter_at_the_offer_asks_question_by_question(tmp_path: Path) -> None:
    result = runner.invoke(app, ["new", str(tmp_path / "n.md"), "--now", NOW], input="\n".join(["", *ANSWERS]) + "\n")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "From your notes" not in result.stdout and "A few questions about the interview" in result.stdout


def test_a_person_read_without_a_part_in_hiring_is_asked_it_in_their_read_back(tmp_path: Path) -> None:
    paste = COMPLETE.replace(" (hiring manager)", "")
    asked, data = asked_after(paste, [])
    # asked in the one read-back of what was read of Dana, the guess from 'Engineering Manager' shown
    [back] = [q for q in asked if q.key == "interviewers[0].topics"]
    assert "Dana's part in hiring: hiring manager?" in back.text and "moving billing" in back.text
    assert data["interviewers"][0]["role"] == "hiring_manager"
    _, data = asked_after(paste, ["", "", "peer; the on-call rota"])  # the time read back, its length, Dana's read-back
    assert data["interviewers"][0]["role"] == "peer" and data["interviewers"][0]["topics"] == ["the on-call rota"]
    assert data["interviewers"][0]["challenges"]  # a fix replaces only the fields it names (issue 14, fourth pass)


def test_markdown_notes_pasted_are_read_by_the_markdown_reader(tmp_path: Path) -> None:
    paste = """\
# Staff Engineer at Globex
- When: 2026-11-23 10:00 America/New_York, 45 minutes, video
## Dana Lee — Engineering Manager (hiring manager)
- Talked about: the service mesh rollout
"""
    pasted = read_paste(paste, TODAY)
    assert pasted.how == "markdown" and pasted.data["interviewers"][0]["topics"] == ["the service mesh rollout"]
    asked, data = asked_after(paste, ["", "Sam Rivera"])  # Enter keeps the start read back; the name
    # what you would send and when they decide are not in these notes: asked (Enter skips each)
    assert [q.key for q in asked if not is_read_back(q)] == [
        "candidate.name",
        "candidate.highlights",
        "requested",
        "interview.decision_by",
    ]
    assert data["position"] == "Staff Engineer" and data["company"]["name"] == "Globex"


def test_markdown_with_a_mistake_is_read_as_free_text_and_says_why(tmp_path: Path) -> None:
    paste = "# Staff Engineer at Globex\n- When: someday\nDana Lee, Engineering Manager\n- the service mesh rollout\n"
    pasted = read_paste(paste, TODAY)
    assert pasted.how == "free text" and pasted.problem
    assert pasted.data["interviewers"][0]["name"] == "Dana Lee"


# --- the reader ----------------------------------------------------------------------------------------

# Pastes written for these tests (not the bench's): sentences, names mid-sentence, a label of the writer's own.
SENTENCES = """\
Had my second-round interview with Brightline Health this morning at 9:30 for the Clinical Data Analyst \
position, about an hour over Teams.
First I met Carla Mendes, the Analytics Director. She walked me through how they're consolidating three EHR \
feeds. We both love trail running.
Then Raj Patel from HR explained benefits and said he'd be my point of contact.
They asked me for a SQL writing sample.
Raj said they'll make a decision by December 9.
They recently announced a partnership with Mercy Hospital.
"""
SHORTHAND = """\
Staff Data Engineer at Northwind Traders
phone screen yesterday 3pm Chicago time, 30 mins
Lena Park, Head of Data (hiring manager) lena.park@northwind.example
- they're migrating the warehouse to Snowflake
- Challenge: dashboards break every quarter end
- In common: both did a PhD in Leeds
Omar Diaz - recruiter, my main contact
- talked about relocation
- Lena asked about my dbt experience
my take: good fit, ask about on-call
They decide by Friday
"""


def test_names_met_in_sentences_and_what_each_said() -> None:
    data = read_paste(SENTENCES, TODAY).data
    assert (data["position"], data["company"]["name"]) == ("Clinical Data Analyst", "Brightline Health")
    assert data["interview"]["at"] == "2026-11-24T09:30" and data["interview"]["format"] == "video"
    carla, raj = data["interviewers"]
    assert carla["name"] == "Carla Mendes" and carla["title"] == "Analytics Director"
    assert carla["rapport"] == ["both love trail running"]
    assert "consolidating three EHR feeds" in carla["topics"]  # 'she walked me through how they're …'
    assert carla.get("role") is None  # 'Analytics Director' is a title: its part in hiring is asked
    assert raj["name"] == "Raj Patel" and raj["role"] == "recruiter" and raj["primary_contact"] is True
    assert data["requested"] == ["a SQL writing sample"] and data["interview"]["decision_by"] == "2026-12-09"
    assert data["company"]["news"] == ["announced a partnership with Mercy Hospital"]


def test_a_line_about_someone_else_or_with_a_label_of_its_own_is_filed_under_nobody() -> None:
    data = read_paste(SHORTHAND, TODAY).data
    lena, omar = data["interviewers"]
    assert lena["email"] == "lena.park@northwind.example" and lena["title"] == "Head of Data"
    assert lena["challenges"] == ["dashboards break every quarter end"]
    assert omar["topics"] == ["relocation"]  # not 'Lena asked about …' (Lena's line), not 'my take: …'
    assert omar.get("title") is None and omar["role"] == "recruiter"  # 'recruiter' is a part in hiring
    assert data["interview"]["decision_by"] == "2026-11-27" and data["interview"]["timezone"] == "America/Chicago"


# A person the reader cannot place ('Name / title') after one it can: their lines are nobody's.
UNPLACED = """\
Senior Backend Engineer at Acme, onsite today 2pm
Priya Shah (recruiter) - walked me through the hiring timeline
Dana Lee / engineering manager / hiring manager
- Challenge: nightly batch jobs page the on-call team
"""


def test_lines_under_a_name_the_reader_cannot_place_are_filed_under_nobody_and_shown() -> None:
    pasted = read_paste(UNPLACED, TODAY)
    (priya,) = pasted.data["interviewers"]
    assert priya["name"] == "Priya Shah" and "challenges" not in priya  # not Dana's problem, filed as Priya's
    assert "Dana Lee / engineering manager / hiring manager" in pasted.unread
    assert pasted.maybe_people == ["Dana Lee / engineering manager / hiring manager"]


def test_an_unread_name_asks_anyone_else_and_shows_what_was_not_read(tmp_path: Path) -> None:
    target = tmp_path / "n.md"
    answers = [
        "",
        "",  # how long it was: Enter keeps 60 minutes
        "Sam Rivera",
        "",  # the lines not read, offered before the read-backs: Enter leaves them out (Dana is added below)
        "",  # what was read of Priya: Enter keeps it
        "Dana Lee, Engineering Manager",
        "",
        "Challenge: nightly batch jobs page the on-call team",
        "",
        "",
    ]
    result = pasted_new(target, UNPLACED, answers)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (
        "not read (you can add them below" in result.stdout
        and re.search(r"Not read: (?:1\) )?Dana Lee", result.stdout)
        and "    Dana Lee / engineering manager" in result.stdout
    )
    assert "Anyone else? Name, and job title" in result.stdout
    priya, dana = load_notes(target).interviewers
    assert priya.challenges == [] and dana.challenges == ["nightly batch jobs page the on-call team"]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


_READ = {"at", "timezone", "decision_by", "role", "format", "culture", "pace"}  # values read, not quoted


@pytest.mark.parametrize(
    "paste", [COMPLETE, NO_NAME_NO_DATE, SENTENCES, SHORTHAND], ids=["complete", "partial", "sentences", "shorthand"]
)
def test_every_text_the_reader_fills_is_words_of_the_paste(paste: str) -> None:
    data = read_paste(paste, TODAY).data
    quoted = {k: v for k, v in data.items() if k != "interview"}
    texts = []
    for person in quoted.get("interviewers", []):
        texts += _strings({k: v for k, v in person.items() if k not in _READ})
    texts += _strings({k: v for k, v in quoted.items() if k != "interviewers"})
    folded = " ".join(paste.casefold().split())
    assert texts and all(" ".join(t.casefold().split()) in folded for t in texts), texts


# --- a real terminal ------------------------------------------------------------------------------


def test_a_real_terminal_takes_a_bracketed_paste_with_blank_lines(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    paste = COMPLETE.replace("Priya Shah", "\nPriya Shah").rstrip("\n").replace("\n", "\r")
    child = spawn(str(target), "--now", NOW, tz="America/New_York")
    try:
        paste_notes(child, paste)  # one paste, blank line and all, then Enter
        reply(child, "", "")  # the empty line that ends the notes
        child.expect("From your notes")
        reply(child, "understood: Tue 24 Nov 2026, 14:00", "")
        reply(child, "How long was it", "")
        reply(child, "understood: Dana Lee", "")
        reply(child, "understood: Priya Shah", "")
        reply(child, "you said you would send portfolio link", "")
        reply(child, "understood: Fri 04 Dec 2026", "")
        until_written(child)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    notes = load_notes(target)
    assert [p.name for p in notes.interviewers] == ["Dana Lee", "Priya Shah"]
    assert notes.candidate.name == "Sam Rivera" and notes.interview.decision_by == date(2026, 12, 4)


def test_a_real_terminal_asks_only_what_the_paste_left_out(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    child = spawn(str(target), "--now", NOW, tz="America/New_York")
    try:
        paste_notes(child, NO_NAME_NO_DATE.replace("\n", "\r"))
        reply(child, "", "")
        reply(child, "When did it start", "today 2pm")
        reply(child, "understood: Tue 24 Nov 2026, 14:00", "")
        reply(child, "How long was it", "")
        reply(child, "Your name", "Sam Rivera")
        reply(child, "understood: Dana Lee", "")
        reply(child, "understood: Priya Shah", "")
        reply(child, "you said you would send portfolio link", "")
        reply(child, "understood: Fri 04 Dec 2026", "")
        until_written(child)
        output = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0 and "Which position" not in output
    assert load_notes(target).candidate.name == "Sam Rivera"


def test_the_bench_pastes_take_under_a_minute_and_a_half(monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/new_time.py's panel, pasted as an email to oneself: less typing than the questions."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("new_time", Path(__file__).parents[1] / "bench" / "new_time.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "new_time", bench)
    spec.loader.exec_module(bench)
    pasted = bench.run_paste("panel", bench.pastes()["panel"]["email"])
    asked = bench.run(bench.SCENARIOS["panel"])
    assert "Thank-you to Priya Shah" in pasted.drafts
    assert pasted.prompts < asked.prompts and pasted.chars < asked.chars
    assert bench.PASTE_SECONDS / 60 + bench.minutes(pasted.prompts, pasted.chars) < 1.5
    assert re.search(r"who: Dana Lee", pasted.transcript)
