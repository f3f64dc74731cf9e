"""The question an interviewer put to the candidate, as a thank-you says it back to them.

Notes jot the questions they were asked ('her q - how would you onboard a new ward clerk?', 'his q: which CMS would
I pick?', 'q: Revit or ArchiCAD? (me: Revit daily)'). The question is the one part of the talk that was theirs
alone, so a thank-you to them names it, in their words turned to the candidate's side: 'your question about how I
would onboard a new ward clerk', 'your question about Revit versus ArchiCAD'. The candidate's answer jotted after it
is never said (the note does not claim what the answer was). A question about the job's terms (pay, start date,
relocation), one naming a third person, or one that cannot be said cleanly is left out.
"""

from __future__ import annotations

import re

from afterview.writer.asked import asked_part
from afterview.writer.feedback_focus import about_terms
from afterview.writer.gate import bare_count
from afterview.writer.shorthand import prose

_WH = "how|what|when|where|which|why|who"
_AUX = "would|should|could|can|will|do|did|am|was|have|might"
# 'how would I …', 'why did I …'
_WH_AUX_I = re.compile(rf"^(?P<wh>{_WH})\s+(?P<aux>{_AUX})\s+I\s+(?P<rest>.+)$", re.I)
# 'which scheduler would I pick', 'what KPI do I watch first'
_WH_NOUN_AUX_I = re.compile(
    rf"^(?P<wh>which|what)\s+(?P<noun>[\w-]+(?:\s[\w-]+)?)\s+(?P<aux>{_AUX})\s+I\s+(?P<rest>.+)$", re.I
)
# 'would I relocate to Kalgoorlie', 'have I used Epic'
_YES_NO = re.compile(rf"^(?P<aux>{_AUX})\s+I\s+(?P<rest>.+)$", re.I)
# the wh-words of an adverb question ('how long', 'why', 'whether'): a whole clause follows them, no gap in it
_ADVERB_WH = r"how(?: long| many| much| often| soon| far)?|why|when|where|whether"
# a question reported in a clause's own order ('how long the cleanup took', 'whether I had used Epic'): no auxiliary
# straight after the wh-word, which would be a direct question ('how would I …')
_REPORTED_WH = re.compile(
    rf"^(?P<wh>{_ADVERB_WH}|what|which|who|if)\s+"
    rf"(?!(?:{_AUX}|is|are|does|were)\b)(?P<rest>\w.+)$",
    re.I,
)
_MODALS = frozenset("can could should would will might".split())
# 'exocad or 3Shape', 'SAP vs Oracle': two named things to choose between
_EITHER = re.compile(
    r"^(?P<a>[\w.+#/-]+(?:\s[\w.+#/-]+)?)\s+(?:or|vs\.?|versus)\s+(?P<b>[\w.+#/-]+(?:\s[\w.+#/-]+)?)$", re.I
)
# someone other than the two of them: whose is unclear once it is said back
_THIRD = re.compile(r"\b(?:she|he|they|her|his|their|them|we|our|us)\b", re.I)
# the job's terms asked as a question ('would you relocate', 'when could you start'): no thanks for those
_TERMS = re.compile(
    r"\b(?:relocat\w*|move (?:to|here)|start|notice|salary|pay|visa|commute|travel|shifts?|weekends?)\b", re.I
)
# shifts or weekends as what the candidate would plan ('how would I split shifts …'): the work, not the job's terms
_PLANNED = re.compile(
    r"\b(?:split|plan|cover|staff|schedul\w*|organi[sz]e|arrange|rota)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:shifts?|weekends?)\b",
    re.I,
)
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|do|does|did|would|will|can|could|should)\b", re.I)


def their_question(item: str) -> str | None:
    """'her q - how do you handle a member who fails twice? (me: …)' → 'how I handle a member who fails twice';
    'his q: which scheduler would I pick?' → 'which scheduler I would pick'; 'q: exocad or 3Shape?' → 'exocad
    versus 3Shape'. None for anything that is no question put to the candidate, or that cannot be said cleanly."""
    text = asked_part(item)
    if text is None:
        return None
    text = prose(text)  # 'w/ only 2 techs', 'w/o slowing output', 'straw + felt': said as a sentence says them
    # they said "you" to the candidate: said back, it is the candidate's "I"
    text = re.sub(r"\byour\b", "my", text, flags=re.I)
    text = re.sub(r"(?<=\s)you\b", "I", text, flags=re.I)
    text = re.sub(r"\byou\b", "I", text, flags=re.I) if re.match(rf"(?i)^(?:{_WH}|{_AUX})\b", text) else text
    if (
        not text
        or _THIRD.search(text)
        or about_terms(text)
        or _TERMS.search(_PLANNED.sub("", text))
        or len(text.split()) > 14
        or re.search(r"[=+&/]|->", text)
    ):
        return None
    said = _said(text)
    bare = re.search(r"\b(?:instead of|rather than|from|into|than) (?P<noun>[a-z]+)$", said or "")
    # '… instead of office' → '… instead of the office' (never 'from the me')
    if said and bare and bare.group("noun") not in ("me", "us", "it", "them") and bare_count(bare.group("noun")):
        said = said[: bare.start("noun")] + "the " + bare.group("noun")
    if said is None:
        return None
    from afterview.writer.gate import reads_well
    from afterview.writer.jotted_articles import with_articles

    said = with_articles(said)  # '… to board' → '… to the board': the article the jotting dropped

    # the clause inside it must read as English ('I would pick', 'I handle a member who fails twice')
    inner = said.split(" I ", 1)[1] if " I " in f" {said}" and not said.startswith("I ") else ""
    clause = "I " + inner if inner else ""
    if re.search(rf"\b(?:{_WH}) (?:{_AUX}) I\b", said, re.I):
        return None  # a second question left inverted ('what I would centralise and what would I leave …')
    if reads_well(said) or (clause and reads_well(clause, "clause")):
        return said
    # 'how long the cleanup took': an adverb question reported in order holds a whole clause after its wh-words
    adverbial = re.match(rf"^(?:{_ADVERB_WH}) (?P<rest>.+)$", said)
    if adverbial and reads_well(adverbial.group("rest"), "clause"):
        return said
    # 'what my first 90 days would look like': "what" is the object its last word lacks ('… look like that')
    gap = re.match(r"^what (?P<rest>my .+ (?:like|about|for|with|to))$", said)
    return said if gap and reads_well(gap.group("rest") + " that", "clause") else None


