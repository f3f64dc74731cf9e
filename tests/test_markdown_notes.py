"""Markdown notes (.md): the same model as YAML, the same located errors, and a lossless convert both ways."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from afterview.cli import app
from afterview.errors import NotesError
from afterview.notes.dump import dump
from afterview.notes.loader import load_notes, notes_from_text
from afterview.notes.markdown.writer import to_markdown
from afterview.notes.model import Notes
from helpers import EXAMPLES, NOW

YAMLS = sorted(EXAMPLES.glob("*.yaml"))
runner = CliRunner()


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


def md(text: str) -> Notes:
    return notes_from_text(text, "notes.md", "md")


# --- every example has a Markdown twin that means the same --------------------------------------


@pytest.mark.parametrize("path", YAMLS, ids=lambda p: p.stem)
def test_every_example_has_a_markdown_twin_with_the_same_notes(path: Path) -> None:
    twin = path.with_suffix(".md")
    assert twin.is_file(), f"add {twin.name}: every example exists as .md too"
    assert load_notes(twin) == load_notes(path)


@pytest.mark.parametrize("path", YAMLS, ids=lambda p: p.stem)
def test_draft_gives_the_same_messages_from_either_form(path: Path) -> None:
    results = [invoke("draft", str(p), "--now", NOW, "--format", "json") for p in (path, path.with_suffix(".md"))]
    for result in results:
        assert result.exit_code == 0, result.stderr
    docs = [json.loads(r.stdout) for r in results]
    assert docs[0].pop("notes").endswith(".yaml") and docs[1].pop("notes").endswith(".md")
    assert docs[0] == docs[1]


@pytest.mark.parametrize("path", YAMLS, ids=lambda p: p.stem)
@pytest.mark.parametrize("first", ["md", "yaml", "json", "toml"])
def test_convert_round_trips_every_example_through_every_form(path: Path, first: str, tmp_path: Path) -> None:
    original = load_notes(path)
    a, b = tmp_path / f"a.{first}", tmp_path / "b.md"
    assert invoke("convert", str(path), str(a)).exit_code == 0
    assert invoke("convert", str(a), str(b)).exit_code == 0
    assert load_notes(a) == original and load_notes(b) == original
    back = tmp_path / "back.yaml"
    assert invoke("convert", str(b), str(back)).exit_code == 0
    assert load_notes(back) == original


# --- the grammar: forgiving in what it reads ----------------------------------------------------

BRIEF = """\
# Senior Backend Engineer at Acme
- When: 2026-11-24 14:00 America/New_York, 60 minutes, video
- Decision by: 2026-12-05
- Pace: busy · Culture: formal
- Told me not to follow up
## Dana Lee — Engineering Manager (hiring manager)
- Email: dana@acme.example · Channel: email · Timezone: Europe/London · Primary contact
- Talked about: moving billing to event sourcing
- Challenge: nightly batch jobs page the on-call team
- In common: both ran the Chicago marathon
## Me: Sam Rivera
- Highlight: led the Kafka migration at Northwind
- Since: passed the AWS exam
## Company news
- launched Acme Pay in Europe
## Asked me for
- portfolio link
## Sent
- thank-you to Dana Lee on 2026-11-24 18:30, no reply
"""


def test_the_documented_example_fills_every_part_of_the_model() -> None:
    notes = md(BRIEF)
    assert (notes.position, notes.company.name) == ("Senior Backend Engineer", "Acme")
    interview = notes.interview
    assert interview.at == datetime(2026, 11, 24, 14, 0) and interview.timezone == "America/New_York"
    assert (interview.duration_minutes, interview.format.value if interview.format else None) == (60, "video")
    assert interview.decision_by == date(2026, 12, 5) and interview.no_follow_up is True
    assert (notes.company.pace.value, notes.company.culture.value) == ("busy", "formal")
    dana = notes.interviewers[0]
    assert (dana.name, dana.title, dana.role.value) == ("Dana Lee", "Engineering Manager", "hiring_manager")
    assert (dana.email, dana.channel.value, dana.timezone, dana.primary_contact) == (
        "dana@acme.example",
        "email",
        "Europe/London",
        True,
    )
    assert dana.topics == ["moving billing to event sourcing"]
    assert dana.challenges == ["nightly batch jobs page the on-call team"]
    assert dana.rapport == ["both ran the Chicago marathon"]
    assert notes.candidate.name == "Sam Rivera"
    assert notes.candidate.highlights == ["led the Kafka migration at Northwind"]
    assert notes.candidate.since_interview == ["passed the AWS exam"]
    assert notes.company.news == ["launched Acme Pay in Europe"] and notes.requested == ["portfolio link"]
    sent = notes.history[0]
    assert (sent.kind.value, sent.to, sent.at, sent.replied) == (
        "thank_you",
        "Dana Lee",
        datetime(2026, 11, 24, 18, 30),
        False,
    )


LOOSE = """\
<!-- jotted on the train -->
# senior backend engineer @ Acme
* WHEN: Nov 24, 2026 2pm America/New_York
* format: Zoom
* duration: 1 hour 30 min
* she said they'd decide by the 4th
* asked me not to follow up

