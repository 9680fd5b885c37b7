"""One entry point for the project's commands: ``python -m hipguide.cli COMMAND [ARGS]``.

The Makefile's targets call it (``make check`` runs ``python -m hipguide.cli check``);
each command is a module here with ``main(argv) -> exit code``, imported only when run
so that ``check`` does not load the browser editor's or the build's code.
"""
from __future__ import annotations

import importlib
import sys

# command -> (module in hipguide.cli, what it does): the one list `--help` prints.
COMMANDS = {
    "build": ("build", "strict build into site/; site/ is left as it was if anything fails"),
    "check": ("check", "check every data file and list all problems, without building"),
    "new": ("new_page", "start a condition, exercise or question from its template"),
    "retire": ("retire", "list every link to a page, delete it when none is left"),
    "review-report": ("review_report", "every page with its last and next review dates"),
    "release-check": ("release_check", "fail while any clinic detail is still a placeholder"),
    "schemas": ("schemas", "write schemas/*.schema.json from the models"),
    "cms-config": ("cms_config", "write admin/config.yml (the browser editor's forms) from the models"),
    "format-data": ("format_data", "write data/ exactly as the browser editor writes it"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name.ljust(width)}  {what}" for name, (_, what) in COMMANDS.items()]
    return "usage: python -m hipguide.cli COMMAND [ARGS]\n\ncommands:\n" + "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, *rest = argv
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"hipguide.cli.{COMMANDS[name][0]}")
    return module.main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
