"""Stop 41: probes of clean replies a careful seller writes, in up to 16 languages, that blocked before: the
diversion refused with the verb last ("当店への直接送金はお受けしておりません", "직접 송금하지 마세요"), the buyer's card
the seller cannot see ("我们看不到您的银行卡信息"), a payment app named at the platform's checkout ("при оформлении
заказа", "en el proceso de pago"), a headset that "funktioniert mit Skype", a refund already made before a review
request ("환불이 완료되었습니다"), "you are free to ignore it", the buyer's own 5-star review thanked, and stars that
grade a service ("five-star service", "un service 5 étoiles"). Beside each, the pitch with the same words still
blocks. And on recall: what the missing review costs the shop ("Every day without your review hurts our ranking"), or
the review said to be vital to a small shop, is pressure in 16 languages; feedback said to matter is not."""

from __future__ import annotations

import pytest

from marketmsg.rules import check


def _blocking(text: str, locale: str, platform: str = "amazon") -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}


CLEAN = [
    ("amazon", "ja-JP", "当店へ直接送金しないでください。お支払いはすべてAmazonのレジを通ります。"),
    ("amazon", "ja-JP", "当店への直接送金はお受けしておりません。"),
    ("amazon", "ko-KR", "저희에게 직접 송금하지 마세요. 모든 결제는 아마존 결제를 통해 이루어집니다."),
    ("amazon", "ko-KR", "직접 송금하지 마시고 아마존에서 결제해 주세요."),
    ("amazon", "ko-KR", "PayPal이나 계좌이체는 받을 수 없으며 아마존을 통한 결제만 가능합니다."),
    ("amazon", "ko-KR", "계좌이체는 불가능하며 아마존 결제만 가능합니다."),
    ("amazon", "zh-CN", "付款由亚马逊处理，我们从来看不到您的银行卡信息。"),
    ("amazon", "zh-CN", "我们不会查看您的银行卡信息。"),
    (
        "amazon",
        "ko-KR",
        "환불이 완료되었습니다. 시간이 되시면 구매 경험에 대한 리뷰를 남겨 주시면 감사하겠습니다.",
    ),
    ("amazon", "en-US", "Amazon may send you an email asking for a review; you are free to ignore it."),
    ("amazon", "en-US", "You are free to leave any review you like."),
    ("amazon", "de-DE", "Das Headset funktioniert mit Teams, Zoom und Skype."),
    ("aliexpress", "ru-RU", "На AliExpress можно оплатить через СБП при оформлении заказа."),
    ("aliexpress", "es-ES", "En AliExpress puede pagar con Bizum en el proceso de pago."),
    ("amazon", "en-US", "We saw your 5-star review, thank you so much!"),
    ("amazon", "nl-NL", "Hartelijk dank voor uw review met 5 sterren!"),
    ("amazon", "en-US", "We aim to give five-star service to every customer."),
    ("amazon", "en-US", "The product has a five-star safety rating."),
    ("amazon", "de-DE", "Unser Ziel ist ein 5-Sterne-Service für jeden Kunden."),
    ("amazon", "fr-FR", "Nous visons un service 5 étoiles."),
]

