"""The library's exceptions.

Every error raised for bad input derives from :class:`PenaltiesError`, so a caller that embeds
the library can catch one class. Each subclass also derives from the built-in exception a Python
programmer would expect (``LookupError`` for an unknown id, ``ValueError`` for a bad fact), so
``except ValueError`` keeps working too.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

__all__ = [
    "CurrencyMismatchError",
    "InvalidFactError",
    "NotDeterminableError",
    "NotInForceError",
    "PenaltiesError",
    "UnknownActError",
    "UnknownArticleError",
    "UnknownLocaleError",
    "UnknownSanctionKindError",
]


class PenaltiesError(Exception):
    """Base class of every error the library raises on purpose.

    Every error pickles and copies with its message and its fields, so an error raised in a
    worker process (``multiprocessing``, ``concurrent.futures``) reaches the caller as the same
    error. A field whose value cannot be pickled (a generator given as a fact) travels as its
    printable description.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        import pickle

        state = {}
        for name, value in self.__dict__.items():
            try:
                pickle.dumps(value)
            except Exception:
                value = describe(value)
            state[name] = value
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[PenaltiesError], args: tuple[Any, ...], state: dict[str, Any]) -> PenaltiesError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def describe(value: object, limit: int = 100) -> str:
    """A short, always-printable rendering of a bad value for an error message.

    Hostile input must not turn an error message into a second failure: a 5,000-digit integer
    cannot be converted to text at all by default, and a megabyte string would flood a log.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        return f"<{'negative ' if value < 0 else ''}integer of about {_digits(value)} digits>"
    if isinstance(value, Fraction) and max(value.numerator.bit_length(), value.denominator.bit_length()) > 256:
        return f"<fraction of about {_digits(value.numerator)} digits over about {_digits(value.denominator)} digits>"
    length = None
    if isinstance(value, str) and len(value) > limit * 4:
        length, value = len(value), value[: limit * 4]  # repr() of a megabyte string costs a megabyte
    try:
        text = repr(value)
    except Exception:
        return f"<unprintable {type(value).__name__}>"
    # repr() escapes control characters in strings but not in every type's own text: a value
    # echoed into a message or a terminal never carries an escape sequence or a line break.
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    if len(text) > limit or length is not None:
        return f"{text[: limit - 20]}... ({length or len(text)} characters)"
    return text


def printable(name: object, limit: int = 100) -> str:
    """A caller-supplied name (a fact, a JSON key) as plain text that is safe to print or log.

    Printable names stay as they are (``illegal_gains``); anything else is shown as :func:`describe`
    shows a value, with control characters escaped and the length bounded.
    """
    if isinstance(name, str) and name and len(name) <= limit and name.isprintable() and name.strip() == name:
        return name
    return describe(name, limit)


def _digits(value: int) -> int:
    return abs(value).bit_length() * 30103 // 100000 + 1  # log10(2) ~ 0.30103, in integers


class UnknownArticleError(PenaltiesError, LookupError):
    """An article id that the catalog does not know.

    ``suggestions`` holds the nearest known ids (closest first), so a user interface can offer
    "did you mean ...?".
    """

    def __init__(self, article_id: object, known_ids: Iterable[str]) -> None:
        # difflib and pickle load when an error is made or pickled, not with ``import penalties``.
        import difflib

        known = sorted(known_ids)
        text = article_id if isinstance(article_id, str) else describe(article_id)
        # Ids that extend the given one (``cn.dsl.45`` -> ``cn.dsl.45.1``) are the best hint:
        # the user named an article that the catalog splits into paragraphs.
        children = [k for k in known if k.startswith(text + ".")]
        # difflib is quadratic: an id longer than any real one gets no fuzzy suggestions.
        close = difflib.get_close_matches(text, known, n=3, cutoff=0.6) if len(text) <= 64 else []
        self.article_id = article_id
        self.suggestions: tuple[str, ...] = tuple(dict.fromkeys(children + close))
        message = f"unknown article id {describe(article_id)}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        else:
            message += "; call penalties.catalog() for the list of known ids"
        super().__init__(message)


class UnknownActError(UnknownArticleError):
    """An act id that the catalog does not know (``catalog("cn.xyz")``, ``list --act``).

    ``suggestions`` holds the nearest known act ids, ``known`` every act id.
    """

    def __init__(self, act_id: object, known: Iterable[str]) -> None:
        import difflib

        self.known: tuple[str, ...] = tuple(known)
        self.article_id = act_id
        self.act_id = act_id
        text = act_id if isinstance(act_id, str) and len(act_id) <= 64 else ""
        self.suggestions = tuple(difflib.get_close_matches(text, self.known, n=3, cutoff=0.6))
        message = f"unknown act {describe(act_id)}; known acts: " + ", ".join(self.known)
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        PenaltiesError.__init__(self, message)


class InvalidFactError(PenaltiesError, ValueError):
    """A fact of the case that is missing, malformed or outside what the law knows.

    The message names the field, the value given and what would be valid; the same three are
    available as attributes for programs.
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"invalid {printable(field)}={describe(value)}: expected {expected}")


