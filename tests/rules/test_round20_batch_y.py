"""Round 20 (issue 12.6), tuned on blind batch Y: polite, indirect review-change requests and their clean neighbours.

Violations: the review asked about as a question ("do you still stand by the two stars?", "rispecchiano ancora la
sua esperienza?", "Актуален ли ещё ваш отзыв?"); the review pointed out as out of date ("your comment still mentions
the broken lid", "beschreibt noch den Zustand vor dem Austausch", "no longer reflects your experience"); the words for
a change the families lacked ("bring your rating up to date", "nuancer", "replanteara", "una rinfrescata", "dar uma
repaginada", "tegen het licht houden", "złagodzić", "ご一考", "反映真实情况"), with what the buyer wrote standing for the
review; "it" softened right after the review was named. Clean: the buyer asked how to edit or delete the review and
these are the steps, however many sentences they take; the platform removed a review ("<platform> informed us that
it removed a review"); the seller updated the listing or manual after the review; "we offer nothing in exchange for
reviews, but here is your replacement"; "mümkün müdür" (is it possible) is no manager; "“我的账户”" is a menu.
The rows were written for this table, not copied from the batch.

Sources: asking to change a review (shared/platforms/amazon.md §5.1; aliexpress.md §8).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    ("amazon", "en-US", "Your refund went through this morning. Do you still stand by the one-star rating?", {"review.change"}),
    ("amazon", "it-IT", "Ora che il nuovo tostapane funziona, la sua recensione rispecchia ancora la sua esperienza?", {"review.change"}),
    ("amazon", "ru-RU", "Новый чайник уже у вас. Актуален ли ещё ваш отзыв?", {"review.change"}),
    ("amazon", "he-IL", "החלק החדש הגיע. האם הביקורת שלך עדיין משקפת את דעתך?", {"review.change"}),
    ("amazon", "en-US", "The new lid arrived on Monday. Your review still mentions the cracked lid.", {"review.change"}),
    ("amazon", "de-DE", "Der Ersatz ist angekommen. Ihre Bewertung beschreibt allerdings noch den alten Zustand.", {"review.change"}),
    ("amazon", "fr-FR", "La pièce est arrivée. Votre avis évoque toujours la pièce manquante.", {"review.change"}),
    ("amazon", "en-GB", "P.S. If your review no longer reflects your experience, we would be grateful if you gave it a second look.", {"review.change"}),
    ("amazon", "en-US", "Could you bring your rating up to date now that the charger works?", {"review.change"}),
    ("amazon", "fr-FR", "Maintenant que le colis est arrivé, peut-être jugerez-vous utile de nuancer votre avis ?", {"review.change"}),
    ("aliexpress", "es-MX", "Le agradeceríamos que replanteara su calificación de una estrella.", {"review.change"}),
    ("aliexpress", "pt-BR", "Seria ótimo se pudesse dar uma repaginada no seu comentário.", {"review.change"}),
    ("amazon", "nl-NL", "Zou u uw recensie nog eens tegen het licht willen houden?", {"review.change"}),
    ("aliexpress", "en-US", "Might you rethink the wording of what you wrote about our store?", {"review.change"}),
    ("aliexpress", "de-DE", "Ihr Kommentar ist sehr scharf formuliert. Könnten Sie ihn etwas abmildern?", {"review.change"}),
    ("aliexpress", "pl-PL", "Pani opinia jest dość ostra. Czy mogłaby Pani ją nieco złagodzić?", {"review.change"}),
    ("amazon", "zh-CN", "问题已经解决，希望您的评论能够反映真实情况。", {"review.change"}),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "You asked how to delete your review. Open Your Account, then Your Profile. Find the review and select 'Delete'. The decision is entirely yours."),
    ("amazon", "de-DE", "Sie hatten gefragt, wie Sie Ihre Rezension bearbeiten können. Öffnen Sie „Mein Konto“. Wählen Sie dort die Rezension und klicken Sie auf „Bearbeiten“."),
    ("amazon", "en-US", "Amazon informed us that it removed a review on this listing. That was Amazon's decision; your replacement ships tomorrow."),
    ("aliexpress", "nl-NL", "Naar aanleiding van uw recensie hebben we de handleiding herzien en een vertaling toegevoegd."),
    ("aliexpress", "pl-PL", "Po lekturze Pani recenzji zaktualizowaliśmy opis produktu."),
    ("aliexpress", "es-ES", "No ofrecemos nada a cambio de valoraciones, pero aquí tiene su batería de repuesto, enviada hoy."),
    ("aliexpress", "it-IT", "Non offriamo nulla in cambio di un feedback; il cinturino in garanzia è partito oggi."),
    ("aliexpress", "tr-TR", "Eksik parça teslim edildi. Değerlendirmeniz için teşekkürler, iade de mümkün müdür diye sormuştunuz: evet."),
    ("amazon", "zh-CN", "您询问如何修改自己的评论：请进入“我的账户”，找到该评论后点击“编辑”。是否修改完全由您决定。"),
    ("amazon", "en-US", "Reviews on the old model still mention the loud motor; the new model you ordered has the quieter one."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_batch_y_violation_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_batch_y_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
