"""Server-rendered SVG charts (no JavaScript): horizontal bar charts with text labels, readable
without colour (every bar carries its number) and described by a <title> for screen readers."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from .templatetags.vi_format import vn_number


@dataclass
class Bar:
    label: str
    value: float
    css_class: str = ""
    display: str = ""  # text shown after the bar; the number by default


def bar_chart(title: str, bars: list[Bar], width: int = 640, label_width: int = 260, bar_height: int = 22) -> SafeString:
    gap, pad = 8, 4
    height = pad * 2 + len(bars) * (bar_height + gap)
    maximum = max((b.value for b in bars), default=0) or 1
    room = width - label_width - 120
    rows = []
    for index, bar in enumerate(bars):
        y = pad + index * (bar_height + gap)
        length = max(0.0, bar.value) / maximum * room
        text = bar.display or vn_number(bar.value)
        rows.append(format_html(
            '<g class="bar {}"><text class="bar-label" x="{}" y="{}" text-anchor="end">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
            '<text class="bar-value" x="{}" y="{}">{}</text></g>',
            bar.css_class, label_width - 8, y + bar_height * 0.7, _shorten(bar.label, 38),
            label_width, y, f"{length:.1f}", bar_height, label_width + length + 6, y + bar_height * 0.7, text))
    return format_html(
        '<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        width, height, title, mark_safe("".join(rows)))


def progress_bar(done: int, total: int) -> SafeString:
    """A thin stacked bar: share of finished tasks."""
    share = done / total if total else 0
    return format_html(
        '<svg class="mini-progress" role="img" viewBox="0 0 100 8" width="100" height="8" '
        'preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><title>{}%</title>'
        '<rect width="100" height="8" class="track"></rect><rect width="{}" height="8" class="fill"></rect></svg>',
        round(share * 100), f"{share * 100:.1f}")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
