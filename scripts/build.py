#!/usr/bin/env python3
"""Strict build into site/, atomically: build elsewhere, then swap.

If anything fails, site/ from the last good build is left exactly as it was.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_world_readable(folder: Path) -> None:
    """LinkChecker drops to user nobody when run as root; hosts serve as others too."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def build(root: Path = ROOT, site: Path | None = None) -> int:
    """Build ``root``'s site into ``site`` (default root/site); return the exit code."""
    site = site or root / "site"
    staging = Path(tempfile.mkdtemp(prefix=".site-new-", dir=root))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(staging)]
    result = subprocess.run(mkdocs, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # MkDocs' INFO chatter hides what matters; show warnings, errors and their detail,
    # without MkDocs' own "ERROR -" prefix and "Aborted with a BuildError!" trailer.
    shown = [re.sub(r"^ERROR\s+-\s+", "", line) for line in result.stdout.splitlines()
             if not line.startswith("INFO") and line.strip() != "Aborted with a BuildError!"]
    while shown and not shown[-1].strip():
        shown.pop()
    if shown:
        print("\n".join(shown), file=sys.stderr)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print("Nothing was published: site/ is unchanged.", file=sys.stderr)
        return result.returncode
    make_world_readable(staging)
    old = root / f".site-old-{os.getpid()}"
    if site.exists():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Built {site.relative_to(root) if site.is_relative_to(root) else site}/")
    return 0


if __name__ == "__main__":
    sys.exit(build())
