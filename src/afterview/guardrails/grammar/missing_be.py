"""A modal with no 'be' before its adjective: "I would grateful", "I'd happy to", "we could able to". A word
dropped while editing; neither Harper nor LanguageTool reads it."""

from __future__ import annotations

import re

from afterview.draft import Finding

_MISSING_BE = re.compile(
    r"\b(?:I|we|you|they|he|she|it)(?:['\u2019]d|['\u2019]ll| would| will| could| should| might| may| shall| must"
    r"| can)(?P<gap>\s+)(?:(?:very|so|really|truly|most|also|always|more than|even|only|especially) )?"
    r"(?P<adj>grateful|happy|glad|delighted|keen|pleased|thankful|able|available|interested|eager|excited|honou?red"
    r"|thrilled|willing|appreciative|unable|proud|sorry)\b",
    re.I,
)


def missing_be(text: str) -> list[Finding]:
    found = []
    for m in _MISSING_BE.finditer(text):
        found.append(
            Finding(
                "grammar",
                "warning",
                "missing_be",
                f"'{m.group()}' is missing 'be' before '{m.group('adj')}'.",
                (m.start(), m.end()),
                f"be {m.group('adj')}",
            )
        )
    return found
