"""`make release-check`: fail while any clinic detail is still made up; the publish workflow runs it before deploying."""
from __future__ import annotations

import sys
from pathlib import Path

from hipguide.cli.command import command_parser, reporting_data_errors
from hipguide.data.load import load_site_data
from hipguide.data.placeholders import unconfirmed_details


def main(argv: list[str] | None = None) -> int:
    """0 when every detail is real; 1 listing each one that is not (or when the data does not load)."""
    root = command_parser("make release-check", __doc__).parse_args(argv).root.resolve()
    return reporting_data_errors(lambda: _release_check(root))


def _release_check(root: Path) -> int:
    details = unconfirmed_details(load_site_data(root), root)
    if not details:
        print("Ready to publish: every clinic detail is confirmed.")
        return 0
    print(f"Not ready to publish: {len(details)} details are still made up or unconfirmed.", file=sys.stderr)
    for detail in details:
        print(f"  {detail}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
