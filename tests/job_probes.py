"""Jobs the tests run in a real child process to see what the child starts with (no Qt, no pytest here:
whatever this module imports, the child imports too)."""

from __future__ import annotations

import os
import sys
from typing import Any

from desktop.storage.database import Database


def what_the_child_has(db: Database, progress: Any) -> dict[str, Any]:
    """The child's own view: its parent, its environment's probe variable, and whether the jobs' modules and
    fonts were there before this job's own imports (this module imports neither)."""
    from desktop.reports import pdf_fonts

    return {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "probe": os.environ.get("KELISIM_JOB_PROBE"),
        "pdf_loaded": "desktop.reports.pdf" in sys.modules,
        "fonts_registered": bool(pdf_fonts._coverage),
    }
