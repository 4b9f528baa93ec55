"""A real Virtuoso server for tests (Debian `virtuoso-opensource`), started on loopback ports and stopped by the tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

VIRTUOSO_INI = """[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile       = {db}/virtuoso-temp.db
TransactionFile    = {db}/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
DirsAllowed        = {db}
NumberOfBuffers    = 4000
MaxDirtyBuffers    = 3000
CheckpointInterval = 0
[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {db}
ServerThreads      = 4
[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 120
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class VirtuosoServer:
    """A real Virtuoso (Debian `virtuoso-opensource`) on loopback ports, its database in ``folder`` (user dba/dba).

    ``folder`` is also the one folder its SQL functions may read files from (``DirsAllowed``: bulk loading with ``ld_dir``).
    """

    def __init__(self, process: subprocess.Popen, folder: Path, base: str, sql_port: int) -> None:
        self.process, self.folder, self.base, self.sql_port = process, folder, base, sql_port

    @classmethod
    def start(cls, folder: Path) -> VirtuosoServer:
        binary = shutil.which("virtuoso-t")
        if binary is None:
            pytest.fail("virtuoso-t is not installed (Debian package virtuoso-opensource; .ci/run installs it)")
        http_port, sql_port = _free_port(), _free_port()
        (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(db=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        server = cls(process, folder, f"http://127.0.0.1:{http_port}", sql_port)
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                log = folder / "virtuoso.log"
                raise RuntimeError(f"virtuoso-t exited: {log.read_text(errors='replace')[-2000:] if log.exists() else ''}")
            try:
                urllib.request.urlopen(f"{server.base}/sparql?query=ASK%7B%7D", timeout=2).close()
                return server
            except OSError:
                if time.monotonic() > deadline:
                    server.stop()
                    raise RuntimeError("virtuoso-t did not answer within 60 s") from None
                time.sleep(0.2)

    def sql(self, statements: str) -> str:
        """Run SQL statements with Virtuoso's ``isql`` client as dba; its output."""
        client = shutil.which("isql-vt") or shutil.which("isql")
        assert client, "Virtuoso's isql client (isql-vt) is not installed"
        result = subprocess.run(
            [client, str(self.sql_port), "dba", "dba", f"exec={statements}"], capture_output=True, text=True, timeout=300, check=True
        )
        return result.stdout

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

