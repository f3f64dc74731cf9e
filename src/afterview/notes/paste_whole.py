"""Lines of a pasted note about the interview as a whole (the decision, what you said you would send, your own
points, company news, under a header of their own or led by a word), and where what each says is filed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from afterview.notes.decision_line import decision_in, decision_rest
from afterview.notes.free_text import Line
from afterview.notes.header_sections import item_of, shared_with, under_headers
from afterview.notes.importing import Fact
from afterview.notes.paste_lines import whole_interview
from afterview.notes.paste_said import deadline_off, promise
from afterview.notes.paste_whose import named_first, pronoun_whose
from afterview.notes.promise_item import items_by_person
from afterview.notes.recipient import for_whom
from afterview.notes.topic_lines import topic_in


@dataclass
class Whole:
    lines: dict[int, tuple[str, list[str]]]  # a line's number → its kind ('requested', 'decision', …) and its items
    decision_said: str  # the words the decision date was read from
    told: list[str]  # what a decision line says after its date ('3 finalists left'): shown, not dropped
    facts: list[Fact]  # the decision date, when no labelled line gave it


def whole_lines(flat: str, lines: list[Line], facts: list[Fact], signed_at: int | None, today: date) -> Whole:
    """The lines about the whole interview; `signed_at` is the number of the line that signs the notes, if any."""
    whole: dict[int, tuple[str, list[str]]] = {}
    decision_said = ""
    told: list[str] = []
    found: list[Fact] = []
    anchor = next((date.fromisoformat(f.value[:10]) for f in facts if f.field == "interview.at"), today)
    top, below = under_headers(flat)  # 'me:', 'said id send:' and the lines under them
    for line in lines:
        said = whole_interview(line.text) if line.number != signed_at else None
        if line.number in below:
            said = (below[line.number], [item_of(line.text)])
        elif line.number in top:
            said = (top[line.number], [])
        if said is not None:
            whole[line.number] = said
        decided = decision_in(line.text, anchor)
        told += decision_rest(line.text, decided[1]) if decided is not None else []
        if decided is not None and not decision_said:
            decision_said = decided[1]
            if not any(f.field == "interview.decision_by" for f in facts + found):
                found.append(Fact("interview.decision_by", decided[0].isoformat(), line.text))
        if decided is not None or any(
            f.field == "interview.decision_by" and f.quote == line.text for f in facts + found
        ):
            whole.setdefault(line.number, ("decision", []))
    return Whole(whole, decision_said, told, found)


def file_whole(
    whole: dict[int, tuple[str, list[str]]],
    lines: list[Line],
    names: list[str],
    facts: list[Fact],
    boss: int | None,
    owners: dict[int, int] | None = None,
) -> tuple[list[Fact], list[str]]:
    """What each line about the whole interview says, as facts (a promise under the person it is for, a thing in
    common under the one shared with), and the words read and left out ('by Fri' after a promise); `owners`: a line
    among a person's bulleted lines → their index ('- send her the rota' under Hetty's name)."""
    found: list[Fact] = []
    not_kept: list[str] = []
    for number, (kind, items) in whole.items():
        quote = next(line.text for line in lines if line.number == number)
        for item in items:
            when = deadline_off(item.strip(" .!"))[1] if kind == "requested" else None
            if when:  # 'send Priya the deck by Fri': when is no part of what is sent; said, not lost
                not_kept.append(when)
            sent = promise(item, names) if kind == "requested" else None
            if sent is not None:  # 'send Priya the dashboard by fri': Priya's, without the verb or the day
                owner = (owners or {}).get(number)
                who = sent[1] if sent[1] is not None else pronoun_whose(item, names, facts + found, owner)
                for thing, whose in items_by_person(sent[0], who, names):  # '… + 2 references to Priya'
                    target = "requested" if whose is None else f"interviewers[{whose}].requested"
                    found.append(Fact(target, thing, quote))
            elif kind == "requested":
                item = deadline_off(item)[0]
                try:
                    thing, who = for_whom(item, names)
                except ValueError:
                    thing, who = item, None
                if who is None:
                    thing, who = named_first(item, names)
                for each, whose in items_by_person(thing, who, names):
                    target = "requested" if whose is None else f"interviewers[{whose}].requested"
                    found.append(Fact(target, each, quote))
            elif kind == "highlights" and (k := shared_with(item, names)) is not None:  # 'Rosa + me both …'
                found.append(Fact(f"interviewers[{k}].rapport", item, quote))
            elif kind == "highlights" and (liked := liked_by(item, names)) is not None:  # 'Denise liked the idea of …'
                found.append(Fact(f"interviewers[{liked[0]}].topics", liked[1], quote))
            elif kind == "highlights" and (t := topic_in(item, names, boss, mine=True)):  # 'asked abt …'
                found.append(Fact(f"interviewers[{t[0]}].topics", t[1], quote))
            elif kind in ("news", "highlights"):
                found.append(Fact("company.news" if kind == "news" else "candidate.highlights", item, quote))
    return found, not_kept


# 'Denise liked the idea of a monitoring calendar', 'Omar loved my pallet-tracking sheet': how they took what you
# said; what it was about is what you talked about with them, never a line of yours said of them in the third person
_LIKED = r"(?:really\s+)?(?:liked|loved|was\s+(?:into|excited\s+about|keen\s+on)|perked\s+up\s+at)\s+"
_IDEA = r"(?:(?:the|my)\s+idea\s+(?:of|for|about)\s+|(?:the|my)\s+(?:idea|suggestion|pitch)\s*(?:of|for|:)?\s*)?"


def liked_by(item: str, names: list[str]) -> tuple[int, str] | None:
    """(whose, what it was about) for a line of your own whose subject is someone met and how they took it."""
    for n, name in enumerate(names):
        for said in dict.fromkeys((name, name.split()[0])):
            found = re.match(rf"^\s*(?-i:{re.escape(said)})\s+{_LIKED}{_IDEA}(?P<what>\S.*?)[\s.!]*$", item, re.I)
            if found:
                return n, found.group("what")
    return None
