"""Stop 42: probes in 16 languages of what the checker missed, each beside clean replies with the same words.

Pressure: the buyer's promised review held against them ("You told us in chat you would write a review. We are
still waiting"), the review said to ruin a small shop's sales, the review hurried by a closing window ("before it is
too late", "the review window closes tomorrow") or by the end of the month, a removal demanded "otherwise we will
report you to Amazon". Incentive: the first buyers who review rewarded, in Polish, Swedish and Hebrew word orders; a
benefit the review "unlocks"; the price refunded the moment the review is up ("评价一发布", "yayınlanır yayınlanmaz").
Positive-only: "Not happy? Skip the review and message us instead" (the question ends a sentence).
Payment: the shipping fee of a replacement or a size's difference sent to the seller's own PayPal, Tikkie, Bizum or
BLIK. Phones: a number in digits and words mixed ("718 five five two 0192"), look-alike letters after "reach me", the
Japanese long-vowel mark as a dash. Promotion: the shop to follow for exclusive deals (es, it, sv, ar, he), a flash
sale (fr, zh). Clean: the seller's own promises ("as promised, here is your refund"), a storm that
ruined the sales beside thanks for a review, returns hurried before it is too late, the review left free "any time
within 90 days", the buyer told how to report a review, a replacement with nothing to pay "neither by PayPal nor by
transfer", a refund of a sum to the buyer's card, an honest review asked "whether you are happy or not", and
"レビューをお待ちしております" (we look forward to your review), the polite close of any request, a checkout named across the
dots of a domain, "follow our guide", a camera's flash."""

from __future__ import annotations

import pytest

from marketmsg.rules import check


def _blocking(text: str, locale: str, platform: str) -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}


