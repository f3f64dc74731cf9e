"""Each person's lines in a pasted note read as free text: the title and part in hiring their naming line gives,
what each of their lines says of them, lines led by their name elsewhere ('Jen: …'), and the problems under a
header of problems that are theirs. With two or more met, a line that names none of them is the one's whose lines
it is in ('said she'd call me': they are the one in touch); under lines of only names one after another, the
hiring manager's when one is marked; else it is left for the not-read step (paste_unread.py: one key a person)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from afterview.notes.answers import ROLE_WORDS
from afterview.notes.free_text import Line
from afterview.notes.import_people import _NAMED, Section, names_in, person_facts, title_on
from afterview.notes.importing import Fact
from afterview.notes.job_said import job_title
from afterview.notes.job_words import DASHED
from afterview.notes.markdown import labels
from afterview.notes.paste_about import about_line, head_left, lines_about
from afterview.notes.paste_names import MET, role_said, someone_else, title_after
from afterview.notes.paste_said import clauses
from afterview.notes.paste_whose import UNNAMED_CALLER, led_lines
from afterview.notes.person_lines import title_of
from afterview.notes.problem_owner import problem_owner
from afterview.notes.topic_lines import the_hiring_manager

BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s*")


@dataclass
class People:
    names: list[str]  # each one met, in the order of their index in the notes
    facts: list[Fact]  # what their lines say of them
    theirs: set[int]  # the lines read as a person's (not those after a line about the whole interview)
    led: dict[int, tuple[int, str]]  # a line led by someone's name → their index and the rest of the line
    naming: set[int]  # the lines that name each one whose lines follow
    missed: list[tuple[Line, str]]  # a part of a person's line nothing was read from
    from_job: dict[str, tuple[str, str]]  # a person's name → the title their job line gives, and the line
    boss: int | None  # the index of the hiring manager, when one is marked
    calls: dict[int, int]  # a line saying 'she'll call', naming no one → the one whose lines it is in


def read_people(
    lines: list[Line],
    flat: str,
    people: list[Section],
    met: list[tuple[str, str | None]],
    whole: set[int],
    problems: tuple[set[int], set[int]],
    facts: list[Fact],
) -> People:
    """What the paste says of each person; `met` is who its head says was met, `whole` the lines about the whole
    interview, `problems` the lines of headers of problems and the lines under them, `facts` those read so far."""
    headers, under = problems
    found: list[Fact] = []
    several = met if len(met) > 1 else []  # 'panel w/ Dana Ruiz (HM) & Tom Lee': no lines of their own
    person_names = [s.name for s in people] + [name for name, _ in several]
    naming = {section.lines[0].number for section in people}
    led = led_lines(lines, flat, person_names, naming | whole | headers | under)  # 'Jen: …' and what follows
    from_job: dict[str, tuple[str, str]] = {}
    missed: list[tuple[Line, str]] = []
    theirs: set[int] = set()
    calls: dict[int, int] = {}  # a line that says someone will be in touch, naming no one → whose it is
    people, shared = _shared(people)
    job_lines = {f.quote for f in facts if f.field in ("position", "company.name")}  # 'role: …' among their lines

    def read_lines(n: int, name: str, items: list[tuple[Line, str]], first: Line | None, title: str | None) -> None:
        """Person n's lines (`first`: the line naming them, if among them), read as about them, until a line that
        is someone else's or about the whole interview."""
        titled: list[tuple[str, str]] = []
        for line, item in items:
            if UNNAMED_CALLER.match(BULLET.sub("", item).strip()):  # 'said she'd call me': theirs, the one in touch
                calls.setdefault(line.number, n)
                if line.number not in whole:
                    theirs.add(line.number)
                    continue
            if line.number in whole:  # a line about the interview as a whole: what follows is not theirs, unless
                if (len(people) == 1 and not several) or first is None:  # they are the only one met ('- highlight:
                    continue  # …' among her lines), or the lines are shared by all
                break
            if line.text in job_lines and line is not first:  # the job's own line: no one's, read already
                continue
            if line.number in led and line is not first:  # 'Hannah: …' in Tom's lines: hers, from here
                if led[line.number][0] != n and first is not None:
                    break
                continue  # among lines shared by all (`first` None): that line only is hers
            if line is not first and someone_else(line.text, name):
                if first is None:
                    continue
                break  # a line that starts with another name: theirs, though they could not be read
            others = [other for other in person_names if other != name]
            if any(names_in(line, other) or names_in(line, other.split()[0]) for other in others):
                continue  # about someone else, in this person's lines: not guessed at
            theirs.add(line.number)
            if line.number in headers:  # 'their probs:': what follows is theirs, as problems
                continue
            parts: list[str] = []
            got = about_line(n, item, line.text, parts)
            if line.number in under:  # a line under 'their probs:': a problem, whatever else it reads as
                got = [Fact(f"interviewers[{n}].challenges", BULLET.sub("", item).strip(" ."), line.text)]
            found.extend(got)
            missed.extend((line, p) for p in (parts if got else [item]))
            held = None if title else job_title(item)
            if held:
                titled.append((held, line.text))
        if len({t for t, _ in titled}) == 1:  # one job said, no title given: the job is their title
            from_job[name] = titled[0]

    for n, section in enumerate(people):
        found += [f for f in person_facts(section, n) if not f.field.endswith(".role")]
        first = section.lines[0].text
        skip = False  # the naming line is the job line, or the head's line of who was met: nothing more of them
        if len(met) == 1 and section.given == met[0][0]:  # named in the job line: its title is theirs
            first = next((p for p in DASHED.split(first) if met[0][0] in p), first)
            title, skip = met[0][1], True
        else:
            title = (
                title_on(section.lines[0], section.given)
                or title_after(first, section.name)
                or title_of(first, section.name)
            )
        if title:
            title = re.split(r"\s+(?:and|who|but|which)\s+", title)[0]
        if title and labels.norm(title) in ROLE_WORDS:  # 'Omar Diaz - recruiter': a part in hiring, no title
            title = None
        if title:
            found.append(Fact(f"interviewers[{n}].title", title, section.lines[0].text))
        named = (_NAMED.match(first) or MET.search(first)) if not skip else None
        if named:  # 'Tom Okafor, sr eng, SCADA data pipeline - …': a part of the head that is no title, shown
            missed += [(section.lines[0], part) for part in head_left(named.group("rest"), title)]
        role = role_said(first, title)
        if role:
            found.append(Fact(f"interviewers[{n}].role", role, section.lines[0].text))
        read_lines(n, section.name, lines_about(section, skip_first=skip), section.lines[0], title)
    boss = the_hiring_manager(facts + found)
    if shared and boss is not None:  # the notes under a line or two of only names: the hiring manager's
        read_lines(
            boss, person_names[boss], [(line, item) for line in shared for item in clauses(line.text)], None, "-"
        )
    about = [  # each one's title and topics: 'volunteer no-shows' under 'their probs:' is the volunteer manager's
        " ".join(f.value for f in facts + found if re.match(rf"interviewers\[{k}\]\.(?:title|topics)$", f.field))
        for k in range(len(person_names))
    ]
    for line in lines:  # under 'their probs:': the one it names ('Lena: …'), else the hiring manager, else the only one
        whose, problem_said = problem_owner(line.text, person_names, boss, about)
        if line.number in under and line.number not in theirs | led.keys() and whose is not None:
            theirs.add(line.number)
            found.append(Fact(f"interviewers[{whose}].challenges", problem_said, line.text))
    for number, (n, rest) in led.items():  # 'Jen - super chill. we both used to work on Fanuc arms': hers
        line = next(line for line in lines if line.number == number)
        theirs.add(line.number)
        for item in clauses(rest):
            parts: list[str] = []
            got = about_line(n, item, line.text, parts)
            found += got
            missed += [(line, p) for p in (parts if got else [item])]
    return People(person_names, found, theirs, led, naming, missed, from_job, boss, calls)