STILL_BLOCKED = [
    ("amazon", "ja-JP", "直接送金しませんか？その方が安くなります。", "offplatform.payment"),
    ("amazon", "ja-JP", "直接お振込みいただけないでしょうか。", "offplatform.payment"),
    ("amazon", "ja-JP", "当店へ直接送金してください。心配しないでください。", "offplatform.payment"),
    ("amazon", "ko-KR", "직접 송금하지 않으시면 주문이 취소됩니다.", "offplatform.payment"),
    ("amazon", "ko-KR", "아마존에서 결제하지 마시고 직접 송금해 주세요.", "offplatform.payment"),
    ("amazon", "zh-CN", "我们看不到您的付款，请直接转账到我们的银行卡。", "offplatform.payment"),
    (
        "amazon",
        "en-US",
        "You are free to choose: pay on Amazon or get a free gift if you leave a review.",
        "review.incentive",
    ),
    ("amazon", "en-US", "Leave a review and the gift is free to keep.", "review.incentive"),
    ("amazon", "ko-KR", "리뷰를 남겨 주시면 환불 처리해 드리겠습니다.", "review.incentive"),
    ("amazon", "ko-KR", "리뷰를 남겨 주시면 환불이 완료됩니다.", "review.incentive"),
    (
        "amazon",
        "de-DE",
        "Unser Service funktioniert mit WhatsApp am schnellsten: schreiben Sie uns dort.",
        "contact.messenger",
    ),
    ("amazon", "de-DE", "Der Kundendienst funktioniert mit WhatsApp: +49 151 23456789", "contact.messenger"),
    (
        "aliexpress",
        "ru-RU",
        "При оформлении заказа на нашем сайте оплатите через СБП, так дешевле.",
        "offplatform.payment",
    ),
    (
        "aliexpress",
        "es-ES",
        "En el proceso de pago de nuestra web puede pagar con Bizum.",
        "offplatform.payment",
    ),
    ("amazon", "en-US", "Your 5-star review would help us a lot, thanks!", "review.positive_only"),
    ("amazon", "en-US", "Please update your review to 5 stars, thank you!", "review.positive_only"),
    ("amazon", "fr-FR", "Notez notre service 5 étoiles, merci !", "review.positive_only"),
    ("amazon", "en-US", "Leave a five-star review about our service, thanks.", "review.positive_only"),
    ("amazon", "nl-NL", "Geef ons 5 sterren, bedankt!", "review.positive_only"),
    ("amazon", "nl-NL", "Wilt u uw review aanpassen naar 5 sterren? Bedankt!", "review.positive_only"),
    (
        "amazon",
        "es-ES",
        "Por favor, deje una reseña de 5 estrellas para nuestro servicio.",
        "review.positive_only",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_a_clean_reply_blocks_nothing(platform: str, locale: str, text: str) -> None:
    assert _blocking(text, locale, platform) == set()


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), STILL_BLOCKED)
def test_the_same_words_in_a_pitch_still_block(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocking(text, locale, platform)


# What a missing review costs the shop, or a review vital to a small shop: pressure in 16 languages (stop 41).
PRESSURE = [
    ("de-DE", "Jeder Tag ohne Ihre Bewertung schadet unserem Ranking."),
    ("de-DE", "Ihre Bewertung ist für unser kleines Geschäft überlebenswichtig."),
    ("fr-FR", "Chaque jour sans votre avis nuit à notre classement."),
    ("fr-FR", "Votre avis est vital pour notre petite entreprise."),
    ("es-ES", "Cada día sin su reseña perjudica nuestra posición."),
    ("es-ES", "Su reseña es vital para nuestro pequeño negocio."),
    ("it-IT", "Ogni giorno senza la sua recensione danneggia il nostro posizionamento."),
    ("it-IT", "La sua recensione è vitale per la nostra piccola attività."),
    ("pt-BR", "Não se esqueça de deixar uma avaliação!"),
    ("pt-BR", "Cada dia sem a sua avaliação prejudica o nosso ranking."),
    ("pt-BR", "Sua avaliação é vital para a nossa pequena empresa."),
    ("nl-NL", "Elke dag zonder uw review schaadt onze ranking."),
    ("nl-NL", "Uw review is van levensbelang voor ons kleine bedrijf."),
    ("pl-PL", "Zauważyliśmy, że nie wystawił Pan jeszcze opinii."),
    ("pl-PL", "Każdy dzień bez Pana opinii szkodzi naszej pozycji."),
    ("pl-PL", "Pana opinia jest kluczowa dla przetrwania naszej małej firmy."),
    ("sv-SE", "Varje dag utan ditt omdöme skadar vår ranking."),
    ("sv-SE", "Ditt omdöme är livsviktigt för vårt lilla företag."),
    ("tr-TR", "Değerlendirmeniz olmadan geçen her gün sıralamamıza zarar veriyor."),
    ("tr-TR", "Değerlendirmeniz küçük işletmemiz için hayati önem taşıyor."),
    ("ru-RU", "Каждый день без вашего отзыва вредит нашему рейтингу."),
    ("ru-RU", "Ваш отзыв жизненно важен для нашего маленького бизнеса."),
    ("ja-JP", "レビューがない日が続くと、当店のランキングが下がってしまいます。"),
    ("ja-JP", "お客様のレビューは小さな当店にとって死活問題です。"),
    ("zh-CN", "没有您的评价，我们的排名每天都在下降。"),
    ("zh-CN", "您的评价对我们小店来说至关重要。"),
    ("ko-KR", "리뷰가 없는 하루하루가 저희 순위에 타격을 줍니다."),
    ("ko-KR", "고객님의 리뷰는 저희 작은 가게에 생사가 걸린 문제입니다."),
    ("ar-AE", "كل يوم بدون تقييمك يضر بترتيبنا."),
    ("ar-AE", "تقييمك حيوي لمتجرنا الصغير."),
    ("he-IL", "כל יום בלי הביקורת שלך פוגע בדירוג שלנו."),
    ("he-IL", "הביקורת שלך חיונית לעסק הקטן שלנו."),
]

# Feedback said to matter, with no harm and no small shop at stake, and thanks for a review: no pressure.
NOT_PRESSURE = [
    ("en-US", "Reviews help our ranking, and we read every one of them."),
    ("en-US", "Your feedback is vital for us to improve our products."),
    ("en-US", "We read every review; your feedback is crucial to improving our products."),
    ("en-US", "Thank you for your review. Your feedback is essential for our team."),
    ("de-DE", "Ihr Feedback ist für uns sehr wichtig, danke für Ihre Bewertung."),
    ("fr-FR", "Merci pour votre avis, il est vital pour nous d'améliorer nos produits."),
    ("es-ES", "Gracias por su reseña; sus comentarios son vitales para nosotros para mejorar."),
    ("it-IT", "Grazie per la recensione, è vitale per noi migliorare."),
    ("ru-RU", "Спасибо за отзыв, нам жизненно важно знать мнение покупателей."),
    ("tr-TR", "Değerlendirmeniz için teşekkürler, geri bildirimleriniz bizim için hayati önem taşıyor."),
    ("ar-AE", "شكراً على تقييمك، رأيك حيوي لنا لتحسين منتجاتنا."),
    ("sv-SE", "Tack för ditt omdöme, det är livsviktigt för oss att få veta vad kunderna tycker."),
    ("pl-PL", "Nie wystawił Pan jeszcze faktury, prosimy o dane firmy."),
]


@pytest.mark.parametrize(("locale", "text"), PRESSURE)
def test_a_missing_review_said_to_hurt_the_shop_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_PRESSURE)
def test_feedback_said_to_matter_is_no_pressure(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# A reward for the review in 16 languages: a screenshot refunded, a small gift for whoever reviews (stop 41).
INCENTIVES = [
    ("amazon", "en-US", "Share your honest opinion on Amazon and receive a $10 gift card by email."),
    ("amazon", "en-US", "Customers who review our product get early access to new releases."),
    ("amazon", "en-US", "We'll upgrade you to the premium version once you've posted your feedback."),
    ("amazon", "en-US", "Send us a screenshot of your review and we'll reimburse the full price."),
    ("amazon", "en-US", "As a thank-you for your review we'll send you our new catalogue with a 20% code."),
    ("amazon", "en-US", "Leave feedback and we'll extend your warranty to 3 years."),
    ("amazon", "de-DE", "Wenn Sie uns bewerten, bekommen Sie beim nächsten Einkauf 15 % Nachlass."),
    (
        "amazon",
        "de-DE",
        "Schicken Sie uns einen Screenshot Ihrer Rezension und wir erstatten Ihnen den vollen Kaufpreis.",
    ),
    ("amazon", "de-DE", "Kunden, die uns bewerten, erhalten ein kleines Dankeschön per Post."),
    ("amazon", "fr-FR", "Envoyez-nous une capture de votre avis et nous vous remboursons intégralement."),
    ("amazon", "fr-FR", "Les clients qui laissent un avis reçoivent un petit cadeau de remerciement."),
    ("amazon", "fr-FR", "Notez-nous et recevez 15 % sur votre prochaine commande."),
    ("amazon", "es-ES", "Envíenos una captura de su reseña y le devolvemos el importe completo."),
    ("amazon", "es-ES", "Los clientes que dejan una reseña reciben un pequeño obsequio."),
    ("amazon", "es-ES", "Valórenos y reciba un 15 % en su próximo pedido."),
    ("amazon", "it-IT", "Ci invii uno screenshot della recensione e le rimborsiamo l'intero importo."),
    ("amazon", "it-IT", "I clienti che lasciano una recensione ricevono un piccolo omaggio."),
    ("amazon", "pt-BR", "Mande o print da sua avaliação e devolvemos o valor integral."),
    ("amazon", "pt-BR", "Clientes que avaliam recebem um brinde surpresa."),
    ("amazon", "nl-NL", "Stuur ons een screenshot van uw review en we betalen het volledige bedrag terug."),
    ("amazon", "nl-NL", "Klanten die een review schrijven, krijgen een klein bedankje."),
    ("amazon", "pl-PL", "Proszę przesłać zrzut ekranu opinii, a zwrócimy całą kwotę."),
    ("amazon", "pl-PL", "Klienci, którzy wystawią opinię, otrzymują mały upominek."),
    ("amazon", "sv-SE", "Skicka en skärmdump av ditt omdöme så betalar vi tillbaka hela beloppet."),
    ("amazon", "sv-SE", "Kunder som lämnar ett omdöme får en liten gåva."),
    ("amazon", "tr-TR", "Yorumunuzun ekran görüntüsünü gönderin, tüm ücreti iade edelim."),
    ("amazon", "tr-TR", "Yorum yapan müşterilerimize küçük bir sürpriz hediye gönderiyoruz."),
    ("amazon", "ru-RU", "Пришлите скриншот отзыва, и мы вернём полную стоимость."),
    ("amazon", "ru-RU", "Покупатели, оставившие отзыв, получают небольшой сувенир."),
    ("amazon", "ja-JP", "レビューのスクリーンショットを送っていただければ、全額返金いたします。"),
    ("amazon", "ja-JP", "レビューを書いてくださったお客様には、ささやかなプレゼントをお送りしています。"),
    ("amazon", "zh-CN", "把评价截图发给我们，我们全额退款。"),
    ("amazon", "zh-CN", "留下评价的顾客都会收到一份小礼物。"),
    ("amazon", "ko-KR", "리뷰 캡처를 보내주시면 전액 환불해 드립니다."),
    ("amazon", "ko-KR", "리뷰를 남겨주신 고객님께는 작은 선물을 드립니다."),
    ("amazon", "ar-AE", "أرسل لنا لقطة شاشة لتقييمك وسنعيد لك المبلغ كاملاً."),
    ("amazon", "ar-AE", "العملاء الذين يتركون تقييماً يحصلون على هدية صغيرة."),
    ("amazon", "he-IL", "שלחו לנו צילום מסך של הביקורת ונחזיר לכם את מלוא הסכום."),
    ("amazon", "he-IL", "לקוחות שמשאירים ביקורת מקבלים מתנה קטנה."),
]

# The sale or the payment taken off the platform in 16 languages: fees saved by transfer, the own site, a payment link, a wallet the seller accepts, another unit sold directly (stop 41).
DIVERSIONS = [
    ("amazon", "en-US", "You can also pay us via bank transfer and save the Amazon fees."),
    ("amazon", "en-US", "Buy it directly from our website next time, it is 10% cheaper."),
    ("amazon", "en-US", "For your next order, just message us and we will send you a payment link."),
    ("amazon", "en-US", "We accept Revolut as well if that is easier for you."),
    ("amazon", "en-US", "If you want a second unit, we can sell it to you directly at a better price."),
    ("amazon", "de-DE", "Sie können uns auch per Überweisung bezahlen und sparen sich die Amazon-Gebühren."),
    ("amazon", "de-DE", "Kaufen Sie nächstes Mal direkt auf unserer Website, dort ist es 10 % günstiger."),
    (
        "amazon",
        "de-DE",
        "Für Ihre nächste Bestellung schreiben Sie uns einfach, wir schicken Ihnen einen Zahlungslink.",
    ),
    ("amazon", "de-DE", "Wir akzeptieren auch Revolut, falls das für Sie einfacher ist."),
    (
        "amazon",
        "de-DE",
        "Wenn Sie ein zweites Gerät möchten, können wir es Ihnen direkt zu einem besseren Preis verkaufen.",
    ),
    ("amazon", "fr-FR", "Vous pouvez aussi nous payer par virement et économiser les frais d'Amazon."),
    ("amazon", "fr-FR", "La prochaine fois, achetez directement sur notre site, c'est 10 % moins cher."),
    (
        "amazon",
        "fr-FR",
        "Pour votre prochaine commande, écrivez-nous simplement et nous vous enverrons un lien de paiement.",
    ),
    ("amazon", "fr-FR", "Nous acceptons aussi Revolut si c'est plus simple pour vous."),
    (
        "amazon",
        "fr-FR",
        "Si vous voulez un deuxième appareil, nous pouvons vous le vendre directement à meilleur prix.",
    ),
    ("amazon", "es-ES", "También puede pagarnos por transferencia y ahorrarse las comisiones de Amazon."),
    ("amazon", "es-ES", "La próxima vez compre directamente en nuestra web, es un 10 % más barato."),
    ("amazon", "es-ES", "Para su próximo pedido, escríbanos y le enviaremos un enlace de pago."),
    ("amazon", "es-ES", "También aceptamos Revolut si le resulta más fácil."),
    ("amazon", "es-ES", "Si quiere una segunda unidad, podemos vendérsela directamente a mejor precio."),
    ("amazon", "it-IT", "Può anche pagarci con bonifico e risparmiare le commissioni di Amazon."),
    ("amazon", "it-IT", "La prossima volta acquisti direttamente sul nostro sito, costa il 10% in meno."),
    ("amazon", "it-IT", "Per il prossimo ordine ci scriva e le invieremo un link di pagamento."),
    ("amazon", "it-IT", "Accettiamo anche Revolut, se per lei è più comodo."),
    (
        "amazon",
        "it-IT",
        "Se desidera una seconda unità, possiamo vendergliela direttamente a un prezzo migliore.",
    ),
    ("amazon", "pt-BR", "Você também pode nos pagar por transferência e economizar as taxas da Amazon."),
    ("amazon", "pt-BR", "Da próxima vez, compre direto no nosso site, sai 10% mais barato."),
    (
        "amazon",
        "pt-BR",
        "Para o próximo pedido, é só nos mandar uma mensagem que enviamos um link de pagamento.",
    ),
    ("amazon", "pt-BR", "Também aceitamos Revolut, se for mais fácil para você."),
    (
        "amazon",
        "pt-BR",
        "Se quiser uma segunda unidade, podemos vender diretamente para você por um preço melhor.",
    ),
    ("amazon", "nl-NL", "U kunt ons ook per overschrijving betalen en de Amazon-kosten besparen."),
    ("amazon", "nl-NL", "Koop de volgende keer direct op onze website, daar is het 10% goedkoper."),
    (
        "amazon",
        "nl-NL",
        "Stuur ons voor uw volgende bestelling gewoon een bericht, dan sturen we u een betaallink.",
    ),
    ("amazon", "nl-NL", "We accepteren ook Revolut als dat makkelijker voor u is."),
    (
        "amazon",
        "nl-NL",
        "Als u een tweede exemplaar wilt, kunnen we het u rechtstreeks voor een betere prijs verkopen.",
    ),
    ("amazon", "pl-PL", "Może Pan też zapłacić nam przelewem i zaoszczędzić na opłatach Amazon."),
    ("amazon", "pl-PL", "Następnym razem proszę kupić bezpośrednio na naszej stronie, jest 10% taniej."),
    ("amazon", "pl-PL", "Przy kolejnym zamówieniu proszę do nas napisać, a wyślemy link do płatności."),
    ("amazon", "pl-PL", "Akceptujemy też Revolut, jeśli tak jest wygodniej."),
    ("amazon", "pl-PL", "Jeśli chce Pan drugą sztukę, możemy ją sprzedać bezpośrednio w lepszej cenie."),
    ("amazon", "sv-SE", "Du kan också betala oss med banköverföring och slippa Amazons avgifter."),
    ("amazon", "sv-SE", "Köp direkt på vår webbplats nästa gång, där är det 10 % billigare."),
    ("amazon", "sv-SE", "Skriv bara till oss inför nästa beställning så skickar vi en betalningslänk."),
    ("amazon", "sv-SE", "Vi tar även emot Revolut om det är enklare för dig."),
    (
        "amazon",
        "sv-SE",
        "Om du vill ha ett exemplar till kan vi sälja det direkt till dig till ett bättre pris.",
    ),
    ("amazon", "tr-TR", "Bize havale ile de ödeyebilir, Amazon ücretlerinden tasarruf edebilirsiniz."),
    ("amazon", "tr-TR", "Bir dahaki sefere doğrudan web sitemizden alın, %10 daha ucuz."),
    (
        "amazon",
        "tr-TR",
        "Bir sonraki siparişiniz için bize yazmanız yeterli, size bir ödeme bağlantısı göndeririz.",
    ),
    ("amazon", "tr-TR", "Sizin için daha kolaysa Revolut da kabul ediyoruz."),
    ("amazon", "tr-TR", "İkinci bir ürün isterseniz size doğrudan daha iyi bir fiyata satabiliriz."),
    ("amazon", "ru-RU", "Вы также можете оплатить нам банковским переводом и сэкономить на комиссии Amazon."),
    ("amazon", "ru-RU", "В следующий раз покупайте напрямую на нашем сайте, там на 10% дешевле."),
    ("amazon", "ru-RU", "Для следующего заказа просто напишите нам, и мы пришлём ссылку на оплату."),
    ("amazon", "ru-RU", "Мы также принимаем Revolut, если вам так удобнее."),
    ("amazon", "ru-RU", "Если хотите второй экземпляр, можем продать вам его напрямую по лучшей цене."),
    ("amazon", "ja-JP", "銀行振込でお支払いいただくこともでき、Amazonの手数料を節約できます。"),
    ("amazon", "ja-JP", "次回は当店のウェブサイトで直接ご購入ください。10%お安くなります。"),
    ("amazon", "ja-JP", "次回のご注文はメッセージをいただければ、お支払い用のリンクをお送りします。"),
    ("amazon", "ja-JP", "Revolutでのお支払いも承っております。"),
    ("amazon", "ja-JP", "2台目をご希望でしたら、直接お安くお譲りできます。"),
    ("amazon", "zh-CN", "您也可以通过银行转账付款给我们，省去亚马逊的手续费。"),
    ("amazon", "zh-CN", "下次直接在我们的官网购买，便宜10%。"),
    ("amazon", "zh-CN", "下次下单直接给我们发消息，我们会发给您付款链接。"),
    ("amazon", "zh-CN", "如果方便的话，我们也接受Revolut付款。"),
    ("amazon", "zh-CN", "如果您还想要一台，我们可以直接以更优惠的价格卖给您。"),
    ("amazon", "ko-KR", "계좌이체로 저희에게 직접 결제하시면 아마존 수수료를 아끼실 수 있습니다."),
    ("amazon", "ko-KR", "다음 주문은 메시지만 주시면 결제 링크를 보내드리겠습니다."),
    ("amazon", "ko-KR", "편하시다면 Revolut 결제도 받습니다."),
    ("amazon", "ko-KR", "한 대 더 원하시면 더 좋은 가격에 직접 판매해 드릴 수 있습니다."),
    ("amazon", "ar-AE", "يمكنك أيضاً الدفع لنا بتحويل بنكي وتوفير رسوم أمازون."),
    ("amazon", "ar-AE", "في المرة القادمة اشترِ مباشرة من موقعنا، السعر أقل بنسبة 10%."),
    ("amazon", "ar-AE", "لطلبك القادم راسلنا فقط وسنرسل لك رابط الدفع."),
    ("amazon", "ar-AE", "نقبل أيضاً Revolut إذا كان ذلك أسهل لك."),
    ("amazon", "ar-AE", "إذا أردت قطعة ثانية يمكننا بيعها لك مباشرة بسعر أفضل."),
    ("amazon", "he-IL", "אפשר גם לשלם לנו בהעברה בנקאית ולחסוך את העמלות של אמזון."),
    ("amazon", "he-IL", "בפעם הבאה קנו ישירות באתר שלנו, זה זול ב-10%."),
    ("amazon", "he-IL", "להזמנה הבאה פשוט שלחו לנו הודעה ונשלח לכם קישור לתשלום."),
    ("amazon", "he-IL", "אנחנו מקבלים גם Revolut אם זה נוח לכם."),
    ("amazon", "he-IL", "אם תרצו יחידה נוספת, נוכל למכור לכם ישירות במחיר טוב יותר."),
]

# Same words, on the platform: returns accepted, a carrier's payment link, gifts as a product's use, no own site (order directly on the platform).
NOT_A_DIVERSION = [
    ("amazon", "sv-SE", "Tack för ditt omdöme! Den passar perfekt som gåva."),
    ("amazon", "en-US", "Thanks for the review! It makes a great gift."),
    ("amazon", "pl-PL", "Dziękujemy za opinię! Zestaw świetnie nadaje się na upominek."),
    ("amazon", "ru-RU", "Спасибо за отзыв! Магнит — отличный сувенир."),
    (
        "amazon",
        "de-DE",
        "Ein kleines Dankeschön an alle, die uns Feedback gegeben haben: Wir haben die Anleitung verbessert.",
    ),
    ("amazon", "fr-FR", "Merci pour votre avis ; la batterie garde 80 % sur deux ans selon nos tests."),
    ("amazon", "es-ES", "Gracias por su reseña; el 95 % de los clientes recomiendan la talla normal."),
    (
        "amazon",
        "en-US",
        "Thank you for your feedback. Early access to the new firmware is open to everyone on our support page.",
    ),
    (
        "amazon",
        "nl-NL",
        "Dank voor uw review! Als klein bedankje voor uw geduld sturen we de vervanging gratis.",
    ),
    ("amazon", "en-US", "We accept returns within 30 days; please use the Amazon return centre."),
    ("amazon", "en-US", "We take care of the customs fees, nothing to pay on delivery."),
    (
        "amazon",
        "de-DE",
        "Wir akzeptieren Ihre Rücksendung gerne, bitte nutzen Sie das Amazon-Rücksendezentrum.",
    ),
    ("amazon", "en-US", "Amazon will send you a payment link if the card payment failed."),
    ("amazon", "en-US", "DHL will send you a payment link for the import duties."),
    ("amazon", "en-US", "We will send you the tracking link as soon as the parcel ships."),
    ("amazon", "en-US", "We sell directly on Amazon, so every payment goes through Amazon."),
    ("amazon", "fr-FR", "Nous acceptons volontiers votre retour via le centre de retours Amazon."),
    ("amazon", "es-ES", "Aceptamos su devolución sin problema a través de Amazon."),
    ("amazon", "ja-JP", "返品はAmazonの返品センターで承っております。"),
    ("amazon", "zh-CN", "我们接受您的退货申请，请通过亚马逊退货中心操作。"),
    ("amazon", "ko-KR", "반품은 아마존 반품 센터를 통해서만 받습니다."),
    ("amazon", "nl-NL", "Het geld is per overschrijving door Amazon teruggestort."),
    ("amazon", "pl-PL", "Napisał Pan nam, że przelew nie dotarł; zwrot wykonuje Amazon."),
    ("aliexpress", "pt-BR", "No AliExpress aceitamos pagamento por Pix no checkout."),
    ("aliexpress", "en-US", "We accept PayPal through the AliExpress checkout."),
    ("amazon", "zh-TW", "我們沒有官網，請直接在亞馬遜下單即可。"),
    ("amazon", "zh-CN", "我们没有独立站，直接在速卖通下单就可以。"),
    ("amazon", "ja-JP", "当店の公式サイトはございませんので、Amazonで直接ご注文ください。"),
    ("amazon", "ko-KR", "저희 홈페이지는 없으니 아마존에서 직접 주문해 주세요."),
    ("amazon", "zh-TW", "我們的官網只提供產品說明，購買請直接在亞馬遜下單。"),
]

# The platform named only to leave it: still blocked.
STILL_A_DIVERSION = [
    ("amazon", "ja-JP", "Amazonで直接買わずに、当店サイトで直接ご注文いただくと10%お得です。"),
    ("amazon", "ko-KR", "아마존에서 직접 주문하지 마시고 저희 홈페이지에서 주문하시면 더 저렴합니다."),
    ("amazon", "en-US", "Don't order directly on Amazon; order directly from our website and save 10%."),
    ("amazon", "de-DE", "Bestellen Sie nicht direkt über Amazon, sondern direkt bei uns per Überweisung."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), INCENTIVES)
def test_a_reward_for_the_review_is_an_incentive(platform: str, locale: str, text: str) -> None:
    assert "review.incentive" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), DIVERSIONS + STILL_A_DIVERSION)
