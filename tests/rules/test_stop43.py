"""Stop 43: probes in 16 languages of what eight blind tuning batches (DM–DT; tests/data) showed the checker
missing or blocking wrongly, each beside clean replies with the same words.

Positive-only: the buyer told to write "instead of" reviewing; the happy question before the ask ("Happy with your
order? Tell the world with a review!"); the five-star adjective of a review; a bad review threatened with a
consequence; not to be punished with a bad review. Pressure: deadlines after the tú imperative, the Gulf "you add", the
Hebrew future, a numeric date, "в течение N дней", the rate verb alone, and the review asked as "yours" or "it"; a bad
review threatened with a withheld refund, warranty or order, lawyers, a blacklist or a reported account; the seller's
messages counted with a writing verb. Incentive: the trade said as a pair ("we refund you 100 % and you update your
review"), a gift promised right after the ask. Payment: a bank account handed over to pay into ("the account below"),
the difference paid straight to the seller by an app, the shop on another marketplace, "without the platform" as
sellers say it, money sent to the buyer's account or by Alipay. Phones and messengers: look-alike digits after
WhatsApp's slang spellings, "me add no whats", "Télégram", "LINE追加". Clean: the change said not to be needed (13 of
16 languages blocked before), the buyer's own past change thanked, the review that helped fix the manual, messenger
refusals (the verb far back or last, the app named then refused), the buyer's own request or offer reported and
refused, a factory-installed app, scam warnings of fake e-mails and texts, "No pague fuera de la plataforma", Pix offered
by the platform's own payment, the review "whether happy or not" after a liking question, the tracking number "sent
twice", "three times brighter", a refund to the account the buyer paid with, the Italian "stelle" inside "bestellen",
thanks for a review followed by an unrelated return deadline or gift."""

from __future__ import annotations

import pytest

from marketmsg.rules import check


def _blocking(text: str, locale: str, platform: str) -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}


POSITIVE_ONLY = [
    ("amazon", "en-US", "If something is not right, please contact us instead of writing a review."),
    (
        "amazon",
        "de-DE",
        "Wenn etwas nicht stimmt, schreiben Sie uns bitte, anstatt eine Bewertung abzugeben.",
    ),
    ("amazon", "fr-FR", "Si quelque chose ne va pas, contactez-nous au lieu de laisser un avis."),
    ("amazon", "es-ES", "Si algo no está bien, contáctenos en vez de dejar una reseña."),
    ("amazon", "it-IT", "Se qualcosa non va, ci contatti invece di lasciare una recensione."),
    ("amazon", "pt-BR", "Se algo não estiver certo, fale conosco em vez de deixar uma avaliação."),
    (
        "amazon",
        "nl-NL",
        "Als er iets niet klopt, neem dan contact met ons op in plaats van een review te schrijven.",
    ),
    ("amazon", "pl-PL", "Jeśli coś jest nie tak, prosimy o kontakt zamiast wystawiania opinii."),
    ("amazon", "sv-SE", "Om något inte stämmer, kontakta oss istället för att lämna ett omdöme."),
    ("amazon", "tr-TR", "Bir sorun varsa yorum yazmak yerine lütfen bize yazın."),
    ("amazon", "ru-RU", "Если что-то не так, напишите нам вместо того чтобы оставлять отзыв."),
    ("amazon", "ar-AE", "إذا كانت هناك مشكلة، تواصل معنا بدلاً من كتابة تقييم."),
    ("amazon", "he-IL", "אם משהו לא תקין, פנו אלינו במקום לכתוב ביקורת."),
    ("amazon", "ja-JP", "何か問題があれば、レビューを書く代わりにご連絡ください。"),
    ("amazon", "ko-KR", "문제가 있으면 리뷰를 쓰는 대신 저희에게 연락 주세요."),
    ("amazon", "zh-CN", "如有问题，请联系我们，而不是留下差评。"),
    ("amazon", "en-US", "If you're happy with it, we'd love a five-star rating."),
    ("amazon", "de-DE", "Wenn Sie zufrieden sind, freuen wir uns über eine Fünf-Sterne-Bewertung."),
    ("amazon", "pl-PL", "Jeżeli produkt spełnił Pana oczekiwania, bardzo prosimy o ocenę pięciogwiazdkową."),
    ("amazon", "ru-RU", "Будем рады пятизвёздочному отзыву!"),
    ("amazon", "sv-SE", "Vi blir glada för ett femstjärnigt betyg."),
    ("amazon", "nl-NL", "We zouden blij zijn met een vijfsterrenreview."),
    ("amazon", "it-IT", "Saremmo felici di ricevere una recensione a cinque stelle."),
    ("amazon", "es-ES", "Nos encantaría recibir una valoración de cinco estrellas."),
    ("amazon", "tr-TR", "Beş yıldızlı bir değerlendirme bizi çok mutlu eder."),
    ("amazon", "he-IL", "נשמח לביקורת של חמישה כוכבים."),
    ("amazon", "ko-KR", "별 다섯 개 리뷰 부탁드립니다."),
    ("amazon", "ja-JP", "星5つのレビューをいただけると嬉しいです。"),
    ("amazon", "zh-CN", "希望您给个五星好评。"),
    ("amazon", "fr-FR", "Nous serions ravis d'avoir un avis cinq étoiles."),
    ("amazon", "pt-BR", "Ficaríamos felizes com uma avaliação cinco estrelas."),
    ("amazon", "ar-AE", "يسعدنا تقييم خمس نجوم."),
    ("amazon", "en-US", "Happy with your order? Tell the world with a review!"),
    ("amazon", "en-US", "Loving your new lamp? We'd be grateful for a quick review."),
    ("amazon", "de-DE", "Zufrieden mit Ihrer Bestellung? Dann freuen wir uns über eine Bewertung!"),
    ("amazon", "fr-FR", "Satisfait de votre commande ? Laissez-nous un avis !"),
    ("amazon", "es-ES", "¿Contento con tu pedido? ¡Déjanos una reseña!"),
    ("amazon", "it-IT", "Soddisfatto del tuo ordine? Lasciaci una recensione!"),
    ("amazon", "pt-BR", "Gostou do produto? Deixe sua avaliação!"),
    ("amazon", "nl-NL", "Tevreden met uw bestelling? Laat dan een review achter!"),
    ("amazon", "pl-PL", "Zadowolony z zamówienia? Zostaw nam opinię!"),
    ("amazon", "sv-SE", "Nöjd med din beställning? Lämna gärna ett omdöme!"),
    ("amazon", "tr-TR", "Siparişinizden memnun musunuz? Bize bir yorum bırakın!"),
    ("amazon", "ru-RU", "Довольны заказом? Оставьте нам отзыв!"),
    ("amazon", "ar-AE", "هل أنت راضٍ عن طلبك؟ اترك لنا تقييماً!"),
    ("amazon", "he-IL", "מרוצים מההזמנה? השאירו לנו ביקורת!"),
    ("amazon", "ja-JP", "商品にご満足いただけましたか？ぜひレビューをお願いします！"),
    ("amazon", "ko-KR", "주문에 만족하셨나요? 리뷰를 남겨주세요!"),
    ("amazon", "zh-CN", "对商品满意吗？请给我们留个评价吧！"),
    ("amazon", "pt-BR", "Se ficou feliz com o resultado, deixa uma avaliação pra gente?"),
    ("amazon", "it-IT", "Se il prodotto Le è piaciuto ci farebbe felici raccontarlo in una recensione."),
    ("amazon", "he-IL", "אם משהו לא בסדר, תכתוב לנו קודם במקום להשאיר ביקורת שלילית."),
    ("amazon", "en-US", "Please don't punish us with a bad review for the courier's delay."),
    (
        "amazon",
        "de-DE",
        "Bitte bestrafen Sie uns nicht mit einer schlechten Bewertung dafür, wir konnten nichts tun.",
    ),
    (
        "amazon",
        "fr-FR",
        "Merci de ne pas nous pénaliser avec une mauvaise note pour le retard du transporteur.",
    ),
    ("amazon", "es-ES", "Por favor, no nos castigue con una mala reseña por el retraso de la mensajería."),
    (
        "amazon",
        "it-IT",
        "La preghiamo di non penalizzarci con una recensione negativa per il ritardo del corriere.",
    ),
    ("amazon", "pt-BR", "Por favor, não nos puna com uma avaliação ruim pelo atraso da transportadora."),
    (
        "amazon",
        "nl-NL",
        "Straf ons alstublieft niet met een slechte review voor de vertraging van de vervoerder.",
    ),
    ("amazon", "pl-PL", "Prosimy nie karać nas negatywną opinią za opóźnienie kuriera."),
    ("amazon", "sv-SE", "Straffa oss inte med ett dåligt betyg för transportörens försening."),
    ("amazon", "tr-TR", "Lütfen teslimat süresi yüzünden mağazamıza düşük puan vermeyin."),
    ("amazon", "ru-RU", "Пожалуйста, не наказывайте нас плохим отзывом за задержку доставки."),
    ("amazon", "ar-AE", "من فضلك لا تعاقبنا بتقييم سيئ بسبب تأخير شركة الشحن."),
    ("amazon", "he-IL", "בבקשה אל תעניש אותנו בביקורת רעה בגלל העיכוב של חברת המשלוחים."),
    ("amazon", "ja-JP", "配送業者の遅延で低評価をつけないでいただけますと幸いです。"),
    ("amazon", "ko-KR", "택배사 지연 때문에 낮은 평점은 주지 말아 주세요."),
    ("amazon", "zh-CN", "物流延误不是我们的问题，请不要给差评。"),
]

