"""Messenger apps, handles and local idioms for them: an invitation to leave the platform.

Two strengths. *Invitations* block wherever they occur outside a refusal: a handle (``@shop_help``, ``wxid_…``,
``wa.me/…``), an app followed by an id or number ("WhatsApp: +49…", "LINE ID abc"), and the idioms buyers and
sellers use for "add me" (加V, 加我微信, 카톡 주세요, "me chama no zap", "напишите в ватсап"). A bare *mention* of
an app ("our service team is on WhatsApp") blocks too, unless its sentence presents the app as a product
feature ("the watch shows WhatsApp notifications") or refuses it ("we cannot chat on WhatsApp, only here").

Source: off-platform inducement (../shared/anchors/ecosystem.md §1.4; the platforms' contact-detail rules as
cited by each pack).
"""

from __future__ import annotations

import re

from ._lexicon import Phrase, Scan, phrase
from ._prefilter import for_search, grouped
from ._vetoes import buyer_request_refused, checkout_named, scam_notice

__all__ = ["find_messengers", "phrases"]

Span = tuple[int, int, str]

# App names as people write them, in the languages the rules cover (Latin, Cyrillic, Arabic, Hebrew, Hangul, CJK).
_APPS = (
    r"whats\s?app|whatsapp|whatsie|whatsi|watsapp|wats\s?app|w[\s.\-]?h[\s.\-]?a[\s.\-]?t[\s.\-]?s[\s.\-]?a[\s.\-]?p[\s.\-]?p|wh@ts\s?app|سناب|wasap|guasap|wassap|zalo|wpp|wechat|we\s+chat|weixin|telegram|télégram|skype|viber|kakao\s?talk|snapchat|"
    r"discord|signal\s+app|facebook\s+messenger|fb\s+messenger|messenger\s+app|instagram\s+(?:dm|direct)|insta\s+dm|"
    # "ping me on tele gram", "on peut jaser sur Messenger" (tuning dp-en-011, dj-fr-004, stop 46)
    # (the preposition looked behind, by its length: the match stays the app's name)
    r"tele\s+gram|(?:(?<=(?:on|op|på|su)\s)|(?<=(?:sur|via|por|auf)\s)|(?<=(?:pelo|über)\s))messenger|"
    r"imo\s+app|line\s*\(?\s*(?:id|app|account)|ватсап|вотсап|вацап|ватсапп|телеграм(?:м)?|вайбер|скайп|واتساب|(?:ال)?واتس(?:\s?اب)?|"
    r"تيليجرام|تلغرام|فايبر|(?:ال)?ماسنجر|וואטסאפ|ווטסאפ|ווצאפ|וואצאפ|טלגרם|왓츠앱|텔레그램|카카오톡|카톡|위챗|라인\s*(?:id|아이디)|"
    r"微信|威信|薇信|徽信|v信|ワッツアップ|テレグラム|スカイプ|カカオトーク"
)
_APP_ANCHORS = (
    "whats|whatsapp|watsapp|wats|w h a t s|w-h-a-t-s|w.h.a.t.s|wh@ts|سناب|wasap|guasap|wassap|zalo|wpp|wechat|we chat|weixin|telegram|télégram|skype|viber|kakao|"
    "snapchat|discord|signal|messenger|instagram|insta|imo|line|tele gram|ماسنجر|ватсап|вотсап|вацап|телеграм|вайбер|скайп|واتس|تيليجرام|تلغرام|فايبر|"
    "וואטסאפ|ווטסאפ|ווצאפ|וואצאפ|טלגרם|왓츠앱|텔레그램|카카오톡|카톡|위챗|라인|微信|威信|薇信|徽信|v信|ワッツ|テレグラム|スカイプ|カカオ"
)

# Mentions: an app name on its own.
# Inflected in Polish, Russian transliterations, Dutch ("na WhatsAppie", "w Viberze", "WhatsAppen"), Turkish case endings
# with or without an apostrophe ("whatsapptan yaz", "Telegram'dan", stop 52 probes).
_MENTION = (
    rf"(?<![a-z0-9_])(?:{_APPS})(?:ie|ze|em|a|u|e|en|'?(?:tan|ten|dan|den|ta|te|da|de|ya|ye))?(?![a-z0-9_])"
)

# "line" after a phone word is a telephone line ("UPS's customer line 1-800-…", "our service line"), not the LINE app
# (issue 12.6 round 6): the hotline itself is judged by the phone rule.
_LINE_NOT_PHONE = "".join(
    rf"(?<!{w}\s)"
    for w in ("customer", "phone", "help", "service", "support", "hot", "telephone", "toll-free", "free", "their", "its",
              "direct", "main", "contact", "info", "sales", "dedicated", "care", "claims", "delivery", "carrier")
) + "line"  # fmt: skip

# Invitations: an app with an id/number after it, handles, links, and the idioms for "add me".
_INVITE = (
    # (not a part number's letters after a hyphen: "PL-VX 6610 2048 7731 0092", stop 49 probes)
    rf"(?<![a-z0-9_-])(?:{_APPS}|wa|tg|{_LINE_NOT_PHONE}|zap|qq|vx|微信|v信|微)(?![a-z0-9_])\s{{0,3}}(?:id|号|號|number|nummer|numero|número|номер|"
    rf"아이디|:|：|=)?\s{{0,3}}[:：]?\s{{0,3}}(?:\+?\d[\d\s-]{{5,18}}\d|@?[a-z][a-z0-9_.-]{{2,30}}\d[a-z0-9_]*)"
    r"|(?<![\w@.„«/])@[a-z0-9_]{3,32}\b(?![@.]\w)"  # not a product name in quotes („@Home Compact“), not a link's path
    r"|\bwxid_[a-z0-9_]+|\bwa\.me/|\bt\.me/|\bline\.me/|\bqm\.qq\.com|\bm\.me/"  # m.me: Facebook Messenger (stop 31)
    r"|(?:微信|威信|薇信|徽信|v信|vx)(?:号|號)|加(?:我們|我们|我)?(?:微信|微|vx|v信|v|q|qq|扣扣|line|賴|赖)|扣扣|企鹅号|qq(?:号|號)"
    # not ガイドライン, オンライン, 「ベーシック」ライン, nor a factory's line (製造ラインで作られた, stop 40)
    # nor a fill mark ("タンクのMAXラインを超えないよう": blind batch ED, stop 44)
    r"|(?<![ァ-ヺー」』a-z])(?<!製造)(?<!生産)(?<!組立)(?<!工場)(?<!水位)(?<!目盛)ライン\s{0,2}(?:id|で(?!の)|に|を(?!超え|越え|こえ)|交換|の\s*id)"
    r"|카톡\s{0,2}(?:으로|주세요|추가|친구|아이디|id|연락)|카카오톡\s{0,2}(?:으로|추가|친구|아이디|id)|오픈\s?채팅"
    r"|(?:me\s+chama|chama|manda|fala|fale|me\s+passa)\s+(?:no|um|pelo)\s+(?:zap|whats|wpp)|\b(?:no|pelo|meu|nosso)\s+zap\b|zap\s?zap"
    r"|(?:напишите|пишите|напиши|добавьте|звоните|свяжитесь)\s+(?:нам\s+|мне\s+)?(?:в|на|по)\s+(?:ватсап|вотсап|вацап|телеграм\w*|вайбер)"
    r"|\bline\s{0,2}@|\bline\s+(?:me|us)\b"
    # "mándeme un whats", "agrégueme al wasa", "hit me up on WA", "chat WA aja", "LINEで友だち追加"
    r"|\b(?:un|por|al|mi|el|por\s+el)\s+(?:whats|wasa|wasap|guasap)\b|\b(?:on|via|through|auf|über|op|på)\s+wa\b(?![.'])"
    # … "mándame whats al +86 …", "mi scriva su WA al …", "скину в тг", "wp'den yazın", "加个V：…", "App even naar
    # 06-…", "ajoute-moi sur Snap : lila.bijoux75" (tuning batches DJ, DV, DZ, EE, EJ, DP, stop 45)
    r"|\b(?:m[aá]ndame|escr[ií]beme|env[ií]ame|h[aá]blame)\s+(?:un\s+)?(?:whats|wasa|wasap|guasap|wpp)\b"
    r"|\b(?:scriv\w*|écri\w*|escrib\w*|escrev\w*|m[aá]nd\w*)\s+(?:\w+\s+)?(?:su|sur|por|pelo|al|no)\s+wa\b|в\s+тг\b|\bwp'(?:den|dan|ye|ya)\b"
    r"|加(?:个|個)\s?(?:v|微信|微|vx|wx)|\bapp\s+(?:ff\s+|even\s+)?naar\s+\+?\d|\bappje\s+(?:op|naar|via)\s+\+?\d|\bsnap\s{0,2}[:：]\s{0,2}@?[a-z][a-z0-9_.-]{2,30}\d"
    r"|\b(?:on|via|på|auf|über|sur|su|op|pelo)\s+signal\b|в\s+телег[уе]\b|\bvatsap\w*|\bkakao\s*id\b"
    r"|\b(?:na|przez)\s+messenger(?:ze|a)\b"  # "napisz do mnie na Messengerze" (stop 31, batch AU)
    # Dutch "app me" (WhatsApp me), "电话同薇" (the same number on WeChat), LINE as the way something is sent
    # ("LINEで送りますね", not "LINEの通知" or "LINEでのやり取りはできません"): batch J.
    r"|\bapp\s+(?:me|mij|ons)\b(?!\s+niet)|(?<![a-z])同(?:微信|微|薇|v信|vx|v)"
    # the WeChat id "the same as the number" ("vx同号 138…"), "een appje naar het nummer", LINE offered beside the phone
    # ("LINEかお電話で"): stop 47 probes
    r"|(?:微信|vx|wx|v信|v)同号|\bappje\s+naar\s+(?:het|ons|mijn|dit)\s+nummer\b|(?<![a-z])line\s?(?:か|または|や)\s?(?:お)?電話"
    r"|(?<![a-z])line(?=\s?(?:で(?!の)|へ|から))(?![^。！？\n]{0,20}(?:ません|ない|不可|禁止|通知))"
    # "vx 聊，号是 lin_fushi2023": the app, then its id a few characters on (batch I).
    r"|(?:vx|wx|v信|微信|威信|薇信|qq|扣扣)[^.!?。！？\n]{0,12}?(?:号|號|id)\s*(?:是|为|為|:|：)\s*[a-z][a-z0-9_.-]{3,30}"
    r"|\b(?:chat|hubungi|kontak)\s+(?:via\s+|ke\s+)?wa\b|\bline\s*(?:(?:で|に|の|を)\S{0,6})?(?:友だち|友達|追加|連絡|登録)|友だち追加|友達追加"
    # "me add no whats pra mandar fotos" (tuning batch DP, stop 43)
    r"|\b(?:me\s+add|add\s+me|me\s+adiciona)\s+(?:no|on|in|pelo)\s+(?:whats|zap|wpp)\b"
    # a direct message on a social network, or its handle after its name: "send us a DM on Instagram", "mandaci un DM
    # su Instagram a @bijoux.rosa.store", "write us on Instagram: @shop.name" (a dotted handle, which the bare-handle
    # pattern leaves to the e-mail rule; stop 31, batch AT)
    r"|\b(?:dm|direct\s+message|pn|privatnachricht|mp|md)\b[^.!?。！？\n]{0,20}?\b(?:on|via|su|sur|auf|über|en|no|na|op|på|per|w)\s+"
    r"(?:(?:notre|our|nuestra|nossa|la\s+nostra|unsere[rn]?|onze|naszej|vår)\s+(?:page|página|pagina|seite|pagina|stronie|sida)\s+)?"
    r"(?:instagram|insta|facebook|tiktok)\b"
    r"|(?:\b(?:instagram|insta|facebook|tiktok|snapchat|snap)\b|אינסטגרם|טיקטוק|إنستغرام|انستغرام|انستقرام|انستا|سناب|инстаграм\w*|инсту|インスタ|인스타)"
    r"[^.!?。！？\n@]{0,20}@[a-z0-9_][a-z0-9_.]{2,31}[a-z0-9_]"
    # … or the handle first ("o nosso perfil @belezapura.oficial no Instagram"; the network in the buyer's script and
    # further after its name: "Instagram'dan takip et: @evdekor.tr", "תעקוב אחרינו באינסטגרם @bayit.shop": blind batches
    # EH, EI, stop 44)
    r"|(?<![\w.])@[a-z0-9_][a-z0-9_.]{2,31}[a-z0-9_]\s+(?:no|on|na|en|auf|sur|su|op|på|w|в)\s+(?:instagram|insta|facebook|tiktok)\b"
    # a DM, then the handle to write to ("Instagram'dan DM atın: @gumus.tasarim", "インスタのDMで受け付けています！アカウント
    # は @hanako.handmade", "인스타 DM으로 받고 있어요. @moonlight.handmade 로": blind batch DC, stop 32)
    r"|(?<![a-z0-9_])dm(?![a-z0-9_])[^\n@]{0,40}?(?<![\w.])@[a-z0-9_][a-z0-9_.]{2,31}[a-z0-9_]"
    # the seller's group on VK joined, or written to there ("Вступайте в нашу группу ВКонтакте", "в группе ВКонтакте
    # vk.com/… — пишите в сообщения сообщества", "пишите в личку"): VK's messages are a messenger; its link alone, a
    # video to watch, is the link rule's (tuning dc-ru-005, dp-ru-014, dq-ru-015, dz-ru-013, da-ru-011, stop 45)
    # a direct message on the network with no handle ("커스텀 주문은 인스타 DM으로", "インスタのDMでご連絡ください", "в директ",
    # "Instagram私信": probes, stop 46), a username given after the network ("Instagram'dan DM atın, kullanıcı adımız
    # ahsap.dunyasi", "on tele gram, handle is lumapresets underscore dan": tuning dp-tr-010, dp-en-011), an underscore
    # spelled in a handle after the app ("auf Telegram: ledwelt underscore support": tuning ah-de-009), the buyer asked
    # to add the shop's page ("agréganos en Facebook": tuning dj-es-052)
    r"|(?:(?<![a-z0-9_])(?:instagram|insta)|インスタ|인스타|инстаграм\w*|инсту|انستا\w*|إنستغرام|انستغرام|אינסטגרם)[^.!?。！？\n]{0,15}?"
    r"(?:(?<![a-z0-9_])dm(?![a-z0-9_])|\bdirect\b|директ|私信)|в\s+директ\b"
    r"|(?:\b(?:instagram|insta|facebook|tiktok|telegram|tele\s+gram|snapchat|snap)\b|インスタ|인스타|инстаграм\w*|телеграм\w*)"
    r"[^.!?。！？\n]{0,60}?(?:kullanıcı\s+adı\w*|\busername\b|\buser\s+name\b|\bhandle\b|\bbenutzername\b|nom\s+d'utilisateur|"
    r"\bnombre\s+de\s+usuario\b|\bnome\s+utente\b|\bgebruikersnaam\b|\banvändarnamn\b|\bник\b|ユーザー名|사용자\s?이름)"
    r"\s{0,3}(?:is|ist|est|es|è|é|är|:|：)?\s{0,3}@?[a-z][a-z0-9_.]{2,30}"
    rf"|(?:{_APPS})\s{{0,3}}[:：]?\s{{0,3}}[a-z][a-z0-9]{{1,30}}\s+(?:underscore|unterstrich|tiret\s+bas|guion\s+bajo|trattino\s+basso|"
    r"sublinhado|underline|podkreślnik|understreck|alt\s+çizgi)\s+[a-z0-9]+"
    r"|\bagr[eé]ga(?:me|nos)\s+(?:en|a)\s+(?:facebook|instagram|insta|face)\b"
    r"|(?:вступайте|присоединяйтесь|подписывайтесь|заходите)\s+(?:в\s+)?(?:нашу\s+)?(?:группу|сообщество)\s+(?:вконтакте|вк)\b"
    r"|(?:группе|группу|сообществе)\s+(?:вконтакте|вк)\b(?:[^.!?\n]|\.(?=\S)){0,40}?(?:пишите|напишите|в\s+личку|в\s+личные|сообщения\s+сообщества)"
)
_INVITE_ANCHORS = (
    "whats|whatsapp|watsapp|wats|w-h-a-t-s|w.h.a.t.s|wh@ts|سناب|app me|app mij|app ons|同微|同薇|同v|同号|wpp|wechat|we chat|weixin|telegram|télégram|skype|viber|kakao|line|wa|tg|zap|qq|vx|@|wxid|"
    "wa.me|t.me|line.me|m.me|qm.qq|微信|威信|薇信|徽信|v信|加|扣扣|企鹅|ｑｑ|ライン|ワッツ|テレグラム|スカイプ|カカオ|카톡|카카오톡|오픈|"
    "un whats|por whats|al wasa|wasa|wasap|guasap|on wa|via wa|through wa|chat wa|"
    "友だち|友達|line|zalo|телег|vatsap|kakao|on signal|via signal|no zap|pelo zap|meu zap|nosso zap|"
    "ватсап|вотсап|вацап|телеграм|вайбер|واتس|تيليجرام|تلغرام|فايبر|וואטסאפ|ווטסאפ|טלגרם|왓츠앱|텔레그램|위챗|라인|"
    "signal|snapchat|discord|messenger|instagram|insta|imo|скайп|facebook|tiktok|"
    "вступайте|присоединяйтесь|подписывайтесь|заходите|группе вк|группу вк|сообществе вк|вконтакте|"
    "mándame|mandame|escríbeme|escribeme|envíame|enviame|háblame|hablame|su wa|sur wa|por wa|pelo wa|al wa|no wa|тг|wp'|"
    "加个|加個|naar|snap|appje|انستا|"
    "dm|direct|директ|私信|インスタ|인스타|инстаграм|инсту|إنستغرام|انستغرام|אינסטגרם|tele gram|agrégame|agréganos|agregame|agreganos"
)

