"""Stop 50: probes written blind for this stop (by writers who saw no rule code and no corpus), in 17 locales, in two
rounds (1,400 messages).

Each case below was read wrongly before this stop (with the stop's source changes undone, its test fails) and each is
a message a seller could send; the rule sources are those of the rule table in docs/rules.md (Amazon Communication
Guidelines, AliExpress seller rules §8).

Clean (false blocks before): the buyer's own request or threat reported and refused ("nos pediste nuestro WhatsApp …,
pero preferimos mantener toda la comunicación aquí", "Вы написали: «…». Так мы не работаем", "otrzymaliśmy Pana
propozycję zapłaty przelewem … Nie przyjmujemy płatności poza Amazonem", "u schreef dat u uw beoordeling zou verwijderen
als wij een tegoedbon sturen. Dat mogen en doen wij niet", "您说如果不全额退款就给差评"), the change the seller will not
ask for ("Wir werden Sie nicht bitten, die Bewertung zu ändern", "No vamos a pedirle que cambie ni que retire su
reseña"), the buyer warned not to pay outside the platform ("no debe pagar por Bizum … si alguien se lo pide", "אל
תשלמו בביט … כל התשלומים רק דרך AliExpress", "请不要通过支付宝转账…，所有付款请通过AliExpress完成", "לא ניתן לשלם לנו
בהעברה בנקאית"), the platform's own payment page ("al checkout", "na própria tela de pagamento", "结算页面"), receipt
confirmed after the goods were checked ("받으시고 확인하신 후에", "收到货并检查无误后再确认收货", "Ya que lo ha comprobado"),
thanks for a review given ("We just saw your 5-star review … and wanted to say thank you", "Wat leuk dat je zo'n
positieve review hebt geschreven!"), a Dutch greeting read as "good" ("Goedemiddag").

Caught: promotion by other listings looked through ("have a browse through our other listings", "schaun Sie doch mal in
unsere anderen Angebote rein", "Kijk ook eens naar onze andere producten"), the store followed ("Tap Follow on our
Amazon brand store", "Följ gärna vår butik", "Segue a gente na loja"), "20% reduziert"; payment by "Banküberweisung",
"Si nos transfiere el importe a la cuenta", "TED pro CNPJ", "Papara ile ödeme yapabilirsiniz", the seller's shop on Bol "daar is de
prijs lager", "موقعنا … بسعر أقل"; five stars drawn ("Über ⭐⭐⭐⭐⭐ würden wir uns riesig freuen", "zostawisz 5⭐!");
a gift for a review in the informal Russian imperative ("оставь отзыв с фото - и мы вышлем тебе ещё один чехол") and
in Chinese ("留下带图评价就送您一个备用滤芯"); "od Pana opinii naprawdę zależy nasze być albo nie być".

Second round, clean: "you can start a free return" (no "star"); the next sentence after a CJK full stop read for the
answer ("…とのお問い合わせをいただきました。誠に恐縮ですが、…お受けいたしかねます", "您在消息里说“…”。非常抱歉，我们不能这样做");
"O senhor perguntou se …", "nos pides que …", "re: your question about paying by Zelle", "you mentioned a voucher
code … I'm afraid we don't run any", "nous n'en proposons pas", "we can only accept orders and payments placed through
<platform>", "Non le chiederemo di cambiare la sua valutazione", "אנחנו לא מבקשים ממך לשנות", "ההחזר … אינו תלוי בשום
ביקורת", "리뷰와 환불을 연결할 수는 없습니다"; a Korean thanks for the purchase is no thanks for the stars asked after it ("구매해
주셔서 감사합니다 … 만족하셨다면 별 다섯 개 부탁드려요" blocks). Caught too: "se seguisse il nostro negozio", "jeter un œil à nos
autres créations".

Left: the statistical model's change request in "Für eine 5-Sterne-Bewertung erstatten wir Ihnen 10 €"; a De'Longhi
"numero verde" read as the seller's number; a bank account number ("카카오뱅크 3333-01-2345678") read as a phone; the card
in the box "asking for a 5-star review" disowned; a cash tag ("$BrookHomeGoods") read as a handle; review pressure by
deadline ("締め切りは今週日曜日まで") and by the seller's livelihood ("Zonder jouw review red ik het niet"); a warranty
doubled or extended for a review's screenshot ("we verdubbelen de garantie", "واحصل على ضمان إضافي", "ונאריך לך את
האחריות"); a phone in pieces ("starts 01632. The rest is 960 and then 584"), after "00" with a country code
("008613700123456") and as a Pix key; "een WhatsAppje sturen naar"; a removal asked two sentences after the review
("La preghiamo di rimuoverla entro oggi"); a code with a euro value ("un code de 5 € … : MERCI5").
"""

