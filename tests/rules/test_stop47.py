"""Stop 47: probes written blind for this stop (by a writer who saw no rule code and no corpus), in 16 languages.

Phones (Amazon Communication Guidelines; AliExpress §8): a number whose groups a Japanese writer joins with the
particle の ("090の1234の5678", as it is read aloud); a number followed by the words that text or call it, after a space
or a Turkish case suffix ("… 0 1 0 5 5 7 3 2 2 1 8 로 문자 남겨주세요", "0 533 607 19 44'e SMS atın"), which outweigh an
order word before it; a number an id is sent *to* ("Text your order number to 917 380 5526"); a number given in pieces
with the call or text asked after it ("the first part is 917, then 380, last four 5526 — just call"), or with its area
code as the first piece ("Alan kodu 0216, numara 455 90 12 — atölyeyi arayın").

Clean: sizes joined by の, postcodes and tracking numbers in Japanese sentences with の, a QQ number (a messenger id,
the messenger rule's), an order number still the order's ("The order number to quote is 112-…").

Look-alike letters: "S" for 5 and "B" for 8 too ("6l7-4O9-3S82", "O6 l2 S8 B4 7O", "Ｏ９Ｏ－ｌ２Ｓ４－ＢＢ７Ｏ"; 11 of 16
such probes were missed); a word made of look-alike letters before the groups ("is O79l1 …") is trimmed, not read as a
group. Digits as read out on the phone: the Chinese radio readings 洞 (0) and 拐 (7) beside 幺 (1), the Japanese "まる" for
zero, the dash read "다시" between Korean groups. A number spelled in pieces joined by "then", "the rest" or the next sentence ("fängt mit null eins fünf zwei an. Danach
kommt drei eins acht sieben", "commence par zéro sept. Ensuite c'est soixante et un") must spell a valid number of the
buyer's regions, however long: sizes and steps joined by "then" stay clean. The Brazilian "meia" (half a dozen) read as a six ("nove nove meia sete dois"); "meia hora" and "sete e meia" stay
prose. Hundreds written as one word with their tens and units, as Italian and Swedish write them ("trecentoquarantasette",
"fyrahundrafemtioåtta"), are read as a group of three digits. Left: Brazilian digit words with the
area code after them ("nove, nove, oito … — DDD 31"), a Japanese or Chinese number in pieces with the call asked in the
next sentence or in words not yet listed ("打过来就行").

Promotion on Amazon (Communication Guidelines: no marketing or promotional content; 58 of 146 probes were missed before
this stop): the seller's Amazon store or brand page shown to the buyer ("Schauen Sie doch auch mal in unserem
Amazon-Markenshop vorbei", "Zapraszamy do naszego sklepu na Amazon", "מוזמנים להציץ בחנות שלנו באמזון"); a new model, line
or collection launched, or open for pre-order ("nous lançons une nouvelle gamme", "ist ab sofort vorbestellbar",
"新款空气炸锅已开放预售"); a sale with its discount "up to" a percentage ("скидки до 50% на весь ассортимент", "全店商品低至五折");
friends referred for a reward; a loyalty club; following the shop in informal or polite forms ("Síguenos en TikTok",
"Polub nas na Facebooku"); another product recommended with a deal on it; "buy two, get the third free" in words.

Clean: a newsletter the seller says it does not have ("Bülten veya e-posta listemiz yok"), the coupon or code the buyer
already used at the checkout explaining the price ("Rabattkoden du använde i kassan har dragits av"), the accessory the
buyer asked about, a spare part not sold separately. Left (the corpora label them otherwise): a gift or discount on the
next order for a review (an incentive; tuning ae-ar-006 and t4-pl-201 are not promotion), the seller's own site cheaper
(off-platform; labelled promotion in some tuning rows and not in most), and the LINE official account to add (the
messenger invitation it is).

Reviews (Amazon Communication Guidelines; AliExpress §8): the listing said to vanish from search or be removed without
reviews is pressure, in 12 languages ("Ohne neue Bewertungen wird unser Angebot bald von Amazon ausgeblendet",
"レビューが集まらないと、来月には出品を停止せざるを得ない"), and no change request (the listing vanishes, not a review); the
pleased buyer sent to review and the displeased one to the seller in one sentence is positive-only ("Ürünü beğendiyseniz
Amazon'da paylaşın; beğenmediyseniz … önce bize anlatın"). Clean: how to edit one's own review told "as you asked"
("Comme vous nous l'avez demandé : pour modifier votre avis, rendez-vous dans …"), confirming receipt on AliExpress once
the parcel has arrived, said in the sentence before ("paczka dotarła", "الطلب وصلك سليماً", "החבילה הגיעה"), also across a
one-word answer ("Vous avez bien reçu le colis … ? Parfait ! Vous pouvez maintenant confirmer la réception").

Incentives: a reward left unnamed or money given back in other verbs ("we'll make it worth your while", "dan maken we het
de moeite waard", "вас ждёт приятный сюрприз", "سنكافئك بما يرضيك", "nous vous rendons 30 %", "så ger vi tillbaka 30%");
a trade the platform's rules do not allow the seller to make ("Amazon policy does not allow us to offer anything in return
for reviews", "Nous ne sommes pas autorisés à offrir …", "Non ci è consentito offrire nulla …") is none.

Off-platform deals (Amazon Communication Guidelines; AliExpress §8): the difference or the payment settled "between us"
("Den Differenzbetrag … regeln wir einfach unter uns", "Dopłatę … załatwimy między nami", "차액은 저희끼리 따로 정리"), the
order cancelled for the goods sent cash on delivery or paid in cash ("Annulli l'ordine e glielo spedisco io in
contrassegno", "ألغِ الطلب … والدفع كاش"), handed over for cash ("手渡しで現金でのお支払い"), the refund sent by the seller
through an app ("I can just send the refund to your Venmo", "Возврат могу сделать сразу по СБП"). Clean: another
marketplace denied ("we verkopen alleen via …, niet op Bol of Marktplaats", "nie mamy sklepu na Allegro"; not after a
"but": "Niet hier maar op Marktplaats …" still blocks), a method refused ("Tyvärr tar vi inte emot betalning via PayPal",
"PayPalや銀行振込でのお支払いは承っておりません"). The seller who never contacts the buyer elsewhere ("Wir kontaktieren Sie niemals per WhatsApp … außerhalb von Amazon")
or accepts no payment outside ("Vi accepterar inte betalning utanför AliExpress") offers no deal; a refund by PayPal
promised for a closed dispute ("chiuda la controversia …, le mandiamo il rimborso su PayPal") is one. Messengers: the WeChat id "the same as the number" ("vx同号 138…"), "een appje naar het nummer", LINE offered beside
the phone ("LINEかお電話で"). Clean: "欢迎再次光临" (welcome back) after thanks for a review is no repeated ask, and stars
a label prints for a grade ("五颗星表示床垫的硬度等级") ask for nothing. The steps to edit one's own review, the orders page and the "write a review" button both named, with the decision left to
the buyer ("… Ahí puede modificarla o eliminarla; la decisión es solo suya", 11 of 16 languages blocked before), are no
change request — unless a "please", a benefit or the top mark sits on the change ("… y cambie su valoración, por favor").
The platform's coupon applied at the checkout ("Amazonのクーポンがレジで適用された", "结账时亚马逊自动使用了优惠券") and the
checkout named in Polish ("przy finalizacji zamówienia … w koszyku") promote nothing and move no payment. Left: Brazilian boleto and Pix named at the platform's own checkout in
words the checkout list lacks ("na hora de finalizar").

Most other buyers said to have reviewed already ("La plupart de nos clients ont déjà partagé leur avis", "Prawie wszyscy
kupujący … już nas ocenili") and the buyer asked to say when the review is up or that one will come ("Merci de nous
répondre dès que vous aurez publié votre avis", "Kan du bekräfta att du kommer att skriva en recension") are pressure —
but "tell us when it is done" closing a bargain is the incentive's step only, as the tuning set labels it. The buyer's
own proposal to pay outside, refused ("Vous nous avez proposé de payer par virement …, mais nous préférons que la
transaction reste sur …", "Вы предложили оплатить переводом на карту, но мы принимаем оплату только через …"), is no deal
(11 of 16 languages blocked before).

The earlier ask recalled ("nous vous avions écrit la semaine dernière au sujet de votre avis", "Vi skrev för några dagar
sedan om en recension", "pisałem już wczoraj… czy możesz dziś zostawić opinię?") is pressure; the same words about a
return are not.

Left: the split across two sentences ("… a quick 5-star would totally make our day! If anything is less than perfect,
please reach out to us first"), an ask repeated three times in one message, "We wrote to you a few days ago about the
replacement; thanks for the great review" (read as pressure before this stop too), and "As you asked: …" more than 90 characters
before the edit it explains."""

