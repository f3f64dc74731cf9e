"""Four invented notes files of different trades (never a corpus file), for checks53's class tests: a ferry
operator in Split, a cocoa co-operative in Kumasi, a ski-lift company in Innsbruck and a seed bank in Adelaide. The
interview was on Tuesday 2026-11-03; drafts go the following week. `culture` and `role` are the tests' to set."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

_NOTES = """\
candidate:
  name: {candidate}
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
  culture: {culture}
  news:
    - {news}
interview:
  at: 2026-11-03T10:00
  timezone: {zone}
  duration_minutes: 60
  format: onsite
  outcome: {outcome}
interviewers:
  - name: {person}
    title: {title}
    role: {role}
    email: boss@company.example
    topics:
      - {topic}
      - {crews}
"""

TRADES = {
    "ferry": {
        "candidate": "Ivana Horvat",
        "highlight": "rebuilt the booking system for a fleet of six car ferries",
        "position": "Operations Planner",
        "company": "Jadran Lines",
        "news": "added a summer route to Vis",
        "zone": "Europe/Zagreb",
        "person": "Marko Babić",
        "title": "Director of Operations",
        "topic": "timetables for the island routes",
        "crews": "deck hands and their shift patterns",
    },
    "cocoa": {
        "candidate": "Kwame Asante",
        "highlight": "set up mobile payments for 2,000 cocoa farmers",
        "position": "Farmer Services Lead",
        "company": "Ashanti Cocoa Union",
        "news": "won a fair-trade premium contract",
        "zone": "Africa/Accra",
        "person": "Efua Mensah",
        "title": "Managing Director",
        "topic": "weighing cocoa at the village sheds",
        "crews": "purchasing clerks and their weekly routes",
    },
    "lifts": {
        "candidate": "Lena Gruber",
        "highlight": "cut chairlift downtime by a third at a resort in Tyrol",
        "position": "Maintenance Planner",
        "company": "Nordkette Bahnen",
        "news": "ordered a new gondola for the Hafelekar",
        "zone": "Europe/Vienna",
        "person": "Stefan Huber",
        "title": "Chief Executive",
        "topic": "planning inspections before the winter season",
        "crews": "lift mechanics and their callout rota",
    },
    "seeds": {
        "candidate": "Ruby Nguyen",
        "highlight": "catalogued 4,000 native seed lots for a conservation trust",
        "position": "Collections Officer",
        "company": "Southern Seed Vault",
        "news": "opened a new drying room",
        "zone": "Australia/Adelaide",
        "person": "Grant Ellis",
        "title": "Founder",
        "topic": "germination testing for old seed lots",
        "crews": "volunteer collectors and their field notebooks",
    },
}

LATER = datetime(2026, 11, 10, 10, 0).astimezone()


@cache
def trade_notes(
    trade: str, culture: str = "neutral", role: str = "hiring_manager", outcome: str = "pending", crews: str = ""
) -> Notes:
    """The trade's notes; `crews` replaces its second topic (the one with 'their' in it)."""
    fields = {**TRADES[trade], "culture": culture, "role": role, "outcome": outcome}
    fields["crews"] = crews or fields["crews"]
    return notes_from_text(_NOTES.format(**fields), f"{trade}-{culture}-{role}-{outcome}.yaml")


def check(
    trade: str,
    kind: Kind,
    body: str,
    *,
    culture: str = "neutral",
    role: str = "hiring_manager",
    greeting: str | None = None,
    signoff: str = "Kind regards,",
    crews: str = "",
) -> Draft:
    """The draft to the trade's interviewer, greeted by first name unless `greeting` is given, checked as written."""
    t = TRADES[trade]
    outcome = "rejected" if kind is Kind.feedback_request else "pending"
    hello = greeting or f"Dear {t['person'].split()[0]},"
    text = f"{hello}\n\n{body}\n\n{signoff}\n{t['candidate']}"
    notes = trade_notes(trade, culture, role, outcome, crews)
    return check_hand_written(notes, None, text, kind=kind, to=t["person"], now=LATER, send_at=LATER)


def findings(found: Draft, family: str) -> list[str]:
    """Each warning or error of `family` as 'severity:code'."""
    kept = ("error", "warning")
    return [f"{f.severity}:{f.code}" for f in found.findings if f.check == family and f.severity in kept]


def codes(found: Draft, family: str) -> set[str]:
    return {f.code for f in found.findings if f.check == family and f.severity in ("error", "warning")}
