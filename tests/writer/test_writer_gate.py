"""Issue 17, "write less, and write it well": an adapted notes item the writer cannot say as written
English is named by its head noun phrase or left out, never pasted (blind judge, run 5: "the news about
city won a $1.2M grant", "hearing about the wants someone to grow the dental side", "finding out that
bears season ticket holder"). The gate's table, then whole drafts through the CLI in every tone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.writer.gate import has_verb, problem
from afterview.writer.head_noun import short_noun
from afterview.writer.items import bracket_aside
from afterview.writer.shorthand import prose
from afterview.writer.template_writer import vary_openings

BROKEN = [
    ("we both lived in Portland, a long time ago", "clause", "aside after a comma"),
    ("the wants someone to grow the dental side", "noun", "article before a verb"),
    ("how manager wants someone to own the WMS cutover", "noun", "bare singular subject"),
    ("city won a federal grant for the Vision Zero plan", "clause", "bare singular subject"),
    ("new packhouse in Hastings opened in October", "clause", "bare singular subject"),
    ("council pushback on road diets since the Elm St project", "clause", "no verb"),
    ("bears season ticket holder", "clause", "no verb"),
    ("the booster reminders still go is out by post", "clause", "two verbs in a row"),
    ("how you walked me through", "noun", "cut off"),
    ("how you asked", "noun", "says nothing"),
    ("moving from Excel + AMOS to the AMOS planning module", "noun", "note symbol"),
    ("before/after evaluation of the bike lanes", "noun", "note symbol"),
    ("2nd shift differential $2/hr", "noun", "note symbol"),
    ("who monitors GA? nurses do", "noun", "note symbol"),
    ("the go-live mid Jan", "noun", "note symbol"),
    ("signing a lease on the 2nd bldg", "noun", "clipped word"),
    ("my A320 C-check TAT from 21 to 16 days avg", "noun", "clipped word"),
    ("my each-pick zone mis-picks from 1.8% to 0.5% at Cardinal", "noun", "a result without its verb"),
    ("a new 5-year contract with a regional carrier, heavy checks from April", "noun", "aside after a comma"),
    ("the start date likely mid January", "noun", "a predicate without its verb"),
    ("your dog Rex asleep under the desk", "noun", "a predicate without its verb"),
    ("signing lease on the new site", "phrase", "missing article"),
    ("a lease on 2nd building", "noun", "missing article"),
    # a new user's trial and a blind judge this stop: items said after "learn more about" (own phrasings here)
    ("manages the night crew", "noun", "a verb where a noun phrase belongs"),
    ("which forms do we file first", "noun", "a question"),
    ("the clinic short 3 nurses", "noun", "a predicate without its verb"),
    ("morale awful", "noun", "a predicate without its verb"),
    ("audits late bc the tool times out", "noun", "clipped word"),
]
WELL = [
    # a US place with its state, as `new` writes it (trial 15 run 2: the in-common sentence was lost)
    ("we both lived in Portland, OR for a while", "clause"),
    ("markdowns ate margin last fall", "clause"),
    ("maps break on mobile", "clause"),
    ("court data is copied by hand every week", "clause"),
    ("growers don't open the PDF reports", "clause"),
    ("hail is now bigger than hurricane", "clause"),
    ("nightly batch jobs page the on-call team", "clause"),
    ("I cut the cat model run time from 9 hours to 40 minutes by moving it to cloud batch", "clause"),
    ("how crash data from the state arrives about 18 months late", "noun"),
    ("error budgets for the tracking API", "noun"),
    ("Atoll, drive tests and LTE", "noun"),
    ("booster reminders still go out by post from the old PMS", "clause"),
    ("a 120-unit CLT housing scheme at Brannock Studio", "noun"),
    ("adding weekend cover", "phrase"),
    ("having set up a pre-release task card check", "phrase"),
    ("what the team does next", "noun"),
    ("plans for the spring", "noun"),
    ("the attorney general", "noun"),
    ("a team of 12 people", "noun"),
]


@pytest.mark.parametrize(("text", "form", "why"), BROKEN, ids=[b[0][:30] for b in BROKEN])
def test_the_gate_names_why_an_item_would_read_as_notes(text: str, form: str, why: str) -> None:
    assert problem(text, form) == why


@pytest.mark.parametrize(("text", "form"), WELL, ids=[w[0][:30] for w in WELL])
def test_the_gate_lets_written_english_through(text: str, form: str) -> None:
    assert problem(text, form) is None


@pytest.mark.parametrize(
    ("item", "noun"),
    [
        ("manager wants someone to own the WMS cutover", "the WMS cutover"),
        ("wants someone to grow the dental side, dental xray barely used", "the dental side"),
        ("council pushback on road diets since the Elm St project", "the council pushback"),
        ("ute and phone, want someone in by February", None),
        # a name with '&' or 'and' between its capitals is one name (a judge read "the Wear Archives partnership")
        ("their Tyne & Wear Archives partnership, mostly shipping ledgers", "the Tyne & Wear Archives partnership"),
        ("the Marks and Spencer supplier audits drag on", "the Marks and Spencer supplier audits"),
        ("cats and dogs", None),
    ],
)
def test_an_item_that_fails_is_named_by_its_head_noun_phrase(item: str, noun: str | None) -> None:
    assert short_noun(item) == noun


def test_a_verb_is_found_only_where_a_subject_has_one() -> None:
    assert has_verb("LQA scores dip on rush jobs")
    assert not has_verb("first-team season ticket holder")


def test_an_acronym_is_not_a_clipped_word() -> None:
    assert prose("we compared notes on my PPL") == "we compared notes on my PPL"
    assert prose("asked the ppl on the floor") == "asked the people on the floor"


def test_an_aside_after_a_dash_in_a_requested_item_goes_in_brackets() -> None:
    assert bracket_aside("the portfolio PDF - drawings, not renders") == "the portfolio PDF (drawings, not renders)"
    assert bracket_aside("the SGP4 repo link") == "the SGP4 repo link"


def test_no_two_sentences_open_with_the_same_also() -> None:
    body = "Dear Ann,\n\nI also liked the tour. I also enjoyed reading the news. It was good.\n\nBest,\nBo\n"
    assert (
        vary_openings(body)
        == "Dear Ann,\n\nI also liked the tour. I enjoyed reading the news. It was good.\n\nBest,\nBo\n"
    )


NOTES = """
candidate:
  name: Dana Reyes
  highlights:
    - cut dock-to-stock time from 3 days to 20 hrs at Midland with a cross-dock plan
    - 6 yrs inventory control, 2nd shift lead
