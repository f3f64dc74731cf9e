"""Checks12 (issue 15, blind13's held-out misses as classes, on the hangar case's own notes): a casual note's comma
splice and stretched words are advice, not warnings; Harper's "you" -> "your" is checked against the words around
"you"; "I am writing to thank you" is ordinary; an indirect ask for
feedback asks; "which stage the file has reached" asks about the decision."""

from __future__ import annotations

import pytest
from hangar_case import casual, fired, formal, load, run

from afterview.vocabulary import Kind


@pytest.fixture
def notes(tmp_path):
    return load(tmp_path)


SPLICE = "The hangar tour was a highlight, it made the slot plan easy to picture."


def test_a_comma_splice_warns_in_a_formal_letter_and_is_advice_in_a_casual_note(notes) -> None:
    # since checks36 a comma splice is advice in a formal letter too (right on 2 of 8 drafts across blind25-33)
    assert any(f.code == "comma_splice" and f.severity == "info" for f in run(notes, formal(SPLICE)).findings)
    note = run(notes, casual(f"Thanks for today! {SPLICE}"))
    assert "warning:comma_splice" not in fired(note, "grammar")
    assert any(f.code == "comma_splice" and f.severity == "info" for f in note.findings)


def test_a_relative_aside_between_commas_is_no_comma_splice(notes) -> None:
    said = "At Atlantis Regional, where I ran the night-shift planning desk, I learned to plan around late parts."
    assert "warning:comma_splice" not in fired(run(notes, formal(said)), "grammar")


@pytest.mark.parametrize("word", ["Thanks sooo much for today!", "Heyyy, thanks for today!", "Thanks amigo!"])
def test_stretched_and_casual_words_are_not_spelling_warnings(notes, word) -> None:
    draft = run(notes, casual(f"{word} The hangar slot plan was great to see."))
    assert not [c for c in fired(draft, "grammar") if c.endswith("spelling")], fired(draft, "grammar")


def test_a_real_misspelling_in_a_casual_note_still_warns(notes) -> None:
    draft = run(notes, casual("Thanks for today! The hangar slot plan was greatt to see."))
    assert "warning:spelling" in fired(draft, "grammar")


@pytest.mark.parametrize(
    "said",
    [
        "I would look forward to working with you day to day on the slot plan.",
        "It would be a pleasure to support you week to week on the barcode rollout.",
    ],
)
def test_you_as_an_object_gets_no_possessive_advice(notes, said) -> None:
    assert not [c for c in fired(run(notes, formal(said)), "grammar") if "word_choice" in c]


@pytest.mark.parametrize(
    ("opening", "kind", "to"),
    [
        ("I am writing to thank you for the interview today.", Kind.thank_you, "Rui Tavares"),
        ("I am writing to follow up on the Maintenance Planning Lead role.", Kind.status_check, "Sofia Lima"),
    ],
)
def test_writing_to_thank_or_follow_up_is_ordinary(notes, opening, kind, to) -> None:
    body = (
        f"Dear {to.split()[0]},\n\n{opening} Is there any news on the timeline for the role? Since we spoke I passed "
        "the EASA Part-66 human factors module.\n\nKind regards,\nInês Carvalho"
    )
    assert "warning:stock_opening" not in fired(run(notes, body, kind, to), "ai_tells")


def test_writing_to_express_gratitude_is_still_a_stock_opening(notes) -> None:
    body = formal("I am writing to express my gratitude for the hangar tour.")
    assert "warning:stock_opening" in fired(run(notes, body), "ai_tells")


@pytest.mark.parametrize(
    ("said", "thanks"),
    [
        # warmth about the meeting is not the thanks a thank-you owes, casual or not: the blind corpora's authors
        # (blind7, blind8, blind10, blind11, blind12) label "Great meeting you today!" alone as a purpose fault
        ("Great chatting this morning! Loved hearing about the barcode scanning plan.", False),
        ("Cheers for the hangar tour this morning! Loved hearing about the barcode scanning plan.", True),
        ("Great chatting this morning, and much appreciated! Loved hearing about the barcode scanning plan.", True),
    ],
)
def test_a_casual_thank_you_thanks_in_words_of_thanks(notes, said, thanks) -> None:
    body = f"Rui!\n\n{said}\n\nCheers,\nInês"
    assert ("error:no_thanks" not in fired(run(notes, body), "purpose")) is thanks


