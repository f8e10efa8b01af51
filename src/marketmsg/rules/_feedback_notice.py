"""A notice about a buyer's existing seller feedback, which a platform may allow where it forbids asking for changes.

A platform whose policy lists the rule ``review.feedback_notice`` allows one thing a change request otherwise may
not do: once the buyer's concern is resolved, tell them it is *possible* to update or remove the seller feedback
they left, if they wish, with no pressure and no reward (the adapter's policy cites the platform's help page, e.g.
"If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you
originally provided here."). Product reviews stay closed: no request to alter one is ever a notice.

So a change request (``review.change``) is reported under ``review.feedback_notice`` (a warning) instead of
blocked only when the *whole* message:

1. names seller feedback (``FEEDBACK``) and nothing that is, or may be, a product review or a star mark
   (``PRODUCT_REVIEW``; an ambiguous word such as German "Bewertung" counts as a review);
2. leaves the choice to the buyer (``CHOICE``: "if you wish", "it is possible to", "whatever you decide");
3. asks nothing directly (``DIRECT_ASK``: "could you remove", "we kindly ask you", "please update", "we would
   appreciate it") and presses in no way (``PRESSURE``: urgency, the seller's account or business at stake, a
   better mark);
4. and the phrase tables found no incentive, pressure or positive-only request in it (the caller's test).

Everything else stays a blocked ``review.change``: a wrong warning could cost a seller the account, a wrong block
costs a rewording. The word lists cover Arabic, Dutch, English, French, German, Italian, Japanese, Polish,
Portuguese, Spanish, Swedish and Turkish, the languages of the stores where such a notice is allowed; in any other
language nothing qualifies.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "CHOICE",
    "DIRECT_ASK",
    "FEEDBACK",
    "PRESSURE",
    "PRODUCT_REVIEW",
    "is_feedback_notice",
    "pressure_words",
]

_CHANGE_EN = r"remove|delete|take\s+down|withdraw|retract|change|update|revise|edit|amend|reconsider|pull"

#: Seller feedback, by the names the stores give it.
FEEDBACK = {
    "en": r"\bfeedback\b",
    "de": r"feedback|verkäuferbewertung|händlerbewertung",
    "fr": r"\bfeedback|\bévaluations?\s+(?:du|de\s+notre|de\s+la|de\s+votre)\s+(?:vendeur|boutique)|\bévaluation\s+vendeur",
    "es": r"\bfeedback|\bvaloraci[oó]n(?:es)?\s+(?:del|de\s+(?:nuestra\s+tienda|vendedor))",
    "it": r"\bfeedback",
    "pt": r"\bfeedback|\bavalia[cç][aã]o\s+d[oa]\s+(?:vendedor|loja)",
    "nl": r"\bfeedback|verkopersbeoordeling",
    "pl": r"\bfeedback|\bopini[aeęi]\s+o\s+sprzedawcy",
    "sv": r"feedback|säljaromdöme",
    "tr": r"\bfeedback|geri\s+bildirim",
    "ja": r"出品者(?:の)?評価|フィードバック|ストア評価",
    "ar": r"تقييم\s+البائع|تقييمك\s+للبائع|feedback",
}

#: A product review, a star mark, or a word that may name either (then the message is no seller-feedback notice).
PRODUCT_REVIEW = {
    "en": r"\breview|\brating|\bstars?\b|\bproduct\s+page|\blisting",
    "de": r"rezension|sterne?\b|(?<!verkäufer)(?<!händler)bewertung",
    "fr": r"\bavis\b|commentaire|étoile|\bnote\b|\bévaluation(?!s?\s+(?:du|de\s+notre|de\s+la|de\s+votre)\s+(?:vendeur|boutique)|\s+vendeur)",
    "es": r"reseña|opini[oó]n|estrella|calificaci|puntuaci|\bvaloraci[oó]n(?!(?:es)?\s+(?:del|de\s+(?:nuestra\s+tienda|vendedor)))",
    "it": r"recension|\bstell[ei]\b|valutazion|opinion",
    "pt": r"review|estrela|coment[aá]rio|opini|avalia[cç][aã]o(?!\s+d[oa]\s+(?:vendedor|loja))",
    "nl": r"recensie|review|sterren|\bster\b|(?<!verkopers)beoordeling",
    "pl": r"recenzj|gwiazd|\bocen|opini(?![aeęi]\s+o\s+sprzedawcy)",
    "sv": r"recension|stjärn|betyg|(?<!sälj)(?<!säljar)omdöme",
    "tr": r"yorum|yıldız|puan|(?<!satıcı )değerlendirme",
    "ja": r"レビュー|星|★|口コミ|(?<!出品者)(?<!出品者の)(?<!ストア)評価",
    "ar": r"مراجع|نجوم|نجمة|تقييم(?!\s+البائع|ك\s+للبائع)",
}

#: The change left to the buyer's wish.
CHOICE = {
    "en": r"\bif\s+you\s+(?:\w+\s+)?(?:wish|want|would\s+like|'d\s+like|like|choose|decide|prefer|are\s+(?:satisfied|happy|content)|"
    r"feel|think|agree|believe)\b|\bshould\s+you\s+(?:wish|feel|decide|choose|want)\b|\bwhatever\s+you\s+decide|"
    r"\b(?:entirely\s+)?up\s+to\s+you\b|\bentirely\s+your\s+(?:choice|decision)|\bit\s+is\s+possible\b|\bit's\s+possible\b|"
    rf"\byou\s+(?:can|may|are\s+able\s+to|have\s+the\s+option\s+to)\s+(?:\w+\s+){{0,2}}?(?:{_CHANGE_EN}|add|provide)\b|"
    r"\bno\s+obligation|\bthe\s+choice\s+is\s+yours",
    "de": r"\b(?:wenn|falls|sofern)\s+sie\s+(?:\w+\s+){0,3}?(?:möchten|wollen|mögen|wünschen|zufrieden\s+sind|einverstanden\s+sind)\b|"
    r"\bsie\s+können\b|\bsie\s+haben\s+die\s+möglichkeit|\b(?:es\s+ist|ist\s+es)\s+möglich|\bes\s+besteht\s+die\s+möglichkeit|"
    r"\bganz\s+(?:ihnen\s+überlassen|ihre\s+entscheidung)|\bunverbindlich",
    "fr": r"\bsi\s+vous\s+(?:\w+\s+)?(?:le\s+)?(?:souhaitez|voulez|désirez|êtes\s+satisfaite?s?|estimez|pensez|le\s+jugez)\b|"
    r"\bvous\s+(?:pouvez|avez\s+la\s+possibilité)\b|\bil\s+(?:est|vous\s+est)\s+possible|\blibre\s+à\s+vous|\bà\s+votre\s+convenance|"
    r"\bsans\s+aucune\s+obligation",
    "es": r"\bsi\s+(?:usted\s+)?(?:\w+\s+)?(?:lo\s+)?(?:desea|quiere|prefiere|considera|estima|est[aá]\s+satisfech[oa])\b|\bsi\s+as[ií]\s+lo\s+desea|"
    r"\b(?:usted\s+)?puede\s+(?:\w+\s+){0,2}?(?:actualizar|eliminar|modificar|cambiar|retirar|editar|borrar)\b|\bes\s+posible\b|"
    r"\btiene\s+la\s+(?:opci[oó]n|posibilidad)|\bsin\s+(?:ning[uú]n\s+)?compromiso|\bqueda\s+a\s+su\s+criterio",
    "it": r"\bse\s+(?:\w+\s+)?(?:lo\s+)?(?:desidera|vuole|ritiene|preferisce|crede|è\s+soddisfatt[oa]|si\s+ritiene\s+soddisfatt[oa])\b|"
    r"\b(?:lei\s+)?può\s+(?:\w+\s+){0,2}?(?:aggiornare|rimuovere|modificare|cambiare|eliminare|togliere)\b|\bè\s+possibile\b|"
    r"\bha\s+la\s+possibilità|\bsenza\s+(?:alcun\s+)?impegno|\ba\s+sua\s+discrezione",
    "pt": r"\bse\s+(?:o\s+senhor\s+|a\s+senhora\s+|voc[eê]\s+)?(?:\w+\s+)?(?:desejar|quiser|preferir|achar|considerar|estiver\s+satisfeit[oa])\b|"
    r"\bcaso\s+(?:\w+\s+){0,2}?(?:deseje|queira|prefira|esteja\s+satisfeit[oa]|ache|considere)\b|"
    r"\b(?:voc[eê]|o\s+senhor|a\s+senhora)\s+pode\s+(?:\w+\s+){0,2}?(?:atualizar|remover|alterar|modificar|excluir|editar)\b|"
    r"\b[eé]\s+poss[ií]vel\b|\bsem\s+(?:nenhum\s+)?compromisso|\bfica\s+a\s+(?:seu|sua)\s+crit[eé]rio",
    "nl": r"\b(?:als|indien|wanneer)\s+u\s+(?:\w+\s+){0,3}?(?:wilt|wenst|tevreden\s+bent)\b|\bu\s+kunt\b|\b(?:het\s+is|is\s+het)\s+mogelijk|"
    r"\bvrijblijvend|\bgeheel\s+aan\s+u",
    "pl": r"\b(?:jeśli|jeżeli|gdyby)\s+(?:\w+\s+){0,2}?(?:chce|zechce|chciał|chciała|chcieliby|jest\s+zadowolon[ya]|uzna)\b|"
    r"\b(?:może|mogą)\s+(?:pan|pani|państwo)\b|\bistnieje\s+możliwość|\bjest\s+to\s+możliwe|\bbez\s+(?:żadnych\s+)?zobowiązań|"
    r"\bdecyzja\s+należy\s+do",
    "sv": r"\bom\s+du\s+(?:\w+\s+)?(?:vill|önskar|är\s+nöjd|känner)\b|\bdu\s+kan\b|\b(?:det\s+är|är\s+det)\s+möjligt|\bhelt\s+upp\s+till\s+dig|"
    r"\butan\s+förpliktelse",
    "tr": r"isterseniz|dilerseniz|arzu\s+ederseniz|memnun\s+(?:kaldıysanız|iseniz)|mümkündür|tamamen\s+size\s+kalmış|"
    r"\w+(?:abilir|ebilir|yabilir|yebilir)siniz\b",
    "ja": r"よろしければ|ご希望(?:であれば|でしたら|の場合)|ご満足いただけ(?:た|まし)|可能です|できます|任意|ご判断",
    "ar": r"إذا\s+(?:رغبت|أردت|كنت\s+راضي|شئت)|إن\s+(?:رغبت|شئت|أردت)|يمكنك|بإمكانك|من\s+الممكن|حسب\s+رغبتك|القرار\s+(?:لك|يعود\s+إليك)",
}

#: A request put to the buyer, not a notice ("could you remove", "we kindly ask you", "please update").
DIRECT_ASK = {
    "en": rf"\b(?:could|would|can|will)\s+you\s+(?:please\s+|kindly\s+)?(?:\w+\s+){{0,2}}?(?:{_CHANGE_EN})\b|"
    rf"\bplease\s+(?:\w+\s+){{0,2}}?(?:{_CHANGE_EN})\b|\b(?:we|i)\s+(?:would\s+|kindly\s+|politely\s+){{0,2}}(?:ask|request|urge|beg)\s+"
    rf"(?:you\s+)?to\b|\bkindly\s+(?:{_CHANGE_EN})\b|\b(?:would|we'd|i'd)\s+(?:be\s+)?(?:very\s+|really\s+|so\s+|most\s+|greatly\s+)?"
    r"(?:grateful|appreciate\w*|thankful)\s+(?:it\s+)?if\s+you\s+(?:could|would|can)\b|\bwould\s+you\s+(?:be\s+)?(?:willing|able|mind)\b|"
    # gratitude for the change, or a hope for it, steers the buyer: "we would greatly appreciate it", "we were hoping
    # your feedback might reflect …" (tuning rows ae-en-016, dl-en-001)
    r"\b(?:we|i)\s+(?:would|'d)\s+(?:\w+\s+)?appreciate\s+(?:it|that)\b|\b(?:we|i)'d\s+(?:\w+\s+)?appreciate\s+(?:it|that)\b|"
    r"\bhop(?:e|es|ed|ing)\b[^.!?]{0,60}\bfeedback\b",
    "de": r"\b(?:könnten|würden|können)\s+sie\s+(?:bitte\s+)?(?:\w+\s+){0,4}?(?:entfernen|löschen|ändern|anpassen|aktualisieren|"
    r"zurückziehen|überdenken)\b[^.!?]{0,200}\?|\bbitte\b|\bbitten\s+(?:wir\s+)?sie\b|\bwir\s+bitten\b|\bwären\s+(?:wir\s+)?(?:ihnen\s+)?"
    r"(?:sehr\s+)?dankbar",
    "fr": r"\b(?:pourriez|pouvez|voudriez)-vous\b[^.!?]{0,200}\?|\b(?:pourriez|voudriez)\s+vous\b|\bmerci\s+de\s+(?:bien\s+vouloir\s+)?(?:supprimer|retirer|modifier|"
    r"changer|mettre\s+à\s+jour|revoir)|\bnous\s+vous\s+(?:demandons|prions)|\bveuillez\b|\bs'il\s+vous\s+plaît|"
    r"\b(?:serions|serons)\s+(?:très\s+)?reconnaissants",
    "es": r"\bpodr[ií]as?\b|¿\s*(?:puede|podr[ií]a)\b|\ble\s+(?:pedimos|rogamos|solicitamos)|\bpor\s+favor\b|\bagradecer[ií]amos\s+"
    r"(?:mucho\s+)?que",
    "it": r"\b(?:potrebbe|potresti)\b|\b(?:le|ti|vi)\s+chiediamo|\b(?:la|ti|vi)\s+preghiamo|\bsaremmo\s+(?:\w+\s+)?grat[ie]\b|"
    r"\bper\s+favore\b|\bper\s+cortesia\b",
    "pt": r"\bpoderia\b|\bpedimos\b|\bsolicitamos\b|\bgostar[ií]amos\s+de\s+pedir|\bpor\s+favor\b|\bpor\s+gentileza|"
    r"\bficar[ií]amos\s+(?:muito\s+)?grat[oa]s\s+se",
    "nl": r"\bzou\s+u\b|\bwilt\s+u\b|\b(?:wij|we)\s+vragen\s+u|\bgraag\s+(?:\w+\s+){0,3}?(?:verwijderen|aanpassen|wijzigen|bijwerken)|"
    r"\bverzoeken\s+(?:wij\s+|we\s+)?u|\bzouden\s+(?:het\s+)?(?:zeer\s+)?waarderen\s+als",
    "pl": r"\bczy\s+(?:\w+\s+){0,2}?(?:mógłby|mogłaby|mogliby|może)\b|\bprosimy\b|\bproszę\b|\bbylibyśmy\s+(?:bardzo\s+)?wdzięczni",
    "sv": r"\bskulle\s+du\b|\bkan\s+du\b|\bvi\s+ber\s+dig|\bsnälla\b|\bvänligen\b|\bvi\s+skulle\s+(?:vara\s+)?(?:mycket\s+)?tacksamma",
    "tr": r"rica\s+ed|lütfen|mısınız|misiniz|minnettar\s+oluruz",
    "ja": r"お願い|いただけ(?:ます|ません|ない)|ください|下さい",
    "ar": r"نرجو|يرجى|الرجاء|هل\s+يمكنك|هل\s+بإمكانك|نطلب\s+منك|نتمنى\s+منك|من\s+فضلك",
}

#: Pressure on the buyer: urgency, the seller's account or business at stake, a better mark, blame.
PRESSURE = {
    "en": r"\b(?:asap|as\s+soon\s+as\s+possible|immediately|urgent\w*|right\s+away|without\s+delay|suspend\w*|our\s+account|"
    r"our\s+(?:seller\s+)?(?:rating|metrics|score|ranking)|small\s+business|family\s+business|livelihood|hurts?\s+us|"
    r"affects?\s+(?:us|our)|positive|better|higher|upgrade|unfair|not\s+fair)\b",
    "de": r"\b(?:sofort|umgehend|dringend|baldmöglichst|sperr\w*|unser(?:em|en)?\s+(?:konto|account)|kleine[sn]?\s+"
    r"(?:unternehmen|familienunternehmen)|existenz|schadet|positiv\w*|besser\w*|unfair)\b",
    "fr": r"\b(?:immédiatement|urgent\w*|dès\s+que\s+possible|au\s+plus\s+vite|suspen\w*|notre\s+compte|petite\s+entreprise|"
    r"positi\w*|meilleur\w*|injust\w*)",
    "es": r"\b(?:inmediatamente|urgente\w*|cuanto\s+antes|lo\s+antes\s+posible|suspend\w*|nuestra\s+cuenta|peque[ñn]a\s+empresa|"
    r"positiv\w*|mejor\w*|injust\w*)",
    "it": r"\b(?:subito|immediatamente|urgente\w*|al\s+più\s+presto|sospe\w*|nostro\s+account|piccola\s+(?:impresa|azienda)|"
    r"positiv\w*|miglior\w*|ingiust\w*|importante)",
    "pt": r"\b(?:imediatamente|urgente\w*|o\s+quanto\s+antes|o\s+mais\s+r[aá]pido|suspen\w*|nossa\s+conta|pequena\s+empresa|"
    r"positiv\w*|melhor\w*|injust\w*)",
    "nl": r"\b(?:onmiddellijk|dringend|zo\s+snel\s+mogelijk|geschorst|opgeschort|ons\s+account|klein\s+(?:bedrijf|familiebedrijf)|"
    r"positie\w*|beter\w*|oneerlijk)",
    "pl": r"\b(?:natychmiast|pilnie|jak\s+najszybciej|zawiesz\w*|zablokow\w*|nasze\s+konto|mał[aąy]\s+firm\w*|pozytywn\w*|"
    r"lepsz\w*|niesprawiedliw\w*)",
    "sv": r"\b(?:omedelbart|snarast|brådskande|så\s+snart\s+som\s+möjligt|avstäng\w*|vårt\s+konto|litet\s+företag|positiv\w*|"
    r"bättre|orättvis\w*)",
    "tr": r"hemen|acil|en\s+kısa\s+sürede|askıya|hesabımız|küçük\s+(?:bir\s+)?(?:işletme|aile\s+şirketi)|olumlu|pozitif|"
    r"daha\s+iyi|haksız",
    "ja": r"至急|今すぐ|本日中|早急|停止|アカウント|小さな(?:会社|店)|高評価|良い評価|不公平",
    "ar": r"فورا|فوراً|عاجل|في\s+أقرب\s+وقت|إيقاف|تعليق\s+حساب|حسابنا|إيجابي|أفضل|خمس",
}


def _any(table: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in table.values()))


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # built on the first change request a policy with the rule meets: most processes never need it
    return _any(FEEDBACK), _any(PRODUCT_REVIEW), _any(CHOICE), _any(DIRECT_ASK), _any(PRESSURE)


def pressure_words() -> re.Pattern[str]:
    """``PRESSURE`` in every language, compiled once (a "your choice" sentence with pressure in it is no choice)."""
    return _compiled()[4]


def is_feedback_notice(low: str) -> bool:
    """True when the folded message ``low`` reads as the allowed notice about seller feedback (conditions
    1-3 of the module text; the caller checks 4)."""
    feedback, review, choice, direct, pressure = _compiled()
    return (
        feedback.search(low) is not None
        and review.search(low) is None
        and choice.search(low) is not None
        and direct.search(low) is None
        and pressure.search(low) is None
    )
