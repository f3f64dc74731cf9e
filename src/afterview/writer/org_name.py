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
    'Bird Keeper (Junior)' → 'Junior Bird Keeper' (a grade jotted after the title is said before it);
    'Estimator / Project Coordinator' → 'Estimator/Project Coordinator' (a spaced slash reads as notes shorthand, and
    the last gate drops a sentence with one, a status check's ask included)."""
    said = _SPACED_SLASH.sub("/", _TERMS.sub("", position).strip() or position)
    grade = _GRADE.search(said)
    return (
        f"{grade.group(1).title()} {said[: grade.start()].strip()}" if grade and said[: grade.start()].strip() else said
    )


_SPACED_SLASH = re.compile(r"\s+/\s*|\s*/\s+")
_GRADE = re.compile(r"\s*\((junior|senior|trainee|graduate|assistant|associate|principal)\)\s*$", re.I)


# what follows a title's name: its unit, place, season or team after a comma, a dash or a slash ('Cooper/Cellar
# Hand'); a slash after capitals joins one title's parts ('UI/UX Designer'), never a qualifier
_QUALIFIER = re.compile(r"\s*(?:,|\s[-–—]\s|(?<=[a-z\s])/)\s*(?P<rest>.+)$")
# a qualifier that reads as a form field pasted into a sentence: a season or year, a list, or words in lower case
_PASTED = re.compile(r"\d|\b(?:season|summer|winter|spring|autumn|fall|and)\b|,|^[a-z]")


def short_position(position: str) -> str:
    """'Field Supervisor, 2027 excavation season' → 'Field Supervisor'; 'Midwife, birth centre and home-birth team'
    → 'Midwife'; a title with no qualifier as it is. The short form is how a letter names the role after it has
    said it once in full."""
    found = _QUALIFIER.search(position)
    short = position[: found.start()].strip() if found else ""
    return short if _WORDS.fullmatch(short) and short[-1].isalnum() else position


_WORDS = re.compile(r"[\w .&'’()-]+")  # a title's own words; a mark such as '<' says it is no title to cut


def reads_pasted(position: str) -> bool:
    """A title whose qualifier reads as pasted from a form ('Field Supervisor, 2027 excavation season', 'Midwife,
    birth centre and home-birth team'): a letter names it in its short form everywhere. 'Vice President, Operations'
    reads as a title, said in full once."""
    found = _QUALIFIER.search(position)
    return bool(found and _PASTED.search(found["rest"]))


def position_once(body: str, position: str) -> str:
    """The title in full at its first mention only: later ones take its short form ('… about the Regional Manager,
    Munster role … I would bring it to the Regional Manager role')."""
    short = short_position(position)
    first = body.find(position)
    if short == position or first < 0:
        return body
    after = first + len(position)
    return body[:after] + body[after:].replace(position, short)


def title_head(position: str) -> str:
    """'Estimator (Quito) - 6 mo contract' → 'Estimator': the title's words before any bracket, comma, dash or slash,
    which an ask says when the whole title drew a fault and the writer's last gate took the ask with it."""
    return re.split(r"\s*[(,;/]|\s[-\u2013\u2014]\s", position, maxsplit=1)[0].strip() or position
