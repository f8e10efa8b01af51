"""Necessary-literal prefilters: a cheap test that tells when a regex *cannot* match, so it is not run at all.

For every compiled pattern we derive, from its parse tree, sets of literal strings such that any match must
contain at least one string of each set (e.g. ``\\b(?:leave|write)\\s+(?:a\\s+)?reviews?`` needs one of
{"leave", "write"} and "review"). If some set has no member in the text, the pattern has no match there and
the regex is skipped; otherwise it runs exactly as before. The test only ever skips work, never changes a
result: this is what lets the content check run its ~130 multilingual patterns at the speed goal.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

# The regex parser lives in private modules (``re._parser``/``re._constants`` on Python 3.11-3.13). If a future
# Python moves or changes them, patterns simply get no prefilter: slower, never wrong. Unknown tree nodes
# likewise add no requirement.
try:
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - depends on the Python version
    _sre = _sre_parse = None

__all__ = ["Deferred", "Gate", "dispatched", "for_search", "grouped", "required_literals", "with_first_chars"]

#: A required set is used as a prefilter only when it has at most this many literals (one ``in`` test each).
_SUBSTRING_TESTS = 3
#: ... or, when a pattern has no such set, at most this many: each literal is looked for once per message (the
#: phrases share them), where the pattern would run in every window of its anchors. Measured on the typical set,
#: with the sets the anchors imply left out (see :class:`Gate`): the phrases' time 36.2 -> 31.2 µs a message (8
#: literals: 32.4; 20: as 12); without leaving those out, 43.
_WIDER_TESTS = 12
_REPEATS = (
    {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)} if _sre else set()
)


def _in_literals(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is not _sre.LITERAL:
            return None  # ranges, categories or a negated class: no usable literal
        chars.add(chr(av))
    return frozenset(chars) or None


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    if not sets:
        return None
    # (ties broken by the literals themselves: the sets come from set operations, whose order is the hash seed's, and
    # the table must come out the same in every process — ``gen_prefilter_table.py --check`` in CI)
    return max(sets, key=lambda s: (min(map(len, s)), -len(s), sorted(s)))


def _required(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Literal sets every match of this parsed sequence must hit (a conjunction of disjunctions)."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & _sre.SRE_FLAG_IGNORECASE:
                out.extend(_required(sub))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            out.extend(_required(av))
        elif op is _sre.BRANCH:
            each = [_required(alt) for alt in av[1]]
            alternatives = [_best(sets) for sets in each]
            if all(alternatives):
                out.append(frozenset().union(*(a for a in alternatives if a)))
            # A set every alternative requires, the branch requires: ``near(a, b)`` is "a … b|b … a", and each
            # order needs both a and b (only the best set of each order, united, was kept: the review phrases' verb
            # and noun sets together exceeded the literals a gate tests, so patterns needing a verb ran wherever
            # their noun stood).
            if len(each) > 1:
                out.extend(sorted(set(each[0]).intersection(*each[1:]), key=sorted))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_required(av[2]))
        elif op is _sre.IN:
            chars = _in_literals(av)
            if chars:
                out.append(chars)
        # Anything else (AT, ANY, lookarounds, categories, optional parts) adds no requirement.
    flush()
    return out


# ------------------------------------------------------------------ the derived table

#: What :func:`required_literals` and :func:`with_first_chars` derive from every pattern the rule tables build,
#: worked out ahead (``scripts/gen_prefilter_table.py``; CI checks it is current). Parsing ~3,700 patterns for it
#: took most of a process's first check (5.3 s on a 2-core CI machine, where compiling them takes ~2): a CLI
#: ``check`` and every new worker paid it. A pattern missing from the table (a rule edited since, a user's own)
#: is parsed as before, so the table only ever saves work: a stale table is slower, never wrong.
TABLE_FILE = Path(__file__).with_name("_prefilter_table.json")
#: Set by the generating script: every derivation is computed (the table unused) and kept here to be written.
recording: dict[str, Any] | None = None


def table_key(kind: str, source: str, flags: int) -> str:
    """The table's key for a derivation (``kind``) of ``source`` compiled with ``flags``."""
    digest = hashlib.blake2b(f"{flags}\x00{source}".encode(), digest_size=12).hexdigest()
    return f"{kind}:{digest}"


