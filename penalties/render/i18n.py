"""Locales: gettext catalogs for the sentences, Babel (CLDR) for numbers, currencies, units, lists, dates.

Supported locales are :data:`SUPPORTED_LOCALES`. A regional variant falls back to its language
(``fa`` and ``fa_AF`` -> ``fa_IR``, ``zh``/``zh_TW`` -> ``zh_CN``, ``ar_EG`` -> ``ar``,
``ms_MY`` -> ``ms``, ``en_GB`` -> ``en``); anything else raises
:class:`~penalties.core.errors.UnknownLocaleError`, which lists the supported locales.

Sentences are the English templates registered in :mod:`penalties.core.messages` (and by law
modules); they are the msgids of the gettext catalogs ``penalties/locale/<locale>/LC_MESSAGES/
penalties.po``, compiled to ``penalties.mo`` with Babel's own tools. A template without a
translation is used in English, so a new step code never breaks an explanation.

Choices where CLDR falls short (each one is tested):

- digits follow the locale's CLDR default numbering system: Persian (``fa_IR``) gets Persian
  digits (۰-۹) in numbers, dates, article numbers and fractions; Arabic (``ar``) gets the Latin
  digits that CLDR now gives it by default;
- durations use CLDR's long unit form where this Babel has one; older CLDR data lacks it for
  zh, fa, ar and ms (Babel then prints ``91 duration-day``), and there the short form is used
  (``91天``, ``۹۱ روز``). Which applies is probed once per locale and unit when the program runs,
  never assumed, so a Babel upgrade changes the output without breaking it;
- the Arabic "unit" list pattern has repeated its last item in Babel (``3 y، و4 m، و4 m``); a
  locale whose unit list is broken that way (probed when its localizer is built) uses its
  standard list;
- amounts are exact: a whole number is grouped by the locale (``13٬۳۳۳``...), a terminating
  fraction shows all its decimals, any other fraction is whole part and ``n/d`` (``13,333,333 1/3``);
  Persian, whose everyday decimal mark is "/", reads it in words (``۱۳٬۳۳۳٬۳۳۳ و یک‌سوم``) for the
  denominators 2, 3, 4, 5, 6 and 8, and with the fraction slash U+2044 otherwise (``۱ و ۳⁄۷``);
- amounts carry the CLDR currency name (``Chinese yuan``, ``人民币``, ``ریال ایران``,
  ``يوان صيني``, ``ريال إيراني``) with the locale's currency-unit pattern;
- dates for ``fa_IR`` are Solar Hijri (``jdatetime``) with the Gregorian date beside them.

Babel and jdatetime are imported on the first explanation, never by ``import penalties``; every
formatter and catalog is built once per locale and values are cached, so a warm explanation
costs microseconds.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import unicodedata
from collections import OrderedDict
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from ..core import hooks
from ..core.citation import Citation
from ..core.errors import UnknownLocaleError
from ..core.interval import Interval
from ..core.messages import MESSAGES, N_
from ..core.money import Money
from ..core.sanction import SanctionKind
from ..core.term import Term

if TYPE_CHECKING:
    from gettext import NullTranslations

__all__ = ["RTL_LOCALES", "SUPPORTED_LOCALES", "Localizer", "localizer", "resolve_locale"]

#: Locales with a catalog and tested output.
SUPPORTED_LOCALES: tuple[str, ...] = ("en", "zh_CN", "fa_IR", "ar", "ms")
#: Locales written right to left.
RTL_LOCALES: frozenset[str] = frozenset({"fa_IR", "ar"})
#: The gettext domain of the catalogs.
DOMAIN = "penalties"

_BY_LANGUAGE = {locale.split("_")[0]: locale for locale in SUPPORTED_LOCALES}
_CASEFOLD = {locale.lower(): locale for locale in SUPPORTED_LOCALES}


def resolve_locale(locale: object) -> str:
    """The supported locale for ``locale`` (``"fa"`` -> ``"fa_IR"``), or :class:`UnknownLocaleError`."""
    if isinstance(locale, str):
        text = locale.strip().replace("-", "_")
        # POSIX forms: "fa_IR.UTF-8", "en_US@euro".
        text = text.split(".")[0].split("@")[0]
        found = _CASEFOLD.get(text.lower())
        if found is not None:
            return found
        found = _BY_LANGUAGE.get(text.split("_")[0].lower())
        if found is not None:
            return found
    raise UnknownLocaleError(locale, SUPPORTED_LOCALES)


def locale_dir() -> str:
    """The directory that holds ``<locale>/LC_MESSAGES/penalties.mo``."""
    return str(resources.files("penalties").joinpath("locale"))


# Fixed sentences of the renderers (the step templates live in core.messages and law modules).
N_("none")
N_("yes")
N_("no")
N_("{low} to {high}, both included")
N_("more than {low}, up to {high} included")
N_("from {low} included to less than {high}")
N_("more than {low} and less than {high}")
N_("{act}, Art {article}")
N_(", para {paragraph}")
N_(", clause {clause}")
N_(", item {item}")
N_(", note {note}")
N_(", note")
N_("{citation} (amount: {source})")
# Translators: a Solar Hijri date with the Gregorian date beside it (used by fa_IR).
N_("{solar} ({gregorian} Gregorian)")
# Translators: a Gregorian date beyond the Solar Hijri calendar's supported range (fa_IR, 9999-03-21 on).
N_("{gregorian} Gregorian")

# The titles of acts and instruments are msgids too: each law module marks its own with N_ (a
# reader in an act's own language gets its original title, see Localizer.act_title).

_DIGITS = "0123456789"
#: Entries kept per locale in each cache (sentences, formatted values, explanation lines); beyond
#: that the oldest entry goes. The caches are keyed on what callers pass, so they are bounded.
CACHE_SIZE = 4096
_DIGIT_WORDS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
#: CLDR numbering systems (numberingSystems.xml) that are not Latin, by the Unicode name of their digits.
_DIGIT_NAMES = {
    "arab": "ARABIC-INDIC DIGIT",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT",
}
_CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
#: Params whose values are labelled under another name (Art 754's "cases" are circumstances).
_LABEL_FAMILIES = {"cases": "case", "missing": "circumstances", "information_items": "information"}
_PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)\}")


class BoundedCache(OrderedDict[Any, str]):
    """A dict that keeps at most ``limit`` entries, dropping the oldest first (O(1) per entry).

    An ordered dict, not a plain one: deleting a plain dict's first entry leaves a hole that the
    next ``next(iter(d))`` walks over, so a full cache that churns costs O(holes) per entry.
    """

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: Any, value: str) -> None:
        if len(self) >= self.limit:
            self.popitem(last=False)
        self[key] = value


class Localizer:
    """Formats values and sentences for one supported locale (build with :func:`localizer`)."""

    def __init__(self, locale: str) -> None:
        from babel import Locale
        from babel.support import Translations

        self.locale = locale
        self.rtl = locale in RTL_LOCALES
        self.babel = Locale.parse(locale)
        translations: NullTranslations = Translations.load(locale_dir(), [locale], DOMAIN)
        self._gettext = translations.gettext
        self._pgettext = translations.pgettext
        self._numbering = "default"
        self._plural = self.babel.plural_form  # the locale's plural rule, looked up once
        # Babel gives the locale's numbering system and its symbols (٬ and ٫ for fa), but formats
        # the digits themselves in Latin; the digits of the system come from Unicode's names.
        digit_name = _DIGIT_NAMES.get(self.babel.default_numbering_system)
        self._digits = None
        if digit_name is not None:
            digits = "".join(unicodedata.lookup(f"{digit_name} {word}") for word in _DIGIT_WORDS)
            self._digits = str.maketrans(_DIGITS, digits)
        self._text: BoundedCache = BoundedCache(CACHE_SIZE)
        self._values: BoundedCache = BoundedCache(CACHE_SIZE)
        self._lines: BoundedCache = BoundedCache(CACHE_SIZE)
        self._unit_list_ok = self._check_unit_list()
        self._group = self._probe_whole_numbers()
        self._currency_names: dict[tuple[str, str], tuple[str, str]] = {}
        self._items: dict[int, str] = {}
        #: (kind, act id) -> label; the entry ``None`` holds the number of messages it was made with.
        self._kinds: dict[Any, Any] = {}
        self._long_forms: dict[str, bool] = {}  # one entry per duration unit (day, month, year)

    # -- sentences ---------------------------------------------------------------------------
    def gettext(self, text: str) -> str:
        """The translation of ``text`` (the English itself when the catalog has none)."""
        found = self._text.get(text)
        if found is None:
            found = self._gettext(text) if self.locale != "en" else text
            if _placeholders(found) != _placeholders(text):
                found = text  # a broken translation never breaks an explanation
            self._text.put(text, found)
        return found

    def fill(self, template: str, **values: str) -> str:
        """Translate ``template`` and fill in already formatted ``values``."""
        return self.gettext(template).format(**values)

    def item_number(self, index: int) -> str:
        """``3.``, ``۳.``: the number of an item of a list in an explanation."""
        found = self._items.get(index)
        if found is None:
            found = self.digits(str(index)) + "."
            if len(self._items) < 1000:
                self._items[index] = found
        return found

    def cited(self, text: str, basis: Citation) -> str:
        """``text [citation]``, as explanations and outlines cite their lines."""
        return f"{text} [{self.citation(basis)}]"

    def heading(self, text: str) -> str:
        """``text:``, the line above what follows it (``text：`` in Chinese)."""
        return self.fill(N_("{line}:"), line=text)

    def memo(self, key: Any, make: Any) -> str:
        """``make()`` cached under ``key`` (a line of an explanation); the cache stays bounded."""
        found = self._lines.get(key)
        if found is None:
            found = make()
            self._lines.put(key, found)
        return found

    @property
    def lines(self) -> BoundedCache:
        """The cache of :meth:`memo`, for a renderer that looks many lines up in a row."""
        return self._lines

    def label(self, key: str, fallback: str) -> str:
        """The translated label registered as ``key`` (``"kind.fine"``), else ``fallback``.

        A key ``"<name>@<act id>"`` is an act's own wording of a label: its template is looked up
        with the act id as gettext context (``msgctxt``), so one English word ("fine") can read
        罚金 for one act and 罚款 for another; without a translation in that context the plain
        translation of the template is used.
        """
        template = MESSAGES.get(key)
        if template is None:
            return fallback
        _, at, context = key.partition("@")
        if at and self.locale != "en":
            cache_key = (context, template)
            found = self._text.get(cache_key)
            if found is None:
                found = self._pgettext(context, template)
                if found == template or _placeholders(found) != _placeholders(template):
                    found = self.gettext(template)
                self._text.put(cache_key, found)
            return found
        return self.gettext(template)

    def readings(self, value: Any) -> str:
        """The open readings of a case that depart from the defaults (``defaults`` when none does)."""
        import attrs

        defaults = type(value)()
        names = [field.name for field in attrs.fields(type(value))]
        chosen = [name for name in names if getattr(value, name) != getattr(defaults, name)]
        if not chosen:
            return self.gettext(N_("defaults"))
        items = [
            self.fill(
                N_("{reading}: {value}"),
                reading=self.param("reading", name),
                value=self.reading_value(name, getattr(value, name)),
            )
            for name in chosen
        ]
        text = self.list(items)
        if len(chosen) < len(names):
            text = self.fill(N_("{chosen} (others: defaults)"), chosen=text)
        return text

    def reading_value(self, reading: str, value: str) -> str:
        """The label of one value of an open reading (``"reading.<name>.<value>"``)."""
        return self.label(f"reading.{reading}.{value}", self.param("value", value))

    # -- numbers -----------------------------------------------------------------------------
    def digits(self, text: str) -> str:
        """``text`` with ASCII digits in the locale's digits (article numbers, fractions)."""
        return text if self._digits is None else text.translate(self._digits)

    def number(self, value: int | Fraction) -> str:
        """An exact number: grouped whole part; all decimals of a terminating fraction; else ``n/d``."""
        key = ("n", value)
        found = self._values.get(key)
        if found is None:
            found = self._number(value)
            self._values.put(key, found)
        return found

    def _probe_whole_numbers(self) -> str | None:
        """The group separator, when Python's own grouping of whole numbers gives Babel's text.

        Babel formats a whole number in about 20 µs; Python's ``format(n, ",")`` in well under one.
        The two agree for every supported locale today (groups of three, the locale's separator),
        but that is CLDR's data, not ours: it is checked here once per locale, on numbers of every
        size and sign, and Babel stays the formatter wherever they differ.
        """
        from babel.numbers import format_decimal

        symbols = self.babel.number_symbols
        group = symbols.get(self.babel.default_numbering_system, symbols.get("latn", {})).get("group")
        if not isinstance(group, str):
            return None
        samples = (0, 7, -7, 999, 1000, -1000, 12_345, 1_234_567, -98_765_432, 10**39 + 123, -(10**20))
        for grouping in (True, False):
            for sample in samples:
                with localcontext() as context:
                    context.prec = 100
                    babel = format_decimal(
                        sample,
                        locale=self.babel,
                        numbering_system=self._numbering,
                        decimal_quantization=False,
                        group_separator=grouping,
                    )
                ours = format(sample, ",").replace(",", group) if grouping else str(sample)
                if babel != ours:
                    return None
        return group

    def _decimal(self, value: int | Decimal, grouping: bool = True) -> str:
        if type(value) is int and self._group is not None:
            return self.digits(format(value, ",").replace(",", self._group) if grouping else str(value))
        from babel.numbers import format_decimal

        with localcontext() as context:
            # Amounts reach 40 digits (the cap in core.money); the default precision is 28.
            context.prec = 100
            return self._format_decimal(format_decimal, value, grouping)

    def _format_decimal(self, format_decimal: Any, value: int | Decimal, grouping: bool) -> str:
        return self.digits(
            str(
                format_decimal(
                    value,
                    locale=self.babel,
                    numbering_system=self._numbering,
                    decimal_quantization=False,
                    group_separator=grouping,
                )
            )
        )

    def _number(self, value: int | Fraction) -> str:
        if type(value) is int:
            return self._decimal(value)
        fraction = Fraction(value)
        if fraction.denominator == 1:
            return self._decimal(fraction.numerator)
        terminating = _terminating_decimal(fraction)
        if terminating is not None:
            return self._decimal(terminating)
        sign = "-" if fraction < 0 else ""
        whole, rest = divmod(abs(fraction.numerator), fraction.denominator)
        if self.locale == "fa_IR":
            # "/" is the everyday Persian decimal mark: a fraction reads in words ("و یک‌سوم").
            tail = _persian_fraction(rest, fraction.denominator, self.digits)
            return f"{sign}{self._decimal(whole)} و {tail}" if whole else f"{sign}{tail}"
        tail = self.digits(f"{rest}/{fraction.denominator}")
        return f"{sign}{self._decimal(whole)} {tail}" if whole else f"{sign}{tail}"

    def _plural_sample(self, value: int | Fraction) -> int | Decimal:
        """A number with the plural category of ``value`` (a non-whole number: ``n.5``)."""
        if type(value) is int:
            return value
        return Decimal(int(value)) + Decimal("0.5")

    # -- money, terms, ranges ----------------------------------------------------------------
    def money(self, value: Money) -> str:
        """``250,000 Chinese yuan``, ``۲۵۰٬۰۰۰ یوآن چین``: CLDR currency name and unit pattern."""
        key = ("m", value.amount, value.currency)
        found = self._values.get(key)
        if found is None:
            amount = value.amount
            if self.locale == "zh_CN" and value.currency == "CNY":
                # Chinese statutes write amounts of renminbi as "二十五万元": 250,000元, not 250,000人民币.
                found = self.fill(N_("{amount} yuan"), amount=self.number(amount))
            else:
                sample = amount if type(amount) is int else self._plural_sample(amount)
                pattern, name = self._currency_unit(value.currency, self._plural(sample), sample)
                found = pattern.replace("{0}", self.number(amount)).replace("{1}", name)
            self._values.put(key, found)
        return found

    def _currency_unit(self, currency: str, plural: str, sample: int | Decimal) -> tuple[str, str]:
        """The unit pattern and the currency's name for a plural category (kept per locale).

        Babel picks the name by the plural category of the count, so one category always gives
        one name: the first count of each category asks Babel, the others reuse its answer.
        """
        key = (currency, plural)
        found = self._currency_names.get(key)
        if found is None:
            from babel.numbers import get_currency_name

            patterns = self.babel._data["currency_unit_patterns"]
            pattern = patterns.get(plural) or patterns.get("other") or "{0} {1}"
            name = get_currency_name(currency, count=sample, locale=self.babel)
            found = self._currency_names[key] = (pattern, name)
        return found

    def term(self, value: Term) -> str:
        """``3 years, 4 months``; ``3年4个月``; ``۹۱ روز``: CLDR duration units, readable forms."""
        key = ("t", value.amount, value.unit)
        found = self._values.get(key)
        if found is None:
            parts = [self._unit(amount, unit.value) for amount, unit in value.parts()]
            found = parts[0] if len(parts) == 1 else self.list(parts, "unit")
            self._values.put(key, found)
        return found

    def _unit(self, amount: int | Fraction, unit: str) -> str:
        from babel.units import format_unit

        measure = f"duration-{unit}"
        sample = self._plural_sample(amount)
        length: Literal["long", "short"] = "long" if self._has_long_form(measure) else "short"
        text = self.digits(
            str(format_unit(sample, measure, length=length, locale=self.babel, numbering_system=self._numbering))
        )
        if type(amount) is not int:
            # The plural form comes from the sample; the number is shown exactly.
            from babel.numbers import format_decimal

            shown = self.digits(str(format_decimal(sample, locale=self.babel, numbering_system=self._numbering)))
            text = text.replace(shown, self.number(amount))
        return text

    def _has_long_form(self, measure: str) -> bool:
        """Whether this Babel's CLDR has the long form of ``measure`` here (probed once, then kept).

        Without a pattern Babel prints the unit's code (``91 duration-day``); CLDR added the long
        forms for zh, fa, ar and ms in later releases, so this is found out, not assumed.
        """
        found = self._long_forms.get(measure)
        if found is None:
            from babel.units import format_unit

            probe = str(format_unit(2, measure, length="long", locale=self.babel))
            found = self._long_forms[measure] = "duration-" not in probe and measure not in probe
        return found

    def value(self, value: Money | Term) -> str:
        return self.money(value) if isinstance(value, Money) else self.term(value)

    def interval(self, value: Interval[Any]) -> str:
        """A range in words that say which ends are included (以上 / 以下 in Chinese)."""
        low, high = value.low, value.high
        if type(low) is Money and type(high) is Money:
            # Keyed on plain numbers: hashing a range of amounts runs three Python-level hashes.
            key: Any = ("i", low.amount, high.amount, low.currency, value.low_closed, value.high_closed)
        else:
            key = ("i", value)
        found = self._values.get(key)
        if found is None:
            low = self.value(value.low)
            if value.is_point:
                found = low
            else:
                high = self.value(value.high)
                if value.low_closed and value.high_closed:
                    template = N_("{low} to {high}, both included")
                elif value.high_closed:
                    template = N_("more than {low}, up to {high} included")
                elif value.low_closed:
                    template = N_("from {low} included to less than {high}")
                else:
                    template = N_("more than {low} and less than {high}")
                found = self.fill(template, low=low, high=high)
            self._values.put(key, found)
        return found

    def bound(self, value: Money | Term) -> str:
        return self.value(value)

    # -- lists, dates, citations -------------------------------------------------------------
    def list(self, items: list[str], style: str = "standard") -> str:
        """A list joined the locale's way (``a, b, and c``; ``a、b和c``; ``a، b و c``)."""
        if not items:
            return self.gettext(N_("none"))
        if len(items) == 1:
            return items[0]
        if style == "unit" and not self._unit_list_ok:
            style = "standard"
        from babel.lists import format_list

        return str(format_list(items, style=style, locale=self.babel))  # type: ignore[arg-type]

    def _check_unit_list(self) -> bool:
        from babel.lists import format_list

        joined = format_list(["\u2460", "\u2461"], style="unit", locale=self.babel)
        return joined.count("\u2460") == 1 and joined.count("\u2461") == 1

    def date(self, value: _dt.date) -> str:
        """``May 1, 2024``; ``2024年5月1日``; ``۱۲ اردیبهشت ۱۴۰۳ (۱ مهٔ ۲۰۲۴ میلادی)``."""
        key = ("d", value)
        found = self._values.get(key)
        if found is None:
            from babel.dates import format_date

            gregorian = self.digits(str(format_date(value, "long", locale=self.babel)))
            if self.locale == "fa_IR":
                import jdatetime

                try:
                    solar = jdatetime.date.fromgregorian(date=value)
                except ValueError:
                    # jdatetime stops at the Solar Hijri year 9377 (Gregorian 9999-03-20): the
                    # Gregorian date stands alone, labelled as such, rather than a wrong one.
                    found = self.fill(N_("{gregorian} Gregorian"), gregorian=gregorian)
                else:
                    month = jdatetime.date.j_months_fa[solar.month - 1]
                    day = self._decimal(solar.day, grouping=False)
                    year = self._decimal(solar.year, grouping=False)
                    solar_text = f"{day} {month} {year}"
                    found = self.fill(N_("{solar} ({gregorian} Gregorian)"), solar=solar_text, gregorian=gregorian)
            else:
                found = gregorian
            self._values.put(key, found)
        return found

    def act_title(self, citation: Citation) -> str:
        """The act's title in the locale: the original title in its own language, else translated."""
        original = _original_title(citation.act_id)
        if original is not None and original[0] == self.locale.split("_")[0]:
            return original[1]
        return self.gettext(citation.act)

    def citation(self, value: Citation) -> str:
        """``PRC Data Security Law, Art 45, para 1``; ``《中华人民共和国数据安全法》第45条第1款``."""
        key = ("c", value)
        found = self._values.get(key)
        if found is None:
            article, suffix = self.digits(value.article), ""
            if self.locale == "zh_CN":
                # 第253条之一: an inserted article is numbered "之一", "之二" after its base article.
                main, sep, after = article.partition("-")
                if sep and after in _ZH_ORDINAL:
                    article, suffix = main, "之" + _ZH_ORDINAL[after]
            text = self.fill(N_("{act}, Art {article}"), act=self.act_title(value), article=article) + suffix
            if value.paragraph is not None:
                text += self.fill(N_(", para {paragraph}"), paragraph=self.digits(str(value.paragraph)))
            if value.clause is not None:
                text += self.fill(N_(", clause {clause}"), clause=self.clause(value.clause))
            if value.item is not None:
                # A Chinese item number (第三项) reads in the digits of the article and paragraph.
                item = _ZH_NUMBERS.get(value.item, value.item)
                text += self.fill(N_(", item {item}"), item=self.digits(item))
            if value.note is not None:
                if value.note:
                    text += self.fill(N_(", note {note}"), note=self.digits(value.note))
                else:
                    text += self.gettext(N_(", note"))
            if value.source:
                source = self.figure("source", value.source)
                text = self.fill(N_("{citation} (amount: {source})"), citation=text, source=source)
            found = text
            self._values.put(key, found)
        return found

    def figure(self, name: str, text: str) -> str:
        """What a citation or a trace step says of an Iranian figure, in the locale.

        ``text`` is the English the data wrote (``Citation.source``, a decree's label, a figure's
        sources); the phrase behind it is translated: the decree's title, number and dates, the
        status, each source's short name and notes. An unknown text (an edited JSON) stays as it is.
        """
        if self.locale == "en":
            return text
        key = ("f", name, text)
        found = self._values.get(key)
        if found is None:
            phrase = _phrase_of(name, text)
            found = text if phrase is None else self._phrase_value(name, phrase)
            self._values.put(key, found)
        return found

    def _phrase_value(self, name: str, value: Any, reading: str = "") -> str:
        if isinstance(value, tuple):
            return _SEPARATORS.get(self.locale, ", ").join(self._phrase_value(name, item) for item in value)
        if not isinstance(value, str):
            return self._phrase(value)
        if name == "title":
            return self.gettext(value)
        if name == "status":
            return self.label(f"status.{value}", value)
        if name == "source":
            return self.label(f"source.{value}@source", value)
        if name == "factor":
            return self.number(Fraction(value))
        if name in ("low", "high"):
            return self.number(int(value.replace(",", "")))
        if name == "reading":
            return self.param("reading", value)
        if name == "value":
            return self.reading_value(reading, value)
        if name in ("word", "text"):
            return value if name == "word" else self.gettext(value)
        return self.digits(value)  # numbers, dates, articles, years

    def _phrase(self, phrase: Any) -> str:
        values = dict(phrase.values)
        if self.locale == "fa_IR" and "original" in values:
            # A Persian reader gets the instrument's official title, with its number and date.
            return str(values["original"])
        filled = {
            name: self._phrase_value(name, value, str(values.get("reading", "")))
            for name, value in phrase.values
            if name != "original"
        }
        return self.fill(phrase.template, **filled)

    def clause(self, letter: str) -> str:
        """A clause letter of an article (Iran: ``"d"`` for د) as the locale writes it.

        The letters are labels (``"clause.d"``): Persian and Arabic write the statute's own letter
        (د), Chinese the clause's place in the article (4), Malay and English the Latin letter.
        """
        return self.label(f"clause.{letter}", self.digits(letter))

    def counts(self, name: str, value: Any) -> str:
        """Counts per class (``information_items``): ``trajectory: 50``, each class a label."""
        items = [
            self.fill(N_("{name}: {value}"), name=self.param(name, key), value=self.number(count))
            for key, count in value.counts
        ]
        return self.list(items, "unit")

    # -- step params -------------------------------------------------------------------------
    def kind(self, kind: SanctionKind, act_id: str | None = None) -> str:
        """The label of a sanction kind; an act may name it its own way (``kind.fine@cn.cl``: 罚金)."""
        key = (kind, act_id)
        labels = self._kinds
        if labels.get(None) != len(MESSAGES):
            # A law module loaded since registered its labels: look every kind up again.
            labels.clear()
            labels[None] = len(MESSAGES)
        found = labels.get(key)
        if found is None:
            if act_id is not None and f"kind.{kind.value}@{act_id}" in MESSAGES:
                found = self.label(f"kind.{kind.value}@{act_id}", kind.label)
            else:
                found = self.label(f"kind.{kind.value}", kind.label)
            if len(labels) < 4096:  # act ids come from the assessments: bounded all the same
                labels[key] = found
        return found

    def param(self, name: str, value: Any, act_id: str | None = None) -> str:
        """One step param, formatted for the locale by its type (see ``penalties.core.messages``)."""
        kind = type(value)
        if kind is Money:  # the common types first, by exact type
            return self.money(value)
        if kind is int:
            return self.number(value)
        if isinstance(value, Interval):
            return self.interval(value)
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, bool):
            return self.gettext(N_("yes") if value else N_("no"))
        if isinstance(value, (int, Fraction)):
            return self.number(value)
        if isinstance(value, SanctionKind):
            return self.kind(value, act_id)
        if isinstance(value, enum.Enum):
            return self.param(name, value.value)
        if isinstance(value, (tuple, list, frozenset, set)):
            # A set is shown in a stable order: by its members' values (enumerations do not order).
            items = sorted(value, key=_order) if isinstance(value, (set, frozenset)) else value
            return self.list([self.param(name, item, act_id) for item in items])
        if isinstance(value, str):
            if name in ("decree", "sources"):
                return self.figure(name, value)
            family = _LABEL_FAMILIES.get(name, name)
            if family == "clause":
                return self.clause(value)
            if f"{family}.{value}" in MESSAGES:
                return self.label(f"{family}.{value}", value)
            if value.isascii() and value.isdigit():
                # A year or a number written as text (a schedule of 1399): the locale's digits,
                # never grouped.
                return self.digits(value)
            if _CODE.match(value) or (value.isalpha() and value.islower()):
                # A code without a label reads with spaces ("especially_serious" -> "especially serious").
                return value.replace("_", " ")
            # A sentence of a law module (a branch's condition, a reason), marked for translation.
            return self.gettext(value)
        if isinstance(getattr(value, "counts", None), tuple):
            return self.counts(name, value)
        if isinstance(value, _dt.date):
            return self.date(value)
        if isinstance(value, Citation):
            return self.citation(value)
        return self.digits(str(value))


