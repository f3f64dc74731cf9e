"""A person's part jotted in square brackets ('Sanne Bakker [data engineer] - sensor pipeline'): read as the same
part in round ones, the shape every reader of a person's line knows ('Sanne Bakker (data engineer) - …'). Only a
bracket right after a name that leads its line is changed; a link ('[deck](https://…)') or a '[TODO]' elsewhere is
left as it is."""

from __future__ import annotations

import re

_NAME = r"(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*\.?|de|van|von|da|del|di|le|la)){1,2}"
_LED = re.compile(
    r"^(?P<lead>\s*(?:[-*•·+]\s*|\d{1,3}[.)]\s*)?)(?P<name>" + _NAME + r")\s*\[(?P<part>[^\[\]]+)\](?!\()"
)


def round_brackets(text: str) -> str:
    """The text with a name's '[part]' at the head of a line written '(part)'."""
    out: list[str] = []
    for line in text.splitlines():
        found = _LED.match(line)
        if found:
            line = f"{found.group('lead')}{found.group('name')} ({found.group('part').strip()}){line[found.end() :]}"
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
