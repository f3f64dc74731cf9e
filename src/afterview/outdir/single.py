"""One file written whole: a file the user named (`schedule --ics FILE`), or a saved file whose earlier
content is kept as NAME.vN.EXT."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from afterview.errors import OutputError
from afterview.outdir.atomic import atomic_write, remove_stale_temp_files
from afterview.outdir.containment import Other, inside, read_if_file
from afterview.outdir.lock import folder_lock


def write_single_file(
    path: Path, data: bytes, *, option: str, inputs: Iterable[Path], ours: Callable[[bytes], bool], force: bool
) -> None:
    """Write one output file the user named (`schedule --ics FILE`) atomically.

    Never over an input of the run (the same file by any name: compared with samefile), not
    even with --force; never over a file afterview did not write (`ours` recognises its own
    output by content) unless `force`; never into a folder or through a symlink's target.
    """
    for given in inputs:
        try:
            same = os.path.samefile(path, given)
        except OSError:
            same = False
        if same or path.resolve() == given.resolve():
            raise OutputError(
                f"{option} {path}: that is {given}, this run's input; afterview never writes over it: "
                "choose another file"
            )
    current = read_if_file(path)
    if path.is_dir():
        raise OutputError(f"{option} {path}: is a folder; give a file name, e.g. {path / 'followups.ics'}")
    if isinstance(current, Other) or path.is_symlink():
        raise OutputError(
            f"{option} {path}: is not a regular file (a pipe, a device or a link); afterview writes only regular "
            "files, even with --force: choose another file"
        )
    if current is not None and not force and not ours(current):
        raise OutputError(
            f"{option} {path}: already exists and afterview did not write it (or it was edited since); "
            "choose another file, or add --force to replace it"
        )
    atomic_write(path, data)


def save_keeping_versions(path: Path, content: str) -> Path | None:
    """Write `path` atomically; a different file already there is first kept as NAME.vN.EXT."""
    raw = content.encode()
    inside(path.parent, path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot save ({exc.strerror or exc})") from None
    with folder_lock(path.parent):
        remove_stale_temp_files(path.parent)
        try:
            return _save_locked(path, raw)
        except OSError as exc:
            raise OutputError(f"{path}: cannot save ({exc.strerror or exc})") from None


def _save_locked(path: Path, raw: bytes) -> Path | None:
    kept = None
    current = read_if_file(path)
    if isinstance(current, Other):
        raise OutputError(f"{path}: not a regular file (a folder, a link or a pipe); move it away, then save again")
    if current is not None and current != raw:
        while True:
            kept = _free_version_name(path)
            try:
                os.link(path, kept, follow_symlinks=False)  # a second name for the old file: never a moment without it
                break
            except FileExistsError:
                continue  # taken since we looked (by something that does not take the lock)
            except OSError:
                atomic_write(kept, current)  # no hard links here: a copy, written whole
                break
    atomic_write(path, raw)
    return kept


def _free_version_name(path: Path) -> Path:
    number = 1
    while (candidate := path.with_name(f"{path.stem}.v{number}{path.suffix}")).exists() or candidate.is_symlink():
        number += 1
    return candidate