PRESSURE = [
    (
        "amazon",
        "en-US",
        "We have written to you twice now and have not heard back. Please leave your review of the lamp today.",
    ),
    (
        "amazon",
        "de-DE",
        "Wir haben Ihnen jetzt schon zweimal geschrieben und keine Antwort erhalten. Bitte geben Sie heute noch Ihre Bewertung für die Lampe ab.",
    ),
    (
        "amazon",
        "fr-FR",
        "Nous vous avons déjà écrit deux fois sans réponse. Merci de laisser votre avis sur la lampe aujourd'hui.",
    ),
    (
        "amazon",
        "es-ES",
        "Ya le hemos escrito dos veces y no hemos recibido respuesta. Por favor, deje hoy su valoración de la lámpara.",
    ),
    (
        "amazon",
        "it-IT",
        "Le abbiamo già scritto due volte senza ricevere risposta. La preghiamo di lasciare oggi la sua recensione della lampada.",
    ),
    (
        "amazon",
        "pt-BR",
        "Já te mandamos mensagem duas vezes e você não respondeu. Por favor, deixe hoje sua avaliação da luminária.",
    ),
    (
        "amazon",
        "nl-NL",
        "We hebben u al twee keer geschreven en nog niets gehoord. Laat u vandaag alstublieft uw beoordeling van de lamp achter.",
    ),
    (
        "amazon",
        "pl-PL",
        "Pisaliśmy do Pana już dwa razy i nie otrzymaliśmy odpowiedzi. Prosimy dziś wystawić opinię o lampie.",
    ),
    (
        "amazon",
        "sv-SE",
        "Vi har skrivit till dig två gånger utan att få svar. Lämna gärna ditt omdöme om lampan i dag.",
    ),
    (
        "amazon",
        "tr-TR",
        "Size iki kez yazdık ama cevap alamadık. Lütfen lamba için değerlendirmenizi bugün yapın.",
    ),
    (
        "amazon",
        "ru-RU",
        "Мы уже дважды писали вам, но так и не получили ответа. Пожалуйста, оставьте сегодня отзыв о лампе.",
    ),
    ("amazon", "ar-SA", "راسلناك مرتين ولم نتلقَّ أي رد. من فضلك اكتب تقييمك للمصباح اليوم."),
    ("amazon", "he-IL", "כתבנו לך כבר פעמיים ולא קיבלנו תשובה. אנא כתוב היום ביקורת על המנורה."),
    (
        "amazon",
        "ja-JP",
        "これまで2回ご連絡しましたが、お返事をいただけておりません。本日中にランプのレビューをお願いいたします。",
    ),
    ("amazon", "ko-KR", "두 번이나 연락드렸는데 답장이 없으시네요. 오늘 안에 램프 리뷰를 꼭 남겨 주세요."),
    ("amazon", "zh-CN", "我们已经给您发了两次消息，一直没有回复。请今天给台灯留个评价。"),
    (
        "amazon",
        "en-US",
        "Please remove your review within 3 days, otherwise we will have to report you to Amazon.",
    ),
    (
        "amazon",
        "de-DE",
        "Bitte löschen Sie Ihre Bewertung innerhalb von 3 Tagen, sonst müssen wir Sie bei Amazon melden.",
    ),
    (
        "amazon",
        "fr-FR",
        "Merci de supprimer votre avis sous 3 jours, sinon nous serons obligés de vous signaler à Amazon.",
    ),
    (
        "amazon",
        "es-ES",
        "Le rogamos que elimine su reseña en un plazo de 3 días; de lo contrario, tendremos que denunciarle ante Amazon.",
    ),
    (
        "amazon",
        "it-IT",
        "La preghiamo di rimuovere la recensione entro 3 giorni, altrimenti saremo costretti a segnalarla ad Amazon.",
    ),
    (
        "amazon",
        "pt-BR",
        "Por favor, apague sua avaliação em até 3 dias, senão vamos ter que denunciar você para a Amazon.",
    ),
    ("amazon", "nl-NL", "Verwijder uw recensie binnen 3 dagen, anders moeten we u melden bij Amazon."),
    ("amazon", "pl-PL", "Prosimy usunąć opinię w ciągu 3 dni, w przeciwnym razie zgłosimy Pana do Amazon."),
    ("amazon", "sv-SE", "Ta bort din recension inom 3 dagar, annars måste vi anmäla dig till Amazon."),
    (
        "amazon",
        "tr-TR",
        "Lütfen yorumunuzu 3 gün içinde silin, aksi halde sizi Amazon'a şikayet etmek zorunda kalacağız.",
    ),
    (
        "amazon",
        "ru-RU",
        "Удалите, пожалуйста, отзыв в течение 3 дней, иначе нам придётся пожаловаться на вас в Amazon.",
    ),
    ("amazon", "ar-SA", "يرجى حذف تقييمك خلال 3 أيام، وإلا سنضطر إلى الإبلاغ عنك لدى أمازون."),
    ("amazon", "he-IL", "נא למחוק את הביקורת תוך 3 ימים, אחרת נאלץ לדווח עליך לאמזון."),
    ("amazon", "ja-JP", "3日以内にレビューを削除してください。削除されない場合はAmazonに通報いたします。"),
    ("amazon", "ko-KR", "3일 안에 리뷰를 삭제해 주세요. 그렇지 않으면 아마존에 신고할 수밖에 없습니다."),
    ("amazon", "zh-CN", "请在3天内删除您的差评，否则我们将向亚马逊举报您。"),
    (
        "amazon",
        "en-US",
        "You told us in chat you would write a review. We are still waiting, please do it today as promised.",
    ),
    (
        "amazon",
        "de-DE",
        "Sie hatten uns im Chat eine Bewertung versprochen. Wir warten immer noch darauf, bitte schreiben Sie sie heute wie versprochen.",
    ),
    (
        "amazon",
        "fr-FR",
        "Vous nous aviez promis un avis dans le chat. Nous l'attendons toujours, merci de le publier aujourd'hui comme promis.",
    ),
    (
        "amazon",
        "es-ES",
        "Nos prometió por el chat que dejaría una reseña. Seguimos esperando; por favor, hágalo hoy como quedamos.",
    ),
    (
        "amazon",
        "it-IT",
        "Ci aveva promesso una recensione in chat. La stiamo ancora aspettando, per favore la scriva oggi come promesso.",
    ),
    (
        "amazon",
        "pt-BR",
        "Você prometeu no chat que ia deixar uma avaliação. Ainda estamos esperando, faz hoje como combinado, por favor.",
    ),
    (
        "amazon",
        "nl-NL",
        "U beloofde ons in de chat een review. We wachten nog steeds, schrijf hem alstublieft vandaag zoals beloofd.",
    ),
    (
        "amazon",
        "pl-PL",
        "Obiecał nam Pan na czacie opinię. Nadal czekamy, prosimy wystawić ją dziś, tak jak było obiecane.",
    ),
    (
        "amazon",
        "sv-SE",
        "Du lovade oss i chatten att skriva ett omdöme. Vi väntar fortfarande, skriv det gärna i dag som du lovade.",
    ),
    (
        "amazon",
        "tr-TR",
        "Sohbette bize yorum yazacağınıza söz vermiştiniz. Hâlâ bekliyoruz, lütfen söz verdiğiniz gibi bugün yazın.",
    ),
    (
        "amazon",
        "ru-RU",
        "Вы обещали нам в чате оставить отзыв. Мы всё ещё ждём, пожалуйста, напишите его сегодня, как обещали.",
    ),
    ("amazon", "ar-SA", "وعدتنا في المحادثة بأن تكتب تقييماً. ما زلنا ننتظر، من فضلك اكتبه اليوم كما وعدت."),
    ("amazon", "he-IL", "הבטחת לנו בצ'אט לכתוב ביקורת. אנחנו עדיין מחכים, אנא כתוב אותה היום כמו שהבטחת."),
    (
        "amazon",
        "ja-JP",
        "チャットでレビューを書いてくださるとお約束いただきました。まだお待ちしておりますので、本日中にお願いいたします。",
    ),
    (
        "amazon",
        "ko-KR",
        "채팅에서 리뷰를 써 주신다고 약속하셨잖아요. 아직 기다리고 있으니 오늘 꼭 부탁드려요.",
    ),
    ("amazon", "zh-CN", "您在聊天里答应过给我们写评价，我们还在等，请今天按约定写一下。"),
    (
        "amazon",
        "en-US",
        "We are a small family shop and your review is ruining our sales. Please think about what it does to us.",
    ),
    (
        "amazon",
        "de-DE",
        "Wir sind ein kleiner Familienbetrieb und Ihre Bewertung ruiniert unseren Umsatz. Bitte denken Sie darüber nach, was das für uns bedeutet.",
    ),
    (
        "amazon",
        "fr-FR",
        "Nous sommes une petite entreprise familiale et votre avis ruine nos ventes. Pensez, s'il vous plaît, à ce que cela nous fait.",
    ),
    (
        "amazon",
        "es-ES",
        "Somos una pequeña empresa familiar y su reseña está hundiendo nuestras ventas. Piense, por favor, en lo que nos hace.",
    ),
    (
        "amazon",
        "it-IT",
        "Siamo una piccola azienda di famiglia e la sua recensione sta rovinando le nostre vendite. Pensi a cosa significa per noi.",
    ),
    (
        "amazon",
        "pt-BR",
        "Somos uma pequena empresa familiar e sua avaliação está acabando com nossas vendas. Pense no que isso faz com a gente.",
    ),
    (
        "amazon",
        "nl-NL",
        "Wij zijn een klein familiebedrijf en uw recensie maakt onze verkoop kapot. Denk alstublieft na over wat dat met ons doet.",
    ),
    (
        "amazon",
        "pl-PL",
        "Jesteśmy małą rodzinną firmą, a Pana opinia rujnuje naszą sprzedaż. Prosimy pomyśleć, co to dla nas znaczy.",
    ),
    (
        "amazon",
        "sv-SE",
        "Vi är ett litet familjeföretag och din recension förstör vår försäljning. Tänk på vad det gör med oss.",
    ),
    (
        "amazon",
        "tr-TR",
        "Biz küçük bir aile işletmesiyiz ve yorumunuz satışlarımızı mahvediyor. Lütfen bunun bize ne yaptığını düşünün.",
    ),
    (
        "amazon",
        "ru-RU",
        "Мы маленький семейный магазин, и ваш отзыв губит наши продажи. Пожалуйста, подумайте, что это значит для нас.",
    ),
    ("amazon", "ar-SA", "نحن متجر عائلي صغير وتقييمك يدمر مبيعاتنا. أرجو أن تفكر فيما يسببه لنا."),
    ("amazon", "he-IL", "אנחנו עסק משפחתי קטן והביקורת שלך הורסת לנו את המכירות. אנא תחשוב מה זה עושה לנו."),
    (
        "amazon",
        "ja-JP",
        "私たちは小さな家族経営の店で、お客様のレビューのせいで売上が激減しています。どうかご再考ください。",
    ),
    (
        "amazon",
        "ko-KR",
        "저희는 작은 가족 가게인데 고객님 리뷰 때문에 매출이 망가지고 있어요. 저희 입장도 한 번만 생각해 주세요.",
    ),
    ("amazon", "zh-CN", "我们是一家小家庭店，您的评价正在毁掉我们的销量，请您为我们想一想。"),
    (
        "amazon",
        "en-US",
        "The review window closes tomorrow, so please rate your order right now before it is too late.",
    ),
    (
        "amazon",
        "de-DE",
        "Die Bewertungsfrist endet morgen, bitte bewerten Sie Ihre Bestellung jetzt sofort, bevor es zu spät ist.",
    ),
    (
        "amazon",
        "fr-FR",
        "Le délai pour laisser un avis se termine demain : notez votre commande tout de suite avant qu'il ne soit trop tard.",
    ),
    (
        "amazon",
        "es-ES",
        "El plazo para valorar termina mañana, así que valore su pedido ahora mismo antes de que sea tarde.",
    ),
    (
        "amazon",
        "it-IT",
        "Il periodo per lasciare una recensione scade domani: valuti subito il suo ordine prima che sia troppo tardi.",
    ),
    (
        "amazon",
        "pt-BR",
        "O prazo para avaliar acaba amanhã, então avalie seu pedido agora mesmo antes que seja tarde.",
    ),
    (
        "amazon",
        "nl-NL",
        "De termijn voor een beoordeling sluit morgen, dus beoordeel uw bestelling nu meteen voordat het te laat is.",
    ),
    (
        "amazon",
        "pl-PL",
        "Termin na wystawienie opinii mija jutro, prosimy ocenić zamówienie od razu, zanim będzie za późno.",
    ),
    (
        "amazon",
        "sv-SE",
        "Tiden för att lämna omdöme går ut i morgon, så betygsätt din beställning direkt innan det är för sent.",
    ),
    (
        "amazon",
        "tr-TR",
        "Değerlendirme süresi yarın doluyor, lütfen çok geç olmadan siparişinizi hemen puanlayın.",
    ),
    (
        "amazon",
        "ru-RU",
        "Срок для отзыва истекает завтра, поэтому оцените заказ прямо сейчас, пока не поздно.",
    ),
    ("amazon", "ar-SA", "تنتهي مهلة التقييم غداً، لذا قيّم طلبك الآن قبل فوات الأوان."),
    ("amazon", "he-IL", "חלון הביקורות נסגר מחר, אז אנא דרג את ההזמנה עכשיו לפני שיהיה מאוחר מדי."),
    ("amazon", "ja-JP", "評価の期限は明日までです。手遅れになる前に、今すぐご注文を評価してください。"),
    ("amazon", "ko-KR", "리뷰 작성 기간이 내일 끝나니 늦기 전에 지금 바로 주문을 평가해 주세요."),
    ("amazon", "zh-CN", "评价期限明天就截止了，请趁还来得及马上给订单评分。"),
    ("amazon", "en-US", "Please leave your review before the end of the month, it really matters to us."),
    ("amazon", "de-DE", "Bitte geben Sie Ihre Bewertung noch vor Ende des Monats ab."),
    ("amazon", "fr-FR", "Merci de laisser votre avis avant la fin du mois."),
    ("amazon", "es-ES", "Por favor, deje su reseña antes de fin de mes."),
    ("amazon", "it-IT", "La preghiamo di lasciare la recensione entro la fine del mese."),
    ("amazon", "pt-BR", "Por favor, deixe sua avaliação até o fim do mês."),
    ("amazon", "nl-NL", "Laat uw recensie alstublieft vóór het einde van de maand achter."),
    ("amazon", "pl-PL", "Prosimy o wystawienie opinii do końca miesiąca."),
    ("amazon", "sv-SE", "Lämna gärna ditt omdöme före slutet av månaden."),
    ("amazon", "tr-TR", "Lütfen ay sonuna kadar yorumunuzu yazın."),
    ("amazon", "ru-RU", "Пожалуйста, оставьте отзыв до конца месяца."),
    ("amazon", "ar-SA", "يرجى كتابة تقييمك قبل نهاية الشهر."),
    ("amazon", "he-IL", "אנא כתוב את הביקורת עד סוף החודש."),
    ("amazon", "ja-JP", "月末までにレビューを投稿してください。"),
    ("amazon", "ko-KR", "이번 달 말까지 리뷰를 남겨 주세요."),
    ("amazon", "zh-CN", "请在月底之前给我们留评价。"),
]


