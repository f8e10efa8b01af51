"""Stop 51: probes written blind for this stop (by writers who saw no rule code and no corpus), in 16 languages, in two
rounds (1,640 messages: review pressure and positive-only asks; incentives and change requests in indirect words; phones
among hard clean numbers; off-platform payment and promotion; every rule in ordinary replies; then incentives of every
kind, pressure and change requests in follow-ups, and a balanced mix).

Each case below was read wrongly before this stop (with the stop's source changes undone, its test fails) and each is
a message a seller could send; the rule sources are those of the rule table in docs/rules.md (Amazon Communication
Guidelines, AliExpress seller rules §8).

Caught: review pressure by a request made again ("wir haben Ihnen nun schon zweimal geschrieben", "scusa se ti scrivo di
nuovo", "Ik weet dat ik je al eerder heb gevraagd", "Jag vet att jag frågat förut", "Daha önce de rica etmiştim",
"prosimy znowu o ocenę"), by an urgent plea ("Prosimy pilnie o …") and by the shop's living ("struggling to keep going",
"importantissimo per la nostra famiglia", "zonder reviews verkoop ik bijna niets meer", "hänger allt på recensioner",
"satışlar neredeyse durdu", "리뷰 하나가 매출에 너무 커요"); review changes ("die 1-Sterne-Bewertung eventuell
rausnehmen", "riconsiderare il suo giudizio", "コメントの修正をご検討", "댓글을 수정해 주실 수", "追评改一下"); promotions (a sale's
"-40 %" or "fino al 50%", a mailing list joined, "abonnez-vous à notre boutique", "Ci segua", "Zaobserwuj naszą markę",
"bland våra andra produkter", "Já conhece nossos outros …", "Provi anche le nostre …", "you might like our …"); payment
outside ("ich schick dir die Bankdaten und du überweist", "una ricarica PostePay o un bonifico", "בפייפאל", an invoice
"paid directly", "zapłata przelewem", "оплата безналом напрямую", the shop's own site or another marketplace as the
cheaper place next time in Japanese, Chinese, Korean and Turkish).

Second round, caught: the review taken away by a pronoun or made a condition ("Você poderia removê-lo?", "תוכל בבקשה
למחוק אותה?", "麻烦您把它删掉可以吗", "それを消してもらえますか", "Se você apagar, devolvemos 5 dólares", "если удалите его",
"Si elle n'est pas retirée d'ici vendredi", "3 gün içinde kaldırılmazsa") and the threats that come with it ("nous
signalerons votre compte", "melden wij uw account", "şikâyet edeceğiz", "мы подадим жалобу", "Amazonに報告させていただきます",
"سنقدم شكوى ضد حسابك"); more of the shop's living and urgency ("tendremos que despedir", "de huur niet betalen", "זה מאוד
דחוף לנו", "уже пятый раз просим"); "我们给您退10元" after a change request. Clean: thanks for a review the buyer updated
on their own ("Thank you so much for updating your review", "grazie per aver aggiornato la recensione", "レビューを更新して
いただき", "主动更新了评价", "직접 리뷰를 수정해 주셔서"); the buyer's offer reported and refused in more words ("Sie hatten
angeboten, …. Das dürfen und möchten wir nicht", "du erbjöd dig att ändra ditt omdöme … Det kan vi tyvärr inte göra",
"… talep ettiniz; maalesef", "عرضت علينا … ونعتذر عن عدم قدرتنا").

Clean: a Korean bank account after the bank's name ("국민은행 123-45-678901": the payment rule judges it) and a Polish
catalogue number ("numer katalogowy 1234-567-89") read as phones; a date with its time ("(2024.06.12 14:35)") is no phone number; "está afectando mucho a nuestra cuenta" is the
seller's account harmed, no bank account to pay into.

Left: the English "if you can remove it we send you a new case free" (the change is the statistical model's, read
for the whole message, so no bargain is looked for; "if you remove it" alone is as often the lid); incentives with the benefit and the review in words the bargain rules do not join yet ("bjuder vi på nästa
förpackning" for a review, "förlänger gärna garantin … för alla som lämnar ett omdöme", "bij het achterlaten van een
productreview verlengen wij uw garantie", "150 kr tillbaka om du ändrar betyget"); phones spelled in English pairs ("oh
seven seven double oh"), split across sentences or after "00" with a country code; a carrier or manufacturer hotline
with no carrier word before it in Arabic; sellers' shops on Kleinanzeigen and Bol with a lower price; a change request's
refusal of the buyer's offer in German ("Ihr Angebot, die Bewertung gegen eine Erstattung zu löschen, können wir leider
nicht annehmen").
"""

