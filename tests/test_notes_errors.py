"""Malformed notes (SPEC 1): every mistake is a NotesError naming `file:LINE: field.path: message`, exit 2.

The expected line, field and gist of each case were written from the SPEC before the
code was run. Cases where the code disagrees are strict xfails with the reason.
"""

from __future__ import annotations

import json
import string
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from afterview.errors import InputError, NotesError
from afterview.notes.loader import load_notes, notes_from_text
from afterview.notes.model import Notes

# Seconds: catches a hang (an unguarded alias bomb or a quadratic reader never finishes); not a speed goal.
# How fast hostile inputs are refused is measured by bench/input_limits.py.
HANG_GUARD = 30

# Line numbers below refer to this document; each case edits one line in place, so
# the numbers stay put unless the case says otherwise.
BASE = """\
candidate:
  name: Sam Rivera
  email: sam@example.com
position: Senior Backend Engineer
company:
  name: Acme
  pace: normal
interview:
  at: 2026-11-24T14:00
  timezone: America/New_York
  duration_minutes: 60
  decision_by: 2026-12-04
interviewers:
  - name: Dana Lee
    role: hiring_manager
    topics:
      - moving billing to event sourcing
  - name: Priya Shah
    role: recruiter
history:
  - kind: thank_you
    to: Dana Lee
    at: 2026-11-24T18:30
"""
BASE_LINES = BASE.splitlines(keepends=True)


def edit(line: int, new: str | None) -> str:
    """BASE with line `line` (1-based) replaced by `new` (None deletes it)."""
    lines = list(BASE_LINES)
    lines[line - 1] = "" if new is None else new + "\n"
    return "".join(lines)


def drop(first: int, last: int, insert: str | None = None) -> str:
    lines = list(BASE_LINES)
    lines[first - 1 : last] = [] if insert is None else [insert + "\n"]
    return "".join(lines)


def test_base_document_is_valid() -> None:
    notes = notes_from_text(BASE, "notes.yaml")
    assert isinstance(notes, Notes)
    assert BASE_LINES[12] == "interviewers:\n"  # line 13, as the cases assume


def problem_lines(message: str) -> list[str]:
    return message.splitlines()


def assert_problem(err: NotesError, file: str, line: int | None, field: str, *gist: str) -> None:
    """One of the error's lines is `file:line: field: …` and contains every gist (case-insensitive)."""
    where = f"{file}:{line}" if line is not None else file
    prefix = f"{where}: {field}: " if field else f"{where}: "
    message = str(err)
    matches = [text for text in problem_lines(message) if text.startswith(prefix)]
    assert matches, f"no problem starting {prefix!r} in:\n{message}"
    for text in matches:
        if all(g.lower() in text.lower() for g in gist):
            break
    else:
        raise AssertionError(f"{prefix!r} found but without {gist!r}:\n{message}")
    assert err.exit_code == 2
    assert isinstance(err, InputError)
    assert "Traceback" not in message
    assert "pydantic" not in message.lower()  # no library URLs or internals
    assert "Input should be" not in message  # pydantic's wording, not ours
    matched = [p for p in err.problems if p.line == line and p.field == field]
    assert matched, err.problems


def case(
    id: str,
    text: str,
    line: int | None,
    field: str,
    *gist: str,
    file: str = "notes.yaml",
    xfail: str | None = None,
) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, file, line, field, gist, id=id, marks=marks)


