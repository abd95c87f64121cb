"""Names in the interface language where stored: ``LocalNames``, without SQLAlchemy.

``services.lookups.local_names`` reads them through the register's session; the window's start-up reads the
same rows straight from the register file before SQLAlchemy is imported (``services.first_screen``). Both turn
the rows into names here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.words import local_name

LANGUAGES_WITH_NAMES = ("ru", "kk", "zh")


@dataclass(frozen=True)
class LocalNames:
    """Names in one language where that form is stored (else absent: show the original).

    Bodies, agreements and parties by id; parties also by their short name and name, as report lines carry them."""

    bodies: dict[int, str] = field(default_factory=dict)
    agreements: dict[int, str] = field(default_factory=dict)
    parties: dict[str, str] = field(default_factory=dict)
    party_ids: dict[int, str] = field(default_factory=dict)

    def body(self, body_id: int | None, original: str) -> str:
        return self.bodies.get(body_id, original) if body_id is not None else original

    def agreement(self, agreement_id: int | None, original: str) -> str:
        return self.agreements.get(agreement_id, original) if agreement_id is not None else original

    def party(self, party_id: int | None, original: str) -> str:
        return self.party_ids.get(party_id, original) if party_id is not None else original

    def party_list(self, joined: str) -> str:
        """A list row's "China, Kazakhstan" with each party named in this language where stored."""
        if not self.parties or not joined:
            return joined
        return ", ".join(self.parties.get(name, name) for name in joined.split(", "))


Row = Sequence[Any]


def names_from(language: str, bodies: Iterable[Row], agreements: Iterable[Row], parties: Iterable[Row]) -> LocalNames:
    """``LocalNames`` from the rows of ``lookups.names_queries`` (bodies and agreements: id, name and its ru, kk
    and zh forms; parties: id, short name, name and its forms, in id order)."""
    body_names = {r[0]: shown for r in bodies if (shown := local_name(language, *r[1:])) != r[1]}
    agreement_names = {r[0]: shown for r in agreements if (shown := local_name(language, *r[1:])) != r[1]}
    by_name: dict[str, str] = {}
    party_ids: dict[int, str] = {}
    for r in parties:
        shown = local_name(language, r[2], *r[3:])
        if shown != r[2]:
            party_ids[r[0]] = shown
            for key in (r[1], r[2]):
                if key:
                    by_name.setdefault(key, shown)
    return LocalNames(body_names, agreement_names, by_name, party_ids)
