"""The notes loader on valid input (SPEC 1): YAML, JSON and TOML alike, defaults, YAML 1.1 traps."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from afterview.errors import NotesError
from afterview.notes.loader import load_notes, notes_from_text
from afterview.notes.model import Channel, Culture, Format, Kind, Notes, Outcome, Pace, Role

FULL_YAML = """\
candidate:
  name: Sam Rivera
  email: sam@example.com
  highlights:
    - led the Kafka migration at Northwind
  since_interview:
    - passed the AWS Solutions Architect exam
position: Senior Backend Engineer
company:
  name: Acme
  news:
    - launched Acme Pay in Europe
  pace: busy
  culture: formal
interview:
  at: 2026-11-24T14:00
  timezone: America/New_York
  duration_minutes: 45
  format: video
  decision_by: 2026-12-05
  no_follow_up: false
  outcome: pending
interviewers:
  - name: Dana Lee
    title: Engineering Manager
    role: hiring_manager
    email: dana@acme.example
    channel: email
    timezone: Europe/London
    primary_contact: true
    topics:
      - moving billing to event sourcing
    challenges:
      - nightly batch jobs page the on-call team
    rapport:
      - both ran the Chicago marathon
  - name: Marcus Chen
    role: peer
    channel: handwritten
requested:
  - portfolio link
history:
  - kind: thank_you
    to: Dana Lee
    at: 2026-11-24T18:30
    replied: false
"""

FULL_DATA = {
    "candidate": {
        "name": "Sam Rivera",
        "email": "sam@example.com",
        "highlights": ["led the Kafka migration at Northwind"],
        "since_interview": ["passed the AWS Solutions Architect exam"],
    },
    "position": "Senior Backend Engineer",
    "company": {"name": "Acme", "news": ["launched Acme Pay in Europe"], "pace": "busy", "culture": "formal"},
    "interview": {
        "at": "2026-11-24T14:00",
        "timezone": "America/New_York",
        "duration_minutes": 45,
        "format": "video",
        "decision_by": "2026-12-05",
        "no_follow_up": False,
        "outcome": "pending",
    },
    "interviewers": [
        {
            "name": "Dana Lee",
            "title": "Engineering Manager",
            "role": "hiring_manager",
            "email": "dana@acme.example",
            "channel": "email",
            "timezone": "Europe/London",
            "primary_contact": True,
            "topics": ["moving billing to event sourcing"],
            "challenges": ["nightly batch jobs page the on-call team"],
            "rapport": ["both ran the Chicago marathon"],
        },
        {"name": "Marcus Chen", "role": "peer", "channel": "handwritten"},
    ],
    "requested": ["portfolio link"],
    "history": [{"kind": "thank_you", "to": "Dana Lee", "at": "2026-11-24T18:30", "replied": False}],
}

# TOML written by hand, using TOML's own date and datetime types where a user would.
FULL_TOML = """\
position = "Senior Backend Engineer"
requested = ["portfolio link"]

[candidate]
name = "Sam Rivera"
email = "sam@example.com"
highlights = ["led the Kafka migration at Northwind"]
since_interview = ["passed the AWS Solutions Architect exam"]

[company]
name = "Acme"
news = ["launched Acme Pay in Europe"]
pace = "busy"
culture = "formal"

[interview]
at = 2026-11-24T14:00:00
timezone = "America/New_York"
duration_minutes = 45
format = "video"
decision_by = 2026-12-05
no_follow_up = false
outcome = "pending"

[[interviewers]]
name = "Dana Lee"
title = "Engineering Manager"
role = "hiring_manager"
email = "dana@acme.example"
channel = "email"
timezone = "Europe/London"
primary_contact = true
topics = ["moving billing to event sourcing"]
challenges = ["nightly batch jobs page the on-call team"]
rapport = ["both ran the Chicago marathon"]

[[interviewers]]
name = "Marcus Chen"
role = "peer"
channel = "handwritten"

[[history]]
kind = "thank_you"
to = "Dana Lee"
at = 2026-11-24T18:30:00
replied = false
"""

MINIMAL_YAML = """\
candidate:
  name: Sam Rivera
position: Senior Backend Engineer
company:
  name: Acme
interview:
  at: 2026-11-24T14:00
  timezone: America/New_York
