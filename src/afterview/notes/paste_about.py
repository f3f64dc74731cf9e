"""What a pasted line says of one person, filed by the tags and words `new` reads in an answer about them: a
topic, a problem, common ground, something they asked for, the candidate's own report (a highlight), or nothing
(an aside, a cheer, their job, a tag that is not a person's) — left for the person to see as not read.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.about_person import read_about_person
from afterview.notes.answers import ROLE_WORDS
from afterview.notes.asides import ROTA, aside_kind, is_aside
from afterview.notes.common_ground import common_ground, is_cheer
from afterview.notes.emails import is_email
from afterview.notes.import_fit import kinds_of
from afterview.notes.import_people import _NAMED, _PRIMARY
from afterview.notes.importing import Fact, drop_brackets, mask_brackets
from afterview.notes.job_said import company_said, job_said, questions_asked
from afterview.notes.markdown import labels
from afterview.notes.news_said import news_said
from afterview.notes.paste_names import MET
from afterview.notes.paste_said import asked_for, clauses, my_report, problem, problem_said
from afterview.notes.topic_lines import QUOTED
from afterview.notes.worry_said import without_feeling

# where a naming line's head (name, title, part in hiring) ends and what it says of them begins
AFTER_HEAD = re.compile(
    r"\s[-–—]\s|(?<![A-Z][a-z])\.\s+|:\s|,\s+(?=(?:she|he|they|who|went|explained|walked|talked|told|asked)\b)"
)


def head_left(rest: str, title: str | None) -> list[str]:
    """The parts of a naming line's head (what follows the name, up to what it says of them) that are neither
    their title nor their part in hiring: 'Tom Okafor, sr eng, SCADA data pipeline - …' → ['SCADA data pipeline'],
    shown as not read rather than lost."""
    from afterview.notes.paste_names import role_said

    if rest.count(")") > rest.count("("):  # 'svc manager, on-call lead)': the name's bracket, opened before it
        rest = "(" + rest.lstrip(" (")
    masked = mask_brackets(rest)
    split = AFTER_HEAD.search(masked)
    head = rest[: split.start()] if split else rest
    left: list[str] = []
    head = head.strip(" ,;")
    cut = mask_brackets(head)  # '(svc manager, hiring)' is one part
    bounds = [0, *(x for m in re.finditer(r"\s*,\s*", cut) for x in (m.start(), m.end())), len(head)]
    parts: list[str] = []
    for part in (head[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)):
        for aside in re.findall(r"\(([^()]*,[^()]*)\)", part):  # '(svc manager, on-call lead)': each on its own
            parts += [p.strip() for p in aside.split(",")]
            part = part.replace(f"({aside})", "")
        parts.append(part)
    for part in parts:
        for aside in re.findall(r"\(([^()]*)\)", part):  # '(hiring mgr)' is their part; '(ops team)' is not read
            if aside.strip() and not role_said(aside, None) and (not title or aside not in title):
                left.append(f"({aside.strip()})")
        bare = drop_brackets(part).strip(" .")
        if not bare or (title and (bare.casefold() in title.casefold() or title.casefold() in bare.casefold())):
            continue
        if role_said(bare, None) or labels.norm(bare) in ROLE_WORDS or not re.search(r"[A-Za-z]{2}", bare):
            continue
        if _PRIMARY.search(bare) or is_email(bare.split()[-1]):  # 'my main contact', an address: read elsewhere
            continue
        left.append(bare)
    return left


def lines_about(section: Any, *, skip_first: bool = False) -> list[tuple[Any, str]]:
    """The lines about a person after the one naming them, and what the naming line goes on to say
    after its title ('Met Dana Lee (EM) - she's moving billing to Kafka'); `skip_first`: the naming line
    is the job line, which says nothing of them beyond their title."""
    first = section.lines[0]
    out = []
    named = None if skip_first else _NAMED.match(first.text) or MET.search(first.text)
    if named:
        rest = named.group("rest")
        masked = mask_brackets(rest)  # '(hiring mgr)' splits nothing
        if rest.count(")") > rest.count("("):  # 'HR bus. partner) - …': the name's bracket, opened before it
            masked = mask_brackets("(" + rest)[1:]
        split = AFTER_HEAD.search(masked)
        after = rest[split.end() :] if split else ""  # a bracketed detail stays with the part it follows
        bracketed = split is not None and re.fullmatch(r"\s*\(?[^()]*\)\s*", rest[: split.start()]) is not None
        from afterview.notes.paste_names import role_said  # 'Maya Chen (Design Lead) - hiring manager': her part

        if len(re.sub(r"\([^()]*\)", " ", after).split()) >= (2 if bracketed else 3) and not (
            bracketed and len(after.split()) <= 3 and role_said(after, None)
        ):  # '(recruiter) - pay bands'
            out += [(first, clause) for clause in clauses(after)]
    out += [(line, clause) for line in section.lines[1:] for clause in clauses(line.text)]
    return out


# 'she walked me through', 'we mostly talked about': the telling, before what was told
_TELLING = re.compile(
    r"^(?:(?:she|he|they|we|i)\s+)?(?:(?:mostly|mainly|also|briefly|largely)\s+)?"
    r"(?:explained|went over|went through|went thru|ran (?:me|us) (?:through|thru)|"
    r"walked (?:(?:me|us)\s+)?(?:through|thru)|gave (?:me|us) a (?:quick )?tour of|"
    r"took (?:me|us) (?:through|thru|around)|showed (?:me|us) around|toured (?:me|us) (?:through|thru|around)|"
    r"covered|described|told (?:me|us) about|cares?(?:\s+(?:a lot|a ton|deeply|most))?|"
    r"(?:is\s+)?(?:really\s+)?(?:big|keen|focused|passionate|hung up|fixated|obsessed)(?=\s+(?:on|about|abt)\b)|"
    r"showed (?:me|us)|talked|discussed|spoke|chatted)(?:\s+(?:mostly|mainly|a lot|at length|briefly))?"
    r"(?:\s+(?:about|abt|through|thru|how|on))?\s+(?=\S)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i'm|i've|i'll|me|my|myself)\b", re.I)
_SUBJECT_I = re.compile(r"^(?:i|i'd|i'm|i've|i'll|i’d|i’m|i’ve|i’ll|me|my|myself)\b", re.I)
# what says a thing is shared, though it names her side of it: 'both from the Iron Range (she's Hibbing, im …)'
_SHARED = re.compile(r"\b(?:i|i'd|i'm|i've|i'll|im|ive|me|my|myself|we|us|our|both)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers|she's|he's|she'd|he'd|she’s|he’s)\b", re.I)
# 'wants someone to own X', 'looking for a person who …', 'needs a self-starter who …': who they want to hire
_IN_THE_HIRE = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:(?:really|mainly|mostly)\s+)?"
    r"(?:wants?|wanted|needs?|needed|(?:is\s+|are\s+)?looking for|hoping for|would like|wants to hire|needs to hire)\s+"
    r"(?:someone|somebody|a person|people|a candidate|candidates|"
    r"a hire|an? [\w-]+(?:\s[\w-]+)?\s+who\b)",
    re.I,
)
_SMALL_TALK = re.compile(
    r"^(?:(?:we|she|he|they)\s+)?(?:joked|bonded|laughed|geeked out|nerded out)\s+(?:about|abt|over|on)\s+"
    r"(?P<what>\S.*)$",
    re.I,
)
_UNKNOWN_TAG = re.compile(r"^[A-Za-z][\w '’]{0,24}:\s")
_SIGH = re.compile(r"[\s,.;:-]*\b(?:ugh+|yikes|oof|sigh|smh|meh|omg|argh+)\b[\s.!]*$", re.I)
_LAUGH = re.compile(r"[\s,.!]*\b(?:lol|lmao|haha\w*|hehe)\b[\s.!]*$", re.I)


def about_line(n: int, item: str, quote: str, missed: list[str] | None = None) -> list[Fact]:
    """What one line says of a person, by the tags and words `new` reads in an answer about them; a line
    with a tag that is not a person's ('My angle: …') is left, not filed as a topic. `missed` gets each
    comma-part of the line that nothing was read from, when other parts were read."""
    # 'super direct', 'forgot to ask', 'go leathernecks': left unread ('… like me!!' is excitement, no aside)
    if aside_kind(quote) == "your questions":  # 'need to ask: hybrid days? pension match?': no part is theirs
        return []
    joked = _SMALL_TALK.match(item.strip())  # 'joked about the Mariners', 'bonded over sourdough': common ground
    if joked and not problem_said(joked.group("what")):
        return [Fact(f"interviewers[{n}].rapport", _LAUGH.sub("", joked.group("what")).strip(" .!"), quote)]
    if aside_kind(item) in (
        "impressions",
        "your questions",
        "pay",
        "the job's terms",
        "about them",
        "a note to yourself",
        "not talked about",
    ):  # 'vibe: relaxed', 'comp: 70k', 'start ideally jan', 'ask abt parking next time': kept aside
        return []
    item = _SIGH.sub("", item) or item  # '… -> they comped one, ugh': the sigh is no part of it, nor an aside
    quoted = QUOTED.match(item)
    if quoted:  # 'she said "we need someone who can coach"': a remark of theirs, quoted, is what they talked about
        return [Fact(f"interviewers[{n}].topics", quoted.group("said").strip(), quote)]
    if _UNKNOWN_TAG.match(item):  # 'rapport: …, i showed my beagle lol': the laugh is no part of it
        item = _LAUGH.sub("", item)
    laughed = _LAUGH.search(item)
    if laughed and item[: laughed.start()].strip(" .,!") and not _UNKNOWN_TAG.match(item):
        rest = _TELLING.sub("", item[: laughed.start()].strip(" .,!"))  # 'talked abt Chico's tacos lol': small talk
        if not is_aside(rest) and not aside_kind(rest):
            if common_ground(rest) or problem_said(rest):
                return about_line(n, rest, quote, missed)
            return [Fact(f"interviewers[{n}].rapport", rest, quote)]
    parts = re.split(r",\s+", item)  # 'quieter, cares abt volunteer retention': how they came across, then a topic
    if len(parts) > 1 and aside_kind(parts[0]) in ("impressions", "about them"):
        if missed is not None:
            missed.append(parts[0])
        return about_line(n, ", ".join(parts[1:]), quote, missed)
    if len(parts) > 1 and all(ROTA.match(p.strip()) for p in parts[1:]):
        if missed is not None:  # 'benefits + the rotation, 2 on/2 off is techs only': a topic, then the job's terms,
            missed.extend(parts[1:])  # said as kept aside
        return about_line(n, parts[0], quote, missed)
    if (is_aside(item) and not common_ground(item)) or is_cheer(item):
        return []
    item = item.strip().rstrip(".!")
    parts = re.split(r"\s+/\s+", item)  # 'both love hiking / she runs trails too': the second is about her
    if len(parts) > 1 and any(_THIRD_PERSON.search(p) for p in parts):
        item = " / ".join(p for p in parts if not _THIRD_PERSON.search(p))
        if not item:
            return []
    if (company_said(item) or news_said(item)) and not problem_said(item):  # '3 vets, growing fast': the news
        return [Fact("company.news", item, quote)]
    if _IN_THE_HIRE.match(item):  # 'wants someone to run the reminder texts': what they look for, nothing I send
        return []
    person = f"interviewers[{n}]"
    ground = common_ground(item)  # 'also went to Western Illinois like me', 'grew up in Dayton same as me'
    if ground:
        return [Fact(f"{person}.rapport", ground, quote)]
    said = problem(item)
    if said:  # 'big issue: phones overwhelmed mornings'
        return [Fact(f"{person}.challenges", without_feeling(said), quote)]
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
    if 1 < len(parts) <= 3 and not problem_said(parts[0]) and any(map(_verdict, parts[1:])):
        return [Fact(f"{person}.challenges", item, quote)]  # 'onboarding takes 6 weeks, way too long': one problem
    if 1 < len(parts) <= 3 and not problem_said(parts[0]) and (job_said(parts[0]) or any(map(problem_said, parts))):
        # 'pay, turnover awful': a topic, then a problem; 'runs the plant, 200 people': their job, only a problem kept
        kept = [p for p in parts if problem_said(p)] if job_said(parts[0]) else parts
        return _each(n, parts, quote, missed, kept)
    if 1 < len(parts) <= 3 and any(map(_own_part, parts[1:])):
        # 'route optimization, asked about my SQL work': a topic, then a question to me, each read on its own
        return _each(n, parts, quote, missed, parts)
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
        return [Fact(f"{person}.challenges", without_feeling(item), quote)]  # 'the AP team is swamped': theirs
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
        if key == "challenges" or not _THIRD_PERSON.search(value) or (key == "rapport" and _SHARED.search(value))
    ]
    facts += [Fact(f"{person}.requested", value, quote) for value in about.requested]
    if about.email:
        facts.append(Fact(f"{person}.email", about.email, quote))
    return facts


def _verdict(part: str) -> bool:
    """A short judgement of what comes before it, a problem with no subject of its own: 'way too long', 'super
    manual', 'really painful'; or its consequence, said with no subject of its own: 'nobody trained yet -> big
    worry', 'no one owns it', 'still not fixed'."""
    if problem_said(part) and _CONSEQUENCE.match(part):
        return True
    return len(part.split()) <= 4 and problem_said(part) and bool(_DEGREE.match(part))


_CONSEQUENCE = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:nobody|no one|no-one|noone|nothing|never|not|still|which|->|→)\b", re.I
)


_DEGREE = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:way|too|very|really|super|so|pretty|kinda|kind of|a bit|totally|still)\b", re.I
)


_WISH_PART = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:wants?|hoping|hopes?|planning|plans?|looking|keen|aiming)\s+to\s+\S", re.I
)


def _own_part(part: str) -> bool:
    """A comma-part that reads on its own: a question to me, my report, common ground, a request, a problem, what
    they want to do ('LED recipes per crop, want to move planning off excel')."""
    if _WISH_PART.match(part):
        return True
    return any(
        (my_report(part) is not None, questions_asked(part) is not None, common_ground(part), asked_for(part))
    ) or bool(problem(part))


def _each(n: int, parts: list[str], quote: str, missed: list[str] | None, kept: list[str]) -> list[Fact]:
    """The facts of each kept part; a part that gave none (or was not kept) goes to `missed`."""
    facts: list[Fact] = []
    for part in parts:
        found = about_line(n, part, quote, missed) if part in kept else []
        if not found and missed is not None:
            missed.append(part)
        facts += found
    return facts
