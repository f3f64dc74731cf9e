"""Write draft files into a folder atomically, and never over a file the user has edited.

A manifest (`.afterview-manifest.json`) remembers the hash of every file afterview
wrote. A file whose bytes no longer match was edited by hand: it is left alone and
the new draft goes beside it as `NAME.new.EXT` (or `NAME.new2.EXT`, … if that one
was edited too).

Crash safety (kill -9 at any moment leaves every file old or new, never part of one):
each file is written to `.NAME.XXXXXXXX.tmp` beside it, flushed to disk, renamed over
the target and the folder synced. Before replacing files the manifest lists the hashes
about to be written under "pending", so a run killed between a file and the manifest
does not make afterview's own file look hand-edited. A killed run can leave a `.tmp`
file; the next run in that folder deletes those more than a minute old (no write
takes that long, so none still belongs to a live process).

Concurrency: a run holds an exclusive lock on `FOLDER/.afterview.lock` (an empty file
that stays) while it reads, decides, writes and updates the manifest, so two afterview
processes on one folder take turns instead of losing each other's manifest entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from afterview.errors import OutputError

MANIFEST = ".afterview-manifest.json"
LOCK = ".afterview.lock"
LOCK_WAIT_SECONDS = 30.0
STALE_TEMP_SECONDS = 60.0
# What mkstemp makes for atomic_write: ".NAME." + 8 random characters + ".tmp".
_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


@dataclass(frozen=True)
class Written:
    path: Path
    status: str  # written | unchanged | kept-edit
    kept: Path | None = None  # the user's edited file, when status is kept-edit


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename over.

    A failure is an OutputError naming the path (never a half-written file, never a traceback).
    """
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
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
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


@contextmanager
def folder_lock(folder: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's lock; the OS releases it if the process dies, so it is never stale."""
    lock_path = folder / LOCK
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{lock_path}: cannot create the lock file ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise OutputError(
                    f"{folder}: another afterview is still writing here (it holds {lock_path}); "
                    "wait for it to finish, then run again"
                )
            time.sleep(0.01)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a filesystem without locks: go on unlocked rather than refuse to write
    return True


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


@dataclass
class _Manifest:
    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    def wrote(self, name: str, hashed: str) -> bool:
        return hashed in (self.files.get(name), self.pending.get(name))


def write_files(folder: Path, files: dict[str, str]) -> list[Written]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {folder}: cannot create the folder ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"--out {folder}: not a folder")
    with folder_lock(folder):
        remove_stale_temp_files(folder)
        return _write_files_locked(folder, files)


def _write_files_locked(folder: Path, files: dict[str, str]) -> list[Written]:
    manifest = _read_manifest(folder)
    recorded = (dict(manifest.files), dict(manifest.pending))
    results: list[Written] = []
    planned: list[tuple[Path, bytes, str]] = []
    for name, content in files.items():
        target = folder / name
        raw = content.encode()
        hashed = digest(raw)
        current = _read_if_file(target)
        if current == raw:
            manifest.files[name] = hashed
            results.append(Written(target, "unchanged"))
            continue
        if current is not None and not manifest.wrote(name, digest(current)):
            beside = _beside(target, raw, manifest)
            if _read_if_file(beside) == raw:
                manifest.files[beside.name] = hashed
            else:
                planned.append((beside, raw, hashed))
            results.append(Written(beside, "kept-edit", kept=target))
            continue
        planned.append((target, raw, hashed))
        results.append(Written(target, "written"))
    if planned:
        manifest.pending = {path.name: hashed for path, _, hashed in planned}
        _write_manifest(folder, manifest)
    for path, raw, hashed in planned:
        atomic_write(path, raw)
        manifest.files[path.name] = hashed
    manifest.pending = {}
    if (manifest.files, manifest.pending) != recorded:  # nothing new: the manifest on disk is already right
        _write_manifest(folder, manifest)
    return results


def _beside(target: Path, raw: bytes, manifest: _Manifest) -> Path:
    """Where the new draft goes when `target` was edited: a name that holds nothing of the user's."""
    number = 1
    while True:
        suffix = ".new" if number == 1 else f".new{number}"
        candidate = target.with_name(f"{target.stem}{suffix}{target.suffix}")
        current = _read_if_file(candidate)
        if current is None or current == raw or manifest.wrote(candidate.name, digest(current)):
            if current is None and candidate.exists():  # a folder or something else in the way
                number += 1
                continue
            return candidate
        number += 1


def _read_if_file(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return None
    except OSError as exc:
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _write_manifest(folder: Path, manifest: _Manifest) -> None:
    doc: dict[str, dict[str, str]] = {"files": manifest.files}
    if manifest.pending:
        doc["pending"] = manifest.pending
    atomic_write(folder / MANIFEST, json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _read_manifest(folder: Path) -> _Manifest:
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = {str(k): str(v) for k, v in data["files"].items()}
        pending = {str(k): str(v) for k, v in (data.get("pending") or {}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return _Manifest()  # no manifest (or a broken one): every existing file counts as the user's
    # A run killed after replacing a file but before recording it: the file is afterview's.
    for name, hashed in pending.items():
        current = _read_if_file(folder / name)
        if current is not None and digest(current) == hashed:
            files[name] = hashed
    return _Manifest(files, pending)


def save_keeping_versions(path: Path, content: str) -> Path | None:
    """Write `path` atomically; a different file already there is first kept as NAME.vN.EXT."""
    raw = content.encode()
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
    current = _read_if_file(path)
    if current is not None and current != raw:
        while True:
            kept = _free_version_name(path)
            try:
                os.link(path, kept)  # a second name for the old file: never a moment without it
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
    while (candidate := path.with_name(f"{path.stem}.v{number}{path.suffix}")).exists():
        number += 1
    return candidate
