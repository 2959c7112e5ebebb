import pytest
from analysis_helpers import Opened


@pytest.fixture
def opened(qtbot, make_window):
    """A window with the analysis attached (``opened.feature``) and nothing open yet."""
    return Opened(qtbot, make_window())
