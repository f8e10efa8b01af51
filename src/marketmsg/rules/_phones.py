"""Phone numbers in a message, without false alarms on the numbers orders are full of.

The expensive step is phonenumbers' parse + validate (tens of microseconds). It runs only for a digit run that
survived cheap filters, in this order: boundaries and digit count (7–15, E.164); the platform's own id shapes
(from the adapter's rule pack, e.g. 3-7-7 order ids); dates; carrier tracking-number groupings; a currency next
to it; an id word (order, tracking, waybill, 注文, 운송장 …) closer before it than a phone word. A bare run of
digits (no separators, no ``+``) counts as a phone only when a phone word introduces it ("call 4155552671") or
it has the shape of a Chinese mobile number: a 10-digit waybill or a 12-digit FedEx number without context is
not one. Verdicts are cached by (digits, regions, keyword), so the warranty line a shop repeats in every
message is validated once.

The text is the folded, lower-cased message (full-width and Arabic-Indic digits already ASCII), so spans map
one-to-one onto the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ._lexicon import SENTENCE_END
from ._prefilter import grouped

__all__ = [
    "KEYWORDS",
    "find_link_phones",
    "find_phones",
    "has_phone_word",
    "introduced_as_id",
    "is_phone",
    "is_read_out_phone",
    "own_line_before",
    "phone_word_after",
    "phone_word_before",
]

# A run of digits with the separators people put in phone numbers (the message is folded: ASCII digits only).
# Boundaries are part of the pattern so rejected runs never reach Python: no Latin letter, digit or joiner
# glued on either side (CJK text glues numbers to words: "電話は090-1234-5678まで" is fine), and no start in the
# middle of a run ("1Z 5R8 939 03 5756 7127" holds no phone number "939 03 5756 7127"). The run is atomic:
# a run glued to a letter ("AB 1234 5678 9GB") is never shortened into one that is not.
# The first character is consumed by a class and the boundary lookbehinds are read one character further back:
# a pattern starting with a class lets the engine skip to the next "+", "(" or digit in C, where a leading
# lookahead was tried at every position (typical set: 3.7 -> 2.1 µs a message). The atomic group then goes on
# from that character: after a digit with the separated digits, after "+" or "(" with what "[+(]{0,2}[0-9]" left.
# Hebrew attaches its prepositions to a number with a hyphen ("ל-054-7129305", "to 054…"): a hyphen after a
# Hebrew letter does not glue the number to anything (batch I).
# An en dash between the groups is a hyphen typed by a word processor ("0412 – 558 – 093", batch AH); so is an em dash
# after a phone word (``_joined_em_dashes``). find_phones reads them as "-".
_CANDIDATE = re.compile(
    # (a comma right before it is a thousands or decimal mark after a digit, part of a code after a letter; after
    # anything else it lists the number: "有问题找小王，13800138000", stop 45)
    r"[+(0-9](?:(?<![0-9a-z+/._#-].)(?<![0-9a-z],.)|(?<=[\u05d0-\u05ea]-.))(?<![0-9][ \-./\u00a0\u2013].)"
    r"(?>(?<=[0-9])(?:[ \-./()\u00a0\u2013]{0,3}[0-9]){5,23}|(?<=[+(])[+(]?[0-9](?:[ \-./()\u00a0\u2013]{0,3}[0-9]){5,23})"
    r"(?![0-9a-z_-])(?![.,][0-9])"
)
_NOT_BEFORE = frozenset("+/.,-_#")
_SEPARATORS = str.maketrans("", "", " -./()\u00a0+\u2013")
# (a date then the hour of a time, which the candidate stops at its colon: "(2024.06.12 14:35)", stop 51 probes; or
# after a dash, "12.06.2025 – 14:00 Uhr", stop 52 probes)
_DATE_LIKE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:\s?[-–]\s?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})|\s(?:[-–]\s)?\d{1,2})?"
)
# Carrier tracking numbers written in groups of four (FedEx 4-4-4, USPS 4-4-4-4-4-2): no numbering plan writes
# a phone number like that unless it starts with a trunk prefix 0 or a +.
_TRACKING_GROUPS = re.compile(r"[1-9]\d{3}(?:([ -])\d{4})(?:\1\d{4}){1,4}(?:\1\d{2})?")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
# A Brazilian postcode (CEP 04538-132): eight digits written 5-3, which no numbering plan uses for a phone number.
_POSTCODE = re.compile(r"\d{5}-\d{3}")
# An IBAN's head right before the digits: country code, check digits, then groups of four ("nl91 abna ").
_IBAN_HEAD = re.compile(r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){1,7}\s?$")
# A range of years ("Skoda Octavia III (2013–2020)") is no number to dial, whatever phonenumbers makes of its digits.
_YEAR_RANGE = re.compile(r"\(?(?:19|20)\d\d\s?-\s?(?:19|20)\d\d\)?")
# A Swish business number: ten digits starting 123 ("vårt företagsnummer 123 456 78 90"); Swish gives companies numbers
# in the 123 series and private people their mobile number (https://www.swish.nu/foretag: "Swishnummer … 123"), so
# only the 123 series is no phone. Judged by the payment rule.
_SWISH_BUSINESS = re.compile(r"123[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}")
_CURRENCY = r"[$€£¥₩₹₺₽₪]|\b(?:usd|eur|gbp|jpy|cny|rmb|brl|r\$|mxn|cad|aud|chf|pln|sek|try|rub|krw|aed|sar|ils|zł|kr)\b|円|元|원"
_CURRENCY_BEFORE = re.compile(rf"(?:{_CURRENCY})\s?$")
_CURRENCY_AFTER = re.compile(rf"\s?(?:{_CURRENCY})")
# Payment apps whose payee is a phone number (Swish, TWINT, BLIK, Bizum, Lydia, PayID, MB WAY, Vipps, MobilePay, Vodafone
# Cash, Toss, Bit …): a number after one is the seller's payee, a phone number ("BLIK-iem na telefon 512 448 903",
# "فودافون كاش على الرقم ٠١٠…"), never a carrier's line ("Swisha 349 kr till 073 551 28 09 så skickar vi med PostNord").
# Not Pix, whose keys are also tax ids, nor Zelle, Venmo or Papara (an e-mail, a handle, an account): stop 33.
_PAYEE_APPS = (
    "swish", "twint", "blik", "bizum", "lydia", "payid", "paylib", "mb way", "mbway", "vipps", "mobilepay", "instapay",
    "yape", "nequi", "daviplata", "فودافون كاش", "토스", "בביט", "ביט",
    # STC Pay and Vodafone Cash address the payee by a mobile number too ("حوّل المبلغ على STC Pay على الرقم ٠٥٠…":
    # tuning dp-ar-013, stop 45)
    "stc pay", "stcpay", "vodafone cash",
)  # fmt: skip
_PHONE_PAYEE_APP = re.compile("|".join(re.escape(app) for app in _PAYEE_APPS))
_PHONE_WORDS = (
    *_PAYEE_APPS,
    "call", "phone", "tel", "mobile", "cell", "hotline", "whatsapp", "ring", "dial", "text me", "sms", "contact",
    "reach me", "reach us",  # "Reach me at (718) 555-O192" (probes, stop 42)
    # WhatsApp in its slang spellings, the Hebrew "you will call" ("add me whats app … +1 4O7 88l 2O39", "agrégame a
    # guasap", "me add no whats", "Добавьте в вотсап", "תתקשר אליי": tuning batch DP, stop 43)
    "whats app", "whatsap", "guasap", "wasap", "wassap", "no whats", "pelo whats", "вотсап", "вацап", "וואטסאפ", "ווטסאפ",
    "תתקשר",
    "telefon", "handy", "rufnummer", "anrufen", "rufen sie", "mobil", "téléphone", "telephone", "appelez",
    "portable", "teléfono", "telefono", "llame", "llámenos", "llám", "móvil", "movil", "chiami", "cellulare", "telefone",
    "ligue", "celular", "zap", "wpp", "bel ", "bellen", "gsm", "zadzwoń", "dzwoni", "komórk", "ara ", "arayın", "cep",
    "звоните", "позвоните", "телефон", "тел.", "тел:", "моб", "ватсап", "اتصل", "هاتف", "جوال", "واتساب",
    # the infinitive and the Mexican "dial me", "reachable at" ("проще позвонить мне напрямую: +49 один пять один, …",
    # "cualquier cosa márqueme", "notre SAV est joignable directement au 01 84 – zéro six – …": tuning dq-ru-003,
    # dj-es-018, ah-fr-008, stop 46)
    "позвонить", "позвони", "márqueme", "marqueme", "márcame", "marcame", "márquenos", "joignable", "appeler",
    "كلمني", "كلمنا", "كلموني", "واتس",  # "talk to me", colloquial Arabic, and "WhatsApp" short (stop 31, batch AU)
    "الاتصال", "اتصال", "تواصل",  # "calling us", "contact": "الاتصال بنا مباشرة على الرقم ٠٥٠…" (blind batches DA, DE)
    "טלפון", "התקשר", "נייד", "전화", "연락처", "휴대폰", "핸드폰", "카톡", "電話", "携帯", "电话", "電話番号",
    "手机", "手機", "致电", "打给", "联系", "聯繫", "微信", "加我",
    # "my/our number" (issue 12.6 round 5): a number the seller calls their own is a phone number.
    "my number", "our number", "meine nummer", "unsere nummer", "mon numéro", "notre numéro", "mi número",
    "nuestro número", "mio numero", "nostro numero", "meu número", "nosso número", "mijn nummer", "ons nummer",
    "mój numer", "nasz numer", "mitt nummer", "vårt nummer", "numaram", "numaramız", "мой номер", "наш номер",
    "رقمي", "رقمنا", "המספר שלי", "המספר שלנו", "제 번호", "저희 번호", "私の番号", "我的号码", "我的號碼",
)  # fmt: skip
_ID_WORDS = (
    "order", "invoice", "tracking", "track", "shipment", "parcel", "package", "waybill", "awb", "asin", "sku",
    "ean", "upc", "gtin", "isbn", "serial", "model", "part", "ref", "reference", "case", "ticket", "rma", "id",
    "no.", "nr", "#", "bestell", "rechnung", "sendung", "paket", "auftrag", "artikel", "commande", "facture",
    "suivi", "colis", "référence", "pedido", "factura", "seguimiento", "envío", "envio", "ordine", "fattura",
    "spedizione", "tracciamento", "fatura", "rastreio", "rastreamento", "encomenda", "bestelling", "zending",
    "pakket", "factuur", "volgnummer", "zamówieni", "przesyłk", "paczk", "faktur", "śledzeni", "beställning",
    "försändelse", "spårning", "kolli", "sipariş", "kargo", "takip", "gönderi", "заказ", "трек", "отслежива",
    "посылк", "накладн", "счет", "счёт", "طلب", "الشحنة", "شحنة", "تتبع", "فاتورة", "بوليصة", "הזמנה", "משלוח",
    "מעקב", "חשבונית", "주문", "송장", "운송장", "배송", "추적", "택배", "注文", "追跡", "伝票", "お問い合わせ番号",
    "订单", "訂單", "运单", "運單", "单号", "單號", "物流", "快递", "快遞", "跟踪", "追踪",
    # Serial-number words (a 3-3-4 serial is shaped like a North American phone number): Seriennummer, serie,
    # série, serienummer, seri no, numer seryjny, серийный, التسلسلي, 시리얼/일련번호, סידורי, シリアル/製造番号, 序列号.
    "seri", "séri", "seryj", "серийн", "التسلسلي", "تسلسلي", "시리얼", "일련번호", "סידורי", "シリアル", "製造番号",
    "序列号", "序列號", "序號",
    # a Korean business registration number ("사업자등록번호 123-45-67890": tuning batch DQ, stop 43)
    "사업자등록번호", "사업자 번호", "사업자번호", "세금계산서", "인보이스",
    # part, model and customs tariff numbers shaped like mobile numbers ("réf. 0612-4478-90", "cod. 335-7781-042",
    # "部品番号/品番 090-3318-27", "부품번호 010-4471-2209", "מק״ט 054-227-31", "رقم الموديل 050-7714-32",
    # "Zolltarifnummer 8518 30 00", "commodity code 9405 11 00 90": blind batch DV, stop 43)
    "réf", "cod.", "品番", "型番", "部品番号", "부품번호", "품번", "מק״ט", 'מק"ט', "الموديل", "موديل", "commodity code",
    "hs code", "tariff", "zolltarif", "tulltaxe", "taric",
    # A handset's IMEI (15 digits: "IMEI 356938035643809", batch AQ); a serial written "S/N 2209-0451" or read off
    # the nameplate ("die Nummer nach „S/N“ auf dem Typenschild", stop 31, batch AT).
    "imei", "s/n", "typenschild", "numer oe", "oe-nr", "oe nr", "oem",  # a car part's OE number (batch AX)
    # a Latin American waybill ("la guía 2094 1173 58"), a Mexican customs entry ("pedimento 23 47 3817 3004512"), a
    # Swedish giro account ("bankgiro 5050-1055"), a Papara wallet ("Papara No: 1847 2290 31"): stop 33
    "guía", "guia", "pedimento", "bankgiro", "plusgiro", "papara",
    # a bank account ("לחשבון 12-345-678901 בבנק לאומי": a payee id, judged by the payment rule; stop 31)
    "לחשבון", "מספר חשבון",
    # … and after a Korean bank's name or "account" ("국민은행 123-45-678901", "카카오뱅크 3333-01-2345678"), a Polish catalogue
    # number ("numer katalogowy 1234-567-89"): stop 51 probes
    "은행", "뱅크", "계좌", "katalogow",
    # Customer and account numbers ("客户编号0568295506": a trunk-0 number valid as a landline; rules_speed).
    "编号", "編號", "客户号", "客戶號", "会员号", "會員號", "customer number", "customer no", "account number",
    "kundennummer", "numéro client", "numéro de client", "número de cliente", "numero cliente", "klantnummer",
    "numer klienta", "kundnummer", "müşteri no", "müşteri numar", "номер клиента", "顧客番号", "会員番号", "고객번호",
    # Code words ("il codice del ricambio è 44.210.03": batch J).
    "codice", "código", "codigo", "kod", "kodu", "код", "코드", "コード", "代码", "代碼",
    # Postcode words ("cep" is the Turkish phone word, so the Brazilian CEP goes by its 5-3 shape, _POSTCODE).
    "plz", "postleitzahl", "postcode", "post code", "zip", "code postal", "código postal", "codigo postal",
    "postnummer", "kod pocztowy", "posta kodu", "почтовый индекс", "индекс", "الرمز البريدي", "מיקוד", "우편번호",
    "郵便番号", "〒", "邮编", "邮政编码",
    # Part and type numbers ("filter type 4412-0093-77", "Typ", "modèle", "onderdeel").
    # Company and tax ids ("Nasz NIP: 527-281-19-04", "CNPJ", "USt-IdNr.", "SIRET"): batch O.
    "nip", "regon", "krs", "cnpj", "cpf", "ust-id", "ust-idnr", "steuernummer", "siret", "siren", "partita iva", "p.iva",
    # a Swish business number (123 …) is a payee id, not a phone (batch Z)
    "swish-nummer", "swishnummer",
    "vat", "kvk", "btw", "инн", "огрн", "vergi", "税号", "organisationsnummer", "org.nr", "orgnr", "사업자등록번호",
    "사업자번호", "firmware", "version", "versión", "versione", "versão", "wersja", "версия", "バージョン", "버전", "版本",
    "type", "typ", "modell", "modèle", "modelo", "modello", "onderdeel", "teilenummer", "artikelnr", "型番", "型号", "型號",
    # spare parts by their own word ("numer części 1030 1847", "parça numarası 9001 6829 04": blind batch DZ, stop 44)
    "części", "parça", "pièce", "pieza", "ricambio", "reservdel", "запчаст",
)  # fmt: skip
_EXCEPTION_WORDS = (
    "warranty", "guarantee", "manufacturer", "carrier", "courier", "dhl", "ups", "fedex", "usps", "hermes",
    "dpd", "gls", "royal mail", "la poste", "colissimo", "chronopost", "correos", "seur", "poste italiane",
    "brt", "ctt", "yamato", "sagawa", "japan post", "postnl", "inpost", "postnord", "yurtiçi", "aras", "почта",
    "сдэк", "cdek", "aramex", "почт", "poczt",
    # a third party's official line ("their official support line is …"), not a shop called "… Official Store" (batch O)
    "official support", "official hotline", "official helpline", "official customer", "support line", "우체국", "cj대한통운", "garantie", "hersteller", "spediteur", "paketdienst",
    "zusteller", "fabricant", "transporteur", "garantía", "garantia", "fabricante", "transportista", "garanzia",
    "produttore", "corriere", "transportadora", "fabrikant", "vervoerder", "gwarancj", "producent", "kurier",
    "tillverkare", "garanti", "üretici", "гаранти", "производител", "курьер", "ضمان", "الشركة المصنعة", "אחריות",
    "יצרן", "보증", "제조사", "택배사", "保証", "メーカー", "配送業者", "運送会社", "保修", "厂家", "厂商", "制造商",
    "快递公司", "承运",
    # Carriers in their own scripts and the UK ones (issue 12.6 round 5: Amazon allows carrier numbers).
    "correios", "evri", "parcelforce", "yodel", "ヤマト", "佐川", "日本郵便", "顺丰", "順豐", "中通", "圆通", "韵达",
    "한진", "롯데택배", "почта россии", "yurtici",
    "דואר ישראל", "israel post", "חברת השילוח",  # batch T
    "estafeta", "ptt", "أرامكس", "smsa", "سمسا",  # batch X: Mexico's, Turkey's and the Gulf's carriers
    # more national posts and couriers (stop 33), and a German maker's works service ("Caffora-Werkskundendienst")
    "postes canada", "canada post", "purolator", "bpost", "servientrega", "coordinadora", "australia post", "an post",
    "swiss post", "österreichische post", "omniva", "econt", "fan courier", "werkskundendienst", "herstellerhotline",
    # a maker's after-sales line named as such ("Le SAV Rowenta est joignable au …", "Der Bosch-Kundendienst ist unter
    # …", "パナソニック修理ご相談窓口（0120-…）": blind batch DC, stop 32); the seller's own ("notre SAV") stays a phone
    "consumer care", "kundendienst", "sav ", "sac da ", "sac do ", "serwis", "assistência técnica",
    "assistenza tecnica", "горячую линию", "горячая линия", "خدمة عملاء", "خدمة عملائ", "بريد الإمارات", "emirates post", "修理", "相談窓口",
)  # fmt: skip
#: Phone words that follow the number in Japanese, Chinese and Korean ("090-…へお電話", "…로 전화 주세요").
# ... or a text sent to it; and, after a space or a Turkish case suffix, the words that call or text it in any language
# ("… 0 1 0 5 5 7 3 2 2 1 8 로 문자 남겨주세요", "… 0 533 607 19 44'e SMS atın", "… numarasına SMS atın": stop 47
# probes), read within ``_AFTER_REACH`` characters of its sentence.
_AFTER_WORDS = ("電話", "电话", "전화", "联系", "聯繫", "연락", "문자", "短信", "ショートメール", "sms")
#: (not "contact" there: "加QQ 123456789 联系客服" gives a QQ number, then names the service)
_AFTER_SPACED_WORDS = (
    *(w for w in _AFTER_WORDS if w not in ("联系", "聯繫", "연락")),
    "arayın",
    "arayabilir",
)
_AFTER_REACH = 18
_AT = "at|unter|op|på"  # where someone is reached


def _last_word(words: str) -> re.Pattern[str]:
    """One of ``words`` ("a|b") as the last word of a text, a colon allowed after it."""
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s*:?\s*$")


#: The number as where an id is sent, right after an id word ("… your order number to 917 380 5526", "… die
#: Bestellnummer an 0151 …", "… le numéro de commande au 06 …", "… номер заказа на +7 …"), or where someone the id word
#: named is reached ("text our parts guy at 8O5-555-0l9I", "unser Ersatzteil-Team unter 0151 …": stop 49 probes) —
#: an id is never "at" its number.
_SENT_TO = _last_word(f"to|{_AT}|an|au|à|al|para|naar|till|на|إلى")
#: … or where a sentence introducing the number the next lines hold ends: where someone is reached (``_SENT_TO``), what
#: something is, a colon ("Ons magazijn is bereikbaar op", "il nostro laboratorio risponde al", "my direct line is",
#: "fale com nosso suporte:"; stop 52 probes), for :func:`own_line_before`.
_INTRODUCES = re.compile(r"(?:(?<![^\W\d_])(?:on|is|ist|est|es|è|é|är|jest)\s*:?|:)\s*$")
#: … the words for "at" alone: a sentence listing part numbers is read on past the others ("numer seryjny urządzenia
#: to 728-881-8176": the Polish "to" is "is"; tuning t3-pl-001).
_REACHED_AT = _last_word(_AT)
#: … and "on", as the British give a number ("he's on 07700, then 900 …"), for numbers read out in pieces only
#: (:func:`introduced_as_id`): a whole number after "on" is as often an id's date ("order placed on 06 12 2025"), so
#: :func:`find_phones` keeps it an id.
_REACHED_ON = _last_word(f"{_AT}|on")
_SENTENCE_CUT = re.compile(r"[。！？!?\n]")
_MIN_DIGITS, _MAX_DIGITS = 7, 15  # E.164 allows at most 15 digits; fewer than 7 is no dialable number
#: How far before a number a phone or id word introduces it, and the distance reported when none does.
_REACH, FAR = 40, 10_000
#: How far after an id the next number of its sentence is the next id of a list ("… 61801 261 y la de la bombilla
#: LED, 81 480 512").
_LIST_GAP = 40


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿœ")


class _Keywords:
    """A keyword list looked up in short windows before a number.

    The words are registered as anchors, so the message's one :class:`~marketmsg.rules._lexicon.Scan` already
    knows which of them occur at all (usually none or two); only those are searched, with ``rfind``. Latin words
    count at a word start only ("facture" is not in "manufacturer", "tel" not in "hotel").
    """

    def __init__(self, words: Sequence[str], shadowed: dict[str, tuple[str, ...]] | None = None) -> None:
        self.words = frozenset(words)
        self.latin = frozenset(w for w in words if w[0] in _LETTERS)
        #: word -> the words right before it that make it another thing's ("vergi numaramız": our *tax* number)
        self.shadowed = shadowed or {}

    def occurring(self, present: frozenset[str] | set[str]) -> tuple[str, ...]:
        """The keywords among the message's anchors (looked up once per message, not once per number)."""
        return tuple(self.words.intersection(present)) if present else ()

    def last(self, text: str, words: tuple[str, ...]) -> int:
        """Distance from the end of ``text`` to the start of the last of ``words`` (see :meth:`occurring`) in
        it, or 10,000 when none."""
        best = -1
        for word in words:
            k = text.rfind(word)
            if word in self.latin:
                while k > 0 and text[k - 1] in _LETTERS:
                    k = text.rfind(word, 0, k)
            shadow = self.shadowed.get(word)
            if shadow is not None:
                while k > 0 and text.endswith(shadow, 0, k):
                    k = text.rfind(word, 0, k)
            best = max(best, k)
        return len(text) - best if best >= 0 else FAR


