"""Read a small user-written text file, or say in one sentence why it is not one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Fail = Callable[[str, "int | None"], Exception]


def read_text_file(path: Path, *, max_bytes: int, noun: str, empty: str | None, fail: Fail) -> str:
    """The file as text (UTF-8, a BOM allowed); `fail(message, line)` builds the error to raise.

    `empty` is the advice for an empty file; None means an empty file is fine (returns "").
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
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
