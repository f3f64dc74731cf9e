"""What a jotted item measures, by family: the time a job takes, what a line puts through, money, quality, safety,
availability, people, how true a plan comes out, energy and water. Two items that speak of one family are about one
measure whatever words they use ('2 serious near-misses last year' ↔ 'site TRIR 2.1 -> 0.6'; 'changeover takes ~2 h'
↔ 'changeover 95 min -> 40 min'; 'from 3,000 to 4,500 t/day' ↔ 'the 2,200 -> 3,400 t/day expansion').

A family is read from a word of the table or from a unit: a duration (min, h, days, weeks: one family, never years or
months, which date a career) and a rate of mass or pieces per time (t/day, t/h, units/shift: one family). The table is
small on purpose, words any industry uses. A share ('%') or a bare number names no family.

The pair weighs as a strong one (writer/pair_weight.py) only when the candidate's side gives a measured change (an
arrow, 'from … to …', 'cut … 30%'): a hobby or a certificate measures nothing, so a family never ties one.
"""

from __future__ import annotations

import re

FAMILIES: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        # the time a job on the floor takes, and the time an order or a supply waits: two families, never one
        "job time": "changeover changeovers setup set-up retooling cycle-time takt",
        "lead time": "lead-time turnaround on-time",
        "throughput": "throughput capacity volume output production debottleneck debottlenecking yield tonnage",
        "money": "cost costs budget spend spending saving savings capex opex",
        "quality": "defect defects claim claims rejection rejections reject rejects return returns complaint "
        "complaints recall recalls non-conformity non-conformities nonconformity scrap rework quality",
        "safety": "safety incident incidents near-miss near-misses trir ltir lti ltis injury injuries accident "
        "accidents hse hazard hazards lost-time recordable collision collisions",
        "availability": "downtime uptime utilisation utilization oee availability breakdown breakdowns stoppage "
        "stoppages outage outages",
        "people": "turnover attrition hiring hire hires absenteeism absence retention headcount fte ftes staffing "
        "vacancy vacancies",
        "forecast": "forecast forecasts forecasting accuracy bias mape",
        "energy": "energy electricity kwh mwh gas steam fuel water effluent waste emissions co2",
    }.items()
}
# a time said as a phrase: 'lead time', 'cycle time' ('led the team' is no lead time)
_TIME_PHRASE = re.compile(r"\b(?P<kind>lead|cycle|turnaround|setup|set-up|changeover)\s+times?\b", re.I)
# a duration: min, h, days, weeks after a number, never a span it happened over ('over 4 yrs', 'in 3 days') nor a rate
_DURATION = re.compile(
    r"(?<!\bover )(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bevery )(?<!\bper )(?<!\blast )(?<!\bpast )"
    r"(?<![\w.])~?(?P<n>\d[\d.,]*)\s*(?P<unit>min|mins|minutes?|h|hrs?|hours?|days?|d|wks?|weeks?)\b"
    r"(?!\s*(?:ago|a\b|per\b|/))",
    re.I,
)
# a duration in minutes, by its unit's first letter (a working day of 24 h: the scale is all that matters)
_MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080}
# two durations are of one job only within this factor ('~2 h' ↔ '95 min'; never '16 wks' ↔ '45 min')
_SCALE = 12
# a rate of mass or pieces per time: 't/day', 'tonnes/h', '40 units/shift', '1,200 bottles per hour'
_RATE = re.compile(
    r"\d[\d.,]*\s*(?:k\s*)?(?:t|tonnes?|tons?|kg|units?|pcs|pieces|cases|pallets|bottles|cans|parts|loads)\s*"
    r"(?:/|per\s+|an?\s+)(?:day|d|h|hr|hour|shift|wk|week)\b",
    re.I,
)
# money by its sign or its short unit; a count of people's posts ('12 FTE', '40 staff')
_MONEY = re.compile(r"[$£€¥]\s?\d|\d[\d.,]*\s?(?:k|m|bn|usd|eur|cad|gbp)\b", re.I)
_PEOPLE = re.compile(r"\d[\d.,]*\s*(?:fte|ftes|staff|hires|heads)\b", re.I)
_WORD = re.compile(r"[a-z][a-z0-9-]*")
# a change in numbers on the candidate's side: an arrow between values, 'from X to Y', a verb of change with a number
_CHANGE = re.compile(
    r"\d[^,;]*?(?:->|→|=>)\s*~?[$£€]?\d"
    r"|\bfrom\s+~?[$£€]?\d[\d.,]*\S*\s+(?:\w+\s+)?to\s+~?[$£€]?\d"
    r"|\b(?:cut|halved|reduced|lowered|raised|doubled|tripled|trimmed|slashed|increased|grew|saved)\b[^,;]*\d",
    re.I,
)
# a hobby, a course or a certificate measures nothing a plant measures, whatever number it gives
_NOT_WORK = re.compile(
    r"\b(?:hobby|volunteer|marathon|certified|certificate|certification|cert|course|mba|degree|diploma|licen[cs]e|"
    r"phd|my (?:daughter|son|kids?)'?s?)\b",
    re.I,
)


