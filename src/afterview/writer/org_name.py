"""The company as a letter names it in running text: an organisation jotted with its unit after a comma
('Municipalidad de Rosario, Parks Department', 'Acme Health, Finance Division') reads as a form field pasted into
a sentence ('… at Acme Health, Finance Division'); the letter names the organisation alone. A comma that is part
of the name ('Smith, Jones & Co', 'Trans Kft.') stays. The role, likewise, without a bracketed term of the job."""

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


# A bracketed term of the job, not its name ('Intern (summer 2027)', '(6-month contract)'); '(iOS)' is the name.
_TERMS = re.compile(
    r"\s*\((?=[^)]*(?:\d|\b(?:summer|winter|spring|autumn|fall|months?|weeks?|years?|contract|fixed[- ]term|"
    r"temporary|temp|part[- ]time|full[- ]time|maternity|cover|seasonal)\b))[^)]*\)",
    re.I,
)


def said_position(position: str) -> str:
    """'Sailing Instructor Intern (summer 2027)' → 'Sailing Instructor Intern'; 'Mobile Engineer (iOS)' as it is;
    'Bird Keeper (Junior)' → 'Junior Bird Keeper' (a grade jotted after the title is said before it)."""
    said = _TERMS.sub("", position).strip() or position
    grade = _GRADE.search(said)
    return (
        f"{grade.group(1).title()} {said[: grade.start()].strip()}" if grade and said[: grade.start()].strip() else said
    )


_GRADE = re.compile(r"\s*\((junior|senior|trainee|graduate|assistant|associate|principal)\)\s*$", re.I)
