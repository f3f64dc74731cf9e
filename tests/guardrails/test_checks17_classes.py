"""Classes of fault read from the spent blind16-blind18 halves, blind19's tune half and the real model's run8 drafts
(issue 15, checks17), each tested on cases made up here: a cider house in Normandy, with other names, trades and
wordings than the drafts they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.length import check_length
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.purpose import check_purpose
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

CIDER = """
candidate:
  name: Maëlle Guivarc'h
  highlights:
    - Head of Production at Verger de l'Odet, output 40k -> 120k bottles a year
    - our team of 5 set up a pasteurisation line at Verger de l'Odet
    - bottling waste 9% -> 4%
    - keeps bees, 3 hives
  since_interview:
    - finished the IFV course on wild fermentation with the Caen chamber
position: Cellar Master
company:
  name: Cidrerie du Pays d'Auge
  news:
    - won a gold medal at the Concours Général Agricole
    - signed a 2-year export deal with a Quebec importer
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Paris
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Hélène Marchand
    title: Owner
    role: hiring_manager
    email: helene@cidrerie.example
    primary_contact: true
    topics:
      - pressing apples in 6-hour shifts
      - moving the barrel records to a tablet app
      - the perry blend for the spring release
    challenges:
      - barrel records kept in 2 paper ledgers
      - the old belt press breaks down every few weeks
  - name: Yannick Le Goff
    title: Cellar Hand
    role: peer
    channel: linkedin
    topics:
      - keeving in the cold months
  - name: Tanaka Yui
    greet_as: Yui
    title: Export Manager
    role: other
    email: yui.tanaka@cidrerie.example
    topics:
      - labels for the Japanese market
requested:
  - a sample fermentation log
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes(outcome: str = "pending") -> Notes:
    return notes_from_text(CIDER.replace("outcome: pending", f"outcome: {outcome}"), "cider.yaml")


def _findings(
    check: Check,
    said: str,
    kind: Kind = Kind.thank_you,
    to: str = "Hélène Marchand",
    first: str | None = None,
    greet: str | None = None,
) -> list[Finding]:
    n = _notes("rejected" if kind is Kind.feedback_request else "pending")
    send: datetime = n.interview.start + timedelta(hours=3)
    if kind is Kind.status_check:
        send = n.interview.start + timedelta(days=9)
    plan = make_plan(n, send, feedback_request=kind is Kind.feedback_request)
    opening = "Thank you for showing me the cellar and the perry blend." if first is None else first
    body = f"Dear {greet or to.split()[0]},\n\n{opening} {said}\n\nKind regards,\nMaëlle Guivarc'h"
    draft = Draft(kind, to, Channel.email, "Thank you", body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == to), None)
    return [f for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"]


def _codes(check: Check, said: str, **kw: object) -> set[str]:
    return {f.code for f in _findings(check, said, **kw)}  # type: ignore[arg-type]


# 1. Negativity said as the writer's reaction, as an easy fix, or by a comparison; neutral mentions stay clean.
@pytest.mark.parametrize(
    "said",
    [
        # dismay at the state of their things
        "I was honestly surprised that a cider house of your standing still keeps its barrel records on paper.",
        "I was a little shocked to see that nobody has replaced the belt press yet.",
        "The state of the tasting room was rather disappointing to see.",
        "The label designs were a bit of a letdown, if I may say so.",
        "Frankly, the tablet app you showed me felt clunky.",
        "Though the bottling hall looked rather shabby, I could see its potential.",
        # their problem called easy
        "A few weekends with a spreadsheet would fix those ledgers in no time.",
        "Honestly, the press breakdowns sound like an easy fix.",
        # a comparison whose other side is run down
        "Compared with the estate I visited last week, where no one could tell me who ran the cellar, your team was"
        " a joy.",
        # a former employer's people obstructing
        "At Verger de l'Odet the owners blocked every upgrade we proposed.",
        "At Verger de l'Odet management never wanted to pay for proper maintenance.",
    ],
)
def test_negativity_said_sideways_is_caught(said: str) -> None:
    assert _codes(check_negativity, said)


@pytest.mark.parametrize(
    "said",
    [
        "I was pleasantly surprised by how much the team has already digitised.",
        "I was surprised to learn that perry pears can take decades to fruit.",
        "I was surprised how quickly the morning went.",
        "Honestly, the perry blend was the highlight of my week.",
        "Even though the barrel records sit in two paper ledgers, the tablet app should bring them together.",
        "While the old press is slow to clean, a maintenance rota would help.",
        "I could move the ledgers into the app quickly with the templates I used at Verger de l'Odet.",
        "There is no quick fix for an ageing press, but I would enjoy working on it.",
        "In my experience ledgers split across sites are a very solvable problem with a shared template.",
        "Unlike my last role, where I never worked with perry, this would be new ground for me.",
        "I can't wait to see the cellar in spring, haha.",
        "I was struck by how openly you described the ledger problem.",
    ],
)
def test_neutral_sentences_stay_clean(said: str) -> None:
    assert not _codes(check_negativity, said)


def test_disappointment_at_the_decision_is_no_verdict_on_their_things() -> None:
    got = _codes(
        check_negativity,
        "To be honest, I was disappointed, as I had hoped to join the cellar team.",
        kind=Kind.feedback_request,
        first="Thank you for letting me know your decision.",
    )
    assert not got


# 2. A detail moved between notes items: a measured figure told of another item; news told as someone's speech.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I appreciated hearing how moving the barrel records to a tablet app takes about six hours.", True),
        ("The perry blend for the spring release, which I gather takes six hours, sounds fascinating.", True),
        ("Pressing apples in 6-hour shifts sounds demanding, and I have done long pressing days before.", False),
        ("After six hours of pressing apples, moving the barrel records to a tablet app must feel like a rest.", False),
        ("I have been thinking about the perry blend for the spring release.", False),
    ],
)
def test_a_figure_told_of_another_item_is_a_moved_detail(said: str, flagged: bool) -> None:
    assert ("moved_detail" in _codes(check_facts, said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I appreciated how you explained the export deal with the Quebec importer.", True),
        ("Thank you for describing the gold medal at the Concours Général Agricole.", False),  # no speaker named
        ("Hélène mentioned the gold medal at the Concours Général Agricole.", True),
        ("I was glad to read about the export deal with the Quebec importer.", False),
        ("You mentioned the perry blend, and I read about the export deal with the Quebec importer.", False),
        ("You described the tablet app for the barrel records.", False),
    ],
)
def test_company_news_told_as_their_speech(said: str, flagged: bool) -> None:
    assert ("news_as_speech" in _codes(check_facts, said)) is flagged


