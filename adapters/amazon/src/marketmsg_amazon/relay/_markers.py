"""What Amazon relay mail looks like, as data: domains, senders, markers, footers, notice fingerprints.

Every entry cites its source. Amazon publishes no format for these e-mails, so most facts are third-party
observations ([3p]) from public parsers and fixtures (fact sheet ``platforms/amazon.md`` §4.3/§4.3b). The parser
therefore keys on *structure* (a line of dashes with words in it opens and closes the buyer's text) and uses the
words below only to name the locale and to recognise an end marker; a marker that changes tomorrow still parses.

Every pattern here runs on mail a stranger wrote, so each is linear: bounded or possessive repeats, anchors that
cannot span lines (``[ \\t]`` where ``\\s`` would let ``^\\s*`` run across a megabyte of blank lines from every line
start). The scans that need more than one pattern live in ``_template.py``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BEGIN_MARKERS",
    "COMM_MGR_TOK_RE",
    "DELIVERY_FAILURE_FINGERPRINTS",
    "END_MARKERS",
    "FOOTER_CUTS",
    "MARKETPLACE_TLDS",
    "OPT_OUT_FINGERPRINTS",
    "ORDER_ID_RE",
    "QUOTE_CUTS",
    "RELAY_ADDRESS_RE",
    "RETURN_TOPIC_WORDS",
    "SELLER_COPY_SUBJECT_RE",
    "SELLER_COPY_TYPE",
    "SUBJECT_ORDER_RE",
    "SYSTEM_LOCAL_PARTS",
    "TLD_LANGUAGE",
]

# The 22 marketplace TLDs with relay MX records (public helpdesk classifier, checked 2026-08 [3p], §4.3b).
# Longest first so "com.br" wins over "com".
MARKETPLACE_TLDS: Final[tuple[str, ...]] = (
    "com.au", "com.be", "com.br", "com.mx", "com.tr", "co.jp", "co.uk",
    "com", "ae", "ca", "de", "eg", "es", "fr", "ie", "in", "it", "nl", "pl", "sa", "se", "sg",
)  # fmt: skip
_TLD_ALT = "|".join(re.escape(t) for t in MARKETPLACE_TLDS)

# Buyer alias: `<local>[+<case id>]@marketplace.amazon.<tld>`, anchored so `…amazon.com.evil.example` never
# matches (§4.2 FAQ G200383320; `+case` suffix §4.3b).
RELAY_ADDRESS_RE: Final = re.compile(
    rf"^(?P<local>[a-z0-9]{{6,64}})(?:\+(?P<case>[a-z0-9]{{1,64}}))?@marketplace\.amazon\.(?P<tld>{_TLD_ALT})$",
    re.IGNORECASE,
)

# Default reply language per marketplace (same classifier [3p]); the buyer's own language wins when known.
TLD_LANGUAGE: Final[dict[str, str]] = {
    "com": "en", "co.uk": "en", "ca": "en", "com.au": "en", "in": "en", "sg": "en", "ie": "en",
    "de": "de", "fr": "fr", "it": "it", "es": "es", "com.mx": "es", "co.jp": "ja", "nl": "nl", "com.be": "nl",
    "se": "sv", "pl": "pl", "com.tr": "tr", "com.br": "pt", "ae": "ar", "eg": "ar", "sa": "ar",
}  # fmt: skip

# Amazon system senders (local parts on amazon.<tld> / marketplace.amazon.<tld>): §4.3 "donotreply@marketplace.amazon.*,
# do-not-reply@amazon.com, auto-communication@amazon.com" [3p]; the rest from the public classifier [3p].
SYSTEM_LOCAL_PARTS: Final[frozenset[str]] = frozenset(
    {
        "donotreply", "do-not-reply", "no-reply", "noreply", "auto-communication", "auto-confirm",
        "order-update", "payments-messages", "account-update", "seller-performance", "community-help",
        "seller-notification", "notifications",
    }
)  # fmt: skip

# Copies of the seller's own replies sent from Seller Central: header value and subjects "Your e-mail to <buyer>"
# / pt-BR "Seu e-mail para <nome>" (§4.3b [3p]). They answer the buyer (stop the SLA clock), never start a thread.
SELLER_COPY_TYPE: Final = "BBC_MESSAGE_CONFIRMATION_TO_MERCHANT"
SELLER_COPY_SUBJECT_RE: Final = re.compile(
    r"^(?:your e-?mail to|seu e-?mail para)\s++(?P<name>.+)", re.IGNORECASE
)

# Amazon order id 3-7-7 (§4.3).
ORDER_ID_RE: Final = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
# "(Order: 111-…)" in subjects; localised labels vary, the parenthesised id does not (§4.3).
SUBJECT_ORDER_RE: Final = re.compile(r"\(\s*+[^()\d]{0,30}?:?\s*+(\d{3}-\d{7}-\d{7})\s*+\)")

# `[commMgrTok:<id>]` — the Communication Manager id, same as `msg=` in the no-response-needed link (§4.3).
COMM_MGR_TOK_RE: Final = re.compile(r"\[commMgrTok:\s*+([^\[\]\s]{1,120}+)\s*+\]", re.IGNORECASE)
# Item lines "1 of <title> [ASIN: B0…]" (§4.3) and the dashed markers are scanned by _template.py.

# Begin markers by language. Sources: en "Begin message" §4.3 (2016 fixtures) and "Message:" (2020+ [3p]);
# pt "Início da mensagem" §4.3, pt-BR 2026 "Mensagem:" / "Iniciar mensagem" §4.3b; de "Nachricht:", fr "Message :",
# es "Mensaje:", it "Messaggio:", pl "Wiadomość:" from a public Gmail-based parser [3p]. ja, nl, sv: no public
# sample found — the words below are Amazon's UI wording as best known and UNCONFIRMED; structure still parses.
BEGIN_MARKERS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("begin message", "message:", "message"),
    "de": ("nachricht:", "beginn der nachricht", "nachricht"),
    "fr": ("message :", "début du message"),
    "es": ("mensaje:", "inicio del mensaje", "mensaje"),
    "it": ("messaggio:", "inizio del messaggio", "messaggio"),
    "pt": ("início da mensagem", "mensagem:", "iniciar mensagem", "mensagem"),
    "ja": ("メッセージ:", "メッセージ：", "メッセージ開始", "メッセージ"),
    "nl": ("bericht:", "begin van bericht", "bericht"),
    "pl": ("wiadomość:", "początek wiadomości", "wiadomość"),
    "sv": ("meddelande:", "början av meddelandet", "meddelande"),
}
END_MARKERS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("end message", "end of message"),
    "de": ("ende der nachricht",),
    "fr": ("fin du message",),
    "es": ("fin del mensaje", "finalizar mensaje"),
    "it": ("fine del messaggio",),
    "pt": ("fim da mensagem", "encerrar mensagem", "mensagem final"),
    "ja": ("メッセージ終了", "メッセージここまで"),
    "nl": ("einde bericht", "einde van bericht"),
    "pl": ("koniec wiadomości",),
    "sv": ("slut på meddelandet", "meddelandet slut"),
}

# Quoted history: everything from the first such line on is earlier mail, not this message (§4.3 "--- Original
# message ---"; Outlook "-----Original Message-----" in the 2016 fixture; "On … wrote:" conventions).
QUOTE_CUTS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"^[ \t]*+-{2,}+[ \t]*+(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
               r"messaggio originale|mensagem original|oorspronkelijk bericht|oryginalna wiadomość|"
               r"ursprungligt meddelande|元のメッセージ)[ \t]*+-{2,}+[ \t]*+$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^[ \t]*+(?:On|Am|Le|El|Il|Em|Op|Dnia|Den)[ \t][^\n]{4,200}?(?:wrote|schrieb|a écrit|escribió|"
               r"ha scritto|escreveu|schreef|napisał|skrev)(?:[ \t][^\n]{0,80}?)?[ \t]*+:[ \t]*+$",
               re.IGNORECASE | re.MULTILINE),
    re.compile(r"^[ \t]*+From:[ \t][^\n]*+\n[ \t]*+Sent:[ \t][^\n]*+\n[ \t]*+To:\s", re.IGNORECASE | re.MULTILINE),
    # Two or more consecutive lines quoted with ">".
    re.compile(r"^>[^\n]*+\n>", re.MULTILINE),
)  # fmt: skip

# Footer pieces that end the buyer's text when no end marker is present (§4.3/§4.3b, localised).
FOOTER_CUTS: Final[tuple[str, ...]] = (
    "was this email helpful", "war diese e-mail hilfreich", "cette e-mail vous a-t-il été utile",
    "le ha resultado útil este correo", "questa email ti è stata utile", "este e-mail foi útil",
    "resolve case", "report questionable activity", "solucionar o caso", "denunciar atividade questionável",
    "to mark this message as no response needed", "for your information: to help arbitrate disputes",
    "wichtiger hinweis:", "wenn sie glauben, dass diese nachricht", "we want you to buy with confidence",
    "[commmgrtok:",
)  # fmt: skip

# Notices. Opt-out: "buyer has chosen to opt out" (confirmed by a public classifier's fixtures [3p]) and the FAQ's
# wording "opted out of … unsolicited messages" (G200383320). Delivery failure: "We were unable to deliver the
# message you sent" [3p].
OPT_OUT_FINGERPRINTS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"buyer\s+has\s+chosen\s+to\s+opt[\s-]?out", re.IGNORECASE),
    re.compile(r"has\s+opted\s+out\s+of\s+receiving\s+(?:unsolicited\s+)?messages", re.IGNORECASE),
)
DELIVERY_FAILURE_FINGERPRINTS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"we\s+were\s+unable\s+to\s+deliver\s+the\s+message\s+you\s+sent", re.IGNORECASE),
    re.compile(
        r"nous\s+n['’]avons\s+pas\s+pu\s+(?:remettre|livrer|d[ée]livrer)\s+(?:le|votre)\s+message", re.I
    ),
    re.compile(
        r"\b(?:message\s+(?:could\s+not|was\s+not)\s+(?:be\s+)?delivered|undeliverable\s+message)\b", re.I
    ),
)

# Return requests, by the thread's topic (the subject's contact reason, or an Amazon notice's subject), in every
# language the parser knows (BEGIN_MARKERS plus the TLD_LANGUAGE defaults tr/ar). en: the relay subject "Return
# policy inquiry from Amazon customer …" (§4.3 [3p]) for Seller Central's contact reason "Returns Policy" (G1701
# [doc]), and Amazon's return-request notification ("Amazon will send you an email when a buyer creates a return
# request", Seller Central G200708210 [doc]; its subject wording not captured). Other languages: each
# marketplace's own word for returns (amazon.de "Rücksendung/Rückgabe", .fr "retour", .es/.com.mx "devolución",
# .it "reso/restituzione", .com.br "devolução", .co.jp "返品", .nl/.com.be "retour", .pl "zwrot", .se "retur",
# .com.tr "iade", .ae/.sa/.eg "إرجاع") — localised relay subjects were not observed [unconfirmed wording]. Matched
# as word stems on the topic folded to lower case without accents (so "devolução" and "devolucao" both match).
RETURN_TOPIC_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("return*",),
    "de": ("rucksend*", "ruckgabe*", "retoure*"),
    "fr": ("retour*",),
    "es": ("devolucion*",),
    "it": ("reso", "resi", "restituzion*"),
    "pt": ("devoluc*",),
    "ja": ("返品",),
    "nl": ("retour*",),
    "pl": ("zwrot*",),
    "sv": ("retur*",),
    "tr": ("iade*",),
    "ar": ("ارجاع", "استرجاع"),
}  # "*": the word's ending may follow ("returns", "rücksendung"); without it the whole word ("reso", not
#      "resolution"). Words of scripts written without spaces (ja) or joined to articles (ar) match anywhere.
