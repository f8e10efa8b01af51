"""A statistical second reading of the review rules: a linear model over the message's character n-grams.

Why: the review rules' phrase tables reach 0.99 precision on the phrasings they were tuned on, but a fresh writer's
review bargains and change requests ("it would be lovely if it reflected where things ended up") slip past them;
rounds of new phrases moved blind held-out batches by one or two messages each (docs/rules.md, stops 32-34). A
logistic regression over character 2-5-grams, trained on the tuning corpus only, generalises to unseen phrasings in
every language the corpus has, at a threshold chosen by cross-validation on the tuning corpus (never on held-out
data): ``scripts/train_review_model.py`` writes ``_review_model.json``.

It only ever *adds*: a rule the phrase tables found is reported as they found it; the model reports a rule they
missed, for the whole message (it reads the message, not a phrase), and only in a message that names a review, a
rating or stars in one of the 16 languages (the phrase tables' own review anchors, which the message's one scan
already reports: most replies never pay for the n-grams).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("_review_model.json")
GRAM_SIZES = (2, 3, 4, 5)
_DIGIT = re.compile(r"\d")


#: The longest text the model reads: 4x the longest message it was trained on (1,264 characters). A longer text (a
#: thread quoted whole, a hostile mail) is left to the phrase tables: its n-grams would cost time and memory linear
#: in its distinct words (800 KB of distinct words took 3 s and 380 MB) and the model knows nothing of documents.
MAX_CHARS = 5_000


@functools.lru_cache(maxsize=4_096)  # ~10 MB at most; a reply's vocabulary recurs
def word_grams(word: str) -> frozenset[str]:
    """The distinct character n-grams of one word (digits already read as ``0``), padded with a space on either
    side. Cached: reply vocabulary recurs from message to message."""
    padded = f" {word} "
    length = len(padded)
    return frozenset(padded[i : i + n] for n in GRAM_SIZES for i in range(length - n + 1))


def grams(low: str) -> set[str]:
    """The distinct n-grams of ``low`` (folded text) the model reads: those of each whitespace-separated word, every
    digit read as ``0`` (an order number is no evidence either way)."""
    return set().union(*map(word_grams, set(_DIGIT.sub("0", low).split())))


#: What the model's findings say of themselves (the benchmarks count them by it).
NOTE = "statistical review model"


def may_read(low: str, present: Set[str]) -> bool:
    """Whether the model reads this message at all: one no longer than :data:`MAX_CHARS` whose anchors (``present``,
    from its :class:`~marketmsg.rules._lexicon.Scan`) hold a review word. Asked before the model is loaded, so a
    process whose messages name no review never reads the weights."""
    return len(low) <= MAX_CHARS and not gate_words().isdisjoint(present)


@dataclass(frozen=True)
class ReviewModel:
    """One logistic regression per rule over binary n-gram features, each message's vector scaled to unit length by
    *all* its distinct n-grams (known to the model or not), so a score needs no vocabulary beyond the weights.
    ``requires``: per rule, the :data:`CONDITIONS` a message must also meet for that rule (trained and
    cross-validated under the same conditions)."""

    rules: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: Mapping[str, float]
    weights: tuple[Mapping[str, float], ...]  # per rule, in the order of ``rules``
    requires: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def scores(self, low: str, only: Set[str] | None = None) -> dict[str, float]:
        """Each rule's probability (or each of ``only``) for the message ``low`` (folded), gate or not."""
        seen = grams(low)
        scale = 1.0 / math.sqrt(len(seen)) if seen else 0.0
        return {
            rule: _sigmoid(b + sum(map(weights.get, seen, repeat(0.0))) * scale)
            for rule, b, weights in zip(self.rules, self.bias, self.weights, strict=True)
            if only is None or rule in only
        }

    def read(self, low: str, wanted: frozenset[str], found: Set[str]) -> dict[str, tuple[float, float]]:
        """The rules of ``wanted`` this message (one :func:`may_read` lets through) reaches the threshold of: rule ->
        (score, threshold). Empty when no rule of ``wanted`` has a threshold and its conditions met (``found``: the
        rules the phrase tables found)."""
        # conditions the check already knows first; a search of the text (a benefit named) only once the score is
        # reached (measured: the benefit table's search took ~170 µs a violation-dense message, the score ~35 µs)
        rules = [
            rule
            for rule in wanted.intersection(self.thresholds)
            if all(CONDITIONS[name](low, found) for name in self.requires.get(rule, ()) if name in _KNOWN)
        ]
        if not rules:
            return {}
        scored = self.scores(low, set(rules))
        return {
            rule: (scored[rule], self.thresholds[rule])
            for rule in rules
            if scored[rule] >= self.thresholds[rule]
            and all(
                CONDITIONS[name](low, found) for name in self.requires.get(rule, ()) if name not in _KNOWN
            )
        }


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _review_rule_found(low: str, found: Set[str]) -> bool:
    return any(rule.startswith("review.") for rule in found)


def _benefit_named(low: str, found: Set[str]) -> bool:
    from marketmsg.rules._tables import tables

    return tables().benefit.search(low) is not None


#: What a rule's model may require of a message besides the review word: the phrase tables already found it asking
#: something of a review, or it names a benefit (a refund, a gift, a coupon … in 16 languages, the bargain rules' own
#: table). ``review.incentive`` alone is too often a change request with a benefit *already given* (the labels keep
#: that a change request only); with both conditions its additions are right in cross-validation.
CONDITIONS: Mapping[str, Callable[[str, Set[str]], bool]] = {
    "a review rule found": _review_rule_found,
    "a benefit named": _benefit_named,
}
#: The conditions read from what the check already knows (no search of the text).
_KNOWN = frozenset({"a review rule found"})


@functools.cache
def gate_words() -> frozenset[str]:
    """Every language's review words, as the phrase tables anchor on them (word stems; substrings in scripts without
    spaces). The review families register them with the anchor index, so every
    :class:`~marketmsg.rules._lexicon.Scan` reports them (tests/rules/test_review_model.py)."""
    from marketmsg.rules._phrases_intl import R7_REVIEW_ANCHORS

    return frozenset(w for alternatives in R7_REVIEW_ANCHORS.values() for w in alternatives.split("|") if w)


@functools.cache
def review_model() -> ReviewModel | None:
    """The shipped model, loaded on the first message :func:`may_read` lets through with a review rule left to read;
    ``None`` when the file is missing (an installation without package data: the phrase tables alone)."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # pragma: no cover - an installation without the file
        return None
    return from_data(data)


def from_data(data: Mapping[str, object]) -> ReviewModel:
    """A model from its JSON form (``scripts/train_review_model.py``): weights are stored as integers of
    ``1 / scale`` to keep the file small."""
    rules = tuple(str(r) for r in data["rules"])  # type: ignore[attr-defined]
    scale = float(data["scale"])  # type: ignore[arg-type]
    stored: Mapping[str, list[int]] = data["weights"]  # type: ignore[assignment]
    weights = tuple(
        {gram: values[i] * scale for gram, values in stored.items() if values[i]} for i in range(len(rules))
    )
    return ReviewModel(
        rules=rules,
        bias=tuple(float(b) for b in data["bias"]),  # type: ignore[attr-defined]
        thresholds={str(k): float(v) for k, v in data["thresholds"].items()},  # type: ignore[attr-defined]
        weights=weights,
        requires={
            str(rule): tuple(str(name) for name in names)
            for rule, names in data.get("requires", {}).items()  # type: ignore[attr-defined]
        },
    )
