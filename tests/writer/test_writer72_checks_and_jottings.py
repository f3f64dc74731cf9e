"""writer72: status checks and messages to recruiters said as a person says them, and jottings turned into words
without garbling them. Notes invented here (logistics, a hospital ward, a school, a restaurant, a platform team, a
print shop), never the blind sets'.

1. A recruiter's check: one ask first, then in the same practical paragraph the notice/start the notes give and the
   items sent (named), the subject saying what is in it.
2. A decider's check: the ask first, said as a person does ("You mentioned a decision … around …, so I wanted to ask
   where things stand"), never "I remember a decision was expected by …"; no courtesy line before the ask.
3. A topic, problem or question jotted without its article or verb is said with them ('to the board', 'the agency
   spend being too high'), and items owed keep each its own article.
4. "we/our" in a highlight is the candidate's past team: 'my team at Parcelly cut churn by 12%'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.adapt import clause_form, topic
from afterview.writer.article import the_each
from afterview.writer.items import tie_clause
from afterview.writer.jotted_articles import with_articles
from afterview.writer.notice_reason import _start
from afterview.writer.passive_news import passive_participle
from afterview.writer.sent_items import as_sent
from afterview.writer.their_question import their_question
from afterview.writer.too_predicate import too_clause, too_noun
from helpers import draft_json

RECRUITER = """
candidate:
  name: {candidate}
  since_interview: {since}
position: {position}
company:
  name: {company}
  pace: {pace}
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  format: onsite
  decision_by: 2026-11-20
interviewers:
  - name: {recruiter}
    title: Talent Partner
    role: recruiter
    email: talent@example.com
    primary_contact: true
    topics:
{topics}
  - name: Sam Reed
    title: Manager
    role: hiring_manager
    email: sam@example.com
    topics:
      - the plan for next year
requested:
{requested}
history:
  - kind: thank_you
    to: {recruiter}
    at: 2026-11-10T16:00
"""

CASES = {
    "logistics": dict(
        candidate="Priya Nair", position="Operations Analyst", company="Freightly", recruiter="Laura Finch",
        pace="normal", since="[]", topics="      - my notice period - 2 months\n      - relocation to Manchester",
        requested="  - references\n  - copy of my degree certificate",
        said=("notice period is two months", "the contact details for my references and a copy of my degree"),
    ),
    "ward": dict(
        candidate="Grace Okafor", position="Ward Manager", company="St Anne's", recruiter="Helen Shaw",
        pace="busy", since="[renewed my ALS certificate]", topics="      - start date - could start in January\n"
        "      - DBS check",
        requested="  - DBS certificate number\n  - two referees' contact details",
        said=("I could start in January", "two referees' contact details"),
    ),
    "school": dict(
        candidate="Emma Lowe", position="Head of Maths", company="Riverside Academy", recruiter="Paul Dean",
        pace="normal", since="[]", topics="      - notice period - 1 term\n      - could start after Easter",
        requested="  - safeguarding certificate",
        said=("notice period is one term and I could start after Easter", "the safeguarding certificate"),
    ),
    "warehouse": dict(
        candidate="Tomasz Nowak", position="Shift Lead", company="Parcelpoint", recruiter="Ruth Ames",
        pace="normal", since="[]", topics="      - notice period 4 weeks\n      - night shifts",
        requested="  - forklift licence",
        said=("notice period is four weeks", "the forklift licence"),
    ),
}  # fmt: skip


def _checks(tmp_path: Path, case: str, tone: str | None = None) -> dict[str, str]:
    fields = {k: v for k, v in CASES[case].items() if k != "said"}
    notes = RECRUITER.format(**fields)
    args = ["--now", "2026-11-24T10:00", "--kind", "status_check", *(["--tone", tone] if tone else [])]
    run = draft_json(tmp_path, notes, *args)
    (check,) = [m for m in run["messages"] if m["kind"] == "status_check"]
    return {"body": str(check["body"]), "subject": str(check.get("subject") or "")}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_recruiters_check_asks_first_then_gives_the_logistics_and_the_items(tmp_path: Path, case: str) -> None:
    check = _checks(tmp_path, case)
    body, subject = check["body"], check["subject"]
    first = body.split("\n\n")[1]
    assert first.startswith(("I understood", "I wanted to", "I am writing")), body  # the ask, first
    for said in CASES[case]["said"]:
        assert said in first, body  # the notice or start, and the items, in the ask's practical paragraph
    assert "I remember" not in body and "I hope" not in body.split("\n\n")[1], body
    assert "a references" not in body and "details for my two referees'" not in body, body
    assert "–" not in subject or "role" in subject, subject
    assert len(body.split()) <= 130, body  # under the check's length (the greeting and sign-off counted too)
    if "notice period is" in first:
        assert subject.endswith("and my notice period"), subject


def test_each_tone_says_the_recruiters_check_differently(tmp_path: Path) -> None:
    tones = ("warm", "formal", "concise", "enthusiastic")
    bodies = {tone: _checks(tmp_path, "logistics", tone)["body"] for tone in tones}
    assert len(set(bodies.values())) == 4
    assert all("I am still very keen on the role; thank you for your help." not in b for b in bodies.values())


DECIDER = """
candidate:
  name: {name}
  since_interview:
    - {since}
position: {position}
company:
  name: {company}
interview:
  at: 2026-11-09T11:00
  timezone: Europe/Berlin
  format: video
  decision_by: 2026-11-20
interviewers:
  - name: Ana Ruiz
    role: hiring_manager
    email: ana@example.com
    primary_contact: true
    topics:
      - {topic}
