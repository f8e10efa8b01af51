"""Linear scans of the relay template: dashed markers, item lines, the no-response-needed link, subjects.

Every function here sees text a stranger wrote, before any authenticity check, so each runs in time linear in
its input (the issue that led here: ``1 x `` repeated over 20 KB took seconds in a backtracking regex, 80 KB
minutes). The technique is the same throughout: search for a *literal anchor* (``ASIN``, the link path, a run
of dashes) with a regex that cannot backtrack, then look at a bounded window around each hit. Where a pattern
still repeats, its repeats are possessive (Python ≥ 3.11) and start with distinct characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ._markers import RELAY_ADDRESS_RE, RETURN_TOPIC_WORDS
from ._model import ItemLine

__all__ = [
    "Marker",
    "inline_markers",
    "is_item_line",
    "is_return_topic",
    "item_lines",
    "no_response_link",
    "relay_alias_in_text",
    "strip_name_suffix",
    "subject_inquiry",
]

# ------------------------------------------------------------------------------------------ dashed markers

_DASH_RUN = re.compile(r"-{3,}+")
_HSPACE = re.compile(r"[ \t]*+")
#: "---- words ----": at most this many characters of words between the dashes (§4.3b).
MAX_MARKER_WORDS = 60


@dataclass(frozen=True)
class Marker:
    """A dashed marker: ``------------- Begin message -------------`` (``words`` = ``Begin message``)."""

    start: int
    end: int
    words: str


def _words_between(text: str, start: int, end: int) -> str | None:
    """The words between two dash runs if they may form a marker (one line, no dashes, ≤ 60 characters)."""
    left = _HSPACE.match(text, start, end)
    words = text[left.end() if left else start : end].rstrip(" \t")
    if len(words) > MAX_MARKER_WORDS or "\n" in words or "-" in words:
        return None
    return words


def inline_markers(text: str) -> Iterator[Marker]:
    """The dashed markers, left to right, non-overlapping — HTML flattened to one line included.

    A marker is a run of three or more dashes, up to 60 characters of words on the same line (no dashes), and
    another run; a single run of six or more dashes is a marker with no words. Lazy, one pass over the dash
    runs: a caller that stops early pays only for the text up to where it stopped.
    """
    runs = ((m.start(), m.end()) for m in _DASH_RUN.finditer(text))
    current = next(runs, None)
    while current is not None:
        start, end = current
        following = next(runs, None)
        if following is not None:
            words = _words_between(text, end, following[0])
            if words is not None:
                yield Marker(start, following[1], words)
                current = next(runs, None)
                continue
        if end - start >= 6:
            yield Marker(start, end, "")
        current = following


# ------------------------------------------------------------------------------------------------ item lines

_ASIN = re.compile(r"\bASIN\s*+:\s*+([A-Z0-9]{10})\b\s*+\]?", re.IGNORECASE)
_QUANTITY = re.compile(r"(?<![0-9])([0-9]{1,6})\s++(?:of|x|×)\s++", re.IGNORECASE)
_BEFORE_ASIN = re.compile(r"\[?\s*+$")
#: Titles longer than this are not looked at (Amazon titles are at most a few hundred characters).
MAX_TITLE_WINDOW = 512


def _title_barrier(region: str) -> tuple[int, int]:
    """(end of the title part, first index a title may start at) for the text before an ``ASIN:``."""
    stripped = region.rstrip()
    core_end = len(stripped) - 1 if stripped.endswith("[") else len(stripped)
    barrier = max(region.rfind("\n", 0, core_end), region.rfind("[", 0, core_end))
    return core_end, barrier + 1


def _item(region: str, asin: str, *, anchored: bool) -> ItemLine | None:
    core_end, first_allowed = _title_barrier(region)
    for quantity in _QUANTITY.finditer(region, 0, core_end):
        if anchored and quantity.start() != 0:
            return None
        if quantity.end() >= first_allowed:
            title = region[quantity.end() : core_end].strip()
            if title:
                return ItemLine(asin=asin, quantity=int(quantity.group(1)), title=title)
        if anchored:
            return None
    return None


def item_lines(text: str) -> tuple[ItemLine, ...]:
    """Items of the template, ``1 of <title> [ASIN: B0…]`` or a bare ``ASIN: B0…``, first occurrence per ASIN."""
    seen: dict[str, ItemLine] = {}
    previous_end = 0
    for match in _ASIN.finditer(text):
        asin = match.group(1).upper()
        if asin not in seen:
            lo = max(previous_end, match.start() - MAX_TITLE_WINDOW)
            seen[asin] = _item(text[lo : match.start()], asin, anchored=False) or ItemLine(asin=asin)
        previous_end = match.end()
    return tuple(seen.values())


def is_item_line(line: str) -> bool:
    """Whether ``line`` starts with an item: ``1 of <title> [ASIN: …]``, ``[ASIN: …]`` or ``ASIN: …``."""
    match = _ASIN.search(line)
    if match is None:
        return False
    region = line[: match.start()]
    if _BEFORE_ASIN.match(region):
        return True
    return _item(region, match.group(1).upper(), anchored=True) is not None


# ---------------------------------------------------------------------------------------- links and aliases

_NRN_PATH = re.compile(r"/communication-manager/no-response-needed\.html\?", re.IGNORECASE)
_URL_START = re.compile(r"https?://(?=\S)", re.IGNORECASE)
_NOT_SPACE = re.compile(r"\S*+")
_MAX_URL_PREFIX = 1024


def no_response_link(text: str) -> str | None:
    """The first ``https://…/communication-manager/no-response-needed.html?…`` link (carries ``msg`` and ``mp``)."""
    for path in _NRN_PATH.finditer(text):
        lo = max(0, path.start() - _MAX_URL_PREFIX)
        window = text[lo : path.start()]
        run = lo + max(window.rfind(c) for c in (" ", "\t", "\n", "\r", "\f", "\v")) + 1
        start = _URL_START.search(text, run, path.start())
        if start is not None:
            tail = _NOT_SPACE.match(text, path.end())
            return text[start.start() : tail.end() if tail else path.end()]
    return None


