"""What one clause of a person's pasted lines says, in the shorthand of a notes app: a problem under a
tag of its own ('big issue: …'), what they asked for ('wants 2 references -> i said i'd email them'),
a promise to send something to someone ('send Priya the dashboard by fri'), and the candidate's own
report ('asked how i handle upset parents -> told her abt …', 'mentioned i set up reminder texts').

Each reader returns spans of the clause (never reworded), except `as_theirs`, which says a question
the interviewer asked as theirs ('how i handle' → 'how you handle') once the span has been checked.
"""

from __future__ import annotations

import re

from afterview.notes.problem_words import problem_speak
from afterview.notes.told_promise import as_promise

# 'big issue:', 'their big pain:', 'main headache:': a tag that says a problem of the team
_PROBLEM_TAG = re.compile(
    r"^(?:(?:their|the|team'?s?|a|one|main|big|biggest|key|real|major|top)\s+){0,3}"
    r"(?:issues?|pain(?:\s+points?)?|problems?|headaches?|challenges?|struggles?|blockers?|bottlenecks?|concerns?)"
    r"\s*:\s*(?P<item>\S.*)$",
    re.I,
)
# 'wants 2 references', 'she asked for a writing sample', 'needs my portfolio'; what follows '->' is the reply
_ASKED_FOR = re.compile(
    r"^(?:(?:she|he|they|(?:[A-Z][\w'’-]+))\s+)?(?:wants?|wanted|asked(?:\s+me)?\s+for|would like|needs?|requested)"
    r"\s+(?!to\b)(?P<item>[^-–—>]+?)\s*(?:(?:->|→|[-–—]\s).*)?$",
    re.I,
)
# 'send Priya the dashboard by fri', 'PROMISED: email Marcus my SQL sample tmrw': the verb, then who and what
# ('TODO: send Tom the notebook', "i'll email tom the deck", 'sending Tom my portfolio tonight', 'gonna get Tom …')
_SEND = re.compile(
    r"^(?:(?:also|and|then|plus)\s+)?"
    r"(?:(?:todo|to do|to-do|action|action item|follow[- ]ups?|f/u|next step|promise|promised)"
    r"\s*(?::|\s[-–—]|->|→)?\s*)?"
    r"(?:(?:i\s+)?(?:also\s+)?(?:need to|have to|gotta|got to|gonna|going to|to|must|should|will|promised to|"
    r"said i'?d|said i would|said i['’]d|i'?ll|i['’]ll|i will|i'?m|i['’]m|am)\s+)?"
    r"(?:send(?:ing)?|e-?mail(?:ing)?|forward(?:ing)?|shar(?:e|ing)|(?:get|getting)(?=\s+(?-i:[A-Z])|\s+(?:him|her|them)\s))"
    r"\s+(?P<rest>\S.*)$",
    re.I,
)
_WHEN = re.compile(
    r"[\s,]+(?P<when>(?:by|before|on|until|first thing)?\s*(?:tmrw|tomorrow|today|tonight|eod|eow|asap|"
    r"(?:the\s+)?end of (?:the\s+)?(?:day|week)|this week|next week|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|s)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}))"
    r"\s*[.!]?$",
    re.I,
)


def deadline_off(item: str) -> tuple[str, str | None]:
    """'my references list by tomorrow' → ('my references list', 'by tomorrow'): when it is sent is no part of it."""
    found = _WHEN.search(item)
    if not found or not item[: found.start()].strip(" ,"):
        return item, None
    return item[: found.start()].strip(" ,"), found.group("when").strip()


