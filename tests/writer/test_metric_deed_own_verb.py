"""A metric highlight jotted with the candidate's own verb before its measure ('took the cleanliness score
8.4 -> 9.2') keeps that verb; it is never read as the measure's name ('I raised the took the cleanliness score')."""

import pytest

from afterview.writer.metric_deed import metric_deed


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        pytest.param(
            "took the cleanliness score 8.4 -> 9.2 in a year w/ housekeeping checklists",
            "I took the cleanliness score from 8.4 to 9.2 in a year with housekeeping checklists",
            id="took-the-measure",
        ),
        pytest.param("brought our NPS 31 -> 52 over 2 yrs", "I brought our NPS from 31 to 52 over two years", id="our"),
        # near misses: a measure with no verb of the candidate's is still moved by 'cut' / 'raised'
        pytest.param(
            "food cost 36% -> 31% w/ weekly menu costing",
            "I cut food cost from 36% to 31% with weekly menu costing",
            id="measure",
        ),
        pytest.param(
            "lost parcels 3% -> 1% w/ scanning", "I cut lost parcels from 3% to 1% with scanning", id="participle"
        ),
    ],
)
def test_a_jotted_verb_before_its_measure_is_the_deed(highlight: str, said: str) -> None:
    assert metric_deed(highlight) == said
