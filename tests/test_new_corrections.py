"""`afterview new`, after a first-use trial: a read-back date corrected in place, something to send given to
the person it is for, and "he's my main contact" read as the point of contact, each through the real CLI."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from helpers import NOW  # Tue 24 Nov 2026, 16:00
from test_new_command import ANSWERS, no_paste, reply, spawn, until_written

runner = CliRunner()


@pytest.fixture(autouse=True)
def _laptop_timezone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")


def run_new(target: Path, answers: list[str]) -> Any:
    result = runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join(["", *answers]) + "\n")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout
    return result


def with_decision(said: list[str]) -> list[str]:
    """ANSWERS with the decision answer and its read-back replaced by `said`."""
    answers = list(ANSWERS)
    at = answers.index("Dec 4")
    answers[at : at + 2] = said
    return answers


# --- 1. a date read back is confirmed in place: Enter keeps it, an answer replaces it ---------------------


def test_the_start_time_read_back_takes_a_correction_then_enter(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    answers[1:3] = ["today 2pm", "yesterday 3:30pm", ""]  # understood, corrected, the correction kept
    result = run_new(tmp_path / "n.md", answers)
    assert "understood: Tue 24 Nov 2026, 14:00 (America/New_York) — Enter keeps it" in result.stdout
    assert "understood: Mon 23 Nov 2026, 15:30 (America/New_York) — Enter keeps it" in result.stdout
    assert load_notes(tmp_path / "n.md").interview.at == datetime(2026, 11, 23, 15, 30)


@pytest.mark.parametrize(
    ("said", "decision"),
    [
        (["Friday", "Dec 11"], date(2026, 12, 11)),  # replaced by a date typed as one: not read back again
        (["Dec 4", "the 9th", ""], date(2026, 12, 9)),
        (["in two weeks", ""], date(2026, 12, 8)),  # Enter keeps it
        (["Dec 4", "sometime soon", "Dec 7"], date(2026, 12, 7)),  # a correction that does not read: again
        (["Dec 4", "they did not say"], None),  # a correction may take the date back
        (["they'll decide next week", ""], date(2026, 12, 4)),  # next week's Friday, the end of it
        (["by the end of the week", ""], date(2026, 11, 27)),
        (["the recruiter thinks Dec 9", ""], date(2026, 12, 9)),  # the date in its last words
    ],
)
def test_the_decision_read_back_takes_a_correction(tmp_path: Path, said: list[str], decision: date | None) -> None:
    result = run_new(tmp_path / "n.md", with_decision(said))
    notes = load_notes(tmp_path / "n.md")
    assert notes.interview.decision_by == decision
    assert notes.company.news == ["opened a Berlin office"]  # every later answer still in its place
    if "sometime soon" in said:
        assert "'sometime soon' is not a date" in result.stdout


@pytest.mark.parametrize(
    ("said", "choice", "decision"),
    [
        # Tue 24 Nov: Thursday is still to come this week, so 'next Thursday' could be the 26th or 3 Dec
        ("next Thursday", "", date(2026, 12, 3)),  # Enter: the week after's
        ("next Thursday", "this week", date(2026, 11, 26)),
        ("next thursday", "26", date(2026, 11, 26)),
        ("they said by next Fri", "the week after", date(2026, 12, 4)),
        ("next Sunday", "29th", date(2026, 11, 29)),
        ("next Friday", "4", date(2026, 12, 4)),
        ("they said probably next Friday", "next week", date(2026, 12, 4)),
    ],
)
def test_next_weekday_later_this_week_asks_which_week(tmp_path: Path, said: str, choice: str, decision: date) -> None:
    result = run_new(tmp_path / "n.md", with_decision([said, choice]))
    assert "this week's" in result.stdout and "or the week after" in result.stdout
    assert f"understood: {decision:%a %d %b %Y}" in result.stdout
    assert load_notes(tmp_path / "n.md").interview.decision_by == decision


def test_another_date_typed_at_the_which_week_question_is_read_back_again(tmp_path: Path) -> None:
    run_new(tmp_path / "n.md", with_decision(["next Thursday", "Dec 10", ""]))
    assert load_notes(tmp_path / "n.md").interview.decision_by == date(2026, 12, 10)


@pytest.mark.parametrize(
    ("said", "decision"),
    [("next Monday", date(2026, 11, 30)), ("next Tuesday", date(2026, 12, 1)), ("Friday", date(2026, 11, 27))],
)
def test_a_weekday_with_one_reading_is_only_read_back(tmp_path: Path, said: str, decision: date) -> None:
    result = run_new(tmp_path / "n.md", with_decision([said, ""]))
    assert "or the week after" not in result.stdout
    assert f"understood: {decision:%a %d %b %Y} — Enter keeps it" in result.stdout
    assert load_notes(tmp_path / "n.md").interview.decision_by == decision


def test_a_real_terminal_corrects_a_read_back_in_place(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    child = spawn(str(target), "--now", NOW, tz="America/New_York")
    no_paste(child)
    try:
        reply(child, "position", "Staff Engineer at Globex")
        reply(child, "start", "today 9am")
        reply(child, "understood: Tue 24 Nov 2026, 09:00", "today 10am")  # typed over the read-back
        reply(child, "understood: Tue 24 Nov 2026, 10:00", "")
        reply(child, "How long", "")
        reply(child, "sign", "Sam Rivera")
        reply(child, "Name, and job title", "Dana Lee, Engineering Manager")
        reply(child, "part in hiring", "")
        reply(child, "Anything else about Dana", "")
        reply(child, "Anyone else", "")
        reply(child, "send them", "")
        reply(child, "decide", "next Friday")
        reply(child, "or the week after", "this week")
        reply(child, "company news", "")
        reply(child, "experience", "")
        until_written(child)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    notes = load_notes(target)
    assert notes.interview.at == datetime(2026, 11, 24, 10, 0)
    assert notes.interview.decision_by == date(2026, 11, 27)


# --- 2. something to send, for the person who asked for it -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "who", "item"),
    [
        ("references for Priya", 1, "references"),
        ("my slide deck to Priya Shah", 1, "my slide deck"),
        ("a code sample (for dana)", 0, "a code sample"),
        ("a sample of my test plans, for Dana Lee", 0, "a sample of my test plans"),
        ("the design doc for Priya, as she asked", 1, "the design document"),  # "doc" said in full (stop 56)
        ("two references for Ms Shah", 1, "two references"),
    ],
)
def test_something_to_send_for_a_named_person_is_theirs(tmp_path: Path, said: str, who: int, item: str) -> None:
    answers = list(ANSWERS)
    answers[answers.index("portfolio link")] = said
    target = tmp_path / "n.md"
    result = run_new(target, answers)
    assert "(e.g. portfolio link, or portfolio link for Dana; Enter if nothing)" in result.stdout
    notes = load_notes(target)
    person, other = notes.interviewers[who], notes.interviewers[1 - who]
    assert person.requested == [item] and other.requested == []
    assert notes.requested == [item]  # still one of the notes' requested items, without the name
    heading = f"## {person.name} — "
    section = target.read_text().split(heading)[1].split("\n## ")[0]
    assert f"- Asked me for: {item}\n" in section  # written under that person, not in '## Asked me for'
    assert "## Asked me for" not in target.read_text()


def test_items_for_two_people_and_one_for_nobody_in_particular(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    at = answers.index("portfolio link")
    answers[at : at + 2] = ["portfolio link for Dana; references to Priya", "a guide to Python", ""]
    target = tmp_path / "n.yaml"
    result = run_new(target, answers)
    assert "understood: references, for Priya (written under their name)" in result.stdout
    data = yaml.safe_load(target.read_text())
    assert data["interviewers"][0]["requested"] == ["portfolio link"]
    assert data["interviewers"][1]["requested"] == ["references"]
    assert data["requested"] == ["a guide to Python"]  # 'to Python' names nobody: the words stay
    notes = load_notes(target)
    assert notes.requested == ["a guide to Python", "portfolio link", "references"]
    back = tmp_path / "back.md"
    assert runner.invoke(app, ["convert", str(target), str(back)]).exit_code == 0
    assert load_notes(back) == notes  # Markdown keeps whose each item is


def test_a_first_name_two_people_share_asks_for_the_full_name(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    answers[answers.index("Priya Shah, Technical Recruiter")] = "Dana Kim, Technical Recruiter"
    at = answers.index("portfolio link")
    answers[at : at + 1] = ["portfolio link for Dana", "portfolio link for Dana Kim"]
    result = run_new(tmp_path / "n.md", answers)
    assert "two people are called Dana; write the full name (Dana Lee or Dana Kim)" in result.stdout
    assert load_notes(tmp_path / "n.md").interviewers[1].requested == ["portfolio link"]


def test_without_a_name_the_item_is_the_notes_own(tmp_path: Path) -> None:
    target = tmp_path / "n.md"
    run_new(target, ANSWERS)
    notes = load_notes(target)
    assert notes.requested == ["portfolio link"] and all(not p.requested for p in notes.interviewers)
    assert "## Asked me for\n- portfolio link\n" in target.read_text()


# --- 3. "he's my main contact" and other things said of the person themself --------------------------------

NO_CONTACT = [a.replace("; point of contact", "") for a in ANSWERS]  # nobody marked yet


@pytest.mark.parametrize(
    "said",
    [
        "she's my main contact",
        "my contact",
        "POC",
        "she is the point of contact for the process",
        "she's coordinating",
        "handles scheduling",
        "Dana is my main contact from now on",
        "she'll be organising the next steps",
        "she'll be in touch",
        "she's the one to contact",
    ],
)
def test_the_ways_people_say_point_of_contact(tmp_path: Path, said: str) -> None:
    answers = list(NO_CONTACT)
    answers[answers.index("moving billing to event sourcing; idempotency keys")] += f"; {said}"
    target = tmp_path / "n.md"
    result = run_new(target, answers)
    assert "understood: Dana is your point of contact" in result.stdout
    dana, priya = load_notes(target).interviewers
    assert dana.primary_contact and not priya.primary_contact
    assert dana.topics == ["moving billing to event sourcing", "idempotency keys"]  # not a topic
    drafted = runner.invoke(app, ["draft", str(target), "--now", NOW])
    assert "Status check to Dana Lee" in drafted.stdout  # the hiring manager, over the recruiter


def test_the_anything_else_prompt_shows_main_contact(tmp_path: Path) -> None:
    result = run_new(tmp_path / "n.md", NO_CONTACT)
    assert "In common: both from Ohio; main contact; Enter to skip)" in result.stdout
    assert "Anything else about Priya" in result.stdout and "(e.g. the hiring timeline; main contact;" in result.stdout


@pytest.mark.parametrize(
    ("said", "words"),
    [("she's new to the team", "new to"), ("she is very friendly", "friendly"), ("she was at Stripe before", "Stripe")],
)
def test_what_is_said_of_the_person_is_kept_out_of_the_messages(tmp_path: Path, said: str, words: str) -> None:
    answers = list(NO_CONTACT)
    answers[answers.index("the hiring timeline; In common: grew up in Ohio")] = f"the hiring timeline; {said}"
    target = tmp_path / "n.md"
    result = run_new(target, answers)
    assert f"kept out of your messages: '{said}' is about Priya" in result.stdout
    priya = load_notes(target).interviewers[1]
    assert priya.topics == ["the hiring timeline"] and not priya.primary_contact
    drafted = runner.invoke(app, ["draft", str(target), "--now", NOW])
    assert drafted.exit_code == 0 and words not in drafted.stdout


def test_what_they_are_doing_is_the_topic_without_the_pronoun(tmp_path: Path) -> None:
    answers = list(NO_CONTACT)
    answers[answers.index("the hiring timeline; In common: grew up in Ohio")] = "they're hiring two more SREs"
    target = tmp_path / "n.md"
    run_new(target, answers)
    assert load_notes(target).interviewers[1].topics == ["hiring two more SREs"]


# --- 4. the trial's own answers, as bench/new_time.py replays them -----------------------------------------


def test_the_trial_scenario_now_gives_the_notes_the_user_meant(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("new_time", Path(__file__).parents[1] / "bench" / "new_time.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "new_time", bench)
    spec.loader.exec_module(bench)
    answers = bench.SCENARIOS["trial"]
    measured = bench.run(answers, *bench.MACHINE["trial"])  # exits unless `new` asked exactly these
    assert measured.prompts == len(answers) == 25  # the trial's 24 answers and an Enter at the offer to paste
    out = measured.transcript
    assert "understood: Fri 11 Dec 2026" in out  # 'next Friday' on a Wednesday: Enter took the week after's
    assert "understood: Tom is your point of contact" in out
    assert "understood: a sample of my forecast accuracy report, for Hannah" in out
    assert "Status check to Tom Becker" in measured.drafts and "11 December" in measured.drafts
    assert "main contact" not in measured.drafts and "for Hannah" not in measured.drafts


@pytest.mark.parametrize("said", ["He's my main contact", "POC", "handles scheduling", "Marcus is my point of contact"])
def test_markdown_notes_say_point_of_contact_the_same_ways(tmp_path: Path, said: str) -> None:
    from helpers import EXAMPLES

    text = (EXAMPLES / "panel.md").read_text(encoding="utf-8")
    text = text.replace("- Talked about: how the team runs design reviews", f"- {said}")
    notes = tmp_path / "panel.md"
    notes.write_text(text, encoding="utf-8")
    marcus = load_notes(notes).interviewers[1]
    assert marcus.primary_contact and said not in marcus.topics
    drafted = runner.invoke(app, ["draft", str(notes), "--now", NOW])
    assert drafted.exit_code == 0, drafted.stderr
    assert "Status check to Marcus Chen" in drafted.stdout  # over the recruiter, who is not marked


def test_each_owed_item_is_for_one_thank_you(tmp_path: Path) -> None:
    """notes/recipient.items_for, which a writer uses to send each item once: the recipient's own items,
    and those nobody in particular asked for only with the thank-you that carries them."""
    from afterview.notes.recipient import items_for

    answers = list(ANSWERS)
    at = answers.index("portfolio link")
    answers[at : at + 2] = ["code sample for Priya; portfolio link", ""]
    run_new(tmp_path / "n.md", answers)
    notes = load_notes(tmp_path / "n.md")
    owed = list(notes.requested)
    assert owed == ["portfolio link", "code sample"]
    assert items_for(notes, "Priya Shah", owed, carries_the_rest=False) == ["code sample"]
    assert items_for(notes, "Dana Lee", owed, carries_the_rest=True) == ["portfolio link"]
    assert items_for(notes, "Dana Lee", owed, carries_the_rest=False) == []
