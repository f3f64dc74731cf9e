"""Stop 35, after blind21's held-out half was run (spent): two clean-draft errors, each a class. The conversation
itself is 'ours' by any of its names ('our back-and-forth on the kegs', 'our tour of the cellar'); a role named by
its kind ('the internship we talked about', 'the apprenticeship we discussed') is the role the notes are about, no
earlier exchange. Cases invented on the cider house of test_checks19_classes."""

from __future__ import annotations

import pytest
from test_checks19_classes import CIDER, Check, _codes, _findings

from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts


@pytest.mark.parametrize(
    "said",
    [
        "I enjoyed our back-and-forth on the cracked keg lids.",
        "Our tour of the cellar made the bottling line easy to picture.",
        "Our quick catch-up after the tasting was a highlight.",
    ],
)
def test_the_conversation_is_ours_by_any_of_its_names(said: str) -> None:
    assert "not_our_team" not in _codes(check_claims, said)


def test_their_work_told_as_ours_still_fires() -> None:
    assert "not_our_team" in _codes(check_claims, "I would love to fix our keg lids together next season.")


@pytest.mark.parametrize(
    "said",
    [
        "I am very keen on the apprenticeship we talked about.",
        "The placement we discussed sounds like a great fit.",
        "I would love the post we talked about.",
    ],
)
def test_a_role_named_by_its_kind_is_no_invented_exchange(said: str) -> None:
    assert "invented_exchange" not in _codes(check_facts, said)


def test_a_thing_never_discussed_is_still_an_invented_exchange() -> None:
    assert "invented_exchange" in _codes(check_facts, "The solar canopy project we discussed sounds exciting.")


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("You mentioned that visitors from Spain and the Netherlands need tastings in their language.", False),
        ("I keep thinking about how their tank data sits in spreadsheets, moving to a database.", True),
    ],
)
def test_their_owned_inside_the_item_is_no_copied_pronoun(said: str, fires: bool) -> None:
    from afterview.guardrails.fluency import check_fluency

    assert ("copied_pronoun" in _codes(check_fluency, said)) is fires


# After writer_blind25/26 were measured (spent): three errors and a warning on careful references, each a class.
GUAVA = CIDER.replace("name: Domaine du Verger Haut", "name: Guava Press").replace(
    "    - our team of 3 rewrote the bottling SOP -> breakage 9% -> 4%\n",
    "    - our team of 3 rewrote the bottling SOP -> breakage 9% -> 4%\n  since_interview:\n"
    "    - finished a 40 h course on pulping for guava\n",
)


def _guava_codes(check: Check, said: str) -> set[str]:
    return _codes(check, said, notes=GUAVA)


def test_a_course_sized_in_hours_is_the_course_of_the_notes() -> None:
    codes = _guava_codes(check_claims, "I have just finished a 40-hour course on pulping for guava.")
    assert not {"unsupported_claim", "misattributed_credit"} & codes, codes


def test_the_companys_name_is_matched_as_written() -> None:
    # 'for guava' is the fruit; 'at Guava Press' would place the result at the company
    assert "misattributed_credit" not in _guava_codes(check_claims, "I finished a 40 h course on pulping for guava.")


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("I know the Saturday evening rush in the tasting room keeps everyone busy.", False),
        ("Thank you again for our Saturday interview.", True),  # the day of a meeting is still a date
    ],
)
def test_a_weekday_naming_a_recurring_thing_is_no_date(said: str, fires: bool) -> None:
    assert ("unsupported_date" in _codes(check_facts, said)) is fires


def test_a_word_mid_sentence_is_no_greeting() -> None:
    from afterview.guardrails.grammar.check import check_grammar

    findings = _findings(check_grammar, "At that scale every choice of size, halo and colour counts.")
    assert not [f for f in findings if "greeting" in f.message], findings
