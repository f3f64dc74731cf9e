"""Asides in jotted notes: an impression of the person or of how it went ('super direct', 'ran 40 min'),
a reminder or a note to self ('forgot to ask', 'remember to ask about …'), something not talked about
('comp not discussed yet'), and what reads as a shrug or a laugh ('whatever', 'lol', '!!'). None of them
is a topic a message may repeat to the interviewer: `new` leaves them unread or keeps them aside."""

from __future__ import annotations

import re

from afterview.notes.markdown import labels

_SHRUG = r"whatever|oh well|lol|lmao|haha\w*|ugh|meh|idk|omg|tbh|fwiw|yikes|smh"
_TO_SELF = (
    r"forgot|don'?t forget|remember to|note to self|todo|to-do|tbd|need to (?:ask|check|find out|look up)|"
    r"should (?:have )?ask(?:ed)?|didn'?t ask|did not ask|never asked|ask (?:next time|later)"
)
# 'comp not discussed yet', 'salary never came up': said at the end of the line
_NOT_TALKED = (
    r"(?:not|never|wasn'?t|weren'?t|didn'?t|did not)\s+(?:\w+\s+)?(?:discussed|covered|mentioned|brought up|"
    r"come up|came up|talked about|get to it|get into it)(?:\s+(?:yet|at all|today))?\s*[.!]*$"
)
# 'ran 40 min', 'call went 25 min', 'ran long': how long it took, never a topic
_LENGTH = (
    r"(?:ran|went|lasted|took)\s+(?:about\s+|around\s+|like\s+|almost\s+|over\s+|under\s+|just\s+)?~?"
    r"\d+\s*(?:min\w*|m|hrs?|hours?)|ran\s+(?:long|short|late|over(?:\s+time)?)"
)
_ASIDE = re.compile(rf"\b(?:{_SHRUG}|{_TO_SELF}|{_NOT_TALKED}|{_LENGTH})(?!\w)|!!", re.I)

# 'super direct', 'very warm', 'kinda intense', 'great vibe': an impression, a few words, no topic in it
_INTENSIFIER = (
    r"(?:super|very|v\.?|really|rly|def|pretty|kinda|kind of|quite|so+|a bit|bit|somewhat|extremely|seemed|seems)"
)
_IMPRESSION_WORD = (
    r"direct|blunt|warm|friendly|nice|kind|cold|chill|relaxed|intense|tough|strict|formal|casual|funny|quiet|"
    r"chatty|sharp|smart|tired|distracted|rushed|busy|stressed|nervous|awkward|engaged|curious|serious|"
    r"intimidating|approachable|personable|easygoing|easy going|energetic|low key|lowkey|skeptical|impressed|"
    r"talkative|reserved|bubbly|upbeat|enthusiastic|welcoming|cheerful|stern|guarded|hard to read|laid[ -]back|"
    r"down to earth|no[ -]nonsense|gruff|soft[ -]spoken|lovely|pleasant|polite|professional|genuine|sweet|funny|"
    r"passionate|thoughtful|blunt|reserved|shy|loud|intense|dry|witty|chill"
)
# 'quieter', 'friendlier', 'more reserved': an impression said by comparison with the others
_COMPARED = rf"(?:(?:{_IMPRESSION_WORD})(?:er|r)?|quieter|friendlier|chattier|busier|easier going|reserved|shy|shyer)"
_IMPRESSION = re.compile(
    rf"^(?:(?:she|he|they|everyone|everybody|folks|people|the team|the panel|all|both)\s+"
    r"(?:was|were|is|are|seemed|seems)\s+)?"
    rf"(?:(?:{_INTENSIFIER}|more|less|a little)\s+)?"
    rf"(?:{_COMPARED})(?:\s+(?:and|but)\s+(?:{_INTENSIFIER}\s+)?(?:{_COMPARED}))?"
    r"(?:\s+(?:than|then)\s+(?:the\s+)?others?)?$"
    r"|^(?:great|good|nice|bad|weird|odd|fun|awkward)\s+(?:vibes?|energy|chat|convo|conversation|call)$",
    re.I,
)

# The format words the notes readers share ('zoom', 'in person', 'phone screen': labels.FORMATS), 'on-site' too.
_HELD = "|".join(re.escape(word).replace("\\ ", r"[\s-]") for word in sorted(labels.FORMATS, key=len, reverse=True))
# '1:1', 'one-on-one', 'panel', 'phone screen': how the interview was held, never what was talked about
_FORMAT = re.compile(
    r"^(?:(?:it\s+)?(?:was\s+)?(?:a|an|the)\s+)?(?:(?:1|one)\s*(?:on|:|x|-on-|-)\s*(?:1|one)|panel|group|"
    rf"screening|virtual|final round|first round|{_HELD})"
    r"(?:\s+(?:interview|chat|call|screen|meeting|format|round|convo))?$",
    re.I,
)


