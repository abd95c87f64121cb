"""Entry point: the command line, or the window when no command is given."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.cli import main as cli_main
    from desktop.logs import setup_logging

    try:
        setup_logging()
    except OSError as exc:
        print(f"kelisim: warning: cannot write the log file: {exc}", file=sys.stderr)
    try:
        code = cli_main(argv)
        sys.stdout.flush()  # inside the try: a reader that went away is met here, not at exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`kelisim list | head`): not an error. Python's own recipe: point stdout
        # at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # the last resort: log with traceback, say where, exit non-zero
        from desktop.storage.paths import log_path

        log.exception("unexpected error")
        print(f"kelisim: unexpected error; details are in {log_path()}", file=sys.stderr)
        return 70


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.application import run

    return run(args)
