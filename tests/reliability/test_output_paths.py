"""Nothing written where it should not be, nothing lost, nothing waited on forever (issue 11, items 1–3, 8, 9, 12).

Every test drives the real CLI on a real filesystem: batch into --out with inputs whose
folder names clash, `schedule --ics` aimed at the notes, interviewer names that slug alike,
FIFOs and symlinks in the input and output folders, a read-only --out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from afterview.batch.runner import BatchSettings, run_file
from afterview.cli import app
from afterview.outdir import LOCK, MANIFEST
from afterview.writer.template_writer import TemplateWriter
from helpers import EXAMPLES, NOW

runner = CliRunner()


def tree(folder: Path) -> set[Path]:
    """Every path under `folder` (symlinks not followed)."""
    return {Path(root) / name for root, dirs, files in os.walk(folder) for name in dirs + files}


def notes_dict(**changes: object) -> dict:
    data = yaml.safe_load((EXAMPLES / "single.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def write_notes(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def batch_json(*args: str) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["batch", *args, "--now", NOW, "--format", "json"])
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else {}, result.stderr


# --- 1. batch writes only inside --out, one folder per input ---------------------------------------


def issue_layout(root: Path) -> Path:
    """in/x-notes.yaml (another position), in/x/notes.yaml, in/y/notes.yaml: the issue's reproducer."""
    inbox = root / "in"
    write_notes(inbox / "x-notes.yaml", notes_dict(position="Staff Researcher"))
    write_notes(inbox / "x" / "notes.yaml", notes_dict())
    write_notes(inbox / "y" / "notes.yaml", notes_dict(position="Design Lead"))
    return inbox


def assert_three_folders_inside(out: Path, doc: dict) -> None:
    folders = [Path(f["out"]) for f in doc["files"]]
    assert len(set(folders)) == 3, folders
    for entry in doc["files"]:
        folder = Path(entry["out"])
        if not folder.is_absolute():
            folder = Path.cwd() / folder
        assert folder.resolve().parent == out.resolve()
        drafts = drafted_files(folder)
        assert len(drafts) == entry["messages"] > 0
        notes = yaml.safe_load(Path(entry["notes"]).read_text(encoding="utf-8"))
        for draft in drafts:  # each folder holds the drafts of its own notes, none of another's
            assert notes["position"] in draft.read_text(encoding="utf-8")
    stamps = [json.loads((Path(f["out"]) / ".afterview-batch.json").read_text())["notes"] for f in doc["files"]]
    assert len(set(stamps)) == 3


@pytest.mark.parametrize("relative", [False, True])
def test_batch_never_writes_outside_out_and_never_shares_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    work = tmp_path / "work"
    inbox = issue_layout(work)
    root_before = set(os.listdir("/"))
    before = tree(tmp_path)
    if relative:
        monkeypatch.chdir(work)
        code, doc, err = batch_json("in", "--out", "out", "--files", "json")
    else:
        code, doc, err = batch_json(str(inbox), "--out", str(work / "out"), "--files", "json")
    assert code == 0, err
    assert set(os.listdir("/")) == root_before
    out = work / "out"
    assert all(p == out or out in p.parents for p in tree(tmp_path) - before)
    assert_three_folders_inside(out, doc)
    assert doc["totals"]["drafted"] == 3
    code, again, _ = batch_json(
        *(("in", "--out", "out") if relative else (str(inbox), "--out", str(out))), "--files", "json"
    )
    assert code == 0 and {f["status"] for f in again["files"]} == {"unchanged"}


def test_a_symlinked_folder_in_out_is_not_written_through(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "single.yaml", inbox / "single.yaml")
    shutil.copy(EXAMPLES / "panel.yaml", inbox / "panel.yaml")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "single").symlink_to(elsewhere, target_is_directory=True)
    code, doc, _ = batch_json(str(inbox), "--out", str(out))
    assert code == 2
    single = next(f for f in doc["files"] if f["notes"].endswith("single.yaml"))
    assert single["status"] == "error" and "outside" in single["error"]
    assert list(elsewhere.iterdir()) == []
    assert next(f for f in doc["files"] if f["notes"].endswith("panel.yaml"))["status"] == "drafted"


