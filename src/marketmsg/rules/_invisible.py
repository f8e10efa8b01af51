"""Words split by characters nobody sees: "upd\u200bate your re\u00adview" reads "update your review" (and "تعدّل
التقييم" reads "تعدل التقييم": vowel marks change no letter).

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
# Also the marks that change no letter: Arabic harakat, shadda and the tatweel that stretches a word ("تعدّل" is
# "تعدل" to every pattern, batch AM), and Hebrew niqqud and cantillation (not the maqaf, paseq or sof pasuq).
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640"
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]+"
)


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
