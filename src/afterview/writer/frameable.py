"""Whether a notes item can stand in a frame ("Our conversation about … was useful."): a jotted word ('water')
or a name followed by its count ('PUE 1.45', 'power plan 14 gensets') cannot; it reads as pasted. Such an item
is left out of the frames rather than said badly (another item, or a shorter note, says more)."""

from __future__ import annotations

import itertools
import re

_NUMBER = re.compile(r"^[~$£€]?\d[\d.,]*%?$")
# words a count may follow in a phrase ('on the 24 m boats', 'about 30%', 'for 3 days'): not a jotted count
_BEFORE_COUNT = set(
    "the a an of on in for with by to from about around over under than per at into within nearly almost "
    "some all its their your our my his her and or only every each top last first next past to "
    # an adjective before a measure ('the new 25 m teaching pool', 'a second 40 t press')
    "new old second third extra larger bigger smaller".split()
)


def frameable(phrase: str | None) -> bool:
    """A phrase a frame can hold: two words at least, and no count jotted straight after a noun."""
    if not phrase:
        return False
    words = re.findall(r"[^\s]+", phrase.strip(" ."))
    if len(words) < 2:
        return False
    if words[0].lower() in ("how", "why", "what", "whether", "that", "when", "where"):
        return True  # a clause of theirs: its verb may take a count ('how the programme takes 18 months')
    for n, (before, word) in enumerate(itertools.pairwise(words)):
        if not _NUMBER.match(word) or before.lower().strip(",;:") in _BEFORE_COUNT or _inflected_verb(before):
            continue
        after = words[n + 2].lower() if n + 2 < len(words) else ""
        if re.search(r"[.%]", word) or (after and after not in _BEFORE_COUNT) or before.endswith("s"):
            return False  # 'PUE 1.45', 'plan 14 gensets', 'hulls 14 and 15': jotted; 'week 8', 'hall 3' are names
    return True


def _inflected_verb(word: str) -> bool:
    """'started' (1987), 'takes' (18 months): a verb's own form before a count, not a noun jotted with one."""
    from afterview.writer.lemma import lemmas

    verbs = lemmas(word.lower()).get("VERB", ())
    return bool(verbs) and word.lower() not in verbs and not lemmas(word.lower()).get("NOUN")
