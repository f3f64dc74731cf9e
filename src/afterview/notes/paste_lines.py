"""What one line of pasted notes says about the interview as a whole, by the words people jot:
the position and company ('Acme - Senior Backend Engineer', 'for the Data Analyst role at Acme'),
what you said you would send, company news, and what to say about yourself.

Each reader returns the value as a span of the line (never reworded) or None. Sentences of a
paragraph are read one at a time (`sentences`). When they decide: decision_line.py.
"""

from __future__ import annotations

import re

from afterview.notes.head_met import met_in_job_line
from afterview.notes.import_people import TITLE_SHORT
from afterview.notes.importing import drop_brackets, mask_brackets
from afterview.notes.job_words import DASHED, JOB_WORD
from afterview.notes.markdown import labels
from afterview.notes.markdown.syntax import _ASKED

# ". " then a capital ends a sentence, unless the word before the stop is a title or an abbreviation
# ('Jen Alvarez? (ops mgr)': a name the writer was unsure of, not the end of a sentence)
# ('… like me!! go leathernecks': a cheer after an exclamation is a sentence of its own, shown as not read)
_STOP = re.compile(
    r"(?<=[.!])\s+(?=[A-Z\"'(])|(?<=\?)\s+(?=[A-Z\"'])|(?<=!)\s+(?=(?i:go|roll)\s+\w)|(?<=\.)\s+(?=(?i:go|roll)\s+[A-Z])"
)
_ABBREVIATION = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|vs|etc|approx|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|e\.g|i\.e|[A-Z]|" + TITLE_SHORT + r")\.$"
)


def sentences(text: str) -> str:
    """The text with each sentence on a line of its own (blank lines kept): every line is a span."""
    out: list[str] = []
    for raw in text.splitlines():
        start = 0
        for stop in _STOP.finditer(raw):
            if _ABBREVIATION.search(raw[start : stop.start()]):
                continue
            out.append(raw[start : stop.start()])
            start = stop.end()
        out.append(raw[start:])
    return "\n".join(out)


_NOT_A_TIME = r"(?!\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\b)"  # 'today at 11 with Bluepeak': 11 is no company
_COMPANY = _NOT_A_TIME + r"(?P<company>[A-Z0-9][\w&.'’-]*(?:\s+(?:&|and|of|the|[A-Z0-9][\w&.'’-]*))*)"
# 'Harbor Pediatrics clinic group', 'Mercy health partners': a name, then lowercase words ending in a company word
_COMPANY_WORDS = (
    r"group|clinics?|health|healthcare|partners|hospital|medical|center|centre|labs?|co|inc|llc|ltd|systems|"
    r"network|practice|associates|foundation|services|solutions|holdings|studios?|agency|bank|school|district|"
    r"pharmacy|dental|logistics|consulting|company|corp|collective|cooperative|co-op|hosp|bank|"
    r"food bank|vet|veterinary|animal hospital|credit union|council|museum|library|university|college|academy|church"
)
# 'harbourview animal hosp', 'sunrise dental': a company jotted in lowercase, known by the word it ends in
_LOWER_COMPANY = re.compile(rf"[a-z][\w&'’-]*(?:\s+[a-z][\w&'’-]*){{0,3}}\s+(?:{_COMPANY_WORDS})\.?")
_NAMED_COMPANY = _COMPANY + rf"(?:\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?i:{_COMPANY_WORDS})\.?)?"
_POSITION = r"(?P<position>[A-Za-z][\w/&+'’ -]*?)"
_POSITION_AT = re.compile(  # 'Data Analyst at Acme', 'for the Data Analyst role at Acme', '- Designer job at Acme'
    rf"(?:^|\bfor\s+(?:the\s+|a\s+|an\s+)?|\s[-–—:|]\s+){_POSITION}\s+(?:(?:role|job|position|opening|post)\s+)?"
    rf"(?:at|@|with)\s+{_COMPANY}"
)
_AT_FOR = re.compile(  # 'Onsite at Acme today for the Data Analyst job'
    rf"\b(?:at|with)\s+{_COMPANY}\b.*?\bfor\s+(?:the\s+|a\s+|an\s+)?{_POSITION}\s+(?:role|job|position|opening|post)\b"
)


# ', Project Coordinator role,' '(Data Analyst position)': the job said as the one applied for, in a part of its own
_ROLE_NAMED = re.compile(
    r"(?:^|[,;(]\s*|\s[-–—|]\s+)(?:for\s+)?(?:the\s+|a\s+|an\s+)?(?P<position>[A-Za-z][\w/&+'’-]*(?:\s+[A-Za-z][\w/&+'’-]*)"
    r"{0,5}?)\s+(?:role|job|position|opening|post)\b(?!\s+(?:at|@|with)\b)"
)


