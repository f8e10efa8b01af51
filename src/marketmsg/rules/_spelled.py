"""Phone numbers spelled out in words ("zero one seven six …", "null eins sieben …", "一三八〇〇…", "공일공 …").

A run of at least seven digits written as number words (possibly mixed with digits) is a phone number dressed up
to pass a digit filter. Digit words per language; CJK and Sino-Korean numerals are single characters, so a run
of them needs no separators. The runs are searched only when the message holds at least two different digit
words, so ordinary prose ("one or two items") costs a set intersection.
"""

from __future__ import annotations

import re

from ._disguised_phones import PIECE_JOINERS
from ._lexicon import ANCHORS, Scan
from ._phones import has_phone_word, is_phone, is_read_out_phone, phone_word_before
from ._prefilter import grouped

__all__ = ["find_spelled_phones", "register_anchors"]

Span = tuple[int, int, str]

#: Digit words per language (en, de, fr, es, it, pt, nl, pl, sv, tr, ru, he, ar; Arabic with the spoken Egyptian and
#: Levantine forms, "اتنين", "تلاتة", "تمانية": tuning dp-ar-007, stop 45), value = the digits they stand for.
_WORDS: dict[str, str] = {}
for _digit, _forms in enumerate(
    (
        "zero|null|zéro|cero|zero|nul|nolla|noll|sıfır|ноль|нуль|zero|אפס|صفر|زيرو",
        "one|eins|ein|un|une|uno|um|uma|een|één|eén|jeden|jedna|ett|en|bir|один|одна|unu|אחת|אחד|واحد",
        "two|zwei|zwo|deux|dos|due|dois|duas|twee|dwa|två|iki|два|две|שתיים|שתים|שניים|اثنان|اثنين|اتنين|إتنين|تنين",
        "three|drei|trois|tres|tre|três|drie|trzy|üç|три|שלוש|שלש|ثلاثة|ثلاث|تلاتة|تلاته|تلات",
        "four|vier|quatre|cuatro|quattro|quatro|cztery|fyra|dört|четыре|ארבע|أربعة|اربعة|أربع|اربع|اربعه",
        "five|fünf|funf|cinq|cinco|cinque|vijf|pięć|piec|fem|beş|пять|חמש|خمسة|خمسه|خمس",
        # ("meia", half a dozen, is how Brazilians read a six in a phone number: "nove nove meia sete dois", stop 47)
        "six|sechs|seis|meia|sei|zes|sześć|szesc|sex|altı|шесть|שש|ستة|سته|ست",
        "seven|sieben|sept|siete|sette|sete|zeven|siedem|sju|yedi|семь|שבע|سبعة|سبعه|سبع",
        "eight|acht|huit|ocho|otto|oito|osiem|åtta|atta|sekiz|восемь|שמונה|ثمانية|ثمانيه|ثمان|تمانية|تمانيه|تمنية|تمان",
        "nine|neun|neuf|nueve|nove|negen|dziewięć|dziewiec|nio|dokuz|девять|תשע|تسعة|تسعه|تسع",
    )
):
    for _form in _forms.split("|"):
        _WORDS.setdefault(_form, str(_digit))


def _french_pairs() -> dict[str, str]:
    """French numbers 10–99 in words: French phone numbers are read in pairs ("zéro six, douze, trente-quatre")."""
    units = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    teens = [
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ]
    tens = {
        2: "vingt",
        3: "trente",
        4: "quarante",
        5: "cinquante",
        6: "soixante",
        7: "septante",
        9: "nonante",
    }
    out: dict[str, str] = {word: str(10 + i) for i, word in enumerate(teens)}
    for ten, word in tens.items():
        out[word] = str(ten * 10)
        for unit in range(1, 10):
            out[f"{word}-et-un" if unit == 1 else f"{word}-{units[unit]}"] = str(ten * 10 + unit)
    for i, teen in enumerate(teens):  # 70-79 and 90-99 the French way
        out["soixante-et-onze" if i == 1 else f"soixante-{teen}"] = str(70 + i)
        out[f"quatre-vingt-{teen}"] = str(90 + i)
    out["quatre-vingts"] = out["quatre-vingt"] = "80"
    for unit in range(1, 10):
        out[f"quatre-vingt-{units[unit]}"] = str(80 + unit)
    # Written with spaces as often as with hyphens.
    return out | {word.replace("-", " "): value for word, value in out.items() if "-" in word}