PRESSURE = [
    ("amazon", "en-US", "Could you leave your review by Friday the 28th?"),
    ("amazon", "de-DE", "Bitte geben Sie Ihre Bewertung bis Sonntag ab."),
    ("amazon", "fr-FR", "Merci de publier votre avis avant le 15/04."),
    ("amazon", "es-ES", "Si puedes, deja la reseña antes del jueves."),
    ("amazon", "it-IT", "Ti chiediamo di lasciare la tua recensione entro il 23 dicembre."),
    ("amazon", "pt-BR", "Se puder avaliar o pedido até sexta, ficarei muito grata."),
    ("amazon", "nl-NL", "We zien uw review graag deze week tegemoet."),
    ("amazon", "pl-PL", "Prosimy o wystawienie opinii do piątku."),
    ("amazon", "sv-SE", "Lämna gärna ditt omdöme senast den 31:a."),
    ("amazon", "tr-TR", "Bu hafta sonuna kadar yorumunuzu bekliyoruz."),
    ("amazon", "ru-RU", "Просим оставить отзыв в течение 5 дней."),
    ("amazon", "ar-AE", "ممكن تضيفين تقييمك قبل يوم الخميس؟"),
    ("amazon", "he-IL", "נשמח אם תשאיר ביקורת עד סוף השבוע."),
    ("amazon", "ja-JP", "金曜日までにレビューをお願いします。"),
    ("amazon", "ko-KR", "금요일까지 리뷰 부탁드립니다."),
    ("amazon", "zh-CN", "请在周五之前留下评价。"),
    ("amazon", "en-US", "If a negative review is posted, we will not be able to process your refund."),
    (
        "amazon",
        "de-DE",
        "Wenn Sie eine negative Bewertung schreiben, können wir Ihre Reklamation nicht bearbeiten.",
    ),
    (
        "amazon",
        "fr-FR",
        "Si un commentaire négatif est publié, nous ne pourrons pas traiter votre remboursement.",
    ),
    (
        "amazon",
        "es-ES",
        "Los clientes que dejan opiniones negativas quedan en nuestra lista y no atenderemos sus futuros pedidos.",
    ),
    ("amazon", "it-IT", "Se lascia una recensione negativa, non potremo gestire il reso."),
    ("amazon", "pt-BR", "Se for publicada avaliação negativa, vamos acionar nosso jurídico."),
    ("amazon", "nl-NL", "Als u een negatieve review plaatst, kunnen we uw garantie niet meer honoreren."),
    (
        "amazon",
        "pl-PL",
        "Reklamacje rozpatrujemy wyłącznie wtedy, gdy klient nie wystawił negatywnej opinii.",
    ),
    ("amazon", "sv-SE", "Om du lämnar ett negativt omdöme kan vi inte hantera din reklamation."),
    ("amazon", "tr-TR", "Olumsuz yorum yazmanız halinde değişim talebinizi işleme alamayacağız."),
    ("amazon", "ru-RU", "Если вы оставите негативный отзыв, мы не сможем обработать ваш возврат."),
    ("amazon", "ar-AE", "إذا نشرت أي تقييم سلبي سنرفع بلاغاً ضد حسابك."),
    ("amazon", "he-IL", "אם תכתוב ביקורת שלילית, לא נוכל לכבד את האחריות."),
    ("amazon", "ja-JP", "低評価をつけられた場合、今後のご注文はお受けできなくなります。"),
    ("amazon", "ko-KR", "부정적인 리뷰를 남기시면 환불 처리가 어렵습니다."),
    ("amazon", "zh-CN", "如果您给差评，我们将无法为您办理退款。"),
    (
        "aliexpress",
        "en-US",
        "Hello my friend, we sent you message 3 times but not receive your feedback yet.",
    ),
    ("aliexpress", "it-IT", "Perché non hai ancora lasciato la valutazione? Ti abbiamo scritto già 3 volte."),
    ("aliexpress", "ar-EG", "الطلب ده لسه من غير تقييم. فكّرناك مرتين قبل كده، ياريت تخلّصها النهارده."),
    ("aliexpress", "fr-FR", "Nous vous avons déjà écrit deux fois au sujet de votre avis."),
    ("aliexpress", "es-ES", "Le hemos escrito tres veces para pedirle una reseña."),
    ("aliexpress", "pt-BR", "Já te mandamos mensagem duas vezes sobre a avaliação."),
    ("aliexpress", "de-DE", "Wir haben Sie schon dreimal wegen der Bewertung angeschrieben."),
    ("aliexpress", "nl-NL", "We hebben u al twee keer gemaild over de review."),
    ("aliexpress", "pl-PL", "Pisaliśmy już dwa razy w sprawie opinii."),
    ("aliexpress", "sv-SE", "Vi har skrivit två gånger om recensionen."),
    ("aliexpress", "tr-TR", "Yorum için iki kez mesaj attık."),
    ("aliexpress", "ru-RU", "Мы уже дважды писали вам насчёт отзыва."),
    ("aliexpress", "he-IL", "כתבנו לך פעמיים לגבי הביקורת."),
    (
        "amazon",
        "en-US",
        "We're trying to hit 500 reviews by the end of the month, could you leave yours by Friday the 28th?",
    ),
    (
        "amazon",
        "de-DE",
        "Wir werten am Sonntag unsere Kundenbewertungen aus. Bitte geben Sie Ihre Bewertung bis dahin ab.",
    ),
    (
        "amazon",
        "es-ES",
        "Las reseñas que llegan después de los 30 días casi no cuentan, así que si puedes, déjala antes del jueves.",
    ),
    (
        "amazon",
        "it-IT",
        "Stiamo raccogliendo le ultime recensioni dell'anno: ti chiediamo di lasciare la tua entro il 23 dicembre.",
    ),
    (
        "amazon",
        "sv-SE",
        "Vi tävlar om vem som får in flest recensioner – hjälp oss genom att lämna din senast den 31:a!",
    ),
    (
        "amazon",
        "ru-RU",
        "Расширенная гарантия только для тех, кто оставил отзыв. Просим сделать это в течение 5 дней.",
    ),
    ("amazon", "pt-BR", "Sua avaliação é muito importante. Pode deixar a sua até sexta?"),
    ("amazon", "fr-FR", "Votre avis compte ! Merci de le publier avant le 15/04."),
]

