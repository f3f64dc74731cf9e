"""What a thank-you says about a topic it names: the detail jotted after the thing itself ('growth plan - 2 more
clinics in 2027', 'turtle rehab wing, opening mid-2027'), kept with the name when the two read as one noun phrase
('the growth plan with 2 more clinics in 2027', 'the turtle rehab wing opening in mid-2027'). A topic named with
nothing said about it ('the growth plan') reads as a form letter; the detail is what the person said."""

from __future__ import annotations

import re
from typing import Any

from afterview.writer.frame_fit import state
from afterview.writer.gate import _CLIPPED, _SYMBOLS, has_verb, problem, reads_well
from afterview.writer.headline import date_preposition
from afterview.writer.perspective import MASS as _MASS
from afterview.writer.perspective import perspective
from afterview.writer.phrase_kind import fits
from afterview.writer.shapes import PREPOSITIONS, WH
from afterview.writer.shorthand import prose

# the first mark that ends the thing and starts what was said of it
_SEPARATOR = re.compile(r"\s+(?:-|–|—|=|->|→|=>)\s+|:\s+|,\s+|\s+\(")
_WORD = re.compile(r"[A-Za-zÀ-ɏ0-9][\w'-]*")
_LEAD = {"the", "a", "an", "your", "their", "our", "his", "her", "its", "how", "my"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_BARE_PERIOD = re.compile(r"^(\w+ing) ((?:mid|early|late)-(?:19|20)\d\d|Q[1-4]\b)")
_MOST_WORDS = 8  # a longer detail reads as pasted notes after a name
_COUNTED_PLURAL = re.compile(r"^[\d,.]+ (?:[a-z-]+ )?[a-z-]+s$")  # '4,000 wheels', '3 new taps'
_NOT_COUNTED = {"on", "off", "in", "to", "of", "x", "by", "per", "a", "an", "and", "or", "-"}
_MEASURED = re.compile(r"^\d[\d.]*-[a-z]+$")  # '14-month', '6-part': a measure said of one thing, no count
_EIGHT = re.compile(r"^(?:8|11-|18-)")  # 'an 8-week', 'an 11-month', 'an 18-month'
_ONE_MORE = {"second", "third", "new", "bigger", "larger", "dedicated"}
# how long something runs: '12 weeks', 'about 6 months' (its number and unit, for 'the 12-week …')
_DURATION = re.compile(
    r"^(?:about |around |up to )?(?P<n>[\d.,]+(?:-[\d.]+)?) (?P<unit>hour|day|week|month|year)s?$", re.I
)
_RATE = re.compile(r"^\d+ (?:a|an|per) \w+$", re.I)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_DETERMINERS = {"a", "an", "the", "more", "two", "three", "four", "five", "six", "several", "many", "some", "fewer"}
_POINTING = {"it", "its", "this", "that", "these", "those", "them", "they", "he", "she", "him", "there"}
# a side's possessive stands for something the detail compares ('theirs ideally 30 days, mine is 1 month'): no detail
# of a noun ('the notice period with yours ideally 30 days')
_SIDES = {"mine", "yours", "theirs", "ours", "his", "hers"}
_VERB_LEAD = {"wants", "want", "needs", "plans", "hopes", "expects", "thinks", "prefers", "is", "are", "was", "were"}


def _content(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _LEAD]


def head_and_detail(item: str) -> tuple[str, str] | None:
    """The thing an item names and the first thing said of it ('growth plan', '2 more clinics in 2027'); None
    when the item is one phrase with no detail after a mark."""
    text = prose(item.strip())
    found = _SEPARATOR.search(text)
    if not found or found.start() == 0:
        return None
    head, rest = text[: found.start()], text[found.end() :]
    detail = _SEPARATOR.split(rest, maxsplit=1)[0].strip().rstrip(").;")
    return (head, detail) if head and detail else None


def with_detail(items: list[str], said: str | None) -> str | None:
    """`said` (a topic as a frame names it: 'the growth plan') with the detail its item jotted after it, when the
    item is one of `items`, the detail is a noun phrase or a participle that was not said yet, and the whole
    reads as one noun phrase; else None (the topic is said as it was)."""
    if not said or said.split()[0].lower() in WH or " with " in said:
        return None  # a clause ('how the team …') takes no detail after it; nor does a name that has its own 'with'

    named = _content(said)
    for item in items:
        parts = head_and_detail(item)
        if not parts:
            continue
        head, detail = parts
        if not named or named != _content(perspective(head, to_owner=True))[-len(named) :]:
            continue
        if set(_content(detail)) <= set(named):
            return None  # already said
        return _joined(said, perspective(detail.lstrip("~ "), to_owner=True))
    return None


def _counted(words: list[str]) -> bool:
    """A noun phrase that can follow 'with' as it is: a count ('2 more clinics', '95% coverage'), a determiner,
    a name or acronym first ('CTV transfers'), or a plural among its first three words ('IFUs in …')."""
    first = words[0]
    if _ORDINAL.match(first) or _RATE.match(" ".join(words)):  # '3rd generation', '3 a year'
        return False
    if first[:1].isdigit():  # '2 more clinics', never '4 on 4 off'
        return len(words) > 1 and words[1].lower() not in _NOT_COUNTED
    if first.lower() in _DETERMINERS or first[:1].isupper():
        return True
    return any(w.endswith("s") and not w.endswith("ss") for w in words[:3])


def _joined(said: str, detail: str) -> str | None:
    words = detail.split()
    if not words or len(words) > _MOST_WORDS or _SYMBOLS.search(detail) or "?" in detail:
        return None
    if any(w.lower().strip(",.") in _CLIPPED | _POINTING | _SIDES for w in words) or words[0].lower() in _VERB_LEAD:
        return None  # notes shorthand, a verb of its own, or a word pointing at something the note has not said
    if len(words) == 1 and not _YEAR.match(detail):
        return None  # 'Fridays', 'MOPs': one word says too little to hang on a name
    if said.split() and state(said.split()[-1].lower()):
        return None  # a state has no parts to hang on it: never 'the winter readiness with cold-start days'
    # how long it runs, which no 'with' says ('the start in June with 12 weeks')
    if duration := _DURATION.match(detail):
        return _lasting(said, duration)  # before a bare name only ('the 6-week induction programme')
    if _YEAR.match(detail):
        joined = f"{said} for {detail}"
    elif words[0].endswith("ing") and words[0].islower():  # 'opening mid-2027' → 'opening in mid-2027'
        participle = _BARE_PERIOD.sub(r"\1 in \2", date_preposition(detail))
        return f"{said} {participle}" if reads_well(said) and problem(participle, "phrase") is None else None
    elif has_verb(detail) and not fits(detail, "noun") and not _COUNTED_PLURAL.match(detail):
        return None  # a clause of its own ('3 left this year') is no detail of a noun
    elif words[0].lower() in _ONE_MORE and len(words) > 1:  # 'second unit in 2027' → 'a second unit in 2027'
        joined = f"{said} with a {detail}"
    elif _MEASURED.match(words[0]) and len(words) > 1 and not words[-1].endswith("s"):
        # '14-month programme' is one programme, not a count: 'with a 14-month programme' (run28)
        joined = f"{said} with {'an' if _EIGHT.match(words[0]) else 'a'} {detail}"
    elif not _counted(words) or '"' in detail:
        return None  # 'with engineer on call', 'with 3rd generation': a bare singular after 'with' reads as notes
    else:
        joined = f"{said} with {detail}"
    if len(re.findall(r"\bwith\b", joined)) > len(re.findall(r"\bwith\b", said)) + 1:
        return None  # 'dive safety briefings with buddy checks with first-time volunteers': 'with' on 'with'
    return joined if reads_well(joined) else None


def _lasting(said: str, duration: re.Match[str]) -> str | None:
    """'the induction programme' and '6 weeks' → 'the 6-week induction programme'; None when the name has words of
    its own after its head ('the intern start in June') or no article to put the length after."""
    words = said.split()
    if words[0].lower() != "the" or len(words) < 2 or any(w.lower() in PREPOSITIONS for w in words):
        return None
    # after an owner's name ('the fund's exit horizon' → 'the fund's 5-year exit horizon'), never before it: a
    # length put first would be the owner's ('the 5-year fund's exit horizon')
    at = max((n for n, w in enumerate(words) if w.lower().endswith(("'s", "\u2019s", "s'"))), default=0) + 1
    length = f"{duration.group('n')}-{duration.group('unit').lower()}"
    joined = " ".join((*words[:at], length, *words[at:]))
    return joined if reads_well(joined) else None


_BARE_MOST = 4  # a name longer than this says something of its own ('the shift bid for the January rota')


def says_something(said: str | None) -> bool:
    """Whether a topic as said tells something about the thing it names (a count, a date, a clause, a detail
    joined to it), not only its name ('the converter faults', 'your gun map', 'the start date')."""
    if not said:
        return False
    words = said.split()
    if words[0].lower() in WH or any(ch.isdigit() for ch in said) or " with " in said:
        return True
    return len(words) > _BARE_MOST


# what a jotted problem says of its subject without a verb ('freelancer quality all over the place', 'morale low')
_PREDICATE_START = set(
    "all still low high up down behind short slow patchy inconsistent uneven poor weak stuck too very mostly always"
    " never often late tight stretched flat rising falling variable unreliable messy overdue unclear hit".split()
)
_PREDICATE_MOST = 10


def predicate_clause(items: list[str], said: str | None) -> str | None:
    """A problem named by its subject and jotted with what is wrong with it but no verb, as a clause ('freelancer
    quality all over the place for Marathi + Kannada' → 'freelancer quality is all over the place for Marathi and
    Kannada'), when `said` names its subject and the clause reads as written English; else None."""
    named = set(_content(said or ""))
    if not named:
        return None
    for item in items:
        words = prose(item.strip()).replace(" + ", " and ").split()
        at = next((n for n, w in enumerate(words) if n and w.lower() in _PREDICATE_START), None)
        if at is None or _SEPARATOR.search(" ".join(words[:at])):
            continue
        subject, rest = words[:at], words[at:]
        content = _content(" ".join(subject))
        if not content or not set(content) <= named or len(rest) > _PREDICATE_MOST:
            continue
        last = subject[-1].lower()
        plural = last.endswith("s") and not last.endswith("ss")
        verb = "are" if plural else "is"
        bare = " ".join(subject)
        # 'compressor' is 'the compressor'; 'quality', 'intake forms' and 'your forms' need no article
        owned = subject[0].lower() in _LEAD
        head = bare if plural or owned or last in _MASS or last in _MASS_MORE else "the " + bare
        clause = perspective(f"{head} {verb} {' '.join(rest)}", to_owner=True)
        if not _SYMBOLS.search(clause) and reads_well(clause, "clause"):
            return clause
    return None


def given_verb(clause: str, item: str) -> str:
    """A clause read from an item that has lost its verb ('crew fatigue reports up since the summer roster') with
    the verb given back ('… are up since …'), also where the tagger read a plural noun as its verb ('their
    quilting machines down ~2 half-days a week' is no clause of 'machines': better_clause's reading, for a
    measure); a clause that reads well with a verb of its own, or one no verb mends, as it was."""
    if not reads_well(clause, "clause"):
        return predicate_clause([item], item) or clause
    if not re.search(r"\d", clause):
        return clause  # 'the team winds down early': a verb and its particle; only a measure ('down ~2 …') is read
    return better_clause(clause, [item], item) or clause


_MASS_MORE = {"morale", "turnover", "attendance", "engagement", "uptake", "vandalism", "absenteeism", "demand", "stock"}


def better_clause(clause: str | None, items: list[str], said: str | None) -> str | None:
    """A problem's clause with its missing verb given back ('turnaround times all over the place' read as if 'times'
    were its verb → 'turnaround times are all over the place'): the predicate clause, when the one read is the same
    words without it; else the clause as it was."""
    found = predicate_clause(items, said)
    if not found:
        return clause
    if clause is None:
        return found
    without = re.sub(r"^the | (?:is|are) ", " ", found).split()
    return found if clause.split() == without or clause.split() == without[1:] else clause


def with_article(said: str | None) -> str | None:
    """'marshalling yard' → 'the marshalling yard': a noun compound led by an -ing word, which a frame would
    otherwise read as a gerund ('walking me through marshalling yard')."""
    if not said:
        return said
    words = said.split()
    if (
        len(words) >= 2
        and words[0].endswith("ing")
        and all(w.isalpha() and w.islower() for w in words)
        and not any(w in _LEAD or w in _NOT_COUNTED or w in {"with", "for", "from", "at", "about"} for w in words)
        and not _gerund_with_object(words)
        and not _adjective_last(words)
    ):
        return "the " + said
    return said


def _adjective_last(words: list[str]) -> bool:
    """'hiring local', 'going digital': an -ing word and how, with no noun for an article to name ('the hiring
    local' is no thing); the tagger reads the last word of 'the …' as an adjective or adverb, never a noun."""
    from afterview.writer.tagger import tags

    found = tags(["the", *words])
    return found is not None and found[-1].split("|")[0] in ("ADJ", "ADV")


def _gerund_with_object(words: list[str]) -> bool:
    """'reclaiming clay scraps', 'mixing glazes': an -ing word doing something to a thing, which takes no article
    (a plural after it, or the tagger reads a gerund); 'marshalling yard' is a thing."""
    from afterview.writer.tagger import tags, tokens

    last = words[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return True
    found = tags(tokens(" ".join(words)))
    return found is not None and found[:1] == ["VERB|Ger"]


def told(context: dict[str, Any], items: list[str], *, thank_you: bool) -> dict[str, Any]:
    """A template's gated values (writer/gated.py) with what a thank-you says about its topics: each named with the
    detail jotted after it, a problem's missing verb given back, and for each whether it says anything beyond its
    name (`topic_says`, `topic2_says`, `challenge_says`: a name alone is said in the opening, never on its own)."""
    out = dict(context)
    if thank_you:
        for key in ("topic", "topic2", "challenge"):
            out[key] = with_article(with_detail(items, out[key]) or out[key])
        if out["challenge"]:  # 'freelancer quality all over the place': what is wrong with it, as a clause of theirs
            out["challenge_clause"] = better_clause(out["challenge_clause"], items, out["challenge"])
    for key in ("topic", "topic2", "challenge"):
        out[key + "_says"] = says_something(out[key])
    return out