def _shared(people: list[Section]) -> tuple[list[Section], tuple[Line, ...]]:
    """People named on lines of their own one after another ('Ana Ruiz (ops dir)', 'Tom Lee (line lead)', as
    'Ana Ruiz (ops dir) + Tom Lee (line lead)' is written out): the lines under the last of them name none of them
    and are no more the last one's than the first's. Returns the people, the last with only their naming line, and
    those lines."""
    for k in range(1, len(people)):
        before, last = people[k - 1], people[k]
        if len(before.lines) == 1 and last.lines[0].number == before.lines[0].number + 1 and len(last.lines) > 1:
            return [*people[:k], replace(last, lines=last.lines[:1]), *people[k + 1 :]], last.lines[1:]
    return people, ()


def several_facts(met: list[tuple[str, str | None]], start: int, quote: str) -> list[Fact]:
    """The people a head line names together ('panel w/ Dana Ruiz (HM) & Tom Lee'), from index `start`."""
    facts: list[Fact] = []
    for n, (name, title) in enumerate(met if len(met) > 1 else [], start=start):
        role = role_said(title or "", None)
        title = None if role and title and len(title.split()) <= 2 else title  # '(hiring mgr)' is no title
        facts += [Fact(f"interviewers[{n}].{k}", v, quote) for k, v in (("name", name), ("title", title)) if v]
        facts += [Fact(f"interviewers[{n}].role", role, quote)] if role else []
    return facts
