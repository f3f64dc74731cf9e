"""A paste that is no Markdown, read as free text, in turns: the facts lines say in a shape of their own (free_text),
the head of the notes (paste_head), the lines about the whole interview (paste_whole), each person's lines
(paste_sections), the lines that are only your own points or topics of someone's (paste_said, topic_lines), the notes
data checked (paste_data) and what is left over to show (paste_leftover)."""

from __future__ import annotations

from datetime import date

from afterview.notes.decision_line import why_decided
from afterview.notes.free_text import lines_of, read_facts, signature
from afterview.notes.head_day import day_in_head
from afterview.notes.import_people import email_facts, sections
from afterview.notes.importing import Fact
from afterview.notes.paste_data import checked_data
from afterview.notes.paste_head import read_head
from afterview.notes.paste_leftover import leftover
from afterview.notes.paste_lines import sentences
from afterview.notes.paste_said import my_report
from afterview.notes.paste_sections import BULLET, read_people, several_facts
from afterview.notes.paste_whole import file_whole, whole_lines
from afterview.notes.paste_whose import all_after
from afterview.notes.pasted import Pasted
from afterview.notes.person_labels import unlabel
from afterview.notes.problem_section import under_problem_headers
from afterview.notes.topic_lines import topic_lines


def read_free_text(text: str, today: date) -> Pasted:
    """What a paste in free text says, as notes data, with what it left unread."""
    from afterview.notes.dash_labels import colon_labels
    from afterview.notes.people_one_line import one_per_line
    from afterview.notes.square_brackets import round_brackets

    text = round_brackets(text)  # 'Sanne Bakker [data engineer] - …': the part read as in round brackets
    flat = unlabel(sentences(colon_labels(text)))  # 'interviewer: Raj Patel, site lead': the person, not a label
    flat, listed = one_per_line(flat)  # 'Ana Ruiz (ops dir) + Tom Lee (line lead)': a line for each
    facts = read_facts(flat, today, listed)
    lines = lines_of(flat)
    signed = signature(lines)
    signed_at = signed[1].number if signed else None
    head = read_head(flat, lines, facts, signed[0] if signed else None, listed)
    facts += head.facts
    people = sections(flat, head.names, stop=signed_at)
    if len(people) == 1 and len(head.met) == 1:  # the only one met, named in the head: a blank line ends nothing
        people = [all_after(people[0], lines, signed_at)]
    problems = under_problem_headers(flat, head.names)  # 'their probs:' and the lines under it
    whole = whole_lines(flat, lines, facts, signed_at, today)
    facts += whole.facts
    them = read_people(lines, flat, people, head.met, set(whole.lines), problems, facts)
    facts += them.facts
    for line in lines:  # 'I mentioned: the churn model I built', in no one's lines read: a highlight
        mine = my_report(line.text) if line.number not in them.theirs and line.number not in whole.lines else None
        if mine and not mine[0]:
            facts += [Fact("candidate.highlights", said, line.text) for said in mine[1]]
    facts += several_facts(head.met, len(people), head.met_line or head.job or "")
    facts += email_facts(flat, them.names, signed[0] if signed else None)
    asked_of_me = {f.value for f in facts if f.field.endswith(".topics") and f.quote.casefold().find("asked") >= 0}
    raw = flat.splitlines()  # '- send her the rota' among Hetty's bulleted lines: whose 'her' is
    owners = {
        line.number: n
        for n, section in enumerate(people)
        for line in section.lines[1:]
        if BULLET.match(raw[line.number - 1])
    }
    filed, not_kept = file_whole(whole.lines, lines, them.names, facts, them.boss, owners)
    facts += filed
    headers, under = problems
    read_lines = them.theirs | whole.lines.keys() | them.led.keys() | them.naming | under | headers
    topics, _, told = topic_lines(lines, read_lines, whole.told, them.names, facts)  # '"we move slow", Rosa said'
    facts += topics
    why = [t for t in told if why_decided(t)]  # 'mid-Jan bc of xmas shutdown': why then, no part of any message
    told = [t for t in told if t not in why]
    checked, data = checked_data(flat, lines, facts, them.names, them.from_job, asked_of_me, today)
    met = data.get("interviewers") or []
    for number, n in them.calls.items():  # 'said she'd call me' in Ana's lines: Ana is the one in touch
        if n < len(met) and not any(p.get("primary_contact") for p in met[:n] + met[n + 1 :]):
            met[n]["primary_contact"] = True
        else:
            them.theirs.discard(number)  # someone else is: shown, not dropped
    left = leftover(
        lines,
        data,
        checked,
        facts,
        whole=set(whole.lines),
        contact={k for k in them.calls if k in them.theirs},
        decided={n for n, (kind, _) in whole.lines.items() if kind == "decision"},
        problems=problems,
        missed=them.missed,
        told=told,
        from_job=them.from_job,
    )
    day = None if (data.get("interview") or {}).get("at") else day_in_head([line.text for line in lines[:3]], today)
    at_time = None
    if not (data.get("interview") or {}).get("at") and day is None and (head.met_line or head.job):
        from afterview.notes.meeting_line_parts import time_on_line  # '… - zoom 2pm, ~45min': today's, said back

        at_time = time_on_line(head.met_line or head.job or "")
    if not data.get("interview"):
        data.pop("interview", None)
    return Pasted(
        data,
        "free text" if any(c.kept for c in checked) else "",
        whole.decision_said,
        quotes={c.field: c.quote for c in checked if c.kept},
        unread=left.unread,
        not_kept=not_kept,
        kinds=left.kinds,
        asides=left.asides
        + [("about the job", a) for a in head.job_asides]
        + [("why they decide then", w) for w in why],
        day_said=day,
        job_or_title=head.job_or_title,
        time_said=at_time,
    )
