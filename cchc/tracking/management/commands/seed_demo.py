"""manage.py seed_demo: the same as `cchc demo` (import seed plans, create demo accounts)."""
from pathlib import Path

from django.core.management.base import BaseCommand

from cchc.tracking.demo import DEMO_PASSWORD, run_demo


class Command(BaseCommand):
    help = "Nhập các kế hoạch mẫu và tạo tài khoản dùng thử."

    def add_arguments(self, parser):
        parser.add_argument("seeds", help="thư mục văn bản kế hoạch mẫu")
        parser.add_argument("--gold", default=None)
        parser.add_argument("--password", default=DEMO_PASSWORD)

    def handle(self, *args, **options):
        gold = Path(options["gold"]) if options["gold"] else None
        accounts = run_demo(Path(options["seeds"]), self.stdout.write, gold, password=options["password"])
        for account in accounts:
            self.stdout.write(f"{account.username}\t{account.password}\t{account.role}\t{account.agency}")
