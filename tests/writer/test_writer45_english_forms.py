"""Issue 17 (writer45): an item said in a sentence reads as English — a singular count noun takes its determiner, a
noun-phrase item given 'I' takes a verb or is left out, a frame of explaining fits its item's kind. Own notes (a
tidal-energy developer, a bell foundry, a mountain hut association), sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.english_form import bare_count_noun, being, determined, verbless_i, with_determiner
from afterview.writer.frame_fit import fitted
from afterview.writer.sentence_check import faults
from helpers import draft_json


@pytest.mark.parametrize(
    ("jotted", "written"),
    [
        # the object of a person's deed is new to the reader: 'a'/'an' by the next word's sound
        ("I designed turbine yaw controller for the array.", "I designed a turbine yaw controller for the array."),
        ("I wrote inventory tracker in Access.", "I wrote an inventory tracker in Access."),
        ("We designed hybrid mooring buoy.", "We designed a hybrid mooring buoy."),
        ("We cast treble bell for the cathedral.", "We cast a treble bell for the cathedral."),
        # after a preposition, a named organisation's unit is one the notes place
        (
            "I led the survey for Orkney ferry operator.",
            "I led the survey for the Orkney ferry operator.",
        ),
        ("I met the surveyors at Scapa pilot station.", "I met the surveyors at the Scapa pilot station."),
    ],
)
def test_a_bare_singular_count_noun_takes_the_determiner_its_place_gives(jotted: str, written: str) -> None:
    assert bare_count_noun(jotted) is not None
    assert with_determiner(jotted) == written


@pytest.mark.parametrize(
    "said",
    [
        "I kept the hut open by hand all winter.",  # an idiom ('by hand'), a time ('all winter')
        "We talked about safety on site.",  # a mass noun, an idiom
        "I handled freight and customs paperwork.",  # mass nouns
        "I worked as lead engineer at Tidewise.",  # a job after 'as'
        "Thank you for explaining the mooring layout.",  # already determined
        "I tuned bells in person with the foundry team.",  # plural, idiom, determined
        "You mentioned that results are still on paper.",  # one noun after a preposition: an idiom, never mended
        "I ran quality control for three lines.",  # the object of a verb that makes nothing: an activity
        "I set up night cover for the ward.",  # a verb's particle, no preposition
        "I worked in quality control at Tidewise.",  # a field after a preposition
    ],
)
def test_english_as_it_is_is_left_as_it_is(said: str) -> None:
    assert with_determiner(said) == said


def test_a_noun_phrase_given_i_is_verbless_and_a_title_is_said_with_am() -> None:
    assert verbless_i("I state-licensed mountain guide myself.")
    assert faults("I state-licensed mountain guide myself.")
    assert not verbless_i("I guide on weekends myself.")
    assert not verbless_i("You asked how I would lead a crew whose dialect I only partly follow.")
    assert not verbless_i("I am a mountain guide myself.")
    assert not verbless_i("I rebuilt the hut's stove and cut fuel use by a third.")
    assert being("state-licensed mountain guide (summers)") == "I am a state-licensed mountain guide"
    assert being("volunteer bell ringer") == "I am a volunteer bell ringer"
    assert being("rang bells at St Mary's") is None  # a deed, not a title
    assert being("the hut's winter warden") is None  # its own determiner: not said as a title of the candidate's


def test_three_words_strung_with_and_are_said_as_a_list() -> None:
    assert determined("Hi Jo,\n\nOne warden does cooking and cleaning and bookings.\n\nBest,\nEi\n") == (
        "Hi Jo,\n\nOne warden does cooking, cleaning and bookings.\n\nBest,\nEi\n"
    )
    kept = "We planned the route and then we walked and we camped."
    assert determined(kept) == kept


def test_determined_mends_every_sentence_and_keeps_the_spacing() -> None:
    body = "Dear Ms Flett,\n\nThank you for today. I designed turbine yaw controller.\n\nBest,\nRory\n"
    assert determined(body) == (
        "Dear Ms Flett,\n\nThank you for today. I designed a turbine yaw controller.\n\nBest,\nRory\n"
    )


@pytest.mark.parametrize(
    ("sentence", "items", "fitted_to"),
    [
        # a state: talked about, without 'the'
        (
            "Thank you for meeting with me, and for explaining the crew morale.",
            [],
            "Thank you for meeting with me, and for talking about crew morale.",
        ),
        # a lack the notes state: never explained, said with 'a'
        (
            "Thank you for your time, and for your account of the grid connection agreement.",
            ["no grid connection agreement signed yet"],
            "Thank you for your time, and for talking about a grid connection agreement.",
        ),
        # a date: talked about
        (
            "Thanks for your time today and for explaining a March start.",
            [],
            "Thanks for your time today and for talking about a March start.",
        ),
        # a place pasted after a noun is no noun phrase: the thanks stand alone
        (
            "Thank you for the conversation today, and for taking me through the tour Kirkwall.",
            [],
            "Thank you for the conversation today.",
        ),
        (
            "It was good to talk through the crew workload with you.",
            [],
            "It was good to talk about crew workload with you.",
        ),
        # a process, a move, a system named by an acronym, a timeline of steps: explained as they are
        (
            "Thank you for the call, and for taking me through the hiring timeline.",
            [],
            "Thank you for the call, and for taking me through the hiring timeline.",
        ),
        (
            "Thanks for your time, and for going over the relocation to Stromness with me.",
            [],
            "Thanks for your time, and for going over the relocation to Stromness with me.",
        ),
        (
            "Thank you for going through the subsea HVDC with me.",
            [],
            "Thank you for going through the subsea HVDC with me.",
        ),
        ("Thank you for explaining the on-call rotation.", [], "Thank you for explaining the on-call rotation."),
        (
            "Thank you for explaining the casting process.",
            ["no grid connection agreement signed yet"],
            "Thank you for explaining the casting process.",
        ),
    ],
)
def test_a_frame_of_explaining_fits_its_item(sentence: str, items: list[str], fitted_to: str) -> None:
    assert fitted(sentence, items) == fitted_to


HUTS = """
candidate:
  name: Eilidh Munro
  highlights:
    - rebuilt the booking rota for 3 huts -> no-shows ~20% -> ~8%
    - state-licensed mountain guide (summers)
position: Hut Operations Manager
company:
  name: Cairngorm Huts Association
interview:
  at: 2026-05-12T10:00
  timezone: Europe/London
interviewers:
  - name: Fraser Grant
    role: hiring_manager
    email: fraser@cairnhuts.example
    topics:
      - the winter opening plan
      - crew morale after the storm season
    challenges:
      - no booking deposit policy yet
    rapport:
      - he guides in the Cairngorms too
"""


def test_the_hut_letters_read_as_english_and_are_deterministic(tmp_path: Path) -> None:
    first = draft_json(tmp_path, HUTS, "--now", "2026-05-12T15:00")
    again = draft_json(tmp_path, HUTS, "--now", "2026-05-12T15:00")
    assert first == again
    bodies = [m["body"] for m in first["messages"]]
    assert bodies
    for body in bodies:
        middle = " ".join(body.split("\n\n")[1:-1])
        assert not verbless_i(middle), middle
        assert "explaining the crew morale" not in middle, middle
        assert "account of the booking deposit policy" not in middle, middle
        assert "I state-licensed" not in middle, middle
