"""`afterview new`: what a second first-time user hit (issue 14, trial 4), each class through the CLI or its reader."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import afterview.cli.new_command as new_command
from afterview.cli import app
from afterview.notes.about_person import read_about_person
from afterview.notes.decision_line import decision_in
from afterview.notes.loader import load_notes
from afterview.notes.paste import read_paste
from afterview.notes.paste_questions import summary
from afterview.notes.plain_time import parse_when
from helpers import NOW

runner = CliRunner()

PASTE = [
    "Staff Data Analyst at Birchwood Labs",
    "today 2pm, 45 min video",
    "Met Omar Haddad, analytics lead",
    "we talked about churn models",
    "",
]


@pytest.fixture(autouse=True)
def _laptop_timezone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")


def _appears_while_answering(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Another process writes the target (and more) while the questions are being answered."""
    original = new_command._pasted_or_asked

    def answering(*args: Any) -> Any:
        data = original(*args)
        for path in paths:
            path.write_text("someone else's file\n", encoding="utf-8")
        return data

    monkeypatch.setattr(new_command, "_pasted_or_asked", answering)


def _run(target: Path) -> Any:
    answers = [*PASTE, "", "Jo Park", *[""] * 40]
    return runner.invoke(app, ["new", str(target), "--now", NOW], input="\n".join(answers) + "\n")


def test_a_file_that_appears_while_answering_keeps_the_answers_in_a_free_sibling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "interview.md"
    _appears_while_answering(monkeypatch, target, tmp_path / "interview-2.md")
    result = _run(target)
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8") == "someone else's file\n"  # never overwritten
    assert (tmp_path / "interview-2.md").read_text(encoding="utf-8") == "someone else's file\n"
    kept = tmp_path / "interview-3.md"
    assert load_notes(kept).company.name == "Birchwood Labs"
    assert str(kept) in result.stderr and "already exists" in result.stderr  # said where it went
    assert f"afterview draft {kept}" in result.stdout


def test_a_yaml_target_that_appears_keeps_its_suffix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "acme.notes.yaml"
    _appears_while_answering(monkeypatch, target)
    result = _run(target)
    assert result.exit_code == 0, result.stderr
    assert load_notes(tmp_path / "acme.notes-2.yaml").position == "Staff Data Analyst"


# --- class 4: a person line read when its shape matches one that was -------------------------------------

TODAY = date(2026, 12, 2)  # a Wednesday


def _people(text: str) -> dict[str, str | None]:
    data = read_paste(text, TODAY).data
    return {p["name"]: p.get("title") for p in data.get("interviewers", [])}


def test_a_title_that_holds_the_position_applied_for_is_still_a_person() -> None:
    text = (
        "Staff Pharmacist at Lakeside Health\n"
        "- Gloria Mendes, pharmacy director.\n"
        "- Ravi Patel, outpatient staff pharmacist.\n"
    )
    assert _people(text) == {"Gloria Mendes": "pharmacy director", "Ravi Patel": "outpatient staff pharmacist"}


def test_a_company_and_position_line_is_still_no_person() -> None:
    assert _people("Wayne Enterprises - Operations Manager\n- Lucy Fox, HR partner.\n") == {"Lucy Fox": "HR partner"}


def test_titles_in_brackets_and_credentials_after_the_name_are_people() -> None:
    text = (
        "Interview for Respiratory Therapist, Pinecrest Hospital\n"
        "- Helen Brooks, director of respiratory care.\n"
        "- Owen Tate (unit educator)\n"
        "- Nadia Said [clinical coordinator]\n"
        "- Victor Lam RN\n"
        "- Grace Obi, MD\n"
    )
    people = _people(text)
    assert list(people) == ["Helen Brooks", "Owen Tate", "Nadia Said", "Victor Lam", "Grace Obi"]
    assert people["Owen Tate"] == "unit educator" and people["Nadia Said"] == "clinical coordinator"


def test_a_list_of_people_in_one_shape_reads_each_whatever_their_title_word() -> None:
    text = (
        "Line Cook at Harbor Grill\n- Tony Russo, executive chef.\n- Mei Lin, pastry lead.\n- Carl Young, expediter.\n"
    )
    assert list(_people(text)) == ["Tony Russo", "Mei Lin", "Carl Young"]


# --- class 3: a decision said as a span gives its latest sensible day ---------------------------------------


@pytest.mark.parametrize(
    ("line", "day", "said"),
    [
        ("they'll let me know early next week", date(2026, 12, 9), "early next week"),  # that Wednesday
        ("decision at the start of next week.", date(2026, 12, 9), "at the start of next week"),
        ("hear back mid next week", date(2026, 12, 10), "mid next week"),
        ("Decision: middle of next week", date(2026, 12, 10), "middle of next week"),
        # early in a month: its 10th, the Friday before on a weekend; its end: its last business day (Sun 31 Jan 2027)
        ("should hear back at the beginning of next month", date(2027, 1, 8), "at the beginning of next month"),
        ("they decide towards the end of next month", date(2027, 1, 29), "towards the end of next month"),
        ("they'll decide in a week or two", date(2026, 12, 16), "in a week or two"),
        ("answer in 2-3 weeks", date(2026, 12, 23), "in 2-3 weeks"),
        ("decision within 10 days", date(2026, 12, 12), "within 10 days"),
        ("let me know in a couple of weeks", date(2026, 12, 16), "in a couple of weeks"),
    ],
)
def test_a_decision_said_as_a_span_is_one_day_of_it_by_the_written_rule(line: str, day: date, said: str) -> None:
    assert decision_in(line, TODAY) == (day, said)