@functools.cache
def _table() -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # pragma: no cover - an installation without the file: derive everything
        return {}
    return loaded


def _through_table(kind: str, source: str, flags: int, derive: Callable[[], Any]) -> Any:
    """The table's entry for this derivation of ``source``, else ``derive()`` (its JSON form; kept when recording)."""
    key = table_key(kind, source, flags)
    if recording is None:
        known = _table().get(key)
        if known is not None:
            return known
    value = derive()
    if recording is not None:
        recording[key] = value
    return value


def required_literals(pattern: re.Pattern[str] | Deferred) -> tuple[frozenset[str], ...]:
    """The literal sets a match of ``pattern`` must hit, most selective first; ``()`` when nothing is known."""
    found = _through_table(
        "literals",
        pattern.pattern,
        pattern.flags,
        lambda: [sorted(literals) for literals in _required_literals(pattern)],
    )
    return tuple(frozenset(literals) for literals in found)


def _required_literals(pattern: re.Pattern[str] | Deferred) -> tuple[frozenset[str], ...]:
    if _sre_parse is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        unique = list(dict.fromkeys(_required(tree)))
    except Exception:  # pragma: no cover - a parser from another Python version: no prefilter, still correct
        return ()
    # ties in the order of their literals: the same order in every process (the sets come from set operations)
    unique.sort(key=lambda s: (-min(map(len, s)), len(s), sorted(s)))
    return tuple(unique)


# ------------------------------------------------------------------ first characters

_CATEGORIES = (
    {
        _sre.CATEGORY_DIGIT: r"\d",
        _sre.CATEGORY_NOT_DIGIT: r"\D",
        _sre.CATEGORY_SPACE: r"\s",
        _sre.CATEGORY_NOT_SPACE: r"\S",
        _sre.CATEGORY_WORD: r"\w",
        _sre.CATEGORY_NOT_WORD: r"\W",
    }
    if _sre
    else {}
)


class _Unknown(Exception):
    """A construct whose first characters are not worked out: no lookahead for that pattern."""


