"""Detectors for off-platform contact details: e-mail addresses (plain and obfuscated), links, phone numbers and
messenger apps/handles. Each returns ``(start, end, detail)`` spans over the original text.

Speed matters (the check runs before every send, and in bulk over drafts): every detector first runs a cheap
test — a substring, or a regex that begins with a literal so ``re`` can jump to candidate positions — and only
then the expensive part. phonenumbers runs only on digit runs that survive the id/date/price filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import phonenumbers

from ._lexicon import ANCHORS, Scan, phrase

__all__ = [
    "Span",
    "find_emails",
    "find_messengers",
    "find_obfuscated_emails",
    "find_phones",
    "find_urls",
    "host_allowed",
]

Span = tuple[int, int, str]

# ------------------------------------------------------------------------------------------------ e-mail

_EMAIL = re.compile(r"[\w.+%-]+\s?[@＠]\s?[\w-]+(?:\s?\.\s?[\w-]+)*\s?\.\s?[a-z]{2,24}\b", re.IGNORECASE)
_MAIL_PROVIDERS = (
    "gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|aol|gmx|web|t-online|freenet|orange|free|wanadoo|"
    "laposte|libero|virgilio|alice|tiscali|uol|bol|terra|proton|protonmail|yandex|mail|qq|163|126|sina|sohu|"
    "foxmail|aliyun|docomo|ezweb|softbank|naver"
)
_TLDS = (
    "com|net|org|info|biz|io|co|de|fr|es|it|pt|br|jp|cn|uk|us|ca|au|nl|pl|se|ru|in|mx|be|at|ch|eu|me|cc|tv|"
    "shop|store|online|site|top|xyz|app|dev|ly|gl|to|tk|ne\\.jp|co\\.jp|co\\.uk|com\\.br|com\\.cn|com\\.mx"
)
_AT_WORD = r"(?:at|arroba|chiocciola|chez|bei|em|アット|あっと|艾特)"
_DOT_WORD = r"(?:dot|punkt|point|punto|ponto|ドット|どっと|点|點)"
_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
_LOCAL = r"[a-z0-9._%+-]+"  # ASCII only: keeps matching linear on CJK text
# Alternatives 1-3 all contain an "at" token: they are tried only at the word before each such token.
_AT_FORMS = re.compile(
    # "name (at) domain (dot) com", "name [at] domain.com", "name at domain dot com", "name at gmail.com"
    rf"{_LOCAL}\s*{_OPEN}\s*(?:{_AT_WORD}|@)\s*{_CLOSE}\s*[a-z0-9-]+"
    rf"(?:\s*(?:{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}|\s+{_DOT_WORD}\s+|\.)\s*(?:{_TLDS})\b)?"
    rf"|{_LOCAL}\s+{_AT_WORD}\s+[a-z0-9-]+\s*(?:{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}|\s+{_DOT_WORD}\s+)\s*(?:{_TLDS})\b"
    rf"|{_LOCAL}\s+{_AT_WORD}\s+(?:{_MAIL_PROVIDERS})\.(?:{_TLDS})\b"
)
_AT_TOKENS = (
    "(at)",
    "[at]",
    "{at}",
    "<at>",
    "( at )",
    "[ at ]",
    "(@)",
    "[@]",
    " at ",
    " arroba ",
    " chiocciola ",
    " chez ",
    " bei ",
    "arroba",
    "chiocciola",
    " em ",
    "アット",
    "あっと",
    "艾特",
)
# "my gmail is john.smith88": tried only where a provider name occurs.
_PROVIDER_FORM = re.compile(
    rf"(?:{_MAIL_PROVIDERS})(?:\s+(?:address|account|adresse|id))?\s*(?:is|:|：|ist|est|es|è|é|是)\s*"
    rf"[a-z][a-z0-9._+-]{{2,40}}?\d[a-z0-9._+-]*"
)
_PROVIDER_TOKENS = tuple(_MAIL_PROVIDERS.split("|"))
ANCHORS.register(_AT_TOKENS + _PROVIDER_TOKENS)
_TOKEN_SET = frozenset(_AT_TOKENS + _PROVIDER_TOKENS)
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")


def find_emails(text: str, low: str) -> list[Span]:
    """Plain e-mail addresses (``@`` or the full-width ``＠``, spaces around ``@``/``.`` tolerated)."""
    if "@" not in text and "＠" not in text:
        return []
    return [(m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


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
    for token in _AT_TOKENS:
        if token not in present:
            continue
        for i in _occurrences(low, token):
            j = i
            while j > 0 and low[j - 1] in " \t([{<":
                j -= 1
            while j > 0 and low[j - 1] in _LOCAL_CHARS:
                j -= 1
            m = _AT_FORMS.match(low, j)
            if m is not None and m.end() > i:
                found.add(m.span())
    for provider in _PROVIDER_TOKENS:
        if provider not in present:
            continue
        for i in _occurrences(low, provider):
            if i > 0 and low[i - 1].isalnum():
                continue
            m = _PROVIDER_FORM.match(low, i)
            if m is not None:
                start = i - 3 if low[max(0, i - 3) : i] == "my " else i
                found.add((start, m.end()))
    return [(start, end, text[start:end]) for start, end in sorted(found)]


# -------------------------------------------------------------------------------------------------- links

_SCHEME_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"'）)】」]+|www\.[^\s<>\"'）)】」]+", re.IGNORECASE)
# Starts with a literal "." so the regex engine jumps between dots instead of testing every position.
_TLD_AFTER_DOT = re.compile(rf"\.(?:{_TLDS})(?![a-z0-9-])")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_PATH_AFTER = re.compile(r"(?::\d{1,5})?(?:/[^\s<>\"'）)】」]*)?")
_TRAILING_PUNCT = ".,;:!?)]}'\"。、！？"


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
        for m in _SCHEME_URL.finditer(text):
            end = _strip_trailing(text, m.start(), m.end())
            spans.append((m.start(), end, text[m.start() : end]))
    for m in _TLD_AFTER_DOT.finditer(low):
        if not text[m.start() + 1 : m.end()].islower():
            continue
        start = m.start()
        while start > 0 and low[start - 1] in _HOST_CHARS and m.start() - start < 253:
            start -= 1
        while start < m.start() and low[start] in ".-":
            start += 1
        if start == m.start():
            continue
        if start > 0 and (low[start - 1] in "@＠/" or low[start - 1].isalnum()):
            continue  # part of an e-mail address or of a URL already found, or not a word boundary
        path = _PATH_AFTER.match(low, m.end())
        end = _strip_trailing(text, start, path.end() if path else m.end())
        if any(s <= start < e for s, e, _ in spans):
            continue
        spans.append((start, end, text[start:end]))
    spans.sort()
    return spans


def link_host(link: str) -> str:
    """The lower-case host of a link as written (with or without scheme)."""
    rest = link.split("://", 1)[1] if "://" in link else link
    host = re.split(r"[/:?#]", rest, maxsplit=1)[0].lower()
    return host.rstrip(".")


def host_allowed(host: str, allowed: Sequence[str]) -> bool:
    """True when ``host`` is one of ``allowed`` or a subdomain of one (``amazon.de`` allows ``www.amazon.de``).

    An entry ending in ``.*`` matches every top-level domain: ``amazon.*`` allows ``amazon.co.jp``.
    """
    for entry in allowed:
        if entry.endswith(".*"):
            base = entry[:-2]
            labels = host.split(".")
            for i in range(len(labels)):
                if labels[i] == base and 0 < len(labels) - i - 1 <= 2:
                    return True
        elif host == entry or host.endswith("." + entry):
            return True
    return False


# ------------------------------------------------------------------------------------------------ phones

# A run of digits with the separators people put in phone numbers; starts with a charset so the scan is cheap.
# Starts with a character class so the regex engine can skip ahead; the boundaries are checked in Python.
_PHONE_CANDIDATE = re.compile(r"[\d+＋(][\d \-./()\u00a0]{5,24}\d")
# The same pattern for ASCII texts (whose only digits are 0-9; ``str.isascii`` is a flag test): ``re`` then
# tests a character range instead of a Unicode category at every position. Same matches on such texts.
_PHONE_CANDIDATE_ASCII = re.compile(r"[0-9+＋(][\d \-./()\u00a0]{5,24}\d")
_PHONE_START = re.compile(r"(?:\+|＋|00)?\(?\d")
_NOT_BEFORE = frozenset("+＋/.,-_")
_ORDER_LIKE = re.compile(r"^[0-9D]\d{2}-\d{7}-\d{7}$")  # Amazon order id 3-7-7
_DATE_LIKE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:\s*[-–]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?$"
)
_CURRENCY_NEAR = re.compile(r"[$€£¥₩₹]|\b(?:usd|eur|gbp|jpy|cny|rmb|brl|r\$|mxn|cad|aud|chf|pln|sek)\b|円|元")
_PHONE_WORDS = (
    "call",
    "phone",
    "tel",
    "mobile",
    "cell",
    "hotline",
    "whatsapp",
    "ring",
    "dial",
    "text me",
    "sms",
    "telefon",
    "handy",
    "rufnummer",
    "anrufen",
    "rufen sie",
    "téléphone",
    "telephone",
    "appelez",
    "portable",
    "teléfono",
    "telefono",
    "llame",
    "llámenos",
    "móvil",
    "movil",
    "chiami",
    "cellulare",
    "telefone",
    "ligue",
    "celular",
    "電話",
    "携帯",
    "电话",
    "電話番号",
    "手机",
    "手機",
    "致电",
    "打给",
    "联系方式",
)
_ID_WORDS = (
    "order",
    "invoice",
    "tracking",
    "track",
    "shipment",
    "parcel",
    "package",
    "waybill",
    "awb",
    "asin",
    "sku",
    "ean",
    "upc",
    "gtin",
    "isbn",
    "serial",
    "model",
    "part",
    "ref",
    "reference",
    "case",
    "ticket",
    "rma",
    "id",
    "no.",
    "nr",
    "#",
    "bestell",
    "rechnung",
    "sendung",
    "paket",
    "auftrag",
    "artikel",
    "commande",
    "facture",
    "suivi",
    "colis",
    "référence",
    "pedido",
    "factura",
    "seguimiento",
    "envío",
    "envio",
    "ordine",
    "fattura",
    "spedizione",
    "tracciamento",
    "fatura",
    "rastreio",
    "rastreamento",
    "encomenda",
    "注文",
    "追跡",
    "伝票",
    "お問い合わせ番号",
    "订单",
    "訂單",
    "运单",
    "運單",
    "单号",
    "單號",
    "物流",
    "快递",
    "快遞",
    "跟踪",
    "追踪",
)
_EXCEPTION_WORDS = (
    "warranty",
    "guarantee",
    "manufacturer",
    "carrier",
    "courier",
    "dhl",
    "ups",
    "fedex",
    "usps",
    "hermes",
    "dpd",
    "gls",
    "royal mail",
    "la poste",
    "colissimo",
    "chronopost",
    "correos",
    "seur",
    "poste italiane",
    "brt",
    "ctt",
    "yamato",
    "sagawa",
    "japan post",
    "yamato",
    "garantie",
    "hersteller",
    "spediteur",
    "paketdienst",
    "zusteller",
    "fabricant",
    "transporteur",
    "garantía",
    "garantia",
    "fabricante",
    "transportista",
    "garanzia",
    "produttore",
    "corriere",
    "transportadora",
    "保証",
    "メーカー",
    "配送業者",
    "運送会社",
    "保修",
    "厂家",
    "厂商",
    "制造商",
    "快递公司",
    "承运",
)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_NON_DIGITS = re.compile(r"\D+")  # E.164 allows at most 15 digits; fewer than 7 is no dialable number


def _window(low: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    return low[max(0, start - before) : start], low[end : end + after]


class _Keywords:
    """A keyword list searched in short windows: Latin words by word prefix ("facture" is not in
    "manufacturer", "tel" not in "hotel"), everything else (CJK, "#", "no.") by substring.

    The Latin words are one regex (a word start, then any of the words); the windows are a few dozen
    characters, so trying it at every position is cheaper than splitting the window into words in Python.
    """

    def __init__(self, words: Sequence[str]) -> None:
        stems = sorted(
            {w for w in words if w.isascii() and w.isalpha() and len(w) >= 2}, key=len, reverse=True
        )
        self.stems = re.compile(rf"(?<![a-zß-ÿ])(?:{'|'.join(stems)})")
        self.others = tuple(w for w in dict.fromkeys(words) if w not in stems)

    def last(self, text: str) -> int:
        """Distance from the end of ``text`` to the start of the last keyword in it, or 10,000 when none."""
        best = -1
        for m in self.stems.finditer(text):
            best = m.start()
        for other in self.others:
            k = text.rfind(other)
            best = max(best, k)
        return len(text) - best if best >= 0 else 10_000

    def search(self, text: str) -> bool:
        """True when any keyword occurs in ``text``."""
        if self.stems.search(text) is not None:
            return True
        return any(other in text for other in self.others)


_PHONE_RE, _ID_RE, _EXCEPTION_RE = _Keywords(_PHONE_WORDS), _Keywords(_ID_WORDS), _Keywords(_EXCEPTION_WORDS)


def _looks_like_id(candidate: str, before: str, after: str) -> bool:
    stripped = candidate.strip()
    if _ORDER_LIKE.match(stripped) or _DATE_LIKE.match(stripped):
        return True
    if _CURRENCY_NEAR.search(before[-6:]) or _CURRENCY_NEAR.search(after[:6]):
        return True
    id_distance = _ID_RE.last(before[-30:])
    return id_distance < 10_000 and id_distance < _PHONE_RE.last(before[-40:])


def _is_phone(candidate: str, regions: Sequence[str], keyword: bool) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return False
    plain = candidate.replace("＋", "+").replace("\u00a0", " ")
    if plain.startswith("00"):
        plain = "+" + plain[2:]
    bare = plain.isdigit()
    if bare and not keyword and digits < 10:
        return False  # a short bare digit run with no phone wording is some other number
    if plain.startswith("+"):
        regions = ("ZZ",)
    elif bare and not keyword:
        regions = regions[:1]  # a bare run is a phone only in the marketplace's own numbering plan
    for region in regions:
        try:
            number = phonenumbers.parse(plain, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
        if keyword and phonenumbers.is_possible_number(number):
            return True
    return False


def find_phones(text: str, low: str, regions: Sequence[str]) -> Iterator[tuple[int, int, str, bool]]:
    """Phone numbers, validated with phonenumbers for ``regions`` (the marketplace's first).

    Yields ``(start, end, number, exception)`` where ``exception`` says the sentence presents it as a warranty,
    carrier or manufacturer number. Order ids, dates, prices and numbers introduced as ids (tracking, invoice,
    ASIN, ...) are never reported.
    """
    n = len(text)
    candidates = _PHONE_CANDIDATE_ASCII if text.isascii() else _PHONE_CANDIDATE
    for m in candidates.finditer(text):
        start, end = m.start(), m.end()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE):
            continue
        if end < n and (
            text[end].isalnum()
            or text[end] in "-_"
            or (text[end] in ".," and text[end + 1 : end + 2].isdigit())
        ):
            continue
        candidate = m.group()
        if _PHONE_START.match(candidate) is None:
            continue
        # Cheapest test first: order ids (17 digits), tracking numbers (20+) and short numbers end here.
        if not _MIN_DIGITS <= len(_NON_DIGITS.sub("", candidate)) <= _MAX_DIGITS:
            continue
        before, after = _window(low, start, end, 40, 12)
        if _looks_like_id(candidate, before, after):
            continue
        keyword = _PHONE_RE.search(before)
        if not _is_phone(candidate, regions, keyword):
            continue
        sentence = low[max(0, start - 80) : min(len(low), end + 40)]
        exception = _EXCEPTION_RE.search(sentence)
        yield start, end, candidate.strip(), exception


# --------------------------------------------------------------------------------------------- messengers

_MESSENGER = phrase(
    "whats|wechat|we chat|weixin|telegram|skype|viber|kakao|snapchat|discord|signal|messenger|instagram|insta|"
    "imo|line|qq|wa.me|t.me|@|wxid|vx|微信|威信|加我|加微|企鹅|ｑｑ|ライン|ワッツ|テレグラム|スカイプ",
    r"(?<![a-z0-9_])(?:whats\s?app|wechat|we\s+chat|weixin|telegram|skype|viber|kakao\s?talk|snapchat|discord|signal\s+app|"
    r"facebook\s+messenger|fb\s+messenger|messenger\s+app|instagram\s+(?:dm|direct)|insta\s+dm|imo\s+app|"
    r"line\s*(?:id|app|account)|qq(?:\s*(?:number|号|號|id))?|wa\.me|t\.me)(?![a-z0-9_])"
    r"|微信(?:号|號)?|威信|加(?:我)?(?:微信|微|vx|v信)|vx(?:号|號)|企鹅号|qq号|ｑｑ|ライン\s*(?:id|ｉｄ|で|に|の)|ワッツアップ"
    r"|テレグラム|スカイプ"
    r"|(?<![\w@.])@[a-z0-9_]{3,32}\b(?![@.]\w)"
    r"|\bwxid_[a-z0-9_]+",
)
_LINE_UPPER = re.compile(r"\bLINE\b(?:\s*(?:ID|@|:))")
_NEGATION = (
    " not ",
    "n't",
    "never",
    "only via",
    "only through",
    "only here",
    "nicht",
    "kein",
    "nur über",
    " pas ",
    "jamais",
    "uniquement",
    " no por ",
    " no en ",
    " no podemos",
    " no usamos",
    "no es posible",
    "no se puede",
    "nunca",
    "solo a través",
    "sólo",
    "solo por aquí",
    "solo podemos",
    " non ",
    "solo tramite",
    " não ",
    "nao ",
    "apenas",
    "できません",
    "使用しません",
    "お控え",
    "不能",
    "不可以",
    "不使用",
    "不用",
    "没有",
    "沒有",
    "无法",
    "無法",
    "只能",
)


def find_messengers(text: str, scan: Scan) -> list[Span]:
    """Messenger apps and handles (WhatsApp, WeChat, Telegram, Skype, LINE, QQ, Viber, ``@handle``, ``wxid_``).

    A mention inside a refusal ("we cannot chat on WhatsApp, only here") is not an invitation and is skipped.
    """
    low = scan.low
    spans: list[Span] = []
    for start, end in sorted(set(_MESSENGER.finditer(scan))):
        if low[start] == "@" and start > 0 and low[start - 1].isalnum():
            continue
        sentence_start = max(low.rfind(p, 0, start) for p in (".", "!", "?", "。", "！", "？", "\n")) + 1
        clause = " " + low[sentence_start:start]
        if any(neg in clause for neg in _NEGATION):
            continue
        spans.append((start, end, text[start:end]))
    if "LINE" in text:
        spans.extend((m.start(), m.end(), m.group()) for m in _LINE_UPPER.finditer(text))
    spans.sort()
    return spans
