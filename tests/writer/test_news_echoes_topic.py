"""News that is about what an interviewer talked through is no news to tell them: one telling word in common is
enough ('production kitchen' / 'new kitchen - build vs. keep the current site running')."""

from __future__ import annotations

import pytest

from afterview.writer.known_news import echoes


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("new 12,000 m2 production kitchen at Tocumen due 2027", "new kitchen - build vs. keep current site running"),
        ("won the Harbour Bridge repaint contract", "bridge job - night shifts"),
        ("opened 3 new clinics in Leeds", "staffing the clinic front desks"),
    ],
)
def test_news_about_what_they_talked_through_echoes_it(news: str, said: str) -> None:
    assert echoes(news, said)


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("opened a second office in Bangkok", "how the team does code review"),
        ("new CEO appointed in March", "new hires onboarding"),  # 'new' says nothing of what either is about
        ("Series B raise of 20M", "hiring plans for the next quarter"),
    ],
)
def test_news_about_something_else_does_not(news: str, said: str) -> None:
    assert not echoes(news, said)
