"""The multilingual phrase families of the content rules (en, de, fr, es, it, pt, ja, zh), as data.

Imported on the first check, not with :mod:`marketmsg.rules` (compiling ~200 patterns costs ~150 ms): see
:func:`marketmsg.rules._tables.tables`. What each family forbids and its source are in the platform packs; the
wording follows the examples the sources list (the platforms' communication guidelines and seller rules as
summarised in the shared fact sheets, §5.1 and §8).
"""

from __future__ import annotations

from ._lexicon import _GAP, _MONEY, _SENT, Family, family, near

__all__ = ["BASE_FAMILIES"]

# "evaluation" is AliExpress' own word for feedback (评价), and sellers translating from Chinese use it (batch X).
_RN_ANCHORS = {
    "en": "review|feedback|rating|evaluation",
    "de": "bewert|rezens|feedback|rezi",
    "fr": "avis|comment|évaluation|evaluation|note|feedback",
    "es": "reseña|opini|valora|comentario|calific|evaluaci|feedback",
    "it": "recension|feedback|valutazion",
    "pt": "avali|coment|opini|review|feedback",
    "ja": "レビュー|評価",
    "zh": "好评|好評|评价|評價|五星|评论|評論|差评|差評|中评|中評",
}


_REVIEW_NOUN = {
    "en": r"(?:reviews?|feedback|ratings?|evaluations?(?!\s+of\b))",
    "de": r"(?:bewertung(?:en)?|rezension(?:en)?|feedback|rezi)",
    # "feedback" as Amazon's French, Spanish and Brazilian stores name seller feedback ("le feedback négatif", "o
    # feedback de vendedor", stop 37)
    "fr": r"(?:avis|commentaires?|évaluations?|evaluations?|notes?|feedback)",
    "es": r"(?:reseñas?|opini[oó]n(?:es)?|valoraci[oó]n(?:es)?|comentarios?|calificaci[oó]n|evaluaci[oó]n(?:es)?|feedback)",
    "it": r"(?:recension[ei]|feedback|valutazion[ei])",
    "pt": r"(?:avalia[çc](?:ão|ao|ões)|coment[áa]rios?|opini[ãa]o|review|feedback)",
}
_RN = _REVIEW_NOUN
# "positive or negative" / "positif ou négatif" is no positive-only ask (issue 12.6 round 5).
_NOT_EITHER = r"(?!\s*,?\s*(?:ou|o|or|oder|of|e)\s+n[eé]gati)"

REVIEW_REQUEST = family(
    "review.request",
    {
        **_RN_ANCHORS,
        "en": "review|feedback|rating|rate ",
        "fr": "avis|comment|évaluation|evaluation|note|évaluer|évaluez",
        "es": "reseña|opini|valora|comentario|calific|valore|evalu|evalú",
        "it": "recension|feedback|valut",
        "pt": "avali|coment|opini|review|classific",
        "ja": "レビュー|評価|感想|ご意見",
        "zh": "评价|評價|评论|評論|点评|點評",
    },
    {
        "en": [
            rf"\b(?:leave|leaving|write|writing|post|posting|give|giving|share|sharing|submit|drop)\s+(?:us\s+|me\s+)?"
            rf"(?:a\s+|an\s+|your\s+|some\s+)?{_GAP}{_RN['en']}\b",
            r"\b(?:please|kindly|could\s+you|would\s+you)\s+(?:\w+\s+)?(?:review|rate)\s+(?:us|the\s+(?:product|item|seller)|"
            r"your\s+(?:purchase|order|experience)|our|this|it)\b",
            r"\brate\s+(?:us|your\s+(?:purchase|experience|order))\b",
            rf"\b{_RN['en']}\s+(?:would\s+be|is|are)\s+(?:\w+\s+)?(?:appreciated|welcome|helpful)",
            r"\b(?:how\s+about|mind)\s+(?:leaving|writing)\s+(?:us\s+)?(?:a\s+)?(?:\w+\s+)?(?:review|feedback)",
        ],
        "de": [
            rf"\b{_RN['de']}\s+(?:zu\s+)?(?:hinterlassen|abgeben|schreiben|geben|verfassen)",
            rf"\b(?:hinterlassen|schreiben|geben|verfassen)\s+sie\s+(?:uns\s+)?(?:bitte\s+)?(?:eine?\s+)?{_GAP}{_RN['de']}",
            # the informal imperative ("Schreib eine Bewertung", "hinterlass uns deine Rezension": stop 52 probes)
            rf"\b(?:schreib|hinterlass|gib)e?\s+(?:uns\s+|mir\s+)?(?:bitte\s+)?(?:doch\s+)?(?:eine?\s+|deine\s+)?{_GAP}{_RN['de']}",
            r"\bbewerten\s+sie\s+(?:uns|den|das|die|ihren|ihre|ihr|unser|unsere)\b",
            r"\b(?:würden|könnten)\s+sie\s+(?:uns\s+)?(?:\w+\s+){0,3}?bewerten",
            rf"\b(?:über|um)\s+eine\s+(?:\w+\s+)?{_RN['de']}\s+(?:freuen|bitten)",
        ],
        "fr": [
            rf"\b(?:laisser|laissez|déposer|déposez|écrire|écrivez|donner|donnez|partager|partagez)[-\s]+(?:nous\s+)?"
            rf"(?:un|une|votre|vos)\s+{_GAP}{_RN['fr']}\b",
            rf"\b(?:laisse|écris|donne)[-\s]+(?:nous|moi)?\s*(?:un|une|ton|ta)\s+{_GAP}{_RN['fr']}\b",
            r"\b(?:évaluer|évaluez|noter|notez)\s+(?:votre\s+achat|notre|nous|le\s+produit|l'article|votre\s+commande)",
            r"\bdonner\s+votre\s+avis\b",
        ],
        "es": [
            rf"\b(?:dejar|deje|dejarnos|déjenos|dejenos|déjanos|escribir|escriba|escribirnos|compartir|comparta|deja|déjame|dejame|"
            rf"escribe|comparte)\s+"
            rf"(?:una?\s+|su\s+|tu\s+)?{_GAP}{_RN['es']}",
            r"\b(?:valorar|valore|calificar|califique|evaluar|evalúe)\s+(?:su\s+compra|nuestr[oa]s?|el\s+producto|"
            r"el\s+artículo|su\s+pedido|nos)\b",
        ],
        "it": [
            rf"\b(?:lasciare|lasci|lasciarci|lasciaci|scrivere|scriva|scrivi|lascia|lasciami)\s+(?:una?\s+|la\s+sua\s+|il\s+suo\s+|la\s+tua\s+)?"
            rf"{_GAP}{_RN['it']}",
            r"\b(?:valutare|valuti|valutarci)\s+(?:il\s+prodotto|il\s+suo\s+acquisto|il\s+nostro|noi|l'articolo)",
        ],
        "pt": [
            rf"\b(?:deixar|deixe|deixar-nos|escrever|escreva|compartilhar|compartilhe|deixa|escreve|compartilha)\s+(?:uma?\s+|sua\s+|seu\s+|tua\s+)?"
            rf"{_GAP}{_RN['pt']}",
            r"\b(?:avaliar|avalie|classificar|classifique)\s+(?:o\s+produto|sua\s+compra|nossa|nosso|a\s+loja|"
            r"o\s+vendedor|o\s+pedido|-nos)",
        ],
        "ja": [
            r"(?:レビュー|評価|感想|ご意見)(?:を|の)?(?:ご)?(?:書いて|投稿|記入|お願い|いただけ|頂け|お聞かせ|して(?:ください|いただ|頂))",
        ],
        "zh": [
            r"(?:给|給)(?:我们|我們|我|予|个|個)?(?:一个|一個|一条|一條)?(?:\S{0,2})?(?:评价|評價|评论|評論|点评|點評)",
            r"(?:留下|写|寫|发表|發表)(?:一下|个|一个|一條|一条)?(?:您的|你的)?(?:\S{0,2})?(?:评价|評價|评论|評論)",
            r"(?:请|請|麻烦|麻煩)(?:您|你)?(?:帮忙|幫忙)?(?:评价|評價|点评|點評)",
        ],
    },
)

