"""A company's n-th thing jotted with no determiner ('opened 2nd office in Bangkok') is said as theirs, with a small
ordinal spelled: "Congratulations on opening your second office in Bangkok", "X opened its second office …"; an
ordinal that ranks them ('ranked 2nd in the league', 'named 2nd largest carrier') and a deed with its own determiner
stay as jotted."""

from __future__ import annotations

from afterview.writer.items import news_shape
from afterview.writer.news_article import its_said, ordinal_owned


def test_the_nth_thing_of_the_company_is_theirs_with_the_ordinal_spelled() -> None:
    said = news_shape("opened 2nd office in Bangkok (Ari) last month", "BaanMove")
    assert said["gerund"] == "opening your second office in Bangkok"
    assert said["clause"] == "BaanMove opened its second office in Bangkok"
    assert ordinal_owned("launched third product line") == "launched its third product line"
    assert ordinal_owned("won 12th award") == "won its 12th award"


def test_a_ranking_or_a_deed_with_its_own_determiner_stays_as_jotted() -> None:
    for jotted in (
        "ranked 2nd in the league",
        "finished 3rd overall",
        "named 2nd largest carrier",
        "opened a 2nd office in Bangkok",
        "opened its third store",
        "opened 2 depots",
    ):
        assert ordinal_owned(jotted) == jotted


def test_any_other_its_in_a_congratulation_is_the() -> None:
    assert its_said("announcing its centennial season") == "announcing the centennial season"
    assert its_said("opening its second office") == "opening your second office"
