"""An additive word ("also", "too", "as well") needs its antecedent in the same note (issue 17, writer54): a card or a
LinkedIn thank-you that opens its body with "I also smiled …" reads as cut from a longer letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.additive import without_lone_additive
from helpers import draft_json


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("Hi Tom,\n\nI also smiled to learn that we both grew up in Flagstaff.\n\nBest,\nAna\n", "I smiled to learn"),
        ("Hi Ana, thanks for today. I liked it. Hearing about the kilns was useful too.\n\nBest\n", "was useful."),
        ("Dear Ana,\n\nThanks. It was also good to meet Jan.\n\nBest,\nSam\n", "It was good to meet Jan."),
    ],
)
def test_an_additive_with_nothing_before_it_goes(body: str, said: str) -> None:
    assert said in without_lone_additive(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ana, I enjoyed our talk. I also enjoyed meeting Dana.\n\nBest,\nSam\n",  # the first thing is said
        "Hi Ana, it was useful to hear X. Hearing about Y was useful too.\n\nBest\n",
        "Hi Ines, thanks for your time today. Thanks too for explaining the contract.\n\nBest\n",
        "Hi Magnus, thank you. I smiled to learn that you rowed for Stromness too.\n\nBest\n",  # common ground's 'too'
        "Dear Ana,\n\nIt was a pleasure to find that you are also from Curitiba.\n\nBest,\nSam\n",
    ],
)
def test_an_additive_with_its_antecedent_stays(body: str) -> None:
    assert without_lone_additive(body) == body


# a spent dev-pool set (writer_blind51), where a card opened "I also smiled to learn …"
NOTES = """
candidate:
  name: Jordan Whitehorse
  email: jwhitehorse@example.com
  highlights:
    - BS Optical Sciences, Univ. of Arizona, May 2026
    - senior capstone - built a Shack-Hartmann sensor for testing 200mm mirrors
    - 2 summers as student tech in the polishing shop at Steward Observatory
  since_interview: []

position: Optical Fabrication Technician I

company:
  name: Sonoran Precision Optics
  pace: normal
  culture: casual

interview:
  at: 2026-12-04T13:00
  timezone: America/Phoenix
  duration_minutes: 60
  format: onsite

interviewers:
  - name: Rebecca Alvarado
    greet_as: Becca
    title: Fabrication Supervisor
    role: hiring_manager
    email: becca.alvarado@sonoranoptics.example
    topics:
      - their 1.2m lightweighted mirror job for a university telescope
      - interferometer testing at night when the building is thermally quiet
    challenges:
      - losing techs to the chip fabs in Chandler
  - name: Tom Begay
    title: Senior Optician
    role: peer
    channel: handwritten
    topics:
      - pitch lap polishing vs the CNC polisher
      - showed me his first hand-figured mirror from the 90s
    rapport:
      - both grew up in Flagstaff
"""


def test_a_card_never_opens_its_body_with_also(tmp_path: Path) -> None:
    run = draft_json(tmp_path, NOTES, "--now", "2026-12-04T16:15")
    for message in run["messages"]:
        first = message["body"].split("\n\n")[1]
        assert not first.startswith("I also "), message["body"]
