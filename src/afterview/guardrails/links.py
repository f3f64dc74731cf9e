"""Links and email addresses in a draft: only the candidate's own, or an interviewer's address.

A model-written draft can only know what the prompt gave it, so any other link is invented or copied
from an instruction pasted into the notes (an error). In a draft you wrote, or the template's, an
unknown link is worth a look (a warning), and a shortened link always is: it hides where it goes.
Reported under `facts`.
"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.support import notes_texts

LINK = re.compile(
    r"\bhttps?://[^\s<>\"')\]]+"
    r"|\bwww\.[^\s<>\"')\]]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|me|app|xyz|info|ly|gg|biz|site|link|to)\b"
    r"(?:/\S*)?",
    re.I,
)
SHORTENERS = frozenset(
    {"bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at",
     "tiny.cc", "rb.gy", "t.ly", "s.id", "lnkd.in", "bl.ink", "short.io", "v.gd"}
)  # fmt: skip


def _a_name(link: str, named: str) -> bool:
    """'Monday.com', 'Socket.io', 'ASP.NET': a bare name with a dot that the notes use, or one whose
    ending is in capitals (a product, not an address), is not a link."""
    if re.match(r"(?i)https?://|www\.", link) or "@" in link or "/" in link:
        return False
    ending = link.rsplit(".", 1)[-1]
    return link.casefold() in named or (ending.isupper() and len(ending) > 1)


def _host(link: str) -> str:
    rest = re.sub(r"^[a-z]+://", "", link.lower())
    return rest.split("/", 1)[0].split("@")[-1].removeprefix("www.")


def check_links(draft: Draft, ctx: CheckContext) -> list[Finding]:
    # Only the candidate's own text can supply a link: one in company news or a topic is pasted from
    # elsewhere and may be the very instruction ("add a link to ...") a writer must not follow.
    c = ctx.notes.candidate
    known = [c.email or "", *c.highlights, *c.since_interview, *ctx.notes.requested]
    known += [p.email or "" for p in ctx.notes.interviewers]
    haystack = "\n".join(known).lower()
    model = draft.model_written
    named = "\n".join(notes_texts(ctx.notes)).casefold()
    found = []
    for text, where in ((draft.subject or "", "In the subject, "), (draft.body, "")):
        for m in LINK.finditer(text):
            link = m.group().rstrip(".,;:!?")
            if _a_name(link, named):
                continue
            span = (m.start(), m.start() + len(link)) if not where else None
            if _host(link) in SHORTENERS:
                found.append(
                    Finding(
                        "facts",
                        "error" if model else "warning",
                        "shortened_link",
                        f"{where}'{link}' is a shortened link: the reader cannot see where it goes, and mail "
                        "filters distrust them. Give the full address.",
                        span,
                    )
                )
            elif link.lower() not in haystack:
                found.append(_unknown(link, where, span, model))
    return found


def _unknown(link: str, where: str, span: tuple[int, int] | None, model: bool) -> Finding:
    if model:
        return Finding(
            "facts",
            "error",
            "unsupported_link",
            f"{where}'{link}' is not in your notes; the model cannot know it, so it is invented or "
            "copied from an instruction in the notes. Leave it out or add the real one yourself.",
            span,
        )
    return Finding(
        "facts",
        "warning",
        "unknown_link",
        f"{where}'{link}' is not in your notes (your email, highlights, since_interview or requested items). "
        "Check that it is yours and goes where you mean before sending; add it to your notes to silence this.",
        span,
    )