from __future__ import annotations

import pytest

from ._blocking import blocks

PHONES = [
    ("ja-JP", "お電話は090の1234の5678まで。"),
    ("ja-JP", "お電話は０９０の１２３４の５６７８まで。"),
    ("ja-JP", "電話：03の1234の5678（平日のみ）"),
    ("ko-KR", "주문번호랑 같이 0 1 0 5 5 7 3 2 2 1 8 로 문자 남겨주세요."),
    ("ko-KR", "주문번호랑 같이 010-5573-2218로 문자 남겨주세요."),
    ("tr-TR", "Sipariş numaranızla 0 533 607 19 44'e SMS atın lütfen."),
    ("tr-TR", "Sipariş numaranızla birlikte 0533 607 19 44 numarasına SMS atın."),
    ("en-US", "Text your order number to 917 380 5526."),
    ("de-DE", "Schicken Sie uns die Bestellnummer per SMS an 0151 2345 6789."),
    ("fr-FR", "Envoyez le numéro de commande par SMS au 06 12 34 56 78."),
    ("ru-RU", "Отправьте номер заказа на +7 916 123-45-67."),
    ("en-US", "the first part is 917, then 380, last four 5526 — just call and mention your order"),
    ("fr-FR", "Le début c'est 07 81, puis 66 40 29, envoyez-moi un SMS avec votre numéro de commande svp"),
    ("tr-TR", "Alan kodu 0216, numara 455 90 12 — atölyeyi arayın, Mehmet Bey ilgilenir."),
]

NO_PHONES = [
    ("ja-JP", "サイズは23の24の25がございます。"),
    (
        "ja-JP",
        "郵便番号 150-0002 の地域は通常配送エリアですので、お届けは 19時〜21時 の時間帯もご指定いただけます。",
    ),
    ("ja-JP", "お客様、郵便番号150-0001（渋谷区神宮前）のご住所を確認しました。関税コードHS 6404.11です。"),
    ("ja-JP", "追跡番号 4412-8830-2217 の荷物は、3月13日 14:20 にご不在のため持ち戻りとなりました。"),
    ("ja-JP", "注文番号は250-1234567-1234567の商品です。"),
    ("zh-CN", "有任何问题加QQ 123456789 联系客服，回复更快。"),
    ("en-US", "The order number to quote is 112-1234567-1234567."),
    ("en-US", "Your tracking number to use is 1Z999AA10123456784."),
    ("ko-KR", "운송장 번호 6543 2109 8765 로 조회하시면 됩니다."),
    ("tr-TR", "Kargo takip numaranız 1234567890, Yurtiçi Kargo ile gönderildi."),
]


@pytest.mark.parametrize(("locale", "text"), PHONES)
def test_a_phone_number_blocks(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_PHONES)
def test_ids_sizes_and_messenger_ids_are_no_phone(locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, "amazon", locale)


PROMOTIONS = [
    (
        "en-US",
        "Hi, just wanted to let you know we launched a new line of stainless steel water bottles this week – check out our Amazon storefront to see the full collection.",
    ),
    (
        "en-US",
        "Dear customer, the new Model X2 blender is now available for pre-order on Amazon, and as a previous buyer you get priority shipping.",
    ),
    ("en-US", "Psst – something new is coming to our shop next month, so keep an eye on our brand page!"),
    (
        "de-DE",
        "Schauen Sie doch auch mal in unserem Amazon-Markenshop vorbei – dort finden Sie passende Bettlaken und Kissenbezüge zu Ihrer Decke.",
    ),
    (
        "de-DE",
        "Unser neues Modell ProClean 3 ist ab sofort vorbestellbar – als bisheriger Kunde erhalten Sie es zuerst.",
    ),
    (
        "fr-FR",
        "Bonjour, nous lançons une nouvelle gamme de bougies parfumées, n'hésitez pas à visiter notre boutique Amazon pour la découvrir.",
    ),
    (
        "fr-FR",
        "Pour compléter votre achat, nous vous conseillons notre housse de protection assortie, actuellement en promo à -30 %.",
    ),
    (
        "fr-FR",
        "Parrainez un ami et recevez tous les deux un bon de 10 € sur votre prochaine commande chez nous.",
    ),
    (
        "fr-FR",
        "Les soldes d'hiver commencent demain dans notre boutique : jusqu'à -50 % sur toute la collection !",
    ),
    (
        "es-ES",
        "Acabamos de lanzar la nueva versión de nuestros auriculares con cancelación de ruido, ¡ya disponibles en preventa!",
    ),
    (
        "es-ES",
        "Síguenos en TikTok e Instagram como @casaviva.es para enterarte de nuestros sorteos y novedades.",
    ),
    ("es-ES", "Únete a nuestro club de clientes en www.tiendasol.es/club y acumula puntos en cada compra."),
    ("es-ES", "Recomiéndanos a tus amigos y familiares, ¡a ellos también les haremos un precio especial!"),
    (
        "it-IT",
        "Buongiorno, le segnaliamo che nel nostro negozio Amazon sono arrivati i nuovi modelli primavera-estate, dia un'occhiata!",
    ),
    (
        "it-IT",
        "Per il suo nuovo trapano le consigliamo anche il nostro set di punte da 50 pezzi, oggi in offerta lampo.",
    ),
    (
        "it-IT",
        "Ci segua su Facebook (Casa Bella Italia) e metta mi piace alla pagina per partecipare al nostro giveaway mensile.",
    ),
    ("pt-BR", "Segue a gente no Insta @lojabellacasa 😍 lá tem sorteio toda semana!"),
    (
        "pt-BR",
        "Lançamento! A nova garrafa térmica 1L já está em pré-venda, garanta a sua antes de todo mundo.",
    ),
    ("pt-BR", "Indique para seus amigos e ganhe R$ 20 de desconto para cada amigo que comprar."),
    ("pt-BR", "Aproveite nosso kit: comprando 2 capas você leva a terceira de brinde no próximo pedido."),
    (
        "ja-JP",
        "【予告】新モデル「エアピロー2」の予約受付を来週より開始いたします。既存のお客様には優先してご案内いたします。",
    ),
    ("zh-CN", "您好,欢迎光临我们的亚马逊店铺,店里还有很多同系列的新品,欢迎选购。"),
    ("zh-CN", "双十一大促马上开始啦🔥全店商品低至五折,千万别错过!"),
    ("zh-CN", "我们的新款空气炸锅已开放预售,老客户可享受优先发货。"),
    (
        "nl-NL",
        "Neem ook eens een kijkje in onze Amazon-winkel, daar vind je de bijpassende kussenslopen voor je dekbed.",
    ),
    ("nl-NL", "Binnenkort lanceren we de nieuwe versie van onze stofzuiger, je kunt hem nu al reserveren."),
    ("nl-NL", "Alleen deze week: koop 2 pannen en krijg de derde gratis in onze winkel."),
    ("pl-PL", "Zapraszamy do naszego sklepu na Amazon – znajdziesz tam pozostałe produkty naszej marki."),
    ("pl-PL", "Do Twojej nowej kamery polecamy nasz statyw i kartę pamięci, teraz w zestawie taniej o 20%."),
    (
        "pl-PL",
        "Polub nas na Facebooku i obserwuj na Instagramie @domowyklimat, co miesiąc organizujemy konkurs z nagrodami!",
    ),
    (
        "pl-PL",
        "Nowy model odkurzacza X500 jest już dostępny w przedsprzedaży, stałym klientom wysyłamy go w pierwszej kolejności.",
    ),
    ("pl-PL", "Dołącz do naszego klubu lojalnościowego, zbieraj punkty i wymieniaj je na prezenty."),
    ("sv-SE", "Hej! Kika gärna in i vår butik på Amazon, där hittar du fler produkter från vårt varumärke."),
    (
        "sv-SE",
        "Nu lanserar vi vår nya kollektion av linnehanddukar – perfekt tillsammans med ditt nya badlakan.",
    ),
    ("sv-SE", "Mellandagsrea hos oss 🛍️ upp till 50 % på hela sortimentet!"),
    ("sv-SE", "Tipsa dina vänner om oss, ni får båda ett presentkort på 100 kr när de handlar."),
    (
        "sv-SE",
        "Om du är nöjd, ge oss gärna 5 stjärnor – och missa inte vårt paketerbjudande: köp två, få en tredje gratis.",
    ),
    (
        "tr-TR",
        "Yeni model kahve makinemiz ön siparişe açıldı, mevcut müşterilerimize öncelikli gönderim yapıyoruz.",
    ),
    ("tr-TR", "Yaz indirimi başladı ☀️ tüm ürünlerde %40'a varan indirim!"),
    ("tr-TR", "Arkadaşlarınıza tavsiye edin, her yeni müşteri için size 50 TL indirim!"),
    ("ru-RU", "Приглашаем вас заглянуть в наш магазин на Amazon — там вся линейка товаров нашего бренда."),
    ("ru-RU", "Подписывайтесь на наш Telegram-канал @dom_uyut_shop, там розыгрыши и новинки каждую неделю!"),
    (
        "ru-RU",
        "Скоро старт продаж новой модели увлажнителя — для постоянных покупателей уже открыт предзаказ.",
    ),
    ("ru-RU", "Распродажа к Новому году 🎅 скидки до 50% на весь ассортимент!"),
    ("ru-RU", "Вступайте в наш клуб постоянных покупателей и получайте бонусы за каждую покупку."),
    ("ar-AE", "ندعوك لزيارة متجرنا على أمازون لاكتشاف باقي منتجاتنا من نفس العلامة التجارية."),
    ("ar-AE", "عروض رمضان بدأت 🌙 خصومات تصل إلى 40% على جميع المنتجات!"),
    ("ar-AE", "أطلقنا مجموعة عطور جديدة لهذا الموسم، وهي متوفرة الآن للطلب المسبق."),
    ("ar-AE", "ننصحك بشراء الغطاء المناسب لجهازك، واحصل على خصم عند شراء المجموعة كاملة."),
    ("ar-AE", "انضم إلى برنامج الولاء الخاص بنا واجمع النقاط مع كل عملية شراء."),
    ("ko-KR", "저희 아마존 스토어에 방문하시면 같은 시리즈의 다른 제품들도 보실 수 있습니다."),
    ("ko-KR", "신형 모델 예약 판매가 시작되었습니다. 기존 고객님께는 우선 배송해 드립니다."),
    ("ko-KR", "구매하신 텀블러와 잘 어울리는 전용 파우치도 있어요, 함께 구매하시면 할인됩니다."),
    ("ko-KR", "친구에게 추천해 주시면 추천인과 친구 모두에게 적립금을 드립니다."),
    ("he-IL", "מוזמנים להציץ בחנות שלנו באמזון, יש שם עוד הרבה מוצרים מהמותג שלנו."),
    ("he-IL", "השקנו דגם חדש של המטחנה, וכבר אפשר להזמין אותו מראש."),
    ("he-IL", "הצטרפו למועדון הלקוחות שלנו וקבלו הטבות בלעדיות בכל רכישה."),
    ("he-IL", "ספרו לחברים עלינו – כל חבר שמזמין מזכה אתכם ב-20 ש״ח הנחה."),
]

