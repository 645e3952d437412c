"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a private socket.

The server binaries come from Debian's postgresql package (`scripts/ensure-postgres.sh`, run by
`make test`). PostgreSQL refuses to run as root, so as root the cluster belongs to the
`postgres` system user the package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        raise PostgresUnavailable("no PostgreSQL server binaries under /usr/lib/postgresql: run scripts/ensure-postgres.sh")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TestCluster:
    """initdb + pg_ctl start in `folder`; `url` reaches the database `communique_test`."""

    def __init__(self, folder: Path):
        self.bindir = _bindir()
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> str:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "communique", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=''", "start")
        self._run(str(self.bindir / "createdb"), "-h", str(self.folder), "-p", str(self.port), "-U", "communique",
                  "communique_test")
        return f"postgresql://communique@/communique_test?host={self.folder}&port={self.port}"

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"],
                       capture_output=True, timeout=60)
