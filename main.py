"""Start Kelisim: ``python main.py --help``."""

import sys

from desktop.app import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Exports and imports run in a spawned process, also when frozen. freeze_support does nothing in a
        # plain interpreter, so multiprocessing is not imported there (the command line starts without it).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