for _form, _value in _french_pairs().items():
    _WORDS.setdefault(_form, _value)


def _pairs() -> dict[str, str]:
    """Numbers 10–99 in words in English, German, Dutch, Italian, Spanish and Portuguese: phone numbers are read in
    pairs there too ("novantotto quarantasei", "tweeënvijftig", "zweiundvierzig", "treinta y dos"; batch J)."""
    out: dict[str, str] = {}
    langs = {
        # tens 20-90, units 1-9, teens 10-19, how tens and units join
        "en": (("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
               ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
               ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen")),
        "de": (("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"),
               ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
               ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
                "neunzehn")),
        "nl": (("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"),
               ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
               ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
                "negentien")),
        "it": (("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"),
               ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
               ("dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette",
                "diciotto", "diciannove")),
        "es": (("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"),
               ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
               ("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
                "diecinueve")),
        "pt": (("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"),
               ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
               ("dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
                "dezenove")),
    }  # fmt: skip
    for lang, (tens, units, teens) in langs.items():
        out.update({word: str(10 + i) for i, word in enumerate(teens)})
        for t, ten in enumerate(tens, start=2):
            out[ten] = str(t * 10)
            for u, unit in enumerate(units, start=1):
                value = str(t * 10 + u)
                if lang == "en":
                    forms = [f"{ten}-{unit}", f"{ten} {unit}"]
                elif lang == "de":
                    forms = [f"{unit}und{ten}", f"{unit}und{ten.replace('ß', 'ss')}"]
                elif lang == "nl":
                    forms = [f"{unit}en{ten}", f"{unit}ën{ten}"]
                elif lang == "it":
                    joined = (
                        ten[:-1] + unit
                        if unit in ("uno", "otto")
                        else ten + ("tré" if unit == "tre" else unit)
                    )
                    forms = [joined, ten + unit]
                elif lang == "es":
                    forms = [f"{ten} y {unit}"] + ([f"veinti{unit}"] if t == 2 else [])
                else:
                    forms = [f"{ten} e {unit}"]
                out.update(dict.fromkeys(forms, value))
    out.update({"veintidós": "22", "veintitrés": "23", "veintiséis": "26", "oh": "0"})
    return out


for _form, _value in _pairs().items():
    _WORDS.setdefault(_form, _value)
#: Italian 10–99 in words (those joined to a hundred in one word: "trecento" + "quarantasette").
_ITALIAN_PAIRS = frozenset(
    w
    for w, v in _pairs().items()
    if len(v) == 2 and w.endswith(("a", "i", "e", "o", "é")) and " " not in w and "-" not in w
)

