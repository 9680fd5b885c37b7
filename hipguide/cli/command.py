"""What every command shares: its arguments' form, the one data-error report, and writing or checking generated files."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from hipguide.data.errors import DataErrors


def command_parser(command: str, doc: str | None, *, check: str | None = None) -> argparse.ArgumentParser:
    """A parser with ``--root`` (the project, default the folder it runs in) and, given its help, ``--check``."""
    parser = argparse.ArgumentParser(prog=command, description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    if check:
        parser.add_argument("--check", action="store_true", help=f"change nothing; {check}")
    return parser


def reporting_data_errors(run: Callable[[], int]) -> int:
    """``run()``'s exit code; 1 with every data problem listed, one per line, when the data does not load."""
    try:
        return run()
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1


def write_or_check(root: Path, expected: dict[Path, str], *, check: bool, made_from: str, command: str,
                   same: Callable[[Path, str], bool] | None = None) -> int:
    """Write the files whose text differs from ``expected``; with ``check``, write nothing and fail naming each.

    ``same(path, text)`` may accept a difference that does not matter (it is asked only when checking).
    """
    stale = [path for path, text in expected.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]
    if check:
        stale = [path for path in stale if not (same and same(path, expected[path]))]
        for path in stale:
            print(f"{path.relative_to(root)} is out of date with {made_from}. Run `{command}` and commit the result.",
                  file=sys.stderr)
        if not stale:
            print(f"{_files(root, expected)} up to date.")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected[path], encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    print(f"{_files(root, expected)} up to date ({len(stale)} written).")
    return 0


def _files(root: Path, expected: dict[Path, str]) -> str:
    if len(expected) == 1:
        return f"{next(iter(expected)).relative_to(root)} is"
    folders = sorted({path.parent.relative_to(root).as_posix() for path in expected})
    return f"All {len(expected)} files in {', '.join(f + '/' for f in folders)} are"
