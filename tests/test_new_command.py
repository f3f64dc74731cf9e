"""`afterview new`: the guided questionnaire, driven through a pipe and through a real terminal."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pexpect
import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from helpers import NOW

runner = CliRunner()

# One answer per line, in the order the questions come; the comments say which question.
ANSWERS = [
    "Senior Backend Engineer",  # position
    "Acme",  # company
    "America/New_Yrok",  # timezone: a typo, explained and asked again
    "America/New_York",
    "today 2pm",  # when: plain words, counted from --now
    "",  # how long: the default, 60 minutes
    "zoom",  # format: understood as video
    "Sam Rivera",  # your name
    "Dana Lee",  # first interviewer
    "Engineering Manager",
    "bigwig",  # not a role: asked again
    "hiring manager",
    "dana@acme",  # not an email: asked again
    "dana@acme.example",
    "moving billing to event sourcing",  # topics, one per line
    "idempotency keys",
    "",
    "nightly batch jobs page the on-call team",  # challenges
    "",
    "",  # rapport: none
    "Priya Shah",  # another interviewer
    "Technical Recruiter",
    "",  # role: the default guessed from the title (recruiter)
    "",  # no email
    "the hiring timeline",
    "",
    "",
    "",
    "",  # nobody else
    "Dana",  # point of contact, by first name
    "portfolio link",  # what you said you would send
    "",
    "end of month",  # decision: not a date, asked again
    "Dec 4",
    "very",  # culture: not a word it knows, asked again
    "formal",
    "n",  # not told to stay silent
    "led the Kafka migration at Northwind",  # highlights
    "",
]


def check_written(path: Path) -> None:
    notes = load_notes(path)
    assert (notes.position, notes.company.name, notes.candidate.name) == (
        "Senior Backend Engineer",
        "Acme",
        "Sam Rivera",
    )
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0) and notes.interview.timezone == "America/New_York"
    assert notes.interview.duration_minutes == 60 and notes.interview.format is not None
    assert notes.interview.format.value == "video" and notes.interview.decision_by == date(2026, 12, 4)
    dana, priya = notes.interviewers
    assert (dana.role.value, dana.email, dana.primary_contact) == ("hiring_manager", "dana@acme.example", True)
    assert dana.topics == ["moving billing to event sourcing", "idempotency keys"]
    assert dana.challenges == ["nightly batch jobs page the on-call team"] and dana.rapport == []
    assert (priya.title, priya.role.value, priya.email, priya.primary_contact) == (
        "Technical Recruiter",
        "recruiter",
        None,
        False,
    )
    assert notes.requested == ["portfolio link"] and notes.company.culture.value == "formal"
    assert notes.candidate.highlights == ["led the Kafka migration at Northwind"]


def test_answers_from_a_pipe_write_markdown_notes_that_draft(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    result = runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join(ANSWERS) + "\n")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "did you mean 'America/New_York'? Please try again." in out
    assert "'bigwig' is not a role I know" in out
    assert "'dana@acme' is not one email address" in out
    assert "'end of month' is not a date" in out
    assert f"Wrote {target}. Next: afterview draft {target}" in out
    assert target.read_text().startswith("# Senior Backend Engineer at Acme\n")
    check_written(target)
    drafted = runner.invoke(app, ["draft", str(target), "--now", NOW])
    assert drafted.exit_code == 0 and "Thank-you to Dana Lee" in drafted.stdout
    assert "Status check to Dana Lee" in drafted.stdout  # the point of contact chosen in the answers


def test_a_real_process_reads_answers_on_stdin_and_writes_yaml_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "notes.yaml"
    proc = subprocess.run(
        [sys.executable, "-m", "afterview", "new", str(target), "--now", NOW],
        input="\n".join(ANSWERS) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and "Traceback" not in proc.stdout
    assert target.read_text().startswith("candidate:")
    check_written(target)


def test_it_never_overwrites_and_asks_nothing_when_it_would(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("mine")
    result = runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join(ANSWERS) + "\n")
    assert result.exit_code == 2 and "already exists" in result.stderr and "--force" in result.stderr
    assert result.stdout == "" and target.read_text() == "mine"
    forced = runner.invoke(app, ["new", str(target), "--now", NOW, "--force"], input="\n".join(ANSWERS) + "\n")
    assert forced.exit_code == 0
    check_written(target)


def test_answers_that_end_early_write_nothing(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    result = runner.invoke(
        app, ["new", str(target), "--now", NOW], input="Senior Backend Engineer\nAcme\nAmerica/New_York\n"
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("afterview: error: the answers ended before 'When did it start?'")
    assert not target.exists()


def test_a_future_start_or_a_date_without_time_is_asked_again(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    answers[4:5] = ["tomorrow 9am", "yesterday", "today 5pm", "today 2pm"]
    result = runner.invoke(app, ["new", str(tmp_path / "n.md"), "--now", NOW], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "2026-11-25 is in the future" in result.stdout and "needs a time as well as a date" in result.stdout
    assert "17:00 today is later than now" in result.stdout
    check_written(tmp_path / "n.md")


# --- a real terminal -----------------------------------------------------------------------------


def spawn(*args: str) -> Any:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="50", PROMPT_TOOLKIT_NO_CPR="1")
    return pexpect.spawn(
        sys.executable,
        ["-m", "afterview", "new", *args],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 120),
    )


def reply(child: Any, question: str, text: str) -> None:
    """Wait for the question and for the line editor to finish drawing (it shows the cursor last), then answer."""
    child.expect(question)
    child.expect_exact("\x1b[?25h")
    child.send(text + "\r")  # the Enter key of a real terminal


def test_a_real_terminal_with_timezone_completion(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    child = spawn(str(target), "--now", NOW)
    try:
        reply(child, "position", "Staff Engineer")
        reply(child, "company", "Globex")
        child.expect("timezone")
        child.expect_exact("\x1b[?25h")
        child.send("new_yo\t")  # Tab completes on part of an IANA name
        child.expect("America/New_York")
        child.send("\r")
        reply(child, "start", "yesterday 10am")
        child.expect("understood: Mon 23 Nov 2026, 10:00")
        reply(child, "long", "45 minutes")
        reply(child, "phone", "onsite")
        reply(child, "sign", "Sam Rivera")
        reply(child, "name", "Dana Lee")
        reply(child, "title", "Engineering Manager")
        reply(child, "part in hiring", "hiring manager")
        reply(child, "email", "")
        reply(child, "talk about", "the service mesh rollout")
        reply(child, "and", "")
        reply(child, "problems", "flaky canary deploys")
        reply(child, "and", "")
        reply(child, "in common", "")
        reply(child, "Anyone else", "")
        reply(child, "send them", "")
        reply(child, "decide", "Friday")
        reply(child, "formal", "")
        reply(child, "follow up", "n")
        reply(child, "experience", "ran Istio at Initech")
        reply(child, "and", "")
        child.expect("Wrote")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    notes = load_notes(target)
    assert notes.interview.at == datetime(2026, 11, 23, 10, 0) and notes.interview.timezone == "America/New_York"
    assert notes.interview.decision_by == date(2026, 11, 27)  # the Friday after
    assert notes.interviewers[0].challenges == ["flaky canary deploys"]


def test_ctrl_c_on_a_terminal_cancels_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    child = spawn(str(target), "--now", NOW)
    try:
        reply(child, "position", "Staff Engineer")
        child.expect("company")
        child.expect_exact("\x1b[?25h")
        child.sendintr()
        child.expect(pexpect.EOF)
        output = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    assert "cancelled; nothing was written" in output and "Traceback" not in output
    assert not target.exists()


@pytest.mark.parametrize("name", ["notes.txt", "notes"])
def test_a_path_without_a_notes_extension_is_refused_before_asking(tmp_path: Path, name: str) -> None:
    result = runner.invoke(app, ["new", str(tmp_path / name)], input="x\n")
    assert result.exit_code == 2 and ".md" in result.stderr and result.stdout == ""


# --- answers as people type them --------------------------------------------------------------------


def scripted(answers: list[str]) -> Any:
    from afterview.notes.questionnaire import Question

    queue = list(answers)

    def ask(question: Question) -> str | None:
        return queue.pop(0) if queue else None

    return ask


def test_relative_days_count_in_the_interviews_timezone_not_the_machines() -> None:
    from afterview.notes.questionnaire import Questionnaire

    # 02:10 on 2 Dec in UTC is still 1 Dec in Chicago: 'yesterday' there is 30 Nov.
    utc_now = datetime(2026, 12, 2, 2, 10)
    answers = ["Coordinator", "Hotel group", "central time", "yesterday 3pm", *[""] * 60]
    ask = scripted(answers)
    seen: list[str] = []
    q = Questionnaire(
        ask,
        seen.append,
        today=utc_now.date(),
        now=utc_now,
        clock=lambda zone: datetime(2026, 12, 1, 20, 10) if zone == "America/Chicago" else utc_now,
    )
    with contextlib.suppress(Exception):  # the answers run out after the start time; only the date matters here
        q.run()
    assert "  understood: Mon 30 Nov 2026, 15:00 (America/Chicago)" in seen


def test_plain_answers_are_understood(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    answers[answers.index("America/New_York")] = "eastern time"
    answers[answers.index("formal")] = "pretty formal"
    answers[answers.index("Dec 4")] = "the recruiter said by Dec 4"
    target = tmp_path / "n.md"
    result = runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stdout + result.stderr
    notes = load_notes(target)
    assert notes.interview.timezone == "America/New_York" and notes.company.culture.value == "formal"
    assert notes.interview.decision_by == date(2026, 12, 4)


def test_a_misspelled_role_gets_a_suggestion(tmp_path: Path) -> None:
    answers = list(ANSWERS)
    answers[answers.index("hiring manager")] = "hiring manger"
    result = runner.invoke(app, ["new", str(tmp_path / "n.md"), "--now", NOW], input="\n".join(answers) + "\n")
    assert "did you mean 'hiring manager'?" in result.stdout


@pytest.mark.parametrize(
    ("said", "read_back"),
    [
        # NOW is Tue 24 Nov: "next Friday" is this week's Friday here, and the person is told how to say otherwise
        ("next Friday", "understood: Fri 27 Nov 2026 (this week's Friday; type the date if they meant the week after)"),
        ("Dec 4", "  understood: Fri 04 Dec 2026\n"),
    ],
)
def test_the_decision_date_is_read_back(tmp_path: Path, said: str, read_back: str) -> None:
    answers = list(ANSWERS)
    answers[answers.index("Dec 4")] = said
    result = runner.invoke(app, ["new", str(tmp_path / "n.md"), "--now", NOW], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert read_back in result.stdout
