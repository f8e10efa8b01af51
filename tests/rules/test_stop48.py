"""Stop 48: probes written blind for this stop (by writers who saw no rule code and no corpus), in 16 languages.

Each case below was read wrongly before this stop (with the stop's source changes undone, its test fails) and each is
a sentence a seller could send; the rule sources are those of the rule table in docs/rules.md (Amazon Communication
Guidelines, AliExpress seller rules §8).

Review pressure (41 probes): the review looked for on the listing and said not to be up yet ("Ich schau jeden Tag aufs
Listing und sehe noch nix", "todavía no vemos nada", "まだ反映されていないようでした"); every other buyer said to have
reviewed and the buyer the one left ("il ne manque plus que le tien", "nomás faltas tú", "고객님만 남으셨습니다"); the shop's
survival hung on reviews ("sin reseñas Amazon nos hunde", "zonder reviews redden we het echt niet"); earlier asks resent
or chased ("Not sure if our earlier msgs got lost, so resending", "je relance pour votre avis").

Off-platform money (27): a return, claim or dispute withdrawn or not opened for money sent outside the platform ("cancel
the return on Amazon and I'll PayPal you the full amount", "紛争を開かないでください。PayPalで500円直接返金します",
"אם תבטל את ההחזרה באמזון אשלח לך את כל הסכום בביט"), and the seller paying back itself by an app or a transfer ("te faço um
Pix", "ich erstatte Ihnen den Betrag lieber selbst per PayPal") — these named a refund, which the payment veto had read
as the platform's.

Phones (22): "Z" for 2 among look-alike digits ("+48 7Z9 l53 Z84", "O1O-Z9l7-4483"); the last piece of a number named
first ("los últimos cuatro dígitos de mi móvil son 5 5 1 8 y empieza por 633 90", "下4桁は6203、頭は080の1947").

Incentives (16): a conditional change traded for a warranty, waived costs, an upgrade or a sum after it ("Qualora
volesse rivedere la valutazione …, saremmo lieti di estenderle la garanzia"); a reward announced to whoever reviews, in
any order and in the verbs and gifts sellers use ("Wij vergoeden de verzendkosten voor iedereen die even een review
plaatst", "★5をつけてくださったお客様には…プレゼントをお届けしております").

Clean (33 false blocks before; the second round's probes were long helpdesk letters and replies that look like
violations to a keyword filter): the buyers' question refused ("… asking if people can pay by bank transfer … - we're
afraid not"), also quoted in quotation marks ("entendo a pergunta «posso pagar no Pix direto com você?», mas infelizmente
não podemos", "je vraag was: „Kan ik via iDEAL rechtstreeks aan jullie betalen?" Sorry, dat kan helaas niet"); the
buyer's own threat of a bad review quoted back ("you wrote that you'd leave a one-star review if it arrived broken
again", "1 yıldız vereceğinizi yazmışsınız"), unless the seller holds the buyer to it; "bitte senden Sie keine Vorkasse
per Überweisung", Japanese refusals past the payment they name, "thank you very much for the nice feedback" ("ver" is
a Turkish ask only at a word's start, and not in "very"), "感谢您给我们留下的好评", a listing's average "4.5星" (a decimal
point ends no sentence), "5-Sterne-Hotelqualität", "5 estrelas no freezer", "ekspres przelewowy" (a drip coffee maker),
"我们没办法接受微信或者支付宝私下转账", the buyer's question how to edit a review answered with the platform's help page, the
buyer's offer to change a review declined.

Left: a deadline for the review in words the deadline lists lack ("Our review window … closes Friday", "die Frist für
Bewertungen … läuft in 3 Tagen ab"), the seller's own site or other marketplace shop said to be cheaper in words the
lists lack ("since we don't pay Amazon's cut", "Nos encuentra en Mercado Libre"), a phone number's pieces without any
phone word, carrier tracking pages without https on Amazon (blocked by design: Amazon allows secure links only), and a
reward for a 5-star rating named "pełne 5 gwiazdek" or "пятёрка" with no review word.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks

CAUGHT = [
    (
        "contact.phone",
        "aliexpress",
        "ar-AE",
        "عزيزي العميل، طلبك رقم 8179920384716653 تم شحنه. لأي استفسار اتصل بوكيلنا في الإمارات: +971 5O Z84 l937",
    ),
    (
        "contact.phone",
        "aliexpress",
        "es-MX",
        "Hola amigo, su pedido 8174420193857716 está en aduana de Manzanillo. Para ayudarle puede llamar a nuestro agente en Monterrey al 81-l9O3-7Z46. Gracias por su paciencia",
    ),
    (
        "contact.phone",
        "aliexpress",
        "fr-FR",
        "Cher client, votre colis 8174493028817736 est bloqué en douane. Contactez notre agent en France au +33.6.7O.I9.45.8Z svp, il parle français. Merci beaucoup",
    ),
    (
        "contact.phone",
        "aliexpress",
        "he-IL",
        "לקוח יקר, לכל בעיה במכס התקשרו לנציג שלנו בישראל: +972 5O-4l9-Z86O",
    ),
    (
        "contact.phone",
        "aliexpress",
        "ko-KR",
        "안녕하세요, 통관 문제는 한국 대리인에게 전화 주세요: O1O-Z9l7-4483",
    ),
    (
        "contact.phone",
        "aliexpress",
        "nl-NL",
        "Beste klant, uw bestelling 8173391028475516 is onderweg. Bij vragen kunt u onze Nederlandse collega bellen op +31 6 l9 O4 8Z 57. Bedankt!",
    ),
    (
        "contact.phone",
        "aliexpress",
        "pl-PL",
        "Drogi kliencie, zamówienie 8174482019375560 jest w drodze. W razie problemów prosimy dzwonić do naszego przedstawiciela w Polsce: +48 7Z9 l53 Z84",
    ),
    (
        "contact.phone",
        "aliexpress",
        "ru-RU",
        "Уважаемый покупатель, по вопросам таможни звоните нашему представителю в России: +7 (9l2) 4O7-Z8-61. Спасибо!",
    ),
    (
        "contact.phone",
        "aliexpress",
        "sv-SE",
        "Kära kund, din beställning 8171192830465528 har skickats. Vid frågor kan du ringa vår svenska kontakt +46 7O 8l9 Z3 46. Tack!",
    ),
    (
        "contact.phone",
        "aliexpress",
        "tr-TR",
        "Sevgili müşterimiz, 8172284930175563 numaralı siparişiniz gümrükte. Türkiye temsilcimize ulaşın: +90 5O5 l7Z 83 46",
    ),
    (
        "contact.phone",
        "aliexpress",
        "zh-CN",
        "亲，最后四位是7730，前面是177 6319，有任何质量问题随时联系，祝您生活愉快！",
    ),
    (
        "contact.phone",
        "amazon",
        "ar-AE",
        "أهلاً أستاذة مريم، آخر أربعة أرقام من جوالي ٧٧٣٠ والبداية ٠٥٦ ٢٩١. اتصلي بعد العصر ونحل الموضوع.",
    ),
    (
        "contact.phone",
        "amazon",
        "de-DE",
        "Guten Tag, bzgl. der Fahrradlampe hilft Ihnen unser Techniker gerne telefonisch weiter. Die ersten Ziffern sind 0151. Die letzten vier Ziffern lauten 6620, dazwischen 4 3 0 8. Mit freundlichen Grüßen, Velo-Shop Meier",
    ),
    (
        "contact.phone",
        "amazon",
        "de-DE",
        "Hallo Lisa, sorry für die Verwechslung bei den Bettbezügen! Schreib mir einfach ne SMS an OI6O-7758Z3I, dann schick ich dir Fotos von den anderen Farben. Gruß Sandra",
    ),
    (
        "contact.phone",
        "amazon",
        "en-GB",
        "Dear Mr Patel, we can arrange collection of the faulty heater ourselves rather than going through the courier. The last six digits of my mobile are 483 207, it starts 07421. Kind regards, Helen",
    ),
    (
        "contact.phone",
        "amazon",
        "es-ES",
        "Buenos días D. Ramón, lamentamos que el colchón llegase manchado. Para coordinar la recogida, los últimos cuatro dígitos de mi móvil son 5 5 1 8 y empieza por 633 90. Atentamente, Elena (Descanso Levante)",
    ),
    (
        "contact.phone",
        "amazon",
        "fr-FR",
        "Bonjour M. Garnier, concernant le matelas reçu abîmé nous préférons régler ça de vive voix. Les 4 derniers chiffres de mon portable sont 2 1 0 7, le début c'est 06 54 38. Sophie, service client Literie du Sud",
    ),
    (
        "contact.phone",
        "amazon",
        "it-IT",
        "Ciao Marco, scusa per il casino con il colore delle scarpe. Scrivimi un sms al 3Z9.O4l.7738 e ti mando le foto delle altre varianti. Ciao, Dario",
    ),
    (
        "contact.phone",
        "amazon",
        "it-IT",
        "Salve, riguardo al montaggio della cucina le lascio il cellulare del nostro montatore: le ultime quattro cifre sono 4 4 0 2, le prime sono 338 e poi 619.",
    ),
    (
        "contact.phone",
        "amazon",
        "ja-JP",
        "中村様 大変失礼いたしました。念のため担当者の直通番号をお伝えしておきます。O8O-l2Z9-7746（平日のみ）",
    ),
    (
        "contact.phone",
        "amazon",
        "ja-JP",
        "高橋様 お世話になっております。私の電話番号の下4桁は6203、頭は080の1947です。平日10時〜18時に対応しております。",
    ),
    (
        "contact.phone",
        "amazon",
        "pl-PL",
        "Dzień dobry, bardzo przepraszamy za pomyłkę w rozmiarze. Ostatnie trzy cyfry mojego numeru to 917, pierwsze sześć to 691 305. Proszę śmiało dzwonić. Pozdrawiam, Ewelina",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ar-AE",
        "عزيزي العميل، من فضلك لا تفتح نزاعاً للطلب 8145503321987760، سأعيد لك 3 دولارات عبر باي بال مباشرة، أرسل بريدك في باي بال.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "es-ES",
        "Estimado cliente, por favor no abra disputa del pedido 8150098723341122, le devuelvo 5 euros por PayPal ahora, solo dígame su correo de PayPal.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "es-MX",
        "Estimado cliente, no abra disputa por favor, pedido 3019948271660035. Le regreso 3 dólares por PayPal directo, solo mande su correo.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "he-IL",
        "לקוח יקר, בבקשה אל תפתח מחלוקת על הזמנה 8164478803321195, אחזיר לך 3 דולר ישירות בפייפאל, רק תשלח את המייל שלך בפייפאל.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ja-JP",
        "お客様、注文8129934410276655について紛争を開かないでください。PayPalで500円直接返金しますので、PayPalのメールアドレスを教えてください。",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ko-KR",
        "고객님, 주문 8153320049871126 분쟁 열지 말아주세요. 페이팔로 3달러 직접 환불해 드릴게요, 페이팔 이메일만 알려주세요.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ru-RU",
        "Привет! Отмените пожалуйста спор по заказу 5019983302147765, а деньги я вам сама переведу на Сбер, честно.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "tr-TR",
        "Sayın müşterimiz, lütfen 8136629904471185 numaralı sipariş için anlaşmazlık açmayın, 3 doları PayPal ile direkt iade ederim, PayPal e-postanızı yazın.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "zh-CN",
        "亲，退货太麻烦了，您取消退款申请，我用PayPal直接退您全款，更快。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "de-DE",
        "Guten Abend, bzgl. Ihrer Retoure: bitte die Rücksendung bei Amazon stornieren, ich erstatte Ihnen den Betrag lieber selbst per PayPal, das geht schneller als über Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "de-DE",
        "Hallo Frau Krüger, leider ist das Paket verloren gegangen. Wenn Sie möchten, gleiche ich das direkt per Wero oder Echtzeitüberweisung aus, dann müssen Sie nicht auf die Amazon-Erstattung warten.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-GB",
        "Hi Liam, I've seen you want to return the trainers. Could you cancel the return on Amazon and I'll PayPal you the full amount back tonight, quicker for both of us tbh.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-GB",
        "Hi there, regarding order 026-5581204-3392017, the courier has lost it, sorry. I can refund you via Monzo or PayPal today if you'd rather not wait for Amazon's process, whichever suits.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-MX",
        "Buen día Sr. Hernández, para que no se le haga tan largo el reembolso le mando los 300 pesos por transferencia y usted cancela el reclamo de la A a la Z, ¿le parece?",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-MX",
        "Hola Diego, sobre la devolución: si la cancelas en Amazon yo te deposito completo por Mercado Pago hoy mismo, así no esperas los días del reembolso.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour M. Girard, plutôt que d'attendre le remboursement Amazon qui peut traîner, je vous propose de vous renvoyer la somme via PayPal entre amis dès ce soir, dites-moi.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "he-IL",
        "היי יוסי, אם תבטל את ההחזרה באמזון אשלח לך את כל הסכום בביט עוד היום, הרבה יותר מהיר.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "it-IT",
        "Buongiorno Sig.ra Russo, mi dispiace per la moka arrivata ammaccata (ordine 405-6678123-9920341). Se mi manda l'IBAN le faccio un bonifico per il rimborso, così non deve rispedire nulla.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "it-IT",
        "Ciao Andrea, scusa il ritardo. Se preferisci invece di aspettare Amazon ti rimborso la spedizione con PayPal amici e familiari, dimmi tu.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "伊藤様 配送遅延のお詫びとして、送料分を楽天ペイかLINE Payでお返しさせていただきたいのですが、ご都合いかがでしょうか。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "鈴木様 返品の件ですが、Amazon上の返品リクエストを取り消していただければ、PayPayで全額すぐにお送りします。その方が早いかと思います。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pl-PL",
        "Pani Magdo, jeśli anuluje Pani zwrot na Amazonie, od razu zrobię przelew na pełną kwotę, szybciej niż czekanie na Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Oi Camila, sinto muito pela panela que chegou amassada (pedido 702-3341298-8871034). Posso te devolver os R$ 45 por Pix agora mesmo, é só me mandar sua chave.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Oi Letícia, pra não te deixar no prejuízo pelo atraso, te mando 20 reais pelo PicPay, me fala seu @ lá.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Oi Rafael, se cancelar a devolução na Amazon eu te faço um Pix do valor cheio hoje, bem mais rápido que esperar o estorno.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ru-RU",
        "Здравствуйте, Игорь! Если отмените возврат на Amazon, я сразу переведу вам полную сумму через PayPal, так будет быстрее.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "tr-TR",
        "Merhaba Ayşe Hanım, çaydanlığın hasarlı gelmesine çok üzüldük (sipariş 171-5520938-6614702). İade ile uğraşmayın, IBAN'ınızı yazarsanız tutarı hemen hesabınıza gönderelim.",
    ),
    (
        "review.incentive",
        "amazon",
        "ar-AE",
        "مرحباً يوسف، نشكرك على ثقتك. عملاؤنا اللي يكتبون مراجعة بالفيديو نرسل لهم قطعة إضافية من نفس المنتج هدية، فقط أرسل لنا الرابط.",
    ),
    (
        "review.incentive",
        "amazon",
        "en-US",
        "Hi Mark, thanks for choosing our yoga mat! We like to take care of customers who share their experience in a review - reply here once yours is up and there might be something nice headed your way ;) Namaste, the FlexCore team",
    ),
    (
        "review.incentive",
        "amazon",
        "es-MX",
        "¡Hola! Cada mes rifamos una tarjeta de regalo de Amazon de $1,000 entre quienes nos dejan su opinión del termo. ¡Suerte! Equipo TermoMax",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Buongiorno Sig.ra Rossi, grazie per l'ordine 405-9920173-6648201 della moka. Volevamo dirle che per chi ci lascia un parere su Amazon abbiamo pensato a un piccolo omaggio: ci scriva pure qui quando l'ha pubblicato. Cordiali saluti, Casa Bella",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Ciao Giulia, grazie per aver preso i nostri barattoli in vetro! Per chi recensisce c'è un codice sconto del 15% valido sul prossimo ordine, lo mandiamo appena ci giri il link. Un abbraccio",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Gentile Sig. Bianchi, ci scusiamo ancora per il frullatore. Il sostitutivo arriva domani. Qualora volesse rivedere la valutazione da 1 stella, saremmo lieti di estenderle la garanzia di altri 24 mesi. Distinti saluti",
    ),
    (
        "review.incentive",
        "amazon",
        "ja-JP",
        "佐藤様、加湿器の使い心地はいかがでしょうか。★5をつけてくださったお客様には、ささやかですが感謝の気持ちを込めてプレゼントをお届けしております。",
    ),
    (
        "review.incentive",
        "amazon",
        "ko-KR",
        "민수님 안녕하세요! 이어폰 잘 쓰고 계신가요? 별 다섯 개 주신 분들께는 작은 선물 보내드리고 있어요 ㅎㅎ",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Beste meneer De Vries, excuses voor het gedoe met de stofzuiger. Als u uw beoordeling wilt bijwerken nu de nieuwe binnen is, upgraden we u kosteloos naar het model met extra accu. Met vriendelijke groet",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Hallo mevrouw Jansen, uw retour is ontvangen. Als u de 1-sterrenbeoordeling nog wilt heroverwegen, laten we de retourkosten volledig vallen. Met vriendelijke groet, Klantenservice",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Hoi Sanne, bedankt voor je bestelling 402-3378201-9945120 van de koffiemolen! Wij vergoeden de verzendkosten voor iedereen die even een review plaatst, stuur gewoon een screenshot als reactie op dit bericht. Groetjes, team Koffiehoek",
    ),
    (
        "review.incentive",
        "amazon",
        "pl-PL",
        "Cześć Kuba, jak tam powerbank? Kto zostawi nam pełne 5 gwiazdek, ten dostaje w prezencie kabelek USB-C, daj znać jak już ;) Pozdro, ElektroKąt",
    ),
    (
        "review.incentive",
        "amazon",
        "pl-PL",
        "Dzień dobry Pani Anno, dziękujemy za zamówienie 405-2219837-6610452. Klientom, którzy podzielą się opinią o produkcie, oddajemy 30% ceny – wystarczy odesłać link do recenzji w tej wiadomości. Pozdrawiamy, DomPlus",
    ),
    (
        "review.incentive",
        "amazon",
        "pt-BR",
        "Olá Bruna, que bom que o secador chegou certinho! Clientes que contam a experiência na página do produto entram pro nosso Clube VIP, com frete grátis e brindes nos próximos pedidos. Qualquer coisa, estamos aqui! Bella Hair",
    ),
    (
        "review.incentive",
        "amazon",
        "ru-RU",
        "Привет, Дима! Как наушники? Тем, кто ставит пятёрку, мы шлём небольшой сюрприз ;) Всего доброго!",
    ),
    (
        "review.incentive",
        "amazon",
        "tr-TR",
        "Sayın Mehmet Bey, kahve makinesindeki sorun için özür dileriz, yenisi yola çıktı. Değerlendirmenizi güncellemeniz halinde garantinizi 2 yıl uzatmaktan memnuniyet duyarız. Saygılarımızla",
    ),
    (
        "review.pressure",
        "aliexpress",
        "es-ES",
        "Hola amigo, ¿ya dejaste la valoración? Tu pedido 8120394817562039 se entregó hace 8 días y todavía no vemos nada. Te lo pedimos otra vez, es muy importante. Gracias",
    ),
    (
        "review.pressure",
        "aliexpress",
        "es-ES",
        "Hola, su paquete del pedido 8104928371650293 aún está en camino pero confirme la recepción ya y deje reseña, se lo hemos pedido varias veces. Gracias, Global Gadget Store",
    ),
    (
        "review.pressure",
        "aliexpress",
        "es-MX",
        "Hola amigo, perdón por insistir pero vamos a seguir mandando mensajes hasta que dejes la evaluación del pedido 8177203948561027, jaja. Es muy importante para nuestra tienda. Gracias!",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ko-KR",
        "안녕하세요, 리뷰가 올라올 때까지 계속 알림 드릴 예정이에요. 귀찮게 해드려 죄송합니다. 주문 8190293847561294",
    ),
    (
        "review.pressure",
        "aliexpress",
        "pl-PL",
        "Cześć, udało Ci się już wystawić ocenę? Sprawdzaliśmy zamówienie 8177392018475634 i nic jeszcze nie widać. Dzięki!",
    ),
    (
        "review.pressure",
        "amazon",
        "ar-AE",
        "أهلاً خالد، تقريباً كل العملاء الذين اشتروا سماعة البلوتوث تركوا تقييمهم، بقيت أنت فقط! هل تساعدنا اليوم؟",
    ),
    (
        "review.pressure",
        "amazon",
        "ar-AE",
        "عزيزتي سارة، نحن متجر عائلي صغير وبدون تقييمات لن نستطيع الاستمرار. أرجوكِ اكتبي كلمتين عن العباية، رزق عائلتنا يعتمد على ذلك. شكراً، متجر الأناقة",
    ),
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Hallo Frau Becker, wir hatten Ihnen vor einer Woche bereits wegen einer Bewertung zu Ihrer Bestellung 302-4481920-3310928 (Edelstahl-Thermoskanne) geschrieben. Leider ist noch keine eingegangen – könnten Sie das bitte zeitnah nachholen? Viele Grüße, Ihr ThermoHaus Team",
    ),
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Hi Lena, nur mal nachgefragt: hast du die Bewertung für den Yogablock inzwischen geschrieben? Ich schau jeden Tag aufs Listing und sehe noch nix :) LG, Mira von YogaNest",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Hello Mr Hughes, I'm chasing up the review request we sent on the 3rd regarding your cordless drill (202-1192837-4456102). It's now been a fortnight so a quick rating before the weekend would be much appreciated. Kind regards, Graham at ToolBarn UK",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Hi Sophie, I'll be honest with you, we're a two-person business in Leeds and reviews are the only thing keeping us going. If you don't leave one we genuinely don't know how much longer we can keep the shop open. Order 205-6619283-3308172, the knitted scarf. Thanks, Beth",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Morning James, just to let you know you're the only customer from last month's batch of bike lights who hasn't reviewed yet! Don't want you to miss out, pls add a few words when you can. Order 203-5509182-7741029. Ta, BrightSpoke",
    ),
    (
        "review.pressure",
        "amazon",
        "en-US",
        "Hey Mike! Not sure if our earlier msgs got lost in your inbox, so resending: we'd love your review on the knife sharpener. Order 114-5582019-3310294. - EdgePro",
    ),
    (
        "review.pressure",
        "amazon",
        "en-US",
        "Hey there! Quick check in - did you get a chance to post your review yet? Your order 113-5502918-2219047 was delivered 12 days ago and there's still nothing on the listing. Thx, Brandon from PeakGear",
    ),
    (
        "review.pressure",
        "amazon",
        "en-US",
        "Hi Amanda, almost everyone who bought the stainless water bottle the same week as you has already left their review. You're one of the last ones left! Could you add yours when you get a sec? Order 112-7781920-3349102. - HydraPeak",
    ),
    (
        "review.pressure",
        "amazon",
        "en-US",
        "Hi Linda, thank you for ordering the hand-poured soy candles. We're a tiny mom and pop shop and honestly without reviews Amazon buries us and we might not make it through the winter. Please, your review would literally keep our lights on. - Sarah & Tom",
    ),
    (
        "review.pressure",
        "amazon",
        "es-ES",
        "Buenas Javier, somos un negocio familiar de Valencia y sin reseñas Amazon nos hunde. Si no nos ayudas con tu opinión sobre la paellera es posible que tengamos que cerrar. Un abrazo, Paelleras Ferrer",
    ),
    (
        "review.pressure",
        "amazon",
        "es-ES",
        "Hola Marta, todos los que compraron la freidora de aire esa semana ya han opinado menos tú jeje. ¿Te animas hoy? Saludos, CocinaFácil",
    ),
    (
        "review.pressure",
        "amazon",
        "es-MX",
        "Hola Diego, ya casi todos los clientes que compraron la bocina bluetooth dejaron su reseña, nomás faltas tú. ¿Nos echas la mano? Pedido 702-6610293-3348201. Saludos, SonidoMX",
    ),
    (
        "review.pressure",
        "amazon",
        "es-MX",
        "Hola Rodrigo, ¿pudiste dejar la reseña que te pedimos? Revisamos la página del termo y no aparece todavía. Quedamos pendientes, TermoMax",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Bonjour Thomas, vous avez pu laisser votre avis sur le casque audio finalement ? On a vérifié la fiche produit hier et on ne l'a pas trouvé. Commande 401-8820193-3349102. Merci, AudioFrance",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Coucou Camille, tous les clients qui ont reçu la lampe de chevet en même temps que toi ont déjà laissé leur avis, il ne manque plus que le tien ! Tu peux nous aider ? Bises, Lumière & Co",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Re-bonjour Nathalie, je me permets de revenir vers vous (encore, pardon !) pour l'évaluation du robot pâtissier. Vous êtes la seule cliente de janvier à ne pas l'avoir fait. Belle soirée, Pâtisserie Maison",
    ),
    (
        "review.pressure",
        "amazon",
        "he-IL",
        "שלום עומר, הספקת לכתוב את הביקורת על השעון? בדקנו בעמוד המוצר ועדיין לא מופיע. תודה",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Buongiorno Luca, ha poi avuto modo di scrivere la recensione dello zaino? Abbiamo controllato ma non risulta ancora. Ordine 404-2290183-7740192. Saluti, Zaini Alpini",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Ciao Giulia, tutti gli altri clienti che hanno comprato la borraccia termica hanno già recensito, manchi solo tu! Dai che ci vuole un attimo. Un saluto, AquaVerde",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Ciao Paolo, ti ricordiamo ancora una volta di recensire le cuffie (ordine 402-3309182-6610293). Intanto dai un'occhiata alla nostra nuova linea di casse, -20% con il codice AUDIO20! Saluti, SuonoPuro",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "中村様 その後、レビューはご投稿いただけましたでしょうか？商品ページを確認しましたが、まだ反映されていないようでした。ご注文250-2290183-7740192。",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "田中様 同じ時期にご購入いただいた他のお客様はほぼ全員レビューを書いてくださいました。あとは田中様だけです！お時間のある時ではなく、できれば今日お願いします。",
    ),
    (
        "review.pressure",
        "amazon",
        "ko-KR",
        "박서준 고객님, 같은 날 구매하신 다른 분들은 모두 리뷰를 남기셨어요. 고객님만 남으셨습니다^^ 오늘 부탁드려요!",
    ),
    (
        "review.pressure",
        "amazon",
        "ko-KR",
        "최우진 고객님, 혹시 리뷰 작성하셨나요? 상품 페이지 확인해 봤는데 아직 안 보여서요. 주문번호 114-2290183-7740192",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Beste Bram, wij zijn een klein familiebedrijfje uit Utrecht en zonder reviews redden we het echt niet. Help ons alsjeblieft met een paar woorden over de fietsbel, we rekenen op je. Groet, Fietsie",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Hallo Eva, heb je de review voor de yogamat nog kunnen schrijven? Ik keek net op de productpagina maar zag hem niet staan. Liefs, Yoga Huis",
    ),
    (
        "review.pressure",
        "amazon",
        "pt-BR",
        "E aí Lucas, conseguiu deixar a avaliação do fone? Dei uma olhada no anúncio hoje e nada ainda rs. Valeu, SomTop",
    ),
    (
        "review.pressure",
        "amazon",
        "pt-BR",
        "Oi Juliana, quase todo mundo que comprou o secador de cabelo na mesma semana já avaliou, só falta você! Bora? Beijos, Bela Fios",
    ),
    (
        "review.pressure",
        "amazon",
        "pt-BR",
        "Oi Rafael, somos uma lojinha familiar de Minas e sem avaliações a gente simplesmente não sobrevive. Se puder, deixa sua opinião da garrafa térmica, do fundo do coração, nossa família depende disso. Abraço, Loja Mineira",
    ),
    (
        "review.pressure",
        "amazon",
        "ru-RU",
        "Здравствуйте, Ольга! Вы уже успели оставить отзыв о пылесосе? Мы проверили страницу товара, пока ничего не видно. Заказ 403-8819203-1120394.",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej Elsa, vi hörde av oss förra veckan om en recension av kaffebryggaren (order 405-6620183-4471029) men har inte sett någon än. Kan du fixa det idag? Tack, Kaffekungen",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej Johan, hann du skriva recensionen om ryggsäcken? Vi kollade produktsidan men den syns inte än. Tack på förhand, Fjällpack",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej Oskar, vi är ett litet familjeföretag från Dalarna och utan recensioner klarar vi oss helt enkelt inte. Snälla skriv några rader om dalahästen, vår familj är beroende av det. Mvh, Hemslöjd Nilsson",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Merhaba Elif Hanım, saç kurutma makinesi için yorum yazabildiniz mi? Ürün sayfasına baktık ama henüz görünmüyor. İyi günler, GüzelSaç",
    ),
]

CLEAN = [
    (
        "contact.messenger",
        "aliexpress",
        "zh-CN",
        "您好，我们没办法接受微信或者支付宝私下转账，所有付款和退款都只能通过 AliExpress 平台，这样对您也更有保障。您的订单 8129917763302458（真丝围巾，礼盒装）已经发货，单号 LP00688512040CN，礼盒里附带一张空白贺卡，方便您送人。感谢您的理解，丝韵旗舰店",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "it-IT",
        "Ciao Simone, capisco la tua richiesta «posso pagarti con PayPal amici così risparmiamo le commissioni?», ma non possiamo accettare pagamenti fuori da AliExpress, anche per tutelare te. Per l'ordine precedente 8140993612870043, il rimborso di 15,40 € è già stato approvato e AliExpress lo accredita sul tuo conto PayPal, di solito in 3-5 giorni. Per il nuovo ordine puoi pagare normalmente al checkout. Saluti, Jack, TechFun Store",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "nl-NL",
        "Hoi Ruben, je vraag was: „Kan ik niet gewoon via iDEAL rechtstreeks aan jullie betalen?” Sorry, dat kan helaas niet, we nemen alleen betalingen via AliExpress aan. Bij het afrekenen op AliExpress kun je trouwens gewoon iDEAL kiezen, dan ben je ook beschermd. De set van 4 LED-strips kost €18,99 inclusief verzending. Groeten, Sunny, BrightLED Store",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "pl-PL",
        "Cześć Kuba, pytałeś: „mogę ci zapłacić BLIKIEM na numer, to będzie taniej?”. Niestety nie przyjmujemy płatności poza AliExpress, tylko wtedy masz ochronę kupującego. Na AliExpress przy płatności możesz zresztą normalnie wybrać BLIK. Ładowarka 100W kosztuje 79,99 zł z darmową dostawą. Pozdrawiam, Lisa, ChargePro Store",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "pt-BR",
        "Olá Rodrigo, entendo a pergunta «posso pagar no Pix direto com você pra sair mais barato?», mas infelizmente não podemos receber pagamento fora do AliExpress. No próprio AliExpress você já pode pagar com Pix no checkout, e aí a compra fica protegida. O carregador GaN 65W está por R$ 89,90 hoje com frete grátis. Abraço, Vicky, PowerUp Store",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "tr-TR",
        "Merhaba Oğuz, sorduğun gibi \"Papara ile direkt sana atsam olur mu?\" maalesef olmuyor, AliExpress dışında ödeme kabul etmiyoruz, yoksa alıcı korumasından yararlanamazsın. Kulaklığın fiyatı şu an 389 TL ve Türkiye'ye kargo 10-15 gün. Ödemeyi AliExpress'te kartınla yapabilirsin. Selamlar, Tina, AudioPlus Store",
    ),
    (
        "offplatform.payment",
        "amazon",
        "de-DE",
        "Guten Morgen, bitte senden Sie keine Vorkasse per Überweisung an uns – uns wurde gemeldet, dass jemand unter unserem Namen so etwas anbietet. Bestellen und bezahlen Sie bitte ausschließlich über Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-GB",
        "Hi Alistair, thanks very much for the kind review you left on the garden kneeler, it made the team's day. On your question about paying by bank transfer for 40 of them for your allotment society - I'm afraid we can't take payments outside Amazon, but if you order through Amazon Business you can pay by invoice on 30-day terms. Let me know if the quantity is in stock for you there and we'll make sure it ships in one go. Cheers, Ellie, GreenThumb Supplies",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-GB",
        "Hi, we've had a few messages asking if people can pay by bank transfer to save on fees - we're afraid not, everything has to go through the Amazon checkout. Sorry for any inconvenience.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour Madame Dubois, vous nous demandiez s'il était possible de payer la deuxième machine à café par chèque ou virement directement : malheureusement non, toutes les ventes passent obligatoirement par Amazon, c'est aussi ce qui vous garantit la protection en cas de problème. Concernant le détartrage de votre De'Longhi Magnifica S, le service consommateurs De'Longhi est joignable au 0 892 350 450 et pourra vous guider pas à pas. La référence du détartrant compatible est DLSC500. Bien cordialement, Hugo, Café & Machines",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "お問い合わせありがとうございます。恐れ入りますが、銀行振込など当店への直接のお支払いはお受けしておりません。Amazonの決済画面よりご注文をお願いいたします。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "佐藤様 恐れ入りますが、銀行振込やPayPayなどAmazon外でのお支払いはお受けしておりません。追加のご購入は商品ページからお願いいたします。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "加藤様 お問い合わせありがとうございます。「銀行振込で直接購入できますか？」とのご質問ですが、誠に恐れ入りますが、当店ではAmazon以外でのお支払い・ご注文はお受けしておりません。Amazonでの決済であれば、コンビニ払いや代金引換もご利用いただけます。価格は税込3,980円、送料無料です。何卒ご理解のほどよろしくお願いいたします。和雑貨 いろは",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pl-PL",
        "Dzień dobry Pani Katarzyno, Pani ekspres przelewowy (zamówienie 404-6617329-0085146) został wczoraj doręczony przez DPD. Przed pierwszym parzeniem kawy prosimy przepuścić przez urządzenie dwa pełne dzbanki samej wody. Jeśli jest Pani zadowolona, prosimy o 5 gwiazdek, a jeśli coś jest nie tak, proszę najpierw napisać do nas, zanim wystawi Pani opinię. Pozdrawiamy, KawaDom",
    ),
    (
        "review.change",
        "amazon",
        "en-GB",
        "Hi Sophie, really kind of you to offer, but please don't feel you need to change your review on our account. It's your honest experience and that's what other shoppers need. Thanks again, Rob",
    ),
    (
        "review.change",
        "amazon",
        "es-ES",
        "Hola Sr. Navarro, nos preguntaba cómo editar su reseña. Amazon lo explica en su página de ayuda «Editar o eliminar una reseña», a la que se accede desde su perfil. Saludos",
    ),
    (
        "review.change",
        "amazon",
        "fr-FR",
        "Bonjour Claire, c'est gentil de proposer de modifier votre commentaire, mais ce n'est absolument pas nécessaire. Votre avis reste le vôtre, et il nous aide à progresser. Bien cordialement, Hugo",
    ),
    (
        "review.change",
        "amazon",
        "fr-FR",
        "Bonjour Madame Roux, vous nous demandiez comment modifier votre évaluation. La page d'aide Amazon « Modifier ou supprimer un commentaire client » explique la marche à suivre depuis votre profil. Bien à vous",
    ),
    (
        "review.change",
        "amazon",
        "it-IT",
        "Buonasera Sig. Conti, ci chiedeva come modificare la sua recensione. Trova tutti i passaggi nella pagina di aiuto Amazon «Modificare o eliminare una recensione». Cordiali saluti",
    ),
    (
        "review.change",
        "amazon",
        "tr-TR",
        "Merhaba Mehmet Bey, yorumunuzu nasıl düzenleyebileceğinizi sormuştunuz. Amazon yardım sayfasındaki 'Yorumu düzenleme veya silme' bölümünde adımlar anlatılıyor.",
    ),
    (
        "review.change",
        "amazon",
        "zh-CN",
        "刘女士您好,您问到怎么修改已经发布的评论。亚马逊帮助页面“编辑或删除评论”里有详细步骤,您可以参考一下。",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "en-GB",
        "Hello dear, thank you very much for the nice feedback and the photos of the bike lights. We're glad they fit your handlebar. Wish you safe rides!",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "zh-CN",
        "李女士您好，非常感谢您给我们留下的好评和实拍照片，大家看了都很开心！您问的替换滤芯型号是 AP-300F，在同一个商品页面就能选到，建议每6个月更换一次。如果设备在保修期内出现问题，也可以拨打说明书上的厂家售后热线。祝您生活愉快，清新空气店",
    ),
    (
        "review.positive_only",
        "amazon",
        "de-DE",
        "Moin, die Handtücher haben echte 5-Sterne-Hotelqualität mit 600 g/m², daher sind sie anfangs etwas schwerer. Nach zwei, drei Wäschen werden sie flauschiger. Schöne Grüße aus Hamburg",
    ),
    (
        "review.positive_only",
        "amazon",
        "pt-BR",
        "Boa tarde, Sr. Pereira. Respondendo à sua pergunta: a geladeira frost free (modelo GF-375) tem selo Procel A e 5 estrelas no freezer, o que significa que ela mantém a temperatura em -18 °C ou menos. Ela tem 375 litros, 70 cm de largura e é 127 V. A entrega do seu pedido 704-9938271-4402596 será feita pela transportadora, que vai ligar um dia antes. Atenciosamente, Eletro Brasil",
    ),
    (
        "review.positive_only",
        "amazon",
        "zh-CN",
        "您好,关于您的问题:这款冰箱是一级能效,商品页面上的平均评分是4.5星。",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, вы написали, что поставите одну звезду, если чехол опять придёт не того размера. Понимаем ваше недовольство, отзыв целиком ваше право. На этот раз размер проверили дважды, трек LY384920175CN.",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Hi Ben, you said in your last message you'd be leaving a 1-star if this wasn't sorted, and honestly I'd feel the same in your shoes. The missing screws went out first class this morning, so they should be with you tomorrow or Thursday.",
    ),
    (
        "review.pressure",
        "amazon",
        "en-US",
        "Hey Sam, you wrote that you'd leave a one-star review if the blender arrived broken again. I completely get it, and you're free to review it however you see fit. The replacement went out today with extra foam padding, UPS tracking 1Z999AA10123456784.",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Bonjour Monsieur Petit, vous m'avez écrit que vous mettriez une étoile si la lampe arrivait encore cassée. Je comprends tout à fait votre agacement et vous êtes bien sûr libre de donner votre avis. Cette fois nous avons emballé le colis en double carton.",
    ),
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Panie Tomaszu, napisał Pan, że wystawi jedną gwiazdkę, jeśli drukarka dalej będzie się zacinać. Rozumiemy to w pełni, opinia należy do Pana. Proszę jeszcze spróbować wyczyścić rolkę zgodnie ze stroną 9 instrukcji.",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej Erik, du skrev att du tänker ge en stjärna om tältet kommer trasigt igen. Helt förståeligt, och du får självklart skriva vad du vill. Nya tältpinnar är skickade i en förstärkt kartong.",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Merhaba Burak Bey, tekrar kırık gelirse 1 yıldız vereceğinizi yazmışsınız, sizi çok iyi anlıyoruz, değerlendirmeniz tamamen size kalmış. Yeni vazoyu çift kat balonlu naylona sarıp gönderdik.",
    ),
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)
