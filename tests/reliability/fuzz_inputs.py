"""Generated inputs for the loaders (notes, draft reader, config) and how to judge what they did.

Shared by the fast property tests in this folder and by `bench/fuzz.py`, which runs the same
strategies for many more examples. Every strategy yields `(name, bytes)`: a file name (its
suffix picks the format) and the exact bytes to put in it.
"""

from __future__ import annotations

import copy
import json
import re
import string
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from afterview.errors import InputError

# --- a valid notes document using every field ------------------------------------------------

VALID: dict[str, Any] = {
    "candidate": {
        "name": "Sam Rivera",
        "email": "sam@example.com",
        "highlights": ["led the Kafka migration at Northwind"],
        "since_interview": ["passed the AWS exam"],
    },
    "position": "Senior Backend Engineer",
    "company": {"name": "Acme", "news": ["launched Acme Pay in Europe"], "pace": "normal", "culture": "neutral"},
    "interview": {
        "at": "2026-11-24T14:00",
        "timezone": "America/New_York",
        "duration_minutes": 60,
        "format": "video",
        "decision_by": "2026-12-05",
        "no_follow_up": False,
        "outcome": "pending",
    },
    "interviewers": [
        {
            "name": "Dana Lee",
            "title": "Engineering Manager",
            "role": "hiring_manager",
            "email": "dana@acme.example",
            "channel": "email",
            "primary_contact": True,
            "topics": ["moving billing to event sourcing"],
            "challenges": ["nightly batch jobs page the on-call team"],
            "rapport": ["both ran the Chicago marathon"],
        },
        {
            "name": "Priya Shah",
            "role": "recruiter",
            "channel": "linkedin",
            "timezone": "Europe/London",
            "topics": ["team growth"],
        },
    ],
    "requested": ["portfolio link"],
    "history": [{"kind": "thank_you", "to": "Dana Lee", "at": "2026-11-24T18:30", "replied": False}],
}

# Every place a user types a value (list items by index).
PATHS: list[tuple[str | int, ...]] = []


def _collect(node: Any, path: tuple[str | int, ...]) -> None:
    PATHS.append(path)
    if isinstance(node, dict):
        for key, value in node.items():
            _collect(value, (*path, key))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            _collect(value, (*path, n))


_collect(VALID, ())
PATHS.remove(())

# --- nasty values ----------------------------------------------------------------------------

INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e",  # zero-width, soft hyphen
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u200e", "\u200f",  # bidi isolates and marks
    "\u2028", "\u2029", "\x85", "\u3000", "\xa0", "\x0b", "\x0c", "\x1c",  # odd line breaks and spaces
    "\U000e0041", "\U000e0069", "\U000e007f",  # tag characters ("ASCII smuggling")
    "\u0301", "\u0336", "\ud800", "\udfff", "\x00", "\x01", "\x7f", "\x9b",  # combining, surrogates, controls
]  # fmt: skip
UNICODE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(INVISIBLE),
        st.sampled_from(["Dana", "Lee", " ", "Tomás", "Zoë", "李娜", "محمد", "-", "'", "/", "..", ":", "#"]),
        st.characters(codec="utf-8"),
        st.sampled_from(["😀", "🏳️‍🌈", "\U0001f3f4\U000e0067\U000e0062\U000e007f", "ﷺ", "𒐫", "e\u0301"]),
    ),
    max_size=30,
).map("".join)
DATES = st.one_of(
    st.sampled_from(
        [
            "2026-11-24T14:00", "2026-11-24 14:00", "2026-11-24T14:00:00Z", "2026-11-24T14:00+05:45",
            "2026-02-30T10:00", "2026-11-24T24:00", "2026-11-24T14:60", "2026-13-01", "2026-11-24",
            "0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00", "9999-12-31T23:59", "0000-01-01T00:00",
            "1899-12-31T23:59", "1900-01-01T00:00", "2999-12-31T23:59+14:00", "3000-01-01T00:00",
            "2026-03-08T02:30", "2026-11-01T01:30", "24/11/2026", "tomorrow", "2026-W48-2", "T14:00",
            "2026-11-24T14:00:00.123456789", "+2026-11-24T14:00", "２０２６-１１-２４T14:00", "1e9", "1732456800",
        ]
    ),
    st.datetimes().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
)  # fmt: skip
ENUM_NEAR_MISSES = st.sampled_from(
    [
        "Normal", "BUSY", "urgent ", "hr_person", "hiring manager", "hiring-manager", "hiring_manager\u200b",
        "e-mail", "linkedIn", "hand written", "pending\u202e", "offer!", "thank-you", "thankyou", "status_chek",
        "video\x00", "phone\ufeff", "ｖｉｄｅｏ", "ℌ", "", " ", "~", "null", "no", "yes", "on", "off",
    ]
)  # fmt: skip
TIMEZONES = st.sampled_from(
    [
        "America/New_York", "Europe/Londn", "EST", "UTC", "Etc/GMT+14", "Factory", "localtime", "posixrules",
        "../../etc/passwd", "/etc/localtime", "America/New_York\x00", "America/New_York/../Chicago",
        "x" * 300, "Asia/Kathmandu", "America//New_York", "\u202eAmerica/New_York", "right/UTC", "",
    ]
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([0, -1, 1440, 1441, 2**31, 2**63, 2**64 + 1, 10**400]),
    st.floats(),
    st.sampled_from([float("inf"), float("-inf"), float("nan"), 1e308, -0.0, 59.999, 60.0]),
    st.sampled_from(["9" * 5000, "1e309", "0x3c", "0o74", "6_0", "٦٠", "60 minutes", "1,000"]),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    UNICODE_TEXT,
    DATES,
    ENUM_NEAR_MISSES,
    TIMEZONES,
    NUMBERS,
    st.sampled_from(["x" * 1999, "x" * 2000, "x" * 2001, "a@" + "." * 1900 + "@", "a" * 64 + "@" + "b" * 250]),
)


def deep(depth: int, leaf: Any = "x", *, mapping: bool = False) -> Any:
    node = leaf
    for _ in range(depth):
        node = {"k": node} if mapping else [node]
    return node


VALUES = st.one_of(
    SCALARS,
    st.recursive(
        SCALARS,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(string.ascii_lowercase + "_", max_size=10), inner)
        ),
        max_leaves=8,
    ),
    st.builds(deep, st.integers(min_value=20, max_value=120), SCALARS, mapping=st.booleans()),
)


class TomlRaw(str):
    """A value written into TOML as is (a native date/time literal), and as plain text elsewhere."""


TOML_DATES = st.one_of(
    st.datetimes().map(lambda d: TomlRaw(d.isoformat())),
    st.datetimes(timezones=st.timezones()).map(lambda d: TomlRaw(d.isoformat())),
    st.dates().map(lambda d: TomlRaw(d.isoformat())),
    st.times().map(lambda t: TomlRaw(t.isoformat())),
)

# --- structured mutations --------------------------------------------------------------------


def _parent(data: Any, path: tuple[str | int, ...]) -> Any:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


@st.composite
def mutated_notes(draw: st.DrawFn) -> Any:
    """VALID after one to three edits: a value replaced, a key dropped or added, a node shared or nested."""
    data = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(PATHS))
        try:
            parent = _parent(data, path)
            key = path[-1]
            parent[key]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, (dict, list)):
            continue
        action = draw(st.sampled_from(["replace", "replace", "replace", "drop", "add", "share", "wrap", "toml-date"]))
        if action == "replace":
            parent[key] = draw(VALUES)
        elif action == "drop":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            name = draw(st.one_of(st.sampled_from(["interviewer", "topic", "Name", "name ", "tz", "<<"]), UNICODE_TEXT))
            parent[name] = draw(SCALARS)
        elif action == "add" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))  # e.g. the same interviewer twice
        elif action == "share":
            other = draw(st.sampled_from(PATHS))
            try:
                parent[key] = _parent(data, other)[other[-1]]  # the same object twice: YAML anchors and aliases
            except (KeyError, IndexError, TypeError):
                continue
        elif action == "wrap":
            parent[key] = deep(draw(st.integers(min_value=1, max_value=50)), parent[key])
        else:
            parent[key] = draw(TOML_DATES)
    if draw(st.integers(min_value=0, max_value=30)) == 0:  # an alias bomb inside a real field
        bomb: Any = ["lol"] * 9
        for _ in range(draw(st.integers(min_value=3, max_value=8))):
            bomb = [bomb] * 9
        try:
            data["interviewers"][0]["topics"] = bomb
        except (KeyError, IndexError, TypeError):
            data["requested"] = bomb
    if draw(st.integers(min_value=0, max_value=40)) == 0:  # a structure that contains itself
        loop: list[Any] = []
        loop.append(loop)
        data["requested"] = loop
    return data


