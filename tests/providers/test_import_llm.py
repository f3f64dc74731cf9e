"""`afterview import` of free text with an LLM: through the real SDK over an injected transport.

Every value the model gives must be supported by a quote from the notes; the rest is shown as
left out and never written.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx2
import pytest
from llm_helpers import completion
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.importing import Fact, check_facts
from afterview.notes.loader import load_notes
from afterview.providers import openai_provider
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api.writer import OpenAIWriter
from helpers import NOW

runner = CliRunner()

FREE = """\
Interview for the Senior Backend Engineer role at Acme, yesterday at 2pm (New York time), 45 minutes on Zoom.
Met Dana Lee, the engineering manager. We talked about moving billing to event sourcing.
Her problem: nightly batch jobs page the on-call team.
She said they decide by Dec 4. She asked me for my portfolio link.
I led the Kafka migration at Northwind.
Sam Rivera
"""

FACTS = [
    ("position", "Senior Backend Engineer", "the Senior Backend Engineer role"),
    ("company.name", "Acme", "role at Acme"),
    ("interview.at", "2026-11-23T14:00", "yesterday at 2pm"),
    ("interview.timezone", "America/New_York", "New York time"),
    ("interview.duration_minutes", "45", "45 minutes"),
    ("interview.format", "video", "on Zoom"),
    ("interviewers[0].name", "Dana Lee", "Met Dana Lee"),
    ("interviewers[0].title", "Engineering Manager", "the engineering manager"),
    ("interviewers[0].topics", "moving billing to event sourcing", "We talked about moving billing to event sourcing"),
    (
        "interviewers[0].challenges",
        "nightly batch jobs page the on-call team",
        "nightly batch jobs page the on-call team",
    ),
    ("interviewers[0].rapport", "both love hiking", "we both love hiking"),  # invented: no such words
    ("interview.decision_by", "2026-12-04", "they decide by Dec 4"),
    ("requested", "portfolio link", "asked me for my portfolio link"),
    ("candidate.highlights", "led the Kafka migration at Northwind", "I led the Kafka migration at Northwind"),
    ("candidate.name", "Sam Rivera", "Sam Rivera"),
    ("company.pace", "urgent", "role at Acme"),  # the quote does not say so
    ("candidate.email", "sam@example.com", "Sam Rivera"),  # invented address
    ("interviewers[1].topics", "Dana", "Met Dana Lee"),  # said of a person the notes never name
]


def answer_with(facts: list[tuple[str, str, str]]) -> str:
    return json.dumps({"facts": [{"field": f, "value": v, "quote": q} for f, v, q in facts]})


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """A fake OpenAI-compatible server behind the real SDK; returns the request bodies it saw."""
    seen: list[dict[str, Any]] = []
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.test/v1")
    state: dict[str, Any] = {"answer": answer_with(FACTS), "status": 200}

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        if state["status"] != 200:
            return httpx2.Response(state["status"], json={"error": {"message": "overloaded"}})
        return httpx2.Response(200, json=completion(state["answer"]))

    def make_writer(settings: LLMSettings, **_: Any) -> OpenAIWriter:
        quick = dataclasses.replace(settings, max_retries=0)
        return OpenAIWriter(quick, transport=httpx2.MockTransport(handler))

    monkeypatch.setattr(openai_provider, "make_writer", make_writer)
    seen.append(state)  # the test may change the answer through seen[0]
    return seen


def test_free_text_is_read_and_only_what_the_notes_say_is_written(llm: list[Any], tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 0, result.stderr
    request = llm[1]
    assert request["response_format"]["type"] == "json_schema"
    assert "<notes>\n" + FREE in request["messages"][1]["content"]
    out = result.stdout
    assert "+ interviewers[0].topics = moving billing to event sourcing" in out and "(line 2:" in out
    assert "- interviewers[0].rapport = both love hiking    left out: its quote is not in your notes" in out
    assert "- company.pace = urgent    left out: the quote does not say 'urgent'" in out
    assert "- candidate.email = sam@example.com    left out: 'sam@example.com' is not in the quote" in out
    assert "left out: it is about a person whose name was left out" in out
    notes = load_notes(tmp_path / "notes.md")
    assert (notes.position, notes.company.name, notes.candidate.name) == (
        "Senior Backend Engineer",
        "Acme",
        "Sam Rivera",
    )
    assert notes.interview.at == datetime(2026, 11, 23, 14, 0) and notes.interview.timezone == "America/New_York"
    assert notes.interview.duration_minutes == 45 and notes.interview.decision_by == date(2026, 12, 4)
    (dana,) = notes.interviewers
    assert (dana.name, dana.title, dana.rapport) == ("Dana Lee", "Engineering Manager", [])
    assert notes.company.pace.value == "normal" and notes.candidate.email is None
    assert notes.requested == ["portfolio link"]


def test_nothing_is_written_from_a_pipe_without_yes(llm: list[Any], tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW])
    assert result.exit_code == 2 and "add --yes" in result.stderr
    assert "+ position = Senior Backend Engineer" in result.stdout  # the review was shown
    assert not (tmp_path / "notes.md").exists()


def test_notes_that_do_not_say_enough_say_what_is_missing(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["answer"] = answer_with([f for f in FACTS if f[0] not in ("candidate.name", "interview.timezone")])
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 2
    assert "do not say enough yet" in result.stderr and "candidate.name: missing" in result.stderr
    assert "interview.timezone: missing" in result.stderr and "When line" in result.stderr
    assert not (tmp_path / "notes.md").exists()


def test_an_llm_that_is_down_is_one_line_and_writes_nothing(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["status"] = 503
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 1 and "LLM unavailable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "notes.md").exists()


def test_an_answer_that_is_not_the_facts_asked_for_is_unavailable(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["answer"] = '{"subject": "Thank you"}'
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 1 and "not the facts asked for" in result.stderr


@pytest.mark.parametrize(
    ("field", "value", "quote", "kept"),
    [
        ("interview.at", "2026-11-23T14:00", "yesterday at 2pm", True),
        ("interview.at", "2026-11-23T15:00", "yesterday at 2pm", False),
        ("interview.decision_by", "2026-12-04", "they decide by Dec 4", True),
        ("interview.decision_by", "2026-12-05", "they decide by Dec 4", False),
        ("interview.format", "phone", "on Zoom", False),
        ("interview.no_follow_up", "true", "Sam Rivera", False),
        ("interviewers[0].name", "Dana Lee", "Met Dana Lee", True),
        ("interviewers[0].name", "Dana Lin", "Met Dana Lee", False),
        ("position", "Senior Backend Engineer", "the SENIOR backend engineer role", True),
        ("salary", "lots", "Acme", False),
    ],
)
def test_each_kind_of_value_needs_its_own_support(field: str, value: str, quote: str, kept: bool) -> None:
    facts = [Fact(field="interviewers[0].name", value="Dana Lee", quote="Met Dana Lee")]
    facts.append(Fact(field=field, value=value, quote=quote))
    checked = check_facts(FREE, facts, today=date(2026, 11, 24))
    assert checked[-1].kept is kept, checked[-1]


def test_a_recorded_answer_replays_without_the_server(
    llm: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Record once through the recording transport (as for drafts), then replay with --provider replay."""
    from afterview.providers.replay.transport import RecordingTransport

    recorded = tmp_path / "fixtures"

    def recording_writer(settings: LLMSettings, **_: Any) -> OpenAIWriter:
        def handler(request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(200, json=completion(answer_with(FACTS)))

        transport = RecordingTransport(httpx2.MockTransport(handler), recorded, "rewrite")
        return OpenAIWriter(dataclasses.replace(settings, max_retries=0), transport=transport)

    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    monkeypatch.setattr(openai_provider, "make_writer", recording_writer)
    first = runner.invoke(app, ["import", str(source), str(tmp_path / "a.md"), "--now", NOW, "--yes"])
    assert first.exit_code == 0, first.stderr
    assert len(list(recorded.glob("*.json"))) == 1
    monkeypatch.undo()
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    args = ["import", str(source), str(tmp_path / "b.md"), "--now", NOW, "--yes"]
    replayed = runner.invoke(app, [*args, "--provider", "replay", "--fixtures", str(recorded)])
    assert replayed.exit_code == 0, replayed.stderr
    assert (tmp_path / "a.md").read_text() == (tmp_path / "b.md").read_text()
