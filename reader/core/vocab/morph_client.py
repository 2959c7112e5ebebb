"""The window's side of the analyser's helper process (:mod:`.morph_server`).

:class:`AnalyserClient` starts the helper on the first words it is asked about, sends them in
batches (one line, one answer), and stops it on :meth:`~AnalyserClient.close`. If the helper
dies, it is started again once and the batch asked again (``on_restart`` is told, for the
status bar); if it dies a second time, or cannot start at all, :class:`AnalyserUnavailable`
says so in one line and the words keep their quick analysis until the window is reopened.

The helper ends by itself when its stdin closes, which the system does when this process
dies, however it dies: it is never left behind.
"""

from __future__ import annotations

import json
import os
import select
import signal
import site
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..errors import ReaderError
from .morphology import ANALYSER_VERSION, WordAnalysis

#: Seconds the helper may take to load its tables, and to answer one batch, before it is
#: taken as hung (and ended, then started again once).
START_TIMEOUT_S = 120.0
ANSWER_TIMEOUT_S = 120.0
#: Seconds :meth:`AnalyserClient.close` waits for the helper to end after its stdin closes.
CLOSE_WAIT_S = 2.0


class AnalyserUnavailable(ReaderError):
    """The helper cannot start, or died again after its restart. ``kind``: "start" or
    "stopped"; ``cause``: what went wrong, in one line."""

    def __init__(self, kind: str, cause: str):
        self.kind, self.cause = kind, cause
        what = ("could not start" if kind == "start"
                else "stopped again after a restart")
        super().__init__(f"the word analyser {what} ({cause}); words are shown without "
                         "their lemma until the window is reopened")


class AnalyserClosed(ReaderError):
    """The client was closed (the window is closing) while a batch was under way."""

    def __init__(self):
        super().__init__("the word analyser was closed")


class _Died(Exception):
    """The helper ended or stopped answering; ``cause`` says how."""

    def __init__(self, cause: str):
        super().__init__(cause)
        self.cause = cause


def server_command() -> list[str]:
    """This interpreter on the server module. ``-P``: the current folder is not put on the
    module path (a ``json.py`` where the user started the reader must not be imported)."""
    return [sys.executable, "-P", "-m", "reader.core.vocab.morph_server"]


