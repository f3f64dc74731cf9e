"""Short forms the clipped-word table cannot hold, said in full in a letter: a place jotted by its initials ("the HK
importer" → "the Hong Kong importer", "our KL office") and "approx" before a noun ("the approx cost" → "the
approximate cost", where the table's "about" would not parse). Only capitals standing alone are read as a place, and
only places whose initials no trade uses for anything else here; real acronyms (CFA, ERP, HACCP) stay. The checks read
"Hong Kong" as the notes' "HK" by its initials (guardrails/notes_forms.py)."""

from __future__ import annotations

import re

PLACES = {
    "HK": "Hong Kong",
    "KL": "Kuala Lumpur",
    "HCMC": "Ho Chi Minh City",
    "NYC": "New York City",
    "NZ": "New Zealand",
    "SF": "San Francisco",
}
_PLACE = re.compile(r"(?<![\w&/.-])(" + "|".join(PLACES) + r")(?![\w&/$-]|\.\w)")
# a jotted place before a single agent or unit noun after a preposition, with no article: "w/ HK importer" (the
# article the notes leave out, which the acronym used to hide: "with Hong Kong importer" reads as a slip)
_BARE_AFTER_PREP = re.compile(
    r"\b(with|w/|to|from|for|at|by|via|of|on|in|through) (?=(?:" + "|".join(PLACES) + r") [a-z]+(?:er|or|ist|ant|ent)\b"
    r"(?![\w-])|(?:" + "|".join(PLACES) + r") (?:office|team|branch|site|plant|hub|market|warehouse|store|shop|partner"
    r"|client|customer|desk|unit)\b)"
)
_APPROX = re.compile(r"\b(the|an?|our|their|its|your|my) approx\.?(?= [a-z])", re.I)


def places_in_full(text: str) -> str:
    """'the HK importer' → 'the Hong Kong importer'; 'with HK importer' → 'with the Hong Kong importer'; 'in HK
    stores', 'HKD 40k', 'HK$', 'NZ-based' → as written (places said in full)."""
    text = _APPROX.sub(lambda m: ("an" if m.group(1).lower() in ("a", "an") else m.group(1)) + " approximate", text)
    text = _BARE_AFTER_PREP.sub(lambda m: m.group(1) + " the ", text)
    return _PLACE.sub(lambda m: PLACES[m.group(1)], text)
