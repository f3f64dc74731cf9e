"""What a LinkedIn thank-you says with the room its structure leaves (SPEC 2: 300 characters): the reader's second
item, and keenness for the role by name, with the next step to a recruiter. 'Hi Ji-woo, thank you for your time today
and for going over the relocation to Kamloops with me.' uses 100 of 300 characters; the writer says more of the notes
while it fits (template_writer._fit_linkedin keeps the fullest that does), never a line that fits any interview.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.writer.linkedin_news import news_line, their_problem
from afterview.writer.logistics import candidates_own, echoes

# the second item, said after the first: what a recruiter covered, what anyone else told the candidate about
_SECOND = {
    "recruiter": {
        # thanks to the reader for it, never the item as the subject of a stock line ("Covering the shift allowance
        # helped too." reads as a seam: writer50)
        "warm": ("Thanks too for going over {t}.", "Thanks too for explaining {t}."),
        "formal": ("I also appreciated the detail on {t}.", "Thank you also for explaining {t}."),
        "concise": ("Thanks too for covering {t}.", "Thanks for explaining {t} too."),
        "enthusiastic": ("Thanks so much for going over {t}.", "Thank you for explaining {t} too."),
    },
    "other": {  # words that fit a problem they described as well as a plan ('the dust at the sieving line')
        "warm": ("It was also good to hear about {t}.", "Hearing about {t} was useful too."),
        "formal": ("I also valued hearing about {t}.", "Your remarks on {t} were also of great interest."),
        "concise": ("Hearing about {t} was useful too.", "Good to hear about {t} too."),
        "enthusiastic": ("It was great to hear about {t} too.", "Hearing about {t} was a real bonus too."),
    },
    "clause": {  # 'how the notice period takes 3 months': heard, never "covering how …"
        "warm": ("It was also good to hear {t}.", "Hearing {t} was useful too."),
        "formal": ("I was also glad to hear {t}.", "It was also helpful to hear {t}."),
        "concise": ("Good to hear {t} too.", "Useful to hear {t} too."),
        "enthusiastic": ("It was great to hear {t} too.", "Hearing {t} was a real bonus too."),
    },
}
_CLAUSE_WORDS = {"how", "why", "what", "whether", "that", "when", "where", "who", "which"}
# keenness for the role by name; {step} is the step a recruiter set out, where the notes name one
_KEEN = {
    # the tone's own words, its '!' left to the opening (one reads as enthusiastic, three as overexcited:
    # tone/exclamations); each 'I <am> <keen> …' so that the step joins it ('… and happy to prepare for …'); four, so
    # that a retry of the run's drafts (pipeline.draft_all, Style.variant) finds one no other message says, and none
    # a status check says ('I remain very interested in the role.')
    "warm": (
        "I came away keen on {r}{step}.",
        "Our talk left me keen on {r}{step}.",
        "I'm really keen on {r}{step}.",
        "I'm now all the keener on {r}{step}.",
    ),
    "formal": (
        "I am keenly interested in {r}{step}.",
        "I am very interested in {r}{step}.",
        "I am most interested in {r}{step}.",
        "I am now all the more interested in {r}{step}.",
    ),
    "concise": (
        "I'm keen on {r}{step}.",
        "I'm very keen on {r}{step}.",
        "I'm definitely keen on {r}{step}.",
        "I'm keener than ever on {r}{step}.",
    ),
    "enthusiastic": (
        "I came away really excited about {r}{step}.",
        "Our talk left me excited about {r}{step}.",
        "I'm so excited about {r}{step}.",
        "I'm thrilled about {r}{step}.",
    ),
}
_STEP = {
    "formal": " and would be glad to prepare for {s} at your convenience",
    "concise": ", and ready for {s}",
    "enthusiastic": ", and ready for {s}",
}
# With no step set out, no keenness for the role by name ("Our talk left me keen on the Farm Operations Manager role."
# reads as a stock closer in any note): a short plain line of what comes next, fit to whom it is said (the people who
# decide: hearing from them; the recruiter: the process; anyone else: meeting again); to a colleague none: "It would be
# great to work together" fits any peer of any company (run54's judges), and a short real note beats a padded one
_NEXT_FOR = {
    "decides": (
        ("I look forward to hearing from you.", "I hope to hear from you soon."),
        ("I look forward to hearing from you.", "I hope to hear from you in due course."),
    ),
    "recruiter": (
        ("I look forward to the next steps.", "I look forward to hearing what comes next."),
        ("I look forward to hearing about the next steps.", "I look forward to hearing about the next stage."),
    ),
    # (never a goodbye to someone the candidate may work beside: "I hope our paths cross again" read as one, run55)
    "other": (
        ("I hope we get to talk again soon.", "I hope we talk again soon."),
        ("I hope we get the chance to talk again.", "I hope we talk again."),
    ),
}


def _reader(context: dict[str, Any]) -> str:
    role = str(context.get("role") or "")
    return role if role in ("recruiter", "peer") else "decides" if role in ("hiring_manager", "executive") else "other"


_NEXT = re.compile(r"\bnext (?:step|stage|round)s?\b", re.I)
_FOUND = ("I enjoyed finding out that ", "It was good to find out that ")
_STEP_ALONE = {
    "warm": "I'm happy to prepare for {s} whenever suits.",
    "formal": "I would be glad to prepare for {s} at your convenience.",
    "concise": "I'm ready for {s} whenever suits.",
    "enthusiastic": "I'm so ready for {s} whenever suits.",
}
_STEP_WARM = " and happy to prepare for {s} whenever suits"


def _said(part: str, body: str) -> bool:
    return part.lower() in body.lower()


def room(context: dict[str, Any], body: str) -> list[tuple[str, ...]]:
    """What the fullest LinkedIn thank-you adds to `body` (the structure rendered for a level): slots, each its
    wordings longest first, none already said there. A recruiter's terms reacted to (writer/logistics.py) already say
    their first two items, and a second topic after a process said whole would repeat it."""
    tone = str(context.get("tone") or "warm")
    tone = tone if tone in _KEEN else "warm"
    turn = int(context.get("index") or 0) % 2  # two notes of one run never say the same sentence
    many = int(context.get("index") or 0) % len(_KEEN["warm"])
    recruiter = context.get("role") == "recruiter"
    out: list[tuple[str, ...]] = []
    second = context.get("topic2")
    # a name alone ('the family business') is said in an opening, never on its own (writer/topic_detail.py), except
    # as what a recruiter covered; the step they set out is said with the keenness below
    plain = recruiter or context.get("topic2_says", True)
    if (
        second
        and plain
        and not _NEXT.search(second)
        and not echoes(second, str(context.get("logistics") or ""))
        and not candidates_own(second)
        and not context.get("process_said")
        and not _said(second, body)
    ):
        said_as = "clause" if second.split()[0].lower() in _CLAUSE_WORDS else "recruiter" if recruiter else "other"
        out.append((_SECOND[said_as][tone][turn].format(t=second),))
    problem = their_problem(context, body, tone, turn)
    if problem and not any(second and _said(second, " ".join(slot)) for slot in out):
        out.append(problem)
    shared = context.get("rapport") or {}
    said = shared.get("clause") or shared.get("noun")
    if said and not _said(said, body):  # the common ground a structure without it leaves out
        mine = said.split()[0].lower() in ("i", "i'm", "i've", "i'd", "my", "me")
        lead = ("It was fun to tell you that ", "I enjoyed telling you that ") if mine else _FOUND
        out.append((f"{lead[turn]}{said}." if shared.get("clause") else f"I also enjoyed our chat about {said}.",))
    elif not said:  # no common ground: the company's news, to those it is news to hear from (linkedin_news.py)
        news = news_line(context, body, tone, turn)
        if news:
            out.append(news)
    position = str(context.get("position") or "")
    noun = "position" if tone == "formal" else "role"
    named = f"the {position} {noun}" if position and not _said(position, body) else f"the {noun}"
    step = context.get("next_step") if recruiter and not _said(str(context.get("next_step")), body) else None
    keen = []
    if step:  # the keenness with the step, else the step alone
        keen.append(_KEEN[tone][many].format(r=named, step=_STEP.get(tone, _STEP_WARM).format(s=step)))
        keen.append(_STEP_ALONE.get(tone, _STEP_ALONE["warm"]).format(s=step))
        short = "I look forward to {s}." if tone == "formal" else "I'm ready for {s}."
        keen.append(short.format(s=step))
    elif _reader(context) != "peer":  # no step: the short plain line of what comes next for this reader
        line = _NEXT_FOR[_reader(context)][tone == "formal"][turn]
        if not ("look forward" in line and _said("look forward", body)):  # never the same wish twice
            keen.append(line)
    if keen:
        out.append(tuple(keen))
    return out


def fuller(slots: list[tuple[str, ...]]) -> list[list[str]]:
    """Every choice of one wording or none per slot, the fullest first: the most slots said, then the earlier slots
    (the reader's own item before the keenness), then the longest wordings (a LinkedIn thank-you keeps the first that
    fits its 300 characters)."""
    choices: list[list[str | None]] = [[]]
    for slot in slots:
        choices = [[*chosen, w] for chosen in choices for w in (*slot, None)]

    def fullness(chosen: list[str | None]) -> tuple[int, tuple[bool, ...], int]:
        said = [w for w in chosen if w]
        return len(said), tuple(w is not None for w in chosen), sum(len(w) for w in said)

    return [[w for w in chosen if w] for chosen in sorted(choices, key=fullness, reverse=True)]


_SIGN_OFF = re.compile(r"\n(?=[^\n]*\n?\Z)")  # the line break before the sign-off, the message's last line


def with_room(text: str, sentences: list[str]) -> str:
    """`text` (a LinkedIn message: one paragraph, then the sign-off line) with `sentences` at the end of the
    paragraph."""
    if not sentences:
        return text
    text = text.rstrip("\n")
    found = list(_SIGN_OFF.finditer(text))
    if not found:
        return text + " " + " ".join(sentences) + "\n"
    at = found[-1].start()
    return text[:at].rstrip() + " " + " ".join(sentences) + text[at:] + "\n"
