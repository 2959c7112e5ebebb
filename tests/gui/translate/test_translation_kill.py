"""Nothing typed is lost when the program is killed: the target is in the library once the
save delay has passed, without any clean shutdown (SIGKILL)."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from reader.core.store import Store
from reader.core.translation.library import Translations

WORKER = Path(__file__).with_name("typing_worker.py")


def test_typing_survives_a_kill(tmp_path):
    db = tmp_path / "library.sqlite3"
    text = "China targets Alipay"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen([sys.executable, str(WORKER), str(db), text], stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        uuid = process.stdout.readline().split()[1]
        assert process.stdout.readline().strip() == "typed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        assert Translations(store).segment(uuid).target == text