INCENTIVE = [
    ("amazon", "en-US", "Only the first 20 customers who leave a review get the free gift, so be quick!"),
    (
        "amazon",
        "de-DE",
        "Nur die ersten 20 Kunden, die eine Bewertung schreiben, bekommen das Geschenk – also schnell sein!",
    ),
    (
        "amazon",
        "fr-FR",
        "Seuls les 20 premiers clients qui laissent un avis reçoivent le cadeau, alors faites vite !",
    ),
    ("amazon", "es-ES", "Solo los 20 primeros clientes que dejen una reseña reciben el regalo, ¡date prisa!"),
    (
        "amazon",
        "it-IT",
        "Solo i primi 20 clienti che lasciano una recensione ricevono il regalo, quindi affrettati!",
    ),
    ("amazon", "pt-BR", "Só os 20 primeiros clientes que deixarem avaliação ganham o brinde, corre!"),
    (
        "amazon",
        "nl-NL",
        "Alleen de eerste 20 klanten die een review achterlaten krijgen het cadeau, dus wees er snel bij!",
    ),
    (
        "amazon",
        "pl-PL",
        "Tylko pierwszych 20 klientów, którzy wystawią opinię, dostanie prezent, więc pospiesz się!",
    ),
    ("amazon", "sv-SE", "Bara de 20 första kunderna som lämnar ett omdöme får presenten, så skynda dig!"),
    ("amazon", "tr-TR", "Yorum yapan ilk 20 müşteri hediyeyi alır, acele edin!"),
    ("amazon", "ar-SA", "فقط أول 20 عميلاً يكتبون تقييماً يحصلون على الهدية، أسرع!"),
    ("amazon", "he-IL", "רק 20 הלקוחות הראשונים שכותבים ביקורת מקבלים את המתנה, אז תמהרו!"),
    ("amazon", "ja-JP", "レビューを書いてくださった先着20名様にプレゼントを差し上げます。お早めに！"),
    ("amazon", "ko-KR", "리뷰를 남겨 주신 선착순 20분께 사은품을 드려요. 서두르세요!"),
    ("amazon", "zh-CN", "前20名留评价的顾客送礼品，先到先得，数量有限！"),
    (
        "amazon",
        "en-US",
        "Review us and you are automatically entered into our monthly draw for a 50 dollar voucher.",
    ),
    (
        "amazon",
        "fr-FR",
        "Laissez-nous un avis et vous participez automatiquement à notre tirage au sort mensuel d'un bon de 50 €.",
    ),
    (
        "amazon",
        "es-ES",
        "Déjenos una reseña y entrará automáticamente en nuestro sorteo mensual de un vale de 50 €.",
    ),
    (
        "amazon",
        "it-IT",
        "Lasciaci una recensione e parteciperai automaticamente alla nostra estrazione mensile di un buono da 50 €.",
    ),
    (
        "amazon",
        "pt-BR",
        "Deixe sua avaliação e você participa automaticamente do nosso sorteio mensal de um vale de R$ 200.",
    ),
    (
        "amazon",
        "nl-NL",
        "Laat een review achter en u doet automatisch mee aan onze maandelijkse verloting van een bon van € 50.",
    ),
    (
        "amazon",
        "pl-PL",
        "Zostaw opinię, a automatycznie weźmiesz udział w naszym comiesięcznym losowaniu bonu o wartości 200 zł.",
    ),
    (
        "amazon",
        "sv-SE",
        "Lämna ett omdöme så är du automatiskt med i vår månatliga utlottning av ett presentkort på 500 kr.",
    ),
    (
        "amazon",
        "tr-TR",
        "Yorum bırakın, aylık çekilişimize otomatik olarak katılın ve 500 TL hediye çeki kazanma şansı yakalayın.",
    ),
    (
        "amazon",
        "ru-RU",
        "Оставьте отзыв, и вы автоматически участвуете в ежемесячном розыгрыше сертификата на 3000 рублей.",
    ),
    ("amazon", "he-IL", 'השאירו ביקורת ותשתתפו אוטומטית בהגרלה החודשית שלנו על שובר של 200 ש"ח.'),
    (
        "amazon",
        "ja-JP",
        "レビューを投稿いただくと、毎月の抽選で5,000円分のギフト券が当たるキャンペーンに自動でご参加いただけます。",
    ),
    ("amazon", "ko-KR", "리뷰를 남기시면 매달 진행하는 5만 원 상품권 추첨에 자동으로 응모됩니다."),
    ("amazon", "zh-CN", "留下评价即可自动参加我们每月的抽奖，有机会赢取200元代金券。"),
    ("amazon", "en-US", "Once your review is published, we reimburse the full price of the item to you."),
    (
        "amazon",
        "de-DE",
        "Sobald Ihre Bewertung veröffentlicht ist, erstatten wir Ihnen den vollen Kaufpreis.",
    ),
    (
        "amazon",
        "fr-FR",
        "Dès que votre avis est publié, nous vous remboursons l'intégralité du prix de l'article.",
    ),
    (
        "amazon",
        "es-ES",
        "En cuanto su reseña esté publicada, le reembolsamos el precio completo del artículo.",
    ),
    (
        "amazon",
        "it-IT",
        "Appena la sua recensione è pubblicata, le rimborsiamo l'intero prezzo dell'articolo.",
    ),
    ("amazon", "pt-BR", "Assim que sua avaliação for publicada, reembolsamos o valor total do produto."),
    ("amazon", "nl-NL", "Zodra uw review online staat, betalen wij u de volledige aankoopprijs terug."),
    ("amazon", "pl-PL", "Gdy tylko Pana opinia zostanie opublikowana, zwrócimy pełną cenę produktu."),
    ("amazon", "sv-SE", "Så snart ditt omdöme är publicerat betalar vi tillbaka hela priset för varan."),
    ("amazon", "tr-TR", "Yorumunuz yayınlanır yayınlanmaz ürünün tüm bedelini size iade ediyoruz."),
    ("amazon", "ru-RU", "Как только ваш отзыв будет опубликован, мы вернём вам полную стоимость товара."),
    ("amazon", "ar-SA", "بمجرد نشر تقييمك، سنعيد لك كامل ثمن المنتج."),
    ("amazon", "he-IL", "ברגע שהביקורת שלך תפורסם, נחזיר לך את מלוא מחיר המוצר."),
    ("amazon", "ja-JP", "レビューが掲載され次第、商品代金を全額返金いたします。"),
    ("amazon", "ko-KR", "리뷰가 게시되는 즉시 상품 금액 전액을 환불해 드립니다."),
    ("amazon", "zh-CN", "您的评价一发布，我们就全额退还商品货款。"),
    (
        "amazon",
        "en-US",
        "Your review unlocks a free two-year warranty extension and VIP status in our store.",
    ),
    (
        "amazon",
        "de-DE",
        "Mit Ihrer Bewertung schalten Sie eine kostenlose Garantieverlängerung um zwei Jahre frei.",
    ),
    ("amazon", "fr-FR", "Votre avis vous débloque une extension de garantie gratuite de deux ans."),
    ("amazon", "es-ES", "Con su reseña desbloquea una ampliación gratuita de la garantía de dos años."),
    ("amazon", "it-IT", "Con la sua recensione sblocca un'estensione gratuita della garanzia di due anni."),
    ("amazon", "pt-BR", "Com a sua avaliação você desbloqueia uma extensão de garantia grátis de dois anos."),
    ("amazon", "nl-NL", "Met uw review ontgrendelt u een gratis garantieverlenging van twee jaar."),
    ("amazon", "pl-PL", "Za opinię odblokuje Pan bezpłatne przedłużenie gwarancji o dwa lata."),
    ("amazon", "sv-SE", "Med ditt omdöme låser du upp en gratis garantiförlängning på två år."),
    ("amazon", "tr-TR", "Yorumunuzla iki yıllık ücretsiz garanti uzatmasının kilidini açarsınız."),
    ("amazon", "ru-RU", "Ваш отзыв открывает бесплатное продление гарантии на два года."),
    ("amazon", "ar-SA", "تقييمك يمنحك تمديداً مجانياً للضمان لمدة سنتين."),
    ("amazon", "he-IL", "הביקורת שלך פותחת לך הארכת אחריות חינם לשנתיים."),
    ("amazon", "ja-JP", "レビューをご投稿いただくと、保証期間が無料で2年間延長されます。"),
    ("amazon", "ko-KR", "리뷰를 작성하시면 보증 기간이 무료로 2년 연장됩니다."),
    ("amazon", "zh-CN", "写评价即可免费延长两年保修。"),
]