YAML_CASES = [
    # unknown keys, with the closest known key
    case(
        "unknown-key-interviewer",
        edit(13, "interviewer:"),
        13,
        "interviewer",
        "unknown key 'interviewer'",
        "did you mean 'interviewers'",
    ),
    case(
        "unknown-key-titel",
        edit(15, "    titel: Engineering Manager"),
        15,
        "interviewers[0].titel",
        "unknown key 'titel'",
        "did you mean 'title'",
    ),
    case(
        "unknown-key-positon",
        edit(4, "positon: Senior Backend Engineer"),
        4,
        "positon",
        "'positon'",
        "did you mean 'position'",
    ),
    case(
        "unknown-key-timezon",
        edit(10, "  timezon: America/New_York"),
        10,
        "interview.timezon",
        "did you mean 'timezone'",
    ),
    case(
        "unknown-key-in-history",
        edit(23, "    sent: 2026-11-24T18:30"),
        23,
        "history[0].sent",
        "unknown key 'sent'",
    ),
    case(
        "unknown-key-no-close-match",
        edit(7, "  zzzzzz: normal"),
        7,
        "company.zzzzzz",
        "unknown key 'zzzzzz'",
        "name",
    ),
    # duplicate keys: the line of the second
    case("duplicate-key-company-name", edit(7, "  name: Acme Corp"), 7, "company.name", "duplicate", "'name'"),
    case("duplicate-key-interviewer-name", edit(19, "    name: Priya"), 19, "interviewers[1].name", "duplicate"),
    case("duplicate-key-top-level", BASE + "position: Staff Engineer\n", 24, "position", "duplicate", "line 4"),
    # enum values list the allowed ones
    case(
        "enum-role",
        edit(15, "    role: hr_person"),
        15,
        "interviewers[0].role",
        "'hr_person' is not one of",
        "hiring_manager",
        "recruiter",
        "peer",
        "executive",
        "other",
    ),
    case("enum-pace", edit(7, "  pace: slow"), 7, "company.pace", "'slow'", "normal", "busy", "urgent"),
    case(
        "enum-culture",
        edit(7, "  culture: relaxed"),
        7,
        "company.culture",
        "'relaxed'",
        "formal",
        "neutral",
        "casual",
    ),
    case(
        "enum-channel",
        edit(19, "    channel: carrier_pigeon"),
        19,
        "interviewers[1].channel",
        "'carrier_pigeon'",
        "email",
        "handwritten",
        "linkedin",
    ),
    case(
        "enum-outcome",
        edit(12, "  outcome: hired"),
        12,
        "interview.outcome",
        "'hired'",
        "pending",
        "offer",
        "rejected",
        "withdrawn",
    ),
    case(
        "enum-format",
        edit(12, "  format: zoom"),
        12,
        "interview.format",
        "'zoom'",
        "onsite",
        "video",
        "phone",
    ),
    case(
        "enum-history-kind",
        edit(21, "  - kind: thanks"),
        21,
        "history[0].kind",
        "'thanks'",
        "thank_you",
        "status_check",
        "feedback_request",
    ),
    case(
        "enum-role-case",
        edit(15, "    role: Recruiter"),
        15,
        "interviewers[0].role",
        "'Recruiter'",
        "recruiter",
    ),
    # dates and times
    case("at-impossible-date", edit(9, "  at: 2026-13-40T14:00"), 9, "interview.at", "2026-13-40T14:00"),
    case("at-date-only", edit(9, "  at: 2026-11-24"), 9, "interview.at", "time"),
    case("at-words", edit(9, "  at: tuesday afternoon"), 9, "interview.at", "tuesday afternoon"),
    case("at-time-only", edit(9, "  at: 14:00"), 9, "interview.at", "14:00"),
    case(
        "decision-by-words",
        edit(12, "  decision_by: next week"),
        12,
        "interview.decision_by",
        "next week",
        "date",
    ),
    case(
        "decision-by-impossible",
        edit(12, "  decision_by: 2026-02-30"),
        12,
        "interview.decision_by",
        "2026-02-30",
    ),
    case("history-at-words", edit(23, "    at: yesterday"), 23, "history[0].at", "yesterday"),
    case("history-at-date-only", edit(23, "    at: 2026-11-24"), 23, "history[0].at", "time"),
    # timezones
    case(
        "timezone-typo",
        edit(10, "  timezone: America/New_Yrok"),
        10,
        "interview.timezone",
        "America/New_Yrok",
        "did you mean 'America/New_York'",
    ),
    case("timezone-abbreviation-EST", edit(10, "  timezone: EST"), 10, "interview.timezone", "'EST'"),
    case("timezone-abbreviation-PST8PDT", edit(10, "  timezone: PST8PDT"), 10, "interview.timezone", "PST8PDT"),
    case("timezone-offset", edit(10, "  timezone: UTC-5"), 10, "interview.timezone", "UTC-5"),
    case(
        "interviewer-timezone-typo",
        edit(19, "    timezone: Europe/Londn"),
        19,
        "interviewers[1].timezone",
        "did you mean 'Europe/London'",
    ),
    # missing required fields: the line of the enclosing mapping (line 1 for the top level)
    case("missing-candidate-name", edit(2, None), 1, "candidate.name", "required"),
    case("missing-position", edit(4, None), 1, "position", "required"),
    case("missing-company-name", edit(6, None), 5, "company.name", "required"),
    case("missing-interview-at", edit(9, None), 8, "interview.at", "required"),
    case("missing-interview-timezone", edit(10, None), 8, "interview.timezone", "required", "IANA"),
    case("missing-interviewers", drop(13, 19), 1, "interviewers", "required"),
    case(
        "missing-interviewer-name",
        edit(14, "  - title: Engineering Manager"),
        14,
        "interviewers[0].name",
        "required",
    ),
    case("missing-candidate", drop(1, 3), 1, "candidate", "required"),
    case("missing-history-kind", edit(21, "  - replied: false"), 21, "history[0].kind", "required"),
    case("empty-interviewers", drop(13, 19, "interviewers: []"), 13, "interviewers", "at least one"),
    case("empty-interviewers-null", drop(13, 19, "interviewers:"), 13, "interviewers"),
    # wrong shapes and values
    case("interviewers-is-text", drop(13, 19, "interviewers: Dana Lee"), 13, "interviewers", "list"),
    case("candidate-is-text", drop(1, 3, "candidate: Sam Rivera"), 1, "candidate", "mapping"),
    case("duration-zero", edit(11, "  duration_minutes: 0"), 11, "interview.duration_minutes", "0"),
    case("duration-negative", edit(11, "  duration_minutes: -30"), 11, "interview.duration_minutes", "-30"),
    case(
        "duration-words",
        edit(11, "  duration_minutes: sixty"),
        11,
        "interview.duration_minutes",
        "'sixty'",
        "whole number",
    ),
    case("duration-fraction", edit(11, "  duration_minutes: 45.5"), 11, "interview.duration_minutes", "45.5"),
    case("duration-a-week", edit(11, "  duration_minutes: 10080"), 11, "interview.duration_minutes", "10080"),
    case(
        "no-follow-up-maybe",
        edit(12, "  no_follow_up: maybe"),
        12,
        "interview.no_follow_up",
        "'maybe'",
        "true or false",
    ),
    case(
        "candidate-email-invalid",
        edit(3, "  email: sam at example"),
        3,
        "candidate.email",
        "sam at example",
        "email",
    ),
    case("topics-nested-mapping", edit(17, "      - {a: b, c: d}"), 17, "interviewers[0].topics[0]", "text"),
    case("text-too-long", edit(4, "position: " + "x" * 2500), 4, "position", "too long", "2000"),
    case("candidate-name-empty", edit(2, '  name: ""'), 2, "candidate.name", "empty"),
    case("candidate-name-no-value", edit(2, "  name:"), 2, "candidate.name"),
    case("position-blank", edit(4, 'position: "   "'), 4, "position", "empty"),
    # cross-field checks
    case(
        "history-to-unknown-with-suggestion",
        edit(22, "    to: Dana Le"),
        22,
        "history[0].to",
        "'Dana Le'",
        "did you mean 'Dana Lee'",
    ),
    case(
        "history-to-unknown-lists-interviewers",
        edit(22, "    to: Zed"),
        22,
        "history[0].to",
        "'Zed'",
        "Dana Lee",
        "Priya Shah",
    ),
    case(
        "two-primary-contacts",
        edit(19, "    primary_contact: yes").replace("    role: hiring_manager\n", "    primary_contact: true\n"),
        19,
        "interviewers[1].primary_contact",
        "primary",
        "Dana Lee",
    ),
    case(
        "duplicate-interviewer-names",
        edit(18, "  - name: Dana Lee"),
        18,
        "interviewers[1].name",
        "'Dana Lee'",
        "twice",
    ),
    # syntax
    case("yaml-mapping-in-value", edit(15, "    role: hiring_manager: boss"), 15, "", "YAML"),
    case("yaml-tab-indent", edit(7, "\tpace: normal"), 7, "", "YAML"),
    case("yaml-unclosed-quote", edit(6, '  name: "Acme'), 6, "", "YAML"),
    case("yaml-unclosed-flow", edit(17, "      - [moving billing"), 17, "", "YAML"),
    case("yaml-bad-dedent", edit(7, " pace: normal"), 7, "", "YAML"),
    case("top-level-list", "- candidate\n- position\n", 1, "", "mapping"),
    case("top-level-text", "just some words I typed\n", 1, "", "mapping"),
    case("top-level-number", "42\n", 1, "", "mapping"),
    case("comment-only", "# nothing here yet\n", 1, "", "no content"),
    case("non-text-key", BASE + "? [a, b]\n: c\n", 24, "", "key"),
    # CRLF line endings keep the line numbers
    case(
        "crlf-enum",
        edit(15, "    role: hr_person").replace("\n", "\r\n"),
        15,
        "interviewers[0].role",
        "'hr_person'",
    ),
]