_LINE_UPPER = re.compile(r"\bLINE\b(?:\s*(?:ID|@|:))")

# A sentence presenting the app as a product feature is not an invitation.
_FEATURE_WORDS = (
    # a camera or sensor sending its alarms to the app (batch T: "Bewegungsalarme an WhatsApp", "invia avvisi su Telegram")
    r"alarm|allarm|\blarm\b|\bavvis\w*|"
    # messages shown on a watch ("die Uhr kann WhatsApp und Telegram Nachricht zeigen": blind batch EE, stop 44)
    r"\b(?:an)?zeig(?:en|t)\b|"
    # the app installed on the device or run twice on it, messages read out by the earbuds (batch AQ)
    r"\b(?:pode|podem|can|kann|peut|puede|può|kan)\s+(?:\w+\s+)?instal\w*|\bçift\s+uygulama\b|\biki\s+ayrı\b|מקריא\w*|"
    r"notif|alert|benachrichtig|mitteilung|notifica|notificaç|melding|powiadomie|aviser|\bavisos\b|notis\b|bildirim|"
    r"уведомлен|оповещен|إشعار|התראה|התראות|알림|通知|提醒|compatib|kompatib|support(?!\s+(?:number|team|line|hotline|agent|staff|desk|cent(?:er|re)|chat))|suporta|unterstütz|"
    r"ondersteun\w*|\badmite\b|obsługuj\w*|\bstöd(?:er|jer)\b|destekl\w*|поддержива\w*|يدعم|תומכ\w*|"
    r"prend\s+en\s+charge|תומך|"
    # a device sending its own summaries or alerts to the app (batch M)
    r"riepilog\w*|resocont\w*|\bsummary\b|zusammenfassung|résumé|resumen|resumo|samenvatting|podsumowani\w*|"
    r"sammanfattning|veckosammanfattning|özet\w*|сводк\w*|ملخص|תקציר|סיכום|요약|レポート|摘要|تنبيه\w*|"
    # Video calls and messages read aloud by a device, in the covered languages (batch J).
    r"chamadas?\s+de\s+v[ií]deo|videollamad\w*|videochiamat\w*|appels?\s+vidéo|videoanruf\w*|videogesprek\w*|"
    r"połączeni\w*\s+wideo|videosamtal|görüntülü\s+(?:arama|görüşme)|видеозвон\w*|مكالم\w*\s+(?:ال)?فيديو|"
    r"שיחות\s+וידאו|영상\s?통화|ビデオ通話|视频通话|視訊通話|ad\s+alta\s+voce|sesli\s+oku\w*|vorles\w*|liest\s+\w+\s+vor|"
    r"à\s+voix\s+haute|en\s+voz\s+alta|em\s+voz\s+alta|leest\s+\w+\s+voor|na\s+głos|läser\s+upp|зачитыва\w*|"
    r"読み上げ|朗读|"
    r"兼容|支持|対応|지원|smartwatch|smart\s+watch|uhr\s+zeigt|montre|reloj|orologio|relógio|horloge|zegarek|"
    r"klocka|saat|часы|ساعة|שעון|시계|手表|腕時計|caller\s+id|anruf|llamadas\s+y|chiamate\s+e|chamadas\s+e|"
    # What a device does with an app's messages: shows, vibrates for, shares to (issue 12.6 round 4).
    r"\bshare\s+(?:\w+\s+){0,3}?(?:to|via|on)\b|\bsharing\b|\bteilen\b|\bpartag\w*|\bcompart\w*|\bcondivid\w*|"
    r"\bvibr\w*|показыва\w*|отобража\w*|يعرض|מציג|표시|显示|顯示|表示|着信|来电|來電|"
    r"(?:messages?|nachrichten|mensajes|messaggi|mensagens|berichten|wiadomości|meddelanden|сообщени\w*)\s+"
    r"(?:from|aus|von|de|da|do|dos|di|del|van|z|från|из|от)\s+(?:\w+\s+)?(?:whats|tele|wechat|line|viber|signal|kakao|ватсап|телеграм)|"
    r"\bapps?\s+(?:like|such\s+as|wie|comme|como|come)\b|\bsync\w*|\bsynchron\w*|\bintegrat\w*|\bpairs?\s+with\b|"
    r"\bteilt\b|\bgeteilt\b|\b(?:pelo|no)\s+aplicativo\b|\b(?:via|through|in)\s+the\s+(?:companion\s+)?app\b|"
    r"\büber\s+die\s+app\b|\bpar\s+l'app\w*|\b(?:por|en|desde)\s+la\s+(?:app|aplicaci[oó]n)\b|\bread(?:s)?\s+out\b|"
    # Screens and cameras that show or push an app's calls and alerts (issue 12.6 round 5).
    r"\bdisplay\w*|\bvideo\s+calls?\b|\bmirror\w*|推送|プッシュ|"
    # a device or tablet that runs the app; the app's messages as a compound noun ("WhatsApp-berichten")
    r"\bruns\b|\bworks\s+(?:fine\s+|well\s+)?with\b|\bpre-?installed\b|-(?:berichten|nachrichten|meldungen|notifications?|"
    r"benachrichtigungen|anrufe|oproepen|meddelanden|samtal)\b|"
    # calls in the app taken on a headset, apps that come preinstalled, photos received in it printed (batch R)
    r"\bappels?\b|\bllamadas?\b|\bchiamate?\b|\bchamadas?\b|\boproep\w*|\bpołącze\w*|\bsamtal\b|\bgörüşme\w*|"
    # calls in the plural, as a headset lists them ("WhatsApp-gesprekken", "WhatsApp aramalarıyla": stop 40)
    r"-gesprekken\b|\baramalar(?:ıyla|ı\s+ile|ını\s+destekl\w*)|"
    r"\bзвонк\w*|\bзвонит\w*|مكالم\w*|שיחו?ת|통화|通话|通話|"
    # (and "ma fabrycznie zainstalowanego WhatsAppa", factory-installed: tuning batch DP, stop 43)
    r"\bpr[ée]-?instal\w*|\bvorinstall\w*|\bpreinstall\w*|\bförinstaller\w*|\bпредустановл\w*|מותקן\s+מראש|\bfabrycznie\s+zainstalowan\w*|\bfactory-?installed\b|"
    r"사전\s*설치|预装|預裝|プリインストール|显示|顯示|\bstamp[ai]\w*|\bimprim\w*|\bdruck\w*|\bprints?\b|"
    r"음성으로|읽어|"
    r"thông\s+báo|hiển\s+thị|\bannounc\w*|\bearbuds|\bheadphones|kopfhörer|écouteurs|auriculares|auricolari|\bfones\b|"
    # photos kept in the phone's gallery, the app's camera, any app, its share button (blind batch DD, stop 32)
    r"\bgaler\w*|\bgallery\b|галере\w*|גלרי\w*|\bcam[eé]ra\b|câmera|камер\w*|"
    r"\b(?:any|qualquer|cualquier|qualsiasi|jeder|toute)\s+(?:app|aplicativo|aplicación|applicazione|application)\b|поделиться|"
    # voice messages sent from earbuds, shortcut keys for the app, messages read aloud ("dá pra mandar áudio no WhatsApp
    # sem tirar o celular do bolso", "snabbknappar för Teams, Slack och WhatsApp Desktop", "להקריא הודעות וואטסאפ":
    # stop 49 probes)
    r"\báudios?\b|\baudio\s+messages?\b|\bvoice\s+(?:messages?|notes?)\b|sprachnachricht\w*|mensajes?\s+de\s+voz|"
    r"mensagens?\s+de\s+voz|messaggi\s+vocali|messages?\s+vocaux|spraakbericht\w*|wiadomości\w*\s+głosow\w*|"
    r"röstmeddelande\w*|sesli\s+mesaj\w*|голосов\w+\s+сообщени\w*|رسائل\s+صوتية|הודעות\s+קוליות|להקריא|הקראת|"
    r"음성\s*메시지|语音消息|語音訊息|ボイスメッセージ|\bsnabbknapp\w*|\bshortcuts?\b|\bhotkeys?\b|tastenkürzel|"
    r"\braccourcis?\b|\batajos?\b|scorciatoi\w*|\bskrót\w*|kısayol\w*|горяч\w+\s+клавиш\w*|\bdesktop\b|"
    # the app that can be installed on the device, and voice calls through it ("WhatsApp, Telegram och Signal går att
    # installera via Google Play", "카카오톡, 라인, 왓츠앱 설치 가능합니다", "可以安装微信、WhatsApp 和 Telegram", "WhatsApp and
    # Telegram voice calls": stop 52 probes)
    r"\bgår\s+att\s+installera\b|\bcan\s+be\s+installed\b|\binstallierbar\b|\bse\s+puede\s+instalar\b|\bsi\s+può\s+installare\b|"
    r"\bpeut\s+être\s+installé\w*|\bkan\s+geïnstalleerd\b|\bmożna\s+zainstalować\b|можно\s+установить|yüklenebilir|kurulabilir|"
    r"يمكن\s+تثبيت|(?:אפשר|ניתן)\s+להתקין|설치\s*(?:가능|할\s*수)|(?:可以|可|能)(?:安装|安裝)|インストール(?:可能|でき)|\bvoice\s+calls?\b"
)
_FEATURE = for_search(_FEATURE_WORDS)  # only searched for: whether the sentence names a feature
# "Works with" in the other languages ("Das Headset funktioniert mit Teams, Zoom und Skype"): a feature only in a
# sentence that asks nothing ("Unser Service funktioniert mit WhatsApp am schnellsten: schreiben Sie uns dort" is an
# invitation; stop 41).
_WORKS_WITH = grouped(
    r"\b(?:funktioniert\s+(?:\w+\s+)?mit|fonctionne\s+avec|funciona\s+(?:bien\s+|sin\s+problemas?\s+|perfectamente\s+|sem\s+problemas?\s+|perfeitamente\s+)?(?:con|com)|funziona\s+con|"
    r"werkt\s+(?:\w+\s+)?met|działa\s+z|fungerar\s+(?:\w+\s+)?med|работает\s+с)\b|يعمل\s+مع|עובד\s+עם"
)
_NEGATION = (
    # "我們不會要求您加LINE或微信付款" (we never ask you to add …; blind batch DE, stop 32)
    "不會要求",
    "不会要求",
    # "平台不让用微信沟通" (the platform does not allow WeChat: blind batch EH, stop 44)
    "不让",
    "不讓",
    # "我们不会通过微信、QQ联系您", "no disponemos de WhatsApp", "não temos WhatsApp" (stop 33)
    "不会通过",
    "不會通過",
    "no disponemos",
    " no tenemos",
    "não temos",
    " not ",
    "never",
    # "Wir kontaktieren Sie niemals über WhatsApp", "Wij nemen nooit contact op via WhatsApp" (a scam warning, stop 40)
    "niemals",
    # "We don't use WhatsApp for customer service", "No utilizamos WhatsApp para atender …" (stop 40)
    "don't use",
    "don't offer",
    "don't provide",
    "don't have",
    " no utilizamos",
    " no atendemos",
    "nooit",
    "aldrig",
    " asla ",
    "никогда",
    "أبدا",
    "أبداً",
    "לעולם",
    "only via",
    "only through",
    "only here",
    "cannot",
    "can't",
    "nicht",
    "kein",
    "nur über",
    " pas ",
    "jamais",
    "uniquement",
    " no por ",
    " no a ",
    " no en ",
    " no podemos",
    # the seller's own number or app not given: "no puedo darte mi WhatsApp", "אסור לי לתת טלפון או וואטסאפ" (tuning
    # batch DP, stop 43) — not "no puedo escribir mucho aquí, mejor por WhatsApp"
    " no puedo dar",
    # the Gulf and Egyptian "we can't", the Hebrew "it is not possible" before the app ("ما نقدر نتواصل على الواتساب",
    # "אי אפשר לדבר בוואטסאפ": tuning batch DS, stop 43)
    "ما نقدر",
    "مش هنقدر",
    "אי אפשר",
    " no puedo pasar",
    " no puedo compartir",
    "אסור",
    " no usamos",
    "no es posible",
    "no se puede",
    "nunca",
    "solo a través",
    "sólo",
    "solo por aquí",
    "solo podemos",
    " non ",
    "solo tramite",
    " não ",
    "nao ",
    "apenas",
    " niet ",
    " geen ",
    "alleen via",
    " nie ",
    "tylko",
    " inte ",
    "endast",
    "bara här",
    "değil",
    "yalnızca",
    "sadece",
    "kullanmıyoruz",
    " не ",
    "только",
    " لا ",
    "فقط",
    " לא ",
    " רק ",
    "않",
    "없",
    "できません",
    "使用しません",
    "お控え",
    "不能",
    "不可以",
    "不使用",
    "不用",
    "没有",
    "沒有",
    "无法",
    "無法",
    "只能",
    # "我们没办法接受微信或者支付宝私下转账" (stop 48 probes)
    "没办法",
    "沒辦法",
    "不接受",
)
# "Don't hesitate to contact us on WhatsApp" is an invitation: these phrases are no refusal.
_NOT_A_REFUSAL = grouped(
    r"don't\s+hesitate|do\s+not\s+hesitate|n'hésitez\s+pas|no\s+dude|non\s+esiti|não\s+hesite|zögern\s+sie\s+nicht|"
    r"aarzel\s+niet|nie\s+wahaj|tveka\s+inte|çekinmeyin|не\s+стесняйтесь|不要犹豫|不要猶豫|"
    # a condition about the product, no refusal: "If it still does not work, our engineer can guide you live on
    # Telegram @…" (blind batch ED, stop 44)
    r"\bif\s+(?:it|this|that)\s+(?:still\s+)?(?:does\s+not|doesn't)\s+work\b|\bwenn\s+es\s+(?:immer\s+noch\s+|weiterhin\s+)?nicht\s+(?:funktioniert|klappt)\b|"
    r"\bsi\s+(?:ça|cela)\s+ne\s+(?:fonctionne|marche)\s+(?:toujours\s+)?pas\b|\bsi\s+(?:sigue\s+sin|no)\s+funciona\w*\b|"
    r"\bse\s+(?:ancora\s+)?non\s+funziona\b|\bse\s+(?:ainda\s+)?n[ãa]o\s+funcionar\b|\bals\s+het\s+(?:nog\s+steeds\s+)?niet\s+werkt\b|"
    # … any condition on the product ("Wenn die Hülle nicht passt schreib uns einfach per WhatsApp", "if the case doesn't
    # fit, …": tuning dc-de-002, probes, stop 46)
    # (the clause read may start inside the condition: only its negated verb is left to see)
    r"\bnicht\s+(?:passt|funktioniert|klappt|ankommt|gefällt)\b|\b(?:does\s+not|doesn't|did\s+not|didn't)\s+(?:fit|work|arrive)\b|"
    # "just send us …" ("فقط أرسل لنا صورة التقييم على واتساب": "فقط" is "just" here, not "only"; tuning dk-ar-002)
    r"فقط\s+(?:أرسل|ارسل|راسل|تواصل|اكتب|كلم|ابعت)"
)
# The seller asking the buyer to reach them right before the app ("Add me on WhatsApp and I'll video call you"): an
# invitation even when the sentence also names a feature word (batch I). Further back the ask is about something
# else ("add us as a favourite seller; the watch supports WhatsApp").
_ASK_REACH = 30
_ASK = grouped(
    r"\b(?:add|message|text|write(?:\s+to)?|contact|reach|ping|dm|call)\s+(?:me|us)\b|\bhit\s+(?:me|us)\s+up\b|"
    r"\bf(?:ü|ue)gen\s+sie\s+(?:mich|uns)\b|\bschreib(?:en\s+sie)?\s+(?:mir|uns)\b|\bkontaktier(?:en\s+sie)?\s+(?:mich|uns)\b|"
    r"ajoute[sz]?-(?:moi|nous)|écri(?:vez|s)-(?:moi|nous)|contactez-(?:moi|nous)|envoyez-moi|"
    r"agr[eé]ga(?:me|nos)|añ[aá]de(?:me|nos)|escr[ií]be(?:me|nos)|cont[aá]cta(?:me|nos)|m[aá]nda(?:me|nos)|"
    r"aggiungi(?:mi|ci)|scrivi(?:mi|ci)|scriveteci|contatta(?:mi|ci)|contattateci|"
    r"\bme\s+(?:adiciona|adicione|chama|manda|escreve)\b|adicione-me|fala\s+comigo|"
    r"\bvoeg\s+(?:me|mij|ons)\s+toe\b|\bstuur\s+(?:me|mij|ons)\b|\bapp\s+(?:me|mij|ons)\b|"
    r"\blägg\s+till\s+(?:mig|oss)\b|\bskriv\s+till\s+(?:mig|oss)\b|\bkontakta\s+(?:mig|oss)\b|"
    r"\bdodaj\s+(?:mnie|nas)\b|\bnapisa?(?:z|ć)\s+do\s+(?:mnie|nas)\b|"
    r"\bbeni\s+ekle|\bbana\s+yaz|\bbize\s+yaz|"
    r"добавь(?:те)?\s+(?:меня|нас)|напиши(?:те)?\s+(?:мне|нам)|"
    r"\bcontact(?:ar|e)-(?:me|nos)\b|\bfale\s+conn?osco\b|"  # "pode contactar-me também pelo Viber" (tuning dj-pt-029)
    r"أضفني|اضفني|راسلني|راسلنا|(?:أرسل|ارسل)(?:وا)?\s+(?:لي|لنا)|تواصل\s+معي|תוסיף\s+אותי|הוסף\s+אותי|תכתוב\s+לי|כתבו\s+לנו|שלחו?\s+(?:לי|לנו)|"
    r"추가해|연락\s?주세요|追加して|連絡して|加我|联系我|私聊"
)
# Whether the seller asks in a stretch at all, not where: ``_ASK`` with its word-boundary alternatives behind one
# ``\b`` (``for_search``). Most stretches hold no ask, and ``_ASK`` tried every alternative at each of their positions
# (a 30-character stretch: 13 -> 2.2 µs; the messenger check 1.3 µs a typical message in asks alone): only a stretch
# this finds an ask in is read again for where the ask is.
_ASKS = for_search(_ASK.pattern)
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？", "\n")
# The app's payment wallet, not the messenger: "WeChat Pay", "微信支付", "LINE Pay", "카카오페이".
_WALLET = re.compile(r"\s?(?:pay\b|支付|페이|ペイ)")
_TRANSFER_AFTER = re.compile(r"\s?(?:转账|轉賬|轉帳|付款|打款|汇款|匯款)")


