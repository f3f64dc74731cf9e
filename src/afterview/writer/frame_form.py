"""A frame chosen by the form of the item it holds: "that" takes a clause with a finite verb, a noun phrase takes
"about" ("I have been thinking about your point that the staffing gap over the summer." → "… your point about the
staffing gap over the summer."); "how I might have approached X differently" only where X is short and ends on its
head ("… approached the case study differently"), else "what I could have done better in X" (an item with its own
trailing modifier, "presenting the budget without it sounding rushed differently", does not parse). The last pass
over a finished note, for every frame that embeds an item."""

from __future__ import annotations

import re

from afterview.writer.each_sentence import each_sentence
from afterview.writer.shapes import is_clause, lemmas

# "that" frames and what each says before a noun phrase instead
_THAT = re.compile(
    r"\b(?P<frame>your point|you mentioned|You mentioned|to understand|finding out|telling you|to learn|to read|"
    r"to hear|glad to hear|I noted|you explained|You explained) that (?P<item>[^.;!?]+?)(?P<end>,|[.;!?]|$)"
)
_ABOUT = {
    "your point": "your point about",
    "you mentioned": "you mentioned",
    "You mentioned": "You mentioned",
    "to understand": "to understand",
    "finding out": "finding out about",
    "telling you": "telling you about",
    "to learn": "to learn about",
    "to read": "to read about",
    "to hear": "to hear about",
    "glad to hear": "glad to hear about",
    "I noted": "I noted",
    "you explained": "you explained",
    "You explained": "You explained",
}
_DIFFERENTLY = re.compile(r"\bhow I (?:might|could|would) have approached (?P<item>.+?) differently\b")
_TRAILING = re.compile(r"\b(?:without|with|so|for|in|at|to|on|when|while|because|by|from|after|before|as)\b")


def _finite(text: str) -> bool:
    """A clause, or a word after the first that can only be read as a finite verb here ('closes', 'wanted')."""
    if is_clause(text):
        return True
    words = re.findall(r"[A-Za-z'-]+", text)
    return any(
        w.lower().endswith(("s", "ed")) and "VERB" in lemmas(w.lower()) and not w[:1].isupper() for w in words[1:]
    )


# where a noun phrase's own subordinate clause starts: its verb is no verb of the "that" clause ("the margin squeeze
# when corn spiked in Q2" has no finite verb of its own: writer_blind57's after-run, lead)
_SUBORDINATE = re.compile(r"\b(?:when|while|because|after|before|since|if|as|where|which|who|whose|until|once)\b")


def _main_part(item: str) -> str:
    """`item` up to its first subordinate clause, or the whole item where it opens with one."""
    head = _SUBORDINATE.split(item, maxsplit=1)[0].strip()
    return head or item


def _that(m: re.Match[str]) -> str:
    item = m["item"].strip()
    if _finite(_main_part(item)) or item.split()[0].lower() in ("i", "we", "you", "they", "he", "she", "it", "there"):
        return m.group(0)
    frame = _ABOUT[m["frame"]]
    if frame == "your point about" and m.string[: m.start()].endswith("about "):
        frame = "what you said about"  # never 'thinking about your point about …'
    return f"{frame} {item}{m['end']}"


def _approached(m: re.Match[str]) -> str:
    item = m["item"]
    if len(item.split()) <= 4 and not _TRAILING.search(item):
        return m.group(0)
    return f"what I could have done better in {item}"


def fitted(sentence: str) -> str:
    """`sentence` with each frame that embeds an item in the form the item takes."""
    return _DIFFERENTLY.sub(_approached, _THAT.sub(_that, sentence))


def frames_fit(body: str) -> str:
    """Each sentence of a note's middle paragraphs through `fitted`."""
    return each_sentence(body, fitted)
