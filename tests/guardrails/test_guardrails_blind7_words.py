"""Word-level classes of fault found on blind7's tune half, each tested on phrasings written here (never a corpus
sentence) and on notes of their own: a hospital pharmacy in Cardiff."""

from __future__ import annotations

import pytest
from pharmacy_case import NOTES as PHARMACY
from pharmacy_case import fired, load, run, thanks

from afterview.notes.model import Notes

# the recruiter names a problem of her own too (read by the count and "our" rules)
NOTES = PHARMACY.replace(
    "    topics: [the hiring timeline]\n",
    "    topics: [the hiring timeline]\n    challenges: [a queue of 1,200 unfilled prescriptions]\n",
)


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load(NOTES, tmp_path_factory.mktemp("notes"))


# --- grammar: your for you're before an adverb, it's for its after a preposition or a verb of having ------
@pytest.mark.parametrize(
    "said, code",
    [
        ("If your still weighing the shortlist, I can send more detail.", "your_youre"),
        ("I know your probably juggling a lot this month.", "your_youre"),
        ("While your currently recruiting for two roles, I will keep this short.", "your_youre"),
        ("Each ward keeps it's controlled drugs in a locked cabinet.", "its_its"),
        ("The pharmacy is proud of it's audit record.", ""),
        ("The robot runs on it's own backup power.", ""),
        ("The cabinet locks itself when it's battery pack runs low.", "its_its"),
        ("The pharmacy was proud that it's mission statement came first.", "its_its"),
    ],
)
def test_word_slips_are_grammar_warnings(notes, said: str, code: str) -> None:
    assert [c for c in fired(run(notes, thanks(said)), "grammar") if c.endswith(f":{code}") or not code], run(
        notes, thanks(said)
    ).findings


@pytest.mark.parametrize(
    "said",
    [
        "Your still-open question about the cabinets is a good one.",
        "It's worth saying that the cabinets will help.",
        "It's clear the team cares, and it's a pleasure to say so.",
        "It's time the wards had a single stock list.",
        "It's nothing short of impressive how it's been run.",
        "It's teamwork that keeps a pharmacy safe.",
        "It's progress worth noting, and it's teamwork now.",
        "The gaps in the records were clear.",
        "After each triage of the stock list, we update the board.",
        "We moved the ward lists onto a new WMS last spring.",
        "I enjoyed the cataloguing of returned stock and the dialogue with the wards.",
    ],
)
def test_careful_sentences_stay_clean(notes, said: str) -> None:
    assert fired(run(notes, thanks(said)), "grammar") == [], run(notes, thanks(said)).findings


# --- placeholders: a note to self in brackets, however long -----------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "[check the exact start date with Beth before sending this]",
        "[add the audit figures from the St Aidan's report here, if I can find them]",
        "I can start soon [confirm notice period with current employer].",
    ],
)
def test_a_bracketed_note_to_self_is_a_placeholder(notes, said: str) -> None:
    assert fired(run(notes, thanks(said)), "placeholders")


# --- claims: a cause and effect one of your own items states is supported -------------------------------
def test_a_link_your_own_item_states_is_no_invented_link(notes) -> None:
    said = "At St Aidan's I introduced barcode checks that cut dispensing errors from 12 to 3 a month."
    assert fired(run(notes, thanks(said)), "claims") == []


@pytest.mark.parametrize(
    "said",
    [
        "The technicians I trained on the robot dispenser are the reason dispensing errors fell from 12 to 3 a month.",
        "Training 20 technicians on the robot dispenser is why dispensing errors fell from 12 to 3 a month.",
        "Thanks to the 20 technicians I trained on the robot dispenser, dispensing errors fell from 12 to 3 a month.",
    ],
)
def test_a_cause_the_notes_do_not_give_is_a_claim(notes, said: str) -> None:
    assert fired(run(notes, thanks(said)), "claims")


def test_two_items_joined_by_and_keep_each_its_own_result(notes) -> None:
    said = (
        "At St Aidan's I trained 20 technicians on the new robot dispenser and introduced barcode checks that cut "
        "dispensing errors from 12 to 3 a month."
    )
    assert fired(run(notes, thanks(said)), "claims") == []