@pytest.mark.parametrize(("text", "file", "line", "field", "gist"), YAML_CASES)
def test_yaml_corpus(tmp_path: Path, text: str, file: str, line: int | None, field: str, gist: tuple[str, ...]) -> None:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8", newline="")
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert_problem(caught.value, str(path), line, field, *gist)


def test_several_mistakes_are_all_reported_in_line_order() -> None:
    text = edit(7, "  pace: slow").replace("    role: hiring_manager\n", "    role: hr_person\n")
    text = text.replace("  duration_minutes: 60\n", "  duration_minutes: sixty\n")
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, "notes.yaml")
    lines = [p.line for p in caught.value.problems]
    assert lines == [7, 11, 15]
    assert str(caught.value).splitlines()[0].startswith("notes.yaml:7: company.pace: ")


def test_message_format_matches_the_spec_example() -> None:
    # SPEC 1: `notes.yaml:14: interviewers[1].role: 'hr_person' is not one of …`
    text = edit(19, "    role: hr_person")
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, "notes.yaml")
    assert str(caught.value).startswith("notes.yaml:19: interviewers[1].role: 'hr_person' is not one of ")


# --- JSON --------------------------------------------------------------------------------

JSON_BASE = """\
{
  "candidate": {"name": "Sam Rivera"},
  "position": "Senior Backend Engineer",
  "company": {"name": "Acme", "pace": "normal"},
  "interview": {
    "at": "2026-11-24T14:00",
    "timezone": "America/New_York"
  },
  "interviewers": [
    {"name": "Dana Lee", "role": "hiring_manager"},
    {"name": "Priya Shah", "role": "recruiter"}
  ]
}
"""
JSON_LINES = JSON_BASE.splitlines(keepends=True)


def json_edit(line: int, new: str) -> str:
    lines = list(JSON_LINES)
    lines[line - 1] = new + "\n"
    return "".join(lines)


def test_json_base_is_valid() -> None:
    assert isinstance(notes_from_text(JSON_BASE, "notes.json", "json"), Notes)


JSON_CASES = [
    case(
        "json-enum-role",
        json_edit(11, '    {"name": "Priya Shah", "role": "hr_person"}'),
        11,
        "interviewers[1].role",
        "'hr_person' is not one of",
        file="notes.json",
    ),
    case(
        "json-unknown-key",
        json_edit(3, '  "positon": "Senior Backend Engineer",'),
        3,
        "positon",
        "did you mean 'position'",
        file="notes.json",
    ),
    case(
        "json-bad-timezone",
        json_edit(7, '    "timezone": "America/New_Yrok"'),
        7,
        "interview.timezone",
        "did you mean 'America/New_York'",
        file="notes.json",
    ),
    case("json-missing-at", json_edit(6, ""), 5, "interview.at", "required", file="notes.json"),
    case(
        "json-number-for-duration-text",
        json_edit(7, '    "timezone": "America/New_York", "duration_minutes": "x"'),
        7,
        "interview.duration_minutes",
        "'x'",
        file="notes.json",
    ),
    case(
        "json-empty-interviewers",
        json_edit(9, '  "interviewers": [], "x_unused": ['),
        9,
        "interviewers",
        file="notes.json",
    ),
    case(
        "json-syntax-single-quotes",
        json_edit(3, "  'position': 'Senior Backend Engineer',"),
        3,
        "",
        "JSON",
        file="notes.json",
    ),
    case(
        "json-syntax-bad-value",
        json_edit(4, '  "company": {"name": Acme, "pace": "normal"},'),
        4,
        "",
        "JSON",
        file="notes.json",
    ),
    case("json-syntax-truncated", "".join(JSON_LINES[:8]), 9, "", "JSON", file="notes.json"),
    case("json-top-level-list", '[\n  {"candidate": {}}\n]\n', 1, "", "mapping", file="notes.json"),
    case(
        "json-duplicate-top-key",
        JSON_BASE.replace(
            '  "position": "Senior Backend Engineer",\n',
            '  "position": "Senior Backend Engineer",\n  "position": "Staff Engineer",\n',
        ),
        4,
        "position",
        "duplicate",
        file="notes.json",
    ),
    case(
        "json-duplicate-nested-key",
        json_edit(4, '  "company": {"name": "Acme", "name": "Acme Corp"},'),
        4,
        "company.name",
        "duplicate",
        file="notes.json",
    ),
    case(
        "json-tab-indented-enum",
        json_edit(11, '    {"name": "Priya Shah", "role": "hr_person"}').replace("    ", "\t\t").replace("  ", "\t"),
        11,
        "interviewers[1].role",
        "'hr_person'",
        file="notes.json",
    ),
    case(
        "json-key-then-newline-colon",
        json_edit(11, '    {"name": "Priya Shah", "role"\n      : "hr_person"}'),
        11,
        "interviewers[1].role",
        "'hr_person'",
        file="notes.json",
        xfail="valid JSON that the YAML reader cannot follow (a key, a newline, then its colon) "
        "has every field located at line 1",
    ),
]


@pytest.mark.parametrize(("text", "file", "line", "field", "gist"), JSON_CASES)
def test_json_corpus(tmp_path: Path, text: str, file: str, line: int | None, field: str, gist: tuple[str, ...]) -> None:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert_problem(caught.value, str(path), line, field, *gist)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(JSON_BASE.replace('"pace": "normal"', '"pace": ' + "9" * 5000), "json", id="json"),
        pytest.param("position = " + "9" * 5000 + "\n", "toml", id="toml"),
    ],
)
def test_huge_integer_is_our_error(text: str, kind: str) -> None:
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, f"notes.{kind}", kind)
    assert f"notes.{kind}:" in str(caught.value)


def test_huge_integer_in_yaml_is_our_error() -> None:
    text = BASE.replace("  duration_minutes: 60", "  duration_minutes: " + "9" * 5000)
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, "notes.yaml")
    assert_problem(caught.value, "notes.yaml", 11, "interview.duration_minutes")


def test_json_duplicate_key_is_reported_on_its_own_line() -> None:
    text = JSON_BASE.replace(
        '  "company": {"name": "Acme", "pace": "normal"},\n',
        '  "company": {\n    "name": "Acme",\n    "name": "Acme Corp"\n  },\n',
    )
    assert text.splitlines()[5] == '    "name": "Acme Corp"'  # line 6
    with pytest.raises(NotesError) as caught:
        notes_from_text(text, "notes.json", "json")
    (problem,) = caught.value.problems
    assert problem.line == 6, str(caught.value)


# --- TOML --------------------------------------------------------------------------------

TOML_BASE = """\
position = "Senior Backend Engineer"

[candidate]
name = "Sam Rivera"

[company]
name = "Acme"
pace = "normal"

[interview]
at = 2026-11-24T14:00:00
timezone = "America/New_York"

[[interviewers]]
name = "Dana Lee"
role = "hiring_manager"

[[interviewers]]
name = "Priya Shah"
role = "recruiter"
"""
TOML_LINES = TOML_BASE.splitlines(keepends=True)


def toml_edit(line: int, new: str) -> str:
    lines = list(TOML_LINES)
    lines[line - 1] = new + "\n"
    return "".join(lines)


def test_toml_base_is_valid() -> None:
    assert isinstance(notes_from_text(TOML_BASE, "notes.toml", "toml"), Notes)


