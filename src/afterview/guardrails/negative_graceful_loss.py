"""Her own rejection (the notes say she was turned down, or she asks for feedback) called a disappointment, and
nothing more: "While the news is disappointing, …", "I was disappointed to hear I wasn't selected". The feeling is
about her own loss, said with grace; it judges no one. A sentence that goes on to dispute the decision, or a wait
called disappointing ("no reply yet, which is disappointing after I travelled for the interview"), is left to the other
rules.
"""

from __future__ import annotations

import re

# The word of the finding: disappointment itself, and nothing harsher.
_LETDOWN = re.compile(
    r"(?:(?:a |very |rather |quite |so |a (?:little|bit) |of course )*)"
    r"(?:disappointing|disappointed(?: (?:to (?:hear|learn|read|see|receive)|by|with|at))?|a disappointment)",
    re.I,
)
# The loss it is about: the news, the decision or outcome, not being selected.
_OWN_LOSS = re.compile(
    r"\b(?:(?:the|this|your|that) (?:news|decision|outcome|result)|not (?:to have been|to be|being) (?:selected|chosen"
    r"|successful|offered)|(?:I|I'm|I am|I was)\s+(?:not|wasn't|was not|haven't been|have not been)"
    r" (?:been )?(?:selected|chosen|successful|offered)|(?:was|were) unsuccessful|(?:disappointing|disappointed) news"
    r"|while disappointing)\b",
    re.I,
)
# A dispute, a charge or a grievance in the same sentence: not grace.
_DISPUTE = re.compile(
    r"\b(?:unfair|unjust|wrong|mistake|surpris\w+|shock\w*|baffl\w+|confus\w+|should have|deserved|reconsider|given how"
    r"|given that|after|despite|considering|for a role|at this level|no one|nobody|never|still|again|yet|wait\w*"
    r"|(?:no|any) (?:word|reply|response|message|news|update)|(?:not|n't) (?:heard|received?))\b",
    re.I,
)


def graceful_loss(sentence: str, matched: str) -> bool:
    """Whether `matched` (the words a rule flagged in `sentence`) is disappointment at her own rejection, said with
    grace."""
    return bool(_LETDOWN.fullmatch(matched.strip()) and _OWN_LOSS.search(sentence) and not _DISPUTE.search(sentence))