# --- rendering -------------------------------------------------------------------------------


def _plain(node: Any, seen: set[int] | None = None) -> Any:
    """TomlRaw → str, visiting each shared or self-referencing node once (YAML keeps them as aliases)."""
    seen = set() if seen is None else seen
    if isinstance(node, TomlRaw):
        return str(node)
    if isinstance(node, (dict, list)) and id(node) not in seen:
        seen.add(id(node))
        for key in list(node.keys()) if isinstance(node, dict) else range(len(node)):
            node[key] = _plain(node[key], seen)
    return node


def _expands_to_few(node: Any, budget: int = 20_000) -> bool:
    """False for a loop, or for shared nodes that JSON and TOML would write out thousands of times."""
    count = 0
    stack: list[tuple[Any, frozenset[int]]] = [(node, frozenset())]
    while stack:
        item, above = stack.pop()
        count += 1
        if count > budget:
            return False
        if isinstance(item, (dict, list)):
            if id(item) in above:
                return False
            inner = above | {id(item)}
            stack.extend((child, inner) for child in (item.values() if isinstance(item, dict) else item))
    return True


def render(data: Any, kind: str, style: int) -> bytes:
    """`data` as a YAML, JSON or TOML file; `style` picks flow/indent/escaping variants."""
    if kind != "yaml" and not _expands_to_few(data):
        return b"[" * 3000 if kind == "json" else b"a = " + b"[" * 3000  # what a loop or bomb would look like
    if kind == "toml":
        return _toml(data, ascii_only=style % 2 == 0).encode("utf-8", "surrogatepass")
    data = _plain(data)
    if kind == "json":
        text = json.dumps(data, ensure_ascii=style % 2 == 0, indent=(None, 2, "\t")[style % 3])
        return text.encode("utf-8", "surrogatepass")
    try:
        text = yaml.safe_dump(
            data,
            allow_unicode=style % 2 == 1,
            default_flow_style=(False, None, True)[style % 3],
            sort_keys=False,
            width=(80, 20, 10_000)[style % 3],
        )
    except (ValueError, RecursionError, yaml.YAMLError):  # an int too long to print, or a loop
        text = "position: [" * 2 + "\n"
    return text.encode("utf-8", "surrogatepass")


_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: Any) -> str:
    key = str(key)
    return key if _BARE.match(key) else json.dumps(key)


def _toml_value(value: Any, ascii_only: bool, depth: int = 0) -> str:
    if depth > 200:
        return '"…"'
    if isinstance(value, TomlRaw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**4000 else "9" * 5000
    if isinstance(value, float):
        return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(repr(value), repr(value))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=ascii_only)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v, ascii_only, depth + 1) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        items = (f"{_toml_key(k)} = {_toml_value(v, ascii_only, depth + 1)}" for k, v in value.items() if v is not None)
        return "{" + ", ".join(items) + "}"
    return json.dumps(str(value))


def _toml(data: Any, ascii_only: bool) -> str:
    if not isinstance(data, dict):
        return f"value = {_toml_value(data, ascii_only)}\n"
    head, tables = [], []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, dict):
            tables.append(f"\n[{_toml_key(key)}]")
            tables += [f"{_toml_key(k)} = {_toml_value(v, ascii_only)}" for k, v in value.items() if v is not None]
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                tables.append(f"\n[[{_toml_key(key)}]]")
                tables += [f"{_toml_key(k)} = {_toml_value(v, ascii_only)}" for k, v in item.items() if v is not None]
        else:
            head.append(f"{_toml_key(key)} = {_toml_value(value, ascii_only)}")
    return "\n".join(head + tables) + "\n"


SUFFIX = {"yaml": ".yaml", "json": ".json", "toml": ".toml"}

# --- text and byte mutations of a valid file -------------------------------------------------

YAML_PAYLOADS = [
    "&a x", "*a", "*undefined", "&a [*a]", "!!python/object/apply:os.system ['true']", "!!binary aGk=",
    "!custom x", "!!str 60", "!!int '60'", "!!timestamp 2026-11-24", "!!set {a, b}", "!!omap [a: 1]",
    "|\n  block\n  text", ">-\n  folded", "[unclosed", "{a: b", "'unterminated", '"\\ud800"', '"\\x00"',
    '"\\U0010ffff"', "? complex\n: key", "--- \nsecond: doc", "...", "%YAML 1.1", "\t tab", "- - - x",
    "@reserved", "`backtick", "%percent", "no", "0o17", "0x1F", ".inf", ".NaN", "2026-11-24 14:00:00 +5",
    "a: b: c", "<<: *a", "&b {<<: *b}", "*" + "a" * 2000, "&" + "x" * 1025 + " v",
]  # fmt: skip


@st.composite
def mutated_text(draw: st.DrawFn, kind: str) -> bytes:
    """A valid file with line-level edits: payloads spliced in, lines dropped, doubled, swapped, cut."""
    raw = render(copy.deepcopy(VALID), kind, draw(st.integers(min_value=0, max_value=5)))
    lines = raw.decode("utf-8").split("\n")
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        n = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["payload", "drop", "double", "swap", "indent", "cut", "insert"]))
        if action == "payload":
            payload = draw(st.one_of(st.sampled_from(YAML_PAYLOADS), UNICODE_TEXT))
            head, sep, _ = lines[n].partition(": " if ": " in lines[n] else "= " if "= " in lines[n] else "- ")
            lines[n] = head + (sep or ": ") + payload
        elif action == "drop":
            del lines[n]
        elif action == "double":
            lines.insert(n, lines[n])  # a duplicate key, or a doubled list item
        elif action == "swap":
            m = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[n], lines[m] = lines[m], lines[n]
        elif action == "indent":
            lines[n] = draw(st.sampled_from(["", " ", "\t", "    ", "  - "])) + lines[n].lstrip(" ")
        elif action == "cut":
            lines[n] = lines[n][: draw(st.integers(min_value=0, max_value=len(lines[n])))]
        else:
            lines.insert(n, draw(st.text(string.printable + "{}[]:-&*!|>'\"#%@`,?~é€😀\ufeff", max_size=40)))
        if not lines:
            lines = [""]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mutated_bytes(draw: st.DrawFn, kind: str) -> bytes:
    """A valid file with a few bytes flipped, inserted or deleted (invalid UTF-8, NULs, cut sequences)."""
    raw = bytearray(render(copy.deepcopy(VALID), kind, draw(st.integers(min_value=0, max_value=5))))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        byte = draw(
            st.one_of(st.sampled_from([0x00, 0xFF, 0xFE, 0xC3, 0xE2, 0x80, 0x0D, 0x1B, 0x7F]), st.integers(0, 255))
        )
        action = draw(st.sampled_from(["set", "insert", "delete"]))
        if action == "insert" or at == len(raw):
            raw.insert(at, byte)
        elif action == "set":
            raw[at] = byte
        else:
            del raw[at]
    if draw(st.integers(min_value=0, max_value=10)) == 0:
        raw = bytearray(
            raw.decode("utf-8", "replace").encode(draw(st.sampled_from(["utf-16", "utf-32", "latin-1"])), "replace")
        )
    return bytes(raw)


# Free-text fields (not names of enums, dates or timezones): what the drafts quote back.
TEXT_PATHS = [
    path
    for path in PATHS
    if isinstance(_parent(VALID, path)[path[-1]], str)
    and path[-1]
    not in ("pace", "culture", "at", "timezone", "format", "decision_by", "outcome", "role", "channel", "kind", "to")
]


@st.composite
def plausible_notes(draw: st.DrawFn) -> tuple[str, bytes]:
    """Notes that mostly load: free text replaced by odd Unicode, long or hostile text, for the pipeline."""
    data = copy.deepcopy(VALID)
    data["history"] = []  # so that renaming an interviewer does not orphan an entry
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(TEXT_PATHS))
        value = draw(
            st.one_of(
                UNICODE_TEXT,
                st.sampled_from(["x" * 1999, "word " * 399, "../../etc/passwd", "a/b\\c:d*e?f", "CON", ".", "-"]),
                st.sampled_from(["{{ secret }}", "{% raw %}", "${HOME}", "%s %d", "<script>", "[link](http://x)"]),
            )
        )
        _parent(data, path)[path[-1]] = value
    kind = draw(st.sampled_from(["yaml", "json", "toml"]))
    return "notes" + SUFFIX[kind], render(data, kind, draw(st.integers(min_value=0, max_value=5)))


def notes_files() -> st.SearchStrategy[tuple[str, bytes]]:
    """Every kind of notes input: structured mutations in each format, text and byte edits, noise."""
    kinds = st.sampled_from(["yaml", "json", "toml"])

    def structured(kind: str) -> st.SearchStrategy[tuple[str, bytes]]:
        return st.tuples(mutated_notes(), st.integers(min_value=0, max_value=5)).map(
            lambda pair: ("notes" + SUFFIX[kind], render(pair[0], kind, pair[1]))
        )

    return st.one_of(
        kinds.flatmap(structured),
        kinds.flatmap(structured),
        plausible_notes(),
        kinds.flatmap(lambda k: mutated_text(k).map(lambda raw: ("notes" + SUFFIX[k], raw))),
        kinds.flatmap(lambda k: mutated_bytes(k).map(lambda raw: ("notes" + SUFFIX[k], raw))),
        st.tuples(kinds.map(lambda k: "notes" + SUFFIX[k]), st.binary(max_size=300)),
        st.tuples(
            kinds.map(lambda k: "notes" + SUFFIX[k]), UNICODE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
        ),
    )


# --- drafts for `afterview check` ------------------------------------------------------------

_BODY = (
    "Dear Dana,\n\nThank you for taking the time to meet with me on Tuesday about moving billing to event "
    "sourcing. I enjoyed it.\n\nBest regards,\nSam Rivera\n"
)


@st.composite
def draft_files(draw: st.DrawFn) -> tuple[str, bytes]:
    subject = draw(
        st.sampled_from(
            [
                "Subject: Thank you\n\n",
                "subject:\n",
                "SUBJECT :  \u200b \n",
                "Subject: \u202euoy knahT\n",
                "",
                "\n\n\nSubject: x\n",
                "Subject: x",
            ]
        )
    )
    body = draw(
        st.one_of(
            st.just(_BODY),
            UNICODE_TEXT,
            st.text(max_size=300),
            st.sampled_from(["", " \n\t ", "\xa0\u2028\u200b", "\r\r\r", "x\x00y", "a" * 100_001, "word " * 25_000]),
            st.lists(st.sampled_from([_BODY, *INVISIBLE, "\r\n", "\r", "\n"]), max_size=8).map("".join),
        )
    )
    raw = (subject + body).encode("utf-8", "surrogatepass")
    encoding = draw(st.integers(min_value=0, max_value=12))
    if encoding == 0:
        raw = (subject + body).encode("utf-16", "surrogatepass")
    elif encoding == 1:
        raw = b"\xef\xbb\xbf" + raw
    elif encoding == 2:
        raw = draw(st.binary(max_size=200))
    return "draft.txt", raw


# --- config files ----------------------------------------------------------------------------

CONFIG_VALUES = st.one_of(
    TIMEZONES.map(json.dumps),
    ENUM_NEAR_MISSES.map(json.dumps),
    st.sampled_from(
        ['"warm"', '"formal"', '["warm"]', "{a = 1}", "[]", "{}", "true", "0", "1979-05-27", "07:32:00", "inf", "nan"]
    ),
    st.sampled_from(["1979-05-27T07:32:00-08:00", "9" * 5000, '"""multi\nline"""', "'literal'", '"\\ud800"', '"x']),
    UNICODE_TEXT.map(lambda t: json.dumps(t, ensure_ascii=False)),
)


@st.composite
def config_files(draw: st.DrawFn) -> tuple[str, bytes]:
    if draw(st.sampled_from([True, False, False])):  # a plausible file, to reach the checks past parsing
        zone = draw(
            st.sampled_from(["America/New_York", "Europe/London", "UTC", "Asia/Kathmandu", "EST", "Europe/Londn"])
        )
        tone = draw(st.sampled_from(["warm", "formal", "concise", "enthusiastic", "Warm", "friendly"]))
        text = f"# afterview\ntimezone = {json.dumps(zone)}  # comment\n\ntone = '{tone}'\n"
        return "config.toml", text.encode()
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        key = draw(
            st.one_of(
                st.sampled_from(["timezone", "tone", "tz", "Tone", "timezone.x", '"tone"', "[section]"]), UNICODE_TEXT
            )
        )
        lines.append(key if key.startswith("[") else f"{key} = {draw(CONFIG_VALUES)}")
    text = "\n".join(lines) + draw(st.sampled_from(["\n", "", "\r\n", "\n[[tone]]\n"]))
    if draw(st.integers(min_value=0, max_value=6)) == 0:
        return "config.toml", draw(st.binary(max_size=100))
    return "config.toml", text.encode("utf-8", "surrogatepass")


