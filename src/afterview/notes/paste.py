"""Notes pasted into `afterview new`, read offline into notes data: the Markdown conventions when the
paste follows them, else what code reads in free text (free_text.py, import_people.py, paste_lines.py; who it
names in paste_names.py, what each line says of a person in paste_about.py).

Every value is a span of the paste, checked as `import` checks what it keeps (importing.check_facts):
nothing is guessed, and what the paste does not say is left for the questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from afterview.errors import NotesError
from afterview.notes.answers import ROLE_WORDS
from afterview.notes.asides import aside_kind
from afterview.notes.free_text import Line, formats_named, lines_of, read_facts, signature
from afterview.notes.head_day import day_in_head
from afterview.notes.head_met import hiring_in_head, person_in_job_line, person_on_meeting_line
from afterview.notes.header_sections import item_of, shared_with, under_headers
from afterview.notes.import_people import (
    _NAMED,
    email_facts,
    names_in,
    person_facts,
    sections,
    title_on,
)
from afterview.notes.importing import Fact, check_facts, notes_data
from afterview.notes.job_said import job_aside, job_title, toured
from afterview.notes.job_words import DASHED
from afterview.notes.markdown import labels
from afterview.notes.paste_about import about_line, head_left, lines_about
from afterview.notes.paste_lines import (
    decision_in,
    decision_rest,
    position_and_company,
    sentences,
    whole_interview,
)
from afterview.notes.paste_names import MET, people_met, role_said, someone_else, title_after
from afterview.notes.paste_said import as_theirs, clauses, deadline_off, my_report, promise
from afterview.notes.paste_whose import (
    all_after,
    caller,
    calls_line,
    led_lines,
    named_first,
    pronoun_whose,
    said_by_contact,
)
from afterview.notes.person_labels import unlabel
from afterview.notes.person_lines import PEOPLE_HEADER, more_people, title_of
from afterview.notes.problem_owner import problem_owner
from afterview.notes.problem_section import under_problem_headers
from afterview.notes.recipient import for_whom
from afterview.notes.self_notes import clean_requested
from afterview.notes.topic_lines import the_hiring_manager, topic_in, topic_lines

MAX_PASTE = 20_000  # characters: a page or two of notes
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s*")
_STEP = re.compile(r"^(?:next\s+steps?|follow[- ]?ups?|then|after(?:wards)?)\s*:\s*", re.I)  # 'next step: Jo will call'


@dataclass
class Pasted:
    data: dict[str, Any]  # notes data, only what the paste says
    how: str  # "markdown", "free text" or "" (nothing read)
    decision_said: str = ""  # the words the decision date was read from ('next Friday')
    problem: str = ""  # why the Markdown reading failed, when the paste looked like Markdown
    quotes: dict[str, str] = field(default_factory=dict)  # field → the line it was read from
    unread: list[str] = field(default_factory=list)  # lines (sentences) nothing was read from
    not_kept: list[str] = field(default_factory=list)  # words read and left out: 'by Friday' after a promise
    zone_said: tuple[str, str] | None = None  # the timezone the places in the notes suggest, and the place
    day_said: date | None = None  # the day the head of the notes gives without a time ('…, 40 min, wed')
    kinds: dict[str, str] = field(default_factory=dict)  # an unread line → what it is to a person ('challenges')
    asides: list[tuple[str, str]] = field(default_factory=list)  # ('how they came across', 'super friendly'): said
    format_doubt: bool = False  # the head names more than one way it was held ('phone screen -> … onsite')

    @property
    def maybe_people(self) -> list[str]:
        """Unread lines that start with what looks like a name: someone the reader may have missed."""
        return [line for line in self.unread if someone_else(line, "")]


def read_paste(text: str, today: date) -> Pasted:
    """What the paste says, as notes data; nothing at all when nothing in it can be read."""
    pasted = _read(text[:MAX_PASTE], today)
    if pasted.data.get("position"):  # 'Development Assoc' → 'Development Associate', read back as such
        from afterview.notes.title_words import written_out

        pasted.data["position"] = written_out(str(pasted.data["position"]))
    pasted.format_doubt = pasted.how == "free text" and len(formats_named(text[:MAX_PASTE])) > 1
    if not (pasted.data.get("interview") or {}).get("timezone"):
        from afterview.notes.place_zones import zone_in_notes

        names = [p["name"] for p in pasted.data.get("interviewers") or []]
        names += [(pasted.data.get("candidate") or {}).get("name") or ""]
        pasted.zone_said = zone_in_notes(text[:MAX_PASTE], [n for n in names if n])
    return pasted


def _read(text: str, today: date) -> Pasted:
    problem = ""
    if re.search(r"^#{1,6}\s+\S", text, re.M):
        from afterview.notes.markdown.reader import parse_markdown

        try:
            data, _ = parse_markdown(text, "your notes")
        except NotesError as exc:
            problem = str(exc.problems[0]) if exc.problems else str(exc)
        else:
            return Pasted(data, "markdown")
    pasted = _free_text(text, today)
    pasted.problem = problem
    return pasted


def _free_text(text: str, today: date) -> Pasted:
    from afterview.notes.dash_labels import colon_labels
    from afterview.notes.people_one_line import one_per_line

    flat = unlabel(sentences(colon_labels(text)))  # 'interviewer: Raj Patel, site lead': the person, not a label
    flat, listed = one_per_line(flat)  # 'Ana Ruiz (ops dir) + Tom Lee (line lead)': a line for each
    facts = read_facts(flat, today)
    lines = lines_of(flat)
    signed = signature(lines)
    me = signed[0] if signed else None
    if not any(f.field == "position" for f in facts):
        for line in lines[:3]:
            found = position_and_company(line.text)
            if found:
                facts += [Fact("position", found[0], line.text), Fact("company.name", found[1], line.text)]
                break
    position = next((f.value for f in facts if f.field == "position"), None)
    company = next((f.value for f in facts if f.field == "company.name"), None)
    job = next((f.quote for f in facts if f.field == "position"), None)  # the job line: names no one but the one met
    met = person_in_job_line(job) if job else []
    met_line = None  # 'phone call w/ Dr. Aileen MacNeil, owner/medical dir, 40 min': a line of the head of its own
    for line in lines[:3] if not met else []:
        met = person_on_meeting_line(line.text) if line.text != job else []
        if met:
            met_line = line.text
            break
    job_asides = [] if not (job and position) else job_aside(job, position, company or "", met)
    names = people_met(flat, lines, not_names={n for n in (company, me) if n}, position=position)
    names += more_people(flat, names, not_names={n for n in (company, me, position) if n})
    known = {n.casefold() for n in [*names, company or "", me or "", position or ""]}
    names += [n for n in listed if n.casefold() not in known]  # a line of only names: each one met
    for head in (job, met_line):
        names = [n for n in names if not (head and names_in(Line(0, head), n))]
    if len(met) == 1:  # the one met: the lines after the job line are theirs
        names.insert(0, met[0][0])
    people = sections(flat, names, stop=signed[1].number if signed else None)
    if len(people) == 1 and len(met) == 1:  # the only one met, named in the head: a blank line ends nothing of theirs
        people = [all_after(people[0], lines, signed[1].number if signed else None)]
    whole: dict[int, tuple[str, list[str]]] = {}
    headers, under = under_problem_headers(flat, names)  # 'their probs:' and the lines under it
    decision_said = ""
    told: list[str] = []  # what a decision line says after its date ('3 finalists left'): shown, not dropped
    anchor = next((date.fromisoformat(f.value[:10]) for f in facts if f.field == "interview.at"), today)
    top, below = under_headers(flat)  # 'me:', 'said id send:' and the lines under them
    for line in lines:
        said = whole_interview(line.text) if not (signed and line.number == signed[1].number) else None
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
            if not any(f.field == "interview.decision_by" for f in facts):
                facts.append(Fact("interview.decision_by", decided[0].isoformat(), line.text))
        if decided is not None or any(f.field == "interview.decision_by" and f.quote == line.text for f in facts):
            whole.setdefault(line.number, ("decision", []))
    several = met if len(met) > 1 else []  # 'panel w/ Dana Ruiz (HM) & Tom Lee': no lines of their own
    person_names = [s.name for s in people] + [name for name, _ in several]
    naming = {section.lines[0].number for section in people}
    led = led_lines(lines, flat, person_names, naming | whole.keys() | headers | under)  # 'Jen: …' and what follows
    from_job: dict[str, tuple[str, str]] = {}  # a person's name → the title their job line gives, and the line
    missed: list[tuple[Line, str]] = []  # a part of a person's line nothing was read from
    theirs: set[int] = set()  # the lines read as a person's (not those after a line about the whole interview)
    for n, section in enumerate(people):
        facts += [f for f in person_facts(section, n) if not f.field.endswith(".role")]
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
            facts.append(Fact(f"interviewers[{n}].title", title, section.lines[0].text))
        named = (_NAMED.match(first) or MET.search(first)) if not skip else None
        if named:  # 'Tom Okafor, sr eng, SCADA data pipeline - …': a part of the head that is no title, shown
            missed += [(section.lines[0], part) for part in head_left(named.group("rest"), title)]
        role = role_said(first, title)
        if role:
            facts.append(Fact(f"interviewers[{n}].role", role, section.lines[0].text))
        titled: list[tuple[str, str]] = []
        for line, item in lines_about(section, skip_first=skip):
            if line.number in whole:  # a line about the interview as a whole: what follows is not theirs, unless
                if len(people) == 1 and not several:  # they are the only one met ('- highlight: …' among her lines)
                    continue
                break
            if line.number in led and line is not section.lines[0]:  # 'Hannah: …' in Tom's lines: hers, from here
                if led[line.number][0] != n:
                    break
                continue
            if line is not section.lines[0] and someone_else(line.text, section.name):
                break  # a line that starts with another name: theirs, though they could not be read
            others = [name for name in person_names if name != section.name]
            if any(names_in(line, name) or names_in(line, name.split()[0]) for name in others):
                continue  # about someone else, in this person's lines: not guessed at
            theirs.add(line.number)
            if line.number in headers:  # 'their probs:': what follows is theirs, as problems
                continue
            parts: list[str] = []
            got = about_line(n, item, line.text, parts)
            if line.number in under:  # a line under 'their probs:': a problem, whatever else it reads as
                got = [Fact(f"interviewers[{n}].challenges", _BULLET.sub("", item).strip(" ."), line.text)]
            facts += got
            missed += [(line, p) for p in (parts if got else [item])]
            held = None if title else job_title(item)
            if held:
                titled.append((held, line.text))
        if len({t for t, _ in titled}) == 1:  # one job said, no title given: the job is their title
            from_job[section.name] = titled[0]
    boss = the_hiring_manager(facts)
    about = [  # each one's title and topics: 'volunteer no-shows' under 'their probs:' is the volunteer manager's
        " ".join(f.value for f in facts if re.match(rf"interviewers\[{k}\]\.(?:title|topics)$", f.field))
        for k in range(len(person_names))
    ]
    for line in lines:  # under 'their probs:': the one it names ('Lena: …'), else the hiring manager, else the only one
        whose, problem_said = problem_owner(line.text, person_names, boss, about)
        if line.number in under and line.number not in theirs | led.keys() and whose is not None:
            theirs.add(line.number)
            facts.append(Fact(f"interviewers[{whose}].challenges", problem_said, line.text))
    for number, (n, rest) in led.items():  # 'Jen - super chill. we both used to work on Fanuc arms': hers
        line = next(line for line in lines if line.number == number)
        theirs.add(line.number)
        for item in clauses(rest):
            parts = []
            got = about_line(n, item, line.text, parts)
            facts += got
            missed += [(line, p) for p in (parts if got else [item])]
    for line in lines:  # 'I mentioned: the churn model I built', in no one's lines read: a highlight
        mine = my_report(line.text) if line.number not in theirs and line.number not in whole else None
        if mine and not mine[0]:
            facts += [Fact("candidate.highlights", told, line.text) for told in mine[1]]
    for n, (name, title) in enumerate(several, start=len(people)):
        role = role_said(title or "", None)
        title = None if role and title and len(title.split()) <= 2 else title  # '(hiring mgr)' is no title
        facts += [
            Fact(f"interviewers[{n}].{k}", v, met_line or job or "") for k, v in (("name", name), ("title", title)) if v
        ]
        facts += [Fact(f"interviewers[{n}].role", role, met_line or job or "")] if role else []
    facts += email_facts(flat, person_names, me)
    not_kept: list[str] = []
    asked_of_me = {f.value for f in facts if f.field.endswith(".topics") and f.quote.casefold().find("asked") >= 0}
    for number, (kind, items) in whole.items():
        quote = next(line.text for line in lines if line.number == number)
        for item in items:
            when = deadline_off(item.strip(" .!"))[1] if kind == "requested" else None
            if when:  # 'send Priya the deck by Fri': when is no part of what is sent; said, not lost
                not_kept.append(when)
            sent = promise(item, person_names) if kind == "requested" else None
            if sent is not None:  # 'send Priya the dashboard by fri': Priya's, without the verb or the day
                who = sent[1] if sent[1] is not None else pronoun_whose(item, person_names, facts)
                target = "requested" if who is None else f"interviewers[{who}].requested"
                facts.append(Fact(target, sent[0], quote))
            elif kind == "requested":
                item = deadline_off(item)[0]
                try:
                    thing, who = for_whom(item, person_names)
                except ValueError:
                    thing, who = item, None
                if who is None:
                    thing, who = named_first(item, person_names)
                target = "requested" if who is None else f"interviewers[{who}].requested"
                facts.append(Fact(target, thing, quote))
            elif kind == "highlights" and (k := shared_with(item, person_names)) is not None:  # 'Rosa + me both …'
                facts.append(Fact(f"interviewers[{k}].rapport", item, quote))
            elif kind == "highlights" and (t := topic_in(item, person_names, boss, mine=True)):  # 'asked abt …'
                facts.append(Fact(f"interviewers[{t[0]}].topics", t[1], quote))
            elif kind in ("news", "highlights"):
                facts.append(Fact("company.news" if kind == "news" else "candidate.highlights", item, quote))
    read_lines = theirs | whole.keys() | led.keys() | naming | under | headers  # '"we move slow", Rosa said': hers
    topics, _, told = topic_lines(lines, read_lines, told, person_names, facts)
    facts += topics
    checked = check_facts(flat, [f for f in facts if not f.field.endswith(".requested")], today=today)
    data = notes_data(checked)
    tours = {f.value: f.quote for f in facts if f.field.endswith(".topics")}
    for person in data.get("interviewers", []):
        if not person.get("title") and person["name"] in from_job:  # 'runs the building': 'Building manager'
            person["title"] = from_job[person["name"]][0]  # what they asked, said as theirs ('how you handle …')
        person["topics"] = [
            as_theirs(t) if t in asked_of_me else toured(t, tours.get(t, "")) for t in person.get("topics", [])
        ] or None
        if person["topics"] is None:
            person.pop("topics")
    met_all = (
        data.get("interviewers") or []
    )  # '… actual interview w/ hiring mgr': the only one met is the hiring manager
    if len(met_all) == 1 and not met_all[0].get("role") and hiring_in_head([x.text for x in lines[:3]], person_names):
        met_all[0]["role"] = "hiring_manager"
    for f in facts:  # what a person asked for: checked as a list of the notes, filed under them
        if f.field.endswith(".requested"):
            kept = check_facts(flat, [Fact("requested", f.value, f.quote)], today=today)
            index = int(f.field[len("interviewers[") : f.field.index("]")])
            if kept[0].kept and index < len(data.get("interviewers", [])):
                data["interviewers"][index].setdefault("requested", []).append(f.value)
    decided_lines = [line.text for line in lines if line.number in whole and whole[line.number][0] == "decision"]
    own = [
        line.text
        for line in lines
        if line.number not in whole
        and calls_line(" " + _STEP.sub("", _BULLET.sub("", line.text)), data.get("interviewers") or [])
    ]
    calls = caller(data, decided_lines + own)  # 'Anika will email', a line of its own: who is in touch
    quotes = {c.field: c.quote for c in checked if c.kept}
    read = any(c.kept for c in checked)
    used = {" ".join(c.quote.split()) for c in checked if c.kept} | {  # every line read, not one per field
        " ".join(f.quote.split()) for f in facts if f.field.endswith(".requested")
    }
    used |= {
        " ".join(quote.split())
        for name, (_, quote) in from_job.items()
        if any(p["name"] == name and p.get("title") == from_job[name][0] for p in data.get("interviewers", []))
    }
    used |= {
        " ".join(t.split())
        for t in own
        if t not in calls
        and (
            said_by_contact(_BULLET.sub("", t), data)
            or any(p.get("primary_contact") for p in data.get("interviewers", []))
        )
    }
    used |= {" ".join(line.text.split()) for line in lines if line.number in headers or PEOPLE_HEADER.match(line.text)}
    unread = [line.text for line in lines if line.number not in whole and " ".join(line.text.split()) not in used]
    kinds = {line.text: "challenges" for line in lines if line.number in under and line.text in unread}
    titles = {p.get("title") for p in data.get("interviewers", [])} - {None}
    unread += [  # a part of a line read otherwise: shown, not lost (unless it was read as their title)
        part
        for line, part in missed
        if line.text not in unread
        and part not in unread
        and job_title(part) not in titles
        and line.text != quotes.get("interview.duration_minutes")  # 'she was sharp, ran 50 min': how long it was
    ]
    told = [t for t in told if not said_by_contact(t, data)]  # 'tasha will email': read, she is the contact
    unread += [c for c in [*told, *calls] if c not in unread]  # 'Jo will call': no one read by that name, shown
    asides = [(aside, u) for u in unread if (aside := aside_kind(_BULLET.sub("", u)))]  # 'super friendly': no topic
    asides += [("a note to yourself", note) for note in clean_requested(data)]  # '(scrub names first)': never sent
    unread = [u for u in unread if not any(u == a for _, a in asides)]
    day = None if (data.get("interview") or {}).get("at") else day_in_head([line.text for line in lines[:3]], today)
    if not data.get("interview"):
        data.pop("interview", None)
    return Pasted(
        data,
        "free text" if read else "",
        decision_said,
        quotes=quotes,
        unread=unread,
        not_kept=not_kept,
        kinds=kinds,
        asides=[(k, _BULLET.sub("", a)) for k, a in asides] + [("about the job", a) for a in job_asides],
        day_said=day,
    )