interviewers:
  - name: Dana Lee
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def yaml_with(interview_extra: str = "", interviewer_extra: str = "", top_extra: str = "") -> str:
    """MINIMAL_YAML plus lines under `interview:`, under the first interviewer, and at the top level."""
    text = MINIMAL_YAML.replace("  timezone: America/New_York\n", "  timezone: America/New_York\n" + interview_extra)
    text = text.replace("  - name: Dana Lee\n", "  - name: Dana Lee\n" + interviewer_extra)
    return text + top_extra


# --- the same notes in three formats ---------------------------------------------------


def test_full_yaml_loads_every_field(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", FULL_YAML))
    assert notes.candidate.name == "Sam Rivera"
    assert notes.candidate.email == "sam@example.com"
    assert notes.candidate.highlights == ["led the Kafka migration at Northwind"]
    assert notes.candidate.since_interview == ["passed the AWS Solutions Architect exam"]
    assert notes.position == "Senior Backend Engineer"
    assert notes.company.name == "Acme"
    assert notes.company.news == ["launched Acme Pay in Europe"]
    assert notes.company.pace is Pace.busy
    assert notes.company.culture is Culture.formal
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0)
    assert notes.interview.timezone == "America/New_York"
    assert notes.interview.duration_minutes == 45
    assert notes.interview.format is Format.video
    assert notes.interview.decision_by == date(2026, 12, 5)
    assert notes.interview.no_follow_up is False
    assert notes.interview.outcome is Outcome.pending
    dana, marcus = notes.interviewers
    assert dana.name == "Dana Lee"
    assert dana.title == "Engineering Manager"
    assert dana.role is Role.hiring_manager
    assert dana.email == "dana@acme.example"
    assert dana.channel is Channel.email
    assert dana.timezone == "Europe/London"
    assert dana.primary_contact is True
    assert dana.topics == ["moving billing to event sourcing"]
    assert dana.challenges == ["nightly batch jobs page the on-call team"]
    assert dana.rapport == ["both ran the Chicago marathon"]
    assert marcus.role is Role.peer
    assert marcus.channel is Channel.handwritten
    assert notes.requested == ["portfolio link"]
    (entry,) = notes.history
    assert entry.kind is Kind.thank_you
    assert entry.to == "Dana Lee"
    assert entry.at == datetime(2026, 11, 24, 18, 30)
    assert entry.replied is False


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("notes.json", json.dumps(FULL_DATA, indent=2), id="json-indented"),
        pytest.param("notes.json", json.dumps(FULL_DATA), id="json-one-line"),
        pytest.param("notes.toml", FULL_TOML, id="toml"),
        pytest.param("notes.yml", FULL_YAML, id="yml-extension"),
        pytest.param("notes.YAML", FULL_YAML, id="upper-case-extension"),
    ],
)
def test_other_formats_give_equal_notes(tmp_path: Path, name: str, content: str) -> None:
    from_yaml = load_notes(write(tmp_path, "notes.yaml", FULL_YAML))
    other = load_notes(write(tmp_path, name, content))
    assert other.model_dump() == from_yaml.model_dump()
    assert other == from_yaml


