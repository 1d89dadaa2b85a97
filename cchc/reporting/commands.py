"""`cchc` subcommands of the reporting app:

    cchc report-bench [--tasks 120] [--agencies 30] [--sample-page PATH] [--seed FILE]
        times the province's periodic report (context, Word, Excel) in a throw-away SQLite database;
        --sample-page also renders the seed plan's report after a filled quarter, page 1 as PNG.
    cchc send_report_reminders [--date dd/mm/yyyy] [--agency ID] [--dry-run] [--force]
        the same as `cchc manage send_report_reminders`: e-mail agencies whose report is late, due soon
        or returned (run daily).
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

DEFAULT_SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "002_591ff2b9d60f55ba.txt"


def _throwaway_django(folder: str) -> None:
    """Django on a fresh SQLite file in `folder`, whatever DATABASE_URL the shell holds."""
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def _bench(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="cchc-report-bench-") as folder:
        _throwaway_django(folder)
        from . import benchmark

        benchmark.run(tasks=args.tasks, agencies=args.agencies)
        if args.sample_page:
            benchmark.sample_page(Path(args.sample_page), Path(args.seed))
    return 0


def _reminders(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
    from django.core.management import execute_from_command_line

    argv = ["cchc", "send_report_reminders"]
    argv += ["--date", args.date] if args.date else []
    for agency in args.agency or []:
        argv += ["--agency", str(agency)]
    argv += ["--dry-run"] if args.dry_run else []
    argv += ["--force"] if args.force else []
    execute_from_command_line(argv)
    return 0


def register(subparsers) -> None:
    bench = subparsers.add_parser("report-bench", help="đo thời gian lập báo cáo định kỳ của tỉnh (CSDL tạm)")
    bench.add_argument("--tasks", type=int, default=120, help="số nhiệm vụ của kế hoạch thử (mặc định 120)")
    bench.add_argument("--agencies", type=int, default=30, help="số cơ quan (mặc định 30)")
    bench.add_argument("--sample-page", metavar="PATH", help="lưu trang 1 báo cáo (PNG) của kế hoạch mẫu")
    bench.add_argument("--seed", default=str(DEFAULT_SEED), help="văn bản kế hoạch mẫu cho --sample-page")
    bench.set_defaults(func=_bench)

    reminders = subparsers.add_parser("send_report_reminders",
                                      help="gửi e-mail nhắc cơ quan nộp báo cáo định kỳ (quá hạn, sắp đến hạn)")
    reminders.add_argument("--date", help="ngày nhắc (dd/mm/yyyy), mặc định hôm nay")
    reminders.add_argument("--agency", type=int, action="append", help="chỉ nhắc cơ quan có mã này (lặp được)")
    reminders.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không gửi")
    reminders.add_argument("--force", action="store_true", help="gửi lại cả thư đã gửi hôm nay")
    reminders.set_defaults(func=_reminders)