from __future__ import annotations

import pytest

from ._blocking import blocks

CAUGHT = [
    (
        "review.pressure",
        "amazon",
        "en-US",
        "hello friend, we are small seller from Shenzhen, only 3 person team. if you dont leave 5 star review our listing will be closed by amazon and we lose job. please help us today, very urgent. thank you so much",
    ),
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Sehr geehrter Herr Wagner,\n\nwir haben Ihnen nun schon zweimal geschrieben. Das Problem mit dem Netzteil ist gelöst, das Ersatzteil ist angekommen. Trotzdem steht Ihre 1-Sterne-Bewertung immer noch online. Wir bitten Sie dringend, diese bis Montag anzupassen, da sie unser Ranking massiv beschädigt.\n\nMfG\nTechnik-Direkt",
    ),
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Sehr geehrte Kunde, wir bitte Sie nochmal um Bewertung. Schon zweite Mal wir schreiben. Bitte schnell machen, sehr wichtig fur unsere Shop, sonst Amazon schliest uns. Danke viel mal",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Ciao Marco, scusa se ti scrivo di nuovo! Siamo una piccola bottega di Bari, e senza recensioni Amazon ci penalizza. Ti chiediamo davvero solo un minuto, oggi se puoi. Sarebbe importantissimo per la nostra famiglia.",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Gentile signore, noi scrive altra volta per recensione. Perché ancora non fatto? Molto urgente per noi, prego oggi fare. Grazie",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Hoi Sanne,\n\nIk ben Lotte, ik run dit webwinkeltje helemaal alleen naast mijn baan. Eerlijk gezegd word ik een beetje wanhopig: zonder reviews verkoop ik bijna niets meer. Ik weet dat ik je al eerder heb gevraagd, maar zou je het alsjeblieft vandaag nog willen doen?\n\nLiefs,\nLotte",
    ),
    (
        "review.pressure",
        "aliexpress",
        "pl-PL",
        "Przyjacielu, paczka dotarła tydzień temu. Prosimy pilnie o 5 gwiazdek, nasz sklep ma kłopoty. Jeśli coś nie tak, pisz do nas, nie wystawiaj złej oceny!",
    ),
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Dzień dobry,\n\nwysłaliśmy już nowy egzemplarz, a Pani negatywna opinia nadal widnieje. Prosimy pilnie o jej usunięcie lub zmianę – jutro mija termin oceny naszego konta.\n\nZ poważaniem,\nBiuro Obsługi",
    ),
    (
        "review.pressure",
        "aliexpress",
        "pl-PL",
        "Drogi kupujący, prosimy znowu o ocenę, bardzo pilne! Następne zamówienie możesz kupić u nas taniej przelewem bankowym bezpośrednio, napisz do nas.",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej! Jag driver det här lilla företaget själv från Umeå och just nu hänger allt på recensioner. Utan dem försvinner jag från Amazon. Jag vet att jag frågat förut, men snälla – kan du ta en minut idag?\n\n/Maja",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Merhaba,\n\nBen Elif, bu küçük dükkânı annemle birlikte yürütüyoruz. Değerlendirme olmadan Amazon'da görünmüyoruz ve satışlar neredeyse durdu. Daha önce de rica etmiştim biliyorum ama lütfen bugün bir dakikanızı ayırın.\n\nSevgiyle,\nElif",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Hi Oliver,\n\nI'm the owner of Fenwick Candles - it's just me and my sister running it from our kitchen. Your one-star review has really hit our sales this month and honestly we're struggling to keep going.\n\nThe replacement candles are on their way. Could you please find it in your heart to remove or soften the review? It would mean the world to us.\n\nJess",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        "Moin, kurze Bitte: Könnten Sie die 1-Sterne-Bewertung eventuell rausnehmen? Das lag ja am Versand und nicht am Produkt selbst. Danke und Gruß, Jens",
    ),
    (
        "review.change",
        "amazon",
        "it-IT",
        "Buonasera, le chiederemmo di riconsiderare il suo giudizio: abbiamo sostituito la batteria e ora il dispositivo funziona come previsto.",
    ),
    (
        "review.incentive",
        "amazon",
        "ja-JP",
        "お客様\n一部返金として1,500円をご用意しております。つきましては、星1つの評価を取り下げていただけますと幸いです。",
    ),
    (
        "review.change",
        "amazon",
        "ja-JP",
        "鈴木様\n配送の遅延は運送会社側の事情によるものでした。恐れ入りますが、コメントの修正をご検討いただけないでしょうか。",
    ),
    (
        "review.change",
        "aliexpress",
        "ko-KR",
        "안녕하세요, 배송 지연은 택배사 문제였어요. 혹시 댓글을 수정해 주실 수 있을까요?",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ko-KR",
        "고객님, 불편 드려서 정말 죄송해요. 저희가 작은 가게라서 리뷰 하나가 매출에 너무 커요... 지금 남기신 평가 조금만 올려주실 수 있을까요? 꼭 부탁드립니다ㅠㅠ",
    ),
    (
        "review.change",
        "aliexpress",
        "zh-CN",
        "亲，追评改一下的话送您一张10美元优惠券哦，之前的问题我们已经解决了。",
    ),
    (
        "review.incentive",
        "aliexpress",
        "he-IL",
        "שלום, נציע החזר חלקי של 30% והמוצר נשאר אצלך. רק בקשה אחת – להוריד את הביקורת עם התמונות.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "en-US",
        "Hope the knife sharpener is working well! If you enjoy cooking, you might like our bamboo cutting board set and the magnetic knife strip - just search 'Kestrel Kitchen' on Amazon. Both ship Prime.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "en-US",
        "For the custom engraving there's an additional $12. Amazon doesn't have an option for that, so I'll send you an invoice from billing@brightlineengrave.com and you can pay it directly by card. Once paid I'll start the engraving.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "en-US",
        'Join our VIP mailing list and be first to hear about new scents and members-only deals. Just reply "YES" to this message and we\'ll add you.',
    ),
    (
        "offplatform.payment",
        "amazon",
        "de-DE",
        "Hallo Jan, wenn du das Set in Anthrazit willst: das haben wir nur in unserem eigenen Shop, nicht bei Amazon. Schreib mir einfach, ich schick dir die Bankdaten und du überweist die 89 €, Versand geht dann direkt raus.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "fr-FR",
        "Les soldes d'hiver commencent mercredi ! Toute notre gamme de linge de lit sera à -40 %, abonnez-vous à notre boutique sur Amazon pour ne rien rater.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "it-IT",
        "Buongiorno Sig. Rossi, la differenza per la versione con batteria maggiorata è di 15 €. Può farci una ricarica PostePay o un bonifico e le spediamo quella al posto dell'altra.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        "Da lunedì partono i saldi estivi nel nostro negozio Amazon: costumi e teli mare scontati fino al 50%. Ci segua per non perdere le offerte!",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        'Le è piaciuto il nostro caffè? Provi anche le nostre capsule compatibili e la miscela decaffeinata, le trova cercando "Torrefazione Lario" su Amazon.',
    ),
    (
        "marketing.promotion",
        "amazon",
        "pl-PL",
        "Wielka wyprzedaż z okazji Black Week! Wszystkie nasze lampki i girlandy do -40%. Zaobserwuj naszą markę na Amazon, żeby nic nie przegapić.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "sv-SE",
        "Gillade du tvålen? Vi har precis släppt en handkräm i samma doft – du hittar den bland våra andra produkter på Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "tr-TR",
        'Merhaba, aynı ürün Trendyol mağazamızda 349 TL, burada komisyon yüzünden 429 TL. Bir dahaki sefere oradan alırsanız daha uygun olur, mağaza adımız "EvDekor Atölye".',
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ja-JP",
        "お客様、次回は当社の日本公式サイトから購入した方が安いです。代引きもできます。「LUMIQ公式」で検索してください。",
    ),
    (
        "marketing.promotion",
        "amazon",
        "pt-BR",
        "Oi! 😊 Já conhece nossos outros aromatizadores? Tem fragrância nova de lavanda na loja, vale a pena conferir!",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ru-RU",
        "Уважаемый покупатель,\nдля оптового заказа от 50 штук можем выставить счёт на юрлицо, оплата безналом напрямую нам, цена будет ниже, чем на AliExpress.\nНапишите количество и реквизиты компании.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ko-KR",
        "쿠팡에도 같은 상품 있어요, 로켓배송이고 가격도 15,900원으로 여기보다 싸요. 다음엔 거기서 주문하세요~",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "zh-CN",
        "您好，拼多多上我们也有店，同款只要39.9包邮，下次可以去那边买哦。",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "he-IL",
        "היי, אם אתה רוצה עוד אחד בלי לפתוח הזמנה חדשה, פשוט תשלח 6 דולר בפייפאל ואני אוסיף לחבילה.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "pl-PL",
        "Witam, jeśli chce Pan kupić hurtowo, prosze napisać na email hurt.mingtrade@163.com, zapłata przelewem bankowym, cena dużo niższa.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "zh-CN",
        "亲，您的差评能不能帮忙删一下或者改成好评？我们给您退5美元。",
    ),
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Liebe Frau Schulz,\nwir sind ein kleiner Familienbetrieb aus dem Allgäu, und ohne Ihre Bewertung können wir unsere zwei Mitarbeiter im nächsten Monat kaum noch bezahlen. Bitte nehmen Sie sich heute noch kurz Zeit dafür.\nHerzliche Grüße\nFamilie Wagner",
    ),
    (
        "review.change",
        "amazon",
        "fr-FR",
        "Bonjour,\nVotre évaluation négative nous cause un tort considérable. Si elle n'est pas retirée d'ici vendredi, nous signalerons votre compte à Amazon pour abus.\nLe service client",
    ),
    (
        "review.pressure",
        "amazon",
        "es-ES",
        "Buenas tardes:\nSomos una pequeña empresa familiar de Murcia. Si no recibimos reseñas este mes, tendremos que despedir a una de nuestras empleadas. Por favor, dedíquenos dos minutos hoy mismo.\nGracias,\nFamilia Sánchez",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "佐藤様\nレビューの締め切りは今月末です。当店は家族経営の小さなお店で、レビューが少ないと出品を続けられません。どうかお力をお貸しください。\n山本商店",
    ),
    (
        "review.change",
        "aliexpress",
        "ja-JP",
        "こんにちは。レビューを見ました。サイズの問題は本当にごめんなさい。もう説明を直しました。お願い、それを消してもらえますか？",
    ),
    (
        "review.change",
        "amazon",
        "ja-JP",
        "お客様\n低評価のレビューにより当店は大きな損害を受けております。3日以内に削除されない場合、Amazonに報告させていただきます。\n販売責任者",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "お客様\n低評価のレビューにより当店は大きな損害を受けております。3日以内に削除されない場合、Amazonに報告させていただきます。\n販売責任者",
    ),
    (
        "review.change",
        "aliexpress",
        "ru-RU",
        "Уважаемый покупатель! Ваш отзыв не соответствует действительности. Если вы не удалите его в течение 3 дней, мы подадим жалобу в AliExpress и ваш аккаунт заблокируют.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Уважаемый покупатель! Ваш отзыв не соответствует действительности. Если вы не удалите его в течение 3 дней, мы подадим жалобу в AliExpress и ваш аккаунт заблокируют.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Здравствуйте 😊 Вы ещё не поставили оценку! Если товар понравился, поставьте 5 звёзд, пожалуйста, срок скоро заканчивается!",
    ),
    (
        "review.change",
        "amazon",
        "pt-BR",
        "Olá, Bruno,\nLemos o comentário que você publicou sobre a mochila. O zíper foi trocado no novo lote. Você poderia removê-lo, por favor?\nAtenciosamente,\nTrilha Store",
    ),
    (
        "review.incentive",
        "aliexpress",
        "pt-BR",
        "Oi amigo, vimos sua avaliação de 1 estrela. Se você apagar, devolvemos 5 dólares pra você. Obrigado!",
    ),
    (
        "review.change",
        "aliexpress",
        "pt-BR",
        "olá, sobre sua avaliação do tênis... o tamanho foi erro nosso, desculpa. você pode mudar ela por favor? já corrigimos a tabela",
    ),
    (
        "review.change",
        "aliexpress",
        "he-IL",
        "שלום, ראינו את הביקורת שכתבת על השעון. הבעיה ברצועה תוקנה. תוכל בבקשה למחוק אותה?",
    ),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        "שלום 😊 עדיין לא קיבלנו ממך 5 כוכבים! אם אהבת את המוצר, תדרג 5 כוכבים היום, זה מאוד דחוף לנו 🙏",
    ),
    (
        "review.change",
        "aliexpress",
        "zh-CN",
        "您好，看到您给耳机的评价了。充电的问题新批次已经解决。麻烦您把它删掉可以吗？谢谢。",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Hoi Anouk,\nWij zijn een klein familiebedrijf en zonder reviews kunnen we volgende maand de huur niet betalen. Help je ons alsjeblieft vandaag nog?\nGroetjes, Sanne van Wolwinkel",
    ),
    (
        "review.change",
        "amazon",
        "nl-NL",
        "Geachte klant,\nUw negatieve review schaadt ons bedrijf ernstig. Als deze niet binnen 5 dagen verwijderd is, melden wij uw account bij Amazon.\nDe directie",
    ),
    (
        "review.change",
        "aliexpress",
        "nl-NL",
        "Hallo vriend, wij zagen uw review van 2 sterren. De maattabel is nu aangepast. Kunt u hem weghalen aub? Anders krijgt onze winkel grote problemen en verlies ik mijn baan 😢",
    ),
    (
        "review.pressure",
        "aliexpress",
        "nl-NL",
        "Hallo vriend, wij zagen uw review van 2 sterren. De maattabel is nu aangepast. Kunt u hem weghalen aub? Anders krijgt onze winkel grote problemen en verlies ik mijn baan 😢",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej Karin,\nVi är ett litet familjeföretag och utan recensioner kan vi inte fortsätta sälja. Min dotters jobb hänger på det här. Snälla, hjälp oss idag.\nLena, Ullfabriken",
    ),
    (
        "review.change",
        "aliexpress",
        "tr-TR",
        "merhaba, dün bıraktığınız değerlendirme hakkında.. gecikme gümrükten oldu bizden değil. lütfen değiştirebilir misiniz onu?",
    ),
    (
        "review.change",
        "amazon",
        "tr-TR",
        "Sayın müşterimiz,\nOlumsuz yorumunuz firmamıza ciddi zarar veriyor. 3 gün içinde kaldırılmazsa hesabınızı Amazon'a şikâyet edeceğiz.\nYönetim",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Sayın müşterimiz,\nOlumsuz yorumunuz firmamıza ciddi zarar veriyor. 3 gün içinde kaldırılmazsa hesabınızı Amazon'a şikâyet edeceğiz.\nYönetim",
    ),
    (
        "review.change",
        "aliexpress",
        "ar-SA",
        "مرحبا، بخصوص التقييم الذي تركته أمس.. التأخير كان بسبب الجمارك وليس منا. ممكن تغيره لو سمحت؟",
    ),
    (
        "review.change",
        "aliexpress",
        "ar-SA",
        "عزيزي العميل، تقييمك السلبي يضر متجرنا كثيراً. إذا لم تحذفه خلال 48 ساعة سنقدم شكوى ضد حسابك إلى علي إكسبريس.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ar-SA",
        "عزيزي العميل، تقييمك السلبي يضر متجرنا كثيراً. إذا لم تحذفه خلال 48 ساعة سنقدم شكوى ضد حسابك إلى علي إكسبريس.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ar-SA",
        "السلام عليكم، رأينا تقييمك بنجمتين. نحن آسفون جداً. ممكن تحذفه؟ أنا موظف جديد وإذا بقي التقييم سأخسر وظيفتي.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ru-RU",
        "Вы оставили плохой отзыв. Мы вернём вам деньги, если удалите его.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Мы уже пятый раз просим оставить отзыв. Это очень важно для нашего маленького магазина, пожалуйста, сделайте это сегодня!",
    ),
    ("review.incentive", "aliexpress", "zh-CN", "亲，差评可以改成好评吗？我们给您退10元。"),
]

