"""The article a verb's object needs when the notes jot it bare, where the verb and the object's head say which:

- a thing won or secured is one of its kind, new to the reader: 'I secured 3-year EU grant' → 'I secured a 3-year
  EU grant', 'won regional award' → 'won a regional award' (a capitalised modifier names it: 'won the Best Stall
  award');
- a change led is the one the sentence goes on to name: 'Having led switch from paper to digital survey data' →
  'Having led the switch from paper …'; with nothing after it, one of its kind ('led a redesign');
- a team or a place run is the one the sentence places ('managed warehouse team at Acme' → 'managed the warehouse
  team at Acme'), or one of its size ('led team of five' → 'led a team of five');
- a credential passed or completed by its name takes 'the' ('passed NEBOSH International Diploma' → 'passed the
  NEBOSH International Diploma');
- a final piece of the candidate's own studies after a preposition is theirs ('for final project' → 'for my final
  project' in a sentence of 'I', 'for the final project' elsewhere).

The lexicons are closed: a head not in them, a phrase with a determiner, a pronoun or a preposition inside, or more
than three words before the head is left as it is (the other article rules are english_form's and
compound_article's).
"""

from __future__ import annotations

import re

from afterview.writer.article_sound import article_for

_NOT_MODIFIERS = r"(?:a|an|the|my|our|your|their|his|her|its|this|that|and|or|of|to|for|in|at|on)\b"
_MODIFIERS = rf"(?P<np>(?:(?!{_NOT_MODIFIERS})[\w$€£.-]+\s+){{0,3}}?)"
# the head ends its phrase: punctuation, the end, or a word that starts what follows ('a grant for …'), never another
# noun ('order confirmations', 'team meetings': the head is a modifier there)
_END = (
    r"(?=\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:for|from|to|of|in|into|at|on|with|worth|and|or|by|which|that|who|over"
    r"|across|during|after|before|when|while|as|since|until|through|within|under|alongside)\b)"
)

_WON = re.compile(
    r"\b(?P<verb>secured|won|earned|landed|obtained|received|gained|negotiated|signed|closed|awarded)\s+"
    + _MODIFIERS
    + r"(?P<head>grant|contract|award|prize|scholarship|fellowship|bursary|deal|tender|bid|licence|license|patent"
    r"|loan|sponsorship|partnership|account|medal|commission|mandate|franchise|concession|investment|order)\b" + _END,
    re.I,
)
_LED_CHANGE = re.compile(
    r"\b(?P<verb>led|drove|ran|managed|oversaw|headed|coordinated|planned|delivered|completed|handled|steered)\s+"
    + _MODIFIERS
    + r"(?P<head>switch|move|shift|transition|migration|changeover|rollout|roll-out|launch|relaunch|redesign|upgrade"
    r"|overhaul|expansion|rebuild|refit|renovation|restructure|restructuring|reorganisation|reorganization|merger"
    r"|integration|conversion|turnaround|cutover|handover|refurbishment|retrofit|audit|recall|clean-up|cleanup)\b"
    + _END
    + r"(?P<after>\s+(?:from|to|of|into|onto|across|at|for|in)\b)?",
    re.I,
)
_LED_TEAM = re.compile(
    r"\b(?P<verb>led|managed|ran|headed|supervised|coached|oversaw)\s+"
    + _MODIFIERS
    + r"(?P<head>team|crew|squad|unit|department|shift|branch|depot|store|lab|laboratory|workshop|kitchen|warehouse"
    r"|clinic|ward|site|office)\b"
    + _END
    + r"(?P<after>\s+of\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|over|about|around|some|nearly|almost))?",
    re.I,
)
_CREDENTIAL = re.compile(
    r"\b(?P<verb>passed|completed|finished|earned|obtained|gained|sat|took)\s+"
    r"(?P<np>(?:[A-Z0-9][\w&+.-]*\s+){0,4})(?P<head>(?:Diploma|Certificate|Certification|Award|Course|Exam"
    r"|Examination|Licence|License|Degree|Qualification|Programme|Program))\b" + _END
)
_OWN_STUDIES = re.compile(
    r"\b(?P<prep>for|in|on|during|from)\s+(?P<np>(?:final|final-year|last|capstone|graduation|honours|honors)\s+)"
    r"(?P<head>project|thesis|dissertation|exhibition|show|year|placement|portfolio|assignment)\b",
    re.I,
)
_SUBJECT_I = re.compile(r"(?:^|[\s,])(?:I|Having)\b")


def _capitalised(np: str) -> bool:
    return any(w[:1].isupper() and not w.isupper() for w in np.split())


def object_article(sentence: str) -> str:
    """`sentence` with each bare object the module doc names given its article."""

    def said(found: re.Match[str], article: str) -> str:
        return f"{found['verb']} {article} {found['np']}{found['head']}{found.groupdict().get('after') or ''}"

    def one(found: re.Match[str]) -> str:  # 'a' or 'an' by the sound of the phrase's first word
        return article_for((found["np"] or found["head"]).split()[0])

    def won(found: re.Match[str]) -> str:
        return said(found, "the" if _capitalised(found["np"]) else one(found))

    def change(found: re.Match[str]) -> str:  # 'led the switch from …', 'led a redesign'
        return said(found, "the" if found["after"] or _capitalised(found["np"]) else one(found))

    def team(found: re.Match[str]) -> str:  # 'led a team of six', 'managed the warehouse team at Acme'
        return said(found, one(found) if found["after"] else "the")

    def credential(found: re.Match[str]) -> str:
        return said(found, "the")

    def own(found: re.Match[str]) -> str:
        mine = _SUBJECT_I.search(sentence[: found.start()]) is not None
        return f"{found['prep']} {'my' if mine else 'the'} {found['np']}{found['head']}"

    sentence = _WON.sub(won, sentence)
    sentence = _LED_CHANGE.sub(change, sentence)
    sentence = _LED_TEAM.sub(team, sentence)
    sentence = _CREDENTIAL.sub(credential, sentence)
    return _OWN_STUDIES.sub(own, sentence)
