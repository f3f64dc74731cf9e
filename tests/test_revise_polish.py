"""revise: mention adds, the quit question has its own prompt, undo and save say what they did."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pexpect
import pytest

from afterview.notes.loader import load_notes
from afterview.revise.matching import items_for
from afterview.revise.session import Session
from afterview.writer.template_writer import TemplateWriter
from helpers import EXAMPLES, NOW, PANEL

CONFIRM = "Discard unsaved changes? [y/N] "


def session(tmp_path: Path, path: Path = PANEL) -> Session:
    notes = load_notes(path)
    now = datetime(2026, 11, 24, 16, tzinfo=ZoneInfo("America/New_York"))
    return Session.start(notes, now, TemplateWriter(), "warm", tmp_path / "out")


@pytest.mark.parametrize("path", [EXAMPLES / "panel.yaml", EXAMPLES / "single.yaml", EXAMPLES / "no-follow-up.yaml"])
def test_mention_adds_an_item_and_keeps_every_item_already_there(tmp_path: Path, path: Path) -> None:
    s = session(tmp_path, path)
    added = missing = 0
    for number, thread in enumerate(s.threads):
        if thread.planned.kind.value != "thank_you":
            continue
        first = thread.versions[0]
        items = [i.text for i in items_for(s.notes, thread.planned.to)]
        present = [i for i in items if i in first.draft.body]
        for item in items:
            if item in present:
                continue
            s.index, thread.position = number, 0
            del thread.versions[1:]
            reply = s.handle(f"mention {item}").text
            missing += "has no place for" not in reply  # the writer says plainly what it cannot place
            body = thread.current.draft.body
            if item in body:
                added += 1
                lost = [p for p in present if p not in body]
                assert not lost, f"'mention {item}' to {thread.planned.to.name} replaced {lost}"
    assert added >= 1 or missing == 0  # a first draft that says every item it has a place for leaves nothing to add


def test_a_mention_that_would_push_an_item_out_is_refused_and_the_draft_kept(tmp_path: Path) -> None:
    """Made warmer and shorter, Dana Lee's thank-you has room for its Kafka tie and no more; asking for her on-call
    problem too would push the tie out, so the writer says what it would replace and how to choose, and keeps the
    draft as it was (no new version). (Until stop 54 shown on Eleanor Whitfield's note, whose second result
    writer62 left out.)"""
    s = session(tmp_path)
    s.handle("warmer")
    s.handle("shorter")
    thread = s.thread
    before, versions = thread.current.draft.body, len(thread.versions)
    assert "led the Kafka migration at Northwind" in before
    reply = s.handle("mention the on-call problem").text
    assert "beside 'led the Kafka migration at Northwind'" in reply
    assert "'drop led the Kafka migration at Northwind' first" in reply
    assert thread.current.draft.body == before and len(thread.versions) == versions


def test_mention_of_a_second_highlight_keeps_the_first(tmp_path: Path) -> None:
    s = session(tmp_path)
    before = s.thread.current.draft.body
    # the hiring manager's first draft says both (the second as one more result); asking for it keeps both
    assert "led the Kafka migration at Northwind" in before
    s.handle("mention the p99 latency")
    after = s.thread.current.draft.body
    assert "cut p99 latency of the payments API by 40%" in after
    assert "led the Kafka migration at Northwind" in after


def test_undo_to_the_first_version_reads_naturally(tmp_path: Path) -> None:
    s = session(tmp_path)
    s.handle("warmer")
    assert s.handle("undo").text == "Back to version 1 (the first draft)."
    assert s.handle("redo").text == "Forward to version 2 (tone: enthusiastic)."


def test_save_says_saved_only_for_changed_drafts(tmp_path: Path) -> None:
    s = session(tmp_path)
    out = tmp_path / "out"
    s.handle("warmer")
    lines = s.handle("save").text.splitlines()
    assert lines[0] == f"saved {out / 'thank_you-dana-lee.txt'}"
    assert all(line.startswith("unchanged ") for line in lines[1:]) and len(lines) == 4
    assert (out / "thank_you-marcus-chen.txt").is_file()  # every draft is in the folder
    again = s.handle("save").text.splitlines()
    assert again == [f"unchanged {out / name}" for name in sorted_names(s)]
    s.handle("undo")
    lines = s.handle("save").text.splitlines()
    assert lines[0].startswith(f"saved {out / 'thank_you-dana-lee.txt'}") and "kept as" in lines[0]


def sorted_names(s: Session) -> list[str]:
    return [s.file_for(t).name for t in s.threads]


def revise_command(*extra: str) -> list[str]:
    return [sys.executable, "-m", "afterview", "revise", str(PANEL), "--now", NOW, *extra]


def test_through_a_pipe_the_quit_question_has_its_own_prompt(tmp_path: Path) -> None:
    proc = subprocess.run(
        revise_command("--out", str(tmp_path / "d")),
        input="warmer\nquit\nn\nsave\nshorter\nquit\ny\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Unsaved changes: the thank-you to Dana Lee." in out
    assert f"{CONFIRM}n\n" in out and f"{CONFIRM}y\n" in out
    assert "revise> n\n" not in out and "revise> y\n" not in out
    assert "Not quitting" in out and "Discarded unsaved changes." in out
    assert "thank_you to" not in out  # human words, not the raw kind


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[pexpect.spawn]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="50", PROMPT_TOOLKIT_NO_CPR="1")
    command = revise_command("--out", str(tmp_path / "drafts"))
    child = pexpect.spawn(command[0], command[1:], env=env, encoding="utf-8", timeout=60, dimensions=(50, 120))
    yield child
    child.close(force=True)


def ready(child: pexpect.spawn, prompt: str = "revise>") -> None:
    child.expect_exact(prompt)
    child.expect_exact("\x1b[?25h")  # the line editor has finished drawing


def test_on_a_terminal_the_quit_question_is_asked_with_its_own_prompt(terminal: pexpect.spawn) -> None:
    child = terminal
    ready(child)
    child.send("warmer\r")
    child.expect("version 2 of 2")
    ready(child)
    child.send("quit\r")
    child.expect_exact("Unsaved changes: the thank-you to Dana Lee.")
    ready(child, CONFIRM.rstrip())
    assert "revise>" not in child.before
    child.send("n\r")
    child.expect_exact("Not quitting")
    ready(child)  # back at the ordinary prompt
    child.send("quit\r")
    ready(child, CONFIRM.rstrip())
    child.send("y\r")
    child.expect_exact("Discarded unsaved changes.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
