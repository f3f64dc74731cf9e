"""The lines of a paste nothing was read from, offered once in `afterview new`: every one of them shown whole
(numbered, wrapped), each filed where the answer says — a person's (by what it reads as: a challenge, common
ground, else a topic), company news, your highlights — or said back as left out. Nothing goes without a word."""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.about_person import read_about_person
from afterview.notes.markdown import labels
from afterview.notes.names import first_name
from afterview.notes.paste_people import _DROP, _MINE, _NEWS
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from afterview.notes.read_back import ITEMS, wrapped


def add_unread(q: Questionnaire, unread: list[str], people: list[dict[str, Any]], data: dict[str, Any]) -> None:
    """The lines nothing was read from, asked about once: each to a person's topics (their name), company
    news ('news'), your highlights ('mine'), or left out ('-' or Enter); one answer for them all, or one
    per line in order ('Maya, mine')."""
    numbered = len(unread) > 1
    shown = "\n".join(  # every line, whole: the first after 'Not read:', the others under it
        row
        for i, line in enumerate(unread, start=1)
        for row in wrapped(("  Not read: " if i == 1 else " " * 12) + (f"{i}) " if numbered else "") + line, 16)
    )
    firsts = [first_name(p["name"]) for p in people]

    def one(text: str) -> str | int | None:
        text = text.strip()
        if not text or text == "-" or _DROP.match(text):
            return None
        if _NEWS.match(text) or _MINE.match(text):
            return "news" if _NEWS.match(text) else "mine"
        for i, person in enumerate(people):
            if text.casefold() in (person["name"].casefold(), firsts[i].casefold()):
                return i
        raise ValueError(f"name one of {', '.join(firsts)}, or 'news', or 'mine' (your highlights); Enter for none")

    example = f"e.g. '1 -, 2 {firsts[0] if firsts else 'mine'}'"

    def parse(text: str) -> list[str | int | None]:
        answers = [a for a in re.split(r"\s*[,;]\s*", text.strip())] if text.strip() else [""]
        by_number = [_NUMBERED.match(a) for a in answers]
        if numbered and all(by_number):  # '1 -, 2 mine': the lines named by number; the others left out
            where: list[str | int | None] = [None] * len(unread)
            for found in by_number:
                assert found is not None
                k = int(found.group("n"))
                if not 1 <= k <= len(unread):
                    raise ValueError(f"there is no line {k}; number them 1 to {len(unread)}, {example}")
                where[k - 1] = one(found.group("to"))
            return where
        if len(answers) == 1:
            if numbered and re.match(r"^(?:-|drop|leave|remove|delete)(?:\s+(?:it|one|that))?$", answers[0], re.I):
                # one line, or all of them? asked again
                raise ValueError(f"which line to leave out? say each by its number, {example}; Enter leaves all out")
            return [one(answers[0])] * len(unread)
        if len(answers) != len(unread):
            raise ValueError(f"one answer for all {len(unread)} lines, or each by its number, {example}")
        return [one(a) for a in answers]

    hint = " or ".join([*firsts, "'news'", "'mine' for your highlights"])
    where = q._get(
        Question(
            "unread",
            shown + ("\n  — add any?" if numbered else " — add any?"),
            hint
            + ("; one for all, or each by its number ('1 -, 2 mine' leaves out line 1)" if numbered else "")
            + "; Enter to leave them out",
            required=False,
        ),
        parse,
    )
    for line, to in zip(unread, where, strict=True):
        said = _LEAD_LABEL.sub("", line).strip(" .") or line  # 'Points to make: …': the label is no part of it
        if to is None:
            for row in wrapped(f"  left out: {line}", 14):
                q.say(row)
        elif to == "news":
            data.setdefault("company", {}).setdefault("news", []).append(said)
        elif to == "mine":
            data.setdefault("candidate", {}).setdefault("highlights", []).append(said)
        elif to is not None:
            label = _LEAD_LABEL.match(line)
            known = label is not None and labels.norm(label.group(0).rstrip(": ")) in labels.PERSON
            try:  # 'Challenge: …' is their challenge, as typed at their read-back; 'we covered: …' a topic
                fields = read_about_person(line if known else said).fields()
            except ValueError:
                fields = {"topics": [said]}
            filed: list[tuple[str, str, list[str]]] = []
            for key, word in ITEMS:
                got = fields.get(key)
                if isinstance(got, list) and got:
                    filed.append((key, word, [str(item) for item in got]))
            if not filed:  # 'he was ME '15': nothing it reads as, yet it is theirs, as you said: a topic, said so
                filed = [("topics", "talked about", [said])]
            for key, word, items in filed:
                people[int(to)].setdefault(key, []).extend(items)
                q.say(f"  added to {firsts[int(to)]} ({word}): {'; '.join(items)}")


_NUMBERED = re.compile(r"^(?P<n>\d{1,2})\s*[).:]?\s*(?P<to>\S.*|-)$")  # '1 -', '2) mine', '3: Maya'
_LEAD_LABEL = re.compile(r"^[A-Za-z][\w '’]{0,24}:\s+(?=\S)")
