"""Containment: a path proven to lie inside the folder the user gave, and files read without following
a link or waiting on a FIFO (anything but a regular file is `OTHER`: never read, never ours)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from afterview.errors import OutputError


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


class Other:
    """Stands for a path that holds something other than a regular file: never read, never ours."""


OTHER = Other()


def read_if_file(path: Path) -> bytes | Other | None:
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
    current = read_if_file(path)
    return current if isinstance(current, bytes) else None