def phrases() -> tuple[Phrase, ...]:
    """The compiled messenger phrases: invitations first, then bare mentions."""
    # "wa", "tg", "qq", "vx" open a window only as tokens of their own: "wa" alone is in "was", "wait", "away" (one
    # message in twelve), and the invitation pattern is the widest the check runs.
    return (phrase(_INVITE_ANCHORS, _INVITE, tokens="wa|tg|qq|vx"), phrase(_APP_ANCHORS, _MENTION))


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    lo = max(low.rfind(p, max(0, start - 200), start) for p in _SENTENCE_MARKS) + 1
    his = [i for i in (low.find(p, end, end + 200) for p in _SENTENCE_MARKS) if i != -1]
    return max(lo, start - 200), min([*his, end + 200, len(low)])


# ("Our support:\n- WhatsApp …" lists the seller's channels: no feature)
_CONTACT_HEADING = re.compile(
    r"\b(?:our|unser\w*|notre|nuestr\w*|nostr\w*|noss\w*|onze|nasz\w*|vår\w*|наш\w*|contact\w*|kontakt\w*|reach)\b|"
    r"support\s*[:：]$|بنا|אלינו|연락|联系|聯繫|連絡"
)
_BULLET = re.compile(r"\s*(?:[•·▪◦*\-–]|\d{1,2}[.)])\s")
#: How many bullet lines up the line introducing a list may stand.
_LIST_LINES = 12