class UnknownSanctionKindError(InvalidFactError):
    """A kind of sanction that neither the core nor any catalogued act registers.

    ``field`` is ``"kind"``; ``known`` lists the registered kinds, which the message repeats.
    """

    def __init__(self, value: object, known: Iterable[str], field: str = "kind") -> None:
        self.known: tuple[str, ...] = tuple(known)
        super().__init__(field, value, "one of " + ", ".join(repr(kind) for kind in self.known))


class CurrencyMismatchError(InvalidFactError):
    """Two amounts in different currencies met (CNY and IRR never mix)."""

    def __init__(self, field: str, value: object, expected_currency: str) -> None:
        super().__init__(field, value, f"an amount in {expected_currency}")
        self.expected_currency = expected_currency


class NotInForceError(PenaltiesError, ValueError):
    """The assessment date falls outside the period in which the article is in force."""

    def __init__(
        self,
        article_id: str,
        on: _dt.date,
        in_force_from: _dt.date,
        in_force_until: _dt.date | None,
        source: str = "",
    ) -> None:
        self.article_id = article_id
        self.on = on
        self.in_force_from = in_force_from
        self.in_force_until = in_force_until
        period = f"from {in_force_from.isoformat()}"
        if in_force_until is not None:
            period += f" until {in_force_until.isoformat()}"
        message = f"{article_id} is not in force on {on.isoformat()}: it is in force {period}"
        if source:
            message += f" ({source})"
        super().__init__(message)


class NotDeterminableError(PenaltiesError, ValueError):
    """The law gives no figure for this case, and the library will not invent one.

    Raised, for example, when a rule multiplies an offence's maximum fine and the offence has no
    fine (Iran Art 748 applied to Art 731 clause b, under the reading ``art748_no_fine="error"``):
    the answer is "not determinable", never zero.
    ``article_id`` is the article assessed, ``what`` the figure that cannot be set, ``reason`` why.
    """

    def __init__(self, article_id: str, what: str, reason: str, reading: str | None = None) -> None:
        self.article_id = article_id
        self.what = what
        self.reason = reason
        #: The open reading whose default makes the case stop here; another value lets it proceed.
        self.reading = reading
        message = f"{article_id}: the {what} is not determinable: {reason}"
        if reading is not None:
            message += f" (the reading {reading!r} decides this; see the article's readings())"
        super().__init__(message)


class UnknownLocaleError(PenaltiesError, LookupError):
    """A locale the renderers do not support; ``supported`` lists those they do."""

    def __init__(self, locale: object, supported: Iterable[str]) -> None:
        self.locale = locale
        self.supported = tuple(supported)
        super().__init__(f"unsupported locale {describe(locale)}: expected one of {', '.join(self.supported)}")
