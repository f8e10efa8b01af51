"""Detectors for off-platform contact details: e-mail addresses (plain, obfuscated, spaced out) and links (plain,
spelled out, spaced out, look-alike domains). Phones are in :mod:`._phones`, messengers in :mod:`._messenger`.

Each returns ``(start, end, detail)`` spans. They read the *folded* text (lower-cased, full-width forms and
Arabic-Indic digits mapped to ASCII one-to-one, :func:`marketmsg.rules._content.fold`), so "ｂｏｂ＠ｇｍａｉｌ．ｃｏｍ"
is an address and every span maps onto the original. Every regex is linear: quantifiers over text are bounded
or cannot overlap, and the expensive ones run only where a cheap test (a substring, an anchor) found a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ._lexicon import ANCHORS, Scan
from ._prefilter import grouped

__all__ = [
    "Span",
    "find_disguised_links",
    "find_emails",
    "find_lookalikes",
    "find_obfuscated_emails",
    "find_spaced_out",
    "find_urls",
    "host_allowed",
    "lookalike_pattern",
    "mailbox_before_link",
]

Span = tuple[int, int, str]

# ------------------------------------------------------------------------------------------------ e-mail

# Bounded parts (RFC 5321: local part ≤ 64, labels ≤ 63) and a left boundary keep the scan linear.
# The local part is ASCII and the TLD ends at anything but a letter or digit: Japanese, Chinese and Korean text
# glues the address to the words around it ("メールはｓｈｏｐ＠ｇｍａｉｌ．ｃｏｍまで", "ｍｅ＠ｎａｖｅｒ．ｃｏｍ으로").
_EMAIL = re.compile(
    r"(?<![a-z0-9_.+%-])[a-z0-9_.+%-]{1,64}\s?@\s?[\w-]{1,63}(?:\s?\.\s?[\w-]{1,63}){0,6}\s?\.\s?[a-z]{2,24}"
    r"(?![a-z0-9_-])"
)
_MAIL_PROVIDERS = (
    "gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|aol|gmx|web|t-online|freenet|orange|free|wanadoo|"
    "laposte|libero|virgilio|alice|tiscali|uol|bol|terra|proton|protonmail|yandex|mail|qq|163|126|sina|sohu|"
    "foxmail|aliyun|docomo|ezweb|softbank|naver"
)
_TLDS = (
    "com|net|org|info|biz|io|co|de|fr|es|it|pt|br|jp|cn|uk|us|ca|au|nl|pl|se|ru|in|mx|be|at|ch|eu|me|cc|tv|"
    "shop|store|online|site|top|xyz|app|dev|ly|gl|gle|to|tk|kr|tr|ua|il|sa|ae|vn|id|club|vip|link|live|life|help|"
    "support|services|center|website|page|space|tech|buzz|fun|icu|ne\\.jp|co\\.jp|co\\.uk|com\\.br|com\\.cn|com\\.mx|"
    "com\\.tr|co\\.kr|co\\.il|tw|hk|sg|com\\.tw|com\\.hk|com\\.sg|com\\.ar|com\\.co|cl|ee|gd|dk|fi|cz|nz"
)
# TLDs that are no common word in any covered language: the only ones trusted after a spelled or spaced dot
# ("item . it was", "un point de vente" are prose, "shop . com" is a link).
_SAFE_TLDS = (
    "com|net|org|shop|store|online|site|xyz|top|info|biz|io|club|vip|link|app|ru|cn|fr|pl|nl|jp|kr|br|uk|eu|"
    "co\\.uk|com\\.br|com\\.tr|co\\.jp"
)
_AT_WORD = (
    r"(?:at|ät|arroba|アットマーク|あっとまーく|arobase|chiocciola|chez|bei|em|klammeraffe|małpa|malpa|snabel[\s-]?a|apenstaartje|apestaartje|"
    r"kuyruklu\s?a|et\s+işareti|собака|sobaka|골뱅이|アット|あっと|艾特|小老鼠|שטרודל)"
)
# At-words that are no ordinary word of the language ("arroba", "arobase", "アットマーク"): "ventas arroba
# mitienda.com.mx" needs no spelled dot to be an address.
_STRONG_AT = (
    r"(?:arroba|arobase|chiocciola|klammeraffe|małpa|malpa|snabel[\s-]?a|apenstaartje|apestaartje|собака|골뱅이|"
    r"アットマーク|あっとまーく|アット|あっと|艾特|小老鼠|שטרודל)"
)
# The country domains of the shops' own addresses written with a strong at-word ("zakaz собака printmug точка by":
# tuning df-ru-005, stop 45): some are words ("by", "no", "am"), trusted only after such an at-word.
_STRONG_TLDS = rf"{_TLDS}|by|kz|uz|md|az|ge|am|lv|lt|bg|ro|hu|gr|rs|sk|si|hr|ie|no"
# Providers that are no common word: "shopmax88 at gmail" is an address even without ".com".
_PROVIDER_NAMES = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|gmx|protonmail|yandex|foxmail|naver|aol)"
_DOT_WORD = r"(?:dot|full\s+stop|punkt|point|punto|ponto|punt|kropka|nokta|точка|tochka|ドット|どっと|点|點|닷|쩜|점|נקודה|نقطة|دوت)"
_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
# Words that end a phrase before "at <site>" ("shop directly at", "find us at", "available at"): no mailbox name.
_PROSE_BEFORE_AT = (
    r"(?:directly|us|me|online|here|available|only|now|shop|store|order|website|site|visit|look|find|sale)"
)
_LOCAL = r"[a-z0-9._%+-]+"  # ASCII only: keeps matching linear on CJK text
# Alternatives 1-3 all contain an "at" token: they are tried only at the word before each such token.
_AT_FORMS = re.compile(
    # "name (at) domain (dot) com", "name [at] domain.com", "name at domain dot com", "name at gmail.com"
    rf"{_LOCAL}\s*{_OPEN}\s*(?:{_AT_WORD}|@)\s*{_CLOSE}\s*[a-z0-9-]+"
    rf"(?:\s*(?:{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}|\s+{_DOT_WORD}\s+|\.)\s*(?:{_TLDS})\b)?"
    # (not after a word of prose: "order directly at brightnestgoods dot com" is a spelled link, batch AM)
    rf"|(?<![a-z0-9._%+-])(?!{_PROSE_BEFORE_AT}\s){_LOCAL}\s+{_AT_WORD}\s+[a-z0-9-]+\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|\s+{_DOT_WORD}\s+)\s*(?:{_TLDS})\b"
    rf"|{_LOCAL}\s+{_AT_WORD}\s+(?:{_MAIL_PROVIDERS})\.(?:{_TLDS})\b"
    rf"|{_LOCAL}\s*{_STRONG_AT}\s*[a-z0-9-]+(?:\.[a-z0-9-]+){{0,3}}\.(?:{_STRONG_TLDS})(?![a-z0-9-])"
    # … or with a spelled dot, spaced or not ("service艾特 hzmall 点 com", batch X)
    rf"|{_LOCAL}\s*{_STRONG_AT}\s*[a-z0-9-]+\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|{_DOT_WORD})\s*(?:{_STRONG_TLDS})(?![a-z0-9-])"
    rf"|{_LOCAL}\s+{_AT_WORD}\s+{_PROVIDER_NAMES}(?![a-z0-9-])"
    # A real "@" with a spelled dot ("bob@gmail dot com", "max@web(punkt)de").
    rf"|{_LOCAL}\s?@\s?[a-z0-9-]+\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|\s+{_DOT_WORD}\s+)\s*(?:{_TLDS})(?![a-z0-9-])"
    # "support★shop.jp（★を@に変えて）": a star or mark standing in for the "@" (Japanese shops' habit; "#" too:
    # "service#techhome.cn（#换成@）", batch AQ; an asterisk: "support*kirakira-shop.jp（*を@に置き換えてください）", DZ).
    rf"|{_LOCAL}[★☆◎●■※#*]\s?[a-z0-9-]+(?:\.[a-z0-9-]+){{0,3}}\.(?:{_TLDS})(?![a-z0-9-])"
    # … with a spelled dot ("service＃yunjia点com（＃换成@）", "service＃twmall（點）com": blind batches EH, EJ)
    rf"|{_LOCAL}[★☆◎●■※#*]\s?[a-z0-9-]+\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|{_DOT_WORD})\s*(?:{_TLDS})(?![a-z0-9-])"
    # "at" and "dot com" spelled in Arabic letters: "sales آت bayt-alhadaya دوت كوم" (stop 31, batches AT/AU)
    # (also without the madda, as a word of its own: "info ات gmail دوت كوم", stop 45)
    rf"|{_LOCAL}(?:\s*آت|\s+[اأ]ت\s)\s*[a-z0-9-]+(?:\.[a-z0-9-]+){{0,3}}\s*(?:{_DOT_WORD}|\.)\s*(?:(?:{_TLDS})(?![a-z0-9-])|كوم|نت|اورج|أورج)"
)
# A path after the domain makes it a link, not an address ("lives at kettlehelp dot net slash setup").
_PATH_NEXT = re.compile(r"\s*(?:/|\(?slash\b|\(?barra\b|schrägstrich|スラッシュ|斜杠|לוכסן|سلاش|слэш|слеш)")
_AT_TOKENS = (
    "(at)",
    "[at]",
    "{at}",
    "<at>",
    "( at )",
    "[ at ]",
    "(@)",
    "[@]",
    "@",
    " at ",
    " arroba ",
    " chiocciola ",
    " chez ",
    " bei ",
    "arroba",
    "chiocciola",
    " em ",
    "(ät)",
    "[ät]",
    " ät ",
    "arobase",
    "klammeraffe",
    "małpa",
    "malpa",
    "snabel",
    "apenstaartje",
    "apestaartje",
    "kuyruklu",
    "et işareti",
    "собака",
    "sobaka",
    "골뱅이",
    "アット",
    "あっと",
    "★",
    "☆",
    "◎",
    "●",
    "■",
    "※",
    "#",
    "*",
    "艾特",
    "小老鼠",
    "שטרודל",
    "آت",
    " ات ",
    " أت ",
)
# "my gmail is john.smith88": tried only where a provider name occurs.
_PROVIDER_FORM = re.compile(
    rf"(?:{_MAIL_PROVIDERS})(?:\s+(?:address|account|adresse|id))?\s?(?:is|:|：|ist|est|es|è|é|是|to|jest|är|это)\s?"
    rf"[a-z][a-z0-9._+-]{{2,40}}?\d[a-z0-9._+-]*"
)
_PROVIDER_TOKENS = tuple(_MAIL_PROVIDERS.split("|"))
# "ayse.kaya et gmail nokta com", "ahmed.store على جيميل دوت كوم", "dana.levi שטרודל gmail נקודה com": a provider
# with a spelled dot and a TLD after a local part and *any* short word for "at" (Turkish "et", Arabic "على" —
# words too common to be at-tokens of their own; batch I). The local part must hold a dot, an underscore or a
# digit, as addresses do and prose words do not.
_ARABIC_PROVIDERS = ("جيميل", "جي ميل", "هوتميل", "ياهو", "اوتلوك", "ياندكس")
_SPELLED_PROVIDER = re.compile(
    rf"(?:{_PROVIDER_NAMES[3:-1]}|{'|'.join(_ARABIC_PROVIDERS)})"
    rf"\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|\s+{_DOT_WORD}\s+|\s*(?:دوت|نقطة)\s*)(?:(?:{_TLDS})(?![a-z0-9])|كوم|نت)"
)
# A comma for the last dot ("shopmax@gmail,com": probes, stop 46): the TLD must follow at once, so "ask @shop, com-
# pany" stays prose.
_COMMA_EMAIL = re.compile(
    rf"(?<![a-z0-9_.+%-])[a-z0-9_.+%-]{{1,64}}@[a-z0-9-]{{1,63}}(?:\.[a-z0-9-]{{1,63}}){{0,4}}\s?,\s?(?:{_SAFE_TLDS})(?![a-z0-9_-])"
)
# An address written backwards ("moc.liamg@seilppusrevir — just read it backwards": batch J): a reversed TLD and
# domain before the "@".
_REVERSED_EMAIL = re.compile(
    r"(?<![a-z0-9._%+-])(?:moc|ten|gro|ofni|ed|rf|se|ti|ur|nc|pj|ln|lp|rb|ku\.oc|rb\.moc|pj\.oc)\.[a-z0-9-]{2,63}"
    r"@[a-z0-9._%+-]{2,64}(?![a-z0-9_-])"
)
_LOCAL_THEN_WORD = re.compile(r"([a-z0-9%+-]*[._0-9][a-z0-9._%+-]*)\s+\S{1,12}\s+$")
_SPELLED_PROVIDER_TOKENS = (*_PROVIDER_NAMES[3:-1].split("|"), *_ARABIC_PROVIDERS)


def register_anchors() -> None:
    """Register the e-mail tokens and dot words with the anchor index (done once, when the tables are built)."""
    ANCHORS.register(_AT_TOKENS + _PROVIDER_TOKENS + _SPELLED_PROVIDER_TOKENS + _DOT_WORDS)


_AT_TOKEN_SET = frozenset(_AT_TOKENS)
_PROVIDER_TOKEN_SET = frozenset(_PROVIDER_TOKENS)
_SPELLED_PROVIDER_TOKEN_SET = frozenset(_SPELLED_PROVIDER_TOKENS)
_TOKEN_SET = _AT_TOKEN_SET | _PROVIDER_TOKEN_SET | _SPELLED_PROVIDER_TOKEN_SET
# Words before "at" that are prose, not the local part of an address ("the manual is at shop dot com").
_NOT_A_LOCAL_PART = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "us",
        "me",
        "him",
        "her",
        "them",
        "you",
        "we",
        "they",
        "here",
        "there",
        "online",
        "available",
        "located",
        "found",
        "everything",
        "anything",
        "something",
        "this",
        "that",
        "which",
        "who",
        "what",
        "look",
        "looking",
        "lives",
        "live",
        "sits",
        "hosted",
        "posted",
        "published",
        "uploaded",
        "listed",
        "download",
        "downloaded",
        "downloadable",
        "guide",
        "manual",
        "video",
        "videos",
        "page",
        "website",
        "site",
        "details",
        "instructions",
        "arrived",
        "depot",
        "home",
    ]
)
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")


# A preposition or a social network, then a handle: "mandaci un DM su Instagram a @bijoux.rosa.store", "write to
# @shop.name", "DM us on Instagram @shop.name" (the space the e-mail pattern tolerates before "@" would join them
# into "a@bijoux.rosa.store"; the messenger rule reads them; stop 31, batch AT).
_HANDLE_AFTER_WORD = re.compile(
    r"(?:a|à|at|to|on|en|em|su|an|auf|op|på|na|w|ve|в|на|instagram|insta|ig|facebook|tiktok)\s@(?!\s)"
)


def find_emails(text: str, low: str) -> list[Span]:
    """Plain e-mail addresses (also full-width, folded; single spaces around ``@``/``.`` tolerated)."""
    if "@" not in low:
        return []
    return [
        (m.start(), m.end(), text[m.start() : m.end()])
        for m in _EMAIL.finditer(low)
        if _HANDLE_AFTER_WORD.fullmatch(low, m.start(), low.index("@", m.start()) + 1) is None
        and not _handle_after_space(low, m.start(), m.end())
    ]


#: The last labels of a domain that make "word @name.label" an address (the TLDs the link rule knows).
_TLD_LABELS = frozenset(t.rsplit(".", 1)[-1] for t in _TLDS.replace("\\", "").split("|"))


def _handle_after_space(low: str, start: int, end: int) -> bool:
    """Whether the match is a word, a space and a social handle with dots ("siamo @candele.dellaluna", "DM sur
    @atelier.opaline", "アカウントは @hanako.handmade": blind batch DC, stop 32): ``@`` after a space but not before one,
    and no TLD at the end. The messenger rule reads those."""
    at = low.index("@", start)
    if not (at > start and low[at - 1] == " " and low[at + 1 : at + 2] != " "):
        return False
    if start > 0 and low[start - 1].isalpha():
        # the "local part" is the tail of a word the ASCII pattern could not start in ("Instagram'dan DM atın
        # @luma.tr": the Turkish "ı" ends it, so "n @luma.tr" looked like an address; stop 46)
        return True
    return low[start:end].rsplit(".", 1)[-1].strip() not in _TLD_LABELS


def _occurrences(low: str, token: str) -> Iterator[int]:
    i = low.find(token)
    while i != -1:
        yield i
        i = low.find(token, i + 1)


def find_obfuscated_emails(text: str, scan: Scan) -> list[Span]:
    """Addresses written to slip past filters: ``bob (at) gmail (dot) com``, ``bob at gmail dot com``.

    The regex is tried only at the word in front of each "at" token (and at each mail-provider name), never
    across the whole text.
    """
    low = scan.low
    found: set[tuple[int, int]] = set()
    present = scan.present
    if present.isdisjoint(_TOKEN_SET):
        return []
    # Only the tokens the text holds, by one set operation (the spans are collected in a set and sorted, so the
    # order the tokens are visited in changes nothing): the gate passes one typical message in six, most often on
    # a provider name inside a word ("e-mail", "free"), and a lookup per token cost ~3 µs there.
    for token in _AT_TOKEN_SET.intersection(present):
        for i in _occurrences(low, token):
            j = i
            while j > 0 and low[j - 1] in " \t([{<":
                j -= 1
            while j > 0 and low[j - 1] in _LOCAL_CHARS:
                j -= 1
            while j < i and low[j] == "-":
                j += 1  # no local part starts with a hyphen: Hebrew glues a preposition on with one ("ל-dana…")
            if j > 0 and low[j - 1].isalpha():
                continue  # the tail of a non-ASCII word ("vídeo em loja ponto com"): no local part
            m = _AT_FORMS.match(low, j)
            if (
                m is not None
                and m.end() > i
                and low[j:i].strip(" \t([{<") not in _NOT_A_LOCAL_PART
                and _PATH_NEXT.match(low, m.end()) is None
            ):
                found.add(m.span())
    for provider in _PROVIDER_TOKEN_SET.intersection(present):
        for i in _occurrences(low, provider):
            if i > 0 and low[i - 1].isalnum():
                continue
            m = _PROVIDER_FORM.match(low, i)
            if m is not None:
                start = i - 3 if low[max(0, i - 3) : i] == "my " else i
                found.add((start, m.end()))
    if "@" in low:
        found.update(m.span() for m in _REVERSED_EMAIL.finditer(low))
        if "," in low:
            found.update(m.span() for m in _COMMA_EMAIL.finditer(low))
    for provider in _SPELLED_PROVIDER_TOKEN_SET.intersection(present):
        for i in _occurrences(low, provider):
            m = _SPELLED_PROVIDER.match(low, i)
            if m is None or (i > 0 and low[i - 1].isalnum()):
                continue
            local = _LOCAL_THEN_WORD.search(low, max(0, i - 90), i)
            if local is not None and local.end() == i:
                found.add((local.start(1), m.end()))
    return [(start, end, text[start:end]) for start, end in sorted(found)]


# -------------------------------------------------------------------------------------------------- links

_SCHEME_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"'）)】」]{1,2048}|www\.[^\s<>\"'）)】」]{1,2048}")
# Starts with a literal "." so the regex engine jumps between dots instead of testing every position. Every TLD
# starts with a letter: the lookahead ends a dot before a digit or a space (dates, prices, sentence ends) at once,
# where the engine went through the seventy alternatives.
_TLD_AFTER_DOT = re.compile(rf"\.(?=[a-z])(?:{_TLDS})(?![a-z0-9-])")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_PATH_AFTER = re.compile(r"(?::\d{1,5})?(?:/[^\s<>\"'）)】」]{0,2048})?")
_TRAILING_PUNCT = ".,;:!?)]}'\"。、！？"
# Cyrillic and Greek letters that look Latin, hidden in a look-alike domain ("аmazon-erstattung.de": batch J): part
# of the host, so the link is found whole.
_HOMOGLYPHS = frozenset("аеорсухіјѕԁοαν")


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return end


def find_urls(text: str, low: str) -> list[Span]:
    """Links: anything with a scheme or ``www.``, and bare domains with a known TLD (``mystore.com/x``).

    ``detail`` is the link as written. A bare domain needs a lower-case TLD in the original text, so a missing
    space after a full stop ("Thanks.It arrived") is not mistaken for a link.
    """
    spans: list[Span] = []
    if "://" in low or "www." in low:
        for m in _SCHEME_URL.finditer(low):
            end = _strip_trailing(low, m.start(), m.end())
            spans.append((m.start(), end, text[m.start() : end]))
    for m in _TLD_AFTER_DOT.finditer(low):
        if not text[m.start() + 1 : m.end()].islower():
            continue
        start = m.start()
        while (
            start > 0
            and (low[start - 1] in _HOST_CHARS or low[start - 1] in _HOMOGLYPHS)
            and m.start() - start < 253
        ):
            start -= 1
        while start < m.start() and low[start] in ".-":
            start += 1
        if start == m.start():
            continue
        if start > 0 and (low[start - 1] in "@/" or low[start - 1].isalnum()):
            continue  # part of an e-mail address or of a URL already found, or not a word boundary
        path = _PATH_AFTER.match(low, m.end())
        end = _strip_trailing(low, start, path.end() if path else m.end())
        if any(s <= start < e for s, e, _ in spans):
            continue
        spans.append((start, end, text[start:end]))
    spans.sort()
    return spans


# "mystore dot com", "mystore (punkt) de", "mystore[.]com", "mystore 。com", "www mystore com", "shop . com".
_LABEL = r"(?<![a-z0-9-])[a-z0-9][a-z0-9-]{1,62}"
_HYPHENATED = r"(?<![a-z0-9-])[a-z0-9]{2,30}(?:-[a-z0-9]{2,30}){1,3}"
#: After a hyphenated label: the TLDs no word of the covered languages spells, and a few more country domains.
_HYPHEN_TLDS = f"{_SAFE_TLDS}|ch|dk|fi|cz|nz|tr|ua|il|sa|ae|mx"
_DISGUISED = re.compile(
    rf"{_LABEL}\s?{_OPEN}\s?(?:{_DOT_WORD}|\.)\s?{_CLOSE}\s?(?:{_TLDS})(?![a-z0-9])"
    rf"|{_LABEL}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:{_SAFE_TLDS})(?![a-z0-9])"
    rf"|{_LABEL}\s{{1,2}}punkt\s{{1,2}}(?:de|at|ch|se|pl|dk|no|eu)(?![a-z0-9])"
    rf"|{_LABEL}\s?[。·•․]\s?(?:{_SAFE_TLDS})(?![a-z0-9])"
    # CJK dot words need no spaces ("kafeiji点com", "homefix닷컴", "kadenドットコム"); "dotcom" as one word.
    rf"|{_LABEL}\s?(?:点|點|ドット|닷|쩜|점)\s?(?:{_SAFE_TLDS})(?![a-z0-9])"
    # Any TLD once a path follows ("tiendaluz punto es barra video"), "punto it" (no Italian prose says it), and
    # "www" followed by anything dotted ("w w w . lampenhuis . n l").
    rf"|{_LABEL}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:{_TLDS})(?:\s{{1,2}}{_DOT_WORD}\s{{1,2}}[a-z]{{2,3}})?\s{{1,2}}(?:slash|barra|schrägstrich|barre\s+oblique|לוכסן|سلاش|слэш|слеш|スラッシュ|斜杠)(?!\w)"
    rf"|{_LABEL}\s{{1,2}}punto\s{{1,2}}it(?![a-z0-9])"
    # A spelled two-level domain ("gadgetil dot co dot il", batch T): a country after "co"/"com" is no prose.
    # After the path forms, which take the longer span.
    rf"|{_LABEL}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:co|com|org|net)\s{{1,2}}{_DOT_WORD}\s{{1,2}}[a-z]{{2}}(?![a-z0-9])"
    # A spaced dot before any TLD once a path follows ("casa-rivera . es / manuales", "gadget-il . co . il / x"),
    # and Russian spelled in Cyrillic ("stroyopt точка ру слэш instrukcii"; batch I).
    rf"|{_LABEL}\s{{1,2}}\.\s{{1,2}}(?:{_TLDS})(?:\s{{0,2}}\.\s{{0,2}}[a-z]{{2,3}})?(?=\s{{0,2}}/\s{{0,2}}[a-z0-9_-])"
    rf"|{_LABEL}\s{{1,2}}точка\s{{1,2}}(?:ру|рф|ком)(?![а-яё])"
    # A link shortener written spaced ("t . ly / Kr8wQ", "bit . ly / x", "t . cn / A6x": batch J).
    rf"|(?<![a-z0-9-])(?:bit|t|goo|tinyurl|clck|ow|rb|cutt|is|s|u|vk|v|shorturl|tiny)\s?\.\s?"
    rf"(?:ly|cn|gl|com|ru|co|gd|gy|id|cc|to|me|at|cz)(?=\s{{0,2}}/\s{{0,2}}[a-z0-9])"
    rf"|(?<![a-z0-9])w\s?w\s?w\s{{0,2}}[.。,·]\s{{0,2}}[a-z0-9][a-z0-9-]{{1,62}}\s{{0,2}}[.。,·]\s{{0,2}}(?:[a-z](?:\s[a-z]){{1,4}}|(?:{_TLDS}))(?![a-z0-9])"
    # "www punt tuinhuis-vlaanderen punt be": "www" and spelled dots, any TLD (tuning ah-nl-007, stop 45)
    rf"|(?<![a-z0-9])www\s{{1,2}}{_DOT_WORD}\s{{1,2}}[a-z0-9][a-z0-9-]{{1,62}}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:{_TLDS})(?![a-z0-9])"
    # A hyphenated label, then a spelled or spaced dot before any TLD, or "co uk" with no dot at all ("boutique-lumina
    # point be", "terrecotte-impruneta . it", "ashbrooke-candles co uk": tuning aq-fr-003, di-it-004, dd-en-007, stop
    # 46): prose has no lower-case compound right before a dot word
    # (not a TLD that is a word after "point": "the drop-off point at the post office", "check-in point in hall B";
    # after a spaced dot not "be" either: "non-slip . be careful")
    rf"|{_HYPHENATED}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:{_HYPHEN_TLDS}|be)(?![a-z0-9])"
    rf"|{_HYPHENATED}\s{{1,2}}\.\s{{1,2}}(?:{_HYPHEN_TLDS})(?![a-z0-9])"
    rf"|(?<![a-z0-9-])[a-z0-9]{{3,30}}(?:-[a-z0-9]{{3,30}}){{1,3}}\s{{1,2}}(?:co|com)\s(?:uk|au|nz|br|tr|mx|ar)(?![a-z0-9])"
    # Telegram's link with its dot spelled ("t punto me barra arredo_sale": tuning ah-it-005)
    rf"|(?<![a-z0-9-])t\s{{1,2}}{_DOT_WORD}\s{{1,2}}me\s{{1,2}}(?:slash|barra|schrägstrich|/)\s{{0,2}}[a-z0-9_]{{3,}}"
    # ".com" spelled in Arabic letters after a Latin label ("souqlights نقطة كوم / manuals": tuning dz-ar-011)
    rf"|{_LABEL}\s{{1,2}}(?:نقطة|دوت)\s{{1,2}}(?:كوم|نت|اورج|أورج)(?![\u0600-\u06ff])"
    rf"|{_LABEL}\s?(?:닷컴|닷넷|ドットコム|ドットネット|点康姆|dotcom\b|dotnet\b)"
    rf"|{_LABEL}(?:\s{{1,2}}\.\s{{0,2}}|\.\s{{1,2}})(?:{_SAFE_TLDS})(?![a-z0-9])"
    rf"|(?<![a-z0-9])www\s{{0,2}}[\s,.。·]\s{{0,2}}[a-z0-9][a-z0-9-]{{1,62}}\s{{0,2}}[\s,.。·]\s{{0,2}}(?:{_TLDS})(?![a-z0-9])"
)
# Where a disguised domain can start: a spaced dot before a TLD ("shop . com"), a bracketed dot ("shop[.]com"),
# a Unicode dot, "www", or a spelled dot word (an anchor of the message's scan).
# It starts with the literal dot (the regex engine then jumps from dot to dot in C; starting with the white space
# before it tried every position): the start is moved back onto that white space by the caller.
_SPACED_DOT = re.compile(rf"\.(?:(?<=\s\.)\s?|\s)(?:{_SAFE_TLDS})(?![a-z0-9])")
_SPACED_DOT_PATH = re.compile(rf"\.\s{{1,2}}(?:{_TLDS})(?:\s{{0,2}}\.\s{{0,2}}[a-z]{{2,3}})?\s{{0,2}}/")
_BRACKET_DOT = re.compile(rf"[\(\[\{{<]\s?(?:\.|{_DOT_WORD})")
_DOT_WORDS = ("dot", "full stop", "punkt", "point", "punto", "ponto", "punt", "kropka", "nokta", "точка",
              "tochka", "ドット", "どっと", "点", "點", "닷", "쩜", "점", "נקודה", "نقطة", "دوت")  # fmt: skip
_DOT_WORD_SET = frozenset(_DOT_WORDS)
_UNICODE_DOTS = ("。", "·", "•", "․")
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_PLAIN_HOST = re.compile(r"[a-z0-9.-]+")  # "www.ups.com" is a plain link (find_urls), not a disguised one


# A domain written in Cyrillic with its dot spelled ("домтекстиль точка рф слэш размеры": batch J).
_CYRILLIC_LINK = re.compile(
    r"(?<![а-яёa-z0-9-])[а-яёa-z0-9-]{3,63}\s{1,2}точка\s{1,2}(?:рф|ру|ком)(?![а-яё])"
)


# A shop's site named as one, then its domain with a spelled dot before any TLD ("sur boutique-lumina point be", "op
# www punt …", "на сайте gartenprofi точка de", "موقعنا gulfhome دوت ae", "tapez boutiqueboisnordique point ca": tuning
# aq-fr-003, dv-ru-015, dp-ar-010, dv-fr-013, stop 45): the site word says the TLD is one, where "punto es" alone is
# prose. Searched only in a message holding a dot word.
_SITE_WORDS = (
    r"\b(?:site|website|web|webshop|webwinkel|webbutik|online-?shop|boutique\s+en\s+ligne|sito|sitio|página|pagina|"
    r"strona|stron[eęy]|sajt|sayfa\w*|sitemiz|tapez|type|visit|visitez|visita|visite|acesse|besuchen|bezoek|besök|"
    r"odwiedź|boutique|loja|tienda|negozio|winkel|sklep|butik)\b|сайт\w*|موقع\w*|אתר\w*"
)
_SITE_LINK = re.compile(
    # (a label of five characters at least: "la boutique le point de vente", "der Punkt de facto" are prose)
    rf"(?:{_SITE_WORDS})(?:\s+(?:\w+\s+){{0,2}}?|\s*[:：]\s*)((?<![a-z0-9-])[a-z0-9][a-z0-9-]{{4,62}}\s{{1,2}}{_DOT_WORD}\s{{1,2}}(?:{_TLDS})"
    rf"(?:\s{{1,2}}{_DOT_WORD}\s{{1,2}}[a-z]{{2,3}})?)(?![a-z0-9])"
)


# A domain whose dot and TLD are both spelled in the buyer's script ("الريم ستور دوت اس ايه", "ביתיסטור נקודה קו נקודה
# איל", "くらしざっか ドット ジェイピー", "hanok-living 닷 컴": tuning ah-ar-006, ah-he-005, dp-ja-010, stop 46): the dot and
# TLD found first, then the label, one or two words back.
_NATIVE_DOT_TLD = grouped(
    r"(?<!\w)(?:دوت|نقطة)\s{1,2}(?:كوم|نت|اورج|اس\s?ايه|اي\s?اي)(?!\w)"
    r"|(?<!\w)נקודה\s{1,2}(?:קום|נט|קו\s{1,2}נקודה\s{1,2}איל)(?!\w)"
    r"|(?:ドット|どっと)\s{0,2}(?:コム|ジェイピー|ネット)|(?:닷|쩜)\s{0,2}(?:컴|넷|케이알)"
)
_NATIVE_DOT_WORDS = frozenset(("دوت", "نقطة", "נקודה", "ドット", "どっと", "닷", "쩜"))
_WORD_BEFORE = re.compile(r"[\w-]{2,30}\s{0,2}$")
_NATIVE_AT = grouped(rf"{_AT_WORD}|آت")


def _native_links(low: str) -> list[tuple[int, int]]:
    spans = []
    for m in _NATIVE_DOT_TLD.finditer(low):
        label = _WORD_BEFORE.search(low, max(0, m.start() - 33), m.start())
        if label is None:
            continue
        start = label.start()
        # a label in the buyer's script may be two words ("الريم ستور"), but an at-word before it makes the link an
        # address's domain, which the e-mail rule reads ("cs 골뱅이 hanbitmall 닷컴")
        before = _WORD_BEFORE.search(low, max(0, start - 33), start) if not low[start].isascii() else None
        if (
            before is not None
            and not low[before.start()].isascii()
            and _NATIVE_AT.fullmatch(low, before.start(), start - 1) is None
        ):
            start = before.start()
        spans.append((start, m.end()))
    return spans


def find_disguised_links(text: str, low: str, present: frozenset[str] | set[str]) -> list[Span]:
    """Domains written to slip past link filters: spelled-out or bracketed dots, spaced dots, ``www mystore com``.

    The pattern is tried only at the label in front of each place where a disguised domain can start (cheap
    tests find those), never across the whole text; the TLD must be lower case as written (so "Thanks. Net
    price …" is prose). ``present`` are the anchors the message's scan found (the dot words among them).
    """
    starts: list[int] = []
    for spaced in _SPACED_DOT.finditer(low):
        dot = spaced.start()
        starts.append(dot - 1 if dot and low[dot - 1].isspace() else dot)
    if "/" in low:
        for spaced in _SPACED_DOT_PATH.finditer(low):
            dot = spaced.start()
            starts.append(dot - 1 if dot and low[dot - 1].isspace() else dot)
    if "(" in low or "[" in low or "{" in low or "<" in low:
        starts.extend(m.start() for m in _BRACKET_DOT.finditer(low))
    for gap in (" . ", " co "):  # a hyphenated label before a spaced dot or "co uk" (``_HYPHENATED``)
        starts.extend(_occurrences(low, gap))
    tokens = [w for w in _DOT_WORD_SET.intersection(present)]
    tokens.extend(d for d in _UNICODE_DOTS if d in low)
    if "www" in low:
        tokens.append("www")
    if "w w w" in low:
        tokens.append("w w w")
    for token in tokens:
        i = low.find(token)
        while i != -1:
            starts.append(i)
            i = low.find(token, i + 1)
    found: set[tuple[int, int]] = set()
    if not _NATIVE_DOT_WORDS.isdisjoint(present):
        found.update(_native_links(low))
    if "точка" in present:
        found.update(m.span() for m in _CYRILLIC_LINK.finditer(low))
    if not _DOT_WORD_SET.isdisjoint(present):
        found.update(m.span(1) for m in _SITE_LINK.finditer(low))
    for i in starts:
        j = i
        while j > 0 and i - j < 4 and low[j - 1] in " ([{<":
            j -= 1
        while j > 0 and i - j < 70 and low[j - 1] in _LABEL_CHARS:
            j -= 1
        # Every alternative of the pattern starts with an ASCII letter or digit: elsewhere ("。" after Japanese
        # text, most of the starts) the match, tried branch by branch, must fail.
        m = _DISGUISED.match(low, j) if low[j] in _ALNUM else None
        if (m is None or m.end() <= i) and j != i and low[i] in _ALNUM:
            m = _DISGUISED.match(low, i)  # "www . shop . de" starts at the token itself
        if m is not None and m.end() > i and not _PLAIN_HOST.fullmatch(m.group()):
            tld_start = m.end()
            while tld_start > m.start() and low[tld_start - 1] in _LABEL_CHARS:
                tld_start -= 1
            tld = text[tld_start : m.end()]
            if tld.islower() or not tld:  # no Latin TLD: "homefix닷컴"
                found.add(m.span())
    return [(start, end, text[start:end]) for start, end in sorted(found)]


# "b o b @ g m a i l . c o m", "w w w . s h o p . c o m": single characters separated by single spaces.
# The words "at" and "dot" may stand between the letters ("m a r k at g m a i l dot c o m").
_SPACED = re.compile(r"(?<![a-z0-9@._-])[a-z0-9](?: (?:[a-z0-9@._-]|at|dot)(?![a-z0-9])){4,80}")
_COLLAPSED_EMAIL = re.compile(r"[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24}")
_COLLAPSED_HOST = re.compile(rf"(?:www\.)?[a-z0-9-]{{2,63}}(?:\.[a-z0-9-]{{1,63}}){{0,6}}\.(?:{_TLDS})")


def find_spaced_out(text: str, low: str) -> list[tuple[int, int, str, bool]]:
    """E-mail addresses and domains spelled letter by letter: ``(start, end, detail, is_email)``."""
    if " @ " not in low and " . " not in low and " dot " not in low:
        return []
    out: list[tuple[int, int, str, bool]] = []
    for m in _SPACED.finditer(low):
        collapsed = "".join({"at": "@", "dot": "."}.get(t, t) for t in m.group().split(" "))
        if "@" in collapsed and _COLLAPSED_EMAIL.fullmatch(collapsed):
            out.append((m.start(), m.end(), text[m.start() : m.end()], True))
        elif "." in collapsed and _COLLAPSED_HOST.fullmatch(collapsed):
            out.append((m.start(), m.end(), text[m.start() : m.end()], False))
    return out


_CONFUSABLE = {"a": "a4@", "o": "o0", "i": "i1l!", "l": "l1i", "e": "e3", "s": "s5$", "z": "z2", "b": "b8"}


# A mailbox name and an at-sign in any guise right before what reads as a link ("a p o i o . t e x t i l (arroba)
# o u t l o o k . p t", "zakaz собака tehnomir точка ру", "cs 골뱅이 hanbitmall 닷컴", "support (آت) techzone (نقطة) sa",
# "facturacion guion bajo nortex en hotmail punto com": blind batches DC, DJ, DE, stop 33): the link is the address's
# domain. Anchored at the link's start (``$`` at the search's end), so each link costs one bounded search.
_MAILBOX_BEFORE_LINK = re.compile(
    rf"(?<![a-z0-9._%+-])(?:(?:[a-z0-9]\s(?:[._-]\s)?){{2,}}[a-z0-9]|{_LOCAL})(?:\s+(?:guion\s+bajo|gui[oó]n|underscore|unterstrich|tiret\s+bas)\s+{_LOCAL})*"
    rf"\s*(?:{_OPEN}\s*(?:{_AT_WORD}|@|a|آت)\s*{_CLOSE}|@|{_STRONG_AT}|آت)\s*$"
)
# "… en hotmail punto com": the Spanish "en" as the at-sign, only before a mail provider.
_MAILBOX_EN_PROVIDER = re.compile(rf"{_LOCAL}(?:\s+(?:guion\s+bajo|underscore)\s+{_LOCAL})*\s+en\s+$")
_MAILBOX_REACH = 60


# The at-sign told in words around a mail provider's domain, the mailbox a few words before it ("service.kraemer, dann
# der Klammeraffe, dann gmx.de", "vorne steht lena.hoffmann88, hinten web.de – dazwischen den Klammeraffen": tuning
# dv-de-010, t-de-j006, stop 45): the domain is the address's, the finding starts at the mailbox.
_PROVIDER_DOMAIN = re.compile(rf"(?:{_MAIL_PROVIDERS})\.(?:{_TLDS})(?![a-z0-9-])")
_TOLD_AT = grouped(rf"{_STRONG_AT}|\bat-?(?:sign|zeichen)\b")
_MAILBOX_NAME = re.compile(
    r"(?<![a-z0-9._%+-])[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)+(?![a-z0-9_%+-])|(?<![a-z0-9._%+-])[a-z_]+\d+\b"
)
_TOLD_REACH = 120


def mailbox_before_link(low: str, start: int) -> int | None:
    """Where the mailbox name starts when the link at ``start`` is the domain of an address written around an at-sign."""
    lo = max(0, start - _MAILBOX_REACH)
    m = _MAILBOX_BEFORE_LINK.search(low, lo, start)
    if m is None and re.match(_MAIL_PROVIDERS, low[start:]) is not None:
        m = _MAILBOX_EN_PROVIDER.search(low, lo, start)
        if m is None and _PROVIDER_DOMAIN.match(low, start) is not None:
            around = max(0, start - _TOLD_REACH)
            if _TOLD_AT.search(low, around, min(len(low), start + _TOLD_REACH)) is not None:
                names = list(_MAILBOX_NAME.finditer(low, max(0, start - _MAILBOX_REACH), start))
                return names[-1].start() if names else None
    return m.start() if m is not None else None


def lookalike_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """A host-like token built on one of ``names`` or a confusable spelling ("amaz0n-refund.help")."""
    variants = []
    for name in names:
        parts = []
        for ch in name.lower():
            chars = _CONFUSABLE.get(ch, ch)
            parts.append(f"[{re.escape(chars)}]+" if len(chars) > 1 else f"{re.escape(ch)}+")
        variants.append("".join(parts))
    if not variants:
        return None
    core = "|".join(variants)
    return re.compile(
        rf"(?<![a-z0-9@.-])[a-z0-9-]{{0,40}}(?:{core})[a-z0-9-]{{0,40}}(?:\.[a-z0-9-]{{1,40}}){{0,4}}\.[a-z]{{2,24}}"
        r"(?![a-z0-9-])(?:/[^\s<>\"']{0,512})?"
    )


_DOT_LETTER = re.compile(r"\.[a-z]")


def find_lookalikes(text: str, low: str, pattern: re.Pattern[str] | None) -> list[Span]:
    """Host-like tokens built on the platform's name (the caller drops the platform's real hosts).

    A host has a dot followed by a letter: the pattern (from :func:`lookalike_pattern`) is tried only at the
    start of the token around each such dot.
    """
    if pattern is None:
        return []
    out: list[Span] = []
    done = -1
    for d in _DOT_LETTER.finditer(low):
        i = d.start()
        if i < done:
            continue
        j = i
        while j > 0 and i - j < 80 and low[j - 1] in _HOST_CHARS:
            j -= 1
        # The pattern starts only where no host character precedes: within j..i that is j alone, so a match
        # there is all that can count (searching on, up to 600 characters, found only matches to throw away).
        m = pattern.match(low, j, min(len(low), i + 600))
        if m is not None:
            out.append((m.start(), m.end(), text[m.start() : m.end()]))
            done = m.end()
        else:
            done = i + 1
    return out


def link_host(link: str) -> str:
    """The lower-case host of a link as written (with or without scheme)."""
    rest = link.split("://", 1)[1] if "://" in link else link
    host = re.split(r"[/:?#]", rest, maxsplit=1)[0].lower()
    return host.rstrip(".")


#: Public suffixes under which marketplaces run their national sites; ``name.*`` in an allow-list means the
#: name directly under one of these (``amazon.co.jp``), never ``name.evil.com`` or ``name.com.evil.example``.
PUBLIC_SUFFIXES = frozenset(
    [
        "com",
        "net",
        "org",
        "co",
        "us",
        "ca",
        "mx",
        "br",
        "uk",
        "de",
        "fr",
        "it",
        "es",
        "nl",
        "se",
        "pl",
        "tr",
        "ae",
        "sa",
        "eg",
        "in",
        "jp",
        "sg",
        "au",
        "be",
        "ie",
        "cn",
        "ru",
        "kr",
        "il",
        "at",
        "ch",
        "pt",
        "com.mx",
        "com.br",
        "co.uk",
        "com.tr",
        "co.jp",
        "com.au",
        "com.be",
        "com.sg",
        "co.za",
        "co.kr",
        "co.il",
        "com.cn",
        "com.ru",
        "com.ua",
        "com.sa",
        "com.eg",
        "co.in",
    ]
)


def host_allowed(host: str, allowed: Sequence[str]) -> bool:
    """True when ``host`` is one of ``allowed`` or a subdomain of one (``shop.de`` allows ``www.shop.de``).

    An entry ending in ``.*`` matches the name under any public suffix in :data:`PUBLIC_SUFFIXES`:
    ``market.*`` allows ``market.co.jp`` and ``www.market.de`` but not ``market.evil.com``.
    """
    for entry in allowed:
        if entry.endswith(".*"):
            base = entry[:-2]
            labels = host.split(".")
            for i in range(len(labels) - 1):
                if labels[i] == base and ".".join(labels[i + 1 :]) in PUBLIC_SUFFIXES:
                    return True
        elif host == entry or host.endswith("." + entry):
            return True
    return False