## Dana Lee, Engineering Manager (HM, primary contact)
* dana@acme.example
* discussed: moving billing to event sourcing
* Pain point: nightly batch jobs page the on-call team
* Rapport: both ran the Chicago marathon
* idempotency keys for retries
* Problems:
    * flaky deploys
    * slow reviews
* Asked me for: portfolio link
* channel: handwritten card

## Priya Shah - Technical Recruiter (recruiter)
### Talked about
- relocation support
- the team's hybrid
  schedule

## About me — Sam Rivera
- led the Kafka migration
- Since the interview: passed the AWS exam

## Already sent
- Thank you to Dana Lee at Nov 24 2026 6:30pm (replied)
"""


def test_case_bullets_synonyms_plain_dates_nesting_and_free_lines_are_understood() -> None:
    notes = md(LOOSE)
    assert (notes.position, notes.company.name) == ("senior backend engineer", "Acme")
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0)
    assert notes.interview.format is not None and notes.interview.format.value == "video"
    assert notes.interview.duration_minutes == 90
    assert notes.interview.decision_by == date(2026, 12, 4)  # "the 4th" after the interview
    assert notes.interview.no_follow_up is True
    dana, priya = notes.interviewers
    assert (dana.title, dana.role.value, dana.primary_contact, dana.email) == (
        "Engineering Manager",
        "hiring_manager",
        True,
        "dana@acme.example",
    )
    assert dana.topics == ["moving billing to event sourcing", "idempotency keys for retries"]
    assert dana.challenges == ["nightly batch jobs page the on-call team", "flaky deploys", "slow reviews"]
    assert dana.channel.value == "handwritten"
    assert (priya.title, priya.role.value) == ("Technical Recruiter", "recruiter")
    assert priya.topics == ["relocation support", "the team's hybrid schedule"]
    assert notes.requested == ["portfolio link"]
    assert notes.candidate.name == "Sam Rivera" and notes.candidate.highlights == ["led the Kafka migration"]
    assert notes.history[0].replied is True and notes.history[0].at == datetime(2026, 11, 24, 18, 30)


def test_a_topic_with_a_colon_that_is_no_tag_stays_a_topic() -> None:
    notes = md(
        BRIEF.replace("- Talked about: moving billing", "- Kafka: the good parts\n- Talked about: moving billing")
    )
    assert notes.interviewers[0].topics[0] == "Kafka: the good parts"


def test_every_field_of_the_model_is_written_and_read_back() -> None:
    """A notes file with every optional field set: Markdown carries all of it."""
    notes = md(BRIEF)
    full = notes.model_copy(
        update={
            "interview": notes.interview.model_copy(update={"outcome": notes.interview.outcome.__class__("rejected")}),
            "candidate": notes.candidate.model_copy(update={"email": "sam@example.com"}),
        }
    )
    data = full.model_dump(mode="json")
    data["interviewers"][0]["channel"] = "linkedin"
    data["history"][0]["replied"] = True
    data["history"].append({"kind": "status_check", "to": "Dana Lee", "at": "2026-12-08T10:00:00-05:00"})
    if "greet_as" in data["interviewers"][0]:
        data["interviewers"][0]["greet_as"] = "Dr. Lee"
    every = Notes.model_validate(data)
    assert md(to_markdown(every)) == every


# --- errors: the line of the bullet or heading, the field, and what to write --------------------

ERRORS = [
    # (line to replace, new text, expected line, field, gist…)
    (
        6,
        "## Dana Lee — Engineering Manager (bigwig)",
        6,
        "interviewers[0].role",
        "'bigwig' is not one of",
        "(hiring manager)",
    ),
    (6, "## Dana Lee (hiring manger)", 6, "interviewers[0].role", "did you mean 'hiring manager'"),
    (8, "- Talkd about: moving billing", 8, "", "unknown tag 'Talkd about:'", "did you mean 'Talked about:'"),
    (8, "- Chalenge: on-call", 8, "", "did you mean 'Challenge:'"),
    (2, "- When: 2026-11-24 14:00 America/New_Yrok", 2, "interview.timezone", "did you mean 'America/New_York'"),
    (2, "- When: 2026-11-24 14:00", 2, "interview.timezone", "required", "When line"),
    (2, "- When: 2026-11-24 America/New_York", 2, "interview.at", "needs a time"),
    (2, "- When: Nov 24 2pm America/New_York", 2, "interview.at", "full date", "2026-11-24 14:00"),
    (2, "- When: 2026-11-24 14:00 EST", 2, "interview.timezone", "abbreviation"),
    (3, "- Decision by: end of month", 3, "interview.decision_by", "not a date", "Dec 4"),
    (3, "- Decision by: 2026-11-01", 3, "interview.decision_by", "before the interview"),
    (3, "- Decision by: 12/4", 3, "interview.decision_by", "day/month or month/day"),
    (4, "- Pace: slow", 4, "company.pace", "'slow' is not one of normal, busy, urgent", "- Pace: busy"),
    (4, "- Duration: forever", 4, "interview.duration_minutes", "not a length of time"),
    (5, "- random note", 5, "", "not something afterview reads", "When:"),
    (5, "- Talked about: billing", 5, "", "belongs under a person's heading"),
    (5, "# Another interview", 5, "", "a second '# ' heading", "first is on line 1"),
    (7, "- Email: dana.acme.example", 7, "interviewers[0].email", "is not one email address"),
    (7, "- Channel: pigeon", 7, "interviewers[0].channel", "'pigeon' is not one of email, handwritten, linkedin"),
    (7, "- Primary contact: maybe", 7, "interviewers[0].primary_contact", "not yes or no"),
    (11, "## Me", 11, "candidate.name", "required", "## Me: Your Name"),
    (14, "## Compnay news", 14, "", "did you mean '## Company news'"),
    (19, "- thank-you to Dana Le on 2026-11-24 18:30", 19, "history[0].to", "did you mean 'Dana Lee'"),
    (19, "- postcard to Dana Lee on 2026-11-24 18:30", 19, "history[0].kind", "'postcard' is not one of thank-you"),
    (19, "- thanks to Dana Lee", 19, "history", "needs when you sent it"),
    (1, "# Senior Backend Engineer", 1, "company.name", "required", "# <position> at <company>"),
    (6, "## Me: Dana Lee", 11, "candidate.name", "given twice", "first on line 6"),
]


@pytest.mark.parametrize(
    ("line", "new", "at", "field", "gist"),
    [(c[0], c[1], c[2], c[3], c[4:]) for c in ERRORS],
    ids=[c[1] for c in ERRORS],
)
def test_bad_markdown_gets_one_located_error_saying_what_to_write(
    line: int, new: str, at: int, field: str, gist: tuple[str, ...]
) -> None:
    lines = BRIEF.splitlines()
    lines[line - 1] = new
    with pytest.raises(NotesError) as caught:
        md("\n".join(lines) + "\n")
    where = f"notes.md:{at}: {field}: " if field else f"notes.md:{at}: "
    found = [m for m in str(caught.value).splitlines() if m.startswith(where)]
    assert found, f"no problem at {where!r} in:\n{caught.value}"
    assert all(g.lower() in found[0].lower() for g in gist), found[0]


def test_errors_reach_the_command_line_as_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "notes.md"
    bad.write_text(BRIEF.replace("(hiring manager)", "(bigwig)"))
    result = invoke("draft", str(bad), "--now", NOW)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"afterview: error: {bad}:6: interviewers[0].role: 'bigwig' is not one of")
    assert "Traceback" not in result.stderr and result.stdout == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from("#-*:·()—,. \n\tabcXYZ0129@/<!>"), max_size=300))
def test_any_text_is_notes_or_our_error_never_a_crash(text: str) -> None:
    try:
        md(text)
    except NotesError as exc:
        assert all(line.startswith("notes.md") for line in str(exc).splitlines())


# --- a generated notes model survives Markdown (and YAML, JSON, TOML) unchanged -----------------

_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéñ0123456789"), min_size=1, max_size=8
)
_PUNCT = st.sampled_from(
    ["", "", "", ",", ":", "'s", "-x", "(", ")", "—", "#", "@", "/", " at", "&", "%", ".", "!", "?"]
)
_ANY = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=20)
TEXT = st.one_of(
    st.lists(st.tuples(_WORD, _PUNCT).map("".join), min_size=1, max_size=6).map(" ".join),
    _ANY.map(lambda s: " ".join(s.split())).filter(bool),  # any script: 'İ' lower-cases to two characters
)
TEXTS = st.lists(TEXT, max_size=3)
ZONES = st.sampled_from(["America/New_York", "Europe/London", "Asia/Kolkata", "UTC", "Australia/Lord_Howe"])
ENUM = st.sampled_from


@st.composite
def notes_models(draw: st.DrawFn) -> Notes:
    start = draw(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))).replace(
        second=draw(st.sampled_from([0, 0, 0, 30])), microsecond=0
    )
    if draw(st.booleans()) and draw(st.booleans()):
        start = start.replace(tzinfo=timezone(timedelta(hours=draw(st.integers(-11, 12)))))
    names = draw(st.lists(TEXT, min_size=1, max_size=4, unique_by=lambda n: " ".join(n.casefold().split())))
    primary = draw(st.sampled_from([None, *range(len(names))]))
    people = []
    for n, name in enumerate(names):
        person: dict[str, Any] = {
            "name": name,
            "topics": draw(TEXTS),
            "challenges": draw(TEXTS),
            "rapport": draw(TEXTS),
        }
        for key, strategy in (
            ("title", TEXT),
            ("role", ENUM(["hiring_manager", "recruiter", "peer", "executive", "other"])),
            ("email", st.sampled_from(["a@b.example", "x.y@z.example"])),
            ("channel", ENUM(["email", "handwritten", "linkedin"])),
            ("timezone", ZONES),
            ("requested", TEXTS),  # what this person asked for: also one of the notes' requested
        ):
            if draw(st.booleans()):
                person[key] = draw(strategy)
        person["primary_contact"] = primary == n
        people.append(person)
    history = [
        {
            "kind": draw(ENUM(["thank_you", "status_check", "feedback_request"])),
            "to": draw(st.sampled_from(names)),
            "at": (start.replace(tzinfo=None) + timedelta(hours=draw(st.integers(1, 500)))).isoformat(),
            "replied": draw(st.booleans()),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    interview: dict[str, Any] = {
        "at": start.isoformat(),
        "timezone": draw(ZONES),
        "duration_minutes": draw(st.integers(1, 600)),
        "no_follow_up": draw(st.booleans()),
        "outcome": draw(ENUM(["pending", "offer", "rejected", "withdrawn"])),
    }
    if draw(st.booleans()):
        interview["format"] = draw(ENUM(["onsite", "video", "phone"]))
    if draw(st.booleans()):
        interview["decision_by"] = (start.date() + timedelta(days=draw(st.integers(3, 60)))).isoformat()
    data = {
        "candidate": {
            "name": draw(TEXT),
            "highlights": draw(TEXTS),
            "since_interview": draw(TEXTS),
            **({"email": "me@home.example"} if draw(st.booleans()) else {}),
        },
        "position": draw(TEXT),
        "company": {
            "name": draw(TEXT),
            "news": draw(TEXTS),
            "pace": draw(ENUM(["normal", "busy", "urgent"])),
            "culture": draw(ENUM(["formal", "neutral", "casual"])),
        },
        "interview": interview,
        "interviewers": people,
        "requested": draw(TEXTS),
        "history": history,
    }
    return Notes.model_validate(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes_models())
def test_any_notes_model_survives_every_form_unchanged(notes: Notes) -> None:
    for kind in ("md", "yaml", "json", "toml"):
        assert notes_from_text(dump(notes, kind), f"notes.{kind}", kind) == notes, kind


# --- init, convert, batch -----------------------------------------------------------------------


def test_init_format_md_writes_a_commented_example_that_drafts(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    result = invoke("init", "--format", "md", str(target))
    assert result.exit_code == 0, result.stderr
    text = target.read_text()
    assert text.count("<!--") >= 3 and "# " in text
    assert load_notes(target) == md(text)
    drafted = invoke("draft", str(target), "--now", NOW)
    assert drafted.exit_code == 0 and "Thank-you to Dana Lee" in drafted.stdout
    again = invoke("init", "--format", "md", str(target))
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_init_takes_the_form_from_the_extension_and_defaults_to_notes_md(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("init", "mine.md").exit_code == 0
    assert (tmp_path / "mine.md").read_text().startswith("<!--")
    assert invoke("init", "--format", "md").exit_code == 0 and (tmp_path / "notes.md").is_file()
    printed = invoke("init", "--format", "md", "-")
    assert printed.exit_code == 0 and "## Dana Lee" in printed.stdout


def test_convert_refuses_to_overwrite_and_needs_a_known_form(tmp_path: Path) -> None:
    target = tmp_path / "panel.md"
    target.write_text("mine")
    result = invoke("convert", str(EXAMPLES / "panel.yaml"), str(target))
    assert result.exit_code == 2 and "already exists" in result.stderr and target.read_text() == "mine"
    assert invoke("convert", str(EXAMPLES / "panel.yaml"), str(target), "--force").exit_code == 0
    assert load_notes(target) == load_notes(EXAMPLES / "panel.yaml")
    odd = invoke("convert", str(EXAMPLES / "panel.yaml"), str(tmp_path / "panel.txt"))
    assert odd.exit_code == 2 and ".md, .yaml, .json or .toml" in odd.stderr
    printed = invoke("convert", str(EXAMPLES / "panel.md"), "-", "--to", "yaml")
    assert printed.exit_code == 0 and printed.stdout.startswith("candidate:")


def test_convert_of_bad_notes_is_the_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(BRIEF.replace("- Pace: busy", "- Pase: busy"))
    result = invoke("convert", str(bad), str(tmp_path / "out.yaml"))
    assert result.exit_code == 2 and f"{bad}:4: " in result.stderr and "did you mean 'Pace:'" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_batch_finds_markdown_notes_in_a_folder(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "acme.md").write_text((EXAMPLES / "panel.md").read_text())
    (inbox / "fernway.yaml").write_text((EXAMPLES / "single.yaml").read_text())
    result = invoke("batch", str(inbox), "--out", str(tmp_path / "out"), "--now", NOW, "--format", "json")
    assert result.exit_code == 0, result.stderr
    files = {Path(f["notes"]).name: f["status"] for f in json.loads(result.stdout)["files"]}
    assert files == {"acme.md": "drafted", "fernway.yaml": "drafted"}


# --- import: text in the Markdown conventions is taken; free text offline says what to write ----


def test_import_takes_text_that_follows_the_conventions(tmp_path: Path) -> None:
    source = tmp_path / "jotted.txt"
    source.write_text(LOOSE)
    result = invoke("import", str(source))
    assert result.exit_code == 0, result.stderr
    target = tmp_path / "jotted.md"
    assert target.read_text() == LOOSE and load_notes(target) == md(LOOSE)
    again = invoke("import", str(source))
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_import_of_free_text_offline_says_the_markdown_conventions_are_the_way_in(tmp_path: Path) -> None:
    source = tmp_path / "free.txt"
    source.write_text("Met Dana Lee from Acme today about the backend role.\nShe said they decide by the 4th.\n")
    result = invoke("import", str(source))
    assert result.exit_code == 2
    first, *rest = result.stderr.splitlines()
    assert first.startswith(f"afterview: error: {source}: free text needs an LLM") and "none is configured" in first
    assert "Markdown conventions are the way in" in first and "afterview init --format md" in first
    assert rest and f"{source}:1:" in rest[0]
    assert not (tmp_path / "free.md").exists() and result.stdout == ""


@pytest.mark.parametrize("when", ["9999-12-31 23:59-12:00 UTC", "0001-01-01 00:00 UTC"])
@pytest.mark.parametrize("decision", ["tomorrow", "Friday", "the 4th", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_one_located_error(when: str, decision: str) -> None:
    text = f"# A at B\n- When: {when}\n- Decision by: {decision}\n## D\n## Me: X\n"
    text += "## Sent\n- thank-you to D on Friday 2pm\n"
    with pytest.raises(NotesError) as caught:
        md(text)
    assert str(caught.value).startswith("notes.md:2: interview.at: ") and "not a plausible date" in str(caught.value)


def test_date_and_time_on_separate_lines_and_a_bracketed_timezone() -> None:
    text = "# A at B\n- Date: Nov 24, 2026\n- Time: 2pm (America/New_York)\n## D\n## Me: X\n"
    text += "## Sent\n- thanks to D, Nov 25 2026 9am\n"
    notes = md(text)
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0) and notes.interview.timezone == "America/New_York"
    assert notes.history[0].at == datetime(2026, 11, 25, 9, 0)


@pytest.mark.parametrize(
    ("heading", "position", "company", "fmt", "minutes"),
    [
        (
            "Senior Backend Engineer at Acme — 2026-11-24 14:00 America/New_York, video",
            "Senior Backend Engineer",
            "Acme",
            "video",
            60,
        ),
        (
            "Senior Backend Engineer at Acme, Nov 24, 2026, 2pm America/New_York, 45 minutes, onsite",
            "Senior Backend Engineer",
            "Acme",
            "onsite",
            45,
        ),
        (
            "Senior Backend Engineer — Acme | 2026-11-24 14:00 America/New_York",
            "Senior Backend Engineer",
            "Acme",
            None,
            60,
        ),
    ],
)
def test_the_first_heading_can_carry_when_and_how(
    heading: str, position: str, company: str, fmt: str | None, minutes: int
) -> None:
    notes = md(f"# {heading}\n## Dana Lee\n## Me: Sam\n")
    assert (notes.position, notes.company.name) == (position, company)
    assert notes.interview.at == datetime(2026, 11, 24, 14, 0) and notes.interview.timezone == "America/New_York"
    assert (notes.interview.format.value if notes.interview.format else None, notes.interview.duration_minutes) == (
        fmt,
        minutes,
    )


def test_a_company_with_digits_is_not_taken_for_a_date() -> None:
    notes = md("# Senior Engineer, Platform at Studio 54\n- When: 2026-11-24 14:00 UTC\n## D\n## Me: X\n")
    assert (notes.position, notes.company.name) == ("Senior Engineer, Platform", "Studio 54")


def test_free_lines_under_a_person_say_what_they_are() -> None:
    text = """\
# A at B
- When: 2026-11-24 14:00 UTC
- I'll send them references.
## Dana
- We discussed the roadmap for billing
- She asked me for my portfolio link
- We both ran the Chicago marathon
- how the team asked for feedback
- dana@acme.example
- Primary contact
## Me: X
"""
    notes = md(text)
    dana = notes.interviewers[0]
    assert notes.requested == ["references", "my portfolio link"]
    assert dana.topics == ["the roadmap for billing", "how the team asked for feedback"]
    assert dana.rapport == ["both ran the Chicago marathon"]
    assert dana.email == "dana@acme.example" and dana.primary_contact is True


def test_a_heading_of_ones_own_jottings_is_not_taken_for_a_person() -> None:
    text = "# A at B\n- When: 2026-11-24 14:00 UTC\n## Dana\n## Next steps\n- they decide by Dec 4\n## Me: X\n"
    assert md(text).interview.decision_by == date(2026, 12, 4)  # 'Next steps' belongs to the interview
    with pytest.raises(NotesError) as caught:
        md(text + "## Notes\n- good vibes\n")
    assert str(caught.value).startswith("notes.md:7: '## Notes' is not a section afterview reads")
    assert len(str(caught.value).splitlines()) == 1  # its bullets are not reported again


def test_people_can_be_a_list_under_an_interviewers_heading() -> None:
    text = """\