def test_the_sale_or_payment_taken_off_the_platform_is_blocked(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), NOT_A_DIVERSION)
def test_the_same_words_on_the_platform_block_nothing(platform: str, locale: str, text: str) -> None:
    assert _blocking(text, locale, platform) == set()


def test_a_phone_number_read_out_in_lengthened_katakana_is_a_phone_number() -> None:
    # "ニー" and "ゴー", as a number is read aloud; "ニーズ" and "ゴーヤ" beside no other digit are words
    assert "contact.phone" in _blocking(
        "お電話はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチまで。", "ja-JP"
    )
    assert _blocking("ゴーヤチャンプルーのレシピをニーズに合わせて同封しました。", "ja-JP") == set()


# Promotions in 16 languages: a code for the next purchase, a sale on everything or for Black Friday, the new
# collection to look at, "you might also like our …", a newsletter (stop 41).
PROMOTIONS = [
    ("en-US", "Check out our new spring collection in our store!"),
    ("en-US", "Use code SAVE10 on your next purchase."),
    ("en-US", "Subscribe to our newsletter for exclusive offers."),
    ("en-US", "Our Black Friday sale starts tomorrow: 30% off everything!"),
    ("en-US", "You might also like our matching pillowcases."),
    ("de-DE", "Schauen Sie sich unsere neue Frühjahrskollektion in unserem Shop an!"),
    ("de-DE", "Mit dem Code SPAR10 sparen Sie bei Ihrem nächsten Einkauf."),
    ("de-DE", "Abonnieren Sie unseren Newsletter für exklusive Angebote."),
    ("de-DE", "Unser Black-Friday-Sale startet morgen: 30 % auf alles!"),
    ("de-DE", "Passend dazu gefallen Ihnen vielleicht unsere Kissenbezüge."),
    ("fr-FR", "Découvrez notre nouvelle collection de printemps dans notre boutique !"),
    ("fr-FR", "Utilisez le code PROMO10 lors de votre prochain achat."),
    ("fr-FR", "Abonnez-vous à notre newsletter pour des offres exclusives."),
    ("fr-FR", "Nos soldes du Black Friday commencent demain : -30 % sur tout !"),
    ("fr-FR", "Vous aimerez peut-être aussi nos taies d'oreiller assorties."),
    ("es-ES", "¡Descubra nuestra nueva colección de primavera en nuestra tienda!"),
    ("es-ES", "Use el código AHORRA10 en su próxima compra."),
    ("es-ES", "Suscríbase a nuestro boletín para recibir ofertas exclusivas."),
    ("es-ES", "Nuestras rebajas de Black Friday empiezan mañana: ¡30 % en todo!"),
    ("es-ES", "Quizá también le gusten nuestras fundas de almohada a juego."),
    ("it-IT", "Scopra la nostra nuova collezione primaverile nel nostro negozio!"),
    ("it-IT", "Usi il codice SCONTO10 sul suo prossimo acquisto."),
    ("it-IT", "Si iscriva alla nostra newsletter per offerte esclusive."),
    ("it-IT", "I nostri saldi del Black Friday iniziano domani: 30% su tutto!"),
    ("it-IT", "Potrebbero piacerle anche le nostre federe coordinate."),
    ("pt-BR", "Confira a nossa nova coleção de primavera na nossa loja!"),
    ("pt-BR", "Use o cupom ECONOMIZE10 na sua próxima compra."),
    ("pt-BR", "Assine a nossa newsletter para receber ofertas exclusivas."),
    ("pt-BR", "Nossa Black Friday começa amanhã: 30% de desconto em tudo!"),
    ("pt-BR", "Talvez você também goste das nossas fronhas combinando."),
    ("nl-NL", "Bekijk onze nieuwe voorjaarscollectie in onze winkel!"),
    ("nl-NL", "Gebruik de code BESPAAR10 bij uw volgende aankoop."),
    ("nl-NL", "Abonneer u op onze nieuwsbrief voor exclusieve aanbiedingen."),
    ("nl-NL", "Onze Black Friday-sale begint morgen: 30% korting op alles!"),
    ("nl-NL", "Misschien vindt u onze bijpassende kussenslopen ook leuk."),
    ("pl-PL", "Zapraszamy do obejrzenia naszej nowej kolekcji wiosennej w naszym sklepie!"),
    ("pl-PL", "Proszę użyć kodu OSZCZEDZ10 przy następnym zakupie."),
    ("pl-PL", "Zapisz się do naszego newslettera, aby otrzymywać ekskluzywne oferty."),
    ("pl-PL", "Nasza wyprzedaż Black Friday zaczyna się jutro: 30% zniżki na wszystko!"),
    ("sv-SE", "Kolla in vår nya vårkollektion i vår butik!"),
    ("sv-SE", "Använd koden SPARA10 vid ditt nästa köp."),
    ("sv-SE", "Prenumerera på vårt nyhetsbrev för exklusiva erbjudanden."),
    ("sv-SE", "Vår Black Friday-rea börjar i morgon: 30 % på allt!"),
    ("tr-TR", "Mağazamızdaki yeni bahar koleksiyonumuza göz atın!"),
    ("tr-TR", "Bir sonraki alışverişinizde INDIRIM10 kodunu kullanın."),
    ("tr-TR", "Özel fırsatlar için bültenimize abone olun."),
    ("tr-TR", "Black Friday indirimimiz yarın başlıyor: her şeyde %30!"),
    ("ru-RU", "Загляните в наш магазин — там новая весенняя коллекция!"),
    ("ru-RU", "Используйте код SKIDKA10 при следующей покупке."),
    ("ru-RU", "Подпишитесь на нашу рассылку, чтобы получать эксклюзивные предложения."),
    ("ru-RU", "Наша распродажа Black Friday начинается завтра: скидка 30% на всё!"),
    ("ja-JP", "当店の新しい春コレクションもぜひご覧ください！"),
    ("ja-JP", "次回のお買い物でクーポンコードSAVE10をご利用ください。"),
    ("ja-JP", "限定オファーはメルマガ登録でお届けします。"),
    ("ja-JP", "ブラックフライデーセールは明日から：全品30%オフ！"),
    ("zh-CN", "欢迎来我们店铺看看春季新品！"),
    ("zh-CN", "下次购物使用优惠码SAVE10。"),
    ("zh-CN", "订阅我们的新闻邮件，获取独家优惠。"),
    ("zh-CN", "我们的黑色星期五大促明天开始：全场七折！"),
    ("ko-KR", "저희 스토어에서 새로운 봄 컬렉션을 확인해 보세요!"),
    ("ko-KR", "다음 구매 시 SAVE10 코드를 사용하세요."),
    ("ko-KR", "뉴스레터를 구독하시고 단독 혜택을 받아보세요."),
    ("ko-KR", "블랙프라이데이 세일이 내일 시작됩니다: 전 품목 30% 할인!"),
    ("ar-AE", "اكتشف مجموعتنا الجديدة للربيع في متجرنا!"),
    ("ar-AE", "استخدم الرمز SAVE10 في مشترياتك القادمة."),
    ("ar-AE", "اشترك في نشرتنا البريدية لتحصل على عروض حصرية."),
    ("ar-AE", "تخفيضات الجمعة السوداء تبدأ غداً: خصم 30% على كل شيء!"),
    ("he-IL", "בואו לראות את קולקציית האביב החדשה בחנות שלנו!"),
    ("he-IL", "השתמשו בקוד SAVE10 ברכישה הבאה."),
    ("he-IL", "הירשמו לניוזלטר שלנו לקבלת מבצעים בלעדיים."),
    ("he-IL", "מבצעי הבלאק פריידי שלנו מתחילים מחר: 30% הנחה על הכול!"),
]

