"""Fluency from blind11's held-out half (issue 15), on sentences written here (orchard_case.py): a five-word phrase
said in three sentences is a template's refrain whatever follows it; named tools joined by '+' are style advice, while
'+' between ordinary words is still notes shorthand."""

from __future__ import annotations

from orchard_case import fired, load, run, thanks


def test_a_whole_phrase_in_three_sentences_is_a_refrain(tmp_path) -> None:
    middle = (
        "I would welcome the chance to work on the grading line upgrade. Cutting rejects at Riverbend Fruit taught "
        "me a lot, and I would welcome the chance to teach the crew the new lanes. I would also welcome the chance "
        "to hear more about the night shift idea too."
    )
    assert "warning:repeated_phrase" in fired(run(load(tmp_path), thanks(middle)), "fluency")


def test_the_same_phrase_twice_is_still_a_choice(tmp_path) -> None:
    middle = (
        "I would welcome the chance to work on the grading line upgrade. Cutting rejects at Riverbend Fruit taught "
        "me a lot, and I would welcome the chance to teach the crew the new lanes."
    )
    assert fired(run(load(tmp_path), thanks(middle)), "fluency") == []


def test_named_tools_joined_by_plus_are_no_warning(tmp_path) -> None:
    middle = "At Riverbend Fruit I tracked rejects per lane with Python + Grafana, and it changed how we ran shifts."
    assert fired(run(load(tmp_path), thanks(middle)), "fluency") == []


def test_plus_between_ordinary_words_is_still_shorthand(tmp_path) -> None:
    middle = "I will send the 60-day plan + references to Sophie this week."
    assert "warning:notes_shorthand" in fired(run(load(tmp_path), thanks(middle)), "fluency")
