"""Round 21 (issue 12.6): eleven false alarms of the tuning batches, each beside the violation it must still find.

- French "avoir" is a credit note only as a noun ("un avoir de 5 €"), not the verb ("confirmez la réception
  seulement après avoir vérifié l'article" waits for the goods);
- a benefit already given, said after it in the verb-final languages ("부분 환불을 해 드렸으니 평가를 수정해 주실 수
  있을까요?": the refund is done, so it is no offer — the change request stays);
- the buyer's own question about how to delete a review, named by the very words of the match
  ("レビューの削除方法についてお問い合わせいただきました");
- a review removed by the platform, the passive after the verb ("レビューが一件削除されたとの通知を受けました");
- "何卒よろしくお願い申し上げます", the closing formula of every Japanese business letter, is no pressure ("何卒" pressing
  the request itself still is);
- the seller's store on the platform is no own shop: "notre boutique propose un coupon" (the own site or web shop
  still is), "na kolejne zakupy w naszym sklepie" (the noun "zakupy", not the verb "kupić");
- a receipt confirmed already ("수령 확인하신 지 일주일이 지났습니다"), a "2回目" inside the buyer's words quoted 「…」, and
  "positive or negative" in Turkish ("olumlu ya da olumsuz") and Russian ("положительный или отрицательный": the
  adjective is matched atomically, so its ending cannot be given back to slip past the "or negative").
Rows written for this table.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    ("aliexpress", "fr-FR", "Votre colis est en route. Confirmez la réception seulement après avoir vérifié l'article.", set()),
    ("aliexpress", "fr-FR", "Confirmez la réception maintenant et nous vous ferons un avoir de 5 €.", {"order.confirm_receipt_early"}),
    ("amazon", "fr-FR", "Si vous supprimez votre avis, nous vous ferons un avoir de 10 euros.", {"review.change", "review.incentive"}),
    ("aliexpress", "ko-KR", "남겨 주신 별 2개 평가를 확인했습니다. 부분 환불을 해 드렸으니 평가를 수정해 주실 수 있을까요?", {"review.change"}),
    ("aliexpress", "ko-KR", "부분 환불을 해 드릴 테니 평가를 수정해 주실 수 있을까요?", {"review.change", "review.incentive"}),
    ("amazon", "ja-JP", "レビューの削除方法についてお問い合わせいただきました。該当のレビューを選択して「削除」を押してください。", set()),
    ("amazon", "ja-JP", "レビューを削除していただけますか。方法についてご質問があればお知らせください。", {"review.change"}),
    ("amazon", "ja-JP", "Amazonの判断により、本商品のレビューが一件削除されたとの通知を受けました。交換品は明日発送いたします。", set()),
    ("amazon", "ja-JP", "レビューが削除されたら、返金いたします。", {"review.change", "review.incentive"}),
    ("amazon", "ja-JP", "先日いただいた評価を削除していただけないでしょうか。何卒よろしくお願い申し上げます。", {"review.change"}),
    ("amazon", "ja-JP", "何卒、評価の削除をご検討ください。", {"review.change", "review.pressure"}),
    ("aliexpress", "fr-FR", "Notre boutique propose actuellement un coupon de 2 € dès 15 € d'achat, valable jusqu'au 20 juin.", set()),
    ("aliexpress", "fr-FR", "Commandez sur notre propre site, c'est 20 % moins cher qu'ici.", {"offplatform.payment"}),
    ("aliexpress", "fr-FR", "Sur notre site internet, le même article coûte 15 % de moins.", {"offplatform.payment"}),
    ("amazon", "pl-PL", "W ramach przeprosin dodaliśmy do Pana konta kupon o wartości 2 USD na kolejne zakupy w naszym sklepie.", set()),
    ("amazon", "pl-PL", "Proszę kupić bezpośrednio w naszym sklepie internetowym, będzie taniej.", {"offplatform.payment"}),
    ("aliexpress", "ko-KR", "수령 확인하신 지 일주일이 지났습니다. 상품은 잘 쓰고 계신가요?", set()),
    ("aliexpress", "ko-KR", "지금 바로 수령 확인해 주세요.", {"order.confirm_receipt_early"}),
    ("amazon", "ja-JP", "レビューで「2回目の使用で取っ手が外れた」とご指摘いただいた件、不良と判明いたしました。", set()),
    ("amazon", "ja-JP", "2回目のご連絡です。レビューをお願いいたします。", {"review.pressure"}),
    ("amazon", "tr-TR", "Dürüst bir değerlendirme bırakırsanız seviniriz; olumlu ya da olumsuz tüm yorumlar diğer müşterilere yardımcı olur.", set()),
    ("amazon", "ru-RU", "Будем рады честному отзыву: положительный или отрицательный, любой отзыв помогает другим покупателям.", set()),
    ("amazon", "ru-RU", "Если вам понравилось, оставьте, пожалуйста, положительный отзыв, это нам очень помогает.", {"review.positive_only"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_round21_false_alarms_and_their_neighbours(
    platform: str, locale: str, text: str, rules: set[str]
) -> None:
    assert _blocks(text, platform, locale) == rules
