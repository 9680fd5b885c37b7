"""`make review-report`: every page with its last and next review dates, soonest first."""
from __future__ import annotations

import datetime as dt
import sys

from hipguide.cli.command import command_parser, reporting_data_errors
from hipguide.data.load import load_site_data
from hipguide.data.review_dates import review_table


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 (listing the problems) if the data cannot be read."""
    parser = command_parser("make review-report", __doc__)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="pretend today is YYYY-MM-DD")
    args = parser.parse_args(argv)
    return reporting_data_errors(lambda: print(review_table(load_site_data(args.root), args.today)) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
