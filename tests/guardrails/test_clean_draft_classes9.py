"""Clean drafts of blind9 that got a finding, as classes, on phrasings written here and the water utility's notes
(water_case.py): the name one goes by in a greeting of another language, a status question about when they expect
to decide, and commas that join no two sentences (after a dash, after an object pronoun)."""

from __future__ import annotations

import pytest
from water_case import NOTES, fired, letter, load, run

from afterview.guardrails.grammar.splices import comma_splices
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def nicknamed(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path = tmp_path_factory.mktemp("notes") / "water-nick.yaml"
    text = NOTES.replace("CULTURE", "casual").replace("greet_as: Ms. Campbell", "greet_as: Fi")
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


BODY = (
    "{greeting}\n\nThank you for today. I enjoyed hearing about the smart-meter rollout across Glasgow, and the "
    "dashboard I built at Forth Water for 400 pressure sensors could help read its data.\n\nBest,\nPriya"
)


def test_the_name_they_go_by_after_a_greeting_in_another_language_addresses_them(nicknamed) -> None:
    draft = run(nicknamed, BODY.format(greeting="Hola Fi,"))
    assert "warning:no_name" not in fired(draft, "personalization")


def test_a_note_with_no_name_at_all_still_lacks_one(nicknamed) -> None:
    draft = run(nicknamed, BODY.format(greeting="Hello,"))
    # advice since checks36: it warned on 5 drafts of blind25-33, none labelled personalization
    assert any(f.code == "no_name" and f.severity == "info" for f in draft.findings)


@pytest.mark.parametrize("verb", ["expects to decide", "plans to make a decision", "is hoping to reach a decision"])
def test_asking_when_they_expect_to_decide_is_a_status_question(notes, verb) -> None:
    body = (
        "Dear Aileen,\n\nI passed the NEBOSH general certificate last week. Do you know when Ms. Campbell "
        f"{verb.replace('is hoping', 'hopes') if verb.startswith('is') else verb} on the Network Operations Manager "
        "role?\n\nKind regards,\nPriya Nair"
    )
    draft = run(notes, body, Kind.status_check, to="Aileen Stewart")
    assert "error:no_status_question" not in fired(draft, "purpose")


def test_a_comma_after_an_interjection_to_you_and_the_team_is_no_splice() -> None:
    text = "I read that the works opened at Milngavie - congratulations to you and the team, that's a big milestone."
    assert [f.code for f in comma_splices(text) if f.severity == "warning"] == []


def test_a_comma_between_two_clauses_is_still_a_splice() -> None:
    text = "I read that the works opened at Milngavie last month, that's a big milestone for the city."
    assert [f.code for f in comma_splices(text)] == ["comma_splice"]


def test_a_pronoun_after_a_preposition_is_no_subject_of_a_clause() -> None:
    text = "Congratulations again to you and the crews on the Milngavie opening, it is well deserved."
    assert [f.code for f in comma_splices(text) if f.severity == "warning"] == []


@pytest.mark.parametrize(
    "said",
    [
        "Could you share the timeframe for the next round?",
        "I took a matatu across town to reach the depot early.",
    ],
)
def test_a_closed_compound_or_a_loanword_is_no_typo_warning(notes, said) -> None:
    found = fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")
    assert not any(code in found for code in ("warning:spelling", "warning:typo"))


def test_a_slip_of_the_keys_is_still_a_typo_warning(notes) -> None:
    found = fired(
        run(notes, letter("Dear Ms. Campbell,", "I would be glad to recieve the survey results.", "Best,")), "grammar"
    )
    assert any(code in found for code in ("warning:spelling", "warning:typo"))


@pytest.mark.parametrize(
    "said",
    [
        "I need an answer on the Network Operations Manager role ASAP.",
        "Just checking in again about the role. I would appreciate a reply by the end of the week.",
    ],
)
def test_a_demanded_answer_is_pushy_but_still_asks_about_the_decision(notes, said) -> None:
    body = f"Aileen,\n\n{said} I passed the NEBOSH general certificate.\n\nPriya"
    draft = run(notes, body, Kind.status_check, to="Aileen Stewart")
    assert "error:no_status_question" not in fired(draft, "purpose")


def test_news_alone_asks_nothing(notes) -> None:
    body = "Aileen,\n\nI passed the NEBOSH general certificate last week and wanted you to know.\n\nPriya"
    draft = run(notes, body, Kind.status_check, to="Aileen Stewart")
    assert "error:no_status_question" in fired(draft, "purpose")


def test_praise_piled_up_in_stock_words_reads_as_machine_written(notes) -> None:
    said = (
        "Your visionary leadership and the vibrant culture of such an exceptional team left me deeply inspired, "
        "and your valuable insights stayed with me."
    )
    found = fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "ai_tells")
    assert "warning:stock_praise" in found


def test_one_warm_word_is_no_tell(notes) -> None:
    said = "Your insight into the trunk mains surveys was invaluable, and I enjoyed the conversation."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "ai_tells") == []