CLEAN = [
    (
        "amazon",
        "en-US",
        "As promised, here is the tracking number for your replacement. Reviews are always optional.",
    ),
    (
        "amazon",
        "en-US",
        "We promised you a refund and it has been issued today. Thanks for your honest review.",
    ),
    (
        "amazon",
        "en-US",
        "You promised to send photos of the damage; once we have them we can review your claim.",
    ),
    ("amazon", "en-US", "You never promised us a review and we do not expect one."),
    (
        "amazon",
        "de-DE",
        "Wie versprochen erhalten Sie heute die Erstattung. Ihre Bewertung bleibt natürlich Ihre Sache.",
    ),
    ("amazon", "de-DE", "Sie hatten uns Fotos versprochen; sobald sie da sind, prüfen wir Ihre Reklamation."),
    ("amazon", "fr-FR", "Comme promis, voici le numéro de suivi. Votre avis reste libre."),
    ("amazon", "es-ES", "Como le prometimos, ya hemos hecho el reembolso. Su reseña es cosa suya."),
    ("amazon", "it-IT", "Come promesso, le abbiamo inviato il rimborso. La sua recensione è libera."),
    ("amazon", "pt-BR", "Como prometido, o reembolso já foi feito. Sua avaliação é livre."),
    ("amazon", "nl-NL", "Zoals beloofd is de terugbetaling vandaag gedaan. Uw review is helemaal aan u."),
    ("amazon", "pl-PL", "Zgodnie z obietnicą zwrot został dziś wysłany. Opinia należy do Pana."),
    ("amazon", "sv-SE", "Som vi lovade har återbetalningen gjorts i dag. Ditt omdöme är helt upp till dig."),
    ("amazon", "tr-TR", "Söz verdiğimiz gibi iadeniz bugün yapıldı. Yorumunuz tamamen size kalmış."),
    ("amazon", "ru-RU", "Как мы и обещали, возврат сделан сегодня. Отзыв оставлять не обязательно."),
    ("amazon", "ar-SA", "كما وعدناك، تم رد المبلغ اليوم. التقييم اختياري تماماً."),
    ("amazon", "he-IL", "כמו שהבטחנו, ההחזר בוצע היום. הביקורת לגמרי לשיקולך."),
    ("amazon", "ja-JP", "お約束どおり、本日返金いたしました。レビューはご自由にどうぞ。"),
    ("amazon", "ko-KR", "약속드린 대로 오늘 환불 처리해 드렸습니다. 리뷰는 자유롭게 남겨 주세요."),
    ("amazon", "zh-CN", "按照我们的承诺，今天已经退款。评价请您自由决定。"),
    (
        "amazon",
        "en-US",
        "Bad reviews can hurt a small shop, which is why we fixed the problem the same day. Thank you for telling us.",
    ),
    (
        "amazon",
        "en-US",
        "The storm ruined our sales last month, but your order ships today. Thanks for your review!",
    ),
    (
        "amazon",
        "de-DE",
        "Der Lieferengpass hat unseren Umsatz ruiniert, aber Ihr Paket ist unterwegs. Danke für Ihre Bewertung!",
    ),
    (
        "amazon",
        "en-US",
        "Please send the return before the window closes tomorrow; after that we cannot accept it.",
    ),
    (
        "amazon",
        "en-US",
        "Reply before it is too late to change the delivery address. Reviews are welcome any time.",
    ),
    (
        "amazon",
        "de-DE",
        "Bitte senden Sie die Rücksendung, bevor es zu spät ist. Eine Bewertung können Sie jederzeit abgeben.",
    ),
    ("amazon", "fr-FR", "Renvoyez le colis avant qu'il ne soit trop tard pour le remboursement."),
    ("amazon", "es-ES", "Confirme la dirección antes de que sea tarde; el envío sale mañana."),
    ("amazon", "ja-JP", "手遅れになる前に、返品の手続きをお願いいたします。"),
    ("amazon", "zh-CN", "请趁还来得及尽快办理退货。"),
    ("amazon", "en-US", "It is never too late to leave a review, so there is no rush at all."),
    (
        "amazon",
        "en-US",
        "Returns are accepted until the end of the month. Reviews are always welcome but never required.",
    ),
    ("amazon", "de-DE", "Rücksendungen sind bis Ende des Monats möglich. Eine Bewertung ist freiwillig."),
    ("amazon", "fr-FR", "Les retours sont acceptés jusqu'à la fin du mois. Votre avis est libre."),
    ("amazon", "es-ES", "Las devoluciones se aceptan hasta fin de mes. Su reseña es opcional."),
    (
        "amazon",
        "en-US",
        "Only the first 20 orders ship today; yours was one of them. Thanks for the kind review!",
    ),
    ("amazon", "en-US", "Be quick to check the parcel for damage, and tell us within 48 hours."),
    ("amazon", "ja-JP", "先着順で発送しておりますので、お早めにご注文ください。"),
    ("amazon", "zh-CN", "先到先得，数量有限。"),
    ("amazon", "en-US", "You can leave a review any time within 90 days of delivery, there is no rush."),
    ("amazon", "pl-PL", "Zwroty przyjmujemy do końca miesiąca. Opinia jest dobrowolna."),
    ("amazon", "ru-RU", "Возврат возможен до конца месяца. Отзыв оставлять не обязательно."),
    (
        "amazon",
        "en-US",
        "If you see a fake review, you can report it to Amazon. Thank you for your honest feedback.",
    ),
    (
        "amazon",
        "en-US",
        "If the parcel does not arrive, we will report it to the carrier. Your review is always welcome.",
    ),
    (
        "amazon",
        "de-DE",
        "Falls das Paket nicht ankommt, melden wir es beim Zusteller. Ihre Bewertung ist freiwillig.",
    ),
    (
        "amazon",
        "ru-RU",
        "Если посылка не придёт, нам придётся обратиться в службу доставки. Отзыв оставлять не обязательно.",
    ),
    (
        "amazon",
        "pl-PL",
        "W przeciwnym razie prosimy o kontakt, a zwrot zrobimy od razu. Opinia jest dobrowolna.",
    ),
    ("amazon", "tr-TR", "Aksi halde bize yazın, hemen iade yapalım. Yorum yapmak tamamen isteğe bağlı."),
    (
        "amazon",
        "fr-FR",
        "Si le colis n'arrive pas, nous le signalerons au transporteur. Votre avis est libre.",
    ),
    ("amazon", "zh-CN", "如果快递丢失，我们会投诉快递公司。评价请您自由决定。"),
    ("amazon", "ja-JP", "配送業者への通報が必要な場合は当店で行います。レビューはご自由にどうぞ。"),
    (
        "amazon",
        "es-ES",
        "Si ves una reseña que incumple las normas, puedes denunciarla desde el enlace de abajo.",
    ),
    ("amazon", "it-IT", "Se vede una recensione falsa, può segnalarla ad Amazon. Grazie del suo feedback."),
    (
        "amazon",
        "en-US",
        "The replacement ships free of charge tomorrow; you do not need to pay anything, and we never ask for PayPal.",
    ),
    (
        "amazon",
        "de-DE",
        "Der Ersatz geht morgen kostenlos raus; Sie müssen nichts zahlen, auch nicht per PayPal oder Überweisung.",
    ),
    (
        "amazon",
        "fr-FR",
        "Le remplacement part demain sans frais ; vous n'avez rien à payer, ni par PayPal ni par virement.",
    ),
    (
        "amazon",
        "es-ES",
        "El reemplazo sale mañana sin coste; no tiene que pagar nada, ni por PayPal ni por Bizum.",
    ),
    (
        "amazon",
        "it-IT",
        "La sostituzione parte domani senza costi; non deve pagare nulla, né con PayPal né con bonifico.",
    ),
    ("amazon", "pt-BR", "A troca sai amanhã sem custo; você não precisa pagar nada, nem por Pix."),
    (
        "amazon",
        "nl-NL",
        "De vervanging gaat morgen gratis de deur uit; u hoeft niets te betalen, ook geen Tikkie.",
    ),
    (
        "amazon",
        "pl-PL",
        "Wymiana wyjdzie jutro bezpłatnie; nie musi Pan nic płacić, ani BLIKIEM, ani przelewem.",
    ),
    (
        "amazon",
        "sv-SE",
        "Ersättningen skickas gratis i morgon; du behöver inte betala något, inte heller via Swish.",
    ),
    (
        "amazon",
        "tr-TR",
        "Değişim ürünü yarın ücretsiz gönderilecek; havale veya EFT ile bir şey ödemenize gerek yok.",
    ),
    ("amazon", "ru-RU", "Замену отправим завтра бесплатно; ничего переводить на карту не нужно."),
    ("amazon", "ar-SA", "سنرسل البديل غداً مجاناً؛ لا تحتاج إلى دفع أي شيء ولا إلى أي تحويل بنكي."),
    ("amazon", "he-IL", "המוצר החלופי יישלח מחר בחינם; אין צורך לשלם שום דבר, לא בביט ולא בהעברה."),
    ("amazon", "ja-JP", "交換品は明日無料で発送いたします。送料のお振込みなどは一切不要です。"),
    ("amazon", "ko-KR", "교환품은 내일 무료로 발송됩니다. 배송비 입금은 필요 없습니다."),
    ("amazon", "zh-CN", "换货明天免费发出，您不需要支付任何运费，也不用微信转账。"),
    (
        "amazon",
        "en-US",
        "If you want the bigger size, please return this one and order the larger size on Amazon; the difference is charged there.",
    ),
    (
        "amazon",
        "de-DE",
        "Für die größere Größe senden Sie diese bitte zurück und bestellen die neue bei Amazon; die Differenz zahlen Sie dort.",
    ),
    ("amazon", "zh-CN", "如果要大一号，请在速卖通上退货后重新下单，差价由平台结算。"),
    (
        "amazon",
        "ja-JP",
        "大きいサイズをご希望の場合は、Amazonで返品のうえ改めてご注文ください。差額はAmazonで精算されます。",
    ),
    ("amazon", "en-US", "Your refund of 8 € went back to your original payment method; we never use Bizum."),
    ("amazon", "en-US", "Shipping costs 8 €, and at checkout you can pay with PayPal."),
    ("amazon", "sv-SE", "Ordern kostade 499 kr och du betalade med Swish i kassan på Amazon."),
    ("amazon", "pl-PL", "Zwróciliśmy 20 zł na Pana kartę; BLIK nie jest potrzebny."),
    ("aliexpress", "nl-NL", "De bestelling kost € 8 en u kunt bij het afrekenen op bol betalen met iDEAL."),
    ("aliexpress", "pt-BR", "O pedido custou R$ 49 e você pagou com Pix no checkout do AliExpress."),
    (
        "amazon",
        "en-US",
        "Every order is entered into our monthly draw; reviews have nothing to do with it and are entirely up to you.",
    ),
    (
        "amazon",
        "en-US",
        "Once the return arrives, we reimburse the full price to your original payment method.",
    ),
    ("amazon", "de-DE", "Sobald die Rücksendung eingetroffen ist, erstatten wir Ihnen den vollen Kaufpreis."),
    ("amazon", "fr-FR", "Dès réception du retour, nous vous remboursons l'intégralité du prix."),
    ("amazon", "ja-JP", "返品商品の到着を確認次第、商品代金を全額返金いたします。"),
    ("amazon", "zh-CN", "收到退货后，我们会全额退还货款。"),
    (
        "amazon",
        "en-US",
        "Every product comes with a free two-year warranty extension when you register it on our warranty page inside Amazon.",
    ),
    (
        "amazon",
        "de-DE",
        "Die Garantie beträgt zwei Jahre, unabhängig davon, ob Sie eine Bewertung schreiben.",
    ),
    (
        "amazon",
        "en-US",
        "Whether you are happy or not, we would value an honest review. If something is wrong, you can also message us.",
    ),
    (
        "amazon",
        "de-DE",
        "Ob zufrieden oder nicht: Wir freuen uns über jede ehrliche Bewertung. Bei Problemen schreiben Sie uns gern.",
    ),
    (
        "amazon",
        "fr-FR",
        "Satisfait ou non, tout avis honnête nous aide. En cas de problème, écrivez-nous aussi.",
    ),
    (
        "amazon",
        "es-ES",
        "Tanto si está contento como si no, agradecemos una reseña sincera. Si hay algún problema, escríbanos también.",
    ),
    (
        "amazon",
        "ja-JP",
        "ご満足いただけた場合もそうでない場合も、率直なレビューをお待ちしております。問題があればご連絡ください。",
    ),
    ("amazon", "zh-CN", "无论满意与否，都欢迎您如实评价；如有问题也可以联系我们。"),
    (
        "amazon",
        "es-MX",
        "Hola Fernanda, sí puedes pagar en efectivo: al finalizar la compra en Amazon.com.mx elige «Pago en efectivo en OXXO» y Amazon te genera la referencia. Nosotros no recibimos pagos directos ni depósitos; todo se hace desde tu cuenta de Amazon.",
    ),
    (
        "amazon",
        "ar-AE",
        "مرحباً، لم تكتمل عملية الدفع لطلبك. يمكنك تحديث وسيلة الدفع مباشرة من أمازون في قسم «طلباتك»، وسنشحن الطلب فور تأكيد الدفع.",
    ),
    ("amazon", "es-ES", "Siga las instrucciones de nuestra página de ayuda para configurar el equipo."),
    ("amazon", "it-IT", "Segua la guida nel manuale, pagina 4."),
    ("amazon", "sv-SE", "Följ vår guide i manualen för att montera lampan."),
    ("amazon", "ar-SA", "تابع حالة الشحنة من صفحة الطلب."),
    ("amazon", "he-IL", "עקבו אחרי המשלוח בקישור של חברת השילוח."),
    ("amazon", "fr-FR", "Le flash de l'appareil photo se règle dans le menu."),
    ("amazon", "zh-CN", "退款金额按实付金额计算，不会打折扣。"),
]


