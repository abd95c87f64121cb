"""Start Kelisim: ``python main.py --help``."""

import multiprocessing
import sys

from desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # exports and imports run in a spawned process, also when frozen
    sys.exit(main())
