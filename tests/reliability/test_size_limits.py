"""Oversized input gets a clear error, fast (issue 7, part 1); bench/fuzz.py prints the timings."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path

import fuzz_inputs as fuzz
import pytest

from afterview.errors import NotesError
from afterview.guardrails.draft_reader import read_draft
from afterview.notes.loader import load_notes, notes_from_text
from afterview.vocabulary import Kind

# Seconds: catches a hang (an unguarded alias bomb or a quadratic reader never finishes); not a speed goal.
# How fast hostile inputs are refused is measured by bench/input_limits.py.
HANG_GUARD = 30


def test_fifty_megabyte_notes_file_is_refused_at_once(tmp_path: Path) -> None:
    path = fuzz.fifty_megabytes(tmp_path)
    started = time.perf_counter()
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert time.perf_counter() - started < HANG_GUARD
    assert str(caught.value) == f"{path}: is larger than 1000 kB; a notes file is a page or two of text"


def test_one_megabyte_topic_is_refused_at_its_line(tmp_path: Path) -> None:
    path, line = fuzz.one_megabyte_topic(tmp_path)
    started = time.perf_counter()
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert time.perf_counter() - started < HANG_GUARD
    assert str(caught.value) == (
        f"{path}:{line}: is larger than 1000 kB: this line alone is 999 kB or more; "
        "a notes file is a page or two of text"
    )


def test_topic_just_over_the_item_limit_is_named(tmp_path: Path) -> None:
    data = copy.deepcopy(fuzz.VALID)
    data["interviewers"][0]["topics"] = ["x" * 2001]
    with pytest.raises(NotesError) as caught:
        notes_from_text(json.dumps(data), "notes.json", "json")
    assert "interviewers[0].topics[0]: is too long (2001 characters; at most 2000)" in str(caught.value)


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        pytest.param(("interviewers", 0, "topics"), 50, id="topics"),
        pytest.param(("requested",), 50, id="requested"),
        pytest.param(("interviewers",), 30, id="interviewers"),
    ],
)
def test_lists_have_a_length_limit(path: tuple[str | int, ...], limit: int) -> None:
    # every item is read by the drafts and their checks, so a pasted list of thousands is refused
    data = copy.deepcopy(fuzz.VALID)
    node = data
    for part in path[:-1]:
        node = node[part]
    item = node[path[-1]][0]
    node[path[-1]] = [
        {**item, "name": f"Person {n}", "primary_contact": False} if isinstance(item, dict) else f"{item} {n}"
        for n in range(limit + 1)
    ]
    data["history"] = []
    with pytest.raises(NotesError) as caught:
        notes_from_text(json.dumps(data), "notes.json", "json")
    assert f"has too many entries (at most {limit})" in str(caught.value)


def test_a_notes_file_of_short_values_near_the_size_limit_fails_fast() -> None:
    # 100,000 tiny values: the pure-Python YAML reader used to take seconds before counting them
    text = "requested:\n" + "- a\n" * 240_000
    started = time.perf_counter()
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, "notes.yaml")
    assert time.perf_counter() - started < HANG_GUARD
    assert re.match(r"notes.yaml:\d{4,5}: too many values \(more than 10,000", str(caught.value)), str(caught.value)


def test_large_draft_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Subject: hi\n\n" + "word " * 4_000_000)
    started = time.perf_counter()
    with pytest.raises(Exception) as caught:
        read_draft(path, kind=Kind.thank_you)
    assert time.perf_counter() - started < HANG_GUARD
    assert str(caught.value).startswith(f"{path}:3: is larger than 100 kB: this line alone is")
