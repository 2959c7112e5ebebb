"""Test set-up shared by unit and GUI tests.

Qt must see QT_QPA_PLATFORM before it is first imported, so it is set here, at the top of
the first conftest pytest loads. Every test gets its own data folder and database: nothing a
test does touches the user's real library.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desk_fixtures import cluster, desk, desk_library  # noqa: E402,F401  (PostgreSQL desk tests)


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(data))
    monkeypatch.delenv("READER_DB", raising=False)
    yield data
