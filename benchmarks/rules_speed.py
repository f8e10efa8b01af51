"""Content-check speed: ``marketmsg.rules.check()`` calls per CPU-second on three message sets (issue 14 goal: 20,000/s).

Three sets, generated with a fixed seed from varied templates, every digit drawn per message (order ids, tracking
numbers, waybills, prices, dates, hotlines), and **no message is ever checked twice**: each round measures a fresh
slice of ``PER_ROUND`` messages, so no cache (phone verdicts, compiled regions) is hit by repetition — only by what
real traffic repeats within one slice (a carrier name, a locale).

- **typical**: seller replies as sellers send them — the built-in reply templates (8 languages, two intents, with
  and without buyer name and signature), hand-written short replies (8 more languages), and the labelled corpus'
  clean replies (16 languages) with their digits redrawn;
- **number-heavy**: clean replies dense with numbers — order ids of both platforms, carrier tracking numbers
  (UPS, FedEx 4-4-4, USPS, DHL, Royal Mail, China Post, Cainiao, YunExpress …), 10-digit waybills, prices, dates,
  invoice numbers, ASINs, phone-like digit runs (customer numbers, serials, a carrier's or manufacturer's hotline)
  — in 16 languages;
- **violation-dense**: the labelled corpus' violating messages (digits redrawn), each joined with a number-heavy
  sentence.

Two baselines, measured in the same run on the same slices: ``re scan`` — one compiled regex over the text
(e-mails, links, digit runs: the floor cost of looking at every character once), and ``phonenumbers`` — the obvious
implementation, phonenumbers' ``PhoneNumberMatcher`` plus one e-mail regex. Rounds are interleaved (for every set:
ours, then the baselines, the order alternating per round); CPU time of this process (``time.process_time``), so a
shared machine's other load distorts less. Printed: medians over the rounds of msg/s, the ratios ours/baseline,
and ours/20,000. Run: ``python benchmarks/rules_speed.py [--rounds N]``.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import phonenumbers

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rules_accuracy import load_corpus

from marketmsg.rules import check

GOAL = 20_000.0
PER_ROUND = 2_000
ROUNDS = 7
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The floor: one pass of one compiled regex (e-mail-ish, link-ish, digit runs) over the text.
_SCAN = re.compile(r"[\w.+-]+@[\w-]+|https?://\S+|www\.\S+|\+?\d[\d ()./-]{5,}\d")

Message = tuple[str, str, str]  # platform, locale, text

LOCALES = {
    "en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "ja": "ja-JP",
    "zh": "zh-CN", "nl": "nl-NL", "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR", "ru": "ru-RU", "ar": "ar-AE",
    "ko": "ko-KR", "he": "he-IL",
}  # fmt: skip
CARRIERS = (
    "DHL",
    "UPS",
    "FedEx",
    "USPS",
    "Royal Mail",
    "GLS",
    "DPD",
    "Correos",
    "Yamato",
    "Cainiao",
    "YunExpress",
)
# Short typical replies for the languages the built-in templates do not cover ({o} order, {c} carrier, {t} tracking,
# {d} date).
SHORT = {
    "nl": "Hallo, bedankt voor uw bericht over bestelling {o}. Het pakket is op {d} verzonden met {c}, volgnummer {t}. "
    "Het zou binnen enkele dagen moeten aankomen. Laat het ons weten als er iets niet klopt.",
    "pl": "Dzień dobry, dziękujemy za wiadomość w sprawie zamówienia {o}. Paczka została wysłana {d} przez {c}, "
    "numer przesyłki {t}. Powinna dotrzeć w ciągu kilku dni. Prosimy o kontakt w razie problemów.",
    "sv": "Hej, tack för ditt meddelande om order {o}. Paketet skickades {d} med {c}, kollinummer {t}. Det bör "
    "komma fram inom några dagar. Hör av dig här om något inte stämmer.",
    "tr": "Merhaba, {o} numaralı siparişiniz hakkındaki mesajınız için teşekkürler. Paket {d} tarihinde {c} ile "
    "gönderildi, takip numarası {t}. Birkaç gün içinde ulaşması bekleniyor.",
    "ru": "Здравствуйте, спасибо за сообщение по заказу {o}. Посылка отправлена {d} службой {c}, трек-номер {t}. "
    "Она должна прийти в течение нескольких дней. Если что-то не так, напишите здесь.",
    "ar": "مرحبا، شكرا لرسالتك بخصوص الطلب {o}. تم شحن الطرد في {d} مع {c}، رقم التتبع {t}. من المتوقع أن يصل "
    "خلال أيام قليلة. إذا كانت هناك أي مشكلة، يرجى الرد هنا.",
    "ko": "안녕하세요, 주문 {o} 관련 문의 감사합니다. 상품은 {d}에 {c}(으)로 발송되었으며 운송장 번호는 {t}입니다. "
    "며칠 내로 도착할 예정입니다. 문제가 있으면 여기로 답장해 주세요.",
    "he": "שלום, תודה על הודעתך לגבי הזמנה {o}. החבילה נשלחה ב-{d} עם {c}, מספר מעקב {t}. היא אמורה להגיע תוך "
    "כמה ימים. אם משהו לא תקין, ענו כאן.",
}
NUMBERS = {
    "en": "Order {o} (ASIN B0{a}) shipped {d} via {c}, tracking {t}; second box FedEx {f}. Waybill {w}, invoice "
    "INV-{i}, total ${p}. Expected {e}. Your other order {x} ships on {e2}, UPS 1Z{u}.",
    "de": "Bestellung {o} wurde am {d} mit {c} verschickt, Sendungsnummer {t}, zweites Paket {f}. Rechnung {i}, "
    "Betrag {p} €. Zustellung bis {e}. Ihre Bestellung {x} folgt am {e2}, Paketnummer {w}.",
    "fr": "La commande {o} est partie le {d} avec {c}, suivi {t}, second colis {f}. Facture {i}, montant {p} €. "
    "Livraison prévue le {e}. La commande {x} suivra le {e2}, référence {w}.",
    "es": "El pedido {o} salió el {d} con {c}, seguimiento {t}, segundo paquete {f}. Factura {i}, importe {p} €. "
    "Entrega prevista el {e}. El pedido {x} saldrá el {e2}, referencia {w}.",
    "it": "L'ordine {o} è partito il {d} con {c}, tracciamento {t}, secondo pacco {f}. Fattura {i}, importo {p} €. "
    "Consegna prevista il {e}. L'ordine {x} partirà il {e2}, riferimento {w}.",
    "pt": "O pedido {o} foi enviado em {d} pela {c}, rastreio {t}, segundo volume {f}. Nota fiscal {i}, valor R$ {p}. "
    "Entrega prevista em {e}. O pedido {x} sai em {e2}, referência {w}.",
    "ja": "注文番号{o}は{d}に{c}で発送しました。追跡番号{t}、2個口目{f}。請求書{i}、合計{p}円。{e}にお届け予定です。"
    "ご注文{x}は{e2}発送、問い合わせ番号{w}です。",
    "zh": "订单{o}已于{d}通过{c}发出，运单号{t}，第二个包裹{f}。发票{i}，金额{p}元。预计{e}送达。订单{x}将于{e2}发货，"
    "单号{w}。",
    "nl": "Bestelling {o} is op {d} verzonden met {c}, volgnummer {t}, tweede pakket {f}. Factuur {i}, bedrag €{p}. "
    "Levering verwacht op {e}. Bestelling {x} volgt op {e2}, referentie {w}.",
    "pl": "Zamówienie {o} wysłano {d} przez {c}, numer przesyłki {t}, druga paczka {f}. Faktura {i}, kwota {p} zł. "
    "Dostawa {e}. Zamówienie {x} wyślemy {e2}, numer {w}.",
    "sv": "Order {o} skickades {d} med {c}, kollinummer {t}, andra paketet {f}. Faktura {i}, belopp {p} kr. Leverans "
    "{e}. Order {x} skickas {e2}, referens {w}.",
    "tr": "{o} numaralı sipariş {d} tarihinde {c} ile gönderildi, takip {t}, ikinci paket {f}. Fatura {i}, tutar {p} TL. "
    "Teslimat {e}. {x} numaralı sipariş {e2} tarihinde, referans {w}.",
    "ru": "Заказ {o} отправлен {d} службой {c}, трек {t}, вторая посылка {f}. Счёт {i}, сумма {p} ₽. Доставка {e}. "
    "Заказ {x} отправим {e2}, накладная {w}.",
    "ar": "تم شحن الطلب {o} في {d} مع {c}، رقم التتبع {t}، الطرد الثاني {f}. الفاتورة {i}، المبلغ {p} درهم. التسليم "
    "{e}. الطلب {x} يشحن في {e2}، المرجع {w}.",
    "ko": "주문 {o}은 {d}에 {c}(으)로 발송되었습니다. 운송장 {t}, 두 번째 상자 {f}. 인보이스 {i}, 금액 {p}원. 도착 예정 "
    "{e}. 주문 {x}은 {e2} 발송, 참조 {w}.",
    "he": "הזמנה {o} נשלחה ב-{d} עם {c}, מספר מעקב {t}, חבילה שנייה {f}. חשבונית {i}, סכום ₪{p}. מסירה {e}. הזמנה {x} "
    "תישלח ב-{e2}, אסמכתא {w}.",
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _amazon_id(rng: random.Random) -> str:
    return f"{rng.choice('123456789')}{_digits(rng, 2)}-{_digits(rng, 7)}-{_digits(rng, 7)}"


def _tracking(rng: random.Random) -> str:
    shapes = (
        lambda: "1Z" + rng.choice("ABCDEFGHJKLMNPRSTUVWXY") + _digits(rng, 2) + "E" + _digits(rng, 12),
        lambda: f"{rng.choice('123456789')}{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
        lambda: (
            f"9400 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}"
        ),
        lambda: "00340434" + _digits(rng, 12),
        lambda: (
            rng.choice(("RR", "LY", "JD", "EA", "UG", "NB"))
            + _digits(rng, 9)
            + rng.choice(("CN", "GB", "US", "BR"))
        ),
        lambda: "LP00" + _digits(rng, 12),
        lambda: "YT" + _digits(rng, 16),
        lambda: _digits(rng, 4) + "-" + _digits(rng, 4) + "-" + _digits(rng, 4),
    )
    return rng.choice(shapes)()


def _date(rng: random.Random, lang: str) -> str:
    d = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    if lang in ("en",):
        return d.strftime("%m/%d/%Y")
    if lang in ("ja", "zh", "ko"):
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    return d.strftime("%d.%m.%Y")


# Phone-like digit runs in clean replies ({k} a customer number, {s} a serial, {h} a carrier's or manufacturer's
# hotline — allowed as such — with its own digits).
PHONE_LIKE = {
    "en": "Customer no. {k}, serial {s}. For the warranty, the manufacturer's line is {h}.",
    "de": "Kundennummer {k}, Seriennummer {s}. Die Garantie-Hotline des Herstellers: {h}.",
    "fr": "Numéro client {k}, série {s}. Garantie : le service du fabricant est au {h}.",
    "es": "Cliente n.º {k}, serie {s}. Para la garantía, el fabricante atiende en el {h}.",
    "it": "Codice cliente {k}, seriale {s}. Per la garanzia il produttore risponde al {h}.",
    "pt": "Cliente nº {k}, série {s}. Para a garantia, o fabricante atende no {h}.",
    "ja": "お客様番号{k}、シリアル{s}。保証はメーカーの窓口{h}までお願いします。",
    "zh": "客户编号{k}，序列号{s}。保修请联系厂家{h}。",
    "nl": "Klantnummer {k}, serienummer {s}. Voor garantie: de fabrikant is bereikbaar op {h}.",
    "pl": "Numer klienta {k}, numer seryjny {s}. Gwarancja: producent pod numerem {h}.",
    "sv": "Kundnummer {k}, serienummer {s}. Garanti: tillverkaren nås på {h}.",
    "tr": "Müşteri no {k}, seri {s}. Garanti için üretici hattı: {h}.",
    "ru": "Номер клиента {k}, серийный {s}. По гарантии: производитель, {h}.",
    "ar": "رقم العميل {k}، الرقم التسلسلي {s}. للضمان: الشركة المصنعة على {h}.",
    "ko": "고객 번호 {k}, 시리얼 {s}. 보증은 제조사 {h}로 문의하세요.",
    "he": "מספר לקוח {k}, מספר סידורי {s}. אחריות: יצרן בטלפון {h}.",
}
HOTLINES = (  # (country code, national shape): the digits are drawn per message
    ("+49", "30 {4}{3}"), ("+44", "20 {4} {4}"), ("+33", "1 {2} {2} {2} {2}"), ("+34", "91 {3} {2} {2}"),
    ("+39", "02 {4} {4}"), ("+55", "11 {4}-{4}"), ("+81", "3-{4}-{4}"), ("+86", "10 {4} {4}"),
    ("+1", "{3}-{3}-{4}"), ("+31", "20 {3} {4}"), ("+48", "22 {3} {2} {2}"), ("+46", "8-{3} {3} {2}"),
)  # fmt: skip
_RUN = re.compile(r"\d+")


def _hotline(rng: random.Random) -> str:
    code, shape = rng.choice(HOTLINES)
    national = re.sub(r"\{(\d)\}", lambda m: _digits(rng, int(m.group(1))), shape)
    return f"{code} {national}"


def _redigit(rng: random.Random, text: str) -> str:
    """``text`` with every digit redrawn (a leading 0 kept: trunk prefixes and dates keep their shape)."""
    return _RUN.sub(lambda m: "".join(c if c == "0" else rng.choice("123456789") for c in m.group()), text)


def _clean_rows() -> list[dict[str, object]]:
    return [r for r in load_corpus() if not r["blocks"]]


def typical(rng: random.Random, n: int) -> list[Message]:
    """Template replies (8 languages), short hand-written replies (8 more) and the corpus' clean replies (16),
    every number drawn per message."""
    from marketmsg.templates import render_reply

    clean = _clean_rows()
    out: list[Message] = []
    langs = list(LOCALES)
    names = (None, "Anna", "Mr. Tanaka", "Sofía", "Jean-Luc", "王先生")
    signatures = (None, "Best regards, Your shop team", "— Customer service", "Sarah, MyShop")
    while len(out) < n:
        i = len(out)
        if i % 3 == 2:  # a third: the corpus' clean replies, digits redrawn
            row = clean[rng.randrange(len(clean))]
            out.append((str(row["platform"]), str(row["locale"]), _redigit(rng, str(row["text"]))))
            continue
        lang = langs[i % len(langs)]
        order = _amazon_id(rng)
        ship = date(2026, 1, 1) + timedelta(days=rng.randrange(330))
        carrier, tracking = rng.choice(CARRIERS), _tracking(rng)
        if lang in SHORT:
            text = SHORT[lang].format(o=order, c=carrier, t=tracking, d=_date(rng, lang))
        else:
            intent = rng.choice(("delivery_status", "damaged_item"))
            values = {
                "carrier": carrier,
                "tracking": tracking,
                "shipped_on": ship,
                "expected_by": ship + timedelta(days=rng.randrange(2, 9)),
                "days": rng.randrange(2, 8),
            }
            text = render_reply(
                intent,
                order_id=order,
                buyer_locale=LOCALES[lang],
                buyer_name=rng.choice(names),
                signature=rng.choice(signatures),
                values=values,
            ).text
        out.append(("amazon", LOCALES[lang], text))
    return out


def _number_sentence(rng: random.Random, lang: str, platform: str) -> str:
    order = _amazon_id(rng) if platform == "amazon" else "8" + _digits(rng, 15)
    other = _amazon_id(rng) if platform == "amazon" else "8" + _digits(rng, 15)
    return NUMBERS[lang].format(
        o=order,
        x=other,
        a=_digits(rng, 2) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
        d=_date(rng, lang),
        e=_date(rng, lang),
        e2=_date(rng, lang),
        c=rng.choice(CARRIERS),
        t=_tracking(rng),
        f=f"{rng.choice('123456789')}{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
        w=rng.choice("123456789") + _digits(rng, 9),
        i=_digits(rng, 8),
        p=f"{rng.randrange(5, 2000)},{_digits(rng, 2)}"
        if lang not in ("en", "ja", "zh", "ko")
        else f"{rng.randrange(5, 2000)}.{_digits(rng, 2)}",
        u=_digits(rng, 16).upper(),
    )


def number_heavy(rng: random.Random, n: int) -> list[Message]:
    """Clean replies dense with ids, tracking numbers, waybills, prices, dates and phone-like runs; both
    platforms; the corpus' clean tracking/waybill/order-id rows (digits redrawn) among them."""
    numeric = [
        r
        for r in _clean_rows()
        if str(r.get("class", "")).startswith(
            ("clean_tracking", "clean_waybill", "clean_orderid", "clean_hotline")
        )
    ]
    out: list[Message] = []
    langs = list(LOCALES)
    while len(out) < n:
        i = len(out)
        lang = langs[i % len(langs)]
        platform = rng.choice(("amazon", "aliexpress"))
        if i % 5 == 4:
            row = numeric[rng.randrange(len(numeric))]
            text = _redigit(rng, str(row["text"])) + " " + _number_sentence(rng, str(row["lang"]), platform)
            out.append((str(row["platform"]), str(row["locale"]), text))
            continue
        text = _number_sentence(rng, lang, platform)
        if i % 2:  # half also carry phone-like runs: a customer number, a serial, a hotline given as allowed
            extra = PHONE_LIKE[lang].format(
                k="0" + _digits(rng, 9),
                s=f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                h=_hotline(rng),
            )
            text = f"{text} {extra}" if rng.random() < 0.5 else f"{extra} {text}"
        out.append((platform, LOCALES[lang], text))
    return out


