"""Which of the company's news a message may say: usable items (writer/relate.py), never bad news a letter would
greet (writer/bad_news.py); in a status check what happened since the interview (or undated) first."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from afterview.vocabulary import Kind
from afterview.writer.adapt import usable_items
from afterview.writer.bad_news import unwelcome_news
from afterview.writer.news_date import before_interview

if TYPE_CHECKING:
    from afterview.draft import DraftRequest


def current_news(request: DraftRequest, interview_day: date) -> list[str]:
    """The company's news, in a status check what happened since the interview (or undated) first."""
    items = [n for n in usable_items(request.style.arrange(request.notes.company.news)) if not unwelcome_news(n)]
    if request.planned.kind is not Kind.status_check:
        return items
    return sorted(items, key=lambda n: before_interview(n, interview_day))  # stable: the user's order kept
