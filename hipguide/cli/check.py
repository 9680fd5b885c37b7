"""`make check`: validate all data and print every problem, without a build."""
from __future__ import annotations

import sys
from pathlib import Path

from hipguide.cli.command import command_parser, reporting_data_errors
from hipguide.data.collections import all_collections
from hipguide.data.load import load_site_data
from hipguide.data.placeholders import placeholder_warnings
from hipguide.data.review_dates import overdue_review_warnings


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when the data is valid, 1 (with every problem listed) when not."""
    root = command_parser("make check", __doc__).parse_args(argv).root.resolve()
    return reporting_data_errors(lambda: _check(root))


def _check(root: Path) -> int:
    data = load_site_data(root)
    for warning in [*placeholder_warnings(data, root), *overdue_review_warnings(data), *map(str, data.warnings)]:
        print(f"WARNING: {warning}", file=sys.stderr)
    counts = ", ".join(f"{len(data.collections[c.kind])} {c.plural}" for c in all_collections())
    print(f"All data is valid: {counts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
