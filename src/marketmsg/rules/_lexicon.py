"""The phrase engine of the content rules: anchors, one scan per message, sentence windows, phrase families.

Every family is data: *anchor* words (a message containing none of them skips the family's regexes entirely,
which is what keeps the check fast) and regex fragments per language, matched against the folded, lower-cased
text. The phrase data itself lives in :mod:`._phrases` and :mod:`._phrases_intl` and is compiled on the first
check (:mod:`._tables`), so importing :mod:`marketmsg.rules` stays cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Set
from dataclasses import dataclass, field, fields
from itertools import combinations
from operator import itemgetter
from typing import cast

from ._prefilter import Deferred, Gate, dispatched, with_first_chars

__all__ = [
    "ANCHORS",
    "SENTENCE_END",
    "Family",
    "Linked",
    "Phrase",
    "Plan",
    "Scan",
    "family",
    "linked_family",
    "merged",
    "near",
    "phrase",
    "sentence_view",
]

# ``\w`` matches CJK too, so CJK fragments use explicit character classes instead.
_W = r"[^\W\d_]+"  # one word of letters
_GAP = rf"(?:{_W}[\s-]+){{0,3}}?"  # up to three filler words ("a quick honest")
_SENT = r"[^.!?。！？\n]"  # any character that stays inside the sentence
# An amount of money offered ("5 €", "$10", "R$ 30", "5 euros"): an incentive in itself.
_MONEY = (
    r"(?:(?:[$€£¥]|r\$|us\s?\$)\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|\$|£|euros?|eur|usd|dollars?|pounds?"
    r"|reais|yuan))"
)


# Latin words are maximal runs of these letters; CJK anchors are found by substring.
# (A greedy match always starts at a word's first letter and takes the whole word.)
_LATIN = "a-zß-ÿœ"
_WORD_CHARS = frozenset(map(chr, [*range(ord("a"), ord("z") + 1), *range(0xDF, 0x100), 0x153]))
# The alphabets written with spaces between words, besides Latin: Cyrillic, Hebrew, Arabic and Hangul. An anchor made
# of the letters of one alphabet ("an", "отзыв", "ביקורת", "리뷰") occurs exactly when some maximal run of that
# alphabet's letters (a word) contains it: what each word contains is remembered per word, like the Latin stems.
_SCRIPTS = ("\u0430-\u045f", "\u05d0-\u05ea", "\u0620-\u064a", "\uac00-\ud7a3")
_ALPHABETS = tuple(re.compile(f"[{letters}]+") for letters in (_LATIN, *_SCRIPTS))
# The words of a message: Latin ones from two letters (a shorter one holds no anchor), the others from one. Each
# pattern starts with a class of every letter, so the engine skips to a letter in C (the plain alternation of the
# alphabets tried each at every position: 7.8 µs a non-ASCII message of the typical set, this 4.0).
_LATIN_WORD = re.compile(f"[{_LATIN}][{_LATIN}]+")
_WORD = re.compile(
    f"[{_LATIN}{''.join(_SCRIPTS)}]"
    + "(?:"
    + "|".join([f"(?<=[{_LATIN}])[{_LATIN}]+", *(f"(?<=[{letters}])[{letters}]*" for letters in _SCRIPTS)])
    + ")"
)
# The maximal runs of each alphabet inside an anchor (its word pieces).
_PIECE = re.compile("|".join(a.pattern for a in _ALPHABETS))
_FIRST_THREE = itemgetter(slice(None, 3))
#: How many distinct words :class:`_AnchorIndex` remembers the stems of (a few MB at most).
_MAX_WORDS = 50_000
#: Above this many anchor occurrences a phrase scans the whole text once instead of a window per occurrence.
_MAX_WINDOWS = 64
#: How far a match may reach from its anchor (the longest patterns allow ~80 characters inside a sentence).
REACH = 130
# Where a sentence ends: patterns never cross one, so a window stops there too.
# Written to start with a character class, so the regex engine skips to the marks in C.
SENTENCE_END = re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=\s)|(?<=[。！？\n]))")
# The dots of an ordinal or of a date without its year, with the sentence going on after it: German and Polish "zum
# 3. Mal", "am 5. Mai", "Ihre Bewertung vom 02.10. zu ändern", "do 15. maja". They end no sentence, but ``_SENT``
# (a character class, for speed) and ``SENTENCE_END`` would end one there, and a gap of words (``\w+\s+``) would
# stop at them. Not after a longer number, a price, an id or the last group of a tracking number ("it costs 4.50.",
# "order 112-4839201-7734512. Please", "1Z 999 AA1 01 2345 67. It"), and not before a line break.
_NUMBER_DOT = re.compile(r"(?<![\w.,:/$€£¥-])(?<!\d\s)\d{1,2}\.(?:(?:0?[1-9]|1[0-2])\.)?(?= +\w)")
_DIGITS = frozenset("0123456789")


def sentence_view(low: str) -> str:
    """``low`` with the dots of ordinals and dates that end no sentence read as ``_`` ("3_", "02_10_": a word, as
    the phrases' gaps expect; same length, so spans stay); ``low`` itself when it has none.

    Only a ". " after a digit is looked at closer (a tracking number or a price ends many sentences; a regex over
    the whole text cost 3.8 µs a typical message, this 1.4)."""
    i = low.find(". ")
    while i > 0:
        if low[i - 1] in _DIGITS and _NUMBER_DOT.search(low, max(0, i - 5), i + 3) is not None:
            return _NUMBER_DOT.sub(lambda m: m[0].replace(".", "_"), low)
        i = low.find(". ", i + 2)
    return low


def _is_stem(anchor: str) -> bool:
    # Only Latin words are stems (``_LATIN_WORD``); Cyrillic, Hangul, Arabic, Hebrew and CJK anchors are "others".
    return len(anchor) >= 3 and all(c in _WORD_CHARS for c in anchor)


class Scan:
    """One pass over a message that answers "does anchor X occur?" cheaply for every rule.

    Latin anchors are word stems: one ``findall`` yields every word, and the stems each word starts with are
    remembered per word (:meth:`_AnchorIndex.learn`); Latin anchors of several words ("check out") are looked
    for only when a word starts with their first three letters. Other anchors are substrings: those of one
    alphabet's letters ("an", "отзыв", "리뷰") are known from the words that contain them (remembered per word too),
    those with a word inside ("la poste", " at ", "e-mail") are looked for only when a word starts like it, and the
    rest ("% off", "微信") are each tested only when the message holds its rarest character (one regex of those
    characters decides which).
    Positions are computed only for anchors that occur, and only when a rule asks for them.
    """

    __slots__ = ("_around", "_ends", "_present", "_windows", "literals", "low")

    def __init__(self, low: str) -> None:
        self.low = low
        index = ANCHORS
        index.others()  # (re)builds the phrase and character keys after new registrations
        # A Latin stem anchor is present when some word starts with it. What each word implies is remembered per
        # word (vocabulary recurs from message to message; order numbers and names do not reach here: they are no
        # runs of letters): the stems it starts with and the anchors of one alphabet it contains, and the anchors
        # of several words ("check out", "fora d", "la poste") starting like it, to look for. A message of known
        # words costs one findall and C-level maps and unions.
        words = (_LATIN_WORD if low.isascii() else _WORD).findall(low)
        present: set[str] = set()
        if words:
            memo = index.word_anchors
            try:
                # a new word (no memo: ``None``) stops the union: the words are looked up again, learning the new
                # (testing the lookups for ``None`` cost 0.5 µs a typical message, all of whose words are known)
                present = present.union(*cast("list[frozenset[str]]", map(memo.get, words)))
            except TypeError:
                # a new word learned once, not at each of its occurrences (a megabyte of one repeated sentence
                # learned its words a hundred thousand times: a fifth of the check)
                got = [memo[w] if w in memo else index.learn(w) for w in words]
                present = present.union(*got)
            # The anchors of several words come with the words that can hold them (see :meth:`_AnchorIndex.learn`),
            # marked: only those are looked for, where every anchor of a bucket keyed on a word's first three
            # letters was (typical set: ~5 buckets a message, each a gate search over the text or a few ``in``;
            # the scan, with the lettered substrings filed likewise, 23.2 -> 19.8 µs a message).
            marks = present.intersection(index.after_marks)
            if marks:
                present -= marks
                starts: set[str] | None = None
                unmarked = index.unmarked
                for mark in marks:
                    anchor, bucket = unmarked[mark]
                    # The substring first: it rarely occurs, and the words' starts are gathered only then (a word
                    # ending with the anchor's first piece must leave some word starting like its bucket). Typical
                    # set: 7 marks a message, 1.3 of them such; the scan 19.8 -> 17.8 µs a message.
                    if anchor in low:
                        if bucket is not None:
                            if starts is None:
                                starts = set(map(_FIRST_THREE, words))
                            if bucket not in starts:
                                continue
                        present.add(anchor)
        # Every other anchor (punctuation, spaces, Cyrillic, Arabic, Hebrew, Hangul, CJK, accented Latin) by
        # substring, but only those whose rarest character the message contains. The few ASCII key characters
        # are each looked for with one C-level ``in``; the others by one regex of them all (none to run for an
        # ASCII message; measured on the non-ASCII messages of the typical set: 1.7 µs, where a set of the
        # message's non-ASCII characters intersected with the keys took 4.5).
        keyed = index.keyed
        chars = [c for c in index.ascii_keys if c in low]
        if not low.isascii():
            chars.extend(set(index.other_keys.findall(low)))
        for char in chars:
            anchors = keyed[char]
            if anchors[0] == char:  # the character is an anchor itself ("@", "%", "加", "一"): present
                present.add(char)
                anchors = anchors[1:]
            for anchor in anchors:
                if anchor in low:
                    present.add(anchor)
        self._present = present
        self._around: dict[str, list[tuple[int, int]]] = {}
        self._windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._ends: list[int] | None = None
        #: literal -> whether the text holds it (the phrases' prefilter tests, remembered for the message)
        self.literals: dict[str, bool] = {}

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``start:end``, at most ``REACH`` characters either side.

        A sentence ends after one of ``。！？`` or a line break, or after ``.!?`` followed by white space (the
        ``SENTENCE_END`` pattern). The text's sentence ends are found once (one C-level scan), then each
        window is two binary searches.
        """
        ends = self._sentence_ends()
        n = len(self.low)
        lo = max(0, start - REACH)
        i = bisect_left(ends, start) - 1  # the last end before ``start``
        if i >= 0 and ends[i] >= lo:
            lo = ends[i] + 1
        hi = min(n, end + REACH)
        i = bisect_left(ends, max(0, end - 1))  # the first end from the window's last character on
        if i < len(ends) and ends[i] + 1 < hi:
            hi = ends[i] + 1
        return lo, hi

    def _sentence_ends(self) -> list[int]:
        ends = self._ends
        if ends is None:
            ends = self._ends = [m.start() for m in SENTENCE_END.finditer(self.low)]
        return ends

    def previous_sentence_start(self, pos: int) -> int:
        """Where the sentence before the one holding ``pos`` begins (at most ``2 * REACH`` characters back).

        The context a pronoun refers to: "A negative review hurts us a lot. Could you delete it?" (issue 12.6
        round 7). Two binary searches over the sentence ends found once per message.
        """
        ends = self._sentence_ends()
        i = bisect_left(ends, pos) - 2  # the end before the previous sentence
        start = ends[i] + 1 if i >= 0 else 0
        return max(start, pos - 2 * REACH)

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (at most ``REACH`` characters on)."""
        return self._sentence(pos, pos)[1]

    @property
    def present(self) -> set[str]:
        """Every registered anchor that occurs in the text, and every prefilter literal of one alphabet it holds
        (marked: :data:`LITERAL_MARK` in front; see :meth:`_AnchorIndex.register_literals`)."""
        return self._present

    def windows(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        """Merged ``(lo, hi)`` ranges: the sentence around every occurrence of the present anchors.

        Cached per anchor tuple and per anchor: the phrases of one family (one per language) often share their
        anchors, and the families of the review rules share "review" and its translations.
        """
        found = self._windows.get(anchors)
        if found is None:
            found = self._windows[anchors] = self._merged(anchors)
        return found

    def _merged(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for anchor in anchors:
            if anchor not in self._present:
                continue
            around = self._around.get(anchor)
            if around is None:
                around = self._around[anchor] = self._sentences(anchor)
            if not around or len(spans) > _MAX_WINDOWS:
                # A text dense with anchors (a megabyte of "@"): one window over all of it costs one linear
                # regex pass, where a window per occurrence would cost a Python call each.
                return [(0, len(self.low))]
            spans.extend(around)
        if len(spans) <= 1:
            return spans
        spans.sort()
        merged = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged

    def _sentences(self, anchor: str) -> list[tuple[int, int]]:
        """The sentence around each occurrence of a present anchor; ``[]`` when it occurs too often."""
        low = self.low
        positions: list[int] = []
        i = low.find(anchor)
        while i != -1 and len(positions) <= _MAX_WINDOWS:
            positions.append(i)
            i = low.find(anchor, i + 1)
        if len(positions) > _MAX_WINDOWS:
            return []
        return [self._sentence(i, i + len(anchor)) for i in positions]


_NOTHING = re.compile("(?!)")
#: Put in front of a prefilter literal in :attr:`Scan.present` (no text holds it: folding keeps no NUL in a word), so
#: a literal never passes for the anchor of the same spelling (anchors are stems, literals substrings).
LITERAL_MARK = "\x00"
#: Shorter literals ("de", "um", "sie") are in most messages' words: found per word they grew every word's memo (and
#: the per-message union of them) more than they saved (typical set, phrases and scan: 3 letters 1.5 µs a message
#: slower than 4, 5 and 6 2 and 5 µs slower): they are tested with ``in``, once per message, as before.
_MIN_WORD_LITERAL = 4
#: Put in front of an anchor of several words in a word's memo (:meth:`_AnchorIndex.learn`): the word can hold it and
#: is keyed like it (``_EXACT_MARK``), or ends with its first piece (``_SUFFIX_MARK``: keyed like it only if some word
#: of the message starts so). No anchor holds these characters.
_EXACT_MARK, _SUFFIX_MARK = "\x01", "\x02"


class _AnchorIndex:
    """Every anchor any rule registered, sorted by how :class:`Scan` finds it."""

    def __init__(self) -> None:
        self.stems: dict[str, list[str]] = {}
        self.other: list[str] = []
        self.phrases: dict[str, list[str]] = {}
        #: first two letters -> the anchors of one alphabet starting with them (one-letter anchors in ``letters``)
        self.inside: dict[str, tuple[str, ...]] = {}
        self.letters: frozenset[str] = frozenset()
        #: a word's first three letters (all of a shorter word) -> the anchors with a word inside starting like it
        self.entered: dict[str, tuple[str, ...]] = {}
        self.keyed: dict[str, tuple[str, ...]] = {}
        self.ascii_keys: tuple[str, ...] = ()
        #: one character class of the non-ASCII key characters
        self.other_keys: re.Pattern[str] = _NOTHING
        #: word -> the anchors it implies (stems it starts with, anchors of one alphabet it contains); filled by
        #: :meth:`learn`, emptied by :meth:`others`.
        self.word_anchors: dict[str, frozenset[str]] = {}
        #: The prefilter literals of one alphabet (see :meth:`register_literals`), by their first two letters, each
        #: with its marked form (one-letter ones in ``literal_letters``, by letter).
        self.literal_words: set[str] = set()
        self.literal_inside: dict[str, tuple[tuple[str, str], ...]] = {}
        self.literal_letters: dict[str, str] = {}
        #: a word's first three letters -> the anchors of several words keyed like it (``phrases`` and ``entered``),
        #: each with the piece a word of the text holding it is (``True``) or starts with (``False``)
        self.after: dict[str, tuple[tuple[str, str, bool], ...]] = {}
        #: the first piece of a Latin anchor of several words -> those anchors (a word ending with it may hold them)
        self.after_tails: dict[str, tuple[str, ...]] = {}
        #: every mark :meth:`learn` may put in a word's memo
        self.after_marks: frozenset[str] = frozenset()
        #: each of those marks -> its anchor, and the word start the anchor is keyed on when the mark says only a word
        #: ending with the anchor's first piece holds it (:data:`_SUFFIX_MARK`: a word must start so), else ``None``
        self.unmarked: dict[str, tuple[str, str | None]] = {}
        #: the substring anchors with a word piece, by how a word of the text holding them relates to the piece
        #: (:data:`_WHOLE`, :data:`_ENDING`, :data:`_STARTING`) and the piece
        self.pieces: dict[int, dict[str, tuple[str, ...]]] = {_WHOLE: {}, _ENDING: {}, _STARTING: {}}
        #: the length of the longest of those pieces and of the keys of ``after_tails``
        self.longest_piece = 0
        self._built = False

    def learn(self, word: str) -> frozenset[str]:
        """What ``word`` implies (see :attr:`word_anchors`), remembered (a bounded memo: cleared when too big)."""
        key = word[:3]
        found = frozenset(
            (
                *(a for a in self.stems.get(key, ()) if word.startswith(a)),
                *self._contained(word),
                *self._literals_in(word),
                *self._after_in(word),
            )
        )
        memo = self.word_anchors
        if len(memo) >= _MAX_WORDS:
            memo.clear()  # a pathological stream of distinct words: start over rather than grow without bound
        memo[word] = found
        return found

    def _after_in(self, word: str) -> list[str]:
        """The anchors of several words ``word`` may hold, marked (see :data:`_EXACT_MARK`).

        An anchor of several words occurs only where a word of the text is its piece that a character of another
        alphabet ends or starts (see :func:`_word_piece`): a Latin anchor's first piece ("check" of "check out") is
        the whole word, or the end of a longer one ("recheck out"), and a piece after another alphabet's character
        ("poste" of "la poste", "at" of " at ") starts a word, which it is when a character of another alphabet
        follows it in the anchor too."""
        found = [
            _EXACT_MARK + anchor
            for anchor, piece, whole in self.after.get(word[:3], ())
            if (word == piece if whole else word.startswith(piece))
        ]
        # Only ends and starts as long as a piece (a megabyte-long word: linear, not a copy of each of its ends).
        tails = self.after_tails
        for n in range(
            3, min(len(word) - 1, self.longest_piece) + 1
        ):  # its proper ends of three letters or more
            found.extend(_SUFFIX_MARK + anchor for anchor in tails.get(word[-n:], ()))
        # the substring anchors with a word piece (see :func:`_inner_piece`)
        whole, ending, starting = self.pieces[_WHOLE], self.pieces[_ENDING], self.pieces[_STARTING]
        found.extend(_EXACT_MARK + anchor for anchor in whole.get(word, ()))
        for n in range(2, min(len(word), self.longest_piece) + 1):
            found.extend(_EXACT_MARK + anchor for anchor in ending.get(word[-n:], ()))
            found.extend(_EXACT_MARK + anchor for anchor in starting.get(word[:n], ()))
        return found

    def register_literals(self, literals: frozenset[str]) -> None:
        """Record prefilter literals of one alphabet (:func:`is_word_literal`). Such a literal occurs exactly when a
        word of the text (a maximal run of its alphabet's letters, as :class:`Scan` finds them) contains it, so what
        each word contains is remembered with the word's anchors (:meth:`learn`) and the literals the text holds
        come in :attr:`Scan.present`, marked, with the anchors' one union: the phrases' gates test them with C-level
        set operations, where an ``in`` over the text and a memo lookup a literal cost ~12 µs a typical message (59
        literal steps for the 7 phrases it opens)."""
        new = literals - self.literal_words
        if new:
            self.literal_words |= new
            self._built = False

    def _literals_in(self, word: str) -> list[str]:
        """The prefilter literals ``word`` contains, marked (once per distinct word, like :meth:`_contained`)."""
        inside = self.literal_inside
        letters = self.literal_letters
        found = [letters[c] for c in set(word) if c in letters]
        for i in range(len(word) - 1):
            for literal, marked in inside.get(word[i : i + 2], ()):
                if word.startswith(literal, i):
                    found.append(marked)
        return found

    def _contained(self, word: str) -> set[str]:
        """The anchors of one alphabet that ``word`` contains: at each position, those starting with its two
        letters (one dict lookup a letter, once per distinct word)."""
        inside = self.inside
        found = set(self.letters.intersection(word))
        for i in range(len(word) - 1):
            for anchor in inside.get(word[i : i + 2], ()):
                if word.startswith(anchor, i):
                    found.add(anchor)
        return found

    def register(self, anchors: tuple[str, ...]) -> tuple[str, ...]:
        for anchor in anchors:
            if _is_stem(anchor):
                bucket = self.stems.setdefault(anchor[:3], [])
                if anchor not in bucket:
                    bucket.append(anchor)
            elif anchor not in self.other:
                self.other.append(anchor)
        self._built = False  # re-sorted (and every remembered word judged again) on next use
        return anchors

    def others(self) -> None:
        """Sort the non-stem anchors (after new registrations): Latin phrases keyed by their first word, anchors
        of one alphabet by their first letters, anchors with a word inside by that word, the rest filed under their
        rarest character."""
        if self._built:
            return
        # A regex keyed on letters or spaces would be tried at nearly every position: those go by substring.
        plain = tuple(a for a in self.other if a[0] == " " or (a[0].isascii() and a[0].isalpha()))
        # Latin anchors of several words are looked for only when some word starts with their first letters.
        phrases: dict[str, list[str]] = {}
        for a in plain:
            if len(a) >= 3 and all(c in _WORD_CHARS for c in a[:3]):
                phrases.setdefault(a[:3], []).append(a)
        self.phrases = phrases
        singles = [a for a in plain if not (len(a) >= 3 and all(c in _WORD_CHARS for c in a[:3]))]
        others = [a for a in self.other if a not in plain]
        # Measured on the typical benchmark set: 46 substring tests a message went to these two kinds (41 of
        # them: "e-mail" under "-", "la poste" under "p", the Cyrillic, Hebrew and Arabic words under a common
        # letter of theirs), which the words of the message now answer.
        inside: dict[str, list[str]] = {}
        letters: set[str] = set()
        entered: dict[str, list[str]] = {}
        substrings: list[str] = []
        for anchor in (*singles, *others):
            if _of_one_alphabet(anchor):
                if len(anchor) == 1:
                    letters.add(anchor)
                else:
                    inside.setdefault(anchor[:2], []).append(anchor)
            elif (start := _word_start(anchor)) is not None:
                entered.setdefault(start, []).append(anchor)
            else:
                substrings.append(anchor)
        self.inside = {pair: tuple(group) for pair, group in inside.items()}
        self.letters = frozenset(letters)
        self.entered = {start: tuple(group) for start, group in entered.items()}
        substrings = self._file_pieces(substrings)
        # Each other substring anchor is filed under its rarest character: a message lacking that character cannot
        # contain the anchor. "Rare" = used by the fewest anchors (CJK, Cyrillic, accented letters beat ASCII
        # letters, which beat punctuation and the space).
        uses: dict[str, int] = {}
        for anchor in substrings:
            for char in set(anchor):
                uses[char] = uses.get(char, 0) + 1
        keyed: dict[str, list[str]] = {}
        for anchor in substrings:
            char = min(anchor, key=lambda c: (_commonness(c), uses[c], c))
            keyed.setdefault(char, []).append(anchor)
        # A one-character anchor first in its group (Scan adds it without a substring search).
        self.keyed = {char: tuple(sorted(group, key=lambda a: a != char)) for char, group in keyed.items()}
        self.ascii_keys = tuple(sorted(c for c in keyed if c.isascii()))
        non_ascii = sorted(c for c in keyed if not c.isascii())
        self.other_keys = re.compile(f"[{''.join(map(re.escape, non_ascii))}]") if non_ascii else _NOTHING
        self._file_after(phrases, entered)
        self.word_anchors = {}
        literal_inside: dict[str, list[tuple[str, str]]] = {}
        for literal in sorted(self.literal_words):
            if len(literal) >= 2:
                literal_inside.setdefault(literal[:2], []).append((literal, LITERAL_MARK + literal))
        self.literal_inside = {pair: tuple(group) for pair, group in literal_inside.items()}
        self.literal_letters = {w: LITERAL_MARK + w for w in self.literal_words if len(w) == 1}
        self._built = True

    def _file_pieces(self, substrings: list[str]) -> list[str]:
        """File the substring anchors with a word piece of two letters or more ("no." "2nd", "wa.me") by it: they are
        looked for only when a word of the message can be that piece (see :meth:`_after_in`); filed under a common
        character ("r", "m", "2", ".") they were looked for in most messages (typical set: 19 substring tests a
        message, now 10). Returns the others."""
        pieces: dict[int, dict[str, list[str]]] = {_WHOLE: {}, _ENDING: {}, _STARTING: {}}
        rest = []
        for anchor in substrings:
            found = _inner_piece(anchor)
            if found is None:
                rest.append(anchor)
            else:
                pieces[found[1]].setdefault(found[0], []).append(anchor)
        self.pieces = {kind: {p: tuple(group) for p, group in by.items()} for kind, by in pieces.items()}
        return rest

    def _file_after(self, phrases: dict[str, list[str]], entered: dict[str, list[str]]) -> None:
        """File the anchors of several words by the word start they are keyed on, with their piece (and the Latin
        ones by their first piece too), and mark every anchor :meth:`_after_in` may find."""
        after: dict[str, list[tuple[str, str, bool]]] = {}
        tails: dict[str, list[str]] = {}
        for start, group in phrases.items():
            for anchor in group:
                head = _LATIN_WORD.match(anchor)
                assert head is not None  # its first three characters are Latin letters
                after.setdefault(start, []).append((anchor, head.group(), True))
                tails.setdefault(head.group(), []).append(anchor)
        for start, group in entered.items():
            for anchor in group:
                piece = _word_piece(anchor)
                assert piece is not None  # it has a word start
                after.setdefault(start, []).append((anchor, *piece))
        self.after = {start: tuple(group) for start, group in after.items()}
        self.after_tails = {head: tuple(group) for head, group in tails.items()}
        self.longest_piece = max(
            map(len, (*tails, *(p for by in self.pieces.values() for p in by))), default=0
        )
        self.after_marks = frozenset(
            (
                *(
                    mark + anchor
                    for group in self.after.values()
                    for anchor, _piece, _whole in group
                    for mark in (_EXACT_MARK, _SUFFIX_MARK)
                ),
                *(_EXACT_MARK + a for by in self.pieces.values() for group in by.values() for a in group),
            )
        )
        self.unmarked = {
            mark: (mark[1:], mark[1:4] if mark[0] == _SUFFIX_MARK else None) for mark in self.after_marks
        }


def _of_one_alphabet(anchor: str) -> bool:
    """Whether every occurrence of ``anchor`` lies inside one word :class:`Scan` sees (a Latin one of two letters
    at least: a longer Latin anchor is a stem)."""
    latin, *others = _ALPHABETS
    if latin.fullmatch(anchor):
        return len(anchor) >= 2
    return any(alphabet.fullmatch(anchor) for alphabet in others)


def is_word_literal(literal: str) -> bool:
    """Whether ``literal`` is found from the words :class:`Scan` sees: the letters of one alphabet (every
    occurrence then lies inside one word, as for :func:`_of_one_alphabet`), at least ``_MIN_WORD_LITERAL``."""
    return len(literal) >= _MIN_WORD_LITERAL and _of_one_alphabet(literal)


def _word_start(anchor: str) -> str | None:
    """How a word starts wherever ``anchor`` occurs, when a word piece inside it tells: a piece after a character
    of another alphabet starts a word of the text (" at ", "la poste", "e-mail", "номер клиента"). Its first three
    letters are what that word starts with; a piece of two letters must end before the anchor does (then the word
    is that piece: "at" in " at "). The longest such piece, the most selective; ``None`` when there is none."""
    piece = _word_piece(anchor)
    return piece[0][:3] if piece is not None else None


#: How a word of the text holding a substring anchor relates to the anchor's piece (:func:`_inner_piece`): it is the
#: piece, ends with it, or starts with it.
_WHOLE, _ENDING, _STARTING = 0, 1, 2


def _inner_piece(anchor: str) -> tuple[str, int] | None:
    """The longest word piece of two letters or more in ``anchor`` (a maximal run of one alphabet's letters: "no" of
    "no.", "nd" of "2nd", "me" of "wa.me"), and how a word of a text holding the anchor relates to it: a piece
    between characters of other alphabets is that whole word, one that opens the anchor ends it, one that closes
    the anchor starts it. ``None`` when there is no such piece."""
    best: tuple[str, int] | None = None
    for m in _PIECE.finditer(anchor):
        piece = m.group()
        if len(piece) < 2 or (best is not None and len(piece) <= len(best[0])):
            continue
        if m.start() > 0 and m.end() < len(anchor):
            best = piece, _WHOLE
        elif m.end() < len(anchor):
            best = piece, _ENDING
        elif m.start() > 0:
            best = piece, _STARTING
    return best


def _word_piece(anchor: str) -> tuple[str, bool] | None:
    """The word piece :func:`_word_start` keys ``anchor`` on, and whether a character follows it in the anchor (then
    a word of the text holding the anchor there is the piece itself, else it starts with it)."""
    pieces = [
        (m.group(), m.end() < len(anchor))
        for m in _PIECE.finditer(anchor)
        if m.start() > 0 and (len(m.group()) >= 3 or (len(m.group()) == 2 and m.end() < len(anchor)))
    ]
    return max(pieces, key=lambda piece: len(piece[0])) if pieces else None


# ASCII characters from the most to the least frequent in seller messages (the space, English letter frequencies
# with the digits and common punctuation among them); an ASCII character not listed ("(", "@", "%", "#") is rarer
# than any listed. Keying "(at)" on "(" rather than on "t" spares the substring test in most messages. The hyphen
# ranks above "w": order numbers ("112-4839201-7734512") put one in 84% of the typical set's messages, "w" is in 32%,
# so "w-h-a-t-s" is keyed on "w" (one key and half a substring test fewer a message: 0.15 µs).
_FREQUENT = " etaoinsrhldcu.mfpg-wybv,0123456789k:/!?'\nxjqz"


def _commonness(ch: str) -> int:
    """How often a character occurs in messages, coarsely: any non-ASCII character 0, an unlisted ASCII character
    1, then by rank in ``_FREQUENT`` (the key of a substring anchor is its least common character)."""
    if not ch.isascii():
        return 0
    rank = _FREQUENT.find(ch)
    return 1 if rank < 0 else 1 + len(_FREQUENT) - rank


ANCHORS = _AnchorIndex()


#: The patterns a text leaves possible, each with the literal sets of its gate whose words the text lacks: one literal
#: of each must occur (see :meth:`Phrase.plan`).
Plan = tuple[tuple[Deferred, tuple[tuple[str, ...], ...]], ...]


@dataclass(frozen=True)
class Phrase:
    """Patterns and their anchors: every match contains at least one anchor.

    The regexes run only in windows around anchor occurrences — ``re`` alternations over a whole text are far
    too slow for the speed goal, while a message without the anchors pays nothing — and only when the text
    holds the literals each pattern needs (:class:`~marketmsg.rules._prefilter.Gate`).
    """

    anchors: tuple[str, ...]
    patterns: tuple[Deferred, ...]
    anchor_set: frozenset[str] = frozenset()
    gates: tuple[Gate, ...] = ()
    #: Short Latin anchors that count only as a token of their own ("wa" in "wa 0171 …", not in "was", "wait"):
    #: the patterns match them only between non-alphanumerics, so their other occurrences open no window.
    tokens: tuple[str, ...] = ()
    #: The anchors left when some tokens occur only glued to letters or digits, for each such choice of tokens
    #: (in their order): worked out once, not per message (the messenger's invitations, a hundred anchors, met
    #: a "wa" glued in "was" or "wait" in one typical message in twelve).
    unglued: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    #: The same choices as sets: "is any of them present" is then one lookup per present anchor, where the tuple was
    #: walked whole (the invitations' hundred anchors, for every message with "wa" in a word: ~1 µs).
    unglued_sets: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: The gates as tests: per pattern, its required sets each split into the literals of one alphabet, marked (tested
    #: against :attr:`Scan.present` with one C-level set operation), and the others (an ``in`` each).
    checks: tuple[tuple[Deferred, tuple[tuple[frozenset[str], tuple[str, ...]], ...]], ...] = ()
    #: When every pattern requires some set of literals of one alphabet: the union of each pattern's first such
    #: set. A text holding none of them gives no pattern of the phrase a chance (one ``isdisjoint`` rejects the
    #: phrase: 5 of the 7 phrases a typical message opens).
    needs: frozenset[str] | None = None
    #: Every literal of one alphabet some gate of the phrase tests (marked, as in :attr:`checks`): the gates' verdict
    #: on those depends only on which of them the text holds.
    word_literals: frozenset[str] = frozenset()
    #: Which of :attr:`word_literals` a text holds -> the patterns that remain possible, each with the required sets
    #: whose words the text lacks, left to test with ``in`` (see :meth:`_plan`). Vocabulary recurs: the same few
    #: literals come back message after message (bounded: cleared when full).
    plans: dict[frozenset[str], Plan] = field(default_factory=dict, compare=False, repr=False)

    def finditer(self, scan: Scan) -> list[tuple[int, int]]:
        """Match spans in the scanned text."""
        if scan.present.isdisjoint(self.anchor_set):
            return []
        return self.spans(scan)

    def spans(self, scan: Scan) -> list[tuple[int, int]]:
        """Match spans in the scanned text, for a caller that knows some anchor of this phrase is present."""
        plan = self.plan(scan.present)
        return self.matched(scan, plan) if plan else []

    def plan(self, present: Set[str]) -> Plan:
        """The patterns a text holding ``present`` (:attr:`Scan.present`, or any set with the same word literals of
        this phrase) leaves possible, each with the literal sets left to test with ``in`` (see :meth:`_plan`)."""
        # Gate.possible, split and memoised: the word literals' part by which of them the text holds, once per
        # such choice (typical set: 10.8 patterns' gates walked for the 4.5 phrases a message opens, 1.2 passing;
        # the phrases' spans 22.0 -> 20.5 µs a message).
        key = self.word_literals & present
        plan = self.plans.get(key)
        return self._plan(key) if plan is None else plan

    def matched(self, scan: Scan, plan: Plan) -> list[tuple[int, int]]:
        """Match spans in the scanned text, given the phrase's :meth:`plan` for it (not empty)."""
        present = scan.present
        low = scan.low
        anchors = self.anchors
        if self.tokens:
            glued = tuple([a for a in self.tokens if a in present and not _as_token(low, a)])
            if glued:
                anchors = self.unglued[glued]
                if present.isdisjoint(self.unglued_sets[glued]):
                    return []
        patterns = []
        found = scan.literals  # each literal is looked for once per message: phrases share many
        for deferred, residue in plan:
            # each required set none of whose words the text holds: one of its other literals must occur
            for others in residue:
                for literal in others:
                    hit = found.get(literal)
                    if hit is None:
                        hit = found[literal] = literal in low
                    if hit:
                        break
                else:
                    break  # no literal of this required set: the pattern cannot match
            else:
                patterns.append(deferred.compiled())
        if not patterns:
            return []
        out: list[tuple[int, int]] = []
        for lo, hi in scan.windows(anchors):
            for pattern in patterns:
                # Most windows hold no match: one search answers that without the iterator finditer builds
                # (measured on the typical set: the pattern runs 22.7 -> 20.4 µs a message).
                if pattern.search(low, lo, hi) is not None:
                    for m in pattern.finditer(low, lo, hi):  # no generator per run
                        out.append(m.span())
        return out

    def _plan(self, key: frozenset[str]) -> Plan:
        """The patterns a text holding exactly the word literals ``key`` (of :attr:`word_literals`) leaves possible,
        each with the other literals of its required sets that ``key`` does not meet (one of each must occur)."""
        plan = []
        for deferred, sets in self.checks:
            residue = []
            for in_words, others in sets:
                if in_words.isdisjoint(key):
                    if not others:
                        break  # no literal of this required set: the pattern cannot match
                    residue.append(others)
            else:
                plan.append((deferred, tuple(residue)))
        plans = self.plans
        if len(plans) >= _MAX_PLANS:
            plans.clear()  # a pathological stream of word choices: start over rather than grow without bound
        found = plans[key] = tuple(plan)
        return found


#: How many word-literal choices :meth:`Phrase._plan` remembers per phrase.
_MAX_PLANS = 256


@dataclass(frozen=True)
class Family:
    """One phrase family: a rule id and its anchored phrases (one per language)."""

    rule: str
    phrases: tuple[Phrase, ...]
    anchor_set: frozenset[str] = frozenset()

    def finditer(self, scan: Scan) -> list[tuple[int, int]]:
        """Every match ``(start, end)``, each reported once, in order."""
        if scan.present.isdisjoint(self.anchor_set):
            return []
        found: set[tuple[int, int]] = set()
        present = scan.present
        for phrase in self.phrases:
            if not present.isdisjoint(phrase.anchor_set):  # tested here: most phrases of a family are skipped
                found.update(phrase.finditer(scan))
        return sorted(found)


@dataclass(frozen=True)
class Linked(Phrase):
    """A phrase whose match counts only when ``context`` occurs shortly before it: earlier in its sentence or in the
    sentence before ("Such a review is a fatal blow for us. Could you help us by deleting it?": "it" is the review).

    The context is searched only where the phrase matched, between :meth:`Scan.previous_sentence_start` and the
    match: one bounded search per match (issue 12.6 round 7).
    """

    context: Deferred | None = None
    #: Whether the context may also follow the match inside its sentence ("… until you write your review").
    after: bool = False
    #: Words that cancel the context in that span ("Thanks for the review! We'll keep e-mailing you the tracking").
    unless: Deferred | None = None
    #: With ``after``: the context may also stand in the next sentence ("… noch keine Bewertung. Bitte vergessen Sie
    #: uns nicht!", issue 12.6 round 13).
    ahead: bool = False
    #: How far back the context may stand, in characters, when it may be further than the sentence before ("we read
    #: your review … [the replacement shipped today.] Once it arrives, could you update it?": blind batch V's letters
    #: name the review in their first paragraph and ask in the last). 0: the sentence before only.
    reach: int = 0
    #: The context may also stand inside the match ("pedir … directamente en www.…": the words between the two
    #: concepts of a ``near`` pattern, batch V).
    inside: bool = False
    #: A second context the same span must also hold (a benefit, besides the review: "GET A FREE GIFT! 1. Leave your
    #: review 2. Email a screenshot", stop 34).
    also: Deferred | None = None

    def matched(self, scan: Scan, plan: Plan) -> list[tuple[int, int]]:
        found = super().matched(scan, plan)
        if not found or self.context is None:
            return found
        # compiled at the first match, like the phrase patterns (27 families' contexts: a fifth of the tables' build)
        context = self.context.compiled()
        unless = self.unless.compiled() if self.unless is not None else None
        also = self.also.compiled() if self.also is not None else None
        low, kept = scan.low, []
        for s, e in found:
            lo = max(0, s - self.reach) if self.reach else scan.previous_sentence_start(s)
            hi = scan.sentence_end(e) if self.after else s
            if self.ahead and hi < len(low):
                # (the next sentence begins after the white space that follows this one: a full stop then a line
                # break, or a blank line, ends an empty "sentence" in between — "… till tre år.\nDet enda vi ber om
                # är …" read nothing of the second line before stop 52)
                nxt = hi
                while nxt < len(low) and low[nxt] in _BLANK:
                    nxt += 1
                hi = scan.sentence_end(nxt + 1)
            if context.search(low, lo, e if self.inside else s) is None and (
                not self.after or context.search(low, e, hi) is None
            ):
                continue
            if unless is not None and unless.search(low, lo, hi) is not None:
                continue
            if also is not None and also.search(low, lo, hi) is None:
                continue
            kept.append((s, e))
        return kept


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_BLANK = frozenset(" \t\r\n\u3000\u00a0")


def _as_token(low: str, anchor: str) -> bool:
    """True when ``anchor`` occurs in ``low`` with no ASCII letter, digit or underscore glued to either side."""
    n = len(anchor)
    i = low.find(anchor)
    while i != -1:
        if (i == 0 or low[i - 1] not in _TOKEN_CHARS) and (
            i + n == len(low) or low[i + n] not in _TOKEN_CHARS
        ):
            return True
        i = low.find(anchor, i + 1)
    return False


def phrase(anchors: str, *patterns: str, flags: int = 0, tokens: str = "") -> Phrase:
    """Build (and register the anchors of) a phrase: ``anchors`` is "a|b|c"; ``tokens`` ("a|b") are anchors
    that count only standing alone (see :attr:`Phrase.tokens`): every pattern must match them only so."""
    registered = ANCHORS.register(tuple(anchors.split("|")))
    compiled = tuple(Deferred(with_first_chars(p, flags), flags) for p in patterns)
    alone = tuple(t for t in tokens.split("|") if t in registered)
    glued_choices = [glued for n in range(1, len(alone) + 1) for glued in combinations(alone, n)]
    unglued = {glued: tuple(a for a in registered if a not in glued) for glued in glued_choices}
    gates = tuple(Gate(p, registered, free=is_word_literal) for p in compiled)
    checks = tuple(
        (p, tuple(_split(literals) for literals in g.sets)) for p, g in zip(compiled, gates, strict=True)
    )
    for _pattern, sets in checks:
        for in_words, _others in sets:
            ANCHORS.register_literals(frozenset(w[len(LITERAL_MARK) :] for w in in_words))
    # Each pattern's first required set made only of word literals (the first in the order the gates test them);
    # a pattern without one leaves the phrase without this test.
    needs: frozenset[str] | None = frozenset() if checks else None
    for _pattern, sets in checks:
        first = next((in_words for in_words, others in sets if not others), None)
        needs = None if first is None or needs is None else needs | first
    return Phrase(
        anchors=registered,
        patterns=compiled,
        anchor_set=frozenset(registered),
        gates=gates,
        tokens=alone,
        unglued=unglued,
        unglued_sets={glued: frozenset(kept) for glued, kept in unglued.items()},
        checks=checks,
        needs=needs,
        word_literals=frozenset(
            w for _pattern, sets in checks for in_words, _others in sets for w in in_words
        ),
    )


def _split(literals: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A gate's required set as (its literals of one alphabet, the others in their order)."""
    return (
        frozenset(LITERAL_MARK + w for w in literals if is_word_literal(w)),
        tuple(w for w in literals if not is_word_literal(w)),
    )


def family(rule: str, anchors: dict[str, str], fragments: dict[str, list[str]]) -> Family:
    """Compile a family; ``anchors[lang]`` ("a|b|c") must cover every match of that language's patterns."""
    return _family_of(rule, tuple(phrase(anchors[lang], *parts) for lang, parts in fragments.items()))


def _family_of(rule: str, phrases: tuple[Phrase, ...]) -> Family:
    return Family(rule=rule, phrases=phrases, anchor_set=frozenset().union(*(p.anchor_set for p in phrases)))


def _searched(source: str) -> Deferred:
    """A context word list, compiled like the vetoes' (:func:`._prefilter.grouped`): the same matches, and a window
    position is rejected by one class test instead of a try of every branch. The contexts are searched over up to
    ``reach`` characters before every match (a 1 MB reply of matches: 120 µs a search as written, stop 40)."""
    return Deferred(with_first_chars(dispatched(source)))


def linked_family(
    rule: str,
    anchors: dict[str, str],
    fragments: dict[str, list[str]],
    contexts: dict[str, str],
    *,
    after: bool = False,
    unless: dict[str, str] | None = None,
    ahead: bool = False,
    reach: int = 0,
    inside: bool = False,
    also: dict[str, str] | None = None,
) -> Family:
    """A family of :class:`Linked` phrases: ``contexts[lang]`` must occur in the sentence before a match or earlier in
    its own (the anchors, as for :func:`family`, cover the matches themselves)."""
    phrases: list[Phrase] = []
    for lang, parts in fragments.items():
        base = phrase(anchors[lang], *parts)
        phrases.append(
            Linked(
                **{f.name: getattr(base, f.name) for f in fields(Phrase)},
                context=_searched(contexts[lang]),
                after=after,
                unless=_searched(unless[lang]) if unless and lang in unless else None,
                ahead=ahead,
                reach=reach,
                inside=inside,
                also=_searched(also[lang]) if also and lang in also else None,
            )
        )
    return _family_of(rule, tuple(phrases))


def merged(*families: Family) -> Family:
    """One family of the phrases of several with the same rule."""
    rule = families[0].rule
    if any(f.rule != rule for f in families):
        raise ValueError("merged families must share their rule")
    return _family_of(rule, tuple(p for f in families for p in f.phrases))


def near(first: str, second: str, gap: int = 60, within: str = _SENT) -> str:
    """A regex matching ``first`` and ``second`` (either order) at most ``gap`` characters apart in one sentence
    (``within``: a character that stays inside it).

    The gap is bounded and excludes sentence ends, so matching stays linear in the window.
    """
    return rf"(?:{first}){within}{{0,{gap}}}?(?:{second})|(?:{second}){within}{{0,{gap}}}?(?:{first})"