history:
  - kind: thank_you
    to: Ana Ruiz
    at: 2026-11-09T17:00
"""


@pytest.mark.parametrize(
    ("name", "position", "company", "since", "topic"),
    [
        ("Jonas Berg", "Platform Engineer", "Northbeam", "shipped a Terraform module for blue-green deploys",
         "deploy pipeline"),
        ("Marco Bianchi", "Head Chef", "Harbour Kitchen", "finished a food hygiene level 3 course",
         "kitchen hygiene audits"),
        ("Aisha Bello", "Production Manager", "Inkwell", "passed my NEBOSH certificate",
         "safety audits on the press floor"),
        ("Liam Carter", "Account Executive", "Brightlane", "closed a renewal with a logistics account",
         "logistics accounts"),
    ],
    ids=["platform", "kitchen", "print", "sales"],
)  # fmt: skip
def test_a_deciders_check_asks_first_as_a_person_does(
    tmp_path: Path, name: str, position: str, company: str, since: str, topic: str
) -> None:
    notes = DECIDER.format(name=name, position=position, company=company, since=since, topic=topic)
    for tone in ("warm", "formal"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00", "--kind", "status_check", "--tone", tone)
        (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
        first = body.split("\n\n")[1]
        # the date as the notes give it, never credited to this reader ("You mentioned"), then the ask
        assert first.startswith(("I understood", "I understand")) and "20 November" in first, body
        assert "where things stand" in first or "whether there is any news" in first, body
        assert "I remember" not in body and "expected by" not in body, body
        assert since.split()[0] in body, body  # the one value item: the candidate's news since
        assert not body.rstrip().split("\n\n")[-2].endswith("thank you for your time."), body
        assert len(body.split()) <= 120, body


def test_items_owed_keep_each_its_own_article() -> None:
    assert the_each(["references", "copy of my degree certificate"]) == (
        "the references and a copy of my degree certificate"
    )
    assert the_each(["CV", "portfolio link"]) == "the CV and portfolio link"  # one 'the' where each takes one
    assert as_sent("the two referees' contact details") == "the two referees' contact details"
    assert as_sent("the references and a copy of my degree certificate").startswith("the contact details for my ref")


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("how I would report operations KPIs to board", "how I would report operations KPIs to the board"),
        ("how I would handle complaints at front desk", "how I would handle complaints at the front desk"),
        ("how I would cut agency spend on ward", "how I would cut agency spend on the ward"),
        ("the board wants monthly operations dashboard", "the board wants a monthly operations dashboard"),
        ("owner wants new menu", "the owner wants a new menu"),
        ("how I would deal with difficult parent", "how I would deal with a difficult parent"),
        ("how I would keep jobs on track", "how I would keep jobs on track"),  # an idiom keeps no article
        ("how I would work from home", "how I would work from home"),
        ("how I would price jobs for Acme", "how I would price jobs for Acme"),  # a name
        ("how I would lead teams across sites", "how I would lead teams across sites"),  # a plural
    ],
)
def test_a_jotting_gets_back_the_article_it_dropped(jotted: str, said: str) -> None:
    assert with_articles(jotted) == said


def test_their_question_and_topics_said_with_articles() -> None:
    assert their_question("how I'd report ops KPIs to board?") == "how I would report operations KPIs to the board"
    assert clause_form("board wants monthly operations dashboard") == "the board wants a monthly operations dashboard"
    assert topic("staffing on night shift") == "staffing on the night shift"


@pytest.mark.parametrize(
    ("jotted", "clause", "noun"),
    [
        ("agency spend too high", "the agency spend is too high", "the agency spend being too high"),
        ("makeready times too long on the old press", "the makeready times are too long on the old press",
         "the makeready times being too long on the old press"),
        ("response times too slow", "the response times are too slow", "the response times being too slow"),
        ("waiting list far too long", "the waiting list is far too long", "the waiting list being far too long"),
    ],
)  # fmt: skip
def test_a_problem_jotted_with_too_gets_its_verb(jotted: str, clause: str, noun: str) -> None:
    assert too_clause(jotted) == clause and clause_form(jotted) == clause
    assert too_noun(jotted) == noun and topic(jotted) == noun
    assert too_clause("too many no-shows") is None  # a quantity before its noun: nothing to complete


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        ("our team cut churn 12% (Parcelly)", "my team at Parcelly cut churn by 12%"),
        ("our department raised GCSE maths passes from 61% to 74%", "my department raised GCSE maths passes"),
        ("our ward cut falls by 20% with hourly rounding", "my ward cut falls by 20%"),
        ("our kitchen cut waste 20% (Nove)", "my kitchen at Nove cut waste by 20%"),
        ("we shipped v2 (team of 4)", "I was part of a team of four that shipped v2"),
    ],
)
def test_our_in_a_highlight_is_the_candidates_past_team(highlight: str, said: str) -> None:
    clause = tie_clause(highlight)
    assert clause is not None and clause.startswith(said), clause
    assert not clause.startswith("our ")


def test_a_grade_given_to_the_company_is_news_done_to_it() -> None:
    assert passive_participle("rated Good by Ofsted")
    assert passive_participle("graded Outstanding")
    assert not passive_participle("rated the new app")
    assert not passive_participle("opened a second site")


def test_a_start_the_candidate_could_make_is_not_the_companys() -> None:
    assert _start(["could start in early June"]) is None
    assert _start(["they'd like a Q2 start"]) == "Q2"
