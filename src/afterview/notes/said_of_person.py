"""A note about one interviewer that says something of the person themself, not of the conversation.

"he's my main contact", "POC", "she's coordinating", "handles scheduling" make them the point of
contact. "she's new to the team", "he is very friendly" describe the person: copied into a message
as a topic they would read "how you're very friendly", so they are set aside (and the user told).
"they're moving billing to Kafka" says what the team is doing: the part after the pronoun is the topic.
"""

from __future__ import annotations

import re

# who the note is about: a pronoun, or a name of one or two words ("Tom", "Tom Becker")
_WHO = r"(?:he|she|they|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)"
_BE = r"(?:'s|’s|'re|’re|'ll\s+be|’ll\s+be|\s+is|\s+are|\s+will\s+be|\s+would\s+be|'d\s+be|’d\s+be)"
_WHOSE = r"(?:my|our|the|your|their|a|an)"
_CONTACT_NOUN = (
    r"(?:(?:main|primary|key|first|only|single|direct|day[\s-]to[\s-]day|go[\s-]to)\s+)?"
    r"(?:point\s+of\s+contact|contact(?:\s+(?:person|point))?|poc|go[\s-]to(?:\s+person)?|liaison|"
    r"(?:one|person)\s+to\s+(?:contact|email|ask|reach\s+out\s+to))"
)
_TASKS = (
    r"(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:scheduling|schedule|process|hiring\s+process|interview\s+process|"
    r"interviews|logistics|next\s+steps|follow[\s-]?ups?|communications?|everything|it\s+all|"
    r"the\s+rest|my\s+application|the\s+offer)"
)
_ROOT = r"(?:coordinat|organi[sz]|schedul|handl|manag|arrang)"
_CONTACT = re.compile(
    rf"^(?:(?:{_WHO}){_BE}\s+)?{_WHOSE}?\s*{_CONTACT_NOUN}"  # "he's my main contact", "POC", "my contact"
    rf"(?:\s+(?:for|on|from now on|going forward|with)\b.*)?"
    rf"|^{_WHO}(?:{_BE}\s+{_ROOT}ing|\s+{_ROOT}es)(?:\s+{_TASKS})?(?:\s+(?:for|with|from)\b.*)?"  # "she's coordinating"
    rf"|^{_ROOT}es\s+{_TASKS}(?:\s+(?:for|with|from)\b.*)?"  # "handles scheduling"
    rf"|^(?:{_WHO}\s+)?(?:(?:is|'s|’s)\s+)?in\s+charge\s+of\s+{_TASKS}"
    rf"|^(?:he|she|they)(?:'ll|’ll|\s+will)\s+(?:be\s+in\s+touch|keep\s+me\s+(?:posted|updated|informed)|"
    rf"get\s+back\s+to\s+me|follow\s+up\s+with\s+me)(?:\s+(?:about|with|on)\b.*)?"  # "she'll be in touch"
    rf"|^(?:i\s+(?:should|will|can|'ll)\s+|to\s+)?(?:contact|email|reach\s+out\s+to|follow\s+up\s+with|"
    rf"go\s+through|write\s+to)\s+(?:him|her|them)\b(?:\s+(?:for|with|about)\b.*)?",  # "contact her for questions"
    re.I,
)
_ABOUT = re.compile(rf"^(?:{_WHO})(?:{_BE}|\s+was|\s+were|\s+seems|\s+seemed)\s+(?P<what>\S.*)$", re.I)
_ADJECTIVE = re.compile(  # -ing words that describe a person, not what they are doing
    r"(?:interest|amaz|charm|excit|welcom|engag|caring|outgoing|easygoing|willing|understanding|going|being|"
    r"inspir|friendly|loving|outstanding|demanding|intimidat|encourag|support|accommodat|refresh|reassur)\w*\b",
    re.I,
)
_DOING = re.compile(r"^(?:(?:currently|now|also|still|busy|actively)\s+)?(?P<doing>\w+ing\b.*)$", re.I)


def is_contact(text: str) -> bool:
    """Whether a note says this person is your point of contact."""
    return bool(_CONTACT.fullmatch(text.strip().rstrip(".!")))


def about_them(text: str) -> tuple[str, str | None]:
    """('doing', topic) for "they're moving billing to Kafka"; ('person', None) for "she's new to the
    team"; ('', None) when the note is not a he/she/they-is sentence at all."""
    found = _ABOUT.match(text.strip().rstrip(".!"))
    if found is None or not re.match(r"he|she|they", text.strip(), re.I):
        return "", None
    doing = _DOING.match(found.group("what"))
    if doing and not _ADJECTIVE.match(doing.group("doing")):
        return "doing", doing.group("doing")
    return "person", None
