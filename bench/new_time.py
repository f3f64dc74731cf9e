"""How long `afterview new` takes a person: prompts read and characters typed, for three scenarios.

python bench/new_time.py [--transcript SCENARIO]

Each scenario's answers are piped into a real `afterview new` (one line per prompt, as a person
would type them) with this machine's timezone set to New York (a laptop's, which the timezone
default is taken from; the trial's machine was on UTC, so it is asked for the timezone); the
notes it writes are then drafted with `afterview draft`. A line
that is never asked for is caught (a sentinel after the last answer must not be read), so the
prompt count is exact. Person-time = characters / 190 per minute (a person typing notes) +
3 s per prompt read (an Enter on a skipped prompt counts as a prompt, not a character).

Paste scenarios (bench/new_pastes.py): the same facts jotted as notes, pasted at `new`'s first
prompt (counted as PASTE_SECONDS), then whatever `new` still asks is answered from the scenario's
facts by ANSWERS_TO, as that person would answer it (found by running `new` again until it reads
no sentinel), and counted as above. Through a pipe a paste ends at its first empty line, so the
pastes' blank lines are left out here (a terminal's bracketed paste keeps them).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NOW = "2026-11-24T16:00"
CHARS_PER_MINUTE = 190
SECONDS_PER_PROMPT = 3.0
SENTINEL = "UNASKED-ANSWER-SENTINEL"

# The same facts in both scenarios, before and after; only the questions (and so the answers) differ.
# Thank-you: one interviewer (Maya Chen, Design Lead, the hiring manager), a 45-minute video call,
# one topic and one highlight. Panel: Dana Lee (Engineering Manager, hiring manager: a topic and a
# challenge) and Priya Shah (Technical Recruiter: a topic), onsite, the portfolio link you said you
# would send, a decision by Dec 4, and one highlight.
SCENARIOS: dict[str, list[str]] = {
    "thank-you": [
        "",  # the offer to paste notes: Enter, to be asked question by question
        "Product Designer at Globex",  # position at company
        "today 10am",  # when (this machine's timezone)
        "",  # its read-back: Enter keeps it
        "45 min video",  # how long, and how
        "Sam Rivera",  # your name
        "Maya Chen, Design Lead",  # interviewer: name, title
        "hiring manager",  # part in hiring (the default guessed from 'Design Lead' is 'other')
        "the design system rebuild",  # anything else about Maya
        "",  # …and? done
        "",  # anyone else
        "",  # what you said you would send
        "",  # when they decide
        "",  # company news
        "rebuilt the design system at Initech",  # your highlights
        "",  # …and? done
    ],
    "panel": [
        "",  # the offer to paste notes
        "Senior Backend Engineer at Acme",
        "today 2pm",
        "",  # its read-back: Enter keeps it
        "onsite",  # how long: the default, 60 minutes
        "Sam Rivera",
        "Dana Lee, Engineering Manager",
        "",  # part in hiring: the default from the title, hiring manager
        "moving billing to event sourcing; Challenge: nightly batch jobs page the on-call team",
        "",
        "Priya Shah, Technical Recruiter",
        "",  # part in hiring: the default, recruiter
        "the hiring timeline",
        "",
        "",  # anyone else
        "portfolio link",
        "",
        "Dec 4",
        "",  # its read-back: Enter keeps it
        "",  # company news
        "led the Kafka migration at Northwind",
        "",
    ],
    # The first-use trial of 2 Dec (Jordan Ellis, Inventory Planner at Marlow & Finch; /work/wt/new2-trial):
    # the answers typed as in its transcript, on a UTC machine at 11:20 London time.
    "trial": [
        "",  # the offer to paste notes
        "Inventory Planner at Marlow & Finch",
        "London",  # the timezone: asked, the machine is on UTC
        "today 10:30",
        "",  # its read-back: Enter keeps it
        "45 min video",
        "Jordan Ellis",
        "Hannah Okoro, Planning Manager",
        "",  # part in hiring: the default, hiring manager
        "moving forecasting off spreadsheets into a new planning tool; Challenge: stockouts on best-sellers "
        "every peak season; In common: both grew up in Leeds",
        "",
        "Tom Becker, Talent Partner",
        "",  # recruiter
        "the hybrid setup, 2 days a week in the Bristol office; he's my main contact",
        "",
        "",  # anyone else
        "a sample of my forecast accuracy report, for Hannah",
        "",
        "next Friday",
        "",  # this week's Friday or the week after's? Enter: the week after's (Fri 11 Dec, as meant)
        "just opened a distribution centre in Daventry",
        "",
        "cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points",
        "fluent in Excel, learning Python",
        "",
    ],
}
MACHINE = {"trial": ("UTC", "2026-12-02T11:20")}  # its timezone and --now, where not New York's and NOW
# The same method on main at 4c37d78 (this morning's shorter `new`, before the read-backs could be
# corrected): thank-you 14 prompts, 155 characters; panel 19 prompts, 275 characters; the trial's
# own count (trial-report.md): 22 prompts, 582 characters.
BEFORE = {"thank-you": (14, 155), "panel": (19, 275), "trial": (22, 582)}
COMMANDS = ("afterview new", "afterview draft notes.md")  # typed once each, from nothing to a first draft


@dataclass
class Run:
    prompts: int
    chars: int
    transcript: str
    drafts: str


def minutes(prompts: int, chars: int) -> float:
    """A person's time: typing at CHARS_PER_MINUTE, plus SECONDS_PER_PROMPT to read each prompt."""
    return chars / CHARS_PER_MINUTE + prompts * SECONDS_PER_PROMPT / 60


