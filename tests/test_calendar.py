"""The .ics reminders: names as written, each fact once, and a command that drafts that message."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import icalendar
from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES

runner = CliRunner()


def schedule_ics(notes: Path, tmp_path: Path, now: str) -> list[icalendar.Event]:
    ics = tmp_path / "plan.ics"
    result = runner.invoke(app, ["schedule", str(notes), "--now", now, "--ics", str(ics)])
    assert result.exit_code == 0, result.stderr
    return list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))


def odd_notes(tmp_path: Path) -> Path:
    """The panel example in a folder whose name needs quoting, with names that are not all lower case."""
    folder = tmp_path / "my interviews"
    folder.mkdir()
    text = (EXAMPLES / "panel.yaml").read_text(encoding="utf-8")
    text = text.replace("Dana Lee", "Siobhán O'Brien-McKay").replace("Marcus Chen", "DJ van der Berg")
    path = folder / "acme (onsite).yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_alarm_text_keeps_the_names_as_written(tmp_path: Path) -> None:
    events = schedule_ics(odd_notes(tmp_path), tmp_path, "2026-11-24T16:00")
    alarms = sorted(str(a["description"]) for e in events for a in e.walk("VALARM"))
    assert "Time to send the thank-you to Siobhán O'Brien-McKay" in alarms
    assert "Time to send the thank-you to DJ van der Berg" in alarms
    assert "Time to send the status check to Priya Shah" in alarms


def test_description_gives_the_window_and_the_deadline_once(tmp_path: Path) -> None:
    events = schedule_ics(EXAMPLES / "panel.yaml", tmp_path, "2026-11-24T16:00")
    for event in events:
        text = str(event["description"])
        for fact in ("Tue 1 Dec – Fri 4 Dec", "15:30 Wed 25 Nov", "14:30 Wed 25 Nov"):
            assert text.count(fact) <= 1, text
    status = next(e for e in events if str(e["uid"]).startswith("status_check"))
    assert "Tue 1 Dec – Fri 4 Dec" in str(status["description"])


def test_draft_it_with_is_a_whole_command_that_drafts_that_message(tmp_path: Path) -> None:
    notes = odd_notes(tmp_path)
    events = schedule_ics(notes, tmp_path, "2026-11-24T16:00")
    assert len(events) == 4
    for event in events:
        line = next(x for x in str(event["description"]).splitlines() if x.startswith("Draft it with: "))
        words = shlex.split(line.removeprefix("Draft it with: "))
        assert words[:3] == ["afterview", "draft", str(notes.resolve())]
        assert "--to" in words and "--kind" in words
        if "O'Brien" not in line:
            assert '--to "' in line  # names in double quotes, as people type them
        result = runner.invoke(app, [*words[1:], "--now", "2026-11-24T16:00", "--format", "json"])
        assert result.exit_code == 0, (line, result.stderr)
        (message,) = json.loads(result.stdout)["messages"]
        kind, to = words[words.index("--kind") + 1], words[words.index("--to") + 1]
        assert (message["kind"], message["to"]) == (kind, to)


def test_the_command_names_the_notes_file_by_its_absolute_path(tmp_path: Path) -> None:
    notes = tmp_path / "notes.yaml"
    shutil.copy(EXAMPLES / "single.yaml", notes)
    events = schedule_ics(notes, tmp_path, "2026-11-20T13:15")
    line = next(x for x in str(events[0]["description"]).splitlines() if x.startswith("Draft it with: "))
    assert Path(shlex.split(line)[5]).is_absolute()


def test_an_edited_calendar_is_not_replaced_without_force_and_a_pipe_never(tmp_path: Path) -> None:
    import os

    from typer.testing import CliRunner

    from afterview.cli import app

    runner = CliRunner()
    single = str(Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "single.yaml")
    ics = tmp_path / "c.ics"
    args = ["schedule", single, "--now", "2026-11-24T16:00", "--ics", str(ics)]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0  # its own file, unchanged: replaced
    ics.write_bytes(ics.read_bytes().replace(b"END:VEVENT", b"COMMENT:my note\r\nEND:VEVENT", 1))
    edited = runner.invoke(app, args)
    assert edited.exit_code == 2 and "edited" in edited.stderr
    assert b"my note" in ics.read_bytes()
    pipe = tmp_path / "p.ics"
    os.mkfifo(pipe)
    refused = runner.invoke(app, [*args[:-1], str(pipe), "--force"])
    assert refused.exit_code == 2 and "not a regular file" in refused.stderr
    assert pipe.is_fifo()
