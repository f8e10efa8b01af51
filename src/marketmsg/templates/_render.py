"""Rendering structured replies: Babel picks and formats the locale, a sandboxed Jinja2 renders the parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.languages import get_official_languages
from babel.numbers import format_currency
from jinja2 import StrictUndefined, TemplateError, Undefined, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .._exceptions import ConfigurationError
from ..rules import Report, check
from ._catalog import FRAME, INTENTS, SUPPORTED_LANGUAGES

__all__ = ["RenderedReply", "ReplyTemplate", "choose_language", "compose_reply", "render_reply"]

_PARTS = ("acknowledgement", "solution", "next_step")


def choose_language(
    buyer_locale: str | None = None, buyer_country: str | None = None, *, default: str = "en"
) -> str:
    """The supported language for a buyer: their locale (Amazon ``GetAttributes``, ``de-AT`` -> ``de``) first, then
    the official languages of their country (AliExpress buyer country, ``BR`` -> ``pt``), else ``default``."""
    if buyer_locale:
        try:
            language = Locale.parse(buyer_locale.replace("_", "-"), sep="-").language
        except (UnknownLocaleError, ValueError):
            language = buyer_locale.split("-")[0].split("_")[0].lower()
        if language in SUPPORTED_LANGUAGES:
            return language
    if buyer_country:
        for language in get_official_languages(buyer_country.upper(), de_facto=True):
            base = language.split("_")[0]
            if base in SUPPORTED_LANGUAGES:
                return base
    return default


def _babel_locale(language: str, locale: str | None) -> str:
    try:
        parsed = Locale.parse(locale.replace("_", "-"), sep="-") if locale else None
    except (UnknownLocaleError, ValueError):
        parsed = None
    if parsed is not None and parsed.language == language:
        return str(parsed)
    return language


def _environment(babel_locale: str) -> ImmutableSandboxedEnvironment:
    # Plain-text messages, not HTML: autoescaping would corrupt them; HTML is caught by the content check instead.
    env = ImmutableSandboxedEnvironment(autoescape=False, undefined=StrictUndefined)
    env.filters["date"] = lambda value, fmt="long": format_date(
        _as_date(value), format=fmt, locale=babel_locale
    )
    env.filters["money"] = lambda value, currency: format_currency(
        Decimal(str(value)), currency, locale=babel_locale
    )
    return env


def _as_date(value: object) -> date:
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()  # names the missing variable
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ConfigurationError(f"expected a date or datetime, got {type(value).__name__}", field="values")


@dataclass(frozen=True)
class ReplyTemplate:
    """A reply's three variable parts as Jinja templates (user-editable; rendered in a sandbox)."""

    acknowledgement: str
    solution: str
    next_step: str


@dataclass(frozen=True)
class RenderedReply:
    """A rendered reply: the text, the language used, and the paragraphs it is made of."""

    text: str
    language: str
    paragraphs: tuple[str, ...] = field(default=())

    def check(self, platform: str, *, kind: str | None = None) -> Report:
        """Run the platform's content check on the rendered text (do it before sending user templates)."""
        return check(self.text, platform=platform, locale=self.language, kind=kind)


def compose_reply(
    template: ReplyTemplate | Mapping[str, str],
    *,
    order_id: str,
    buyer_locale: str | None = None,
    buyer_country: str | None = None,
    buyer_name: str | None = None,
    signature: str | None = None,
    values: Mapping[str, Any] | None = None,
) -> RenderedReply:
    """Render thanks / acknowledgement / solution / next step / closing in the buyer's language.

    ``template`` holds the three variable parts (a :class:`ReplyTemplate` or a mapping with the same keys);
    the frame (greeting, thanks with the order id, closing) comes from the built-in catalog. ``values`` are the
    template variables; ``|date`` and ``|money('EUR')`` format with the buyer's locale.
    """
    if not order_id:
        raise ConfigurationError("a reply must name the order id", field="order_id")
    language = choose_language(buyer_locale, buyer_country)
    parts = _parts(template)
    env = _environment(_babel_locale(language, buyer_locale))
    frame = FRAME[language]
    context = {
        **(values or {}),
        "order_id": order_id,
        "buyer_name": buyer_name,
        "signature": signature or frame["signature"],
    }
    sources = [
        frame["greeting_named"] if buyer_name else frame["greeting"],
        frame["thanks"],
        *(parts[name] for name in _PARTS),
        frame["closing"],
    ]
    try:
        paragraphs = tuple(env.from_string(source).render(context).strip() for source in sources)
    except UndefinedError as exc:
        raise ConfigurationError(
            f"the template needs a value that was not given: {exc.message}", field="values"
        ) from exc
    except TemplateError as exc:
        raise ConfigurationError(f"the template cannot be rendered: {exc.message}", field="template") from exc
    # Greeting and thanks share a paragraph; every other part gets its own, short enough to read on a phone.
    body = [f"{paragraphs[0]}\n{paragraphs[1]}", *paragraphs[2:]]
    return RenderedReply(text="\n\n".join(p for p in body if p), language=language, paragraphs=paragraphs)


def _parts(template: ReplyTemplate | Mapping[str, str]) -> Mapping[str, str]:
    if isinstance(template, ReplyTemplate):
        return {name: getattr(template, name) for name in _PARTS}
    missing = [name for name in _PARTS if name not in template]
    if missing:
        raise ConfigurationError(f"the template lacks {', '.join(missing)}", field="template")
    return template


def render_reply(
    intent: str,
    *,
    order_id: str,
    buyer_locale: str | None = None,
    buyer_country: str | None = None,
    buyer_name: str | None = None,
    signature: str | None = None,
    values: Mapping[str, Any] | None = None,
) -> RenderedReply:
    """A built-in reply (``"delivery_status"``: carrier, tracking, shipped_on, expected_by; ``"damaged_item"``:
    days) in the buyer's language.

    >>> from datetime import date
    >>> reply = render_reply("damaged_item", order_id="303-1234567-1234567", buyer_locale="de-DE",
    ...                      values={"days": 3})
    >>> reply.language
    'de'
    """
    catalog = INTENTS.get(intent)
    if catalog is None:
        known = ", ".join(sorted(INTENTS))
        raise ConfigurationError(
            f"unknown reply intent {intent!r}; built-in intents: {known}", field="intent"
        )
    language = choose_language(buyer_locale, buyer_country)
    return compose_reply(
        catalog[language],
        order_id=order_id,
        buyer_locale=buyer_locale if buyer_locale else language,
        buyer_country=buyer_country,
        buyer_name=buyer_name,
        signature=signature,
        values=values,
    )