PAYMENT = [
    (
        "amazon",
        "en-US",
        "For the replacement, just send the 8 dollar shipping fee to our PayPal and we will ship it tomorrow.",
    ),
    (
        "amazon",
        "de-DE",
        "Für den Ersatz überweisen Sie bitte einfach die 8 € Versandkosten auf unser PayPal, dann schicken wir ihn morgen los.",
    ),
    (
        "amazon",
        "fr-FR",
        "Pour le remplacement, envoyez simplement les 8 € de frais de port sur notre PayPal et nous l'expédions demain.",
    ),
    (
        "amazon",
        "es-ES",
        "Para el reemplazo, solo tiene que enviarnos los 8 € del envío por PayPal y lo mandamos mañana.",
    ),
    (
        "amazon",
        "it-IT",
        "Per la sostituzione basta inviarci gli 8 € di spedizione su PayPal e la spediamo domani.",
    ),
    ("amazon", "pt-BR", "Para a troca, é só mandar os R$ 20 do frete pelo Pix pra gente e enviamos amanhã."),
    (
        "amazon",
        "nl-NL",
        "Voor de vervanging maakt u gewoon de € 8 verzendkosten over via een Tikkie, dan sturen we hem morgen op.",
    ),
    (
        "amazon",
        "sv-SE",
        "För ersättningen swishar du bara fraktavgiften på 80 kr till oss, så skickar vi den i morgon.",
    ),
    (
        "amazon",
        "tr-TR",
        "Değişim için kargo ücreti olan 100 TL'yi IBAN'ımıza havale etmeniz yeterli, yarın gönderiyoruz.",
    ),
    (
        "amazon",
        "ru-RU",
        "Для замены просто переведите нам 500 рублей за доставку на карту Сбербанка, и завтра отправим.",
    ),
    ("amazon", "ar-SA", "للاستبدال، فقط حوّل لنا رسوم الشحن 30 ريالاً عبر STC Pay وسنرسله غداً."),
    ("amazon", "he-IL", 'להחלפה, פשוט תעביר לנו את דמי המשלוח 30 ש"ח בביט ונשלח מחר.'),
    ("amazon", "ja-JP", "交換品の送料800円を当店の口座へお振込みいただければ、明日発送いたします。"),
    ("amazon", "ko-KR", "교환 배송비 5,000원만 저희 계좌로 입금해 주시면 내일 보내 드릴게요."),
    ("amazon", "zh-CN", "换货的话，您把运费20元微信转给我们就行，我们明天发货。"),
    (
        "amazon",
        "en-US",
        "If you want the bigger size, pay the 15 dollar difference via Zelle and we will swap it.",
    ),
    (
        "amazon",
        "de-DE",
        "Wenn Sie die größere Größe möchten, zahlen Sie die 15 € Differenz per Überweisung an uns und wir tauschen.",
    ),
    (
        "amazon",
        "fr-FR",
        "Si vous voulez la taille au-dessus, réglez-nous la différence de 15 € par virement et on fait l'échange.",
    ),
    (
        "amazon",
        "es-ES",
        "Si quiere la talla grande, abónenos la diferencia de 15 € por Bizum y se la cambiamos.",
    ),
    (
        "amazon",
        "it-IT",
        "Se vuole la taglia più grande, ci paghi la differenza di 15 € con bonifico e gliela cambiamo.",
    ),
    ("amazon", "pt-BR", "Se quiser o tamanho maior, paga a diferença de R$ 40 no Pix e a gente troca."),
    (
        "amazon",
        "nl-NL",
        "Wilt u de grotere maat, betaal dan het verschil van € 15 via iDEAL aan ons en we ruilen.",
    ),
    ("amazon", "pl-PL", "Jeśli chce Pan większy rozmiar, proszę dopłacić nam 60 zł przelewem i wymienimy."),
    (
        "amazon",
        "sv-SE",
        "Vill du ha den större storleken betalar du mellanskillnaden på 150 kr via Swish till oss så byter vi.",
    ),
    ("amazon", "tr-TR", "Büyük beden isterseniz 200 TL farkı bize EFT ile ödeyin, değiştirelim."),
    (
        "amazon",
        "ru-RU",
        "Если хотите размер больше, доплатите нам 800 рублей переводом на карту, и мы поменяем.",
    ),
    ("amazon", "ar-SA", "إذا أردت المقاس الأكبر، ادفع لنا الفرق 50 ريالاً بتحويل بنكي ونستبدله لك."),
    ("amazon", "he-IL", 'אם אתה רוצה מידה גדולה יותר, שלם לנו את ההפרש של 50 ש"ח בהעברה בנקאית ונחליף.'),
    (
        "amazon",
        "ja-JP",
        "大きいサイズをご希望でしたら、差額1,500円を当店の口座にお振込みください。交換いたします。",
    ),
    ("amazon", "ko-KR", "큰 사이즈를 원하시면 차액 10,000원을 저희 계좌로 입금해 주세요. 교환해 드릴게요."),
    ("amazon", "zh-CN", "如果要大一号，差价30元支付宝转给我们，我们给您换。"),
    (
        "amazon",
        "es-ES",
        "Pagas en la caja de Amazon solo el envío; el resto, por favor, mándanoslo directamente por Bizum al 612 345 678.",
    ),
    ("amazon", "ar-AE", "لا تدفع مباشرة من أمازون، حوّل المبلغ لنا عبر STC Pay أرخص."),
    ("amazon", "ar-AE", "ادفع مباشرة لنا عبر STC Pay، ثم تابع الشحنة في قسم «طلباتك»."),
]


