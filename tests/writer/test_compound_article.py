"""Noun phrases notes jot without the article a sentence needs: a compound of common nouns after a preposition of
topic or place ('into board risk committee', 'about parking policy study') takes 'the'; a money figure used as a
modifier ('closing USD 1.2bn ABS') takes 'a' after a verb. Idioms, fields, plurals, figures alone and figures after a
determiner stay as they are."""

from __future__ import annotations

import pytest

from afterview.writer.english_form import determined


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Thank you for explaining the reporting line into board risk committee.",
            "Thank you for explaining the reporting line into the board risk committee.",
        ),
        (
            "It was good to hear more about parking policy study for the walled city.",
            "It was good to hear more about the parking policy study for the walled city.",
        ),
        (
            "I enjoyed our talk about hydroxyurea dosing registry.",
            "I enjoyed our talk about the hydroxyurea dosing registry.",
        ),
        (
            "Congratulations on closing USD 1.2bn ABS in October.",
            "Congratulations on closing a USD 1.2bn ABS in October.",
        ),
        ("I managed USD 2.4m budget across three districts.", "I managed a USD 2.4m budget across three districts."),
        ("I raised $5m seed round for Parcelly.", "I raised a $5m seed round for Parcelly."),
        ("Congratulations on $48M car park win.", "Congratulations on the $48M car park win."),
        ("I also ran socials for university MTB club.", "I also ran socials for the university MTB club."),
    ],
)
def test_a_jotted_noun_phrase_takes_its_article(sentence: str, said: str) -> None:
    assert determined(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked about quality control.",
        "We talked about customer service.",
        "I learned about scheduling.",
        "I volunteered for data entry.",
        "I raised $2M over four years.",
        "I raised $2M last year.",
        "I saved $2M annually.",
        "It flagged $41k in overcharges.",
        "Angela wants me to own the $2M Full Shelves campaign.",
        "I closed a $12M Series A.",
        "We reached $2M savings.",
    ],
)
def test_idioms_fields_figures_alone_and_determined_phrases_stay(sentence: str) -> None:
    assert determined(sentence) == sentence