NO_PROMOTIONS = [
    (
        "en-US",
        "The 10% coupon you clipped at checkout was applied to your order, which is why the total shows $26.99 instead of $29.99.",
    ),
    (
        "en-US",
        "To answer your question, we don't have a newsletter or mailing list; any updates about your order will come through Amazon messages.",
    ),
    (
        "de-DE",
        "Einen Newsletter haben wir nicht; alle Infos zu Ihrer Bestellung erhalten Sie hier über das Amazon-Nachrichtensystem.",
    ),
    (
        "fr-FR",
        "Le code promo que vous avez utilisé lors du paiement a bien été pris en compte, c'est pourquoi le montant est de 31,50 € au lieu de 35 €.",
    ),
    (
        "it-IT",
        "Il coupon che ha attivato al momento del pagamento è stato applicato correttamente, per questo ha pagato 22,50 € invece di 25 €.",
    ),
    (
        "pt-BR",
        "Não temos newsletter, mas qualquer atualização do seu pedido você recebe por aqui mesmo, pelas mensagens da Amazon.",
    ),
    ("zh-CN", "您下单时使用的优惠券已经自动抵扣,所以实际支付金额比商品标价少了20元。"),
    (
        "nl-NL",
        "Het prijsverschil komt doordat de kortingscode die je bij het afrekenen gebruikte al van het totaal is afgetrokken.",
    ),
    ("pl-PL", "Nie mamy newslettera – wszystkie informacje o zamówieniu przekażemy przez wiadomości Amazon."),
    (
        "sv-SE",
        "Rabattkoden du använde i kassan har dragits av, därför blev totalsumman 249 kr i stället för 299 kr.",
    ),
    (
        "tr-TR",
        "Bülten veya e-posta listemiz yok, siparişinizle ilgili tüm bilgiler Amazon mesajları üzerinden iletilecektir.",
    ),
    ("ko-KR", "저희는 뉴스레터를 운영하지 않으며, 주문 관련 안내는 아마존 메시지로만 드립니다."),
    (
        "en-US",
        "Hi, you asked whether the 12-inch replacement blade fits your mower: yes, it does. It's listed separately on Amazon under part number RB-12.",
    ),
    (
        "en-US",
        "You can find the full user manual as a PDF on the product page on Amazon, under 'Product guides and documents'.",
    ),
    (
        "de-DE",
        "Der Preisunterschied, nach dem Sie gefragt haben, liegt daran, dass Ihr Gutschein über 5 € beim Bezahlen automatisch abgezogen wurde.",
    ),
    (
        "fr-FR",
        "Nous sommes désolés pour le retard. Votre remboursement de 24,90 € a été effectué et apparaîtra sous 3 à 5 jours ouvrés.",
    ),
    (
        "es-ES",
        "Hola, respecto a tu pregunta, la funda que mencionas sí es compatible con el modelo que compraste, el Galaxy A54.",
    ),
    (
        "es-ES",
        "No tenemos boletín ni lista de correo, cualquier aviso sobre tu pedido te llegará por la mensajería de Amazon.",
    ),
    (
        "it-IT",
        "Ci scusiamo per l'inconveniente. Abbiamo già disposto il rimborso completo di 39,90 €, lo vedrà sul conto entro pochi giorni.",
    ),
    (
        "pt-BR",
        "Olá! Sobre sua dúvida: a película que você perguntou é compatível sim com o modelo que você comprou, o Moto G84.",
    ),
    (
        "pt-BR",
        "O manual está disponível na página do produto na Amazon, é só rolar até 'Documentos do produto'.",
    ),
    (
        "ja-JP",
        "ご注文時にご利用いただいたクーポン(300円引き)が適用されているため、お支払い金額が2,680円となっております。",
    ),
    ("zh-CN", "您好,关于您咨询的替换刷头,很抱歉这个配件目前不单独销售。"),
    ("zh-CN", "您之前订购的缺货商品“不锈钢保温杯”现已到货并已发出,请留意物流信息。"),
    (
        "nl-NL",
        "De handleiding kun je als pdf vinden op de productpagina op Amazon, onder 'Productdocumentatie'.",
    ),
    (
        "pl-PL",
        "Przepraszamy za uszkodzenie. Wysłaliśmy nowy egzemplarz na nasz koszt, uszkodzonego nie trzeba odsyłać.",
    ),
    (
        "sv-SE",
        "Du frågade om laddaren säljs separat – tyvärr gör den inte det, den ingår bara i förpackningen.",
    ),
    ("sv-SE", "Den restnoterade kaffekvarnen du beställde har nu skickats."),
    (
        "tr-TR",
        "Fiyat farkı, ödeme sırasında kullandığınız kuponun toplam tutardan düşülmesinden kaynaklanıyor.",
    ),
    (
        "ru-RU",
        "Приносим извинения за брак. Мы отправили вам замену бесплатно, старый товар возвращать не нужно.",
    ),
    ("ru-RU", "Ваш товар, который был под заказ, поступил на склад и уже отправлен."),
    ("ar-AE", "فرق السعر يعود إلى الكوبون الذي استخدمته عند إتمام الطلب."),
    ("ko-KR", "문의하신 교체용 필터는 아쉽게도 별도로 판매하지 않습니다."),
    ("ko-KR", "사용 설명서는 아마존 상품 페이지의 '제품 안내 및 문서' 항목에서 PDF로 확인하실 수 있습니다."),
    ("he-IL", "הפרש המחיר נובע מהקופון שהפעלת בעת התשלום."),
]


