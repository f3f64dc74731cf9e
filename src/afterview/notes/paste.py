"""Notes pasted into `afterview new`, read offline into notes data: the Markdown conventions when the
paste follows them, else what code reads in free text (free_text.py, import_people.py, paste_lines.py).

Every value is a span of the paste, checked as `import` checks what it keeps (importing.check_facts):
nothing is guessed, and what the paste does not say is left for the questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from afterview.errors import NotesError
from afterview.notes.about_person import read_about_person
from afterview.notes.answers import ROLE_WORDS
from afterview.notes.asides import is_aside
from afterview.notes.common_ground import common_ground, is_cheer
from afterview.notes.free_text import Line, lines_of, read_facts, signature
from afterview.notes.import_fit import kinds_of
from afterview.notes.import_people import (
    _NAMED,
    _ROLE_ORDER,
    email_facts,
    names_in,
    people_named,
    person_facts,
    sections,
    title_on,
)
from afterview.notes.importing import Fact, check_facts, notes_data, unglue
from afterview.notes.job_said import job_said, questions_asked, toured
from afterview.notes.markdown import labels
from afterview.notes.paste_lines import (
    CALLER,
    JOB_WORD,
    decision_in,
    person_in_job_line,
    position_and_company,
    sentences,
    whole_interview,
)
from afterview.notes.paste_said import as_theirs, asked_for, clauses, my_report, problem, problem_said, promise
from afterview.notes.person_labels import unlabel
from afterview.notes.person_lines import more_people, title_of
from afterview.notes.recipient import for_whom

MAX_PASTE = 20_000  # characters: a page or two of notes


@dataclass
class Pasted:
    data: dict[str, Any]  # notes data, only what the paste says
    how: str  # "markdown", "free text" or "" (nothing read)
    decision_said: str = ""  # the words the decision date was read from ('next Friday')
    problem: str = ""  # why the Markdown reading failed, when the paste looked like Markdown
    quotes: dict[str, str] = field(default_factory=dict)  # field → the line it was read from
    unread: list[str] = field(default_factory=list)  # lines (sentences) nothing was read from

    @property
    def maybe_people(self) -> list[str]:
        """Unread lines that start with what looks like a name: someone the reader may have missed."""
        return [line for line in self.unread if _someone_else(line, "")]


def read_paste(text: str, today: date) -> Pasted:
    """What the paste says, as notes data; nothing at all when nothing in it can be read."""
    text = text[:MAX_PASTE]
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
    flat = unlabel(sentences(text))  # 'interviewer: Raj Patel, site lead': the person, not a label
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
    names = _people(flat, lines, not_names={n for n in (company, me) if n}, position=position)
    names += more_people(flat, names, not_names={n for n in (company, me, position) if n})
    if job:
        names = [n for n in names if not names_in(Line(0, job), n)]
    if len(met) == 1:  # the one met: the lines after the job line are theirs
        names.insert(0, met[0][0])
    people = sections(flat, names, stop=signed[1].number if signed else None)
    whole: dict[int, tuple[str, list[str]]] = {}
    decision_said = ""
    anchor = next((date.fromisoformat(f.value[:10]) for f in facts if f.field == "interview.at"), today)
    for line in lines:
        said = whole_interview(line.text) if not (signed and line.number == signed[1].number) else None
        if said is not None:
            whole[line.number] = said
        decided = decision_in(line.text, anchor)
        if decided is not None and not decision_said:
            decision_said = decided[1]
            if not any(f.field == "interview.decision_by" for f in facts):
                facts.append(Fact("interview.decision_by", decided[0].isoformat(), line.text))
        if decided is not None or any(f.field == "interview.decision_by" and f.quote == line.text for f in facts):
            whole.setdefault(line.number, ("decision", []))
    several = met if len(met) > 1 else []  # 'panel w/ Dana Ruiz (HM) & Tom Lee': no lines of their own
    person_names = [s.name for s in people] + [name for name, _ in several]
    for n, section in enumerate(people):
        facts += [f for f in person_facts(section, n) if not f.field.endswith(".role")]
        first = section.lines[0].text
        if len(met) == 1 and section.given == met[0][0]:  # named in the job line: its title is theirs
            first = next(p for p in re.split(r"\s+[-–—|]\s+", first) if met[0][0] in p)
            title = met[0][1]
        else:
            title = (
                title_on(section.lines[0], section.given)
                or _title_after(first, section.name)
                or title_of(first, section.name)
            )
        if title:
            title = re.split(r"\s+(?:and|who|but|which)\s+", title)[0]
        if title and labels.norm(title) in ROLE_WORDS:  # 'Omar Diaz - recruiter': a part in hiring, no title
            title = None
        if title:
            facts.append(Fact(f"interviewers[{n}].title", title, section.lines[0].text))
        role = _role_said(first, title)
        if role:
            facts.append(Fact(f"interviewers[{n}].role", role, section.lines[0].text))
        for line, item in _said_of(section, skip_first=first != section.lines[0].text):
            if line.number in whole:  # a line about the interview as a whole: what follows is not theirs
                break
            if line is not section.lines[0] and _someone_else(line.text, section.name):
                break  # a line that starts with another name: theirs, though they could not be read
            others = [name for name in person_names if name != section.name]
            if any(names_in(line, name) or names_in(line, name.split()[0]) for name in others):
                continue  # about someone else, in this person's lines: not guessed at
            facts += _about(n, item, line.text)
    theirs = {number for section in people for number in section.numbers}
    for line in lines:  # 'I mentioned: the churn model I built', in nobody's lines: a highlight
        mine = my_report(line.text) if line.number not in theirs and line.number not in whole else None
        if mine and not mine[0]:
            facts += [Fact("candidate.highlights", told, line.text) for told in mine[1]]
    for n, (name, title) in enumerate(several, start=len(people)):
        role = _role_said(title or "", None)
        title = None if role and title and len(title.split()) <= 2 else title  # '(hiring mgr)' is no title
        facts += [Fact(f"interviewers[{n}].{k}", v, job or "") for k, v in (("name", name), ("title", title)) if v]
        facts += [Fact(f"interviewers[{n}].role", role, job or "")] if role else []
    facts += email_facts(flat, person_names, me)
    asked_of_me = {f.value for f in facts if f.field.endswith(".topics") and f.quote.casefold().find("asked") >= 0}
    for number, (kind, items) in whole.items():
        quote = next(line.text for line in lines if line.number == number)
        for item in items:
            sent = promise(item, person_names) if kind == "requested" else None
            if sent is not None:  # 'send Priya the dashboard by fri': Priya's, without the verb or the day
                target = "requested" if sent[1] is None else f"interviewers[{sent[1]}].requested"
                facts.append(Fact(target, sent[0], quote))
            elif kind == "requested":
                try:
                    thing, who = for_whom(item, person_names)
                except ValueError:
                    thing, who = item, None
                if who is None:
                    thing, who = _named_first(item, person_names)
                target = "requested" if who is None else f"interviewers[{who}].requested"
                facts.append(Fact(target, thing, quote))
            elif kind in ("news", "highlights"):
                facts.append(Fact("company.news" if kind == "news" else "candidate.highlights", item, quote))
    checked = check_facts(flat, [f for f in facts if not f.field.endswith(".requested")], today=today)
    data = notes_data(checked)
    tours = {f.value: f.quote for f in facts if f.field.endswith(".topics")}
    for person in data.get("interviewers", []):  # what they asked, said as theirs ('how you handle …')
        person["topics"] = [
            as_theirs(t) if t in asked_of_me else toured(t, tours.get(t, "")) for t in person.get("topics", [])
        ] or None
        if person["topics"] is None:
            person.pop("topics")
    for f in facts:  # what a person asked for: checked as a list of the notes, filed under them
        if f.field.endswith(".requested"):
            kept = check_facts(flat, [Fact("requested", f.value, f.quote)], today=today)
            index = int(f.field[len("interviewers[") : f.field.index("]")])
            if kept[0].kept and index < len(data.get("interviewers", [])):
                data["interviewers"][index].setdefault("requested", []).append(f.value)
    _caller(data, [line.text for line in lines if line.number in whole and whole[line.number][0] == "decision"])
    quotes = {c.field: c.quote for c in checked if c.kept}
    read = any(c.kept for c in checked)
    used = {" ".join(c.quote.split()) for c in checked if c.kept} | {  # every line read, not one per field
        " ".join(f.quote.split()) for f in facts if f.field.endswith(".requested")
    }
    unread = [line.text for line in lines if line.number not in whole and " ".join(line.text.split()) not in used]
    if not data.get("interview"):
        data.pop("interview", None)
    return Pasted(data, "free text" if read else "", decision_said, quotes=quotes, unread=unread)


def _caller(data: dict[str, Any], decided: list[str]) -> None:
    """'decision by Fri, Marcus said he'd call': Marcus is your point of contact, when no one else is."""
    people = data.get("interviewers") or []
    if any(p.get("primary_contact") for p in people):
        return
    for line in decided:
        found = CALLER.search(line)
        who = found.group("who").casefold() if found else ""
        match = [p for p in people if who in (p["name"].casefold(), p["name"].split()[0].casefold())]
        if len(match) == 1:
            match[0]["primary_contact"] = True
            return


