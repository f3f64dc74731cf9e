"""Thank-yous with nothing of the candidate's to tie (issue 17, second pass): they still say something of
the person's own (what the candidate would like to learn), an executive's card says their news, and
notes-speak (the role's acronym, a number without its unit, 'School of History got …') is said in full."""

from __future__ import annotations

from pathlib import Path

from afterview.writer.notespeak import expand_role_acronym, restore_units
from helpers import draft_json

NOTES = """
candidate:
  name: Mira Okonkwo
  highlights:
    - ran the night audit for a 140-room hotel
position: Front Office Manager
company:
  name: Harbourlight Hotel
  culture: neutral
  news:
    - School of Hospitality got funding for a new apprenticeship scheme
interview:
  at: 2026-11-30T10:00
  timezone: Europe/London
interviewers:
  - name: Grace Holloway
    title: General Manager
    role: hiring_manager
    email: grace@harbourlight.example
    topics:
      - the handover to the new FOM
      - the spring refurbishment of the lobby
    challenges:
      - group bookings clash with the wedding season
  - name: Owen Price
    title: Reservations Lead
    role: peer
    email: owen@harbourlight.example
    topics:
      - the 3.5 GHz guest wifi upgrade
      - dead spots on 3.5 in the east wing
  - name: Helen Marsh
    title: Owner
    role: executive
    channel: handwritten
    topics:
      - room revenue up this year but the restaurant losing money
      - opening a rooftop bar next summer
"""


def thanks(tmp_path: Path, *args: str) -> dict[str, str]:
    run = draft_json(tmp_path, NOTES, "--now", "2026-11-30T15:00", *args)
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


def test_the_roles_own_acronym_is_said_as_the_role() -> None:
    assert expand_role_acronym("the handover to the new FOM", "Front Office Manager") == (
        "the handover to the new Front Office Manager"
    )
    assert expand_role_acronym("how the DoD works with the board", "Director of Development") == (
        "how the Director of Development works with the board"
    )
    # two letters (PM, AM) or a name ('AM Best') or a time ('3 PM') are left as they are
    assert expand_role_acronym("AM Best affirmed the rating", "Account Manager") == "AM Best affirmed the rating"
    assert expand_role_acronym("the FOM Group at 3 FOM", "Front Office Manager") == "the FOM Group at 3 FOM"
    assert expand_role_acronym("the SQL backlog", "Senior QA Lead") == "the SQL backlog"


def test_a_bare_number_keeps_the_unit_the_notes_give_it_once() -> None:
    notes = "the 3.5 GHz rollout; interference on 3.5"
    assert restore_units("interference on 3.5.", notes) == "interference on 3.5 GHz."
    assert restore_units("version 2.5 shipped", notes) == "version 2.5 shipped"
    assert restore_units("£3.5 and 3.5%", notes) == "£3.5 and 3.5%"
    assert restore_units("on 3.5 now", "3.5 GHz and 3.5 MHz") == "on 3.5 now"  # two units: no guess


def test_notes_speak_is_said_in_full_in_the_drafts(tmp_path: Path) -> None:
    bodies = thanks(tmp_path, "--tone", "warm")
    every = "\n".join(bodies.values())
    assert "FOM" not in every
    assert "on 3.5 GHz in the east wing" in every
    assert "on 3.5 in" not in every
    assert "School of Hospitality got" not in every.replace("the School of Hospitality got", "")


def test_a_thank_you_with_nothing_tied_says_what_the_candidate_would_like_to_learn(tmp_path: Path) -> None:
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        bodies = thanks(tmp_path, "--tone", tone)
        grace = bodies["Grace Holloway"]
        # nothing of the candidate's relates to a hotel's refurbishment or its wedding season
        assert "night audit" not in grace
        # said as what was discussed (WRITER11: "I hope to hear more about …" read as if nothing was learned)
        said = (
            "talk through",
            "talk about",
            "Our conversation about",
            "discuss",
            "our discussion of",
            "time we spent on",
            "Our talk about",
            "Going over",
            "covered",
            "digging into",
            "Getting into",
        )
        assert any(w in grace for w in said), (tone, grace)
        assert not any(w in grace for w in ("hope to hear more about", "curious to learn more")), (tone, grace)
        interest = [s for s in grace.replace("\n", " ").split(". ") if any(w in s for w in said)]
        assert all(i not in bodies["Owen Price"] for i in interest), tone


def test_an_executive_card_says_their_news_and_not_their_sore_point(tmp_path: Path) -> None:
    for tone in ("warm", "formal"):
        card = thanks(tmp_path, "--tone", tone)["Helen Marsh"]
        assert "restaurant" not in card and "losing" not in card, card
        assert "rooftop bar" in card  # their topic
        # writer69 (reverses WRITER20 for an executive): a card the notes give more for than its thanks carries the
        # company's news to the executive who sets the direction, said in full ('received', never 'got')
        assert "School of Hospitality got" not in card, card


def test_a_jotted_fact_is_said_as_a_noun_phrase_not_as_a_manner() -> None:
    from afterview.writer.adapt import topic

    assert topic("relocation up to £3,000") == "relocation of up to £3,000"
    assert topic("donor retention about 38%") == "donor retention of about 38%"
    assert topic("relocation to Esbjerg and Danish lessons paid") == (
        "the paid relocation to Esbjerg and Danish lessons"
    )
    assert topic("visa sponsored") == "the sponsored visa"
    # a verb of its own is no jotted fact: 'grew to 40' stays a clause
    assert "of 40" not in topic("the team grew to 40")