# 'detail guy', 'a big picture person', 'numbers type': what kind of person they are, no topic
_KIND_OF_PERSON = re.compile(
    rf"^(?:(?:she|he|they)(?:'s|’s|\s+is|\s+seemed)?\s+)?(?:an?\s+)?(?:(?:{_INTENSIFIER})\s+)?(?:[\w-]+\s+){{1,2}}"
    r"(?:guy|gal|person|type|lady|dude|nerd|geek|sort)$",
    re.I,
)
# '22 yrs there', 'been there 10 years', 'new in the role', 'joined last 15 min', 'left early', 'would be my day to
# day', 'would be my boss', 'ran most of it': how long they have been there, when they were in the room and what
# they did there, what they would be to you
_ABOUT_THEM = re.compile(
    r"^(?:(?:she|he|they)(?:'s|’s|'ve|\s+has|\s+have)?\s+)?(?:(?:been|was|worked)\s+)?(?:(?:there|here)\s+(?:for\s+)?)?"
    r"(?:~|about\s+|over\s+|almost\s+)?\d+\+?\s*(?:yrs?|years?|mos?|months?)(?:\s+(?:there|here|in|at|with)\b.*)?$|"
    r"^(?:(?:she|he|they)(?:'s|’s|\s+is|\s+are)\s+)?(?:brand\s+|pretty\s+|fairly\s+)?new(?:ish)?"
    r"(?:\s+(?:in|to)\s+(?:the\s+)?(?:role|job|team|company|position))?$|"
    r"^(?:(?:she|he|they)\s+)?(?:joined|left|dropped(?:\s+off)?|hopped\s+(?:on|off)|came\s+in|arrived|stepped\s+out)\s+"
    r"(?:(?:late|early|halfway|partway|midway)\b.*|(?:for\s+)?(?:the\s+)?(?:last|first)\s+\d+\s*min\w*.*|"
    r"(?:~|about\s+)?\d+\s*(?:min\w*|m)\s+(?:late|early|in)\b.*)$|"
    # 'ran most of it', 'led the interview', 'did most of the talking', 'mostly listened': their part in the room
    r"^(?:(?:she|he|they)\s+)?(?:(?:ran|led|chaired|drove|hosted)\s+(?:most\s+of\s+|all\s+of\s+|much\s+of\s+)?"
    r"(?:it|the\s+(?:interview|call|meeting|panel|conversation|convo|show))|did\s+(?:most|all|much)\s+of\s+the\s+"
    r"(?:talking|asking|questions)|(?:mostly\s+)?(?:listened|observed|took\s+notes|sat\s+in)(?:\s+mostly)?)$|"
    r"^(?:(?:she|he|they)(?:'d|’d)?\s+)?(?:would|will|'d)\s+be\s+my\s+(?:day[\s-]to[\s-]day|boss|manager|supervisor|"
    r"lead|teammate|peer|mentor|skip|direct manager|report)\b.*$",
    re.I,
)


def is_format(text: str) -> bool:
    """'1 on 1', 'panel interview', 'phone screen': the interview's format, no topic of anyone's."""
    return bool(_FORMAT.match(text.strip(" .!")))


def is_aside(text: str) -> bool:
    """True when `text` (one line or clause) is an aside of the kinds above, in whole or in its parts."""
    if _ASIDE.search(text) or is_format(text):
        return True
    parts = [p.strip(" .") for p in re.split(r"[,;]|\s[-–—]\s", text) if p.strip(" .")]
    return bool(parts) and all(_IMPRESSION.match(p) or _HOW_IT_WENT.match(p) or _NOTE_TO_SELF.search(p) for p in parts)


# 'asked if ok w/ 6am starts', 'asked whether I could start in jan', 'asked if i'm open to travel': a yes-or-no
# question to the candidate about themselves, which is no topic of the interviewer's
_ASKED_OF_ME = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+|(?:she|he|they)\s+)?(?:also\s+)?asked(?:\s+me)?\s+(?:if|whether)\s+"
    r"(?:i(?:'?m|’m| am| was|'?d be|’d be| would be| could| can| could be| can be| have| had)?\s+)?"
    r"(?:ok|okay|fine|good|cool|comfortable|able|available|open|willing|flexible|happy|interested|free|"
    r"start|relocate|travel|work|commute|do|handle|lift|drive)\b",
    re.I,
)


# 'vibe: relaxed, very collaborative', 'questions i asked: team size', 'comp: 70-78k', 'salary range 58-64k': kept out
# of every message (pay is never written into one), said once with what it is
_LABELLED_ASIDE = {
    "impressions": r"vibes?|impressions?|first impressions?|feel|energy|mood|demeanou?r|personality|tone",
    "your questions": r"questions i asked|my questions|q'?s i asked|i asked(?: them)?|asked them|my qs|"
    r"(?:still\s+)?(?:need|needs|have|want|meant)\s+to\s+ask(?:\s+(?:them|her|him|about|abt))?|to\s+ask|ask(?:\s+them)?|"
    r"(?:questions?|qs?|q'?s)\s+(?:for|to\s+ask)\s+(?:them|her|him|next\s+time|\w+)|follow[- ]up\s+q'?s|open\s+q'?s",
    "pay": r"comp|compensation|salary|salary range|pay|pay range|range|base|base pay|wage|rate",
}
# 'salary range 58-64k', 'pay ~$22/hr': an amount right after the word (not 'pay bands, hybrid 2 days')
_PAY = re.compile(
    r"^(?:salary|pay|comp|compensation|base|wage)(?:\s+(?:range|band))?\s*[:=-]?\s*(?:is\s+|of\s+|around\s+|about\s+)?"
    r"[~$£€]*\d[\d,.]*\s*(?:k|/hr|/hour|an hour|per hour)?\b",
    re.I,
)


