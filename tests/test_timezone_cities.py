"""A city people name that the timezone database does not, typed as the answer to `new`'s timezone question, is
read as the region it keeps time with (issue 14, trial 13: 'Porto' refused, retyped as 'Lisbon')."""

from __future__ import annotations

import pytest

from afterview.notes.place_zones import zone_answer


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("Porto", "Europe/Lisbon"),
        ("Leeds", "Europe/London"),
        ("St Louis", "America/Chicago"),
        ("Gdańsk", "Europe/Warsaw"),
    ],
)
def test_a_city_typed_as_the_timezone_is_its_region(city: str, zone: str) -> None:
    assert zone_answer(city) == zone


def test_a_word_that_is_no_city_is_still_refused_with_a_hint() -> None:
    with pytest.raises(ValueError, match="not a known IANA timezone"):
        zone_answer("Portoo Harbour")
