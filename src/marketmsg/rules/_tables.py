"""The lexicon and detector tables, built once on the first check (never at import).

Compiling the ~400 multilingual phrase patterns costs a few hundred milliseconds and phonenumbers' metadata more:
``import marketmsg.rules`` must stay cheap (issue 14), so nothing here runs until a check needs it. Building is
idempotent and guarded by a lock, so concurrent first checks build once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ._lexicon import Family, Phrase
from ._prefilter import grouped, with_first_chars
from ._vetoes import Veto

__all__ = ["Tables", "platform_families", "tables"]


@dataclass(frozen=True)
class Tables:
    """Everything the detectors need, compiled."""

    families: tuple[Family, ...]
    messenger: tuple[Phrase, ...]
    #: Any offered benefit (refund, coupon, gift …) in the sixteen languages: a review change request followed by
    #: one, even in the next sentence ("Could you delete the review? We will refund the shipping."), is an offer.
    benefit: re.Pattern[str]
    #: A benefit offered ("we are willing to refund in full"): in the sentence before a review change request it makes
    #: the request an incentive too (issue 12.6 round 7).
    offer: re.Pattern[str]
    #: Rule id -> the context that drops one of its matches (thanks for a review given, a negated request).
    vetoes: Mapping[str, Veto]


_lock = threading.Lock()
_built: Tables | None = None


def tables() -> Tables:
    """The compiled tables (built on the first call)."""
    global _built  # noqa: PLW0603 - one lazily built, immutable table set per process
    if _built is not None:
        return _built
    with _lock:
        if _built is None:
            from . import (
                _contact,
                _disguised_phones,
                _messenger,
                _phones,
                _phrases,
                _phrases_intl,
                _review_concepts,
                _spelled,
                _vetoes,
            )
            from ._lexicon import ANCHORS

            _contact.register_anchors()
            ANCHORS.register(_phones.KEYWORDS)
            _spelled.register_anchors()
            _disguised_phones.register_anchors()
            _built = Tables(
                families=(
                    *_phrases.BASE_FAMILIES,
                    *_phrases_intl.INTL_FAMILIES,
                    *_review_concepts.REVIEW_CONCEPT_FAMILIES,
                ),
                messenger=_messenger.phrases(),
                # A longer warranty or a prize draw is a benefit too ("… überdenken? Als Dank verlängern wir die Garantie").
                # Its hundreds of word branches grouped by first character (``dispatched``: the same matches): a search
                # of the 90 characters after a review change request 55 -> 23 µs (violation-dense set). Not the offer
                # pattern: its first branch starts with any of the offer words' letters, and grouping made it slower.
                benefit=grouped(
                    "|".join(
                        f"(?:{words})"
                        for words in (*_phrases_intl.BENEFIT.values(), *_phrases_intl.PRIZE.values())
                    )
                ),
                offer=re.compile(
                    with_first_chars(
                        "(?:"
                        + "|".join(f"(?:{words})" for words in _phrases_intl.OFFER.values())
                        + r")[^.!?。！？\n]{0,40}?(?:"
                        + "|".join(f"(?:{words})" for words in _phrases_intl.BENEFIT.values())
                        + ")|"
                        + "|".join(f"(?:{words})" for words in _phrases_intl.OFFER_SELF.values())
                    )
                ),
                vetoes=_vetoes.vetoes(),
            )
    return _built


@cache
def platform_families(names: tuple[str, ...]) -> tuple[Family, ...]:
    """Families that need the platform's own names ("pay outside of <platform>"), built per name set.

    The names come from the adapter's rule pack (``ContentPolicy.platform_names``): the core knows none.
    """
    tables()
    from ._phrases_intl import platform_name_families

    with _lock:
        return platform_name_families(names)