def _feature_list(low: str, start: int) -> bool:
    """Whether the mention stands in a bulleted list whose introducing line (the one ending with a colon) names a
    feature and asks nothing: "Yes, it supports:\n• WhatsApp and Telegram calls …" (stop 52 probes: a list item is a
    sentence of its own, so the feature word of its introduction was not read)."""
    line = low.rfind("\n", 0, start) + 1
    if line == 0 or _BULLET.match(low, line) is None:
        return False
    for _ in range(_LIST_LINES):
        before = low.rfind("\n", 0, line - 1) + 1
        intro = low[before : line - 1].rstrip()
        if intro.endswith((":", "：")):
            return (
                _FEATURE.search(low, before, line) is not None
                and _ASKS.search(low, before, line) is None
                and _CONTACT_HEADING.search(intro) is None
            )
        if before == 0 or _BULLET.match(low, before) is None:
            return False
        line = before
    return False


def _refused(clause: str) -> bool:
    clause = _NOT_A_REFUSAL.sub(" ", clause)
    return any(neg in clause for neg in _NEGATION)


# The app refused right after it: "Via WhatsApp of e-mail mogen we helaas niet praten" (batch O).
_REFUSED_AFTER = re.compile(
    # (also with the verb further back, "WhatsApp dürfen wir über Amazon leider nicht austauschen", and the app not
    # given: "mag je mijn WhatsApp … niet geven", "WhatsApp paylaşamıyoruz", "카톡이나 전화번호를 드릴 수 없습니다": tuning
    # batch DP, stop 43)
    r"[^.!?。！？\n]{0,40}?\b(?:(?:mogen|kunnen)\s+we\s+(?:\w+\s+)?niet|(?:dürfen|können)\s+wir\s+(?:\w+\s+){0,3}?nicht|"
    r"niet\s+(?:geven|delen|sturen|doorgeven)|"
    r"we\s+(?:can'?t|cannot|may\s+not|are\s+not\s+allowed\s+to)|(?:ne\s+)?(?:pouvons|pouvez)\s+pas|no\s+(?:podemos|está\s+permitido)|"
    r"non\s+(?:possiamo|è\s+consentito)|n[ãa]o\s+(?:podemos|[ée]\s+permitido)|nie\s+możemy|får\s+vi\s+inte)\b"
    # the shop never gets in touch that way: "WhatsApp'tan kimseyle iletişime geçmez", "LINEやWeChatでご連絡したり …
    # することは一切ございません", "카톡이나 텔레그램으로 연락드리지 않으며" (a scam warning; stop 31, batch AT)
    r"|[^.!?。！？\n]{0,40}?(?:iletişime\s+geç(?:mez|miyoruz|meyiz)|(?:ödeme|para)\s+iste(?:mez|miyoruz|meyiz)|連絡(?:したり|すること)[^。！？\n]{0,40}?(?:一切)?(?:ございません|ありません)|"
    r"연락(?:을\s*)?(?:드리|하)지\s*않|"
    # the app not used: "WhatsApp kullanmıyoruz", "카카오톡 상담을 하지 않습니다" (stop 40)
    r"kullanm(?:ıyoruz|ayız)|(?:상담|문의\s*응대)(?:을|를)?\s*(?:하|받)지\s*않|paylaşam(?:ıyoruz|ayız|am)|verem(?:iyoruz|eyiz|em)|"
    r"(?:드릴|알려\s*드릴|공유할|공유해\s*드릴)\s*수\s*(?:가\s*)?없|"
    # … nor asks for payment that way: "카카오톡이나 텔레그램으로 결제를 요청하지 않습니다" (blind batch DE, stop 32)
    r"(?:결제|송금|입금)(?:를|을)?\s*요청하지\s*않)"
)