TRADE = [
    (
        "amazon",
        "en-US",
        "Here is our proposal: we refund you 100% and you update your review. Does that work for you?",
    ),
    (
        "amazon",
        "de-DE",
        "Unser Vorschlag: Wir erstatten Ihnen 100 % und Sie aktualisieren Ihre Bewertung. Passt das?",
    ),
    (
        "amazon",
        "fr-FR",
        "Notre proposition : nous vous remboursons à 100 % et vous mettez à jour votre avis. Ça vous va ?",
    ),
    (
        "amazon",
        "es-ES",
        "Le proponemos lo siguiente: le reembolsamos el 100% y usted actualiza su reseña con la solución que le dimos.",
    ),
    (
        "amazon",
        "it-IT",
        "Proposta: noi facciamo rimborso totale tramite AliExpress e lei poi modifica il feedback.",
    ),
    (
        "amazon",
        "pt-BR",
        "Podemos reembolsar o valor integral e, em contrapartida, pedimos que atualize sua avaliação para refletir a solução.",
    ),
    ("amazon", "nl-NL", "Ons voorstel: wij betalen u 100% terug en u past uw review aan."),
    ("amazon", "sv-SE", "Vårt förslag: vi återbetalar hela beloppet och du uppdaterar ditt omdöme."),
    ("amazon", "tr-TR", "Önerimiz şu: ücretin tamamını iade ediyoruz, siz de yorumunuzu güncelliyorsunuz."),
    (
        "amazon",
        "ru-RU",
        "Предлагаем так: мы возвращаем вам полную стоимость через Amazon, а вы обновите отзыв, чтобы он отражал решение вопроса.",
    ),
    ("amazon", "he-IL", "ההצעה שלנו: נחזיר לך את מלוא הסכום ואתה תעדכן את הביקורת."),
    ("amazon", "ja-JP", "ご提案です。全額返金いたしますので、レビューを更新していただけますか。"),
    ("amazon", "ko-KR", "부분환불 3달러 해드릴테니 5점으로 수정 부탁드려도 될까요?"),
    ("amazon", "he-IL", "אנחנו מחזירים לך 20 ₪ אם אתה משנה את הדירוג, בסדר?"),
    ("amazon", "en-US", "Leave us 5 stars and we'll send you a coupon for your next order."),
    ("amazon", "de-DE", "Für deine Bewertung gibt's 10 € Rabatt auf die nächste Bestellung."),
    (
        "amazon",
        "fr-FR",
        "Mettez-nous 5 étoiles s'il vous plaît, on vous envoie un coupon de 3 $ pour la prochaine fois.",
    ),
    ("amazon", "es-ES", "Déjanos 5 estrellas y te mandamos un cupón para tu próximo pedido."),
    ("amazon", "it-IT", "Lasciaci 5 stelle e ti inviamo un buono per il prossimo ordine."),
    ("amazon", "pt-BR", "Avalie com 5 estrelas e ganhe 10% OFF na próxima compra."),
    ("amazon", "nl-NL", "Geef je ons 5 sterren? Dan krijg je bij je volgende bestelling een cadeautje."),
    (
        "amazon",
        "pl-PL",
        "Prosimy o 5 gwiazdek dla sklepu, a przy następnym zamówieniu dostanie Pani prezent gratis.",
    ),
    ("amazon", "tr-TR", "Bize 5 yıldız verin, bir sonraki siparişinizde hediye gönderelim."),
    ("amazon", "ru-RU", "Поставьте нам 5 звёзд, и мы пришлём вам купон на следующий заказ."),
    ("amazon", "he-IL", "תנו לנו 5 כוכבים ונשלח לכם קופון להזמנה הבאה."),
    ("amazon", "ja-JP", "星5つをつけていただければ、次回のご注文でクーポンをお送りします。"),
    ("amazon", "ko-KR", "별 5개 주시면 다음 주문 때 쿠폰 보내드려요."),
    ("amazon", "zh-CN", "给我们五星好评，下次订单送您优惠券。"),
]

CHANGE = [
    (
        "aliexpress",
        "en-US",
        "You don't have to change your review, but we would really appreciate it if you did.",
    ),
    ("aliexpress", "de-DE", "Sie müssen Ihre Bewertung nicht ändern, aber wir würden uns sehr freuen."),
    ("aliexpress", "en-US", "We refunded you. You don't have to, but could you please update your review?"),
    ("amazon", "sv-SE", "Skulle du möjligen kunna ta ner recensionen?"),
    ("amazon", "he-IL", "תוכל אולי להוריד את הביקורת?"),
    ("amazon", "en-US", "You wrote a review last week. Could you update it now that the refund is done?"),
    (
        "amazon",
        "en-US",
        "You asked about the refund. Could you please change your review to 5 stars? We can't ship otherwise.",
    ),
    ("aliexpress", "en-US", "Thanks for your message. Could you update your rating now that it works?"),
    ("aliexpress", "de-DE", "Vielen Dank! Könnten Sie Ihre Bewertung jetzt aktualisieren?"),
]

PAYMENT = [
    (
        "amazon",
        "en-US",
        "Please transfer the extra shipping fee of $8 to the account below: Chase Bank 482937561.",
    ),
    (
        "amazon",
        "de-DE",
        "Bitte überweisen Sie die 8 € Versandkosten auf das folgende Konto: Sparkasse, Konto 482937561.",
    ),
    (
        "amazon",
        "fr-FR",
        "Merci de virer les 8 € de frais de port sur le compte ci-dessous : Crédit Agricole 482937561.",
    ),
    ("amazon", "es-ES", "Por favor, ingrese los 8 € de envío en la siguiente cuenta: Santander 482937561."),
    (
        "amazon",
        "it-IT",
        "La preghiamo di versare gli 8 € di spedizione sul conto qui sotto: Intesa 482937561.",
    ),
    (
        "amazon",
        "pt-BR",
        "Por favor, deposite os R$ 40 do frete na conta abaixo: Itaú agência 1234 conta 48293-7.",
    ),
    ("amazon", "nl-NL", "Wilt u de € 8 verzendkosten overmaken naar onderstaande rekening: ING 482937561."),
    ("amazon", "pl-PL", "Prosimy o wpłatę 30 zł za wysyłkę na poniższe konto: mBank 482937561."),
    ("amazon", "sv-SE", "Vänligen sätt in 80 kr för frakten på kontot nedan: Swedbank 482937561."),
    (
        "amazon",
        "tr-TR",
        "Ek kargo ücreti olan 80 TL'yi aşağıdaki hesaba yatırmanızı rica ederiz: Ziraat 482937561.",
    ),
    (
        "amazon",
        "ru-RU",
        "Пожалуйста, переведите 500 рублей за доставку на указанный ниже счёт: Сбербанк 482937561.",
    ),
    ("amazon", "ar-AE", "يرجى تحويل رسوم الشحن الإضافية إلى الحساب التالي: بنك الراجحي 482937561."),
    ("amazon", "he-IL", "נא להעביר את דמי המשלוח לחשבון הבא: בנק לאומי 482937561."),
    (
        "amazon",
        "ja-JP",
        "追加送料1,100円を下記口座へお振込みいただけますでしょうか。ゆうちょ銀行 記号12345 番号67890123",
    ),
    ("amazon", "ko-KR", "추가 배송비 8달러는 아래 계좌로 입금 부탁드립니다. 신한은행 110-482-937561"),
    (
        "amazon",
        "zh-CN",
        "偏远地区需补运费 8 美元，麻烦您转账到我们的银行账户：中国工商银行 6222 0212 0401 3387 561。",
    ),
    ("amazon", "ar-SA", "الطلب محجوز في الجمارك ويحتاج 40 ريال، حوّلها لحسابنا البنكي ونرسل الشحنة."),
    ("aliexpress", "he-IL", "תשלם לנו את ההפרש ישירות בפייפאל ונשלח צבע אחר."),
    ("aliexpress", "zh-CN", "亲如果想换大一号,差价直接 PayPal 付给我们就行,不用重新下单"),
    (
        "aliexpress",
        "pt-BR",
        "Amigo, se quiser outra cor pode pagar a diferença direto pra mim no PicPay, te passo meu usuário",
    ),
    (
        "amazon",
        "de-DE",
        "Moin, wir haben den Artikel übrigens auch bei eBay und Kaufland drin, Shopname „Nordlicht Wohnideen“ – da gibt's öfter Bundle-Angebote. Grüße aus Kiel",
    ),
    (
        "aliexpress",
        "pt-BR",
        "Olá, prefere receber mais rápido? Temos estoque no Brasil, é só comprar na nossa loja da Shopee 'MegaUtil Oficial' e pagar no boleto.",
    ),
    (
        "amazon",
        "sv-SE",
        "Vi finns också på Tradera och CDON under namnet Nordisk Form, där kör vi ofta paketpriser.",
    ),
    (
        "amazon",
        "tr-TR",
        "Ürünlerimiz Trendyol ve Hepsiburada'da da var, mağaza adı 'Ev Keyfi', oradan alırsanız kargo bedava.",
    ),
    ("amazon", "ar-EG", "متجرنا موجود كمان على نون وجوميا باسم «بيت الأناقة»، وفيه عروض أقوى هناك."),
    ("amazon", "he-IL", "יש לנו גם חנות באיביי בשם 'בית חכם', שם המשלוח לארץ יוצא זול יותר."),
    (
        "amazon",
        "ja-JP",
        "楽天市場とYahoo!ショッピングにも出店しております(店舗名:暮らしの道具屋)。ポイント還元もございますので、ぜひご利用ください。",
    ),
    (
        "amazon",
        "fr-FR",
        "Bonjour, si vous voulez on peut aussi vous livrer en main propre sur Lyon avec paiement en espèces à la livraison, ça vous évite de repasser par Amazon la prochaine fois.",
    ),
    (
        "amazon",
        "tr-TR",
        "Kapıda ödeme isterseniz bir sonraki siparişi bize direkt verin, Amazon'a hiç girmeden kurye nakit tahsil eder.",
    ),
    (
        "amazon",
        "ar-EG",
        "لو تحب الطلب الجاي يبقى دفع عند الاستلام من غير أمازون، قول لنا وإحنا نبعتلك المندوب ويحصّل كاش.",
    ),
    ("aliexpress", "ko-KR", "아직 물건 안 왔어도 수령 확인 먼저 눌러주시면 3달러 계좌로 보내드릴게요"),
    ("aliexpress", "zh-CN", "亲,货还没到也可以先点确认收货,我们马上支付宝返您 2 美元红包"),
    (
        "amazon",
        "en-US",
        "You asked whether you can pay by PayPal. Yes, just send it to shop@example.com and we ship today.",
    ),
    (
        "amazon",
        "de-DE",
        "Sie fragten nach PayPal: Ja, überweisen Sie einfach direkt an uns, dann geht es schneller.",
    ),
]

PHONE = [
    (
        "aliexpress",
        "en-US",
        "Please add me whats app for fast reply and real pictures: +1 4O7 88l 2O39 , I am Lily",
    ),
    ("aliexpress", "en-US", "Call me: +1 4O7 88l 2O39"),
    ("aliexpress", "en-US", "Call me: 4O7 88l 2O39"),
    ("aliexpress", "en-US", "Call me: +1 407 881 2039"),
    ("aliexpress", "es-ES", "agrégame a guasap para enviarte el video de instalación: +34 6O9 l8 22 7l"),
    ("aliexpress", "es-ES", "llámame al +34 609 18 22 71"),
    ("aliexpress", "pt-BR", "me add no whats pra mandar fotos reais: +55 (11) 9 8l2O-44O7 obrigado!!"),
    ("aliexpress", "ru-RU", "Добавьте в вотсап, скину видео распаковки: +7 9l6 O42-8З-11"),
    ("aliexpress", "he-IL", "תתקשר אליי ונסגור את זה: 05O-7l2-4488"),
    ("aliexpress", "he-IL", "תתקשר אליי ונסגור את זה: 050-712-4488"),
]

MESSENGER = [
    ("aliexpress", "en-US", "Add me on WhatsApp, it's faster than this chat."),
    ("aliexpress", "es-ES", "No puedo escribir mucho aquí, mejor por WhatsApp."),
    ("aliexpress", "de-DE", "Das darf ich hier leider nicht sagen, aber schreiben Sie mir auf WhatsApp."),
    (
        "aliexpress",
        "fr-FR",
        "pour suivre plus vite ajoute moi sur Télégram, mon numéro c'est 06 quarante 11 soixante 27",
    ),
    (
        "aliexpress",
        "pt-BR",
        "Olá amigo, me add no whats pra mandar fotos reais: +55 (11) 9 8l2O-44O7 obrigado!!",
    ),
    ("aliexpress", "ja-JP", "LINE追加してください！ID: jp_goods88 実物写真すぐ送ります"),
    ("aliexpress", "en-US", "WhatsApp me, I can't answer fast here."),
    ("aliexpress", "es-ES", "Escríbeme por WhatsApp, aquí no puedo mandar fotos."),
    ("aliexpress", "ru-RU", "Напишите в ватсап, здесь не можем отправить видео."),
    ("aliexpress", "de-DE", "Schreiben Sie mir auf WhatsApp, hier geht das leider nicht."),
    ("aliexpress", "zh-CN", "加我微信吧，这里不能发图片。"),
    ("aliexpress", "pt-BR", "Me chama no zap, aqui não dá pra mandar vídeo."),
]

