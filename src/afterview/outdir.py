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

Containment: every path written here is first proven to lie inside the folder the user
gave (`inside`): folders are resolved with their symlinks followed, a file name must be one
plain name (no separator, no `..`). Nothing is written through a symlink: a file is replaced
by rename, the lock is opened with O_NOFOLLOW, and a symlinked manifest or lock is refused.
Files that are not regular (a FIFO, a device, a symlink) are never read or taken for ours:
the draft goes beside them, as beside an edit.

Concurrency: a run holds an exclusive lock on `FOLDER/.afterview.lock` (an empty file
that stays) while it reads, decides, writes and updates the manifest, so two afterview
processes on one folder take turns instead of losing each other's manifest entries.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
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


def inside(root: Path, path: Path, *, folder: bool = False) -> Path:
    """`path`, once proven to lie inside `root` (or to be `root`, for a folder); else an OutputError.

    A folder is resolved whole (symlinks followed: it is written into); for a file only its
    folder is, and its name must be one plain name, because the file itself is replaced by
    rename, never written through.
    """
    if not folder and path.name in ("", ".", ".."):
        raise OutputError(f"{path}: not a plain file name; afterview writes only inside {root}")
    try:
        base = root.resolve()
        real = path.resolve() if folder else path.parent.resolve() / path.name
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise OutputError(f"{path}: cannot be resolved ({exc}); afterview writes only inside {root}") from None
    if not real.is_relative_to(base) or (real == base and not folder):
        raise OutputError(f"{path}: outside {root}; afterview writes only inside the folder it was given")
    return path


class _Other:
    """Stands for a path that holds something other than a regular file: never read, never ours."""


OTHER = _Other()


def _read_if_file(path: Path) -> bytes | _Other | None:
    """The bytes of a regular file; None if nothing is there; OTHER for a folder, a symlink, a FIFO,
    a device or a socket (opened without following a link and without waiting on a FIFO)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return OTHER  # ELOOP for a symlink, ENXIO for a socket, …
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return OTHER
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file at `path` (never through a symlink, never waiting on a FIFO); else None."""
    current = _read_if_file(path)
    return current if isinstance(current, bytes) else None


@contextmanager
def folder_lock(folder: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's lock; the OS releases it if the process dies, so it is never stale."""
    lock_path = folder / LOCK
    fd = _open_lock(lock_path)
    if fd is None:  # a read-only folder: nothing can be written here, so there is nothing to guard
        yield
        return
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


def _open_lock(lock_path: Path) -> int | None:
    """The lock file's descriptor (created if need be, never through a symlink); None when the
    folder is read-only and holds no lock file, so a run that writes nothing still works there."""
    safe = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = None
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            fd = os.open(lock_path, flags | safe, 0o644)
            break
        except OSError as exc:
            if lock_path.is_symlink():
                raise OutputError(f"{lock_path}: {_SYMLINK}") from None
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise OutputError(f"{lock_path}: cannot create the lock file ({exc.strerror or exc})") from None
    if fd is None:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputError(f"{lock_path}: not a regular file; afterview keeps an empty lock file here: remove it")
    return fd


_SYMLINK = "is a symbolic link; afterview does not follow links in its output folder: remove it, then run again"


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


def write_files(folder: Path, files: dict[str, str], *, root: Path | None = None) -> list[Written]:
    """Write `files` (name → content) into `folder`, which must lie inside `root` (default: itself)."""
    root = folder if root is None else root
    inside(root, folder, folder=True)
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise OutputError(f"{folder / name}: not a plain file name; afterview writes only inside {root}")
        inside(folder, folder / name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {folder}: cannot create the folder ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"--out {folder}: not a folder")
    inside(root, folder, folder=True)  # again, now that it exists: a symlink made meanwhile
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
        if isinstance(current, _Other) or (current is not None and not manifest.wrote(name, digest(current))):
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
        if (
            current is None
            or current == raw
            or (isinstance(current, bytes) and manifest.wrote(candidate.name, digest(current)))
        ):
            return candidate
        number += 1


def _write_manifest(folder: Path, manifest: _Manifest) -> None:
    doc: dict[str, dict[str, str]] = {"files": manifest.files}
    if manifest.pending:
        doc["pending"] = manifest.pending
    atomic_write(folder / MANIFEST, json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _read_manifest(folder: Path) -> _Manifest:
    path = folder / MANIFEST
    raw = _read_if_file(path)
    if isinstance(raw, _Other):
        why = _SYMLINK if path.is_symlink() else "is not a regular file; afterview keeps its manifest here: remove it"
        raise OutputError(f"{path}: {why}")
    try:
        data = json.loads((raw or b"").decode("utf-8"))
        files = {str(k): str(v) for k, v in data["files"].items()}
        pending = {str(k): str(v) for k, v in (data.get("pending") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return _Manifest()  # no manifest (or a broken one): every existing file counts as the user's
    # A run killed after replacing a file but before recording it: the file is afterview's.
    for name, hashed in pending.items():
        current = _read_if_file(folder / name) if name == Path(name).name else None
        if isinstance(current, bytes) and digest(current) == hashed:
            files[name] = hashed
    return _Manifest(files, pending)


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
    current = _read_if_file(path)
    if path.is_dir():
        raise OutputError(f"{option} {path}: is a folder; give a file name, e.g. {path / 'followups.ics'}")
    if isinstance(current, _Other) or path.is_symlink():
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
    current = _read_if_file(path)
    if isinstance(current, _Other):
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
