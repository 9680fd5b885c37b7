"""Strict build into site/, atomically: build elsewhere, then swap in one step.

If anything fails, site/ from the last good build is left exactly as it was.

How the swap stays atomic: the new site is built in a sibling folder
(.site-new-*), then exchanged with site/ by one renameat2(RENAME_EXCHANGE)
system call, so at every instant site/ is either the whole old site or the
whole new one, and it stays a plain folder that hosts, upload actions,
LinkChecker and tests read directly (a symlink swap would make site/ a link).
Where the file system cannot exchange (not Linux, or an old kernel) it falls
back to two renames and, if a build was killed between them, the next build
puts the previous site back first. A lock (flock on .site.lock beside site/)
makes a second build wait for the first; leftovers of killed builds are
removed when the next build starts.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

NEW_PREFIX, OLD_PREFIX = ".site-new-", ".site-old-"
LOCK_NAME = ".site.lock"
# Test hooks: kill the build at one of these points of the swap, or force the two-rename fallback.
KILL_AT_ENV = "HIPGUIDE_BUILD_KILL_AT"
NO_EXCHANGE_ENV = "HIPGUIDE_BUILD_NO_EXCHANGE"
CHECKPOINTS = ("before-swap", "between-renames", "after-swap", "removing-old")


def _checkpoint(name: str) -> None:
    if os.environ.get(KILL_AT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def make_world_readable(folder: Path) -> None:
    """LinkChecker drops to user nobody when run as root; hosts serve as others too."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not possible."""
    if os.environ.get(NO_EXCHANGE_ENV):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _remove_tree(path: Path) -> None:
    """Delete a folder bottom-up (a kill halfway leaves a leftover, cleaned by the next build)."""
    for index, (folder, dirs, files) in enumerate(os.walk(path, topdown=False)):
        for name in files:
            os.unlink(os.path.join(folder, name))
        for name in dirs:
            child = os.path.join(folder, name)
            os.unlink(child) if os.path.islink(child) else os.rmdir(child)
        if index == 0:
            _checkpoint("removing-old")
    os.rmdir(path)


def swap_in(staging: Path, site: Path) -> None:
    """Make ``staging`` the new ``site``; the old one is deleted afterwards."""
    _checkpoint("before-swap")
    if not os.path.lexists(site):
        staging.rename(site)
        _checkpoint("after-swap")
        return
    if _exchange(staging, site):
        old = staging  # after the exchange, the staging name holds the previous site
    else:
        old = site.parent / f"{OLD_PREFIX}{os.getpid()}"
        site.rename(old)
        _checkpoint("between-renames")
        staging.rename(site)
    _checkpoint("after-swap")
    _remove_tree(old)


def clean_leftovers(site: Path) -> None:
    """Undo what a killed build left: put back a site/ moved aside, delete half-built folders."""
    olds = sorted(site.parent.glob(f"{OLD_PREFIX}*"), key=lambda p: p.stat().st_mtime)
    if olds and not os.path.lexists(site):
        olds.pop().rename(site)  # killed between the two renames: the previous site comes back
    for leftover in [*olds, *site.parent.glob(f"{NEW_PREFIX}*")]:
        shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def build_lock(site: Path):
    """One build at a time per site/ folder; a second one waits for the first."""
    with open(site.parent / LOCK_NAME, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("Another build of this site is running; waiting for it to finish...", file=sys.stderr, flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def build(root: Path | None = None, site: Path | None = None) -> int:
    """Build ``root``'s site (default: the folder it runs in) into ``site`` (default root/site); return the exit code."""
    root = root or Path.cwd()
    site = site or root / "site"
    with build_lock(site):
        clean_leftovers(site)
        return _build_locked(root, site)


def _build_locked(root: Path, site: Path) -> int:
    staging = Path(tempfile.mkdtemp(prefix=NEW_PREFIX, dir=site.parent))  # beside site/: same file system
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
    swap_in(staging, site)
    print(f"Built {site.relative_to(root) if site.is_relative_to(root) else site}/")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Strict build of the project in this folder into its site/."""
    if argv:
        print("usage: python -m hipguide.cli build (no arguments: it builds the project in this folder)", file=sys.stderr)
        return 2
    return build()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