def test_a_formal_note_that_is_only_warm_still_never_thanks(notes) -> None:
    body = (
        "Dear Mr Tavares,\n\nIt was great talking with you today about the barcode scanning plan.\n\n"
        "Kind regards,\nInês Carvalho"
    )
    assert "error:no_thanks" in fired(run(notes, body), "purpose")


_REJECTED = (
    "Dear Sofia,\n\nThank you for letting me know the panel's decision on the role. {said}\n\nBest regards,\nInês"
)


@pytest.mark.parametrize(
    "said",
    [
        "You offered to pass on the panel's feedback. I would find that genuinely helpful, above all on the slot plan.",
        "If you ever have a moment to share what tipped the decision, I'd welcome it.",
    ],
)
def test_an_indirect_ask_for_feedback_asks(notes, said) -> None:
    draft = run(notes, _REJECTED.format(said=said), Kind.feedback_request, "Sofia Lima")
    assert "error:no_feedback_question" not in fired(draft, "purpose")


def test_a_feedback_request_that_only_says_goodbye_still_asks_nothing(notes) -> None:
    said = "I enjoyed meeting the team and wish you every success with the Faro contract."
    draft = run(notes, _REJECTED.format(said=said), Kind.feedback_request, "Sofia Lima")
    assert "error:no_feedback_question" in fired(draft, "purpose")


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Could you tell me which stage my application has reached?", True),
        ("Could you let me know how far along the search is?", True),
        ("Could you tell me which stage the barcode rollout has reached?", False),
        # the follow-up on the role is the ask when nothing else is asked (checks42)
        ("I hope the barcode rollout is going well.", True),
    ],
)
def test_how_far_the_process_has_gone_is_a_status_question(notes, said, asks) -> None:
    body = (
        f"Dear Sofia,\n\nI am following up on the Maintenance Planning Lead role. {said} Since we spoke I passed "
        "the EASA Part-66 human factors module.\n\nKind regards,\nInês Carvalho"
    )
    draft = run(notes, body, Kind.status_check, "Sofia Lima")
    assert ("error:no_status_question" not in fired(draft, "purpose")) is asks


# --- personalization: the role's title is no topic; a topic said in other words is personal ---------------------
_STATUS = "Dear Sofia,\n\n{said}\n\nKind regards,\nInês Carvalho"


@pytest.mark.parametrize(
    ("said", "personal"),
    [
        (
            "I am writing to ask whether there is any update on my application for the Maintenance Planning Lead "
            "position. I remain very interested in the opportunity at Douro Aero Services.",
            False,
        ),
        (
            "I am writing to ask whether there is any update on the Maintenance Planning Lead position. Since we "
            "spoke I passed the EASA Part-66 human factors module.",
            True,
        ),
        (
            "Is there any news on the Maintenance Planning Lead role? I have kept thinking about the rotable spares "
            "problem Rui described.",
            True,
        ),
    ],
)
def test_a_status_check_that_fits_any_company_adds_no_value(notes, said, personal) -> None:
    draft = run(notes, _STATUS.format(said=said), Kind.status_check, "Sofia Lima")
    assert (not any(f.code == "no_value" for f in draft.findings)) is personal


@pytest.mark.parametrize(
    ("said", "personal"),
    [
        ("I enjoyed our talk about barcode scanning for spares.", True),
        ("Scanning the spare parts by barcode sounds like a smart move.", True),
        ("I enjoyed learning about the maintenance planning team.", False),
    ],
)
def test_a_thank_you_may_name_a_topic_in_other_words(notes, said, personal) -> None:
    draft = run(notes, formal(said))
    assert ("error:generic" not in fired(draft, "personalization")) is personal