def _char(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "-]\\^[" else chr(code)


def _first_of_sequence(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(class items a match of the sequence can start with, whether it can match empty)."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {_char(av)}, False
    if op is _sre.IN:
        chars: set[str] = set()
        for item, arg in av:
            if item is _sre.LITERAL:
                chars.add(_char(arg))
            elif item is _sre.RANGE:
                chars.add(f"{_char(arg[0])}-{_char(arg[1])}")
            elif item is _sre.CATEGORY and arg in _CATEGORIES:
                chars.add(_CATEGORIES[arg])
            else:
                raise _Unknown  # a negated class or an unusual category
        return chars, False
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (_sre.SRE_FLAG_IGNORECASE | _sre.SRE_FLAG_DOTALL):
            raise _Unknown
        return _first_of_sequence(sub)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _first_of_sequence(av)
    if op is _sre.BRANCH:
        out: set[str] = set()
        empty = False
        for alternative in av[1]:
            chars, alt_empty = _first_of_sequence(alternative)
            out |= chars
            empty = empty or alt_empty
        return out, empty
    if op in _REPEATS:
        chars, empty = _first_of_sequence(av[2])
        return chars, empty or av[0] == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides
    raise _Unknown  # ANY, back references, conditionals ...


def with_first_chars(source: str, flags: int = 0) -> str:
    """``source`` behind a lookahead for the characters a match can start with (``\\b(?:leave|write)…`` ->
    ``(?=[lw])(?:\\b(?:leave|write)…)``); ``source`` itself when it starts with a literal or a class (the regex
    engine then skips ahead in C on its own), may match empty, or has a start this does not work out.

    Without it the engine tries the pattern's assertions and every branch of its leading alternation at every
    position of the text; one class test first rejects most positions (measured on the benchmark sets: a third
    less regex time over all phrase patterns, half on the widest). The lookahead is implied by the pattern (a
    match starts with one of those characters), so the matches are the same. Returns a source to compile with
    ``flags`` (the caller compiles once).
    """
    chars = _through_table("first", source, flags, lambda: _first_chars(source, flags) or "")
    return f"(?=[{chars}])(?:{source})" if chars else source


def _first_chars(source: str, flags: int) -> str | None:
    """The class items of :func:`with_first_chars`'s lookahead, ``None`` when it adds none."""
    if _sre_parse is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        tree = _sre_parse.parse(source, flags)
        if not tree.data or tree.data[0][0] in (_sre.LITERAL, _sre.IN):
            return None
        chars, empty = _first_of_sequence(tree)
    except Exception:  # _Unknown, or a parser from another Python version: no lookahead, still correct
        return None
    if empty or not chars:
        return None
    return "".join(sorted(chars))


# ------------------------------------------------------------------ patterns only searched


def for_search(source: str) -> re.Pattern[str]:
    """``source`` compiled for ``search`` alone (whether it occurs in a range, not where nor through which
    alternative): its top-level alternatives that start with ``\\b`` share one ``\\b`` after the others.

    The engine tries every alternative at every position; one starting with an assertion costs a jump into it
    even where its first letter cannot match, one starting with a letter is rejected in place. Moving alternatives
    changes which one matches first, never whether one matches: only for patterns whose matches are not used
    (measured on the typical and violation-dense sets: the messenger feature words over a whole message
    263 -> 85 µs).
    """
    alternatives = _top_level_alternatives(source)
    bounded = [a[2:] for a in alternatives if a.startswith(r"\b")]
    others = [a for a in alternatives if not a.startswith(r"\b")]
    return re.compile("|".join([*others, *([rf"\b(?:{'|'.join(bounded)})"] if bounded else [])]))


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The characters of the regex ``source`` outside escapes and character classes, each with its index and the
    group depth after it (``(`` counts in, ``)`` out). A source that ends inside a class ends with ``(len, "[", -1)``,
    so a caller checking the depth sees it unbalanced."""
    depth = 0
    in_class = escaped = False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char in "()":
                depth += 1 if char == "(" else -1
            yield i, char, depth
    if in_class:
        yield len(source), "[", -1


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` split at the ``|`` outside groups and character classes."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


class Deferred:
    """A regex compiled at its first use: ``pattern`` and ``flags`` as for :func:`re.compile`.

    A process that checks a few messages (a CLI ``check``, a test, a worker's first send) opens a few of the ~3,700
    phrase patterns, the gates keep the rest shut: compiling them all up front was most of its first check (3 s of
    3.4 on a 2-core CI machine, with the prefilter table current). :meth:`compiled` is what the hot path calls once
    a pattern's gate lets it through; ``search`` and ``finditer`` are there for everyone else. Two threads may both
    compile a pattern on its first use: the same pattern, one of them kept.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Deferred({self.pattern!r}, {self.flags})"


class Gate:
    """A compiled pattern with its prefilter: ``possible(text)`` is False only when the pattern cannot match.
    The prefilter is the most selective required set of at most :data:`_SUBSTRING_TESTS` literals (measured on
    the benchmark mixes, more or larger tests cost more than the regex runs they save), else of at most
    :data:`_WIDER_TESTS`. A set that each of the phrase's ``anchors`` holds a literal of is left out: the pattern
    runs only where an anchor occurs, so such a set is always hit there ("reviews?|feedback" in a review phrase).
    Literals ``free`` says the caller tests without a substring search do not count against those limits.
    """

    __slots__ = ("pattern", "sets")

    def __init__(
        self,
        pattern: re.Pattern[str] | Deferred,
        anchors: tuple[str, ...] = (),
        free: Callable[[str], bool] | None = None,
    ) -> None:
        self.pattern = pattern
        useful = [s for s in required_literals(pattern) if not _implied(s, anchors)]

        def tests(literals: frozenset[str]) -> int:
            # ``free``: literals the caller tests without a substring search (the phrases' word literals, one set
            # operation for the whole set): they do not count against the limits, so the wide sets of alternatives
            # ("refund|discount|coupon|voucher|…", 30 words) gate too (typical set: 1.6 µs a message went to one
            # English incentive pattern searched where its benefit words never stood).
            return len(literals) if free is None else sum(1 for literal in literals if not free(literal))

        few = [s for s in useful if tests(s) <= _SUBSTRING_TESTS]
        chosen = few[0] if few else next((s for s in useful if tests(s) <= _WIDER_TESTS), None)
        #: The required literal sets a match needs one literal of each, most selective first; the others (of at most
        #: :data:`_WIDER_TESTS` literals) are tested only once it passed: the first set alone let through searches
        #: that found nothing (typical set: half the searches run, a third of the phrases' regex time, skipped).
        self.sets: tuple[tuple[str, ...], ...] = tuple(
            tuple(sorted(s, key=len, reverse=True))
            for s in ([chosen] if chosen else [])
            + [s for s in useful if s is not chosen and tests(s) <= _WIDER_TESTS]
        )

    def possible(self, text: str) -> bool:
        """False when some required set has no literal in ``text`` (then the pattern has no match in it)."""
        return all(any(literal in text for literal in literals) for literals in self.sets)


def _implied(literals: frozenset[str], anchors: tuple[str, ...]) -> bool:
    """Whether every anchor contains one of ``literals`` (then a text holding an anchor holds one of them)."""
    return bool(anchors) and all(any(literal in anchor for literal in literals) for anchor in anchors)


# ------------------------------------------------------------------ alternations dispatched on their first character

#: Characters with a meaning of their own at the start of a pattern (never stripped as a branch's first literal).
_SPECIAL = frozenset("\\.^$*+?{}[]()|# \t\n\r\f\v")
#: What makes a rewrite unsafe: inline flags, capturing or named groups, back references, conditionals.
_UNSAFE = re.compile(r"\(\?[aiLmsux-]|\(\?P|\(\?\(|\\[1-9]|\((?!\?)")


def _unwrapped(alternative: str) -> list[str]:
    """``alternative``'s own alternatives when it is one non-capturing group holding an alternation (``(?:a|b)``
    with nothing after it: the same as ``a|b`` at the top level), else ``[alternative]``."""
    if alternative.startswith("(?:") and alternative.endswith(")"):
        inner = alternative[3:-1]
        parts = _top_level_alternatives(inner)
        # the group closes at the end only when its inside is balanced on its own
        if _balanced(inner):
            return (
                [leaf for part in parts for leaf in _unwrapped(part)] if len(parts) > 1 else _unwrapped(inner)
            )
    return [alternative]


#: At most this many characters of tail are copied when a leading group is spread over its alternatives.
_SPREAD_BUDGET = 4000


def _spread(branch: str) -> list[str]:
    """``\\b(?:a|b)tail`` as ``\\b(?:a)tail``-like branches ``\\batail``, ``\\bbtail`` (the same matches in the same
    order: the group tries ``a`` then the tail, then ``b`` then the tail), so each starts with its own character;
    ``[branch]`` when it does not start with an unquantified group of alternatives or the copies would be long."""
    prefix, body = ("\\b", branch[2:]) if branch.startswith("\\b") else ("", branch)
    if not body.startswith("(?:"):
        return [branch]
    end = _group_end(body)
    if end is None:
        return [branch]
    inner, tail = body[3:end], body[end + 1 :]
    if tail[:1] in ("*", "+", "?", "{"):
        return [branch]
    parts = _top_level_alternatives(inner)
    if len(parts) < 2 or len(parts) * len(tail) > _SPREAD_BUDGET:
        return [branch]
    return [leaf for part in parts for leaf in _spread(prefix + part + tail)]


def _group_end(body: str) -> int | None:
    """The index of the ``)`` closing the group ``body`` starts with."""
    for i, char, depth in _structure(body):
        if char in "()" and depth == 0:
            return i
    return None


def _balanced(source: str) -> bool:
    depth = 0
    for _, _, depth in _structure(source):
        if depth < 0:
            return False
    return depth == 0


def _start_of(alternative: str, flags: int) -> tuple[str, str] | frozenset[str] | re.Pattern[str] | None:
    """How a branch starts: ``(c, rest)`` when it is the plain character ``c`` then ``rest``; else the characters a
    match can start with (a set of characters, or a class of them when there are ranges or categories); ``None``
    when that is not known or the branch may match empty."""
    try:
        tree = _sre_parse.parse(alternative, flags)
        chars, empty = _first_of_sequence(tree)
    except Exception:  # _Unknown or a parse error: no dispatch for this branch
        return None
    if empty or not chars:
        return None
    if any(
        len(c) != 1 for c in chars
    ):  # ranges, categories, escaped characters: a class to test characters with
        try:
            return re.compile(f"[{''.join(sorted(chars))}]", flags)
        except re.error:
            return None
    first = alternative[:1]
    if (
        first not in _SPECIAL
        and alternative[1:2] not in ("*", "+", "?", "{")
        and tree.data
        and tree.data[0] == (_sre.LITERAL, ord(first))
    ):
        return first, alternative[1:]
    # "\\bfoo" is "f(?<=\\bf)oo": the boundary tested before the "f", once the "f" is there (the same matches)
    first = alternative[2:3]
    if (
        alternative.startswith("\\b")
        and first
        and first not in _SPECIAL
        and alternative[3:4] not in ("*", "+", "?", "{")
        and len(tree.data) > 1
        and tree.data[0] == (_sre.AT, _sre.AT_BOUNDARY)
        and tree.data[1] == (_sre.LITERAL, ord(first))
    ):
        return first, f"(?<=\\b{re.escape(first)})" + alternative[3:]
    return frozenset(chars)


def dispatched(source: str, flags: int = 0) -> str:
    """``source`` with its top-level alternation grouped by the character a branch starts with: the same matches.

    The engine tries every branch of an alternation at every position of the text (one comparison each for a
    branch starting with a letter: the multilingual word lists are hundreds of branches, 55 µs a search of a
    90-character window). Branches starting with different characters never match at the same position, so at any
    position only the branches starting with its character can match, and they are tried in their own order: the
    same first match, the same span. Grouped as ``r(?:efund\\w*|eimburse\\w*)|d(?:iscount\\w*)``, one comparison
    per first character rejects a position. A branch whose start is not a known set of characters (a class, a digit
    category, one that may match empty) stays where it is, and the branches on either side of it are grouped
    separately, so it is tried in its place. ``source`` itself when it uses anything this does not reorder safely
    (inline flags, capturing groups, back references), or has no alternation. Like the other derivations, it
    comes from the table when the table has it (grouping parses every branch: 0.4 s for the vetoes' word lists).
    """

    def derive() -> str | bool:
        result = _dispatched(source, flags)
        return True if result == source else result  # the table keeps no copy of a source left as it is

    result = _through_table("dispatch", source, flags, derive)
    return source if result is True else str(result)


def _dispatched(source: str, flags: int) -> str:
    if _sre_parse is None or flags & (re.IGNORECASE | re.VERBOSE) or _UNSAFE.search(source):
        return source
    branches = [
        spread
        for part in _top_level_alternatives(source)
        for leaf in _unwrapped(part)
        for spread in _spread(leaf)
    ]
    if len(branches) < 2:
        return source
    out: list[str] = []
    run: dict[
        str, list[tuple[str, str | None]]
    ] = {}  # first character -> (full branch, rest after it or None)

    def close(chars: Iterable[str]) -> None:
        for char in list(chars):
            members = run.pop(char)
            if all(rest is not None for _full, rest in members):
                out.append(re.escape(char) + "(?:" + "|".join(rest or "" for _full, rest in members) + ")")
            else:
                out.append(f"(?={re.escape(char)})(?:" + "|".join(full for full, _rest in members) + ")")

    for branch in branches:
        start = _start_of(branch, flags)
        if start is None or isinstance(start, re.Pattern):
            # Kept in its place: the open groups it may compete with (those whose character it can start with; all
            # when that is unknown) go before it, the others may still take branches after it.
            close(run if start is None else [c for c in run if start.match(c)])
            out.append(branch)
        elif isinstance(start, tuple):
            run.setdefault(start[0], []).append((branch, start[1]))
        else:
            for char in sorted(start):
                run.setdefault(char, []).append((branch, None))
    close(run)
    result = "|".join(out)
    try:
        re.compile(result, flags)
    except re.error:
        return source
    return result


#: The source each :func:`grouped` pattern was written as, by the grouped pattern's own source: what
#: tests/rules/test_prefilter.py compares their matches with.
WRITTEN: dict[str, str] = {}


def grouped(source: str) -> re.Pattern[str]:
    """``source`` compiled with its alternatives grouped by first character (:func:`dispatched`) behind the lookahead
    for its first characters (:func:`with_first_chars`): the same matches, for the wide multilingual word lists."""
    compiled = re.compile(with_first_chars(dispatched(source)))
    WRITTEN[compiled.pattern] = source
    return compiled