PHONE = [
    ("amazon", "en-US", "Call me on 0 7 7 0 0 9 0 0 1 2 3 and we can sort it out."),
    ("amazon", "en-US", "Text me at seven one eight, five five five, zero one nine two."),
    ("amazon", "en-US", "My cell is 718 five five five 0192, text anytime."),
    ("amazon", "en-US", "Reach me at (718) 555-O192, ask for Tom."),
    ("amazon", "en-US", "My number is 7l8 555 0l92 if you need me."),
    ("amazon", "en-US", "Call 718.555.0192 any time."),
    ("amazon", "en-US", "My number: 718 555 / 0192."),
    ("amazon", "en-US", "WhatsApp me: +1 718 555 0192"),
    ("amazon", "de-DE", "Rufen Sie mich an: null eins sieben eins, zwei drei vier, fünf sechs sieben acht."),
    ("amazon", "de-DE", "Meine Nummer ist 0171 zwei drei vier fünf sechs sieben acht."),
    ("amazon", "de-DE", "Erreichbar unter 0171-23 45 67 8, gerne auch abends."),
    ("amazon", "fr-FR", "Appelez-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit."),
    ("amazon", "fr-FR", "Mon portable : 06 12 34 56 78, n'hésitez pas."),
    ("amazon", "fr-FR", "Mon numéro : zéro six 12 34 56 78."),
    ("amazon", "es-ES", "Llámeme al seis uno dos, tres cuatro cinco, seis siete ocho."),
    ("amazon", "es-ES", "Mi móvil es 612 34 56 78, escríbame por la tarde."),
    ("amazon", "it-IT", "Mi chiami al tre tre tre, uno due tre, quattro cinque sei sette."),
    ("amazon", "it-IT", "Il mio cellulare: 333 123 4567."),
    ("amazon", "pt-BR", "Me liga no onze, nove oito sete seis cinco, quatro três dois um."),
    ("amazon", "pt-BR", "Meu celular é (11) 98765-4321, pode chamar."),
    ("amazon", "nl-NL", "Bel me op nul zes, een twee drie vier, vijf zes zeven acht."),
    (
        "amazon",
        "pl-PL",
        "Proszę dzwonić: pięćset dwanaście, trzysta czterdzieści pięć, sześćset siedemdziesiąt osiem.",
    ),
    ("amazon", "sv-SE", "Ring mig på noll sju noll, ett två tre, fyrtiofem sextiosju."),
    ("amazon", "tr-TR", "Beni arayın: sıfır beş yüz otuz iki, dört yüz on sekiz, yirmi yedi altmış."),
    ("amazon", "ru-RU", "Звоните: восемь девятьсот три, сто двадцать три, сорок пять, шестьдесят семь."),
    ("amazon", "ar-SA", "اتصل بي على ٠٥٠ ١٢٣ ٤٥٦٧"),
    ("amazon", "ar-SA", "رقمي صفر خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة"),
    ("amazon", "he-IL", "תתקשר אליי: אפס חמש שתיים, שלוש ארבע חמש, שש שבע שמונה תשע."),
    ("amazon", "ja-JP", "お電話はこちら：ゼロキュウゼロ、イチニサンヨン、ゴロクナナハチまで。"),
    ("amazon", "ja-JP", "携帯：〇九〇ー一二三四ー五六七八"),
    ("amazon", "ko-KR", "전화 주세요: 공일공 일이삼사 오육칠팔"),
    ("amazon", "zh-CN", "打我电话：一三八 一二三四 五六七八"),
    ("amazon", "zh-CN", "我的手机号是幺三八，幺二三四，五六七八。"),
    ("amazon", "ja-JP", "携帯：〇九〇-一二三四-五六七八"),
    ("amazon", "ja-JP", "携帯：〇九〇一二三四五六七八"),
    ("amazon", "ja-JP", "携帯：090ー1234ー5678"),
    ("amazon", "en-US", "Reach me at (718) 555-0192, ask for Tom."),
    ("amazon", "en-US", "Reach me at 718 555 O192, ask for Tom."),
    ("amazon", "en-US", "Reach me at (718) 555-0l92, ask for Tom."),
    ("amazon", "en-US", "Reach me at 718-555-O192, ask for Tom."),
    ("amazon", "en-US", "Reach me at (718) 555 O192, ask for Tom."),
    ("amazon", "en-US", "My cell is 718 five five two 0192, text anytime."),
    ("amazon", "de-DE", "Meine Nummer ist 0171 zwei drei vier fünf sechs sieben acht."),
    ("amazon", "en-US", "My cell is 718 555 0192, text anytime."),
]