POSITIVE_ONLY = family(
    "review.positive_only",
    {
        "en": "review|feedback|rating|rate|star",
        "de": "sterne|bewert|rezens|feedback|rezi",
        "fr": "étoile|avis|comment|évaluation|evaluation|note",
        "es": "estrella|estrellita|reseña|opini|valor|calific|comentario",
        "it": "stelle|recension|feedback|valut",
        "pt": "estrela|estrelinha|avali|coment|opini|review",
        "ja": "★|☆|星|高評価|レビュー|評価",
        "zh": "五星|5星|５星|五颗星|五顆星|五粒星|好评|好評|评价|評價|差评|差評|中评|中評",
    },
    {
        "en": [
            rf"\b(?:5|five)[\s-]*stars?\s+{_GAP}(?:{_RN['en']})",
            r"\b(?:leave|give|rate|leaving|giving|award)\s+(?:us\s+|it\s+|the\s+\w+\s+)?(?:a\s+|all\s+|full\s+)?(?:5|five)[\s-]*stars?\b",
            rf"\b(?:positive|good|great|glowing|excellent|nice|perfect)\s+{_RN['en']}\b",
            rf"\bif\s+(?:you\s+are|you're|you\s+were|you\s+feel)\s+(?:\S+\s+){{0,2}}?(?:happy|satisfied|pleased|delighted)"
            rf"{_SENT}{{0,80}}(?:review|feedback|rate|rating)",
            rf"\b(?:before|instead\s+of)\s+(?:leaving|writing|giving|posting)\s+(?:a\s+|any\s+)?(?:negative|bad|neutral|poor|"
            rf"low)\s+{_RN['en']}",
            # a change asked for with five stars as its target ("if you update the feedback to 5 stars", batch T)
            r"\b(?:updat|chang|rais|edit|revis|bump|increas|switch|upgrad|amend|modif)\w*\s+(?:\S+\s+){0,4}?to\s+(?:5|five)[\s-]*stars?\b",
        ],
        "de": [
            r"\b(?:5|fünf)[\s-]*sterne",
            rf"\b(?:positive|gute|tolle|sehr\s+gute)n?\s+{_RN['de']}",
            rf"\bwenn\s+sie\s+(?:\w+\s+)?zufrieden\s+(?:sind|waren){_SENT}{{0,80}}(?:bewert|rezension|feedback)",
            rf"\bbevor\s+sie\s+(?:eine\s+)?(?:negative|schlechte)\s+{_RN['de']}",
            # "schreiben Sie bitte zuerst uns, bevor Sie eine Bewertung abgeben" (batch T)
            rf"\b(?:(?:zuerst|erst(?:mal)?)\s+(?:an\s+)?uns|uns\s+(?:zuerst|erst))\b[^.!?\n]{{0,40}}\bbevor\s+sie\s+(?:\w+\s+)?{_RN['de']}",
        ],
        "fr": [
            r"\b(?:5|cinq)\s+étoiles",
            rf"\b{_RN['fr']}\s+(?:très\s+)?positi(?:f|ve)s?\b{_NOT_EITHER}",
            r"\b(?:bon|excellent)\s+(?:avis|commentaire)",
            r"\b(?:bonne|excellente)\s+(?:évaluation|note)",
            rf"\bsi\s+vous\s+(?:êtes|étiez)\s+(?:\w+\s+)?(?:satisfaite?s?|contente?s?|ravie?s?){_SENT}{{0,80}}(?:avis|évaluation|not(?:er|ez)|commentaire)",
            r"\bavant\s+de\s+(?:laisser|donner|publier)\s+(?:un|une)\s+(?:avis|évaluation|commentaire)\s+négati",
        ],
        "es": [
            r"\b(?:5|cinco)\s+estrell(?:as|itas)",
            rf"\b{_RN['es']}\s+(?:muy\s+)?positiv[ao]s?\b{_NOT_EITHER}",
            r"\b(?:buena|excelente)\s+(?:reseña|valoraci[oó]n|opini[oó]n|calificaci[oó]n)",
            rf"\bsi\s+(?:est[aá]|est[aá]s|qued[oó])\s+(?:\w+\s+)?(?:satisfech[oa]|content[oa]|encantad[oa]){_SENT}{{0,80}}"
            rf"(?:reseña|valoraci|opini|valor|calific)",
            rf"\bantes\s+de\s+(?:dejar|escribir|poner)\s+una?\s+{_RN['es']}\s+negativ",
        ],
        "it": [
            r"\b(?:5|cinque)\s+stelle",
            rf"\b{_RN['it']}\s+(?:molto\s+)?positiv[aeio]\b{_NOT_EITHER}",
            r"\b(?:buona|ottima)\s+(?:recensione|valutazione)",
            rf"\bse\s+(?:è|e'|sei|siete)\s+(?:\w+\s+)?soddisfatt[oaie]{_SENT}{{0,80}}(?:recension|feedback|valut)",
            rf"\bprima\s+di\s+(?:lasciare|scrivere)\s+una?\s+{_RN['it']}\s+negativ",
        ],
        "pt": [
            r"\b(?:5|cinco)\s+estrel(?:as|inhas)",
            rf"\b{_RN['pt']}\s+(?:bem\s+|muito\s+)?positiv[ao]s?\b{_NOT_EITHER}",
            r"\b(?:boa|ótima|otima|excelente)\s+(?:avalia[çc]ão|avaliacao|opini[ãa]o)",
            rf"\bse\s+(?:voc[êe]\s+)?(?:estiver|ficou|est[áa])\s+(?:\w+\s+)?satisfeit[oa]{_SENT}{{0,80}}(?:avali|coment)",
            rf"\bantes\s+de\s+(?:deixar|escrever|dar)\s+uma?\s+{_RN['pt']}\s+negativ",
        ],
        "ja": [
            # Only a top count: "星1のレビュー" (a one-star review) is what a removal request names, not a wish.
            r"(?:★|☆|星)\s*(?:5|５|五)?\s*(?:つ)?\s*(?:の)?\s*(?:評価|レビュー)",
            r"(?:★|☆|星)\s*(?:5|５|五)\s*(?:つ)?\s*(?:を|で|に|＋|\+|と)",
            # the count first ("5つ星もお願いします", "5つ星をつけていただけませんか": tuning batches AP, DK, stop 39)
            r"(?:5|５|五)\s*つ\s*星\s*(?:を|で|に|も|と|の\s*(?:評価|レビュー))",
            r"高評価",
            r"(?:良い|いい|好意的な)(?:レビュー|評価)",
            r"(?:満足|気に入って)(?:いただけ|頂け)?(?:まし)?たら[^.!?。！？\n]{0,40}(?:レビュー|評価)",
            r"(?:悪い|低い|低)評価(?:を)?(?:する|つける|付ける|書く)?(?:前に|前は)",
        ],
        "zh": [
            r"五星|5星|５星|五[颗顆粒]星",
            # not "好评差评我们都会认真看" (good or bad, we read them all: batch Z)
            r"(?<!无论)(?<!無論)(?<!不论)(?<!不論)(?:好评|好評)(?![或和与、/]?(?:差评|差評|中差评|中差評))",
            r"(?:满意|滿意)(?:的话|的話|请|請)[^.!?。！？\n]{0,30}(?:评价|評價|好评)",
            r"(?:差评|差評|中评|中評)(?:之前|前)",
        ],
    },
)

