"""WRITER13 (issue 17, blind run 13, class 2): news and a second highlight join a note without a visible seam: no
"I should also mention that …", "Separately, …", "In other work, …", "I wanted to say congratulations on …" or
"Congratulations, too, on the recent news about …"; a congratulation names the news plainly. Notes invented here
(a bus depot, a hospital pharmacy)."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

DEPOT = """
candidate:
  name: Ilse Varga
  highlights:
    - moved the depot's tyre checks to a nightly slot, cutting roadside breakdowns from 40 to 12 a year
    - trained 25 drivers on the new ticket machines
    - ran the depot's winter gritting rota for three seasons
position: Fleet Maintenance Supervisor
company:
  name: {company}
  culture: {culture}
  news:
    - {news}
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Budapest
  format: onsite
interviewers:
  - name: Zoltan Kiss
    role: hiring_manager
    email: zoltan@depot.example
    topics:
      - the electric bus trial
    challenges:
      - roadside breakdowns on the airport route
  - name: Petra Nagy
    role: peer
    email: petra@depot.example
    topics:
      - the night shift handover
  - name: Anna Toth
    role: recruiter
    email: anna@depot.example
    topics:
      - the shift pattern
"""

SEAMS = re.compile(
    r"should also mention|\bSeparately,|In other work,|wanted to say congratulations|Congratulations, too,"
    r"|Congratulations as well|recent news about"
)

NEWS = (
    "opened a second depot in Debrecen",
    "the Debrecen depot",
    "ordered 40 electric buses",
)


def test_news_and_a_second_highlight_join_without_a_seam(tmp_path: Path) -> None:
    seen = 0
    for i, news in enumerate(NEWS):
        for culture, tone in (("neutral", "warm"), ("formal", "formal"), ("neutral", "concise")):
            notes = DEPOT.format(company=f"Alfold Transit {i}", culture=culture, news=news)
            for now in ("2026-11-16T18:00", "2026-12-04T10:00"):
                run = draft_json(tmp_path, notes, "--now", now, "--tone", tone)
                for message in run["messages"]:
                    seen += 1
                    assert not SEAMS.search(message["body"]), message["body"]
    assert seen >= 18
