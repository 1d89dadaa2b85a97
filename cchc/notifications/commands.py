"""`cchc send_reminders`: the same as `cchc manage send_reminders` (options are passed through)."""
from __future__ import annotations

import argparse
import os


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
    from django.core.management import execute_from_command_line

    argv = ["cchc", "send_reminders"]
    if args.date:
        argv += ["--date", args.date]
    for agency in args.agency or []:
        argv += ["--agency", str(agency)]
    argv += [flag for flag, on in (("--dry-run", args.dry_run), ("--force", args.force)) if on]
    execute_from_command_line(argv)
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("send_reminders", help="gửi e-mail nhắc nhiệm vụ quá hạn, sắp đến hạn")
    parser.add_argument("--date", help="ngày nhắc (dd/mm/yyyy), mặc định hôm nay")
    parser.add_argument("--agency", type=int, action="append", help="chỉ nhắc cơ quan có mã này (lặp được)")
    parser.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không gửi")
    parser.add_argument("--force", action="store_true", help="gửi lại cả thư đã gửi hôm nay")
    parser.set_defaults(func=_run)
