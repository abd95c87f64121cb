"""The window (PySide6): pages, dialogs and the work they hand to the services off the GUI thread.

PySide6 asks of every module imported after it whether that module uses PySide6 (for its ``from __feature__
import`` switches, ``shibokensupport.feature._mod_uses_pyside``) by reading the module's source through
``inspect.getsource``: ~0.3 ms a module, 0.12 s of the window's start-up over its ~390 modules. The same
question is answered here from the file's bytes, before any Qt module is imported (this package is imported
before each of its modules); a module without a source file is still asked PySide6's way.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def _faster_feature_check() -> None:
    import PySide6  # noqa: F401  the package alone: it loads shiboken's support modules, not Qt

    feature = sys.modules.get("shibokensupport.feature")
    upstream: Any = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "upstream", None) is not None:
        return  # another PySide6 (nothing to speed up), or done already

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # no such file after all: asked the way PySide6 asks
        return bool(upstream(module))

    uses_pyside.upstream = upstream  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_faster_feature_check()