def role_named(line: str) -> str | None:
    """The job a line says is the one applied for, in a part of its own ('…, Project Coordinator role, 45 min')."""
    for found in _ROLE_NAMED.finditer(line):
        position = found.group("position").strip()
        if JOB_WORD.search(position) and not re.search(r"\d", position):
            return position
    return None


def position_and_company(line: str) -> tuple[str, str] | None:
    """The job applied for and the company, when the line names both. A job said as the role applied for
    ('…, Project Coordinator role') is the job, whatever title the line gives someone ('w Marisol Ortega - Studio
    Director @ Casa Fuerte'): that is the interviewer's."""
    found = _position_and_company(line)
    named = role_named(line)
    if found and named and named.casefold() != found[0].casefold():
        return named, found[1]
    if not found and named:  # 'call w Keiko Mori - Tern Logistics, Route Planner role, 30 min'
        return _company_beside(line, named)
    return found


def _company_beside(line: str, position: str) -> tuple[str, str] | None:
    """The company of a line that names the role applied for: the part before the role's, a name with capitals
    and no job's word, no digit and no one met ('Tern Logistics, Route Planner role')."""
    parts = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+[-–—|]\s+", mask_brackets(line))]
    spans, start = [], 0
    for part in parts:  # the same parts of the line as written, brackets and all
        at = mask_brackets(line).find(part, start)
        spans.append(drop_brackets(line[at : at + len(part)]).strip(" .") if at >= 0 else part)
        start = at + len(part) if at >= 0 else start
    where = next((i for i, p in enumerate(spans) if position in p), None)
    if not where:
        return None
    company = spans[where - 1]
    if (
        re.fullmatch(_NAMED_COMPANY, company)
        and not JOB_WORD.search(company)
        and not re.search(r"\d", company)
        and not met_in_job_line(company)
        and not re.match(r"(?i)(?:met|w/?|with|spoke|talked|saw|call|chat|zoom|teams|video|phone|interview)\b", company)
        and len(company.split()) <= 4
    ):
        return position, company
    return None


def title_beside_job(line: str, position: str) -> str | None:
    """The title a job line gives someone it meets, when it is not the job applied for: 'call w Marisol Ortega -
    Studio Director @ Casa Fuerte, Project Coordinator role' → 'Studio Director'."""
    found = _position_and_company(line)
    if found and found[0].casefold() != position.casefold() and role_named(line):
        return found[0]
    return None