def _environment() -> dict[str, str]:
    """The helper's environment: ours, with the folder this ``reader`` package was loaded
    from first on its path when that is a source checkout (not site-packages, which must
    not come before the standard library)."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    root = str(Path(__file__).resolve().parents[3])
    sites = {str(Path(p).resolve()) for p in (*site.getsitepackages(), site.getusersitepackages())}
    if root not in sites:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


class AnalyserClient:
    """The analyser in a helper process, with the interface of
    :class:`~.farahidi_analyser.LocalAnalyser`. Safe to use from one worker thread while
    another thread calls :meth:`close`."""

    def __init__(self, on_restart=None, command: list[str] | None = None, restarts: int = 1,
                 answer_timeout: float = ANSWER_TIMEOUT_S):
        self.on_restart = on_restart  # called with the cause when the helper was restarted
        self.command = command or server_command()
        self.restarts_left = restarts
        self.answer_timeout = answer_timeout
        self._lock = threading.Lock()  # held by the thread waiting for an answer
        self._proc: subprocess.Popen | None = None
        self._stderr = None
        self._buffer = b""
        self._next_id = 0
        self._closing = False
        self._failed: AnalyserUnavailable | None = None
        self.started = 0  # helpers started so far
        self.batches = 0  # batches sent so far

    # --- state -------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        proc = self._proc
        return proc is not None and proc.poll() is None

    @property
    def pid(self) -> int | None:
        """The helper's process id while it runs."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def failed(self) -> AnalyserUnavailable | None:
        return self._failed

    # --- asking ------------------------------------------------------------------------------

    def load(self) -> None:
        """Start the helper now (it starts on the first batch otherwise)."""
        self._run(lambda: None)

    def analyse_many(self, words: list[str]) -> list[WordAnalysis]:
        words = list(words)
        if not words:
            return []
        return self._run(lambda: self._ask(words))

    def _run(self, ask):
        with self._lock:
            try:
                return self._run_locked(ask)
            finally:
                if self._closing:  # closed while this thread started the helper or waited
                    self._stop()

    def _run_locked(self, ask):
        while True:
            if self._closing:
                raise AnalyserClosed()
            if self._failed is not None:
                raise self._failed
            try:
                if self._proc is None:
                    self._start()
                elif self._proc.poll() is not None:  # it died since the last batch
                    raise _Died(self._how_it_ended())
                return ask()
            except _Died as died:
                self._end()
                if self._closing:
                    raise AnalyserClosed() from None
                if self.restarts_left <= 0:
                    self._failed = AnalyserUnavailable("stopped", died.cause)
                    raise self._failed from None
                self.restarts_left -= 1
                if self.on_restart is not None:
                    self.on_restart(died.cause)

    def _ask(self, words: list[str]) -> list[WordAnalysis]:
        self._next_id += 1
        self.batches += 1
        asked = self._next_id
        self._send({"id": asked, "words": words})
        answer = self._receive(self.answer_timeout)
        if answer.get("id") != asked:
            raise RuntimeError(f"the word analyser answered request {answer.get('id')!r} "
                               f"instead of {asked}")
        if "error" in answer:
            raise RuntimeError("the word analyser failed:\n" + str(answer["error"]))
        analyses = [WordAnalysis.from_dict(a) for a in answer["analyses"]]
        if [a.word for a in analyses] != words:
            raise RuntimeError("the word analyser answered for other words than asked")
        return analyses

    # --- the process -------------------------------------------------------------------------

    def _start(self) -> None:
        self._stderr = tempfile.TemporaryFile()
        self._buffer = b""
        try:
            self._proc = subprocess.Popen(
                self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                bufsize=0, close_fds=True, env=_environment())
        except OSError as exc:
            self._fail_to_start(f"{self.command[0]}: {exc.strerror or exc}")
        self.started += 1
        try:
            hello = self._receive(START_TIMEOUT_S)
        except _Died as died:
            if self._closing:
                raise
            self._fail_to_start(died.cause)
        if "error" in hello or not hello.get("ready"):
            self._fail_to_start(str(hello.get("error") or hello))
        if hello.get("version") != ANALYSER_VERSION:
            self._fail_to_start(f"it is version {hello.get('version')}, the window expects "
                                f"{ANALYSER_VERSION}")

    def _fail_to_start(self, cause: str):
        self._end()
        self._failed = AnalyserUnavailable("start", cause)
        raise self._failed

    def _send(self, message: dict) -> None:
        data = json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            self._proc.stdin.write(data)
        except (BrokenPipeError, ValueError, OSError):
            raise _Died(self._how_it_ended()) from None

    def _receive(self, timeout: float) -> dict:
        """The next line from the helper, as JSON."""
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                self._proc.kill()
                raise _Died(f"no answer in {timeout:.0f} s")
            if self._closing:
                self._proc.kill()  # its pipe closes: read below as its end
            ready, _, _ = select.select([fd], [], [], min(left, 0.2))
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise _Died(self._how_it_ended())
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def _how_it_ended(self) -> str:
        """The helper's end in one line: its exit code or signal, and its last error line."""
        proc = self._proc
        try:
            code = proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        if code < 0:
            try:
                how = f"ended by signal {signal.Signals(-code).name}"
            except ValueError:
                how = f"ended by signal {-code}"
        else:
            how = f"exit code {code}"
        last = self._last_error_line()
        return f"{how}: {last}" if last else how

    def _last_error_line(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0, os.SEEK_END)
        size = self._stderr.tell()
        self._stderr.seek(max(0, size - 4096))
        lines = [ln.strip() for ln in self._stderr.read().decode("utf-8", "replace").splitlines()]
        lines = [ln for ln in lines if ln]
        return lines[-1][:300] if lines else ""

    def _end(self) -> None:
        """Reap the helper (it has ended, or is ended now) and close its pipes."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except OSError:  # its pipe broke as it died: nothing left to flush
                    pass
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def close(self) -> None:
        """Stop the helper: its stdin is closed and it ends; if another thread is waiting
        for an answer, the helper is ended at once and that thread gets
        :class:`AnalyserClosed`. Later requests get it too."""
        self._closing = True
        if self._lock.acquire(blocking=False):
            try:
                self._stop()
            finally:
                self._lock.release()
        else:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                proc.kill()  # the waiting thread sees the pipe close, and reaps it

    def _stop(self) -> None:
        """Close the helper's stdin (it ends on that) and reap it in the background: the
        window's thread does not wait for a process to free a quarter of a gigabyte."""
        proc, stderr = self._proc, self._stderr
        self._proc = self._stderr = None
        if proc is None:
            if stderr is not None:
                stderr.close()
            return
        try:
            proc.stdin.close()
        except OSError:  # it died already: its pipe is broken
            pass
        threading.Thread(target=_reap, args=(proc, stderr), name="analyser-reaper",
                         daemon=True).start()


def _reap(proc: subprocess.Popen, stderr) -> None:
    """Wait for a helper whose stdin was closed to end (end it if it does not)."""
    try:
        proc.wait(timeout=CLOSE_WAIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stdout.close()
    if stderr is not None:
        stderr.close()