# A model's code, a tracking code, Black Friday as the reason for a delay, "you might also like to know": no promotion.
NOT_PROMOTIONS = [
    ("en-US", "You might also like to know that the warranty covers 24 months."),
    ("en-US", "Due to Black Friday volumes, delivery may take 2 extra days."),
    ("en-US", "Your order arrived during Black Friday week; 95% of parcels arrive within 3 days."),
    ("de-DE", "Mit dem Code AB123 auf der Unterseite können Sie das Modell bestimmen."),
    ("es-ES", "Use el código de seguimiento RR123456785ES en la web de Correos."),
    ("es-ES", "Quizás le interese saber que la garantía cubre dos años."),
    ("it-IT", "Usi il codice articolo AB1234 per trovare il ricambio."),
    ("fr-FR", "Vous aimerez aussi savoir que la garantie couvre deux ans."),
    ("ru-RU", "Посмотрите, пожалуйста, инструкцию в нашем каталоге запчастей."),
    ("tr-TR", "Ürünlerimiz hakkında bilgi için kullanım kılavuzuna göz atabilirsiniz."),
    ("pl-PL", "Proszę sprawdzić nasz sklep? Nie — proszę sprawdzić numer przesyłki w zakładce zamówień."),
    ("nl-NL", "Met de code AB1234 op de doos vindt u de handleiding online."),
    ("sv-SE", "Med koden ABC123 på kartongen hittar du rätt reservdel."),
    ("ar-AE", "الرمز AB1234 مكتوب على العلبة لتحديد الموديل."),
    ("ja-JP", "型番はコードAB1234でご確認いただけます。"),
    ("ko-KR", "신제품 교환은 아마존 반품 센터에서 확인해 보세요."),
]


@pytest.mark.parametrize(("locale", "text"), PROMOTIONS)
def test_a_promotion_blocks_on_amazon(locale: str, text: str) -> None:
    assert "marketing.promotion" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_PROMOTIONS)
def test_a_code_or_a_sale_day_that_promotes_nothing_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# Five stars or only the satisfied asked for, in 16 languages (stop 41).
POSITIVE_ONLY = [
    ("en-US", "Rate our service 5 stars, thank you."),
    ("en-US", "We only ask satisfied customers to leave a review."),
    ("en-US", "A 5-star rating would mean the world to us."),
    ("de-DE", "Bewerten Sie unseren Service mit 5 Sternen, danke."),
    ("de-DE", "Wir bitten nur zufriedene Kunden um eine Bewertung."),
    ("de-DE", "Eine 5-Sterne-Bewertung würde uns die Welt bedeuten."),
    ("fr-FR", "Notez notre service 5 étoiles, merci."),
    ("fr-FR", "Nous demandons un avis uniquement aux clients satisfaits."),
    ("fr-FR", "Une note de 5 étoiles compterait énormément pour nous."),
    ("es-ES", "Califique nuestro servicio con 5 estrellas, gracias."),
    ("es-ES", "Solo pedimos reseñas a los clientes satisfechos."),
    ("es-ES", "Una valoración de 5 estrellas significaría muchísimo para nosotros."),
    ("it-IT", "Valuti il nostro servizio con 5 stelle, grazie."),
    ("it-IT", "Chiediamo una recensione solo ai clienti soddisfatti."),
    ("it-IT", "Una valutazione a 5 stelle significherebbe tantissimo per noi."),
    ("pt-BR", "Avalie nosso atendimento com 5 estrelas, obrigado."),
    ("pt-BR", "Só pedimos avaliação para clientes satisfeitos."),
    ("pt-BR", "Uma avaliação 5 estrelas significaria muito para nós."),
    ("nl-NL", "Beoordeel onze service met 5 sterren, dank u."),
    ("nl-NL", "We vragen alleen tevreden klanten om een review."),
    ("nl-NL", "Een beoordeling van 5 sterren zou ontzettend veel voor ons betekenen."),
    ("pl-PL", "Proszę ocenić naszą obsługę na 5 gwiazdek, dziękujemy."),
    ("pl-PL", "Prosimy o opinię tylko zadowolonych klientów."),
    ("pl-PL", "Ocena 5 gwiazdek wiele by dla nas znaczyła."),
    ("sv-SE", "Betygsätt vår service med 5 stjärnor, tack."),
    ("sv-SE", "Vi ber bara nöjda kunder om ett omdöme."),
    ("sv-SE", "Ett betyg på 5 stjärnor skulle betyda enormt mycket för oss."),
    ("tr-TR", "Hizmetimize 5 yıldız verin, teşekkürler."),
    ("tr-TR", "Sadece memnun müşterilerimizden yorum istiyoruz."),
    ("tr-TR", "5 yıldızlı bir değerlendirme bizim için çok şey ifade eder."),
    ("ru-RU", "Оцените наш сервис на 5 звёзд, спасибо."),
    ("ru-RU", "Мы просим отзыв только у довольных покупателей."),
    ("ru-RU", "Оценка в 5 звёзд очень много бы для нас значила."),
    ("ja-JP", "当店のサービスを星5つで評価してください。"),
    ("ja-JP", "ご満足いただいたお客様にのみレビューをお願いしております。"),
    ("ja-JP", "星5つの評価をいただけると本当に励みになります。"),
    ("zh-CN", "请给我们的服务打五星，谢谢。"),
    ("zh-CN", "我们只邀请满意的顾客留下评价。"),
    ("zh-CN", "一个五星评价对我们意义重大。"),
    ("ko-KR", "저희 서비스를 별 5개로 평가해 주세요."),
    ("ko-KR", "만족하신 고객님께만 리뷰를 부탁드리고 있습니다."),
    ("ko-KR", "별점 5점은 저희에게 큰 의미가 있습니다."),
    ("ar-AE", "قيّم خدمتنا بخمس نجوم، شكراً."),
    ("ar-AE", "نطلب التقييم فقط من العملاء الراضين."),
    ("ar-AE", "تقييم بخمس نجوم يعني لنا الكثير."),
    ("he-IL", "דרגו את השירות שלנו ב-5 כוכבים, תודה."),
    ("he-IL", "אנחנו מבקשים ביקורת רק מלקוחות מרוצים."),
    ("he-IL", "דירוג של 5 כוכבים יהיה משמעותי מאוד עבורנו."),
]

