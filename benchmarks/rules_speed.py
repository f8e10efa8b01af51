"""Content-check speed: ``marketmsg.rules.check()`` calls per CPU-second on three message sets (issue 14 goal: 20,000/s).

Sets, each 600 distinct messages generated with a fixed seed, digits varied per message (order ids, tracking
numbers, prices, dates, hotlines) so no cache is ever hit by repetition:

- **typical**: seller replies as sellers send them — the built-in reply templates (8 languages) and hand-written
  short replies (the other 8), with this message's order id, carrier, tracking number and dates;
- **number-heavy**: clean replies dense with numbers — order ids of both platforms, carrier tracking numbers
  (UPS, FedEx 4-4-4, USPS, DHL, Royal Mail, China Post, Cainiao, YunExpress …), 10-digit waybills, prices, dates,
  invoice numbers, ASINs — in 16 languages;
- **violation-dense**: the labelled corpus' violating messages, each joined with a number-heavy sentence.

Baseline, measured in the same run on the same messages: the obvious implementation — phonenumbers'
``PhoneNumberMatcher`` over the text plus one e-mail regex (fewer rules, no prefilters). Rounds are interleaved
(ours, baseline, ours, … for every set), each round ~0.3 s of CPU time; the figures are medians over the rounds.
Printed: msg/s, the ratio ours/baseline, and the ratio to the 20,000 msg/s goal. CPU time of this process, so a
shared machine's other load distorts less; expect ±10 % run to run.
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
SIZE = 600
ROUNDS = 7
SECONDS = 0.3
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

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


def typical(rng: random.Random) -> list[Message]:
    """Template replies (8 languages) and short hand-written replies (8 more), every number drawn per message."""
    from marketmsg.templates import render_reply

    out: list[Message] = []
    langs = list(LOCALES)
    while len(out) < SIZE:
        lang = langs[len(out) % len(langs)]
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
            text = render_reply(intent, order_id=order, buyer_locale=LOCALES[lang], values=values).text
        out.append(("amazon", LOCALES[lang], text))
    return out


def number_heavy(rng: random.Random) -> list[Message]:
    """Clean replies dense with ids, tracking numbers, waybills, prices and dates; both platforms."""
    out: list[Message] = []
    langs = list(LOCALES)
    while len(out) < SIZE:
        lang = langs[len(out) % len(langs)]
        platform = rng.choice(("amazon", "aliexpress"))
        order = _amazon_id(rng) if platform == "amazon" else rng.choice("8") + _digits(rng, 15)
        other = _amazon_id(rng) if platform == "amazon" else "8" + _digits(rng, 15)
        text = NUMBERS[lang].format(
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
        out.append((platform, LOCALES[lang], text))
    return out


def violation_dense(rng: random.Random) -> list[Message]:
    """Every violating corpus message, each with a number-heavy sentence of fresh digits appended."""
    rows = [r for r in load_corpus() if r["blocks"]]
    numbers = number_heavy(rng)
    out: list[Message] = []
    while len(out) < SIZE:
        row = rows[len(out) % len(rows)]
        text = row["text"] + " " + numbers[len(out) % len(numbers)][2]
        out.append((row["platform"], row["locale"], text))
    return out


def _baseline(platform: str, locale: str, text: str) -> int:
    region = locale.rsplit("-", maxsplit=1)[-1]
    found = sum(1 for _ in phonenumbers.PhoneNumberMatcher(text, region))
    return found + len(_EMAIL.findall(text))


def _ours(platform: str, locale: str, text: str) -> int:
    return len(check(text, platform=platform, locale=locale).findings)


def _round(fn: Callable[[str, str, str], int], batch: list[Message]) -> float:
    done, start = 0, time.process_time()
    while True:
        for item in batch:
            fn(*item)
        done += len(batch)
        spent = time.process_time() - start
        if spent >= SECONDS:
            return done / spent


def main() -> None:
    """Print, per set, msg/s (median of interleaved rounds), ratio to the baseline and to the 20k goal."""
    rng = random.Random(14)
    sets = {
        "typical": typical(rng),
        "number-heavy": number_heavy(rng),
        "violation-dense": violation_dense(rng),
    }
    for batch in sets.values():  # warm-up: build the lexicon, load phonenumbers metadata
        for item in batch[:50]:
            _ours(*item)
            _baseline(*item)
    ours: dict[str, list[float]] = {name: [] for name in sets}
    base: dict[str, list[float]] = {name: [] for name in sets}
    for _ in range(ROUNDS):
        for name, batch in sets.items():
            ours[name].append(_round(_ours, batch))
            base[name].append(_round(_baseline, batch))
    chars = {name: statistics.mean(len(m[2]) for m in batch) for name, batch in sets.items()}
    print(
        f"rules speed: {SIZE} distinct messages per set, 16 languages, median of {ROUNDS} interleaved rounds"
    )
    print(
        f"{'set':16} {'chars':>6} {'check() msg/s':>14} {'baseline msg/s':>15} {'ours/baseline':>14} {'ours/20k':>9}"
    )
    for name in sets:
        o, b = statistics.median(ours[name]), statistics.median(base[name])
        print(f"{name:16} {chars[name]:6.0f} {o:14,.0f} {b:15,.0f} {o / b:13.2f}x {o / GOAL:8.2f}x")


if __name__ == "__main__":
    main()
