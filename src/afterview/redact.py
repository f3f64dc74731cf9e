"""Secrets never leave the process: the configured API key, whatever its shape, and any Authorization value.

`remember(value)` adds a secret (the key when settings are resolved, the Authorization header of
every request the SDK sends); `redact(text)` replaces every secret, and every token that holds a
10-character piece of one (a server's "Incorrect API key provided: gsk_cana****ique"), with
`[redacted]`, as well as the shapes of keys and headers we know without being told (`sk-…`,
`Bearer …`, `Authorization: …`). Used on stderr, error messages, fallback reasons, drafts and
recordings before they are written.
"""

from __future__ import annotations

import re
import threading
from typing import Any

REDACTED = "[redacted]"
MIN_SECRET = 8  # shorter "keys" (ollama's "x", "none") are placeholders, not secrets
PLACEHOLDER_KEY = "not-needed"  # what afterview sends when no key is set: local servers and replay ignore it
PIECE = 10
_KNOWN = re.compile(
    r"\b(sk-[A-Za-z0-9_*\-]{6,}|Bearer\s+[A-Za-z0-9._~+/*\-]{8,}=*|(?<=authorization: )[^\s\"',;]+)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s\"'<>(),;:=\[\]{}]+")

_lock = threading.Lock()
_secrets: set[str] = set()
_pieces: frozenset[str] = frozenset()


def remember(value: str | None) -> None:
    """Treat `value` (an API key, or an Authorization header value) as a secret from now on."""
    if not value:
        return
    global _pieces
    found = [value.strip()]
    scheme, _, credential = found[0].partition(" ")
    if credential and scheme.lower() in ("bearer", "basic", "token"):
        found.append(credential.strip())
    with _lock:
        new = [v for v in found if len(v) >= MIN_SECRET and v not in _secrets and PLACEHOLDER_KEY not in v]
        if not new:
            return
        _secrets.update(new)
        _pieces = frozenset(s[i : i + PIECE] for s in _secrets for i in range(len(s) - PIECE + 1))


def redact(text: str, *, shapes: bool = True) -> str:
    """`text` without any secret, in whole or in part.

    `shapes=False` leaves the generic shapes (`Bearer …`) alone and removes only the secrets this
    process knows: for prose (a draft may say "the bearer of good news") and recorded requests."""
    if not text:
        return text
    with _lock:
        secrets, pieces = sorted(_secrets, key=len, reverse=True), _pieces
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
        elif secret.casefold() in text.casefold():  # a server that echoes it upper-cased
            text = re.sub(re.escape(secret), REDACTED, text, flags=re.IGNORECASE)
    if secrets:
        text = _TOKEN.sub(lambda m: REDACTED if _masked_secret(m.group(0), secrets) else m.group(0), text)
    if shapes:
        text = _KNOWN.sub(REDACTED, text)
    if pieces:
        text = _TOKEN.sub(lambda m: REDACTED if _holds_piece(m.group(0), pieces) else m.group(0), text)
    return text


_MASK = re.compile(r"[*•]{3,}|…+|\.{3,}")


def _masked_secret(token: str, secrets: list[str]) -> bool:
    """'gsk_cana****ique': a server's masked echo, its visible ends a secret's own start or end."""
    mask = _MASK.search(token)
    if mask is None:
        return False
    head, tail = token[: mask.start()], token[mask.end() :]
    return any(
        (len(head) >= 4 and secret.startswith(head)) or (len(tail) >= 4 and secret.endswith(tail)) for secret in secrets
    )


def _holds_piece(token: str, pieces: frozenset[str]) -> bool:
    if len(token) < PIECE or token == REDACTED:
        return False
    return any(token[i : i + PIECE] in pieces for i in range(len(token) - PIECE + 1))


def redact_data(value: Any) -> Any:
    """Every string in a JSON-like value (dicts, lists), keys included, without the known secrets."""
    if isinstance(value, str):
        return redact(value, shapes=False)
    if isinstance(value, dict):
        return {redact_data(k): redact_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(v) for v in value]
    return value
