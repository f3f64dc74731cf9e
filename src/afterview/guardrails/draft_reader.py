"""Read a hand-written draft for `afterview check`: an optional first line `Subject: …`, then the body."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.errors import InputError, Problem
from afterview.vocabulary import Kind

MAX_BYTES = 100_000  # a follow-up is a few hundred words; more is the wrong file
_SUBJECT = re.compile(r"^subject\s*:(?P<subject>.*)$", re.I)


class DraftFileError(InputError):
    """A draft file that cannot be read as a message; the message names file and line."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def read_draft(path: Path, *, kind: Kind) -> tuple[str | None, str]:
    """(subject, body) of a draft file; the body keeps its own line breaks."""
    file = str(path)

    def fail(message: str, line: int | None = None) -> DraftFileError:
        return DraftFileError(Problem(file, line, "", message))

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise fail("no such file") from None
    except IsADirectoryError:
        raise fail("is a directory, not a draft") from None
    except PermissionError:
        raise fail("cannot be read (permission denied)") from None
    except OSError as exc:
        raise fail(f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise fail(f"is larger than {MAX_BYTES // 1000} kB; a draft is a few hundred words of text")
    if not raw.strip():
        raise fail(f"is empty; write the {kind.value.replace('_', '-')} in it (first line 'Subject: …' optional)")
    if b"\x00" in raw:
        raise fail("is not a text file (it contains NUL bytes)", raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(f"is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    all_lines = text.split("\n")
    first = next((n for n, line in enumerate(all_lines) if line.strip()), 0)
    subject: str | None = None
    rest = all_lines[first:]
    m = _SUBJECT.match(rest[0].strip())
    if m:
        subject = " ".join(m.group("subject").split())
        if not subject:
            raise fail("the 'Subject:' line is empty; write a subject or delete the line", first + 1)
        rest = rest[1:]
    body = "\n".join(line.rstrip() for line in rest).strip("\n")
    if not body.strip():
        raise fail(
            f"has a subject but no message; write the {kind.value.replace('_', '-')} below the subject line",
            first + 1,
        )
    return subject, body