_RELAY_DOMAIN = re.compile(r"@marketplace\.amazon\.", re.IGNORECASE)
_LOCAL_BEFORE = re.compile(r"[a-z0-9+]{6,80}$", re.IGNORECASE)
_TLD_AFTER = re.compile(r"[a-z.]{2,7}", re.IGNORECASE)


def relay_alias_in_text(text: str) -> re.Match[str] | None:
    """The first relay address named in ``text`` (e.g. in an opt-out bounce), as a RELAY_ADDRESS_RE match."""
    for at in _RELAY_DOMAIN.finditer(text):
        local = _LOCAL_BEFORE.search(text, max(0, at.start() - 80), at.start())
        tld = _TLD_AFTER.match(text, at.end())
        if local and tld:  # the first address-shaped text decides, as a single regex search would
            return RELAY_ADDRESS_RE.match(text[local.start() : tld.end()].lower())
    return None


# ---------------------------------------------------------------------------------------- subjects and names

# "<Topic> inquiry from Amazon customer <Name> (Order: …)" and the bare "Inquiry from Amazon customer …" (§4.3).
_INQUIRY = re.compile(r"(?:^|(?<=\s))inquiry\s++from\s++amazon\s++customer\b", re.IGNORECASE)
_NAME_END = re.compile(r"[()]")
_AMAZON_NAME_SUFFIX = re.compile(r"-\s*+amazon(?:\s++marketplace)?\b", re.IGNORECASE)


def subject_inquiry(subject: str) -> tuple[str | None, str] | None:
    """(topic, buyer name) of an inquiry subject, or None when the subject is not one.

    "Product details inquiry from Amazon customer Cherri (Order: …)" → ("Product details", "Cherri").
    """
    match = _INQUIRY.search(subject)
    if match is None:
        return None
    topic = subject[: match.start()].strip() or None
    rest = subject[match.end() :]
    name_end = _NAME_END.search(rest)
    return topic, rest[: name_end.start() if name_end else len(rest)].strip()


def strip_name_suffix(name: str) -> str:
    """``"Cherri - Amazon Marketplace"`` → ``"Cherri"`` (the relay's display-name suffix, §4.3)."""
    match = _AMAZON_NAME_SUFFIX.search(name)
    return name[: match.start()].rstrip() if match else name


# ---------------------------------------------------------------------------------------------- return topics

#: Topics longer than this are not looked at (a topic is a subject's first words; subjects are short).
MAX_TOPIC = 300
_WORDS = [w for ws in RETURN_TOPIC_WORDS.values() for w in ws]
# Latin-script words start a word (letters before would make another word: "cereso"); a "*" word may go on
# ("returns"), the others end there ("reso" but not "resolution"). Other scripts match anywhere.
_RETURN_WORD = re.compile(
    "|".join(
        sorted(
            {
                rf"(?<![^\W\d_]){re.escape(w.rstrip('*'))}" + ("" if w.endswith("*") else r"(?![^\W\d_])")
                if w.isascii()
                else re.escape(w)
                for w in _WORDS
            }
        )
    )
)


def _fold(text: str) -> str:
    """Lower case without accents or Arabic hamza/diacritics: "Rücksendung" → "rucksendung", "إرجاع" → "ارجاع"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("إ", "ا").replace("أ", "ا")


def is_return_topic(topic: str | None) -> bool:
    """Whether a thread topic is about a return ("Return policy", "Rücksendung", "返品" …; RETURN_TOPIC_WORDS)."""
    if not topic:
        return False
    return _RETURN_WORD.search(_fold(topic[:MAX_TOPIC])) is not None
