"""A throwaway PostgreSQL server for the desk's tests and benchmark: a real server, no mocks.

``initdb`` into a temporary folder, a Unix socket in that folder and no TCP at all
(``listen_addresses = ''``). When the tests run as root (CI), the server runs as the
``postgres`` user through ``runuser`` (PostgreSQL refuses to run as root), and the folder is
handed to that user. Clients connect with ``host=<the folder>``.

Authentication is the real thing: the superuser connects by ``trust`` over the socket, every
other role with a SCRAM password that libpq finds in a password file (``PGPASSFILE``, the
same convention as ``~/.pgpass``), so the desk's "passwords come from ~/.pgpass" is tested.

``find_binaries()`` returns None with the reason when PostgreSQL is not installed; the tests
skip with that reason (CI installs it from Debian, so there they run).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

PASSWORD = "desk-test-secret"


def find_binaries() -> tuple[Path | None, str]:
    """The folder holding initdb/pg_ctl/postgres (the newest Debian version first)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                        reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for folder in candidates:
        if all((Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder), ""
    return None, ("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
                  "install the Debian package 'postgresql' (.ci/run does)")


class Cluster:
    """One PostgreSQL server in a temporary folder. ``start()``, ``stop()``, ``remove()``."""

    def __init__(self, bin_dir: Path, base: str | None = None):
        self.bin = bin_dir
        self.as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="reader-pg-", dir=base))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.port = 5432
        self.pgpass = self.root / "pgpass"
        if self.as_root:
            self.superuser = "postgres"
            entry = pwd.getpwnam("postgres")
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            # The tests (root) read and write in the folder too; the server needs it as its own.
            os.chmod(self.root, 0o755)
            # mkdtemp's parent (/tmp) is world-searchable; a private base folder would not be.
        else:
            self.superuser = pwd.getpwuid(os.geteuid()).pw_name
        self.running = False

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / argv[0]), *argv[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})

    def init(self) -> "Cluster":
        self._run("initdb", "-D", str(self.data), "-U", self.superuser, "-E", "UTF8",
                  "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=reject")
        hba = f"local all {self.superuser} trust\nlocal all all scram-sha-256\n"
        conf = (
            "listen_addresses = ''\n"
            f"unix_socket_directories = '{self.socket_dir}'\n"
            f"port = {self.port}\n"
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            "shared_buffers = 32MB\nmax_connections = 60\n"
            "log_min_messages = warning\n"
        )
        self._write_as_server(self.data / "pg_hba.conf", hba)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as out:
            out.write(conf)
        self.pgpass.write_text(f"*:*:*:*:{PASSWORD}\n", encoding="utf-8")
        os.chmod(self.pgpass, 0o600)
        return self

    def _write_as_server(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        if self.as_root:
            entry = pwd.getpwnam("postgres")
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)
            self.running = False

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # --- connecting --------------------------------------------------------------------------

    def url(self, dbname: str, user: str | None = None) -> str:
        """A libpq URL for a Unix socket in the cluster's folder (no password in it)."""
        from urllib.parse import quote

        user = user or self.superuser
        return f"postgresql://{quote(user)}@/{quote(dbname)}?host={quote(str(self.socket_dir))}&port={self.port}"

    def superuser_sql(self, sql: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=self.superuser,
                             dbname=dbname, autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> None:
        self.superuser_sql(f'CREATE DATABASE "{name}"')

    def create_login(self, name: str) -> None:
        """A login role with the test password (found by libpq in the password file)."""
        self.superuser_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
            f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'; END IF; END $$")

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._run("pg_isready", "-h", str(self.socket_dir), "-p", str(self.port),
                         check=False).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("the test PostgreSQL server did not become ready")
