"""`cchc` subcommands of the web application:

    cchc manage <args>        Django's manage.py (migrate, createsuperuser, shell, ...)
    cchc demo [--seeds DIR]   migrate, import the seed plans, create demo accounts (printed)
    cchc serve [--port 8000]  migrate and serve on http://127.0.0.1:8000
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SETTINGS = "cchc.web.settings"
REPO = Path(__file__).resolve().parents[2]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def _manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["cchc manage", *args.args])
    return 0


def _migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def _demo(args: argparse.Namespace) -> int:
    _setup()
    from cchc.tracking.demo import run_demo

    _migrate()
    seeds = Path(args.seeds)
    if not seeds.is_dir():
        print(f"Không tìm thấy thư mục kế hoạch mẫu: {seeds}", file=sys.stderr)
        return 1
    accounts = run_demo(seeds, print, gold_dir=Path(args.gold) if args.gold else None,
                        illustrate=not args.no_illustration, password=args.password)
    print("\nTài khoản dùng thử (tên đăng nhập / mật khẩu / vai trò):")
    for account in accounts:
        extra = f" – {account.agency}" if account.agency else ""
        print(f"  {account.username:<40} {account.password:<16} {account.role}{extra}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    _setup()
    from django.core.management import call_command

    if not args.no_migrate:
        _migrate()
    print(f"Đang chạy tại http://{args.host}:{args.port}/ (Ctrl+C để dừng)")
    call_command("runserver", f"{args.host}:{args.port}", use_reloader=False, use_threading=True)
    return 0


def register(subparsers) -> None:
    manage = subparsers.add_parser("manage", help="lệnh quản trị Django (migrate, createsuperuser, ...)")
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(func=_manage)

    demo = subparsers.add_parser("demo", help="nhập các kế hoạch mẫu và tạo tài khoản dùng thử")
    demo.add_argument("--seeds", default=str(DEFAULT_SEEDS), help="thư mục văn bản kế hoạch mẫu")
    demo.add_argument("--gold", default=None, help="thư mục JSON chuẩn, dùng khi bộ nhập chưa đọc được một tệp")
    demo.add_argument("--password", default="CchcDemo@2026", help="mật khẩu cho các tài khoản dùng thử")
    demo.add_argument("--no-illustration", action="store_true",
                      help="không tạo bản minh họa năm hiện tại của kế hoạch năm gần nhất")
    demo.set_defaults(func=_demo)

    serve = subparsers.add_parser("serve", help="chạy ứng dụng web")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", default="8000")
    serve.add_argument("--no-migrate", action="store_true")
    serve.set_defaults(func=_serve)
