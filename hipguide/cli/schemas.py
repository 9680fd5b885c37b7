"""Write schemas/*.schema.json (editor autocompletion for data/) from the models, or check them."""
from __future__ import annotations

import sys

from hipguide.cli.command import command_parser, reporting_data_errors, write_or_check
from hipguide.data.schema import _same_but_ids, expected_files


def main(argv: list[str] | None = None) -> int:
    """Write the schemas, or with --check report the stale ones; 0 when all is well."""
    args = command_parser("make schemas", __doc__, check="exit 1 if a committed schema is stale").parse_args(argv)
    root = args.root.resolve()
    return reporting_data_errors(lambda: write_or_check(
        root, expected_files(root), check=args.check, command="make schemas",
        made_from="the models or data/symptom-checker.yml", same=_same_but_ids))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
