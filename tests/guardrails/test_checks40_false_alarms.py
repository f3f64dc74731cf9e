"""Checks40: false alarms found in three or more of blind25 … blind37 (spent), each written here in other words with
near misses that must keep their finding.

- purpose: a status ask made as a statement ("to request an update", "I'd be delighted to learn of any updates"),
  a role asked about as still open, a demand for a "firm answer"; a feedback ask about their judgement of the
  candidate ("where you felt I was less strong", "what the committee felt was missing") or "most appreciative of";
  the decision acknowledged in the writer's own words ("a pity that I did not get the position", "Bummer about the
  job") or misspelt ("the decission");
- negativity: "hours late" said of their data is their problem, not a complaint about the day;
- fluency: 'their' copied from the notes whose plural subject is in the item ("clients want … their own meetings");
- facts and grammar: the company's abbreviation with a possessive ("Ribeira Logistics Co.'s depot")."""

from __future__ import annotations

import dispatch_case
import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

CLOSE = "\n\nKind regards,\nInes Baptista"


def draft(kind: Kind, outcome: str, body: str, **notes: tuple[str, ...]) -> Draft:
    found = dispatch_notes(outcome, **notes)
    return check_hand_written(found, None, body + CLOSE, kind=kind, to="Rui Moreira", now=LATER, send_at=LATER)


def codes(found: Draft, family: str) -> set[str]:
    return {f.code for f in found.findings if f.check == family and f.severity in ("error", "warning")}


STATUS = "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along. {ask}"


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("I am writing to respectfully request an update on the Dispatch Supervisor position.", True),
        ("I would be delighted to learn of any news regarding the timeline.", True),
        ("Is the night dispatch role still open?", True),
        ("My other offer expires on Friday, so I will need a firm answer on the role before then.", True),
        ("The drivers keep asking me, so could you tell me what's going on?", True),
        # near misses: a request about something else, gladness about their project, their project's news asked
        ("I would be delighted to learn more about the cross-dock at Alverca.", False),
        ("Could you tell me what's going on with the cross-dock at Alverca?", False),
        ("I have attached the rota you requested.", False),
    ],
)
def test_status_asked_as_a_statement(ask: str, asks: bool) -> None:
    found = codes(draft(Kind.status_check, "pending", STATUS.format(ask=ask)), "purpose")
    assert ("no_status_question" not in found) is asks


FEEDBACK = "Dear Rui,\n\nThank you for letting me know your decision on the Dispatch Supervisor role. {ask}"


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("Would you be willing to tell me where you felt I was less convincing?", True),
        ("If you could tell me what the panel felt was missing in my experience, I would find it valuable.", True),
        ("I would be most appreciative of any insights you might share.", True),
        ("Please, anything you can tell me would help so much.", True),
        # near misses: their judgement reported, not asked; an offer to share; thanks for something done
        ("I know the panel felt I was a strong candidate, and I am grateful for that.", False),
        ("I'd be happy to share my own thoughts on the interview day.", False),
        ("I am appreciative of the tour of the depot.", False),
    ],
)
def test_feedback_asked_about_their_judgement(ask: str, asks: bool) -> None:
    found = codes(draft(Kind.feedback_request, "rejected", FEEDBACK.format(ask=ask)), "purpose")
    assert ("no_feedback_question" not in found) is asks


ASK = " Could you tell me what I could have done better in the interview?"


@pytest.mark.parametrize(
    ("opening", "acknowledges"),
    [
        ("Thank you for your mail. It is a pity that I did not get the position, but I understand.", True),
        ("Bummer about the job, but no hard feelings!", True),
        ("Thanks for you're email. I accept the decission.", True),
        ("Oh no, so sad to hear this!", True),
        # near misses: nothing of the outcome said; sadness about something else
        ("I enjoyed the tour of the cross-dock at Alverca.", False),
        ("I hope the cross-dock opens on time.", False),
    ],
)
def test_decision_acknowledged_in_own_words(opening: str, acknowledges: bool) -> None:
    body = f"Dear Rui,\n\n{opening}{ASK}"
    found = codes(draft(Kind.feedback_request, "rejected", body), "purpose")
    assert ("no_acknowledgement" not in found) is acknowledges


THANKS = "Dear Rui,\n\nThank you for the interview about the Dispatch Supervisor role. {line}"


