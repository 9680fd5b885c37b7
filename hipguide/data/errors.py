"""Data errors as staff see them: file, line, field and a plain message."""
from __future__ import annotations

from dataclasses import dataclass

# Per file and per kind of check: one mistake pasted 100,000 times needs one fix, and
# listing every copy would cost time, memory and the staff member's patience.
MAX_REPORTED = 50


def more_problems(rel: str, line: int, field: str, count: int, what: str = "problems") -> DataError:
    """The line that stands for the ``count`` problems not listed after ``line``."""
    return DataError(rel, line, field, f"there are {count:,} more {what} after this line. Fix the ones above first, "
                                       "then build again.")


@dataclass(frozen=True, order=True)
class DataError:
    """One problem in one data file, reported like a linter line."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataErrors(Exception):
    """Every data error found in one pass; raised instead of a traceback."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        """All errors, one per line, with a count and a hint for non-programmers."""
        n = len(self.errors)
        lines = [f"Found {n} problem{'s' if n != 1 else ''} in the data files:", ""]
        lines += [f"  {e}" for e in self.errors]
        lines += ["", "Fix the lines above and save; EDITING.md explains each message."]
        return "\n".join(lines)