# --- facts: a count is read past its adverbs and participles, in the notes and in the draft ----------------
@pytest.mark.parametrize(
    "said, wrong",
    [
        ("The four wards you audited sound like a good place to start.", False),
        ("The four recently audited wards sound like a good place to start.", False),
        ("Expired stock on four wards is fixable.", False),
        ("The five audited wards sound like a lot of work.", True),
        ("Expired stock on six wards is fixable.", True),
    ],
)
def test_a_count_is_read_past_its_describing_words(notes, said: str, wrong: bool) -> None:
    assert bool([c for c in fired(run(notes, thanks(said)), "facts") if "number" in c]) is wrong


# --- a contraction typed without its apostrophe is a grammar slip, never a name --------------------------
@pytest.mark.parametrize(
    "said", ["That was the best interview Ive had.", "Honestly Im keen to help.", "I think Youre right about it."]
)
def test_a_contraction_without_its_apostrophe_is_a_slip_not_a_name(notes, said: str) -> None:
    draft = run(notes, thanks(said))
    assert fired(draft, "facts") == [] and fired(draft, "grammar"), draft.findings


# --- grammar: agreement across two prepositional phrases ------------------------------------------------
@pytest.mark.parametrize(
    "said, wrong",
    [
        ("The gaps in the records of the audited wards was clear.", True),
        ("The delays on the routes into the main store has been hard on the team.", True),
        ("The labels on the boxes of saline was the first thing I noticed.", True),
        ("The gaps in the records of the audited wards were clear.", False),
        ("The list of drugs on each ward was long.", False),
        ("The checks in the form of a barcode scan were quick.", False),
        ("I liked the gaps in the history of 40 works that the team is tracing.", False),
        ("The notes on the storage of 12 drugs needs a review.", True),
        ("I was nervous when the gaps in the history of the robot was raised.", True),
        ("It helps if the checks on each ward of the hospital is done daily.", True),
        ("I noticed it when the labels on the boxes were checked.", False),
    ],
)
def test_agreement_across_two_phrases(notes, said: str, wrong: bool) -> None:
    assert bool([c for c in fired(run(notes, thanks(said)), "grammar") if c.endswith("agreement")]) is wrong


# --- claims: "our" with the company's own problem, a figure included ------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I keep thinking about how we could clear our expired stock on four wards.",
        "Together we could get our expired stock on 4 wards down to zero.",
        "I would love to help shorten our queue of 1,200 as soon as I start.",
    ],
)
def test_our_for_their_problem_is_a_claim(notes, said: str) -> None:
    assert "error:not_our_team" in fired(run(notes, thanks(said)), "claims")


# --- claims: making what the notes say you used or taught ------------------------------------------------
@pytest.mark.parametrize(
    "said, inflated",
    [
        ("At St Aidan's I built the robot dispenser the technicians rely on.", True),
        ("I designed the new robot dispenser at St Aidan's.", True),
        ("I developed the robot dispenser and then trained the technicians on it.", True),
        ("I trained 20 technicians on the new robot dispenser at St Aidan's.", False),
        ("I introduced barcode checks at St Aidan's, which I designed myself.", False),
        ("I built a close working relationship with the ward managers.", False),
    ],
)
def test_authorship_the_notes_do_not_give_is_a_claim(notes, said: str, inflated: bool) -> None:
    assert ("error:inflated_claim" in fired(run(notes, thanks(said)), "claims")) is inflated


@pytest.mark.parametrize("said", ["Thank you for the informations you shared.", "I got many advices from the team."])
def test_a_pluralised_mass_noun_is_still_a_warning(notes, said: str) -> None:
    assert fired(run(notes, thanks(said)), "grammar")


@pytest.mark.parametrize(
    "said", ["Two hundred prescriptions a day is a lot.", "I saw four family-run pharmacies in July."]
)
def test_hundreds_and_family_are_counted_things_not_describing_words(notes, said: str) -> None:
    found = run(notes, thanks(said)).findings
    assert not [f for f in found if f.check == "facts" and "count" in f.message], found