@pytest.mark.parametrize(("locale", "text"), PROMOTIONS)
def test_a_promotion_blocks_on_amazon(locale: str, text: str) -> None:
    assert "marketing.promotion" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_PROMOTIONS)
def test_what_serves_the_order_is_no_promotion(locale: str, text: str) -> None:
    assert "marketing.promotion" not in blocks(text, "amazon", locale)


LISTING_GONE = [
    (
        "en-US",
        "Friendly follow-up! Our listing is brand new and without a few more reviews it basically vanishes from search, so we're really counting on you here.",
    ),
    (
        "de-DE",
        "Ohne neue Bewertungen wird unser Angebot bald von Amazon ausgeblendet – wir wären Ihnen unendlich dankbar, wenn Sie uns jetzt nicht hängen lassen.",
    ),
    (
        "fr-FR",
        "Notre produit risque d'être retiré de la vente faute d'avis… Le vôtre serait vraiment notre bouée de sauvetage.",
    ),
    (
        "pt-BR",
        "Na semana que vem a Amazon faz a revisão do nosso anúncio e, se ele não tiver avaliações suficientes, sai do ar… Conto com você!",
    ),
    (
        "ja-JP",
        "レビューが集まらないと、来月には出品を停止せざるを得ない状況です…。どうかお力をお貸しいただけないでしょうか。",
    ),
    (
        "nl-NL",
        "Zonder nieuwe reviews verdwijnt ons product binnenkort uit de zoekresultaten – je zou ons er echt mee redden.",
    ),
    (
        "sv-SE",
        "Om vi inte når tio recensioner innan Black Friday försvinner vi från kampanjen – vi räknar med dig!",
    ),
    ("ru-RU", "Без новых отзывов наш товар скоро снимут с продажи… Очень надеемся, что вы нас не подведёте."),
    ("ko-KR", "다음 달 아마존 심사 전에 리뷰가 부족하면 저희 상품이 내려갈 수도 있어요… 꼭 좀 도와주세요."),
]

POSITIVE_HERE_NEGATIVE_TO_US = [
    ("fr-FR", "Si le produit vous plaît, laissez-nous un avis sur Amazon ; sinon, écrivez-nous directement."),
    (
        "de-DE",
        "Falls Ihnen die Pfanne gefällt, würden wir uns über Ihre Meinung auf Amazon freuen; falls nicht, schreiben Sie uns lieber direkt – wir finden bestimmt eine Lösung.",
    ),
    (
        "es-ES",
        "Solo pedimos opiniones a los clientes que han quedado contentos; si no es tu caso, cuéntanoslo por aquí y lo arreglamos entre nosotros.",
    ),
    (
        "it-IT",
        "Se il prodotto l'ha convinta, ci farebbe piacere leggere il suo parere su Amazon; se non l'ha convinta, preferiremmo saperlo direttamente da lei via messaggio.",
    ),
    (
        "tr-TR",
        "Ürünü beğendiyseniz Amazon'da paylaşın; beğenmediyseniz bunu herkese değil, önce bize anlatın.",
    ),
    ("he-IL", "אם המוצר שימח אותך, ספר על כך באמזון; ואם לא – נעדיף לשמוע את זה ממך ישירות."),
]

CONFIRM_AFTER_ARRIVAL = [
    (
        "fr-FR",
        "Vous avez bien reçu le colis et vérifié l'article ? Parfait ! Vous pouvez maintenant confirmer la réception sur la page de commande. Bonne journée !",
    ),
    (
        "pl-PL",
        "Cieszymy się, że paczka dotarła i wszystko działa. Prosimy teraz o potwierdzenie odbioru w zamówieniu. Dziękujemy!",
    ),
    ("ar-AE", "يسعدنا أن الطلب وصلك سليماً وجرّبته. يمكنك الآن تأكيد الاستلام من صفحة الطلب، شكراً لك!"),
    ("he-IL", "שמחים שהחבילה הגיעה והכול עובד! עכשיו אפשר לאשר קבלה בדף ההזמנה. תודה!"),
]

HOW_TO_EDIT_AS_ASKED = [
    (
        "fr-FR",
        "Comme vous nous l'avez demandé : pour modifier votre avis, rendez-vous dans « Vos commandes », puis « Écrire un commentaire sur le produit », votre avis existant s'affichera et vous pourrez le corriger vous-même.",
    ),
    (
        "nl-NL",
        "Je vroeg hoe je je review kunt wijzigen: ga naar 'Mijn bestellingen', kies het product en klik op 'Schrijf een productreview', daar kun je je tekst aanpassen.",
    ),
    (
        "tr-TR",
        'Sorduğunuz gibi: yorumunuzu düzenlemek için "Siparişlerim" bölümünden ürünü seçip "Ürün yorumu yaz" seçeneğine tıklamanız yeterli.',
    ),
]

CONFIRM_STILL_EARLY = [
    ("pl-PL", "Paczka jeszcze nie dotarła, ale prosimy już teraz o potwierdzenie odbioru."),
    (
        "fr-FR",
        "Super ! Merci. Vous pouvez confirmer la réception dès maintenant, le colis arrive la semaine prochaine.",
    ),
    ("ar-AE", "الطلب لسه ما وصلك، بس أكد الاستلام الحين لو سمحت."),
    ("he-IL", "החבילה עוד לא הגיעה, אבל אפשר כבר עכשיו לאשר קבלה."),
]


@pytest.mark.parametrize(("locale", "text"), LISTING_GONE)
def test_a_listing_said_to_vanish_without_reviews_is_pressure_not_a_change(locale: str, text: str) -> None:
    found = blocks(text, "amazon", locale)
    assert "review.pressure" in found
    assert "review.change" not in found


@pytest.mark.parametrize(("locale", "text"), POSITIVE_HERE_NEGATIVE_TO_US)
def test_the_pleased_sent_to_review_and_the_displeased_to_the_seller_is_positive_only(
    locale: str, text: str
) -> None:
    assert "review.positive_only" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), CONFIRM_AFTER_ARRIVAL)
def test_confirming_after_the_parcel_arrived_is_allowed(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" not in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), CONFIRM_STILL_EARLY)
def test_confirming_before_it_arrived_still_blocks(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), HOW_TO_EDIT_AS_ASKED)
def test_how_to_edit_ones_own_review_told_as_asked_is_no_change_request(locale: str, text: str) -> None:
    assert "review.change" not in blocks(text, "amazon", locale)


WRITTEN_BEFORE = [
    (
        "amazon",
        "fr-FR",
        "Petit rappel amical : nous vous avions écrit la semaine dernière au sujet de votre avis et nous n'avons toujours rien vu passer… Vous ne nous avez pas oubliés, j'espère ?",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Cześć przyjacielu, pisałem już wczoraj… czy możesz dziś zostawić opinię? Jutro mój szef sprawdza wyniki 😢",
    ),
    (
        "amazon",
        "sv-SE",
        "Hej igen! Vi skrev för några dagar sedan om en recension – har du hunnit? Som litet familjeföretag är vi helt beroende av våra kunders omdömen.",
    ),
]

