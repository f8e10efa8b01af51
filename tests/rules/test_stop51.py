"""Stop 51: probes written blind for this stop (by writers who saw no rule code and no corpus), in 16 languages (1,040
messages: review pressure and positive-only asks; incentives and change requests in indirect words; phones among hard
clean numbers; off-platform payment and promotion; every rule in ordinary replies).

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

Clean: a date with its time ("(2024.06.12 14:35)") is no phone number; "está afectando mucho a nuestra cuenta" is the
seller's account harmed, no bank account to pay into.

Left: incentives with the benefit and the review in words the bargain rules do not join yet ("bjuder vi på nästa
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
]

CLEAN = [
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
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)
