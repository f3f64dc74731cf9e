"""Sentences that do not parse, of the kinds a writer stitching notes into a letter makes (errors, like a
spliced fragment; Harper and LanguageTool pass all of them):

- a "that" clause with no subject: "I was glad to see that just opened a distribution centre in Daventry"
  (after a verb of news, "see that", "read that", "that" opens a clause, and the clause needs its subject;
  "the store that just opened" is a relative clause after a noun, and fine);
- a possessive with no noun, an adjective phrase in its place: "to bring my fluent in Excel to the team"
  ("my fluency in Excel", or "my Excel");
- one person as subject and object of one clause: "how you're my main contact with you" (you … with you;
  the object is someone else, or "yourself").
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import sentences

_NEWS_VERB = (
    r"(?:see|saw|seen|seeing|read|reading|hear|heard|hearing|notice|noticed|noticing|learn|learned|learnt|spot|spotted"
    r")"  # not "glad that": "I'm glad that helped the team" has 'that' as its subject
)
_IRREGULAR_PAST = (
    r"(?:made|built|won|began|brought|bought|took|grew|ran|led|sold|opened|set|put|got|gave|hit|broke|cut|spent|went"
    r"|became|held|kept|launched|announced|raised|hired|acquired|released|secured|signed|added|expanded|reached"
    r"|moved|closed|started|completed|unveiled|introduced|passed|landed|joined|received|[a-z]{3,}ed)"
)
# "see that just opened a centre": the verb follows "that" at once (an adverb at most), then its object.
_SUBJECTLESS_THAT = re.compile(
    rf"\b{_NEWS_VERB}\s+that\s+(?:(?:just|recently|also|now|already|finally"
    rf"|successfully)\s+)*(?P<verb>{_IRREGULAR_PAST})\s+(?:a|an|the|its|their|your|another|two|three|four|five"
    r"|\d[\d,.]*%?|over|more than|up|(?-i:[A-Z])\w*)\b",
    re.I,
)
_POSSESSIVE_ADJECTIVE = re.compile(
    r"\b(?P<pos>my|your|our|their|his|her|its)\s+(?P<adj>fluent|proficient|skilled|experienced|familiar|comfortable"
    r"|good|great|keen|able|responsible|passionate|confident|adept|versed|well-versed|capable|knowledgeable"
    r"|eager|excited|interested|certified|qualified|trained|competent|strong)\s+(?:in|at|with|on|about|to|for|of)\b",
    re.I,
)
# You as the subject, then "with you" / "to you" later in the same clause, no other person in between.
_SELF_OBJECT = re.compile(
    r"(?<!\bthank )(?<!\bto )(?<!\bwith )(?<!\bfor )(?<!\bsee )(?<!\bmeet )(?<!\bmet )(?<!\btell )(?<!\bhelp )"
    r"\byou(?P<verb>'re|\u2019re| are| were|'ve|\u2019ve| have| had| will|'ll|\u2019ll| would|'d|\u2019d| can| could"
    r"| [a-z]+ed| [a-z]+s)\b(?P<between>[^,.;:!?]{0,40}?)\b(?:with|to|for|from|about) you\b(?!['\u2019]r)",
    re.I,
)
_PAST_VERB = re.compile(rf"\b{_IRREGULAR_PAST}\b", re.I)
_OTHER_PARTY = re.compile(
    r"\b(?:I|me|we|us|they|them|he|him|she|her|it|that|which|who|whom|and|but|or|so|if|when"
    r"|because|whether|while|where|to)\b",
    re.I,
)
_SECOND_VERB = re.compile(
    r"\b(?:should|will|would|can|could|must|may|might|shall|is|are|was|were|has|have|had|be|been)\b", re.I
)
_ADVICE = {
    "subjectless_clause": "Name who did it: 'to see that {who} just opened …'.",
    "possessive_no_noun": "Put a noun after the possessive ('my fluency in Excel'), or drop the possessive.",
    "self_object": "The same person cannot be subject and object here; name the other person, or rephrase.",
}


def garbled_sentences(text: str) -> list[Finding]:
    """Errors for sentences that do not parse (one a sentence and kind)."""
    found: list[Finding] = []
    for piece in sentences(text):
        s = piece.text
        hits: list[tuple[str, int, int, str]] = []
        low = s.lower()
        m = _SUBJECTLESS_THAT.search(s) if " that " in low else None
        if m is not None:
            hits.append(
                (
                    "subjectless_clause",
                    m.start(),
                    m.end(),
                    f"'{m.group()}': the clause after 'that' has no subject (who {m.group('verb')} it?).",
                )
            )
        m = _POSSESSIVE_ADJECTIVE.search(s)
        if m is not None:
            hits.append(
                (
                    "possessive_no_noun",
                    m.start(),
                    m.end(),
                    f"'{m.group()}': '{m.group('pos')}' needs a noun, and '{m.group('adj')}' is not one.",
                )
            )
        for m in _SELF_OBJECT.finditer(s) if low.count("you") >= 2 else ():
            if _OTHER_PARTY.search(m.group("between")) or _SECOND_VERB.search(m.group("between")):
                continue  # another verb: "the forms you requested should be with you" ('you' was in a clause)
            if _PAST_VERB.search(m.group("between")):
                continue  # "the references you asked for went to you": the clause's own verb, then the sentence's
            hits.append(
                (
                    "self_object",
                    m.start(),
                    m.end(),
                    f"'{m.group()}' makes 'you' both who does it and who it is done with.",
                )
            )
            break
        for code, a, b, message in hits:
            advice = _ADVICE[code].replace("{who}", "the company")
            found.append(Finding("grammar", "error", code, message, (piece.start + a, piece.start + b), advice))
    return found