# A brand's official service line named right before the number ("La ligne officielle du SAV Tornelli est le …",
# "Oficjalna infolinia serwisowa Baristo to …", "공식 서비스센터 대표번호는 …": batch Q). Only before it: a shop
# signing "… Tienda Oficial" after its own number is no exception.
_OFFICIAL_WORDS = (
    "official service", "service line", "service centre", "service center", "officiel", "oficial", "ufficial",
    "officiële", "officieel", "oficjaln", "officiell", "offiziell", "resmi", "официальн", "الرسمي", "הרשמי", "公式", "공식",
    "官方", "サポートセンター", "서비스센터",
)  # fmt: skip
# A service line in general words ("le service client de bpost au …", "Philips klantenservice (020 …)", "Hellmann-Hotline
# unter …", "T-Mobile support is 1-800-…", "삼성전자서비스 고객센터 1588-…": blind batches DA, DC, DD, DJ, stop 33): a third
# party's only when nothing in the number's sentence before it is the seller's own ("our hotline", "notre service
# client", "Klantenservice van onze winkel"), whoever the sentence names.
_SERVICE_WORDS = (
    "hotline", "helpline", "customer service", "customer support", "support is", "support line", "klantenservice",
    "klantendienst", "kundenservice", "kundenhotline", "service client", "service à la clientèle", "service après-vente",
    "service consommateur",  # "le service consommateurs de la marque Cafélia au 09 69 …" (blind batch ED, stop 44)
    "service technique", "servicio técnico", "servicio tecnico", "servicio al cliente", "atención al cliente",
    "servizio clienti", "assistenza clienti", "atendimento ao cliente", "central de atendimento", "kundtjänst",
    "kundservice", "infolinia", "biuro obsługi", "müşteri hizmetleri", "çağrı merkezi", "служба поддержки",
    "клиентская служба", "خدمة العملاء", "שירות הלקוחות", "שירות לקוחות", "고객센터", "客服", "カスタマーセンター",
    "お客様センター", "お客様相談室", "service nås",
    # a maker's consumer or care centre ("De Philips consumentenservice is bereikbaar op 020 …", "el centro de atención
    # Motorola México al 800 …": stop 49 probes)
    "consumentenservice", "consumer service", "consumer hotline", "verbraucherservice",
    "centro de atención", "centro de atencion", "atención a clientes", "servicio al consumidor", "servizio consumatori",
    "central de relacionamento", "obsługi klienta", "konsumentservice", "центр обслуживания",
)  # fmt: skip
# "Our number" qualified as a tax or registry number ("vergi numaramız 1234567890": blind batch EF, stop 44) is an id.
_SHADOWED_PHONE_WORDS: dict[str, tuple[str, ...]] = {
    word: ("vergi ", "sicil ", "mersis ") for word in ("numaram", "numaramız")
}
_PHONE_RE = _Keywords(_PHONE_WORDS, _SHADOWED_PHONE_WORDS)
_ID_RE, _EXCEPTION_RE = _Keywords(_ID_WORDS), _Keywords(_EXCEPTION_WORDS)
_OFFICIAL_RE, _SERVICE_RE = _Keywords(_OFFICIAL_WORDS), _Keywords(_SERVICE_WORDS)
#: Every keyword, for the anchor index (registered when the tables are built).
KEYWORDS = (*_PHONE_WORDS, *_ID_WORDS, *_EXCEPTION_WORDS, *_OFFICIAL_WORDS, *_SERVICE_WORDS)

