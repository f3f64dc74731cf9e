"""WRITER70: a company's deed jotted with its object bare ('opened EU-approved second cold store in March') said
whole: 'opening your second EU-approved cold store', 'launching a new mobile app'. Notes invented here (a cold-chain
firm, a gym chain, a caterer, a charity, a haulier)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.news_object import object_said
from helpers import draft_json

NOTES = """
candidate:
  name: Piet de Vries
  highlights:
    - ran cold-chain audits at Frigo
position: Quality Manager
company:
  name: Nordfrost
  news:
    - {news}
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Amsterdam
interviewers:
  - name: Marta Olsen
    role: executive
    email: marta@nordfrost.example
    topics:
      - the export plan
"""


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("opened EU-approved second cold store in March", "your second EU-approved cold store in March"),
        ("launched new mobile app for members", "launching a new mobile app for members"),
        ("won regional contract for school meals", "winning a regional contract for school meals"),
        ("opened new depot in Leeds", "opening a new depot in Leeds"),
    ],
)
def test_the_news_is_congratulated_with_its_article(tmp_path: Path, news: str, said: str) -> None:
    for tone in ("warm", "formal"):
        run = draft_json(tmp_path, NOTES.format(news=news), "--now", "2026-11-10T15:00", "--tone", tone)
        (note,) = [m for m in run["messages"] if m["kind"] == "thank_you"]
        assert said in note["body"], note["body"]
        assert note["ready"], note["findings"]


def test_an_object_with_its_own_determiner_a_name_or_a_plural_stays_as_jotted() -> None:
    assert object_said("launched loyalty scheme") == "launched a loyalty scheme"
    assert object_said("hired first head of sustainability") == "hired its first head of sustainability"
    for jotted in (
        "opened Tidemark Byron Bay in October",  # a name
        "launched new products",  # a plural
        "opened 2 depots",  # a number
        "won the Best Stall award",  # its own article
        "expanded capacity",  # a mass noun
        "opened its third store",
        "started construction on the plant",
    ):
        assert object_said(jotted) == jotted
