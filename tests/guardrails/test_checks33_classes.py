"""Stop 45 (checks33): classes blind30 showed claims, negativity and grammar missing. Blame said with hindsight or a
sneer, the process disputed; word slips Harper passes; their problem claimed as already solved, and 'we' for their
work before joining. Sentences and notes written here, each class with a near miss."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.guardrails.grammar.slips import word_slips
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Priya Raman
  highlights:
    - rebuilt the picking routes at Kestrel Foods, mis-picks down 40%
    - trained 12 new warehouse staff on the scanners
    - co-lead of the cold-chain audit at Kestrel Foods
    - cut trailer loading time from 40 to 25 minutes with the dock team at Kestrel Foods
position: Warehouse Operations Lead
company:
  name: Norrland Freight
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Stockholm
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Lars Berg
    title: Head of Operations
    role: hiring_manager
    email: lars@norrland.example
    topics: [moving the cold store to the new Umeå site]
    challenges: [pallet damage on the night loading dock]
    rapport: [his vintage forklift collection]
"""

WHEN = datetime(2026, 10, 6, 13, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "freight.yaml")


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Lars,\n\nThank you for showing me the night loading dock today. "
        f"{middle} I would be glad to help with the move to Umeå.\n\nKind regards,\nPriya"
    )
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Lars Berg", now=WHEN, send_at=WHEN)


def fired(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    "sentence",
    [
        "At my last job the directors kept moving shift patterns without asking the floor leads.",
        "The dock layout looks like it was designed by someone who never had to load a trailer at night.",
        "Frankly, the racking should have been replaced at the planning stage.",
        "Leaving pallets unwrapped overnight is a pretty basic handling mistake.",
        "Some hauliers just don't get how fragile chilled goods are.",
        "Honestly, it might be time to find a new haulier.",
        "I felt the second panel had already made up its mind before I arrived.",
        "I know the scheduling has been a bit all over the place this month.",
        "Night-shift experience was never mentioned in the job advert.",
        "The practical test seemed weighted towards people who already work here.",
        "As I have now been waiting four weeks, I would like an answer.",
    ],
)
def test_blame_hindsight_and_dispute_are_negative(notes: Notes, sentence: str) -> None:
    assert fired(thank(notes, sentence), "negativity"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The pallet damage is a frustrating problem, and I liked how openly the team talked about it.",
        "I learned how quickly trust fades when drivers are kept waiting at the gate.",
        "I should have been clearer about my notice period, so: it is four weeks.",
        "I'm a junior lead at Kestrel Foods today, and I would love to grow into this role.",
        "My scanner training covered the basic handling checks new staff often skip.",
    ],
)
def test_near_misses_stay_clean(notes: Notes, sentence: str) -> None:
    assert not fired(thank(notes, sentence), "negativity"), sentence


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Thank you for taking the time to showed me the dock.", "showed"),
        ("I could be on site three day a week.", "day"),
        ("There's some quick wins on the dock.", "There's"),
        ("I would be grateful any notes on my answers.", "any"),
        ("It reminded me off the cold store at Kestrel.", "off"),
        ("The site at Kestrel were we had the same problem was smaller.", "were"),
        ("I expect there reply this week.", "there"),
        ("I'd love to see you're new scanner setup.", "you're"),
        ("Its encouraging to see the plan so far along.", "Its"),
        ("Chilled stock is harder to stack on then dry pallets.", "then"),
    ],
)
def test_word_slips_are_found(text: str, wrong: str) -> None:
    found = word_slips(text)
    assert any(text[f.span[0] : f.span[1]] == wrong for f in found if f.span), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "I look forward to detailed plans for the site.",
        "I ran two day workshops for new staff.",
        "Rising costs are hard on every warehouse.",
        "The delays on the night shift sound like a real strain.",
        "It will make the process feel calmer.",
        "We worked harder and then regular checks began.",
        "I'd love to see you're settled in the new site.",
        "I'm grateful the team took the time.",
        "Its ability to hold the cold chain is impressive.",
        "Our children love the water park.",
        "I'd be happy to take that part off your desk.",
        "Were we to start in March, I could join the move.",
    ],
)
def test_right_words_stay_clean(text: str) -> None:
    assert not word_slips(text), text


@pytest.mark.parametrize(
    "sentence",
    [
        "Pallet damage on a night dock is close to the one I fixed at Kestrel Foods.",
        "My checklists already cleared pallet damage on the night dock at Kestrel Foods.",
        "When we move the cold store to the new Umeå site, the dock will need a second shift.",
    ],
)
def test_their_problem_claimed_as_solved_or_as_ours(notes: Notes, sentence: str) -> None:
    assert fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Pallet damage on a night dock is something I would enjoy working on with you.",
        "My rebuilt picking routes at Kestrel Foods cut mis-picks by 40%, and the same care could help the dock.",
        "When we spoke about the new Umeå site, I could see how much planning it needs.",
    ],
)
def test_own_work_and_the_conversation_claim_nothing(notes: Notes, sentence: str) -> None:
    assert not fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I led the cold-chain audit at Kestrel Foods.",
        "In the interview I explained how I cut trailer loading time from 40 to 25 minutes at Kestrel Foods.",
    ],
)
def test_a_shared_role_or_a_team_result_retold_as_mine_alone(notes: Notes, sentence: str) -> None:
    assert fired(thank(notes, sentence), "claims"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I was co-lead of the cold-chain audit at Kestrel Foods.",
        "In the interview I explained how the dock team and I cut trailer loading time from 40 to 25 minutes.",
    ],
)
def test_the_share_kept_claims_nothing(notes: Notes, sentence: str) -> None:
    assert not fired(thank(notes, sentence), "claims"), sentence


def test_their_thing_said_as_mine_is_misattributed(notes: Notes) -> None:
    draft = thank(notes, "I would love to show you my vintage forklift collection some day.")
    assert "misattributed_credit" in fired(draft, "claims")


def test_their_thing_said_as_theirs_claims_nothing(notes: Notes) -> None:
    draft = thank(
        notes, "I would love to see your vintage forklift collection some day; my own forklift days are over."
    )
    assert "misattributed_credit" not in fired(draft, "claims")


@pytest.mark.parametrize(
    "sentence",
    [
        "I have thought about little else since we met.",
        "This is the job I have been working towards my entire career.",
        "I would appreciate a definitive answer by Friday 9 October.",
    ],
)
def test_pleading_and_a_deadline_set_for_them_are_tone(notes: Notes, sentence: str) -> None:
    assert fired(thank(notes, sentence), "tone"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll confirm my notice period by Friday 9 October so you can plan around it.",
        "I had understood the shortlist would be settled by Friday 9 October, so the timing suits me well.",
    ],
)
def test_a_date_of_my_own_or_theirs_reported_is_no_deadline(notes: Notes, sentence: str) -> None:
    assert "pushy" not in fired(thank(notes, sentence), "tone"), sentence