# '2 on/2 off is techs only', '4 on 4 off', '4x10s': the rota the job works, said as a fact of the job
_ROTA = r"\d+\s*(?:days?\s+)?on\s*(?:/|,|\s)\s*\d+\s*(?:days?\s+)?off\b|\d\s*x\s*1[02]s?\b"
# 'start ideally jan', 'could start asap', 'notice period 4 wks', 'hybrid not really possible': when and where the
# candidate would work, their own logistics; no topic to repeat to anyone ('benefits start day one', said by HR, and
# 'start date flexibility' are what someone talked about)
_TERMS = re.compile(
    r"^(?:(?:i\s+)?(?:could|can|would|'d|want to|wanna|hope to)\s+)?(?:ideal\s+|earliest\s+|my\s+)?"
    r"(?:start(?:ing)?(?:\s+date)?(?:\s*[:=]|\s+(?:ideally|asap|immediately|early|mid|late|next|end\s+of|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d)\w*\b)|notice(?:\s+period)?\b|visa\b|"
    r"sponsorship\b|hybrid(?=\s+(?:is|not|isn'?t|only|possible|ok|days?|schedule|policy)\b|\s*[:,(\d]|$)|"
    rf"remote\s+(?:days?|option)\b|{_ROTA})",
    re.I,
)
ROTA = re.compile(rf"^(?:{_ROTA})", re.I)
# 'ask abt parking next time', 'must ask re hybrid', 'forgot to ask abt hybrid', 'note to self: …': the candidate's
# own reminder, never a topic of the interviewer's
_NOTE_TO_SELF = re.compile(
    rf"^(?:{_TO_SELF})\b|^(?:(?:i\s+)?(?:must|gotta|got to|have to|need to|should|will|to)\s+)?"
    r"(?:ask|check|find out|look up|confirm)\b.*\b(?:next time|later|in (?:the )?(?:next|2nd|second|final) round|"
    r"at (?:the )?(?:next|2nd|second|final) (?:round|interview|stage))\b|"
    r"^(?:i\s+)?(?:must|gotta|got to|have to|need to)\s+ask\b",
    re.I,
)
# 'bit rushed at the end', 'felt a bit rushed', 'v warm but rushed towards the end': how it went, an impression
_HOW_IT_WENT = re.compile(
    rf"^(?:(?:it\s+|the\s+(?:call|interview|chat|end)\s+)?(?:felt|seemed|was|got)\s+)?(?:(?:{_INTENSIFIER})\s+)?"
    r"(?:rushed|hurried|cut short|chaotic|disorganised|disorganized|awkward|tense|relaxed)"
    r"(?:\s+(?:at|towards?|near|by|in)\s+the\s+(?:end|start|beginning|middle)|\s+(?:overall|at times|in places))?$",
    re.I,
)


def aside_kind(text: str) -> str | None:
    """What an aside is, when it is one a reader keeps aside with a word ('impressions', 'what they asked you',
    'your questions', 'pay', "the job's terms", 'how it was held'), not shown as a line nothing was read from: an
    impression, a yes-or-no question to the candidate, the candidate's own questions ('need to ask: …'), what the
    job pays, when it starts and what comes with it ('start ideally jan'), the interview's format."""
    for kind, words in _LABELLED_ASIDE.items():
        if re.match(rf"^\s*(?:{words})\s*:\s*\S", text, re.I):
            return kind
    if _PAY.match(text.strip()):
        return "pay"
    if _TERMS.match(text.strip()):
        return "the job's terms"
    if is_format(text):  # '1 on 1', 'phone screen': how it was held, read from the head when it says so
        return "how it was held"
    said = re.sub(rf"\s*\b(?:{_SHRUG})\b\s*|!+", " ", text).strip(" .,")
    if said and _ASKED_OF_ME.match(said):
        return "what they asked you"
    from afterview.notes.problem_words import problem_speak  # 'the team seemed overwhelmed': their problem

    parts = [p.strip(" .") for p in re.split(r"[,;]|\s[-–—]\s", said) if p.strip(" .")]
    if parts and all(_NOTE_TO_SELF.search(p) for p in parts):
        return "a note to yourself"
    if parts and all(re.search(rf"(?:^|\s){_NOT_TALKED}", p, re.I) for p in parts):  # 'comp not discussed yet'
        return "not talked about"
    impression = (_IMPRESSION, _KIND_OF_PERSON, _HOW_IT_WENT)
    if parts and all(any(m.match(p) for m in impression) for p in parts) and not problem_speak(said):
        return "impressions"
    if parts and all(_ABOUT_THEM.match(p) for p in parts):
        return "about them"
    return None
