"""A pasted fragment spliced into a sentence: "my experience automating a monthly report in Python, cut it from
3 days to 2 hours would be useful". A notes line ("cut it from 3 days to 2 hours") dropped after a comma with no
subject of its own, and the sentence then runs on to its verb as if nothing were there. An appositive or a list
closes its comma ("my report, cut from 3 days to 2 hours, is ..."); this does not, so it is no English sentence.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import sentences

_PAST = (
    r"[a-z]{2,}ed|cut|built|led|ran|grew|won|made|set up|brought|took|wrote|taught|got|put|kept|sold|spent|saved"
    r"|shipped|rebuilt|halved|doubled|moved"
)
_FRAGMENT = re.compile(
    rf",\s+(?P<frag>(?:{_PAST})\s+[^,;:.!?]{{3,80}}?)\s+(?P<verb>would|will|could|can|should|might|may|is|was|are"
    r"|were|has|have)\s+(?:really |also |definitely |certainly |be |been )*(?:be|help|make|bring|come|prove|give"
    r"|serve|useful|relevant|valuable|helpful|transfer|carry|apply|fit|suit)\b"
)
# A clause of its own inside the stretch: a subject, a relative or a conjunction makes it a sentence part.
_CLAUSE_WORD = re.compile(
    r"\b(?:I|we|you|he|she|they|that|which|who|whom|whose|where|when|and|but|or|so|because|while|as|if)\b",
    re.I,
)

# A noun phrase opened just before the comma ("a shared,", "the new,"): the words after it describe the same noun.
_OPENED_PHRASE = re.compile(r"\b(?:a|an|the|this|that|our|your|their|my|its|one|more)\s+[\w-]+$", re.I)


def spliced_fragments(text: str) -> list[Finding]:
    found = []
    for piece in sentences(text):
        for m in _FRAGMENT.finditer(piece.text):
            frag = m.group("frag")
            if _CLAUSE_WORD.search(frag):
                continue
            if len(frag.split()) <= 3 and _OPENED_PHRASE.search(piece.text, 0, m.start()):
                continue  # "a shared, documented workflow could …": two adjectives of one noun, no fragment
            start = piece.start + m.start("frag")
            found.append(
                Finding(
                    "grammar",
                    "error",
                    "spliced_fragment",
                    f"'{frag}' is a fragment dropped into the sentence after a comma, with no subject; the sentence"
                    " does not parse.",
                    (start, start + len(frag)),
                    "Give it its own sentence ('I cut it from ...'), or join it with 'which' or 'where I'.",
                )
            )
    return found
