"""A reader window typing a translation, killed by the test (not a test itself).

    python typing_worker.py LIBRARY TEXT

Opens the sample article's translation window, types TEXT into the first segment key by
key, waits past the save delay, prints "typed" and then waits to be killed.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from reader.ui.app import application, create_window  # noqa: E402
from reader.ui.session import Session  # noqa: E402
from reader.ui.translate.translation_service import SAVE_DELAY_MS  # noqa: E402


def main(db: str, text: str) -> None:
    application()
    session = Session.open(db)
    window, _lang, _tr = create_window(session, "en", analysis=False)
    window.open_sample()
    tw = window.translation_feature.open()
    print("uuid", tw.current.uuid, flush=True)
    tw.editor.target.setFocus()
    QTest.keyClicks(tw.editor.target, text)
    QTest.qWait(SAVE_DELAY_MS * 3)
    print("typed", flush=True)
    while True:  # no clean exit: the test kills this process
        QTest.qWait(50)
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
