"""Four invented notes files of different trades (never a corpus file), for checks49's class tests: a bakery in
Lyon, a wind-farm service firm in Esbjerg, a hospital pharmacy in Pune and a logistics start-up in Monterrey. Each
interview was on a Tuesday (2026-10-06); drafts go the following week."""

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
  news:
    - {news}
interview:
  at: 2026-10-06T10:00
  timezone: {zone}
  duration_minutes: 60
  format: onsite
  outcome: {outcome}
interviewers:
  - name: {person}
    title: {title}
    role: hiring_manager
    email: boss@company.example
    topics:
      - {topic}
"""

TRADES = {
    "bakery": {
        "candidate": "Camille Roux",
        "highlight": "ran the laminating line at a bakery that supplies 60 cafés",
        "position": "Production Lead",
        "company": "Maison Berthet",
        "news": "started selling croissants through Instagram",
        "zone": "Europe/Paris",
        "person": "Luc Berthet",
        "title": "Owner",
        "topic": "supplying bakeries in Belgium and Switzerland",
    },
    "wind": {
        "candidate": "Jonas Krogh",
        "highlight": "led blade inspections on 40 offshore turbines",
        "position": "Blade Technician Lead",
        "company": "Nordvind Service",
        "news": "won a service contract for turbines off Norway",
        "zone": "Europe/Copenhagen",
        "person": "Mette Lund",
        "title": "Service Manager",
        "topic": "rope access crews from Esbjerg",
    },
    "pharmacy": {
        "candidate": "Anjali Deshmukh",
        "highlight": "cut dispensing errors on the oncology ward by half",
        "position": "Senior Clinical Pharmacist",
        "company": "Sahyadri Hospital",
        "news": "opened a satellite pharmacy in Nashik",
        "zone": "Asia/Kolkata",
        "person": "Rahul Kulkarni",
        "title": "Chief Pharmacist",
        "topic": "stock forecasting for slow-moving drugs, both of us from Nagpur",
    },
    "freight": {
        "candidate": "Diego Salinas",
        "highlight": "built the route planner for a fleet of 80 vans",
        "position": "Logistics Analyst",
        "company": "Ruta Norte",
        "news": "started deliveries to Guatemala and Honduras",
        "zone": "America/Monterrey",
        "person": "Lucía Garza",
        "title": "Head of Operations",
        "topic": "demand forecasting for the regional depots",
    },
}

LATER = datetime(2026, 10, 13, 10, 0).astimezone()


@cache
def trade_notes(trade: str, outcome: str = "pending") -> Notes:
    return notes_from_text(_NOTES.format(outcome=outcome, **TRADES[trade]), f"{trade}.yaml")


def check(trade: str, kind: Kind, body: str, outcome: str = "pending", greet: str | None = None) -> Draft:
    """The draft to the trade's interviewer (greeted by first name unless `greet` is given), checked as written."""
    t = TRADES[trade]
    first = greet or t["person"].split()[0]
    text = f"Dear {first},\n\n{body}\n\nKind regards,\n{t['candidate']}"
    notes = trade_notes(trade, outcome)
    return check_hand_written(notes, None, text, kind=kind, to=t["person"], now=LATER, send_at=LATER)


def codes(found: Draft, family: str) -> set[str]:
    return {f.code for f in found.findings if f.check == family and f.severity in ("error", "warning")}
