"""Plain words and commands a user types in a revise session, parsed into instructions."""

from __future__ import annotations

import re
from dataclasses import dataclass

COMMANDS = (
    "warmer",
    "more formal",
    "more concise",
    "more enthusiastic",
    "shorter",
    "longer",
    "mention",
    "drop",
    "regenerate",
    "undo",
    "redo",
    "diff",
    "history",
    "edit",
    "check",
    "show",
    "next",
    "prev",
    "save",
    "help",
    "quit",
)

HELP = """\
Tone:     warmer · more formal · more concise · more enthusiastic   (also "less formal", "friendlier")
Length:   shorter · longer
Content:  mention <item from your notes> · drop <item>   (e.g. "mention the on-call problem")
Versions: regenerate · undo · redo · diff · history
Editing:  edit (opens $EDITOR) · check (re-run the checks) · show
Messages: next · prev
Files:    save (keeps earlier versions) · quit (asks before discarding unsaved changes)
Anything else is sent to the LLM as a free-text instruction, when one is configured."""


@dataclass(frozen=True)
class Instruction:
    action: str  # tone | length | mention | drop | regenerate | undo | redo | diff | history | edit
    #              | check | show | next | prev | save | help | quit | freeform | empty
    arg: str = ""


_FILLER = re.compile(r"^(?:please\s+|can you\s+|could you\s+|make (?:it|this)\s+|be\s+|sound\s+)+", re.I)
_DEGREE = re.compile(r"^(?:a (?:bit|little|touch)\s+|slightly\s+|much\s+|even\s+|way\s+)", re.I)
_TAIL = re.compile(r"\s*(?:for this one|for this message|here|please|a bit|a little)?\s*[.!?]*$", re.I)

_TONES = {
    "warm": ("warmer", "warm", "friendlier", "friendly", "less formal", "more casual", "casual", "softer"),
    "formal": ("more formal", "formal", "more professional", "professional", "less casual", "stiffer"),
    "concise": ("more concise", "concise", "crisper", "tighter", "to the point", "more direct"),
    "enthusiastic": ("more enthusiastic", "enthusiastic", "more excited", "more upbeat", "upbeat", "livelier"),
}
_LENGTH = {
    -1: ("shorter", "shorten it", "shorten", "trim it", "trim", "cut it down", "less wordy", "briefer"),
    1: ("longer", "lengthen it", "expand it", "expand", "more detail", "more detailed"),
}
_WORDS = {
    "regenerate": ("regenerate", "again", "try again", "another version", "rewrite", "rewrite it", "another one"),
    "undo": ("undo", "u", "go back", "revert"),
    "redo": ("redo",),
    "diff": ("diff", "changes", "what changed"),
    "history": ("history", "versions", "log"),
    "edit": ("edit", "e", "open editor"),
    "check": ("check", "checks", "recheck", "re-check"),
    "show": ("show", "print", "view", "p"),
    "next": ("next", "n", "next message"),
    "prev": ("prev", "previous", "previous message"),
    "save": ("save", "s", "write"),
    "help": ("help", "?", "h", "commands"),
    "quit": ("quit", "exit", "q", "bye", "done"),
}
_MENTION = re.compile(r"^(?:mention|include|add|bring up|talk about|reference|refer to)\s+(?:the\s+)?(.+)$", re.I)
_DROP = re.compile(r"^(?:drop|remove|omit|leave out|don'?t mention|do not mention|no|without)\s+(?:the\s+)?(.+)$", re.I)


def parse(line: str) -> Instruction:
    text = " ".join(line.split())
    if not text:
        return Instruction("empty")
    plain = _TAIL.sub("", text).lower()
    for action, words in _WORDS.items():
        if plain in words:
            return Instruction(action)
    mention = _MENTION.match(text)
    if mention:
        return Instruction("mention", _TAIL.sub("", mention.group(1)))
    drop = _DROP.match(text)
    if drop:
        return Instruction("drop", _TAIL.sub("", drop.group(1)))
    core = _DEGREE.sub("", _FILLER.sub("", plain)).strip()
    if core.startswith("tone "):
        core = core.removeprefix("tone ").strip()
    for tone, words in _TONES.items():
        if core in words:
            return Instruction("tone", tone)
    for step, words in _LENGTH.items():
        if core in words:
            return Instruction("length", str(step))
    return Instruction("freeform", text)


def next_tone(current: str, wanted: str) -> str:
    """'warmer' steps formal → warm → enthusiastic; 'more formal' steps back; the others jump."""
    order = ["formal", "concise", "warm", "enthusiastic"]
    if wanted == "warm":
        return {"formal": "warm", "concise": "warm", "warm": "enthusiastic"}.get(current, current)
    if wanted == "formal":
        return {"enthusiastic": "warm", "warm": "formal", "concise": "formal"}.get(current, current)
    return wanted if wanted in order else current
