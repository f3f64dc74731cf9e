"""Credit taken alone: a result the notes give to a team ("we cut the backlog", "(team of 4)", "with the data
team", "helped ...") said as the candidate's alone ("I cut the backlog"). The deed is the candidate's to tell,
but not as a solo one: in the next interview the first follow-up question shows the difference."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import NOT_WORK, WROTE_UP, clause, covered, finding, key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.model import Notes

# A deed in the past: a verb of work done (taking part is no credit taken: "I worked on three productions", "I helped
# run the Saturday sessions").
_DEED = (
    rf"(?P<verb>(?!(?:{NOT_WORK}|worked|served|assisted|contributed|participated|collaborated|volunteered|supported"
    rf"|interned|trained|studied|helped)\b)[a-z]{{3,}}ed|cut|led|built|ran|grew|won"
    r"|made|set up|brought|drove|wrote|rebuilt|took|shipped|halved|doubled|tripled|got|grew"
    # irregular pasts of work, and those of a redone deed: "I rewrote the FAQ", "I rebuilt", "I sold", "I taught"
    r"|(?:re|over|co-?)?(?:wrote|built|drew|made|ran|took|sold|taught|kept|held|began|chose|spent|won|hit|shook)"
    r")\b(?!['\u2019]t\b)"
)
# "I cut", "I've digitised", "I single-handedly rebuilt": the candidate alone as the doer of a deed.
# (a compound verb is one deed: "I hand-built", "I forge-welded")
_I_DID = re.compile(rf"\bI(?:'ve|\u2019ve| have| had)? (?:also |then |just )?(?:[\w-]+ly )?(?:[a-z]{{2,}}-)?{_DEED}")
# A second deed of the same 'I', joined by "and" with no other subject between: "I moved our scheduling to
# FieldPulse and cut missed appointments from 12% to 5%" (the first verb may be any past: "moved" is in NOT_WORK).
_AND_DID = re.compile(
    r"\bI(?:'ve|\u2019ve| have| had)? (?:[\w-]+ly )?(?:[a-z]{3,}ed|cut|led|built|ran|set up|took|made|rolled out)\b"
    r"(?:(?!\b(?:we|they|he|she|you|it|who|which|that|I|and)\b)[^.;!?:,\u2014])*?"
    rf"\s+and\s+(?:then\s+|also\s+)?{_DEED}"
)
# What makes the clause a wish, a plan or a question, said just before "I".
_NOT_DONE = re.compile(
    r"\b(?:would|could|might|will|can|if|once|when|whether|how|what|why|the way|to|and|with|hope|plan|want)\s+$",
    re.I,
)
# "how" after a verb of telling opens a deed retold, not a plan: "I explained how I cut ..."
_TOLD_HOW = re.compile(
    r"\b(?:explained|described|showed|shared|outlined|mentioned|told (?:you|the panel|them)|talked (?:you )?through"
    r"|walked (?:you|the panel) through)\s+(?:how|the way)\s+$",
    re.I,
)
_WISHED = re.compile(r"\b(?:would|could|might|will|'d|\u2019d|if|hope|plan|want|love to|like to)\b", re.I)
# People one works with (never a tool: "with SMS reminders", "w/ a shared tracker"): a group of peers, or one
# person by their role ("w/ the welfare officer", "with my manager"); a count of people by their role is who the
# work was for as often ("ran discovery interviews with 30 shift supervisors") and shares nothing.
_PEERS = (
    r"(?:team|colleagues?|co-?workers?|engineers|analysts|volunteers|nurses|staff|peers|others|people|crew|crews|squad"
    r"|group|department|partners?|friends?|classmates?|family)\b"
)
_ROLE = (
    r"(?:officer|manager|supervisor|mentor|coach|lead|director|chef|head|coordinator|engineer|technician|owner|boss"
    r"|assistant|partner|teacher|professor|brother|sister|father|mother|dad|mum|mom|uncle|aunt|cousin)\b"
)
_WITH = r"(?:\bwith\b|\bw/)\s*"
# (a word of them before a plural is that plural's modifier, someone else: "w/ the staff unions", the other side)
_MODIFIER = r"(?!\s+(?!members\b|leads\b|mates\b)[a-z]+s\b)"
_WITH_PEOPLE = (
    rf"{_WITH}(?:the |a |an |my |our |two |three |four |five |\d+ )?(?:[\w-]+ )?{_PEERS}{_MODIFIER}"
    rf"|{_WITH}(?:the |my |our |his |her )(?:[\w-]+ )?{_ROLE}"
)
# A team the work was for or is used by, not who did it: "a tracker for our crew of 40", "the manifest sheet our team
# in Suva still uses" (said before and after the team, for both ways an item names one)
_FOR_WHOM = r"(?<!for our )(?<!for the )(?<!for a )(?<!for my )"
_USED_BY = r"(?!(?: in [A-Z][\w-]*)?(?: still| now)? (?:uses?|used|relies|relied|runs on|works from)\b)"
# A notes item that gives the deed to a team or shares it.
_SHARED_ITEM = re.compile(
    # ("led a team of 6 coordinators" is the candidate's own deed: leading them)
    r"^\s*(?:we|our|us)\b|(?<!led a )(?<!ran a )(?<!managed a )(?<!headed a )(?<!built a )(?<!hired a )(?<!grew a )"
    r"(?<!leading a )(?<!managing a )(?<!coached a )(?<!mentored a )"
    rf"{_FOR_WHOM}\b(?:team|crew|group|squad) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b{_USED_BY}"
    # a 'we' inside the item, not at its start: "railing for the town hall (we were a crew of 3)"
    r"|\(\s*(?:we|us)\b|\bwe (?:were|did|all)\b"
    # (with people, not with a tool: "with SMS reminders", "with Airtable" share nothing)
    # (notes shorthand "w/" is "with": "w/ 2 coworkers", "w/ the welfare officer")
    rf"|{_WITH_PEOPLE}"
    r"|\bas (?:part|a member) of\b"
    # (a shared role too: "co-practitioner on a 40-store rescue", "co-lead of the pilot")
    r"|\bco-?(?:led|wrote|authored|founded|designed|ran|lead|leader|practitioner|owner|author|founder|chair|manager"
    r"|director|investigator|organi[sz]er|presenter|host|editor|pilot)\b"
    # (a team the deed was for, "for the team", or whose thing it worked on, "our team's PO reconciliation", is no doer)
    rf"|\bhelped\b|\bjointly\b|\btogether with\b|(?<!\bfor ){_FOR_WHOM}\b(?:our|the) team\b(?!['\u2019]s\b){_USED_BY}",
)
# The sentence already shares the credit: "my team and I", "with two colleagues", "we", "helped".
# (a co- compound or a co-deed shares it, "co-led", "coauthored"; a word that merely starts with "co" does not:
# "the Comune di Altamura", "as COO")
_SHARED_SAID = re.compile(
    r"\b(?:we|our|us|team|teams|together|colleagues?|co-?workers?|helped|jointly|co-\w+|crew|group|squad|alongside"
    r"|co(?:led|wrote|written|authored|founded|designed|ran|hosted|taught|organi[sz]ed|developed|created))\b"
    r"|\bwith (?:my|our|a|the|two|three|\d+) ",
    re.I,
)


_WITH_OTHERS = re.compile(
    r"[^.;!?]*?\b(?:with|alongside|together with) (?:my|our|a|the|two|three|four|five|\d+) (?:[\w-]+ )?"
    r"(?:team|colleagues|engineers|analysts|others|people|crew|squad|group|peers)\b"
    r"|[^.;!?]*?\b(?:together|jointly|as a team)\b",
    re.I,
)


# The conversation or the candidate's own exchange, not a team: "our discussion", "our call".
_CONVERSATION = re.compile(
    r"\b(?:our|we)\s+(?:\w+\s+)?(?:discussion|discussions|conversation|conversations|talk|talks|chat|call|interview"
    r"|meeting|exchange|time together|spoke|talked|discussed|met|chatted)\b",
    re.I,
)
# A group as a unit of measure, not as the people who shared the deed: "per group", "each team", "every crew".
_UNIT = re.compile(r"\b(?:per|each|every) (?:team|group|crew|squad)\b", re.I)
# A deed with no object after its verb, only where or when: its object stands before the 'I'.
_NO_OBJECT = re.compile(r"\s*(?:at|in|during|while|when|last|this|back)\b|\s*[.;,!?]?\s*$", re.I)
# Time spent somewhere is being there, not a deed: "I spent last summer on a farm", "I spent two years at ...".
_TIME_SPENT = re.compile(
    r"\s+(?:(?:the|last|this|a|an|one|two|three|four|five|six|several|many|a few|\d+|my|whole|entire|past)\s+){0,3}"
    r"(?:summers?|winters?|springs?|autumns?|falls?|seasons?|years?|months?|weeks?|days?|semesters?|terms?"
    r"|internships?)\b",
    re.I,
)
# ("... on 40 routes and lifted on-time departures": a second past-tense verb after "and" starts a deed of its own)
_NEXT_DEED = re.compile(
    r"\s+and\s+(?:then\s+|also\s+)?(?=(?:[a-z]+ed|cut|led|built|ran|grew|won|wrote|drove)\s+[\w$£€-])", re.I
)
# Credit claimed alone in words: "single-handedly", "on my own", "by myself".
_ALONE = re.compile(
    r"[^.;!?]*?\b(?:single-?handedly|on my own|by myself|all by myself|alone|solo|without (?:any )?help"
    # an emphatic "myself" after the deed: "I rewrote the guide myself"
    r"|(?<!told )(?<!asked )(?<!taught )(?<!introduce )(?<!introduced )myself)\b",
    re.I,
)


# A group the candidate led, with a word between: "led a packing crew of 40" is the candidate's own deed.
_LED_GROUP = re.compile(
    r"\b(?:led|ran|managed|headed|hired|supervised|coached|mentored|trained|leading|managing|running)"
    r" (?:a |an |the )?(?:[\w-]+ )?(?:team|crew|group|squad) of \w+",
    re.I,
)


# An item that opens with leading: "ran the cutting floor at X 4 yrs, team of 6" is the team the candidate ran.
_LED_ITEM = re.compile(
    r"^\s*(?:led|ran|managed|headed|supervised|oversaw|directed|coordinated|coached|mentored)\b(?P<rest>.*)$",
    re.I | re.S,
)
# (not "our team of 5 raised ...", a team the item gives the result to)
_GROUP_SIZE = re.compile(r"(?<!\bour )(?<!\bwe were a )\b(?:team|crew|group|squad) of \w+", re.I)


def _shares(item: str) -> bool:
    """Whether a notes item gives its deed to a team (not a group the candidate led)."""
    led = _LED_ITEM.match(item)
    if led:
        item = _GROUP_SIZE.sub(" ", item)
    return _SHARED_ITEM.search(_LED_GROUP.sub(" ", item)) is not None


@per_notes
def _own_items(notes: Notes) -> tuple[list[list[str]], list[list[str]]]:
    """Key words of each own item: those that give their deed to a team, and the others."""
    c = notes.candidate
    # an item that tells the candidate's deed, then the team's result in a clause of its own ("planned the cutter
    # changes - our team got consumption down 18%") gives the deed to the candidate and only the result to the team
    items = (*c.highlights, *c.since_interview)
    parts = [part for item in items for part in _TEAM_CLAUSE.split(item)]
    shared = [key_stems(part, notes) for part in parts if _shares(part)]
    solo = [key_stems(part, notes) for part in parts if not _shares(part)]
    # an item whose every part is the team's is one team deed as a whole: "turnaround 21 -> 12 days (team of 4, we
    # re-ordered the queue)" is told back as "I cut turnaround to 12 days by re-ordering the queue"
    whole = [i for i in items if len(_TEAM_CLAUSE.split(i)) > 1 and all(_shares(p) for p in _TEAM_CLAUSE.split(i))]
    return shared + [key_stems(item, notes) for item in whole], solo


# where a team's own clause starts after the candidate's deed: "… - our team got", "; we cut", ", the team hit",
# "… -> our team found" (a jotted arrow to what the team then did)
_TEAM_CLAUSE = re.compile(
    r"\s*(?:\s[-\u2013\u2014]\s|[;,]|->|\u2192|=>)\s*(?=(?:we|(?:our|the|my) (?:[\w-]+ )?team)\s+(?!of\b)[a-z]+)",
    re.I,
)


# Someone else beside the 'I' as the subject of the deed: "the welfare officer and I raised …" (not a second clause
# of the candidate's own: "I finished the course and I raised …", "…, and I raised …").
# (a clause of its own before "and" has a subject or a verb of its own: "we talked about churn and I cut it")
_PAIRED = re.compile(
    r"(?:^|[.;:,!?\u2014(]\s*)(?:(?!\b(?:I|we|they|he|she|you|it|was|were|is|are|had|has|have|\w+ed)\b)[^.;:,!?\u2014(])+?"
    r"(?<![,;])\s+(?:and|&)\s+$",
    re.I,
)


# Any past of the 'I', a verb that is no deed by itself ("I moved to Lyon"): a deed when the team's item says it.
_I_PAST = re.compile(r"\bI(?:'ve|\u2019ve| have| had)? (?:also |then |just )?(?:[\w-]+ly )?(?P<verb>[a-z]{3,}ed)\b")
_NOT_WORK = re.compile(rf"{NOT_WORK}\Z")


def _deeds(text: str, shared: list[list[str]]) -> list[re.Match[str]]:
    """Each 'I' deed of a sentence: those said with their 'I', then a second deed of it after "and", then a past
    that is no deed by itself but the very verb a team item of the notes uses ("team of 4 moved batch tracking to
    barcodes" told as "I moved our batch tracking to barcodes")."""
    named = [
        m
        for m in _I_PAST.finditer(text)
        if _NOT_WORK.match(m.group("verb"))
        and any(stems_match(s, v) for v in content_stems(m.group("verb")) for item in shared for s in item)
    ]
    return [*_I_DID.finditer(text), *_AND_DID.finditer(text), *named]


def solo_credit_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """An 'I' clause whose object is one of the team deeds of the notes, in a sentence that shares no credit."""
    shared, solo = _own_items(notes)
    if not shared:
        return []
    for m in _deeds(text, shared):
        wish = _NOT_DONE.search(text[max(0, m.start() - 30) : m.start()])
        if wish and wish.group().strip().lower() == "and" and not _WISHED.search(text[: m.start()]):
            wish = None  # "I've published an explainer, and I also got ...": a second deed, not a wish
        if m.group("verb").lower() == "spent" and _TIME_SPENT.match(text, m.end()):
            continue
        if wish and _TOLD_HOW.search(text[: m.start()]):
            wish = None  # "I explained how I cut changeover time": a deed retold, no wish
        if wish or WROTE_UP.match(text, m.start("verb")):
            continue  # (or "I have sketched how a similar SOP could work": a proposal, no deed)
        # the credit shared before 'I' ("my team and I", "with three colleagues I") or beside it ("I ..., with my
        # team"); a 'we' of another deed after it ("I cut failures after we added retries") shares nothing
        # (a group as a unit shares nothing: "You said fitting takes 25 min per group — I cut it")
        before = _UNIT.sub("", _CONVERSATION.sub("", text[: m.start()]))  # "our discussion" shares no deed
        alone = _ALONE.match(text, m.start())
        if not alone and (_SHARED_SAID.search(before) or _WITH_OTHERS.match(text, m.end()) or _PAIRED.search(before)):
            continue
        # (a figure's thousands comma is no clause end: "I digitised 40,000 plates")
        rest = clause(re.sub(r"(?<=\d),(?=\d{3})", "_", text), m.end())
        # (a second deed joined by "and" is its own: "... sheets and merged the records into one catalogue")
        # ("I scanned and keyed 1,200 sheets": two verbs of one deed, before any object, are not split)
        cut = next((n.start() for n in _NEXT_DEED.finditer(rest) if rest[: n.start()].strip()), len(rest))
        deed = rest[:cut]
        rest = deed.replace("_", ",")
        if _NO_OBJECT.match(rest):
            # the object came first: "the go/no-go protocol I introduced at X" is a deed on the protocol
            rest = " ".join(text[: m.start()].split()[-4:]) + rest
        # (a light verb says nothing of the deed: "I got my newsletter from 800 to 2,300" is the newsletter's growth)
        light = m.group("verb").lower() in {"got", "took", "made", "brought"}
        wanted = key_stems(rest if light else m.group("verb") + rest, notes)
        if len(wanted) < 2 or covered(wanted, shared) < 0.5:
            continue
        # the deed is told as one item alone holds it (a solo item of the same deed backs the 'I')
        if solo and covered(wanted, solo) >= covered(wanted, shared):
            continue
        said = text[m.start() : m.end() + len(deed)].strip()
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{said[:80]}' claims alone a result your notes give to a team; say 'we' or 'my team and I'.",
                "Give the team its share, as your notes do ('with a team of four, I ...', 'we cut ...').",
            )
        ]
    return []