def _said_of(section: Any, *, skip_first: bool = False) -> list[tuple[Any, str]]:
    """The lines about a person after the one naming them, and what the naming line goes on to say
    after its title ('Met Dana Lee (EM) - she's moving billing to Kafka'); `skip_first`: the naming line
    is the job line, which says nothing of them beyond their title."""
    first = section.lines[0]
    out = []
    named = None if skip_first else _NAMED.match(first.text) or _MET.search(first.text)
    if named:
        rest = re.sub(r"\([^()]*\)", " ", named.group("rest"))
        after = re.split(
            r"\s[-–—]\s|(?<![A-Z][a-z])\.\s+|:\s|,\s+(?=(?:she|he|they|who|went|explained|walked|talked|told|asked)\b)",
            rest,
            maxsplit=1,
        )
        if len(after) == 2 and len(after[1].split()) >= 3:
            out += [(first, clause) for clause in clauses(after[1])]
    out += [(line, clause) for line in section.lines[1:] for clause in clauses(line.text)]
    return out


_STARTERS = r"(?!(?:Then|First|Next|Also|And|After|Later|Finally|Plus|But|So|Met|Spoke|Talked|Had|Just)\b)"
_NAME = _STARTERS + r"(?:Dr\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da|del)){1,2}"
# 'First I met Carla Mendes, the Analytics Director', 'then Raj Patel from HR explained …': a name met in a sentence
_MET = re.compile(
    rf"(?:^|\b(?i:met|meet|meeting|with|to|then|and|by|interviewer|recruiter)\s+)(?P<name>{_NAME})"
    r"(?:\s*[,(:–—-]\s*|\s+(?:from|of|in|on|is|was|who's|who is|runs|leads|heads)\s+)(?P<rest>\S.*)"
)


