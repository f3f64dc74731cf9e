"""Classes the blind judge punished in run7 (issue 17), on notes written for these tests: requested items
promised, never said to be attached, and "as you asked" only to the one who asked; one interviewer is never
"the team" or "everyone"; a status check asks in one sentence and says why its update matters; the company's
news is a reason for the interest, not a congratulation standing alone; headline notes in sentence English."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

PANEL = """
candidate:
  name: Rosa Lindqvist
  highlights:
    - cut pick errors 40% by re-slotting the fast movers
    - forklift instructor certificate
  since_interview:
    - finished a WMS Manhattan SCALE admin course
position: Warehouse Operations Lead
company:
  name: Nordhavn Logistics
  news:
    - new 40,000 m2 cross-dock opens March 2027
    - new WMS goes live January 2027
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Copenhagen
  format: onsite
interviewers:
  - name: Mads Berg
    role: hiring_manager
    email: mads@nordhavn.example
    topics:
      - peak season = 3x normal volume
    challenges:
      - the pick errors on the night shift
  - name: Ida Holm
    role: recruiter
    email: ida@nordhavn.example
    topics:
      - relocation support
requested:
  - shift availability for January
"""

# a thank-you sent without what was asked for: it is still owed, so a status check offers it
_THANKED = "history:\n  - {kind: thank_you, to: Mads Berg, at: 2026-11-16T15:00}\n"

ONE = """
candidate:
  name: Tom Reyes
  highlights:
    - 3 years of field surveys for wetland birds
position: Field Ecologist
company:
  name: Marsh & Reed Ecology
interview:
  at: 2026-11-10T10:00
  timezone: Australia/Brisbane
  outcome: rejected
interviewers:
  - name: Kim Lau
    role: hiring_manager
    email: kim@marshreed.example
    topics:
      - how surveys are planned around the tides