_phonenumbers: Any = None
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
          "fixed_line", "mobile")  # fmt: skip


def _pn() -> Any:
    global _phonenumbers  # noqa: PLW0603 - imported on the first number that needs it (metadata is large)
    if _phonenumbers is None:
        import phonenumbers

        _phonenumbers = phonenumbers
    return _phonenumbers


@lru_cache(maxsize=512)
def _gate(region: str, keyword: bool) -> re.Pattern[str] | None:
    """A regex every digit string must match in full for ``phonenumbers.parse(s, region)`` to give a valid number
    (``keyword``: a possible one); ``None`` when no such shortcut is known for the region.

    Built from phonenumbers' own metadata for the region and every region sharing its country code: an
    international prefix (then any country may follow: always passes), else an optional country code, an optional
    national prefix (``national_prefix_for_parsing``) and a national number matching one of the number types'
    patterns (``keyword``: of a possible length). Each part is optional or a union, so the gate is a superset of
    what parse + validate accept: it only saves the parses that must fail (the fallback regions of every number).
    Regions whose prefix handling rewrites the number (``national_prefix_transform_rule``) get no gate; the fuzz
    test in tests/rules/test_phone_gate.py checks the superset claim on every region phonenumbers knows.
    """
    pn = _pn()
    meta = pn.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.country_code is None:
        return None
    code = meta.country_code
    family = [
        pn.PhoneMetadata.metadata_for_region(r) for r in pn.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    ]  # main region first
    family = [m for m in family if m is not None]
    if meta not in family:
        family.append(meta)
    # parse strips the national prefix by the region's own rules, or by those of the country code's main region
    # when it read the country code off the digits.
    stripping = [meta, *family[:1]]
    if any(m.national_prefix_transform_rule for m in stripping):
        return None
    prefixes = {m.national_prefix_for_parsing for m in stripping if m.national_prefix_for_parsing}
    if any("$" in p or "^" in p for p in prefixes):
        return None
    if keyword:
        lengths: set[int] = set()
        for m in family:
            lengths.update(m.general_desc.possible_length or ())
            lengths.update(m.general_desc.possible_length_local_only or ())
        if not lengths or -1 in lengths:
            return None
        national = "|".join(rf"\d{{{n}}}" for n in sorted(lengths))
    else:
        patterns = []
        for m in family:
            for name in _TYPES:
                desc = getattr(m, name, None)
                if desc is not None and desc.national_number_pattern:
                    patterns.append(desc.national_number_pattern)
        national = "|".join(f"(?:{p})" for p in dict.fromkeys(patterns)) if patterns else "(?!)"
    prefix = "|".join(f"(?:{p})" for p in sorted(prefixes)) or "(?!)"
    idd = f"(?:{meta.international_prefix})\\d*|" if meta.international_prefix else ""
    try:
        return re.compile(f"{idd}(?:{code})?(?:{prefix})?(?:{national})")
    except re.error:  # a metadata regex Python does not take: no gate, phonenumbers decides
        return None