from __future__ import annotations

import pytest

from ._blocking import blocks

CAUGHT = [
    (
        "marketing.promotion",
        "amazon",
        "en-US",
        "So glad the planter arrived safe! Tap Follow on our Amazon brand store to get notified when the hanging versions come back in stock.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "en-GB",
        "Cheers for buying the dog coat! We've just added a waterproof version in tartan, so have a browse through our other listings if your pup needs something for the winter walks.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "de-DE",
        "kleiner tipp noch: unser 3er set schneidbretter ist grad 20% reduziert, schaun sie doch mal in unsere anderen angebote rein!",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-ES",
        "Si nos transfiere el importe a la cuenta ES21 1465 0100 72 2030876293 le descontamos el IVA en el próximo pedido.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "nl",
        "Beste klant, bestel de volgende keer via onze winkel op Bol, daar is de prijs lager en de levering sneller.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "nl-NL",
        "Kijk ook eens naar onze andere producten, we hebben net een nieuwe collectie plantenbakken binnen.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "sv-SE",
        "Följ gärna vår butik här på Amazon så missar du inga nyheter!",
    ),
    (
        "marketing.promotion",
        "amazon",
        "pt-BR",
        "Oi Juliana, tudo bem?\n\nSeu kit de panelas foi despachado hoje pela transportadora e a previsão é chegar na quarta. Colocamos plástico-bolha extra nas tampas de vidro.\n\nQualquer coisa é só responder aqui.\n\nAbraços,\nRenata - Cozinha da Vó\n\nP.S.: Segue a gente na loja da Amazon, toda semana tem lançamento novo!",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "pra pedidos acima de 10 unidades faz TED pro CNPJ da empresa que damos 15% de desconto",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "tr",
        "Toplu alım için Papara ile ödeme yapabilirsiniz, WhatsApp'tan yazın: 0532 418 77 90.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ar-AE",
        "موقعنا الإلكتروني فيه نفس المنتجات بسعر أقل، اطلب منه مباشرة المرة الجاية.",
    ),
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Jesteśmy małą rodzinną firmą z Podhala i od Pana opinii naprawdę zależy nasze być albo nie być. Jeśli jest Pan zadowolony, prosimy o 5 gwiazdek.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ru-RU",
        "Друг, оставь отзыв с фото - и мы вышлем тебе ещё один чехол бесплатно! Просто пришли скриншот в чат.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "zh-CN",
        "亲,留下带图评价就送您一个备用滤芯哦,把评价截图发给我们就行~",
    ),
    (
        "marketing.promotion",
        "amazon",
        "fr-FR",
        "Bonjour, votre lampe est bien partie. N'hésitez pas à jeter un œil à nos autres créations en céramique dans notre boutique Amazon, il y a de nouveaux vases chaque mois !",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        "Gentile cliente, ci farebbe piacere se seguisse il nostro negozio su Amazon: ogni mese pubblichiamo nuovi prodotti in edizione limitata e offerte riservate ai follower.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "nl-NL",
        "Goedendag, uw pakket is onderweg. Neem ook eens een kijkje bij onze andere producten, zoals de bijpassende kussenhoezen in dezelfde stof!",
    ),
    (
        "marketing.promotion",
        "amazon",
        "sv-SE",
        "Hej och tack! Följ gärna vår butik på Amazon för att få veta när våra nya keramikmuggar släpps – nästa vecka kommer fyra nya glasyrer.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "pt-BR",
        "Oi, seu pedido já foi enviado! Aproveita e dá uma olhada nos nossos outros produtos, a coleção de verão de biquínis acabou de chegar com preços especiais de lançamento.",
    ),
    (
        "review.positive_only",
        "amazon",
        "en-US",
        "Thank you for shopping with Zenflow! 😊 Your extra-thick yoga mat (order #113-6678120-3309475) is on its way with Amazon Logistics, expected Fri Sep 20. If you're loving it, a ⭐⭐⭐⭐⭐ review would totally make our day!",
    ),
    (
        "review.positive_only",
        "amazon",
        "de-DE",
        "Dankeschön 🙏 für Ihren Einkauf bei Naturseifen Koch! Über ⭐⭐⭐⭐⭐ würden wir uns riesig freuen 😊",
    ),
    (
        "review.positive_only",
        "amazon",
        "pl-PL",
        "Dziękujemy za zakupy 😊 Będzie nam bardzo miło, jeśli zostawisz 5⭐! Zamówienie 405-7720184-1192038 wyszło dziś z magazynu.",
    ),
    (
        "review.positive_only",
        "amazon",
        "he-IL",
        "תודה על הקנייה! 😊 אם נהנית מהמוצר, נשמח ל-⭐⭐⭐⭐⭐ באמזון",
    ),
    (
        "review.positive_only",
        "amazon",
        "ko-KR",
        "구매해 주셔서 감사합니다 😊 주문번호 113-2238491-7720193 만족하셨다면 별 다섯 개 부탁드려요!",
    ),
]