WRITTEN_BEFORE_ABOUT_SOMETHING_ELSE = [
    ("fr-FR", "Nous vous avions écrit la semaine dernière au sujet de la livraison ; le colis est arrivé ?"),
    ("sv-SE", "Vi skrev för några dagar sedan om leveransen, har paketet kommit fram?"),
    ("pl-PL", "Pisałem już wczoraj w sprawie zwrotu, czy paczka doszła?"),
    ("de-DE", "Wir hatten Ihnen letzte Woche wegen der Rücksendung geschrieben. Danke für Ihre Bewertung!"),
    ("it-IT", "Le abbiamo scritto ieri per la sostituzione. Grazie per la recensione!"),
]


@pytest.mark.parametrize(("platform", "locale", "text"), WRITTEN_BEFORE)
def test_a_review_asked_after_an_earlier_message_about_it_is_pressure(
    platform: str, locale: str, text: str
) -> None:
    assert "review.pressure" in blocks(text, platform, locale)


@pytest.mark.parametrize(("locale", "text"), WRITTEN_BEFORE_ABOUT_SOMETHING_ELSE)
def test_an_earlier_message_about_a_return_is_no_pressure(locale: str, text: str) -> None:
    assert "review.pressure" not in blocks(text, "amazon", locale)


UNNAMED_REWARDS = [
    (
        "aliexpress",
        "fr-FR",
        "Bonjour ami, si vous supprimez l'évaluation négative, nous vous rendons 30 % tout de suite.",
    ),
    ("amazon", "it-IT", "Appena la recensione è online ci scriva, abbiamo un piccolo pensiero per lei."),
    (
        "amazon",
        "nl-NL",
        "Zodra uw review online staat, laat het ons weten, dan maken we het de moeite waard.",
    ),
    (
        "amazon",
        "sv-SE",
        "När din recension är publicerad, hör av dig så ska vi se till att det lönar sig för dig.",
    ),
    ("aliexpress", "sv-SE", "Vän, ta bort negativ feedback så ger vi tillbaka 30% direkt."),
    (
        "aliexpress",
        "ru-RU",
        "После публикации отзыва напишите нам — вас ждёт приятный сюрприз, вы понимаете 😉",
    ),
    ("amazon", "ar-AE", "نعتذر عن المشكلة. إذا قمت بتعديل تقييمك السلبي، سنرد لك كامل المبلغ."),
    ("amazon", "ar-AE", "بعد نشر تقييمك، راسلنا وسنكافئك بما يرضيك."),
    ("amazon", "en-US", "If you leave a review, we'll make it worth your while."),
    ("amazon", "en-US", "Leave a review and we will reward you."),
]

REWARDS_REFUSED = [
    (
        "amazon",
        "en-US",
        "Please note that Amazon policy does not allow us to offer anything in return for reviews, so we simply ask that you let us know if you have any questions about your blender.",
    ),
    (
        "amazon",
        "fr-FR",
        "Nous ne sommes pas autorisés à offrir quoi que ce soit en échange d'un avis, mais notre service client reste à votre disposition pour toute question.",
    ),
    (
        "amazon",
        "it-IT",
        "Non ci è consentito offrire nulla in cambio di recensioni; restiamo comunque a disposizione per qualsiasi domanda.",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), UNNAMED_REWARDS)
def test_a_reward_left_unnamed_or_money_given_back_is_an_incentive(
    platform: str, locale: str, text: str
) -> None:
    assert "review.incentive" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), REWARDS_REFUSED)
def test_a_reward_the_rules_do_not_allow_us_to_give_is_no_incentive(
    platform: str, locale: str, text: str
) -> None:
    assert "review.incentive" not in blocks(text, platform, locale)


DEALS_OFF_THE_PLATFORM = [
    (
        "amazon",
        "en-US",
        "Sorry about the delay. Instead of going through a return, I can just send the refund to your Venmo or Zelle today, whichever is easier for you.",
    ),
    (
        "amazon",
        "de-DE",
        "Den Differenzbetrag für die größere Ausführung regeln wir einfach unter uns, melden Sie sich kurz bei mir per WhatsApp.",
    ),
    (
        "amazon",
        "fr-FR",
        "Si vous êtes dans le coin, paiement en espèces à la livraison, je passe moi-même vous déposer le colis.",
    ),
    (
        "amazon",
        "es-ES",
        "La diferencia del envío urgente la arreglamos aparte, escríbeme al 612 345 678 por WhatsApp.",
    ),
    (
        "amazon",
        "it-IT",
        "Annulli l'ordine e glielo spedisco io in contrassegno, paga direttamente al corriere.",
    ),
    (
        "amazon",
        "pt-BR",
        "Se for aqui de São Paulo, dá pra combinar entrega em mãos e pagamento em dinheiro, é só me avisar.",
    ),
    ("amazon", "ja-JP", "お近くでしたら手渡しで現金でのお支払いも可能です。その方がお安くできます。"),
    ("aliexpress", "zh-CN", "批发价可以私下谈，走银行转账，比平台价格低20%。"),
    (
        "amazon",
        "nl-NL",
        "Annuleer de bestelling maar, dan kom ik het zelf brengen en betaal je contant aan de deur.",
    ),
    ("amazon", "pl-PL", "Zwrot mogę zrobić od razu BLIKIEM na telefon, nie trzeba odsyłać paczki."),
    (
        "amazon",
        "pl-PL",
        "Proszę anulować zamówienie, wyślę za pobraniem bezpośrednio od siebie, zapłaci Pan kurierowi.",
    ),
    (
        "amazon",
        "pl-PL",
        "Dopłatę za większy rozmiar załatwimy między nami, podam numer konta w osobnej wiadomości.",
    ),
    (
        "amazon",
        "tr-TR",
        "Siparişi iptal ederseniz ürünü kendim kapıda ödemeli gönderirim, kargoya nakit ödersiniz.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Возврат могу сделать сразу по СБП, спор открывать не нужно, просто пришли номер.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Отмените заказ, пожалуйста, я отправлю сам наложенным платежом, оплатите на почте.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Доплату за второй комплект решим между собой, как обычно — реквизиты пришлю отдельно.",
    ),
    ("amazon", "ar-AE", "ألغِ الطلب وأوصله لك بنفسي والدفع كاش عند الاستلام."),
    ("aliexpress", "ko-KR", "환불은 토스로 바로 보내드릴게요, 분쟁 여실 필요 없어요."),
    ("aliexpress", "ko-KR", "차액은 저희끼리 따로 정리하면 될 것 같아요, 편하신 방법으로요."),
    ("amazon", "he-IL", "את ההחזר אני יכול להעביר לך בביט עכשיו, אין צורך להחזיר את המוצר."),
    ("aliexpress", "he-IL", "את ההפרש על המשלוח נסגור בינינו, שלח לי הודעה בוואטסאפ 052-1234567."),
    ("amazon", "nl-NL", "Niet hier maar op Marktplaats verkopen we het goedkoper."),
    ("amazon", "en-US", "Not on this site, but on eBay you can buy it cheaper."),
]

NO_DEAL_OFF_THE_PLATFORM = [
    ("amazon", "en-US", "To answer your question, we only sell on Amazon, not on eBay or any other site."),
    ("amazon", "es-ES", "No, solo vendemos aquí en Amazon, no tenemos tienda en eBay."),
    ("amazon", "nl-NL", "Nee, we verkopen alleen via Amazon, niet op Bol of Marktplaats."),
    ("amazon", "pl-PL", "Nie, sprzedajemy wyłącznie na Amazonie, nie mamy sklepu na Allegro."),
    ("amazon", "sv-SE", "Nej, vi säljer bara här på Amazon, inte på Tradera eller någon annanstans."),
    (
        "amazon",
        "ja-JP",
        "申し訳ございませんが、PayPalや銀行振込でのお支払いは承っておりません。ご購入はAmazonでのお手続きのみとなります。",
    ),
    (
        "amazon",
        "sv-SE",
        "Tyvärr tar vi inte emot betalning via PayPal, Swish eller banköverföring. Köpet måste göras och betalas via Amazon.",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), DEALS_OFF_THE_PLATFORM)