# An app merely named and then refused in its sentence, the verb last or after a "but" ("перейти не можем", "iletişim
# kuramıyoruz", "상담 못 해요", "אנחנו לא יכולים", "不允许站外联系", "gibt es nicht", "via WhatsApp is not possible"):
# read for mentions only, with no ask to reach the seller around the app (14 refusals of blind tuning batches DR and DS
# were read as invitations, stop 43).
_CANNOT_AFTER = re.compile(
    r"[^.!?。！？\n]{0,60}?(?:\b(?:not\s+(?:possible|allowed|permitted)|can(?:'t|not)|(?:is|are)n't\s+(?:possible|allowed))\b|"
    r"\b(?:nicht\s+(?:möglich|erlaubt|gestattet)|gibt\s+es\s+(?:leider\s+)?nicht|geht\s+(?:leider\s+)?nicht)\b|"
    r"\b(?:pas\s+(?:possible|autorisé)|ne\s+pouvons\s+pas)\b|\bno\s+(?:es\s+posible|podemos|está\s+permitido)\b|"
    r"\bnon\s+(?:è\s+possibile|possiamo|è\s+consentito)\b|\b(?:n[ãa]o\s+(?:[ée]\s+poss[íi]vel|podemos|pode)|s[óo]\s+pode(?:mos)?)\b|"
    r"\bniet\s+(?:mogelijk|toegestaan)\b|\bnie\s+(?:możemy|można|jest\s+możliwe)\b|\binte\s+(?:möjligt|tillåtet)\b|"
    r"(?:amıyoruz|emiyoruz|amayız|emeyiz|mümkün\s+değil)|не\s+(?:можем|получится|разрешено)|нельзя|"
    r"لا\s+(?:نستطيع|يمكن|يسمح)|ما\s+نقدر|مش\s+ممكن|לא\s+(?:יכולים|ניתן|מאפשר\w*)|אי\s+אפשר|"
    r"できません|できかねます|不可|어렵습니다|못\s*해|불가|일(?:이|은)\s*(?:절대\s*)?없|不可以|不能|不允许|不允許|无法|無法|不行)"
)


