"""The people a paste names, confirmed in `afterview new`: each one's part in hiring when the paste does not
say it, then what was read of them said back (one prompt a person: Enter keeps it, an answer replaces it);
a name answered 'not a person' is left out, and what was filed under it is re-homed — to the only
interviewer left, or where you say (a name, company news, your highlights) — never dropped without a word.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.about_person import read_about_person
from afterview.notes.answers import ROLE_WORDS, _role, guess_role
from afterview.notes.markdown import labels
from afterview.notes.names import first_name
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from afterview.notes.read_back import ITEMS, person_lines

NO_ONE = "not a person"
_NOT_A_PERSON = re.compile(
    r"\b(?:not a (?:person|people|name|human|someone)|(?:the|a) (?:company|job|team|role)|company|nobody|no one|"
    r"remove|delete|drop)\b",
    re.I,
)
# at a read-back, where a fix may well say 'the team's roadmap': only an answer that is nothing but 'no person'
_NO_ONE_FIX = re.compile(
    r"\bnot an? (?:person|people|name|human|someone|interviewer)\b|"
    r"^\W*(?:that'?s |it'?s |this is )?(?:the |a )?(?:company|job|role|team)\W*$|"
    r"^\W*(?:remove|delete|drop|nobody|no one)(?: (?:them|him|her|it))?\W*$",
    re.I,
)
_ITEMS = ITEMS
_NEWS = re.compile(r"^(?:(?:company|their|the)\s+)?news$", re.I)
_MINE = re.compile(r"^(?:mine|me|my|myself|my highlights?|highlights?|your highlights?|i said (?:it|that|them))$", re.I)
_DROP = re.compile(r"^(?:drop|leave|remove|delete|none|nobody|no one|nothing)\b", re.I)


def confirm_people(q: Questionnaire, people: list[dict[str, Any]], data: dict[str, Any]) -> list[dict[str, Any]]:
    """The pasted people kept (in order), each with their part in hiring and what was read of them
    confirmed; what a dropped name held is moved into `data` or onto the others."""
    dropped: list[dict[str, Any]] = []
    for person in list(people):
        if not person.get("role") and not any(person.get(k) for k, _ in _ITEMS):  # else asked in the read-back
            where = f"interviewers[{people.index(person)}]"
            role = _part_or_no_one(q, where, person, _hiring_taken(person, people), len(people) == 1)
            if role == NO_ONE:  # 'that's the company, not a person': read wrong, so left out
                people.remove(person)
                dropped.append(person)
                q.say(f"  understood: {person['name']} is not a person")
            elif role != "other":
                person["role"] = role
    for person in list(people):
        if any(person.get(k) for k, _ in _ITEMS) and not read_back_person(
            q, people.index(person), person, _hiring_taken(person, people), data, len(people) == 1
        ):
            people.remove(person)
            dropped.append(person)
    if not people and dropped:
        people.extend(q._people())
    for person in dropped:
        _rehome(q, person, people, data)
    return people


def _hiring_taken(person: dict[str, Any], people: list[dict[str, Any]]) -> bool:
    """Someone else is already the hiring manager."""
    return any(p.get("role") == "hiring_manager" for p in people if p is not person)


def _part_or_no_one(
    q: Questionnaire, where: str, person: dict[str, Any], hiring_taken: bool = False, alone: bool = False
) -> str:
    """Their part in hiring, or NO_ONE when the answer says the name read is not a person at all."""

    def parse(text: str) -> str:
        return NO_ONE if _NOT_A_PERSON.search(text) else _role(text)

    return q._get(
        Question(
            f"{where}.role",
            f"{first_name(person['name'])}'s part in hiring?",
            "hiring manager, recruiter, peer, executive or other; 'not a person' to leave it out",
            default=guess_role(person.get("title"), hiring_taken, alone),
            completions=ROLE_WORDS,
        ),
        parse,
    )


def read_back_person(
    q: Questionnaire,
    n: int,
    person: dict[str, Any],
    hiring_taken: bool = False,
    data: dict[str, Any] | None = None,
    alone: bool = False,
) -> bool:
    """What was read of one person, said back in one prompt, with their part in hiring when the paste does not
    say it (the guess from their title the default): Enter keeps it all; an answer (a part in hiring first,
    then what `new` reads about a person) replaces what it says; False when it says they are not a person."""
    guess = None if person.get("role") else guess_role(person.get("title"), hiring_taken, alone)
    part = f"{first_name(person['name'])}'s part in hiring: {guess}? — " if guess else ""
    question = Question(
        f"interviewers[{n}].topics",
        "\n".join(person_lines(person)) + f"\n  {part}Enter keeps what was understood, or type a fix",
        ("e.g. recruiter; " if guess else "e.g. ") + "Talked about: …; Challenge: …; To send them: …; Title: …; "
        "what you do not name is kept; 'not a person' to leave them out"
        if n == 0
        else "what you do not name is kept; 'not a person' to leave them out",
        required=False,
    )

    def parse(text: str) -> Any:
        if not text:
            return None, None, None
        if _NO_ONE_FIX.search(text):
            return NO_ONE
        title = None
        parts = [p.strip() for p in text.split(";")]
        for p in list(parts):
            tagged = _TITLE_TAG.match(p)
            if tagged:
                title = tagged.group(1).strip(" .")
                parts.remove(p)
        said = labels.role(parts[0]) if parts and len(parts[0].split()) <= 3 else None
        if said is not None:
            parts = parts[1:]
        rest = "; ".join(p for p in parts if p)
        return said, title, read_about_person(rest) if rest.strip() else None

    answer = q._get(question, parse)
    if answer == NO_ONE:
        q.say(f"  understood: {person['name']} is not a person")
        return False
    role, title, fixed = answer
    role = role or (labels.role(guess) if guess else None)
    if role and role != "other":
        person["role"] = role
    if title:
        person["title"] = title
    if fixed is None and not title and not answer[0]:
        return True
    if fixed is not None:
        fields = fixed.fields()  # a field the fix names replaces what was read; the others are kept
        before = {k: list(person.get(k) or []) for k in fields if k in ("topics", "challenges", "rapport")}
        person.update(fields)
        for key in [k for k, v in fields.items() if v == []]:  # 'Challenge: none': emptied
            person.pop(key, None)
        if "requested" in fixed.cleared:  # 'Send them: nothing'
            person.pop("requested", None)
        if fixed.requested:  # 'To send them: my checklist' replaces what was read, as every kind a fix names
            person["requested"] = list(dict.fromkeys(fixed.requested))
        if data is not None:  # what the fix dropped that was never that kind: kept where it belongs, or said
            from afterview.notes.fix_dropped import dropped_by_fix

            dropped_by_fix(q.say, first_name(person["name"]), before, person, data)
    for line in person_lines(person, "  now: "):  # what the fix made of them, said back once
        q.say(line)
    return True


_TITLE_TAG = re.compile(r"^(?:job\s+)?title\s*:\s*(\S.*)$", re.I)


def _rehome(q: Questionnaire, gone: dict[str, Any], people: list[dict[str, Any]], data: dict[str, Any]) -> None:
    """What was filed under a name that is no person: what you said you would send stays on the notes' own
    list; the rest goes to the only interviewer left, or where you say."""
    name = gone["name"]
    if gone.get("requested"):
        data.setdefault("requested", []).extend(gone["requested"])
    items = [(k, v) for k, _ in _ITEMS for v in gone.get(k) or []]
    from afterview.notes.import_fit import kinds_of

    for key, value in list(items):  # news and your own experience go to their lines by their kind
        kinds = kinds_of(value)
        line = {frozenset({"company news"}): "news", frozenset({"your experience"}): "highlights"}.get(frozenset(kinds))
        if line is not None:
            items.remove((key, value))
            where = data.setdefault("company" if line == "news" else "candidate", {})
            where.setdefault(line, []).append(value)
            q.say(f"  kept as {'company news' if line == 'news' else 'your highlight'}: {value}")
    if not items:
        return
    shown = "; ".join(v for _, v in items)
    if len(people) == 1:
        for key, value in items:
            people[0].setdefault(key, []).append(value)
        q.say(f"  moved to {first_name(people[0]['name'])}: {shown}")
        return
    firsts = [first_name(p["name"]) for p in people]

    def parse(text: str) -> str | int | None:
        if not text or _DROP.match(text):
            return None
        if _NEWS.match(text.strip()) or _MINE.match(text.strip()):
            return "news" if _NEWS.match(text.strip()) else "mine"
        for i, person in enumerate(people):
            if text.casefold() in (person["name"].casefold(), firsts[i].casefold()):
                return i
        raise ValueError(f"name one of {', '.join(firsts)}, or 'news', or 'mine' (your highlights)")

    where = q._get(
        Question(
            "interviewers.moved",
            f"  Whose are these (read under {name}): {shown}?",
            f"{' or '.join(firsts)}; 'news'; 'mine' for your highlights; Enter to leave them out",
            required=False,
        ),
        parse,
    )
    if where is None:
        q.say(f"  left out: {shown}")
    elif where == "news":
        data.setdefault("company", {}).setdefault("news", []).extend(v for _, v in items)
    elif where == "mine":
        data.setdefault("candidate", {}).setdefault("highlights", []).extend(v for _, v in items)
    else:
        for key, value in items:
            people[int(where)].setdefault(key, []).append(value)