# --- judging an outcome ----------------------------------------------------------------------

# Problems about the whole file: no line to point at.
FILE_LEVEL = (
    "no such file",
    "is a directory",
    "cannot be read",
    "is larger than",
    "is empty",
    "is saved as UTF-16",
    "has no visible text",
)
_LINE = re.compile(r"^\d+: ")


@dataclass(frozen=True)
class Outcome:
    kind: str  # valid | error | unlocated | traceback
    detail: str = ""


def located(message: str, file: str) -> bool:
    """Every line of the message is `FILE:LINE: …`, or `FILE: …` about the whole file."""
    for line in message.splitlines() or [message]:
        rest = line[len(file) + 1 :] if line.startswith(f"{file}:") else None
        if rest is None or not (_LINE.match(rest) or rest.startswith(tuple(f" {p}" for p in FILE_LEVEL))):
            return False
    return True


def judge(call: Callable[[], Any], file: str) -> Outcome:
    try:
        call()
    except InputError as exc:
        if located(str(exc), file):
            return Outcome("error")
        return Outcome("unlocated", f"{type(exc).__name__}: {exc}")
    except Exception:
        return Outcome("traceback", traceback.format_exc())
    return Outcome("valid")


def write(folder: Path, name: str, raw: bytes) -> Path:
    path = folder / name
    path.write_bytes(raw)
    return path


# --- the CLI and the size limits ---------------------------------------------------------------

NOW = "2026-11-24T16:00"


def draft_via_cli(path: Path, out: Path | None) -> Outcome:
    """`afterview draft` in-process: exit 0 or 2 and no traceback; AFTERVIEW_DEBUG lets a bug escape."""
    from typer.testing import CliRunner

    from afterview.cli import app

    args = ["draft", str(path), "--now", NOW, *(["--out", str(out)] if out else [])]
    result = CliRunner().invoke(app, args, env={"AFTERVIEW_DEBUG": "1", "NO_COLOR": "1"})
    output = result.stdout + result.stderr
    if result.exit_code not in (0, 2) or "Traceback" in output or "internal error" in output:
        exc = result.exception
        detail = "".join(traceback.format_exception(exc)) if exc and not isinstance(exc, SystemExit) else output
        return Outcome("traceback", f"exit {result.exit_code}: {detail}")
    return Outcome("valid" if result.exit_code == 0 else "error")


def valid_yaml() -> str:
    return yaml.safe_dump(VALID, sort_keys=False, allow_unicode=True)


def fifty_megabytes(folder: Path) -> Path:
    path = folder / "huge-notes.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(valid_yaml())
        filler = "# " + "x" * 97 + "\n"
        for _ in range(500):
            handle.write(filler * 1000)  # 100 kB at a time: 50 MB in all
    return path


def one_megabyte_topic(folder: Path) -> tuple[Path, int]:
    """Notes whose first topic is a 1 MB string, and the line it is on."""
    data = copy.deepcopy(VALID)
    data["interviewers"][0]["topics"] = ["x" * 1_000_000]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**7)
    line = next(n for n, raw in enumerate(text.splitlines(), start=1) if "xxxx" in raw)
    path = folder / "long-topic.yaml"
    path.write_text(text, encoding="utf-8")
    return path, line


def size_limit_timings(folder: Path) -> list[tuple[str, float, str]]:
    import time

    from afterview.notes.loader import load_notes

    rows = []
    big = fifty_megabytes(folder)
    topic, _ = one_megabyte_topic(folder)
    for label, path in [("50 MB notes file", big), ("1 MB topic string", topic)]:
        started = time.perf_counter()
        try:
            load_notes(path)
            message = "loaded (!)"
        except InputError as exc:
            message = str(exc).replace(str(folder), "…")
        rows.append((label, time.perf_counter() - started, message))
    big.unlink()
    return rows