def test_a_deal_moved_off_the_platform_blocks(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), NO_DEAL_OFF_THE_PLATFORM)
def test_another_marketplace_denied_or_a_method_refused_is_no_deal(
    platform: str, locale: str, text: str
) -> None:
    assert "offplatform.payment" not in blocks(text, platform, locale)


REFUND_FOR_A_CLOSED_DISPUTE = [
    (
        "aliexpress",
        "it-IT",
        "Gentile cliente, chiuda la controversia per favore, le mandiamo il rimborso su PayPal subito.",
    ),
    ("aliexpress", "pl-PL", "Proszę zamknąć spór, zwrócimy pieniądze bezpośrednio na PayPal."),
]

NEVER_OFF_THE_PLATFORM = [
    (
        "amazon",
        "de-DE",
        "Achtung: Wir kontaktieren Sie niemals per WhatsApp oder E-Mail außerhalb von Amazon – das sind Betrugsversuche.",
    ),
    (
        "amazon",
        "pl-PL",
        "Uwaga na oszustów – nigdy nie kontaktujemy się przez WhatsApp ani e-mail poza Amazonem.",
    ),
    (
        "amazon",
        "sv-SE",
        "Vi kontaktar dig aldrig via WhatsApp eller e-post utanför Amazon, se upp för bedrägerier.",
    ),
    (
        "aliexpress",
        "de-DE",
        "Wir akzeptieren keine Zahlung außerhalb von AliExpress, bitte zahlen Sie nur über die Plattform.",
    ),
    ("aliexpress", "sv-SE", "Vi accepterar inte betalning utanför AliExpress."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), REFUND_FOR_A_CLOSED_DISPUTE)
def test_a_refund_by_paypal_for_a_closed_dispute_blocks(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), NEVER_OFF_THE_PLATFORM)
def test_a_scam_warning_or_a_refusal_is_no_deal(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" not in blocks(text, platform, locale)


MESSENGER_BESIDE_A_NUMBER = [
    ("ja-JP", "ご不明点はLINEかお電話（090-1234-5678）でお気軽にどうぞ。"),
    ("zh-CN", "亲，vx同号 13812345678，有问题随时找我。"),
    ("nl-NL", "Stuur even een appje naar het nummer op de verpakking, dan helpen we je sneller dan hier."),
]

THANKS_AND_WELCOME_BACK = [
    ("zh-CN", "谢谢您的五星好评，欢迎再次光临！"),
    ("zh-CN", "感谢您的好评，期待您再次光临。"),
    ("zh-CN", "包装盒上的五颗星表示床垫的硬度等级（5为最硬），不是评分。"),
]


@pytest.mark.parametrize(("locale", "text"), MESSENGER_BESIDE_A_NUMBER)
def test_a_messenger_offered_beside_a_number_blocks(locale: str, text: str) -> None:
    assert "contact.messenger" in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), THANKS_AND_WELCOME_BACK)
def test_thanks_with_welcome_back_and_a_grade_in_stars_are_clean(locale: str, text: str) -> None:
    assert not blocks(text, "aliexpress", locale)


HOW_TO_EDIT_ONES_OWN_REVIEW = [
    (
        "amazon",
        "de-DE",
        "Sie fragten, wie Sie Ihre Rezension bearbeiten können: Unter „Meine Bestellungen“ den Artikel wählen und auf „Produktrezension schreiben“ klicken. Dort können Sie sie ändern oder löschen, das entscheiden allein Sie.",
    ),
    (
        "amazon",
        "fr-FR",
        "Pour modifier votre commentaire : allez dans « Vos commandes », sélectionnez l'article puis « Écrire un commentaire sur le produit ». Vous pouvez le modifier ou le supprimer, c'est entièrement votre choix.",
    ),
    (
        "amazon",
        "es-ES",
        'Para editar su reseña, vaya a "Mis pedidos", seleccione el producto y pulse "Escribir una opinión sobre el producto". Ahí puede modificarla o eliminarla; la decisión es solo suya.',
    ),
    (
        "amazon",
        "it-IT",
        'Per modificare la recensione: vada su "I miei ordini", selezioni l\'articolo e clicchi su "Scrivi una recensione". Da lì può modificarla o eliminarla, la scelta è solo sua.',
    ),
    (
        "amazon",
        "pt-BR",
        'Para editar sua avaliação, acesse "Seus pedidos", escolha o produto e clique em "Escrever uma avaliação do produto". Lá você pode alterar ou excluir, a decisão é totalmente sua.',
    ),
    (
        "amazon",
        "zh-CN",
        "关于如何修改评论：进入“我的订单”，选择该商品，点击“撰写商品评论”，即可编辑或删除。是否修改完全由您决定。",
    ),
    (
        "amazon",
        "pl-PL",
        "Aby edytować recenzję, proszę wejść w „Twoje zamówienia”, wybrać produkt i kliknąć „Napisz recenzję produktu”. Tam można ją zmienić lub usunąć – decyzja należy wyłącznie do Pana.",
    ),
    (
        "amazon",
        "tr-TR",
        'Yorumunuzu düzenlemek için "Siparişlerim" bölümüne gidip ürünü seçin ve "Ürün değerlendirmesi yaz" seçeneğine tıklayın. Orada düzenleyebilir veya silebilirsiniz, karar tamamen size ait.',
    ),
    (
        "amazon",
        "ru-RU",
        "Чтобы отредактировать отзыв, откройте «Мои заказы», выберите товар и нажмите «Написать отзыв о товаре». Там его можно изменить или удалить — решать только вам.",
    ),
    (
        "amazon",
        "ar-AE",
        'لتعديل مراجعتك، انتقل إلى "طلباتك" واختر المنتج ثم اضغط على "كتابة مراجعة للمنتج". يمكنك تعديلها أو حذفها من هناك، والقرار لك وحدك.',
    ),
    (
        "amazon",
        "ko-KR",
        "리뷰 수정 방법 문의에 답변드립니다. '주문 내역'에서 해당 상품을 선택한 뒤 '상품 리뷰 작성'을 누르시면 수정하거나 삭제하실 수 있습니다. 결정은 전적으로 고객님께 달려 있습니다.",
    ),
]

STEPS_WITH_AN_ASK = [
    (
        "amazon",
        "en-US",
        'Please go to Your Orders, click "Write a product review" and change your rating to 5 stars.',
    ),
    (
        "amazon",
        "en-US",
        'Go to Your Orders, choose "Write a product review" and remove the 1-star review, then we refund you.',
    ),
    (
        "amazon",
        "es-ES",
        'Vaya a "Mis pedidos", pulse "Escribir una opinión" y cambie su valoración, por favor.',
    ),
]

CHECKOUT_EXPLAINED = [
    (
        "amazon",
        "ja-JP",
        "表示価格との差額は、Amazonのクーポンがレジで適用されたためです。注文後にクーポンを適用することはできかねます。",
    ),
    (
        "amazon",
        "zh-CN",
        "您看到的较低价格是结账时亚马逊自动使用了优惠券，订单下单后我们无法再补用优惠券，抱歉。",
    ),
    (
        "amazon",
        "pl-PL",
        "Na Amazonie można zapłacić BLIK-iem lub kartą bezpośrednio przy finalizacji zamówienia, te opcje pokazują się w koszyku.",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), HOW_TO_EDIT_ONES_OWN_REVIEW)
def test_the_steps_to_edit_ones_own_review_are_clean(platform: str, locale: str, text: str) -> None:
    assert not blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), STEPS_WITH_AN_ASK)
def test_the_steps_with_a_change_asked_still_block(platform: str, locale: str, text: str) -> None:
    assert "review.change" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CHECKOUT_EXPLAINED)
