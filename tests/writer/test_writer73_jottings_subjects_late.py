"""writer73: thank-yous that never garble a jotting, subjects a person writes, late thank-yous said once.

Notes invented here (marine salvage, motorsport data, a weld-inspection lab, a bakery, a hospital ward, a
vineyard, a logistics depot, a theatre), never the blind sets'.

1. A noun phrase that keeps a jotting's glue (a 'versus' pair, a count hung on the end after another phrase, a
   possessive with a generic noun and nothing said of it, two phrases glued by 'and') is said before its glue, by
   its head noun phrase, or not at all.
2. A subject thanks and names the talk briefly (≤ 9 words, no colon or dash, never 'Our talk about …'); a topic
   that cannot be said short is left out or said by its head.
3. A thank-you email sent after the 24-hour window says so in one plain clause; one on time, or a card, does not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afterview.writer.adapt import topic
from afterview.writer.garbled import garble, trimmed
from afterview.writer.gate import reads_well
from afterview.writer.late_note import how_late, late_sentence
from afterview.writer.thank_you_subject import conversation_subject, fits
from helpers import draft_json


@pytest.mark.parametrize(
    "jotted",
    [
        "Tern Bay wreck with cut-up vs dredging",  # salvage
        "logging 150+ sensors per run w/ lap timing vs sector times",  # motorsport
        "sourdough levain versus commercial yeast for the wholesale line",  # bakery
        "how the night rota with agency cover compares with bank staff",  # ward
    ],
)
def test_a_versus_pair_is_never_said_as_jotted(jotted: str) -> None:
    said = topic(jotted)
    assert garble(said) is not None or not reads_well(said), said


@pytest.mark.parametrize(
    "said",
    [
        "the reference set for weld defects with 400 images",  # inspection lab
        "the barrel programme for the 2025 vintage with 60 casks",  # vineyard
        "the cross-dock trial at the Leeds depot with 12 doors",  # logistics
        "the touring set for the spring season with 9 trucks",  # theatre
    ],
)
def test_a_count_hung_on_the_end_is_cut_before_its_glue(said: str) -> None:
    assert garble(said) == "a count hung on the end"
    kept = trimmed(said, said)
    assert kept is not None and " with " not in kept and kept in said, kept


@pytest.mark.parametrize("said", ["your rule", "his approach", "their process", "her motto"])
def test_a_possessive_with_nothing_said_of_it_is_not_a_topic(said: str) -> None:
    assert not reads_well(said)
    assert trimmed(said, said) is None  # nothing of it is left to say


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("the start date after Easter and parking allowance", "the start date after Easter"),
        ("the shift pattern on the ward and uniform allowance", "the shift pattern on the ward"),
    ],
)
def test_two_phrases_glued_by_and_keep_the_first(said: str, kept: str) -> None:
    assert garble(said) == "two noun phrases glued"
    assert trimmed(said, said) == kept


@pytest.mark.parametrize(
    "clean",
    [
        "a team with 12 welders",
        "the boiler retrofit with two contractors",
        "the night shift handover and rota",
        "your rota for the spring season",
        "how the wood-fired oven compares with gas",
        "the move to Leeds and relocation support",
        "your approach to triage",
        "the harvest schedule and picking crews",
    ],
)
def test_english_phrases_are_not_called_garbled(clean: str) -> None:
    assert garble(clean) is None, clean


@pytest.mark.parametrize(
    ("topics", "when", "tone"),
    [
        (["the kiln schedule on line 2"], "on Tuesday", "warm"),
        (["the start date after Easter"], "on 17 November", "warm"),
        (["the Tern Bay wreck"], "on 17 November", "formal"),
        (["the barrel programme for the 2025 vintage and cellar staffing"], "yesterday", "concise"),
        (["the patient intake redesign"], "yesterday", "enthusiastic"),
        (["the cross-dock trial at the Leeds depot with 12 doors"], "on Monday", "warm"),
    ],
)
def test_a_subject_thanks_and_names_the_talk_briefly(topics: list[str], when: str, tone: str) -> None:
    body = "Thank you for talking about " + " and ".join(topics) + "."
    for n in range(3):
        said = conversation_subject(topics, when, "Cellar Hand", tone, n, body)
        assert fits(said) and len(said.split()) <= 9, said
        assert said.startswith(("Thank", "With thanks")), said
        assert not said.startswith(("Our talk", "Our conversation")), said
        assert garble(said.split(" about ", 1)[-1]) is None, said


def test_a_long_topic_is_said_by_its_head_in_a_subject() -> None:
    said = conversation_subject(
        ["the kiln schedule on line 2"], "on Tuesday", "Potter", "warm", 0, "the kiln schedule on line 2"
    )
    assert said == "Thank you for Tuesday's conversation about the kiln schedule"


def test_how_late_is_said_plainly() -> None:
    day = date(2026, 11, 17)
    assert how_late(day, date(2026, 11, 19)) == "a day late"
    assert how_late(day, date(2026, 11, 20)) == "a few days late"
    assert how_late(day, date(2026, 11, 27)) == "about a week late"
    assert how_late(day, date(2026, 12, 10)) == "rather late"
    assert late_sentence("due", "email", "warm", day, date(2026, 11, 17)) == ""
    assert late_sentence("overdue", "handwritten", "warm", day, date(2026, 11, 27)) == ""
    formal = late_sentence("overdue", "email", "formal", day, date(2026, 11, 20))
    assert formal == "I apologise that this note comes a few days late."


NOTES = """
candidate:
  name: Priya Nair
  highlights:
    - led the refloat of a 40 m coaster in Falmouth
position: Salvage Engineer
company:
  name: Oceanward Marine
interview:
  at: 2026-11-17T10:00
  timezone: Europe/London
  format: video
interviewers:
  - name: Gareth Lyle
    title: Salvage Master
    role: hiring_manager
    email: gareth@example.com
    topics:
      - Tern Bay wreck with cut-up vs dredging
    challenges:
      - fuel removal before winter storms
  - name: Helen Moss
    title: Talent Partner
    role: recruiter
    email: helen@example.com
    topics:
      - start date after Easter and parking allowance
  - name: Sara Kent
    title: Head of Inspection
    role: peer
    email: sara@example.com
    topics:
      - reference set for weld defects with 400 images
"""


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_thank_yous_say_no_jotting_glue_and_own_up_to_lateness_once(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, NOTES, "--kind", "thank_you", "--now", "2026-11-27T10:00", "--tone", tone)
    notes = [m for m in run["messages"] if m["channel"] == "email"]
    assert len(notes) == 3
    for m in notes:
        body, subject = str(m["body"]), str(m["subject"])
        for glue in (" vs ", "versus", "compares with", "with 400 images", "and parking allowance", "your rule"):
            assert glue not in body and glue not in subject, (glue, body)
        assert not subject.startswith("Our "), subject
        late = [s for s in body.replace("\n", " ").split(". ") if "late" in s or "delay" in s]
        assert len(late) == 1 and "about a week late" in late[0], body
        assert not any(f["severity"] == "error" for f in m["findings"]), m["findings"]


def test_a_thank_you_on_time_says_nothing_of_time(tmp_path: Path) -> None:
    run = draft_json(tmp_path, NOTES, "--kind", "thank_you", "--now", "2026-11-17T13:00")
    for m in run["messages"]:
        assert "late" not in str(m["body"]) and "delay" not in str(m["body"]), m["body"]
