"""The `cchc` command. Each capability registers its own subcommands from its `commands` module."""
from __future__ import annotations

import argparse
import importlib
import sys

# Modules that define `register(subparsers)`; each subcommand sets `func(args) -> int`.
COMMAND_MODULES = [
    "cchc.importer.commands",
    "cchc.restoration.commands",
    "cchc.web.commands",
    "cchc.ocr.commands",
    "cchc.reporting.commands",
    "cchc.notifications.commands",
    "cchc.loadtest.commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cchc", description="CCHC: kế hoạch cải cách hành chính")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
