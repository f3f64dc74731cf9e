"""Read a hand-written draft for `afterview check`: an optional first line `Subject: …`, then the body."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from afterview.errors import InputError, Problem
from afterview.textfile import read_text_file
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

    what = kind.value.replace("_", "-")
    text = read_text_file(
        path,
        max_bytes=MAX_BYTES,
        noun="a draft",
        empty=f"write the {what} in it (first line 'Subject: …' optional)",
        fail=fail,
    )
    subject, body, first = split_subject(text)
    if subject == "":
        raise fail("the 'Subject:' line is empty; write a subject or delete the line", first + 1)
    if subject is None and not _visible(body):
        # only Unicode spaces or invisible characters: the byte check in read_text_file misses these
        raise fail(f"has no visible text; write the {what} in it", None)
    if not _visible(body):
        raise fail(
            f"has a subject but no message; write the {kind.value.replace('_', '-')} below the subject line",
            first + 1,
        )
    return subject, body


def split_subject(text: str) -> tuple[str | None, str, int]:
    """(subject, body, index of the first non-blank line): a first line 'Subject: …' is the subject
    ('' when the line is there but empty, None when there is none); the body keeps its line breaks."""
    all_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((n for n, line in enumerate(all_lines) if line.strip()), 0)
    rest = all_lines[first:]
    subject: str | None = None
    m = _SUBJECT.match(rest[0].strip())
    if m:
        subject = " ".join(m.group("subject").split())
        rest = rest[1:]
    return subject, "\n".join(line.rstrip() for line in rest).strip("\n"), first


def _visible(text: str) -> bool:
    """True if any character shows: not a space, not a zero-width or direction mark (category Cf)."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)