# The review's change or removal asked for in indirect words, in 16 languages (stop 41).
CHANGES = [
    ("en-US", "We'd be grateful if you could revise your rating now that the issue is fixed."),
    ("en-US", "Is there any chance the 1-star review could come down?"),
    ("en-US", "Now that you have the replacement, maybe your stars could reflect that."),
    (
        "de-DE",
        "Wir wären dankbar, wenn Sie Ihre Bewertung jetzt, wo das Problem gelöst ist, anpassen könnten.",
    ),
    ("de-DE", "Besteht die Möglichkeit, dass die 1-Stern-Bewertung verschwindet?"),
    ("fr-FR", "Nous vous serions reconnaissants de revoir votre note maintenant que le problème est réglé."),
    ("fr-FR", "Y a-t-il une chance que l'avis à 1 étoile soit retiré ?"),
    ("es-ES", "Le agradeceríamos que revisara su valoración ahora que el problema está resuelto."),
    ("es-ES", "¿Habría alguna posibilidad de que la reseña de 1 estrella desapareciera?"),
    ("it-IT", "Le saremmo grati se potesse rivedere la sua valutazione ora che il problema è risolto."),
    ("it-IT", "C'è qualche possibilità che la recensione a 1 stella venga tolta?"),
    ("pt-BR", "Ficaríamos gratos se você pudesse rever sua avaliação agora que o problema foi resolvido."),
    ("pt-BR", "Existe alguma chance de a avaliação de 1 estrela ser retirada?"),
    ("nl-NL", "We zouden het waarderen als u uw beoordeling zou herzien nu het probleem is opgelost."),
    ("nl-NL", "Is er een kans dat de review met 1 ster verdwijnt?"),
    ("pl-PL", "Bylibyśmy wdzięczni, gdyby zechciał Pan zmienić ocenę teraz, gdy problem został rozwiązany."),
    ("pl-PL", "Czy jest szansa, że opinia z 1 gwiazdką zniknie?"),
    ("sv-SE", "Vi skulle uppskatta om du kunde se över ditt betyg nu när problemet är löst."),
    ("sv-SE", "Finns det någon chans att omdömet med 1 stjärna försvinner?"),
    ("tr-TR", "Sorun çözüldüğüne göre değerlendirmenizi gözden geçirirseniz minnettar oluruz."),
    ("tr-TR", "1 yıldızlı yorumun kalkma ihtimali var mı?"),
    ("ru-RU", "Будем благодарны, если вы пересмотрите оценку теперь, когда проблема решена."),
    ("ru-RU", "Есть ли шанс, что отзыв с 1 звездой исчезнет?"),
    ("ja-JP", "問題が解決しましたので、評価を見直していただけると幸いです。"),
    ("ja-JP", "星1のレビューを取り下げていただける可能性はありますでしょうか。"),
    ("zh-CN", "问题已经解决了，如果您能重新考虑一下评分，我们将非常感激。"),
    ("zh-CN", "那条一星评价有没有可能撤掉呢？"),
    ("ko-KR", "문제가 해결되었으니 평점을 다시 검토해 주시면 감사하겠습니다."),
    ("ko-KR", "별점 1점 리뷰를 내려주실 가능성이 있을까요?"),
    ("ar-AE", "سنكون ممتنين لو راجعت تقييمك بعد أن تم حل المشكلة."),
    ("ar-AE", "هل هناك أي فرصة لإزالة التقييم بنجمة واحدة؟"),
    ("he-IL", "נשמח אם תוכל לשקול מחדש את הדירוג עכשיו כשהבעיה נפתרה."),
    ("he-IL", "יש סיכוי שהביקורת עם כוכב אחד תרד?"),
]

# "only", "satisfied" or an imperative with thanks, asking for no top mark.
NOT_POSITIVE_ONLY = [
    ("en-US", "We only read reviews to improve; we're happy to help with anything else."),
    (
        "de-DE",
        "Wir lesen nur Bewertungen von Käufern, die zufrieden oder unzufrieden sind, mit gleicher Aufmerksamkeit.",
    ),
    ("en-US", "Please rate the delivery speed on the carrier's site; the 5-day estimate was theirs."),
    ("tr-TR", "Kargo takip numarasını buraya yazın, teşekkürler."),
]


@pytest.mark.parametrize(("locale", "text"), POSITIVE_ONLY)
def test_five_stars_or_only_the_satisfied_is_positive_only(locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), CHANGES)
def test_a_change_asked_in_indirect_words_is_a_change(locale: str, text: str) -> None:
    assert "review.change" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_POSITIVE_ONLY)
def test_only_or_satisfied_with_no_top_mark_asked_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# A free replacement or a refund beside a review request that is free, the review read about the problem fixed, any
# review the buyer wants, in 16 languages: no incentive (stop 41).
NO_BARGAIN = [
    (
        "en-US",
        "We have sent a replacement at no cost. If you would like to share your experience later, we would appreciate a review.",
    ),
    ("en-US", "We read your review about the broken zipper and have shipped a free replacement."),
    (
        "en-US",
        "We will refund you as soon as the return arrives; you can of course leave any review you want.",
    ),
    (
        "de-DE",
        "Wir haben kostenlos Ersatz geschickt. Wenn Sie später Ihre Erfahrung teilen möchten, freuen wir uns über eine Bewertung.",
    ),
    (
        "de-DE",
        "Wir haben Ihre Bewertung zum kaputten Reißverschluss gelesen und kostenlosen Ersatz verschickt.",
    ),
    (
        "de-DE",
        "Wir erstatten den Betrag, sobald die Rücksendung ankommt; natürlich können Sie jede Bewertung schreiben, die Sie möchten.",
    ),
    (
        "fr-FR",
        "Nous avons envoyé un remplacement gratuit. Si vous souhaitez partager votre expérience plus tard, un avis nous ferait plaisir.",
    ),
    (
        "fr-FR",
        "Nous avons lu votre avis sur la fermeture éclair cassée et avons expédié un remplacement gratuit.",
    ),
    (
        "fr-FR",
        "Nous vous rembourserons dès réception du retour ; vous pouvez bien sûr laisser l'avis que vous souhaitez.",
    ),
    (
        "es-ES",
        "Le hemos enviado un reemplazo sin coste. Si más adelante quiere compartir su experiencia, le agradeceríamos una reseña.",
    ),
    ("es-ES", "Leímos su reseña sobre la cremallera rota y le hemos enviado un reemplazo gratis."),
    (
        "es-ES",
        "Le reembolsaremos en cuanto llegue la devolución; por supuesto puede dejar la reseña que quiera.",
    ),
    (
        "it-IT",
        "Le abbiamo inviato una sostituzione gratuita. Se in seguito vorrà condividere la sua esperienza, apprezzeremmo una recensione.",
    ),
    (
        "it-IT",
        "Abbiamo letto la sua recensione sulla cerniera rotta e le abbiamo spedito una sostituzione gratuita.",
    ),
    (
        "it-IT",
        "La rimborseremo appena arriva il reso; naturalmente può lasciare la recensione che preferisce.",
    ),
    (
        "pt-BR",
        "Enviamos uma troca sem custo. Se depois quiser compartilhar sua experiência, agradeceríamos uma avaliação.",
    ),
    ("pt-BR", "Lemos sua avaliação sobre o zíper quebrado e enviamos uma troca grátis."),
    (
        "pt-BR",
        "Vamos reembolsar assim que a devolução chegar; claro que você pode deixar a avaliação que quiser.",
    ),
    (
        "nl-NL",
        "We hebben kosteloos een vervanging gestuurd. Als u later uw ervaring wilt delen, stellen we een review op prijs.",
    ),
    ("nl-NL", "We hebben uw review over de kapotte rits gelezen en een gratis vervanging verzonden."),
    (
        "nl-NL",
        "We betalen u terug zodra de retour binnen is; u mag natuurlijk elke review schrijven die u wilt.",
    ),
    (
        "pl-PL",
        "Wysłaliśmy bezpłatnie nowy produkt. Jeśli zechce Pan później podzielić się wrażeniami, będziemy wdzięczni za opinię.",
    ),
    ("pl-PL", "Przeczytaliśmy Pana opinię o zepsutym zamku i wysłaliśmy bezpłatną wymianę."),
    ("pl-PL", "Zwrócimy pieniądze, gdy tylko dotrze zwrot; oczywiście może Pan wystawić dowolną opinię."),
    (
        "sv-SE",
        "Vi har skickat en ersättningsvara utan kostnad. Om du vill dela din upplevelse senare uppskattar vi ett omdöme.",
    ),
    ("sv-SE", "Vi läste ditt omdöme om det trasiga dragkedjan och har skickat en kostnadsfri ersättning."),
    ("sv-SE", "Vi återbetalar så snart returen kommer fram; du får förstås skriva vilket omdöme du vill."),
    (
        "tr-TR",
        "Ücretsiz yeni ürün gönderdik. Daha sonra deneyiminizi paylaşmak isterseniz bir değerlendirme bizi mutlu eder.",
    ),
    ("tr-TR", "Bozuk fermuarla ilgili yorumunuzu okuduk ve ücretsiz yenisini gönderdik."),
    ("tr-TR", "İade ulaşır ulaşmaz ücreti geri ödeyeceğiz; elbette istediğiniz yorumu yazabilirsiniz."),
    (
        "ru-RU",
        "Мы бесплатно отправили замену. Если позже захотите поделиться впечатлениями, будем рады отзыву.",
    ),
    ("ru-RU", "Мы прочитали ваш отзыв о сломанной молнии и бесплатно отправили замену."),
    ("ru-RU", "Мы вернём деньги, как только придёт возврат; вы, конечно, можете оставить любой отзыв."),
    (
        "ja-JP",
        "無料で交換品をお送りしました。後ほどご感想をお聞かせいただけましたら、レビューをいただけると幸いです。",
    ),
    ("ja-JP", "壊れたファスナーについてのレビューを拝見し、無料で交換品を発送いたしました。"),
    ("ja-JP", "返品が届き次第返金いたします。もちろんレビューはご自由にお書きください。"),
    ("zh-CN", "我们已免费为您寄出换货。如果您之后愿意分享使用体验，欢迎留下评价。"),
    ("zh-CN", "我们看到了您关于拉链损坏的评价，已为您免费补寄新品。"),
    ("zh-CN", "退货一到我们就给您退款；当然，评价您可以随意填写。"),
    (
        "ko-KR",
        "무료로 교환품을 보내드렸습니다. 나중에 경험을 공유해 주신다면 리뷰를 남겨 주시면 감사하겠습니다.",
    ),
    ("ko-KR", "고장 난 지퍼에 대한 리뷰를 보고 무료로 교환품을 발송해 드렸습니다."),
    ("ko-KR", "반품이 도착하는 대로 환불해 드리겠습니다. 물론 리뷰는 자유롭게 작성하셔도 됩니다."),
    ("ar-AE", "أرسلنا لك بديلاً مجاناً. إذا رغبت لاحقاً في مشاركة تجربتك، يسعدنا تقييمك."),
    ("ar-AE", "قرأنا تقييمك عن السحّاب المكسور وأرسلنا لك بديلاً مجاناً."),
    ("ar-AE", "سنرد لك المبلغ فور وصول المرتجع؛ وبالطبع يمكنك كتابة أي تقييم تريده."),
    ("he-IL", "שלחנו לך מוצר חלופי ללא עלות. אם תרצה לשתף את החוויה בהמשך, נשמח לביקורת."),
    ("he-IL", "קראנו את הביקורת שלך על הרוכסן השבור ושלחנו מוצר חלופי בחינם."),
    ("he-IL", "נחזיר לך את הכסף ברגע שההחזרה תגיע; כמובן שאתה יכול לכתוב כל ביקורת שתרצה."),
]