position: Inventory Control Supervisor
company:
  name: Northgate Logistics
  news:
    - new distribution center in Joliet opened in October
interview:
  at: 2026-11-20T10:00
  timezone: America/Chicago
  decision_by: 2026-12-04
interviewers:
  - name: Marta Olsen
    role: hiring_manager
    email: marta@northgate.example
    topics:
      - manager wants someone to own the WMS cutover
      - 1st shift handoff = messy
    challenges:
      - cycle count variance on the mezzanine, abt 3% last qtr
    rapport:
      - bears season ticket holder
  - name: Joe Park
    role: peer
    email: joe@northgate.example
    topics:
      - the wants someone to grow the returns desk
    challenges:
      - council pushback on night deliveries since the Elm St complaints
  - name: Lee Grant
    role: recruiter
    email: lee@northgate.example
    topics:
      - walked me through the civil service steps
      - start date likely mid January
"""

PASTED = re.compile(
    r"manager wants|that bears|holder\b|the wants|that council pushback|that new distribution|\babt\b|\bqtr\b"
    r"|=|\b20 hrs\b|\+|how you walked me through|likely mid"
)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_fragments_that_cannot_be_said_well_are_named_or_left_out(tmp_path: Path, tone: str) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES, encoding="utf-8")
    flags = ["--now", "2026-11-20T15:00", "--format", "json", "--send-at", "recommended", "--tone", tone]
    run = CliRunner().invoke(app, ["draft", str(notes), *flags])
    assert run.exit_code in (0, 1), run.output
    messages = json.loads(run.stdout)["messages"]
    bodies = [m["body"] for m in messages]
    assert bodies
    for body in bodies:
        assert not PASTED.search(body), body
        assert not [f for m in messages for f in m["findings"] if f["check"] == "fluency"]
    marta = next(m["body"] for m in messages if m["to"] == "Marta Olsen" and m["kind"] == "thank_you")
    assert "the WMS cutover" in marta  # the head noun phrase of the item that could not be said whole
    lee = next(m["body"] for m in messages if m["to"] == "Lee Grant" and m["kind"] == "thank_you")
    assert "the civil service steps" in lee  # what the talk was about, not "how you walked me through" it


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # read two ways ('model runs' as a noun and its verb, or 'runs take'): the kind is unsure, so it is left out
        ("model runs take overnight", "clause"),
        # a noun phrase with a clause after it and no 'that': not known as a noun phrase
        ("the county eviction records story you want done before the session", "noun"),
    ],
)
def test_a_phrase_of_unsure_kind_is_left_out(text: str, form: str) -> None:
    assert problem(text, form) is not None
