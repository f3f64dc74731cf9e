"""Reading a hand-written draft: subject line, body, and a clear error for every unreadable file."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.guardrails import DraftFileError, read_draft
from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("raw", "subject", "body"),
    [
        (b"Subject: Thank you\n\nDear Dana,\nThanks.\n", "Thank you", "Dear Dana,\nThanks."),
        (b"Dear Dana,\nThanks.", None, "Dear Dana,\nThanks."),
        (
            b"\xef\xbb\xbfsubject:   Thank   you \r\n\r\nDear Dana,\r\nThanks.\r\n",
            "Thank you",
            "Dear Dana,\nThanks.",
        ),
        (b"\n\nSubject: Hi\nBody", "Hi", "Body"),
        (b"Dear Dana,\nSubject: not a header here\n", None, "Dear Dana,\nSubject: not a header here"),
    ],
    ids=["subject", "no-subject", "bom-crlf-spaces", "leading-blank-lines", "subject-later-is-body"],
)
def test_reads_subject_and_body(tmp_path: Path, raw: bytes, subject: str | None, body: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(raw)
    assert read_draft(path, kind=Kind.thank_you) == (subject, body)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "draft.txt: is empty"),
        (b"  \n\n ", "draft.txt: is empty"),
        (b"Dear Dana\n\x00\x01", "draft.txt:2: is not a text file"),
        (b"Dear Dana,\n\ncaf\xe9\n", "draft.txt:3: is not UTF-8 text (byte 0xe9)"),
        (b"Subject:\n\nBody", "draft.txt:1: the 'Subject:' line is empty"),
        (b"Subject: Thanks\n\n\n", "draft.txt:1: has a subject but no message"),
        (b"x" * 100_001, "draft.txt: is larger than 100 kB"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "empty-subject", "subject-only", "oversized"],
)
def test_unreadable_files_name_file_and_line(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(raw)
    with pytest.raises(DraftFileError) as info:
        read_draft(path, kind=Kind.thank_you)
    assert str(info.value).startswith(str(tmp_path / message.split(":")[0]) + message[len("draft.txt") :].split(" ")[0])
    assert message.split(": ", 1)[1] in str(info.value)
    assert info.value.exit_code == 2


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DraftFileError, match="no such file"):
        read_draft(tmp_path / "nope.txt", kind=Kind.status_check)
    with pytest.raises(DraftFileError, match="is a directory"):
        read_draft(tmp_path, kind=Kind.status_check)
