"""Running down a former team or its leadership (checks9), in sentences written here against the port operator's
notes (ferry_case.py; the candidate's former employer is Puerto Austral Logistics): careless work pinned on
people ("the previous team's sloppy handovers"), and a leadership that resisted nearly every change, told with
"a" as well as "the"; the candidate's own story of fixing a careless process stays clean."""

from __future__ import annotations

import pytest
from ferry_case import fired, load, run

OPEN = "Dear Mr. Choi,\n\nThank you for this morning's conversation about crane utilisation planning. "
CLOSE = "\n\nKind regards,\nTomás Herrera"


@pytest.mark.parametrize(
    "said",
    [
        "At Puerto Austral Logistics, most berth delays came from the old planning team's slapdash handovers.",
        "At Puerto Austral Logistics I worked under a leadership team that resisted nearly every change I proposed.",
        "At Puerto Austral Logistics the yard managers were often careless with the crane bookings.",
    ],
)
def test_a_former_team_run_down_is_badmouthing(tmp_path, said: str) -> None:
    assert "error:badmouthing" in fired(run(load(tmp_path), OPEN + said + CLOSE), "negativity")


@pytest.mark.parametrize(
    "said",
    [
        "At Puerto Austral Logistics I replaced a haphazard spreadsheet process with a shared berth planner.",
        "At Puerto Austral Logistics I learned to plan crane bookings carefully rather than in a reckless rush.",
    ],
)
def test_the_candidates_own_story_stays_clean(tmp_path, said: str) -> None:
    assert fired(run(load(tmp_path), OPEN + said + CLOSE), "negativity") == []
