"""The dispatch case the stop 46 and checks37 class tests share: notes of the tests' own (never a corpus file) —
Ines Baptista, Dispatch Supervisor at Ribeira Logistics, met by Rui Moreira — and the moment a status check goes."""

from __future__ import annotations

from datetime import datetime

from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes

HIGHLIGHT = "ran night-shift dispatch for 40 drivers at Tejo Freight"

_NOTES = """\
candidate:
  name: Ines Baptista
  highlights:
{highlights}{since}position: Dispatch Supervisor
company:
  name: Ribeira Logistics
interview:
  at: 2026-09-08T09:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: onsite
  outcome: {outcome}
interviewers:
  - name: Rui Moreira
    title: Operations Manager
    role: hiring_manager
    email: rui@ribeira.example
    topics:
{topics}{challenges}"""

LATER = datetime(2026, 9, 21, 10, 0).astimezone()


def dispatch_notes(
    outcome: str = "pending",
    highlights: tuple[str, ...] = (HIGHLIGHT,),
    since: tuple[str, ...] = (),
    topics: tuple[str, ...] = ("the new cross-dock at Alverca",),
    challenges: tuple[str, ...] = (),
) -> Notes:
    """The dispatch notes with the outcome, the candidate's own items and Rui's given."""
    listed = "".join(f"    - {item}\n" for item in highlights)
    after = "  since_interview:\n" + "".join(f"    - {item}\n" for item in since) if since else ""
    talked = "".join(f"      - {item}\n" for item in topics)
    hard = "    challenges:\n" + "".join(f"      - {item}\n" for item in challenges) if challenges else ""
    text = _NOTES.format(highlights=listed, since=after, outcome=outcome, topics=talked, challenges=hard)
    return notes_from_text(text, "dispatch.yaml")


# A thank-you to Rui with one line of the candidate's in it, for the negativity tests' lines said in other words.
CLOSE = "\n\nKind regards,\nInes Baptista"
THANKS = (
    "Dear Rui,\n\nThank you for talking with me about the Dispatch Supervisor role and the cross-dock at Alverca. "
    "{line} I would be glad to help the night team with that.\n\nThank you again for your time."
)


def negativity_codes(line: str) -> set[str]:
    """The negativity codes (warning or error) of that thank-you with `line` in it, as `afterview check` finds them."""
    from afterview.hand_written import check_hand_written
    from afterview.vocabulary import Kind

    found = check_hand_written(
        dispatch_notes("pending"),
        None,
        THANKS.format(line=line) + CLOSE,
        kind=Kind.thank_you,
        to="Rui Moreira",
        now=LATER,
        send_at=LATER,
    )
    return {f.code for f in found.findings if f.check == "negativity" and f.severity in ("error", "warning")}
