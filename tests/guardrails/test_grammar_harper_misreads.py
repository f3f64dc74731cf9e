"""Harper lints that misread an ordinary sentence (checks41): 'let' after its subject, 'to' in "from X to Y", a
suggestion that is no English word, a lower-case word after a dotted abbreviation, British '-isable' and a trade's
'-ery' place. Each is checked against a slip of the same kind that must still warn."""

from __future__ import annotations

import pytest

from afterview.guardrails.grammar.harper_engine import HarperEngine


def _warned(sentence: str) -> list[str]:
    return [f.message for f in HarperEngine().check(sentence, []) if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a step many bakers let slip when the ovens get busy.",
        "Our supervisors let new drivers pick their own routes.",
        "The role runs from fixed-term to permanent after a year.",
        "We drove from Lisbon to Porto in one day.",
        "I met most of my crew at uni in Dunedin.",
        "I can send my P.Eng. details or samples of my work.",
        "She finished her B.Sc. thesis on soil drainage.",
        "The damage pattern is recognisable from the air.",
        "The creamery and the new roastery share one loading dock.",
        "Both distilleries moved to the new site.",
        "Good boundaries save time later, and I know how much trust they build with the growers.",
        "I saw how much effort they really put into the launch.",
        "Good luck to your under-12s this weekend!",
        "Most of the hangars date from the 1990s.",
        "Were there areas where my answers were too general?",
        "Is there support with school places, and would the company cover shipping?",
        "Would there be room for a second shift in spring?",
    ],
)
def test_an_ordinary_sentence_gets_no_grammar_warning(sentence: str) -> None:
    assert _warned(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Let discuss the shift plan next week.",
        "I will recieve the samples on Monday.",
        "The plan was definately the best one.",
        "I can send you my details. details of the routes follow.",
        "I walked to the depot with they.",
        "I bought teh samples last week.",
        "I hope there team is well.",
        "We met there manager yesterday.",
    ],
)
def test_a_real_slip_still_warns(sentence: str) -> None:
    assert _warned(sentence)
