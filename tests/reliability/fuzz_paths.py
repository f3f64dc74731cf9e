"""Hostile paths and names on the output side, and how to judge a run (issue 11: items 1–3, 8, 9).

One case is a folder holding notes files with awkward names (clashing stems, separators,
accents, emoji, 200-byte names), interviewers whose names slug alike, and traps: named pipes,
device links, dangling links and link loops in the input folder; symlinked locks, manifests,
per-file folders and draft files, and pipes at draft names in the output folder, every link
pointing into an `outside/` folder. The real CLI (`batch` or `draft --out`, in-process)
runs on it under an alarm, and the case is judged on four counts:

  traceback   an exit status other than 0/2, or an internal error
  hang        the run did not end within the alarm (a pipe being waited on)
  outside     any path outside --out created, changed or removed (the case folder and /)
  mismatch    a drafted notes file whose folder holds not exactly one file per message

Shared by tests/reliability/test_output_paths.py (a few cases) and bench/fuzz.py (many).
"""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from fuzz_inputs import NOW, VALID

# Families of names that come out alike once made into file names.
LOOKALIKES = [
    ["Mary-Ann Lee", "Mary Ann Lee", "MARY ANN LEE", "Mary_Ann Lee", "Mary–Ann Lee"],
    ["Dana Lee", "Dana Lee.", "Dana\u200bLee", "Dána Lee", "Dana L\u0065\u0301e", "Dana Lee\u202e"],
    ["Dr. Anna Kim", "Dr Anna Kim", "Dr. Anna Kim, PhD", "Dr.Anna.Kim"],
    ["😀", "🎉", "😀😀", "👩‍💻", "✨✨✨"],
    ["李娜", "王芳", "Иван Петров", "محمد علي", "Ωμέγα"],
]
SEPARATORS = ["a/b", "../../etc/passwd", "..", ".", "/", "\\\\server\\share", "C:\\Users\\x", "x\x00y", "-rf", "~root"]
LONG = [
    "𠀀" * 60,  # 240 bytes of 4-byte characters
    "é" * 200,
    "A" * 299 + "x",
    "A" * 299 + "y",
    "Bartholomew " * 20,
]

# Notes file names (relative to the input folder); several clash once made into folder names.
NOTES_NAMES = [
    "notes.yaml",
    "x-notes.yaml",
    "x/notes.yaml",
    "y/notes.yaml",
    "x_notes.yaml",
    "x notes.yaml",
    "X-Notes.yaml",
    "notes.json",
    "ünï/notes.yaml",
    "a b/c d/notes.yaml",
    "CON.yaml",
    "..yaml",
    "-.yaml",
    "😀.yaml",
    "名前/メモ.yaml",
    "é" * 100 + ".yaml",  # a 205-byte file name
    "deep/er/and/deeper/x/notes.yaml",
]
INPUT_TRAPS = ["fifo", "devzero", "dangling", "folder", "loop", "outside-link"]
OUTPUT_TRAPS = ["lock-link", "manifest-link", "folder-link", "folder-loop", "draft-link", "draft-fifo", "manifest-fifo"]


BATCH_SHARE = 0.6  # the rest of the cases run `draft --out`


@dataclass
class Verdict:
    kind: str  # ok | refused | traceback | hang
    outside: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    messages: int = 0
    files: int = 0
    detail: str = ""


def person_names(rng: random.Random) -> list[str]:
    names: list[str] = []
    for family in rng.sample(LOOKALIKES, rng.randint(1, 3)):
        names += rng.sample(family, rng.randint(1, min(3, len(family))))
    if rng.random() < 0.5:
        names += rng.sample(SEPARATORS, rng.randint(1, 2))
    if rng.random() < 0.5:
        names += rng.sample(LONG, rng.randint(1, 2))
    return list(dict.fromkeys(names))[:8]


