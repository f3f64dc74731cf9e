"""Two to four afterview processes writing into one folder at once corrupt nothing (issue 7, part 5).

They take turns through an exclusive lock on `FOLDER/.afterview.lock`. Without it, one
process's manifest entries are lost to the other's read-modify-write, so later runs take
afterview's own drafts for hand edits (`NAME.new.EXT` appears), and two saves pick the
same `NAME.vN.EXT`, one overwriting the other's kept version.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import crash_writer as writer
import pytest

from afterview.errors import OutputError
from afterview.outdir import LOCK, MANIFEST, digest, folder_lock, write_files

HERE = Path(__file__).resolve().parent
NOTES = HERE.parents[1] / "fixtures" / "examples" / "panel.yaml"


def run_together(commands: list[list[str]]) -> None:
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for c in commands]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "Traceback" not in err, err


def writers(mode: str, folder: Path, count: int, rounds: int) -> list[list[str]]:
    return [
        [sys.executable, str(HERE / "crash_writer.py"), mode, str(folder), f"p{n}", str(rounds)] for n in range(count)
    ]


def assert_consistent(folder: Path) -> dict[str, str]:
    """The manifest parses, and every entry matches the file on disk."""
    doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert "pending" not in doc, "a finished run left pending entries"
    for name, hashed in doc["files"].items():
        assert digest((folder / name).read_bytes()) == hashed, f"manifest out of step for {name}"
    assert not list(folder.glob(".*.tmp")), "a finished run left temporary files"
    return dict(doc["files"])


@pytest.mark.parametrize("count", [2, 3, 4, 2, 3, 4])
def test_concurrent_write_files_keep_the_manifest_whole(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / writer.USER_FILE).write_bytes(writer.USER_EDIT)
    run_together(writers("files", folder, count, rounds=25))
    manifest = assert_consistent(folder)
    assert (folder / writer.USER_FILE).read_bytes() == writer.USER_EDIT
    # only afterview wrote a.txt and b.txt: neither may be taken for a hand edit
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
        "a.txt",
        "b.txt",
        "user.new.txt",
        "user.txt",
    ]
    assert set(manifest) == {"a.txt", "b.txt", "user.new.txt"}
    for name in ("a.txt", "b.txt", "user.new.txt"):
        assert writer.parse((folder / name).read_bytes()) is not None


@pytest.mark.parametrize("count", [2, 4])
def test_concurrent_saves_keep_every_version(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    rounds = 15
    run_together(writers("save", folder, count, rounds=rounds))
    kept = [folder / "saved.txt", *folder.glob("saved.v*.txt")]
    contents = [writer.parse(p.read_bytes()) for p in kept]
    assert None not in contents
    written = {("saved.txt", f"p{n}", i) for n in range(count) for i in range(rounds)}
    # each save replaced a different content, so every one is kept somewhere
    assert set(contents) == written, f"lost versions: {sorted(written - set(contents))[:5]}"
    assert len(kept) == len(written)
    assert writer.parse((folder / "plain.txt").read_bytes()) is not None


def test_concurrent_draft_commands(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    for round_ in range(2):
        nows = ["2026-11-24T16:00", "2026-11-25T09:30", "2026-11-26T11:00"]
        run_together(
            [
                [sys.executable, "-m", "afterview", "draft", str(NOTES), "--out", str(folder), "--now", now]
                for now in nows[: 2 + round_]
            ]
        )
        assert_consistent(folder)
        assert not list(folder.glob("*.new.*")), "afterview took its own draft for a hand edit"


def test_a_held_lock_makes_the_other_writer_wait_then_say_so(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from afterview.outdir import folder_lock\n"
            "with folder_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(30)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.perf_counter()
        with pytest.raises(OutputError) as caught, folder_lock(folder, wait=0.3):
            pass
        assert 0.3 <= time.perf_counter() - started < 2
        assert "another afterview is still writing here" in str(caught.value)
        assert str(folder / LOCK) in str(caught.value)
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    write_files(folder, {"a.txt": "x\n"})  # a killed holder's lock is released by the OS


def test_an_unchanged_rerun_leaves_the_manifest_untouched(tmp_path: Path) -> None:
    from afterview.outdir import MANIFEST, write_files

    write_files(tmp_path, {"a.txt": "one\n", "b.txt": "two\n"})
    before = (tmp_path / MANIFEST).stat()
    assert [w.status for w in write_files(tmp_path, {"a.txt": "one\n", "b.txt": "two\n"})] == ["unchanged"] * 2
    after = (tmp_path / MANIFEST).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # an atomic rewrite is a new inode
    write_files(tmp_path, {"a.txt": "one, changed\n", "b.txt": "two\n"})
    assert (tmp_path / MANIFEST).stat().st_ino != before.st_ino
