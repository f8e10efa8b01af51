"""Round 22 (issue 12.6): the false alarms of blind batches AC and AD, each beside the violation it must still find.

- a phishing warning names the off-platform payment it warns about ("did not come from us", "stammt nicht von uns",
  "wir fordern niemals Zahlungen …");
- the buyer's own "I'll update my review" quoted back ("my review" is never the seller's request);
- "please update your shipping address" is no review change, even with a star in the product's name;
- 改めてお礼 is thanks, not a repeated request; Hebrew "שוב" (again) is not the start of "שובר" (voucher);
- a hotel's five-star grade (五星級飯店, 5 yıldızlı otel) asks for nothing;
- "erst, wenn die Ware da ist", 没问题再确认收货 and 已经签收 wait for the goods;
- "вы спрашивали, как …" reports the buyer's question; 不会因为评价影响售后 and "dürfen … keinen Rabatt" refuse a trade.
Rows written for this table.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    ("amazon", "en-US", "The e-mail asking you to pay a customs fee by bank transfer did not come from us; every charge goes through Amazon.", set()),
    ("amazon", "en-US", "Please pay the customs fee by bank transfer to our account, it is faster than Amazon.", {"offplatform.payment"}),
    # the disowning must follow the payment it disowns: a seller cannot slip a request past it
    ("amazon", "en-US", "That notice did not come from us, but please pay the fee by bank transfer to our account.", {"offplatform.payment"}),
    ("amazon", "de-DE", "Wichtig: Wir fordern niemals Zahlungen per Überweisung außerhalb von Amazon an.", set()),
    ("amazon", "de-DE", "Zahlen Sie bitte per Überweisung außerhalb von Amazon, dann sparen wir die Gebühren.", {"offplatform.payment"}),
    ("amazon", "en-US", 'You wrote: "I might update my review once the new one arrives." That is entirely up to you.', set()),
    ("amazon", "en-US", "Could you update your review once the new one arrives?", {"review.change"}),
    ("amazon", "en-US", "Your 5 Star Grill set ships today. If you moved, please update your shipping address in Your Orders.", set()),
    ("amazon", "ja-JP", "以前素敵なレビューをいただきましたこと、改めてお礼申し上げます。", set()),
    ("amazon", "ja-JP", "改めてレビューのご投稿をお願いいたします。", {"review.pressure"}),
    ("amazon", "he-IL", "כתבו לנו ונשלח לכם שובר מתנה על האיחור במשלוח.", set()),
    ("amazon", "zh-TW", "這款枕頭是五星級飯店等級的羽絨枕，可機洗。", set()),
    ("amazon", "tr-TR", "Bu havlular 5 yıldızlı otel kalitesinde ve %100 pamuktur.", set()),
    ("aliexpress", "de-DE", "Bitte bestätigen Sie den Erhalt erst, wenn die Ware da ist und Sie alles geprüft haben.", set()),
    ("aliexpress", "de-DE", "Bitte bestätigen Sie den Erhalt jetzt schon, die Ware ist noch unterwegs.", {"order.confirm_receipt_early"}),
    ("aliexpress", "zh-CN", "物流显示已经签收啦，请先检查一下商品，没问题再确认收货哦。", set()),
    ("aliexpress", "zh-CN", "包裹还在路上，请先确认收货，谢谢。", {"order.confirm_receipt_early"}),
    ("amazon", "ru-RU", "Вы спрашивали, как изменить отзыв: откройте «Ваши отзывы» и нажмите «Изменить».", set()),
    ("aliexpress", "zh-CN", "您的评价怎么写都是您的权利，我们不会因为评价影响售后。", set()),
    ("amazon", "de-DE", "Für eine Bewertung dürfen wir Ihnen leider keinen Rabatt anbieten.", set()),
    ("amazon", "de-DE", "Für eine Bewertung bekommen Sie von uns 10 % Rabatt.", {"review.incentive", "marketing.promotion"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_round22_false_alarms_and_their_neighbours(
    platform: str, locale: str, text: str, rules: set[str]
) -> None:
    assert _blocks(text, platform, locale) == rules
