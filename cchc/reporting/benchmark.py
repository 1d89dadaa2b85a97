"""`cchc report-bench`: how long the province's periodic report takes to build for a large plan.

Generates a province with N agencies and a plan of M tasks (through the real actions), fills one quarter's
reports of every agency (submitted and approved), then times `report_context`, the Word report and the
Excel annex. `sample_page` renders the Đắk Nông 2021 seed plan's report after a filled quarter to PDF and
its first page to PNG (the picture in docs/screenshots).
"""
from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from cchc.tracking import actions as tracking
from cchc.tracking.models import Agency, AgencyKind, Plan, ReformArea, Role, TaskStatus
from cchc.tracking.permissions import tasks_of_agency

from . import actions
from .consolidation import report_context
from .documents import render_annex_xlsx, render_docx, render_pdf
from .formatting import number
from .models import AgencyReport, Indicator, ReportingPeriod

DEPARTMENTS = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc", "Ban Quản lý các khu công nghiệp",
]
TARGETS = [
    "100% văn bản quy phạm pháp luật được rà soát, hệ thống hóa theo quy định",
    "100% hồ sơ thủ tục hành chính được giải quyết đúng hạn",
    "Trên 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình",
    "100% cơ quan, đơn vị công khai thủ tục hành chính trên Cổng dịch vụ công",
    "90% cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng chuyên môn",
    "100% văn bản trao đổi giữa các cơ quan hành chính dưới dạng điện tử",
]
NARRATIVES = {
    "results": "Hoàn thành {done}/{total} nhiệm vụ thuộc lĩnh vực {area}, các nhiệm vụ còn lại đang triển khai "
               "theo kế hoạch; ban hành {docs} văn bản chỉ đạo, hướng dẫn và tổ chức {meetings} hội nghị quán triệt.",
    "shortcomings": "Một số nhiệm vụ còn chậm so với tiến độ đề ra; việc cập nhật số liệu chưa thường xuyên.",
    "causes": "Cán bộ làm công tác cải cách hành chính còn kiêm nhiệm; kinh phí bố trí chưa kịp thời.",
    "proposals": "Đề nghị Sở Nội vụ tiếp tục hướng dẫn, tập huấn nghiệp vụ cho cán bộ đầu mối.",
}


@dataclass
class Timings:
    context: float
    docx: float
    xlsx: float

    @property
    def total(self) -> float:
        return self.context + self.docx + self.xlsx


def agency_names(count: int) -> list[str]:
    names = DEPARTMENTS[:count]
    names += [f"UBND huyện số {i}" for i in range(1, count - len(names) + 1)]
    return names


def synthetic_plan(province: str, year: int, names: list[str], tasks: int) -> dict:
    """A plan dict in the importer's shape: tasks spread over the reform areas, one lead and one partner each."""
    areas = list(ReformArea.objects.values_list("code", flat=True)) or ["khac"]
    rows = []
    for i in range(tasks):
        quarter = i % 4 + 1
        end = dt.date(year, 3 * quarter, 28)
        rows.append({
            "id": f"{i // 10 + 1}.{i % 10 + 1}", "area": areas[i % len(areas)], "title": f"Nhiệm vụ thử nghiệm số {i + 1}",
            "lead": [names[i % len(names)]], "coordinating": [names[(i + 7) % len(names)]],
            "deadline_text": f"Quý {quarter}/{year}",
            "deadline": {"kind": "period", "start": f"{year}-01-01", "end": end.isoformat()}})
    targets = [{"text": text, "value": 80 if text.startswith("Trên") else 100, "unit": "%", "comparator": ">=",
                "year": year, "area": None, "lead": [names[i % len(names)]], "monitor": []}
               for i, text in enumerate(TARGETS)]
    return {"plan": {"province": province, "title": f"Kế hoạch cải cách hành chính tỉnh {province} năm {year}",
                     "kind": "annual", "period_start": year, "period_end": year},
            "tasks": rows, "targets": targets}


def build_province(tasks: int, agencies: int, year: int = 2021, province: str = "Thử Nghiệm"):
    admin = tracking.create_user(None, "bench-admin", "Bench-Mat-khau-2026", Role.ADMIN, validate=False)
    names = agency_names(agencies)
    plan_dict = synthetic_plan(province, year, names, tasks)
    from cchc.tracking.actions.imports import _province

    place = _province(admin, province)
    mapping = {name: tracking.create_agency(admin, name, place, kind=AgencyKind.DEPARTMENT) for name in names}
    plan = tracking.import_plan(plan_dict, "bench.json", admin, agency_mapping=mapping)
    return admin, plan


def officers_for(admin, agencies: list[Agency]) -> dict[Agency, object]:
    return {agency: tracking.create_user(admin, f"bench-{agency.pk}", "Bench-Mat-khau-2026", Role.OFFICER,
                                         agency=agency, validate=False) for agency in agencies}


