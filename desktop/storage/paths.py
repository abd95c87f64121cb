"""Where Kelisim keeps its files: the user's local data dir unless ``--db`` says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desktop import APP_NAME, ORG_NAME


def data_dir() -> Path:
    override = os.environ.get("KELISIM_DATA_DIR")
    # Local, not roaming: a roaming profile redirected to a share is unsafe for SQLite.
    path = Path(override) if override else user_data_path(APP_NAME, ORG_NAME, roaming=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "kelisim.sqlite3"


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def log_path() -> Path:
    return data_dir() / "kelisim.log"