def test_the_platforms_coupon_and_checkout_explained_are_clean(platform: str, locale: str, text: str) -> None:
    assert not blocks(text, platform, locale)


LOOK_ALIKE_S_AND_B = [
    (
        "amazon",
        "en-US",
        "For faster help skip the message center and text me at 6l7-4O9-3S82, I usually reply within the hour.",
    ),
    (
        "aliexpress",
        "de-DE",
        "Schreiben Sie mir per WhatsApp, die Nummer ist 0157, dann 3000 plus 412, danach 88 mal 10 plus 5.",
    ),
    ("amazon", "fr-FR", "Contactez-moi plutôt par SMS au O6 l2 S8 B4 7O, je réponds très vite."),
    ("amazon", "it-IT", "Mi scriva un SMS al 3B9 l4S 7O2l, rispondo subito."),
    ("aliexpress", "pt-BR", "Me chama no zap que resolvo rapidinho, o número é (l1) 9B4S2-O7l6."),
    ("amazon", "zh-CN", "加急的话直接打 l3B-OS26-7l94，我白天晚上都在。"),
    ("amazon", "nl-NL", "Stuur me liever een sms op O6-SB2l 7O49, dan reageer ik sneller."),
    (
        "amazon",
        "nl-NL",
        "Bel 06 2847 1936, maar tel bij het laatste cijfer twee op, anders komt het niet door het filter.",
    ),
    ("amazon", "tr-TR", "Daha hızlı dönüş için SMS atın: OS4l 3B7 2O 96."),
    ("amazon", "ru-RU", "Для быстрой связи пишите SMS на 8-9l6-4ОS-В2-7З, отвечу сразу."),
    ("amazon", "ar-AE", "للتواصل السريع أرسل رسالة نصية إلى O5B-l47-2S9O وسأرد فوراً."),
    ("amazon", "ko-KR", "빠른 답변 원하시면 O1O-B4S2-7l9O로 문자 주세요."),
    ("amazon", "he-IL", "לתשובה מהירה שלחו הודעה ל-O5O-7l2-B4S9 ואחזור אליכם מיד."),
]

NOT_A_DISGUISED_NUMBER = [
    (
        "amazon",
        "en-US",
        "The Samsung S10 and the B2B invoice 4471-2209 are both in order 112-1234567-1234567.",
    ),
    ("amazon", "de-DE", "Das Modell SB-2040 passt auf die Halterung B8 und die Schraube S5."),
    ("amazon", "fr-FR", "Les tailles disponibles sont S, M et L ; la référence B12-S40 est en stock."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), LOOK_ALIKE_S_AND_B)
def test_a_number_with_s_for_5_and_b_for_8_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), NOT_A_DISGUISED_NUMBER)
def test_models_and_sizes_with_s_and_b_are_no_phone(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, platform, locale)


def test_a_word_of_look_alike_letters_before_the_number_is_trimmed() -> None:
    # "is" is made of look-alike letters: the number after it is still read ("Mobile is O79l1 423 856")
    assert "contact.phone" in blocks("Ring me, mobile is O79l1 423 856, I'm about till 6.", "amazon", "en-GB")


READ_OUT_DIGITS = [
    ("zh-CN", "有任何问题直接打我电话：幺三八，洞幺两拐，五六四九。"),
    ("zh-CN", "我的手机号是一五零，拐拐三八，两九幺幺。"),
    ("ko-KR", "번호로 친구 추가하시면 됩니다. 공일공 다시 구구팔칠 다시 육오사삼이요."),
    ("ja-JP", "お急ぎの場合はこちらへどうぞ。まるはちまる、さんさんよんなな、きゅうにいいちいちです。"),
]


@pytest.mark.parametrize(("locale", "text"), READ_OUT_DIGITS)
def test_digits_as_read_out_on_the_phone_block(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "aliexpress", locale)


def test_the_words_for_a_hole_and_a_corner_are_no_digits() -> None:
    assert "contact.phone" not in blocks("这个洞的直径是三厘米，拐角处请小心。", "aliexpress", "zh-CN")


SPELLED_IN_PIECES = [
    (
        "aliexpress",
        "en-US",
        "Just call me, it's area code nine seven two, then four three oh, then sixty-one eighteen.",
    ),
    (
        "aliexpress",
        "de-DE",
        "Rufen Sie an unter null eins sieben eins, dann kommt achtundfünfzig, dann zwölf, und zuletzt dreiunddreißig null sieben.",
    ),
    (
        "aliexpress",
        "fr-FR",
        "Écrivez-moi sur WhatsApp au zéro six, puis soixante-dix-sept, puis cinquante et un, puis zéro quatre, et enfin quatre-vingt-dix-neuf.",
    ),
    (
        "aliexpress",
        "es-ES",
        "Mi móvil empieza por seis siete uno. Luego sigue cuarenta y dos, ochenta. Y termina en treinta y tres.",
    ),
    (
        "aliexpress",
        "es-ES",
        "Mándeme un WhatsApp al seis, nueve, cero, luego doce, luego cuarenta y cuatro, y al final sesenta y siete.",
    ),
    (
        "aliexpress",
        "es-ES",
        "Búsqueme en Telegram con el número seis seis tres, después veintiocho, después catorce, y acaba en noventa.",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Mój numer zaczyna się od sześćset sześćdziesiąt jeden. Potem jest czterysta dwanaście. Na końcu dziewięćset trzy.",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Proszę pisać na WhatsAppie: siedemset dwa, potem sto osiemdziesiąt, potem pięćset pięćdziesiąt pięć.",
    ),
    (
        "aliexpress",
        "tr-TR",
        "Numaramın başı sıfır beş yüz elli beş. Ardından iki yüz altmış yedi geliyor. Sonu da on dört, seksen.",
    ),
    (
        "aliexpress",
        "tr-TR",
        "WhatsApp'tan yazın: sıfır beş yüz kırk iki, sonra yedi yüz on bir, sonra otuz, en son da elli beş.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Напишите мне в ватсап: восемь, девятьсот три, потом сто одиннадцать, потом сорок, и в конце девяносто девять.",
    ),
    (
        "aliexpress",
        "ar-AE",
        "رقمي يبدأ بصفر خمسة صفر. بعدها ثلاثمائة وسبعة وستون. وينتهي باثنين وتسعين ثم واحد وعشرين.",
    ),
]

SEQUENCES_IN_WORDS = [
    (
        "en-US",
        "First add one cup of water, then two spoons of sugar, then three eggs, then four cups of flour, and finally five.",
    ),
    ("de-DE", "Sie bekommen eins, dann zwei, dann drei Pakete, danach vier und am Ende fünf."),
    ("fr-FR", "Taille trente-six, puis trente-huit, ensuite quarante, et enfin quarante-deux."),
    ("es-ES", "Primero uno, luego dos, después tres, y al final cuatro cajas."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), SPELLED_IN_PIECES)
def test_a_number_spelled_in_pieces_joined_by_then_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, platform, locale)


@pytest.mark.parametrize(("locale", "text"), SEQUENCES_IN_WORDS)
def test_counts_and_sizes_joined_by_then_are_no_phone(locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, "amazon", locale)


MEIA_FOR_SIX = [
    ("pt-BR", "Qualquer problema me liga no onze, nove nove meia sete dois, três oito meia um."),
    (
        "pt-BR",
        "Pode me chamar no Telegram, o número é dezenove, nove nove oito oito sete, meia cinco quatro três.",
    ),
]
HALF_IN_PROSE = [
    ("pt-BR", "Comprei meia dúzia de ovos e três, quatro, cinco pacotes de café, às sete e meia."),
    ("pt-BR", "A entrega chega em meia hora, são duas, três caixas de seis, oito, nove itens."),
]


@pytest.mark.parametrize(("locale", "text"), MEIA_FOR_SIX)
def test_meia_read_as_six_in_a_brazilian_number_blocks(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), HALF_IN_PROSE)
def test_meia_as_half_is_no_digit(locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, "amazon", locale)


