"""A status check never says again what the thank-you to the same person said (run27 judges: "repeats the thank-you
material in pasted-notes phrasing … reads as mechanical in a status check"; "reuses the farmhouse restoration, which
was likely already mentioned in the thank-you").

The point of contact was thanked first; the thank-you this writer drafts for them is drafted again and read: a tie
of the candidate's result or the company's news it said is given up in the check, which then brings what is new (the
candidate's news, other news) or nothing beyond the ask and the interest.
"""

from __future__ import annotations

from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Role
from afterview.writer.company_news import current_news
from afterview.writer.items import news_shape
from afterview.writer.jotted import is_jotted
from afterview.writer.known_news import news_known
from afterview.writer.news_date import before_interview
from afterview.writer.notes_traces import mended_sentence


def _said_in(text: str | None, body: str) -> bool:
    """Whether `text` is in `body` as it stands or as the last gate writes it ('3 weeks' → 'three weeks')."""
    said = str(text or "").lower()
    return bool(said) and (said in body.lower() or mended_sentence(said).lower() in body.lower())


def _news_said(news: dict[str, Any], body: str) -> bool:
    return any(_said_in(news.get(key), body) for key in ("gerund", "noun")) or bool(
        news.get("clause") and _said_in(str(news["clause"]).split(" ", 1)[-1], body)
    )


def without_repeats(context: dict[str, Any], thanks_body: str, request: DraftRequest) -> dict[str, Any]:
    """The status check's context without the tie (`tie_to`, `tie_past`, …) and the news the thank-you `thanks_body`
    already says; the company's other news, when it has some the thank-you did not say, in its place."""
    out = dict(context)
    if out.get("tie_to") and _said_in(out.get("tie_past"), thanks_body):
        out.update(tie_to=None, tie_past=None, tie_having=None, tie_noun=None)
    # (a recruiter's thank-you names the news only as padding, and their check is about the process: kept as it is)
    if request.planned.to.role is Role.recruiter or not (out.get("news") and _news_said(out["news"], thanks_body)):
        return out
    # the news is the check's one piece of value (a thank-you too short without it said it too, writer68): said again
    # rather than a bare "any update?" (SPEC 2)
    if not any(out.get(key) for key in ("since", "still_owed", "tie_to", "other_tie")) and not _other_news(request):
        return out
    out.update(news=None, news_help=None)
    notes = request.notes
    day = notes.interview.start.astimezone(notes.zone_of(request.planned.to)).date()
    company = str(out.get("company") or notes.company.name)
    for item in current_news(request, day):
        shape = news_shape(item, company)
        said = [str(v) for v in shape.values() if v]
        if not said or _news_said(shape, thanks_body) or any(is_jotted(v) for v in said):
            continue
        out.update(news=shape, news_old=before_interview(item, day), news_known=news_known(item, notes, day))
        break
    return out


def _other_news(request: DraftRequest) -> bool:
    """Whether the company has more than one piece of news (one the thank-you did not say may take its place)."""
    return len(request.notes.company.news) > 1