def _validate(plain: str, regions: tuple[str, ...], keyword: bool) -> bool:
    pn = _pn()
    digits = None if plain.startswith("+") else plain.translate(_SEPARATORS)
    for region in regions:
        if digits is not None:
            gate = _gate(region, keyword)
            if gate is not None and gate.fullmatch(digits) is None:
                continue  # parse + validate must fail for this region: skip the tens of microseconds they cost
        number = _international(plain) if plain[0] == "+" else None
        if number is None:
            try:
                number = pn.parse(plain, region)
            except pn.NumberParseException:
                continue
        elif number is False:
            continue
        # Both tests are pure: the cheap length test first (with a phone word it is enough).
        if (keyword and pn.is_possible_number(number)) or _is_valid(number):
            return True
    return False


# A candidate written with its country code, as _CANDIDATE finds them (no-break spaces made spaces): a "+", maybe a
# second "+" or a "(", then digits and the separators between them, ending with a digit.
_INTERNATIONAL = re.compile(r"\+[+(]?[0-9](?:[ \-./()]*[0-9])*")
_parse_steps: Any = None


def _international(plain: str) -> Any:
    """``phonenumbers.parse(plain, region)`` for a number written with its country code (``_INTERNATIONAL``): the
    same number, ``False`` where parse raises, ``None`` for any other text (the caller then parses).

    Such a number is parsed the same way in every region, and parse's generic steps do nothing to it (no RFC 3966
    context, nothing to trim, no extension label, no letters): what is left is phonenumbers' own country-code,
    national-prefix and length steps, called here directly. Parse spent 14 µs a number, most of it in those
    generic steps and a per-character digit normalisation; tests/rules/test_phone_gate.py compares the two.
    """
    global _parse_steps  # noqa: PLW0603 - looked up once, with phonenumbers
    steps = _parse_steps
    if steps is None:
        util = _pn().phonenumberutil
        names = (
            "_is_viable_phone_number", "_extract_country_code", "_maybe_strip_national_prefix_carrier_code",
            "_test_number_length", "_set_italian_leading_zeros_for_phone_number", "ValidationResult",
            "_MIN_LENGTH_FOR_NSN", "_MAX_LENGTH_FOR_NSN", "_MAX_INPUT_STRING_LENGTH",
        )  # fmt: skip
        # A phonenumbers without these private helpers: every number goes through parse (slower, never wrong).
        steps = _parse_steps = (
            tuple(getattr(util, n) for n in names) if all(hasattr(util, n) for n in names) else ()
        )
    if not steps or _INTERNATIONAL.fullmatch(plain) is None:
        return None
    viable, country_code_of, strip_prefix, test_length, leading_zeros, result, shortest, longest, most = steps
    if len(plain) > most:
        return None
    if not viable(plain):
        return False
    digits = plain.translate(_SEPARATORS)
    if len(digits) <= shortest:
        return False  # too short after the "+"
    code, national = country_code_of(digits)
    if code == 0:
        return False  # no country code (parse's retry without the "+" then finds none either)
    pn = _pn()
    meta = pn.PhoneMetadata.metadata_for_region_or_calling_code(code, pn.region_code_for_country_code(code))
    if meta is None:
        return None
    if len(national) < shortest:
        return False
    _carrier, stripped, _ = strip_prefix(national, meta)
    if test_length(stripped, meta) not in (
        result.TOO_SHORT,
        result.IS_POSSIBLE_LOCAL_ONLY,
        result.INVALID_LENGTH,
    ):
        national = stripped
    if len(national) > longest:
        return False
    number = pn.PhoneNumber(country_code=code, national_number=int(national))
    leading_zeros(national, number)
    return number


