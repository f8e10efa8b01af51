"""Round 19 (issue 12.6): a review change bound to a promise by a condition, in one sentence, is an incentive.

"We can extend your warranty as long as you change your review", "if you change your review, we will send you a new
kettle", "レビューを修正していただき次第、新しい商品をお送りします": the seller's own future giving, tied to the change by
a condition — before the request ("as long as", "sobald", "只要") or after it in the languages that put the condition
after the verb (次第, 주시면, -diğinizde, 之后). Also: the change as a condition the seller waits for ("as soon as you
have edited your review", "sobald Sie Ihre Bewertung geändert haben", "en cuanto haya cambiado su reseña"), and the
Chinese 把 construction ("只要您把评论改成三星以上").

A promise *before* the request needs a binding condition right before it, not a plain "if" or "once it arrives": a
replacement shipped and then a change asked for is a change request, not a bargain. The rows were written for this
table. Source: compensation for changing a review and asking to change one (shared/platforms/amazon.md §5.1,
aliexpress.md §8).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    # the promise first, a binding condition right before the change request
    ("amazon", "en-US", "We can extend your warranty to two years as long as you change your review to three stars.", {"review.change", "review.incentive"}),
    ("amazon", "en-US", "We'll send you a new kettle as soon as you have edited your review.", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir verlängern Ihre Garantie auf zwei Jahre, sofern Sie Ihre Bewertung auf drei Sterne ändern.", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wir schicken Ihnen ein neues Gerät, sobald Sie Ihre Bewertung geändert haben.", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Nous vous enverrons un nouveau modèle dès que vous aurez modifié votre avis.", {"review.change", "review.incentive"}),
    ("amazon", "es-ES", "Le enviaremos otro en cuanto haya cambiado su reseña.", {"review.change", "review.incentive"}),
    ("amazon", "it-IT", "Le invieremo un altro appena avrà cambiato la sua recensione.", {"review.change", "review.incentive"}),
    ("amazon", "pt-BR", "Enviaremos outro assim que tiver alterado a sua avaliação.", {"review.change", "review.incentive"}),
    ("aliexpress", "nl-NL", "We sturen u een nieuwe zodra u uw review hebt aangepast.", {"review.change", "review.incentive"}),
    ("aliexpress", "pl-PL", "Wyślemy nowy czajnik, jak tylko zmieni Pan opinię.", {"review.change", "review.incentive"}),
    ("aliexpress", "sv-SE", "Vi skickar en ny klocka så fort du har ändrat ditt betyg.", {"review.change", "review.incentive"}),
    ("amazon", "ru-RU", "Новый фен отправим сразу, как только вы отредактируете свой отзыв.", {"review.change", "review.incentive"}),
    ("aliexpress", "he-IL", "נשלח לך מכשיר חדש ברגע שתשנה את הביקורת.", {"review.change", "review.incentive"}),
    ("aliexpress", "ar-SA", "سنرسل لك جهازًا جديدًا بمجرد أن تعدل تقييمك.", {"review.change", "review.incentive"}),
    ("amazon", "zh-CN", "您好，我们可以为您把保修延长到两年，只要您把评论改成三星以上就行。", {"review.change", "review.incentive"}),
    # the request first, the promise after it in its sentence
    ("amazon", "en-US", "If you change your review, we will send you a new kettle.", {"review.change", "review.incentive"}),
    ("amazon", "de-DE", "Wenn Sie Ihre Bewertung ändern, schicken wir Ihnen ein neues Gerät.", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Si vous modifiez votre avis, nous vous enverrons un nouveau modèle.", {"review.change", "review.incentive"}),
    ("amazon", "es-ES", "Si cambia su reseña, le enviaremos otro.", {"review.change", "review.incentive"}),
    ("aliexpress", "nl-NL", "Als u uw review aanpast, sturen we u een nieuwe.", {"review.change", "review.incentive"}),
    ("aliexpress", "pl-PL", "Jeśli zmieni Pan opinię, wyślemy nowy czajnik.", {"review.change", "review.incentive"}),
    ("amazon", "ru-RU", "Если вы измените отзыв, мы вышлем новый.", {"review.change", "review.incentive"}),
    ("amazon", "ja-JP", "レビューを修正していただき次第、新しい商品をお送りします。", {"review.change", "review.incentive"}),
    ("aliexpress", "ko-KR", "리뷰를 수정해 주시면 새 제품을 바로 보내 드리겠습니다.", {"review.change", "review.incentive"}),
    ("aliexpress", "tr-TR", "Yorumunuzu değiştirdiğinizde size yeni saat göndereceğiz.", {"review.change", "review.incentive"}),
    ("aliexpress", "zh-CN", "您把评价改好之后我们马上给您寄新的。", {"review.change", "review.incentive"}),
    # the 把 construction without a promise
    ("aliexpress", "zh-CN", "请您把评论改成五星。", {"review.change"}),
]  # fmt: skip

# A change asked for, but no bargain: the benefit was given, or the condition binds something else.
CHANGE_ONLY = [
    # (the statistical model read the refund already given as a price until stop 44: a refund in the past beside the
    # request, with nothing promised, is no trade)
    ("amazon", "en-US", "We refunded you in full. Once you have updated your review, let us know."),
    ("amazon", "en-US", "We will ship the replacement today. Once it arrives, could you update your review?"),
    ("amazon", "de-DE", "Wir haben Ihnen den Betrag bereits erstattet. Sobald Sie Zeit haben, könnten Sie Ihre Bewertung aktualisieren?"),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "Thanks! I can see you have updated your review."),
    ("amazon", "es-ES", "Esta versión corrige su opinión sobre el problema de la batería."),
    ("amazon", "zh-CN", "我们无法把您的评价删除，只有平台可以处理。"),
    ("amazon", "en-US", "We will send you a new kettle as soon as the old one is back in our warehouse."),
    ("amazon", "de-DE", "Wir schicken Ihnen ein neues Gerät, sobald die Rücksendung bei uns eingetroffen ist."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_a_change_tied_to_a_promise_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CHANGE_ONLY)
def test_a_change_with_no_bargain_is_no_incentive(platform: str, locale: str, text: str) -> None:
    found = _blocks(text, platform, locale)
    assert "review.change" in found
    assert "review.incentive" not in found


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round19_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
