"""Legal basis of a figure: act, article, paragraph, clause, item, note, and the amount's source."""

from __future__ import annotations

import attrs

__all__ = ["Citation"]


@attrs.frozen(cache_hash=True)
class Citation:
    """Where a rule or a figure comes from.

    ``act_id`` is the catalog's act id (``cn.dsl``); ``act`` the act's English short title.
    ``article`` is a string because articles are not always numbers (``253-1``).
    ``source`` names a later instrument that set the figure (an amounts decree), when there is one.

    >>> str(Citation("cn.dsl", "PRC Data Security Law", "47"))
    'PRC Data Security Law, Art 47'
    """

    act_id: str
    act: str
    article: str
    paragraph: int | None = None
    clause: str | None = None
    item: str | None = None
    note: str | None = None
    source: str | None = None

    def __str__(self) -> str:
        parts = [self.act, f"Art {self.article}"]
        if self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        if self.clause is not None:
            parts.append(f"clause {self.clause}")
        if self.item is not None:
            parts.append(f"item {self.item}")
        if self.note is not None:
            # An article's only note is cited as "note" (Persian: تبصره), with no number.
            parts.append(f"note {self.note}" if self.note else "note")
        text = ", ".join(parts)
        if self.source:
            text += f" (amount: {self.source})"
        return text

    def to_dict(self) -> dict[str, str | int]:
        """JSON-safe form; absent parts are left out."""
        data = attrs.asdict(self, recurse=False)
        return {key: value for key, value in data.items() if value is not None}
