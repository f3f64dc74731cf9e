"""Word forms the phrase reader (writer/phrase_kind.py) asks about: a noun's plural by the dictionary, a verb's past,
the past of a verb of an event, and a verb jotted where the tagger read a noun or an adjective."""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas


def plural(word: str) -> bool:
    """A noun's plural, by the dictionary ('boxes', 'markdowns'; never 'bus', 'analysis')."""
    low = word.lower()
    found = lemmas(low)
    nouns = found.get("NOUN", ())
    unknown = not found and low.replace("-", "").isalpha()  # 'markdowns', 'stand-downs': unknown, with a plural's -s
    return (
        low.endswith("s") and not low.endswith(("ss", "us", "is")) and (unknown or (bool(nouns) and low not in nouns))
    )


def past_event(word: str) -> bool:
    """'died', 'failed', 'crashed': the past of a verb of an event that takes no object (writer/head.py's list), a
    finite verb after its subject whatever the tagger makes of it."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    from afterview.writer.lemma import NO_OBJECT as _NO_OBJECT

    verb = lemmas(word).get("VERB", ())
    return bool(verb) and verb[0] in _NO_OBJECT and word in lemminflect.getInflection(verb[0], tag="VBD")


def past(word: str) -> bool:
    """'grew', 'made': a verb's past tense."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return word in lemminflect.getInflection(word, tag="VBD")


def jotted_finite(pos: list[str], low: list[str], n: int) -> bool:
    """A verb in notes the tagger read as a noun or an adjective: an -s form after a singular noun with a gerund after
    it ('the job tracker keeps breaking'), or a base form after a plural with its object after it ('winter stand-downs
    idle whole crews'; never 'prices low in winter', where no object follows)."""
    if not n or n + 1 >= len(pos) or pos[n - 1] != "NOUN" or "VERB" not in lemmas(low[n]):
        return False
    if re.search(r"[^s]s$", low[n]) and not plural(low[n - 1]) and pos[n] == "NOUN":
        return low[n + 1].endswith("ing") and "VERB" in lemmas(low[n + 1])
    base = low[n] in lemmas(low[n]).get("VERB", ())
    return base and pos[n] in ("ADJ", "ADV") and plural(low[n - 1]) and pos[n + 1] in ("DET", "ADJ", "NUM", "PRON")