def fill_quarter(admin, period: ReportingPeriod, officers: dict, rng: random.Random) -> list[AgencyReport]:
    """Every agency reports: task lines, one narrative per area, figures for each indicator; submitted, approved."""
    indicators = list(Indicator.objects.filter(target__plan=period.plan).select_related("target"))
    reports = []
    for agency, officer in officers.items():
        report = actions.open_report(officer, period, agency)
        lines = {}
        for line in report.task_lines.all():
            status = rng.choice([TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.NOT_STARTED])
            percent = {TaskStatus.DONE: 100, TaskStatus.NOT_STARTED: 0}.get(status, rng.randrange(10, 95, 5))
            lines[line.task_id] = {"status": status, "percent": percent,
                                   "note": "Đã hoàn thành, có văn bản kèm theo." if status == TaskStatus.DONE else
                                   "Đang triển khai theo kế hoạch."}
        areas = {line.task_id: line.task.area_id for line in report.task_lines.select_related("task")}
        narratives = {}
        for n in report.narratives.select_related("area"):
            mine = [v for task_id, v in lines.items() if areas[task_id] == n.area_id]
            done = sum(v["status"] == TaskStatus.DONE for v in mine)
            narratives[n.area.code] = {field: text.format(done=done, total=len(mine), area=n.area.name.lower(),
                                                          docs=rng.randint(1, 6), meetings=rng.randint(1, 3))
                                       for field, text in NARRATIVES.items()}
        values = {}
        for indicator in indicators:
            denominator = rng.randint(20, 400)
            values[indicator.pk] = (rng.randint(int(denominator * 0.7), denominator), denominator)
        actions.save_report(officer, report, lines=lines, narratives=narratives, values=values)
        late = rng.random() < 0.2
        submitted = dt.datetime.combine(period.due_agency + dt.timedelta(days=3 if late else -2), dt.time(9))
        actions.submit_report(officer, report, now=timezone.make_aware(submitted))
        actions.approve_report(admin, report)
        reports.append(report)
    return reports


def time_report(period: ReportingPeriod, folder: Path, today: dt.date | None = None) -> Timings:
    start = time.perf_counter()
    context = report_context(period, today=today)
    built = time.perf_counter()
    render_docx(context, folder / "bao-cao.docx")
    written = time.perf_counter()
    render_annex_xlsx(context, folder / "phu-luc.xlsx")
    done = time.perf_counter()
    return Timings(built - start, written - built, done - written)


def seconds(value: float) -> str:
    return f"{number(value, 2)} s"


def run(tasks: int = 120, agencies: int = 30, say=print) -> Timings:
    rng = random.Random(2021)
    say(f"Tạo tỉnh thử nghiệm: {agencies} cơ quan, {tasks} nhiệm vụ…")
    admin, plan = build_province(tasks, agencies)
    period = {p.code: p for p in actions.create_schedule(admin, plan)}["quarter_1"]
    officers = officers_for(admin, actions.expected_agencies(plan))
    say(f"Điền báo cáo {period.label} của {len(officers)} cơ quan…")
    fill_quarter(admin, period, officers, rng)
    # Compiled on the day the Department reports to the Provincial People's Committee.
    with tempfile.TemporaryDirectory(prefix="cchc-bench-") as folder:
        timings = time_report(period, Path(folder), today=period.due_department)
    say(f"Dựng nội dung báo cáo (report_context): {seconds(timings.context)}")
    say(f"Báo cáo Word (.docx): {seconds(timings.docx)}")
    say(f"Phụ lục Excel (.xlsx): {seconds(timings.xlsx)}")
    say(f"Tổng cộng: {seconds(timings.total)} (mục tiêu dưới 3 s) – {'đạt' if timings.total < 3 else 'chưa đạt'}")
    return timings


def sample_page(out: Path, seed: Path, agencies: int = 6, say=print) -> Path:
    """The seed plan's consolidated report for its first quarter, page 1 as a PNG at `out`."""
    from cchc.tracking.actions.imports import ImportSource
    from cchc.tracking.demo import parse_seed

    admin = tracking.create_user(None, "sample-admin", "Sample-Mat-khau-2026", Role.ADMIN, validate=False)
    data, text = parse_seed(seed)
    plan: Plan = tracking.import_plan(data, ImportSource(name=seed.name, text=text), admin)
    period = {p.code: p for p in actions.create_schedule(admin, plan)}["quarter_1"]
    expected = actions.expected_agencies(plan)
    busiest = sorted(expected, key=lambda a: -tasks_of_agency(a).filter(plan=plan).count())[:agencies]
    officers = officers_for(admin, sorted(busiest, key=lambda a: a.name))
    fill_quarter(admin, period, officers, random.Random(2021))
    say(f"{plan.title}: {len(officers)}/{len(expected)} cơ quan đã nộp báo cáo {period.label}.")
    with tempfile.TemporaryDirectory(prefix="cchc-sample-") as folder:
        folder = Path(folder)
        report = render_docx(report_context(period, today=period.due_department), folder / "bao-cao.docx")
        pdf = render_pdf(report, folder)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(folder / "page")], check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes((folder / "page.png").read_bytes())
    say(f"Trang 1 của báo cáo: {out}")
    return out