def _order(item: Any) -> tuple[int, int | Fraction, str]:
    if isinstance(item, (int, Fraction)) and not isinstance(item, bool):
        return (0, item, "")
    return (1, 0, str(item.value) if isinstance(item, enum.Enum) else str(item))


#: Persian words of the common fractions' numerators (1-7) and denominators (2, 3, 4, 5, 6, 8).
_FA_NUMERATORS = dict(zip(range(1, 8), ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت"), strict=True))
_FA_DENOMINATORS = {3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 8: "هشتم"}


def _persian_fraction(numerator: int, denominator: int, digits: Any) -> str:
    """A proper fraction in Persian: words for common denominators, else ``n⁄d`` (U+2044).

    ``1/2`` is «نیم»; ``n/d`` for d in 3, 4, 5, 6, 8 is the numerator's word and the ordinal joined
    by a zero-width non-joiner (یک‌سوم، دو‌سوم، سه‌چهارم); any other fraction is written with the
    fraction slash in Persian digits (۱⁄۷), never "/", which Persian readers take for a decimal mark.
    """
    if (numerator, denominator) == (1, 2):
        return "نیم"
    if denominator in _FA_DENOMINATORS and numerator in _FA_NUMERATORS:
        return f"{_FA_NUMERATORS[numerator]}\u200c{_FA_DENOMINATORS[denominator]}"
    return str(digits(f"{numerator}\u2044{denominator}"))


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _terminating_decimal(value: Fraction) -> Decimal | None:
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    scaled = value * 10**places
    return Decimal(scaled.numerator).scaleb(-places)


#: How a figure's sources are separated (English: ", ").
_SEPARATORS = {"zh_CN": "、", "fa_IR": "، ", "ar": "، "}

_ZH_ORDINAL = dict(zip("123456789", "一二三四五六七八九", strict=True))
#: Chinese numerals of items (一 to 二十) -> ASCII digits.
_ZH_NUMBERS = {
    **{zh: str(n) for n, zh in enumerate("一二三四五六七八九十", 1)},
    **{"十" + zh: str(10 + n) for n, zh in enumerate("一二三四五六七八九", 1)},
    "二十": "20",
}


@lru_cache(maxsize=64)
def _original_title(act_id: str) -> tuple[str, str] | None:
    """The language and original title of a catalogued act (loads that act only)."""
    from ..catalog import ACTS, catalog

    if act_id not in ACTS:
        return None
    act = catalog(act_id)[0].act
    return (act.language, act.title_original) if act.language and act.title_original else None


def _phrase_of(name: str, text: str) -> Any:
    """The phrase an act's data wrote as ``text`` (see ``core.hooks``), or ``None``."""
    for attempt in range(2):
        for reader in hooks.each("figure_phrase"):
            phrase = reader(name, text)
            if phrase is not None:
                return phrase
        if attempt == 0:
            # A citation read from JSON or built by hand before its act was loaded.
            hooks.load_declarations()
    return None


def localizer(locale: str) -> Localizer:
    """The cached :class:`Localizer` of ``locale`` (any spelling :func:`resolve_locale` accepts)."""
    if not isinstance(locale, str):
        raise UnknownLocaleError(locale, SUPPORTED_LOCALES)
    return _localizer(locale)


@lru_cache(maxsize=64)
def _localizer(locale: str) -> Localizer:
    resolved = resolve_locale(locale)
    if resolved != locale:
        return _localizer(resolved)
    return Localizer(resolved)