def _people(flat: str, lines: list[Any], *, not_names: set[str], position: str | None) -> list[str]:
    """The people the paste names: a line that starts with a name and a title (import_people), or a
    name met in a sentence with a title or a part in hiring close after it; in the order they come."""
    found = people_named(flat, not_names=not_names, position=position)
    skip = {n.casefold() for n in not_names} | {n.casefold() for n in found}
    where: dict[str, int] = {}
    for line in lines:
        for met in _MET.finditer(line.text):
            name, rest = met.group("name"), " ".join(met.group("rest").split()[:6])
            if (
                name.casefold() in skip
                or JOB_WORD.search(name)
                or (position and position.casefold() == met.group("rest").casefold().strip(" .'-"))
            ):
                continue
            if JOB_WORD.search(rest) or any(f" {w} " in f" {labels.norm(rest)} " for w in labels.ROLES):
                skip.add(name.casefold())
                found.append(name)
    for name in found:
        where[name] = next((line.number for line in lines if name.casefold() in line.text.casefold()), 0)
    return sorted(found, key=where.__getitem__)


_LINE_NAME = re.compile(r"^\W*(?P<name>" + _STARTERS + r"[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)\b")


def _someone_else(text: str, name: str) -> bool:
    """The line starts with a first name and a surname that are not `name`'s ('Dana Lee / manager')."""
    found = _LINE_NAME.match(text)
    return found is not None and found.group("name").casefold() not in name.casefold()


