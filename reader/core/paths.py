"""Where the reader keeps its data. The one module that knows; tests point it elsewhere.

Order of precedence for the database: an explicit path (``--db``), then the environment
variable ``READER_DB``, then ``READER_DATA_DIR``/library.sqlite3, then the platform's user
data folder (on Linux ``~/.local/share/arabic-news-reader/library.sqlite3``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "arabic-news-reader"
DB_ENV = "READER_DB"
DATA_DIR_ENV = "READER_DATA_DIR"
DB_FILENAME = "library.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME
