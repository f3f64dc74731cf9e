"""Notes jotted as people write them (issue 17, blind set 6 classes): names as prefixes, asides in
brackets, fragments, dates nobody is credited with. Driven through the real CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import draft_json

NOTES = """
candidate:
  name: Aroha Ngata
  highlights:
    - 4 seasons field agronomist
    - built a soil-test dashboard used by 40 growers
position: Agronomy Lead
company:
  name: Kaimai Growers
  culture: casual
interview:
  at: 2026-11-30T10:00
  timezone: Pacific/Auckland
interviewers:
  - name: Hemi Walker
    title: Operations Manager
    role: hiring_manager
    email: hemi@kaimai.example
    topics: [nitrogen budgets on the river blocks]
  - name: Kevin Hollis
    role: recruiter
    email: kevin@kaimai.example
    topics: [relocation support]
  - name: Kendra Lowe
    title: Senior Agronomist
    role: peer
    email: kendra@kaimai.example
    topics: [the spray diary app]
  - name: Priya Nair
    role: peer
    channel: handwritten
    topics: [trial plots]
requested:
{requested}
"""


draft = draft_json


def thanks(run: dict) -> dict[str, str]:
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


@pytest.mark.parametrize(
    ("requested", "owner", "said", "pasted"),
    [
        (
            '  - "Hemi: copy of the Massey nutrient cert (have the PDF)"',
            "Hemi Walker",
            "copy of the Massey nutrient cert",
            ("Hemi:", "have the PDF"),
        ),
        ("  - writing sample for Kevin", "Kevin Hollis", "writing sample", ("for Kevin",)),
        ("  - Kendra - forklift cert", "Kendra Lowe", "forklift cert", ("Kendra -",)),
        (
            "  - Kendra Lowe — photos of the trial rows [on my phone]",
            "Kendra Lowe",
            "photos of the trial rows",
            ("Kendra Lowe —", "on my phone"),
        ),
        ("  - the spray records, to Hemi", "Hemi Walker", "spray records", ("to Hemi",)),
    ],
)
def test_an_item_that_names_its_person_goes_to_them_alone_without_the_name(
    tmp_path: Path, requested: str, owner: str, said: str, pasted: tuple[str, ...]
) -> None:
    bodies = thanks(draft(tmp_path, NOTES.format(requested=requested), "--now", "2026-11-30T17:00"))
    assert said in bodies[owner]
    for name, body in bodies.items():
        for raw in pasted:
            assert raw not in body
        if name != owner:
            assert said not in body, name


def test_each_item_is_sent_once_and_the_unnamed_ones_by_the_usual_rule(tmp_path: Path) -> None:
    requested = "\n".join(
        [
            '  - "Hemi: copy of the cert (have the PDF)"',
            "  - writing sample for Kevin",
            "  - Kendra - forklift cert",
            "  - two references",
        ]
    )
    bodies = thanks(draft(tmp_path, NOTES.format(requested=requested), "--now", "2026-11-30T17:00"))
    for item in ("copy of the cert", "writing sample", "forklift cert", "two references"):
        assert sum(item in body for body in bodies.values()) == 1, item
    assert "copy of the cert" in bodies["Hemi Walker"]
    assert "writing sample" in bodies["Kevin Hollis"]
    assert "forklift cert" in bodies["Kendra Lowe"]


def test_an_item_for_someone_thanked_by_card_is_not_lost(tmp_path: Path) -> None:
    bodies = thanks(
        draft(tmp_path, NOTES.format(requested='  - "Priya: seed trial data (xlsx)"'), "--now", "2026-11-30T17:00")
    )
    carried = [name for name, body in bodies.items() if "seed trial data" in body]
    assert len(carried) == 1
    assert "Priya:" not in bodies[carried[0]] and "xlsx" not in bodies[carried[0]]


GREET = """
candidate:
  name: Anna Kovacs
  highlights: [ran the QA lab for 3 years]
position: Lab Manager
company:
  name: Trans Kft.
  culture: {culture}
interview:
  at: 2026-11-30T10:00
  timezone: Europe/Budapest
