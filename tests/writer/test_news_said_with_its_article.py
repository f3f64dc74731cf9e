"""A company's news jotted as a bare noun phrase is said with 'the' where the draft heard about it (writer_blind52's
judges on "I was glad to hear about centenary celebrations in 2027": "missing an article"); a phrase with its own
determiner or number, a name and a verb-first jotting stay as jotted."""

from __future__ import annotations

import pytest

from afterview.writer.items import _news_noun
from afterview.writer.news_article import definite_news


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("centenary celebrations in 2027", "the centenary celebrations in 2027"),
        ("FDA approval for RX-214", "the FDA approval for RX-214"),
        ("record sales in Q3", "the record sales in Q3"),
        # near misses: a number, a possessive, a name, a verb first, a determiner of its own
        ("3 new stores", "3 new stores"),
        ("Acme's new plant", "Acme's new plant"),
        ("Expo 2027", "Expo 2027"),
        ("Series B funding", "Series B funding"),
        ("opened 2 new depots", "opened 2 new depots"),
        ("rising demand in Asia", "rising demand in Asia"),
        ("opening new larviculture module", "opening new larviculture module"),
        ("opening of the new plant", "the opening of the new plant"),
        ("their new plant", "their new plant"),
    ],
)
def test_bare_company_news_is_said_with_the(news: str, said: str) -> None:
    assert definite_news(news) == said


def test_the_news_noun_a_draft_hears_about_has_its_article() -> None:
    assert _news_noun("centenary celebrations in 2027") == "the centenary celebrations in 2027"
    assert _news_noun("new glaze lab for 2027") == "the new glaze lab for 2027"  # as before