_Desc = tuple[frozenset[int] | None, re.Pattern[str]]


def _types_of(meta: Any) -> tuple[_Desc, tuple[_Desc, ...]] | None:
    """A region's general description and the descriptions of every number type ``phonenumbers.number_type`` can
    answer with (the mobile one only when its pattern differs from the fixed line's), as (possible lengths or
    None, compiled pattern); None without a general description."""

    def desc(d: Any) -> _Desc | None:
        if d is None or not d.national_number_pattern:
            return None
        lengths = frozenset(d.possible_length) if d.possible_length else None
        return lengths, re.compile(d.national_number_pattern)

    general = desc(meta.general_desc)
    if general is None:
        return None
    # Any matching type makes the number valid, so the order only decides how soon a valid number stops: the
    # fixed-line and mobile types, which nearly every number in a message is, first (the rarer types' patterns
    # were tried in vain before them on each).
    mobile = () if meta.same_mobile_and_fixed_line_pattern else ("mobile",)
    names = ["fixed_line", *mobile, *(n for n in _TYPES if n not in ("fixed_line", "mobile"))]
    types = tuple(d for d in (desc(getattr(meta, name, None)) for name in names) if d is not None)
    return general, types


@lru_cache(maxsize=256)
def _number_types(code: int) -> tuple[_Desc, tuple[_Desc, ...]] | None:
    """For a country code of one region: :func:`_types_of` its region. None for shared and non-geographic codes."""
    pn = _pn()
    regions = pn.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    if len(regions) != 1 or regions[0] == pn.REGION_CODE_FOR_NON_GEO_ENTITY:
        return None
    meta = pn.PhoneMetadata.metadata_for_region(regions[0])
    return None if meta is None else _types_of(meta)


_Claim = tuple[re.Pattern[str] | None, tuple[_Desc, tuple[_Desc, ...]]]


@lru_cache(maxsize=64)
def _shared_types(code: int) -> tuple[_Claim, ...] | None:
    """For a country code shared by several regions (+1, +44, +39 …): per region, in phonenumbers' order, its
    leading-digits pattern (None when it has none) and :func:`_types_of` it. None when some region lacks what
    this needs (phonenumbers then decides)."""
    pn = _pn()
    regions = pn.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    if len(regions) < 2 or pn.REGION_CODE_FOR_NON_GEO_ENTITY in regions:
        return None
    claims: list[_Claim] = []
    for region in regions:
        meta = pn.PhoneMetadata.metadata_for_region(region.upper(), None)
        if meta is None:
            continue  # skipped by phonenumbers too
        types = _types_of(meta)
        if types is None:
            return None
        leading = meta.leading_digits
        claims.append((re.compile(leading) if leading is not None else None, types))
    return tuple(claims)


