"""General rules added after the blind corpus (bench/guardrails_blind.py) found misses.

Each fix has its own variants, bad ones caught and good look-alikes left alone; none copies a
blind-corpus sentence.
"""

from __future__ import annotations

import pytest
from guardrail_corpus import Item, build, flagged

from afterview.guardrails.grammar import check_grammar
from afterview.guardrails.grammar.rules import agreement, comma_splices, word_mixups
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.placeholders import placeholder_spans


def _negativity(body: str, to: str = "Dana Lee") -> set[str]:
    draft, ctx = build(Item(id="x", family="negativity", label="?", body=body, to=to))
    found = check_negativity(draft, ctx)
    # the sentiment score is advice (info) since checks24; whether it scored a sentence is still asked here
    return {f.code for f in flagged(found)} | {f.code for f in found if f.code == "negative_sentence"}


# 1. complaints about a slow process -------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("I realise the wait has been long for everyone, but I remain interested.", True),
        ("I understand hiring has been slow this quarter; is there any news?", True),
        ("It has taken quite a while to hear anything, so I thought I would write.", True),
        ("The interview process seems to be dragging, so I wanted to check in.", True),
        ("The build process has been slow since we added tests, so I parallelised it.", False),
        ("It took a while to find the root cause of the outage, but we fixed it.", False),
        ("The process has been a pleasure from start to finish.", False),
    ],
    ids=["wait-long", "hiring-slow", "taken-a-while", "dragging", "build-slow", "root-cause", "pleasure"],
)
def test_slow_process_complaints(body: str, complaint: bool) -> None:
    assert ("wait_complaint" in _negativity(body, "Priya Shah")) is complaint


# 7. harsh words count as remarks only about people, teams, companies, processes, interviews --------
@pytest.mark.parametrize(
    ("body", "remark"),
    [
        ("My last manager was honestly the worst I have had.", True),
        ("Working with that team was awful, which is why I left.", True),
        ("The interview panel at my last company was a nightmare.", True),
        ("The legacy cron scripts were a mess, so I rewrote them in a week.", False),
        ("I replaced the two worst queries with a materialised view.", False),
        ("The old alerting was terrible at telling signal from noise until we tuned it.", False),
    ],
    ids=["manager", "team", "panel", "cron-scripts", "worst-queries", "alerting"],
)
def test_harsh_words_need_a_person_or_organisation(body: str, remark: bool) -> None:
    assert ("negative_remark" in _negativity(body)) is remark


# 8. sentences about an interviewer's topic are exempt from the sentiment score (not the phrase rules) -
@pytest.mark.parametrize(
    ("body", "to", "codes"),
    [
        (
            "Retries that double-charge a payment are miserable to track down, so idempotency keys matter.",
            "Marcus Chen",
            set(),
        ),
        ("Design reviews that drag on for hours are exhausting, and yours sounded efficient.", "Marcus Chen", set()),
        ("Sadly, my last year there was a miserable and painful experience.", "Marcus Chen", {"negative_sentence"}),
        ("Your design review process is a mess, to be honest.", "Marcus Chen", {"negative_remark"}),
    ],
    ids=["retries-topic", "reviews-topic", "off-topic-still-scored", "topic-but-remark"],
)
def test_topic_sentences_skip_the_sentiment_score(body: str, to: str, codes: set[str]) -> None:
    assert _negativity(body, to) == codes


# 2. subject-verb agreement across a relative clause ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The retry bugs we chased at Northwind for most of a year was the hardest part.", True),
        ("All the services that you mentioned in our call has the same timeout issue.", True),
        ("The outages they described during the panel was familiar to me.", True),
        ("The tools you said the team is building sound great.", False),
        ("The process you described is exactly how we did it.", False),
        ("The analytics you showed me was impressive.", False),
        ("The ideas you shared about how the team is organised were great.", False),
    ],
    ids=["bugs-was", "services-has", "outages-was", "embedded-subject", "singular-ss", "ics-noun", "wh-clause"],
)
def test_agreement_across_relative_clause(text: str, wrong: bool) -> None:
    assert bool(agreement(text)) is wrong