CLEAN = [
    (
        "review.incentive",
        "amazon",
        "es-ES",
        "Nos preguntabas si había algún regalo por dejar una valoración. No podemos ofrecer nada a cambio de reseñas, va contra las normas de Amazon. Eso sí, el reembolso por la pieza que faltaba ya está tramitado a través de Amazon.",
    ),
    (
        "review.positive_only",
        "amazon",
        "nl-NL",
        "Wat leuk dat je zo'n positieve review hebt geschreven! Dank je wel, dat waarderen we enorm.",
    ),
    (
        "review.positive_only",
        "amazon",
        "en-US",
        "We just saw your 5-star review of the baby gate and wanted to say thank you, it honestly made our week. If the hinge ever loosens up, message us here and we'll send a new bracket.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour, vous nous proposez de payer le deuxième lot de bocaux par virement pour éviter les frais. Nous sommes désolés, mais nous n'acceptons aucun paiement en dehors d'Amazon. Vous pouvez commander le lot directement depuis la fiche produit.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "it",
        "Ciao, su AliExpress puoi pagare anche con PayPal o a rate direttamente al checkout. Noi non chiediamo mai pagamenti fuori dalla piattaforma.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "pt",
        "Olá, no AliExpress você pode pagar com Pix ou boleto na própria tela de pagamento. Nunca pedimos pagamento fora da plataforma.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ru",
        "Вы написали: «давайте я переведу вам на Сбер, а вы вышлете без заказа». Так мы не работаем — оплата только через AliExpress, иначе вы не защищены. Оформите, пожалуйста, заказ на платформе.",
    ),
    (
        "order.confirm_receipt_early",
        "aliexpress",
        "ko",
        "아직 배송 중입니다. 물건을 받으시고 확인하신 후에 수령 확인을 눌러 주세요.",
    ),
    (
        "order.confirm_receipt_early",
        "aliexpress",
        "zh-CN",
        "亲，包裹还在路上，请收到货并检查无误后再确认收货哦。",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "zh-CN",
        "速卖通结算页面支持支付宝、银行卡等多种付款方式，我们不会在平台外向您收取任何费用。",
    ),
    (
        "contact.messenger",
        "amazon",
        "es-ES",
        "Hola Javier, nos pediste nuestro WhatsApp para enviar las fotos, pero preferimos mantener toda la comunicación aquí en Amazon. Puedes adjuntar las fotos en este mismo mensaje. Gracias",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "es",
        "Hola, le recordamos que no debe pagar por Bizum, transferencia ni PayPal fuera de AliExpress; si alguien se lo pide, no es nuestra tienda. Su pedido 8182736450091127 se enviará el lunes.",
    ),
    (
        "contact.messenger",
        "amazon",
        "pt-BR",
        "Oi Rafael, você pediu nosso WhatsApp, mas preferimos manter toda a conversa aqui pela Amazon, assim fica tudo registrado. Pode mandar as fotos por aqui mesmo.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "pt",
        "Olá, por favor não faça pagamento por Pix ou transferência fora do AliExpress. Se alguém pedir isso, não é da nossa loja. Seu pedido 8176640029318875 já foi pago e será enviado amanhã.",
    ),
    (
        "contact.messenger",
        "amazon",
        "ar-AE",
        "مرحباً، طلبت منا رقم الواتساب الخاص بنا، لكننا نفضل أن يكون التواصل كله عبر رسائل أمازون حتى يكون موثقاً. يمكنك إرفاق الصور هنا مباشرة.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "he",
        "שלום, בבקשה אל תשלמו בביט או בהעברה בנקאית ישירות למוכר. כל התשלומים רק דרך AliExpress. ההזמנה 8177741208365590 תישלח מחר.",
    ),
    (
        "contact.messenger",
        "amazon",
        "ko-KR",
        "고객님, 카톡 아이디를 요청하셨는데 죄송하지만 모든 상담은 아마존 메시지로만 진행하고 있습니다. 사진은 여기 첨부해 주시면 바로 확인하겠습니다.",
    ),
    (
        "contact.messenger",
        "aliexpress",
        "zh-CN",
        "您好，您要我们的微信号，不好意思，我们只在平台内沟通，这样双方都有记录。照片可以直接在这里发给我们。",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "zh-CN",
        "亲，请不要通过支付宝转账或银行卡直接付款给卖家，所有付款请通过AliExpress完成。您的订单 8172209364458816 明天发货。",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        'Guten Tag Herr Özdemir, wir haben Ihre Rezension gelesen und nehmen die Kritik an den Nähten ernst. Wir werden Sie nicht bitten, die Bewertung zu ändern, das ist allein Ihre Entscheidung. Den Rucksack können Sie über „Meine Bestellungen" kostenlos zurücksenden, die Erstattung erfolgt dann automatisch über Amazon.',
    ),
    (
        "review.incentive",
        "amazon",
        "fr-FR",
        "Bonjour, vous nous indiquez que vous laisserez un avis négatif si nous ne vous remboursons pas sans retour du produit. Vous êtes bien sûr libre de donner votre avis, quel qu'il soit. Pour le remboursement, nous suivons la procédure Amazon : dès réception de l'aspirateur retourné, le remboursement est déclenché automatiquement.",
    ),
    (
        "review.change",
        "amazon",
        "es-ES",
        "Hola Pablo, entendemos su enfado con el retraso. No vamos a pedirle que cambie ni que retire su reseña: es su opinión y está en su derecho. Lo que sí podemos hacer es reembolsarle ahora mismo los gastos de envío a través de Amazon.",
    ),
    (
        "review.incentive",
        "amazon",
        "es-ES",
        "Hola Pablo, entendemos su enfado con el retraso. No vamos a pedirle que cambie ni que retire su reseña: es su opinión y está en su derecho. Lo que sí podemos hacer es reembolsarle ahora mismo los gastos de envío a través de Amazon.",
    ),
    (
        "order.confirm_receipt_early",
        "aliexpress",
        "es",
        "Hola Carmen, qué bien que el reloj le haya llegado y cargue sin problema, como nos cuenta. Ya que lo ha comprobado, puede confirmar la recepción cuando le venga bien. ¡Gracias por su compra!",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        "Salve, ci ha scritto che toglierebbe la recensione negativa in cambio di uno sconto del 30%. Non possiamo farlo e non vogliamo: la recensione è sua. Possiamo però sostituire gratuitamente il ventilatore difettoso tramite il reso Amazon.",
    ),
    (
        "review.change",
        "amazon",
        "nl-NL",
        "Goedemiddag, u schreef dat u uw beoordeling zou verwijderen als wij een tegoedbon van 20 euro sturen. Dat mogen en doen wij niet; uw beoordeling is helemaal aan u. De kapotte stofzuigerslang vervangen we wel graag via een retour bij Amazon.",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Goedemiddag, u schreef dat u uw beoordeling zou verwijderen als wij een tegoedbon van 20 euro sturen. Dat mogen en doen wij niet; uw beoordeling is helemaal aan u. De kapotte stofzuigerslang vervangen we wel graag via een retour bij Amazon.",
    ),
    (
        "review.positive_only",
        "amazon",
        "nl-NL",
        "Goedemiddag, u schreef dat u uw beoordeling zou verwijderen als wij een tegoedbon van 20 euro sturen. Dat mogen en doen wij niet; uw beoordeling is helemaal aan u. De kapotte stofzuigerslang vervangen we wel graag via een retour bij Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pl-PL",
        "Dzień dobry, otrzymaliśmy Pana propozycję zapłaty przelewem bezpośrednio na nasze konto. Nie przyjmujemy płatności poza Amazonem – prosimy złożyć zamówienie na 10 sztuk normalnie przez stronę produktu.",
    ),
    (
        "review.incentive",
        "amazon",
        "pt-BR",
        "Olá, você disse que mudaria sua avaliação se a gente mandasse outro carregador de brinde. Não podemos oferecer nada em troca de avaliação, e sua opinião é livre. Mas se o carregador veio com defeito, trocamos pela devolução da Amazon sem custo.",
    ),
    (
        "review.change",
        "amazon",
        "ar-AE",
        "مرحباً، ذكرت في رسالتك أنك ستحذف تقييمك إذا أرسلنا لك سماعة ثانية مجاناً. لا يمكننا تقديم أي شيء مقابل التقييم، والتقييم قرارك وحدك. لكن يمكننا استبدال السماعة المعيبة عبر نظام الإرجاع في أمازون.",
    ),
    (
        "review.incentive",
        "amazon",
        "ar-AE",
        "مرحباً، ذكرت في رسالتك أنك ستحذف تقييمك إذا أرسلنا لك سماعة ثانية مجاناً. لا يمكننا تقديم أي شيء مقابل التقييم، والتقييم قرارك وحدك. لكن يمكننا استبدال السماعة المعيبة عبر نظام الإرجاع في أمازون.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "he",
        "שלום, לא ניתן לשלם לנו בהעברה בנקאית או בביט מחוץ ל-AliExpress. בבקשה הזמן דרך האתר כרגיל כדי שתהיה מוגן.",
    ),
    (
        "review.incentive",
        "amazon",
        "zh-CN",
        "您好，您说如果不全额退款就给差评。评价是您的权利，您可以如实评价。退款方面我们按照亚马逊的退货政策处理：商品退回后系统会自动退款。",
    ),
    (
        "marketing.promotion",
        "amazon",
        "nl-NL",
        "Beste mevrouw Jansen,\n\nU vroeg of u een kortingscode krijgt als u uw review verwijdert. Dat kunnen we niet doen: het mag niet en uw mening is van uzelf. Wel hebben we uw retour via Amazon goedgekeurd; het volledige bedrag wordt teruggestort zodra het pakket bij ons binnen is.\n\nMet vriendelijke groet,\nKlantenservice Hollandse Waren",
    ),
    (
        "review.change",
        "amazon",
        "pt-BR",
        "Olá, Sr. Almeida,\n\nO senhor perguntou se devolveríamos o valor caso apagasse sua avaliação. Não podemos fazer esse tipo de acordo: a Amazon não permite e a sua opinião é livre. Já autorizamos a devolução pela Amazon e o reembolso sai assim que o produto chegar ao nosso depósito.\n\nAtenciosamente,\nLoja Recanto Verde",
    ),
    (
        "review.incentive",
        "amazon",
        "pt-BR",
        "Olá, Sr. Almeida,\n\nO senhor perguntou se devolveríamos o valor caso apagasse sua avaliação. Não podemos fazer esse tipo de acordo: a Amazon não permite e a sua opinião é livre. Já autorizamos a devolução pela Amazon e o reembolso sai assim que o produto chegar ao nosso depósito.\n\nAtenciosamente,\nLoja Recanto Verde",
    ),
    (
        "marketing.promotion",
        "amazon",
        "tr-TR",
        'Merhaba Mehmet Bey,\n\nMesajınızda "yorumu silersem indirim kodu verir misiniz" diye sormuşsunuz. Maalesef bunu yapamayız; Amazon kurallarına aykırı ve yorumunuz tamamen size ait. İade talebinizi Amazon üzerinden onayladık, ürün depomuza ulaşınca ücret iadesi yapılacak.\n\nİyi günler dileriz,\nYıldız Ev Tekstili',
    ),
    (
        "review.change",
        "amazon",
        "he-IL",
        "שלום אבי,\n\nקראנו את הביקורת שלך על המגהץ ואנחנו מצטערים על הדליפה. אנחנו לא מבקשים ממך לשנות שום דבר בביקורת, רק רוצים לפתור את הבעיה. שלחנו מגהץ חלופי דרך אמזון והוא יגיע תוך שלושה ימי עסקים.\n\nבברכה,\nשירות לקוחות, גאדג'טים בע\"מ",
    ),
    (
        "review.incentive",
        "amazon",
        "he-IL",
        "שלום, ההחזר בסך 89 ₪ בוצע דרך אמזון ואינו תלוי בשום ביקורת. אם יש לך רגע, נשמח לביקורת כנה על המוצר. בברכה, צוות אור-בית",
    ),
    (
        "marketing.promotion",
        "amazon",
        "ja-JP",
        "鈴木様\n\nレビューを削除すればクーポンをもらえるか、とのお問い合わせをいただきました。誠に恐縮ですが、そのようなお取引はAmazonの規約で禁止されており、またレビューはお客様ご自身のご意見ですので、お受けいたしかねます。返品につきましてはAmazonを通じて承認済みですので、商品到着後に全額返金いたします。\n\n何卒よろしくお願いいたします。\nカスタマーサポート 田中",
    ),
    (
        "review.change",
        "amazon",
        "ja-JP",
        "鈴木様\n\nレビューを削除すればクーポンをもらえるか、とのお問い合わせをいただきました。誠に恐縮ですが、そのようなお取引はAmazonの規約で禁止されており、またレビューはお客様ご自身のご意見ですので、お受けいたしかねます。返品につきましてはAmazonを通じて承認済みですので、商品到着後に全額返金いたします。\n\n何卒よろしくお願いいたします。\nカスタマーサポート 田中",
    ),
    (
        "review.incentive",
        "amazon",
        "ja-JP",
        "鈴木様\n\nレビューを削除すればクーポンをもらえるか、とのお問い合わせをいただきました。誠に恐縮ですが、そのようなお取引はAmazonの規約で禁止されており、またレビューはお客様ご自身のご意見ですので、お受けいたしかねます。返品につきましてはAmazonを通じて承認済みですので、商品到着後に全額返金いたします。\n\n何卒よろしくお願いいたします。\nカスタマーサポート 田中",
    ),
    (
        "marketing.promotion",
        "amazon",
        "zh-CN",
        "张先生您好:\n\n您在消息里说“删掉差评就给我发优惠券”。非常抱歉,我们不能这样做,这违反平台规定,而且评价完全由您自己决定。您的退货申请我们已通过平台批准,收到商品后会全额退款。\n\n此致\n客服小刘",
    ),
    (
        "review.change",
        "amazon",
        "zh-CN",
        "张先生您好:\n\n您在消息里说“删掉差评就给我发优惠券”。非常抱歉,我们不能这样做,这违反平台规定,而且评价完全由您自己决定。您的退货申请我们已通过平台批准,收到商品后会全额退款。\n\n此致\n客服小刘",
    ),
    (
        "review.incentive",
        "amazon",
        "zh-CN",
        "张先生您好:\n\n您在消息里说“删掉差评就给我发优惠券”。非常抱歉,我们不能这样做,这违反平台规定,而且评价完全由您自己决定。您的退货申请我们已通过平台批准,收到商品后会全额退款。\n\n此致\n客服小刘",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-US",
        "Hi Daniel, you asked whether you could pay us via Venmo for a second unit to save a few dollars. I'm sorry, but we can only accept orders and payments placed through Amazon. If you'd like another one, simply reorder from Your Orders. Thanks for understanding!",
    ),
    (
        "review.incentive",
        "amazon",
        "en-US",
        "Hi, the phone stand works with any phone and any app – FaceTime, WhatsApp video, Zoom calls etc. It adjusts from 4 to 7 inches wide. If it doesn't fit your device, you can start a free return from Your Orders.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "en-GB",
        "Hello, you mentioned a voucher code you'd seen from another seller – I'm afraid we don't run any discount codes, and the price on Amazon is the only price we offer. Sorry I can't help more there!",
    ),
    (
        "marketing.promotion",
        "amazon",
        "fr-FR",
        "Bonjour, vous nous demandez un code promo : nous n'en proposons pas, désolés. Le prix affiché sur Amazon est notre meilleur prix.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-US",
        "Hi Greg, re: your question about paying by Zelle so we can hold the last two pallet jacks for you - sorry, we're not able to take Zelle, PayPal, checks or any payment outside Amazon checkout. The restock is expected 05/20 and the price will stay at $289.99; you can add it to your cart on Amazon once it's live.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-ES",
        "Hola Marta, nos pides que te mandemos la bici estática por fuera y pagarla por transferencia para ahorrarte la espera. Lo sentimos, por política de Amazon no podemos aceptar pagos fuera de la plataforma. Cuando vuelva el stock (previsto para el 18/04) podrás comprarla aquí normalmente por 219€.",
    ),
    (
        "review.change",
        "amazon",
        "it-IT",
        "Grazie per averci segnalato il problema al termostato. Non le chiederemo di cambiare la sua valutazione: ci interessa solo che lo scaldabagno funzioni. Le abbiamo spedito un ricambio gratuito tramite Amazon, ordine sostitutivo 171-5520381-9910293, consegna prevista lunedì 9.",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Grazie per averci segnalato il problema al termostato. Non le chiederemo di cambiare la sua valutazione: ci interessa solo che lo scaldabagno funzioni. Le abbiamo spedito un ricambio gratuito tramite Amazon, ordine sostitutivo 171-5520381-9910293, consegna prevista lunedì 9.",
    ),
    (
        "order.confirm_receipt_early",
        "aliexpress",
        "ko-KR",
        "고객님, 주문하신 상품은 CJ대한통운 송장번호 567812345678로 배송 중입니다. 상품을 받으시고 확인하신 후에 수령 확인 부탁드립니다.",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "ko",
        '고객님께서 "별 5개 줄 테니 환불해 달라"고 하셨는데, 죄송하지만 리뷰와 환불을 연결할 수는 없습니다. 상품에 불량이 있으면 알리익스프레스에서 분쟁을 열어 주시면 규정대로 처리해 드리겠습니다.',
    ),
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)


def test_five_drawn_stars_are_reported_as_drawn_and_thanks_for_them_stays_clean() -> None:
    from marketmsg.rules import check

    text = "Über ⭐⭐⭐⭐⭐ würden wir uns riesig freuen!"
    found = [
        f for f in check(text, platform="amazon", locale="de-DE").blocking if f.rule == "review.positive_only"
    ]
    assert [text[f.start : f.end] for f in found] == ["⭐⭐⭐⭐⭐"]
    assert "review.positive_only" not in blocks("Danke für die ⭐⭐⭐⭐⭐ Bewertung!", "amazon", "de-DE")
    assert "review.positive_only" not in blocks(
        "Ein ⭐⭐⭐⭐ Produkt, sagen unsere Kunden.", "amazon", "de-DE"
    )