@pytest.mark.parametrize(
    ("line", "complains"),
    [
        ("I enjoyed our talk about the scanner events that arrive hours late at the cross-dock.", False),
        ("I keep thinking about the night trailers that turn up hours late at Alverca.", False),
        # near misses: the day's own lateness is still a complaint
        ("The interview started two hours late, which was a shame.", True),
        ("We were running hours behind schedule all afternoon.", True),
    ],
)
def test_lateness_of_their_data_is_no_complaint(line: str, complains: bool) -> None:
    found = draft(Kind.thank_you, "pending", THANKS.format(line=line))
    assert ("process_complaint" in codes(found, "negativity")) is complains


CHALLENGE = "night drivers want a short handover before their own shift starts"


@pytest.mark.parametrize(
    ("challenge", "copied"),
    [
        (CHALLENGE, False),
        ("how new drivers split their time between the yard and the road", False),
        # near miss: a singular subject ('the depot team wants their …') is still the reader's, copied
        ("the depot team wants their handovers shorter", True),
    ],
)
def test_their_with_a_plural_subject_in_the_item(challenge: str, copied: bool) -> None:
    line = f"I keep thinking about how {challenge}."
    found = draft(Kind.thank_you, "pending", THANKS.format(line=line), challenges=(challenge,))
    assert ("copied_pronoun" in codes(found, "fluency")) is copied


def _notes_with_company(name: str) -> Notes:
    text = dispatch_case._NOTES.format(
        highlights=f"    - {dispatch_case.HIGHLIGHT}\n",
        since="",
        outcome="pending",
        topics="      - the new cross-dock at Alverca\n",
        challenges="",
    ).replace("name: Ribeira Logistics", f"name: {name}")
    return notes_from_text(text, "dispatch.yaml")


@pytest.mark.parametrize("line", ["I would be glad to help with Ribeira Logistics Co.'s night rota."])
def test_company_abbreviation_with_a_possessive(line: str) -> None:
    notes = _notes_with_company("Ribeira Logistics Co.")
    body = THANKS.format(line=line) + CLOSE
    found = check_hand_written(notes, None, body, kind=Kind.thank_you, to="Rui Moreira", now=LATER, send_at=LATER)
    assert "unsupported_name" not in codes(found, "facts")
    assert not any(f.check == "grammar" and "'s'" in f.message for f in found.findings)


@pytest.mark.parametrize(
    ("line", "claimed"),
    [
        ("The night-shift dispatch I ran at Tejo Freight dealt with the same late trailers.", False),
        ("The night-shift dispatch I ran for 40 drivers there might also help with the late trailers.", False),
        # near miss: the thing named before "I" is their topic, claimed as done
        ("The new cross-dock I ran at Tejo Freight dealt with the same late trailers.", True),
    ],
)
def test_work_named_before_i_with_an_irregular_main_verb(line: str, claimed: bool) -> None:
    found = draft(Kind.thank_you, "pending", THANKS.format(line=line))
    assert ("unsupported_claim" in codes(found, "claims")) is claimed


@pytest.mark.parametrize(
    ("kind", "outcome", "asks", "two"),
    [
        # one ask announced, or valued, then asked
        (
            Kind.status_check,
            "pending",
            "I am writing to ask how things are progressing with the Dispatch Supervisor position. Would you be able"
            " to share an idea of when a decision is likely?",
            False,
        ),
        (
            Kind.feedback_request,
            "rejected",
            "Thank you for letting me know the outcome. Any feedback you could give me would be valuable. Would you"
            " be able to share a few thoughts?",
            False,
        ),
        # near misses: a favour of another kind asked after the ask
        (
            Kind.status_check,
            "pending",
            "I am writing to ask how things are progressing with the Dispatch Supervisor position. Would you be able"
            " to introduce me to the depot manager at Alverca?",
            True,
        ),
        (
            Kind.feedback_request,
            "rejected",
            "Thank you for letting me know the outcome. Any feedback you could give me would be valuable. Would you"
            " be able to introduce me to the depot manager at Alverca?",
            True,
        ),
    ],
)
def test_one_ask_announced_then_asked(kind: Kind, outcome: str, asks: str, two: bool) -> None:
    found = draft(kind, outcome, f"Dear Rui,\n\n{asks}")
    assert ("two_asks" in codes(found, "fluency")) is two
