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
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api import factory
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

# What a model answers to each ask (the JSON schema's name says which), with mistakes of each kind.
ANSWERS: dict[str, dict[str, Any]] = {
    "header": {
        "position": "Senior Backend Engineer",
        "company": "Acme",
        "me": "Sam Rivera",
        "people": [
            {"name": "Dana Lee", "title": "engineering manager"},
            {"name": "Jo Park", "title": "CTO"},  # invented: nobody of that name in the notes
        ],
    },
    "about": {
        "talked_about": ["moving billing to event sourcing"],
        "their_problems": ["nightly batch jobs page the on-call team"],
        "in_common": ["both love hiking"],  # invented: no such words
        "asked_me_for": ["my portfolio link"],
    },
    "rest": {
        "company_news": ["led the Kafka migration at Northwind"],  # misfiled: the candidate's own experience
        "my_experience": ["led the Kafka migration at Northwind"],
    },
}


def answer_for(request: dict[str, Any], answers: dict[str, dict[str, Any]]) -> str:
    return json.dumps(answers[request["response_format"]["json_schema"]["name"]])


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """A fake OpenAI-compatible server behind the real SDK; returns the request bodies it saw."""
    seen: list[dict[str, Any]] = []
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.test/v1")
    state: dict[str, Any] = {"answers": json.loads(json.dumps(ANSWERS)), "status": 200}

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        seen.append(body)
        if state["status"] != 200:
            return httpx2.Response(state["status"], json={"error": {"message": "overloaded"}})
        if "raw" in state:
            return httpx2.Response(200, json=completion(state["raw"]))
        return httpx2.Response(200, json=completion(answer_for(body, state["answers"])))

    def make_writer(settings: LLMSettings, **_: Any) -> OpenAIWriter:
        quick = dataclasses.replace(settings, max_retries=0)
        return OpenAIWriter(quick, transport=httpx2.MockTransport(handler))

    monkeypatch.setattr(factory, "make_writer", make_writer)
    seen.append(state)  # the test may change the answer through seen[0]
    return seen


def test_free_text_is_read_and_only_what_the_notes_say_is_written(llm: list[Any], tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 0, result.stderr
    asks = [request["response_format"]["json_schema"]["name"] for request in llm[1:]]
    assert asks == ["header", "about", "rest"]  # one header, one per person found, one for the rest
    assert "<notes>\n" + FREE in llm[1]["messages"][1]["content"]
    about = llm[2]["messages"][1]["content"]  # only Dana's lines go into the ask about Dana
    assert "Met Dana Lee" in about and "Interview for the" not in about and "Sam Rivera" not in about
    out = result.stdout
    assert "+ interviewers[0].topics = moving billing to event sourcing" in out and "(line 2:" in out
    assert "- interviewers[0].rapport = both love hiking    left out: its quote is not in your notes" in out
    assert "- company.news = led the Kafka migration at Northwind    left out: line 5 reads as" in out
    notes = load_notes(tmp_path / "notes.md")
    assert (notes.position, notes.company.name, notes.candidate.name) == (
        "Senior Backend Engineer",
        "Acme",
        "Sam Rivera",
    )
    assert notes.interview.at == datetime(2026, 11, 23, 14, 0) and notes.interview.timezone == "America/New_York"
    assert notes.interview.duration_minutes == 45 and notes.interview.decision_by == date(2026, 12, 4)
    assert notes.interview.format is not None and notes.interview.format.value == "video"
    (dana,) = notes.interviewers  # Jo Park is not in the notes: no one is added
    assert (dana.name, dana.title, dana.rapport, dana.role.value) == (
        "Dana Lee",
        "engineering manager",
        [],
        "hiring_manager",
    )
    assert dana.challenges == ["nightly batch jobs page the on-call team"]
    assert notes.company.news == [] and notes.candidate.highlights == ["led the Kafka migration at Northwind"]
    assert notes.requested == ["my portfolio link"]


def test_nothing_is_written_from_a_pipe_without_yes(llm: list[Any], tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW])
    assert result.exit_code == 2 and "add --yes" in result.stderr
    assert "+ position = Senior Backend Engineer" in result.stdout  # the review was shown
    assert not (tmp_path / "notes.md").exists()


def test_notes_that_do_not_say_enough_say_what_is_missing(llm: list[Any], tmp_path: Path) -> None:
    """A required field neither code nor the model found is named with what to write, never made up."""
    llm[0]["answers"]["header"]["company"] = "Initech"  # not in the notes: left out, and then missing
    source = tmp_path / "notes.txt"
    source.write_text(FREE.replace(" (New York time)", "").replace("Sam Rivera\n", ""))
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 2, result.stdout
    assert "- company.name = Initech    left out:" in result.stdout
    assert "do not say enough yet" in result.stderr and "nothing is guessed" in result.stderr
    for field in ("company.name: the company", "candidate.name: your name", "interview.timezone: where"):
        assert field in result.stderr
    assert "position:" not in result.stderr  # what was found is not asked again
    assert "Traceback" not in result.stderr and not (tmp_path / "notes.md").exists()