def test_the_read_back_quotes_the_words_a_span_was_read_from() -> None:
    pasted = read_paste("Barista at Bean Street\nMet Ola Berg, shift lead\ndecision early next week\n", TODAY)
    assert pasted.data["interview"]["decision_by"] == "2026-12-09"
    shown = "\n".join(summary(pasted.data, pasted.decision_said))
    assert "decision: 'early next week' (read as Wed 09 Dec 2026)" in shown
    within = read_paste("Barista at Bean Street\nMet Ola Berg, shift lead\ndecision within 10 days\n", TODAY)
    assert "'within 10 days' (read as" in "\n".join(summary(within.data, within.decision_said))


# --- class 2: the interview's date/time line, a numeric date settled by 'today' or the weekday -----------


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("today thu 12/3, 11:15am", datetime(2026, 12, 3, 11, 15)),  # 'today' and Thursday: Dec 3, not Mar 12
        ("wed 2/12 10am", datetime(2026, 12, 2, 10, 0)),  # day/month: 12 Feb was a Thursday
        ("Mon 11/30 at 4", datetime(2026, 11, 30, 16, 0)),  # 30 is no month; 'at 4': the afternoon
        ("Tue 12/1 at 9", datetime(2026, 12, 1, 9, 0)),  # 'at 9': the morning
        ("yesterday (Wed 12/2) at 2:45pm", datetime(2026, 12, 2, 14, 45)),
        ("this afternoon 3:30", datetime(2026, 12, 3, 15, 30)),
    ],
)
def test_a_numeric_date_is_settled_by_today_or_its_weekday(text: str, at: datetime) -> None:
    assert parse_when(text, ref=date(2026, 12, 3), direction="past")[0] == at


@pytest.mark.parametrize("text", ["12/3 11:15am", "fri 12/3 11:15am", "today 12/4 2pm"])
def test_a_numeric_date_nothing_settles_or_that_contradicts_its_weekday_is_not_guessed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_when(text, ref=date(2026, 12, 3), direction="past")


def test_the_pasted_date_line_is_read() -> None:
    text = "Pharmacy Tech at Cedar Clinic\ntoday thu 12/3, 11:15am\nMet Hana Ito, pharmacy manager\n"
    pasted = read_paste(text, date(2026, 12, 3))
    assert pasted.data["interview"]["at"] == "2026-12-03T11:15"
    assert "today thu 12/3, 11:15am" not in pasted.unread


# --- class 5: asides and notes-to-self are no topics ----------------------------------------------------

ASIDES = [
    "very warm, call went 25 min",
    "kinda intense, ran long",
    "badge access - didn't ask, oh well",
    "salary never came up",
    "benefits not covered yet",
    "remember to ask about tuition reimbursement",
    "lol she knew my old boss",
    "great vibe!!",
]


@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_under_a_person_is_no_topic_and_is_shown_as_not_read(aside: str) -> None:
    text = (
        "Unit Secretary at Fairview Medical\n"
        "- Joan Pratt, unit manager\n"
        f"  - {aside}\n"
        "  - asked about handoff reports\n"
        "  - moving the unit to Epic next spring\n"
    )
    pasted = read_paste(text, TODAY)
    joan = pasted.data["interviewers"][0]
    said = [*joan.get("topics", []), *joan.get("challenges", []), *joan.get("rapport", [])]
    first = aside.split()[0]
    assert not any(first in s.split() for s in said), said
    assert "handoff reports" in " ".join(said) and "moving the unit to Epic next spring" in said
    length = pasted.data.get("interview", {}).get("duration_minutes")
    kept_aside = [a for _, a in pasted.asides]  # said once as 'not kept (impressions): …'
    assert aside in pasted.unread or aside in kept_aside or length == 25  # shown, or read only for how long it ran


@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_typed_about_a_person_is_kept_out_of_the_messages(aside: str) -> None:
    about = read_about_person(aside)
    assert about.topics == [] and about.challenges == [] and about.rapport == []
    assert about.aside == [aside]


# --- class 6: 'told NAME I'd send …' is a promise to that person -------------------------------------------


@pytest.mark.parametrize(
    ("line", "thing"),
    [
        ("told Helen I'd email my license + CPR card copies by fri", "my license + CPR card copies"),
        ("promised Helen I would send two references tomorrow", "two references"),
        ("said to Helen I'll forward my shift availability", "my shift availability"),
        ("let Helen know I'd get her my transcript by Monday", "my transcript"),
    ],
)
def test_telling_a_person_you_will_send_something_is_a_promise_to_them(line: str, thing: str) -> None:
    text = (
        "Respiratory Therapist at Pinecrest\n"
        "- Helen Brooks, director of respiratory care\n"
        "  - staffing on nights\n"
        "\n"
        f"{line}\n"
    )
    helen = read_paste(text, TODAY).data["interviewers"][0]
    assert helen.get("requested") == [thing]
    assert "topics" not in helen or thing not in helen["topics"]
