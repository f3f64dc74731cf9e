"""The lines of a paste nothing was read from, offered once in `afterview new`: every one of them shown whole
(numbered, wrapped), each filed where the answer says — a person's (by what it reads as: a challenge, common
ground, else a topic), company news, your highlights — or said back as left out. Nothing goes without a word."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from afterview.notes.markdown import labels
from afterview.notes.names import first_name
from afterview.notes.paste_people import _DROP, _MINE, _NEWS
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from afterview.notes.read_back import ITEMS, terminal_width, wrapped


def add_unread(
    q: Questionnaire,
    unread: list[str],
    people: list[dict[str, Any]],
    data: dict[str, Any],
    kinds: dict[str, str] | None = None,
) -> set[int]:
    """The lines nothing was read from, asked about once: each to a person (their name, read as a line about them:
    a problem is a challenge; or their name and a kind, 'Priya challenge'), company news ('news'), your highlights
    ('mine'), or left out ('-' or Enter); one answer for them all, or one per line in order ('Maya, mine'). The list
    and its help are said once, wrapped to the terminal; the prompt is short. Returns who got lines."""
    numbered = len(unread) > 1
    width = terminal_width()
    for i, line in enumerate(unread, start=1):  # every line, whole: the first after 'Not read:', the others under it
        lead = ("  Not read: " if i == 1 else " " * 12) + (f"{i}) " if numbered else "")
        for row in wrapped(lead + line, 16, width):
            q.say(row)
    firsts = [first_name(p["name"]) for p in people]
    keys = one_keys(firsts)
    example = f"'1 -, 2 {firsts[0]} challenge'" if firsts else "'1 -, 2 mine'"

    def one(text: str) -> tuple[str | int, str | None] | None:
        text = text.strip()
        if not text or text == "-" or _DROP.match(text):
            return None
        if _NEWS.match(text) or _MINE.match(text):
            return ("news" if _NEWS.match(text) else "mine"), None
        if _PROMISE.match(text) or _DECISION.match(text):  # '6 promise', '7 decision': the notes' own, no person's
            return ("promise" if _PROMISE.match(text) else "decision"), None
        said = _KIND.search(text)
        kind = _KINDS[labels.norm(said.group("kind") or said.group("first")).split()[0]] if said else None
        who = (text[: said.start()] + text[said.end() :]).strip(" :()-") if said else text
        for i, person in enumerate(people):
            if who.casefold() in (person["name"].casefold(), firsts[i].casefold()):
                return i, kind
        if who.casefold() in keys:  # '1 r, 2 k': one key, the first letter of one person's name
            return keys[who.casefold()], kind
        named = named_in(who, unread)
        if named:  # 'Dev challenge', Dev Patel named in the lines but not read as a person: added, with the line
            return f"new:{named}", kind
        raise ValueError(
            f"name one of {', '.join(firsts)} (and 'challenge', 'topic' or 'in common' if you like), someone named "
            "in these lines, or 'news', 'mine' (your highlights), 'promise' (what you said you would send) or "
            "'decision'; Enter for none"
        )

    def parse(text: str) -> list[tuple[str | int, str | None] | None]:
        answers = [a for a in re.split(r"\s*[,;]\s*", text.strip())] if text.strip() else [""]
        by_number = [_NUMBERED.match(a) for a in answers]
        if numbered and all(by_number):  # '1 -, 2 mine': the lines named by number; the others left out
            where: list[tuple[str | int, str | None] | None] = [None] * len(unread)
            for found in by_number:
                assert found is not None
                k = int(found.group("n"))
                if not 1 <= k <= len(unread):
                    raise ValueError(f"there is no line {k}; number them 1 to {len(unread)}, e.g. {example}")
                where[k - 1] = one(found.group("to"))
            return where
        if len(answers) == 1:
            if numbered and re.match(r"^(?:-|drop|leave|remove|delete)(?:\s+(?:it|one|that))?$", answers[0], re.I):
                # one line, or all of them? asked again
                raise ValueError(
                    f"which line to leave out? say each by its number, e.g. {example}; Enter leaves all out"
                )
            return [one(answers[0])] * len(unread)
        if len(answers) != len(unread):
            raise ValueError(f"one answer for all {len(unread)} lines, or each by its number, e.g. {example}")
        return [one(a) for a in answers]

    whom = " or ".join(
        f + (f" ({f[:1].casefold()})" if keys.get(f[:1].casefold()) == i else "") for i, f in enumerate(firsts)
    )
    whom += (
        " (a problem of theirs is filed as one; add 'challenge', 'topic' or 'in common' to say which)" if firsts else ""
    )
    known = {p["name"].casefold() for p in people}
    unnamed = [  # someone named in a line who was not read as a person: offered, to be added
        n
        for n in dict.fromkeys(re.findall(_TWO_NAMES, " ".join(unread)))
        if n.casefold() not in known and named_in(n.split()[0], unread) == n
    ][:3]
    if unnamed:
        whom += f"; or {' or '.join(first_name(n) for n in unnamed)} to add them as someone you met"
    help_text = (
        f"  Add any? {whom}; 'news'; 'mine' for your highlights; 'promise'; 'decision'"
        + (f"; one for all, or each by its number ({example} leaves out line 1)" if numbered else "")
        + "; Enter leaves them out."
    )
    for row in wrapped(help_text, 4, width):
        q.say(row)
    where = q._get(
        Question("unread", "  Not read: add any of them?" if numbered else "  Not read: add it?", required=False), parse
    )
    got: set[int] = set()
    for k, to in enumerate(where):
        if to is not None and str(to[0]).startswith("new:"):  # someone named in the lines, added as met
            name = str(to[0])[4:]
            if not any(p["name"] == name for p in people):
                people.append({"name": name})
                firsts.append(first_name(name))
                q.say(f"  added {name} as someone you met")
            where[k] = (next(i for i, p in enumerate(people) if p["name"] == name), to[1])
    for line, to in zip(unread, where, strict=True):
        said = _LEAD_LABEL.sub("", line).strip(" .") or line  # 'Points to make: …': the label is no part of it
        if to is None:
            for row in wrapped(f"  left out: {line}", 14, width):
                q.say(row)
        elif to[0] == "news":
            data.setdefault("company", {}).setdefault("news", []).append(said)
            q.say(f"  added to company news: {said}")
        elif to[0] == "promise":
            data.setdefault("requested", []).append(said)
            q.say(f"  added to what you will send: {said}")
        elif to[0] == "decision":
            _decision_from(q, line, data)
        elif to[0] == "mine":
            data.setdefault("candidate", {}).setdefault("highlights", []).append(said)
            q.say(f"  added to your highlights: {said}")
        else:
            n, kind = int(to[0]), to[1] or (kinds or {}).get(line)
            got.add(n)
            for key, word, items in _filed(line, said, n, kind):
                if key == "highlights":
                    data.setdefault("candidate", {}).setdefault("highlights", []).extend(items)
                    q.say(f"  added to your highlights: {'; '.join(items)}")
                    continue
                people[n].setdefault(key, []).extend(items)
                q.say(f"  added to {firsts[n]} ({word}): {'; '.join(items)}")
    return got


def one_keys(firsts: list[str]) -> dict[str, int]:
    """Each person's one key, the first letter of their first name, when no one else's starts with it; with two
    or more people met, a line that names none of them goes to one of them with a key ('2 r')."""
    initials = [f[:1].casefold() for f in firsts]
    return {k: i for i, k in enumerate(initials) if k.isalpha() and initials.count(k) == 1 and len(firsts) > 1}


def named_in(who: str, lines: list[str]) -> str | None:
    """The full name `who` is in the lines ('Dev' or 'Dev Patel' → 'Dev Patel'), when it is written as a name
    (capitalised, with a surname after a first name); else None."""
    if not re.fullmatch(r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}", who):
        return None
    for line in lines:
        found = re.search(rf"\b((?i:{re.escape(who)})(?:\s+[A-Z][a-z][\w'’-]*)?)\b", line)
        if found and found.group(1)[0].isupper() and len(found.group(1).split()) >= 2:
            return found.group(1)
    return None


def _decision_from(q: Questionnaire, line: str, data: dict[str, Any]) -> None:
    """A line filed as the decision: its date read (decision_said.py's rule for a span) and said back in its words;
    a line with no date in it is said so, and the question about the decision asks again."""

    from afterview.notes.decision_said import _day_said, read_as

    interview = data.setdefault("interview", {})
    ref = date.fromisoformat(str(interview["at"])[:10]) if interview.get("at") else q.today
    said = re.sub(r"[\"“”]", "", _LEAD_LABEL.sub("", line)).strip(" .")
    words = said.split()
    for k in range(len(words)):  # the longest tail that reads as a date: 'deciding after xmas, early january'
        for j in range(len(words), k, -1):
            try:
                day = _day_said(" ".join(words[k:j]).strip(" ,;'"), ref)
            except ValueError:
                continue
            if day > ref:  # never the interview day or before: 'by the 2nd' said on the 2nd is misread
                while k + 1 < j and _same_day(" ".join(words[k + 1 : j]), ref, day):  # 'probably mid-january':
                    k += 1  # said back from the words the date is read from
                interview["decision_by"] = day.isoformat()
                q.said = " ".join(words[k:j]).strip(" ,;'")
                q.say(f"  added as the decision: {read_as(q.said, day)}")
                q.decision_said_back = True
                return
    q.say(f"  no date read in '{said}'; you will be asked when they decide")


def _same_day(words: str, ref: date, day: date) -> bool:
    from afterview.notes.decision_said import _day_said

    try:
        return _day_said(words.strip(" ,;'"), ref) == day
    except ValueError:
        return False


def file_for_the_one(q: Questionnaire, unread: list[str], person: dict[str, Any], data: dict[str, Any]) -> list[str]:
    """With one person met, named only after the paste: each unread line re-read as a line about them ('their prob:
    estimates done on paper' is their challenge), filed and said back; the lines that still read as nothing (a
    decision, a note) are returned, to be offered as before."""
    from afterview.notes.paste_about import about_line

    words = dict(ITEMS) | {"requested": "to send them"}
    left: list[str] = []
    for line in unread:
        label = _LEAD_LABEL.match(line)
        said = _LEAD_LABEL.sub("", line).strip(" .") or line
        known = label is not None and labels.norm(label.group(0).rstrip(": ")) in labels.PERSON
        facts = [
            f
            for f in about_line(0, line if known else said, line)
            if f.field.rsplit(".", 1)[-1] in words or f.field == "candidate.highlights"
        ]
        if not facts:
            left.append(line)
            continue
        for fact in facts:
            key = fact.field.rsplit(".", 1)[-1]
            if key == "highlights":  # 'told her abt the gantt board I set up': yours, not theirs
                data.setdefault("candidate", {}).setdefault("highlights", []).append(fact.value)
                q.say(f"  added to your highlights: {fact.value}")
                continue
            person.setdefault(key, []).append(fact.value)
            for row in wrapped(f"  added to {first_name(person['name'])} ({words[key]}): {fact.value}", 4):
                q.say(row)
    return left


def _filed(line: str, said: str, n: int, kind: str | None) -> list[tuple[str, str, list[str]]]:
    """What a line given to a person is: the kind said for it, else what the paste reader makes of a line about
    them (a problem is a challenge, common ground is theirs in common), else a topic."""
    words = dict(ITEMS) | {"requested": "to send them"}
    if kind is not None:
        return [(kind, words[kind], [said])]
    from afterview.notes.paste_about import about_line

    label = _LEAD_LABEL.match(line)
    known = label is not None and labels.norm(label.group(0).rstrip(": ")) in labels.PERSON
    facts = about_line(n, line if known else said, line)
    filed: dict[str, list[str]] = {}
    for fact in facts:
        key = "highlights" if fact.field == "candidate.highlights" else fact.field.rsplit(".", 1)[-1]
        if key in words or key == "highlights":
            filed.setdefault(key, []).append(fact.value)
    if not filed:  # 'he was ME '15': nothing it reads as, yet it is theirs, as you said: a topic, said so
        return [("topics", "talked about", [said])]
    return [(k, words.get(k, "your highlight"), v) for k, v in filed.items()]


_KIND_WORDS = (
    r"challenges?|problems?|issues?|pain(?:\s*points?)?|topics?|talked(?:\s+about)?|"
    r"in\s+common|common(?:\s+ground)?|rapport|send|to\s+send|promised?"
)
# 'Priya challenge', 'Priya (challenge)', 'Priya: in common', 'challenge Priya', 'challenge: Priya'
_KIND = re.compile(
    rf"(?:^|\s|:)\s*\(?(?P<kind>{_KIND_WORDS})\)?\s*$|^\s*(?P<first>{_KIND_WORDS})\s*:?\s+(?=\S)",
    re.I,
)
_KINDS = {
    **dict.fromkeys(("challenge", "challenges", "problem", "problems", "issue", "issues", "pain"), "challenges"),
    **dict.fromkeys(("topic", "topics", "talked"), "topics"),
    **dict.fromkeys(("in", "common", "rapport"), "rapport"),
    **dict.fromkeys(("send", "to", "promise", "promised"), "requested"),
}


# a first name and a surname, not the name of a place ('the Art Loeb trail', 'Canal Park branch', 'Iron Range')
_TWO_NAMES = re.compile(
    r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]+\b(?!\s+(?i:trail|trails|park|river|lake|mountains?|mtn|range|"
    r"street|st|road|rd|avenue|ave|hall|center|centre|branch|office|school|hs|high|university|college|county|"
    r"valley|creek|bay|beach|island|bridge|forest|nf|marathon|hospital|library)\b)"
)
_PROMISE = re.compile(r"^(?:promise[sd]?|to send|send|i(?:'|’)?ll send|owe)$", re.I)
_DECISION = re.compile(r"^(?:decision|decide[sd]?|deciding|timeline|when they decide)$", re.I)
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})\s*[).:]?\s*(?P<to>\S.*|-)$")  # '1 -', '2) mine', '3: Maya'
_LEAD_LABEL = re.compile(r"^[A-Za-z][\w '’]{0,24}:\s+(?=\S)")
