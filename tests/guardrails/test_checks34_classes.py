"""Stop 46 (checks34): claims read by the speech act of the sentence. A cleft or an "also" that names the
candidate's work the cause of something no notes item ties to it; and what is no claim of the candidate's: the
reader's own report ("you spoke about costs having doubled"), the reason for an offer ("because my thesis is on X,
I would be glad to help"), and what a course let the candidate learn. Sentences and notes written here, each class
with a near miss."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Tomasz Nowak
  highlights:
    - built a tram-stop signage audit for the Gdańsk transit authority
    - cut passenger complaints about signage by 30% with the new wayfinding boards at Gdańsk
    - trained 20 station staff on the accessibility checklist
  since_interview:
    - finished a course in inclusive wayfinding design
position: Wayfinding Designer
company:
  name: Baltic Rail Studio
  news:
    - won the contract for the new Szczecin interchange
interview:
  at: 2026-09-14T10:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Ewa Kowalska
    title: Design Director
    role: hiring_manager
    email: ewa@balticrail.example
    topics: [signage for the Szczecin interchange]
    challenges: [print costs having doubled since last year, visitors missing the platform exits]
"""

WHEN = datetime(2026, 9, 14, 14, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "wayfinding.yaml")


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Ewa,\n\nThank you for walking me through the Szczecin interchange plans today. "
        f"{middle} I would be glad to help with the platform exits.\n\nKind regards,\nTomasz"
    )
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Ewa Kowalska", now=WHEN, send_at=WHEN)


def fired(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a cleft names the candidate's work the cause of something no item ties to it
        "The signage audit I built in Gdańsk is what won the city a national design award.",
        "The signage audit I built in Gdańsk is what secured the city a national design prize.",
        "The signage audit I built in Gdańsk, which is what allowed the authority to win a national award.",
        # a further result claimed for the same work with "also"
        "The new wayfinding boards that cut complaints by 30% also doubled ridership at the stops.",
        "For the Gdańsk transit authority, a check at the start of each route was the part of my wayfinding boards"
        " that doubled ridership.",
    ],
)
def test_own_work_named_the_cause_of_an_untied_result(notes: Notes, sentence: str) -> None:
    assert "causal_link" in fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the cause and its effect in one own item
        "The new wayfinding boards at Gdańsk are what cut complaints about signage by 30%.",
        "The new wayfinding boards at Gdańsk also cut passenger complaints about signage by 30%.",
        # what the work did to the candidate, and a cleft of a mind's verb
        "Building the signage audit in Gdańsk is what taught me to read a station as a visitor does.",
        "Seeing the platform exits is what interested me most.",
        # a plain benefit or the writer's own aim after the cleft: no result claimed
        "The signage audit I built in Gdańsk was what made the busy weekends manageable.",
        "I trained station staff on the accessibility checklist, which is what I aimed for.",
        # the cause's words held by two items alike: the one that also states the effect is the cause's
        "For the Gdańsk transit authority, a check at the start of each route was the part of my wayfinding boards"
        " that cut complaints the most.",
    ],
)
def test_a_link_an_item_states_or_the_candidates_own_learning_is_no_causal_link(notes: Notes, sentence: str) -> None:
    assert "causal_link" not in fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Because I trained station staff on the accessibility checklist, I would be happy to run a session here.",
        "I finished a course in inclusive wayfinding design, which allowed me to delve into how exits are signed.",
        "I finished a course in inclusive wayfinding design, which helped me understand the exits problem better.",
    ],
)
def test_a_reason_for_an_offer_or_for_learning_is_no_causal_link(notes: Notes, sentence: str) -> None:
    assert "causal_link" not in fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Because I trained station staff on the accessibility checklist, Gdańsk doubled its ridership.",
        "I finished a course in inclusive wayfinding design, which allowed me to cut print costs by half.",
    ],
)
def test_a_result_after_the_same_connectives_is_still_a_causal_link(notes: Notes, sentence: str) -> None:
    assert "causal_link" in fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You spoke about print costs having doubled since last year, which sounds like a hard budget to plan.",
        "I was struck by your point about the budget, with print costs having doubled since last year.",
    ],
)
def test_a_participle_whose_doer_is_named_before_it_claims_nothing(notes: Notes, sentence: str) -> None:
    assert not fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Having doubled print output at the interchange, I know the printers well.",
        "I know the printers well, having doubled print output at the interchange.",
        "After having doubled print output at the interchange, I know the printers well.",
    ],
)
def test_a_participle_of_the_candidate_still_claims(notes: Notes, sentence: str) -> None:
    assert "unsupported_claim" in fired(thank(notes, sentence), "claims"), sentence