# 'asked how i handle upset parents -> told her abt the billing story': what they asked, then my answer
_ASKED_ME = re.compile(
    r"^(?:(?!(?:i|we|you)\b)[\w'’-]+\s+)?(?:(?:also|then|mostly|mainly)\s+)?asked(?:\s+me)?"
    r"(?:\s+(?:(?:a lot|lots|tons|a bunch|a few|several|many|some|more|a couple)"
    r"(?:\s+of)?(?:\s+questions)?|mostly|mainly|questions))?\s+(?:about\s+|abt\s+)?"
    r"(?P<asked>(?:how|what|why|when|where|which|whether|if|(?<=about )|(?<=abt ))\b[^>]*?)"
    r"\s*(?:(?:->|→)\s*(?P<answer>.*))?$",
    re.I,
)
_TOLD = re.compile(r"^(?:i\s+)?(?:told|gave|shared)\s+(?:him|her|them)\s+(?:about|abt|the)?\s*(?P<item>\S.*)$", re.I)
# 'mentioned i did the reminder texts setup', 'told them about my UPS route project': what I said of myself
_MENTIONED = re.compile(
    r"^(?:i\s+(?:talked about|spoke about|explained|described)|"
    # 'talked abt how i cut callback time', 'talked about my UPS route project': my own, by its words
    r"(?:i\s+)?(?:talked|spoke)\s+(?:about|abt)(?=\s+(?:(?:how|when|the time|why)\s+i\b|my\b))|"
    r"(?:i\s+)?(?:mentioned|brought up|talked up|pitched|"
    r"highlighted|"
    r"(?:told|walked|took) (?:him|her|them|the panel) (?:about|abt|through|thru)))\s*:?\s+(?:that\s+)?(?:i\s+)?"
    r"(?P<item>\S.+?)[.!]?$",
    re.I,
)
_ME = {"i": "you", "i'd": "you'd", "i'm": "you're", "i've": "you've", "i'll": "you'll", "me": "you", "my": "your"}
_ME |= {"myself": "yourself", "mine": "yours", "im": "you're", "id": "you'd", "ive": "you've"}


def clauses(text: str) -> list[str]:
    """A jotted line's clauses: 'sr analyst. walked thru sql case' is two (a notes app writes no capitals)."""
    from afterview.notes.import_people import TITLE_SHORT  # 'HR bus. partner': a title jotted short, one clause

    parts, start = [], 0
    # '… meds that expire. no one owns it': a consequence with no subject of its own stays with what it follows
    for stop in re.finditer(
        r"(?:(?<=[a-z0-9)])|(?<=[a-z][A-Z]))\s*[.!?]+\s+(?=[a-z])(?!(?:nobody|no one|noone|nothing)\b)|;\s+", text
    ):
        if stop.group(0).startswith(".") and re.search(rf"\b{TITLE_SHORT}$", text[start : stop.start()]):
            continue
        parts.append(text[start : stop.start()])
        start = stop.end()
    parts.append(text[start:])
    return [p.strip(" .") for p in parts if p.strip(" .")]


def problem(item: str) -> str | None:
    """'big issue: phones overwhelmed mornings', 'probs: front desk overwhelmed' → what follows the tag."""
    from afterview.notes.problem_section import problem_header

    found = _PROBLEM_TAG.match(item.strip())
    return found.group("item").strip(" .") if found else (problem_header(item) or None)


def asked_for(item: str) -> str | None:
    """What the person asked to be sent: a span, without the reply after '->'."""
    found = _ASKED_FOR.match(item.strip())
    if not found:
        return None
    thing = _WHEN.sub("", found.group("item").strip(" .,"))
    if not thing or re.match(r"(?:to|a|an|the)?\s*$", thing, re.I):
        return None
    wished = re.match(r"^(?:\S+\s+)?(?:wants?|wanted|would like|needs?)\b", item.strip(), re.I)
    if wished and not _SENDABLE.search(thing) and not re.search(r"(?:->|→).*\b(?:send|e-?mail|forward)", item, re.I):
        return None  # 'wants sat coverage 2x a month', 'wants field data in ArcGIS': a wish of theirs, nothing sent
    return thing


