"""URLs of the tracking pages (Vietnamese paths, English names)."""
from django.urls import path

from .views import agencies, audit, auth, bulk, imports, lists, plans, search, tasks

urlpatterns = [
    path("", auth.home, name="home"),
    path("dang-nhap/", auth.LoginView.as_view(), name="login"),
    path("dang-xuat/", auth.LogoutView.as_view(), name="logout"),
    path("ke-hoach/", plans.plan_list, name="plan_list"),
    path("ke-hoach/<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("nhiem-vu/", lists.all_tasks, name="task_list"),
    path("nhiem-vu/<int:pk>/", tasks.task_detail, name="task_detail"),
    path("nhiem-vu/<int:pk>/cap-nhat/", tasks.task_update, name="task_update"),
    path("nhiem-vu/<int:pk>/y-kien/", tasks.task_comment, name="task_comment"),
    path("minh-chung/<int:pk>/", tasks.evidence_download, name="evidence_download"),
    path("qua-han/", lists.overdue, name="overdue"),
    path("sap-den-han/", lists.due_soon, name="due_soon"),
    path("viec-cua-toi/", lists.my_tasks, name="my_tasks"),
    path("viec-cua-toi/bang-cong-viec.xlsx", bulk.bulk_download, name="bulk_download"),
    path("viec-cua-toi/cap-nhat-hang-loat/", bulk.bulk_upload, name="bulk_upload"),
    path("co-quan/", agencies.agency_list, name="agency_list"),
    path("co-quan/them/", agencies.agency_create, name="agency_create"),
    path("co-quan/<int:pk>/", lists.agency_detail, name="agency_detail"),
    path("co-quan/<int:pk>/sua/", agencies.agency_edit, name="agency_edit"),
    path("co-quan/<int:pk>/hop-nhat/", agencies.agency_merge, name="agency_merge"),
    path("tim-kiem/", search.search_page, name="search"),
    path("nhat-ky/", audit.audit_log, name="audit_log"),
    path("nhap-ke-hoach/", imports.import_upload, name="import_upload"),
    path("nhap-ke-hoach/<int:pk>/", imports.import_review, name="import_review"),
    path("nhap-ke-hoach/<int:pk>/huy/", imports.import_discard, name="import_discard"),
    path("nhap-ke-hoach/<int:pk>/doc-lai/", imports.import_retry, name="import_retry"),
]
