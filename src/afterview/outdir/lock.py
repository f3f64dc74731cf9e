"""The folder's lock (`FOLDER/.afterview.lock`, an empty file that stays): two runs on one folder take
turns; the OS releases it when a process dies, so it is never stale."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from afterview.errors import OutputError

LOCK = ".afterview.lock"
LOCK_WAIT_SECONDS = 30.0
SYMLINK = "is a symbolic link; afterview does not follow links in its output folder: remove it, then run again"


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
                raise OutputError(f"{lock_path}: {SYMLINK}") from None
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise OutputError(f"{lock_path}: cannot create the lock file ({exc.strerror or exc})") from None
    if fd is None:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputError(f"{lock_path}: not a regular file; afterview keeps an empty lock file here: remove it")
    return fd


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