def _role_said(text: str, title: str | None) -> str | None:
    """Their part in hiring when the line says it besides their job title ('(hiring manager)', 'my boss',
    'from HR'); a title alone ('Engineering Manager') is left for the question, its guess the default."""
    if title:
        at = text.casefold().find(title.casefold())
        text = text[:at] + " " + text[at + len(title) :] if at >= 0 else text
    from afterview.shorthand_words import CLIPPED_WORDS  # 'hiring mgr' is 'hiring manager'

    words = " " + " ".join(CLIPPED_WORDS.get(w, w) for w in labels.norm(unglue(text)).split()) + " "
    for role in _ROLE_ORDER:
        if any(f" {w} " in words for w, target in labels.ROLES.items() if target == role):
            return role
    return None


def _title_after(text: str, name: str) -> str | None:
    """'Analytics Director' from '… Carla Mendes, the Analytics Director. …'."""
    at = text.casefold().find(name.casefold())
    if at < 0:
        return None
    rest = re.sub(r"^\s*(?:[,(\[:–—-]\s*|(?:is|was)\s+)", "", text[at + len(name) :])
    title = re.split(r"[.;,()\[\]]|\s[-–—]\s|\s+(?:and|who|but|at|from)\s+", rest)[0].strip()
    title = re.sub(r"^(?:the|a|an|my|our|their|his|her)\s+", "", title, flags=re.I)
    return title if title and JOB_WORD.search(title) and len(title.split()) <= 5 else None


# 'she walked me through', 'we mostly talked about': the telling, before what was told
_TELLING = re.compile(
    r"^(?:(?:she|he|they|we|i)\s+)?(?:(?:mostly|mainly|also|briefly|largely)\s+)?"
    r"(?:explained|went over|went through|walked (?:(?:me|us)\s+)?(?:through|thru)|gave (?:me|us) a (?:quick )?tour of|"
    r"took (?:me|us) (?:through|thru|around)|showed (?:me|us) around|toured (?:me|us) (?:through|thru|around)|"
    r"covered|described|told (?:me|us) about|"
    r"showed (?:me|us)|talked|discussed|spoke|chatted)(?:\s+(?:mostly|mainly|a lot|at length|briefly))?"
    r"(?:\s+(?:about|abt|through|thru|how))?\s+(?=\S)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i'm|i've|i'll|me|my|myself)\b", re.I)
_SUBJECT_I = re.compile(r"^(?:i|i'd|i'm|i've|i'll|i’d|i’m|i’ve|i’ll|me|my|myself)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers|she's|he's|she'd|he'd|she’s|he’s)\b", re.I)
_UNKNOWN_TAG = re.compile(r"^[A-Za-z][\w '’]{0,24}:\s")


def _about(n: int, item: str, quote: str) -> list[Fact]:
    """What one line says of a person, by the tags and words `new` reads in an answer about them; a line
    with a tag that is not a person's ('My angle: …') is left, not filed as a topic."""
    # 'super direct', 'forgot to ask', 'go leathernecks': left unread ('… like me!!' is excitement, no aside)
    if (is_aside(item) and not common_ground(item)) or is_cheer(item):
        return []
    item = item.strip().rstrip(".!")
    parts = re.split(r"\s+/\s+", item)  # 'both love hiking / she runs trails too': the second is about her
    if len(parts) > 1 and any(_THIRD_PERSON.search(p) for p in parts):
        item = " / ".join(p for p in parts if not _THIRD_PERSON.search(p))
        if not item:
            return []
    person = f"interviewers[{n}]"
    ground = common_ground(item)  # 'also went to Western Illinois like me', 'grew up in Dayton same as me'
    if ground:
        return [Fact(f"{person}.rapport", ground, quote)]
    said = problem(item)
    if said:  # 'big issue: phones overwhelmed mornings'
        return [Fact(f"{person}.challenges", said, quote)]
    wanted = asked_for(item)
    if wanted:  # 'wants 2 references -> i said i'd email them tmrw'
        return [Fact(f"{person}.requested", wanted, quote)]
    subjects = questions_asked(item)
    if subjects is not None:  # 'asked behavioral q's, safety culture': a question to you; what it was about, theirs
        return [Fact(f"{person}.topics", k, quote) for k in subjects]
    mine = my_report(item)
    if mine is not None:  # what they asked me is their topic; what I said of myself, a highlight
        asked, told = mine
        return [Fact(f"{person}.topics", a, quote) for a in asked] + [
            Fact("candidate.highlights", t, quote) for t in told
        ]
    plain = _TELLING.sub("", item)
    parts = re.split(r",\s+", plain) if not _UNKNOWN_TAG.match(item) else [plain]
    if 1 < len(parts) <= 3 and not problem_said(parts[0]) and (job_said(parts[0]) or any(map(problem_said, parts))):
        return [f for p in parts for f in _about(n, p, quote)]  # 'pay, turnover awful': a topic, then a problem
    if job_said(plain) and not problem_said(plain):  # 'runs the building': their job, not what they talked about
        return []
    if _SUBJECT_I.match(item):  # 'I said I'd shadow a shift': the candidate's own line, never their topic
        return []
    tag = _UNKNOWN_TAG.match(item)
    if not tag and _FIRST_PERSON.search(
        _TELLING.sub("", item)
    ):  # 'only person i met': mine, not what they talked about
        return []
    if tag and labels.norm(tag.group(0).rstrip(": ")) not in labels.PERSON:
        return []
    if not tag and problem_said(item) and not re.match(r"^(?:we\s+)?both\b", item, re.I):
        return [Fact(f"{person}.challenges", item, quote)]  # 'the AP team is swamped': a problem of theirs
    try:
        about = read_about_person(item if tag else _TELLING.sub("", item))
    except ValueError:  # a tag for another part of the notes, or an address that is no address
        return []
    for topic in list(about.topics):  # an untagged line that reads only as a problem, or only as common ground
        kinds = kinds_of(topic) - {"company news", "what was talked about"}  # not said of a person
        if kinds in ({"a problem"}, {"common ground"}):
            about.topics.remove(topic)
            (about.challenges if kinds == {"a problem"} else about.rapport).append(topic)
    facts = [  # 'she grows tomatoes too' is never said back to her
        Fact(f"{person}.{key}", value, quote)
        for key in ("topics", "challenges", "rapport")
        for value in getattr(about, key)
        if key == "challenges" or not _THIRD_PERSON.search(value)
    ]
    facts += [Fact(f"{person}.requested", value, quote) for value in about.requested]
    if about.email:
        facts.append(Fact(f"{person}.email", about.email, quote))
    return facts


def _named_first(item: str, names: list[str]) -> tuple[str, int | None]:
    """'Hannah a sample of my report' (from 'I said I'd send Hannah …'): Hannah's, without her name."""
    for n, name in enumerate(names):
        for said in (name, name.split()[0]):
            if item.casefold().startswith(said.casefold() + " ") and len(item) > len(said) + 3:
                return item[len(said) :].strip(), n
    return item, None
