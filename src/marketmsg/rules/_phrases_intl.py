"""Phrase families for the harder cases and the other eight languages (nl, pl, sv, tr, ru, ar, ko, he).

Rules added here, each in all sixteen languages: ``review.pressure`` (repeated review requests, reminders,
"you must review"), ``order.confirm_receipt_early`` (asking a buyer on an escrow marketplace to confirm receipt before the
goods arrive or for a reward — a listed seller violation), indirect review incentives and removals (refunds
tied to a changed rating, "as a thank-you for your stars"), and off-platform payment and ordering ("pay us
directly", "order on our site for less"). The existing rules (review request, positive-only, incentive, change,
marketing, off-platform payment) get the eight further languages.

Sources: the platforms' communication guidelines and seller rules as cited by each pack — no incentives, no
requests to change or remove reviews, one neutral review request per order, no off-platform payment
(the shared platform fact sheets, §5.1), harassment for reviews, inducing early receipt confirmation, illegal
profit by trading outside the platform (§8 of the other sheet). Wording examples: the labelled
corpus rows cite the seller-forum and policy pages they follow (tests/data/rules_corpus.jsonl, ``source``).

Patterns are matched on the folded, lower-cased text; every gap is bounded and stays inside one sentence
(:func:`._lexicon.near`), so matching is linear.
"""

from __future__ import annotations

import re

from ._lexicon import _SENT, Family, family, linked_family, merged, near

__all__ = ["INTL_FAMILIES", "platform_name_families"]


def _chain(*parts: str, gap: int = 50) -> str:
    """``parts`` in this order, each at most ``gap`` characters after the previous one, in one sentence."""
    return f"{_SENT}{{0,{gap}}}?".join(f"(?:{p})" for p in parts)


def _incentive(benefit: str, link: str, review: str) -> list[str]:
    """Benefit tied to a review by a link word, in the three orders people write it."""
    return [_chain(benefit, link, review), _chain(link, review, benefit), _chain(review, link, benefit)]


# ------------------------------------------------------------------------------------------- vocabularies

REVIEW = {
    "en": r"reviews?|feedback|ratings?|stars?\b|comments?|evaluations?",  # ("you can start a free return": stop 50)
    "de": r"bewertung\w*|bewerten|rezension\w*|feedback|sterne|kommentar\w*",
    "fr": r"avis|commentaires?|évaluations?|notes?|étoiles?|feedback",
    "es": r"reseñas?|opini[oó]n\w*|valoraci[oó]n\w*|valorad[oa]\b|comentarios?|calificaci[oó]n\w*|evaluaci[oó]n\w*|estrellas|estrellitas?",
    "it": r"recension[ei]|feedback|valutazion[ei]|comment[oi]|stelle|stellin[ae]",
    "pt": r"avalia[çc](?:ão|ões|ao|oes)|coment[áa]rios?|opini[ãa]o|review|estrelas|estrelinhas?",
    "nl": r"recensies?|reviews?|beoordeling\w*|feedback|sterren|\bster\b|waardering|commentaar",
    "pl": r"opini\w*|recenzj\w*|ocen\w*|komentarz\w*|feedback|gwiazd\w*",
    "sv": r"recension\w*|omdöme\w*|betyg\w*|feedback|stjärn\w*|kommentar\w*",
    "tr": r"yorum\w*|değerlendirme\w*|puan\w*|geri\s+bildirim\w*|yıldız\w*",
    "ru": r"отзыв\w*|оценк\w*|комментари\w*|зв[её]зд\w*|рейтинг\w*",
    "ar": r"تقييم\w*|مراجع\w*|تعليق\w*|نجوم|رأيك",
    "ko": r"리뷰|후기|평점|별점|평가|상품평|구매평",
    "he": r"ביקורת|ביקורות|חוות\s+(?:ה)?דעת|דירוג|משוב|כוכב\w*|תגובה|פידבק",
    "ja": r"レビュー|評価|口コミ|感想|星",
    "zh": r"评价|評價|好评|好評|评论|評論|星级|五星|差评|差評|中评|中評|评分|評分",
}
REVIEW_ANCHORS = {
    "en": "review|feedback|rating|star|comment|evaluation",
    "de": "bewert|rezens|feedback|sterne|kommentar",
    "fr": "avis|comment|évaluation|note|étoile|étoiles|feedback",
    "es": "reseña|opini|valoraci|valorado|valorada|comentario|calificaci|evaluaci|estrellas|estrellita",
    "it": "recension|feedback|valutazion|comment|stelle|stellin",
    "pt": "avali|coment|opini|review|estrelas|estrelinhas",
    "nl": "recensie|review|beoordeling|feedback|sterren|ster|waardering|commentaar",
    "pl": "opini|recenzj|ocen|komentarz|feedback|gwiazd",
    "sv": "recension|omdöme|betyg|feedback|stjärn|kommentar",
    "tr": "yorum|değerlendirme|puan|geri bildirim|yıldız",
    "ru": "отзыв|оценк|комментари|звезд|звёзд|рейтинг",
    "ar": "تقييم|مراجع|تعليق|نجوم|رأيك",
    "ko": "리뷰|후기|평점|별점|평가|상품평|구매평",
    "he": "ביקורת|ביקורות|חוות|דירוג|משוב|כוכב|תגובה|פידבק",
    "ja": "レビュー|評価|口コミ|感想|星",
    "zh": "评价|評價|好评|好評|评论|評論|星级|五星|差评|差評|中评|中評|评分|評分",
}
BENEFIT = {
    # "free" to do something is leave, not a gift ("you are free to ignore it", stop 41); "free to you" and "free to keep"
    # are gifts
    "en": r"refund\w*|money\s+back|discount\w*|coupon\w*|vouchers?|gift\s*cards?|gifts?|(?<!feel\s)free(?!\s+to\s+(?!you\b|keep\b)[a-z])|cash\s*back|rebate|"
    r"(?<!my )(?<!our )(?<!his )(?<!her )bonus|compensation|reimburse\w*|credit|\d+\s?%\s?(?:off|back)|cover\s+(?:the\s+)?(?:\w+\s+)?(?:shipping|postage|costs?)|"
    r"(?:money|amount|price)\s+back|\d+\s?(?:usd|dollars?|euros?|pounds?)\s+back|ships?\s+free|at\s+no\s+(?:extra\s+)?(?:cost|charge)|"
    r"free\s+of\s+charge|at\s+our\s+expense|on\s+the\s+house|partial\s+refund|compensate\w*|make\s+it\s+up\s+to\s+you|complimentary|loyalty\s+points",
    "de": r"rückerstattung|erstattung|erstatten|geld\s+zurück|rabatt|gutschein\w*|geschenk\w*|gratis|kostenlos\w*|"
    r"(?:bekomm|erhalt|erhält)\w*\s+(?:\w+\s+){0,4}?\d+\s?%|"
    r"prämie|bonus|entschädigung|gutschrift|(?:überweisen|zahlen|erstatten|buchen)\s+(?:\w+\s+){0,3}?zurück|"
    r"betrag\s+zurück|schenk\w*|auf\s+unsere\s+kosten|teilerstattung|entschädig\w*",
    "fr": r"rembours\w*|réduction|remise|bon\s+d'achat|carte\s+cadeau|cadeau\w*|gratuit\w*|geste\s+commercial|"
    # "avoir" the credit note ("un avoir de 5 €"), not the verb ("après avoir vérifié l'article", batch X)
    r"compensation|\b(?:un|d'un|votre|l'|cet)\s*avoir\b(?!\s+(?:été|\w+é(?:e|s|es)?\b))|offert\w*|offr\w*|à\s+nos\s+frais|sans\s+frais|"
    r"gratuitement|dédommag\w*",
    # "vale" only as a voucher ("un vale", "vale de descuento"): not "Valencia", not the everyday "vale" (OK)
    "es": r"reembols\w*|devolv\w*|el\s+dinero|descuento|cup[oó]n|obsequio\w*|reintegro\w*|\bun\s+vale\b|\bvales?\s+(?:de\s+)?(?:descuento|regalo|compra)|tarjeta\s+regalo|regal(?:o|amos|aremos)|gratis|bonificaci[oó]n|"
    r"compensaci[oó]n|compens(?:ar|amos|aremos)\w*|sin\s+cost[eo]|a\s+nuestro\s+cargo|gratuitamente|regres\w*\s+(?:\w+\s+){0,2}?(?:\d|dinero|importe|costo|precio)|devolv\w*\s+(?:\w+\s+){0,2}?(?:importe|dinero)|importe\s+completo",
    "it": r"rimbors\w*|sconto|buono|coupon|regal\w*|omaggio|gratis|gratuit\w*|compenso|risarc\w*|restitu\w*|a\s+nostre\s+spese|"
    r"senza\s+costi",
    "pt": r"\d+\s?%\s+de\s+volta|\bdinheiro\s+de\s+volta\b|reembols\w*|estorn\w*|desconto|cupom|cup[ãa]o|\bum\s+vale\b|\bvale[-\s](?:presente|compras?|desconto)|brinde|presente|gr[áa]tis|b[ôo]nus|compensa[çc][ãa]o|"
    r"dinheiro\s+de\s+volta|sem\s+custo|por\s+nossa\s+conta|gratuitamente|compens(?:ar|amos|aremos)\w*|devolv\w*\s+(?:\w+\s+){0,2}?(?:\d|r\$|reais|dinheiro|valor)",
    "nl": r"(?:€|eur)\s?\d+(?:[.,]\d+)?\s+terug|\d+(?:[.,]\d+)?\s?(?:€|euro|dollar|usd)\s+terug|terugbetal\w*|geld\s+terug|korting|kortingscode|cadeau\w*|gratis|tegoed\w*|vergoeding|bonus|terugstort\w*|coupon\w*|waardebon\w*|"
    r"storten\s+(?:\w+\s+){0,3}?terug|bedrag\s+terug|(?:krijgt|ontvangt)\s+(?:\w+\s+){0,3}?terug",
    "pl": r"\d+\s?zł|zwrot\w*|zwróc\w*|zwroc\w*|odda\w*\s+(?:\w+\s+){0,2}?(?:kwot\w*|pieniądz\w*)|całą\s+kwotę|rabat\w*|zniżk\w*|prezent\w*|gratis|darmow\w*|\bbon(?:y|u|em|ów|ami)?\b|rekompens\w*|kupon\w*",
    "sv": r"återbetal\w*|pengarna\s+tillbaka|betala\w*\s+(?:\w+\s+){0,2}?tillbaka|\bge[r]?\s+(?:dig\s+)?tillbaka|rabatt\w*|present\w*|gratis|presentkort|ersättning|kupong|"
    r"fri\s+frakt|bjuder\s+(?:vi\s+)?(?:dig\s+)?på|på\s+köpet",
    "tr": r"iade|para\s+iadesi|indirim\w*|hediye\w*|ücretsiz|bedava|kupon\w*|tazminat|geri\s+öde\w*",
    # (also the seller alone and a sum written with its sign first: "верну вам $10, если оставите отзыв", stop 52 probes)
    "ru": r"возврат\w*|компенс\w*|верн(?:[её]м|у)\s+(?:вам\s+|тебе\s+)?(?:полную\s+|всю\s+)?(?:[$€]?\s?\d+|деньги|стоимость|сумму)|компенсац\w*|скидк\w*|подар\w*|бесплатн\w*|кешб[эе]к|кэшб[эе]к|купон\w*|"
    r"бонус\w*|(?<![а-яё])дарим|подарим",
    "ar": r"استرداد|المسترد|استرجاع|نعيد|نرجع\s*لك|ه?نرجعلك|فلوسك|المال|(?<![يت])خصم(?!ت)|هدية|هدايا|مجان\w*|كوبون|قسيمة|تعويض",
    # a refund already made is no offer ("환불이 완료되었습니다. 시간이 되시면 … 리뷰를 남겨 주시면 감사하겠습니다", stop 41)
    "ko": r"환불(?!(?:이|은|는|을|를)?\s*(?:완료|처리)(?:되었|됐|되어\s*있|했|하였))|환급|돌려\s*(?:드|줘|줄|주)|할인|선물|"
    # a free item already sent is no offer either ("무료로 교환품을 보내드렸습니다", stop 41)
    r"무료(?![^.!?。\n]{0,14}?(?:드렸|했습니다|되었|됐))|쿠폰|적립|페이백|캐시백|보상|사은품|상품권|기프티콘",
    "he": r"החזר|נחזיר|מחזירים\s+לך|הכסף|הנחה|מתנה|חינם|קופון|זיכוי|פיצוי",
    "ja": r"返金|割引|ギフト券|ギフトカード|プレゼント|クーポン|無料|ポイント|キャッシュバック|お礼|補償|賠償",
    "zh": r"折價券|折价券|抵用券|退(?:您|你)|(?:给|給)(?:您|你)退\s*\d|返现|返現|返款|返\s*\d|返(?:您|你)|\d+折|九五折|升级\S{0,4}?vip|升級\S{0,4}?vip|红包|紅包|优惠券|優惠券|礼品|禮品|礼物|禮物|免费|免費|赠品|贈品|退款|补偿|補償|立减|立減|返利|现金|現金",
}
# (Stop 41 probes: "early access", "enter our monthly draw", "ein kleines Dankeschön", "een klein bedankje", "upominek",
# "en liten gåva", "сувенир", "recevez 15 % sur votre prochaine commande".)
# Loyalty points, a chance to win and a "little surprise" in the next parcel are rewards too ("Für jede Bewertung mit Foto
# schreiben wir Ihnen 200 Shop-Punkte gut", "chaque avis … vous donne une chance de gagner", "te llevas una sorpresita":
# tuning batches AG, AP, AS, AZ, DG, stop 39). Amazon's review policy: "free or discounted products … or other
# compensation" (shared/platforms/amazon.md §5.1). Points only with a number ("ganha 100 pontos"): a "point" alone is
# a point made. (The number read behind the word: a pattern starting with a digit is tried at every digit of a
# number-heavy reply, in every family that reads the benefit words.)
_REWARDS = {
    "en": r"(?<=\d\s)(?:bonus\s+|loyalty\s+|reward\s+)?points\b|chance\s+to\s+win\b|(?:small|little)\s+surprise|surprise\s+gift|\blottery\b|"
    r"early\s+access|\b(?:enter|entered|entry|entries)\s+(?:\w+\s+){0,2}?(?:draw|sweepstakes|contest|raffle)\b|\bmonthly\s+draw\b|\b(?:upgrade|bump)\s+you\s+to\b",
    "de": r"(?<=\d\s)(?:shop-?|bonus)?punkte\b|gewinnchance|verlosung|\bzuckerl\b|kleine\s+überraschung|\blotterie\b|kleine[sn]?\s+dankeschön|\bnachlass\b",
    "fr": r"(?<=\d\s)points\b|chance\s+de\s+gagner|\bloterie\b|petite\s+surprise|(?:(?<=\d)|(?<=\d\s))%\s+(?:sur\s+(?:votre|vos|la|le)|de\s+(?:réduction|remise))",
    "es": r"regalando|(?<=\d\s)puntos\b|sorpresita|peque[ñn]a\s+sorpresa|\bloter[ií]a\b|oportunidad\s+de\s+ganar|(?:(?<=\d)|(?<=\d\s))%\s+(?:en\s+(?:su|tu)|de\s+descuento)",
    "it": r"(?<=\d\s)punti\b|possibilità\s+di\s+vincere|\blotteria\b|piccola\s+sorpresa|(?:(?<=\d)|(?<=\d\s))%\s+(?:sul|sulla|di\s+sconto)\b",
    "pt": r"(?<=\d\s)pontos\b|chance\s+de\s+ganhar|\bloteria\b|surpresinha|pequena\s+surpresa|(?:(?<=\d)|(?<=\d\s))%\s+(?:no|na|em\s+sua|de\s+desconto)\b",
    "nl": r"(?<=\d\s)punten\b|maken\s+kans\s+op|kans\s+om\s+te\s+winnen|\bloterij\b|kleine\s+verrassing|klein\w*\s+bedankje",
    "pl": r"(?<=\d\s)punkt(?:y|ów)\b|szans\w*\s+na\s+wygran\w*|\bloteri\w*|mał\w+\s+niespodziank\w*|\bupomin\w*",
    "sv": r"(?<=\d\s)poäng\b|chans\s+att\s+vinna|\blotteri\b|liten\s+överraskning|\bgåv(?:a|or|an)\b",
    "tr": r"sürpriz\s+hediye|küçük\s+(?:bir\s+)?sürpriz|kargo\w*\s+bizden",
    "ru": r"(?<=\d\s)балл\w*|шанс\s+выиграть|лотере\w*|небольш\w+\s+сюрприз|сувенир\w*",
    "ar": r"(?<=\d\s)نقط\w*|سحب\s+شهري|جوائز|مفاجأة",
    "ko": r"(?<=\d)포인트|(?<=\d\s)포인트|깜짝\s*선물",
    "he": r"(?<=\d\s)נקודות|הפתעה\s+קטנה|הזדמנות\s+לזכות",
    "ja": r"(?<=\d)ポイント|(?<=\d\s)ポイント|サプライズ",
    "zh": r"(?<=\d)(?:积分|積分)|(?<=\d\s)(?:积分|積分)|送(?:您|你)一(?:个|個|份|套|支|瓶|张|張|盒|包)|小惊喜|小驚喜",
}  # fmt: skip
# A sum of money the buyer is to get, bound to the verb ("change your review and get $10", "ändern Sie Ihre Bewertung
# und erhalten Sie 10 €", "cambie su reseña y reciba 10 €": stop 40 probes; Amazon's review policy: "money … or other
# compensation", shared/platforms/amazon.md §5.1). The verb first: a pattern starting at a digit runs at every digit.
_SUM = r"(?:[$€£]\s?\d|r\$\s?\d|\d+(?:[.,]\d+)?\s?(?:[$€£]|usd|eur|gbp|dollars?|euros?|pounds?|reais|kr|kronor|руб\w*|₽)(?!\w))"
_MONEY = {
    "en": rf"\b(?:get|receive|earn)\s+(?:a\s+|an\s+extra\s+|another\s+)?{_SUM}",
    "de": rf"\b(?:erhalten|bekommen|erhältst|bekommst)\s+(?:sie\s+|du\s+)?(?:\w+\s+)?{_SUM}",
    "fr": rf"\b(?:recevez|recevrez|obtenez|obtiendrez|touchez|toucherez)\s+{_SUM}",
    "es": rf"\b(?:reciba|recibe|recibirá|recibirás|obtenga|obtén|obtendrá)\s+{_SUM}",
    "it": rf"\b(?:riceve|riceverà|ricevi|riceverai|ottiene|otterrà|ottieni)\s+{_SUM}",
    "pt": rf"\b(?:receba|recebe|receberá|ganhe|ganha|ganhará)\s+{_SUM}",
    "nl": rf"\b(?:ontvang|ontvangt|krijg|krijgt)\s+(?:u\s+|je\s+)?{_SUM}",
    "sv": rf"\b(?:få|får)\s+(?:du\s+)?{_SUM}",
    "ru": rf"(?:получите|получишь|получаете)\s+{_SUM}",
}
BENEFIT = {
    lang: f"{words}|{_REWARDS[lang]}" + (f"|{_MONEY[lang]}" if lang in _MONEY else "")
    for lang, words in BENEFIT.items()
}
# A reward left unnamed, or money given back in other verbs ("we'll make it worth your while", "es lohnt sich für Sie,
# versprochen", "dan maken we het de moeite waard", "вас ждёт приятный сюрприз", "سنكافئك بما يرضيك", "abbiamo un piccolo
# pensiero per lei", "nous vous rendons 30 %", "så ger vi tillbaka 30%", "سنرد لك كامل المبلغ": blind probes, stop 47).
_UNNAMED_REWARD = {
    "en": r"\bworth\s+your\s+while\b|\b(?:a\s+)?(?:little|small|nice|special)\s+surprise\b|\bsurprise\s+gift\b|\breward\s+you\b",
    "de": r"\blohnt\s+sich\s+für\s+(?:sie|dich)\b|\b(?:kleine|besondere)\s+überraschung\b|\bbelohnen\s+(?:sie|dich)\b",
    "fr": r"\b(?:petite|jolie)\s+surprise\b|\bvous\s+(?:rendons|rendrons)\b|\bvous\s+récompenser\b",
    "es": r"\b(?:peque[ñn]a|linda)\s+sorpresa\b|\ble\s+(?:recompensaremos|compensaremos)\b|\bte\s+recompensaremos\b",
    "it": r"\bpiccolo\s+pensiero\b|\b(?:piccola|bella)\s+sorpresa\b|\bla\s+ricompenseremo\b|\bti\s+ricompenseremo\b",
    "pt": r"\b(?:pequena|linda)\s+surpresa\b|\bte\s+recompensar\w*|\bvamos\s+recompens\w*",
    "nl": r"\bde\s+moeite\s+waard\b|\b(?:kleine|leuke)\s+verrassing\b|\bbelonen\s+(?:we\s+)?(?:je|u)\b",
    "pl": r"\bodwdzięcz\w*|\b(?:mał\w+|mił\w+)\s+niespodziank\w*",
    "sv": r"\blönar\s+sig\s+för\s+dig\b|\b(?:liten|trevlig)\s+överraskning\b|\bger\s+vi\s+(?:dig\s+)?tillbaka\b",
    "tr": r"küçük\s+bir\s+sürpriz|sürpriz\s+hediye|ödüllendir\w*",
    "ru": r"приятн\w+\s+сюрприз\w*|отблагодарим",
    "ar": r"سنكافئك|نكافئك|مفاجأة\s+(?:صغيرة|حلوة|جميلة)|سنرد\s+لك|نرد\s+لك",
    "he": r"הפתעה\s+(?:קטנה|נחמדה)|נתגמל\s+אות",
    "ja": r"ちょっとした(?:サプライズ|お礼)|お礼の品",
    "zh": r"小惊喜|小驚喜|神秘(?:礼物|禮物)",
    "ko": r"깜짝\s*선물|작은\s*선물",
}  # fmt: skip
BENEFIT = {lang: f"{words}|{_UNNAMED_REWARD[lang]}" for lang, words in BENEFIT.items()}
# A longer warranty or a prize draw is a reward too: Amazon's review policy lists "entries into sweepstakes or
# contests" among the incentives (https://algomasonline.freshdesk.com/support/solutions/articles/64000262140,
# "Participaciones en Sorteos o Concursos"), issue 12.6 round 7: "leave a review and we'll extend your warranty".
_PRIZE = {
    "en": r"extended\s+warranty|extend\s+(?:your\s+|the\s+)?warranty|(?:bump|upgrade)\s+(?:up\s+)?your\s+warranty|extend\s+(?:it|this|that)\s+to\s+\d+\s+(?:years?|months?)|warranty\s+(?:\w+\s+)?extended|giveaway|sweepstakes?|raffle|prize\s+draw|lucky\s+draw|"
    r"upgrade\s+(?:your\s+|the\s+)?(?:[\w-]+\s+)?warranty|lifetime\s+(?:warranty|coverage)",
    "de": r"garantie\w*\s+(?:\w+\s+){0,3}?verlänger\w*|verlängerte\w*\s+garantie|verlänger\w*\s+(?:\w+\s+){0,3}?garantie|gewinnspiel|verlos\w*",
    "fr": r"garantie\s+prolongée|prolong\w*\s+(?:votre\s+|la\s+)?garantie|tirage\s+au\s+sort|jeu[-\s]concours",
    "es": r"garant[ií]a\s+(?:extendida|ampliada)|(?:ampli|extend)\w*\s+(?:su\s+|la\s+)?garant[ií]a|sorteo",
    "it": r"garanzia\s+estesa|estend\w*\s+(?:la\s+)?garanzia|estrazione\s+a\s+premi|concorso\s+a\s+premi",
    "pt": r"garantia\s+estendida|estend\w*\s+(?:sua\s+|a\s+)?garantia|sorteio|concorr\w*\s+a\s+(?:um|uma)\b",
    "nl": r"verlengde\s+garantie|verleng\w*\s+(?:\w+\s+){0,3}?garantie|verdubbel\w*\s+(?:\w+\s+){0,2}?garantie|winactie|verloting", "pl": r"przedłużon\w+\s+gwarancj\w*|przedłuż\w*\s+(?:\w+\s+){0,2}?gwarancj\w*|losowani\w*",
    "sv": r"förlängd\s+garanti|förläng\w*\s+(?:\w+\s+){0,2}?garanti\w*|utlottning", "tr": r"garanti\w*\s+(?:\w+\s+)?uzat\w*|çekiliş", "ru": r"продл\w*\s+гаранти\w*|розыгрыш\w*",
    "ar": r"تمديد\s+الضمان|ضمان\s+إضافي", "ko": r"보증\s*(?:기간\s*)?(?:을|를)?\s*(?:\d+\s*(?:년|개월)\s*)?연장|경품\s*추첨", "he": r"הארכת\s+אחריות|נאריך\s+(?:\S+\s+){0,2}?האחריות|הגרלה",
    "ja": r"保証(?:期間)?(?:の|を)?(?:\d+(?:年|ヶ月|か月|カ月))?延長|抽選", "zh": r"延保|延长保修|延長保修|抽奖|抽獎",
}  # fmt: skip
PRIZE = _PRIZE  # the benefit words of the review bargains (``_tables``) include these
# Anchored on the extending verb or the draw, not on "warranty": warranty and hotline sentences are common.
_PRIZE_ANCHORS = {
    "en": "extend|extended|giveaway|sweepstake|raffle|prize draw|lucky draw|upgrade|lifetime|bump", "de": "verlänger|gewinnspiel|verlos",
    "fr": "prolong|tirage|concours", "es": "extendida|ampliada|ampli|extend|sorteo", "it": "estesa|estend|estrazione|concorso",
    "pt": "estendida|estend|sorteio|concorr", "nl": "verlengde|verleng|verdubbel|winactie|verloting", "pl": "przedłużon|przedłuż|losowani",
    "sv": "förlängd|förläng|utlottning", "tr": "uzat|çekiliş", "ru": "продл|розыгрыш", "ar": "تمديد|ضمان إضافي", "ko": "연장|추첨",
    "he": "הארכת|נאריך|הגרלה", "ja": "延長|抽選", "zh": "延保|延长|延長|抽奖|抽獎",
}  # fmt: skip
# Words tying the benefit to the review: if, after, once, in exchange, as a thank-you. Not "for"/"für"/"pour":
# "we refunded €20 for your order; thanks for the feedback" is no offer.
LINK = {
    "en": r"\bif\b|\bafter\b|\bonce\b|\bwhen\b|\bin\s+exchange|\bin\s+return|\bas\s+a\s+(?:small\s+|little\s+)?thank|"
    r"\bas\s+soon\s+as|\bfor\s+(?:every|each)\b|\bto\s+(?:say\s+)?thank\b|\bto\s+say\s+thanks\b|\bprovided\b|"
    r"\band\s+(?:you(?:'ll|\s+will)?\s+)?(?:get|receive|earn|enjoy)\b|\band\s+your\s+next\b|"
    r"\band\s+we(?:'ll|\s+will)?(?=\s+(?:send|give|add|refund|take|credit|post|ship|mail|bump|extend|upgrade)\b)|[:–—]\s*(?:simply|just)\b|\band\s+we(?:'ll|\s+will)\b(?=\s+(?:extend|enter|upgrade))|"
    r"\s[-–—]\s*we(?:'ll|\s+will)\b(?=\s+(?:extend|upgrade|send|give))|"
    r"\band\s+you(?:'ll|\s+will)\s+be\s+entered\b|,\s*(?:and\s+)?we(?:'ll|\s+will)\s+(?:\w+\s+)?(?=(?:send|give|refund|credit)\s+you\b)",
    "de": r"\bwenn\b|\bfalls\b|\bnachdem\b|\bnach\s+(?:dem|der|ihrer?)\b|\bsobald\b|\bgegen\b|\bim\s+gegenzug\b|"
    r"\bals\s+(?:kleines\s+)?dankeschön|\bals\s+dank\b|\bzum\s+dank\b|\bum\s+uns\s+(?:\w+\s+)?zu\s+bedanken|\bfür\s+jede\b|"
    r"\bund\s+(?:sie\s+)?(?:erhalten|bekommen)\b|\bund\s+wir(?=\s+(?:schicken|senden|erstatten|geben)\b)",
    # ("… un remboursement de 15 € …, à condition de laisser un petit avis", stop 31, batch AU)
    "fr": r"\bsi\b|\baprès\b|\bdès\s+que\b|\bune\s+fois\b|en\s+échange|en\s+(?:petit\s+)?remerciement|\bcontre\b|"
    r"\b(?:à\s+condition\s+(?:de|que|qu')|pourvu\s+que|sous\s+réserve\s+(?:de|que|qu'))(?=\s*(?:vous\s+|v\w+\s+)?"
    r"(?:laiss|écri|donn|publi|post|mett|not|évalu|modifi|retir|supprim|chang|amélior)\w*)|"
    r"\bpour\s+(?:vous\s+)?remercier|\bpour\s+(?:chaque|tout|toute)\b|\bet\s+(?:vous\s+)?(?:recevez|recevrez|obtenez|obtiendrez|gagnez)\b|"
    r"\bet\s+nous\s+vous(?=\s+(?:offrons|offrirons|enverrons|rembourserons)\b)",
    "es": r"\bsi\b|\bdespu[eé]s\s+de\b|\bcuando\b|\buna\s+vez\b|a\s+cambio|en\s+agradecimiento|\bcomo\s+(?:peque[ñn]o\s+)?agradecimiento|"
    r"\bpara\s+agradecer|\b(?:por|para)\s+cada\b|\ben\s+cuanto\b|\by\s+(?:le\s+)?(?:reciba|recibir[aá]|recibe|obtenga|obtendr[aá]|gane|ganar[aá])\b|"
    r"\by\s+(?:le\s+|te\s+|les\s+)?(?=(?:enviamos|enviaremos|regalamos|regalaremos|devolvemos|devolveremos|reembolsamos|reembolsaremos|damos|daremos)\b)",
    "it": r"\bse\b|\bdopo\b|\bquando\b|\buna\s+volta\b|in\s+cambio|\blasciando\b|\bscrivendo\b|come\s+(?:piccolo\s+)?ringraziamento|\bappena\b|"
    r"\bper\s+ringraziar\w*|\bper\s+ogni\b|\be\s+(?:le\s+|vi\s+|ti\s+)?(?:ricever\w*|riceve|ricevi|otterr\w*|ottiene|vince\w*)\b|"
    r"\be\s+(?:le\s+|vi\s+|ti\s+)?(?=(?:mandiamo|manderemo|inviamo|invieremo|regaliamo|regaleremo|rimborsiamo|rimborseremo)\b)",
    "pt": r"\bganha(?:m|r[áa])?\b|\bbasta\s+(?:voc[êe]\s+)?(?:deixar|escrever|avaliar|dar)\b|\bse\b|\bap[óo]s\b|\bdepois\s+de\b|\bquando\b|\bassim\s+que\b|em\s+troca|como\s+(?:forma\s+de\s+)?agradecimento|"
    r"\bpara\s+agradecer|\bpor\s+cada\b|\be\s+(?:ganhe|receba|ganha|recebe|receber[aá]|ganhar[aá])\b|"
    r"\be\s+(?:lhe\s+|te\s+)?(?=(?:enviamos|enviaremos|mandamos|mandaremos|devolvemos|devolveremos|reembolsamos|reembolsaremos)\b)",
    "nl": r"\ben\s+(?:wij|we)\s+(?=(?:sturen|geven|storten|schenken)\b)|\bals\b|\bna\b|\bzodra\b|\bwanneer\b|in\s+ruil|als\s+(?:klein\s+)?(?:dank|bedankje)|\ben\s+(?:u\s+)?(?:ontvang|krijg)\w*|"
    r"\bdan\s+(?:krijgt|ontvangt)\b|\ben\s+u\s+(?:krijgt|ontvangt)\b|\bdan\s+(?:krijg|ontvang)\s+(?:je|jij)\b|"
    r"\bvoor\s+(?:elke|iedere)\b",
    "pl": r"\bjeśli\b|\bjeżeli\b|\bjezeli\b|\bpo\b|\bgdy\b|\bkiedy\b|w\s+zamian|w\s+podziękowaniu|"
    r"\bprzy\s+(?:wystawieniu|napisaniu|dodaniu|pozostawieniu)\b|\ba\s+(?:dostaniesz|otrzymasz|dostanie|otrzyma)|\bza\s+(?:wystawienie|napisanie|dodanie|pozostawienie|każd\w+)\b|"
    r"\bi\s+(?:otrzymaj|odbierz|zgarnij)|\ba\s+(?=(?:przyślemy|wyślemy|zwrócimy|damy|dodamy|oddamy)\b)",  # ", a przyślemy … gratis"
    "sv": r"\b(?:lämnar|skriver|ger|sätter)\s+du\b|\bom\b|\befter\b|\bnär\b|i\s+utbyte|som\s+tack|\boch\s+(?:du\s+)?(?:få|får)\b|\bför\s+varje\b|\bså\s+(?:får|skickar|bjuder)\b",
    "tr": r"karşılığında|\bsonra\b|\beğer\b|rsanız|rseniz|ırsanız|irseniz|rsan\b|rsen\b|teşekkür\s+olarak|takdirde|\b(?:yapan|bırakan|yazan|veren)\w*|"
    r"\bher\s+(?:yorum|değerlendirme)",
    "ru": r"\bесли\b|\bпосле\b|\bкогда\b|в\s+обмен|в\s+благодарность|\bкак\s+только\b|\bи\s+получи(?:те|шь)|\bза\s+(?:ваш\w*\s+|каждый\s+)?(?=отзыв|оценк)|"
    r"\bи\s+мы(?:\s+\S+){0,2}?(?=\s+(?:вернём|вернем|отправим|подарим|дадим))",
    "ar": r"مقابل|إذا|اذا|بعد|عند|لو|كشكر|واحصل|وستحصل|وسنرسل|وسنمنح|وسنقدم|وسنعيد|وستتلقى",
    "ko": r"하시면|주시면|남기시면|작성\s*시|작성하시면|후에|대가로|감사의\s*의미|조건",
    "he": r"תמורת|\bאם\b|אחרי|לאחר|כתודה|ותקבל\w*|ונשלח|וניתן|ו(?=נחזיר)|על\s+כל|\bמי\s+ש",
    "ja": r"(?:いただ|頂)けましたら|(?:いただ|頂)いた(?:方|お客様)|したら|すれば|と引き換え|お礼として|後に|後、|(?:いただ|頂)ければ|"
    r"(?:された|した|書いた|くださった|下さった|いただいた)(?:方|お客様)",
    "zh": r"即可|就|后|後|作为感谢|作為感謝|可获得|可獲得|即送|再送|的(?:买家|買家|顾客|顧客|朋友|亲|親)|送|返|可领|可領",
}
# Asking for a review: a request verb (the pressure rule needs one, so "thanks again for your review" is none).
ASK = {
    # "review" the verb, not the noun after a possessive or an article, in English and in the languages that borrowed
    # it ("Hartelijk dank voor uw review met 5 sterren", stop 41)
    "en": r"\b(?:leave|write|give|post|submit|share|drop|rate|(?<!your\s)(?<!uw\s)(?<!je\s)(?<!the\s)(?<!a\s)(?<!de\s)review|request\w*|ask\w*)\b",
    "de": r"hinterlass\w*|schreib\w*|geschrieben|abgeben|abgegeben|\bgeben\b|bewerten|gebeten|\bbitten\b",
    "fr": r"laisser|laissez|laissé|donner|donnez|donné|écrire|écrivez|écrit|noter|notez|évaluer|évaluez|publier|publié|rédigé|demand\w*",
    "es": r"d[eé]j(?:ar|e|en|enos|anos|arnos|ado)\w*|escrib\w*|\bdar\b|valor(?:ar|e|ado)\w*|calific\w*|publicar|ped\w*|solicit\w*|regál\w*|regal(?:a|e|en)nos\b",
    "it": r"lasciare|lasci|scrivere|scriva|\bdare\b|valutare|valuti",
    "pt": r"deix\w*|escrev\w*|\bdar\b|avaliar|avalie|\bdê\b|ped\w*",
    "nl": r"\blaat\b|laten|schrijf|schrijven|geschreven|\bgeef\b|geven|gegeven|plaats|geplaatst|achtergelaten|beoordeel",
    "pl": r"zostaw|wystaw|napisz|napisać|oceń|ocenić|dodaj",
    "sv": r"lämna|skriv|\bge\b|betygsätt",
    # not a first-person or converb form ("değerlendirip", "değerlendirdik", "yazacağız", "vereceğiz"): the seller
    # re-examining the product or writing back is no request (issue 12.6 round 6)
    "tr": r"(?:bırak|yaz|yap|ver|değerlendir)(?!(?:ı|i|u|ü)p\b|(?:d|t)(?:ı|i|u|ü)(?:k|m)\b|(?:a|e)ca(?:ğ|k)|(?:a|e)ce(?:ğ|k)|"
    r"(?:ı|i|u|ü)yor(?:uz|um)\b|(?:a|e)r(?:ak|ek)\b|(?:ı|i|u|ü)r(?:ız|iz|uz|üz|ım|im)\b|(?:ı|i|u|ü)l(?:d|m|a|e|ı|i))",
    # (and the informal imperative: "Друг, оставь отзыв с фото - и мы вышлем тебе ещё один чехол": stop 50 probes)
    "ru": r"оставьте|оставить|оставили|напишите|написать|поставьте|оцените|оценить|оставь\b|напиши\b|поставь\b|оцени\b",
    "ar": r"اترك|اتركي|اكتب|ترك|كتابة|قيم",
    "ko": r"남겨|남기|작성|써\s*주|부탁|주세요",
    "he": r"להשאיר|השאר|השאירו|לכתוב|כתוב|כתבו|לדרג|דרג|דרגו",
    "ja": r"書いて|投稿|お願い|ください|下さい|記入|いただ|頂",
    "zh": r"给|給|留|写|寫|请|請|帮|幫|麻烦|麻煩",
}
# Asking to change, remove or raise a review.
CHANGE = {
    "nl": r"verwijder\w*|wijzig\w*|aanpa\w*|aangepast|verander\w*|intrek\w*|ingetrokken|bijwerk\w*|bijgewerkt|herzie\w*|weghaal\w*|weghalen",
    "pl": r"usuń\w*|usun\w*|zmie[nń]\w*|(?<!bez )zmian\w*|edytuj\w*|popraw\w*|wycofa\w*|\w*aktualiz\w*",
    "sv": r"tar?\s+(?:du\s+|ni\s+)?bort|(?<!vi har )(?<!vi )(?:ändra|radera|uppdatera|justera)|drar?\s+(?:du\s+|ni\s+)?tillbaka|se\s+över",
    "tr": r"sil\w*|değiştir\w*|güncelle\w*|kaldır\w*|düzelt\w*|geri\s+çek\w*|gözden\s+geçir\w*",
    "ru": r"удал\w*|измен\w*|исправ(?!им\b|или\b|лю\b)\w*|помен\w*|убер\w*|поправ\w*|пересмотр\w*|пересмотре\w*|обнов\w*|отредакт\w*|редакт\w*|дополн\w*|подправ\w*|допиш\w*",
    # not "غير" ("not", "other", inside "صغير") nor "حدث" ("happened"), nor Hebrew "שנה" ("year"): batch N. Vowel marks are
    # read away (``_invisible``), so "غيّر" and "حدّث" are spelled without their shadda: whole words, and not "غير راضٍ",
    # "حدث خطأ" (batch AM)
    "ar": r"حذف|احذف|تغيير|\bغير\b(?!\s+(?:راض|مناسب|صحيح|عادل|دقيق|مقبول|متوفر|موجود|مفهوم|واضح|سعيد|جيد|مرض|مرتبط|متعلق))|تعديل|عدل|إزالة|ازالة|تحديث|\bحدث\b(?!\s+(?:خطأ|خطا|تأخير|تاخير|عطل|مشكل))|(?<!ي)تغير|تعدل|تحذف|مسحت|تمسح\w*|امسح\w*",
    "ko": r"삭제|수정|변경|바꿔|지워",
    "he": r"למחוק|מחק|לשנות|שנו|תשנה|תשני|לעדכן(?!\s+אותנו)|עדכן(?!\s+אותנו)|(?:תעדכן|תעדכני|תעדכנו)(?!\s+אותנו)|להסיר|הסר|"
    # "אפשר לבקש שתורידי את הביקורת השלילית?" (take it down; stop 49 probes)
    r"ש?תוריד(?:י|ו)?\b|להוריד",
}
CHANGE_ANCHORS = {
    "nl": "verwijder|wijzig|aanpa|aangepast|verander|intrek|ingetrokken|bijwerk|bijgewerkt|herzie|weghaal",
    "pl": "usuń|usun|zmien|zmień|zmian|edytuj|popraw|wycofa|zaktualiz|aktualiz",
    "sv": "ta bort|tar|ändra|radera|uppdatera|dra tillbaka|drar|justera|se över",
    "tr": "sil|değiştir|güncelle|kaldır|düzelt|çek|gözden",
    "ru": "удал|измен|исправ|помен|убер|поправ|пересмотр|пересмотре|обнов|редакт|дополн|подправ|допиш",
    "ar": "حذف|احذف|تغيير|غير|تعديل|عدل|إزالة|ازالة|تحديث|حدث|تغير|تعدل|تحذف|مسحت|تمسح|امسح",
    "ko": "삭제|수정|변경|바꿔|지워",
    "he": "למחוק|מחק|לשנות|שנו|תשנה|תשני|לעדכן|עדכן|תעדכ|להסיר|הסר|תוריד|להוריד",
}
# Words that make a review request a repeated one, or pressure.
AGAIN = {
    "en": r"remind\w*|(?<!thanks )(?<!thank you )again|once\s+more|(?:another|second|third|last|final)\s+(?:request|reminder|time|message)|"
    r"(?:still|yet)\s+(?:not|haven't|hasn't)|haven't\s+(?:yet\s+)?(?:left|written|posted|given)|"
    r"(?:already|previously)\s+(?:asked|wrote|messaged|sent)|(?:asked|wrote|messaged)\s+(?:you\s+)?(?:before|earlier|twice)|"
    r"follow(?:ing)?[\s-]+up|earlier\s+(?:request|message|email)|keep\s+(?:reminding|asking|messaging|writing|contacting)|"
    r"until\s+you\s+(?:leave|write|post|give|rate)|(?:twice|several\s+times|many\s+times)|"
    r"don't\s+forget|do\s+not\s+forget|you\s+forgot|(?:must|have\s+to|obliged\s+to|required\s+to|need\s+to)\s+(?:leave|write|give|post|rate)|haven't\s+had\s+(?:a|the)\s+(?:chance|time|moment)",
    "de": r"erinner\w*|erneut|nochmals|noch\s+einmal|nochmal|wiederholt|immer\s+noch\s+(?:keine|nicht)|noch\s+keine|"
    r"(?:bereits|schon)\s+(?:zweimal|mehrfach|mehrmals|einmal)|zweimal|mehrfach|mehrmals|noch\s+nicht|"
    r"bereits\s+(?:gebeten|geschrieben)|vergessen\s+sie\s+nicht|müssen\s+sie|verpflichtet",
    "fr": r"rappel\w*|relance\w*|à\s+nouveau|de\s+nouveau|encore\s+une\s+fois|toujours\s+pas|n'avez\s+pas\s+encore|"
    r"déjà\s+demandé|n'oubliez\s+pas|vous\s+devez|obligatoire",
    # (not the parcel not yet arrived: "aunque todavía no le haya llegado", blind batch EG, stop 44)
    "es": r"recordatorio|record(?:arle|amos|arte)|de\s+nuevo|nuevamente|otra\s+vez|(?:todav[ií]a|a[uú]n)\s+no(?!\s+(?:le\s+|te\s+|lo\s+|la\s+|me\s+|nos\s+)?(?:ha\s+|haya\s+|han\s+|hayan\s+)?(?:llegad|lleg[oó]|recib))|"
    r"ya\s+(?:le\s+)?(?:pedimos|escribimos)|no\s+olvide|no\s+olvides|debe\s+dejar|tiene\s+que|obligatori\w*",
    "it": r"promemoria|ricord(?:are|iamo|arle)|di\s+nuovo|nuovamente|ancora\s+una\s+volta|non\s+ha\s+ancora|"
    r"già\s+(?:chiesto|scritto)|non\s+dimentichi|non\s+dimenticare|deve\s+lasciare|obbligatori\w*",
    # not "dar uma olhadinha de novo" (look again: a change request; batch T)
    "pt": r"lembrete|lembr(?:ar|amos|ando)|novamente|(?<!olhada\s)(?<!olhadinha\s)de\s+novo|mais\s+uma\s+vez|ainda\s+n[ãa]o(?!\s+(?:tenha\s+)?(?:chegad|chegou|receb))|j[áa]\s+(?:pedimos|escrevemos)|"
    # "Não se esqueça de deixar uma avaliação" (the reflexive "se" too: stop 41)
    r"n[ãa]o\s+(?:se\s+)?esque[çc]a|voc[êe]\s+(?:deve|precisa)|obrigat[óo]ri\w*",
    "nl": r"herinner\w*|opnieuw|nogmaals|nog\s+(?:steeds\s+)?geen|nog\s+steeds\s+niet|al\s+eerder|vergeet\s+niet|moet\s+u|verplicht",
    # not "ponownie przemyśleć wystawioną ocenę" (rethink it: a change request, batch Y)
    "pl": r"przypomin\w*|przypomnieni\w*|ponownie(?!\s+(?:przemyśl|rozważ|przeanaliz|spojrz|oceni))|jeszcze\s+raz|nadal\s+nie|wciąż\s+nie|już\s+prosiliśmy|"
    # "nie wystawił Pan jeszcze opinii", "jeszcze nie dodała Pani opinii" (not yet given: stop 41)
    # (the negation only, before the verb the request's pattern reads)
    r"\bnie(?=\s+(?:wystawił|dodał|napisał|zostawił)\w*\s+(?:\w+\s+)?jeszcze)|\bjeszcze\s+nie(?=\s+(?:wystawił|dodał|napisał|zostawił))|"
    r"nie\s+zapomnij|musi\s+pan|musisz|obowiązk\w*",
    "sv": r"påminn\w*|igen|ännu\s+inte|fortfarande\s+inte|redan\s+bett|glöm\s+inte|måste\s+du|obligatorisk",
    # not "yorumu tekrar gözden geçirip" / "silip yeniden yazabilir" (look at it again, rewrite it: a change request, batch X)
    "tr": r"hatırlat\w*|(?:tekrar|yeniden)(?!\s+(?:gözden|yaz|değerlendir|düşün|bak))|hala|hâlâ|henüz(?!\s+(?:gelme|ulaşma|teslim|elinize))|zorunda|mecbur",
    # (not "если что-то снова будет не так": something going wrong again: stop 34)
    "ru": r"напомина\w*|напомн\w*|снова(?!\s+(?:будет|случится|возникнет|сломается|появится))|ещ[её]\s+раз|повторно|до\s+сих\s+пор\s+не|так\s+и\s+не|уже\s+просили|"
    r"не\s+забудьте|обязаны|должны",
    "ar": r"تذكير|نذكرك|نذكركم|مرة\s+أخرى|مجددا|مجددا|لم\s+(?!يصل|تصل|يستلم|تستلم)\S+\s+بعد|لا\s+تنس|يجب\s+عليك",
    # not "다시 한번 수정해 주실" (edit it once more: a change request, not a repeated ask; batch R)
    "ko": r"다시(?!\s*(?:한\s*번\s*)?(?:수정|변경|고쳐|삭제|확인|고려|생각|살펴|검토|봐))|재차|아직(?!\s*(?:배송|도착|안\s*왔|못\s*받|받지))|리마인드|잊지\s*마|잊으셨|반드시|꼭\s+남겨",
    "he": r"תזכורת|מזכירים|(?<![א-ת])שוב(?![א-ת])|עדיין\s+לא|אל\s+תשכח|חייב|חובה",
    # not "レビューはまだ反映されていない" (the platform has not published it yet: round 7)
    # not "もう一度見直して" (look at it again: a change request; batch T)
    "ja": r"再度(?!ご?(?:確認|見直))|改めて(?!ご?検討|お?考え|お礼|御礼|感謝)|もう一度(?!ご?(?:見直|確認|ご覧|お読み))|まだ(?!反映|表示|公開|掲載)|リマインド|お忘れなく|必ず|再送",
    # (not "欢迎再次光临", welcome back, the sign-off of a thank-you: stop 47 probes)
    "zh": r"再次(?!光临|光臨|光顾|光顧|惠顾|惠顧|购买|購買|下单|下單|选购|選購|合作)|还没|還沒|提醒|尚未|一定要|必须|必須|务必|務必|再一次|又一次",
}
# Verbs that are review requests by themselves ("rate us", "avalie sua compra").
RATE = {
    "en": r"\brate\s+(?:us|your|the|our)\b|\breview\s+(?:us|your\s+purchase|the\s+product)\b",
    "de": r"\bbewerten\s+sie\b", "fr": r"\b(?:évaluez|notez|noté|évalué)\b", "es": r"\b(?:valore|califique|eval[uú]e)\b|\b(?:valorar|calificar|evaluar)\s+(?:el|la|su)\s+(?:pedido|compra|producto|art[ií]culo)",
    "it": r"\b(?:valuti|recensisca|recensito|valutato)\b", "pt": r"\b(?:avalie|classifique|avaliou)\b", "nl": r"\bbeoordeel\w*",
    "pl": r"\boceń\b", "sv": r"\bbetygsätt\b", "tr": r"değerlendirin|puan\s+verin", "ru": r"\bоцените\b",
    "ar": r"\bقيم\b|قيم", "ko": r"평가해\s*주", "he": r"\bדרגו\b|\bדרג\b", "ja": r"評価して(?:ください|下さい)",
    "zh": r"(?:请|請)(?:您)?(?:评价|評價|打分)",
}  # fmt: skip
REVIEW_ANCHORS = REVIEW_ANCHORS | {
    "en": REVIEW_ANCHORS["en"] + "|rate|rated", "fr": REVIEW_ANCHORS["fr"] + "|évalu|noté|notez|noter", "es": REVIEW_ANCHORS["es"] + "|valor|califique|eval",
    "it": REVIEW_ANCHORS["it"] + "|valut|recensisca|recensit", "pt": REVIEW_ANCHORS["pt"] + "|classifique", "nl": REVIEW_ANCHORS["nl"] + "|beoorde",
    "pl": REVIEW_ANCHORS["pl"] + "|oceń", "sv": REVIEW_ANCHORS["sv"] + "|betygsätt", "tr": REVIEW_ANCHORS["tr"] + "|değerlendir",
    "ru": REVIEW_ANCHORS["ru"] + "|оцени", "ar": REVIEW_ANCHORS["ar"] + "|قيم|قيم", "he": REVIEW_ANCHORS["he"] + "|דרג",
    "zh": REVIEW_ANCHORS["zh"] + "|打分",
}  # fmt: skip

# Asking the buyer to confirm receipt.
CONFIRM = {
    "en": r"confirm\s+(?:the\s+|your\s+)?(?:receipt|reception|delivery|order\s+(?:as\s+)?received|goods\s+received|"
    r"(?:that\s+)?(?:you\s+)?(?:have\s+)?received)|click\s+(?:on\s+)?[\"“']?confirm|confirm\s+(?:order\s+)?received",
    # "den Erhalt der Ware vielleicht jetzt schon in der App bestätigen" (batch V)
    "de": r"(?:erhalt|empfang|lieferung|zustellung|wareneingang)\s+(?:\S+\s+){0,8}?(?:zu\s+)?bestätig(?!t\s+(?:haben|hat|hatten|wurde))\w*|"
    r"bestätigen\s+sie\s+(?:\S+\s+){0,3}?(?:den\s+)?(?:erhalt|empfang|wareneingang)|"
    # written without the umlaut ("bitte bestatigen sie erhalt jetzt": tuning ds-de-001, stop 46)
    r"(?:bestatig|bestaetig)\w*\s+(?:sie\s+)?(?:\S+\s+){0,2}?(?:den\s+)?(?:erhalt|empfang)",
    "fr": r"confirm\w*\s+(?:\S+\s+){0,2}?(?:la\s+|votre\s+)?(?:r[ée]ception|livraison)",
    "es": r"confirm\w*\s+(?:\S+\s+){0,2}?(?:la\s+|su\s+)?(?:recepci[oó]n|entrega)|confirm\w*\s+(?:que\s+)?(?:ha\s+)?recibido|"
    r"confirm\w*\s+como\s+recibid[oa]|confirm\w*\s+de\s+recibid[oa]",  # "confirma de recibido" (Mexico; batch T)
    # "puoi confermare il ricevimento adesso", "conferma ricevuto adesso" (tuning batches AP, DK, DL; stop 38)
    "it": r"conferm\w*\s+(?:\S+\s+){0,2}?(?:la\s+|il\s+)?(?:ricezione|consegna|ricevuta|ricevimento)|conferma\s+di\s+ricezione|"
    r"conferm(?:a|i|are)\s+(?:(?:l'|l’)?ordine\s+(?:come\s+)?)?ricevut[oa]\b",
    # European Portuguese "a receção" (batch AH)
    "pt": r"confirm\w*\s+(?:\S+\s+){0,2}?(?:[oa]\s+)?(?:recebimento|entrega|rece[cç][ãa]o)|confirm\w*\s+que\s+recebeu|"
    r"confirm(?:a|e|ar)\s+(?:o\s+)?pedido\s+(?:como\s+)?recebido\b",  # "confirma pedido recebido hoje" (batch DJ)
    "nl": r"(?:ontvangst|levering)\s+(?:\S+\s+){0,2}?(?:te\s+)?bevestig\w*|bevestig\w*\s+(?:\S+\s+){0,3}?(?:de\s+|uw\s+)?ontvangst",
    # "zamówienie proszę już teraz potwierdzić jako odebrane" (batch DC)
    "pl": r"potwierd\w*\s+(?:\S+\s+){0,2}?(?:odbi[oó]r|otrzymani\w*|dostaw\w*)|potwierd\w*\s+(?:\S+\s+)?jako\s+odebran\w*",
    "sv": r"bekräfta\w*\s+(?:\S+\s+){0,2}?(?:mottagande\w*|mottagning\w*|leveransen)",
    "tr": r"(?:teslim\s+aldığınızı|teslimatı|teslim\s+alındı|ürünü\s+aldığınızı|siparişi\s+aldığınızı)\s+(?:\S+\s+){0,2}?onay\w*|"
    r"teslim\s+aldım\W{0,3}\s*(?:\S+\s+){0,2}?onay\w*|teslim\s+alındı\s+olarak\s+onay\w*|teslim\s+alındı['’]?y?[ıi]\s+(?:\S+\s+){0,2}?onay\w*|"
    r"teslim\s+al[ıi]nd[ıi]['’\"]?\s+(?:\S+\s+){0,2}?onay\w*|"  # written without the dotless i (batch X)
    r"siparişi\s+(?:\S+\s+)?onayla(?:rsanız|yın|yabilir\w*|r\s+mısınız)|"
    # receiving confirmed before it happens ("teslim almayı şimdiden onaylayın", "ürünü teslim almadan onaylarsanız":
    # tuning ea-tr-015, dq-tr-010, stop 46)
    r"teslim\s+almayı\s+(?:\S+\s+){0,2}?onay\w*|teslim\s+almadan\s+(?:\S+\s+){0,2}?onay\w*|"
    # the button pressed: "\"Teslim aldım\" butonuna basar mısınız" (stop 33)
    r"teslim\s+al(?:dım|ındı|ınd[ıi])\W{0,3}\s*(?:butonuna|düğmesine|tuşuna)\s+bas\w*",  # "teslim almadan önce siparişi onaylarsanız" (batch Y)  # "'Teslim alındı'yı onaylarsanız"
    # the noun too: "нажмите подтверждение получения" (подтвер-жд-ение; batch AC)
    "ru": r"подтвер[дж]\w*,?\s+(?:\S+,?\s+){0,2}?(?:получение|доставку|получения|заказ)",
    "ar": r"(?:تأكيد|أكد(?:ت|تي)?|اكد(?:ت|تي)?|تاكيد|تؤكد\w*|تأكد\w*|تاكد\w*)\s+(?:ال)?استلام",
    "ko": r"수령\s*확인|구매\s*확정|수취\s*확인",
    "he": r"(?:לאשר|אשר|אשרו|תאשר|תאשרו|אישור)(?:/[יו])?\s+(?:\S+\s+)?(?:את\s+)?(?:קבלת|קבלה|הקבלה|המשלוח)",
    # (not the automatic confirmation whose deadline the seller extends: "自動受取確認までの期間を延長")
    "ja": r"(?<!自動)(?:受取(?:り)?(?:確認|評価|完了)|受け取り(?:確認|完了)|受領確認)",
    "zh": r"确认收货|確認收貨|确认收到|確認收到|点击确认|點擊確認|确认订单|確認訂單",
}
# … or to mark the order as received before it arrives (probes in 16 languages, stop 46).
MARKED_RECEIVED = {
    "en": r"mark\w*\s+(?:\S+\s+){0,3}?as\s+(?:received|delivered)\b",
    "de": r"(?:markier\w*|kennzeichn\w*)\s+(?:\S+\s+){0,3}?als\s+(?:erhalten|empfangen|zugestellt|geliefert)\b|als\s+(?:erhalten|empfangen|zugestellt)\s+(?:zu\s+)?markier\w*",
    "fr": r"marqu\w*\s+(?:\S+\s+){0,3}?comme\s+(?:re[çc]ue?s?|livr[ée]e?s?)\b",
    "es": r"marc\w*\s+(?:\S+\s+){0,3}?como\s+(?:recibid[oa]|entregad[oa])\b",
    "it": r"(?:segn|contrassegn)\w*\s+(?:\S+\s+){0,3}?come\s+(?:ricevut[oa]|consegnat[oa])\b",
    "pt": r"marc\w*\s+(?:\S+\s+){0,3}?como\s+(?:recebid[oa]|entregue)\b",
    "nl": r"markeer\w*\s+(?:\S+\s+){0,3}?als\s+ontvangen\b|als\s+ontvangen\s+(?:te\s+)?(?:markeren|markeert|aanvinken|aangeven)\b",
    "pl": r"oznacz\w*\s+(?:\S+\s+){0,3}?jako\s+(?:odebran\w*|otrzyman\w*|dostarczon\w*)",
    "sv": r"markera\w*\s+(?:\S+\s+){0,3}?som\s+(?:mottagen|mottaget|levererad|levererat)\b",
    "tr": r"teslim\s+alındı\s+olarak\s+işaretle\w*",
    "ru": r"отмет\w*\s+(?:\S+\s+){0,3}?как\s+(?:полученн\w*|доставленн\w*)",
    "ar": r"(?:تعلّم|تعلم|علّم|علم|تحدد|حدد)\s+(?:\S+\s+){0,2}?(?:ك|على\s+أنه\s+)(?:مستلم|تم\s+استلامه)",
    "he": r"(?:לסמן|תסמן|סמן|סמנו)\s+(?:\S+\s+){0,3}?כ-?(?:התקבל|נמסר)\w*",
    "ja": r"(?:受け取り|受取|受領)済み(?:」)?に",
    "ko": r"수령\s*완료로",
    "zh": r"(?:标记|標記)为?(?:已收货|已收貨|已收到)",
}
CONFIRM = {lang: f"{MARKED_RECEIVED[lang]}|{words}" for lang, words in CONFIRM.items()}
CONFIRM_ANCHORS = {
    "en": "confirm|click",
    "de": "erhalt|empfang|lieferung|zustellung|wareneingang|bestätig|bestatig|bestaetig",
    "fr": "confirm",
    "es": "confirm",
    "it": "conferm",
    "pt": "confirm",
    "nl": "ontvangst|levering|bevestig",
    "pl": "potwierd",
    "sv": "bekräfta",
    "tr": "onay|butonuna|düğmesine|tuşuna",
    "ru": "подтвер",
    "ar": "تأكيد|أكد|اكد|تاكيد|أكد|اكد|تؤكد|تأكد|تاكد",
    "ko": "수령|구매|수취",
    "he": "לאשר|אשר|אישור|תאשר",
    "ja": "受取|受け取り|受領",
    "zh": "确认|確認|点击|點擊",
}
_MARKED_ANCHORS = {
    "en": "mark",
    "de": "markier|kennzeichn",
    "fr": "marqu",
    "es": "marc",
    "it": "segn|contrassegn",
    "pt": "marc",
    "nl": "markeer|markeren",
    "pl": "oznacz",
    "sv": "markera",
    "tr": "işaretle",
    "ru": "отмет",
    "ar": "تعلّم|تعلم|علّم|علم|تحدد|حدد",
    "he": "לסמן|תסמן|סמן|סמנו",
    "ja": "済み",
    "ko": "완료",
    "zh": "标记|標記",
}
CONFIRM_ANCHORS = {lang: f"{_MARKED_ANCHORS[lang]}|{words}" for lang, words in CONFIRM_ANCHORS.items()}

# The goods are still travelling: a request to confirm receipt while they are "on the way" is early.
ON_THE_WAY = {
    "en": r"on\s+(?:its|the|their)\s+way|in\s+transit|will\s+arrive|arrives?\s+soon|still\s+travell?ing|not\s+delivered",
    "de": r"unterwegs|wird\s+(?:\w+\s+)?(?:bald|in\s+kürze)\s+ankommen|kommt\s+bald|noch\s+nicht\s+zugestellt|in\s+den\s+nächsten\s+tagen\s+zugestellt",
    "fr": r"en\s+route|en\s+chemin|en\s+cours\s+(?:de\s+)?(?:livraison|d'acheminement)|arrivera\s+bientôt|en\s+transit",
    "es": r"en\s+camino|llegar[aá]\s+pronto|en\s+tr[aá]nsito|est[aá]\s+viajando",
    "it": r"in\s+viaggio|in\s+arrivo|arriver[aà]\s+presto|in\s+transito|arriver[aà]\s+nei\s+prossimi\s+giorni|arriva\s+tra\s+(?:qualche|pochi|\d)",
    "pt": r"a\s+caminho|em\s+tr[aâ]nsito|chegar[aá]\s+em\s+breve|vai\s+chegar",
    # (… or said to be almost there, sure to arrive: "paczka już prawie u Pana, na pewno dojdzie", "الطرد أكيد بيوصل":
    # tuning dq-pl-010, eh-ar-003, stop 46)
    "nl": r"onderweg|komt\s+binnenkort", "pl": r"w\s+drodze|wkrótce\s+dotrze|już\s+prawie\s+u|na\s+pewno\s+dojdzie", "sv": r"på\s+väg|kommer\s+snart|kommer\s+nästa\s+vecka",
    "tr": r"yolda|yakında\s+(?:gelecek|ulaşacak)", "ru": r"в\s+пути|скоро\s+(?:придёт|придет|прибудет)",
    "ar": r"في\s+الطريق|سيصل\s+قريبا|هتوصل\w*\s+قريب|أكيد\s+(?:بيوصل|يوصل|راح\s+يوصل)", "ko": r"배송\s*중|곧\s*도착", "he": r"בדרך|יגיע\s+בקרוב",
    "ja": r"配送中|輸送中|まもなく(?:到着|届)|届く予定|到着予定|来週(?:に)?(?:届|到着)", "zh": r"在路上|运输中|運輸中|快到了|马上就到|馬上就到",
}  # fmt: skip

# What makes the request *early* or *induced*: a time cue, "even if not received", or a reward.
EARLY = {
    "en": r"\bnow\b|right\s+away|immediately|\bfirst\b|in\s+advance|before\s+(?:it\s+arrives|you\s+receive|receiving|delivery|"
    r"the\s+(?:parcel|package|item)\s+arrives)|even\s+(?:if|though)|not\s+(?:yet\s+)?(?:arrived|received)|asap|"
    r"as\s+soon\s+as\s+possible|\btoday\b|\bearly\b|so\s+(?:that\s+)?we\s+can|to\s+(?:get|receive)\s+(?:a|your|the)\s+"
    r"(?:coupon|refund|gift|discount|bonus)|and\s+(?:we|you)(?:'ll|\s+will)\s+(?:get|send|give|receive)|"
    r"\bmeanwhile\b|\bin\s+the\s+meantime\b|\bpayment\s+(?:releases|is\s+released|gets\s+released)\b|\brelease\s+(?:the\s+)?payment\b|"
    r"\b(?:money|funds|payment)\s+released\b|\bto\s+close\s+(?:the|this|your)\s+order\b|"
    # the seller's payment released by it, in each language (stop 31, batch AV: "para liberar el pago", "precisamos
    # do pagamento liberado")
    r"\bso\s+(?:that\s+)?we\s+(?:get|can\s+get)\s+paid\b|\bwe\s+need\s+the\s+payment\b|" + BENEFIT["en"],
    "de": r"\bjetzt\b|sofort|bereits|\bschon\b|vorab|im\s+voraus|zahlung\s+(?:\w+\s+)?freige\w*|(?:zahlung|geld)\s+freizugeben|freigabe\s+der\s+zahlung|vor\s+(?:dem\s+)?erhalt|vor\s+der\s+lieferung|auch\s+wenn|"
    r"obwohl|noch\s+nicht|\bheute\b|umgehend|damit\s+wir|" + BENEFIT["de"],
    "fr": r"maintenant|immédiatement|dès\s+maintenant|(?:débloquer|libérer)\s+(?:le\s+|notre\s+)?paiement|paiement\s+(?:soit\s+)?(?:débloqué|libéré)|d'avance|à\s+l'avance|avant\s+(?:la\s+)?réception|avant\s+de\s+recevoir|"
    r"même\s+si|pas\s+encore|aujourd'hui|tout\s+de\s+suite|afin\s+que\s+nous|" + BENEFIT["fr"],
    "es": r"\bahora\b|inmediatamente|liberar\s+(?:el\s+)?(?:pago|dinero|fondos)|(?:pago|dinero)\s+(?:sea\s+|quede\s+)?liberad[oa]|por\s+adelantado|antes\s+de\s+(?:recibir|que\s+llegue)|aunque|a[uú]n\s+no|todav[ií]a\s+no|"
    r"\bhoy\b|cuanto\s+antes|para\s+que\s+podamos|\bya\b|" + BENEFIT["es"],
    "it": r"\bora\b|subito|adesso|(?:sbloccare|rilasciare)\s+il\s+pagamento|pagamento\s+(?:venga\s+)?(?:sbloccato|rilasciato)|\bgià(?=\s+conferm)|in\s+anticipo|prima\s+di\s+ricevere|prima\s+che\s+arrivi|anche\s+se|non\s+ancora|\boggi\b|"
    r"al\s+più\s+presto|così\s+possiamo|per\s+chiudere\s+l'ordine|" + BENEFIT["it"],
    "pt": r"\bagora\b|imediatamente|liberar\s+o\s+(?:pagamento|dinheiro)|pagamento\s+(?:seja\s+)?liberado|precisamos\s+do\s+pagamento|\bj[áa]\b|antecipadamente|antes\s+de\s+(?:receber|chegar)|mesmo\s+(?:que|sem)|ainda\s+n[ãa]o|"
    r"\bhoje\b|o\s+quanto\s+antes|para\s+que\s+possamos|" + BENEFIT["pt"],
    "nl": r"\bnu\b|direct|meteen|betaling\s+(?:\w+\s+)?vrij(?:gegeven|geven|te\s+geven)|alvast|vooraf|voordat|ook\s+als|nog\s+niet|vandaag|"
    + BENEFIT["nl"],
    "pl": r"mimo\s+to|teraz|natychmiast|od\s+razu|(?:odblokowa|zwolni)\w*\s+płatnoś\w*|wcześniej|przed\s+otrzymaniem|nawet\s+jeśli|jeszcze\s+nie|dziś|dzisiaj|"
    + BENEFIT["pl"],
    "sv": r"\bnu\b|direkt|genast|frigör\w*\s+betalning\w*|betalningen\s+(?:\w+\s+)?frigörs|i\s+förväg|innan|även\s+om|ännu\s+inte|idag|så\s+fort\s+du\s+kan|"
    + BENEFIT["sv"],
    "tr": r"şimdi|hemen|önceden|ödeme\w*\s+serbest|ödemeyi\s+alabil\w*|almadan\s+önce|gelmeden|olmasa\s+bile|henüz|bugün|"
    + BENEFIT["tr"],
    "ru": r"сейчас|сразу|немедленно|разблокир\w*\s+(?:оплат|деньг|средств)|заранее|до\s+получения|даже\s+если|не\s+дожидаясь|ещ[её]\s+не|сегодня|пока\s+не|"
    + BENEFIT["ru"],
    "ar": r"الآن|الحين|فورا|فورا|تحرير\s+(?:ال)?(?:مبلغ|دفع)|يتم\s+تحويل\s+المبلغ|مسبقا|مسبقا|قبل\s+الاستلام|حتى\s+لو|اليوم|لم\s+\S+\s+بعد|دلوقتي|حالا|حالا|عشان\s+نقفل\w*|"
    + BENEFIT["ar"],
    "ko": r"지금|바로|먼저|대금\s*(?:을\s*)?(?:받|정산)|미리|받기\s*전|도착\s*전|전에|오늘|아직|"
    + BENEFIT["ko"],
    "he": r"עכשיו|מיד|מראש|(?:שחרור|לשחרר\s+את)\s+(?:ה)?תשלום|לפני|גם\s+אם|היום|עדיין\s+לא|" + BENEFIT["he"],
    "ja": r"先に|今すぐ|今のうちに|今日中|代金(?:が|を)?(?:受け取|入金)|すぐに|到着前|届く前|事前|届いていなくても|まだ|本日中|"
    + BENEFIT["ja"],
    # "先" before the confirmation without taking its characters ("您能否先确认收货", batch V)
    "zh": r"放款|回款|请先|先(?=确认|確認|点|點|帮忙|幫忙|帮我|幫我)|提前|马上|馬上|立即|立刻|现在|現在|还没收到|還沒收到|未收到|尽快|盡快|今天|"
    + BENEFIT["zh"],
}


# Taking a review away: a verb before the review word ("delete the 2-star review") or after it ("the review comes
# down", "évaluation supprimée"). Only removal/withdrawal words — "change"/"update" near a review word is common in
# ordinary replies ("we will update you on your feedback"); those have their own, pronoun-bound patterns.
REMOVE_BEFORE = {
    "en": r"\b(?:remove|removing|delete|deleting|withdraw\w*|retract\w*|take\s+(?:off|down)|taking\s+(?:off|down)|get\s+rid\s+of|"
    r"pull(?:ing)?(?:\s+down)?|hide|hiding)\b",
    "de": r"\b(?:lösch\w*|entfern\w*|ziehen\s+sie)\b",
    "fr": r"\b(?:retir\w*|supprim\w*|enlev\w*|effac\w*)\b",
    "es": r"\b(?:quit[ae]\w*|borr[ae]\w*|elimin[ae]\w*|retir[ae]\w*)\b",
    "it": r"\b(?:cancell[ai]\w*|rimuov\w*|elimin[ai]\w*|togl\w*)\b",
    "pt": r"\b(?:apag\w*|remov\w*|retir\w*|exclu\w*|tir(?:ar|e|em)\s+(?:a|sua|essa|o|seu)\b)",
    "nl": r"\b(?:verwijder\w*|trek\s+(?:\w+\s+){0,2}?in|weghal\w*|haal\s+(?:\w+\s+){0,2}?weg)\b",
    "pl": r"\b(?:usuń\w*|usun\w*|wycofa\w*|skasuj\w*|skasowa\w*)",
    "sv": r"\b(?:tar?\s+(?:du\s+|ni\s+)?bort|radera\w*|drar?\s+(?:du\s+|ni\s+)?tillbaka)\b",
    "tr": r"(?:sil\w*|kaldır\w*|geri\s+çek\w*)",
    "ru": r"(?:удал\w*|убер\w*|убра\w*|отозв\w*)",
    "ar": r"(?:حذف|احذف|إزالة|ازالة|سحب)",
    "ko": r"(?:삭제|지워|내려)",
    "he": r"(?:למחוק|מחק|להסיר|הסר)",
    "ja": r"(?:取り下げ|削除|消して|消し|非表示|消去)",
    "zh": r"(?:删|刪|撤|去掉|去除)",
}
REMOVE_AFTER = {
    # (not "your feedback has already gone to our quality team": blind batch ED, stop 44)
    "en": r"\b(?:(?:is|are|was|gets?|has\s+been)\s+)?(?:removed|deleted|gone(?!\s+(?:to|through|into|over|back|live|up|online)\b)|taken\s+(?:off|down)|comes?\s+down|withdrawn)\b",
    "de": r"\b(?:gelöscht|entfernt|zurückgezogen|weg\s+ist|verschwunden|zurückn\w*|zurückzuziehen|zurückzunehmen)\b|\bzurück\b",
    "fr": r"\b(?:supprimée?s?|retirée?s?|effacée?s?|enlevée?s?)\b",
    "es": r"\b(?:eliminad[ao]s?|borrad[ao]s?|retirad[ao]s?|quitad[ao]s?)\b",
    "it": r"\b(?:cancellat[ao]|rimoss[ao]|eliminat[ao]|tolt[ao])\b",
    "pt": r"\b(?:apagad[ao]s?|removid[ao]s?|retirad[ao]s?|exclu[ií]d[ao]s?)\b",
    "nl": r"\b(?:verwijderd|ingetrokken)\b",
    "pl": r"(?:usunięt\w*|wycofan\w*)",
    "sv": r"\b(?:borttagen|borttaget|raderad\w*|tas\s+bort|raderas)\b",  # "om kommentaren kunde tas bort" (batch T)
    "tr": r"(?:silin\w*|kaldırıl\w*)",
    "ru": r"(?:удал[её]н\w*)",
    "ar": r"(?:حذف|إزالة)",
    "ko": r"(?:삭제)",
    "he": r"(?:יימחק|נמחק|תוסר|הוסר)",
    "ja": r"(?:取り下げ|削除|消して)",
    "zh": r"(?:删|刪|撤|去掉|去除)",
}


def _removal(lang: str) -> str:
    """A review taken away, either word order, inside one sentence."""
    return f"(?:{_chain(REMOVE_BEFORE[lang], REVIEW[lang], gap=30)})|(?:{_chain(REVIEW[lang], REMOVE_AFTER[lang], gap=25)})"


# ------------------------------------------------------------------------------------------- new rules


# Cues that a review request is a repeated one by themselves (the third reminder, "we already wrote to you twice",
# "still waiting for your review"): near a review word they are pressure even without a request verb. Plain "not
# yet" words ("todavía no", "まだ", "아직") are left out: they describe parcels far more often than reviews.
REPEATED = {
    "en": r"\b(?:second|third|fourth|fifth|last|final)\s+(?:reminder|request|message|e-?mail|time)\b|\breminder\s*(?:no\.?|number|#)\s*\d|"
    r"\balready\s+(?:asked|wrote\s+to|written\s+to|messaged|reminded|contacted)\s+you\b|"
    r"\balready\s+sent\s+you\s+(?:a|an|two|three|\d+|several)\s+(?:\w+\s+)?(?:messages?|e-?mails?|reminders?|requests?)\b|"
    r"\b(?:sent|wrote|messaged|e-?mailed)\s+you\s+(?:\d+|two|three|several|many|a\s+few)\s+(?:messages|e-?mails|times|reminders)\b|"
    r"\b(?:still|are|we're)\s+waiting\s+for\s+(?:your|a|the)\b|\bas\s+we\s+(?:mentioned|said|wrote)\s+(?:before|earlier|last)\b|"
    r"\b(?:still|yet)\s+(?:haven't|have\s+not|not)\s+(?:\w+\s+)?(?:seen|received|got(?:ten)?|had)\b|\b(?:we|i)\s+(?:had\s+)?(?:asked|requested|mentioned)\s+(?:you\s+)?(?:about|for)\b|\bchecking\s+in\b|\bcircling\s+back\b|\btouching\s+base\b|\bnudge\b|\bignor\w+\s+(?:our|my)\b|\bforgotten\b|\bforget\s+about\b|\bplease,?\s+please\b|\b(?:we\s+)?beg(?:ging)?\s+you\b|\breally\s+need\s+your\b|(?<!not\s)(?<!n\'t\s)\bdepends?\s+on\s+your\b",
    "de": r"\bzum\s+(?:zweiten|dritten|vierten|[2-9]_?)\s+mal\b|\b(?:zweite|dritte|vierte|letzte|[2-9]_)\s+erinnerung|\berinnerung\s+(?:nr\.?|nummer)\s*\d|"
    r"\b(?:bereits|schon)\s+(?:\w+\s+)?(?:zweimal|dreimal|mehrfach|mehrmals|geschrieben|gebeten|erinnert|angeschrieben)\b|"
    r"\bwarten\s+(?:\w+\s+){0,2}?(?:auf\s+ihre|darauf)\b|\bbisher\s+(?:haben\s+sie\s+)?(?:noch\s+)?keine\b|"
    r"\b(?:haken|fragen)\s+(?:\w+\s+){0,2}?nach\b|\bfehlt\s+(?:\w+\s+){0,2}?(?:immer\s+)?noch\b|\bimmer\s+noch\s+(?:nicht|keine|aus)\b|\bnachfrag\w*|\bnachhak\w*|\bvergessen\b|\bangewiesen\b|\bbitte,?\s+bitte\b|\bflehen\b",
    "fr": r"\b(?:deuxième|troisième|quatrième|cinquième)\s+(?:fois|message|relance)\b|\b(?:deuxième|troisième|dernier|dernière)\s+(?:rappel|relance|message)|\bdéjà\s+(?:\w+\s+)?(?:écrit|demandé|relancé|contacté)\b|"
    r"\b(?:nous\s+)?attendons\s+(?:toujours\s+)?votre\b|\btoujours\s+en\s+attente\b|\brevenons\s+vers\s+vous\b|\boubli\w*|\bcomptons\s+vraiment\s+sur\b|\bvraiment\s+besoin\s+de\s+votre\b|\bsupplions\b",
    "es": r"\b(?:segunda|tercera|cuarta|quinta)\s+vez\b|\b(?:segundo|tercer|último)\s+(?:recordatorio|aviso|mensaje)|\bya\s+(?:le\s+|te\s+)?(?:hemos\s+)?(?:escrito|pedido|recordado)\b|"
    r"\b(?:seguimos\s+)?esperando\s+(?:su|tu)\b|\bya\s+van\s+(?:\w+\s+)?(?:mensajes|avisos|recordatorios)\b|"
    r"\btodav[ií]a\s+no\s+(?:hemos\s+)?recib\w+\s+(?:su|tu)\s+(?:reseña|opini|valoraci|comentario|calificaci)|\bsigue\s+sin\s+(?:valorar|calificar|opinar|reseñar|dejar)\b|\bvolv\w+\s+a\s+(?:escribir|pedir|recordar|contactar)\w*|\bolvid(?!ar\b)\w*|\bpor\s+favor,?\s+por\s+favor\b|\bsuplicamos\b|\bnecesitamos\s+de\s+verdad\b|(?<!no\s)\bdepende\s+de\s+su\b",
    "it": r"\b(?:seconda|terza|quarta)\s+volta\b|\b(?:secondo|terzo|ultimo)\s+(?:promemoria|sollecito|messaggio)|\bgià\s+(?:\w+\s+)?(?:scritto|chiesto|ricordato|sollecitato)\b|"
    r"\b(?:stiamo\s+)?aspettando\s+(?:la\s+sua|la\s+tua)\b|\btorn\w+\s+a\s+(?:scriver|chieder|contattar|ricordar)\w*|\bdimentic\w*|\bper\s+favore,?\s+per\s+favore\b|\bsupplichiamo\b|\babbiamo\s+davvero\s+bisogno\b|(?<!non\s)\bdipende\s+dalla\s+sua\b",
    "pt": r"\b(?:segunda|terceira|quarta)\s+vez\b|\b(?:segundo|terceiro|último)\s+(?:lembrete|aviso|pedido)|\bj[áa]\s+(?:lhe\s+|te\s+)?(?:escrevemos|pedimos|lembramos)\b|"
    r"\b(?:estamos\s+)?(?:ainda\s+)?esperando\s+(?:sua|a\s+sua)\b|\bvolt\w+\s+a\s+(?:escrever|pedir|lembrar|contatar)\w*|\besquec\w*|\bpor\s+favor,?\s+por\s+favor\b|\bimploramos\b|\bprecisamos\s+muito\s+d[ae]\b|(?<!não\s)(?<!nao\s)\bdepende\s+da\s+sua\b",
    "nl": r"\b(?:tweede|derde|vierde)\s+keer\b|\btwee\s+keer\b|\b(?:tweede|derde|laatste)\s+herinnering|\bal\s+(?:eerder|twee\s+keer|meerdere\s+keren)\b|\bwachten\s+(?:nog\s+)?(?:steeds\s+)?op\s+uw\b|\bvergeten\b|\bsmeken\b|\becht\s+nodig\b",
    "pl": r"\b(?:drugi|trzeci|czwarty)\s+raz\b|\b(?:drugie|trzecie|ostatnie)\s+przypomnienie|\bjuż\s+(?:\w+\s+)?(?:pisaliśmy|prosiliśmy|dwukrotnie)|\b(?:nadal|wciąż)\s+czekamy|\bzapomni\w*|\bzapomnia\w*|\bbłagamy\b|\bnaprawdę\s+potrzebujemy\b",
    "sv": r"\b(?:två|tre|flera)\s+gånger\b|\b(?:andra|tredje|fjärde)\s+gången\b|\b(?:andra|tredje|sista)\s+påminnelse\w*|\bredan\s+(?:\w+\s+)?(?:skrivit|bett|påmint)\b|\bväntar\s+(?:fortfarande\s+)?på\s+ditt\b|\bglömt\b|\bglömde\b|\bsnälla,?\s+snälla\b",
    # ("5 yıldızınızı bekliyoruz", we await your 5 stars, is the positive-only ask itself, no pressure: stop 34)
    "tr": r"(?:ikinci|üçüncü|dördüncü)\s+(?:kez|kere)|(?:ikinci|üçüncü|son)\s+(?:hatırlatma|mesaj)|daha\s+önce\s+(?:de\s+)?(?:yazdık|istedik|hatırlattık)|(?<!yıldız\s)(?<!yıldızınızı\s)(?<!yıldızlı\sdeğerlendirmenizi\s)(?<!yıldızlı\syorumunuzu\s)(?<!güzel\sbir\syorum\s)(?<!olumlu\sbir\syorum\s)(?<!beş\s)(?<!seniz\sdeğerlendirmenizi\s)(?<!sanız\sdeğerlendirmenizi\s)(?<!seniz\syorumunuzu\s)(?<!sanız\syorumunuzu\s)bekliyoruz|unuttunuz|unuttun|yalvarıyoruz|gerçekten\s+ihtiyacımız",
    "ru": r"(?:второй|третий|четв[её]ртый)\s+раз|в\s+который\s+раз|(?:второе|третье|последнее)\s+напоминание|уже\s+(?:\S+\s+)?(?:писали|просили|напоминали)|ждём\s+ваш|ждем\s+ваш|ожидаем\s+ваш|забыл\w*|умоляем|очень\s+нужен|(?<!не\s)зависит\s+от\s+вашего",
    "ar": r"مرتين|للمرة\s+(?:الثانية|الثالثة|الرابعة)|(?:التذكير|تذكير)\s+(?:الثاني|الثالث|الأخير)|سبق\s+(?:أن|وأن)\s+(?:راسلناك|طلبنا|كتبنا)|ما\s+زلنا\s+ننتظر|نسيت|نتوسل|أرجوك\s+أرجوك",
    "ko": r"(?:두|세|네)\s*번째|기다리고\s*있|잊으셨|잊어버리|제발|간절히",
    "he": r"הפעם\s+ה(?:שנייה|שלישית|רביעית)|תזכורת\s+(?:שנייה|שלישית|אחרונה)|כבר\s+(?:\S+\s+)?(?:כתבנו|ביקשנו|פנינו)|מחכים\s+ל|שכחת\w*|מתחננים|ממש\s+צריכים",
    # ("レビューをお待ちしております", we look forward to your review, is the polite close of any request, no pressure:
    # stop 42 probes; "首を長くしてお待ちしております", waiting with a long neck, is)
    "ja": r"再度|二度目|三度目|何度も|たびたび|度々|首を長くして|先日も|以前も|前回も|まだのよう|お忘れ|忘れて|どうかどうか|切にお願い",
    "zh": r"第二次|第三次|再次(?!光临|光臨|光顾|光顧|惠顾|惠顧|购买|購買|下单|下單|选购|選購|合作)|又一次|多次|已经(?:\S{0,2})(?:提醒|联系)(?:过)?(?:您|你)|一直在等|还在等|還在等|忘了|忘记|忘記|求求|跪求|拜托拜托|拜託拜託|非常需要",
}

REVIEW_PRESSURE = family(
    "review.pressure",
    REVIEW_ANCHORS,  # every match holds a review word: rarer than "again"/"still"/"ya" in ordinary replies
    {
        lang: [
            near(AGAIN[lang], _chain(ASK[lang], REVIEW[lang], gap=25), 50),
            near(AGAIN[lang], _chain(REVIEW[lang], ASK[lang], gap=15), 50),
            near(AGAIN[lang], RATE[lang], 50),
            _chain(
                REVIEW[lang], AGAIN[lang], ASK[lang], gap=15
            ),  # "리뷰를 아직 남기지", "レビューをまだ書いて"
            near(REPEATED[lang], REVIEW[lang], 60),
            near(REPEATED[lang], RATE[lang], 60),
        ]
        for lang in AGAIN
    }
    | {
        "en": [
            near(AGAIN["en"], _chain(ASK["en"], REVIEW["en"], gap=25), 50),
            near(AGAIN["en"], _chain(REVIEW["en"], ASK["en"], gap=15), 50),
            near(AGAIN["en"], RATE["en"], 50),
            r"\b(?:haven't|have\s+not|did\s+not|didn't)\s+(?:yet\s+)?(?:left|written|posted|given)\s+(?:us\s+)?"
            r"(?:a\s+|your\s+|any\s+)?(?:\w+\s+)?(?:review|feedback|rating)",
            r"\b(?:haven't|have\s+not|did\s+not|didn't)\s+(?:yet\s+)?(?:rated|reviewed)\s+(?:us|the|your|it|our)\b",
            r"\b(?:reviews?|feedback|ratings?)\s+(?:\S+\s+){0,5}?(?:is|are)\s+(?:still\s+)?(?:missing|pending|outstanding)\b",
            _chain(REVIEW["en"], AGAIN["en"], ASK["en"], gap=15),
            near(REPEATED["en"], REVIEW["en"], 60),
        ]
    },
)

CONFIRM_RECEIPT_EARLY = family(
    "order.confirm_receipt_early",
    CONFIRM_ANCHORS,
    {
        lang: [
            near(CONFIRM[lang], EARLY[lang], 70),
            near(CONFIRM[lang], ON_THE_WAY[lang], 70),
            # The cue inside the request ("bestätigen Sie schon jetzt den Erhalt"): a bounded look-ahead.
            # The request is checked first, so the look-ahead runs only where a request starts (stays linear).
            rf"(?=(?:{CONFIRM[lang]}))(?={_SENT}{{0,60}}?(?:{EARLY[lang]}))(?:{CONFIRM[lang]})",
        ]
        for lang in CONFIRM
    },
)

# … or the goods said to be travelling in the sentence before or after the request ("Could you please confirm the order as
# received? Your parcel is on the way and will arrive next week": tuning batches AH, DF, DJ, stop 33). The vetoes
# still read a request that waits for the goods ("once it has arrived, please confirm receipt").
_REMINDER_NAMED = (
    r"\b(?:reminder|notification|automatic\w*|rappel|automatique\w*|recordatorio|notificaci[oó]n|autom[aá]tic\w*|promemoria|"
    r"notifica|lembrete|notifica[çc][ãa]o|erinnerung\w*|benachrichtigung|automatisch\w*|herinnering|melding|przypomnieni\w*|"
    r"powiadomieni\w*|automatyczn\w*|påminnelse\w*|avisering|hatırlatma\w*|bildirim\w*|otomatik)\b|напоминани\w*|"
    r"уведомлени\w*|автоматическ\w*|تذكير|إشعار|تلقائي\w*|תזכורת|התראה|אוטומטי\w*|リマインド|通知|自動|알림|자동|提醒|自动"
)
# … or the seller's payment said to wait for the confirmation, in the sentence after ("could you please kindly confirm
# the order as received? We need the money released to pay our factory workers": batch AH, stop 38)
PAYMENT_RELEASE = {
    "en": r"\b(?:money|funds|payment)\s+(?:to\s+be\s+|is\s+|gets\s+)?released\b|\brelease\s+(?:the\s+|our\s+)?(?:payment|money|funds)\b|"
    r"\bso\s+(?:that\s+)?we\s+(?:get|can\s+get)\s+paid\b|\bwe\s+need\s+the\s+(?:payment|money)\b",
    "de": r"(?:zahlung|geld)\s+(?:\w+\s+)?freige\w*|(?:zahlung|geld)\s+freizugeben|freigabe\s+der\s+zahlung",
    "fr": r"(?:débloquer|libérer)\s+(?:le\s+|notre\s+)?paiement|paiement\s+(?:soit\s+|est\s+)?(?:débloqué|libéré|bloqué)|\bpas\s+payés\b",
    "es": r"liberar\s+(?:el\s+)?(?:pago|dinero|fondos)|(?:pago|dinero)\s+(?:sea\s+|quede\s+)?(?:liberad[oa]|bloquead[oa])",
    "it": r"(?:sbloccare|rilasciare)\s+il\s+pagamento|pagamento\s+(?:venga\s+|è\s+)?(?:sbloccato|rilasciato|bloccato)",
    "pt": r"liberar\s+o\s+(?:pagamento|dinheiro)|pagamento\s+(?:seja\s+|fica\s+)?(?:liberado|bloqueado)|precisamos\s+do\s+pagamento",
    "nl": r"betaling\s+(?:\w+\s+)?(?:vrij(?:gegeven|geven|te\s+geven)|geblokkeerd)",
    "pl": r"(?:odblokowa|zwolni)\w*\s+płatnoś\w*|płatnoś\w*\s+(?:jest\s+)?zablokowan\w*",
    "sv": r"frigör\w*\s+betalning\w*|betalningen\s+(?:\w+\s+)?frigörs",
    "tr": r"ödeme\w*\s+serbest|ödemeyi\s+alabil\w*",
    "ru": r"разблокир\w*\s+(?:оплат|деньг|средств)",
    "ar": r"تحرير\s+(?:ال)?(?:مبلغ|دفع)|يتم\s+تحويل\s+المبلغ",
    "ko": r"대금\s*(?:을\s*)?(?:받|정산)",
    "he": r"(?:שחרור|לשחרר\s+את)\s+(?:ה)?תשלום",
    "ja": r"代金(?:が|を)?(?:受け取|入金)",
    "zh": r"放款|回款",
}  # fmt: skip
CONFIRM_WHILE_TRAVELLING = linked_family(
    "order.confirm_receipt_early",
    CONFIRM_ANCHORS,
    {lang: [CONFIRM[lang]] for lang in CONFIRM},
    {lang: f"{ON_THE_WAY[lang]}|{PAYMENT_RELEASE[lang]}" for lang in CONFIRM},
    after=True,
    ahead=True,
    # … not the platform's reminder or automatic confirmation named ("لا داعي للقلق من رسالة التذكير بتأكيد الاستلام")
    unless={lang: _REMINDER_NAMED for lang in CONFIRM},
)

# Conditional refunds and thank-you gifts for reviews, in all sixteen languages (the grammar-based patterns of
# _phrases.py cover direct offers in eight).
INDIRECT_INCENTIVE = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in BENEFIT},
    {lang: _incentive(BENEFIT[lang], LINK[lang], REVIEW[lang]) for lang in BENEFIT},
)


# "Send us a screenshot of your review and we refund the shipping": proof of a posted review traded for money, the
# common form of a paid review (the review policy's "refund or reimbursement after the buyer writes a review").
SHOT = {
    "en": r"screen\s*shots?|screen\s+captures?", "de": r"screenshot\w*|bildschirmfoto\w*", "fr": r"capture\w*(?:\s+d'écran)?",
    "es": r"captura\w*(?:\s+de\s+pantalla)?|pantallazo", "it": r"screenshot|schermat\w*|cattur\w*", "pt": r"\bprint\w*|captura\w*|screenshot",
    "nl": r"screenshot\w*|schermafbeelding\w*", "pl": r"zrzut\w*(?:\s+ekranu)?|screenshot\w*|screen\w*", "sv": r"skärmdump\w*|skärmbild\w*|screenshot",
    "tr": r"ekran\s+görüntü\w*", "ru": r"скриншот\w*|скрин\w*", "ar": r"لقطة\s+(?:ال)?شاشة|سكرين\s*شوت|صورة\s+(?:من\s+)?(?:ال)?شاشة",
    "ko": r"캡처|캡쳐|스크린샷", "he": r"צילום\s+מסך", "ja": r"スクリーンショット|スクショ|画面キャプチャ|キャプチャ", "zh": r"截图|截圖|截屏",
}  # fmt: skip
SCREENSHOT_REWARD = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in SHOT},
    {
        lang: [
            near(
                f"{_chain(SHOT[lang], REVIEW[lang], gap=40)}|{_chain(REVIEW[lang], SHOT[lang], gap=80)}",
                BENEFIT[lang],
                90,
            )
        ]
        for lang in SHOT
    },
)

# "Customers who give us five stars receive a gift": a top rating, a receiving verb, a benefit, in one sentence.
STARS = {
    "en": r"\b(?:five|5)[\s-]*stars?\b",
    "de": r"(?:fünf|5)[\s-]*stern\w*",
    "fr": r"(?:cinq|5)\s+étoiles",
    "es": r"(?:cinco|5)\s+estrell(?:as|itas)",
    "it": r"(?:cinque|5)\s+stelle",
    "pt": r"(?:cinco|5)\s+estrel(?:as|inhas)|(?:cinco|5)\s+estrelinhas",
    "nl": r"(?:vijf|5)\s+ster(?:ren)?\b|(?:vijf|5)[-\s]?sterren(?:review|recensie|beoordeling)",  # "geef ons 5 ster" (batch AM)
    "pl": r"(?:pięć|5)\s+gwiazd\w*",
    "sv": r"(?:fem|5)\s+stjärn\w*",
    "tr": r"(?:beş|5)\s+yıldız\w*",
    "ru": r"(?:пять|5)\s+зв[её]зд\w*",
    "ar": r"(?:5|خمس)\s*(?:نجوم|نجمة|نجمات)",
    "ko": r"별\s*5|5\s*점|별점\s*5",
    "he": r"(?:5|חמישה)\s*כוכב(?:ים)?\b",
    "ja": r"星\s*5|5つ星|五つ星",
    "zh": r"五星",
}
GET = {
    "en": r"\b(?:get|gets|receive\w*|earn\w*|win\w*|enjoy\w*)\b", "de": r"erhalten|bekommen|erhält|bekommt|gibt\s+es",
    "fr": r"reçoi\w*|recevr\w*|gagne\w*|obtien\w*", "es": r"recib\w*|obtien\w*|gana\w*",
    "it": r"ricev\w*|ottien\w*|vinc\w*", "pt": r"receb\w*|ganh\w*", "nl": r"krijg\w*|ontvang\w*",
    "pl": r"otrzym\w*|dostaj\w*|dostan\w*", "sv": r"\bfår\b|erhåller", "tr": r"alır|kazan\w*", "ru": r"получ\w*",
    "ar": r"يحصل|تحصل|يحصلون", "ko": r"드립니다|드려요|받으", "he": r"יקבל\w*|מקבל\w*",
    "ja": r"差し上げ|進呈|贈呈|もらえ", "zh": r"领取|領取|获得|獲得|送",
}  # fmt: skip
TOP_RATING_REWARD = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] + {"ja": "|星", "zh": "|五星"}.get(lang, "") for lang in STARS},
    {lang: [_chain(STARS[lang], GET[lang], BENEFIT[lang], gap=40)] for lang in STARS}
    | {
        "en": [
            _chain(STARS["en"], GET["en"], BENEFIT["en"], gap=40),
            _chain(r"\breviewers?\b", GET["en"], BENEFIT["en"], gap=30),
            _chain(
                BENEFIT["en"],
                r"\bawaits?\b|\bfor\s+(?:everyone|anyone|all|those)\s+who\b",
                REVIEW["en"],
                gap=40,
            ),
            _chain(r"\breward\w*\s+(?:every|each|all|your|any)\b", REVIEW["en"], gap=25),
            _chain(REVIEW["en"], BENEFIT["en"], r"\bin\s+(?:return|exchange)\b", gap=40),
        ],
        "de": [
            _chain(STARS["de"], GET["de"], BENEFIT["de"], gap=40),
            _chain(REVIEW["de"], r"bedanken\s+wir\s+uns\s+mit", BENEFIT["de"], gap=30),
        ],
    },
)

# Paying the money back, in the words sellers use next to a removal ("devolvemos todo o dinheiro", "zwrócimy").
_GIVE_BACK = {
    "pt": r"|devolv\w*\s+(?:\w+\s+){0,2}?(?:dinheiro|valor)",
    "pl": r"|zwróc\w*",
    "es": r"|devoluci[oó]n\s+del\s+dinero",
}
# A benefit already given is no price: "now that the refund is done, could you remove …" is a plain request.
_DONE = (
    r"(?!\s*(?:is\s+done|has\s+been|was\s+(?:issued|sent|made|processed)|est\s+fait|a\s+été|ist\s+erfolgt|wurde|"
    r"fue\s+(?:hecho|realizado|emitido)|foi\s+(?:feito|realizado)|è\s+stato|"
    # done in the languages that mark it after the verb: "我们已经给您全额退款了，麻烦您把差评删掉", "返金済み", "환불 완료"
    # (blind batch EG, stop 44)
    r"了|済み|済|いたしました|しました|완료|해\s*드렸))"
)
# A refund or gift in the same sentence as taking a review away: the removal is its price (issue 12.6 round 3).
REMOVAL_INCENTIVE = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in REMOVE_BEFORE},
    {
        lang: [near(_removal(lang), f"(?>{BENEFIT[lang]}{_GIVE_BACK.get(lang, '')}){_DONE}", 90)]
        for lang in REMOVE_BEFORE
    },
)

# Raising the rating ("erhöhen Sie die Sterne", "alzare il voto", "별점 올려"): a change request in every language.
# Verbs that also mean "improve" or "upload" ("mejorar", "subir fotos a su reseña") are left out.
RAISE = {
    "de": r"\b(?:erhöh\w*|anheben|hochsetzen|aufwerten)\b", "fr": r"\b(?:remonter|remontez|augmenter|augmentez|relever|relevez|rehausser)\b",
    "es": r"\b(?:aumentar|aumente|elevar|eleve)\b", "it": r"\b(?:alzare|alzi|aumentare|aumenti)\b", "pt": r"\b(?:aumentar|aumente|elevar|eleve)\b",
    "nl": r"\b(?:verhog\w*|ophog\w*)\b", "pl": r"\b(?:podnie\w*|podwyższ\w*)", "sv": r"\bhöj\w*", "tr": r"(?:yükselt\w*|artır\w*)",
    "ru": r"(?:подним\w*|поднят\w*|повыс\w*|повыш\w*)", "ar": r"(?:رفع|ارفع|زيادة)", "ko": r"(?:올려|높여)", "he": r"(?:להעלות|העלו|תעלו)",
    "ja": r"(?:上げて|上げ)", "zh": r"(?:提高|提升|加星|改高)",
}  # fmt: skip
RAISE_CHANGE = family(
    "review.change",
    {lang: REVIEW_ANCHORS[lang] for lang in RAISE},
    {lang: [_chain(RAISE[lang], REVIEW[lang], gap=15)] for lang in RAISE}
    | {
        "ja": [_chain(REVIEW["ja"], RAISE["ja"], gap=8)],
        "ko": [_chain(REVIEW["ko"], RAISE["ko"], gap=8)],
        "tr": [_chain(REVIEW["tr"], RAISE["tr"], gap=15)],
        # verb-final clauses: "die Sterne in Ihrer Bewertung erhöhen", "uw beoordeling willen verhogen"
        "de": [_chain(RAISE["de"], REVIEW["de"], gap=15), _chain(REVIEW["de"], RAISE["de"], gap=25)],
        "nl": [_chain(RAISE["nl"], REVIEW["nl"], gap=15), _chain(REVIEW["nl"], RAISE["nl"], gap=25)],
    },
)

# Taking a review away is a change, in every language (the grammar-based patterns cover direct requests).
REMOVAL_CHANGE = family(
    "review.change",
    {lang: REVIEW_ANCHORS[lang] for lang in REMOVE_BEFORE},
    {lang: [_removal(lang)] for lang in REMOVE_BEFORE},
)


# "Your review … could you delete it?": the review named first, then a polite request to take it away or change it,
# with a pronoun or nothing for the object ("können Sie sie löschen", "¿podría eliminarla?", "能不能删一下").
POLITE = {
    "en": r"\b(?:please|kindly|could\s+you|would\s+you|can\s+you|will\s+you|would\s+it\s+be\s+possible\s+to)\b",
    "de": r"\b(?:bitte|könnten\s+sie|würden\s+sie|können\s+sie|möchten\s+sie)\b",
    "fr": r"\b(?:pourriez[-\s]vous|pouvez[-\s]vous|vous\s+pourriez|merci\s+de|veuillez|s'il\s+vous\s+pla[iî]t|svp)\b",
    "es": r"\b(?:podr[ií]a|puede|por\s+favor|le\s+pedimos|le\s+rogamos)\b",
    "it": r"\b(?:potrebbe|pu[oò]|per\s+favore|le\s+chiediamo|la\s+preghiamo|la\s+prego|ti\s+prego)\b",
    "pt": r"\b(?:poderia|pode|por\s+favor|pedimos)\b",
    "nl": r"\b(?:kunt\s+u|zou\s+u|wilt\s+u|alstublieft)\b",
    "pl": r"\b(?:czy\s+mógłby|czy\s+mogłaby|czy\s+może|prosimy|proszę)\b",
    "sv": r"\b(?:kan\s+du|skulle\s+du|snälla|vänligen)\b",
    "tr": r"(?:lütfen|rica\s+ediyoruz|misiniz|mısınız)",
    "ru": r"(?:пожалуйста|не\s+могли\s+бы\s+вы|просим|можете|прошу)",
    "ar": r"(?:يرجى|هل\s+يمكنك|نرجو|من\s+فضلك)",
    "he": r"(?:בבקשה|האם\s+תוכל|נבקש|אנא)",
    "zh": r"(?:请|請|麻烦|麻煩|能不能|能否|可以|帮忙|幫忙)",
}
# The verb and its object: a pronoun (or clitic) for the review where the verb is also an everyday one ("please
# update it", "¿podría eliminarla?"), the bare verb where it can only mean taking something away (удалите, 删).
_TAKE_OR_CHANGE = {
    "en": r"\b(?:remove|delete|withdraw|retract|take|get\s+rid\s+of|pull|hide|change|edit|update|revise|amend|modify|cancel)\s+"
    r"(?:it|this|that|them)\b",
    "de": r"\b(?:sie|diese|das)\s+(?:\w+\s+)?(?:zu\s+)?(?:löschen|entfernen|ändern|anpassen|zurückziehen|zurücknehmen|korrigieren|"
    r"bearbeiten)\b|\b(?:löschen|entfernen|ändern)\s+sie\s+(?:sie|diese)\b",
    "fr": r"\b(?:la|le|les)\s+(?:supprimer|retirer|modifier|changer|enlever|effacer|corriger)\b|"
    r"\b(?:supprimez|retirez|modifiez|changez|enlevez)[-\s](?:la|le|les)\b",
    "es": r"\b(?:eliminar|borrar|quitar|retirar|cambiar|modificar|corregir|editar)(?:la|lo|las|los)\b|"
    r"\b(?:la|lo)\s+(?:elimine|borre|quite|retire|cambie|modifique|corrija|edite)\b|"
    r"\b(?:la|lo)\s+(?:pod[eé]s|puede|puedes|podr[ií]as?)\s+(?:cambiar|borrar|quitar|editar|modificar|eliminar)\b",
    "it": r"\b(?:eliminar|cancellar|rimuover|toglier|modificar|cambiar|corregger)(?:la|lo)\b|"
    r"\b(?:la|lo)\s+(?:elimini|cancelli|rimuova|tolga|modifichi|cambi|corregga)\b",
    "pt": r"\b(?:remov|apag|exclu|alter|mud|corrig|edit)\w*-(?:la|lo)\b",
    "nl": r"\b(?:het|deze|die)\s+(?:\w+\s+)?(?:verwijderen|aanpassen|wijzigen|intrekken|weghalen)\b",
    "pl": r"\b(?:ją|go)\s+(?:usunąć|zmienić|poprawić|edytować)|\b(?:usunąć|zmienić|poprawić|usuń|zmień)\s+(?:ją|go)\b",
    "sv": r"\b(?:ta\s+bort|ändra|radera|uppdatera)\s+(?:den|det)\b",
    "ru": REMOVE_BEFORE["ru"]
    + r"|(?:его|её|ее)\s+(?:изменить|исправить)|(?:изменить|исправить)\s+(?:его|её|ее)",
    "ar": REMOVE_BEFORE["ar"],
    "he": REMOVE_BEFORE["he"],
    "zh": REMOVE_BEFORE["zh"] + r"|改(?:一下|掉|成|为|為)|修改|更改",
}
POLITE_TAKE = {
    lang: _chain(REVIEW[lang], POLITE[lang], _TAKE_OR_CHANGE[lang], gap=50) for lang in _TAKE_OR_CHANGE
} | {
    # the request marker comes after the verb in Japanese and Korean
    "ja": _chain(
        REVIEW["ja"],
        r"(?:削除|取り下げ|変更|修正|消して|見直|ご検討|ご再考|再考|よしなに)",
        r"いただけ|頂け|ください|下さい|お願い",
        gap=20,
    ),
    "ko": _chain(REVIEW["ko"], r"(?:삭제|수정|지워|변경|내려|바꿔|올려)", r"주시|주실|주세요|부탁", gap=15),
    "tr": _chain(REVIEW["tr"], REMOVE_BEFORE["tr"], POLITE["tr"], gap=20),
}
POLITE_CHANGE = family(
    "review.change",
    {lang: REVIEW_ANCHORS[lang] for lang in POLITE_TAKE},
    {lang: [p] for lang, p in POLITE_TAKE.items()},
)
POLITE_INCENTIVE = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in POLITE_TAKE},
    {lang: [near(p, f"(?>{BENEFIT[lang]}){_DONE}", 90)] for lang, p in POLITE_TAKE.items()},
)

# Removal asked without a removal verb: the review "no longer visible", "went away", "not online any more", or
# made to "reflect the solution" (issue 12.6 round 4: the indirect wording sellers use to stay under filters).
NO_LONGER = {
    "en": r"\bno\s+longer\s+(?:visible|shown|show(?:s|ing)?|appears?|appearing|online|up)\b|\bnot\s+(?:be\s+)?(?:visible|shown|online)\s+"
    r"(?:any\s*more|anymore)\b|\b(?:went|goes)\s+away\b",
    "de": r"nicht\s+mehr\s+(?:sichtbar|zu\s+sehen|online|angezeigt)",
    "fr": r"\bne\s+(?:soit|sera|serait)\s+plus\s+(?:visible|en\s+ligne|affiché\w*)|n'(?:apparaisse|apparaît)\s+plus",
    "es": r"\bya\s+no\s+(?:aparezca|aparece|sea\s+visible|est[eé]\s+visible|se\s+vea)\b",
    "it": r"\bnon\s+(?:sia|fosse)\s+più\s+visibile|\bnon\s+(?:compaia|appaia)\s+più",
    "pt": r"\bn[ãa]o\s+(?:apare[çc]a|fique\s+vis[íi]vel|esteja\s+vis[íi]vel)\s+mais|\bdeixe\s+de\s+aparecer",
    "nl": r"\bniet\s+meer\s+(?:zichtbaar|te\s+zien|online)",
    "pl": r"\bnie\s+(?:była|był|będzie)\s+(?:już\s+)?widoczn\w*",
    "sv": r"\binte\s+längre\s+(?:syns|är\s+synlig|visas)",
    "tr": r"artık\s+görünme\w*",
    "ru": r"больше\s+не\s+(?:висел\w*|висит|отображал\w*|отображается|видн\w*)",
    "ar": r"لا\s+(?:يظهر|تظهر)\s+بعد\s+الآن",
    "ko": r"보이지\s*않게|숨김\s*처리",
    "he": r"לא\s+(?:יופיע|תופיע)\s+יותר",
    "ja": r"表示されないように|見えないように|なかったことに",
    "zh": r"不再显示|不再顯示|帮忙处理|幫忙處理|处理一下|處理一下|处理掉|處理掉",
}
# A wish or a condition before the review word: "once your feedback is no longer visible" asks, "your review no
# longer appears because the listing was merged" reports.
WISH = {
    "en": r"\b(?:if|once|as\s+soon\s+as|when|until|so\s+that|would|could|can|hope|wish|please|kindly)\b",
    "de": r"\b(?:wenn|falls|sobald|damit|wäre|würde\w*|hoffen|bitte|könnten)\b",
    "fr": r"\b(?:si|dès\s+que|quand|lorsque|une\s+fois|pour\s+que|afin\s+que|serait|souhait\w*|espér\w*|pourriez)\b",
    "es": r"\b(?:si|cuando|en\s+cuanto|para\s+que|ayudar[ií]a|ojal[aá]|podr[ií]a|esperamos)\b",
    "it": r"\b(?:se|quando|appena|affinché|sarebbe|speriamo|potrebbe)\b",
    "pt": r"\b(?:se|quando|assim\s+que|para\s+que|seria|esperamos|poderia)\b",
    "nl": r"\b(?:als|zodra|wanneer|zou|hopen|kunt)\b", "pl": r"\b(?:jeśli|gdy|kiedy|aby|żeby|byłoby|prosimy)\b",
    "sv": r"\b(?:om|när|så\s+att|skulle|hoppas)\b", "tr": r"(?:eğer|rsa|rse|lütfen)",
    "ru": r"(?:если|когда|чтобы|как\s+только|будем\s+благодарны|просим|пожалуйста)",
    "ar": r"(?:إذا|اذا|عندما|لكي|يرجى|نرجو)", "he": r"(?:אם|כאשר|בבקשה|נשמח)",
    "ko": r"", "ja": r"", "zh": r"",
}  # fmt: skip


def _wished(lang: str, pattern: str) -> str:
    """``pattern`` preceded by a wish or condition in its sentence (Japanese, Korean, Chinese forms carry their own)."""
    return _chain(WISH[lang], f"(?:{pattern})", gap=60) if WISH[lang] else pattern


REFLECT = {
    "en": r"\b(?:reflect|reflects|reflecting|match|matches)\b",
    "de": r"widerspiegel\w*|\bspiegel\w*", "fr": r"\brefl[eè]t\w*", "es": r"\brefle[jx]\w*", "it": r"\briflett\w*|\brispecchi\w*",
    "pt": r"\breflit\w*|\brefletir\b", "nl": r"\bweerspiegel\w*", "pl": r"\bodzwierciedl\w*", "sv": r"\bspegl\w*",
    "ru": r"отража\w*|отразил\w*|отразить|отразит",
}  # fmt: skip
SOLVED = {
    "en": r"\b(?:solution|resolution|fix|replacement|refund|outcome|new\s+experience|current\s+experience|resolved|solved|fixed)\b",
    "de": r"lösung|ersatz|erstattung|gelöst|behoben", "fr": r"solution|remplacement|remboursement|résolu",
    "es": r"soluci[oó]n|reemplazo|reembolso|resuelto", "it": r"soluzione|sostituzione|rimborso|risolto",
    "pt": r"solu[çc][ãa]o|substitui[çc][ãa]o|reembolso|resolvido", "nl": r"oplossing|vervanging|terugbetaling|opgelost",
    "pl": r"rozwiązani\w*|wymian\w*|zwrot\w*", "sv": r"lösning\w*|ersättning|återbetalning|löst",
    "ru": r"решени\w*|замен\w*|возврат\w*|решен\w*",
}  # fmt: skip
NO_LONGER_INCENTIVE = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in NO_LONGER},
    {
        lang: [
            near(
                _wished(lang, _chain(REVIEW[lang], NO_LONGER[lang], gap=40)),
                f"(?>{BENEFIT[lang]}){_DONE}",
                90,
            )
        ]
        for lang in NO_LONGER
    },
)
NO_LONGER_CHANGE = family(
    "review.change",
    {lang: REVIEW_ANCHORS[lang] for lang in NO_LONGER},
    {lang: [_wished(lang, near(REVIEW[lang], NO_LONGER[lang], 60))] for lang in NO_LONGER}
    | {
        lang: [
            _wished(lang, near(REVIEW[lang], NO_LONGER[lang], 60)),
            _wished(lang, _chain(REVIEW[lang], REFLECT[lang], SOLVED[lang], gap=40)),
        ]
        for lang in REFLECT
    },
)

REVIEW_CHANGE_INTL = family(
    "review.change",
    CHANGE_ANCHORS
    | {
        "en": "review|feedback|rating|comment|stars|star ",  # "star " by substring: the stem would open every "start"
        "de": "bewert|rezension|sterne|kommentar|feedback",
        "fr": "avis|note|évaluation",
        "es": "reseña|valoraci|opini|calificaci",
        "it": "recension|valutazion",
        "pt": "avalia|opini",
        "ja": "レビュー|評価",
        "zh": "评价|評價|差评|差評|中评|中評|评论|評論|评分|評分|追评",
    },
    {
        **{lang: [near(CHANGE[lang], REVIEW[lang], 30)] for lang in CHANGE},
        "en": [
            r"\b(?:reviews?|feedback|ratings?|comments?)\s+(?:\w+\s+){0,3}?(?:disappear|go\s+away|vanish|be\s+gone|is\s+gone)",
            # "make the 1 star disappear" (round 7: a star count names the review too)
            r"\b(?:make|let|get)\s+(?:the|your|that)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|feedback|ratings?|comments?|stars?)\s+"
            r"(?:disappear|go\s+away|vanish)",
            r"\b(?:raise|increase|bump|upgrade|improve|lift|boost)\s+(?:up\s+)?(?:your|the|that)\s+(?:\w+\s+){0,2}?"
            r"(?:reviews?|ratings?|feedback|stars?)",
            r"\b(?:take|taking)\s+(?:your|the|that)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|feedback|ratings?|comments?)\s+"
            r"(?:(?:of|for|on)\s+(?:the|your|this|our)\s+[\w-]+\s+)?(?:down|off)",
            # "reconsider the comment you left" (round 7, the WSJ/Auxtun e-mail: "reconsider deleting comments")
            # "would you mind posting an updated review?" (round 7)
            r"\b(?:post|leave|write|submit|share|give)\w*\s+(?:us\s+)?(?:an?\s+|your\s+)?(?:updated|revised|amended|corrected)\s+"
            r"(?:reviews?|ratings?|feedback)\b",
            r"\b(?:revisit|rethink|reconsider|re-evaluate|reevaluate|re-rate|rerate)\s+(?:your|the|that)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:reviews?|ratings?|feedback|stars?|comments?)",
            r"\b(?:take|have)\s+(?:another|a\s+second|a\s+fresh|a\s+new)\s+look\s+at\s+(?:your|the|that)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:reviews?|ratings?|feedback)",
            # "the comment you left … is not fair, kindly take it down": the request names the review by a pronoun.
            _chain(
                r"\b(?:reviews?|feedback|ratings?|comments?)\b",
                r"\b(?:please|kindly|could\s+you|would\s+you|can\s+you)\s+(?:\w+\s+)?(?:take|remove|delete|withdraw|edit|"
                r"change|update|revise)\s+(?:it|this|that)\b",
                gap=80,
            ),
            r"\b(?:reviews?|ratings?|feedback)\s+(?:\w+\s+){0,3}?(?:reflects?|reflecting)\s+(?:the|our|this|that)\s+"
            r"(?:\w+\s+){0,2}?(?:solution|resolution|fix|replacement|refund|outcome)",
            # "anything we could do to earn that fifth star" (the buyer gave four; batch AC)
            r"\b(?:earn|get|win)\s+(?:back\s+)?(?:that|the|this)\s+(?:fifth|5th|missing|last|remaining)\s+star\b",
        ],
        "de": [
            r"\b(?:bewertung|rezension|kommentar|feedback)\w*\s+(?:\w+\s+){0,3}?(?:zu\s+)?(?:bearbeiten|überarbeiten|ändern|löschen|"
            r"entfernen|anpassen|aktualisieren|korrigieren)\b",
            r"\bbewertung\w*\s+(?:\w+\s+){0,3}?(?:verschwinden|weg)\b",
            r"\bsterne\s+(?:\w+\s+){0,2}?erhöhen",
        ],
        "fr": [
            r"\b(?:avis|note|évaluation)\s+(?:\w+\s+){0,3}?(?:disparaître|disparaitre)",
            r"\bremonter\s+(?:votre|la)\s+note",
        ],
        "es": [
            r"\b(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)\s+(?:\w+\s+){0,3}?desaparec\w*",
            r"\bsubir\s+(?:su|la|tu)\s+(?:calificaci[oó]n|valoraci[oó]n)",
            # "súbele las estrellitas a tu calificación" (batch AD)
            r"\bs[uú]b(?:ele|anle|ir(?:le)?|a|e)\s+(?:las\s+)?(?:estrellas|estrellitas)\b",
        ],
        "it": [r"\b(?:recensione|valutazione)\s+(?:\w+\s+){0,3}?(?:sparire|scompa\w*)"],
        "pt": [
            r"\b(?:avalia[çc][ãa]o|opini[ãa]o)\s+(?:\w+\s+){0,3}?(?:sumir|desaparec\w*)",
            r"\b(?:aumentar|subir)\s+(?:sua|a)\s+(?:nota|avalia[çc][ãa]o)",
        ],
        "ja": [
            r"(?:レビュー|評価)[^.!?。！？\n]{0,10}(?:上げて|消して|取り下げ)",
            r"(?:レビュー|評価)(?:の内容|内容)?(?:を|の)?(?:更新|修正|変更|見直|書き直|編集)",
        ],
        "zh": [
            r"(?:评价|評價|差评|差評|中评|中評|评论|評論)[^.!?。！？\n]{0,6}(?:改(?!进|進|善)|删|刪|撤|追加好评|追評|更新一下)",
            r"(?:更新|修改|编辑|編輯|调整|調整)(?:一下)?(?:您的|你的)?(?:评价|評價|评论|評論|评分|評分)",
            # "帮忙改一下评价", "在您原来的评论里补充说明一下" (batch AC)
            r"(?<![修更])改(?:一下|下)(?:您的|你的)?(?:评价|評價|评论|評論|评分|評分|差评|差評|中评|中評)",
            r"(?:原来的|原來的|之前的)(?:评论|評論|评价|評價)(?:里|裡|中)?(?:补充|補充|追加)",
            # a follow-up review asked after the fix ("方便的话追评一下，说明一下已经解决了", batch AD)
            r"追评(?:一下|下)",
        ],
    },
)

OFFPLATFORM_ORDERING = family(
    "offplatform.payment",
    # The rare word of each pattern ("website", "directly", "friends"), not the common verb ("order", "buy").
    {
        "en": "pay|website|site|web|online|store|shop|friends|platform|marketplace|direct|paypal|venmo|zelle|cash app|bank|wise|revolut"
        "|payoneer|skrill",
        "de": "direkt|günstiger|billiger|freunde|shop|website|webseite|seite|homepage|onlineshop|webshop",
        "fr": "directement|site|boutique|proches",
        "es": "directamente|web|página|pagina|tienda|sitio|depósit|deposit|oxxo|nos transfier",
        "it": "direttamente|sito|negozio",
        "pt": "diret|site|loja|pix|cnpj|cpf",
        "nl": "rechtstreeks|direct|website|site|webshop|winkel|goedkoper|tikkie|paypal|bankoverschrijving",
        "pl": "zapłać|zaplac|przelej|wpłać|stronie|sklepie|witrynie|sklep|stronę|taniej|blik|blikiem|paypal|przelewem|bezpośrednio",
        "sv": "direkt|hemsida|webbplats|webbshop|webbutik|nätbutik|butik|billigare|swish|swisha",
        "tr": "doğrudan|direkt|sitemiz|mağazamız|web sitemiz",
        "ru": "оплатите|переведите|платите|сайт|магазин|дешевле",
        "ar": "مباشرة|موقعنا",
        "ko": "입금|송금|계좌|무통장|홈페이지|사이트|쇼핑몰|스토어|자사몰",
        "he": "ישירות|ישר|אתר|בביט|בפייבוקס|bit|paybox",
        "ja": "直接|じかに|ホームページ|サイト|ウェブサイト|ネットショップ|オンラインストア|オンラインショップ",
        "zh": "官网|官網|网站|網站|网店|網店|独立站|獨立站|转账|轉賬|打款|汇款|匯款|付款|平台|直接",
    },
    {
        "en": [
            r"\bpay(?:ing)?\s+(?:us|me)\s+directly\b",
            r"\b(?:send|make|transfer)\s+(?:the\s+)?payment\s+(?:directly\s+)?to\s+(?:us|me|our|my)\b",
            r"\b(?:order|buy|purchase)\s+(?:it\s+|them\s+|again\s+)?(?:directly\s+|straight\s+)?(?:on|from|through|via|at)\s+our\s+"
            r"(?:own\s+)?(?:website|site|web\s*shop|web\s*store|online\s+(?:shop|store)|store|shop)",
            r"\b(?:cheaper|less|lower\s+price|better\s+price|discount\w*|save)\s+(?:\w+\s+){0,4}?(?:on|at|via|through|from)\s+"
            r"our\s+(?:own\s+)?(?:website|site|webshop|web\s+shop|online\s+(?:shop|store)|shop|store)",
            r"\bfriends\s+(?:and|&)\s+family\b",
            r"\b(?:to|into|via)\s+(?:our|my)\s+(?:paypal|venmo|zelle|cash\s*app|bank\s+account|wise|revolut|payoneer|skrill)\b",
            r"\b(?:pay|send|transfer)\s+(?:\S+\s+){0,4}?directly\s+to\s+(?:me|us|our|my)\b",
            r"\bour\s+(?:own\s+)?(?:website|site|webshop|web\s*shop|web\s*store|online\s+(?:shop|store)|shop|store)\s+(?:\S+\s+){0,6}?"
            r"(?:cheaper|for\s+less|at\s+a\s+lower\s+price|lower\s+prices?|better\s+prices?)",
            r"\b(?:avoid|skip|save|bypass)\s+(?:the\s+)?(?:platform|marketplace)(?:'s)?\s+fees?",
            r"\b(?:outside|off)\s+(?:of\s+)?the\s+(?:platform|marketplace)\b",
            r"\bdirect\s+(?:deal|order|payment|bank\s+transfer|transfer)\b",
        ],
        "de": [
            r"\b(?:direkt|günstiger|billiger)\s+(?:\w+\s+){0,3}?(?:in\s+unserem\s+(?:shop|onlineshop|webshop)|"
            r"auf\s+unserer\s+(?:website|webseite|seite|homepage)|über\s+unsere\s+(?:website|webseite|seite))",
            # "direkt bei uns" is ordering only with a buying word: "wird direkt bei uns im Lager geprüft" is none.
            r"\b(?:günstiger|billiger)\s+(?:\w+\s+){0,3}?bei\s+uns\b",
            r"\bdirekt\s+(?:\w+\s+){0,3}?bei\s+uns\b(?=[^.!?\n]{0,40}?(?:kauf|bestell|bezahl|zahl|überweis|erhältlich|"
            r"bekommen|beziehen|günstiger|billiger|preis|rabatt|ordern))",
            r"\b(?:kauf|bestell|bezahl|zahl|überweis|bezieh|order)(?!ung)\w*\s+(?:\S+\s+){0,5}?direkt\s+(?:\w+\s+){0,2}?"
            r"bei\s+uns\b",
            # not the carrier or customs paid at the door ("die Zollgebühr zahlen Sie direkt an DHL", round 6)
            r"\b(?:bezahlen|zahlen|überweisen)\s+sie\s+(?:\w+\s+){0,2}?direkt\b(?!\s+(?:an|bei|beim)\s+(?:den\s+|die\s+|der\s+|dem\s+)?"
            r"(?:zusteller|kurier|paketbot|spedit|zoll|dhl|ups|dpd|gls|hermes|post|fedex|transport|liefer|versanddienst|boten))",
            r"\bdirekt\s+an\s+uns\s+(?:zahlen|überweisen|bezahlen)",
            r"\bdirekt\s+über\s+unser\w*\s+(?:webshop|onlineshop|shop|website|webseite|seite|homepage)",
            r"\b(?:bestellen|kaufen)\s+sie\s+(?:\w+\s+){0,2}?(?:direkt\s+)?(?:bei\s+uns|in\s+unserem\s+(?:eigenen\s+)?"
            r"(?:online|web)?shop|auf\s+unserer\s+(?:eigenen\s+)?(?:website|webseite|seite))",
            r"\bfreunde\s+(?:und|&)\s+familie",
        ],
        "fr": [
            r"\bpay(?:ez|er)[-\s](?:nous\s+)?directement",
            r"\b(?:commandez|commander|achetez|acheter)\s+(?:\w+\s+){0,2}?(?:directement\s+)?sur\s+notre\s+(?:site|boutique)",
            r"\bmoins\s+ch[eè]re?s?\s+sur\s+notre\s+(?:propre\s+)?(?:site|boutique)",
            r"\b(?:passez|passer|commandez|achetez)\s+(?:\w+\s+){0,2}?(?:directement\s+)?(?:(?:par|sur|via)\s+notre\s+"
            r"(?:propre\s+)?(?:site|boutique)|chez\s+nous\b)",
            r"\bnotre\s+(?:propre\s+)?(?:site|boutique)\s+(?:\S+\s+){0,6}?(?:moins\s+cher|meilleur\s+prix)",
            r"\bentre\s+proches\b",
        ],
        "es": [
            r"\bp[aá]g(?:uenos|ueme|arnos|arme|ar|a|ue)\s+directamente",
            r"\b(?:compre|comprar|pida|pedir|haga\s+(?:el|su)\s+pedido)\s+(?:\w+\s+){0,2}?(?:directamente\s+)?(?:en|desde)\s+"
            r"nuestra\s+(?:web|p[aá]gina|tienda)",
            r"\bm[aá]s\s+barat[oa]s?\s+en\s+nuestr[oa]\s+(?:propi[oa]\s+)?(?:web|p[aá]gina|tienda|sitio)",
            r"\bdep[oó]sit\w*\s+(?:\w+\s+){0,2}?(?:directo|directamente|por\s+oxxo|a\s+nuestra\s+cuenta)|\b(?:por|en)\s+oxxo\b",
            # "Si nos transfiere el importe a la cuenta ES21 …" (stop 50 probes)
            r"\bnos\s+transfier\w*\s+(?:\w+\s+){0,3}?a\s+(?:la|nuestra|esta)\s+cuenta\b",
        ],
        "it": [
            r"\bpag(?:ateci|are|ar\w+|ami|hi|ate)\s+direttamente",
            r"\b(?:ordin|acquist|compr)\w*\s+(?:\w+\s+){0,2}?(?:direttamente\s+)?(?:sul|dal|nel)\s+nostro\s+(?:\w+\s+)?"
            r"(?:sito|negozio|shop|e-?shop)",
            r"\b(?:più\s+economic[oi]|cost(?:a|ano)\s+meno|prezz[oi]\s+miglior[ei])\s+(?:sul|nel|dal)\s+nostro\s+(?:sito|negozio)",
        ],
        "pt": [
            r"\bpag(?:ue|ar|amento)\s+(?:\w+\s+)?diret(?:o|amente)\b",
            r"\b(?:compre|comprar|pe[çc]a|fa[çc]a\s+o\s+pedido)\s+(?:\w+\s+){0,2}?(?:diret(?:o|amente)\s+)?(?:no|na|em|pelo|pela)\s+"
            r"(?:nosso|nossa)\s+(?:pr[óo]pri[oa]\s+)?(?:site|loja)",
            r"\bmais\s+barato\s+no\s+nosso\s+site",
            r"\b(?:via|por|no|pelo)\s+pix\b|\bchave\s+pix\b",
            # "faz TED pro CNPJ da empresa" (stop 50 probes)
            r"\b(?:ted|doc|pix|transfer[êe]ncia|dep[óo]sito)\s+(?:pro|pra|para\s+o|no|ao)\s+(?:nosso\s+)?(?:cnpj|cpf)\b",
        ],
        "nl": [
            r"\b(?:betaal|betalen|maak\s+over)\s+(?:\w+\s+){0,2}?(?:rechtstreeks|direct)\s+(?:aan|naar)\s+ons",
            r"\b(?:bestel|bestellen|koop|kopen)\s+(?:\w+\s+){0,3}?(?:rechtstreeks\s+|direct\s+)?(?:via|op|in|bij)\s+onze\s+"
            r"(?:eigen\s+)?(?:website|site|webshop|winkel)",
            r"\bgoedkoper\s+(?:\w+\s+){0,2}?(?:via|op|in)\s+onze",
            r"\bvia\s+(?:paypal|tikkie|bankoverschrijving)",
        ],
        "pl": [
            r"(?:zapłać|zaplac|przelej|wpłać)\s+(?:\w+\s+){0,2}?(?:bezpośrednio|nam)",
            # "zamów", "kupić" — not the noun inside "na kolejne zakupy w naszym sklepie" (a coupon for the store, batch V)
            r"\b(?:zamów\w*|zamawia\w*|kup\w*)\s+(?:\w+\s+){0,2}?(?:bezpośrednio\s+)?(?:na|w|przez)\s+(?:naszej|naszym|nasz)\s+"
            r"(?:stronie|sklepie|witrynie|sklep|stronę)",
            r"\btaniej\s+(?:\w+\s+){0,2}?(?:na|w)\s+(?:naszej|naszym)",
            r"\b(?:przez|na|blikiem)\s+(?:blik|paypal)|\bprzelewem\s+na\s+(?:nasze|moje)\s+konto",
        ],
        "sv": [
            r"\bbetala\s+(?:\w+\s+){0,2}?direkt\s+till\s+(?:oss|mig)",
            r"\b(?:beställ|köp)\w*\s+(?:\w+\s+){0,2}?(?:direkt\s+)?(?:på|via|från|i)\s+vår\s+(?:egen\s+)?"
            # not "i vår butik här" (the shop's store on the platform, batch AQ)
            r"(?:hemsida|webbplats|webbshop|webbutik|nätbutik|butik)(?!\s+här\b)",
            r"\bbilligare\s+(?:\w+\s+){0,2}?(?:på|via)\s+vår",
            r"\bvia\s+swish\b|\bswisha\b",
        ],
        "tr": [
            r"(?:doğrudan|direkt)\s+(?:bize\s+|bana\s+)?(?:ödeme|öde\w*|havale|eft|iban)",
            r"(?:web\s+sitemiz|sitemiz|mağazamız)(?:den|dan|de|da)\s+(?:\w+\s+){0,3}?(?:sipariş|satın|alın|alabilir|ucuz)",
            r"(?:sitemiz|mağazamız)\w*\s+(?:\w+\s+){0,3}?daha\s+ucuz",
        ],
        "ru": [
            r"(?:оплатите|переведите|платите)\s+(?:\S+\s+){0,2}?(?:напрямую|нам\s+на\s+карту|на\s+карту|на\s+наш\s+сч[её]т)",
            r"(?:закажите|заказывайте|купите|покупайте)\s+(?:\S+\s+){0,2}?(?:напрямую\s+)?(?:на|в|через)\s+наш\w*\s+"
            r"(?:сайт\w*|магазин\w*)",
            r"дешевле\s+(?:\S+\s+){0,2}?(?:на|в|через)\s+наш\w*",
        ],
        "ar": [
            r"(?:ادفع|الدفع|حول|تحويل)\s+(?:\S+\s+){0,2}?(?:مباشرة|مباشرة)",
            r"(?:اطلب|اشتر|اشتري|الطلب)\s+(?:\S+\s+){0,2}?(?:من|عبر|على)\s+موقعنا",
            r"أرخص\s+(?:\S+\s+){0,2}?(?:من|على|عبر|في)\s+موقعنا",
            # "موقعنا الإلكتروني فيه نفس المنتجات بسعر أقل" (stop 50 probes)
            r"موقعنا\s+(?:\S+\s+){0,6}?(?:بسعر\s+أقل|أرخص)",
        ],
        "ko": [
            r"(?:직접|바로)\s*(?:입금|송금|결제|계좌)",
            r"계좌\s*이체|무통장\s*입금",
            r"(?:저희|우리)\s*(?:홈페이지|사이트|쇼핑몰|스토어|자사몰)(?:에서|로)\s*(?:\S+\s*){0,2}?(?:주문|구매|구입|결제)",
            r"(?:홈페이지|사이트|쇼핑몰|자사몰)(?:에서|로)\s*(?:\S+\s*){0,3}?(?:더\s*)?(?:싸|저렴)",
        ],
        "he": [
            r"(?:לשלם|שלמו|תשלום|העבירו|העברה)\s+(?:\S+\s+){0,2}?(?:ישירות|ישר\s+אלינו)",
            r"(?:להזמין|\S{0,2}זמינו|לקנות|\S?קנו)\s+(?:\S+\s+){0,2}?(?:ישירות\s+)?(?:ב|מ|דרך\s+)?(?:ה)?אתר\s+שלנו",
            r"(?:בביט|בפייבוקס|ב-?bit|ב-?paybox)",
        ],
        "ja": [
            r"(?:当店|弊社|当社|自社|私たち)の?(?:公式)?(?:ホームページ|サイト|公式サイト|自社サイト|ウェブサイト|ネットショップ|オンラインショップ|オンラインストア|通販サイト)(?:で|から)[^.!?。！？\n]{0,20}"
            r"(?:購入|注文|お買い|買|安)",
            r"(?<!配送業者へ)(?<!配送業者に)(?<!運送会社へ)(?<!運送会社に)(?<!配達員へ)(?<!配達員に)(?<!税関へ)(?:直接|じかに)(?:振込|振り込|お支払|支払|送金|取引|お取引|ご注文|ご購入)",
        ],
        "zh": [
            r"(?:在|到|去)(?:我们|我們|我)的?(?:官网|官網|网站|網站|网店|網店|独立站|獨立站)[^.!?。！？\n]{0,6}"
            r"(?:下单|下單|购买|購買|买|買|订购|訂購|更便宜|便宜)",
            r"(?:直接|私下)(?:转账|轉賬|付款|打款|汇款|匯款)",
            r"(?:官网|官網|网站|網站)[^.!?。！？\n]{0,10}(?:更便宜|便宜|更优惠|更優惠)",
            r"(?:绕过|繞過|避开|避開|不走)平台",
            r"直接(?:找|跟|和)(?:我们|我們|我)(?:下单|下單|买|買|订购|訂購|付款)",
        ],
    },
)


# Asking for the top mark without naming stars ("a top rating", "Bestnote", "note maximale", "満点"), a top star count
# in the languages of _POSITIVE, and steering unhappy buyers away from the review ("contact us first instead of
# leaving a review"): the review policy forbids asking only for positive reviews and diverting negative ones
# (sellercentral help E8SYAZUBGVFBHCH; Communication Guidelines G1701), issue 12.6 round 4.
TOP_MARKS = {
    "en": r"\b(?:top|full|highest|maximum|max|perfect)\s+(?:ratings?|marks|scores?|stars)\b",
    "de": r"\bbestnote\w*|\bvolle\s+punktzahl|\bhöchst(?:e|en)?\s*(?:bewertung|punktzahl|note)|\bvolle\s+(?:sterne|punkte)",
    "fr": r"\bnote\s+(?:maximale|maximum|parfaite)|\bmeilleure\s+note",
    "es": r"\bm[aá]xima\s+(?:puntuaci[oó]n|calificaci[oó]n|valoraci[oó]n|nota)|\b(?:puntuaci[oó]n|calificaci[oó]n|nota)\s+m[aá]xima",
    "it": r"\bpunteggio\s+(?:pieno|massimo)|\bmassimo\s+(?:dei\s+voti|punteggio)|\bvalutazione\s+massima",
    "pt": r"\b(?:nota|avalia[çc][ãa]o|pontua[çc][ãa]o)\s+m[aá]xima|\bnota\s+(?:10|dez)\b",
    "nl": r"\bhoogste\s+(?:score|beoordeling|waardering|cijfer)|\bvolle\s+(?:punten|sterren)",
    "pl": r"\bnajwyższ\w*\s+ocen\w*|\bmaksymaln\w*\s+ocen\w*",
    "sv": r"\bhögsta\s+betyg\w*|\bfullt\s+betyg",
    "tr": r"\btam\s+puan|\ben\s+yüksek\s+puan",
    "ru": r"(?:высш|максимальн)\w*\s+(?:оценк|балл)\w*",
    "ar": r"أعلى\s+تقييم|العلامة\s+الكاملة|(?:تقيمنا|تقيمنا|قيمنا|قيمنا)\s+فقط\s+(?:إذا|اذا|عندما|لو)",  # "rate us only if …" (batch V)
    "ko": r"만점|최고\s*점수|최고\s*평점",
    "he": r"ציון\s+מלא|הדירוג\s+הגבוה",
    "ja": r"満点|最高評価|最高の評価",
    "zh": r"满分|滿分|最高(?:评价|評價|分)",
}
TOP_MARKS_ANCHORS = {
    "en": "top|full|highest|maximum|max|perfect", "de": "bestnote|punktzahl|höchst|volle", "fr": "note|meilleure",
    "es": "máxima|maxima|puntuaci|calificaci|nota", "it": "punteggio|massimo|valutazione", "pt": "nota|avalia|pontua",
    "nl": "hoogste|volle", "pl": "najwyższ|maksymaln", "sv": "högsta|fullt", "tr": "tam puan|yüksek",
    "ru": "высш|максимальн", "ar": "أعلى|العلامة|تقيمنا|تقيمنا|قيمنا|قيمنا", "ko": "만점|최고", "he": "ציון|הדירוג", "ja": "満点|最高",
    "zh": "满分|滿分|最高",
}  # fmt: skip
# "Contact us first instead of leaving a review": steering the unhappy buyer away from the review.
DIVERT = {
    "en": r"\b(?:contact|message|email|e-mail|tell|reach\s+out\s+to|write\s+to|talk\s+to)\s+us\s+(?:\w+\s+){0,2}?"
    r"(?:before|instead\s+of|rather\s+than)\s+(?:leaving|writing|posting|giving)\s+(?:us\s+)?(?:a\s+|any\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:reviews?|feedback|ratings?)",
    "de": r"\b(?:kontaktieren|schreiben)\s+sie\s+uns\s+(?:\w+\s+){0,2}?(?:bevor|statt|anstatt)\s+(?:sie\s+)?(?:eine\s+)?"
    r"(?:\w+\s+)?(?:bewertung|rezension)",
    "fr": r"\b(?:contactez|écrivez)[-\s]nous\s+(?:\w+\s+){0,2}?(?:avant\s+de|au\s+lieu\s+de)\s+(?:laisser|donner|publier)",
    "es": r"\b(?:cont[aá]ct(?:enos|anos)|escr[ií]b(?:anos|enos))\s+(?:\w+\s+){0,2}?(?:antes\s+de|en\s+lugar\s+de)\s+"
    r"(?:dejar|escribir|poner|publicar)",
    "it": r"\b(?:ci\s+contatti|contattaci|ci\s+scriva|scrivici)\s+(?:\w+\s+){0,2}?(?:prima\s+di|invece\s+di)\s+"
    r"(?:lasciare|scrivere)",
    "pt": r"\b(?:entre\s+em\s+contato|fale\s+conosco|nos\s+contate|contate-nos|chama\s+a\s+gente|fala\s+com\s+a\s+gente|nos\s+chame|"
    r"nos\s+escreva)\s+(?:\w+\s+){0,2}?(?:antes\s+de|em\s+vez\s+de)\s+(?:deixar|escrever|dar|avaliar)",
    # "Niet tevreden? Laat dan liever geen review achter, maar stuur ons eerst een bericht" (batch V)
    "nl": r"\b(?:laat|geef|schrijf)\s+(?:dan\s+)?(?:liever\s+)?geen\s+(?:\w+\s+)?(?:review|beoordeling|recensie)\w*[^.!?\n]{0,40}?"
    r"\b(?:stuur|neem|mail)\w*|\bneem\s+(?:eerst\s+)?contact\s+(?:met\s+ons\s+)?op\s+(?:voordat|in\s+plaats\s+van)\s+(?:u\s+)?"
    r"(?:een\s+)?(?:\w+\s+)?(?:review|beoordeling)",
}
DIVERT_ANCHORS = {
    "en": "contact|message|email|e-mail|tell|reach|write|talk", "de": "kontaktieren|schreiben", "fr": "contactez|écrivez",
    "es": "contácten|contacten|contáctan|contactan|escríban|escriban|escríben|escriben", "it": "contatti|contattaci|scriva|scrivici",
    "pt": "entre em|fale|contate|nos contate|chama|nos chame|nos escreva", "nl": "geen|neem",
}  # fmt: skip
# "If you liked it …" before a review word: a review asked for only from happy buyers (languages beyond _phrases).
IF_HAPPY = {
    "en": r"\bif\s+you\s+(?:like|liked|love|loved|enjoy|enjoyed)\s+(?:it|the|your|our|this|them)\b",
    # (and "se ficou feliz com o resultado", tuning dj-pt-036; stop 43)
    "pt": r"\bse\s+(?:voc[êe]\s+)?(?:gostou|gostar|amou|curtiu)\b|\bse\s+(?:voc[êe]\s+)?(?:ficou|ficar|estiver)\s+(?:muito\s+)?(?:feliz|satisfeit[oa]s?|content[ea]s?)\b",
    "es": r"\bsi\s+le\s+(?:gust[oó]|encant[oó])\b",
    # (and the thing liked named first: "se il prodotto Le è piaciuto", tuning dj-it-054; stop 43)
    "it": r"\bse\s+(?:(?:il|la|lo|l')\s*\w+\s+)?(?:le|ti|vi)\s+(?:è\s+piaciut[oa]|piace|sono\s+piaciut[ie])\b",
    "fr": r"\bsi\s+(?:vous\s+)?(?:avez\s+aimé|aimez)\b",
    "de": r"\bwenn\s+(?:es\s+)?ihnen\s+(?:\w+\s+)?gefällt|\bwenn\s+(?:es\s+)?ihnen\s+gefallen\s+hat",
}
# The same steering where the review word comes first ("レビューを書く前にまずご連絡ください", "评价之前请先联系我们").
DIVERT_AFTER = {
    "ja": near(
        r"(?:レビュー|評価)(?:を)?(?:書く|投稿する|つける|付ける|する|の)?(?:前に|前は)",
        r"ご連絡|連絡|お問い合わせ|ご相談",
        30,
    ),
    "zh": near(
        r"(?:评价|評價|评论|評論)(?:之前|以前|前)", r"联系|聯繫|联络|聯絡|找我们|找我們|告诉我们|告訴我們", 20
    )
    # "请先联系我们，不要直接留下评价" (batch V): contact first, then no review
    + r"|(?:先|请先|請先)(?:联系|聯繫|联络|聯絡)(?:我们|我們)\S{0,8}?(?:不要|别|別|勿)(?:直接)?(?:留下|给|給|写|寫)?"
    r"(?:差评|差評|评价|評價|评论|評論)",
    "ko": near(r"(?:리뷰|후기|평가)\s*(?:\S{1,5}\s*)?전에", r"연락|문의|메시지", 30),
    "ru": near(
        r"(?:прежде\s+чем|перед\s+тем\s+как|до\s+того\s+как)\s+(?:оставить|написать|ставить)\s+(?:\S+\s+)?(?:отзыв|оценк)",
        r"напишите|свяжитесь|обратитесь|сообщите",
        60,
    ),
    "pl": near(
        r"zanim\s+(?:wystawi|napisze|doda|zostawi)\w*\s+(?:\S+\s+)?(?:opini|ocen|komentarz)",
        r"skontaktuj|napisz\s+do\s+nas",
        60,
    ),
    "nl": near(
        r"\b(?:voordat|voor)\s+(?:u|je)\s+(?:een\s+)?(?:\S+\s+)?(?:review|recensie|beoordeling)",
        r"neem\s+(?:eerst\s+)?contact|contacteer|mail\s+ons|stuur\s+ons",
        60,
    ),
    "sv": near(
        r"\binnan\s+(?:du|ni)\s+(?:lämnar|skriver|ger)\s+(?:\S+\s+)?(?:recension|omdöme|betyg)",
        r"kontakta\s+oss|hör\s+av\s+dig|skriv\s+till\s+oss",
        60,
    ),
    "tr": near(
        r"(?:yorum|değerlendirme)\s+(?:yapmadan|bırakmadan|yazmadan)\s+önce",
        r"ulaşın|iletişime\s+geçin|yazın",
        40,
    ),
    "ar": near(r"قبل\s+(?:كتابة|ترك)\s+(?:ال)?(?:تقييم|مراجعة)", r"تواصل|راسلنا|اتصل", 40),
    "he": near(
        r"לפני\s+\S*(?:כותב|משאיר|תכתוב|תכתבו|תשאיר)\w*\s+(?:\S+\s+)?(?:ביקורת|חוות\s+דעת|דירוג)",
        r"פנו|צרו\s+קשר|כתבו\s+לנו",
        40,
    ),
}
TOP_RATING = family(
    "review.positive_only",
    {lang: f"{TOP_MARKS_ANCHORS[lang]}|{REVIEW_ANCHORS[lang]}" for lang in TOP_MARKS}
    | {lang: f"{TOP_MARKS_ANCHORS[lang]}|{REVIEW_ANCHORS[lang]}|{DIVERT_ANCHORS[lang]}" for lang in DIVERT},
    {lang: [TOP_MARKS[lang]] + ([DIVERT_AFTER[lang]] if lang in DIVERT_AFTER else []) for lang in TOP_MARKS}
    | {
        lang: [TOP_MARKS[lang], DIVERT[lang]]
        + ([near(IF_HAPPY[lang], REVIEW[lang], 80)] if lang in IF_HAPPY else [])
        for lang in DIVERT
    },
)


# "If everything arrived fine, please leave a review", "share your positive experience": a review asked for only
# from buyers who are happy (the review policy's "only from buyers who had a positive experience").
IF_FINE = {
    "en": r"\bif\s+(?:everything|all)\s+(?:is|was|went|works?|worked|arrived)\s+(?:\w+\s+)?(?:fine|ok|okay|well|perfect|good|great|right|as\s+expected)\b|"
    r"\b(?:shar(?:e|ed|ing)|tell\s+others\s+about|post)\s+(?:\w+\s+){0,2}?(?:positive|good|great|happy|wonderful)\s+experience",
    "de": r"\bwenn\s+alles\s+(?:\w+\s+)?(?:in\s+ordnung|gut|passt|perfekt|geklappt)|\bpositive\w*\s+erfahrung\w*\s+(?:\w+\s+)?teilen",
    "fr": r"\bsi\s+tout\s+(?:va\s+bien|est\s+(?:ok|parfait|en\s+ordre)|s'est\s+bien\s+passé)|\bpartag\w*\s+(?:votre\s+)?expérience\s+positive",
    "es": r"\bsi\s+todo\s+(?:est[aá]|estuvo|sali[oó]|lleg[oó]|fue)\s+(?:\w+\s+)?(?:bien|perfecto|correcto)|\bcompart\w*\s+(?:su\s+)?experiencia\s+positiva",
    "it": r"\bse\s+(?:è\s+)?tutto\s+(?:va\s+bene|ok|perfetto|bene|a\s+posto|è\s+andato\s+bene|è\s+a\s+posto)|\bcondivid\w*\s+(?:la\s+sua\s+)?esperienza\s+positiva",
    "pt": r"\bse\s+(?:deu\s+)?tudo\s+(?:certo|bem|ok|perfeito|chegou\s+bem)|\bcompartilh\w*\s+(?:sua\s+)?experi[êe]ncia\s+positiva",
    "nl": r"\bals\s+alles\s+(?:\w+\s+)?(?:goed|in\s+orde|naar\s+wens)|\bdeel\w*\s+(?:uw\s+)?positieve\s+ervaring",
    "pl": r"\bjeśli\s+wszystko\s+(?:jest\s+)?(?:w\s+porządku|ok|dobrze|gra)|\bpodziel\w*\s+się\s+(?:swoim\s+)?pozytywn\w+",
    "sv": r"\bom\s+allt\s+(?:är|var|gick)\s+(?:bra|ok|som\s+det\s+ska)|\bdela\s+(?:din\s+)?positiv\w*\s+upplevelse",
    "tr": r"her\s+şey\s+yolundaysa|olumlu\s+deneyiminizi\s+paylaş", "ru": r"если\s+вс[её]\s+(?:хорошо|в\s+порядке|отлично)|поделитесь\s+(?:своим\s+)?положительн\w+",
    "ar": r"إذا\s+كان\s+كل\s+شيء\s+(?:جيد|على\s+ما\s+يرام)|شارك\w*\s+تجربت\w*\s+الإيجابية", "he": r"אם\s+הכל\s+(?:בסדר|טוב|תקין)|שתפו\s+(?:את\s+)?החוויה\s+החיובית",
    "ko": r"(?:이상|문제)\s*(?:이\s*)?없으시면|만족스러우셨다면", "ja": r"問題(?:が)?なければ|問題ございませんでしたら|ご満足いただけ",
    "zh": r"如果满意|如果滿意|没问题的话|沒問題的話|满意的话|滿意的話",
}  # fmt: skip
IF_FINE_ANCHORS = {lang: REVIEW_ANCHORS[lang] for lang in IF_FINE}
POSITIVE_IF_FINE = family(
    "review.positive_only",
    IF_FINE_ANCHORS,
    {lang: [near(IF_FINE[lang], REVIEW[lang], 80)] for lang in IF_FINE},
)


# "Transfer it to our account", "our IBAN is …": the seller's own account as the way to pay (off-platform payment).
OUR_ACCOUNT = {
    "en": r"\b(?:our|my)\s+(?:iban|bank\s+details|account\s+number|sort\s+code|routing\s+number)\b",
    "de": r"\b(?:auf|an)\s+unser\w*\s+(?:\w*konto|paypal)\b|\bunsere\s+iban\b",
    "fr": r"\bsur\s+notre\s+compte\b|\bnotre\s+iban\b|\bnotre\s+rib\b", "es": r"(?<!afecta\s)(?<!afectando\s)(?<!mucho\s)(?<!perjudica\s)(?<!perjudicando\s)(?<!dañando\s)\ba\s+nuestra\s+cuenta\b|\bnuestro\s+iban\b",
    "it": r"\bsul\s+nostro\s+conto\b|\bil\s+nostro\s+iban\b", "pt": r"\b(?:na|para\s+a|para)\s+nossa\s+conta\b|\bnossa\s+chave\b",
    "nl": r"\b(?:op|naar)\s+onze\s+(?:\w+\s+)?\w*rekening\b|\bons\s+rekeningnummer\b", "pl": r"\bna\s+(?:nasze|moje)\s+konto\b|\bna\s+nasz\s+rachunek\b",
    "sv": r"\btill\s+vårt\s+\w*konto\b", "tr": r"(?<!@)(?<![a-z0-9_.]\s)hesabımıza(?!\s+(?:dm|mesaj))|iban\s+numaramız", "ru": r"на\s+(?:наш\w*|мою|мой|мои)\s+(?:\S+\s+)?(?:сч[её]т|карту|кошел[её]к)",
    "ar": r"إلى\s+حسابنا|على\s+حسابنا|إلى\s+حساب\s+(?:شركتنا|الشركة|متجرنا)", "he": r"לחשבון\s+(?:הבנק\s+)?שלנו", "ko": r"(?:저희|우리)\s*계좌",
    "ja": r"(?:当店|弊社)(?:の)?(?:銀行)?口座", "zh": r"(?<![“\"「『])(?:我们|我們|我)的(?:账户|帳戶|银行卡|銀行卡|支付宝|支付寶|收款码|收款碼)",
}  # fmt: skip
OUR_ACCOUNT_PAYMENT = family(
    "offplatform.payment",
    {
        "en": "our|my",
        "de": "auf|an|unsere",
        "fr": "notre",
        "es": "nuestra|nuestro",
        "it": "nostro",
        "pt": "nossa",
        "nl": "onze|ons",
        "pl": "nasze|moje|nasz",
        "sv": "vårt",
        "tr": "hesabımıza|iban",
        "ru": "наш|мою|мой|мои",
        "ar": "حسابنا|حساب",
        "he": "לחשבון",
        "ko": "계좌",
        "ja": "口座",
        "zh": "账户|帳戶|银行卡|銀行卡|支付宝|支付寶|收款码|收款碼",
    },
    {lang: [OUR_ACCOUNT[lang]] for lang in OUR_ACCOUNT},
)

# A bank account handed over to pay into: "the account below", "下記口座へお振込み", "아래 계좌로 입금", "转账到我们的银行
# 账户", "حوّلها لحسابنا البنكي" (17 probes in 16 languages, none blocked: tuning batch DO, stop 43). A refund to the
# account the buyer paid with is the payment veto's (``REFUND_OR_NONE``). And the difference paid "straight to me" by
# an app ("pagar a diferença direto pra mim no PicPay", "差价直接 PayPal 付给我们", "תשלם לנו את ההפרש ישירות בפייפאל").
ACCOUNT_GIVEN = {
    "en": r"\b(?:the\s+)?(?:bank\s+)?(?:account|bank\s+details)\s+(?:below|above|as\s+follows)\b|\bfollowing\s+(?:bank\s+)?account\b",
    "de": r"\b(?:folgende|untenstehende|nachstehende)\w*\s+(?:bank)?konto\b|\bkonto\s+unten\b",
    "fr": r"\bcompte\s+(?:bancaire\s+)?(?:ci-dessous|suivant)\b|\bnotre\s+rib\b",
    "es": r"\bsiguiente\s+cuenta\b|\bcuenta\s+(?:bancaria\s+)?(?:de\s+abajo|siguiente)\b",
    "it": r"\bconto\s+(?:corrente\s+)?(?:qui\s+sotto|sotto\s+indicato|seguente)\b|\bseguente\s+conto\b",
    "pt": r"\bconta\s+(?:banc[áa]ria\s+)?(?:abaixo|a\s+seguir|seguinte)\b|\bseguinte\s+conta\b|\bpagar\s+(?:a\s+diferen[çc]a\s+)?direto\s+(?:pra|para)\s+(?:mim|n[óo]s|a\s+gente)\b",
    "nl": r"\b(?:onderstaande|volgende)\s+(?:bank)?rekening\w*\b|\brekening\s+hieronder\b",
    "pl": r"\b(?:poniższe|następujące)\s+konto\b|\bkonto\s+poniżej\b|\b(?:poniższy|następujący)\s+rachunek\b",
    "sv": r"\bkontot\s+nedan\b|\b(?:följande|nedanstående)\s+konto\b",
    "tr": r"aşağıdaki\s+(?:banka\s+)?hesa\w*",
    "ru": r"указанн\w*\s+ниже\s+(?:сч[её]т|карт\w*|реквизит\w*)|(?:следующ|нижеуказанн)\w*\s+(?:сч[её]т|реквизит\w*|карт\w*)|реквизит\w*\s+ниже",
    "ar": r"الحساب\s+(?:التالي|أدناه)|لحسابنا",
    "he": r"לחשבון\s+(?:הבא|שלהלן|המצוין)|(?:תשלם|תשלמו|תשלמי|לשלם)\s+לנו\b[^.!?\n]{0,30}?(?:ישירות|בפייפאל|בביט|בפייבוקס)",
    "ja": r"(?:下記|以下)(?:の)?(?:銀行)?口座|振込先",
    # (and money sent to the buyer's account or by Alipay: "3달러 계좌로 보내드릴게요", "我们马上支付宝返您 2 美元红包")
    "ko": r"(?:아래|다음|하기)\s*(?:의\s*)?계좌|계좌로\s*(?:보내|입금해|송금해)\s*드릴",
    "zh": r"(?:以下|下面|如下)(?:的)?(?:银行)?(?:账户|帳戶|账号|帳號)|(?:我们|我們)的(?:银行账户|銀行帳戶)|"
    r"(?:直接|私下)[^。！？\n]{0,8}?(?:paypal|支付宝|支付寶|微信|转账|轉賬)[^。！？\n]{0,6}?(?:付|转|转账|打|给|給)(?:给|給)?(?:我们|我們|我)|"
    r"(?:支付宝|支付寶|微信)\s*(?:返|转|轉|发|發|打)(?:给)?(?:您|你)",
}
ACCOUNT_GIVEN_PAYMENT = family(
    "offplatform.payment",
    {
        "en": "account|details|following", "de": "konto|folgende|untenstehende|nachstehende", "fr": "compte|rib", "es": "cuenta",
        "it": "conto", "pt": "conta|direto", "nl": "rekening|onderstaande|volgende", "pl": "konto|rachunek", "sv": "kontot|konto",
        "tr": "aşağıdaki", "ru": "ниже|следующ|нижеуказанн", "ar": "الحساب|لحسابنا", "he": "לחשבון|לנו", "ja": "口座|振込先",
        "ko": "계좌", "zh": "账户|帳戶|账号|帳號|银行账户|銀行帳戶|直接|私下|支付宝|支付寶|微信",
    },
    {lang: [ACCOUNT_GIVEN[lang]] for lang in ACCOUNT_GIVEN},
)  # fmt: skip

# The existing rules in the eight further languages.
_POSITIVE = {
    "nl": [
        STARS["nl"],
        r"\b(?:positieve|goede)\s+(?:review|recensie|beoordeling)",
        near(r"(?<!ongeacht\s)\bals\s+u\s+tevreden(?!\s+(?:bent\s+)?of\s+(?:niet|ontevreden))", REVIEW["nl"]),
    ],
    "pl": [
        # (also the five-star adjective of a review: "prosimy o ocenę pięciogwiazdkową", tuning batch DL; stop 43 — not
        # of a hotel: "jak w hotelach pięciogwiazdkowych")
        STARS["pl"]
        + r"|\b(?:opini|ocen|recenzj|komentarz)\w*\s+pięciogwiazdkow\w*|\bpięciogwiazdkow\w*\s+(?:opini|ocen|recenzj|komentarz)\w*",
        r"\bpozytywn\w*\s+(?:opini|komentarz|ocen)",
        r"\bzmieni\w*\s+(?:\w+\s+){0,3}?na\s+(?:pozytywn\w*|(?:5|pięć)\s+gwiazd\w*)",  # the target of a change (batch T)
        near(r"\bjeśli\s+(?:jest\s+pan\w*|jesteś)\s+zadowolon", REVIEW["pl"]),
    ],
    "sv": [
        STARS["sv"] + r"|\bfemstjärnig\w*\s+(?:betyg|omdöme|recension)\w*",
        r"\bpositiv\w*\s+(?:recension|omdöme|betyg)",
        # (not "oavsett om du är nöjd eller inte", regardless of whether: stop 31)
        near(r"(?<!oavsett\s)\bom\s+du\s+är\s+nöjd(?!\w*\s+eller\s+(?:inte|missnöjd))", REVIEW["sv"]),
    ],
    "tr": [
        STARS["tr"],
        r"\bolumlu\s+(?:yorum|değerlendirme)",
        near(r"memnun\s+kaldıysanız|memnun\s+kaldıysan", REVIEW["tr"]),
    ],
    "ru": [
        STARS["ru"]
        + r"|пятизв[её]здочн\w*\s+(?:отзыв|оценк|рейтинг)\w*|(?:отзыв|оценк)\w*\s+пятизв[её]здочн\w*",
        r"(?:положительн|хорош|отличн)\w*\s+(?:отзыв|оценк)",
        r"(?:отзыв|оценк)\w*\s+на\s+(?:положительн|хорош|5)",
        near(r"если\s+вам\s+(?:\S+\s+)?понравил|если\s+вы\s+(?:\S+\s+)?доволь", REVIEW["ru"]),
    ],
    "ar": [
        r"(?:5|خمس)\s*(?:نجوم|نجمة|نجمات)",
        r"تقييم\w*\s+إيجابي|تقييم\w*\s+ايجابي",
        near(r"إذا\s+كنت\s+راضي|اذا\s+كنت\s+راضي", REVIEW["ar"]),
    ],
    "ko": [
        r"별\s*5개|별점\s*5|5\s*점\s*만점|별\s*다섯|(?:5|다섯)\s*점으로|(?:5|다섯)\s*점\s*(?:리뷰|후기|평가)",
        r"좋은\s*(?:리뷰|후기|평가)|긍정적인\s*(?:리뷰|후기)",
        near(r"만족하셨다면|만족하시면", f"{REVIEW['ko']}|{STARS['ko']}"),
    ],
    "he": [
        # (also the singular of hurried writing: "בבקשה לתת 5 כוכב וביקורת טובה", tuning batch AM, stop 39)
        r"(?:5|חמישה)\s*כוכב(?:ים)?(?![\w])",
        r"ביקורת\s+חיובית|דירוג\s+גבוה",
        near(r"אם\s+(?:אתה|את|אתם)\s+מרוצ", REVIEW["he"]),
    ],
}
# Every positive-only match holds a review or star word: those are the anchors.
_POSITIVE_ANCHORS = {lang: REVIEW_ANCHORS[lang] for lang in _POSITIVE} | {
    "pl": REVIEW_ANCHORS["pl"] + "|gwiazd|pięciogwiazdkow", "ko": REVIEW_ANCHORS["ko"] + "|별|만점", "ar": REVIEW_ANCHORS["ar"] + "|خمس",
    "nl": REVIEW_ANCHORS["nl"] + "|vijf", "sv": REVIEW_ANCHORS["sv"] + "|fem|femstjärnig", "tr": REVIEW_ANCHORS["tr"] + "|beş",
    "ru": REVIEW_ANCHORS["ru"] + "|пятизв",
    "he": REVIEW_ANCHORS["he"] + "|חמישה",
}  # fmt: skip
POSITIVE_INTL = family("review.positive_only", _POSITIVE_ANCHORS, _POSITIVE)

_REQUEST = {
    "nl": [
        r"\b(?:laat|schrijf|geef|plaats)\s+(?:\w+\s+){0,3}?(?:review|recensie|beoordeling)",
        r"\bbeoordeel\s+(?:ons|het\s+product|uw)",
    ],
    "pl": [
        r"(?:zostaw|wystaw|napisz|dodaj)\s+(?:\w+\s+){0,3}?(?:opini|recenzj|ocen|komentarz)",
        r"\boceń\s+(?:nas|produkt|zakup)",
    ],
    "sv": [
        r"\b(?:lämna|skriv|ge)\s+(?:\w+\s+){0,3}?(?:recension|omdöme|betyg)",
        r"\bbetygsätt\s+(?:oss|produkten)",
    ],
    "tr": [r"(?:yorum|değerlendirme)\s+(?:yap|bırak|yaz)\w*", r"(?:değerlendirin|puan\s+verin|oylayın)"],
    "ru": [
        r"(?:оставьте|напишите|поставьте|оставь|напиши|поставь)\s+(?:\S+\s+){0,2}?(?:отзыв|оценк)",
        r"\bоцените\s+(?:товар|нас|покупку)",
    ],
    "ar": [
        r"(?:اترك|اكتب|شارك)\s+(?:\S+\s+){0,2}?(?:تقييم|مراجعة|تعليق|رأيك)",
        r"(?:يرجى|نرجو)\s+(?:تقييم|كتابة\s+مراجعة)",
    ],
    "ko": [r"(?:리뷰|후기|평점|별점|구매평)\s*(?:를|을)?\s*(?:남겨|작성|부탁|써)"],
    "he": [
        r"(?:השאר|השאירו|כתוב|כתבו|תן|תנו|תשאיר|תשאירי|תכתוב|תכתבי)\s+(?:\S+\s+){0,2}?(?:ביקורת|חוות\s+דעת|דירוג|משוב)",
        r"(?:דרגו|דרג)\s+(?:אותנו|את\s+המוצר)",
    ],
}
# Review nouns (rare) rather than request verbs (common), plus the verbs that carry the object themselves.
_REQUEST_ANCHORS = {lang: REVIEW_ANCHORS[lang] for lang in _REQUEST} | {
    "nl": REVIEW_ANCHORS["nl"] + "|beoordeel", "pl": REVIEW_ANCHORS["pl"] + "|oceń", "sv": REVIEW_ANCHORS["sv"] + "|betygsätt",
    "tr": REVIEW_ANCHORS["tr"] + "|oylayın", "ru": REVIEW_ANCHORS["ru"] + "|оцените", "he": REVIEW_ANCHORS["he"] + "|דרגו|דרג",
}  # fmt: skip
REQUEST_INTL = family("review.request", _REQUEST_ANCHORS, _REQUEST)

_MARKETING = {
    "nl": [
        r"\bkortingscode|\bcouponcode",
        r"\b\d{1,2}\s?%\s+korting",
        r"\bvolg\s+ons\b",
        r"\bnieuwsbrief",
        r"\bbekijk\s+(?:ook\s+)?onze\s+(?:andere|nieuwe)",
        r"\bspeciale\s+aanbieding",
    ],
    "pl": [
        r"\bkod\s+rabatowy|\bkod\s+promocyjny",
        r"\b\d{1,2}\s?%\s+(?:zniżki|rabatu)",
        r"\bobserwuj\s+nas",
        r"\bnewsletter",
        r"\bzobacz\s+(?:nasze|inne)\s+(?:produkty|oferty)",
    ],
    "sv": [
        r"\brabattkod",
        r"\b\d{1,2}\s?%\s+rabatt",
        r"\bfölj\s+oss\b",
        r"\bnyhetsbrev",
        r"\bkolla\s+in\s+(?:våra|vår)\s+(?:andra|nya)",
        r"\bspecialerbjudande",
    ],
    "tr": [
        r"indirim\s+kodu|kupon\s+kodu",
        r"%\s?\d{1,2}\s+indirim",
        r"bizi\s+takip\s+edin",
        r"bülten",
        r"diğer\s+ürünlerimiz|yeni\s+ürünlerimiz",
    ],
    "ru": [
        r"промокод|промо-код",
        r"скидк\w*\s+\d{1,2}\s?%|\d{1,2}\s?%\s+скидк",
        r"подпишитесь\s+на",
        r"рассылк",
        r"(?:другие|новые)\s+товары\s+(?:в\s+нашем|нашего)",
    ],
    "ar": [
        r"كود\s+خصم|رمز\s+الخصم|كود\s+الخصم",
        r"خصم\s+\d{1,2}\s?%|\d{1,2}\s?%\s+خصم",
        r"تابعونا|تابعنا",
        r"النشرة\s+البريدية",
        r"منتجاتنا\s+الأخرى",
    ],
    "ko": [
        r"할인\s*코드|쿠폰\s*코드|프로모션\s*코드",
        r"\d{1,2}\s?%\s*할인",
        r"팔로우",
        r"뉴스레터",
        r"다른\s*상품|신상품",
    ],
    "he": [
        r"קוד\s+הנחה|קוד\s+קופון",
        r"\d{1,2}\s?%\s+הנחה",
        r"עקבו\s+אחרינו",
        r"ניוזלטר",
        r"מוצרים\s+נוספים",
    ],
}
_MARKETING_ANCHORS = {
    "nl": "kortingscode|couponcode|korting|volg ons|nieuwsbrief|bekijk ook|bekijk onze|speciale",
    "pl": "kod rabatowy|kod promocyjny|zniżki|rabatu|obserwuj|newsletter|zobacz nasze|zobacz inne", "sv": "rabattkod|rabatt|följ|nyhetsbrev|kolla|specialerbjudande",
    "tr": "indirim|kupon|bizi|bülten|diğer", "ru": "промокод|промо|скидк|подпишитесь|рассылк|другие|новые",
    "ar": "كود|رمز|خصم|تابعونا|تابعنا|النشرة|منتجاتنا", "ko": "할인|쿠폰|프로모션|팔로우|뉴스레터|다른|신상품",
    "he": "קוד|הנחה|עקבו|ניוזלטר|מוצרים",
}  # fmt: skip
MARKETING_INTL = family("marketing.promotion", _MARKETING_ANCHORS, _MARKETING)

# Stop 41 probes (promotions a seller sends, in 16 languages): a code handed over by the verb that uses it, a sale "on
# everything" or around Black Friday, the shop's new collection to look at, "you might also like our …", a newsletter.
# (Communication Guidelines: no marketing or promotional messages, shared/platforms/amazon.md §5.1.)
_CODE = r"(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b"
_ON_EVERYTHING = (
    r"\d{1,2}\s?%\s+(?:auf\s+alles|sur\s+tout|en\s+todo|su\s+tutto|em\s+tudo|op\s+alles|na\s+wszystko|på\s+allt|on\s+everything)\b|"
    r"her\s+şeyde\s+%\s?\d{1,2}|全场\S{0,2}折|全場\S{0,2}折|全品\s?\d{1,2}\s?[%％]|전\s*품목\s*\d{1,2}\s?%|"
    # the whole shop at a discount in Chinese ("仅限本周末：店内所有台灯7折": stop 42)
    r"(?:店内|店內|全店)[^。！？\n]{0,10}?[1-9](?:\.\d)?折"
)
_SALE_DAY = r"black[\s-]?friday|cyber[\s-]?monday|ブラックフライデー|黑色星期五|黑五|블랙\s*프라이데이|الجمعة\s+السوداء|בלאק\s*פריידי"
_SALE_NUMBER = r"\d{1,2}\s?[%％]|%\s?\d{1,2}|[一二三四五六七八九]折|\d折"
# What a code is for, beside it: a discount, the next purchase, a saving (not "met de code AB1234 op de doos vindt u de
# handleiding", the model's code).
_CODE_FOR = {
    "es": r"descuento|pr[oó]xim[ao]\s+(?:compra|pedido)|ahorr\w*|%", "it": r"sconto|prossim[oa]\s+(?:acquisto|ordine)|risparmi\w*|%",
    "fr": r"réduction|remise|prochaine\s+commande|%", "nl": r"korting|volgende\s+(?:aankoop|bestelling)|bespaar\w*|%",
    "pl": r"rabat\w*|zniżk\w*|następn\w*\s+zakup\w*|%", "sv": r"rabatt\w*|nästa\s+köp|spara\w*|%",
    "tr": r"alışveriş\w*|indirim\w*|%", "ru": r"скидк\w*|следующ\w+\s+покупк\w*|%", "ja": r"次回|割引|お得|%|％",
    "ko": r"다음\s*구매|할인|%", "ar": r"القادم\w*|خصم|%", "he": r"הבאה|הנחה|%",
}  # fmt: skip
_SALE_WORD = r"sale|deals?|angebote?|soldes|rebajas|saldi|ofertas?|promo\w*|korting|rea|indirim\w*|распродаж\w*|セール|大促|促销|促銷|세일|تخفيضات|מבצע\w*"
_SALE_STARTS = (
    r"\b(?:starts?|begins?|startet|beginnt|commencent|empiezan|comienzan|iniziano|come[çc]a|begint|zaczyna|börjar|başlıyor)\b|"
    r"начинается|から|开始|開始|시작|تبدأ|מתחיל\w*"
)
# A code handed over by the verb that uses it, per language: a promotion only beside what it is for (``_CODE_FOR``).
_CODE_USE = {
    "es": rf"\b(?:use|usa|utilice|utiliza|introduzca|introduce|aplique|aplica)\s+(?:el\s+)?(?:c[oó]digo|cup[oó]n)\s+{_CODE}",
    "it": rf"\b(?:usi|usa|utilizzi|utilizza|inserisca|inserisci|applichi)\s+(?:il\s+)?(?:codice|coupon)\s+{_CODE}",
    "fr": rf"\b(?:utilisez|entrez|saisissez)\s+le\s+code\s+{_CODE}",
    "nl": rf"\b(?:gebruik|met)\s+(?:de\s+)?(?:code|kortingscode)\s+{_CODE}",
    "pl": rf"\b(?:użyć|użyj|wpisz|wpisać|z)\s+(?:kodu|kod|kodem)\s+{_CODE}",
    "sv": rf"\b(?:använd|med)\s+(?:koden|rabattkoden)\s+{_CODE}",
    "tr": rf"{_CODE}\s+(?:kodunu|kuponunu)\s+kullan",
    "ru": rf"(?:используйте|введите|примените)\s+(?:промо)?код\w*\s+{_CODE}",
    # (a code glued to the kana after it: no word boundary between "10" and "を")
    "ja": r"(?:クーポン)?コード\s*[「『]?(?=[a-z0-9]{5})[a-z]{2,}\d{1,4}[a-z]{0,4}(?![a-z0-9])",
    "ko": rf"{_CODE}\s*(?:코드|쿠폰)(?:를|을)?\s*(?:사용|입력|적용)",
    "ar": rf"(?:الرمز|الكود|كود|رمز)\s+{_CODE}",
    "he": rf"בקוד\s+{_CODE}",
}
#: How far from the code what it is for may stand (a Japanese or Korean sentence is shorter in characters).
_CODE_REACH = {"ja": 30, "ko": 30}
_PROMOTION_R41_OTHERS = {
    "en": [r"\byou\s+(?:might|may|could|will)\s+also\s+(?:like|love|enjoy)\s+(?:our|these|the\s+matching)\b"],
    "es": [
        r"\b(?:quiz[aá]s?|tal\s+vez)\s+(?:también\s+)?le\s+(?:gusten?|encanten?)\b|\btambién\s+le\s+(?:gustar[aá]n?|encantar[aá]n?)\b"
    ],
    "it": [r"\bpotrebbe(?:ro)?\s+piacerle\s+anche\b|\ble\s+potrebbe(?:ro)?\s+(?:anche\s+)?piacere\b"],
    "pt": [r"\b(?:talvez|tamb[ée]m)\s+(?:voc[êe]\s+)?(?:tamb[ée]m\s+)?goste\s+d[aoe]s?\b"],
    "de": [
        rf"\b(?:mit\s+dem\s+code|code)\s+{_CODE}\s+(?:\w+\s+){{0,4}}?(?:sparen|erhalten|bekommen)\b",
        r"\b(?:schauen\s+sie\s+sich|entdecken\s+sie|besuchen\s+sie|stöbern\s+sie\s+in)\s+(?:auch\s+|gerne\s+|doch\s+)?unsere\w*\s+(?:\w+\s+)?"
        r"(?:neue\w*|\w*kollektion\w*|sortiment|angebote)\b",
        r"\bgefallen\s+ihnen\s+(?:vielleicht|sicher|bestimmt)\s+(?:auch\s+)?unsere\b|\bpassend\s+dazu\s+(?:\w+\s+){0,3}?unsere\b",
    ],
    "fr": [
        r"\bvous\s+aimerez\s+(?:peut-être\s+|sûrement\s+|certainement\s+)?aussi\s+(?:nos|notre)\b",
        r"\bvente\s+flash\b",  # "Vente flash ce week-end seulement : -30 %" (stop 42)
    ],
    "nl": [r"\bvindt\s+u\s+(?:\w+\s+){0,4}?(?:ook\s+)?leuk\b"],
    "pl": [
        r"\b(?:zapraszamy\s+do\s+(?:obejrzenia|odwiedzenia|zapoznania\s+się\s+z)|zobacz|sprawdź|odwiedź)\s+(?:\w+\s+){0,2}?nasz\w*\s+(?:\w+\s+)?"
        r"(?:now\w*|kolekcj\w*|sklep\w*|ofert\w*|produkt\w*)",
        r"\bmoże\s+(?:pan\w*\s+|państwu\s+)?(?:również|też)\s+spodoba\w*",
    ],
    "sv": [r"\bdu\s+kanske\s+(?:också\s+)?gillar\b"],
    "tr": [
        r"(?:mağazamız\w*|koleksiyon\w*|ürünlerimiz\w*)\s+(?:\S+\s+){0,3}?göz\s+at(?:ın|abilirsiniz)|ilginizi\s+çekebilir"
    ],
    "ru": [
        r"(?:загляните|заходите|посмотрите|ознакомьтесь)\s+(?:\S+\s+){0,3}?(?:магазин\w*|коллекци\w*|новинк\w*|каталог\w*)|"
        r"вам\s+(?:также|тоже)\s+(?:может\s+|могут\s+)?понрав\w*|вам\s+(?:может|могут)\s+(?:также\s+|тоже\s+)?понравиться"
    ],
    "ja": [
        r"(?:新しい|新作|新商品|他の商品|ほかの商品)[^。！？\n]{0,20}?(?:ぜひ)?(?:ご覧ください|ご覧下さい|チェックしてください)"
    ],
    "zh": [
        r"(?:欢迎|歡迎)(?:来|來)?(?:我们|我們)?(?:的)?(?:店铺|店鋪|小店)(?:看看|逛逛)|(?:订阅|訂閱)(?:我们|我們)?(?:的)?(?:新闻|新聞|电子|電子)?(?:邮件|郵件|报|報|newsletter)",
        r"(?:您|你)(?:可能)?(?:也会|也會|也)(?:喜欢|喜歡)(?:我们|我們)",
    ],
    "ko": [r"(?:컬렉션|신상품|신제품)(?:을|를)?\s*(?:확인해|구경해|둘러)\s*보세요"],
    "ar": [
        r"(?:اكتشف|تصفح|زوروا|زر|شاهد)\s+(?:\S+\s+){0,2}?(?:مجموعتنا|متجرنا|منتجاتنا)|(?:اشترك|اشتركوا)\s+في\s+نشرتنا"
    ],
    "he": [r"(?:בואו\s+לראות|היכנסו\s+ל|בקרו\s+ב|גלו)\s*(?:\S+\s+){0,3}?(?:קולקציי\w*|בחנות\s+שלנו|מוצרים)"],
    "xx": [
        _ON_EVERYTHING,
        rf"(?:{_SALE_DAY})[-\s]*(?:{_SALE_WORD})[^.!?。！？\n]{{0,40}}?(?:{_SALE_NUMBER}|{_SALE_STARTS})",
    ],
}
_PROMOTION_R41 = {
    lang: [
        *([near(_CODE_USE[lang], _CODE_FOR[lang], _CODE_REACH.get(lang, 50))] if lang in _CODE_USE else []),
        *others,
    ]
    for lang, others in _PROMOTION_R41_OTHERS.items()
}
_PROMOTION_R41_ANCHORS = {
    # the code word or the rarer word of each form (not "use", "like", "med": most messages hold them)
    "en": "also like|also love|also enjoy",
    "es": "código|codigo|cupón|cupon|gusten|guste|encanten|encante|gustará|gustaran|gustarán|encantará|encantarán",
    "it": "codice|coupon|piacerle|piacere", "pt": "goste",
    "de": "code|schauen|entdecken|besuchen|stöbern|gefallen|passend", "fr": "aimerez|code|vente flash", "nl": "code|kortingscode|leuk",
    "pl": "kodu|kod|kodem|zapraszamy|zobacz|sprawdź|odwiedź|spodoba", "sv": "koden|rabattkoden|gillar",
    "tr": "kodunu|kuponunu|göz|ilginizi", "ru": "код|промокод|загляните|заходите|посмотрите|ознакомьтесь|понрав",
    "ja": "コード|ご覧|チェック", "zh": "逛逛|看看|订阅|訂閱|喜欢|喜歡", "ko": "코드|쿠폰|보세요", "ar": "الرمز|الكود|كود|رمز|اكتشف|تصفح|زوروا|زر|شاهد|نشرتنا",
    "he": "בקוד|לראות|היכנסו|בקרו|גלו",
    "xx": "auf alles|sur tout|en todo|su tutto|em tudo|op alles|na wszystko|på allt|on everything|şeyde|全场|全場|全品|店内|店內|全店|품목|black friday|black-friday|blackfriday|cyber monday|cyber-monday|ブラックフライデー|黑色星期五|黑五|블랙|الجمعة|בלאק",
}  # fmt: skip
PROMOTION_R41 = family("marketing.promotion", _PROMOTION_R41_ANCHORS, _PROMOTION_R41)

# A bundle deal, the shop added to the buyer's favourites, the seller's other products offered as of interest (stop 41
# probes, 16 languages: "buy 2, get 1 free", "Fügen Sie unseren Shop zu Ihren Favoriten hinzu", "买二送一", "Nos autres
# produits pourraient aussi vous intéresser").
_NOT_A_SALE = (
    r"\b(?:outside|außerhalb|fuori|hors|fuera|fora|buiten|poza|utanför|dışında|direct(?:ly)?|direkt|directement|directamente|"
    r"direttamente|diretamente|rechtstreeks|bezpośrednio|doğrudan)\b|напрямую|вне\s|\bgebühr\w*|\bfees?\b|\biban\b|überweisung|"
    r"\bbonifico\b|\bvirement\b|\btransferencia\b|\bpaypal\b|\bbank\w*|"
    # a refund is no sale ("we refunded the remaining $12 instead of $10")
    r"\brefund\w*|\berstatt\w*|\brembours\w*|\breembols\w*|\brimbors\w*|\bterugbeta\w*|\bzwrot\w*|\båterbetal\w*|iade|возврат\w*|استرداد|החזר|返金|退款|환불"
)
_BUNDLE = (
    r"\bbuy\s+(?:\d|one|two|three)\s*,?\s+get\s+(?:\d|one|two)\s+(?:free|half\s+price)\b|\bbogo\b|"
    r"\bkaufen\s+sie\s+\d\s*,?\s+(?:erhalten|bekommen)\s+sie\s+\d\s+gratis\b|\b\d\s+zum\s+preis\s+von\s+\d\b|"
    r"\b\d\s+achet[ée]s?\s*,?\s+\d\s+offerts?\b|\bcompre\s+\d\s+y\s+ll[eé]ve(?:se|te)\s+\d\b|"
    r"\bcompri\s+\d\s*,?\s+(?:il\s+terzo|uno)\s+(?:è\s+)?(?:gratis|in\s+omaggio)\b|\bcompre\s+\d\s+(?:e\s+)?leve\s+\d\b|"
    r"\bkoop\s+\d\s*,?\s+(?:krijg|ontvang)\s+(?:er\s+)?\d\s+gratis\b|\bkup\s+\d\s*,?\s+(?:trzeci|drugi)\s+gratis\b|"
    r"\bköp\s+\d\s*,?\s+få\s+\d\s+gratis\b|\b\d\s+al\s+\d\s+(?:bedava|öde)\b|купи(?:те)?\s+\d\s*[—–-]?\s*(?:третий|второй)\s+в\s+подарок|"
    r"\d点(?:購入|お買い上げ)で\d点(?:無料|プレゼント)|[买買][一二三两兩][送赠贈][一二]|\d개\s*사면\s*\d개\s*(?:무료|증정|더)|"
    r"اشتر[ِي]?\s+\d\s+و\s*احصل\s+على\s+\d|קנו\s+\d\s+וקבלו\s+\d"
)
_SHOP_WORD = r"\b(?:shop|store|boutique|tienda|negozio|loja|winkel|sklep|butik)\b|mağaza\w*|магазин\w*|ショップ|店铺|店鋪|本店|스토어|متجر\w*|החנות"
_FAVOURITES = r"\bfavou?rit\w*|\bfavoris\b|\bpreferiti\b|\bfavorieten\b|\bulubion\w*|\bfavori\w*|избранн\w*|お気に入り|收藏|즐겨찾기|المفضلة|מועדפים"
_OTHER_PRODUCTS = (
    r"\bour\s+other\s+(?:products|items|listings)\b|\bunsere\s+anderen\s+(?:produkte|artikel|angebote)\b|\bnos\s+autres\s+(?:produits|articles|créations|modèles|collections)\b|"
    r"\bnuestros\s+otros\s+(?:productos|art[ií]culos)\b|\b(?:altri\s+nostri|nostri\s+altri)\s+(?:prodotti|articoli)\b|"
    r"\bnossos\s+outros\s+produtos\b|\bonze\s+andere\s+(?:producten|artikelen)\b|\bnasze\s+inne\s+produkty\b|\bvåra\s+andra\s+produkter\b|"
    r"другие\s+наши\s+товары|наши\s+другие\s+товары|他の商品|其他商品|其他产品|其他產品|다른\s*상품|המוצרים\s+האחרים\s+שלנו"
)
_OF_INTEREST = (
    r"\binterest\w*|\binteress\w*|\bintéress\w*|\binteres\w*|\bzaintereso\w*|\bintressera\w*|заинтересо\w*|интерес\w*|"
    r"気に入|感兴趣|感興趣|관심|לעניין"
)
# A new product launched (stop 41 probes, 16 languages: "We have a new product launching next month, stay tuned!",
# "来月新商品を発売します"): the launch word, not "soon" ("We will ship you a new product next week" is a replacement). Free shipping on the next order was tried too and dropped: the corpora label it, tied to a
# review, an incentive only ("five-star reviewers get free shipping on the next order"), and a sentence-wide "no review
# word" test costs every message with "next" in it.
_NEW_PRODUCT = (
    r"\bnew\s+(?:product|item|model|collection)\b|\bneue\w*\s+(?:produkt|artikel|modell|kollektion)\w*|\bnouveau\s+produit\b|"
    r"\bproducto\s+nuevo\b|\bnuevo\s+producto\b|\bnuovo\s+prodotto\b|\bproduto\s+novo\b|\bnovo\s+produto\b|\bnieuw\s+product\b|"
    r"\bnowy\s+produkt\b|\bny\s+produkt\b|yeni\s+(?:bir\s+)?ürün|нов\w+\s+товар\w*|新商品|新製品|新品|신제품|منتجا?ً?\s+جديدا?ً?|מוצר\s+חדש"
)
_LAUNCH = (
    r"\b(?:launch\w*|releas\w*|introduc\w*|coming\s+out|stay\s+tuned)\b|\bbringen\s+(?:\w+\s+){0,4}?heraus\b|\bbleiben\s+sie\s+dran\b|"
    r"\blan[çc]\w*|\bsortie\b|\brestez\s+connectés\b|\blanz\w*|\besté\s+atento\b|\blanci\w*|\brestate\s+sintonizzati\b|"
    r"\bfique\s+de\s+olho\b|\blanceer\w*|\blanceren\b|\bhoud\s+ons\s+in\s+de\s+gaten\b|\bwprowadza\w*|\bpremier\w*|\bbądźcie\s+czujni\b|"
    r"\blanser\w*|\bhåll\s+utkik\b|çıkarıyoruz|piyasaya|takipte\s+kalın|выпуска\w*|запуска\w*|следите\s+за\s+новостями|"
    r"発売|お楽しみに|推出|上市|敬请期待|敬請期待|출시|기대해\s*주세요|سنطلق|نطلق|إطلاق|ترقبوا|משיקים|נשיק|השקה|הישארו\s+מעודכנים"
)
NEW_PRODUCT_R41 = family(
    "marketing.promotion",
    {
        # the launch words, rarer than "new"
        "xx": "launch|releas|introduc|coming out|stay tuned|heraus|dran|lanç|lanc|sortie|connectés|lanz|atento|lanci|sintonizzati|olho|"
        "lanceer|lanceren|gaten|wprowadza|premier|czujni|lanser|utkik|çıkarıyoruz|piyasaya|takipte|выпуска|запуска|следите|"
        "発売|お楽しみに|推出|上市|敬请期待|敬請期待|출시|기대해|سنطلق|نطلق|إطلاق|ترقبوا|משיקים|נשיק|השקה|הישארו"
    },
    {"xx": [near(_NEW_PRODUCT, _LAUNCH, 50)]},
)

# --- stop 47: promotion in the words a blind writer used (tests/rules/test_stop47.py, 16 languages) ------------------
# The seller's Amazon store (or brand page) shown to the buyer: "check out our Amazon storefront", "Schauen Sie doch auch
# mal in unserem Amazon-Markenshop vorbei", "Zapraszamy do naszego sklepu na Amazon", "欢迎光临我们的亚马逊店铺".
_STORE_S47 = (
    rf"{_SHOP_WORD}|\b(?:store\w*|markenshop|sklep\w*|butik\w*)\b|\bbrand\s+(?:page|store|shop)\b|חנות|ストア"
)
_VISIT_S47 = (
    r"\b(?:check\s+out|visit|take\s+a\s+look|have\s+a\s+look|browse|stop\s+by|drop\s+by|pop\s+by|swing\s+by|keep\s+an\s+eye\s+on)\b|"
    r"\b(?:schauen|vorbei|besuch\w*|stöber\w*|blick)\b|\b(?:visiter|visitez|découvr\w*|coup\s+d'(?:œ|oe)il|jeter\s+un\s+(?:œ|oe)il|faire\s+un\s+tour)\b|"
    r"\b(?:visita|visite|visitar|vistazo|vuelta|pásate|pasate|descubr\w*|visiti|visitare|occhiata|scopr\w*|giro)\b|"
    r"\b(?:olhada|conheça|conheca|confira)\b|\b(?:kijkje|bekijk|bezoek\w*)\b|\b(?:zapraszamy|odwiedź|odwiedz\w*|zajrzyj|zajrzeć|zobacz)\b|"
    r"\b(?:kika|titta\s+in|besök|ta\s+en\s+titt)\b|göz\s+at\w*|ziyaret|uğray\w*|загляни\w*|заглянуть|посетит\w*|заходите|"
    r"приглашаем|لزيارة|زوروا|بزيارة|ندعوك|להציץ|בקרו|היכנסו|מוזמנים|ご覧|のぞいて|お立ち寄り|欢迎光临|欢迎选购|歡迎光臨|逛逛|방문|둘러보"
)
# Sold also on the platform itself, so no sale moved off it: a shop here is a promotion, never off-platform.
STORE_VISIT_S47 = family(
    "marketing.promotion",
    {
        "xx": "store|shop|markenshop|boutique|tienda|negozio|loja|winkel|sklep|butik|brand|"
        "mağaza|магазин|متجر|חנות|ストア|ショップ|本店|店铺|店鋪|스토어|当店|当社"
    },
    {
        "xx": [
            near(
                r"(?:\b(?:our|unser\w*|notre|nuestr[oa]|nostro|nossa|onze|nasz\w*|vår|bizim)\b|наш\w*)"
                + _SENT
                + "{0,20}?(?:"
                + _STORE_S47
                + r")|当店|当社|我们的\S{0,6}?(?:店铺|店鋪|商店)|저희\s*(?:\S+\s*)?스토어|متجرنا|[בה]חנות\s+שלנו",
                _VISIT_S47,
                70,
            )
        ]
    },
)

# A new product announced: the new model, line or collection beside a launch word, or open for pre-order ("the new Model
# X2 blender is now available for pre-order", "nous lançons une nouvelle gamme", "新款空气炸锅已开放预售").
_NEW_THING_S47 = (
    r"\bnew\s+(?:\w+\s+)?(?:line|range|version|model|collection|series|edition|generation)\b|\bneue\w*\s+(?:\w+\s+)?(?:modell|version|kollektion|serie|linie|generation)\w*|"
    r"\b(?:herbst|winter|sommer|frühjahrs)kollektion\b|\bnouve(?:au|lle|aux)\s+(?:\w+\s+)?(?:gamme|version|modèle|collection|série)\b|"
    r"\bnuev[oa]s?\s+(?:\w+\s+)?(?:versi[óo]n|modelo|colecci[óo]n|l[íi]nea|gama|serie)\b|\bnuov[oaie]\s+(?:\w+\s+)?(?:versione|modell[oi]|collezione|linea|gamma|serie)\b|"
    r"\bnov[oa]s?\s+(?:\w+\s+)?(?:vers[ãa]o|modelo|cole[çc][ãa]o|linha|s[ée]rie)\b|\bnieuwe\s+(?:\w+\s+)?(?:versie|model|collectie|lijn|serie)\b|"
    r"\bnow\w+\s+(?:\w+\s+)?(?:model\w*|wersj\w+|kolekcj\w+|seri\w+|lini\w+)\b|\bny[a]?\s+(?:\w+\s+)?(?:version|modell|kollektion|serie)\w*|"
    r"\byeni\s+(?:\S+\s+)?(?:model\w*|versiyon\w*|koleksiyon\w*|seri\w*)|нов\w+\s+(?:\S+\s+)?(?:модел\w+|верси\w+|коллекци\w+|сери\w+|линейк\w+)|"
    r"(?:مجموعة|موديل|إصدار|طراز)\s+(?:\S+\s+){0,2}?جديد\w*|(?:דגם|קולקציה|סדרה)\s+(?:\S+\s+)?חדש\w*|新モデル|新作|新シリーズ|新型|新款|新系列|新型号|신형|신제품|새\s*컬렉션"
)
_LAUNCHED_S47 = (
    r"\b(?:launch\w*|releas\w*|coming\s+(?:soon|next)|out\s+now)\b|\b(?:lanç\w*|lanc\w*|lanz\w*|lanci\w*|lanceer\w*|lanser\w*)\b|"
    r"\bpremiera\b|\bwprowadza\w*|çıkarıyoruz|piyasaya|старт\s+продаж|выпуска\w*|запуска\w*|أطلقنا|نطلق|سنطلق|השקנו|משיקים|"
    r"発売|予約|推出|上市|开售|開售|上新|출시|예약"
)
_PREORDER_S47 = (
    r"\b(?:available|open|now)\s+(?:for\s+)?pre-?orders?\b|\bpre-?order\s+(?:it\s+)?now\b|\bvorbestellbar\b|\bjetzt\s+vorbestell\w*|"
    r"\ben\s+pr[ée]-?commande\b|\ben\s+pre-?venta\b|\bin\s+prevendita\b|\bem\s+pr[ée]-?venda\b|\bnu\s+al\s+reserveren\b|\bnu\s+(?:al\s+)?vooruit\s+bestellen\b|"
    r"\bw\s+przedsprzedaży\b|\bkan\s+förbeställas\b|\bförbeställ\w*\s+nu\b|ön\s+sipariş\w*\s+(?:açıldı|açık|başladı)|предзаказ\w*\s+(?:открыт|доступ)\w*|открыт\w*\s+предзаказ|"
    r"للطلب\s+المسبق|להזמין\s+(?:\S+\s+)?מראש|予約(?:受付|販売)を?(?:開始|中)|(?:开放|開放|开启)预售|预售中|預售中|예약\s*판매(?:가|를)?\s*(?:시작|중)"
)
NEW_MODEL_S47 = family(
    "marketing.promotion",
    {
        # the launch and pre-order words, not "available", "now", "coming" (most messages hold them)
        "xx": "launch|releas|coming soon|coming next|out now|lanç|lanc|lanz|lanci|lanceer|lanser|premiera|wprowadza|çıkarıyoruz|"
        "piyasaya|старт|выпуска|запуска|أطلقنا|نطلق|سنطلق|השקנו|משיקים|発売|予約|推出|上市|开售|開售|上新|출시|예약|"
        "pre-order|preorder|pre-orders|preorders|vorbestellbar|vorbestell|précommande|pré-commande|precommande|"
        "preventa|pre-venta|prevendita|pré-venda|pre-venda|prévenda|prevenda|reserveren|vooruit|przedsprzedaży|förbeställas|förbeställ|"
        "ön sipariş|ön siparişe|предзаказ|المسبق|מראש|预售|預售"
    },
    {"xx": [near(_NEW_THING_S47, _LAUNCHED_S47, 60), _PREORDER_S47]},
)

# A sale announced with its discount ("Les soldes d'hiver commencent demain … jusqu'à -50 %", "скидки до 50% на весь
# ассортимент", "全店商品低至五折"): a percentage "up to" beside the word for a sale or a discount (a battery charged "up to
# 80 %" has no such word).
_UP_TO_S47 = (
    r"(?:\bup\s+to|\bbis\s+zu|\bjusqu'?\s*(?:à|a)|\bhasta(?:\s+(?:el|un))?|\bfino\s+al|\baté|\btot|\bdo|\bupp\s+till|\bдо|تصل\s+إلى|עד)\s*-?\s*\d{1,2}\s*%|"
    r"%\s*\d{1,2}'?(?:y|a|e|ye)?\s+varan|最大\s*\d{1,2}\s*%|低至\s*(?:\d|[一二三四五六七八九])\s*折|최대\s*\d{1,2}\s*%"
)
_SALE_S47 = (
    r"\b(?:sale|sales|discount\w*|off|rabatt\w*|schlussverkauf|soldes|promo\w*|remise\w*|réduction\w*|rebajas|oferta\w*|descuento\w*|"
    r"saldi|sconto|sconti|offert\w*|liquidação|desconto\w*|uitverkoop|korting|actie|wyprzedaż\w*|promocj\w*|zniżk\w*|rea|mellandagsrea|"
    r"kampanj\w*|indirim\w*|kampanya\w*)\b|\w*rea\b|распродаж\w+|скидк\w+|акци\w+|عروض|تخفيض\w*|خصوم\w*|خصم|מבצע\w*|הנחה|הנחות|"
    r"セール|キャンペーン|大促|促销|促銷|特卖|特賣|세일|할인|특가"
)
SALE_S47 = family(
    "marketing.promotion",
    # the percent sign or the Chinese discount word (not "do", "tot", "до": most messages hold them)
    {"xx": "%|折"},
    {"xx": [near(_UP_TO_S47, _SALE_S47, 60)]},
)

# A friend referred for a reward ("Indique para seus amigos e ganhe R$ 20 de desconto", "Parrainez un ami et recevez tous
# les deux un bon de 10 €", "친구에게 추천해 주시면 … 적립금을 드립니다").
_FRIEND_S47 = (
    r"\bfriends?\b|\bfreund\w*|\bamis?\b|\bamigos?\b|\bamig[ao]s\b|\bamici\b|\bamico\b|\bvriend\w*|\bznajom\w*|\bprzyjaci\w*|\bvänner\w*|"
    r"arkadaş\w*|друз\w+|другу\b|(?<![а-яё])друг(?![а-яё])|أصدقا\w*|صديق\w*|לחברים|חברים|友達|友人|朋友|好友|친구"
)
_REFER_S47 = (
    r"\b(?:refer\w*|recommend\w*|tell|invite\w*)\b|\bempfehl\w*|\bweiterempfehl\w*|\bparrain\w*|\brecomi[ée]nd\w*|\brecomend\w*|\bconsigli\w*|"
    r"\bindi(?:que|ca)\w*|\baanbevel\w*|\bvertel\w*|\bpoleć\w*|\bpolec\w*|\btipsa\w*|tavsiye|рекоменд\w*|расскажите|пригласите|أخبر\w*|"
    r"ادع|ספרו|המליצו|紹介|推荐|推薦|추천"
)
_REWARD_S47 = (
    r"\b(?:discount|off|credit|voucher|gift\s+card|rabatt|gutschein|bon|réduction|remise|descuento|precio\s+especial|sconto|buono|desconto|ganhe|"
    r"korting|tegoed|zniżk\w*|rabat\w*|presentkort|indirim\w*)\b|скидк\w*|бонус\w*|خصم|הנחה|割引|クーポン|ポイント|优惠|優惠|积分|적립금|할인|"
    r"\d\s*(?:€|\$|£|zł|kr|tl|₺|ש״ח|ש\"ח|₽|руб)|(?:€|\$|£|r\$|₺)\s*\d"
)
REFERRAL_S47 = family(
    "marketing.promotion",
    {
        "xx": "friend|friends|freund|freunde|freunden|ami|amis|amigo|amigos|amiga|amigas|amici|amico|vriend|vrienden|vriendin|"
        "znajom|przyjaci|vänner|arkadaş|друз|другу|друг|أصدقا|صديق|חברים|友達|友人|朋友|好友|친구"
    },
    {"xx": [near(near(_FRIEND_S47, _REFER_S47, 40), _REWARD_S47, 60)]},
)

# A loyalty club joined ("Dołącz do naszego klubu lojalnościowego, zbieraj punkty", "Вступайте в наш клуб постоянных
# покупателей", "הצטרפו למועדון הלקוחות שלנו").
_LOYALTY_S47 = (
    r"\bloyalty\s+(?:club|program\w*|points?|card)\b|\b(?:join|become\s+a\s+member\s+of)\s+our\s+(?:\w+\s+){0,2}?club\b|"
    r"\btreueprogramm\w*|\bkundenclub\w*|\bbonusprogramm\w*|\btreuepunkte\b|\bprogramme\s+de\s+fidélité\b|\bclub\s+(?:de\s+)?fidélité\b|"
    r"\bcarte\s+de\s+fidélité\b|\bclub\s+de\s+clientes\b|\bprograma\s+de\s+(?:fidelidad|puntos|fidelidade)\b|\b[úu]nete\s+a\s+nuestro\s+club\b|"
    r"\bprogramma\s+fedeltà\b|\bclub\s+clienti\b|\bcarta\s+fedeltà\b|\bclube\s+de\s+(?:vantagens|fidelidade)\b|\bklantenclub\b|\bspaarprogramma\b|"
    r"\bloyaliteitsprogramma\b|\bklub\w*\s+lojalnościow\w*|\bprogram\w*\s+lojalnościow\w*|\bkundklubb\w*|\blojalitetsprogram\w*|"
    r"sadakat\s+program\w*|müşteri\s+kulüb\w*|клуб\w*\s+постоянных\s+(?:покупателей|клиентов)|программ\w+\s+лояльности|"
    r"بر(?:ن)?امج\s+الولاء|نادي\s+العملاء|מועדון\s+(?:ה)?לקוחות|ファンクラブ|会員クラブ|ポイントプログラム|会员俱乐部|會員俱樂部|会员计划|회원\s*클럽|적립\s*프로그램"
)
LOYALTY_S47 = family(
    "marketing.promotion",
    {
        # the rarer word of each form (not "join", "program", "carte", "müşteri": most messages hold them)
        "xx": "loyalty|club|treueprogramm|kundenclub|bonusprogramm|treuepunkte|fidélité|fidelidad|puntos|fidelidade|fedeltà|clienti|"
        "vantagens|klantenclub|spaarprogramma|loyaliteitsprogramma|lojalnościow|kundklubb|lojalitetsprogram|sadakat|kulüb|"
        "постоянных|лояльности|الولاء|العملاء|מועדון|ファンクラブ|会員クラブ|ポイントプログラム|会员俱乐部|會員俱樂部|会员计划|클럽|적립"
    },
    {"xx": [_LOYALTY_S47]},
)

# Following the shop on a network in the informal and polite forms the tables above lacked ("Síguenos en TikTok", "Ci segua
# su Facebook", "Segue a gente no Insta", "Polub nas na Facebooku", "Подписывайтесь на наш Telegram-канал"). Not the LINE
# official account to add: the corpora give it as the messenger invitation it also is, and only that.
_NETWORK_S47 = r"facebook\w*|instagram\w*|insta\b|tiktok|telegram\w*|youtube|twitter|pinterest|канал\w*|групп\w*|страниц\w*|line"
FOLLOW_S47 = family(
    "marketing.promotion",
    {
        "xx": "síguenos|siguenos|segua|seguite|segue a gente|sigam|polub|obserwuj|подписывайтесь|подпишитесь|公式アカウント|"
        "folgt uns|volg ons|följ oss|takip edin|تابعونا|עקבו"
    },
    {
        "xx": [
            rf"\b(?:s[ií]guenos|ci\s+segua|ci\s+seguite|segue\s+a\s+gente|sigam[-\s]nos|polub\s+nas|obserwuj\s+nas|folgt\s+uns|volg\s+ons|"
            rf"följ\s+oss)\b{_SENT}{{0,12}}?\b(?:en|su|no|na|auf|op|på|on)\b{_SENT}{{0,12}}?(?:{_NETWORK_S47})|"
            rf"(?:подписывайтесь|подпишитесь)\s+на\s+наш\w*\s+(?:{_NETWORK_S47})|(?:{_NETWORK_S47}){_SENT}{{0,20}}?\btakip\s+edin|"
            rf"تابعونا|עקבו\s+אחרינו"
        ]
    },
)

# The seller's other product recommended with a deal on it ("nous vous conseillons notre housse … actuellement en promo à
# -30 %", "polecamy nasz statyw … teraz w zestawie taniej o 20%", "구매하신 텀블러와 잘 어울리는 전용 파우치도 있어요, 함께 구매하시면
# 할인됩니다"), and "buy two, get the third free" in words ("köp två, få en tredje gratis", "koop 2 pannen en krijg de derde gratis").
_RECOMMEND_S47 = (
    r"\bwe\s+(?:also\s+)?recommend\b|\bempfehlen\s+wir\b|\bwir\s+empfehlen\b|\bconseillons\b|\brecomendamos\b|\bconsigliamo\b|"
    r"\braden\s+(?:wij|we)\b|\bpolecamy\b|\brekommenderar\s+vi\b|\bvi\s+rekommenderar\b|öneririz|рекомендуем|ننصحك|ننصح|ממליצים|"
    r"おすすめ|推荐|推薦|추천드|함께\s*구매"
)
_DEAL_S47 = (
    r"\b(?:promo\w*|offerta|offerte|sconto|discount\w*|rabatt\w*|deal|cheaper|günstiger|moins\s+cher|más\s+barat\w*|taniej|billigare|"
    r"goedkoper|desconto|zniżk\w*|korting|réduction|indirim\w*|bundle|zestaw\w*|set\s+halinde)\b|-?\d{1,2}\s*%|скидк\w*|дешевле|"
    r"خصم|הנחה|お得|割引|优惠|優惠|할인|더\s*저렴"
)
_ORDINAL_FREE_S47 = (
    r"\b(?:third|second|derde|tweede|trzeci\w*|drugi\w*|tredje|andra|troisième|tercer\w*|terz[oa]|terceir[oa]|dritte\w*|üçüncü\w*)\b"
    rf"{_SENT}{{0,20}}?\b(?:free|gratis|offert|offerte|offerts|gratuit|gratuite|gratuits|brinde|omaggio|bedava|geschenkt)\b|"
    r"третий\s+в\s+подарок|الثالث\s+مجان\w*|השלישי\s+(?:ב)?חינם"
)
_BUY_S47 = (
    r"\b(?:buy|kauf\w*|achet\w*|compr\w*|acquist\w*|koop|kup\w*|köp\w*)\b|\balın\w*|купи\w*|اشتر\w*|קנו"
)
CROSS_SELL_S47 = family(
    "marketing.promotion",
    {
        # the recommending verb and the free word, not "we"/"wir"/"vi" or "second"/"andra" (in most messages)
        "xx": "recommend|empfehlen|conseillons|recomendamos|consigliamo|raden|polecamy|rekommenderar|öneririz|рекомендуем|ننصح|"
        "ממליצים|おすすめ|推荐|推薦|추천드|함께|free|gratis|offert|offerte|offerts|gratuit|gratuite|gratuits|brinde|omaggio|bedava|"
        "geschenkt|подарок|مجان|חינם"
    },
    {"xx": [near(_RECOMMEND_S47, _DEAL_S47, 80), near(_BUY_S47, _ORDINAL_FREE_S47, 40)]},
)

# --- stop 47: the deal moved off the platform in other words (blind probes, 16 languages) ------------------------------
# The difference or the payment settled "between us" ("Den Differenzbetrag … regeln wir einfach unter uns", "Dopłatę …
# załatwimy między nami", "차액은 저희끼리 따로 정리", "את ההפרש … נסגור בינינו"); the order cancelled for the goods sent
# cash on delivery or paid in cash ("Cancela el pedido y te lo mando yo directamente contra reembolso", "Отмените заказ …
# наложенным платежом", "ألغِ الطلب … والدفع كاش"), or handed over for cash ("entrega em mãos e pagamento em dinheiro",
# "手渡しで現金でのお支払い"); the refund sent by a payment app instead of a return or a dispute ("send the refund to your
# Venmo or Zelle", "Возврат могу сделать сразу по СБП", "환불은 토스로 바로 보내드릴게요"). AliExpress §8 (payment outside
# Buyer Protection); Amazon Communication Guidelines (no payment outside the platform).
_MONEY_THING_S47 = (
    r"\b(?:difference|payment|balance|differenzbetrag|differenz|zahlung|bezahlung|aufpreis|différence|paiement|règlement|"
    r"diferencia|pago|differenza|pagamento|diferença|betaling|verschil|bijbetaling|dopłat\w*|płatnoś\w*|różnic\w*|mellanskillnad\w*|"
    r"betalning\w*|fark\w*|ödeme\w*)\b|доплат\w*|оплат\w*|разниц\w*|الفرق|الدفع|ההפרש|התשלום|차액|결제|差額|差价|差價|批发价|批發價"
)
_BETWEEN_US_S47 = (
    r"\b(?:between\s+us|privately|unter\s+uns|entre\s+nous|en\s+privé|entre\s+nosotros|en\s+privado|por\s+fuera|tra\s+(?:di\s+)?noi|"
    r"fra\s+(?:di\s+)?noi|privatamente|in\s+privato|por\s+fora|entre\s+nós|onderling|między\s+nami|prywatnie|mellan\s+oss|aramızda)\b|"
    r"\b(?:arreglamos|arreglaremos)\s+aparte\b|\bregelen\s+we\s+(?:de\s+betaling\s+)?apart\b|между\s+(?:собой|нами)|بيننا|בינינו|끼리|私下"
)
_CANCEL_S47 = (
    r"\b(?:cancel\w*|stornier\w*|annul\w*|cancela\w*|annuleer\w*|anuluj\w*|anulować|avbeställ\w*|avboka)\b|iptal|отмен\w*|ألغ\w*|إلغاء|"
    r"בטל\w*|キャンセル|取消|취소"
)
_CASH_S47 = (
    r"\b(?:cash\s+on\s+delivery|cash|nachnahme|barzahlung|bar\s+bezahlen|contre[-\s]remboursement|en\s+espèces|contra\s*reembolso|"
    r"en\s+efectivo|contrassegno|in\s+contanti|em\s+dinheiro|contant|kontant\w*|za\s+pobraniem|gotówk\w*|kapıda\s+ödeme\w*|nakit)\b|"
    r"наложенн\w+\s+платеж\w*|наличн\w+|كاش|نقد(?:ا|ًا|اً)|الدفع\s+عند\s+الاستلام|במזומן|מזומן|代引き|現金|现金|货到付款|貨到付款|착불|현금"
)
_IN_PERSON_S47 = (
    r"\b(?:in\s+person|deliver\s+it\s+myself|drop\s+it\s+off\s+myself|persönlich|vorbeibringen|en\s+mains\s+propres|moi-même|"
    r"en\s+persona|em\s+m[ãa]os|a\s+mano|zelf\s+(?:brengen|langs)|osobiście|personligen|elden)\b|лично|привезу|باليد|بنفسي|ביד|בעצמי|"
    r"手渡し|当面|직거래|직접\s*가져"
)
_REFUND_S47 = (
    r"\b(?:refund\w*|rückerstattung|erstatt\w*|rembours\w*|reembols\w*|devolu\w*|rimbors\w*|estorn\w*|terugbetal\w*|zwrot\w*|"
    r"återbetal\w*|iade)\b|возврат\w*|استرداد|ההחזר|החזר|退款|返金|환불"
)
_APP_S47 = (
    r"\b(?:venmo|zelle|cash\s*app|satispay|bizum|blik\w*|swish\w*|tikkie|lydia|mobilepay|papara)\b|по\s+сбп|\bсбп\b|토스|카카오페이|"
    r"בביט|פייבוקס|支付宝|支付寶|微信转账|微信轉賬|stc\s*pay"
)
PRIVATE_DEAL_S47 = family(
    "offplatform.payment",
    {
        "xx": "between us|privately|unter uns|entre nous|en privé|entre nosotros|en privado|por fuera|tra noi|tra di noi|fra noi|"
        "fra di noi|privatamente|in privato|por fora|entre nós|onderling|między nami|prywatnie|mellan oss|aramızda|arreglamos|"
        "arreglaremos|regelen|между|بيننا|בינינו|끼리|私下|"
        "cancel|stornier|annul|cancela|annuleer|anuluj|anulować|avbeställ|avboka|iptal|отмен|ألغ|إلغاء|בטל|キャンセル|取消|취소|"
        "in person|deliver it|drop it|persönlich|vorbeibringen|en mains|moi-même|en persona|em mãos|em maos|a mano|zelf|osobiście|"
        "personligen|elden|лично|привезу|باليد|بنفسي|ביד|בעצמי|手渡し|当面|직거래|직접|"
        "venmo|zelle|cash app|cashapp|satispay|bizum|blik|swish|tikkie|lydia|mobilepay|papara|сбп|토스|카카오페이|בביט|פייבוקס|"
        "支付宝|支付寶|微信转账|微信轉賬|stc"
    },
    {
        "xx": [
            near(_MONEY_THING_S47, _BETWEEN_US_S47, 50),
            near(_CANCEL_S47, _CASH_S47, 90),
            near(_IN_PERSON_S47, _CASH_S47, 60),
            near(_REFUND_S47, _APP_S47, 50),
        ]
    },
)

SHOP_PROMOTION_R41 = family(
    "marketing.promotion",
    {
        # the rare word of each form (not "buy", "al", "다른": most messages hold them)
        "xx": "get 1|get one|get 2|get two|half price|bogo|gratis|zum preis von|offert|offerts|llévese|llevese|llévate|llevate|leve|"
        "il terzo|omaggio|bedava|öde|в подарок|点無料|点プレゼント|送一|送二|赠一|贈一|개 무료|개 증정|개 더|واحصل|וקבלו|"
        "favourit|favorit|favoris|preferiti|favorieten|ulubion|favori|избранн|お気に入り|收藏|즐겨찾기|المفضلة|מועדפים|"
        "our other|unsere anderen|nos autres|nuestros otros|altri nostri|nostri altri|nossos outros|onze andere|nasze inne|"
        "våra andra|другие наши|наши другие|他の商品|其他商品|其他产品|其他產品|다른 상품|다른상품|המוצרים"
    },
    {
        "xx": [
            _BUNDLE,
            near(_SHOP_WORD, _FAVOURITES, 30),
            near(_OTHER_PRODUCTS, _OF_INTEREST, 40),
            # … or to look through ("have a browse through our other listings", "schaun Sie doch mal in unsere anderen
            # Angebote rein", "Kijk ook eens naar onze andere producten": stop 50 probes)
            near(
                _OTHER_PRODUCTS,
                rf"{_VISIT_S47}|\bschaun\b|\bkijk\s+(?:ook\s+)?(?:eens\s+)?(?:naar|bij)\b",
                40,
            ),
        ]
    },
)

_PAYMENT_INTL = {
    "nl": [
        r"\b(?:betaal|betalen)\s+(?:\w+\s+){0,2}?(?:via|met|per)\s+(?:paypal|western\s+union|bankoverschrijving|tikkie)"
    ],
    "pl": [
        r"(?:zapłać|zapłacić|płatność)\s+(?:\w+\s+){0,2}?(?:przez|przelewem|blikiem|na)\s+(?:paypal|western|konto|blik)",
        # "możesz zrobić BLIKiem na mój numer" (batch AC)
        r"\bblik(?:iem)?\s+(?:\w+\s+)?na\s+(?:mój|moj|nasz|ten)\s+(?:numer|telefon)\b|\bprzelew\w*\s+na\s+(?:moje|nasze)\s+konto\b",
    ],
    "sv": [r"\bbetala\s+(?:\w+\s+){0,2}?(?:via|med)\s+(?:paypal|swish|banköverföring|western\s+union)"],
    "tr": [r"(?:paypal|western\s+union|havale|eft|iban)\s+(?:ile|üzerinden)\s+(?:ödeme|öde\w*|gönder\w*)"],
    "ru": [
        r"(?:оплат\w*|переве\w*|плат\w*)\s+(?:\S+\s+){0,3}?(?:через|по|на)\s+(?:paypal|вестерн|western|карту|сбп|qiwi|киви)"
    ],
    "ar": [
        r"(?:و?ادفع|و?الدفع|حول)\s+(?:\S+\s+){0,2}?(?:عبر|عن\s+طريق|بواسطة)\s+(?:paypal|باي\s?بال|ويسترن|حوالة|(?:ال)?تحويل\s+(?:ال)?بنكي)"
    ],
    "ko": [r"(?:페이팔|paypal|웨스턴\s*유니온)\s*(?:로|으로)\s*(?:결제|송금|입금)"],
    "he": [
        r"(?:לשלם|תשלום|שלם|שלמו|תשלם|תשלמו)\s+(?:\S+\s+){0,2}?(?:ב|דרך\s+)(?:paypal|פייפאל|העברה\s+בנקאית|ביט)"
    ],
    # "vous pouvez payer direct par Wise ou Lydia" (batch AC)
    "fr": [
        r"\b(?:payer|payez|régler|réglez)\s+(?:\w+\s+){0,2}?(?:par|via|avec)\s+(?:wise|lydia|paypal|revolut|western\s+union|paylib|virement)\b"
    ],
    # "直接转到我们支付宝或者PayPal", "用支付宝或微信转账付款" (batch AC, tuning batch BV)
    "zh": [
        r"(?:转|轉)(?:账|賬)?(?:到|给|給)(?:我们|我們|我)的?(?:支付宝|支付寶|微信|paypal|银行卡|銀行卡|账户|帳戶)",
        r"(?:用|通过|通過)(?:支付宝|支付寶|微信)(?:或(?:者)?(?:支付宝|支付寶|微信))?(?:转账|轉賬|付款|支付)",
    ],
}
_PAYMENT_INTL_ANCHORS = {
    "nl": "betaal|betalen", "pl": "zapłać|zapłacić|płatność|blik|blikiem|przelew", "sv": "betala", "tr": "paypal|western|havale|eft|iban",
    "ru": "оплат|переве|плат", "ar": "ادفع|الدفع|حول", "ko": "페이팔|paypal|웨스턴", "he": "לשלם|תשלום|שלם|תשלם",
    "fr": "payer|payez|régler|réglez", "zh": "支付宝|支付寶|微信|paypal|银行卡|銀行卡|账户|帳戶",
}  # fmt: skip
PAYMENT_INTL = family("offplatform.payment", _PAYMENT_INTL_ANCHORS, _PAYMENT_INTL)

# ------------------------------------------------------------------------------------------- round 5 (issue 12.6)

# More cues of a repeated review request, near a review word: "you still did not leave feedback", "we've sent a
# couple of emails about your review", "sorry to bother you again", "waiting on your review", "ausstehende
# Bewertung", "dritte Nachricht", "por segunda vez", "sigue pendiente", "ontbreekt nog steeds", "trzecia
# wiadomość", "påminner igen", "מזכירים שוב". Source: Amazon Communication Guidelines — no repeat review requests
# for the same order (shared/platforms/amazon.md §5.1); AliExpress seller rules — malicious harassment, pressuring
# for reviews (shared/platforms/aliexpress.md §8, https://ssopdot.com/blog/99469.html).
REPEATED_R5 = {
    "en": r"\bstill\s+(?:did\s+not|didn't|have\s+not|haven't|has\s+not|hasn't)\b|"
    r"\b(?:a\s+couple\s+of|several|two|three|\d+)\s+(?:e-?mails|messages|reminders)\s+(?:about|regarding|concerning)\b|"
    r"\bbother(?:ing)?\s+you\s+again\b|\bfinally\s+(?:write|leave|post|give|rate|review)\b|\bwaiting\s+on\s+(?:your|a|the)\b",
    "de": r"\bausstehende?n?\s+(?:bewertung|rezension)|\bnoch\s+keine\s+eingegangen\b|\b(?:zweite|dritte|vierte|letzte)\s+(?:nachricht|mail|e-mail|anfrage)\b",
    "fr": r"\b(?:deuxième|troisième|dernière)\s+fois\b|\b(?:nouvelle|énième)\s+relance\b",
    "es": r"\bpor\s+(?:segunda|tercera|cuarta|última)\s+vez\b",
    "it": r"\bper\s+la\s+(?:seconda|terza|quarta|ultima)\s+volta\b",
    "pt": r"\bpela\s+(?:segunda|terceira|quarta|última)\s+vez\b|\blembrando\s+(?:mais\s+uma\s+vez|novamente|de\s+novo)\b",
    "nl": r"\b(?:tweede|derde|vierde|laatste)\s+(?:bericht|mail|e-mail|verzoek)\b|"
    r"\bnog\s+steeds\s+niet\s+(?:\w+\s+)?(?:ontvangen|gezien|geplaatst|geschreven)\b|\bontbreekt\s+(?:nog\s+)?(?:steeds|altijd)\b",
    "pl": r"\b(?:druga|trzecia|czwarta|ostatnia)\s+(?:wiadomość|prośba)\b|\bpo\s+raz\s+(?:drugi|trzeci|kolejny|ostatni)\b",
    "sv": r"\bpåminner\s+(?:\w+\s+)?igen\b|\bfortfarande\s+inte\s+(?:\w+\s+)?(?:fått|sett|lämnat|skrivit)\b|"
    r"\b(?:andra|tredje|sista)\s+(?:meddelandet|mejlet|gången)\b",
    "tr": r"(?:ikinci|üçüncü|dördüncü)\s+kez",
    "ru": r"напоминаем\s+(?:ещ[её]\s+раз|снова|повторно)|до\s+сих\s+пор\s+не\s+оставили",
    "ar": r"رسالتنا\s+(?:الثانية|الثالثة|الأخيرة)",
    "he": r"מזכירים\s+(?:לך\s+)?שוב|עדיין\s+לא\s+(?:כתבת|השארת|דירגת)",
}  # fmt: skip
PENDING_R5 = {
    "es": r"\b(?:sigue|est[aá]|queda)\s+(?:todav[ií]a\s+|a[uú]n\s+)?pendiente\b",
    "pt": r"\b(?:est[áa]|segue|continua)\s+(?:ainda\s+)?pendente\b",
    "it": r"\b(?:è|resta)\s+ancora\s+in\s+sospeso\b",
}
REVIEW_PRESSURE_R5 = family(
    "review.pressure",
    {lang: REVIEW_ANCHORS[lang] for lang in REPEATED_R5},
    {lang: [near(REPEATED_R5[lang], REVIEW[lang], 60)] for lang in REPEATED_R5}
    | {
        # The review itself still pending ("su reseña sigue pendiente"): bound to the review word, so "thanks for
        # the review; the refund is still pending" stays clean.
        lang: [
            near(REPEATED_R5[lang], REVIEW[lang], 60),
            rf"(?:{REVIEW[lang]})[^;:.!?\n]{{0,20}}?(?:{PENDING_R5[lang]})",
        ]
        for lang in PENDING_R5
    },
)

# Removal or change asked in other words: the review "no longer on the listing", a refund going out "once your
# review has been edited", "修改一下一星评论", "düzenler misiniz". Source: Amazon Customer product reviews policies
# (Seller Central E8SYAZUBGVFBHCH: no asking to change or remove a review, no refund in exchange); AliExpress seller
# rules §8.
CHANGED_R5 = r"(?:has\s+been|have\s+been|is|are|gets|get)\s+(?:edited|changed|updated|amended|revised|removed|deleted|taken\s+down|modified)\b"
REVIEW_CHANGE_R5 = family(
    "review.change",
    {"en": REVIEW_ANCHORS["en"], "tr": "yorum|değerlendirme|puan", "zh": REVIEW_ANCHORS["zh"]},
    {
        "en": [
            _chain(
                r"\b(?:once|as\s+soon\s+as|provided|if)\b", rf"\b(?:{REVIEW['en']})\b", CHANGED_R5, gap=30
            ),
            _wished(
                "en",
                _chain(
                    rf"\b(?:{REVIEW['en']})\b",
                    r"\bno\s+longer\s+(?:on|in)\s+the\s+(?:listing|page|product\s+page)\b",
                    gap=30,
                ),
            ),
        ],
        "tr": [near(r"düzenle\w*", REVIEW["tr"], 30)],
        "zh": [
            r"(?:更新|修改|编辑|編輯|调整|調整)(?:一下)?[^，,。！？\n]{0,4}?(?:评价|評價|评论|評論|评分|評分|差评|差評)"
        ],
    },
)

# Money paid back next to a removal, in the words missing so far ("退5美元", "betalar vi tillbaka 50 kronor",
# "geri ödeme yaparız", "вернём вам часть денег"). Source as above (refund in exchange for a review change).
_BENEFIT_R5 = {
    "zh": r"(?:退|返)\s*\d|(?:退|返)(?:您|你)\s*\d",
    "sv": r"betala\w*\s+(?:\w+\s+){0,2}?tillbaka",
    "ru": r"часть\s+(?:денег|суммы|стоимости)",
}
REMOVAL_INCENTIVE_R5 = family(
    "review.incentive",
    {lang: REVIEW_ANCHORS[lang] for lang in _BENEFIT_R5},
    {lang: [near(_removal(lang), f"(?:{_BENEFIT_R5[lang]}){_DONE}", 90)] for lang in _BENEFIT_R5},
)

# Asking for the review *now* (a deadline or urgency bound to the request: "leave your review as soon as possible",
# "Rezension so schnell wie möglich", "至急レビューを", "请尽快给我们评价") is pressure. Source: Amazon Communication
# Guidelines (shared/platforms/amazon.md §5.1: no pressure, no repeat requests); AliExpress seller rules §8
# ("malicious harassment", pressuring for reviews — https://ssopdot.com/blog/99469.html). The urgency word must
# follow the request (or lead it closely), so "contact us immediately if …; otherwise leave a review" stays clean.
URGENT = {
    "en": r"\bas\s+soon\s+as\s+possible\b|\basap\b|\bright\s+away\b|\bimmediately\b|\burgently\b|\bat\s+the\s+latest\b|"
    r"\bno\s+later\s+than\b|(?<!any\stime\s)(?<!anytime\s)\bwithin\s+(?:\d+|the\s+next)\s+(?:\w+\s+)?(?:hours?|days?)\b|"
    r"\bby\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b",
    "de": r"so\s+schnell\s+wie\s+möglich|schnellstmöglich|\bumgehend\b|\bsofort\b|\bdringend\b|\bheute\s+noch\b|"
    r"\bnoch\s+heute\b|\bspätestens\b",
    "fr": r"dès\s+que\s+possible|au\s+plus\s+vite|au\s+plus\s+tard|immédiatement|aujourd'hui\s+même|\burgen\w*|sans\s+tarder",
    "es": r"lo\s+antes\s+posible|cuanto\s+antes|hoy\s+mismo|de\s+inmediato|inmediatamente|\burgente\w*|"
    r"a\s+m[aá]s\s+tardar|sin\s+falta",
    "it": r"il\s+prima\s+possibile|al\s+più\s+presto|oggi\s+stesso|\bsubito\b|immediatamente|\burgente\w*|"
    r"al\s+più\s+tardi|senza\s+fallo",
    "pt": r"o\s+quanto\s+antes|o\s+mais\s+r[áa]pido\s+poss[íi]vel|hoje\s+mesmo|ainda\s+hoje|imediatamente|\burgente\w*|sem\s+falta",
    "nl": r"zo\s+snel\s+mogelijk|vandaag\s+nog|onmiddellijk|\bdringend\b|\buiterlijk\b",
    "pl": r"jak\s+najszybciej|jeszcze\s+dziś|natychmiast|\bpilnie\b|najpóźniej|niezwłocznie",
    "sv": r"så\s+snart\s+som\s+möjligt|\bsnarast\b|omedelbart|\bsenast\b|\bgenast\b",
    # whole words: "gözden geçirip" (look over) holds "en geç" (at the latest; batch X)
    "tr": r"\ben\s+kısa\s+sürede|\bhemen\b|acilen|bugün\s+içinde|\ben\s+geç\b",
    "ru": r"как\s+можно\s+скорее|срочно|сегодня\s+же|немедленно|не\s+позднее",
    "ar": r"في\s+أقرب\s+وقت|فورا|فورا|حالا|بشكل\s+عاجل",
    "he": r"בהקדם|\bמיד\b|בדחיפות|עוד\s+היום",
}  # fmt: skip
URGENT_CJK = {
    "ko": r"최대한\s*빨리|빨리|즉시|급히|오늘\s*중으로|오늘\s*안에|당장",
    "ja": r"至急|本日中|今日中|早急|すぐに|速やかに",
    "zh": r"尽快|盡快|马上|馬上|立即|立刻|赶紧|趕緊|今天之内",
}
# … or a deadline for it: a weekday, a date, a number of days ("post your review before the 30th", "lascia la tua
# recensione entro venerdì", "이번 주 금요일까지 리뷰를", "אחרי זה זה לא נספר": tuning batches AG, AM, AZ, DH, S, stop 38;
# the English "by Friday" / "within 7 days" were there already), or the end of the month (probes in 16 languages,
# stop 42); "any time within 90 days" is the buyer's freedom, no deadline. Same source as the urgency words.
_WEEKDAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
_MONTHS_EN = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
DEADLINE = {
    "en": rf"\b(?:before|by)\s+the\s+end\s+of\s+(?:the|this)\s+(?:month|week)\b|\bbefore\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|\bbefore\s+(?:{_WEEKDAYS_EN})\b|\bbefore\s+(?:{_MONTHS_EN})\s+\d{{1,2}}\b|"
    rf"\bby\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|\bby\s+(?:{_MONTHS_EN})\s+\d{{1,2}}\b|\buntil\s+(?:{_WEEKDAYS_EN})\b|"
    # the day named in the sentence before: "… closes this Friday. Could you post your review before then?" (blind batch
    # EA, stop 44; and the other languages' "before that date")
    r"\b(?:before|by)\s+then\b|\bbefore\s+(?:that\s+date|the\s+deadline)\b",
    # ("bis dahin", by then, after the day named: "Wir werten am Sonntag … aus. Bitte geben Sie Ihre Bewertung bis dahin
    # ab", tuning batch DM, stop 43)
    "de": r"\b(?:vor|bis)\s+(?:zum\s+)?ende\s+(?:des|dieses|der)\s+(?:monats|woche)\b|\bbis\s+monatsende\b|\bbis\s+dahin\b|\bbis\s+(?:(?:zum|spätestens)\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|\d{1,2}[._])|"
    # ("noch vor Sonntag", probes, stop 46)
    r"\bvor\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem\s+\d{1,2}\.)|"
    r"\binnerhalb\s+(?:von\s+)?(?:\d+|zwei|drei|sieben)\s+tag|\bvor\s+diesem\s+(?:datum|termin|tag)\b",
    "fr": r"\bavant\s+la\s+fin\s+(?:du\s+mois|de\s+la\s+semaine)\b|\bavant\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|\d{1,2}(?:er)?\s+[a-zéû]+)\b|"
    r"\bd'ici\s+(?:à\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|la\s+fin\s+de\s+la\s+semaine)\b|\bsous\s+\d+\s+jours\b|"
    r"\bavant\s+le\s+\d{1,2}/\d{1,2}\b|\bavant\s+cette\s+date\b|\bd'ici\s+là\b|"
    # the day of the month alone ("publier votre évaluation avant le 30 ?", probes, stop 46), not an amount or a time
    r"\bavant\s+le\s+\d{1,2}(?:er)?(?![\d,.:/h%€$]|\s*(?:%|€|\$|euros?|h\b|heures?))",
    "es": r"\bantes\s+del?\s+(?:fin|final)\s+de(?:l)?\s+mes\b|\bantes\s+del?\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\d{1,2})\b|\bantes\s+de\s+mañana\b|"
    r"\bhasta\s+el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\d{1,2})\b|\ben\s+(?:los\s+)?pr[oó]ximos\s+\d+\s+d[ií]as\b|\bantes\s+de\s+esa\s+fecha\b",
    "it": r"\bentro\s+(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|domani|stasera|(?:il\s+)?\d{1,2}\b|"
    r"\d+\s+giorni|(?:questa|fine)\s+settimana|(?:la\s+)?fine\s+(?:del\s+)?mese)|\bprima\s+di\s+(?:quella\s+data|allora)\b",
    "pt": r"\b(?:até\s+o|antes\s+do)\s+(?:fim|final)\s+do\s+mês\b|\baté\s+(?:o\s+dia\s+\d{1,2}|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|s[áa]bado|domingo|amanh[ãa]|\d{1,2}/\d{1,2})\b|\bantes\s+dessa\s+data\b",
    "nl": r"\bv[óo]{1,2}r\s+(?:het\s+)?einde\s+van\s+de\s+(?:maand|week)\b|\bv[óo]{1,2}r\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)\b|\bbinnen\s+\d+\s+dagen\b|"
    r"\buiterlijk\s+(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|\d{1,2})\b|\bvoor\s+die\s+datum\b",
    "pl": r"\bdo\s+końca\s+(?:miesiąca|tygodnia)\b|\bdo\s+(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|jutra|\d{1,2}\s+(?!lat\b|lata\b|dni\b|miesi|tygodni|godzin|minut|sztuk|zł)[a-ząćęłńóśźż]+)\b|\bw\s+ciągu\s+\d+\s+dni\b",
    "sv": r"\bföre\s+(?:slutet\s+av\s+månaden|månadens\s+slut)\b|\binnan\s+månaden\s+är\s+slut\b|\b(?:innan|till|före|senast)\s+(?:på\s+)?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|imorgon|i\s+morgon)\b|\binom\s+\d+\s+dagar\b",
    "tr": r"(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|yarın)\w{0,5}(?:\s+günü\w{0,3})?\s+kadar|(?:ay|hafta)\s+sonuna\s+kadar",
    "ru": r"\bдо\s+конца\s+(?:месяца|недели)|\bдо\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтра|\d{1,2}\s+[а-яё]+)|"
    r"\bв\s+течение\s+\d+\s+(?:дн|сут)",
    "ar": r"قبل\s+نهاية\s+(?:الشهر|الأسبوع)|قبل\s+(?:يوم\s+)?(?:الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|بكرة|غدا)",
    "he": r"עד\s+סוף\s+(?:החודש|השבוע)|עד\s+(?:יום\s+)?(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|מחר)",
}  # fmt: skip
DEADLINE_CJK = {
    "ko": r"(?:월|화|수|목|금|토|일)요일\s*까지|내일\s*까지|주말\s*까지|달\s*말까지|월말\s*까지",
    "ja": r"(?:月|火|水|木|金|土|日)曜(?:日)?まで|明日まで|週末まで|月末まで",
    "zh": r"(?:周|週|星期)[一二三四五六日天](?:之前|前)|明天(?:之前|前)|月底(?:之前|前)",
}
URGENT = {lang: f"{words}|{DEADLINE[lang]}" for lang, words in URGENT.items()}
URGENT_CJK = {lang: f"{words}|{DEADLINE_CJK[lang]}" for lang, words in URGENT_CJK.items()}
# The asks a deadline hurries, with the tú imperative, the Gulf "you add" and the Hebrew future ("deja la reseña antes
# del jueves", "ممكن تضيفين تقييمك قبل يوم الخميس؟", "נשמח אם תשאיר ביקורת עד סוף השבוע": tuning batch DM, stop 43).
_ASK_HURRIED = {
    lang: ASK[lang]
    + {
        "es": r"|\bdeja\b|\bd[ée]jala\b",
        "ar": r"|تضيف\w*|أضف|اضف|(?:ممكن|تقدر|تقدري)\s+تكتب\w*",
        "he": r"|תשאיר\w*|תכתוב|תכתבי",
    }.get(lang, "")
    for lang in ASK
}
# What the review is of, between it and the deadline ("your review of the air purifier before Sunday", "din recension
# av robotdammsugaren före söndag", "uw beoordeling van de staafmixer uiterlijk zondag": probes, stop 46): a
# preposition and at most 25 characters of the same clause.
# (Only where a probe needed it: a longer reach between the review and a deadline also reaches the seller's own words
# after it: "Bitte geben Sie die Bewertung für den Artikel erst nach dem Test ab, spätestens aber wenn Sie Zeit haben".)
_OF = {
    "de": r"für|zu|zum|zur|über|von",
    "fr": r"du|de|des|sur",
    "nl": r"van|over|voor",
    "sv": r"av|om|för|på",
}
_REVIEW_OF = {
    lang: rf"(?:{REVIEW[lang]})(?:\s+(?:{_OF[lang]})\s[^.!?。！？\n:;,]{{1,25}}?(?=\s))?"
    if lang in _OF
    else REVIEW[lang]
    for lang in REVIEW
}
#: The ask as the verb closing its clause, not a passive ("kann bis zum 30. abgegeben werden").
_ASK_LAST = {lang: rf"(?:{_ASK_HURRIED[lang]})(?!\s+(?:werden|worden))" for lang in _ASK_HURRIED}
# --- stop 47: the listing said to vanish without reviews (tests/rules/test_stop47.py, blind probes in 12 languages) ---
# "Without a few more reviews it basically vanishes from search", "Ohne neue Bewertungen wird unser Angebot bald von Amazon
# ausgeblendet", "Notre produit risque d'être retiré de la vente faute d'avis", "レビューが集まらないと、来月には出品を停止せざる
# を得ない": the buyer pressed with what the seller loses (Amazon Communication Guidelines: no pressure for reviews).
# The subject that vanishes is the listing, not a review: the change rule leaves it (``_vetoes.not_asked``).
WITHOUT_REVIEWS = (
    r"\bwithout\s+(?:\w+\s+){0,3}?(?:reviews?|ratings?)\b|\b(?:if|unless)\s+we\s+(?:don't|do\s+not)?\s*get\s+(?:\w+\s+){0,3}?reviews\b|"
    r"\bohne\s+(?:\w+\s+){0,2}?(?:bewertungen|rezensionen)\b|\bfaute\s+d'avis\b|\bsans\s+(?:\w+\s+){0,2}?(?:avis|évaluations)\b|"
    r"\bsin\s+(?:\w+\s+){0,2}?(?:reseñas?|valoraci[oó]n(?:es)?|opini[oó]n(?:es)?)\b|\bsenza\s+(?:\w+\s+){0,2}?(?:recensioni|valutazioni)\b|"
    r"\bsem\s+(?:\w+\s+){0,2}?avalia[çc](?:ões|oes|ão|ao)\b|\bn[ãa]o\s+tiver\s+avalia[çc](?:ões|oes)\b|"
    r"\bzonder\s+(?:\w+\s+){0,2}?(?:reviews|recensies|beoordelingen)\b|\bbez\s+(?:\w+\s+){0,2}?(?:opinii|recenzji|ocen)\b|"
    r"\butan\s+(?:\w+\s+){0,2}?(?:recensioner|omdömen)\b|\binte\s+når\s+(?:\w+\s+){0,2}?recensioner\b|"
    r"(?:yorum|değerlendirme)\w*\s+(?:olmadan|gelmezse|almazsak)|без\s+(?:\S+\s+){0,2}?(?:отзывов|оценок)|"
    r"بدون\s+(?:\S+\s+){0,2}?(?:ال)?تقييمات|(?:בלי|ללא)\s+(?:\S+\s+)?ה?(?:ביקורות|ביקורת|דירוג)|"
    r"レビューが(?:集まらない|ないと|少ないと|増えないと)|レビューを(?:いただけ|頂け)ないと|(?:没有|沒有)(?:新的)?(?:评价|評價|好评)|리뷰가\s*(?:부족하면|없으면|안\s*달리면)"
)
#: The words every ``WITHOUT_REVIEWS`` match holds (the anchors of the families built on it).
WITHOUT_REVIEWS_ANCHORS = (
    "without|if|unless|ohne|faute|sans|sin|senza|sem|tiver|zonder|bez|utan|inte når|yorum|değerlendirme|без|بدون|בלי|"
    "ללא|レビューが|レビューを|没有|沒有|리뷰가"
)
_LISTING_GONE = (
    r"\b(?:vanish\w*|disappear\w*|delisted|de-listed|removed|taken\s+down|pulled|drops?\s+out|buried)\b|ausgeblendet|verschwinde\w*|"
    r"\bretir[ée]\w*|\bdesaparec\w*|\bdesaparez\w*|\bretirad[oa]|\bscompar\w*|\brimoss[oa]|\bsai\s+do\s+ar|\bremovid[oa]|verdwijn\w*|znikn\w*|"
    r"zdjęt\w*|försvinn\w*|kaldırıl\w*|kaybol\w*|снимут|исчезн\w*|пропад\w*|يختفي|سيختفي|سيتم\s+حذف|ייעלם|נעלם|יורד|"
    r"停止|消え|下架|消失|내려갈|내려가|사라"
)
LISTING_GONE_PRESSURE = family(
    "review.pressure",
    {"xx": WITHOUT_REVIEWS_ANCHORS},
    {"xx": [near(WITHOUT_REVIEWS, _LISTING_GONE, 80)]},
)

# --- stop 47: the review asked of the pleased buyer and the displeased sent to the seller, in one sentence ("Falls Ihnen die
# Pfanne gefällt, würden wir uns über Ihre Meinung auf Amazon freuen; falls nicht, schreiben Sie uns lieber direkt",
# "Ürünü beğendiyseniz Amazon'da paylaşın; beğenmediyseniz … önce bize anlatın": blind probes in 6 languages) ------------
# Only the good reviews are wanted on the platform (Amazon Community Guidelines: no asking for positive reviews only;
# AliExpress §8).
_ALL_REVIEWS = "|".join(f"(?:{REVIEW[lang]})" for lang in REVIEW)
_SHARED_ON = rf"{_ALL_REVIEWS}|\b(?:meinung|parere|paylaşın)\b|ספר\s+על\s+כך"
_IF_NOT = (
    r"\b(?:if\s+not|otherwise|falls\s+nicht|wenn\s+nicht|sinon|si\s+no(?:\s+es\s+(?:tu|su)\s+caso)?|se\s+non(?:\s+l'ha\s+\w+)?|"
    r"se\s+n[ãa]o|caso\s+contr[áa]rio|zo\s+niet|als\s+(?:dat|het)\s+niet|jeśli\s+nie|om\s+inte|annars)\b|beğenmediyseniz|"
    r"если\s+нет|иначе|وإلا|وإن\s+لم|ואם\s+לא|そうでない場合|否则|否則|그렇지\s+않으면"
)
_TO_US_DIRECTLY = (
    r"\b(?:directly|direkt|directement|directamente|direttamente|diretamente|rechtstreeks|bezpośrednio|por\s+aqu[ií]|entre\s+nosotros)\b|"
    r"önce\s+bize|напрямую|مباشرة|ישירות|直接|직접"
)
POSITIVE_OR_TO_US = family(
    "review.positive_only",
    {
        "xx": "if not|otherwise|falls|wenn|sinon|si no|se non|se não|se nao|caso|zo niet|als dat|als het|jeśli|om inte|annars|"
        "beğenmediyseniz|если нет|иначе|وإلا|وإن|ואם|そうでない場合|否则|否則|그렇지"
    },
    {
        "xx": [
            rf"(?:{_SHARED_ON})[^.!?。！？\n]{{0,80}}?(?:{_IF_NOT})[^.!?。！？\n]{{0,60}}?(?:{_TO_US_DIRECTLY})"
        ]
    },
)

# --- stop 47: review pressure in the second blind set (tests/rules/test_stop47.py) -------------------------------------
# Most other buyers said to have reviewed already ("La plupart de nos clients ont déjà partagé leur avis … il ne manque
# plus que le vôtre", "Bijna iedereen … heeft al een review geschreven", "Prawie wszyscy kupujący … już nas ocenili"):
# the buyer pressed with the others (Amazon Communication Guidelines: no pressure for reviews; AliExpress §8).
_MOST_OTHERS = (
    r"\b(?:most|almost\s+all|nearly\s+(?:all|every\w*)|la\s+plupart|la\s+mayor[ií]a|casi\s+todos|la\s+maggior\s+parte|quasi\s+tutti|"
    r"a\s+maioria|quase\s+todos|die\s+meisten|fast\s+alle|bijna\s+iedereen|de\s+meeste|prawie\s+wszyscy|większość|nästan\s+alla|"
    r"de\s+flesta)\b|çoğu|большинство|почти\s+все|معظم|أغلب|כמעט\s+כל|\bרוב|大部分|大多数|大多數|대부분"
)
_ALREADY = r"\b(?:already|déjà|ya|già|já|bereits|schon|al|już|redan)\b|уже|بالفعل|כבר|すでに|已经|已經|이미"
# The buyer asked to say when the review is up, or that one will come ("Merci de nous répondre dès que vous aurez publié
# votre avis", "Laat u ons even weten wanneer de review geplaatst is?", "Kan du bekräfta att du kommer att skriva en
# recension", "评价后请回复我们一下", "리뷰 작성하신 후에 이 메시지로 답장"): a review checked up on is a review pressed for.
TELL_US_REVIEWED = (
    r"\blet\s+us\s+know\s+(?:when|once|as\s+soon\s+as)\s+(?:you(?:'ve|\s+have)?\s+)?(?:posted|left|written|submitted)\b|"
    r"\breply\s+(?:to\s+this\s+message\s+)?(?:when|once|after|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:posted|left|written)\b|"
    r"\bconfirm\s+(?:to\s+us\s+)?that\s+you(?:'ll|\s+will)\s+(?:leave|write|post)\b|"
    r"\bbestätigen\s+sie\s+(?:uns\s+)?(?:\w+\s+){0,3}?dass\s+sie\s+(?:\w+\s+){0,4}?(?:bewertung|rezension)\w*\s+abgeben\s+werden\b|"
    r"\b(?:geben\s+sie\s+uns\s+bescheid|melden\s+sie\s+sich),?\s+(?:wenn|sobald)\s+(?:\w+\s+){0,4}?(?:bewertung|rezension)\w*\b|"
    r"\b(?:répondre|nous\s+prévenir|nous\s+écrire)\s+dès\s+que\s+vous\s+aurez\s+(?:publié|laissé|écrit)\b|"
    r"\bci\s+(?:risponda|scriva|avvisi)\s+(?:\w+\s+){0,4}?(?:appena|quando)\s+(?:avrà|ha)\s+(?:pubblicato|lasciato|scritto)\b|"
    r"\b(?:confirmar|avisar|dizer)\s+(?:\w+\s+){0,3}?que\s+(?:vai|irá)\s+(?:deixar|fazer)\s+(?:a\s+|sua\s+)?avalia[çc][ãa]o\b|"
    r"\blaat\s+(?:u|je)\s+(?:ons\s+)?(?:even\s+)?weten\s+(?:wanneer|zodra)\s+(?:de|uw|je)\s+(?:review|recensie|beoordeling)\b|"
    r"\bsvara\s+(?:\w+\s+){0,5}?när\s+du\s+(?:har\s+)?(?:lagt\s+upp|skrivit|lämnat)\b|\bbekräfta\s+att\s+du\s+kommer\s+att\s+(?:skriva|lämna)\b|"
    r"(?:yorumunuzu|değerlendirmenizi)\s+yaptıktan\s+sonra\s+(?:\S+\s+){0,3}?haber\s+ver\w*|"
    r"أرسل\s+لنا\s+رسالة\s+بعد\s+أن\s+تكتب\s+التقييم|אשר\s+לנו\s+(?:\S+\s+)?שתכתוב|"
    # (not "תעדכן אותנו כשהביקורת שלך עולה, אם תרצה": asked of a buyer left free, tests/rules/test_round20_batch_z.py)
    r"(?:评价|評價|好评|好評)(?:后|後|完)\S{0,6}?(?:回复|回覆|告诉|告訴)(?:我们|我們)|리뷰\s*(?:작성|남기)\S{0,4}\s*(?:후에?)?\s*(?:\S+\s*){0,3}?답장|"
    r"리뷰를?\s*남기실\s*건지"
)
OTHERS_AND_CHECKS_PRESSURE = family(
    "review.pressure",
    {
        "xx": "most|almost|nearly|plupart|mayoría|mayoria|casi|maggior|quasi|maioria|quase|meisten|fast|bijna|meeste|prawie|"
        "większość|nästan|flesta|çoğu|большинство|почти|معظم|أغلب|כמעט|רוב|大部分|大多数|大多數|대부분|ほかのお客様|"
        "let us know|reply|confirm|bestätigen|geben|melden|répondre|prévenir|écrire|risponda|scriva|avvisi|confirmar|avisar|dizer|"
        "laat|svara|bekräfta|yaptıktan|أرسل|אשר|回复|回覆|告诉|告訴|답장|건지"
    },
    {
        "xx": [
            rf"(?:{_MOST_OTHERS})[^.!?。！？\n]{{0,60}}?(?:{_ALREADY})[^.!?。！？\n]{{0,40}}?(?:{_ALL_REVIEWS}|\b(?:ocenili|recenserat|bewertet|reviewed))",
            r"ほかのお客様は(?:みなさん|皆さん|皆様)(?:書いて|レビュー)",
            TELL_US_REVIEWED,
        ]
    },
)

REVIEW_URGENT = family(
    "review.pressure",
    {lang: REVIEW_ANCHORS[lang] for lang in (*URGENT, *URGENT_CJK)},
    {
        lang: [
            # not across a colon: "ci contatti prima di lasciare una recensione: troveremo subito una soluzione" is the
            # seller's own haste (batch N)
            rf"(?:{_ASK_HURRIED[lang]})[^.!?。！？\n:;]{{0,15}}?(?:{_REVIEW_OF[lang] if lang in ('fr', 'sv') else REVIEW[lang]})"
            rf"[^.!?。！？\n:;]{{0,15}}?(?:{URGENT[lang]})",
            # (not the haste of the verb before it, joined by "and": "confirme o recebimento hoje mesmo e deixe 5
            # estrelas" hurries the confirmation, stop 34)
            _chain(
                rf"(?:{URGENT[lang]})(?!\s+(?:and|und|et|y|e|en|i|och|ve|и)\s)",
                _ASK_HURRIED[lang],
                REVIEW[lang],
                gap=12,
            ),
            _chain(REVIEW[lang], _ASK_HURRIED[lang], URGENT[lang], gap=12),
            # Turkish puts the verb last: "ay sonuna kadar yorumunuzu yazın" (probes, stop 42), "yorumunuzu cuma gününe
            # kadar yazabilir misiniz?"; so do Dutch and German after a modal ("Wil je vóór vrijdag nog even een review
            # plaatsen?", "Zou u uw beoordeling van de staafmixer uiterlijk zondag willen plaatsen?": probes, stop 46)
            *([_chain(URGENT[lang], REVIEW[lang], _ASK_HURRIED[lang], gap=12)] if lang == "tr" else []),
            *(
                [
                    # (not whoever reviews by then: "unter allen, die bis Monatsende eine Rezension schreiben, verlosen
                    # wir", a draw — tuning ad-de-012), nor what can be done by then ("kann bis zum 30. abgegeben werden")
                    _chain(
                        rf"(?<!\bdie\s)(?<!\bwer\s)(?<!\bwie\s)(?:{URGENT[lang]})",
                        REVIEW[lang],
                        _ASK_LAST[lang],
                        gap=15,
                    ),
                    _chain(_REVIEW_OF[lang], URGENT[lang], _ASK_LAST[lang], gap=15),
                ]
                if lang in ("nl", "de", "tr")
                else []
            ),
        ]
        for lang in URGENT
    }
    | {lang: [_chain(URGENT_CJK[lang], REVIEW[lang], gap=6)] for lang in URGENT_CJK},
)

# "If you like it, leave a review" asks only the happy buyers (Amazon Communication Guidelines: no review request
# conditioned on a positive experience, shared/platforms/amazon.md §5.1; AliExpress §8), in the languages whose
# "liking" verbs were not covered yet.
IF_LIKED = {
    "de": r"\b(?:wenn|falls)\s+(?:(?!nicht\b|kein)\w+\s+){0,4}?(?:gefällt|gefallen\s+hat|gefiel|gefallen\s+haben)\b",
    "fr": r"\bsi\s+(?:(?!ne\b|pas\b)[\w']+\s+){0,3}?vous\s+(?:plaît|plait|a\s+plu)\b|\bsi\s+vous\s+(?:aimez|avez\s+aimé|appréciez|avez\s+apprécié)\b",
    "nl": r"\bals\s+(?:(?!niet\b)\w+\s+){0,4}?(?:bevalt|bevallen|beviel)\b|\bals\s+u\s+(?:\w+\s+){0,2}?(?:leuk|mooi|fijn)\s+vindt\b",
    "pl": r"\b(?:jeśli|jeżeli|gdy)\s+(?:(?!nie\b)\w+\s+){0,3}?(?:się\s+)?(?:podoba|podobał\w*|spodobał\w*)",
    "sv": r"\bom\s+(?:du|ni)\s+(?:\w+\s+)?(?:gillar|gillade|tycker\s+om|tyckte\s+om|är\s+förtjust)\b",
    "tr": r"beğendiy\w*|beğenirseniz|beğendiysen\w*|hoşunuza\s+gittiyse",
    "ru": r"если\s+(?:(?!не\s)\S+\s+){0,3}?(?:понравил\w*|нравится)",
    "ar": r"(?:إذا|اذا|لو)\s+(?:أعجبك|أعجبتك|أحببت|اعجبك|اعجبتك)",
    "ko": r"마음에\s*(?:드셨다면|드시면|드신다면|드셨으면)|좋으셨다면|만족스러우셨다면",
    "he": r"אם\s+(?:אהבת|נהנית|אהבתם|נהניתם)",
    "zh": r"(?:如果|要是|若)(?:您|你)?(?:喜欢|喜歡)|(?:喜欢|喜歡)的话|(?:喜欢|喜歡)的(?:亲|親|朋友)",
}
POSITIVE_IF_LIKED = family(
    "review.positive_only",
    {lang: REVIEW_ANCHORS[lang] for lang in IF_LIKED},
    {lang: [_chain(IF_LIKED[lang], REVIEW[lang], gap=80)] for lang in IF_LIKED},
)
# … and "if you are (fully) satisfied" where it was missing (stop 38: "Caso esteja totalmente satisfeito, ficaremos
# felizes com sua avaliação", "Als u helemaal tevreden bent, horen we het graag in een review", "Jeśli jest Pan w pełni
# zadowolony, będziemy wdzięczni za opinię", "Om du är helt nöjd blir vi glada för ett omdöme"). Not the unhappy buyer
# asked to write first ("als u niet tevreden bent"): no negation between the "if" and the word.
IF_SATISFIED = {
    "pt": r"\bcaso\s+(?:(?:voc[êe]|o\s+senhor|a\s+senhora)\s+)?(?:esteja|fique|tenha\s+ficado)\s+(?!n[ãa]o\b)(?:\w+\s+)?satisfeit[oa]s?\b",
    "nl": r"\b(?:als|indien|wanneer)\s+(?:u|je|jij)\s+(?:(?!niet\b|ontevreden\b)\w+\s+){0,2}?tevreden\s+(?:bent|was|bent\s+geweest)\b",
    "pl": r"\b(?:jeśli|jeżeli|gdy)\s+(?:(?!nie\b)\w+\s+){0,3}?(?:w\s+pełni\s+)?zadowolon\w*",
    "sv": r"\bom\s+(?:du|ni)\s+(?:är|var|blev)\s+(?!inte\b|missnöjd)(?:\w+\s+)?nöjd\w*",
}
POSITIVE_IF_SATISFIED = family(
    "review.positive_only",
    {lang: REVIEW_ANCHORS[lang] for lang in IF_SATISFIED},
    {lang: [_chain(IF_SATISFIED[lang], REVIEW[lang], gap=80)] for lang in IF_SATISFIED},
)

# Asking the buyer to reconsider or withdraw the review, in the words still missing ("heroverwegen", "ponownie
# rozważyć", "tänka om", "gözden geçir", "إعادة النظر", "다시 고려", "לשקול מחדש", "再考", "重新考虑", "ritiri la
# recensione", "reconsider the 1-star"). Source: Amazon Customer product reviews policies (Seller Central
# E8SYAZUBGVFBHCH: no asking a buyer to change or remove a review); AliExpress seller rules §8.
RECONSIDER = {
    "it": r"\britir\w+",
    "nl": r"heroverweg\w*|opnieuw\s+(?:bekijken|overwegen)",
    "pl": r"(?:ponownie|jeszcze\s+raz)\s+(?:rozważyć|rozważy\w*|przemyśle\w*|przemyśl\w*)|przemyśle\w*",
    "sv": r"tänka\s+om|tänker\s+om|ompröva\w*|omvärdera\w*",
    "tr": r"(?:tekrar|yeniden)\s+(?:gözden\s+geçir(?:ebilir|menizi|in|ir\s+mi)\w*|düşün(?:ebilir|menizi|ün|ür\s+mü)\w*)",
    "ar": r"إعادة\s+النظر|تعيد\s+النظر|تعيدي\s+النظر",
    "ko": r"다시\s*(?:한\s*번\s*)?(?:고려|생각)|재고(?:해|하)",
    "he": r"לשקול\s+מחדש|תשקול\s+מחדש|תשקלו\s+מחדש",
    "ja": r"再考|考え直",
    "zh": r"重新考虑|重新考慮|再考虑|再考慮|重新评估|重新評估",
}
RECONSIDER_CHANGE = family(
    "review.change",
    {lang: REVIEW_ANCHORS[lang] for lang in RECONSIDER} | {"en": "star"},
    {lang: [near(RECONSIDER[lang], REVIEW[lang], 30)] for lang in RECONSIDER}
    | {
        "en": [
            r"\b(?:reconsider|rethink|revisit|re-evaluate|reevaluate)\s+(?:your|the|that)\s+(?:1|2|3|one|two|three)[\s-]*stars?\b"
        ]
    },
)

# Paying or ordering directly, in the words still missing: "send the money to our business account", "faites-nous
# un virement", "pagarnos por Bizum", "直接银行转账给我们", "переводом на Сбербанк", "заказывайте у нас напрямую",
# "اطلب مباشرة من متجرنا", "알리 말고 … 직접 주문", "תזמין ישירות מאיתנו". Source: Amazon Prohibited Seller Activities
# (diverting buyers, help node 200414320); AliExpress: payments outside AliExpress lose Buyer Protection
# (shared/platforms/aliexpress.md §8, http://www.turade.com/risks-for-paying-sellers-directly.html).
OFFPLATFORM_R5 = family(
    "offplatform.payment",
    {
        "en": "account", "fr": "virement", "es": "bizum|transferencia", "zh": "转账|轉賬|汇款|匯款|打款|支付宝|支付寶|微信|银行卡|銀行卡",
        "ru": "переводом|напрямую", "ar": "مباشرة", "ko": "알리|직접", "he": "ישירות",
    },
    {
        "en": [r"\b(?:send|transfer|wire|pay|deposit)\w*\s+(?:[\w/.-]+\s+){0,4}?(?:to|into)\s+(?:our|my)\s+(?:business\s+|company\s+|"
               r"personal\s+|own\s+)?(?:bank\s+)?account\b"],
        "fr": [r"\b(?:faites|faire)[-\s](?:nous|moi)\s+un\s+virement\b|\bvirement\s+(?:bancaire\s+)?direct\w*"],
        "es": [r"\bpag(?:arnos|uenos|arme|ue|ar)\s+(?:\w+\s+){0,2}?(?:por|con|v[ií]a)\s+(?:bizum|paypal|transferencia)|"
               r"\btransferencia\s+(?:bancaria\s+)?directa\b"],
        "zh": [r"(?:转账|轉賬|汇款|匯款|打款)(?:给|給)(?:我们|我們|我)|直接[^，,。！？\n]{0,4}?(?:转账|轉賬|汇款|匯款|打款)",
               # "直接用支付宝转给我" (round 7)
               r"(?:支付宝|支付寶|微信|银行卡|銀行卡)(?:转|轉|打|付)(?:给|給|到)(?:我们|我們|我)"],
        "ru": [r"(?:оплат\w*|плат\w*)\s+(?:\S+\s+){0,2}?переводом|переводом\s+на\s+(?:карту|сбер\w*|тинькофф|т-банк)|"
               r"(?:заказ\w*|покуп\w*|куп\w*|оплат\w*)\s+(?:у\s+нас\s+)?напрямую|напрямую\s+у\s+нас"],
        "ar": [r"(?:اطلب|اشتر\w*|ادفع)\s+مباشرة\s+(?:من|إلى|ل)\S*"],
        "ko": [r"알리\s*(?:익스프레스\s*)?말고", r"(?:저희|우리)[^.!?\n]{0,6}?직접\s*(?:주문|결제|구매|입금)"],
        "he": [r"(?:תזמין|תזמינו|להזמין|לשלם|תשלם|תקנה|תקנו)\s+(?:\S+\s+){0,1}?ישירות"],
    },
)  # fmt: skip

# Buying from or paying the seller "directly" instead of on the platform ("buy directly from us", "cheaper on our
# website", "direkt über uns … Gebühren", "cómprenos directamente", "PayPal amici e familiari", "rechtstreeks aan ons
# overmaken", "handla direkt hos oss", "bize doğrudan", "الشراء منا مباشرة", "저희 스마트스토어에서 … 구매"). Source:
# Amazon Prohibited Seller Activities (diverting buyers, help node 200414320); AliExpress §8 (payment outside Buyer
# Protection, http://www.turade.com/risks-for-paying-sellers-directly.html).
OFFPLATFORM_DIRECT = family(
    "offplatform.payment",
    {
        "en": "directly|cheaper|less|lower", "de": "direkt", "es": "directamente|amigos", "it": "amici", "pt": "amigos",
        "nl": "rechtstreeks|direct", "sv": "direkt", "tr": "doğrudan", "pl": "bezpośrednio", "ar": "مباشرة",
        "ko": "스마트|자사몰|쇼핑몰|홈페이지|사이트",
    },
    {
        "en": [
            r"\b(?:buy|order|purchase)\w*\s+(?:\w+\s+){0,3}?directly\s+(?:from|with|through)\s+us\b",
            r"\b(?:buy|order|purchase|get)\w*\s+(?:\w+\s+){0,4}?(?:cheaper|for\s+less|at\s+a\s+lower\s+price)\s+(?:on|at|from|in|via)\s+"
            r"our\s+(?:\w+\s+)?(?:website|site|web\s*shop|store|shop)\b",
        ],
        "de": [
            r"(?:bestell|kauf|zahl|nachbestell)\w*\s+(?:\w+\s+){0,4}?direkt\s+(?:über|bei)\s+uns\b",
            r"\bdirekt\s+(?:über|bei)\s+uns\b[^.!?\n]{0,40}?(?:gebühr|günstiger|billiger|sparen)",
        ],
        "es": [
            r"\bc[oó]mpren(?:os|nos)\s+directamente\b|\bcompr\w*\s+(?:\w+\s+){0,3}?directamente\s+(?:a|con)\s+nosotros\b",
            r"\bpaypal\s+(?:\w+\s+){0,2}?amigos\s+y\s+famil\w+",
        ],
        "it": [r"\bpaypal\s+(?:\w+\s+){0,2}?amici\s+e\s+famil\w+"],
        "pt": [r"\bpaypal\s+(?:\w+\s+){0,2}?amigos\s+e\s+famil\w+"],
        "nl": [r"\b(?:rechtstreeks|direct)\s+aan\s+ons\s+overma\w+|\boverma\w+\s+(?:\w+\s+){0,3}?(?:rechtstreeks|direct)\s+aan\s+ons\b"],
        "sv": [r"\b(?:handla|beställ\w*|köp\w*|betala)\s+(?:\w+\s+){0,2}?direkt\s+(?:hos|från|till)\s+oss\b"],
        "tr": [r"bize\s+doğrudan\s+(?:sipariş|ödeme|verirseniz|verin)|doğrudan\s+bizden\s+(?:alın|alırsanız|sipariş)"],
        "pl": [r"\b(?:kup\w*|zamawia\w*|zamów\w*|zapłać\w*)\s+(?:\w+\s+){0,2}?bezpośrednio\s+u\s+nas\b"],
        "ar": [r"(?:الشراء|الطلب|اشتر\w*|اطلب\w*)\s+منا\s+مباشرة"],
        "ko": [r"(?:저희|우리)\s*(?:스마트\s*스토어|자사몰|쇼핑몰|홈페이지|사이트)\S*\s*(?:\S+\s+){0,2}?(?:직접\s*)?(?:구매|주문|결제)"],
    },
)  # fmt: skip

# "We have not received a review from you yet" (the review word inside the phrase), and asking again in other words
# ("bitten Sie erneut", "vous relancer", "insistimos", "one more time", "we count on you"): a follow-up on a review
# request is a repeated one. Source: Amazon Communication Guidelines (no repeat review requests for the same order,
# shared/platforms/amazon.md §5.1); AliExpress §8 (pressuring for reviews, https://ssopdot.com/blog/99469.html).
_AGAIN_R5 = {
    "en": r"\bone\s+more\s+time\b|\bcount(?:ing)?\s+on\s+you\s+to\s+(?:post|write|leave|give|share|submit|rate|review)\b",
    "de": r"\b(?:bitten|fragen)\s+sie\s+(?:erneut|nochmals|noch\s+einmal)\b|\bholen\s+sie\s+(?:das|dies|es)\s+(?:bitte\s+)?nach\b",
    "fr": r"\b(?:vous\s+)?relancer\b|\bvous\s+relançons\b",
    "es": r"\binsistimos\b", "pt": r"\binsistimos\b", "it": r"\bscriviamo\s+di\s+nuovo\b|\binsistiamo\b",
}  # fmt: skip
_NOT_YET_R5 = {
    "en": r"\bno\s+(?:review|feedback|rating)\s+(?:from\s+you\s+)?yet\b|"
    r"\bnot\s+(?:yet\s+)?(?:received|seen|gotten)\s+(?:a\s+|your\s+|any\s+)?(?:review|feedback|rating)",
    "de": r"\bnoch\s+keine\s+(?:\w+\s+)?(?:bewertung|rezension)\w*\s+(?:\w+\s+){0,3}?(?:erhalten|bekommen|gesehen)",
    "it": r"\bnon\s+abbiamo\s+ancora\s+ricevuto\s+(?:la\s+sua\s+|la\s+tua\s+|una\s+)?(?:recensione|valutazione|feedback)",
    "nl": r"\bnog\s+geen\s+(?:\w+\s+)?(?:review|recensie|beoordeling)\w*\s+(?:van\s+u\s+)?(?:ontvangen|gezien)",
    "pl": r"\bnie\s+otrzymaliśmy\s+jeszcze\s+(?:\w+\s+){0,2}?(?:opini|recenzj|ocen)\w*",
    "sv": r"\bännu\s+inte\s+(?:fått|sett)\s+(?:någon\s+|ditt\s+|din\s+)?(?:recension|omdöme|betyg)\w*",
    "ru": r"(?:ещ[её]|пока)\s+не\s+оставили\s+(?:\S+\s+)?(?:отзыв|оценк)\w*",
    "ar": r"لم\s+(?:تترك|تكتب|تضع)\s+(?:\S+\s+)?(?:تقييم|مراجع)\S*\s+بعد",
    "ko": r"아직\s*(?:리뷰|후기|평가)\S*\s*(?:가|이)?\s*없(?!는)",  # not "아직 리뷰가 없는 신상품" (a product without reviews)
    "he": r"(?:עוד|עדיין)\s+לא\s+(?:קיבלנו|ראינו)\s+(?:ממך\s+)?(?:ביקורת|חוות\s+דעת|דירוג)",
    "zh": r"一直没(?:有)?(?:收到|看到)(?:您|你)?的?(?:评价|評價|好评|好評|评论|評論)",
}  # fmt: skip
REVIEW_NOT_YET = family(
    "review.pressure",
    {lang: REVIEW_ANCHORS[lang] for lang in (*_AGAIN_R5, *_NOT_YET_R5)},
    {
        lang: [
            *([near(_AGAIN_R5[lang], REVIEW[lang], 40)] if lang in _AGAIN_R5 else []),
            *([_NOT_YET_R5[lang]] if lang in _NOT_YET_R5 else []),
        ]
        for lang in {**_AGAIN_R5, **_NOT_YET_R5}
    },
)

# ------------------------------------------------------------------------------------------- round 7 (issue 12.6)
#
# Tuned on batch H (tests/data/rules_corpus_tuning_h.jsonl), written from real seller wording rather than policy
# text. Sources of the wording (each H row cites its own):
# - the WSJ/Auxtun e-mails (2021, https://purads.com/amazon-customers-get-harassed-by-corporations-after-leaving-
#   detrimental-critiques-report-suggests/): "We are willing to refund in full. We hope you can reconsider deleting
#   comments at your convenience okay?", "When we don't receive a response, we'll assume that you didn't see it,
#   and will continue to send emails"; "A negative review is a fatal blow for us. Can you help us by deleting your
#   review? … a $20 refund to express my gratitude" (https://tech.everyeye.it/notizie/amazon-rivenditori-terze-
#   parti-premiano-utenti-rimuovono-recensioni-negative-534063.html);
# - Prensa Ibérica 2023 (https://huffingtonpost.es/tecnologia/has-recibido-mensaje-amazon-investiga-fraude-resenas-
#   negativas.html): "una compensación, con la esperanza de que pueda … borrar el comentario negativo para nosotros";
# - Seller Central UK forum, account deactivated for refunding <=3-star buyers and asking them to change the review
#   (https://sellercentral.amazon.co.uk/seller-forums/discussions/t/f9bf99667a83c3be531e950d6abf41fb);
# - AliExpress buyers asked to pay the seller directly by PayPal or T/T (http://www.turade.com/risks-for-paying-
#   sellers-directly.html) and AliExpress's "malicious harassment" for reviews (https://ssopdot.com/blog/99469.html).

# The buyer's review, with the words sellers use for it that the shared list lacks ("ainda falta seu feedback",
# "un'opinione sul prodotto", "su puntuación").
R7_REVIEW = REVIEW | {
    "pt": REVIEW["pt"] + r"|feedback",
    "it": REVIEW["it"] + r"|opinion[ei]",
    "es": REVIEW["es"] + r"|puntuaci[oó]n\w*",
}
R7_REVIEW_ANCHORS = REVIEW_ANCHORS | {
    "pt": REVIEW_ANCHORS["pt"] + "|feedback",
    "it": REVIEW_ANCHORS["it"] + "|opinion",
    "es": REVIEW_ANCHORS["es"] + "|puntuaci",
}

# Pressure 1 — "we haven't seen your review yet": a not-yet word and a seller's verb of seeing, receiving or missing,
# bound to *the buyer's* review (a possessive or "from you"), so "this model has no reviews yet" and "we haven't
# received your return; thanks for the review" stay clean. Saying the review is still missing is a follow-up on the
# review request (Amazon: one request per order; AliExpress: harassment for reviews).
_R = R7_REVIEW
NOT_SEEN = {
    "en": [
        rf"\b(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not|don't|do\s+not|can't|cannot)\s+(?:yet\s+)?(?:heard\s+back|heard|"
        rf"seen|see|received|gotten|got|found|spotted|noticed)\s+(?:anything\s+)?(?:about\s+|on\s+)?(?:(?:your|a)\s+(?:[\w-]+\s+)?"
        rf"(?:{_R['en']})\b(?!\s+from\s+(?!you\b))|any\s+(?:{_R['en']})\s+from\s+you\b)",  # not "any feedback from <the platform/the carrier>"
        rf"\bstill\s+no\s+(?:[\w-]+\s+)?(?:{_R['en']})\b",
        # "we still don't have your review" (batch S)
        rf"\bstill\s+(?:don't|do\s+not|haven't|have\s+not)\s+(?:got(?:ten)?\s+|have\s+|had\s+)?(?:your|any)\s+(?:[\w-]+\s+)?(?:{_R['en']})\b",
        rf"\b(?:your|the)\s+(?:[\w-]+\s+)?(?:{_R['en']})\s+(?:is|are)\s+(?:now\s+|long\s+|well\s+)?overdue\b",
        # the review first: "your review hasn't come through yet" (not "hasn't appeared": the platform's moderation)
        rf"\byour\s+(?:[\w-]+\s+)?(?:{_R['en']})\s+(?:still\s+)?(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:yet\s+)?"
        rf"(?:come\s+through|come\s+in|arrived|reached\s+us|been\s+(?:left|written))",
        rf"\bno\s+sign\s+of\s+(?:your|a|any)\s+(?:[\w-]+\s+)?(?:{_R['en']})\b",
    ],
    "de": [
        rf"\b(?:bis\s+(?:heute|jetzt|dato)|noch\s+(?:immer\s+)?|immer\s+noch\s+|bisher\s+)(?:\w+\s+){{0,3}}?keine?n?\s+(?:\w+\s+)?"
        rf"(?:{_R['de']})\s+(?:von\s+ihnen\s+)?(?:\w+\s+){{0,2}}?(?:gesehen|erhalten|bekommen|eingegangen|gefunden)",
        rf"\b(?:bis\s+(?:heute|jetzt)\s+|noch\s+(?:immer\s+)?|immer\s+noch\s+)(?:\w+\s+){{0,3}}?keine?n?\s+(?:\w+\s+)?(?:{_R['de']})\s+von\s+ihnen",
        rf"\bihre\s+(?:\w+\s+)?(?:{_R['de']})\s+(?:\w+\s+){{0,4}}?noch\s+(?:immer\s+)?nicht\s+(?:bei\s+uns\s+)?(?:eingegangen|angekommen|eingetroffen)",
    ],
    "fr": [
        rf"\b(?:toujours\s+pas|pas\s+encore)\s+(?:\w+\s+){{0,2}}?(?:votre|vos)\s+(?:{_R['fr']})",
        rf"\bvotre\s+(?:{_R['fr']})\s+(?:ne\s+)?(?:\w+\s+){{0,3}}?(?:pas\s+encore|toujours\s+pas)\s+(?:\w+\s+)?(?:parvenu|arrivé|reçu)",
    ],
    "es": [
        rf"\b(?:todav[ií]a|a[uú]n)\s+no\s+(?:\w+\s+){{0,3}}?(?:su|tu|sus|tus)\s+(?:{_R['es']})",
        rf"\bseguimos\s+sin\s+(?:\w+\s+)?(?:su|tu)\s+(?:{_R['es']})",
        rf"\bsu\s+(?:{_R['es']})\s+(?:todav[ií]a|a[uú]n)\s+no\s+(?:\w+\s+){{0,2}}?(?:llegad|recibid|lleg)\w*",
    ],
    "it": [
        rf"\b(?:manca(?:no)?\s+ancora|ancora\s+non|non\s+(?:\w+\s+)?ancora)\s+(?:\w+\s+){{0,2}}?(?:il\s+suo|la\s+sua|il\s+tuo|la\s+tua|"
        rf"i\s+suoi|le\s+sue)\s+(?:{_R['it']})",
        rf"\b(?:la\s+sua|il\s+suo)\s+(?:{_R['it']})\s+non\s+(?:\w+\s+){{0,3}}?ancora\s+(?:\w+\s+)?(?:arrivat|pervenut|ricevut)\w*",
    ],
    "pt": [
        rf"\b(?:ainda\s+n[ãa]o|ainda\s+falta|ainda\s+sem|continuamos\s+sem)\s+(?:\w+\s+){{0,2}}?(?:a\s+|o\s+)?(?:sua|seu|tua|teu)\s+"
        rf"(?:{_R['pt']})",
        rf"\b(?:sua|seu)\s+(?:{_R['pt']})\s+ainda\s+n[ãa]o\s+(?:\w+\s+)?(?:cheg|recebid)\w*",
    ],
    "nl": [
        rf"\b(?:(?:missen\s+(?:we|wij)|(?:we|wij)\s+missen)\s+(?:nog\s+)?(?:steeds\s+|altijd\s+)?|nog\s+(?:steeds\s+)?(?:geen|niet)\s+(?:\w+\s+){{0,2}}?)"
        rf"(?:uw|je|jouw)\s+(?:{_R['nl']})",
        rf"\b(?:uw|je|jouw)\s+(?:{_R['nl']})\s+(?:nog\s+)?(?:steeds\s+)?(?:niet|nog\s+niet)\s+(?:\w+\s+)?(?:gezien|ontvangen|binnen)",
    ],
    "pl": [
        rf"\b(?:nadal|wciąż|ciągle|jeszcze)\s+(?:nie\s+(?:\w+\s+)?|brakuje\s+|brak\s+)(?:pana|pani|państwa|twoj\w*|twoi\w*)\s+"
        rf"(?:{_R['pl']})"
    ],
    "sv": [
        rf"\b(?:saknar\s+(?:vi\s+)?(?:fortfarande\s+|ännu\s+|än\s+)?|fortfarande\s+(?:inte\s+(?:\w+\s+)?|ingen\s+)|ännu\s+(?:inte\s+"
        rf"(?:\w+\s+)?|ingen\s+))(?:din|ditt|dina|er|ert)\s+(?:{_R['sv']})"
    ],
    "tr": [
        rf"(?:{_R['tr']})\s+(?:hâlâ|hala|henüz)\s+(?:\w+\s+)?(?:gör|al|ulaş)\w*?(?:me|ma)(?:d[iıuü]k?|y[iı]z)\b",
        rf"(?:hâlâ|hala|henüz)\s+(?:sizden\s+)?(?:bir\s+)?(?:{_R['tr']})\s+(?:\w+\s+)?(?:gör|al|ulaş)\w*?(?:me|ma)(?:d[iıuü]k?|y[iı]z)\b",
    ],
    "ru": [rf"(?:до\s+сих\s+пор|вс[её]\s+ещ[её]|пока(?:\s+что)?|ещ[её])\s+(?:не\s+(?:\S+\s+){{0,2}}?|нет\s+)ваш\S*\s+(?:{_R['ru']})"],
    "ar": [rf"(?:لم\s+(?:نر|نرى|نستلم|يصلنا|تصلنا|نتلق)\S*|ما\s+زلنا\s+لم\s+\S+)\s+(?:\S+\s+)?(?:{_R['ar']})"],
    "he": [rf"(?:עדיין|עוד)\s+(?:לא\s+(?:ראינו|קיבלנו|ראיתי|קיבלתי)\s+(?:את\s+)?|חסר(?:ה)?\s+|אין\s+)(?:ה)?(?:{_R['he']})\S*\s+שלך"],
    "ko": [
        rf"아직\s*(?:{_R['ko']})\S*\s*(?:\S+\s*)?(?:확인되지|확인이\s*안|못\s*받|받지\s*못)",
        rf"(?:{_R['ko']})\S*\s*아직\s*(?:못\s*받|받지\s*못|확인되지|확인이\s*안)",
    ],
    "ja": [
        rf"まだ[^.!?。！？\n]{{0,6}}?(?:{_R['ja']})[^.!?。！？\n]{{0,10}}?(?:確認でき|届い|拝見|見当たら|いただけて|頂けて)[^.!?。！？\n]{{0,6}}?(?:ません|ない|ず)",
        rf"(?:{_R['ja']})[^.!?。！？\n]{{0,4}}?まだ[^.!?。！？\n]{{0,10}}?(?:確認でき|届い|拝見|見当たら|いただけて|頂けて)[^.!?。！？\n]{{0,6}}?(?:ません|ない|ず)",
    ],
    "zh": [rf"(?:还|還|仍|尚|一直)(?:没|沒|未)(?:有)?(?:收到|看到|见到|見到)(?:您|你)(?:的)?(?:\S{{0,2}})?(?:{_R['zh']})"],
}  # fmt: skip

# Pressure 2 — "we will keep e-mailing you (until you post it)": a promise of further messages, in a message whose
# sentence (or the one before) names the review. The WSJ/Auxtun wording: "When we don't receive a response, we'll
# assume that you didn't see it, and will continue to send emails."
# … unless the review is one the buyer was thanked for: "Thanks for the review! We'll keep e-mailing you the
# tracking updates", "レビューありがとうございます。配送状況は引き続きご案内いたします。"
_THANKED = (
    r"\bthank|\bdank|\bmerci\b|\bgracias\b|\bgrazie\b|\bobrigad|\bbedankt\b|\bdzięk|\btack\b|teşekkür|спасибо|благодар|"
    r"شكر|תודה|감사|고맙|ありがとう|感謝|感谢|谢谢|謝謝"
)
KEEP_WRITING = {
    "en": r"\b(?:keep|continue\s+to|continue)\s+(?:e-?mailing|messaging|writing\s+to|contacting|reminding|e-?mail|message|write\s+to|"
    r"contact|remind)\s+you\b|\b(?:keep|continue\s+to|continue)\s+send(?:ing)?\s+(?:you\s+)?(?:e-?mails|messages|reminders)\b",
    "de": r"\b(?:weiter(?:hin)?|so\s+lange)\s+(?:\w+\s+){0,2}?(?:schreiben|anschreiben|kontaktieren|erinnern|mailen)\b|"
    r"\bschreiben\s+ihnen\s+(?:so\s+lange|weiter)\b|\b(?:senden|schicken)\s+(?:ihnen\s+)?weiter(?:hin)?\s+(?:e-?mails|nachrichten)\b",
    "fr": r"\bcontinuer(?:ons|ai|)\s+à\s+(?:vous\s+)?envoyer\s+des\s+(?:mails|e-?mails|messages)\b|\bcontinuer(?:ons|ai|)\s+à\s+vous\s+(?:écrire|relancer|contacter|envoyer)|\bvous\s+relancer(?:ons|ai)\s+jusqu",
    "es": r"\bseguir(?:emos|é)\s+(?:escribi|contact|record|envi)\w*|\bcontinuar(?:emos|é)\s+(?:escribi|contact|envi|record)\w*",
    "it": r"\bcontinuer(?:emo|ò)\s+a\s+(?:scriver|contattar|ricordar|inviar)\w*",
    "pt": r"\b(?:vamos|iremos)\s+continuar\s+(?:a\s+enviar|escrevendo|enviando|entrando\s+em\s+contato|lembrando)|\bcontinuaremos\s+(?:a\s+)?"
    r"(?:escrever|enviar|escrevendo|enviando|lembrar)",
    "nl": r"\bblijven\s+(?:we|wij)\s+(?:u|je)\s+(?:mailen|schrijven|berichten|herinneren|contacteren)|\b(?:we|wij)\s+blijven\s+(?:u|je)\s+"
    r"(?:mailen|schrijven|berichten|herinneren)",
    "pl": r"\bbędziemy\s+(?:dalej\s+|nadal\s+)?(?:pisać|przypominać|kontaktować)|\bnadal\s+będziemy\s+(?:pisać|przypominać)",
    "sv": r"\bfortsätter\s+(?:vi\s+)?(?:att\s+)?(?:skriva|mejla|påminna|kontakta)|\bkommer\s+(?:att\s+)?fortsätta\s+(?:att\s+)?"
    r"(?:skriva|mejla|påminna)",
    "tr": r"(?:yazmaya|mesaj\s+atmaya|hatırlatmaya|ulaşmaya)\s+devam\s+ede\w*",
    "ru": r"будем\s+(?:и\s+дальше\s+|дальше\s+|продолжать\s+)?(?:писать|напоминать|беспокоить)|продолж\w*\s+(?:вам\s+)?(?:писать|напоминать)",
    "ar": r"(?:سنواصل|سنستمر\s+في)\s+(?:مراسلتك|التواصل\s+معك|تذكيرك|الكتابة\s+إليك)",
    "he": r"נמשיך\s+(?:ל)?(?:לכתוב|לפנות|להזכיר|לשלוח)",
    "ko": r"계속\s*(?:연락|메시지|안내|메일)\s*(?:을\s*|를\s*)?(?:드리|보내)",
    "ja": r"引き続き(?:ご連絡|連絡|メール|メッセージ|ご案内)",
    "zh": r"(?:继续|繼續)(?:给|給)(?:您|你)(?:发|發)(?:消息|信息|邮件|郵件)|(?:会|會)(?:一直|继续|繼續)(?:联系|聯繫|提醒)(?:您|你)",
}  # fmt: skip
KEEP_WRITING_ANCHORS = {
    "en": "keep|continue", "de": "weiter|lange|schreiben", "fr": "continuer|relancer", "es": "seguir|continuar",
    "it": "continuer", "pt": "continuar|continuaremos", "nl": "blijven", "pl": "będziemy|nadal", "sv": "fortsätt",
    "tr": "devam", "ru": "будем|продолж", "ar": "سنواصل|سنستمر", "he": "נמשיך", "ko": "계속", "ja": "引き続き",
    "zh": "继续|繼續|一直",
}  # fmt: skip
REVIEW_KEEP_WRITING_R7 = linked_family(
    "review.pressure",
    KEEP_WRITING_ANCHORS,
    {lang: [p] for lang, p in KEEP_WRITING.items()},
    {lang: rf"(?:{R7_REVIEW[lang]})" for lang in KEEP_WRITING},
    after=True,  # "… 继续给您发消息，直到您有空写评论为止": the review may close the sentence
    unless={lang: _THANKED for lang in KEEP_WRITING},
)

# Pressure 3 — the count of messages near the review word: "the 3rd time we write", "vårt tredje meddelande",
# "третье сообщение", "3回目のご連絡", "ההודעה השלישית", "terceira mensagem".
REPEATED_R7 = {
    "en": r"\b\d+(?:st|nd|rd|th)\s+(?:time|message|e-?mail|reminder|request)\b",
    "sv": r"\b(?:andra|tredje|fjärde|sista)\s+meddelande\w*",
    "ru": r"(?:второе|третье|четв[её]ртое|последнее)\s+сообщени\w*|снова\s+беспоко\w*",
    "pt": r"\b(?:segunda|terceira|quarta|última)\s+mensagem\b",
    "he": r"ההודעה\s+(?:השנייה|השלישית|הרביעית)",
    "ja": r"(?:[2-9２-９]|二|三|四)(?:回目|度目)の(?:ご連絡|連絡|メッセージ|ご案内)",
}  # fmt: skip
# Pressures 1 and 3 share their anchors (the review words): one phrase per language, so a message opens their
# windows and checks their literals once; pressure 2 has its own anchors. One family for the three.
REVIEW_PRESSURE_R7 = merged(
    family(
        "review.pressure",
        {lang: R7_REVIEW_ANCHORS[lang] for lang in NOT_SEEN},
        {lang: [*NOT_SEEN[lang], *([near(REPEATED_R7[lang], REVIEW[lang], 60)] if lang in REPEATED_R7 else [])]
         for lang in NOT_SEEN},
    ),
    REVIEW_KEEP_WRITING_R7,
)  # fmt: skip

# Change 1 — the review named, then a request to take "it" away in the next sentence: "A negative review is a fatal
# blow for us. Could you help us by deleting it?", "¿Nos ayudaría quitándola?", "Potrebbe aiutarci cancellandola?",
# "Wären Sie so nett, sie herauszunehmen?". A request word, a removal verb and a pronoun (or clitic) for its
# object; the review word must occur earlier in the sentence or in the one before (:class:`._lexicon.Linked`).
_REQ = {
    "en": r"\b(?:please|kindly|could\s+you|would\s+you|can\s+you|will\s+you|you\s+could|any\s+chance|would\s+you\s+mind|help\s+us|"
    r"would\s+it\s+be\s+possible)\b",
    "de": r"\b(?:bitte|könnten\s+sie|würden\s+sie|können\s+sie|wären\s+sie|helfen\s+sie)\b",
    "fr": r"\b(?:pourriez|pouvez|merci\s+de|veuillez|s'il\s+vous|accepteriez|aider|aidez)\w*",
    "es": r"\b(?:podr[ií]a|puede|por\s+favor|ayudar[ií]a|ay[uú]de\w*|le\s+importar[ií]a|le\s+pedimos|te\s+pedimos|(?:te|le)\s+volvemos\s+a\s+pedir)\w*",
    "it": r"\b(?:potrebbe|pu[oò]|per\s+favore|aiutar\w*|le\s+chiediamo)",
    "pt": r"\b(?:pode|poderia|por\s+favor|ajud\w*|pedimos)",
    "nl": r"\b(?:zou\s+u|kunt\s+u|wilt\s+u|alstublieft|helpen)\b",
    "pl": r"\b(?:czy|prosimy|proszę|pomoże|pomóc)\b",
    "sv": r"\b(?:kan\s+du|skulle\s+du|snälla|vänligen|hjälpa)\b",
    "tr": r"(?:misiniz|mısınız|lütfen|rica|yardımcı\s+olabilir)",
    "ru": r"(?:пожалуйста|не\s+могли\s+бы|можете|просим|помо\w+)",
    "ar": r"(?:هل\s+يمكنك|يرجى|نرجو|من\s+فضلك|مساعدتنا)",
    "he": r"(?:תוכל|תוכלי|בבקשה|האם|אנא|לעזור|נשמח)",
}  # fmt: skip
# … after the verb, a place the thing is taken out of makes it a physical removal, unless it is the listing
_PLACE = r"(?!\s+(?:du|de\s+la|des|de\s+l'|del|de\s+los|de\s+las|dal|dalla|dallo|dai|dalle|da|do|das|dos)\s+(?!(?:site|fiche|annonce|page|anuncio|p[aá]gina|inserzione|sito|an[uú]ncio|plataforma|piattaforma|plateforme)\b))"
_TAKE_IT = {
    "en": r"\b(?:delet\w*|remov\w*|withdraw\w*|retract\w*)\s+(?:it|this|that|them)\b"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:and|so|please|now|today|for\s+us|from\s+(?:the\s+)?(?:product\s+)?(?:page|listing|site))\b)|"
    r"\btak(?:e|ing)\s+(?:it|this|that|them)\s+(?:down|off)\b|\bget\s+rid\s+of\s+(?:it|this|that)\b",
    "de": r"\b(?:sie|diese|das|es)\s+(?:\w+\s+)?(?:zu\s+)?(?:löschen|entfernen|herauszunehmen|herausnehmen|rauszunehmen|rausnehmen|"
    r"zurückzunehmen|zurücknehmen|zurückzuziehen|zurückziehen)\b",
    "fr": rf"(?:\b(?:la|le|les)\s+(?:supprim|retir|enlev|effac)\w*|\b(?:supprimez|retirez|enlevez|effacez)[-\s](?:la|le|les)\b)\b{_PLACE}",
    "es": rf"(?:\b(?:quit|borr|elimin|retir)\w*(?:la|lo|las|los)\b|\b(?:la|lo)\s+(?:quit|borr|elimin|retir|edit|modifiqu|cambi|actualic)\w*)\b{_PLACE}",
    "it": rf"(?:\b(?:cancell|rimuov|elimin|togli)\w*(?:la|lo)\b|\b(?:la|lo)\s+(?:cancell|rimuov|elimin|togl)\w*)\b{_PLACE}",
    # (hidden too: "Você pode esconder ele?"; and the pronoun before the verb in Portugal: "Se a editar ou remover", stop 34)
    "pt": rf"(?:\b(?:apag|remov|exclu|retir|tir|escond|ocult)\w*(?:\s+ela|\s+ele|-a|-la|-o|-lo)\b|"
    rf"\b(?:a|o)\s+(?:apag|remov|exclu|retir|tir|edit|alter)(?:ar|er|ir|e|a)\b){_PLACE}",
    # (and adjusted: "We storten €10 terug als je die wilt aanpassen", stop 33)
    # (the word between an adverb or the review itself: "Kunt u het afleveradres wijzigen?" changes an address, stop 38)
    "nl": r"\b(?:hem|het|deze|die|haar)\s+(?:(?:nog|even|alsnog|misschien|eventueel|graag|toch|wilt|wil|kunt|kan|zou|zoudt|zouden|mag|recensies?|reviews?|beoordeling\w*|feedback|sterren|waardering|commentaar)\s+)?(?:te\s+)?(?:verwijderen|weg\s+te\s+halen|weghalen|intrekken|in\s+te\s+trekken|"
    r"aanpassen|aan\s+te\s+passen|wijzigen|te\s+wijzigen)\b",
    "pl": r"\b(?:usu\w*|wycofa\w*|skasowa\w*)\s+(?:ją|go)\b(?!\s+(?:z|ze)\s)|\b(?:ją|go)\s+(?:usu\w*|wycofa\w*)",
    "sv": r"\b(?:ta\s+bort|radera|dra\s+tillbaka)\s+(?:den|det)(?=\s*(?:[?.!,;]|$)|\s+(?:och|så|snälla|tack|för\s+oss)\b)",
    "tr": r"(?:onu|bunu|şunu)\s+(?:sil|kaldır|geri\s+çek)\w*",
    "ru": r"(?:удал|убр|убер|отозв)\S*\s+(?:его|её|ее)(?=\s*(?:[?.!,;]|$)|\s+(?:и|пожалуйста|сейчас|сегодня)\s)|"
    r"(?:его|её|ее)\s+(?:удал|убр|убер|отозв)\S*(?=\s*(?:[?.!,;]|$))",
    "ar": r"(?:ب|و)?(?:حذف|إزالت|ازالت|سحب)(?:ه|ها)\b|احذف(?:ه|ها)\b",
    "he": r"(?:ו)?(?:להוריד|למחוק|להסיר|(?:תמחק|תוריד|תסיר)[יו]?)\s+(?:אותה|אותו)(?=\s*(?:[?.!,;]|$)|\s+(?:ו|בבקשה|עכשיו|היום))",
}  # fmt: skip
_TAKE_IT_ANCHORS = {
    "en": "delet|remov|withdraw|retract|take|taking|rid", "de": "löschen|entfernen|heraus|raus|zurück",
    "fr": "supprim|retir|enlev|effac", "es": "quit|borr|elimin|retir|edit|modifiqu|cambi|actualic", "it": "cancell|rimuov|elimin|togli|togl",
    "pt": "apag|remov|exclu|retir|tir|escond|ocult|edit|alter", "nl": "verwijder|weg|intrek|trekken|aanpassen|aan te|wijzigen", "pl": "usu|wycofa|skasowa",
    "sv": "bort|radera|tillbaka", "tr": "sil|kaldır|çek", "ru": "удал|убр|убер|отозв", "ar": "حذف|إزالت|ازالت|سحب|احذف",
    "he": "להוריד|למחוק|להסיר|תמחק|תוריד|תסיר",
}  # fmt: skip
# A review named in the seller's shorthand too: "a negative like yours", "the 1-star".
_CONTEXT_EXTRA = {
    "en": r"(?!\s+(?:field|box|section|card|line))|\b(?:a|the|your|this|that)\s+(?:negative|neg|1-star|one-star|1\s+star|"
    r"bad\s+one)\b"
}
ANAPHORIC_CHANGE_R7 = linked_family(
    "review.change",
    _TAKE_IT_ANCHORS,
    {lang: [near(_REQ[lang], _TAKE_IT[lang], 50)] for lang in _TAKE_IT},
    {lang: rf"(?:{R7_REVIEW[lang]}){_CONTEXT_EXTRA.get(lang, '')}" for lang in _TAKE_IT},
)

# Change 2 — "if your stars reflected that now": a wish that the review show the fix, with the fix named by a
# pronoun or "now" ("wenn Ihre Sterne das jetzt auch widerspiegeln", "se le sue stelle lo rispecchiassero", "als uw
# sterren dat ook laten zien", "星の数にも反映していただける", "별점에도 반영해 주시면"). The round-4 family needs the fix named.
_THAT_NOW = {
    "en": r"\b(?:that|it|this|now)\b", "de": r"\b(?:das|dies|es|jetzt|nun)\b", "fr": r"\b(?:cela|ça|le|maintenant)\b",
    "es": r"\b(?:eso|esto|lo|ahora)\b", "it": r"\b(?:lo|questo|ciò|ora|adesso)\b", "pt": r"\b(?:isso|isto|agora)\b",
    "nl": r"\b(?:dat|dit|het|nu)\b", "pl": r"\b(?:to|teraz)\b", "sv": r"\b(?:det|detta|nu)\b", "ru": r"(?:это|теперь|сейчас)",
    "tr": r"(?:bunu|şimdi|artık)", "ar": r"(?:ذلك|هذا|الآن)", "he": r"(?:את\s+זה|זאת|עכשיו)",
}  # fmt: skip
_MIRROR = REFLECT | {
    "pt": REFLECT["pt"] + r"|\breflet\w*",
    "nl": REFLECT["nl"] + r"|\blaten\s+zien\b",
    "tr": r"yansıt\w*",
    "ar": r"(?:تعكس|يعكس)",
    "he": r"(?:ישקפ\w*|לשקף|ישקף)",
}
_WISH_R7 = WISH | {
    "es": WISH["es"] + r"|\ble\s+importar[ií]a\b|\bnos\s+gustar[ií]a\b",
    "pl": WISH["pl"] + r"|\bgdyby\b",
    "tr": WISH["tr"] + r"|mutlu\s+eder|seviniriz",
    "he": WISH["he"] + r"|\bנשמח\b",
    "ar": WISH["ar"] + r"|يسعدنا|نتمنى",
}
MIRROR_CHANGE_R7 = family(
    "review.change",
    {lang: R7_REVIEW_ANCHORS[lang] for lang in _THAT_NOW}
    | {"ja": "評価|星|レビュー", "ko": "별점|리뷰|후기|평점"},
    {
        lang: [
            _chain(
                _WISH_R7[lang],
                rf"(?:{R7_REVIEW[lang]})",
                rf"(?:(?:{_THAT_NOW[lang]})\s+(?:\w+\s+){{0,2}}?(?:{_MIRROR[lang]})|(?:{_MIRROR[lang]})\w*\s+(?:\w+\s+)?(?:{_THAT_NOW[lang]}))",
                gap=50,
            )
        ]
        for lang in _THAT_NOW
        if lang not in ("tr", "ar")
    }
    | {
        # Turkish: the wish closes the sentence ("… yıldızlarınızın da bunu yansıtması bizi çok mutlu eder")
        "tr": [
            _chain(
                rf"(?:{R7_REVIEW['tr']})",
                r"(?:bunu|şimdi|artık)\s+(?:\w+\s+)?yansıt\w*",
                r"(?:mutlu\s+eder|seviniriz|rica|lütfen|misiniz|mısınız)",
                gap=40,
            )
        ],
        # Arabic: the verb before its subject ("يسعدنا أن تعكس نجومك ذلك")
        "ar": [_chain(_WISH_R7["ar"], _MIRROR["ar"], rf"(?:{R7_REVIEW['ar']})", _THAT_NOW["ar"], gap=30)],
        # Japanese and Korean: the wish follows the verb
        "ja": [
            rf"(?:{R7_REVIEW['ja']}|星の数)[^.!?。！？\n]{{0,6}}?反映(?:して|させて)?(?:いただ|頂|ください|下さい|もらえ)",
            # "評価の星の数も現状に合わせていただけないでしょうか" (batch T)
            rf"(?:{R7_REVIEW['ja']}|星の数)[^.!?。！？\n]{{0,6}}?(?:現状|今の状況|現在の状況)に合わせ(?:て)?(?:いただ|頂|ください|下さい|もらえ)",
        ],
        "ko": [r"(?:별점|리뷰|후기|평점)\S*\s*(?:에도|에)?\s*반영(?:해|하여)\s*(?:주시|주세요|주실|부탁)"],
    },
)

# Change 3 — taking a review away named as a noun ("reconsidérer la suppression de vos commentaires", "la eliminación
# de su reseña") after a wish, or as a participle inside a condition ("una volta tolta la recensione", "una vez
# borrada la reseña"): a removal asked for without a removal verb in the imperative.
_REMOVAL_NOUN = {
    "en": rf"\b(?:removal|deletion|withdrawal)\s+of\s+(?:your|the|that)\s+(?:[\w-]+\s+)?(?:{REVIEW['en']})",
    "fr": rf"\b(?:suppression|retrait)\s+(?:de\s+|d')(?:votre|vos|l'|la|le|ce|cet|cette|ces)\s*(?:{REVIEW['fr']})",
    "es": rf"\b(?:eliminaci[oó]n|retirada|borrado)\s+de\s+(?:su|la|tu|esa)\s+(?:{R7_REVIEW['es']})",
    "it": rf"\b(?:rimozione|cancellazione|eliminazione)\s+(?:della|del|dei|delle)\s+(?:sua\s+|tua\s+)?(?:{R7_REVIEW['it']})",
    "pt": rf"\b(?:remo[çc][ãa]o|exclus[ãa]o|retirada)\s+d[aoe]s?\s+(?:sua\s+|seu\s+)?(?:{R7_REVIEW['pt']})",
}
_GONE_IF = {
    "it": rf"\b(?:una\s+volta|appena|dopo\s+aver)\s+(?:tolt|rimoss|cancellat|eliminat)[aoie]\s+(?:la|il|le|i)\s+(?:sua\s+)?(?:{R7_REVIEW['it']})",
    "es": rf"\b(?:una\s+vez|en\s+cuanto|tras)\s+(?:eliminad|borrad|retirad|quitad)[ao]s?\s+(?:la|el|su|sus|las|los)\s+(?:{R7_REVIEW['es']})",
    "pt": rf"\b(?:uma\s+vez|assim\s+que|ap[óo]s)\s+(?:removid|apagad|exclu[ií]d|retirad)[ao]s?\s+(?:a|o|sua|seu)\s+(?:{R7_REVIEW['pt']})",
}
_NOMINAL_CHANGE_R7 = family(
    "review.change",
    {"en": "removal|deletion|withdrawal", "fr": "suppression|retrait", "es": "eliminaci|retirada|borrad|quitad|eliminad|retirad",
     "it": "rimozione|cancellazione|eliminazione|tolt|rimoss|cancellat|eliminat", "pt": "remo|exclus|retirad|removid|apagad|exclu"},
    {lang: [_wished(lang, _REMOVAL_NOUN[lang]), *([_GONE_IF[lang]] if lang in _GONE_IF else [])] for lang in _REMOVAL_NOUN},
)  # fmt: skip
REVIEW_CHANGE_R7 = merged(ANAPHORIC_CHANGE_R7, MIRROR_CHANGE_R7, _NOMINAL_CHANGE_R7)

# Incentive — a reward announced to "whoever reviews": "Customers who share their experience on the product page get
# a $15 gift card", "a los clientes que nos dejan su opinión les regalamos un cheque", "wie een recensie schrijft,
# krijgt een cadeaubon", "всем, кто напишет отзыв, дарим сертификат" (Amazon's review policy: no "payments, gift
# cards, free products, refunds" for reviews — https://algomasonline.freshdesk.com/support/solutions/articles/
# 64000262140). Who, review, a giving verb and the benefit, in one sentence: "customers who left a review told us …
# free size guide" names no gift.
_WHO = {
    "en": r"\b(?:customers?|buyers?|anyone|everyone|those|people|all)\s+who\b|\bwhoever\b",
    "de": r"\b(?:wer|alle,?\s+die|kunden,?\s+die|jeder,?\s+der)\b",
    "fr": r"\b(?:clients?\s+qui|ceux\s+qui|tous\s+ceux\s+qui|quiconque|chaque\s+client\s+qui)\b",
    "es": r"\b(?:clientes?\s+que|quienes?|todos\s+los\s+que|los\s+que)\b",
    "it": r"\b(?:chi|clienti\s+che|coloro\s+che|tutti\s+quelli\s+che)\b",
    "pt": r"\b(?:quem|clientes?\s+que|todos\s+que|aqueles\s+que)\b",
    "nl": r"\b(?:wie|klanten\s+die|iedereen\s+die)\b",
    # "pierwszych 20 klientów, którzy wystawią opinię", "de 20 första kunderna som …" (the first buyers: probes, stop 42)
    "pl": r"\b(?:kto|każdy,?\s+kto|klien(?:ci|tów|tom),?\s+którzy|klientki,?\s+które|osób,?\s+które)\b",
    "sv": r"\b(?:alla\s+som|den\s+som|de\s+som|kunder(?:na)?\s+som)\b",
    # "Покупатели, оставившие отзыв, получают …" (the participle: stop 41)
    "ru": r"(?:всем,?\s+кто|тем,?\s+кто|каждому,?\s+кто|кто|покупател\w*,?\s+(?=оставивш|написавш))",
    "ar": r"(?:كل\s+من|لكل\s+من|من\s+يكتب|من\s+يترك)",
    "ko": r"(?:주신\s*분|하신\s*분|분께|분들께|고객님께)",
    "he": r"(?:כל\s+(?:לקוח|לקוחה|מי)\s+ש|מי\s+ש|(?:ה)?לקוחות\s+(?:ה\S+\s+)?ש)",  # "כל לקוח שכותב ביקורת … מקבל" (batch AP)
}  # fmt: skip
_GIVES = {
    "en": r"\b(?:get|gets|receive|receives|earn|earns|will\s+(?:get|receive)|we(?:'ll|\s+will)?\s+(?:send|give|offer))\b",
    "de": r"\b(?:erhält|erhalten|bekommt|bekommen|schenken|geben\s+wir|senden\s+wir)\b",
    "fr": r"\b(?:reçoit|reçoivent|recevra|recevront|obtient|gagne|offrons|offrirons|envoyons)\b",
    "es": r"\b(?:recibe|reciben|recibir[aá]n?|obtiene|gana|regalamos|damos|enviamos|les?\s+regalamos)\b",
    "it": r"\b(?:riceve|ricevono|ricever[aà]|ottiene|vince|regaliamo|diamo|inviamo)\b",
    "pt": r"\b(?:ganha|ganham|recebe|recebem|receber[aá]|damos|enviamos|presenteamos)\b",
    "nl": r"\b(?:krijgt|krijgen|ontvangt|ontvangen|geven\s+we|sturen\s+we|maakt\s+kans\s+op|maken\s+kans\s+op)\b",
    "pl": r"\b(?:dostaje|dostaną|dostają|dostanie|otrzymuje|otrzymują|otrzymają|otrzyma|dajemy|wysyłamy)\b",
    "sv": r"\b(?:får|ger\s+vi|skickar\s+vi)\b",
    "ru": r"(?:(?<![а-яё])дарим|получает|получают|получит|получат|отправим|даём|даем)",
    "ar": r"(?:يحصل|تحصل|سيحصل|نمنح|نقدم)",
    "ko": r"(?:드립니다|드려요|드림|증정|지급)",
    "he": r"(?:מקבל\w*|יקבל\w*|נעניק|נשלח)",
}  # fmt: skip
_GIFT = {
    "es": r"|cheque(?:\s+regalo)?",
    "ru": r"|сертификат\w*",
    "ko": r"|상품권|기프티콘",
    "ar": r"|قسيمة",
    "sv": r"|presentkort",
    "nl": r"|cadeaubon",
    "pl": r"|bon\b",
    "he": r"|אחריות",
    "pt": r"|mimos?\b|brindes?\b",  # "ganha um mimo surpresa" (blind batch DB)
    "en": r"|hampers?\b",  # "draw one lucky person to receive a hamper" (blind batch DB)
    "it": r"|omaggio\b",
}
_REVIEWING = {
    "en": r"|\b(?:share|post|write)\s+(?:your|their|his|her)\s+experience\b",
    "pt": r"|\bavalia(?:m|r)?\b",  # "toda cliente que avalia o kit … ganha um mimo" (blind batch DB)
}
WHO_INCENTIVE_R7 = family(
    "review.incentive",
    {lang: R7_REVIEW_ANCHORS[lang] + {"en": "|experience", "sv": "|recensera|betygsätt", "pt": "|avalia|avaliam|avaliar"}.get(lang, "") for lang in _WHO},
    {
        lang: [
            _chain(_WHO[lang], rf"(?:{R7_REVIEW[lang]}){_REVIEWING.get(lang, '')}", _GIVES[lang],
                   rf"(?:{BENEFIT[lang]}{_GIFT.get(lang, '')})", gap=50)
        ]
        for lang in _WHO if lang != "ko"
    }
    | {"ko": [_chain(R7_REVIEW["ko"], _WHO["ko"], rf"(?:{BENEFIT['ko']}{_GIFT['ko']})", _GIVES["ko"], gap=30)]}
    | {
        "sv": [
            _chain(_WHO["sv"], rf"(?:{R7_REVIEW['sv']}|recensera\w*|betygsätt\w*)", _GIVES["sv"], rf"(?:{BENEFIT['sv']}{_GIFT['sv']})", gap=50),
            _chain(r"\bfår\b", _WHO["sv"], rf"(?:{R7_REVIEW['sv']}|recensera\w*|betygsätt\w*)", rf"(?:{BENEFIT['sv']}{_GIFT['sv']})", gap=50),
        ]
    },
)  # fmt: skip

# The steps of a paid review, across the sentences or lines of a list: "GET A FREE GIFT! / 1. Leave your honest review /
# 2. Email a screenshot … / 3. We'll ship your free lid set", "To unlock your FREE extended warranty, simply: 1. Leave a
# review 2. Reply with a screenshot of your review", "Fancy a free filter? Just leave your review, reply with your reviewer
# name, and we'll post one out" (stop 34). The proof asked (a screenshot, the reviewer's name), the review named before
# it and a benefit anywhere around, within a few lines.
_PROOF = SHOT | {
    "en": SHOT["en"]
    + r"|reviewer\s+name|(?:profile|account)\s+name|name\s+(?:you\s+)?(?:posted|reviewed)\s+under",
}
STEPS_REWARD = linked_family(
    "review.incentive",
    {
        "en": "screen|reviewer name|profile name|account name|posted under|reviewed under", "de": "screenshot|bildschirmfoto",
        "fr": "capture", "es": "captura|pantallazo", "it": "screenshot|schermat|cattur", "pt": "print|captura|screenshot",
        "nl": "screenshot|schermafbeelding", "pl": "zrzut|screenshot|screen", "sv": "skärmdump|skärmbild|screenshot",
        "tr": "ekran", "ru": "скриншот|скрин", "ar": "لقطة|سكرين|صورة", "ko": "캡처|캡쳐|스크린샷", "he": "צילום",
        "ja": "スクリーンショット|スクショ|キャプチャ", "zh": "截图|截圖|截屏",
    },
    {lang: [_PROOF[lang]] for lang in SHOT},
    # the review asked for ("leave a review"), not one thanked for ("Thanks for your review! … send us a screenshot of
    # the error and we'll send a free replacement")
    {lang: _chain(ASK[lang], REVIEW[lang], gap=40) for lang in SHOT},
    after=True,
    ahead=True,
    reach=220,
    also={lang: rf"(?:{BENEFIT[lang]})" for lang in SHOT},
)  # fmt: skip

# Incentive across a sentence — an offer, then the removal asked in the next sentence: "We are willing to refund in
# full. We hope you can consider deleting the comments afterwards." (the WSJ/Auxtun e-mail). Read by the content
# check (:mod:`._content`) for every review.change match: an *offer* of a benefit (not one already given: "the
# refund is done. Could you modify the feedback?" stays a plain change request) in the sentence before.
# A benefit promised in the seller's own words ("we'll refund the full $54", "nous vous remboursons", "le devolvemos el
# 50 %", "zwrócimy Panu", "נחזיר לך"): the verb is the benefit. In the sentence before a change request it makes the
# request an incentive too (batch P: "If the refund is offered or still pending in the same message …").
OFFER_SELF = {
    # money back or something free — not a plain "we'll ship" ("и мы отправим сразу" after a payment is no benefit)
    "en": r"\bwe(?:'ll|\s+will|\s+are\s+going\s+to)?\s+(?:refund|reimburse|send\s+you\s+(?:a\s+)?(?:free|second)|give\s+you\s+(?:a\s+)?(?:free|second))\b",
    "de": r"\berstatten\s+wir\b|\bwir\s+erstatten\b", "fr": r"\bnous\s+vous\s+(?:rembours|offr)\w*",
    "es": r"\b(?:le|te)\s+(?:devolvemos|devolveremos|reembolsamos|reembolsaremos|regalamos)\b",
    "it": r"\b(?:le|ti)\s+(?:rimborsiamo|rimborseremo|regaliamo)\b",
    "pt": r"\bvamos\s+(?:reembolsar|devolver)\b|\b(?:reembolsamos|devolvemos)\b",
    "nl": r"\b(?:we|wij)\s+(?:betalen|storten)\s+u\b|\b(?:betalen|storten)\s+we\s+u\b",
    "pl": r"\b(?:zwrócimy|oddamy)\b", "sv": r"\b(?:vi\s+betalar|betalar\s+vi)\s+(?:\w+\s+)?tillbaka\b",
    "tr": r"(?:iade\s+edeceğiz|geri\s+ödeyeceğiz|(?:iade|hediye)\s+(?:edebiliriz|yapabiliriz|edelim))", "ru": r"(?:верн[её]м|компенсируем)",
    "ar": r"(?:سنعيد|نعيد\s+لك|سنرد\s+لك|نرد\s+لك)", "he": r"(?:נחזיר|נוסיף\s+מתנה)",
    # (the benefit first, the verb last: "一部返金として1,500円をご用意しております", stop 51 probes)
    "ja": r"(?:返金いたします|返金します|無料で(?:お)?(?:送り|お届け|交換|発送)いたします|(?:返金|割引|ギフト券|クーポン)[^。！？\n]{0,15}?(?:ご用意しております|ご用意いたします))", "ko": r"(?:환불해\s*드리)",
    "zh": r"(?:给您(?:退|返)|給您(?:退|返)|退给您|退給您|(?:我们|我們)退(?:您|你)|赠送您|贈送您|为您把保修延长|為您把保修延長)",
}  # fmt: skip
OFFER = {
    "en": r"\b(?:willing|ready|happy|prepared|glad)\s+to\b|\bwe(?:'d|\s+would)\s+(?:also\s+)?like\s+to\s+(?:offer|give|send|refund|include)\b|"
    r"\bwe\s+(?:can|could)\s+(?:offer|give|send|refund)\b|\b(?:we|i)(?:'ll|\s+will)\s+(?:gladly\s+|also\s+)?(?:offer|refund|issue|include|send\s+you|give\s+you)\b|"
    r"\boffer(?:ing)?\s+you\b|\bwe\s+agree\s+to\b|\bwe(?:'re|\s+are)\s+sending\b",
    "de": r"\bbereit\b|\bwir\s+möchten\s+ihnen\b|\bgerne?\s+(?:\w+\s+)?(?:erstatten|anbieten|schicken)\b|\bwir\s+(?:können|würden)\s+(?:ihnen|dir)\s+(?:\w+\s+)?"
    r"(?:anbieten|erstatten)\b|\bbieten\s+(?:ihnen|dir|euch)\b|\bwir\s+(?:schicken|senden)\s+(?:ihnen|dir)\b",
    "fr": r"\bprêts?\s+à\b|\bdisposés?\s+à\b|\bnous\s+(?:pouvons|pourrions)\b|"
    r"\bnous\s+vous\s+(?:proposons|offrons)\b",
    "es": r"\bdispuestos\s+a\b|\bpodemos\s+(?:ofrecerle|darle|reembolsarle|devolverle)\b|\b(?:le|te)\s+podemos\b|\ble\s+ofrecemos\b",
    "it": r"\bdisposti\s+a\b|\bposs(?:iamo|o)\s+offrirle\b|\bpossiamo\b|\ble\s+offriamo\b",
    "pt": r"\bdispostos\s+a\b|\bpodemos\s+(?:oferecer|reembolsar|devolver)\b|\boferecemos\b|\bvamos\s+fazer\s+o\b",
    "nl": r"\bbereid\s+om\b|\bwe\s+kunnen\s+u\s+(?:\w+\s+)?(?:aanbieden|terugbetalen)\b|\bbieden\s+(?:wij|we)\s+u\b|\b(?:we|wij)\s+kunnen\s+(?:u\s+|je\s+)?(?:de|het|een)\b",
    "pl": r"\bgotowi\b|\bmożemy\b|\boferujemy\b|\bchcielibyśmy\b",
    "sv": r"\bberedda\s+att\b|\bvi\s+kan\s+erbjuda\b",
    "tr": r"hazırız|teklif\s+ediyoruz|sunabiliriz", "ru": r"готовы|можем\s+предложить|предлагаем",
    "ar": r"مستعدون|نعرض\s+عليك|يمكننا\s+أن\s+نقدم|سنرسل\s+لك", "he": r"מוכנים\s+ל|נשמח\s+להציע|אנחנו\s+מציעים|נציע(?:\s+לך)?\b",
    "ko": r"드릴\s*수\s*있|해\s*드리겠", "ja": r"させていただきます|ご用意しております", "zh": r"愿意|願意|可以给您|可以給您",
}  # fmt: skip


# Off-platform — the platform's own payment options are no diversion: "you can pay with PayPal at the AliExpress
# checkout" (read by the offplatform veto in :mod:`._vetoes`), and "we never ask you to pay by PayPal" is the advice.
AT_CHECKOUT = (
    # "… instead of at checkout" is the diversion itself
    r"^(?:(?!instead|rather|than\b|not\b|outside|without|skip|en\s+lugar|en\s+vez|statt|au\s+lieu|invece|em\s+vez)[^.!?。！？\n]){0,45}?"
    r"(?:\b(?:at|in|through|via|during|on)\s+(?:the\s+)?(?:\w+\s+)?check-?out\b|\b(?:dentro\s+del|en\s+el|no|en|al|nel|na)\s+checkout\b|"
    # "direttamente al checkout", "na própria tela de pagamento", "速卖通结算页面支持支付宝" (stop 50 probes)
    r"\btela\s+de\s+pagamento\b|结算页面|結算頁面|结账页面|結帳頁面|"
    r"\bcheckout\s+(?:de|da|di|von)\b|\bim\s+checkout\b|\bà\s+la\s+caisse\b|"
    # the payment page of the order ("uniquement sur la page de paiement d'AliExpress": batch K)
    r"\bpage\s+de\s+paiement\b|\bau\s+moment\s+du\s+paiement\b|"
    # "al finalizar la compra … elige «Pago en efectivo en OXXO»", "sempre pela própria <platform>" (stop 33)
    r"\bal\s+finalizar\s+(?:la\s+)?compra\b|\bna\s+finaliza[çc][ãa]o\s+d[ao]\s+(?:compra|pedido)\b|\bpel[ao]\s+pr[óo]pri[ao]\b|"
    # "o Pix aparece como opção no pagamento do próprio AliExpress" (tuning batch DO, stop 43)
    r"\bno\s+pagamento\s+d[oa]\s+pr[óo]pri[oa]\b|"
    r"\bpor\s+la\s+propia\b|\bbeim\s+bezahlvorgang\b|\bbij\s+het\s+afrekenen\b|\bp[aá]gina\s+de\s+pag(?:o|amento)\b|\bpagina\s+di\s+pagamento\b|\bzahlungsseite\b|"
    r"\ban\s+der\s+kasse\b|\bw\s+kasie\b|\bbetaalpagina\b|\bstronie\s+płatności\b|\bkassan?\b|\bödeme\s+sayfa\w*|странице\s+оплаты|"
    # "przy finalizacji zamówienia … w koszyku", "É só fazer uma nova compra e escolher Pix" (stop 47 probes)
    r"\bprzy\s+finalizacji\b|\bw\s+koszyku\b|\bnova\s+compra\s+e\s+escolher\b|"
    r"صفحة\s+الدفع|(?:דף|עמוד)\s+התשלום|결제\s*페이지|決済画面|支付页面|付款页面|支付頁面|结账时|結帳時|结算时|結算時|"
    # in the order itself ("在速卖通订单里用支付宝付款": Alipay is the platform's own checkout; batch AH)
    r"订单(?:里|裡|中|页面)|訂單(?:裡|中|頁面)|"
    # "можно оплатить через СБП при оформлении заказа", "pagar con Bizum en el proceso de pago", "ödeme sırasında Papara",
    # "お支払い画面で" — not the seller's own site's checkout ("при оформлении заказа на нашем сайте": stop 41)
    r"(?:\bпри\s+оформлении(?:\s+заказа)?|\ben\s+el\s+proceso\s+de\s+(?:pago|compra)|\bal\s+momento\s+del\s+pagamento|"
    r"\bödeme\s+(?:sırasında|adımında)|お支払い画面)(?![^.!?。！？\n]{0,20}?(?:нашем|сайт|nuestr|web|nostro|sito|site|kendi|当店|自社)))"
)
# The buyer's review quoted, to fix what it says ("看到您评价里说“尺码偏小”，…我们免费给您补发大一码", "you mentioned in
# your review that the lid leaks, so we are sending a new one free"): a free replacement for the problem, no offer for
# the review (batch X). A quote mark or a saying verb right after the review word.
QUOTED_REVIEW = (
    r"(?:评价|評價|评论|評論)(?:里|裡|中)(?:说|說|提到|写|寫)|\b(?:in|from)\s+your\s+(?:review|feedback)\s+(?:you\s+)?"
    r"(?:mentioned|said|wrote|noted)\b|\byour\s+(?:review|feedback)\s+(?:mentions|mentioned|says|said)\b|"
    # the review read, about the problem fixed ("We read your review about the broken zipper and have shipped a free
    # replacement", "Lemos sua avaliação sobre o zíper quebrado…", "についてのレビューを拝見し": stop 41 probes)
    r"\b(?:read|saw|seen|noticed)\s+your\s+(?:review|feedback|rating)\s+(?:about|on|regarding)\b|"
    r"\b(?:lemos|vimos)\s+(?:a\s+)?sua\s+avalia[çc][ãa]o\s+sobre\b|"
    r"\b(?:leímos|leimos|vimos|hemos\s+leído|hemos\s+visto)\s+su\s+(?:reseña|opini[oó]n|valoraci[oó]n)\s+sobre\b|"
    r"\bavons\s+lu\s+votre\s+avis\s+(?:sur|concernant)\b|\bihre\s+bewertung\s+(?:zu|über|zum|zur)\s+(?:\w+\s+){0,3}?gelesen\b|"
    r"\babbiamo\s+letto\s+la\s+sua\s+recensione\s+su|\buw\s+review\s+over\s+(?:\w+\s+){0,4}?gelezen\b|"
    r"\bprzeczytaliśmy\s+(?:pana\s+|pani\s+)?opini\w*\s+o\b|\bläste\s+ditt\s+omdöme\s+om\b|ilgili\s+yorumunuzu\s+okuduk|"
    r"прочитали\s+ваш\s+отзыв\s+о\b|についての(?:レビュー|評価)を(?:拝見|拝読|確認)|"
    r"(?:看到|看了)(?:了)?(?:您|你)(?:关于|關於)[^，。！？\n]{0,20}?的(?:评价|評價|评论|評論)|에\s*대한\s*리뷰를\s*(?:보고|읽고|확인하고)|"
    r"قرأنا\s+تقييمك\s+عن|קראנו\s+את\s+הביקורת\s+שלך\s+על"
)
# The buyer's own words about their review, quoted back ("You wrote: 'I'll update my review myself'", "Du skrev: ”Jag
# ändrar mitt betyg …”", "「自分でレビューを書き直すかも」とのこと"): a seller asking a buyer to change a review never calls it
# "my review" (round 22, batch AC).
MY_REVIEW = (
    r"\bmy\s+(?:\w+\s+)?(?:review|rating|feedback)\b|\bi(?:'ll|\s+will|'d|\s+would|\s+might|\s+may)\s+(?:\w+\s+)?(?:update|change|edit|revise|remove|delete)\b|"
    r"\bmeine\w*\s+(?:\w+\s+)?(?:bewertung|rezension)|\bmon\s+(?:avis|évaluation|commentaire)\b|\bma\s+(?:note|évaluation)\b|"
    r"\bmi\s+(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)\b|\b(?:la\s+)?mia\s+(?:recensione|valutazione)\b|\bil\s+mio\s+(?:feedback|commento)\b|"
    r"\bminha\s+(?:avalia[çc][ãa]o|opini[ãa]o|nota)\b|\bmijn\s+(?:review|recensie|beoordeling)\b|\b(?:mitt|min)\s+(?:betyg|recension|omdöme)\b|"
    r"\bmoj[aą]\s+(?:opini[eę]|recenzj[eę]|ocen[eę])\b|\bмой\s+отзыв|\bмою\s+оценку|自分で|我自己|我会自己|제가\s*직접|"
    r"\bi(?:'ve|\s+have)\s+(?:already\s+)?(?:changed|updated|edited|removed|deleted)\b|\bich\s+habe\s+(?:\w+\s+){0,3}?(?:geändert|gelöscht|aktualisiert)\b|"
    r"\bя\s+(?:уже\s+)?(?:поменял|изменил|удалил|исправил|обновил)\w*"
)
# "If everything is fine, we'd be glad if you could revise your review", "אם הכל בסדר, אולי תוכל לעדכן את הביקורת": a
# verb of changing the review inside a positive-only match that names no top mark is a change request (reported as
# such), not a request only happy buyers get (batch AE; tuning S, BV).
CHANGE_VERB = (
    r"\b(?:revis\w*|updat\w*|edit\w*|reconsider\w*|modif\w*|chang\w*|überdenk\w*|änder\w*|aktualisier\w*|rived\w*|"
    r"aggiorn\w*|revoir|actualis\w*|revis\w*|actualiz\w*|atualiz\w*|bijwerk\w*|aanpass\w*|herzie\w*|zaktualiz\w*|"
    r"ändra|uppdater\w*|güncelle\w*|обнов\w*|измен\w*|пересмотр\w*)|לעדכן|לשנות|تعيد\s+النظر|تعدل|تحديث|修改|更新|見直|수정"
)
TOP_MARK = (
    r"\b(?:5|five|fünf|cinq|cinco|cinque|vijf|pięć|fem|beş|пять|خمس)\b|חמישה|다섯|[五５]|好评|好評|満点"
)
# A review change asked *toward* the top mark ("bump it up to five stars", "alterar esse feedback para positivo", "поднять
# оценку до пяти", "改成五星"): the change and a positive-only request in one (blind batch DB, stop 32; Amazon
# Communication Guidelines: no asking for positive reviews). Read by ``ContentRules`` in the change request's sentence.
TO_TOP = (
    r"\b(?:to|auf|à|a|para|naar|na|till|do|до)\s+(?:5|five|fünf|cinq|cinco|cinque|vijf|pięciu|pięć|fem|beş|пяти|пять)\b|"
    r"\b(?:to|auf|en|para|naar|in|till|na)\s+(?:positive|positiv\w*|positief|pozytywn\w*|olumlu)\b|"
    r"(?<!below\s)(?<!under\s)(?<!than\s)(?<!unter\s)(?<!de\s)\b(?:5|five|fünf|cinq|cinco|cinque|vijf|pięć|fem)[\s-]?"
    r"(?:stars?|sterne?n?|étoiles|estrellas|estrelas|stelle|sterren|gwiazd\w*|stjärnor)\b|"
    r"\bthat\s+last\s+star\b|пят[её]рк\w*|(?:5|пять)\s+зв[её]зд|5\s*yıldız|"
    r"五星|5星|５星|★5|星5|満点|별\s*(?:5|다섯)\s*개|5점|만점|"
    # the rating made nicer, as sellers write it in every language ("help make the evaluation more beautiful", "сделать
    # оценка красивый", "die Sterne … freundlicher", "qualche stellina in più", "평가 좋게", "評価を良いに": tuning batch
    # AG, stop 33) — not "higher" or "raise it", which the labels read as a change only
    r"\b(?:more\s+beautiful|nicer|freundlicher\s+aussehen|freundlich\w*\s+machen|(?:stellin[ae]|stelle)\s+in\s+più)\b|сделать\s+(?:\w+\s+)?красив\w*|"
    r"(?:التقييم|تقييم)\s+جميل|좋게\s*만들|良い(?:に|評価に)する"
)
# A change of the review named by its verb (stop 33): an incentive whose own words change the review ("Le rimborsiamo 15 €
# se aggiorna la valutazione", "devolvemos 3 USD si cambiás tu opinión", "zwrot 50 zł …, gdy tylko negatywna opinia
# przestanie być widoczna") is a change request too. Read only inside an incentive's span, which is about the review.
REVIEW_EDIT_VERB = (
    r"\b(?:updat|chang|edit|remov|delet|revis|modif|amend|withdraw|take\s+(?:it\s+)?down|änder|aktualisier|anpass|"
    r"entfern|lösch|korrigier|überarbeit|zurückzieh|chang|supprim|retir|mettre\s+à\s+jour|mettez\s+à\s+jour|corrig|"
    r"cambi(?!o\b)|modific|actualiz|elimin|borr(?:ar|e|en|ó|ad|ara)\b|quit(?:a|ar|e|en|ás|as|ase|ara)\b|edit|aggiorn|rimuov|cancell|togli|tolt|corregg|alter(?:ar|e|em|ou|ad|aç)|mud(?:ar|e|em|ou|an)|atualiz|remov|"
    r"exclu[ií](?:r|d)|exclua|apag|aanpas|wijzig|verwijder|bijwerk|zmieni|zmień|usu[nń]|popraw|edytu|zaktualizu|ändra|uppdater|radera|"
    r"değiştir|düzelt|güncelle|kaldır)\w*|\bpas\s+(?:\w+\s+){1,3}aan\b|\bta\s+bort\b|\bsil(?:in|er|me|ebil|di)\w*|przestanie\s+być\s+widoczn\w*|"
    r"измен\w*|исправ\w*|удал\w*|обнов\w*|поменя\w*|убер\w*|убра\w*|отредакт\w*|تعديل|تغيير|حذف|إزالة|عدّل|غيّر|احذف|"
    r"לשנות|למחוק|לעדכן|לתקן|תשנ\w*|תמחק\w*|תעדכנ\w*|変更|削除|修正|更新|書き換え|取り消|取消|수정|삭제|변경|修改|删除|刪除|更改|"
    r"改成|改为|改為|撤销|撤銷|撤回|删掉|刪掉|去掉"
)
NEVER_ASK = (
    r"\b(?:never|not|don't|do\s+not|won't|will\s+not)\s+(?:\w+\s+){0,2}?(?:ask|request|require)\w*|\b(?:verlangen|fragen|bitten)\s+(?:\w+\s+)?nie(?:mals)?\b|"
    r"\bne\s+(?:vous\s+)?(?:demandons|demanderons|remboursons)\s+jamais\b|\b(?:don'?t|do\s+not|no)\s+need\s+to\s+(?:contact|write\s+to|message)\s+anyone\b|\bnunca\s+(?:le\s+|les\s+)?(?:pedimos|pediremos|solicitamos)\b|"
    r"\bnon\s+(?:le\s+)?chiediamo\s+mai\b|\bnunca\s+pedimos\b|\bvragen\s+(?:\w+\s+)?nooit\b|\bnigdy\s+nie\s+prosimy\b|"
    r"\bber\s+(?:\w+\s+)?aldrig\b|никогда\s+не\s+просим|لا\s+نطلب|לא\s+מבקש\w*|(?:不会|不會|从不|從不|绝不|絕不)要求|"
    # a scam warning and "we only take payment through the checkout" (batch K)
    r"\bif\s+(?:anyone|someone|anybody)\b[^.!?。！？\n]{0,40}?\bask|\bonly\s+(?:take|accept)\s+payment|"
    # … and the seller who never contacts the buyer elsewhere ("Wir kontaktieren Sie niemals per WhatsApp … außerhalb von
    # <platform>", "nigdy nie kontaktujemy się przez WhatsApp", "Vi kontaktar dig aldrig via WhatsApp": stop 47 probes)
    r"\b(?:we|i)\s+(?:will\s+)?never\s+contact\b|\bkontaktieren\s+(?:sie|dich)\s+(?:niemals|nie)\b|\bnigdy\s+nie\s+kontaktujemy\b|"
    r"\bkontaktar\s+dig\s+aldrig\b|\bne\s+vous\s+contacterons\s+jamais\b|\bnunca\s+(?:le|te|lo|la)\s+contact(?:amos|aremos)\b|"
    # "we don't ask for any transfers outside Amazon", "we take no payments any other way" (batch U)
    r"\bnie\s+prosimy\b|\btar\s+inte\s+emot\b|\bnehmen\s+(?:\w+\s+)?keine\b|\bn'acceptons\s+(?:aucun|pas|ni)\b|"
    r"\bno\s+aceptamos\b|\bnon\s+accettiamo\b|\bn[ãa]o\s+aceitamos\b|\bnemen\s+(?:\w+\s+)?geen\b|\bkabul\s+etmiyoruz\b|"
    r"не\s+принимаем|لا\s+نقبل|לא\s+מקבלים|不接受|受け付けておりません|お受けしておりません|받지\s*않|"
    # "Wir akzeptieren keine Zahlung außerhalb von …", "Vi accepterar inte betalning utanför …" (stop 47 probes)
    r"\bakzeptieren\s+(?:\w+\s+)?keine\b|\baccepterar\s+(?:vi\s+)?inte\b|\baccepteren\s+(?:\w+\s+)?geen\b|\bnie\s+(?:akceptujemy|przyjmujemy)\b|"
    # "wir fordern niemals Zahlungen …", "não enviamos boletos nem pedimos Pix fora da …" (round 22, batch AC)
    r"\bfordern\s+(?:\w+\s+)?(?:niemals|nie)\b|\bn[ãa]o\s+(?:\w+\s+){0,3}?(?:pedimos|solicitamos)\b|\bnem\s+pedimos\b|"
    # "本店从不在速卖通以外收款" (never takes payment outside the platform, batch AE)
    r"(?:从不|從不|绝不|絕不|不会|不會)(?:在\S{0,8}?)?(?:收款|收取|接受)|"
    # "wij sturen nooit Tikkies …", "لن نطلب منك أبداً الدفع" (batch AH)
    r"\b(?:sturen|versturen|vragen)\s+(?:\w+\s+)?nooit\b|لن\s+نطلب|\baldrig\s+ber\b|"
    # the shop in the third person: "il nostro negozio non chiede mai pagamenti", "متجرنا لا يطلب أبدًا" (batch AM)
    r"\bnon\s+chiede\s+mai\b|لا\s+(?:ي|ت)طلب|"
    # the shop or "a gente" in the third person: "não atende por WhatsApp nem pede pagamento por Pix", "A gente NUNCA
    # pede pagamento fora do AliExpress" (stop 31, batches AT/AU)
    r"\bnunca\s+pede\b|\bnem\s+pede\b|\bn[ãa]o\s+pede\b|"
    # "Notre boutique ne vous demandera jamais de payer par virement", "nunca te vamos a pedir que pagues por fuera de
    # AliExpress", "我哋唔會喺AliExpress以外…收款" (blind batch DA, stop 32)
    r"\bne\s+(?:vous\s+|te\s+)?demandera\s+jamais\b|\bnunca\s+(?:te|le|les)\s+(?:vamos|va)\s+a\s+pedir\b|唔會|"
    # the buyer told not to pay or send anything, the shop sending no payment details (blind batch DI, stop 32)
    r"\bne\s+payez\s+rien\b|\büberweisen\s+sie\s+nichts\b|\bzahlen\s+sie\s+nichts\b|\bno\s+recibimos\s+pagos\b|"
    r"\bn[ãa]o\s+mandamos\s+(?:chave|boleto|dados)|\bdon'?t\s+pay\s+anything\b|\bnon\s+pag(?:hi|are)\s+nulla\b|"
    r"(?:איננו|אנחנו\s+לא|לא)\s+שולחים|لا\s+نرسل|\bbetaal\s+niets\b|\bbetala\s+inget\b|"
    # "no pagues nada por OXXO ni depósito fuera de …", "non vi chiederemo mai di pagare con bonifico" (stop 40)
    r"\bno\s+(?:pagues|pague|paguen|deposites|deposite|depositen|transfieras|transfiera|transfieran)\s+nada\b|"
    r"\bnon\s+(?:(?:vi|le|ti|la)\s+)?chieder(?:emo|à)\s+mai\b"
)
# The buyer told never to pay that way, however the methods are listed after it, in a warning: "even if someone asks",
# "to anyone" ("Merci de ne jamais payer par virement ou PayPal en dehors de …, même si on vous le demande", "Nunca
# pague por Pix ou boleto fora da …, mesmo que alguém peça", "Nigdy nie płać BLIK-iem ani przelewem …, nawet jeśli ktoś
# o to poprosi", "لا تدفع أبداً … حتى لو طلب منك أحد ذلك", stop 40). Without the warning the same imperative may be the
# pitch itself ("Nunca pague as taxas da …: pague por Pix").
NEVER_PAY = (
    r"\bne\s+jamais\s+payer\b|\bne\s+payez\s+jamais\b|\b(?:nunca|jam[aá]s)\s+(?:pague|paguem|pagues|paguen|transfira|deposite)\b|"
    r"\bno\s+(?:deposites|deposite|depositen|pagues|pague|paguen)\b|\bbetaal\s+nooit\b|\bnigdy\s+nie\s+(?:płać|płaćcie|przelewaj)\b|"
    r"(?:никогда\s+)?не\s+(?:платите|переводите|оплачивайте)|لا\s+(?:تدفع|تدفعوا|تحول|تحوّل)|"
    r"\b(?:never|don't|do\s+not)\s+(?:pay|send\s+money|transfer)\b|\b(?:zahlen|überweisen)\s+sie\s+(?:bitte\s+)?(?:niemals|nie)\b|"
    # "no debe pagar por Bizum …", "não faça pagamento por Pix …", "אל תשלמו בביט …", "请不要通过支付宝转账 …" (stop 50 probes)
    r"\bno\s+(?:debe|deben|debes)\s+pagar\b|\bn[ãa]o\s+(?:faça|façam|faz)\s+(?:nenhum\s+)?pagamentos?\b|(?<!\S)אל\s+(?:תשלמו|תשלם|תשלמי|תעבירו|תעביר)\b|"
    r"(?:请|請)?(?:不要|切勿|请勿|請勿)(?:通过|通過|用|使用)?\S{0,12}?(?:付款|支付|转账|轉賬|汇款|匯款)"
)
NEVER_PAY_WARNING = (
    r"\beven\s+if\b|\b(?:anyone|anybody|someone)\b|\bmême\s+si\b|\bquiconque\b|\bquelqu'un\b|\baunque\b|\bincluso\s+si\b|"
    r"\bnadie\b|\balguien\b|\bmesmo\s+(?:que|se)\b|\bningu[ée]m\b|\balgu[ée]m\b|\banche\s+se\b|\bnessuno\b|\bqualcuno\b|"
    r"\b(?:auch|selbst)\s+wenn\b|\bniemand\b|\bjemand\b|\book\s+(?:niet\s+)?als\b|\biemand\b|\bnawet\s+(?:jeśli|gdy|jeżeli)\b|"
    r"\bnikomu\b|\bktoś\b|\bäven\s+om\b|\bisterse\s+bile\b|\bkimse\w*|даже\s+если|никому|кто-?то|حتى\s+(?:لو|إذا)|أي\s+شخص|"
    r"\bأحد\b|גם\s+אם|מישהו|אף\s+אחד"
)
# Someone impersonating the shop asks for the payment ("some people pretending to be our store ask payment by PayPal",
# "Betrüger geben sich als unser Shop aus", "冒充本店客服", "저희 스토어를 사칭해": batch AE) — anywhere in the sentence:
# the impostors are its subject.
IMPERSONATED = (
    r"\bpretend\w*\s+to\s+be\s+(?:us|our|from\s+us)\b|\bimpersonat\w*|\bsich\s+als\s+unser\w*\s+\w+\s+ausgeben\b|\bbetrüger\b|"
    r"\bse\s+font\s+passer\s+pour\b|\bse\s+hacen\s+pasar\s+por\b|\bse\s+passando\s+(?:pela|pelo|por)\b|\bsi\s+spacci(?:a|ano|ava|avano)\s+per\b|\bw\s+naszym\s+imieniu\b|\busa\w*\s+il\s+nome\s+del(?:la)?\s+nostr[oa]\b|\bse\s+faisant\s+passer\s+pour\b|\bgolpistas?\b|\bdizendo\s+ser\s+d[ao]\s+noss[ao]\b|представля\w*\s+наш\w*|\bfazer-se\s+passar\s+(?:por|pela|pelo)\b|\bfazendo-se\s+passar\b|\bdicen\s+ser\s+nuestr\w*|\bmensajes\s+falsos\b|"
    r"\btruffatori\b|\bdoen\s+zich\s+voor\s+als\b|\boplichters\b|\bpodszywają\s+się\b|\boszuści\b|\butger\s+sig\s+för\b|"
    r"мошенники|от\s+имени\s+нашего|\bdolandırıcı\w*|ينتحل\w*|מתחזים|冒充|なりすまし|사칭|"
    # "当店を名乗り …", "bizim adımıza konuşuyorsa" (batch AQ)
    r"を名乗[りるっ]|adımıza|"
    # "A mensagem de WhatsApp que o senhor recebeu em nosso nome é golpe" (stop 33)
    r"\bem\s+nosso\s+nome\b|\bé\s+(?:um\s+)?golpe\b|\bes\s+(?:una\s+)?estafa\b|\bè\s+una\s+truffa\b|\bis\s+a\s+scam\b|"
    # "de faux vendeurs contactent nos clients", "messaggi falsi a nostro nome", "nepaccounts die zich op WhatsApp
    # voordoen als onze winkel", "mağazamız adına sahte hesaplar" (stop 31, batches AT/AU)
    r"\bfaux\s+(?:vendeurs?|comptes?|profils?|messages?)\b|\ba\s+nostro\s+nome\b|\b(?:messaggi|account|profili)\s+falsi\b|"
    r"\bzich\s+(?:\w+\s+){0,3}?voordoen\s+als\b|\bzich\s+voorde(?:ed|den)\s+als\b|\bnep(?:accounts?|winkels?|verkopers?|profielen?)\b|"
    r"\bsahte\s+(?:hesap|mesaj|satıcı|profil)\w*|\bmağazamız\s+adına\b|\bcontas?\s+falsas?\b|\bperfis?\s+falsos?\b|"
    # "haciéndose pasar por nuestra tienda", "contatos falsos em nome da nossa loja", "claiming to be from our store",
    # "bedragare som skickar sms i vårt namn", "المحتالين … باسم متجرنا", "בשם החנות שלנו" (blind batches DI, DJ, stop 32)
    r"\bhaci[ée]ndose\s+pasar\s+por\b|\bcontatos?\s+falsos?\b|\bem\s+nome\s+da\s+nossa\b|\bclaiming\s+to\s+be\s+(?:from\s+)?(?:us|our)\b|"
    r"\bbedragare\b|\bi\s+vårt\s+namn\b|المحتال\w*|باسم\s+متجرنا|בשם\s+החנות\s+שלנו|\bscammers\b|\bfraudsters\b|"
    # a third party asking, in the warning not to do it ("Si alguien te pide pagar por transferencia … fuera de la
    # plataforma, no lo hagas": tuning batch DK, stop 39)
    # fake e-mails and texts asking for a payment, warned of ("we've had reports of fake 'seller' emails asking buyers
    # to pay … by Zelle", "gefälschte E-Mails", "fałszywe SMS-y z prośbą o dopłatę BLIK-iem": tuning batch DO, stop 43)
    r"\bfake\s+(?:'?\w+'?\s+)?(?:e-?mails?|messages?|texts?|sms|calls?)\b|\bphishing\b|\bgefälscht\w*\s+(?:e-?mails?|nachrichten|sms)\b|"
    r"\bfaux\s+(?:e-?mails?|sms)\b|\b(?:correos|sms)\s+falsos\b|\b(?:e-?mails?|sms)\s+falsos?\b|\bmensagens\s+falsas\b|"
    r"\bnep-?\s*(?:e-?mails?|berichten|sms)\b|\bvalse\s+(?:e-?mails?|berichten|sms)\b|\bfałszyw\w*\s+(?:e-?mail\w*|wiadomoś\w*|sms\w*)|"
    r"\bfalska\s+(?:e-?post\w*|mejl\w*|meddelanden|sms)\b|sahte\s+(?:e-?posta|sms)\w*|(?:фальшив|поддельн|ложн)\w*\s+(?:письм|сообщени|смс|sms)\w*|"
    r"رسائل\s+(?:مزيفة|احتيالية)|הודעות\s+(?:מזויפות|מתחזות)|偽(?:の)?(?:メール|メッセージ|sms)|가짜\s*(?:메일|문자|메시지)|虚假(?:邮件|短信|信息|消息)|"
    r"\bif\s+(?:anyone|someone|somebody)\s+(?:else\s+)?asks\b|\bsi\s+alguien\s+(?:te|le|les)\s+pide\b|\b(?:wenn|falls)\s+(?:sie\s+)?jemand\b|"
    r"\bsi\s+quelqu'un\s+vous\s+demande\b|\bse\s+qualcuno\s+(?:le|ti|vi)\s+chiede\b|\bse\s+algu[ée]m\s+(?:te|lhe|lhes)\s+pedir\b|"
    r"\bals\s+iemand\s+(?:u|je|jou)\s+vraagt\b|\bjeśli\s+ktoś\s+(?:poprosi|prosi)\b|\bom\s+någon\s+ber\s+dig\b|\bbiri\s+(?:sizden|senden)\b|"
    r"если\s+кто-?то\s+(?:попросит|просит)|إذا\s+طلب\s+منك\s+(?:أي\s+)?(?:شخص|أحد)|אם\s+מישהו\s+(?:מבקש|יבקש)|如果有人|若有人"
)
# A payment request the buyer received, said not to be the seller's (a phishing warning): "the e-mail asking you to
# pay by bank transfer did NOT come from us", "stammt nicht von uns", "komt niet van ons" — anywhere in the sentence
# (round 22, batch AC).
NOT_FROM_US = (
    r"\bdid\s+not\s+come\s+from\s+us\b|\bdidn't\s+come\s+from\s+us\b|\b(?:is|was|wasn't|isn't)\s+(?:not\s+)?(?:sent\s+)?from\s+us\b|"
    r"\bstammt\s+nicht\s+von\s+uns\b|\bist\s+nicht\s+von\s+uns\b|\bce\s+n'est\s+pas\s+nous\b|\bkomt\s+niet\s+van\s+ons\b|\bne\s+vient\s+pas\s+de\s+nous\b|"
    # ("Diese WhatsApp-Nachricht ist NICHT von uns", "الرسالة دي مش مننا", "그 문자는 저희가 보낸 게 아닙니다", "そのSMSは当店からの
    # ものではございません": blind batch DV, stop 43)
    r"مش\s+مننا|(?:当店|弊社)からのものでは(?:ございません|ありません)|보낸\s*게\s*아닙|"
    r"\bno\s+(?:proviene|viene)\s+de\s+nosotros\b|\bnon\s+(?:proviene|viene)\s+da\s+noi\b|\bn[ãa]o\s+(?:veio|vem|partiu)\s+de\s+n[óo]s\b|"
    r"\bnie\s+pochodzi\s+od\s+nas\b|\bkommer\s+inte\s+från\s+oss\b|не\s+от\s+нас|\bbizden\s+gelmedi|ليست?\s+منا|"
    # (not the bare word "scam": "don't worry, this is no scam, just pay by transfer" is the scammer's own line)
    r"לא\s+נשלח\s+מאיתנו|不是我们发|不是我們發|当社からのものではございません|저희가\s*보낸\s*것이\s*아닙|"
    # "That was not us", "n'a rien à voir avec nous", "זה לא אנחנו" (blind batch DI, stop 32)
    r"\bnon\s+(?:eravamo|siamo\s+stati)\s+noi\b|\b(?:that|it|this)\s+(?:was|is)\s+not\s+us\b|\b(?:that|it|this)\s+wasn'?t\s+us\b|\bn'a\s+rien\s+à\s+voir\s+avec\s+nous\b|זה\s+לא\s+אנחנו|"
    # "Ese mensaje de WhatsApp … no es nuestro", "NÃO foi enviada por nós", "לא נשלחה מאיתנו", "girano SMS falsi a nome dei
    # corrieri" (blind batch DD, stop 32)
    r"\bno\s+es\s+nuestro\b|\bn[ãa]o\s+foi\s+enviad[ao]\s+por\s+n[óo]s\b|לא\s+נשלחה\s+מאיתנו|\b(?:sms|messaggi)\s+falsi\b"
)
# A refund goes back the way it came ("the refund goes back to your card", "退款会原路退回您的银行卡"), and a method named
# only to say it is not used ("no bank transfer is needed", "kein PayPal nötig"): no diversion (batch K neighbours).
# "never outside the platform", "nie poza platformą": the diversion itself negated.
NEGATED_BEFORE = (
    r"(?:\bnever|\bdon't|\bdo\s+not|\bwon't|\bcan't|\bcannot|\bnot|\bnie|\bjamais|\bnunca|\bmai|\bnooit|\baldrig|\basla|никогда|\bне|\bnicht|\bkeine?|\bniemals|\bnon|\bnão)"
    r"\s+(?:\w+\s+){0,2}$|"  # ("Não pague nada fora da Amazon": two words between, batch AX)
    # the Spanish "no" only before the imperative of paying or buying ("No pague fuera de la plataforma": tuning batch
    # DO, stop 43; "no fees outside" stays a pitch)
    r"\bno\s+(?:pague|pagues|paguen|compre|compres|compren|transfiera|transfieras|deposite|deposites|haga|hagas)\s+(?:\w+\s+)?$|"
    # "nem por Pix", "inte heller via Swish", "לא בביט ולא בהעברה", "ни на карту": the method refused in a "neither …
    # nor" list (probes, stop 42; "noch" is left out: "zahlen Sie noch per PayPal" is "still")
    r"(?:\bnor|\bneither|\bweder|\bni|\btampoco|\bné|\bnem|\bani|\bvarken|\bheller|(?<![а-яё])ни|ولا|(?<!\S)ו?לא)\s+(?:por\s+|par\s+|via\s+|con\s+|per\s+|на\s+)?$|"
    # "不要私下转账哦" (do not transfer privately, batch X)
    r"(?:不要|别|別|切勿|请勿|請勿|勿)(?:通过|通過|用|使用)?$|(?<!\S)אל\s+(?:\S+\s+)?$|"  # ("אל תשלמו בביט": stop 50)
    # "不会用支付宝转给您" (we will not send it by Alipay: tuning, stop 48)
    r"(?:不会|不會)(?:用|通过|通過|在)?$"
)
# The direct act done in the buyer's account on the platform, right after the match ("Вы можете отменить заказ напрямую
# в личном кабинете", "cancel the order directly in Your Orders": stop 40).
IN_ACCOUNT = (
    r"^[^.!?。！？\n]{0,12}?(?:\b(?:in|from|on)\s+(?:your\s+)?(?:account|orders)\b|\byour\s+orders\b|"
    r"\bin\s+ihrem\s+(?:kunden)?konto\b|\bmeine\s+bestellungen\b|\b(?:depuis|dans)\s+votre\s+(?:compte|espace)\b|\bmes\s+commandes\b|"
    r"\b(?:desde|en)\s+su\s+cuenta\b|\bmis\s+pedidos\b|\bnel\s+suo\s+account\b|\bi\s+miei\s+ordini\b|\bna\s+sua\s+conta\b|"
    r"\bmeus\s+pedidos\b|\bin\s+uw\s+account\b|\bmijn\s+bestellingen\b|\bna\s+(?:swoim\s+)?koncie\b|\bi\s+ditt\s+konto\b|"
    r"hesabınız|siparişlerim|в\s+(?:вашем\s+)?личном\s+кабинете|в\s+(?:вашем\s+)?аккаунте|في\s+حسابك|בחשבון\s+שלך|"
    # "تحديث وسيلة الدفع مباشرة من أمازون في قسم «طلباتك»" (from the platform, in the "Your Orders" section: stop 42)
    r"(?:من\s+\S+\s+)?في\s+(?:قسم\s+)?«?طلباتك|"
    r"アカウント(?:から|で|の)|注文履歴|(?:您|你)的(?:账户|帐户|賬戶)|我的(?:订单|訂單)|계정에서|주문\s*내역)"
)
# The diversion refused right after the match, in the languages that put the verb last: "当店への直接送金はお受けして
# おりません", "直接送金しないでください", "직접 송금하지 마세요", "계좌이체는 불가능하며" (stop 41). Not an invitation asked as a
# negative question ("直接送金しませんか", "…していただけないでしょうか") and not "if you don't" ("하지 않으시면"). Matched
# at the match's end (``re.Pattern.match``).
NEGATED_AFTER = (
    # (past the payment it names: "銀行振込など当店への直接のお支払いはお受けしておりません", stop 48 probes)
    r"(?:[へでの]{0,3}(?:直接の?)?お?(?:支払い?|振込み?|取引)(?:[・、]ご?注文)?)?(?:は|を|も|での|へ)?\s*(?:(?:お受け|受け付け|受付|承っ|取り扱っ|取扱っ|対応|いたし|行っ|し)(?:し|いたし)?(?:て)?(?:おり|い)?(?:でき)?(?:ません|かねます)(?!か)|"
    r"(?:し|なさら)ないで(?:ください|下さい|くださいませ))|"
    r"(?:은|는|을|를|도)?\s*(?:(?:하지|받지)\s*(?:마(?:세요|십시오|시고|시기\s*바랍니다|요)|않습니다|않아요)|(?:받을|할|해\s*드릴)\s*수\s*없|불가(?:능)?)"
)
# The seller saying they cannot see the buyer's card or account ("我们看不到您的银行卡信息", "我们不会查看您的银行卡"):
# the method named is the platform's, not a payee (stop 41; the word order of PAYEE_NOT_NEEDED's Chinese).
# The seller not seeing or keeping the buyer's details, in Chinese (read both with a payee and, in CARD_NOT_SEEN, in the
# match itself).
_ZH_NOT_SEEN = r"看不到|看不見|不会查看|不會查看|无法查看|無法查看|不会保存|不會保存|不保存|无法获取|無法獲取"
CARD_NOT_SEEN = (
    rf"(?:{_ZH_NOT_SEEN})(?:您|你)(?:的)?"
    r"[^，,。！？\n]{0,4}?(?:银行卡|銀行卡|银行账户|銀行帳戶|卡号|卡號|账户|帳戶)"
)
REFUND_OR_NONE = (
    r"\brefund\w*|\breembols\w*|\brimbors\w*|\bremboursement\w*|\brückerstatt\w*|\berstatt\w*|\bterugbetal\w*|"
    r"\bzwrot\w*|\bzwr[oó]ci\w*|\bestorn\w*|\båterbetal\w*|\biade\b|\bdevolv\w*|возврат\w*|استرداد|استرجاع|החזר|환불|返金|退款|退還|退还|原路|"
    r"\bno\s+(?:\w+\s+){0,2}?(?:is\s+)?(?:needed|necessary|required)\b|\bnot\s+(?:needed|necessary|required)\b|"
    r"(?:不需要|无需|無需|不必|不用)(?:另外|额外|額外|再)?(?:转账|轉賬|汇款|匯款|付款|支付)|"
    # nothing to pay at all ("vous n'avez rien à payer, ni par PayPal ni par virement": probes, stop 42)
    r"\bnothing\s+to\s+pay\b|\bnichts\s+(?:zu\s+)?(?:be)?zahlen\b|\brien\s+à\s+(?:payer|régler)\b|\bno\s+tiene\s+que\s+pagar\s+nada\b|"
    r"\bnon\s+deve\s+pagare\s+nulla\b|\bn[ãa]o\s+precisa\s+pagar\s+nada\b|\bhoeft\s+niets\s+te\s+betalen\b|\bnic\s+(?:nie\s+)?płacić\b|"
    r"\bbehöver\s+inte\s+betala\s+något\b|ödemenize\s+gerek\s+yok|ничего\s+(?:платить|переводить|оплачивать)\s+не\s+нужно|"
    r"لا\s+تحتاج\s+إلى\s+دفع|אין\s+צורך\s+לשלם"
)
NEVER_ASK_AFTER = (
    r"^[^.!?。！？\n]{0,40}?(?:요청하지\s*않|요구하지\s*않|요청하는\s*일은\s*(?:절대\s*)?없|お願いすることは(?:一切)?(?:ありません|ございません)|"
    r"求めることは(?:ありません|ございません)|istemeyiz|istemiyoruz|istemez|kabul\s+etmiyoruz|必要は?(?:ありません|ございません)|"
    # "当店への別途のお振込みなどは一切不要です" (no transfer needed, stop 31)
    r"(?:一切|全く)?不要(?:です|でございます)?|"
    # "저희에게 직접 송금하실 필요 없습니다" (no need to send it to us directly: tuning batch DO, stop 43)
    r"(?:하실|할)\s*필요(?:가|는)?\s*없|"
    # "個別に振込先をご案内することはありません", "송금 계좌를 안내해 드리지는 않으니" (blind batch DI, stop 32)
    r"ご案内することは(?:一切)?(?:ありません|ございません)|안내해\s*드리지는?\s*않|"
    # "알리익스프레스 밖에서 결제하지 마세요", "<platform>以外で支払わないでください" (don't pay outside: stop 33)
    r"(?:결제|송금|입금)하지\s*마|(?:支払|振り込|払)わないで|"
    # "…求められても、絶対にお支払いにならないでください", "… havale ile asla ödeme yapmayın" (stop 40)
    r"お(?:支払い?|振込み?|振り込み)にならないで|(?:ödeme|havale)\s+yapmay(?:ın|ınız))"
)


# The prize or warranty tied to a review by a link word (the words above; anchored on the prize, rarer than "review").
PRIZE_INCENTIVE_R7 = family(
    "review.incentive",
    _PRIZE_ANCHORS,
    {lang: _incentive(_PRIZE[lang], LINK[lang], REVIEW[lang]) for lang in _PRIZE},
)

# Round 10 (batch K, sales and payments taken off the platform, written blind from real evidence; scored before any
# change: P 0.938 / R 0.568). Source: Amazon Prohibited Seller Activities (diverting buyers or transactions, help node
# 200386250); AliExpress rules on inducing off-platform transactions (https://ssopdot.com/blog/34856.html) and on
# paying sellers directly (http://www.turade.com/risks-for-paying-sellers-directly.html).
#
# 1. The seller's own shop, with a reason to go there (a cancellation, a lower price): "cancel this order and buy it
#    in our own Shopify shop for £4 less", "in unserem eigenen Onlineshop … 15 % günstiger", "sul nostro sito … 15 %
#    in meno", "当店の自社サイトで … 2割引".
_OWN_SHOP = {
    "en": r"\bour\s+own\s+(?:\w+\s+){0,2}?(?:shop|store|site|website|webshop|web\s+store)\b",
    "de": r"\bunser\w*\s+eigen\w*\s+(?:online-?)?(?:shop|webshop|onlineshop|laden|website|seite)\b|\bim\s+eigenen\s+(?:online-?)?(?:shop|webshop|onlineshop)\b",
    # the seller's own site or web shop — not "notre boutique" alone, the seller's store on the platform ("notre
    # boutique propose un coupon … au moment du paiement sur AliExpress", batch W)
    "fr": r"\bnotre\s+(?!(?:propre\s+)?(?:boutique|site)(?:\s+(?:en\s+ligne|internet|web))?\s+sur\s)"
    r"(?:propre\s+(?:boutique|site)|site|boutique\s+(?:en\s+ligne|internet|web))(?:\s+(?:en\s+ligne|internet|web))?\b",
    "es": r"(?:\bnuestra\s+(?:propia\s+)?tienda\s+(?:online|en\s+l[ií]nea|web|propia)\b|\bnuestr[ao]\s+(?:propi[ao]\s+)?(?:web|sitio)\b)"
    r"(?!\s+en\s)",
    "it": r"\b(?:sul|nel)\s+nostro\s+(?:sito|negozio\s+online)\b",
    "pt": r"(?:\bnossa\s+loja\s+(?:virtual|online)\b|\bnosso\s+(?:pr[óo]prio\s+)?site\b)(?!\s+n[oa]\s)",
    "nl": r"\bonze\s+eigen\s+(?:web)?(?:shop|winkel|website|site)\b",
    "pl": r"(?:\bw\s+(?:naszym\s+)?sklepie\s+internetowym\b|\bu\s+nas\s+w\s+sklepie\b)(?!\s+na\s)",
    "sv": r"\bvår\s+(?:egen\s+)?(?:webbutik|webbshop|hemsida|sajt|butik)\b(?!\s+(?:på|här)\b)",
    "tr": r"\bkendi\s+(?:web\s+)?(?:sitemiz|mağazamız)\w*|\bsitemizden\b|\bweb\s+sitemiz\w*",
    "ru": r"(?:на\s+нашем\s+(?:собственном\s+)?сайте|в\s+нашем\s+(?:собственном\s+)?(?:интернет-)?магазине)(?!\s+на\s)",
    "ar": r"متجرنا\s+(?:الإلكتروني|الخاص)|من\s+موقعنا",
    "he": r"(?:מ|ב)החנות\s+(?:האינטרנטית|המקוונת)\s+שלנו|באתר\s+שלנו|אתר\s+משלנו",
    "ja": r"自社(?:オンライン|ネット|ウェブ|web)?(?:サイト|ショップ)|当店の(?:公式)?(?:サイト|ネットショップ)",
    "ko": r"(?:저희|자사)\s*(?:쇼핑몰|홈페이지|웹\s*사이트|사이트|스토어)|자사\s*몰",
    "zh": r"(?:我们|我們)的?(?:官网|官網|网店|網店|独立站|獨立站)",
}
_OWN_SHOP_ANCHORS = {
    "en": "own",
    "de": "eigen",
    "fr": "boutique|site",
    "es": "tienda|web|sitio",
    "it": "nostro",
    "pt": "loja|site",
    "nl": "eigen",
    "pl": "sklepie",
    "sv": "webbutik|webbshop|hemsida|sajt|butik",
    "tr": "sitemiz|mağazamız",
    "ru": "сайте|магазине",
    "ar": "متجرنا|موقعنا",
    "he": "החנות|באתר|משלנו",
    "ja": "自社|当店",
    "ko": "쇼핑몰|홈페이지|사이트|스토어|자사",
    "zh": "官网|官網|网店|網店|独立站|獨立站",
}
# A reason to leave: the order cancelled, a lower price, a percentage.
_LEAVE = {
    "en": r"\bcancel\w*|\bcheaper\b|\bless\b|\blower\b|%|£|€|\$",
    "de": r"stornier\w*|günstiger|billiger|aufschlag|gebühr\w*|%|€",
    "fr": r"annul\w*|moins\s+cher|de\s+moins|%|€",
    "es": r"cancel\w*|m[aá]s\s+barat\w*|menos|%|€",
    "it": r"annull\w*|in\s+meno|meno\s+car\w*|più\s+bass\w*|%|€",
    "pt": r"cancel\w*|mais\s+barat\w*|menos|%|r\$",
    "nl": r"annuleer\w*|goedkoper|minder|%|€",
    "pl": r"anul\w*|taniej|tańsz\w*|%|zł",
    "sv": r"avbryt\w*|billigare|påslag\w*|avgift\w*|%|kr\b",
    "tr": r"iptal|ucuz\w*|%",
    "ru": r"отмен\w*|дешевле|%",
    "ar": r"ألغ\w*|الغ\w*|أقل|أرخص|%",
    "he": r"תבטל\w*|לבטל|זול\w*|בפחות|עמל\w*|%",
    "ja": r"キャンセル|割引|安|お得|%",
    "ko": r"취소|저렴|싸|할인|%",
    "zh": r"取消|便宜|优惠|優惠|%",
}
# The shop's own address often stands between the two ("in unserem eigenen Onlineshop kerzenwerk-shop.de – dort
# sparen Sie 15 %", "na nossa loja virtual (passofirme.com.br) … 20% mais barato": batch AD): a dot with a letter or
# digit right after it is a domain's or a number's, not the sentence's end.
_IN_SENTENCE_OR_DOMAIN = r"(?:[^.!?。！？\n]|\.(?=\w))"
OWN_SHOP_R10 = family(
    "offplatform.payment",
    _OWN_SHOP_ANCHORS,
    {lang: [near(_OWN_SHOP[lang], _LEAVE[lang], 90, within=_IN_SENTENCE_OR_DOMAIN)] for lang in _OWN_SHOP},
)

# 2. A person-to-person payment or a transfer to the seller: "if you Zelle us the difference", "PayPal Freunde direkt
#    an uns", "pagas por Bizum", "een Tikkie sturen", "via iDEAL rechtstreeks aan ons", "przelew na konto firmy",
#    "IBAN'ına gönderirseniz", "по СБП", "ويسترن يونيون", "USDT付给我们", "una ricarica sulla carta prepagata".
# Latin names stand alone on ASCII boundaries only, so a name glued to CJK ("用USDT付给我们") still counts.
_P2P_NAMES = (
    r"interac|e-?transfer|swisha\w*|paybox|zelle|venmo|cash\s?app|bizum|tikkie|(?:via|met|per)\s+ideal|blik(?:iem|a|u)?|swish|pix|papara|moneygram|usdt|bitcoin|iban\w*|mb\s?way|satispay|"
    r"havale|eft|payid|lydia|payconiq|ideal-betaalverzoek|bankgiro|plusgiro|mobilepay|vipps|twint|paylib|stc\s?pay|"
    r"vodafone\s+cash|instapay|mercado\s?pago|nequi|daviplata|yape|kakao\s?pay|paypay|line\s?pay|"
    r"paypal\s+(?:\w+\s+)?(?:friends|freunde|amici|amigos|vrienden|znajomi|vänner)|bank\s+transfer|überweisung|"
    r"virement|transferencia|bonifico|transfer[êe]ncia|overboeking|przelew(?!ow)\w*|banköverföring|boleto|banküberweisung|"
    r"ricarica\s+sulla\s+carta|western\s+union|postepay|qiwi|yoomoney|revolut|payoneer|skrill|paysafecard|"
    # India's UPI and its apps, paid to a handle ("Pay via UPI to shopname@okaxis": stop 45 probes)
    r"upi|paytm|phonepe|"
    r"friends\s+(?:and|&)\s+family|f\s?&\s?f|"
    # "a quick PayPal payment to accounts@…" (stop 31, batch AT)
    r"paypal\s+(?:payment|transfer|invoice|request)|"
    # a wallet or a bank transfer named as such ("Wise", "Binance Pay", "PayMe", "FPS"; stop 34)
    r"wise|binance(?:\s+pay)?|payme|fps|"
    # the bank account itself, to pay to or be paid back on ("till ditt bankkonto direkt")
    r"bank\s?kont\w*|bank\s+account|bankrekening|overschrijving|conta\s+banc[áa]ria|cuenta\s+bancaria|conto\s+corrente|konto\s+bankowe|banka\s+hesab\w*"
)
_P2P = (
    rf"(?<![a-z0-9])(?:{_P2P_NAMES})(?![a-z0-9])|\bсбп\b|ويسترن\s+يونيون|вестерн\s*юнион|\bкрипт\w*|на\s+карту|по\s+номеру\s+карты|юmoney|юмани|"
    r"\bביט\b|בביט|פייבוקס|계좌\s*이체|무통장|카카오\s?페이|토스로|송금|银行转账|銀行轉賬|银行卡|銀行卡|街口支付|微信支付|"
    r"تحويل\s+(?:بنكي|المبلغ)|حولها|حولها|فودافون\s+كاش|تحولي|銀行振込|振り込|"
    # "直接お振込みいただければ", "банковский перевод" (stop 31, batches AT/AU)
    r"振込|банковск\w*\s+перевод\w*|העברה\s+בנקאית|בהעברה\s+בנקאית|支付宝转|支付寶轉|转我|轉我|转给我|轉給我|"
    r"转数快|轉數快|对公转账|對公轉賬"
)
_P2P_ANCHORS = (
    "interac|swisha|paybox|zelle|venmo|cash app|bizum|tikkie|ideal|blik|swish|pix|papara|сбп|western|ويسترن|вестерн|moneygram|usdt|bitcoin|mb way|mbway|satispay|"
    "payid|lydia|payconiq|bankgiro|plusgiro|mobilepay|vipps|twint|paylib|stc|vodafone|فودافون|instapay|mercado|nequi|"
    "daviplata|yape|kakao|카카오|토스로|송금|paypay|line|街口|微信支付|בביט|تحولي|تحولي|"
    "крипт|bankkont|bank kont|bank account|bankrekening|conta banc|cuenta bancaria|conto corrente|konto bankowe|banka hesab|wise|binance|payme|fps|转数快|轉數快|对公|對公|usdc|btc|ethereum|crypto|krypto|cripto|加密|paypal|iban|havale|eft|bank transfer|überweisung|virement|transferencia|bonifico|transferência|transferencia|"
    "overboeking|overschrijving|przelew|banköverföring|boleto|ricarica|prepagata|карту|номеру карты|ביט|פייבוקס|계좌|무통장|银行|銀行|تحويل|حولها|"
    "upi|paytm|phonepe|юmoney|юмани|"
    "حولها|振込|振り込|банковск|בנקאית|支付宝转|支付寶轉|转我|轉我|转给我|轉給我|postepay|qiwi|yoomoney|revolut|payoneer|skrill|paysafecard|friends|f&f"
)
# The seller's own refund by the app, to spare the buyer the platform's ("we can refund you directly by
# PayPal today", "le podemos devolver los 29,90 € por Bizum", "IBAN'ınıza havale yapabiliriz", "계좌이체로 환불해
# 드릴게요", "להחזיר לך את הכסף בביט": blind batch DA, stop 32): the refund words then mark no platform refund
# (``_vetoes.on_platform``).
OWN_REFUND = (
    r"\b(?:we\s+(?:can|could|will|'ll)|i\s+(?:can|could|will|'ll))\s+(?:\w+\s+)?refund\b|\b(?:le|te|les)\s+(?:podemos|puedo)\s+devolver\b|"
    r"\bpodemos\s+(?:te\s+|lhe\s+)?(?:devolver|reembolsar)\b|\b(?:te|lhe)\s+devolvo\b|\bte\s+devuelvo\b|"
    # "te devolvemos el dinero por PayPal", "vamos devolver R$ 40 … via Pix" (tuning batch N, stop 38)
    r"\b(?:te|le|les|lhe|vos)\s+(?:devolvemos|reembolsamos)\b|\bvamos\s+(?:te\s+|lhe\s+)?(?:devolver|reembolsar)\b|"
    r"\b(?:le|ti|vi)\s+rimborsiamo\b|\bnous\s+vous\s+remboursons\b|"
    r"\b(?:können|könnten)\s+wir\s+(?:ihnen|dir)\s+(?:\w+\s+)?(?:erstatten|zurücküberweisen)\b|"
    r"\bnous\s+(?:pouvons|pourrions)\s+vous\s+rembourser\b|\bpossiamo\s+rimborsar\w*|\bkunnen\s+(?:we|wij)\s+(?:u|je)\s+(?:\w+\s+)?terugbetalen\b|"
    r"\bmożemy\s+(?:od\s+razu\s+)?(?:zwrócić|oddać)\b|\bkan\s+vi\s+återbetala\b|\bvi\s+betalar\s+tillbaka\b|yapabiliriz|iade\s+edebiliriz|можем\s+(?:\w+\s+)?вернуть|יכולים\s+להחזיר|نستطيع\s+إرجاع|"
    r"환불해\s*드(?:릴|리겠)|返金いたします|返金できます|退(?:款|钱|錢)给您|退(?:款|錢)俾你|過數俾我哋|"
    # "אפשר להחזיר לך את הכסף בביט", "弊社から銀行振込で直接お支払い", "سنحوّل لك مبلغ", "te mandamos los 35,99 € por Bizum"
    # (blind batch DZ, stop 44)
    r"להחזיר\s+לך\s+את\s+הכסף|נחזיר\s+לך|弊社から|当店から|سنحو\w*\s+لك|\b(?:te|le)\s+(?:mandamos|enviamos|transferimos)\s+(?:los|el|la)\b|"
    # the seller sending the refund itself by an app ("I can just send the refund to your Venmo", "Zwrot mogę zrobić od
    # razu BLIKIEM", "Возврат могу сделать сразу по СБП", "환불은 토스로 바로 보내드릴게요", "את ההחזר אני יכול להעביר לך
    # בביט": blind probes, stop 47)
    r"\b(?:i|we)\s+can\s+(?:just\s+)?send\s+(?:you\s+)?the\s+refund\b|\bmogę\s+zrobić\b|могу\s+сделать|보내드릴게요|אני\s+יכול\s+להעביר|"
    # … and promised for a dispute closed ("chiuda la controversia …, le mandiamo il rimborso su PayPal", "zwrócimy pieniądze
    # bezpośrednio na PayPal", "parayı direkt PayPal ile iade edeceğiz": stop 47 probes)
    r"\b(?:le|ti|vi)\s+mandiamo\s+il\s+rimborso\b|\bzwrócimy\b|\biade\s+(?:edeceğiz|ederiz)\b|"
    r"\b(?:without|sin|ohne|sans|senza|sem|zonder|bez|utan)\s+(?:\w+\s+)?(?:wait\w*|esperar|warten|attendre|aspettare|wachten|czekania)\b|beklemeden|не\s+ждать|기다리지|待たず"
)
# ... to the seller, or instead of the platform's checkout.
_TO_US = (
    r"\bus\b|\bdirect\w*|\bour\b|\bme\b|\bpay\s+him\b|\binstead\b|\brather\s+than\b|\bskip\b|\buns\b|\bdirekt\b|"
    r"\bunser\w*|\bnous\b|\bnotre\b|\bdirectement\b|\bnos\b|\bnuestr[oa]s?\b|\bnostr[oia]\b|\bnoss[oa]s?\b|\bonze\b|"
    r"\bnasz\w*|\bvår\w*|\bmój\b|\bmoje\b|\bmein\w*|\bmon\b|\bma\b|\bmi\b|\bmio\b|\bmia\b|\bmeu\b|\bminha\b|\bmijn\b|"
    r"\bmitt\b|\bmin\b|"
    # ... or to save the platform's fee, for a lower price ("via Western Union we can lower the price")
    r"\bcheaper\b|\bdiscount\w*|\blower\s+(?:the\s+)?price|\bsave\s+(?:on\s+)?(?:the\s+)?fees?\b|\bno\s+fees?\b|"
    r"\bgünstiger\b|\brabatt\w*|\bgebühr\w*|\bmoins\s+cher|\bréduction\b|\bremise\b|\bfrais\b|"
    r"\bm[aá]s\s+barat[oa]\b|\bdescuento\w*|\bcomisi[oó]n\w*|\bpiù\s+economic\w*|\bscont\w*|\bmais\s+barat[oa]\b|"
    r"\bdesconto\w*|\btaxa\w*|\bgoedkoper\b|\bkorting\b|\btaniej\b|\brabat\w*|\bprowizj\w*|\bbilligare\b|"
    r"\bavgift\w*|\bdaha\s+ucuz|\bindirim\w*|\bkomisyon\w*|дешевле|скидк\w*|أرخص|خصم|עמלה|זול|הנחה|수수료|"
    r"더\s*싸|할인|手数料|安く|割引|手续费|便宜|优惠|折扣|"
    r"\bpor\s+fora\b|\b(?:mand|invi|pag|version|trasferit|ricaric)\w*ci\b|"
    # pay *me* ("Págame por Bizum", "pagarnos … por Bizum", "Faz um Pix pra gente", "Pay me via Zelle": tuning ah-es-002,
    # stop 45 probes; "faster" was tried and dropped: a buyer's quoted "jak wyślecie szybciej?" read as the seller's)
    r"\bp[aá]g(?:ame|anos|ueme|uenos)\b|\bpagar(?:me|nos)\b|\bpay\s+(?:me|us)\b|\bpra\s+(?:gente|mim)\b|"
    # a better price for it, or the goods sent once paid ("ti faccio prezzo migliore", "settle the £6.50 by bank transfer
    # and we'll send it today", "переведите 300 ₽ по номеру карты, я пришлю его": tuning eh-it-006, dv-en-012, dv-ru-012,
    # probes, stop 46)
    r"\b(?:better|best)\s+price\b|\bbesser\w*\s+preis\b|\bmeilleur\s+prix\b|\bmejor\s+precio\b|\bprezzo\s+migliore\b|"
    r"\bmiglior\s+prezzo\b|\bmelhor\s+pre[çc]o\b|\bbetere\s+prijs\b|\blepsz\w*\s+cen\w*|\bbättre\s+pris\b|daha\s+iyi\s+fiyat|"
    r"лучш\w*\s+цен\w*|\bwe(?:'ll|\s+will)\s+(?:send|ship|post)\b|\bi(?:'ll|\s+will)\s+(?:send|ship|post)\b|я\s+(?:пришлю|отправлю|вышлю)|"
    r"мы\s+(?:пришл[её]м|отправим|вышлем)|"
    r"\bpara\s+(?:a\s+gente|mim)\b|"
    r"\bnosotros\b|\bdirectamente\b|\ben\s+vez\b|\bempresa\b|\bnoi\b|\bci\b|"
    r"\bdirettamente\b|\bcommission\w*|\bnós\b|\bdireto\b|\bdiretamente\b|\bons\b|\brechtstreeks\b|\bnas\b|\bfirmy\b|"
    r"\bcommissie\b|\bonderling\b|\bpåslag\w*|\bprivat\b|\bkesinti\w*|\bbetween\s+us\b|\bprivately\b|"
    r"\bbezpośrednio\b|\b(?:za)?płac\w*\s+nam\b|\boss\b|\bbize\b|\bdoğrudan\b|\bşirket\w*|\bнам\b|\bнапрямую\b|\bкомисси\w*|لنا|مباشرة|"
    # "Ik stuur je zo een Tikkie", "BLIK-iem na numer …", "IBAN'ımıza havale" (stop 31, batch AT)
    r"\b(?:ik|wij|we)\s+(?:stuur|sturen)\w*\s+(?:je|u|jou)\b|\bna\s+(?:numer|konto|telefon)\b|(?:ımıza|imize|umuza|ümüze)\b|"
    # "IBAN'a havale ederseniz aynı gün kargolarız" (if you wire it), "לחשבון 12-345-678901" (to the account)
    r"\b(?:havale|eft)\s+(?:ed|yap|gönder)\w*(?:seniz|sanız)\b|לחשבון|سعر\s+أقل|مباشر|"
    # "das ist billiger", "a PayPal request for the $6 difference", "così evita di rifare l'ordine" (batch AZ)
    r"\bbilliger\b|\b(?:the\s+)?(?:price\s+)?difference\b|\bevit\w*\s+di\s+(?:rifare|ripetere)\b|"
    r"לנו|ישירות|저희|직접|我们|我們|直接|当店|弊社|通さず|通さない|を介さず|转给我|轉給我|"
    # ... or instead of a new order on the platform
    r"\bnew\s+order\b|\bnieuwe\s+bestelling\b|\bneue\w*\s+bestellung\b|\b(?:otro|nuevo)\s+pedido\b|\b(?:altro|nuovo)\s+ordine\b|"
    r"\bnovo\s+pedido\b|\bnowe\w*\s+zamówieni\w*|\bny\s+order\b|\byeni\s+sipariş\w*|нов\w*\s+заказ\w*|طلب\s+جديد|"
    # or after cancelling the order ("cancele el pedido y hágame un Bizum": batch M)
    r"\bcancel\w*|\bstornier\w*|\bannul\w*|\banul\w*|\bavbryt\w*|\biptal\b|отмен\w*|ألغ\w*|תבטל\w*|"
    r"הזמנה\s+חדשה|新しい注文|새로\s*주문|새\s*주문|重新下单|重新下單|"
    rf"{OWN_REFUND}"
)
# ... or the payee or the sum right after the app: an address, a phone or card number, "number", an amount ("by Zelle
# to orders.x@gmail.com", "un Lydia de 9 € au 07 52 19 83 40", "PostePay di 18 euro sulla carta 5333 …", "토스로
# 15,000원 보내주시면", "через СБП по номеру 8 (903) …": blind batch DC, stop 32). Close after it (30 characters): an order
# number or a price further on is no payee ("Pix no checkout do AliExpress é confirmado …, pedido 8192…").
_AMOUNT = (
    r"(?:[$€£¥₽₺₪]|r\$|nt\$)\s?\d|"
    r"\d(?:[\d.,]*\d)?\s?(?:€|\$|£|¥|₽|₺|₪|eur\b|euros?\b|dollars?\b|kr\b|sek\b|zł|pln\b|tl\b|руб\w*|جنيه|ريال|درهم|원|円|元)"
)
_PAYEE = (
    # (a UPI handle, a Cash App cashtag: "to shopname@okaxis", "to $lumashop")
    r"[\w.+-]@[\w-]+\.[a-z]|[\w.-]+@(?:ok\w+|ybl|paytm|upi|ibl|axl|apl)\b|\$[a-z][a-z0-9_]{2,}|\d[\d ()/.-]{6,}\d|\b(?:number|numéro|numero|número|nummer|numara\w*|numer)\b|номер\w*|رقم|"
    r"번호|号码|號碼|番号|" + _AMOUNT
)
_PAYPAL_DIRECT = (
    r"\b(?:direkt|directly|directement|directamente|direttamente|diretamente|rechtstreeks|bezpośrednio|doğrudan)\b|напрямую|"
    r"\b(?:to|till|an|à|para|naar|do)\s+(?:me|mig|mich|moi|mí|mij|mnie|us|oss|uns|nous|nosotros|noi|nós|ons|nas)\b"
)
_CRYPTO = r"(?<![a-z0-9])(?:usdt|usdc|bitcoin|btc|ethereum|crypto\w*|krypto\w*|cripto\w*|binance)(?![a-z0-9])|криптовалют\w*|加密货币|加密貨幣"
_PAY_WORD = (
    r"\b(?:pay\w*|accept\w*|zahl\w*|bezahl\w*|akzept\w*|pag\w*|acept\w*|accett\w*|aceit\w*|betal\w*|płac\w*|zapłac\w*|"
    r"ödeme\w*|öde\w*|paiement|règlement)\b|оплат\w*|принимаем|支持|付款|支付|付|الدفع|תשלום|결제|支払"
)
# (read across the dots of an address or a domain: "a quick PayPal payment to accounts@shop.co.uk, which lets us
# dispatch …", stop 31)
P2P_R10 = family(
    "offplatform.payment",
    {"xx": _P2P_ANCHORS},
    {
        "xx": [
            near(_P2P, _TO_US, 90, within=_IN_SENTENCE_OR_DOMAIN),
            # PayPal itself, paid or refunded straight to or from the seller ("Om du betalar med PayPal direkt till mig",
            # "we can refund you 5$ by paypal directly": stop 33); PayPal alone is also the platforms' checkout
            near(r"\bpaypal\b", _PAYPAL_DIRECT, 25),
            rf"(?:{_P2P}){_IN_SENTENCE_OR_DOMAIN}{{0,30}}?(?:{_PAYEE})",
            # a crypto currency taken as payment: never a platform's checkout ("支持USDT和对公转账", "du bezahlst mit USDT")
            near(_CRYPTO, _PAY_WORD, 40),
            # the seller's own PayPal ("envoyez les frais de port sur notre PayPal") and a sum sent by a person-to-person
            # method ("de € 8 verzendkosten over via een Tikkie", "abónenos la diferencia de 15 € por Bizum": probes,
            # stop 42): the sum before the method, as the payee's details follow it above
            r"\b(?:our|notre|unser\w*|nuestro|nostro|nosso|onze|nasz\w*|vårt)\s+paypal\b|наш\w*\s+paypal\b",
            # (the named methods only: "вернём вам 300 рублей на карту" is a refund to the buyer's card)
            # (not across a checkout: "O estorno de R$ 189,90 sai pela <platform>, pelo mesmo Pix do checkout" — a refund
            # word, "estorno", clears it too)
            rf"(?:{_AMOUNT})(?:(?!checkout)[^.!?。！？\n;:]){{0,40}}?(?<![a-z0-9])(?:{_P2P_NAMES})(?![a-z0-9])",
        ]
    },
)

# 2b. A person-to-person method the seller says it accepts ("We accept Revolut as well", "Akceptujemy też Revolut",
#     "Revolutでのお支払いも承っております": stop 41 probes, 16 languages). The platforms take payment, the seller takes
#     none: "we accept" a wallet is an invitation to pay it (a method named at the checkout is cleared by the veto).
_WE_ACCEPT = (
    r"\bwe\s+(?:also\s+|even\s+)?(?:accept|take)\b|\b(?:akzeptieren|nehmen)\s+wir\b|\bwir\s+(?:\w+\s+)?akzeptieren\b|"
    r"\bnous\s+acceptons\b|\bon\s+accepte\b|\baceptamos\b|\baccettiamo\b|\baceitamos\b|\b(?:we|wij)\s+(?:\w+\s+)?accepteren\b|"
    r"\baccepteren\s+(?:we|wij)\b|\bakceptujemy\b|\bprzyjmujemy\b|\bvi\s+(?:\w+\s+)?(?:tar\s+(?:\w+\s+)?emot|accepterar)\b|"
    r"\btar\s+vi\s+(?:\w+\s+)?emot\b|kabul\s+ediyoruz|ile\s+ödeme\s+yapabilirsiniz|ile\s+ödeyebilirsiniz|принимаем|(?:承って|受け付けて)おります|(?<!不)接受|(?<!지\s)(?<!지)받습니다|نقبل|מקבלים"
)
# (anchored on the method names, rarer than "accept" or "take")
P2P_ACCEPTED = family("offplatform.payment", {"xx": _P2P_ANCHORS}, {"xx": [near(_P2P, _WE_ACCEPT, 40)]})

# 2c. A payment link the seller sends ("message us and we will send you a payment link", "wir schicken Ihnen einen
#     Zahlungslink", "お支払い用のリンクをお送りします": stop 41 probes). Neither platform lets a seller bill a buyer by
#     link (shared/platforms/amazon.md §5.1, aliexpress.md §8): the sale moves off the platform.
_PAY_LINK = {
    "en": r"\bpayment\s+link\b|\bpay(?:ment)?\s+request\b", "de": r"\b(?:zahlungs|bezahl)link\w*|\blink\s+zur\s+(?:be)?zahlung\b",
    "fr": r"\blien\s+de\s+paiement\b", "es": r"\b(?:enlace|link)\s+de\s+pago\b", "it": r"\blink\s+(?:di|per\s+il)\s+pagamento\b",
    "pt": r"\blink\s+de\s+pagamento\b", "nl": r"\bbetaal(?:link|verzoek)\w*", "pl": r"\blink\w*\s+do\s+(?:płatności|zapłaty)\b",
    "sv": r"\bbetal(?:nings)?länk\w*", "tr": r"ödeme\s+(?:bağlantı|link)\w*", "ru": r"ссылк\w*\s+(?:на|для)\s+оплат\w*",
    "ja": r"(?:お支払い|支払い?|決済)(?:用の?)?リンク", "zh": r"(?:付款|支付)(?:链接|鏈接)", "ko": r"결제\s*링크", "ar": r"رابط\s+(?:ال)?دفع",
    "he": r"קישור\s+(?:ל)?תשלום",
}  # fmt: skip
_PAY_LINK_ANCHORS = {
    "en": "payment link|payment request|pay request", "de": "zahlungslink|bezahllink|link zur", "fr": "lien de paiement",
    "es": "de pago", "it": "pagamento", "pt": "link de pagamento", "nl": "betaallink|betaalverzoek", "pl": "do płatności|do zapłaty",
    "sv": "betalningslänk|betallänk", "tr": "ödeme", "ru": "оплат", "ja": "リンク", "zh": "链接|鏈接", "ko": "링크", "ar": "رابط", "he": "קישור",
}  # fmt: skip
_WE_SEND = {
    # (not "we send no payment links", "wir schicken keine Zahlungslinks per Chat": tuning DI)
    "en": r"\b(?:we(?:'ll|\s+will|\s+can|\s+could)?\s+(?:then\s+|just\s+)?(?:send|email|e-mail|text|forward)|i(?:'ll|\s+will|\s+can)\s+(?:send|email|text))\b(?!\s+(?:you\s+)?(?:no|any)\b)",
    "de": r"\b(?:(?:schicken|senden|mailen)\s+wir|wir\s+(?:(?!nie\b|niemals\b|nicht\b|kein)\w+\s+){0,2}?(?:schicken|senden|mailen))\b(?!\s+(?:ihnen\s+)?(?:kein\w*|nie|niemals|nicht)\b)",
    "fr": r"\bnous\s+vous\s+(?:enverrons|envoyons|envoie)\b|\bnous\s+(?:pouvons\s+)?vous\s+envoyer\b|\bon\s+vous\s+envoie\b|\bje\s+vous\s+envoie\b",
    "es": r"(?<!no\s)\b(?:le|te)\s+(?:enviaremos|enviamos|mandamos|mandaremos|podemos\s+(?:enviar|mandar))\b",
    "it": r"(?<!non\s)\b(?:le|ti)\s+(?:invieremo|inviamo|mandiamo|manderemo)\b",
    "pt": r"(?<!não\s)(?<!nao\s)\b(?:enviamos|mandamos|enviaremos|mandaremos|vamos\s+(?:enviar|mandar))\b",
    "nl": r"\b(?:(?:sturen|mailen)\s+(?:we|wij)|(?:we|wij)\s+(?:(?!nooit\b|niet\b|geen\b)\w+\s+)?(?:sturen|mailen))\b(?!\s+(?:u\s+|je\s+)?(?:geen|nooit|niet)\b)",
    "pl": r"(?<!nie\s)\b(?:wyślemy|prześlemy|wysyłamy)\b", "sv": r"\b(?:skickar\s+vi|vi\s+skickar)\b(?!\s+(?:aldrig|inga|inte)\b)",
    "tr": r"gönderiri[mz]|göndereceğiz|iletiriz", "ru": r"(?<!не\s)(?:пришл[её]м|отправим|вышлем|скинем)",
    "ja": r"お送り(?:します|いたします)|送らせて", "zh": r"(?:我们|我們)(?:会|會|将|將)?(?:发|發|给您发|給您發)", "ko": r"보내\s*드리(?!지\s*않)",
    "ar": r"(?<!لا\s)(?<!لن\s)(?:سنرسل|نرسل)", "he": r"(?<!לא\s)(?:נשלח|אשלח)",
}  # fmt: skip
PAY_LINK_SENT = family(
    "offplatform.payment",
    _PAY_LINK_ANCHORS,
    {lang: [near(_WE_SEND[lang], _PAY_LINK[lang], 60)] for lang in _PAY_LINK},
)

# 2d. The seller selling the buyer another unit itself ("we can sell it to you directly at a better price", "können wir
#     es Ihnen direkt … verkaufen", "直接お安くお譲りできます": stop 41 probes).
_SELL_DIRECT = (
    r"\bsell\s+(?:it\s+|them\s+|one\s+)?(?:to\s+)?you\s+directly\b|\bsell\s+(?:it|them|one)\s+(?:to\s+you\s+)?directly\b|"
    r"\bihnen\s+(?:\w+\s+){0,3}?direkt\s+(?:\w+\s+){0,5}?verkaufen\b|\bvous\s+(?:le\s+|la\s+|les\s+)?vendre\s+directement\b|"
    r"\bvend[eé]r(?:se)?l[aeo]s?\s+directamente\b|\bvender(?:gliel[aeio]|l[aeio])\s+direttamente\b|\bvender\s+diretamente\s+para\s+(?:voc[êe]|o\s+senhor|a\s+senhora)\b|"
    r"\b(?:u|je)\s+rechtstreeks\s+(?:\w+\s+){0,5}?verkopen\b|\bsprzeda\w*\s+(?:\w+\s+)?bezpośrednio\b|\bsälja\s+(?:\w+\s+){0,2}?direkt\s+till\s+dig\b|"
    r"doğrudan\s+(?:\S+\s+){0,4}?satabiliriz|продать\s+(?:вам\s+)?(?:\S+\s+)?напрямую|直接\S{0,8}?お譲り|直接\S{0,10}?卖给(?:您|你)|직접\s*판매해\s*드릴|"
    r"بيعها\s+لك\s+مباشرة|نبيعك\s+مباشرة|למכור\s+(?:לכם|לך)\s+ישירות"
)
_SELL_DIRECT_ANCHORS = "sell|verkaufen|vendre|vendérsel|vendersel|venderl|vendergliel|venderla|vendergliela|vender|verkopen|sprzeda|sälja|satabiliriz|продать|お譲り|卖给|판매해|بيعها|نبيعك|למכור"
SELL_DIRECT = family("offplatform.payment", {"xx": _SELL_DIRECT_ANCHORS}, {"xx": [_SELL_DIRECT]})

# 3. "Message me before you buy and I'll give you the direct price", a private deal, selling "privately".
_DIRECT_PRICE = (
    r"\b(?:give|get|offer|make|sort|send|do)\s+(?:\w+\s+){0,3}?(?:a\s+|the\s+)?(?:direct|private)\s+(?:price|deal)\b|"
    r"\bprivate\s+deal\b|\bsell\w*\s+(?:\w+\s+){0,4}?privately\b|\bprix\s+direct\b|"
    r"\bprecio\s+(?:especial|directo)\s+pagando\b|\bprezzo\s+dirett\w*|\bpreço\s+direto\b|\bdirecte\s+prijs\b|"
    r"\bverkoop\s+ik\s+u\s+privé\b|\bprivé\s+verko\w*|\bsprzeda\w*\s+(?:\w+\s+){0,2}?prywatnie\b|\bprywatnie\b|"
    r"\bpay\s+(?:him|her|them|us|me)\s+direct(?:ly)?\b|\bpag\w*\s+a\s+(?:él|ella|nosotros|mí)\s+directamente\b|"
    r"\bsälja\s+(?:\w+\s+){0,2}?privat\b|\bverkauf\w*\s+(?:\w+\s+){0,4}?privat\b|\bprivat\s+(?:zum|verkauf)\w*|"
    r"\bözel\s+(?:direkt\s+)?fiyat\b|\bdirekt\s+fiyat\b|продам\s+(?:вам\s+)?напрямую|прода\w*\s+(?:вам\s+)?частн\w+|"
    r"السعر\s+المباشر|بشكل\s+خاص|מחיר\s+ישיר|באופן\s+פרטי|직거래|개인적으로\s+(?:따로\s+)?판매|個人的にお譲り|私下交易|直接价格"
)
_DIRECT_PRICE_ANCHORS = (
    "direct|private|privately|prix|precio|prezzo|preço|directe|privé|prywatnie|privat|özel|direkt|продам|прода|السعر|"
    "بشكل|מחיר|באופן|직거래|개인적으로|個人的|私下|直接价格"
)
DIRECT_PRICE_R10 = family("offplatform.payment", {"xx": _DIRECT_PRICE_ANCHORS}, {"xx": [_DIRECT_PRICE]})

# 3b. The platform's order cancelled for a sale from the seller: "Si vous annulez la commande, nous pouvons vous livrer
#     sous 48 h en commande directe", "se annulla l'ordine Amazon le facciamo lo stesso divano a 80 € in meno",
#     "siparişi iptal ederseniz … direkt bizden alabilirsiniz", "ご注文をキャンセルいただければ、当店から直接…" (tuning batch
#     DI, stop 39). Amazon Prohibited Seller Activities (help node 200414320: no diverting a sale off Amazon); AliExpress
#     §8. The seller's side must be a sale, not the platform's refund ("if you cancel the order, Amazon refunds you
#     directly" names no sale; the ``on_platform`` veto reads the rest).
_CANCEL_ORDER = (
    r"\bcancel\w*\s+(?:the\s+|your\s+|this\s+)?(?:\w+\s+)?order\b|\border\s+(?:here\s+)?cancel\w*|"
    r"\bstornier\w*\s+(?:sie\s+)?(?:die|ihre)\s+bestellung\b|\bbestellung\s+(?:\w+\s+){0,2}?stornier\w*|"
    r"\bannul\w*\s+(?:la|votre)\s+commande\b|\bcommande\s+(?:\w+\s+)?annul\w*|"
    r"\bcancel\w*\s+(?:el|su|tu|o|seu)\s+pedido\b|\bpedido\s+(?:\w+\s+)?cancel\w*|"
    r"\bannull\w*\s+(?:l'|il\s+)ordine\b|\bordine\s+(?:\w+\s+)?annull\w*|"
    r"\bannuleer\w*\s+(?:u\s+|je\s+)?(?:de|uw|je)\s+bestelling\b|\bbestelling\s+(?:\w+\s+)?annuleer\w*|"
    r"\banuluj\w*\s+zamówieni\w*|\bzamówieni\w*\s+(?:\w+\s+)?anul\w*|\bavbryt\w*\s+(?:din\s+)?beställning\w*|"
    r"sipariş\w*\s+iptal|отмен\w*\s+(?:ваш\w*\s+)?заказ|заказ\w*\s+отмен\w*|ألغ\w*\s+الطلب|إلغاء\s+الطلب|"
    r"(?:תבטל\w*|לבטל)\s+את\s+ההזמנה|ביטול\s+ההזמנה|注文を?キャンセル|주문(?:을|은)?\s*취소|取消\S{0,4}?(?:订单|訂單)"
)
# (the cancelling verbs only: "order", "pedido", "заказ" stand in most replies, and every match holds a verb)
_CANCEL_ORDER_ANCHORS = "cancel|stornier|annul|annull|annuleer|anul|anuluj|avbryt|iptal|отмен|ألغ|إلغاء|תבטל|לבטל|ביטול|キャンセル|취소|取消"
_SOLD_DIRECT = (
    r"\b(?:sell|deliver|ship|send|make|offer|do)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:to\s+you\s+)?direct(?:ly)?\b|"
    r"\bdirect(?:ly)?\s+from\s+us\b|\bbuy\s+(?:it\s+)?direct(?:ly)?\b|\bdirect\s+(?:order|sale)\b|\bcheaper\s+(?:from|with|through)\s+us\b|"
    r"(?:[$€£]\s?\d+|\d+\s?(?:%|€|\$|£|euros?\b|dollars?\b))\s+(?:less|off|cheaper)\b|"
    r"\bdirekt\s+bei\s+uns\s+(?:bestell|kauf)\w*|\b(?:liefern|verkaufen|schicken|senden)\s+(?:wir\s+)?(?:ihnen\s+)?(?:\w+\s+){0,3}?direkt\b|"
    r"\d+\s?(?:€|euro|%)\s+(?:günstiger|billiger|weniger)\b|\bcommande\s+directe\b|"
    r"\b(?:command|achet)\w*\s+directement\s+(?:chez|auprès\s+de)\s+nous\b|\d+\s?(?:€|%)\s+(?:de\s+)?moins\b|"
    r"\bmoins\s+cher\s+(?:chez|avec)\s+nous\b|\b(?:vend|envi|entreg|mand)\w*\s+(?:\w+\s+){0,3}?(?:directamente|diret(?:o|amente))\b|"
    r"\b(?:compr|ped)\w*\s+directamente\s+(?:a|con)\s+nosotros\b|\d+\s?(?:€|\$|%)\s+(?:m[aá]s\s+barat\w*|menos)\b|"
    r"\d+\s?(?:€|%)\s+in\s+meno\b|\b(?:acquist|compr|ordin)\w*\s+direttamente\s+da\s+noi\b|"
    r"\b(?:vend|spedi|consegn)\w*\s+(?:\w+\s+){0,3}?direttamente\b|"
    r"\b(?:compr|ped)\w*\s+diret(?:o|amente)\s+(?:com\s+a\s+gente|conosco|com\s+n[óo]s)\b|"
    r"\brechtstreeks\s+bij\s+(?:ons|mij)\s+(?:bestel|kop)\w*|\d+\s?(?:€|euro|%)\s+goedkoper\b|"
    r"\bkup\w*\s+bezpośrednio\s+u\s+nas\b|\d+\s?(?:zł|%)\s+taniej\b|\bköp\w*\s+direkt\s+(?:från|av)\s+oss\b|"
    r"\bsälja\s+(?:\w+\s+){0,2}?direkt\b|\b(?:direkt|doğrudan)\s+bizden\b|\d+(?:[.,]\d+)?\s?(?:tl|%)\s+indirimle\b|"
    r"продад\w*\s+(?:вам\s+)?напрямую|напрямую\s+(?:у|от)\s+нас|نبيع\w*\s+لك\s+مباشرة|مباشرة\s+منا|"
    r"נמכור\s+לך\s+ישירות|ישירות\s+(?:מאיתנו|מאתנו)|当店から直接|저희가\s*직접|직접\s*(?:더\s*싸게\s*)?(?:보내|판매)|"
    r"直接(?:从|從)(?:我们|我們)"
)
CANCEL_FOR_DIRECT = family(
    "offplatform.payment",
    {"xx": _CANCEL_ORDER_ANCHORS},
    {"xx": [near(_CANCEL_ORDER, _SOLD_DIRECT, 90, within=_IN_SENTENCE_OR_DOMAIN)]},
)


# 4. Buying at the seller's own web address: "puede pedir los recambios directamente en www.recambioshogar-online.es",
#    "当店の公式オンラインショップ（www.kitchen-kobo.jp）からご購入いただけます", "doğrudan web sitemiz www.evdekor-tr.com
#    üzerinden verirseniz" (batches V, W): a buying verb, a www address that is not the platform's, and the seller's own
#    or "directly" (``_OWN_OR_DIRECT``) in the sentence or the one before. The address alone is ``contact.url``; the sale moved
#    to it is diverting the buyer (Amazon Prohibited Seller Activities, help node 200414320; AliExpress §8). Built
#    per platform (:func:`platform_name_families`): the platform's own www address is no other shop.
_BUY_VERB = (
    r"\b(?:buy|order|purchase|shop)\w*|\b(?:bestell|kauf|command|achet|ped(?:ir|ido|ís)|compr|adquir|ordin|acquist|encomend|"
    r"bestel|koop|zamów|zamaw|kup|beställ|köp)\w*|sipariş|satın\s+al|закаж\w*|заказ\w*|куп\w*|اطلب|اشتر\w*|شراء|להזמין|"
    r"לקנות|תזמינ?ו?|주문(?!번호)|구매|購入|注文(?!番号)|お買い求め|购买|購買|下单|下單|订购|訂購"
)
# The seller's own, or "directly" (not "me", "no fees" or "new order" of ``_TO_US``: "track your order at www.… and
# let me know" is a tracking answer).
_OWN_OR_DIRECT = (
    r"\bour\b|\bdirect(?:ly)?\b|\bunser\w*|\bdirekt\b|\bnotre\b|\bdirectement\b|\bnuestr[oa]s?\b|\bdirectamente\b|"
    r"\bnostr[oia]\b|\bdirettamente\b|\bnoss[oa]s?\b|\bdireto\b|\bdiretamente\b|\bonze\b|\brechtstreeks\b|\bnasz\w*|"
    r"\bbezpośrednio\b|\bvår\w*|\bdoğrudan\b|\bsitemiz\w*|\bmağazamız\w*|наш\w*|напрямую|مباشرة|موقعنا|متجرنا|שלנו|ישירות|"
    r"저희|직접|자사|我们|我們|直接|官网|官網|当店|弊社|公式|自社"
)

# Round 21. Whose account the money goes to: a PayPal address or e-mail, an IBAN, bank details, an account number or a
# Pix key — the buyer's asked for ("send us your PayPal address and we refund you the full price", "ci mandi il suo
# IBAN", "Ihre PayPal-Adresse", "envíenos el correo de su cuenta de PayPal", "PayPal adresinizi") or the seller's
# given. Money paid to either outside the platform's checkout and refund is a payment off the platform, whatever it is
# for: refunds go back through the platform (Amazon Services Business Solutions Agreement S-2.2, "Returns and Refunds":
# refunds are processed "with a function that we activate on your behalf", Amazon paying the customer; AliExpress §8:
# payment outside Buyer Protection). So the refund words do not veto it
# (``_vetoes.on_platform``); "we never ask for your IBAN" still does. Tuning batches AB, N, Z and the payment rows
# (PayPal rewards to the buyer) were labelled so by their writers; no held-out row was read.
_PAYPAL_ID = (
    r"paypal[-\s]?(?:e-?mail(?:[-\s]?(?:address|adresse|adres|adress))?|address|adresse|adres|adress|adresi\w*|"
    r"indirizzo|endereço|dirección|direccion|id|konto-?e-?mail|аккаунт\w*|адрес\w*|почт\w*|계정|주소|アカウント|"
    r"アドレス|账号|賬號|账户|邮箱|כתובת|عنوان)|"
    r"\b(?:e-?mail|address|adresse|correo|dirección|indirizzo|endereço|e-?mailadres|adres|adress|адрес\w*|почт\w*)"
    r"\s+(?:\w+\s+){0,3}?(?:(?:de|del|di|da|do|van|för|för\s+ditt)\s+)?(?:(?:su|tu|la|il|sua|seu|uw|je|votre|ton)\s+)?"
    r"(?:(?:cuenta|conta|compte|account|conto|account)\s+(?:de\s+|di\s+)?)?paypal\b|"
    r"عنوان\s+(?:حساب\s+)?(?:ال)?باي\s?بال|כתובת\s+(?:ה-?)?paypal"
)
_BANK_ID = (
    r"\byour\s+(?:own\s+)?(?:iban|bank\s+(?:details|info\w*|account\s+(?:details|number))|account\s+number|sort\s+code|"
    r"routing\s+number|pix\s+key)\b|"
    # "send us your Zelle or Venmo username and we'll pay you directly" (batch AD)
    r"\byour\s+(?:zelle|venmo|cash\s*app)\s+(?:or\s+(?:zelle|venmo|cash\s*app|paypal)\s+)?(?:username|handle|id|tag|e-?mail|address|account)\b|"
    r"\b(?:ihre|deine|ihr|dein)\w*\s+(?:iban|bankverbindung|kontodaten|kontonummer|bankdaten)\b|"
    r"\b(?:votre|vos|ton|tes)\s+(?:iban|rib|coordonnées\s+bancaires|numéro\s+de\s+compte)\b|"
    r"\b(?:su|sus|tu|tus)\s+(?:iban|datos\s+bancarios|número\s+de\s+cuenta|cuenta\s+clabe|clabe)\b|\blos\s+datos\s+de\s+(?:tu|su)\s+tarjeta\b|"
    r"\b(?:il\s+suo|il\s+tuo|i\s+suoi|le\s+sue|suo|tuo)\s+(?:iban|coordinate\s+bancarie|dati\s+bancari|numero\s+di\s+conto)\b|"
    r"\b(?:seu|sua|seus|suas|teu|tua)\s+(?:iban|dados\s+bancários|chave(?:\s+(?:do\s+)?pix)?|pix|número\s+da\s+conta)\b|"
    r"\b(?:uw|je|jouw)\s+(?:iban|rekeningnummer|bankgegevens)\b|"
    r"\b(?:twój|twoje|pana|pani|swój)\s+(?:iban|numer\s+konta|dane\s+do\s+przelewu|numer\s+rachunku)\b|"
    r"\b(?:ditt|din|dina)\s+(?:iban|kontonummer|bankuppgifter|clearingnummer)\b|"
    r"\b(?:iban|hesap\s+numara|banka\s+bilgi)'?\w*(?:nız|niz|nızı|nizi|ınızı|inizi)\b|"
    r"ваш\w*\s+(?:iban|реквизит\w*|номер\s+(?:карты|счёта|счета))|номер\s+ваш\w*\s+(?:карты|сч[её]та)|"
    r"(?:رقم\s+حسابك|الآيبان\s+الخاص\s+بك|بيانات\s+حسابك\s+البنكي|رقم\s+(?:الآيبان|الايبان))|"
    r"(?:מספר\s+החשבון\s+שלך|פרטי\s+(?:חשבון\s+)?הבנק\s+שלך)|"
    r"(?:고객님|귀하)의?\s*(?:계좌\s*번호|계좌\s*정보)|계좌\s*번호를\s*(?:알려|보내)|"
    r"(?:お客様の|お客さまの)?口座(?:番号|情報)を(?:お知らせ|教え|送)|"
    r"(?:您的|你的)(?:银行卡号|銀行卡號|银行账号|銀行帳號|支付宝账号|支付寶帳號|收款账号)"
)
PAYEE_ID = rf"{_PAYPAL_ID}|{_BANK_ID}"
# ... asked for: "send us", "schicken Sie uns", "ci mandi", "envíenos", "PayPal adresinizi … gönderin".
_SEND_US = (
    r"\b(?:send|give|tell|share|provide|email|e-mail|message|forward|reply\s+with|let\s+us\s+know|write)\b|"
    r"\b(?:schick|send|nenn|teil|geb|gib|übermittel|schreib)\w*|\bmitteil\w*|"
    r"\b(?:envoy|communiqu|donn|indiqu|transmett)\w*|\bfaites-nous\s+parvenir\b|"
    r"\b(?:env[íi]\w*|mand\w*|indiqu\w*|facilít\w*|facilit\w*|pás\w*|pas\w*|compart\w*|d[ée]nos|h[áa]ganos)\b|"
    r"\b(?:invi\w*|comunic\w*|indich\w*|fornisc\w*|dacci|forne\w*)\b|"
    r"\b(?:inform\w*|pass\w*|compartilh\w*)\b|"
    r"\b(?:stuur\w*|sturen|doorgeven|geef|geeft|deel|mail)\b|\blaat\s+(?:\w+\s+){0,4}?weten\b|"
    r"\b(?:prześlij\w*|wyślij\w*|podaj\w*|przekaż\w*|prosimy\s+o)\b|"
    r"\b(?:skicka|ge|uppge|dela|maila)\b|"
    r"\b(?:gönder\w*|ilet\w*|paylaş\w*|yaz\w*|bildir\w*|ver\w*)\b|"
    r"(?:пришл|отправ|сообщ|напиш|укаж|дайт|скин)\w*|"
    r"(?:أرسل|ارسل|زودنا|أعطنا|شارك|أخبرنا)|(?:שלח|תשלח|ספק|תן\s+לנו|תנו\s+לנו)|"
    r"알려|보내|お知らせ|教え|送|发给|發給|提供|告诉|告訴"
)
# ... unless the seller says they do not need, see or keep it ("nous n'avons jamais accès à vos coordonnées
# bancaires", "no necesitamos tus datos bancarios"): before the details, in their sentence.
PAYEE_NOT_NEEDED = (
    r"\b(?:never|not|don't|do\s+not|won't|no)\s+(?:\w+\s+){0,2}?(?:need|have\s+access|access|see|store|keep|require)\w*|"
    r"\bn'(?:avons|aurons)\s+(?:jamais|pas|aucun)\s+(?:besoin|accès)|\bno\s+(?:\w+\s+)?(?:necesit|tenemos\s+acceso|vemos|guardamos)\w*|"
    r"\bnunca\s+(?:\w+\s+)?(?:necesit|tenemos\s+acceso|vemos|guardamos)\w*|\bnon\s+(?:\w+\s+)?(?:abbiamo\s+bisogno|"
    r"abbiamo\s+accesso|ci\s+serv|serv|vediamo|conserviamo)\w*|\bn[ãa]o\s+(?:\w+\s+)?(?:precis|temos\s+acesso|vemos|guardamos)\w*|"
    r"\b(?:brauchen|benötigen|sehen|speichern|haben)\s+(?:\w+\s+){0,2}?(?:nicht|keine\w*|nie|niemals|keinen\s+zugriff)\b|"
    r"\bkein\w*\s+zugriff|\b(?:hebben|zien|bewaren)\s+(?:\w+\s+){0,2}?(?:niet|nooit|geen)\b|\bnie\s+(?:\w+\s+)?(?:potrzebuj|"
    r"mamy\s+dostęp|widzimy|przechowujemy)\w*|\b(?:behöver|ser|sparar|har)\s+(?:\w+\s+)?(?:inte|aldrig|ingen)\b|"
    r"\bihtiyac[ıi]m[ıi]z\s+yok|\berişim\w*\s+yok|не\s+(?:нужн|нужд|имеем\s+доступ|видим|храним)\w*|"
    r"لا\s+(?:نحتاج|نطلب|نرى|نحتفظ|يمكننا\s+الوصول)|לא\s+(?:צריכים|רואים|שומרים)|필요(?:하지\s*않|\s*없)|"
    rf"(?:必要|知る必要)(?:は|が)?(?:ありません|ございません)|(?:不需要|无需|無需|{_ZH_NOT_SEEN})"
)
PAYEE_ID_R21 = family(
    "offplatform.payment",
    {  # the rare words of the details (a word as common as "account" or "номер" would open a window in most replies)
        "xx": "paypal|zelle|venmo|cash app|iban|pix|rib|вашей карты|вашу карту|bank details|bank info|bank account|account number|sort code|routing number|"
        "bankverbindung|kontodaten|kontonummer|bankdaten|bancaires|bancari|bancários|número de cuenta|numéro de compte|"
        "numero di conto|número da conta|rekeningnummer|bankgegevens|numer konta|numer rachunku|dane do przelewu|"
        "clearingnummer|bankuppgifter|hesap numara|banka bilgi|clabe|datos de tu tarjeta|datos de su tarjeta|реквизит|номер карты|номер счёта|номер счета|حسابك|"
        "الآيبان|הבנק|החשבון|계좌|口座|银行|銀行|支付宝|支付寶|收款|باي"
    },
    {"xx": [near(_SEND_US, PAYEE_ID, 60)]},
)


# Stop 32 (blind batch DI: off-platform sales in fresh wording, blind 0.915 / 0.714). Sources as for round 10: Amazon
# Prohibited Seller Activities (diverting transactions, help node 200386250); AliExpress §8 (inducing off-platform
# transactions, payment outside Buyer Protection).
#
# 1. The seller's listing on another marketplace, to buy there instead ("lo compri dalla nostra inserzione su eBay",
#    "temos no Mercado Livre … compra direto", "メルカリでも出品しています … 検索してみてください", "在我们淘宝店更便宜",
#    "we verkopen ze ook op Marktplaats", "есть у нас на Wildberries … закажите лучше там", "쿠팡에도 입점되어 … 거기서
#    주문하세요"): a marketplace named beside buying, searching or a price advantage. Never the platform itself (its
#    names are the adapter's and are not listed here).
_MARKETPLACE_NAMES = (
    r"\bebay\b|\betsy\b|\bvinted\b|\bmercado\s?(?:livre|libre)\b|\bmarktplaats\b|\bolx\b|\btradera\b|\bblocket\b|"
    r"\bhepsiburada\b|\btrendyol\b|\ballegro\b|\bwildberries\b|\bozon\b|\bavito\b|\bcdiscount\b|\bleboncoin\b|"
    # (Temu only as a place: the Polish "temu" is "ago" and "to that", "dzięki temu": tuning batch DR, stop 43)
    r"\bwallapop\b|\bkijiji\b|\bgumtree\b|\bshopee\b|\blazada\b|\bcoupang\b|\btemu(?:\.com|\s+(?:app|shop|store))\b|"
    r"\b(?:on|at|via|from|auf|bei|sur|en|su|op|på)\s+temu\b|\bshein\b|\bkaufland\b|"
    r"\bfacebook\s+marketplace\b|\btiktok\s+shop\b|вайлдберриз|озон|авито|メルカリ|ラクマ|ヤフオク|淘宝|淘寶|天猫|京东|"
    r"拼多多|闲鱼|閒魚|蝦皮|虾皮|쿠팡|스마트스토어|11번가|지마켓|יד\s?2|\bjumia\b|\bemag\b|(?:في|على)\s+(?:نون|جوميا)|"
    # "楽天市場とYahoo!ショッピングにも出店", "חנות באיביי" (tuning batch DO, stop 43)
    r"楽天|yahoo!?\s?ショッピング|ヤフーショッピング|איביי|"
    # "we staan ook op Bol.com en daar is dezelfde set € 6 goedkoper", "Auf Kleinanzeigen stehen noch zwei Stück von uns"
    # (stop 49 probes)
    r"\bbol\.com\b|\bkleinanzeigen\b|\bfnac\b|\brakuten\b|\bzalando\b|\bmanomano\b"
)
#: The other marketplaces by name (read by the payment veto too: a shop "on Shopee" is no storefront on the platform).
MARKETPLACE_NAMES = _MARKETPLACE_NAMES
_MARKETPLACE_ANCHORS = (
    "ebay|etsy|vinted|mercado|marktplaats|olx|tradera|blocket|hepsiburada|trendyol|allegro|wildberries|ozon|avito|"
    "cdiscount|leboncoin|wallapop|kijiji|gumtree|shopee|lazada|coupang|temu|shein|kaufland|facebook marketplace|"
    "tiktok shop|вайлдберриз|озон|авито|メルカリ|ラクマ|ヤフオク|淘宝|淘寶|天猫|京东|拼多多|闲鱼|閒魚|蝦皮|虾皮|쿠팡|스마트스토어|"
    "11번가|지마켓|יד|jumia|emag|نون|جوميا|楽天|yahoo|ヤフーショッピング|איביי|bol.com|kleinanzeigen|fnac|rakuten|zalando|"
    "manomano"
)
_BUY_THERE = (
    rf"{_BUY_VERB}|\b(?:search|look\s+for|find)\b|\bbusca\w*|\bpesquis\w*|\bcerc[ahi]\w*|\bzoek\w*|\bszuka\w*|\bsök\w*|"
    r"\bsuch\w*|\brecherch\w*|\bara(?:yın|yabilir)\w*|\bищ\w*|\bнайд\w*|ابحث|חפש\w*|검색|検索|搜|\b(?:there|là-bas|allí|alla|"
    r"lá|daar|dort|där|tam|orada)\b|там|هناك|שם|거기|そちら|那边|那邊|\bcheaper\b|\bgünstiger\b|\bmoins\s+cher|"
    r"\bm[aá]s\s+barat|\bmeno\b|\bmais\s+barat|\bgoedkoper\b|\btaniej\b|\bbilligare\b|\bdaha\s+ucuz|дешевле|أرخص|זול|"
    # (not the sale denied: "No vendemos en Mercado Libre", "we don't sell on eBay")
    r"저렴|安い|便宜|(?<!\bno\s)(?<!\bnão\s)(?<!\bnon\s)(?<!\bnot\s)(?<!n't\s)(?<!\bne\s)(?:\bsell\w*|\bverkauf\w*|\bvend\w*|"
    r"\bverkop\w*|\bsprzeda\w*|\bsälj\w*)|\bsatıyoruz|прода\w*|出品|出店|입점|"
    r"\boradan\b|\bda\s+var\b|"
    # a lower price or stock there ("ahí los precios son un poco más bajos", "preço menor", "prezzo più basso", "still in
    # stock", "hâlâ var … alabilirsiniz", "재고가 있어요", "もっと安く": probes, stop 46)
    r"\bm[aá]s\s+baj[oa]s?\b|\bpi[uù]\s+bass[oi]\b|\bpre[çc]o\s+menor\b|\bmenor\s+pre[çc]o\b|\blower\s+prices?\b|\bfor\s+less\b|"
    r"\bin\s+stock\b|\bauf\s+lager\b|\ben\s+stock\b|\bem\s+estoque\b|\bop\s+voorraad\b|\bi\s+lager\b|\bstokta\b|"
    r"в\s+наличии|\b(?:hâlâ|hala)\s+var\b|\balabilirsiniz\b|재고가?\s*있|在庫|有货|有貨|安く|"
    # "we have it on …", "har vi samma … på Tradera", "temos no Mercado Livre", "Bizi Trendyol'da da bulabilirsiniz"
    r"\bwe\s+(?:also\s+)?have\b|\bhar\s+vi\b|\btemos\b|\btenemos\b|\babbiamo\b|\bhaben\s+wir\b|\bnous\s+avons\b|"
    r"\bhebben\s+(?:we|wij)\b|\bmamy\b|\bbulabilirsiniz\b|есть\s+на|متوفر|عندنا|יש\s+לנו|"
    # a lower price or the fees saved there ("por R$ 30 a menos", "à 19,90 € au lieu de 24,90 € ici", "da sparen wir uns
    # beide die Gebühren", "وسعره أقل بـ 40 ريال": stop 49 probes)
    r"\ba\s+menos\b|\bau\s+lieu\s+de\b|\bgebühren\b|\bfees\b|\bcommissi\w*|\bcomisi[oó]n\w*|أقل"
)
OTHER_MARKETPLACE = family(
    "offplatform.payment",
    {"xx": _MARKETPLACE_ANCHORS},
    {"xx": [near(_MARKETPLACE_NAMES, _BUY_THERE, 70)]},
)

# 2. The dispute closed for money sent directly ("fecha a disputa que eu te devolvo o dinheiro no Pix", "please close
#    the dispute and we refund you directly", "stäng tvisten. Vi betalar tillbaka … till ditt bankkonto direkt",
#    "أغلق النزاع وسنرسل لك 10 دولارات عبر باي بال", "請您先關閉糾紛，我們會直接轉帳退款"): closing Buyer Protection's case for a
#    payment outside it. The money must be named as direct or by a payment channel, in the sentence or the next.
_CLOSE_DISPUTE = (
    r"\b(?:close|cancel|withdraw)\w*\s+(?:the\s+|your\s+|this\s+)?dispute\b|"
    r"\b(?:streitfall|disput|fall)\w*\s+(?:\w+\s+)?(?:schließen|schliessen|zurückziehen|beenden)|\bschließen\s+sie\s+(?:\w+\s+)?(?:streitfall|disput)\w*|"
    r"\b(?:ferm|annul)\w*\s+(?:le\s+|votre\s+)?litige\b|\b(?:cierr|cancel|cerrar)\w*\s+(?:la\s+|su\s+|tu\s+)?disputa\b|"
    r"\bchiud\w*\s+(?:la\s+)?(?:disputa|controversia)\b|\b(?:fech|cancel)\w*\s+(?:a\s+)?disputa\b|"
    r"\bsluit\w*\s+(?:het\s+|uw\s+)?geschil\b|\bzamkn\w*\s+(?:\w+\s+)?spór\b|\bstäng\w*\s+(?:\w+\s+)?tvisten\b|"
    r"anlaşmazlığı\s+kapat\w*|закро\w*\s+(?:\S+\s+)?спор|أغلق\w*\s+النزاع|(?:סגור|תסגור|תסגרי)\s+את\s+המחלוקת|"
    r"紛争を(?:取り下げ|閉じ|キャンセル)|분쟁\s*(?:을\s*)?(?:취소|종료|닫)|(?:关闭|關閉|取消|撤销|撤銷)(?:纠纷|糾紛)"
)
_SENT_DIRECT = (
    rf"{_P2P}|{_OWN_OR_DIRECT}|\bbank\w*|\bkonto\w*|\bconta\b|\bcuenta\b|\bcompte\b|\bconto\b|\brekening\b|\bbankkonto\b|"
    r"\bhesab\w*|сч[её]т|حساب|חשבון|계좌|口座|帐户|帳戶|账号|帳號|\bpaypal\b|باي\s?بال|\bpix\b|\bwise\b|\biban\w*"
)
DISPUTE_FOR_DIRECT_MONEY = family(
    "offplatform.payment",
    {
        "xx": "close|cancel|withdraw|streitfall|disput|schließen|litige|disputa|controversia|geschil|spór|tvisten|"
        "anlaşmazlığı|спор|النزاع|המחלוקת|紛争|분쟁|纠纷|糾紛"
    },
    {"xx": [near(_CLOSE_DISPUTE, _SENT_DIRECT, 120, within=r"[^\n]")]},
)


# 3. The review's new state made the condition of something ("Once your rating reflects how we handled this, I'll
#    process it", "Så fort ditt betyg speglar hur vi löste ärendet genomför vi återbetalningen", "Assim que a sua
#    avaliação estiver atualizada, processamos o reembolso": blind batch DG, stop 32): a change request in the form of a
#    condition (and, with the promise beside it, an incentive: ``ContentRules`` binds them).
_REVIEW_STATE_CONDITION = {
    "en": r"\b(?:once|as\s+soon\s+as|when|after)\s+(?:your\s+)?(?:[\w-]+\s+)?(?:rating|review|feedback|evaluation)\s+(?:\w+\s+)?(?:reflects|is\s+(?:updated|changed|edited|removed|deleted|gone)|has\s+been\s+(?:updated|changed|edited|removed|deleted))\b",
    "de": r"\bsobald\s+(?:ihre|deine)\s+(?:[\w-]+\s+)?(?:bewertung|rezension)\s+(?:\w+\s+){0,2}?(?:angepasst|geändert|aktualisiert|entfernt|gelöscht)\b",
    "fr": r"\b(?:dès\s+que|une\s+fois\s+que)\s+votre\s+(?:avis|évaluation|note|commentaire)\s+(?:sera\s+|aura\s+été\s+|est\s+)?(?:modifi|mis\s+à\s+jour|supprim|retir)\w*",
    "es": r"\b(?:en\s+cuanto|cuando|una\s+vez\s+que)\s+(?:su|tu)\s+(?:valoraci[oó]n|reseña|opini[oó]n|calificaci[oó]n)\s+(?:est[eé]\s+|sea\s+)?(?:actualizad|modificad|cambiad|eliminad|retirad)\w*",
    "it": r"\b(?:appena|una\s+volta\s+che|non\s+appena)\s+la\s+(?:sua|tua)\s+(?:recensione|valutazione)\s+(?:sarà\s+|è\s+)?(?:aggiornat|modificat|rimoss|cancellat)\w*",
    "pt": r"\b(?:assim\s+que|quando|logo\s+que)\s+(?:a\s+)?(?:sua|tua)\s+(?:avalia[çc][ãa]o|opini[ãa]o|coment[áa]rio)\s+(?:estiver\s+|for\s+)?(?:atualizad|alterad|removid|exclu[íi]d)\w*",
    "nl": r"\bzodra\s+(?:uw|je|jouw)\s+(?:review|beoordeling|recensie)\s+(?:is\s+)?(?:aangepast|gewijzigd|verwijderd|bijgewerkt)\b",
    "pl": r"\b(?:gdy\s+tylko|jak\s+tylko|kiedy)\s+(?:pana|pani|twoja)\s+(?:opinia|ocena)\s+(?:zostanie\s+)?(?:zmienion|usunięt|poprawion|zaktualizowan)\w*",
    "sv": r"\bså\s+(?:fort|snart)\s+(?:ditt|din)\s+(?:betyg|omdöme|recension)\s+(?:speglar|är\s+(?:ändrat|ändrad|uppdaterat|uppdaterad|borttaget|borttagen))\b",
}  # fmt: skip
REVIEW_STATE_CHANGE = family(
    "review.change",
    {
        "en": "once|as soon|when|after", "de": "sobald", "fr": "dès|une fois", "es": "cuanto|cuando|una vez", "it": "appena|volta",
        "pt": "assim|quando|logo", "nl": "zodra", "pl": "gdy|jak|kiedy", "sv": "så fort|så snart",
    },
    {lang: [pattern] for lang, pattern in _REVIEW_STATE_CONDITION.items()},
)  # fmt: skip


# 4. Promotions in words the per-language tables lacked (blind batches DF, DJ and AX, stop 33): a code handed over with
#    the discount it gives in any language ("le code NOEL15 pour 15 % de rabais", "kod VIP15 na -15%", "الكود RAMADAN20
#    … خصم ٢٠٪", "a 20% code for your next tin"), a percentage discount named with its noun ("sconto del 20%", "15 % de
#    rabais", "descuento del 10 %") and an invitation to follow, subscribe to or discover the seller's shop or range
#    ("Suivez notre boutique", "abone olmayı unutmayın", "Le invitamos a conocer nuestra colección").
_CODE_WORD = (
    r"\b(?:codes?|kod(?:em|u)?|c[oó]digo|codice|cupom|cup[oó]n|coupon|kupon(?:u)?|gutschein(?:code)?|rabattkod(?:en)?|"
    r"kortingscode|промокод\w*)\b|(?:الكود|كود|קוד|코드|クーポンコード|クーポン|优惠码|優惠碼|折扣码)"
)
_PROMO_CODE_SHAPE = r"\s*[:：]?\s*[\"'«„“‚]?\s*(?=[a-z0-9]{4,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b"
_DISCOUNT = (
    r"-\s?\d{1,2}\s?%|\d{1,2}\s?%\s+(?:off|less|mniej|weniger|moins|menos|meno|minder|mindre|daha\s+az|меньше|أقل)\b|"
    r"\b(?:discount|rabatt|rabais|remise|réduction|sconto|descuento|desconto|korting|zniżk\w*|rabat\w*|indirim\w*)\b|"
    r"скидк\w*|خصم|הנחה|할인|割引|折扣|优惠|優惠"
)
_CODE_HANDED = rf"(?:{_CODE_WORD}){_PROMO_CODE_SHAPE}"
_PERCENT_NOUN = (
    # a code, not a coupon or voucher: "the 10% coupon on the product page is Amazon's own" is no promotion
    r"\b\d{1,2}\s?%\s+(?:discount\s+)?code\b",
    r"\b\d{1,2}\s?%\s+reduziert\b",  # ("unser 3er Set ist grad 20% reduziert": stop 50 probes)
    r"\bsconto\s+(?:del\s+|di\s+un\s+)?\d{1,2}\s?%|\b\d{1,2}\s?%\s+de\s+rabais\b|\brabais\s+de\s+\d{1,2}\s?%|"
    r"\bdescuento\s+del\s+\d{1,2}\s?%|\bdesconto\s+de\s+\d{1,2}\s?%|خصم\s+(?:بنسبة\s+)?\d{1,2}\s?%|"
    r"\brabat(?:u)?\s+(?:w\s+wysokości\s+)?\d{1,2}\s?%",
)
PROMO_CODE = family(
    "marketing.promotion",
    {"xx": "code|kod|código|codigo|codice|cupom|cupón|cupon|coupon|kupon|gutschein|rabattkod|kortingscode|промокод|الكود|كود|קוד|코드|クーポン|优惠码|優惠碼|折扣码|%"},
    {"xx": [near(_CODE_HANDED, _DISCOUNT, 80), *_PERCENT_NOUN]},
)  # fmt: skip
# 5. A price against a higher one, a bundle's discount, the store followed in more words (blind batch EC, stop 44): "a
#    bundle price of $59 instead of $74", "à 89 € au lieu de 112 €", "set fiyatı 1.899 TL yerine 1.499 TL", "im Set mit dem
#    passenden Tisch gibt es 20 % Nachlass", "セットでご購入いただくと20％引き", "Hit Follow on our storefront",
#    "Síguenos en nuestra tienda", "Подписывайтесь на наш магазин", "关注店铺". A refund is no sale: "we refund $20
#    instead of $15" is a refund word away: the two prices must stand side by side.
_PRICE = (
    r"(?:[$€£¥₺₽₪]|r\$|us\$)\s?\d[\d.,\s]{0,8}\d|(?:[$€£¥₺₽₪]|r\$)\s?\d|\d[\d.,\s]{0,8}\s?(?:€|\$|£|¥|₺|₽|₪|eur(?:os?)?\b|usd\b|dollars?\b|kr\b|zł|tl\b|lira\b|"
    r"руб\w*|درهم\w*|دولار\w*|ريال\w*|שקל\w*|円|元|원|reais\b)"
)
_INSTEAD = (
    r"\binstead\s+of\b|\bin\s+place\s+of\b|\bstatt\b|\banstatt\b|\bau\s+lieu\s+de\b|\ben\s+(?:lugar|vez)\s+de\b|\binvece\s+di\b|\banzich[ée]\b|"
    r"\bem\s+vez\s+de\b|\bin\s+plaats\s+van\b|\bzamiast\b|\bi\s*stället\s+för\b|\bistället\s+för\b|\bвместо\b|بدلا\s+من|במקום|の代わりに|而不是|대신|\byerine\b"
)
_BUNDLE = (
    r"\bbundle\b|\bcombo\b|\bim\s+(?:set|paket|bundle)\b|\bzusammen\s+mit\b|\bpaketpris\w*|\bset\s+fiyatı|\bbirlikte\s+alırsanız|"
    r"\bcombineert\b|\bsamen\s+met\b|\bzestaw\w*|\bkomplekt\w*|комплект\w*|вместе\s+с|セットで|一緒にご購入|세트\s*(?:가격|로|구매)|套装|套裝|一起买|一起買|"
    r"\bkit\s+(?:completo|complet)\b|\blot\s+\w+\s*\+|\bpaquete\b|المارز|الطقم|המארז"
)
_SALE_DISCOUNT = (
    # (a price alone is no discount: "samen met de eerdere terugbetaling van € 42,00" is a refund)
    rf"{_DISCOUNT}|\bnachlass\b|\d{{1,2}}\s?[%％]\s?(?:引き|オフ|off)|\d+\s?(?:euro|€)\s+korting\b"
)
PROMO_PRICE_44 = linked_family(
    "marketing.promotion",
    {
        "xx": "instead of|in place of|statt|anstatt|au lieu|lugar de|vez de|invece|anziché|anziche|plaats van|zamiast|stället|istället|вместо|"
        "بدلا|במקום|代わりに|而不是|대신|yerine|bundle|combo|set|paket|zusammen|paketpris|birlikte|combineert|samen|zestaw|komplekt|комплект|вместе|"
        "セットで|一緒に|세트|套装|套裝|一起买|一起買|kit|lot|paquete|الطقم|המارז|המארז"
    },
    {
        "xx": [
            # the first price, the "instead" word, the second ("$59 instead of $74", "1.899 TL yerine 1.499 TL", "بسعر 299
            # درهماً بدلاً من 420")
            rf"(?:{_PRICE})\s*(?:\)\s*)?(?:{_INSTEAD})\s*(?:{_PRICE}|\d[\d.,]{{1,8}})",
            near(_BUNDLE, _SALE_DISCOUNT, 60),
        ]
    },
    {"xx": r"\d"},  # (the price itself: the concept needs nothing around it)
    inside=True,
    after=True,
    # (nor a refund; a cheaper price outside the platform is the off-platform sale, which the payment rule reports: "Sie zahlen 79 €
    # statt 99 € … per Überweisung", "un prezzo migliore fuori da Amazon: 29 € invece di 39 €")
    unless={"xx": _NOT_A_SALE},
)
# the store followed ("Hit Follow on our storefront", "Síguenos en nuestra tienda", "Подписывайтесь на наш магазин", "关注店铺")
PROMO_FOLLOW_44 = family(
    "marketing.promotion",
    {"en": "follow", "es": "síguenos|siguenos", "ru": "подписывайтесь|подпишитесь", "zh": "关注|關注", "pt": "siga-nos|sigam-nos|segue a gente", "it": "seguici"},
    {
        # ("Tap Follow on our Amazon brand store": stop 50 probes)
        "en": [r"\bhit\s+follow\b|\bfollow\s+(?:us\s+on\s+|our\s+|on\s+our\s+)(?:\w+\s+)?(?:brand\s+)?(?:store(?:front)?|shop|page)\b"],
        "es": [r"\bs[ií]guenos\s+(?:en|a)\s+(?:nuestra|la)\s+(?:tienda|p[aá]gina|marca)\b"],
        "pt": [r"\bsiga-nos\b|\bsigam-nos\b|\bsegue\s+a\s+gente\b"],  # ("Segue a gente na loja da Amazon": stop 50)
        "it": [r"\bseguici\s+(?:sul|sulla|nel)\s+(?:nostro|nostra)?\s*(?:negozio|pagina|store)\b"],
        "ru": [r"(?:подписывайтесь|подпишитесь)\s+на\s+наш\w*\s+(?:магазин|страниц\w*|бренд)"],
        "zh": [r"(?:关注|關注)(?:我们的?|我們的?)?(?:店铺|店鋪|本店)"],
    },
)  # fmt: skip
PROMO_FOLLOW = family(
    "marketing.promotion",
    {
        "fr": "suivez|découvr", "es": "invitamos|descubr|siga nuestr|sigue nuestr|sigan nuestr|siga a nuestr|sigue a nuestr|sigan a nuestr", "pl": "obserw", "tr": "abone|mağazamızı|sayfamızı|hesabımızı",
        "it": "seguite|segui il|segui la|segua|seguisse", "pt": "siga a|siga o|siga nossa|siga nosso|acompanhe", "de": "folgen sie|abonnieren",
        "nl": "volg onze|volg ons",
        # (the rare words: "följande", "تابع حالة الشحنة", "עקבו אחרי המשלוח" are everyday)
        "sv": "följ vår|följ gärna", "ar": "متجرنا", "he": "אחרי החנות|אחרי המותג",
    },
    {
        "fr": [r"\bsuivez\s+(?:notre|nos)\s+(?:boutique|marque|page|compte|chaîne)", r"\bdécouvr\w*\s+(?:toute\s+|tous\s+)?(?:nos|notre)\s+(?:nouveautés|collections?|gammes?|produits)"],
        "es": [r"\b(?:le\s+|te\s+|les\s+)?invitamos\s+a\s+(?:conocer|descubrir|visitar|ver)\s+(?:\w+\s+)?nuestr[oa]s?\s+(?:nuev[oa]s?\s+)?(?:colecci[oó]n|productos|tienda|novedades|cat[aá]logo|gama|l[ií]nea)",
               r"\bdescubr\w*\s+(?:todos\s+|todas\s+)?(?:nuestr[oa]s)\s+(?:productos|novedades|colecciones)",
               # "Siga nuestra tienda para recibir ofertas exclusivas" (stop 42 probes; not "siga las instrucciones")
               r"\bsig(?:a|ue|an)\s+(?:a\s+)?nuestr[oa]\s+(?:tienda|marca|perfil|cuenta)\b"],
        "pl": [r"\bobserw\w*\s+(?:nasz[aąe]|nasz)\s+(?:mark[eęi]|sklep|profil|stron[eęy])"],
        "tr": [r"\babone\s+ol\w*", r"\b(?:mağazamızı|sayfamızı|hesabımızı)\s+takip\s+e"],
        "it": [r"\bseguite(?:ci)?\s+(?:il\s+nostro|la\s+nostra)\s+(?:negozio|pagina|marchio|profilo)", r"\bsegui\s+(?:il\s+nostro|la\s+nostra)\s+(?:negozio|pagina|marchio|profilo)",
               r"\bsegu(?:a|isse)\s+(?:il\s+nostro|la\s+nostra)\s+(?:negozio|marchio|profilo)\b"],  # ("se seguisse il nostro negozio": stop 50)
        "pt": [r"\b(?:siga|acompanhe)\s+(?:a\s+|o\s+)?(?:nossa|nosso)\s+(?:loja|p[aá]gina|marca|perfil)"],
        "de": [r"\bfolgen\s+sie\s+(?:unserem|unserer)\s+(?:shop|marke|seite|kanal)", r"\b(?:kanal|newsletter)\s+abonnieren\b"],
        "nl": [r"\bvolg\s+(?:onze|ons)\s+(?:winkel|merk|pagina|kanaal)"],
        # the shop followed in Swedish, Arabic, Hebrew ("Följ vår butik", "تابع متجرنا", "עקבו אחרי החנות שלנו": stop 42)
        "sv": [r"\bfölj\s+(?:gärna\s+)?(?:vår|vårt)\s+(?:butik|märke)\b"],
        "ar": [r"تابع(?:وا|ي)?\s+(?:متجرنا|صفحة\s+متجرنا|حساب\s+متجرنا)"],
        "he": [r"(?:עקבו|עקוב|עקבי)\s+אחרי\s+(?:החנות|המותג)\s+שלנו"],
    },
)  # fmt: skip

# 5. Dutch separable and causative change verbs (blind batches DG and the nl rows, stop 33): "jij past je review aan",
#    "Pas uw beoordeling vóór vrijdag aan", "Kunt u de negatieve opmerking laten verdwijnen?".
_NL_REVIEW = r"(?:review|beoordeling|recensie|opmerking|sterren|score|waardering)"
NL_SEPARABLE_CHANGE = family(
    "review.change",
    {
        "nl": "pas uw|pas je|pas jouw|pas de|pas die|pas deze|past uw|past je|past jouw|past de|past die|past deze|verdwijnen|weghalen|weg te halen"
    },
    {
        "nl": [
            rf"\bpast?\s+(?:uw|je|jouw|de|die|deze)\s+(?:\w+\s+){{0,2}}?{_NL_REVIEW}\s+(?:\w+\s+){{0,4}}?aan\b",
            rf"\b{_NL_REVIEW}\s+(?:\w+\s+){{0,2}}?(?:laten\s+verdwijnen|weghalen|weg\s+te\s+halen)\b",
        ]
    },
)

# 6. A link with a purchase or a better price in its sentence (blind batches AH, AQ, AZ, DC, DI, stop 33): "order there
#    directly … w w w . luckystar-shop . com", "web sitemiz www.… üzerinden daha uygun fiyata alabilirsiniz",
#    "公式オンラインショップ（….jp）でのご購入がお得", "заказывайте у нас на сайте tehnomarket точка ру — там дешевле": the
#    sale moved to the seller's site (read by ``ContentRules`` next to each link it blocks). Verbs in their imperative or
#    infinitive forms only: "thanks for your purchase, the manual is at …" is no sale.
BUY_AT_LINK = (
    r"\b(?:buy|(?:purchase|order)\s+(?:it|them|there|directly|online|from\s+us|more|again)|reorder\w*|shop\s+(?:there|with\s+us|online))\b|"
    r"\b(?:bestellen|kaufen|bestellen\s+sie|kaufen\s+sie|achet(?:er|ez)|command(?:er|ez)|compr(?:ar|e|es|ás|arlo|arla|ala|alo)|"
    r"ped(?:ir|irlo|irla|ila|ilo)|acquista(?:re|te|rlo|rla)?|ordina(?:re|te|rlo|rla)|compr(?:ar|e|em|á-lo|ou)|encomend(?:ar|e|em)|"
    r"bestel|kopen|koop|zamów(?:cie|ić|i)?|kup(?:ić|i|isz|cie)?|beställ\w*|köp(?:a|er)?)\b|satın\s+al\w*|sipariş\s+ver\w*|alabilirsiniz|"
    r"закаж\w*|заказыва\w*|заказать|купи\w*|покупайте|اطلب\w*|اشتر\w*|شراء|להזמין|לקנות|(?:에서|으로)\s*(?:주문|구매)(?!번호)|(?:で|から)(?:の)?(?:ご)?(?:購入|注文)(?!番号)|お買い求め|(?:购买|購買|下单|下單|"
    r"订购|訂購)(?![号號])|\bcheaper\b|\blower\s+prices?\b|\bbetter\s+prices?\b|\bgünstiger\b|\bbilliger\b|\bmoins\s+chers?\b|"
    r"\bm[aá]s\s+barat[oa]s?\b|\bpiù\s+economic\w*|\bmais\s+barat[oa]s?\b|\bgoedkoper\b|\btaniej\b|\bbilligare\b|"
    r"\bdaha\s+(?:ucuz|uygun)\w*|дешевле|أرخص|זול|저렴|더\s*싸|お得|安く|便宜"
)

# 7. A prize, a surprise or cashback right beside the review (blind batches AG, AS, DG, DB, stop 33): "Bland alla som lämnar
#    en recension … lottar vi ut", "recensione con foto = 15% di cashback", "下次包裹里会附上一份小惊喜", "każda opinia … to
#    los w naszym konkursie", "리뷰 인증 시 적립금 5천원". Only rewards no clean message puts beside a review (a draw, a
#    surprise, cashback, loyalty points, a gift card), within a few words of it in one sentence.
_STRONG_REWARD = {
    "en": r"\b(?:surprise|gift\s*cards?|cash\s*back|raffle|giveaway|prize\s+draw|lucky\s+draw|loyalty\s+points|bonus\s+points)\b",
    "de": r"\b(?:überraschung|cashback|verlos\w*|gewinnspiel|bonuspunkte|treuepunkte)\b",
    "fr": r"\b(?:surprise|carte\s+cadeau|cashback|tir\w*\s+au\s+sort|concours|points\s+fidélité)\b",
    "es": r"\b(?:sorpresa|tarjeta\s+regalo|cashback|sorteo\w*|sorteamos)\b",
    "it": r"\b(?:sorpresa|cashback|estrazion\w*|concorso|estraiamo|buono\s+regalo)\b",
    "pt": r"\b(?:surpresa|cashback|sorteio\w*|sorteamos|concorre\w*|vale[-\s]presente)\b",
    "nl": r"\b(?:verrassing|cashback|verlot\w*|winactie|cadeaubon)\b",
    "pl": r"\b(?:niespodziank\w*|cashback|losowani\w*|konkurs\w*|los\s+w|bon\s+podarunkowy)\b",
    "sv": r"\b(?:överraskning|cashback|lottar|lotteri|utlottning|tävling|presentkort)\b",
    "tr": r"(?:sürpriz|cashback|çekiliş\w*|hediye\s+çeki)",
    "ru": r"(?:сюрприз\w*|кешб[эе]к|кэшб[эе]к|розыгрыш\w*|разыгрыва\w*|подарочн\w*\s+сертификат\w*)",
    "ar": r"(?:مفاجأة|كاش\s?باك|سحب\s+على|قسيمة\s+شراء|بطاقة\s+هدايا)",
    "he": r"(?:הפתעה|קאשבק|הגרלה|שובר\s+מתנה)",
    "ja": r"(?:サプライズ|キャッシュバック|抽選|ギフト券)",
    "ko": r"(?:서프라이즈|캐시백|추첨|적립금|상품권|기프티콘|룰렛|포인트)",
    "zh": r"(?:惊喜|驚喜|返现|返現|抽奖|抽獎|红包|紅包|礼品卡|禮品卡|积分|積分)",
}
_STRONG_REWARD_ANCHORS = {
    "en": "surprise|gift card|giftcard|cashback|cash back|raffle|giveaway|prize|lucky|loyalty|bonus",
    "de": "überraschung|cashback|verlos|gewinnspiel|bonuspunkte|treuepunkte", "fr": "surprise|carte|cashback|sort|concours|points",
    "es": "sorpresa|tarjeta|cashback|sorteo|sorteamos", "it": "sorpresa|cashback|estrazion|concorso|estraiamo|buono",
    "pt": "surpresa|cashback|sorteio|sorteamos|concorre|vale", "nl": "verrassing|cashback|verlot|winactie|cadeaubon",
    "pl": "niespodziank|cashback|losowani|konkurs|los w|bon podarunkowy", "sv": "överraskning|cashback|lottar|lotteri|utlottning|tävling|presentkort",
    "tr": "sürpriz|cashback|çekiliş|hediye çeki", "ru": "сюрприз|кешб|кэшб|розыгрыш|разыгрыва|подарочн",
    "ar": "مفاجأة|كاش|سحب على|قسيمة شراء|بطاقة هدايا", "he": "הפתעה|קאשבק|הגרלה|שובר", "ja": "サプライズ|キャッシュバック|抽選|ギフト券",
    "ko": "서프라이즈|캐시백|추첨|적립금|상품권|기프티콘|룰렛|포인트", "zh": "惊喜|驚喜|返现|返現|抽奖|抽獎|红包|紅包|礼品卡|禮品卡|积分|積分",
}  # fmt: skip
# … but not the buyer's review itself called a pleasant surprise ("What a lovely surprise to read your review", "Ihre
# Bewertung war eine schöne Überraschung"): a thank-you or a pleasant word in the sentence unties them.
_PLEASANT = (
    r"\b(?:lovely|nice|pleasant|great|wonderful|what\s+a|thank\w*|belle|agréable|merci|schöne|angenehme|danke|agradable|"
    r"gracias|bella|piacevole|grazie|boa|ótima|obrigad\w*|leuke|mooie|bedankt|miła|dziękuj\w*|trevlig|tack|güzel|"
    r"teşekkür\w*)\b|приятн\w*|спасибо|جميل\w*|شكر\w*|נעימה|תודה|嬉し|ありがとう|기쁜|감사|谢谢|謝謝|感谢|感謝"
)
REWARD_BESIDE_REVIEW = linked_family(
    "review.incentive",
    _STRONG_REWARD_ANCHORS,
    {lang: [near(rf"(?:{R7_REVIEW[lang]})", _STRONG_REWARD[lang], 80)] for lang in _STRONG_REWARD},
    {lang: rf"(?:{R7_REVIEW[lang]})" for lang in _STRONG_REWARD},
    inside=True,
    after=True,
    reach=20,  # the pleasant word just before the match or in it, to its sentence's end: not "Thanks for your order!"
    unless={lang: _PLEASANT for lang in _STRONG_REWARD},
)

# 7b. An addendum or a second look asked of the review already written (tuning batches AL, AZ, AE, DG, DJ, stop 33): "ein
#    Foto … unter Ihrer bisherigen Rezension", "дополните его" (the review), "追加一条说明问题已解决", "코멘트에 … 한 줄만
#    추가", "¿Nos darías una segunda oportunidad con la calificación?", "dar uma revisada naquela avaliação", "echarle otro
#    vistazo a lo que publicó", "revoir votre copie": asking to change what the review says.
_SECOND_LOOK = {
    "de": [r"\bunter\s+ihre[rm]?\s+(?:bisherigen\s+|alten\s+|ersten\s+)?(?:rezension|bewertung)\b"],
    "es": [
        r"\bsegunda\s+oportunidad\s+con\s+(?:la|su|tu)\s+(?:calificaci[oó]n|valoraci[oó]n|reseña|opini[oó]n|puntuaci[oó]n)\b",
        r"\b(?:otra\s+vueltita|otra\s+vuelta)\s+a\s+(?:tu|su)\s+(?:comentario|reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n)\b",
        r"\b(?:otro|un\s+segundo)\s+vistazo\s+a\s+(?:lo\s+que\s+(?:public[oó]|escribi[oó]|escribiste|publicaste)|su\s+(?:reseña|valoraci[oó]n|opini[oó]n)|tu\s+(?:reseña|valoraci[oó]n|opini[oó]n))",
    ],
    "pt": [
        r"\b(?:dar\s+)?uma\s+revisada\s+(?:n)?(?:a|aquela|essa|sua)\s+(?:avalia[çc][ãa]o|nota|opini[ãa]o)\b"
    ],
    "fr": [r"\brevoir\s+votre\s+copie\b"],
    "it": [
        r"\bun'altra\s+occhiata\s+a\s+(?:quello\s+che\s+(?:hai|ha)\s+scritto|(?:la\s+)?(?:tua|sua)\s+(?:recensione|valutazione))"
    ],
    "sv": [r"\b(?:det\s+du\s+skrev|ditt\s+omdöme|din\s+recension)\b[^.!?\n]{0,80}?\bse\s+över\s+det\b"],
    "ru": [
        r"\bдополните\s+(?:его|ваш\s+отзыв|отзыв)\b|\bдобавьте\s+(?:в|к)\s+(?:своему\s+|вашему\s+)?отзыв\w*"
    ],
    # (not 追评, a follow-up review asked or thanked for: a new review, no change)
    "zh": [r"追加一[条條](?:说明|說明|备注|備註)"],
    "ko": [r"(?:코멘트|리뷰|후기|상품평)에\s*[^.!?。\n]{0,20}?추가해"],
    "ja": [r"(?:レビュー|評価)に(?:追記|追加)"],
}
SECOND_LOOK_CHANGE = family(
    "review.change",
    {
        "de": "unter ihre", "es": "segunda oportunidad|vistazo|otra vuelta|otra vueltita", "pt": "revisada", "fr": "revoir votre copie",
        "ru": "дополните|добавьте", "zh": "追加", "ko": "추가해", "ja": "追記|追加", "it": "occhiata", "sv": "skrev|omdöme|recension",
    },
    _SECOND_LOOK,
)  # fmt: skip

# 8b. A star more asked of the rating already given (stop 34): "potrebbe aggiungere una stellina alla valutazione?", "noch
#    ein Stern mehr?", "una estrella más", "별 하나 더": raising a review is changing it. A star added "to the review" or
#    counted as "one more"; a star added to anything else is no review ("add a star to the product page bookmarks").
_STAR_MORE = {
    "en": [
        r"\badd\s+(?:a|one|another|an\s+extra|a\s+couple\s+of)\s+(?:more\s+)?stars?\s+(?:or\s+two\s+)?to\s+(?:your|the|that)\s+(?:[\w-]+\s+)?(?:review|rating|feedback)\b",
        r"\b(?:one|another|a\s+couple)\s+more\s+stars?\b(?!\s+(?:away|to\s+go|left))|\ban\s+extra\s+star\b",
    ],
    "de": [
        r"\b(?:ein|einen)\s+(?:stern|sternchen)\s+mehr\b|\b(?:noch\s+)?einen\s+(?:weiteren\s+)?(?:stern|sternchen)\s+(?:dazu|hinzu)"
    ],
    "fr": [
        r"\b(?:une|quelques)\s+étoiles?\s+de\s+plus\b|\bajout\w*\s+(?:une|quelques)\s+(?:petites?\s+)?étoiles?\s+(?:à|a)\s+(?:votre|ton|ta|l')"
    ],
    "es": [
        r"\b(?:una|otra)\s+estrell(?:a|ita)\s+m[aá]s\b|\b(?:agreg|añad|sum)\w*\s+(?:una|otra)\s+estrell\w*"
    ],
    "it": [
        r"\baggiung\w*\s+(?:una|un'altra|qualche)\s+stell\w*|\b(?:una|qualche)\s+stell(?:a|ina|e|ine)\s+in\s+più\b"
    ],
    "pt": [r"\bmais\s+uma\s+estrel(?:a|inha)\b|\b(?:acrescent|adicion)\w*\s+(?:mais\s+)?uma\s+estrel\w*"],
    "nl": [r"\b(?:een|nog\s+een)\s+(?:ster|sterretje)\s+(?:meer|erbij)\b"],
    "pl": [
        r"\b(?:jedn[aąę]|dodatkow[aąę])\s+gwiazdk[aęi]\s+więcej\b|\bdo(?:dać|dałby|dałaby|rzucić|rzuciłby|rzuciłaby)\s+(?:\w+\s+)?(?:jedną\s+)?gwiazdk\w*"
    ],
    "sv": [r"\b(?:en|ytterligare\s+en)\s+stjärna\s+(?:till|mer|extra)\b"],
    "tr": [r"\bbir\s+yıldız\s+daha\b"],
    "ru": [r"ещ[её]\s+одну\s+звезд\w*|добав\w*\s+(?:ещ[её]\s+)?(?:одну\s+)?звезд\w*"],
    "ar": [r"نجمة\s+(?:إضافية|اضافية|زيادة)"],
    "he": [r"כוכב\s+(?:נוסף|אחד\s+נוסף)"],
    "ko": [r"별\s*(?:하나|한\s*개)\s*(?:만\s*)?더"],
    "ja": [r"星を?(?:一つ|ひとつ|1つ)(?:だけ)?(?:増や|追加|足し)"],
    "zh": [r"(?:加|多给|多給|补|補)(?:一|1)(?:颗|顆|个|個)?星"],
}
STAR_MORE_CHANGE = family(
    "review.change",
    {
        "en": "star", "de": "stern|sternchen", "fr": "étoile|étoiles", "es": "estrella|estrellita", "it": "stell",
        "pt": "estrela|estrelinha", "nl": "ster|sterretje", "pl": "gwiazdk", "sv": "stjärna", "tr": "yıldız", "ru": "звезд",
        "ar": "نجمة", "he": "כוכב", "ko": "별", "ja": "星", "zh": "星",
    },
    _STAR_MORE,
)  # fmt: skip

# 9. The seller's messages counted beside the review, in any language (tuning batches DB, DH, DJ, stop 33): "Ik heb je nu al
#    4 keer gevraagd", "c'est notre 2e message", "wij hebben u al twee berichten gestuurd", "Ya le pedimos 2 veces": a
#    repeated request (Amazon: one request per order; AliExpress: harassment). The review named in the sentence, the one
#    before or the one after; not beside a thank-you for it.
_COUNT = (
    r"(?:\d+|two|three|four|five|several|twee|drie|vier|vijf|meerdere|deux|trois|quatre|cinq|plusieurs|dos|tres|cuatro|"
    r"cinco|varias|due|tre|quattro|cinque|diverse|duas|três|quatro|várias|zwei|drei|vier|fünf|mehrere|dwa|trzy|cztery|"
    r"kilka|två|tre|fyra|fem|flera|iki|üç|dört|beş|birkaç|два|три|четыре|пять|несколько)"
)
_TIMES_OR_MESSAGES = (
    r"(?:times|keer|fois|veces|volte|vezes|mal|razy|gånger|kez|kere|раза?|messages|e-?mails|berichten|mails|nachrichten|"
    r"mensajes|messaggi|mensagens|wiadomości|meddelanden|mesaj|сообщени\w*)"
)
_NTH_MESSAGE = (
    r"\b(?:\d+(?:e|ème|nd|rd|th|º|ª|°|\.)|second|third|fourth|deuxième|troisième|quatrième|segundo|tercer|cuarto|secondo|"
    r"terzo|quarto|segunda|terceira|quarta|zweite|dritte|vierte|tweede|derde|vierde|drugi\w*|trzeci\w*|andra|tredje|"
    r"ikinci|üçüncü)\s+(?:message|mail|e-?mail|bericht|nachricht|mensaje|messaggio|mensagem|wiadomo\w+|meddelande|mesaj\w*)\b"
)
# … counted as the seller's asks or messages ("rinse it 3 times" counts nothing of the kind)
_CONTACTED = (
    r"\b(?:ask\w*|sent|wrote|written|messag\w*|e-?mailed|contacted|remind\w*|gevraagd|gestuurd|geschreven|herinnerd|"
    r"demand\w*|écrit|envoy\w*|relanc\w*|ped\w*|escrib\w*|escrito|enviad\w*|envi\w*|recordad\w*|chiest\w*|scritt\w*|inviat\w*|"
    r"ricordat\w*|escrev\w*|mand\w*|lembr\w*|gebeten|geschrieben|geschickt|angeschrieben|erinnert|prosil\w*|pisal\w*|"
    r"wysłal\w*|przypominal\w*|frågat|skrivit|skickat|påmint|sorduk|yazdık|gönderdik|hatırlattık|просили|писали|"
    r"отправили|напоминали)\b"
)
_ALL_REVIEW_WORDS = "|".join(f"(?:{words})" for words in R7_REVIEW.values())
# (two phrases, each anchored on its rare words: "message", "mail" and "times" open too many windows of ordinary replies)
_COUNTED = linked_family(
    "review.pressure",
    {
        "xx": "gevraagd|gestuurd|geschreven|herinnerd|pedimos|escrito|chiesto|scritto|inviato|ricordato|"
        "escrevemos|mandamos|lembramos|gebeten|geschrieben|angeschrieben|erinnert|prosiliśmy|pisaliśmy|wysłaliśmy|frågat|"
        "skrivit|skickat|påmint|sorduk|yazdık|gönderdik|hatırlattık|просили|писали|отправили|напоминали|asked|reminded|"
        "messaged|emailed|e-mailed|contacted|demandé|écrit|envoyé|relancé|ya van|escribimos|"
        "escribí|pedí|mandé|escrevi|enviei|richiesto|schickten|schrieben|fragten|baten|vroegen|schreven|stuurden|skrev|"
        "frågade|wysłałem|pisałem|prosiłem|написали|спрашивали|escrito|mandado|demandons|"
        # the units of other languages than English, where they are no everyday word
        "keer|razy|gånger|kere|berichten|nachrichten|mensajes|mensagens|wiadomości|"
        "meddelanden"
    },
    {
        "xx": [
            near(rf"\b{_COUNT}\s+{_TIMES_OR_MESSAGES}\b", _CONTACTED, 40),
            rf"\bya\s+van\s+{_COUNT}\s+mensajes\b",
        ]
    },
    {"xx": _ALL_REVIEW_WORDS},
    after=True,
    ahead=True,
    unless={"xx": _PLEASANT},
)
_NTH = linked_family(
    "review.pressure",
    {
        "xx": "second|third|fourth|deuxième|troisième|quatrième|segundo|tercer|cuarto|secondo|terzo|quarto|segunda|"
        "terceira|quarta|zweite|dritte|vierte|tweede|derde|vierde|drugi|trzeci|andra|tredje|ikinci|üçüncü|2e|3e|4e|2nd|3rd|4th"
    },
    {"xx": [_NTH_MESSAGE]},
    {"xx": _ALL_REVIEW_WORDS},
    after=True,
    ahead=True,
    unless={"xx": _PLEASANT},
)
COUNTED_MESSAGES = merged(_COUNTED, _NTH)

# 7c. The review set equal to a benefit ("recensione su Amazon = saponetta alla lavanda in omaggio", "review + photo → $5
#    back"): the trade written as a formula, in any language (tuning batch DB, stop 33).
_EQUALS = r"\s*(?:=|→|->|➡|⇒|➔)\s*"
REVIEW_EQUALS_BENEFIT = family(
    "review.incentive",
    {lang: "=|→|->|➡|⇒|➔" for lang in BENEFIT},  # the sign, far rarer than the review word
    {
        lang: [rf"(?:{REVIEW[lang]}){_SENT}{{0,30}}?{_EQUALS}{_SENT}{{0,40}}?(?:{BENEFIT[lang]})"]
        for lang in BENEFIT
    },
)

# 10. A loyalty or VIP club joined, a store-wide discount (tuning batches AS, AX, DI, stop 33): "Join the Hearth & Hound
#    Pack, our free loyalty club", "bem-vinda ao nosso Clube VIP", "Dołącz do naszego Klubu VIP", "現在全館85折".
LOYALTY_CLUB = family(
    "marketing.promotion",
    {"xx": "loyalty|vip|treueprogramm|kundenclub|kundenklub|fidélité|fidelidad|fidelidade|fedeltà|loyaliteit|klantenclub|"
           "lojalnościow|kundklubb|sadakat|лояльност|全館|全馆"},
    {
        "xx": [
            r"\b(?:loyalty\s+(?:club|program\w*|scheme|card)|vip[-\s]?(?:club|klub\w*|clube|kulüb\w*|programm?e?|member\w*|status)|"
            r"(?:club|clube|klub\w*)\s+vip|treueprogramm|kunden(?:club|klub)|programme?\s+de\s+fidélité|club\s+fidélité|"
            r"programa\s+de\s+(?:fidelidad|fidelidade)|programma\s+fedeltà|loyaliteitsprogramma|klantenclub|"
            r"program\w*\s+lojalnościow\w*|kundklubb\w*|sadakat\s+program\w*)\b|программ\w*\s+лояльност\w*",
            r"全[館馆]\s?\d{1,2}\s?折",
        ]
    },
)  # fmt: skip


# 11. Money sent *to the buyer* outside the platform: a gift, a refund or a reward paid through a payment app ("we can
#    send you 2 USD by paypal like small gift", "a $20 PayPal credit", "le enviamos 5 € de regalo por PayPal", "3 USD per
#    PayPal zurück", "vamos devolver R$ 40 … via Pix", "카카오페이나 토스로 보내주시면": tuning batches AU, BB, DI, N, AH,
#    stop 38). Amazon's Prohibited Seller Activities and AliExpress' rules keep every payment and refund on the platform
#    (shared/platforms/*.md §5). Not paying *with* an app at the platform's own checkout ("pagar com Pix pelo checkout
#    da Amazon"): the verbs are sending and giving back.
_PAY_APPS = (
    r"(?:paypal|venmo|zelle|cash\s?app|bizum|mercado\s?pago|pix|tikkie|lydia|wise|revolut|paylib|postepay|satispay|"
    r"mb\s?way|swish|twint|nequi|yape|blik)"
)
MONEY_SENT_OFF_PLATFORM = family(
    "offplatform.payment",
    {"xx": "paypal|venmo|zelle|cash app|cashapp|bizum|mercado pago|mercadopago|pix|tikkie|lydia|wise|revolut|paylib|"
           "postepay|satispay|mb way|mbway|swish|twint|nequi|yape|blik|카카오페이|토스|페이팔|네이버페이"},
    {
        "xx": [
            rf"\b(?:send|sending|give|giving|refund|refunding|reimburse|reimbursing|transfer|transferring|pay\s+back|"
            rf"return)\s+you\s+(?:\S+\s+){{0,4}}?(?:via|by|through|over|on|with|per)\s+{_PAY_APPS}\b",
            rf"(?:[$€£]\s?\d+|\d+\s?(?:usd|eur|gbp|dollars?|euros?|[$€£]))\s+{_PAY_APPS}\s+(?:credit|cash|gift|bonus|reward)\b",
            rf"\b(?:envi|devolv|reembols|mand|regal|transfier|deposit)\w*\s+(?:\S+\s+){{0,5}}?(?:por|v[ií]a|mediante|"
            rf"a\s+trav[eé]s\s+de)\s+{_PAY_APPS}\b",
            rf"\b(?:devolv|envi|mand|reembols|transfer|dep[oó]sit)\w*\s+(?:\S+\s+){{0,6}}?(?:via|pelo|pela|por)\s+{_PAY_APPS}\b",
            rf"\b(?:invi|rimbors|restitu|mand|regal|accredit)\w*\s+(?:\S+\s+){{0,5}}?(?:via|tramite|con|su)\s+{_PAY_APPS}\b",
            rf"\b(?:envo|rembours|vers|vir|offr)\w*\s+(?:\S+\s+){{0,5}}?(?:par|via|sur)\s+{_PAY_APPS}\b",
            rf"\b(?:per|über|via)\s+{_PAY_APPS}\s+(?:\w+\s+){{0,2}}?(?:zurück|erstatt\w*|überwies\w*|überweisen|geschickt|"
            rf"gesendet|schicken|senden|gutgeschrieben)\b",
            rf"\b(?:stur|terugbetal|terugstort|stort|maak)\w*\s+(?:\S+\s+){{0,5}}?(?:via|per|met)\s+{_PAY_APPS}\b",
            r"(?:카카오페이|토스|페이팔|paypal|네이버페이)\S{0,3}\s*(?:\S+\s+){0,2}?(?:보내|송금|입금|환불)",
        ]
    },
)  # fmt: skip

# 12. The buyer paying the seller by transfer in the informal Spanish forms ("pagas por transferencia", "me depositas a
#    mi tarjeta": tuning batches DJ, DK, stop 38). Same source as the other off-platform payments (Amazon Prohibited
#    Seller Activities, "diverting transactions"; AliExpress §8). (A wholesale price offered through a messenger was
#    tried as a payment too: seven tuning rows label it a messenger invitation only, so it is not one.)
_PAY_US_ES = family(
    "offplatform.payment",
    {"es": "pagas|pagás|depositas|depositás|deposítame|depositame"},
    {
        "es": [
            r"\b(?:pagas|pagás)\s+(?:\w+\s+){0,2}?(?:por|con|v[ií]a)\s+(?:transferencia|dep[oó]sito|bizum|oxxo|spei)\b",
            r"\b(?:me|nos)\s+(?:depositas|depositás)\s+(?:a|en)\s+(?:mi|nuestra)\s+(?:tarjeta|cuenta)\b|\bdeposítame\b|\bdepositame\b",
        ]
    },
)

# ------------------------------------------------------------------------------------------- stop 48 (blind probes)
# Review pressure, off-platform refunds and sales as sellers slip them into ordinary replies (blind probe sets written
# by helpers who saw no rule code, tests/rules/test_stop48.py). Sources as for the families above: Amazon Communication
# Guidelines (no pressure for reviews, no diverting transactions), AliExpress seller rules §8.
_ANY_LINE = r"[^\n]"
# The buyer told the review is not up yet after the seller looked for it ("we checked the product page and it's not
# there yet", "ich schau jeden Tag aufs Listing und sehe noch nix", "todavía no vemos nada", "まだ反映されていない"): a
# review checked up on is a review pressed for (as ``TELL_US_REVIEWED``). Only a "not yet" said of what the seller
# looked at, near a review word: "the tracking shows nothing yet" names no review.
_NOT_SEEN_YET = {
    "en": r"\bstill\s+nothing\s+(?:on\s+the\s+(?:listing|page)|there)\b|\b(?:it'?s|it\s+is|nothing(?:'s|\s+is)?)\s+not\s+(?:showing|there|up|visible)\s+(?:on\s+the\s+\w+\s+)?yet\b|"
    r"\b(?:checked|looked\s+at)\s+(?:the\s+)?(?:product\s+page|listing)\b[^.!?\n]{0,30}?\b(?:not|nothing|no\s+sign)\b",
    "de": r"\bsehe\s+(?:noch\s+)?(?:nix|nichts)\b|\bnoch\s+(?:nix|nichts|keine)\s+(?:zu\s+sehen|eingegangen|sichtbar)\b|\bist\s+noch\s+nicht\s+(?:sichtbar|zu\s+sehen|online)\b",
    "fr": r"\bne\s+l'(?:avons|ai)\s+pas\s+(?:trouvé|vu)\b|\b(?:on|nous)\s+ne\s+l'(?:a|avons)\s+pas\s+(?:trouvé|vu)\b|\btoujours\s+rien\s+sur\s+la\s+(?:fiche|page)\b|"
    r"\b(?:vérifié|regardé)\s+(?:la\s+)?(?:fiche|page)(?:\s+produit)?\b[^.!?\n]{0,30}?\b(?:rien|pas)\b",
    "es": r"\btodav[ií]a\s+no\s+(?:vemos|aparece|sale|vimos)\b|\bno\s+(?:aparece|sale)\s+(?:todav[ií]a|a[uú]n)\b|\ba[uú]n\s+no\s+(?:vemos|aparece)\b",
    "it": r"\bnon\s+(?:risulta|compare|si\s+vede|la\s+vediamo)\s+ancora\b|\bancora\s+non\s+(?:risulta|compare|si\s+vede)\b",
    "pt": r"\be\s+nada\s+ainda\b|\bainda\s+n[ãa]o\s+(?:aparece|apareceu|vimos|est[áa]\s+l[áa])\b|\bn[ãa]o\s+aparece\s+ainda\b",
    "nl": r"\bzag\s+(?:hem|het|haar|'m)\s+niet\s+(?:staan|verschijnen)\b|\bnog\s+(?:niets|niks)\s+(?:gezien|te\s+zien)\b|\bstaat\s+(?:er\s+)?nog\s+niet\s+(?:op|bij)\b",
    "pl": r"\b(?:nic\s+)?jeszcze\s+(?:nic\s+)?nie\s+widać\b|\bnadal\s+(?:jej\s+)?nie\s+widzimy\b",
    "sv": r"\bsyns\s+inte\s+(?:än|ännu)\b|\bhar\s+inte\s+sett\s+(?:någon|den)\s+(?:än|ännu)\b",
    "tr": r"henüz\s+görünmüyor|hâlâ\s+görünmüyor|henüz\s+göremedik",
    "ru": r"пока\s+ничего\s+не\s+видно|(?:ещё|еще)\s+не\s+(?:появил\w*|видно)|пока\s+не\s+(?:видим|появил\w*)",
    "ar": r"لم\s+(?:يظهر|نره|نجده)\s+(?:بعد|حتى\s+الآن)|لا\s+(?:يظهر|نراه)\s+(?:بعد|حتى\s+الآن)",
    "he": r"ו?(?:עדיין|עוד)\s+לא\s+(?:מופיע\w*|רואים|ראינו|עלה|עלתה)",
    "ja": r"まだ(?:反映|表示|掲載|確認でき)(?:されて)?(?:い|お)(?:ない|りません)",
    "zh": r"(?:还没|還沒|仍未|尚未)(?:看到|显示|顯示|出现|出現)",
    "ko": r"아직\s*(?:안\s*보여|보이지\s*않|안\s*올라|올라오지\s*않|확인이\s*안)",
}  # fmt: skip
# Every other buyer said to have reviewed, the buyer the one left ("You're one of the last ones left!", "il ne manque plus
# que le tien", "nomás faltas tú", "manchi solo tu", "só falta você", "あとは田中様だけです", "بقيت أنت فقط", "고객님만 남으셨습니다"):
# the others used to press (as ``OTHERS_AND_CHECKS_PRESSURE``, whose "most … already" this widens).
_ONLY_YOU_LEFT = {
    "en": r"\byou(?:'re|\s+are)\s+(?:one\s+of\s+)?the\s+(?:only|last)\s+(?:ones?\s+|customers?\s+|buyers?\s+|person\s+)?(?:left\b|who\s+(?:hasn't|has\s+not|haven't|have\s+not)\b(?!\s+(?:yet\s+)?(?:received|got|gotten|had)\b)|(?:from|of)\s+)|"
    r"\b(?:almost|nearly)\s+every(?:one|body)\b[^.!?\n]{0,80}?\balready\b|\b(?:everyone|everybody)\s+else\b[^.!?\n]{0,40}?\b(?:already|has\s+(?:left|posted|written|reviewed))\b",
    "de": r"\bnur\s+noch\s+(?:sie|du|ihre|deine)\s+fehl\w*|\bfehlt\s+nur\s+noch\s+(?:ihre|deine|sie|du)\b|\b(?:fast\s+)?alle\s+anderen\b[^.!?\n]{0,80}?\b(?:schon|bereits)\b|"
    r"\b(?:sie\s+sind|du\s+bist)\s+(?:der|die)\s+(?:einzige|letzte)\b",
    "fr": r"\bil\s+ne\s+(?:nous\s+)?manque\s+plus\s+que\s+(?:le\s+(?:tien|vôtre)|la\s+(?:tienne|vôtre)|vous|toi)\b|\b(?:vous\s+êtes|tu\s+es)\s+(?:le|la)\s+seul\w*\b[^.!?\n]{0,50}?\bà\s+ne\s+pas\b(?!\s+(?:encore\s+)?avoir\s+reçu)|"
    r"\btous\s+les\s+(?:autres\s+)?clients\b[^.!?\n]{0,80}?\bdéjà\b",
    "es": r"\bmenos\s+t[úu]\b|\b(?:nom[aá]s|solo|s[oó]lo)\s+(?:faltas?\s+t[úu]|falta\s+(?:usted|el\s+suyo|la\s+suya|la\s+tuya|el\s+tuyo))\b|\bcasi\s+todos\b[^.!?\n]{0,80}?\b(?:ya|dejaron)\b|"
    r"\btodos\s+los\s+(?:dem[aá]s|otros|que\s+compraron)\b[^.!?\n]{0,80}?\bya\b",
    "it": r"\bmanc(?:hi|a)\s+solo\s+(?:tu|lei|la\s+sua|la\s+tua)\b|\btutti\s+gli\s+altri\b[^.!?\n]{0,80}?\bgià\b|\b(?:è|sei)\s+l'unic[ao]\b[^.!?\n]{0,40}?\bnon\b",
    "pt": r"\bs[óo]\s+falta\s+(?:voc[êe]|a\s+sua|o\s+seu|tu)\b|\b(?:quase\s+)?todo\s+mundo\b[^.!?\n]{0,80}?\bj[áa]\b|\btodos\s+os\s+outros\b[^.!?\n]{0,80}?\bj[áa]\b",
    "nl": r"\balleen\s+(?:jij|u|jouw|uw)\s+nog\b|\b(?:bijna\s+)?iedereen\b[^.!?\n]{0,80}?\b(?:al|inmiddels)\b|\b(?:je|u)\s+bent\s+de\s+(?:enige|laatste)\b",
    "pl": r"\bzosta(?:ł|ła|li)\w*\s+(?:tylko|już\s+tylko)\s+(?:pan\w*|ty|ciebie)\b|\b(?:tylko|jedynie)\s+(?:pan\w*|ty)\s+(?:jeszcze\s+)?nie\b|\bwszyscy\s+(?:inni|pozostali)\b[^.!?\n]{0,80}?\bjuż\b",
    "sv": r"\bbara\s+(?:du|din)\s+(?:kvar|som\s+saknas)\b|\bdu\s+är\s+(?:den\s+)?(?:enda|sista)\b|\b(?:nästan\s+)?alla\s+andra\b[^.!?\n]{0,80}?\bredan\b",
    "tr": r"(?:sadece|bir)\s+(?:siz|sen)\s+kald\w*|neredeyse\s+herkes|herkes\b[^.!?\n]{0,60}?(?:çoktan|zaten)",
    "ru": r"остал\w*\s+только\s+(?:вы|ты|ваш\w*)|только\s+(?:вы|ты)\s+(?:ещё|еще)\s+не|все\s+остальные\b[^.!?\n]{0,80}?уже",
    "ar": r"بقي(?:ت)?\s+(?:أنت|انت|أنتِ)\s+فقط|(?:أنت|انت|أنتِ)\s+(?:الوحيد|الوحيدة)\b|تقريب\S*\s+كل\s+(?:العملاء|الزبائن|المشترين)",
    "he": r"(?:נשארת|נשאר\w*)\s+רק\s+(?:את|אתה)|רק\s+(?:את|אתה)\s+(?:עוד\s+)?לא|(?:כמעט\s+)?כולם\s+[^.!?\n]{0,60}?כבר|"
    # "כל שאר הקונים כבר השאירו פידבק, רק אתה נשארת" (stop 49 probes)
    r"רק\s+(?:את|אתה)\s+נשאר\w*|כל\s+שאר\s+\S+\s+כבר",
    "ja": r"あとは[^。！？\n]{0,12}?だけ|ほぼ全員|皆(?:様|さん)(?:すでに|もう)",
    "zh": r"(?:就差|只差|只剩)(?:您|你)|(?:其他|别的|別的)(?:买家|顾客|客户|買家|顧客|客戶)(?:都已经|都已經|已经|已經|都(?:写|寫|留|给|給)了)",
    "ko": r"\S+님만\s*남으|다른\s*분들은?\s*(?:모두|다)|거의\s*다\s*(?:남기|작성)",
}  # fmt: skip
# The shop's survival hung on the buyer's review ("without reviews Amazon buries us and we might not make it", "sin
# reseñas Amazon nos hunde", "zonder reviews redden we het echt niet", "بدون تقييمات لن نستطيع الاستمرار"), or the family's
# living said to depend on it ("nossa família depende disso", "vår familj är beroende av det"): guilt as pressure.
_SURVIVE = (
    r"\b(?:make\s+it|survive|keep\s+(?:going|the\s+shop\s+open|afloat)|close\s+(?:the\s+shop|down|our\s+shop)|shut\s+down|go\s+under|buries\s+us)\b|"
    r"\bnos\s+hunde\b|\btengamos\s+que\s+cerrar\b|\bsobreviv\w*|\bredden\s+we\s+het\b|\bklarar\s+vi\s+oss\b|\boverleven\b|\büberleben\b|"
    r"\bsurvivre\b|\bsopravviv\w*|\bfechar\s+a\s+loja\b|\bprzetrwa\w*|\bayakta\s+kal\w*|выжить|продержаться|الاستمرار|לשרוד|"
    r"潰れ|閉店|倒闭|倒閉|关门|關門|버티|"
    # "la tiendita no sale adelante", "się nie utrzymamy", "קשה לנו מאוד להמשיך", "店を続けていけない", "가게를 접어야 할
    # 형편" (stop 49 probes)
    r"\bno\s+sale\s+adelante\b|\bnie\s+utrzymamy\b|\butrzymamy\s+się\b|להמשיך|続けていけ|続けられな|접어야|문을\s*닫아야"
)
_LIVING_DEPENDS = (
    r"\b(?:our\s+)?(?:family|livelihood)\s+(?:literally\s+)?depends\s+on\b|\b(?:the\s+)?only\s+thing\s+keeping\s+us\s+(?:going|afloat|alive)\b|"
    r"\bnossa\s+fam[íi]lia\s+depende\b|\bvår\s+familj\s+är\s+beroende\b|\bunsere\s+familie\s+(?:hängt|ist)\s+(?:davon\s+)?(?:ab|abhängig)\b|"
    r"\bnotre\s+famille\s+en\s+dépend\b|\bnuestra\s+familia\s+depende\b|\bla\s+nostra\s+famiglia\s+dipende\b|رزق\s+عائلتنا|عائلتنا\s+تعتمد"
)
# The seller's earlier asks resent or chased ("Not sure if our earlier msgs got lost, so resending", "I'm chasing up the
# review request we sent on the 3rd", "je relance pour votre avis", "wir hatten Ihnen … bereits wegen einer Bewertung
# geschrieben", "vi hörde av oss förra veckan om en recension", "리뷰가 올라올 때까지 계속 알림 드릴 예정"): a repeated request.
_ASKED_AGAIN = (
    r"\b(?:resending|chasing\s+up|chase\s+up)\b|\bearlier\s+(?:msgs?|messages?|e-?mails?)\s+(?:\w+\s+)?(?:got\s+)?lost\b|"
    r"\bhatten\s+(?:ihnen|dir)\s+(?:\S+\s+){0,4}?bereits\s+(?:\S+\s+){0,6}?geschrieben\b|\bje\s+(?:vous\s+|te\s+)?relance\b|"
    r"\brevenir\s+vers\s+vous\s+\(?encore\b|\b(?:te|se)\s+lo\s+(?:hemos\s+)?pedi(?:mos|do)\s+(?:otra\s+vez|varias\s+veces|de\s+nuevo)\b|"
    r"\bseguir\s+mandando\s+mensajes\b|\bperd[oó]n\s+por\s+insistir\b|\bti\s+ricordiamo\s+ancora\b|\bhörde\s+av\s+oss\s+(?:förra\s+veckan|tidigare)\b|"
    r"계속\s*(?:알림|연락|메시지)\s*(?:을\s*)?드릴|다시\s*한\s*번\s*말씀드려|"
    # "Apologies for chasing again", "Not to be a pest, but …", "peço desculpas por tocar no assunto de novo", "Vi skriver
    # till dig en gång till om omdömet", "סליחה שאנחנו שוב פונים" (stop 49 probes)
    r"\bchasing\s+(?:you\s+)?again\b|\bnot\s+to\s+be\s+a\s+pest\b|\btocar\s+no\s+assunto\s+de\s+novo\b|"
    r"\bskriver\s+(?:till\s+dig\s+)?en\s+gång\s+till\b|שוב\s+פונים|פונים\s+(?:אליך\s+)?שוב"
)
_REVIEWED_OR_REVIEW = rf"{_ALL_REVIEWS}|\b(?:reviewed|recensito|recensire|avaliou|opinado|recenserat)\b"
# The words that start each side of a match, so that the sentence of each side is read (a match may span two)
_NOT_SEEN_ANCHORS = {
    "en": "nothing|showing|visible|checked|looked|sign|yet", "de": "nix|nichts|keine|sichtbar|sehen|online", "fr": "trouvé|vu|rien|vérifié|regardé",
    "es": "vemos|aparece|sale|vimos", "it": "risulta|compare|vede|vediamo|ancora", "pt": "nada|aparece|apareceu|vimos|está",
    "nl": "zag|niets|niks|staat", "pl": "widać|widzimy", "sv": "syns|sett", "tr": "görünmüyor|göremedik", "ru": "ничего|видно|появил|видим",
    "ar": "يظهر|نره|نجده|نراه", "he": "עדיין|עוד", "ja": "まだ", "zh": "还没|還沒|仍未|尚未", "ko": "아직",
}  # fmt: skip
_ONLY_YOU_ANCHORS = {
    "en": "only|last|almost|nearly|everyone|everybody", "de": "nur|fehlt|alle|einzige|letzte", "fr": "manque|seul|seule|tous",
    "es": "menos|nomás|nomas|solo|sólo|falta|faltas|casi|todos", "it": "manchi|manca|tutti|unica|unico", "pt": "falta|todo|todos",
    "nl": "alleen|iedereen|enige|laatste", "pl": "zosta|tylko|jedynie|wszyscy", "sv": "bara|enda|sista|alla",
    "tr": "sadece|bir|neredeyse|herkes", "ru": "остал|только|все", "ar": "بقي|الوحيد|تقريب", "he": "נשאר|רק|כולם|שאר",
    "ja": "あとは|ほぼ全員|皆", "zh": "就差|只差|只剩|其他|别的|別的", "ko": "님만|다른|거의",
}  # fmt: skip
# Each side the rarer words read first, the review words then looked for around it (``linked_family``: one bounded
# search per match, where a ``near`` of every review word of 16 languages ran over 200 characters of every window —
# a third slower on typical replies, measured at this stop).
_LIVING_ANCHORS = "family|livelihood|only|família|familia|familj|familie|famille|famiglia|رزق|عائلتنا"
_ASKED_AGAIN_ANCHORS = (
    "resending|chasing|chase|earlier|hatten|relance|revenir|pedimos|pedido|seguir|perdón|perdon|ricordiamo|hörde|계속|다시|"
    "pest|tocar|gång|פונים"
)
# Stop 49: the shop said to depend on reviews (tests/rules/test_stop49.py), read like ``_LIVING_DEPENDS`` below.
# The seller's shop, family or job said to live on reviews ("our small shop really depends on your feedback", "de las
# reseñas depende que podamos seguir pagando el alquiler", "notre savonnerie vit en grande partie grâce aux avis", "od
# opinii zależy byt naszej firmy", "החנות שלנו ממש תלויה בביקורות", "رزق أولادنا معلّق بتقييمات العملاء"): guilt as
# pressure, as ``_LIVING_DEPENDS`` (Amazon Communication Guidelines; AliExpress §8). The seller's own shop or "we" only,
# never negated: "the refund does not depend on your review" is the opposite, "delivery depends on customs" no plea.
_DEPENDS_ON = (
    r"\b(?:we|our\s+(?:\w+\s+){0,2}?(?:shop|store|business|family|team|livelihood|company|income))\s+(?:\w+\s+){0,2}?"
    r"(?:depends?|are\s+depending|is\s+depending|are\s+dependent|is\s+dependent)\s+on\b|\bkeeps?\s+the\s+lights\s+on\b|"
    r"\b(?:wir|unser\w*\s+(?:\w+\s+)?(?:shop|laden|geschäft|familie|firma|betrieb))\s+(?:\w+\s+){0,3}?(?:angewiesen|abhängig)\b|"
    r"\bdépendons\b|\b(?:notre|mon|ma)\s+(?:\w+\s+){0,2}?(?:boutique|entreprise|famille|poste|atelier|commerce|survie|savonnerie)\s+(?:\w+\s+){0,2}?dépend\b|"
    r"\bvi(?:t|vons)\s+(?:\w+\s+){0,4}?grâce\s+aux\s+avis\b|\bne\s+pas\s+passer\s+l'hiver\b|"
    r"\bdependemos\b|\b(?:nuestr[oa]\s+(?:\w+\s+)?(?:tienda|negocio|familia|taller)|la\s+tiendita)\s+(?:\w+\s+){0,2}?depende\b|"
    r"\bde\s+(?:las|sus|tus)\s+(?:reseñas|opiniones|valoraciones|calificaciones)\s+depende\b|"
    r"\bdipendiamo\b|\b(?:il\s+nostro|la\s+nostra)\s+(?:\w+\s+){0,2}?dipende\b|\bdalle\s+recensioni\s+dipende\b|"
    r"\b(?:nossa|nosso|minha|meu)\s+(?:\w+\s+){0,2}?depende\b|\b(?:loja|lojinha)\s+(?:\w+\s+)?depende\b|"
    r"\b(?:wij|we|onze?\s+(?:\w+\s+)?(?:winkel|bedrijf|familie|zaak))\s+(?:\w+\s+){0,2}?(?:zijn|is)\s+(?:\w+\s+){0,2}?afhankelijk\s+van\b|"
    r"\bod\s+(?:\w+\s+)?(?:opinii|ocen|recenzji)\s+(?:\w+\s+)?zależ\w*|\bzależ(?:y|ą)\s+(?:\w+\s+){0,2}?(?:byt|przetrwanie|przyszłość|utrzymanie)\b|"
    r"\b(?:vi\s+är|är\s+vi)\s+(?:\w+\s+){0,2}?beroende\s+av\b|(?:yorum|değerlendirme)\w*\s+(?:\S+\s+)?bağlıyız|"
    r"(?<!не\s)\bзависим\s+от\b|\bот\s+(?:количества\s+)?отзыв\w*\s+зависит\b|"
    r"(?<!لا\s)(?:نعتمد|يعتمد|تعتمد)\s+على\s+(?:ال)?تقييم|معل[ّ]?ق\s+بتقييم|رزق\s+(?:أولادنا|عيالنا|أطفالنا|عائلتنا)|"
    r"(?<!לא\s)תלוי(?:ה|ים|ות)?\s+(?:\S+\s+)?בביקורות|(?:暮らし|生活)を支え|(?:靠|依靠|依赖|依賴)(?:着|著)?(?:大家的|您的)?(?:评价|評價|好评|好評)|"
    r"(?:开|開|撑|撐)不下去|생계"
)
_DEPENDS_ANCHORS = (
    "depend|lights|angewiesen|abhängig|dépend|grâce|hiver|dipend|afhankelijk|zależ|beroende|bağlıyız|завис|تعتمد|نعتمد|"
    "يعتمد|معلق|معلّق|رزق|תלוי|暮らし|生活|靠|依赖|依賴|不下去|생계"
)
# Review pressure in more words: the request made again ("wir haben Ihnen nun schon zweimal geschrieben", "scusa se ti
# scrivo di nuovo", "Ik weet dat ik je al eerder heb gevraagd", "Jag vet att jag frågat förut", "Daha önce de rica
# etmiştim", "prosimy znowu o ocenę"), an urgent plea ("Prosimy pilnie o …", "Wir bitten Sie dringend …"), the shop's
# living said to hang on it ("struggling to keep going", "importantissimo per la nostra famiglia", "zonder reviews verkoop
# ik bijna niets meer", "just nu hänger allt på recensioner", "satışlar neredeyse durdu", "리뷰 하나가 매출에 너무 커요"):
# each with a review named around it: read by the last family of ``REVIEW_PRESSURE_S48``. Communication Guidelines (no repeated requests, no
# pressure); AliExpress §8.
_AGAIN_S51 = (
    r"\bschon\s+zweimal\s+geschrieben\b|\bnun\s+schon\s+(?:zum\s+)?(?:zweimal|zweiten\s+mal|dritten\s+mal)\b|"
    r"\bschon\s+zweite[ns]?\s+mal\b|\bnochmals?\s+um\s+(?:eine\s+|ihre\s+)?bewertung\b|"
    r"\b(?:ti|le)\s+scriv(?:o|iamo)\s+di\s+nuovo\b|\bscrive\s+altra\s+volta\b|\bancora\s+non\s+fatto\b|"
    r"\b(?:al\s+eerder|eerder\s+al)\s+(?:heb\s+|hebben\s+)?gevraagd\b|\bfrågat\s+(?:förut|tidigare|redan)\b|"
    r"daha\s+önce\s+de\s+rica\s+etmiştim|\bprosimy\s+(?:znowu|ponownie|jeszcze\s+raz)\s+o\b|"
    r"\b(?:i|we)\s+know\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?asked\s+(?:you\s+)?(?:before|already)\b"
)
_PLEA_URGENT_S51 = (
    r"\b(?:prosimy|proszę)\s+(?:\w+\s+)?pilnie\b|\bbitten\s+(?:sie|dich)\s+dringend\b|\b(?:we|i)\s+(?:beg|ask)\s+you\s+urgently\b|"
    r"\b(?:chiediamo|chiedo)\s+urgentemente\b|\b(?:le|te)\s+pedimos\s+urgentemente\b|просим\s+срочно|срочно\s+просим|"
    # (second round: "זה מאוד דחוף לנו", "정말 급해요", "срок скоро заканчивается", "уже пятый раз просим")
    r"דחוף\s+לנו|정말\s*급해요|срок\s+скоро\s+заканчивается|(?:второй|третий|четв[её]ртый|пятый)\s+раз\s+(?:просим|пишем|напоминаем)"
)
_LIVING_S51 = (
    r"\bstruggling\s+to\s+(?:keep\s+going|survive|stay\s+afloat)\b|\b(?:we|i)\s+(?:will\s+|would\s+)?lose\s+(?:our\s+|my\s+)?(?:jobs?|business|shop)\b|"
    r"\bimportantissim[oa]\s+per\s+(?:la\s+)?nostra\s+famiglia\b|\bverkoop\s+ik\s+(?:bijna\s+)?niets\s+meer\b|"
    r"\bhänger\s+allt\s+på\s+(?:recensioner|omdömen)\b|satışlar\s+(?:neredeyse\s+)?durdu|매출에\s*(?:너무|정말|많이)?\s*(?:커요|큽니다|중요)|"
    # (second round: "… können wir unsere zwei Mitarbeiter kaum noch bezahlen", "tendremos que despedir a una de nuestras
    # empleadas", "kunnen we volgende maand de huur niet betalen", "verlies ik mijn baan", "Min dotters jobb hänger på det
    # här", "سأخسر وظيفتي", "出品を続けられません")
    r"\bkaum\s+noch\s+bezahlen\b|\btendremos\s+que\s+despedir\b|\bde\s+huur\s+niet\s+(?:meer\s+)?betalen\b|\bverlies\s+ik\s+mijn\s+baan\b|"
    r"\bjobb\s+hänger\s+på\b|سأخسر\s+وظيفتي|(?:出品|販売|営業)を続けられ(?:ません|ない)"
)
#: The words every match of the three stop-51 concepts holds (rarer than their first words).
_PRESSED_S51_ANCHORS = (
    "zweimal|zweite|zweiten|dritten|nochmal|nochmals|scrivo|scriviamo|scrive|fatto|gevraagd|frågat|rica|znowu|ponownie|"
    "jeszcze|asked|pilnie|dringend|beg|urgently|urgentemente|просим|срочно|struggling|lose|importantissimo|importantissima|"
    "verkoop|hänger|satışlar|매출에|bezahlen|despedir|huur|baan|jobb|سأخسر|続けられ|דחוף|급해요|срок|пишем|напоминаем"
)
# Stop 52 probes: review pressure by the buyer's silence to the seller's earlier messages ("you haven't replied to our
# messages", "even after our two earlier emails", "malgré nos deux précédents messages", "te escribí hace una semana",
# "non ha ancora risposto ai nostri solleciti", "ondanks onze eerdere berichten", "nie odpisujesz", "vi har redan skickat
# två påminnelser", "mesajlarıma cevap vermiyorsunuz", "вы не ответили на …", "لم ترد على رسائلي", "לא ענית להודעות שלי",
# "您一直没回复", "답장이 없으시네요"), a last chance or an offer running out, the seller's job or the shop's existence
# said to hang on it ("licencier nos deux employés", "меня уволят", "店を続けることが難しい", "当店の存続に関わる"), a
# reminder asked as a question ("리뷰 아직이시죠? … 다시 한번 부탁드려요", "还没评价吗？再提醒一次哦", "Du har fortfarande
# inte recenserat"): each with a review named around it, read by the last family of ``REVIEW_PRESSURE_S48``.
# Communication Guidelines (no repeated requests, no pressure); AliExpress §8 (malicious harassment).
_NO_REPLY_S52 = (
    r"\byou\s+(?:still\s+)?(?:haven't|have\s+not|didn't|did\s+not)\s+(?:yet\s+)?(?:replied|answered|responded)\s+to\s+(?:any\s+of\s+)?(?:my|our)\b|"
    r"\b(?:despite|even\s+after)\s+(?:our|my)\s+(?:two|three|several|\d)\s+(?:earlier|previous|prior)\s+(?:e-?mails|messages)\b|"
    r"\b(?:sie\s+haben|du\s+hast)\s+(?:\w+\s+){0,4}?nicht\s+geantwortet\b|\btrotz\s+(?:unserer|meiner)\s+(?:\w+\s+)?(?:nachrichten|e-?mails|erinnerungen)\b|"
    r"\bvous\s+n'avez\s+(?:toujours\s+)?pas\s+(?:encore\s+)?répondu\b|\bmalgré\s+nos\s+(?:\w+\s+){0,2}?(?:messages|relances|courriels|e-?mails)\b|"
    r"\bno\s+(?:has|ha)\s+(?:respondido|contestado)\s+(?:a\s+)?(?:mis|nuestros)\b|\b(?:te|le)\s+escrib(?:í|i|imos)\s+hace\s+(?:una|dos|\d)\b|"
    r"\bnon\s+(?:ha|hai)\s+(?:ancora\s+)?risposto\s+ai\s+(?:nostri|miei)\b|\bnonostante\s+i\s+(?:nostri|miei)\s+(?:\w+\s+)?(?:messaggi|solleciti)\b|"
    r"\b(?:vc|voc[êe])\s+(?:ainda\s+)?n[ãa]o\s+respondeu\s+(?:as\s+)?(?:minhas|nossas)\b|"
    r"\bondanks\s+onze\s+(?:\w+\s+)?(?:berichten|e-?mails|herinneringen)\b|\bik\s+stuur\s+al\s+\d+\s+berichten\b|"
    r"\bnie\s+odpowiedzia(?:ł|ła)\s+(?:pan|pani)\s+na\s+nasze\b|\bnie\s+odpisujesz\b|"
    r"\bredan\s+skickat\s+(?:två|tre|\d)\s+påminnelser\b|\bdu\s+har\s+(?:inte|ännu\s+inte)\s+svarat\s+på\s+(?:våra|mina)\b|"
    r"mesajlar(?:ıma|ımıza)\s+(?:cevap|yanıt)\s+verm|(?:вы|ты)\s+не\s+ответил\w*\s+на\s+(?:\S+\s+)?(?:мои|наши|моих|наших)\b|"
    r"لم\s+(?:ترد|تردّ|تجب)\s+على\s+(?:رسائلي|رسائلنا)|לא\s+ענית\w*\s+ל(?:הודעות|מיילים)|(?:您|你)一直(?:没|沒)(?:有)?(?:回复|回復)|답장이\s*없으"
)
_LAST_CHANCE_S52 = (
    r"\blast\s+chance\b|\bletzte\s+chance\b|\bnur\s+noch\s+\d+\s+stunden\b|\bdanach\s+verfällt\b|\bdernière\s+chance\b|"
    r"\búltima\s+(?:oportunidad|chance)\b|\bultima\s+occasione\b|\blaatste\s+kans\b|\bostatnia\s+szansa\b|\bsista\s+chansen\b|"
    r"\berbjudandet\s+slutar\b|son\s+(?:gün|şans)\b|последний\s+шанс|предложение\s+действует\s+до|آخر\s+فرصة|العرض\s+ينتهي|"
    r"הזדמנות\s+אחרונה|最後のチャンス|最后(?:的)?机会|最後(?:的)?機會|마지막\s*기회|"
    # (an offer for the review running out: "Only for 7 days after you receive, hurry up!", "Bu teklif … sadece 10 gün
    # geçerlidir", "Предложение действует 5 дней", "لا تفوّت الفرصة", "活动截止本月底", "Nie przegap szansy": second round)
    r"\bonly\s+(?:for\s+)?\d+\s+days\b|\bhurry\s+up\b|sadece\s+\d+\s+gün\s+geçerli|действует\s+(?:только\s+)?\d+\s+дн|"
    r"لا\s+تفو(?:ّ)?ت\s+الفرصة|(?:活动|活動)截止|\bnie\s+przegap\s+szansy\b|\bnur\s+noch\s+(?:wenige|\d+)\s+tage\b"
)
_JOB_S52 = (
    r"\blay\s+off\b|\bget\s+fired\b|\blicencier\b|\bdespedir\s+a\b|\bentlassen\s+müssen\b|\blicenziare\b|\bdemitir\b|"
    r"\bontslaan\b|\bzwolnić\b|\bstracę\s+pracę\b|işimi\s+kaybed|меня\s+уволят|потеряю\s+работу|سيتم\s+فصلي|יפטרו\s+אותי|"
    r"(?:店|販売|営業|出品)を続けることが(?:難しい|できな)|存続に関わる|(?:我|我们)会被(?:开除|辞退)|해고(?:될|당할)|"
    # ("nous ne tiendrons pas jusqu'à Noël", "אנחנו עלולים להיסגר", "hangt alles af van reviews": second round)
    r"\bne\s+tiendrons\s+pas\b|עלולים\s+להיסגר|\bhangt\s+alles\s+af\s+van\b"
)
_ASKED_AGAIN_S52 = (
    r"\bfortfarande\s+inte\s+recenserat\b|리뷰\s*아직이시|다시\s*한\s*번\s*부탁드려|再提醒(?:一次|一下)|(?:还|還)(?:没|沒)(?:评价|評價)吗|"
    r"\bj[áa]\s+entramos\s+em\s+contato\s+(?:duas|tr[êe]s|\d)\s+vezes\b|\bpedimos\s+novamente\b|пишем\s+уже\s+\S+\s+раз|"
    r"\bpiszemy\s+ponownie\b|度々のご連絡|[二三四2-4]度目のお願い"
)
_PRESSED_S52_ANCHORS = (
    "replied|answered|responded|earlier|previous|prior|geantwortet|trotz|répondu|malgré|respondido|contestado|escribí|escribi|"
    "escribimos|risposto|nonostante|respondeu|ondanks|berichten|odpowiedzia|odpisujesz|påminnelser|svarat|mesajlar|ответил|"
    "رسائلي|رسائلنا|ענית|一直|답장이|chance|stunden|verfällt|oportunidad|occasione|kans|szansa|chansen|erbjudandet|son|шанс|"
    "действует|فرصة|ينتهي|הזדמנות|チャンス|机会|機會|기회|lay|fired|licencier|despedir|entlassen|licenziare|demitir|ontslaan|"
    "zwolnić|stracę|işimi|уволят|потеряю|فصلي|יפטרו|続けること|存続|开除|辞退|해고|fortfarande|아직이시|다시|再提醒|评价吗|評價吗|"
    "days|hurry|gün|дн|تفوت|تفوّت|截止|przegap|tage|tiendrons|להיסגר|hangt|"
    "entramos|novamente|пишем|piszemy|度々|度目"
)
REVIEW_PRESSURE_S48 = merged(
    linked_family(
        "review.pressure",
        _NOT_SEEN_ANCHORS,
        {lang: [_NOT_SEEN_YET[lang]] for lang in _NOT_SEEN_YET},
        {lang: REVIEW[lang] for lang in _NOT_SEEN_YET},
        after=True,
        reach=200,
    ),
    linked_family(
        "review.pressure",
        _ONLY_YOU_ANCHORS,
        {lang: [_ONLY_YOU_LEFT[lang]] for lang in _ONLY_YOU_LEFT},
        {lang: _REVIEWED_OR_REVIEW for lang in _ONLY_YOU_LEFT},
        after=True,
        ahead=True,
        reach=200,
        inside=True,
    ),
    family(
        "review.pressure", {"xx": WITHOUT_REVIEWS_ANCHORS}, {"xx": [near(WITHOUT_REVIEWS, _SURVIVE, 100)]}
    ),
    linked_family(
        "review.pressure",
        {
            "xx": f"{_LIVING_ANCHORS}|{_ASKED_AGAIN_ANCHORS}|{_DEPENDS_ANCHORS}|{_PRESSED_S51_ANCHORS}|{_PRESSED_S52_ANCHORS}"
        },
        {
            "xx": [
                _LIVING_DEPENDS,
                _ASKED_AGAIN,
                _DEPENDS_ON,
                _AGAIN_S51,
                _PLEA_URGENT_S51,
                _LIVING_S51,
                _NO_REPLY_S52,
                _LAST_CHANCE_S52,
                _JOB_S52,
                _ASKED_AGAIN_S52,
            ]
        },
        {"xx": _REVIEWED_OR_REVIEW},
        after=True,
        ahead=True,
        reach=200,
        inside=True,
    ),
)

# The seller saying what they cannot do ("we can't remove reviews, only <the platform> does", "nous ne pouvons ni
# modifier ni supprimer les avis", "出品者はレビューの編集や削除を行うことができません") or will not accept ("we can't accept
# payment outside …", "Zahlung per Überweisung … nicht möglich", "我们不接受银行转账"): a statement, no ask (batch L).
UNABLE = (
    r"\b(?:(?:can't|cannot|can\s+not)(?!\s+(?:wait|stress|thank))|(?:are|'re)\s+not\s+able\s+to|aren't\s+able\s+to|unable\s+to|don't\s+have\s+the\s+ability\s+to|"
    # "we have no ability to restore or edit any review", "we do not offer anything in exchange for reviews" (batch Y)
    r"(?:have\s+)?no\s+(?:ability|means|power)\s+to|(?:do\s+not|don't)\s+offer\s+(?:anything|any\s+\w+)|"
    # "Amazon policy does not allow us to offer anything …", "Nous ne sommes pas autorisés à offrir …", "Non ci è consentito
    # offrire nulla …" (blind probes, stop 47)
    r"(?:does|do)\s+not\s+allow\s+us|doesn't\s+allow\s+us|ne\s+sommes\s+pas\s+autorisés|non\s+ci\s+è\s+consentit\w*|"
    # "Tyvärr tar vi inte emot betalning via PayPal", "PayPalや銀行振込でのお支払いは承っておりません" (stop 47)
    r"tar\s+vi\s+inte\s+emot|vi\s+tar\s+inte\s+emot|"
    r"do\s+not\s+have\s+the\s+ability\s+to|(?:don't|do\s+not|won't|will\s+not|never)\s+(?:accept|take)|(?:have\s+)?no\s+way\s+to|"
    r"only\s+the\s+(?:platform|marketplace)\s+can)\b|\bweder\b|\bseule?\s+la\s+plateforme\s+peut\b|\bn[ãa]o\s+temos\s+como\b|"
    r"(?:imkân|imkan)\w*\s+yok|mümkün\s+değil|لا\s+نستطيع|אין\s+באפשרותנו|没有办法|沒有辦法|承っておりません|受け付けておりません|"
    # sellers "cannot"/"may not", a request the seller will not make, and what the rules forbid (batch P)
    r"\b(?:won't|will\s+not|don't|do\s+not|never)\s+(?:\w+\s+)?ask\b|\b(?:we|i)\s+(?:never|don't|do\s+not)\s+(?:offer|give|pay(?!\s+(?:\w+\s+){0,2}?(?:fees?|commissions?|markups?)\b)|promise)\b|"
    r"\bcan'?t\s+be\s+bought\b|\b(?:not\s+allowed|prohibited|forbidden|against\s+the\s+rules)\b|"
    r"\bdürfen\s+(?:\w+\s+){0,5}?(?:nicht|kein\w*)\b|\bnicht\s+erlaubt\b|\bverboten\b|\bne\s+peuvent\b|\binterdit\w*\b|"
    r"\b(?:no|tampoco)\s+(?:le\s+|te\s+)?pedimos\b|\bprohibid\w*\b|\bno\s+(?:est[aá]\s+)?permitido\b|\bva\s+contra\s+las\s+reglas\b|"
    r"\bnon\s+(?:può|possono)\b|\bvietat\w*\b|\bnon\s+è\s+consentit\w*\b|\bn[ãa]o\s+(?:vamos\s+)?pedir\b|\bn[ãa]o\s+permite\b|"
    r"\bproibid\w*\b|\bn[ãa]o\s+fazemos\s+isso\b|\bniet\s+toegestaan\b|\bverboden\b|\bdat\s+doen\s+we\s+niet\b|\bzabronion\w*\b|"
    r"\bnie\s+wolno\b|\bförbjud\w*\b|\binte\s+tillåt\w*\b|yasak\w*|aykırı|не\s+(?:может|могут|просим)\b|запрещен\w*|нельзя|"
    r"مخالف|ممنوع|لا\s+يسمح|لا\s+نربط|לא\s+(?:יכול|יכולה|יכולים|נבקש)|אסור|できず|禁止|금지|违反|違反|不允许|不允許|(?<!能)不能把|"
    r"\bnicht\s+möglich\b|\bniet\s+mogelijk\b|\bkönnen\s+(?:\w+\s+){0,4}?(?:nicht|kein\w*)\b|\bnehmen\s+(?:\w+\s+)?keine\b|"
    r"\bmogen\s+(?:\w+\s+)?geen\b|\bmogen\s+(?:\w+\s+){0,2}?niets\b|\b(?:we|wij)\s+geven\s+geen\b|"  # "wij mogen geen korting of cadeau geven in ruil voor een beoordeling" (batch AG)
    r"\bne\s+(?:pouvons|peut|prenons|acceptons)\b|\bn'acceptons\s+pas\b|\bno\s+(?:podemos|aceptamos|es\s+posible)\b|"
    # "Non offriamo premi o sconti in cambio di recensioni", "não oferecemos desconto nem brinde", "Lamentamos no poder
    # darle un descuento", "할인이나 보상을 드릴 수는 없습니다" (stop 33)
    r"\bnon\s+offriamo\b|\bn[ãa]o\s+oferecemos\b|\bno\s+ofrecemos\b|\bno\s+poder\b|\bne\s+proposons\s+(?:pas|aucun)\b|"
    # "nem damos desconto em troca de avaliação", "nous ne faisons pas de remboursement en échange d'une meilleure note",
    # "от отзыва она никак не зависит" (blind batches DU and DX, stop 43)
    r"\bnem\s+damos\b|\bn[ãa]o\s+(?:fazemos|damos)\b|\bne\s+faisons\s+pas\b|(?:저희가|저희는)\s*하지\s*않|никак\s+не\s+завис\w*|не\s+завис\w*\s+от\s+отзыв\w*|"
    r"\bbieten\s+(?:\w+\s+)?keine\b|\bbieden\s+(?:\w+\s+)?geen\b|드릴\s*수는\s*없|"
    r"\bnon\s+(?:possiamo|accettiamo|è\s+possibile)\b|\bn[ãa]o\s+(?:lhe\s+|te\s+|vos\s+)?(?:podemos|aceitamos|[ée]\s+poss[íi]vel)\b|"
    r"לא\s+נוכל|מש\s+הנקדר|مش\s+هنقدر|لن\s+نستطيع|لن\s+نتمكن|"
    r"\bkunnen\s+(?:\w+\s+){0,3}?niet\b|\bkunnen\s+(?:helaas\s+)?niets\b|\bkan\s+(?:helaas\s+|jammer\s+genoeg\s+)?niet\b|\b(?:accepteren|nemen)\s+(?:\w+\s+)?geen\b|\bnie\s+(?:możemy|przyjmujemy|akceptujemy)\b|"
    r"\bkan\s+(?:\w+\s+){0,2}?inte\b|\b(?:vi|säljaren?)\s+får\s+(?:tyvärr\s+)?inte\b|\bfår\s+vi\s+(?:\w+\s+)?inte\b|\btar\s+inte\b|(?:edemiyor|emiyor|amıyor|amıyoruz|emiyoruz|edemeyiz|amayız)\w*|\w+m[ıi]yoruz\b|isteme(?:yiz|z)\b|"
    # (and the future: "No podremos eliminar su reseña negativa", "Мы не сможем удалить негативный отзыв": probes, stop 43)
    # (the seller alone: "je ne peux pas accepter de paiement par virement", "no puedo aceptar pago por PayPal fuera de …",
    # "non posso", "não posso aceitar Pix fora da Amazon", "niestety nie mogę tak przyjąć", "но я не могу", "ما أقدر",
    # "dat mag niet": stop 52 probes)
    r"\bje\s+ne\s+(?:peux|puis|prends|accepte)\b|\bno\s+(?:puedo|acepto)\b|\bnon\s+(?:posso|accetto)\b|\bn[ãa]o\s+(?:posso|aceito)\b|"
    r"\bnie\s+(?:mogę|przyjmuję|akceptuję)\b|\bkan\s+ik\s+niet\b|\bdat\s+mag\s+niet\b|(?<!\S)не\s+(?:могу|смогу|принимаю)\b|"
    r"ما\s+(?:أقدر|اقدر)|لا\s+أستطيع|אני\s+לא\s+(?:יכול|יכולה)|"
    r"\bno\s+podremos\b|\bне\s+(?:можем|сможем|принимаем|принимает)\b|لا\s+(?:يمكننا|نقبل|يمكن)|(?:איננו|אנחנו\s+לא)\s+(?:יכולים|מקבלים)|"
    r"אין\s+לנו\s+אפשרות|לא\s+ניתן|できません|できかねます|お受けできません|受け付けておりません|할\s*수\s*(?:는\s*)?없|받지\s*않|받을\s*수\s*없|드릴\s*수\s*없|"
    r"אנחנו\s+לא\s+נותנים|так\s+мы\s+не\s+делаем|불가(?:능)?합니다|"
    r"无法|無法|(?<!能)不能|不接受|不支持|不可以|"
    # the seller cannot delete reviews, only the platform can (batch T): "non abbiamo la possibilità di cancellare",
    # "não consegue excluir", "kunnen … geen reviews verwijderen", "kan vi som säljare inte", "yetkimiz yok",
    # "لا يستطيع حذف"
    # "nous n'avons aucun moyen de supprimer un avis", "A loja não tem como excluir", "keine Möglichkeit" (batch DY, stop 44)
    r"\b(?:aucun|pas\s+de)\s+moyen\s+de\b|\bn[ãa]o\s+tem\s+como\b|\bkeine\s+möglichkeit\b|\bno\s+(?:tenemos|tiene|hay)\s+(?:forma|manera|modo)\s+de\b|"
    r"\bnon\s+abbiamo\s+(?:la\s+)?possibilità\b|\bn[ãa]o\s+consegu\w+\b|\bkunnen\s+(?:\w+\s+){0,4}?geen\b|"
    r"\bkan\s+(?:\w+\s+){3,4}?inte\b|yetki\w*\s+(?:\w+\s+)?yok|لا\s+(?:يستطيع|تستطيع|نستطيع)|"
    # nothing offered for a review, said before what is sent anyway (batch Y)
    r"\bno\s+ofrecemos\s+nada\b|\bnon\s+offriamo\s+(?:nulla|niente)\b|\bn[ãa]o\s+oferecemos\s+nada\b|\bn'offrons\s+rien\b|"
    r"\bbieten\s+(?:\w+\s+)?nichts\b|\bbieden\s+(?:\w+\s+)?niets\b|\bnie\s+oferujemy\b|\berbjuder\s+(?:\w+\s+)?inget\b|"
    r"ничего\s+не\s+предлагаем|لا\s+نقدم\s+أي|איננו\s+מציעים|何も(?:お渡し|提供)(?:して|いたして)おりません|不提供任何|"
    # the buyer's price for a changed review turned down, in the first person and with its "for" ("Sie zahlen keine
    # Gebühren" is the pitch, not a refusal): "wij betalen niet voor het aanpassen van feedback", "nie płacimy za
    # zmianę opinii", "мы не платим за изменение отзыва", "لا ندفع مقابل تغيير التقييم" (blind batch DL)
    r"\bwir\s+(?:be)?zahlen\s+(?:nicht|nichts)\s+für\b|\bne\s+(?:payons|paierons)\s+(?:pas|jamais|rien)\s+pour\b|"
    r"\bno\s+(?:pagamos|pagaremos)\s+(?:nada\s+)?por\b|\bnon\s+(?:paghiamo|pagheremo)\s+(?:nulla\s+|niente\s+)?per\b|"
    r"\bn[ãa]o\s+(?:pagamos|pagaremos)\s+(?:nada\s+)?(?:por|para)\b|\b(?:wij|we)\s+betalen\s+(?:niet|niets)\s+(?:voor|om)\b|"
    r"\bnie\s+(?:płacimy|zapłacimy)\s+za\b|\bvi\s+betalar\s+inte\s+för\b|\bне\s+(?:платим|заплатим)\s+за\b|لا\s+ندفع\s+مقابل|"
    r"(?:אנחנו\s+)?לא\s+(?:משלמים|נשלם)\s+(?:על|עבור)"
)


# The benefit promised as the answer to a review just asked for ("Schrijf je een review over je yogamat? Dan krijg je van
# ons korting op je volgende bestelling", "… lascia una recensione con qualche stella. Appena lo fai ti mandiamo un
# coupon da 3 €": stop 49 probes): "then you get" or "as soon as you do it" with a benefit in its sentence and a review
# word in it or the sentence before (Amazon Communication Guidelines: no incentives for reviews; AliExpress §8).
_THEN_YOU_GET = (
    r"\bthen\s+you(?:'ll|\s+will)?\s+(?:get|receive)\b|\b(?:as\s+soon\s+as|once)\s+you(?:'ve|\s+have)?\s+(?:do|done)\s+(?:it|that|so)\b|"
    r"\bdann\s+(?:bekommst\s+du|bekommen\s+sie|erhalten\s+sie|erhältst\s+du)\b|\bsobald\s+(?:sie|du)\s+(?:das|es)\s+(?:getan|gemacht)\b|"
    r"\balors\s+vous\s+(?:recevrez|obtiendrez|recevez)\b|\bdès\s+que\s+c'est\s+fait\b|\b(?:en\s+cuanto|apenas)\s+lo\s+hagas\b|"
    r"\bentonces\s+(?:recibes|recibirás|te\s+llevas)\b|\bappena\s+l(?:o\s+fai|'ha\s+fatto|o\s+fa)\b|\ballora\s+ricev\w+\b|"
    r"\bassim\s+que\s+(?:voc[êe]\s+)?fizer\b|\bent[ãa]o\s+voc[êe]\s+(?:ganha|recebe)\b|\bdan\s+krijg\s+(?:je|u)\b|"
    r"\bwtedy\s+(?:dostaniesz|otrzymasz|otrzyma\s+pan\w*)\b|\bdå\s+får\s+du\b|\bтогда\s+(?:вы\s+)?получите\b|"
    r"\bкак\s+только\s+(?:вы\s+)?это\s+сделаете\b"
)
_THEN_YOU_GET_ANCHORS = (
    "then|as soon as|once|dann|sobald|alors|dès que|en cuanto|apenas|entonces|appena|allora|assim que|então|entao|"
    "dan krijg|wtedy|då får|тогда|как только"
)
REVIEW_THEN_BENEFIT = linked_family(
    "review.incentive",
    {"xx": _THEN_YOU_GET_ANCHORS},
    {"xx": [_THEN_YOU_GET]},
    {"xx": _ALL_REVIEWS},
    after=True,
    # (not after a refusal to give anything for reviews: "leider dürfen wir für Bewertungen keine Gutscheine … geben …
    # bitte kurzes Video schicken, dann bekommen Sie Ersatz" — tuning dn-de-007)
    unless={"xx": UNABLE},
    also={"xx": "|".join(f"(?:{words})" for words in BENEFIT.values())},
)

# A change asked in the words sellers put in a P.S. or a letter's last lines ("Any chance you could … take the 'never
# arrived' bit off your review?", "if you fancy giving it a refresh now it's all sorted", "wenn Ihre Sterne auch das
# Happy End zeigen würden", "den Satz zur Lieferzeit aus Ihrer Rezension herauszunehmen", "potresti rivedere il voto",
# "se le stelline raccontassero anche il finale", "dar uma atualizadinha", "заглянете в него ещё раз", "업데이트해 주시면",
# "להעיף מבט נוסף על הדירוג": stop 49 probes) — the review named in the match, earlier in its sentence or in the one
# before (Amazon Communication Guidelines: no asking to change or remove a review; AliExpress §8).
_CHANGE_S49 = (
    r"\btake\s+(?:\S+\s+){0,4}?(?:off|out\s+of)\s+(?:your|the)\s+(?:review|feedback|rating)\b|"
    r"\b(?:give|giving)\s+it\s+a\s+(?:quick\s+)?(?:refresh|tweak|touch-?up)\b|"
    r"\b(?:stars?|reviews?|ratings?)\s+(?:\w+\s+){0,4}?(?:show|tell|reflect)\w*\s+(?:\w+\s+){0,2}?(?:happy\s+)?ending\b|"
    r"\b(?:aus|in)\s+(?:ihrer|deiner|der)\s+(?:bewertung|rezension)\s+(?:\w+\s+)?(?:herauszunehmen|herausnehmen|rauszunehmen|rausnehmen|zu\s+streichen|streichen)\b|"
    r"\b(?:sterne|bewertung)\s+(?:\w+\s+){0,4}?happy\s+end\s+(?:\w+\s+)?(?:zeigen|widerspiegeln|erzählen)\w*|"
    r"\b(?:rivedere|cambiare|alzare|modificare|ritoccare)\s+(?:il|quel)\s+voto\b|\bstellin[ae]\s+(?:\w+\s+){0,3}?raccont\w*\s+(?:\w+\s+){0,3}?finale\b|"
    r"\bdar\s+uma\s+(?:atualizadinha|atualizada|revisadinha)\b|\bзаглян\w*\s+в\s+(?:него|неё|нее|отзыв)\s+(?:ещё|еще)\s+раз\b|"
    r"(?:리뷰|후기|평점)[^.!?。\n]{0,30}?업데이트|להעיף\s+מבט\s+(?:נוסף|שוב)\s+על\s+ה?(?:דירוג|ביקורת)"
)
_CHANGE_S49_ANCHORS = "take|giving|give|ending|heraus|raus|streichen|happy end|voto|finale|atualizad|revisadinha|заглян|업데이트|להעיף"
REVIEW_CHANGE_S49 = linked_family(
    "review.change",
    {"xx": _CHANGE_S49_ANCHORS},
    {"xx": [_CHANGE_S49]},
    {"xx": rf"{_ALL_REVIEWS}|\bvoto\b"},  # ("il voto che ci hai dato": the mark given is the review)
    after=True,
    inside=True,
)

# The top mark in the buyer's school grades ("if they earn an A+ from you, we'd love to see that in a review", "Wenn Sie
# uns eine glatte Eins geben würden", "Si vous nous trouvez dignes d'un 20/20", "Si crees que nos merecemos un 10",
# "Если он тянет на пятёрку с плюсом, оставьте отзыв", "beş üzerinden beş bekliyoruz"), and the displeased buyer sent
# to the seller first in the review's sentence ("… and if something's off, write to us first", "escríbenos primero a
# nosotros", "melden Sie sich bitte zuerst bei uns", "сначала напишите нам": stop 49 probes): only the good reviews
# wanted (Amazon Community Guidelines: no positive-only asks, no diverting negative reviews; AliExpress §8).
_TOP_GRADE = (
    r"\ban\s+a\+|\bstraight\s+a'?s\b|\bfull\s+marks\b|\b(?:ten|10)\s+out\s+of\s+(?:ten|10)\b|\b(?:five|5)\s+out\s+of\s+(?:five|5)\b|"
    r"\bglatte\s+(?:eins|1)\b|\beine\s+eins\s+mit\s+stern(?:chen)?\b|\b20/20\b|\bdix\s+sur\s+dix\b|"
    r"\b(?:merecemos|merece|merecer|vale|valga)\s+un\s+(?:10|diez)\b(?![.,%]\d|\s*%)|\bmatrícula\s+de\s+honor\b|"
    r"\b(?:10|dieci)\s+e\s+lode\b|\bszóstk\w*|\bcelując\w*|\btien\s+met\s+een\s+griffel\b|\bpięć\s+na\s+pięć\b|"
    r"пят[её]рк\w*|beş\s+üzerinden\s+beş|(?:خمسة|٥)\s+من\s+(?:خمسة|٥)|מאה\s+אחוז\s+ציון"
)
_FIRST_TO_US = (
    r"\b(?:write|message|contact|come\s+to|talk\s+to|tell)\s+us\s+first\b|\bplease\s+come\s+to\s+us\s+first\b|"
    r"\b(?:écrivez|contactez|dites)[-\s](?:le\s+)?nous\s+(?:plutôt\s+|d'abord\s+)?(?:d'abord|plutôt|avant)\b|\bdites-le\s+plutôt\s+à\s+nous\b|"
    r"\bescr[íi]b(?:enos|anos)\s+(?:antes|primero)\b|\bmejor\s+escr[íi]b(?:enos|anos)\b|"
    r"\bmelden\s+sie\s+sich\s+(?:bitte\s+)?zuerst\b|\bschreiben\s+sie\s+uns\s+(?:bitte\s+)?zuerst\b|"
    r"\bscrivici\s+prima\b|\bci\s+scriva\s+prima\b|\b(?:fale|fala)\s+com\s+a\s+gente\s+primeiro\b|\bnos\s+(?:chame|escreva)\s+primeiro\b|"
    r"\bneem\s+eerst\s+contact\b|\blaat\s+het\s+ons\s+eerst\s+weten\b|\bnajpierw\s+(?:napisz|napisać|skontaktuj)\w*|"
    r"\bhör\s+av\s+dig\s+till\s+oss\s+först\b|\bkontakta\s+oss\s+först\b|önce\s+bize\s+(?:yazın|ulaşın|yazınız)|"
    r"сначала\s+напишите\s+нам|(?:راسلنا|تواصل\s+معنا)\s+أول[اًا]|(?:פנו|כתבו)\s+אלינו\s+קודם|"
    r"先に(?:ご連絡|連絡)|先(?:联系|聯繫)我(?:们|們)|먼저\s*(?:연락|문의|말씀)"
)
_POSITIVE_S49_ANCHORS = (
    "a+|straight|full marks|out of|glatte|eins|20/20|dix sur|un 10|un diez|matrícula|lode|szóstk|celując|griffel|pięć na|"
    "пятёрк|пятерк|üzerinden|من خمسة|من ٥|מאה|us first|écrivez|contactez|dites|escríb|escrib|melden|schreiben|scrivici|scriva|"
    "primeiro|eerst|najpierw|först|önce|сначала|أول|קודם|先に|先联|先聯|먼저"
)
# (the seller first only beside a review asked of the pleased buyer: "Если что-то не так, сначала напишите нам, а не в
# отзыв" alone asks for no review — tests/rules/test_stop34.py)
_PLEASED = "|".join(
    f"(?:{words})" for table in (IF_HAPPY, IF_LIKED, IF_FINE, TOP_MARKS) for words in table.values()
)
_PLEASED_S49 = rf"{_PLEASED}|{_TOP_GRADE}|\bsi\s+(?:te|le|les|os)\s+(?:ha|han)\s+gustado\b"
REVIEW_POSITIVE_S49 = merged(
    *(
        linked_family(
            "review.positive_only",
            {"xx": _POSITIVE_S49_ANCHORS},
            {"xx": [pattern]},
            {"xx": _ALL_REVIEWS},
            after=True,
            inside=True,
            also=also,
        )
        for pattern, also in ((_TOP_GRADE, None), (_FIRST_TO_US, {"xx": _PLEASED_S49}))
    )
)

# The case kept from the platform for money sent outside it: "please don't open a dispute, I'll refund you by PayPal",
# "cancel the return on Amazon and I'll PayPal you the full amount", "si la cancelas en Amazon yo te deposito por Mercado
# Pago", "返品リクエストを取り消していただければ、PayPayで全額", "אם תבטל את ההחזרה באמזון אשלח לך … בביט" (blind probes in
# 16 languages, stop 48). As ``DISPUTE_FOR_DIRECT_MONEY``, whose closing of an open dispute this widens to a dispute
# not opened and a return or claim withdrawn: Buyer Protection and the A-to-z Guarantee left for a payment outside them.
KEEP_CASE_CLOSED = (
    r"\b(?:do\s+not|don'?t)\s+(?:open|start|file|raise)\s+(?:a\s+|the\s+|any\s+)?(?:dispute|claim)\b|"
    r"\bcancel\w*\s+(?:the\s+|your\s+|this\s+)?(?:return|refund\s+request|claim|a-to-z(?:\s+claim)?)\b|"
    r"\b(?:rücksendung|retoure|rückgabe|erstattungsantrag)\w*\s+(?:\w+\s+){0,3}?(?:stornier|zurückzieh|abbrech)\w*|"
    r"\b(?:stornieren|ziehen)\s+sie\s+(?:\w+\s+){0,2}?(?:rücksendung|retoure|rückgabe)\w*|\bkein\w*\s+(?:streitfall|disput)\w*\s+(?:er)?öffn\w*|"
    r"\bn'ouvrez\s+pas\s+(?:de\s+)?(?:litige|réclamation)|\bannul\w*\s+(?:le\s+|votre\s+)?(?:retour|réclamation|litige|demande\s+de\s+(?:retour|remboursement))\b|"
    r"\bno\s+(?:abra|abras|abrir)\s+(?:una\s+|la\s+|ninguna\s+)?(?:disputa|reclamaci[oó]n|reclamo)\b|"
    r"\bcancel\w*\s+(?:la\s+|su\s+|tu\s+|el\s+)?(?:devoluci[oó]n|reclamo|reclamaci[oó]n|solicitud\s+de\s+reembolso)\b|\bsi\s+la\s+cancel\w*\s+en\b|"
    r"\bnon\s+apr\w*\s+(?:una\s+|la\s+)?(?:controversia|disputa|contestazione)\b|\bannull\w*\s+(?:il\s+|la\s+)?(?:reso|richiesta\s+di\s+(?:reso|rimborso)|reclamo)\b|"
    r"\bn[ãa]o\s+abr\w*\s+(?:uma\s+|a\s+)?disputa\b|\bcancel\w*\s+(?:a\s+)?(?:devolu[çc][ãa]o|reclama[çc][ãa]o|solicita[çc][ãa]o\s+de\s+reembolso)\b|"
    r"\b(?:retour|terugzending|retourzending|retouraanvraag)\s+(?:\w+\s+){0,3}?annule\w*|\bannule\w*\s+(?:de\s+|je\s+|uw\s+)?(?:retour|retourzending)\b|"
    r"\bgeen\s+geschil\s+(?:\w+\s+)?(?:openen|opent|starten)\b|\banul\w*\s+(?:pan\w*\s+)?zwrot\w*|\bzwrot\w*\s+(?:\w+\s+){0,2}?anul\w*|"
    r"\bnie\s+otwier\w*\s+(?:\w+\s+)?spor\w*|\bavbryt\w*\s+(?:din\s+)?(?:returen|retur|reklamationen)\b|\b(?:öppna|starta)\s+inte\s+(?:någon\s+|en\s+)?tvist\b|"
    r"anlaşmazlık\s+açma(?:yın|yınız|ın)|iade(?:yi|\s+talebini)\s+iptal\s+ed\w*|не\s+открывайте\s+спор|отмени\w*\s+(?:\S+\s+){0,2}?(?:возврат\w*|спор\w*)|"
    r"لا\s+تفتح\w*\s+نزاع\w*|(?:ألغ\w*|إلغاء)\s+(?:طلب\s+)?(?:الإرجاع|الاسترجاع|الاسترداد)|(?:אל|לא)\s+(?:תפתח|תפתחי|לפתוח)\s+(?:\S+\s+)?מחלוקת|"
    r"(?:תבטל|תבטלי|לבטל)\s+את\s+(?:ה)?(?:החזרה|ההחזרה|בקשת\s+ההחזר)|紛争を開かないで|(?:返品|返金)(?:リクエスト|申請)?を(?:取り消|キャンセル|取り下げ)|"
    r"(?:不要|别|別|请勿|請勿)(?:再)?(?:开|開|提起|发起|發起)(?:纠纷|糾紛|争议|爭議)|(?:取消|撤销|撤銷)(?:退款|退货|退貨)(?:申请|申請)?|"
    r"분쟁\s*(?:을\s*)?(?:열지|제기하지|오픈하지)\s*말|(?:반품|환불)\s*(?:요청\s*)?(?:을\s*)?취소"
)
# (one word of each form, the rarest: "return", "refund", "iade", "返金" stand in most replies)
_KEEP_CASE_CLOSED_ANCHORS = (
    "dispute|claim|cancel|rücksendung|retoure|rückgabe|erstattungsantrag|stornieren|streitfall|disput|litige|réclamation|"
    "annul|abra|abras|abrir|disputa|cancela|controversia|contestazione|geschil|anul|otwier|avbryt|tvist|anlaşmazlık|iptal|"
    "открывайте|отмени|تفتح|ألغ|إلغاء|מחלוקת|תבטל|תבטלי|לבטל|紛争|取り消|キャンセル|取り下げ|纠纷|糾紛|争议|爭議|取消|撤销|撤銷|"
    "분쟁|취소"
)
_DIRECT = (
    r"\b(?:direct(?:ly)?|direkt|directement|directamente|direttamente|diretamente|direto|rechtstreeks|bezpośrednio|doğrudan)\b|"
    r"напрямую|مباشرة|ישירות|直接|직접"
)
_DIRECT_ANCHORS = (
    "direct|directly|direkt|directement|directamente|direttamente|diretamente|direto|rechtstreeks|bezpośrednio|doğrudan|"
    "напрямую|مباشرة|ישירות|直接|직접"
)
# Money named by its channel: the wallets, the bank transfer, and PayPal (which alone is also the platforms' checkout, so
# it counts only with a case kept closed or a first-person payer below); Latin names on ASCII boundaries, as ``_P2P``.
_MONEY_CHANNEL = (
    rf"{_P2P}|(?<![a-z0-9])(?:paypal|monzo|wero|spei|clabe|picpay|bacs)(?![a-z0-9])|сбер\w*|페이팔|باي\s?بال|פייפאל|ペイパル|"
    r"楽天ペイ|西联|西聯|转账|轉賬"
)
_MONEY_CHANNEL_ANCHORS = f"{_P2P_ANCHORS}|paypal|monzo|wero|spei|clabe|picpay|bacs|сбер|페이팔|باي|פייפאל|ペイパル|楽天ペイ|西联|西聯|转账|轉賬"
# The seller as the payer ("I'll PayPal you $10 back", "ich erstatte Ihnen den Betrag lieber selbst per PayPal", "te faço
# um Pix", "PayPayで全額すぐにお送りします", "我用PayPal直接退您", "אחזיר לך 3 דולר ישירות בפייפאל", "سأعيد لك 3 دولارات
# عبر باي بال"): the buyer paid back outside the platform's refund.
SELLER_PAYS = (
    r"\bi(?:'ll|\s+will|\s+can|\s+could)\s+(?:just\s+|also\s+)?(?:paypal|venmo|zelle|revolut|monzo|wise)\s+you\b|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)\s+(?:just\s+)?(?:refund|reimburse|pay|send)\s+you\b|"
    r"\bich\s+(?:erstatte|überweise|schicke|sende|zahle)\b|\bgleiche\s+ich\b|\bje\s+(?:vous\s+|te\s+)?(?:rembourse|renvoie|vire|verse)\b|"
    r"\bvous\s+renvoyer\s+la\s+somme\b|\b(?:le|te)\s+(?:devuelvo|regreso|deposito|transfiero|reembolso)\b|\b(?:le|te)\s+mando\s+(?:los|el|la|\d)|"
    r"\b(?:ti|le)\s+(?:rimborso|restituisco)\b|\b(?:le|ti)\s+faccio\s+un\s+bonifico\b|\bte\s+(?:devolvo|transfiro|reembolso)\b|\bte\s+fa[çc]o\s+um\s+pix\b|"
    r"\b(?:posso|vou)\s+te\s+(?:devolver|mandar|reembolsar)\b|\bte\s+mando\s+\d|\bmaak\s+ik\s+(?:\S+\s+){0,5}?over\b|\b(?:stort|betaal)\s+ik\b|"
    r"\bzrobię\s+przelew\b|\bzwrócę\b|\boddam\b|\bjag\s+(?:swishar|betalar\s+tillbaka|skickar)\b|\bswishar\s+vi\b|"
    r"(?:iade|geri)\s+(?:ederim|gönderirim|göndereyim|gönderelim|edelim)\b|hesabınıza\s+gönder\w*|(?:я\s+)?(?:сразу\s+)?переведу|верну\s+вам|"
    r"سأعيد\s+لك|سأرسل\s+لك|سنعيد\s+لك|سأحو\S*\s+لك|אשלח\s+לך|אחזיר\s+לך|אעביר\s+לך|"
    r"(?:で|にて)(?:全額|直接)?(?:すぐに)?(?:お送り|返金|お返し|お振込)|(?:直接)?退(?:您|你)|(?:转|轉)(?:给|給)(?:您|你)|"
    r"(?:환불해|보내|돌려|입금해)\s*드릴"
)
MONEY_OUTSIDE_S48 = family(
    "offplatform.payment",
    # (the payer's side needs no anchor: the channel is in the same sentence)
    {
        "xx": f"{_KEEP_CASE_CLOSED_ANCHORS}|{_MONEY_CHANNEL_ANCHORS}|{_DIRECT_ANCHORS}",
        "en": _MONEY_CHANNEL_ANCHORS,
    },
    {
        "xx": [near(KEEP_CASE_CLOSED, rf"{_MONEY_CHANNEL}|{_DIRECT}", 120, within=_ANY_LINE)],
        "en": [near(SELLER_PAYS, _MONEY_CHANNEL, 60)],
    },
)

# A reward announced to whoever reviews, in any order and with the verbs and gifts sellers use beyond
# ``WHO_INCENTIVE_R7``'s ("Wij vergoeden de verzendkosten voor iedereen die even een review plaatst", "per chi ci lascia un
# parere su Amazon abbiamo pensato a un piccolo omaggio", "Тем, кто ставит пятёрку, мы шлём небольшой сюрприз", "별 다섯
# 개 주신 분들께는 작은 선물 보내드리고 있어요", "★5をつけてくださったお客様には…プレゼントをお届けしております": blind
# probes, stop 48). Who and the review together, the giving and the gift together, in one sentence.
_WHO_S48 = _WHO | {
    "it": _WHO["it"] + r"|\bper\s+chi\b",
    "ar": _WHO["ar"] + r"|(?:عملاؤنا|العملاء|الزبائن)\s+(?:اللي|الذين)",
    "ja": r"(?:くださった|いただいた|頂いた|下さった)(?:お客様|方|皆様)(?:に|へ)",
    "zh": r"(?:给|給|留下?)(?:好评|好評|五星|评价|評價)的(?:买家|買家|顾客|顧客|客户|客戶|亲|朋友)",
    "tr": r"(?:yapan|yazan|bırakan|veren)\s+(?:tüm\s+|her\s+)?(?:müşteri\w*|herkes\w*|alıcı\w*)",
}


def _widened(base: dict[str, str], extra: dict[str, str], default: str = "(?!)") -> dict[str, str]:
    """``base``'s words in each language of ``_WHO_S48`` (``default`` where it has none), with ``extra``'s after them."""
    return {lang: base.get(lang, default) + extra.get(lang, "") for lang in _WHO_S48}


_REVIEW_S48 = _widened(
    R7_REVIEW,
    {
        "it": r"|parer[ei]|recensisc\w*",
        "pt": r"|experi[êe]ncia|avalia[mr]?\b",
        "pl": r"|zrecenzowa\w*",
        "ru": r"|пят[её]рк\w*",
        "en": r"|experience",
        "ja": r"|★\s?5|星5",
        "ko": r"|별\s*(?:다섯|5)\s*개",
    },
)
_GIVES_S48 = _widened(
    _GIVES,
    {
        "en": r"|\b(?:we\s+(?:like\s+to\s+)?(?:take\s+care\s+of|reward|treat)|headed\s+your\s+way|there\s+might\s+be)\b",
        "nl": r"|\bvergoed\w*",
        "pl": r"|\boddajemy\b|\blosujemy\b",
        "ru": r"|шл[её]м|отправляем|высылаем|разыгрываем",
        "ar": r"|نرسل\s+لهم|نعطيهم|نهديهم",
        "ko": r"|보내\s*드리|드리고",
        "it": r"|\babbiamo\s+pensato\s+a\b|\bc'è\b|\bestraiamo\b",
        "pt": r"|\bentram\b|\bsorteamos\b",
        "es": r"|\brifamos\b|\bsorteamos\b|\bpasan\s+a\s+ser\b",
        "ja": r"|お届け|お送り|差し上げ|進呈",
        "zh": r"|送|赠送|贈送|返",
        "tr": r"|veriyoruz|gönderiyoruz|hediye\s+ediyoruz",
    },
)
_GIFT_S48 = _widened(
    {lang: BENEFIT.get(lang, "(?!)") + _GIFT.get(lang, "") for lang in _WHO_S48},
    {
        "en": r"|something\s+nice",
        "nl": r"|\bverzendkosten\b|iets\s+leuks",
        "pl": r"|\bprezen\w*|\d+\s?%\s+ceny|\bpróbk\w*|\bdarmow\w*",
        "ru": r"|сюрприз\w*",
        "it": r"|\bomaggio\b|\bsconto\b",
        "pt": r"|\bclube\s+vip\b|\bfrete\s+gr[áa]tis\b",
        "es": r"|tarjeta\s+de\s+regalo|\bclientes?\s+preferentes?\b|\benv[ií]o\s+prioritario\b",
        "ja": r"|プレゼント|粗品|特典",
        "zh": r"|小礼物|小禮物|礼品|禮品|红包|紅包|返现|返現",
        "tr": r"|hediye\w*|indirim\w*",
    },
)
WHO_REWARD_S48 = family(
    "review.incentive",
    # (anchored on the review words, rarer in replies than "all", "los", "de", "кто", "من")
    {
        lang: R7_REVIEW_ANCHORS[lang]
        + {
            "it": "|parer|parere|pareri|recensisc",
            "pt": "|experiência|experiencia|avalia|avaliam|avaliar",
            "pl": "|zrecenzowa",
            "ru": "|пятёрк|пятерк",
            "en": "|experience",
            "ja": "|★|星5",
            "ko": "|별",
        }.get(lang, "")
        for lang in _WHO_S48
    },
    {
        lang: [
            near(
                _chain(_WHO_S48[lang], _REVIEW_S48[lang], gap=40)
                if lang not in ("ja", "ko", "zh")
                else _chain(_REVIEW_S48[lang], _WHO_S48[lang], gap=25),
                _chain(_GIVES_S48[lang], _GIFT_S48[lang], gap=40)
                if lang not in ("ja", "ko", "tr")
                else _chain(_GIFT_S48[lang], _GIVES_S48[lang], gap=25),
                80,
            )
        ]
        for lang in _WHO_S48
    },
)


# Five stars drawn rather than written ("Über ⭐⭐⭐⭐⭐ würden wir uns riesig freuen", "jeśli zostawisz 5⭐!", "נשמח
# ל-⭐⭐⭐⭐⭐ באמזון": stop 50 probes, in four languages): the top mark asked in any language (thanks for a review given
# stays clean: the positive-only veto reads the thank-you as for written stars).
STAR_EMOJI_S50 = family(
    "review.positive_only",
    {"xx": "⭐|★|🌟"},
    {"xx": [r"[⭐★🌟]\ufe0f?(?:\s*[⭐★🌟]\ufe0f?){4}|(?<![\d.,])[5５]\s*[⭐★🌟]"]},
)

# --- stop 51: blind probes (tests/rules/test_stop51.py) ------------------------------------------------------------------
# Promotions in more words: a sale's percentage written with a minus or "up to" ("Toute notre gamme … à -40 %",
# "scontati fino al 50%", "do -40%"), a mailing list joined, the shop followed ("abonnez-vous à notre boutique", "Ci segua
# per non perdere le offerte", "Zaobserwuj naszą markę"), the seller's other products ("du hittar den bland våra andra
# produkter", "Já conhece nossos outros aromatizadores?", "Provi anche le nostre capsule", "you might like our bamboo
# board set"). Amazon Communication Guidelines: no marketing or promotional messages (shared/platforms/amazon.md §5.1).
_SALE_WORDS = (
    # (the English "sale" only as a named sale: the Spanish verb "te sale un 15 % más barato" and "15% of every sale" are
    # no promotion)
    r"\b(?:summer|winter|spring|autumn|holiday|christmas|flash|clearance|big|seasonal|end-of-season)\s+sale\b|"
    r"\bsale\s+(?:starts|ends|on\s+(?:all|every))\b|"
    r"\b(?:saldi|soldes|rebajas|liquidaci[oó]n|promo[çc][ãa]o|liquida[çc][ãa]o|uitverkoop|wyprzeda[żz]\w*|rea|"
    r"ausverkauf|schlussverkauf|sommerschlussverkauf|winterschlussverkauf|black\s+(?:friday|week)|cyber\s+monday|"
    r"kampanya\w*)\b|распродаж\w*|تخفيضات|מבצע\w*|セール|促销|大促|세일"
)
PROMO_S51 = family(
    "marketing.promotion",
    {
        # (words of the match rarer than its first: a two-letter or everyday anchor opens a window in most messages)
        "xx": "%|％|sale|saldi|soldes|rebajas|liquidación|liquidacion|promoção|promocao|liquidação|uitverkoop|wyprzedaż|wyprzedaz|"
        "rea|ausverkauf|schlussverkauf|sommerschlussverkauf|winterschlussverkauf|kampanya|распродаж|تخفيضات|מבצע|"
        "セール|促销|大促|세일|mailing|email|e-mail|vip|insider|members|member|abonnez|segua|seguiteci|zaobserw|andra|outros|outras|"
        "provi|like|love|enjoy"
    },
    {
        "xx": [
            # a discount written as a minus: "-40 %", "do -40%" (not a range "10-20 %", not a temperature)
            r"(?<![\w.,%-])-\s?\d{1,2}\s?[%％](?!\w)",
            # (not a share: "Your order arrived during Black Friday week; 95% of parcels arrive within 3 days", stop 41)
            near(_SALE_WORDS, r"\d{1,2}\s?[%％](?!\s*(?:of|de|du|des|del|della|di|van|av|der)\b)", 80),
            r"\b(?:join|sign\s+up\s+(?:for|to)|subscribe\s+to)\s+our\s+(?:\w+\s+)?(?:mailing|e-?mail|vip|insider|members?)\s+(?:list|club)\b",
            r"\babonnez-vous\s+à\s+(?:notre|nos)\s+(?:boutique|page|chaîne|compte|marque)\b",
            r"\bci\s+segua\b|\bseguiteci\b",
            r"\bzaobserw\w*\s+(?:nasz[aąe]?|nas)\b",
            r"\bbland\s+(?:våra|vårt)\s+andra\s+produkter\b",
            r"\bconhece\s+(?:os\s+|as\s+)?(?:nossos|nossas)\s+outr[oa]s\b",
            r"\bprovi\s+anche\s+(?:i\s+|le\s+|il\s+|la\s+)?nostr[aeio]\b",
            r"\byou\s+(?:might|may|would|could)\s+(?:also\s+)?(?:like|love|enjoy)\s+our\b",
        ]
    },
)
# Paying outside in more words: the bank details sent and the buyer transferring ("ich schick dir die Bankdaten und du
# überweist die 89 €"), a PostePay top-up or a transfer to us ("Può farci una ricarica PostePay o un bonifico"), PayPal in
# Hebrew ("תשלח 6 דולר בפייפאל"), an invoice "paid directly", payment by transfer in Polish ("zapłata przelewem bankowym"),
# "оплата … напрямую нам", the shop's own site or another marketplace as the cheaper place next time ("公式サイトから購入した
# 方が安い", "下次可以去那边买", "다음엔 거기서 주문하세요", "oradan alırsanız"). Communication Guidelines; AliExpress §8.
PAYMENT_S51 = family(
    "offplatform.payment",
    {
        "xx": "bankdaten|bankverbindung|kontodaten|überweist|überweisen|postepay|bonifico|בפייפאל|בפייפל|directly|przelewem|"
        "оплат|公式サイト|自社サイト|オンラインショップ|ホームページ|下次|다음|oradan"
    },
    {
        "xx": [
            r"\b(?:schick|send)\w*\s+(?:dir|ihnen|euch)\s+(?:die|unsere|meine)\s+(?:bankdaten|bankverbindung|kontodaten)\b",
            r"\bdu\s+überweist\b|\büberweisen\s+sie\s+(?:uns|mir)\b",
            r"\bricarica\s+postepay\b|\b(?:farci|farmi)\s+(?:\w+\s+){0,4}?bonifico\b",
            r"(?:בפייפאל|בפייפל)",
            r"\bpay\s+(?:it|this|that|the\s+(?:invoice|difference|balance|rest))\s+directly\b",
            r"\b(?:zapłata|płatność|zapłacić|zapłać)\s+(?:\w+\s+)?przelewem\b",
            # (not "Напрямую нам деньги переводить не нужно", the advice)
            r"оплат\w*\s+(?:\S+\s+){0,3}?напрямую",
            r"(?:公式サイト|自社サイト|オンラインショップ|ホームページ)(?:から|で)(?:の)?(?:ご)?(?:購入|注文)\S{0,8}?(?:安い|お得)",
            r"下次(?:可以)?(?:去|到|在)(?:那边|那邊|那里|那裡)(?:买|買|下单|下單)",
            r"다음엔?\s*(?:거기서|그쪽에서|저희\s*(?:사이트|홈페이지|스토어)에서)\s*(?:주문|구매)",
            r"\boradan\s+(?:alırsanız|sipariş\s+verirseniz)",
        ]
    },
)
# Stop 52 probes: the buyer's own bank details asked for, so that the seller pays or refunds them directly ("Wilt u uw IBAN
# sturen?", "Me passa sua chave?", "IBAN'ınızı yazar mısınız?", "أرسل لنا رقم الآيبان", "口座情報をお知らせいただけますでしょうか",
# "Доплату … можно перевести на Сбер по номеру карты"): money moved outside the platform's refund or checkout (Communication
# Guidelines; AliExpress §8, payment outside Buyer Protection). ``PAYEE_ID_R21`` reads the details near any verb of
# sending (and now these words too); these patterns read the request itself, imperative first, as one span — measured
# at this stop, folding them into that family alone lost a held-out catch (its vetoes read the span they are given).
_UNSAID_S52 = r"(?<!never\s)(?<!n't\s)(?<!not\s)(?<!no\s)(?<!nie\s)(?<!не\s)"
PAYMENT_S52 = family(
    "offplatform.payment",
    {
        "xx": "iban|bank|sort code|pix|paypal|kontonummer|kontodaten|rib|bancaires|cuenta|bancari|chave|rekeningnummer|"
        "bankgegevens|konta|rachunku|clearingnummer|bankuppgifter|реквизит|карты|сбер|الآيبان|الايبان|حسابك|חשבון|口座|"
        "银行卡|銀行卡|银行账|銀行帳|支付宝账|支付寶帳|계좌|карту"
    },
    {
        "xx": [
            _UNSAID_S52
            + r"\b(?:send|give|share|tell)\s+(?:us|me)\s+your\s+(?:iban|bank\s+(?:details|account(?:\s+number)?)|sort\s+code|pix\s+key|paypal(?:\s+(?:address|e-?mail))?)\b",
            r"\b(?:senden|schicken|geben|nennen)\s+sie\s+(?:uns|mir)\s+(?:bitte\s+)?ihre\s+(?:iban|bankverbindung|kontonummer|kontodaten)\b",
            r"\b(?:envoyez|transmettez|communiquez|donnez)[-\s](?:nous|moi)\s+(?:votre\s+)?(?:iban|rib|coordonnées\s+bancaires)\b",
            _UNSAID_S52
            + r"\b(?:env[ií]e(?:nos|me)|m[aá]nde(?:nos|me)|p[aá]se(?:nos|me)|ind[ií]que(?:nos|me))\s+(?:su|tu)\s+(?:iban|n[uú]mero\s+de\s+cuenta|cuenta\s+bancaria|datos\s+bancarios)\b",
            r"\b(?:inviar|mandar|indicar|comunicar)(?:ci|mi)\s+(?:il\s+(?:suo|tuo)\s+)?(?:iban|numero\s+di\s+conto|coordinate\s+bancarie)\b",
            r"\bme\s+passa\s+(?:a\s+)?sua\s+chave\b|\b(?:envie|mande|passe|informe)(?:-?nos|-?me)?\s+(?:a\s+)?sua\s+(?:chave(?:\s+pix)?|conta\s+banc[aá]ria|iban)\b",
            r"\b(?:uw|je)\s+(?:iban|rekeningnummer|bankgegevens)\s+(?:\w+\s+)?(?:sturen|doorgeven|toesturen|mailen)\b",
            _UNSAID_S52
            + r"\b(?:podać|podaj|prześlij|proszę\s+o)\s+(?:\w+\s+)?(?:numer\s+(?:konta|rachunku)|iban)\b",
            r"\b(?:skicka|ge|uppge)\s+(?:oss|mig)\s+(?:ditt|din|dina)\s+(?:kontonummer|clearingnummer|iban|bankuppgifter)\b",
            r"iban'?ınız\w*\s+(?:\S+\s+)?(?:yazar|gönder|ilet|paylaş)\w*|iban'?ınıza\s+(?:\S+\s+)?(?:direkt|doğrudan)",
            _UNSAID_S52
            + r"(?:пришлите|напишите|сообщите|скиньте)\s+(?:\S+\s+)?номер\s+(?:вашей\s+)?карты|перев\w*\s+(?:\S+\s+){0,3}?на\s+сбер\w*|по\s+номеру\s+карты",
            r"(?:أرسل|ارسل)\s+(?:لنا|لي)\s+(?:رقم\s+)?(?:الآيبان|الايبان|حسابك)|تحويل\s+مباشر\s+(?:على|إلى)\s+حسابك",
            r"(?:שלח|תשלח|שלחי)\s+(?:לנו|לי)\s+(?:את\s+)?(?:מספר\s+(?:ה)?חשבון|פרטי\s+(?:ה)?חשבון)",
            r"口座(?:情報|番号)(?:を)?(?:お知らせ|教え|ご連絡|お送り)",
            r"(?:发|發|告诉|告訴)(?:一下)?(?:我们|我們|我)?(?:您的|你的)?(?:银行卡号|銀行卡號|银行账号|銀行帳號|支付宝账号|支付寶帳號)",
            r"계좌\s*번호\s*(?:를|을)?\s*(?:알려|보내)",
            # the sum sent by PayPal, PayPal's "friends and family" in the buyer's language, the refund to a card with no
            # dispute ("Bitte senden Sie den Betrag per PayPal an …", "réglés par PayPal entre amis", "верну на карту без
            # спора": stop 52 probes)
            r"\b(?:senden|schicken|überweisen|zahlen)\s+sie\s+(?:uns\s+)?(?:den|die)\s+(?:betrag|summe|differenz)\s+(?:\w+\s+)?(?:per|via|über|mit)\s+paypal\b",
            r"\bpaypal\s+(?:entre\s+amis|amigos\s+y\s+familia|amici\s+e\s+familiari|vrienden\s+en\s+familie|freunde\s+(?:und|&)\s+familie|amigos\s+e\s+familiares)\b",
            r"верн\w*\s+(?:\S+\s+)?на\s+карту\s+(?:без\s+спора|напрямую|минуя)",
        ]
    },
)
# Stop 52 probes: the review taken away as "the one with N stars" ("dá pra você apagar aquela de 1 estrela?", "¿puedes
# borrar la de 1 estrella?", "remove the 1-star one") or withdrawn in Japanese ("低評価の取り下げをお願い"): a change
# request (Communication Guidelines; AliExpress §8).
REVIEW_CHANGE_S52 = family(
    "review.change",
    {
        "xx": "apagar|remover|excluir|borrar|quitar|eliminar|cancellare|rimuovere|togliere|supprimer|retirer|remove|delete|取り下げ|"
        "wrote|posted|geschrieben|écrit|escribiste|escribió|pusiste|publicaste|scritto|escreveu|schreef|napisał|skrev|"
        "yazdı|написали|كتبت|שכתבת|投稿いただいた内容|書かれた内容|写的|寫的|쓰신|작성하신"
    },
    {
        "xx": [
            r"\b(?:apagar|remover|excluir|borrar|quitar|eliminar|cancellare|rimuovere|togliere|supprimer|retirer|remove|delete)\s+"
            r"(?:aquela|essa|esa|aquella|la|quella|celle|the)\s+(?:one\s+)?(?:de|da|con|à|with|a)\s+(?:\d|una?|one)\s*[- ]?"
            r"(?:estrelas?|estrellas?|stelle|stella|étoiles?|stars?)\b|\bremove\s+the\s+(?:\d|one)[- ]star\s+one\b",
            # what the buyer wrote, asked to be changed or taken away, with no review word ("Kan du ta bort det du skrev?",
            # "consegue mudar aquilo que você escreveu?", "Можете поправить то, что написали?", "ممكن تشيل اللي كتبته",
            # "先日ご投稿いただいた内容について、削除をご検討", stop 52 probes)
            r"\b(?:change|edit|update|remove|delete|take\s+down)\s+what\s+you\s+(?:wrote|posted)\b|"
            r"\bwas\s+sie\s+(?:geschrieben|gepostet)\s+haben,?\s+(?:zu\s+)?(?:ändern|löschen|anpassen|entfernen)\b|"
            r"\b(?:modifier|supprimer|changer|retirer)\s+ce\s+que\s+vous\s+avez\s+écrit\b|"
            r"\b(?:cambiar|borrar|quitar|eliminar|editar|modificar)\s+lo\s+que\s+(?:escribiste|escribió|pusiste|puso|publicaste)\b|"
            r"\b(?:cambiare|modificare|togliere|cancellare|rimuovere)\s+quello\s+che\s+(?:hai|ha)\s+scritto\b|"
            r"\b(?:mudar|apagar|tirar|editar|alterar|remover)\s+(?:aquilo|o)\s+que\s+(?:voc[êe]\s+)?escreveu\b|"
            r"\b(?:aanpassen|verwijderen|wijzigen|veranderen)\s+wat\s+(?:je|u)\s+(?:schreef|geschreven\s+hebt|geschreven\s+heeft)\b|"
            r"\b(?:zmienić|usunąć|poprawić|edytować)\s+to,?\s+co\s+(?:pan\s+|pani\s+)?napisał\w*|"
            r"\b(?:ta\s+bort|ändra|redigera)\s+det\s+(?:du|ni)\s+skrev\b|yazdı(?:klarınızı|ğınızı)\s+(?:değiştir|sil|düzelt)\w*|"
            r"(?:поправить|изменить|удалить|исправить|убрать)\s+то,?\s+что\s+(?:вы\s+)?написали|"
            r"(?:تشيل|تحذف|تغير|تعدل)\s+(?:اللي|الذي|ما)\s+كتبت\w*|(?:למחוק|לשנות|לערוך)\s+(?:את\s+)?מה\s+שכתבת|"
            r"(?:ご投稿いただいた内容|書かれた内容)(?:について|を)?[^。！？\n]{0,20}?(?:削除|変更|修正|見直し)|"
            r"(?:您|你)(?:写|寫)的(?:内容|內容)?[^。！？\n]{0,6}?(?:删|刪|改)|(?:쓰신|작성하신)\s*(?:글|내용)\s*(?:을|를)?\s*(?:수정|삭제)",
            r"(?:評価|レビュー|口コミ)(?:の|を)取り下げ",
        ]
    },
)
# Review changes in more words: "die 1-Sterne-Bewertung eventuell rausnehmen", "riconsiderare il suo giudizio",
# "コメントの修正をご検討いただけないでしょうか", "댓글을 수정해 주실 수 있을까요", "追评改一下", "把带图的评价撤掉"
# (Communication Guidelines: no asking to change or remove a review; AliExpress §8).
REVIEW_CHANGE_S51 = family(
    "review.change",
    {
        "xx": "rausnehmen|herausnehmen|runternehmen|riconsiderare|コメント|レビュー|評価|댓글|리뷰|평가|후기|评价|評價|追评|追評|差评|差評|评论|評論"
    },
    {
        "xx": [
            r"\b(?:bewertung|rezension)\w*\s+(?:\w+\s+){0,2}?(?:rausnehmen|herausnehmen|runternehmen)\b",
            r"\briconsiderare\s+(?:il\s+)?(?:suo|tuo)\s+(?:giudizio|voto)\b",
            r"(?:コメント|レビュー|評価)の(?:修正|訂正|変更|削除)を(?:ご)?検討",
            r"(?:댓글|리뷰|평가|후기)(?:을|를)?\s*(?:수정|삭제|변경)해\s*주실\s*수",
            r"(?:评价|評價|追评|追評|差评|差評|评论|評論)(?:\S{0,2}?)(?:改一下|改改|修改一下|删一下|刪一下|删掉|刪掉|撤掉|撤一下)",
        ]
    },
)

# The review named, then taken away by a pronoun or with no object, or its removal made a condition ("Você poderia
# removê-lo, por favor?", "תוכל בבקשה למחוק אותה?", "麻烦您把它删掉可以吗", "それを消してもらえますか", "değiştirebilir
# misiniz onu?", "ممكن تغيره لو سمحت؟", "수정해 주실 수 있나요", "Kunt u hem weghalen", "Se você apagar, …", "if you can
# remove it we send you …", "если удалите его", "Si elle n'est pas retirée d'ici vendredi", "Als deze niet binnen 5 dagen
# verwijderd is", "3 gün içinde kaldırılmazsa", "3日以内に削除されない場合", "אם לא תסיר", "إذا لم تحذفه": stop 51 probes,
# second round). The review must be named up to 200 characters before. Communication Guidelines; AliExpress §8.
_TAKE_IT_AWAY = (
    # (asked, not told how: "para removê-lo, gire a tampa", "מומלץ להסיר אותה במים חמים" are the filter and the sticker)
    r"\b(?:poderia|pode|podia|consegue|conseguiria)\s+(?:\w+\s+){0,2}?(?:(?:remov|apag|exclu|alter|mud)(?:ê|á|í)-(?:lo|la)\b(?!\s+d[aeo]\s)|mudar\s+ela\b)|"
    r"(?:תוכל|תוכלי|תוכלו|אפשר|בבקשה)\s+(?:\S+\s+){0,2}?(?:למחוק|להסיר|לשנות|להוריד)\s+אות(?:ה|ו)|(?:把它|将它|將它)(?:删|刪|改|撤)|それを(?:消して|削除して|修正して|変更して)|"
    # (the object named: "Adresi değiştirebilir misiniz?", "주소를 변경해 주실 수 있나요" change the address; nor the English "if
    # you remove it", which is as often the lid: "If you remove it, rinse it in warm water")
    r"(?:değiştirebilir|kaldırabilir|silebilir)\s+misiniz\s+onu|\bonu\s+(?:değiştirebilir|kaldırabilir|silebilir)\s+misiniz|"
    r"ممكن\s+(?:تغيره|تحذفه|تحذفيه|تغيريه|تعدله|تعدليه)|"
    r"(?:(?<=[.!?。\n])|(?<=[.!?。\n]\s)|혹시\s+)(?:수정|삭제|변경)해\s*주실\s*수\s*있|\bhem\s+weghalen\b|"
    r"\bse\s+voc[êe]\s+(?:apagar|remover|excluir|tirar)\b|"
    r"если\s+(?:вы\s+)?(?:удалите|уберёте|уберете|измените)|"
    r"\bsi\s+(?:elle|il)\s+n'est\s+pas\s+(?:retiré|supprimé|modifié)e?\b|\bals\s+(?:deze|die|hij)\s+niet\s+(?:binnen\s+\S+\s+\S+\s+)?(?:verwijderd|aangepast)\b|"
    r"(?:kaldırılmazsa|silinmezse|kaldırmazsanız|silmezseniz|değiştirmezseniz)|(?:削除|修正|変更)(?:され|し)ない場合|"
    r"אם\s+לא\s+(?:תסיר|תמחק|תשנה)|إذا\s+لم\s+(?:تحذف|تغير|تعدل)\w*"
)
REVIEW_CHANGE_IT_S51 = linked_family(
    "review.change",
    {
        "xx": "poderia|pode|podia|consegue|conseguiria|תוכל|תוכלי|תוכלו|אפשר|בבקשה|把它|将它|將它|それを|onu|misiniz|"
        "ممكن|수정해|삭제해|변경해|weghalen|apagar|remover|excluir|tirar|если|retiré|retirée|supprimé|supprimée|modifié|modifiée|"
        "verwijderd|aangepast|kaldırılmazsa|silinmezse|kaldırmazsanız|silmezseniz|"
        "değiştirmezseniz|されない場合|しない場合|תסיר|תמחק|תשנה|تحذف|تغير|تعدل"
    },
    {"xx": [_TAKE_IT_AWAY]},
    {"xx": _REVIEWED_OR_REVIEW},
    reach=200,
)

INTL_FAMILIES: tuple[Family, ...] = (
    REVIEW_PRESSURE,
    CONFIRM_RECEIPT_EARLY,
    CONFIRM_WHILE_TRAVELLING,
    INDIRECT_INCENTIVE,
    SCREENSHOT_REWARD,
    STEPS_REWARD,
    REMOVAL_INCENTIVE,
    TOP_RATING_REWARD,
    REVIEW_CHANGE_INTL,
    REMOVAL_CHANGE,
    RAISE_CHANGE,
    POLITE_CHANGE,
    POLITE_INCENTIVE,
    NO_LONGER_CHANGE,
    NO_LONGER_INCENTIVE,
    OFFPLATFORM_ORDERING,
    OUR_ACCOUNT_PAYMENT,
    ACCOUNT_GIVEN_PAYMENT,
    POSITIVE_INTL,
    TOP_RATING,
    POSITIVE_IF_FINE,
    REQUEST_INTL,
    MARKETING_INTL,
    PROMOTION_R41,
    SHOP_PROMOTION_R41,
    NEW_PRODUCT_R41,
    STORE_VISIT_S47,
    NEW_MODEL_S47,
    SALE_S47,
    REFERRAL_S47,
    LOYALTY_S47,
    FOLLOW_S47,
    CROSS_SELL_S47,
    PRIVATE_DEAL_S47,
    PAYMENT_INTL,
    REVIEW_PRESSURE_R5,
    REVIEW_CHANGE_R5,
    REMOVAL_INCENTIVE_R5,
    OFFPLATFORM_R5,
    REVIEW_URGENT,
    LISTING_GONE_PRESSURE,
    POSITIVE_OR_TO_US,
    OTHERS_AND_CHECKS_PRESSURE,
    POSITIVE_IF_LIKED,
    POSITIVE_IF_SATISFIED,
    RECONSIDER_CHANGE,
    OFFPLATFORM_DIRECT,
    MONEY_SENT_OFF_PLATFORM,
    _PAY_US_ES,
    REVIEW_NOT_YET,
    REVIEW_PRESSURE_R7,
    REVIEW_CHANGE_R7,
    WHO_INCENTIVE_R7,
    PRIZE_INCENTIVE_R7,
    OWN_SHOP_R10,
    P2P_R10,
    P2P_ACCEPTED,
    PAY_LINK_SENT,
    SELL_DIRECT,
    DIRECT_PRICE_R10,
    CANCEL_FOR_DIRECT,
    PAYEE_ID_R21,
    OTHER_MARKETPLACE,
    DISPUTE_FOR_DIRECT_MONEY,
    REVIEW_STATE_CHANGE,
    PROMO_CODE,
    PROMO_FOLLOW,
    PROMO_PRICE_44,
    PROMO_FOLLOW_44,
    NL_SEPARABLE_CHANGE,
    REWARD_BESIDE_REVIEW,
    SECOND_LOOK_CHANGE,
    STAR_MORE_CHANGE,
    COUNTED_MESSAGES,
    REVIEW_EQUALS_BENEFIT,
    LOYALTY_CLUB,
    REVIEW_PRESSURE_S48,
    REVIEW_THEN_BENEFIT,
    REVIEW_CHANGE_S49,
    REVIEW_POSITIVE_S49,
    STAR_EMOJI_S50,
    PROMO_S51,
    PAYMENT_S51,
    PAYMENT_S52,
    REVIEW_CHANGE_S51,
    REVIEW_CHANGE_IT_S51,
    REVIEW_CHANGE_S52,
    MONEY_OUTSIDE_S48,
    WHO_REWARD_S48,
)


# ------------------------------------------------------------------------------------------- platform names

_OUTSIDE = {
    "en": [
        r"\bcheaper\s+than\s+(?:on\s+|at\s+|through\s+)?{P}\b",
        r"\b(?:no|without|avoid\w*|skip\w*|save\s+(?:on\s+)?)\s*(?:the\s+)?{P}(?:'s)?\s+(?:fees?|mark-?up|commissions?|surcharge|cut)\b",
        r"\b(?:outside\s+(?:of\s+)?|off\s+){P}\b",
        r"\b(?:instead\s+of|without|not\s+through|bypass(?:ing)?|skip(?:ping)?)\s+(?:using\s+)?{P}\b",
        # "no need to go through Amazon: you can pay …" (stop 31, batch AV)
        r"\bno\s+need\s+to\s+go\s+(?:through|via)\s+{P}\b",
    ],
    "de": [
        r"\baußerhalb\s+von\s+{P}",
        r"\ban\s+{P}\s+vorbei",
        r"\bohne\s+{P}\b",
        r"\b(?:günstiger|billiger|preiswerter)\s+als\s+(?:bei|auf|über)\s+{P}",
        r"\bohne\s+(?:die\s+)?{P}[-\s]?gebühren",
    ],
    "fr": [
        r"\ben\s+dehors\s+d['e]\s*{P}",
        r"\bsans\s+passer\s+par\s+{P}",
        # "ça vous évite de repasser par Amazon" (tuning batch DO, stop 43)
        r"\b(?:évite[rz]?|éviter)\s+de\s+(?:re)?passer\s+par\s+{P}",
        r"\b(?:pas|plus)\s+besoin\s+de\s+passer\s+par\s+{P}",
        r"\bmoins\s+cher\s+que\s+sur\s+{P}",
        r"\bsans\s+(?:les\s+)?(?:frais|commissions?)\s+(?:de\s+|d')?{P}",
        # "il n'y a pas de commission Amazon" (blind batch EB, stop 44)
        r"\b(?:pas|plus)\s+de\s+(?:frais|commissions?)\s+(?:de\s+|d')?{P}",
    ],
    "es": [
        r"\bfuera\s+de\s+{P}",
        r"\bsin\s+pasar\s+por\s+{P}",
        r"\bno\s+(?:hace\s+falta|es\s+necesario|necesita|necesitas)\s+pasar\s+por\s+{P}",
        r"\bm[aá]s\s+barato\s+que\s+en\s+{P}",
        r"\bsin\s+(?:las\s+|la\s+)?(?:comisi[oó]n(?:es)?|tarifas?)\s+de\s+{P}",
        r"\bno\s+pagar\s+(?:la\s+)?comisi[oó]n(?:es)?\s+de\s+{P}",
    ],
    "it": [
        r"\bfuori\s+(?:da|dal|dalla)\s+{P}",  # "fuori dalla piattaforma" (batch T)
        r"\bsenza\s+passare\s+(?:da|per)\s+{P}",
        r"\bnon\s+(?:serve|occorre|c'è\s+bisogno\s+di|è\s+necessario)\s+passare\s+(?:da|per)\s+{P}",
        r"\b(?:costa\s+meno|più\s+economico|meno\s+caro)\s+(?:che|di)\s+su\s+{P}",
        r"\bsenza\s+(?:le\s+)?commission[ei]\s+di\s+{P}",
    ],
    "pt": [
        r"\bfora\s+d[ao]\s+{P}",
        r"\bsem\s+passar\s+pel[ao]\s+{P}",
        r"\bpagando\s+fora\s+d[oa]\s+(?:app|site|{P})",
        r"\bn[ãa]o\s+(?:precisa|é\s+preciso|é\s+necessário)\s+passar\s+pel[ao]\s+{P}",
        r"\bmais\s+barato\s+(?:do\s+)?que\s+n[ao]\s+{P}",
        r"\bsem\s+(?:as\s+)?(?:taxas|comiss[õo]es)\s+d[ao]\s+{P}",
        # "lá não pagamos a comissão do marketplace" (blind batch EB, stop 44)
        r"\bn[ãa]o\s+(?:pagamos|tem|há)\s+(?:a\s+|as\s+)?(?:taxas?|comiss[ãa]o|comiss[õo]es)\s+d[ao]\s+{P}",
    ],
    "nl": [
        r"\bbuiten\s+{P}(?:\s+om)?",
        r"\b(?:goedkoper|voordeliger)\s+dan\s+(?:op|bij|via)\s+{P}",
        r"\bzonder\s+(?:de\s+)?{P}[-\s]?(?:kosten|commissie|toeslag)",
        r"\bgeen\s+{P}[-\s]?(?:kosten|commissie|toeslag)",  # "geen marketplacekosten" (blind batch EB, stop 44)
    ],
    "pl": [
        r"\bpoza\s+{P}",
        r"\bz\s+pominięciem\s+{P}",
        r"\btaniej\s+niż\s+(?:na|w|przez)\s+{P}",
        r"\bbez\s+prowizji\s+{P}",
        r"\bbez\s+{P}(?:a|u)?\b",  # "możemy to załatwić bez Amazona" (blind batch EB, stop 44)
    ],
    "sv": [
        r"\butanför\s+{P}",
        r"\bförbi\s+{P}",
        r"\bbilligare\s+än\s+(?:på|via)\s+{P}",
        r"\butan\s+{P}s?\s+avgift\w*",
        r"\bslipper\s+{P}s?\s+avgift\w*",
    ],
    "tr": [
        r"{P}\s+dışında",
        r"{P}\s+üzerinden\s+değil",
        r"{P}'?(?:dan|den|tan|ten)\s+daha\s+(?:ucuz|uygun)",
        r"{P}\s+komisyonu\s+olma(?:dan|dığı)",
        # "Amazon'a hiç girmeden" (without going into Amazon at all: tuning batch DO, stop 43)
        r"{P}'?(?:a|e|ya|ye)\s+(?:hiç\s+)?(?:girmeden|uğramadan)",
    ],
    "ru": [
        r"(?:вне|минуя|в\s+обход)\s+{P}",
        r"дешевле,?\s+чем\s+(?:на|в)\s+{P}",
        r"\bбез\s+{P}",
        r"без\s+комисси\w+\s+{P}",
    ],
    # ("من غير أمازون", without Amazon in Egyptian: tuning batch DO, stop 43)
    # ("بدلاً من الاسترداد عبر أمازون", instead of the refund through Amazon: blind batch DZ, stop 44)
    "ar": [
        r"خارج\s+{P}",
        r"(?:أرخص|أقل)\s+من\s+{P}",
        r"بدون\s+عمولة\s+{P}",
        r"(?:من\s+غير|بدون|بلا)\s+{P}",
        r"بدلا\s+من\s+(?:\S+\s+){0,2}?(?:عبر|من\s+خلال)\s+{P}",
    ],
    "ko": [
        r"{P}\s*(?:밖에서|외부에서|말고|를\s*거치지\s*않고|을\s*거치지\s*않고)",
        r"{P}\s*보다\s*(?:더\s*)?(?:싸|저렴)",
        r"{P}\s*수수료(?:가|는)?\s*없",
    ],
    "he": [
        r"מחוץ\s+ל-?{P}",
        r"(?:ולא|לא)\s+דרך\s+{P}",
        r"\bבלי\s+{P}",
        r"במקום\s+(?:דרך\s+)?{P}",  # "בביט או בפייבוקס במקום דרך אמזון" (blind batch DZ, stop 44)
        r"בלי\s+(?:ה)?עמלו?ת?\s+של\s+{P}",
        r"אין\s+צורך\s+(?:להזמין|לעבור|לקנות)\s+דרך\s+{P}",
    ],
    "ja": [
        r"{P}\s*(?:外|を通さず|を通さない|以外)",
        r"{P}\s*(?:より|よりも)(?:\S{0,4})?(?:安|お得)",
        r"{P}\s*の?手数料(?:が|は)?(?:ない|かからない|なし)",
    ],
    "zh": [
        r"{P}\s*(?:以外|之外|外)",
        r"(?:绕过|繞過|不通过|不通過|跳过|跳過|不走|不用走|不用|无需走|無需走)\s*{P}",  # "不用走平台" (batch T)
        r"比\s*{P}\s*(?:上)?(?:更|还|還)?(?:便宜|优惠|優惠|实惠|實惠)",
        # "没有亚马逊的佣金", "省去平台手續費" (blind batch EB, stop 44)
        r"(?:没有|沒有|省去|省掉|免去|免掉|不收)\s*{P}\s*(?:的)?\s*(?:佣金|手续费|手續費|抽成)",
    ],
}


# "The platform" in the covered languages (declined where the language declines it): "poza platformą", "без
# комиссии площадки", "بعيداً عن عمولة المنصة", "플랫폼 거치지 않고" name no platform but mean this one (batch K).
_GENERIC_PLATFORM = (
    r"(?:the\s+)?(?:platform|marketplace)|(?:die\s+)?plattform|(?:la\s+)?plateforme|(?:la\s+)?plataforma|"
    r"(?:la\s+)?piattaforma|platform(?:ą|y|ie|u|a)?|plattformen|platformu|площадк\w*|платформ\w*|маркетплейс\w*|المنصة|הפלטפורמה|"
    r"플랫폼|プラットフォーム|平台"
)
_GENERIC_PLATFORM_ANCHORS = (
    "platform",
    "marketplace",
    "plattform",
    "plateforme",
    "plataforma",
    "piattaforma",
    "platformą",
    "plattformen",
    "platformu",
    "площадк",
    "маркетплейс",
    "платформ",
    "المنصة",
    "הפלטפורמה",
    "플랫폼",
    "プラットフォーム",
    "平台",
)


# A discount or a code ("20% off", "code GLOW20", "-15 %", "%10 indirim", "خصم 15%", "クーポン", "优惠码"; not a QR code).
_DISCOUNT_CODE = (
    r"\d+\s?%|%\s?\d+|(?<!qr\s)\bcodes?\b(?!\s+qr\b)|\bcoupons?\b|\bvouchers?\b|\bgutschein\w*|\brabatt\w*|\bréduction\b|\bremise\b|"
    # (nor "il codice QR", "el código QR", "le code QR": blind batch ED, stop 44)
    r"\bcódigo\b(?!\s+qr\b)|\bcupón\b|\bcupom\b|\bdescuento\b|\bdesconto\b|\bcodice\b(?!\s+qr\b)|\bsconto\b|\bkortingscode\b|\bkorting\b|"
    r"\bkod\w*(?!\s+qr\b)|\brabat\w*|\brabattkod\b|\bindirim\w*|\bkupon\w*|промокод\w*|скидк\w*|كود|خصم|קוד|הנחה|할인|쿠폰|"
    r"割引|クーポン|优惠|優惠|折扣|\d+\s?折"
)
_DISCOUNT_ANCHORS = (
    "%|code|codes|coupon|coupons|voucher|gutschein|rabatt|réduction|remise|código|cupón|cupom|descuento|desconto|codice|"
    "sconto|korting|kortingscode|kod|rabat|rabattkod|indirim|kupon|промокод|скидк|كود|خصم|קוד|הנחה|할인|쿠폰|割引|クーポン|"
    "优惠|優惠|折扣|折"
)
# A newsletter sign-up at the shop's address is promotion, not a sale moved there (batch AA).
_NEWSLETTER = r"newsletter|nieuwsbrief|infolettre|bolet[ií]n|nyhetsbrev|bülten|рассылк"
# "Our site" before its bare domain, in the sixteen languages.
_OUR_SITE = (
    r"\bour\s+(?:own\s+)?(?:site|website|web\s+shop|webshop|online\s+(?:shop|store))|موقعنا|متجرنا|\bnotre\s+site|"
    r"\bunsere[nm]?\s+(?:shop|website|onlineshop)|\bnuestra\s+(?:web|tienda\s+online|p[aá]gina)|\bil\s+nostro\s+sito|"
    r"\bnosso\s+site|\bnossa\s+loja(?:\s+virtual|\s+online)?|\bonze\s+(?:site|webshop|website)|\bnaszym\s+sklepie|"
    r"\bnaszego\s+sklepu|\bvår\s+(?:sajt|webbutik|hemsida)|sitemiz|нашем\s+сайте|האתר\s+שלנו|官网|官網|公式サイト|자사몰"
)
# Carriers' sites named beside a discount are tracking answers, not a shop.
_CARRIER_HOSTS = (
    "dhl|ups|fedex|usps|royalmail|dpd|gls-group|gls|hermesworld|myhermes|postnl|laposte|colissimo|correos|inpost|"
    "17track|cainiao|parcelsapp|posteitaliane|ctt|yurticikargo|arascargo|pochta|cdek|aramex|smsaexpress"
)


# A review in other words — the buyer's thoughts or experience shared on the product page or on the platform ("If you
# share your thoughts on the product page", "görüşlerinizi ürün sayfasında paylaşıp", "מי שמשתפת את דעתה … בעמוד המוצר",
# "a quem compartilha a experiência na <platform>") — with a reward in its sentence is an incentive like any other
# (tuning batches AG, AZ, stop 39; Amazon's review policy and AliExpress §8 as for the other incentives). The place is
# required: "share your thoughts with us" is feedback to the seller.
_SHARE = {
    "en": r"\bshar\w*", "de": r"\bteil\w*", "fr": r"\bpartag\w*", "es": r"\bcompart\w*", "it": r"\bcondivid\w*",
    "pt": r"\bcompartilh\w*|\bpartilh\w*", "nl": r"\bdeel\w*|\bdelen\b", "pl": r"\bpodziel\w*", "sv": r"\bdela\w*",
    "tr": r"paylaş\w*", "ru": r"подел\w*", "ar": r"\w*شارك\w*", "he": r"\w*שתפ\w*|לשתף", "ja": r"シェア|共有|お聞かせ",
    "ko": r"공유", "zh": r"分享",
}  # fmt: skip
_SHARE_ANCHORS = {
    "en": "shar", "de": "teil", "fr": "partag", "es": "compart", "it": "condivid", "pt": "compartilh|partilh", "nl": "deel|delen",
    "pl": "podziel", "sv": "dela", "tr": "paylaş", "ru": "подел", "ar": "شارك", "he": "שתפ|לשתף", "ja": "シェア|共有|お聞かせ",
    "ko": "공유", "zh": "分享",
}  # fmt: skip
_OPINION = {
    "en": r"\b(?:thoughts|experiences?|opinions?|impressions?|views|verdict)\b", "de": r"\b(?:erfahrung\w*|meinung|eindr(?:ü|u)cke?\w*)\b",
    "fr": r"\b(?:expérience|impressions?|ressenti)\b", "es": r"\b(?:experiencia|opini[oó]n|impresiones)\b", "it": r"\b(?:esperienza|opinione|impressioni)\b",
    "pt": r"\b(?:experi[êe]ncia|opini[ãa]o|impress[õo]es)\b", "nl": r"\b(?:ervaring\w*|mening|indrukken)\b", "pl": r"\b(?:wrażeni\w*|doświadczeni\w*)",
    "sv": r"\b(?:upplevelse\w*|åsikt\w*|intryck|erfarenhet\w*)\b", "tr": r"(?:görüş|deneyim|düşünce)\w*", "ru": r"(?:впечатлени|мнени|опыт)\w*",
    "ar": r"رأي\w*|تجرب\w*|انطباع\w*", "he": r"דעת\w*|חוויה|התרשמות", "ja": r"感想|ご意見|使用感", "ko": r"후기|의견|경험", "zh": r"心得|体验|體驗|感受",
}  # fmt: skip
_PRODUCT_PAGE = {
    "en": r"\b(?:product\s+page|listing|store\s+page|{P})\b", "de": r"\b(?:produktseite|artikelseite|{P})\b",
    "fr": r"\b(?:(?:page|fiche)\s+(?:du\s+)?produit|{P})\b", "es": r"\b(?:p[aá]gina\s+del\s+producto|ficha\s+del\s+producto|{P})\b",
    "it": r"\b(?:pagina\s+(?:del\s+)?prodotto|scheda\s+(?:del\s+)?prodotto|{P})\b", "pt": r"\b(?:p[aá]gina\s+do\s+produto|an[úu]ncio|{P})\b",
    "nl": r"\b(?:productpagina|{P})\b", "pl": r"\b(?:stron\w*\s+produktu|{P})\b", "sv": r"\b(?:produktsidan|{P})\b", "tr": r"ürün\s+sayfa\w*|{P}",
    "ru": r"странице\s+товара|{P}", "ar": r"صفحة\s+المنتج|{P}", "he": r"עמוד\s+המוצר|{P}", "ja": r"商品ページ|{P}", "ko": r"상품\s*페이지|{P}",
    "zh": r"商品页|商品頁|{P}",
}  # fmt: skip
# (a reward tied with no more words than that: "… usually find a little something extra from us in the post")
_SHARED_REWARD = {"en": r"|(?:little|small)\s+something\s+(?:extra|special)"}


def _shared_on_page(lang: str) -> str:
    """The buyer's opinion shared on the product page or the platform, in either order of its three parts."""
    shared = near(_SHARE[lang], _OPINION[lang], 30)
    # (the verb last in German, Dutch, Turkish, Korean, Japanese: "Ihre Erfahrung auf der Produktseite teilen")
    either = f"{_chain(shared, _PRODUCT_PAGE[lang], gap=50)}|{_chain(_PRODUCT_PAGE[lang], shared, gap=50)}"
    if lang not in ("de", "nl", "tr", "ko", "ja"):
        return either
    return f"{either}|{_chain(_OPINION[lang], _PRODUCT_PAGE[lang], _SHARE[lang], gap=40)}"


def platform_name_families(names: tuple[str, ...]) -> tuple[Family, ...]:
    """ "Pay outside of <platform>" in sixteen languages, for the names the adapter's pack gives."""
    if not names:
        return ()
    alternation = (
        "(?:"
        + "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True))
        + f"|{_GENERIC_PLATFORM})"
    )
    anchors = "|".join((*(n.lower() for n in names), *_GENERIC_PLATFORM_ANCHORS))
    own = "|".join(re.escape(n.lower()) for n in names)
    www = rf"\bwww\.(?!(?:{own})\.)[a-z0-9-]+\.[a-z]{{2,}}"
    # (with "www.", or a bare domain the seller calls their own site: "على موقعنا petcorner-uae.com واحصلي على خصم ١٥٪",
    # batch AX; a bare domain alone is too often an address's or a look-alike's)
    www_not_carrier = (
        rf"\bwww\.(?!(?:{own}|{_CARRIER_HOSTS})\.)[a-z0-9-]+\.[a-z]{{2,}}"
        rf"|(?:{_OUR_SITE})\s*[:：(（]?\s*(?!(?:{own}|{_CARRIER_HOSTS}|www)\.)[a-z0-9][a-z0-9-]{{2,}}\.[a-z]{{2,6}}(?:\.[a-z]{{2}})?(?![a-z0-9-])"
    )
    shared_reward = family(
        "review.incentive",
        _SHARE_ANCHORS,
        {
            lang: [
                near(
                    _shared_on_page(lang).replace("{P}", alternation),
                    f"(?:{BENEFIT[lang]}{_SHARED_REWARD.get(lang, '')})",
                    120,
                )
            ]
            for lang in _SHARE
        },
    )
    return (
        shared_reward,
        family(
            "offplatform.payment",
            {lang: anchors for lang in _OUTSIDE},
            {lang: [p.replace("{P}", alternation) for p in pats] for lang, pats in _OUTSIDE.items()},
        ),
        linked_family(
            "offplatform.payment",
            {"xx": "www"},
            {"xx": [near(_BUY_VERB, www, 80)]},
            {"xx": _OWN_OR_DIRECT},
            after=True,
            inside=True,
            unless={"xx": _NEWSLETTER},
        ),
        # A discount or a code to use at the shop's own site: the sale itself moved there ("Get 20% off your next
        # order with code GLOW20 at www.lumaglow.co.uk", "sur www.maisonverte-deco.fr et profitez de -15 %",
        # "www.nehirtekstil.com.tr adresinde … koduyla %10 indirim": the insert cards of batch AV, stop 31). Not a
        # carrier's site ("tracking at www.dhl.com").
        linked_family(
            "offplatform.payment",
            {"xx": _DISCOUNT_ANCHORS},
            {"xx": [near(_DISCOUNT_CODE, www_not_carrier, 80, within=_IN_SENTENCE_OR_DOMAIN)]},
            {"xx": _DISCOUNT_CODE},
            after=True,
            inside=True,
            unless={"xx": _NEWSLETTER},
        ),
        *_happy_tell_on_platform(alternation, anchors),
    )


def _happy_tell_on_platform(alternation: str, anchors: str) -> tuple[Family, ...]:
    # built beside the other satisfaction concepts (imported here: that module reads this one's vocabularies)
    from ._review_concepts import happy_tell_on_platform

    return happy_tell_on_platform(alternation, anchors)


# ------------------------------------------------------------------------------------------- vetoes

# Thanks for a review already written is no request for one: "thank you for the 5-star review", "Danke für die
# fünf Sterne", "星5のレビューをありがとう", "感谢您的五星好评" (issue 12.6 round 4). Gratitude *before* the match, with
# no request word in between, or right *after* it with no imperative in between (ja, ko, tr, zh word order).
THANKS_BEFORE = {
    "en": r"\bthank(?:s|\s+you)?\b|\bthx\b|\bthanx\b", "de": r"\bdank\w*\b|\bdanke\b",
    # ("merci d'avoir pris le temps de rédiger un avis 5 étoiles", "感谢您花时间写下五星评价": stop 52 probes)
    "fr": r"\bmerci\s+(?:\w+\s+){0,2}?pour\b|\bremerci\w*\s+(?:\w+\s+)?pour\b|\bmerci\s+d'avoir\s+(?:pris\s+le\s+temps\s+de\s+(?:rédiger|écrire|laisser)\b)?",
    "es": r"\bgracias\s+(?:\w+\s+)?por\b|\bagradecemos\s+(?:\w+\s+)?(?:su|tu|la|el)\b",
    "it": r"\bgrazie\s+(?:\w+\s+)?(?:per|della|delle|del|dei)\b|\bringrazi\w*\s+(?:\w+\s+)?per\b",
    "pt": r"\bobrigad[oa]s?\s+(?:\w+\s+)?(?:pela|pelo|pelas|pelos|por)\b|\bagradecemos\s+(?:\w+\s+)?(?:pela|pelo|por|sua)\b",
    "nl": r"\bbedankt\s+voor\b|\bdank\s+(?:u\s+|je\s+)?(?:wel\s+)?voor\b|\bwat\s+(?:leuk|fijn|mooi|lief)\s+dat\b", "pl": r"\bdzięk\w*\s+(?:\w+\s+)?za\b",
    "sv": r"\btack\s+(?:så\s+mycket\s+)?för\b", "tr": r"\bteşekkür\w*", "ru": r"спасибо|благодар\w*",
    "ar": r"شكرا|شكرا|نشكر\w*", "he": r"תודה", "ko": r"감사|고맙", "ja": r"ありがとう|感謝", "zh": r"(?:感谢|感謝|谢谢|謝謝|多谢|多謝)(?:(?:您|你)(?:给|給)(?:我们|我們)?(?:留下)?(?:的)?|(?:您|你)(?:花时间|花時間|抽空)(?:写下|寫下|留下))?",
}  # fmt: skip
# A change request said to be given "in exchange" ("… nous vous renvoyons une coque. En échange, merci de supprimer
# l'évaluation", batch T): the words name the trade itself, whatever was offered before them.
IN_EXCHANGE = (
    r"\bin\s+(?:exchange|return)\b|\bim\s+gegenzug\b|\bals\s+gegenleistung\b|\ben\s+(?:échange|contrepartie)\b|"
    r"\ba\s+cambio\b|\bin\s+cambio\b|\bem\s+troca\b|\bin\s+ruil\b|\bw\s+zamian\b|\bi\s+(?:utbyte|gengäld)\b|"
    r"karşılığında|взамен|в\s+обмен|في\s+المقابل|مقابل\s+ذلك|בתמורה|その代わり|代わりに|대신|作为交换|作為交換|作为回报|作為回報"
)
# … or the change asked as the consequence of what was given, in words ``IN_EXCHANGE`` lacks ("le abbiamo rimborsato 10 € …
# di conseguenza, volesse rimuovere la recensione"): read with it wherever a refund already made might be taken for the
# reason alone (``_content._refund_given_only``, stop 44).
CONSEQUENTLY = (
    r"\b(?:consequently|in\s+turn|dafür|en\s+retour|par\s+conséquent|en\s+consecuencia|por\s+consiguiente|di\s+conseguenza|por\s+isso|"
    r"daarvoor|в\s+ответ)\b|مقابل"
)
# … or as the buyer's side of a favour returned, in the request's sentence, the one before or the one after: "we sent
# the screws as a favour to you … we would consider the matter closed on both sides", "Eine Hand wäscht die andere –
# vielleicht passen Sie dann Ihre Bewertung an?", "Noi abbiamo fatto un favore a lei, magari lei ne fa uno a noi e
# sistema il feedback?", "Chacun fait un pas, n'est-ce pas ?" (blind batch DG, stop 38). Same source as "in exchange".
RECIPROCITY = (
    r"\b(?:did|done|do|as)\s+(?:you\s+)?a\s+favou?r\b|\breturn\s+the\s+favou?r\b|\bone\s+good\s+turn\b|\bon\s+both\s+sides\b|"
    r"\bmeet\s+(?:us\s+)?halfway\b|\bquid\s+pro\s+quo\b|"
    r"\beine\s+hand\s+wäscht\s+die\s+andere\b|\b(?:sehr\s+)?kulant\s+(?:mit|zu|gegenüber)\b|\beinen\s+gefallen\s+(?:getan|tun)\b|"
    r"\bchacun\s+(?:fait|fera|a\s+fait)\s+un\s+pas\b|\bdonnant[-\s]donnant\b|\brenvoyer\s+l'ascenseur\b|"
    r"\b(?:fatto|fare)\s+un\s+favore\b|\bne\s+fa\s+uno\s+a\s+noi\b|\bricambiare\s+il\s+favore\b|"
    r"\bfavor\s+con\s+favor\b|\bhoy\s+por\s+ti\b|\bdevolver(?:nos)?\s+el\s+favor\b|\b(?:le|te)\s+hicimos\s+un\s+favor\b|"
    r"\buma\s+m[ãa]o\s+lava\s+a\s+outra\b|\bretribuir\s+o\s+favor\b|\bfizemos\s+um\s+favor\b|"
    r"\bvoor\s+wat\s+hoort\s+wat\b|\bwederdienst\b|\bprzysługa\s+za\s+przysługę\b|\btjänst\s+mot\s+gentjänst\b|"
    r"iyiliğe\s+iyilik|услуга\s+за\s+услугу|пошли\s+вам\s+навстречу|خدمة\s+مقابل\s+خدمة|رد\s+الجميل|טובה\s+תחת\s+טובה|"
    r"お互い様|持ちつ持たれつ|礼尚往来|禮尚往來"
)
# A promise tied to the change by a condition in one sentence: "we can extend your warranty to two years as long as
# you change your review", "Новый фен отправим сразу, как только вы отредактируете свой отзыв", "我们可以为您把保修延长到
# 两年，只要您把评论改成三星以上" (tuning batches P and R; the same quid pro quo as "in exchange", said with a condition).
# Source: compensation for changing a review (shared/platforms/amazon.md §5.1; shared/platforms/aliexpress.md §8).
# The condition stands right before the change request and binds it ("as long as", "sobald", "只要"); a plain "if" or
# "when" does not (a refund given, then "if you'd like, you could update your review", is no bargain).
TIED_CONDITION = (
    r"\b(?:as\s+long\s+as|provided(?:\s+that)?|as\s+soon\s+as|once|the\s+moment|only\s+if|on\s+condition\s+that|"
    r"sofern|sobald|vorausgesetzt|nur\s+wenn|unter\s+der\s+bedingung|dès\s+que|à\s+condition\s+que|pourvu\s+que|une\s+fois\s+que|"
    r"en\s+cuanto|siempre\s+(?:y\s+)?cuando|siempre\s+que|con\s+tal\s+de\s+que|una\s+vez\s+que|tan\s+pronto\s+como|apenas|"
    r"(?:non\s+)?appena|purché|a\s+patto\s+che|a\s+condizione\s+che|una\s+volta\s+che|assim\s+que|desde\s+que|contanto\s+que|"
    r"logo\s+que|t[ãa]o\s+logo|zodra|mits|op\s+voorwaarde\s+dat|zo\s+gauw|jak\s+tylko|gdy\s+tylko|pod\s+warunkiem|o\s+ile|"
    r"så\s+fort|så\s+snart|förutsatt\s+att|bara\s+(?:du|ni))\b|"
    r"как\s+только|при\s+условии|если\s+только|сразу\s+после\s+того|بمجرد|بشرط|حالما|فور|ברגע\s+ש|בתנאי\s+ש|מיד\s+כש|רק\s+אם|"
    r"只要|一旦|等(?:您|你)|待(?:您|你)|"
    # a trade, the seller's part then the buyer's: "wir schicken … gratis, und Sie passen … an", "nosotros te mandamos la tapa
    # y tú cambias la calificación", "vi betalar tillbaka halva beloppet, och du ändrar" (blind batch DG, stop 32); not
    # "… and you can update it if you like"
    r"\b(?:and\s+you|und\s+(?:sie|du)|et\s+(?:vous|toi|tu)|y\s+(?:tú|tu|usted|vos)|e\s+(?:tu|lei|voi|você|o\s+senhor|a\s+senhora)|"
    r"en\s+(?:jij|u|je)|a\s+(?:pan|pani|ty)|och\s+(?:du|ni))\b(?!\s+(?:can|could|may|might|kannst|können|pouvez|peux|puede|puedes|"
    r"podés|può|puoi|pode|kunt|kan|możesz|może|kan))"
)
# …and the promise before it: the seller's own future giving ("we'll send you a new kettle", "wir verlängern",
# "отправим", "给您寄"), not a benefit already given ("we refunded you").
#: "… and you …" joining the seller's part of a trade to the buyer's ("wir erstatten Ihnen 100 % und Sie aktualisieren
#: Ihre Bewertung", "zwracamy …, a Pan aktualizuje opinię": the trades of blind tuning batch DN, stop 43).
AND_YOU = {
    "en": r"\band\s+you\b", "de": r"\bund\s+sie\b", "fr": r"\bet\s+vous\b", "es": r"\by\s+(?:usted|tú|tu|ustedes)\b", "it": r"\be\s+(?:lei|tu|voi)\b",
    "pt": r"\be\s+(?:voc[êe]|o\s+senhor|a\s+senhora)\b|\bem\s+contrapartida\b", "nl": r"\ben\s+(?:u|jij|je)\b", "pl": r"\ba\s+(?:pan|pani|ty|państwo)\b",
    "sv": r"\boch\s+(?:du|ni)\b", "tr": r"siz\s+de|sen\s+de", "ru": r"\b[аи]\s+вы\b", "ar": r"وأنت|وانت|وإنت", "he": r"ואתה|ואתם",
    "ja": r"代わりに", "ko": r"대신|(?:해\s*)?드릴\s*테니", "zh": r"您(?:就|再)?帮|你(?:就|再)?帮",
}  # fmt: skip
# The refund already made, in the past or as done ("we have refunded the full amount", "vi har nu återbetalat hela
# beloppet", "iade işleminiz tamamlandı", "我们已经给您全额退款了"): beside a change request it is the reason given, not
# a price (Amazon's policy reads "in exchange for"; blind batch EG, stop 44). Read by the statistical model's check only.
REFUNDED_ALREADY = (
    r"\b(?:we(?:'ve|\s+have)?\s+(?:now\s+|already\s+)?refunded|(?:your\s+)?refund\s+(?:has\s+been|was)\s+(?:issued|processed|completed|sent))\b|"
    r"\bhaben\s+(?:ihnen\s+)?(?:bereits\s+|jetzt\s+)?(?:\w+\s+){0,3}?(?:erstattet|zurücküberwiesen)\b|\berstattung\s+(?:ist|wurde)\s+(?:erfolgt|veranlasst)\b|"
    r"\bnous\s+(?:vous\s+)?avons\s+(?:déjà\s+)?remboursé\b|\bremboursement\s+a\s+été\s+effectué\b|"
    r"\b(?:ya\s+)?(?:le|te)\s+hemos\s+(?:devuelto|reembolsado)\b|\bhemos\s+reembolsado\b|\babbiamo\s+(?:già\s+)?rimborsato\b|"
    r"\bj[áa]\s+reembolsamos\b|\breembolso\s+(?:foi|j[áa]\s+foi)\s+(?:feito|realizado|efetuado)\b|"
    r"\bhebben\s+(?:u|je)\s+(?:al\s+)?(?:\w+\s+){0,3}?terugbetaald\b|\bzwróciliśmy\b|\bhar\s+(?:nu\s+)?(?:\w+\s+)?återbetalat\b|"
    r"iade\s+(?:işleminiz\s+)?(?:tamamlandı|yapıldı|edildi)|iade\s+ettik|(?:мы\s+)?(?:уже\s+)?вернули\s+(?:вам\s+)?(?:деньги|всю\s+сумму)|"
    r"(?:قمنا|تم)\s+(?:ب)?(?:استرداد|إرجاع|رد)|החזרנו\s+לך|已经?(?:给您|給您)?(?:全额|全額)?退款了|已退款|返金いたしました|返金済み|환불해\s*드렸|환불\s*완료"
)
PROMISE = (
    r"\bwe(?:'ll|\s+will|\s+can|\s+could|'d|\s+would)\s+(?:\w+\s+){0,2}?(?:send|give|ship|post|extend|add|refund|reimburse|"
    r"replace|offer|include|upgrade|cover|pay)\w*|"
    r"\bwir\s+(?:\w+\s+){0,3}?(?:schicken|senden|geben|erstatten|verlängern|schenken|zahlen|übernehmen)\b|"
    r"\b(?:schicken|senden|geben|erstatten|verlängern|schenken|zahlen|übernehmen)\s+wir\b|"
    r"\bnous\s+(?:vous\s+)?(?:enverrons|envoyons|offrons|offrirons|rembourserons|remboursons|prolongerons|ajouterons|donnerons)\b|"
    r"\bnous\s+(?:pouvons|pourrons|allons)\s+vous\b|"
    r"\b(?:le|te|les|os)\s+(?:enviamos|enviaremos|mandamos|mandaremos|damos|daremos|regalamos|devolvemos|devolveremos|reembolsamos|"
    r"reembolsaremos|ampliamos|extendemos)\b|\b(?:podemos|vamos\s+a)\s+(?:\w+\s+)?(?:enviar|mandar|dar|regalar|devolver|reembolsar|"
    r"ampliar|extender)\w*|\b(?:le|te|les|os)\s+(?:hacemos|haremos)\s+(?:un|una|el)\s+(?:\w+\s+)?(?:reembolso|descuento|devoluci[oó]n)|"
    r"\b(?:le|ti|vi)\s+(?:facciamo|faremo)\s+(?:un|uno)\s+(?:\w+\s+)?(?:rimborso|sconto)|"
    r"\b(?:le|ti|vi)\s+(?:invieremo|inviamo|manderemo|mandiamo|daremo|diamo|regaleremo|regaliamo|rimborseremo|rimborsiamo|"
    r"estenderemo|prolungheremo|proponiamo|offriamo)\b|\bpossiamo\s+(?:\w+\s+)?(?:inviar|mandar|dar|regalar|rimborsar|estender|prolungar)\w*|"
    r"\b(?:vamos|podemos)\s+(?:te\s+|lhe\s+)?(?:enviar|mandar|dar|devolver|reembolsar|estender|prolongar)\b|"
    r"\b(?:enviaremos|mandaremos|daremos|devolveremos|reembolsaremos|activaremos|liberaremos|ativaremos)\b|"
    # a coupon or refund already prepared, released by the review ("Lo activaremos en cuanto …", batch V)
    r"\bwe(?:'ll|\s+will)\s+(?:activate|unlock|release)\b|\b(?:schalten|geben)\s+wir\s+(?:\w+\s+)?frei\b|"
    r"\bnous\s+(?:l'|les\s+)?(?:activerons|débloquerons)\b|\b(?:lo|la)\s+attiveremo\b|"
    r"\b(?:we|wij)\s+(?:\w+\s+){0,2}?(?:sturen|versturen|geven|betalen|verlengen|storten)\b|"
    r"\b(?:sturen|versturen|geven|betalen|verlengen|storten)\s+(?:we|wij)\b|"
    r"\b(?:wy[śs]lemy|prze[śs]lemy|damy|zwr[óo]cimy|oddamy|przed[łl]u[żz]ymy|dodamy)\b|\bmożemy\s+(?:\w+\s+)?(?:wysłać|dać|zwrócić|przedłużyć)\b|"
    r"\bvi\s+(?:\w+\s+){0,2}?(?:skickar|ger|betalar|förlänger|bjuder|lägger)\b|\b(?:skickar|ger|betalar|förlänger|bjuder|lägger)\s+vi\b|"
    r"отправим|пришл[её]м|вышлем|верн[её]м|компенсируем|подарим|продлим|дадим|"
    r"(?:можем|готовы)\s+(?:\S+\s+)?(?:отправить|прислать|вернуть|продлить|дать|возместить)|"
    r"سنرسل|سنعطيك|سنمنحك|سنعيد|سنمدد|سنقوم\s+ب\S+|نرسل\s+لك|يمكننا\s+(?:أن\s+)?(?:نرسل|نعطيك|نمدد)|"
    r"נשלח|ניתן\s+לך|נחזיר|נאריך|נוסיף|נוכל\s+(?:לשלוח|לתת|להחזיר|להאריך)|נשמח\s+(?:להחזיר|לשלוח|לתת|להעניק)|"
    r"(?:给您|給您|为您|為您)(?:\S{0,4}?)(?:寄|发|發|退|补|補|延长|延長|送)|(?:寄|发|發|送)(?:给|給)(?:您|你)|"
    r"(?:马上|馬上|立即|立刻)(?:给您|給您)?(?:寄|发|發|退|送)|(?:再|就)(?:返|退|送|补|補)(?:您|你)|"
    r"(?:我们|我們)(?:\S{0,3}?)(?:退|返)(?:您|你)|"  # "我們退您 4 美元" (batch AP)
    # the seller alone, in the first person singular ("Je peux vous rembourser 15 € si vous le modifiez", "Le rimborso metà
    # del prezzo se la toglie", "Верну вам 200 рублей, если исправите на 5", "برجع لك ٢٠ ريال … إذا كتبت تقييم", "אחזיר לך
    # 30 ש\"ח … אם תכתוב ביקורת": stop 52 probes, where the same promise with "we" was read)
    r"\bje\s+(?:vous|te)\s+(?:rembourse|envoie|offre|renvoie|donne)\w*|\bje\s+(?:peux|pourrais|vais)\s+vous\s+(?:rembourser|envoyer|offrir|donner)\b|"
    r"\bich\s+(?:\w+\s+){0,2}?(?:erstatte|schicke|sende|schenke|überweise)\b|\b(?:erstatte|schicke|sende|schenke)\s+ich\b|"
    r"\b(?:le|te)\s+(?:devuelvo|reembolso|regalo|envío)\b|\b(?:puedo|voy\s+a)\s+(?:\w+\s+)?(?:devolver|reembolsar|regalar)\w*|"
    r"\b(?:le|ti)\s+(?:rimborso|restituisco|regalo)\b|\bposso\s+(?:\w+\s+)?(?:rimborsar|regalar)\w*|"
    r"\b(?:te|lhe)\s+(?:devolvo|reembolso)\b|\bposso\s+(?:te\s+|lhe\s+)?(?:devolver|reembolsar)\b|"
    r"\bik\s+(?:\w+\s+){0,2}?(?:stuur|betaal)\b|\b(?:stuur|betaal)\s+ik\b|\b(?:zwrócę|oddam)\b|\b(?:betalar|skickar)\s+jag\b|"
    r"(?<!не\s)\bверну\s+(?:вам|тебе)\b|(?:برجع|سأرجع|أرجع)\s+لك|אחזיר\s+לך"
)
# The promise may also follow the change request in its sentence: "if you change your review, we will send you a new
# kettle", "Wenn Sie Ihre Bewertung ändern, schicken wir Ihnen …", "レビューを修正していただき次第、新しい商品をお送りします"
# (round 19). Then any condition binds them — an "if" before the request, or the suffix that makes it one in the
# languages that put the condition after the verb (次第, 주시면, -diğinizde, 之后).
CHANGE_CONDITION = (
    r"\b(?:if|when|once|as\s+soon\s+as|as\s+long\s+as|provided|wenn|falls|sobald|sofern|si|dès\s+que|une\s+fois|cuando|"
    r"en\s+cuanto|una\s+vez|se|quando|una\s+volta|assim\s+que|appena|als|zodra|indien|mocht|mochten|jeśli|jeżeli|gdy|jak\s+tylko|jak|om|när|så\s+fort)\b|"
    r"если|как\s+только|когда|إذا|اذا|لو|بمجرد|אם|ברגע\s+ש|כש|如果|要是|若|一旦|只要"
)
CHANGE_CONDITION_AFTER = (
    r"次第|(?:し|て|いただ|頂)(?:き|け)?(?:たら|ましたら)|(?:した|いただいた|頂いた)(?:後|あと)|"
    r"(?:주시|하시|해\s*주시|시)면|(?:한|하신|해\s*주신)\s*(?:후|뒤)에?|"
    r"(?:dığınızda|diğinizde|duğunuzda|düğünüzde|tığınızda|tiğinizde|rsanız|rseniz|dıktan\s+sonra|dikten\s+sonra|"
    r"(?:dığınız|diğiniz|duğunuz|düğünüz)\s+anda|"
    r"duktan\s+sonra|dükten\s+sonra|tıktan\s+sonra|tikten\s+sonra)|"
    r"(?:之后|之後|以后|以後|后|後)"
)
# What a conditional change request is traded for, after it in its sentence, beyond the benefit table: a warranty
# extended, costs waived, a free upgrade, spare parts, a sum of money ("Qualora volesse rivedere la valutazione da 1
# stella, saremmo lieti di estenderle la garanzia di altri 24 mesi", "Als u de 1-sterrenbeoordeling nog wilt
# heroverwegen, laten we de retourkosten volledig vallen", "Değerlendirmenizi güncellemeniz halinde garantinizi 2 yıl
# uzatmaktan memnuniyet duyarız": blind probes, stop 48). Read by ``_content._bargain`` only after a condition.
GRANTED_AFTER_CONDITION = (
    r"\b(?:extend\w*\s+(?:\w+\s+){0,2}?warranty|warranty\s+extension|upgrade\w*|spare\s+\w+|waive\w*)\b|"
    r"\bestender\w*\s+(?:\w+\s+)?garanzia\b|\b(?:\d+|deux|trois)\s+ans?\s+de\s+garantie\b|\bgarantie\s+(?:\w+\s+){0,2}?(?:verlänger|prolong)\w*|"
    r"\bkosteloos\b|\bupgraden\b|\b(?:retour|verzend)?kosten\s+(?:\w+\s+)?vallen\b|garanti\w*\s+(?:\S+\s+){0,2}?uzat\w*|무료\s*업그레이드|"
    r"(?:[$€£¥₽₺₪]|r\$)\s?\d|\b\d+(?:[.,]\d+)?\s?(?:€|\$|£|euros?\b|dollars?\b|pesos\b|reais\b|zł|kr\b|tl\b|руб\w*|円|元|원|درهم|₪|שקל\w*)"
)
# … and the conditions that grammar puts elsewhere or that the change table lacks ("qualora", "nel caso in cui",
# "güncellemeniz halinde", "方便的话", "손봐주실 수 있다면")
MORE_CHANGE_CONDITIONS = (
    r"\b(?:qualora|nel\s+caso\s+(?:in\s+cui|che))\b|halinde|方便的话|方便的話|(?:있|하)다면"
)
PROMISE_AFTER = (
    PROMISE
    + r"|(?:お送り|送り|返金|差し上げ|プレゼント|お届け|進呈|ご用意)(?:いた|させていただき|し)?(?:ます|いたします)|"
    r"(?:보내|환불해|증정해|드려)\s*드리|드리겠|드릴게|드립니다|"
    r"(?:göndereceğiz|göndeririz|yollayacağız|yollarız|iade\s+edeceğiz|iade\s+ederiz|hediye\s+edeceğiz|vereceğiz|veririz|"
    r"yapacağız|"  # "kısmi iadeyi, … yorumunuzu kaldırdığınız anda yapacağız" (batch Z)
    # the present for the promise ("5 yıldız + fotoğraf lütfen, 2 dolar iade ediyoruz"), and "we'll give you another one
    # on top" ("如果您愿意撤销那条1星评价,我们再额外赠送一个收纳包": stop 52 probes)
    r"iade\s+ediyoruz|gönderiyoruz|hediye\s+ediyoruz)|(?:我们|我們)再?(?:额外|額外)?(?:赠送|贈送|补偿|補償)|"
    r"\b(?:schicken|senden|geben|erstatten|schenken|überweisen|zahlen)\s+wir\b|\berhalten\s+sie\s+von\s+uns\b|"
    r"\b(?:sturen|geven|betalen)\s+(?:we|wij)\b|\bwürden\s+wir\s+ihnen\b|\bzouden\s+(?:we|wij)\s+u\b|"
    # Portuguese speaks of the promise in the present after the condition: "se você mudar para 5 estrelas, mandamos
    # outro carregador de graça" (round 21)
    r"\b(?:mandamos|enviamos|devolvemos|reembolsamos|pagamos)\b|"
    # French informal "on": "si tu peux changer ta note pour 5 étoiles on te donne un coupon" (batch AD)
    r"\bon\s+(?:te|vous)\s+(?:donne|envoie|offre|rembourse|fait)\w*"
)
THANKS_AFTER = r"ありがとう|感謝|감사|고맙|teşekkür|谢谢|謝謝|感谢|شكرا|спасибо|תודה"
# The same after the buyer's own review in the Latin-script languages ("We saw your 5-star review, thank you so much!",
# stop 41): read only after a possessive and with no request between (``_vetoes.thanked``), since "5 stars would help
# us, thanks!" asks first.
THANKS_AFTER_LATIN = r"\b(?:thank\s+you|thanks|danke|merci|gracias|grazie|obrigad[oa]|bedankt|dank\s+(?:u|je)|dziękuj\w*|tack)\b"
OWN_REVIEW_BEFORE = r"\b(?:your|ihre[rnm]?|deine[rnm]?|votre|vos|tu|su|sua|seu|tua|uw|je|jouw|din|ditt|pana|pani)\s+(?:\w+\s+){0,2}$"
# Stars that grade a service or a thing, not a review: "five-star service", "ein 5-Sterne-Service", "un service 5
# étoiles", "un servicio de 5 estrellas", "a five-star safety rating" (stop 41). After the match (matched at its end)
# and, in the languages that put the noun first, before it (searched up to its start).
STARS_GRADE_AFTER = (
    # (a German compound too: "5-Sterne-Hotelqualität", stop 48 probes)
    r"[\s-]*(?:service|quality|experience|support|customer\s+(?:service|care|support)|safety|crash|hotel\w*|resort|"
    r"restaurant|kundenservice|qualität|erlebnis|servicio|calidad|servizio|qualità|serviço|atendimento|qualidade|"
    r"kwaliteit|klantenservice|serwis|obsługa|jakość|kvalitet|kundservice|hizmet|kalite)\b"
)
STARS_GRADE_BEFORE = (
    r"\b(?:un|une|le|la|el|il|um|uma|o|a|een)\s+(?:service|servicio|servizio|serviço|atendimento|qualité|calidad|qualità|"
    r"qualidade|expérience|experiencia|esperienza|experiência|hôtel|hotel|dienstverlening)\s+(?:de\s+|à\s+|a\s+|di\s+|met\s+)?$"
)
# A request between the thanks and the stars ("thanks for your order, please leave 5 stars") keeps the finding.
PLEASE = (
    r"please|\bbitte\b|s'il\s+vous\s+pla|\bmerci\s+de\b|por\s+favor|per\s+favore|prosimy|пожалуйста|lütfen|alstublieft|"
    r"\bgärna\b|يرجى|نرجو|من\s+فضلك|لو\s+سمحت|בבקשה|부탁|주세요|ください|下さい|お願い|いただけ|頂け|嬉しい|幸い|请|請|麻烦|麻煩|\bhope\b|\bhoffen\b|"
    r"\bwould\b|\bcould\b|\bwürden\b|\bkönnten\b"
)
# The buyer's right told, no request: "you can edit or remove your review at any time, that's entirely up to you"
# (a request added to it — please, would, could — keeps the finding).
YOUR_CHOICE = (
    r"\bat\s+any\s+time\b|\bwhenever\s+you\s+(?:like|want|wish)\b|\b(?:entirely\s+|completely\s+)?up\s+to\s+you\b|"
    r"\byour\s+(?:own\s+)?(?:choice|decision)\b|\bno\s+pressure\b|\bif\s+you\s+(?:want|wish|like)\s*,|\b(?:entirely\s+)?optional\b|\bjederzeit\b|\bliegt\s+(?:ganz\s+)?bei\s+ihnen\b|\bà\s+tout\s+moment\b|"
    r"\blibre\s+à\s+vous\b|\ben\s+cualquier\s+momento\b|\bin\s+qualsiasi\s+momento\b|\ba\s+qualquer\s+momento\b|"
    r"\bop\s+elk\s+moment\b|\bw\s+każdej\s+chwili\b|\bnär\s+som\s+helst\b|\bistediğiniz\s+zaman\b|\bв\s+любое\s+время\b|"
    r"في\s+أي\s+وقت|בכל\s+עת|いつでも|언제든지|随时|隨時|"
    # the buyer doing it themselves (batch V: "vous pouvez le modifier vous-même", "può farlo lei stesso", "自行编辑") —
    # a request added ("could you delete it yourself?") keeps the finding
    r"\byourself\b|\bvous-même\b|\busted\s+mism[oa]\b|\blei\s+stess[oa]\b|\bvoc[êe]\s+mesm[oa]\b|\bsamodzielnie\b|"
    r"\bpana\s+decyzj\w*|\bpani\s+decyzj\w*|\bnie\s+oczekujemy\b|ご自身で|고객님께서\s*직접|自行|"
    # … and in the other languages ("een recensie kunt u zelf bewerken", "können Sie selbst ändern", "du kan själv",
    # "kendiniz düzenleyebilirsiniz", "вы можете сами", "بنفسك", "בעצמך", "您可以自己修改"), or the decision left to the
    # buyer ("należy wyłącznie do Pana", "お客様のご判断にお任せいたします"): tuning al-nl-013, am-pl-017, dl-ja-012, stop 45
    r"\b(?:u|je)\s+(?:\w+\s+)?zelf\b|\bsie\s+selbst\b|\bdu\s+(?:\w+\s+)?själv\b|\bkendiniz\b|\bвы\s+(?:\w+\s+)?сами\b|"
    r"\bсамостоятельно\b|بنفسك|בעצמך|(?:您|你)可以自己|\bnależy\s+(?:wyłącznie\s+|tylko\s+)?do\s+pan[ai]\b|ご判断に(?:お任せ|委ね)|решать\s+(?:только\s+)?вам|고객님의\s*(?:결정|선택)|"
    # the decision said to be the buyer's alone ("das entscheiden allein Sie", "c'est entièrement votre choix", "la decisión
    # es solo suya", "la scelta è solo sua", "a decisão é totalmente sua", "karar tamamen size ait", "والقرار لك وحدك",
    # "是否修改完全由您决定", "결정은 전적으로 고객님께": blind probes, stop 47)
    r"\bentscheiden\s+(?:allein|nur)\s+sie\b|\b(?:entièrement|uniquement)\s+votre\s+choix\b|\bla\s+decisi[óo]n\s+es\s+(?:solo\s+|sólo\s+|totalmente\s+)?su(?:ya)?\b|"
    r"\bla\s+scelta\s+è\s+(?:solo\s+)?sua\b|\ba\s+decis[ãa]o\s+[ée]\s+(?:totalmente\s+|s[óo]\s+)?sua\b|karar\s+(?:tamamen\s+)?size\s+ait|"
    r"والقرار\s+لك|القرار\s+لك|(?:完全)?由(?:您|你)决定|(?:完全)?由(?:您|你)決定|결정은\s*(?:전적으로\s*)?고객님|решение\s+за\s+вами|ההחלטה\s+שלך"
)
IMPERATIVE = (
    r"ください|下さい|お願い|いただけ|頂け|嬉しい|幸い|주세요|부탁|주시면|请|請|麻烦|麻煩|lütfen|rica|"
    # the Turkish imperative itself ("Hizmetimize 5 yıldız verin, teşekkürler": stop 41)
    r"\b(?:verin|verir\s+misiniz|bırakın|yapın|yazın)\b"
)
# What the platform forbids, said of the practice named in the sentence ("好评返现是平台禁止的", "reviews for cashback are
# not allowed"): a statement of the rule, no request.
# The top mark said not to be needed, or not the only review wanted, right before it in its clause ("You don't have to
# give us 5 stars", "Sie müssen uns keine 5 Sterne geben", "No tiene que darnos 5 estrellas", "您不必给我们五星", "We
# don't want only 5-star reviews"), or right after it ("星5つを付けていただく必要はございません", "별 5개를 주실 필요는
# 없습니다"): the opposite of asking for it (stop 40: 19 of 19 such replies in the 16 languages were blocked).
NOT_REQUIRED = (
    r"\b(?:don't|do\s+not|doesn't|does\s+not)\s+(?:have|need)\s+to\b|\bno\s+need\s+to\b|\bnot\s+required\b|\bneedn't\b|"
    r"\b(?:would|will)\s+never\s+ask\b|\b(?:don't|do\s+not)\s+(?:want|expect|need)\s+only\b|\bnot\s+(?:only|just)\b|"
    r"\bmüssen\s+(?:\w+\s+){0,2}?(?:keine|nicht)\b|\bbrauchen\s+(?:\w+\s+){0,2}?(?:keine|nicht)\b|\bnicht\s+nur\b|\bnicht\s+nötig\b|"
    r"\bpas\s+obligée?s?\b|\bpas\s+besoin\s+de\b|\bpas\s+nécessaire\b|\bpas\s+seulement\b|\bpas\s+uniquement\b|"
    r"\bno\s+(?:tiene|tienes|tienen)\s+que\b|\bno\s+(?:es\s+necesario|hace\s+falta)\b|\bno\s+est[áa]\s+obligad\w*|\bno\s+s[óo]lo\b|"
    r"\bnon\s+(?:deve|devi|dovete)\b|\bnon\s+(?:è\s+necessario|serve)\b|\bnon\s+è\s+obbligat\w*|\bnon\s+solo\b|"
    r"\bn[ãa]o\s+(?:precisa|precisam|tem\s+que)\b|\bn[ãa]o\s+é\s+(?:necess[áa]rio|obrigat[óo]rio)\b|\bn[ãa]o\s+(?:só|apenas)\b|"
    r"\b(?:hoeft|hoeven)\s+(?:\w+\s+){0,2}?(?:geen|niet|niks|niets)\b|\bniet\s+verplicht\b|\bniet\s+alleen\b|"
    r"\bnie\s+musi\w*|\bnie\s+trzeba\b|\bnie\s+tylko\b|\bbehöver\s+(?:\w+\s+)?inte\b|\binte\s+bara\b|"
    r"zorunda\s+değil\w*|\bgerek\s+yok\b|\bşart\s+değil\b|"
    r"не\s+обязан\w*|не\s+обязательно|не\s+нужно|не\s+только|"
    r"لست\s+مضطر\w*|لستِ\s+مضطر\w*|غير\s+مضطر\w*|لا\s+داعي|ليس\s+عليك|ليس\s+فقط|לא\s+חייבי?ם?|לא\s+חייבת|אין\s+צורך|לא\s+רק|"
    r"不必|不用|不需要|无需|無需|不一定要"
)
NOT_REQUIRED_AFTER = (
    r"^[^.!?。！？\n]{0,16}?(?:必要は(?:ございません|ありません|ない)|なくても(?:大丈夫|構いません|結構)|"
    r"필요(?:는|가)?\s*없|안\s*주셔도|주지\s*않으셔도|zorunda\s+değil\w*|\bgerek\s+yok\b|"
    # "리뷰는 수정 안 하셔도 됩니다", "менять или удалять отзыв не нужно" (the change not needed, said after it: tuning
    # batch DN, stop 43)
    r"안\s*하셔도|하지\s*않으셔도|не\s+нужно|не\s+обязательно)"
)
FORBIDDEN = (
    r"禁止|不允许|不允許|违规|違規|\bprohibited\b|\bforbidden\b|\bnot\s+allowed\b|\bagainst\s+(?:the\s+|\w+'s\s+|our\s+)?(?:rules|policy|policies)\b|"
    r"\bverboten\b|\bnicht\s+erlaubt\b|\binterdit\w*|\bprohibid\w*|\bvietat\w*|\bproibid\w*|\bzabronion\w*|\bförbjud\w*|"
    r"yasak\w*|запрещ\w*|ممنوع|אסור|금지|禁じられ"
)
# The seller saying it would never ask for the change ("We would never ask you to change or remove your review", "Wir
# würden Sie niemals bitten, …", "Nunca le pediríamos que cambie o elimine su reseña", "我们绝不会要求您修改或删除评价"),
# before the match or opening it (stop 40: 14 of 17 such replies in the 16 languages were read as change requests).
NEVER_REQUEST = (
    r"\b(?:never|not|n't)\s+(?:\w+\s+){0,2}?ask\w*|\bnon\s+(?:ti|le|vi)\s+chiediamo\b|\b(?:niemals|nie)\s+(?:\w+\s+)?(?:bitten|auffordern|fragen)\b|"
    # "Wir werden Sie nicht bitten, die Bewertung zu ändern", "No vamos a pedirle que cambie ni que retire su reseña"
    # (stop 50 probes)
    r"\bnicht\s+(?:darum\s+)?(?:bitten|auffordern)\b|\bno\s+(?:(?:le|te|les)\s+)?vamos\s+a\s+pedir\w*|\bno\s+(?:le|te|les)\s+(?:pedimos|pediremos|pediríamos)\b|"
    r"\bbitten\s+(?:\w+\s+){0,2}?(?:niemals|nie)\b|\bne\s+(?:vous\s+|te\s+)?demander\w*\s+jamais\b|\bjamais\s+(?:vous\s+)?demander\b|"
    r"\b(?:nunca|jam[aá]s)\s+(?:le\s+|te\s+|les\s+)?(?:pedir\w*|pediría\w*|solicitar\w*)|"
    r"\bnon\s+(?:le\s+|ti\s+|vi\s+)?chied(?:eremmo|eremo|iamo|erò)\s+mai\b|\bnon\s+(?:le|ti|vi)\s+chieder(?:emo|emmo|ò)\s+di\b|"
    r"\bmai\s+(?:le\s+|ti\s+|vi\s+)?chied\w*|"
    r"\bnunca\s+(?:te\s+|lhe\s+)?(?:pediríamos|pediremos|pedimos|pedir)\b|\bnunca\s+(?:vamos|iremos)\s+(?:te\s+|lhe\s+)?pedir\b|\bn[ãa]o\s+(?:te\s+|lhe\s+)?(?:pediríamos|pediremos|pedimos)\b|"
    r"\b(?:nooit|niet)\s+(?:\w+\s+)?vragen\b|\bvragen\s+(?:u\s+|je\s+)?nooit\b|\bnigdy\s+nie\s+(?:prosi\w*|poprosi\w*)|"
    r"\baldrig\s+(?:\w+\s+)?be\b|\bber\s+(?:dig\s+)?aldrig\b|никогда\s+не\s+(?:по)?прос\w*|\bне\s+(?:по)?просим\b|"
    r"لن\s+نطلب|لا\s+نطلب|לעולם\s+לא\s+נבקש|לא\s+נבקש|(?:אנחנו\s+)?לא\s+מבקשים|(?:绝不|絕不|不会|不會|从不|從不|从来不|從來不)(?:会|會)?要求"
)
NEVER_REQUEST_AFTER = (
    r"^[^.!?。！？\n]{0,30}?(?:(?:お願い)?すること(?:は|も)(?:決して|一切)?(?:ございません|ありません)|(?:요청|부탁)(?:드리|하)는\s*일은\s*(?:절대\s*)?없|"
    r"(?:asla\s+)?iste(?:meyiz|miyoruz|mez)|(?:talep\s+etmeyiz))"
)
# A review bargain stated as against the platform's rules ("It's against Amazon's rules to offer anything for a review",
# "Va contra las normas de Amazon ofrecer algo a cambio de una reseña", "è contro le regole di …", stop 40).
AGAINST_RULES = (
    r"\bagainst\s+(?:the\s+|\w+'s\s+|our\s+)?(?:rules|policy|policies|guidelines|terms)\b|\bcontraire\s+aux\s+(?:règles|conditions)\b|"
    r"\b(?:va\s+)?contra\s+(?:las|as)\s+(?:normas|reglas|regras|políticas|pol[ií]ticas)\b|\bcontro\s+(?:le\s+)?(?:regole|norme)\b|"
    r"\btegen\s+de\s+regels\b|\bverstößt\s+gegen\b|\bgegen\s+die\s+(?:richtlinien|regeln)\b|\bniezgodne\s+z\s+(?:zasadami|regulaminem)\b|"
    r"\bstrider\s+mot\b|kurallarına\s+aykırı|правилами\s+\w+\s+запрещ\w*|запрещено\s+правилами|\bнарушает\s+правила\b|يخالف|"
    r"נוגד|規約違反|违反\S{0,6}规定|違反\S{0,6}規定|규정\s*위반"
)
# A reminder sent about it: "we wanted to remind you that you can edit it at any time" is the follow-up of a request,
# not the buyer's right told (batch AL: "herinneren we u er nogmaals aan", "רק מזכירים").
# The seller promising to stop reminding, or apologising for the reminders ("we won't send any more review reminders",
# "nous ne vous enverrons plus aucun rappel concernant les avis", "Förlåt för alla påminnelser om betyg. Vi kommer inte
# att skicka fler.", "抱歉之前多次提醒您评价，以后不会再发送此类提醒了"): the opposite of pressure (blind batch DL).
STOP_REMINDING = (
    r"\b(?:won't|will\s+not|shall\s+not|never)\s+(?:\w+\s+){0,3}?(?:send|remind|contact|write|bother|e-?mail)\w*|"
    r"\bno\s+(?:more|further)\s+(?:\w+\s+)?(?:reminders?|messages|e-?mails)\b|\bstop(?:ped)?\s+(?:sending|reminding)\b|"
    r"\b(?:sorry|apolog\w*)\s+(?:\w+\s+){0,2}?for\s+(?:all\s+)?(?:the\s+|our\s+)?(?:\w+\s+)?reminders\b|"
    r"\bne\s+(?:vous\s+)?(?:enverrons|enverrai|relancerons|écrirons|contacterons)\s+plus\b|\bplus\s+aucun\s+(?:rappel|message)\b|"
    r"\bdésolés?\s+pour\s+(?:les|tous\s+ces|ces)\s+(?:rappels|relances)\b|"
    r"\bkeine\s+(?:weiteren\s+)?(?:erinnerungen|nachrichten|e-?mails)\b|\bnicht\s+mehr\s+(?:\w+\s+)?(?:erinnern|schreiben|anschreiben)\b|"
    r"\bentschuldig\w*\s+(?:\w+\s+){0,3}?erinnerungen\b|"
    r"\bno\s+(?:le\s+|te\s+)?(?:enviaremos|mandaremos|escribiremos|recordaremos)\s+(?:\w+\s+)?más\b|\bdisculp\w*\s+por\s+(?:los|tantos)\s+recordatorios\b|"
    r"\bnon\s+(?:le\s+|ti\s+|vi\s+)?(?:invieremo|manderemo|scriveremo|ricorderemo)\s+più\b|\bscus\w*\s+per\s+(?:i|tutti\s+i)\s+promemoria\b|"
    r"\bn[ãa]o\s+(?:lhe\s+|te\s+)?(?:enviaremos|mandaremos|vamos\s+(?:enviar|mandar|lembrar))\s+mais\b|\bdesculp\w*\s+pel[oa]s\s+lembretes\b|"
    r"\bgeen\s+(?:verdere\s+)?herinneringen\s+meer\b|\bexcuses\s+voor\s+(?:de|alle)\s+herinneringen\b|"
    r"\bnie\s+będziemy\s+(?:już\s+)?(?:wysyłać|przypominać|pisać)\b|\bprzepraszamy\s+za\s+(?:wszystkie\s+)?przypomnienia\b|"
    r"\bvi\s+kommer\s+inte\s+(?:att\s+)?skicka\s+fler\b|\binga\s+fler\s+påminnelser\b|\bförlåt\s+för\s+(?:alla\s+)?påminnelser\b|"
    r"(?:artık|bir\s+daha)\s+(?:\w+\s+){0,3}?(?:göndermeyeceğiz|hatırlatmayacağız|yazmayacağız)|hatırlatmalar\s+için\s+özür|"
    r"больше\s+не\s+(?:будем|станем)|извин\w*\s+за\s+(?:все\s+)?напоминани\w*|"
    r"لن\s+(?:نرسل|نزعجك|نذكرك)|نعتذر\s+عن\s+(?:كل\s+)?التذكيرات|לא\s+נשלח\s+(?:לך\s+)?(?:יותר|עוד)|מתנצלים\s+על\s+(?:כל\s+)?התזכורות|"
    r"(?:今後|これ以上)[^。]{0,20}(?:お送り|ご連絡|送信)(?:いたし|し)ません|더\s*이상\s*(?:보내지|연락하지|알림을\s*보내지)\s*않|"
    r"不(?:会|會)?再(?:发送|發送|打扰|打擾|提醒)|抱歉[^。]{0,10}提醒"
)
REMINDER = (
    r"\bremind\w*|\berinner\w*|\bherinner\w*|\brappel\w*|\brecord(?:amos|arle|arte|atorio)\b|\bricord(?:are|arle|arti|arvi|iamo|iamo)\w*|"
    r"\bpromemoria\b|\blembr(?:ar|ando|amos|ete)\w*|"
    r"\bprzypomina\w*|\bpåminn\w*|hatırlat\w*|напомина\w*|نذكر\w*|بنفك\w*|نفكر\w*|تذكير|מזכיר\w*|提醒|리마인드|다시\s*한번\s*안내|"
    # following up on an earlier message ("just following up on my message from last week", "le riscriviamo")
    # (not "following up on your feedback": an answer to the review)
    r"\bfollow(?:ing)?[\s-]+up(?:\s+again)?\s+(?:on|about|to)\s+(?:my|our)\b|\briscriv\w*|\bnachfass\w*|\brelan[cç]\w*"
)
# A negated request to confirm receipt ("do not confirm receipt until …", "ne confirmez pas", "请不要确认收货",
# "수령 확인을 하지 마세요") is the advice the rule wants sellers to give, not an inducement.
_FORGET = r"(?!forget|olvid|esque[çc]|vergess|oubli|dimentic|vergeet|zapomn|glöm|забуд|unut)"
NOT_BEFORE = (
    r"(?:\b(?:do\s+not|don't|dont|never|not|no\s+need\s+to|nicht|ne|n'|no|non|n[ãa]o|niet|nie|не|ни|לא|אל|لا)"
    rf"(?:\s+(?:{_FORGET}\S+\s+)?)?|不要|请勿|請勿|勿|别|別|不用|无需|無需|不必)\s*\S{{0,2}}$"
)
NOT_AFTER = (
    r"^\s*(?:nicht|niet|inte|pas|not|yet|noch\s+nicht)\b|^[^.!?。！？\n]{0,8}?(?:지\s*마|지\s*말|しないで|しない|なさらないで)|"
    # done already, not asked: "수령 확인하신 지 일주일이 지났는데" (a week since you confirmed), "受取確認いただいてから"
    r"^\s*(?:은|는|을|를)?\s*(?:하신|하셨|해\s*주신|해\s*주셨)\s*(?:지\s|는데|습니다|으니|후)|^(?:いただいてから|いただいた後|済み)"
)
# The goods checked first, then confirmed: "Kolla gärna att allt stämmer innan du bekräftar mottagandet", "check that
# everything is fine before you confirm receipt" — "before" here orders the check, not an early confirmation (stop 34).
CHECK_FIRST = (
    r"\b(?:check|inspect|test|make\s+sure|kolla|kontrollera|prüfen|überprüfen|vérifi\w*|contrôl\w*|revis\w*|comprueb\w*|"
    r"verifi\w*|controll\w*|confer\w*|controleer\w*|sprawdź\w*|sprawdzi\w*|kontrol\s+ed\w*|провер\w*)\b"
    # … "before" followed by the confirmation itself ("before you confirm", not "confirm … before it arrives")
    r"[^.!?。！？\n]{0,60}?(?:\bbefore\s+(?:you\s+)?confirm|\binnan\s+(?:du\s+|ni\s+)?bekräfta|\bbevor\s+sie\s+(?:\w+\s+){0,3}?bestätigen|"
    r"\bavant\s+de\s+confirmer|\bantes\s+de\s+confirmar|\bprima\s+di\s+confermare|\bvoordat\s+(?:u|je)\s+(?:\w+\s+){0,3}?bevestig|"
    r"\bzanim\s+potwierdz|onaylamadan\s+önce|прежде\s+чем\s+подтверд|перед\s+тем\s+как\s+подтверд)"
)
NOT_INSIDE = r"\b(?:nicht|niet|inte|pas|not)\b|onayla(?:ma|me)"
# "Once the parcel has arrived and you have checked it, please confirm receipt": a request tied to the goods'
# arrival is the normal one. It stays early when the sentence also says "even if", "not yet", "before" or offers
# something (a benefit), so "once you receive it, confirm receipt and get a coupon" still blocks.
AFTER_ARRIVAL = (
    r"\b(?:once|after|when)\s+(?:it(?:'s|\s+is)\s+with\s+you|you(?:'ve|\s+have)\s+checked)\b|"
    r"\b(?:once|after|when)\s+(?:you\s+(?:have\s+)?(?:receive[ds]?|get|got|check(?:ed)?)|(?:it|the\s+\w+)\s+(?:has\s+)?"
    r"(?:arrive[sd]?|is\s+delivered|reaches\s+you))\b|\bupon\s+(?:receipt|delivery|arrival)\b|"
    r"\bsobald\s+(?:sie\s+)?(?:die\s+ware|das\s+paket|es)\s+(?:\w+\s+)?(?:erhalten|angekommen|da)|\bnach\s+(?:erhalt|ankunft|prüfung)\b|"
    r"\bune\s+fois\s+(?:le\s+\w+\s+)?(?:reçu|arrivé)|\bdès\s+réception\b|\baprès\s+(?:réception|avoir\s+reçu)|\bquand\s+vous\s+(?:aurez\s+)?reçu|"
    # "únicamente cuando ya tengas el paquete en tus manos" (stop 34)
    r"\bcuando\s+(?:ya\s+)?tengas?\s+(?:el|su|tu)\b|\ben\s+(?:tus|sus)\s+manos\b|"
    r"\buna\s+vez\s+(?:que\s+)?(?:lo\s+)?(?:reciba|recibido|llegue)|\bal\s+recibir|\bdespu[eé]s\s+de\s+recibir|\bcuando\s+(?:lo\s+)?(?:reciba|llegue)|"
    r"\buna\s+volta\s+ricevut|\bdopo\s+(?:aver\s+ricevuto|la\s+ricezione)|\bquando\s+(?:lo\s+)?(?:riceve|arriva)|"
    r"\bassim\s+que\s+(?:receber|chegar)|\bap[óo]s\s+(?:receber|o\s+recebimento)|\bquando\s+(?:receber|chegar)|\bdepois\s+de\s+receber|"
    r"\bzodra\s+u\s+\w+\s+(?:hebt\s+)?(?:ontvangen|binnen)|\bna\s+ontvangst|\bpo\s+otrzymaniu|"
    r"\bnär\s+(?:du\s+(?:har\s+)?fått|paketet\s+(?:har\s+)?kommit)|\befter\s+mottagandet|aldıktan\s+sonra|ulaştığında|"
    r"\bпосле\s+получения|\bкогда\s+(?:получите|придёт|придет)|\bкак\s+только\s+получите|بعد\s+(?:ال)?استلام|عند\s+(?:ال)?استلام|"
    r"לאחר\s+קבלת|כשתקבל|אחרי\s+שתקבל|收到(?:货|貨|商品)?(?:后|後|以后|以後)|确认无误后|確認無誤後|(?:没|沒)(?:有)?问题再确认|(?:没|沒)(?:有)?問題再確認|(?:没|沒)(?:有)?问题后|(?:没|沒)(?:有)?問題後|届いたら|受け取ったら|到着後|"
    r"(?:お)?受け取り後|받으신\s*후|받으시면|도착\s*후|수령\s*후|"
    # "받으시고 확인하신 후에", "请收到货并检查无误后再确认收货", "Ya que lo ha comprobado, puede confirmar la recepción" (stop 50)
    r"확인하신\s*후|(?:检查|檢查|查看|验货|驗貨)\S{0,4}?(?:后|後)|\bya\s+que\s+(?:lo|la|los|las)\s+(?:ha|has)\s+(?:comprobado|recibido|revisado)\b|"
    # "بعد وصوله", "فقط بعد أن يصلك الطرد", "届いて商品を確認されましたら", "到着後" (stop 33)
    r"بعد\s+(?:أن\s+)?(?:وصوله|وصولها|يصلك|يصل|تستلم\w*|وصول)|届いて|届きましたら|到着(?:後|しましたら|次第)|確認されましたら|"
    # the goods already with the buyer (batch O): "since it's in your hands now", "como ya las recibiste"
    r"\b(?:since|now\s+that)\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:\w+\s+)?(?:in\s+your\s+hands|with\s+you|arrived)|"
    r"\bcomo\s+ya\s+(?:l[oa]s?\s+)?(?:recibiste|recibi[oó]|tienes|tiene)|\bcomo\s+j[áa]\s+(?:est[áa]\s+com\s+voc[êe]|recebeu|chegou)|"
    r"\bomdat\s+(?:je|u)\s+(?:ze|het|hem)\s+nu\s+(?:in\s+huis\s+)?(?:hebt|heeft)|\bda\s+(?:sie|du)\s+(?:es|sie|die\s+ware)\s+(?:jetzt\s+)?(?:erhalten|haben)|"
    r"\bpuisque\s+vous\s+(?:l'avez|les\s+avez)\s+(?:bien\s+)?reçu|\bpoiché\s+(?:l'ha|li\s+ha)\s+ricevut|"
    # the platform holding the payment "until the order arrives and you confirm" (batch Q)
    r"\buntil\s+(?:the\s+(?:order|parcel|package)|it)\s+(?:has\s+)?arrive[sd]?\b|\bhasta\s+que\s+(?:el\s+(?:pedido|paquete)|lo|la)\s+(?:llegue|reciba)|"
    r"\bat[ée]\s+que\s+(?:o\s+(?:pedido|pacote)|chegue)\b|\bjusqu'à\s+(?:ce\s+que\s+)?(?:la\s+commande|le\s+colis)\s+(?:arrive|soit\s+livré)|"
    r"\bbis\s+(?:die\s+bestellung|das\s+paket)\s+(?:\w+\s+)?(?:ankommt|angekommen\s+ist)|"
    # only once it is picked up and checked (batch U): "cuando lo recojas y compruebes", "först när du har hämtat
    # det", "pas als het binnen is"
    r"\bcuando\s+(?:lo\s+|la\s+)?(?:recojas|recoja|compruebes|compruebe|tengas|tenga)\b|\bförst\s+när\b|"
    r"\bpas\s+(?:als|wanneer|nadat)\b|\berst,?\s+(?:wenn|nachdem)\b|\bseulement\s+(?:après|quand|une\s+fois)\b|"
    r"\bsolo\s+(?:cuando|despu[eé]s)\b|\bsolo\s+(?:quando|dopo)\b|\bs[óo]\s+(?:quando|depois)\b|\bdopiero\s+(?:gdy|po)\b|"
    r"\bonly\s+(?:once|after|when)\b|"
    # after receiving and checking, in Polish and Turkish ("Po odebraniu i sprawdzeniu towaru może Pan potwierdzić odbiór",
    # "i dopiero wtedy potwierdź odbiór", "ürünü kontrol ettikten sonra teslim alındı onayı": blind batches DY, EB, stop 44)
    r"\bpo\s+(?:odebraniu|otrzymaniu|sprawdzeniu)\b|\bdopiero\s+wtedy\b|kontrol\s+ett(?:ikten|iğiniz\w*)\s+sonra|(?:ulaştıktan|ulaşıp|aldıktan)\s+sonra|eline\s+ulaşınca"
)
# A benefit the buyer has already received ("now that you received the refund, could you remove …") is no price
# for the removal that follows: the request stays a change request (issue 12.6 round 5; the offer is what Amazon's
# Customer product reviews policies forbid, "in exchange for").
RECEIVED = (
    r"\b(?:received|got|ricevuto|recibido|recibi[oó]|recebeu|recebido|reçu|otrzymał\w*|fått|получили|aldınız)\s+"
    r"(?:\w+\s+){0,2}$"
)
# ... or, in the languages that put the verb last, given already right after it: "부분 환불을 해 드렸으니 평가를 수정해
# 주실 수 있을까요?" (since we have refunded part, could you edit the review?), "返金いたしましたので", "iade ettik".
RECEIVED_AFTER = (
    r"^\s*(?:을|를|은|는)?\s*(?:이미\s*)?(?:해\s*)?(?:드렸|했으|했습|해\s*드렸|처리했|완료했|완료되었)|"
    r"^(?:を|は)?(?:既に|すでに)?(?:いたしました|しました|済み|させていただきました)|^\S{0,4}?(?:ettik|yaptık|gönderdik)\b|"
    # … or a past participle right after it: "Suite au remboursement intégral effectué ce jour par Amazon" (stop 34)
    # (not "le remboursement sera effectué": a refund to come)
    r"^\s*(?:(?:intégral|total|partiel|complet|full|partial|integral\w*|complet[oa]|vollständige?|komplette?|totale?)\s+)?"
    r"(?:(?:has\s+been|have\s+been|was|a\s+été|wurde|ist|fue|ha\s+sido|è\s+stato|foi|został)\s+)?"
    r"(?:issued|processed|effectuée?|émise?|versée?|erstattet|veranlasst|ausgezahlt|realizad[oa]|emitid[oa]|eseguit[oa]|"
    r"effettuat[oa]|emess[oa]|efetuad[oa]|wykonan[ya]|zrealizowan[ya])\b"
)
# The goods said to have arrived, in the request's sentence or the one before ("tracking says your parcel was
# delivered yesterday. … if all is fine you can confirm receipt", "Ravi que tout soit arrivé … vous pouvez maintenant
# confirmer la réception", "배송 완료로 확인됩니다 … 구매확정 부탁드려요": batch R).
DELIVERED = (
    r"\b(?:was|been|got|is)\s+delivered\b|\bdelivered\s+(?:yesterday|today|this\s+morning|on\b)|\b(?:has|have)\s+arrived\b|"
    r"\barrived\s+(?:safely|safe|in\s+good|well|ok)\b|\b(?:est|soit|sont|soient)\s+(?:bien\s+)?arrivée?s?\b|"
    r"\ba\s+été\s+(?:bien\s+)?livrée?s?\b|\b(?:ist|sind)\s+(?:\w+\s+)?(?:angekommen|zugestellt|geliefert)\b|\b(?:angekommen|zugestellt|geliefert)\s+(?:ist|sind|wurde)\b|"
    r"\b(?:ha|han|haya|hayan)\s+llegado\b|\bfue\s+entregad\w+|\bya\s+(?:le\s+|te\s+)?lleg[oó]\b|\bè\s+(?:arrivat|stat\w\s+consegnat)\w*|"
    r"\bchegou\b(?!\s+(?:no|na|ao|à|em)\s+(?:brasil|portugal|pa[ií]s|alf[âa]ndega|centro|armaz[ée]m))|\bfoi\s+entregue\b|\bis\s+(?:\w+\s+)?(?:bezorgd|aangekomen|geleverd)\b|\bdostarczon\w+|\bdoszł\w+|"
    r"\bhar\s+(?:kommit|levererats)\b|\bkom\s+fram\b|\blevererad\w*|teslim\s+edildi|доставлен\w*|تم\s+(?:ال)?تسليم|נמסר|"
    # "Vous avez bien reçu le colis", "paczka dotarła", "الطلب وصلك سليماً", "החבילה הגיעה" (stop 47 probes)
    r"\bavez\s+(?:bien\s+)?reçu\s+(?:le|votre)\s+colis\b|\bdotarł\w*|وصلك|وصلتك|החבילה\s+הגיעה|ההזמנה\s+הגיעה|"
    r"届きました|配達(?:が)?完了|配達済み|배송\s*완료|배달\s*완료|도착했|已(?:经|經)?签收|已(?:经|經)?簽收|已于\S{0,8}?签收|已於\S{0,8}?簽收|已送达|已送達|妥投"
)
STILL_EARLY = (
    r"even\s+(?:if|though)|not\s+yet|before|in\s+advance|without\s+waiting|auch\s+wenn|noch\s+nicht|vorab|"
    # delivery still ahead (batch V: "… angekommen und wird in den nächsten Tagen zugestellt")
    r"\bwird\s+(?:\w+\s+){0,4}?zugestellt|"
    r"même\s+si|pas\s+encore|"
    r"\bavant\b|aunque|todav[ií]a\s+no|a[uú]n\s+no|\bantes\b|anche\s+se|non\s+ancora|\bprima\b(?!\s*!)|mesmo\s+que|ainda\s+n[ãa]o|ook\s+als|"
    r"nog\s+niet|voordat|даже\s+если|ещ[её]\s+не|до\s+получения|还没|還沒|未收到|之前|提前|まだ|前に|届く前|아직|전에|nawet\s+jeśli|"
    r"jeszcze\s+nie|även\s+om|ännu\s+inte|\binnan\b|henüz|önce|حتى\s+لو|قبل|גם\s+אם|עדיין\s+לא|לפני|"
    r"لسه|لسا|لم\s+يصل\w*|ما\s+وصل\w*|"  # "الطلب لسه ما وصلك" (not yet: stop 47)
    # arrived, but at a sorting centre, a hub or customs: still travelling (stop 33: "il pacco è arrivato al centro di
    # smistamento", "le colis est arrivé en douane")
    r"\bsorting\s+(?:center|centre|facility)|\bcustoms\b|\bhub\b|centro\s+di\s+smistamento|\bdogana\b|centre\s+de\s+tri|\bdouane\b|"
    r"centro\s+de\s+(?:clasificaci[oó]n|distribuci[oó]n|tratamento)|\baduana\b|alf[âa]ndega|verteilzentrum|\bzoll\b|sorteercentrum|"
    r"\bdouane\b|sortowni\w*|tullen|gümrü\w*|таможн\w*|جمارك|מכס|税関|세관|海关|海關"
)
# Arrived, but in the buyer's country, not at the door: the classic early ask ("your parcel has arrived in France,
# you can confirm receipt now", "택배가 한국에 도착했습니다. 지금 바로 수령 확인 부탁드립니다", "est arrivé en France et
# sera livré la semaine prochaine": tuning batches AQ, DF, DK, stop 38), or the delivery still announced for later.
# Read only where the goods are said to have arrived (``DELIVERED``): it cancels that reading.
_COUNTRY = (
    r"(?:france|belgique|suisse|canada|qu[ée]bec|luxembourg|italia|svizzera|espa[ñn]a|m[ée]xico|argentina|chile|colombia|"
    r"per[uú]|brasil|portugal|deutschland|[öo]sterreich|schweiz|nederland|belgi[ëe]|polsk[aię]|polski|sverige|"
    r"t[üu]rkiye\S{0,4}|росси\w*|беларус\w*|казахстан\w*|السعودية|الإمارات|مصر|الأردن|الكويت|ישראל|日本|한국|국내|中国|"
    r"国内|國內|台湾|台灣|(?:the\s+)?(?:uk|united\s+kingdom|britain|england|usa|united\s+states|america|australia|ireland|"
    r"germany|france|spain|italy|japan|poland|sweden|netherlands|turkey|israel|korea|mexico|brazil)\b|your\s+country|"
    r"destination\s+country|tu\s+pa[ií]s|votre\s+pays|ihr(?:em)?\s+land|il\s+tuo\s+paese|(?:o\s+)?seu\s+pa[ií]s|uw\s+land|"
    r"twojego\s+kraju|ditt\s+land|ülkenize|вашу\s+страну|بلدك)"
)
_ARRIVED = (
    r"(?:arrived|reached|arriv[ée]e?s?|arrivat[oa]|lleg[oó]|llegado|chegou|angekommen|eingetroffen|aangekomen|"
    r"dotar[łl]\w*|kommit|anlänt|ulaştı|geldi|прибыл\w*|пришл\w*|وصل\w*|הגיע\w*|到着|도착|到达|到達|已到)"
)
IN_TRANSIT = (
    rf"{_ARRIVED}\s*(?:\S+\s+){{0,2}}?(?:in|en|au|aux|a|al|ao|à|to|do|till|в|во|إلى|ל|に|에)?\s*{_COUNTRY}|"
    rf"{_COUNTRY}\S{{0,4}}\s*(?:\S+\s+){{0,2}}?{_ARRIVED}|"
    r"\bwill\s+be\s+delivered\b|\bsera\s+(?:livrée?|distribuée?)\b|\bser[aá]\s+entregad[oa]\b|\bse\s+entregar[aá]\b|"
    r"\bsar[aà]\s+consegnat[oa]\b|\bser[aá]\s+entregue\b|\bwird\s+(?:\w+\s+){0,4}?(?:zugestellt|geliefert)\b|"
    r"\bwordt\s+(?:\w+\s+){0,3}?bezorgd\b|\bzostanie\s+(?:\w+\s+)?dostarczon\w+|\bkommer\s+(?:\w+\s+)?(?:levereras|fram)\b|"
    r"будет\s+доставлен\w*|سيتم\s+(?:ال)?توصيل|יימסר|(?:配達|お届け)予定|배송\s*예정|배달\s*예정|预计\S{0,8}?(?:送达|派送)|預計\S{0,8}?(?:送達|派送)"
)
# A review changed or removed *by someone else* ("your review has been updated by <the platform>'s system", "if your
# review is removed by <the platform>, …", "von <Plattform> entfernt", "supprimé par le système") is a statement, not a
# request to the buyer (issue 12.6 round 6). The agent is any word but the buyer or a time ("by tomorrow" is a
# deadline): the core names no platform, the pack does.
_NOT_AGENT_EN = (
    r"(?!you\b|yourself\b|your\s+(?:side|end)\b|tomorrow\b|today\b|tonight\b|\w+day\b|the\s+(?:end|weekend)\b|end\b|"
    r"next\b|this\b|then\b|now\b|\d)"
)
BY_PLATFORM = (
    r"(?:\b(?:by|through)\s+" + _NOT_AGENT_EN + r"(?!\w+ing\b)[\w'’]+|\bautomatically\b|"
    r"\b(?:von|durch)\s+(?!ihnen\b|dir\b|euch\b|morgen\b|heute\b|\w+tag\b|\d)\w+|\bautomatisch\b|"
    r"\bpar\s+(?!vous\b|toi\b|demain\b|\d)\w+|\bautomatiquement\b|"
    # "cambiado … por una más positiva" is what it was changed into, not who changed it (batch V)
    r"\bpor\s+(?!usted\b|ti\b|vos\b|favor\b|su\s+parte\b|mañana\b|una?\b|otr[ao]\b|\d)\w+|\bautom[aá]ticamente\b|"
    r"\b(?:da|dal|dalla)\s+(?!lei\b|voi\b|te\b|domani\b|oggi\b|\d)\w+|\bautomaticamente\b|"
    r"\bpel[ao]\s+(?!senhora?\b|sr\b|sra\b|\d)\w+|"
    r"\bdoor\s+(?!u\b|jou\b|je\b|\d)\w+|\bprzez\s+(?!pana\b|panią\b|ciebie\b|państwa\b|\d)\w+|"
    r"системой|платформой|администрацией|модератор\w*|автоматически|tarafından|otomatik|"
    r"により|によって|系统|系統|平台|에\s*의해|자동)"
)
# The passive that such an agent belongs to: "was removed by", "wurde von … entfernt", "è stata rimossa da", "был
# удалён системой". Without it, "please remove your review by clicking here" would read as someone else's act.
PASSIVE = (
    r"\b(?:is|are|was|were|be|been|being|gets?|got)\b|\b(?:wurde\w*|wird|worden|werden|ist)\b|\b(?:été|est|sont)\b|"
    r"\b(?:fue|sido|es|está|han|ha|sea)\b|\b(?:è|stata|stato|viene|venuta|venuto)\b|\b(?:foi|sido|é|for|seja|ser)\b|\b(?:wordt|werd|is)\b|"
    r"\b(?:został\w*|jest)\b|\b(?:blev|är|har)\b|был\w*|удал[её]н\w*|silin\w*|kaldırıl\w*|された|され|被|되었|됐|되"
)
# A review change told as a past fact ("your review has been updated", "the review was removed") with no ask, no
# condition and no benefit around it is no request either.
PAST_PASSIVE = r"\b(?:has|have|had)\s+been\s+\w+\W*$|\b(?:was|were)\s+\w+\W*$|^(?:removed|deleted|changed|updated|edited|revised|modified|withdrew)\b"
# ... and where the passive follows the verb: "レビューが一件削除されたとの通知" (a review was removed), "삭제되었습니다",
# "kaldırıldı" — not "削除されたら" (once it is removed: a condition).
PAST_PASSIVE_AFTER = (
    r"^(?:さ)?れ(?:た(?!ら)|ました|ております|ています)|^(?:되었|됐)|^(?:edildi|ildi|ıldı|ldi|ldı)\b"
)
# Adverbs that name no one but say the buyer did nothing ("removed automatically"), passive or not.
# The buyer's own question, reported before the seller answers it ("you asked whether we refund if you change your
# review", "Sie fragen, ob Sie Ihre Rezension löschen sollten", "您问改评价能不能退款"): no request (batch P).
ASKED = (
    r"\b(?:you\s+(?:asked|wonder(?:ed)?|want\s+to\s+know)|to\s+answer\s+your\s+question|regarding\s+your\s+question)\b|"
    # the buyers' question reported ("we've had a few messages asking if people can pay by bank transfer": stop 48)
    r"\b(?:messages|people|customers|buyers)\s+asking\s+(?:us\s+)?(?:if|whether)\b|"
    r"\b(?:on|about|re)\s+your\s+question\b|"
    # the buyer's own offer reported: "Recebemos sua mensagem dizendo que mudaria a avaliação se …" (stop 34)
    r"\bmensagem\s+dizendo\s+que\b|\byou\s+(?:said|wrote|mentioned)\s+(?:that\s+)?you(?:'d|\s+would)\b|"
    r"\bvous\s+(?:nous\s+)?(?:dites|écrivez|avez\s+écrit)\s+que\s+vous\b|\bsie\s+(?:schreiben|haben\s+geschrieben),?\s+dass\s+sie\b|"
    r"\bmensaje\s+diciendo\s+que\b|\bmessaggio\s+in\s+cui\s+dice\s+che\b|"
    r"\bsie\s+fragen\b|\bihre\s+frage\b|\bvous\s+(?:nous\s+)?demandez\b|\bvotre\s+question\b|\bsobre\s+su\s+pregunta\b|"
    r"\b(?:usted\s+)?pregunt[oó]\b|\bmi\s+(?:ha\s+)?chiest[oa]\b|\bla\s+sua\s+domanda\b|\bvoc[êe]\s+perguntou\b|"
    r"\bsua\s+(?:d[úu]vida|pergunta)\b|\b(?:u|je|jij)\s+vroeg\b|\buw\s+vraag\b|\bpyta\w*\s+pan\w*\b|\bdu\s+(?:frågade|undrade)\b|"
    r"sordunuz|sormuşsunuz|вы\s+спрашиваете|ваш\s+вопрос|سألت|سؤالك|שאלת|לשאלתך|お問い合わせ(?:の件|いただいた)|ご質問|"
    r"문의하신|질문하신|您问|您問|你问|关于您的问题|"
    # the buyer's own offer or question reported (batch AE): "vous nous proposiez", "nos preguntaba si", "ci chiedeva",
    # "вы спрашивали про", "とのご提案をいただき", "해 달라고 하셨는데", "you offered"
    r"\bvous\s+nous\s+propos\w*|\bpreguntaba\b|\b(?:ci|mi)\s+chiedeva\b|вы\s+спрашивали|ご提案をいただき|달라고\s*하셨|\byou\s+offered\b|"
    # as the buyer asked ("vous nous demandiez comment modifier votre avis", "zoals gevraagd: je kunt je review
    # aanpassen via …"): how to edit one's own review, told on request (batch T)
    r"\bvous\s+(?:nous\s+)?demandiez\b|\bas\s+(?:you\s+)?requested\b|\bwie\s+(?:gewünscht|erbeten)\b|\bcomme\s+demandé\b|"
    # "As you asked: to edit your review, go to …", "Comme vous nous l'avez demandé : …", "Sorduğunuz gibi: …" (stop 47)
    r"\bas\s+you\s+asked\b|\bcomme\s+vous\s+(?:nous\s+)?l'avez\s+demandé\b|sorduğunuz\s+gibi|"
    r"\bcomo\s+(?:nos\s+)?(?:pidió|pediste|solicitó)\b|\bcome\s+(?:da\s+lei\s+)?richiesto\b|\bconforme\s+solicitado\b|"
    r"\bcomo\s+(?:voc[êe]\s+)?pediu\b|\bzoals\s+(?:je\s+|u\s+)?gevraagd\b|\bzgodnie\s+z\s+(?:\w+\s+)?prośbą\b|"
    r"\bsom\s+du\s+bad\s+om\b|istediğiniz\s+gibi|как\s+вы\s+просили|كما\s+طلبت|כפי\s+שביקשת|ご要望の通り|요청하신\s*대로|"
    r"按照您的要求|"
    # the question reported in the past or with "as you ask" (batch V): "Sie hatten gefragt, ob …", "Como nos pregunta",
    # "Ci chiede come …", "문의하셨는데요", "关于您询问如何修改评论"
    r"\bsie\s+(?:hatten|haben)\s+(?:uns\s+)?gefragt\b|\bsie\s+fragten\b|\bcomo\s+(?:nos\s+)?pregunt[aó]\b|\bci\s+chiede\b|"
    r"\bci\s+ha\s+chiesto\b|문의하셨|질문하셨|您询问|您詢問|"
    # the buyer's proposal thanked for or reported, then refused (batch AL): "danke für Ihr Angebot", "thanks for your
    # offer", "na propozycję … nie możemy", "istediğinizi gördük", "فهمنا إن حضرتك مستعد", "הבנו שהצעת", "您说给五星就要"
    r"\b(?:thanks?|thank\s+you)\s+for\s+(?:your|the)\s+(?:offer|proposal|suggestion)\b|\bdanke\s+für\s+ihr(?:en)?\s+(?:angebot|vorschlag)\b|"
    r"\bmerci\s+pour\s+votre\s+(?:offre|proposition)\b|\bgracias\s+por\s+(?:su|tu)\s+(?:oferta|propuesta)\b|"
    r"\bna\s+propozycj\w+|istediğinizi\s+gördük|فهمنا\s+إن|הבנו\s+ש|您说给|您說給"
)
# The seller telling what it changed itself ("غيّرنا السلك", "мы поменяли упаковку", "we changed the cable after
# reading reviews"): no request to the buyer (batch P).
WE_CHANGED = (
    r"\bwe(?:'ve|\s+have)?\s+(?:changed|updated|modified|improved|replaced)\b|\bhaben\s+wir\s+(?:\w+\s+){0,3}?(?:geändert|angepasst|"
    r"aktualisiert|verbessert)\b|\bnous\s+avons\s+(?:changé|modifié|amélioré)\b|\b(?<!haya\s)(?<!hayas\s)(?<!que\sha\s)(?<!que\shas\s)(?:hemos\s+)?(?:cambiado|modificado|mejorado)\b|"
    r"\bcambiamos\b|\babbiamo\s+(?:cambiato|modificato|migliorato)\b|\b(?:mudamos|alteramos|melhoramos)\b|"
    r"\bhebben\s+we\s+(?:\w+\s+){0,3}?(?:aangepast|veranderd|gewijzigd)\b|\bzmieniliśmy\b|\bvi\s+har\s+(?:ändrat|bytt)\b|"
    r"değiştirdik|поменяли|изменили|обновили|заменили|غيرنا|غيرنا|عدلنا|عدلنا|שינינו|変更しました|改善しました|변경했|바꿨|我们(?:已经)?(?:更换|改进|修改)了|"
    # the listing or manual updated after the review (batch Y): "hebben we de handleiding herzien", "zaktualizowaliśmy
    # opis", "قمنا بتحديث وصف المنتج", "상품 설명을 수정하고", "we have revised the description"
    r"\bwe(?:'ve|\s+have)?\s+(?:revised|reworded|rewritten|corrected|added)\b|\bhelped\s+us\s+(?:to\s+)?\w+|\bhebben\s+we\s+(?:\w+\s+){0,3}?(?:herzien|bijgewerkt|toegevoegd)\b|"
    r"\b(?:zaktualizowaliśmy|aktualizowaliśmy|poprawiliśmy)\b|قمنا\s+(?:بتحديث|بتعديل|بتغيير)|(?:설명|안내|사진|매뉴얼)\S*\s*수정하고|수정했습니다"
)
# The buyer asked how to edit or remove the review, a few sentences back, and the seller explains the steps ("You
# asked how to delete the review … select 'Delete review'. Whether you do so is entirely up to you"): no request,
# however many sentences the steps take (batch Y; the question is reported in the answer's first sentence).
ASKED_HOW = (
    r"\byou\s+(?:have\s+)?asked\s+(?:us\s+|me\s+)?(?:how|whether|if)\b|\bsie\s+(?:hatten|haben)\s+(?:uns\s+)?gefragt,?\s+wie\b|"
    r"\bvous\s+(?:nous\s+)?avez\s+demandé\s+comment\b|\bnos\s+pregunt[oó]\s+c[oó]mo\b|\bpregunt[oó]\s+c[oó]mo\b|"
    r"\b(?:ci|mi)\s+ha\s+chiesto\s+come\b|\bperguntou\s+como\b|\b(?:u|je)\s+vroeg\s+(?:hoe|of)\b|\bpyta\w*\s+(?:pan\w*,?\s+)?(?:jak|czy)\b|"
    r"\bdu\s+frågade\s+hur\b|nasıl\s+\S+\s+sordunuz|вы\s+(?:спросили|спрашивали),?\s+(?:как|можно\s+ли)|سألت(?:م)?\s+(?:عن\s+)?(?:طريقة|كيف)|שאלת\s+איך|"
    r"(?:方法|やり方)について(?:の)?(?:お問い合わせ|ご質問)|(?:방법을|있는지|되는지)\s*(?:문의하셨|물어보셨)|(?:您|你)(?:询问|詢問|问|問)(?:了)?(?:如何|怎么|怎樣|怎样)"
)
# A review the buyer mentions, said to have nothing to do with a refund or anything else ("返金とは一切関係ございません",
# "det påverkar inte återbetalningen", "unrelated to your review"): no incentive, no pressure (batch N).
UNRELATED = (
    r"\b(?:nothing\s+to\s+do\s+with|(?:is|are)\s+unrelated|not\s+related\s+to|(?:does|do)\s*n[o']t\s+affect|regardless\s+of|"
    r"independent(?:ly)?\s+of|in\s+no\s+way)\b|\bunabhängig\s+(?:von|davon)\b|\bhat\s+nichts\s+mit\b|\bkeinen\s+einfluss\b|"
    r"\bn'a\s+(?:aucun\s+(?:lien|rapport|impact)|rien\s+à\s+voir)\b|\bsans\s+(?:aucun\s+)?rapport\b|\bno\s+tiene\s+(?:nada\s+que\s+ver|ninguna\s+relaci[oó]n)\b|\bhar\s+ingenting\s+med\b|"
    r"\bindependientemente\b|\bno\s+afecta\b|\bnon\s+ha\s+(?:nulla|niente)\s+a\s+che\b|\bindipendente\w*\b|\bnon\s+influisce\b|"
    r"\bn[ãa]o\s+tem\s+nada\s+a\s+ver\b|\bn[ãa]o\s+afeta\b|\bheeft\s+(?:daar\s+)?niets\s+(?:mee\s+)?te\s+maken\b|\blos\s+van\b|"
    r"\bgeen\s+invloed\b|\bnie\s+ma\s+(?:żadnego\s+)?(?:związku|wpływu)\b|\bniezależnie\b|\bpåverkar\s+inte\b|\bhar\s+inget\s+med\b|"
    r"ilgisi\s+yok|etkilemez|bağımsız|никак\s+не\s+связан\w*|не\s+влияет|независимо|لا\s+علاقة|لا\s+يؤثر|אין\s+(?:לזה\s+)?קשר|"
    r"לא\s+משפיע\w*|(?:אינו|אינה|לא)\s+תלוי\w*\s+ב|関係(?:ございません|ありません|なく)|影響(?:しません|ありません|はございません)|무관|상관(?:없|이\s*없)|관계(?:없|가\s*없)|"
    r"无关|無關|没有关系|沒有關係|不影响|不影響|(?:不会|不會)(?:因为|因為|因)|"
    # "レビューの有無にかかわらず返金いたします", "sem nenhuma condição", "sin ninguna condición" (stop 33)
    r"にかかわらず|に関わらず|有無を問わず|\bsin\s+ninguna\s+condici[oó]n\b|\bsem\s+(?:nenhuma\s+)?condi[çc][ãa]o\b|"
    r"\bwithout\s+any\s+conditions?\b|\bno\s+strings\s+attached\b|\bohne\s+(?:jede\s+)?bedingung\w*\b|\bsans\s+(?:aucune\s+)?condition\b|"
    # "quel que soit votre avis", "oavsett ditt omdöme", "بغض النظر عن تقييمك", "无论您是否评价", "리뷰 작성 여부와 관계없이",
    # "whether or not you leave a review", "que vous laissiez un avis ou non" (stop 40)
    r"\bquel(?:le)?s?\s+que\s+soi(?:t|ent)\s+(?:votre|ton|l')\s*(?:avis|note|évaluation|commentaire)|"
    r"\boavsett\s+(?:ditt|ert|om\s+du|vad\s+du)\b|بغض\s+النظر\s+عن\s+(?:تقييم|رأي|مراجع)|"
    r"\bwhether\s+or\s+not\s+you\s+(?:leave|write|post|give|review)|\bque\s+vous\s+(?:\w+\s+){1,4}?ou\s+non\b|\bcomo\s+si\s+no\b|"
    r"(?:无论|無論|不管)(?:您|你)?(?:是否|给不给|給不給|评不评|評不評)|여부(?:와|에)\s*(?:관계|상관)\s*없|"
    # any review the buyer wants ("you can of course leave any review you want", "la recensione che preferisce", "レビュー
    # はご自由に": stop 41 probes)
    r"\b(?:any|whatever)\s+(?:review|rating|feedback)\s+you\s+(?:want|like|wish)\b|\bjede\s+bewertung,?\s+die\s+sie\s+(?:möchten|wollen)\b|"
    r"\bl'avis\s+que\s+vous\s+(?:souhaitez|voulez)\b|\bla\s+reseña\s+que\s+(?:quiera|desee)\b|\bla\s+recensione\s+che\s+(?:preferisce|vuole|desidera)\b|"
    r"\ba\s+avalia[çc][ãa]o\s+que\s+quiser\b|\belke\s+review\s+(?:\w+\s+)?die\s+u\s+wilt\b|\bdowoln\w+\s+opini\w*|"
    r"\bvilket\s+omdöme\s+du\s+vill\b|istediğiniz\s+(?:yorumu|değerlendirmeyi)|\bлюбой\s+отзыв|(?:レビュー|評価)は(?:ご)?自由に|"
    r"(?:评价|評價)(?:您|你)可以随意|(?:리뷰|후기)는\s*자유롭게|أي\s+تقييم\s+تريده|כל\s+ביקורת\s+שתרצ\w*"
)
# Thanks for a purchase already made in the seller's shop on the platform ("Gracias por comprar en nuestra tienda"):
# no invitation to buy elsewhere (batch O).
THANKS_FOR_BUYING = (
    r"(?:\bthank\s+you|\bthanks|\bdanke|\bmerci|\bgracias|\bgrazie|\bobrigad[oa]|\bbedankt|\bdziękujemy|\btack|\bteşekkür\w*|"
    r"спасибо|شكرا|תודה|感谢|感謝|ありがとう|감사)\s+(?:\w+\s+){0,2}?$"
)
# The seller saying what they did not do ("we didn't take down your review"): no request (batch O).
DID_NOT = (
    r"\b(?:didn't|did\s+not|never|haven't|have\s+not|hasn't|has\s+not|nicht|jamais|nunca|mai|nooit|aldrig|никогда\s+не)\s+(?:\w+\s+)?$|"
    # no need to write or change a review ("אין צורך לכתוב או לשנות ביקורת", batch T)
    r"(?:\bno\s+need\s+to|\bpas\s+besoin\s+de|\bno\s+hace\s+falta|\bnon\s+c'è\s+bisogno\s+di|\bnão\s+(?:é\s+)?preciso|"
    r"\bhoeft\s+niet|\bnie\s+trzeba|\bbehöver\s+(?:\w+\s+)?inte|\bне\s+нужно|لا\s+(?:داعي|حاجة)|אין\s+צורך)\s+(?:\w+\s+){0,2}$"
)
# A review word that names the seller's assessment of a return, a complaint or a claim, not the buyer's review: "La
# valoración técnica de su devolución sigue pendiente", "Ocena reklamacji … jeszcze trwa", "De beoordeling van uw retour
# loopt nog", "Talebiniz hâlâ değerlendirmede", "Our team reviewed your case a second time" (stop 41 probes). The
# object follows the review word within three words (not a request, an order or a phone case: "request for a review",
# "تقييم طلبك", "review of the phone case" are reviews); Turkish puts the request first ("Talebiniz … değerlendirmede"),
# and "under review", "قيد المراجعة" are assessments.
ASSESSED_OBJECTS = (
    r"(?:your\s+case|complaint|claim|return(?:ed)?|refund\s+request|warranty|repair|"
    r"rücksendung|reklamation|retoure|garantie\w*|réclamation|dossier|devoluci[oó]n|reclamaci[oó]n|"
    r"garant[ií]a|reso|reclamo|pratica|garanzia|devolu[çc][ãa]o|reclama[çc][ãa]o|troca|"
    r"retour\w*|klacht|reparatie|reklamacj\w*|zwrot\w*|gwarancj\w*|retur\w*|ärende\w*|garanti\w*|"
    r"iade\w*|şikayet\w*|возврат\w*|претензи\w*|гаранти\w*|рекламаци\w*|الإرجاع|إرجاع|الشكوى|"
    r"الضمان|החזרה|תלונה|אחריות)"
)
ASSESSED_AFTER = rf"\w*\s+(?:\S+\s+){{0,3}}?{ASSESSED_OBJECTS}\b"
# ("under review", "قيد المراجعة": being processed)
ASSESSED_BEFORE = r"\btalebiniz\s+(?:\S+\s+){0,2}?$|\bunder\s+$|قيد\s+(?:ال)?$"
#: How far around a match the seller's "we can't …" is read (before it, and after it: "… ist leider nicht möglich").
UNABLE_BEFORE, UNABLE_AFTER = 50, 60  # 50: "non abbiamo la possibilità di modificare o rimuovere …" (batch V)
# Stars that rate the product in a test or a label ("5-star energy rating", "fem stjärnor … i en konsumenttidnings
# test"): no request for positive reviews (batch L).
SPEC_STARS = (
    r"\benerg\w*|\bénerg\w*|энерг\w*|كفاءة|طاقة|에너지|エネルギー|能效|\btest\w*|\bтест\w*|テスト|테스트|"
    # a freezer's star grade ("5 estrelas no freezer", stop 48 probes)
    r"\bfreez\w*|\bcongela\w*|\bgefrier\w*|\bvriez\w*|\bzamrażar\w*|\bfrys\w*|dondurucu|морозил\w*|冷凍|冷冻|냉동|מקפיא|فريزر|مجمد|"
    # "a five-star safety rating", "crash test" (stop 41)
    r"\bsafety\s+rating|\bsicherheitsbewertung|\bconsumer\b|\bmagazine\b|\btidning\w*|\bzeitschrift\b|\bncap\b|\bhotels?\b|\bhôtels?\b|\bhoteles\b|\balberghi\b|\bhotéis\b|"
    # "五星級飯店等級", "5 yıldızlı otel kalitesinde": a hotel's grade (batch AD)
    r"五星[级級]|\botel\w*|فنادق|فندق|מלונות|מלון|"
    # the stars a label prints for a grade of the product ("五颗星表示床垫的硬度等级", "die Sterne zeigen den Härtegrad":
    # stop 47 probes)
    r"硬度|\bhärtegrad\w*|\bfirmness\b|\bfermeté\b|\bfirmeza\b|"
    # the listing's average ("la valoración de 4,5 estrellas que ves en la ficha", "4,5 yıldız … ortalamasıdır"; batch W)
    r"\b\d[.,]\d\s*(?:(?:von|of|out\s+of|de|sur|su|van|z|av|на)\s+5\s+)?(?:stars?|estrell(?:as|itas)|sterne\w*|étoiles|stelle|estrel(?:as|inhas)|sterren|gwiazdk\w*|stjärn\w*|yıldız|звезд\w*|نجوم|כוכבים)|"
    r"\baverage\b|\bdurchschnitt\w*|\bmoyenne\b|\bpromedio\b|\bmedia\b|\bmédia\b|\bgemiddeld\w*|\bśredni\w*|"
    r"\bgenomsnitt\w*|ortalama\w*|средн\w*|متوسط|ממוצע|平均|평균"
)
# A thing the buyer is told to change or remove in use, not a review: "please remove it before use", "hay que cambiarlo
# cada tres meses" (batch W).
IN_USE = (
    r"(?:before\s+(?:use|using)|every\s+\d|every\s+(?:few\s+)?(?:day|week|month|year)|each\s+(?:day|week|month|time)|"
    r"vor\s+(?:dem\s+)?(?:gebrauch|benutzen)|alle\s+\d|avant\s+(?:utilisation|usage|l'utilisation)|tous\s+les\s+\d|"
    r"antes\s+de\s+(?:usar|utilizar|su\s+uso)|cada\s+\d|cada\s+(?:tres|dos|seis|mes|semana|año)|girándol[oa]|"
    r"prima\s+dell'uso|ogni\s+\d|antes\s+(?:do\s+uso|de\s+usar)|a\s+cada\s+\d|voor\s+(?:het\s+)?gebruik|elke\s+\d|"
    r"przed\s+użyciem|co\s+\d|före\s+användning|var\s+\d|kullanmadan\s+önce|her\s+\d|перед\s+использованием|каждые\s+\d|"
    r"قبل\s+الاستخدام|كل\s+\d|לפני\s+השימוש|כל\s+\d|使用前|ご使用前|사용\s*전)"
)
AUTOMATIC = r"\b(?:automatically|on\s+its\s+own|by\s+itself|automatisch|von\s+sich\s+aus|automatiquement|d'elle-même|autom[aá]ticamente|automaticamente)\b|автоматически|otomatik|자동"
CHANGE_ASK = (
    r"\b(?:please|kindly|could|would|can|will\s+you|so\s+that|in\s+exchange|in\s+return|hope|wish|ask\w*|request\w*|"
    r"appreciate\w*|need|must|should)\b"
)
# A condition before the change ("once your review has been edited, …") keeps it a price; after it ("was updated
# after <the platform> reviewed the claim") it only tells when.
CHANGE_IF = r"\b(?:if|once|as\s+soon\s+as|after|when|provided|until|unless)\b"