def test_an_llm_that_is_down_is_one_line_and_writes_nothing(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["status"] = 503
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 1 and "LLM unavailable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "notes.md").exists()


def test_an_answer_that_is_not_the_facts_asked_for_is_unavailable(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["raw"] = '{"subject": "Thank you"}'
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
            return httpx2.Response(200, json=completion(answer_for(json.loads(request.content), ANSWERS)))

        transport = RecordingTransport(httpx2.MockTransport(handler), recorded, "rewrite")
        return OpenAIWriter(dataclasses.replace(settings, max_retries=0), transport=transport)

    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    monkeypatch.setattr(factory, "make_writer", recording_writer)
    first = runner.invoke(app, ["import", str(source), str(tmp_path / "a.md"), "--now", NOW, "--yes"])
    assert first.exit_code == 0, first.stderr
    assert len(list(recorded.glob("*.json"))) == 3  # header, Dana, the rest
    monkeypatch.undo()
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    args = ["import", str(source), str(tmp_path / "b.md"), "--now", NOW, "--yes"]
    replayed = runner.invoke(app, [*args, "--provider", "replay", "--fixtures", str(recorded)])
    assert replayed.exit_code == 0, replayed.stderr
    assert (tmp_path / "a.md").read_text() == (tmp_path / "b.md").read_text()


def test_on_a_terminal_a_missing_field_is_asked_for_then_the_review_asks_before_writing(
    llm: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recorded answers (the header's company missed) replayed by a real `afterview import` on a pty."""
    import os
    import sys

    import pexpect

    from afterview.providers.replay.transport import RecordingTransport

    recorded = tmp_path / "fixtures"
    answers = json.loads(json.dumps(ANSWERS))
    answers["header"]["company"] = ""

    def recording_writer(settings: LLMSettings, **_: Any) -> OpenAIWriter:
        def handler(request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(200, json=completion(answer_for(json.loads(request.content), answers)))

        transport = RecordingTransport(httpx2.MockTransport(handler), recorded, "rewrite")
        return OpenAIWriter(dataclasses.replace(settings, max_retries=0), transport=transport)

    source = tmp_path / "notes.txt"
    source.write_text(FREE.replace("role at Acme", "role"))
    monkeypatch.setattr(factory, "make_writer", recording_writer)
    first = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert first.exit_code == 2 and "company.name: the company" in first.stderr  # from a pipe: named
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "OPENAI_BASE_URL")}
    env.update(TERM="xterm-256color", COLUMNS="200")
    args = ["import", str(source), "--now", NOW, "--provider", "replay", "--fixtures", str(recorded)]
    child = pexpect.spawn(sys.executable, ["-m", "afterview", *args], env=env, encoding="utf-8", timeout=60)
    try:
        child.expect("Which company")
        child.sendline("Acme")
        child.expect(r"Write .*notes\.md\? \[y/N\]")
        child.sendline("y")
        child.expect("Wrote")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    notes = load_notes(tmp_path / "notes.md")
    assert notes.company.name == "Acme" and notes.position == "Senior Backend Engineer"


def test_on_a_terminal_a_missing_start_is_read_as_new_reads_it(
    llm: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same ask loop as `afterview new`: a UTC offset is refused (not dropped), a place fills the timezone."""
    import os
    import sys

    import pexpect

    from afterview.providers.replay.transport import RecordingTransport

    recorded = tmp_path / "fixtures"

    def recording_writer(settings: LLMSettings, **_: Any) -> OpenAIWriter:
        def handler(request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(200, json=completion(answer_for(json.loads(request.content), ANSWERS)))

        transport = RecordingTransport(httpx2.MockTransport(handler), recorded, "rewrite")
        return OpenAIWriter(dataclasses.replace(settings, max_retries=0), transport=transport)

    source = tmp_path / "notes.txt"
    source.write_text(FREE.replace(", yesterday at 2pm (New York time)", ""))
    monkeypatch.setattr(factory, "make_writer", recording_writer)
    first = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert first.exit_code == 2 and "interview.at: when it started" in first.stderr  # from a pipe: named
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "OPENAI_BASE_URL")}
    env.update(TERM="xterm-256color", COLUMNS="200", TZ="UTC")
    args = ["import", str(source), "--now", NOW, "--provider", "replay", "--fixtures", str(recorded)]
    child = pexpect.spawn(sys.executable, ["-m", "afterview", *args], env=env, encoding="utf-8", timeout=60)
    try:
        child.expect("When did it start")
        child.sendline("yesterday 2pm -05:00")
        child.expect("instead of a UTC offset")
        child.sendline("yesterday 2pm New York time")
        child.expect(r"Write .*notes\.md\? \[y/N\]")  # the timezone came with the time: not asked
        output = child.before
        child.sendline("y")
        child.expect("Wrote")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0 and "In which timezone" not in output
    notes = load_notes(tmp_path / "notes.md")
    assert notes.interview.at == datetime(2026, 11, 23, 14, 0) and notes.interview.timezone == "America/New_York"


def test_an_unusable_answer_about_one_person_leaves_out_only_their_details(llm: list[Any], tmp_path: Path) -> None:
    llm[0]["answers"]["about"] = {"talked_about": "not a list"}
    source = tmp_path / "notes.txt"
    source.write_text(FREE)
    result = runner.invoke(app, ["import", str(source), "--now", NOW, "--yes"])
    assert result.exit_code == 0, result.stderr
    assert "- left out: what Dana Lee talked about, their problems, common ground and requests: the model's" in (
        result.stdout
    )
    (dana,) = load_notes(tmp_path / "notes.md").interviewers
    assert dana.name == "Dana Lee" and dana.topics == [] and dana.role.value == "hiring_manager"