# 3. Claims: a general claim paraphrasing an own item is supported; one the notes do not hold is not.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I have led production through rapid growth before.", False),
        ("I have run a cellar through fast growth before, and I would bring that here.", False),
        ("I have reduced bottling waste before.", False),
        ("I have led a sales team through a merger before.", True),
        ("Since we spoke I have completed a short course on wild fermentation with the Caen chamber.", False),
        ("I have completed a sommelier certificate.", True),
        ("I recognised a lot in what you described about the belt press.", False),
        ("I personally set up a pasteurisation line at Verger de l'Odet and lifted output to 120k bottles.", True),
    ],
)
def test_claims_match_own_items_by_meaning(said: str, flagged: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is flagged


# 4. A status check must ask; a follow-up on the role asks about it (checks42: blind25 … blind38's readers never
# faulted one), unless the message asks about something else.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("You mentioned a decision by 4 December, so I wanted to check in on the Cellar Master role.", False),
        ("As you said, the decision was due this week, so I am following up on my application.", False),
        ("I wanted to follow up on the role, since you mentioned a decision this week.", False),
        ("I wanted to check in on the role and see whether there is any update.", False),
        ("You mentioned a decision by 4 December; is there any news on the Cellar Master role?", False),
        ("I wanted to check in on the timeline for the role.", False),
        # the process's next stage is its timeline; the team's own project is not
        ("I wanted to check in on the role and ask whether there is any update on the site visit.", False),
        ("Is there any news about the final round?", False),
        ("I wanted to check in on the role and ask whether there is any update on the new press hall.", True),
    ],
)
def test_a_status_check_that_never_asks_is_caught(said: str, flagged: bool) -> None:
    got = _codes(check_purpose, said, kind=Kind.status_check, first="I hope the pressing season is going well.")
    assert ("no_status_question" in got) is flagged


# 5. Fluency: after a no, staying in touch is no second ask; a 'vs' warns only when pasted from the notes; a
# mail-merge greeting is one whatever its accents or a slip of one letter.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        (
            "Could you share any feedback on my interview? I would love to stay in touch, so please keep me in mind for"
            " future openings.",
            False,
        ),
        ("Could you share any feedback on my interview? Please let me know if a similar role comes up.", False),
        ("Could you share any feedback on my interview? And could you send me the tasting notes from the day?", True),
    ],
)
def test_staying_in_touch_is_no_second_ask_after_a_no(said: str, flagged: bool) -> None:
    got = _codes(check_fluency, said, kind=Kind.feedback_request, first="Thank you for letting me know.")
    assert ("two_asks" in got) is flagged