def afterview(args: list[str], stdin: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def run(answers: list[str], tz: str = "America/New_York", now: str = NOW) -> Run:
    env = {**os.environ, "TZ": tz, "NO_COLOR": "1", "AFTERVIEW_CONFIG": os.devnull}
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.md"
        new = afterview(["new", str(notes), "--now", now], "\n".join([*answers, SENTINEL]) + "\n", env)
        if new.returncode != 0 or SENTINEL in new.stdout:
            raise SystemExit(f"`afterview new` did not take exactly these answers:\n{new.stdout}\n{new.stderr}")
        draft = afterview(["draft", str(notes), "--now", now], "", env)
        if draft.returncode != 0:
            raise SystemExit(f"`afterview draft` failed:\n{draft.stdout}\n{draft.stderr}")
    return Run(len(answers), sum(len(a) for a in answers), new.stdout, draft.stdout)


PASTE_SECONDS = 10.0
# What each scenario's person answers to whatever `new` asks after a paste: the first pattern found in
# the question wins. The same facts as SCENARIOS.
_ENTER = [(r"…and\?|understood|this week's", "")]
# Who was there, as each person answers "Who interviewed you?" and then "Anyone else?" (Enter when all are given).
PEOPLE = {
    "thank-you": ["Maya Chen, Design Lead"],
    "panel": ["Dana Lee, Engineering Manager", "Priya Shah, Technical Recruiter"],
    "trial": ["Hannah Okoro, Planning Manager", "Tom Becker, Talent Partner"],
}
ANSWERS_TO: dict[str, list[tuple[str, str]]] = {
    "thank-you": [
        *_ENTER,
        # lines a paste leaves unread, asked about once (issue 14, fourth pass): where each goes, as this person says
        (r"Not read: 1\) we covered: the design system rebuild; 2\) remember:", "Maya, mine"),
        (r"Which position", "Product Designer at Globex"),
        (r"Which company", "Globex"),
        (r"When did it start", "today 10am"),
        (r"How long", "45 min video"),
        (r"Your name", "Sam Rivera"),
        (r"Maya's part in hiring", "hiring manager"),
        (r"Anything else about Maya", "the design system rebuild"),
        (r"What experience", "rebuilt the design system at Initech"),
        (r"send them|decide|company news", ""),
    ],
    "panel": [
        *_ENTER,
        (r"Not read: my angle: led the Kafka", "mine"),
        (r"Not read: 1\) panel:", ""),  # Dana's lines, already told when asked about Dana
        (r"Which position", "Senior Backend Engineer at Acme"),
        (r"Which company", "Acme"),
        (r"When did it start", "today 2pm"),
        (r"How long", "onsite"),
        (r"Your name", "Sam Rivera"),
        (r"Dana's part in hiring", "hiring manager"),
        (r"Priya's part in hiring", "recruiter"),
        (
            r"Anything else about Dana",
            "moving billing to event sourcing; Challenge: nightly batch jobs page the on-call team",
        ),
        (r"Anything else about Priya", "the hiring timeline"),
        (r"send them", "portfolio link"),
        (r"decide", "Dec 4"),
        (r"What experience", "led the Kafka migration at Northwind"),
        (r"company news", ""),
    ],
    "trial": [
        *_ENTER,
        (r"Not read: 1\) Points to make: cut stockouts", "mine"),
        (r"Not read: 1\) people: Hannah Okoro", ""),  # told already when asked about each person
        (r"Which position", "Inventory Planner at Marlow & Finch"),
        (r"Which company", "Marlow & Finch"),
        (r"timezone", "London"),
        (r"When did it start", "today 10:30"),
        (r"How long", "45 min video"),
        (r"Your name", "Jordan Ellis"),
        (r"Hannah's part in hiring", "hiring manager"),
        (r"Tom's part in hiring", "recruiter"),
        (
            r"Anything else about Hannah",
            "moving forecasting off spreadsheets into a new planning tool; Challenge: stockouts on best-sellers "
            "every peak season; In common: both grew up in Leeds",
        ),
        (r"Anything else about Tom", "the hybrid setup, 2 days a week in the Bristol office; he's my main contact"),
        (r"send them", "a sample of my forecast accuracy report, for Hannah"),
        (r"decide", "next Friday"),
        (r"company news", "just opened a distribution centre in Daventry"),
        (
            r"What experience",
            "cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points; "
            "fluent in Excel, learning Python",
        ),
    ],
}


def pastes() -> dict[str, dict[str, str]]:
    """bench/new_pastes.py's texts, by scenario and style ('terse' is the held-out one)."""
    spec = importlib.util.spec_from_file_location("new_pastes", Path(__file__).with_name("new_pastes.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: {**texts, "terse": module.HELD_OUT[name]} for name, texts in module.PASTES.items()}


def answer_to(name: str, question: str, given: list[str], shown: str = "") -> str:
    """The scenario's answer to `question`; `given`: the answers so far, `shown`: what `new` said back
    (a person named in either is not named again)."""
    if re.search(r"Who interviewed you|Anyone else", question):
        said = [p for p in PEOPLE[name] if p not in given and f"who: {p.split(',')[0]}" not in shown]
        return said[0] if said else ""
    for pattern, answer in ANSWERS_TO[name]:
        if re.search(pattern, question):
            return answer
    raise SystemExit(f"no answer in ANSWERS_TO[{name!r}] for: {question}")


def _asked(stdout: str) -> str | None:
    """The question the sentinel answered, as one line: at the 'Not read' prompt, the lines said before it (each
    numbered on a line of its own, wrapped) joined back as '1) …; 2) …', else the sentinel's own line."""
    lines = stdout.splitlines()
    at = next((i for i, line in enumerate(lines) if SENTINEL in line), None)
    if at is None:
        return None
    if not lines[at].startswith("  Not read: add"):
        return lines[at]
    # the lines were said before the short prompt, then its help ('  Add any? …', wrapped): the list, joined
    start = at - 1
    while start > 0 and not lines[start].startswith("  Not read: "):
        start -= 1
    joined = lines[start]
    for line in lines[start + 1 : at]:
        if line.startswith("  Add any?"):
            break
        joined += ("; " if re.match(r"^ {12}\d+\) ", line) else " ") + line.strip()
    return joined


def run_paste(name: str, text: str, tz: str = "America/New_York", now: str = NOW) -> Run:
    """The paste, then an answer to each question `new` still asks; prompts and characters after the paste."""
    env = {**os.environ, "TZ": tz, "NO_COLOR": "1", "AFTERVIEW_CONFIG": os.devnull}
    lines = [line for line in text.splitlines() if line.strip()]
    answers: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.md"
        for _ in range(60):
            stdin = "\n".join([*lines, "", *answers, SENTINEL]) + "\n"
            new = afterview(["new", str(notes), "--now", now, "--force"], stdin, env)
            asked = _asked(new.stdout)
            if asked is None:
                break
            answers.append(answer_to(name, asked.split(SENTINEL)[0], answers, new.stdout))
        if new.returncode != 0:
            raise SystemExit(f"`afterview new` failed after the {name} paste:\n{new.stdout}\n{new.stderr}")
        draft = afterview(["draft", str(notes), "--now", now], "", env)
        if draft.returncode != 0:
            raise SystemExit(f"`afterview draft` failed:\n{draft.stdout}\n{draft.stderr}")
    return Run(len(answers), sum(len(a) for a in answers), new.stdout, draft.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--transcript",
        help="also print this scenario's transcript: thank-you, panel, trial, or e.g. panel:email for a paste",
    )
    args = parser.parse_args()
    extra = sum(len(c) for c in COMMANDS)
    print(f"typing {CHARS_PER_MINUTE} characters/minute, {SECONDS_PER_PROMPT:.0f} s to read each prompt")
    print(f"{'scenario':<10} {'':<7} {'prompts':>7} {'chars':>6} {'minutes':>8}   (+ the two commands: {extra} chars)")
    for name, answers in SCENARIOS.items():
        r = run(answers, *MACHINE.get(name, ("America/New_York", NOW)))
        for when, prompts, chars in (("before", *BEFORE[name]), ("now", r.prompts, r.chars)):
            alone = minutes(prompts, chars)
            total = minutes(prompts + len(COMMANDS), chars + extra)
            print(f"{name:<10} {when:<7} {prompts:>7} {chars:>6} {alone:>8.2f}   ({total:.2f} with the commands)")
        if args.transcript == name:
            print(f"\n$ afterview new notes.md\n{r.transcript}")
            print(f"$ afterview draft notes.md\n{r.drafts}")
        for style, text in pastes()[name].items():
            p = run_paste(name, text, *MACHINE.get(name, ("America/New_York", NOW)))
            alone = PASTE_SECONDS / 60 + minutes(p.prompts, p.chars)
            total = alone + minutes(len(COMMANDS), extra)
            label = f"paste:{style}" + (" (written after; see new_pastes)" if style == "terse" else "")
            print(f"{name:<10} {label:<7} {p.prompts:>7} {p.chars:>6} {alone:>8.2f}   ({total:.2f} with the commands)")
            if args.transcript == f"{name}:{style}":
                print(f"\n$ afterview new notes.md\n{p.transcript}")
                print(f"$ afterview draft notes.md\n{p.drafts}")


if __name__ == "__main__":
    main()