def _position_and_company(line: str) -> tuple[str, str] | None:
    for pattern in (_POSITION_AT, _AT_FOR):
        for found in pattern.finditer(line):
            # what leads up to the job ('Interview notes - ', 'the video interview for ') is not part of it
            position = re.split(r"\s[-–—:|]\s|\bfor\s+(?:the\s+|a\s+|an\s+)?", found.group("position"))[-1]
            position = position.strip(" -")
            position = re.sub(r"^(?:the|a|an|interview(?:ed)?(?:\s+for)?)\s+", "", position, flags=re.I)
            company = found.group("company").strip(" .,")
            if JOB_WORD.search(position) and not re.search(r"\d", position) and len(position.split()) <= 6:
                return position, company
    if _PART_IN_HIRING_ASIDE.search(line) and _a_part_in_hiring(line):
        return None  # 'Gary Whitcomb - Ops Director (hiring mgr i think)': a person's line, not the job's
    split = DASHED.split(line.strip())
    if len(split) < 2 and _LABEL_FIRST.match(line.strip()):  # 'Interview notes: Junior Accountant, Maple & Finch CPA
        split = re.split(r",\s+", _LABEL_FIRST.sub("", line.strip()))
    parts = [_MEETING_AFTER.sub("", _LABEL_FIRST.sub("", p)) for p in split if not met_in_job_line(p)]
    # 'Acme - Senior Backend Engineer, onsite', 'Senior Backend Engineer — Acme', 'Acme - Sr Data Engineer - panel
    # today 2pm': any two parts, one the company and one the job (the others say when, or who was met)
    pairs = [(b, a) for i, a in enumerate(parts) for b in parts[i + 1 :]] + [
        (a, b) for i, a in enumerate(parts) for b in parts[i + 1 :]
    ]
    company_first = pairs[: len(pairs) // 2]  # 'Trinity Rep interview - Development Assoc': the company first
    for relaxed, (position, company) in [(False, pair) for pair in pairs] + [(True, pair) for pair in company_first]:
        # a parenthetical is said of the job ('Sr Data Analyst (supply chain team)'), not part of it
        position, company = (drop_brackets(p).split(",")[0].strip(" .") for p in (position, company))
        if (
            JOB_WORD.search(position)
            and not _MEETING.search(position)  # 'interview with Nurse Manager Joan Fitch': who was met, not the job
            and (
                not any(not w.group(0).lower().endswith("s") for w in JOB_WORD.finditer(company))  # 'X Partners'
                or (relaxed and _NAME_THEN_JOB_WORD.fullmatch(company))  # 'Trinity Rep' (a theatre), when no pair
                # of a company without a job's word is found
            )
            and (
                re.fullmatch(_NAMED_COMPANY, company)
                or _LOWER_COMPANY.fullmatch(company)
                or (
                    len(parts) == 3
                    and re.fullmatch(r"[a-z][\w&'’ -]*", company)
                    and _a_place_or_meeting(parts, position, company)
                )
            )
            and not re.search(r"[()\d]", _GRADE.sub("", position) + company)  # 'Teller 2', 'Case Worker II'
            and len(position.split()) <= 6
            and len(company.split()) <= 4
        ):
            if company == company.lower():  # 'harbourview animal hosp': a name, said with its capitals
                company = " ".join(w[:1].upper() + w[1:] for w in company.split())
            return position, company
    return None


# 'Jo Park - Ops Director (hiring mgr)', 'Ruth Kessler (owner)': a full name, then an aside of their part in hiring
_PART_IN_HIRING_ASIDE = re.compile(r"^\s*(?:[-*•]\s*)?[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+\b.*\(([^()]+)\)")


def _a_part_in_hiring(line: str) -> bool:
    from afterview.notes.paste_names import role_said

    found = _PART_IN_HIRING_ASIDE.search(line)
    return found is not None and role_said(found.group(1), None) is not None


def _a_place_or_meeting(parts: list[str], position: str, company: str) -> bool:
    """'salt & ember - line cook - denver', 'pine ridge lodge - front desk lead - video call today 10am': the part
    that is neither the job nor the company is a city, or says how and when they met, so the line is
    'company - job - city/meeting' and a lowercase company is one."""
    from afterview.notes.city_zones import known_places
    from afterview.notes.place_phrase import place_phrase

    places = known_places()
    kept = [drop_brackets(p).strip(" .,") for p in parts]
    kept = [p for p in kept if p.casefold() not in (position.casefold(), company.casefold())]
    rest = [p.casefold() for p in kept]
    said = re.search(
        r"\b(?:notes?|interview\w*|meeting|call|chat|panel|onsite|on-site|phone|video|zoom|teams|today|"
        r"tomorrow|yesterday|round|screen|mon|tues?|wed|thu|thurs|fri|am|pm)\b|\d",
        company,
        re.I,
    )
    meeting = len(rest) == 1 and _SAYS_MEETING.search(rest[0]) is not None
    place = len(rest) == 1 and (rest[0] in places or place_phrase(kept[0]) is not None)  # 'asheville NC'
    return len(rest) == 1 and (place or meeting) and said is None


# 'video call today 10am', 'phone screen tues 2pm', 'onsite thurs': how or when the meeting was, said as a part
_SAYS_MEETING = re.compile(
    r"\b(?:interview\w*|call|chat|panel|onsite|on-site|phone|video|zoom|teams|today|tomorrow|yesterday|screen|"
    r"mon|tues?|wed|thu|thurs|fri)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.I,
)


# 'Trinity Rep interview', 'Acme onsite': the company, then what the meeting was
_MEETING_AFTER = re.compile(
    r"\s+(?i:interview(?:\s+notes)?|notes|onsite|on-site|phone\s+screen|screen(?:ing)?|call|chat|panel|debrief)$"
)
_NAME_THEN_JOB_WORD = re.compile(
    r"(?!(?i:sales|senior|sr|junior|jr|lead|head|chief)\b)(?:[A-Z][a-z][\w'’&-]*\s+){1,2}[A-Z][a-z]+"
)
_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V|[1-5]|(?i:level)\s+[1-5])$")  # a job's grade: 'Case Worker II', 'Teller 2'
_LABEL_FIRST = re.compile(r"^(?i:interview(?:\s+notes)?|notes|re|job|role|position|company)\s*:\s*")
_MEETING = re.compile(r"(?i:\binterview(?:ed|s)?\b)|(?:\bw/|\bwith|\bmet)\s+[A-Z]")