def _matches(nsn: str, desc: _Desc) -> bool:
    lengths, pattern = desc
    return (lengths is None or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


def _typed(nsn: str, known: tuple[_Desc, tuple[_Desc, ...]]) -> bool:
    """Whether ``phonenumbers`` gives ``nsn`` a number type (not UNKNOWN) in the region ``known`` describes."""
    general, types = known
    if not _matches(nsn, general):
        return False
    for desc in types:  # noqa: SIM110 - no generator per number
        if _matches(nsn, desc):
            return True
    return False


def _is_valid(number: Any) -> bool:
    """``phonenumbers.is_valid_number(number)``, without its per-call overhead: valid when the national number has
    a number type in the region ``region_code_for_number`` names — a country code's only region, or of a shared
    code the first region whose leading digits the number starts with, or (a region without leading digits) that
    types it (tests/rules/test_phone_gate.py compares the two on every region)."""
    pn = _pn()
    code = number.country_code
    known = _number_types(code)
    if known is not None:
        return _typed(pn.national_significant_number(number), known)
    # Shared codes were the costliest numbers to validate (+1, +44, +39: ~19 µs in phonenumbers, which tries every
    # region of the code in turn through its generic helpers).
    claims = _shared_types(code)
    if claims is None:
        return bool(pn.is_valid_number(number))
    nsn = pn.national_significant_number(number)
    for leading, types in claims:
        if leading is not None:
            if leading.match(nsn) is not None:
                return _typed(nsn, types)
        elif _typed(nsn, types):
            return True
    return False


@lru_cache(maxsize=8192)
def _is_phone(candidate: str, regions: tuple[str, ...], keyword: bool) -> bool:
    """The verdict on one candidate (a bounded LRU: the warranty line a shop repeats is validated once)."""
    plain = candidate.replace("\u00a0", " ")
    if plain.startswith("00"):
        plain = "+" + plain[2:]
    return _validate(plain, ("ZZ",) if plain.startswith("+") else regions, keyword)


def has_phone_word(present: frozenset[str] | set[str]) -> bool:
    """Whether the message's anchors include a phone word ("call", "my number", "WhatsApp", "電話" …)."""
    return not _PHONE_RE.words.isdisjoint(present)


def _before(low: str, start: int) -> str:
    """The words that may introduce the number at ``start`` (a phone word or an id word)."""
    return low[max(0, start - _REACH) : start]


def phone_word_before(low: str, start: int, present: frozenset[str] | set[str]) -> bool:
    """Whether a phone word stands just before ``start`` ("Ring mig om leveransen: noll sju …")."""
    return _PHONE_RE.last(_before(low, start), _PHONE_RE.occurring(present)) < FAR


def phone_word_after(low: str, end: int, present: frozenset[str] | set[str]) -> bool:
    """Whether a phone word follows ``end`` in its sentence, within ``_REACH`` characters ("… last four 5526 — just
    call and mention your order", "… puis 66 40 29, envoyez-moi un SMS": stop 47 probes)."""
    after = _SENTENCE_CUT.split(SENTENCE_END.split(low[end : end + _REACH], maxsplit=1)[0], maxsplit=1)[0]
    return _PHONE_RE.last(after, _PHONE_RE.occurring(present)) < FAR


def introduced_as_id(low: str, start: int, present: frozenset[str] | set[str]) -> bool:
    """Whether the words before ``start`` present what follows as an id ("parcels 4471 …", "order …"): an id word
    closer before it than any phone word, as :func:`find_phones` judges its candidates — not one the words right
    before reach someone at ("… than type, he's on 07700, then 900, then 461": stop 49 probes)."""
    before = _before(low, start)
    return (
        _ID_RE.last(before, _ID_RE.occurring(present)) < _PHONE_RE.last(before, _PHONE_RE.occurring(present))
        and _REACHED_ON.search(before[-8:]) is None
    )


def spoken_of_as_phone(
    low: str, start: int, present: frozenset[str] | set[str], reach: int = 2 * _REACH
) -> bool:
    """Whether a phone word stands within ``reach`` characters before ``start`` and closer than any id word ("Meine
    Handynummer schreib ich lieber in zwei Teilen: 0151 23 …": the number is further from its phone word than
    :func:`phone_word_before` reads, and "Teil" is no id here)."""
    before = low[max(0, start - reach) : start]
    phone = _PHONE_RE.last(before, _PHONE_RE.occurring(present))
    return phone < FAR and phone <= _ID_RE.last(before, _ID_RE.occurring(present))


def is_phone(number: str, regions: tuple[str, ...]) -> bool:
    """Whether ``number`` (digits, an optional leading ``+``) is a valid phone number of one of ``regions`` (of its
    own country when it starts with ``+``): phonenumbers' full validation, through the cached verdicts."""
    return _is_phone(number, regions, False)


def is_read_out_phone(
    digits: str, regions: tuple[str, ...], *, plus: bool = False, keyword: bool = False
) -> bool:
    """Whether ``digits`` (a number put together from a disguise: groups, words, numerals) are a phone number read
    out to this buyer: 7–15 digits, valid in the buyer's region (``regions[0]``), or in any of ``regions`` when
    written as dialled at home or abroad (a trunk 0 or ``plus``). "100 y después 200 y después 300" is a quantity.
    ``keyword``: a phone word introduces the pieces — then a dialled number need only be possible, as one written whole
    after a phone word is (:func:`find_phones`): "he's on 07700, then 900, then 461" after "ring" is the number
    "ring me on 07700 900461" is, though Ofcom keeps 07700 900xxx for drama (stop 49 probes)."""
    if not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:
        return False
    if keyword and (plus or digits[0] == "0") and _is_phone(("+" if plus else "") + digits, regions, True):
        return True
    if not plus and _CN_MOBILE.fullmatch(digits) is not None:
        # a Chinese mobile number read out in pieces to any buyer ("My mobile starts 137, the middle part is 0918 and it
        # ends in 5520": the sellers' own numbers, blind batch EC, stop 44), as a bare run of its shape is (find_phones)
        return _is_phone(digits, ("CN",), False)
    dialled = plus or digits[0] == "0"
    return _is_phone(("+" if plus else "") + digits, regions if dialled else regions[:1], False)


#: A messenger named right before a number: the seller's own contact there, never a maker's or carrier's line.
_MESSENGER_RIGHT_BEFORE = re.compile(
    r"\b(?:whats\s?app|whats|wats|wpp|zap|wa|telegram|viber|wechat)\b\s*[:：]?\s*(?:\+|\d)?$"
)
_MESSENGER_REACH = 20


# The seller introducing their own number ("call me at", "rufen Sie mich … an", "mon numéro", "我的电话").
_FIRST_PERSON = grouped(
    r"\b(?:me|my|mich|mir|mein\w*|moi|mon|ma|mi|mio|mia|meu|minha|mij|mijn|mnie|mój|moj\w*|mig|min|bana|beni|benim|"
    r"our|us|unser\w*|uns|notre|nos|nuestr\w*|nostr\w*|noss\w*|onze|ons|nasz\w*|vår\w*|oss|bizim|bize)\b|наш\w*|нам|"
    # Arabic "بي"/"لي" as words of their own, not inside "كلين" (batch Q)
    r"мне|меня|мой|моему|(?<!\S)(?:بي|لي)(?!\S)|رقمي|אליי|שלי|저에게|제\s*번호|私|我"
)


# "… we chased Royal Mail twice. You can also ring them on 03457 …", "Vous pouvez aussi les joindre au …",
# "También puede llamarles al …": the carrier named in the sentence before, the number theirs by the pronoun
# (batch T). Only third-person pronouns: "call us/me" is the seller's own line.
_THEIR_LINE = grouped(
    r"\b(?:call|ring|phone|contact|reach)\s+them\b|\bles\s+(?:joindre|appeler|contacter)\b|"
    r"\b(?:llamarl[eo]s|contactarl[eo]s)\b|\bli\s+(?:puoi\s+|può\s+)?(?:chiamare|contattare|chiami|contatti)\b|"
    r"\b(?:ligar|telefonar)\s+para\s+eles\b|\bze\s+(?:\w+\s+)?(?:bellen|bereiken)\b|\bzadzwonić\s+do\s+nich\b|"
    r"\bringa\s+dem\b|\bonları\s+arayabilir\w*|\bим\s+(?:можно\s+)?(?:позвонить|звонить)\b|الاتصال\s+بهم|אליהם"
)
#: How far before the number its carrier may be named when a pronoun points back to it.
_THEIR_REACH = 200


def _their_line(low: str, start: int, exception_words: tuple[str, ...]) -> bool:
    """The number follows "call them" and the sentence before names a carrier, a manufacturer or a warranty."""
    if _THEIR_LINE.search(low, max(0, start - _REACH), start) is None:
        return False
    return _EXCEPTION_RE.last(low[max(0, start - _THEIR_REACH) : start], exception_words) < FAR


def _service_line(low: str, start: int, present: frozenset[str] | set[str]) -> bool:
    """A service line named in general words before the number, in a sentence that names nothing of the seller's."""
    words = _SERVICE_RE.occurring(present)
    if not words:
        return False
    # the sentence before the number only: in "请拨打138…联系客服" the service named after it is the shop's own
    head = low[_sentence_start(low, start) : start]
    return _SERVICE_RE.last(head, words) < FAR and _FIRST_PERSON.search(head) is None


def _sentence_start(low: str, start: int) -> int:
    """Where the sentence holding ``start`` begins, at most 80 characters back."""
    lo = max(0, start - 80)
    for m in SENTENCE_END.finditer(low, lo, start):
        lo = m.end()
    return lo


def _own_sentence(low: str, start: int, end: int) -> str:
    """The number's sentence (at most 80 characters before it and 40 after): a carrier named in the next sentence
    makes no exception of the seller's own number ("Me chama no zap: 11 98877-6655. Your parcel left … DHL")."""
    lo, hi = _sentence_start(low, start), min(len(low), end + 40)
    stop = SENTENCE_END.search(low, end, hi)
    return low[lo : stop.start() if stop is not None else hi]


def own_line_before(low: str, start: int, *, reached: bool = False) -> bool:
    """Whether the sentence right before ``start`` (the line break that may end it read through) names something of
    the seller's and ends introducing what follows: "Vårt lager nås på", "il nostro laboratorio risponde al", "my
    direct line is", "fale com nosso suporte:" (stop 52 probes: a number written down a column after it, one short group
    a line, is the seller's line; "Tallas disponibles:" before a column of sizes is not). ``reached``: only where
    someone is reached ("… nås på"), not what something is or a colon ("Våra öppettider är:" before "08\n00\n17\n00")."""
    head = low[max(0, start - 80) : start].rstrip()
    if _SENT_TO.search(head) is None and (reached or _INTRODUCES.search(head) is None):
        return False
    lo = 0
    for m in SENTENCE_END.finditer(head):
        lo = m.end()
    return _FIRST_PERSON.search(head, lo) is not None


#: The id words that name a part or a product's number, each one of the :data:`_ID_WORDS` (so the scan reports it): a
#: sentence listing such numbers lists ids ("the order" or "the invoice" a sentence earlier says nothing of a number
#: further on).
_PART_WORDS = (
    "serial", "part", "ref", "reference", "model", "artikel", "artikelnr", "teilenummer", "seri", "séri",
    "seryj", "серийн", "części", "parça", "pièce", "pieza", "ricambio", "reservdel", "запчаст", "référence", "modell",
    "modèle", "modelo", "modello", "onderdeel", "品番", "型番", "部品番号", "부품번호", "품번", "codice", "código", "kod",
    "код",
)  # fmt: skip
_PART_RE = _Keywords(_PART_WORDS)


def _id_earlier_in_sentence(
    low: str,
    start: int,
    part_words: tuple[str, ...],
    phone_words: tuple[str, ...],
    ids: Sequence[re.Pattern[str]],
) -> bool:
    """An id word further back in the number's sentence than :func:`_before` reads, and no phone word there: the
    sentence lists ids ("la referencia del filtro … es 61801 261 y la de la bombilla LED, 81 480 512", "the serial
    number printed under the reservoir, which looks like 22081 7734": blind batch DZ, stop 44). ``part_words``: the
    message's part words (``_PART_RE.occurring``, looked up once per message)."""
    if not part_words:
        return False
    lo = _sentence_start(low, start)
    distance = _PART_RE.last(low[lo:start], part_words)
    return (
        distance < FAR
        and _PHONE_RE.last(_own_sentence(low, start, start), phone_words) >= FAR
        and not _id_taken(low, start - distance, start, ids)
    )


def _id_taken(low: str, lo: int, hi: int, ids: Sequence[re.Pattern[str]]) -> bool:
    """The id word at ``lo`` already has its id: one of the platform's ids stands between it and the number at
    ``hi`` ("Заказ 304-4491028-6659329: наш номер +7 916 …" — the order word names the order id, not the phone;
    issue 12.6 round 5)."""
    for pattern in ids:  # noqa: SIM110 - no generator per candidate
        if pattern.search(low, lo, hi) is not None:
            return True
    return False


def _is_id(candidate: str, ids: Sequence[re.Pattern[str]]) -> bool:
    for pattern in ids:  # noqa: SIM110 - no generator per candidate
        if pattern.fullmatch(candidate):
            return True
    return False


# Digit runs by shape: every digit becomes "0", except a leading 1-9, which becomes "1" (the shape tests below
# read digit counts, and a leading zero only). Shapes recur far more than numbers do.
# Keyed as Latin-1 bytes (every character a candidate can hold is one): a byte table translates a run in one C
# loop, where a str table looks each character up in a dict (number-heavy set: 3.0 -> 0.9 µs a message for ~10 runs).
_SHAPE = bytes.maketrans(b"123456789", b"000000000")
_NONZERO = frozenset("123456789")
_shapes: dict[bytes, int] = {}
_MAX_SHAPES = 4096


def _shape_digits(key: bytes) -> int:
    """The digit count of a candidate of this shape when the shape may be a phone number, else 0: the digit
    count (7–15, E.164) and the shapes that are never one (dates, carrier tracking groupings). Remembered."""
    shape = key.decode("latin-1")
    digits = shape.translate(_SEPARATORS)
    count = len(digits)
    if (
        not _MIN_DIGITS <= count <= _MAX_DIGITS
        or not digits.isdigit()
        or _DATE_LIKE.fullmatch(shape.lstrip("("))  # "(2026.07.31까지": a date in brackets (batch Z)
        or _TRACKING_GROUPS.fullmatch(shape)
        or _POSTCODE.fullmatch(shape)
    ):
        count = 0
    if len(_shapes) >= _MAX_SHAPES:
        _shapes.clear()
    _shapes[key] = count
    return count


# The number a WhatsApp click-to-chat link opens a chat with ("wa.me/33612457890"): a phone number inside a link, which
# the link rule reports as a link (stop 31, batch AT).
_WA_LINK_NUMBER = re.compile(r"\bwa\.me/\+?(\d{7,15})(?!\d)")


def find_link_phones(low: str) -> list[tuple[int, int]]:
    """The phone numbers of click-to-chat links in ``low``, as spans of their digits."""
    if "wa.me/" not in low:
        return []
    return [m.span(1) for m in _WA_LINK_NUMBER.finditer(low)]


# An em dash between two short digit groups (spaced or not: "0212 — 555", not "030 1234567 — 0151 2345678", two
# numbers), and how far after a phone word it joins them: the word within ``_REACH`` of the number's first digits, the
# dash within the number.
_EM_DASH = re.compile(r"(?<![0-9])[0-9]{1,4} ?(\u2014)(?= ?[0-9]{1,4}(?![0-9]))")
_EM_DASH_REACH = 60


def _joined_em_dashes(low: str, present: frozenset[str] | set[str]) -> str:
    """``low`` with the em dashes between digit groups made hyphens where a phone word stands shortly before them
    ("arayın: 0212 — 555 — 48 — 71", stop 52 probes; same length). Elsewhere an em dash is prose: it sets a date off
    from its hour, a size from the next, a count from an order id ("shipped 06/12/2025 — 14:00", "036 — 038 — 040"), and
    the groups on either side are read as they were."""
    words = _PHONE_RE.occurring(present)
    if not words:
        return low
    chars: list[str] | None = None
    for m in _EM_DASH.finditer(low):
        at = m.start(1)
        if _PHONE_RE.last(low[max(0, at - _EM_DASH_REACH) : at], words) < FAR:
            if chars is None:
                chars = list(low)
            chars[at] = "-"
    return low if chars is None else "".join(chars)


def _without_bracketed_price(low: str, candidate: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``candidate`` (at ``span`` of ``low``) cut before the bracket of a price right after it: "na telefon 512 448 903
    (149 zł)" is a number and a price (stop 34). Unchanged when no price follows or no digit would end the number."""
    start, end = span
    if "(" not in candidate[1:] or _CURRENCY_AFTER.match(low, end, end + 6) is None:
        return candidate, span
    cut = candidate[: candidate.rindex("(")].rstrip(" -./\u00a0\u2013")
    if not cut or not cut[-1].isdigit():
        return candidate, span
    return cut, (start, start + len(cut))


def find_phones(  # noqa: PLR0915 - one loop over the candidates, its tests inline (no call per candidate)
    low: str, regions: tuple[str, ...], ids: Sequence[re.Pattern[str]], present: frozenset[str] | set[str]
) -> Iterator[tuple[int, int, bool]]:
    """Phone numbers in the folded text as ``(start, end, exception)``.

    ``regions`` are phonenumbers regions, the marketplace's first; ``ids`` the platform's id patterns (a
    candidate one of them matches in full is an id); ``present`` the anchors the message's scan found (the
    keywords among them are the only ones looked up). ``exception`` says the sentence presents the number as a
    warranty, carrier or manufacturer line.
    """
    phone_words: tuple[str, ...] | None = None
    id_words: tuple[str, ...] | None = None
    part_words: tuple[str, ...] | None = None
    exception_words: tuple[str, ...] | None = None
    # the words that call or text a number after it, in this message
    after_words: tuple[str, ...] | None = None
    # The shape and first digits of each number an id word introduced: a second number of that shape is its sibling
    # ("Artikelnummer 0172-884-310. Bitte nicht mit der 0172-884-300 verwechseln": blind batch DV, stop 43).
    id_siblings: set[tuple[bytes, str]] | None = None
    last_id_end = -_LIST_GAP - 1  # where the last number read as an id ends
    last_exception_end = -_LIST_GAP - 1  # where the last warranty, carrier or maker line ends
    shapes = _shapes
    # An en dash reads as the hyphen it stands for, an em dash after a phone word too (same length: the spans stay; the
    # shapes stay Latin-1).
    scanned = low.replace("\u2013", "-")
    if "\u2014" in low:
        scanned = _joined_em_dashes(scanned, present)
    for m in _CANDIDATE.finditer(scanned):
        # starts with "+", "(" or a digit and ends with a digit: nothing to strip
        # (the call only for a bracket: number-heavy set, 10 candidates a message, 1.2 µs; the match's text taken
        # once and no tuple built for the span: the loop's head 5.2 -> 4.4 µs a message)
        candidate = m[0]
        if "(" in candidate:
            candidate, (start, end) = _without_bracketed_price(low, candidate, m.span())
        else:
            start, end = m.span()
        # Every test below only rejects, so their order changes no result: the shape tests come first because
        # they are cheapest and end most candidates (order ids of 17 digits, most tracking numbers of 20+,
        # prices, short numbers, dates, tracking groups), then the platform's ids.
        shape = candidate.encode("latin-1").translate(_SHAPE)
        if candidate[0] in _NONZERO:
            shape = b"1" + shape[1:]
        count = shapes.get(shape)
        if count is None:
            count = _shape_digits(shape)
        if not count:
            continue
        if phone_words is None:
            phone_words = _PHONE_RE.occurring(present)
        # A bare run in a message without a phone word before or after it ends here, as below, sooner; tested
        # before the platform's id shapes: most runs left are such (waybills, invoice and customer numbers).
        if (
            not phone_words
            and count == len(candidate)
            and not (count == 11 and _CN_MOBILE.fullmatch(candidate))
            and low[end : end + 1].isascii()
        ) or _is_id(candidate, ids):
            continue
        before = _before(low, start)
        phone_distance = _PHONE_RE.last(before, phone_words)
        following = low[end : end + 1]
        if not following.isascii():
            # Japanese, Chinese and Korean put the phone word after the number ("…へお電話ください", "…로 전화"):
            # one a few characters after it outweighs an order word before it.
            # In its own sentence only: "序列号559-944-6789。保修请联系厂家 …" asks to contact the maker, not this number.
            after = _SENTENCE_CUT.split(low[end : end + 6], maxsplit=1)[0]
            if any(word in after for word in _AFTER_WORDS):
                phone_distance = 0
        elif following in " '\u2019":
            if after_words is None:
                # (looked for once a message: most hold none, and a number-heavy one has ten candidates)
                after_words = tuple(w for w in _AFTER_SPACED_WORDS if w in low)
            if after_words:
                after = _SENTENCE_CUT.split(low[end : end + _AFTER_REACH], maxsplit=1)[0]
                if any(word in after for word in after_words):
                    phone_distance = 0
        keyword = phone_distance < FAR
        bare = count == len(candidate)
        if bare and not keyword and not (count == 11 and _CN_MOBILE.fullmatch(candidate)):
            continue  # a bare run with no phone wording is some other number (waybill, serial, id)
        if (
            # a price: its currency right before or after the digits ("€ 1 234 567", "1 299 zł"), not a sum a
            # word away from a payee's number ("un Lydia de 9 € au 07 52 19 83 40", "0412 558 093, $9 covers it")
            _CURRENCY_BEFORE.search(before[-6:])
            or _CURRENCY_AFTER.match(low, end, end + 6)
            # the digits of an IBAN ("NL91 ABNA 0417 1643 00"), reported by the payment rules if at all
            or _IBAN_HEAD.search(before[-40:])
            or _YEAR_RANGE.fullmatch(candidate)
            or (_SWISH_BUSINESS.fullmatch(candidate) and "swish" in before[-80:])
            # a handset's IMEI, fifteen digits, with "phone" nearer than "IMEI" ("the IMEI of the phone is …")
            or (bare and count == 15 and "imei" in before[-60:])
        ):
            continue
        if id_words is None:
            id_words = _ID_RE.occurring(present)
        id_distance = _ID_RE.last(before, id_words)
        if (
            id_distance < FAR
            and id_distance < phone_distance
            # a number written with its country code is dialled, whatever id word stands nearer ("zelfde nummer als
            # op het kaartje in het pakket: +32 470 12 34 56": stop 33); no id starts with "+"
            and candidate[0] != "+"
            and not _id_taken(low, start - id_distance, start, ids)
            # the id sent *to* the number: "Text your order number to 917 380 5526" (stop 47 probes)
            and _SENT_TO.search(before[-8:]) is None
        ):
            if id_siblings is None:
                id_siblings = set()
            id_siblings.add((shape, candidate[:4]))
            last_id_end = end
            continue
        if id_siblings is not None and not keyword and (shape, candidate[:4]) in id_siblings:
            continue
        if part_words is None:
            part_words = _PART_RE.occurring(present)
        if (
            not keyword
            and candidate[0] != "+"
            and (
                # (not where the id word's person is reached: "our parts guy at 805-555-0191", stop 49 probes)
                (
                    _id_earlier_in_sentence(low, start, part_words, phone_words, ids)
                    and _REACHED_AT.search(before[-8:]) is None
                )
                # the next of a list of ids: "es 61801 261 y la de la bombilla LED, 81 480 512" (batch DZ)
                or (
                    0 <= start - last_id_end <= _LIST_GAP
                    and SENTENCE_END.search(low, last_id_end, start) is None
                )
            )
        ):
            last_id_end = end
            continue
        # A bare run gets here only with a phone word, or the shape of a Chinese mobile number: validate as one.
        # A number written with its country code is validated alone (the regions do not matter to it).
        if bare and not keyword:
            use: tuple[str, ...] = ("CN",)
        elif candidate[0] == "+" or candidate.startswith("00"):
            use = ("ZZ",)
        else:
            use = regions
        if not _is_phone(candidate, use, keyword):
            continue
        if exception_words is None:
            exception_words = _EXCEPTION_RE.occurring(present)
        exception = (
            _EXCEPTION_RE.last(_own_sentence(low, start, end), exception_words) < FAR
            or _OFFICIAL_RE.last(low[max(0, start - 60) : start], _OFFICIAL_RE.occurring(present)) < FAR
            or _their_line(low, start, exception_words)
            or _service_line(low, start, present)
            # the next number of the same line's list ("a Central Samsung atende no 4004 0000 (capitais) ou 0800 555
            # 0000": the warranty named further back than its sentence is read; stop 49 probes)
            or (
                0 <= start - last_exception_end <= _LIST_GAP
                and SENTENCE_END.search(low, last_exception_end, start) is None
            )
        )
        # the seller's own line is no warranty or carrier line, whatever else the sentence says ("rufen Sie mich
        # unter 0151 … an, dann klären wir die Garantie": batch M), nor a payee's number in a payment app ("Swisha
        # 349 kr till 073 551 28 09 så skickar vi med PostNord": stop 33)
        if (
            exception
            and (
                _FIRST_PERSON.search(before[-30:]) is not None
                or _PHONE_PAYEE_APP.search(before[-60:]) is not None
                # … nor the seller's number on a messenger ("mándame mensaje al whats 55 4187 2290, … la garantía":
                # tuning dr-es-012, stop 45)
                or _MESSENGER_RIGHT_BEFORE.search(before[-_MESSENGER_REACH:]) is not None
            )
        ):
            exception = False
        if exception:
            last_exception_end = end
        yield start, end, exception
