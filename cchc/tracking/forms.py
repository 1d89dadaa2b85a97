"""Forms: they only parse and check input; saving is done by actions."""
from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from .models import Agency, AgencyKind, Plan, Province, ReformArea, TaskStatus
from .deadline_status import DeadlineStatus


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "inactive": "Tài khoản này đã bị khóa.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Tên đăng nhập"
        self.fields["password"].label = "Mật khẩu"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class ProgressForm(forms.Form):
    status = forms.ChoiceField(label="Tình trạng", choices=TaskStatus.choices)
    percent = forms.IntegerField(label="Tiến độ (%)", min_value=0, max_value=100,
                                 error_messages={"min_value": "Tiến độ từ 0 đến 100.",
                                                 "max_value": "Tiến độ từ 0 đến 100.",
                                                 "invalid": "Tiến độ phải là số."})
    narrative = forms.CharField(label="Kết quả thực hiện", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                                max_length=10000)
    files = MultipleFileField(label="Tệp minh chứng", required=False)


class CommentForm(forms.Form):
    body = forms.CharField(label="Ý kiến", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class UploadPlanForm(forms.Form):
    document = forms.FileField(label="Tệp kế hoạch",
                               help_text="DOCX, DOC, ODT, RTF, PDF (kể cả bản scan), ảnh scan, HTML, MHT, TXT "
                                         "hoặc bảng tính XLSX, XLS, ODS.")


class TaskFilterForm(forms.Form):
    plan = forms.ModelChoiceField(label="Kế hoạch", queryset=Plan.objects.order_by("-period_end", "title"),
                                  required=False, empty_label="Các kế hoạch đang thực hiện")
    agency = forms.ModelChoiceField(label="Cơ quan", queryset=Agency.objects.filter(is_active=True),
                                    required=False, empty_label="Tất cả cơ quan")
    area = forms.ModelChoiceField(label="Lĩnh vực", queryset=ReformArea.objects.all(), to_field_name="code",
                                  required=False, empty_label="Tất cả lĩnh vực")
    status = forms.ChoiceField(label="Tình trạng", choices=[("", "Mọi tình trạng"), *TaskStatus.choices],
                               required=False)


class DeadlineFilterForm(TaskFilterForm):
    deadline = forms.ChoiceField(label="Thời hạn", required=False,
                                 choices=[("", "Mọi thời hạn"), *DeadlineStatus.choices])


class MergeAgencyForm(forms.Form):
    successor = forms.ModelChoiceField(label="Cơ quan kế thừa", queryset=Agency.objects.filter(is_active=True))
    date = forms.DateField(label="Ngày hợp nhất / đổi tên (dd/mm/yyyy)", input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                           error_messages={"invalid": "Ngày phải theo dạng dd/mm/yyyy."})


class AgencyForm(forms.Form):
    name = forms.CharField(label="Tên cơ quan", max_length=255)
    kind = forms.ChoiceField(label="Loại", choices=AgencyKind.choices)
    aliases = forms.CharField(label="Tên gọi khác (mỗi dòng một tên)", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))

    def cleaned_aliases(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data.get("aliases", "").splitlines() if line.strip()]


class NewAgencyForm(AgencyForm):
    province = forms.ModelChoiceField(label="Tỉnh", queryset=Province.objects.all(), empty_label=None)
    members_kind = forms.ChoiceField(label="Nếu là nhóm cơ quan: gồm các cơ quan loại", required=False,
                                     choices=[("", "—"), *AgencyKind.choices])
    parent = forms.ModelChoiceField(label="Cơ quan cấp trên", required=False,
                                    queryset=Agency.objects.filter(is_active=True), empty_label="—")

    field_order = ["province", "name", "kind", "members_kind", "parent", "aliases"]
