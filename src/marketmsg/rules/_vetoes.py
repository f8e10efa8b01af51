"""Context that turns a phrase match into no finding: thanks for a review already given, a negated request.

A phrase family says what a violation looks like; a veto looks at the words around one match and drops it when
they say the opposite ("thank you for the 5-star review" is no request for five stars; "do not confirm receipt
until the parcel arrives" is no inducement to confirm early). The words are data in :mod:`._phrases_intl`; each
veto reads only the sentence around its match, so it costs nothing on messages without a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from typing import NamedTuple

from . import _phrases_intl as data
from ._feedback_notice import pressure_words
from ._lexicon import SENTENCE_END
from ._prefilter import for_search, grouped, with_first_chars

__all__ = ["FIRM_VETOES", "Veto", "impersonation_warning", "review_disowned", "vetoes"]

#: ``(folded text, start, end) -> True`` when the match at ``start:end`` is no violation.
Veto = Callable[[str, int, int], bool]

# (not the point of a decimal, "平均评分是4.5星": the sentence read around "5星" starts after it, stop 48 probes)
_SENTENCE_MARK = grouped(r"[!?。！？\n]|\.(?!\d)|(?<!\d)\.")
_WINDOW = 90
#: How far after the stars a thank-you counts as thanks for them: Turkish puts it last ("5 yıldız ve güzel
#: yorumunuz için çok teşekkür ederiz", 29 characters on; batch T).
_THANKS_AFTER_WITHIN = 40
#: … and a thank-you after the buyer's own review named ("We saw your 5-star review …, thank you"), as far.
_OWN_THANKS_WITHIN = 64
#: A thank-you in Korean or Japanese (whose asks come after what they ask for).
_VERB_LAST_SCRIPT = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff]|感謝")


def _sentence_before(low: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most ``_WINDOW`` characters back)."""
    lo = max(0, start - _WINDOW)
    last = lo
    # (one character past ``start``: whether a point is a decimal's is read after it)
    for m in _SENTENCE_MARK.finditer(low, lo, min(len(low), start + 1)):
        if m.end() <= start:
            last = m.end()
    return last


def _sentence_after(low: str, end: int) -> int:
    """Where the sentence holding ``end`` stops (at most ``_WINDOW`` characters on)."""
    stop = _SENTENCE_MARK.search(low, end, min(len(low), end + _WINDOW))
    return stop.start() if stop is not None else min(len(low), end + _WINDOW)


