"""What CLDR (through Babel) gives today, for tests that compare output with it.

CLDR data changes between Babel releases (Persian «مهٔ» became «مه» in Babel 2.19; long duration
units appeared in zh, fa, ar and ms). A test that embeds CLDR text takes it from here, at test time,
so it checks how the library composes CLDR's pieces, never CLDR's spelling of them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import jdatetime
from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, get_currency_name
from babel.units import format_unit

_WORDS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
PERSIAN_DIGITS = "".join(unicodedata.lookup(f"EXTENDED ARABIC-INDIC DIGIT {word}") for word in _WORDS)
_TO_PERSIAN = str.maketrans("0123456789", PERSIAN_DIGITS)


def digits(locale: str, text: str) -> str:
    """``text`` in the digits the library uses for ``locale`` (Persian digits for fa_IR)."""
    return text.translate(_TO_PERSIAN) if locale == "fa_IR" else text


def number(locale: str, value: int) -> str:
    return digits(locale, format_decimal(value, locale=locale, numbering_system="default"))


def money(locale: str, amount: int, currency: str) -> str:
    """``250,000 Chinese yuan``: CLDR's number, currency name and currency-unit pattern."""
    babel = Locale.parse(locale)
    patterns = babel._data["currency_unit_patterns"]
    pattern = patterns.get(babel.plural_form(amount)) or patterns.get("other") or "{0} {1}"
    name = get_currency_name(currency, count=amount, locale=babel)
    return pattern.replace("{0}", number(locale, amount)).replace("{1}", name)


def gregorian(locale: str, day: dt.date) -> str:
    return digits(locale, format_date(day, "long", locale=locale))


def solar_hijri(day: dt.date) -> str:
    """``۱۲ اردیبهشت ۱۴۰۳``: day, Persian month name, year, in Persian digits."""
    solar = jdatetime.date.fromgregorian(date=day)
    month = jdatetime.date.j_months_fa[solar.month - 1]
    return digits("fa_IR", f"{solar.day} {month} {solar.year}")


def or_list(locale: str, items: list[str]) -> str:
    return format_list([digits(locale, item) for item in items], style="or", locale=locale)


def long_unit_exists(locale: str, unit: str) -> bool:
    """Whether CLDR (this Babel) has the long form of ``duration-<unit>`` for ``locale``."""
    return "duration-" not in format_unit(2, f"duration-{unit}", length="long", locale=locale)


def unit(locale: str, amount: int, unit: str) -> str:
    """A duration as the library shows it: the long form where CLDR has one, else the short form."""
    length = "long" if long_unit_exists(locale, unit) else "short"
    return digits(locale, format_unit(amount, f"duration-{unit}", length=length, locale=locale))
