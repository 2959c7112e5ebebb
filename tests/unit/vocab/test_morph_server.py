"""The analyser's helper process (reader.core.vocab.morph_server) and its client: the same
answers as farahidi in this process, in batches; it ends when its stdin closes, also when
the process that started it is killed; a crash is recovered once; a failed start is one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader.core.text import words
from reader.core.vocab.farahidi_analyser import LocalAnalyser
from reader.core.vocab.morph_client import (AnalyserClient, AnalyserClosed, AnalyserUnavailable,
                                            server_command)
from reader.core.vocab.morphology import ANALYSER_VERSION, Morphology
from reader.core.vocab.words import is_learnable

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "alipay-regulators.ar.txt"
ODD = ["يَكْتُبُونَ", "الاقتـــصاد", "قثغضصظ", "كتاب", "Reuters"]  # vowels, tatweel, no reading


def _gone(pid: int, timeout: float = 20.0) -> bool:
    """Whether the process ``pid`` has ended (and been reaped) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
        except (OSError, IndexError):
            return True
        if state == "Z":  # ended; its parent (killed too) has not reaped it yet
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def sample_words() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return list(dict.fromkeys(w for w in words(text) if is_learnable(w))) + ODD


@pytest.fixture
def client():
    c = AnalyserClient()
    yield c
    c.close()


def test_a_batch_is_answered_as_the_analyser_in_this_process_answers(client, sample_words):
    assert len(sample_words) > 250
    here = LocalAnalyser().analyse_many(sample_words)
    assert client.analyse_many(sample_words) == here
    assert client.batches == 1 and client.started == 1  # one message for the whole batch
    # through the Morphology (table and glossary first): the same lemma keys and readings
    local, remote = Morphology(), Morphology(analyser=client)
    assert remote.analyse_many(sample_words) == local.analyse_many(sample_words)
    assert client.batches == 2
    assert remote.cached("كتاب") is not None


def test_the_server_ends_when_its_stdin_closes(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # started from a folder with a json.py in it: not imported instead of the real one
    (tmp_path / "json.py").write_text("raise SystemExit('the json.py of the current folder')\n")
    proc = subprocess.Popen(server_command(), cwd=tmp_path, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        hello = json.loads(proc.stdout.readline())
        assert hello["ready"] and hello["version"] == ANALYSER_VERSION and hello["pid"] == proc.pid
        proc.stdin.write(json.dumps({"id": 7, "words": ["يكتبون"]}).encode() + b"\n")
        proc.stdin.flush()
        answer = json.loads(proc.stdout.readline())
        assert answer["id"] == 7 and answer["analyses"][0]["lemma"] == "كتب"
        proc.stdin.close()
        assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_the_server_ends_when_the_process_that_started_it_is_killed(tmp_path):
    parent = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from reader.core.vocab.morph_client import AnalyserClient
        client = AnalyserClient()
        client.analyse_many(["يكتبون"])
        print(client.pid, flush=True)
        time.sleep(600)
    """)
    proc = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    helper = None
    try:
        helper = int(proc.stdout.readline())
        assert Path(f"/proc/{helper}").exists()
        proc.send_signal(signal.SIGKILL)  # no clean-up at all: the system closes its pipes
        proc.wait(timeout=20)
        assert _gone(helper), "the analyser's process outlived the process that started it"
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        if helper is not None and not _gone(helper, 0):  # the test failed: leave no orphan
            os.kill(helper, signal.SIGKILL)


def test_closing_the_client_ends_the_server_and_refuses_later_batches(client):
    client.analyse_many(["يكتبون"])
    pid = client.pid
    client.close()
    assert _gone(pid)
    with pytest.raises(AnalyserClosed):
        client.analyse_many(["يكتبان"])


def test_a_server_killed_between_batches_is_restarted_once(sample_words):
    told = []
    client = AnalyserClient(on_restart=told.append)
    try:
        first = client.analyse_many(sample_words[:50])
        pid = client.pid
        os.kill(pid, signal.SIGKILL)
        assert _gone(pid)
        again = client.analyse_many(sample_words[:60])  # answered by a new server
        assert again[:50] == first and client.started == 2 and client.pid != pid
        assert told == ["ended by signal SIGKILL"]
        os.kill(client.pid, signal.SIGKILL)
        with pytest.raises(AnalyserUnavailable) as raised:
            client.analyse_many(sample_words[60:70])
        assert raised.value.kind == "stopped" and "SIGKILL" in raised.value.message
        assert "\n" not in raised.value.message
        with pytest.raises(AnalyserUnavailable):  # no third start
            client.analyse_many(sample_words[70:80])
        assert client.started == 2 and len(told) == 1
    finally:
        client.close()


FLAKY_SERVER = """
import json, os, sys
from pathlib import Path
marker = Path(sys.argv[1])
print(json.dumps({"ready": True, "version": %r, "pid": os.getpid()}), flush=True)
for line in sys.stdin:
    request = json.loads(line)
    if not marker.exists():  # the first server dies in the middle of its first batch
        marker.write_text("died")
        sys.stderr.write("MemoryError: out of memory\\n")
        sys.stderr.flush()
        os._exit(3)
    out = [dict(word=w, norm=w, vowelled="", lemma=w, root="", pos="noun", source="analyser")
           for w in request["words"]]
    print(json.dumps({"id": request["id"], "analyses": out}), flush=True)
""" % ANALYSER_VERSION


def test_a_server_that_dies_during_a_batch_is_restarted_and_the_batch_asked_again(tmp_path):
    script = tmp_path / "flaky_server.py"
    script.write_text(FLAKY_SERVER)
    told = []
    client = AnalyserClient(on_restart=told.append,
                            command=[sys.executable, str(script), str(tmp_path / "marker")])
    try:
        answers = client.analyse_many(["كتب", "قرأ"])
        assert [a.word for a in answers] == ["كتب", "قرأ"] and client.started == 2
        assert told == ["exit code 3: MemoryError: out of memory"]
    finally:
        client.close()


@pytest.mark.parametrize("command, cause", [
    ([sys.executable, "-c", "import sys; sys.exit('something is broken here')"],
     "exit code 1: something is broken here"),
    (["/nonexistent/python3"], "/nonexistent/python3: No such file or directory"),
    ([sys.executable, "-c", "print('{\"ready\": true, \"version\": \"old\"}', flush=True)"],
     "it is version old, the window expects " + ANALYSER_VERSION),
])
def test_a_server_that_cannot_start_is_one_line_and_not_retried(command, cause):
    told = []
    client = AnalyserClient(on_restart=told.append, command=command)
    with pytest.raises(AnalyserUnavailable) as raised:
        client.analyse_many(["كتب"])
    assert raised.value.kind == "start" and raised.value.cause == cause
    assert raised.value.message.startswith("the word analyser could not start (")
    assert "\n" not in raised.value.message and told == []
    with pytest.raises(AnalyserUnavailable):
        client.analyse_many(["كتب"])
    assert client.started <= 1
    client.close()


def test_the_server_says_when_farahidi_cannot_be_loaded(tmp_path, monkeypatch):
    shadow = tmp_path / "farahidi"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise ImportError('farahidi is damaged')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    client = AnalyserClient()
    with pytest.raises(AnalyserUnavailable) as raised:
        client.analyse_many(["كتب"])
    assert raised.value.cause == ("the analyser farahidi could not be loaded "
                                  "(ImportError: farahidi is damaged)")
    client.close()
