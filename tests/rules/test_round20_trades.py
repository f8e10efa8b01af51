"""Round 20 (issue 12.6): trades said without a request word, draws for reviews, and the seller's own web address.

- "it" taken away as the *condition* of a promise, right after the review was named ("We saw your 1 star feedback. We
  can refund you 5 USD if you delete it."): a change request and an incentive, bound to the promise in its clause so
  "If you remove it, rinse it" about a lid stays clean;
- a prize draw the review enters the buyer into, whoever is named ("leave a review and you're entered into our
  raffle");
- the condition asked as a question and the reward in the answer ("Leave us a review? Then you'll get a voucher");
- a gift packed into the next parcel for a review ("legen wir … bei");
- buying at a www address of the seller's own, or "directly" ("order the filters directly at www.…"), not at the
  platform's own address, nor a tracking page.

Sources: compensation for reviews and asking to change one (shared/platforms/amazon.md §5.1; aliexpress.md §8);
diverting buyers off the platform (Amazon Prohibited Seller Activities, help node 200414320; AliExpress §8). The rows
were written for this table.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    # the trade with "if" instead of "please"
    ("aliexpress", "en-US", "Hello, we read your negative feedback. We will refund 4 dollars if you remove it.", {"review.change", "review.incentive"}),
    ("aliexpress", "en-GB", "We noticed the 2 star review. If you delete it, we will send you a free case.", {"review.change", "review.incentive"}),
    ("aliexpress", "es-ES", "Vimos su reseña de una estrella. Le devolvemos el envío si la borra.", {"review.change", "review.incentive"}),
    ("aliexpress", "es-MX", "Ya vimos tu opinión negativa. Si la borras te hacemos un descuento en tu próxima compra.", {"review.change", "review.incentive"}),
    ("aliexpress", "it-IT", "Abbiamo letto la sua recensione negativa. Le rimborsiamo 5 euro se la cancella.", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir haben Ihre Bewertung gelesen. Wenn Sie sie löschen, erstatten wir Ihnen den vollen Preis.", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Nous avons vu votre avis négatif. Si vous le supprimez, nous vous enverrons un chargeur neuf.", {"review.change", "review.incentive"}),
    # a prize draw for a review
    ("amazon", "en-US", "Leave a review of your blender and you're entered into our monthly raffle for a $100 gift card.", {"review.incentive"}),
    ("amazon", "de-DE", "Wer eine Bewertung schreibt, nimmt automatisch an unserem Gewinnspiel teil.", {"review.incentive"}),
    ("aliexpress", "es-ES", "Deja tu opinión con foto y participa en el sorteo de un patinete eléctrico.", {"review.incentive"}),
    ("aliexpress", "pt-BR", "Avalie o produto e participe do sorteio de um fone de ouvido.", {"review.incentive"}),
    ("aliexpress", "ru-RU", "Оставьте отзыв и участвуйте в розыгрыше нового смартфона!", {"review.incentive"}),
    # the condition asked as a question
    ("amazon", "en-GB", "Leave us a review with a photo? Then you'll get a £5 voucher for your next order.", {"review.incentive"}),
    ("amazon", "de-DE", "Sie schreiben uns eine Bewertung? Dann schicken wir Ihnen gratis ein zweites Kabel.", {"review.incentive"}),
    ("aliexpress", "nl-NL", "Schrijft u een review met foto? Dan krijgt u een kortingscode van 3 euro.", {"review.incentive"}),
    # a gift packed into the next parcel
    ("amazon", "de-DE", "Wenn Sie uns eine Bewertung hinterlassen, legen wir Ihrer nächsten Lieferung einen Gutschein bei.", {"review.incentive"}),
    # the seller's own address
    ("amazon", "en-US", "Next time you can order the filters directly at www.aquapure-filters.com and skip the wait.", {"offplatform.payment", "contact.url"}),
    ("amazon", "de-DE", "Ersatzbürsten können Sie direkt bei uns unter www.zahnpflege-shop.de bestellen.", {"offplatform.payment", "contact.url"}),
    ("amazon", "ja-JP", "交換用フィルターは当店の公式サイト（www.mizu-filter.jp）でご購入いただけます。", {"offplatform.payment", "contact.url"}),
]  # fmt: skip

CLEAN = [
    ("aliexpress", "en-US", "Thanks for your review about the lid. If you remove it, rinse it in warm water."),
    ("amazon", "en-US", "Did you leave a review? Then you will get the answer from the manufacturer there."),
    ("amazon", "en-US", "You can order a new filter on www.amazon.com directly from the product page."),
    ("amazon", "en-US", "Your parcel is on its way; the order was handed to the carrier today, tell me if it is late."),
    ("amazon", "de-DE", "Das Gewinnspiel des Herstellers läuft noch bis Freitag, die Teilnahme ist unabhängig von Ihrer Bestellung."),
    ("aliexpress", "es-ES", "Si la tapa le molesta, puede quitarla y lavarla con agua tibia."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_trade_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