# 3. comma splices with any finite verb ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "splices"),
    [
        ("Our chat about retries stuck with me, it explains a lot of what we saw.", 1),
        ("I read your post on event sourcing, we adopted a similar model at Northwind.", 1),
        ("Dana walked me through the design, she clearly cares about the team.", 1),
        ("I spent a year on payments, this taught me to respect idempotency.", 1),
        ("The migration went well, I think.", 0),
        ("Looking back at our talk, I realised how much I enjoyed it.", 0),
        ("The talk covered billing, retries, and the schedule.", 0),
        ("I mentioned the migration, that project still shapes how I work.", 0),
    ],
    ids=["it-explains", "we-adopted", "she-cares", "this-taught", "parenthetical", "participle", "list", "that-noun"],
)
def test_comma_splice_any_finite_verb(text: str, splices: int) -> None:
    assert len(comma_splices(text)) == splices


# 4. their -> they're / there ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("I hope their doing well after the launch.", "they're"),
        ("I can see how their building something great.", "they're"),
        ("Their is a lot I would love to learn from the team.", "there"),
        ("I liked hearing how their onboarding works.", None),
        ("Their thinking on retries was sharp.", None),
        ("I asked what their hiring plans are for next year.", None),
    ],
    ids=["hope-doing", "how-building", "their-is", "onboarding", "thinking", "hiring-plans"],
)
def test_their_there_theyre(text: str, fix: str | None) -> None:
    found = [f.suggestion for f in word_mixups(text) if f.code == "their_there"]
    assert found == ([fix] if fix else [])


# 5. "for you time" -> "your" ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("I'm grateful for you help with the schedule.", True),
        ("I would love to be on you team next year.", True),
        ("Thanks again for you thoughtful feedback on my design.", True),
        ("I look forward to meeting with you next week.", False),
        ("I would love to work with you on billing.", False),
        ("I'd like to give you time to decide.", False),
    ],
    ids=["for-help", "on-team", "for-feedback", "with-you-next", "with-you-on", "give-you-time"],
)
def test_you_for_your(text: str, wrong: bool) -> None:
    assert any(f.code == "you_your" for f in word_mixups(text)) is wrong


# 9. the Oxford comma is style, not an error ------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    ["I have shipped Go, Python and Rust services.", "We used Kafka, Postgres, and Redis."],
    ids=["no-oxford", "oxford"],
)
def test_oxford_comma_is_not_flagged(body: str) -> None:
    draft, ctx = build(Item(id="x", family="grammar", label="good", body=body))
    assert flagged(check_grammar(draft, ctx)) == []


# 6 and 10. numbers left as placeholders; TODO only as a leftover marker ---------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I grew revenue by N% in my first year.", ["N%"]),
        ("We saved $XX per month on hosting.", ["$XX"]),
        ("I bring XX years of Python and cut costs by x%.", ["XX years", "x%"]),
        ("Ticket #XXX covers the fix.", ["#XXX"]),
        ("I played Xbox, wore XXL, and cut costs by 40% on N64 emulators.", []),
        ("TODO: mention the AWS exam.", ["TODO"]),
        ("I passed the AWS exam. TODO", ["TODO"]),
        ("I cut latency by 40% (TODO - check the number).", ["TODO"]),
        ("TODO comments were banned at Northwind.", []),
        ("I once built a TODO list app in Rust.", []),
        ("I removed every TODO from the codebase before the audit.", []),
    ],
    ids=[
        "n-percent",
        "dollar-xx",
        "xx-years",
        "hash-xxx",
        "real-words",
        "todo-colon",
        "todo-end",
        "todo-dash",
        "todo-comments",
        "todo-list",
        "todo-noun",
    ],
)
def test_placeholder_numbers_and_todo(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in placeholder_spans(text)] == found
