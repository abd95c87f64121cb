"""The window's start-up answers PySide6's "does this module use PySide6?" from the file's bytes
(desktop/ui/__init__.py): the same answer PySide6's own check gives, for every module loaded here."""

from __future__ import annotations

import sys
import warnings

import desktop.ui  # installs the check
import desktop.ui.operations  # noqa: F401  a module of the window, loaded after the check is in place


def test_the_quick_check_answers_as_pyside6_does_for_every_loaded_module() -> None:
    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    upstream = ours.upstream
    modules = [m for name, m in sorted(sys.modules.items()) if m is not None and name != "__main__"]
    with warnings.catch_warnings():  # PySide6's way asks inspect about builtin modules too (a 3.11 deprecation)
        warnings.simplefilter("ignore", DeprecationWarning)
        answers = {m.__name__: (ours(m), upstream(m)) for m in modules}
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert not differ
    using = {name for name, (mine, _theirs) in answers.items() if mine}
    assert {"desktop.ui", "desktop.ui.operations"} <= using
    assert not {"json", "sqlalchemy", "sys", "desktop.services.changes"} & using  # a builtin (sys) asked PySide6's way