# what a person can be sent: a document, a copy, a link, something of yours ('wants 2 refs', 'needs my CPR card')
_SENDABLE = re.compile(
    r"\b(?:my|your|references?|refs?|referees?|samples?|portfolio|resume|résumé|cv|copy|copies|list|links?|deck|"
    r"slides?|transcripts?|cert\w*|card|licen[cs]e|examples?|write-?up|writing|plan|templates?|reports?|proposal|"
    r"availability|schedule|dates|photos?|pics?|docs?|documents?|files?|work|case stud\w+|proof|numbers|salary|"
    r"expectations)\b",
    re.I,
)


def promise(item: str, names: list[str]) -> tuple[str, int | None] | None:
    """(what, whose index) from 'send Priya the sample dashboard by fri'; None when it is no promise."""
    found = _SEND.match(as_promise(item).strip())  # 'told Priya I'd send the deck' is 'send Priya the deck'
    if not found:
        return None
    rest = _WHEN.sub("", found.group("rest").strip(" .!")).lstrip(" -–—>:")  # "to send - the deck"
    from afterview.notes.names import first_name

    for n, name in enumerate(names):  # 'Dr. Nadia Okoye': 'send Nadia …'
        for said in dict.fromkeys((name, name.split()[0], first_name(name))):
            if rest.casefold().startswith(said.casefold() + " ") and len(rest) > len(said) + 3:
                return rest[len(said) :].strip(), n
    for n, name in enumerate(names):  # 'the deck to Tom', 'my notes over to Tom Mehta'
        for said in dict.fromkeys((name, name.split()[0], first_name(name))):
            found = re.search(rf"\s+(?:over\s+)?(?:to|for)\s+{re.escape(said)}$", rest, re.I)
            if found and found.start() > 2:
                return rest[: found.start()].strip(), n
    rest = re.sub(r"^(?:them|him|her)\s+", "", rest, flags=re.I)
    return (rest, None) if rest else None


# 'she liked that i did the rota redesign', 'Tom was impressed by my SQL work': what of mine went down well
_LIKED = re.compile(
    r"^(?:(?:she|he|they|(?-i:[A-Z][\w'’-]+))\s+)?(?:really\s+|seemed to\s+)?"
    r"(?:liked|loved|was impressed (?:by|with)|were impressed (?:by|with)|was interested in|perked up (?:at|when)|"
    r"responded well to|lit up (?:at|when)|was keen on)\s+(?:that\s+|how\s+|hearing\s+(?:about\s+)?|the fact that\s+)?"
    r"(?:i\s+(?:did|do|had done|have done)\s+|i\s+(?=\w)|my\s+(?=\w))(?P<item>[^>]+?)\s*(?:(?:->|→|[-–—]\s).*)?$",
    re.I,
)
_MINE_WORD = re.compile(r"\b(?:i|i'd|i'm|i've|i'll|i’d|i’m|i’ve|i’ll|me|my|myself|mine|im|id|ive)\b", re.I)
# 'how I'd cut shrink in the garden center': a question about my approach to a thing, the thing their topic
_HOW_I = re.compile(
    r"^(?:how|what)\s+(?:i|i'?d|i’d|i would|i'?ll|i will|i could|i might|i can|i should)\s+"
    r"(?:go about\s+|do (?:about|with)\s+|[a-z]+\s+)(?:with\s+|about\s+|on\s+)?(?P<what>\S.*)$",
    re.I,
)
_NO_THING = re.compile(r"^(?:it|that|this|them|those|these|things|stuff|him|her|something|anything)\b", re.I)
# 'I helped w/ our move to the new ERP last yr', 'at my last job I set up a safety huddle': my own work
_MY_WORK = re.compile(
    r"^(?P<lead>(?:at|in|during|on|from)\s+my\s+(?:last|previous|old|current|first|prior|old)\s+"
    r"(?:job|role|company|position|gig|team|store|employer)\s*,?\s*)?i\s+(?:also\s+|once\s+)?"
    r"(?P<item>(?:helped|led|set up|setup|built|ran|managed|created|launched|designed|automated|cut|reduced|grew|"
    r"trained|migrated|owned|handled|implemented|introduced|started|wrote|organi[sz]ed|coordinated|supervised|"
    r"oversaw|streamlined|developed|improved|rolled out|delivered|saved|moved|rebuilt|fixed|taught|mentored|"
    r"opened|closed|negotiated|shipped|scaled|drove|run|lead|manage|worked on|worked with)\b.+?)[.!]?$",
    re.I,
)