CLEAN = [
    ("amazon", "en-US", "Instead of a refund, we can send you a replacement. Thank you for your review."),
    ("amazon", "de-DE", "Statt einer Erstattung schicken wir Ihnen gern Ersatz. Danke für Ihre Bewertung."),
    ("amazon", "pl-PL", "Zamiast zwrotu możemy wysłać nowy produkt. Dziękujemy za opinię."),
    ("amazon", "ru-RU", "Вместо возврата мы можем отправить замену. Спасибо за отзыв."),
    ("amazon", "sv-SE", "Istället för återbetalning kan vi skicka en ny. Tack för ditt omdöme."),
    ("amazon", "en-US", "Thank you for the five-star rating!"),
    ("amazon", "pl-PL", "Dziękujemy za ocenę pięciogwiazdkową!"),
    ("amazon", "de-DE", "Vielen Dank für die Fünf-Sterne-Bewertung!"),
    ("amazon", "ru-RU", "Спасибо за пятизвёздочный отзыв!"),
    ("amazon", "sv-SE", "Sängkläderna är i samma perkalkvalitet som på femstjärniga hotell, 300 trådar."),
    ("amazon", "pl-PL", "Ręczniki są z bawełny egipskiej, takiej samej jak w hotelach pięciogwiazdkowych."),
    ("amazon", "ru-RU", "Полотенца такие же, как в пятизвёздочных отелях."),
    (
        "amazon",
        "en-US",
        "Happy with your order? We hope so! If you have a moment, an honest review helps other buyers.",
    ),
    ("amazon", "en-US", "Happy with your order? If not, just reply and we'll help."),
    ("amazon", "de-DE", "Zufrieden mit Ihrer Bestellung? Falls nicht, melden Sie sich gern."),
    (
        "amazon",
        "en-US",
        "How are you finding the lamp? If you have a moment, we'd appreciate your honest review.",
    ),
    ("amazon", "fr-FR", "Êtes-vous satisfait de votre commande ? Sinon, écrivez-nous."),
    ("amazon", "de-DE", "Haben Sie Fragen zur Bestellung? Ihre ehrliche Bewertung hilft anderen Kunden."),
    (
        "amazon",
        "en-US",
        "Do you like the backpack? If you have time, please leave an honest review on Amazon.",
    ),
    (
        "amazon",
        "de-DE",
        "Gefällt Ihnen der Rucksack? Wenn Sie Zeit haben, hinterlassen Sie gern eine ehrliche Bewertung.",
    ),
    (
        "amazon",
        "ko-KR",
        "구매하신 백팩은 마음에 드시나요? 시간이 되신다면 솔직한 리뷰를 남겨주시면 감사하겠습니다.",
    ),
    ("amazon", "es-ES", "¿Le gusta la mochila? Si tiene un momento, déjenos su opinión sincera."),
    (
        "aliexpress",
        "en-US",
        "Don't worry, you don't need to change or delete your feedback to get the new one.",
    ),
    ("aliexpress", "en-US", "You don't have to change your review."),
    ("aliexpress", "de-DE", "Sie müssen Ihre Bewertung nicht ändern."),
    ("aliexpress", "fr-FR", "Vous n'avez pas besoin de modifier votre avis."),
    ("aliexpress", "es-ES", "No hace falta que cambie su reseña."),
    ("aliexpress", "it-IT", "Non deve modificare la sua recensione."),
    ("aliexpress", "pt-BR", "Você não precisa alterar sua avaliação."),
    ("aliexpress", "nl-NL", "U hoeft niks aan uw review te veranderen."),
    ("aliexpress", "pl-PL", "Nie musi Pan zmieniać opinii."),
    ("aliexpress", "sv-SE", "Du behöver inte ändra ditt omdöme."),
    ("aliexpress", "tr-TR", "Yorumunuzu değiştirmenize gerek yok."),
    ("aliexpress", "ru-RU", "Менять или удалять отзыв не нужно."),
    ("aliexpress", "ar-AE", "لا داعي لتغيير تقييمك."),
    ("aliexpress", "he-IL", "אין צורך לשנות את הביקורת."),
    ("aliexpress", "ja-JP", "評価を変更していただく必要はございません。"),
    ("aliexpress", "ko-KR", "리뷰는 수정 안 하셔도 됩니다."),
    ("aliexpress", "zh-CN", "不需要修改或者删除评价的。"),
    ("aliexpress", "pl-PL", "Pana opinia pomogła nam poprawić instrukcję – teraz jest też po polsku."),
    ("aliexpress", "tr-TR", "Puanınızı kendiniz güncellemişsiniz, çok teşekkür ederiz."),
    ("aliexpress", "en-US", "Your review helped us improve the manual, thank you."),
    ("aliexpress", "de-DE", "Ihre Bewertung hat uns geholfen, die Anleitung zu verbessern."),
    ("aliexpress", "fr-FR", "Votre avis nous a aidés à corriger la notice."),
    ("aliexpress", "es-ES", "Su reseña nos ayudó a mejorar el manual."),
    ("aliexpress", "pl-PL", "Pana opinia pomogła nam poprawić instrukcję."),
    ("aliexpress", "tr-TR", "Yorumunuz kılavuzu düzeltmemize yardımcı oldu."),
    ("aliexpress", "ru-RU", "Ваш отзыв помог нам исправить инструкцию."),
    ("aliexpress", "nl-NL", "Uw review heeft ons geholpen de handleiding te verbeteren."),
    ("aliexpress", "sv-SE", "Ditt omdöme hjälpte oss att rätta manualen."),
    ("aliexpress", "it-IT", "La sua recensione ci ha aiutato a correggere il manuale."),
    ("aliexpress", "pt-BR", "Sua avaliação nos ajudou a corrigir o manual."),
    ("aliexpress", "ja-JP", "お客様のレビューのおかげで説明書を修正できました。"),
    ("aliexpress", "zh-CN", "您的评价帮助我们修改了说明书。"),
    ("aliexpress", "ko-KR", "고객님의 리뷰 덕분에 설명서를 수정했습니다."),
    ("aliexpress", "he-IL", "הביקורת שלך עזרה לנו לתקן את המדריך."),
    ("aliexpress", "en-US", "You updated your rating yourself, thank you so much."),
    ("aliexpress", "de-DE", "Sie haben Ihre Bewertung selbst angepasst, vielen Dank!"),
    (
        "amazon",
        "en-US",
        "You can return it by Friday the 28th. If you have a moment, we'd appreciate an honest review.",
    ),
    ("amazon", "de-DE", "Bitte senden Sie die Ware bis Sonntag zurück."),
    ("amazon", "en-US", "We can't remove negative reviews, only Amazon can."),
    ("amazon", "es-ES", "No podremos eliminar su reseña negativa, solo Amazon puede hacerlo."),
    ("amazon", "ko-KR", "부정적인 리뷰 삭제는 저희가 할 수 없습니다."),
    ("amazon", "zh-CN", "我们无法删除差评，只有平台可以。"),
    ("amazon", "he-IL", "לא נוכל למחוק ביקורת שלילית."),
    (
        "aliexpress",
        "en-US",
        "We sent you the tracking number twice; the parcel arrives Friday. Thanks for the review!",
    ),
    ("aliexpress", "en-US", "The new lamp is three times brighter, reviews say."),
    (
        "aliexpress",
        "en-US",
        "Sorry, I can't give you my WhatsApp or phone number, AliExpress doesn't allow it. Write to me here in the chat.",
    ),
    (
        "aliexpress",
        "de-DE",
        "Telefonnummern oder WhatsApp dürfen wir über Amazon leider nicht austauschen, bitte schreiben Sie uns einfach weiter hier.",
    ),
    (
        "aliexpress",
        "fr-FR",
        "Désolé, je ne peux pas vous donner mon WhatsApp ni mon téléphone, AliExpress ne le permet pas. Écrivez-moi ici.",
    ),
    (
        "aliexpress",
        "es-ES",
        "Lo siento, no puedo darte mi WhatsApp ni mi teléfono, AliExpress no lo permite. Escríbeme aquí en el chat.",
    ),
    (
        "aliexpress",
        "it-IT",
        "Mi dispiace, non posso darti il mio WhatsApp né il mio telefono, AliExpress non lo consente. Scrivimi qui.",
    ),
    (
        "aliexpress",
        "pt-BR",
        "Desculpe, não posso passar meu WhatsApp nem meu telefone, o AliExpress não permite. Me escreva aqui no chat.",
    ),
    (
        "aliexpress",
        "nl-NL",
        "Sorry, ik mag je mijn WhatsApp of telefoonnummer niet geven, AliExpress staat dat niet toe. Schrijf me hier.",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Przepraszam, nie mogę podać mojego WhatsAppa ani telefonu, AliExpress na to nie pozwala. Proszę pisać tutaj.",
    ),
    (
        "aliexpress",
        "sv-SE",
        "Tyvärr kan jag inte ge dig mitt WhatsApp eller telefonnummer, AliExpress tillåter det inte. Skriv till mig här.",
    ),
    (
        "aliexpress",
        "tr-TR",
        "Amazon kuralları gereği telefon numarası veya WhatsApp paylaşamıyoruz, lütfen buradan yazın.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Извините, я не могу дать вам свой WhatsApp или телефон, AliExpress это не разрешает. Пишите здесь в чате.",
    ),
    (
        "aliexpress",
        "ar-AE",
        "عذراً، لا يمكنني إعطاؤك رقم واتساب أو هاتفي، علي إكسبريس لا يسمح بذلك. اكتب لي هنا.",
    ),
    ("aliexpress", "he-IL", "מצטער, אסור לי לתת טלפון או וואטסאפ באליאקספרס. תכתוב לי כאן ואני עונה מהר."),
    (
        "aliexpress",
        "ja-JP",
        "申し訳ございませんが、LINEや電話番号はお伝えできません。こちらのチャットでご連絡ください。",
    ),
    (
        "aliexpress",
        "ko-KR",
        "죄송하지만 아마존 정책상 카톡이나 전화번호를 드릴 수 없습니다. 여기로 메시지 주시면 바로 답변드릴게요.",
    ),
    ("aliexpress", "zh-CN", "抱歉，平台规定不能给您微信或电话，请在这里留言。"),
    (
        "aliexpress",
        "pl-PL",
        "Tak, tablet ma fabrycznie zainstalowanego WhatsAppa i Telegrama, język polski też jest.",
    ),
    ("aliexpress", "ja-JP", "LINEの通知が来ない場合は、スマホの設定をご確認ください。"),
    ("aliexpress", "fr-FR", "La montre affiche les notifications Télégram."),
    ("amazon", "en-US", "The refund will be credited to the account you paid with within 5 days."),
    ("amazon", "de-DE", "Die Erstattung erfolgt auf das Konto, mit dem Sie bezahlt haben."),
    ("amazon", "ja-JP", "返金はご注文時のお支払い方法へ行われます。"),
    ("amazon", "ko-KR", "환불은 결제하신 계좌로 처리됩니다."),
    ("amazon", "zh-CN", "退款将原路退回到您的银行账户。"),
    ("amazon", "en-US", "We refund you in full and you can keep your review as it is."),
    ("amazon", "en-US", "We'll send a replacement and you don't need to change your review."),
    ("amazon", "de-DE", "Wir erstatten Ihnen den Betrag und Sie müssen Ihre Bewertung nicht ändern."),
    ("amazon", "es-ES", "Le reembolsamos todo y usted no tiene que cambiar su reseña."),
    ("amazon", "fr-FR", "Nous vous remboursons et vous n'avez pas besoin de modifier votre avis."),
    ("amazon", "pl-PL", "Zwracamy pieniądze, a Pan nie musi zmieniać opinii."),
    ("amazon", "ru-RU", "Мы возвращаем деньги, а вы можете оставить отзыв как есть."),
    (
        "amazon",
        "en-US",
        "We send the replacement today and you will receive it by Friday. Thank you for your review!",
    ),
    ("amazon", "ar-AE", "لا يمكنك الدفع بدون أمازون، كل المدفوعات تتم عبر الموقع."),
    ("amazon", "ar-AE", "الاسترجاع يتم من خلال أمازون وليس بدون أمازون."),
    ("aliexpress", "zh-CN", "退款会通过速卖通原路返回，不会用支付宝转给您。"),
    ("aliexpress", "zh-CN", "您可以在结账时选择支付宝付款。"),
    ("aliexpress", "ko-KR", "환불은 결제하신 계좌로 처리됩니다."),
    ("amazon", "en-US", "We are sorry about the courier's delay; your review is entirely up to you."),
    ("amazon", "de-DE", "Die Verspätung tut uns leid. Ihre Bewertung liegt ganz bei Ihnen."),
    (
        "amazon",
        "en-US",
        "Thanks for your review! Your replacement will arrive by Friday the 28th; could you leave yours at the door?",
    ),
    (
        "amazon",
        "es-ES",
        "Gracias por la reseña. La devolución: déjala en la oficina de correos antes del jueves.",
    ),
    ("amazon", "sv-SE", "Tack för ditt omdöme! Returen: lämna din kartong hos ombudet senast den 31:a."),
    ("amazon", "ru-RU", "Спасибо за отзыв! Возврат: просим сделать это в течение 14 дней."),
    (
        "aliexpress",
        "de-DE",
        "Hallo Freund, zu Ihrer Frage: Die Kamera wird über die App gesteuert, Bewegungsalarme kommen als Push-Nachricht aufs Handy. Eine Anbindung an WhatsApp oder Telegram gibt es nicht. Speicherkarten bis 128 GB werden unterstützt.",
    ),
    (
        "aliexpress",
        "pt-BR",
        "Oi! Entendo que pelo zap seria mais prático, mas a gente só pode conversar aqui pelo chat da AliExpress. Manda as fotos aqui mesmo que eu resolvo rapidinho.",
    ),
    (
        "aliexpress",
        "tr-TR",
        "Merhaba, WhatsApp numaramı istemişsiniz ama AliExpress dışında iletişim kuramıyoruz, kurallar böyle. Videoyu buraya gönderin, kontrol edip size dönerim.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Здравствуйте, в Телеграм или Ватсап перейти не можем, AliExpress это запрещает. Присылайте видео поломки сюда, в чат заказа.",
    ),
    (
        "aliexpress",
        "ko-KR",
        "고객님, 카톡으로 연락드리는 건 알리익스프레스 규정상 어렵습니다. 사진은 이 채팅창에 올려주시면 바로 확인할게요.",
    ),
    (
        "aliexpress",
        "he-IL",
        "היי, ביקשת לעבור לווטסאפ – אנחנו לא יכולים, עלי אקספרס לא מאפשרת תקשורת מחוץ לצ'אט. שלח את הסרטון כאן ואטפל בזה.",
    ),
    (
        "aliexpress",
        "zh-CN",
        "亲，您说想加微信沟通，不好意思，速卖通不允许站外联系，图片直接在这里发给我就可以，我马上处理。",
    ),
    ("aliexpress", "zh-HK", "係，呢隻手錶可以顯示WhatsApp同微信通知，但唔可以喺手錶度回覆。"),
    (
        "aliexpress",
        "tr-TR",
        "Üzgünüm, WhatsApp'tan konuşamıyoruz, AliExpress kuralı. Buradan yazın lütfen 🙂",
    ),
    (
        "aliexpress",
        "ar-EG",
        "عذرا ما نقدر نتواصل على الواتساب، قوانين علي اكسبرس ما تسمح. اسأل هنا وأرد عليك بسرعة",
    ),
    (
        "aliexpress",
        "ko-KR",
        "죄송해요, 카톡이나 왓츠앱으론 상담 못 해요. 알리 규정이에요. 여기로 물어보세요 🙂",
    ),
    ("aliexpress", "he-IL", "מצטערים, אי אפשר לדבר בוואטסאפ או טלגרם, זה נגד הכללים של אליאקספרס. תכתוב פה"),
    (
        "aliexpress",
        "ja-JP",
        "申し訳ありません、LINEやWhatsAppでの連絡はできません。AliExpressの規則です。ここで質問してください",
    ),
    (
        "amazon",
        "de-DE",
        "Hallo, Sie fragten, ob Sie die zweite Matratze per PayPal oder Überweisung direkt an uns zahlen können, um Zeit zu sparen. Das geht leider nicht – Bestellungen und Zahlungen laufen bei uns ausschließlich über Amazon. Sie können den Artikel einfach nochmal in den Warenkorb legen.",
    ),
    (
        "amazon",
        "fr-FR",
        "Bonjour Monsieur, vous nous proposez de régler la deuxième paire par virement bancaire pour éviter les frais. Nous ne pouvons pas l'accepter : toute commande passe par Amazon, c'est aussi ce qui vous protège en cas de souci. Le modèle en 43 est disponible sur la même fiche produit.",
    ),
    (
        "amazon",
        "es-ES",
        "Hola, nos preguntas si puedes pagarnos por Bizum la segunda unidad para ahorrarte el envío. Lo sentimos, no podemos: todos los pagos tienen que hacerse a través de Amazon. Si compras las dos en el mismo pedido, te llegan en un solo paquete.",
    ),
    (
        "amazon",
        "it-IT",
        "Buongiorno, lei ci chiede se può pagare con PostePay o bonifico per avere uno sconto. Mi dispiace, non possiamo: su Amazon i pagamenti passano solo dal checkout di Amazon. Il prezzo che vede sulla pagina è quello definitivo.",
    ),
    (
        "amazon",
        "pt-BR",
        "Olá! Você perguntou se dá pra pagar por Pix direto pra gente e ganhar um desconto. Infelizmente não: aqui todo pagamento é feito pela Amazon, é a regra e também a sua garantia. O preço do anúncio já é o menor que conseguimos.",
    ),
    (
        "amazon",
        "pl-PL",
        "Dzień dobry, pyta Pan, czy może zapłacić BLIKIEM bezpośrednio na nasz numer, żeby było taniej. Niestety nie – wszystkie płatności przechodzą wyłącznie przez Amazon. Dzięki temu ma Pan też ochronę kupującego.",
    ),
    (
        "amazon",
        "sv-SE",
        "Hej! Du frågade om du kan swisha oss direkt för en extra laddare. Tyvärr går det inte, alla köp och betalningar ska ske via Amazon. Du kan beställa laddaren som vanligt här på Amazon.",
    ),
    (
        "amazon",
        "tr-TR",
        "Merhaba, ikinci ürünü havale/EFT ile doğrudan bize ödemek istediğinizi yazmışsınız. Maalesef bu mümkün değil, tüm ödemeler Amazon üzerinden yapılmak zorunda. Ürünü sepete ekleyip normal şekilde sipariş verebilirsiniz.",
    ),
    (
        "amazon",
        "ar-EG",
        "أهلاً، حضرتك سألت لو ممكن تدفع تمن القطعة التانية فودافون كاش علشان تبقى أرخص. للأسف مش ممكن، كل المدفوعات لازم تكون عن طريق أمازون. ممكن تضيفها للسلة عادي.",
    ),
    (
        "amazon",
        "ja-JP",
        "お問い合わせありがとうございます。「銀行振込で直接購入できないか」とのことですが、Amazonでのご注文・お支払いはすべてAmazonを通して行う決まりとなっており、直接のお振込みはお受けできません。ご了承ください。",
    ),
    (
        "amazon",
        "it-IT",
        "Buongiorno, ci chiede se possiamo farle uno sconto in cambio di una recensione a 5 stelle. Amazon non lo permette e noi non lo facciamo: le recensioni devono essere libere. Se vuole lasciarne una, scriva semplicemente quello che pensa del prodotto.",
    ),
    (
        "amazon",
        "pl-PL",
        "Dzień dobry, napisał Pan: „usunę negatywną opinię, jak oddacie kasę”. Nie możemy tego łączyć – zwrot i tak Panu przysługuje, bo produkt jest wadliwy. Proszę zgłosić zwrot w „Twoich zamówieniach”; opinia to wyłącznie Pana decyzja.",
    ),
    (
        "amazon",
        "he-IL",
        "שלום, כתבת שתשנה את הביקורת ל-5 כוכבים אם נחזיר חלק מהכסף. אנחנו לא יכולים לעשות את זה, זה אסור לפי המדיניות של אמזון. המוצר החלופי יישלח אליך בכל מקרה.",
    ),
    ("amazon", "en-US", "Please leave a review if you have a moment, we will send the replacement tomorrow."),
    ("amazon", "de-DE", "Über eine Bewertung freuen wir uns, den Ersatz schicken wir Ihnen morgen."),
    ("amazon", "fr-FR", "Laissez un avis si vous le souhaitez, on vous envoie la pièce de rechange demain."),
    ("amazon", "en-US", "If you're happy with it, you can find our other products on Amazon too."),
    ("amazon", "en-US", "If you are satisfied, please tell us here; the tracking shows on Amazon."),
    (
        "amazon",
        "de-DE",
        "Wenn Sie zufrieden sind, freuen wir uns. Teilen Sie uns sonst bitte mit, was fehlt; Rücksendungen laufen über Amazon.",
    ),
    (
        "aliexpress",
        "en-US",
        "We saw that you updated your rating, thank you so much! Glad the exchange worked out.",
    ),
    ("aliexpress", "de-DE", "Wir haben gesehen, dass Sie Ihre Bewertung aktualisiert haben, vielen Dank!"),
    ("aliexpress", "fr-FR", "Nous avons vu que vous avez mis à jour votre avis, merci beaucoup !"),
    ("aliexpress", "it-IT", "Abbiamo visto che hai aggiornato la tua valutazione, grazie mille!"),
    ("aliexpress", "nl-NL", "We zagen dat je je review hebt aangepast, heel erg bedankt!"),
    ("aliexpress", "pl-PL", "Widzimy, że zaktualizował Pan swoją opinię, bardzo dziękujemy!"),
    ("aliexpress", "sv-SE", "Vi såg att du har uppdaterat ditt omdöme, tack så mycket!"),
    ("aliexpress", "tr-TR", "Değerlendirmenizi güncellediğinizi gördük, çok teşekkür ederiz!"),
    ("aliexpress", "ru-RU", "Мы увидели, что вы обновили отзыв, большое спасибо!"),
    ("aliexpress", "ar-AE", "رأينا أنك حدّثت تقييمك، شكراً جزيلاً!"),
    ("aliexpress", "he-IL", "ראינו שעדכנת את הביקורת, תודה רבה!"),
    ("aliexpress", "ja-JP", "レビューを更新していただいたのを拝見しました。誠にありがとうございます！"),
    ("aliexpress", "ko-KR", "리뷰를 수정해 주신 것 확인했습니다. 정말 감사합니다!"),
    ("aliexpress", "zh-CN", "看到您修改了评价，非常感谢！"),
    (
        "amazon",
        "en-US",
        "Thank you for your review! As a thank-you for your order, we will send you a free sample.",
    ),
    (
        "amazon",
        "en-US",
        "We read your review about the lid. As a small thank-you for your patience, we will send a new lid free of charge.",
    ),
    (
        "amazon",
        "de-DE",
        "Vielen Dank für Ihre Bewertung! Als kleines Dankeschön für Ihren Einkauf legen wir Ihnen eine Probe bei.",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), POSITIVE_ONLY)
def test_the_review_asked_only_of_the_happy_blocks(platform: str, locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), PRESSURE)
def test_review_pressure_blocks(platform: str, locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), TRADE)
def test_a_benefit_tied_to_the_review_is_an_incentive(platform: str, locale: str, text: str) -> None:
    assert "review.incentive" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), CHANGE)
def test_a_change_request_still_blocks(platform: str, locale: str, text: str) -> None:
    assert "review.change" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), PAYMENT)
def test_a_payment_taken_off_the_platform_blocks(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), PHONE)
def test_a_phone_number_in_disguise_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), MESSENGER)
def test_a_messenger_invitation_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.messenger" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_a_clean_reply_with_the_same_words_blocks_nothing(platform: str, locale: str, text: str) -> None:
    assert _blocking(text, locale, platform) == set()