def test_notes_from_text_matches_load_notes(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.yaml", FULL_YAML)
    assert notes_from_text(FULL_YAML, "notes.yaml", "yaml") == load_notes(path)
    assert notes_from_text(json.dumps(FULL_DATA), "notes.json", "json") == load_notes(path)
    assert notes_from_text(FULL_TOML, "notes.toml", "toml") == load_notes(path)


def test_example_fixture_loads(examples: Path) -> None:
    notes = load_notes(examples / "panel.yaml")
    assert isinstance(notes, Notes)
    assert [i.name for i in notes.interviewers] == ["Dana Lee", "Marcus Chen", "Priya Shah"]
    assert notes.interview.duration_minutes == 90
    assert notes.interviewers[2].timezone == "America/Chicago"


# --- defaults ----------------------------------------------------------------------------


def test_defaults(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", MINIMAL_YAML))
    assert notes.company.pace is Pace.normal
    assert notes.company.culture is Culture.neutral
    assert notes.interview.duration_minutes == 60
    assert notes.interview.outcome is Outcome.pending
    assert notes.interview.no_follow_up is False
    assert notes.interview.decision_by is None
    assert notes.interview.format is None
    (dana,) = notes.interviewers
    assert dana.channel is Channel.email
    assert dana.role is Role.other
    assert dana.primary_contact is False
    assert dana.timezone is None
    assert dana.topics == dana.challenges == dana.rapport == []
    assert notes.requested == []
    assert notes.history == []
    assert notes.candidate.highlights == [] and notes.candidate.since_interview == []
    assert notes.company.news == []


def test_interviewer_timezone_defaults_to_the_interviews(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", MINIMAL_YAML))
    assert notes.zone_of(notes.interviewers[0]).key == "America/New_York"


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        pytest.param("    topics: moving billing\n", "topics", ["moving billing"], id="topics"),
        pytest.param("    challenges: on-call pages\n", "challenges", ["on-call pages"], id="challenges"),
        pytest.param("    rapport: marathons\n", "rapport", ["marathons"], id="rapport"),
    ],
)
def test_single_string_becomes_one_item_list(tmp_path: Path, extra: str, field: str, expected: list[str]) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", yaml_with(interviewer_extra=extra)))
    assert getattr(notes.interviewers[0], field) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param("hobby: climbing", "hobby: climbing", id="key-and-text"),
        pytest.param("her q: how would I staff nights", "her q: how would I staff nights", id="question"),
        pytest.param("target: 1:30 per call", "target: 1:30 per call", id="sexagesimal-stays-text"),
        pytest.param("follow up on:", "follow up on", id="key-without-value"),
    ],
)
def test_a_jotted_key_and_value_in_a_list_is_read_as_its_text(tmp_path: Path, item: str, expected: str) -> None:
    text = yaml_with(interviewer_extra=f"    topics:\n      - pager load\n      - {item}\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interviewers[0].topics == ["pager load", expected]


def test_a_list_item_with_two_keys_is_still_an_error(tmp_path: Path) -> None:
    text = yaml_with(interviewer_extra="    topics:\n      - hobby: climbing\n        level: keen\n")
    with pytest.raises(NotesError) as caught:
        load_notes(write(tmp_path, "notes.yaml", text))
    assert "topics[0]" in str(caught.value)
    assert "not a mapping" in str(caught.value)


def test_single_string_for_top_level_and_company_lists(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("  name: Acme\n", "  name: Acme\n  news: launched Acme Pay\n")
    text = text.replace("  name: Sam Rivera\n", "  name: Sam Rivera\n  highlights: led Kafka\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text + "requested: portfolio link\n"))
    assert notes.requested == ["portfolio link"]
    assert notes.company.news == ["launched Acme Pay"]
    assert notes.candidate.highlights == ["led Kafka"]


# --- default timezone -------------------------------------------------------------------

NO_TZ_YAML = MINIMAL_YAML.replace("  timezone: America/New_York\n", "")


def test_default_timezone_fills_a_missing_interview_timezone(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", NO_TZ_YAML), default_timezone="Europe/Berlin")
    assert notes.interview.timezone == "Europe/Berlin"
    assert notes.interview.start.utcoffset() is not None
    assert notes.interview.start.astimezone(UTC) == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def test_default_timezone_does_not_override_a_given_one(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", MINIMAL_YAML), default_timezone="Europe/Berlin")
    assert notes.interview.timezone == "America/New_York"


@pytest.mark.parametrize("kind", ["json", "toml"])
def test_default_timezone_applies_to_json_and_toml(kind: str) -> None:
    if kind == "json":
        data = json.loads(json.dumps(FULL_DATA))
        del data["interview"]["timezone"]
        text = json.dumps(data)
    else:
        text = FULL_TOML.replace('timezone = "America/New_York"\n', "")
    notes = notes_from_text(text, f"notes.{kind}", kind, default_timezone="Asia/Tokyo")
    assert notes.interview.timezone == "Asia/Tokyo"


# --- YAML 1.1 surprises keep the meaning the user typed ----------------------------------


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        pytest.param("no", "no", id="no"),
        pytest.param("yes", "yes", id="yes"),
        pytest.param("off", "off", id="off"),
        pytest.param("On", "On", id="On"),
        pytest.param("y", "y", id="y"),
        pytest.param("true", "true", id="true"),
        pytest.param("2026-11-24", "2026-11-24", id="date"),
        pytest.param("0800", "0800", id="leading-zero"),
        pytest.param("1:30", "1:30", id="sexagesimal"),
        pytest.param("1e3", "1e3", id="float-like"),
        pytest.param(".inf", ".inf", id="inf"),
        pytest.param("0x1F", "0x1F", id="hex"),
        pytest.param("3.10", "3.10", id="version-number"),
        pytest.param("NO", "NO", id="norway-code"),
    ],
)
def test_yaml_scalars_in_text_lists_stay_text(tmp_path: Path, topic: str, expected: str) -> None:
    text = yaml_with(interviewer_extra=f"    topics:\n      - {topic}\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interviewers[0].topics == [expected]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("0800", "0800", id="0800"),
        pytest.param("2026-11-24", "2026-11-24", id="date"),
        pytest.param("no", "no", id="no"),
        pytest.param("12:30", "12:30", id="sexagesimal"),
        pytest.param("007", "007", id="octal-like"),
    ],
)
def test_yaml_scalars_in_text_fields_stay_text(tmp_path: Path, value: str, expected: str) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", yaml_with(interviewer_extra=f"    title: {value}\n")))
    assert notes.interviewers[0].title == expected


def test_yaml_position_and_company_keep_literal_text(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("position: Senior Backend Engineer", "position: 1e10").replace(
        "  name: Acme\n", "  name: Yes\n"
    )
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.position == "1e10"
    assert notes.company.name == "Yes"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("yes", True, id="yes"),
        pytest.param("no", False, id="no"),
        pytest.param("true", True, id="true"),
        pytest.param("false", False, id="false"),
        pytest.param("True", True, id="True"),
        pytest.param("FALSE", False, id="FALSE"),
    ],
)
def test_no_follow_up_booleans(tmp_path: Path, value: str, expected: bool) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", yaml_with(interview_extra=f"  no_follow_up: {value}\n")))
    assert notes.interview.no_follow_up is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("010", 10, id="leading-zero-is-decimal"),
        pytest.param("090", 90, id="090-not-invalid-octal"),
        pytest.param("45", 45, id="plain"),
        pytest.param('"30"', 30, id="quoted"),
    ],
)
def test_duration_minutes_is_decimal(tmp_path: Path, value: str, expected: int) -> None:
    text = yaml_with(interview_extra=f"  duration_minutes: {value}\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interview.duration_minutes == expected


def test_primary_contact_yes_is_true(tmp_path: Path) -> None:
    text = yaml_with(interviewer_extra="    primary_contact: yes\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interviewers[0].primary_contact is True


def test_quoted_yaml_null_words_stay_text(tmp_path: Path) -> None:
    text = yaml_with(interviewer_extra='    title: "null"\n    topics: ["~", "Null"]\n')
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interviewers[0].title == "null"
    assert notes.interviewers[0].topics == ["~", "Null"]


# Regression: an explicit null or empty optional text used to escape as pydantic's TypeError
# ("Unable to apply constraint 'max_length' to supplied value None").
@pytest.mark.parametrize(
    "extra",
    [
        pytest.param("    title: ~\n", id="title-tilde"),
        pytest.param("    title: null\n", id="title-null"),
        pytest.param("    email:\n", id="email-empty-value"),
        pytest.param("    title: ''\n", id="title-empty-string"),
        pytest.param('    title: "   "\n', id="title-blank-string"),
        pytest.param("    timezone:\n", id="interviewer-timezone-empty"),
    ],
)
def test_yaml_null_optional_text_means_not_given(tmp_path: Path, extra: str) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", yaml_with(interviewer_extra=extra)))
    person = notes.interviewers[0]
    assert person.title is None and person.email is None and person.timezone is None


def test_json_null_optional_text_means_not_given() -> None:
    data = json.loads(json.dumps(FULL_DATA))
    data["candidate"]["email"] = None
    notes = notes_from_text(json.dumps(data), "notes.json", "json")
    assert notes.candidate.email is None


def test_yaml_tags_are_not_executed(tmp_path: Path) -> None:
    text = yaml_with(interviewer_extra="    title: !!python/object/apply:os.system ['echo hi']\n")
    try:
        notes = load_notes(write(tmp_path, "notes.yaml", text))
    except NotesError as exc:  # refusing it is fine; running it is not
        assert "interviewers[0].title" in str(exc)
    else:
        assert isinstance(notes.interviewers[0].title, str)


# --- encodings, line endings, time forms -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("notes.yaml", MINIMAL_YAML, id="yaml"),
        pytest.param("notes.json", json.dumps(FULL_DATA), id="json"),
        pytest.param("notes.toml", FULL_TOML, id="toml"),
    ],
)
def test_utf8_with_bom_loads(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, b"\xef\xbb\xbf" + content.encode())
    assert load_notes(path).candidate.name == "Sam Rivera"


