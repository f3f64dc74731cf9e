"""A small count after 'at', 'by', 'from' or 'until' is a count of things when a plural noun follows ('volunteered
at 3 enduro events' → 'at three enduro events'; writer_blind54's judges read the digit as notes); a time or a label
after those words keeps its digits ('at 3 pm', 'by 9 tomorrow'), and so does a figure that numbers the noun before it
('to kiln 2 stops': the stops of kiln 2, never 'kiln two stops')."""

from __future__ import annotations

import pytest

from afterview.writer.notes_traces import mended_sentence


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("In my own work, I volunteered at 3 enduro events.", "In my own work, I volunteered at three enduro events."),
        ("We opened at 3 sites in one year.", "We opened at three sites in one year."),
        ("The rota was covered by 2 part-time nurses.", "The rota was covered by two part-time nurses."),
        ("We talked about your 7 road weather stations.", "We talked about your seven road weather stations."),
        ("It runs across the 3 resorts.", "It runs across the three resorts."),
        (
            "I keep coming back to how 4 deckhands left last year.",
            "I keep coming back to how four deckhands left last year.",
        ),
    ],
)
def test_a_count_of_things_after_a_preposition_is_spelled(sentence: str, said: str) -> None:
    assert mended_sentence(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "We met at 3 pm.",
        "I can start by 9 tomorrow.",
        "I arrive at 5 and leave at 6.",
        "It rose from 9 to 15 stores.",
        "We lost 19 days of clinker last year to kiln 2 stops.",
        "Most faults came from the tank 3 valves.",
    ],
)
def test_a_time_or_a_number_of_a_thing_keeps_its_digits(sentence: str) -> None:
    assert mended_sentence(sentence) == sentence
