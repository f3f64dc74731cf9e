"""A status check's follow-up on the role, said as such: "I wanted to circle back on the Hut Operations Coordinator
opportunity", "Just checking in again on the Supply Chain Planner role", "I am writing to ask about the Quality
Control Lab Technician position", "to gently follow up on my application".

Across blind25 … blind38 independent readers never faulted a status check for saying its ask this way: a follow-up
on the role is the question about the decision, told by the message's kind (15 drafts in 8 corpora took a purpose
error for it). A follow-up on something else ("checking in on the new press hall") asks nothing about the decision,
and a sentence that goes on to ask for news of something else is purpose's `_asks_elsewhere` to judge.
"""

from __future__ import annotations

import re

_PLACEMENTS = "internship|apprenticeship|placement|traineeship|fellowship"
# the act of following up, however it is said
_FOLLOW = (
    r"(?:follow(?:ing|ed)?[- ]?up|check(?:ing|ed)?[- ]in|check(?:ing)? (?:back )?(?:on|about|regarding)"
    r"|touch(?:ing)? base|circl(?:e|ing) back|reach(?:ing)? out|get(?:ting)? back in touch|writ(?:e|ing)(?: again)?"
    r" to (?:ask|enquire|inquire)|ask(?:ing)?|enquir(?:e|ing)|inquir(?:e|ing)|nudg(?:e|ing))"
)
# what it is about: the role (with its title between), the application, the candidacy, the interview
_ROLE = (
    r"(?:the|my|your|this|that) (?:[\w'\u2019()&,/-]+ ){0,7}?"
    rf"(?:role|position|post|job|opportunity|opening|vacancy|application|candidacy|candidature|{_PLACEMENTS})\b"
)
FOLLOW_UP_ON_ROLE = re.compile(
    rf"\b{_FOLLOW}\b(?: (?:again|once more|one (?:more|final|last) time|briefly|gently|quickly))?"
    rf"(?: (?:on|about|regarding|re|with|in relation to|concerning|for))? {_ROLE}",
    re.I,
)


def follows_up_on_role(text: str) -> bool:
    """Whether the sentence follows up on the role or the application itself (not on a project of theirs)."""
    return FOLLOW_UP_ON_ROLE.search(text) is not None