def violation_dense(rng: random.Random, n: int) -> list[Message]:
    """Every violating corpus message (digits redrawn), each with a number-heavy sentence of fresh digits."""
    rows = [r for r in load_corpus() if r["blocks"]]
    out: list[Message] = []
    while len(out) < n:
        row = rows[len(out) % len(rows)]
        lang = str(row["lang"]) if row["lang"] in NUMBERS else "en"
        text = _redigit(rng, str(row["text"])) + " " + _number_sentence(rng, lang, str(row["platform"]))
        out.append((str(row["platform"]), str(row["locale"]), text))
    return out


def _re_scan(platform: str, locale: str, text: str) -> int:
    return len(_SCAN.findall(text))


def _phonenumbers(platform: str, locale: str, text: str) -> int:
    region = locale.rsplit("-", maxsplit=1)[-1]
    found = sum(1 for _ in phonenumbers.PhoneNumberMatcher(text, region))
    return found + len(_EMAIL.findall(text))


def _ours(platform: str, locale: str, text: str) -> int:
    return len(check(text, platform=platform, locale=locale).findings)


def _rate(fn: Callable[[str, str, str], int], batch: list[Message]) -> float:
    """Messages per CPU-second over one pass of ``batch`` (each message once)."""
    start = time.process_time()
    for item in batch:
        fn(*item)
    return len(batch) / max(time.process_time() - start, 1e-9)


