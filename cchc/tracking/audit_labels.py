"""Vietnamese wording for audit entries: action codes, field names and stored values."""
from __future__ import annotations

from .deadline_status import DeadlineStatus
from .models import AgencyKind, PlanKind, Role, TaskStatus

ACTION_LABELS = {
    "plan.import": "Nhập kế hoạch", "plan.reimport": "Nhập lại kế hoạch",
    "task.create": "Thêm nhiệm vụ", "task.reimport": "Cập nhật khi nhập lại", "task.withdraw": "Bỏ nhiệm vụ",
    "task.progress": "Cập nhật tiến độ", "task.comment": "Góp ý", "task.agency_add": "Thêm cơ quan",
    "task.agency_remove": "Bỏ cơ quan", "task.agency_handover": "Chuyển cơ quan kế thừa",
    "target.create": "Thêm chỉ tiêu", "target.reimport": "Cập nhật chỉ tiêu", "target.withdraw": "Bỏ chỉ tiêu",
    "agency.create": "Thêm cơ quan", "agency.update": "Sửa cơ quan", "agency.merge": "Hợp nhất cơ quan",
    "province.create": "Thêm tỉnh", "profile.agency_merged": "Chuyển cán bộ sang cơ quan kế thừa",
    "user.create": "Tạo tài khoản", "user.role": "Đổi vai trò", "user.password_reset": "Đặt lại mật khẩu",
    "import.upload": "Tải lên kế hoạch", "import.edit": "Sửa trước khi nhập",
    "import.map_agency": "Gán cơ quan khi nhập", "import.confirm": "Xác nhận nhập", "import.discard": "Hủy bản nhập",
}
FIELD_LABELS = {
    "status": "tình trạng", "percent": "tiến độ", "completed_on": "ngày hoàn thành", "title": "nội dung",
    "deadline_end": "hạn", "deadline_start": "bắt đầu", "deadline_kind": "loại thời hạn",
    "deadline_text": "thời hạn", "budget_million_vnd": "kinh phí", "lead_names": "chủ trì",
    "coordinating_names": "phối hợp", "outputs": "sản phẩm", "number": "số thứ tự", "is_active": "còn hiệu lực",
    "version": "lần nhập", "name": "tên", "aliases": "tên gọi khác", "kind": "loại", "successor": "cơ quan kế thừa",
    "succeeded_on": "ngày hợp nhất", "agency": "cơ quan", "role": "vai trò", "lead": "chủ trì",
    "coordinating": "phối hợp",
}
_VALUE_LABELS = {**dict(TaskStatus.choices), **dict(AgencyKind.choices), **dict(PlanKind.choices),
                 **dict(Role.choices), **dict(DeadlineStatus.choices)}
_KEY_LABELS = {"status": "tình trạng", "percent": "tiến độ", "files": "tệp", "update": "báo cáo số",
               "title": "nội dung", "number": "số", "tasks": "nhiệm vụ", "source": "tệp", "file": "tệp",
               "comment": "ý kiến số", "role": "vai trò", "agency": "cơ quan", "name": "tên", "kind": "loại",
               "province": "tỉnh"}


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def value_label(value) -> str:
    """A stored JSON value as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
        return _VALUE_LABELS.get(value, value)
    if isinstance(value, list):
        return "; ".join(value_label(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_KEY_LABELS.get(k, k)}: {value_label(v)}" for k, v in value.items())
    return str(value)