def test_a_run_file_aimed_outside_its_root_writes_nothing(tmp_path: Path) -> None:
    """What --collect does with a folder name read from a (tampered) job file."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    settings = BatchSettings(tone=None, output_format="text", provider="template", clock=datetime.now(UTC), now=NOW)
    result = run_file(EXAMPLES / "single.yaml", out / ".." / "elsewhere", settings, TemplateWriter(), None, root=out)
    assert result.status == "error" and "outside" in (result.error or "")
    assert not elsewhere.exists()


# --- 2. single-file outputs never overwrite the input, nor a file afterview did not write ------------


def schedule(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["schedule", *args, "--now", NOW])
    return result.exit_code, result.stderr


def test_ics_never_overwrites_the_notes_file_by_any_name(tmp_path: Path) -> None:
    notes = tmp_path / "notes.yaml"
    shutil.copy(EXAMPLES / "single.yaml", notes)
    original = notes.read_bytes()
    (tmp_path / "link.ics").symlink_to(notes)
    os.link(notes, tmp_path / "hard.ics")
    for target in (notes, tmp_path / "sub" / ".." / "notes.yaml", tmp_path / "link.ics", tmp_path / "hard.ics"):
        for force in ([], ["--force"]):
            code, err = schedule(str(notes), "--ics", str(target), *force)
            assert code == 2, (target, err)
            assert "input" in err and "Traceback" not in err
            assert notes.read_bytes() == original


def test_ics_replaces_its_own_file_but_not_a_foreign_one_without_force(tmp_path: Path) -> None:
    notes = EXAMPLES / "single.yaml"
    ics = tmp_path / "followups.ics"
    assert schedule(str(notes), "--ics", str(ics))[0] == 0
    first = ics.read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR")
    assert schedule(str(notes), "--ics", str(ics))[0] == 0  # afterview's own file: replaced
    edited = ics.read_bytes().replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:dentist@example\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    ics.write_bytes(edited)  # an event of the user's own: the file is theirs now
    code, err = schedule(str(notes), "--ics", str(ics))
    assert code == 2 and ics.read_bytes() == edited
    mine = tmp_path / "mine.ics"
    mine.write_text("my calendar\n")
    code, err = schedule(str(notes), "--ics", str(mine))
    assert code == 2 and "--force" in err and mine.read_text() == "my calendar\n"
    assert schedule(str(notes), "--ics", str(mine), "--force")[0] == 0
    assert mine.read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, err = schedule(str(notes), "--ics", str(tmp_path))
    assert code == 2 and "folder" in err


# --- 3. every message gets its own file, with an ASCII name short in bytes ----------------------------

LOOKALIKES = [
    ("Mary-Ann Lee", "hiring_manager"),
    ("Mary Ann Lee", "recruiter"),
    ("Dana Lee", "peer"),
    ("Dana Lee.", "peer"),
    ("Dr. Anna Kim", "executive"),
    ("Dr Anna Kim", "peer"),
    ("Dana\u200bLee", "other"),
    ("😀", "other"),
    ("🎉🎉", "other"),
    ("Tomás Ortega", "other"),
    ("𠀀" * 60, "other"),  # 240 bytes of 4-byte characters
    ("A" * 299 + "x", "other"),
    ("A" * 299 + "y", "other"),
]


def lookalike_notes(path: Path) -> Path:
    people = [
        {"name": name, "role": role, "topics": [f"the roadmap for team {n}"], "primary_contact": n == 1}
        for n, (name, role) in enumerate(LOOKALIKES)
    ]
    return write_notes(path, notes_dict(interviewers=people))


def messages_of(notes: Path, *extra: str) -> list[dict]:
    result = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--format", "json", *extra])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["messages"]


def drafted_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def assert_names_safe(files: list[Path]) -> None:
    for path in files:
        assert path.name.isascii(), path.name
        assert len(path.stem.encode()) <= 100, path.name
        assert "/" not in path.name and not path.name.startswith(".")


@pytest.mark.parametrize("fmt", ["text", "json", "eml"])
def test_draft_out_writes_one_file_per_message(tmp_path: Path, fmt: str) -> None:
    notes = lookalike_notes(tmp_path / "notes.yaml")
    messages = messages_of(notes)
    assert len(messages) > len(LOOKALIKES)  # a thank-you each, and a status check
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    files = drafted_files(out)
    assert len(files) == len(messages)
    assert_names_safe(files)
    assert (out / f"thank_you-tomas-ortega.{'txt' if fmt == 'text' else fmt}").exists()
    if fmt == "json":
        recipients = sorted(json.loads(p.read_text())["to"] for p in files if p.name.startswith("thank_you"))
        assert recipients == sorted(name for name, _ in LOOKALIKES)
    again = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--format", fmt, "--out", str(out)])
    assert again.exit_code == 0 and "kept your edited" not in again.stderr
    assert drafted_files(out) == files  # stable names: the re-run finds its own files


def test_a_selection_writes_the_same_file_name_as_the_full_run(tmp_path: Path) -> None:
    notes = lookalike_notes(tmp_path / "notes.yaml")
    full, one = tmp_path / "full", tmp_path / "one"
    runner.invoke(app, ["draft", str(notes), "--now", NOW, "--out", str(full)])
    result = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--out", str(one), "--to", "Mary Ann Lee"])
    assert result.exit_code == 0, result.stderr
    chosen = drafted_files(one)
    assert "thank_you-mary-ann-lee-2.txt" in [p.name for p in chosen]
    for path in chosen:  # the names (and drafts) the full run gave Mary Ann Lee's messages
        assert (full / path.name).read_text() == path.read_text()


def test_batch_writes_one_file_per_message(tmp_path: Path) -> None:
    lookalike_notes(tmp_path / "in" / "people.yaml")
    shutil.copy(EXAMPLES / "panel.yaml", tmp_path / "in" / "panel.yaml")
    code, doc, err = batch_json(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 0, err
    for entry in doc["files"]:
        files = drafted_files(Path(entry["out"]))
        assert len(files) == entry["messages"] > 0
        assert_names_safe(files)


# --- 8. a FIFO is never waited on -----------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real afterview in its own process: a run that blocks fails the test instead of hanging it."""
    env = {**os.environ, "NO_COLOR": "1", "XDG_CONFIG_HOME": "/nonexistent/afterview-test"}
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AFTERVIEW_CONFIG"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