FNS: dict[str, Callable[[str, str, str], int]] = {
    "check()": _ours,
    "re scan": _re_scan,
    "phonenumbers": _phonenumbers,
}


def main(argv: list[str] | None = None) -> None:
    """Print, per set, msg/s (median of interleaved rounds), the ratios to the baselines and to the 20k goal."""
    args = sys.argv[1:] if argv is None else argv
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else ROUNDS
    rng = random.Random(14)
    size = PER_ROUND * (rounds + 1)  # one slice more for the warm-up
    builders = {"typical": typical, "number-heavy": number_heavy, "violation-dense": violation_dense}
    sets = {name: build(rng, size) for name, build in builders.items()}
    for batch in sets.values():
        rng.shuffle(batch)
    distinct = {name: len({m[2] for m in batch}) for name, batch in sets.items()}
    # Warm-up on the first slice (never measured): build the lexicon, load phonenumbers' metadata.
    for batch in sets.values():
        for warm in FNS.values():
            for item in batch[:PER_ROUND]:
                warm(*item)
    rates: dict[str, dict[str, list[float]]] = {name: {label: [] for label in FNS} for name in sets}
    for r in range(1, rounds + 1):
        order = list(FNS) if r % 2 else list(reversed(FNS))
        for name, batch in sets.items():
            part = batch[r * PER_ROUND : (r + 1) * PER_ROUND]
            for label in order:
                rates[name][label].append(_rate(FNS[label], part))
    chars = {name: statistics.mean(len(m[2]) for m in batch) for name, batch in sets.items()}
    print(
        f"rules speed: per set {rounds} rounds x {PER_ROUND:,} fresh messages (each checked once; "
        f"{min(distinct.values()):,}+ distinct texts per set), 16 languages, CPU time, medians"
    )
    print(
        f"{'set':16} {'chars':>5} {'check() msg/s':>14} {'re scan':>9} {'phonenumbers':>13} "
        f"{'ours/re':>8} {'ours/pn':>8} {'ours/20k':>9}"
    )
    for name in sets:
        o, s_, p_ = (statistics.median(rates[name][label]) for label in FNS)
        print(
            f"{name:16} {chars[name]:5.0f} {o:14,.0f} {s_:9,.0f} {p_:13,.0f} "
            f"{o / s_:7.3f}x {o / p_:7.2f}x {o / GOAL:8.2f}x"
        )


if __name__ == "__main__":
    main()