TOML_CASES = [
    case(
        "toml-enum-second-interviewer",
        toml_edit(20, 'role = "hr_person"'),
        20,
        "interviewers[1].role",
        "'hr_person' is not one of",
        file="notes.toml",
    ),
    case("toml-enum-pace", toml_edit(8, 'pace = "slow"'), 8, "company.pace", "'slow'", file="notes.toml"),
    case(
        "toml-unknown-key",
        toml_edit(16, 'titel = "Engineering Manager"'),
        16,
        "interviewers[0].titel",
        "did you mean 'title'",
        file="notes.toml",
    ),
    case("toml-missing-company-name", toml_edit(7, ""), 6, "company.name", "required", file="notes.toml"),
    case("toml-date-only-at", toml_edit(11, "at = 2026-11-24"), 11, "interview.at", "time", file="notes.toml"),
    case("toml-time-only-at", toml_edit(11, "at = 14:00:00"), 11, "interview.at", file="notes.toml"),
    case(
        "toml-bad-timezone",
        toml_edit(12, 'timezone = "EST"'),
        12,
        "interview.timezone",
        "EST",
        file="notes.toml",
    ),
    case(
        "toml-syntax-unquoted",
        toml_edit(1, "position = Senior Backend Engineer"),
        1,
        "",
        "TOML",
        file="notes.toml",
    ),
    case("toml-syntax-unclosed-table", toml_edit(10, "[interview"), 10, "", "TOML", file="notes.toml"),
    case("toml-duplicate-key", toml_edit(8, 'name = "Acme Corp"'), 8, "", "TOML", file="notes.toml"),
    case(
        "toml-history-to-unknown",
        TOML_BASE + '\n[[history]]\nkind = "thank_you"\nto = "Dana Le"\nat = 2026-11-24T18:30:00\n',
        24,
        "history[0].to",
        "did you mean 'Dana Lee'",
        file="notes.toml",
    ),
]


@pytest.mark.parametrize(("text", "file", "line", "field", "gist"), TOML_CASES)
def test_toml_corpus(tmp_path: Path, text: str, file: str, line: int | None, field: str, gist: tuple[str, ...]) -> None:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert_problem(caught.value, str(path), line, field, *gist)


# --- files that are not notes at all -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "line", "gist"),
    [
        pytest.param("notes.yaml", b"", None, ("empty",), id="empty-file"),
        pytest.param("notes.yaml", b"  \n\t\n   \n", None, ("empty",), id="whitespace-only"),
        pytest.param("notes.json", b"", None, ("empty",), id="empty-json"),
        pytest.param("notes.toml", b"\n\n", None, ("empty",), id="empty-toml"),
        pytest.param("notes.yaml", BASE.encode()[:40] + b"\x00\x00rest", 3, ("text",), id="nul-bytes"),
        pytest.param("notes.yaml", bytes(range(256)) * 4, 1, (), id="binary"),
        pytest.param("notes.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, ("text",), id="png-header"),
        pytest.param(
            "notes.yaml", BASE.replace("Sam Rivera", "Ren\xe9").encode("latin-1"), 2, ("UTF-8",), id="latin-1"
        ),
        pytest.param("notes.yaml", BASE.encode("utf-16"), None, ("text",), id="utf-16"),
        pytest.param("notes.yaml", b"candidate:\n  name: \xff\xfe\n", 2, ("UTF-8",), id="invalid-utf8-bytes"),
    ],
)
def test_unreadable_content(tmp_path: Path, name: str, content: bytes, line: int | None, gist: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    if line is not None:
        assert message.startswith(f"{path}:{line}: "), message
    for g in gist:
        assert g.lower() in message.lower(), message
    assert caught.value.exit_code == 2


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert str(caught.value).startswith(str(path))
    assert "no such file" in str(caught.value).lower()


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.mkdir()
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert str(caught.value).startswith(str(path))
    assert "directory" in str(caught.value)


def test_file_over_one_megabyte(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    filler = "# " + "x" * 98 + "\n"
    path.write_text(BASE + filler * 11_000, encoding="utf-8")  # ~1.1 MB
    started = time.perf_counter()
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert time.perf_counter() - started < HANG_GUARD
    assert str(caught.value).startswith(str(path))
    assert "larger" in str(caught.value) or "large" in str(caught.value)


def test_comfortably_large_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(BASE + ("# " + "x" * 98 + "\n") * 5_000, encoding="utf-8")  # ~0.5 MB of comments
    assert isinstance(load_notes(path), Notes)


# --- alias bombs ---------------------------------------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BILLION_LAUGHS, id="billion-laughs-top"),
        pytest.param("candidate: &x\n  name: Sam\n  more: [*x]\n", id="recursive-alias"),
        pytest.param("x: &x [*x]\n", id="self-referencing-list"),
    ],
)
def test_alias_bombs_fail_fast_with_our_error(text: str) -> None:
    started = time.perf_counter()
    try:
        notes_from_text(text, "notes.yaml")
    except NotesError as exc:
        assert str(exc).startswith("notes.yaml")
    assert time.perf_counter() - started < HANG_GUARD