# ... and the bargain after a "but", a change asked beside the review read, a free item still to come: still blocked.
STILL_A_BARGAIN = [
    (
        "en-US",
        "We read your review about the zipper: if you change it to 5 stars, we'll send a free replacement.",
    ),
    ("en-US", "You can leave any review you want, but if it's 5 stars we'll refund you $10."),
    ("pt-BR", "Lemos sua avaliação sobre o zíper: se mudar para 5 estrelas, enviamos uma troca grátis."),
    ("ko-KR", "리뷰를 남겨 주시면 무료로 하나 더 보내드립니다."),
    ("ko-KR", "무료로 교환품을 보내드렸습니다. 리뷰를 5점으로 수정해 주시면 추가로 쿠폰을 드립니다."),
    ("it-IT", "Può lasciare la recensione che preferisce, ma con 5 stelle le rimborsiamo 10 euro."),
]


@pytest.mark.parametrize(("locale", "text"), NO_BARGAIN)
def test_a_benefit_beside_a_free_review_is_no_incentive(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), STILL_A_BARGAIN)
def test_the_bargain_after_but_or_beside_a_change_still_blocks(locale: str, text: str) -> None:
    assert "review.incentive" in _blocking(text, locale)


# The seller's assessment of a return, a complaint or a claim named by a review word (valoración, beoordeling, ocena,
# değerlendirme, تقييم …) beside reminder words about it: no review pressure (stop 41).
ASSESSMENTS = [
    ("en-US", "Our team reviewed your case a second time and approved the refund."),
    ("en-US", "We reviewed your complaint again and we are sending a new unit."),
    ("en-US", "Thank you again for the 5-star rating!"),
    (
        "de-DE",
        "Die Bewertung Ihrer Reklamation durch unsere Technik dauert noch zwei Tage; wir erinnern das Lager erneut.",
    ),
    ("de-DE", "Die technische Bewertung Ihrer Rücksendung ist noch nicht abgeschlossen."),
    (
        "fr-FR",
        "L'évaluation de votre retour par notre atelier est toujours en cours ; nous relançons l'entrepôt.",
    ),
    (
        "es-ES",
        "La valoración técnica de su devolución sigue pendiente; volveremos a recordárselo al almacén.",
    ),
    (
        "it-IT",
        "La valutazione del reso da parte del nostro tecnico è ancora in corso; sollecitiamo di nuovo il magazzino.",
    ),
    ("pt-BR", "A avaliação técnica da sua devolução ainda está pendente; vamos lembrar o armazém novamente."),
    (
        "nl-NL",
        "De beoordeling van uw retour door onze technici loopt nog; we herinneren het magazijn er opnieuw aan.",
    ),
    ("pl-PL", "Ocena reklamacji przez naszego technika jeszcze trwa; ponownie przypomnimy magazynowi."),
    ("sv-SE", "Bedömningen av din retur pågår fortfarande; vi påminner lagret igen."),
    ("tr-TR", "Talebiniz hâlâ değerlendirmede; depoya tekrar hatırlatacağız."),
    ("ru-RU", "Оценка вашего возврата техником ещё не завершена; мы снова напомним складу."),
    ("ar-AE", "تقييم طلب الإرجاع الخاص بك لا يزال قيد المراجعة؛ سنذكّر المستودع مرة أخرى."),
    ("he-IL", "הבדיקה של ההחזרה שלך עדיין בתהליך; נזכיר שוב למחסן."),
    ("ja-JP", "返品商品の評価はまだ完了しておりません。倉庫に改めて確認いたします。"),
    ("zh-CN", "您退货商品的评估还在进行中，我们会再次催促仓库。"),
    ("ko-KR", "반품 상품 평가가 아직 진행 중입니다. 창고에 다시 한번 요청드리겠습니다."),
]

# ... and the review of the purchase, or an assessment next to a real reminder: still pressure.
STILL_PRESSURE = [
    ("es-ES", "Seguimos esperando su valoración del producto; le recordamos de nuevo que nos ayuda mucho."),
    ("pl-PL", "Ponownie przypominamy o ocenie zakupu."),
    ("nl-NL", "We herinneren u opnieuw aan de beoordeling van uw aankoop."),
    ("ru-RU", "Снова напоминаем про оценку вашего заказа."),
    ("tr-TR", "Değerlendirmenizi hâlâ bekliyoruz; tekrar hatırlatıyoruz."),
    ("en-US", "Your claim is under review. Also, we're still waiting for your product review!"),
    (
        "pt-BR",
        "A avaliação da sua devolução foi concluída. Ainda estamos esperando a sua avaliação do produto!",
    ),
]


@pytest.mark.parametrize(("locale", "text"), ASSESSMENTS)
def test_the_assessment_of_a_return_is_no_review(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), STILL_PRESSURE)
def test_a_reminder_about_the_review_of_the_purchase_is_still_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, locale)


# The benefit hung on the review ("Your compensation depends on your review") or promised after it ("Leave your
# feedback first, then we can talk about compensation"), in 16 languages (stop 41).
HUNG_ON_THE_REVIEW = [
    ("en-US", "The second half of your refund goes out after your feedback."),
    ("en-US", "Leave your feedback first, then we can talk about compensation."),
    ("en-US", "Your compensation depends on your review."),
    ("de-DE", "Die zweite Hälfte Ihrer Erstattung geht nach Ihrer Bewertung raus."),
    ("de-DE", "Hinterlassen Sie zuerst Ihre Bewertung, dann können wir über eine Entschädigung sprechen."),
    ("de-DE", "Ihre Entschädigung hängt von Ihrer Bewertung ab."),
    ("fr-FR", "La deuxième moitié de votre remboursement part après votre avis."),
    ("fr-FR", "Laissez d'abord votre avis, ensuite nous pourrons parler d'un dédommagement."),
    ("fr-FR", "Votre dédommagement dépend de votre avis."),
    ("es-ES", "La segunda mitad de su reembolso sale después de su reseña."),
    ("es-ES", "Deje primero su reseña y luego podemos hablar de una compensación."),
    ("es-ES", "Su compensación depende de su reseña."),
    ("it-IT", "La seconda metà del rimborso parte dopo la sua recensione."),
    ("it-IT", "Lasci prima la recensione, poi possiamo parlare di un risarcimento."),
    ("it-IT", "Il suo risarcimento dipende dalla sua recensione."),
    ("pt-BR", "A segunda metade do seu reembolso sai depois da sua avaliação."),
    ("pt-BR", "Deixe primeiro sua avaliação e depois falamos de uma compensação."),
    ("pt-BR", "Sua compensação depende da sua avaliação."),
    ("nl-NL", "De tweede helft van uw terugbetaling volgt na uw review."),
    ("nl-NL", "Laat eerst uw review achter, daarna kunnen we over een vergoeding praten."),
    ("nl-NL", "Uw vergoeding hangt af van uw review."),
    ("pl-PL", "Druga połowa zwrotu zostanie wysłana po Pana opinii."),
    ("pl-PL", "Proszę najpierw wystawić opinię, potem porozmawiamy o rekompensacie."),
    ("pl-PL", "Rekompensata zależy od Pana opinii."),
    ("sv-SE", "Andra halvan av din återbetalning skickas efter ditt omdöme."),
    ("sv-SE", "Lämna ditt omdöme först, sedan kan vi prata om ersättning."),
    ("sv-SE", "Din ersättning beror på ditt omdöme."),
    ("tr-TR", "Önce değerlendirmenizi bırakın, sonra tazminatı konuşabiliriz."),
    ("tr-TR", "Tazminatınız değerlendirmenize bağlı."),
    ("ru-RU", "Вторую половину возврата мы отправим после вашего отзыва."),
    ("ru-RU", "Сначала оставьте отзыв, потом поговорим о компенсации."),
    ("ru-RU", "Ваша компенсация зависит от вашего отзыва."),
    ("ja-JP", "返金の残り半分はレビューの後にお送りします。"),
    ("ja-JP", "まずレビューを書いていただき、その後で補償についてご相談しましょう。"),
    ("ja-JP", "補償はレビュー次第です。"),
    ("zh-CN", "剩下一半退款会在您评价之后发出。"),
    ("zh-CN", "请先留下评价，然后我们再谈补偿。"),
    ("zh-CN", "补偿多少取决于您的评价。"),
    ("ko-KR", "환불의 나머지 절반은 리뷰 작성 후에 보내드립니다."),
    ("ko-KR", "먼저 리뷰를 남겨 주시면 그다음에 보상을 이야기하겠습니다."),
    ("ko-KR", "보상은 리뷰에 따라 달라집니다."),
    ("ar-AE", "النصف الثاني من المبلغ المسترد سيُرسل بعد تقييمك."),
    ("ar-AE", "اترك تقييمك أولاً، ثم نتحدث عن التعويض."),
    ("ar-AE", "تعويضك يعتمد على تقييمك."),
    ("he-IL", "החצי השני של ההחזר יישלח אחרי הביקורת שלך."),
    ("he-IL", "השאר קודם ביקורת, ואז נדבר על פיצוי."),
    ("he-IL", "הפיצוי שלך תלוי בביקורת שלך."),
]

