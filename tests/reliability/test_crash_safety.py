"""kill -9 at random moments while afterview writes never leaves a partial or empty file (issue 7, part 5).

Each iteration starts a writer (tests/reliability/crash_writer.py, or `python -m afterview
draft --out`), kills it with SIGKILL at a random moment, then checks every file in the
folder: a whole content that was written on purpose, never part of one; the user's edited
file untouched; the manifest valid JSON. `.NAME.XXXXXXXX.tmp` leftovers are allowed: they
are dotfiles no command reads as a draft, and the next run deletes those over a minute old.
The next run must also recognise afterview's own files (nothing wrongly "kept as an edit").
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import crash_writer as writer
import pytest

from afterview.outdir import LOCK, MANIFEST, digest, remove_stale_temp_files, write_files
from helpers import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

HERE = Path(__file__).resolve().parent
NOTES = ROOT / "fixtures" / "examples" / "panel.yaml"
NOWS = ["2026-11-24T16:00", "2026-11-25T09:30"]
TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
SEED = random.randrange(10**6)
NEXT_RUN = {"a.txt": b"next\n", writer.USER_FILE: b"x\n"}


def start(mode: str, folder: Path, tag: str, *extra: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), mode, str(folder), tag, str(10**9), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def kill(proc: subprocess.Popen[str], after: float) -> None:
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.stdout is not None
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the writer stopped on its own: it failed"


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file but the lock (empty by design) and temporary leftovers, which must look like ours."""
    out = {}
    for path in folder.iterdir():
        if path.name == LOCK:
            continue
        if path.name.endswith(".tmp"):
            assert TEMP.match(path.name), f"unexpected temporary file {path.name}"
            continue
        out[path.name] = path.read_bytes()
    return out


def assert_manifest_valid(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))  # never partial: always parses
    assert isinstance(doc["files"], dict)
    return dict(doc["files"])


def assert_whole(name: str, raw: bytes) -> None:
    assert raw, f"{name} is empty"
    found = writer.parse(raw)
    assert found is not None, f"{name} is partial or corrupt ({len(raw)} bytes)"
    stem = name.split(".")[0]
    assert found[0].split(".")[0] == stem, f"{name} holds {found[0]}'s content"


@pytest.fixture
def rng() -> random.Random:
    print(f"seed {SEED}")  # shown on failure, to replay with the same kill times
    return random.Random(SEED)


def test_write_files_killed_at_random_leaves_whole_files(tmp_path: Path, rng: random.Random) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / writer.USER_FILE).write_bytes(writer.USER_EDIT)
    for round_ in range(14):
        kill(start("files", folder, f"r{round_}"), rng.uniform(0, 0.12))
        files = files_in(folder)
        assert files.pop(writer.USER_FILE) == writer.USER_EDIT
        assert_manifest_valid(folder)
        for name, raw in files.items():
            if name != MANIFEST and raw not in NEXT_RUN.values():
                assert_whole(name, raw)
        # the next run takes over cleanly: afterview's own files are its own, the user's stay
        results = {r.path.name: r.status for r in write_files(folder, {k: v.decode() for k, v in NEXT_RUN.items()})}
        assert results.pop("user.new.txt") == "kept-edit"
        assert results in ({"a.txt": "written"}, {"a.txt": "unchanged"}), results
        assert (folder / writer.USER_FILE).read_bytes() == writer.USER_EDIT
        assert (folder / "a.txt").read_text() == "next\n"


def test_save_keeping_versions_killed_at_random_loses_no_version(tmp_path: Path, rng: random.Random) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "user.txt").write_bytes(writer.USER_EDIT)
    for round_ in range(12):
        kill(start("save", folder, f"r{round_}"), rng.uniform(0, 0.12))
        files = files_in(folder)
        assert files.pop("user.txt") == writer.USER_EDIT
        for name, raw in files.items():
            assert_whole(name, raw)
    versions = sorted(int(p.name.split(".v")[1].split(".")[0]) for p in folder.glob("saved.v*.txt"))
    assert versions == list(range(1, len(versions) + 1)), "version numbers have gaps"


def reference_drafts(tmp_path: Path) -> dict[str, set[bytes]]:
    """Every draft `afterview draft panel.yaml` writes for each --now: the only contents allowed."""
    expected: dict[str, set[bytes]] = {}
    for now in NOWS:
        out = tmp_path / f"reference-{now.replace(':', '')}"
        subprocess.run(
            [sys.executable, "-m", "afterview", "draft", str(NOTES), "--out", str(out), "--now", now],
            check=True,
            capture_output=True,
        )
        for path in out.iterdir():
            if not path.name.startswith("."):
                expected.setdefault(path.name, set()).add(path.read_bytes())
    return expected


def test_afterview_draft_killed_at_random_leaves_whole_drafts(tmp_path: Path, rng: random.Random) -> None:
    expected = reference_drafts(tmp_path)
    edited = sorted(expected)[0]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / edited).write_bytes(writer.USER_EDIT)

    def check() -> None:
        files = files_in(folder)
        assert files.pop(edited) == writer.USER_EDIT
        assert_manifest_valid(folder)
        files.pop(MANIFEST, None)
        for name, raw in files.items():
            allowed = expected.get(name.replace(".new.", "."), set())
            assert raw in allowed, f"{name}: partial, empty or unexpected ({len(raw)} bytes)"

    # in-process loops of the real command, so most kills land mid-run ...
    for round_ in range(10):
        kill(start("cli", folder, f"r{round_}", str(NOTES), *NOWS), rng.uniform(0.05, 0.6))
        check()
    # ... and whole processes, killed late in their single run, when they write
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "afterview", "--version"], check=True, capture_output=True)
    startup = time.perf_counter() - started
    for round_ in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "afterview", "draft", str(NOTES), "--out", str(folder), "--now", NOWS[round_ % 2]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(startup * 0.8, startup * 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check()
    # the next run writes every draft and keeps the edit; none of afterview's drafts counts as an edit
    done = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", str(NOTES), "--out", str(folder), "--now", NOWS[0]],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("kept your edited") == 1, done.stderr
    check()
    manifest = assert_manifest_valid(folder)
    for name, hashed in manifest.items():
        if name != edited:
            assert digest((folder / name).read_bytes()) == hashed, f"manifest out of step for {name}"


def test_stale_temporary_files_are_removed_by_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / ".a.txt.abcd1234.tmp"
    fresh = folder / ".b.txt.efgh5678.tmp"
    mine = folder / ".my-notes.tmp"  # not a name atomic_write makes: not ours to delete
    for path in (old, fresh, mine):
        path.write_text("half a dra")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))
    write_files(folder, {"a.txt": "whole\n"})
    assert not old.exists()
    assert fresh.exists(), "a temporary file this young may belong to a live writer"
    assert mine.exists()
    assert remove_stale_temp_files(folder, older_than=0) == [fresh]


def test_temporary_leftovers_are_never_taken_for_drafts(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".thank_you-dana-lee.txt.abcd1234.tmp").write_text("Subject: half")
    done = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", str(NOTES), "--out", str(folder), "--now", NOWS[0]],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert ".tmp" not in done.stdout + done.stderr
    assert ".tmp" not in (folder / MANIFEST).read_text()
