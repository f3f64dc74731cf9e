"""The company as a letter names it in running text: an organisation jotted with its unit after a comma
('Municipalidad de Rosario, Parks Department', 'Acme Health, Finance Division') reads as a form field pasted into
a sentence ('… at Acme Health, Finance Division'); the letter names the organisation alone. A comma that is part
of the name ('Smith, Jones & Co', 'Trans Kft.') stays."""

from __future__ import annotations

import re

# the head nouns of a unit inside an organisation
_UNIT = re.compile(
    r"^(?:[A-Z][\w&'-]*\s+){0,4}(?:Department|Dept\.?|Division|Directorate|Unit|Office|Team|Group|Branch|Service|"
    r"Services|Section|Bureau|Programme|Program|Lab|Laboratory|School|Faculty|Ward|Clinic)$"
)


def said_company(name: str) -> str:
    """'Municipalidad de Rosario, Parks Department' → 'Municipalidad de Rosario'; 'Trans Kft.' → 'Trans Kft' (a full
    stop mid-sentence reads as a sentence's end); any other name as it is."""
    org, comma, unit = name.rpartition(", ")
    if comma and org.strip() and _UNIT.match(unit.strip()):
        name = org
    return name.rstrip(".")
