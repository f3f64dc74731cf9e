"""The point of a jotted abbreviation, taken off before a notes item goes into a sentence.

Notes clip words with a point ('plant maint.', 'mfg. dept.', 'approx. 20%', 'a reliability eng. course'); a letter
writes the word out (writer/shorthand.py's table) or keeps a clip a letter may use ('admin', 'tech'), and a point left
after it would end the sentence in its middle ('I moved plant maintenance. at Hollins Mill …'). Only a known clip
loses its point; any other word before a point ('ran the eng. team. cut churn') is a jotted sentence's end and stays.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import CLIPPED_UNITS, CLIPPED_WORDS
from afterview.writer.lemma import lemmas

# clips written out only when they carry their point (without it 'eng' may be English, 'est' a suffix)
DOTTED_WORDS = {
    "eng": "engineering", "engg": "engineering", "mfg": "manufacturing", "mgmt": "management", "dept": "department",
    "depts": "departments", "govt": "government", "maint": "maintenance", "ops": "operations", "admin": "admin",
    "tech": "tech", "techs": "techs", "approx": "approx", "intl": "international",
    "natl": "national", "prod": "production", "mktg": "marketing",
    "svc": "service", "svcs": "services",
    "env": "environment", "qual": "quality", "equip": "equipment", "coord": "coordinator", "mgr": "manager",
    "mgrs": "managers", "hskp": "housekeeping",
    "acctg": "accounting", "asst": "assistant", "assoc": "associate", "avg": "average", "incl": "including",
    "excl": "excluding", "esp": "especially", "prev": "previous", "reqs": "requirements", "info": "information",
}  # fmt: skip
_KNOWN = {w.rstrip(".") for w in CLIPPED_WORDS} | set(CLIPPED_UNITS) | set(DOTTED_WORDS)
# a clip and its point, then more of the item (a lower-case word, a figure, a mark) or the item's end
_DOTTED = re.compile(r"(?<![\w.'’])([A-Za-z]{2,6})\.(?=\s+[a-z0-9~≈$£€(]|\s*[,;:)/]|\s*$)")


def undotted(text: str) -> str:
    """`text` with each known clip's point taken off, the clips only a point marks written out ('reliability eng.
    course' → 'reliability engineering course'); the clips of writer/shorthand.py's table left for it to write out
    ('plant maint.' → 'plant maint')."""

    def one(m: re.Match[str]) -> str:
        word = m.group(1)
        low = word.lower()
        if word.isupper() and len(word) > 1:
            return m.group(0)  # an acronym's own point
        if low not in _KNOWN:
            # an unknown lower-case clip before more of the item ('the hskp. team'), never a word ('team.')
            unknown = word.islower() and not lemmas(low) and m.group(0) != m.string[m.start() :].rstrip()
            return word if unknown and re.match(r"\s+[a-z]", m.string[m.end() :]) else m.group(0)
        if low in DOTTED_WORDS and low not in CLIPPED_WORDS:
            said = DOTTED_WORDS[low]
            return said[:1].upper() + said[1:] if word[:1].isupper() else said
        return word

    return _DOTTED.sub(one, text)
