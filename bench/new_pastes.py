"""Pasted notes for bench/new_time.py: the facts of its scenarios, jotted as a person would.

Written before looking at what `afterview new` reads from a paste, and not tuned to it afterwards.
Three texts per scenario: "jotted" (a notes app, a few lines and bullets) and "email" (an email to
oneself, in sentences), which the reader was then developed against (see new_time.py), and "terse"
(lowercase shorthand, a different order), written afterwards and committed before it was ever run.
Its first run (after commit 36826e0) found one fault that was then fixed, as a class (a line that
starts with a name the reader cannot place ended no one's lines, so the panel's Dana's challenge was
filed under Priya); nothing else was changed for it, so its misses stand ('hiring mgr', 'w/ Maya
Chen', 'Name / title', two people on one 'people:' line, a position in brackets). None names the
candidate: people rarely write their own name in notes.
"""

from __future__ import annotations

PASTES: dict[str, dict[str, str]] = {
    "thank-you": {
        "jotted": """\
Globex - Product Designer
video call today 10am, 45 min
Maya Chen (Design Lead) - hiring manager
- talked about the design system rebuild
me: rebuilt the design system at Initech
""",
        "email": """\
Interview notes - Product Designer role at Globex, today at 10am, 45 minutes on Zoom.
Spoke with Maya Chen, the Design Lead (she'd be my manager). We talked mostly about the design system rebuild.
Should mention that I rebuilt the design system at Initech.
""",
    },
    "panel": {
        "jotted": """\
Acme - Senior Backend Engineer, onsite today 2pm

Dana Lee, Engineering Manager (hiring mgr)
- moving billing to event sourcing
- problem: nightly batch jobs page the on-call team

Priya Shah, Technical Recruiter
- hiring timeline

they decide by Dec 4
send: portfolio link
my angle: led the Kafka migration at Northwind
""",
        "email": """\
Onsite at Acme today at 2pm for the Senior Backend Engineer job. Met Dana Lee (Engineering Manager, \
hiring manager) - she's moving billing to event sourcing, and their nightly batch jobs page the on-call \
team. Then Priya Shah, the technical recruiter, went over the hiring timeline. Decision by Dec 4. I \
promised to send my portfolio link. Bring up that I led the Kafka migration at Northwind.
""",
    },
    "trial": {
        "jotted": """\
Marlow & Finch - Inventory Planner
video, 10:30 today, 45 mins (London time)

Hannah Okoro - Planning Manager (my would-be boss)
* moving forecasting off spreadsheets into a new planning tool
* stockouts on best-sellers every peak season - big pain
* we both grew up in Leeds!

Tom Becker - Talent Partner, main contact
* hybrid setup, 2 days a week in the Bristol office

Hannah wants a sample of my forecast accuracy report
decision next Friday
news: they just opened a distribution centre in Daventry
me: cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points; fluent in Excel, \
learning Python
""",
        "email": """\
Just finished the video interview for Inventory Planner at Marlow & Finch (10:30 this morning, UK time, \
about 45 minutes).
Hannah Okoro is the Planning Manager and would be my manager. She's moving forecasting off spreadsheets \
into a new planning tool; their big headache is stockouts on best-sellers every peak season. Turns out we \
both grew up in Leeds.
Tom Becker (Talent Partner) is my main contact - he explained the hybrid setup, 2 days a week in the \
Bristol office.
I said I'd send Hannah a sample of my forecast accuracy report.
They'll decide by next Friday.
Saw they just opened a distribution centre in Daventry.
Points to make: cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points. \
Fluent in Excel, learning Python.
""",
    },
}

HELD_OUT: dict[str, str] = {
    "thank-you": """\
globex interview (product designer) 10am today
45 min on video w/ Maya Chen, design lead + hiring mgr
we covered: the design system rebuild
remember: rebuilt the design system at Initech
""",
    "panel": """\
today 2pm, acme office. role = senior backend engineer
panel:
Priya Shah (technical recruiter) - hiring timeline
Dana Lee / engineering manager / hiring manager
  - wants to move billing to event sourcing
  - pain point: nightly batch jobs page the on-call team
next steps: decision by 12/4, I owe them a portfolio link
highlight: led the Kafka migration at Northwind
""",
    "trial": """\
inventory planner @ Marlow & Finch, 10:30am today London time, 45 min video call
people: Hannah Okoro (planning manager, hiring mgr) + Tom Becker (talent partner, main contact)
Hannah: moving forecasting off spreadsheets into a new planning tool. \
Challenge: stockouts on best-sellers every peak season. In common: both grew up in Leeds
Tom: hybrid setup, 2 days a week in the Bristol office
to send: sample of my forecast accuracy report for Hannah
they'll decide next friday
company news: just opened a distribution centre in Daventry
me: cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points
""",
}
