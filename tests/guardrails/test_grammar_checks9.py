"""Grammar slips Harper passes because every word is a real word (checks9): agreement across a phrase led by
'to', its/it's before a noun phrase or a new subject, the bare verb after 'have', the present tense in a clause
a past time pins down. Each sentence is written here; each rule also has sentences it must leave alone."""

from __future__ import annotations

import pytest

from afterview.guardrails.grammar.agreement import agreement
from afterview.guardrails.grammar.mixups import word_mixups
from afterview.guardrails.grammar.possessive_its import its_before_phrase
from afterview.guardrails.grammar.verb_tense import bare_after_have, present_in_past_clause


def _wrong(found, text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in found]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Any notes on how my slides to the board was received would help.", "was"),
        ("I wonder how my ideas about the rota for the depot compares with the others.", "compares"),
        ("The numbers behind my plan to the regional leads fits the budget you gave.", "fits"),
    ],
)
def test_a_plural_subject_across_a_to_phrase_needs_a_plural_verb(text: str, verb: str) -> None:
    assert verb in _wrong(agreement(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "The answers to your question were long.",
        "Your comments on crane pours being delayed were useful.",
        "The changes to the schedule show how much you care.",
        "I hope the plan I described to you fits.",
        # a verb in -s taking an infinitive is no plural head: "wants to", "needs to", "plans to"
        "Hearing about how the team wants to rewrite the API was useful.",
        "Learning that the clinic needs to double its intake was a surprise.",
    ],
)
def test_agreement_leaves_right_sentences_alone(text: str) -> None:
    assert agreement(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I admire the co-op and it's model for member lending.",
        "The museum grew fast, and it's volunteer-led outreach to schools is a model.",
        "The press is old, but it's output on night shifts still impresses me.",
    ],
)
def test_its_with_an_apostrophe_before_a_noun_phrase_is_the_possessive(text: str) -> None:
    assert _wrong(its_before_phrase(text), text) == ["it's"]


@pytest.mark.parametrize(
    "text",
    [
        "It's time to move on.",
        "It's part of the job.",
        "It's key to the plan.",
        "It's hard to say.",
        "It's down to the team.",
        "It's open to everyone.",
        "It's fast-paced work for a small crew.",
    ],
)
def test_its_is_left_alone_where_it_is_reads(text: str) -> None:
    assert its_before_phrase(text) == []


def test_its_without_apostrophe_before_a_new_subject_is_it_is() -> None:
    text = "The yard tour was great, and its obvious you care about safety."
    assert "its" in _wrong(word_mixups(text), text)
    assert word_mixups("The robot and its obvious strengths impressed me.") == []


@pytest.mark.parametrize(
    ("text", "verb", "right"),
    [
        ("I have truly appreciate your patience.", "appreciate", "appreciated"),
        ("We've already discuss the shift plan.", "discuss", "discussed"),
        ("Since the closing date has past, I wanted to ask.", "past", "passed"),
    ],
)
def test_the_bare_verb_after_have_is_a_participle(text: str, verb: str, right: str) -> None:
    found = bare_after_have(text)
    assert _wrong(found, text) == [verb]
    assert found[0].suggestion == right


@pytest.mark.parametrize(
    "text",
    [
        "I have to say the tour was great.",
        "We have seen this before.",
        "I've come to value it.",
        "I have read your paper.",
        "We had lunch at the depot.",
        "I have enough data.",
        "I had better go.",
    ],
)
def test_have_before_a_noun_or_a_participle_is_fine(text: str) -> None:
    assert bare_after_have(text) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("After we migrate the billing system in 2021, churn fell.", "migrate"),
        ("Last month I write the handover guide for the night crew.", "write"),
    ],
)
def test_a_present_verb_in_a_clause_about_the_past(text: str, verb: str) -> None:
    assert _wrong(present_in_past_clause(text), text) == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "When I joined last year, the team was small.",
        "When we met yesterday, you mentioned the audit.",
        "When I think about what you said yesterday, I smile.",
        "Since last year I lead the platform team.",
        "I enjoy the work we started last year.",
        "Thank you for yesterday's interview; I look forward to it.",
    ],
)
def test_present_tense_that_is_right_stays_clean(text: str) -> None:
    assert present_in_past_clause(text) == []


def test_harper_asks_for_no_to_after_an_infinitive_that_is_already_whole() -> None:
    """'my readiness to travel suit the role': Harper's MissingTo on 'travel' would add a second 'to'."""
    from afterview.guardrails.grammar.harper_rules import rule_verdict

    assert rule_verdict("MissingTo", "travel", "my readiness to ", " suit the role") == "skip"
    assert rule_verdict("MissingTo", "hope", "which I ", " improve my odds") is None


def test_how_before_a_clause_with_its_own_verb_needs_no_to() -> None:
    from afterview.guardrails.grammar.harper_rules import rule_verdict

    assert rule_verdict("HowTo", "how", "I liked hearing ", " barley malting works at the plant.") == "skip"
    assert rule_verdict("HowTo", "how", "I learned ", " clone repos quickly.") is None