#: An invitation idiom that opens with its own verb ("Напишите в ватсап", "me chama no zap", "加我微信"): an ask,
#: whatever refusal follows ("…, здесь не можем отправить видео").
_VERB_LED = re.compile(
    r"напиш|пиш|добав|звон|свяж|me\s+chama|chama|manda|fala|fale|me\s+passa|me\s+add|add\s+me|加我"
)
#: The app followed by "me"/"us": "WhatsApp me, I can't answer fast here" is an invitation, whatever follows.
_ME_AFTER = re.compile(r"\s*(?:me|us|mir|uns|moi|nous|nos|mi|ci|mij|ons|mnie|nas|mig|oss|мне|нам)\b")


def _refused_after(low: str, lo: int, start: int, end: int, hi: int) -> bool:
    """The app named, then refused in its sentence (``_CANNOT_AFTER``), with no ask to reach the seller around it."""
    return (
        _CANNOT_AFTER.match(low, end, hi) is not None
        and _ME_AFTER.match(low, end) is None
        and _ASKS.search(low, max(lo, start - _ASK_REACH), min(hi, end + 4)) is None
    )


def _clause_before(low: str, lo: int, start: int) -> str:
    """What a refusal is read in: the sentence up to the app, or — when the seller asks to be reached right before
    it ("Wenn es nicht klappt, schreiben Sie mir auf WhatsApp") — only the words around that ask, so a "not" about
    the product earlier in the sentence is no refusal (batch O)."""
    ask = None
    if _ASKS.search(low, max(lo, start - _ASK_REACH), start) is not None:
        for ask in _ASK.finditer(low, max(lo, start - _ASK_REACH), start):  # noqa: B007 - the last ask is wanted
            pass
    if ask is None:
        return " " + low[lo:start]
    head = max(
        lo, ask.start() - 15
    )  # "please don't add me": the words right before the ask, within its clause
    comma = low.rfind(",", head, ask.start())
    return " " + low[comma + 1 if comma != -1 else head : start]


