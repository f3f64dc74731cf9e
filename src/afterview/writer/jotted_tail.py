"""Two shapes of a jotted item that no frame can hold, asked by the writer's gate (writer/gate.py).

A measure with a noun straight after it, the preposition left out: 'grad rotates 6 mo R&D' ('how the graduate
rotates six months R&D': six months in R&D? through R&D?), 'setup takes 3 hours prep'. Written English puts a
preposition there, and which one only the person who jotted it knows: the item is not said as it stands.

An acronym the reader cannot unpack as the whole topic: 'CD reports', 'the PSR stuff' ('our talk about the CD
reports' leaves the reader guessing which CD). An acronym everyone in work knows ('API', 'KPI', 'HR') names a
thing well enough; one with more words around it ('the CD pipeline for the iOS app') is a topic of its own.
"""

from __future__ import annotations

import re

from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, lemmas

_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "several few couple".split()
)
_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years quarter quarters "
    "semester semesters term terms shift shifts sprint sprints".split()
)
# ('a second simulator bridge' is an ordinal, never 'a' counting seconds: 'a'/'an' count nothing here)
# words a measure may take after it ('six months ago', 'two weeks later', 'three days a week')
_AFTER_MEASURE = frozenset(
    "ago apart later earlier long old straight running back ahead behind left early late sooner less more each "
    "every per now notice total overall max maximum minimum min".split()
)


def measure_then_noun(text: str) -> bool:
    """'how the graduate rotates six months R&D', 'the setup takes 3 hours prep': a count of time with a noun
    right after it and no preposition between; not 'six months ago', 'three days a week', '12 weeks in Leeds',
    'two days onsite' (an adverb)."""
    raw = [w.strip(",;:.!?()\"'") for w in text.split()]
    for n in range(len(raw) - 2):
        count, unit, after = raw[n].lower(), raw[n + 1].lower(), raw[n + 2]
        counted = count[:1].isdigit() or count in _NUMBER_WORDS
        before = raw[n - 1].lower() if n else ""
        if not counted or unit not in _UNITS or not before or before in PREPOSITIONS:
            continue  # 'in 6 months Acme …': a measure after its preposition, then the clause's subject
        low = after.lower()
        if not after or low in PREPOSITIONS or low in DETERMINERS or low in _AFTER_MEASURE:
            continue
        if "&" in after or after[:1].isupper():
            return True  # 'six months R&D', 'two weeks Leeds'
        found = lemmas(low) if low.isalpha() else {}
        if found and set(found) == {"NOUN"} and not low.endswith("ing"):
            return True  # 'three hours prep'
    return False


# Acronyms any working reader knows: a topic named by one alone still says what it was.
_KNOWN = frozenset(
    "API APIS AI ML UX UI QA HR IT CEO CFO CTO COO CMO CRM ERP SEO SQL AWS GCP ESG GDPR KPI KPIS OKR OKRS PR IPO "
    "B2B B2C EU UK US USA NHS ETL BI NPS SLA SLAS MVP CI/CD R&D P&L M&A PPE HVAC EV EVS IOT SAP SDK CMS PHP CSS "
    "HTML DEI LGBTQ NGO NGOS VAT GST MBA PHD CPA CPD SEN SENCO GCSE GCSES SAT SATS ICU ER EHR GP GPS TV".split()
)
# Nouns that say nothing of their own beside an acronym ('CD reports', 'the PSR stuff'): the acronym is the topic.
_GENERIC = frozenset(
    "report reports stuff thing things issue issues work process processes side piece numbers figures data "
    "project projects update updates question questions item items matter matters part parts task tasks "
    "changes change problem problems topic topics situation bit bits".split()
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/]{1,5}s?$")


def bare_acronym_topic(text: str) -> bool:
    """'CD reports', 'the PSR stuff', 'FMEA': an acronym outside the well-known ones with at most one noun
    that says nothing of its own, the whole of a topic; not 'the API work', 'the CD pipeline for iOS'."""
    words = [w.strip(",;:.!?()\"'") for w in text.split()]
    while words and words[0].lower() in DETERMINERS | {"how", "about", "our", "your", "their"}:
        words = words[1:]
    if not words or len(words) > 2:
        return False
    acronym = words[0]
    if not _ACRONYM.match(acronym) or acronym.upper().rstrip("S") in _KNOWN or acronym.upper() in _KNOWN:
        return False
    return len(words) == 1 or words[1].lower() in _GENERIC
