"""Claims of their work (checks9), written here against the port operator's notes (ferry_case.py: the candidate
cut berth idle time and led a yard-planning team; crane utilisation planning in spreadsheets is the team's own
challenge): a claim told as a participle ("Having already moved ... out of spreadsheets, I ..."), and "exactly
that bottleneck" after the verb, even where the clause breaks at 'that'."""

from __future__ import annotations

import pytest
from ferry_case import fired, load, run

OPEN = "Dear Mr. Choi,\n\nThank you for this morning's conversation about the typhoon season. "
CLOSE = "\n\nKind regards,\nTomás Herrera"


@pytest.mark.parametrize(
    "said",
    [
        "Having already moved crane utilisation planning out of spreadsheets, I know where the traps are.",
        "The spreadsheet crane planning stuck with me, because I removed nearly exactly that bottleneck before.",
    ],
)
def test_their_challenge_claimed_as_past_work(tmp_path, said: str) -> None:
    assert "error:unsupported_claim" in fired(run(load(tmp_path), OPEN + said + CLOSE), "claims")


@pytest.mark.parametrize(
    "said",
    [
        "Having cut berth idle time from 14% to 9% across 3 terminals, I know how much planning matters.",
        "I cut berth idle time on almost exactly that kind of problem at Puerto Austral Logistics.",
    ],
)
def test_their_own_highlight_told_either_way_is_fine(tmp_path, said: str) -> None:
    assert fired(run(load(tmp_path), OPEN + said + CLOSE), "claims") == []