def notes_yaml(rng: random.Random) -> str:
    data: dict[str, Any] = copy.deepcopy(VALID)
    data.pop("history")
    people = []
    for n, name in enumerate(person_names(rng)):
        person = {
            "name": name,
            "role": "recruiter" if n == 1 else "peer",
            "topics": [f"the {['billing', 'search', 'on-call', 'hiring'][n % 4]} roadmap"],
        }
        if rng.random() < 0.3:
            person["channel"] = rng.choice(["linkedin", "handwritten"])
        people.append(person)
    people[0]["role"] = "hiring_manager"
    data["interviewers"] = people
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def snapshot(root: Path, skip: Path) -> dict[str, tuple[int, int, int, str]]:
    """Every path under `root` but `skip`: type, size, mtime and a link's target (links not followed)."""
    seen: dict[str, tuple[int, int, int, str]] = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if here / d != skip]
        for name in dirs + files:
            path = here / name
            info = path.lstat()
            target = os.readlink(path) if path.is_symlink() else ""
            seen[str(path)] = (info.st_mode, info.st_size, info.st_mtime_ns, target)
    return seen


def regular_files(folder: Path) -> list[Path]:
    """The drafts in a folder: its regular, not hidden files (links and pipes are not files)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return [p for p in entries if not p.name.startswith(".") and not p.is_symlink() and p.is_file()]


class Hang(Exception):
    pass


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def build_case(case: Path, rng: random.Random) -> tuple[Path, Path, list[Path]]:
    """The input folder, --out and the notes files of one case, traps included."""
    inbox, out, outside = case / "in", case / "out", case / "outside"
    for folder in (inbox, out, outside):
        folder.mkdir(parents=True)
    (outside / "victim.txt").write_text("not afterview's\n")
    notes = []
    for name in rng.sample(NOTES_NAMES, rng.randint(1, 4)):
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = notes_yaml(rng)
        path.write_text(json.dumps(yaml.safe_load(text)) if name.endswith(".json") else text, encoding="utf-8")
        notes.append(path)
    for trap in rng.sample(INPUT_TRAPS, rng.randint(0, 3)):
        if trap == "fifo" and hasattr(os, "mkfifo"):
            os.mkfifo(inbox / "b.yaml")
        elif trap == "devzero":
            (inbox / "zero.yaml").symlink_to("/dev/zero")
        elif trap == "dangling":
            (inbox / "gone.yaml").symlink_to(outside / "nothing.yaml")
        elif trap == "folder":
            (inbox / "folder.yaml").mkdir()
        elif trap == "loop":
            (inbox / "loop").symlink_to("..", target_is_directory=True)
        elif trap == "outside-link":
            (outside / "linked.yaml").write_text(notes_yaml(rng), encoding="utf-8")
            (inbox / "linked.yaml").symlink_to(outside / "linked.yaml")
    for trap in rng.sample(OUTPUT_TRAPS, rng.randint(0, 3)):
        sub = out / rng.choice(["notes", "x-notes", "."])
        if sub.is_symlink():
            continue  # a trap already
        sub.mkdir(exist_ok=True)
        if trap == "lock-link":
            _link(sub / ".afterview.lock", outside / "lock")
        elif trap == "manifest-link":
            _link(sub / ".afterview-manifest.json", outside / "victim.txt")
        elif trap == "folder-link" and sub != out and not any(sub.iterdir()):
            sub.rmdir()
            sub.symlink_to(outside, target_is_directory=True)
        elif trap == "folder-loop" and sub != out and not any(sub.iterdir()):
            sub.rmdir()
            sub.symlink_to(sub.name, target_is_directory=True)
        elif trap == "draft-link":
            _link(sub / "thank_you-dana-lee.txt", outside / "victim.txt")
        elif trap in ("draft-fifo", "manifest-fifo") and hasattr(os, "mkfifo"):
            pipe = sub / ("thank_you-mary-ann-lee.txt" if trap == "draft-fifo" else ".afterview-manifest.json")
            if not os.path.lexists(pipe):
                os.mkfifo(pipe)
    return inbox, out, notes


def _link(path: Path, target: Path) -> None:
    if not os.path.lexists(path):
        path.symlink_to(target)


def planned_messages(path: Path) -> int:
    from datetime import UTC, datetime

    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment
    from afterview.planning import make_plan

    notes = load_notes(path)
    return len(make_plan(notes, parse_moment(NOW, "--now", notes.interview.zone, datetime.now(UTC))).messages)


def run_case(case: Path, seed: int, *, seconds: int = 60) -> Verdict:
    """Build one case from `seed`, run batch or draft --out on it, and judge the run."""
    from typer.testing import CliRunner

    from afterview.cli import app

    rng = random.Random(seed)
    inbox, out, notes = build_case(case, rng)
    use_batch = rng.random() < BATCH_SHARE
    if use_batch:
        args = ["batch", str(inbox), "--out", str(out), "--now", NOW, "--format", "json"]
        args += ["--files", rng.choice(["text", "json", "eml", "markdown"])]
    else:
        args = ["draft", str(notes[0]), "--now", NOW, "--out", str(out)]
        args += ["--format", rng.choice(["text", "json", "eml", "markdown"])]
    before, root_before = snapshot(case, out), sorted(os.listdir("/"))
    try:
        with alarm(seconds):
            result = CliRunner().invoke(app, args, env={"AFTERVIEW_DEBUG": "1", "NO_COLOR": "1"})
    except Hang:
        return Verdict("hang", detail=f"seed {seed}: {' '.join(args)}")
    except BaseException as exc:  # a panic in a native extension is not an Exception
        if isinstance(exc, KeyboardInterrupt):
            raise
        return Verdict("traceback", detail=f"seed {seed}: {' '.join(args)}\n{traceback.format_exc()}")
    output = result.stdout + result.stderr
    verdict = Verdict("ok" if result.exit_code == 0 else "refused", detail=_first_error(result.stdout, result.stderr))
    if result.exit_code not in (0, 2) or "Traceback" in output or "internal error" in output:
        exc = result.exception
        detail = "".join(traceback.format_exception(exc)) if exc and not isinstance(exc, SystemExit) else output
        return Verdict("traceback", detail=f"seed {seed}: {' '.join(args)}\n{detail}")
    after = snapshot(case, out)
    verdict.outside = [p for p in sorted(set(before) | set(after)) if before.get(p) != after.get(p)]
    if sorted(os.listdir("/")) != root_before:
        verdict.outside.append("/ (a new entry at the filesystem root)")
    if use_batch:
        doc = json.loads(result.stdout) if result.stdout.strip() else {"files": []}
        folders = [f["out"] for f in doc["files"] if f["status"] == "drafted"]
        if len(set(folders)) != len(folders):
            verdict.mismatches.append(f"seed {seed}: two notes files drafted into one folder")
        for entry in doc["files"]:
            if entry["status"] == "drafted":
                _count(verdict, Path(entry["out"]), entry["messages"], seed)
    elif result.exit_code == 0:
        _count(verdict, out, planned_messages(notes[0]), seed)
    return verdict


def _first_error(stdout: str, stderr: str) -> str:
    """The first reason a refused run gives (for the bench's tally of why runs were refused)."""
    for line in stderr.splitlines():
        if "error:" in line:
            return line
    try:
        errors = [f["error"] for f in json.loads(stdout)["files"] if f["error"]]
    except (ValueError, KeyError, TypeError):
        errors = []
    return errors[0] if errors else ""


def _count(verdict: Verdict, folder: Path, messages: int, seed: int) -> None:
    files = len(regular_files(folder))
    verdict.messages += messages
    verdict.files += files
    if files != messages:
        verdict.mismatches.append(f"seed {seed}: {folder.name}: {messages} messages, {files} files")
