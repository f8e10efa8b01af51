"""The built-in reply texts, per language: the frame (greeting, thanks, closing) and two ready intents.

Structure from the sellers' playbook (shared/DOMAIN.md): thanks, acknowledgement of the problem, the solution,
what the buyer should do next, closing — short paragraphs, order id included. Texts are Jinja templates
rendered in a sandbox; they avoid every word the content rules watch (no review requests, no contact details).
Tracking numbers follow a tracking word so the phone rule recognises them as ids.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FRAME", "INTENTS", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "ja", "zh")

#: language -> greeting / greeting_named / thanks / closing / signature.
FRAME: Mapping[str, Mapping[str, str]] = {
    "en": {
        "greeting": "Hello,",
        "greeting_named": "Hello {{ buyer_name }},",
        "thanks": "Thank you for your message about order {{ order_id }}.",
        "closing": "Kind regards,\n{{ signature }}",
        "signature": "Your customer service team",
    },
    "de": {
        "greeting": "Guten Tag,",
        "greeting_named": "Guten Tag {{ buyer_name }},",
        "thanks": "vielen Dank für Ihre Nachricht zur Bestellung {{ order_id }}.",
        "closing": "Freundliche Grüße\n{{ signature }}",
        "signature": "Ihr Kundenservice",
    },
    "fr": {
        "greeting": "Bonjour,",
        "greeting_named": "Bonjour {{ buyer_name }},",
        "thanks": "Merci pour votre message concernant la commande {{ order_id }}.",
        "closing": "Cordialement,\n{{ signature }}",
        "signature": "Votre service client",
    },
    "es": {
        "greeting": "Hola:",
        "greeting_named": "Hola, {{ buyer_name }}:",
        "thanks": "Gracias por su mensaje sobre el pedido {{ order_id }}.",
        "closing": "Un saludo,\n{{ signature }}",
        "signature": "Su servicio de atención al cliente",
    },
    "it": {
        "greeting": "Buongiorno,",
        "greeting_named": "Buongiorno {{ buyer_name }},",
        "thanks": "grazie per il suo messaggio sull'ordine {{ order_id }}.",
        "closing": "Cordiali saluti,\n{{ signature }}",
        "signature": "Il servizio clienti",
    },
    "pt": {
        "greeting": "Olá,",
        "greeting_named": "Olá, {{ buyer_name }},",
        "thanks": "Obrigado pela sua mensagem sobre o pedido {{ order_id }}.",
        "closing": "Atenciosamente,\n{{ signature }}",
        "signature": "Equipe de atendimento",
    },
    "ja": {
        "greeting": "お客様",
        "greeting_named": "{{ buyer_name }} 様",
        "thanks": "ご注文 {{ order_id }} についてご連絡いただき、ありがとうございます。",
        "closing": "今後ともよろしくお願いいたします。\n{{ signature }}",
        "signature": "カスタマーサービス",
    },
    "zh": {
        "greeting": "您好，",
        "greeting_named": "{{ buyer_name }}，您好，",
        "thanks": "感谢您关于订单 {{ order_id }} 的留言。",
        "closing": "祝好，\n{{ signature }}",
        "signature": "客服团队",
    },
}

#: intent -> language -> acknowledgement / solution / next_step.
INTENTS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "delivery_status": {
        "en": {
            "acknowledgement": "I understand you are waiting for your parcel.",
            "solution": "It was shipped on {{ shipped_on|date }} with {{ carrier }}, tracking number {{ tracking }}.",
            "next_step": "Please allow until {{ expected_by|date }} for delivery. If it has not arrived by then, "
            "reply to this message and we will help right away.",
        },
        "de": {
            "acknowledgement": "Ich verstehe, dass Sie auf Ihr Paket warten.",
            "solution": "Es wurde am {{ shipped_on|date }} mit {{ carrier }} verschickt, Sendungsnummer {{ tracking }}.",
            "next_step": "Die Zustellung erfolgt bis zum {{ expected_by|date }}. Sollte es bis dahin nicht da sein, "
            "antworten Sie einfach auf diese Nachricht und wir helfen sofort.",
        },
        "fr": {
            "acknowledgement": "Je comprends que vous attendez votre colis.",
            "solution": "Il a été expédié le {{ shipped_on|date }} avec {{ carrier }}, numéro de suivi {{ tracking }}.",
            "next_step": "La livraison est prévue au plus tard le {{ expected_by|date }}. S'il n'est pas arrivé à "
            "cette date, répondez à ce message et nous vous aiderons aussitôt.",
        },
        "es": {
            "acknowledgement": "Entiendo que está esperando su paquete.",
            "solution": "Se envió el {{ shipped_on|date }} con {{ carrier }}, número de seguimiento {{ tracking }}.",
            "next_step": "La entrega está prevista como muy tarde el {{ expected_by|date }}. Si para entonces no ha "
            "llegado, responda a este mensaje y le ayudaremos enseguida.",
        },
        "it": {
            "acknowledgement": "Capisco che sta aspettando il suo pacco.",
            "solution": "È stato spedito il {{ shipped_on|date }} con {{ carrier }}, numero di tracciamento "
            "{{ tracking }}.",
            "next_step": "La consegna è prevista entro il {{ expected_by|date }}. Se entro quella data non è arrivato, "
            "risponda a questo messaggio e la aiuteremo subito.",
        },
        "pt": {
            "acknowledgement": "Entendo que você está aguardando o seu pacote.",
            "solution": "Ele foi enviado em {{ shipped_on|date }} pela {{ carrier }}, código de rastreio {{ tracking }}.",
            "next_step": "A entrega está prevista até {{ expected_by|date }}. Se não chegar até lá, responda a esta "
            "mensagem e ajudaremos imediatamente.",
        },
        "ja": {
            "acknowledgement": "お荷物をお待ちいただいていることと存じます。",
            "solution": "{{ shipped_on|date }} に {{ carrier }} で発送いたしました。追跡番号は {{ tracking }} です。",
            "next_step": "{{ expected_by|date }} までにお届けの予定です。それまでに届かない場合は、"
            "このメッセージにご返信ください。すぐに対応いたします。",
        },
        "zh": {
            "acknowledgement": "我们理解您正在等待包裹。",
            "solution": "包裹已于 {{ shipped_on|date }} 通过 {{ carrier }} 发出，运单号 {{ tracking }}。",
            "next_step": "预计最晚 {{ expected_by|date }} 送达。如届时仍未收到，请直接回复此消息，我们会立即处理。",
        },
    },
    "damaged_item": {
        "en": {
            "acknowledgement": "I am sorry the item arrived damaged.",
            "solution": "We will send you a replacement free of charge within {{ days }} days.",
            "next_step": "You do not need to send anything back. If anything else is wrong, simply reply here.",
        },
        "de": {
            "acknowledgement": "Es tut mir leid, dass der Artikel beschädigt angekommen ist.",
            "solution": "Wir senden Ihnen innerhalb von {{ days }} Tagen kostenlos einen Ersatz.",
            "next_step": "Sie müssen nichts zurückschicken. Falls noch etwas nicht stimmt, antworten Sie einfach hier.",
        },
        "fr": {
            "acknowledgement": "Je suis désolé que l'article soit arrivé endommagé.",
            "solution": "Nous vous envoyons un article de remplacement gratuitement sous {{ days }} jours.",
            "next_step": "Vous n'avez rien à renvoyer. Si autre chose ne va pas, répondez simplement ici.",
        },
        "es": {
            "acknowledgement": "Siento que el artículo llegara dañado.",
            "solution": "Le enviaremos un artículo de sustitución sin coste en un plazo de {{ days }} días.",
            "next_step": "No necesita enviar nada de vuelta. Si algo más no está bien, responda aquí.",
        },
        "it": {
            "acknowledgement": "Mi dispiace che l'articolo sia arrivato danneggiato.",
            "solution": "Le invieremo gratuitamente un articolo sostitutivo entro {{ days }} giorni.",
            "next_step": "Non deve rispedire nulla. Se c'è altro che non va, risponda pure qui.",
        },
        "pt": {
            "acknowledgement": "Lamento que o item tenha chegado danificado.",
            "solution": "Enviaremos um item de substituição sem custo em até {{ days }} dias.",
            "next_step": "Você não precisa enviar nada de volta. Se algo mais estiver errado, responda aqui.",
        },
        "ja": {
            "acknowledgement": "商品が破損した状態で届きましたこと、誠に申し訳ございません。",
            "solution": "{{ days }} 日以内に代替品を無償でお送りいたします。",
            "next_step": "商品をご返送いただく必要はございません。ほかにご不明な点があれば、こちらにご返信ください。",
        },
        "zh": {
            "acknowledgement": "很抱歉商品到货时已损坏。",
            "solution": "我们将在 {{ days }} 天内免费为您寄出替换商品。",
            "next_step": "您无需寄回任何东西。如有其他问题，请直接在此回复。",
        },
    },
}
