"""Start Kelisim: ``python main.py --help``."""

import sys

if __name__ == "__main__":
    # Before any other import: desktop/collector.py says why. Only as the program (a process that multiprocessing
    # spawns imports this file under another name, and keeps its collector).
    from desktop.collector import pause_for_start_up

    pause_for_start_up()
    from desktop.app import main

    if getattr(sys, "frozen", False):
        # Exports and imports run in a spawned process, also when frozen. freeze_support does nothing in a
        # plain interpreter, so multiprocessing is not imported there (the command line starts without it).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
