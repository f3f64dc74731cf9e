"""Fluency classes from blind9 (spent), on phrasings written here and the water utility's notes (water_case.py): a
mail-merge greeting in a formal register too, a first-person lead-in said twice in one sentence, a question added
on after the main one, and shorthand on a placeholder line left to the placeholders check."""

from __future__ import annotations

import pytest
from water_case import NOTES, fired, letter, load, run, status

from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def formal(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("formal", tmp_path_factory.mktemp("notes"))


def test_first_name_and_surname_reads_as_a_mail_merge_in_a_formal_letter_too(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the notes say 'she': a formal letter greets 'Ms. Stewart', and the whole name is a mail merge's
    path = tmp_path_factory.mktemp("notes") / "water-she.yaml"
    said = NOTES.replace("CULTURE", "formal").replace("a March start date]", "she sends the offers]")
    path.write_text(said, encoding="utf-8")
    body = status("I remain keen on the role.").replace("Dear Aileen,", "Dear Aileen Stewart,")
    found = fired(run(load_notes(path), body, Kind.status_check, to="Aileen Stewart"), "fluency")
    assert "warning:mail_merge_greeting" in found


def test_a_formal_letter_with_no_mr_or_ms_in_the_notes_is_still_a_merge_and_greet_as_is_suggested(formal) -> None:
    # nothing in the notes says how Aileen Stewart is addressed with a title: the whole name is still a merge's
    # greeting, and an info finding says greet_as can hold 'Ms. Stewart' or 'Mr. Stewart'
    body = status("I remain keen on the role.").replace("Dear Aileen,", "Dear Aileen Stewart,")
    draft = run(formal, body, Kind.status_check, to="Aileen Stewart")
    assert "warning:mail_merge_greeting" in fired(draft, "fluency")
    assert any(f.code == "greet_as" and f.severity == "info" and "Stewart" in f.message for f in draft.findings)


def test_first_name_alone_is_no_mail_merge(formal) -> None:
    found = fired(run(formal, status("I remain keen on the role."), Kind.status_check, to="Aileen Stewart"), "fluency")
    assert "warning:mail_merge_greeting" not in found


def test_the_same_lead_in_twice_in_one_sentence_is_a_repeat(formal) -> None:
    said = "I was glad to see the sensor data, and I was glad to hear about the crews."
    assert "warning:repeated_phrase" in fired(run(formal, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


def test_two_different_lead_ins_in_one_sentence_are_fine(formal) -> None:
    said = "I was glad to see the sensor data, and I learned a lot about the crews."
    assert "warning:repeated_phrase" not in fired(run(formal, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


@pytest.mark.parametrize(
    "added",
    ["And could you tell me whether the post includes a car?", "Also, is the role open to hybrid working?"],
)
def test_a_question_added_on_after_the_decision_question_is_two_asks(formal, added) -> None:
    found = fired(run(formal, status(added), Kind.status_check, to="Aileen Stewart"), "fluency")
    assert "warning:two_asks" in found


def test_one_question_and_an_offer_is_one_ask(formal) -> None:
    said = "I would be glad to send anything else that would help."
    assert "warning:two_asks" not in fired(run(formal, status(said), Kind.status_check, to="Aileen Stewart"), "fluency")


def test_shorthand_on_a_placeholder_line_is_left_to_the_placeholders_check(formal) -> None:
    body = status("I remain keen.").replace("Kind regards,", "TODO: attach survey map + references\n\nKind regards,")
    draft = run(formal, body, Kind.status_check, to="Aileen Stewart")
    assert "warning:notes_shorthand" not in fired(draft, "fluency")
    assert fired(draft, "placeholders")
