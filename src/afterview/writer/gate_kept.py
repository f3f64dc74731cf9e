"""What a rendered note must still hold after the last gate: the ask its template wrote, and the item its subject
names (template_writer.py renders; the gate may take a sentence that quoted a faulted phrase)."""

from __future__ import annotations

from afterview import limits


def asked(exported: dict[str, str], body: str) -> bool:
    """Whether the template's ask is still in the body (a close's "I look forward to hearing from you" passes the
    purpose check, but a check the gate took the question from asks nothing: writer40's title with a jotted
    qualifier)."""
    ask = " ".join(exported.get("ask", "").split()[:4])
    return not ask or ask in " ".join(body.split())


def subject_line(exported: dict[str, str], body: str) -> str:
    """The template's subject; one that names an item sent with the note only while the body still says it (the
    last gate may have taken the sentence: a subject promising a checklist the email never mentions)."""
    if "about_when" in exported:  # a thank-you names this conversation (writer/thank_you_subject.py)
        from afterview.writer.thank_you_subject import conversation_subject

        topics = [exported.get(key, "") for key in ("about_topic", "about_topic2", "about_problem")]
        n = int(exported.get("about_n", "0"))
        when, position = exported["about_when"], exported["about_position"]
        return conversation_subject(topics, when, position, exported["about_tone"], n, body)
    named = exported.get("lead_item", "")
    if named and named.split()[-1].casefold() not in body.casefold():
        exported = {**exported, "subject": exported["subject_plain"], "short_subject": "Following up on my interview"}
    subject = " ".join(exported["subject"].split())
    if len(subject) <= limits.SUBJECT_MAX_CHARS:
        return subject
    return " ".join(exported["short_subject"].split())
