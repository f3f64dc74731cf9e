"""Harper lints that misread ordinary writing by who writes it or how a phrase is built (checks49).

- a word of address or a particle from the writer's own English ("thanks yaar", "akka", "bhai", "lah"): a dialect
  word, not a misspelling ('year', 'aka', 'bhaji'); the tone check judges whether it fits the reader;
- "the client's side" (of the Atlantic, of the table): a possessive before 'side', after a determiner, not the
  compound adjective "client-side";
- 'were' after a subject interrupted by a phrase set off with commas, however it opens ("Your remarks on X, and on
  how Y, were the most useful"): the verb, not "we're".
"""

from __future__ import annotations

import re

DIALECT_WORDS = frozenset(
    """yaar akka anna bhai bhaiya didi ji da na machan macha lah leh lor habibi wallah inshallah mashallah abi oga
    ehn sha bru boet howzit oppa unnie sunbae jaan beta""".split()
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|our|your|their|his|her|its|my|each|every|a|this|that)\s+\Z", re.I)
# a comma, a phrase of up to 100 characters opened by a conjunction or a preposition, a comma, then the verb
_INTERRUPTED = re.compile(
    r"[^,\s],\s*(?:and|or|but|as well as|along with|together with)?\s*(?:at|in|on|with|by|for|from|after|before"
    r"|since|as|like|including|of|per|under|over|about|around|despite|during|how|what|which|who|where|when)\b"
    r"[^,]{0,100},\s*\Z",
    re.I,
)


def dialect_misread(rule: str, problem: str, before: str) -> bool:
    """Whether a lint of Harper's `rule` at `problem` is one of the misreads above (module doc)."""
    word = problem.strip()
    if rule == "SpellCheck" and word.lower() in DIALECT_WORDS:
        return True
    if rule == "ClientOrServerSide" and re.search(r"['\u2019]s side", word) and _DETERMINER_BEFORE.search(before):
        return True
    return rule == "PronounContraction" and word.lower() == "were" and _INTERRUPTED.search(before[-160:]) is not None
