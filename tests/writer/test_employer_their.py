"""A highlight's 'their' is the employer an earlier highlight names, never the reader: 'set up their EU distributor
network' after '5 yrs export sales for a French furniture maker' is said 'set up the French furniture maker's EU
distributor network' (writer_blind54's judges: "I set up the EU distributor network" muddles whose network it
was). With no employer named, 'the' as before; a 'their' after a plural in the item is that plural's."""

from __future__ import annotations

import pytest

from afterview.writer.places import placed


@pytest.mark.parametrize(
    ("highlights", "said"),
    [
        (
            [
                "5 yrs export sales for a French furniture maker, mostly hotel clients",
                "set up their EU distributor network",
            ],
            "set up the French furniture maker's EU distributor network",
        ),
        (
            ["ops lead at Caledon Water, 6 yrs", "rolled out their SCADA alarm review"],
            "rolled out Caledon Water's SCADA alarm review",
        ),
        (["barista at Hollis Brothers", "rebuilt their loyalty scheme"], "rebuilt Hollis Brothers' loyalty scheme"),
        (
            ["head roaster at a 3-shop roastery in Curitiba", "moved their roast logs to Cropster"],
            "moved the 3-shop roastery's roast logs to Cropster",
        ),
    ],
)
def test_their_is_the_employer_named_before(highlights: list[str], said: str) -> None:
    assert placed(highlights[-1], highlights) == said


@pytest.mark.parametrize(
    ("highlights", "said"),
    [
        (["10 yrs of Go", "rolled out their SCADA alarm review"], "rolled out the SCADA alarm review"),
        (["built a Power BI dashboard for inbound pallets", "rebuilt their booking site"], "rebuilt the booking site"),
        (
            ["5 yrs at Northwind", "helped clients cut their energy costs by 20%"],
            "helped clients cut the energy costs by 20%",
        ),
        (["5 yrs at Northwind", "led their own team of 4"], "led their own team of 4"),
    ],
)
def test_without_an_employer_named_their_is_the(highlights: list[str], said: str) -> None:
    assert placed(highlights[-1], highlights) == said