# `Label: value` lines about the interview as a whole: the Markdown reader's tags, and a few jotting words
_TOP_LABELS = {
    **{word: field for word, field in labels.PERSON.items() if field in ("news", "requested", "highlights")},
    **{word: field for word, field in labels.SECTIONS.items() if field in ("news", "requested", "highlights")},
    **{labels.norm(w): "highlights" for w in ("me", "about me", "myself", "mention", "to mention", "my strengths")},
    **{labels.norm(w): "highlights" for w in ("talking points", "selling points", "my pitch", "pitch")},
    labels.norm("send"): "requested",
    labels.norm("to send"): "requested",
    # 'PROMISE: send Priya …', 'TODO: email Tom the deck', 'I owe: references': what you said you would send
    **{
        labels.norm(w): "requested"
        for w in (
            "promise",
            "promises",
            "i promised",
            "owe",
            "i owe",
            "todo",
            "to do",
            "action item",
            "action items",
            "follow up",
            "follow-ups",
            "my follow ups",
            "sending",
            "will send",
            "ill send",
            "i'll send",
        )
    },
}
_STEPS = {labels.norm(w) for w in ("next steps", "next step", "follow up", "after", "action items", "to do")}
# 'told them abt …', 'showed the panel how …': the telling, before what I told of myself
_TOLD_THEM = re.compile(
    r"^(?:i\s+)?(?:told|showed|gave|walked|shared with|explained to|mentioned to|pitched)\s+"
    r"(?:them|him|her|the panel|the team|everyone|all of them|both of them)\s+"
    r"(?:(?:about|abt|thru|through|how|that|on)\s+)?(?=\S)",
    re.I,
)
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w '’-]{0,24}?)\s*:\s*(?P<value>\S.*)$")
_NEWS = re.compile(
    r"^(?:(?:i\s+)?(?:saw|read|heard|noticed|learned)\s+(?:that\s+)?)?(?:they|the company|it)(?:'ve|\s+have)?\s+"
    r"(?:just\s+|recently\s+)?(?P<item>(?:opened|launched|announced|raised|acquired|released|won|expanded|shipped|"
    r"signed|closed|hit|reached|merged|partnered|went)\b.+?)[.!]?$",
    re.I,
)
_SAY_ABOUT_ME = re.compile(  # 'Should mention that I led the Kafka migration', 'bring up my SQL work'
    r"^(?:i\s+)?(?:(?:should|must|want to|need to|will|to|remember to|don't forget to)\s+)?"
    r"(?:mention|bring up|highlight|emphasi[sz]e|stress|remind them)\s+(?:that\s+)?(?:i\s+)?(?P<item>\S.+?)[.!]?$",
    re.I,
)


def whole_interview(line: str) -> tuple[str, list[str]] | None:
    """('requested' | 'news' | 'highlights', items) when the line says one of those, else None."""
    text = line.strip()
    labelled = _LABEL.match(text)
    if labelled:
        from afterview.notes.header_sections import send_label  # 'said id send: …', 'owe them: …'

        field = _TOP_LABELS.get(labels.norm(labelled.group("label")))
        field = "requested" if field is None and send_label(labelled.group("label")) else field
        if field is not None:
            items = [i.strip(" .") for i in re.split(r";\s*", labelled.group("value")) if i.strip(" .")]
            if field == "news":
                items = [_news(i) or i for i in items]
            if field == "highlights":  # 'me: told them abt reducing no-shows …': what I told, not the telling
                items = [_TOLD_THEM.sub("", i) for i in items]
            return field, items
    from afterview.notes.paste_said import asked_for, promise

    if labelled and labels.norm(labelled.group("label")) in _STEPS:  # 'next steps: decision by …, I owe them …'
        from afterview.notes.promise_item import promise_in_clauses  # '… send the plan, the budget and the log'

        promised = promise_in_clauses(labelled.group("value"))
        if promised:
            return "requested", [promised]

    if promise(text, []) is not None:  # 'send Priya the sample dashboard by fri': whose, read with the names
        return "requested", [text]
    named = re.match(r"(?P<name>[A-Z][\w'’-]+)\s+(?:wants?|wanted|asked|would like|needs?|requested)\b", text)
    wanted = asked_for(text) if named else None
    if named and wanted and named.group("name").casefold() not in ("she", "he", "they", "i", "we"):
        return "requested", [f"{named.group('name')} {wanted}"]  # 'Hannah wants a sample': hers, read with the names
    asked = _ASKED.match(text)
    if asked:
        return "requested", [(asked.group("item") or asked.group("sent")).strip(" -–—>:")]  # 'to send - the deck'
    news = _news(text)
    if news:
        return "news", [news]
    from afterview.notes.news_said import news_said

    if news_said(text):  # 'council just approved funding for the new branch': news, whoever did it
        return "news", [text.strip(" .!")]
    about_me = _SAY_ABOUT_ME.match(text)
    if about_me:
        return "highlights", [about_me.group("item").strip()]
    return None


def _news(text: str) -> str | None:
    found = _NEWS.match(text.strip())
    return found.group("item").strip() if found else None