def _last(pattern: re.Pattern[str], low: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``low[lo:hi]`` (the refusal or negation nearest to what follows it)."""
    last = None
    for last in pattern.finditer(low, lo, hi):  # noqa: B007 - only the last one is wanted
        pass
    return last


def _compiled(source: str) -> re.Pattern[str]:
    # The word lists are wide alternations: without the first-character lookahead the engine tries every branch
    # at every position of the sentence (a third of a review-dense message's check time).
    return re.compile(with_first_chars(source))


def _any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    return grouped("|".join(f"(?:{p})" for p in patterns))


class _Words(NamedTuple):
    """The vetoes' word lists (:mod:`._phrases_intl`), compiled once, by name."""

    benefit: re.Pattern[str]
    thanks: re.Pattern[str]
    between: re.Pattern[str]
    after: re.Pattern[str]
    imperative: re.Pattern[str]
    confirm: re.Pattern[str]
    not_before: re.Pattern[str]
    not_after: re.Pattern[str]
    check_first: re.Pattern[str]
    not_inside: re.Pattern[str]
    after_arrival: re.Pattern[str]
    still_early: re.Pattern[str]
    received: re.Pattern[str]
    received_after: re.Pattern[str]
    by_platform: re.Pattern[str]
    passive: re.Pattern[str]
    past_passive: re.Pattern[str]
    past_passive_after: re.Pattern[str]
    change_ask: re.Pattern[str]
    change_if: re.Pattern[str]
    automatic: re.Pattern[str]
    at_checkout: re.Pattern[str]
    never_ask: re.Pattern[str]
    never_ask_after: re.Pattern[str]
    never_pay: re.Pattern[str]
    never_request: re.Pattern[str]
    never_request_after: re.Pattern[str]
    against_rules: re.Pattern[str]
    not_required: re.Pattern[str]
    not_required_after: re.Pattern[str]
    in_account: re.Pattern[str]
    never_pay_warning: re.Pattern[str]
    refund_or_none: re.Pattern[str]
    #: the seller paying back itself, or the platform's case kept closed for it (stop 48): no platform refund
    own_refund: re.Pattern[str]
    payee_id: re.Pattern[str]
    payee_not_needed: re.Pattern[str]
    negated_before: re.Pattern[str]
    negated_after: re.Pattern[str]
    card_not_seen: re.Pattern[str]
    unable: re.Pattern[str]
    unrelated: re.Pattern[str]
    thanks_for_buying: re.Pattern[str]
    did_not: re.Pattern[str]
    asked: re.Pattern[str]
    we_changed: re.Pattern[str]
    in_use: re.Pattern[str]
    spec_stars: re.Pattern[str]
    review: re.Pattern[str]
    your_choice: re.Pattern[str]
    delivered: re.Pattern[str]
    in_transit: re.Pattern[str]
    please: re.Pattern[str]
    quoted: re.Pattern[str]
    asked_how: re.Pattern[str]
    my_review: re.Pattern[str]
    not_from_us: re.Pattern[str]
    impersonated: re.Pattern[str]
    change_verb: re.Pattern[str]
    top_mark: re.Pattern[str]
    reminder: re.Pattern[str]
    stop_reminding: re.Pattern[str]
    forbidden: re.Pattern[str]


# Grouped by first character (``grouped``) list by list, measured over the tuning corpus: the lists of many words gain
# most (the benefit words 690 -> 304 µs a search of a 600-character window; all lists together over the corpus 4.2 ->
# 2.0 s); the short ones and those read right before or after a match (``…$``, a few words) were slower grouped and
# keep only the lookahead (``_compiled``).
@cache
def _words() -> _Words:
    return _Words(
        benefit=_any_of(data.BENEFIT.values()),
        thanks=_any_of(data.THANKS_BEFORE.values()),
        # (the Turkish verb stems at a word's start, and not the English "very": "thank you very much for …", stop 48)
        between=_any_of(
            (
                *(
                    rf"(?<![a-zçğıöşü])(?!very\b)(?:{ask})" if lang == "tr" else ask
                    for lang, ask in data.ASK.items()
                ),
                data.PLEASE,
            )
        ),
        after=grouped(data.THANKS_AFTER),
        imperative=grouped(data.IMPERATIVE),
        confirm=_any_of(data.CONFIRM.values()),
        not_before=_compiled(data.NOT_BEFORE),
        not_after=_compiled(data.NOT_AFTER),
        check_first=grouped(data.CHECK_FIRST),
        not_inside=_compiled(data.NOT_INSIDE),
        after_arrival=grouped(data.AFTER_ARRIVAL),
        still_early=grouped(data.STILL_EARLY),
        received=_compiled(data.RECEIVED),
        received_after=_compiled(data.RECEIVED_AFTER),
        by_platform=grouped(data.BY_PLATFORM),
        passive=grouped(data.PASSIVE),
        past_passive=_compiled(data.PAST_PASSIVE),
        past_passive_after=_compiled(data.PAST_PASSIVE_AFTER),
        change_ask=_compiled(data.CHANGE_ASK),
        change_if=_compiled(data.CHANGE_IF),
        automatic=_compiled(data.AUTOMATIC),
        at_checkout=grouped(data.AT_CHECKOUT),
        never_ask=grouped(data.NEVER_ASK),
        never_ask_after=grouped(data.NEVER_ASK_AFTER),
        never_pay=grouped(data.NEVER_PAY),
        never_request=grouped(data.NEVER_REQUEST),
        never_request_after=_compiled(data.NEVER_REQUEST_AFTER),
        against_rules=grouped(data.AGAINST_RULES),
        not_required=grouped(data.NOT_REQUIRED),
        not_required_after=_compiled(data.NOT_REQUIRED_AFTER),
        in_account=_compiled(data.IN_ACCOUNT),
        never_pay_warning=grouped(data.NEVER_PAY_WARNING),
        refund_or_none=grouped(data.REFUND_OR_NONE),
        own_refund=grouped(f"{data.OWN_REFUND}|{data.SELLER_PAYS}|{data.KEEP_CASE_CLOSED}"),
        payee_id=grouped(data.PAYEE_ID),
        payee_not_needed=grouped(data.PAYEE_NOT_NEEDED),
        negated_before=grouped(data.NEGATED_BEFORE),
        negated_after=_compiled(data.NEGATED_AFTER),
        card_not_seen=_compiled(data.CARD_NOT_SEEN),
        # only ever searched (whether the seller says "we can't …" in a span): its alternatives starting with \b
        # share one \b, tried once at a position inside a word instead of once per alternative (violation-dense set:
        # 62 µs a search, 6 % of the check, went to it)
        unable=_compiled(for_search(data.UNABLE).pattern),
        unrelated=grouped(data.UNRELATED),
        thanks_for_buying=grouped(data.THANKS_FOR_BUYING),
        did_not=grouped(data.DID_NOT),
        asked=grouped(data.ASKED),
        we_changed=grouped(data.WE_CHANGED),
        spec_stars=grouped(data.SPEC_STARS),
        in_use=re.compile(data.IN_USE),
        quoted=grouped(data.QUOTED_REVIEW),
        asked_how=grouped(data.ASKED_HOW),
        my_review=grouped(data.MY_REVIEW),
        not_from_us=grouped(data.NOT_FROM_US),
        impersonated=grouped(data.IMPERSONATED),
        change_verb=_compiled(data.CHANGE_VERB),
        top_mark=_compiled(data.TOP_MARK),
        reminder=grouped(data.REMINDER),
        stop_reminding=grouped(data.STOP_REMINDING),
        forbidden=grouped(data.FORBIDDEN),
        review=_any_of(data.REVIEW.values()),
        your_choice=grouped(data.YOUR_CHOICE),
        delivered=grouped(data.DELIVERED),
        in_transit=grouped(data.IN_TRANSIT),
        please=grouped(data.PLEASE),
    )


def thanked(low: str, start: int, end: int) -> bool:
    """The match names a review the buyer already gave, inside a thank-you ("thanks for the 5-star review")."""
    w = _words()
    benefit, thanks, between, after, imperative = w.benefit, w.thanks, w.between, w.after, w.imperative
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if benefit.search(low, lo, hi) is not None:
        return False  # "as a thank-you for your 5-star review you get a gift" is an offer, not thanks
    last = None
    for m in thanks.finditer(low, lo, start):
        last = m
    if (
        last is not None
        and between.search(low, last.end(), start) is None
        # the languages that put the verb last ask after the stars: "구매해 주셔서 감사합니다 😊 … 만족하셨다면 별 다섯 개
        # 부탁드려요" thanks for the purchase (stop 50 probes)
        and not (_VERB_LAST_SCRIPT.match(last.group()) and between.search(low, end, hi) is not None)
    ):
        return True
    thanked_after = after.search(low, end, min(hi, end + _THANKS_AFTER_WITHIN))
    if thanked_after is None and _OWN_REVIEW_BEFORE.search(low[max(0, start - 24) : start]) is not None:
        # "We saw your 5-star review, thank you so much!" — but not "your 5 stars would help, thanks" (stop 41)
        # (further on than other thanks: "We just saw your 5-star review of the baby gate and wanted to say thank you",
        # stop 50 probes)
        thanked_after = _THANKS_AFTER_LATIN.search(low, end, min(hi, end + _OWN_THANKS_WITHIN))
        if thanked_after is not None and w.please.search(low, end, thanked_after.start()) is not None:
            return False
    return (
        thanked_after is not None
        and imperative.search(low, end, thanked_after.start()) is None
        and between.search(low, lo, start) is None  # "请给我们五星好评，谢谢" asks first, thanks after
    )


def negated_confirm(low: str, start: int, end: int) -> bool:
    """Every request to confirm receipt in the match is negated ("do not confirm receipt until it arrives")."""
    w = _words()
    confirm, not_before, not_after, not_inside = w.confirm, w.not_before, w.not_after, w.not_inside
    found = False
    for m in confirm.finditer(low, start, end):
        found = True
        lo = _sentence_before(low, m.start())
        negated = (
            not_before.search(low[lo : m.start()]) is not None
            or not_inside.search(low, m.start(), m.end()) is not None
            or not_after.search(low[m.end() : m.end() + 20]) is not None
        )
        if not negated:
            return False
    return found


#: A sentence this short ("Parfait !", "Great!") is read with the one before it.
_SHORT_SENTENCE = 16


def after_arrival(low: str, start: int, end: int) -> bool:
    """The request waits for the goods ("once the parcel has arrived, please confirm receipt"), offers nothing and
    says nothing that makes it early again ("even if", "not yet", "before")."""
    w = _words()
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if w.benefit.search(low, lo, hi) is not None:
        return False
    check = w.check_first.search(low, lo, hi)
    if check is not None and check.start() < start and w.still_early.search(low, lo, check.start()) is None:
        return True  # "check that all is fine before you confirm receipt": the check comes first
    if w.still_early.search(low, lo, hi) is not None:
        return False
    if w.after_arrival.search(low, lo, hi) is not None:
        return True
    # … or the goods said to have arrived already, here or in the sentence before (batch R)
    before = _sentence_before(low, lo - 1) if lo > 0 else lo
    if before > 0 and lo - before < _SHORT_SENTENCE:
        # the sentence before only answers the one before it ("Vous avez bien reçu le colis ? Parfait ! Vous pouvez
        # maintenant confirmer la réception": stop 47)
        before = _sentence_before(low, before - 1)
    # (not arrived in the buyer's country only, nor announced for later: ``IN_TRANSIT``)
    return (
        w.delivered.search(low, before, hi) is not None
        and w.still_early.search(low, before, lo) is None
        and w.in_transit.search(low, before, hi) is None
    )


def confirm_not_early(low: str, start: int, end: int) -> bool:
    """A confirm-receipt match that is negated or waits for the goods to arrive, or one the seller says it would never
    ask for or is not needed ("Nunca le pediremos que confirme la recepción antes de recibir el producto", "No hace
    falta confirmar la recepción ahora": stop 40)."""
    return (
        negated_confirm(low, start, end)
        or after_arrival(low, start, end)
        or never_requested(low, start, end)
        or _not_required(low, start, end)
    )


def already_received(low: str, start: int, end: int) -> bool:
    """Every benefit in the match is one the buyer has already received ("ora che hai ricevuto il rimborso,
    potresti togliere il feedback?"): no offer, so no incentive (the change request is reported on its own)."""
    w = _words()
    benefit, received, given = w.benefit, w.received, w.received_after
    found = False
    for m in benefit.finditer(low, start, end):
        found = True
        if (
            received.search(low[max(0, m.start() - 30) : m.start()]) is None
            and given.search(low[m.end() : m.end() + 28]) is None
        ):
            return False
    return found


def _unable_near(low: str, start: int, end: int) -> bool:
    """The seller's "we can't …" / "we don't accept …" right before the match, inside it, or right after it, in its
    sentence (further away it is about something else: "We can't change the quantity …, but if you Zelle us …")."""
    hi = min(_sentence_after(low, end), end + data.UNABLE_AFTER)
    for refusal in _words().unable.finditer(low, _unable_from(low, start), hi):
        # "no podemos enviar hoy, pero déjenos 5 estrellas y le damos un cupón": the ask after a "but" stands
        if refusal.end() > start or _BUT.search(low, refusal.end(), start) is None:
            return True
    return False


def _unable_before(low: str, start: int) -> bool:
    """The seller's "we can't …" right before the match only ("the seller cannot delete or edit reviews")."""
    return _words().unable.search(low, _unable_from(low, start), start) is not None


def _unable_from(low: str, start: int) -> int:
    """Where a "we can't …" before ``start`` is read from: its sentence, at most ``UNABLE_BEFORE`` characters."""
    return max(_sentence_before(low, start), start - data.UNABLE_BEFORE)


def _unable_about_reviews(low: str, lo: int, hi: int) -> bool:
    """The sentence ``lo:hi`` says the seller cannot do something to reviews ("出品者はレビューの編集や削除を行うことが
    できません"), not something else ("nous ne pouvons pas échanger sur WhatsApp")."""
    w = _words()
    return w.unable.search(low, lo, hi) is not None and w.review.search(low, lo, hi) is not None


def unrelated(low: str, start: int, end: int) -> bool:
    """The sentence says the review has nothing to do with the refund ("返金とは一切関係ございません", "det påverkar inte
    återbetalningen"): no reward for it and no pressure (issue 12.6 round 13) — unless a "but" after it turns to the
    bargain ("You can leave any review you want, but if it's 5 stars we'll refund you": stop 41)."""
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    said = _words().unrelated.search(low, lo, hi)
    return said is not None and (said.end() > start or _BUT.search(low, said.end(), start) is None)


def review_disowned(low: str) -> bool:
    """The message says anywhere that the review has nothing to do with what it offers ("We'll refund you in full
    regardless of your review", "quel que soit votre avis", "리뷰 작성 여부와 관계없이"), with no "but" after it in its
    sentence: the statistical review model, which reads the whole message, does not report a bargain or a change
    request in it (stop 40)."""
    for said in _words().unrelated.finditer(low):
        if _BUT.search(low, said.end(), _sentence_after(low, said.end())) is None:
            return True
    return False


_ASSESSED_AFTER = re.compile(data.ASSESSED_AFTER)
_ASSESSED_BEFORE = grouped(data.ASSESSED_BEFORE)


def _assessment_only(low: str, start: int, end: int) -> bool:
    """Every review word of the match's sentence names the seller's assessment of a return, a complaint or a claim
    ("La valoración técnica de su devolución sigue pendiente; volveremos a recordárselo al almacén", stop 41), so its
    reminder words are about that, not about a review."""
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    seen = False
    for m in _words().review.finditer(low, lo, hi):
        seen = True
        if (
            _ASSESSED_AFTER.match(low, m.end(), hi) is None
            and _ASSESSED_BEFORE.search(low, max(lo, m.start() - 40), m.start()) is None
        ):
            return False
    return seen


_TELL_US_REVIEWED = _compiled(data.TELL_US_REVIEWED)
# (a draw, a longer warranty and a credit are rewards too: "추첨을 통해 … 텀블러를 드립니다", "נוכל לזכות אותך ב-40 דולר")
_PRIZE_WORDS = _compiled(
    "|".join(f"(?:{words})" for words in data.PRIZE.values()) + r"|לזכות\s+אות|\bextra\s+par\b|추첨"
)
#: How far around "tell us when you have reviewed" a benefit makes it a bargain's step.
_BARGAIN_REACH = 250


# The buyer's own question why the review is not up yet, answered ("שאלת למה הביקורת שלך עדיין לא מופיעה: אמזון בודקת כל
# ביקורת…", tuning ad-he; "you asked why your review isn't showing yet"): the seller explains, presses nothing (stop 48).
_ASKED_WHY = grouped(
    r"\byou\s+asked\s+(?:us\s+)?why\b|\bsie\s+(?:haben\s+)?(?:ge)?fragt\w*,?\s+warum\b|\bvous\s+(?:nous\s+)?demand(?:ez|iez)\s+pourquoi\b|"
    r"\b(?:nos|me)\s+pregunt\w+\s+por\s+qu[ée]\b|\bci\s+(?:ha|hai)\s+chiesto\s+perch[ée]\b|\bperguntou\s+por\s*que\b|\b(?:u|je)\s+vroeg\s+waarom\b|"
    r"\bpyta\w*\s+(?:\w+\s+)?dlaczego\b|\bfrågade\s+varför\b|neden\s+(?:\S+\s+){0,3}?sordu\w*|спрашивал\w*,?\s+почему|سأل\S*\s+لماذا|"
    r"שאל(?:ת|ה|תם)\s+למה|なぜ[^。！？\n]{0,30}?(?:ご質問|お問い合わせ)|(?:您|你)问(?:为什么|為什麼)|您問(?:為什麼|为什么)|왜\s*\S+\s*(?:물어|문의)"
)


# The buyer's own words about the review they would give, reported back ("you wrote that you'd leave a one-star review if
# the blender arrived broken again", "vous m'avez écrit que vous mettriez une étoile", "du skrev att du tänker ge en
# stjärna om tältet kommer trasigt igen", "1 yıldız vereceğinizi yazmışsınız": blind probes in 7 languages, stop 48):
# the buyer's intention, not the seller's repeated ask — unless a "please" asks for it in the sentence.
_BUYER_SAID = grouped(
    r"\byou\s+(?:said|wrote|mentioned|told\s+us)\b[^.!?\n]{0,40}?\byou(?:'d|'ll|\s+would|\s+will|\s+were\s+going\s+to)\b|"
    r"\bvous\s+(?:m'|nous\s+)?(?:avez\s+)?(?:écrit|dit|indiqu(?:ez|é))\s+que\s+vous\b|\b(?:nos|me)\s+(?:escribió|dijo|escribiste|dijiste)\s+que\b|"
    r"\b(?:ci|mi)\s+(?:ha|hai)\s+(?:scritto|detto)\s+che\b|\bsie\s+(?:haben\s+)?(?:uns\s+|mir\s+)?(?:geschrieben|gesagt|schrieben),?\s+(?:dass\s+)?sie\b|"
    r"\b(?:voc[êe]\s+)?(?:me\s+|nos\s+)?(?:escreveu|disse)\s+que\b|\b(?:u|je)\s+(?:schreef|zei)\s+dat\b|\bnapisał\w*\s+(?:pan|pani)?,?\s*że\b|"
    r"\bdu\s+skrev\s+att\s+du\b|(?:yazmışsınız|dediniz|belirttiniz)|вы\s+(?:написали|сказали),?\s+что|(?:كتبت|ذكرت)\S*\s+(?:في\s+\S+\s+)?(?:أنك|انك)|"
    r"(?:כתבת|אמרת)\s+ש|とのことですが|(?:您|你)(?:说|說)(?:如果|要)|라고\s*하셨"
)


# … held to it ("you said you'd review it when it arrived. … please don't forget us", "nos dijiste que dejarías tu
# reseña … Solo queríamos recordártelo": tuning batch EA) — a reminder, in the sentence or the next.
_HELD_TO_IT = grouped(
    r"\bremind\w*|\brecord\w*|\blembr\w*|\bricord\w*|\berinner\w*|\brappel\w*|\bherinner\w*|\bprzypom\w*|\bpåminn\w*|"
    r"hatırlat\w*|напомина\w*|напомн\w*|تذكير|להזכיר|リマインド|提醒|리마인드|\bforget\b|\bolvid\w*|\besque\w*|\bvergess\w*|"
    r"\boubli\w*|\bdimentic\w*|\bvergeet\b|\bzapomn\w*|\bglöm\b|unutma\w*|забуд\w*|تنس|תשכח\w*|忘れ|忘记|忘記|잊지"
)


# The review held in the platform's moderation ("ご投稿いただいたレビューはまだ反映されていないようですが、審査中です",
# tuning round 7; "your review is still being moderated"): told, not pressed for (stop 48's "not up yet" reading).
_IN_MODERATION = grouped(
    r"\b(?:in|under|being|awaiting)\s+moderat\w*|\bwird\s+(?:noch\s+)?geprüft\b|\ben\s+cours\s+de\s+(?:modération|vérification)\b|"
    r"\ben\s+(?:revisi[oó]n|moderaci[oó]n)\b|\bin\s+fase\s+di\s+(?:moderazione|verifica)\b|\bem\s+(?:an[áa]lise|modera[çc][ãa]o)\b|"
    r"\bwordt\s+(?:nog\s+)?(?:gecontroleerd|beoordeeld)\b|\bjest\s+(?:jeszcze\s+)?weryfikowan\w*|\bgranskas\b|inceleniyor|"
    r"на\s+модерации|قيد\s+المراجعة|בבדיקה|審査中|审核中|審核中|검토\s*중"
)


def _buyer_said_they_would(low: str, start: int, end: int) -> bool:
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    said = _BUYER_SAID.search(low, lo, hi)
    if said is None or said.start() > end:
        return False
    nxt = _sentence_after(low, min(len(low), hi + 1))
    return _words().please.search(low, lo, nxt) is None and _HELD_TO_IT.search(low, lo, nxt) is None


def buyer_intent_reported(low: str) -> bool:
    """The message reports the buyer's own intention about the review ("You wrote that if this isn't sorted out you'll be
    leaving a one-star review - that's completely your call") and holds the buyer to nothing: the statistical model
    reads its review and outcome words as a change request (stop 49 probes); the phrase tables read it as above."""
    return _BUYER_SAID.search(low) is not None and _HELD_TO_IT.search(low) is None


def no_pressure(low: str, start: int, end: int) -> bool:
    """No pressure after all: the review has nothing to do with the refund (:func:`unrelated`), or the seller promises
    to stop reminding or apologises for the reminders, in this sentence or the next, with no new ask there ("we won't
    send any more review reminders"; not "this is our last reminder, please leave your review today")."""
    if unrelated(low, start, end) or _assessment_only(low, start, end):
        return True
    if _ASKED_WHY.search(low, _sentence_before(low, start), end) is not None:
        return True  # the buyer asked why the review is not up yet, and is told
    if _buyer_said_they_would(low, start, end):
        return True  # the buyer's own threat of a bad review quoted back
    if _IN_MODERATION.search(low, _sentence_before(low, start), _sentence_after(low, end)) is not None:
        return True  # the buyer's posted review not up yet because the platform checks it: "ご投稿いただいた…審査中です"
    lo, hi = max(0, start - _BARGAIN_REACH), min(len(low), end + _BARGAIN_REACH)
    if _TELL_US_REVIEWED.search(low, start, end) is not None and (
        _words().benefit.search(low, lo, hi) is not None or _PRIZE_WORDS.search(low, lo, hi) is not None
    ):
        # "tell us when it is done" closing a bargain ("… we refund you once the 1-star is gone. Let us know when it's
        # done"): the incentive's step, not a review checked up on (the tuning set labels it the incentive only)
        return True
    if _NOT_OBLIGATORY.search(low, start, min(len(low), end + 40)) is not None:
        return True
    lo = _sentence_before(low, start)
    hi = _sentence_after(low, end)
    if (
        _MAY_LEAVE.search(low, lo, start + 30) is not None
        and (_DAYS_WINDOW.search(low, lo, hi) is not None or _IF_YOU_WISH.search(low, start, hi) is not None)
        and _words().please.search(low, lo, hi) is None
    ):
        # "отзыв можно оставить в течение 30 дней после завершения заказа": the window told, not pressed; "vous pouvez
        # laisser un avis avant le 30 si vous le souhaitez, rien ne presse": the buyer left free (probes, stop 46)
        return True
    if (
        _NOT_RIGHT_BEFORE.search(low, max(0, start - 16), start) is not None
        # only a reminder or an obligation negated: "não deixou sua avaliação" (not yet left) is the pressure itself,
        # as are "Nicht vergessen: …", "Não esqueça de avaliar"
        and _OBLIGATION.match(low, start) is not None
    ):
        return True  # "This is not a reminder to review", "Voel u niet verplicht om een review te schrijven" (stop 40)
    w = _words()
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    # the next sentence too ("Förlåt för … påminnelser. Vi kommer inte att skicka fler.")
    hi = _sentence_after(low, min(len(low), hi + 1))
    stop = w.stop_reminding.search(low, lo, hi)
    return (
        stop is not None
        and w.please.search(low, lo, hi) is None
        and _LAST.search(low, lo, hi) is None
        # "we will not send more, but we are still waiting for it": the ask after the "but" stands
        and _BUT.search(low, stop.end(), hi) is None
    )


#: A negation right before a pressure match, an article at most between: "not a reminder", "niet verplicht", "nicht
#: verpflichtet", "pas obligé" (stop 40).
_NOT_RIGHT_BEFORE = grouped(
    r"(?:\bnot|\bisn't|\bniet|\bnicht|\bpas|\bnon|\bnão|\bnie|\binte|\bне|לא)\s+(?:(?:a|an|een|ein\w*|une?|uma?)\s+)?$"
)
#: The review said not to be obligatory inside the match ("laisser un commentaire n'est absolument pas obligatoire"), or
#: the buyer told they *can* leave one within a window, nothing asked ("отзыв можно оставить в течение 30 дней"): no
#: pressure (blind batch DU, stop 43).
_NOT_OBLIGATORY = grouped(
    r"\bpas\s+(?:du\s+tout\s+)?obligatoire|\bnot\s+(?:mandatory|required|obligatory)|\bno\s+es\s+obligatori|\bnon\s+è\s+obbligatori|"
    r"\bn[ãa]o\s+é\s+obrigat|\bniet\s+verplicht|\binte\s+obligatorisk|zorunlu\s+değil|не\s+обязательн|ليس\s+إلزامي|לא\s+חובה"
)
_MAY_LEAVE = grouped(
    # (not the polite "if you can": "si puedes, déjala antes del jueves")
    r"(?<!\bif\s)(?<!\bsi\s)(?<!\bse\s)(?:\byou\s+can\b|\bsie\s+können\b|\bvous\s+pouvez\b|\b(?:usted\s+)?puede\b|\bpuedes\b|\bpuoi\b|\bpuò\b|\bvoc[êe]\s+pode\b|"
    r"\b(?:u|je)\s+kunt\b|\bmoże\s+pan\w*|\bmożesz\b|\bkan\s+du\b|\bdu\s+kan\b|abilirsiniz|(?:вы\s+)?можете|отзыв\s+можно|يمكنك|"
    r"ניתן\s+ל|(?:您|你)可以|いただけます|하실\s*수\s*있)"
)
#: … or the buyer left free after the day (probes, stop 46). Not the deadline families' ``_NO_RUSH`` table, whose "any
#: time" would excuse a reminder of the buyer's right to edit ("We wanted to remind you that you can edit your review at
#: any time": tests/rules/test_round23.py); the words they share are written here again on purpose.
_IF_YOU_WISH = grouped(
    r"\bif\s+you\s+(?:wish|like|want)\b|\bno\s+rush\b|\bwenn\s+sie\s+(?:möchten|wollen|mögen)\b|\bkeine\s+eile\b|"
    r"\bsi\s+vous\s+le\s+(?:souhaitez|voulez)\b|\brien\s+ne\s+presse\b|\bsi\s+(?:lo\s+)?(?:desea|quiere)\b|\bsin\s+prisa\b|"
    r"\bse\s+(?:vuole|desidera)\b|\bse\s+quiser\b|\bsem\s+pressa\b|\bals\s+u\s+(?:wilt|dat\s+wilt)\b|\bgeen\s+haast\b|"
    r"\bom\s+du\s+vill\b|\bingen\s+brådska\b|\bjeśli\s+(?:pan|pani)\s+(?:chce|zechce)\b|istersen(?:iz)?\b|если\s+захотите|"
    r"إذا\s+(?:أردت|رغبت)|אם\s+תרצ"
)
#: … within a window of days ("within 30 days of delivery"): the window told, not a deadline pressed.
_DAYS_WINDOW = re.compile(
    r"\d+\s*(?:days?|tage?n?|jours|d[ií]as|giorni|dias|dagen|dni|dagar|gün|дн\w*|сут\w*|يوما?|أيام|ימים|日|일|天)"
)

# Every buyer asked alike, happy or not ("Whether you are happy or not, we would value an honest review", "Tanto si está
# contento como si no, agradecemos una reseña sincera", "ご満足いただけた場合もそうでない場合も、率直なレビューを"): no
# gating (probes in 16 languages, stop 42), read from the sentence's start to the match's end.
_EITHER_WAY = grouped(
    r"\bor\s+not\b|\bgood\s+or\s+bad\b|\bpositive\s+or\s+negative\b|\boder\s+nicht\b|\b(?:positiv|gut)\s+oder\s+(?:negativ|schlecht)\b|"
    r"\bou\s+non\b|\bpositif\s+ou\s+négatif\b|\bcomo\s+si\s+no\b|\bpositiv[ao]\s+o\s+negativ[ao]\b|\bo\s+(?:meno|no)\b|"
    r"\bou\s+n[ãa]o\b|\bpositiv[ao]\s+ou\s+negativ[ao]\b|\bof\s+niet\b|\bpositief\s+of\s+negatief\b|\bczy\s+nie\b|"
    r"\bpozytywn\w*\s+(?:czy|lub)\s+negatywn\w*|\beller\s+inte\b|\bpositiv\w*\s+eller\s+negativ\w*|ya\s+da\s+değil|olsun\s+olmasın|"
    r"olumlu\s+ya\s+da\s+olumsuz|или\s+нет|положительн\w*\s+или\s+отрицательн\w*|أم\s+لا|إيجابي\w*\s+أو\s+سلبي\w*|או\s+לא|"
    r"חיובית\s+או\s+שלילית|そうでない場合も|かどうかに(?:かかわらず|関わらず)|良くても悪くても|여부와\s*(?:관계없이|상관없이)|좋든\s*나쁘든|"
    r"与否|與否|无论好坏|無論好壞|不管满意"
)
#: "We only wanted to know", whose "only … if" is no condition on the review (stop 40).
_ONLY_WANTED = re.compile(
    r"\b(?:only|just|solo|sólo|nur|seulement|juste|apenas|só|soltanto|alleen|tylko|bara|sadece|только)\s+"
    r"(?:wanted|want|queríamos|quería|queremos|wollten|wollte|voulions|voulais|queria|volevamo|volevo|wilden|wilde|"
    r"chcieliśmy|ville|istedik|хотели)\b"
)
#: What a negation right before a pressure match may deny: a reminder, an obligation, pressure.
_OBLIGATION = re.compile(
    r"remind|verplicht|verpflicht|obliga|obligé|obbliga|obriga|zobowi|tvinga|zorunlu|обязан|напомина|musi|must|חייב|"
    r"pressur|druck|pressi|presi|druk|presj|baskı|давлен"
)


#: "last/final reminder": a deadline, not a farewell.
_LAST = re.compile(
    r"\b(?:last|final|letzte|dernier|dernière|último|última|ultimo|ultima|laatste|ostatni\w*|sista|son)\s+(?:\w+\s+)?"
    r"(?:reminder|erinnerung|rappel|recordatorio|promemoria|lembrete|herinnering|przypomnienie|påminnelse|hatırlatma)|"
    r"последнее\s+напоминание|تذكير\s+أخير|תזכורת\s+אחרונה|最後の(?:ご)?(?:案内|リマインド)|마지막\s*(?:안내|알림)|最后一次提醒|最後一次提醒"
)


def answered_question(low: str, start: int, end: int) -> bool:
    """The match repeats the buyer's own question ("you asked whether we refund if you change your review"): the
    question is reported in the sentence, and what follows answers it (batch P)."""
    # the whole sentence: Turkish, Japanese and Korean report the question after it ("… sordunuz")
    return _words().asked.search(low, _sentence_before(low, start), _sentence_after(low, end)) is not None


#: How far before a review match the seller's "we can't give …" may stand ("nous ne pouvons malheureusement pas vous
#: offrir de bon d'achat en échange d'un avis"): a trade refused names the benefit between the two.
_REFUSED_TRADE_BACK = 90
_REFUSED_AT_START = 12
_BUT = grouped(
    r"\b(?:but|pero|aber|mais|ma|mas|maar|ale|men|ama|jedoch|però)\b|\bно\b|لكن|אבל|但是|但|하지만|그런데|でも|しかし|ですが"
)


def refused_trade(low: str, start: int, end: int) -> bool:
    """The seller refuses to give something for the review, before the match in its sentence: "we can't give you a
    refund in exchange for 5 stars", "nie możemy oddać 10 zł za wystawienie 5 gwiazdek", "我們不能用退款換取五星評價"
    (batch AS: the buyer's offer turned down, often without naming it as the buyer's)."""
    refusal = _standing_refusal(low, max(_sentence_before(low, start), start - _REFUSED_TRADE_BACK), start)
    if refusal is None:
        # … or after it, where the verb comes last: "평가 수정 대가로 할인이나 보상을 드릴 수는 없습니다" (the trade
        # refused names the benefit between the match and the refusal; stop 34)
        after = _words().unable.search(low, end, _sentence_after(low, end))
        return after is not None and _words().benefit.search(low, end, after.start()) is not None
    # the benefit refused stands between the refusal and the match, or opens the match ("… a refund in exchange for …")
    return _words().benefit.search(low, refusal, min(end, start + _REFUSED_AT_START)) is not None


def _standing_refusal(low: str, lo: int, start: int) -> int | None:
    """Where the last "we can't …" between ``lo`` and ``start`` ends, unless a "but" after it turns the sentence ("we
    can't ship today, but leave 5 stars and get a coupon": the ask comes after the "but")."""
    last = _last(_words().unable, low, lo, start)  # the last refusal before the match
    if last is None or _BUT.search(low, last.end(), start) is not None:
        return None
    return last.end()


def incentive_veto(low: str, start: int, end: int) -> bool:
    """An incentive match whose benefit the buyer already has, one said to be unrelated to the review, the buyer's
    own question repeated, or one the seller says it cannot or will not make ("we don't tie refunds to reviews")."""
    if _not_required(low, start, end) and _BUT.search(low, end, _sentence_after(low, end)) is None:
        return True  # "Недостающую деталь вышлем бесплатно, менять или удалять отзыв не нужно" (tuning dn-ru-015)
    if buyer_request_refused(low, start, end):
        return True  # the buyer's own offer reported and refused: "כתבת שתשנה את הביקורת … אם נחזיר … אנחנו לא יכולים"
    if _buyer_said_they_would(low, start, end) or never_requested(low, start, end):
        # the buyer's own threat quoted ("您说如果不全额退款就给差评", "vous nous indiquez que vous laisserez un avis négatif
        # si nous ne vous remboursons pas"), or the change the seller would never ask ("No vamos a pedirle que cambie ni
        # que retire su reseña: … Lo que sí podemos hacer es reembolsarle": stop 50 probes)
        return True
    if already_received(low, start, end) or unrelated(low, start, end) or answered_question(low, start, end):
        return True
    w = _words()
    if w.quoted.search(low, start, end) is not None:
        return True  # the review quoted to fix what it says ("看到您评价里说'尺码偏小'…我们免费给您补发")
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if w.quoted.search(low, lo, end) is not None and w.change_ask.search(low, lo, hi) is None:
        return True  # "Lemos sua avaliação sobre o zíper quebrado e enviamos uma troca grátis", no change asked (stop 41)
    if _against_rules(low, start, end):
        return True  # "It's against Amazon's rules to offer anything for a review"
    return _unable_near(low, start, end) or refused_trade(low, start, end)


def _against_rules(low: str, start: int, end: int) -> bool:
    """The bargain's sentence calls it against the platform's rules, with no "but" after that turning to an offer
    ("It's against the rules, but we'll send you $5 for a review" still blocks)."""
    lo = _sentence_before(low, start)
    found = _words().against_rules.search(low, lo, _sentence_after(low, end))
    return found is not None and _BUT.search(low, lo, _sentence_after(low, end)) is None


#: A dash, colon or semicolon after "we'd never ask": what follows is a sentence of its own.
_TURN = re.compile(r"\s[-–—]\s|[:;]")


def never_requested(low: str, start: int, end: int) -> bool:
    """The seller says it would never ask for this change: before the match or opening it ("We would never ask you to
    change or remove your review", "Wir würden Sie niemals bitten, …"), or right after it ("レビューの変更や削除をお願い
    することは決してございません"), with no "but" and no new ask between a negation before and the match."""
    w = _words()
    before = _last(w.never_request, low, _sentence_before(low, start), end)
    if (
        before is not None
        and _BUT.search(low, before.end(), max(before.end(), start)) is None
        # a new ask after the negation starts the request ("We'd never normally ask - could you change …")
        and w.please.search(low, before.end(), end) is None
        and _TURN.search(low, before.end(), end) is None
    ):
        return True
    return w.never_request_after.search(low[end : _sentence_after(low, end)]) is not None


_STARS_GRADE_AFTER = re.compile(data.STARS_GRADE_AFTER)
_STARS_GRADE_BEFORE = re.compile(data.STARS_GRADE_BEFORE)
_OWN_REVIEW_BEFORE = re.compile(data.OWN_REVIEW_BEFORE)
_THANKS_AFTER_LATIN = re.compile(data.THANKS_AFTER_LATIN)


def spec_stars(low: str, start: int, end: int) -> bool:
    """Stars that rate the product in a test or on a label ("a 5-star energy rating"), or that grade a service
    ("five-star service", "un service 5 étoiles"), not a request."""
    return (
        _words().spec_stars.search(low, _sentence_before(low, start), _sentence_after(low, end)) is not None
        or _STARS_GRADE_AFTER.match(low, end) is not None
        or _STARS_GRADE_BEFORE.search(low[max(0, start - 40) : start]) is not None
    )


def positive_veto(low: str, start: int, end: int) -> bool:
    """A positive-only match inside a thank-you, stars that rate the product, the practice said to be forbidden, the
    buyer's own offer of stars for a discount refused, or a change request with no top mark in it (reported as a
    change)."""
    if buyer_request_refused(low, start, end):
        return True  # the buyer's own offer reported and refused: "כתבת שתשנה את הביקורת … אם נחזיר … אנחנו לא יכולים"
    if thanked(low, start, end) or spec_stars(low, start, end):
        return True
    w = _words()
    if refused_trade(low, start, end):
        return True  # "we can't give you a refund in exchange for 5 stars"
    if _not_required(low, start, end):
        return True  # "You don't have to give us 5 stars", "星5つを付けていただく必要はございません"
    if _ONLY_WANTED.search(low, start, end) is not None:
        return True  # "…una reseña; solo queríamos saber si todo está bien": the "only" of "we only wanted to know"
    if _EITHER_WAY.search(low, _sentence_before(low, start), end) is not None:
        return True  # "Whether you are happy or not, we would value an honest review"
    said = _CLAUSE_END.search(low, end, min(len(low), end + _FORBIDDEN_WITHIN))
    if (
        w.forbidden.search(low, start, said.start() if said else min(len(low), end + _FORBIDDEN_WITHIN))
        is not None
    ):
        # "好评返现是平台禁止的": the rule stated of the match in its clause, nothing asked ("请给五星好评，差评是禁止的"
        # forbids something else)
        return True
    if w.change_verb.search(low, start, end) is not None and w.top_mark.search(low, start, end) is None:
        return True  # "if all is fine, could you revise your review": a change request
    # "Sie hatten gefragt, ob wir für eine 5-Sterne-Bewertung einen Rabatt geben. Das dürfen wir nicht" (batch AE): the
    # buyer's question reported, and refused in its sentence or the next
    lo = _sentence_before(low, start)
    asked = w.asked.search(low, _sentence_before(low, lo - 1) if lo > 0 else lo, _sentence_after(low, end))
    if asked is None:
        return False
    after = _sentence_after(low, end)
    return (
        w.unable.search(low, lo, _sentence_after(low, after + 1) if after < len(low) else after) is not None
    )


#: How far before the top mark its "you don't have to" is read: "Sie müssen uns für die Lieferung keine 5 Sterne geben".
_NOT_REQUIRED_BEFORE = 40
#: "just", "simply" after the "don't have to": the ask itself follows ("You don't have to write much, just give us 5
#: stars").
_JUST = re.compile(
    r"\b(?:just|simply|einfach|juste|simplement|solo|basta|apenas|só|gewoon|tylko|bara|sadece|просто)\b|فقط|רק|只要|只需|直接"
)


def _not_required(low: str, start: int, end: int) -> bool:
    """The top mark said not to be needed (or not the only review wanted) right before it in its clause, with no
    "but", "just", "please" or clause break from there to the match's end, or right after it. (Also the
    confirm-receipt veto's: "No hace falta confirmar la recepción ahora".)"""
    w = _words()
    lo = max(_sentence_before(low, start), start - _NOT_REQUIRED_BEFORE)
    negation = _last(w.not_required, low, lo, start)
    if negation is not None:
        # the words up to the match's end ("… bestätigen Sie einfach jetzt den Erhalt"), a clause break up to its start
        # (the match itself may run past a dash: "5-star reviews - an honest review, good or bad")
        between = (low, negation.end(), max(negation.end(), end))
        if (
            _BUT.search(*between) is None
            and _JUST.search(*between) is None
            and w.please.search(*between) is None
            and _TURN.search(low, negation.end(), max(negation.end(), start)) is None
        ):
            return True
    return w.not_required_after.search(low[end : _sentence_after(low, end)]) is not None


#: How far after a positive-only match "… is forbidden" may follow in its clause ("好评返现是平台禁止的").
_FORBIDDEN_WITHIN = 32
_CLAUSE_END = re.compile(r"[,;:，；：。.!?！？\n]")

#: How far back the buyer's "how do I edit my review?" is read: the steps that answer it take two or three sentences.
_ASKED_HOW_BACK = 300


#: The review said to have helped the seller fix something: past forms only ("your feedback helps us — please update
#: it" still asks).
_HELPED = grouped(
    r"\bhelped\s+us\b|\bhat\s+uns\s+geholfen\b|\bpomogł\w*\s+nam\b|\bnam\s+pomogł\w*|yardımcı\s+oldu|"
    r"помогл?[аои]?\s+нам\b|нам\s+помогл?[аои]?\b|ساعد(?:نا|تنا)|עזרה\s+לנו|עזר\s+לנו"
)
#: A Turkish verb in the second person past ("güncellemişsiniz", "sildiniz"): the buyer's own act, told.
_TR_YOU_DID = re.compile(
    r"\w(?:miş|mış|muş|müş)(?:siniz|sınız|sunuz|sünüz)\b|\w(?:di|dı|du|dü|ti|tı|tu|tü)(?:niz|nız|nuz|nüz)\b"
)
#: The buyer's own change told in the past, second person ("you updated", "hai aggiornato", "看到您修改了评价"): with thanks
#: in its sentence or the next and nothing asked, the seller thanks for it (11 of 16 probes blocked, stop 43).
_YOU_CHANGED = grouped(
    r"\byou(?:'ve|\s+have)?\s+(?:updated|changed|edited|revised|raised|removed|adjusted)\b|"
    r"\b(?:aktualisiert|geändert|angepasst|bearbeitet|entfernt|gelöscht)\s+haben\b|"
    r"\bvous\s+avez\s+(?:mis\s+à\s+jour|modifié|changé|retiré|supprimé)\b|"
    r"\b(?:actualizaste|cambiaste|modificaste|editaste|borraste|quitaste|ha\s+(?:actualizado|cambiado|modificado))\b|"
    r"\b(?:hai|ha)\s+(?:aggiornato|modificato|cambiato|rimosso|tolto)\b|\b(?:atualizou|mudou|alterou|editou|removeu|tirou)\b|"
    r"\b(?:hebt|heeft)\s+(?:\w+\s+){0,3}?(?:aangepast|bijgewerkt|gewijzigd|verwijderd)\b|"
    r"\b(?:zaktualizował|zmienił|poprawił|usunął|edytował)\w*|\bhar\s+(?:uppdaterat|ändrat|tagit\s+bort|redigerat)\b|"
    r"(?:güncellediğiniz|değiştirdiğiniz|düzelttiğiniz|kaldırdığınız)|"
    r"(?:更新|修正|変更)(?:して)?(?:いただいた|くださった|頂いた)|(?:수정|변경|업데이트)(?:해)?\s*주신|(?:您|你)(?:已经|已)?(?:修改|更改|删除|刪除|改)了|"
    # thanked for doing it ("Thank you so much for updating your review after the replacement arrived", "grazie per aver
    # aggiornato la recensione di tua iniziativa", "レビューを更新していただき", "主动更新了评价", "لأنك قمتِ بتحديث مراجعتك",
    # "직접 리뷰를 수정해 주셔서": stop 51 probes) — not thanks in advance for it
    r"(?<!advance\s)\bfor\s+(?:updating|changing|editing|revising|adjusting|raising)\b|\bper\s+aver(?:e|la)?\s+(?:aggiornato|modificato|cambiato)\b|"
    r"(?:更新|修正|変更|書き直)(?:して)?(?:いただき|くださり|頂き)|(?:主动|主動)(?:更新|修改)了?|"
    r"قمت\w*\s+ب(?:تحديث|تعديل)|(?:수정|변경|업데이트)(?:해)?\s*주셔서"
)
# the thanks words of the phrase tables, and their stems ("thank", "dank", "благодар", "شكر")
_THANKS_ANY = grouped(
    rf"{data.THANKS_AFTER_LATIN}|{data.THANKS_AFTER}|\b(?:thank|dank)|благодар|شكر|\bteşekkür"
)
_ASKED_NOW = grouped(
    r"\?|\bplease\b|\bbitte\b|\bs'il\s+vous\s+plaît\b|\bpor\s+favor\b|\bper\s+favore\b|\bproszę\b|\bsnälla\b|пожалуйста|\blütfen\b|請|请|부탁|お願い"
)


def _thanked_for_own_change(low: str, start: int, end: int) -> bool:
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if _YOU_CHANGED.search(low, max(lo, start - 40), min(hi, end + 30)) is None:
        return False
    after = _sentence_after(low, min(len(low), hi + 1))
    return _THANKS_ANY.search(low, lo, after) is not None and _ASKED_NOW.search(low, lo, after) is None


#: The change said not to be needed with the verb last, the negation inside the match: "Sie müssen Ihre Bewertung nicht
#: ändern", "Sie brauchen die Bewertung nicht zu löschen" (stop 43).
_VERB_LAST_NOT_NEEDED = re.compile(
    r"\b(?:müssen|brauchen)\s+(?:sie\s+)?(?:\w+\s+){0,3}?(?:nicht|keine\w*)\s+(?:\w+\s+)?(?:zu\s+)?\w+$"
)


_WITHOUT_REVIEWS = _compiled(data.WITHOUT_REVIEWS)
# The steps to edit one's own review, as a seller answers "how do I change my review?": the orders page and the button to
# write a review both named ("To edit your review, go to Your Orders, … click 'Write a product review'", "Para editar su
# reseña, vaya a "Mis pedidos" … "Escribir una opinión sobre el producto"", "进入“我的订单”…点击“撰写商品评论”": 11 of 16
# languages blocked before stop 47). Not with a benefit or the top mark around it: "go to Your Orders, click Write a
# review and change it to 5 stars" asks.
_ORDERS_PAGE = re.compile(
    r"your\s+orders|meine\s+bestellungen|vos\s+commandes|mis\s+pedidos|i\s+miei\s+ordini|seus\s+pedidos|mijn\s+bestellingen|"
    r"twoje\s+zamówienia|mina\s+beställningar|siparişlerim|мои\s+заказы|طلباتك|ההזמנות\s+שלי|注文履歴|我的订单|我的訂單|주문\s*내역"
)
_WRITE_REVIEW_BUTTON = grouped(
    r"write\s+a\s+(?:product\s+|customer\s+)?review|(?:produkt)?rezension\s+schreiben|écrire\s+un\s+commentaire|"
    r"escribir\s+(?:una\s+)?opini[óo]n|scrivi\s+(?:una\s+)?recensione|escrever\s+(?:uma\s+)?avalia[çc][ãa]o|schrijf\s+een\s+(?:product)?review|"
    r"napisz\s+recenzj\w*|skriv\s+en\s+(?:produkt)?recension|(?:yorumu|değerlendirmesi)\s+yaz|написать\s+отзыв|كتابة\s+مراجعة|"
    r"כתוב\s+ביקורת|כתיבת\s+ביקורת|レビューを書く|撰写商品评论|撰寫商品評論|상품\s*리뷰\s*작성|리뷰\s*작성"
)
_TOP_STARS = grouped(
    r"\b5\s*[-\s]?(?:stars?|sterne\w*|étoiles|estrellas|stelle|estrelas|sterren|gwiazd\w*|stjärn\w*|yıldız\w*)|5\s*(?:звезд\w*|نجوم|כוכבים)|"
    r"\bfive\s+stars?\b|五星|5つ星|별\s*5|5점"
)
_HOW_TO_REACH = 250
_PLEASE_NEAR = 20


def _how_to_edit(low: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - _HOW_TO_REACH), min(len(low), end + _HOW_TO_REACH)
    return (
        _ORDERS_PAGE.search(low, lo, hi) is not None
        and _WRITE_REVIEW_BUTTON.search(low, lo, hi) is not None
        and _words().benefit.search(low, lo, hi) is None
        and _TOP_STARS.search(low, lo, hi) is None
        # (a "please" on the change itself asks: "… y cambie su valoración, por favor")
        and _words().please.search(low, max(0, start - _PLEASE_NEAR), min(len(low), end + _PLEASE_NEAR))
        is None
    )


# The buyer's question how to edit their own review, answered with the platform's help page ("vous nous demandiez
# comment modifier votre évaluation. La page d'aide Amazon « Modifier ou supprimer un commentaire client » explique …",
# "您问到怎么修改已经发布的评论。亚马逊帮助页面“编辑或删除评论”里有详细步骤": blind probes in 6 languages, stop 48) —
# unless a benefit or a "please" rides with it.
_ASKED_HOW = grouped(
    r"\byou\s+asked\s+(?:us\s+)?how\b|\b(?:vous\s+(?:nous\s+)?demand(?:ez|iez)|tu\s+(?:nous\s+)?demandais)\s+comment\b|"
    r"\b(?:nos|me)\s+pregunt\w+\s+c[óo]mo\b|\bci\s+(?:ha\s+)?chiede?v?a\s+come\b|\bperguntou\s+como\b|"
    r"\bsie\s+(?:haben\s+)?(?:ge)?fragt\w*,?\s+wie\b|\b(?:u|je)\s+vroeg\s+hoe\b|\bpyta\w*\s+(?:\w+\s+)?jak\b|\bfrågade\s+hur\b|"
    r"nasıl\s+(?:\S+\s+){0,3}?sor\w*|спрашивал\w*,?\s+как|سأل\S*\s+(?:عن\s+)?كيف|שאל\S*\s+איך|(?:您|你)问(?:到)?(?:怎么|如何)|"
    r"방법을?\s*(?:물어|문의)|方法(?:について|を)(?:お問い合わせ|ご質問)"
)
_HELP_PAGE = grouped(
    r"\bhelp\s+(?:page|cent(?:er|re)|article)\b|\bhilfe(?:seite|bereich)?\b|\bpage\s+d'aide\b|\bp[áa]gina\s+de\s+(?:ajuda|ayuda)\b|"
    r"\bpagina\s+(?:di\s+|d')aiuto\b|\bhulppagina\b|\bstron\w*\s+pomocy\b|\bhjälpsida\w*|yardım\s+sayfa\w*|справк\w*|"
    r"страниц\w*\s+помощ\w*|صفحة\s+المساعدة|דף\s+העזרה|帮助页面|幫助頁面|帮助中心|幫助中心|ヘルプ|도움말"
)
_HELP_REACH = 250


def _help_page_pointed(low: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - _HELP_REACH), min(len(low), end + _HELP_REACH)
    return (
        _ASKED_HOW.search(low, lo, _sentence_after(low, end)) is not None
        and _HELP_PAGE.search(low, lo, hi) is not None
        and _words().benefit.search(low, lo, hi) is None
        and _words().please.search(low, max(0, start - _PLEASE_NEAR), min(len(low), end + _PLEASE_NEAR))
        is None
    )


def not_asked(low: str, start: int, end: int) -> bool:
    """A review change the platform made ("your review has been updated by the system", "if your review is
    removed by <the platform>, …"), or one told as a past fact with no ask, condition or benefit in its sentence ("your
    review was removed"): no request to the buyer (issue 12.6 round 6)."""
    if buyer_request_refused(low, start, end):
        return True  # the buyer's own offer reported and refused: "כתבת שתשנה את הביקורת … אם נחזיר … אנחנו לא יכולים"
    w = _words()
    near = min(len(low), end + 14)
    if w.automatic.search(low, start, near) is not None:
        return True
    if never_requested(low, start, end):
        return True  # "we would never ask you to change or remove your review" (stop 40)
    if (
        _not_required(low, start, end) or _VERB_LAST_NOT_NEEDED.search(low, _sentence_before(low, start), end)
    ) and _BUT.search(low, end, _sentence_after(low, end)) is None:
        # "you don't need to change or delete your feedback to get the new one", "評価を変更していただく必要はございません"
        # (13 of 16 languages blocked: tuning batch DN, stop 43) — not "…, but we would appreciate it if you did"
        return True
    if _thanked_for_own_change(low, start, end):
        return True  # "Abbiamo visto che hai aggiornato la tua valutazione, grazie mille!" (tuning dt-it-012)
    if _how_to_edit(low, start, end) or _help_page_pointed(low, start, end):
        return True  # the steps to edit one's own review, the page and the button named (stop 47), or the help page
    if _WITHOUT_REVIEWS.search(low, _sentence_before(low, start), end) is not None:
        return True  # the listing, not a review, vanishes "without reviews" (the pressure rule's: stop 47)
    if _HELPED.search(low, _sentence_before(low, start), _sentence_after(low, end)) is not None or (
        _TR_YOU_DID.search(low, start, end) is not None
    ):
        # what the review made the seller fix ("Pana opinia pomogła nam poprawić instrukcję"), or the buyer's own past
        # change thanked ("Puanınızı kendiniz güncellemişsiniz, çok teşekkür ederiz": tuning batch DN, stop 43)
        return True
    if w.in_use.search(low, start, min(len(low), end + 30)) is not None:
        return (
            True  # "please remove it before use", "hay que cambiarlo cada tres meses": a part, not a review
        )
    if w.did_not.search(low[max(0, start - 24) : start]) is not None:
        return True  # "we didn't take down your review" (batch O)
    if w.my_review.search(low, max(0, start - 8), min(len(low), end + 25)) is not None:
        return True  # the buyer's "I'll update my review" quoted back (batch AC)
    if (
        answered_question(low, start, end)
        or w.we_changed.search(low, start, min(len(low), end + 6)) is not None
    ):
        return True  # the buyer's question answered, or the seller's own change (batch P)
    if _unable_before(low, start) or refused_trade(low, start, end):
        # "the seller cannot delete or edit reviews", even beside a refund (batch P); "não lhe podemos dar 3 euros
        # para alterar a avaliação" (batch AS)
        return True
    asked = w.asked_how.search(low, max(0, start - _ASKED_HOW_BACK), min(len(low), end + 20))
    if asked is not None and asked.start() <= end + 2:
        # the buyer asked how to edit it, and these are the steps (batch Y), or the match names the question itself
        # ("レビューの削除方法についてお問い合わせいただきました": how to delete the review, batch Y)
        return True
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if (
        w.your_choice.search(low, lo, hi) is not None
        and w.please.search(low, lo, hi) is None
        and w.reminder.search(low, lo, hi)
        is None  # "we wanted to remind you that you can edit it at any time"
        and w.benefit.search(low, lo, hi)
        is None  # "部分退款…随时可以操作，就等您…把评价调整好": the seller's "any time"
        and pressure_words().search(low, lo, hi)
        is None  # "… if you wish; it affects our account a lot" (stop 37)
    ):
        return True  # "you can edit or remove your review at any time, it's up to you" (round 16)
    if w.benefit.search(low, lo, hi) is None and (
        _unable_near(low, start, end)
        # "出品者はレビューの削除を行うことができません。… Amazonが審査のうえ削除いたします": the sentence before says it,
        # and this one asks nothing
        or (
            lo > 0
            and _unable_about_reviews(low, _sentence_before(low, lo - 1), lo)
            and w.change_ask.search(low, lo, hi) is None
        )
    ):
        return True  # "we can't remove reviews, only the platform does" (batch L)
    # the agent inside the match ("Bewertung wurde von <Plattform> entfernt", "<platform> tarafından kaldırıldı") or
    # right after it ("removed by …"), in a passive ("… entfernt wird", "… により削除されました")
    agent = w.by_platform.search(low, start, near)
    if (
        agent is not None
        and w.passive.search(low, start, near) is not None
        and _SENTENCE_MARK.search(low, start, max(end, agent.end())) is None
    ):
        return True
    if (
        w.past_passive.search(low[max(start, end - 40) : end]) is None
        and w.past_passive.search(low[start:end]) is None
        and w.past_passive_after.search(low[end : end + 8]) is None
    ):
        return False
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    return (
        w.change_ask.search(low, lo, hi) is None
        and w.change_if.search(low, lo, start) is None
        and w.benefit.search(low, lo, min(len(low), hi + _WINDOW)) is None
    )


def _never_pay_warned(low: str, lo: int, hi: int) -> bool:
    """The "never pay that way" of the sentence ``lo:hi`` is a warning: "even if someone asks" there or in the next
    sentence, or "all payments only through <the platform>" ("por favor não faça pagamento por Pix … fora do
    <platform>. Se alguém pedir isso, não é da nossa loja", "请不要通过支付宝转账…，所有付款请通过<platform>完成": stop 50
    probes)."""
    hi = _next_sentence_end(low, hi)
    return (
        _words().never_pay_warning.search(low, lo, hi) is not None
        or _ONLY_HERE.search(low, lo, hi) is not None
    )


def _next_sentence_end(low: str, hi: int) -> int:
    """Where the sentence after the one ending at ``hi`` ends, past the blank lines of a letter's paragraphs."""
    nxt = hi
    # (the CJK full stops too: "…とのお問い合わせをいただきました。誠に恐縮ですが、…お受けいたしかねます" read no answer, stop 50)
    while nxt < len(low) and low[nxt] in ' \t\n.!?。！？»”“」』"':
        nxt += 1
    return _sentence_after(low, nxt) if nxt < len(low) else hi


def checkout_named(low: str, start: int, end: int) -> bool:
    """The platform's checkout named right after the match ("pay with PayPal at the checkout") or before it in its
    sentence ("结账时可以用微信支付"), and not as what to avoid ("instead of the checkout")."""
    at_checkout = _words().at_checkout
    if at_checkout.search(low[end : _sentence_after(low, end)]) is not None:
        return True
    if at_checkout.search(low[_sentence_before(low, start) : start]) is not None:
        return True
    # … or across the dots of a domain, in the sentence as a reader ends it ("al finalizar la compra en amazon.com.mx
    # elige «Pago en efectivo en OXXO»": the checkout words stood before the ".com.mx" the sentence marks end at; stop 42)
    back = max(0, start - _CHECKOUT_BEFORE)
    for m in SENTENCE_END.finditer(low, back, start):
        back = m.end()
    return at_checkout.search(low[back:start]) is not None


#: How far before a payment match its checkout words are read across a domain's dots.
_CHECKOUT_BEFORE = 80


_MARKETPLACE = _compiled(data.MARKETPLACE_NAMES)
# The other marketplace denied right before its name ("niet op Bol of Marktplaats", "inte på Tradera eller någon
# annanstans", "nie mamy sklepu na Allegro", "not on eBay"), the list after it denied with it.
_DENIED_BEFORE = grouped(
    r"(?:\b(?:not|niet|inte|nicht|pas|non|não|nao|nie|ikke|değil)\b|\bnie\s+mamy\s+\w+|\bno\s+(?:tenemos|vendemos|estamos)\b|(?<![а-яё])не(?![а-яё]))\s+(?:\w+\s+){0,3}?"
    r"(?:(?:on|op|på|auf|sur|en|su|no|na|at|bei|via|in|w|em|от)\s+)?$"
)
_LIST_JOIN = grouped(
    r"\s*(?:,|\bor\b|\bof\b|\beller\b|\boder\b|\bou\b|\bo\b|\bczy\b|\blub\b|\bani\b|или|أو|או)\s*$"
)


def _only_denied_marketplaces(low: str, start: int, end: int) -> bool:
    """Every other marketplace the match names stands after a denial ("…, niet op Bol of Marktplaats"), so the match
    sells nothing there."""
    names = list(_MARKETPLACE.finditer(low, start, end))
    if not names:
        return False
    denied_until = -1
    for m in names:
        before = low[max(0, m.start() - 24) : m.start()]
        denial = _DENIED_BEFORE.search(before)
        if (denial is not None and _BUT.search(before, denial.start()) is None) or (
            denied_until >= 0 and _LIST_JOIN.search(low, denied_until, m.start()) is not None
        ):
            denied_until = m.end()
            continue
        return False
    return True


def on_platform(low: str, start: int, end: int) -> bool:
    """A payment channel the platform itself offers ("pay with PayPal at the <platform> checkout") or one the seller
    says they never ask for ("we never ask you to pay by bank transfer", "계좌이체를 요청하지 않습니다"): no diversion
    (issue 12.6 round 7)."""
    w = _words()
    if checkout_named(low, start, end):
        return True
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    if w.never_ask.search(low, lo, end) is not None:
        return True  # before the match or inside it ("nous ne demandons jamais de virement")
    if w.never_pay.search(low, lo, end) is not None and _never_pay_warned(low, lo, hi):
        return True  # "Nunca pague por Pix ou boleto fora da …, mesmo que alguém peça"
    if w.not_from_us.search(low, start, hi) is not None:
        # a phishing warning: "the e-mail asking you to pay by bank transfer did not come from us" — the payment is
        # what is disowned, so the disowning follows it ("it did not come from us, but pay by transfer" still blocks)
        return True
    if impersonation_warning(low, start, end):
        return True  # "some people pretending to be our store ask payment by PayPal"
    payee = w.payee_id.search(low, start, end) is not None  # a refund to "your PayPal address" goes around it
    if not payee and scam_notice(low) and _BUT.search(low, _sentence_before(low, start), start) is None:
        # the method named in a scam notice ("texts asking you to pay by Interac: that was not us"), unless its sentence
        # turns from the notice to a request ("That notice did not come from us, but please pay …")
        return True
    if payee and w.payee_not_needed.search(low, _sentence_before(low, start), start) is not None:
        return True  # "we never have access to your bank details"
    if (
        not payee
        and w.refund_or_none.search(low, _sentence_before(low, start), _sentence_after(low, end))
        # the seller's own refund named anywhere in the sentence up to the match ("we can refund you directly by
        # PayPal today", the match starting at the app: stop 33)
        and w.own_refund.search(low, _sentence_before(low, start), end) is None
    ):
        return True  # a platform refund (not the seller's own by the app), or a method not needed
    if w.negated_before.search(low[max(0, start - 24) : start]) is not None:
        return True  # "never outside the platform"
    if w.negated_after.match(low, end) is not None:
        return (
            True  # "直接送金しないでください", "계좌이체는 불가능하며": the verb last, and negated (stop 41)
        )
    if w.card_not_seen.search(low, start, min(len(low), end + 12)) is not None:
        return True  # "我们看不到您的银行卡信息": the buyer's card is the platform's to see (stop 41)
    if w.in_account.search(low[end:hi]) is not None:
        return True  # "отменить заказ напрямую в личном кабинете": the direct act done in the buyer's account
    if w.thanks_for_buying.search(low[max(0, start - 30) : start]) is not None:
        return True  # "Gracias por comprar en nuestra tienda" (batch O)
    if _only_denied_marketplaces(low, start, end):
        return True  # "we verkopen alleen via <platform>, niet op Bol of Marktplaats" (stop 47)
    if _platform_storefront(low, start, end):
        return True
    if _unable_near(low, start, end) or _refused_in_sentence(low, start):
        return True  # "we can't accept payment outside …", "nicht möglich", "我们不接受银行转账" (batch L)
    if buyer_request_refused(low, start, end):
        return True  # "Sie fragten, ob Sie … per PayPal direkt an uns zahlen können. Das geht leider nicht"
    return w.never_ask_after.search(low[end : _sentence_after(low, end)]) is not None


# The buyer's own request reported ("you asked whether you can pay us by PayPal", "vous nous proposez de régler par
# virement", "「銀行振込で直接購入できないか」とのことですが") and refused in its sentence or the next ("Das geht leider
# nicht", "Lo sentimos, no podemos", "Niestety nie", "お受けできません"): no diversion (ten refusals of blind tuning batch DR
# were blocked, stop 43).
_BUYER_ASKED = grouped(
    # ``ASKED`` (the buyer's question or offer reported, read by :func:`answered_question`), and the reports it lacks
    rf"{data.ASKED}|"
    # the buyer's offer to change the review thanked and declined ("really kind of you to offer, but …", "c'est gentil de
    # proposer de modifier votre commentaire, mais …": stop 48 probes)
    r"\b(?:kind|nice|sweet|good)\s+of\s+you\s+to\s+offer\b|\bgentil\s+(?:à\s+vous\s+)?de\s+(?:nous\s+)?(?:le\s+)?proposer\b|"
    r"\byou\s+(?:wanted\s+to\s+know|suggested)\b|\bsie\s+(?:schlagen\s+vor|schrieben)\b|"
    r"\bvous\s+(?:nous\s+|me\s+)?(?:avez\s+demandé|demandiez|proposez|proposiez|avez\s+proposé|avez\s+écrit)\b|\bci\s+(?:hai\s+chiesto|scrivi|propone)\b|"
    # "Vous me demandiez si nous pouvions …", "Sie haben angeboten, …", "「…」とのご要望をいただきましたが" (stop 49 probes)
    r"\bsie\s+haben\s+(?:uns\s+)?angeboten\b|とのご要望|とのご依頼|"
    r"提議|提议|вы\s+(?:предлагаете|спросили|предложили|просили|написали)|\b(?:na)?pisał\w*\s+(?:pan|pani)\b|물어보셨|물어보신|요청하신|"
    r"\b(?:nos|me)\s+(?:pregunt(?:as|a|aste|ó|abas|aba)|propones|propone)\b|\busted\s+pregunta\b|\b(?:voc[êe]|o\s+senhor|a\s+senhora)\s+(?:pediu|sugeriu|escreveu|disse|perguntou)\b|"
    # "nos pediste nuestro WhatsApp", "otrzymaliśmy Pana propozycję zapłaty", "vous nous indiquez que", "ذكرت في رسالتك",
    # "카톡 아이디를 요청하셨는데", "您要我们的微信号" (stop 50 probes)
    r"\b(?:nos|me)\s+(?:pides?|pediste|pidi[óo]|pedías|pedía)\b|"
    r"とのお問い合わせ|(?:您|你)在\S{0,6}?(?:说|說)|\byou\s+mentioned\b|\bre:\s*your\s+question\b|고\s*하셨는데|\b(?:pana|pani)\s+propozycj\w*|\bpropozycj\w*\s+(?:pana|pani)\b|"
    r"\bvous\s+(?:nous\s+)?indiquez\b|ذكرت|요청하셨|(?:您|你)要(?:我们|我們)的|"
    r"\bu\s+(?:vraagt|heeft\s+gevraagd|schreef)\b|\bdu\s+(?:frågar|skrev)\b|(?:yazmışsınız|istemişsiniz|yazdınız)|طلبت|كتبت|ביקשת|כתבת|"
    # the buyer's offer quoted back ("you wrote you'd update the review if…", "napisał Pan: „usunę negatywną opinię…"")
    r"\byou\s+wrote\b|\b(?:nos\s+)?escribió\b|\b(?:ci\s+)?ha\s+scritto\b|とのことですが|とのご質問|(?:您|你)(?:说|說)|"
    # the buyer's preference reported ("we understand you would prefer to chat on WhatsApp, but …", "카카오톡으로 상담을
    # 원하신다는 말씀", "в Telegram общаться удобнее": blind batch ED, stop 44)
    r"\byou(?:'d|\s+would)?\s+prefer\b|\bsie\s+(?:\w+\s+){0,3}?lieber\b|\bvous\s+préfér\w*|\bprefier(?:es|e)\b|"
    r"\bpreferi(?:sce|resti|rebbe)\b|\b(?:voc[êe]\s+)?prefer(?:e|iria)\b|\b(?:je|u)\s+(?:\w+\s+){0,2}?liever\b|\bwol(?:i|isz)\b|"
    r"\bföredrar\b|tercih\s+ett?i\w*|(?:вам|вы)\s+(?:\w+\s+){0,3}?(?:удобнее|привычнее|предпочита\w*)|удобнее|تفضل\w*|מעדיפ\w*|"
    r"ご希望|원하신다는|원하시는|(?:您|你)(?:希望|想)(?:用|通过|通過)|"
    # the buyer's proposal in more words ("U stelde voor", "Zaproponował Pan", "Du frågade om", "teklifiniz için",
    # "您提出", "하고 싶다고 하셨지만", "הצעת": blind probes, stop 47)
    r"\bu\s+stelde\s+voor\b|\bzaproponował\w*\s+(?:pan|pani)\b|\bdu\s+frågade\b|teklifiniz|(?:您|你)提出|싶다고\s*하셨|הצעת|"
    # "Sie hatten angeboten, Ihre Bewertung zu ändern, wenn …", "Ihr Angebot, die Bewertung … zu löschen", "du erbjöd dig att
    # ändra ditt omdöme", "… indirim talep ettiniz", "عرضت علينا تعديل تقييمك" (stop 51 probes)
    r"\bsie\s+hatten\s+(?:uns\s+)?(?:angeboten|angefragt|gefragt)\b|\bihr\s+angebot\b|\bdu\s+erbjöd\s+dig\b|talep\s+ettiniz|عرضت\s+علينا|"
    # "I understand you offer to change the 2 star to 5 star if …", "Sie schreiben, Sie würden …", "Usted dice que cambia …",
    # "entendo que você quer R$ 50 para mudar …", "U biedt aan uw review te verwijderen als …", "… 할인해 달라고 하셨는데" (stop 52
    # probes)
    r"\byou\s+(?:offer|offered)\s+to\b|\bi\s+understand\s+(?:that\s+)?you\s+(?:want|would|offer)\b|\bsie\s+schreiben\b|"
    r"\busted\s+dice\s+que\b|\bentendo\s+que\s+voc[êe]\s+(?:quer|queria|gostaria)\b|\b(?:u|je)\s+biedt\s+aan\b|달라고\s*하셨|"
    # "mi hai chiesto di pagare con PayPal a parte", "je vroeg of je mij via Tikkie kon betalen", "pytałeś o płatność BLIKiem"
    r"\bmi\s+(?:hai|ha)\s+chiesto\b|\bje\s+vroeg\b|\bpyta(?:łeś|łaś|ł\s+pan|ła\s+pani)\b"
)
# The seller's answer that it talks or is paid only here ("nous ne pouvons communiquer que par la messagerie",
# "communiceren we alleen via deze chat", "можем вести переписку только в этом чате", "이 채팅에서만 진행할 수 있으며":
# blind batch ED, stop 44): the buyer's wish refused.
_ONLY_HERE = grouped(
    r"\bonly\s+(?:via|through|in|on|by)\s+(?:this|the|our)\s+(?:chat|messag\w*|platform|marketplace)\b|"
    r"\bnur\s+(?:über|im|in|per)\s+(?:diesen|dem|den|das|die)\s+(?:chat|nachricht\w*|postfach|plattform)\b|"
    r"\bque\s+par\s+(?:la|cette|notre)\s+(?:messagerie|plateforme|chat)\b|\buniquement\s+(?:par|via|sur)\s+(?:la|cette)\s+(?:messagerie|plateforme)\b|"
    r"\bs[oó]lo\s+(?:por|a\s+trav[eé]s\s+de|en)\s+(?:este|el)\s+chat\b|\bsolo\s+(?:tramite|attraverso|su|in)\s+(?:questa|la)\s+chat\b|"
    r"\b(?:s[óo]|apenas)\s+(?:pelo|por\s+este|neste|no)\s+chat\b|\balleen\s+(?:via|in|op)\s+(?:deze|de|dit)\s+(?:chat|platform)\b|"
    r"\btylko\s+(?:przez|na|w)\s+(?:tym\s+|ten\s+)?czac\w*|\bbara\s+(?:via|i)\s+(?:den\s+här|denna)\s+chatt\w*|"
    r"\b(?:wyłącznie|tylko)\s+tutaj\b|sadece\s+bu\s+(?:sohbet|mesaj)\w*|"
    # only the platform's payment ("solo aceptamos pago por Amazon": blind batch EE)
    r"\b(?:we\s+)?only\s+accept\s+(?:payment|orders)\s+(?:through|via|on|by)\b|\bcan\s+only\s+accept\s+(?:\w+\s+){0,4}?(?:through|via|on|by)\b|\bs[oó]lo\s+aceptamos\s+(?:el\s+)?pagos?\s+(?:por|a\s+trav[eé]s\s+de|en)\b|"
    r"\bwir\s+akzeptieren\s+nur\s+zahlungen\b|\baccettiamo\s+solo\s+pagament\w*|\bs[óo]\s+aceitamos\s+pagamentos?\b|"
    r"\bwe\s+accepteren\s+alleen\s+betaling\w*|\bprzyjmujemy\s+tylko\s+płatnoś\w*|"
    # … in more words ("solo podemos aceptar pagos a través de …", "nous préférons que la transaction reste sur …", "só
    # vendemos pela …", "我们只接受速卖通平台内付款", "yalnızca … üzerinden ödeme kabul ediyoruz", "принимаем оплату только через",
    # "…를 통한 결제만 받고", "מקבלים תשלום רק דרך", "vi tar bara betalt via", "musimy odmówić": blind probes, stop 47)
    r"\bs[oó]lo\s+podemos\s+aceptar\s+pagos?\b|\bpréférons\s+que\s+la\s+transaction\s+reste\b|\bs[óo]\s+vendemos\s+pel[ao]\b|"
    r"只接受\S{0,10}?付款|\b(?:yalnızca|sadece)\s+\S+\s+üzerinden\s+ödeme\s+kabul|принимаем\s+оплату\s+только|결제만\s*받|"
    r"מקבלים\s+תשלום\s+רק|\btar\s+bara\s+betalt\b|\bmusimy\s+odmówić\b|\baccepteren\s+alleen\s+betaling\w*|только\s+(?:в|через)\s+(?:этом\s+|этот\s+)?чат\w*|فقط\s+(?:عبر|من\s+خلال)\s+(?:هذه\s+)?المحادثة|"
    r"רק\s+(?:דרך|ב)(?:ה)?צ'?אט|このチャット(?:のみ|だけ)|(?:메시지|채팅)(?:으로만|로만|에서만)|只能?(?:在|通过|通過)(?:这里|這裡|平台|站内|站內)|"
    # keeping every word here ("preferimos mantener toda la comunicación aquí en Amazon", "preferimos manter toda a conversa
    # aqui", "نفضل أن يكون التواصل كله عبر رسائل أمازون", "모든 상담은 아마존 메시지로만", "我们只在平台内沟通", "оплата только
    # через AliExpress": stop 50 probes)
    r"\bprefer\w*\s+(?:to\s+)?keep\w*\s+(?:all\s+|every\w*\s+)?(?:our\s+|the\s+)?(?:communication|conversation|contact|messages)\b|"
    r"\bprefer\w*\s+mant(?:ener|er)\s+(?:toda\s+)?(?:la\s+|a\s+)?(?:comunica[cç]i?[óoã]o?n?|conversa\w*)\b|"
    r"\bpréférons\s+garder\s+(?:toute\s+)?la\s+(?:conversation|communication)\b|\bpreferiamo\s+mantenere\s+(?:tutta\s+)?la\s+(?:comunicazione|conversazione)\b|"
    # all payments only through the platform ("כל התשלומים רק דרך AliExpress", "所有付款请通过AliExpress完成", "todos os
    # pagamentos pela plataforma": stop 50 probes)
    r"\ball\s+payments?\s+(?:\w+\s+){0,2}?(?:through|via|on)\b|כל\s+התשלומים\s+(?:רק\s+)?דרך|所有(?:付款|支付)(?:请|請)?(?:通过|通過|在)|"
    r"\btodos\s+(?:los|os)\s+pagos?\w*\s+(?:\w+\s+){0,2}?(?:por|a\s+trav[eé]s|pel[ao]|via)\b|"
    r"نفضل\s+أن\s+يكون\s+التواصل|оплата\s+только\s+через"
)
_NOT_SO = grouped(
    # ("… asking if people can pay by bank transfer to save on fees - we're afraid not": stop 48 probes)
    r"\b(?:malheureusement\s+non|desafortunadamente\s+no|lamentablemente\s+no|don'?t\s+feel\s+you\s+(?:need|have)\s+to|(?:ce\s+)?n'est\s+(?:absolument\s+|vraiment\s+)?pas\s+nécessaire|"
    r"(?:we're|we\s+are|i'm|i\s+am)\s+afraid\s+not|unfortunately\s+not|that'?s\s+not\s+possible|geht\s+(?:leider\s+)?nicht|das\s+geht\s+nicht|niestety\s+nie|infelizmente\s+n[ãa]o|"
    r"tyvärr\s+går\s+det\s+inte|går\s+(?:tyvärr\s+)?inte|non\s+lo\s+(?:permette|facciamo)|no\s+lo\s+(?:permite|hacemos)|"
    r"ne\s+le\s+(?:permet|faisons)\s+pas|we\s+don'?t\s+do\s+that|purtroppo\s+no|helaas\s+niet|mag\s+helaas\s+niet|non\s+è\s+necessario|"
    # "… mais nous ne remboursons jamais par virement", "das dürfen wir leider nicht", "…一切行っておりません" (stop 49 probes)
    r"nous\s+ne\s+\w+\s+jamais|(?:das\s+)?dürfen\s+wir\s+(?:leider\s+)?nicht|"
    # "Das dürfen und möchten wir nicht", "… können wir leider nicht annehmen", "Det kan vi tyvärr inte göra", "نعتذر عن عدم
    # قدرتنا على ذلك" (stop 51 probes)
    r"dürfen\s+und\s+(?:möchten|wollen)\s+wir\s+nicht|können\s+wir\s+(?:leider\s+)?nicht\s+annehmen|kan\s+vi\s+tyvärr\s+inte|"
    # "Dat mogen en doen wij niet", "Так мы не работаем" (stop 50 probes)
    r"(?:dat\s+)?(?:mogen|doen|kunnen)\s+(?:en\s+\w+\s+)?(?:wij|we)\s+(?:helaas\s+)?niet|"
    # "I'm afraid we don't run any discount codes", "vous nous demandez un code promo : nous n'en proposons pas" (stop 50)
    r"(?:i'm|i\s+am|we're|we\s+are)\s+afraid\s+we\s+(?:don't|do\s+not|can't|cannot)|n'en\s+(?:proposons|avons|faisons|offrons)\s+pas)\b|(?:так\s+мы|мы\s+так)\s+не\s+(?:делаем|работаем)|(?:一切)?行っておりません|\bmaalesef\b|"
    # "Lo sentimos, pero …", "نعتذر", "죄송하지만", "誠に申し訳ございません" after the buyer's request (stop 52 probes)
    r"\blo\s+sentimos,?\s+pero\b|نعتذر|죄송하지만|申し訳(?:ございません|ありません)|"
    r"للأسف|לצערנו|お受けできません|できかねます|いたしかねます|致しかねます|어렵습니다|(?:お受け|承っ|受け付けて|受付して)(?:して)?おりません"
)


#: How far inside a match the seller's "only here" answer may begin.
_ANSWER_INSIDE = 16


# The buyer's words quoted ("entendo a pergunta «posso pagar no Pix direto com você?», mas infelizmente não podemos",
# "je vraag was: „Kan ik via iDEAL rechtstreeks aan jullie betalen?" Sorry, dat kan helaas niet", "「銀行振込で直接購入
# できますか？」": blind probes in 11 languages, stop 48): a report like the ones ``_BUYER_ASKED`` names. Straight
# single quotes are left out (they are apostrophes too).
_OPEN_QUOTES, _CLOSE_QUOTES = '«“„「『"', '»”“」』"'
#: How far a quotation mark may stand from the match.
_QUOTE_REACH = 160


def _quoted_around(low: str, start: int, end: int) -> int | None:
    """Where the quotation holding ``start:end`` closes, if the match stands inside one."""
    lo = max(0, start - _QUOTE_REACH)
    opened = max(low.rfind(q, lo, start) for q in _OPEN_QUOTES)
    if opened < 0:
        return None
    for q in _CLOSE_QUOTES:
        # (a closing mark between the opening one and the match closes that quotation before it)
        if q != low[opened] and low.find(q, opened + 1, start) >= 0:
            return None
    closes = [i for q in _CLOSE_QUOTES if (i := low.find(q, end, min(len(low), end + _QUOTE_REACH))) >= 0]
    return min(closes) + 1 if closes else None


def buyer_request_refused(low: str, start: int, end: int) -> bool:
    """The match inside the buyer's reported request, refused after it in its sentence or the next."""
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    # (the report may open the match, "nos preguntas si puedes pagarnos por Bizum", or close its sentence, the verb
    # last: "… doğrudan bize ödemek istediğinizi yazmışsınız", "「…」とのことですが")
    asked = _BUYER_ASKED.search(low, lo, hi)
    said = asked.end() if asked is not None else _quoted_around(low, start, end)
    if said is None:
        return False
    hi = _next_sentence_end(low, hi)  # the answer may come in the next sentence
    # (the answer may begin inside the match: "Вы предложили оплатить переводом на карту, но мы принимаем оплату только
    # через …" ends the payment match at "принимаем": stop 47)
    return (
        # (the refusal may come before the match, after the report: "kind of you to offer, but please don't feel you need
        # to change your review")
        _NOT_SO.search(low, said, hi) is not None
        or _words().unable.search(low, end, hi) is not None
        # "… Nous sommes désolés, mais nous n'acceptons aucun paiement en dehors d'Amazon", "Nie przyjmujemy płatności
        # poza Amazonem" (stop 50 probes)
        or _words().never_ask.search(low, said, hi) is not None
        or _ONLY_HERE.search(low, max(start, end - _ANSWER_INSIDE), hi) is not None
    )


# The seller's "store" with no word of a site, a direct deal or a saving in its sentence is its storefront on the
# platform ("un coupon per il prossimo acquisto nel nostro negozio", "Bestel gewoon 2 stuks in onze winkel", "Följ vår
# butik", "place the order on our store page": tuning batches AQ, AT, AZ, DG, DI, stop 33).
_BARE_STORE = re.compile(
    r"\b(?:store|shop|negozio|winkel|butik\w*|tienda|loja|boutique|sklep\w*|mağaza\w*)\b|магазин\w*|스토어|店铺|店舗|ストア"
)
_OFF_MARKER = grouped(
    r"direct\w*|direkt\w*|diret\w*|rechtstreeks|bezpośredni\w*|doğrudan|напрям\w*|outside|außerhalb|ausserhalb|\bhors\b|fuera|fuori|"
    r"\bfora\b|buiten|utanför|\bpoza\b|dışında|\bвне\b|خارج|מחוץ|以外|밖|之外|cheaper|günstiger|billiger|moins\s+cher|barat|"
    r"economic|goedkoper|\bprijs\s+(?:\w+\s+)?lager\b|taniej|billigare|ucuz|uygun|дешевле|أرخص|זול|저렴|安く|便宜|\bfees?\b|gebühr|\bfrais\b|comisi|commission|"
    r"\btaxa|kosten|prowizj|avgift|komisyon|комисси|عمولة|עמלה|수수료|手数料|手续费|paypal|\bbank|iban|transfer|virement|"
    r"überweis|bonifico|przelew|havale|перевод|تحويل|העברה|이체|振込|转账|\bpix\b|bizum|swish|blik|tikkie|twint|venmo|zelle|"
    r"\bweb|online|\bsite|\bsito|sitio|сайт|موقع|אתר|사이트|サイト|网站|網站|官网|官網|\bown\b|\beigen|propre|propi|propri|"
    r"własn|\begen\b|kendi|собствен|\.(?:com|net|de|fr|es|it|nl|pl|se|ru|jp|co)\b|\bdot\b|punkt|punto|ponto|kropka|точка|"
    r"en\s+ligne|internet\w*|virtual|nätbutik|webbutik|cancel\w*|annul\w*|anul\w*|stornier\w*|avbryt\w*|iptal|отмен\w*|"
    r"ألغ\w*|בטל\w*|취소|キャンセル|取消|pr[óo]pri\w*|직접|直接|じかに|자사|自社|스마트스토어"
)


_OTHER_MARKETPLACE = grouped(data.MARKETPLACE_NAMES)


def _platform_storefront(low: str, start: int, end: int) -> bool:
    """A bare "our store" in the match, and nothing in its sentence that takes the sale off the platform."""
    if _BARE_STORE.search(low, start, end) is None:
        return False
    lo, hi = _sentence_before(low, start), _sentence_after(low, end)
    # (another marketplace named takes it off too: "comprar na nossa loja da Shopee", tuning batch DO, stop 43)
    return _OFF_MARKER.search(low, lo, hi) is None and _OTHER_MARKETPLACE.search(low, lo, hi) is None


def _refused_in_sentence(low: str, start: int) -> bool:
    """A refusal anywhere earlier in the match's sentence, no "but" after it: "nous ne pouvons pas accepter un paiement
    par virement ou PCS en dehors d'<platform>" (the refusal governs the whole list, however long: stop 33)."""
    return _standing_refusal(low, _sentence_before(low, start), start) is not None


@lru_cache(maxsize=4)
def scam_notice(low: str) -> bool:
    """The message disowns a message the buyer got or warns of impostors ("that WhatsApp message did not come from
    us", "golpistas estão mandando mensagens"): an app it merely names is the scammers' channel, not an invitation (an
    invitation with a handle or number still counts: the caller reads mentions only).

    Remembered for the last few texts: the payment veto asks once per match, and a megabyte of matches must not read
    the megabyte once each (tests/rules/test_linear.py)."""
    w = _words()
    return w.not_from_us.search(low) is not None or w.impersonated.search(low) is not None


def never_asked(low: str, start: int, end: int) -> bool:
    """The match's sentence says the seller never asks for it ("wij vragen nooit om te betalen via WeChat",
    "当店がWeChatや銀行振込でのお支払いをお願いすることは一切ありません"), with no "but" turning back to an ask
    between the two (blind batch DK: a messenger named in a scam warning)."""
    w = _words()
    before = _last(w.never_ask, low, _sentence_before(low, start), end)
    if before is not None and _BUT.search(low, before.end(), start) is None:
        return True
    if w.not_from_us.search(low, start, _sentence_after(low, end)) is not None:
        return True  # the app's messages disowned after it: "카톡으로 온 메시지는 저희가 보낸 것이 아닙니다" (stop 40)
    return w.never_ask_after.search(low[end : _sentence_after(low, end)]) is not None


def impersonation_warning(low: str, start: int, end: int) -> bool:
    """The match's sentence warns about impostors of the shop ("Betrüger geben sich als unser Shop aus und verlangen
    per WhatsApp …", "有人冒充本店客服，要求通过微信转账"): what they ask for is no request of the seller's (batch AE)."""
    return (
        _words().impersonated.search(low, _sentence_before(low, start), _sentence_after(low, end)) is not None
    )


# A promotion word the seller says it does not have ("we don't have a newsletter", "Einen Newsletter haben wir nicht",
# "Bülten veya e-posta listemiz yok", "뉴스레터를 운영하지 않으며"), and a coupon or code the buyer already used at the
# checkout ("The 10% coupon you clipped at checkout was applied", "Rabattkoden du använde i kassan har dragits av",
# "您下单时使用的优惠券已经自动抵扣"): both explain the order, neither promotes (stop 47 probes, 16 languages).
_NEWSLETTER = re.compile(
    r"newsletter\w*|mailing\s+list|nieuwsbrief|bolet[ií]n|bülten|рассылк\w*|النشرة|ניוזלטר|メルマガ|ニュースレター|新闻简报|电子报|뉴스레터"
)
_NOT_HAD = _compiled(
    r"\b(?:(?:do|does)\s*n[o']t\s+(?:have|run|send|offer)|have\s+no|no\s+newsletter|haben\s+(?:wir\s+)?(?:nicht|keine\w*)|kein\w*\s+newsletter|"
    r"n'avons\s+pas|pas\s+de\s+newsletter|no\s+tenemos|non\s+abbiamo|não\s+temos|hebben\s+(?:we\s+)?geen|geen\s+nieuwsbrief|nie\s+mamy|"
    r"nie\s+prowadzimy|har\s+(?:vi\s+)?(?:tyvärr\s+)?(?:ingen|inte|inga)|у\s+нас\s+нет|"
    # ("al momento non ne abbiamo", "Die hebben wij niet", "Ein Newsletter … ist dafür nicht nötig", "non serve iscriversi a
    # nessuna newsletter": stop 52 probes)
    r"non\s+ne\s+abbiamo|hebben\s+(?:we|wij)\s+niet|nicht\s+nötig|non\s+serve|nessun\w*)\b|\byok\b|\bнет\b|ليس\s+لدينا|لا\s+(?:توجد|يوجد|نملك)|אין\s+לנו|"
    r"ございません|ありません|おりません|没有|沒有|않|없"
)
_CODE_WORD = grouped(
    r"coupon\w*|\bcode\w*|\bcodice\b|\bc[óo]digo\b|\bcupom\b|\bcup[óo]n\b|rabattkod\w*|kortingscode|\bkod\w*|\bkupon\w*|промокод\w*|купон\w*|"
    r"كوبون|קופון|クーポン|优惠券|優惠券|쿠폰"
)
_USED = _compiled(
    r"\b(?:you\s+(?:used|clipped|redeemed|applied)|(?:was|were|has\s+been|have\s+been)\s+(?:applied|deducted|redeemed)|"
    r"(?:eingelöst|verwendet)\s+haben|wurde\s+(?:bereits\s+|schon\s+)?(?:abgezogen|angewendet|eingelöst|berücksichtigt)|"
    r"vous\s+avez\s+(?:utilisé|appliqué)|a\s+(?:bien\s+)?été\s+(?:pris\s+en\s+compte|appliqué|déduit)|utilisé\s+lors|"
    r"us[óo]|utiliz[óo]|aplic[óo]|se\s+(?:aplic[óo]|descont[óo])|(?:fue|ya\s+est[áa])\s+aplicad[oa]|"
    r"(?:ha|hai)\s+(?:attivato|utilizzato|usato)|è\s+stato\s+applicat[oa]|già\s+applicat[oa]|"
    r"usou|utilizou|aplicou|foi\s+aplicad[oa]|já\s+aplicad[oa]|gebruikte|is\s+(?:al\s+)?(?:\w+\s+){0,4}?(?:toegepast|afgetrokken)|"
    r"użył\w*|wykorzystał\w*|został\w*\s+(?:naliczon\w*|zastosowan\w*|odliczon\w*)|använde|dragits\s+av|"
    r"kullandığınız|uygulandı|düşüldü)\b|использовал\w*|был\w*\s+(?:применен\w*|применён\w*|учтен\w*|учтён\w*)|"
    r"استخدمت\w*|تم\s+تطبيق|השתמשת|הופעל|נוכה|ご利用いただいた|適用され|使用された|ご使用の|使用的|使用了|已经自动抵扣|已自动抵扣|사용하신|적용되었|"
    # … or one that cannot be added after the order ("注文後にクーポンを適用することはできかねます", "下单后我们无法再补用优惠券")
    r"できかねます|无法再补用|無法再補用"
)
#: How far around a promotion match its sentence is read for the coupon used (the price it explains comes after it).
_USED_REACH = 200


def no_promotion(low: str, start: int, end: int) -> bool:
    """The promotion match is a newsletter or a code the seller says it does not have, or its sentence tells of a coupon or code
    the buyer already used (the order explained, nothing offered)."""
    if (
        _NEWSLETTER.search(low, start, end) is not None or _CODE_WORD.search(low, start, end) is not None
    ) and _NOT_HAD.search(low, _sentence_before(low, start), _sentence_after(low, end)):
        # (a discount code the seller says it has none of: "vi har tyvärr inga rabattkoder", "現在弊社で発行しているクーポンは
        # ございません", "şu an sunabileceğimiz bir kod yok": stop 52 probes)
        return True
    # the buyer's price quoted and refused: "ci ha scritto che toglierebbe la recensione in cambio di uno sconto del 30%.
    # Non possiamo farlo" (stop 50 probes)
    if buyer_request_refused(low, start, end):
        return True
    lo = max(0, start - _USED_REACH)
    for m in SENTENCE_END.finditer(low, lo, start):
        lo = m.end()
    stop = SENTENCE_END.search(low, end, min(len(low), end + _USED_REACH))
    hi = stop.start() if stop is not None else min(len(low), end + _USED_REACH)
    return _CODE_WORD.search(low, lo, hi) is not None and _USED.search(low, lo, hi) is not None


def vetoes() -> Mapping[str, Veto]:
    """Rule id -> its veto."""
    return {
        "review.positive_only": positive_veto,
        "review.incentive": incentive_veto,
        "review.pressure": no_pressure,
        "order.confirm_receipt_early": confirm_not_early,
        "review.change": not_asked,
        "offplatform.payment": on_platform,
        "marketing.promotion": no_promotion,
    }


#: Vetoes whose reading the statistical review model (``_review_model``) does not overrule: where one cleared every
#: match of its rule, the model does not report that rule for the whole message. The other vetoes' clearings stay open
#: to it (on the tuning set it rightly puts back two change requests that "libre à vous" and "será que você não
#: consegue" cleared); a seller saying it would never ask for the change is no request however its n-grams read
#: (stop 40: "Vi skulle aldrig be dig ändra eller ta bort ditt omdöme" scored 0.95).
FIRM_VETOES: Mapping[str, Veto] = {
    "review.change": lambda low, start, end: (
        never_requested(low, start, end)
        or buyer_request_refused(low, start, end)
        or _thanked_for_own_change(low, start, end)
    ),
    # the buyer's own offer reported and refused is no ask of the seller's, however its n-grams read (stop 43)
    "review.incentive": buyer_request_refused,
    "review.positive_only": buyer_request_refused,
}