def test_versus_warns_only_when_copied_from_the_notes() -> None:
    notes = CIDER.replace("- keeving in the cold months", "- keeving vs filtering in the cold months")
    n = notes_from_text(notes, "cider.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)

    def severity(said: str) -> str | None:
        body = f"Dear Hélène,\n\nThank you for the tour. {said}\n\nKind regards,\nMaëlle Guivarc'h"
        draft = Draft(Kind.thank_you, "Hélène Marchand", Channel.email, "Thank you", body, "test", "warm")
        found = check_fluency(draft, CheckContext(n, send, plan, plan.messages[0]))
        return next((f.severity for f in found if f.code == "notes_shorthand"), None)

    # (checks32: copied into a sentence of its own it is the writer's style, info; pasted as a fragment, a seam)
    assert severity("I enjoyed our talk about this topic: keeving vs filtering.") == "warning"
    assert severity("I enjoyed our talk about keeving vs filtering.") == "info"
    assert severity("I keep weighing sweetness vs acidity in the perry.") == "info"


@pytest.mark.parametrize("greet", ["Helene Marchand", "Hélène Marchant", "Helene Marchand-"])
def test_a_mail_merge_greeting_is_one_without_accents_or_one_letter_off(greet: str) -> None:
    got = _codes(check_fluency, "I enjoyed the perry blend.", greet=greet.rstrip("-"))
    assert "mail_merge_greeting" in got


def test_a_different_person_greeted_is_no_mail_merge() -> None:
    assert "mail_merge_greeting" not in _codes(check_fluency, "I enjoyed the perry blend.", greet="Hélène")


# 6. A title before the bare given name greet_as gives is a wrong surname; the greet_as itself is right.
@pytest.mark.parametrize(("greet", "flagged"), [("Ms Yui", True), ("Yui", False), ("Ms Tanaka", False)])
def test_a_title_goes_with_the_family_name(greet: str, flagged: bool) -> None:
    got = _codes(check_facts, "I enjoyed our talk about labels for the Japanese market.", to="Tanaka Yui", greet=greet)
    assert ("wrong_surname" in got) is flagged


# 7. A message the plan does not hold, to a LinkedIn contact, is judged as a LinkedIn message.
def test_an_unplanned_status_check_to_a_linkedin_peer_is_no_email_without_subject() -> None:
    n = _notes()
    now = n.interview.start + timedelta(days=9)
    body = "Hi Yannick, I hope keeving is going well. Have you heard when a decision on the Cellar Master role is due?"
    draft = check_hand_written(n, None, body, kind=Kind.status_check, to="Yannick Le Goff", now=now, send_at=now)
    assert draft.channel is Channel.linkedin
    codes = {f.code for f in check_length(draft, CheckContext(n, now, make_plan(n, now), None))}
    assert "no_subject" not in codes and "too_short" not in codes


# 8. Grammar: a bare plural of people with a singular verb; a dash opens a part a lead-in starts (no splice);
# 'there' after its noun is a place, not 'their'.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tourists wants a label that says how long the cider keeps.", True),
        ("I think that our growers needs a simpler price list.", True),
        ("Tourists want a label that says how long the cider keeps.", False),
        ("Peters was very welcoming on the tour.", False),
    ],
)
def test_a_plural_of_people_takes_a_plural_verb(text: str, flagged: bool) -> None:
    from afterview.guardrails.grammar.agreement import agreement

    assert bool(agreement(text)) is flagged


def test_a_dash_opens_a_lead_in_not_a_splice() -> None:
    from afterview.guardrails.grammar.splices import comma_splices

    ok = "I liked how you described the press — with every batch passing through it, it is easy to see the strain."
    assert not comma_splices(ok)
    assert comma_splices("I liked the tour of the cellar, it was a real pleasure to see the barrels.")


def test_there_after_its_noun_is_a_place() -> None:
    from afterview.guardrails.grammar.harper_rules import rule_verdict

    assert rule_verdict("ThereToTheir", "there", "I saw how a delay", " ripples through the week.") == "skip"
    assert rule_verdict("ThereToTheir", "there", "I enjoyed meeting", " team.") is None


# 9. Facts of the candidate's own: a start date they offer, the span of their own search; the notes' dates still
# bind a date told of the process.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I have found a flat in Rouen and could start on 2 February.", False),
        ("I've been applying for eight months, and this is the role I most want.", False),
        ("You said the decision would come on 2 February.", True),
        ("The cellar has been short-staffed for eight months, I gather.", True),
    ],
)
def test_own_plans_are_no_facts_of_the_notes(said: str, flagged: bool) -> None:
    got = _codes(check_facts, said) & {"unsupported_date", "unsupported_number"}
    assert bool(got) is flagged
