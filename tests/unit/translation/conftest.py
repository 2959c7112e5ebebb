"""A library holding the sample article, and its translation ready to work on."""

import pytest

from reader.core.importers import import_file
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.translation.library import Translations


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "library.sqlite3") as s:
        yield s


@pytest.fixture
def doc(store):
    return store.import_document(import_file(sample_article())).document


@pytest.fixture
def translations(store):
    return Translations(store, "tester")
