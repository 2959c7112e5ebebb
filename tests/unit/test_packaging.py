"""Resources are found from a checkout and from a non-editable install of the wheel."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.core.resources import resources_dir, sample_article

ROOT = Path(__file__).resolve().parents[2]


def test_sample_is_bundled_from_the_checkout():
    assert resources_dir() == ROOT / "resources"
    data = sample_article().read_bytes()
    assert len(data.decode("utf-8")) == 2546 and b"\r" not in data


@pytest.mark.slow
def test_wheel_carries_resources_and_runs_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "reader/resources/sample/alipay-regulators.ar.txt" in names
    assert "reader/resources/NOTICE.md" in names
    assert not any(n.startswith("resources/") for n in names)

    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=600,
    )
    assert install.returncode == 0, install.stderr
    env = dict(os.environ, PYTHONPATH=str(target), READER_DATA_DIR=str(tmp_path / "data"))
    code = (
        "import reader.core.resources as r, reader;"
        "print(r.resources_dir()); print(reader.__file__)"
    )
    where = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert where.returncode == 0, where.stderr
    res_dir, package_file = where.stdout.split()
    assert Path(res_dir) == target / "reader" / "resources"
    assert Path(package_file).is_relative_to(target)
    analyze = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(target / "reader/resources/sample/alipay-regulators.ar.txt"), "--json"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )
    assert analyze.returncode == 0, analyze.stderr
    assert '"claims"' in analyze.stdout
