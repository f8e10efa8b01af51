"""Review manipulation told by concept, not by sentence (issue 12.6 round 13, tuned on blind batch N).

Batch N was written blind from real seller wording and scored 0.836 / 0.560 on the rules of round 12: the review
classes are said in ways no single sentence list covers. Each family here is a pair or triple of *concepts* that
together are the violation, in the sixteen languages:

- **the review going live releases a benefit** — a refund, a code, a gift "as soon as your review is showing",
  "sobald Ihre Rezension freigeschaltet ist", "レビューが掲載され次第": the benefit may be offered in the sentence
  before (:class:`._lexicon.Linked`); or proof of the review (the reviewer's name, a screenshot) with a benefit;
- **a reward for a photo review** — "for a review with a photo you get 3 USD", "带图评价 … 返现";
- **whoever reviews gets more** — the round-7 family, in the languages and gift words it lacked, and prize draws;
- **look at it again** — "would you mind taking another look at what you wrote", "もう一度ご確認いただけないでしょうか",
  and updating "it" when the review was named just before;
- **the review gone** — "if the 1 star could go away", "se aquela nota 1 deixasse de aparecer";
- **only the satisfied** — "we only ask customers who are completely satisfied to review";
- **a positive review would help us** — without any request verb; "don't leave bad feedback";
- **pressure across sentences** — the third message, the days left, the rating that will drop, "please, please",
  in the sentence before or after the review word.

Every match runs through the rule's veto (:mod:`._vetoes`): thanks for a review given, the seller saying it cannot
act on reviews, a refund "unrelated to" the review.
"""

# Sources per concept (the platform packs cite them per rule): the marketplace's customer product reviews policy (no
# compensation, no refund or reimbursement after a review, no asking to change or remove a review, no asking only
# buyers with a positive experience, no repeated requests — shared/platforms/amazon.md §5.1, Seller Central
# E8SYAZUBGVFBHCH) and the other marketplace's seller rules on feedback manipulation and harassment for reviews
# (shared/platforms/aliexpress.md §8).

from __future__ import annotations

import re

from ._lexicon import _SENT, Family, family, linked_family, merged, near
from ._phrases_intl import (
    _CONTEXT_EXTRA,
    _GIFT,
    _GIVES,
    _PRIZE,
    _SUM,
    _TAKE_IT,
    _TAKE_IT_ANCHORS,
    _WHO,
    AND_YOU,
    ASK,
    BENEFIT,
    IN_EXCHANGE,
    LINK,
    PLEASE,
    PROMISE,
    PROMISE_AFTER,
    R7_REVIEW,
    R7_REVIEW_ANCHORS,
    REMINDER,
    REPEATED,
    REVIEW_EDIT_VERB,
    STARS,
    THANKS_BEFORE,
    UNRELATED,
    URGENT,
    WISH,
    _chain,
)

__all__ = ["BAD_REVIEW_THREAT", "REVIEW_CONCEPT_FAMILIES"]

_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ru", "ar", "he", "ja", "ko", "zh")
_REVIEW = R7_REVIEW
_ANCHORS = R7_REVIEW_ANCHORS

# The review asked for by its verb ("avalie o pedido", "bewerten Sie", "оцените"): a review word too, next to pressure.
_RATE_VERB = {
    "en": r"|\brate\s+(?:us|the\s+(?:item|product|order|purchase))\b", "de": r"|\bbewerten\s+sie\b|\bnicht\s+bewertet\b", "fr": r"|\bévaluez\b|\bnot(?:ez|er)\b",
    "es": r"|\bval[oó]r(?:e|en|enos|anos|ar)\b|\bcalifiqu(?:e|en)\w*", "it": r"|\bvalut(?:i|ate|ateci|arci)\b|\bvalutare\s+(?:il|l'|la)\s*(?:suo\s+|tuo\s+)?(?:ordine|acquisto|prodotto|articolo)\b", "pt": r"|\bavali(?:e|em|ar)\b",
    "nl": r"|\bbeoordeel\b", "pl": r"|\boceń\b|\bocenić\b", "sv": r"|\bbetygsätt\w*|\brecensera\w*", "ru": r"|оцените|оценивайте", "tr": r"|değerlendirin|puanlayın",
    "ar": r"|قيم|قيمي", "he": r"|דרגו|לדרג|תדרג\w*", "ja": r"|評価して", "ko": r"|평가해", "zh": r"|评价一下|評價一下",
}  # fmt: skip
_RATE_VERB_ANCHORS = {
    "en": "|rate", "de": "|bewerten", "fr": "|évaluez|notez|noter", "es": "|valor|valór|califiqu", "it": "|valut", "pt": "|avali",
    "nl": "|beoordeel", "pl": "|oceń|ocenić", "sv": "|betygsätt|recensera", "ru": "|оцените|оценивайте", "tr": "|değerlendirin|puanlayın",
    "ar": "|قيم|قيمي", "he": "|דרגו|לדרג|תדרג", "ja": "|評価して", "ko": "|평가해", "zh": "|评价一下|評價一下",
}  # fmt: skip
#: The review named, or asked for by its verb: the context most review concepts are read beside.
_REVIEWED = {lang: f"(?:{_REVIEW[lang]}{_RATE_VERB[lang]})" for lang in _RATE_VERB}

# ------------------------------------------------------------------ 1. the review going live releases a benefit

# A time condition on the review: "once", "as soon as", "the moment", "after".
_WHEN = {
    "en": r"\b(?:once|as\s+soon\s+as|when|after|the\s+moment|right\s+after)\b",
    "de": r"\b(?:sobald|wenn|nachdem|sowie|gleich\s+nachdem)\b",
    "fr": r"\b(?:dès\s+que|une\s+fois|quand|lorsque|après|aussitôt\s+que|dès)\b",
    "es": r"\b(?:en\s+cuanto|cuando|una\s+vez|tan\s+pronto|apenas|despu[eé]s\s+de)\b",
    "it": r"\b(?:appena|non\s+appena|quando|una\s+volta|dopo\s+che|dopo)\b",
    "pt": r"\b(?:assim\s+que|quando|logo\s+que|depois\s+que|ap[óo]s|t[ãa]o\s+logo)\b",
    "nl": r"\b(?:zodra|als|wanneer|nadat|na)\b",
    "pl": r"\b(?:gdy\s+tylko|jak\s+tylko|kiedy|gdy|po\s+tym,?\s+jak|po|zaraz\s+po)\b",
    "sv": r"\b(?:så\s+snart|när|efter\s+att|efter)\b",
    "ru": r"(?:как\s+только|когда|после\s+того,?\s+как|сразу\s+после|после)",
    "ar": r"(?:فور|بمجرد|عند|بعد|حالما)",
    "he": r"(?:ברגע\s+ש|אחרי\s+ש|לאחר\s+ש|מיד\s+כש|כש)",
}  # fmt: skip
# The review published, visible, up.
_LIVE = {
    "en": r"\b(?:showing|visible|live|published|posted|online|appears?|approved|shows\s+up|goes\s+live)\b",
    "de": r"\b(?:freigeschaltet|veröffentlicht|sichtbar|online|erscheint|erschienen|zu\s+sehen|live)\b",
    "fr": r"\b(?:publié\w*|visible|en\s+ligne|apparaît|apparaîtra|paraît|validé\w*|publication)\b",
    "es": r"\b(?:publicad\w*|visible|aparezca|aparece|en\s+l[ií]nea|online|publicaci[oó]n)\b",
    "it": r"\b(?:pubblicat\w*|visibil\w*|online|appare|apparirà|compare|comparirà|pubblicazione)\b",
    "pt": r"\b(?:publicad\w*|vis[ií]vel|aparecer|aparece|online|no\s+ar|publica[çc][ãa]o)\b",
    "nl": r"\b(?:zichtbaar|geplaatst|online|verschijnt|gepubliceerd|erop\s+staat|live)\b",
    "pl": r"\b(?:opublikowan\w*|widoczn\w*|pojawi\w*|opublikowaniu|publikacji)\b",
    "sv": r"\b(?:publicera\w*|synlig|syns|dyker\s+upp|ligger\s+uppe|är\s+uppe)\b",
    "ru": r"(?:опубликова\w*|появит\w*|появил\w*|будет\s+виден|публикаци\w*|размещени\w*)",
    "ar": r"(?:ظهور|نشر|إضافة|كتابة|يظهر|تظهر)",
    "he": r"(?:תופיע|יופיע|תתפרסם|יתפרסם|פורסמה|פורסם|עולה|תעלה|עלתה)",
}  # fmt: skip
# Every match holds one of these (rarer than the review words it follows: the family opens fewer windows).
_LIVE_ANCHORS = {
    "en": "showing|visible|live|published|posted|online|appear|approved|shows",
    "de": "freigeschaltet|veröffentlicht|sichtbar|online|erscheint|erschienen|sehen|live",
    "fr": "publié|visible|ligne|apparaît|apparaîtra|paraît|validé|publication",
    "es": "publicad|visible|aparezca|aparece|línea|linea|online|publicaci",
    "it": "pubblicat|visibil|online|appare|apparirà|compare|comparirà|pubblicazione",
    "pt": "publicad|visível|visivel|aparecer|aparece|online|no ar|publicaç|publicac",
    "nl": "zichtbaar|geplaatst|online|verschijnt|gepubliceerd|erop staat|live",
    "pl": "opublikowan|widoczn|pojawi|publikacji",
    "sv": "publicera|synlig|syns|dyker|ligger|är uppe",
    "ru": "опубликова|появит|появил|виден|публикаци|размещени",
    "ar": "ظهور|نشر|إضافة|كتابة|يظهر|تظهر",
    "he": "תופיע|יופיע|תתפרסם|יתפרסם|פורסמה|פורסם|עולה|תעלה|עלתה",
}  # fmt: skip
# Languages that put the condition after the review ("レビューが掲載され次第", "후기가 올라오는 대로", "评价之后",
# "değerlendirmeniz göründüğü anda", "yorumunuzu yazdıktan sonra").
_LIVE_AFTER = {
    "ja": r"(?:掲載|公開|投稿|反映|確認)(?:され|い?ただ(?:き|け)?)?(?:次第|後|たら|ましたら|ました後)",
    # ("… 게시되는 즉시", "评价一发布", "yayınlanır yayınlanmaz": the moment it is up, stop 42)
    "ko": r"(?:올라오는\s*(?:대로|즉시)|올라오면|게시되는\s*(?:대로|즉시)|게시되면|등록되는\s*(?:대로|즉시)|등록되면|확인되는\s*대로|확인되면|작성\s*후|"
    r"작성하신\s*후|남기신\s*후|남겨\s*주시면|올려\s*주시면)",
    "zh": r"(?:发布|發布|显示|顯示|上线|出现|出現|通过|通過)?(?:之后|之後|以后|以後|后|後)|一(?:发布|發布|显示|顯示|上线|通过|通過)",
    "tr": r"\w*(?:ınca|ince|unca|ünce|dığında|diğinde|duğunda|düğünde|dığı\s+anda|diği\s+anda|duğu\s+anda|düğü\s+anda|"
    r"(?:ır|ir|ur|ür|ar|er)\s+\w+(?:maz|mez)\b|"
    r"dıktan\s+sonra|dikten\s+sonra|duktan\s+sonra|dükten\s+sonra|tıktan\s+sonra|tikten\s+sonra)",
}  # fmt: skip
# What is released: the benefit words, an amount, a code or a discount.
_MONEY = (
    r"(?:[$€£¥₺₽₪]|r\$|us\s?\$)\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|\$|£|¥|₺|₽|₪|eur\w*|usd|dollars?|pounds?|"
    r"reais|yuan|kr|kronor|zł|tl|lira|руб\w*|доллар\w*|درهم\w*|دولار\w*|דולר|שקל\w*|円|元|달러|원)|-\s?\d+\s?%"
)
_RELEASED = {
    "de": r"|gutschrift|gut\s*(?:geschrieben|schreiben)|code",
    "fr": r"|code|droit\s+à",
    "es": r"|c[oó]digo",
    "it": r"|codice|sblocc\w*",
    "pt": r"|c[oó]digo|cashback",
    "nl": r"|code|\bbetal\w*\s+(?:\w+\s+){0,4}?terug\b|aankoopprijs",
    "pl": r"|kod\w*",
    "sv": r"|kod\w*|betala\w*\s+(?:\w+\s+){0,2}?tillbaka",
    "tr": r"|kod\w*|iade\w*",
    "ru": r"|промокод\w*|код\w*|компенсаци\w*",
    "ar": r"|رمز|كود",
    "he": r"|קוד|החזר\w*",
    "ja": r"|コード|お手続き|お返し",
    "ko": r"|코드|처리해\s*드",
    "zh": r"|优惠码|優惠碼|折扣码|激活|退还|退還|全额|全額",
    "en": r"|code|push\s+(?:\w+\s+)?through",
}
_BENEFIT = {lang: f"(?:{BENEFIT[lang]}{_RELEASED.get(lang, '')}|{_MONEY})" for lang in _LANGS}

# A review asked for, then the seller alone paying for it in the first person singular (stop 52 probes: "Deja una reseña y
# te devuelvo 3 dólares", "Lascia una recensione e ti rimborso 3 euro", "Schreib eine Bewertung und ich erstatte dir 3 Euro",
# "Оставь отзыв, и я верну тебе 3 доллара", "תשאיר ביקורת ואני אחזיר לך 3 דולר", "给个好评我退你3块钱": 9 of 18 such
# probes were missed where "we" was caught). Communication Guidelines ("no incentives"); AliExpress §8.
_I_GIVE = {
    "de": r"\bich\s+(?:erstatte|schicke|schenke|überweise|gebe|zahle|sende)\s+(?:dir|ihnen|euch)\b|\b(?:erstatte|schicke|schenke|gebe|zahle|sende)\s+ich\s+(?:dir|ihnen|euch)\b",
    "es": r"\b(?:te|le)\s+(?:devuelvo|reembolso|regalo|mando|envío|doy|pago)\b",
    "it": r"\b(?:ti|le)\s+(?:rimborso|restituisco|regalo|mando|invio|do|spedisco)\b",
    "pt": r"\b(?:eu\s+)?(?:te|lhe)\s+(?:devolvo|reembolso|dou|mando|envio|pago)\b",
    "sv": r"\bger\s+jag\s+(?:dig|er)\b|\bjag\s+(?:ger|skickar|betalar)\s+(?:dig|er)\b|\b(?:skickar|betalar)\s+jag\b",
    "ru": r"\bя\s+(?:верну|вышлю|отправлю|подарю|переведу|дам)\b|(?:верну|вышлю|подарю)\s+(?:тебе|вам)\b",
    "ar": r"(?:أنا\s+)?(?:أرجع|سأرجع|أعيد|سأعيد|أرسل|سأرسل)\s+لك|أعطيك|سأعطيك",
    "he": r"(?:אחזיר|אשלח|אתן|אעביר)\s+לך",
    "zh": r"我(?:就|会|會|再)?(?:退|返|送|给|給)(?:你|您)",
}  # fmt: skip
_I_GIVE_ANCHORS = {
    "de": "erstatte|schicke|schenke|überweise|gebe|zahle|sende", "es": "devuelvo|reembolso|regalo|mando|envío|doy|pago",
    "it": "rimborso|restituisco|regalo|mando|invio|do|spedisco", "pt": "devolvo|reembolso|dou|mando|envio|pago",
    "sv": "jag", "ru": "верну|вышлю|отправлю|подарю|переведу|дам", "ar": "أرجع|سأرجع|أعيد|سأعيد|أرسل|سأرسل|أعطيك|سأعطيك",
    "he": "אחזיר|אשלח|אתן|אעביר", "zh": "我",
}  # fmt: skip
# The informal requests ``ASK`` lacks ("deja", "dejas", "metti", "scrivi", "תשאיר", "תכתוב").
_ASK_INFORMAL = {
    "es": r"|\bdejas?\b|\bdéjame\b|\bpon(?:me)?\b",
    "it": r"|\bmetti\b|\bscrivi\b|\blasci\w*",
    "he": r"|תשאיר\w*|תכתוב\w*",
}
# (``_SUM``, and the currencies it does not name: "3 dólares", "3 zł", "3 доллара", "٢٠ ريال", "30 דולר", "3块钱")
_SUM_S52 = rf"{_SUM}|\d+(?:[.,]\d+)?\s*(?:d[oó]lares?|zł|tl|доллар\w*|دولار|ريال|דולר|₪|块|塊|元)"
_ASK_THEN_I_GIVE = family(
    "review.incentive",
    _I_GIVE_ANCHORS,
    {
        lang: [
            _chain(
                near(ASK[lang] + _ASK_INFORMAL.get(lang, ""), _REVIEW[lang], 30),
                _I_GIVE[lang],
                f"{_BENEFIT[lang]}|{_SUM_S52}",
                gap=40,
            )
        ]
        for lang in _I_GIVE
    },
)

# The stars or the review as a condition, then the buyer getting money back ("If you give us 5 stars, you get your
# shipping costs back", "Als je ons 5 sterren geeft, krijg je je verzendkosten terug", "Wenn Sie uns 5 Sterne geben,
# bekommen Sie die Versandkosten zurück", "Om du ger oss 5 stjärnor får du tillbaka fraktkostnaden": stop 52 probes, where
# "we refund …" was read and "you get … back" was not). Communication Guidelines ("no incentives"); §8.
_YOU_GET_BACK = {  # (money, not "an answer back")
    "en": r"\byou(?:'ll|\s+will)?\s+(?:get|receive)\s+(?:\w+\s+){0,3}?(?:money|shipping|postage|costs?|fees?|\$\s?\d+|\d+\s?(?:%|dollars?|euros?))\w*\s+(?:\w+\s+)?back\b",
    "nl": r"\b(?:(?:krijg|ontvang)\s+(?:je|jij)|(?:krijgt|ontvangt)\s+u)\s+(?:\w+\s+){0,3}?(?:verzendkosten|geld|kosten|\d+\s?(?:%|euro))\w*\s+(?:\w+\s+)?terug\b",
    "de": r"\b(?:(?:bekommen|erhalten)\s+sie|(?:bekommst|erhältst)\s+du)\s+(?:\w+\s+){0,3}?(?:versandkosten|geld|betrag|kosten|\d+\s?(?:%|€|euro))\w*\s+(?:\w+\s+)?zurück\b",
    "sv": r"\bfår\s+(?:du|ni)\s+(?:tillbaka\s+(?:\w+\s+)?(?:frakt|pengar|kostnad|\d+\s?(?:%|kr))\w*|(?:\w+\s+)?(?:frakt|pengar|kostnad|\d+\s?(?:%|kr))\w*\s+tillbaka)\b",
}  # fmt: skip
_IF_S52 = {"en": r"\bif\b", "nl": r"\bals\b", "de": r"\b(?:wenn|falls|sobald)\b", "sv": r"\b(?:om|när)\b"}
_IF_STARS_GET_BACK = family(
    "review.incentive",
    {"en": "back", "nl": "terug", "de": "zurück", "sv": "tillbaka"},
    {
        lang: [_chain(_IF_S52[lang], f"{STARS[lang]}|{_REVIEW[lang]}", _YOU_GET_BACK[lang], gap=50)]
        for lang in _YOU_GET_BACK
    },
)

# The imperative "rate it", then what it earns: "Avalie o produto e ganhe um brinde", "Beoordeel ons, dan krijg je
# een cadeau" (the noun-only review words of the round-5 family miss the verb; stop 31, batch AV).
_RATE_AND_GET = family(
    "review.incentive",
    {lang: _RATE_VERB_ANCHORS[lang].lstrip("|") for lang in _RATE_VERB},
    {lang: [_chain(_RATE_VERB[lang].lstrip("|"), LINK[lang], _BENEFIT[lang], gap=50)] for lang in _RATE_VERB},
)

# The review up ("once your review is live", "レビューが掲載され次第"), read by this family and the gift after it (stop 44).
_LIVE_UP_ANCHORS = _LIVE_ANCHORS | {lang: _ANCHORS[lang] for lang in _LIVE_AFTER}
_LIVE_UP = (
    {lang: [_chain(_WHEN[lang], _REVIEW[lang], _LIVE[lang], gap=35), _chain(_WHEN[lang], _LIVE[lang], _REVIEW[lang], gap=25)]
     for lang in _WHEN}
    | {lang: [_chain(_REVIEW[lang], _LIVE_AFTER[lang], gap=25 if lang == "tr" else 12)] for lang in _LIVE_AFTER}
)  # fmt: skip
_LIVE_INCENTIVE = linked_family(
    "review.incentive", _LIVE_UP_ANCHORS, _LIVE_UP, {lang: _BENEFIT[lang] for lang in _LANGS}, after=True
)

# ------------------------------------------------------------------ 2. a reward for a photo review

_PHOTO = {
    "en": r"\b(?:photos?|pictures?|pics?|videos?|images?)\b", "de": r"\b(?:foto\w*|bild\w*|video\w*)\b",
    "fr": r"\b(?:photos?|vidéos?|images?)\b", "es": r"\b(?:fotos?|v[ií]deos?|im[aá]gen\w*)\b",
    "it": r"\b(?:foto|video|immagin\w*)\b", "pt": r"\b(?:fotos?|v[ií]deos?|imagens?|print)\b",
    "nl": r"\b(?:foto'?s?|video'?s?|afbeelding\w*)\b", "pl": r"\b(?:zdjęci\w*|fot\w*|wideo)\b",
    "sv": r"\b(?:bild\w*|foto\w*|video\w*)\b", "tr": r"(?:fotoğraf\w*|resim\w*|video\w*)", "ru": r"(?:фото\w*|видео\w*)",
    "ar": r"(?:صور\w*|بالصور|فيديو)", "he": r"(?:תמונ\w*|וידאו)", "ja": r"(?:写真|画像|動画)", "ko": r"(?:사진|포토|동영상)",
    "zh": r"(?:带图|帶圖|晒图|曬圖|图片|圖片|视频|視頻|有图|有圖)",
}  # fmt: skip
# A review asked or paid for: a request verb or "for a review" before it.
_FOR = {
    "en": r"\bfor\s+(?:a|an|your|every|each)\b", "de": r"\bfür\s+(?:eine?n?|ihre?n?|deine?n?|jede)\b",
    "fr": r"\bpour\s+(?:un|une|votre|chaque)\b", "es": r"\bpor\s+(?:una?|su|tu|cada)\b", "it": r"\bper\s+(?:una?|la\s+sua|ogni)\b",
    "pt": r"\bpor\s+(?:uma?|sua|cada)\b|\bquem\s+deixa\b", "nl": r"\bvoor\s+(?:een|uw|je|elke)\b", "pl": r"\bza\b",
    "sv": r"\bför\s+(?:en|ett|din|ditt|varje)\b", "tr": r"için", "ru": r"\bза\b", "ar": r"(?:مقابل|على)", "he": r"(?:על|תמורת)",
    "ja": r"", "ko": r"", "zh": r"",
}  # fmt: skip


def _photo_review(lang: str) -> str:
    lead = ASK[lang] if not _FOR[lang] else f"{ASK[lang]}|{_FOR[lang]}"
    # the photo leads or follows the review word closely: "带图评价", "사진 리뷰", "写真付きレビュー"
    if lang in ("ja", "ko", "zh"):
        return near(_PHOTO[lang], _REVIEW[lang], 6)
    return _chain(lead, _REVIEW[lang], _PHOTO[lang], gap=25)


_PHOTO_ANCHORS = {
    "en": "photo|picture|pics|pic|video|image", "de": "foto|bild|video", "fr": "photo|vidéo|image",
    "es": "foto|video|vídeo|imagen|imágen", "it": "foto|video|immagin", "pt": "foto|video|vídeo|image|print",
    "nl": "foto|video|afbeelding", "pl": "zdjęci|fot|wideo", "sv": "bild|foto|video", "tr": "fotoğraf|resim|video",
    "ru": "фото|видео", "ar": "صور|بالصور|فيديو", "he": "תמונ|וידאו", "ja": "写真|画像|動画", "ko": "사진|포토|동영상",
    "zh": "带图|帶圖|晒图|曬圖|图片|圖片|视频|視頻|有图|有圖",
}  # fmt: skip
_PHOTO_INCENTIVE = family(
    "review.incentive",
    _PHOTO_ANCHORS,
    {lang: [near(_photo_review(lang), _BENEFIT[lang], 70)] for lang in _LANGS},
)

# … or proof of the review asked for with a benefit around it: "il suffit de nous communiquer le pseudo sous lequel
# vous avez publié votre avis", "schicken Sie uns den Namen, unter dem sie erschienen ist", "ci basta il nome con cui ha
# firmato la recensione" (the reviewer's name or a screenshot is what the seller checks before paying).
_PROOF = {
    "en": r"\b(?:(?:user)?name|nickname|screen\s*shot|screenshot|link)\s+(?:\w+\s+){0,3}?(?:review|feedback|rating)",
    "de": r"\b(?:namen|screenshot|link)\b", "fr": r"\b(?:pseudo|nom|capture)\b", "es": r"\b(?:nombre|captura|enlace)\b",
    "it": r"\b(?:nome|screenshot|link)\b", "pt": r"\b(?:nome|print|captura|link)\b", "nl": r"\b(?:naam|screenshot|link)\b",
    "pl": r"\b(?:nazw\w*|zrzut\w*|link)\b", "sv": r"\b(?:namn|skärmdump|länk)\b", "tr": r"(?:ekran\s+görüntüsü|kullanıcı\s+ad\w*)",
    "ru": r"(?:имя|ник|скриншот|ссылк\w*)", "ar": r"(?:اسم|لقطة\s+شاشة)", "he": r"(?:צילום\s+מסך|השם)",
    "ja": r"(?:お名前|スクリーンショット|スクショ)", "ko": r"(?:닉네임|캡처|스크린샷)", "zh": r"(?:截图|截圖|昵称|暱稱)",
}  # fmt: skip
#: The languages whose review words are glued to particles, prefixes or other words (no word boundary to read).
_GLUED = frozenset({"ar", "he", "ja", "ko", "zh"})
_PROOF_ANCHORS = {
    "en": "name|username|nickname|screenshot|screen|link", "de": "namen|screenshot|link", "fr": "pseudo|nom|capture",
    "es": "nombre|captura|enlace", "it": "nome|screenshot|link", "pt": "nome|print|captura|link", "nl": "naam|screenshot|link",
    "pl": "nazw|zrzut|link", "sv": "namn|skärmdump|länk", "tr": "ekran|kullanıcı", "ru": "имя|ник|скриншот|ссылк",
    "ar": "اسم|لقطة", "he": "צילום|השם", "ja": "お名前|スクリーンショット|スクショ", "ko": "닉네임|캡처|스크린샷",
    "zh": "截图|截圖|昵称|暱稱",
}  # fmt: skip
_PROOF_INCENTIVE = linked_family(
    "review.incentive",
    _PROOF_ANCHORS,
    # the review a word of its own where words are spaced (the Italian "stelle" in "bestellen Sie den Link": tuning batch
    # DO, stop 43)
    {
        lang: [_PROOF["en"]]
        if lang == "en"
        else [near(_PROOF[lang], _REVIEW[lang] if lang in _GLUED else rf"\b(?:{_REVIEW[lang]})\b", 60)]
        for lang in _LANGS
    },
    {lang: _BENEFIT[lang] for lang in _LANGS},
    after=True,
)

# … or simply *for* the review: "Por su valoración le devolvemos 3 euros", "Voor een review krijgt u een cadeaubon",
# "Za opinię z pięcioma gwiazdkami zwrócimy 20 zł" (thanks *for* a review given is the rule's veto).
# Gratitude right before "for" makes it thanks for a review given ("Nochmals danke für Ihr Feedback, die Erstattung
# ist veranlasst"): each word a fixed-width lookbehind, so the pattern stays one linear regex.
_THANKS_WORDS = (
    "thanks", "thank you", "thanks again", "thank you again", "many thanks", "thank you so much", "thank you very much",
    "danke", "dank", "vielen dank", "herzlichen dank", "merci", "merci beaucoup", "gracias", "muchas gracias", "grazie",
    "grazie mille", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "bedankt", "dank u", "dank je",
    "dziękuję", "dziękujemy", "dzięki", "tack", "tack så mycket", "спасибо", "благодарим", "благодарю", "شكرا", "شكراً", "شكرًا",
    "תודה", "תודה רבה",
)  # fmt: skip
_NOT_THANKED = "".join(f"(?<!{re.escape(word)} )(?<!{re.escape(word)}, )" for word in _THANKS_WORDS)
_FOR_REVIEW_INCENTIVE = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _LANGS if _FOR[lang]},
    {
        # the lookahead first: the seventy lookbehinds are tried only where a "for" word starts
        lang: [
            _chain(
                f"(?=(?:{_FOR[lang]})){_NOT_THANKED}(?:{_FOR[lang]})", _REVIEW[lang], _BENEFIT[lang], gap=40
            )
        ]
        for lang in _LANGS
        if _FOR[lang]
    },
)

# "if you post a review …, we'll send you a second cable", "Geeft u ons vijf sterren, dan sturen we …", "如果您愿意…留下评论，
# 我们将免费赠送…": a condition, the review, then the seller's own future giving in the same sentence (blind batch V,
# round 19) — what is given need not be a benefit word ("a second charging cable", "a set of filters").
_IF = {
    "en": r"\b(?:if|once|as\s+soon\s+as|when)\b", "de": r"\b(?:wenn|sobald|falls|nachdem)\b", "fr": r"\b(?:si|dès\s+que|une\s+fois)\b",
    "es": r"\b(?:si|cuando|en\s+cuanto|una\s+vez)\b", "it": r"\b(?:se|quando|appena|una\s+volta)\b",
    "pt": r"\b(?:se|quando|assim\s+que|depois\s+que)\b", "nl": r"\b(?:als|zodra|wanneer|indien)\b",
    "pl": r"\b(?:jeśli|jeżeli|gdy|kiedy|jak\s+tylko)\b", "sv": r"\b(?:om|när|så\s+fort)\b", "ru": r"(?:если|когда|как\s+только)",
    "ar": r"(?:إذا|اذا|عندما|بمجرد|لو)", "he": r"(?:אם|ברגע\s+ש|כש|אחרי\s+ש)", "zh": r"(?:如果|要是|只要|若)",
}  # fmt: skip
# The inverted condition: "Geeft u ons vijf sterren, dan sturen we …", "Geben Sie uns fünf Sterne, dann schicken wir …".
_THEN_GIVE = (
    r",\s*(?:dan\s+(?:sturen|krijgt|ontvangt|geven|doen)|dann\s+(?:schicken|senden|erhalten|bekommen|geben|legen))\b|"
    r"(?:我们|我們)(?:将|將|会|會|就)\S{0,4}?(?:赠送|贈送|送|寄|返)|נשמח\s+(?:להחזיר|לשלוח|לתת|להעניק)"
)
# The buyer leaving the review, in the conditional forms too ("if the review reflects a defect, we will replace the
# unit" names no review to be written).
_LEAVES = {
    lang: ASK[lang] + extra
    for lang, extra in {
        "en": "", "de": "", "fr": r"|laisserez|publiez", "es": r"|\bdeja\b|\bdejas\b|\bescribe\b|\bpublica\b",
        "it": r"|lascia|lascerà|scrive", "pt": r"|\bdeixa\b", "nl": r"|\bgeeft\b", "pl": r"|zostawi\w*|wystawi\w*|napisze\w*",
        "sv": r"|lämnar|skriver|\bger\b", "ru": r"|оставите|напишете|поставите", "ar": r"|تركت|كتبت|تترك|تكتب",
        "he": r"|תשאיר|תשאירי|תכתוב|תכתבי|תדרג|תדרגי", "zh": "",
    }.items()
}  # fmt: skip
# Whole words where words are spaced ("stars" in "start" is no review).
_WORD_REVIEW = {
    lang: rf"\b(?:{_REVIEW[lang]})\b" if lang not in ("ar", "he", "zh") else _REVIEW[lang] for lang in _IF
}
# … or packed into the next parcel ("legen wir Ihrer nächsten Bestellung … bei", batch M)
_GIVE_AFTER = f"(?:{PROMISE_AFTER}|{_THEN_GIVE}|\\b(?:legen|packen)\\s+wir\\b)"
_IF_REVIEW_GIVE = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _IF} | {"nl": _ANCHORS["nl"], "de": _ANCHORS["de"]},
    {
        lang: [_chain(_IF[lang], near(_LEAVES[lang], _WORD_REVIEW[lang], 40), _GIVE_AFTER, gap=70)]
        for lang in _IF
    }
    | {
        lang: [
            _chain(_IF[lang], near(_LEAVES[lang], _WORD_REVIEW[lang], 40), _GIVE_AFTER, gap=70),
            _chain(_WORD_REVIEW[lang], _THEN_GIVE, gap=30),
        ]
        for lang in ("nl", "de")
    },
)

# "It" taken away as the condition of a promise, right after the review was named ("We saw your 1 star feedback. We
# can refund you 5 USD if you delete it.", "Vimos tu comentario negativo. Si lo quitas te hacemos un reembolso"): the
# classic trade, said with "if" instead of "please" (tuning S). Bound to the promise in its clause — before it with no
# clause break, or after it — so "Thanks for the review about the lid. If you remove it, rinse it" stays clean; the
# promise then makes it an incentive too (``_content._bargain``).
_IF_YOU = {
    "en": r"\b(?:if|once|as\s+soon\s+as)\s+you(?:'ve|\s+have|\s+can|\s+could)?\s+(?:just\s+)?",
    "de": r"\b(?:wenn|sobald|falls)\s+(?:sie|du)\s+", "fr": r"\b(?:si|dès\s+que)\s+(?:vous\s+)?",
    "es": r"\b(?:si|en\s+cuanto)\s+(?:usted\s+)?",
    # "se accetta di modificarla o rimuoverla" (batch AA)
    "it": r"\b(?:se|appena)\s+(?:lei\s+)?(?:accetta\s+di\s+)?(?:\w+(?:la|lo)\s+o\s+)?",
    "pt": r"\b(?:se|assim\s+que)\s+(?:voc[êe]\s+)?", "nl": r"\b(?:als|zodra|indien)\s+(?:u|je)\s+",
    "pl": r"\b(?:jeśli|jeżeli|gdy)\s+(?:pan\s+|pani\s+)?", "sv": r"\b(?:om|så\s+fort)\s+(?:du|ni)\s+",
    "ru": r"(?:если|как\s+только)\s+(?:вы\s+)?", "ar": r"(?:إذا|اذا|لو)\s+(?:قمت\s+)?",
    "he": r"(?:אם|ברגע\s+ש)\s*(?:את\s+|אתה\s+)?",
}  # fmt: skip
_IF_TAKE_IT = {lang: rf"(?:{_IF_YOU[lang]})(?:{_TAKE_IT[lang]})" for lang in _IF_YOU}
_NO_CLAUSE_BREAK = r"[^.!?。！？\n,;:—–]"
_IF_TAKE_IT_TRADE = {
    lang: [
        rf"(?:{PROMISE}){_NO_CLAUSE_BREAK}{{0,50}}?{_IF_TAKE_IT[lang]}",
        _chain(_IF_TAKE_IT[lang], PROMISE_AFTER, gap=40),
    ]
    for lang in _IF_TAKE_IT
}
_IF_TAKE_IT_CONTEXT = {lang: rf"(?:{_REVIEW[lang]}){_CONTEXT_EXTRA.get(lang, '')}" for lang in _IF_TAKE_IT}
_IF_TAKE_IT_CHANGE = linked_family("review.change", _TAKE_IT_ANCHORS, _IF_TAKE_IT_TRADE, _IF_TAKE_IT_CONTEXT)
_IF_TAKE_IT_INCENTIVE = linked_family(
    "review.incentive", _TAKE_IT_ANCHORS, _IF_TAKE_IT_TRADE, _IF_TAKE_IT_CONTEXT
)

# The condition asked as a question, the reward in the answer: "Laat u na ontvangst een review met foto achter? Dan
# krijgt u van ons een tegoedbon", "Hinterlassen Sie eine Bewertung? Dann schicken wir Ihnen …", "Leave us a review?
# Then you'll get …" (batch V).
_THEN = {
    "en": r"then", "de": r"dann", "nl": r"dan", "fr": r"alors", "es": r"entonces", "it": r"allora", "pt": r"ent[ãa]o",
    "sv": r"då", "pl": r"wtedy",
}  # fmt: skip
_YOU_GET = (
    r"\byou(?:'ll|\s+will)?\s+(?:get|receive)\b|\b(?:krijgt|ontvangt)\s+(?:u|je)\b|\b(?:erhalten|bekommen)\s+sie\b|"
    r"\b(?:legen|packen)\s+wir\b|\bvous\s+(?:recevrez|recevez|aurez)\b|\brecibir[aá]s?\b|\briceve(?:rà|rai)\b|"
    r"\brecebe(?:rá|r[áa]s)\b|\bfår\s+(?:du|ni)\b|\botrzyma\w*"
)
_ASKED_THEN_GIVE = linked_family(
    "review.incentive",
    {lang: _THEN[lang] for lang in _THEN},
    {
        lang: [
            rf"\b(?:{_THEN[lang]})\s+(?:\w+\s+){{0,3}}?(?:{_GIVE_AFTER}|(?:{_YOU_GET}){_SENT}{{0,40}}?(?:{BENEFIT[lang]}))"
        ]
        for lang in _THEN
    },
    # the question right before: the context is read up to the match
    {lang: rf"(?:{near(_LEAVES[lang], _WORD_REVIEW[lang], 40)}){_SENT}{{0,40}}\?\s*$" for lang in _THEN},
)

# ------------------------------------------------------------------ 3. whoever reviews gets more

# A second item, spare parts, months of warranty: the gift words the benefit list lacks.
_MORE = {
    "en": r"\b(?:an?\s+)?(?:extra|spare|second|additional|bonus)\s+[a-z]+|\b\d+\s+(?:more\s+)?months?\b|\bextended\b",
    "de": r"\b(?:extra|zusätzlich\w*|zweite\w*|weitere\w*)\s+\w+|\b\d+\s+monate?\b|verlänger\w*|\b\d+\s+jahre?\s+garantie\b",
    "fr": r"\b(?:supplémentaire|deuxième|second\w*)\b|\b\d+\s+mois\b|prolong\w*",
    "es": r"\b(?:extra|adicional|segund[oa])\b|\b\d+\s+meses\b|ampli\w*|exten\w*",
    "it": r"\b(?:extra|aggiuntiv\w*|second[oa]|altri)\b|\b\d+\s+mesi\b|copertura|estes\w*|estend\w*",
    "pt": r"\b(?:extra|adicional|segund[oa])\b|\b\d+\s+meses\b|estend\w*|brinde",
    "nl": r"\b(?:extra|tweede)\b|\b\d+\s+maanden\b|verleng\w*",
    "pl": r"\b(?:dodatkow\w*|zapasow\w*|drug\w*)\b|\b\d+\s+miesi\w*|przedłuż\w*",
    "sv": r"\b(?:extra|ytterligare|andra)\b|\b\d+\s+månader\b|förläng\w*",
    "tr": r"(?:ekstra|ilave|ikinci|uzat\w*|daha\s+uzun|\d+\s+(?:yıl|ay)\s+daha)",
    "ru": r"(?:дополнительн\w*|запасн\w*|втор\w*|продл\w*|ещ[её]\s+\d+|часть\s+стоимости)",
    "ar": r"(?:إضافي\w*|اضافي\w*|تمديد|مجان\w*)",
    "he": r"(?:נוסף|נוספת|נוספים|הארכ\w*|שנה\s+שלמה|אחריות\s+(?:של\s+)?(?:שנה|שנתיים))",
    "ja": r"(?:お送り|プレゼント|差し上げ|進呈|贈呈|延長|替え)",
    "ko": r"(?:연장|추가|무료|증정|드리|드려|적용)",
    "zh": r"(?:赠送|贈送|送您|送你|延长|延長|额外|額外)",
}  # fmt: skip
# The round-7 giving verbs (``_GIVES``), with the ones batch N added; languages the round-7 family lacked have their own.
_MORE_GIVING = {
    "en": r"\bwe(?:'ll|\s+will)?\s+(?:add|extend|include)\b|\bcan\s+have\b", "de": r"\b(?:schicken|legen)\s+wir\b", "fr": r"\bbénéficie\w*",
    # money given back: "نعيد له 30 درهماً" (stop 31, batch AU)
    "pt": r"\bdespacha\w*", "it": r"\bmandiamo\b|\bin\s+omaggio\b", "ru": r"продлеваем|возвращаем", "ar": r"نرسل|نعيد|نرجع|نرد", "ko": r"드리고|드려",
}  # fmt: skip
_GETS = {
    lang: _GIVES[lang] + (f"|{_MORE_GIVING[lang]}" if lang in _MORE_GIVING else "") for lang in _GIVES
} | {
    "tr": r"(?:alır|kazanır|veriyoruz|uzatıyoruz|gönderiyoruz|hediye)",
    # "אנחנו מחזירים 40 ₪", "可以领取一份小礼品" (given back; collected: stop 31, batch AU)
    "he": r"(?:מקבל\w*|נשלח|נעניק|נאריך|מחזירים|נחזיר)",
    "ja": r"(?:お送り|プレゼント|差し上げ|進呈|贈呈)",
    "zh": r"(?:送|赠|贈|返|给您|給您|领取|領取|获得|獲得)",
}
# A percentage is the benefit itself where whoever reviews gets it ("Wer eine Bewertung dalässt, bekommt beim nächsten
# Einkauf 15 %", "her siparişte %10 indirim kazanıyor": stop 34).
_PERCENT = (
    r"\d+\s?%(?!\s+(?:of|des?|der|du|del|della|do|da|van|av)\b)|%\s?\d+"  # not "100% of their questions"
)
_WHO_MORE = {
    **_WHO,
    "ru": _WHO["ru"] + r"|авторам",
    "de": _WHO["de"] + r"|\bunter\s+allen\b",
    "en": _WHO["en"] + r"|\bcustomers?\s+(?:who|that)\b|\banyone\s+who\b",
    "tr": r"(?:an|en|yan|yen)\s+(?:müşteri\w*|herkes\w*|alıcı\w*)|\bherkese\b",
    "ar": _WHO["ar"] + r"|كل\s+(?:عميل|زبون|مشتر\w*)",
    "he": r"(?:לקוחות\s+ש|מי\s+ש|כל\s+מי\s+ש|כל\s+(?:לקוח|לקוחה)\s+ש)",  # "לכל לקוח שכותב ביקורת" (stop 31)
    "ja": r"(?:いただいた|頂いた|くださった|下さった|された|した)(?:お客様|方)",
    "zh": r"(?:的(?:买家|買家|顾客|顧客|客户|客戶|朋友|亲|親)|凡是|只要)",
}
# Sharing the experience is reviewing, where the review word is missing ("tell other shoppers about their experience",
# "deneyimini paylaşan", "podzieli się oceną").
_SHARING = {
    "en": r"|\b(?:shares?|posts?|writes?|tells?\s+(?:other\s+)?(?:shoppers|buyers|customers|people)\s+about)\s+(?:your|their|his|her)\s+experience\b|"
    r"\bshare\s+(?:your|their|his|her)\s+thoughts\b|"
    r"\btell\s+other\s+(?:shoppers|buyers|customers)\b",
    "tr": r"|deneyim\w*\s+paylaş\w*", "de": r"|meinung\w*", "fr": r"|ressenti", "es": r"|experiencia", "it": r"|esperienza|\bparere\b",
    "pt": r"|experi[êe]ncia", "ja": r"|ご?感想", "ko": r"|후기", "zh": r"|晒单|曬單|分享(?:使用)?(?:体验|體驗|心得)",
    # "klanten die hun ervaring op Amazon delen", "alla som skriver några rader", "כל מי שמשתף את החוויה" (batch AZ)
    "nl": r"|ervaring\w*\s+(?:\w+\s+){0,3}?delen\b", "sv": r"|skriver\s+(?:några|ett\s+par)\s+rader", "he": r"|משתפ?\w*\s+את\s+החוויה",
}  # fmt: skip
_SHARING_ANCHORS = {
    "en": "|experience|shoppers|thoughts", "tr": "|deneyim", "de": "|meinung", "fr": "|ressenti", "es": "|experiencia",
    "it": "|esperienza|parere", "pt": "|experi", "ja": "|感想", "zh": "|晒单|曬單|分享", "nl": "|ervaring", "sv": "|rader", "he": "|החוויה",
}  # fmt: skip
_WHO_INCENTIVE = family(
    "review.incentive",
    {lang: _ANCHORS[lang] + _SHARING_ANCHORS.get(lang, "") for lang in _LANGS}
    | {f"{lang}-gift": _ANCHORS[lang] + _SHARING_ANCHORS.get(lang, "") for lang in ("it", "es", "pt", "de", "fr", "en")},
    {
        lang: [
            _chain(_WHO_MORE[lang], rf"(?:{_REVIEW[lang]}{_SHARING.get(lang, '')})", _GETS[lang],
                   rf"(?:{_BENEFIT[lang]}{_GIFT.get(lang, '')}|{_MORE[lang]}|{_PERCENT})", gap=60)
        ]
        for lang in ("en", "de", "fr", "es", "it", "pt", "pl", "sv", "ru", "ar")
    }
    | {  # … or the gift verb itself as the benefit: "Ai clienti che ci raccontano … con una recensione regaliamo un set" (batch AZ)
        f"{lang}-gift": [_chain(_WHO_MORE[lang], rf"(?:{_REVIEW[lang]}{_SHARING.get(lang, '')})", verb, gap=60)]
        for lang, verb in (("it", r"\bregaliamo\b"), ("es", r"\bregalamos\b"), ("pt", r"\bpresenteamos\b"),
                           ("de", r"\bschenken\s+wir\b"), ("fr", r"\boffrons\b"), ("en", r"\bwe\s+gift\b"))
    }
    | {
        # the verb or the reviewer come after the review in these languages
        "tr": [_chain(rf"(?:{_REVIEW['tr']}{_SHARING['tr']})", _WHO_MORE["tr"], rf"(?:{_BENEFIT['tr']}|{_MORE['tr']}|{_PERCENT})", gap=60)],
        "he": [_chain(_WHO_MORE["he"], rf"(?:{_REVIEW['he']}{_SHARING['he']})", _GETS["he"], rf"(?:{_BENEFIT['he']}|{_MORE['he']})", gap=60)],
        # Dutch puts the verb last: "dat we iedereen die een review plaatst een gratis extra opzetstuk sturen" (stop 31)
        "nl": [_chain(_WHO_MORE["nl"], rf"(?:{_REVIEW['nl']}{_SHARING['nl']})", _GETS["nl"], rf"(?:{_BENEFIT['nl']}{_GIFT.get('nl', '')}|{_MORE['nl']})", gap=60),
               _chain(_WHO_MORE["nl"], rf"(?:{_REVIEW['nl']}{_SHARING['nl']})", rf"(?:{_BENEFIT['nl']}{_GIFT.get('nl', '')}|{_MORE['nl']})", r"\b(?:sturen|geven|schenken)\b", gap=60)],
        "ja": [_chain(rf"(?:{_REVIEW['ja']}{_SHARING['ja']})", _WHO_MORE["ja"], _MORE["ja"], gap=40)],
        "ko": [_chain(rf"(?:{_REVIEW['ko']})", r"(?:분께|분들께|분에게|고객님께)", rf"(?:{_BENEFIT['ko']}|{_MORE['ko']})", gap=30)],
        "zh": [_chain(rf"(?:{_REVIEW['zh']}{_SHARING['zh']})", _WHO_MORE["zh"], _GETS["zh"], gap=20),
               _chain(_WHO_MORE["zh"], rf"(?:{_REVIEW['zh']}{_SHARING['zh']})", rf"(?:{_BENEFIT['zh']}|{_MORE['zh']})", gap=25)],
    },
)  # fmt: skip

# … or a prize draw among them: "Unter allen Kunden, die uns ihre Meinung … hinterlassen, verlosen wir …"
_WHO_PRIZE = family(
    "review.incentive",
    {
        lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] + ("|meinung" if lang == "de" else "")
        for lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru")
    },
    {
        # the review named, or its verb: "Quem avaliar o produto até domingo concorre a um vale-presente" (batch S)
        lang: [
            _chain(
                _WHO_MORE[lang],
                rf"(?:{_REVIEW[lang]}{_SHARING.get(lang, '')}{_RATE_VERB[lang]})",
                _PRIZE[lang],
                gap=60,
            )
        ]
        for lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru")
    },
)

# A prize draw the review enters the buyer into, whoever is named: "Everyone who leaves a 5-star review this month goes
# into our prize draw", "laissez-nous un avis et vous participez automatiquement au tirage au sort" (tuning S, V). A
# chance to win is compensation for the review (shared/platforms/amazon.md §5.1; aliexpress.md §8). The draw words
# only: an extended warranty near a review word is often a plain warranty answer.
_DRAW = {
    "en": r"\b(?:giveaway|sweepstakes?|raffle|prize\s+draw|lucky\s+draw)\b|\bwe\s+pick\s+(?:\d+|three|five|ten)\s+(?:buyers|customers|reviewers|winners)\b|\bentered\s+(?:into|in)\s+(?:a|our|the)\s+(?:\w+\s+)?draw\b|"
    # "we draw one name from the customers who have reviewed … put you in the hat", "la rifa mensual", "نجري كل شهر سحباً
    # بين جميع العملاء الذين تركوا تقييماً", "אנחנו מגרילים" (stop 49 probes)
    r"\bdraws?\s+(?:one|a|\d+|three|five|ten)\s+(?:names?|winners?)\b|\bin\s+the\s+hat\b", "de": r"\b(?:gewinnspiel\w*|verlos\w*)",
    "fr": r"\b(?:tirage\s+au\s+sort|jeu[-\s]concours|tombola)\b", "es": r"\bsorteo\w*|\brifa\w*", "it": r"\b(?:estrazione|concorso)\s+a\s+premi\b",
    "pt": r"\bsorteio\w*|\brifa\w*|\bconcorr\w*\s+a\s+(?:um|uma)\b", "nl": r"\b(?:winactie|verloting)\b", "pl": r"\blosowani\w*",
    "sv": r"\butlottning\w*|\bdrar\s+vi\s+(?:en\s+)?vinnare\b", "tr": r"çekiliş\w*", "ru": r"розыгрыш\w*", "ko": r"경품\s*추첨|추첨", "he": r"הגרלה|מגריל\w*|נגריל", "ar": r"سحبا?ً?\b|السحب|قرعة",
    "ja": r"抽選", "zh": r"抽奖|抽獎",
}  # fmt: skip
_DRAW_FOR_REVIEW = family(
    "review.incentive",
    {lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] for lang in _DRAW},
    {lang: [near(_REVIEWED[lang], _DRAW[lang], 80)] for lang in _DRAW},
)

# ------------------------------------------------------------------ 4. look at it again / update it

_LOOK_AGAIN = {
    # not the seller's own "we will take another look", "I'll have another look"
    "en": r"(?<!we\s)(?<!will\s)(?<!'ll\s)\b(?:revise|amend|rephrase)\b|"
    r"(?<!we\s)(?<!will\s)(?<!'ll\s)(?<!let\sme\s)\b(?:tak(?:e|ing)|ha(?:ve|ving))\s+(?:an(?:other)?|a\s+(?:second|fresh|new))\s+look\b|\blook\s+(?:at\s+\w+\s+)?again\b|"
    r"\bre-?read\b|\brevisit(?:ing)?\b|\bgive\s+it\s+another\s+look\b|\blook\s+over\s+\w+\s+again\b|\bgo\s+over\s+\w+\s+again\b",
    "de": r"\bnoch\s*(?:ein)?mal\s+(?:\w+\s+){0,3}?(?:an)?(?:zu\s+)?(?:sehen|schauen|überprüfen|prüfen|durchlesen|anpassen|"
    r"überarbeiten|aktualisieren|ändern|anzusehen|anzuschauen|anzupassen|zu\s+überarbeiten|anpasst|änderst|überarbeitest|anschaust)\b|\berneut\s+(?:an)?(?:zu\s+)?(?:sehen|schauen|prüfen)\b|"
    r"\büberdenken\b|\beinen\s+(?:zweiten|neuen)\s+blick\b",
    "fr": r"\b(?:revoir|relire|réexaminer|reconsidérer)\b|\bjeter\s+un\s+(?:nouveau\s+|nouvel\s+|autre\s+)?(?:coup\s+d'œil|coup\s+d'oeil|œil)\b|\by\s+repenser\b",
    "es": r"\bechar\w*\s+(?:un\s+)?(?:vistazo|ojo)\s+(?:de\s+nuevo|otra\s+vez|nuevamente)\b|\bechar\w*\s+otro\s+vistazo\b|"
    r"\bvolver\s+a\s+(?:mirar|leer|revisar|ver|echar)\b|\brevis\w+\s+(?:de\s+nuevo|otra\s+vez|nuevamente)\b|\breconsider\w+\b|"
    # "le dieras otra vuelta a tu opinión" (stop 31, batch AU)
    r"\b(?:d(?:ar|ieras?|iera|ieses?|e|é|arle|arías?)|le\s+d\w+)\s+otra\s+vuelta\b",
    "it": r"\b(?:riguardare|rileggere|rivedere|riconsiderare)\b|\bdare\s+(?:un'|un\s+)?(?:altra\s+|nuova\s+)?occhiata\b",
    "pt": r"\bdar\s+uma\s+(?:nova\s+)?(?:olhad(?:a|inha)|revisad(?:a|inha)|relida)\b|\bolhar\s+(?:de\s+novo|novamente)\b|\b(?:rever|reler|reconsiderar)\b",
    # (… "nog eens naar uw recensie kijken": the review inside the phrase, so the look ends before it; stop 31)
    "nl": r"\b(?:nog\s+eens|opnieuw)\s+(?:\w+\s+){0,2}?(?:bekijken|bekijkt|lezen|nakijken|kijken|kijkt|aanpassen)\b|\bheroverwegen\b|"
    r"\b(?:nog\s+eens|opnieuw)\s+naar\s+(?:uw|je|jouw)\b",
    "pl": r"\brzuci\w*\s+okiem\b|\b(?:jeszcze\s+raz|ponownie)\s+(?:\w+\s+){0,3}?(?:spojrz\w*|przejrz\w*|przeczyta\w*|zerkn\w*|zajrz\w*)|"
    r"\bprzemyśle\w*\b|\bzrewidowa\w*\b",
    "sv": r"\b(?:titta|kika|se)\s+(?:på\s+(?:\w+\s+){1,2})?igen\b|\bta\s+en\s+titt\s+(?:på\s+(?:\w+\s+){1,2})?igen\b|\bläsa\s+om\b|\bompröva\b|\btänka\s+om\b",
    # asked of the buyer ("gözden geçirmeyi düşünür müsünüz", "bakabilir misiniz"), not "yeniden değerlendirip" (we will)
    "tr": r"(?:(?:bir\s+kez\s+daha|bir\s+daha|tekrar|yeniden)\s+(?:\w+\s+)?(?:bak|incele|değerlendir)|gözden\s+geçir)"
    r"(?:meyi|mayı|meniz|manız|ebilir\s+mi|abilir\s+mi|me\s+imk[âa]n\w*|in\b|iniz\b|ın\b|ınız\b)",
    # "загляните, пожалуйста, в свой отзыв" (look into your review, asked: stop 31, batch AT)
    "ru": r"(?:ещ[её]\s+раз|снова|заново)\s+(?:\S+\s+)?(?:посмотреть|взглянуть|просмотреть|перечитать|глянуть|взглянете|посмотрите|просмотрите|перечитаете|глянете)|пересмотр\w*|"
    r"загляни(?:те)?\b|заглянуть\b",
    "ar": r"(?:إعادة|اعادة|تعيد|تعيدي)\s+(?:النظر|قراءة)|(?:مراجعة|تراجع)\s+\S+\s+مرة\s+أخرى|(?:تبص|تشوف)\S*\s+(?:\S+\s+)?تاني",
    "he": r"(?:תשקל\w*|לשקול|תסתכל\w*|להסתכל|תעיפ\w*|תעיף\w*|לעבור|להציץ|תציצ\w*|תציץ)\s+(?:\S+\s+){0,2}?שוב|לעיין\s+שוב",
    "ja": r"もう一度(?:ご)?(?:確認|見直|ご覧|お読み|お目通し)|見直して|再度ご確認|再考",
    # asked of the buyer ("살펴봐 주실 수", "확인해 주세요"), not the seller's "다시 확인하겠습니다"
    "ko": r"(?:(?:다시\s*(?:한\s*번\s*)?|한\s*번\s*더\s*)(?:살펴|봐|확인|검토|읽어|조정|수정|변경)|재검토)\S{0,4}\s*(?:주시|주실|주세요|주십|보시|바랍)",
    "zh": r"(?:请|請|麻烦|麻煩|能否|可否|能不能|您|只要)\S{0,12}?(?:调高|調高|改成|改为|改為|再看一下|重新看|再次查看|重新考虑|重新考慮|再考虑|再考慮|重新审视|重新審視)",
}  # fmt: skip
# What the buyer wrote, named without a review word.
_WROTE = {
    # … or what stands on the product page ("if what's up on the page could tell the rest of the story": stop 34)
    "en": r"\bwhat\s+you\s+(?:wrote|posted|said|left)\b|\bwhat(?:'s|\s+is)\s+(?:up\s+)?on\s+the\s+(?:product\s+|listing\s+)?page\b", "de": r"\bwas\s+sie\s+(?:\w+\s+)?geschrieben\b",
    "fr": r"\bce\s+que\s+vous\s+avez\s+écrit\b", "es": r"\blo\s+que\s+(?:usted\s+)?escribi(?:ste|ó)\b",
    "it": r"\bquello\s+che\s+ha(?:i)?\s+scritto\b|\bquanto\s+(?:ha(?:i)?\s+)?scritto\b", "pt": r"\bn?o\s+que\s+(?:voc[êe]\s+)?escreveu\b",
    "nl": r"\bwat\s+u\s+(?:heeft\s+)?geschreven\b|\bwat\s+(?:je|jij|u)\s+(?:\w+\s+){0,3}?schre(?:ef|ven)\b", "pl": r"\bto,?\s+co\s+(?:pan|pani)?\s*napisał\w*",
    "sv": r"\bdet\s+(?:du|ni)\s+skrev\b", "tr": r"yazdıklarınız\w*|yazdığınız\w*", "ru": r"то,?\s+что\s+вы\s+написали",
    "ar": r"ما\s+كتبت\w*", "he": r"מה\s+שכתבת\w*", "ja": r"(?:お書きになった|書かれた|書いていただいた)(?:内容|こと)|ご投稿(?:いただいた|頂いた)?(?:内容)?",
    "ko": r"(?:작성해\s*주신|쓰신)\s*(?:글|내용)", "zh": r"(?:您|你)(?:写|寫)的",
}  # fmt: skip
_LOOK_ANCHORS = {
    "en": "take|taking|have|having|look|read|reread|revisit|revise|amend|rephrase", "de": "noch|nochmal|erneut|überdenken|blick",
    "fr": "revoir|relire|réexaminer|reconsidérer|jeter|repenser", "es": "echa|volver|revis|reconsider|vuelta",
    "it": "riguardare|rileggere|rivedere|riconsiderare|occhiata", "pt": "olhad|olhar|rever|reler|reconsiderar",
    "nl": "nog eens|opnieuw|heroverwegen", "pl": "okiem|jeszcze raz|ponownie|przemyśle|zrewidowa",
    "sv": "igen|läsa om|ompröva|tänka om", "tr": "gözden|tekrar|yeniden|bir daha", "ru": "ещё раз|еще раз|снова|заново|пересмотр|заглян",
    "ar": "إعادة|اعادة|تعيد|مرة أخرى|تاني", "he": "שוב", "ja": "もう一度|見直|再度|再考", "ko": "다시|재검토|한 번 더|한번 더",
    "zh": "再看|重新|再次|再考",
}  # fmt: skip
_LOOK_CHANGE = family(
    "review.change",
    _LOOK_ANCHORS,
    {lang: [near(_LOOK_AGAIN[lang], rf"(?:{_REVIEW[lang]}|{_WROTE[lang]})", 45)] for lang in _LANGS},
)
# "… revise it", "sie zu aktualisieren", "uppdatera det", "le revoir", "aggiornarla" — the review named in the
# sentence before or earlier in this one (the round-7 removal family, for the verbs of changing).
_UPDATE_IT = {
    "en": r"\b(?:revis\w*|updat\w*|edit\w*|adjust\w*|amend\w*|chang\w*)\s+(?:it|this|that|them)\b(?!\s+(?:for|to)\s+(?:a|an|the)\s)",
    # "diese nach Erhalt der richtigen Ausführung noch einmal anzupassen" (batch V): the words between are bounded
    # (an article before a noun is no pronoun: "Können Sie das Lieferdatum ändern?", "Kunt u het afleveradres wijzigen?":
    # after "das"/"diese", "het"/"deze"/"die" the next word must be an adverb, a preposition or the verb; stop 38)
    "de": r"\b(?:sie|es|ihn)\s+(?:\w+\s+){0,8}?(?:zu\s+)?(?:aktualisieren|anzupassen|anpassen|ändern|überarbeiten|korrigieren)\b|"
    r"\b(?:diese|das)\s+(?=(?:bitte|noch|vielleicht|eventuell|doch|einmal|nochmal|gerne|gern|kurz|jetzt|nun|auch|entsprechend|selbst|"
    r"nach|bei|im|in|mit|vor|so|dann|schon|ggf|gegebenenfalls|wieder|etwas|einfach|bald|heute|freundlicherweise|ebenfalls|"
    r"zu|aktualisieren|anzupassen|anpassen|ändern|überarbeiten|korrigieren)\b)"
    r"(?:\w+\s+){0,8}?(?:zu\s+)?(?:aktualisieren|anzupassen|anpassen|ändern|überarbeiten|korrigieren)\b",
    # removal verbs only where nothing follows but a time or the sentence end ("de la retirer avant la fin de la semaine",
    # not "le retirer du carton")
    "fr": r"\b(?:la|le|les)\s+(?:revoir|modifier|mettre\s+à\s+jour|corriger|actualiser)\b|"
    r"\b(?:la|le|les)\s+(?:retirer|supprimer|enlever)(?=\s*(?:[.,!?;]|$|(?:avant|d'ici|aujourd'hui|maintenant|rapidement|dès|au\s+plus\s+vite)\b))",
    # (the accented imperative with its clitic too: "Por favor cámbiala", "bórrala"; batch AX, stop 38)
    "es": r"\b(?:actualiz|actualíz|modific|modifíc|cambi|cámbi|edit|edít|corrig|corríg|quit|quít|borr|bórr|elimin|elimín)\w*(?:la|lo)\b|\b(?:la|lo)\s+(?:actualiz|modific|cambi|edit|corrig|quit|borr|elimin)\w*(?!\s+(?:de|del)\s+(?:la\s+)?(?:caja|paquete|embalaje))",
    "it": r"\b(?:aggiorn|modific|cambi|corregg|riveder|riconsiderar)\w*(?:la|lo)\b|\b(?:la|lo)\s+(?:aggiorn|modific|cambi|correg)\w*",
    "pt": r"\b(?:atualiz|modific|alter|edit|corrig|revis)\w*(?:-a|-la|-o|-lo|\s+ela|\s+ele)\b|\b(?:uma\s+)?atualizada\s+n(?:ele|ela)\b|"
    r"\b(?:a|o)\s+(?:poderia|pode|podia)\s+(?:rever|atualizar|alterar|editar|revisar|corrigir)\b",
    "nl": r"\b(?:hem|haar)\s+(?:\w+\s+){0,4}?(?:te\s+)?(?:aanpassen|bijwerken|wijzigen|veranderen|bij\s+te\s+werken|aan\s+te\s+passen)\b|"
    r"\b(?:het|deze|die)\s+(?=(?:nog|even|alsnog|misschien|eventueel|graag|toch|wel|nu|ook|dan|zelf|eens|snel|vandaag|svp|aub|"
    r"na|bij|voor|in|op|met|van|zo|alstublieft|dus|weer|te|aanpassen|bijwerken|wijzigen|veranderen|bij|aan|wilt|wil|kunt|kan|"
    r"zou|zoudt|zouden|mag|wilde)\b)"
    r"(?:\w+\s+){0,4}?(?:te\s+)?(?:aanpassen|bijwerken|wijzigen|veranderen|bij\s+te\s+werken|aan\s+te\s+passen)\b",
    "pl": r"\b(?:zaktualizow\w*|zmieni\w*|poprawi\w*|edytow\w*)\s+(?:ją|go)\b|"
    r"\b(?:ją|go|to)\s+(?:jeszcze\s+raz\s+)?(?:przemyśle\w*|zaktualizow\w*|zmieni\w*|popraw\w*|uaktualni\w*)",
    "sv": r"\b(?:uppdatera|ändra|justera|redigera|se\s+över)\s+(?:den|det)\b|"
    r"\btar?\s+bort\s+(?:den|det)(?=\s*(?:[.,!?;]|$|(?:före|innan|idag|i\s+dag|nu|snarast)\b))",  # not "det gamla batteriet"
    "tr": r"(?:onu|bunu)\s+(?:güncelle|değiştir|düzelt|düzenle)\w*",
    "ru": r"(?:обнов|измен|исправ|поправ|подкоррект|скоррект)\S*\s+(?:его|её|ее)\b|(?:его|её|ее)\s+(?:обнов|измен|исправ|поправ|подкоррект|скоррект)\w*",
    # what the buyer wrote, or the review named by a demonstrative (batch V)
    "he": r"(?:לעדכן|לשנות|לתקן|לערוך)\s+(?:את\s+)?(?:זה|אותה|אותו|מה\s+שכתבת\w*)",
    "ko": r"그\s*(?:내용|글|후기|리뷰|평가)\S{0,2}\s*(?:한\s*번\s*)?(?:수정|변경|고쳐)",
    "zh": r"(?:那条|那條|这条|這條)(?:内容|內容|评价|評價|评论|評論)\S{0,6}?(?:修改|改一下|调整|調整)",
    "ja": r"(?:ご投稿|レビュー|評価)(?:について|を|の件)\S{0,4}?改めて(?:ご)?(?:検討|確認|見直)|(?:本日中の|早めの|至急)?(?:変更|修正|削除)(?:を)?お願い",
    "ar": r"(?:تعدله|تعدله|تعديله|تحذفه|حذفه|تغيره|تغيره|تغييره|تزيله|إزالته)",
}  # fmt: skip
_UPDATE_ANCHORS = {
    "en": "revis|updat|edit|adjust|amend|chang", "de": "aktualis|anzupassen|anpassen|ändern|überarbeiten|korrigieren|stand|entfern|lösch",
    "fr": "revoir|modifier|mettre|corriger|actualiser|retirer|supprimer|enlever", "es": "actualiz|modific|cambi|edit|corrig|quit|borr|elimin|actualíz|modifíc|cámbi|edít|corríg|quít|bórr|elimín",
    "it": "aggiorn|modific|cambi|corregg|correg|riveder|riconsiderar", "pt": "atualiz|modific|alter|edit|corrig|revis|rever",
    "nl": "aanpassen|bijwerken|wijzigen|veranderen|bij te werken|aan te passen", "pl": "zaktualizow|zmieni|poprawi|edytow|przemyśle|popraw|uaktualni",
    "sv": "uppdatera|ändra|justera|redigera|ersätt|över|bort", "tr": "güncelle|değiştir|düzelt|düzenle", "ru": "обнов|измен|исправ|поправ|коррект",
    "he": "לעדכן|לשנות|לתקן|לערוך", "ko": "수정|변경|고쳐", "zh": "修改|改一下|调整|調整", "ja": "改めて|変更|修正|削除",
    "ar": "تعدله|تعدله|تعديله|تحذفه|حذفه|تغيره|تغيره|تغييره|تزيله|إزالته",
}  # fmt: skip
_REQUEST = {
    "en": r"\b(?:please|kindly|could|would|can|will\s+you|if\s+you|any\s+chance|mind|felt\s+able|able\s+to|hope|happy\s+to|consider)\b",
    "de": r"\b(?:bitte|könnten|würden|können|wären|wäre|vielleicht|finden\s+sie|möchten|wenn\s+sie)\b",
    "fr": r"\b(?:pourriez|pouvez|merci\s+de|veuillez|s'il\s+vous|accepteriez|seriez|d'accord|si\s+vous|vous\s+demandons)\w*",
    "es": r"\b(?:podr[ií]a|puede|por\s+favor|le\s+importar[ií]a|te\s+importar[ií]a|si\s+(?:usted|pudiera|puedes|(?=l[oa]\b))|considerar[ií]a)\w*",
    "it": r"\b(?:potrebbe|potresti|pu[oò]|per\s+favore|se\s+possibile|se\s+vuole|(?:la|ti|vi)\s+preghiamo|(?:le|ti)\s+chiediamo)\b",
    "pt": r"\b(?:pode|poderia|por\s+favor|se\s+puder|seria|d[áa]\s+pra|d[áa]\s+para|será\s+que)\b",
    "nl": r"\b(?:zou\s+u|kunt\s+u|wilt\s+u|alstublieft|misschien)\b",
    "pl": r"\b(?:czy|prosimy|proszę|mogłaby|mógłby|gdyby|byłoby|zechciał\w*)\b",
    "sv": r"\b(?:kan\s+du|skulle\s+du|snälla|vänligen|kunna\s+tänka|går\s+det\s+att|vill\s+du|förväntar\s+oss|ber\s+(?:dig|er))\b",
    "tr": r"(?:misiniz|mısınız|musunuz|müsünüz|lütfen|rica)",
    "ru": r"(?:пожалуйста|не\s+могли\s+бы|можете|просим)",
    "he": r"(?:אולי|בבקשה|תוכל|תוכלי|נשמח|האם)", "ko": r"(?:주실|주시|주세요|부탁|있을까요)",
    "ja": r"(?:いただけ|頂け|ください|お願い|いたします|致します)",
    "ar": r"(?:نرجو|يرجى|هل\s+يمكنك|من\s+فضلك|نتمنى|أرجو)", "zh": r"(?:能否|麻烦|麻煩|请|請|可否|能不能)",
}  # fmt: skip
# "potresti aggiornare il commento che hai lasciato?": a request to update the review itself.
_UPDATE_VERB = {
    # not a change already made: "I can see you have updated your review"
    "en": r"\b(?<!have\s)(?<!'ve\s)(?<!has\s)(?<!had\s)(?<!having\s)(?:updat|revis|edit|adjust|amend)\w*", "de": r"\b(?:aktualisier|anpass|anzupass|überarbeit|korrigier|entfern|zu\s+entfernen|lösch|zu\s+löschen)\w*|\bauf\s+den\s+(?:aktuellen|neuesten)\s+stand",
    "fr": r"\b(?:mettre\s+à\s+jour|modifi|actualis|corrig)\w*", "es": r"\b(?:actualiz|modific|edit|corrig)\w*",
    "it": r"\b(?:aggiorn|modific|correg)\w*", "pt": r"\b(?:atualiz|modific|edit|corrig)\w*",
    "nl": r"\b(?:bijwerk|aanpas|wijzig)\w*", "pl": r"\b(?:zaktualizow|zmieni|poprawi|edytow)\w*",
    "sv": r"\b(?:uppdater|ändr|juster|redigera|ersätt)\w*", "tr": r"(?:güncelle|değiştir|düzelt|düzenle)\w*",
    "ru": r"(?:обнов|измен|исправ|поправ)\w*",
}  # fmt: skip
_UPDATE_DIRECT = family(
    "review.change",
    _UPDATE_ANCHORS,
    {
        # German and Dutch put the verb last: "Sie bitten, die Bewertung anzupassen bzw. ganz zu entfernen" (batch S)
        lang: [near(_REQUEST[lang], _chain(_UPDATE_VERB[lang], _REVIEW[lang], gap=20), 40)]
        + (
            [near(_REQUEST[lang], _chain(_REVIEW[lang], _UPDATE_VERB[lang], gap=20), 40)]
            if lang in ("de", "nl")
            else []
        )
        for lang in _UPDATE_VERB
    },
)
#: How far back the review may be named for "update it" (a support letter names it in its first paragraph).
_LETTER = 420
_UPDATE_IT_CHANGE = linked_family(
    "review.change",
    _UPDATE_ANCHORS,
    {lang: [near(_REQUEST[lang], _UPDATE_IT[lang], 60)] for lang in _UPDATE_IT},
    {lang: _REVIEW[lang] for lang in _UPDATE_IT},
    reach=_LETTER,
)
# Wishing the stars adjusted without a pronoun: "Könnten Sie Ihre Sterne eventuell noch einmal anpassen?" is
# covered by the look-again family; "puanınızı bir kez daha gözden geçirmeyi düşünür müsünüz?" too.

# ------------------------------------------------------------------ 5. the review gone

_GONE = {
    "en": r"\b(?:go\s+away|disappear\w*|vanish\w*|no\s+longer\s+(?:be\s+)?(?:there|shown|showing|visible|appear\w*)|"
    r"(?:be\s+)?taken\s+offline|hidden|hide\s+it|made?\s+private|invisible)\b",
    "de": r"\b(?:verschwinden|verschwände|verschwinden\s+würde|nicht\s+mehr\s+(?:zu\s+sehen|sichtbar|erscheinen))\b",
    "fr": r"\b(?:disparaître|disparaissait|disparaisse|n'a\s+plus\s+lieu\s+d'être|n'avait\s+plus\s+lieu\s+d'être)\b",
    "es": r"\b(?:desaparec\w*|dejara\s+de\s+(?:aparecer|verse)|dejase\s+de\s+(?:aparecer|verse))\b",
    "it": r"\b(?:scompar\w*|sparir\w*|sparisse|non\s+(?:comparisse|apparisse)\s+più)\b",
    "pt": r"\b(?:desaparec\w*|deixa(?:sse|r)\s+de\s+aparecer|sumi(?:r|sse)|sa[ií]r\s+do\s+ar)\b",
    "nl": r"\b(?:verdwijn\w*|niet\s+meer\s+(?:zichtbaar|te\s+zien)|verberg\w*|offline\s+(?:te\s+)?halen)\b",
    "pl": r"\b(?:znikn\w*|zniknie|zniknęła|przestała\s+być\s+widoczna|przestanie\s+być\s+widoczn\w*)\b",
    "sv": r"\b(?:försvinn\w*|försvann|inte\s+längre\s+syns|dölja|döljer|gömma)\b",
    "tr": r"(?:kaybol\w*|kalkar\w*|kalksa|görünmese|görünmez)",
    "ru": r"(?:исчез\w*|пропал\w*|больше\s+не\s+отображал\w*)",
    "ar": r"(?:تختفي|يختفي|اختفاء|إخفاء|غير\s+ظاهر|مخفي)",
    "he": r"(?:ייעלם|תיעלם|תעלם|יעלם|להיעלם|לא\s+(?:ת|י)ופיע)",
    "ja": r"(?:消え|消して|非表示)",
    "ko": r"(?:사라지|없어지|내려가|비공개|숨김|숨겨|안\s*보이)",
    "zh": r"(?:消失|不见|不見|撤掉|撤下|不在了)",
}  # fmt: skip
_GONE_ANCHORS = {
    "en": "away|disappear|vanish|no longer|offline|hidden|hide|private|invisible", "de": "verschwind|verschwänd|nicht mehr", "fr": "dispar|plus lieu",
    "es": "desaparec|dejara|dejase", "it": "scompar|sparir|spariss|più", "pt": "desaparec|deixa|sumi|sair|sai",
    "nl": "verdwijn|niet meer|verberg|offline", "pl": "znikn|przestała", "sv": "försvinn|försvann|längre|dölja|döljer|gömma", "tr": "kaybol|kalkar|kalksa|görünmese|görünmez",
    "ru": "исчез|пропал|больше не", "ar": "تختفي|يختفي|اختفاء|إخفاء|ظاهر|مخفي", "he": "ייעלם|תיעלם|תעלם|יעלם|להיעלם|תופיע|יופיע",
    "ja": "消え|消して|非表示", "ko": "사라지|없어지|내려가|비공개|숨김|숨겨|보이", "zh": "消失|不见|不見|撤掉|撤下|不在了",
}  # fmt: skip
# … wished for: "it would mean a lot if", "se", "wenn", "もし", or a request.
_WISH = {
    "en": r"\b(?:if|could|would|hope|wish|please|mean\s+a\s+lot|once|after|as\s+soon\s+as)\b", "de": r"\b(?:wenn|falls|würde\w*|wäre\w*|bitte|hoffen|sobald|nachdem)\b",
    "fr": r"\b(?:si|serions|serait|pourriez|espér\w*)\b", "es": r"\b(?:si|podr[ií]a|ser[ií]a|ojal[aá]|esperamos)\b",
    "it": r"\b(?:se|potrebbe|sarebbe|speriamo)\b", "pt": r"\b(?:se|poderia|seria|esperamos|depois\s+que|assim\s+que)\b", "nl": r"\b(?:als|zou|hopen|zodra|kans)\b",
    "pl": r"\b(?:jeśli|gdyby|byłoby|prosimy|gdy\s+tylko)\b", "sv": r"\b(?:om|skulle|hoppas|går\s+det\s+att|kan\s+du|chans)\b", "tr": r"(?:eğer|sa\b|se\b|lütfen|rica)",
    "ru": r"(?:если|бы|просим|пожалуйста|как\s+только)", "ar": r"(?:إذا|اذا|لو|نرجو|يرجى|هل\s+يمكنك|هل\s+تستطيع|بعد\s+ما)", "he": r"(?:אם|נשמח|בבקשה|ברגע\s+ש)",
    "ja": r"(?:もし|いただけ|ください|下さい)", "ko": r"(?:주시면|주실|면\s|부탁|되는\s*대로)", "zh": r"(?:如果|能否|可以|请|請|麻烦|麻煩|要是)",
}  # fmt: skip
# ("Is er een kans dat de review … verdwijnt?", "Finns det någon chans att omdömet … försvinner?": a chance is a wish
# too, stop 41)
_GONE_REVIEW = {"pt": r"|nota(?!\s+fiscal)", "nl": r"|opmerking"}
_GONE_CHANGE = family(
    "review.change",
    _GONE_ANCHORS,
    # Portuguese "aquela nota 1" (not a "nota fiscal"), Dutch "de negatieve opmerking"; the wish before or after
    # ("리뷰를 비공개로 돌려주실 수 있을까요")
    {
        lang: [
            near(
                _WISH[lang],
                near(_REVIEW[lang] + _GONE_REVIEW.get(lang, ""), _GONE[lang], 30),
                60,
            )
            if _WISH[lang]
            else near(_REVIEW[lang], _GONE[lang], 30)
        ]
        for lang in _LANGS
    }
    # the wish between the two: "那条评价要是不在了" (batch AG)
    | {
        "zh": [
            near(_WISH["zh"], near(_REVIEW["zh"], _GONE["zh"], 30), 60),
            _chain(_REVIEW["zh"], _WISH["zh"], _GONE["zh"], gap=10),
        ]
    },
)

# ------------------------------------------------------------------ 6. only the satisfied may review

_ONLY = {
    "en": r"\b(?:only|exclusively|solely)\b", "de": r"\b(?:nur|ausschließlich)\b", "fr": r"\b(?:seulement|uniquement|seul(?:e|s|es)?)\b|\bn(?:e\s+|')\w+\s+(?:\w+\s+){0,2}?que\b",
    "es": r"\b(?:s[oó]lo|[uú]nicamente|exclusivamente)\b", "it": r"\b(?:solo|soltanto|esclusivamente|unicamente)\b",
    "pt": r"\b(?:s[óo]|apenas|somente|exclusivamente)\b", "nl": r"\b(?:alleen|uitsluitend|enkel)\b",
    "pl": r"\b(?:tylko|wyłącznie|jedynie)\b", "sv": r"\b(?:bara|endast|enbart)\b", "tr": r"(?:sadece|yalnızca|yalnız)",
    "ru": r"(?:только|исключительно)", "ar": r"(?:فقط|وحدهم)", "he": r"(?:רק|אך\s+ורק)", "ja": r"(?:だけ|のみ|限り)",
    "ko": r"(?:만|에게만|께만)", "zh": r"(?:只|仅|僅|才)",
}  # fmt: skip
_SATISFIED = {
    # (and "everything was perfect": "Please only rate us if everything was perfect", stop 41)
    "en": r"\b(?:satisfied|delighted|thrilled)\b|\b(?:happy|pleased)\b(?!\s+to\b)|\beverything\s+(?:was|is)\s+perfect\b", "de": r"\b(?:zufrieden\w*|begeistert\w*|glücklich\w*)\b|\bwenn\s+alles\s+perfekt\b",
    "fr": r"\b(?:satisfait\w*|content\w*|ravi\w*)\b|\bsi\s+tout\s+(?:était|est|a\s+été)\s+parfait\b", "es": r"\b(?:satisfech\w*|content\w*|encantad\w*)\b|\bsi\s+todo\s+(?:fue|está|estuvo|ha\s+sido)\s+perfecto\b",
    "it": r"\b(?:soddisfatt\w*|content\w*)\b|\bse\s+tutto\s+(?:è|era)\s+(?:stato\s+)?perfetto\b", "pt": r"\b(?:satisfeit\w*|content\w*)\b|\bse\s+tudo\s+(?:estiver|estava|foi|está|esteve)\s+perfeito\b", "nl": r"\b(?:tevreden|blij)\b|\bals\s+alles\s+(?:was\s+|is\s+)?perfect\b",
    "pl": r"\b(?:zadowolen\w*|zadowolon\w*)\b|\bjeśli\s+wszystko\s+(?:było\s+|jest\s+)?idealn\w*", "sv": r"\b(?:nöjd\w*)\b|\bom\s+allt\s+(?:var\s+|är\s+)?perfekt\b", "tr": r"(?:memnun\w*)|her\s+şey\s+mükemmel(?:se|di\s*ise)", "ru": r"(?:доволь\w*|довол\w*)|если\s+вс[её]\s+(?:было\s+)?идеальн\w*",
    "ar": r"(?:راض\w*|الراضين|سعيد\w*)|إذا\s+كان\s+كل\s+شيء\s+مثالي\w*", "he": r"(?:מרוצ\w*)|אם\s+הכו?ל\s+היה\s+מושלם", "ja": r"(?:満足)|(?:すべて|全て)完璧(?:だった場合|でしたら|であれば)", "ko": r"(?:만족)|모든\s*것이\s*완벽(?:했을|하셨다면|하면)", "zh": r"(?:满意|滿意)|(?:如果|在)一切都?完美",
}  # fmt: skip
_SATISFIED_ANCHORS = {
    "en": "satisfied|happy|pleased|delighted|thrilled|perfect", "de": "zufrieden|begeistert|glücklich|perfekt", "fr": "satisfait|content|ravi|parfait",
    "es": "satisfech|content|encantad|perfecto", "it": "soddisfatt|content|perfetto", "pt": "satisfeit|content|perfeito", "nl": "tevreden|blij|perfect",
    "pl": "zadowolen|zadowolon|idealn", "sv": "nöjd|perfekt", "tr": "memnun|mükemmel", "ru": "довол|идеальн", "ar": "راض|الراضين|سعيد|مثالي", "he": "מרוצ|מושלם", "ja": "満足|完璧",
    "ko": "만족|완벽", "zh": "满意|滿意|完美",
}  # fmt: skip
_NOT_OR = r"(?!\s*,?\s*(?:or|oder|ou|o|of|lub|eller|veya|ya\s+da|или|أو|או)\b)"
_ONLY_SATISFIED = family(
    "review.positive_only",
    _SATISFIED_ANCHORS,
    {
        lang: [
            near(near(_ONLY[lang], _SATISFIED[lang], 40), _REVIEWED[lang], 80),
            # the review between the two: "Solo pedimos reseñas a los clientes satisfechos", "Prosimy o opinię tylko
            # zadowolonych klientów" (stop 41)
            # (not "… die zufrieden oder unzufrieden sind": either)
            _chain(
                _ONLY[lang],
                _REVIEWED[lang],
                f"(?:{_SATISFIED[lang]}){_NOT_OR}",
                gap=30,
            ),
            _chain(
                _REVIEWED[lang],
                _ONLY[lang],
                f"(?:{_SATISFIED[lang]}){_NOT_OR}",
                gap=20,
            ),
        ]
        for lang in _LANGS
    },
)

# ------------------------------------------------------------------ 7. a positive review would help us; no bad one

_POSITIVE_ADJ = {
    "en": r"\b(?:positive|glowing|good|great|5-star|five-star|favou?rable)\b", "de": r"\b(?:positive\w*|gute\w*|tolle\w*)\b",
    "fr": r"\b(?:positi\w*|bon\w*|excellent\w*)\b", "es": r"\b(?:positiv\w*|buen\w*|excelente\w*)\b",
    "it": r"\b(?:positiv\w*|buon\w*|ottim\w*|bell\w*)\b", "pt": r"\b(?:positiv\w*|boa\w*|bom|ótim\w*|otim\w*)\b",
    "nl": r"\b(?:positiev\w*|lovend\w*|goed(?!e(?:morgen|middag|navond|ndag|nacht))\w*)\b", "pl": r"\b(?:pozytywn\w*|dobr\w*)\b", "sv": r"\b(?:positiv\w*|bra)\b",
    "tr": r"(?:olumlu|güzel|iyi)", "ru": r"(?:положительн\w*|хорош\w*|отличн\w*)", "ar": r"(?:إيجابي\w*|ايجابي\w*|جيد\w*)",
    "he": r"(?:חיובי\w*|טוב\w*)", "ja": r"(?:高評価|良い|いい)", "ko": r"(?:좋은|긍정적인)", "zh": r"(?:好评|好評|五星)",
}  # fmt: skip
# ("boa ou ruim", "buena o mala", "bonne ou mauvaise", "goed of slecht": stop 31 added the plain words for bad;
# European Portuguese "seja boa ou má", blind batch DK, stop 37)
_EITHER = r"(?!\s*,?\s*(?:or|oder|ou|o|of|lub|eller|veya|ya\s+da|yahut|или|أو|או)\s+(?:\w+\s+)?(?:n[eé]gati|neg|bad|schlecht|mauvais|mal|slecht|negatyw|dålig|olumsuz|kötü|негатив|отрицател|плох|سلبي|שלילי|ruim|ru[ií]n|p[ée]ssim|cattiv|brutt|zł|sämre|سيئ|רע|m[áà]\b|mau\b))"


def _adjective(lang: str) -> str:
    """The positive adjective unless "or negative" follows; atomic, so "положительн\\w*" cannot give back letters
    to slip past the "или отрицательный" the lookahead looks for."""
    return f"(?>{_POSITIVE_ADJ[lang]}){_EITHER}"


_HELPS = {
    "en": r"\b(?:will|would|could|can)\s+(?:really\s+|truly\s+|so\s+)?(?:help|mean|make)\b|\bhelps?\s+(?:us|our)\b",
    "de": r"\b(?:würde|wird|hilft|helfen)\b", "fr": r"\b(?:aiderait|aidera|aider)\b",
    "es": r"\b(?:ayudar[ií]a|ayudar[aá]|ayuda|significar[ií]a)\b", "it": r"\b(?:darebbe|aiuterebbe|aiuta|farebbe)\b",
    "pt": r"\b(?:ajudaria|ajudar[áa]|ajuda)\b", "nl": r"\b(?:zou|helpen|helpt)\b", "pl": r"\b(?:pomogłaby|pomoże|pomaga)\b",
    "sv": r"\b(?:skulle|hjälper)\b", "tr": r"(?:yardımcı\s+olur|destek\s+olur)", "ru": r"(?:помо\w*|поддерж\w*)",
    "ar": r"(?:سيساعد|يساعد)", "he": r"(?:יעזור|תעזור|יעזרו)", "ja": r"(?:励み|助か|力にな)", "ko": r"(?:도움이\s*(?:될|돼|됩)|힘이\s*(?:될|돼|됩))",
    "zh": r"(?:帮助|幫助|支持)",
}  # fmt: skip
_POSITIVE_HELPS = family(
    "review.positive_only",
    {lang: _ANCHORS[lang] for lang in _LANGS},
    {
        lang: [_chain(_adjective(lang), _REVIEW[lang], _HELPS[lang], gap=8 if lang in ("ja", "ko", "zh") else 45)]
        for lang in ("en", "de", "fr", "es", "pt", "nl", "pl", "sv", "tr", "ru", "ar", "he", "ja", "ko")
    }
    | {
        # the adjective follows the noun: "un suo commento positivo … ci darebbe", "un commentaire positif nous aiderait"
        "it": [_chain(_REVIEW["it"], _adjective("it"), _HELPS["it"], gap=45)],
        "fr": [_chain(_REVIEW["fr"], _adjective("fr"), _HELPS["fr"], gap=45)],
        "es": [_chain(_REVIEW["es"], _adjective("es"), _HELPS["es"], gap=45)],
        "pt": [_chain(_REVIEW["pt"], _adjective("pt"), _HELPS["pt"], gap=45)],
        "zh": [_chain(_POSITIVE_ADJ["zh"], _HELPS["zh"], gap=10)],
    },
)  # fmt: skip
# "dont open dispute or leave bad feedback" — the unhappy buyer steered away from a negative review.
_DONT = {
    "en": r"\b(?:don'?t|do\s+not|please\s+don'?t|never)\b", "de": r"\b(?:keine\w*|nicht)\b", "fr": r"\bne\s+(?:\w+\s+)?pas\b",
    "es": r"\bno\s+(?:nos\s+)?(?:deje|dejes|ponga|pongas)\b", "it": r"\bnon\s+(?:ci\s+)?(?:lasci|lasciare|metta)\b",
    "pt": r"\bn[ãa]o\s+(?:nos\s+)?(?:deixe|d[êe])\b", "nl": r"\b(?:geen|niet)\b", "pl": r"\bnie\s+(?:wystawiaj|zostawiaj)\w*",
    "sv": r"\b(?:inte|inga|ingen)\b", "tr": r"(?:bırakmayın|vermeyin|yazmayın)", "ru": r"(?:не\s+(?:оставляйте|ставьте|пишите))",
    "ar": r"(?:لا\s+تترك|لا\s+تكتب)", "he": r"(?:אל\s+תשאיר\w*|אל\s+תכתוב\w*)", "ja": r"(?:しないで|ないでください|お控え)",
    "ko": r"(?:하지\s*마|남기지\s*마|주지\s*마)", "zh": r"(?:不要|别|別|请勿|請勿)",
}  # fmt: skip
_BAD = {
    "en": r"\b(?:bad|negative|low|poor|neutral|1-star|one-star)\b", "de": r"\b(?:schlechte\w*|negative\w*)\b",
    "fr": r"\b(?:mauvais\w*|négati\w*)\b", "es": r"\b(?:mal[ao]s?|negativ\w*)\b", "it": r"\b(?:negativ\w*|brutt\w*)\b",
    "pt": r"\b(?:negativ\w*|ruim)\b", "nl": r"\b(?:slechte|negatieve)\b", "pl": r"\b(?:negatywn\w*|zł\w*)\b",
    "sv": r"\b(?:dålig\w*|negativ\w*)\b", "tr": r"(?:olumsuz|kötü)", "ru": r"(?:плох\w*|негативн\w*|отрицательн\w*)",
    "ar": r"(?:سلبي\w*|سيئ\w*)", "he": r"(?:שלילי\w*|רע\w*)", "ja": r"(?:低評価|悪い)", "ko": r"(?:나쁜|부정적인|악플)",
    "zh": r"(?:差评|差評|中评|中評)",
}  # fmt: skip
_NO_BAD = family(
    "review.positive_only",
    {lang: _ANCHORS[lang] for lang in _LANGS},
    # the verb of leaving the review with the negation: "don't leave bad feedback", "keine schlechte Bewertung
    # hinterlassen" — not "don't worry about the bad review"
    {
        lang: [
            _chain(_DONT[lang], ASK[lang], _BAD[lang], _REVIEW[lang], gap=20),
            _chain(_DONT[lang], _BAD[lang], _REVIEW[lang], ASK[lang], gap=20),
        ]
        for lang in ("en", "de", "fr", "nl", "sv")
    }
    | {lang: [_chain(_DONT[lang], _BAD[lang], _REVIEW[lang], gap=20)] for lang in ("es", "it", "pt", "pl", "tr", "ru", "ar", "he")}
    | {lang: [_chain(_BAD[lang], _DONT[lang], gap=12), _chain(_DONT[lang], _BAD[lang], gap=8)] for lang in ("ja", "ko", "zh")},
)  # fmt: skip
# … in the other word orders (stop 38: "Ne laissez pas un avis négatif", "no deje una reseña negativa", "אל תשאיר דירוג
# שלילי", "لا تعطي تقييم سيء" put the adjective after the review; "Bitte geben Sie keine schlechte Bewertung", "Skriv inte
# en dålig recension", "Geef geen slechte beoordeling" the verb first; "olumsuz yorum yazmayın" the verb last; and the
# broken "bitte nicht schlecht Bewertung", "INTE dålig feedback"). The negated verb of leaving a review is named, so "nous
# ne pouvons pas supprimer un avis négatif" (the seller's own inability) stays clean.
_DONT_LEAVE = {
    "fr": r"\bne\s+(?:laissez|mettez|donnez|écrivez|publiez|postez)\s+pas\b|\bne\s+pas\s+(?:laisser|mettre|donner|écrire|publier|poster)\b",
    "es": _DONT["es"] + r"|\bno\s+(?:escriba|escribas|publique|publiques|d[eé]|des)\b",
    "it": _DONT["it"] + r"|\bnon\s+(?:scriva|scrivere|dia|dare|pubblichi|pubblicare)\b",
    "pt": _DONT["pt"] + r"|\bn[ãa]o\s+(?:escreva|publique|poste)\b",
    "ar": r"(?:لا|ما)\s+(?:تترك|تكتب|تعطي|تعط|تحط|تضع)\w*",
    "he": _DONT["he"] + r"|אל\s+(?:תיתן|תתן|תדרג|תפרסם)\w*",
}
_BAD_AFTER = _BAD | {"ar": _BAD["ar"] + r"|سيء\w*|وحش\w*"}
_NO_BAD_ORDERS = family(
    "review.positive_only",
    {lang: _ANCHORS[lang] for lang in _LANGS},
    {lang: [_chain(_DONT_LEAVE[lang], _REVIEW[lang], _BAD_AFTER[lang], gap=20)] for lang in _DONT_LEAVE}
    | {
        lang: [
            _chain(ASK[lang], _DONT[lang], _BAD[lang], _REVIEW[lang], gap=20),
            _chain(_DONT[lang], r"\b(?:schlecht|dålig|slecht)\b", _REVIEW[lang], gap=2),
        ]
        for lang in ("de", "nl", "sv")
    }
    | {"pl": [_chain(r"\bnie\s+(?:wystawia|zostawia|pisa|dawa)\w*", _BAD["pl"], _REVIEW["pl"], gap=20)]}
    | {"tr": [_chain(_BAD["tr"], _REVIEW["tr"], r"(?:bırakmayın|vermeyin|yazmayın|bırakmay|vermey|yazmay)\w*", gap=20)]},
)  # fmt: skip

# ------------------------------------------------------------------ 8. pressure around the review word

# Cues that are pressure wherever the review is named in the next or previous sentence: the nth message, the days
# left, the consequence for the shop, begging, "don't ignore this message (like the last one)" (batch T).
# (Days left in Swedish, Turkish, Arabic "بقي", Korean and Chinese: "Bara 2 dagar kvar att lämna ditt omdöme", "评价只剩2天了",
# stop 40 probes.) (The only buyer who has not reviewed yet, in the languages that missed it, the review named in the
# clause by its verb: "You are the only customer this month who hasn't left a review yet", not "… who hasn't received
# the replacement yet": probes, stop 46.)
_PRESSING = {
    "en": r"\bthe\s+only\s+(?:customer|buyer|one|person)\b[^.!?\n]{0,30}?\b(?:hasn't|has\s+not|haven't|have\s+not|not\s+yet|yet\s+to)\s+(?:yet\s+)?(?:left|written|posted|given|rated|reviewed|leave|write|post|rate|review)\b|\bfatal\s+blow\b|\bsource\s+of\s+income\b|\baccount\s+(?:suspended|closed|shut\s+down)\b|\bout\s+of\s+business\b|\bdon'?t\s+ignore\b|\bdo\s+not\s+ignore\b|\blast\s+day\b|\b(?:window|deadline)\s+closes\b|\bcloses\s+(?:tomorrow|today|tonight|in\s+\d+\s+(?:hours|days))\b|\b(?:second|third|another)\s+reminder\b|\breminder\s+again\b|\bwe\s+asked\s+(?:you\s+)?(?:last|on|before|earlier|already)\b|\b(?:team|staff)'?s?\s+bonus\b|\b(?:ranking|listing)\s+(?:drops|falls|goes\s+down|is\s+dropping)\b|\bonly\s+(?:one|you)\s+(?:who|left)\b|\beveryone\s+else\s+(?:has|already)\b|\bwe'?ll\s+(?:keep\s+)?(?:ask|remind|check)\w*\s+(?:you\s+)?(?:every|each)\s+day\b|\bwe\s+(?:really\s+)?depend\s+on\b|\b(?:third|fourth|fifth|last|final)\s+(?:time|reminder|message)\b|\b(?:a\s+couple\s+of|several|many|two|three)\s+times\b(?!\s+(?:\w+er|more|less|as|the|faster|better)\b)|"
    r"\bnot\s+the\s+first\s+time\b|\bsorry\s+to\s+(?:insist|bother\s+you\s+again|keep\s+asking)\b|\bcircling\s+back\b|"
    r"\bonly\s+(?:\d+|two|three|a\s+few)\s+(?:more\s+)?days\s+left\b|\b(?:time|window)\s+(?:is\s+)?running\s+out\b|"
    r"\bbefore\s+it'?s\s+too\s+late\b|\bdon'?t\s+let\s+(?:this|it)\s+slip\b|\bplease,?\s+please\b|\bwe'?re\s+begging\b|"
    r"\b(?:decides?|determines?)\s+whether\b|\bour\s+(?:rating|ranking|score)\s+(?:will\s+|is\s+)?(?:drop|fall|go\w*\s+down)\w*|\blose\s+our\s+(?:listing|account|shop|store)\b|"
    r"\bmy\s+(?:manager|boss)\b",
    "de": r"\bschwere[rn]?\s+schlag\b|\btrifft\s+uns\s+(?:sehr\s+)?hart\b|\bexistenz\w*|\bverkaufen\s+wir\s+kaum\s+(?:noch\s+)?(?:etwas|was)\b|\bignorieren\s+sie\s+(?:\w+\s+){0,3}?nicht\b|\bnicht\s+(?:\w+\s+)?ignorieren\b|\b(?:noch\s+immer|immer\s+noch)\s+nichts\b|\bletzte[nr]?\s+(?:beiden|zwei|drei)\s+nachrichten\b|\bbevor\s+die\s+frist\b|\bfrist\s+(?:läuft|abläuft|endet)\b|\bletzter\s+tag\b|\b(?:erneute|weitere)\s+erinnerung\b|\bteam-?(?:bonus|prämie)\b|\branking\s+sinkt\b|\bnur\s+noch\s+sie\b|\balle\s+anderen\s+(?:\w+\s+)?(?:haben|kunden)\b|\bsind\s+(?:darauf\s+)?angewiesen\b|\b(?:dritte|vierte|letzte)\s+(?:mal|erinnerung|nachricht)\b|\bnicht\s+zum\s+ersten\s+mal\b|\bentschuldigen\s+sie\s+die\s+hartnäckigkeit\b|"
    r"\bnur\s+noch\s+\d+\s+tage\b|\bverkaufen\s+wir\s+nichts\b|\bwir\s+zählen\s+auf\s+sie\b|"
    r"\bvergessen\s+sie\s+uns\s+nicht\b|\berinnern\s+(?:sie\s+)?(?:nochmals|erneut|noch\s+einmal|wiederholt)\b|\bbitte,?\s+bitte\b|\bmein\w*\s+chef\w*\b",
    "fr": r"\ble\s+seul\s+(?:client|acheteur)\b[^.!?\n]{0,30}?\bpas\s+(?:encore\s+)?(?:avoir\s+)?(?:laissé|écrit|donné|publié|noté)\b|\bcoup\s+fatal\b|\bn'ignorez\s+pas\b|\bne\s+(?:nous\s+|l'|les\s+)?ignorez\s+pas\b|\bdernier\s+jour\b|\bdate\s+limite\b|\bc'est\s+urgent\b|\b(?:deuxième|troisième|nouveau)\s+rappel\b|\bsa\s+prime\b|\bclassement\s+baisse\b|\bon\s+compte\s+sur\s+vous\b|\breviendrons\s+vers\s+vous\b|\btoujours\s+pas\s+de\s+(?:note|avis|commentaire)\b|\b(?:troisième|quatrième|dernière)\s+(?:fois|relance|rappel)\b|\bpas\s+la\s+première\s+fois\b|\bdésolés?\s+d'insister\b|"
    r"\bplus\s+que\s+\d+\s+jours\b|\b(?:relancer|écrire|rappeler|recontacter)\s+(?:\w+\s+)?(?:chaque\s+jour|tous\s+les\s+jours)\b|\bsera\s+pénalisé\w*\b|\bs'il\s+vous\s+plaît,?\s+s'il\s+vous\s+plaît\b|\bcomptons\s+sur\s+vous\b",
    "es": r"\bgolpe\s+(?:fatal|mortal)\b|\bnos\s+penaliza\w*|\bperder[ií]amos\s+(?:la\s+)?visibilidad\b|\bcerrar\s+(?:la|nuestra)\s+tienda\b|\bno\s+(?:nos\s+|lo\s+|la\s+)?ignor(?:e|es|en)\b|\b(?:escrib|contact|molest)\w*\s+(?:\w+\s+)?otra\s+vez\b|\bse\s+cierra\s+el\s+plazo\b|\bplazo\s+(?:se\s+)?(?:cierra|acaba|termina|vence)\b|\bnos\s+jugamos\s+mucho\b|\búltimo\s+d[ií]a\b|\bdependemos\s+de\b|\bes\s+vital\b|\bbono\s+del\s+equipo\b|\branking\s+baja\b|\bs[oó]lo\s+falta\s+usted\b|\b(?:tercera|cuarta|última)\s+vez\b|\bperdon\w*\s+que\s+insist\w*|\bno\s+es\s+la\s+primera\s+vez\b|"
    r"\bs[oó]lo\s+quedan\s+\d+\s+d[ií]as\b|(?<!gracias\s)(?<!agradecemos\s)\bde\s+coraz[oó]n\b|\bnuestro\s+sustento\b|\bpor\s+favor,?\s+por\s+favor\b",
    "it": r"\bcolpo\s+fatale\b|\bperdere\s+vendite\b|\bchiudere\s+il\s+negozio\b|\brischiamo\s+di\s+(?:dover\s+)?chiudere\b|\bnon\s+(?:ci\s+)?ignorar\w*|\bultimo\s+giorno\b|\b(?:termine|scadenza)\s+(?:scade|chiude|è\s+domani)\b|\bsecondo\s+promemoria\b|\bdipendiamo\s+da\b|\bbonus\s+del\s+team\b|\bclassifica\s+scende\b|\bmanca\s+solo\s+(?:lei|tu)\b|\b(?:terza|quarta|ultima)\s+volta\b|\bscusa\w*\s+se\s+(?:ti|la)\s+disturb\w*\s+ancora\b|\bnon\s+è\s+la\s+prima\s+volta\b|"
    r"\bmancano\s+(?:solo\s+)?\d+\s+giorni\b|\bper\s+favore,?\s+per\s+favore\b|\bcontiamo\s+su\s+di\s+(?:te|lei)\b",
    "pt": r"\bgolpe\s+fatal\b|\barruinar\w*|\bn[ãa]o\s+(?:nos\s+)?ignor\w*|\búltimo\s+dia\b|\bprazo\s+(?:acaba|termina|encerra|vence)\b|\blembrete\b|\bb[ôo]nus\s+da\s+(?:nossa\s+)?equipe\b|\bn[ãa]o\s+esque(?:ça|ce)\b|\bn[ãa]o\s+deixe\s+de\b|\bdependemos\s+d|\b(?:terceira|quarta|última)\s+vez\b|\bdesculp\w*\s+(?:a\s+)?insist[êe]ncia\b|\bn[ãa]o\s+[ée]\s+a\s+primeira\s+vez\b|"
    r"\bfaltam\s+(?:s[óo]\s+)?\d+\s+dias\b|\bpor\s+favor,?\s+por\s+favor\b|\bcontamos\s+com\s+voc[êe]\b",
    "nl": r"\bdalen\s+onze\s+verkopen\b|\bonze\s+verkopen\s+dalen\b|\bsluit\s+de\s+(?:periode|termijn)\b|\brekenen\s+er\s+(?:echt\s+)?op\b|\bnegeer\s+(?:\w+\s+){0,3}?niet\b|\b(?:tweede|derde|vierde)\s+bericht\b|\bvorige\s+(?:twee|drie)\s+berichten\b|\bnog\s+(?:één|een)\s+keer\b|\blaatste\s+dag\b|\b(?:tweede|derde)\s+herinnering\b|\bvroegen\s+het\s+(?:\w+\s+){1,3}?al\b|\bzonder\s+uw\s+beoordeling\b|\bmogen\s+we\s+geen\b|\b(?:derde|vierde|laatste)\s+keer\b|\bniet\s+de\s+eerste\s+keer\b|\bnog\s+maar\s+\d+\s+dagen\b|"
    r"\balsjeblieft,?\s+vergeet\b|\bwe\s+wachten\s+op\s+je\b|\balsjeblieft,?\s+alsjeblieft\b",
    "pl": r"\bnie\s+ignoruj\w*|\bostatni\s+dzień\b|\btermin\s+(?:mija|upływa|kończy)\b|\b(?:drugie|trzecie)\s+przypomnienie\b|\bpremi\w+\s+zespołu\b|\branking\s+spada\b|\b(?:trzeci|czwarty|ostatni)\s+raz\b|\bnie\s+pierwszy\s+raz\b|\bzostał\w*\s+(?:tylko\s+)?\d+\s+dni\b|\bbardzo\s+prosimy\b|\bliczymy\s+na\s+(?:pana|panią|ciebie)\b",
    "sv": r"\bden\s+enda\s+(?:kunden|köparen)\b[^.!?\n]{0,30}?\binte\s+(?:har\s+)?(?:lämnat|skrivit|gett|betygsatt)\b|\bignorera\s+inte\b|\b(?:andra|tredje|fjärde|sista)\s+påminnelse\w*|\bsista\s+dagen\b|\bpåminnelse\s+förra\s+veckan\b|\bskickade\s+en\s+påminnelse\b|\bpåminnelse\s+igen\b|\bfrågade\s+(?:\w+\s+){0,2}också\b|\bbonus\s+hänger\b|\branking\s+sjunker\b|\bsaknas\s+fortfarande\b|\bbara\s+du\s+som\b|\b(?:tredje|fjärde|sista)\s+gången\b|\btiden\s+(?:\w+\s+)?går\s+(?:snart\s+)?ut\b|\btappar\s+vi\b|\bsnälla,?\s+snälla\b|\bbara\s+\d+\s+dagar\s+kvar\b",
    "tr": r"(?:yapmayan|bırakmayan|yazmayan|vermeyen)\s+tek\s+(?:müşteri\w*|alıcı\w*|kişi\w*)|görmezden\s+gelme\w*|yok\s+saymay\w*|hepsi\s+(?:puan|yorum|değerlendirme)|bir\s+tek|(?<!mümkün\s)müdür\w*|tekrar\s+yazmamı|bu\s+sefer\s+atlamayın|daha\s+önce\s+de\s+yazmıştık|(?<!bize\syazmayı\s)unutmayın|(?:üçüncü|dördüncü|son)\s+kez|süresi\s+dolmak\s+üzere|(?:sadece|yalnızca)\s+\d+\s+gün\s+kaldı|geriye\s+düşecek|düşecek|yalvarıyoruz|lütfen\s+lütfen",
    "ru": r"единственн\w+\s+(?:покупател\w+|клиент\w*)[^.!?\n]{0,30}?\bне\s+(?:оставил\w*|написал\w*|поставил\w*)|премию\s+не\s+получит|не\s+закроем\s+(?:\S+\s+)?план|потеряем\s+(?:магазин|продажи)|не\s+игнорируй\w*|(?:пишем|напоминаем|обращаемся)\s+(?:вам\s+)?(?:уже\s+)?(?:второй|третий|четв[её]ртый)\s+раз|преми[яи]\s+(?:нашей\s+)?команды|рейтинг\s+(?:падает|упад[её]т)|вс[её]\s+ещ[её]\s+(?:нет|не\s+оставлен)|другие\s+покупатели\s+(?:\S+\s+){0,2}уже|менеджер|не\s+забудьте|(?:третий|четв[её]ртый|последний)\s+раз|уже\s+не\s+первый\s+раз|простите\s+за\s+настойчивость|осталось\s+(?:всего\s+)?\d+\s+дн|"
    r"рейтинг\s+упад[её]т|очень\s+просим|останемся\s+ли\s+мы",
    "ar": r"العميل\s+الوحيد[^.!?\n]{0,30}?لم\s+(?:يترك|يكتب|يقيم|يضع)|لا\s+تتجاهل\w*|ينخفض|ما\s+زال\s+بدون\s+تقييم|رسالتنا\s+(?:الثانية|الثالثة)|(?:ثالث|رابع|آخر)\s+(?:رسالة|مرة)|تذكير\s+أخير|باقي\s+(?:\S+\s+)?(?:يوم|أيام|يومان)|بقي\s+(?:\S+\s+)?(?:يوم|أيام|يومان)|أرجوك\s+أرجوك|لا\s+تنسنا",
    "he": r"הלקוח\s+היחיד[^.!?\n]{0,30}?לא\s+(?:השאיר|כתב|דירג|נתן)|מהבודדים\s+שעוד\s+לא|הפעם\s+ה(?:שנייה|שלישית)|אל\s+תתעלמ\w*|התזכורת\s+(?:ה)?(?:שלישית|רביעית|חמישית)|נשארו\s+(?:\S+\s+)?(?:יומיים|ימים)|מזכירים\s+שוב|קריטי\s+בשבילנו|היום\s+האחרון|התזכורת\s+השנייה|תזכורת\s+נוספת|כבר\s+ביקשנו|יורד\s+בדירוג|המנהל|תלויים\s+ב|עדיין\s+אין\s+(?:דירוג|ביקורת|חוות)|(?:ההודעה|הפעם)\s+(?:ה)?(?:שלישית|רביעית|אחרונה)|תזכורת\s+אחרונה|נשארו\s+רק|בבקשה\s+בבקשה|כותבים\s+שוב|"
    r"המנהל\s+שלי|יירד|קובעת\s+אם",
    # (not inside the buyer's words quoted: "レビューで「2回目の使用で取っ手が外れた」とご指摘いただいた件", batch Z)
    "ja": r"(?:致命的|無視しないで|無視なさらないで|二回目|2回目|何度も|度々|たびたび|\d+回目|三回目|最後のリマインダー|あと\d+日|お願いお願い|"
    r"だけが頼り|何卒(?!よろしく|宜しく|ご了承|ご理解|ご容赦))(?![^「」\n]{0,80}」)",
    "ko": r"무시하지\s*마|기한이\s*\S*\s*남았|지난번에도\s*말씀|아직\s*안\s*쓰셨|(?:두|세|네)\s*번째\s*연락|계속\s*떨어지|정말\s*간절|제발|마지막\s*(?:알림|연락)|일밖에\s*남지\s*않",
    "zh": r"致命(?:打击|打擊)|不要忽略|别无视|不要无视|請不要忽略|请不要忽略|就差您|就差你|每天都会来问|第二次提醒|第三次提醒|排名会下降|仍为.未评价|(?:已经|已經)?联系过您(?:两|三|几)次|聯繫過您(?:兩|三|幾)次|一直在掉|主管每天|求求|最后一次提醒|最後一次提醒|(?:只剩|还剩|還剩|只有)\s*(?:\d+|两|兩|三|几|幾)\s*天",
}  # fmt: skip
# The seller's earlier messages counted or recalled ("nous avons envoyé message 4 fois", "este ya es el cuarto", "é a
# quinta mensagem", "دي تالت رسالة", "Мы уже писали вам вчера", "Onze vorige mail heb je waarschijnlijk gemist", "以前も
# お願いいたしましたが"): beside a review, a repeated request (Amazon Communication Guidelines: no repeat review
# requests for the same order; AliExpress §8: harassment). Tuning batches AE, AG, AL, AM, AS, AU and blind batch DB (stop 32);
# "ya te lo pedimos", "vi har frågat tidigare", "ricamızı iletmiştik", "הפנייה השלישית" (probes, stop 46); "nous vous avions
# écrit la semaine dernière", "Vi skrev för några dagar sedan", "pisałem już wczoraj" (blind probes, stop 47).
_WRITTEN_BEFORE = {
    "en": r"\bdon'?t\s+forget\s+(?:about\s+)?us\b|\byou\s+promised\b|\b(?:lose|losing)\s+my\s+bonus\b|\bmy\s+boss\b|\bland\s+in\s+your\s+inbox\s+a\s+(?:second|third|fourth)\s+time\b|\bone\s+last\s+time\b|\bwe(?:'ve|\s+have)?\s+(?:already\s+)?(?:written|wrote|messaged|e-?mailed|contacted|reached\s+out\s+to)\s+(?:to\s+)?(?:you\s+)?(?:before|already|twice|yesterday|last\s+week|every\s+day)\b|\bour\s+(?:previous|last|earlier)\s+(?:message|e-?mail|request|note)\b|\bcheck\s+in\s+again\b|\bfriendly\s+nudge\b|\bgot\s+buried\b",
    "de": r"\bzum\s+(?:zweiten|dritten|vierten|fünften)\s+mal\b|\bim\s+ranking\s+herabgestuft\b|\bschreiben\s+(?:ihnen|dir)\s+(?:jeden\s+tag|täglich|erneut|nochmals|noch\s+einmal)\b|\bjeden\s+tag,?\s+bis\b|\b(?:unsere|meine)\s+(?:letzte|vorige|vorherige)\s+(?:nachricht|e-?mail|anfrage)\b|\bhaben\s+(?:ihnen|dir)\s+bereits\s+geschrieben\b",
    "fr": r"\bne\s+nous\s+oubli\w*\s+pas\b|\bm'avais\s+promis\b|\b(?:envoyé|écrit)\s+(?:\w+\s+){0,2}?(?:\d+|deux|trois|quatre|cinq|plusieurs)\s+fois\b|\bc'est\s+encore\s+nous\b|\bdéjà\s+écrit\b|\brelancer\s+une\s+(?:deuxième|troisième|quatrième|nouvelle)\s+fois\b|\bnotre\s+(?:précédent|dernier)\s+(?:message|mail|e-mail)\b|\brelancerons\b(?!\s+pas\b)|\bnous\s+vous\s+(?:avions|avons)\s+(?:déjà\s+)?écrit\b",
    "es": r"\bya\s+(?:te|le|se)\s+lo\s+(?:pedimos|ped[ií]|pedí|recordamos|recordé|dijimos)\b|\b(?:te|le)\s+lo\s+recuerdo\s+otra\s+vez\b|\bno\s+te\s+olvides\s+de\s+nosotros\b|\bno\s+se\s+olvide\s+de\s+nosotros\b|\bprometiste\b|\b(?:ya\s+)?es\s+el\s+(?:segundo|tercer|tercero|cuarto|quinto)\b|\bmensajes\s+anteriores\b|\b(?:te|le)\s+(?:escribo|escribimos)\s+de\s+nuevo\b|\bnuestro\s+(?:mensaje|correo)\s+anterior\b|\bya\s+(?:te|le)\s+(?:escribimos|escrib[ií])\b",
    "it": r"\bnon\s+dimenticart\w*\s+di\s+noi\b|\bnon\s+si\s+dimentichi\s+di\s+noi\b|\bavevi\s+promesso\b|\b(?:le|ti)\s+riscriv\w*|\b(?:nostra\s+)?(?:ultima|precedente)\s+richiesta\b|\bscusa\w*\s+se\s+insist\w*|\b(?:vi|le|ti)\s+abbiamo\s+già\s+scritto\b",
    "pt": r"\bn[ãa]o\s+se\s+esque[çc]a\s+de\s+n[óo]s\b|\bmeu\s+chefe\b|\bmeu\s+b[ôo]nus\b|\bvoc[êe]\s+prometeu\b|\b(?:segunda|terceira|quarta|quinta)\s+mensagem\b|\bjá\s+(?:te\s+|lhe\s+)?(?:escrevemos|mandamos|enviamos)\s+(?:\w+\s+)?(?:mensage\w+|antes)\b|\bmensagem\s+anterior\b",
    "nl": r"\bniet\s+vergeten\b|\bvergeet\s+(?:het|ons)\s+niet\b|\balleen\s+jij\s+nog\s+niet\b|\balle\s+andere\s+klanten\b|\bzei\s+vorige\s+keer\b|\bbijna\s+al\s+onze\s+(?:andere\s+)?klanten\b|\bonze\s+vorige\s+(?:twee\s+|drie\s+)?berichten\b|\bonze\s+vorige\s+(?:mail|e-?mail|bericht)\b|\beerder\s+stuurden\s+wij\b|\bherinneren\s+(?:we\s+)?u\s+er\s+(?:graag\s+)?nogmaals\b",
    "pl": r"\bnie\s+zapomnij\b|\bobiecał(?:eś|aś)\b|\bo\s+nas\s+nie\s+zapomni\w*|\bnie\s+zapomin\w*\s+o\s+nas\b|\b(?:już\s+)?pisaliśmy\s+(?:do\s+)?(?:pana|pani|państwa|ciebie|wcześniej|już)\b|\bponownie\s+(?:piszemy|przypominamy)\b|\bnasz\w*\s+(?:poprzedni\w*|wcześniejsz\w*)\s+(?:wiadomo\w*|prośb\w*|mail\w*)|\bpisał(?:em|am|iśmy)\s+(?:już\s+)?(?:wczoraj|wcześniej|w\s+zeszłym\s+tygodniu)\b|\bjuż\s+pisał(?:em|am|iśmy)\b",
    "sv": r"\bvi\s+har\s+(?:redan\s+)?frågat\s+(?:dig\s+)?(?:tidigare|förut|redan)\b|\bskickade\s+(?:ett|en)\s+(?:meddelande|påminnelse|mejl)\s+för\s+(?:några|ett\s+par|\d+)\s+dagar\s+sedan\b|\bingen\s+bonus\b|\bmin\s+chef\b|\bde\s+flesta\s+av\s+våra\s+kunder\b|\bskickar\s+en\s+ny\s+påminnelse\b|\bredan\s+skrivit\b|\bskickat\s+flera\s+meddelanden\b|\bvårt\s+(?:förra|tidigare)\s+(?:meddelande|mejl)\b|\bvi\s+skrev\s+(?:till\s+dig\s+)?(?:för\s+\w+\s+(?:\w+\s+)?sedan|förra\s+veckan|i\s*går)\b",
    "tr": r"ricamızı\s+ilet\w*|her\s+gün\s+yazıyoruz|(?:tekrar|yine)\s+yazaca\w*|(?:daha\s+önce|zaten)\s+yazdık|önceki\s+mesaj\w*",
    "ru": r"(?:вы\s+)?обещал\w*\s+(?:оставить|написать|поставить)|не\s+забывайте\s+о\s+нас|лиш\w+\s+(?:меня\s+)?премии|понизят\s+в\s+поиске|снова\s+беспокою|уже\s+писали|напоминаем\s+о\s+наш\w+\s+прошл\w+|пишем\s+(?:вам\s+)?снова|прошл\w+\s+сообщени\w*",
    "ar": r"لا\s+تنسينا|لا\s+تنسانا|مديري|راتبي|ما\s+عدا\s+حضرتك|بنكلمك\s+تاني|هيتعاقب|هتحاسب|(?:تالت|تاني|رابع|خامس)\s+(?:رسالة|مرة)|رسالتنا\s+(?:الرابعة|الخامسة)|كتبنا?لك\s+قبل|راسلناك\s+(?:من\s+)?قبل|سنراسلك\s+كل\s+يوم",
    "he": r"הפנייה\s+ה(?:שנייה|שלישית|רביעית)|שלחנו\s+(?:לך\s+)?תזכורת|אל\s+תשכח\w*\s+אותנו|כבר\s+כתבנו|שוב\s+כותבים|ההודעה\s+הקודמת",
    "ja": r"まだなのはお客様だけ|他のお客様は皆さん|以前も(?:お願い|ご連絡)|先日も(?:お願い|ご連絡)|再度のご連絡",
    "ko": r"잊지\s*마세요|(?:두|세|네|다섯)\s*번째\s*(?:물어|연락|메시지|말씀)|지난번에도",
    "zh": r"(?:已经|已經)?(?:联系|聯繫|联络)(?:过|過)?您?(?:好几次|好幾次|多次)|再次提醒|之前(?:也)?(?:提醒|联系)过",
}  # fmt: skip
_PRESSING = {lang: f"{pattern}|{_WRITTEN_BEFORE[lang]}" for lang, pattern in _PRESSING.items()}
# … the asks counted without a number ("more than once", "à plusieurs reprises", "أكتر من مرة"), "one last time", and the
# next reminder announced ("werden wir Sie erneut kontaktieren", "过两天我们会再提醒您一次", "来週もう一度ご連絡"): tuning
# batches AE, DB, DG, DH (stop 39). Only the seller's own contacting verbs: "we'll contact you again once the parcel
# ships" is no pressure, so the announced contact needs "remind"/"erinnern" or a set day. Same source.
_ASKED_AGAIN = {
    "en": r"\bwe(?:'ll|\s+will)\s+(?:remind\s+you\s+again|send\s+(?:you\s+)?another\s+reminder)\b|\bmore\s+than\s+once\b|\bone\s+more\s+reminder\b",
    "de": r"\bein\s+letztes\s+mal\b|\b(?:bereits|schon)\s+(?:\w+\s+)?(?:zweimal|dreimal|mehrfach|mehrmals)\b|"
    r"(?<!nicht\s)\b(?:erneut|nochmals|noch\s+einmal)\s+(?:erinnern|anschreiben)\b|\bwerden\s+wir\s+sie\s+erneut\s+kontaktieren\b|\bregelmäßig\s+nach(?:zu)?fragen\b",
    "fr": r"\bune\s+dernière\s+fois\b|\bplus\s+d'une\s+fois\b|\bà\s+plusieurs\s+reprises\b",
    "es": r"\buna\s+última\s+vez\b|\bm[aá]s\s+de\s+una\s+vez\b|\ben\s+varias\s+ocasiones\b|(?<!\bno\s)(?<!\bno\sle\s)(?<!\bno\ste\s)\bvolveremos\s+a\s+(?:record|escrib)\w*",
    "it": r"\bun'ultima\s+volta\b|\bpiù\s+di\s+una\s+volta\b|\bgià\s+(?:\w+\s+)?scritto\b|(?<!\bnon\s)\btorneremo\s+a\s+(?:ricordar|scriver)\w*",
    "pt": r"\buma\s+última\s+vez\b|\bmais\s+de\s+uma\s+vez\b|\b(?:entrando|entramos)\s+em\s+contato\s+(?:novamente|de\s+novo)\b|"
    r"\b(?:nosso|nossa)\s+(?:último|última)\s+(?:e-?mail|mensagem|contato)\b|(?<!não\s)(?<!nao\s)\bvoltaremos\s+a\s+(?:lembr|escrev)\w*|\bmandamos\s+mensage\w*\s+ontem\b",
    "nl": r"\been\s+laatste\s+keer\b|\bmeerdere\s+keren\b|\bmeer\s+dan\s+eens\b|(?<!niet\s)\bopnieuw\s+herinneren\b",
    "pl": r"\bkilkakrotnie\b|\bwielokrotnie\b|\bjuż\s+(?:kilka|dwa|trzy)\s+razy\b|\bponownie\s+przypomnimy\b",
    "sv": r"\ben\s+sista\s+gång\b|\bflera\s+gånger\b|(?<!inte\s)\bpåminna\s+dig\s+igen\b",
    "tr": r"birkaç\s+kez|defalarca|son\s+bir\s+kez|tekrar\s+hatırlat(?:acağız|ırız)",
    "ru": r"несколько\s+раз|\bне\s+раз\b|(?<!не\s)(?<!не\sбудем\s)(?:ещ[её]\s+раз|снова)\s+напомн\w*",
    "ar": r"أكتر\s+من\s+مرة|أكثر\s+من\s+مرة|عدة\s+مرات|كذا\s+مرة|مرة\s+أخيرة|سنذكرك\s+مرة\s+أخرى",
    "he": r"כמה\s+פעמים|יותר\s+מפעם\s+אחת|פעם\s+אחרונה|(?<!לא\s)נזכיר\s+(?:לך\s+)?שוב",
    "ja": r"二度目|三度目|(?:来週|明日|後日|数日後)(?:に)?もう一度(?:ご連絡|連絡|ご案内)",
    "ko": r"여러\s*번|몇\s*번이나|마지막으로\s*부탁",
    "zh": r"(?<!不)(?<!不会)(?<!不會)再提醒(?:您|你)|好几次|好幾次|不止一次",
}  # fmt: skip
_PRESSING = {lang: f"{pattern}|{_ASKED_AGAIN[lang]}" for lang, pattern in _PRESSING.items()}
# … the times the seller wrote, counted with a writing verb ("we sent you message 3 times", "Ti abbiamo scritto già 3
# volte", "فكّرناك مرتين قبل كده": tuning batch DM, stop 43) — a count alone may be anything ("three times brighter").
_TIMES_WRITTEN = {
    "en": r"\b(?:sent|wrote|written|messaged|contacted|reminded|asked|e-?mailed)\s+(?:to\s+)?(?:you\s+)?(?:(?:a|the)\s+)?(?:messages?\s+|e-?mails?\s+)?(?:\d+|two|three|four|several|many)\s+times\b|"
    r"\b(?:sent|wrote|messaged|reminded|asked)\s+(?:you\s+)?twice\b",
    "de": r"\b(?:geschrieben|geschickt|gebeten|erinnert|angeschrieben)\s+(?:\w+\s+)?(?:zweimal|dreimal|\d+\s+mal)\b|\b(?:zweimal|dreimal|\d+\s*mal)\s+(?:\w+\s+){0,2}?(?:geschrieben|angeschrieben|erinnert|gebeten)\b",
    "fr": r"\b(?:écrit|envoyé|demandé|relancée?s?|rappelé)\s+(?:\w+\s+){0,2}?(?:\d+|deux|trois|quatre)\s+fois\b",
    "es": r"\b(?:escrito|enviado|pedido|recordado|escribimos|pedimos)\s+(?:\w+\s+){0,2}?(?:\d+|dos|tres|cuatro)\s+veces\b",
    "it": r"\b(?:scritto|inviato|chiesto|ricordato|contattat\w*)\s+(?:\w+\s+){0,2}?(?:\d+|due|tre|quattro)\s+volte\b",
    "pt": r"\b(?:escrevemos|mandamos|enviamos|pedimos|lembramos|escrito|enviado|pedido)\s+(?:\w+\s+){0,2}?(?:\d+|duas|tr[eê]s|quatro)\s+vezes\b",
    "nl": r"\b(?:geschreven|gestuurd|gevraagd|herinnerd|gemaild)\s+(?:\w+\s+){0,2}?(?:\d+|twee|drie|vier)\s+keer\b|\b(?:\d+|twee|drie|vier)\s+keer\s+(?:\w+\s+){0,2}?(?:geschreven|gestuurd|gevraagd|herinnerd|gemaild)\b",
    "pl": r"\b(?:pisaliśmy|wysłaliśmy|prosiliśmy|przypominaliśmy)\s+(?:\w+\s+){0,2}?(?:dwa|trzy|\d+)\s+razy\b",
    "sv": r"\b(?:skrivit|skickat|frågat|påmint|mejlat)\s+(?:\w+\s+){0,2}?(?:\d+|två|tre|fyra)\s+gånger\b",
    "tr": r"(?:\d+|iki|üç|dört)\s+(?:kez|kere|defa)\s+(?:\S+\s+)?(?:yazdık|mesaj|hatırlattık|sorduk|ilettik)",
    "ru": r"(?:писали|напоминали|отправляли|просили)\s+(?:\S+\s+){0,2}?(?:\d+|два|три|четыре)\s+раза|(?:дважды|трижды)\s+(?:\S+\s+)?(?:писали|напоминали|просили)",
    "ar": "(?:فك\u0651?رناك|ذك\u0651?رناك|راسلناك|كتبنا\\s+لك|أرسلنا\\s+لك)\\s+(?:\\S+\\s+)?(?:مرتين|ثلاث\\s+مرات)",
    "he": r"(?:כתבנו|שלחנו|הזכרנו|ביקשנו)\s+(?:\S+\s+){0,2}?(?:פעמיים|שלוש\s+פעמים)",
    "ja": r"(?:\d+|二|三)回(?:目)?(?:の)?(?:ご連絡|連絡|メッセージ)",
    "ko": r"(?:\d+|두|세)\s*번(?:째)?\s*(?:메시지|연락)",
    "zh": r"(?:第)?(?:\d+|二|三|两|兩)次(?:提醒|联系|聯繫|发消息|發消息)",
}  # fmt: skip
_PRESSING = {lang: f"{pattern}|{_TIMES_WRITTEN[lang]}" for lang, pattern in _PRESSING.items()}
# … and the shop's survival hung on the reviews: "without reviews we really risk closing", "one bad review and it's the
# end", "we live from this", "our shop can survive" (tuning batches AG, AM, DL, stop 38) — the closing tied to the shop or
# to "we", so "close the dispute" stays no pressure. Same source (no pressure on reviews).
_SURVIVAL = {
    "en": r"\b(?:close\s+(?:down|our\s+(?:doors|shop|store|business))|out\s+of\s+business|go\s+(?:bankrupt|under)|"
    r"(?:shop|store|business)\s+(?:can|could|will|won'?t|cannot|can'?t)\s+(?:\w+\s+)?survive|our\s+livelihood)\b",
    "de": r"\b(?:(?:laden|shop|geschäft|betrieb)\s+(?:\w+\s+)?(?:schließen|zumachen|aufgeben)|müssen\s+wir\s+(?:\w+\s+)?(?:schließen|zumachen|aufgeben)|"
    r"(?:wir|laden|shop|geschäft|betrieb)\s+(?:\w+\s+){0,3}?überleben|pleite)\b",
    "fr": r"\b(?:(?:devoir|allons|risquons\s+de|devrons)\s+fermer(?!\s+(?:le|la|les|ce|cette|votre|l')\b)|fermer\s+(?:la|notre)\s+(?:boutique|entreprise|magasin)|(?:pour|pas)\s+survivre|faillite)\b",
    "es": r"\b(?:(?:tendremos|tenemos|vamos)\s+(?:que|a)\s+cerrar(?!\s+(?:el|la|los|las|su|tu|este|esta|esa|ese)\s)|cerrar\s+(?:la|nuestra)\s+tienda|riesgo\s+de\s+cerrar|(?:para|podremos|podemos)\s+sobrevivir|quiebra|"
    r"de\s+esto\s+vivimos)\b",
    "it": r"\b(?:rischiamo\s+(?:davvero\s+)?di\s+chiudere|dobbiamo\s+chiudere(?!\s+(?:il|la|lo|le|i|gli|questa|questo|l')\b)|chiudere\s+(?:il|la)\s+(?:negozio|bottega|attività)|"
    r"(?:per|possiamo|potremo)\s+sopravvivere|fallire)\b",
    "pt": r"\b(?:vamos\s+(?:ter\s+que\s+|ter\s+de\s+)?fechar(?!\s+(?:o|a|os|as|este|esta|sua|seu)\s)|fechar\s+a\s+loja|falir|(?:para|vamos|conseguimos)\s+sobreviver)\b",
    "nl": r"\b(?:(?:moeten|gaan)\s+(?:we\s+)?(?:(?:helaas|dan|misschien|echt|ook|de\s+winkel|onze\s+winkel)\s+)?sluiten|failliet|(?:om|kunnen|we)\s+(?:te\s+)?overleven)\b",
    "pl": r"\b(?:zamkn\w+\s+sklep|sklep\s+(?:\w+\s+)?zamkn\w*|upadnie\w*|(?:sklep|firma|nie)\s+przetrwa\w*|i\s+koniec)\b",
    "sv": r"\b(?:stänga\s+(?:butiken|företaget)|lägga\s+ned|(?:för\s+att|inte|vi\s+kan)\s+överleva|konkurs|kostar\s+oss)\b",
    "tr": r"(?:dükkan\w*\s+kapan\w*|mağaza\w*\s+kapan\w*|iflas|ayakta\s+kal\w*)",
    "ru": r"(?:закроемся|придётся\s+закрыться|придется\s+закрыться|(?:чтобы|не|магазин\w*)\s+выжить|разоримся|банкрот\w*)",
    "ar": r"(?:نقفل\s+المحل|نسكر\s+المحل|إغلاق\s+المتجر|نفلس|إفلاس)",
    "he": r"(?:נצטרך\s+לסגור|לסגור\s+את\s+(?:החנות|העסק)|(?:כדי|לא\s+נוכל)\s+לשרוד)",
    "ja": r"(?:閉店|廃業|(?:店|お店|当店)が潰れ|存続)",  # (not a crushed box: "箱が潰れて")
    "ko": r"(?:문을\s*닫|폐업|가게(?:가|는)?\s*망|버티기\s*힘들)",  # (not "실망하셨" disappointed)
    "zh": r"(?:倒闭|倒閉|关门|關門|关店|關店|活不下去)",
}  # fmt: skip
_PRESSING = {lang: f"{pattern}|{_SURVIVAL[lang]}" for lang, pattern in _PRESSING.items()}
_PRESSURE_AROUND = linked_family(
    "review.pressure",
    {lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] for lang in _LANGS},
    {lang: [_REVIEWED[lang]] for lang in _LANGS},
    {lang: f"(?:{_PRESSING[lang]})" for lang in _LANGS},
    after=True,
    ahead=True,  # "… sigue pendiente. Este es nuestro segundo aviso." (batch P)
)
# "haven't seen anything yet / noch keine Bewertung / оценки всё нет / 후기가 아직 없어서" next to a repeated contact
# ("a couple of times", REPEATED) in the sentence before or in its own.
_NONE_YET = {
    "en": r"\bhaven'?t\s+seen\s+anything\b|\bno\s+(?:review|feedback|rating)\s+yet\b",
    "de": r"\bnoch\s+keine\s+(?:bewertung|rezension)\w*", "fr": r"\btoujours\s+aucun\w*\s+(?:commentaire|avis|évaluation)",
    "es": r"\btodav[ií]a\s+(?:no\s+hay|sin)\s+(?:reseña|valoraci|opini)\w*|"
    r"\b(?:reseña|valoraci[oó]n|opini[oó]n)\b[^.!?\n]{0,40}?\bsigue\s+pendiente\b", "it": r"\bnon\s+ha(?:i)?\s+ancora\s+lasciato\b",
    "pt": r"\bainda\s+(?:n[ãa]o\s+h[áa]|sem)\s+(?:avalia|coment)\w*|"
    r"\b(?:avalia[çc][ãa]o|feedback|coment[áa]rio)\s+(?:\w+\s+){0,2}?(?:ainda\s+est[áa]\s+pendente|continua\s+em\s+aberto)\b", "nl": r"\bnog\s+(?:steeds\s+|altijd\s+)?geen\s+(?:beoordeling|recensie|review)\w*",
    "pl": r"\bnadal\s+(?:brak|nie\s+ma)\s+(?:opini|ocen|recenzj)\w*", "sv": r"\bännu\s+inte\s+hunnit\s+skriva\b",
    "tr": r"(?:yorum|değerlendirme|puan)\w*\s+(?:hâlâ|hala|henüz)\s+yok", "ru": r"(?:оценк|отзыв)\w*\s+(?:вс[её]|до\s+сих\s+пор)\s+нет",
    "ar": r"لم\s+تقيم|لم\s+تقيم", "he": r"עדיין\s+(?:אין|לא\s+דירגת)", "ja": r"評価がまだ", "ko": r"(?:후기|리뷰)가\s*아직\s*없",
    "zh": r"还没有评价|還沒有評價",
}  # fmt: skip
# the words of _NONE_YET that are no review word
_NONE_YET_ANCHORS = {
    "en": "|seen|anything",
    "he": "|לא דירגת|לא תקיים",
    "ar": "|لم تقي",
    "sv": "|hunnit",
    "it": "|lasciato",
}
_NONE_YET_PRESSURE = linked_family(
    "review.pressure",
    {lang: _ANCHORS[lang] + _NONE_YET_ANCHORS.get(lang, "") for lang in _LANGS},
    {lang: [_NONE_YET[lang]] for lang in _LANGS},
    {lang: f"(?:{REPEATED.get(lang, _PRESSING[lang])}|{_PRESSING[lang]})" for lang in _LANGS},
    after=True,
    ahead=True,
)  # fmt: skip

# Urgency on the buyer's own review, in its sentence: "we need your review urgently", "Ihre Bewertung ist dringend".
# The possessive keeps "we will review your case urgently" (review as the seller's verb) out.
_YOUR_REVIEW = {
    "en": r"\byour\s+(?:[\w-]+\s+)?(?:review|feedback|rating)\b", "de": r"\bihre?n?\s+(?:\w+\s+)?(?:bewertung|rezension)\b",
    "fr": r"\bvotre\s+(?:avis|évaluation|note|commentaire)\b", "es": r"\b(?:su|tu)\s+(?:reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n)\b",
    "it": r"\b(?:sua|tua)\s+(?:recensione|valutazione|opinione)\b", "pt": r"\b(?:sua|tua)\s+(?:avalia[çc][ãa]o|opini[ãa]o)\b",
    "nl": r"\b(?:uw|je|jouw)\s+(?:review|beoordeling|recensie)\b", "pl": r"\b(?:pana|pani|twoj\w*|państwa)\s+(?:opini\w*|ocen\w*|recenzj\w*)",
    "sv": r"\b(?:ditt|din)\s+(?:omdöme|recension|betyg)\b", "ru": r"ваш\w*\s+(?:отзыв|оценк)\w*", "tr": r"(?:yorum|değerlendirme)\w*nız\w*",
    "he": r"(?:הביקורת|חוות\s+הדעת|הדירוג)\s+שלך", "ar": r"تقييمك",
}  # fmt: skip
_URGENT = {
    "en": r"\burgent(?:ly)?\b", "de": r"\bdringend\b", "fr": r"\burgent\w*|\bde\s+toute\s+urgence\b", "es": r"\burgente\w*",
    "it": r"\burgente\w*", "pt": r"\burgente\w*", "nl": r"\bdringend\b", "pl": r"\bpilni\w*|\bpilne\b", "sv": r"\bbrådskande\b",
    "ru": r"срочн\w*", "tr": r"\bacil\w*", "he": r"דחוף|בדחיפות", "ar": r"عاجل|بشكل\s+عاجل",
}  # fmt: skip
_URGENT_ANCHORS = {
    "en": "urgent|urgently", "de": "dringend", "fr": "urgent|urgence|urgente", "es": "urgente", "it": "urgente", "pt": "urgente",
    "nl": "dringend", "pl": "pilnie|pilne|pilnej", "sv": "brådskande", "ru": "срочн", "tr": "acil", "he": "דחוף|בדחיפות", "ar": "عاجل",
}  # fmt: skip
_URGENT_PRESSURE = family(
    "review.pressure",
    _URGENT_ANCHORS,
    {lang: [near(_YOUR_REVIEW[lang], _URGENT[lang], 40)] for lang in _URGENT},
)

# A day set for the review ("please leave feedback today", "bitte heute geben", "deje feedback HOY", "lascialo oggi",
# "恳请您这周内抽空留个评价"): a deadline is pressure, like "by Friday at the latest" (chat lines of batch X). The ask must
# be in the sentence (a request word before or after), and feedback *about* something ("please give us feedback
# today whether the charger works") is a support question, not a review.
_TODAY = {
    "en": r"\b(?:by|before|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d{1,2}(?:st|nd|rd|th)?)\b|\b(?:today|tonight|this\s+week|by\s+tomorrow|within\s+(?:the\s+next\s+)?\d+\s+(?:hours|days))\b",
    "de": r"\bbis\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\b(?:heute|diese\s+woche|bis\s+morgen)\b",
    "fr": r"\bavant\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\bsous\s+\d+\s?h\b|\b(?:aujourd'hui|aujourd\s?hui|cette\s+semaine|avant\s+demain)\b", "es": r"\bantes\s+del\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|\b(?:hoy|esta\s+semana)\b",
    "it": r"\bentro\s+(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b|\b(?:oggi|questa\s+settimana|entro\s+domani)\b", "pt": r"\baté\s+(?:segunda|terça|quarta|quinta|sexta|sábado|domingo)\b|\b(?:hoje|esta\s+semana)\b",
    "nl": r"\bv[óo]{1,2}r\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\b(?:vandaag|deze\s+week)\b", "pl": r"\bdo\s+(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)\b|\bdo\s+końca\s+tygodnia\b|\b(?:dzisiaj|dziś|w\s+tym\s+tygodniu)\b",
    "sv": r"\b(?:före|senast)\s+(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b|\b(?:idag|i\s+dag|den\s+här\s+veckan)\b", "tr": r"(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\s+(?:gününe\s+)?kadar|(?:bugün|bugun|bu\s+hafta)", "ru": r"до\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)|(?:сегодня|на\s+этой\s+неделе)",
    "ar": r"(?:اليوم|هذا\s+الأسبوع)", "he": r"עד\s+יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|(?:היום|השבוע)", "ja": r"\d+日以内|[月火水木金土日]曜日?まで|(?:今日中|本日中|今週中)", "ko": r"[월화수목금토일]요일까지|(?:오늘|이번\s*주)",
    "zh": r"(?:周|週|星期)[一二三四五六日天](?:之前|前)|(?:今天|这周内|這週內|本周内|本週內)",
}  # fmt: skip
# The request words of chat too: "aub", "svp", "pls", "snälla", "prosze", "lutfen", "أرجوك", "恳请".
_PLEASE_CHAT = (
    rf"{PLEASE}|\b(?:pls|plz|kindly|aub|svp|snälla|snalla|prosz[ęe]|lutfen|por\s+fa|avalia|lascialo|deje|geben\s+sie|"
    r"zostaw\w*|laat|lämna|graag)\b|أرجوك|ارجوك|恳请|懇請|麻烦|拜托|부탁|お願い|"
    # a request or a duty in the seller's formal words ("La preghiamo di lasciare la sua recensione entro venerdì", "리뷰는
    # 이번 주 금요일까지 작성해 주셔야 합니다", "צריך לדרג עד יום שישי": blind batch DH, stop 33)
    r"\b(?:preghiamo|la\s+prego|ti\s+prego|prions|veuillez|rogamos|le\s+pedimos|te\s+pedimos|pedimos|solicitamos|"
    r"bitten\s+(?:wir\s+)?sie|vragen\s+(?:wij|we)\s+u|vänligen|must|have\s+to|need\s+to|muss|müssen|doit|devez|debe|"
    r"deve|moet|musi|måste)\b|"
    # … or asked as a polite question ("Kunt u vandaag nog een review schrijven?", stop 34)
    r"\b(?:kunt\s+u|kun\s+je|kan\s+du|kan\s+ni|pourriez|pourrais|podr[ií]as?|potrebbe|potresti|poderia|mógłby|mogłaby|"
    r"możesz|может\s+быть|можете|могли\s+бы)\b|rica\s+ed\w*|просим|прошу|должны|الرجاء|يجب|אנא|צריך|חייב|주셔야|해야|ご投稿|必须|必須"
)
_ABOUT = r"\b(?:whether|if\s+(?:it|the|everything|you)|ob|wie\s+es|si\s+(?:le|la|tout)|se\s+(?:il|la|tutto)|of\s+(?:het|de)|czy|om\s+(?:den|det|allt))\b"
# "review" as the seller's verb on a document ("please review the attached invoice today"): a task, no review asked.
_REVIEW_A_DOCUMENT = (
    r"|\breview\s+(?:the\s+|this\s+|these\s+|our\s+|your\s+|my\s+|attached\s+)?(?:[\w-]+\s+)?(?:manual|invoice|instructions?|"
    r"attach\w*|document\w*|terms|polic\w*|details|guide|steps|e-?mail|message|file|settings|quote|proposal|options?|"
    r"faq|spec\w*|sheet|label|form|contract|agreement|photos?|video)\b"
)
# … nor the time the platform leaves, said to leave the buyer free ("You can leave a review any time within 90 days of
# delivery, there is no rush": probes, stop 42).
_NO_RUSH = {
    "en": r"\b(?:any\s*time|no\s+rush|no\s+hurry|whenever\s+you)\b", "de": r"\b(?:jederzeit|keine\s+eile|wann\s+immer\s+sie)\b",
    "fr": r"\b(?:à\s+tout\s+moment|rien\s+ne\s+presse|quand\s+vous\s+(?:voulez|le\s+souhaitez))\b", "es": r"\b(?:en\s+cualquier\s+momento|sin\s+prisa|no\s+hay\s+prisa|cuando\s+quiera)\b",
    "it": r"\b(?:in\s+qualsiasi\s+momento|senza\s+fretta|nessuna\s+fretta|quando\s+vuole)\b", "pt": r"\b(?:a\s+qualquer\s+momento|sem\s+pressa|quando\s+quiser)\b",
    "nl": r"\b(?:op\s+elk\s+moment|geen\s+haast|wanneer\s+u\s+wilt)\b", "pl": r"\b(?:w\s+dowolnym\s+momencie|bez\s+pośpiechu|kiedy\s+(?:pan|pani)\s+zechce)\b",
    "sv": r"\b(?:när\s+som\s+helst|ingen\s+brådska)\b", "tr": r"istediğiniz\s+zaman|acele\s+(?:yok|etmeyin)", "ru": r"в\s+любое\s+время|не\s+торопитесь|спешить\s+некуда",
    "ar": r"في\s+أي\s+وقت|لا\s+داعي\s+للعجلة", "he": r"בכל\s+עת|בלי\s+לחץ|אין\s+לחץ", "ja": r"いつでも|お急ぎにならず", "ko": r"언제든지|서두르지",
    "zh": r"随时|隨時|不着急|不著急|不用急",
}  # fmt: skip
_TODAY_PRESSURE = linked_family(
    "review.pressure",
    {lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] + "|feedback" for lang in _TODAY},
    {
        lang: [
            # (a day before "and" hurries the verb before it: "confirme o recebimento hoje mesmo e deixe 5 estrelas")
            _chain(
                rf"{_WORD_REVIEW.get(lang, _REVIEW[lang])}{_RATE_VERB[lang]}|\bfeedback\b",
                _TODAY[lang],
                gap=30,
            ),
            _chain(
                rf"(?:{_TODAY[lang]})(?!\s+(?:mesmo\s+|même\s+|mismo\s+|stesso\s+)?(?:and|und|et|y|e|en|i|och|ve|и)\s)",
                rf"{_WORD_REVIEW.get(lang, _REVIEW[lang])}{_RATE_VERB[lang]}|\bfeedback\b",
                gap=30,
            ),
        ]
        for lang in _TODAY
    },
    {lang: _PLEASE_CHAT for lang in _TODAY},
    after=True,
    inside=True,
    # … nor thanks for feedback given ("thanks for the feedback today, please check the manual")
    unless={
        lang: rf"{_ABOUT}|(?:{THANKS_BEFORE[lang]}){_SENT}{{0,20}}?(?:{_REVIEW[lang]}|\bfeedback\b)|{_NO_RUSH[lang]}"
        + (_REVIEW_A_DOCUMENT if lang == "en" else "")
        for lang in _TODAY
    },
)

# Still no review, then an ask, a day or a wait ("noch kein Feedback … bitte heute", "nog steeds geen feedback??
# vandaag aub", "hala yorum yok … bugün lütfen", "ועדיין אין פידבק. בבקשה היום"): the missing review chased (batch X).
# A product with no reviews yet asks nothing, so the ask must follow, in the sentence or the next one. (Round 13's
# ``_NONE_YET`` binds its own forms to repeated-request and pressing words; these chat forms to any ask.)
_STILL_NONE = {
    "en": r"\bstill\s+no\s+(?:review|feedback|rating|evaluation)\b",
    "de": r"\b(?:noch|immer\s+noch)\s+(?:kein|keine)\s+(?:feedback|bewertung|rezension)\b",
    "fr": r"\b(?:toujours|encore)\s+(?:pas\s+d'|aucun\w*\s+)(?:avis|évaluation|evaluation|commentaire)",
    "es": r"\b(?:todav[ií]a|a[uú]n)\s+(?:sin|no\s+hay)\s+(?:feedback|reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n)",
    "it": r"\bancora\s+(?:niente|nessun[ao]?)\s+(?:feedback|recensione|valutazione)\b",
    "pt": r"\b(?:ainda|at[ée]\s+agora)\s+(?:sem|nenhuma?)\s+(?:avalia\w*|feedback)",
    "nl": r"\bnog\s+(?:steeds\s+)?geen\s+(?:feedback|review|beoordeling|recensie)\b",
    "pl": r"\b(?:wciąż|nadal|jeszcze|ciągle)\s+(?:brak|nie\s+ma)\s+(?:opinii|feedbacku|oceny|recenzji)\b",
    "sv": r"\b(?:fortfarande|ännu)\s+(?:ingen|inget)\s+(?:feedback|recension|omdöme|betyg)\b",
    "tr": r"(?:hala|hâlâ|henüz)\s+(?:yorum|değerlendirme|degerlendirme|puan)\w*\s+yok",
    "ru": r"(?:до\s+сих\s+пор|вс[её]\s+ещ[её])\s+нет\s+(?:отзыва|оценки)",
    "ar": r"(?:لا\s+يوجد|لم\s+نر)\s+(?:أي\s+)?تقييم\w*\s+(?:حتى\s+الآن|بعد)",
    "he": r"עדיין\s+אין\s+(?:פידבק|ביקורת|משוב|דירוג)",
    "zh": r"(?:还|還)(?:没|沒)(?:有)?(?:看到|收到)?(?:您的)?(?:评价|評價|好评|好評)",
}  # fmt: skip
# … or the days since the parcel came ("al 12 dagen ontvangen", "du fick paketet för 2 veckor sedan", batch X)
_DAYS_SINCE = (
    r"\d+\s*(?:days?|weeks?|dagen|weken|dagar|veckor|tage?n?|wochen|jours|semaines|d[ií]as|semanas|giorni|settimane|dni|"
    r"tygodni\w*|gün|hafta|дн\w*|недел\w*|أيام|أسابيع|ימים|שבועות|天|日|일|주)"
)
_CHASED = rf"{_DAYS_SINCE}|{_PLEASE_CHAT}|{'|'.join(_TODAY.values())}|\b(?:wait\w*|warten|attend\w*|esperamos|aspett\w*|esperando|wachten|czekamy|väntar)\b|ждём|ждем|ننتظر|מחכים|等"
_STILL_NONE_CHASED = linked_family(
    "review.pressure",
    {lang: _ANCHORS[lang] + ("|feedback|פידבק" if lang == "he" else "|feedback") for lang in _STILL_NONE},
    {lang: [_STILL_NONE[lang]] for lang in _STILL_NONE},
    {lang: _CHASED for lang in _STILL_NONE},
    after=True,
    ahead=True,
)

# Other stars "instead of" the ones given ("можете поставить 5 звезд вместо 3?", "5 stars instead of 3", "3 yıldız
# yerine 5"): asking for a different rating is asking to change the review (batch X).
_STARS = (
    r"stars?|sterne\w*|étoiles?|estrellas?|stelle|estrelas?|sterren|gwiazd\w*|stjärn\w*|yıldız\w*|yildiz\w*|зв[её]зд\w*|نجوم|نجمات|"
    r"כוכבים|星|별"
)
_INSTEAD = (
    r"\binstead\s+of|\b(?:an)?statt|\banstelle\s+von|\bau\s+lieu\s+d[e']|\ben\s+(?:lugar|vez)\s+de|\binvece\s+di|\banziché|"
    r"\bem\s+vez\s+de|\bao\s+inv[ée]s\s+de|\bin\s+plaats\s+van|\bzamiast|\bi(?:\s+)?stället\s+för|yerine|вместо|بدلا\s+من|بدلا\s+من|"
    r"במקום|而不是|ではなく|대신"
)
_OTHER_STARS_CHANGE = family(
    "review.change",
    # anchored on the stars (words the review anchors already hold), not on "instead": no new anchors to scan for
    {
        "xx": "star|sterne|étoiles|estrellas|stelle|estrelas|sterren|gwiazdk|stjärn|yıldız|yildiz|звезд|звёзд|نجوم|نجمات|כוכבים|星|별"
    },
    {
        "xx": [
            rf"(?:{_STARS})\s*,?\s*(?:{_INSTEAD})\s*(?:(?:the|your|de|la|le|les|die|den|der)\s+)?\d",
            rf"\d\s*(?:{_STARS})\S{{0,3}}\s*(?:{_INSTEAD})",
        ]
    },
)

# Dutch splits "aanpassen" around "te": "Kunt u helpen om de review aan te passen?" (batch X) — the buyer's review
# right before the verb ("geen beoordeling te geven of aan te passen" tells the buyer there is no need).
_SPLIT_CHANGE_NL = family(
    "review.change",
    {"nl": "aan te passen"},
    {
        "nl": [
            r"\b(?:de|uw|je|jouw|die|deze)\s+(?:\w+\s+)?(?:review|beoordeling|recensie|feedback|sterren)\s+aan\s+te\s+passen\b"
        ]
    },
)

# Reminders announced for the review ("wir erinnern Sie in 3 Tagen noch einmal daran, falls noch keine da ist", "We
# sturen u elke week een herinnering totdat u een recensie heeft geplaatst"): repeated requests promised (batch Z).
# A promise not to remind ("We will not remind you about reviews again", "wir erinnern Sie nicht noch einmal an die
# Bewertung") is the opposite: no negation inside the gap (stop 31).
_WILL_REMIND = {
    "en": r"\bwe(?:'ll|\s+will)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?remind\s+you\b|\b(?:send|email)\s+you\s+(?:a\s+|another\s+)?reminders?\s+(?:every|until|again)\b",
    "de": r"\berinnern\s+(?:wir\s+)?sie\s+(?:(?!nicht\b|nie\b|keinesfalls\b)\w+\s+){0,4}?(?:noch\s+einmal|nochmal|erneut|wieder)\b",
    "fr": r"\bnous\s+vous\s+(?:relancerons|rappellerons)\b|\bun\s+rappel\s+(?:chaque|tous\s+les)\b",
    "es": r"\b(?:le|te)\s+(?:recordaremos|volveremos\s+a\s+escribir)\b|\brecordatorio\s+(?:cada|hasta)\b|\b(?:le|te)\s+recuerdo\s+(?:de\s+nuevo|otra\s+vez|mañana)\b|\bseguir[ée]\s+escribiendo\b",
    "it": r"\b(?:le|ti)\s+ricorderemo\b|\bpromemoria\s+(?:ogni|finché)\b|\b(?:le|ti)\s+ricordo\s+(?:di\s+nuovo|ancora|domani)\b",
    # "amanhã te lembro de novo ok?" (stop 31, batch AU)
    "pt": r"\b(?:vamos|iremos|vou)\s+(?:te\s+|lhe\s+)?lembrar\b|\blembrete\s+(?:toda|todo|até)\b|\b(?:te|lhe)\s+lembro\s+(?:de\s+novo|novamente|outra\s+vez|amanhã)\b",
    "nl": r"\bherinnering\s+(?:\w+\s+){0,2}?(?:totdat|tot)\b|\b(?:elke|iedere)\s+(?:dag|week)\s+(?:\w+\s+)?herinnering\b",
    "pl": r"\bprzypomnimy\b", "sv": r"\bpåminner\s+(?:dig|er)\s+(?:igen|varje)\b", "tr": r"hatırlatacağız|hatırlatmaya\s+devam|(?:yine|tekrar)\s+yazaca\w*",
    "ru": r"напомним|будем\s+напоминать", "ar": r"سنذكرك|سنذكرك|سنرسل\s+لك\s+تذكير", "he": r"נזכיר\s+לך|נמשיך\s+להזכיר",
    "ja": r"(?:改めて|再度)(?:ご連絡|リマインド)いたします", "ko": r"다시\s*(?:안내|알려)\s*드리겠", "zh": r"(?:会|會)(?:再|继续|繼續)提醒",
}  # fmt: skip
_WILL_REMIND_PRESSURE = family(
    "review.pressure",
    {lang: _ANCHORS[lang] for lang in _WILL_REMIND},
    {lang: [near(_REVIEW[lang], _WILL_REMIND[lang], 80)] for lang in _WILL_REMIND},
)

# What seller automation sends (batch AA): review gating ("If it's anything less than 5 stars, please reply to this
# message", "no need to leave a bad review", "Before leaving a review, please call our support line") asks only the
# happy buyers to review; "in case our first email got buried" recalls the earlier request.
_GATING = family(
    "review.positive_only",
    {"en": _ANCHORS["en"]},
    {
        "en": [
            r"\bif\s+(?:it'?s\s+|it\s+was\s+|you\s+(?:felt|feel|think)\s+(?:it\s+(?:was|is)\s+)?)?(?:anything\s+)?less\s+than\s+"
            r"(?:5|five)[\s-]*stars?\b",
            r"\bno\s+need\s+to\s+leave\s+(?:a\s+|any\s+)?(?:bad|negative|poor|low)\s+(?:review|rating|feedback)\b",
            r"\bbefore\s+(?:leaving|you\s+leave|writing|posting)\s+(?:a\s+|your\s+)?(?:review|feedback|rating),?\s+(?:please\s+)?"
            r"(?:call|contact|e-?mail|message|reach\s+out|write\s+to)\b",
        ]
    },
)

# Gating in every language: the unhappy buyer told not to review, or to write to the seller first ("Bent u niet helemaal
# tevreden, laat dan geen review achter maar antwoord eerst", "Sind Sie nicht zufrieden, hinterlassen Sie keine
# Bewertung", "si no está satisfecho, no deje una reseña": only the happy ones asked; blind batch AV, stop 31).
_UNHAPPY = {
    "en": r"\b(?:not|n't)\s+(?:\w+\s+)?(?:satisfied|happy|pleased)\b|\bunhappy\b|\bdissatisfied\b|"
    r"\b(?:hasn't|has\s+not|didn't|did\s+not|doesn't|does\s+not)\s+(?:quite\s+)?(?:lived?\s+up|met|meet)\b|\bless\s+than\s+perfect\b",
    "de": r"\bnicht\s+(?:\w+\s+)?zufrieden\b|\bunzufrieden\b|\betwas\s+nicht\s+stimm\w*",
    "fr": r"\bpas\s+(?:\w+\s+)?(?:satisfaite?s?|content(?:e|s|es)?)\b|\binsatisfaite?s?\b|\bmécontente?s?\b",
    "es": r"\bno\s+(?:est[aá]s?|qued[oó]|queda|quedaste|estuviera|estuvo)\s+(?:\w+\s+)?(?:satisfech|content)\w*|\binsatisfech\w*|"
    r"\bsi\s+hay\s+(?:alg[uú]n|cualquier)\s+problema\b|\balgo\s+no\s+(?:te\s+|le\s+)?(?:cerr[oó]|gust[oó]|convenci[oó])\b",
    "it": r"\bnon\s+(?:(?:è|sei|fosse|foste|siete)\s+)?(?:\w+\s+)?(?:soddisfatt|content)\w*|\binsoddisfatt\w*|\bci\s+sono\s+problemi\b|\bqualcosa\s+non\s+va\b",
    "pt": r"\bn[ãa]o\s+(?:estiver|ficou|est[áa]|ficar)\s+(?:\w+\s+)?(?:satisfeit|content)\w*|\binsatisfeit\w*|\bn[ãa]o\s+gostou\b",
    "nl": r"\bniet\s+(?:\w+\s+)?tevreden\b|\bontevreden\b",
    "pl": r"\bnie\s+(?:jest\s+)?(?:\w+\s+)?zadowolon\w*|\bniezadowolon\w*|\bcoś\s+(?:jest\s+)?nie\s+tak\b",
    "sv": r"\binte\s+(?:\w+\s+){0,2}?nöjd\w*|\bmissnöjd\w*|\bgillar\s+du\s+(?:\w+\s+)?inte\b",
    "tr": r"memnun\s+(?:kalmadıysanız|değilseniz|kalmazsanız)",
    "ru": r"(?<![а-яё])не\s+(?:\S+\s+)?доволь\w*|недоволь\w*|что-то\s+не\s+так",
    "ar": r"غير\s+راض\w*",
    "he": r"לא\s+(?:\S+\s+)?מרוצ\w*",
    "ja": r"ご満足いただけ(?:ない|なかった)|ご不満",
    "ko": r"만족하지\s*(?:않|못)|불만족",
    "zh": r"不满意|不滿意|(?:任何|什么|什麼)问题|(?:任何|什么|什麼)問題|有问题|有問題",
}  # fmt: skip
_UNHAPPY_ANCHORS = {
    "en": "satisfied|happy|pleased|unhappy|dissatisfied|lived up|live up|met|meet|less than perfect", "de": "zufrieden|unzufrieden|stimm", "fr": "satisfait|content|insatisfait|mécontent",
    "es": "satisfech|content|insatisfech|problema|cerró|cerro|gustó|gusto|convenció", "it": "soddisfatt|content|insoddisfatt|problemi|non va", "pt": "satisfeit|content|insatisfeit|gostou",
    "nl": "tevreden|ontevreden", "pl": "zadowolon|niezadowolon|nie tak", "sv": "nöjd|missnöjd|gillar", "tr": "memnun", "ru": "доволь|недоволь|не так",
    "ar": "راض", "he": "מרוצ", "ja": "ご満足|ご不満", "ko": "만족하지|불만족", "zh": "不满意|不滿意|问题|問題",
}  # fmt: skip
_NO_REVIEW_BUT_US = {
    "en": r"\b(?:don'?t|do\s+not)\s+(?:\w+\s+)?(?:leave|write|post|give)\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:review|rating|feedback)\b|"
    r"\bskip\s+(?:the\s+|a\s+)?(?:review|rating|feedback)\b|"
    r"\binstead\s+of\s+(?:leaving\s+|writing\s+)?(?:a\s+)?(?:review|rating|feedback)\b|"
    # "please reply here first so we can fix it before anything goes public" (batch AU)
    r"\bbefore\s+(?:anything|it)\s+goes\s+public\b|\bbefore\s+(?:you\s+)?(?:post|posting|leave|leaving|write|writing)\s+(?:a\s+|any\s+|your\s+)?(?:review|rating|feedback)\b",
    "de": r"\bkeine\s+(?:\w+\s+)?bewertung\b|\bstatt\s+(?:einer\s+)?bewertung\b|\bnicht\s+(?:gleich\s+)?(?:eine\s+)?(?:rezension|bewertung)\b",
    "fr": r"\bne\s+laissez\s+pas\s+d'?\s*(?:avis|évaluation|commentaire)|\bpas\s+d'avis\b|\bplutôt\s+que\s+de\s+laisser\s+(?:un\s+)?(?:avis|commentaire)|"
    r"\bavant\s+de\s+(?:laisser|publier|écrire)\s+(?:un\s+)?(?:avis|commentaire|évaluation)",
    "es": r"\bno\s+(?:deje|dejes|ponga|pongas|escriba|escribas)\s+(?:una\s+)?(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)|"
    r"\bantes\s+de\s+(?:dejar|escribir|poner)\s+(?:una\s+)?(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)|\ben\s+lugar\s+de\s+(?:dejar\s+)?(?:una\s+)?(?:reseña|valoraci[oó]n)",
    "it": r"\bnon\s+lasci\w*\s+(?:una\s+)?(?:recensione|valutazione|feedback)|\bniente\s+(?:recensione|valutazione)\b|\bprima\s+di\s+(?:lasciare|scrivere)\s+(?:una\s+)?(?:recensione|valutazione|feedback)",
    "pt": r"\bn[ãa]o\s+(?:deixe|deixa|escreva|d[êe])\s+(?:uma\s+)?(?:avalia[çc][ãa]o|nota|coment[áa]rio)|\bn[ãa]o\s+avali(?:e|em)\b|\bantes\s+de\s+(?:avaliar|deixar\s+(?:uma\s+)?avalia)",
    "nl": r"\bgeen\s+(?:\w+\s+)?(?:review|recensie|beoordeling)\b",
    "pl": r"\bnie\s+(?:wystawia|pisz|dodawa)\w*\s+(?:\w+\s+)?(?:opini|ocen|komentarz)\w*|\bzamiast\s+(?:opinii|oceny|recenzji)\b|\bzanim\s+(?:wystawi|napisze|doda)\w*\s+(?:\w+\s+)?(?:opini|ocen)\w*",
    "sv": r"\bhoppa\s+över\s+(?:omdömet|recensionen|betyget)\b|\bhellre\s+(?:till\s+oss\s+)?än\s+(?:att\s+)?(?:lämna|skriva|ge)\s+(?:ett\s+|en\s+)?(?:\w+\s+)?(?:betyg|omdöme|recension)|\b(?:lämna|skriv)\s+inte\s+(?:någon\s+)?(?:recension|betyg|omdöme)|\binnan\s+du\s+recenserar\b|\binnan\s+(?:du\s+)?(?:lämnar|skriver)\s+(?:en\s+)?(?:recension|betyg|omdöme)",
    "tr": r"(?:yorum|değerlendirme)\s+(?:yapmadan|bırakmadan|yazmadan)\s+önce|(?:yorum|değerlendirme)\s+(?:bırakmayın|yapmayın|yazmayın)",
    "ru": r"не\s+спешите\s+с\s+(?:оценк|отзыв)\w*|не\s+(?:оставляйте|пишите|ставьте)\s+(?:\S+\s+)?(?:отзыв|оценк)\w*|прежде\s+чем\s+(?:оставить|писать|написать)\s+отзыв|вместо\s+отзыва",
    "ar": r"لا\s+(?:تترك|تكتب)\s+(?:\S+\s+)?تقييم\w*|قبل\s+(?:ترك|كتابة)\s+(?:ال)?تقييم",
    "he": r"אל\s+(?:תשאיר|תכתוב|תכתבי|תשאירי)\s+(?:\S+\s+)?ביקורת",
    "ja": r"(?:レビュー|評価)(?:を)?(?:書く|投稿する|される|する)前に|(?:レビュー|評価)ではなく",
    "ko": r"(?:리뷰|후기|평가)\s*(?:를\s*|을\s*)?(?:남기기|작성하기|쓰시기)\s*전에|(?:리뷰|후기|평가)\s*대신",
    "zh": r"(?:评价|評價|差评|差評)之前|先别(?:评价|評價)|不要(?:给|給)?(?:差评|差評)|不要(?:直接)?(?:留评|留評|评价|評價)",
}  # fmt: skip
# "Before a low rating, talk to us": only the unhappy review is headed off ("antes de dar uma classificação baixa, fale
# connosco aqui", batch AZ).
_BEFORE_LOW = {
    "en": r"\bbefore\s+(?:leaving|giving|posting|writing|you\s+(?:leave|give|post|write))\s+(?:a\s+|any\s+)?(?:low|negative|bad|poor|critical)\s+(?:review|rating|feedback)",
    "de": r"\bbevor\s+sie\s+(?:uns\s+)?(?:eine\s+)?(?:negative|schlechte|niedrige)\s+bewertung",
    "fr": r"\bavant\s+de\s+(?:laisser|mettre|donner)\s+(?:un\s+)?(?:avis\s+négatif|mauvais\s+avis|une\s+mauvaise\s+note)",
    "es": r"\bantes\s+de\s+(?:dejar|poner|dar)\s+(?:una\s+)?(?:reseña|valoraci[oó]n|calificaci[oó]n|opini[oó]n)\s+(?:negativa|baja|mala)",
    "it": r"\bprima\s+di\s+(?:lasciare|dare)\s+(?:una\s+)?(?:recensione|valutazione)\s+(?:negativa|bassa)",
    "pt": r"\bantes\s+de\s+(?:dar|deixar)\s+(?:uma\s+)?(?:avalia[çc][ãa]o|classifica[çc][ãa]o|nota)\s+(?:baixa|negativa|ruim)",
    "nl": r"\bvoordat\s+(?:u|je)\s+(?:een\s+)?(?:negatieve|slechte|lage)\s+(?:review|recensie|beoordeling)",
    "pl": r"\bzanim\s+(?:wystawi|napisze|doda)\w*\s+(?:\w+\s+)?(?:negatywn|niską|złą)\w*\s+(?:opini|ocen)\w*",
    "sv": r"\binnan\s+(?:du\s+)?(?:lämnar|ger|skriver)\s+(?:ett\s+|en\s+)?(?:dåligt|lågt|negativ\w*)\s+(?:betyg|omdöme|recension)",
}  # fmt: skip
_BEFORE_LOW_GATE = family(
    "review.positive_only",
    {
        "en": "before",
        "de": "bevor",
        "fr": "avant",
        "es": "antes",
        "it": "prima",
        "pt": "antes",
        "nl": "voordat",
        "pl": "zanim",
        "sv": "innan",
    },
    {lang: [pattern] for lang, pattern in _BEFORE_LOW.items()},
)

_UNHAPPY_NO_REVIEW = family(
    "review.positive_only",
    _UNHAPPY_ANCHORS,
    # (across a question mark: "Niet helemaal tevreden? Laat dan geen review achter", batch AY)
    {lang: [near(_UNHAPPY[lang], _NO_REVIEW_BUT_US[lang], 80, within=r"[^.!。！\n]")] for lang in _UNHAPPY},
)
# … the unhappy buyer asked as a question of its own, then told to skip the review ("Not happy? Skip the review and
# message us instead", "Nicht zufrieden? Dann lieber keine Bewertung": probes in 16 languages, stop 42). The question
# mark ends a sentence, and a phrase reads one sentence around its anchor: the unhappy condition is read as the
# context in the sentence before.
_UNHAPPY_ASKED_NO_REVIEW = linked_family(
    "review.positive_only",
    {lang: _ANCHORS[lang] + ("|public|skip" if lang == "en" else "") for lang in _UNHAPPY},
    {lang: [_NO_REVIEW_BUT_US[lang]] for lang in _UNHAPPY},
    _UNHAPPY,
)
# … or told to write to the seller *instead of* reviewing, whatever the condition ("Si algo no está bien, contáctenos en
# vez de dejar una reseña", "prosimy o kontakt zamiast wystawiania opinii", "レビューを書く代わりにご連絡ください"): gating
# (Amazon Communication Guidelines; tuning batch DL and probes in 16 languages, stop 43). "Instead of" with the review
# right after it, or its verb and then the review, and a contact word in the sentence ("Statt einer Erstattung …, danke für
# Ihre Bewertung" names no contact: an exchange of goods, not a review).
_INSTEAD_OF_REVIEW = {
    "en": r"\b(?:instead\s+of|rather\s+than)\s+(?:leaving|writing|posting|giving)\s+(?:us\s+)?(?:a\s+|any\s+|your\s+)?(?:[\w-]+\s+)?(?:reviews?|feedback|ratings?)\b",
    "de": r"\b(?:an)?statt\s+(?:\w+\s+){0,2}?(?:bewertung|rezension)\w*",
    "fr": r"\b(?:au\s+lieu|plutôt\s+que)\s+de\s+(?:laisser|mettre|écrire|publier|donner)\s+(?:un\s+|une\s+|votre\s+)?(?:\w+\s+)?(?:avis|commentaire|évaluation|note)\b",
    "es": r"\ben\s+(?:vez|lugar)\s+de\s+(?:dejar|escribir|poner|publicar|dar)\s+(?:una?\s+|su\s+)?(?:\w+\s+)?(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)",
    "it": r"\b(?:invece|anziché)\s+(?:di\s+)?(?:lasciare|scrivere|dare)\s+(?:una\s+)?(?:\w+\s+)?(?:recensione|valutazione|feedback)",
    "pt": r"\bem\s+vez\s+de\s+(?:deixar|escrever|dar|publicar)\s+(?:uma\s+)?(?:\w+\s+)?(?:avalia[çc][ãa]o|nota|coment[áa]rio|review)",
    "nl": r"\bin\s+plaats\s+van\s+(?:een\s+)?(?:\w+\s+)?(?:review|recensie|beoordeling)\w*",
    "pl": r"\bzamiast\s+(?:wystawia\w*|pisa\w*|napisa\w*|dodawa\w*|zostawia\w*)\s+(?:\w+\s+)?(?:opini|ocen|recenzj|komentarz)\w*",
    "sv": r"\bi\s*stället\s+för\s+(?:att\s+(?:lämna|skriva|ge|sätta)\s+)?(?:ett\s+|en\s+)?(?:\w+\s+)?(?:omdöme|betyg|recension)\w*",
    "tr": r"(?:yorum|değerlendirme|puan)\w*\s+(?:yazmak|yapmak|bırakmak|vermek)\s+yerine",
    "ru": r"вместо\s+(?:того,?\s+чтобы\s+)?(?:оставлять|оставить|писать|написать|ставить|поставить)\s+(?:\S+\s+)?(?:отзыв|оценк)\w*",
    "ar": "بدلا\u064b?\\s+من\\s+(?:كتابة|ترك|وضع)\\s+(?:\\S+\\s+)?(?:تقييم|مراجعة|تعليق)",
    "he": r"במקום\s+(?:לכתוב|להשאיר|לתת)\s+(?:\S+\s+)?(?:ביקורת|דירוג|חוות\s+דעת)",
    "ja": r"(?:レビュー|評価)(?:を)?(?:書く|投稿する|する|つける|付ける)?代わりに",
    "ko": r"(?:리뷰|후기|평가)(?:를|을)?\s*(?:쓰는|남기는|작성하는|쓰시는|남기시는)?\s*대신",
    "zh": r"而不是(?:直接)?(?:留下|留|给|給|写|寫|发|發)?(?:差评|差評|评价|評價|评论|評論)",
}
_INSTEAD_ANCHORS = {
    "en": "instead|rather", "de": "statt|anstatt", "fr": "lieu|plutôt", "es": "vez|lugar", "it": "invece|anziché",
    "pt": "vez", "nl": "plaats", "pl": "zamiast", "sv": "stället|istället", "tr": "yerine", "ru": "вместо",
    "ar": "بدلا", "he": "במקום", "ja": "代わりに", "ko": "대신", "zh": "而不是",
}  # fmt: skip
_CONTACT_US = {
    "en": r"\b(?:contact|message|e-?mail|write\s+to|reach\s+out|talk\s+to|tell)\s+(?:us|me)\b|\bget\s+in\s+touch\b",
    "de": r"\b(?:schreiben|kontaktieren|melden)\s+sie\s+(?:sich\s+)?(?:uns|bei\s+uns)\b|\bkontakt\s+(?:zu\s+|mit\s+)?uns\b|\bschreib\s+uns\b",
    "fr": r"\b(?:contactez|écrivez)[-\s]nous\b|\bnous\s+(?:contacter|écrire)\b",
    "es": r"\bcont[aá]ct(?:enos|anos|arnos)\b|\bescr[ií]b(?:anos|enos|irnos)\b",
    "it": r"\b(?:ci\s+contatti|contattaci|contattarci|ci\s+scriva|scrivici|scriverci)\b",
    "pt": r"\bfale\s+conosco\b|\bentre\s+em\s+contato\b|\bnos\s+(?:contate|escreva|chame)\b|\bcontate-nos\b",
    "nl": r"\bneem\s+(?:\w+\s+){0,3}?contact\b|\bstuur\s+ons\b|\bmail\s+ons\b",
    "pl": r"\bkontakt\w*|\bnapisz\w*\s+do\s+nas\b|\bskontaktuj\w*",
    "sv": r"\bkontakta\s+oss\b|\bskriv\s+till\s+oss\b|\bhör\s+av\s+dig\b",
    "tr": r"bize\s+(?:yazın|yazınız|ulaşın|ulaşınız|mesaj)|iletişime\s+geçin",
    "ru": r"напишите\s+нам|свяжитесь\s+с\s+нами|обратитесь\s+к\s+нам",
    "ar": r"تواصل\w*\s+معنا|راسلنا|اتصل\w*\s+بنا",
    "he": r"פנו\s+אלינו|פנה\s+אלינו|צרו\s+(?:איתנו\s+)?קשר|(?:כתבו|כתוב|תכתוב|תכתבי|תכתבו)\s+לנו",
    "ja": r"ご連絡|お問い合わせ|ご相談",
    "ko": r"연락|문의|메시지",
    "zh": r"联系我们|聯繫我們|联络我们|聯絡我們|告诉我们|告訴我們|找我们|找我們",
}  # fmt: skip
_INSTEAD_OF_REVIEW_GATING = family(
    "review.positive_only",
    _INSTEAD_ANCHORS,
    {lang: [near(_CONTACT_US[lang], _INSTEAD_OF_REVIEW[lang], 60)] for lang in _INSTEAD_OF_REVIEW},
)
# … or the unhappy buyer sent to the seller first and everyone else to the review ("If you are not satisfied, please
# contact us first. Otherwise we would love your review.", "Als u niet tevreden bent, neem eerst contact op. Anders horen
# we graag uw review."): the review asked only of the satisfied — gating (Amazon Communication Guidelines; stop 38). The
# "otherwise" and the review in one sentence, the unhappy condition in it or the sentence before.
_OTHERWISE = {
    "en": r"\botherwise\b", "de": r"\b(?:ansonsten|andernfalls|sonst)\b", "fr": r"\bsinon\b", "es": r"\bde\s+lo\s+contrario\b|\bsi\s+no\b,",
    "it": r"\baltrimenti\b", "pt": r"\bcaso\s+contr[áa]rio\b|\bsen[ãa]o\b", "nl": r"\b(?:anders|zo\s+niet)\b", "pl": r"\bw\s+przeciwnym\s+razie\b",
    "sv": r"\bannars\b", "tr": r"aksi\s+(?:halde|takdirde)", "ru": r"\bиначе\b|\bв\s+противном\s+случае\b", "ar": r"وإلا|غير\s+ذلك",
    "he": r"אחרת", "ja": r"そうでなければ|それ以外", "ko": r"그렇지\s*않(?:으면|다면)", "zh": r"否则|否則|不然",
}  # fmt: skip
# … with the review wished for ("we would love your review"), not left to the buyer ("otherwise the review is up to you")
_GLAD = {
    "en": r"\b(?:love|glad|happy|appreciate\w*|grateful|please|would|kindly|welcome)\b", "de": r"\b(?:freuen|dankbar|bitte|gerne?|würden)\b",
    "fr": r"\b(?:ravie?s?|heureux|heureuse|serions|merci|n'hésitez|volontiers)\b", "es": r"\b(?:encantar\w*|agradecer\w*|por\s+favor|gustar\w*|feliz|felices)\b",
    "it": r"\b(?:felici|grati|per\s+favore|piacere|saremmo)\b", "pt": r"\b(?:adorar\w*|agradece\w*|por\s+favor|felizes|gostar\w*)\b",
    "nl": r"\b(?:graag|blij|dankbaar|alstublieft|fijn)\b", "pl": r"\b(?:prosimy|wdzięczn\w*|cieszy\w*|chętnie)\b",
    "sv": r"\b(?:glada|tacksamma|gärna|snälla)\b", "tr": r"(?:bekleriz|memnun\s+oluruz|rica|lütfen)", "ru": r"(?:будем\s+рады|просим|пожалуйста|благодарн\w*)",
    "ar": r"(?:يسعدنا|نرجو|من\s+فضلك|نتمنى)", "he": r"(?:נשמח|בבקשה|נודה)", "ja": r"(?:お願い|嬉しい|幸い)", "ko": r"(?:부탁|감사|기쁘)",
    "zh": r"(?:请|請|欢迎|歡迎|感谢|感謝|希望)",
}  # fmt: skip
_OTHERWISE_REVIEW = linked_family(
    "review.positive_only",
    {lang: _ANCHORS[lang] for lang in _OTHERWISE if lang in _UNHAPPY},
    {
        lang: [_chain(_OTHERWISE[lang], near(_GLAD[lang], _REVIEW[lang], 50), gap=40)]
        for lang in _OTHERWISE
        if lang in _UNHAPPY
    },
    {lang: _UNHAPPY[lang] for lang in _OTHERWISE if lang in _UNHAPPY},
)
# … or the satisfied buyer asked as a question of its own, then asked for the review ("Happy with your order? Tell the
# world with a review!", "Zufrieden mit Ihrer Bestellung? Dann freuen wir uns über eine Bewertung!"): the review asked
# of the happy alone, the "if you are happy" of a question (tuning ae-en-017; probes in 16 languages, stop 43). The
# question right before the ask (the sentence before, or earlier in its own where a question mark ends none: "?ぜひ",
# "؟"); not when the unhappy question came first ("Not happy? Leave a review and tell us why" is either way).
_LIKED = {
    "en": r"|\b(?:lov|enjoy|lik)(?:e|es|ed|ing)\b", "de": r"|\bgefällt\b|\bgefallen\b", "fr": r"|\b(?:aimé|aimez|plu)\b",
    "es": r"|\b(?:gust[oó]|gusta|gustado|encant[oó]|encantado)\b", "it": r"|\b(?:piaciut[oa]|piace)\b", "pt": r"|\b(?:gostou|curtiu|amou|gostando|curtindo|amando)\b",
    "nl": r"|\bbevalt\b|\bbevallen\b|\bnaar\s+wens\b", "pl": r"|\bpodoba\b|\bspodobał\w*", "sv": r"|\bgillar\b|\bgillade\b", "tr": r"|beğendiniz|sevdiniz",
    "ru": r"|понравил\w*|нравится", "ar": r"|أعجب\w*|اعجب\w*", "he": r"|אהבת|אהבתם|נהנים|נהנית", "ja": r"|気に入", "ko": r"|마음에\s*드", "zh": r"|喜欢|喜歡",
}  # fmt: skip
_HONEST = {
    "en": r"\b(?:honest|sincere|genuine|candid|unbiased)\b", "de": r"\behrlich\w*", "fr": r"\b(?:honnête|sincère)s?\b",
    "es": r"\b(?:honest|sincer)\w*", "it": r"\b(?:onest|sincer)\w*", "pt": r"\b(?:honest|sincer)\w*", "nl": r"\beerlijk\w*",
    "pl": r"\bszczer\w*", "sv": r"\bärlig\w*", "tr": r"dürüst|samimi", "ru": r"честн\w*|искренн\w*", "ar": r"صادق\w*|صريح\w*",
    "he": r"כנה|אמיתית", "ja": r"正直|率直|ありのまま", "ko": r"솔직", "zh": r"真实|真實|如实|如實|客观|客觀",
}  # fmt: skip
_HAPPY_ASKED = {lang: f"(?:{_SATISFIED[lang]}{_LIKED[lang]})[^.!。！\\n]{{0,60}}?[?？؟]" for lang in _LANGS}
_HAPPY_ASKED_REVIEW = linked_family(
    "review.positive_only",
    _ANCHORS,
    # ("tell the world with a review")
    {
        lang: [near(f"{ASK[lang]}|{_GLAD[lang]}" + (r"|\btell\b" if lang == "en" else ""), _REVIEW[lang], 40)]
        for lang in _LANGS
    },
    _HAPPY_ASKED,
    # (the ask's own sentence read too: "Do you like the backpack? … please leave an honest review" is the neutral
    # check-in, every buyer asked alike: tuning ap-ko-005)
    after=True,
    unless={lang: f"{_UNHAPPY[lang]}|{_HONEST[lang]}" for lang in _UNHAPPY},
)
# The review asked by its verb alone, then a deadline ("Se você puder me ajudar avaliando o pedido até sexta", "bewerten
# Sie uns bis Sonntag"): the review words of ``REVIEW_URGENT`` are missing (tuning batch DM, stop 43).
_RATED_BY_DEADLINE = family(
    "review.pressure",
    {lang: _RATE_VERB_ANCHORS[lang][1:] for lang in URGENT},
    {
        lang: [
            _chain(_RATE_VERB[lang][1:] + (r"|\bavaliando\b" if lang == "pt" else ""), URGENT[lang], gap=20)
        ]
        for lang in URGENT
    },
)
# A bad review threatened with a consequence: the refund, the warranty, the claim or future orders refused, lawyers, a
# blacklist, the buyer's account reported ("si un commentaire négatif est publié, nous ne pourrons pas traiter votre
# remboursement", "se for publicada avaliação negativa, vamos acionar nosso jurídico", "低評価をつけられた場合、今後のご注文は
# お受けできなくなります"): coercion around the review (Amazon Communication Guidelines; AliExpress §8 malicious
# harassment; tuning batch DM and probes in 16 languages, stop 43). Only what the seller would withhold from the buyer,
# not what it cannot do to the review ("we can't remove negative reviews").
_NEGATIVE_REVIEW = {
    "en": r"\b(?:negative|bad|poor|low|1-star|one-star|critical)\s+(?:\w+\s+)?(?:reviews?|feedback|ratings?)\b",
    "de": r"\b(?:negative|schlechte|niedrige)\w*\s+(?:bewertung|rezension)\w*",
    "fr": r"\b(?:commentaires?|avis|évaluations?|notes?)\s+(?:négati\w*|mauvais\w*)|\bmauvais\w*\s+(?:avis|commentaires?|évaluations?|notes?)\b",
    "es": r"\b(?:reseñas?|opini[oó]n\w*|valoraci[oó]n\w*|calificaci[oó]n\w*|comentarios?)\s+(?:negativ|mal)\w*|\bmalas?\s+(?:reseñas?|opini[oó]n\w*|valoraci[oó]n\w*|calificaci[oó]n\w*)",
    "it": r"\b(?:recension|valutazion|feedback)\w*\s+negativ\w*",
    "pt": r"\bavalia[çc](?:ão|ões|ao|oes)\s+(?:negativ\w*|ruim|ruins)|\bnegativ\w*\s+avalia|\bnota\s+baixa\b",
    "nl": r"\bnegatiev\w*\s+(?:review|recensie|beoordeling)\w*|\bslechte\s+(?:review|recensie|beoordeling)\w*",
    "pl": r"\bnegatywn\w*\s+(?:opini|ocen|komentarz)\w*",
    "sv": r"\bnegativ\w*\s+(?:omdöme|recension|betyg)\w*|\bdåligt\s+(?:omdöme|betyg)\b",
    "tr": r"olumsuz\s+(?:bir\s+)?(?:yorum|değerlendirme)\w*|kötü\s+(?:bir\s+)?(?:yorum|puan)\w*",
    "ru": r"(?:негативн|отрицательн|плох)\w*\s+(?:отзыв|оценк)\w*",
    "ar": r"تقييم\w*\s+(?:سلبي|سيئ|مسيء)\w*",
    "he": r"ביקורת\s+(?:שלילית|רעה)",
    "ja": r"低評価|悪い評価|否定的な(?:レビュー|評価)",
    "ko": r"(?:부정적인|나쁜|낮은)\s*(?:리뷰|후기|평가)|악평",
    "zh": r"差评|差評|负面评价|負面評價",
}
_NEGATIVE_REVIEW_ANCHORS = {
    "en": "negative|bad|poor|low|1-star|one-star|critical", "de": "negative|schlechte|niedrige", "fr": "négati|mauvais",
    "es": "negativ|mal|mala|malas", "it": "negativ", "pt": "negativ|baixa|ruim", "nl": "negatiev|slechte", "pl": "negatywn",
    "sv": "negativ|dåligt", "tr": "olumsuz|kötü", "ru": "негативн|отрицательн|плох", "ar": "سلبي|سيئ|مسيء", "he": "שלילית|רעה",
    "ja": "低評価|悪い評価|否定的な", "ko": "부정적인|나쁜|낮은|악평", "zh": "差评|差評|负面评价|負面評價",
}  # fmt: skip
_WITHHELD = {
    "en": r"\b(?:won't|will\s+not|cannot|can't|not\s+be\s+able\s+to|unable\s+to)\s+(?:\w+\s+){0,2}?(?:process|honou?r|handle|accept|serve|ship)\b|"
    r"\blegal\s+action\b|\blawyers?\b|\bblacklist\w*|\breport\s+(?:you|your\s+account)\b|"
    r"\bonly\s+(?:[\w-]+\s+){0,5}?(?:customers|buyers)\s+who\s+(?:have\s+not|haven't|did\s+not|didn't)\b",
    "de": r"\b(?:können|werden)\s+wir\s+(?:\w+\s+){0,3}?nicht\s+(?:mehr\s+)?(?:\w+\s+)?(?:bearbeiten|honorieren|anerkennen|annehmen|beliefern)\b|"
    r"\banwalt\b|\brechtliche\w*\s+schritte\b|\bsperrliste\b|\bschwarze\w*\s+liste\b|\bnur\s+(?:\w+\s+){0,3}?kunden,?\s+die\s+keine\b",
    "fr": r"\b(?:ne|on\s+ne)\s+pourr(?:ons|ions|a|ait)\s+(?:\w+\s+){0,2}?pas\s+(?:\w+\s+)?(?:traiter|honorer|accepter|gérer)\b|\bavocat\b|\bpoursuites\b|\bliste\s+noire\b|\bclients\s+qui\s+n'ont\s+pas\b",
    "es": r"\bno\s+(?:podremos|podemos|vamos\s+a\s+poder)\s+(?:\w+\s+)?(?:atender|tramitar|procesar|aceptar|gestionar|enviar|reembolsar)\b|"
    r"\bno\s+(?:atenderemos|aceptaremos|tramitaremos|procesaremos)\b|\babogad\w*|\bacciones\s+legales\b|\blista\s+(?:negra|interna)\b|\bclientes\s+que\s+no\s+hayan\b",
    "it": r"\bnon\s+potremo\s+(?:\w+\s+)?(?:gestire|elaborare|accettare|evadere|onorare|spedire|rimborsare)\b|\bavvocat\w*|\bazioni\s+legali\b|\blista\s+nera\b|\bclienti\s+che\s+non\s+hanno\b",
    "pt": r"\bn[ãa]o\s+(?:poderemos|podemos|vamos\s+poder|iremos)\s+(?:\w+\s+)?(?:atender|processar|aceitar|enviar|reembolsar|trocar|honrar)\b|"
    r"\bjur[íi]dico\b|\badvogad\w*|\bdifama[çc][ãa]o\b|\blista\s+negra\b|\bclientes\s+que\s+n[ãa]o\s+(?:deixaram|fizeram|deram)\b",
    "nl": r"\bkunnen\s+we\s+(?:\w+\s+){0,3}?niet\s+(?:meer\s+)?(?:\w+\s+)?(?:honoreren|verwerken|behandelen|accepteren)\b|\badvocaat\b|\bjuridische\s+stappen\b|\bzwarte\s+lijst\b|\brechter\b|\bsmaad\b|\bklanten\s+die\s+geen\b",
    "pl": r"\bnie\s+(?:będziemy\s+mogli|możemy|rozpatrzymy|przyjmiemy|uznamy)\s+(?:\w+\s+)?(?:rozpatrzyć|przyjąć|uznać|zrealizować|reklamacj\w*|zwrot\w*)|"
    r"\bprawnik\w*|\bkroki\s+prawne\b|\bczarn\w*\s+list\w*|\brozpatrujemy\s+wyłącznie\b|\b(?:uznajemy|przysługuje)\s+tylko\b|\bklient\w*,?\s+którzy\s+nie\b",
    "sv": r"\bkan\s+vi\s+(?:\w+\s+)?inte\s+(?:\w+\s+)?(?:hantera|godkänna|behandla|ta\s+emot|genomföra)\b|\badvokat\b|\brättsliga\s+åtgärder\b|\bsvarta\s+listan\b|\bkunder\s+som\s+inte\b",
    "tr": r"alamayacağız|edemeyeceğiz|yapamayacağız|kabul\s+etmeyeceğiz|avukat\w*|yasal\s+işlem|hukuki\s+yol\w*|kara\s+liste|(?:bırakma|yapma|verme)mış\s+müşteri",
    "ru": r"не\s+(?:сможем|будем)\s+(?:\S+\s+)?(?:обработать|оформить|принять|выполнить|рассматр\w*|обслуж\w*)|юрист\w*|в\s+суд\b|черн\w*\s+спис\w*|(?:покупател|клиент)\w*,?\s+которые\s+не\b",
    "ar": r"لن\s+(?:نتمكن|نستطيع)\s+من\s+(?:معالجة|قبول|إرسال|تنفيذ)|لن\s+(?:نقبل|نعالج)|سنرفع\s+(?:بلاغ|دعوى|شكوى)\w*|محامي|قضائي\w*|القائمة\s+السوداء|(?:لل)?عملاء\s+الذين\s+لم",
    "he": r"לא\s+נוכל\s+(?:לכבד|לטפל|לקבל|לשלוח)|לא\s+נכבד|עורך\s+דין|תביעה|רשימה\s+שחורה|(?:ל)?לקוחות\s+שלא",
    "ja": r"お受けできな|(?:返金|交換|返品|保証)\S{0,8}?(?:対応できません|いたしかねます|お受けできません|できかねます)|法的措置|弁護士|ブラックリスト|(?:付けて|つけて|投稿して)いないお客様",
    "ko": r"(?:환불|교환|반품|보증|처리|주문)\S{0,6}\s*(?:어렵습니다|불가합니다|할\s*수\s*없습니다|(?:해\s*)?드릴\s*수\s*없습니다)|법적\s*조치|블랙리스트|남기지\s*않은\s*고객",
    "zh": r"无法(?:为您)?(?:办理|处理|受理)|無法(?:為您)?(?:辦理|處理|受理)|不再(?:接受|提供)|法律|律师|律師|黑名单|黑名單|(?:只|仅|僅)(?:适用于|適用於|限于|限於)",
}
_BAD_REVIEW_THREAT = family(
    "review.pressure",
    _NEGATIVE_REVIEW_ANCHORS,
    {lang: [near(_NEGATIVE_REVIEW[lang], _WITHHELD[lang], 80)] for lang in _NEGATIVE_REVIEW},
)
#: Read by the content rules too: a message threatening a consequence for a bad review yet to come asks no change of one
#: already given, whatever the statistical model reads in its review and refund words (tuning dm-en-010, dm-fr-013).
BAD_REVIEW_THREAT = _BAD_REVIEW_THREAT
# … and the bad review headed off by it: only a good one is left to the buyer (gating; the labelled corpus reads these
# threats as both, tuning batch DM).
# The seller asking not to be punished with a bad review ("Bitte bestrafen Sie uns nicht mit einer schlechten Bewertung",
# "no nos castigue con una mala reseña", "düşük puan vermeyin", "低評価をつけないで": 15 of 16 probes passed, tuning batch
# DM, stop 43): only a good review left to the buyer.
_DONT_PUNISH = {
    "en": r"\b(?:don'?t|do\s+not)\s+(?:\w+\s+)?(?:punish|penali[sz]e)\s+us\b",
    "de": r"\b(?:be|ab)strafen\s+sie\s+uns\s+(?:bitte\s+)?nicht\b",
    "fr": r"\bne\s+pas\s+nous\s+(?:pénaliser|punir|sanctionner)\b|\bne\s+nous\s+(?:pénalisez|punissez|sanctionnez)\s+pas\b",
    "es": r"\bno\s+nos\s+(?:castigue|castigues|penalice|penalices)\b",
    "it": r"\bnon\s+(?:penalizzarci|punirci|ci\s+penalizzi|ci\s+punisca)\b",
    "pt": r"\bn[ãa]o\s+nos\s+(?:puna|penalize|castigue)\b",
    "nl": r"\bstraf\s+ons\s+(?:\w+\s+)?niet\b",
    "pl": r"\bnie\s+(?:karać|karz|karajcie)\s+nas\b",
    "sv": r"\bstraffa\s+oss\s+inte\b",
    "tr": r"cezalandırmayın",
    "ru": r"не\s+наказывайте\s+нас",
    "ar": r"لا\s+تعاقب(?:نا|ونا)",
    "he": r"אל\s+(?:תעניש|תענישו|תענישי)\s+אותנו",
}
_PUNISHED_BY_REVIEW = family(
    "review.positive_only",
    _NEGATIVE_REVIEW_ANCHORS
    | {"tr": _NEGATIVE_REVIEW_ANCHORS["tr"] + "|düşük", "ko": _NEGATIVE_REVIEW_ANCHORS["ko"]},
    {lang: [near(_DONT_PUNISH[lang], _NEGATIVE_REVIEW[lang], 40)] for lang in _DONT_PUNISH}
    | {
        "tr": [
            near(_DONT_PUNISH["tr"], _NEGATIVE_REVIEW["tr"], 40),
            r"(?:düşük|kötü|olumsuz)\s+(?:puan|yorum|değerlendirme)\w*\s+(?:vermeyin|yapmayın|bırakmayın)",
        ],
        "ja": [r"低評価(?:を|は)?(?:つけ|付け)ないで"],
        "ko": [r"낮은\s*(?:평점|별점|평가)(?:은|을|는)?\s*(?:주지|남기지)\s*(?:마|말)"],
    },
)
_BAD_REVIEW_DETERRED = family(
    "review.positive_only",
    _NEGATIVE_REVIEW_ANCHORS,
    {lang: [near(_NEGATIVE_REVIEW[lang], _WITHHELD[lang], 80)] for lang in _NEGATIVE_REVIEW},
)
# The trade said as a pair, the seller's part and then the buyer's joined by "and you": "wir erstatten Ihnen 100 % und
# Sie aktualisieren Ihre Bewertung", "le reembolsamos el 100% y usted actualiza su reseña", "zwracamy 100% kwoty, a Pan
# aktualizuje opinię", "мы возвращаем вам полную стоимость, а вы обновите отзыв" (16 probes, 11 read as a plain change
# request or not at all: tuning batch DN, stop 43). The review within a few words after "and you"; the change the
# incentive's own words ask is reported too (``_content``: an incentive whose words change the review).
_TRADE_GIVE = {
    "en": r"\b(?:refund|send|give|pay)\b", "de": r"\b(?:erstatten|schicken|senden|geben|zahlen)\b", "fr": r"\b(?:rembours|envoy|offr)\w*",
    "es": r"\b(?:reembols|envi|regal|devolv)\w*", "it": r"\b(?:rimbors|invi|regal)\w*", "pt": r"\b(?:reembols|envi|devolv)\w*",
    "nl": r"\b(?:betalen\s+\w+\s+(?:\w+\s+)?terug|terugbetal\w*|sturen)\b", "pl": r"\b(?:zwraca\w*|zwróci\w*|wyśl\w*|wysyła\w*)",
    "sv": r"\b(?:återbetal|skick)\w*", "tr": r"iade\s+ed\w*|gönder\w*", "ru": r"возвращ\w*|верн[её]м|отправ\w*|вышл\w*",
    "ar": r"نعيد|نرجع|نرسل|نسترد", "he": r"נחזיר|נשלח", "ja": r"返金|お送り", "ko": r"환불|보내",
    # (a promise, not "我们已经给您补发了新的": the replacement already sent, tuning bx-zh-001)
    "zh": r"(?:会|會|将|將|再|可以|马上|馬上)\S{0,4}?(?:退|补发|補發|送)",
}  # fmt: skip
_NOT_NEEDED_AHEAD = (
    r"(?![^.!?。！？\n]{0,25}?(?:\bnot\b|n't|\bnicht\b|\bno\b|\bn'|\bpas\b|\bnon\b|\bn[ãa]o\b|\bniet\b|\bhoeft\b|\bnie\b|\binte\b|"
    r"\bне\b|לא|لا|gerek\s+yok|zorunda\s+değil|必要|필요|不用|不需要|无需))"
)
_TRADE_PAIR = family(
    "review.incentive",
    _ANCHORS,
    # the buyer's part a change of the review, not negated nor left alone ("… and you don't need to change your review",
    # "… and you can keep your review as it is")
    {
        lang: [
            _chain(
                _TRADE_GIVE[lang],
                f"(?:{AND_YOU[lang]}){_NOT_NEEDED_AHEAD}",
                near(REVIEW_EDIT_VERB, _REVIEW[lang], 25),
                gap=40,
            )
        ]
        for lang in _LANGS
    },
)
# The review named first, then asked as "yours" or "it" with a deadline ("could you leave yours by Friday the 28th?",
# "déjala antes del jueves", "ti chiediamo di lasciare la tua entro il 23 dicembre", "lämna din senast den 31:a",
# "Просим сделать это в течение 5 дней": tuning batch DM, stop 43) — the review in the sentence before or earlier in its own.
# (Not in Turkish, Arabic and Hebrew, whose "it" words — "bunu", "ذلك", "זאת" — are in most messages: too common an anchor.)
_DO_IT = {
    "en": r"\b(?:leave|post|write|submit)\s+yours\b", "fr": r"\b(?:le|la)\s+(?:publier|laisser|déposer)\b|\b(?:faites|publiez|laissez)-le\b",
    "es": r"\b(?:d[ée]jala|escr[ií]bela|publ[ií]cala|h[áa]galo|hazlo)\b", "it": r"\b(?:lasciare|scrivere)\s+la\s+(?:tua|sua)\b|\b(?:lasciala|scrivila)\b",
    "pt": r"\b(?:deixar|deixe|escrever)\s+a\s+sua\b|\bfa[çc]a\s+isso\b", "nl": r"\bdoe\s+het\b|\b(?:laat|plaats)\s+hem\b",
    "pl": r"\b(?:zrobić|zrób)\s+to\b|\bwystawić\s+ją\b", "sv": r"\b(?:lämna|skriv)\s+(?:din|ditt)\b|\bgör\s+det\b",
    "ru": r"(?:сделать|сделайте)\s+это|(?:оставить|оставьте)\s+его",
}  # fmt: skip
_DO_IT_ANCHORS = {
    "en": "yours", "fr": "publier|laisser|déposer|faites|publiez|laissez", "es": "déjala|dejala|escríbela|escribela|publícala|publicala|hágalo|hagalo|hazlo",
    "it": "lasciare la tua|lasciare la sua|scrivere la tua|scrivere la sua|lasciala|scrivila", "pt": "deixar a sua|deixe a sua|escrever a sua|faça isso|faca isso",
    "nl": "doe het|laat hem|plaats hem", "pl": "zrobić to|zrób to|wystawić ją", "sv": "lämna din|lämna ditt|skriv din|skriv ditt|gör det",
    "ru": "сделать это|сделайте это|оставить его|оставьте его",
}  # fmt: skip
_DONE_BY_DEADLINE = linked_family(
    "review.pressure",
    _DO_IT_ANCHORS,
    {lang: [_chain(_DO_IT[lang], URGENT[lang], gap=20)] for lang in _DO_IT},
    {lang: _REVIEWED[lang] for lang in _DO_IT},
    # (not after thanks for the review: "Спасибо за отзыв! Возврат: просим сделать это в течение 14 дней")
    unless={
        "en": r"\bthank",
        "fr": r"\bmerci\s+(?:pour|beaucoup|encore)\b",
        "es": r"\bgracias\b",
        "it": r"\bgrazie\b",
        "pt": r"\bobrigad",
        "nl": r"\b(?:bedankt|dank)\b",
        "pl": r"\bdzięk",
        "sv": r"\btack\b",
        "tr": r"teşekkür",
        "ru": r"спасибо|благодар",
        "ar": r"شكر",
        "he": r"תודה",
    },
)
# The review asked, then a gift promised right after it in its sentence, no "if" between ("Mettez-nous 5 étoiles s'il
# vous plaît, on vous envoie un coupon de 3 $", "Lämna ett omdöme med foto så lägger vi en extra mobilhållare i ditt
# nästa paket": tuning batches DQ and DT, stop 43) — a benefit named after the promise, so "please leave a review, we
# will send the replacement tomorrow" stays a plain request.
_ASK_THEN_GIFT = family(
    "review.incentive",
    {lang: _ANCHORS[lang] + {"ja": "|星", "zh": "|五星"}.get(lang, "") for lang in _LANGS},
    {
        lang: [
            _chain(
                near(
                    ASK[lang] + (r"|\bmett(?:ez|re)\b" if lang == "fr" else ""),
                    f"{_REVIEW[lang]}|{STARS[lang]}",
                    30,
                ),
                PROMISE_AFTER,
                _BENEFIT[lang],
                gap=25,
            )
        ]
        for lang in _LANGS
    },
)
# The review asked, then an extra item promised in the next parcel ("Leave a review with a photo and we'll put an extra
# phone holder in your next parcel", "…so lägger vi en extra mobilhållare i ditt nästa paket", "次回の荷物にスマホホルダーを
# おまけでお入れします": tuning dt-sv-008 and probes in 16 languages, stop 46): the extra and the next parcel name the gift
# where the promise verbs of ``_ASK_THEN_GIFT`` are missing ("we'll put", "ti mettiamo", "dołożymy", "koyalım").
_NEXT_PARCEL = {
    "en": r"\bnext\s+(?:parcel|order|package|shipment|box|delivery)\b", "de": r"\bnächste[nmrs]?\s+(?:paket|bestellung|lieferung|sendung)\w*",
    "fr": r"\bprochaine?s?\s+(?:colis|commande|envoi)\b", "es": r"\bpr[óo]xim[oa]\s+(?:paquete|pedido|env[ií]o|compra)\b",
    "it": r"\bprossim[oa]\s+(?:pacco|ordine|spedizione|acquisto)\b", "pt": r"\bpr[óo]xim[oa]\s+(?:pacote|pedido|compra|encomenda|envio)\b",
    "nl": r"\bvolgende\s+(?:pakket|bestelling|zending|order)\b", "pl": r"\bnastępn\w*\s+(?:paczk\w*|zamówieni\w*|przesyłk\w*)",
    "sv": r"\bnästa\s+(?:paket|beställning|order|leverans)\b", "tr": r"sonraki\s+(?:paket|sipariş|kargo)\w*",
    "ru": r"следующ\w*\s+(?:посылк\w*|заказ\w*|отправк\w*)", "ar": r"(?:طردك|طلبك|شحنتك)\s+القادم\w*",
    "he": r"(?:ה)?(?:חבילה|הזמנה|משלוח)\s+הבא\w*", "ja": r"次回(?:の)?(?:荷物|ご注文|注文|発送|お届け)",
    "ko": r"다음\s*(?:택배|주문|배송|구매)", "zh": r"下次(?:发货|發貨|购买|購買|订单|訂單|包裹)|下一单|下一單",
}  # fmt: skip
_EXTRA_ITEM = {
    "en": r"\bextra\b|\bbonus\b", "de": r"\bextra\b|\bzusätzlich\w*", "fr": r"\ben\s+plus\b|\bsupplémentaire\b|\bextra\b",
    "es": r"\bextra\b|\badicional\b|\bde\s+m[aá]s\b", "it": r"\bin\s+più\b|\bextra\b|\baggiuntiv\w*", "pt": r"\bextra\b|\ba\s+mais\b|\badicional\b",
    "nl": r"\bextra\b", "pl": r"\bdodatkow\w*|\bgratis\b", "sv": r"\bextra\b", "tr": r"\bekstra\b", "ru": r"дополнительн\w*|ещё\s+один|еще\s+один",
    "ar": r"إضافي\w*|اضافي\w*", "he": r"נוסף|נוספת|נוספים", "ja": r"おまけ|もう一つ|もう1つ", "ko": r"하나\s*더|추가로|덤으로",
    "zh": r"多放|多送|加送|多寄|额外|額外",
}  # fmt: skip
_NOT_IN_IT = r"(?<!in\syour\s)(?<!in\sihrer\s)(?<!dans\svotre\s)(?<!en\ssu\s)(?<!en\stu\s)(?<!nella\ssua\s)(?<!na\ssua\s)(?<!in\suw\s)(?<!i\sdin\s)"
_EXTRA_IN_NEXT = {lang: near(_EXTRA_ITEM[lang], _NEXT_PARCEL[lang], 40) for lang in _LANGS}
_ASK_THEN_EXTRA = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _LANGS},
    {
        # (the review word, not the ask: the ask's verb is last in Japanese, Korean and Chinese, and the imperatives of
        # the others — "deja", "lascia", "zostaw" — are many)
        # (not the review's content: "the missing screws mentioned in your review, we'll add extra screws to your next
        # order")
        lang: [_chain(rf"{_NOT_IN_IT}(?:{_REVIEW[lang]})", _EXTRA_IN_NEXT[lang], gap=60)]
        for lang in _LANGS
    },
)
# The review asked "in return" for what was already given ("We've extended your warranty to 3 years at no charge. In
# return, all we ask is a few words in a review", "Im Gegenzug bitten wir nur um eine kurze Rezension", "その代わりに、
# Amazonでレビューを": tuning dx-it-005, dx-pl-008, dx-sv-005, dx-tr-008 and probes in 16 languages, stop 46) — the trade
# word alone, not "in exchange for a review", which is also how a seller says it gives nothing ("we don't give anything
# in exchange for reviews"); Korean "대신" only opening its sentence ("instead" elsewhere).
_TRADE_WORD = {"ko": r"(?:^|(?<=[.!?。]\s))대신"}
_IN_RETURN_ASKED = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _LANGS},
    {
        lang: [
            rf"(?:{_TRADE_WORD.get(lang, IN_EXCHANGE)})(?!\s+(?:for|für|pour|contre|de|di|por|per|voor|za|för|mot|за|на|ل|על))"
            rf"{_SENT}{{0,60}}?(?:{_REVIEW[lang]})"
        ]
        for lang in _LANGS
    },
)
# The satisfied buyer asked to tell it "on <platform>", no review word needed ("Should it have lived up to your
# expectations, a few words on Amazon would make our week", "Är du nöjd blir vi jätteglada om du berättar det för andra
# på Amazon", "Tevreden? Dan vinden we het superleuk als je dat op Amazon laat weten": the if-happy ask in the letters of
# blind tuning batch DT, stop 43). Built per platform by ``_phrases_intl.platform_name_families``: the core names none.
_TELL = {
    # (not the seller asking to be told: "if you are satisfied, please tell us here")
    "en": r"\b(?:tell\s+(?:others|people|everyone|the\s+world|other\s+\w+)|share\s+(?:it|that|this|your\s+experience)|"
    r"let\s+(?:others|people|everyone|the\s+world)\s+know|(?:a\s+)?few\s+(?:kind\s+)?words|say\s+so|spread\s+the\s+word)\b",
    "de": r"\b(?:erzählen\s+sie\s+es\s+(?:gerne\s+)?weiter|weitersagen|weiterempfehlen|ein\s+paar\s+worte)\b",
    "fr": r"\b(?:faisant\s+savoir|faire\s+savoir|faites-le\s+savoir|dites-le|partag\w*|racont\w*|quelques\s+mots)\b",
    "es": r"\b(?:cont[aá]ndolo|contarlo|cu[ée]ntelo|cu[ée]ntalo|compart\w*|decirlo|d[ií]galo|unas\s+palabras)\b",
    "it": r"\b(?:raccontarlo|raccontalo|lo\s+racconti|condivid\w*|dirlo|qualche\s+parola)\b",
    "pt": r"\b(?:contar|conte|compartilh\w*|dizer|diga|algumas\s+palavras)\b",
    "nl": r"\b(?:laat\s+weten|laten\s+weten|vertel\w*|deel|delen|een\s+paar\s+woorden)\b",
    "pl": r"\b(?:opowiedz\w*|podziel\w*|kilka\s+słów)\b",
    "sv": r"\b(?:berätta\w*|dela|några\s+ord)\b",
    "tr": r"(?:paylaş\w*|anlat\w*|birkaç\s+kelime)",
    "ru": r"(?:расскаж\w*|подели\w*|пару\s+слов)",
    "ar": r"(?:شارك\w*|أخبر\w*)",
    "he": r"(?:ספר\w*|שתפ\w*|כמה\s+מילים)",
    "ja": r"(?:お伝え|伝え|ご紹介|共有)",
    "ko": r"(?:알려|공유)",
    "zh": r"(?:分享|告诉|告訴|说说|說說)",
}  # fmt: skip
_ON_PLATFORM = {
    "en": r"\bon\s+{P}", "de": r"\b(?:auf|bei)\s+{P}", "fr": r"\bsur\s+{P}", "es": r"\ben\s+{P}", "it": r"\bsu\s+{P}",
    "pt": r"\bn[ao]\s+{P}", "nl": r"\bop\s+{P}", "pl": r"\bna\s+{P}", "sv": r"\bpå\s+{P}", "tr": r"{P}'?(?:da|de|ta|te)\b",
    "ru": r"на\s+{P}", "ar": r"(?:على|في)\s+{P}", "he": r"ב-?{P}", "ja": r"{P}(?:で|に|の)", "ko": r"{P}\s*(?:에|에서)",
    "zh": r"(?:在){P}",
}  # fmt: skip
# (the Spanish liking only with the buyer as who likes it: "si le ha gustado", not the seller's "nos gusta consentir a
# quienes … comparten su experiencia en Amazon", tuning az-es-003)
_LIKED_BY_YOU = _LIKED | {
    "es": r"|\b(?:le|te|les)\s+(?:ha\s+|han\s+)?(?:gust[oó]|gusta|gustado|encant[oó]|encantado)\b"
}
_SATISFIED_IF = {
    lang: f"(?:{_SATISFIED[lang]}{_LIKED_BY_YOU[lang]}"
    + (r"|\blived\s+up\s+to\b|\bmet\s+your\s+expectations\b" if lang == "en" else "")
    + ")"
    for lang in _LANGS
}


def happy_tell_on_platform(alternation: str, anchors: str) -> tuple[Family, ...]:
    """The positive-only families for one platform's names (``alternation``: their regex; ``anchors``: "a|b")."""
    tell_on = {lang: near(_TELL[lang], _ON_PLATFORM[lang].replace("{P}", alternation), 40) for lang in _LANGS}
    return (
        family(
            "review.positive_only",
            {lang: anchors for lang in _LANGS},
            {lang: [_chain(_SATISFIED_IF[lang], tell_on[lang], gap=50)] for lang in _LANGS},
        ),
        # the satisfaction asked as a question of its own, then the ask ("Tevreden? Dan … op Amazon laat weten")
        linked_family(
            "review.positive_only",
            {lang: anchors for lang in _LANGS},
            {lang: [tell_on[lang]] for lang in _LANGS},
            _HAPPY_ASKED,
            unless={lang: f"{_UNHAPPY[lang]}|{_HONEST[lang]}" for lang in _UNHAPPY},
        ),
    )


# A gift promised "as a thank-you" right after a review or its change was asked ("si tuviera a bien revisar su
# valoración …, nos gustaría enviarle un cable de regalo como muestra de agradecimiento", "czy rozważyłaby Pani usunięcie
# negatywnej opinii? W podziękowaniu chętnie dorzucimy komplet podkładek", "如您愿意更新一下评价，我们会寄一套备用滤芯给您作为
# 感谢": the thank-you is the price; blind tuning batch DT, stop 43). The ask in the sentence or the one before; not
# after thanks for a review given.
_AS_THANKS = {
    "en": r"\bas\s+a\s+(?:little\s+|small\s+)?(?:thank[\s-]?you|token\s+of\s+(?:our\s+)?(?:thanks|gratitude|appreciation))\b|\bby\s+way\s+of\s+thanks\b",
    "de": r"\bals\s+(?:kleines\s+)?(?:dankeschön|dank)\b", "fr": r"\ben\s+(?:guise\s+de\s+)?remerciement\b|\bpour\s+vous\s+remercier\b",
    "es": r"\bcomo\s+(?:muestra\s+de\s+)?agradecimiento\b|\ben\s+agradecimiento\b", "it": r"\bcome\s+ringraziamento\b|\bin\s+segno\s+di\s+gratitudine\b",
    "pt": r"\bcomo\s+(?:forma\s+de\s+)?agradecimento\b|\bem\s+agradecimento\b", "nl": r"\bals\s+(?:dank|bedankje)\b",
    "pl": r"\bw\s+podziękowaniu\b|\bw\s+ramach\s+podziękowania\b", "sv": r"\bsom\s+(?:ett\s+)?tack\b", "tr": r"teşekkür\s+(?:olarak|amacıyla)",
    "ru": r"в\s+знак\s+благодарности|в\s+благодарность", "ar": r"كعربون\s+شكر|تعبيرا\s+عن\s+شكرنا", "he": r"כאות\s+תודה|כתודה",
    "ja": r"お礼として|感謝の気持ちとして", "ko": r"감사의\s*(?:의미로|표시로|뜻으로)", "zh": r"作为感谢|作為感謝|以表感谢|以表感謝",
}  # fmt: skip
_AS_THANKS_ANCHORS = {
    "en": "thank-you|thank you|thankyou|token|thanks", "de": "dankeschön|dank", "fr": "remerciement|remercier", "es": "agradecimiento",
    "it": "ringraziamento|gratitudine", "pt": "agradecimento", "nl": "dank|bedankje", "pl": "podziękowaniu|podziękowania", "sv": "tack",
    "tr": "teşekkür", "ru": "благодарност", "ar": "شكر", "he": "תודה", "ja": "お礼|感謝", "ko": "감사", "zh": "感谢|感謝",
}  # fmt: skip
# (the promises ``PROMISE_AFTER`` lacks: "doen we er … bij", "dorzucimy", "göndermek isteriz", "我们会寄")
_GIFT_PROMISED = r"\bdoen\s+(?:we|wij)\b|\b(?:is|are)\s+yours,?\s+on\s+us\b|\b(?:dorzucimy|dołożymy)\b|göndermek\s+isteriz|(?:我们|我們)(?:会|會|将|將)(?:寄|送|发|發|补|補)"
_THANKS_AS_PRICE = linked_family(
    "review.incentive",
    _AS_THANKS_ANCHORS,
    {
        lang: [near(_AS_THANKS[lang], f"{PROMISE_AFTER}|{_GIFT_PROMISED}|{_BENEFIT[lang]}", 60)]
        for lang in _LANGS
    },
    {lang: near(f"{ASK[lang]}|{REVIEW_EDIT_VERB}", _REVIEW[lang], 40) for lang in _LANGS},
    after=True,
    unless={lang: rf"(?:{THANKS_BEFORE[lang]}){_SENT}{{0,20}}?(?:{_REVIEW[lang]})" for lang in THANKS_BEFORE},
)
# Stop 52 probes: the review already given, thanked, then paid for "as a thank-you" ("votre avis 5 étoiles nous a fait
# très plaisir ! Pour vous remercier, vous devenez client VIP : -15 %", "Dank je wel voor de vijf sterren! Als bedankje
# krijg je 15% korting", "شكراً جزيلاً على النجوم الخمس! تقديراً لتقييمك، نمنحك خصم 20%", "별 다섯 개 정말 감사합니다!
# 감사의 마음으로 … 15% 할인 코드", "感谢您的五星好评!作为答谢,您已成为本店VIP"): a reward for the review, given after it
# (tuning batch DO labels "Grazie per la recensione a 5 stelle! Come promesso, ecco il codice GRAZIE15" the same way).
# Communication Guidelines ("no incentives"); §8. Thanks for the review alone, or a gift for anything else, stay clean.
_AS_THANKS_S52 = {
    lang: _AS_THANKS[lang]
    + {
        "ar": r"|تقديرا(?:ً)?\s+(?:ل|على)|بما\s+أنك\s+تفضلت",
        "ko": r"|감사의\s*마음으로|감사한\s*마음에",
        "zh": r"|作为答谢|作為答謝|为表谢意|為表謝意|以示感谢|以示感謝",
        "de": r"|\bals\s+(?:kleine\s+)?anerkennung\b",
        "pt": r"|como\s+agradecimento",
        "tr": r"|teşekkür\s+olarak",
    }.get(lang, "")
    for lang in _LANGS
}
_AS_THANKS_S52_ANCHORS = {
    lang: _AS_THANKS_ANCHORS[lang]
    + {
        "ar": "|تقدير|تفضلت",
        "ko": "|마음으로|마음에",
        "zh": "|答谢|答謝|谢意|謝意|以示",
        "de": "|anerkennung",
    }.get(lang, "")
    for lang in _LANGS
}
_FOR_SOMETHING_ELSE = (
    r"(?:for|für|pour|por|per|voor|za|för|за|على|על)\s+(?:\w+\s+)?(?:order|purchase|patience|loyalty|business|bestellung|einkauf|"
    r"kauf|geduld|treue|commande|achat|fidélité|pedido|compra|paciencia|ordine|acquisto|pazienza|encomenda|paciência|"
    r"bestelling|aankoop|geduld|zamówienie|zakup|cierpliwość|beställning|köp|tålamod|заказ|покупк\w*|терпени\w*|"
    r"طلبك|شرائك|صبرك|ההזמנה|הרכישה|הסבלנות)"
)
_REWARD_S52 = r"\bvip\b|\d\s?%|%\s?\d|\bgold\b|\d\s*(?:円|元|원|달러|ドル|美元)|返金"
_THANKED_THEN_PAID = linked_family(
    "review.incentive",
    _AS_THANKS_S52_ANCHORS,
    # (not a thank-you for something else: "Thank you for your review! As a thank-you for your order, we will send you a
    # free sample", stop 43)
    {
        lang: [
            near(
                rf"(?:{_AS_THANKS_S52[lang]})(?!\s+{_FOR_SOMETHING_ELSE})",
                f"{_BENEFIT[lang]}|{_REWARD_S52}",
                80,
            )
        ]
        for lang in _LANGS
    },
    {lang: near(THANKS_BEFORE[lang], f"{_REVIEW[lang]}|{STARS[lang]}", 40) for lang in _LANGS},
)
# A longer warranty offered beside the review it is for, in the sentence before or after ("votre garantie passe de 1 à 2
# ans. En contrepartie, … partager votre expérience sur Amazon", "Tu garantía … puede ampliarse a 24 meses. Es muy
# sencillo: deja una reseña", "Vi förlänger gärna din garanti till tre år. Det enda vi ber om är …", "Мы готовы продлить её
# до 24 месяцев. Для этого оставьте … отзыв", "نود تمديد ضمان منتجك …", "אנחנו יכולים להאריך אותה לשנתיים. כל מה שצריך
# זה לכתוב ביקורת": stop 52 probes). Amazon lists a longer warranty among the incentives (``BENEFIT``'s source).
_WARRANTY_LONGER = {
    "en": r"\bextend\w*\s+(?:your\s+|the\s+)?warranty\b|\bwarranty\s+(?:\w+\s+){0,3}?extended\b",
    "de": r"\bgarantie\s+(?:\w+\s+){0,3}?verlänger\w*|\bverlänger\w*\s+(?:\w+\s+){0,2}?garantie\b",
    "fr": r"\bextension\s+de\s+garantie\b|\bgarantie\s+passe\s+de\b|\bprolong\w*\s+(?:\w+\s+){0,2}?garantie\b",
    "es": r"\bgarant[ií]a\s+(?:\w+\s+){0,3}?(?:puede\s+)?ampliar\w*|\bampli\w*\s+(?:\w+\s+){0,2}?garant[ií]a\b",
    "it": r"\b(?:estend|prolung|raddopp)\w*\s+(?:\w+\s+){0,2}?garanzia\b|\bgaranzia\s+(?:\w+\s+){0,2}?(?:estesa|prolungata|raddoppiata)\b",
    "pt": r"\b(?:estend|prorrog|ampli)\w*\s+(?:\w+\s+){0,2}?garantia\b",
    "nl": r"\bverleng\w*\s+(?:\w+\s+){0,2}?garantie\b|\bgarantie\s+(?:\w+\s+){0,2}?verlengd\b",
    "pl": r"\bprzedłuż\w*\s+(?:\w+\s+){0,2}?gwarancj\w*", "sv": r"\bförläng\w*\s+(?:\w+\s+){0,2}?garanti\w*",
    "tr": r"garanti\w*\s+(?:\S+\s+){0,3}?uzat\w*", "ru": r"продл\w*\s+(?:\S+\s+){0,2}?гаранти\w*|продлить\s+(?:её|ее)\s+до",
    "ar": r"تمديد\s+(?:\S+\s+)?ضمان", "he": r"להאריך\s+(?:את\s+)?(?:ה)?אחריות|להאריך\s+אותה\s+ל",
    "ja": r"保証(?:期間)?(?:を)?(?:\S{0,4})?延長", "zh": r"(?:延长|延長)(?:保修|质保|質保)", "ko": r"보증\s*(?:기간\s*)?(?:을\s*)?연장",
}  # fmt: skip
_WARRANTY_LONGER_ANCHORS = {
    "en": "extend|warranty", "de": "verlänger", "fr": "extension|passe|prolong", "es": "ampli", "it": "estend|prolung|raddopp|garanzia",
    "pt": "estend|prorrog|ampli", "nl": "verleng", "pl": "przedłuż", "sv": "förläng", "tr": "uzat", "ru": "продл", "ar": "تمديد",
    "he": "להאריך", "ja": "延長", "zh": "延长|延長", "ko": "연장",
}  # fmt: skip
# The review, or the buyer's experience shared or written about (the ask without a review noun).
_SHARED_EXPERIENCE = {
    "en": r"\bshar\w*\s+(?:\w+\s+){0,3}?experience\b", "de": r"\berfahrung\w*\s+(?:\w+\s+){0,4}?teilen\b", "fr": r"\bpartager\s+(?:\w+\s+){0,2}?expérience\b",
    "es": r"\bcompartir\s+(?:\w+\s+){0,2}?experiencia\b", "it": r"\bcondivide\w*\s+(?:\w+\s+){0,2}?esperienza\b",
    "pt": r"\bcompartilh\w*\s+(?:\w+\s+){0,2}?experi[êe]ncia\b", "nl": r"\bervaring\s+(?:\w+\s+){0,2}?deelt\b|\bdelen\s+(?:\w+\s+){0,2}?ervaring\b",
    "pl": r"\bpodziel\w*\s+(?:\w+\s+){0,2}?(?:opini|wrażeni)\w*", "sv": r"\bskriver\s+några\s+rader\b|\bdela\s+(?:\w+\s+){0,2}?upplevelse\b",
    "tr": r"deneyiminizi\s+paylaş\w*", "ru": r"подел\w*\s+(?:\S+\s+)?(?:впечатлени\w*|мнением)", "ar": r"تشاركنا\s+رأيك",
    "he": r"לשתף\s+(?:\S+\s+)?(?:בחוויה|בדעתך)", "ja": r"ご感想", "zh": r"分享(?:您的|你的)?(?:使用)?(?:体验|體驗)", "ko": r"후기",
}  # fmt: skip
_WARRANTY_FOR_REVIEW = linked_family(
    "review.incentive",
    _WARRANTY_LONGER_ANCHORS,
    {lang: [_WARRANTY_LONGER[lang]] for lang in _LANGS},
    {lang: f"{_REVIEW[lang]}|{_SHARED_EXPERIENCE[lang]}" for lang in _LANGS},
    after=True,
    ahead=True,
    reach=200,
    inside=True,
    # ("hemos ampliado la garantía … Esto no tiene ninguna relación con su valoración": tuning by-es-013)
    # … nor a warranty for something else beside thanks for a review ("customers who register get an extended warranty;
    # thanks for your review": round 7)
    unless={lang: f"{UNRELATED}|{near(THANKS_BEFORE[lang], _REVIEW[lang], 30)}" for lang in _LANGS},
)
_FIRST_EMAIL_PRESSURE = family(
    "review.pressure",
    {"en": _ANCHORS["en"]},
    {
        "en": [
            near(
                _REVIEW["en"],
                r"\b(?:our|the|my)\s+(?:first|previous|earlier|last)\s+(?:e-?mail|message|note|request)\s+(?:got|was|may|might|went)\b",
                80,
            )
        ]
    },
)

# ------------------------------------------------------------------ 8b. the review said to be out of date (batch Y)

# Does the review *still* match how the buyer sees it, asked after the fix ("do you still stand by the two stars?",
# "le tre stelle … rispecchiano ancora la sua esperienza?", "Актуален ли ещё ваш отзыв?", "האם הדירוג שנתת עדיין
# משקף את דעתך עכשיו?"): the question is the request to change it. Polite sellers ask it this way (batch Y).
_STILL_MATCH = {
    "en": r"\bstill\s+(?:\w+\s+){0,2}?(?:reflects?|match(?:es)?|corresponds?|accurate|represents?|how\s+you\s+(?:see|feel)|what\s+you\s+think|"
    r"the\s+same|valid|fair)\b|\b(?:still\s+)?stand\s+by\b",
    "de": r"\b(?:noch|immer\s+noch)\s+(?:\w+\s+){0,3}?(?:wider\w*|entspricht|entsprechen|zutreffend|aktuell|ihre[rn]?\s+meinung)",
    "fr": r"\b(?:toujours|encore)\s+(?:\w+\s+){0,3}?(?:le\s+reflet|refl[eè]te\w*|correspond\w*|votre\s+(?:avis|ressenti|opinion)|d'actualité|valable|justifié\w*)",
    "es": r"\b(?:sigue|siguen|todav[ií]a|a[uú]n)\s+(?:\w+\s+){0,3}?(?:refleja\w*|correspond\w*|pensando\s+lo\s+mismo|opina\w*|vigente|v[aá]lid\w*)",
    "it": r"\bancora\s+(?:\w+\s+){0,3}?(?:rispecchi\w*|riflett\w*|corrispond\w*|valid\w*|attual\w*)|\b(?:rispecchi|riflett|corrispond)\w*\s+ancora\b",
    "pt": r"\bainda\s+(?:\w+\s+){0,3}?(?:reflete\w*|corresponde\w*|representa\w*|v[aá]lid\w*|atual)",
    "nl": r"\bnog\s+(?:steeds\s+)?(?:\w+\s+){0,3}?(?:weerspiegel\w*|overeen|klopt|actueel|uw\s+mening)",
    "pl": r"\b(?:nadal|wciąż)\s+(?:\w+\s+){0,3}?(?:oddaje|odzwierciedla|aktualn\w*|odpowiada)",
    "sv": r"\bfortfarande\s+(?:\w+\s+){0,3}?(?:speglar|stämmer|aktuell\w*|din\s+åsikt)",
    "tr": r"(?:hâlâ|hala|halen)\s+(?:\S+\s+){0,3}?(?:yansıt\w*|düşüncenizi|geçerli|güncel)",
    "ru": r"(?:вс[её]\s+ещ[её]|по-прежнему|ещ[её])\s+(?:\S+\s+){0,3}?(?:отража\w*|соответству\w*|актуал\w*)|актуал\w*\s+ли\s+ещ[её]",
    "ar": r"(?:ما\s+زال|ما\s+زالت|لا\s+يزال|لا\s+تزال)\s+(?:\S+\s+){0,2}?(?:يعبر|يعبر|تعبر|تعبر|يعكس|تعكس)",
    "he": r"עדיין\s+(?:\S+\s+){0,2}?(?:משקף|משקפת|מבטא|מבטאת|נכון|נכונה)",
    "ja": r"(?:現在の|今の)(?:ご)?(?:印象|お気持ち|ご意見|お考え)と(?:変わり|同じ|一致)",
    "ko": r"지금도\s*(?:\S+\s*){0,2}?(?:생각과\s*같|같으신지|맞으신지)",
    "zh": r"(?:是否|是不是)(?:还|還|仍|依然)(?:有)?(?:同样|同樣|一样|一樣)的?(?:看法|想法)|(?:还|還|仍然|依然)(?:代表|反映|符合)",
}  # fmt: skip
_QUESTION = r"[?？؟]|でしょうか|ございませんか|여쭙|습니까|까요|吗|嗎"
_STILL_MATCH_CHANGE = family(
    "review.change",
    {lang: _ANCHORS[lang] for lang in _STILL_MATCH},
    {
        lang: [rf"(?:{near(_REVIEW[lang], _STILL_MATCH[lang], 60)}){_SENT}{{0,60}}?(?:{_QUESTION})"]
        for lang in _STILL_MATCH
    },
)

# The review pointed out as out of date: it "still mentions the broken lid", "beschreibt noch den Zustand vor dem
# Austausch", "évoque toujours la poignée cassée", "spreekt nog over een defecte schakelaar" — said to the buyer
# after the fix, it asks for the change without a verb of asking (batch Y; like "what you wrote no longer matches").
_STILL_MENTIONS = {
    "en": r"\bstill\s+(?:mentions?|says|talks\s+about|describes?|refers\s+to|reads\s+as|speaks\s+of)\b|"
    r"\bno\s+longer\s+(?:reflects?|match(?:es)?|accurate|applies|true|up\s+to\s+date)\b",
    "de": r"\b(?:beschreibt|erwähnt|spricht|nennt|zeigt)\s+(?:\w+\s+){0,2}?(?:noch|immer\s+noch)\b|"
    r"\bnicht\s+mehr\s+(?:zutrifft|zutreffend|aktuell|stimmt)\b",
    "fr": r"\b(?:évoque|mentionne|parle|décrit|indique)\s+(?:toujours|encore)\b|\bn'est\s+plus\s+(?:à\s+jour|d'actualité|exact\w*)|"
    r"\bdate\s+d'avant\b",
    "es": r"\bya\s+no\s+(?:refleja|corresponde|es\s+exact\w*)\b|\b(?:sigue|todav[ií]a|a[uú]n)\s+(?:mencion\w*|habla\w*|describ\w*|dic\w*)|\b(?:menciona|habla|describe|dice)\s+(?:todav[ií]a|a[uú]n)\b",
    "it": r"\bnon\s+(?:rispecchia|riflette|corrisponde)\s+più\b|\b(?:parla|menziona|descrive|cita|riporta)\s+ancora\b|\bancora\s+(?:parla|menziona|descrive)\b",
    "pt": r"\bj[áa]\s+n[ãa]o\s+(?:reflete|corresponde)\b|\bn[ãa]o\s+(?:reflete|corresponde)\s+mais\b|\bainda\s+(?:menciona|fala|descreve|diz|cita)\b|\b(?:menciona|fala|descreve)\s+ainda\b",
    "nl": r"\b(?:spreekt|noemt|vermeldt|beschrijft|heeft\s+het)\s+(?:\w+\s+)?(?:nog|nog\s+steeds)\b|\bniet\s+meer\s+(?:klopt|actueel)\b",
    "pl": r"\b(?:nadal|wciąż|ciągle)\s+(?:wspomina|opisuje|mówi)\b|\bopisuje\s+(?:już\s+)?nieaktualn\w*",
    "sv": r"\binte\s+längre\s+(?:stämmer|aktuell\w*)\b|\b(?:nämner|beskriver|pratar\s+om|säger)\s+(?:\w+\s+)?fortfarande\b|\bfortfarande\s+(?:nämner|beskriver)\b",
    "tr": r"(?:hâlâ|hala|halen)\s+(?:\S+\s+){0,3}?(?:söz\s+ediyor|bahsediyor|yazıyor|anlatıyor)",
    "ru": r"(?:до\s+сих\s+пор|вс[её]\s+ещ[её]|по-прежнему)\s+(?:упомина\w*|говорит\w*|описыва\w*)|уже\s+не\s+(?:актуал\w*|соответству\w*)",
    "ar": r"(?:ما\s+زال|لا\s+يزال|ما\s+زالت|لا\s+تزال)\s+(?:\S+\s+){0,2}?(?:يذكر|تذكر|يتحدث|تتحدث|يصف|تصف)",
    "he": r"עדיין\s+(?:\S+\s+){0,2}?(?:מזכיר|מזכירה|מתאר|מתארת|מדבר|מדברת)",
    "ja": r"(?:交換前|以前|修理前)の(?:状況|状態|内容)(?:について|のまま)",
    "ko": r"(?:아직|여전히)\s*(?:\S+\s*){0,2}?(?:언급|이야기|설명)",
    "zh": r"(?:仍然|依然|还在|還在|还是|還是)(?:提到|写着|寫著|描述)",
}  # fmt: skip
_STILL_MENTIONS_CHANGE = family(
    "review.change",
    {lang: _ANCHORS[lang] for lang in _STILL_MENTIONS},
    # the buyer's own review, where the language marks it ("reviews of the old model still mention the motor" is none)
    {
        lang: [_chain(_YOUR_REVIEW.get(lang, _REVIEW[lang]), _STILL_MENTIONS[lang], gap=40)]
        for lang in _STILL_MENTIONS
    },
)

# The words sellers use for a change that the change families lack: "bring your rating up to date", "a correction of
# the rating", "rethink the wording", "auf den aktuellen Stand bringen", "nuancer", "replanteara su calificación",
# "una rinfrescata alla sua valutazione", "dar uma repaginada", "tegen het licht houden", "złagodzić", "скорректирована",
# "ご一考", "表現を和らげて", "反映真实情况" (batch Y) — beside the review, or with "it" right after it was named.
_RECAST = {
    "en": r"\bbring\s+(?:\w+\s+){0,3}?up\s+to\s+date\b|\b(?:rewrite|reword|rethink|rephrase|refresh)\b|\btone\s+(?:\w+\s+)?down\b|"
    r"\bsoften\b|\ba\s+correction\s+of\b|\b(?:give|gave|giving|take|took)\s+(?:\w+\s+)?(?:a\s+)?(?:rewrite|second\s+look|fresh\s+look)\b",
    "de": r"\bauf\s+den\s+(?:aktuellen|neuesten)\s+stand\b|\b(?:abmildern|abzumildern|entschärfen|überdenken|nachjustieren)\b|"
    r"\bkorrektur\s+(?:der|des|ihrer)\b",
    "fr": r"\bnuancer\b|\brevue?s?\s+à\s+la\s+hausse\b|\brevoir\s+votre\s+copie\b|\bmise?\s+à\s+jour\b|\badoucir\b|\breformuler\b|"
    r"\bactualisation\b",
    "es": r"\breplante\w*|\bmatiz\w*|\bsuaviz\w*|\botro\s+vistazo\b|\breformul\w*|\bcorrecci[oó]n\s+de\b",
    "it": r"\brinfrescata\b|\bammorbidir\w*|\briformul\w*|\brivedere\b|\bcorrezione\s+(?:della|del)\b",
    "pt": r"\brepaginada\b|\bsuaviz\w*|\breformul\w*|\brevis[ãa]o\s+d[ao]\b|\breconsider\w*|\bcorre[çc][ãa]o\s+d[ao]\b",
    "nl": r"\btegen\s+het\s+licht\b|\bbijgesteld\b|\bbijstellen\b|\bherformuler\w*|\been\s+update\b|\bnuanceren\b|\bverzachten\b",
    "pl": r"\bzłagodzi\w*|\bodśwież\w*|\bprzeformułow\w*|\bkorekt\w*",
    "sv": r"\bjustera\w*|\bmildra\b|\bomformulera\b|\buppdatering\b",
    "tr": r"göz\s+atabil\w*|yumuşat(?!ıcı)\w*|yeniden\s+düzenle\w*",
    "ru": r"скорректир\w*|поправк\w*|смягч\w*|переформулир\w*",
    "ar": r"يعكس|تعكس|تلطيف|مراجعته|مراجعتها",
    "he": r"תשקף|ישקף|לרכך|לנסח\s+מחדש",
    "ja": r"ご一考|和らげて|表現を(?:見直|修正|変更)",
    "ko": r"완화|다시\s*살펴",
    "zh": r"反映(?:真实|真實|实际|實際)|调整一下|調整一下",
}  # fmt: skip
# What the buyer wrote stands for the review (``_WROTE``: "rethink the wording of what you wrote about us", "echarle
# otro vistazo a lo que publicó"), and a Brazilian "nota" (not the "nota fiscal", the invoice) and a Japanese "コメント"
# are reviews here.
_RECAST_REVIEW = {
    lang: rf"{_REVIEW[lang]}|{_WROTE[lang]}"
    + {"pt": r"|\bnota\b(?!\s+fiscal)", "ja": r"|コメント"}.get(lang, "")
    for lang in _RECAST
}
_RECAST_ANCHORS = {
    "en": "|wrote|posted|said|left", "de": "|geschrieben", "fr": "|écrit", "es": "|escribi", "it": "|scritto",
    "pt": "|escreveu|nota", "nl": "|geschreven|schreef|schreven", "pl": "|napisał", "sv": "|skrev", "tr": "|yazd",
    "ru": "|написали", "ar": "|كتبت", "he": "|שכתבת", "ja": "|書|投稿|コメント", "ko": "|작성|쓰신", "zh": "|写的|寫的",
}  # fmt: skip
_RECAST_CHANGE = family(
    "review.change",
    {lang: _ANCHORS[lang] + _RECAST_ANCHORS[lang] for lang in _RECAST},
    {
        lang: [near(_RECAST_REVIEW[lang], _RECAST[lang], 40)]
        + (
            [r"\bbring\s+(?:your|the|that)\s+(?:[\w-]+\s+)?(?:rating|review|feedback)\s+up\s+to\s+date\b"]
            if lang == "en"
            else []
        )
        for lang in _RECAST
    },
)
# … "it" softened right after the review was named ("Ihr Kommentar ist recht scharf formuliert. Könnten Sie ihn etwas
# abmildern?", "Pani komentarz … Czy mogłaby Pani go nieco złagodzić?").
_SOFTEN = {
    # not the seller's own ("helped us rewrite that page of the guide", batch Z)
    "en": r"(?<!us\s)(?<!we\s)\b(?:soften|tone\s+(?:it\s+)?down|rewrite|reword|rephrase)\b", "de": r"\b(?:abmildern|abzumildern|entschärfen)\b",
    "fr": r"\b(?:nuancer|adoucir|reformuler)\b", "es": r"\b(?:matizar\w*|suavizar\w*|reformular\w*)", "it": r"\b(?:ammorbidir\w*|riformular\w*)",
    "pt": r"\b(?:suavizar|reformular)\w*", "nl": r"\b(?:verzachten|herformuleren|nuanceren)\b", "pl": r"złagodzi\w*|przeformułow\w*",
    "sv": r"\b(?:mildra|omformulera)\b", "tr": r"yumuşat(?!ıcı)\w*", "ru": r"смягч\w*|переформулир\w*", "ar": r"تلطيف|تخفيف|مراجعته|مراجعتها", "he": r"לרכך|לנסח\s+מחדש",
    "ja": r"和らげ", "ko": r"완화", "zh": r"缓和|緩和|委婉",
}  # fmt: skip
_SOFTEN_IT_CHANGE = linked_family(
    "review.change",
    {
        "en": "soften|tone|rewrite|reword|rephrase",
        "de": "abmildern|abzumildern|entschärfen",
        "fr": "nuancer|adoucir|reformuler",
        "es": "matizar|suavizar|reformular",
        "it": "ammorbidir|riformular",
        "pt": "suavizar|reformular",
        "nl": "verzachten|herformuleren|nuanceren",
        "pl": "złagodzi|przeformułow",
        "sv": "mildra|omformulera",
        "tr": "yumuşat",
        "ru": "смягч|переформулир",
        "ar": "تلطيف|تخفيف|مراجعته|مراجعتها",
        "he": "לרכך|לנסח",
        "ja": "和らげ",
        "ko": "완화",
        "zh": "缓和|緩和|委婉",
    },
    {lang: [_SOFTEN[lang]] for lang in _SOFTEN},
    {lang: rf"(?:{_REVIEW[lang]})" for lang in _SOFTEN},
)

# ------------------------------------------------------------------ 9. asked to change it, the review named nearby

# A polite ask to change, edit, remove or correct something, where the buyer's review is named in that sentence or
# the one before ("Could you please change the 2 stars to better rating?", "la sua recensione parla ancora del pacco
# perso. … sarebbe possibile toglierla o correggerla?", "¿Podrías editarla para que quede al día?": batch R). The
# review must be the buyer's (a possessive or a demonstrative): "reviews mention the filter — could you change it"
# asks nothing about a review.
_ASKING = {
    "en": r"\b(?:please|kindly|could\s+you|would\s+you|would\s+you\s+be\s+so\s+kind\s+as\s+to|we\s+(?:must\s+)?insist\s+(?:that\s+you|on\s+you)|may\s+we\s+ask\s+you\s+to|would\s+it\s+be\s+possible\s+to|would\s+you\s+mind|feel\s+free\s+to)\b|"
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+){0,2}?welcome\s+to\b",
    "de": r"\b(?:bitte|wären\s+sie\s+so\s+(?:nett|freundlich)|wärst\s+du\s+so\s+nett|könnten\s+sie|würden\s+sie|könntest\s+du|würdest\s+du|bitten\s+(?:wir\s+)?sie|mögen\s+sie|möchten\s+sie)\b",
    "fr": r"\b(?:pourriez[-\s]vous|pouvez[-\s]vous|(?:je|nous)\s+vous\s+(?:prie|prions)\s+de|nous\s+insistons\s+pour\s+que|auriez[-\s]vous\s+l'amabilité\s+de|merci\s+de|veuillez|serait[-\s]il\s+possible\s+de|pourrais[-\s]tu|ça\s+nous\s+aiderait|"
    r"auriez[-\s]vous\s+la\s+gentillesse|ce\s+serait\s+possible\s+de|est-ce\s+que\s+(?:tu|vous)\s+(?:pourrais|pourriez|peux|pouvez))\b",
    "es": r"\b(?:podr[ií]as?|consider(?:ara|ase|ar[ií]a)|le\s+rogamos|te\s+rogamos|ser[ií]as?\s+tan\s+amable\s+de|te\s+importar[ií]a|le\s+importar[ií]a|por\s+favor|ser[ií]a\s+posible|le\s+pedimos|te\s+pedimos|ser[ií]a\s+(?:mucha\s+)?molestia)\b",
    "it": r"\b(?:potrebbe|considerasse|(?:le|ti)\s+andrebbe\s+di|(?:le|ti)\s+va\s+di|sarebbe\s+(?:così\s+)?gentile\s+da|saresti\s+(?:così\s+)?gentile\s+da|(?:la|ti)\s+prego\s+di|la\s+preghiamo\s+di|potresti|per\s+favore|sarebbe\s+possibile|le\s+chiediamo|ti\s+chiediamo)\b",
    "pt": r"\b(?:poderia|voc[êe]\s+pode|seria\s+poss[íi]vel|considera(?:sse|ria|r)|por\s+favor|pedimos|d[áa]\s+pra|daria\s+pra|ser[áa]\s+que\s+(?:d[áa]|voc[êe]\s+pode|voc[êe]\s+(?:n[ãa]o\s+)?consegue)|pede(?:m)?\s+que|agradec[ií]amos\s+que|agradecemos\s+que)\b",
}  # fmt: skip
_CHANGE_IT = {
    "en": r"\b(?:change|edit|update|remove|delete|correct|modify|adjust|revise|amend|withdraw|take\s+(?:it\s+)?down|retract|reconsider)\b",
    "de": r"\b(?:ändern|abändern|anpassen|anzupassen|aktualisieren|entfernen|löschen|korrigieren|zurückziehen|zurückzunehmen|update|"
    r"überarbeiten|überdenken|ergänzen|revidieren)\b",
    # the subjunctive of the request too: "que vous mettiez à jour vos étoiles", "que você edite aquela avaliação" (batch AC)
    "fr": r"\b(?:modifier|changer|retirer|supprimer|corriger|mettre\s+à\s+jour|actualiser|enlever|mettiez\s+à\s+jour|modifiiez|"
    r"changiez|retiriez|supprimiez|revoir|réviser|reconsidérer|remplacer)\b",
    "es": r"\b(?:cambiar\w*|editar\w*|modificar\w*|actualizar\w*|borrar\w*|eliminar\w*|quitar\w*|corregir\w*|retirar\w*|borrara|quitara|"
    r"cambie\w*|edite\w*|modifique\w*|actualice\w*|borre\w*|elimine\w*|quite\w*|corrija\w*|retire\w*|reconsider\w*|"
    r"cambiara|modificara|editara|actualizara|eliminara)\b",
    "it": r"\b(?:cambiar\w*|modificar\w*|aggiornar\w*|rimuover\w*|cancellar\w*|toglier\w*|corregger\w*|ritirar\w*|eliminar\w*|modifica|"
    r"modifichi|aggiorni|rimuova|cancelli|tolga|corregga|riveda|rivedere|riconsider\w*|aggiorna|cambia|toglie|rimuove|cancella|elimina)\b",
    # (the infinitive before an enclitic pronoun too: "considerasse alterá-la")
    "pt": r"\b(?:mudar|alterar|editar|atualizar|remover|apagar|tirar|excluir|corrigir|retirar|alterá|editá|mudá|atualizá|apagá|removê|"
    r"edite|mude|altere|atualize|remova|apague|"
    r"tire|exclua|corrija|retire|revisar|revisada|rever|reveja|reconsider\w*|revisse|revisasse|alterasse|apagasse|removesse|"
    r"editasse|mudasse|tira|apaga|muda|altera|edita|exclui|atualizada|mexida)\b",
}  # fmt: skip
_CHANGE_IT_ANCHORS = {
    "en": "change|edit|update|remove|delete|correct|modify|adjust|revise|amend|withdraw|take|retract|reconsider",
    "de": "ändern|abändern|anpassen|anzupassen|aktualisieren|entfernen|löschen|korrigieren|zurückziehen|zurückzunehmen|update|"
    "überarbeiten|überdenken|ergänzen|revidieren",
    "fr": "modifier|changer|retirer|supprimer|corriger|mettre|actualiser|enlever|mettiez|modifiiez|changiez|retiriez|supprimiez|"
    "revoir|réviser|reconsidérer|remplacer",
    "es": "cambiar|editar|modificar|actualizar|borrar|eliminar|quitar|corregir|retirar|borrara|quitara|cambie|edite|modifique|"
    "actualice|borre|elimine|quite|corrija|retire|reconsider",
    "it": "cambiar|modificar|aggiornar|rimuover|cancellar|toglier|corregger|ritirar|eliminar|modifica|modifichi|aggiorni|rimuova|"
    "cancelli|tolga|corregga|riveda|rivedere|riconsider|aggiorna|cambia|toglie|rimuove|cancella|elimina",
    "pt": "mudar|alterar|editar|atualizar|remover|apagar|tirar|excluir|corrigir|retirar|alterá|editá|mudá|atualizá|apagá|removê|"
    "edite|mude|altere|atualize|remova|apague|"
    "tire|exclua|corrija|retire|revisar|revisada|rever|reveja|reconsider|revisse|revisasse|alterasse|apagasse|removesse|"
    "editasse|mudasse|tira|apaga|muda|altera|edita|exclui|atualizada|mexida",
}  # fmt: skip
_THE_REVIEW = {
    "en": r"\b(?:your|the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|feedback|ratings?|stars?|comments?)\b",
    # compounds too: "Ihre negative Produktbewertung" (batch AC)
    "de": r"\b(?:ihre?[nr]?|deine?[nr]?|die|diese|das)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:bewertung|rezension|verkäuferfeedback|feedback|sterne|kommentar)",
    "fr": r"\b(?:votre|vos|ton|ta|tes|cet|cette|l')\s*(?:\w+\s+)?(?:avis|évaluation|note|commentaire|étoiles)\b",
    "es": r"\b(?:su|tu|sus|tus|esa|esta|la|el)\s+(?:\w+\s+)?(?:reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n|comentario|estrellas|estrellitas)\b",
    "it": r"\b(?:sua|tua|sue|tue|la|il|le|quella|quel|questa)\s+(?:\w+\s+)?(?:recensione|valutazione|feedback|commento|stelle|stelline)\b",
    "pt": r"\b(?:sua|tua|suas|aquela|naquela|essa|esta|a|as|o|os|esse|este|aquele|seu|teu)\s+(?:\w+\s+)?(?:avalia[çc][ãa]o|opini[ãa]o|coment[áa]rio|nota|estrelas|classifica[çc][ãa]o)\b(?!\s+fiscal)",
}  # fmt: skip
# Not a thing taken out of a box or off a charger ("Please remove it from the box"), nor "update us".
_NOT_A_THING = {
    # … nor the buyer's address, payment or app settings ("please update your shipping address", batch AC)
    "en": r"(?!\s+(?:\w+\s+)?(?:from|off|out\s+of)\b)(?!\s+(?:us|me)\b)"
    r"(?!\s+(?:your|the)\s+(?:\w+\s+)?(?:address|payment|card|details|app|firmware|software|drivers?|settings|account|password)\b)",
    "de": r"(?!\s+(?:\w+\s+)?(?:aus|von|vom)\b)", "fr": r"(?!\s+(?:\w+\s+)?(?:du|de\s+la|des)\b)",
    "es": r"(?!\s+(?:\w+\s+)?(?:del|de\s+la)\b)", "it": r"(?!\s+(?:\w+\s+)?(?:dal|dalla|dai|dalle)\b)",
    "pt": r"(?!\s+(?:\w+\s+)?(?:do|da|dos|das)\b)",
}  # fmt: skip
_CHANGE_A_REVIEW = {lang: _CHANGE_IT[lang] + _NOT_A_THING[lang] for lang in _ASKING}
# Gratitude before the ask makes the review one given, and the "it" a thing ("Thanks for your review. Please remove
# it from the box"); a review word naming a form field is none ("the comment field was empty").
_ASKED_CHANGE = linked_family(
    "review.change",
    _CHANGE_IT_ANCHORS,
    {lang: [_chain(_ASKING[lang], _CHANGE_A_REVIEW[lang], gap=60)] for lang in _ASKING},
    {
        lang: _THE_REVIEW[lang] + r"(?!\s+(?:field|box|section|form|feld|champ|campo|veld))"
        for lang in _ASKING
    },
    after=True,
    unless={lang: THANKS_BEFORE[lang] for lang in _ASKING},
)
# … or named between the ask and the verb ("bitten wir Sie höflich, das negative Verkäuferfeedback zu entfernen").
_ASKED_CHANGE_INSIDE = family(
    "review.change",
    _CHANGE_IT_ANCHORS,
    {lang: [_chain(_ASKING[lang], _THE_REVIEW[lang], _CHANGE_A_REVIEW[lang], gap=50)] for lang in _ASKING},
)

# ------------------------------------------------------------------ 9b. the review made to show how it turned out

# "we'd be grateful if what you wrote on the product page reflected how things turned out", "wenn Ihre Rezension auch
# den aktuellen Stand wiedergeben würde", "ce serait bien que l'avis corresponde à la situation actuelle", "הביקורת
# שכתבת תשקף את המצב הנוכחי", "후기에도 지금 상황을 반영해 주시면": a wish that the review (or what the buyer wrote)
# show the current state — a change asked without a verb of changing (blind batch V, round 19). The review, a verb of
# showing and the current state, in that order, in one sentence after a wish; Japanese, Korean and Chinese carry the
# request in the verb.
_SHOW = {
    "en": r"\b(?:reflect|show|match|tell|mention|say|includ|describ|correspond)\w*",
    "de": r"widerspiegel\w*|\bspiegel\w*|\bwiedergeb\w*|\bwiedergäbe|\bzeig\w*|\bentspr\w*|\berwähn\w*|\bbeschreib\w*|\berzähl\w*|\babbild\w*",
    "fr": r"\brefl[eéè]t\w*|\bmontr\w*|\bcorrespond\w*|\bmentionn\w*|\bindiqu\w*|\braconte\w*|\bdécri\w*|\btienne\s+compte",
    "es": r"\brefle[jx]\w*|\bmuestr\w*|\bmostr\w*|\bcont(?:ara|ase|ar|ará)\b|\bcuent\w*|\bcorrespond\w*|\bmencion\w*|\brecog\w*|\bdiga\b|\bdijera\b",
    "it": r"\briflett\w*|\brispecchi\w*|\bmostr\w*|\braccont\w*|\bcorrispond\w*|\bmenzion\w*|\bdicesse\b|\bdica\b|\btenesse\s+conto|\bdescriv\w*",
    "pt": r"\breflit\w*|\breflet\w*|\bmostr\w*|\bcontar\b|\bcontasse\b|\bcorrespond\w*|\bmencion\w*|\bdissesse\b|\bretrat\w*|\bdescrev\w*",
    "nl": r"\bweerspiegel\w*|\bweerg(?:even|eeft|af)\b|\blaten\s+zien|\blaat\s+zien|\btoon\w*|\bvermeld\w*|\bbeschrij\w*|\bklopt|\bkloppen|\bovereenkom\w*|\bbeeld\s+(?:geeft|geven|gaf)",
    "pl": r"\bodzwierciedl\w*|\boddaw\w*|\boddaje\b|\boddać\b|\bpokazyw\w*|\bpokazuje\b|\bpokazać\b|\bopisyw\w*|\buwzględnia\w*|\bwspomina\w*",
    "sv": r"\bspegla\w*|\bvisa\w*|\båterge\w*|\bbeskriv\w*|\bnämn\w*|\bstämm\w*|\bstämde\b",
    "tr": r"yansıt\w*|göster\w*|belirt\w*|bahsed\w*|anlat\w*|uygun|uyma\w*",
    "ru": r"отража\w*|отразил\w*|отразить|показыва\w*|показал\w*|соответствова\w*|соответствует|упомина\w*|рассказыва\w*|описыва\w*",
    "ar": r"يعكس|تعكس|يظهر|يظهر|تظهر|يوضح|توضح|يتوافق|يطابق|يذكر|تذكر",
    "he": r"ישקף|תשקף|משקף|משקפת|יראה|תראה|תציג|יציג|יתאר|תתאר|יתאים|תתאים|יזכיר|תזכיר",
}  # fmt: skip
_NOW = {
    # ("… if your rating could match your experience now": stop 41)
    "en": r"\byour\s+experience\s+now\b|\bhow\s+(?:things|it|everything|this|the\s+\w+)\s+(?:turned\s+out|ended\s+up|worked\s+out|(?:was|got|were)\s+(?:resolved|solved|sorted|fixed|handled))|"
    r"\b(?:current|present|latest|actual|updated)\s+(?:situation|state|status|experience)|\bwhere\s+things\s+(?:stand|ended\s+up)|\bhappy\s+ending|"
    r"\bthe\s+(?:rest\s+of\s+the|full|whole)\s+story\b",
    "de": r"\b(?:aktuellen|jetzigen|neuesten|heutigen)\s+(?:stand|sachstand|zustand|situation)|\bstand\s+der\s+dinge|"
    r"\bwie\s+(?:es|alles|das|die\s+sache)\s+(?:\w+\s+)?(?:ausgegangen|gelöst|geklärt|behoben)|\bdie\s+lösung\b",
    "fr": r"\bsituation\s+(?:actuelle|présente)|\bl'état\s+actuel|\bcomment\s+(?:les\s+choses|tout|cela|ça|le\s+problème)\s+"
    r"(?:s'est|se\s+sont|a\s+été|ont\s+été)\s+(?:\w+\s+)?(?:résolu\w*|terminé\w*|réglé\w*|fini\w*|passé\w*)|\bla\s+(?:solution|résolution)\b",
    "es": r"\bsituaci[oó]n\s+actual|\bc[oó]mo\s+(?:se\s+)?(?:resolvi[oó]|solucion[oó]|termin[oó]|acab[oó]|qued[oó])|\bla\s+soluci[oó]n\b|\bestado\s+actual",
    "it": r"\bsituazione\s+attuale|\bcome\s+(?:è|e')\s+(?:stat[oa]|andat[oa]|finit[oa])|\bcome\s+(?:si\s+)?(?:è\s+)?(?:risolt\w*|conclus\w*)|"
    r"\bla\s+soluzione\b|\b(?:rispecchiar|rifletter|raccontar)(?:lo|la)\b",
    "pt": r"\bsitua[çc][ãa]o\s+atual|\bcomo\s+(?:o\s+caso|tudo|isso|o\s+problema)\s+(?:foi|ficou)\s+(?:resolvid\w*|solucionad\w*)|"
    r"\bcomo\s+(?:foi\s+)?resolvid\w*|\ba\s+solu[çc][ãa]o\b|\bestado\s+atual",
    "nl": r"\bhuidige\s+(?:situatie|stand)|\bhoe\s+(?:we\s+|wij\s+)?(?:het|alles)\s+(?:is\s+|hebben\s+)?(?:afgelopen|opgelost|afgehandeld)|\bde\s+oplossing\b",
    "pl": r"\b(?:obecn|aktualn)\w*\s+(?:sytuacj|stan)\w*|\bjak\s+(?:sprawa|wszystko|to)\s+(?:się\s+)?(?:zakończył|rozwiązał|skończył)\w*|\brozwiązanie\b",
    "sv": r"\b(?:aktuella|nuvarande)\s+(?:läget|situationen)|\bhur\s+(?:det|allt)\s+(?:\w+\s+)?(?:löste\s+sig|slutade|gick)|\blösningen\b",
    "tr": r"(?:son|güncel|mevcut|şimdiki)\s+durum\w*|nasıl\s+çözüldüğ\w*|çözüm\w*|yaşananlar\w*|olanlar\w*",
    "ru": r"(?:нынешн|текущ|актуальн)\w*\s+(?:ситуаци|положени|состояни)\w*|действительност\w*|"
    r"как\s+(?:всё|все|вопрос|проблема)\s+(?:\w+\s+)?(?:решил|разрешил|закончил)\w*|\bэто\b",
    "ar": r"الوضع\s+الحالي|الحالة\s+الحالية|كيف\s+(?:تم\s+)?(?:حل|انتهت|انحلت)|الحل",
    "he": r"המצב\s+(?:הנוכחי|העדכני|הקיים)|איך\s+(?:הכול|הכל|הבעיה|זה)\s+(?:נפתר|הסתיי|הסתדר)\w*|הפתרון",
    "ja": r"(?:現在|現状|今|最新)の(?:状況|状態)|現状|解決(?:した|された)?(?:こと|経緯|内容)|対応(?:内容|結果)",
    "ko": r"(?:지금|현재|최신)(?:의)?\s*(?:상황|상태)|(?:해결된|바뀐)\s*(?:상황|내용|점)|(?:해결|처리)\s*(?:과정|결과)|실제\s*상황",
    "zh": r"(?:现在|現在|目前|当前|當前|最新)的?(?:情况|情況|状况|狀況|状态|狀態)|(?:解决|解決|处理|處理)(?:的)?(?:结果|結果|过程|過程|情况|情況)",
}  # fmt: skip
_NOW_ANCHORS = {
    "en": "turned out|ended up|worked out|resolved|solved|sorted|fixed|handled|situation|state|status|experience|stand|happy ending|story",
    "de": "stand|zustand|situation|ausgegangen|gelöst|geklärt|behoben|lösung",
    "fr": "situation|état actuel|résolu|terminé|réglé|fini|passé|solution|résolution",
    "es": "situación|situacion|resolvió|resolvio|solucionó|soluciono|terminó|termino|acabó|acabo|quedó|quedo|solución|solucion|estado actual",
    "it": "situazione|stato|stata|andato|andata|finito|finita|risolt|conclus|soluzione|rispecchiar|rifletter|raccontar",
    "pt": "situação|situacao|resolvid|solucionad|solução|solucao|estado atual",
    "nl": "huidige|afgelopen|opgelost|afgehandeld|oplossing", "pl": "sytuacj|stan|zakończył|rozwiązał|skończył|rozwiązanie",
    "sv": "läget|situationen|löste|slutade|gick|lösningen", "tr": "durum|çözüldü|çözüm|yaşananlar|olanlar",
    "ru": "ситуаци|положени|состояни|действительност|решил|разрешил|закончил|это",
    "ar": "الوضع الحالي|الحالة الحالية|حل|انتهت|انحلت", "he": "המצב|נפתר|הסתיי|הסתדר|הפתרון",
    "ja": "状況|状態|現状|経緯|内容|結果", "ko": "상황|상태|내용|점|과정|결과", "zh": "情况|情況|状况|狀況|状态|狀態|结果|結果|过程|過程",
}  # fmt: skip
# The wish before it: WISH of :mod:`._phrases_intl`, with the words of gratitude and the conditionals these
# sentences use ("grateful if", "gdyby", "bizi mutlu eder", "мог бы", "لو").
_WISH_NOW = {
    lang: f"{WISH[lang]}|{extra}"
    for lang, extra in {
        "en": r"\b(?:grateful|appreciate)\b|'d\b", "de": r"\b(?:könnte\w*|schön|dankbar)\b",
        "fr": r"\b(?:pourrait|bien\s+que)\b", "es": r"\b(?:gustar[ií]a|agradecer[ií]amos)\b", "it": r"\bgrati\b",
        "pt": r"\bpudesse\b", "nl": r"\b(?:zouden|fijn)\b", "pl": r"\b(?:gdyby|bylibyśmy)\b", "sv": r"\btacksamma\b",
        "tr": r"rica|mutlu\s+eder|memnun\s+oluruz|iyi\s+olur", "ru": r"мог\w*\s+бы|было\s+бы|здорово",
        "ar": r"لو|ممتنين|نتمنى", "he": r"(?!)",
    }.items()
}  # fmt: skip
_NOW_REQUEST = {
    "ja": r"(?:反映|合わせ|書き加え|追記|お書き添え|含め|触れ)\S{0,10}?(?:いただけ|頂け|ください|下さい|幸い|嬉しい|お願い)",
    "ko": r"(?:반영|맞도록|맞게|보여|담아|적어|언급)\S{0,6}\s*(?:주시면|주세요|주실|주십|해\s*주|바랍|좋겠|감사)",
    "zh": r"(?:体现|體現|反映|说明|說明|写上|寫上|补充|補充|提到|更新)",
}  # fmt: skip
_ZH_WISH = r"(?:能|希望|如果|麻烦|麻煩|请|請|可否|是否|感激|感谢|感謝)"
# The state named by a pronoun: "se la sua recensione potesse rispecchiarlo", "ваш отзыв тоже мог бы это отражать",
# "als uw recensie dat ook laat zien".
_SHOWN_IT = {
    "en": r"\b(?:reflect|show)(?:s|ed)?\s+(?:that|it|this)\b", "de": r"\bdas\s+(?:\w+\s+)?(?:widerspiegel|zeig|wiedergeb)\w*",
    "fr": r"\ble\s+(?:refléter|montrer)\b", "es": r"\b(?:reflejarlo|mostrarlo|contarlo)\b",
    "it": r"\b(?:rispecchiar|rifletter|raccontar|mostrar)(?:lo|la)\b", "pt": r"\b(?:refleti-lo|mostrá-lo|mostra-lo|contá-lo)\b",
    "nl": r"\bdat\s+(?:\w+\s+)?(?:laat\s+zien|weerspiegel\w*|toont)", "pl": r"\bto\s+(?:\w+\s+)?(?:odzwierciedl|pokazyw|oddaw)\w*",
    "sv": r"\bdet\s+(?:\w+\s+)?(?:speglar|visar|återger)\b", "ru": r"это\s+(?:\S+\s+)?отража\w*|отража\w*\s+это",
    "ar": r"(?:يعكس|تعكس)\s+ذلك", "he": r"(?:ישקף|תשקף)\s+(?:את\s+)?זה", "tr": r"bunu\s+yansıt\w*",
}  # fmt: skip


def _shows_now(lang: str) -> str:
    review = f"(?:{_REVIEW[lang]}|{_WROTE[lang]})"
    if lang in _NOW_REQUEST:
        pattern = _chain(review, _NOW[lang], _NOW_REQUEST[lang], gap=40)
        if lang == "zh":  # "评论也能体现现在的情况": the verb before the state, a wish before the verb
            pattern = _chain(review, _ZH_WISH, _NOW_REQUEST["zh"], _NOW["zh"], gap=20)
        return pattern
    # the match ends at the verb (the state is looked ahead): "… was resolved" inside it would read as a change
    # told as a past fact
    shown = rf"(?:{_SHOW[lang]})(?={_SENT}{{0,60}}?(?:{_NOW[lang]}))|{_SHOWN_IT[lang]}"
    if lang in ("de", "nl"):  # the verb last: "wenn Ihre Bewertung den jetzigen Stand zeigen würde"
        shown = rf"(?:{_NOW[lang]}){_SENT}{{0,60}}?(?:{_SHOW[lang]})|{shown}"
    if lang == "tr":  # the wish last: "yorumunuzun da bu son durumu yansıtması bizi çok mutlu eder"
        return _chain(review, _NOW["tr"], _SHOW["tr"], _WISH_NOW["tr"], gap=40)
    # the wish before the review or after it ("ваш отзыв тоже мог бы это отражать", "your review would reflect that")
    return (
        rf"{_chain(_WISH_NOW[lang], review, shown, gap=60)}|{_chain(review, _WISH_NOW[lang], shown, gap=30)}"
    )


# "we hope you could give us a new chance in your review", "ge oss en ny chans i ditt omdöme" (batch V): another
# chance asked for in the review is its change.
_CHANCE = {
    "en": r"\b(?:another|a\s+second|a\s+new|one\s+more)\s+chance\b", "de": r"\b(?:zweite|neue|weitere)\s+chance\b",
    "fr": r"\b(?:seconde|deuxième|nouvelle|autre)\s+chance\b", "es": r"\b(?:segunda|nueva|otra)\s+oportunidad\b",
    "it": r"\b(?:seconda|nuova|altra)\s+(?:possibilità|occasione|chance)\b", "pt": r"\b(?:segunda|nova|outra)\s+(?:chance|oportunidade)\b",
    "nl": r"\b(?:tweede|nieuwe)\s+kans\b", "pl": r"\b(?:drugą|nową|kolejną)\s+szansę\b", "sv": r"\b(?:ny|andra)\s+chans\b",
    "tr": r"(?:ikinci|yeni)\s+(?:bir\s+)?şans", "ru": r"(?:второй|новый|ещё\s+один|еще\s+один)\s+шанс",
    "ar": r"فرصة\s+(?:ثانية|أخرى|جديدة)", "he": r"הזדמנות\s+(?:שנייה|נוספת|חדשה)", "ja": r"もう一度(?:チャンス|機会)",
    "ko": r"(?:한\s*번\s*더|다시\s*한\s*번)\s*기회", "zh": r"(?:再|重新)(?:给|給)(?:我们|我們)?一次(?:机会|機會)",
}  # fmt: skip
_CHANCE_ANCHORS = {
    "en": "chance", "de": "chance", "fr": "chance", "es": "oportunidad", "it": "possibilità|occasione|chance", "pt": "chance|oportunidade",
    "nl": "kans", "pl": "szansę", "sv": "chans", "tr": "şans", "ru": "шанс", "ar": "فرصة", "he": "הזדמנות", "ja": "チャンス|機会",
    "ko": "기회", "zh": "机会|機會",
}  # fmt: skip
_CHANCE_CHANGE = family(
    "review.change",
    _CHANCE_ANCHORS,
    {
        lang: [
            near(_CHANCE[lang], _REVIEW[lang], 50)
            if lang in ("ja", "ko", "zh")
            else _chain(_WISH_NOW[lang], near(_CHANCE[lang], _REVIEW[lang], 50), gap=60)
        ]
        for lang in _LANGS
    },
)
_SHOWN_IT_ANCHORS = {
    "en": "reflect|show", "de": "widerspiegel|zeig|wiedergeb", "fr": "refléter|montrer", "es": "reflejarlo|mostrarlo|contarlo",
    "it": "rispecchiar|rifletter|raccontar|mostrar", "pt": "refleti-lo|mostrá-lo|mostra-lo|contá-lo", "nl": "laat zien|weerspiegel|toont",
    "pl": "odzwierciedl|pokazyw|oddaw", "sv": "speglar|visar|återger", "ru": "отража", "ar": "يعكس|تعكس", "he": "ישקף|תשקף",
    "tr": "yansıt",
}  # fmt: skip
_SHOWS_NOW_CHANGE = family(
    "review.change",
    {
        lang: _NOW_ANCHORS[lang] + ("|" + _SHOWN_IT_ANCHORS[lang] if lang in _SHOWN_IT_ANCHORS else "")
        for lang in _LANGS
    },
    {lang: [_shows_now(lang)] for lang in _LANGS},
)

# ------------------------------------------------------------------ 10. a request made before, about the review

# "We sent you a note last week about leaving a review", "wir hatten Sie vor ein paar Tagen um eine Bewertung
# gebeten", "ti avevamo chiesto una recensione qualche giorno fa", "כתבנו לך כבר בשבוע שעבר לגבי ביקורת": the seller
# recalls its earlier contact about the review (a verb of writing or asking, in the past, and a moment gone by) in
# the sentence that names the review. Saying so in a message about the review *is* the repeated request (batch S).
_WE_ASKED = {
    "en": r"\b(?:we|i)\s+(?:had\s+|have\s+)?(?:already\s+)?(?:asked|wrote\s+to|written\s+to|sent|messaged|e-?mailed|reminded|contacted|reached\s+out\s+to|dropped)\s+you\b",
    "de": r"\b(?:haben|hatten)\s+(?:wir\s+)?(?:sie|ihnen|dich|dir|euch)\s+(?:\w+\s+){0,4}?(?:gefragt|geschrieben|gebeten|erinnert|kontaktiert|angeschrieben)\b|\bschrieben\s+(?:wir\s+)?(?:ihnen|dir)\b",
    "fr": r"\b(?:nous\s+vous\s+avons|on\s+vous\s+a|je\s+vous\s+ai|nous\s+t'avons|on\s+t'a)\s+(?:déjà\s+)?(?:écrit|demandé|envoyé|relancé|contacté|sollicité)",
    "es": r"\b(?:le|te|les)\s+(?:escribimos|pedimos|enviamos|mandamos|recordamos|contactamos|solicitamos)\b|\b(?:le|te)\s+(?:hemos|hab[ií]amos)\s+(?:escrito|pedido|enviado|mandado|recordado|contactado)\b",
    "it": r"\b(?:ti|le|vi)\s+(?:abbiamo|avevamo)\s+(?:già\s+)?(?:scritto|chiesto|mandato|inviato|ricordato|contattat\w)\b",
    "pt": r"\b(?:te|lhe|j[áa])\s+(?:j[áa]\s+)?(?:escrevemos|pedimos|mandamos|enviamos|lembramos|contatamos|solicitamos)\b",
    "nl": r"\b(?:we|wij)\s+(?:hebben|hadden)\s+(?:je|u|jou)\s+(?:\w+\s+){0,4}?(?:gevraagd|geschreven|gestuurd|herinnerd|gemaild|benaderd)\b|\b(?:we|wij)\s+(?:vroegen|schreven|stuurden|mailden)\b",
    "pl": r"\b(?:pisaliśmy|prosiliśmy|przypominaliśmy|pytaliśmy|kontaktowaliśmy)\b",  # not "wysłaliśmy": the refund, the parcel
    "sv": r"\bvi\s+(?:har\s+|hade\s+)?(?:nu\s+|redan\s+)?(?:skrev|skrivit|mejlade|mejlat|skickade|skickat)\s+(?:till\s+)?(?:dig|er)\b|\bvi\s+(?:har\s+|hade\s+)?(?:nu\s+|redan\s+)?(?:frågade|frågat|bad|bett|påminde|påmint)\s+(?:dig|er)\b",
    "tr": r"(?:size\s+)?(?:yazmıştık|sormuştuk|hatırlatmıştık)|(?:sizden\s+)?(?:istemiştik|rica\s+etmiştik)|size\s+(?:yazdık|mesaj\s+attık|sorduk)",
    "ru": r"(?:писали|напоминали|обращались)\s+(?:вам|к\s+вам|тебе)|(?:просили|спрашивали)\s+(?:вас|тебя)|(?:вам|вас)\s+(?:уже\s+)?(?:писали|просили|напоминали|спрашивали)",
    "ar": r"(?:راسلناك|كتبنا\s+لك|طلبنا\s+منك|ذكرناك|ذكرناك|أرسلنا\s+لك|تواصلنا\s+معك)",
    "he": r"(?:כתבנו\s+(?:לך|לכם)|ביקשנו\s+(?:ממך|מכם)|הזכרנו\s+(?:לך|לכם)|פנינו\s+(?:אליך|אליכם)|שלחנו\s+(?:לך|לכם))",
    "ja": r"(?:ご連絡(?:いた)?し|お願い(?:いた)?し|メッセージを?(?:お送り|送)り?し)ました",
    "ko": r"(?:연락|부탁|말씀)\S{0,6}(?:렸|했)",
    "zh": r"(?:联系过您|聯繫過您|联系过你|提醒过您|提醒過您|提醒过你|请过您|請過您|给您发过消息|給您發過消息|给您留言|給您留言)",
}  # fmt: skip
_GONE_BY = {
    "en": r"\blast\s+(?:week|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:a\s+few|a\s+couple\s+of|two|three|several|\d+)\s+(?:days|weeks)\s+ago\b|\byesterday\b|\bearlier\b|\bbefore\b|\balready\b|\bpreviously\b|\bthe\s+other\s+day\b|\brecently\b|\bafter\s+delivery\b",
    "de": r"\bletzte\s+woche\b|\bletzten\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)\b|\bvor\s+(?:ein\s+paar|einigen|zwei|drei|\d+)\s+(?:tagen|wochen)\b|\bvorige\s+woche\b|\bgestern\b|\bbereits\b|\bschon\b|\bneulich\b|\bkürzlich\b",
    "fr": r"\bla\s+semaine\s+dernière\b|\bil\s+y\s+a\s+(?:quelques|deux|trois|\d+)\s+jours\b|\bhier\b|\bdéjà\b|\brécemment\b|\bl'autre\s+jour\b",
    # not "ya" / "antes": "le pedimos" is also the present ("le pedimos que edite su comentario, ya resolvimos …")
    "es": r"\bla\s+semana\s+pasada\b|\bhace\s+(?:unos|algunos|dos|tres|\d+)\s+d[ií]as\b|\bayer\b|\bel\s+otro\s+d[ií]a\b|\bel\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes)\s+pasado\b",
    "it": r"\bla\s+settimana\s+scorsa\b|\b(?:qualche|alcuni|due|tre|\d+)\s+giorn[oi]\s+fa\b|\bieri\b|\bgià\b|\bl'altro\s+giorno\b",
    "pt": r"\b(?:na\s+)?semana\s+passada\b|\bh[áa]\s+(?:alguns|uns|dois|tr[êe]s|\d+)\s+dias\b|\bontem\b|\bj[áa]\b|\boutro\s+dia\b",
    "nl": r"\bvorige\s+week\b|\bvorig\s+jaar\b|\b(?:een\s+paar|twee|drie|\d+)\s+dagen\s+geleden\b|\bgisteren\b|\bal\b|\beerder\b|\bonlangs\b",
    "pl": r"\bw\s+zeszłym\s+tygodniu\b|\bkilka\s+dni\s+temu\b|\b\d+\s+dni\s+temu\b|\bwczoraj\b|\bjuż\b|\bwcześniej\b|\bniedawno\b",
    "sv": r"\bförra\s+veckan\b|\bför\s+(?:några|ett\s+par|två|tre|\d+)\s+dagar\s+sedan\b|\bigår\b|\bredan\b|\btidigare\b|\bhärom\s*dagen\b",
    "tr": r"geçen\s+hafta|(?:birkaç|iki|üç|\d+)\s+gün\s+önce|dün|daha\s+önce|zaten|önceden",
    "ru": r"на\s+прошлой\s+неделе|(?:несколько|пару|два|три|\d+)\s+дн\S*\s+назад|вчера|уже|ранее|недавно",
    "ar": r"الأسبوع\s+الماضي|قبل\s+(?:أيام|يومين|أسبوع)|منذ\s+(?:أيام|أسبوع)|أمس|سابقا|سابقا|من\s+قبل",
    "he": r"בשבוע\s+שעבר|לפני\s+(?:כמה|יומיים|שבוע|\d+)|אתמול|כבר|בעבר",
    "ja": r"先週|先日|以前|前回|数日前|昨日|既に|すでに",
    "ko": r"지난주|며칠\s*전|전에|이전에|어제|이미|지난번",
    "zh": r"上周|上星期|前几天|前幾天|之前|上次|昨天|已经|已經",
}  # fmt: skip
# German and Dutch put the moment between the auxiliary and the participle ("wir hatten Sie letzte Woche gebeten",
# "we hebben je vorige week al gevraagd"): there the moment is looked for inside the verb group.
_VERB_GROUP = {
    "de": (r"\b(?:haben|hatten)\s+(?:wir\s+)?(?:sie|ihnen|dich|dir|euch)\s+", r"(?:gefragt|geschrieben|gebeten|erinnert|kontaktiert|angeschrieben)\b"),
    "nl": (r"\b(?:we|wij)\s+(?:hebben|hadden)\s+(?:je|u|jou)\s+", r"(?:gevraagd|geschreven|gestuurd|herinnerd|gemaild|benaderd)\b"),
}  # fmt: skip


def _prior_ask(lang: str) -> list[str]:
    asked, gone, review = _WE_ASKED[lang], _GONE_BY[lang], _REVIEW[lang]
    found = [
        near(_chain(asked, gone, gap=40), review, 80),
        _chain(asked, review, gone, gap=50),
        _chain(gone, asked, review, gap=40),
        _chain(review, gone, asked, gap=40),
        _chain(
            gone, review, asked, gap=40
        ),  # "先日レビューのお願いをご連絡しました", "Geçen hafta değerlendirme için yazmıştık"
    ]
    if lang in _VERB_GROUP:
        start, participle = _VERB_GROUP[lang]
        found.append(
            near(rf"{start}(?:\w+\s+){{0,3}}?(?:{gone})\s+(?:\w+\s+){{0,3}}?{participle}", review, 80)
        )
        # … and the review inside it too: "wir hatten Sie letzte Woche um eine Bewertung gebeten"
        found.append(
            rf"{start}(?:\w+\s+){{0,2}}?(?:{gone})\s+(?:\w+\s+){{0,3}}?(?:{review})[\w-]*\s+(?:\w+\s+){{0,3}}?{participle}"
        )
    return found


# Every match holds one of the verbs: rarer than the review words, so most messages naming a review skip the family.
_WE_ASKED_ANCHORS = {
    "en": "asked|wrote|written|sent|messaged|emailed|e-mailed|reminded|contacted|reached|dropped",
    "de": "gefragt|geschrieben|gebeten|erinnert|kontaktiert|angeschrieben|schrieben",
    "fr": "écrit|demandé|envoyé|relancé|contacté|sollicité",
    "es": "escribimos|pedimos|enviamos|mandamos|recordamos|contactamos|solicitamos|escrito|pedido|enviado|mandado|recordado|contactado",
    "it": "scritto|chiesto|mandato|inviato|ricordato|contattat",
    "pt": "escrevemos|pedimos|mandamos|enviamos|lembramos|contatamos|solicitamos",
    "nl": "gevraagd|geschreven|gestuurd|herinnerd|gemaild|benaderd|vroegen|schreven|stuurden|mailden",
    "pl": "pisaliśmy|prosiliśmy|przypominaliśmy|pytaliśmy|kontaktowaliśmy",
    "sv": "skrev|skrivit|mejlade|mejlat|skickade|skickat|frågade|frågat|bad|bett|påminde|påmint",
    "tr": "yazmıştık|sormuştuk|hatırlatmıştık|istemiştik|rica|yazdık|mesaj|sorduk",
    "ru": "писали|напоминали|обращались|просили|спрашивали",
    "ar": "راسلناك|كتبنا|طلبنا|ذكرناك|ذكرناك|أرسلنا|تواصلنا",
    "he": "כתבנו|ביקשנו|הזכרנו|פנינו|שלחנו",
    "ja": "ご連絡|お願い|メッセージ",
    "ko": "연락|부탁|말씀",
    "zh": "联系过|聯繫過|提醒过|提醒過|请过|請過|给您发过|給您發過|给您留言|給您留言",
}  # fmt: skip
_PRIOR_ASK = family("review.pressure", _WE_ASKED_ANCHORS, {lang: _prior_ask(lang) for lang in _LANGS})

# Round 21: the seller writing *again* — "this is already our third contact", "escrevemos de novo sobre a sua
# avaliação", "wir schreiben Ihnen erneut wegen Ihrer Bewertung", "пишем вам снова", "再度ご連絡" — beside the review
# (its sentence, the one before or the one after): a repeated review request, whatever the request's words
# (Amazon Communication Guidelines: no repeat review requests for one order, shared/platforms/amazon.md §5.1;
# AliExpress §8 harassment). The review word is the anchor; "writing again about your return" names none.
_WRITING_AGAIN = {
    "en": r"\bthis\s+is\s+(?:already\s+)?(?:our|my)\s+(?:second|third|fourth|fifth)\s+(?:contact|attempt|note|follow-?up|try)\b|"
    r"\b(?:writing|reaching\s+out|contacting\s+you|getting\s+in\s+touch)\s+(?:to\s+you\s+)?(?:again|once\s+again|one\s+more\s+time|a\s+(?:second|third)\s+time)\b|"
    r"\b(?:messaged|wrote\s+to|e-?mailed|contacted)\s+you\s+(?:yesterday|on\s+\w+day)\s+and\s+(?:the\s+day\s+before|again)\b",
    "de": r"\b(?:schreiben|wenden|melden)\s+(?:wir\s+)?(?:uns\s+)?(?:ihnen|dir|bei\s+ihnen|an\s+sie)?\s*(?:\w+\s+)?(?:erneut|nochmals|noch\s+einmal|wieder)\b|"
    r"\b(?:zweiter|dritter|vierter)\s+(?:kontakt|versuch)\b|\b(?:zweite|dritte|vierte)\s+kontaktaufnahme\b",
    "fr": r"\bvous\s+(?:r?écrivons|contactons|relançons)\s+(?:\w+\s+)?(?:à\s+nouveau|de\s+nouveau|encore)\b|\bvous\s+recontactons\b|"
    r"\b(?:deuxième|troisième|quatrième)\s+(?:contact|tentative|prise\s+de\s+contact)\b",
    "es": r"\b(?:le|te|les)\s+(?:escribimos|contactamos)\s+(?:\w+\s+)?(?:de\s+nuevo|otra\s+vez|nuevamente)\b|"
    r"\b(?:segundo|tercer|cuarto)\s+(?:contacto|intento)\b",
    "it": r"\b(?:le|ti|vi)\s+(?:scriviamo|contattiamo)\s+(?:\w+\s+)?(?:di\s+nuovo|ancora|nuovamente)\b|\b(?:la|ti|vi)\s+ricontattiamo\b|"
    r"\b(?:secondo|terzo|quarto)\s+(?:contatto|tentativo)\b",
    "pt": r"\b(?:escrevemos|contatamos|contactamos|mandamos\s+mensagem)\s+(?:\w+\s+){0,2}?(?:de\s+novo|novamente|outra\s+vez)\b|"
    r"\b(?:segundo|terceiro|quarto)\s+(?:contato|contacto|tentativa)\b|\bontem\s+e\s+anteontem\b",
    "nl": r"\b(?:schrijven|mailen|benaderen)\s+(?:u|je|jou)\s+(?:\w+\s+)?(?:opnieuw|nogmaals|weer)\b|\b(?:tweede|derde|vierde)\s+(?:contact|poging)\b",
    "pl": r"\b(?:piszemy|kontaktujemy\s+się)\s+(?:\w+\s+)?(?:ponownie|znowu|jeszcze\s+raz)\b|\b(?:drugi|trzeci|czwarty)\s+kontakt\b",
    "sv": r"\b(?:skriver|hör\s+av\s+oss|kontaktar\s+dig)\s+(?:\w+\s+)?(?:igen|återigen|en\s+gång\s+till)\b|\b(?:andra|tredje|fjärde)\s+(?:kontakten|försöket)\b",
    "tr": r"\b(?:tekrar|yeniden)\s+(?:yazıyoruz|ulaşıyoruz|iletişime\s+geçiyoruz)\b",
    "ru": r"пишем\s+(?:вам\s+)?(?:снова|ещ[её]\s+раз|повторно)|(?:второе|третье|четв[её]ртое)\s+(?:обращение|сообщение|письмо)",
    "ar": r"نكتب\s+(?:إليك|لك)\s+(?:مرة\s+أخرى|مجددا|مجددا|ثانية)|نتواصل\s+معك\s+(?:مرة\s+أخرى|مجددا|مجددا)",
    "he": r"כותבים\s+(?:לך|לכם)\s+(?:שוב|פעם\s+נוספת)|פונים\s+(?:אליך|אלייך)\s+(?:שוב|פעם\s+נוספת)",
    "ja": r"再度ご連絡|改めてご連絡|何度もご連絡",
    # (not "다시 연락드리지 않겠습니다": we will not write again, stop 31)
    "ko": r"다시\s*(?:연락|메시지)\s*드(?!리지\s*(?:는\s*)?않)|(?:두|세)\s*번째\s*연락",
    "zh": r"再次(?:联系|聯繫|打扰|打擾|给您写)|又来打扰|第[二三四]次(?:联系|聯繫|给您)",
}  # fmt: skip
# Anchored on the writing-again words, the review the context: a review-word anchor would run this family's context
# search on every message naming a review (measured: typical replies 5-8 % slower).
_WRITING_AGAIN_ANCHORS = {
    # the phrases' rarest words: an ordinal alone ("second", "zweite", "segundo", "번째") or "ご連絡" would open a window
    # in most number-dense replies ("the second parcel", "ご連絡ください"; measured: number-heavy text 9 % slower)
    "en": "second contact|third contact|fourth contact|fifth contact|second attempt|third attempt|"
    "second note|third note|second follow|third follow|second try|third try|writing again|writing to you again|"
    "writing once again|writing one more time|reaching out again|reaching out once again|reaching out to you again|"
    "contacting you again|contacting you once again|touch again|touch once again|a second time|a third time|"
    "the day before|and again",
    "de": "erneut|nochmals|noch einmal|wieder|kontaktaufnahme|zweiter kontakt|dritter kontakt|vierter kontakt|zweiter versuch|"
    "dritter versuch|vierter versuch",
    "fr": "écrivons|récrivons|contactons|relançons|recontactons|deuxième contact|troisième contact|quatrième contact|"
    "deuxième tentative|troisième tentative|quatrième tentative|deuxième prise|troisième prise|quatrième prise",
    "es": "escribimos|contactamos|segundo contacto|tercer contacto|cuarto contacto|segundo intento|tercer intento|cuarto intento",
    "it": "scriviamo|contattiamo|ricontattiamo|secondo contatto|terzo contatto|quarto contatto|secondo tentativo|"
    "terzo tentativo|quarto tentativo",
    "pt": "escrevemos|contatamos|contactamos|mandamos mensagem|anteontem|segundo contato|terceiro contato|quarto contato|"
    "segundo contacto|terceiro contacto|quarto contacto|segundo tentativa|terceiro tentativa|quarto tentativa",
    "nl": "schrijven|mailen|benaderen|tweede contact|derde contact|vierde contact|tweede poging|derde poging|vierde poging",
    "pl": "piszemy|kontaktujemy|drugi kontakt|trzeci kontakt|czwarty kontakt",
    "sv": "skriver|kontaktar|hör av oss|kontakten|försöket",
    "tr": "yazıyoruz|ulaşıyoruz|iletişime geçiyoruz",
    "ru": "пишем|второе обращение|третье обращение|четвёртое обращение|четвертое обращение|второе сообщение|"
    "третье сообщение|четвёртое сообщение|четвертое сообщение|второе письмо|третье письмо|четвёртое письмо|четвертое письмо",
    "ar": "نكتب|نتواصل", "he": "כותבים|פונים", "ja": "再度ご連絡|改めてご連絡|何度もご連絡",
    "ko": "다시 연락|다시연락|다시 메시지|다시메시지|번째 연락|번째연락",
    "zh": "再次联系|再次聯繫|再次打扰|再次打擾|再次给您写|又来打扰|第二次联系|第三次联系|第四次联系|第二次聯繫|第三次聯繫|第四次聯繫|"
    "第二次给您|第三次给您|第四次给您",
}  # fmt: skip
_WRITING_AGAIN_PRESSURE = linked_family(
    "review.pressure",
    _WRITING_AGAIN_ANCHORS,
    {lang: [_WRITING_AGAIN[lang]] for lang in _WRITING_AGAIN},
    {lang: _REVIEW[lang] for lang in _WRITING_AGAIN},
    after=True,
    ahead=True,
)

# ------------------------------------------------------------------ 12. round 22 (blind batch AC)

# A rating asked to become five stars: "can you help change to 5 star pls?", "Si nos subís a 5", "se mudar pra 5
# estrelas", "星1のレビューを星5に変更", "把中评改成好评", "별점 5개로 바꿔주시면", "поменять оценку на 5 звёзд", "رفعتِ
# تقييمك لخمس نجوم". The target names the review; a change verb before it (or after it, where the verb comes last) makes
# it a change request (and a positive-only one, which the star families report).
_TO_FIVE = {
    "en": r"\b(?:change|update|raise|bump|move|edit|switch|upgrade|turn|make)\w*\s+(?:\w+\s+){0,4}?(?:to|into)\s+(?:a\s+)?(?:5|five)[\s-]?stars?\b",
    "de": r"\b(?:änder|erhöh|aktualisier|setz|hochsetz|korrigier)\w*\s+(?:\w+\s+){0,3}?auf\s+(?:5|fünf)\s+sterne?\b|"
    r"\bauf\s+(?:5|fünf)\s+sterne?\s+(?:zu\s+)?(?:änder|erhöh|anheb|setz|aktualisier|hochsetz|korrigier|mach)\w*",
    "fr": r"\b(?:chang|modifi|pass|mett|remont|augment)\w*\s+(?:\w+\s+){0,3}?(?:à|en|pour)\s+(?:5|cinq)\s+étoiles?\b",
    "es": r"\b(?:(?<!\ba\s)(?<!\bin\s)cambi|sub|modific|actualiz|pas)\w*\s+(?:\w+\s+){0,3}?a\s(?:5|cinco)\b(?!\s*(?:%|d[ií]as|euros?|d[oó]lares|minutos|horas))",
    "it": r"\b(?:(?<!\bin\s)cambi|modific|port|alz|aggiorn)\w*\s+(?:\w+\s+){0,3}?(?:a|in)\s+(?:5|cinque)\s+stell\w*",  # not "in cambio di"
    "pt": r"\b(?:mud|alter|sub|troc|atualiz|pass|aument)\w*\s+(?:\w+\s+){0,3}?(?:pra|para|a)\s+(?:5|cinco)\s+estrel\w*",
    "nl": r"\b(?:aanpass|verander|wijzig|verhoog|zet)\w*\s+(?:\w+\s+){0,3}?naar\s+(?:5|vijf)(?:\s+ster\w*|\b(?!\s*(?:%|euro|dagen)))|"
    r"\bsterren\s+(?:\w+\s+){0,2}?(?:aanpassen|veranderen|verhogen|zetten)\s+naar\s+(?:5|vijf)\b|"
    r"\b(?:score|beoordeling|review|waardering)\s+(?:\w+\s+){0,3}?naar\s+(?:5|vijf)\s+sterren\b|"
    r"\bnaar\s+(?:5|vijf)\s+sterren\s+(?:aan\s+te\s+passen|te\s+veranderen|te\s+verhogen|te\s+zetten)",
    "pl": r"\b(?:zmie|zmień|popraw|podnie|podwyż)\w*\s+(?:\w+\s+){0,3}?na\s+(?:5|pięć)\s+gwiazd\w*",
    "sv": r"\b(?:ändra|höj|uppdatera)\w*\s+(?:\w+\s+){0,3}?till\s+(?:5|fem)(?:\s+stjärn\w*|\b(?!\s*(?:%|kr\b|dagar|st\b|procent)))",
    # (not "5 yıldızlı yorum yapan": who writes a five-star review)
    "tr": r"(?:5|beş)\s+yıldız\w*\s+(?!(?:yorum|değerlendirme)\w*\s+yap)(?:\S+\s+)?(?:çıkar|yüksel|değiştir|güncelle|yap)\w*|"
    r"yıldız\w*\s+(?:5|beş)['’]?(?:e|a|ye)\s+(?:çek|çıkar|yüksel)\w*",
    "ru": r"(?:помен|измен|исправ|повыс|подн|обнов)\w*\s+(?:\w+\s+){0,3}?на\s(?:5|пять)\b",
    "ar": r"(?:رفع|ترفع|ترفعي|تغيير|تغير|تعديل|تعدل)\S*\s+(?:\S+\s+){0,2}?(?:ل|إلى\s+|الى\s+)(?:5|خمس)",
    "he": r"(?:לשנות|תשנה|תשני|לעדכן|להעלות|תעלה|תעלי)\s+(?:\S+\s+){0,3}?ל[-־]?(?:5|חמישה|חמש)\s+כוכבים|"
    r"(?:לשנות|תשנה|תשני|לעדכן|להעלות|תעלה|תעלי)\s+(?:את\s+)?הכוכבים\s+ל[-־]?(?:5|חמישה|חמש)\b",
    "ko": r"(?:5|다섯)\s*(?:개|점)?\s*(?:로|으로)\s*(?:바꿔|수정|변경|올려)",
    "ja": r"(?:星|★)\s*(?:5|５|五)\s*(?:つ)?に(?:変更|修正|上げ|直し|書き換え)|星を\s*(?:5|５|五)\s*つに(?:して|し|変え)",
    "zh": r"(?:改成|改为|改為|调成|調成|改到)(?:五星|5星|好评|好評)",
}  # fmt: skip
_TO_FIVE_ANCHORS = {
    "en": "5 star|5-star|5star|five star|five-star|fivestar", "de": "sterne|stern",
    "fr": "étoile|étoiles", "es": "a 5|a cinco", "it": "stell", "pt": "estrel", "nl": "ster",
    "pl": "gwiazd", "sv": "stjärn|till 5|till fem", "tr": "yıldız", "ru": "на 5|на пять",
    "ar": "رفع|ترفع|تغيير|تغير|تعديل|تعدل", "he": "כוכבים|הכוכבים", "ko": "바꿔|수정|변경|올려", "ja": "に変更|に修正|に上げ|に直し|に書き換え|星を",
    "zh": "改成|改为|改為|调成|調成|改到",
}  # fmt: skip
_TO_FIVE_CHANGE = family("review.change", _TO_FIVE_ANCHORS, {lang: [_TO_FIVE[lang]] for lang in _TO_FIVE})
# "Rate our service 5 stars", "rate us five stars" (stop 41 probes: the other languages' forms were read already).
_RATE_FIVE = family(
    "review.positive_only",
    {"en": "rate|positive experience|good experience|great experience|good word|tell others|tell other"},
    {
        "en": [
            r"\brate\s+(?:us|it|our\s+\w+|the\s+\w+|this\s+\w+)\s+(?:with\s+|a\s+)?(?:5|five)[\s-]*stars?\b",
            # a positive review asked in other words ("share a positive experience", "a good word from you", "If you
            # loved it, tell others on Amazon!")
            r"\b(?:you\s+(?:can|could|would|will|might)\s+|please\s+)share\s+(?:a|your)\s+(?:positive|good|great)\s+experience\b|"
            r"\ba\s+good\s+word\s+from\s+you\b|"
            r"\bif\s+you\s+(?:loved|liked|enjoyed|(?:are|were)\s+happy\s+with)\s+(?:it|them|the\s+\w+)\s*,?\s+"
            r"(?:please\s+)?tell\s+(?:others|other\s+(?:buyers|customers|shoppers))\b",
        ]
    },
)
# A positive experience to share, or "if you liked it, tell others" (stop 41 probes, 16 languages: "Wir hoffen, Sie teilen
# Ihre positive Erfahrung auf Amazon", "Si le encantó, ¡cuénteselo a otros en Amazon!"): a positive review asked for.
_SHARE = {
    # the buyer addressed, not customers in general ("Viele Kunden teilen ihre positive Erfahrung" is no ask)
    "de": r"\bsie\s+(?:\w+\s+){0,2}?teil\w*|\bteilen\s+sie\b", "fr": r"\bpartag(?:ez|erez|er)\b", "es": r"\bcompart(?:a|an|ir)\b",
    "it": r"\bcondivid(?:a|ere|ete)\b", "pt": r"\bcompartilh(?:e|ar|em)\b", "nl": r"\bdeelt\b|\bdeel\b",
    "pl": r"\bpodziel\w*", "sv": r"\bdu\s+(?:\w+\s+)?delar\b|\bdela\b", "tr": r"paylaş(?:manız\w*|ın\b|ır\s+mısınız)", "ru": r"поделитесь|поделиться", "ja": r"共有", "zh": r"分享", "ko": r"공유",
    "ar": r"تشارك|شارك\w*", "he": r"תשתפ\w*|תשתף|שתפו|לשתף",
}  # fmt: skip
_POSITIVE_EXPERIENCE = {
    "de": r"\bpositive\w*\s+erfahrung\w*", "fr": r"\bexpérience\s+positive\b", "es": r"\bexperiencia\s+positiva\b",
    "it": r"\besperienza\s+positiva\b", "pt": r"\bexperi[êe]ncia\s+positiva\b", "nl": r"\bpositieve\s+ervaring\w*",
    "pl": r"\bpozytywn\w+\s+doświadczeni\w*", "sv": r"\bpositiva\s+upplevelse\w*", "tr": r"olumlu\s+deneyim\w*",
    "ru": r"положительн\w+\s+опыт\w*", "ja": r"良い(?:ご)?(?:体験|経験)", "zh": r"好(?:的)?体验|良好(?:的)?体验", "ko": r"좋은\s*경험",
    "ar": r"تجربت\w*\s+الإيجابية|تجربة\s+إيجابية", "he": r"החוויה\s+החיובית|חוויה\s+חיובית",
}  # fmt: skip
_IF_LIKED = {
    "de": r"\bwenn\s+es\s+ihnen\s+gefallen\s+hat\b|\bwenn\s+(?:sie|ihnen)\s+(?:\w+\s+)?gefällt\b", "fr": r"\bsi\s+vous\s+l'avez\s+aimée?\b",
    "es": r"\bsi\s+le\s+(?:gust[oó]|encant[oó])\b", "it": r"\bse\s+le\s+è\s+piaciut[oa]\b", "pt": r"\bse\s+(?:voc[êe]\s+)?gostou\b",
    "nl": r"\bals\s+het\s+u\s+(?:bevalt|beviel|bevallen\s+is)\b", "pl": r"\bjeśli\s+(?:się\s+)?(?:pan\w*\s+)?(?:się\s+)?(?:podobało|spodobał\w*)",
    "sv": r"\bom\s+du\s+(?:gillade|tyckte\s+om)\b", "tr": r"beğendiyseniz", "ru": r"если\s+(?:вам\s+)?понравил\w*",
    "ja": r"気に入(?:って)?(?:いただけ|頂け)?たら", "zh": r"如果(?:您|你)喜欢|喜欢的话", "ko": r"마음에\s*드(?:셨다면|시면|셨으면)",
    "ar": r"إذا\s+أعجب\w*", "he": r"אם\s+אהבת\w*",
}  # fmt: skip
_TELL_OTHERS = {
    "de": r"\banderen\b|\bweiterempfehl\w*", "fr": r"\baux\s+autres\b|\bparlez-en\b", "es": r"\ba\s+otros\b|\bcu[ée]nte\w*",
    "it": r"\bagli\s+altri\b", "pt": r"\bpara\s+os\s+outros\b|\baos\s+outros\b", "nl": r"\baan\s+anderen\b", "pl": r"\binnym\b",
    "sv": r"\bför\s+andra\b", "tr": r"başkalarına", "ru": r"другим", "ja": r"他の方", "zh": r"其他人|别人|別人", "ko": r"다른\s*분",
    "ar": r"الآخرين", "he": r"לאחרים",
}  # fmt: skip
_SHARE_POSITIVE = family(
    "review.positive_only",
    {
        "de": "positive",
        "fr": "positive",
        "es": "positiva",
        "it": "positiva",
        "pt": "positiva",
        "nl": "positieve",
        "pl": "pozytywn",
        "sv": "positiva",
        "tr": "olumlu",
        "ru": "положительн",
        "ja": "良い",
        "zh": "体验",
        "ko": "좋은",
        "ar": "الإيجابية|إيجابية",
        "he": "החיובית|חיובית",
    },
    {lang: [near(_SHARE[lang], _POSITIVE_EXPERIENCE[lang], 40)] for lang in _SHARE},
)
_LIKED_TELL_OTHERS = family(
    "review.positive_only",
    {
        "de": "gefallen|gefällt",
        "fr": "aimé|aimée",
        "es": "gustó|gusto|encantó|encanto",
        "it": "piaciuto|piaciuta",
        "pt": "gostou",
        "nl": "bevalt|beviel|bevallen",
        "pl": "podobało|spodobał",
        "sv": "gillade|tyckte",
        "tr": "beğendiyseniz",
        "ru": "понравил",
        "ja": "気に入",
        "zh": "喜欢",
        "ko": "마음에",
        "ar": "أعجب",
        "he": "אהבת",
    },
    {lang: [_chain(_IF_LIKED[lang], _TELL_OTHERS[lang], gap=40)] for lang in _IF_LIKED},
)
# … and, asking for five stars and nothing less, a positive-only request too (the corpora label it so).
_TO_FIVE_POSITIVE = family(
    "review.positive_only", _TO_FIVE_ANCHORS, {lang: [_TO_FIVE[lang]] for lang in _TO_FIVE}
)

# The seller's count of their own messages, or what the buyer's silence costs the seller, beside the review: "it's my
# 2nd msg", "c'est la 3e fois que je demande", "ya te escribí ayer y antier", "já é a terceira mensagem", "Vi har nu
# påmint dig två gånger", "Wir haben Sie schon letzte Woche angeschrieben", "dünden beri yazıyorum"; "mi jefe me
# regaña", "a loja vai ser punida", "utan recensioner överlever vi inte" (repeated requests and pressure: the review
# policies' "repeatedly" and the other marketplace's harassment rule); the shop closing or the writer's job lost ("si
# seguimos con malas calificaciones nos cierran la tienda", "אחרת החנות תיסגר", stop 31).
_COUNTED = {
    "en": r"\bclose\s+(?:our|the)\s+(?:shop|store|doors|business)\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\breport\w*\s+(?:your\s+account|you\s+(?:to|as)\b)|\bunreliable\s+buyer\b|\blegal\s+representative\b|\bour\s+lawyers?\b|\b(?:my|our)\s+(?:2nd|3rd|4th|second|third|fourth)\s+(?:msg|message|mail|e-?mail|reminder|request)\b|"
    # "just circling back (third time, sorry!)", "every day without a review hurts our ranking" (stop 31, batch AU)
    r"\((?:the\s+)?(?:2nd|3rd|4th|second|third|fourth)\s+time\b|\bwithout\s+(?:a\s+)?reviews?\s+(?:hurts|costs|kills)\b|"
    r"\bmy\s+boss\s+(?:will|gets|is\s+going\s+to)\b|\blegal\s+(?:action|steps|representatives?|department|team)\b|\bblacklist\w*|\breport\s+your\s+account\b|\bwithout\s+(?:\w+\s+)?reviews?\s+we\s+(?:can'?t|cannot|won'?t|will\s+not)\s+(?:survive|make\s+it)\b|"
    # the shop closing, the writer's job lost (stop 31, batch AV)
    r"\b(?:shop|store|business)\s+(?:will|would|is\s+going\s+to|might|could)\s+(?:have\s+to\s+)?(?:close|shut\s+down|go\s+under)\b(?!\s+(?:for|on|from|at|until|till|during|between|over|early|temporarily)\b)|\b(?:lose|losing)\s+(?:my|our|their)\s+jobs?\b",
    "de": r"\b(?:laden|shop|geschäft)\s+(?:\w+\s+)?(?:schließen|dichtmachen|aufgeben)\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\b(?:melden|gemeldet)\s+(?:wir\s+)?(?:ihr|dein)\s+konto\b|\bihr\s+konto\s+(?:bei\s+\w+\s+)?melden\b|\brechtliche\s+schritte\b|\bunser(?:e|em)?\s+anwalt\b|\b(?:schon|bereits)\s+(?:letzte|vorige|vergangene)\s+woche\s+angeschrieben\b|\bmelden\s+uns\s+morgen\s+nochmal\b|"
    r"\bletztmalig\b|\brechtliche\s+schritte\b|\bihr\s+konto\s+(?:bei\s+\w+\s+)?melden\b|"
    r"\bgeht\s+(?:wirklich\s+)?um\s+unsere\s+existenz\b|\bhängt\s+(?:\w+\s+)?an\s+jeder\s+(?:\w+\s+)?(?:rezension|bewertung)\b|"
    r"\bohne\s+(?:\w+\s+)?bewertungen\s+(?:haben|hätten)\s+wir\s+(?:\w+\s+){0,3}?keine\s+chance\b|"
    r"\bmelden\s+wir\s+ihr\s+konto\b|\bunzuverlässig\w*\s+käufer\w*|"
    r"\b(?:laden|shop)\s+(?:(?!über|vom|am|an|für|zwischen)\w+\s+)?(?:schließen|zumachen)\b|\bmeinen\s+job\s+verlieren\b",
    "fr": r"\bfermer\s+(?:la\s+|notre\s+)?boutique\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bfermer\s+nos\s+portes\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bla\s+clé\s+sous\s+la\s+porte\b|\bsignaler\w*\s+votre\s+compte|\bacheteur\s+non\s+fiable\b|\bnotre\s+avocat\b|\bc'est\s+la\s+(?:2e|3e|4e|deuxième|troisième|quatrième)\s+fois\b|\bsans\s+(?:vos\s+)?avis,?\s+nous\s+ne\s+(?:pouvons|survivrons)\b|"
    r"\b(?:magasin|boutique)\s+(?:est|sera)\s+(?:bloquée?|sanctionnée?|pénalisée?)\b|\bpatron\s+(?:très\s+)?fâché\b|"
    r"\bmon\s+poste\s+dépend\b|\b(?:deuxième|troisième|quatrième)\s+fois\b|\bsignaler\s+votre\s+compte\b|\bpoursuites\s+judiciaires\b|"
    r"\bne\s+tardez\s+pas\b|\b(?:boutique|magasin)\s+(?:va\s+|devra\s+)?fermer\b(?!\s+(?:pour|du|le|les|pendant|à|entre|en)\b)|\bperdre\s+mon\s+(?:travail|emploi|poste)\b",
    "es": r"\bcerrar\s+(?:el\s+negocio|la\s+tienda|nuestra\s+tienda)\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\b(?:report|denunci)\w*\s+(?:su|tu)\s+cuenta\b|\breportar\w*\s+como\s+comprador\b|\bcomprador\s+(?:no\s+confiable|problem[aá]tico)\b|\bnuestro\s+abogado\b|\bya\s+(?:te|le)\s+escrib[ií]\b|\bayer\s+y\s+(?:antier|anteayer)\b|\bmi\s+jefe\s+me\s+(?:regaña|reta|castiga|despide)\b|"
    r"\bes\s+la\s+(?:segunda|tercera|cuarta)\s+vez\s+que\b|\bvamos\s+a\s+cerrar\b(?!\s+(?:el|la|los|las|su|tu|este|esta|ese|esa)\s)|\bte\s+vuelvo\s+a\s+escribir\b|"
    r"\bya\s+(?:le|te)\s+hemos\s+escrito\s+(?:dos|tres|cuatro|\d+)\s+veces\b|\btomar\s+medidas\b|"
    r"\bsin\s+(?:\w+\s+)?reseñas\s+no\s+(?:podemos|sobreviviremos)\b|\bacciones\s+legales\b|\bdenunciar\s+su\s+cuenta\b|"
    r"\bel\s+jefe\s+nos\s+saca\b|\bnos\s+salv[aá]s\b|\bnos\s+cierran\s+la\s+tienda\b|\bse\s+queda(?:n|r[áa]n)?\s+sin\s+trabajo\b|\bperder[ée]?\s+(?:mi|el)\s+(?:trabajo|empleo)\b",
    "it": r"\bchiudere\s+(?:il\s+)?negozio\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bsegnaler\w*\s+(?:il\s+)?(?:suo|tuo)\s+(?:account|profilo)\b|\bacquirente\s+(?:non\s+affidabile|problematico)\b|\bnostro\s+avvocato\b|\b(?:è\s+la\s+)?(?:seconda|terza|quarta)\s+volta\s+che\s+(?:le\s+|ti\s+)?scriv\w*|\bil\s+mio\s+capo\s+mi\b|"
    r"\bnostro\s+(?:secondo|terzo|quarto)\s+messaggio\b|\brischia\s+di\s+chiudere\b|\bvie\s+legali\b|\bsegnaler\w*\s+il\s+(?:suo|tuo)\s+account\b|"
    r"\bproblema\s+col\s+capo\b|\bperdere\s+il\s+(?:mio\s+)?lavoro\b|\bnegozio\s+(?:dovrà\s+)?chiudere\b(?!\s+(?:per|dal|il|durante|a|in)\b)",
    "pt": r"\bfechar\s+as\s+portas\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bfechar\s+a\s+loja\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\b(?:report|denunci)\w*\s+(?:a\s+)?sua\s+conta\b|\bcomprador\s+(?:n[ãa]o\s+confi[áa]vel|problem[áa]tico)\b|\bnosso\s+advogado\b|\b(?:segunda|terceira|quarta)\s+mensagem\b|\bdesculpa\s+insistir\b|\bj[áa]\s+(?:pedimos|pedi|pediu|escrevemos|mandamos)\s+(?:\d+|duas|tr[êe]s|quatro)\s+vezes\b|\bn[ãa]o\s+vamos\s+mais\s+aceitar\s+pedidos\b|\bloja\s+vai\s+ser\s+(?:punida|penalizada|bloqueada)\b|"
    r"\bsem\s+avalia[çc][ãa]o\s+n[ãa]o\s+ter[ãa]o\b|\bmeu\s+chefe\s+(?:vai|me)\b|\bmedidas\s+(?:cab[íi]veis|legais|judiciais)\b|\bdenunciar\s+(?:a\s+)?sua\s+conta\b|"
    r"\bloja\s+(?:vai\s+)?fechar\b(?!\s+(?:para|no|nos|na|de|do|durante|às|entre|em)\b)|\bperder\s+(?:o\s+)?meu\s+emprego\b|\bficar\s+sem\s+emprego\b",
    "nl": r"\b(?:de\s+|onze\s+)?winkel\s+(?:moeten\s+)?sluiten\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\b(?:melden|rapporteren)\s+(?:wij\s+|we\s+)?(?:uw|je)\s+account\b|\bonze\s+advocaat\b|\b(?:tweede|derde|vierde)\s+(?:bericht|keer)\s+dat\s+we\b|\bzonder\s+reviews\s+(?:overleven|redden)\s+we\b|\bjuridische\s+stappen\b|\buw\s+account\s+(?:\w+\s+)?melden\b",
    "pl": r"\bzamkn\w*\s+sklep\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bzgłos\w*\s+(?:\w+\s+)?konto\b|\bnasz\s+prawnik\b|\b(?:drugi|trzeci|czwarty)\s+raz\s+(?:piszemy|prosimy)\b|\bzgłosimy\s+(?:\w+\s+)?konto\b|\bkroki\s+prawne\b",
    "sv": r"\blägga\s+ner\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\bstänga\s+butiken\b(?!\s+(?:for|on|from|during|between|over|at|until|pour|le|du|pendant|entre|jusqu|por|el|del|durante|hasta|per|il|dal|fino|para|no|de|do|at[ée]|für|am|vom|über|bis|voor|op|van|tijdens|tot|na|od|w|do|på|under|över|till|için|\d)\b)|\banmäl\w*\s+(?:ditt|ert)\s+konto\b|\bvår\s+advokat\b|\bpåmint\s+dig\s+(?:två|tre|fyra|flera)\s+gånger\b|\butan\s+recensioner\s+(?:överlever|klarar)\s+vi\b|\bförlåt\s+att\s+vi\s+tjatar\b|\brättsliga\s+åtgärder\b|\banmäla\s+ditt\s+konto\b|\bproblemkund\b|\binte\s+sälja\s+till\s+dig\s+igen\b",
    "tr": r"(?:dükkân|dükkan|mağaza)\w*\s+kapat\w*|dünden\s+beri\s+yazıyorum|patron\s+tepemde|(?:ikinci|üçüncü)\s+kez\s+yazıyoruz|hesabınızı\s+(?:\S+\s+)?bildirece\w*|yasal\s+yollara|mağaza\w*\s+kapan\w*|işimi\s+kaybed\w*|patron\s+bana\s+kız\w*",
    "ru": r"(?:второй|третий)\s+раз\s+(?:пишем|пишу|просим)|начальник\s+(?:ругает|накажет)|без\s+отзывов\s+(?:мы\s+)?не\s+выжив|"
    r"мы\s+снова\s+(?:пишем|писать)|семья\s+зависит|ч[её]рный\s+список|пожалуемся\s+на\s+ваш|юридическ\w+\s+мер\w*|магазин\s+(?:\S+\s+)?закро\w*|потеряю\s+работу|вопрос\s+выживания",
    "he": r"בפעם\s+ה(?:שנייה|שלישית|רביעית)|הפרנסה\s+שלנו|נדווח\s+על\s+החשבון|צעדים\s+משפטיים|החנות\s+תיסגר|אאבד\s+את\s+(?:ה)?עבודה|נדווח\s+ל(?:אמזון|עלי\s*אקספרס)|בתיק\s+הלקוח|כבר\s+ביקש(?:תי|נו)\s+(?:פעמיים|שלוש\s+פעמים)",
    "ar": r"نبلغ\s+عن\s+حسابك|الإجراءات\s+القانونية|إجراءات\s+قانونية",
    "ja": r"法的措置|アカウントを(?:\S{0,6})?(?:通報|報告)",
    "ko": r"법적\s*조치|계정을\s*신고|생존에\s*직결|생존이\s*달려",
    "zh": r"检举您的帐号|檢舉您的帳號|举报您的账号|舉報您的帳號|法律途径|法律途徑",
}  # fmt: skip
# The seller's business said to be at risk of not surviving without the review, in any language (stop 34): "notre
# petite entreprise risque tout simplement de fermer", "rischiamo davvero di non farcela", "czy przetrwamy ten miesiąc",
# "ייתכן שנצטרך לסגור את העסק", "varje dag utan din recension kostar oss".
_SURVIVAL = {
    # the seller's own survival, not a product's ("the plant will survive the winter", "kann einen Sturz überleben")
    "en": r"\b(?:we|our\s+(?:\w+\s+)?(?:shop|store|business))\s+(?:\w+\s+){0,2}?(?:risks?\s+(?:having\s+to\s+)?(?:clos(?:e|ing)|shutting\s+down)|(?:might|may|won'?t|will|can'?t|cannot)\s+(?:not\s+)?survive)\b",
    "de": r"\b(?:wir|unser\s+(?:\w+\s+)?(?:laden|shop|geschäft))\s+(?:\w+\s+){0,3}?(?:nicht\s+)?überleben\b|\büberleben\s+wir\b",
    "fr": r"\brisque\w*\s+(?:\w+\s+){0,2}?de\s+(?:fermer|disparaître|couler|mettre\s+la\s+clé)\b|\bnous\s+(?:\w+\s+){0,3}?survivre\b",
    "es": r"\b(?:podemos|podremos|vamos\s+a)\s+sobrevivir\b|\bsobreviviremos\b|\bcerrar\s+(?:el|nuestro)\s+negocio\b",
    "it": r"\b(?:rischiamo|potremmo)\s+(?:\w+\s+){0,2}?(?:di\s+)?non\s+farcela\b|\b(?:possiamo|potremo|riusciremo\s+a)\s+sopravvivere\b|\bsopravviveremo\b|\bchiudere\s+(?:bottega|l'attività)\b",
    "pt": r"\b(?:vamos|conseguimos|conseguiremos|podemos)\s+(?:\w+\s+)?sobreviver\b|\bsobreviveremos\b|\bfechar\s+(?:as\s+portas|o\s+neg[óo]cio)\b",
    "nl": r"\b(?:we|wij)\s+(?:\w+\s+){0,3}?overleven\b|\boverleven\s+(?:we|wij)\b",
    "pl": r"\bprzetrwamy\b|\bnie\s+przetrwa\w*",
    "sv": r"\butan\s+(?:din|er|ert|ditt)\s+(?:recension|omdöme|betyg)\s+kostar\b|\bklara\s+oss\b",
    "tr": r"ayakta\s+kal\w*|dükkanı\s+kapat\w*",
    "ru": r"закрыться|не\s+выжи\w*",
    "he": r"לסגור\s+את\s+העסק|נצטרך\s+לסגור|לא\s+נשרוד",
    "ar": r"(?:نغلق|إغلاق|اغلاق)\s+(?:المتجر|المحل)",
    "ko": r"문을\s*닫",
    "ja": r"閉店|廃業",
    "zh": r"倒闭|倒閉|关店|關店",
}  # fmt: skip
# What the missing review costs the seller's ranking, or the review said to be vital to a small shop, beside the review
# (probes in 16 languages, stop 41): "Every day without your review hurts our ranking", "Chaque jour sans votre avis
# nuit à notre classement", "Ihre Bewertung ist für unser kleines Geschäft überlebenswichtig", "تقييمك حيوي لمتجرنا
# الصغير". Harm only ("reviews help our ranking" is no pressure), and "vital" only for the shop's survival or a small
# shop ("your feedback is vital for us to improve" stays clean in English).
_HARMED = {
    "en": r"\bwithout\s+(?:a\s+|your\s+|any\s+)?reviews?\b[^.!?\n]{0,30}?\b(?:hurts?|costs?|kills?|drops?|sinks?)\b|"
    r"\branking\s+(?:\w+\s+){0,2}?(?:drops?|falls?|sinks?|suffers?|plummets?)\b|\b(?:hurts?|damages?)\s+our\s+ranking\b|"
    r"\b(?:vital|crucial|essential|life[-\s]or[-\s]death)\s+(?:for|to)\s+(?:our\s+|a\s+)?(?:small|little|tiny|family)\b|\ba\s+matter\s+of\s+survival\b",
    "de": r"\b(?:schadet|schaden)\s+(?:\w+\s+){0,2}?(?:ranking|platzierung|sichtbarkeit)\b|"
    r"\b(?:ranking|platzierung)\s+(?:\w+\s+){0,2}?(?:sinkt|fällt|leidet|rutscht)\b|\b(?:überlebenswichtig|existenzwichtig|existenziell)\w*",
    "fr": r"\bnui(?:t|sent|re)\s+à\s+notre\s+(?:classement|référencement|visibilité)\b|"
    r"\b(?:classement|référencement)\s+(?:\w+\s+){0,2}?(?:baisse|chute|recule|dégringole)\b|\bvita(?:l|le)\s+pour\s+(?:notre|une)\s+(?:petite|modeste)\b|"
    r"\bquestion\s+de\s+survie\b",
    "es": r"\bperjudica\w*\s+(?:a\s+)?nuestr[oa]\s+(?:posici[oó]n|ranking|clasificaci[oó]n|posicionamiento)\b|"
    r"\b(?:ranking|posicionamiento)\s+(?:\w+\s+){0,2}?(?:baja|cae|empeora)\b|\bvital\s+para\s+(?:nuestr[oa]|una?)\s+pequeñ[oa]\b|"
    r"\bcuesti[oó]n\s+de\s+supervivencia\b",
    "it": r"\bdanneggia\w*\s+(?:il\s+)?nostro\s+(?:posizionamento|ranking)\b|\bla\s+nostra\s+classifica\b|"
    r"\b(?:posizionamento|ranking|classifica)\s+(?:\w+\s+){0,2}?(?:scende|cala|crolla|peggiora)\b|"
    r"\bvitale\s+per\s+(?:la\s+nostra\s+piccola|il\s+nostro\s+piccolo|una\s+piccola|un\s+piccolo)\b|\bquestione\s+di\s+sopravvivenza\b",
    "pt": r"\bprejudica\w*\s+(?:o\s+)?nosso\s+(?:ranking|posicionamento)\b|\bcai\s+no\s+ranking\b|"
    r"\b(?:ranking|posicionamento)\s+(?:\w+\s+){0,2}?(?:cai|despenca|piora)\b|\bvital\s+para\s+(?:a\s+nossa\s+pequena|o\s+nosso\s+pequeno|uma\s+pequena|um\s+pequeno)\b|"
    r"\bquest[ãa]o\s+de\s+sobreviv[êe]ncia\b",
    "nl": r"\bschaadt\s+(?:\w+\s+)?(?:onze\s+)?(?:ranking|positie|zichtbaarheid)\b|\b(?:ranking|positie)\s+(?:\w+\s+){0,2}?(?:daalt|zakt|keldert)\b|"
    r"\bvan\s+levensbelang\s+voor\s+(?:ons\s+|onze\s+)?klein\w*",
    "pl": r"\bszkodzi\s+(?:\w+\s+)?(?:naszej\s+|naszemu\s+)?(?:pozycji|rankingowi|widoczności)\b|\b(?:pozycja|ranking)\s+(?:\w+\s+){0,2}?(?:spada|leci)\b|"
    r"\bdla\s+przetrwania\b|\bkwestia\s+przetrwania\b",
    "sv": r"\bskadar\s+(?:\w+\s+)?(?:vår|våra)\s+(?:ranking|placering|synlighet)\b|\b(?:ranking|placering)\s+(?:\w+\s+){0,2}?(?:sjunker|faller)\b|"
    r"\blivsviktig\w*\s+för\s+(?:vårt|vår|ett|en)\s+(?:lilla|litet|liten)\b|\bfråga\s+om\s+överlevnad\b",
    "tr": r"sıralama\w*\s+(?:\S+\s+)?(?:zarar|düş\w*)|küçük\s+(?:işletme|dükkan|mağaza)\w*\s+için\s+hayati|ölüm\s+kalım\s+meselesi",
    "ru": r"вредит\s+(?:нашему\s+|нашей\s+)?(?:рейтингу|позици\w*)|рейтинг\s+(?:\S+\s+){0,2}?(?:падает|упад\w*|снижается)|жизненно\s+важ\w*\s+для\s+(?:нашего\s+|нашей\s+)?(?:маленьк|небольш)\w*",
    "he": r"פוגע\w*\s+ב(?:דירוג|מיקום)|(?:הדירוג|המיקום)\s+(?:\S+\s+)?(?:יורד|צונח)|חיוני\w*\s+ל(?:עסק|חנות)\s+(?:ה)?קט(?:ן|נה)|עניין\s+של\s+הישרדות",
    "ar": r"يضر\s+(?:ب)?ترتيب\w*|ترتيب\w*\s+(?:\S+\s+)?(?:ينخفض|يتراجع|يهبط)|حيوي\w*\s+ل(?:متجرنا|محلنا|شركتنا)\s+الصغير\w*|مسألة\s+حياة\s+أو\s+موت",
    "ko": r"순위(?:가|에)?\s*(?:떨어|타격|하락)|생사가\s*걸린",
    "ja": r"(?:ランキング|順位)が(?:下が|落ち)|死活問題",
    "zh": r"排名(?:每天|一直|就会|会)?(?:都在)?(?:下降|下滑|掉)|(?:小店|店铺)(?:来说)?至关重要|生死攸关",
}  # fmt: skip
_HARMED_ANCHORS = {
    # the rank or survival words, rarer than the harm verbs ("schaden" is also a parcel's damage, "without" everywhere)
    "en": "without a review|without your review|without reviews|without any review|ranking|vital|crucial|essential|life or|life-or|survival",
    "de": "ranking|platzierung|sichtbarkeit|überlebenswichtig|existenzwichtig|existenziell",
    "fr": "classement|référencement|visibilité|vital|vitale|survie", "es": "posici|ranking|clasificaci|posicionamiento|vital|supervivencia",
    "it": "classifica|posizionamento|ranking|vitale|sopravvivenza", "pt": "ranking|posicionamento|vital|sobreviv",
    "nl": "ranking|positie|zichtbaarheid|levensbelang", "pl": "pozycj|ranking|widoczno|przetrwania", "sv": "ranking|placering|synlighet|livsviktig|överlevnad",
    "tr": "sıralama|hayati|ölüm", "ru": "рейтинг|позици|жизненно", "he": "דירוג|מיקום|חיוני|הישרדות",
    "ar": "ترتيب|حيوي|مسألة", "ko": "순위|생사", "ja": "ランキング|順位|死活問題", "zh": "排名|至关重要|生死攸关",
}  # fmt: skip
# The buyer's review said to ruin the shop's sales (probes in 16 languages, stop 42): "your review is ruining our
# sales", "Ihre Bewertung ruiniert unseren Umsatz", "您的评价正在毁掉我们的销量". Guilt laid on the buyer for what the
# review says is pressure (Amazon Communication Guidelines: no pressure about reviews); a ruin verb on *our* sales or
# business only.
_RUINS = {
    "en": r"\b(?:ruin(?:s|ing|ed)?|destroy(?:s|ing|ed)?|kill(?:s|ing)?|sink(?:s|ing)?)\s+(?:our|my)\s+(?:sales|business|shop|store|livelihood)\b",
    "de": r"\b(?:ruiniert|ruinieren|zerstört|zerstören|vernichtet)\s+(?:\w+\s+){0,2}?(?:unseren|unsere|unser|meinen|meine|mein)\s+(?:umsatz|verkäufe|geschäft|laden|shop|existenz)\b",
    "fr": r"\b(?:ruine|ruinent|détruit|détruisent|tue|coule)\s+(?:nos|notre|ma|mon)\s+(?:ventes|commerce|boutique|entreprise|activité)\b",
    "es": r"\b(?:hundiendo|arruinando|destruyendo|matando|hunde|arruina|destruye)\s+(?:nuestras?|nuestros?|mis?)\s+(?:ventas|negocio|tienda|empresa)\b",
    "it": r"\b(?:rovinando|distruggendo|affossando|uccidendo|rovina|distrugge|affossa)\s+(?:le\s+nostre|il\s+nostro|la\s+nostra)\s+(?:vendite|attività|negozio|azienda)\b",
    "pt": r"\b(?:acabando\s+com|arruinando|destruindo|matando|afundando|arruína|destrói|acaba\s+com)\s+(?:as\s+|a\s+|o\s+)?(?:nossas?|nossos?)\s+(?:vendas|negócio|loja|empresa)\b",
    "nl": r"\b(?:maakt|maken)\s+(?:onze|ons)\s+(?:verkoop|zaak|winkel|bedrijf)\s+kapot\b|\b(?:ruïneert|ruineert|verwoest|vernietigt)\s+(?:onze|ons)\s+(?:verkoop|zaak|winkel|bedrijf)\b",
    "pl": r"\b(?:rujnuje|niszczy|zabija|pogrąża)\s+(?:naszą|nasz|nasze)\s+(?:sprzedaż|firm\w*|sklep|biznes)",
    "sv": r"\b(?:förstör|ruinerar|dödar)\s+(?:vår|vårt|våra)\s+(?:försäljning|företag|butik|affär)\b",
    "tr": r"(?:satış|işletme|dükkan|mağaza)\w*\s+(?:\S+\s+)?(?:mahved\w*|mahvoldu|batır\w*|öldür\w*)",
    "ru": r"(?:губит|губят|разрушает|убивает|топит|уничтожает|рушит)\s+наш\w*\s+(?:продаж\w*|бизнес|магазин)",
    "ar": r"(?:يدمر|تدمر|يقتل|يخرب|تخرب)\s+(?:مبيعاتنا|تجارتنا|متجرنا|عملنا)",
    "he": r"(?:הורס|הורסת|מחסל|מחסלת)\s+(?:לנו\s+)?(?:את\s+)?(?:המכירות|העסק|החנות)",
    "ja": r"(?:売上|売り上げ)(?:が|も)(?:激減|急減|落ち込|壊滅)",
    "ko": r"매출(?:이|을)?\s*(?:망가|급감|바닥)",
    "zh": r"(?:毁掉|毀掉|毁了|毀了|搞垮|拖垮)(?:我们|我們)(?:的)?(?:销量|銷量|生意|店铺|店舖|小店)",
}  # fmt: skip
_RUINS_ANCHORS = {
    "en": "ruin|destroy|kill|sink", "de": "ruinier|zerstör|vernicht", "fr": "ruine|détrui|tue nos|tue notre|coule nos|coule notre",
    "es": "hundi|hunde|arruin|destru|matando", "it": "rovin|distrugg|affoss|uccidend", "pt": "acabando com|acaba com|arruin|destr|afund|matando",
    "nl": "kapot|ruïneert|ruineert|verwoest|vernietig", "pl": "rujnuj|niszcz|zabija|pogrąż", "sv": "förstör|ruinerar|dödar",
    "tr": "mahv|batır|öldür", "ru": "губит|губят|разруша|убива|топит|уничтожа|рушит", "ar": "يدمر|تدمر|يقتل|يخرب|تخرب",
    "he": "הורס|מחסל", "ja": "激減|急減|落ち込|壊滅", "ko": "매출", "zh": "毁掉|毀掉|毁了|毀了|搞垮|拖垮",
}  # fmt: skip
# (its own family: the review must be named in the sentence or the one before, not only after it, so a storm that
# ruined the sales, followed by "thanks for your review", is no guilt laid on the buyer)
_RUINS_PRESSURE = linked_family(
    "review.pressure",
    _RUINS_ANCHORS,
    {lang: [_RUINS[lang]] for lang in _RUINS},
    {lang: _REVIEWED[lang] for lang in _RUINS},
    after=True,
)
_SURVIVAL = {lang: f"{pattern}|{_HARMED[lang]}" for lang, pattern in _SURVIVAL.items()}
_SURVIVAL_ANCHORS = {
    "en": "risk|survive", "de": "überleben", "fr": "risque|survivre", "es": "sobreviv|cerrar", "it": "farcela|sopravviv|chiudere",
    "pt": "sobreviver|sobreviveremos|fechar", "nl": "overleven", "pl": "przetrwa", "sv": "kostar|klara oss", "tr": "ayakta|dükkanı",
    "ru": "закрыться|выжи", "he": "לסגור|נשרוד", "ar": "نغلق|إغلاق|اغلاق", "ko": "문을", "ja": "閉店|廃業", "zh": "倒闭|倒閉|关店|關店",
}  # fmt: skip
_COUNTED_ANCHORS = {
    # the rare words of each pattern, several words long where one alone is everyday ("una volta", "sin", "raz")
    "en": "close our|close the|report|unreliable|legal representative|our lawyer|2nd|3rd|4th|second msg|second message|second mail|second email|second e-mail|second reminder|second request|"
    "third|fourth|my boss|reviews we|review we|review hurts|reviews hurts|review costs|review kills|legal action|legal steps|legal rep|legal dep|legal team|blacklist|report your account|"
    "will close|would close|to close|could close|might close|shut down|go under|lose my job|lose our job|losing my job|their jobs|lose their",
    "de": "schließen|dichtmachen|aufgeben|melden|gemeldet|anwalt|angeschrieben|hängt|chance|morgen nochmal|existenz|letztmalig|rechtliche|konto|schließen|zumachen|job verlieren|unzuverlässig",
    "fr": "boutique|nos portes|clé sous|signaler|signalerons|signalerai|non fiable|avocat|2e fois|3e fois|4e fois|deuxième fois|troisième fois|quatrième fois|avis, nous|avis nous|bloqué|bloquée|sanctionné|"
    "sanctionnée|pénalisé|pénalisée|fâché|poste dépend|signaler votre compte|poursuites|fermer|perdre mon|tardez",
    "es": "cerrar|report|denunci|comprador|abogado|escribí|escribi|antier|anteayer|mi jefe|reseñas no|segunda vez|tercera vez|cuarta vez|vamos a cerrar|"
    "vuelvo a escribir|veces|tomar medidas|acciones legales|denunciar|cierran la tienda|sin trabajo|perderé|perder mi|perder el|jefe|salvás|salvas",
    "it": "chiudere|segnaler|acquirente|avvocato|seconda volta|terza volta|quarta volta|mio capo|secondo messaggio|terzo messaggio|quarto messaggio|rischia di chiudere|vie legali|segnal|"
    "perdere il|dovrà chiudere|negozio chiud|col capo",
    "pt": "fechar|report|denunci|comprador|advogado|segunda mensagem|terceira mensagem|quarta mensagem|insistir|punida|penalizada|bloqueada|terão|terao|meu chefe|vezes|medidas|denunciar|"
    "fechar|emprego|aceitar pedidos",
    "nl": "sluiten|melden|rapporteren|advocaat|tweede keer|derde keer|vierde keer|tweede bericht|derde bericht|vierde bericht|zonder reviews|juridische|melden",
    "pl": "zamkn|zgłos|prawnik|drugi raz|trzeci raz|czwarty raz|zgłosimy|prawne",
    "sv": "lägga ner|stänga|anmäl|advokat|gånger|överlever|klarar|tjatar|rättsliga|anmäla|problemkund|sälja till dig", "tr": "kapat|yazıyorum|tepemde|yazıyoruz|hesabınızı|yasal|kapan|kaybed|patron",
    "ru": "второй раз|третий раз|начальник|выжив|снова|зависит|список|пожалуемся|юридическ|закро|потеряю|выживания", "he": "בפעם|הפרנסה|נדווח|משפטיים|תיסגר|אאבד|בתיק|ביקשתי|ביקשנו",
    "ar": "نبلغ|القانونية|قانونية", "ja": "法的措置|アカウント", "ko": "법적|계정을|생존", "zh": "检举|檢舉|举报|舉報|法律途",
}  # fmt: skip
_SURVIVAL_ANCHORS = {
    lang: f"{anchors}|{_HARMED_ANCHORS[lang]}" for lang, anchors in _SURVIVAL_ANCHORS.items()
}
_COUNTED_PRESSURE = linked_family(
    "review.pressure",
    {lang: _COUNTED_ANCHORS[lang] + "|" + _SURVIVAL_ANCHORS[lang] for lang in _COUNTED},
    {lang: [_COUNTED[lang] + "|" + _SURVIVAL[lang]] for lang in _COUNTED},
    {lang: _REVIEWED[lang] for lang in _COUNTED},
    after=True,
    ahead=True,
)

# A benefit named first, then who gets it: "We're able to extend this to 3 years for customers who take a moment to
# leave a 5-star rating", "un regalo para los clientes que publiquen una reseña" (the reverse order of round 7's).
_FOR_WHO = {
    "en": r"\bfor\s+(?:all\s+|any\s+|every\s+)?(?:customers?|buyers?|anyone|everyone|those)\s+who\b",
    "de": r"\bfür\s+(?:alle\s+|jeden\s+)?(?:kunden|käufer),?\s+(?:die|der)\b", "fr": r"\b(?:pour|aux)\s+(?:les\s+|tous\s+les\s+)?clients\s+qui\b|\bà\s+chaque\s+client\s+qui\b",
    "es": r"\b(?:para|a)\s+(?:los\s+|todos\s+los\s+)?clientes\s+que\b", "it": r"\b(?:per|a)\s+(?:i\s+|tutti\s+i\s+)?clienti\s+che\b",
    "pt": r"\b(?:para|aos)\s+(?:os\s+|todos\s+os\s+)?clientes\s+que\b",
}  # fmt: skip
_BENEFIT_FOR_WHO = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _FOR_WHO},
    {
        lang: [
            _chain(rf"(?:{BENEFIT[lang]}|{_PRIZE[lang]})", _FOR_WHO[lang], rf"(?:{_REVIEW[lang]})", gap=70)
        ]
        for lang in _FOR_WHO
    },
)
# "please leave us 5-star feedback … and send us a screenshot here. We will then give you a US $3 coupon": the benefit
# promised for afterwards, in the sentence after the review was asked for.
_GIVE_AFTERWARDS = {
    "en": r"\b(?:we(?:'ll|\s+will)\s+then|then\s+we(?:'ll|\s+will))\s+(?:\w+\s+){0,2}?(?:give|send|refund|credit|issue|transfer)\b",
    "de": r"\b(?:danach|anschließend)\s+(?:senden|schicken|erstatten|geben)\s+wir\b", "fr": r"\bensuite,?\s+nous\s+vous\s+(?:enverrons|offrirons|rembourserons)\b",
    "es": r"\bdespu[eé]s\s+(?:le|te)\s+(?:enviamos|enviaremos|regalamos|daremos|devolveremos)\b",
    "pt": r"\bdepois\s+(?:te|lhe)\s+(?:enviamos|mandamos|daremos|devolvemos)\b",
}  # fmt: skip
_GIVE_AFTERWARDS_INCENTIVE = linked_family(
    "review.incentive",
    {
        "en": "we'll then|we will then|then we",
        "de": "danach|anschließend",
        "fr": "ensuite",
        "es": "después|despues",
        "pt": "depois",
    },
    {lang: [_GIVE_AFTERWARDS[lang] + rf"{_SENT}{{0,50}}?(?:{BENEFIT[lang]})"] for lang in _GIVE_AFTERWARDS},
    {lang: _REVIEW[lang] for lang in _GIVE_AFTERWARDS},
)

# The unhappy buyer sent to the seller before (or instead of) the review: "Before leaving a review, contact us",
# "Niet tevreden? Neem dan eerst contact met ons op in plaats van een review te plaatsen", "fala comigo aqui antes de
# avaliar", "レビューを書かれる前に必ず当店までご連絡ください" — review gating: only the satisfied are left to review (the
# review policies' "ask only buyers with a positive experience"; batch AC, tuning batches O, BA, BZ).
_BEFORE_REVIEWING = {
    "en": r"\bbefore\s+(?:leaving|posting|writing|you\s+(?:leave|post|write))\s+(?:a\s+|any\s+|your\s+)?(?:\w+\s+)?(?:review|feedback|rating)\b|"
    r"(?<!not\s)(?<!n't\s)\binstead\s+of\s+(?:leaving|posting|writing)\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:review|feedback|rating)\b|"
    # ("Instead of a negative review, give me a call", stop 52 probes)
    r"(?<!not\s)(?<!n't\s)\binstead\s+of\s+(?:a|any)\s+(?:negative|bad|poor|low|critical)\s+(?:review|feedback|rating)\b",
    "de": r"\bbevor\s+sie\s+(?:eine\s+|ihre\s+)?(?:\w+\s+)?(?:bewertung|rezension)\s+(?:abgeben|schreiben|hinterlassen|verfassen)|"
    r"\bstatt\s+(?:eine[rn]?\s+)?(?:\w+\s+)?(?:bewertung|rezension)",
    "fr": r"\bavant\s+de\s+(?:laisser|publier|écrire|mettre|donner)\s+(?:un\s+|votre\s+|une\s+)?(?:avis|commentaire|note|évaluation)|"
    r"\b(?:au\s+lieu|plutôt\s+que)\s+de\s+(?:laisser|publier|mettre)\s+(?:un\s+|une\s+)?(?:avis|commentaire|note|évaluation)",
    "es": r"\bantes\s+de\s+(?:dejar|publicar|escribir|poner|calificar|valorar)\b(?:\s+(?:una\s+|su\s+|tu\s+)?(?:reseña|opini[oó]n|valoraci[oó]n|calificaci[oó]n|comentario))?|"
    r"\ben\s+lugar\s+de\s+(?:dejar|publicar|poner)\s+(?:una\s+)?(?:reseña|opini[oó]n|valoraci[oó]n)",
    "it": r"\bprima\s+di\s+(?:lasciare|scrivere|pubblicare)\s+(?:una\s+|la\s+|un\s+)?(?:recensione|valutazione|feedback)|\bprima\s+di\s+(?:recensire|valutare)\b",
    "pt": r"\bantes\s+de\s+(?:avaliar|deixar\s+(?:uma\s+|sua\s+|a\s+)?avalia[çc][ãa]o|escrever\s+(?:uma\s+)?avalia[çc][ãa]o|dar\s+(?:a\s+)?nota)\b",
    "nl": r"(?<!niet\s)\bin\s+plaats\s+van\s+een\s+(?:review|recensie|beoordeling)|\bvoordat\s+(?:u|je)\s+een\s+(?:review|recensie|beoordeling)",
    "pl": r"\bzanim\s+(?:pan\w*\s+|pani\s+)?(?:wystawi\w*|napisz\w*|napisze\w*|doda\w*)\s+(?:\w+\s+)?(?:opini\w*|ocen\w*|recenzj\w*)",
    "sv": r"\binnan\s+(?:du\s+)?(?:skriver|lämnar|ger|sätter)\s+(?:ett\s+|en\s+)?(?:recension|omdöme|betyg)",
    "tr": r"(?:yorum|değerlendirme)\s+(?:yapmadan|yazmadan|bırakmadan|vermeden)\s+önce",
    "ru": r"прежде\s+чем\s+(?:оставить|писать|написать|ставить|поставить)\s+(?:\w+\s+)?(?:отзыв|оценку)|"
    r"(?:до\s+того|перед\s+тем)\s+как\s+(?:оставить|оставлять|написать|писать|поставить|ставить)\s+(?:\w+\s+)?(?:отзыв|оценку)|вместо\s+(?:негативного\s+)?отзыва",
    "ar": r"قبل\s+(?:كتابة|ترك|وضع)\s+(?:أي\s+)?(?:مراجعة|تقييم|تعليق)|قبل\s+(?:ما|أن|ان)\s+(?:تكتب|تترك|تضع)\w*\s+(?:\S+\s+)?(?:مراجعة|تقييم|تعليق)",
    "he": r"לפני\s+(?:ש(?:את|אתה|אתם)\s+)?(?:כותב|כותבת|משאיר|משאירה|כתיבת|השארת|תכתוב|תכתבי|תשאיר|תשאירי)\w*\s+(?:\S+\s+)?(?:ביקורת|חוות\s+דעת|דירוג)",
    "ja": r"(?:レビュー|評価)(?:を)?(?:書かれる|書く|投稿する|投稿される|される|つける|付ける)前に",
    "ko": r"(?:리뷰|후기|평가)\s*(?:를|을)?\s*(?:작성|남기|쓰)\w*\s*전에",
    "zh": r"(?:评价|評價|差评|差評|评论|評論)(?:之)?前(?:请|請)?(?:先)?(?:联系|聯繫|找|(?:给|給)(?:我们|我們|我)打(?:电话|電話)|打(?:电话|電話)|致电|致電)",
}  # fmt: skip
_BEFORE_REVIEWING_ANCHORS = {
    "en": "before leaving|before posting|before writing|before you|instead of", "de": "bevor|statt", "fr": "avant de|au lieu de|plutôt que",
    "es": "antes de|en lugar de", "it": "prima di", "pt": "antes de",
    "nl": "plaats|voordat", "pl": "zanim", "sv": "innan", "tr": "önce", "ru": "прежде|до того|перед тем|вместо", "ar": "قبل",
    "he": "לפני", "ja": "前に", "ko": "전에", "zh": "评价前|評價前|差评前|差評前|评论前|評論前|评价之前|評價之前|差评之前|差評之前|评论之前|評論之前",
}  # fmt: skip
_BEFORE_REVIEWING_GATE = family(
    "review.positive_only",
    _BEFORE_REVIEWING_ANCHORS,
    {lang: [_BEFORE_REVIEWING[lang]] for lang in _BEFORE_REVIEWING},
)

# The old review called out of date, as a statement or a rhetorical question ("doesn't that old comment feel a bit out
# of date?", "der Kommentar von damals gibt ein etwas schiefes Bild ab", "il commento di qualche settimana fa non ti
# sembra un po' superato?", "старый комментарий уже не совсем отражает ситуацию", "之前的那条评论是不是已经不太符合现在的
# 情况了", "lo que comentaste en su día ya no aplica"): the buyer is asked to change it without a verb of changing
# (batch AD; tuning batch Y's "your comment … will no longer be accurate").
_OLD_REVIEW = {
    "en": r"\b(?:old|earlier|original|previous|first)\s+(?:\w+\s+)?(?:comment|review|feedback|rating)s?\b|\bwhat\s+you\s+wrote\b",
    "de": r"\b(?:kommentar|bewertung|rezension)\s+von\s+damals\b|\b(?:alte|ursprüngliche|frühere)\w*\s+(?:kommentar|bewertung|rezension)\w*|"
    r"\bwas\s+sie\s+(?:damals\s+)?geschrieben\s+haben\b",
    "fr": r"\bl'ancien(?:ne)?\b|\bvotre\s+(?:ancien|premier|première)\s+(?:avis|commentaire|évaluation|note)\b|\bce\s+que\s+vous\s+avez\s+écrit\b",
    "es": r"\blo\s+que\s+(?:comentaste|escribiste|coment[oó]|escribi[oó]|publicaste|public[oó])\b|"
    r"\b(?:su|tu)\s+(?:antigua|vieja|primera)\s+(?:reseña|opini[oó]n|valoraci[oó]n)\b",
    "it": r"\bcommento\s+di\s+qualche\s+\w+\s+fa\b|\b(?:vecchio|vecchia|primo|prima)\s+(?:commento|recensione|valutazione)\b|\bquello\s+che\s+ha\s+scritto\b",
    "pt": r"\bo\s+que\s+(?:voc[êe]\s+)?escreveu\b|\b(?:coment[áa]rio|avalia[çc][ãa]o)\s+antig[oa]\b",
    "nl": r"\bwat\s+er\s+(?:nu\s+)?over\s+ons\s+(?:op\s+de\s+\w+\s+)?staat\b|\b(?:oude|eerdere)\s+(?:reactie|review|recensie|beoordeling)\b",
    "ru": r"(?:старый|прежний|первый)\s+(?:комментарий|отзыв)|то,?\s+что\s+вы\s+написали",
    "zh": r"(?:之前|以前|原来|原來)的?(?:那条|那條)?(?:评论|評論|评价|評價)",
    "ja": r"(?:以前|先日|前回)(?:お書き|ご投稿|投稿)(?:いただいた|頂いた)(?:ご感想|レビュー|評価|口コミ)",
}  # fmt: skip
_OUTDATED = {
    "en": r"\bout\s+of\s+date\b|\boutdated\b|\bno\s+longer\s+(?:applies|accurate|true|valid|relevant|correct)\b|\bdoesn'?t\s+(?:really\s+)?apply\s+(?:any\s*more|now)\b",
    "de": r"\bschiefes\s+bild\b|\bveraltet\w*|\bnicht\s+mehr\s+(?:zutrifft|zutreffend|aktuell|stimmt|gilt)\b|\büberholt\b",
    "fr": r"\bs'applique\s+plus\b|\bn'est\s+plus\s+(?:à\s+jour|d'actualité|exact\w*|valable)\b|\bdépassé\w*",
    "es": r"\bya\s+no\s+(?:aplica|es\s+(?:exact\w*|v[aá]lid\w*|cierto))\b|\bdesactualizad\w*",
    "it": r"\bsuperat\w*|\bnon\s+(?:è\s+)?più\s+(?:valid\w*|attual\w*|vero)\b",
    "pt": r"\bdesatualizad\w*|\bj[áa]\s+n[ãa]o\s+(?:vale|se\s+aplica)\b",
    "nl": r"\bklopt\s+(?:\w+\s+){0,2}?niet\s+meer\b|\bachterhaald\b|\bverouderd\b",
    "ru": r"не\s+(?:совсем\s+)?отражает|устарел\w*|уже\s+не\s+актуал\w*",
    "zh": r"不太符合|不符合现在|不符合現在|过时|過時",
    "ja": r"(?:現在の|今の)状況とは(?:少し)?異な",
}  # fmt: skip
_OUTDATED_ANCHORS = {
    "en": "out of date|outdated|no longer|apply", "de": "schiefes|veraltet|nicht mehr|überholt",
    "fr": "applique|plus à jour|plus d'actualité|plus exact|plus valable|dépass",
    "es": "aplica|exact|válid|valid|cierto|desactualizad", "it": "superat|più valid|più attual|più vero", "pt": "desatualizad|vale|aplica",
    "nl": "klopt|achterhaald|verouderd", "ru": "отражает|устарел|актуал", "zh": "符合|过时|過時", "ja": "異な",
}  # fmt: skip
_OUTDATED_CHANGE = family(
    "review.change",
    _OUTDATED_ANCHORS,
    {lang: [near(_OLD_REVIEW[lang], _OUTDATED[lang], 60)] for lang in _OUTDATED}
    # the Dutch verb brackets the review: "klopt wat er nu over ons op de productpagina staat niet meer"
    | {
        "nl": [
            near(_OLD_REVIEW["nl"], _OUTDATED["nl"], 60),
            r"\bklopt\s+wat\s+er\s+(?:\w+\s+){0,8}?staat\s+niet\s+meer\b",
        ]
    },
)
# "It would only be fair if your rating reflected how we handled it", "il serait juste que votre évaluation reflète …",
# "seria justo que a sua avaliação mostrasse isso", "wäre eine Anpassung Ihrer Bewertung nur fair", "byłoby to
# sprawiedliwe": fairness invoked for the review after a fix (batches AC, AD).
_FAIR = {
    "en": r"\b(?:it\s+would\s+(?:only\s+)?be\s+(?:only\s+)?fair|only\s+fair)\b", "de": r"\bnur\s+fair\b|\bwäre\s+(?:\w+\s+){0,3}?fair\b",
    "fr": r"\bil\s+serait\s+(?:\w+,?\s+){0,3}?juste\b", "es": r"\bser[ií]a\s+justo\b", "it": r"\bsarebbe\s+giusto\b",
    "pt": r"\bseria\s+justo\b", "nl": r"\bzou\s+(?:wel\s+|alleen\s+maar\s+)?eerlijk\s+zijn\b", "pl": r"\bbyłoby\s+to\s+sprawiedliwe\b",
}  # fmt: skip
_FAIR_CHANGE = linked_family(
    "review.change",
    {
        "en": "fair",
        "de": "fair",
        "fr": "juste",
        "es": "justo",
        "it": "giusto",
        "pt": "justo",
        "nl": "eerlijk",
        "pl": "sprawiedliwe",
    },
    {lang: [_FAIR[lang]] for lang in _FAIR},
    {lang: _YOUR_REVIEW.get(lang, _REVIEW[lang]) for lang in _FAIR},
    after=True,
)

# Looking again at a review named in the sentence before ("Die ene ster zit ons nog altijd dwars… misschien iets om nog
# eens naar te kijken?", "הכוכב האחד שנתת ממש כואב לנו… אולי תעיף מבט שוב?", "التقييم … لسه بيتكلم عن المشكلة القديمة،
# ممكن تبص عليه تاني؟": batch AE) — the look-again family within 45 characters missed it further away.
_LOOK_AGAIN_LINKED = linked_family(
    "review.change",
    _LOOK_ANCHORS,
    {lang: [_LOOK_AGAIN[lang]] for lang in _LANGS},
    {lang: _REVIEW[lang] for lang in _LANGS},
    unless={lang: THANKS_BEFORE[lang] for lang in _LANGS if lang in THANKS_BEFORE},
)

# ------------------------------------------------------------------ 13. round 23 (blind batch AG)

# The review asked to be looked at again in the passive, with no "you" to ask ("Were the earlier comment to be
# revisited …", "dass das abgegebene Verkäuferfeedback nochmals geprüft wird", "que la opinión publicada pudiera ser
# revisada", "indien de door u geplaatste beoordeling opnieuw zou worden bekeken"), or whether it is still an accurate
# reflection ("whether this feedback remains an accurate reflection", "si celle-ci reflète toujours …"): batch AG.
_PASSIVE_REVISIT = {
    "en": r"\b(?:comment|review|feedback|rating)s?\s+(?:\w+\s+){0,3}?(?:to\s+be|be|being)\s+(?:\w+\s+)?(?:revisited|reconsidered|revised|amended|re-?evaluated|reviewed\s+again|looked\s+at\s+again|updated|changed|raised|edited)\b|"
    r"\bwhether\s+(?:this|the|your)\s+(?:\w+\s+)?(?:feedback|review|rating|comment)\s+(?:still\s+)?(?:remains|is)\s+(?:still\s+)?an?\s+(?:accurate|fair)\s+reflection\b",
    "de": r"\b(?:bewertung|rezension|feedback|verkäuferfeedback|kommentar)\w*\s+(?:\w+\s+){0,5}?(?:nochmals|noch\s+einmal|erneut)\s+(?:überprüft|geprüft|angesehen|betrachtet|überdacht)\s+(?:wird|würde|werden)\b",
    "fr": r"\b(?:avis|évaluation|commentaire)s?\s+(?:\w+\s+){0,5}?(?:puisse|pourrait|soit)\s+être\s+(?:revu|reconsidéré|modifié|réexaminé)e?s?\b|"
    r"\bsi\s+(?:celle-ci|celui-ci|votre\s+(?:avis|évaluation|commentaire))\s+reflète\s+toujours\b",
    "es": r"\b(?:opini[oó]n|valoraci[oó]n|reseña|comentario)\s+(?:\w+\s+){0,5}?(?:pudiera|pueda|podr[ií]a)\s+ser\s+(?:revisad|reconsiderad|modificad|actualizad)[ao]\b",
    "it": r"\b(?:recensione|valutazione|feedback|commento)\s+(?:\w+\s+){0,5}?(?:possa|potesse|venga|fosse)\s+(?:essere\s+)?(?:rivist|riconsiderat|modificat|aggiornat)[oaie]\b",
    "pt": r"\b(?:avalia[çc][ãa]o|coment[áa]rio|opini[ãa]o)\s+(?:\w+\s+){0,5}?(?:possa|pudesse|seja|fosse)\s+(?:ser\s+)?(?:revist|reconsiderad|alterad|atualizad)[oa]\b",
    "nl": r"\b(?:beoordeling|review|recensie)\s+(?:\w+\s+){0,3}?opnieuw\s+(?:zou\s+)?(?:worden|wordt)\s+(?:bekeken|overwogen|herzien)\b",
}  # fmt: skip
_PASSIVE_REVISIT_ANCHORS = {
    "en": "revisited|reconsidered|revised|amended|evaluated|reviewed|looked|reflection|updated|changed|raised|edited", "de": "nochmals|noch einmal|erneut",
    "fr": "revu|reconsidér|modifié|réexaminé|reflète", "es": "revisad|reconsiderad|modificad|actualizad",
    "it": "rivist|riconsiderat|modificat|aggiornat", "pt": "revist|reconsiderad|alterad|atualizad", "nl": "opnieuw",
}  # fmt: skip
_PASSIVE_REVISIT_CHANGE = family(
    "review.change", _PASSIVE_REVISIT_ANCHORS, {k: [v] for k, v in _PASSIVE_REVISIT.items()}
)

# The review's staying online made the condition of something ("If the comment is still there tomorrow we will …",
# "Unless it is amended within 48 hours", "tant qu'ils resteront en ligne", "en cuanto la valoración publicada deje de
# estar visible", "solange Ihre Bewertung online ist"): its removal is what is asked (batch AG).
_WHILE_UP = {
    "en": r"\b(?:if|unless|as\s+long\s+as|while|until)\s+(?:the|your|this|that)\s+(?:\w+\s+)?(?:comment|review|feedback|rating)\s+(?:is\s+still\s+(?:there|up|online|visible)|remains|stays|is\s+(?:amended|removed|taken\s+down|no\s+longer\s+visible))\b|"
    r"\b(?:comment|review|feedback|rating)\s+(?:\w+\s+){0,2}?(?:is\s+)?no\s+longer\s+visible\b",
    "de": r"\bsolange\s+(?:ihre|die|der|deine)\s+(?:\w+\s+)?(?:bewertung|rezension|kommentar|feedback)\w*\s+(?:noch\s+)?(?:online|sichtbar|steht|besteht)\b|"
    r"\b(?:bewertung|rezension|kommentar)\w*\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+sichtbar\b",
    "fr": r"\btant\s+qu\S*\s+(?:\S+\s+){0,3}?rest(?:e|ent|era|eront|er)\s+en\s+ligne\b|\b(?:avis|évaluation|commentaire)s?\s+(?:\w+\s+){0,2}?(?:ne\s+sera\s+plus|n'est\s+plus)\s+visible\b",
    "es": r"\b(?:valoraci[oó]n|opini[oó]n|reseña|comentario)\s+(?:\w+\s+){0,2}?deje\s+de\s+estar\s+visible\b|\bmientras\s+(?:la|su|tu|el)\s+(?:\w+\s+)?(?:valoraci[oó]n|opini[oó]n|reseña|comentario)\s+(?:siga|est[eé])\s+(?:publicad|visible|en\s+l[ií]nea)",
    "it": r"\bfinché\s+(?:la|il|sua|tua)\s+(?:\w+\s+)?(?:recensione|valutazione|commento|feedback)\s+(?:resta|rimane|sarà)\s+(?:online|visibile|pubblicat)",
    "pt": r"\benquanto\s+(?:a|o|sua|seu)\s+(?:\w+\s+)?(?:avalia[çc][ãa]o|coment[áa]rio|opini[ãa]o)\s+(?:estiver|continuar|ficar)\s+(?:online|vis[íi]vel|publicad)",
}  # fmt: skip
_WHILE_UP_ANCHORS = {
    "en": "still|remains|stays|amended|removed|taken|visible", "de": "solange|sichtbar", "fr": "tant|visible", "es": "deje|mientras",
    "it": "finché", "pt": "enquanto",
}  # fmt: skip
_WHILE_UP_CHANGE = family("review.change", _WHILE_UP_ANCHORS, {k: [v] for k, v in _WHILE_UP.items()})


# The rating asked to become better, higher or full, in the words of a seller writing in a second language ("could
# you help that the evaluation can become more beautiful?", "maybe the stars you gave us also can become full?", "dass
# die Sterne danach ein bisschen freundlicher aussehen", "göra betyg bättre", "opinia będzie trochę lepsza", "сделать
# оценка красивый", "جعل التقييم جميل", "評価を良いにする", "평가 좋게 만들기", "评分能调整到满分"): the review first, then
# what it should become — a product made better "thanks to your review" is no request (batch AG).
_BETTER = {
    "en": r"\b(?:can|could|would|will|to|also|maybe|might)\s+(?:\w+\s+){0,2}?(?:become|be|look|get|turn)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+(?:beautiful|positive|good)|friendlier|nicer|higher|full)\b",
    "de": r"\b(?:ein\s+(?:bisschen|wenig)\s+|etwas\s+)?(?:freundlicher|besser|höher|positiver|schöner|freundlich)\s+(?:aussehen|aussieht|ausfallen|ausfällt|machen|werden|wird|wären|sein)\b",
    "sv": r"\b(?:bättre|högre|snällare|vänligare)\b",
    "pl": r"\b(?:będzie|była|byłaby|mogłaby\s+być)\s+(?:\w+\s+)?(?:lepsza|lepszy|wyższa|wyższy|ładniejsza)\b",
    "tr": r"(?:daha\s+olumlu|daha\s+iyi|tam\s+puan\w*|daha\s+yüksek)",
    "pt": r"\b(?:fica|ficar|ficasse)\s+(?:\w+\s+)?(?:cheia|melhor|mais\s+alta|mais\s+bonita)\b",
    "it": r"\b(?:qualche\s+stellina\s+in\s+più|(?:più\s+)?(?:bella|alta|positiva)\s+(?:diventa|diventasse|fosse))\b",
    "ru": r"(?:красив(?!ые|ых|ыми)\w*|лучше|выше|повыше|получше)",  # not "отзыв и красивые фото"
    "ar": r"(?:جميل\w*|أفضل|أعلى|احسن|أحسن)",  # made so: "جعل التقييم جميل" (not "تقييمك الجميل", thanks)
    "he": r"(?:יותר\s+טוב|טוב\s+יותר|יותר\s+גבוה|גבוה\s+יותר)",
    "ja": r"(?:良いに|よく(?:して|する)|満点に|(?<!差し)上げて|高く)",
    "ko": r"(?:좋게|높게|꽉\s*차|만점)",
    "zh": r"(?:满分|滿分|好看一点|好看一點|改好|提高)",
}  # fmt: skip
_BETTER_ANCHORS = {
    "en": "beautiful|positive|good|friendlier|nicer|higher|full", "de": "freundlich|besser|höher|positiver|schöner", "sv": "bättre|högre|snällare|vänligare",
    "pl": "lepsza|lepszy|wyższa|wyższy|ładniejsza", "tr": "olumlu|iyi|puan|yüksek", "pt": "cheia|melhor|alta|bonita",
    "it": "stellina|bella|alta|positiva", "ru": "красив|лучше|выше|повыше|получше", "ar": "جميل|أفضل|أعلى|احسن|أحسن",
    "he": "יותר", "ja": "良いに|よく|満点|上げて|高く", "ko": "좋게|높게|꽉|만점", "zh": "满分|滿分|好看|改好|提高",
}  # fmt: skip
# … and asked to become *full* (top marks): a positive-only request too, as five stars asked in a change is.
_FULL = {
    "en": r"\b(?:can|could|would|will|also|maybe|might)\s+(?:\w+\s+){0,2}?(?:become|be|get)\s+full\b",
    "pt": r"\b(?:fica|ficar|ficasse)\s+cheia\b", "tr": r"tam\s+puan\w*", "ja": r"満点に", "ko": r"(?:꽉\s*차|만점)", "zh": r"满分|滿分",
    "fr": r"\bétoiles\s+complètes\b", "it": r"\bcinque\s+su\s+cinque\b", "nl": r"\bvolle\s+score\b", "he": r"(?:הציון|לציון)\s+הכי\s+גבוה",
}  # fmt: skip
_FULL_ANCHORS = {
    "en": "full", "pt": "cheia", "tr": "tam", "ja": "満点", "ko": "꽉|만점", "zh": "满分|滿分", "fr": "complètes", "it": "cinque",
    "nl": "volle", "he": "גבוה",
}  # fmt: skip
_FULL_POSITIVE = family(
    "review.positive_only",
    _FULL_ANCHORS,
    {lang: [near(_REVIEW[lang], pattern, 40)] for lang, pattern in _FULL.items()},
)
_BETTER_CHANGE = family(
    "review.change",
    _BETTER_ANCHORS,
    {lang: [_chain(_REVIEW[lang], _BETTER[lang], gap=40)] for lang in _BETTER}
    | {"ar": [_chain(r"(?:جعل|تجعل|نجعل|يصبح|تصبح)", _REVIEW["ar"], _BETTER["ar"], gap=20)]},
)


# The stars or the review asked whether they could reflect the fix ("vos étoiles pourraient-elles refléter ce
# changement ?", "talvez as estrelas possam refletir o desfecho", "Kanske stjärnorna kunde spegla det nu?", "Może
# gwiazdki mogłyby teraz to odzwierciedlić?", "belki yorumunuz da bunu yansıtabilir", "후기에도 그 부분이 반영되면",
# "评价那边是否也可以体现一下"): the review, a modal, a verb of reflecting — "your review reflects your experience" asks
# nothing (batch AL).
_MAY = {
    "en": r"\b(?:could|might|would|can|may)\b", "de": r"\b(?:könnte\w*|würde\w*|kann)\b", "fr": r"\b(?:pourrai\w+|puisse\w*|peu\w+)\b",
    "es": r"\b(?:pudiera\w*|podr[ií]a\w*|pueda\w*)\b", "it": r"\b(?:potrebbe\w*|possa\w*|potesse\w*)\b",
    "pt": r"\b(?:possa\w*|poderia\w*|pudesse\w*)\b", "nl": r"\b(?:zou\w*|kan|kunnen)\b", "pl": r"\b(?:mogł\w+|może|mogą)\b",
    "sv": r"\b(?:kunde|skulle|kan)\b", "ru": r"(?:мог\w*|может)", "ar": r"(?:ممكن|يمكن)", "he": r"(?:יכול\w*|אפשר)",
}  # fmt: skip
_REFLECT = {
    "en": r"\breflect\w*", "de": r"\bwiderspiegel\w*|\bwiderzuspiegeln\b", "fr": r"\brefléter\b", "es": r"\breflej\w+",
    "it": r"\b(?:rispecchi|riflett)\w*", "pt": r"\breflet\w+", "nl": r"\bweerspiegel\w*", "pl": r"\b(?:odzwierciedl|pokaza)\w*",
    "sv": r"\bspegla\w*", "ru": r"отража\w*|отразить", "ar": r"(?:يعكس|تعكس)", "he": r"(?:ישקף|תשקף|לשקף)",
}  # fmt: skip
_REFLECT_ANCHORS = {
    "en": "reflect", "de": "widerspiegel|widerzuspiegeln", "fr": "refléter", "es": "reflej", "it": "rispecchi|riflett",
    "pt": "reflet", "nl": "weerspiegel", "pl": "odzwierciedl|pokaza", "sv": "spegla", "ru": "отража|отразить", "ar": "يعكس|تعكس",
    "he": "ישקף|תשקף|לשקף", "tr": "yansıt", "ko": "반영", "zh": "体现|體現|反映", "ja": "反映",
}  # fmt: skip
_REFLECT_CHANGE = family(
    "review.change",
    _REFLECT_ANCHORS,
    {lang: [_chain(_REVIEW[lang], _MAY[lang], _REFLECT[lang], gap=30)] for lang in _MAY}
    | {
        "tr": [_chain(_REVIEW["tr"], r"yansıt(?:abilir|ması|sa|ır\s+mı)\w*", gap=30)],
        "ko": [_chain(_REVIEW["ko"], r"반영(?:되면|해\s*주|하여\s*주|돼\s*주)", gap=30)],
        "zh": [_chain(_REVIEW["zh"], r"(?:可以|能|能否|是否)", r"(?:体现|體現|反映)", gap=15)],
        "ja": [_chain(_REVIEW["ja"], r"反映(?:して|させて)?(?:いただけ|頂け)", gap=30)],
    },
)


# Plain change requests in the words the batches found missing: Portuguese "mudar a nota" / "muda o feedback" (not a
# "nota fiscal"), "把评价改一下" (batch AL; "星を5つにして", "yıldızları 5'e çekebilir misin" are in ``_TO_FIVE``).
_PLAIN_CHANGE = {
    "pt": r"\b(?:mud|alter|troc)\w*\s+(?:a\s+|o\s+|sua\s+|seu\s+|essa\s+|esse\s+)?(?:nota(?!\s+fiscal)|feedback)\b",
    "zh": r"(?:评价|評價|评论|評論|评分|評分)(?:\S{0,2}?)改(?:一下|掉|好|成)",
}  # fmt: skip
_PLAIN_CHANGE_ANCHORS = {"pt": "mud|alter|troc", "zh": "改"}
_PLAIN_CHANGE_FAMILY = family(
    "review.change", _PLAIN_CHANGE_ANCHORS, {lang: [pattern] for lang, pattern in _PLAIN_CHANGE.items()}
)


# A line asked to be added to the review saying the problem was fixed ("maybe you can add little update so other
# buyers know?", "acrescentar ao seu comentário que o problema foi resolvido", "dopisałbyś w komentarzu, że sprawa
# załatwiona", "lägga till i din kommentar att vi fixade det", "코멘트에 해결됐다고 한 줄만 추가해"): the review changed
# (batch AL) — "feel free to add photos to your review" names no fix and stays a plain request.
_ADD = {
    "en": r"\badd\w*\b", "de": r"\b(?:ergänz|hinzufüg|nachtrag)\w*", "fr": r"\b(?:ajout|compléter)\w*", "es": r"\b(?:añad|agreg|complet)\w*",
    "it": r"\b(?:aggiung|integr)\w*", "pt": r"\b(?:acrescent|adicion|complet)\w*", "nl": r"\b(?:toevoeg|aanvull|bijschrijv)\w*|\bvoeg\w*\s+(?:\w+\s+){0,4}?toe\b",
    "pl": r"\b(?:dopisa|dopis|uzupełni|doda)\w*", "sv": r"\b(?:lägga\s+till|lägg\s+till|komplettera)\b", "tr": r"(?:ekle|ekley)\w*",
    "ru": r"(?:дополн|добав|дописа)\w*", "ar": r"(?:تضيف|إضافة|اضافة|أضف|اضف)", "he": r"(?:להוסיף|תוסיף|תוסיפי)",
    "ja": r"(?:追記|書き加え|追加)", "ko": r"(?:추가|덧붙|적어)", "zh": r"(?:追加|补充|補充|追评|追評)",
}  # fmt: skip
_FIXED = {
    "en": r"\b(?:fixed|resolved|solved|sorted|works?\s+now|update)\b", "de": r"\b(?:gelöst|behoben|erledigt|geklärt|funktioniert)\b",
    "fr": r"\b(?:résolu\w*|réglé\w*|suite\s+donnée|fonctionne)\b", "es": r"\b(?:resuelt\w*|solucionad\w*|funciona)\b",
    "it": r"\b(?:risolt\w*|sistemat\w*|funziona)\b", "pt": r"\b(?:resolvid\w*|solucionad\w*|funciona)\b",
    "nl": r"\b(?:opgelost|verholpen|werkt)\b", "pl": r"\b(?:załatwion\w*|rozwiązan\w*|zakończył\w*|działa)\b",
    "sv": r"\b(?:fixade|löst|lösts|fungerar|funkar)\b", "tr": r"(?:çözüldü|çözül\w*|hallold\w*)", "ru": r"(?:решен\w*|решил\w*|исправ\w*)",
    "ar": r"(?:انحلت|اتحلت|تم\s+حل|حلت)", "he": r"(?:נפתר\w*|טופל\w*)", "ja": r"(?:解決|対応)", "ko": r"(?:해결|처리)", "zh": r"(?:解决|解決|处理好|處理好)",
}  # fmt: skip
_ADD_ANCHORS = {
    "en": "add a|add an|add to|add that|add some|add little|add one|add just|adding", "de": "ergänz|hinzufüg|nachtrag", "fr": "ajout|compléter", "es": "añad|agreg|complet", "it": "aggiung|integr",
    "pt": "acrescent|adicion|complet", "nl": "toevoeg|aanvull|bijschrijv|voeg", "pl": "dopisa|dopis|uzupełni|doda", "sv": "lägga|lägg|komplettera",
    "tr": "ekle", "ru": "дополн|добав|дописа", "ar": "تضيف|إضافة|اضافة|أضف|اضف", "he": "להוסיף|תוסיף|תוסיפי",
    "ja": "追記|書き加え|追加", "ko": "추가|덧붙|적어", "zh": "追加|补充|補充|追评|追評",
}  # fmt: skip
_ADD_FIXED_CHANGE = family(
    "review.change",
    _ADD_ANCHORS,
    {lang: [near(near(_ADD[lang], _REVIEW[lang], 40), _FIXED[lang], 60)] for lang in _ADD},
)


# The review asked about as still the same after the fix ("あの評価は今もそのままでしょうか？", "그 평가는 아직
# 그대로인가요?", "وش رأيك بالتقييم؟ ما زال نجمة وحدة؟", "¿y la opinión de 1 estrella? ¿Sigue siendo así?", "será que ela
# ainda faz sentido?", "Is the two-star still where you'd land?"): a change asked as a question (batch AG), and the
# passive "ونأمل أن يُعاد النظر في التقييم".
_STILL_SAME = {
    "en": r"\b(?:still\s+where\s+you(?:'d|\s+would)\s+land|still\s+how\s+you\s+feel|still\s+stands?\s+as\s+(?:is|written))\b",
    "es": r"¿?\s*sigue\s+siendo\s+as[ií]\s*\?",
    "pt": r"\bainda\s+faz\s+sentido\b",
    "ar": r"(?:ما\s+زال|ما\s+زالت|لسه|لا\s+يزال|لا\s+تزال)\s+(?:نجمة|نجمه|نجمتين)|يعاد\s+النظر",
    "ja": r"(?:今も|まだ)?そのまま(?:でしょうか|ですか|なのでしょうか)",
    "ko": r"(?:아직|여전히)\s*그대로(?:인가요|일까요|예요|이에요)",
}  # fmt: skip
_STILL_SAME_ANCHORS = {
    "en": "still",
    "es": "sigue",
    "pt": "sentido",
    "ar": "زال|زالت|لسه|يزال|تزال|النظر",
    "ja": "そのまま",
    "ko": "그대로",
}
_STILL_SAME_CHANGE = family(
    "review.change",
    _STILL_SAME_ANCHORS,
    {lang: [near(_REVIEW[lang], pattern, 40)] for lang, pattern in _STILL_SAME.items()},
)


# Five stars asked for, then the seller's gift in the same sentence with no "if" between ("geef ons 5 ster en goede
# feedback, wij geven u coupon 3 dollar", "ge oss 5 stjärnor … så skickar vi en present", "ti prego cambia in 5 stelle,
# ti mandiamo seconda borsa gratis", "5 별 과 좋은 평가 주세요, 우리는 … 쿠폰 드립니다", "نحن نرسل لك هدية"): the gift pays for
# the stars (batch AM). The benefit must come with the seller's giving verb, so "5 stars … free shipping on all orders"
# in a shop's notice is not enough.
_WE_GIVE = {
    "en": r"\bwe(?:'ll|\s+will)?\s+(?:send|give|refund|offer|add)\b", "de": r"\b(?:schicken|senden|geben|schenken|erstatten)\s+wir\b|\bbekommst\s+du\b|\berhalten\s+sie\b",
    "fr": r"\b(?:nous\s+vous|on\s+vous|on\s+te)\s+(?:offr|envoi|rembours|donn)\w*", "es": r"\b(?:te|le)\s+(?:mandamos|regalamos|damos|enviamos|devolvemos)\b",
    "it": r"\b(?:ti|le)\s+(?:mandiamo|regaliamo|diamo|inviamo|rimborsiamo|mettiamo)\b", "pt": r"\b(?:a\s+gente\s+)?(?:manda|mandamos|damos|enviamos|devolvemos)\b",
    "nl": r"\b(?:wij|we)\s+(?:geven|sturen|storten|schenken)\b", "pl": r"\b(?:dajemy|damy|wyślemy|zwrócimy|dorzucimy)\b",
    "sv": r"\b(?:skickar|ger|betalar|bjuder)\s+vi\b|\bvi\s+(?:skickar|ger|betalar|bjuder)\b", "tr": r"(?:gönderiyoruz|göndereceğiz|veriyoruz|vereceğiz|hediye\s+ediyoruz)",
    "ru": r"(?:вышлем|отправим|дадим|подарим|верн[её]м|дарим)", "ar": r"(?:نرسل\s+لك|نرجع\s+لك|نعطيك|نهديك)",
    "he": r"(?:שולחים|נשלח|ניתן|נחזיר|נעניק)", "ko": r"(?:드립니다|드릴게요|줄게|보내드|드려요)", "ja": r"(?:差し上げ|お送りし|プレゼントし)",
    "zh": r"(?:送(?:您|你)|给(?:您|你)|給(?:您|你)|返(?:您|你))",
}  # fmt: skip
# Anchored on the stars (rarer than "send" or "give", in every seller's message).
_STAR_ANCHORS = {
    "en": "5 star|5-star|5star|five star|five-star|fivestar", "de": "stern", "fr": "étoile", "es": "estrella", "it": "stell",
    "pt": "estrel", "nl": "ster", "pl": "gwiazd", "sv": "stjärn", "tr": "yıldız", "ru": "звёзд|звезд", "ar": "نجوم|نجمة|نجمات",
    "he": "כוכבים", "ko": "별|점", "ja": "星", "zh": "五星",
}  # fmt: skip
# The change done, then the reward, in Chinese: "修改后我们会返还您10美元作为感谢" (after you change it we return $10
# as thanks; stop 31, batch AT).
_AFTER_CHANGE_GIVE = linked_family(
    "review.incentive",
    {"zh": "修改后|修改後|改后|改後|删除后|刪除後|删掉后|刪掉後|改好后|改好後"},
    {
        "zh": [
            r"(?:修改|改好|改|删除|刪除|删掉|刪掉)(?:评价|評價|评论|評論)?(?:之)?(?:后|後)[^。！？\n]{0,20}?(?:返还|返還|返现|返現|退还|退還|退您|送您|送你|给您|給您|补偿|補償)"
        ]
    },
    {"zh": _REVIEW["zh"]},  # the review named in this sentence or the one before (not "修改后的地址")
)

# "As a thank-you for a review we send …": the thank-you names the trade ("Som tack för en recension skickar vi gärna
# ett signerat bokmärke", "nous vous enverrons en remerciement un lot de filtres" — not "thank you for your review, we
# will send the replacement tomorrow": plain thanks is no "as a thank-you"; batch AX, stop 31).
_AS_THANKS = {
    "en": r"\bas\s+a\s+(?:small\s+|little\s+)?thank[\s-]?you\b", "de": r"\bals\s+(?:kleines\s+)?(?:dankeschön|dank)\b",
    "fr": r"\ben\s+(?:guise\s+de\s+)?remerciement\b", "es": r"\bcomo\s+(?:peque[ñn]o\s+)?agradecimiento\b",
    "it": r"\bcome\s+(?:piccolo\s+)?ringraziamento\b", "pt": r"\bcomo\s+(?:forma\s+de\s+)?agradecimento\b",
    "nl": r"\bals\s+(?:klein\s+)?(?:dank|bedankje)\b", "sv": r"\bsom\s+tack\b", "pl": r"\bw\s+podziękowaniu\b",
}  # fmt: skip
_WE_SEND = {
    "en": r"\bwe(?:'ll|\s+will|'d|\s+would)?\s+(?:\w+\s+)?(?:send|give|ship|mail|post)\b", "de": r"\b(?:senden|schicken|schenken)\s+wir\b",
    "fr": r"\bnous\s+vous\s+(?:enverr\w*|offr\w*|envoy\w*)", "es": r"\b(?:le|te|les)\s+(?:enviamos|enviaremos|regalamos|regalaremos)\b",
    "it": r"\b(?:le|ti|vi)\s+(?:inviamo|invieremo|regaliamo|spediamo|spediremo)\b", "pt": r"\b(?:enviamos|enviaremos|mandamos|presenteamos|devolvemos|estamos\s+devolvendo)\b",
    "nl": r"\b(?:sturen|geven)\s+(?:we|wij)\b", "sv": r"\bskickar\s+vi\b|\bger\s+vi\b", "pl": r"\b(?:wyślemy|przyślemy|damy)\b",
}  # fmt: skip
_AS_THANKS_GIFT = family(
    "review.incentive",
    {lang: _ANCHORS[lang] for lang in _AS_THANKS},
    {
        lang: [
            _chain(_AS_THANKS[lang], rf"(?:{_REVIEW[lang]})", _WE_SEND[lang], gap=40),
            _chain(rf"(?:{_REVIEW[lang]})", _WE_SEND[lang], _AS_THANKS[lang], gap=40),
            _chain(rf"(?:{_REVIEW[lang]})", _AS_THANKS[lang], _WE_SEND[lang], gap=40),
            _chain(_AS_THANKS[lang], _WE_SEND[lang], rf"(?:{_REVIEW[lang]})", gap=60),
        ]
        for lang in _AS_THANKS
    },
)

_FIVE_THEN_GIVE = family(
    "review.incentive",
    _STAR_ANCHORS,
    {
        lang: [_chain(STARS[lang], rf"(?=(?:{_WE_GIVE[lang]})){_SENT}{{0,50}}?(?:{BENEFIT[lang]})", gap=50)]
        for lang in _WE_GIVE
    }
    | {"ko": [_chain(r"5\s*별|별\s*5|5\s*점", r"주시면|주면|주세요", BENEFIT["ko"], gap=40)]},
)


# A reminder or follow-up about the review, in its sentence: "just following up on my message from last week about
# leaving a review", "Vi vill bara påminna om recensionen vi frågade om", "le riscriviamo … la nostra precedente
# richiesta di recensione", "هذه رسالة تذكير ثانية بخصوص تقييم المنتج" — a repeated request (batches AL, AM, AP). A
# reminder of anything else ("a reminder that returns are free") names no review.
_REMINDER_ANCHORS = (
    "remind|erinner|herinner|rappel|record|ricord|lembr|przypomina|påminn|hatırlat|напомина|نذكر|بنفك|نفكر|تذكير|מזכיר|"
    "提醒|리마인드|follow|riscriv|nachfass|relan"
)
# … not negated: "Wir erinnern Sie nicht an Bewertungen", "we won't remind you", "nous ne vous rappellerons pas"
# … nor promised to stay the only one: "关于评价我们只提醒这一次" (we remind you this once only), "ولن نرسل لك أي تذكير آخر"
# (we will send no other reminder) (stop 31, batch AT/AU)
_REMINDING = (
    rf"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!ne\s)(?<!no\s)(?<!nie\s)(?<!не\s)(?<!只)(?<!不再)(?<!不会再)(?<!أي\s)(?>{REMINDER})"
    r"(?!\s+(?:\w+\s+)?(?:nicht|niet|inte|pas|not)\b)(?!这一次|這一次|一次就)"
)
_REMINDED_PRESSURE = family(
    "review.pressure",
    {lang: _REMINDER_ANCHORS for lang in _LANGS},
    {lang: [near(_REMINDING, _REVIEW[lang], 60)] for lang in _LANGS},
)


# ------------------------------------------------------------------ the change asked with no object (stop 38)

# "Hallo, u gaf 1 ster. Kunt u dit wijzigen? Wij sturen 5 dollar terug.", "2 yıldız verdiğinizi gördük. Değiştirebilir
# misiniz?", "видим ваш отзыв 1 звезда. Можете поменять?", "星1つの評価を見ました。変更していただけますか？", "看到您给了一星，能帮忙
# 改一下吗？", "אפשר לשנות?", "바꿔주실 수 있나요?", "ممكن تغيره؟" (blind batch DL, a dozen languages, stop 38): the rating named
# in the sentence before, then a request to change with a pronoun for it or no object at all. Each form stands where
# an object would (a pronoun, the sentence's start, a question mark right after it), so "Can you change the address?"
# after the stars stays a question about the address. Source: Amazon Customer product reviews policies and
# AliExpress §8 (no request to change a review), shared/platforms/*.md §5.
_STARS = (
    r"\d\s*-?\s*(?:stars?|sterne?n?|étoiles?|estrellas?|stelle|stella|estrelas?|sterren|ster|gwiazd\w*|stjärn\w*|"
    r"yıldız\w*|звезд\w*|نجم\w*|כוכב\w*|つ星|星|점|개)|星\s*\d\s*つ|별\s*\d\s*개|(?:一|两|二|三|1|2|3)\s*(?:星|顆星|颗星)|"
    r"نجمة\s+(?:واحدة|وحدة)|כוכב\s+אחד|одн\w+\s+звезд\w*"
)
_ASK_NO_OBJECT = {
    "en": r"\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:change|update|edit|modify|fix|revise|amend)\s+(?:it|this|that)(?=\s*[?.!]|\s+(?:to|please|for\s+us)\b)|"
    r"\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:change|update|edit|modify|raise|bump|increase)\s+(?:it\s+)?(?:up\s+)?to\s+(?:5|five|4|four)\s*-?\s*stars?\b",
    "de": r"\b(?:können|könnten)\s+sie\s+(?:das|sie|es|diese)\s+(?:(?:bitte|noch|vielleicht|eventuell|doch)\s+)?(?:ändern|anpassen|korrigieren|aktualisieren)\b",
    "fr": r"\b(?:pouvez|pourriez)[-\s]vous\s+(?:la|le)\s+(?:modifier|changer|mettre\s+à\s+jour|corriger)\b",
    "es": r"\bl[oa]\s+(?:pod[eé]s|puedes|puede|podr[ií]as?)\s+(?:cambiar|modificar|editar|actualizar)\b|"
    r"\b(?:puedes|puede|podr[ií]as?|pod[eé]s)\s+(?:cambiarl[oa]|modificarl[oa]|editarl[oa]|actualizarl[oa])\b",
    "it": r"\bse\s+l[oa]\s+(?:cambi|modifichi|aggiorni|correggi)\b|"
    r"\b(?:puoi|può|potresti|potrebbe)\s+(?:\w+\s+)?(?:cambiarl[oa]|modificarl[oa]|aggiornarl[oa])\b",
    "pt": r"\b(?:pode|poderia|consegue)\s+(?:\w+\s+)?(?:mud|alter|edit|atualiz)[áa]-l[ao]\b",
    "nl": r"\bkunt\s+u\s+(?:dit|dat|het|die|deze)\s+(?:(?:nog|even|alsnog|misschien|eventueel)\s+)?(?:wijzigen|aanpassen|veranderen)\b",
    "pl": r"\b(?:może|mógłby|mogłaby|możesz|mogłabyś|mógłbyś)\s+(?:pan\s+|pani\s+)?(?:ją|to)\s+(?:zmienić|poprawić|edytować)\b",
    "sv": r"\bkan\s+(?:du|ni)\s+(?:ändra|uppdatera|justera)\s+(?:den|det)\b",
    "tr": r"(?:(?<![a-zçğıöşü]\s)|(?<=lütfen\s)|(?<=bunu\s)|(?<=onu\s))(?:değiştir|düzelt|güncelle)(?:ebilir|ir)\s+mi(?:siniz|sin)",
    "ru": r"(?:можете|могли\s+бы\s+вы|можно)\s+(?:его\s+|её\s+|ее\s+)?(?:поменять|изменить|исправить|обновить)(?=\s*\?)",
    "ar": r"(?:ممكن|هل\s+يمكنك|تقدر)\s+(?:ت)?(?:غير|عدل|غيّر|عدّل)(?:ه|ها)\b",
    "he": r"(?:אפשר|תוכל|תוכלי|תוכלו)\s+(?:לשנות|לעדכן|לתקן)(?:\s+(?:אותו|אותה))?(?=\s*\?)",
    "ja": r"(?<![をはが])(?:変更|修正|更新)(?:して|し)(?:いただけ|もらえ)",
    "ko": r"(?:^|(?<=[.?!]\s)|(?<=[.?!]))(?:바꿔|수정해|변경해|고쳐)\s*(?:주실|주시|줄|주세요|줘)",
    "zh": r"(?:能|可以|可不可以|能不能|能否|可唔可以)(?:帮忙|幫忙|帮我们|幫我們|幫幫忙|帮帮忙|幫我哋)?(?:改|修改|更改|更新)(?:一下|下|返)",
}  # fmt: skip
_ASK_NO_OBJECT_ANCHORS = {
    "en": "change|update|edit|modify|fix|revise|amend", "de": "ändern|anpassen|korrigieren|aktualisieren",
    "fr": "modifier|changer|mettre|corriger", "es": "cambiar|modificar|editar|actualizar", "it": "cambi|modific|aggiorn|correggi",
    "pt": "mud|alter|edit|atualiz", "nl": "wijzigen|aanpassen|veranderen", "pl": "zmienić|poprawić|edytować",
    "sv": "ändra|uppdatera|justera", "tr": "değiştir|düzelt|güncelle", "ru": "поменять|изменить|исправить|обновить",
    "ar": "غير|عدل|غيّر|عدّل|تغير|تعدل", "he": "לשנות|לעדכן|לתקן", "ja": "変更|修正|更新", "ko": "바꿔|수정해|변경해|고쳐",
    "zh": "改|更新",
}  # fmt: skip
_NO_OBJECT_CHANGE = linked_family(
    "review.change",
    _ASK_NO_OBJECT_ANCHORS,
    {lang: [_ASK_NO_OBJECT[lang]] for lang in _ASK_NO_OBJECT},
    {lang: rf"(?:{_REVIEW[lang]})|{_STARS}" for lang in _ASK_NO_OBJECT},
)


# A threat over the review — legal action, the buyer's account reported — a sentence or two after it was named, often
# as "what you wrote" ("It contains statements we consider inaccurate. Unless it is amended within 48 hours, the matter
# will be passed to our legal representative", "Wir räumen Ihnen bis Freitag Gelegenheit ein, diese zu korrigieren.
# Andernfalls behalten wir uns rechtliche Schritte vor", "若週五前仍未處理，我們將向平台檢舉您的帳號": tuning batches AG,
# DB, stop 39). A threat demands the review's removal or change and pressures the buyer: the corpora label both.
# Amazon Communication Guidelines (no pressure, no request to change or remove a review); AliExpress §8 (harassment).
_LEGAL = {
    "en": r"\blegal\s+(?:action|steps|representatives?|department|team|proceedings)\b|\bour\s+(?:lawyers?|attorneys?)\b",
    "de": r"\b(?:rechtliche|juristische|gerichtliche)\s+schritte\b|\bunser(?:e|em|en)?\s+(?:anwalt|anwältin|rechtsanwalt|anwälte)\b|\babmahnung\b",
    "fr": r"\bpoursuites\b|\baction\s+en\s+justice\b|\b(?:mesures|démarches|suites)\s+(?:juridiques|judiciaires)\b|\bnotre\s+avocat\b",
    "es": r"\b(?:acciones|medidas)\s+(?:legales|judiciales)\b|\bnuestro\s+abogado\b", "it": r"\b(?:vie|azioni)\s+legali\b|\bnostro\s+avvocato\b",
    "pt": r"\bmedidas\s+(?:cab[íi]veis|legais|judiciais)\b|\ba[çc][ãa]o\s+judicial\b|\bnosso\s+advogado\b", "nl": r"\bjuridische\s+stappen\b|\bonze\s+advocaat\b",
    "pl": r"\bkroki\s+prawne\b|\bdrog[aęi]\s+prawn\w*|\bnaszego\s+prawnika\b", "sv": r"\brättsliga\s+åtgärder\b|\bvår\s+advokat\b", "tr": r"yasal\s+işlem|avukatımız",
    "ru": r"юридическ\w+\s+мер\w*|в\s+суд\b|наш\w*\s+юрист\w*", "ar": r"إجراءات\s+قانونية|محامي", "he": r"צעדים\s+משפטיים|עורך\s+הדין",
    "ja": r"法的措置|弁護士", "ko": r"법적\s*조치|변호사", "zh": r"法律途径|法律途徑|律师|律師",
}  # fmt: skip
# … held over the buyer: "unless", "if", "as long as", "otherwise" in the threat's sentence (a seller's legal steps
# against a counterfeiter, thanked for in the same message, threaten nobody).
_IF_THREAT = {
    "en": r"\b(?:unless|if|otherwise|as\s+long\s+as|until|or\s+else)\b", "de": r"\b(?:wenn|falls|sollte\w*|andernfalls|ansonsten|sonst|solange)\b",
    "fr": r"\b(?:si|sinon|tant\s+qu|à\s+défaut)\b", "es": r"\b(?:si|de\s+lo\s+contrario|mientras|sino)\b", "it": r"\b(?:se|altrimenti|finché)\b",
    "pt": r"\b(?:se|caso|sen[ãa]o|enquanto)\b", "nl": r"\b(?:als|tenzij|anders|zolang)\b", "pl": r"\b(?:jeśli|jeżeli|inaczej|dopóki|w\s+przeciwnym\s+razie)\b",
    "sv": r"\b(?:om|annars|så\s+länge)\b", "tr": r"durdukça|aksi\s+(?:takdirde|halde)|\w+(?:mazsanız|mezseniz|sa|se)\b", "ru": r"\b(?:если|иначе|пока)\b",
    "ar": r"إذا|وإلا|لو", "he": r"\bאם\b|אחרת|כל\s+עוד", "ja": r"場合|なければ|ない限り|しない", "ko": r"않으면|경우|으면", "zh": r"若|如果|否则|否則|不然",
}  # fmt: skip
# … or the buyer's account reported, which threatens by itself ("melden wir Ihr Konto", "檢舉您的帳號"): not the advice
# to report one's own account activity.
_REPORT_ACCOUNT = {
    "en": r"\b(?:we(?:'ll|\s+will|\s+shall)|we\s+are\s+going\s+to)\s+report\s+(?:your\s+account|you)\b|\byour\s+account\s+will\s+be\s+reported\b",
    "de": r"\bihr\s+konto\s+(?:bei\s+\w+\s+)?melden\b|\bmelden\s+(?:wir\s+)?ihr\s+konto\b", "fr": r"\bsignaler\w*\s+votre\s+compte\b",
    "es": r"\b(?:denunciar|reportar)\s+su\s+cuenta\b", "it": r"\bsegnaler\w*\s+il\s+(?:suo|tuo)\s+account\b", "pt": r"\bdenunciar\s+(?:a\s+)?(?:sua|tua)\s+conta\b",
    "nl": r"\b(?:uw|je)\s+account\s+(?:melden|rapporteren)\b|\bmelden\s+w(?:e|ij)\s+(?:uw|je)\s+account\b", "pl": r"\bzgłosimy\s+(?:twoje|pana|pani)\s+konto\b",
    "sv": r"\banmäla\s+ditt\s+konto\b", "tr": r"hesabınızı\s+(?:\S+\s+){0,2}?(?:bildirece\w*|şik[aâ]yet\s+ede\w*)", "ru": r"пожалуемся\s+на\s+вас|сообщим\s+о\s+вашем\s+аккаунте",
    "ar": r"(?:نبلغ|الإبلاغ)\s+عن\s+حسابك|شكوى\s+ضد\s+حسابك", "he": r"נדווח\s+על\s+החשבון", "ja": r"アカウントを(?:報告|通報)", "ko": r"계정을\s*신고",
    "zh": r"(?:检举|檢舉|举报|舉報)(?:您|你)的(?:帐号|帳號|账号|賬號)",
}  # fmt: skip
_THREAT_ANCHORS = {
    "en": "legal|lawyer|lawyers|attorney|attorneys|report", "de": "rechtliche|juristische|gerichtliche|anwalt|anwältin|rechtsanwalt|anwälte|melden|abmahnung",
    "fr": "poursuites|justice|juridiques|judiciaires|avocat|signaler", "es": "legales|judiciales|abogado|denunciar|reportar",
    "it": "legali|avvocato|segnaler|segnalar", "pt": "cabíveis|cabiveis|legais|judiciais|judicial|advogado|denunciar", "nl": "juridische|advocaat|melden|rapporteren",
    "pl": "prawne|prawn|prawnika|zgłosimy", "sv": "rättsliga|advokat|anmäla", "tr": "yasal|avukat|bildirece|şikayet|şikâyet", "ru": "юридическ|суд|юрист|пожалуемся|сообщим|пожаловаться|обратиться|подадим",
    "ar": "قانونية|محامي|نبلغ|الإبلاغ|شكوى", "he": "משפטיים|הדין|נדווח|לדווח", "ja": "法的措置|弁護士|アカウント|通報|報告", "ko": "법적|변호사|신고",
    "zh": "法律途|律师|律師|检举|檢舉|举报|舉報|投诉|投訴",
}  # fmt: skip
# … or the buyer reported, or the platform's support called in, after "otherwise" ("Please remove your review within 3
# days, otherwise we will have to report you to Amazon", "иначе мы будем вынуждены обратиться в поддержку AliExpress":
# probes in 16 languages, stop 42; tuning batch DB). Only beside an "if"/"otherwise": "you can report it to Amazon"
# alone threatens nobody.
_REPORT_YOU = {
    "en": r"\b(?:have|need|be\s+forced|be\s+obliged)\s+to\s+report\s+you\b|\breport\s+you\s+to\b",
    "de": r"\b(?:müssen|werden|würden)\s+wir\s+sie\s+(?:bei\s+\w+\s+)?melden\b", "fr": r"\bvous\s+signaler\s+(?:à|auprès)",
    # (the buyer as object: "denunciarla" and "segnalarla" are also the review reported, which the buyer may do)
    "es": r"\b(?:denunciarle|denunciarte|reportarle|reportarte)\b", "it": r"\b(?:costrett[ie]\s+a|dovremo|dovremmo)\s+segnalarl[aoe]\b|\bsegnalarti\b",
    "pt": r"\bdenunciar\s+(?:você|vc|o\s+senhor|a\s+senhora)\b|\b(?:te|lhe)\s+denunciar\b", "nl": r"\bwe\s+(?:u|je)\s+(?:\w+\s+)?(?:melden|rapporteren)\b",
    "pl": r"\bzgłosimy\s+(?:pana|panią|cię|ciebie)\b", "sv": r"\banmäla\s+(?:dig|er)\b", "tr": r"sizi\s+(?:\S+\s+)?şikayet\s+e[dt]\w*",
    "ru": r"(?:пожаловаться|пожалуемся)\s+на\s+вас|(?:вынуждены|придётся|придется)\s+(?:\S+\s+)?(?:обратиться|пожаловаться)|подадим\s+жалобу",
    "ar": r"(?:الإبلاغ|نبلغ)\s+عنك", "he": r"(?:לדווח|נדווח)\s+עליך", "ja": r"(?:に|へ)(?:通報|報告)", "ko": r"신고할\s*수밖에|신고하겠|신고할\s*(?:것|예정)",
    "zh": r"(?:举报|舉報|投诉|投訴)(?:您|你)",
}  # fmt: skip
# The review, or what the buyer wrote (``_WROTE``) or posted ("the comment posted", "vos propos publiés", "您發布的內容"),
# which the threats name more often than the review itself.
_POSTED = {
    "en": r"\bcomment\s+posted\b", "de": r"\bwas\s+sie\s+(?:\w+\s+)?gepostet\b",
    "fr": r"\bpropos\s+publiés\b|\bce\s+que\s+vous\s+avez\s+publié\b", "es": r"\blo\s+que\s+(?:usted\s+)?public\w+",
    "it": r"\bquello\s+che\s+ha\s+pubblicato\b", "pt": r"\bo\s+que\s+(?:voc[êe]\s+|o\s+senhor\s+|a\s+senhora\s+)?(?:escreveu|publicou)\b",
    "nl": r"\bwat\s+(?:u|je)\s+(?:schreef|hebt\s+geschreven|heeft\s+geschreven)\b", "pl": r"\bto,?\s+co\s+(?:pan|pani)\s+napisał\w*",
    "sv": r"\bdet\s+du\s+skrev\b", "tr": r"ifadeleriniz", "ru": r"то,?\s+что\s+вы\s+написали", "ar": r"ما\s+كتبت",
    "he": r"מה\s+שכתבת", "ja": r"書かれたコメント", "ko": r"작성하신\s*(?:내용|글)", "zh": r"(?:发布|發布)的(?:内容|內容)",
}  # fmt: skip
_THREAT_FRAGMENTS = {
    lang: [
        near(_IF_THREAT[lang], _LEGAL[lang], 120),
        _REPORT_ACCOUNT[lang],
        near(_IF_THREAT[lang], _REPORT_YOU[lang], 80),
    ]
    for lang in _LEGAL
}
_THREAT_CONTEXT = {lang: f"(?:{_REVIEWED[lang]}|{_WROTE[lang]}|{_POSTED[lang]})" for lang in _LEGAL}
_THREAT_PRESSURE = linked_family(
    "review.pressure", _THREAT_ANCHORS, _THREAT_FRAGMENTS, _THREAT_CONTEXT, after=True, reach=320
)
# … a change only of a review there is: "if you don't leave a review by Friday we'll report your account" threatens the
# buyer for not reviewing (pressure, not a change; tuning batches AZ, DH, DJ).
_NOT_LEFT = {
    "en": r"\bwithout\s+(?:a\s+|any\s+)?(?:review|feedback|rating)\b|\b(?:don't|do\s+not|haven't|have\s+not|didn't|did\s+not)\s+(?:yet\s+)?(?:leave|left|write|written|post|posted|give|given)\b|\bno\s+(?:review|feedback|rating)\b",
    "de": r"\bohne\s+(?:\w+\s+)?(?:bewertung|rezension)|\bkeine\s+(?:bewertung|rezension)|\bnicht\s+bewertet|\bnichts\s+kommt\b", "fr": r"\bsans\s+(?:\w+\s+)?(?:avis|évaluation)|\bpas\s+(?:encore\s+)?(?:laissé|donné|écrit)|\baucune?\s+(?:avis|commentaire|évaluation)|\bne\s+laissez\s+pas\b",
    "es": r"\bsin\s+(?:\w+\s+)?(?:reseña|valoraci)|\bno\s+(?:nos\s+)?(?:deja|ha\s+dejado|deje|califica)\b|\bninguna\s+(?:reseña|valoraci)", "it": r"\bsenza\s+(?:\w+\s+)?(?:recensione|valutazione|feedback)|\bnon\s+(?:ci\s+)?(?:lascia|ha\s+lasciato)|\bnessun\s+(?:feedback|commento)|\bnessuna\s+(?:recensione|valutazione)",
    "pt": r"\bsem\s+(?:\w+\s+)?avalia|\bn[ãa]o\s+(?:deixar|deixou|avaliar|avaliou|avalie)|\bnenhuma\s+avalia", "nl": r"\bzonder\s+(?:\w+\s+)?(?:review|beoordeling|recensie)|\bgeen\s+(?:review|beoordeling|recensie)",
    "pl": r"\bbez\s+(?:\w+\s+)?(?:opinii|oceny|recenzji)|\bnie\s+(?:wystawi|zostawi)\w*|\bbrak\s+opinii", "sv": r"\butan\s+(?:\w+\s+)?(?:omdöme|betyg|recension)|\binget\s+(?:omdöme|betyg)|\binte\s+lämna\w*", "tr": r"(?:yorum|değerlendirme)\s+(?:yapmaz|bırakmaz|yazmaz)\w*",
    "ru": r"\bбез\s+(?:\S+\s+)?(?:отзыва|оценки)|\bне\s+оставите|\bнет\s+отзыва", "ar": r"لم\s+(?:تترك|تكتب|تقيم)", "he": r"לא\s+(?:תשאיר|תכתוב|תדרג)",
    "ja": r"レビュー(?:を)?(?:いただけない|書かない|投稿しない)|まだ(?:レビュー|評価)", "ko": r"리뷰(?:를)?\s*(?:안\s|남기지\s*않)", "zh": r"不(?:给|留|評|评)|还没(?:有)?(?:评价|評價)",
}  # fmt: skip
_THREAT_CHANGE = linked_family(
    "review.change",
    _THREAT_ANCHORS,
    _THREAT_FRAGMENTS,
    _THREAT_CONTEXT,
    after=True,
    reach=320,
    unless=_NOT_LEFT,
)


# ------------------------------------------------------------------ stop 41: the fix reflected in the review

# "If you feel the issue is resolved, you might want to reflect that in your feedback", "quizá quiera reflejarlo en su
# reseña", "forse vorrà rifletterlo nella sua recensione", "może zechce Pan odzwierciedlić to w opinii", "bunu yorumunuza
# yansıtmak isteyebilirsiniz" (stop 41 probes): the resolution, then the wish that the review show it — a change asked
# with a pronoun for the fix (the other languages' forms were read by round 19's family).
_RESOLVED = {
    "en": r"\b(?:resolved|solved|fixed|sorted)\b", "es": r"\b(?:resuelt|solucionad)\w*", "it": r"\brisolt\w*",
    "pl": r"\b(?:rozwiązan|naprawion)\w*", "tr": r"çözüldü\w*|çözül\w*",
}  # fmt: skip
_REFLECT_IT = {
    "en": rf"\breflect\s+(?:that|this|it)\s+in\s+(?:your|the)\s+(?:{_REVIEW['en']})",
    "es": rf"\breflejar(?:lo|la)\s+en\s+su\s+(?:{_REVIEW['es']})", "it": rf"\b(?:rifletter|rispecchiar)(?:lo|la)\s+nella\s+sua\s+(?:{_REVIEW['it']})",
    "pl": rf"\bodzwierciedli\w*\s+to\s+w\s+(?:{_REVIEW['pl']})", "tr": rf"(?:{_REVIEW['tr']})\s+yansıt\w*",
}  # fmt: skip
_REFLECTED_CHANGE = family(
    "review.change",
    {
        "en": "reflect",
        "es": "reflejarlo|reflejarla",
        "it": "rifletterlo|rifletterla|rispecchiarlo|rispecchiarla",
        "pl": "odzwierciedli",
        "tr": "yansıt",
    },
    {lang: [_chain(_RESOLVED[lang], _REFLECT_IT[lang], gap=70)] for lang in _RESOLVED},
)

# ------------------------------------------------------------------ stop 41: the benefit hung on the review

# "Your compensation depends on your review", "Ihre Entschädigung hängt von Ihrer Bewertung ab", "補償はレビュー次第です"
# (stop 41 probes, 16 languages): the benefit made to depend on the review. Not "… depends on the return's condition,
# not on your review": no negation between the two.
_NO_NEGATION = r"(?:(?!\b(?:not|nicht|pas|no|non|não|nao|niet|nie|inte|değil|не)\b|不|아니|لا\s|לא\s)[^.!?。！？\n]){0,30}?"
_NO_NEG_WORD = r"(?:(?!(?:not|nicht|pas|no|non|não|nao|niet|nie|inte|değil)\b)\w+\s+)?"
_DEPENDS = {
    "en": rf"\bdepends?\s+{_NO_NEG_WORD}on\b", "de": rf"\bhängt\s+{_NO_NEG_WORD}von\b", "fr": rf"\bdépend\s+{_NO_NEG_WORD}(?:de\b|d')",
    "es": rf"\bdepende\s+{_NO_NEG_WORD}de\b", "it": rf"\bdipende\s+{_NO_NEG_WORD}(?:da\b|dall)", "pt": rf"\bdepende\s+{_NO_NEG_WORD}d[aoe]\b|\bdepois\s+d[ao](?=\s+(?:sua\s+)?avalia)",
    "nl": rf"\bhangt\s+{_NO_NEG_WORD}af\s+van\b", "pl": rf"\bzależy\s+{_NO_NEG_WORD}od\b", "sv": rf"\bberor\s+{_NO_NEG_WORD}på\b",
    # ("… سيُرسل بعد تقييمك": after the review itself)
    "ru": r"(?<!не\s)зависит\s+(?:\S+\s+)?от", "ar": r"(?<!لا\s)(?:يعتمد\s+على|تعتمد\s+على|متوقف\s+على)|بعد(?=\s+(?:تقييم|مراجع))",
    "he": r"(?<!לא\s)תלוי\w*\s+ב", "zh": r"(?<!不)(?:取决于|取決於)|要看|看(?:您|你)的",
}  # fmt: skip
# ... where the condition closes the phrase: "補償はレビュー次第", "보상은 리뷰에 따라", "Tazminatınız değerlendirmenize bağlı"
# (not "次第ではありません", "에 따라 달라지지 않습니다", "bağlı değil")
_DEPENDS_AFTER = {
    "ja": r"(?:次第|によって)(?!では|も変わりません|変わることはありません)", "ko": r"에\s*따라(?!\s*달라지지\s*않)",
    "tr": r"\s*bağlı\w*(?!\s+değil)|\s+sonra\b",
}  # fmt: skip
_BENEFIT_DEPENDS = family(
    "review.incentive",
    # anchored on the condition words, rarer than the review words every review request holds
    {
        "en": "depend",
        "de": "hängt",
        "fr": "dépend",
        "es": "depende",
        "it": "dipende",
        "pt": "depende|depois",
        "nl": "hangt",
        "pl": "zależy",
        "sv": "beror",
        "ru": "зависит",
        "ar": "يعتمد|تعتمد|متوقف|بعد",
        "he": "תלוי",
        "zh": "取决于|取決於|要看|看您|看你",
        "ja": "次第|によって",
        "ko": "따라",
        "tr": "bağlı|sonra",
    },
    {
        lang: [f"(?:{_BENEFIT[lang]}){_NO_NEGATION}(?:{_DEPENDS[lang]}){_NO_NEGATION}(?:{_REVIEW[lang]})"]
        for lang in _DEPENDS
    }
    | {
        lang: [_chain(_BENEFIT[lang], _REVIEW[lang], _DEPENDS_AFTER[lang], gap=15)] for lang in _DEPENDS_AFTER
    },
)

# "Leave your feedback first, then we can talk about compensation", "Сначала оставьте отзыв, потом поговорим о
# компенсации" (stop 41 probes): the review first, the benefit after it.
_FIRST = {
    "en": r"\bfirst\b", "de": r"\bzuerst\b|\berst\s+(?:mal\s+)?(?:ihre|eine)\b", "fr": r"\bd'abord\b", "es": r"\bprimero\b",
    "it": r"\bprima\b", "pt": r"\bprimeiro\b", "nl": r"\beerst\b", "pl": r"\bnajpierw\b", "sv": r"\bförst\b", "tr": r"önce",
    "ru": r"сначала", "ar": r"أولا|أولاً|اولا", "he": r"קודם|תחילה", "ja": r"まず", "ko": r"먼저", "zh": r"先",
}  # fmt: skip
_THEN = {
    "en": r"\b(?:then|after\s+that|afterwards)\b", "de": r"\b(?:dann|danach|anschließend)\b", "fr": r"\b(?:ensuite|puis|après\s+(?:ça|cela))\b",
    "es": r"\b(?:luego|despu[eé]s|entonces)\b", "it": r"\b(?:poi|dopo|quindi)\b", "pt": r"\b(?:depois|ent[ãa]o|a[ií])\b",
    "nl": r"\b(?:daarna|dan|vervolgens)\b", "pl": r"\b(?:potem|następnie|wtedy)\b", "sv": r"\b(?:sedan|därefter|då)\b", "tr": r"sonra",
    "ru": r"потом|затем|после\s+этого", "ar": r"ثم|بعد\s+ذلك", "he": r"ואז|אחר\s+כך|אחרי\s+זה", "ja": r"その後|それから|後で",
    "ko": r"그다음|그\s*후|그러면|그\s*다음에", "zh": r"然后|然後|之后|之後|再",
}  # fmt: skip
_REVIEW_FIRST = family(
    "review.incentive",
    # anchored on "first", rarer than the review words
    {
        "en": "first",
        "de": "zuerst|erst",
        "fr": "d'abord",
        "es": "primero",
        "it": "prima",
        "pt": "primeiro",
        "nl": "eerst",
        "pl": "najpierw",
        "sv": "först",
        "tr": "önce",
        "ru": "сначала",
        "ar": "أولا|أولاً|اولا",
        "he": "קודם|תחילה",
        "ja": "まず",
        "ko": "먼저",
        "zh": "先",
    },
    {
        lang: [_chain(near(_FIRST[lang], _REVIEW[lang], 30), _THEN[lang], _BENEFIT[lang], gap=40)]
        for lang in _FIRST
    },
)

# The review the buyer promised, held against them (probes in 16 languages, stop 42): "You told us in chat you would
# write a review. We are still waiting", "Sie hatten uns eine Bewertung versprochen", "您在聊天里答应过给我们写评价". The
# promise is the buyer's (a second-person subject, or the honorific of the buyer's act in Japanese and Korean), within
# the review's sentence: "as promised, here is your refund" and "we promised you a refund" are the seller's promises,
# and "you never promised us a review" is no promise (no negation in the gap). Pressure: Amazon Communication
# Guidelines (no pressure about reviews); AliExpress seller rules (harassment of buyers over reviews).
_PROMISED = {
    "en": r"\byou\s+(?:had\s+|have\s+)?(?:promised|agreed\s+to)\b|\byou\s+(?:told|assured)\s+us\s+(?:\w+\s+){0,3}?(?:that\s+)?you\s+would\b|\byou\s+said\s+(?:that\s+)?you\s+would\b|\bthe\s+(?:\w+\s+)?(?:review|rating|feedback)\s+you\s+promised\b",
    "de": r"\b(?:sie|du)\s+(?:hatten|hattest|haben|hast)\s+(?:(?!nicht\b|nie\b|kein\w*\b)\w+\s+){0,5}?versprochen\b|\b(?:die|ihre|deine)\s+versprochene\b|\bwie\s+(?:sie|du)\s+(?:es\s+)?versprochen\b",
    "fr": r"\b(?:vous|tu)\s+(?:nous\s+|m'|me\s+)?(?:aviez|avez|avais|as)\s+promis\b|\bcomme\s+(?:vous|tu)\s+(?:nous\s+)?l'?\s*(?:aviez|avez|avais|as)\s+promis\b|\b(?:l'avis|la\s+note|l'évaluation)\s+promise?\b",
    "es": r"\b(?:nos\s+|me\s+)?(?:prometi[óo]|prometiste)\b|\bcomo\s+(?:nos\s+)?(?:prometi[óo]|prometiste)\b",
    "it": r"\b(?:ci\s+|mi\s+)?(?:aveva|avevi|ha|hai)\s+promesso\b|\bcome\s+(?:ci\s+)?(?:aveva|avevi)\s+promesso\b",
    "pt": r"\b(?:você|vc|o\s+senhor|a\s+senhora)\s+(?:nos\s+|me\s+)?prometeu\b|\bprometeu\s+(?:que|uma|nos)\b|\bcomo\s+(?:você\s+)?prometeu\b",
    "nl": r"\b(?:u|je|jij)\s+(?:ons\s+)?beloofde\b|\b(?:u|je|jij)\s+(?:had|heeft|hebt)\s+(?:(?!niet\b|nooit\b|geen\b)\w+\s+){0,4}?beloofd\b|\bzoals\s+(?:u|je)\s+(?:had\s+)?beloofd",
    "pl": r"\bobiecał(?:a|eś|aś)?\s+(?:nam|mi|pan|pani)\b|\b(?:pan|pani)\s+(?:nam\s+)?obiecał(?:a)?\b|\bjak\s+(?:pan|pani)\s+obiecał",
    "sv": r"\b(?:du|ni)\s+(?:har\s+|hade\s+)?lovade\b|\b(?:du|ni)\s+(?:har|hade)\s+(?:(?!inte\b|aldrig\b)\w+\s+){0,3}?lovat\b|\bsom\s+(?:du|ni)\s+lovade\b",
    "tr": r"söz\s+ver(?:miştiniz|diniz|miştin|din|diğiniz|diğin)\b|(?:yazacağınızı|yapacağınızı|vereceğinizi)\s+söylemiştiniz",
    "ru": r"(?:вы|ты)\s+(?:же\s+)?(?:нам\s+|мне\s+)?обещал\w*|как\s+(?:вы|ты)\s+(?:и\s+)?обещал\w*",
    "ar": r"وعدتنا|وعدتني|كما\s+وعدت(?:نا)?(?!ك)",
    "he": r"הבטחת(?!י)(?:ם|ן)?",
    "ja": r"(?:お約束|約束)(?:いただ|して(?:くださ|いただ|くれ)|されて|された)",
    "ko": r"약속하셨|약속해\s*주셨|약속하신",
    "zh": r"(?:您|你)[^。！？\n]{0,8}?(?:答应|答應|承诺|承諾|说好|說好)",
}  # fmt: skip
# The buyer's word that they would review, recalled ("vous nous aviez dit que vous laisseriez un commentaire", "nos dijiste
# que dejarías tu reseña", "「落ち着いたらレビューします」とお返事をいただきましたが", "ذكرت لنا … أنك ستكتب مراجعة": blind batch
# EA, stop 44) — a promise in all but the word.
_SAID_WOULD = {
    # (what the buyer said they *would* do: "you wrote in your review that …" describes it and is no promise)
    "fr": r"\b(?:vous|tu)\s+(?:nous\s+|m')?(?:aviez|avez|avais|as)\s+(?:dit|écrit)\s+que\s+(?:vous|tu)\s+(?:\w+\s+){0,2}?(?:laisseri|écriri|mettri|publieri|donneri)\w*",
    "es": r"\b(?:nos|me)\s+(?:dijiste|dijo|escribiste|escribió)\s+que\s+(?:\w+\s+){0,2}?(?:dejar|escribir|pondr|publicar|dar)[ií]a\w*",
    "it": r"\b(?:ci|mi)\s+(?:aveva|avevi|ha|hai)\s+(?:detto|scritto)\s+che\s+(?:\w+\s+){0,2}?(?:avrebbe|avresti|lascer|scriver|metter|dar)\w*",
    "pt": r"\b(?:voc[êe]\s+)?(?:nos|me)\s+(?:disse|falou|escreveu)\s+que\s+(?:\w+\s+){0,2}?(?:deixar|escrever|avaliar|dar|colocar)ia\b",
    "de": r"\b(?:sie|du)\s+(?:hatten|hattest|haben|hast)\s+(?:uns\s+|mir\s+)?(?:geschrieben|gesagt|erzählt),?\s+(?:dass\s+)?(?:sie|du)\s+(?:\w+\s+){0,4}?(?:würden|würdest|werden|wirst)\b",
    "nl": r"\b(?:u|je|jij)\s+(?:had|heeft|hebt)\s+(?:ons\s+)?(?:gezegd|geschreven|laten\s+weten)\s+dat\s+(?:u|je|jij)\s+(?:\w+\s+){0,4}?zou\b",
    "pl": r"\bnapisał\w*\s+(?:pan|pani)?\s*,?\s*że\s+(?:\w+\s+){0,2}?(?:wystawi|napisze|zostawi|doda|oceni)\b",
    "sv": r"\b(?:du|ni)\s+(?:sa|skrev|sade)\s+(?:till\s+oss\s+)?att\s+(?:du|ni)\s+skulle\b", "ru": r"(?:вы|ты)\s+(?:нам\s+)?(?:писали|сказали|написали),?\s+что\s+(?:\w+\s+){0,2}?(?:оставите|напишете|поставите|оцените)",
    "ar": r"(?:ذكرت|قلت|أخبرت)\w*\s+(?:لنا|لي|نا)\b[^.!?؟\n]{0,30}?(?:ستكتب|ستترك|ستقيم|ستضع)", "he": r"(?:אמרת|כתבת|אמרתם|כתבתם)\s+(?:לנו|לי)?\s*ש(?:תכתוב|תכתבי|תשאיר|תשאירי|תדרג)",
    "ja": r"(?:します|書きます|いたします|投稿します)」?\s*(?:と|との)(?:お返事|ご返信|ご連絡|お返答)", "ko": r"(?:주시기로|남기시기로|쓰시기로)\s*(?:하셨|약속)",
    "zh": r"(?:您|你)(?:上次|之前)?(?:说|說)(?:过|過)?(?:会|會)(?:给|給|写|寫)",
}  # fmt: skip
_SAID_WOULD_ANCHORS = {
    "fr": "dit|écrit", "es": "dijiste|dijo|escribiste|escribió", "it": "detto|scritto", "pt": "disse|falou|escreveu",
    "de": "geschrieben|gesagt|erzählt", "nl": "gezegd|geschreven|weten", "pl": "napisał", "sv": "sa|skrev|sade",
    "ru": "писали|сказали|написали", "ar": "ذكرت|قلت|أخبرت", "he": "אמרת|כתבת", "ja": "お返事|ご返信|ご連絡|お返答", "ko": "주시기로|남기시기로|쓰시기로",
    "zh": "说|說",
}  # fmt: skip
_PROMISED = {lang: f"{p}|{_SAID_WOULD[lang]}" if lang in _SAID_WOULD else p for lang, p in _PROMISED.items()}

_PROMISED_ANCHORS = {
    "en": "promised|told us|assured us|said you|said that you|agreed to", "de": "versprochen", "fr": "promis", "es": "prometi", "it": "promesso",
    "pt": "prometeu", "nl": "beloofd", "pl": "obieca", "sv": "lovade|lovat", "tr": "söz ver|söylemiştiniz", "ru": "обещал",
    "ar": "وعدت", "he": "הבטחת", "ja": "約束", "ko": "약속", "zh": "答应|答應|承诺|承諾|说好|說好",
}  # fmt: skip
# German, Dutch and Swedish put the promised review between the subject and the participle ("Sie hatten uns im Chat
# eine Bewertung versprochen", "u had ons een review beloofd", "ni hade lovat oss ett omdöme").
_PROMISED_INSIDE = {
    "de": [
        r"\b(?:sie|du)\s+(?:hatten|hattest|haben|hast)\s+(?:(?!nicht\b|nie\b|kein\w*\b)\w+\s+){0,5}?(?:bewertung\w*|rezension\w*|feedback|sterne)\s+versprochen\b"
    ],
    "nl": [
        r"\b(?:u|je|jij)\s+(?:had|heeft|hebt)\s+(?:(?!niet\b|nooit\b|geen\b)\w+\s+){0,4}?(?:review|beoordeling|recensie|feedback|sterren)\s+beloofd\b"
    ],
    "sv": [
        r"\b(?:du|ni)\s+(?:har|hade)\s+(?:(?!inte\b|aldrig\b)\w+\s+){0,3}?lovat\s+(?:\w+\s+){0,2}?(?:ett\s+|en\s+)?(?:omdöme|recension|betyg|feedback)\b"
    ],
}
_PROMISED_PRESSURE = family(
    "review.pressure",
    {
        lang: a + (f"|{_SAID_WOULD_ANCHORS[lang]}" if lang in _SAID_WOULD_ANCHORS else "")
        for lang, a in _PROMISED_ANCHORS.items()
    },
    {
        lang: [
            near(_REVIEWED[lang], _PROMISED[lang], 50),
            *_PROMISED_INSIDE.get(lang, []),
        ]
        for lang in _PROMISED
    },
)

# The review hurried by a closing window (probes in 16 languages, stop 42): "please rate your order right now before
# it is too late", "bevor es zu spät ist", "手遅れになる前に", "趁还来得及", or the review period said to end tomorrow
# ("the review window closes tomorrow", "değerlendirme süresi yarın bitiyor"). Urgency is pressure, like a set day
# (``_TODAY_PRESSURE``); the review must be in the sentence, so "send the return before it is too late" is clean.
_TOO_LATE = {
    "en": r"\bbefore\s+it(?:'s|\s+is|\s+gets)\s+too\s+late\b|\b(?:closes|ends|expires|runs\s+out)\s+(?:tomorrow|tonight|today|soon)\b",
    "de": r"\bbevor\s+es\s+zu\s+spät\s+ist\b|\b(?:endet|läuft)\s+(?:\w+\s+)?(?:morgen|heute)\b",
    "fr": r"\bavant\s+qu'il\s+(?:ne\s+)?soit\s+trop\s+tard\b|\b(?:se\s+termine|expire|prend\s+fin)\s+(?:demain|aujourd'hui|ce\s+soir)\b",
    "es": r"\bantes\s+de\s+que\s+sea\s+(?:demasiado\s+)?tarde\b|\b(?:termina|vence|acaba|caduca)\s+(?:mañana|hoy|esta\s+noche)\b",
    "it": r"\bprima\s+che\s+sia\s+troppo\s+tardi\b|\b(?:scade|termina|finisce)\s+(?:domani|oggi|stasera)\b",
    "pt": r"\bantes\s+que\s+seja\s+(?:tarde\s+demais|tarde)\b|\b(?:acaba|termina|vence|expira)\s+(?:amanhã|hoje)\b",
    "nl": r"\bvoordat\s+het\s+te\s+laat\s+is\b|\b(?:sluit|verloopt|eindigt)\s+(?:morgen|vandaag)\b",
    "pl": r"\bzanim\s+będzie\s+za\s+późno\b|\b(?:mija|upływa|kończy\s+się)\s+(?:jutro|dziś|dzisiaj)\b",
    "sv": r"\binnan\s+det\s+är\s+för\s+sent\b|\b(?:går\s+ut|stänger|löper\s+ut)\s+(?:i\s+morgon|imorgon|i\s+dag|idag)\b",
    "tr": r"çok\s+geç\s+olmadan|sonra\s+çok\s+geç\s+olur|(?:yarın|bugün)\s+(?:doluyor|bitiyor|sona\s+eriyor)",
    "ru": r"пока\s+не\s+(?:стало\s+)?поздно|(?:истекает|заканчивается|закрывается)\s+(?:завтра|сегодня)",
    "ar": r"قبل\s+فوات\s+الأوان|(?:تنتهي|ينتهي)\s+\S*\s*(?:غدا|غداً|اليوم)",
    "he": r"לפני\s+שיהיה\s+מאוחר|(?:נסגר|נסגרת|מסתיים|מסתיימת)\s+(?:מחר|היום)",
    "ja": r"手遅れになる前|(?:期限|締め切り|締切)は(?:明日|本日|今日)まで",
    "ko": r"늦기\s*전에|(?:내일|오늘)\s*(?:끝나|마감)",
    "zh": r"趁还来得及|趁還來得及|以免来不及|以免來不及|(?:明天|今天)(?:就)?(?:截止|到期|结束|結束)",
}  # fmt: skip
_TOO_LATE_ANCHORS = {
    "en": "too late|closes|ends|expires|runs out", "de": "zu spät|endet|läuft", "fr": "trop tard|termine|expire|prend fin",
    "es": "tarde|termina|vence|acaba|caduca", "it": "troppo tardi|scade|termina|finisce", "pt": "tarde|acaba|termina|vence|expira",
    "nl": "te laat|sluit|verloopt|eindigt", "pl": "za późno|mija|upływa|kończy", "sv": "för sent|går ut|stänger|löper ut",
    "tr": "geç|doluyor|bitiyor|sona", "ru": "поздно|истекает|заканчивается|закрывается", "ar": "فوات|تنتهي|ينتهي",
    "he": "מאוחר|נסגר|מסתיי", "ja": "手遅れ|まで", "ko": "늦기|끝나|마감", "zh": "来得及|來得及|来不及|來不及|截止|到期|结束|結束",
}  # fmt: skip
_TOO_LATE_PRESSURE = linked_family(
    "review.pressure",
    _TOO_LATE_ANCHORS,
    {lang: [_TOO_LATE[lang]] for lang in _TOO_LATE},
    {lang: _REVIEWED[lang] for lang in _TOO_LATE},
    after=True,
    inside=True,
)


# A benefit the review unlocks (probes in 16 languages, stop 42): "Your review unlocks a free two-year warranty
# extension", "Mit Ihrer Bewertung schalten Sie … frei", "Con su reseña desbloquea una ampliación gratuita", "تقييمك
# يمنحك تمديداً مجانياً للضمان". A reward for the review (Amazon's review policy: nothing of value for a review; AliExpress
# seller rules: no inducing reviews with benefits); the review and the unlocking verb within a few words.
_UNLOCKS = {
    "en": r"\bunlock(?:s|ed)?\b", "de": r"\bschalten\s+(?:sie\s+)?(?:\w+\s+){0,6}?frei\b|\bfreigeschaltet\b|\bfreischalten\b",
    "fr": r"\bdébloqu\w*", "es": r"\bdesbloque\w*", "it": r"\bsblocc\w*", "pt": r"\bdesbloque\w*", "nl": r"\bontgrendel\w*",
    "pl": r"\bodblok\w*", "sv": r"\blåser\s+(?:du\s+)?upp\b", "tr": r"kilidini\s+aç\w*", "ru": r"открыва(?:ет|ют)|откро(?:ет|ют)",
    "ar": r"يمنحك|تمنحك|يفتح\s+لك", "he": r"פות(?:ח|חת)\s+לך", "ja": r"アンロック|解放され", "ko": r"잠금\s*해제",
    "zh": r"解锁|解鎖",
}  # fmt: skip
_UNLOCKS_ANCHORS = {
    "en": "unlock", "de": "schalten|freigeschaltet|freischalten", "fr": "débloqu", "es": "desbloque", "it": "sblocc",
    "pt": "desbloque", "nl": "ontgrendel", "pl": "odblok", "sv": "låser", "tr": "kilidini", "ru": "открыва|откро",
    "ar": "يمنحك|تمنحك|يفتح", "he": "פותח", "ja": "アンロック|解放", "ko": "잠금", "zh": "解锁|解鎖",
}  # fmt: skip
_UNLOCKS_INCENTIVE = family(
    "review.incentive",
    _UNLOCKS_ANCHORS,
    # (Turkish puts the benefit between: "Yorumunuzla iki yıllık ücretsiz garanti uzatmasının kilidini açarsınız")
    {lang: [_chain(_REVIEW[lang], _UNLOCKS[lang], gap=60 if lang == "tr" else 30)] for lang in _UNLOCKS},
)


# ------------------------------------------------------------------ stop 44: blind batch EB
# Sharing the experience on the product page is reviewing, where the review word is missing ("Kunden, die ihre
# Erfahrung auf Amazon teilen", "chaque client qui partage son expérience", "Покупателям, поделившимся впечатлениями";
# blind batch EB, stop 44). Read only beside a benefit below: "share your experience with us" alone is contact.
_SHARED = {
    "en": r"\bshar(?:e|es|ed|ing)\s+(?:your|their|his|her)\s+(?:honest\s+)?(?:experience|thoughts|impressions)\b",
    "de": r"\b(?:ihre|seine|deine|eure)\s+erfahrung\w*\s+(?:\w+\s+){0,5}?teil\w*",
    "fr": r"\bpartag\w*\s+(?:son|sa|votre|leur|ton|ta)\s+(?:expérience|avis|ressenti)\b",
    "es": r"\bcompart\w*\s+(?:su|tu)\s+experiencia\b", "it": r"\bcondivid\w*\s+(?:la\s+)?(?:sua|tua|propria)\s+esperienza\b|\bparere\b",
    "pt": r"\bcompartilh\w*\s+(?:a\s+)?sua\s+experi[êe]ncia\b",
    "nl": r"\b(?:hun|uw|je|zijn|haar)\s+ervaring\w*\s+(?:\w+\s+){0,3}?delen\b|\bdelen\s+van\s+(?:uw|je|hun)\s+ervaring\b",
    "pl": r"\bpodziel\w*\s+(?:się\s+)?(?:\w+\s+)?(?:opini|wrażeni|doświadczen)\w*", "sv": r"\bdela\w*\s+(?:du\s+)?(?:din|sin|er)\s+upplevelse\b",
    "tr": r"deneyim\w*\s+paylaş\w*", "ru": r"подел\w*\s+(?:\w+\s+)?впечатлени\w*", "ar": r"يشارك\w*\s+تجرب\w*|مشاركة\s+تجرب\w*",
    "he": r"(?:ש?שיתפו|משתפ\w*)\s+את\s+החוויה", "ja": r"ご?感想", "ko": r"후기|경험을\s*공유", "zh": r"分享(?:使用)?(?:体验|體驗|心得)",
}  # fmt: skip
_SHARED_ANCHORS = {
    "en": "experience|thoughts|impressions", "de": "erfahrung", "fr": "partag", "es": "experiencia", "it": "esperienza|parere",
    "pt": "experi", "nl": "ervaring", "pl": "podziel", "sv": "upplevelse", "tr": "deneyim", "ru": "впечатлени", "ar": "تجرب",
    "he": "החוויה", "ja": "感想", "ko": "후기|경험", "zh": "分享",
}  # fmt: skip
_REVIEWED_OR_SHARED = {lang: f"(?:{_REVIEW[lang]}{_RATE_VERB[lang]}|{_SHARED[lang]})" for lang in _LANGS}
# The seller extending the warranty (first person, so "your warranty was extended by the maker" is no trade), a VIP
# club or member prices.
_EXTENDS = {
    "en": r"\bwe(?:'ll|\s+will|'re\s+happy\s+to|\s+are\s+happy\s+to|\s+can|'d)?\s+(?:gladly\s+)?(?:extend|stretch)\b",
    "de": r"\bverlängern\s+wir\b|\bgarantieverlängerung\b", "fr": r"\bnous\s+(?:la\s+|le\s+|vous\s+)?prolong\w*|\bprolongation\s+de\s+(?:la\s+)?garantie\b",
    "es": r"\b(?:le\s+|te\s+)?(?:ampliamos|extendemos|ampliaremos|extenderemos)\b", "it": r"\b(?:le\s+|ti\s+)?(?:estendiamo|estenderemo|prolunghiamo)\b",
    "pt": r"\b(?:estendemos|estenderemos|ampliamos)\b|\bgarantia\s+passa\s+de\b", "nl": r"\bverlengen\s+(?:we|wij)\b",
    "pl": r"\b(?:wydłużymy|przedłużymy|przedłużamy|wydłużamy)\b", "sv": r"\bförlänger\s+vi\b", "tr": r"uzatıyoruz|uzatırız|uzatacağız",
    "ru": r"продлеваем|продлим", "ar": r"نمدد|سنمدد", "he": r"נאריך|מאריכים|הארכת\s+אחריות",
    "ja": r"延長(?:いたします|します|させていただきます)", "ko": r"연장해\s*드", "zh": r"(?:延长|延長)(?:至|到)",
}  # fmt: skip
_VIP = r"(?<![a-z])vip(?![a-z])|會員價|会员价|회원가|\bmember\s+prices?\b"
_EXTENDED_FOR_REVIEW = family(
    "review.incentive",
    {lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] + "|" + _SHARED_ANCHORS[lang] for lang in _LANGS},
    {
        lang: [
            _chain(_REVIEWED_OR_SHARED[lang], f"{_EXTENDS[lang]}|{_VIP}", gap=80),
            # the extension first, then who gets it: "We're happy to stretch that to 5 years for customers who've left
            # their honest feedback"
            *(
                [_chain(_EXTENDS[lang], _WHO_MORE[lang], _REVIEWED_OR_SHARED[lang], gap=40)]
                if lang in _WHO_MORE
                else []
            ),
        ]
        for lang in _LANGS
    },
)
# A draw among those who review or share the experience, the draw word compounded ("Monatsverlosung", "maandelijkse
# loting", "månadsdragning", "losujemy"; blind batch EB).
_DRAW_MORE = {
    "de": r"\w+verlosung\w*", "nl": r"\bloting\b", "sv": r"\b(?:månads|vecko)dragning\w*|\bdragning(?:en)?\s+om\b",
    "pl": r"\blosujemy\b", "fr": r"\btirage\b", "it": r"\bestrazione\b|\bsorteggi\w*", "en": r"\b(?:monthly|prize)\s+draw\b",
}  # fmt: skip
# The review up, then a gift named by what it adds or promised ("när din recension har publicerats … skickar vi en extra
# laddkabel som ett litet tack", "gdy Pana opinia pojawi się … W ramach podziękowania wyślemy bezpłatnie zapasowy
# pasek", "等您的評論刊登後告訴我們一聲，我們會寄…": blind batch EB). Not in Japanese, Korean and Turkish, whose extra words
# ("드리", "お送り") are every letter's courtesy.
_LIVE_GIFT_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru", "ar", "he", "zh")
_LIVE_GIFT = linked_family(
    "review.incentive",
    {lang: _LIVE_UP_ANCHORS[lang] for lang in _LIVE_GIFT_LANGS},
    {lang: _LIVE_UP[lang] for lang in _LIVE_GIFT_LANGS},
    {lang: f"{_MORE[lang]}|{_GIFT_PROMISED}" for lang in _LIVE_GIFT_LANGS},
    after=True,
    ahead=True,
)  # fmt: skip
_DRAW_FOR_SHARING = family(
    "review.incentive",
    {lang: _ANCHORS[lang] + _RATE_VERB_ANCHORS[lang] + "|" + _SHARED_ANCHORS[lang] for lang in _DRAW},
    {
        lang: [
            near(
                _REVIEWED_OR_SHARED[lang],
                _DRAW[lang] + (f"|{_DRAW_MORE[lang]}" if lang in _DRAW_MORE else ""),
                80,
            )
        ]
        for lang in _DRAW
    },
)


# ------------------------------------------------------------------ stop 44: blind batch EA (review pressure)
# The seller still waiting, the days counted ("al 12 dagen wachten wij op uw feedback", "мы ждём уже неделю", "벌써
# 열흘이 지났는데 아직 기다리고 있어요", "Daha önce de rica etmiştik ama hâlâ bekliyoruz"), nothing heard from the buyer yet
# ("Schade, dass wir noch nichts von Ihnen gehört haben", "от вас до сих пор ничего нет"), a reminder counted ("Friendly
# reminder number two", "наше третье напоминание"), or the shop unseen without reviews ("utan recensioner syns vi
# knappt", "без отзывов нас никто не находит"): pressure, the review named in the sentence before, its own or the next
# (blind batch EA, stop 44).
_STILL_WAITING = {
    "en": r"\b(?:we(?:'ve|\s+have)\s+been|we(?:'re|\s+are)\s+still)\s+waiting\b|\bstill\s+waiting\b|\bwaiting\s+for\s+(?:\d+|two|three|several)\s+(?:days|weeks)\b",
    "de": r"\bwarten\s+(?:wir\s+)?(?:noch\s+immer|immer\s+noch|schon\s+seit|seit\s+\d+|weiterhin)\b|\bschon\s+\d+\s+tage\s+warten\b",
    "fr": r"\bnous\s+attendons\s+(?:toujours|encore|depuis)\b|\btoujours\s+en\s+attente\b",
    "es": r"\b(?:seguimos|todav[ií]a\s+estamos|a[uú]n\s+estamos)\s+esperando\b|\besperamos\s+desde\b|\bllevamos\s+\w+\s+(?:d[ií]as|semanas)\s+esperando\b",
    "it": r"\b(?:stiamo\s+ancora\s+aspettando|aspettiamo\s+ancora|aspettiamo\s+da)\b", "pt": r"\b(?:ainda\s+estamos|seguimos|continuamos)\s+(?:esperando|aguardando)\b|\baguardamos\s+h[áa]\b",
    "nl": r"\bwachten\s+(?:wij|we)\s+(?:al|nog\s+steeds|nog\s+altijd)\b|\bal\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien)\s+(?:dagen|weken)\s+wachten\b", "pl": r"\b(?:wciąż|nadal|ciągle)\s+czekamy\b|\bczekamy\s+już\b",
    "sv": r"\bväntar\s+(?:fortfarande|fortfarande\s+på|ännu|sedan)\b|\bvi\s+har\s+väntat\b", "tr": r"(?:hâlâ|hala|halen)\s+bekliyoruz|\d+\s+gündür\s+bekliyoruz",
    "ru": r"жд[её]м\s+(?:уже|до\s+сих\s+пор|всё\s+ещё|по-прежнему)|(?:всё\s+ещё|до\s+сих\s+пор)\s+жд[её]м", "ar": r"ما\s+(?:زلنا|زلت)\s+ننتظر|لا\s+نزال\s+ننتظر",
    "he": r"עדיין\s+מחכים|מחכים\s+כבר", "ja": r"(?:まだ|ずっと)(?:お待ち|待って)", "ko": r"아직\s*(?:도\s*)?기다리고|계속\s*기다리", "zh": r"(?:还在|還在|一直在|仍在)(?:等|期待)",
}  # fmt: skip
_STILL_WAITING_ANCHORS = {
    "en": "waiting", "de": "warten", "fr": "attendons|attente", "es": "esperando|esperamos", "it": "aspettando|aspettiamo", "pt": "esperando|aguardando|aguardamos",
    "nl": "wachten", "pl": "czekamy", "sv": "väntar|väntat", "tr": "bekliyoruz", "ru": "ждём|ждем", "ar": "ننتظر", "he": "מחכים", "ja": "お待ち|待って",
    "ko": "기다리", "zh": "等|期待",
}  # fmt: skip
_NOTHING_FROM_YOU = {
    "en": r"\b(?:haven't|have\s+not|didn't|did\s+not)\s+heard\s+(?:anything\s+|back\s+)?from\s+you\b", "de": r"\bnoch\s+nichts\s+von\s+(?:ihnen|dir)\s+gehört\b",
    "fr": r"\bpas\s+(?:encore\s+)?eu\s+de\s+(?:nouvelles|retour)\s+de\s+(?:vous|votre\s+part)\b", "es": r"\bno\s+hemos\s+sabido\s+nada\s+de\s+(?:ti|usted)\b",
    "it": r"\bnon\s+abbiamo\s+(?:ancora\s+)?(?:avuto|ricevuto)\s+(?:sue|tue)?\s*notizie\b", "pt": r"\bn[ãa]o\s+tivemos\s+(?:mais\s+)?not[íi]cias\s+(?:suas|de\s+voc[êe])\b",
    "nl": r"\bnog\s+niets\s+van\s+(?:u|je|jou)\s+gehoord\b", "pl": r"\b(?:nic\s+od\s+(?:pana|pani|ciebie)\s+nie\s+(?:usłyszeliśmy|dostaliśmy))\b",
    "sv": r"\binte\s+(?:har\s+)?hört\s+(?:något|nåt)\s+från\s+(?:dig|er)\b", "tr": r"sizden\s+(?:hâlâ|hala|henüz)\s+(?:bir\s+)?ses\s+(?:çıkmadı|yok)",
    "ru": r"от\s+вас\s+(?:до\s+сих\s+пор|пока|всё\s+ещё)\s+ничего", "ar": r"لم\s+نسمع\s+منك", "he": r"לא\s+שמענו\s+ממך", "ja": r"まだ(?:ご連絡|お返事)(?:が|を)?(?:いただけて|頂けて)",
    "ko": r"아직\s*(?:고객님\s*)?(?:리뷰|후기)를?\s*못\s*(?:봐|봤)", "zh": r"(?:到现在|到現在|至今)(?:还|還)?(?:没有|沒有|没|沒)(?:看到)?(?:您的?)?(?:评价|評價)",
}  # fmt: skip
_NOTHING_FROM_YOU_ANCHORS = {
    "en": "heard", "de": "gehört", "fr": "nouvelles|retour", "es": "sabido", "it": "notizie", "pt": "notícias|noticias", "nl": "gehoord",
    "pl": "usłyszeliśmy|dostaliśmy", "sv": "hört", "tr": "ses", "ru": "ничего", "ar": "نسمع", "he": "שמענו", "ja": "ご連絡|お返事",
    "ko": "못", "zh": "至今|到现在|到現在",
}  # fmt: skip
_REMINDER_COUNTED = {
    "en": r"\breminder\s+(?:number|no\.?|#)\s*(?:two|three|four|2|3|4)\b", "de": r"\b(?:zweite|dritte|vierte)\s+erinnerung\b",
    "fr": r"\b(?:deuxième|troisième|quatrième)\s+rappel\b|\brappel\s+(?:n°|numéro)\s*[234]\b", "es": r"\b(?:segundo|tercer|cuarto)\s+recordatorio\b",
    "it": r"\b(?:secondo|terzo|quarto)\s+promemoria\b", "pt": r"\b(?:segundo|terceiro|quarto)\s+lembrete\b", "nl": r"\b(?:tweede|derde|vierde)\s+herinnering\b",
    "pl": r"\b(?:drugie|trzecie|czwarte)\s+przypomnienie\b", "sv": r"\b(?:andra|tredje|fjärde)\s+påminnelse\w*", "tr": r"(?:ikinci|üçüncü|dördüncü)\s+hatırlatma",
    "ru": r"(?:второе|третье|четв[её]ртое)\s+напоминани\w*", "ar": r"(?:التذكير|تذكيرنا)\s+(?:الثاني|الثالث|الرابع)", "he": r"(?:תזכורת|התזכורת)\s+(?:השנייה|השלישית|שנייה|שלישית)",
    "ja": r"(?:二|三|2|3)度目の(?:ご案内|リマインド|お願い)", "ko": r"(?:두|세)\s*번째\s*(?:알림|안내|리마인드)", "zh": r"第(?:二|三|四|2|3|4)次(?:提醒|通知)",
}  # fmt: skip
_REMINDER_COUNTED_ANCHORS = {
    "en": "reminder", "de": "erinnerung", "fr": "rappel", "es": "recordatorio", "it": "promemoria", "pt": "lembrete", "nl": "herinnering",
    "pl": "przypomnienie", "sv": "påminnelse", "tr": "hatırlatma", "ru": "напоминани", "ar": "التذكير|تذكيرنا", "he": "תזכורת", "ja": "度目",
    "ko": "번째", "zh": "次提醒|次通知",
}  # fmt: skip
_UNSEEN_WITHOUT = {
    "en": r"\b(?:nobody|no\s+one)\s+(?:finds|will\s+find|can\s+find|sees)\s+us\b|\bdisappear\s+from\s+(?:the\s+)?search\b",
    "de": r"\bkaum\s+eine\s+chance\b|\bfindet\s+uns\s+(?:niemand|keiner)\b|\bim\s+stich\s+lassen\b", "fr": r"\bpersonne\s+ne\s+nous\s+(?:trouve|voit)\b|\bdispara[iî]tre\s+des\s+r[ée]sultats\b",
    "es": r"\bnadie\s+nos\s+(?:encuentra|ve)\b|\bdesaparecer\s+de\s+(?:los\s+)?resultados\b", "it": r"\b(?:rischia\s+di\s+)?sparire\s+dai\s+risultati\b|\bnessuno\s+ci\s+trova\b",
    "pt": r"\bningu[ée]m\s+nos\s+(?:encontra|v[êe])\b|\bsumir\s+d[ao]s?\s+(?:busca|resultado)s?\b", "nl": r"\bniemand\s+(?:vindt|ziet)\s+ons\b|\bverdwijnen\s+uit\s+de\s+zoekresultaten\b",
    "pl": r"\bznikn\w*\s+z\s+wyników\b|\bnikt\s+nas\s+nie\s+znajdzie\b", "sv": r"\bsyns\s+vi\s+(?:knappt|inte)\b|\bingen\s+hittar\s+oss\b",
    "tr": r"kimse\s+bizi\s+(?:bulamı|görmü)\w*", "ru": r"(?:никто\s+не\s+находит|не\s+найд[её]т|никто\s+не\s+найд[её]т)", "ar": r"لا\s+أحد\s+يجدنا|لن\s+يجدنا\s+أحد",
    "he": r"אף\s+אחד\s+לא\s+מוצא\s+אותנו", "ja": r"誰にも見つけ", "ko": r"아무도\s*(?:못\s*찾|찾지\s*못)", "zh": r"(?:能不能|无法|無法)活下去|没人能找到|沒人能找到",
}  # fmt: skip
_UNSEEN_WITHOUT_ANCHORS = {
    "en": "nobody|no one|disappear", "de": "chance|niemand|keiner|stich", "fr": "personne|disparaître|disparaitre", "es": "nadie|desaparecer",
    "it": "sparire|nessuno", "pt": "ninguém|ninguem|sumir", "nl": "niemand|verdwijnen", "pl": "znikn|nikt", "sv": "syns|ingen", "tr": "kimse",
    "ru": "никто|найдёт|найдет", "ar": "أحد", "he": "אף אחד", "ja": "誰にも", "ko": "아무도", "zh": "活下去|没人|沒人",
}  # fmt: skip
_STAR_WORDS = (
    r"\bstars?\b|\bsterne\b|\bétoiles\b|\bestrellas\b|\bstelle\b|\bestrelas\b|\bsterren\b|\bgwiazd\w*|\bstjärn\w*|yıldız|"
    r"зв[её]зд\w*|نجوم|כוכבים|星|별"
)
# … or the last of them ("this is our last reminder", "nuestro último recordatorio", "это наше последнее сообщение",
# "这是我们最后一次打扰您": blind batch EI, stop 44), and the review not found yet in more words. A last *message* only as
# the seller's own: "uw laatste bericht", "Ihre letzte Nachricht", "su último mensaje" are the buyer's latest.
_LAST_REMINDER = {
    "en": r"\b(?:our|this\s+is\s+(?:our|the))\s+(?:last|final)\s+(?:reminder|message|request|note)\b|\bfor\s+the\s+(?:last|final)\s+time\b|\bone\s+(?:last|final)\s+time\b",
    "de": r"\b(?:unsere\s+)?letzte\s+erinnerung\b|\bunsere\s+letzte\s+nachricht\b|\b(?:ein\s+letztes|zum\s+letzten)\s+mal\b",
    "fr": r"\bune\s+dernière\s+fois\b|\bdernier\s+rappel\b|\bnotre\s+dernier\s+message\b", "es": r"\b(?:nuestro\s+)?último\s+(?:recordatorio|aviso)\b|\bnuestro\s+último\s+mensaje\b|\bpor\s+última\s+vez\b",
    "it": r"\bultimo\s+promemoria\b|\bnostro\s+ultimo\s+messaggio\b|\bper\s+l'ultima\s+volta\b|\bun'ultima\s+volta\b", "pt": r"\búltimo\s+(?:lembrete|aviso)\b|\bpela\s+última\s+vez\b",
    "nl": r"\b(?:onze\s+)?laatste\s+herinnering\b|\bons\s+laatste\s+bericht\b|\bvoor\s+de\s+laatste\s+keer\b", "pl": r"\bostatnie\s+przypomnienie\b|\bnasza\s+ostatnia\s+wiadomość\b|\bpo\s+raz\s+ostatni\b",
    "sv": r"\bsista\s+påminnelse\w*|\ben\s+sista\s+gång\b", "tr": r"son\s+hatırlatma\w*|son\s+mesajımız", "ru": r"последнее\s+напоминание|наше\s+последнее\s+сообщение|в\s+последний\s+раз",
    "ar": r"(?:تذكيرنا|التذكير|رسالتنا)\s+الأخير\w*|للمرة\s+الأخيرة", "he": r"תזכורת\s+אחרונה|פנייתנו\s+האחרונה|בפעם\s+האחרונה",
    "ja": r"最終の(?:お願い|ご連絡|ご案内)|最後の(?:お願い|ご連絡|ご案内)", "ko": r"마지막\s*(?:안내|알림|연락|부탁)", "zh": r"最后一次(?:打扰|提醒|联系|通知)|最後一次(?:打擾|提醒|聯繫|通知)",
}  # fmt: skip
_LAST_REMINDER_ANCHORS = {
    "en": "last|final", "de": "letzte|letztes|letzten", "fr": "dernière|dernier", "es": "último|última|ultimo", "it": "ultimo|ultima|un'ultima",
    "pt": "último|última", "nl": "laatste", "pl": "ostatnia|ostatnie|ostatni", "sv": "sista", "tr": "hatırlatma|mesajımız", "ru": "последн",
    "ar": "الأخير|الأخيرة", "he": "אחרונה|האחרונה", "ja": "最終|最後", "ko": "마지막", "zh": "最后|最後",
}  # fmt: skip
_NOT_FOUND_YET = {
    "de": r"\bnoch\s+keine\s+(?:rezension|bewertung)\s+(?:\w+\s+)?(?:finden|sehen|entdecken)\b", "fr": r"\bvous\s+n'avez\s+pas\s+encore\s+laissé\b",
    "es": r"\bno\s+haber\s+recibido\s+todav[ií]a\b", "pt": r"\bainda\s+aguardamos\b", "pl": r"\bdo\s+tej\s+pory\s+nie\s+otrzymaliśmy\b|\bnadal\s+nie\s+została\s+dodana\b",
    "he": r"טרם\s+(?:ראינו|פורסמה|קיבלנו)", "ko": r"아직\s*리뷰(?:가|를)\s*(?:등록되지|확인하지|확인되지)",
}  # fmt: skip
_NOT_FOUND_YET_ANCHORS = {
    "de": "finden|sehen|entdecken", "fr": "laissé", "es": "recibido", "pt": "aguardamos", "pl": "otrzymaliśmy|dodana", "he": "טרם", "ko": "아직",
}  # fmt: skip
_CHASED_44 = linked_family(
    "review.pressure",
    {
        lang: "|".join(
            (
                _STILL_WAITING_ANCHORS[lang],
                _NOTHING_FROM_YOU_ANCHORS[lang],
                _REMINDER_COUNTED_ANCHORS[lang],
                _UNSEEN_WITHOUT_ANCHORS[lang],
                _LAST_REMINDER_ANCHORS[lang],
                *((_NOT_FOUND_YET_ANCHORS[lang],) if lang in _NOT_FOUND_YET_ANCHORS else ()),
            )
        )
        for lang in _LANGS
    },
    {
        lang: [
            _STILL_WAITING[lang],
            _NOTHING_FROM_YOU[lang],
            _REMINDER_COUNTED[lang],
            _UNSEEN_WITHOUT[lang],
            _LAST_REMINDER[lang],
            *([_NOT_FOUND_YET[lang]] if lang in _NOT_FOUND_YET else []),
        ]
        for lang in _LANGS
    },
    {lang: f"{_REVIEWED[lang]}|{_STAR_WORDS}" for lang in _LANGS},
    after=True,
    ahead=True,
    # (not after thanks for the review, where the wait is for the return or the parcel)
    unless={lang: rf"(?:{THANKS_BEFORE[lang]}){_SENT}{{0,20}}?(?:{_REVIEW[lang]})" for lang in THANKS_BEFORE},
)


# ------------------------------------------------------------------ stop 44: blind batch EA (the review asked of promoters)
# The review asked only of buyers who would recommend the shop ("We only ask for a review if you would honestly recommend
# us", "Nur wenn Sie uns ehrlich weiterempfehlen würden, möchten wir Sie um eine Bewertung bitten", "لا نطلب منك التقييم
# إلا إذا كنت ستنصح"), or asked of them with the others sent to the seller ("tavsiye edecekseniz bir yorum bırakın;
# etmeyecekseniz önce bize yazın", "추천하실 만하다면 리뷰를 남겨 주세요. 그렇지 않다면 … 먼저 말씀해"): the review gated on a
# positive experience (Amazon Communication Guidelines; AliExpress §8; blind batch EA, stop 44).
_RECOMMEND = {
    "en": r"\brecommend\w*", "de": r"\b(?:weiter)?empfehl\w*|\bweiterempfehlen\b", "fr": r"\brecommand\w*", "es": r"\brecomend\w*",
    "it": r"\b(?:consigli|raccomand)\w*", "pt": r"\b(?:recomend|indic)ar\w*", "nl": r"\b(?:aanbevel|aanraden|aanbeveel|aanrad)\w*",
    "pl": r"\bpole(?:cić|cił\w*|cisz|ci|calibyś\w*)\b", "sv": r"\brekommendera\w*", "tr": r"tavsiye\s+ed\w*", "ru": r"(?:по)?рекомендова\w*|посоветова\w*",
    "ar": r"(?:ست)?(?:تنصح|توصي)\w*", "he": r"(?:ממליצ|ממליץ|תמליצ|תמליץ|להמליץ)\w*", "ja": r"(?:おすすめ|お勧め|お薦め|薦め|勧め)",
    "ko": r"추천", "zh": r"推荐|推薦",
}  # fmt: skip
_RECOMMEND_ANCHORS = {
    "en": "recommend", "de": "empfehl|weiterempfehl|weiterempfehlen", "fr": "recommand", "es": "recomend", "it": "consigli|raccomand",
    "pt": "recomendar|indicar", "nl": "aanbevel|aanraden|aanbeveel|aanrad", "pl": "polecić|polecił|polecisz|poleci|polecalibyś", "sv": "rekommendera",
    "tr": "tavsiye", "ru": "рекомендова|посоветова", "ar": "تنصح|توصي", "he": "ממליצ|ממליץ|תמליצ|תמליץ|להמליץ", "ja": "おすすめ|お勧め|お薦め|薦め|勧め",
    "ko": "추천", "zh": "推荐|推薦",
}  # fmt: skip
_ONLY_IF = {lang: _ONLY[lang] + {"ar": r"|إلا\s+إذا", "he": r"|רק\s+אם"}.get(lang, "") for lang in _LANGS}
# ("if you would not", "if not", "otherwise": the buyers who would not recommend, sent elsewhere)
_IF_NOT = {
    lang: _OTHERWISE[lang]
    + {
        "en": r"|\bif\s+(?:you\s+)?(?:wouldn't|would\s+not|not)\b",
        "de": r"|\bwenn\s+nicht\b",
        "fr": r"|\bsi\s+(?:ce\s+n'est\s+pas\s+le\s+cas|non)\b",
        "es": r"|\bsi\s+no\s+es\s+as[ií]\b",
        "it": r"|\bse\s+no\b",
        "pt": r"|\bse\s+n[ãa]o\b",
        "nl": r"|\bzo\s+niet\b",
        "pl": r"|\bjeśli\s+nie\b",
        "sv": r"|\bom\s+inte\b",
        "tr": r"|etmeyecekseniz|değilse",
        "ru": r"|\bесли\s+нет\b",
        "ar": r"|وإن\s+لم\s+يكن",
        "he": r"|אם\s+לא\b",
    }.get(lang, "")
    for lang in _OTHERWISE
}
_RECOMMENDERS_ONLY = family(
    "review.positive_only",
    _RECOMMEND_ANCHORS,
    {
        lang: [
            near(near(_ONLY_IF[lang], _RECOMMEND[lang], 40), _REVIEWED_OR_SHARED[lang], 80),
            _chain(_ONLY_IF[lang], _REVIEWED_OR_SHARED[lang], _RECOMMEND[lang], gap=40),
            _chain(_REVIEWED_OR_SHARED[lang], _ONLY_IF[lang], _RECOMMEND[lang], gap=30),
        ]
        for lang in _LANGS
    },
)
_RECOMMENDERS_ASKED = linked_family(
    "review.positive_only",
    _RECOMMEND_ANCHORS,
    {lang: [near(_RECOMMEND[lang], _REVIEWED_OR_SHARED[lang], 50)] for lang in _IF_NOT},
    {lang: _IF_NOT[lang] for lang in _IF_NOT},
    after=True,
    ahead=True,
)


# ------------------------------------------------------------------ stop 44: review clubs (blind batch EG)
# Products given free to a group of "testers" or "reviewers", the review their condition ("testerzy dostają produkty za
# darmo w zamian za opinie", "você recebe produtos de graça e em troca só precisa avaliar", "毎月新商品を無料でお試し
# いただけます（レビュー投稿が条件です）", "매달 신상품을 무료로 보내 드립니다 (리뷰 작성 조건)"): compensation for reviews
# (Amazon's Customer product reviews policies; AliExpress §8; blind batch EG, stop 44).
_FREE_GOODS = {
    "en": r"\bfree\b|\bat\s+no\s+cost\b", "de": r"\bkostenlos\w*|\bgratis\b|\bumsonst\b", "fr": r"\bgratuit\w*", "es": r"\bgratis\b|\bgratuit\w*",
    "it": r"\bgratis\b|\bgratuit\w*|\bin\s+omaggio\b", "pt": r"\bde\s+graça\b|\bgr[áa]tis\b|\bgratuit\w*", "nl": r"\bgratis\b|\bkosteloos\b",
    "pl": r"\bza\s+darmo\b|\bdarmow\w*|\bbezpłatn\w*", "sv": r"\bgratis\b|\bkostnadsfri\w*", "tr": r"ücretsiz|bedava", "ru": r"бесплатн\w*|даром",
    "ar": r"مجان\w*", "he": r"בחינם|חינם", "ja": r"無料", "ko": r"무료", "zh": r"免费|免費",
}  # fmt: skip
_FOR_REVIEWS = {
    "en": r"\bin\s+exchange\s+for\s+(?:an?\s+|your\s+|honest\s+)?reviews?\b|\b(?:a\s+)?reviews?\s+(?:is|are)\s+the\s+(?:only\s+)?condition\b",
    "de": r"\bim\s+austausch\s+(?:gegen|für)\s+(?:eine\s+)?(?:bewertung|rezension)\w*|\bgegen\s+eine\s+(?:bewertung|rezension)\b",
    "fr": r"\ben\s+échange\s+d'(?:un|une)\s+(?:avis|évaluation)\b|\bcontre\s+un\s+avis\b", "es": r"\ba\s+cambio\s+de\s+(?:una\s+|tu\s+|su\s+)?(?:reseña|opini[oó]n|valoraci[oó]n)\w*",
    "it": r"\bin\s+cambio\s+di\s+(?:una\s+)?(?:recensione|opinione)\w*", "pt": r"\bem\s+troca\s+(?:de\s+|s[óo]\s+precisa\s+)?(?:uma\s+)?avalia\w*",
    "nl": r"\bin\s+ruil\s+voor\s+(?:een\s+)?(?:review|beoordeling)\w*", "pl": r"\bw\s+zamian\s+za\s+(?:opini|recenzj|ocen)\w*",
    "sv": r"\bi\s+utbyte\s+mot\s+(?:ett\s+|en\s+)?(?:omdöme|recension)\w*|\bmot\s+en\s+recension\b", "tr": r"(?:yorum|değerlendirme)\w*\s+karşılığında",
    "ru": r"в\s+обмен\s+на\s+отзыв\w*", "ar": r"مقابل\s+(?:كتابة\s+)?(?:تقييم|مراجعة)\w*", "he": r"בתמורה\s+ל(?:ביקורת|חוות\s+דעת)",
    "ja": r"レビュー(?:投稿|の投稿)?(?:が|を)条件", "ko": r"리뷰\s*(?:작성\s*)?조건", "zh": r"(?:以|须|需)?(?:留评|评价|評價|写评价|寫評價)(?:为|為)?条件|條件",
}  # fmt: skip
_FOR_REVIEWS_ANCHORS = {
    "en": "exchange|condition", "de": "austausch|gegen", "fr": "échange|contre", "es": "cambio", "it": "cambio", "pt": "troca", "nl": "ruil",
    "pl": "zamian", "sv": "utbyte|mot", "tr": "karşılığında", "ru": "обмен", "ar": "مقابل", "he": "בתמורה", "ja": "条件", "ko": "조건",
    "zh": "条件|條件",
}  # fmt: skip
_REVIEW_CLUB = family(
    "review.incentive",
    _FOR_REVIEWS_ANCHORS,
    {lang: [near(_FREE_GOODS[lang], _FOR_REVIEWS[lang], 100)] for lang in _LANGS},
)


REVIEW_CONCEPT_FAMILIES: tuple[Family, ...] = (
    merged(
        _LIVE_INCENTIVE,
        _PHOTO_INCENTIVE,
        _FOR_REVIEW_INCENTIVE,
        _TRADE_PAIR,
        _ASK_THEN_GIFT,
        _ASK_THEN_EXTRA,
        _IN_RETURN_ASKED,
        _THANKS_AS_PRICE,
        _THANKED_THEN_PAID,
        _ASK_THEN_I_GIVE,
        _IF_STARS_GET_BACK,
        _WARRANTY_FOR_REVIEW,
        _PROOF_INCENTIVE,
        _WHO_INCENTIVE,
        _BENEFIT_DEPENDS,
        _REVIEW_FIRST,
        _WHO_PRIZE,
        _IF_REVIEW_GIVE,
        _IF_TAKE_IT_INCENTIVE,
        _DRAW_FOR_REVIEW,
        _ASKED_THEN_GIVE,
        _BENEFIT_FOR_WHO,
        _GIVE_AFTERWARDS_INCENTIVE,
        _EXTENDED_FOR_REVIEW,
        _DRAW_FOR_SHARING,
        _LIVE_GIFT,
        _REVIEW_CLUB,
    ),
    merged(
        _IF_TAKE_IT_CHANGE,
        _THREAT_CHANGE,
        _OTHER_STARS_CHANGE,
        _SPLIT_CHANGE_NL,
        _STILL_MATCH_CHANGE,
        _STILL_MENTIONS_CHANGE,
        _RECAST_CHANGE,
        _SOFTEN_IT_CHANGE,
        _LOOK_CHANGE,
        _UPDATE_IT_CHANGE,
        _UPDATE_DIRECT,
        _GONE_CHANGE,
        _REFLECTED_CHANGE,
        _ASKED_CHANGE,
        _ASKED_CHANGE_INSIDE,
        _SHOWS_NOW_CHANGE,
        _CHANCE_CHANGE,
        _TO_FIVE_CHANGE,
        _LOOK_AGAIN_LINKED,
        _OUTDATED_CHANGE,
        _FAIR_CHANGE,
        _PASSIVE_REVISIT_CHANGE,
        _WHILE_UP_CHANGE,
        _BETTER_CHANGE,
        _REFLECT_CHANGE,
        _PLAIN_CHANGE_FAMILY,
        _ADD_FIXED_CHANGE,
        _STILL_SAME_CHANGE,
        _NO_OBJECT_CHANGE,
    ),
    _FIVE_THEN_GIVE,
    _UNLOCKS_INCENTIVE,
    _RATE_AND_GET,
    _AS_THANKS_GIFT,
    _AFTER_CHANGE_GIVE,
    merged(
        _ONLY_SATISFIED,
        _POSITIVE_HELPS,
        _NO_BAD,
        _NO_BAD_ORDERS,
        _GATING,
        _UNHAPPY_NO_REVIEW,
        _UNHAPPY_ASKED_NO_REVIEW,
        _INSTEAD_OF_REVIEW_GATING,
        _HAPPY_ASKED_REVIEW,
        _BAD_REVIEW_DETERRED,
        _PUNISHED_BY_REVIEW,
        _OTHERWISE_REVIEW,
        _BEFORE_LOW_GATE,
        _BEFORE_REVIEWING_GATE,
        _TO_FIVE_POSITIVE,
        _RATE_FIVE,
        _SHARE_POSITIVE,
        _LIKED_TELL_OTHERS,
        _FULL_POSITIVE,
        _RECOMMENDERS_ONLY,
        _RECOMMENDERS_ASKED,
    ),
    merged(
        _PRESSURE_AROUND,
        _NONE_YET_PRESSURE,
        _URGENT_PRESSURE,
        _PRIOR_ASK,
        _RATED_BY_DEADLINE,
        _BAD_REVIEW_THREAT,
        _DONE_BY_DEADLINE,
        _TODAY_PRESSURE,
        _STILL_NONE_CHASED,
        _WILL_REMIND_PRESSURE,
        _FIRST_EMAIL_PRESSURE,
        _WRITING_AGAIN_PRESSURE,
        _COUNTED_PRESSURE,
        _THREAT_PRESSURE,
        _REMINDED_PRESSURE,
        _PROMISED_PRESSURE,
        _TOO_LATE_PRESSURE,
        _RUINS_PRESSURE,
        _CHASED_44,
    ),
)