# "our team finished the hygiene course": a team as the doer of a deed the notes give to the candidate alone
_WE_DID = re.compile(
    r"\b(?:our team|my team|the team and I|my colleagues and I|we)(?:'ve|\u2019ve| have| had)? (?:also |all |both )?"
    r"(?P<verb>finished|completed|passed|earned|obtained|took|got|gained|won|wrote|published|presented|defended)\b",
    re.I,
)
# a course, a credential or a thesis: a person's own, never a team's
_PERSONAL = re.compile(
    r"\b(?:course|courses|certificat\w*|certification|licen[cs]e|accreditation|diploma|degree|exam|thesis|dissertation"
    r"|refresher|qualification|dan|belt|award)\b",
    re.I,
)


def team_credit_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """A course or credential the notes give to the candidate alone, told as the team's ('our team finished')."""
    shared, solo = _own_items(notes)
    if not solo:
        return []
    for m in _WE_DID.finditer(text):
        rest = clause(text, m.end())
        wanted = key_stems(rest, notes)
        if not _PERSONAL.search(rest) or len(wanted) < 2 or covered(wanted, solo) < 0.5:
            continue
        if shared and covered(wanted, shared) >= covered(wanted, solo):
            continue
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{(m.group() + rest).strip()[:80]}' gives a team what your notes give to you alone; say 'I'.",
                "Say 'I' for what you did yourself, as your notes do.",
            )
        ]
    return []
