"""A process that writes into a folder in a loop until it is killed; the crash and concurrency tests run it.

    python crash_writer.py MODE FOLDER TAG [ROUNDS] [NOTES NOW...]

MODE is `files` (outdir.write_files), `save` (save_keeping_versions and atomic_write) or
`cli` (the real `afterview draft --out`, in-process, alternating the --now values). Every
content is `content(name, tag, i)`, so a reader can tell a whole file from part of one.
Prints "ready" once imported, so a kill lands while writing, not while starting.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

USER_FILE = "user.txt"
USER_EDIT = b"my own edit, which afterview must never overwrite\n"


def content(name: str, tag: str, i: int) -> str:
    """Sizes from 1 kB to about 300 kB, so writes take long enough to be interrupted."""
    head = f"{name} {tag} {i}\n"
    return head + ("line of text\n" * (80 * (1 + (i * 7) % 300)))


def parse(raw: bytes) -> tuple[str, str, int] | None:
    """(name, tag, i) if `raw` is exactly one whole content, else None."""
    try:
        head = raw.split(b"\n", 1)[0].decode()
        name, tag, number = head.rsplit(" ", 2)
        i = int(number)
    except (ValueError, UnicodeDecodeError):
        return None
    return (name, tag, i) if content(name, tag, i).encode() == raw else None


def ready() -> None:
    """Tell the parent, then send all further output nowhere (a full pipe would stall the writes)."""
    print("ready", flush=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def main() -> None:
    mode, folder, tag = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
    if mode == "files":
        from afterview.outdir import write_files

        ready()
        for i in range(rounds):
            write_files(folder, {n: content(n, tag, i) for n in ("a.txt", "b.txt", USER_FILE)})
    elif mode == "save":
        from afterview.outdir import atomic_write, save_keeping_versions

        ready()
        for i in range(rounds):
            save_keeping_versions(folder / "saved.txt", content("saved.txt", tag, i))
            atomic_write(folder / "plain.txt", content("plain.txt", tag, i))
    elif mode == "cli":
        from afterview.cli import app

        notes, nows = sys.argv[5], sys.argv[6:]
        ready()
        for i in range(rounds):
            args = ["draft", notes, "--out", str(folder), "--now", nows[i % len(nows)]]
            with contextlib.suppress(SystemExit):
                app(args, standalone_mode=False)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
