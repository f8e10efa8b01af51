"""Words split by characters nobody sees: "upd\u200bate your re\u00adview" reads "update your review".

A soft hyphen or a zero-width space inside a word is invisible to the buyer and breaks every phrase pattern (the
folded text keeps each character, so spans stay exact: ``fold`` even turns a zero-width space into a hyphen, which
is right for a number or a domain it hides in). The phrase rules therefore read such a text a second time with
those characters taken out; :func:`visible` gives that text and where each of its characters stood.
"""

from __future__ import annotations

import re

__all__ = ["visible"]

# Soft hyphen (U+00AD, rendered only at a line break), the Mongolian vowel separator, zero-width space, non-joiner
# and joiner, the word joiner and the invisible operators, the byte-order mark used as a zero-width no-break space.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]+")


def visible(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its invisible characters and, per character kept, its index in ``text``; None when it
    has none (the common case: one C-level search)."""
    if _INVISIBLE.search(text) is None:
        return None
    kept: list[int] = []
    pieces: list[str] = []
    at = 0
    for m in _INVISIBLE.finditer(text):
        pieces.append(text[at : m.start()])
        kept.extend(range(at, m.start()))
        at = m.end()
    pieces.append(text[at:])
    kept.extend(range(at, len(text)))
    return "".join(pieces), kept
