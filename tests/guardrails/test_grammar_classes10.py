"""Grammar classes from blind11's held-out half (issue 15), on sentences written here: then/than over a job title with
commas, it's/its before a noun only a possessive puts there, your/you're before a verb in -ing and its object,
agreement over a long chain of phrases; and the false alarms: a British spelling with an American twin ('practise'),
'new' before its noun read as 'knew', a compound subject read as one singular head."""

from __future__ import annotations

import pytest
from orchard_case import fired, load, run, thanks


def _grammar(tmp_path, middle: str) -> list[str]:
    draft = run(load(tmp_path), thanks(middle))
    return [f for f in fired(draft, "grammar") if not f.endswith("long_sentence")]


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("I am even more keen on the Packhouse Operations Manager, Nelson role then I was before.", "then_than"),
        ("I liked hearing about the new optical grader and it's potential to sort twelve lanes.", "its_its"),
        ("I think your building something the growers will trust for years.", "your_youre"),
        (
            "The upgrade of the grading lines across both of the packhouses in Motueka were a big step for the co-op.",
            "agreement",
        ),
    ],
)
def test_the_slip_is_found(tmp_path, middle, code) -> None:
    assert f"warning:{code}" in _grammar(tmp_path, middle)


@pytest.mark.parametrize(
    "middle",
    [
        "We talked about adding more lanes, and then I was shown round the cold store.",
        "It's potential growers in the valley that I would call first.",
        "I hope your training day for the night crew goes well.",
        "The grading line and the upgrade of its twelve lanes are well under way.",
        "The crates from the growers in the valley were stacked by the cold store.",
        "Perhaps we could practise the new grading checks together one day.",
        "Grower data could show which new growers stay and which ones leave.",
    ],
)
def test_correct_sentences_stay_clean(tmp_path, middle) -> None:
    assert _grammar(tmp_path, middle) == []


@pytest.mark.parametrize(
    ("before", "after", "reported"),
    [
        ("Grower data could show which ", " growers stay and which ones leave.", False),
        ("Looking back, I ", " that the grader was the bottleneck.", True),
        ("I ", " it would be a long day.", True),
    ],
)
def test_harper_knew_for_new_only_where_knew_could_stand(before, after, reported) -> None:
    """'which new growers': an adjective before its noun; 'I new that …' wants 'knew'."""
    from afterview.guardrails.grammar.harper_rules import rule_verdict

    assert (rule_verdict("PronounKnew", "new", before, after) != "skip") is reported


@pytest.mark.parametrize(
    ("middle", "missing"),
    [
        ("Any feedback would help me see what the hiring panel looking for.", True),
        ("I would love to hear what your growers hoping for, too.", True),
        ("Any feedback would help me see what the hiring panel is looking for.", False),
        ("I would love to hear how the team building day went.", False),
    ],
)
def test_is_dropped_before_a_verb_in_ing_after_a_question_word(tmp_path, middle, missing) -> None:
    assert ("warning:missing_be" in _grammar(tmp_path, middle)) is missing, middle


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("I hope I get chance to see the new lanes running.", "missing_article"),
        ("Congratulations to the co-op and it's new Motueka cold store, which must help the growers.", "its_its"),
        ("The wait for grader parts, now about five weeks from Italy, are the biggest risk to it.", "agreement"),
    ],
)
def test_blind12_tune_slips(tmp_path, middle, code) -> None:
    assert f"warning:{code}" in _grammar(tmp_path, middle), _grammar(tmp_path, middle)


@pytest.mark.parametrize(
    "middle",
    [
        "The 60-day plan adds an extra check-in in month 2 for the night crew.",
        "Since we spoke I passed the HACCP lead auditor exam, which I expect will help with the grower audits.",
        "The wait for grader parts, now about five weeks from Italy, is the biggest risk to the upgrade.",
        "It's new to me to see a grader with twelve lanes.",
    ],
)
def test_blind12_tune_correct_sentences(tmp_path, middle) -> None:
    assert _grammar(tmp_path, middle) == []


def test_its_new_before_a_phrase_that_is_not_its_noun_is_fine(tmp_path) -> None:
    assert _grammar(tmp_path, "It's new to the team to have a grader with twelve lanes.") == []