def my_report(item: str) -> tuple[list[str], list[str]] | None:
    """([what they asked], [what I said of myself]) for a first-person line, each a span; None when the
    line is not the candidate's own report. A question about my own experience or approach is never
    their topic said as theirs: the thing it is about ('how I'd cut shrink' → 'shrink'), my experience
    ('about my forklift cert' → a highlight), or nothing (the line left unread)."""
    asked = _ASKED_ME.match(item.strip())
    if asked:
        answer = (asked.group("answer") or "").strip()
        told = _TOLD.match(answer) if answer else None
        mine = [told.group("item").strip(" .")] if told else []
        question = asked.group("asked").strip(" .?")
        from afterview.notes.asides import aside_kind

        if aside_kind("asked " + question) == "what they asked you":  # 'asked if ok w/ 6am starts': no topic
            return [], mine
        if not _MINE_WORD.search(question):
            return [question], mine
        how = _HOW_I.match(question)
        if how and not _MINE_WORD.search(how.group("what")) and not _NO_THING.match(how.group("what")):
            return [how.group("what").strip(" .?")], mine
        if re.match(r"^my\s+\S", question, re.I):
            years = _years_of(question, answer)  # 'my SAP PM exp -> 6 yrs': '6 yrs of SAP PM', the fact
            return [], [years] if years else [question, *mine]
        return [], mine
    liked = _LIKED.match(item.strip())  # 'she liked that i did rota redesign -> asked for details': mine
    if liked:
        return [], [liked.group("item").strip(" .")]
    mentioned = _MENTIONED.match(item.strip())
    if mentioned:
        return [], [mentioned.group("item").strip()]
    did = _MY_WORK.match(item.strip())
    if did:
        return [], [item.strip().rstrip(".!") if did.group("lead") else did.group("item").strip()]
    return None


# '6 yrs', 'about 3 years', '~18 months', '2+ yrs': how long, said after the arrow of a question about my experience
_HOW_LONG = re.compile(
    r"^(?:about\s+|around\s+|~\s*|over\s+|nearly\s+|almost\s+)?(?P<n>\d+(?:\.\d+)?\+?|a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s*(?P<unit>yrs?|years?|mos?|months?|mths?)\b\.?(?:\s+(?P<more>\S.*))?$",
    re.I,
)


def _years_of(question: str, answer: str) -> str | None:
    """'6 yrs of SAP PM' from 'my SAP PM exp' and '6 yrs': how long, then what, without 'my' and 'exp' (the
    words clipped are written out later, with the rest of the notes); None when the answer says no length."""
    found = _HOW_LONG.match(answer.strip(" .!"))
    if found is None or found.group("more"):
        return None
    what = re.sub(r"^my\s+", "", question, flags=re.I)
    what = re.sub(r"\s+(?:exp|exper|xp)\.?$", "", what, flags=re.I).strip()
    if not what:
        return None
    return f"{answer.strip(' .!')} of {what}"


def problem_said(item: str) -> bool:
    """The clause says a problem the team has, by its words."""
    return problem_speak(item)


def as_theirs(asked: str) -> str:
    """'how i handle upset parents' said as the interviewer's question: 'how you handle upset parents'."""
    return re.sub(r"\b[\w'’]+\b", lambda m: _ME.get(m.group(0).casefold().replace("’", "'"), m.group(0)), asked)
