"""Notes of the checks52 tests' own (never a corpus file), one per trade: a bakery, a boatyard, a clinic and a
vineyard, each with the candidate's own items and the interviewer's topics and challenges, and a helper that runs
every check on a draft to one of them as `afterview check` does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@dataclass(frozen=True)
class Trade:
    candidate: str
    position: str
    company: str
    timezone: str
    reader: str
    highlights: tuple[str, ...]
    topics: tuple[str, ...]
    challenges: tuple[str, ...]
    since: tuple[str, ...] = ()


TRADES = {
    "bakery": Trade(
        "Ana Ferreira",
        "Production Lead",
        "Forno Azul",
        "Europe/Lisbon",
        "Rui Costa",
        ("ran the night bake for 14 bakers at Padaria Estrela", "cut dough waste by 12% with a proofing log"),
        ("moving the sourdough line to a second shift",),
        ("ovens go down twice a month in summer",),
    ),
    "boatyard": Trade(
        "Tom Keane",
        "Yard Foreman",
        "Harbour Marine",
        "Europe/Dublin",
        "Siobhan Walsh",
        ("led refits of 30 fishing trawlers at Kilmore Boatworks", "trained 8 apprentices in GRP repair"),
        ("winter storage for 200 yachts",),
        ("the travel hoist is booked out every spring",),
    ),
    "clinic": Trade(
        "Mei Lin",
        "Clinic Manager",
        "Harbourside Physio",
        "Australia/Sydney",
        "Grace Hall",
        ("managed bookings for six physios at Coastline Health", "set up SMS reminders that cut no-shows to 7%"),
        ("a second clinic in the northern suburbs",),
        ("the waiting list for hydrotherapy is three weeks",),
    ),
    "vineyard": Trade(
        "Luca Bruni",
        "Cellar Master",
        "Vigna Alta",
        "Europe/Rome",
        "Chiara Conti",
        ("ran the cellar for four vintages at Cantina Rossi", "built a barrel tracking sheet used by 6 cellar hands"),
        ("switching to wild ferments for the reds",),
        ("bottling always clashes with harvest",),
    ),
}

_NOTES = """\
candidate:
  name: {candidate}
  highlights:
{highlights}{since}position: {position}
company:
  name: {company}
interview:
  at: 2026-09-08T10:00
  timezone: {timezone}
  duration_minutes: 60
  format: onsite
interviewers:
  - name: {reader}
    title: Operations Manager
    role: hiring_manager
    email: reader@example.com
    topics:
{topics}    challenges:
{challenges}"""


def notes_of(trade: Trade) -> Notes:
    def listed(items: tuple[str, ...], indent: str) -> str:
        return "".join(f"{indent}- {item}\n" for item in items)

    since = "  since_interview:\n" + listed(trade.since, "    ") if trade.since else ""
    text = _NOTES.format(
        candidate=trade.candidate,
        highlights=listed(trade.highlights, "    "),
        since=since,
        position=trade.position,
        company=trade.company,
        timezone=trade.timezone,
        reader=trade.reader,
        topics=listed(trade.topics, "      "),
        challenges=listed(trade.challenges, "      "),
    )
    return notes_from_text(text, "checks52.yaml")


SENT = datetime(2026, 9, 8, 15, 0)


def thank_you(trade: str, middle: str, kind: Kind = Kind.thank_you, highlights: tuple[str, ...] = ()) -> Draft:
    """Every check on a short note to the trade's interviewer with `middle` as its second paragraph (and the
    candidate's highlights replaced, if given)."""
    t = TRADES[trade]
    if highlights:
        from dataclasses import replace

        t = replace(t, highlights=highlights)
    first = t.reader.split()[0]
    body = (
        f"Dear {first},\n\nThank you for meeting me today about the {t.position} role at {t.company}.\n\n"
        f"{middle}\n\nKind regards,\n{t.candidate}"
    )
    from zoneinfo import ZoneInfo

    moment = SENT.replace(tzinfo=ZoneInfo(t.timezone))
    return check_hand_written(notes_of(t), None, body, kind=kind, to=t.reader, now=moment, send_at=moment)


def codes(found: Draft, family: str) -> set[str]:
    """The codes of one family's warnings and errors."""
    return {f.code for f in found.findings if f.check == family and f.severity in ("error", "warning")}
