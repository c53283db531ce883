"""Small immutable value classes, without what @dataclass costs at import.

@dataclass(frozen=True) writes out and compiles five or six methods for every class as its
module is imported: about 0.6 ms a class, paid by every run. Record gives a class that lists its
fields in __slots__ (and sets them in __init__ with `_set`) what a frozen dataclass gives it:
equality and hash by the fields' values, a repr naming them, no assignment after construction,
and copying and pickling.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError

_set = object.__setattr__  # how __init__ sets a field of a Record (its own __setattr__ refuses)


class Record:
    __slots__ = ()

    def _values(self) -> tuple:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self):
        return self.__class__, self._values()
