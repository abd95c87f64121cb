"""Regression probe for the PySide6 6.12.0 bug on CPython 3.11 (shared/notes/platform-traps.md).

6.12.0 drops a reference to None on every Qt method that returns nothing; after a few thousand
calls CPython aborts with "none_dealloc: deallocating None". Run in a subprocess so the bug,
if an upgrade brings it back, fails this test instead of killing the whole test session.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import gc
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
o = QObject()
# Only the calls may change the count: no collection frees, in the middle of the loop, a cycle holding None.
gc.collect()
gc.disable()
before = sys.getrefcount(None)
for _ in range(20_000):
    o.setObjectName("x")
    label.setText("Қазақ 中文")
drift = sys.getrefcount(None) - before
import PySide6
print(PySide6.__version__, drift)
"""


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, f"the probe crashed ({result.returncode}): {result.stderr[-2000:]}"
    version, drift = result.stdout.split()[-2:]
    # Any drift means a void call loses (or keeps) a reference to None: 6.12.0 loses one per call.
    assert int(drift) == 0, f"PySide6 {version} changed sys.getrefcount(None) by {drift} over 40,000 void calls"
