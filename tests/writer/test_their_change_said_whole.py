"""Their measure jotted with a change between two values ('score dipped 9.1 -> 8.6') is said back with both values,
never cut at the arrow ('You mentioned that the cleanliness score dipped 9.1.'); a measure with no verb of its own
gets the verb its direction gives; a change no clause can hold is left out; an arrow to a consequence still ends
their item there."""

import pytest

from afterview.writer.tie_pair import _first_part, theirs


@pytest.mark.parametrize(
    ("item", "said"),
    [
        pytest.param(
            "cleanliness score dipped 9.1 -> 8.6 (Porto + Braga)",
            "You mentioned that the cleanliness score dipped from 9.1 to 8.6.",
            id="own-verb",
        ),
        pytest.param(
            "on-time delivery 92% -> 81% since the move",
            "You mentioned that the on-time delivery went from 92% to 81% since the move.",
            id="no-verb",
        ),
        pytest.param(
            "delinquency on farm loans up 0.4% -> 1.1% this year",
            "You mentioned that delinquency on farm loans went up from 0.4% to 1.1% this year.",
            id="up",
        ),
        pytest.param("NPS down 41 -> 33", "You mentioned that NPS went down from 41 to 33.", id="down"),
        pytest.param("60+ day arrears on car loans up 0.4% -> 1.1% this year", None, id="no-clause-left-out"),
        # near misses: the arrow to a consequence, and an item with no arrow, are said as before
        pytest.param(
            "vet certificates take 5 days per shipment",
            "You mentioned that vet certificates take five days per shipment.",  # a count in words (writer75)
            id="no-arrow",
        ),
    ],
)
def test_a_change_of_theirs_is_said_with_both_values(item: str, said: str | None) -> None:
    assert theirs(item) == said


def test_an_arrow_to_a_consequence_still_ends_their_item() -> None:
    said = theirs("picking errors at the Leeds depot -> returns pile up")
    assert said is None or "returns pile up" not in said


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("he asked how long the master data cleanup took (told him ~4 months)", id="asked"),
        pytest.param("she said the pilot slipped twice", id="said"),
    ],
)
def test_their_own_words_are_never_said_back_as_what_they_mentioned(item: str) -> None:
    said = theirs(item)
    assert said is None or not said.startswith("You mentioned that you ")


@pytest.mark.parametrize(
    ("item", "said"),
    [
        pytest.param("60+ day arrears on car loans up 0.4% -> 1.1% this year", None, id="change-no-clause"),
        pytest.param(
            "cleanliness score dipped 9.1 -> 8.6 (Porto + Braga)",
            "You mentioned that the cleanliness score dipped from 9.1 to 8.6.",
            id="change-with-aside",
        ),
        # near misses: a comma and an arrow to a consequence still end their item's first part
        pytest.param(
            "sheet breaks after grade changes, ~6/wk", "You mentioned the sheet breaks after grade changes.", id="comma"
        ),
        pytest.param("picking errors -> returns pile up", "You walked me through picking errors.", id="consequence"),
    ],
)
def test_a_problems_first_part_keeps_a_change_whole(item: str, said: str | None) -> None:
    assert _first_part(item) == said
