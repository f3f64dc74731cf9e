"""Self-deprecation in shapes the lists did not hold (checks51, from blind43's misses said in other words): answers
that "came out badly", justice not done to oneself, a worry of having rambled, set below the other candidates, the
writer's rank denied, no priority of theirs, someone more qualified already chosen. Near misses keep no finding."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind

THANKS = "Thank you for the interview on Tuesday. {line} I would be glad to bring my experience to the team."


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "My answers on the laminating schedule came out badly, I am afraid."),
        ("wind", "I am honestly not sure I did myself justice on the rope access questions."),
        ("pharmacy", "Looking back, I worried I had rambled too much about stock forecasting."),
        ("freight", "I probably did not come across as sharp as the other candidates on demand forecasting."),
        ("bakery", "I am not the strongest baker on the early shift, but I work hard."),
        ("wind", "I know I am probably not a priority for you right now."),
        ("pharmacy", "I understand if the team has already chosen someone more qualified."),
        ("freight", "My examples on route planning came out rather muddled."),
    ],
)
def test_running_oneself_down_is_flagged(trade: str, line: str) -> None:
    assert "self_deprecation" in codes(check(trade, Kind.thank_you, THANKS.format(line=line)), "negativity")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "The croissants came out beautifully on the tasting tray."),
        ("wind", "I think I did justice to the inspection reports at my last firm, and they are in my portfolio."),
        ("pharmacy", "Forecasting slow-moving drugs is a priority I share with you."),
        (
            "freight",
            "You mentioned you hired someone more experienced for the depot role last year, and it worked well.",
        ),
    ],
)
def test_near_misses_keep_no_self_deprecation(trade: str, line: str) -> None:
    assert "self_deprecation" not in codes(check(trade, Kind.thank_you, THANKS.format(line=line)), "negativity")