INCENTIVE = family(
    "review.incentive",
    _RN_ANCHORS,
    {
        "en": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:if\s+you|when\s+you|once\s+you|in\s+exchange\s+for|in\s+return\s+for|for\s+(?:leaving|writing|posting))\s+{_GAP}(?:{_RN['en']}|rating)",
            rf"\b(?:free|discount(?:ed)?|refund|rebate|gift\s*cards?|vouchers?|coupons?|cash\s*back|bonus|rewards?|"
            rf"money|gifts?)\b{_SENT}{{0,60}}\b(?:for|after|if\s+you|when\s+you|once\s+you|in\s+exchange\s+for|"
            rf"in\s+return\s+for)\s+{_GAP}(?:{_RN['en']}|rating)",
            rf"\b(?:in\s+exchange\s+for|in\s+return\s+for|for\s+(?:leaving|writing|posting))\s+(?:a\s+|an\s+|your\s+)?"
            rf"{_GAP}{_RN['en']}",
            rf"\b{_RN['en']}{_SENT}{{0,40}}\b(?:and|to)\s+(?:we(?:'ll|\s+will)|you(?:'ll|\s+will))\s+(?:\w+\s+)?"
            rf"(?:send|give|get|receive|refund|reimburse)",
        ],
        "de": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:wenn\s+sie|falls\s+sie|gegen)\s+{_GAP}{_RN['de']}",
            rf"\b(?:gratis|kostenlos\w*|rabatt|gutschein|rückerstattung|erstattung|geschenk|belohnung|geld\s+zurück)"
            rf"{_SENT}{{0,60}}\b(?:für|nach|wenn\s+sie|gegen)\s+{_GAP}{_RN['de']}",
            rf"\bfür\s+(?:eine|ihre)\s+(?:\w+\s+)?{_RN['de']}\s+(?:erhalten|bekommen)",
            rf"\b{_RN['de']}{_SENT}{{0,40}}(?:erhalten|bekommen)\s+sie\s+(?:\w+\s+){{0,3}}?"
            rf"(?:gutschein|rabatt|geschenk|erstattung|gratis|kostenlos)",
        ],
        "fr": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:si\s+vous|contre|en\s+échange\s+d['e]\s*)\s*{_GAP}{_RN['fr']}",
            rf"\b(?:gratuit\w*|remise|réduction|remboursement|bon\s+d'achat|carte\s+cadeau|cadeau|code\s+promo)"
            rf"{_SENT}{{0,60}}\b(?:pour|après|si\s+vous|contre)\s+{_GAP}{_RN['fr']}",
            rf"\ben\s+échange\s+d['e]\s*(?:un|une|votre)?\s*{_GAP}{_RN['fr']}",
        ],
        "es": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:si|a\s+cambio\s+de|al\s+(?:dejar|escribir)|por\s+(?:dejar|escribir))\s+{_GAP}{_RN['es']}",
            rf"\b(?:gratis|descuento|reembolso|cup[oó]n|tarjeta\s+regalo|regalo|vale)\b{_SENT}{{0,60}}"
            rf"\b(?:por(?!\s+favor)|despu[eé]s\s+de|si|al)\s+{_GAP}{_RN['es']}",
            rf"\ba\s+cambio\s+de\s+(?:una?\s+|su\s+)?{_GAP}{_RN['es']}",
        ],
        "it": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:se|in\s+cambio\s+di|per\s+(?:lasciare|scrivere))\s+{_GAP}{_RN['it']}",
            rf"\b(?:gratis|gratuit\w|sconto|rimborso|buono|coupon|regalo|omaggio)\b{_SENT}{{0,60}}"
            rf"\b(?:per|dopo|se|in\s+cambio\s+di)\s+{_GAP}{_RN['it']}",
            rf"\bin\s+cambio\s+di\s+(?:una?\s+)?{_GAP}{_RN['it']}",
        ],
        "pt": [
            rf"{_MONEY}{_SENT}{{0,60}}\b(?:se|em\s+troca\s+de|ao\s+(?:deixar|escrever)|por\s+(?:deixar|escrever))\s+{_GAP}{_RN['pt']}",
            rf"\b(?:gr[áa]tis|desconto|reembolso|cupom|cup[ãa]o|vale|brinde|presente)\b{_SENT}{{0,60}}"
            rf"\b(?:por(?!\s+favor)|ap[óo]s|depois\s+de|se|ao)\s+{_GAP}{_RN['pt']}",
            rf"\bem\s+troca\s+de\s+(?:uma?\s+|sua\s+)?{_GAP}{_RN['pt']}",
        ],
        "ja": [
            r"(?:レビュー|評価)[^.!?。！？\n]{0,30}(?:返金|割引|ギフト券|ギフトカード|プレゼント|クーポン|無料|ポイント)",
            r"(?:返金|割引|ギフト券|ギフトカード|プレゼント|クーポン|無料|ポイント)[^.!?。！？\n]{0,30}(?:レビュー|評価)(?:を|して|いただ|頂|の)",
        ],
        "zh": [
            r"(?:好评|好評|评价|評價|五星)[^.!?。！？\n]{0,20}(?:返现|返現|返款|红包|紅包|优惠券|優惠券|礼品|禮品|免费|免費|赠品|贈品|退款)",
            r"(?:返现|返現|红包|紅包|优惠券|優惠券|礼品|禮品|赠品|贈品)[^.!?。！？\n]{0,20}(?:好评|好評|评价|評價)",
        ],
    },
)