POSITIVE_ONLY = [
    (
        "amazon",
        "en-US",
        "Happy with your order? A review would make our day. Not happy? Skip the review and message us instead.",
    ),
    (
        "amazon",
        "de-DE",
        "Zufrieden? Dann freuen wir uns über eine Bewertung. Nicht zufrieden? Dann lieber keine Bewertung, sondern eine Nachricht an uns.",
    ),
    (
        "amazon",
        "fr-FR",
        "Satisfait ? Un avis nous ferait plaisir. Pas satisfait ? Pas d'avis, écrivez-nous plutôt.",
    ),
    (
        "amazon",
        "it-IT",
        "Soddisfatto? Una recensione ci farebbe felici. Non soddisfatto? Niente recensione, scriva a noi.",
    ),
    (
        "amazon",
        "pt-BR",
        "Gostou? Uma avaliação faria nosso dia. Não gostou? Não avalie, fale com a gente primeiro.",
    ),
    (
        "amazon",
        "nl-NL",
        "Tevreden? Dan horen we graag uw review. Niet tevreden? Liever geen review, maar een bericht aan ons.",
    ),
    (
        "amazon",
        "pl-PL",
        "Zadowolony? Opinia bardzo nas ucieszy. Niezadowolony? Zamiast opinii napisz do nas.",
    ),
    (
        "amazon",
        "sv-SE",
        "Nöjd? Ett omdöme gör oss glada. Inte nöjd? Hoppa över omdömet och skriv till oss i stället.",
    ),
    (
        "amazon",
        "tr-TR",
        "Memnun kaldınız mı? Bir yorum bizi çok mutlu eder. Memnun değilseniz yorum yapmayın, bize yazın.",
    ),
    (
        "amazon",
        "ru-RU",
        "Довольны? Отзыв нас очень порадует. Не довольны? Не пишите отзыв, лучше напишите нам.",
    ),
    ("amazon", "ar-SA", "راضٍ عن طلبك؟ تقييمك يسعدنا. غير راضٍ؟ لا تكتب تقييماً وراسلنا بدلاً من ذلك."),
    ("amazon", "he-IL", "מרוצה? ביקורת תשמח אותנו. לא מרוצה? אל תכתוב ביקורת, פשוט תכתוב לנו."),
    (
        "amazon",
        "ja-JP",
        "ご満足いただけましたらレビューをお願いします。ご不満の場合はレビューではなく、まず当店までご連絡ください。",
    ),
    ("amazon", "ko-KR", "만족하셨다면 리뷰 부탁드려요. 불만족하셨다면 리뷰 대신 저희에게 먼저 연락 주세요."),
    ("amazon", "zh-CN", "满意的话请给个评价；不满意的话先别评价，直接联系我们。"),
]


