"""Round 21 (issue 12.6): the seller writing *again* beside the review is a repeated review request.

"This is already our third contact", "escrevemos de novo sobre a sua avaliação", "wir schreiben Ihnen erneut wegen
Ihrer Bewertung", "пишем вам снова", "再度ご連絡" — in the review's sentence, the one before or the one after. Clean:
writing again about a return, a parcel or a refund, with no review named. Rows written for this table.

Sources: Amazon Communication Guidelines — no repeat review requests for one order (shared/platforms/amazon.md §5.1);
AliExpress seller rules — harassing buyers about reviews (shared/platforms/aliexpress.md §8).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

PRESSURE = "review.pressure"

# (platform, locale, text)
VIOLATIONS = [
    ("amazon", "en-US", "Hi Priya, I'm writing to you again about your order. Your review still says the lid is broken."),
    ("amazon", "pt-BR", "Prezado cliente, este já é o nosso terceiro contato. Pedimos que reconsidere a avaliação ainda hoje."),
    ("amazon", "pt-BR", "Olá, escrevemos de novo sobre a sua avaliação de 2 estrelas."),
    ("amazon", "de-DE", "Wir schreiben Ihnen erneut wegen Ihrer Bewertung vom Montag."),
    ("amazon", "fr-FR", "Nous vous écrivons à nouveau au sujet de votre avis sur la lampe."),
    ("amazon", "es-ES", "Le escribimos de nuevo por su reseña de una estrella."),
    ("amazon", "it-IT", "Le scriviamo di nuovo riguardo alla sua recensione."),
    ("amazon", "nl-NL", "We schrijven u opnieuw over uw recensie van de waterkoker."),
    ("amazon", "pl-PL", "Piszemy ponownie w sprawie Pana opinii o czajniku."),
    ("amazon", "sv-SE", "Vi skriver igen angående din recension av vattenkokaren."),
    ("amazon", "tr-TR", "Değerlendirmeniz hakkında tekrar yazıyoruz."),
    ("aliexpress", "ru-RU", "Пишем вам снова по поводу вашего отзыва о чайнике."),
    ("amazon", "ja-JP", "レビューの件で再度ご連絡いたしました。"),
    ("aliexpress", "zh-CN", "亲，再次联系您，关于您的评价。"),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "We are writing to you again about your return: the label is attached."),
    ("amazon", "pt-BR", "Este já é o nosso terceiro contato sobre a entrega; o pacote está no correio."),
    ("amazon", "de-DE", "Wir schreiben Ihnen erneut wegen der Lieferung: das Paket ist unterwegs."),
    ("amazon", "fr-FR", "Nous vous écrivons à nouveau : le remboursement a été effectué hier."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text"), VIOLATIONS)
def test_writing_again_beside_the_review_is_pressure(platform: str, locale: str, text: str) -> None:
    assert PRESSURE in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_writing_again_about_something_else_is_clean(platform: str, locale: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()
