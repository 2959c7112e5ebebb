"""Files shipped with the reader (sample article, gazetteers, models, translations).

In a checkout they live in the top-level ``resources/`` folder; an installed wheel carries
the same folder as ``reader/resources``. Both are found from here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SAMPLE_ARTICLE = "sample/alipay-regulators.ar.txt"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    package_root = Path(__file__).resolve().parent.parent  # .../reader
    installed = package_root / "resources"
    if installed.is_dir():
        return installed
    checkout = package_root.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"The reader's resources folder is missing (looked in {installed} and {checkout}); "
        "reinstall the package."
    )


def resource_path(relative: str) -> Path:
    return resources_dir() / relative


def sample_article() -> Path:
    return resource_path(SAMPLE_ARTICLE)