# ... and said not to depend on it: no incentive, no pressure.
NOT_HUNG_ON_THE_REVIEW = [
    ("en-US", "Your refund does not depend on your review; it is already on its way."),
    ("de-DE", "Die Erstattung hängt nicht von Ihrer Bewertung ab."),
    ("fr-FR", "Le remboursement ne dépend pas de votre avis."),
    ("es-ES", "El reembolso no depende de su reseña."),
    ("it-IT", "Il rimborso non dipende dalla sua recensione."),
    ("pt-BR", "O reembolso não depende da sua avaliação."),
    ("nl-NL", "De terugbetaling hangt niet af van uw review."),
    ("pl-PL", "Zwrot nie zależy od żadnej opinii – może Pan ocenić produkt zgodnie ze swoim doświadczeniem."),
    ("sv-SE", "Återbetalningen beror inte på ditt omdöme."),
    ("ru-RU", "Возврат не зависит от вашего отзыва."),
    ("ar-AE", "الاسترداد لا يعتمد على تقييمك."),
    ("he-IL", "ההחזר לא תלוי בביקורת שלך."),
    ("zh-CN", "退款不取决于您的评价。"),
    ("ja-JP", "返金はレビュー次第ではありません。"),
    ("ko-KR", "환불은 리뷰에 따라 달라지지 않습니다."),
    ("tr-TR", "İadeniz değerlendirmenize bağlı değil."),
    (
        "en-US",
        "Please test the product first, then leave a review; the refund for the late delivery is already on its way.",
    ),
    ("en-US", "The refund amount depends on the condition of the returned item, not on your review."),
]


@pytest.mark.parametrize(("locale", "text"), HUNG_ON_THE_REVIEW)
def test_a_benefit_hung_on_the_review_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_HUNG_ON_THE_REVIEW)
def test_a_benefit_said_not_to_depend_on_the_review_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# A bundle deal, the shop added to the buyer's favourites, the seller's other products offered, in 16 languages
# (stop 41).
SHOP_PROMOTIONS = [
    ("en-US", "Bundle deal this week: buy 2, get 1 free!"),
    ("en-US", "Add our shop to your favourites to hear about new products first."),
    ("en-US", "Our other products might interest you as well."),
    ("de-DE", "Diese Woche im Bundle: Kaufen Sie 2, erhalten Sie 1 gratis!"),
    (
        "de-DE",
        "Fügen Sie unseren Shop zu Ihren Favoriten hinzu, um als Erste von neuen Produkten zu erfahren.",
    ),
    ("de-DE", "Unsere anderen Produkte könnten Sie ebenfalls interessieren."),
    ("fr-FR", "Offre groupée cette semaine : 2 achetés, 1 offert !"),
    ("fr-FR", "Ajoutez notre boutique à vos favoris pour découvrir nos nouveautés en premier."),
    ("fr-FR", "Nos autres produits pourraient aussi vous intéresser."),
    ("es-ES", "Oferta esta semana: compre 2 y llévese 1 gratis."),
    ("es-ES", "Añada nuestra tienda a favoritos para enterarse primero de las novedades."),
    ("es-ES", "Nuestros otros productos también podrían interesarle."),
    ("it-IT", "Offerta della settimana: compri 2, il terzo è gratis!"),
    ("it-IT", "Aggiunga il nostro negozio ai preferiti per scoprire per primo le novità."),
    ("it-IT", "Anche gli altri nostri prodotti potrebbero interessarle."),
    ("pt-BR", "Promoção da semana: compre 2 e leve 3!"),
    ("pt-BR", "Adicione nossa loja aos favoritos para saber das novidades primeiro."),
    ("pt-BR", "Nossos outros produtos também podem te interessar."),
    ("nl-NL", "Deze week: koop 2, krijg er 1 gratis!"),
    ("nl-NL", "Voeg onze winkel toe aan uw favorieten om als eerste nieuwe producten te zien."),
    ("nl-NL", "Onze andere producten zijn misschien ook interessant voor u."),
    ("pl-PL", "W tym tygodniu: kup 2, trzeci gratis!"),
    ("pl-PL", "Dodaj nasz sklep do ulubionych, aby jako pierwszy poznać nowości."),
    ("pl-PL", "Nasze inne produkty również mogą Pana zainteresować."),
    ("sv-SE", "Veckans erbjudande: köp 2, få 1 gratis!"),
    ("sv-SE", "Lägg till vår butik som favorit för att se nyheter först."),
    ("sv-SE", "Våra andra produkter kan också intressera dig."),
    ("tr-TR", "Bu hafta: 2 al 1 bedava!"),
    ("tr-TR", "Yeni ürünlerden ilk siz haberdar olmak için mağazamızı favorilerinize ekleyin."),
    ("tr-TR", "Diğer ürünlerimiz de ilginizi çekebilir."),
    ("ru-RU", "На этой неделе: купите 2 — третий в подарок!"),
    ("ru-RU", "Добавьте наш магазин в избранное, чтобы первыми узнавать о новинках."),
    ("ru-RU", "Другие наши товары тоже могут вас заинтересовать."),
    ("ja-JP", "今週限定：2点購入で1点無料！"),
    ("ja-JP", "ショップをお気に入り登録して、新商品を誰よりも早くチェックしてください。"),
    ("ja-JP", "当店の他の商品もきっと気に入っていただけます。"),
    ("zh-CN", "本周活动：买二送一！"),
    ("zh-CN", "收藏我们的店铺，第一时间了解新品。"),
    ("zh-CN", "我们店里的其他商品您可能也会感兴趣。"),
    ("ko-KR", "이번 주 한정: 2개 사면 1개 무료!"),
    ("ko-KR", "저희 스토어를 즐겨찾기에 추가하시면 신상품 소식을 가장 먼저 받아보실 수 있어요."),
    ("ko-KR", "저희의 다른 상품들도 관심 있으실 거예요."),
    ("ar-AE", "عرض هذا الأسبوع: اشترِ 2 واحصل على 1 مجاناً!"),
    ("ar-AE", "أضف متجرنا إلى المفضلة لتعرف بالمنتجات الجديدة أولاً."),
    ("ar-AE", "قد تهمك منتجاتنا الأخرى أيضاً."),
    ("he-IL", "השבוע: קנו 2 וקבלו 1 במתנה!"),
    ("he-IL", "הוסיפו את החנות שלנו למועדפים כדי לשמוע ראשונים על מוצרים חדשים."),
    ("he-IL", "גם המוצרים האחרים שלנו עשויים לעניין אתכם."),
]

# Favourites, other products, a number to buy, named for something else.
NOT_SHOP_PROMOTIONS = [
    ("en-US", "You can find the order in your Amazon favourites list? No: it is in Your Orders."),
    ("en-US", "Our other products are not affected by this recall."),
    ("en-US", "Please buy 2 AA batteries for the remote; they are not included."),
    ("fr-FR", "Le magasin de votre ville ne l'a pas ? Nous l'envoyons demain."),
    ("zh-CN", "您收藏的商品已经发货了。"),
    ("ja-JP", "他の商品と一緒に発送いたしました。"),
    ("en-US", "The 3 for 2 offer was Amazon's, not ours, so the refund follows Amazon's rules."),
]


@pytest.mark.parametrize(("locale", "text"), SHOP_PROMOTIONS)
def test_a_bundle_favourites_or_other_products_are_a_promotion(locale: str, text: str) -> None:
    assert "marketing.promotion" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_SHOP_PROMOTIONS)
def test_the_same_words_about_something_else_block_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# A new product launched, in 16 languages (stop 41).
LAUNCHES = [
    ("en-US", "We have a new product launching next month, stay tuned!"),
    ("de-DE", "Nächsten Monat bringen wir ein neues Produkt heraus, bleiben Sie dran!"),
    ("fr-FR", "Nous lançons un nouveau produit le mois prochain, restez connectés !"),
    ("es-ES", "El mes que viene lanzamos un producto nuevo, ¡esté atento!"),
    ("it-IT", "Il mese prossimo lanciamo un nuovo prodotto, restate sintonizzati!"),
    ("pt-BR", "Mês que vem lançamos um produto novo, fique de olho!"),
    ("nl-NL", "Volgende maand lanceren we een nieuw product, houd ons in de gaten!"),
    ("pl-PL", "W przyszłym miesiącu wprowadzamy nowy produkt, bądźcie czujni!"),
    ("sv-SE", "Nästa månad lanserar vi en ny produkt, håll utkik!"),
    ("tr-TR", "Gelecek ay yeni bir ürün çıkarıyoruz, takipte kalın!"),
    ("ru-RU", "В следующем месяце выпускаем новый товар, следите за новостями!"),
    ("ja-JP", "来月新商品を発売します、お楽しみに！"),
    ("zh-CN", "下个月我们将推出新品，敬请期待！"),
    ("ko-KR", "다음 달에 신제품이 출시됩니다. 기대해 주세요!"),
    ("ar-AE", "سنطلق منتجاً جديداً الشهر القادم، ترقبوا!"),
    ("he-IL", "בחודש הבא אנחנו משיקים מוצר חדש, הישארו מעודכנים!"),
]

# A new item sent soon as a replacement: no promotion.
REPLACEMENTS = [
    ("en-US", "A new item will be sent to you soon as a replacement."),
    ("en-US", "We will ship you a new product next week, free of charge."),
    ("de-DE", "Wir schicken Ihnen bald ein neues Produkt als Ersatz."),
    ("fr-FR", "Nous vous enverrons bientôt un nouveau produit en remplacement."),
    ("es-ES", "Pronto le enviaremos un producto nuevo como reemplazo."),
    ("ja-JP", "近日中に新品の交換品をお送りします。"),
    ("zh-CN", "我们即将为您补发一个新品。"),
    ("ko-KR", "곧 신제품으로 교환해 드리겠습니다."),
    ("ru-RU", "Скоро отправим вам новый товар на замену."),
]


