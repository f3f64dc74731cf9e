"""The capitalised words notes use as people, whatever else they could name: 'w/ Sofia (HR)', 'Victoria said',
'+ Florence', 'Paris's team'. A city or a zone that is also a first name ('Sofia', 'Adelaide') is a person there,
never the interview's timezone."""

from __future__ import annotations

import re

from afterview.notes.job_words import JOB_WORD

_WORD = r"[A-Z][a-z][\w'’-]*"
# 'w/ Sofia', 'with Victoria', 'met Paris', '+ Florence', '& Adelaide', 'and Sofia (HR)'
_AFTER_MEETING = re.compile(rf"(?:\bw/|\bwith\b|\bmet\b|\+|&)\s*(?P<name>{_WORD})(?:\s+{_WORD})?")
# 'Sofia (HR, only first 10 min)', 'Adelaide (recruiter)': a name said with who they are
_WITH_ASIDE = re.compile(rf"\b(?P<name>{_WORD})\s*\((?P<aside>[^()]*)\)")
_ROLE_ASIDE = re.compile(r"\b(?:hr|hm|recruit\w*|talent|people ops|boss|hiring|interview\w*|ta)\b", re.I)
# 'Victoria said', "Sofia's team", 'Florence from HR', 'Paris asked': a name doing what people do
_DOING = re.compile(
    rf"\b(?P<name>{_WORD})(?:['’]s\b|\s+(?:said|says|asked|asks|mentioned|told|wants|wanted|thinks|thought|"
    r"liked|loved|laughed|showed|explained|runs|leads|manages|joined|from\s+(?:hr|the))\b)",
)
# 'Sofia, HR', 'Paris - recruiter': a name with a title after a comma or a dash
_TITLED = re.compile(rf"\b(?P<name>{_WORD})\s*(?:,|\s[-–—]\s)\s*(?P<title>[^,;()]+)")


def people_words(text: str) -> set[str]:
    """The capitalised words (casefolded) the text uses as a person's name."""
    found: set[str] = set()
    for match in _AFTER_MEETING.finditer(text):
        found.add(match.group("name").casefold())
    for match in _WITH_ASIDE.finditer(text):
        if JOB_WORD.search(match.group("aside")) or _ROLE_ASIDE.search(match.group("aside")):
            found.add(match.group("name").casefold())
    for match in _DOING.finditer(text):
        found.add(match.group("name").casefold())
    for match in _TITLED.finditer(text):
        title = match.group("title").strip()
        if len(title.split()) <= 3 and (JOB_WORD.fullmatch(title) or _ROLE_ASIDE.fullmatch(title)):
            found.add(match.group("name").casefold())
    return found
