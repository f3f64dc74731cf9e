"""An article straight before a preposition has lost its noun ("I have registered a for the exam"): a garbled
sentence, which Harper passes because every word is a real word (issue 15; the class a real local model and the
template writer both produced). Checked through the whole grammar family on orchard_case's notes, with near
misses that must stay clean: hyphenated words, a capital letter as a grade, 'an' ending a name."""

from __future__ import annotations

import pytest
from orchard_case import fired, load, run, thanks


@pytest.mark.parametrize(
    "middle",
    [
        "Since we spoke I have registered a for the packhouse safety course.",
        "I would welcome the of the grading line review.",
        "The to the orchard was a highlight of the day.",
        "I have booked an for the food-safety refresher in March.",
    ],
)
def test_an_article_before_a_preposition_is_a_missing_noun(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:missing_noun" in fired(draft, "grammar")


@pytest.mark.parametrize(
    "middle",
    [
        "I keep a to-do list for every harvest week, and the in-laws of one grower taught me pruning.",
        "My grading work passed audit at Level A at Riverbend Fruit.",
        "The Q&A at the end of the tour was useful.",
        "The route from Xi'an to Duisburg came up when we talked about export volumes.",
        "The rest of the team was kind to me, and a walk through the packhouse was the best part.",
    ],
)
def test_an_article_with_its_noun_or_a_letter_that_is_no_article_is_clean(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:missing_noun" not in fired(draft, "grammar")
