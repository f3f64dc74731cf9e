"""How a message greets its reader and signs off: one rule for the offline writer, the LLM prompts and
the checks (issue 17: the LLM was told one greeting while the writer used another).

The name: `greet_as` when the notes give it; a title with the surname when the name carries one
("Dr. Raman"); the full name when the family name comes first and nothing says how to shorten it;
else the first name, in every tone. Never first name plus surname: that is how a mail merge greets.
"Hi" on LinkedIn and in a casual culture, unless the tone is formal; else "Dear".
"""

from __future__ import annotations

from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import greeting
from afterview.vocabulary import Channel, Culture

# Sign-offs by tone; the first of each list is the one a single message (the LLM's) uses.
EMAIL_SIGN_OFFS: dict[str, tuple[str, ...]] = {
    "warm": ("Best regards,", "Warm regards,", "With thanks,", "Warm wishes,"),
    "formal": ("Sincerely,", "Kind regards,", "With appreciation,", "Yours sincerely,"),
    "concise": ("Best,", "Thanks,", "Regards,", "Many thanks,"),
    "enthusiastic": ("All the best,", "With many thanks,", "Best wishes,", "Warmly,"),
}
CARD_SIGN_OFFS: dict[str, tuple[str, ...]] = {
    "warm": ("With thanks,", "With gratitude,", "Warmly,"),
    "formal": ("With kind regards,", "Sincerely,", "With appreciation,"),
    "concise": ("With thanks,", "Thanks,", "Best,"),
    "enthusiastic": ("With thanks,", "With many thanks,", "All the best,"),
}
# A LinkedIn message signs off on its last line, before the first name: short words (300 characters in all).
LINKEDIN_SIGN_OFFS: dict[str, tuple[str, ...]] = {
    "warm": ("Best,", "Thanks again,", "All the best,"),
    "formal": ("Kind regards,", "With thanks,", "Sincerely,"),
    "concise": ("Thanks,", "Best,", "Cheers,"),
    "enthusiastic": ("All the best,", "Many thanks,", "Best wishes,"),
}


def greeting_name(person: Interviewer) -> str:
    """The name a greeting uses (see the module's rule)."""
    return greeting(person.name, person.greet_as)


def says_hi(notes: Notes, tone: str, channel: Channel) -> bool:
    return tone != "formal" and (channel is Channel.linkedin or notes.company.culture is Culture.casual)


def greeting_line(notes: Notes, person: Interviewer, tone: str, channel: Channel) -> str:
    """'Dear Dr. Raman,', 'Hi Dana,'."""
    return f"{'Hi' if says_hi(notes, tone, channel) else 'Dear'} {greeting_name(person)},"


def sign_off_word(notes: Notes, tone: str, channel: Channel, n: int = 0) -> str:
    """The closing word(s) before the name: the `n`-th choice for this tone and channel (0: the usual one)."""
    if channel is Channel.handwritten:
        options = CARD_SIGN_OFFS.get(tone, CARD_SIGN_OFFS["warm"])
    elif channel is Channel.linkedin:
        options = LINKEDIN_SIGN_OFFS.get(tone, LINKEDIN_SIGN_OFFS["warm"])
    else:
        options = EMAIL_SIGN_OFFS.get(tone, EMAIL_SIGN_OFFS["warm"])
        if says_hi(notes, tone, channel) and tone != "formal":
            options = ("Best,", *(o for o in options if o != "Best,"))
    return options[n % len(options)]


def sign_off(notes: Notes, tone: str, channel: Channel, n: int = 0) -> str:
    """The last lines: 'Best regards,\\nDana Lee'; on LinkedIn the first name alone."""
    candidate = notes.candidate.name
    if channel is Channel.linkedin:
        return candidate.split()[0]
    return f"{sign_off_word(notes, tone, channel, n)}\n{candidate}"


def greeting_and_sign_off(notes: Notes, person: Interviewer, tone: str, channel: Channel) -> tuple[str, str]:
    """The exact first and last lines of one message."""
    return greeting_line(notes, person, tone, channel), sign_off(notes, tone, channel)