# A at B
- When: 2026-11-24 14:00 UTC
## Interviewers
- Dana Lee — Engineering Manager (hiring manager)
  - Talked about: billing
  - Challenges:
    - flaky deploys
    - slow reviews
  - dana@acme.example
- Marcus Chen, Staff Engineer (peer)
  - idempotency keys
## Me: X
"""
    dana, marcus = md(text).interviewers
    assert (dana.title, dana.role.value, dana.email) == ("Engineering Manager", "hiring_manager", "dana@acme.example")
    assert dana.topics == ["billing"] and dana.challenges == ["flaky deploys", "slow reviews"]
    assert (marcus.name, marcus.title, marcus.role.value, marcus.topics) == (
        "Marcus Chen",
        "Staff Engineer",
        "peer",
        ["idempotency keys"],
    )


def test_a_line_that_goes_on_after_not_to_follow_up_keeps_the_status_check(tmp_path: Path) -> None:
    from afterview.errors import NotesError
    from afterview.notes.loader import load_notes

    lines = (EXAMPLES / "single.md").read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("# ")) + 1

    def with_line(name: str, line: str) -> Path:
        path = tmp_path / name
        path.write_text("\n".join([*lines[:at], line, *lines[at:]]) + "\n", encoding="utf-8")
        return path

    assert load_notes(with_line("told.md", "- Told me not to follow up")).interview.no_follow_up is True
    other = with_line("other.md", "- She told me not to follow up with the recruiter, but to email her directly")
    try:
        assert load_notes(other).interview.no_follow_up is False
    except NotesError as exc:  # or a located question about the line: never a silent "no follow-up"
        assert "other.md:" in str(exc)


def test_markdown_reads_culture_pace_and_role_the_way_new_does(tmp_path: Path) -> None:
    from afterview.notes.loader import load_notes

    notes = tmp_path / "n.md"
    text = BRIEF.replace("(hiring manager)", "(my boss)")
    text = text.replace("- Pace: busy · Culture: formal", "- Pace: very busy · Culture: pretty relaxed")
    notes.write_text(text, encoding="utf-8")
    loaded = load_notes(notes)
    assert loaded.company.culture.value == "casual" and loaded.company.pace.value == "busy"
    assert loaded.interviewers[0].role.value == "hiring_manager"
