"""`afterview import` of free-text notes on answers recorded from the real local model (Qwen2.5-Coder-1.5B).

fixtures/llm-import holds the model's answers to every ask of these imports (recorded with
`--fixtures fixtures/llm-import --fixtures-mode record-missing`, see README). The expected
values were written by reading each notes file, not copied from the output; a value the
model missed is named in a comment and asserted absent, so a better recording shows up here.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "fixtures" / "import"
RECORDED = ROOT / "fixtures" / "llm-import"
NOW = "2026-11-24T16:00"  # a Tuesday
runner = CliRunner()


def imported(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Notes, str]:
    for key in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "AFTERVIEW_PROVIDER", "AFTERVIEW_MODEL"):
        monkeypatch.delenv(key, raising=False)
    target = tmp_path / f"{name}.md"
    args = ["import", str(NOTES / f"{name}.txt"), str(target), "--now", NOW, "--yes"]
    result = runner.invoke(app, [*args, "--provider", "replay", "--fixtures", str(RECORDED)])
    assert result.exit_code == 0, result.stdout + result.stderr
    return load_notes(target), result.stdout


def test_a_call_with_a_recruiter_who_said_not_to_follow_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("wayne_recruiter", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name, notes.candidate.name) == (
        "Operations Manager",
        "Wayne Enterprises",
        "Pat Morgan",
    )
    interview = notes.interview  # "Tuesday Nov 24 at 9am New York time, 20 minutes, phone"
    assert interview.at == datetime(2026, 11, 24, 9, 0) and interview.timezone == "America/New_York"
    assert interview.duration_minutes == 20 and interview.format is not None and interview.format.value == "phone"
    assert interview.no_follow_up is True and interview.decision_by is None  # "He said not to follow up"
    (lucius,) = notes.interviewers  # the model took Lucius Fox for the candidate; the signature says otherwise
    assert (lucius.name, lucius.role.value, lucius.title) == ("Lucius Fox", "recruiter", "recruiter")
    assert lucius.challenges == ["warehouse staffing"]  # "the team is struggling with warehouse staffing"
    assert lucius.topics == []  # the model missed "the interview loop" and offered "recruiter": refused
    assert lucius.rapport == []  # "Nice guy." is an impression, not common ground: refused
    assert "left out: 'recruiter' says who Lucius Fox is" in review
    assert "- candidate.highlights = Pat Morgan    left out: 'Pat Morgan' is a name, not your own experience" in review


def test_a_video_call_with_a_head_of_analytics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("initech_video", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name, notes.candidate.name) == ("Data Analyst", "Initech", "Maria Gonzalez")
    interview = notes.interview  # "(Monday Nov 23, 4pm, Berlin) - video, Google Meet, 45 mins"
    assert interview.at == datetime(2026, 11, 23, 16, 0) and interview.timezone == "Europe/Berlin"
    assert interview.duration_minutes == 45 and interview.format is not None and interview.format.value == "video"
    (jonas,) = notes.interviewers
    assert (jonas.name, jonas.title) == ("Jonas Müller", "Head of Analytics")
    assert jonas.topics == ["migration from Excel reports to dbt + Looker"]
    assert jonas.challenges == ["nobody trusts the revenue dashboard"]  # "Biggest pain for them: …"
    assert jonas.rapport == ["dog named Pixel too"]  # "He has a dog named Pixel too, same as mine."
    assert notes.requested == ["the SQL take-home by Friday"]  # "He asked me to send the SQL take-home by Friday."
    assert notes.company.news == ["Initech opened a new office in Lisbon this month"]
    assert notes.candidate.highlights == []  # the model offered "Maria Gonzalez": a name, refused
    assert "'Maria Gonzalez' is a name, not your own experience" in review


def test_an_onsite_with_a_cto_in_sf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("hooli_casual", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name, notes.candidate.name) == ("frontend engineer", "Hooli", "Jordan Lee")
    interview = notes.interview  # "yesterday 3:30pm, in person at their SF office, ~1 hr"
    assert interview.at == datetime(2026, 11, 23, 15, 30) and interview.timezone == "America/Los_Angeles"
    assert interview.duration_minutes == 60 and interview.format is not None and interview.format.value == "onsite"
    assert interview.decision_by == date(2026, 11, 26)  # "they'd get back to me by Thursday", from Monday
    assert notes.company.culture.value == "casual"  # "very casual vibe"
    (gavin,) = notes.interviewers
    assert (gavin.name, gavin.title) == ("Gavin B.", "CTO")
    assert gavin.topics == ["rewriting the dashboard in React"]
    assert gavin.challenges == ["slow page loads on mobile"]  # "their biggest problem is the slow page loads"
    assert gavin.rapport == ["love sourdough baking"]  # "We both love sourdough baking."
    assert notes.requested == [] and notes.candidate.highlights == []  # the GitHub link was sent, not asked for
    assert "- requested = nothing    left out:" in review


def test_a_phone_screen_with_a_recruiter_in_london(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("globex_phone", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name, notes.candidate.name) == ("Product Designer", "Globex", "Alex Kim")
    interview = notes.interview  # "today 10:30am, London time, maybe 30 min", "phone screen"
    assert interview.at == datetime(2026, 11, 24, 10, 30) and interview.timezone == "Europe/London"
    assert interview.duration_minutes == 30 and interview.format is not None and interview.format.value == "phone"
    assert interview.decision_by == date(2026, 11, 27)  # "they decide by next Friday", said on a Tuesday
    assert notes.company.pace.value == "urgent"  # "they are hiring fast, want to move quickly"
    (tom,) = notes.interviewers  # "recruiter: Tom Baker, Talent Partner at Globex"
    assert (tom.name, tom.title, tom.role.value) == ("Tom Baker", "Talent Partner", "recruiter")
    assert tom.topics == ["notice period", "salary range"]  # "he asked about my notice period and salary range"
    assert tom.rapport == ["Leeds"]  # "we both grew up in Leeds lol"
    assert tom.challenges == []  # the model's "fast hiring" and "portfolio review" are no problems: refused
    assert notes.requested == ["portfolio PDF"]  # "he wants my portfolio PDF by tomorrow"
    assert notes.company.news == [] and notes.candidate.highlights == []
    assert "- company.news = phone screen w/ Globex recruiter" in review  # the interview's line is no news


def test_a_panel_of_three_on_zoom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("umbrella_panel", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name) == ("Clinical Data Engineer", "Umbrella Health")
    assert (notes.candidate.name, notes.candidate.email) == ("Chris Doyle", "chris.doyle@example.org")
    interview = notes.interview  # "Nov 20 at 11am Denver time. Panel, on Zoom, an hour."
    assert interview.at == datetime(2026, 11, 20, 11, 0) and interview.timezone == "America/Denver"
    assert interview.duration_minutes == 60 and interview.format is not None and interview.format.value == "video"
    assert interview.decision_by == date(2026, 12, 1)  # "she said they decide by December 1st"
    aisha, leo, rachel = notes.interviewers
    assert (aisha.name, aisha.title, aisha.role.value) == ("Dr. Aisha Khan", "VP of Data", "executive")
    assert aisha.topics == ["HIPAA audits", "data lineage"]
    assert aisha.challenges == ["ETL breaks every time the EHR vendor ships an update"]
    assert (leo.name, leo.title, leo.role.value) == ("Leo Park", "senior data engineer", "peer")
    assert leo.topics == ["Airflow vs Dagster"] and leo.rapport == ["bouldering"]  # not bouldering as a topic
    assert (rachel.name, rachel.role.value, rachel.primary_contact) == ("Rachel Green", "recruiter", True)
    assert rachel.topics == rachel.challenges == rachel.rapport == []  # the model's guesses there: refused
    assert notes.company.news == ["Umbrella Health was named one of the best places to work in 2026"]
    assert notes.candidate.highlights == ["built a FHIR pipeline at Mercy Hospital"]
    assert "- interviewers[2].challenges = decide by December 1st    left out:" in review


def test_an_onsite_panel_with_a_recruiter_as_contact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes, review = imported("acme_panel", tmp_path, monkeypatch)
    assert (notes.position, notes.company.name) == ("Senior Backend Engineer", "Acme")  # the company is kept
    assert (notes.candidate.name, notes.candidate.email) == ("Sam Rivera", "sam.rivera@example.com")
    interview = notes.interview  # "onsite panel yesterday at 2pm, Chicago office. About 90 minutes."
    assert interview.at == datetime(2026, 11, 23, 14, 0) and interview.timezone == "America/Chicago"
    assert interview.duration_minutes == 90 and interview.format is not None and interview.format.value == "onsite"
    assert interview.decision_by == date(2026, 12, 4)  # "She said they decide by the 4th."
    priya, dana, marcus = notes.interviewers
    assert (priya.name, priya.role.value, priya.primary_contact) == ("Priya Shah", "recruiter", True)
    assert priya.email == "priya.shah@acme.example" and priya.topics == []  # "set it up" is no topic: refused
    assert (dana.name, dana.title, dana.role.value) == ("Dana Lee", "engineering manager", "hiring_manager")
    assert dana.topics == ["moving billing to event sourcing"]
    assert dana.challenges == ["nightly batch jobs keep paging the on-call team"]
    assert dana.rapport == ["ran the Chicago marathon last year"]
    assert (marcus.name, marcus.title, marcus.topics) == ("Marcus Webb", "staff engineer", ["Kafka consumer lag"])
    assert notes.company.news == ["just announced a Series C"]  # and not the marathon
    assert notes.candidate.highlights == ["led the Kafka migration at Northwind"]
    assert notes.requested == ["the link to my conference talk"]  # Marcus "asked me for the link …"
    assert "- interviewers[0].topics = set it up    left out: line 3 does not read as" in review
