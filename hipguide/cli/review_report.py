"""`make review-report`: every page with its last and next review dates, soonest first."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.data.review_dates import review_table


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 (listing the problems) if the data cannot be read."""
    parser = argparse.ArgumentParser(prog="make review-report", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: here)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="pretend today is YYYY-MM-DD")
    args = parser.parse_args(argv)
    try:
        data = load_site_data(args.root)
    except DataErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    print(review_table(data, args.today))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
