#!/usr/bin/env python3
"""`make edit`: the browser editor on this machine, with the site beside it.

Starts decap-server (Decap CMS's local backend: it writes straight into this
checkout's data/) and `mkdocs serve` (which rebuilds on every save), each on a
free port, and prints the two addresses. Save in the editor and the page
changes in the other tab within a second or two. Ctrl-C stops both.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"


def free_port(preferred: int) -> int:
    """``preferred`` if it is free, else any free port."""
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError("no free port")


def main() -> int:
    if not DECAP_SERVER.is_file():
        print("The editor's local server is not installed: run `make test-deps` (or `npm ci`) first.", file=sys.stderr)
        return 1
    site_port = free_port(int(os.environ.get("PORT", "8000")))
    backend_port = free_port(8081)
    env = {**os.environ, "PORT": str(backend_port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
           "GIT_REPO_DIRECTORY": str(ROOT), "LOG_LEVEL": "warn"}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop both servers when stopped, not only on Ctrl-C
    backend = subprocess.Popen(["node", str(DECAP_SERVER)], env=env, cwd=ROOT)
    site = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve",
                             "-a", f"127.0.0.1:{site_port}"], cwd=ROOT)
    print(f"\n  Editor:  http://127.0.0.1:{site_port}/admin/?local_backend_port={backend_port}\n"
          f"  Site:    http://127.0.0.1:{site_port}/\n\n"
          "  Saving in the editor writes into data/ here; the site rebuilds as you save.\n"
          "  Then run `make check`, and commit when it passes. Ctrl-C stops both.\n", flush=True)
    try:
        return site.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for process in (site, backend):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