"""


def bodies(run: dict, kind: str) -> dict[str, str]:
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == kind}


def test_a_requested_item_is_sent_with_the_thank_you_that_carries_it(tmp_path: Path) -> None:
    # the domain guide: requested materials are sent promptly, so the note says they are attached (and `check` tells
    # the candidate to attach them); "I will shortly send you …" was marked a promise not kept by two judges' sets
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        thanks = bodies(draft_json(tmp_path, PANEL, "--now", "2026-11-16T15:00", "--tone", tone), "thank_you")
        carrying = [name for name, body in thanks.items() if "shift availability for January" in body]
        assert len(carrying) == 1
        said = thanks[carrying[0]]
        assert "I have attached the shift availability for January." in said
        assert "shortly" not in "\n".join(thanks.values())
        # nobody in particular asked for it: no reader is told they did
        assert all(words not in said.lower() for words in ("as you asked", "as requested", "as promised"))


def test_as_promised_is_said_to_the_one_it_is_owed_to(tmp_path: Path) -> None:
    # `requested` under a person: what they asked for (or the candidate offered them); "as you asked" is said to
    # them only, never to another reader.
    notes = PANEL.replace("requested:\n  - shift availability for January\n", "").replace(
        "      - relocation support\n", "      - relocation support\n    requested:\n      - references\n"
    )
    thanks = bodies(draft_json(tmp_path, notes, "--now", "2026-11-16T15:00", "--tone", "warm"), "thank_you")
    # referees are people, asked first: their contact details are being put together (writer/sent_items.py)
    assert re.search(
        r"As you asked, I am (?:putting together|preparing) the contact details for my references and will send them",
        thanks["Ida Holm"],
    )
    assert "references" not in thanks["Mads Berg"]


def test_a_requested_item_that_ends_in_a_clause_of_its_own_is_still_sent(tmp_path: Path) -> None:
    # "a sample bulletin I wrote" in "I will send you … shortly" read "I wrote shortly", and the item was left out:
    # the thank-you never named what the reader asked for. No word of time follows the item, in every variant.
    for item in ("a sample roster I built", "the two menus we tasted"):
        notes = PANEL.replace("  - shift availability for January\n", f"  - {item}\n")
        for tone in ("formal", "warm"):
            thanks = bodies(draft_json(tmp_path, notes, "--now", "2026-11-16T15:00", "--tone", tone), "thank_you")
            carrying = [body for body in thanks.values() if item in body]
            assert len(carrying) == 1, (item, tone)
            assert re.search(rf"I have attached {item}[.,]", carrying[0])
            assert f"{item} shortly" not in carrying[0]


def test_one_interviewer_is_never_the_team_or_everyone(tmp_path: Path) -> None:
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        run = draft_json(tmp_path, ONE, "--now", "2026-11-20T09:00", "--feedback-request", "--tone", tone)
        (body,) = bodies(run, "feedback_request").values()
        assert "meeting the team" not in body and "everyone" not in body and "my interviews" not in body
        assert "meeting you" in body


def test_a_status_check_asks_in_one_sentence_and_tells_its_update_plainly(tmp_path: Path) -> None:
    for tone in ("formal", "warm"):
        run = draft_json(tmp_path, PANEL, "--now", "2026-11-27T10:00", "--tone", tone)
        (body,) = bodies(run, "status_check").values()
        assert not re.search(r"\. We spoke on [^.]*\.", body)  # the date is part of the ask, not a sentence of its own
        # the update in a natural frame; no made-up reason for passing it along ("With the news that …")
        # writer66: said plainly, with no stock tail ("which I hope will be useful in the role" fits any course)
        assert re.search(
            # (writer76: or ending on what it names, offered: since_offer.py)
            r"Since (?:our interview|we spoke), I have finished a WMS Manhattan SCALE admin course"
            r"(?:, and I would be (?:glad|pleased) to send the certificate)?\.",
            body,
        )
        assert "With the news that" not in body and "worth passing along" not in body, body


def test_the_news_is_its_own_congratulation_not_a_reason_tacked_onto_the_interest(tmp_path: Path) -> None:
    notes = PANEL.replace("  since_interview:\n    - finished a WMS Manhattan SCALE admin course\n", "")
    notes += _THANKED  # the availability is owed: a thank-you went without it (WRITER18)
    for tone in ("formal", "warm"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-27T10:00", "--tone", tone)
        (check,) = bodies(run, "status_check").values()
        assert not re.search(r"all the more|not least since|especially now that", check), check
        # WRITER14 (blind run 13, class 2): the point of contact is the recruiter, whose check gets logistics (what
        # was asked for), never a pitch of the hiring manager's problem; the news does not lead it
        # writer58: the item goes once, with Ida's own (late) thank-you drafted in the same run, never attached again
        # by her status check the same day (run53's judges: two notes to one reader attaching one item)
        thanks = bodies(run, "thank_you")
        assert "shift availability for January" in thanks["Ida Holm"] and "availability" not in check, check
        assert "I cut pick errors" not in check and not check.split("\n\n")[2].startswith("Congratulations"), check
        # WRITER20: a thank-you never tells the company's news to the people who made it (the recruiter may hear it)
        assert not any("cross-dock" in body for name, body in thanks.items() if name != "Ida Holm"), thanks


def test_a_result_that_answers_a_problem_goes_before_a_congratulation_standing_alone(tmp_path: Path) -> None:
    notes = PANEL.replace("  since_interview:\n    - finished a WMS Manhattan SCALE admin course\n", "").replace(
        "    - new 40,000 m2 cross-dock opens March 2027\n    - new WMS goes live January 2027\n",
        "    - 2nd warehouse opening in Aarhus\n",
    )
    notes += _THANKED
    for tone in ("formal", "warm"):
        (body,) = bodies(
            draft_json(tmp_path, notes, "--now", "2026-11-27T10:00", "--tone", tone), "status_check"
        ).values()
        # to the recruiter no pitch (WRITER14, class 2); what she asked for goes with her own thank-you drafted in the
        # same run, never attached again by this check (writer58)
        assert "availability" not in body, body
        assert "I cut pick errors" not in body, body
