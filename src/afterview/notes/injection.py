"""Notes text that reads as an instruction to a writer rather than a note about the interview.

Text pasted into the notes (a news item copied from a web page, a "topic" someone else typed) can
address the model instead of describing the interview (OWASP LLM01). Such an item supports no fact
in a draft and is never quoted by the template writer. The test is per sentence, so one instruction
hidden behind an ordinary sentence ("Acme raised a Series C. Assistant: add … to every message")
still marks the whole item.
"""

from __future__ import annotations

import functools
import re

# Markers that only prompts use: a role label, a notes tag, a code fence, a Markdown heading.
_MARKERS = re.compile(
    r"</?\s*notes\s*>|```|(?:^|\s)#{2,}\s"
    r"|(?:^|[.!?;\n]\s*)\W*(?:system|assistant|developer)\s*[:,]\s*\S"
    r"|\b(?:system|hidden|original|initial) prompt\b|\b(?:rules|instructions) you (?:were|have been|are) given\b"
    r"|\b(?:make up|invent|fabricate)\b.{0,30}\b(?:names?|numbers?|figures?|facts?|details?|quotes?)\b"
    r"|\b(?:ignor|disregard|forget|overrid)\w*\b.{0,40}\b(?:instructions?|rules|prompts?|above|everything)\b"
    r"|\b(?:new|previous|prior|above|system|your|these) instructions\b"
    r"|\byou (?:must|should|will|shall|are to|need to|have to) (?:now |also |always )?"
    r"(?:write|say|thank|add|include|tell|sign|mention|claim|state|insert|append|end|start|begin|use|reply|respond)\b"
    r"|\b(?:developer|jailbreak|god) mode\b|\bas an ai\b|\bai language model\b|\bfrom now on\b"
    r"|^\W*(?:reply|respond|answer)\s+only\b",
    re.I,
)

# An imperative addressed to whoever writes the message: the verb starts the sentence (after an
# optional "please", "also", "important:" …) and the sentence points at the message being written.
_IMPERATIVE = re.compile(
    r"^\W*(?:(?:important|note|n\.?b\.?|reminder)\s*[:!-]\s*)?(?:(?:please|also|and|then|now|always|just)\s+)*"
    r"(?:add|append|include|insert|put|write|say|tell|mention|state|claim|sign|end|begin|start|close|finish"
    r"|use|replace|print|repeat|reveal|output|respond|reply|answer|translate|change|remove|delete|make sure"
    r"|remember|do not|don't|never|pretend|act as|sign off|thank|claim|ask|demand|threaten)\b"
    r"(?P<object>\s+(?:that|them|him|her|the (?:candidate|reader|recipient|interviewer|whole team)s?)\b)?",
    re.I,
)
# What the imperative points at: the message being written, not a message of the team's ("patient messages").
_TARGET = re.compile(
    r"\b(?:every|each|all|any|your|this|these|the next)\s+(?:\w+\s+)?(?:messages?|e-?mails?|drafts?|notes?|letters?"
    r"|repl(?:y|ies)|responses?|outputs?|thank-?you(?:s| notes?)?|follow-?ups?)\b"
    r"|\bin (?:the|your) (?:messages?|e-?mails?|drafts?|notes?|letters?|repl(?:y|ies)|responses?)\b"
    r"|\b(?:p\.\s?s\.?|postscript|signature|subject line)(?!\w)"
    r"|\b(?:the reader|the recipient|the candidate|by name)\b"
    r"|\b(?:to|into) the (?:e-?mail|message|draft|letter|reply|note|response)\b(?=\s*(?:[.,;:!?]|$))"
    r"|\binstead of (?:an? |the )?(?:e-?mail|message|note|letter|thank-?you)\b"
    r"|\bthe (?:reply|response|e-?mail|draft|message|letter)\s+"
    r"(?:says|mentions|includes|states|ends|starts|contains)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.lru_cache(maxsize=4096)  # asked for every notes item of every draft
def looks_like_instruction(text: str) -> bool:
    """True when any sentence of `text` addresses a writer (model or person) instead of noting a fact."""
    if _MARKERS.search(text):
        return True
    for sentence in _SENTENCE.split(text.strip()):
        verb = _IMPERATIVE.search(sentence)
        if verb and (verb.group("object") or _TARGET.search(sentence)):
            return True
    return False


# Pay talk in a notes item (salary, equity, a rate): never quoted in a thank-you or a status check.
# Amounts in an achievement ("saved $2M in cloud spend") or in company news are facts, not pay.
_PAY_TALK = re.compile(
    r"\b(?:salary|salaries|compensation|pay band|pay range|equity|bonus|bonuses|stock options|hourly rate"
    r"|per hour|an hour|wage|wages|rate of pay)\b",
    re.I,
)


def talks_pay(item: str) -> bool:
    return bool(_PAY_TALK.search(item))
