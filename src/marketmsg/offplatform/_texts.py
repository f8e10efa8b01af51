"""The buyer-facing texts of the protocol in the eight supported languages.

The notice states the reason, the external channel (with the contact) and the promise to come back; the
closing summary says what was done off-platform, so the platform's record is complete (shared/DOMAIN.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..templates import choose_language
from ._model import OffPlatformReason

__all__ = ["notice_text", "summary_text"]

_REASON: Mapping[str, Mapping[OffPlatformReason, str]] = {
    "en": {
        OffPlatformReason.OVERSIZED_MEDIA: "the files are too large for this messaging system",
        OffPlatformReason.SAFETY_COMPLIANCE: "this safety or compliance matter cannot be handled here",
    },
    "de": {
        OffPlatformReason.OVERSIZED_MEDIA: "die Dateien für dieses Nachrichtensystem zu groß sind",
        OffPlatformReason.SAFETY_COMPLIANCE: "diese Sicherheits- bzw. Compliance-Frage hier nicht geklärt werden kann",
    },
    "fr": {
        OffPlatformReason.OVERSIZED_MEDIA: "les fichiers sont trop volumineux pour cette messagerie",
        OffPlatformReason.SAFETY_COMPLIANCE: "cette question de sécurité ou de conformité ne peut pas être traitée ici",
    },
    "es": {
        OffPlatformReason.OVERSIZED_MEDIA: "los archivos son demasiado grandes para esta mensajería",
        OffPlatformReason.SAFETY_COMPLIANCE: "este asunto de seguridad o cumplimiento no puede tratarse aquí",
    },
    "it": {
        OffPlatformReason.OVERSIZED_MEDIA: "i file sono troppo grandi per questa messaggistica",
        OffPlatformReason.SAFETY_COMPLIANCE: "questa questione di sicurezza o conformità non può essere gestita qui",
    },
    "pt": {
        OffPlatformReason.OVERSIZED_MEDIA: "os arquivos são grandes demais para este sistema de mensagens",
        OffPlatformReason.SAFETY_COMPLIANCE: "esta questão de segurança ou conformidade não pode ser tratada aqui",
    },
    "ja": {
        OffPlatformReason.OVERSIZED_MEDIA: "ファイルがこのメッセージ機能で送れる大きさを超えている",
        OffPlatformReason.SAFETY_COMPLIANCE: "安全・コンプライアンスに関する事項をここでは扱えない",
    },
    "zh": {
        OffPlatformReason.OVERSIZED_MEDIA: "文件超出了本消息系统的大小限制",
        OffPlatformReason.SAFETY_COMPLIANCE: "此安全或合规事项无法在此处理",
    },
}

_NOTICE: Mapping[str, str] = {
    "en": "Regarding order {order}: because {reason}, we will continue briefly via {channel}: {contact}\n\n"
    "We will come back to this conversation afterwards and post a summary of everything we did.",
    "de": "Zur Bestellung {order}: Da {reason}, machen wir kurz über {channel} weiter: {contact}\n\n"
    "Danach kommen wir in dieses Gespräch zurück und fassen hier alles zusammen, was wir getan haben.",
    "fr": "Concernant la commande {order} : comme {reason}, nous poursuivons brièvement via {channel} : {contact}\n\n"
    "Nous reviendrons ensuite dans cette conversation avec un résumé de tout ce qui a été fait.",
    "es": "Sobre el pedido {order}: como {reason}, seguiremos brevemente por {channel}: {contact}\n\n"
    "Después volveremos a esta conversación y publicaremos un resumen de todo lo que hicimos.",
    "it": "Riguardo all'ordine {order}: poiché {reason}, proseguiamo brevemente tramite {channel}: {contact}\n\n"
    "Poi torneremo in questa conversazione con un riepilogo di tutto ciò che abbiamo fatto.",
    "pt": "Sobre o pedido {order}: como {reason}, continuaremos brevemente por {channel}: {contact}\n\n"
    "Depois voltaremos a esta conversa e publicaremos um resumo de tudo o que fizemos.",
    "ja": "ご注文 {order} について：{reason}ため、{channel}（{contact}）で一時的にやり取りいたします。\n\n"
    "その後、この会話に戻り、対応内容のまとめをこちらに記載いたします。",
    "zh": "关于订单 {order}：由于{reason}，我们将暂时通过{channel}（{contact}）继续沟通。\n\n"
    "之后我们会回到此对话，并在这里发布处理内容的总结。",
}

_SUMMARY: Mapping[str, str] = {
    "en": "Summary of what we handled via {channel} for order {order}:\n{summary}\n\nWe continue here from now on.",
    "de": "Zusammenfassung dessen, was wir über {channel} zur Bestellung {order} erledigt haben:\n{summary}\n\n"
    "Ab jetzt geht es hier weiter.",
    "fr": "Résumé de ce que nous avons traité via {channel} pour la commande {order} :\n{summary}\n\n"
    "Nous continuons ici désormais.",
    "es": "Resumen de lo que tratamos por {channel} sobre el pedido {order}:\n{summary}\n\nA partir de ahora seguimos aquí.",
    "it": "Riepilogo di quanto gestito tramite {channel} per l'ordine {order}:\n{summary}\n\nD'ora in poi proseguiamo qui.",
    "pt": "Resumo do que tratamos por {channel} sobre o pedido {order}:\n{summary}\n\nA partir de agora seguimos aqui.",
    "ja": "ご注文 {order} について {channel} で対応した内容のまとめ：\n{summary}\n\n今後はこちらでご連絡いたします。",
    "zh": "关于订单 {order} 通过{channel}处理内容的总结：\n{summary}\n\n今后我们将继续在这里沟通。",
}


def notice_text(
    reason: OffPlatformReason, channel: str, contact: str, order: str, buyer_locale: str | None
) -> str:
    """The in-platform notice: reason, external channel + contact, promise to return."""
    language = choose_language(buyer_locale)
    return _NOTICE[language].format(
        order=order, reason=_REASON[language][reason], channel=channel, contact=contact
    )


def summary_text(summary: str, channel: str, order: str, buyer_locale: str | None) -> str:
    """The in-platform closing summary."""
    language = choose_language(buyer_locale)
    return _SUMMARY[language].format(summary=summary.strip(), channel=channel, order=order)
