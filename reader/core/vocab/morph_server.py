"""The word analyser in a process of its own, for the window: ``python -m
reader.core.vocab.morph_server``. Driven by :class:`~.morph_client.AnalyserClient`.

farahidi is pure Python with about 250 MB of tables: in the window's process it would add
them to the window's memory and compete with the GUI thread for the interpreter lock while
it analyses thousands of words. Here it has its own memory and its own interpreter.

The protocol is JSON, one object a line, UTF-8, over stdin and stdout:

- once the analyser is loaded the server says ``{"ready": true, "version": V, "pid": P}``
  (V: :data:`~.morphology.ANALYSER_VERSION`), or ``{"error": "..."}`` and exits 1 when it
  cannot load (farahidi missing or damaged);
- a request is ``{"id": N, "words": [...]}`` (a batch); the answer ``{"id": N, "analyses":
  [...]}`` gives each word's :class:`~.morphology.WordAnalysis` as a dict, in the order
  asked, or ``{"id": N, "error": "...traceback..."}`` when the analyser failed (a bug).

The server ends when its stdin closes: the window closed it, or the window's process died
(the system closes its end of the pipe), so it is never left running on its own. It never
imports Qt, and it ignores Ctrl+C (the window, in the same terminal, ends it).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback


def _writer():
    """The protocol's stream: a copy of stdout. Whatever else prints (a library's warning)
    goes to stderr instead, so that it can never break a line of the protocol."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    return out


def _send(out, message: dict) -> None:
    out.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")


def serve(stdin, out) -> int:
    from .farahidi_analyser import LocalAnalyser
    from .morphology import ANALYSER_VERSION

    analyser = LocalAnalyser()
    try:
        analyser.load()
    except (ImportError, OSError, ValueError, EOFError) as exc:  # missing or damaged data
        _send(out, {"error": f"the analyser farahidi could not be loaded ({type(exc).__name__}: {exc})"})
        return 1
    _send(out, {"ready": True, "version": ANALYSER_VERSION, "pid": os.getpid()})
    for line in stdin:
        request = json.loads(line)
        try:
            words = [str(w) for w in request["words"]]
            answer = {"id": request["id"], "analyses": [a.to_dict() for a in analyser.analyse_many(words)]}
        except Exception:  # a bug: its traceback goes to the window, which raises it
            answer = {"id": request.get("id"), "error": traceback.format_exc()}
        _send(out, answer)
    return 0


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = _writer()
    try:
        code = serve(sys.stdin.buffer, out)
    except BrokenPipeError:  # the window went away while we answered
        code = 0
    # No interpreter clean-up: freeing a quarter of a gigabyte of small objects one by one
    # takes longer than the window should wait for us.
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
