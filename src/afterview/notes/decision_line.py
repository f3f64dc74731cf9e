"""A line of pasted notes that says when they decide ('they decide by Dec 4', 'decision: prob wk of dec 14',
'hear back early next week, maybe Tues'): the date, by the rules of decision_said.py, and the words it was read
from, said back so the person can correct it; what else the line says, shown and never dropped (`decision_rest`);
and who the line says will be in touch ('… Marcus said he'd call': `CALLER`)."""

from __future__ import annotations

import re
from datetime import date

from afterview.notes.decision_said import _day_said
from afterview.notes.hedged_day import HEDGED
from afterview.notes.holiday_said import holiday_day
from afterview.notes.importing import drop_brackets
from afterview.notes.plain_time import MONTHS

# words a decision date is said with, in front of the date reader: a digit, 'Friday', 'next week', a month
_DATE_WORDS = re.compile(
    r"\d|day|week|\bwks?\b|month|\ba\s+mo\b|tomorrow|\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b|"
    + "|".join(sorted(MONTHS, key=len, reverse=True)),
    re.I,
)
_DECIDING = re.compile(
    r"\b(?:decid\w*|decision|hear back|get back to (?:me|us)|let me know|reply|respond|answer|"
    # 'next steps - Kayla emails by next Wed', 'Omar will reach out early next week': when they will be in touch
    r"(?:(?-i:(?!Will\b|I\b)[A-Z][\w’-]+)|she|he|they|the recruiter|hr)"
    r"(?:\s+will|'ll|’ll|'d|’d|\s+would|\s+should|\s+to)?\s+"
    r"(?:emails?|calls?|reach(?:es)? out|"
    r"be in touch|gets? in touch|follows? up|circles? back)(?=.*\b(?:by|before|on|within|in|early|end|next|this)\b))"
    r"\b(?P<rest>.*)$",
    re.I,
)


# '… Marcus said he'd call', 'Dana will email': who will get in touch, after when they decide
CALLER = re.compile(
    r"[,;.-]?\s*(?:and\s+)?(?P<who>(?-i:[A-Z])[\w'’-]+)\s+"
    r"(?:(?:said\s+(?:she|he|they)(?:'|’)?(?:d|ll| would| will)|will|to)\s+"
    r"(?:call|email|ring|phone|text|reach out|be in touch|get in touch|let (?:me|us) know)|"
    r"(?:calls|emails|e-mails|rings|phones|texts|reaches out|sends|is in touch|lets (?:me|us) know))\b.*$"
)
# 'tasha will email': the same, a first name jotted in lowercase; taken only when it is someone met
CALLER_LOWER = re.compile(CALLER.pattern.replace("(?-i:[A-Z])", "(?i:[a-z])"))


_SAID_BY = re.compile(r"[\s,]+(?:she|he|they|(?-i:[A-Z])[\w’'-]+)\s+(?:said|says|told me)$", re.I)


def decision_in(line: str, ref: date) -> tuple[date, str] | None:
    """'They decide by Dec 4', 'decision next Friday': the date, and the words it was read from."""
    found = _DECIDING.search(line)
    if found is None:
        return None
    said_as = re.sub(r"[\"“”]", "", found.group("rest")).strip(" .!:,")  # 'decision: "end of next week"'
    said_as = re.sub(r"^(?:me|us)\s+(?=\S)", "", said_as, flags=re.I)  # 'said they'd call me by Fri': not 'me'
    said_as = CALLER.sub("", said_as).strip(" .!:,;-–—")  # '… Marcus said he'd call': who, not when
    said_as = _SAID_BY.sub("", said_as).strip(" .!:,;-–—'‘’")  # "'mid-feb' he said": the words, not who said them
    holiday = holiday_day(said_as, ref)  # 'before xmas shutdown': the last business day before 25 Dec, in its words
    if holiday is not None:  # '… before xmas shutdown, prob wk of dec 14': a day guessed within it is the reading
        within = _read_said(said_as.replace(holiday[1], " ").strip(" .!:,;-–—"), "", ref)
        if within is None or not ref < within[0] <= holiday[0] or within[1] not in said_as:
            return holiday
        spans = [(said_as.find(w), said_as.find(w) + len(w)) for w in (holiday[1], within[1])]
        return within[0], said_as[min(a for a, _ in spans) : max(b for _, b in spans)]  # both, in their words
    return _read_said(said_as, found.group("rest"), ref)