def test_billion_laughs_message_is_clear() -> None:
    started = time.perf_counter()
    with pytest.raises(NotesError) as caught:
        notes_from_text(BILLION_LAUGHS, "notes.yaml")
    assert time.perf_counter() - started < HANG_GUARD
    message = str(caught.value)
    assert message.startswith("notes.yaml:")
    assert "alias" in message or "too many" in message


def test_billion_laughs_inside_a_real_field() -> None:
    bomb = "\n".join(BILLION_LAUGHS.splitlines()[:-1])  # up to h
    text = BASE.replace("    topics:\n      - moving billing to event sourcing\n", "    topics: *h\n")
    text = bomb + "\n" + text
    started = time.perf_counter()
    with pytest.raises(NotesError):
        notes_from_text(text, "notes.yaml")
    assert time.perf_counter() - started < HANG_GUARD


def test_deep_nesting_is_our_error() -> None:
    for text, kind in [
        ("[" * 5000 + "]" * 5000, "json"),
        ("[" * 5000 + "]" * 5000, "yaml"),
        ("a = " + "[" * 5000 + "]" * 5000, "toml"),
        ("- " * 300 + "x", "yaml"),
    ]:
        with pytest.raises(NotesError):
            notes_from_text(text, f"notes.{kind}", kind)


# --- property-based: never anything but a Notes or a NotesError ----------------------------

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def load_or_error(path: Path) -> Notes | NotesError:
    try:
        return load_notes(path)
    except NotesError as exc:
        assert str(exc).startswith(str(path)), str(exc)
        assert exc.problems
        return exc


yaml_ish = st.text(alphabet=string.printable + "{}[]:-&*!|>'\"#%@`,?~\x00é€😀\ufeff", max_size=300)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), yaml_ish), suffix=st.sampled_from([".yaml", ".json", ".toml"]))
def test_any_text_gives_notes_or_notes_error(fuzz_dir: Path, text: str, suffix: str) -> None:
    path = fuzz_dir / f"notes{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    load_or_error(path)


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".yaml", ".json", ".toml"]))
def test_any_bytes_give_notes_or_notes_error(fuzz_dir: Path, data: bytes, suffix: str) -> None:
    path = fuzz_dir / f"notes{suffix}"
    path.write_bytes(data)
    load_or_error(path)


def truncation_failures() -> list[tuple[int, str, BaseException]]:
    """Every prefix of BASE (with and without a BOM) that raises anything but a NotesError."""
    failures = []
    for prefix in ("", "\ufeff"):
        for cut in range(len(BASE) + 1):
            try:
                notes_from_text(prefix + BASE[:cut], "notes.yaml")
            except NotesError:
                pass
            except Exception as exc:
                failures.append((cut, BASE[:cut].splitlines()[-1] if cut else "", exc))
    return failures


def test_every_truncation_gives_notes_or_notes_error() -> None:
    # used to crash at the cut after '  email:' (an empty optional text)
    assert truncation_failures() == []


VALID: dict[str, Any] = json.loads(json.dumps(yaml.safe_load(BASE), default=str))

# Every place a user could type a value.
PATHS: list[tuple[str | int, ...]] = [
    ("candidate",),
    ("candidate", "name"),
    ("candidate", "email"),
    ("candidate", "highlights"),
    ("position",),
    ("company",),
    ("company", "name"),
    ("company", "pace"),
    ("company", "culture"),
    ("company", "news"),
    ("interview",),
    ("interview", "at"),
    ("interview", "timezone"),
    ("interview", "duration_minutes"),
    ("interview", "decision_by"),
    ("interview", "no_follow_up"),
    ("interview", "outcome"),
    ("interview", "format"),
    ("interviewers",),
    ("interviewers", 0),
    ("interviewers", 0, "name"),
    ("interviewers", 0, "role"),
    ("interviewers", 0, "topics"),
    ("interviewers", 1, "timezone"),
    ("interviewers", 1, "primary_contact"),
    ("interviewers", 1, "channel"),
    ("interviewers", 1, "title"),
    ("history",),
    ("history", 0, "to"),
    ("history", 0, "at"),
    ("history", 0, "kind"),
    ("history", 0, "replied"),
    ("requested",),
]