REVIEW_CHANGE = family(
    "review.change",
    {
        **_RN_ANCHORS,
        "zh": "评|評",
        "pt": _RN_ANCHORS["pt"] + "|estrelas",
        "es": _RN_ANCHORS["es"] + "|estrellas",
    },
    {
        "en": [
            rf"\b(?:remove|removing|delete|deleting|change|changing|update|updating|revise|revising|modify|edit|editing|"
            rf"amend|withdraw|reconsider|retract|take\s+down|adjust)\s+(?:your|the|this|that|a|my|its)?\s*"
            rf"(?:[\w-]+\s+){{0,2}}?{_RN['en']}",
            rf"\b{_RN['en']}\s+(?:be\s+|been\s+|being\s+|is\s+|was\s+|gets?\s+|has\s+been\s+)?(?:removed|deleted|changed|"
            rf"updated|revised|modified|withdrawn|taken\s+down)",
            # the change as a condition the seller waits for: "as soon as you have edited your review" (tuning R)
            rf"\b(?:once|as\s+soon\s+as|when|after|until|the\s+moment)\s+you(?:'ve|\s+have)\s+(?:removed|deleted|changed|"
            rf"edited|updated|revised|modified|amended|adjusted|withdrawn|taken\s+down)\s+(?:your|the|this|that)\s*"
            rf"(?:[\w-]+\s+){{0,2}}?{_RN['en']}",
        ],
        "de": [
            rf"\b{_RN['de']}\s+(?:\w+\s+){{0,3}}?(?:zu\s+)?(?:ändern|löschen|entfernen|zurückziehen|anpassen|"
            rf"überdenken|korrigieren|aktualisieren|überarbeiten|revidieren|nachbessern)",
            # the change as a condition the seller waits for: "sobald Sie Ihre Bewertung geändert haben" (round 19)
            rf"\b(?:sobald|sowie|nachdem|wenn|sofern)\s+sie\s+(?:ihre|die)\s+(?:\w+\s+){{0,2}}?(?:[\w-]+-)?{_RN['de']}\s+(?:\w+\s+){{0,3}}?"
            rf"(?:geändert|gelöscht|entfernt|angepasst|aktualisiert|überarbeitet|korrigiert|zurückgezogen)\s+(?:haben|hast)\b",
            rf"\b(?:ändern|löschen|entfernen|korrigieren|überarbeiten|aktualisieren|überdenken)\s+sie\s+(?:\w+\s+){{0,3}}?(?:ihre|die|diese)\s+(?:\w+\s+)?{_RN['de']}",
            # separable: "passen Sie danach Ihre Bewertung an", "passt du deine Rezension an" (stop 34)
            rf"\b(?:passen\s+sie|passt\s+du)\s+(?:\w+\s+){{0,3}}?(?:ihre|die|diese|deine)\s+(?:\w+\s+)?{_RN['de']}\s+(?:\w+\s+){{0,3}}?an\b",
            rf"\b(?:löschen|entfernen|ändern|änderung|löschung|update|aktualisierung|überarbeitung|anpassung)\s+(?:der|die|ihrer?|ihre[rn]?|des|deiner)\s+(?:[\w-]+\s+){{0,2}}?"
            # the review itself, not a feature named after it ("das Update der Bewertungsfunktion")
            rf"[\w-]*{_RN['de']}(?![a-zäöüß])",
        ],
        "fr": [
            rf"\b(?:modifier|modifiez|supprimer|supprimez|retirer|retirez|changer|changez|mettre\s+à\s+jour|"
            rf"reconsidérer|revoir|revoyez|réviser|révisez|corriger|corrigez|actualiser|rectifier|"
            # the subjunctive after "que vous" ("nous aimerions que vous modifiiez votre avis")
            rf"modifiiez|supprimiez|retiriez|changiez|révisiez|revoyiez|corrigiez|reconsidériez)\s+(?:votre|vos|l'|le|la|cet|cette)\s*(?:\w+\s+)?{_RN['fr']}",
            # "dès que vous aurez modifié votre avis" (round 19)
            rf"\b(?:dès\s+que|une\s+fois\s+que|quand|lorsque|après\s+que|sitôt\s+que)\s+vous\s+(?:aurez|avez)\s+(?:modifié|supprimé|"
            rf"retiré|changé|mis\s+à\s+jour|corrigé|révisé|actualisé)\s+(?:votre|vos|l'|le|la|cet|cette)\s*(?:\w+\s+)?{_RN['fr']}",
        ],
        "es": [
            rf"\b(?:modificar|modifique|eliminar|elimine|elimina|borrar|borre|borra|quitar|quite|quita|retirar|retire|"
            rf"cambiar|cambie|actualizar|actualice|reconsiderar|revisar|revise|editar|edite|corregir|corrija|rectificar|"
            # the informal present after "si" ("si cambias la valoración", batch T)
            rf"cambias|modificas|eliminas|borras|quitas|actualizas|editas|corriges|"
            # … and the formal one ("si cambia las estrellas a 5", batch X)
            rf"cambia|modifica|edita|"
            # the subjunctive of a polite request ("le agradeceríamos que revisara su valoración", "que cambies tu
            # reseña", blind batch FN)
            rf"modificara|modificase|eliminara|eliminase|borrara|borrase|quitara|quitase|retirara|retirase|cambiara|"
            rf"cambiase|actualizara|actualizase|reconsiderara|reconsiderase|revisara|revisase|editara|editase|corrigiera|"
            rf"corrigiese|rectificara|rectificase|cambies|modifiques|elimines|borres|quites|retires|actualices|revises|"
            rf"edites|corrijas)\s+(?:su|tu|la|el|esa|esta|sus|las)\s+(?:\w+\s+)?(?:{_RN['es']}|estrellas)",
            # …and the formal one ("si cambia su reseña, le enviaremos otro", round 19)
            rf"\bsi\s+(?:usted\s+)?(?:cambia|modifica|actualiza|edita|corrige|retira)\s+(?:su|la|el|esa|esta)\s+(?:\w+\s+)?{_RN['es']}",
            # "en cuanto veamos que ha actualizado su valoración" (batch V)
            rf"\bque\s+(?:usted\s+)?(?:ha|has)\s+(?:cambiado|modificado|eliminado|borrado|quitado|retirado|actualizado|editado|corregido)\s+"
            rf"(?:su|tu|la|el|esa|esta)\s+(?:\w+\s+)?{_RN['es']}(?=[^.!?\n]{{0,80}}?\b(?:más|mejor|acorde|positiv|estrellas))",
            # "en cuanto haya cambiado su reseña" (round 19)
            rf"\b(?:en\s+cuanto|una\s+vez\s+que|cuando|despu[eé]s\s+de\s+que|tan\s+pronto\s+como|apenas)\s+(?:usted\s+)?(?:haya|hayas)\s+"
            rf"(?:cambiado|modificado|eliminado|borrado|quitado|retirado|actualizado|editado|corregido)\s+(?:su|tu|la|el|esa|esta)\s+(?:\w+\s+)?{_RN['es']}",
        ],
        "it": [
            rf"\b(?:modificare|modifichi|modificato|rimuovere|rimuova|rimosso|eliminare|elimini|eliminato|cancellare|"
            rf"cancelli|cancellato|cambiare|cambi|cambiato|aggiornare|aggiorni|aggiornato|togliere|tolga|togli|tolto|"
            rf"rivedere|riveda|riconsiderare|riconsideri|correggere|corregga|"
            # the imperfect subjunctive after "se" / "che" ("le saremmo grati se modificasse la sua recensione")
            rf"modificasse|rimuovesse|eliminasse|cancellasse|cambiasse|aggiornasse|togliesse|rivedesse|riconsiderasse|"
            rf"correggesse)\s+(?:la\s+sua|il\s+suo|la|il|sua|questa|quella)\s+(?:\w+\s+)?{_RN['it']}",
        ],
        "pt": [
            rf"\b(?:alterar|altere|remover|remova|excluir|exclua|apagar|apague|mudar|mude|atualizar|atualize|"
            rf"retirar|retire|rever|reveja|revisar|revise|editar|edite|corrigir|corrija|reconsiderar|"
            # the imperfect subjunctive of a polite request ("ficaríamos gratos se alterasse a sua avaliação")
            rf"alterasse|removesse|exclu[íi]sse|apagasse|mudasse|atualizasse|retirasse|revisse|revisasse|editasse|"
            rf"corrigisse|reconsiderasse)\s+(?:sua|seu|a|o|essa|esta)\s+(?:\w+\s+)?{_RN['pt']}",
            # "Se você mudar para 5 estrelas, mandamos outro" — the stars are the review (batch W)
            r"\b(?:mudar|mude|alterar|altere|trocar|troque)\s+(?:ela\s+|a\s+nota\s+)?para\s+(?:\d|cinco|quatro)\s+estrelas\b",
            # "assim que tiver alterado a sua avaliação" (round 19)
            rf"\b(?:assim\s+que|logo\s+que|quando|depois\s+que|t[ãa]o\s+logo)\s+(?:voc[êe]\s+)?(?:tiver|tenha)\s+(?:alterado|removido|exclu[íi]do|"
            rf"apagado|mudado|atualizado|editado|corrigido|retirado)\s+(?:a\s+sua|o\s+seu|sua|seu|a|o|essa|esta)\s+(?:\w+\s+)?{_RN['pt']}",
        ],
        "ja": [r"(?:レビュー|評価)(?:を|の)?(?:削除|変更|修正|取り消|取消|書き換え|見直|訂正|更新)"],
        "zh": [
            r"(?:删除|刪除|修改|更改|撤销|撤銷|撤回|改掉|改成|改为|改為)(?:一下)?(?:您的|你的)?(?:差评|差評|中评|中評|评价|評價|评论|評論)",
            r"(?:差评|差評|中评|中評)(?:改|删|刪|撤)",
            # the 把/将 construction puts the review before its verb: "只要您把评论改成三星以上", "请将评分调高" (tuning p)
            r"(?:把|将|將)(?:您|你)?的?(?:这|這|那)?[个個条條则則]?(?:差评|差評|中评|中評|评价|評價|评论|評論|评分|評分|星级|星級)"
            r"(?:改|删|刪|撤|调|調|去掉|拿掉|更新|修改)",
        ],
    },
)

