"""Render into the shared cache the overviews of the plans still running (or of every plan).

Cached overviews are keyed by the day, so the first readers after midnight, after a deploy or after
a bulk import each wait for a render (~20 ms of CPU per 100 tasks, much more when many arrive at
once). Run it from cron shortly after midnight and after deploys:

    cchc manage warm_overviews          # plans whose period has not ended
    cchc manage warm_overviews --all    # every plan
"""
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from cchc.tracking.models import Plan
from cchc.tracking.overview import warm


class Command(BaseCommand):
    help = "Dựng sẵn trang tổng quan của các kế hoạch đang thực hiện vào bộ nhớ đệm"

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="mọi kế hoạch, kể cả đã hết thời kỳ")

    def handle(self, *args, **options):
        today = timezone.localdate()
        plans = Plan.objects.select_related("province").order_by("pk")
        if not options["all"]:
            plans = plans.filter(Q(period_end__gte=today.year) | Q(period_end__isnull=True))
        plans = list(plans)
        rendered = warm(plans, today)
        self.stdout.write(f"Đã dựng {rendered} trang tổng quan ({len(plans) - rendered} đã có sẵn).")
