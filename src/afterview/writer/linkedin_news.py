"""The one more thing a LinkedIn thank-you says when its structure names only the meeting or one topic (writer70): a
problem of theirs the note has not named, and, where no common ground is jotted, the company's news. 'Hi Oskar, thank
you for meeting me today. I look forward to hearing from you.' says nothing in 300 characters; a good one says their
point in their terms, one more item and a short close (writer/linkedin_room.py places them).

The news goes only to those a thank-you tells it to (thank_you_email.j2: a recruiter, an executive), never to the
people who made it, and never beside a tie of the candidate's, which says more."""

from __future__ import annotations

from typing import Any

# their problem, said as what stayed with the candidate: never solved, never "good to hear about" a problem
_PROBLEM = {
    "warm": ("I have been thinking about {c} since we spoke.", "I keep coming back to {c}."),
    "formal": ("I have given further thought to {c} since we spoke.", "I have continued to reflect on {c}."),
    "concise": ("I keep thinking about {c}.", "I have been thinking about {c} since."),
    "enthusiastic": ("I have been thinking about {c} ever since we spoke.", "I keep coming back to {c}."),
}
# words no other message of the run says (a status check's "Congratulations to the team on …", an email's "Warm
# congratulations on …"): people at one company compare notes (fluency/shared_sentence)
_NEWS_GERUND = {
    "warm": ("And congratulations on {n}.", "Congratulations, too, on {n}."),
    "formal": ("Congratulations, as well, on {n}.", "Congratulations, too, on {n}."),
    "concise": ("And congratulations on {n}.", "Congratulations, too, on {n}."),
    "enthusiastic": ("And huge congratulations on {n}.", "Congratulations, too, on {n}."),
}
_NEWS_CLAUSE = {
    "warm": ("It was good news to read that {n}.", "Great news that {n}."),
    "formal": ("It was good news to read that {n}.", "It was welcome news that {n}."),
    "concise": ("Great news that {n}.", "It was good news to read that {n}."),
    "enthusiastic": ("Great news that {n}.", "It was good news to read that {n}."),
}


def _said(part: str, body: str) -> bool:
    return part.lower() in body.lower()


def their_problem(context: dict[str, Any], body: str, tone: str, turn: int) -> tuple[str, ...] | None:
    """Their problem as a noun phrase ('the kiln downtime on the night shift'), when the message does not name it yet
    (beside the topic it names, or in place of one); None otherwise."""
    problem = context.get("challenge")
    if not isinstance(problem, str) or not problem or context.get("challenge_clause"):
        return None
    if _said(problem, body) or _said(problem.removeprefix("the "), body):
        return None
    if context.get("question") and _said(str(context["question"]), body):
        return None
    words = _PROBLEM.get(tone, _PROBLEM["warm"])
    return (words[turn].format(c=problem), words[1 - turn].format(c=problem))


def news_line(context: dict[str, Any], body: str, tone: str, turn: int) -> tuple[str, ...] | None:
    """The company's news as one short line to a recruiter or an executive, in the form the notes let it be said
    whole (writer/news_framing.py: 'opening a second kiln hall in Brno', 'Ceramo opened …'); None otherwise."""
    if context.get("role") not in ("recruiter", "executive"):
        return None
    news = context.get("news") or {}
    if not isinstance(news, dict):
        return None
    tie = str(context.get("tie_past") or context.get("tie_having") or "")
    if context.get("tie_to") and tie and _said(tie, body):
        return None  # a tie of the candidate's already says more than a congratulation
    gerund, clause = news.get("gerund"), news.get("clause")
    if gerund and not _said(gerund, body):
        words = _NEWS_GERUND.get(tone, _NEWS_GERUND["warm"])
        return (words[turn].format(n=gerund), words[1 - turn].format(n=gerund))
    if clause and not _said(clause, body):
        words = _NEWS_CLAUSE.get(tone, _NEWS_CLAUSE["warm"])
        return (words[turn].format(n=clause), words[1 - turn].format(n=clause))
    return None