MARKETING = family(
    "marketing.promotion",
    {
        "en": "coupon|promo|discount|voucher|% off|%off|check out|take a look|browse|visit|shop |explore|follow us|code"
        "|like us|newsletter|special|exclusive|limited|next|future|new arrival",
        "de": "gutschein|rabatt|promo|aktions|besuchen|entdecken|schauen|folgen|newsletter|angebot|nächsten|code",
        "fr": "promo|réduction|remise|découvrez|visitez|suivez-nous|suivez nous|newsletter|offre|prochaine|code",
        "es": "descuento|promocional|promo|visite|descubra|vistazo|síganos|siganos|suscr|regístrese|registrese|código|codigo|cupón|cupon"
        "|oferta|próxim|proxim",
        "it": "sconto|promozionale|promo|coupon|visit|scopr|seguici|newsletter|offerta|prossimo|codice",
        "pt": "desconto|promocional|promo|cupom|visite|conheça|conheca|confira|siga-nos|siga nos|newsletter|assine|código|codigo|aproveite"
        "|inscreva|oferta|próxim|proxim",
        "ja": "クーポン|割引|%|％|他の|ほかの|新商品|新製品|フォロー|メルマガ|セール|次回",
        "zh": "优惠|優惠|折扣|%|折|关注|關注|看看|浏览|瀏覽|逛逛|新品|限时|限時|下次",
    },
    {
        "en": [
            r"\b(?:coupon|promo(?:tion(?:al)?)?|discount|voucher)\s*codes?\b",
            # a code handed over by its name: "use code GLOW20", "avec le code LIN20", "use o cupom OBRIGADO15" (stop 31;
            # letters then at most four digits, five characters or more: not a device's "code B12", not a tracking number
            # "código RR123456785PT")
            r"\b(?:use|with|using|enter|apply)\s+(?:the\s+)?(?:code|coupon)\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            r"\b\d{1,2}\s?%\s?off\b",
            r"\b(?:check\s+out|take\s+a\s+look\s+at|browse|visit|shop|explore)\s+(?:our|my)\s+(?:other|new|latest|full|"
            r"store|shop|products|range|collection|website|brand)",
            r"\b(?:follow|like)\s+us\s+on\b",
            r"\b(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our\s+)?newsletter",
            r"\b(?:special|exclusive|limited[-\s]time)\s+(?:offer|deal|discount|promotion|sale)",
            rf"\b(?:next|future)\s+(?:order|purchase){_SENT}{{0,30}}(?:discount|%|coupon|voucher)",
            r"\bnew\s+arrivals\b",
        ],
        "de": [
            r"\b(?:gutschein|rabatt|promo|aktions)[-\s]?code",
            # a voucher code by name; a bare "Code" only beside what it saves ("Mit dem Code AB123 auf der Unterseite
            # bestimmen Sie das Modell" is the model's code: stop 41)
            r"\bmit\s+(?:dem\s+)?gutschein(?:code)?\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            near(
                r"\bmit\s+(?:dem\s+)?code\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
                r"rabatt\w*|\bspar\w*|nächste\w*\s+(?:bestellung|einkauf)|%|\bgünstiger\b",
                50,
            ),
            r"\b\d{1,2}\s?%\s+rabatt",
            r"\b(?:besuchen|entdecken)\s+sie\s+(?:auch\s+)?(?:unseren?|unsere)\s+(?:shop|store|weitere|andere|neue|"
            r"produkte|sortiment|website)",
            r"\bschauen\s+sie\s+sich\s+(?:auch\s+)?(?:unsere|unser)\s+(?:anderen|weiteren|neuen|sortiment|shop)",
            r"\bfolgen\s+sie\s+uns\b",
            r"\bnewsletter\s+(?:abonnieren|an)",
            r"\b(?:sonderangebot|exklusives\s+angebot|aktionsangebot)",
            rf"\bbei\s+ihrer\s+nächsten\s+bestellung{_SENT}{{0,30}}(?:rabatt|%|gutschein)",
        ],
        "fr": [
            r"\bcode\s+(?:promo|de\s+réduction|réduction|remise)",
            r"\bavec\s+le\s+code\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            r"\b\d{1,2}\s?%\s+de\s+(?:réduction|remise)",
            r"-\s?\d{1,2}\s?%\s+(?:\w+\s+){0,5}?avec\s+le\s+code\b",  # "-15 % sur votre prochaine commande avec le code VIP15" (batch AA)
            r"\b(?:découvrez|visitez)\s+(?:aussi\s+)?(?:toute\s+|tous\s+)?(?:nos|notre)\s+(?:autres|nouveaux|nouvelles|nouvelle|nouveau|boutique|produits|site|"
            r"gamme|collection)",
            r"\bsuivez[-\s]nous\b",
            r"\b(?:abonnez|inscrivez)[-\s]vous\s+à\s+(?:notre\s+)?newsletter",
            r"\boffre\s+(?:spéciale|exclusive|limitée)",
            rf"\bprochaine\s+commande{_SENT}{{0,30}}(?:réduction|remise|%)",
        ],
        "es": [
            r"\bc[oó]digo\s+(?:de\s+)?(?:descuento|promocional|promo)",
            r"\bcon\s+el\s+(?:c[oó]digo|cup[oó]n)\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            r"\b\d{1,2}\s?%\s+de\s+descuento",
            r"\b(?:visite|descubra|eche\s+un\s+vistazo\s+a)\s+(?:nuestr[oa]s?)\s+(?:otr[oa]s?|nuev[oa]s?|tienda|productos|"
            r"web|colecci[oó]n)",
            r"\bs[ií]ganos\s+en\b",
            r"\b(?:suscr[ií]b(?:ase|ete)|reg[ií]strese)\s+(?:a|en)\s+(?:nuestro\s+)?(?:bolet[ií]n|newsletter)",
            r"\boferta\s+(?:especial|exclusiva|limitada)",
            rf"\bpr[oó]xim[ao]\s+(?:compra|pedido){_SENT}{{0,30}}(?:descuento|%|cup[oó]n)",
        ],
        "it": [
            r"\bcodice\s+(?:sconto|promozionale|promo|coupon)",
            r"\bcon\s+il\s+(?:codice|coupon)\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            r"\b\d{1,2}\s?%\s+di\s+sconto",
            r"\b(?:visit[ai]|scopr[ai])\s+(?:anche\s+)?(?:i\s+nostri|il\s+nostro|le\s+nostre|la\s+nostra)\s+(?:altr[aoie]|"
            r"nuov[aoie]|negozio|prodotti|collezione|sito)",
            r"\bseguici\s+su\b",
            r"\biscriviti\s+alla\s+(?:nostra\s+)?newsletter",
            r"\bofferta\s+(?:speciale|esclusiva|limitata)",
            rf"\bprossimo\s+(?:ordine|acquisto){_SENT}{{0,30}}(?:sconto|%|coupon)",
        ],
        "pt": [
            r"\bc[oó]digo\s+(?:de\s+)?(?:desconto|promocional|promo|cupom)",
            r"\b(?:use|usando|com)\s+o\s+(?:cupom|c[oó]digo)\s+(?=[a-z0-9]{5,}\b)[a-z]{2,}\d{1,4}[a-z]{0,4}\b",
            r"\baproveite\s+(?:tamb[ée]m\s+)?(?:nossa|nosso|nossas|nossos)\s+(?:\w+\s+)?(?:linha|cole[çc][ãa]o|produtos|novidades|lan[çc]amentos)\b",
            r"\b\d{1,2}\s?%\s+de\s+desconto",
            r"\b(?:visite|conheça|conheca|confira)\s+(?:tamb[ée]m\s+)?(?:[ao]s?\s+)?(?:nossos|nossa|nossas|nosso)\s+(?:outr[ao]s?|"
            r"nov[ao]s?|loja|produtos|site|cole[çc][ãa]o)",
            r"\bsiga[-\s]nos\b",
            r"\b(?:assine|inscreva-se\s+n)a\s+(?:nossa\s+)?newsletter",
            r"\boferta\s+(?:especial|exclusiva|limitada)",
            rf"\bpr[oó]xim[ao]\s+(?:compra|pedido){_SENT}{{0,30}}(?:desconto|%|cupom)",
        ],
        "ja": [
            r"クーポン(?:コード)?(?:を|は|:|：|で)",
            r"割引コード",
            r"(?:\d+|[０-９]+)\s?[%％](?:オフ|off|割引)",
            r"(?:他の|ほかの|新)(?:商品|製品)(?:も|を)(?:ぜひ)?(?:ご覧|チェック)",
            r"フォローして",
            r"メルマガ",
            r"セール(?:開催|中|実施)",
            r"次回(?:の)?(?:ご)?(?:購入|注文)[^.!?。！？\n]{0,20}(?:割引|クーポン|%|％)",
        ],
        "zh": [
            r"优惠券|優惠券|优惠码|優惠碼|折扣码|折扣碼",
            r"\d+\s?%\s?(?:折扣|优惠|優惠)",
            r"(?:打|享)\s?\d+(?:\.\d)?\s?折",
            r"(?:关注|關注)(?:我们|我們)",
            r"(?:看看|浏览|瀏覽|逛逛)(?:我们|我們)(?:的)?(?:店铺|店鋪)?(?:的)?(?:其他|其它|新)",
            r"新品上市|限时优惠|限時優惠",
            r"下次(?:购买|購買|下单|下單)[^.!?。！？\n]{0,20}(?:优惠|優惠|折扣|%)",
        ],
    },
)