# Russian and Turkish read a number in groups ("восемь девятьсот шестнадцать, сто двадцать три …", "sıfır beş yüz
# otuz iki …"), Polish too ("pięćset dwanaście, trzysta osiemdziesiąt cztery": batch I), Swedish in pairs ("fyrtiofem
# sextiosju"): the words of such groups, so a run holds them (issue 12.6 round 5; source: Amazon Communication
# Guidelines, no phone numbers — shared/platforms/amazon.md §5.1). One row per language and kind, in order: the rows
# give both the words a run may hold and their values (``_HUNDREDS``, ``_TENS``); :func:`_read` makes each group's
# number of them.
_RU_HUNDREDS = "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"
_RU_TENS = "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"  # from 20
_TR_TENS = "on yirmi otuz kırk elli altmış yetmiş seksen doksan"  # from 10
_PL_HUNDREDS = "sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"
_PL_TENS = "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt"  # from 20
_PL_TEENS = "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście"
_RU_TEENS = "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
_SV_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
_SV_UNITS = ("ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
_GROUPED = frozenset(
    (
        *f"{_RU_HUNDREDS} {_RU_TENS} {_TR_TENS} {_PL_HUNDREDS} {_PL_TENS} {_PL_TEENS} {_RU_TEENS} yüz".split(),
        *(ten + unit for ten in _SV_TENS for unit in ("", *_SV_UNITS)),
    )
)
for _form in (
    *f"{_RU_HUNDREDS} {_RU_TENS} {_TR_TENS} {_PL_HUNDREDS} {_PL_TENS} {_PL_TEENS} {_RU_TEENS} yüz".split(),
    *(ten + unit for ten in _SV_TENS for unit in ("", *_SV_UNITS)),
):
    _WORDS.setdefault(_form, "0")  # (the words only: their values are read from the rows)


def _ranked(rows: tuple[str, ...], step: int, first: int = 1) -> dict[str, int]:
    """Each row's words (one language's, in order) valued ``first * step``, ``(first + 1) * step`` …"""
    return {name: i * step for row in rows for i, name in enumerate(row.split(), start=first)}


# What the words read in groups are worth, so the groups make their number ("sześćset dwa" 602, "novecentos e doze"
# 912, "تسعمية وواحد وسبعين" 971): counted as above, "sześćset dwa, trzysta czterdzieści, osiemset dwanaście" was
# seven digits, not nine, and no number (tuning dp-pl-001, ah-pt-005, t-ar-j003, stop 45). Hundreds in Russian,
# Polish, Portuguese, Spanish, Italian and Arabic (written and spoken); the tens and teens of the languages above.
_HUNDREDS = _ranked(
    (
        _RU_HUNDREDS,
        _PL_HUNDREDS,
        "cem duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos",
        "cien doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
        "cento duecento trecento quattrocento cinquecento seicento settecento ottocento novecento",
        "مية ميتين تلتمية ربعمية خمسمية ستمية سبعمية تمنمية تسعمية",
        "مائة مائتين ثلاثمائة أربعمائة خمسمائة ستمائة سبعمائة ثمانمائة تسعمائة",
    ),
    100,
) | {"ciento": 100, "yüz": 100}
_TENS = (
    _ranked((_RU_TENS, _PL_TENS), 10, first=2)
    | _ranked(
        (
            _TR_TENS,
            "عشرة عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين",
            "عشرة عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين",
        ),
        10,
    )
    | _ranked((_RU_TEENS, _PL_TEENS), 1, first=10)
)
# Hundreds written as one word with their tens and units, as Italian and Swedish write them ("trecentoquarantasette" 347,
# "fyrahundrafemtioåtta" 458, "tvåhundraelva" 211: stop 47 probes): each a group of three digits of its own.
_IT_HUNDREDS = (
    "cento",
    "duecento",
    "trecento",
    "quattrocento",
    "cinquecento",
    "seicento",
    "settecento",
    "ottocento",
    "novecento",
)
_SV_HUNDREDS = (
    "hundra",
    "tvåhundra",
    "trehundra",
    "fyrahundra",
    "femhundra",
    "sexhundra",
    "sjuhundra",
    "åttahundra",
    "niohundra",
)
_SV_TEENS = ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton")
_COMPOUND_HUNDREDS: dict[str, str] = {}
for _h, _hundred in enumerate(_IT_HUNDREDS, start=1):
    for _form, _value in _pairs().items():
        if _form.isalpha() and _form.isascii() and int(_value) >= 10 and _form in _ITALIAN_PAIRS:
            _COMPOUND_HUNDREDS.setdefault(_hundred + _form, str(_h * 100 + int(_value)))
    for _u, _unit in enumerate(
        ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"), start=1
    ):
        _COMPOUND_HUNDREDS.setdefault(_hundred + _unit, str(_h * 100 + _u))
for _h, _hundred in enumerate(_SV_HUNDREDS, start=1):
    for _t, _ten in enumerate(_SV_TENS, start=2):
        _COMPOUND_HUNDREDS.setdefault(_hundred + _ten, str(_h * 100 + _t * 10))
        for _u, _unit in enumerate(_SV_UNITS):  # "ett" and "en" are both 1
            _COMPOUND_HUNDREDS.setdefault(_hundred + _ten + _unit, str(_h * 100 + _t * 10 + max(_u, 1)))
    for _i, _teen in enumerate(_SV_TEENS):
        _COMPOUND_HUNDREDS.setdefault(_hundred + _teen, str(_h * 100 + 10 + _i))
    for _u, _unit in enumerate(_SV_UNITS):
        _COMPOUND_HUNDREDS.setdefault(_hundred + _unit, str(_h * 100 + max(_u, 1)))
for _form in _COMPOUND_HUNDREDS:
    _WORDS.setdefault(_form, "0")  # (a token; its value is read from ``_COMPOUND_HUNDREDS``)
for _t, _ten in enumerate(_SV_TENS, start=2):
    _TENS[_ten] = _t * 10
    for _u, _unit in enumerate(_SV_UNITS):
        _TENS[_ten + _unit] = _t * 10 + max(_u, 1)  # ett and en are both 1
# (Arabic joins the next word with "و" glued to it: "وواحد", "وسبعين"; the word counts as itself.)
_AND_GLUED = "و"
for _form in [
    *_HUNDREDS,
    *_TENS,
    *(w for w, v in _WORDS.items() if len(v) == 1 and "\u0600" <= w[0] <= "\u06ff"),
]:
    if "\u0600" <= _form[0] <= "\u06ff":
        _WORDS.setdefault(_AND_GLUED + _form, _WORDS.get(_form, "0"))
for _form in [*_HUNDREDS, *_TENS]:
    _WORDS.setdefault(_form, "0")

# 幺: "one" as read out in Chinese phone numbers; 洞 and 拐, the radio readings of zero and seven ("幺三八，洞幺两拐":
# stop 47 probes)
_CJK_DIGITS = "〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖幺洞拐"
_KO_DIGITS = "공영일이삼사오육칠팔구"
# Japanese reads digits in katakana too ("ゼロハチゼロ、三五一二": batch I), mixed with kanji numerals.
_KANA_DIGITS = {
    "ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニ": "2", "サン": "3", "ヨン": "4", "ゴ": "5", "ロク": "6",
    "ナナ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9",
    # the lengthened forms in katakana too ("イチニーサンヨン、ゴーロクナナハチ": stop 41)
    "ニー": "2", "ゴー": "5",
    # ... and in hiragana, with the lengthened forms used when reading a number out ("にーはちさんろく": batch J)
    "ぜろ": "0", "れい": "0", "いち": "1", "にー": "2", "さん": "3", "よん": "4", "ごー": "5", "ろく": "6",
    "なな": "7", "はち": "8", "きゅう": "9", "きゅー": "9", "プラス": "+", "ぷらす": "+",
    # "まる" for zero, as in "まるはちまる" (stop 47 probes)
    "まる": "0",
}  # fmt: skip
# The one-kana readings in hiragana ("よん・ご・ろく・なな", "ぜろ・に・…": stop 49 probes) and しち, the other reading of
# seven: tokens inside a run only, never anchors — "に" and "ご" are the particle and the honorific of most Japanese
# sentences, and as anchors would make every Japanese message read its runs again.
_KANA_SHORT = {"ご": "5", "に": "2", "しち": "7", "シチ": "7"}
# The value of each numeral, for validating a mixed run ("幺三九，2741，八五零六", "공일공, 4827, 삼육구일").
_NUMERAL_VALUES = {
    **dict(zip("〇零一二三四五六七八九", "00123456789", strict=True)),
    "两": "2", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9",
    "幺": "1", "洞": "0", "拐": "7", **dict(zip("공영일이삼사오육칠팔구", "00123456789", strict=True)), **_KANA_DIGITS,
    **_KANA_SHORT,
}  # fmt: skip


def _factored(words: list[str]) -> str:
    """``"|".join(words)`` (plain words, tried in this order) with the alternatives sharing a first character
    grouped behind it, level by level: the same matches, but a position is rejected after one test per distinct
    first character instead of one per word (1,200 digit words tried at every position of the few messages that
    hold three: the spelled-number scan ~2.6 -> ~1.2 µs a typical message).

    Words starting differently never match at the same position, so grouping them keeps the order in which the
    alternatives that can match are tried; a group keeps its words' order, and the word that ends where its group's
    prefix ends (shortest, so last when ``words`` run longest first) stays last, else that level stays unfactored.
    Not :func:`._prefilter.dispatched`, which groups one level for any regex: on these 1,230 plain words the levels
    below the first count too (the same matches over 4,000 corpus texts: 41 ms factored, 88 ms dispatched, 1.3 s as
    written; measured at stop 40).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    if "" in groups:  # an empty word matches anywhere: its place in the order counts, so nothing is grouped
        return "|".join(map(re.escape, words))
    out = []
    for first, rests in groups.items():
        tail = [rest for rest in rests if rest]
        if len(rests) == 1:
            out.append(re.escape(first + rests[0]))
        elif len(tail) == len(rests) or (len(tail) == len(rests) - 1 and not rests[-1]):
            ends = "|" if len(tail) < len(rests) else ""  # the word that is ``first`` alone, tried last
            out.append(f"{re.escape(first)}(?:{_factored(tail)}{ends})")
        else:
            out.append(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})")
    return "|".join(out)


_WORD_ALT = _factored(sorted(_WORDS, key=len, reverse=True))
_TOKEN = rf"(?:{_WORD_ALT}|\d{{1,4}})"
#: The hyphens and dashes that group numerals (ASCII, the Unicode hyphens and dashes, the full-width hyphen-minus).
_CJK_DASHES = "\\-\u2010-\u2014－"
_KANA_TOKENS = sorted((*_KANA_DIGITS, *_KANA_SHORT), key=len, reverse=True)
_CJK_TOKEN = "(?:[" + _CJK_DIGITS + "]|" + "|".join(_KANA_TOKENS) + ")"
#: Fewer Latin tokens than this (four to six: "nine one seven 48 two 3306") must spell a valid phone number.
_SHORT = 7
# The pieces of a number read out in words joined by "then", "and the rest", the next sentence ("Meine Handynummer fängt
# mit null eins fünf zwei an. Danach kommt drei eins acht sieben. Und am Ende sechs null vier neun", "Mon portable
# commence par zéro sept. Ensuite c'est soixante et un, vingt-quatre": stop 47 probes), a word or two after the joiner.
# A run joined so must spell a valid number of the buyer's regions, however long ("step one, then two, then three …").
_JOINER = (
    r"[\s,.;:\u2013\u2014-]{1,3}(?:(?:and|und|et|y|e|en|i|och|ve|и|و|ו)\s+)?(?:"
    + "|".join(re.escape(w) for w in PIECE_JOINERS)
    + r")(?:\s+[^\W\d_]+){0,2}?[\s,.;:]{1,3}"
)
_JOINED = re.compile(_JOINER)
# Tokens separated by at most three separator characters; a run of 4+ tokens is checked for its digit count.
_RUN = re.compile(
    rf"(?<![a-zà-ÿа-я0-9]){_TOKEN}(?:(?:[\s,.\-\u2013/،、]{{1,3}}|\s[ey]\s|{_JOINER}){_TOKEN}(?![a-zà-ÿа-яıışğ])){{3,24}}"
    # (groups split by a spaced dash or a Unicode hyphen too: "零九一二 - 三四五 - 六七八", "〇九〇‐四四一二‐七七八五": stop 33)
    # (… or the katakana long-vowel mark Japanese keyboards give for a dash: "〇九〇ー一二三四ー五六七八", stop 42)
    # (… or the possessive "の" Japanese reads between the groups: "〇九〇の一二三四の五六七八", stop 45)
    rf"|{_CJK_TOKEN}(?:(?:[ {_CJK_DASHES}・、，,ーの]|\s[{_CJK_DASHES}ー]\s)?{_CJK_TOKEN}){{6,16}}"
    # (the dash read out as "다시" between Korean groups: "공일공 다시 구구팔칠 다시 육오사삼", stop 47)
    rf"|[{_KO_DIGITS}](?:(?:[\s\-,.·]{{0,2}}|\s?다시\s?)[{_KO_DIGITS}]){{8,14}}"
)
_SPLIT = re.compile(rf"{_TOKEN}")
# Turkish "on" (ten) is a token; leading a run it is the English "on" ("call me on zero seven …").
_LEADING_ON = re.compile(r"on[\s,.\-\u2013/،、]{1,3}")
_CJK_SPLIT = grouped(_CJK_TOKEN)
# Numerals (CJK, Korean, kana) mixed with ASCII digit groups, a short separator between tokens: validated as a
# phone number of the buyer's region (a date "二〇二六、12、04" is none).
_MIXED_TOKEN = "(?:[" + _CJK_DIGITS + _KO_DIGITS + "]|" + "|".join(_KANA_TOKENS) + "|[0-9]{1,4})"
# (a dash with a space each side is three characters: "ゼロ・ナナ・ゼロ - 3318 - よん・ご・ろく・なな", stop 49 probes)
_MIXED = grouped(rf"{_MIXED_TOKEN}(?:[ \-\u2013・、，,]{{0,3}}{_MIXED_TOKEN}){{2,16}}")
_MIXED_SPLIT = grouped(_MIXED_TOKEN)
_ANCHOR_WORDS = tuple(w for w in _WORDS if len(w) >= 3)


def register_anchors() -> None:
    """Register the digit words (and the CJK/Korean numerals, the katakana digits) with the anchor index."""
    ANCHORS.register(_ANCHOR_WORDS + tuple(_CJK_DIGITS) + tuple(_KO_DIGITS) + tuple(_KANA_DIGITS))


_WORD_SET = frozenset(_ANCHOR_WORDS)
_NUMERAL_SET = frozenset((*_CJK_DIGITS, *_KO_DIGITS, *_KANA_DIGITS))
_CJK_FIRST = frozenset((*_CJK_DIGITS, *(k[0] for k in _KANA_TOKENS)))


def find_spelled_phones(text: str, scan: Scan, regions: tuple[str, ...] = ()) -> list[Span]:
    """Spelled-out phone numbers: 7–15 digits of which at least two are written as words or numerals; a run of
    fewer than seven Latin tokens only when it spells a valid phone number of ``regions``."""
    present = scan.present
    words = _WORD_SET.intersection(present)
    numerals = _NUMERAL_SET.intersection(present)
    # (three distinct digit words at least: two, as in "tre-tre-nove, 482, 71 06", would read most messages' runs
    # again — "one", "two" — at 12 µs a typical message; stop 33 measured and kept three)
    # … or one, beside a phone word: digits and words mixed ("My cell is 718 five five two 0192", stop 42), a short run
    # that must then spell a valid number of the regions
    if len(words) < 3 and len(numerals) < 3 and not (words and has_phone_word(present)):
        return []
    low = scan.low
    out: list[Span] = []
    for m in _RUN.finditer(low):
        run = m.group()
        if run[0] in _CJK_FIRST or run[0] in _KO_DIGITS:
            if run[0] in _KO_DIGITS:
                digits = spelled = sum(1 for c in run if c in _NUMERAL_SET)
            else:
                digits = spelled = len(_CJK_SPLIT.findall(run))
                if _cjk_date(run):
                    continue
        else:
            joined = _JOINED.search(run) is not None
            # (the joining words read as no digits: "then" holds the Dutch "en", "ensuite" the Turkish "on")
            tokens = _SPLIT.findall(_JOINED.sub(" ", run) if joined else run)
            lead = _LEADING_ON.match(run)
            if lead is not None:  # "call me on zero seven …": the English "on", not the Turkish ten
                tokens = tokens[1:]
            spelled = sum(1 for t in tokens if not t.isdigit())
            number = _read(tokens)
            digits = len(number)
            if (len(tokens) < _SHORT or joined) and not (
                _spells_phone(
                    number,
                    regions,
                    plus=_PLUS_WORD.search(low, max(0, m.start() - 12), m.start()) is not None,
                )
                or _grouped_after_phone_word(tokens, digits, low, m.start(), present)
            ):
                continue
        start = m.start()
        lead = _LEADING_ON.match(run)
        if lead is not None:
            start += lead.end()
        if 7 <= digits <= 15 and spelled >= 2:
            out.append((start, m.end(), text[start : m.end()]))
    if len(numerals) >= 3:
        out.extend((start, end, text[start:end]) for start, end in _mixed_runs(low, regions))
    return out


_CJK_GROUP_BREAK = re.compile(rf"\s*[{_CJK_DASHES}・、，,]\s*|\s+")


def _cjk_date(run: str) -> bool:
    """A date in numerals, year then month then day ("二〇二六 - 一二 - 〇四"), not a number to call."""
    groups = [_CJK_SPLIT.findall(g) for g in _CJK_GROUP_BREAK.split(run) if g]
    if len(groups) != 3 or len(groups[0]) != 4 or not all(1 <= len(g) <= 2 for g in groups[1:]):
        return False
    return "".join(_NUMERAL_VALUES.get(t, "?") for t in groups[0][:2]) in ("19", "20")


def _grouped_after_phone_word(
    tokens: list[str], digits: int, low: str, start: int, present: set[str] | frozenset[str]
) -> bool:
    """A short run read in groups ("noll sju noll, 412 53, åttiosju", "pięćset dwanaście, 384, siedemset
    dziewięć") cannot be validated digit by digit: it counts when a phone word stands just before it and it has
    a phone number's length."""
    return (
        any(not t.isdigit() and t in _GROUPED for t in tokens)
        and 8 <= digits <= 13
        and phone_word_before(low, start, present)
    )


def _mixed_runs(low: str, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """Numerals mixed with digit groups that spell a valid phone number of the buyer's region (or one dialled with a
    trunk 0 or a + from anywhere)."""
    out: list[tuple[int, int]] = []
    for m in _MIXED.finditer(low):
        found = list(_MIXED_SPLIT.finditer(low, m.start(), m.end()))
        # (the particle after the number is no digit: "… 6612、3048 にお電話ください" — tried without it, stop 49)
        for tokens in (found, found[:-1]) if found[-1].group() in _KANA_SHORT else (found,):
            if _mixed_phone([t.group() for t in tokens], regions):
                out.append((m.start(), tokens[-1].end()))
                break
    return out


def _mixed_phone(tokens: list[str], regions: tuple[str, ...]) -> bool:
    spelled = [t for t in tokens if not t.isdigit()]
    if len(spelled) < 3 or len(spelled) == len(tokens):
        return False  # runs of numerals alone are judged by _RUN
    number = "".join(t if t.isdigit() else _NUMERAL_VALUES[t] for t in tokens)
    digits = number.lstrip("+")
    return "+" not in digits and is_read_out_phone(digits, regions, plus=number.startswith("+"))


def _spells_phone(number: str, regions: tuple[str, ...], *, plus: bool = False) -> bool:
    """Whether a short run's ``number`` (:func:`_read`) is a valid phone number of ``regions`` (with a country code
    when a word for "plus" stands before it: "زائد تسعمية وواحد وسبعين …")."""
    if not 7 <= len(number) <= 15 or not regions:
        return False
    return is_read_out_phone(number, regions, plus=True) if plus else is_phone(number, regions)


#: "Plus" spelled out before a number read in words: its country code follows.
_PLUS_WORD = grouped(r"(?:\bplus|\bmais|\bmás|\bartı|\bплюс|פלוס|زائد|زايد)\s*$")


def _read(tokens: list[str]) -> str:
    """The digits a run of tokens says: digit groups as written, a digit word as its digit, and the words of one group
    as its number ("sześćset dwa" 602, "novecentos e doze" 912, "тридцать пять" 35, "تسعمية وواحد وسبعين" 971,
    Turkish "beş yüz" 500), as many digits as the group's highest word has places (a hundreds word three, a tens word
    two)."""
    out: list[str] = []
    hundreds = tens = unit = -1
    width = 0

    def flush() -> None:
        nonlocal hundreds, tens, unit, width
        if width:
            out.append(str(max(hundreds, 0) + max(tens, 0) + max(unit, 0)).zfill(width))
        hundreds = tens = unit = -1
        width = 0

    for token in tokens:
        word = token[1:] if token[0] == _AND_GLUED and token[1:] in _WORDS else token
        if token.isdigit():
            flush()
            out.append(token)
        elif word in _COMPOUND_HUNDREDS:
            flush()
            out.append(_COMPOUND_HUNDREDS[word])
        elif word in _HUNDREDS:
            if word == "yüz" and not width and out and len(out[-1]) == 1:
                hundreds, width = int(out.pop()) * 100, 3  # "beş yüz": five hundred
                continue
            flush()
            hundreds, width = _HUNDREDS[word], 3
        elif word in _TENS or len(_WORDS.get(word, "")) == 2:
            value = _TENS[word] if word in _TENS else int(_WORDS[word])
            if tens >= 0 or (unit >= 0 and value % 10):
                flush()
            tens = value
            if value % 10:  # a teen or a pair holds its unit too
                unit = 0
            width = width or 2
        else:
            digit = _WORDS.get(word, "")
            if width and unit < 0 and len(digit) == 1:
                unit = int(digit)
            else:
                flush()
                out.append(digit)
    flush()
    return "".join(out)