def _words(text: str) -> set[str]:
    found = set(_WORD.findall(text.lower()))
    return found | {part for word in found for part in word.split("-") if part}


def named(text: str, but: frozenset[str] = frozenset()) -> set[str]:
    """The measure families an item names by a word of the table ('near-misses', 'downtime'), the words `but` aside."""
    words = _words(text) - but
    found = {name for name, group in FAMILIES.items() if words & group}
    for phrase in _TIME_PHRASE.finditer(text):
        found.add("lead time" if phrase.group("kind").lower() in ("lead", "turnaround") else "job time")
    return found


def durations(text: str) -> list[float]:
    """The durations an item gives, in minutes ('takes ~2 h' → [120])."""
    found = []
    for match in _DURATION.finditer(text):
        number = match.group("n").replace(",", "")
        if number.count(".") <= 1:
            found.append(float(number) * _MINUTES[match.group("unit")[0].lower()])
    return found


def families(text: str, but: frozenset[str] = frozenset()) -> set[str]:
    """The measure families an item speaks of: by a word of the table (the words `but` aside), a phrase of time, or a
    unit ('time': a duration; 'throughput': a rate per time)."""
    found = named(text, but)
    if durations(text):
        found.add("time")
    if _RATE.search(text):
        found.add("throughput")
    if _MONEY.search(text):
        found.add("money")
    if _PEOPLE.search(text):
        found.add("people")
    return found


def _one_scale(a: list[float], b: list[float]) -> bool:
    """Whether two items' durations are of one scale: none on a side, or a pair within `_SCALE` of each other."""
    return not a or not b or any(max(x, y) <= _SCALE * max(min(x, y), 1e-9) for x in a for y in b)


def measured_change(highlight: str) -> bool:
    """Whether the candidate's item gives a change in numbers (never a hobby, a course or a certificate)."""
    return bool(_CHANGE.search(highlight)) and not _NOT_WORK.search(highlight)


def shared_family(highlight: str, item: str, quiet: frozenset[str] = frozenset()) -> set[str]:
    """The families a measured result of the candidate's and an item of theirs both speak of, each side through more
    than the words the two share (a word both use is weighed as itself); none without a change in numbers on the
    candidate's side, and no family of time between durations of other scales ('16 wks' ↔ '45 min'); the job's own
    words (`quiet`: 'production' of a Production Planner) name no family."""
    if not measured_change(highlight):
        return set()
    both = frozenset(_words(highlight) & _words(item)) | quiet
    mine, theirs = families(highlight, both), families(item, both)
    found = mine & theirs
    if not _one_scale(durations(highlight), durations(item)):
        found -= {"time", "job time", "lead time"}
    elif (mine & _TIMES and "time" in theirs) or (theirs & _TIMES and "time" in mine):
        found.add("time")  # 'changeover 95 min -> 40 min' ↔ 'retooling takes ~2 h': a job's time, a duration
    # money and a count of staff are given by items about anything: one side names the measure in words too
    return {f for f in found if f not in _BROAD or f in named(highlight) | named(item)}


_BROAD = frozenset({"money", "people"})
_TIMES = frozenset({"job time", "lead time"})
