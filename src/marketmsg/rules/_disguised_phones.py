"""Phone numbers dressed up to pass a digit filter: split by words, or with look-alike letters for digits.

Two disguises a number-shaped filter misses (issue 12.6; batch I of the tuning corpus, 31 of 63 phones missed):

- **split by "then"**: "call 312 and then 748 and then 0265", "655 y después 903 y después 128", "186 然后 0937
  然后 5512" — digit groups joined by the buyer's word for *then* (at least two of them). The groups are read as
  one number;
- **look-alike letters**: "2l4-9O3-6618", "O6 l4 83 57 O2", "+7 9l6 O43 28 l9" — ``O``/``o`` for 0 and ``l`` for 1
  inside a run of digit groups. The run is read with the digits put back.

Either way the number must be a *valid* phone number of the message's regions (phonenumbers' full validation,
through the same cached verdicts as :mod:`._phones`), and the look-alike one must pass :mod:`._phones`' filters
(ids, dates, tracking groups, prices, order words) too: sizes ("36 then 38 then 40"), quantities and model
numbers ("X2l0") are no phone numbers. Sources: the marketplaces' bans on sharing phone numbers (as cited by each
platform's rule pack, e.g. shared/platforms/*.md); anti-spam write-ups on digit obfuscation (SmokeDetector:
letter/digit swaps and separators; tests/data/rules_corpus_tuning_i.jsonl cites them per row).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ._lexicon import ANCHORS, SENTENCE_END
from ._phones import (
    find_phones,
    has_phone_word,
    introduced_as_id,
    is_phone,
    is_read_out_phone,
    own_line_before,
    phone_word_after,
    phone_word_before,
    spoken_of_as_phone,
)
from ._prefilter import grouped

__all__ = ["PIECE_JOINERS", "find_disguised_phones", "register_anchors"]

Span = tuple[int, int]

# The word for "then" between digit groups, per language (en, de, fr, es, it, pt, nl, pl, sv, tr, ru, ar, he, ko,
# zh, ja); the folded text is lower case.
_THEN = (
    "and then", "then", "after that", "followed by", "und dann", "dann", "danach", "et puis", "puis", "ensuite",
    "y después", "y despues", "después", "despues", "y luego", "luego", "e poi", "poi", "e depois", "depois",
    "en dan", "dan", "daarna", "a potem", "potem", "następnie", "och sedan", "sedan", "sen", "sonra", "ardından",
    "потом", "затем", "далее", "ثم", "بعدها", "ואז", "אחר כך", "다음에", "그다음", "그 다음", "然后", "然後", "再",
    "接着", "その後", "次に", "それから",
    # the separator spelled out: "415 dot 555 dot 0132", "0151 punkt 234 punkt 5678" (round 16)
    "dot", "punkt", "point", "punto", "ponto", "kropka", "nokta", "точка", "نقطة", "נקודה", "점", "点",
    # … or the dash ("1-5-9 dash 8-8-2-0 dash 3-1-7-4": tuning ec-en-011, stop 45)
    "dash", "hyphen", "strich", "bindestrich", "tiret", "guion", "guión", "trattino", "hífen", "traço", "streepje",
    "myślnik", "kreska", "bindestreck", "tire", "тире", "дефис", "شرطة", "מקף",
)  # fmt: skip
# … or the particle a Japanese reader puts between the groups ("090の1234の5678", as "ゼロキューゼロの…" is read aloud;
# stop 47 probes): a joiner only, never a cue for a number given in pieces (it is in most Japanese sentences). Only a
# valid number of the buyer's regions is read, so "23の24の25" (sizes) is none.
_PARTICLES = ("の",)
_THEN_SET = frozenset((*_THEN, *_PARTICLES))
#: What joins two groups of a run read out with such words: the words, and a plain hyphen between the digits of a
#: group read one by one ("1-5-9 dash 8-8-2-0").
_JOINERS = _THEN_SET | {"-"}
#: The word of each "then" that the anchor scan finds (registered with the anchors): a message holding none of
#: them costs one set test.
_THEN_ANCHORS = frozenset(max(w.split(), key=len) for w in _THEN_SET)
_GROUP = re.compile(r"[0-9]+")
# (a full stop too: the next sentence may open with the word, "Ring: O73. Sen 5l2. Sen 88 4O", stop 49 probes)
_GAP_TRIM = " ,.、，\u00a0"
_DIGIT = re.compile(r"[0-9]")
#: How close to a "then" word its digit groups stand ("312 and then 748": the anchor is "then").
_NEAR = 9
# A look-alike letter glued to a digit: the only messages the look-alike reading is tried on.
_GLUED_BEFORE = re.compile(r"[olозчбвisbz][0-9]")
_GLUED_AFTER = re.compile(r"[0-9][olозчбвisbz]")


# A number given in two parts, usually over two sentences (batch J): "My cell starts with 415 902. The last four are
# 3361", "Mi móvil empieza por 655. Lo que falta es 82 41 97", "앞자리는 010-93 이고요, 나머지는 16-2274".
_STARTS = (
    "starts with", "begins with", "begins", "fängt mit", "beginnt mit", "commence par", "empieza por",
    "comienza por", "inizia con", "comincia con", "começa com", "begint met", "zaczyna się od", "börjar på",
    "text me on", "call me on", "call me at", "ring me on", "my number is", "my cell is", "my mobile is",
    "ile başlıyor", "начинается с", "يبدأ ب", "מתחיל ב", "앞자리는", "앞자리", "で始まり", "から始まる", "开头是", "开头",
    "first part", "first half", "first digits", "erster teil", "première partie", "primera parte", "prima parte",
    "primeira parte", "eerste deel", "pierwsza część", "första delen",
    # the first digits named as such ("号码前三位是626，中间是555，后四位0173": stop 49 probes)
    "前三位", "前3位", "前四位", "前4位", "first three", "first 3",
)  # fmt: skip
_RESTS = (
    "last four", "last digits", "the rest", "remaining", "then", "followed by", "restlichen", "der rest", "danach",
    "le reste", "la suite", "ensuite", "lo que falta", "el resto", "luego", "il resto", "poi", "o resto", "depois",
    "de rest", "daarna", "dalej", "reszta", "resten", "sedan", "kalanı", "devamı", "остальн", "дальше", "الباقي",
    "השאר", "ואז", "나머지", "뒷자리", "残り", "後半", "后面", "剩下",
    # "… and ends with 2345678", "last part 0132" (round 16)
    "ends with", "ending in", "last part", "endet mit", "hört mit", "se termine par", "finit par", "termina en",
    "termina con", "finisce con", "termina com", "eindigt op", "eindigt met", "kończy się na", "kończy się",
    "slutar på", "ile bitiyor", "заканчивается на", "ينتهي ب", "מסתיים ב",
    "끝자리", "で終わ", "结尾", "結尾",
    # "after that" and "at the end" as the sentence opens ("Le numéro commence par 01 44. Après c'est 52 87 93", "끝은
    # 1937", "ובסוף 1290": stop 49 probes)
    "après", "dopo", "끝은", "끝번호", "בסוף",
)  # fmt: skip
_ALT = "|".join(re.escape(w) for w in sorted(_STARTS, key=len, reverse=True))
_REST_ALT = "|".join(re.escape(w) for w in sorted(_RESTS, key=len, reverse=True))
_TWO_PARTS = re.compile(
    rf"(?:{_ALT})[^0-9]{{0,12}}?(\+?[0-9][0-9 \-]{{0,12}}[0-9])[^0-9]{{0,40}}?(?:{_REST_ALT})[^0-9]{{0,16}}?"
    rf"([0-9][0-9 \-]{{0,12}}[0-9])(?![0-9])"
)
_START_ANCHORS = frozenset(max(w.split(), key=len) for w in _STARTS)


# A number given in pieces around a word for "the rest" / "then" / "the last four" / "in the middle", the pieces over
# words, a line break or the next sentence (batch R): "Area code is 415, then 555, and the last four are 0132",
# "0151 23 – und der Rest ist 45 67 89", "06 12 34, et pour la suite : 56 puis 78", "前三位138，中间0013，后四位8000".
# The pieces put together must be a valid number of the buyer's regions, named as a phone or a number (or an area
# code) before them, and not be presented as an id.
_PIECE_CUES = (
    *_RESTS, *(w for w in _THEN if len(w) > 3 or not w.isascii()),
    "last four", "last 4", "the last", "area code", "und der rest", "der rest", "am ende", "pour la suite", "los últimos",
    # the middle piece and the last in more words (blind batch EC, stop 44)
    "middle part", "the middle", "in mezzo", "w środku", "באמצע", "נגמר", "pour finir", "en son", "ile devam", "kończy na",
    "ends in", "finit par", "en medio", "no meio", "in het midden",
    # the area code as the first piece ("Alan kodu 0216, numara 455 90 12 — atölyeyi arayın": stop 47 probes)
    "vorwahl", "indicatif", "prefijo", "prefisso", "código de área", "netnummer", "kierunkowy", "riktnummer",
    "alan kodu", "код города",
    "las últimas", "al final", "le ultime", "alla fine", "final", "no final", "daarachter", "aan het eind", "a potem",
    "na końcu", "och sen", "på slutet", "sonunda", "в конце", "последние", "האחרונות", "האחרונים", "가운데", "중간",
    "끝자리", "后四位", "後四位", "中间", "中間", "最后", "最後", "末尾",
    # the last piece named first ("die letzten vier Ziffern", "les 4 derniers chiffres", "下4桁は": stop 48 probes)
    "letzten vier", "derniers chiffres", "laatste vier", "ostatnie", "sista siffrorna", "آخر", "下4桁", "下四桁",
)  # fmt: skip


def _cue_anchor(cue: str) -> str:
    """The word of ``cue`` the anchor scan looks for: its longest (the last of equals), or the whole cue when every
    word is short ("en dan": "dan" would open on every "danke")."""
    word = max(reversed(cue.split()), key=len)
    return word if len(word) >= 5 or " " not in cue else cue


@lru_cache(maxsize=256)
def _cue_regex(anchors: frozenset[str]) -> re.Pattern[str]:
    """The cues whose anchor word the message holds, as one regex (a message holds one or two: cached by set).

    A Latin cue's left boundary is read after the cue, one character further back than the cue is long: every
    alternative then starts with a letter, so the engine skips to those letters in C, where a leading lookbehind
    was entered at every position of the message (typical set: the cue scan 0.8-1.3 -> 0.2 µs a message)."""
    cues = sorted({w for w in _PIECE_CUES if _cue_anchor(w) in anchors}, key=len, reverse=True)
    return re.compile(
        "|".join(
            re.escape(w) if not w[0].isascii() else rf"{re.escape(w)}(?<![a-zß-ÿ].{{{len(w)}}})(?![a-zß-ÿ])"
            for w in cues
        )
    )


#: The words that join the pieces of a number read out in words too ("null eins fünf zwei an. Danach kommt drei eins acht
#: sieben", "zéro sept. Ensuite c'est soixante et un": ``_spelled``), longest first.
PIECE_JOINERS = tuple(
    sorted(
        {*_PIECE_CUES, *_THEN}
        - {
            "dot",
            "punkt",
            "point",
            "punto",
            "ponto",
            "kropka",
            "nokta",
            "точка",
            "نقطة",
            "נקודה",
            "점",
            "点",
            "dan",
            "sen",
            "再",
            "poi",
            "dash",
        },
        key=len,
        reverse=True,
    )
)
#: The word of each cue the anchor scan finds (registered with the anchors): the cue regex runs only on messages
#: holding one of them — a hundred-word alternation tried at every position costs ~0.2 ms a message.
_PIECE_CUE_ANCHORS = frozenset(_cue_anchor(w) for w in _PIECE_CUES)
_PIECE = re.compile(r"[0-9]+(?:[ \-][0-9]+)*")
#: How far before and after the cue the pieces may stand, and the most text between two pieces.
_PIECES_BEFORE, _PIECES_AFTER, _PIECE_GAP = 70, 80, 72
#: The most digits one piece holds (a mobile number's longest block, "0151 23456789" given whole is no piece).
_PIECE_DIGITS = 8
# The number named as such right before it ("Mi cel es 55 1234…", "Mijn mobiel: 06-12 …", "DDD 21, depois …").
_NUMBER_WORD = grouped(
    r"number|nummer|numer|número|numero|numéro|numara|номер|מספר|번호|番号|号码|號碼|\bcel\b|mobiel|"
    r"area\s+code|vorwahl|indicatif|\bddd\b|prefisso|prefijo|c[óo]digo\s+de\s+[áa]rea|netnummer|kierunkowy|riktnummer|alan\s+kodu|код\s+город"
)


def _pieces(low: str, regions: tuple[str, ...], present: set[str] | frozenset[str]) -> list[Span]:
    out: list[Span] = []
    anchors = _PIECE_CUE_ANCHORS.intersection(present)
    if not anchors or _DIGIT.search(low) is None:
        return out
    any_last = _LAST_PIECE.search(low) is not None
    for cue in _cue_regex(frozenset(anchors)).finditer(low):
        lo, hi = max(0, cue.start() - _PIECES_BEFORE), min(len(low), cue.end() + _PIECES_AFTER)
        chain: list[tuple[int, int]] = []
        for m in _PIECE.finditer(
            low, lo, hi
        ):  # bounded: a megabyte of cues costs a window each, never the rest
            if (m.start() == lo and lo > 0 and low[lo - 1].isdigit()) or (
                m.end() == hi and low[hi : hi + 1].isdigit()
            ):
                continue  # the window cut a number: a part of it is no piece
            long = sum(c.isdigit() for c in m.group()) > _PIECE_DIGITS  # an order id, a tracking number
            if chain and (long or m.start() - chain[-1][1] > _PIECE_GAP):
                if chain[-1][1] > cue.start():
                    break  # the run around the cue ended
                chain = []
            if not long:
                chain.append(m.span())
        # (the "last" words looked for once per message, then per cue: per candidate run they tripled the cost of
        # "1 then " × 150,000)
        last = any_last and _LAST_PIECE.search(low, lo, hi) is not None
        found = _number_in(low, chain, cue.start(), cue.end(), regions, present, last=last)
        if found is not None and not any(s < found[1] and found[0] < e for s, e in out):
            out.append(found)
    return out


def _number_in(
    low: str,
    chain: list[tuple[int, int]],
    cue_start: int,
    cue_end: int,
    regions: tuple[str, ...],
    present: set[str] | frozenset[str],
    *,
    last: bool = False,
) -> Span | None:
    """The first run of two to four pieces of ``chain`` around the cue ("415, then 555" — or the cue before them:
    "中间0013，后四位8000") that reads as the buyer's phone number; a run reaching a time or a count after the number
    ("… bis 18 Uhr") is cut before it."""
    # The digits of each piece (a piece is digits, spaces and hyphens): a run too short or too long for a number ends
    # before anything else is read of it (stop 49: the words around are read for more runs than before).
    counts = [e - s - low.count(" ", s, e) - low.count("-", s, e) for s, e in chain]
    starts: list[tuple[int, int]] | None = (
        None  # the "it starts with" words around the cue, found on first need
    )
    for i in range(len(chain)):
        for j in range(i + 1, min(len(chain), i + 4)):
            if not _MIN_DIGITS <= sum(counts[i : j + 1]) <= _MAX_DIGITS:
                continue  # (every order of the pieces holds as many digits)
            start, end = chain[i][0], chain[j][1]
            # (further after a "last" word: "los últimos cuatro dígitos de mi móvil son 5 5 1 8")
            after_cue = _LAST_REACH if last and _LAST_PIECE.search(low, cue_start, start) is not None else 16
            if not (start < cue_start < end or (cue_end <= start and start - cue_end < after_cue)):
                continue
            run = chain[i : j + 1]
            if len(SENTENCE_END.findall(low, start, end)) > 1:
                continue  # pieces strewn over sentences are different numbers
            if any(e < len(low) and low[e].isascii() and low[e].isalpha() for _, e in run):
                continue  # a piece glued to a word: a code or a model ("3x", "12kg")
            plus = start > 0 and low[start - 1] == "+"
            orders = _orders(low, run) if last else [run]
            digits = _digits_of(low, run)
            if not (
                is_read_out_phone(digits, regions, plus=plus)
                or any(is_read_out_phone(_digits_of(low, order), regions, plus=plus) for order in orders[1:])
            ):
                # A phone word before a dialled number: possible is enough ("ring … he's on 07700, then 900 …"); named
                # a number and said where it starts, an undialled one is validated like one written whole, in any
                # region ("号码前三位是626，中间是555，后四位0173" to a Chinese-speaking buyer): stop 49 probes. (The words
                # around are looked up last: the verdicts are cached, the words not, and a megabyte of cues holds a
                # run at every cue.)
                if plus or digits[0] == "0":
                    if not (
                        phone_word_before(low, cue_start, present)
                        and any(
                            is_read_out_phone(_digits_of(low, o), regions, plus=plus, keyword=True)
                            for o in orders
                        )
                    ):
                        continue
                else:
                    if not is_phone(digits, regions):
                        continue
                    if starts is None:
                        starts = _starts_around(low, chain, cue_start, present)
                    if not (
                        _started(starts, start, cue_start)
                        and (_numbered(low, start) or phone_word_before(low, cue_start, present))
                    ):
                        continue
            if (
                spoken_of_as_phone(low, start, present)
                or (phone_word_before(low, cue_start, present) and not introduced_as_id(low, start, present))
                # (named a number or where it starts — "Le numéro commence par 01 44", "앞자리는 010이고", "يبدأ بـ 050",
                # or after the first piece: "0532 ile başlıyor, sonra …": stop 49 probes), not as an id's ("numéro de
                # suivi 53471829, … point relais d'ici 3")
                or (
                    (
                        _numbered(low, start)
                        or _started(
                            starts if starts is not None else _starts_around(low, chain, cue_start, present),
                            start,
                            cue_start,
                        )
                    )
                    and not introduced_as_id(low, start, present)
                )
                or phone_word_after(low, end, present)
            ):
                return (start - 1 if plus else start, end)
    return None


def _numbered(low: str, start: int) -> bool:
    """Whether a word for "number" (or an area code) stands just before ``start``."""
    return _NUMBER_WORD.search(low, max(0, start - 40), start) is not None


_STARTED = re.compile(_ALT)
#: The digits a number holds (E.164 at most; fewer than seven is no dialable number), as :mod:`._phones` counts them.
_MIN_DIGITS, _MAX_DIGITS = 7, 15
#: How far before the first piece the word saying where the number starts may stand.
_STARTED_REACH = 40


def _starts_around(
    low: str, chain: list[tuple[int, int]], cue_start: int, present: set[str] | frozenset[str]
) -> list[tuple[int, int]]:
    """Where the words for "it starts with" stand from just before the cue's first piece to the cue (one scan a cue,
    not one a run of pieces)."""
    if _START_ANCHORS.isdisjoint(present) or not chain:
        return []
    lo, hi = max(0, chain[0][0] - _STARTED_REACH), max(chain[-1][0], cue_start)
    return [m.span() for m in _STARTED.finditer(low, lo, hi)]


def _started(starts: list[tuple[int, int]], start: int, cue_start: int) -> bool:
    """Whether a word for "it starts with" (``starts``: :func:`_starts_around`) stands just before the first piece at
    ``start`` ("commence par", "앞자리는", "מתחיל ב") or after it, before the cue at ``cue_start`` ("0532 ile başlıyor,
    sonra", "080で始まり、次に")."""
    hi = max(start, cue_start)
    return any(start - _STARTED_REACH <= s and e <= hi for s, e in starts)


# The last piece named as such, given before the others ("the last four digits of my mobile are 5 5 1 8, it starts
# with 633 90", "下4桁は6203、頭は080の1947", "die ersten Ziffern sind 0151. Die letzten vier … 6620, dazwischen 4 3 0 8":
# stop 48 probes in 13 languages): read at the end as well.
_LAST_PIECE = grouped(
    r"\blast\s+(?:four|4|three|3|six|6|two|2|digits|bit)\b|\bletzten\b|\bderniers\b|\búltimos\b|\bultime\b|\blaatste\b|"
    r"\bostatni\w*|\bsista\b|последни\w*|آخر|האחרונ\w*|下\s?[0-9４]桁|最后[四4]位|後[四4]位|末尾|뒷자리|끝자리"
)
#: How far before a piece its "last" word may stand.
_LAST_REACH = 40


def _digits_of(low: str, run: Sequence[tuple[int, int]]) -> str:
    return "".join(c for s, e in run for c in low[s:e] if c.isdigit())


def _orders(low: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``run`` as written, and with a piece said to be the last moved to the end."""
    orders = [run]
    prev_end = 0
    for k, (s, e) in enumerate(run):
        if k < len(run) - 1 and _LAST_PIECE.search(low, max(prev_end, s - _LAST_REACH), s) is not None:
            orders.append([*run[:k], *run[k + 1 :], (s, e)])
            break
        prev_end = e
    return orders


def register_anchors() -> None:
    """Register the "then", "starts with" and "the rest" words with the anchor index."""
    ANCHORS.register(tuple(sorted(_THEN_ANCHORS | _START_ANCHORS | _PIECE_CUE_ANCHORS)))


def _two_parts(low: str, regions: tuple[str, ...]) -> list[Span]:
    out: list[Span] = []
    for m in _TWO_PARTS.finditer(low):
        first, rest = m.group(1), m.group(2)
        digits = "".join(c for c in first + rest if c.isdigit())
        if is_read_out_phone(digits, regions, plus=first.startswith("+")):
            out.append((m.start(1), m.end(2)))
    return out


def find_disguised_phones(
    low: str,
    regions: tuple[str, ...],
    ids: Sequence[re.Pattern[str]],
    present: set[str] | frozenset[str],
    exceptions: list[Span] | None = None,
) -> list[Span]:
    """Split and look-alike phone numbers in the folded text ``low`` (``ids``: the platform's id patterns,
    ``present``: the message's anchors). One pass over the digit groups decides whether either can occur.
    ``exceptions``, when given, receives the numbers broken over lines only that their sentence presents as a warranty,
    carrier or maker line (:func:`._phones.find_phones`' exception), which the list returned leaves out."""
    out: list[Span] = []
    # Look-alike letters and line breaks are read only after a phone word ("my cell", "Mon portable", "Мой номер",
    # "WhatsApp"): a model "X2l0", a lot "3O0" or a list of amounts is no phone number. Emoji and stars between
    # digit groups are a disguise wherever they occur.
    glued = _GLUED_BEFORE.search(low) is not None or _GLUED_AFTER.search(low) is not None
    letters = has_phone_word(present) and (glued or "\n" in low)
    then = _THEN_ANCHORS.intersection(present)
    if then:
        # … and in groups joined by "then" after a phone word too ("Ring: O73. Sen 5l2. Sen 88 4O": stop 49 probes),
        # read with the letters put back
        texts = (low, _looks_restored(low)) if letters and glued else (low,)
        for text in texts:
            if _joins_digits(text, then):
                # Not when the words before present the groups as ids ("parcels 4471 then 9920 then 3318").
                found = _split(text, [m.span() for m in _GROUP.finditer(text)], regions, present)
                out.extend(
                    span
                    for span in found
                    if not introduced_as_id(low, span[0], present)
                    and not any(s < span[1] and span[0] < e for s, e in out)
                )
    if not _START_ANCHORS.isdisjoint(present):
        out.extend(_two_parts(low, regions))
    # Not gated on a phone word among the anchors: "Mi cel es …", "DDD 21, depois …" name the number otherwise.
    out.extend(span for span in _pieces(low, regions, present) if span not in out)
    # … or with a country code, which dials it whatever words stand around ("+86 l59 O3l8 7724": blind batch EC),
    # or disguised group after group, which no model number or lot is ("O1O-72l5-66O3", "l86-O4l7-З392": tuning
    # ec-ko-005, ec-fr-012, stop 45)
    dialled = not letters and glued and _PLUS_LOOK.search(low) is not None
    # … or written down a column, without a phone word (``_in_column``: "risponde al\n02\n8945\n1120\nchieda di Paolo")
    column = not letters and "\n" in low and (glued or _COLUMN_LINE.search(low) is not None)
    if (
        letters
        or glued
        or column
        or (_ODD_SEPARATOR.search(low) is not None and _ODD_BETWEEN.search(low) is not None)
    ):
        out.extend(
            _disguised(
                low,
                regions,
                ids,
                present,
                letters=letters,
                dialled=dialled,
                column=column,
                exceptions=exceptions,
            )
        )
    return out


def _joins_digits(low: str, words: set[str] | frozenset[str]) -> bool:
    """Whether "then" words of the message stand between digits at least twice (found with ``find``: listing the
    digit groups of every message that says "then" would cost more)."""
    joins = 0
    for word in words:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            if _DIGIT.search(low, max(0, i - _NEAR), i) and _DIGIT.search(low, end, end + _NEAR):
                joins += 1
                if joins >= 2:
                    return True
            i = low.find(word, end)
    return False


def _looks_restored(low: str) -> str:
    """``low`` with the look-alike letters of each run of digits and look-alikes put back as digits (same length: the
    spans stay); a run without a digit is a word ("so", "is") and stays."""
    parts: list[str] = []
    pos = 0
    for m in _RUN_GROUPS.finditer(low):
        start, end = m.span()
        run = m.group()
        if (
            (start and low[start - 1].isalpha())
            or (end < len(low) and low[end].isalpha())
            or _DIGIT.search(run) is None
            or run.isdigit()
        ):
            continue
        parts.append(low[pos:start])
        parts.append(run.translate(_DIGITS_BACK))
        pos = end
    parts.append(low[pos:])
    return "".join(parts)


def _split(
    low: str, groups: list[tuple[int, int]], regions: tuple[str, ...], present: set[str] | frozenset[str]
) -> list[Span]:
    out: list[Span] = []
    run: list[tuple[int, int]] = []
    for start, end in groups:
        if end - start > 5:
            _close(low, run, regions, present, out)
            run = []
            continue
        # (a group after one space belongs to the piece before it: "… Sen 88 4O", stop 49 probes)
        gap = low[run[-1][1] : start] if run else ""
        if run and (gap == " " or " ".join(gap.strip(_GAP_TRIM).split()) in _JOINERS):
            run.append((start, end))
            continue
        _close(low, run, regions, present, out)
        run = [(start, end)]
    _close(low, run, regions, present, out)
    return out


_CJK = "\u3000"  # where the scripts that write no spaces between words begin


def _close(
    low: str,
    run: list[tuple[int, int]],
    regions: tuple[str, ...],
    present: set[str] | frozenset[str],
    out: list[Span],
) -> None:
    """Judge a finished run of groups: three or more, 7–15 digits, not glued to a word, a valid number."""
    if len(run) < 3:
        return
    start, end = run[0][0], run[-1][1]
    before = low[start - 1] if start else " "
    # (Japanese, Chinese and Korean glue numbers to their words: "お電話は090の1234の5678まで")
    if (
        (before.isalpha() and before < _CJK)
        or before == "_"
        or (end < len(low) and low[end].isalpha() and low[end].isascii())
    ):
        return  # part of a word or a code ("x12 then 34 then 56y")
    plus = before == "+"
    digits = "".join(low[s:e] for s, e in run)
    # (after a phone word a dialled number need only be possible: "ring … 07700, then 900, then 461", stop 49 probes;
    # the words looked up only for a dialled run of a number's length the strict test refused)
    if is_read_out_phone(digits, regions, plus=plus) or (
        (plus or digits[:1] == "0")
        and _MIN_DIGITS <= len(digits) <= _MAX_DIGITS
        and phone_word_before(low, start, present)
        and is_read_out_phone(digits, regions, plus=plus, keyword=True)
    ):
        out.append((start - 1 if plus else start, end))


# A run of digit groups in disguise: O/o/l and the Cyrillic о з ч б for digits ("O6 l4 83", "9О5 З2Ч"), and odd
# separators between the groups — emoji, stars, tildes, bullets, line breaks ("646 🌟 218 🌟 7734", "9~1~6",
# "06\n41 28\n73 90"). Each group must hold a real digit and the run at least five (tested in Python: a class with
# a digit required inside it would backtrack on long runs of letters).
# "s" for 5 and "b" for 8 too: "6l7-4O9-3S82", "O6 l2 S8 B4 7O" (stop 47 probes, 16 languages); "z" for 2: "+48 7Z9 l53 Z84",
# "O1O-Z9l7-4483" (stop 48 probes, 12 languages)
_LOOK = "olозчбвisbz"
_ODD = "~*_•·|\n\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff"
# (a group in brackets may be spaced digit by digit: "03\n（5 5 1 2）\n8 8 0 4", stop 52 probes)
_GROUP_RUN = rf"(?:[0-9{_LOOK}]+|\([0-9{_LOOK}]+(?: [0-9{_LOOK}]+)*\))"
_DISGUISED = re.compile(
    rf"(?<![0-9a-z_а-яё])\+?{_GROUP_RUN}(?:[ \-./\u00a0{_ODD}]{{1,3}}{_GROUP_RUN}){{0,8}}(?![0-9a-z_а-яё])"
)
_RUN_GROUPS = re.compile(rf"[0-9{_LOOK}]+")
# (a word before a line break is a word too: "my direct line is\n(646)\n555\n0193", stop 52 probes)
_LETTERS_LEAD = re.compile(rf"(?:[{_LOOK}]+[ \-./\u00a0\n]{{1,3}})+")
_LETTERS_TRAIL = re.compile(rf"(?:[ \-./\u00a0\n]{{1,3}}[{_LOOK}]+)+$")
_ODD_CHARS = re.compile(f"[{_ODD}]")
# Look-alikes back to digits, odd separators to spaces: the same length, so spans stay exact.
_DIGITS_BACK = str.maketrans("olозчбвisbz", "01034681582")
#: How much text around a number the phone detector reads (its keyword and sentence windows, with room).
_BEFORE, _AFTER = 100, 60
_LOOKS = tuple(_LOOK)
#: A country code glued to a look-alike group: "+86 l59 …", "+8б 13В …".
_PLUS_LOOK = re.compile(rf"\+[0-9{_LOOK}]{{1,3}}[ \-.]?[0-9{_LOOK}]")
# A digit, an odd separator (a space on either side at most), a digit: the messages the separators are read in.
_ODD_BETWEEN = re.compile(rf"[0-9] ?[{_ODD.replace(chr(92) + 'n', '')}] ?[0-9]")
# The separators alone: most messages hold none, and one scan for them skips the test above, which stops at every
# digit (number-heavy set: 4.3 µs a message).
_ODD_SEPARATOR = re.compile(rf"[{_ODD.replace(chr(92) + 'n', '')}]")


#: How many groups of a run must hold a look-alike letter for it to be read with no phone word or country code.
_LOOK_GROUPS = 2

# A number written down a column, one short group a line ("il nostro laboratorio risponde al\n02\n8945\n1120\nchieda
# di Paolo", "Vårt lager nås på 08-\n55\n12\n40\n07", "fale com nosso suporte:\n(21)\n3 0 4 5\n- 7 7 8 2": stop 52
# probes, none with a phone word). Read without one only where a line break cannot join unrelated numbers: three lines
# or more, each a group of at most four digits (no order id, tracking number, postcode or price line), no blank line
# between them, the last line ending with the number, the first group dialled (a trunk 0, a "+" or an area code in
# brackets), and the sentence before it the seller's, introducing it (``own_line_before``) — as where they are reached
# when every line holds as many digits, as a list's items do ("Våra öppettider är:\n08\n00\n17\n00", "Unsere
# Größen:\n036\n038\n040"). The run is then judged as any other (ids, dates, words), valid in the buyer's region
# only: a column of sizes, times or quantities is a valid number somewhere among the fallback regions.
_COLUMN_DIGITS = 4
#: A line holding nothing but a short group, between two line breaks, digits on the next line: the messages to read.
_COLUMN_LINE = re.compile(r"\n[ \-(+]{0,3}[0-9][0-9 ]{0,8}\)?[ \-.]{0,3}\n[ \-(]{0,3}[0-9]")
_COLUMN_END = re.compile(r"[ .,;]*(?:\n|$)")


def _in_column(low: str, start: int, end: int) -> bool:
    """Whether the run at ``low[start:end]`` is a number written down a column (see ``_COLUMN_LINE``), its look-alike
    letters read as the digits they stand for ("O2O\n7946\nO958")."""
    run = low[start:end].translate(_DIGITS_BACK)
    lines = run.split("\n")
    if len(lines) < 3 or run[0] not in "0+(" or _COLUMN_END.match(low, end) is None:
        return False
    counts = {sum(c.isdigit() for c in line) for line in lines}
    return (
        min(counts) >= 1
        and max(counts) <= _COLUMN_DIGITS
        and own_line_before(low, start, reached=len(counts) == 1)
    )


_RUN_SEPARATED = re.compile(
    r"[0-9" + _LOOK + r"]+[ \-./]{1,3}[0-9" + _LOOK + r"]+[ \-./]{1,3}[0-9" + _LOOK + r"]"
)


def _disguised_throughout(run: str) -> bool:
    """Whether a run of three or more groups holds look-alike letters in at least two of them: a number disguised
    group after group ("O1O-72l5-66O3"), not a model ("X2l0") or a lot ("3O0") beside plain numbers."""
    if _RUN_SEPARATED.search(run) is None:
        return False
    return sum(any(c in group for c in _LOOK) for group in _RUN_GROUPS.findall(run)) >= _LOOK_GROUPS


def _disguised(
    low: str,
    regions: tuple[str, ...],
    ids: Sequence[re.Pattern[str]],
    present: set[str] | frozenset[str],
    *,
    letters: bool,
    dialled: bool = False,
    column: bool = False,
    exceptions: list[Span] | None = None,
) -> list[Span]:
    """Phone numbers in runs of disguised digit groups, read with the disguise undone (``letters``: look-alike
    letters and line breaks count too — only after a phone word; ``column``: line breaks count in a number written
    down a column, ``_in_column``; ``exceptions``: see :func:`find_disguised_phones`)."""
    out: list[Span] = []
    for m in _DISGUISED.finditer(low):
        start, end = m.span()
        # a word of look-alike letters before or after the groups is a word ("is O79l1 423 856", "bis 0l5 …"): trimmed
        lead, trail = _LETTERS_LEAD.match(low, start, end), _LETTERS_TRAIL.search(low, start, end)
        start = lead.end() if lead is not None else start
        end = trail.start() if trail is not None and trail.start() > start else end
        run = low[start:end]
        looks = any(c in run for c in _LOOK)
        odd = _ODD_CHARS.search(run) is not None
        in_column = column and "\n" in run and _in_column(low, start, end)
        if (
            not (odd or looks)
            or (
                looks
                and not letters
                and not in_column
                and not (dialled and run.startswith("+"))
                and not _disguised_throughout(run)
            )
            or ("\n" in run and not letters and not in_column)
        ):
            continue  # nothing disguised (the plain detector judged it), or a disguise not read here
        if sum(c.isdigit() for c in run) < 5 or any(g.isalpha() for g in _RUN_GROUPS.findall(run)):
            continue
        # The run with the disguise undone, in place, judged by the ordinary phone detector in the stretch of text
        # it reads around a number (the words before, the sentence): linear in the message.
        lo, hi = max(0, start - _BEFORE), min(len(low), end + _AFTER)
        plain = _ODD_CHARS.sub(" ", run.translate(_DIGITS_BACK))
        restored = low[lo:start] + plain + low[end:hi]
        # (a column read without a phone word: valid in the buyer's region, see ``_in_column``)
        use = regions[:1] if in_column else regions
        # A line break is layout, no disguise: a maker's or carrier's line broken over lines stays the exception it is
        # on one line ("service consommateurs joignable au 09\n74\n50\n47\n74", stop 52 probes); look-alike letters,
        # emoji or stars between the groups hide the number, whoever's it is.
        layout = not looks and _ODD_CHARS.search(run.replace("\n", " ")) is None
        for s, e, exception in find_phones(restored, use, ids, present):
            if s + lo < end and start < e + lo:
                if exception and layout:
                    if exceptions is not None:
                        exceptions.append((s + lo, e + lo))
                    continue
                out.append((s + lo, e + lo))
    return out
