"""Fragments jotted in notes, shaped for the frame that holds them (writer/fragments.py, shapes.py),
and the date a company-news item gives (writer/news_date.py)."""

from __future__ import annotations

from datetime import date

import pytest

from afterview.writer import adapt
from afterview.writer.news_date import before_interview


@pytest.mark.parametrize(
    ("notes", "clause"),
    [
        (
            "timber facades hard to get through building control",
            "timber facades are hard to get through building control",
        ),
        ("hail now bigger than hurricane for them", "hail is now bigger than hurricane for you"),
        ("customers unhappy with onboarding", "customers are unhappy with onboarding"),
        ("budget tight this year", "budget is tight this year"),
        ("onboarding ~3 mos b/c of govt rules", "onboarding takes about 3 months because of government rules"),
        ("release cycle ~6 wks", "the release cycle takes about 6 weeks"),
    ],
)
def test_a_noun_and_its_adjective_get_their_verb_back(notes: str, clause: str) -> None:
    assert adapt.clause_form(notes) == clause
    assert adapt.topic(notes) == "how " + clause


@pytest.mark.parametrize(
    "noun", ["the new billing system", "data quality issues", "Series B funding", "moving billing to event sourcing"]
)
def test_a_noun_phrase_stays_a_noun_phrase(noun: str) -> None:
    assert adapt.clause_form(noun) is None


def test_options_and_lists_read_as_a_noun_phrase_not_a_clause() -> None:
    # two things listed: one article cannot cover both, so neither gets one
    assert adapt.topic("vendor models vs in-house, RMS vs AIR") == "vendor models versus in-house and RMS versus AIR"
    assert adapt.topic("pricing, packaging etc.") == "pricing and packaging"
    assert adapt.topic("our roadmap, which is public") == "your roadmap"  # an aside needs a closing comma
    assert adapt.topic("moving reviews weekly -> daily, ~6 wks to roll out") == "moving reviews from weekly to daily"


def test_having_is_only_for_one_verb_phrase() -> None:
    assert adapt.having("led the Kafka migration") == "having led the Kafka migration"
    assert adapt.having("licensed ham radio operator, track NOAA weather sats") is None
    assert adapt.having("led the Kafka migration, cut costs 30%") is None
    # an adjective and a job is a role, not a verb: never "I licensed ham radio operator"
    assert adapt.highlight_clause("licensed ham radio operator") is None
    assert adapt.experience_noun("licensed ham radio operator, track NOAA weather sats") == (
        "my experience as a licensed ham radio operator"
    )
    assert adapt.highlight_clause("licensed the patents to Acme") == "I licensed the patents to Acme"


INTERVIEW = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("news", "old"),
    [
        ("opened Byron Bay in Oct", True),
        ("Series B closed 2026-10-03", True),
        ("raised a Series B on 12 Nov", True),
        ("record quarter in 2025", True),
        ("launched the app last year", True),
        ("won a design award", False),  # no date: as before, it may be mentioned
        ("opened in November", False),  # this month: before or after the call, the notes do not say
        ("launched the app on November 25", False),
        ("opens a Perth office in March", False),  # ahead, not past
    ],
)
def test_news_dated_before_the_interview(news: str, old: bool) -> None:
    assert before_interview(news, INTERVIEW) is old


def test_news_is_told_to_the_company_it_is_about() -> None:
    from afterview.writer.items import news_shape

    assert news_shape("they opened a Perth office", "Acme")["clause"] == "you opened a Perth office"
    assert news_shape("launched their app in Europe", "Acme")["gerund"] == "launching your app in Europe"


@pytest.mark.parametrize(
    ("notes", "topic"),
    [
        ("should we use dbt?", "whether you should use dbt"),
        ("is the API stable?", "whether the API is stable"),
        ("do they pair on reviews?", "whether you pair on reviews"),
        ("is our roadmap public?", "whether your roadmap is public"),
    ],
)
def test_a_question_jotted_in_the_notes_is_asked_indirectly(notes: str, topic: str) -> None:
    assert adapt.topic(notes) == topic
