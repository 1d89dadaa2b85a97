"""manage.py import_plan_file FILE: parse a plan document with the importer and import it directly
(no review; names neither the database nor the agency registry knows stay unlinked and are listed
in the plan's notices). For batch loading by an operator."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.tracking import actions
from cchc.tracking.actions.imports import ImportSource, parse_with_importer


class Command(BaseCommand):
    help = "Nhập một văn bản kế hoạch (không qua bước kiểm tra)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        try:
            data, notices, text = parse_with_importer(path)
            data["notices"] = notices
            plan = actions.import_plan(data, ImportSource(name=path.name, text=text), None,
                                       create_unknown_agencies=False)
        except actions.ActionError as err:
            raise CommandError(str(err)) from None
        for notice in notices:
            self.stdout.write(f"  ! {notice['message']}" + (f" (dòng {notice['lineno']})" if notice["lineno"] else ""))
        self.stdout.write(f"Đã nhập “{plan.title}”: {plan.tasks.filter(is_active=True).count()} nhiệm vụ (lần {plan.version}).")
