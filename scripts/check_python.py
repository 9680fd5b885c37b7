#!/usr/bin/env python3
"""Say in one plain line when this Python cannot run the project, before anything is installed.

The range is requires-python in pyproject.toml. Written for any Python 3, even
one far too old for the rest of the project, so it can say so in words.
"""
import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _version(text):
    return tuple(int(part) for part in text.split("."))


def problem(version, spec):
    """Why ``version`` (a tuple) is outside ``spec`` ('>=3.11.5,<3.13'), or None."""
    for clause in spec.split(","):
        m = re.match(r"\s*(>=|<=|<|>|==)\s*([\d.]+)\s*$", clause)
        if not m:
            continue
        op, bound = m.group(1), _version(m.group(2))
        here = version[:len(bound)]
        ok = {">=": version >= bound, ">": version > bound, "<": here < bound,
              "<=": here <= bound, "==": here == bound}[op]
        if not ok:
            return "too old" if op in (">=", ">") else "too new" if op in ("<", "<=") else "not supported"
    return None


def main():
    spec = re.search(r'^requires-python\s*=\s*"([^"]+)"', PYPROJECT.read_text(encoding="utf-8"), re.M).group(1)
    version = tuple(sys.version_info[:3])
    why = problem(version, spec)
    if why:
        print("{} is Python {}, {} for this project: it needs Python {} (README.md, 'A fresh machine', "
              "says how to get one; then run make PYTHON=/path/to/python3).".format(
                  sys.executable, ".".join(map(str, version)), why, spec.replace(",", " and ")), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
