import pytest
from report_fixtures import Handmade, handmade_article


@pytest.fixture
def handmade() -> Handmade:
    return handmade_article()
