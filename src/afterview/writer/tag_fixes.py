"""The tagger's known misreadings of a notes line, corrected before writer/phrase_kind.py reads its kind: a lowercase
first word of a jotted line is often read as a verb or an adverb ('claims take about 5 days', 'sell-out went up 18%'),
and a noun before its verb as an adverb ('our reload turnaround went …')."""

from __future__ import annotations

from afterview.writer.lemma import lemmas
from afterview.writer.word_forms import plural


def retagged(words: list[str], pos: list[str], form: list[str]) -> list[str]:
    """The parts of speech of `words` with the known misreadings corrected (module doc)."""
    pos = list(pos)
    low = [w.lower() for w in words]
    verb_next = len(pos) > 1 and form[1] == "Fin"
    if pos[0] == "VERB" and verb_next and plural(low[0]) and "NOUN" in lemmas(low[0]):
        pos[0] = "NOUN"  # 'claims take about 5 days', 'interns get …': a plural noun and its verb
    if pos[0] == "ADV" and "-" in words[0] and verb_next:
        pos[0] = "NOUN"  # 'sell-out went up 18%': a hyphenated noun the tagger read as an adverb
    if pos[0] == "ADV" and len(pos) > 1 and pos[1] in ("NOUN", "ADJ") and "ADJ" in lemmas(low[0]):
        pos[0] = "ADJ"  # 'nightly batch jobs': an adjective the tagger read as an adverb
    for n in range(1, len(pos) - 1):  # 'our reload turnaround went …': a noun before its verb, read as an adverb
        found = lemmas(low[n])
        if pos[n] == "ADV" and form[n + 1] == "Fin" and pos[n - 1] in ("NOUN", "PRON") and "NOUN" in found:
            pos[n] = "NOUN" if "ADV" not in found else pos[n]  # (not 'first', 'back': adverbs too)
    return pos