def test_crlf_line_endings_load(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.yaml", FULL_YAML.replace("\n", "\r\n").encode())
    assert load_notes(path) == load_notes(write(tmp_path, "unix.yaml", FULL_YAML))


def test_non_ascii_text_survives(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("Dana Lee", "José Müller-Łukasiewicz")
    text = text.replace("Acme", "Ácme 株式会社")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interviewers[0].name == "José Müller-Łukasiewicz"
    assert notes.company.name == "Ácme 株式会社"


def test_whitespace_in_text_is_tidied(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("position: Senior Backend Engineer", 'position: "  Senior   Backend Engineer "')
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.position == "Senior Backend Engineer"


def test_naive_at_is_local_wall_time(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", MINIMAL_YAML))
    assert notes.interview.start.astimezone(UTC) == datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
    assert notes.interview.start.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("at", "utc"),
    [
        pytest.param("2026-11-24T14:00-05:00", datetime(2026, 11, 24, 19, 0, tzinfo=UTC), id="same-offset"),
        pytest.param("2026-11-24T14:00+01:00", datetime(2026, 11, 24, 13, 0, tzinfo=UTC), id="other-offset"),
        pytest.param("2026-11-24T19:00Z", datetime(2026, 11, 24, 19, 0, tzinfo=UTC), id="zulu"),
        pytest.param("2026-11-24T14:00:00-05:00", datetime(2026, 11, 24, 19, 0, tzinfo=UTC), id="with-seconds"),
    ],
)
def test_aware_at_keeps_its_offset(tmp_path: Path, at: str, utc: datetime) -> None:
    text = MINIMAL_YAML.replace("  at: 2026-11-24T14:00\n", f"  at: {at}\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interview.start.astimezone(UTC) == utc
    # shown in the interview's timezone
    assert notes.interview.start.tzinfo is not None
    assert notes.interview.start.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]


def test_at_with_space_separator(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("  at: 2026-11-24T14:00\n", "  at: 2026-11-24 14:00\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0)


def test_interview_start_in_summer_uses_dst_offset(tmp_path: Path) -> None:
    text = MINIMAL_YAML.replace("  at: 2026-11-24T14:00\n", "  at: 2026-07-01T14:00\n")
    notes = load_notes(write(tmp_path, "notes.yaml", text))
    assert notes.interview.start.astimezone(UTC) == datetime(2026, 7, 1, 18, 0, tzinfo=UTC)


def test_toml_dotted_keys_and_inline_tables() -> None:
    text = """\
position = "Senior Backend Engineer"
candidate.name = "Sam Rivera"
company = { name = "Acme" }
interview = { at = "2026-11-24T14:00", timezone = "America/New_York" }
interviewers = [ { name = "Dana Lee" } ]
"""
    notes = notes_from_text(text, "notes.toml", "toml")
    assert notes == load_notes_text_yaml(MINIMAL_YAML)


def load_notes_text_yaml(text: str) -> Notes:
    return notes_from_text(text, "notes.yaml", "yaml")


def test_json_numbers_and_booleans() -> None:
    data = json.loads(json.dumps(FULL_DATA))
    data["interview"]["no_follow_up"] = True
    data["interview"]["duration_minutes"] = 30
    notes = notes_from_text(json.dumps(data), "notes.json", "json")
    assert notes.interview.no_follow_up is True
    assert notes.interview.duration_minutes == 30


def test_unknown_extension_is_read_as_yaml(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.txt", MINIMAL_YAML))
    assert notes.candidate.name == "Sam Rivera"


def test_notes_are_frozen(tmp_path: Path) -> None:
    notes = load_notes(write(tmp_path, "notes.yaml", MINIMAL_YAML))
    with pytest.raises(ValidationError, match="frozen"):
        notes.position = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "first", "greeting"),
    [
        ("Dana Lee", "Dana", "Dana"),
        ("Dr. Anna Kim", "Anna", "Dr. Kim"),
        ("Prof Raj Patel", "Raj", "Prof. Patel"),
        ("Sir Ian McKellen", "Ian", "Sir Ian"),
        ("Luc", "Luc", "Luc"),
    ],
)
def test_a_title_is_not_a_first_name(name: str, first: str, greeting: str) -> None:
    from afterview.notes.names import first_name, salutation

    assert first_name(name) == first
    assert salutation(name, formal=False) == greeting
