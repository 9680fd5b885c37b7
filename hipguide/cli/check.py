"""`make check`: validate all data and print every problem, without a build."""
from __future__ import annotations

import sys
from pathlib import Path

from hipguide.data.collections import all_collections
from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.data.placeholders import placeholder_warnings
from hipguide.data.review_dates import overdue_review_warnings


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when the data is valid, 1 (with every problem listed) when not."""
    root = Path(argv[0]).resolve() if argv else Path.cwd()
    try:
        data = load_site_data(root)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    for warning in [*placeholder_warnings(data, root), *overdue_review_warnings(data), *map(str, data.warnings)]:
        print(f"WARNING: {warning}", file=sys.stderr)
    counts = ", ".join(f"{len(data.collections[c.kind])} {c.plural}" for c in all_collections())
    print(f"All data is valid: {counts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
