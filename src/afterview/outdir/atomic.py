"""Atomic writes: a temporary file beside the target, flushed, renamed over it, the folder synced;
the temporary files a killed run left behind, removed once they are old enough."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path

from afterview.errors import OutputError

STALE_TEMP_SECONDS = 60.0
# What mkstemp makes for atomic_write: ".NAME." + 8 random characters + ".tmp".
_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename over.

    A failure is an OutputError naming the path (never a half-written file, never a traceback).
    """
    tmp = flushed_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    sync_folder(path.parent)


def flushed_temp(path: Path, data: str | bytes) -> Path:
    """`data` in a new temporary file beside `path`, flushed to disk (the caller renames or links it into place).

    A failure is an OutputError naming the path; no temporary file is left behind."""
    raw = data.encode() if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    return Path(tmp)


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut, not just a kill); not every platform can."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def remove_stale_temp_files(folder: Path, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete `.NAME.XXXXXXXX.tmp` files a killed run left behind, once they are old enough."""
    removed: list[Path] = []
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to delete
    return removed
