"""Someone else saved the record while the clerk edited it: which fields each side changed, and the merge.

``compare`` works on the plain records the services hand out (AgreementData, BodyData, …): what the form
loaded, what it would save now, and what the register holds now.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

# Bookkeeping, not something either clerk typed.
_SKIP = ("id", "version")


@dataclass(frozen=True)
class Comparison:
    theirs: tuple[str, ...]  # fields the other clerk changed since this form loaded the record
    mine: tuple[str, ...]  # fields this clerk changed in the form
    collisions: tuple[str, ...]  # changed by both, to different values

    @property
    def kept(self) -> tuple[str, ...]:
        """This clerk's edits that do not collide: "Take theirs and keep my other edits" keeps these."""
        return tuple(f for f in self.mine if f not in self.theirs)


def _names(record: Any) -> list[str]:
    return [f.name for f in fields(record) if f.name not in _SKIP]


def compare(loaded: Any, loaded_in_form: Any, mine: Any, theirs: Any) -> Comparison:
    """``loaded``/``theirs`` as the service gave them (then and now); ``loaded_in_form``/``mine`` as the form
    collected them right after loading and now (the form may write a value differently from the service)."""
    names = _names(loaded)
    their_fields = tuple(n for n in names if getattr(theirs, n) != getattr(loaded, n))
    my_fields = tuple(n for n in names if getattr(mine, n) != getattr(loaded_in_form, n))
    collisions = tuple(n for n in my_fields if n in their_fields and getattr(mine, n) != getattr(theirs, n))
    return Comparison(their_fields, my_fields, collisions)


def merged(theirs: Any, mine: Any, comparison: Comparison) -> Any:
    """The record as the other clerk left it, with this clerk's edits that do not collide on top."""
    return replace(theirs, **{n: getattr(mine, n) for n in comparison.kept})
