"""Round 19 (issue 12.6, tuned on blind batch V): the review made to "show how things turned out", "update it" with
the review named earlier in the letter, a condition + the review + the seller's own giving, an early confirmation
asked with "first"/"already"/"while it is still on its way", and the buyer's own question about editing a review
answered ("you can edit it yourself").

The rows were written for this table, not copied from the batch; each clean row shares a violation's vocabulary.
Sources: the marketplaces' bans on asking for review changes and on incentives (shared/platforms/amazon.md §5.1,
aliexpress.md §8) and AliExpress's ban on inducing early confirmation of receipt (aliexpress.md seller rules).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rule that must block)
VIOLATIONS = [
    # the review made to show the current state
    ("amazon", "en-US", "Now that the blender works, we'd love it if your review reflected how everything was resolved.", "review.change"),
    ("amazon", "de-DE", "Es wäre schön, wenn Ihre Bewertung den jetzigen Stand zeigen würde.", "review.change"),
    ("amazon", "fr-FR", "Ce serait formidable si votre avis reflétait la situation actuelle.", "review.change"),
    ("aliexpress", "pl-PL", "Bylibyśmy wdzięczni, gdyby Pani opinia pokazywała obecną sytuację.", "review.change"),
    ("aliexpress", "he-IL", "נשמח אם הביקורת שלך תשקף את המצב הנוכחי.", "review.change"),
    ("aliexpress", "ko-KR", "후기에 현재 상황을 반영해 주시면 감사하겠습니다.", "review.change"),
    ("aliexpress", "zh-CN", "希望您的评价也能体现目前的情况。", "review.change"),
    # "update it" with the review named two sentences earlier
    ("amazon", "fr-FR", "Nous avons lu votre avis sur la lampe. Une nouvelle ampoule part demain. Une fois reçue, pourriez-vous le modifier ?", "review.change"),
    ("aliexpress", "nl-NL", "We lazen uw review over de tas. De juiste kleur is verstuurd. Wilt u deze na ontvangst misschien bijwerken?", "review.change"),
    ("aliexpress", "ru-RU", "Мы прочитали ваш отзыв о чехле. Новый чехол уже в пути. Не могли бы вы его подкорректировать?", "review.change"),
    # a condition, the review, the seller's giving
    ("aliexpress", "en-US", "If you write a review with a photo, we'll include a second strap in your next parcel.", "review.incentive"),
    ("aliexpress", "nl-NL", "Geeft u ons een review met foto, dan sturen we een extra kabel mee.", "review.incentive"),
    ("aliexpress", "zh-CN", "如果您留下评价，我们将赠送一个收纳袋。", "review.incentive"),
    # another chance in the review; the state named by a pronoun; "update it" with "can't wait" after it
    ("aliexpress", "sv-SE", "Vi hoppas att du kan ge oss en andra chans i din recension.", "review.change"),
    ("amazon", "es-ES", "Esperamos que pueda darnos una segunda oportunidad en su opinión.", "review.change"),
    ("amazon", "it-IT", "Ora che è tutto risolto, saremmo grati se la recensione potesse rispecchiarlo.", "review.change"),
    ("aliexpress", "ru-RU", "Вопрос решён, может быть, ваш отзыв мог бы это отражать?", "review.change"),
    ("aliexpress", "tr-TR", "Yorumunuzun son durumu yansıtması bizi çok mutlu eder.", "review.change"),
    ("aliexpress", "en-US", "That one rating hurts our store score. Please update it today, we can't wait any longer.", "review.change"),
    ("aliexpress", "ar-SA", "بسبب هذا التقييم انخفضت نسبة متجرنا. نرجو أن تعدّله اليوم.", "review.change"),
    # a coupon sent, released by the change
    ("aliexpress", "es-ES", "Ya tiene el cupón en su cuenta. Lo activaremos en cuanto veamos que ha cambiado su valoración por una más positiva.", "review.incentive"),
    # "in exchange" far before the request or inside it; "we'd be glad to refund" before the condition
    ("amazon", "de-DE", "Im Gegenzug würden wir uns wirklich sehr freuen, wenn Sie die 1-Sterne-Rezension zurückziehen könnten.", "review.incentive"),
    ("amazon", "sv-SE", "Vi hoppas att du i gengäld kan ge oss en ny chans i ditt omdöme.", "review.incentive"),
    ("aliexpress", "he-IL", "נשמח להחזיר לך 5 דולר ברגע שתמחק את הדירוג.", "review.incentive"),
    # batch W: a future promise with a plain "if" and no clause break; "change it to 5 stars"; a wallet as the cheaper way
    ("aliexpress", "en-US", "We'll send you a new kettle if you change your review.", "review.incentive"),
    ("aliexpress", "pt-BR", "Vimos sua avaliação. Se você mudar para 5 estrelas, mandamos outro cabo de graça.", "review.change"),
    ("aliexpress", "ru-RU", "Будем признательны, если вы ещё раз взглянете на свой отзыв.", "review.change"),
    ("amazon", "zh-CN", "下次可以直接联系我们下单，用微信支付更便宜。", "offplatform.payment"),
    # unhappy buyers steered away from the review; "rate us only if"
    ("amazon", "nl-NL", "Niet tevreden? Laat dan liever geen review achter, maar stuur ons eerst een bericht.", "review.positive_only"),
    ("amazon", "pt-BR", "Se não gostou, chama a gente aqui antes de avaliar que a gente resolve.", "review.positive_only"),
    ("aliexpress", "zh-TW", "如果有任何不滿意的地方，請先聯繫我們，不要直接留下評價。", "review.positive_only"),
    ("aliexpress", "ar-SA", "نرجو أن تقيّمنا فقط إذا كانت تجربتك ممتازة.", "review.positive_only"),
    # the harm the review does to the seller, with the review named
    ("amazon", "it-IT", "La sua recensione ci sta facendo perdere vendite e rischiamo di chiudere il negozio. Le chiediamo di cancellarla.", "review.pressure"),
    ("aliexpress", "ru-RU", "Без вашего отзыва мы не закроем план, и премию не получит вся команда.", "review.pressure"),
    ("amazon", "nl-NL", "Er staat nog geen review van de stofzuiger. Over twee dagen sluit de periode, dus we rekenen er echt op.", "review.pressure"),
    ("aliexpress", "es-ES", "Si no lo valora antes del domingo, el sistema nos penaliza: ¿podría valorar el pedido hoy?", "review.pressure"),
    # the number of times written about the review
    ("aliexpress", "es-ES", "Es la tercera vez que le escribimos por su reseña del pedido.", "review.pressure"),
    ("aliexpress", "sv-SE", "Vi har nu påmint dig två gånger om en recension av lampan.", "review.pressure"),
    ("aliexpress", "ar-SA", "راسلناك مرتين بخصوص تقييمك ولم نتلق ردا.", "review.pressure"),
    # an early confirmation
    ("aliexpress", "zh-CN", "包裹到了分拣中心还没派送，麻烦您先确认收货。", "order.confirm_receipt_early"),
    ("aliexpress", "it-IT", "Il pacco arriverà nei prossimi giorni: potrebbe già confermare la ricezione?", "order.confirm_receipt_early"),
    ("aliexpress", "tr-TR", "Kargonuz yolda; şimdiden 'Teslim aldım' onayı verebilir misiniz?", "order.confirm_receipt_early"),
    ("aliexpress", "ja-JP", "まだ配送中ですが、今のうちに受け取り確認をお願いできますか。", "order.confirm_receipt_early"),
    ("aliexpress", "de-DE", "Das Paket wird nächste Woche zugestellt. Könnten Sie den Erhalt der Bestellung bitte jetzt schon in der App bestätigen?", "order.confirm_receipt_early"),
]  # fmt: skip

CLEAN = [
    # the buyer's own question about editing answered; the seller cannot touch reviews
    ("amazon", "de-DE", "Sie hatten gefragt, ob wir Ihre Rezension entfernen können: Sie können sie jederzeit selbst unter „Ihre Rezensionen“ bearbeiten."),
    ("amazon", "es-ES", "Como nos pregunta, puede editar su opinión usted mismo desde «Mis opiniones»."),
    ("amazon", "it-IT", "Ci chiede come modificare la recensione: può farlo lei stesso dalla pagina del prodotto."),
    ("amazon", "it-IT", "Come venditori non abbiamo la possibilità di modificare o rimuovere recensioni."),
    ("amazon", "zh-CN", "关于您询问如何修改评论：您可以在个人账户里自行编辑。"),
    ("amazon", "ko-KR", "리뷰 수정 방법을 문의하셨는데요, 고객님께서 직접 수정하실 수 있습니다."),
    ("amazon", "pl-PL", "To, czy zmieni Pani ocenę, jest wyłącznie Pani decyzją."),
    # confirmation after the goods arrived or a past confirmation; "already checked" is no early cue
    ("aliexpress", "ko-KR", "오늘 배달 완료되었습니다. 먼저 제품을 확인하시고 이상이 없으면 수령 확인을 해주세요."),
    ("aliexpress", "it-IT", "Il pacco risulta consegnato. Se ha già controllato il contenuto, può confermare la ricezione quando vuole."),
    ("aliexpress", "de-DE", "Sie haben den Empfang der Bestellung schon vor zehn Tagen bestätigt haben wir gesehen, danke."),
    # batch W: a part changed or removed in use after a review is named; the listing's average stars; a clause break
    ("amazon", "es-ES", "Gracias por su reseña. El filtro hay que cambiarlo cada tres meses."),
    ("amazon", "ar-SA", "شكراً على مراجعتك. يرجى إزالتها قبل الاستخدام."),
    ("amazon", "en-US", "Thank you for the review! Please remove it before use: the film protects the lens in transit."),
    ("amazon", "es-ES", "La valoración de 4,5 estrellas que ve en la ficha es la media de todas las variantes."),
    ("amazon", "tr-TR", "Ürün sayfasında gördüğünüz 4,5 yıldız tüm değerlendirmelerin ortalamasıdır."),
    ("amazon", "en-US", "We'll send you a new one; if you like, you could let us know how it works."),
    # contact first about a return, no review named
    ("amazon", "nl-NL", "Laat dan liever geen pakket bij de buren achter, maar stuur ons eerst een bericht met een ander adres."),
    ("aliexpress", "zh-CN", "如有问题请先联系我们，不要直接申请退款，我们会尽快处理。"),
    # the seller's trouble with no review in it
    ("amazon", "it-IT", "Per le ferie rischiamo di chiudere il negozio per due settimane: spediamo il suo ordine oggi."),
    ("amazon", "nl-NL", "De retourperiode sluit over twee dagen, dus stuur het pakket liefst deze week terug."),
    # a second chance that is not about the review; the seller's "we can't" about itself
    ("amazon", "en-US", "Thank you for giving our store a second chance with this order."),
    ("amazon", "en-US", "We can't change reviews; only Amazon can."),
    # a condition and a promise with no review; "start" is no star
    ("amazon", "en-US", "If the pair is tight, start an exchange from Your Orders and we'll cover the return."),
    ("amazon", "en-US", "When the new one arrives, we will send you the return label for the old one."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), VIOLATIONS)
def test_round19_violation_blocks(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round19_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
