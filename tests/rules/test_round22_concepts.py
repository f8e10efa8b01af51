"""Round 22 (issue 12.6): the concepts two blind batches (AC, AD) found missing, each beside a clean neighbour.

- a rating asked to become five stars ("change to 5 star", "si nos subís a 5", "星5に変更", "改成好评");
- the old review called out of date, as a statement or a rhetorical question, and fairness invoked for it;
- the seller counting their own messages, or naming what the buyer's silence costs them, beside the review;
- review gating in sixteen languages: the unhappy buyer sent to the seller before, or instead of, the review;
- a benefit named before "for customers who" review, and "we will then give you" after the review asked for;
- off-platform payment in the words the batches used (Wise, Lydia, BLIK to a phone number, 转到我们支付宝, a Zelle
  username, the seller's own shop with its address between it and the lower price);
- change requests in the subjunctive or with the review as a pronoun or a compound ("que vous mettiez à jour vos
  étoiles", "agradecíamos que revisse o comentário", "Ihre negative Produktbewertung zu entfernen").
Rows written for this table.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    # five stars as the target of a change
    ("aliexpress", "en-US", "hello dear, you can help update rating to 5 star? thank you so much", {"review.change", "review.positive_only"}),
    ("aliexpress", "es-AR", "Che, ¿nos podés subir a 5 la calificación? Gracias!", {"review.change", "review.positive_only"}),
    ("amazon", "ja-JP", "お手数ですが、星2の評価を星5に変更していただけますと幸いです。", {"review.change", "review.positive_only"}),
    ("aliexpress", "zh-CN", "亲，麻烦把差评改成好评，谢谢！", {"review.change", "review.positive_only"}),
    ("aliexpress", "en-US", "The price drops from 15 to 5 dollars tomorrow, and the lamp is rated IP65.", set()),
    # the old review out of date, fairness
    ("amazon", "en-GB", "Now that the kettle has been replaced, isn't your old review a little out of date?", {"review.change"}),
    ("amazon", "it-IT", "Il nuovo caricatore funziona: il vecchio commento non le sembra superato?", {"review.change"}),
    ("amazon", "en-US", "The old charger model is outdated, so we sent you the new one free of charge.", set()),
    ("amazon", "pt-BR", "Agora que tudo foi resolvido, seria justo que a sua avaliação mostrasse isso.", {"review.change"}),
    ("amazon", "pt-BR", "Seria justo devolver o valor do frete, então já fizemos o reembolso.", set()),
    # pressure: counted messages, what silence costs
    ("aliexpress", "es-MX", "Es la tercera vez que le escribimos: por favor deje su reseña hoy.", {"review.pressure"}),
    ("amazon", "he-IL", "סליחה שאני כותב בפעם השלישית, אבל עדיין לא קיבלנו ממך ביקורת.", {"review.pressure"}),
    ("aliexpress", "es-MX", "Es la tercera vez que el paquete regresa al almacén; lo enviaremos de nuevo hoy.", set()),
    # review gating
    ("amazon", "nl-NL", "Tevreden? Laat een review achter! Niet tevreden? Neem eerst contact op in plaats van een review te plaatsen.", {"review.positive_only"}),
    ("amazon", "ko-KR", "불편하신 점이 있으시면 리뷰 작성 전에 먼저 연락 주세요.", {"review.positive_only"}),
    ("amazon", "ru-RU", "Если что-то не так, напишите нам, прежде чем оставить отзыв.", {"review.positive_only"}),
    ("amazon", "nl-NL", "U mag altijd een review plaatsen; contact met ons opnemen hoeft niet in plaats van een review.", set()),
    # a benefit, then who gets it; "then" after the ask
    ("amazon", "en-US", "A free cleaning kit is available for customers who leave a review of the vacuum.", {"review.incentive"}),
    ("amazon", "en-US", "Please leave us a review and send the link here. We will then send you a $5 gift card.", {"review.incentive"}),
    ("amazon", "en-US", "A free cleaning kit ships with every order, and reviews from customers help us improve.", set()),
    # off-platform payment
    ("aliexpress", "fr-FR", "Pour la différence, vous pouvez payer direct par Wise, c'est plus simple.", {"offplatform.payment"}),
    ("aliexpress", "pl-PL", "Dopłatę zrób BLIKiem na mój numer, będzie szybciej.", {"offplatform.payment"}),
    ("aliexpress", "zh-CN", "差价直接转到我们支付宝就行，不用再下单。", {"offplatform.payment"}),
    ("amazon", "en-US", "Send us your Venmo username and we'll refund you directly.", {"offplatform.payment"}),
    ("amazon", "de-DE", "Gleiche Kerzen gibt es in unserem eigenen Onlineshop kerzen-hof.de – dort 10 % günstiger.", {"contact.url", "offplatform.payment"}),
    ("aliexpress", "zh-CN", "请在速卖通订单页面用支付宝完成付款，我们收到后马上发货。", set()),
    # change requests: subjunctive, compounds, articles
    ("amazon", "fr-FR", "Ça nous aiderait beaucoup que vous mettiez à jour vos étoiles.", {"review.change"}),
    ("amazon", "pt-PT", "Agradecíamos que revisse o comentário que deixou na página do produto.", {"review.change"}),
    ("amazon", "de-DE", "Wir bitten Sie, Ihre negative Produktbewertung zu entfernen.", {"review.change"}),
    ("amazon", "de-DE", "Wir bitten Sie, die Schutzfolie vor dem ersten Gebrauch zu entfernen.", set()),
    ("amazon", "ru-RU", "Пожалуйста, нажмите подтверждение получения сейчас, посылка ещё в пути.", set()),
    ("aliexpress", "ru-RU", "Пожалуйста, нажмите подтверждение получения сейчас, посылка ещё в пути.", {"order.confirm_receipt_early"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_round22_concepts_and_their_neighbours(
    platform: str, locale: str, text: str, rules: set[str]
) -> None:
    assert _blocks(text, platform, locale) == rules