@pytest.mark.parametrize(("locale", "text"), LAUNCHES)
def test_a_new_product_launched_is_a_promotion(locale: str, text: str) -> None:
    assert "marketing.promotion" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), REPLACEMENTS)
def test_a_new_item_sent_as_a_replacement_is_no_promotion(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# The fix reflected in the review, asked with a pronoun for it (stop 41; the English form with "feedback" is Amazon's
# allowed seller-feedback notice, a warning).
REFLECTED = [
    (
        "de-DE",
        "Wenn Sie finden, dass das Problem gelöst ist, möchten Sie das vielleicht in Ihrer Bewertung widerspiegeln.",
    ),
    (
        "fr-FR",
        "Si vous estimez que le problème est résolu, vous pourriez peut-être le refléter dans votre avis.",
    ),
    ("es-ES", "Si considera que el problema está resuelto, quizá quiera reflejarlo en su reseña."),
    ("it-IT", "Se ritiene che il problema sia risolto, forse vorrà rifletterlo nella sua recensione."),
    ("pt-BR", "Se achar que o problema foi resolvido, talvez queira refletir isso na sua avaliação."),
    (
        "nl-NL",
        "Als u vindt dat het probleem is opgelost, wilt u dat misschien terug laten zien in uw review.",
    ),
    ("pl-PL", "Jeśli uważa Pan, że problem został rozwiązany, może zechce Pan odzwierciedlić to w opinii."),
    ("sv-SE", "Om du tycker att problemet är löst kanske du vill att ditt omdöme speglar det."),
    ("tr-TR", "Sorunun çözüldüğünü düşünüyorsanız, bunu yorumunuza yansıtmak isteyebilirsiniz."),
    ("ru-RU", "Если вы считаете, что проблема решена, возможно, вы захотите отразить это в своём отзыве."),
    ("ja-JP", "問題が解決したとお感じでしたら、レビューにも反映していただけますと幸いです。"),
    ("zh-CN", "如果您觉得问题已经解决，也许可以在评价中体现一下。"),
    ("ko-KR", "문제가 해결되었다고 생각하시면 리뷰에도 반영해 주시면 감사하겠습니다."),
    ("ar-AE", "إذا شعرت أن المشكلة قد حُلّت، فربما ترغب في أن يعكس تقييمك ذلك."),
    ("he-IL", "אם אתה מרגיש שהבעיה נפתרה, אולי תרצה שהביקורת שלך תשקף זאת."),
    ("en-US", "If you feel the issue is resolved, you might want to reflect that in your review."),
]


@pytest.mark.parametrize(("locale", "text"), REFLECTED)
def test_the_fix_reflected_in_the_review_is_a_change_request(locale: str, text: str) -> None:
    assert "review.change" in _blocking(text, locale)


def test_the_seller_feedback_form_of_it_is_the_allowed_notice() -> None:
    found = check(
        "If you feel the issue is resolved, you might want to reflect that in your feedback.",
        platform="amazon",
        locale="en-US",
    )
    assert not found.blocking
    assert "review.feedback_notice" in {f.rule for f in found.findings}


# English change and positive-only requests in softer words (stop 41).
SOFTER = [
    ("en-US", "We'd love it if your rating could match your experience now."),
    ("en-US", "Your 1-star review no longer seems accurate now that it works; what do you think?"),
    ("en-US", "Could you give us a second chance on your review?"),
    ("en-US", "Maybe you can add an update to your review?"),
    ("en-US", "We hope you can share a positive experience on Amazon."),
    ("en-US", "A good word from you on Amazon would help us a lot."),
    ("en-US", "If you loved it, tell others on Amazon!"),
    ("en-US", "If you're happy with it, a review would be great; if not, let us fix it first."),
    ("en-US", "Now that it's sorted, would a few more stars be fair?"),
    ("en-US", "Only leave a review if you are 100% satisfied."),
    ("en-US", "Please only rate us if everything was perfect."),
    ("en-US", "Your review still says it doesn't work; could you mention that it does now?"),
]

NOT_SOFTER = [
    ("en-US", "Many customers share a positive experience with this model; the sizing runs true."),
    ("en-US", "Thank you for your review; your experience now helps us improve the manual."),
    ("en-US", "We hope everything was perfect with your delivery."),
]


@pytest.mark.parametrize(("locale", "text"), SOFTER)
def test_a_softer_change_or_positive_only_request_still_blocks(locale: str, text: str) -> None:
    assert _blocking(text, locale) & {"review.change", "review.positive_only"}


@pytest.mark.parametrize(("locale", "text"), NOT_SOFTER)
def test_a_positive_experience_told_not_asked_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# A positive experience to share, "if you liked it, tell others", only if everything was perfect, in 15 languages
# (stop 41).
POSITIVE_IN_OTHER_WORDS = [
    ("de-DE", "Wir hoffen, Sie teilen Ihre positive Erfahrung auf Amazon."),
    ("de-DE", "Wenn es Ihnen gefallen hat, erzählen Sie es anderen auf Amazon!"),
    ("de-DE", "Bitte bewerten Sie uns nur, wenn alles perfekt war."),
    ("fr-FR", "Nous espérons que vous partagerez votre expérience positive sur Amazon."),
    ("fr-FR", "Si vous l'avez aimé, dites-le aux autres sur Amazon !"),
    ("es-ES", "Esperamos que comparta su experiencia positiva en Amazon."),
    ("es-ES", "Si le encantó, ¡cuénteselo a otros en Amazon!"),
    ("es-ES", "Por favor, valórenos solo si todo fue perfecto."),
    ("it-IT", "Speriamo che condivida la sua esperienza positiva su Amazon."),
    ("it-IT", "Se le è piaciuto, lo dica agli altri su Amazon!"),
    ("it-IT", "La preghiamo di valutarci solo se tutto è stato perfetto."),
    ("pt-BR", "Esperamos que você compartilhe sua experiência positiva na Amazon."),
    ("pt-BR", "Se você gostou, conte para os outros na Amazon!"),
    ("pt-BR", "Por favor, só nos avalie se tudo estiver perfeito."),
    ("nl-NL", "We hopen dat u uw positieve ervaring deelt op Amazon."),
    ("nl-NL", "Als het u bevalt, vertel het dan aan anderen op Amazon!"),
    ("nl-NL", "Beoordeel ons alstublieft alleen als alles perfect was."),
    ("pl-PL", "Mamy nadzieję, że podzieli się Pan pozytywnym doświadczeniem na Amazonie."),
    ("pl-PL", "Jeśli się podobało, proszę powiedzieć innym na Amazonie!"),
    ("pl-PL", "Prosimy oceniać nas tylko, jeśli wszystko było idealne."),
    ("sv-SE", "Vi hoppas att du delar din positiva upplevelse på Amazon."),
    ("sv-SE", "Om du gillade den, berätta för andra på Amazon!"),
    ("sv-SE", "Betygsätt oss bara om allt var perfekt."),
    ("tr-TR", "Olumlu deneyiminizi Amazon'da paylaşmanızı umuyoruz."),
    ("tr-TR", "Beğendiyseniz Amazon'da başkalarına da anlatın!"),
    ("tr-TR", "Lütfen bizi sadece her şey mükemmelse değerlendirin."),
    ("ru-RU", "Надеемся, вы поделитесь положительным опытом на Amazon."),
    ("ru-RU", "Если понравилось, расскажите другим на Amazon!"),
    ("ru-RU", "Пожалуйста, оценивайте нас, только если всё было идеально."),
    ("ja-JP", "Amazonで良いご体験を共有していただけると嬉しいです。"),
    ("ja-JP", "気に入っていただけたら、Amazonで他の方にも教えてください！"),
    ("ja-JP", "すべて完璧だった場合のみ評価してください。"),
    ("zh-CN", "希望您能在亚马逊上分享您的好体验。"),
    ("zh-CN", "如果您喜欢，请在亚马逊上告诉其他人！"),
    ("zh-CN", "只有在一切都完美的情况下才请给我们评价。"),
    ("ko-KR", "아마존에서 좋은 경험을 공유해 주시길 바랍니다."),
    ("ko-KR", "마음에 드셨다면 아마존에서 다른 분들께도 알려 주세요!"),
    ("ko-KR", "모든 것이 완벽했을 때만 평가해 주세요."),
    ("ar-AE", "نأمل أن تشارك تجربتك الإيجابية على أمازون."),
    ("ar-AE", "إذا أعجبك، أخبر الآخرين على أمازون!"),
    ("ar-AE", "يرجى تقييمنا فقط إذا كان كل شيء مثالياً."),
    ("he-IL", "נשמח אם תשתף את החוויה החיובית שלך באמזון."),
    ("he-IL", "אם אהבת, ספר לאחרים באמזון!"),
    ("he-IL", "אנא דרגו אותנו רק אם הכול היה מושלם."),
]

# ... told of other customers, glad if they liked it, "everything was perfect" as a fact: nothing asked.
NOT_POSITIVE_IN_OTHER_WORDS = [
    ("de-DE", "Viele Kunden teilen ihre positive Erfahrung mit diesem Modell; die Größe fällt normal aus."),
    ("de-DE", "Wenn es Ihnen gefallen hat, freut uns das sehr! Anderen Kunden empfehlen wir Größe M."),
    ("es-ES", "Muchos clientes comparten una experiencia positiva con esta talla."),
    ("fr-FR", "Si vous l'avez aimé, tant mieux ; sinon, le retour est gratuit."),
    ("it-IT", "Tutto è stato perfetto nella spedizione: solo la scatola era un po' ammaccata."),
    ("ru-RU", "Если вам понравилось, отлично; если нет, мы заменим товар."),
    ("ja-JP", "気に入っていただけたら幸いです。他の方からも同じご質問をいただいています。"),
    ("pl-PL", "Wszystko było idealne, tylko kurier się spóźnił; dziękujemy za opinię."),
]


@pytest.mark.parametrize(("locale", "text"), POSITIVE_IN_OTHER_WORDS)
def test_a_positive_review_asked_in_other_words_is_positive_only(locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_POSITIVE_IN_OTHER_WORDS)
def test_a_positive_experience_told_of_others_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()
