"""The head of a pasted note read as free text: the job and company, whoever its job line or a meeting line of its
own says was met, and the names of everyone the paste says was met."""

from __future__ import annotations

from dataclasses import dataclass, field

from afterview.notes.free_text import Line
from afterview.notes.head_met import met_in_job_line, person_in_job_line, person_on_meeting_line
from afterview.notes.import_people import names_in
from afterview.notes.importing import Fact
from afterview.notes.job_said import job_aside
from afterview.notes.job_words import DASHED
from afterview.notes.paste_lines import position_and_company, role_named, title_beside_job
from afterview.notes.paste_names import people_met
from afterview.notes.person_lines import more_people


@dataclass
class Head:
    position: str | None
    company: str | None
    job: str | None  # the line the job was read from: it names no one but the one met
    met: list[tuple[str, str | None]]  # who the job line or the meeting line says was met, with their title
    met_line: str | None  # 'phone call w/ Dr. Aileen MacNeil, owner/medical dir, 40 min': a line of the head of its own
    job_asides: list[str]  # what the job line says of the job that is no fact of the notes
    names: list[str]  # everyone met, the one named in the job line first
    facts: list[Fact] = field(default_factory=list)  # the job and company, when only the head's shape gives them
    job_or_title: tuple[str, str] | None = None  # ('Marisol Ortega', 'Studio Director'): the job said right after
    # the one met ('call w Marisol Ortega - Studio Director @ Casa Fuerte'), which may be their title: asked


def read_head(flat: str, lines: list[Line], facts: list[Fact], me: str | None, listed: list[str]) -> Head:
    """The head of the notes, given the facts read so far and the names on lines of only names (`listed`)."""
    found_facts: list[Fact] = []
    if not any(f.field == "position" for f in facts):
        for line in lines[:3]:
            found = position_and_company(line.text)
            if found:
                found_facts = [Fact("position", found[0], line.text), Fact("company.name", found[1], line.text)]
                break
    every = facts + found_facts
    position = next((f.value for f in every if f.field == "position"), None)
    company = next((f.value for f in every if f.field == "company.name"), None)
    job = next((f.quote for f in every if f.field == "position"), None)
    met = person_in_job_line(job) if job else []
    beside = title_beside_job(job, position) if job and position else None
    if len(met) == 1 and met[0][1] is None and beside:  # 'call w Marisol Ortega - Studio Director @ …': hers
        met = [(met[0][0], beside)]
    met_line = None
    for line in lines[:3] if not met else []:
        met = person_on_meeting_line(line.text) if line.text != job else []
        if met:
            met_line = line.text
            break
    if met_line and not company:  # 'call w/ Kirsty Nguyen - Digital Services Mgr, Port Adelaide Library Service'
        from afterview.notes.meeting_line_parts import company_on_line

        company = company_on_line(met_line, met)
        found_facts += [Fact("company.name", company, met_line)] if company else []
    job_asides = [] if not (job and position) else job_aside(job, position, company or "", met)
    names = people_met(flat, lines, not_names={n for n in (company, me) if n}, position=position)
    names += more_people(flat, names, not_names={n for n in (company, me, position) if n})
    known = {n.casefold() for n in [*names, company or "", me or "", position or ""]}
    names += [n for n in listed if n.casefold() not in known]  # a line of only names: each one met
    for head in (job, met_line):
        names = [n for n in names if not (head and names_in(Line(0, head), n))]
    if len(met) == 1:  # the one met: the lines after the job line are theirs
        names.insert(0, met[0][0])
    doubt = _job_after_the_one_met(job, position, met) if job and position else None
    return Head(position, company, job, met, met_line, job_asides, names, found_facts, doubt)


def _job_after_the_one_met(job: str, position: str, met: list[tuple[str, str | None]]) -> tuple[str, str] | None:
    """(name, the job read) when the job line gives the job in the part right after the one person it meets, with
    no title of theirs and no role named as applied for: 'call w Marisol Ortega - Studio Director @ Casa Fuerte'."""
    if len(met) != 1 or met[0][1] is not None or role_named(job):
        return None
    parts = DASHED.split(job.strip())
    at = next((i for i, part in enumerate(parts) if met_in_job_line(part)), None)
    if at is None or at + 1 >= len(parts) or not parts[at + 1].strip().startswith(position):
        return None
    return met[0][0], position
