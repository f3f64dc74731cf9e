"""A name the notes hold in another form, which a draft may use without inventing anything: the demonym of a place
the notes name ('a fellow Cape Bretoner' where they say 'Cape Breton', 'a Kenyan' for 'Kenya'), a diminutive of a
place or name ('Rocky' for Rockhampton, 'Brissie' for Brisbane), a name the notes file's comments hold ('# the
Rosebank office'), and the seas, oceans and regions of the world map ('both sides of the Tasman'), which name
nothing the candidate could get wrong about the company."""

from __future__ import annotations

import unicodedata

from afterview.guardrails.support import exact_tokens, per_notes
from afterview.notes.comments import comment_names
from afterview.notes.model import Notes

# Endings a demonym adds to its place: Breton-er, Kenya-n, Ital(y)-ian, Japan-ese, Israel-i, Muscovite.
# Other languages' endings, read without accents: Dumaguete-ño, Quebec-ois, Montreal-ais, Mexic(o)-ano, Filipin-o,
# Paris-ien(ne), Costa Ric(a)-ense, Berlin-er.
_DEMONYM_ENDINGS = (
    *("ers", "er", "ians", "ian", "ans", "an", "ns", "n", "ese", "ites", "ite", "is", "i"),
    *("enos", "eno", "enas", "ena", "anos", "ano", "anas", "ana", "inos", "ino", "inas", "ina"),
    *("oises", "oise", "ois", "aises", "aise", "ais", "iennes", "ienne", "iens", "ien", "enses", "ense", "esa", "eses"),
)
# A place's last letters a demonym drops or changes: Ital-y -> Ital-ian, Chin-a -> Chin-ese, Toront-o -> -onian.
_PLACE_ENDINGS = ("", "a", "e", "y", "o", "ia")

# Seas, oceans and world regions: a letter mentions them as scenery, never as a fact about the company.
WORLD_MAP = frozenset(
    """atlantic pacific indian arctic antarctic southern tasman caribbean mediterranean baltic adriatic aegean
    aral caspian coral timor arabian persian andaman bering labrador sargasso north south east west equator
    tropics outback highlands lowlands midlands prairies steppe sahara sahel andes alps himalayas
    rockies pyrenees balkans scandinavia nordics nordic benelux iberia iberian patagonia siberia arctic
    oceania australasia polynesia melanesia micronesia maghreb levant gulf""".split()
)


@per_notes
def proper_words(notes: Notes) -> frozenset[str]:
    """The notes' capitalised words, lower-cased: the names of places, people and things they hold."""
    return frozenset(t.lower() for t in exact_tokens(notes) if t[:1].isupper() and len(t) >= 4)


def demonym_of(low: str, proper: frozenset[str]) -> bool:
    """'bretoner' for 'breton', 'kenyan' for 'kenya', 'italian' for 'italy', 'torontonian' for 'toronto'."""
    for ending in _DEMONYM_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = low[: len(low) - len(ending)]
        for tail in _PLACE_ENDINGS:
            for base in (stem + tail, stem[:-1] + tail if len(stem) > 4 else ""):
                # (a short place only whole, with no ending guessed: 'Kieler' for Kiel, 'Berner' for Bern)
                if (len(base) >= 5 or (len(base) == 4 and base == stem)) and base in proper:
                    return True
    return False


def diminutive_of(low: str, proper: frozenset[str]) -> bool:
    """'rocky' for 'rockhampton', 'brissie' for 'brisbane', 'jacko' for 'jackson': the first four letters or
    more of a notes name and a pet ending (-y, -ie, -o)."""
    if len(low) < 4:
        return False
    for ending in ("ie", "y", "o"):
        if not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        for cut in (stem, stem[:-1] if len(stem) >= 4 and stem[-1] == stem[-2] else ""):  # 'brissie' -> 'bris'
            if len(cut) >= 4 and any(p.startswith(cut) and len(p) > len(cut) + 2 for p in proper):
                return True
    return False


# Places whose adjective is no regular ending of their name: 'Polish' retail names Poland.
_ADJECTIVE_OF = {
    "poland": "polish",
    "finland": "finnish",
    "sweden": "swedish",
    "denmark": "danish",
    "netherlands": "dutch",
    "holland": "dutch",
    "spain": "spanish",
    "scotland": "scottish",
    "ireland": "irish",
    "england": "english",
    "britain": "british",
    "wales": "welsh",
    "turkey": "turkish",
    "greece": "greek",
    "france": "french",
    "switzerland": "swiss",
    "thailand": "thai",
    "philippines": "filipino",
    "czechia": "czech",
    "iceland": "icelandic",
}


def _folded(word: str) -> str:
    """A word without its accents: 'Université' and the notes' 'Universite' are one name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@per_notes
def _folded_names(notes: Notes) -> frozenset[str]:
    """The notes' names (capitalised words and comment names) without their accents, once per notes."""
    return frozenset(_folded(p) for p in proper_words(notes) | comment_names(notes))


def said_otherwise(bare: str, notes: Notes) -> bool:
    """Whether a capitalised word the notes do not write is still theirs in another form (see the module)."""
    low = bare.lower()
    if low in WORLD_MAP or low in comment_names(notes):
        return True
    proper = proper_words(notes) | comment_names(notes)
    if _folded(low) in _folded_names(notes):
        return True  # the same name with or without its accents
    if _ADJECTIVE_OF.get(low) in proper or any(demonym_of(p, frozenset({low})) for p in proper):
        return True  # 'Poland' where the notes say 'Polish retail', 'Kenya' for 'Kenyan tea'
    return demonym_of(_folded(low), _folded_names(notes)) or diminutive_of(low, proper)