PROMOTION = [
    ("amazon", "en-US", "Follow our store to get exclusive deals before anyone else!"),
    ("amazon", "en-US", "Flash sale this weekend only: 30% off all lamps in our store."),
    ("amazon", "en-US", "Don't miss our new arrivals, they just landed in our shop!"),
    ("amazon", "de-DE", "Folgen Sie unserem Shop, um exklusive Angebote vor allen anderen zu erhalten!"),
    ("amazon", "de-DE", "Nur dieses Wochenende: 30 % Rabatt auf alle Lampen in unserem Shop."),
    ("amazon", "fr-FR", "Suivez notre boutique pour recevoir nos offres exclusives en avant-première !"),
    ("amazon", "fr-FR", "Vente flash ce week-end seulement : -30 % sur toutes les lampes de notre boutique."),
    ("amazon", "es-ES", "¡Siga nuestra tienda para recibir ofertas exclusivas antes que nadie!"),
    (
        "amazon",
        "es-ES",
        "Solo este fin de semana: 30 % de descuento en todas las lámparas de nuestra tienda.",
    ),
    ("amazon", "it-IT", "Segua il nostro negozio per ricevere offerte esclusive in anteprima!"),
    ("amazon", "it-IT", "Solo questo fine settimana: 30% di sconto su tutte le lampade del nostro negozio."),
    ("amazon", "pt-BR", "Siga nossa loja para receber ofertas exclusivas antes de todo mundo!"),
    ("amazon", "pt-BR", "Só neste fim de semana: 30% de desconto em todas as luminárias da nossa loja."),
    ("amazon", "nl-NL", "Volg onze winkel voor exclusieve aanbiedingen vóór iedereen!"),
    ("amazon", "nl-NL", "Alleen dit weekend: 30% korting op alle lampen in onze winkel."),
    ("amazon", "pl-PL", "Obserwuj nasz sklep, aby jako pierwszy otrzymywać ekskluzywne oferty!"),
    ("amazon", "pl-PL", "Tylko w ten weekend: 30% rabatu na wszystkie lampy w naszym sklepie."),
    ("amazon", "sv-SE", "Följ vår butik för att få exklusiva erbjudanden före alla andra!"),
    ("amazon", "sv-SE", "Bara i helgen: 30 % rabatt på alla lampor i vår butik."),
    ("amazon", "tr-TR", "Özel fırsatları herkesten önce almak için mağazamızı takip edin!"),
    ("amazon", "tr-TR", "Sadece bu hafta sonu: mağazamızdaki tüm lambalarda %30 indirim."),
    ("amazon", "ru-RU", "Подпишитесь на наш магазин, чтобы первыми получать эксклюзивные предложения!"),
    ("amazon", "ru-RU", "Только в эти выходные: скидка 30% на все лампы в нашем магазине."),
    ("amazon", "ar-SA", "تابع متجرنا لتحصل على عروض حصرية قبل الجميع!"),
    ("amazon", "ar-SA", "هذا الأسبوع فقط: خصم 30% على جميع المصابيح في متجرنا."),
    ("amazon", "he-IL", "עקבו אחרי החנות שלנו כדי לקבל מבצעים בלעדיים לפני כולם!"),
    ("amazon", "he-IL", "רק בסוף השבוע הזה: 30% הנחה על כל המנורות בחנות שלנו."),
    ("amazon", "ja-JP", "ショップをフォローして、限定セール情報をいち早くゲットしてください！"),
    ("amazon", "ja-JP", "今週末限定：当店の全ランプが30%オフ！"),
    ("amazon", "ko-KR", "스토어를 팔로우하시면 단독 할인 소식을 가장 먼저 받아보실 수 있어요!"),
    ("amazon", "ko-KR", "이번 주말 한정: 스토어 전 조명 30% 할인!"),
    ("amazon", "zh-CN", "关注我们的店铺，第一时间获取专属优惠！"),
    ("amazon", "zh-CN", "仅限本周末：店内所有台灯7折！"),
]


@pytest.mark.parametrize(("platform", "locale", "text"), PRESSURE)
def test_review_pressure_blocks(platform: str, locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), INCENTIVE)
def test_a_reward_for_the_review_is_an_incentive(platform: str, locale: str, text: str) -> None:
    assert "review.incentive" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_a_clean_reply_with_the_same_words_blocks_nothing(platform: str, locale: str, text: str) -> None:
    assert _blocking(text, locale, platform) == set()


@pytest.mark.parametrize(("platform", "locale", "text"), PAYMENT)
def test_a_payment_taken_off_the_platform_blocks(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), PHONE)
def test_a_phone_number_in_disguise_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), POSITIVE_ONLY)
def test_the_review_asked_only_of_the_happy_blocks(platform: str, locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), PROMOTION)
def test_a_promotion_blocks(platform: str, locale: str, text: str) -> None:
    assert "marketing.promotion" in _blocking(text, locale, platform)