interviewers:
  - name: Nagy Eszter
    role: hiring_manager
    email: e@x.example
    topics: [{norm}the new assay line]
  - name: Martin Feld
    title: {title}
    role: peer
    email: m@x.example
    topics: [his team's sequencing backlog]
"""


def greetings(run: dict) -> dict[str, str]:
    return {m["to"]: m["body"].splitlines()[0] for m in run["messages"] if m["kind"] == "thank_you"}


@pytest.mark.parametrize(
    "norm", ["first names all round, ", "everyone on a first-name basis, ", "first names only - very relaxed, "]
)
@pytest.mark.parametrize("culture", ["neutral", "formal"])
def test_first_names_as_the_norm_give_the_given_name_of_a_family_name_first_name(
    tmp_path: Path, norm: str, culture: str
) -> None:
    said = greetings(
        draft(tmp_path, GREET.format(culture=culture, norm=norm, title="Scientist"), "--now", "2026-11-30T15:00")
    )
    assert said["Nagy Eszter"] in ("Dear Eszter,", "Hi Eszter,")


@pytest.mark.parametrize("title", ["Head of Research, PhD", "Dr. (Senior Scientist)", "Principal Scientist, Ph.D."])
def test_an_academic_title_wins_over_mr_or_ms(tmp_path: Path, title: str) -> None:
    said = greetings(draft(tmp_path, GREET.format(culture="formal", norm="", title=title), "--now", "2026-11-30T15:00"))
    assert said["Martin Feld"] == "Dear Dr. Feld,"


STATUS = """
candidate:
  name: Sam Rivera
  highlights: [cut warehouse query costs by 35%]
position: {position}
company:
  name: {company}
  culture: {culture}
interview:
  at: 2026-11-16T10:00
  timezone: America/New_York
  decision_by: 2026-11-20
interviewers:
  - name: Dana Lee
    role: recruiter
    email: dana@x.example
    primary_contact: true
    topics: [relocation support]
  - name: Marcus Webb
    role: hiring_manager
    email: marcus@x.example
    topics: [the data platform]
history:
  - kind: thank_you
    to: Dana Lee
    at: 2026-11-16T15:00
  - kind: thank_you
    to: Marcus Webb
    at: 2026-11-16T15:00
"""


@pytest.mark.parametrize("company", ["Acme", "Initech", "Globex", "Umbrella", "Hooli", "Vandelay"])
@pytest.mark.parametrize("culture", ["neutral", "formal"])
def test_a_decision_date_is_not_credited_to_the_reader(tmp_path: Path, company: str, culture: str) -> None:
    run = draft(
        tmp_path,
        STATUS.format(position="Data Engineer", company=company, culture=culture),
        "--now",
        "2026-11-30T10:00",
    )
    body = next(m["body"] for m in run["messages"] if m["kind"] == "status_check")
    assert "November 20" in body
    assert not re.search(r"\byou (?:mentioned|indicated|said|told|shared)\b", body, re.I)


FRAGMENTS = """
candidate:
  name: Aroha Ngata
  highlights:
    - {tenure}
position: Agronomy Lead
company:
  name: {company}
  culture: {culture}
interview:
  at: 2026-11-30T10:00
  timezone: Pacific/Auckland
interviewers:
  - name: Hemi Walker
    role: hiring_manager
    email: hemi@kaimai.example
    topics: [{topic}, irrigation scheduling]
    challenges: [{challenge}]
    rapport: ["{rapport}"]
  - name: Kendra Lowe
    role: peer
    email: kendra@kaimai.example
    topics: ["{found}", the spray diary app]
"""

CASES = [
    (
        "4 seasons field agronomist",
        "markdowns ate margin last fall",
        "AOG parts",
        "he's a Hurricanes fan, me Chiefs, banter",
        "finding out that bears season ticket holder",
        "Kaimai Growers",
        "casual",
    ),
    (
        "6 yrs orchard hand",
        "frost took half the crop in 2024",
        "spare parts",
        "she's a Crusaders fan, me Blues, lots of banter",
        "learned that rugby club treasurer",
        "Orchard Co",
        "neutral",
    ),
    (
        "3 harvests vineyard supervisor",
        "growers left for the co-op",
        "pump maintenance",
        "he's into trail running, me too, swapped routes",
        "heard that dog show judge",
        "Coldwater",
        "formal",
    ),
]


@pytest.mark.parametrize(("tenure", "topic", "challenge", "rapport", "found", "company", "culture"), CASES)
def test_fragment_heads_are_not_placed_in_frames_they_cannot_fill(
    tmp_path: Path, tenure: str, topic: str, challenge: str, rapport: str, found: str, company: str, culture: str
) -> None:
    notes = FRAGMENTS.format(
        tenure=tenure, topic=topic, challenge=challenge, rapport=rapport, found=found, company=company, culture=culture
    )
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft(tmp_path, notes, "--now", "2026-11-30T15:00", "--tone", tone)
        text = "\n".join(m["body"] for m in run["messages"])
        # a time in a job is never a clause ('how 4 seasons field agronomist'), nor pasted as one
        assert not re.search(r"\b(?:how|that) " + re.escape(tenure), text)
        assert "my " + tenure not in text
        # a clause is never given an article as if it were a noun ('the markdowns ate margin')
        assert "the " + topic not in text
        # the candidate's own jottings after the rapport clause stay out
        assert rapport.split(", ", 1)[1] not in text
        # a "that" with nothing after it that could be a clause is not pasted
        assert found not in text
        # a problem named with nothing said about it ('I have given further thought to AOG parts.')
        assert not re.search(r"(?:thought to|thinking about|coming back to|reflected further on) " + challenge, text)


def test_a_time_in_a_job_reads_as_a_time_in_a_job(tmp_path: Path) -> None:
    from afterview.writer.shapes import experience_noun, highlight_clause, is_clause

    assert experience_noun("4 seasons field agronomist") == "my four seasons as a field agronomist"
    assert highlight_clause("6 yrs charge nurse") == "I spent six years as a charge nurse"
    assert not is_clause("4 seasons field agronomist")
    assert is_clause("markdowns ate margin last fall")
    assert experience_noun("10 years of Go") == "my 10 years of Go"


@pytest.mark.parametrize(
    ("start", "now", "said", "never"),
    [
        # drafted the same evening, due by the next morning: true whether sent now or then
        ("2026-11-30T20:00", "2026-11-30T21:05", "on Monday", ("today", "yesterday")),
        ("2026-11-30T19:30", "2026-11-30T23:00", "on Monday", ("today", "yesterday")),
        # sent the next day, its recommended time past: "yesterday" holds
        ("2026-11-30T20:00", "2026-12-01T15:05", "yesterday", ("today",)),
        # sent the same day, its recommended time past: "today" holds
        ("2026-11-30T10:00", "2026-11-30T15:00", "today", ("yesterday",)),
    ],
)
def test_a_relative_day_is_said_only_when_the_send_moment_supports_it(
    tmp_path: Path, start: str, now: str, said: str, never: tuple[str, ...]
) -> None:
    notes = NOTES.format(requested="  - two references").replace("at: 2026-11-30T10:00", "at: " + start)
    run = draft(tmp_path, notes, "--now", now)
    for m in run["messages"]:
        if m["kind"] != "thank_you" or m["channel"] != "email":
            continue
        text = (m["subject"] or "") + "\n" + m["body"]
        assert said in text, m["to"]
        for word in never:
            assert not re.search(rf"\b{word}\b", text), (m["to"], word)


@pytest.mark.parametrize("item", [".", "-", "!!", "…", "?"])
def test_an_item_with_no_words_is_never_said_and_breaks_nothing(tmp_path: Path, item: str) -> None:
    """Found by the loaders' fuzzing: a highlight of punctuation alone once raised IndexError in the writer."""
    text = f"""\
candidate:
  name: Sam Rivera
  highlights: ["{item}", led the Kafka migration at Northwind]
position: Senior Backend Engineer
company: {{name: Acme}}
interview: {{at: 2026-11-24T14:00, timezone: America/New_York}}
interviewers:
  - name: Dana Lee
    role: hiring_manager
    email: dana@acme.example
    topics: ["{item}", moving billing to event sourcing]
    challenges: ["{item}", nightly batch jobs page the on-call team]
"""
    out = draft_json(tmp_path, text, "--now", "2026-11-24T16:00")
    for m in out["messages"]:
        assert f"my {item}" not in m["body"] and f" {item} " not in m["body"], m["body"]
