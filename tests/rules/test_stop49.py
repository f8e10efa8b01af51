"""Stop 49: probes written blind for this stop (by writers who saw no rule code and no corpus), in 16 languages.

Each case below was read wrongly before this stop (with the stop's source changes undone, its test fails) and each is
a message a seller could send; the rule sources are those of the rule table in docs/rules.md (Amazon Communication
Guidelines, AliExpress seller rules §8).

Review pressure: the shop, the family or a job said to depend on reviews ("notre savonnerie vit en grande partie grâce
aux avis", "de las reseñas depende que podamos seguir pagando el alquiler", "החנות שלנו ממש תלויה בביקורות"), the shop's
survival in more words ("la tiendita no sale adelante", "się nie utrzymamy", "店を続けていけない", "가게를 접어야"),
"without your review" in the singular and with the article ("sem a avaliação do senhor", "بدون التقييمات", "בלי
הביקורת שלך"), chasing again ("Apologies for chasing again", "Vi skriver till dig en gång till om omdömet").

Incentives: prize draws among reviewers ("we draw one name … put you in the hat", "la rifa mensual", "نجري كل شهر
سحباً", "אנחנו מגרילים"), preferred-customer status and free samples for whoever reviews, "then you get" a benefit after
a review asked for ("Schrijf je een review …? Dan krijg je … korting").

Review changes: asked in a P.S. or a letter's last lines ("if you fancy giving it a refresh", "take the 'never arrived'
bit off your review", "wenn Ihre Sterne auch das Happy End zeigen würden", "potresti rivedere il voto", "dar uma
atualizadinha", "заглянете в него ещё раз", "업데이트해 주시면", "שתורידי את הביקורת"), and seller feedback asked to be
removed in words the notice reading took for the allowed notice ("zouden wij het erg op prijs stellen als u … zou
willen verwijderen", "we'd be grateful if you might consider amending your feedback").

Positive-only: the top school grade ("an A+ from you", "eine glatte Eins", "un 20/20", "nos merecemos un 10",
"пятёрку с плюсом") and the displeased buyer sent to the seller first in the review's sentence ("escríbenos primero",
"melden Sie sich bitte zuerst bei uns", "сначала напишите нам").

Off-platform: other marketplaces by name and by price ("notre boutique Cdiscount à 19,90 € au lieu de 24,90 €",
"loja do Mercado Livre por R$ 30 a menos", "متجرنا على نون وسعره أقل").

Clean (false blocks before): refusals of what the buyer asked or offered ("Vous me demandiez si nous pouvions … un
virement … mais nous ne remboursons jamais …", "Sie haben angeboten … das dürfen wir leider nicht", "「銀行振込で直接返金
してほしい」とのご要望をいただきましたが … 一切行っておりません", "Wij kunnen helaas niets aanbieden in ruil voor een
review"), impostors warned of ("si spacciava per noi", "w naszym imieniu"), "You don't need to contact anyone outside
AliExpress", messenger apps as features (voice messages, shortcut keys, messages read aloud), a part number's letters
("PL-VX 6610 …"), receipt confirmed after the buyer said all had arrived ("dass alles gut angekommen ist – prima!"),
the Turkish positive-only ask read as pressure too, the buyer's own one-star intention reported back (the statistical
model read it as a change request).

Left: deadlines for the review in the words "no later than close of play", "spätestens bis Sonntag … bräuchten wir",
"entro e non oltre"; a reward for "a few lines about the humidifier" (no review word); a review "up" in the seller's
words "once your review … is up, a box is yours"; "nochmal über Ihre Bewertung schauen"; "Dites-le dans un avis ! … Dites-le
plutôt à nous"; a parcel at customs with receipt asked ("¿Podría darle en 'confirmar recibido'?"); refunds by СБП or
支付宝 offered instead of a return; a Kleinanzeigen listing whose fees are named far from it.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks

CAUGHT = [
    (
        "offplatform.payment",
        "amazon",
        "ar-SA",
        "أهلاً أختي نورة، نفس المنتج موجود في متجرنا على نون وسعره أقل بـ 40 ريال، إذا حبيتي تطلبين مرة ثانية 🌷",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour, pour info le même lot de 3 est dispo sur notre boutique Cdiscount à 19,90 € au lieu de 24,90 € ici. Cordialement, Julien",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Olá, Sr. Rodrigues,\n\nAgradecemos o contato. A furadeira de impacto 650W que o senhor comprou vem com mandril de 13 mm e aceita brocas de vídea para concreto, então serve sim para furar a parede da garagem.\n\nSobre a versão com maleta e kit de 40 brocas que o senhor perguntou: esse modelo também está na nossa loja do Mercado Livre por R$ 30 a menos. Se preferir, pode comprar por lá.\n\nLembre-se de usar a função impacto apenas em alvenaria, para madeira e metal deixe desligada.\n\nAtt,\nFerramentas Silva",
    ),
    (
        "review.change",
        "amazon",
        "en-GB",
        "Dear Mr Hargreaves,\n\nThank you for your patience while we looked into order 205-3390187-2210456. The courier has now confirmed that the parcel was left with your neighbour at number 14 rather than in your porch as requested, and I'm glad to hear you've since collected it and that the kettle is working perfectly.\n\nI've passed your comments on to our delivery partner so this doesn't happen again.\n\nShould you feel the matter has been put right, we'd be grateful if you might consider amending your feedback to reflect that. Of course, that is entirely at your discretion.\n\nKind regards,\nHelen Price\nCustomer Services, Ashford Home Goods Ltd",
    ),
    (
        "review.change",
        "amazon",
        "ru-RU",
        "Здравствуйте, Игорь!\n\nСпасибо, что дождались новую крышку для электрочайника. По трекингу она вчера была доставлена, и мы очень рады, что теперь фиксатор держит как надо. Для справки: если на дне появляется белый налёт, залейте раствор лимонной кислоты (1 ст. ложка на литр), доведите до кипения и оставьте на 20 минут.\n\nГарантия на чайник — 24 месяца с даты покупки; если что-то ещё понадобится, пишите сюда.\n\nС уважением,\nПавел, поддержка HomeBoil\n\nP.S. Ваш отзыв был написан ещё до замены крышки — если вдруг будет минутка, может, заглянете в него ещё раз?",
    ),
    (
        "review.change",
        "aliexpress",
        "en-GB",
        "Hiya, cheers for letting us know the strap arrived in the end - Royal Mail had it sat at the depot for a week apparently. Any chance you could pop back and take the 'never arrived' bit off your review? Ta, Jo",
    ),
    (
        "review.change",
        "amazon",
        "en-GB",
        "Hi Gareth,\n\nThanks for bearing with us. The Presta-to-Schrader adapter you were missing went out first class on Monday and Royal Mail show it as delivered this morning, so you should be all set to use the track pump with your road bike now. To fit it, screw the adapter onto the Presta valve after loosening the little top nut, then push the pump head on and flip the lever up.\n\nThe gauge reads in both PSI and bar; for most 25 mm road tyres somewhere between 80 and 100 PSI is about right, but do check the sidewall of your tyre.\n\nAll the best,\nRob\nSpoke & Sprocket\n\nP.S. I noticed your review went up before the adapter arrived - if you fancy giving it a refresh now it's all sorted, that'd be brilliant.",
    ),
    (
        "review.change",
        "amazon",
        "ko-KR",
        "박지훈 고객님, 안녕하세요.\n\n교체해 드린 기계식 키보드가 어제 도착한 것으로 확인됩니다. 이전 제품에서 발생했던 스페이스바 채터링 현상은 스위치 불량 때문이었으며, 이번 제품은 출고 전에 모든 키를 하나하나 점검했습니다.\n\n참고로 Fn + F12를 누르시면 백라이트 모드를 바꾸실 수 있고, Fn + Win 조합으로 윈도우 키 잠금이 가능합니다. 키캡을 세척하실 때는 동봉된 키캡 리무버를 사용해 주세요.\n\n추가로 궁금하신 점이 있으시면 언제든 메시지 주세요.\n\n키보드랩 고객지원팀\n\n추신: 남겨주신 리뷰가 교체 전 내용이라, 시간 되실 때 업데이트해 주시면 정말 감사하겠습니다.",
    ),
    (
        "review.change",
        "aliexpress",
        "he-IL",
        "היי! איזה כיף שהחבילה הגיעה סוף סוף 😊 סליחה על העיכוב. אפשר לבקש שתורידי את הביקורת השלילית? תודה רבה!",
    ),
    (
        "review.change",
        "amazon",
        "he-IL",
        "שלום יוסי,\n\nתודה על הסבלנות. חלק החילוף למטחנת הקפה נשלח אליך ביום ראשון, ולפי המעקב הוא כבר נמסר. כדי להרכיב אותו, סובב את המיכל העליון נגד כיוון השעון עד הסוף, הוצא את האבן העליונה והכנס את החדשה כשהחץ מול הנקודה.\n\nמומלץ לנקות את המטחנה עם מברשת יבשה פעם בשבוע, בלי מים.\n\nבברכה,\nשירות לקוחות – קפה בבית\n\nנ.ב. אם עכשיו הכול עובד, אולי תרצה להעיף מבט נוסף על הדירוג שנתת?",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        "Guten Tag Herr Wagner,\n\nzunächst vielen Dank für Ihre ehrliche Rückmeldung – Ihre Kritik am ersten Netzteil war absolut berechtigt. Nachdem der Austausch nun erledigt ist und die Bohrmaschine wieder lädt, wäre es schön, wenn Ihre Sterne auch das Happy End zeigen würden.\n\nZu Ihrer eigentlichen Frage: Die Rechnung mit ausgewiesener Mehrwertsteuer können Sie direkt in Ihrem Amazon-Konto unter „Meine Bestellungen“ > „Rechnung“ herunterladen. Die Garantie beträgt 24 Monate ab Kaufdatum; das Ersatznetzteil ist ebenfalls davon abgedeckt.\n\nMit freundlichen Grüßen\nSabine Krüger\nKundenservice – Werkzeugwelt Krüger",
    ),
    (
        "review.change",
        "amazon",
        "de-DE",
        "Sehr geehrte Frau Schulz,\n\nbesten Dank für Ihre Geduld. Wie Sie inzwischen gesehen haben, wurde das Paket nach der Verzögerung im Hermes-Verteilzentrum am Samstag zugestellt. Die Verzögerung lag leider außerhalb unseres Einflusses, dennoch entschuldigen wir uns für die Unannehmlichkeiten.\n\nWir möchten Sie keinesfalls bedrängen, aber vielleicht wäre es möglich, den Satz zur Lieferzeit aus Ihrer Rezension herauszunehmen, da der Artikel selbst ja einwandfrei ist.\n\nFreundliche Grüße\nIhr Team von Gartenzauber",
    ),
    (
        "review.change",
        "aliexpress",
        "it-IT",
        "Ciao! Il pacco è arrivato finalmente 😊 Ci dispiace tanto per il ritardo. Se per te va bene, potresti rivedere il voto che ci hai dato? Grazie mille!",
    ),
    (
        "review.change",
        "amazon",
        "it-IT",
        "Buongiorno Sig. Conti,\n\ngrazie per le foto: la spazzola rotante del suo aspirapolvere senza fili era effettivamente bloccata da un filo avvolto attorno all'asse. Come le avevamo indicato, basta premere il pulsante laterale per sganciarla, tagliare il filo con le forbici e rimontarla fino al clic. Ci fa piacere che ora funzioni di nuovo a pieno regime.\n\nPer mantenerlo efficiente, le consigliamo di lavare il filtro HEPA ogni due settimane e di lasciarlo asciugare almeno 24 ore.\n\nCordiali saluti,\nDavide – Assistenza CasaPulita\n\nP.S. Se adesso l'aspirapolvere funziona come si deve, ci farebbe piacere se le stelline raccontassero anche il finale della storia.",
    ),
    (
        "review.change",
        "amazon",
        "pt-BR",
        "Olá, Felipe!\n\nQue bom que o fone novo chegou certinho. Só pra reforçar a dica: se em algum momento ele conectar só de um lado, é só colocar os dois no estojo, segurar o botão por 10 segundos até a luz piscar em branco e parear de novo pelo Bluetooth do celular. O cancelamento de ruído liga e desliga com dois toques no fone esquerdo.\n\nA bateria dura umas 6 horas por carga e o estojo dá mais 3 recargas completas.\n\nAbraço,\nEquipe SomMax\n\nP.S.: Como sua avaliação foi escrita antes da troca, se quiser dar uma atualizadinha agora, a gente agradece muito!",
    ),
    (
        "review.change",
        "amazon",
        "nl-NL",
        'Beste meneer De Vries,\n\nHartelijk dank voor uw bericht en excuses voor de verwarring. U had de stofzuigerzakken voor model S-300 besteld, maar wij hadden per abuis die voor de S-200 meegestuurd. De juiste zakken zijn gisteren met PostNL verzonden (de track & trace staat in uw bestelling), en de verkeerde kunt u met het retourlabel in uw account kosteloos terugsturen.\n\nNu de fout hersteld is, zouden wij het erg op prijs stellen als u de negatieve verkopersbeoordeling zou willen verwijderen. Dat kan via "Uw bestellingen" > "Verkopersfeedback".\n\nMet vriendelijke groet,\nAnouk Jansen\nKlantenservice – HuisHelder',
    ),
    (
        "review.incentive",
        "amazon",
        "pl-PL",
        "Dzień dobry Pani Ewo,\n\nbardzo dziękujemy za zakup kremu z ekstraktem z nagietka. Przepraszamy, że paczka dotarła z opóźnieniem; kurier miał problem z dojazdem z powodu remontu ulicy.\n\nKrem najlepiej nakładać cienką warstwą na lekko wilgotną skórę. Jest bezzapachowy, więc nadaje się też do skóry wrażliwej i atopowej.\n\nKlientki, które podzielą się opinią o kremie na Amazonie, otrzymują od nas przy następnym zamówieniu darmowe próbki naszego nowego serum, wystarczy dać znać w wiadomości.\n\nCiepło pozdrawiamy,\nZiołowy Ogród Kosmetyki",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ar-SA",
        "مرحباً عزيزي العميل،\n\nشكراً لك على طلب ساعة اليد الكلاسيكية. تم تسليم الطلب حسب شركة الشحن، رقم التتبع LP00729183064.\n\nلضبط التاريخ اسحب التاج إلى الوضع الأول وأدره باتجاه عقارب الساعة. الساعة مقاومة للرذاذ فقط، فلا تسبح بها.\n\nوخبر جميل: نجري كل شهر سحباً بين جميع العملاء الذين تركوا تقييماً، والفائز يحصل على ساعة ذكية. بمجرد تقييمك تدخل السحب تلقائياً!\n\nمع التحية،\nClassic Time Store",
    ),
    (
        "review.incentive",
        "amazon",
        "he-IL",
        "שלום דני! בין כל הלקוחות שכותבים ביקורת החודש אנחנו מגרילים מכונת אספרסו ☕ בהצלחה!",
    ),
    (
        "review.incentive",
        "aliexpress",
        "es-MX",
        "Hola!! Deja tu calificación de la compra y participa automáticamente en la rifa mensual de un celular 🎉📱 ¡Suerte!",
    ),
    (
        "review.incentive",
        "amazon",
        "es-MX",
        "Hola, Sra. Valdez:\n\nGracias por escribirnos. Ya revisamos el caso de su licuadora: el vaso venía con una pequeña fisura y le enviamos un vaso de reemplazo por Amazon, con entrega estimada el jueves. No es necesario que devuelva el dañado.\n\nLe recomendamos no licuar líquidos a más de 60 °C y siempre poner primero los líquidos y luego los sólidos.\n\nAdemás, los clientes que nos dejan una reseña pasan a ser Clientes Preferentes: envío prioritario y atención personalizada de por vida. Con gusto la damos de alta en cuanto nos confirme.\n\nSaludos,\nAtención a Clientes Licuamax",
    ),
    (
        "review.incentive",
        "amazon",
        "en-US",
        "Hi Mrs. Donnelly,\n\nThanks for letting us know the paring knife tip arrived bent. That should never happen and I'm sorry it did. I've arranged a free replacement of the paring knife through Amazon; you'll get a confirmation shortly, and there's no need to return the damaged one.\n\nFor the rest of the set: the blades are German X50CrMoV15 steel, hand wash only, and dry them right away to keep the edges nice. The chef's knife goes in the widest slot on the left of the block.\n\nP.S. Every month we draw one name from the customers who have reviewed any of our products, and this month's prize is a stand mixer. Your review of the knife set would put you in the hat!\n\nAll the best,\nRosa, Hartwell Cutlery",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Hoi Lotte! Schrijf je een review over je yogamat? Dan krijg je van ons korting op je volgende bestelling in onze shop 🧘\u200d♀️ Stuur even een berichtje als hij online staat. Groetjes, ZenFit",
    ),
    (
        "review.incentive",
        "aliexpress",
        "it-IT",
        'Ciao caro cliente!\n\nIl tuo ordine 3032887540019264 (lampada LED da scrivania) è stato spedito, codice di tracciamento LP00637719845201. Ci vorranno circa 10-15 giorni per arrivare in Italia.\n\nTi chiediamo un piccolo aiuto: per favore clicca subito su "Conferma ricezione" nella pagina dell\'ordine e lascia una recensione con qualche stella, anche se il pacco non è ancora arrivato. Appena lo fai ti mandiamo un coupon da 3 € da usare quando vuoi. Non preoccuparti, se il pacco ha un problema ti aiutiamo lo stesso.\n\nLa lampada ha 3 temperature di colore e 10 livelli di luminosità, con porta USB per ricaricare il telefono.\n\nGrazie mille!\nLucy, BrightDesk Store',
    ),
    (
        "review.positive_only",
        "amazon",
        "ru-RU",
        "Здравствуйте, Марина!\n\nВаш плед (150×200, цвет графит) доставлен. Стирать его лучше при 30 °C на деликатном режиме, без отжима на высоких оборотах, и сушить в расправленном виде — тогда ворс останется пушистым.\n\nЕсли он тянет на пятёрку с плюсом, оставьте, пожалуйста, отзыв; а если что-то не так — сначала напишите нам, отзыв можно и не писать, мы всё решим.\n\nТепла и уюта,\nМагазин «Мягкий дом»",
    ),
    (
        "review.positive_only",
        "amazon",
        "de-DE",
        "Hallo Frau Schmitt,\n\nIhr Paket mit den Leinen-Geschirrtüchern (6er-Set, Farbe Salbei) ist heute bei DHL eingegangen und sollte morgen bei Ihnen sein. Die Sendungsnummer lautet 00340434161094027318.\n\nKleiner Tipp: Die Tücher vor dem ersten Gebrauch einmal bei 40 °C waschen, dann werden sie deutlich saugfähiger.\n\nWenn Sie uns eine glatte Eins geben würden, freuen wir uns riesig über eine Bewertung – und falls etwas nicht passt, melden Sie sich bitte zuerst bei uns, bevor Sie bewerten.\n\nHerzliche Grüße\nIhr Team von Leinenliebe",
    ),
    (
        "review.positive_only",
        "amazon",
        "fr-FR",
        "Bonjour Thomas,\n\nVotre commande de bocaux en verre (lot de 6, 1 L) a été expédiée ce matin par Colissimo, numéro de suivi 6A12345678901. Livraison prévue sous 48 h.\n\nPetit conseil : pour les conserves, faites bouillir les joints 5 minutes avant la première utilisation.\n\nSi vous nous trouvez dignes d'un 20/20, un avis nous ferait très plaisir ; et si quelque chose cloche, écrivez-nous d'abord, on s'en occupe tout de suite.\n\nBonne journée,\nL'équipe Bocal & Co",
    ),
    (
        "review.positive_only",
        "amazon",
        "en-US",
        "Hi there Rachel,\n\nYour order of the 12-pack bamboo drawer organizers (order #114-2201938-5560247) was delivered yesterday according to the UPS tracking. We hope they fit your drawers well! A quick tip: the two smallest boxes nest inside the medium ones, in case you don't need all twelve at once.\n\nIf anything is missing or arrived bent, just reply here and we'll take care of it right away.\n\nAnd if they earn an A+ from you, we'd love to see that in a review - if they don't quite make the grade, please come to us first so we can fix it.\n\nWarm regards,\nThe Nestly Home Team",
    ),
    (
        "review.positive_only",
        "amazon",
        "es-ES",
        "Hola Marta:\n\nTu pedido de sartenes (set de 3, 20/24/28 cm) ya está en camino con SEUR; te llegará el jueves. Tienes el número de seguimiento en la página del pedido.\n\nUn consejo: antes del primer uso lávalas con agua tibia y unta una gota de aceite por toda la superficie, así el antiadherente dura mucho más. Y nada de estropajos metálicos.\n\nSi crees que nos merecemos un 10, nos encantaría leerlo en una reseña; y si algo no te convence, escríbenos primero a nosotros y lo arreglamos.\n\nUn abrazo,\nEquipo Cocina Feliz",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "es-ES",
        "¡Hola! Tu pedido ya aparece como entregado 😊 Si te ha gustado, ¿nos dejas una valoración? Y si algo no está bien, mejor escríbenos antes y lo solucionamos.",
    ),
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Dzień dobry Panie Tomaszu,\n\ndziękujemy za zamówienie deski do krojenia z drewna orzechowego (zamówienie 405-8872019-3310426). Paczka została dziś nadana kurierem InPost, numer przesyłki 620123456789012345678901, dostawa planowana jest na jutro.\n\nDeskę warto raz w miesiącu natłuścić olejem mineralnym lub olejem do drewna przeznaczonym do kontaktu z żywnością; nie wolno myć jej w zmywarce.\n\nJesteśmy małą rodzinną stolarnią spod Nowego Sącza i, mówiąc szczerze, bez opinii na Amazonie się nie utrzymamy; od Pana recenzji naprawdę zależy, czy będziemy dalej robić te deski.\n\nSerdecznie pozdrawiamy,\nRodzina Kowalczyków – Stolarnia Pod Jodłą",
    ),
    (
        "review.pressure",
        "aliexpress",
        "sv-SE",
        "Hej kära kund,\n\nTack för ditt köp av det trådlösa tangentbordet. Ditt paket har kommit fram till Sverige och levereras av PostNord, spårningsnummer LP00623019845.\n\nTangentbordet ansluts via den lilla USB-mottagaren, som ligger i facket under batteriluckan. Det har svensk layout med å, ä och ö.\n\nVi skriver till dig en gång till om omdömet, för AliExpress algoritm visar bara butiker med många omdömen och vi hamnar längst ner om vi inte får fler.\n\nMed vänliga hälsningar,\nKeyMaster Store",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Dear Mr Whitfield,\n\nMany thanks for your message regarding the brass lion door knocker (order 202-3318746-5520931). I'm sorry the fixing bolts were too short for your door; at roughly 5 cm thick it needs the longer ones. I've posted you a set of 70 mm bolts by Royal Mail 1st Class this morning, tracking JY123456789GB, so they should arrive tomorrow or Saturday.\n\nApologies for chasing again, but as per my message last week we're still awaiting your review. Could you possibly pop one up before the end of the month?\n\nIf you'd like a hand with fitting, the instruction sheet is in the box, but I'm happy to help here as well.\n\nKind regards,\nEleanor\nHallam & Sons Ironmongery",
    ),
    (
        "review.pressure",
        "amazon",
        "en-GB",
        "Hiya Lucy, hope you're well! Not to be a pest, but I noticed you've still not left a review for the bird feeder. We're a tiny two-person business in Norfolk and honestly every single review keeps the lights on here. Thanks ever so much, Pete",
    ),
    (
        "review.pressure",
        "amazon",
        "ar-SA",
        "السلام عليكم ورحمة الله،\n\nأختي الكريمة أم عبدالله، شكراً لطلبك مجموعة البخور والعود (رقم الطلب 405-7710294-3318026). تم شحن الطلب اليوم مع أرامكس، رقم التتبع 34567890123، ومن المتوقع وصوله خلال يومين.\n\nنصيحة للاستخدام: ضعي قطعة العود على الفحم بعد أن يبيضّ تماماً، وستدوم الرائحة أطول.\n\nبصراحة، نحن متجر عائلي صغير في الأحساء، وبدون التقييمات لن نستطيع الاستمرار، ورزق أولادنا معلّق بتقييمات العملاء الكرام مثلك.\n\nجزاك الله خيراً،\nمتجر عطور الأحساء",
    ),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        "היי! 😊 כל שאר הקונים כבר השאירו פידבק, רק אתה נשארת! אפשר היום בבקשה? תודה!",
    ),
    (
        "review.pressure",
        "amazon",
        "he-IL",
        "שלום רחל,\n\nתודה על ההזמנה של סט קערות הקרמיקה (הזמנה 114-5520183-6627104). החבילה נשלחה היום עם DHL Express, מספר מעקב 1234567890, וצפויה להגיע עד יום חמישי.\n\nהקערות מתאימות למדיח ולמיקרוגל, אבל לא לתנור. כדאי לשטוף אותן לפני השימוש הראשון.\n\nאני אהיה כנה איתך: אנחנו סטודיו קטן של שני אנשים, והחנות שלנו ממש תלויה בביקורות. בלי הביקורת שלך, קשה לנו מאוד להמשיך.\n\nתודה מכל הלב,\nנועה, סטודיו חמרה",
    ),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        'שלום וברכה,\n\nתודה שבחרת בחנות שלנו! השעון החכם נמסר לפי חברת השילוח, מספר מעקב LP00623918470.\n\nכדי לקבל התראות וואטסאפ על השעון, יש להיכנס לאפליקציה, לבחור "התראות" ולהפעיל את וואטסאפ. השעון עמיד במים בתקן IP67.\n\nסליחה שאנחנו שוב פונים, אבל האלגוריתם של עליאקספרס מוריד חנויות עם מעט פידבקים לתחתית החיפוש, ובלי הדירוג שלך אף אחד לא ימצא אותנו.\n\nבברכה,\nFitWatch Official Store',
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "鈴木様\n\nいつもご愛顧いただきありがとうございます。\nご注文の手ぬぐいセット（注文番号：503-7710293-1184026）は、本日ヤマト運輸にて発送いたしました。お問い合わせ伝票番号は 4512-3456-7890 です。明後日の午前中にお届け予定でございます。\n\n手ぬぐいは最初の数回の洗濯で色落ちすることがございますので、他の衣類とは分けて手洗いしてください。端のほつれは使ううちに落ち着きますので、気になる糸だけハサミで切っていただければ大丈夫です。\n\n正直に申し上げますと、当店は京都で家族三人で営んでいる小さな染物屋で、レビューをいただけないと本当に店を続けていけない状況です。鈴木様のレビューが、私どもの暮らしを支えてくださいます。\n\n心より感謝申し上げます。\n染工房はなだ\u3000店主\u3000花田",
    ),
    (
        "review.pressure",
        "amazon",
        "ko-KR",
        "김민지 고객님께,\n\n주문해 주신 한지 조명(주문번호 112-4482019-6637102)은 오늘 UPS로 발송되었습니다. 추적 번호는 1Z999AA10123456784이며, 다음 주 화요일쯤 도착 예정입니다.\n\n문의하신 전구는 E26 규격이며, 발열이 적은 LED 전구 사용을 권장드립니다. 한지는 물에 약하니 마른 천이나 부드러운 솔로만 먼지를 털어 주세요.\n\n솔직히 말씀드리면 저희는 전주에서 부부 둘이 운영하는 작은 공방이라, 리뷰가 없으면 정말 가게를 접어야 할 형편입니다. 고객님의 리뷰 하나가 저희 생계에 큰 힘이 됩니다.\n\n진심으로 감사드립니다.\n한빛공방 드림",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Bonjour Monsieur Garnier,\n\nMerci pour votre commande de savons saponifiés à froid (commande 402-7716302-9982145). Votre colis a été remis à Colissimo ce matin, numéro de suivi 6A12345678901, livraison prévue jeudi.\n\nPour répondre à votre question : le savon au lait de chèvre convient aux peaux sensibles, il est sans parfum ajouté. Conservez-le sur un porte-savon bien égoutté pour qu'il dure plus longtemps.\n\nPour être tout à fait honnête avec vous, notre petite savonnerie artisanale de la Drôme vit en grande partie grâce aux avis Amazon ; sans le vôtre, on risque tout simplement de ne pas passer l'hiver.\n\nBelle journée à vous,\nSophie et Julien – Savonnerie des Collines",
    ),
    (
        "review.pressure",
        "amazon",
        "es-ES",
        "Buenos días, señora Ortega:\n\nGracias por su pedido del cuchillo de cocina artesanal (pedido 404-5518273-1102746). Ya ha salido de nuestro taller y viaja con SEUR, número de seguimiento 10022345678, con entrega prevista el miércoles.\n\nSobre su pregunta: la hoja es de acero al carbono, así que conviene secarla enseguida después de usarla y no meterla nunca en el lavavajillas.\n\nSomos una familia de Albacete; mi padre fundó el taller en 1987 y, sinceramente, de las reseñas depende que podamos seguir pagando el alquiler del local, así que cada opinión cuenta muchísimo para nosotros.\n\nUn cordial saludo,\nAndrés Molina – Cuchillería Molina",
    ),
    (
        "review.pressure",
        "amazon",
        "es-MX",
        "Buenas tardes, Don Ernesto:\n\nGracias por su mensaje. La mochila para laptop que pidió (pedido 701-1193854-7720014) tiene compartimento acolchado de hasta 15.6 pulgadas y puerto USB lateral; el cable para la power bank va por dentro, en la bolsita con cierre.\n\nYa le mandamos la correa de repuesto por DHL, guía 4567890123, y llega en 2 a 3 días hábiles.\n\nLe platico con toda franqueza: sin reseñas, Amazon nos baja del buscador y la tiendita no sale adelante; su opinión literalmente decide si seguimos vendiendo o no.\n\nSaludos cordiales,\nRodrigo – Mochilas Tlaquepaque",
    ),
    (
        "review.pressure",
        "amazon",
        "pt-BR",
        "Bom dia, Sr. Carlos!\n\nAgradecemos pelo pedido da furadeira de impacto 750 W (pedido 701-5560291-8873306). Ela já saiu do nosso centro de distribuição e está com os Correios, código de rastreio AA123456789BR, com previsão de entrega para sexta-feira.\n\nSobre a pergunta do senhor: a furadeira acompanha mandril de 13 mm e funciona em 127 V; se a sua tomada for 220 V, é preciso um transformador.\n\nSó mais uma coisa, e peço desculpas por tocar no assunto de novo: o algoritmo da Amazon esconde os produtos com poucas avaliações, e a nossa loja praticamente desaparece das buscas sem a avaliação do senhor.\n\nAtenciosamente,\nEquipe Ferramentas Silva",
    ),
]

CLEAN = [
    (
        "contact.messenger",
        "aliexpress",
        "pl-PL",
        "Witam, numer seryjny Pana odkurzacza to PL-VX 6610 2048 7731 0092 i według niego pasuje filtr HF-220. Cena 79,99 zł, wysyłka z magazynu w Polsce w 2-3 dni.",
    ),
    (
        "contact.messenger",
        "aliexpress",
        "sv-SE",
        "Hej, ja tangentbordet har snabbknappar för Teams, Slack och WhatsApp Desktop, de går att programmera om i appen. Pris 379 kr inkl. frakt. Vi tar bara betalt via AliExpress.",
    ),
    (
        "contact.messenger",
        "aliexpress",
        "he-IL",
        'שלום, כן, הרמקול החכם יודע להקריא הודעות וואטסאפ דרך העוזר הקולי. המחיר 129 ש"ח כולל משלוח, והתשלום רק דרך אליאקספרס בבקשה.',
    ),
    (
        "contact.messenger",
        "aliexpress",
        "pt-BR",
        "Olá! O fone tem botão de assistente de voz, dá pra mandar áudio no WhatsApp sem tirar o celular do bolso. Preço R$ 189,90 com frete grátis. Pagamento só pelo AliExpress, ok? Obrigado!",
    ),
    (
        "contact.messenger",
        "amazon",
        "it-IT",
        "Buongiorno Sig. Greco,\n\nle confermo che il rimborso di 129,00 € per l'ordine 403-5529180-1127763 è stato emesso oggi tramite Amazon. Arriverà sulla carta usata per l'acquisto entro 3-5 giorni lavorativi.\n\nPer quanto riguarda il messaggio che ha ricevuto su WhatsApp da un numero sconosciuto che si spacciava per noi e le chiedeva un bonifico per «sbloccare il rimborso»: non eravamo noi. Non chiediamo mai bonifici, PayPal, ricariche Postepay o dati bancari. Tutti i rimborsi passano solo da Amazon. Le consiglio di segnalare il numero e di non rispondere.\n\nCordiali saluti,\nElettronica Adriatica",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pl-PL",
        "Dzień dobry, informujemy, że nie przyjmujemy płatności przelewem ani BLIKIEM poza Amazonem – wszystkie płatności wyłącznie przez Amazon. Jeśli ktoś w naszym imieniu prosi o przelew, prosimy to zgłosić.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "高橋様\n\nご注文番号 250-1192873-6640215 の返金(3,280円)につきまして、本日Amazonより処理が完了いたしました。ご利用のクレジットカードへの反映には数日かかる場合がございます。\n\nなお、「銀行振込で直接返金してほしい」とのご要望をいただきましたが、当店ではAmazon以外での返金や、銀行振込・PayPay等でのお支払い・ご返金は一切行っておりません。すべてAmazonを通じてのお手続きとなります。ご了承くださいませ。\n\n今後ともよろしくお願いいたします。\n文具のお店 さくら",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour Monsieur Dubois,\n\nVotre remboursement de 79,00 € pour la commande 402-1170382-9935247 a bien été validé aujourd'hui. Il apparaîtra sur votre compte sous 3 à 5 jours ouvrés, sur le moyen de paiement utilisé lors de l'achat.\n\nVous me demandiez si nous pouvions plutôt vous faire un virement bancaire directement pour aller plus vite. Je comprends l'intention, mais nous ne remboursons jamais par virement, par PayPal ou par chèque en dehors d'Amazon : tous les remboursements passent par Amazon, c'est plus sûr pour vous comme pour nous, et vous gardez la garantie A à Z.\n\nMerci encore pour votre patience.\n\nCordialement,\nÉlodie\nAtelier Lumière",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "en-US",
        "Hi Chris,\n\nYour order 8194410082236519 (2 pcs LED strip 5m, RGBIC) was shipped on Jan 22 with YunExpress, tracking YT2402215506731. The parcel arrived in Los Angeles yesterday and it will be handed to the local carrier in 2-3 days. You can see all the updates on the order page at aliexpress.us under My Orders > Track order.\n\nIf it doesn't arrive before the protection period ends, you can extend buyer protection from the same page, or open a dispute and AliExpress will refund you directly. You don't need to contact anyone outside AliExpress for that.\n\nSorry it takes longer than the 12 days you expected, Chinese New Year holidays slow everything down this month.\n\nBest wishes,\nKitty\nBright LED Factory Store",
    ),
    (
        "order.confirm_receipt_early",
        "aliexpress",
        "de-DE",
        "Hallo Tobias, Ihre Bestellung wurde laut Tracking am 12.03. zugestellt und Sie haben uns geschrieben, dass alles gut angekommen ist – prima! Dann können Sie jetzt gern „Erhalt bestätigen“ klicken. Viel Spaß mit dem Ladegerät!",
    ),
    (
        "review.change",
        "amazon",
        "en-US",
        "Hi Brenda,\n\nI'm sorry to hear the coffee grinder stopped working after two weeks. You wrote that if this isn't sorted out you'll be leaving a one-star review - that's completely your call, and I understand the frustration.\n\nHere's what I can do: since the grinder is within the 30-day window, you can start a return from Your Orders and choose \"Defective\" as the reason; return shipping is free in that case and Amazon will refund the full $39.99 once it's scanned. If you'd rather have a replacement, choose \"Replace item\" instead and a new one ships right away.\n\nIn the meantime, it's worth checking whether the hopper is fully clicked in - the motor has a safety cut-off that stops it when the hopper is even slightly loose.\n\nSorry again for the hassle,\nGreg\nBurr & Bean Support",
    ),
    (
        "review.incentive",
        "amazon",
        "de-DE",
        "Hallo Frau Becker,\n\nvielen Dank für Ihre nette Nachricht, es freut uns sehr, dass die Gartenbank so gut ankommt!\n\nZu Ihrer Frage: Sie haben angeboten, eine ausführliche Bewertung mit Fotos zu schreiben, wenn wir Ihnen dafür die passende Auflage kostenlos dazulegen. Das ist nett gemeint, aber das dürfen wir leider nicht. Für Bewertungen bieten wir grundsätzlich nichts an, weder Rabatt noch Gratisartikel noch Rückerstattung. Ob und was Sie bewerten, entscheiden Sie ganz frei.\n\nDie Bank ist aus FSC-zertifiziertem Akazienholz und sollte einmal im Jahr geölt werden. Bei Frost bitte abdecken oder in den Schuppen stellen.\n\nHerzliche Grüße\nGartenwelt Schneider",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        'Beste heer Mulder,\n\nWij kunnen helaas niets aanbieden in ruil voor een review, geen korting, geen cadeaubon en ook geen gratis accessoire. Amazon staat dat niet toe, en eerlijk gezegd willen wij ook alleen reviews die niemand heeft "gekocht".\n\nUw vraag over de garantie: de stofzuiger (Philips XC8055/01, serienummer 2401 8827 1033) valt onder 2 jaar fabrieksgarantie. De Philips consumentenservice is bereikbaar op 020 721 0481.\n\nMet vriendelijke groet,\nHuishoud Online',
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Merhaba Zeynep Hanım,\n\nSiparişiniz olan seramik kupa seti (4'lü, mat beyaz) bugün Yurtiçi Kargo'ya teslim edildi; takip numaranızı sipariş sayfanızda görebilirsiniz. Kupalar bulaşık makinesine ve mikrodalgaya uygundur, yalnızca ani sıcaklık değişimlerinden kaçınmanızı öneririz.\n\nBizi tam puana layık görürseniz değerlendirmenizi bekliyoruz; bir sorun olursa lütfen değerlendirme yapmadan önce bize yazın, hemen çözelim.\n\nSevgiyle,\nToprak Atölye",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Merhaba Murat Bey,\n\nKamp sandalyeniz teslim edildi. Sandalye 120 kg taşıma kapasitesine sahip, katlandığında 45 cm'ye iniyor ve taşıma çantasıyla birlikte geliyor. Bardaklık kolçağın sağ tarafında.\n\nMemnun kaldıysanız beş üzerinden beş bekliyoruz 😊 Memnun kalmadıysanız yorum yazmadan önce bize bir mesaj atmanız yeterli.\n\nSaygılarımızla,\nDoğa Kamp",
    ),
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)
