"""The canonical reform areas (shared/gold/SCHEMA.md), in the order plans usually list them."""
from django.db import migrations

AREAS = [
    ("chi_dao_dieu_hanh", "Công tác chỉ đạo, điều hành"),
    ("the_che", "Cải cách thể chế"),
    ("thu_tuc_hanh_chinh", "Cải cách thủ tục hành chính"),
    ("to_chuc_bo_may", "Cải cách tổ chức bộ máy"),
    ("cong_vu", "Cải cách chế độ công vụ"),
    ("tai_chinh_cong", "Cải cách tài chính công"),
    ("hien_dai_hoa", "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"),
    ("mot_cua", "Cơ chế một cửa, một cửa liên thông"),
    ("other", "Nhiệm vụ khác"),
]


def add_areas(apps, schema_editor):
    ReformArea = apps.get_model("tracking", "ReformArea")
    for position, (code, name) in enumerate(AREAS):
        ReformArea.objects.update_or_create(code=code, defaults={"name": name, "position": position})


def remove_areas(apps, schema_editor):
    apps.get_model("tracking", "ReformArea").objects.filter(code__in=[c for c, _ in AREAS]).delete()


class Migration(migrations.Migration):
    dependencies = [("tracking", "0001_initial")]
    operations = [migrations.RunPython(add_areas, remove_areas)]
