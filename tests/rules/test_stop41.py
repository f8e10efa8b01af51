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
    assert "contact.phone" in _blocking("お電話はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチまで。", "ja-JP")
    assert _blocking("ゴーヤチャンプルーのレシピをニーズに合わせて同封しました。", "ja-JP") == set()
