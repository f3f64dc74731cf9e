"""Issue 17 (writer43): nothing in an offline draft reads pasted from the notes — small counts in words, no year
range left after a clause, no 'there' pointing at nothing, no two 'with' phrases run together. Own notes (a
ferry operator, an organ builder), sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.notes_traces import mended, mended_sentence, pasted
from afterview.writer.sentence_check import faults
from helpers import draft_json


@pytest.mark.parametrize(
    ("jotted", "written"),
    [
        (
            "We walked through the crossing plan with 3 deckhands.",
            "We walked through the crossing plan with three deckhands.",
        ),
        ("My notice period is 2 months.", "My notice period is two months."),
        ("I rebuilt the bellows with my crew of 5.", "I rebuilt the bellows with my crew of five."),
        ("4 voicers joined the workshop.", "Four voicers joined the workshop."),
        # a figure beside the count keeps both in digits; a measure, a time, a label and a date keep theirs
        ("Loading went from 14 minutes to 9 minutes.", "Loading went from 14 minutes to 9 minutes."),
        ("The hull is 8 m long.", "The hull is 8 m long."),
        ("We meet at 3 pm on Friday.", "We meet at 3 pm on Friday."),
        ("The berth 2 ramp is new.", "The berth 2 ramp is new."),
        ("The Phase 3 terminal opens soon.", "The Phase 3 terminal opens soon."),
        ("I can start on 7 January.", "I can start on 7 January."),
    ],
)
def test_small_counts_are_written_in_words_where_nothing_beside_them_is_a_figure(jotted: str, written: str) -> None:
    assert mended_sentence(jotted) == written


def test_a_year_range_after_a_clause_becomes_a_phrase_and_here_about_their_place_is_left_out() -> None:
    said = mended_sentence("I liked hearing how you trained as a pipe maker here 2011-14.")
    assert said == "I liked hearing how you trained as a pipe maker from 2011 to 2014."
    assert mended_sentence("I would be glad to do the same here.") == "I would be glad to do the same here."


def test_a_span_of_years_run_into_its_work_takes_its_preposition() -> None:
    assert mended_sentence("I bring six years tuning and repair of pipe organs.") == (
        "I bring six years of tuning and repair of pipe organs."
    )
    assert mended_sentence("I spent four years sailing and upkeep of ferries.") == (
        "I spent four years on sailing and upkeep of ferries."
    )
    assert mended_sentence("I spent four years sailing ferries.") == "I spent four years sailing ferries."


def test_a_deed_is_talked_about_never_gone_over() -> None:
    said = mended_sentence("Thank you for going over moving the timetables to an app with me.")
    assert said == "Thank you for talking about moving the timetables to an app with me."
    kept = "Thank you for walking me through the crossing schedule."
    assert mended_sentence(kept) == kept


def test_there_with_no_place_named_before_it_is_left_out_and_kept_when_one_is() -> None:
    body = "Hi Ana,\n\nThank you for today. I set up a spare-parts shelf there.\n\nBest,\nLuis\n"
    assert "shelf there" not in mended(body)
    assert "I set up a spare-parts shelf." in mended(body)
    named = "Hi Ana,\n\nAt Ría Ferries I ran the night crossings. I set up a spare-parts shelf there.\n\nBest,\nLuis\n"
    assert mended(named) == named
    # the reader's own company is no place the candidate's 'there' points at
    assert "shelf there" not in mended(named, "Ría Ferries")


def test_the_greeting_and_the_sign_off_are_never_touched() -> None:
    body = "Hi Ana,\n\nThank you for the 2 tours.\n\nBest,\nLuis\nUnit 4 Harbour Road\n"
    assert mended(body) == "Hi Ana,\n\nThank you for the two tours.\n\nBest,\nLuis\nUnit 4 Harbour Road\n"


def test_two_with_phrases_run_together_are_a_fault() -> None:
    assert pasted("Boarding time fell with a new ramp with my team of four.")
    assert faults("Boarding time fell with a new ramp with my team of four.")
    # a verb between them, a 'with you', a year a preposition takes: all said so
    assert pasted("I talked with the pilots about working with tugs.") is None
    assert pasted("Thank you for explaining the storm season with demand grows.")  # a clause hung on 'with'
    assert pasted("I worked with a crew that grows each year.") is None
    assert pasted("Thank you for meeting with me today to discuss the Deck Officer role.") is None
    assert pasted("It was good to talk with the master who oversees the crossings.") is None
    # a meeting takes its people with 'with': no pasted run (a recruiter's three stages lost their final round)
    assert pasted("Thanks for the two stages so far, with a last call with the harbour master.") is None
    assert pasted("Turnaround fell with a new crane with the night shift.")  # a thing, not a meeting, before it


def test_a_year_pasted_after_its_clause_is_said_when_and_an_edition_or_a_date_stays() -> None:
    assert mended_sentence("I voiced the Bergen organ 2019.") == "I voiced the Bergen organ in 2019."
    assert mended_sentence("I moved to Tromsø 2021.") == "I moved to Tromsø in 2021."
    for said in (
        "We won the Nordic Organ Prize 2024.",
        "We talked about the timetable for 2027.",
        "I left in May 2025.",
    ):
        assert mended_sentence(said) == said


FERRY = """
candidate:
  name: Lucía Ferreiro
  highlights:
    - rebuilt the ticket desk rota w/ my crew of 6 -> queue time ~25 min -> ~10 min
    - ran the night crossings there 2018-2022
position: Terminal Supervisor
company:
  name: Ría Ferries
interview:
  at: 2026-05-12T10:00
  timezone: Europe/Madrid
interviewers:
  - name: Ana Lago
    role: hiring_manager
    email: ana@riaferries.example
    topics:
      - their 3 vessels and the winter timetable
      - my notice period - 2 months
    challenges:
      - 4 deckhands left last year
"""

_SMALL_DIGITS = re.compile(r"(?<![\w.,:$-])[1-9](?![\w%.,:-]) (?!m\b|am\b|pm\b|min\b)[a-z]+")


def test_the_ferry_letters_carry_no_small_count_in_digits_no_year_range_and_are_deterministic(tmp_path: Path) -> None:
    first = draft_json(tmp_path, FERRY, "--now", "2026-05-12T15:00")
    again = draft_json(tmp_path, FERRY, "--now", "2026-05-12T15:00")
    assert first == again
    bodies = [m["body"] for m in first["messages"]]
    assert bodies
    for body in bodies:
        middle = "\n\n".join(body.split("\n\n")[1:-1])
        assert not _SMALL_DIGITS.search(middle), middle
        assert not re.search(r"\b20\d\d-20\d\d\b", middle), middle
        assert "crossings there" not in middle, middle  # 'there' was the notes' heading, never Ría Ferries