def find_messengers(text: str, scan: Scan, compiled: tuple[Phrase, ...]) -> list[Span]:
    """Messenger invitations and mentions as ``(start, end, detail)``; see the module docstring."""
    low = scan.low
    invite, mention = compiled
    present = scan.present
    if (
        present.isdisjoint(invite.anchor_set)
        and present.isdisjoint(mention.anchor_set)
        and "LINE" not in text
    ):
        return []  # most messages: no app, handle or invitation word at all
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    for start, end in sorted(set(invite.finditer(scan))):
        if low[start] == "@" and start > 0 and low[start - 1].isalnum():
            continue  # an e-mail address, reported by the e-mail rule
        lo, hi = _sentence(low, start, end)
        if _refused(_clause_before(low, lo, start)) or _REFUSED_AFTER.match(low, end, hi) is not None:
            continue
        if (
            (_refused_after(low, lo, start, end, hi) or buyer_request_refused(low, start, end))
            and not any(c.isdigit() for c in low[start:end])
            and _VERB_LED.match(low, start) is None
        ):
            continue  # an idiom with no number or id, then refused: "pelo zap seria mais prático, mas a gente só pode …"
        spans.append((start, end, text[start:end]))
        taken.append((start, end))
    for start, end in sorted(set(mention.finditer(scan))):
        if any(s < end and start < e for s, e in taken):
            continue
        if scam_notice(low):  # remembered per text
            continue  # "that WhatsApp message did not come from us": the app named as the scammers' (blind batch DD)
        if _TRANSFER_AFTER.match(low, end) is not None:
            continue  # "微信转账", "微信付款": the app as a way to pay, which the payment rule reports (tuning AU, BY)
        if _WALLET.match(low, end) is not None and checkout_named(low, start, end):
            continue  # "pay with WeChat Pay at checkout", "结账时可以用微信支付": a payment method on the platform
        lo, hi = _sentence(low, start, end)
        if _refused(_clause_before(low, lo, start)) or _REFUSED_AFTER.match(low, end, hi) is not None:
            continue
        if _refused_after(low, lo, start, end, hi):
            continue  # "в Телеграм или Ватсап перейти не можем", "카톡이나 왓츠앱으론 상담 못 해요": the app named, then refused
        if buyer_request_refused(low, start, end):
            continue  # "U vroeg of we dit verder via WhatsApp kunnen regelen. Helaas …": the buyer's wish, refused
        if _ASKS.search(low, max(lo, start - _ASK_REACH), start) is None and (
            _FEATURE.search(low, lo, hi) is not None
            or (_WORKS_WITH.search(low, lo, hi) is not None and _ASKS.search(low, lo, hi) is None)
            or _feature_list(low, start)
        ):
            continue
        spans.append((start, end, text[start:end]))
    if "LINE" in text:
        spans.extend((m.start(), m.end(), m.group()) for m in _LINE_UPPER.finditer(text))
    spans.sort()
    return spans
