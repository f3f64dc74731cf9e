"""Read a small user-written text file, or say in one sentence why it is not one."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

Fail = Callable[[str, "int | None"], Exception]


def read_text_file(
    path: Path, *, max_bytes: int, noun: str, empty: str | None, fail: Fail, regular_only: bool = False
) -> str:
    """The file as text (UTF-8, a BOM allowed); `fail(message, line)` builds the error to raise.

    `empty` is the advice for an empty file; None means an empty file is fine (returns "").
    `regular_only` refuses a FIFO, a device or a socket without waiting on it (for files found
    by searching a folder: a pipe named b.yaml there would block the run forever).
    """
    try:
        if regular_only:
            raw = _read_regular(path, max_bytes + 1)
        else:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
    except _NotRegular as exc:
        raise fail(str(exc), None) from None
    except FileNotFoundError:
        raise fail("no such file", None) from None
    except IsADirectoryError:
        raise fail(f"is a directory, not {noun}", None) from None
    except PermissionError:
        raise fail("cannot be read (permission denied)", None) from None
    except OSError as exc:
        raise fail(f"cannot be read ({exc.strerror or exc})", None) from None
    if len(raw) > max_bytes:
        # One enormous line is pasted text (or a minified file): point at it.
        lines = raw.split(b"\n")
        longest = max(range(len(lines)), key=lambda n: len(lines[n]))
        if len(lines[longest]) > max_bytes // 2:
            size = len(lines[longest]) // 1000
            raise fail(
                f"is larger than {max_bytes // 1000} kB: this line alone is {size} kB or more; "
                f"{noun} is a page or two of text",
                longest + 1,
            )
        raise fail(f"is larger than {max_bytes // 1000} kB; {noun} is a page or two of text", None)
    if not raw.strip():
        if empty is None:
            return ""
        raise fail(f"is empty; {empty}", None)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail("is saved as UTF-16; save it as UTF-8 text", None)
    if b"\x00" in raw:
        raise fail("is not a text file (it contains NUL bytes)", raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(f"is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line) from None


class _NotRegular(Exception):
    pass


def _read_regular(path: Path, limit: int) -> bytes:
    """Up to `limit` bytes of a regular file; opening a FIFO without a writer does not wait."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            raise _NotRegular(f"is {kind_of_file(mode)}, not a regular file; not read")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit)
    finally:
        os.close(fd)


def kind_of_file(mode: int) -> str:
    """What a path that is not a regular file is, in a few words."""
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "something else"
