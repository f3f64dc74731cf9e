"""A topic jotted as 'how/why/what …' is a clause (issue 17): when the writer cannot say it whole, it leaves it
out; it never names it by a noun taken from inside the clause ('how the crew hands over between shifts' is not
about 'the crew hands'). Notes written for this test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

NOTES = """
candidate:
  name: Aroha Tane
position: Service Desk Lead
company:
  name: Riverstone Transit
interview:
  at: 2026-11-24T10:00
  timezone: Pacific/Auckland
interviewers:
  - name: Lena Ruiz
    role: peer
    email: lena@riverstone.example
    topics:
      - {topic}
"""


@pytest.mark.parametrize(
    ("topic", "inside"),
    [
        ("how the crew hands over between shifts", "the crew hands"),
        ("why the depot teams swap rosters on Sundays", "the depot teams"),
    ],
)
def test_a_wh_topic_is_said_whole_or_left_out_never_by_a_noun_inside_it(
    tmp_path: Path, topic: str, inside: str
) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES.format(topic=topic), encoding="utf-8")
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        result = runner.invoke(
            app, ["draft", str(notes), "--now", "2026-11-24T13:00", "--format", "json", "--tone", tone]
        )
        assert result.exit_code in (0, 1), result.output
        for message in json.loads(result.stdout)["messages"]:
            body = message["body"]
            for m in re.finditer(re.escape(inside), body):
                assert topic in body[max(0, m.start() - 10) : m.start() + len(topic) + 10], body
