"""``for_search`` moves alternatives of a pattern that is only searched for: it must find a match exactly where the
pattern as written does (the messenger's feature words, over the corpus and the speed benchmark's messages)."""

from __future__ import annotations

import random
import re

from benchmarks.rules_accuracy import load_corpus
from benchmarks.rules_speed import number_heavy, typical, violation_dense

from marketmsg.rules import fold
from marketmsg.rules._messenger import _FEATURE, _FEATURE_WORDS
from marketmsg.rules._prefilter import _top_level_alternatives, for_search


def test_the_alternatives_are_split_at_the_top_level_only() -> None:
    assert _top_level_alternatives(r"a|(?:b|c)|[|(]|\||d") == ["a", "(?:b|c)", "[|(]", r"\|", "d"]
    assert for_search(r"x|\by\b|z|\bw").pattern == r"x|z|\b(?:y\b|w)"


def test_feature_words_found_exactly_where_the_written_pattern_finds_them() -> None:
    written = re.compile(_FEATURE_WORDS)
    rng = random.Random(3)
    texts = [str(row["text"]) for row in load_corpus()]
    texts += [text for make in (typical, number_heavy, violation_dense) for _, _, text in make(rng, 800)]
    tried = found = 0
    for text in texts:
        low = fold(text)
        # sentence-sized ranges as the messenger searches, and the whole text
        for lo, hi in [(0, len(low)), *((lo, lo + n) for lo in range(0, len(low), 23) for n in (40, 120))]:
            expected = written.search(low, lo, hi) is not None
            assert (_FEATURE.search(low, lo, hi) is not None) == expected, (low, lo, hi)
            tried += 1
            found += expected
    assert found > 300 and tried > 10 * found  # both answers are well exercised


def test_unable_words_found_exactly_where_the_written_pattern_finds_them() -> None:
    # The vetoes' "we can't …" words are only searched for (is there one in the span): compiled for search.
    from marketmsg.rules._phrases_intl import UNABLE
    from marketmsg.rules._vetoes import _words

    written = re.compile(UNABLE)
    compiled = _words().unable
    texts = [str(row["text"]) for row in load_corpus()]
    texts += [text for _, _, text in violation_dense(random.Random(5), 800)]
    tried = found = 0
    for text in texts:
        low = fold(text)
        for lo, hi in [(0, len(low)), *((lo, lo + n) for lo in range(0, len(low), 23) for n in (50, 110))]:
            expected = written.search(low, lo, hi) is not None
            assert (compiled.search(low, lo, hi) is not None) == expected, (low, lo, hi)
            tried += 1
            found += expected
    # the corpus says "we can't …" rarely: few matches, but both answers occur
    assert found > 5 and tried > 10 * found
