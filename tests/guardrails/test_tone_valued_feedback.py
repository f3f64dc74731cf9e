"""Feedback valued is ordinary politeness, not pleading (issue 15, checks44): "Your feedback would mean a great deal
to me" after a no thanks them for what is asked; "even a short reply would mean a great deal to me" and "it would
mean everything to me" still plead. Drafts made up here for a bakery chain in Porto.
"""

from __future__ import annotations

import pytest

from afterview.guardrails.pressure import pressure_findings


@pytest.mark.parametrize(
    ("text", "pleads"),
    [
        ("Any feedback from the bakery managers would mean a great deal to me as I keep training.", False),
        ("I would be grateful for any feedback on my tasting presentation. It would mean a great deal to me.", False),
        ("Your advice on the pastry test would mean so much to me.", False),
        ("I have had a hard month. Even a short reply would mean a great deal to me.", True),
        ("I would be grateful for any feedback. It would mean everything to me to work at Padaria Ribeira.", True),
        ("Working at Padaria Ribeira would mean a great deal to me.", True),
    ],
)
def test_valued_feedback_is_no_pleading(text: str, pleads: bool) -> None:
    assert any(f.code == "desperate" for f in pressure_findings(text)) is pleads
