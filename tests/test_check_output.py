"""`afterview check` text: file names as typed, human words, one finding per pushy sentence, line:col."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from helpers import EXAMPLES, NOW

PANEL = str(EXAMPLES / "panel.yaml")
runner = CliRunner()

PUSHY = (
    "Subject: Thank you\n\nDear Dana,\n\n"
    "Thank you for the conversation today about the Senior Backend Engineer role and about moving billing to "
    "event sourcing.\n"
    "I expect to hear back by Friday, so please send me your decision ASAP.\n\n"
    "Best regards,\nSam Rivera\n"
)


def check(tmp_path: Path, name: str, text: str, *args: str) -> object:
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    return runner.invoke(app, ["check", str(draft), "--notes", PANEL, "--now", NOW, *args])


@pytest.mark.parametrize("name", ["my-thank-you.txt", "my.txt", "mY notes.txt"])
def test_the_file_name_is_printed_as_typed(tmp_path: Path, name: str) -> None:
    result = check(tmp_path, name, PUSHY)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{tmp_path / name}: thank-you to Dana Lee\n")


def test_no_raw_kind_names_in_human_text(tmp_path: Path) -> None:
    for kind in ("thank_you", "status_check"):
        result = check(tmp_path, "draft.txt", PUSHY, "--kind", kind, "--to", "Priya")
        assert result.exit_code == 0
        assert "thank_you" not in result.stdout and "status_check" not in result.stdout
    drafted = runner.invoke(app, ["draft", PANEL, "--now", NOW])
    assert "thank_you" not in drafted.stdout and "status_check" not in drafted.stdout


def test_one_pushy_sentence_is_one_finding_that_lists_its_phrases(tmp_path: Path) -> None:
    result = check(tmp_path, "draft.txt", PUSHY, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    pushy = [f for f in findings if f["code"] == "pushy"]
    assert len(pushy) == 1, pushy
    message = pushy[0]["message"]
    for phrase in ("I expect to hear", "ASAP"):
        assert phrase in message
    assert pushy[0]["severity"] == "error"
    start, end = pushy[0]["span"]
    assert start < end


def test_two_sentences_keep_two_findings(tmp_path: Path) -> None:
    text = PUSHY.replace("so please send me your decision ASAP.", "and I need an answer.\nPlease reply ASAP.")
    result = check(tmp_path, "draft.txt", text, "--format", "json")
    pushy = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "pushy"]
    assert len(pushy) == 2, pushy


def test_text_output_shows_file_line_col_of_each_phrase(tmp_path: Path) -> None:
    result = check(tmp_path, "draft.txt", PUSHY)
    assert result.exit_code == 0
    located = re.findall(r"^  \w+ +(\S+):(\d+):(\d+) (\w+)/(\w+): '([^']+)'", result.stdout, re.M)
    assert located, result.stdout
    lines = PUSHY.split("\n")
    for file, line, col, _check, _code, phrase in located:
        assert file == str(tmp_path / "draft.txt")
        at = lines[int(line) - 1][int(col) - 1 :]
        assert at.lower().startswith(phrase.lower()), (line, col, phrase, at)
    assert any(code == "pushy" and line == "6" for _, line, _, _, code, _ in located)


@pytest.mark.parametrize(("subject", "first"), [("Thank you", 3), (None, 1)], ids=["email", "card"])
def test_planned_drafts_count_lines_as_in_the_saved_file(subject: str | None, first: int) -> None:
    from afterview.draft import Draft, Finding
    from afterview.output.text import findings_lines
    from afterview.vocabulary import Channel, Kind

    body = "Dear Dana,\n\nPlease reply ASAP.\n"
    at = body.index("ASAP")
    finding = Finding("tone", "error", "pushy", "'ASAP' sounds pushy.", span=(at, at + 4))
    channel = Channel.email if subject else Channel.handwritten
    draft = Draft(Kind.thank_you, "Dana Lee", channel, subject, body, "template", "warm", (finding,))
    (line,) = [x for x in findings_lines(draft) if "pushy" in x]
    assert line == f"  error   {first + 2}:14 tone/pushy: 'ASAP' sounds pushy."
