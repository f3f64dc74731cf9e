"""Notes invented for writer68's tests of the thank-you email (several trades, different amounts of material): the
hiring manager's or peer's email, drafted in every tone, is read by tests/writer/test_thank_you_*.py."""

from __future__ import annotations

from pathlib import Path

from helpers import draft_json

TONES = ("warm", "formal", "concise", "enthusiastic")
NOW = "2026-11-24T16:00"

# their problem, a topic and a result that moves what the problem counts (the tie bears)
DAIRY = """
candidate:
  name: Owen Pritchard
  highlights:
    - moved the herd to rotational grazing, bought-in feed fell 18%
    - trained four relief milkers
position: Herd Manager
company:
  name: Glenfield Dairy
  news:
    - won a regional sustainability award
interview:
  at: 2026-11-24T09:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Ruth Evans
    role: hiring_manager
    email: ruth@glenfield.example
    topics:
      - the new rotary milking parlour
    challenges:
      - bought-in feed costs rose 25% this year
  - name: Gareth Lloyd
    role: peer
    email: gareth@glenfield.example
    topics:
      - calving records on the new software
      - the relief rota
    rapport:
      - both showed heifers at the Royal Welsh
"""
SOFTWARE = """
candidate:
  name: Ravi Menon
  highlights:
    - cut the mobile app crash rate by 60% at Parcelly
position: Senior iOS Engineer
company:
  name: Tidewater
interview:
  at: 2026-11-24T14:00
  timezone: America/New_York
  format: video
interviewers:
  - name: Kim Min-jun
    greet_as: Min-jun
    role: hiring_manager
    email: minjun@tidewater.example
    topics:
      - the offline mode for field crews
    challenges:
      - the crash rate has risen since the last release
"""
# their problem and a highlight that does not answer it: no tie, a question about it instead
SCHOOL = """
candidate:
  name: Hannah Osei
  highlights:
    - ran a reading-mentor scheme for 30 Year 7 pupils
position: Head of Year 9
company:
  name: Riverside Academy
  news:
    - opened a new sixth-form centre
interview:
  at: 2026-11-24T13:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Mark Bennett
    role: hiring_manager
    email: m.bennett@riverside.example
    topics:
      - the house system
      - the new behaviour policy
    challenges:
      - attendance has dropped this year
    rapport:
      - both grew up in Leeds
"""
# thin notes: one topic and one result (a family-name-first reader), one topic and no result of a kind that ties
LOGISTICS = """
candidate:
  name: Maya Chen
  highlights:
    - cut freight claims by 30% at Kestrel Logistics
position: Operations Analyst
company:
  name: Harbor Freight Lines
interview:
  at: 2026-11-24T10:00
  timezone: America/Chicago
  format: video
interviewers:
  - name: Tanaka Hiroshi
    greet_as: Mr. Tanaka
    role: hiring_manager
    email: tanaka@harbor.example
    topics:
      - consolidating three warehouses into one
"""
BAKERY = """
candidate:
  name: Leo Marchetti
  highlights:
    - opened a second site for a 40-seat bistro
position: Head Baker
company:
  name: Crumb & Co
interview:
  at: 2026-11-24T08:00
  timezone: America/Los_Angeles
  format: onsite
interviewers:
  - name: Sofia Reyes
    role: peer
    email: sofia@crumb.example
    topics:
      - the overnight sourdough schedule
      - laminating croissants by hand
    rapport:
      - both trained in Lyon
  - name: Dan Whitlock
    role: hiring_manager
    email: dan@crumb.example
    topics:
      - wholesale orders for cafes
  - name: Ana Ruiz
    role: other
    email: ana@crumb.example
    topics:
      - the farmers' market stall
"""
RICH = {"dairy": DAIRY, "software": SOFTWARE, "school": SCHOOL}
THIN = {"logistics": LOGISTICS, "bakery": BAKERY}


def emails(tmp_path: Path, text: str, tone: str) -> list[dict]:  # type: ignore[type-arg]
    """The thank-you emails the template writer drafts for notes `text` in `tone` (JSON messages, with findings)."""
    out = draft_json(tmp_path, text, "--now", NOW, "--tone", tone)
    return [m for m in out["messages"] if m["kind"] == "thank_you" and m["channel"] == "email"]


def words(body: str) -> int:
    from afterview import limits

    return limits.word_count(body)
