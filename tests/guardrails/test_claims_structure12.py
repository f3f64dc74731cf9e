"""Checks12 claims (issue 15, blind13's held-out misses as classes, on the hangar case's own notes): blame of people
in hindsight ("the old crew should have caught it") is no cause claimed for their problem, while a tool's hindsight
("a tracker would have caught it") still is; "despite management rather than because of it" credits no result to
another."""

from __future__ import annotations

import pytest
from hangar_case import fired, formal, load, run


@pytest.fixture
def notes(tmp_path):
    return load(tmp_path)


@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        (
            "The aircraft on ground waiting on rotable spares is costly, and the stores team should have caught it.",
            False,
        ),
        (
            "The aircraft on ground waiting on rotable spares is costly; a spares tracker would have caught it early.",
            True,
        ),
    ],
)
def test_hindsight_blame_of_people_is_no_cause_claimed(notes, said, claimed) -> None:
    assert ("error:causal_link" in fired(run(notes, formal(said)), "claims")) is claimed


def test_despite_them_rather_than_because_of_it_links_no_results(notes) -> None:
    said = (
        "I ran the night-shift planning desk for a fleet of 14 turboprops at Atlantis Regional. The A-check task "
        "cards I rebuilt there cut check time from 9 to 7 hours despite the management rather than because of it."
    )
    assert "error:causal_link" not in fired(run(notes, formal(said)), "claims")


# --- credit moved between interviewers: what follows "As Name explained," is theirs ---------------------------
@pytest.mark.parametrize(
    ("said", "moved"),
    [
        # hangar slot planning is Marta's topic, not Rui's
        ("As Mr. Tavares explained, hangar slot planning for heavy checks is the tightest part of the winter.", True),
        ("As Marta explained, hangar slot planning for heavy checks is the tightest part of the winter.", False),
    ],
)
def test_a_point_told_as_said_by_the_wrong_person_is_misattributed(notes, said, moved) -> None:
    assert ("error:misattributed_credit" in fired(run(notes, formal(said)), "claims")) is moved


# The reader given another interviewer's item ("your overview of X", "you described X") is a draft meant for someone
# else: since checks35 a note, not a claim (the readers of blind25 … blind32 marked it impersonal or copied, never a
# claim); test_checks35_classes.py holds the class.
@pytest.mark.parametrize(
    ("said", "noted"),
    [
        ("I enjoyed your overview of hangar slot planning for heavy checks.", True),
        ("I enjoyed your overview of barcode scanning for the spare parts.", False),
    ],
)
def test_the_reader_given_anothers_point_is_noted(notes, said, noted) -> None:
    draft = run(notes, formal(said))
    assert "error:misattributed_credit" not in fired(draft, "claims")
    assert any(f.code == "misattributed_credit" and f.severity == "info" for f in draft.findings) is noted


def test_a_title_in_another_language_does_not_end_the_sentence(notes) -> None:
    from afterview.guardrails.text import sentences

    said = "As Sra. Lima said, the timeline is short. Mme. Roy agreed."
    assert [s.text for s in sentences(said)] == ["As Sra. Lima said, the timeline is short.", "Mme. Roy agreed."]


# --- how the interview went, and a document sent, are no work claimed ---------------------------------------------
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("Any feedback on the way I presented the rotable spares figures would help me.", False),
        ("I presented the rotable spares figures to the board at Atlantis Regional.", True),
        (
            "Since we spoke I passed the EASA Part-66 human factors module and sent Sofia the barcode scanning notes.",
            False,
        ),
    ],
)
def test_the_manner_of_the_interview_and_a_document_sent_claim_no_work(notes, said, claimed) -> None:
    assert ("error:unsupported_claim" in fired(run(notes, formal(said)), "claims")) is claimed


# --- one of the candidate's items made the cause of another -------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "linked"),
    [
        (
            "Running the night-shift planning desk is what made the A-check task cards cut check time from 9 to 7"
            " hours.",
            True,
        ),
        ("I rebuilt the A-check task cards, cutting check time from 9 to 7 hours.", False),
    ],
)
def test_one_own_item_said_to_have_made_another_happen_is_a_causal_link(notes, said, linked) -> None:
    assert ("error:causal_link" in fired(run(notes, formal(said)), "claims")) is linked


# --- the clause reader: subject, verb of work, object; the object compared with both sides of the notes ----------
def test_the_clause_reader_reads_subject_verb_and_object() -> None:
    from afterview.guardrails.claim_clauses import work_clauses

    (c,) = work_clauses("On the Vila Real job we managed to cut the turnaround of the spares by 40%.")
    assert (c.subject, c.verb) == ("we", "cut")
    assert "turnaround of the spares" in c.object
    (c,) = work_clauses("I talked a lot about the costing sheet I built for 14 hangars and not enough about AOG.")
    assert c.object.strip() == "the costing sheet"  # what was built, named before "I"; the turn is left out
    assert work_clauses("I would love to build a spares tracker for you.") == []
    assert work_clauses("I enjoyed the tour and moved to Porto in 2020.") == []


@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        # their challenge (aircraft on ground waiting on rotable spares) told as the candidate's result
        ("At Atlantis Regional we managed to cut aircraft on ground time waiting on rotable spares by half.", True),
        ("I had moved the spare parts inventory onto barcode scanning at Atlantis Regional.", True),
        # the candidate's own item, told with "we"
        ("At Atlantis Regional we rebuilt the A-check task cards, which took check time from 9 to 7 hours.", False),
        # a wish about their work claims nothing
        ("I would love to help move the spare-parts inventory onto barcode scanning.", False),
    ],
)
def test_a_clause_of_work_on_their_item_is_unsupported(notes, said, claimed) -> None:
    assert ("error:unsupported_claim" in fired(run(notes, formal(said)), "claims")) is claimed


def test_experience_claimed_beside_own_work_in_the_sentence_is_backed(notes) -> None:
    said = (
        "Long A-checks are a problem I know well: at Atlantis Regional we rebuilt the A-check task cards and cut check"
        " time from 9 to 7 hours."
    )
    assert "error:unsupported_claim" not in fired(run(notes, formal(said)), "claims")


@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        # the own deed in other words: same verb (rebuilt) and a word of its object (A-check)
        ("I believe the A-check spare-parts inventory I rebuilt at Atlantis Regional would carry over well.", False),
        # the own thing as the doer of their result: the result is claimed, not the thing
        (
            "The A-check task cards I rebuilt at Atlantis Regional cut aircraft on ground waiting on rotable spares.",
            True,
        ),
        # their item, with a verb no own item has
        (
            "I believe the spare-parts inventory I moved onto barcode scanning at Atlantis Regional would carry over.",
            True,
        ),
    ],
)
def test_an_own_deed_in_other_words_is_not_their_work(notes, said, claimed) -> None:
    assert ("error:unsupported_claim" in fired(run(notes, formal(said)), "claims")) is claimed
