"""Company news told at the wrong time (a `facts` error): news the notes date after the day the message is sent,
congratulated or told as done ("congratulations on opening the harbour branch on 9 May", sent on 2 May), and news
the notes date long before it, told as recent ("your recent award", of one the notes date a year earlier). The
notes' date of the news is compared with the send day; news looked forward to ("ahead of the opening on 9 May")
is right.
"""

from __future__ import annotations

import re
from datetime import date

from afterview.draft import Finding
from afterview.guardrails.claim_support import key_stems
from afterview.guardrails.dates import date_hits
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences, stems_match
from afterview.notes.model import Notes

# Told as done: congratulated, or said in the past.
_DONE = re.compile(
    r"\bcongrat\w*|\b(?:well done|kudos|bravo)\b|\b(?:has|have|had) (?:just |now |recently )?(?:\w+ed|won|begun|made"
    r"|built|grown)\b|\b(?:opened|launched|won|completed|finished|celebrated|signed|secured|acquired|unveiled"
    r"|introduced|reached|passed|delivered|closed|raised|received|hit|achieved|went live|came)\b",
    re.I,
)
# Looked forward to: a plan, a wish for it, a date ahead.
_AHEAD = re.compile(
    r"\b(?:will|'ll|\u2019ll|upcoming|forthcoming|coming|next|soon|ahead|planned|plans?|planning|on track|good luck"
    r"|best of luck|wish(?:ing)? (?:you|the team)|look(?:ing)? forward|due to|set to|about to|preparing|prepare|gearing"
    r"|in the run-up|lead-up|countdown|excit\w* (?:for|about) the|to come|future)\b",
    re.I,
)
_RECENT = re.compile(r"\b(?:recent(?:ly)?|just|latest|newly|this (?:week|month)|the other day)\b", re.I)
_STALE_DAYS = 180


@per_notes
def _dated_news(notes: Notes) -> tuple[tuple[list[str], date], ...]:
    """Each news item the notes date to the day: its key words and its date (a year alone, "stores in Utah in 2027",
    "funding through 2029", may date the plan, not the news: congratulating on the announcement is right)."""
    year = notes.interview.start.year
    out = []
    for item in notes.company.news:
        stems = key_stems(item, notes)
        hit = next(iter(date_hits(item)), None)
        if hit is not None:
            _, month, day, y = hit
            try:
                out.append((stems, date(y or year, month, day)))
            except ValueError:
                continue
    return tuple(out)


def _names(said: list[str], item: list[str]) -> bool:
    hits = sum(1 for w in item if any(stems_match(w, s) for s in said))
    return hits >= 2 or (len(item) == 1 and hits == 1)


def news_out_of_time(body: str, notes: Notes, sent: date) -> list[Finding]:
    news = _dated_news(notes)
    if not news:
        return []
    found: list[Finding] = []
    for sentence in sentences(body):
        said = key_stems(sentence.text, notes)
        for stems, when in news:
            if not _names(said, stems):
                continue
            if when > sent and _DONE.search(sentence.text) and not _AHEAD.search(sentence.text):
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "news_not_yet",
                        f"'{sentence.text.strip()[:80]}' tells the news as done, but your notes date it "
                        f"{when:%d %B %Y}, after this message is sent "
                        f"({sent:%d %B %Y}).",
                        (sentence.start, sentence.end),
                        "Look forward to it instead of congratulating them on it, or check the date in your notes.",
                    )
                )
                break
            stale = (sent - when).days > _STALE_DAYS
            recent = _RECENT.search(sentence.text)
            if stale and recent is not None:
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "stale_news",
                        f"'{recent.group()}' calls news recent that your notes date {when:%d %B %Y}, long before this"
                        " message is sent.",
                        (sentence.start, sentence.end),
                        "Drop 'recent', or mention news of theirs from the last few months.",
                    )
                )
                break
    return found
