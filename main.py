"""Start Kelisim: ``python main.py --help``."""

import sys

from desktop.app import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Exports and imports run in a spawned process: a frozen build must hand it over (a no-op, and
        # an import of multiprocessing the window's start-up does without, everywhere else).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
