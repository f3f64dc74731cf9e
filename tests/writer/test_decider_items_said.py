"""Issue 17: a decider's thank-you said none of their items ('a string of one-line filler paragraphs'): the gate
rejected a gerund's goal ('growing from 8 to 12 aircraft by 2028') and a compound ('the reload turnaround'), and a
result opened by the role it was won in ('as base chief pilot at Fort Nelson, …') related to nothing. Notes
written for this test: a brewery's chief executive."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app

NOTES = """\
candidate:
  name: Rowan Ellery
  email: rowan@ellery.example
  highlights:
    - as shift lead at Harrogate Brewing, avg canning changeover ~55 min -> ~25 min over 18 months (SMED + kits)
    - led the SALSA food-safety audit w/ zero non-conformances (2023)
position: Head of Packaging
company:
  name: Wharfe Valley Brewery
interview:
  at: 2026-10-14T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Imogen Tate
    title: Chief Executive
    role: executive
    email: imogen@wharfevalley.example
    topics:
      - expanding from 3 to 7 taprooms by 2029
    challenges:
      - canning changeover at Otley plant ~50 min, new supermarket contract wants <= 30
"""


def _thank_you(tmp_path: Path) -> str:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES, encoding="utf-8")
    run = CliRunner().invoke(app, ["draft", str(notes), "--now", "2026-10-14T15:00", "--format", "json"])
    assert run.exit_code in (0, 1), run.output
    messages = json.loads(run.stdout)["messages"]
    (body,) = [m["body"] for m in messages if m["kind"] == "thank_you"]
    (findings,) = [m["findings"] for m in messages if m["kind"] == "thank_you"]
    assert not [f for f in findings if f["severity"] == "error"], findings
    return str(body)


def test_the_executive_hears_their_goal_their_problem_and_the_result_that_meets_it(tmp_path: Path) -> None:
    body = _thank_you(tmp_path)
    assert "from 3 to 7 taprooms" in body, body  # their goal, a gerund's phrase the gate once rejected
    assert "As shift lead at Harrogate Brewing, our average canning changeover went from about 55" in body, body
    assert "expand on any part of my experience" not in body  # no stock line where their items can be said
    assert body == _thank_you(tmp_path)  # the template writer is deterministic


def test_their_measure_jotted_without_a_verb_is_said_with_one() -> None:
    import re

    from afterview.writer.tie_pair import theirs

    for jotted in ("reload turnaround at Kamloops base ~22 min", "refuel turnaround at Prince George base ~30 min"):
        said = theirs(jotted) or ""
        assert re.search(r"turnaround at (?:the )?[A-Z][\w ]+ base (?:is|takes) about \d+ minutes\.$", said), said