@needs_fifo
def test_batch_skips_a_fifo_in_the_input_folder_and_says_so(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "single.yaml", inbox / "a.yaml")
    os.mkfifo(inbox / "b.yaml")
    (inbox / "c.yaml").symlink_to("/dev/zero")
    out = tmp_path / "out"
    proc = run_cli("batch", str(inbox), "--out", str(out), "--now", NOW, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert [Path(f["notes"]).name for f in doc["files"]] == ["a.yaml"]
    assert sorted(Path(s["path"]).name for s in doc["not_read"]) == ["b.yaml", "c.yaml"]
    assert "b.yaml" in proc.stderr and "named pipe" in proc.stderr
    text = run_cli("batch", str(inbox), "--out", str(out), "--now", NOW)
    assert text.returncode == 0 and "not read:" in text.stdout and "b.yaml" in text.stdout


@needs_fifo
def test_a_fifo_named_outright_is_that_files_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "b.yaml")
    shutil.copy(EXAMPLES / "single.yaml", tmp_path / "a.yaml")
    proc = run_cli(
        "batch",
        str(tmp_path / "a.yaml"),
        str(tmp_path / "b.yaml"),
        "--out",
        str(tmp_path / "out"),
        "--now",
        NOW,
        "--format",
        "json",
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    statuses = {Path(f["notes"]).name: (f["status"], f["error"]) for f in doc["files"]}
    assert statuses["a.yaml"][0] == "drafted"
    assert statuses["b.yaml"][0] == "error" and "named pipe" in statuses["b.yaml"][1]


@needs_fifo
def test_fifos_in_the_output_folder_are_not_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "thank_you-tomas-ibarra.txt")
    proc = run_cli("draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "thank_you-tomas-ibarra.new.txt").is_file()  # beside the pipe, as beside an edit
    (out / MANIFEST).unlink()
    os.mkfifo(out / MANIFEST)
    proc = run_cli("draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--out", str(out))
    assert proc.returncode == 2 and "manifest" in proc.stderr and "Traceback" not in proc.stderr


# --- 9. the lock and the manifest are never followed through a symlink ------------------------------


@pytest.mark.parametrize("name", [LOCK, MANIFEST])
def test_a_symlinked_lock_or_manifest_is_refused(tmp_path: Path, name: str) -> None:
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    victim = outside / "victim"
    (out / name).symlink_to(victim)
    result = runner.invoke(app, ["draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--out", str(out)])
    assert result.exit_code == 2
    assert "symbolic link" in result.stderr and name in result.stderr
    assert not victim.exists() and list(outside.iterdir()) == []
    victim.write_text("keep me\n")
    result = runner.invoke(app, ["draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--out", str(out)])
    assert result.exit_code == 2 and victim.read_text() == "keep me\n"


def test_a_symlinked_draft_file_is_replaced_never_written_through(tmp_path: Path) -> None:
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("keep me\n")
    (out / "thank_you-tomas-ibarra.txt").symlink_to(victim)
    result = runner.invoke(app, ["draft", str(EXAMPLES / "single.yaml"), "--now", NOW, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert victim.read_text() == "keep me\n"
    assert (out / "thank_you-tomas-ibarra.new.txt").is_file()


# --- 12. a re-run with nothing to change works in a read-only --out ----------------------------------


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` and all in it read-only for this process, or skip the test.

    chmod is the honest way for a normal user; as root chmod stops nothing, so root marks the
    files immutable (chattr +i, which stops root too) where the filesystem allows it.
    """
    paths = [folder, *tree(folder)]
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "-R", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: there is no way to make a folder read-only here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-R", "-i", str(folder)], check=True)


@pytest.mark.parametrize("command", ["draft", "batch"])
def test_a_rerun_that_changes_nothing_succeeds_in_a_read_only_out(tmp_path: Path, command: str) -> None:
    notes = tmp_path / "notes.yaml"
    shutil.copy(EXAMPLES / "single.yaml", notes)
    out = tmp_path / "out"
    args = [command, str(notes), "--out", str(out)]
    first = run_cli(*args, "--now", NOW)
    assert first.returncode == 0, first.stderr
    with read_only(out):
        probe = run_cli("init", str(out / "probe.yaml"))
        assert probe.returncode == 2, "the folder is not read-only for this process; the test would prove nothing"
        again = run_cli(*args, "--now", NOW)
        assert again.returncode == 0, again.stderr
        assert "unchanged" in again.stdout
        if command == "batch":  # --force redrafts, finds every file as it is, and writes nothing
            forced = run_cli(*args, "--now", NOW, "--force")
            assert forced.returncode == 0, forced.stdout + forced.stderr
        changed = run_cli(*args, "--now", NOW, "--tone", "formal")
        assert changed.returncode == 2, changed.stdout + changed.stderr
        assert "cannot" in changed.stderr + changed.stdout and "Traceback" not in changed.stderr


def test_a_300_character_name_does_not_crash_the_grammar_check(tmp_path: Path) -> None:
    """Harper panicked (a Rust index error, not even an Exception) on a word near a long imported name."""
    from afterview.guardrails.grammar.harper_engine import HarperEngine

    findings = HarperEngine().check("Hi " + "A" * 300 + ",\n\nThank you.\n", ["A" * 299 + "x", "A" * 299 + "y"])
    assert all(f.check == "grammar" for f in findings)


# --- the output-side fuzz (bench/fuzz.py runs many more cases) ---------------------------------------


def test_hostile_folders_and_names_a_few_fuzzed_cases(tmp_path: Path) -> None:
    import fuzz_paths

    verdicts = [fuzz_paths.run_case(tmp_path / f"case{n}", 20261124 + n) for n in range(4)]
    assert [v.detail for v in verdicts if v.kind in ("traceback", "hang")] == []
    assert [p for v in verdicts for p in v.outside] == []
    assert [m for v in verdicts for m in v.mismatches] == []
    assert sum(v.files for v in verdicts) == sum(v.messages for v in verdicts) > 0
