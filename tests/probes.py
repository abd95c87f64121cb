"""Running a short script in a fresh interpreter beside the project, and reading what it reported.

The start-up tests ask a new process what ``main.py`` left loaded or painted; each probe prints one
``<label>: <json>`` line on stderr, read back here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_probe(
    script: str, *argv: str, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """``python -c SCRIPT ARGV`` in the project folder; by default without the test's offscreen Qt platform."""
    if env is None:
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-c", script, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def reported(done: subprocess.CompletedProcess[str], label: str) -> list[Any]:
    """Every ``LABEL: JSON`` line the probe printed on stderr, decoded, in order."""
    prefix = f"{label}:"
    return [json.loads(line[len(prefix) :]) for line in done.stderr.splitlines() if line.startswith(prefix)]