HUNDREDS_IN_ONE_WORD = [
    (
        "it-IT",
        "Per qualsiasi problema mi chiami pure al trecentoquarantasette, duecentododici, trentaquattro, novanta.",
    ),
    ("sv-SE", "Vid problem kan du ringa mig på noll sju tre, fyrahundrafemtioåtta, tjugotvå, nittioett."),
    ("sv-SE", "Skriv till mig på WhatsApp: noll sju sex, sedan tvåhundraelva, sedan nittio, och sist arton."),
]
HUNDREDS_IN_PROSE = [
    ("it-IT", "Il divano costa novecentonovanta euro e pesa trecentoventi chili, consegna in dieci giorni."),
    ("sv-SE", "Soffan kostar niohundranittio kronor och levereras om tio dagar."),
]


@pytest.mark.parametrize(("locale", "text"), HUNDREDS_IN_ONE_WORD)
def test_hundreds_written_in_one_word_read_as_a_number_block(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), HUNDREDS_IN_PROSE)
def test_a_price_in_one_word_hundreds_is_no_phone(locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, "amazon", locale)


BUYERS_PROPOSAL_REFUSED = [
    (
        "amazon",
        "fr-FR",
        "Nous vous proposons un remboursement partiel de 20 € dès que votre avis à 1 étoile aura été retiré.",
    ),
    (
        "aliexpress",
        "fr-FR",
        "Vous nous avez proposé de payer par virement pour éviter les frais, mais nous préférons que la transaction reste sur AliExpress pour votre protection.",
    ),
    (
        "aliexpress",
        "es-ES",
        "Nos propone pagar por PayPal fuera de la plataforma, pero solo podemos aceptar pagos a través de AliExpress. Gracias por entenderlo.",
    ),
    (
        "amazon",
        "pt-BR",
        "Você sugeriu pagar por Pix para sair mais barato, mas só vendemos pela Amazon. Pode finalizar o pedido normalmente na página do produto.",
    ),
    ("aliexpress", "zh-CN", "您提出用PayPal直接付款，但我们只接受速卖通平台内付款，请通过平台下单。"),
    (
        "aliexpress",
        "nl-NL",
        "U stelde voor om via bankoverschrijving te betalen, maar wij accepteren alleen betalingen via AliExpress.",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Zaproponował Pan płatność przelewem poza AliExpress, ale musimy odmówić – zamówienie prosimy złożyć przez platformę.",
    ),
    (
        "aliexpress",
        "sv-SE",
        "Du frågade om du kunde betala med Swish direkt till oss, men vi tar bara betalt via AliExpress.",
    ),
    (
        "aliexpress",
        "tr-TR",
        "Havale ile ödeme teklifiniz için teşekkürler, ancak yalnızca AliExpress üzerinden ödeme kabul ediyoruz.",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Вы предложили оплатить переводом на карту, но мы принимаем оплату только через AliExpress.",
    ),
    (
        "aliexpress",
        "ko-KR",
        "계좌이체로 결제하고 싶다고 하셨지만, 저희는 AliExpress를 통한 결제만 받고 있습니다.",
    ),
    ("aliexpress", "he-IL", "הצעת לשלם בהעברה בנקאית, אבל אנחנו מקבלים תשלום רק דרך AliExpress."),
]

OTHERS_REVIEWED_OR_REVIEW_CHECKED = [
    (
        "amazon",
        "fr-FR",
        "Votre commande de coussins a bien été livrée jeudi. Merci de nous répondre dès que vous aurez publié votre avis, afin que nous puissions le vérifier et clôturer votre dossier.",
    ),
    (
        "amazon",
        "fr-FR",
        "La plupart de nos clients ont déjà partagé leur avis sur ce produit, il ne manque plus que le vôtre. Ne soyez pas le dernier !",
    ),
    (
        "amazon",
        "it-IT",
        "La sua moka è stata consegnata sabato, speriamo che il caffè sia di suo gusto. Ci risponda a questo messaggio appena avrà pubblicato la recensione, così potremo controllarla.",
    ),
    (
        "amazon",
        "pt-BR",
        "Seu pedido da air fryer foi entregue ontem, esperamos que esteja tudo certo. Pode nos confirmar por mensagem que vai deixar a avaliação? Assim ficamos tranquilos.",
    ),
    (
        "amazon",
        "pt-BR",
        "Quase todos os clientes que compraram esse fone já deixaram sua opinião. Só falta a sua, não fique de fora!",
    ),
    (
        "aliexpress",
        "ja-JP",
        "レビューを書いていただけますか？ほかのお客様はみなさん書いてくださっています。お返事をお待ちしております。",
    ),
    ("aliexpress", "zh-CN", "评价后请回复我们一下，我们要登记，谢谢配合。"),
    (
        "amazon",
        "nl-NL",
        "Uw fietstas is gisteren bezorgd, we hopen dat hij goed past. Laat u ons even weten wanneer de review geplaatst is? Dan kunnen wij uw bestelling afsluiten.",
    ),
    (
        "amazon",
        "nl-NL",
        "Bijna iedereen die deze koptelefoon kocht heeft al een review geschreven. Wilt u niet achterblijven?",
    ),
    (
        "aliexpress",
        "pl-PL",
        "Prawie wszyscy kupujący z tej partii już nas ocenili, brakuje tylko Pana oceny. Proszę dać znać, kiedy ją Pan doda.",
    ),
    (
        "amazon",
        "sv-SE",
        "Din stekpanna levererades i tisdags. Svara gärna på det här meddelandet när du har lagt upp din recension, så att vi kan bocka av din order.",
    ),
    (
        "amazon",
        "sv-SE",
        "Nästan alla som köpte den här vattenflaskan har redan recenserat den. Vill inte du också vara med?",
    ),
    (
        "amazon",
        "sv-SE",
        "Kan du bekräfta att du kommer att skriva en recension i helgen? Det skulle betyda enormt mycket för vårt lilla team.",
    ),
    (
        "amazon",
        "tr-TR",
        "Çay makineniz dün teslim edildi, umarız memnun kalırsınız. Yorumunuzu yaptıktan sonra bize bu mesajdan haber verir misiniz? Kontrol etmemiz gerekiyor.",
    ),
    (
        "aliexpress",
        "ar-AE",
        "تم توصيل طلبك يوم الأحد ونتمنى أن ينال إعجابك. من فضلك أرسل لنا رسالة بعد أن تكتب التقييم حتى نتأكد منه.",
    ),
    (
        "amazon",
        "ko-KR",
        "주문하신 가습기가 어제 배송 완료되었습니다. 리뷰 작성하신 후에 이 메시지로 답장 한 번만 부탁드립니다, 확인 후 주문을 종료하겠습니다.",
    ),
    (
        "amazon",
        "ko-KR",
        "불만이 있으시면 리뷰 대신 저희에게 먼저 연락 주세요. 만족하셨다면 별 5개 부탁드리며, 리뷰를 남기실 건지 답장으로 확인해 주세요.",
    ),
    (
        "amazon",
        "he-IL",
        "המטען שהזמנת נמסר אתמול, מקווים שהוא עובד מצוין. אנא אשר לנו בתשובה שתכתוב ביקורת, ועדכן אותנו כשהיא עולה לאתר.",
    ),
    ("amazon", "he-IL", "כמעט כל הקונים של המוצר הזה כבר כתבו ביקורת – רק שלך חסרה. המשכורת שלי תלויה בזה."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), BUYERS_PROPOSAL_REFUSED)
def test_the_buyers_proposal_to_pay_outside_refused_is_no_deal(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" not in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), OTHERS_REVIEWED_OR_REVIEW_CHECKED)
def test_most_others_reviewed_or_the_review_checked_up_on_is_pressure(
    platform: str, locale: str, text: str
) -> None:
    assert "review.pressure" in blocks(text, platform, locale)


def test_tell_us_when_done_closing_a_bargain_is_the_incentive_only() -> None:
    text = "Hej Erik! Alla som delar sitt betyg på Amazon den här månaden får ett extra par öronkuddar från oss. Svara bara på det här meddelandet när du har skrivit."
    found = blocks(text, "amazon", "sv-SE")
    assert "review.incentive" in found
    assert "review.pressure" not in found
