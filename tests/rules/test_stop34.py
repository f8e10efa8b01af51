"""Stop 34 (issue 12.6): concepts the tuning batches showed missing, each beside its allowed neighbour.

Rows written for this table (not copied from the batches), one concept per row, the allowed neighbour after it.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    # a benefit offered (can, will, would like to) a sentence or two before a review change request: an incentive too;
    # a benefit already given before the request is a change request only
    ("amazon", "en-US", "I'll issue a refund of $30 today. Once you're happy, could you update your review?", {"review.change", "review.incentive"}),
    ("amazon", "en-US", "We've issued a refund of $30 today. Once you're happy, could you update your review?", {"review.change"}),
    ("amazon", "fr-FR", "Nous pouvons rembourser 6 USD. Ensuite, pouvez-vous modifier votre évaluation ?", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Nous avons remboursé 6 USD. Pouvez-vous modifier votre évaluation ?", {"review.change"}),
    ("amazon", "it-IT", "Possiamo rimborsarti 8 € per il graffio. Poi potresti aggiornare la recensione?", {"review.change", "review.incentive"}),
    ("amazon", "pl-PL", "Możemy zwrócić 20 zł. Po otrzymaniu proszę zmienić ocenę.", {"review.change", "review.incentive"}),
    ("amazon", "nl-NL", "Wij kunnen de helft van het bedrag terugbetalen. Wilt u daarna uw review aanpassen?", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir bieten Ihnen gern 10 € Teilerstattung an. Vielleicht passen Sie danach Ihre Bewertung an?", {"review.change", "review.incentive"}),
    ("amazon", "ar-AE", "سنرسل لك قطعة بديلة مجاناً. ونرجو بعد استلامها أن تحذف التقييم السلبي.", {"review.change", "review.incentive"}),
    ("amazon", "tr-TR", "Size 50 TL iade edebiliriz. Sonrasında yorumunuzu kaldırabilir misiniz?", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir schicken Ihnen kostenlos eine neue Jacke. Sie geht morgen raus. Über ein Update Ihrer Rezension würden wir uns freuen.", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir schicken Ihnen kostenlos eine neue Jacke. Sie geht morgen mit DHL raus.", set()),
    # German change requests with words between the verb and the review, and the separable "passen … an"
    ("amazon", "de-DE", "Vielleicht ändern Sie danach Ihre Bewertung?", {"review.change"}),
    ("amazon", "de-DE", "Passen Sie doch bitte Ihre Rezension an.", {"review.change"}),
    ("amazon", "de-DE", "Bitte passen Sie die Größe an, die Bewertung der Passform ist wichtig.", set()),
    # … and named as a noun: an update, an adjustment of the review (not a feature named after reviews)
    ("amazon", "de-DE", "Eine Anpassung Ihrer 2-Sterne-Bewertung wäre aus unserer Sicht nur fair.", {"review.change"}),
    ("amazon", "de-DE", "Das Update der Bewertungsfunktion kommt von Amazon, nicht von uns.", set()),
    # more polite asks: "would you be so kind as to", "le andrebbe di", "la prego di", "nous insistons pour que"
    ("amazon", "it-IT", "La sua recensione da una stella è superata: le andrebbe di aggiornarla?", {"review.change"}),
    ("amazon", "it-IT", "Abbiamo letto la sua recensione. Sarebbe così gentile da toglierla?", {"review.change"}),
    ("amazon", "fr-FR", "Votre avis 2 étoiles nous pénalise. Nous insistons pour que vous le modifiiez.", {"review.change"}),
    ("amazon", "es-ES", "Vimos su reseña. ¿Le importaría cambiarla ahora que todo funciona?", {"review.change"}),
    ("amazon", "it-IT", "Grazie per la recensione! Le andrebbe di aggiornare l'indirizzo di consegna?", set()),
    # a star more asked of the rating already given: raising it is changing it
    ("amazon", "it-IT", "Se le va, potrebbe aggiungere una stellina alla valutazione?", {"review.change"}),
    ("amazon", "en-US", "Could you add a star or two to your rating now that it works?", {"review.change"}),
    ("amazon", "de-DE", "Jetzt, wo alles passt: ist vielleicht noch ein Stern mehr drin?", {"review.change"}),
    ("aliexpress", "ko-KR", "문제가 해결되었으니 별 하나 더 주실 수 있을까요?", {"review.change"}),
    ("amazon", "en-US", "Our team is one more star away from the award, thanks to customers like you.", set()),
    # a day set for the review, asked as a polite question
    ("aliexpress", "nl-NL", "Kunt u vandaag nog een review schrijven? Morgen is te laat.", {"review.pressure"}),
    ("aliexpress", "nl-NL", "Kunt u vandaag nog laten weten of de review-knop bij u werkt?", set()),
    # the seller's business said not to survive without the review; a product surviving something is no plea
    ("amazon", "fr-FR", "Sans avis, notre petite entreprise risque tout simplement de fermer.", {"review.pressure"}),
    ("amazon", "it-IT", "Ogni recensione per noi è vitale: senza rischiamo di non farcela.", {"review.pressure"}),
    ("amazon", "en-US", "Without your review we might not survive this year.", {"review.pressure"}),
    ("amazon", "he-IL", "בלי ביקורות חדשות ייתכן שנצטרך לסגור את העסק.", {"review.pressure"}),
    ("amazon", "de-DE", "Die Uhr kann einen Sturz aus 2 Metern überleben, wie viele Bewertungen bestätigen.", set()),
    ("amazon", "en-US", "Our reviews say the plant will survive the winter outdoors.", set()),
    # whoever reviews gets a percentage, a longer warranty in years, part of the price back
    ("amazon", "de-DE", "Wer eine Bewertung mit Foto dalässt, bekommt beim nächsten Einkauf 10 %.", {"review.incentive"}),
    ("amazon", "de-DE", "Wer eine Rezension hinterlässt, erhält statt 2 Jahren ganze 3 Jahre Garantie.", {"review.incentive"}),
    ("amazon", "en-US", "Customers who share a review on Amazon can have the warranty extended to 24 months at no cost.", {"review.incentive"}),
    ("amazon", "ru-RU", "Авторам отзывов мы возвращаем часть стоимости.", {"review.incentive"}),
    ("amazon", "en-US", "Customers who left a review get 100% of their questions answered within a day.", set()),
    # crypto taken as payment, more wallets and bank transfers (Wise, Binance Pay, FPS, 對公轉賬), the bank account itself,
    # and the seller's own refund in more words ("te devolvo", "можем сразу вернуть", "환불해 드리겠습니다")
    ("aliexpress", "zh-CN", "大货可以走线下，支持USDT和对公转账。", {"offplatform.payment"}),
    ("aliexpress", "es-MX", "Aceptamos Binance Pay o USDT y el precio baja.", {"offplatform.payment"}),
    ("aliexpress", "zh-HK", "麻煩你用轉數快（FPS）直接過數俾我哋。", {"offplatform.payment"}),
    ("aliexpress", "sv-SE", "Vi betalar tillbaka 150 kr till ditt bankkonto direkt.", {"offplatform.payment"}),
    ("aliexpress", "pt-BR", "Feche a disputa que eu te devolvo o dinheiro no Pix hoje mesmo.", {"offplatform.payment"}),
    ("amazon", "ru-RU", "Мы можем сразу вернуть вам 10 евро на карту.", {"offplatform.payment"}),
    ("amazon", "ko-KR", "바로 1만 5천 원을 계좌이체로 환불해 드리겠습니다.", {"offplatform.payment"}),
    ("amazon", "en-US", "This Bitcoin-themed mug is dishwasher safe.", set()),
    ("amazon", "en-US", "We never accept crypto or gift cards as payment.", set()),
    ("amazon", "en-US", "Amazon refunds to your bank account within 5 days; please contact us if it does not arrive.", set()),
    # no benefit for the buyer: the writer's own bonus, a salary docked ("يخصم من راتبي"), "por favor" read as "for"
    ("aliexpress", "en-AU", "Please leave feedback today: if my reviews are low I lose my bonus.", {"review.pressure"}),
    ("aliexpress", "ar-AE", "مديري يراجع التقييمات كل يوم، وإذا ما وصلني تقييمك اليوم راح يخصم من راتبي.", {"review.pressure"}),
    ("aliexpress", "es-MX", "Ya recibiste el reembolso, por favor modifica tu comentario.", {"review.change"}),
    ("aliexpress", "en-US", "If you leave a review you get a bonus gift card.", {"review.incentive"}),
    # no change asked: "in exchange for" (in cambio di, a cambio de), who writes a five-star review (yorum yapan), photos
    # praised beside the review, the seller fixing things (исправим), a review left unchanged (bez zmian), a refund
    # unrelated to it (غير مرتبط), a trade refused after the match where the verb comes last
    ("amazon", "it-IT", "In cambio di una recensione a 5 stelle le spediamo in omaggio un set di federe.", {"review.incentive", "review.positive_only"}),
    ("aliexpress", "tr-TR", "5 yıldızlı yorum yapan müşterilerimize 3 dolarlık kupon hediye ediyoruz.", {"review.incentive", "review.positive_only"}),
    ("aliexpress", "ru-RU", "Спасибо за тёплый отзыв и красивые фото!", set()),
    ("amazon", "ru-RU", "Если что-то не так, сначала напишите нам — мы всё исправим, а отзыв оставьте как есть.", set()),
    ("amazon", "pl-PL", "Zwrot nie ma związku z Pani opinią; może ją Pani zostawić bez zmian.", set()),
    ("amazon", "ar-SA", "تم تنفيذ استرداد المبلغ، وهو غير مرتبط بتقييمك بأي شكل.", set()),
    ("aliexpress", "ko-KR", "죄송하지만 평가 수정 대가로 할인이나 보상을 드릴 수는 없습니다.", set()),
    ("aliexpress", "ko-KR", "평가 수정해 주시면 할인해 드릴게요.", {"review.change", "review.incentive"}),
    ("amazon", "es-ES", "¿Puede cambiar su reseña a 5 estrellas?", {"review.change", "review.positive_only"}),
    # no pressure: "we await your 5 stars" (bekliyoruz), something going wrong again (снова будет не так), the
    # parcel not arrived yet (ainda não chegou, لم يصل بعد), "take one more look" (다시 봐주시면: a change request)
    ("amazon", "tr-TR", "Memnun kaldıysanız 5 yıldızlı değerlendirmenizi bekliyoruz.", {"review.positive_only"}),
    ("amazon", "tr-TR", "Değerlendirmenizi hâlâ bekliyoruz, lütfen bugün yazın.", {"review.pressure"}),
    ("amazon", "ru-RU", "Если что-то снова будет не так, сначала напишите нам, а не в отзыв.", set()),
    ("aliexpress", "ko-KR", "이제 해결됐으니 별점 한 번만 다시 봐주시면 감사하겠습니다.", {"review.change"}),
    # no incentive: a refund already made ("remboursement effectué"), the buyer's own offer reported back
    ("amazon", "fr-FR", "Suite au remboursement intégral effectué ce jour par Amazon, pourriez-vous supprimer l'évaluation ?", {"review.change"}),
    ("amazon", "fr-FR", "Une fois l'évaluation supprimée, le remboursement sera effectué.", {"review.change", "review.incentive"}),
    ("amazon", "pt-BR", "Recebemos sua mensagem dizendo que mudaria a avaliação se fizéssemos o reembolso. Não é necessário.", set()),
    # a price in brackets after a phone number is no part of it; a price alone stays no phone
    ("aliexpress", "pl-PL", "Proszę dzwonić na telefon 512 448 903 (149 zł).", {"contact.phone"}),
    ("amazon", "en-US", "The kit costs 1 299 (149 zł) today.", set()),
    # what stands on the product page asked to tell the rest of the story: a change asked without naming the review
    ("amazon", "en-US", "Once it works, we'd be grateful if what's up on the page could tell the rest of the story.", {"review.change"}),
    ("amazon", "en-US", "The full story of our brand is on the product page, if you're curious.", set()),
    # the steps of a paid review across lines: the review asked, the proof (a screenshot, the reviewer name), a benefit
    ("amazon", "en-US", "GET A FREE GIFT!\n1. Leave your honest review on Amazon\n2. Email us a screenshot\n3. We ship your free lid set", {"review.incentive"}),
    ("amazon", "en-US", "Fancy a free filter? Just leave your review, reply with your reviewer name, and we'll post one out.", {"review.incentive"}),
    ("amazon", "en-US", "Thanks for your review! If the app shows an error, send us a screenshot and we'll send a free replacement.", set()),
    # Portuguese: the review hidden (esconder ele), the infinitive before an enclitic pronoun (alterá-la), "se considerasse"
    ("aliexpress", "pt-BR", "Vimos seu comentário. Você pode esconder ele?", {"review.change"}),
    ("amazon", "pt-BR", "Sobre sua avaliação, ficaríamos felizes se considerasse alterá-la depois que chegar.", {"review.change"}),
    ("amazon", "pt-BR", "Obrigada pela sua avaliação! Se quiser alterá-la, é com você.", set()),
    ("amazon", "pt-PT", "A tampa pode esconder o cabo se a retirar da base.", set()),
    # confirming receipt: the goods checked first ("check … before you confirm"), "when you have the parcel in your hands",
    # a confirmation already made (구매확정은 해주셨는데) — and still early when "before" follows the confirmation
    ("aliexpress", "sv-SE", "Kolla gärna att allt stämmer innan du bekräftar mottagandet.", set()),
    ("aliexpress", "en-US", "Please check everything before you confirm receipt.", set()),
    ("aliexpress", "es-ES", "Confirma la recepción únicamente cuando ya tengas el paquete en tus manos.", set()),
    ("aliexpress", "ko-KR", "구매확정은 해주셨는데 후기는 아직이에요.", set()),
    ("aliexpress", "sv-SE", "Kolla spårningen och bekräfta mottagandet innan paketet kommer.", {"order.confirm_receipt_early"}),
    ("aliexpress", "en-US", "Check the tracking and confirm receipt before it arrives so we get paid.", {"order.confirm_receipt_early"}),
    # the haste belongs to the confirmation before "and" ("confirme … hoje mesmo e deixe 5 estrelas"), the "not yet" to
    # the parcel (아직 배송 중, henüz gelmediyse): no review pressure; a day after the review ask still presses
    ("aliexpress", "pt-BR", "Por favor, confirme o recebimento hoje mesmo e deixe 5 estrelas!", {"order.confirm_receipt_early", "review.positive_only"}),
    ("aliexpress", "ko-KR", "택배가 아직 배송 중이지만 지금 수령 확인 눌러 주세요.", {"order.confirm_receipt_early"}),
    ("amazon", "en-US", "Please leave your review today and thanks!", {"review.pressure"}),
    ("aliexpress", "tr-TR", "Henüz yorum yapmadınız, lütfen yorum yapın.", {"review.pressure"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_stop34_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules
