"""Pages of the reporting regime (mounted under /bao-cao/, Vietnamese paths, English names)."""
from django.urls import path

from .views import agency_reports, dashboard, documents, indicators, schedule, year_close

app_name = "reporting"
urlpatterns = [
    path("", schedule.index, name="index"),
    path("ke-hoach/<int:pk>/", schedule.plan_schedule, name="plan_schedule"),
    path("ke-hoach/<int:pk>/lap-lich/", schedule.create_schedule, name="create_schedule"),
    path("ke-hoach/<int:pk>/tong-ket-nam/", year_close.year_close, name="year_close"),
    path("don-vi/", agency_reports.my_reports, name="my_reports"),
    path("ky/<int:pk>/", dashboard.period_dashboard, name="period_dashboard"),
    path("ky/<int:pk>/don-vi/", agency_reports.period_report, name="period_report"),
    path("ky/<int:pk>/chi-tieu/", indicators.indicator_list, name="indicators"),
    path("ky/<int:pk>/chi-tieu/nhap/", indicators.indicator_import, name="indicator_import"),
    path("ky/<int:pk>/chi-tieu/<int:indicator_pk>/xu-huong.png", indicators.trend_png, name="trend_png"),
    path("ky/<int:pk>/bao-cao-tong-hop.docx", documents.download, {"kind": "docx"}, name="consolidated_docx"),
    path("ky/<int:pk>/phu-luc.xlsx", documents.download, {"kind": "xlsx"}, name="consolidated_xlsx"),
    path("ky/<int:pk>/bao-cao-tong-hop.pdf", documents.download, {"kind": "pdf"}, name="consolidated_pdf"),
    path("bao-cao/<int:pk>/", agency_reports.report_detail, name="report_detail"),
    path("bao-cao/<int:pk>/luu/", agency_reports.report_save, name="report_save"),
    path("bao-cao/<int:pk>/xem-xet/", agency_reports.report_review, name="report_review"),
]