def _read_said(said_as: str, rest_of_line: str, ref: date) -> tuple[date, str] | None:
    """The date the words after 'decide' say, and the words it was read from: a weekday guessed, a date in
    brackets, quoted words, the whole, or its first clause (`rest_of_line`: the words as written, quotes kept)."""
    guess = HEDGED.search(said_as)  # '"early next week", maybe Tues': the weekday guessed wins, in that week
    if guess:
        said = re.sub(r"[\"“”]", "", said_as[: guess.end()]).strip(" .!:,")
        try:
            return _day_said(said, ref), said
        except ValueError:
            pass
    guessed = re.search(r"\((?P<said>[^()]*)\)", said_as)  # 'end of next week (Fri Dec 11?)': the date written wins
    if guessed and _DATE_WORDS.search(guessed.group("said")):
        try:
            return _day_said(guessed.group("said").strip(" ?.!"), ref), guessed.group("said").strip(" ?.!")
        except ValueError:
            pass
    said_as = drop_brackets(said_as).strip(" .!:,")
    rest = said_as
    rest = re.sub(r"^(?:by|on|before|until|within|in)\s+", "", rest, flags=re.I) if rest else rest
    quoted = re.search(  # "…" or '…' (not the ’ of "they'll")
        r"[\"“](?P<said>[^\"“”]+)[\"”]|(?<!\w)['‘](?P<single>[^'‘’]+)['’](?!\w)", rest_of_line
    )  # 'decision: "end of next week", …'
    # 'next week; 3 finalists left': the words up to a clause's end, when the whole does not read as a date
    clauses = [said_as[: m.start()] for m in re.finditer(r"\s*(?:[;,]|\s[-–—]\s|[.!?]\s)", said_as)]
    clauses += [said_as[: m.start()] for m in _WHY.finditer(said_as)]  # 'mid-Jan bc of xmas shutdown': why, no date
    words = (quoted.group("said") or quoted.group("single")).strip(" .") if quoted else ""
    for said in (words, said_as, rest, *clauses):
        if not said or not _DATE_WORDS.search(said):
            continue
        try:
            day = _day_said(said, ref)
        except ValueError:
            continue
        return day, _from_the_date(said, day, ref)
    return None


# 'bc of the xmas shutdown', 'after the board mtg', 'pending budget': why or after what, said after the date
_WHY = re.compile(r"\s+(?:bc|b/c|because|cos|cuz|due to|since|as|but|so|pending|after|once|then)\b", re.I)


def why_decided(part: str) -> bool:
    """A clause after the decision's date that says why then ('bc of xmas shutdown', 'pending budget') or after
    what ('after the holidays'): kept aside."""
    why = r"(?:bc|b/c|because|cos|cuz|due to|since|pending|waiting on)\b"
    # 'after the holidays', 'once budget is signed off', 'post xmas': after what, said after the date
    after = (
        r"(?:after|once|following|post)\s+(?:(?:the|their|our|its)\s+)?"
        r"(?:holidays?|xmas|christmas|new year|ny|break|board|budget|audit|offsite|shutdown|quarter|q[1-4]|"
        r"launch|summer|easter|thanksgiving|eid|diwali|lunar new year|"
        r"other interviews|final rounds?|references?|panel|vote|approval|funding)\b"
    )
    return re.match(rf"{why}|{after}", part.strip(), re.I) is not None


_CLAUSE_END = re.compile(r"[,;.]\s+|\s[-–—]\s")


def _from_the_date(said: str, day: date, ref: date) -> str:
    """The words from the clause the date is read from ('talking to 2 others, want to decide, prob wk of dec 14'
    → 'prob wk of dec 14'): a clause before it that says no date of its own is no part of when (decision_rest
    shows it)."""
    while (end := _CLAUSE_END.search(said)) is not None:
        first, rest = said[: end.start()], said[end.end() :].strip()
        try:
            _day_said(first, ref)
        except ValueError:
            pass
        else:
            return said  # 'Friday, Dec 4': each clause a date
        try:
            if not rest or _day_said(rest, ref) != day:
                return said
        except ValueError:
            return said
        said = rest
    return said


_LEAD_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?[\w ]{1,20}:\s*")  # 'decision: …', '- next steps: …'


def decision_rest(line: str, said: str) -> list[str]:
    """The clauses of a decision line after its date ('decision by Dec 11, 3 finalists left' → ['3 finalists
    left']), without who will be in touch (read on its own): shown as not read, never dropped."""
    from afterview.notes.asides import is_aside

    text = re.sub(r"[\"“”]", "", line)
    at = text.find(said)
    if at < 0:
        return []
    after = CALLER.sub("", text[at + len(said) :])
    # 'decision: talking to 2 others, want to decide by …': the clauses before the one that says they decide
    before = [_LEAD_LABEL.sub("", p) for p in re.split(r"[;,]|\s[-–—]\s|[.!]\s", text[:at])][:-1]
    before = [p for p in before if _DECIDING.search(p) is None]
    parts = [p.strip(" .!,;:-–—()?'‘’") for p in before + re.split(r"[;,]|\s[-–—]\s|[.!]\s", after)]
    parts = [p for p in parts if not _SAID_BY.fullmatch(" " + p)]  # "'mid-feb' he said": who said it, no clause
    return [p for p in parts if len(re.findall(r"[A-Za-z]{2,}", p)) >= 2 and not is_aside(p)]