CLEAN = [
    (
        "contact.phone",
        "aliexpress",
        "ko-KR",
        "계좌이체로 결제하시면 더 싸게 드릴게요. 국민은행 123-45-678901",
    ),
    (
        "contact.phone",
        "amazon",
        "pl-PL",
        "Dzień dobry,\nczęść zamienna ma numer katalogowy 1234-567-89 (model KX-2050). Zwróciliśmy 39,99 zł na Pani konto Amazon.",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        "Hallo,\n\nvielen Dank für Ihre Nachricht. Ihr Angebot, die Bewertung gegen eine Erstattung zu löschen, können wir leider nicht annehmen – das widerspricht den Amazon-Richtlinien, und Ihre Meinung soll unabhängig bleiben.\n\nDen defekten Deckel ersetzen wir Ihnen selbstverständlich trotzdem kostenlos; er geht morgen in den Versand.\n\nBeste Grüße",
    ),
    (
        "contact.phone",
        "aliexpress",
        "ko-KR",
        "고객님, 세관 통관 완료되었습니다 (2024.06.12 14:35). 우편번호 06236 주소로 배송 예정입니다.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-ES",
        "Estimado cliente, ya le hemos escrito tres veces: le rogamos que elimine su valoración negativa cuanto antes, esta semana, está afectando mucho a nuestra cuenta y somos una empresa pequeña.",
    ),
    (
        "review.change",
        "amazon",
        "sv-SE",
        "Hej, du erbjöd dig att ändra ditt omdöme om vi skickade en gratis extra laddare. Det kan vi tyvärr inte göra. Din reklamation behandlas som vanligt och en ersättningsprodukt skickas i dag.",
    ),
    (
        "review.incentive",
        "amazon",
        "sv-SE",
        "Hej, du erbjöd dig att ändra ditt omdöme om vi skickade en gratis extra laddare. Det kan vi tyvärr inte göra. Din reklamation behandlas som vanligt och en ersättningsprodukt skickas i dag.",
    ),
    (
        "review.change",
        "amazon",
        "tr-TR",
        "Merhaba Can Bey, yorumunuzu değiştirmeniz karşılığında indirim talep ettiniz; maalesef yorum karşılığında hiçbir şey sunamıyoruz. Arızalı ürün için değişim talebiniz onaylandı.",
    ),
    (
        "review.incentive",
        "amazon",
        "tr-TR",
        "Merhaba Can Bey, yorumunuzu değiştirmeniz karşılığında indirim talep ettiniz; maalesef yorum karşılığında hiçbir şey sunamıyoruz. Arızalı ürün için değişim talebiniz onaylandı.",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        "Hallo Herr Neumann, Sie hatten angeboten, Ihre Bewertung zu ändern, wenn wir Ihnen einen Gutschein schicken. Das dürfen und möchten wir nicht. Unabhängig davon schicken wir Ihnen selbstverständlich kostenlos ein Ersatzteil für den defekten Griff.",
    ),
    (
        "review.incentive",
        "amazon",
        "de-DE",
        "Hallo Herr Neumann, Sie hatten angeboten, Ihre Bewertung zu ändern, wenn wir Ihnen einen Gutschein schicken. Das dürfen und möchten wir nicht. Unabhängig davon schicken wir Ihnen selbstverständlich kostenlos ein Ersatzteil für den defekten Griff.",
    ),
    (
        "review.change",
        "amazon",
        "en-US",
        "Hi Kevin,\nThank you so much for updating your review after the replacement arrived — we didn't ask for it, and it means a lot to the team. Enjoy the headphones!\nLuca, SoundCraft",
    ),
    (
        "review.incentive",
        "amazon",
        "de-DE",
        "Sehr geehrte Frau Roth,\nSie hatten angefragt, ob wir Ihnen für eine Bewertung einen Rabatt geben können. Das dürfen wir leider nicht – Bewertungen müssen unabhängig bleiben. Bei Fragen zum Produkt helfen wir aber gern weiter.\nMit freundlichen Grüßen\nVita Natur",
    ),
    ("review.change", "aliexpress", "zh-CN", "非常感谢您换货后主动更新了评价，我们很开心！祝您使用愉快。"),
    (
        "review.change",
        "amazon",
        "it-IT",
        "Ciao Sara,\ngrazie mille per aver aggiornato la recensione di tua iniziativa dopo la sostituzione. Ci ha fatto molto piacere!\nLo staff di Tessuti Fini",
    ),
    (
        "review.change",
        "amazon",
        "tr-TR",
        "Merhaba Zeynep Hanım,\nDeğişimden sonra yorumunuzu kendi isteğinizle güncellediğiniz için çok teşekkür ederiz. Çok mutlu olduk!\nPamuk Tekstil",
    ),
    (
        "review.change",
        "amazon",
        "ar-AE",
        "مرحباً سيدة مريم،\nشكراً جزيلاً لأنك قمتِ بتحديث مراجعتك من تلقاء نفسك بعد الاستبدال. سعدنا بذلك كثيراً.\nفريق القطن الناعم",
    ),
    (
        "review.change",
        "aliexpress",
        "ko-KR",
        "교환 후 직접 리뷰를 수정해 주셔서 정말 감사합니다! 큰 힘이 되었어요.",
    ),
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)
