"""`cchc send_reminders`: the same as `cchc manage send_reminders` (arguments are passed through)."""
from __future__ import annotations

import argparse
import os


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["cchc", "send_reminders", *args.args])
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("send_reminders", help="gửi e-mail nhắc nhiệm vụ quá hạn, sắp đến hạn",
                                   add_help=False)
    parser.add_argument("args", nargs=argparse.REMAINDER)
    parser.set_defaults(func=_run)