OFFPLATFORM_PAYMENT = family(
    "offplatform.payment",
    {
        "en": "pay|money|directly",
        "de": "paypal|überweis|western|außerhalb|direkt",
        "fr": "payer|paiement|régl|dehors|directement",
        "es": "pag|fuera|directamente",
        "it": "pag|fuori|direttamente",
        "pt": "pag|fora d|diretamente",
        "ja": "銀行振込|ペイパル|paypal|直接",
        "zh": "支付宝|支付寶|微信支付|银行转账|銀行轉賬|paypal|私下|线下|線下",
    },
    {
        "en": [
            r"\b(?:pay|paying|payment|send\s+(?:the\s+)?money|transfer\s+(?:the\s+)?money)\s+(?:\w+\s+){0,3}?"
            r"(?:via|through|by|with|using|on|to\s+my)\s+(?:paypal|western\s+union|bank\s+transfer|wire\s+transfer|zelle|"
            r"venmo|alipay|wise|moneygram|crypto|bitcoin|cash\s+app)",
            r"\b(?:buy|order|purchase)\s+(?:it\s+|them\s+)?directly\s+(?:from\s+(?:us|our\s+(?:website|shop|store))|"
            r"on\s+our\s+(?:website|shop|store))",
        ],
        "de": [
            r"\b(?:per|über|via|mit)\s+(?:paypal|(?:bank)?überweisung|western\s+union)\s+(?:\w+\s+){0,2}?"
            r"(?:bezahlen|zahlen|senden|überweisen)",
            r"\bdirekt\s+(?:bei\s+uns|über\s+unsere\s+(?:website|webseite|shop))\s+(?:\w+\s+)?(?:kaufen|bestellen)",
        ],
        "fr": [
            r"\b(?:payer|paiement|réglez|régler)\s+(?:\w+\s+){0,2}?(?:par|via|avec)\s+(?:paypal|virement|western\s+union)",
            r"\b(?:commander|acheter)\s+directement\s+(?:chez|auprès\s+de|sur\s+notre)",
        ],
        "es": [
            r"\b(?:pagar|pague|pago)\s+(?:\w+\s+){0,2}?(?:por|v[ií]a|mediante|con)\s+(?:paypal|transferencia|western\s+union|"
            r"bizum)",
            r"\b(?:comprar|compre|pedir)\s+directamente\s+(?:a\s+nosotros|en\s+nuestra|con\s+nosotros)",
        ],
        "it": [
            r"\b(?:pagare|paghi|pagamento)\s+(?:\w+\s+){0,2}?(?:tramite|via|con|per)\s+(?:paypal|bonifico|western\s+union)",
            r"\b(?:acquistare|ordinare|compri|ordini)\s+direttamente\s+(?:da\s+noi|sul\s+nostro)",
        ],
        "pt": [
            r"\b(?:pagar|pague|pagamento)\s+(?:\w+\s+){0,2}?(?:por|via|pelo|pela|com)\s+(?:paypal|pix|transfer[êe]ncia|"
            r"boleto|western\s+union)",
            r"\b(?:comprar|compre|pedir)\s+diretamente\s+(?:conosco|com\s+a\s+gente|em\s+nossa|no\s+nosso)",
        ],
        "ja": [
            # "PayPalで直接こちらにお支払い" (round 7: a few words between the channel and the payment)
            r"(?:銀行振込|ペイパル|paypal)(?:で|にて)[^.!?。！？\n]{0,10}?(?:お支払|支払|送金)",
            # not duties paid to the carrier at the door ("配送業者へ直接お支払い", issue 12.6 round 6)
            r"(?<!配送業者へ)(?<!配送業者に)(?<!運送会社へ)(?<!運送会社に)(?<!配達員へ)(?<!配達員に)(?<!ドライバーへ)(?<!ドライバーに)"
            r"(?<!税関へ)(?<!郵便局で)直接(?:取引|購入|お支払|支払|送金)",
        ],
        "zh": [
            r"(?:支付宝|支付寶|微信支付|银行转账|銀行轉賬|paypal)(?:付款|支付|转账|轉賬|付)",
            r"(?:私下|线下|線下)(?:交易|付款|转账|轉賬|支付)",
            # paying by a wallet named as the cheaper way ("用微信支付更便宜", batch W)
            r"用(?:支付宝|支付寶|微信支付|微信)(?:付款|支付|转账|轉賬)?(?:会|會)?(?:更|比较|比較)?(?:便宜|优惠|優惠|划算|劃算)",
        ],
    },
)

BASE_FAMILIES: tuple[Family, ...] = (
    REVIEW_REQUEST,
    POSITIVE_ONLY,
    INCENTIVE,
    REVIEW_CHANGE,
    MARKETING,
    OFFPLATFORM_PAYMENT,
)