scalars = st.one_of(
    st.none(),
    st.just(""),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(
        [
            "no",
            "yes",
            "0800",
            "2026-11-24",
            "2026-11-24T25:00",
            "EST",
            "Europe/Londn",
            "hr_person",
            "Dana Lee",
            "Dana Le",
            "busy",
            "x" * 2100,
            "-1",
            "1e309",
        ]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(string.ascii_lowercase + "_", min_size=1, max_size=12), inner, max_size=3),
    ),
    max_leaves=6,
)


def replaced(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(VALID))
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@FUZZ
@given(path=st.sampled_from(PATHS), value=values, kind=st.sampled_from(["yaml", "json"]))
def test_one_field_replaced_gives_notes_or_located_error(path: tuple[str | int, ...], value: Any, kind: str) -> None:
    data = replaced(path, value)
    text = json.dumps(data, indent=2) if kind == "json" else yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    try:
        notes_from_text(text, f"notes.{kind}", kind)
    except NotesError as exc:
        for problem in exc.problems:
            assert problem.line is not None, str(exc)
            assert problem.field, str(exc)
            assert "Input should be" not in problem.message, str(exc)


def _properties(schema: Any) -> set[str]:
    """Every property name anywhere in a JSON schema."""
    if isinstance(schema, dict):
        own = set(schema["properties"]) if isinstance(schema.get("properties"), dict) else set()
        return own.union(*(_properties(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_properties(v) for v in schema))
    return set()


# the notes file's field names at every level (hypothesis draws strings from our own code, field names among them)
_FIELD_NAMES = _properties(Notes.model_json_schema())


@FUZZ
@given(path=st.sampled_from(PATHS), key=st.text(string.ascii_lowercase + "_", min_size=1, max_size=15))
@example(path=("interviewers", 1, "timezone"), key="greet_as")  # fresh-clone CI, stop 41: a known field, not unknown
@example(path=("interviewers", 1, "timezone"), key="nickname")
def test_extra_key_anywhere_is_named(path: tuple[str | int, ...], key: str) -> None:
    data = json.loads(json.dumps(VALID))
    node: Any = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    if not isinstance(node, dict):
        node = data
    if key in node or key in _FIELD_NAMES:
        return  # (a field the schema knows, 'greet_as' on an interviewer without one, is no unknown key)
    node[key] = "x"
    with pytest.raises(NotesError) as caught:
        notes_from_text(yaml.safe_dump(data, sort_keys=False), "notes.yaml")
    assert f"unknown key '{key}'" in str(caught.value)


def test_decision_date_before_the_interview_is_a_located_error(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "single.yaml").read_text()
    path = tmp_path / "notes.yaml"
    path.write_text(source.replace("decision_by: 2026-12-04", "decision_by: 2026-11-02"))
    line = path.read_text().splitlines().index("  decision_by: 2026-11-02") + 1
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert f"notes.yaml:{line}: interview.decision_by: 2026-11-02 is before the interview" in str(caught.value)


def test_utf16_file_is_told_to_be_saved_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_bytes("candidate: {name: A}\n".encode("utf-16"))
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert "UTF-16" in str(caught.value) and "UTF-8" in str(caught.value)


def test_names_that_differ_only_in_case_are_the_same_person(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "panel.yaml").read_text()
    path = tmp_path / "notes.yaml"
    path.write_text(source.replace("  - name: Marcus Chen", "  - name: dana  lee"))
    with pytest.raises(NotesError) as caught:
        load_notes(path)
    assert "interviewers[1].name: 'dana lee' appears twice" in str(caught.value)


@pytest.mark.parametrize("zone", ["UTC+1", "GMT-5", "utc + 2"])
def test_fixed_offsets_are_refused_with_a_region_hint(zone: str) -> None:
    from afterview.notes.timezones import check_timezone

    with pytest.raises(ValueError, match="fixed offset, which ignores daylight saving time"):
        check_timezone(zone)
