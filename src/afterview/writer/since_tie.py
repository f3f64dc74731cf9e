"""What the candidate has done since the interview, tied to what this reader raised.

A status check tells the candidate's news since the interview ('I have finished a course on vinegar syndrome'). Said
with "which I hope will be useful in the role", its best point is lost; said with the conversation it bears on ('…,
which felt especially relevant after our conversation about vinegar syndrome in the acetate collection'), the reader
sees why they are told. The tie holds when the two share two content words (relate.shares_stems), one problem area in
different words (relate.shares_domain), or one word that names what the news is about ('finished the marine engine
service course' ↔ 'boats off hire in June with engine faults'): never the verb that tells the news, a word for the
learning itself, a month, a length of time or a job title, which any two items share ('finished the course on …' ↔
'the finished units'; 'administrator certification' ↔ 'the administrator salary schedule'). The reader's item is said
as the context already says it (their problem first, then their topics); nothing jotted.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.guardrails.dates import MONTHS
from afterview.vocabulary import Kind
from afterview.writer.adapt import topic, usable_items
from afterview.writer.jotted import is_jotted
from afterview.writer.relate import shares_domain, shares_stems, stems
from afterview.writer.shorthand import prose


def since_about(context: dict[str, Any], request: DraftRequest) -> str | None:
    """The reader's problem or topic, as the context says it, that the candidate's news since the interview bears
    on; None in any other message, or when nothing of theirs relates."""
    if request.planned.kind is not Kind.status_check:
        return None
    news = [prose(item) for item in usable_items(request.notes.candidate.since_interview)]
    for key in ("challenge", "topic", "topic2"):
        said = context.get(key)
        if isinstance(said, str) and not is_jotted(said) and any(bears_on(n, said) for n in news):
            return said
    # a check says no problem of theirs of its own: what they raised at the interview is still theirs to hear about
    person = request.planned.to
    for item in usable_items([*person.challenges, *person.topics]):
        said = topic(prose(item))
        if not is_jotted(said) and _said_whole(said) and any(bears_on(n, said) for n in news):
            return said
    return None


def _said_whole(said: str) -> bool:
    """A problem said back as a phrase a sentence can hold: with its article or as a clause ('how boats are off hire
    for about two weeks'), or one with no figure left bare ('waiting list for custom saddles about 9 months' is notes).
    """
    return said.split(maxsplit=1)[0] in ("the", "your", "how", "whether") or not re.search(r"\d", said)


# Words two items share whatever they are about: how the news is told (the learning, its length, its date), and
# titles and groups of people any workplace has; by their stems (relate.stems cuts a long word to seven letters).
_NO_SUBJECT = frozenset(
    word[:7]
    for word in (
        "course courses certificate certification certified certify training class classes module exam programme "
        "program workshop diploma refresher unit e-learning online short long hour hours minute week day month sept "
        "staff manager administrator director coordinator officer assistant advisor advisory publish complete finish"
    ).split()
    + [form for month in MONTHS for form in (month, month[:3])]
)


def bears_on(news: str, said: str) -> bool:
    """Whether the candidate's news since the interview is about what the reader raised (see the module's text)."""
    if shares_stems(news, said) or shares_domain(news, said):
        return True
    told = news.split(maxsplit=1)[1] if " " in news else news  # 'finished …', 'spoke on …': the verb tells it
    return bool((stems(told) & stems(said)) - _NO_SUBJECT) or _shares_root(told, said) or _shares_short(told, said)


# short words any two workplace items share, whatever they are about (a short subject word, 'data', 'food', 'fire',
# 'kiln', is a link: 'the Azure Data Engineer certificate' ↔ 'pipeline failures in the data platform', writer70)
_SHORT_ANY = frozenset(
    "team work role plan site time year week days hour unit area rate cost case task lead next last good best well "
    "high full real each more most some only same open part line jobs shop desk room call mail back book step very "
    "much many also into from with that this what when your mine ours have been were will make made take kept".split()
)


def _shares_short(told: str, said: str) -> bool:
    """A word of four letters both items hold, no word any two items share (`_SHORT_ANY`), which stems leave out."""
    short = {w for w in re.findall(r"[a-z]{4}", told.lower()) if re.search(rf"\b{w}\b", told.lower())}
    return any(re.search(rf"\b{w}\b", said.lower()) for w in short - _SHORT_ANY)


def _roots(text: str) -> set[str]:
    """The roots of an item's longer words: 'untreated' → 'treat', 'pruning' → 'prune' (a lemma, a negating "un"
    taken off), a root of five letters or more that no two items share whatever they are about."""
    from afterview.writer.lemma import lemmas

    out = set()
    for word in re.findall(r"[a-z]{6,}", text.lower()):
        word = word[2:] if word.startswith("un") and len(word) > 7 else word
        for forms in lemmas(word).values():
            out |= {f for f in forms if len(f) >= 5 and f[:7] not in _NO_SUBJECT}
    return out


def _shares_root(told: str, said: str) -> bool:
    """'a course on borate treatment' ↔ 'borer beetles in untreated poles': a word of one is another's root with an
    ending ('treat' → 'treatment', 'untreated'), which stems cut to seven letters miss."""
    words = {w[2:] if w.startswith("un") and len(w) > 7 else w for w in re.findall(r"[a-z]{6,}", said.lower())}
    return any(w.startswith(root) for root in _roots(told) for w in words) or any(
        w.startswith(root) for root in _roots(said) for w in re.findall(r"[a-z]{6,}", told.lower())
    )
