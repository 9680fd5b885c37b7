"""The real date of each page's source: for the sitemap's <lastmod>, not the build date."""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def git_commit_dates(root: Path, paths: list[str]) -> dict[str, str]:
    """Last commit date (YYYY-MM-DD) of every committed file under ``paths``, relative to ``root``.

    One ``git log`` for the whole site rather than one per page. Empty when
    ``root`` is not in a git work tree or git is missing (the caller falls
    back to file times).
    """
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "-c", "core.quotePath=false", "log", "--format=%x00%cs", "--name-only", "--relative", "--no-renames",
             "--", *paths],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    current = ""
    for line in out.splitlines():
        if line.startswith("\x00"):
            current = line[1:].strip()
        elif line.strip():
            dates.setdefault(line.strip(), current)  # newest commit first: keep the first seen
    return dates


def git_history_problem(root: Path) -> str | None:
    """Why git cannot give the sitemap real dates here (no history, or a shallow copy), or None.

    Without full history every page would silently get the copy's date, or the
    date of the one commit a shallow CI checkout holds.
    """
    try:
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "--is-shallow-repository"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "git is not available, so each page's date in the sitemap is its file's date on this machine."
    if out.returncode != 0:
        return ("this folder has no git history, so each page's date in the sitemap is its file's date "
                "on this machine. Build from a git clone for real dates.")
    if out.stdout.strip() == "true":
        return ("this git clone is shallow (only recent commits), so pages changed before them get a wrong "
                "date in the sitemap. Fetch the full history (git fetch --unshallow; in GitHub Actions, "
                "actions/checkout with fetch-depth: 0).")
    return None


def _mtime_date(path: Path) -> str:
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def source_date(root: Path, rel_path: str, git_dates: dict[str, str]) -> str | None:
    """Date of ``rel_path`` (a file or a folder, relative to ``root``).

    A committed file: its last commit date. A file git does not know: its
    modification date. A folder: the newest date of the files in it.
    """
    path = root / rel_path
    if path.is_file():
        key = path.relative_to(root).as_posix()
        return git_dates.get(key) or _mtime_date(path)
    if path.is_dir():
        dates = [source_date(root, f.relative_to(root).as_posix(), git_dates)
                 for f in path.rglob("*") if f.is_file() and not f.name.startswith(".")]
        return max(dates) if dates else None
    return None
