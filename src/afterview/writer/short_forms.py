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
_APPROX = re.compile(r"\b(the|an?|our|their|its|your|my) approx\.?(?= [a-z])", re.I)


def places_in_full(text: str) -> str:
    """'the HK importer' → 'the Hong Kong importer'; 'HKD 40k', 'HK$', 'NZ-based' → as written."""
    text = _APPROX.sub(lambda m: ("an" if m.group(1).lower() in ("a", "an") else m.group(1)) + " approximate", text)
    return _PLACE.sub(lambda m: PLACES[m.group(1)], text)