def _said(text: str) -> str | None:
    """The question as the noun clause 'your question about …' takes."""
    asked = _WH_NOUN_AUX_I.match(text) or _WH_AUX_I.match(text)
    if asked:
        aux = asked.group("aux").lower()
        if aux == "did":
            return None  # 'why did I leave': a past of the candidate's, said back in a clause it would need 'had' for
        noun = asked.groupdict().get("noun")
        verb = "" if aux == "do" else aux + " "
        rest = asked.group("rest")
        return f"{asked.group('wh').lower()}{' ' + noun if noun else ''} I {verb}{rest}"
    said_already = re.match(rf"(?i)^(?P<wh>{_WH})\s+I\s+(?P<rest>\w.+)$", text)
    if said_already:  # 'how I would triage 40 tickets': jotted as the clause it is
        return f"{said_already.group('wh').lower()} I {said_already.group('rest')}"
    reported = _REPORTED_WH.match(text)
    if reported:  # 'how long the cleanup took', 'whether I had used Epic': a reported question keeps its order
        wh = reported.group("wh").lower()
        return f"{'whether' if wh == 'if' else wh} {reported.group('rest')}"
    yes_no = _YES_NO.match(text)
    if yes_no:
        aux = yes_no.group("aux").lower()
        if aux in ("did", "was", "have"):
            return None
        verb = "" if aux == "do" else aux + " "
        return f"whether I {verb}{yes_no.group('rest')}"
    mine = _wh_my_subject(text)
    if mine:  # 'what would my first 90 days look like' → 'what my first 90 days would look like'
        return mine
    modal = _modal_first(text)
    if modal:  # 'can QC sign off lots on the floor' → 'whether QC can sign off …'
        return modal
    either = _EITHER.match(text)
    if either and not _VERBISH.search(text):
        return f"{either.group('a')} versus {either.group('b')}"
    return None


def question_of(topics: list[str]) -> str | None:
    """The first question of theirs among a recipient's topics that can be said back."""
    for item in topics:
        said = their_question(item)
        if said:
            return said
    return None


def _wh_my_subject(text: str) -> str | None:
    """'what would my first 90 days look like' → 'what my first 90 days would look like': a wh-word, a modal, a
    subject of the candidate's ('my …', words the tagger reads as no verb), then its verb; None for any other shape."""
    from afterview.writer.tagger import tags

    words = text.split()
    if len(words) < 5 or words[0].lower() not in _WH.split("|") or words[1].lower() not in _MODALS:
        return None
    if words[2].lower() != "my":
        return None
    tagged = tags(words) or []
    for k in range(4, min(8, len(words))):
        if tagged[k].startswith("VERB"):
            if any(t.startswith("VERB") for t in tagged[3:k]):
                return None
            return f"{words[0].lower()} {' '.join(words[2:k])} {words[1].lower()} {' '.join(words[k:])}"
    return None


def _modal_first(text: str) -> str | None:
    """'can QC sign off lots on the floor' → 'whether QC can sign off lots on the floor': a modal, a subject of one
    to three nouns (the tagger's reading), then the bare verb; None for any other shape."""
    from afterview.writer.tagger import tags

    words = text.split()
    if len(words) < 3 or words[0].lower() not in _MODALS:
        return None
    tagged = tags(words) or []
    for k in range(2, min(5, len(words))):
        subject = tagged[1:k]
        if tagged[k].startswith("VERB") and all(t.split("|")[0] in ("DET", "NOUN", "PROPN", "ADJ") for t in subject):
            said = " ".join(words[1:k])
            if not any(t.startswith(("NOUN", "PROPN")) for t in subject):
                return None
            return f"whether {said} {words[0].lower()} {' '.join(words[k:])}"
    return None
