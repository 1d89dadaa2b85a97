"""Forms of the reporting pages: they parse and check input; saving is done by `actions`."""
from __future__ import annotations

from django import forms

from cchc.tracking.models import TaskStatus

from .formatting import number
from .models import AgencyReport, Indicator, IndicatorValue

NARRATIVE_LABELS = {"results": "Kết quả đạt được", "shortcomings": "Tồn tại, hạn chế", "causes": "Nguyên nhân",
                    "proposals": "Đề xuất, kiến nghị"}


class ScheduleForm(forms.Form):
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100,
                              error_messages={"invalid": "Năm phải là số.", "min_value": "Năm không hợp lệ.",
                                              "max_value": "Năm không hợp lệ."})


class ReviewForm(forms.Form):
    DECISIONS = [("approve", "Duyệt"), ("return", "Trả lại"), ("reopen", "Mở lại")]
    decision = forms.ChoiceField(label="Quyết định", choices=DECISIONS)
    comment = forms.CharField(label="Ý kiến của Sở Nội vụ", required=False, max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class ValueImportForm(forms.Form):
    sheet = forms.FileField(label="Bảng số liệu (.xlsx)",
                            error_messages={"required": "Hãy chọn tệp số liệu (.xlsx)."})


def _decimal_text(value) -> str:
    return number(value, 2) if value is not None else ""


class ReportForm(forms.Form):
    """One report's task lines, area narratives and indicator figures as flat named fields.

    Field names carry the object: "line-<task id>-status", "area-<code>-results", "value-<indicator id>-numerator".
    """

    def __init__(self, report: AgencyReport, indicators: list[Indicator], data=None):
        super().__init__(data)
        self.report = report
        self.lines = list(report.task_lines.select_related("task", "task__area"))
        self.narratives = list(report.narratives.select_related("area"))
        self.indicators = indicators
        stored = {v.indicator_id: v for v in IndicatorValue.objects.filter(period=report.period, agency=report.agency)}
        for line in self.lines:
            self._add_line_fields(line)
        for narrative in self.narratives:
            for name, label in NARRATIVE_LABELS.items():
                self.fields[f"area-{narrative.area.code}-{name}"] = forms.CharField(
                    label=f"{label} ({narrative.area.name})", required=False, max_length=20000,
                    initial=getattr(narrative, name), widget=forms.Textarea(attrs={"rows": 3}))
        for indicator in indicators:
            self._add_value_fields(indicator, stored.get(indicator.pk))

    def _add_line_fields(self, line) -> None:
        key, number_text = f"line-{line.task_id}", line.task.number
        self.fields[f"{key}-status"] = forms.ChoiceField(
            label=f"Tình trạng nhiệm vụ {number_text}", choices=TaskStatus.choices, initial=line.status)
        self.fields[f"{key}-percent"] = forms.IntegerField(
            label=f"Tiến độ (%) nhiệm vụ {number_text}", min_value=0, max_value=100, initial=line.percent,
            error_messages={"invalid": "phải là số từ 0 đến 100.", "min_value": "phải từ 0 đến 100.",
                            "max_value": "phải từ 0 đến 100.", "required": "chưa ghi tiến độ."},
            widget=forms.NumberInput(attrs={"class": "input-narrow"}))
        self.fields[f"{key}-note"] = forms.CharField(
            label=f"Kết quả, ghi chú nhiệm vụ {number_text}", required=False, max_length=10000, initial=line.note,
            widget=forms.Textarea(attrs={"rows": 2}))

    def _add_value_fields(self, indicator: Indicator, value: IndicatorValue | None) -> None:
        attrs = {"inputmode": "decimal", "autocomplete": "off"}
        position = indicator.target.position + 1
        self.fields[f"value-{indicator.pk}-numerator"] = forms.CharField(
            label=indicator.numerator_label or f"Giá trị chỉ tiêu {position}", required=False, max_length=30,
            initial=_decimal_text(value.numerator if value else None), widget=forms.TextInput(attrs=attrs))
        if indicator.is_ratio:
            self.fields[f"value-{indicator.pk}-denominator"] = forms.CharField(
                label=indicator.denominator_label or f"Mẫu số chỉ tiêu {position}", required=False, max_length=30,
                initial=_decimal_text(value.denominator if value else None), widget=forms.TextInput(attrs=attrs))

    # ---------------------------------------------------------------- rows for the template

    def line_rows(self) -> list[dict]:
        return [{"line": line, "status": self[f"line-{line.task_id}-status"],
                 "percent": self[f"line-{line.task_id}-percent"], "note": self[f"line-{line.task_id}-note"]}
                for line in self.lines]

    def narrative_rows(self) -> list[dict]:
        return [{"narrative": n, "fields": [self[f"area-{n.area.code}-{name}"] for name in NARRATIVE_LABELS]}
                for n in self.narratives]

    def value_rows(self) -> list[dict]:
        return [{"indicator": i, "numerator": self[f"value-{i.pk}-numerator"],
                 "denominator": self[f"value-{i.pk}-denominator"] if i.is_ratio else None}
                for i in self.indicators]

    # ---------------------------------------------------------------- what save_report receives

    def payload(self) -> dict:
        data = self.cleaned_data
        lines = {line.task_id: {"status": data[f"line-{line.task_id}-status"],
                                "percent": data[f"line-{line.task_id}-percent"],
                                "note": data[f"line-{line.task_id}-note"]} for line in self.lines}
        narratives = {n.area.code: {name: data[f"area-{n.area.code}-{name}"] for name in NARRATIVE_LABELS}
                      for n in self.narratives}
        values = {}
        for indicator in self.indicators:  # only figures that changed, so the audit log records real edits
            names = [f"value-{indicator.pk}-numerator"] + ([f"value-{indicator.pk}-denominator"]
                                                           if indicator.is_ratio else [])
            if any(name in self.changed_data for name in names):
                values[indicator.pk] = tuple(data[name] for name in names) + ((None,) if len(names) == 1 else ())
        return {"lines": lines, "narratives": narratives, "values": values}