def feedback(notes: Notes, middle: str) -> Draft:
    body = f"Dear Ewa,\n\nThank you for letting me know; I understand the decision. {middle}\n\nKind regards,\nTomasz"
    return check_hand_written(
        notes, "Feedback", body, kind=Kind.feedback_request, to="Ewa Kowalska", now=WHEN, send_at=WHEN
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "If you could tell me what went most wrong, I would be grateful.",
        "I would be grateful to hear where I went so wrong in the portfolio review.",
        "Could you tell me what did not quite work in my signage exercise?",
    ],
)
def test_what_went_wrong_with_an_adverb_is_a_feedback_ask(notes: Notes, sentence: str) -> None:
    assert not fired(feedback(notes, sentence), "purpose"), sentence


def test_saying_what_went_wrong_asks_nothing(notes: Notes) -> None:
    draft = feedback(notes, "I think I know what went most wrong. Best of luck with the interchange.")
    assert "no_feedback_question" in fired(draft, "purpose")


def grammar_codes(notes: Notes, middle: str) -> set[str]:
    return fired(thank(notes, middle), "grammar")


@pytest.mark.parametrize(
    "sentence",
    [
        # a word of English Harper's dictionary lacks: news text writes it often
        "At Gdańsk we tested the boards in a room lined like a duvet cover.",
        # a relative clause without 'that' whose object is 'you': the verb after it is the noun's
        "The audit summary I sent you has not changed since Friday.",
        # a lead-in word, then a condition: the comma closes the condition, no splice
        "Please, if there is anything more you need from me, I would be glad to send it.",
        # the head is 'experience', not the gerund's object
        "My experience running audits for tram stops fits the interchange work closely.",
    ],
)
def test_right_english_the_engines_misread_stays_clean(notes: Notes, sentence: str) -> None:
    assert not grammar_codes(notes, sentence) & {"spelling", "agreement", "comma_splice"}, sentence


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("At Gdańsk we recieved the boards in a week.", "spelling"),
    ],
)
def test_near_misses_are_still_found(notes: Notes, sentence: str, code: str) -> None:
    assert code in grammar_codes(notes, sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a light verb with a figure's direction claims the result: their challenge told as done
        "At Gdańsk I got visitors missing the platform exits down from forty a day to five.",
        # the writer described as the doer in a lead-in
        "As the person who ran signage for the Szczecin interchange, I know its exits well.",
    ],
)
def test_their_item_claimed_by_a_light_verb_or_a_lead_in(notes: Notes, sentence: str) -> None:
    assert "unsupported_claim" in fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I got the chance to hear about the exits down on the lower platform.",
        "As someone who built a tram-stop signage audit for the Gdańsk transit authority, I care about exits.",
        "As the person who runs the interchange design, you will know the exits best, and I would learn from you.",
    ],
)
def test_a_light_verb_without_a_result_or_a_lead_in_of_own_work_claims_nothing(notes: Notes, sentence: str) -> None:
    assert "unsupported_claim" not in fired(thank(notes, sentence), "claims"), sentence


STUDIO = """\
candidate:
  name: Ines Duarte
  highlights:
    - built a shot checklist at Lumen Studio that cut re-shoots by a third
    - answered client complaints for Lumen Studio's weddings
position: Studio Producer
company:
  name: Casa Foto
interview:
  at: 2026-09-14T10:00
  timezone: Europe/Lisbon
  duration_minutes: 45
  format: video
interviewers:
  - name: Rui Matos
    title: Head of Production
    role: hiring_manager
    email: rui@casafoto.example
    topics: [planning shoots for the new catalogue]
"""


def studio_note(middle: str) -> Draft:
    notes = notes_from_text(STUDIO, "studio.yaml")
    body = f"Dear Rui,\n\nThank you for talking me through the new catalogue shoots today. {middle}\n\nBest,\nInes"
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Rui Matos", now=WHEN, send_at=WHEN)


def test_own_result_retold_with_another_size_is_a_wrong_figure() -> None:
    draft = studio_note("At Lumen Studio my shot checklist cut re-shoots by half.")
    # (claims reports the size too: test_checks18_classes keeps a size the item does not give a claimed result)
    assert "unsupported_number" in fired(draft, "facts")


def test_own_result_retold_with_its_own_size_is_clean() -> None:
    draft = studio_note("At Lumen Studio my shot checklist cut re-shoots by a third.")
    assert "unsupported_number" not in fired(draft, "facts")
    assert "unsupported_claim" not in fired(draft, "claims")


def test_a_size_the_item_never_gives_is_still_a_claimed_result() -> None:
    draft = studio_note("At Lumen Studio I halved client complaints for the weddings.")
    assert "unsupported_claim" in fired(draft, "claims")
    assert "unsupported_number" not in fired(draft, "facts")
