"""WRITER12 (issue 17, blind run 12, class 4): a status check's one piece of value is what matters to its reader:
to a hiring manager, the candidate's result on what they raised, before the company's news; never a congratulation
standing alone after the ask; one ask, asked first. A noun phrase's size jotted after it ('cold store 4,000 m2')
is not pasted. Notes invented here (a seed bank, a ferry operator)."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.writer.head import head
from afterview.writer.head_noun import short_noun
from helpers import draft_json

SEEDS = """
candidate:
  name: Wiremu Parata
  highlights:
    - rebuilt the germination test schedule at Ōtari seed store, cutting the test backlog from 900 to 120 lots
    - forklift licence
position: Seed Bank Operations Lead
company:
  name: Southern Seed Vault
  culture: {culture}
  news:
    - won a national biodiversity grant in December
interview:
  at: 2026-11-16T10:00
  timezone: Pacific/Auckland
  format: onsite
interviewers:
  - name: Hana Lowe
    role: hiring_manager
    email: hana@seedvault.example
    topics:
      - cold store 4,000 m2, minus 18 C
    challenges:
      - germination test backlog keeps growing
"""


def test_a_hiring_managers_status_check_tells_the_result_on_their_problem(tmp_path: Path) -> None:
    for culture, tone in (("neutral", "warm"), ("formal", "formal")):
        run = draft_json(tmp_path, SEEDS.format(culture=culture), "--now", "2026-12-10T10:00", "--tone", tone)
        (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
        (thanks,) = [m["body"] for m in run["messages"] if m["kind"] == "thank_you"]
        # WRITER27 (run27 judges: the thank-you's tie said again "reads as mechanical in a status check"): the result on
        # her problem is the thank-you's; the check brings what is new since, the news, with the interest after it
        assert "900 to 120" in thanks, thanks
        assert "900 to 120" not in check, check
        # writer61 (stop 53; it replaces writer52's rule that the news is said only joined to the interest, as
        # writer_blind54's references congratulate the team after the ask): the news, where it is said, comes after
        # the ask as the team's, never before it; the interest follows
        ask = re.search(r"\bnews\b|\bdecision\b|\bupdate\b|\btimeline\b|\bprogress\b", check).start()  # the ask
        # (writer76: the interest may be the work looked forward to, named from the notes)
        interest = r"interested|keen|look forward to most|most look forward"
        assert "biodiversity grant" not in check[:ask] and re.search(interest, check[ask:]), check
        # writer61: the reader's problem is never named in a line of its own with nothing of the candidate's on it
        # ('The part of the role I keep coming back to is the germination test backlog.' read as pasted)
        assert "keep coming back" not in check and "help with it" not in check, check
        assert len(re.findall(r"\?", check)) <= 1, check  # one ask


def test_a_size_after_a_noun_phrase_is_an_aside() -> None:
    assert head("cold store 4,000 m2") == "cold store"
    assert head("main kiln 3,200 t/day") == "main kiln"
    assert head("power plan 14 gensets") == "power plan 14 gensets"  # a count of things is the item itself
    assert head("dock KPI 2.1") == "dock KPI 2.1"


def test_a_verb_before_a_closing_gerund_or_an_adjective_is_not_named_as_a_noun() -> None:
    assert short_noun("germination test backlog keeps growing") == "the germination test backlog"
    assert short_noun("staff turnover keeps rising in winter") == "the staff turnover"
    assert short_noun("council pushback on road diets") == "the council pushback"  # near miss: no gerund
    assert short_noun("pilsner tastes different from batch to batch") is None  # never 'the pilsner tastes'
