"""Budget amounts in million VND ("triệu đồng"), from figures or from words.

`parse_money` reads a budget cell: "35", "1.234,5" (Vietnamese separators), "1,234.5", "2,500" (thousands),
"1,5 tỷ" -> 1500, "500.000.000 đồng" -> 500, "800 nghìn đồng" -> 0.8, "35 triệu", "35 tr.đ"; a cell without a
figure ("Kinh phí thường xuyên", "Theo dự toán") gives None, and so do document numbers and dates.
`parse_vietnamese_number` reads numbers written in words ("Chín trăm ba mươi sáu" -> 936, "một nghìn hai trăm
linh năm", "mười lăm", "hai mươi mốt", "bốn mươi tư", "một tỷ hai trăm triệu" -> 1 200 000 000, "một triệu rưỡi").
`find_stated_total` finds the plan's total budget ("Tổng kinh phí: 936 triệu đồng (Bằng chữ: ...)",
"Tổng cộng ... (Bằng chữ: Chín trăm ba mươi sáu triệu đồng)"), in figures or only in words.
"""
from __future__ import annotations

import re

from ..text import CAPITALS, clean, fold

# thousands grouped with one separator throughout: "1.000 150" is two figures (a total row's two cells)
_NUMBER = re.compile(r"(?<![\d/.,])\d{1,3}(?P<sep>[., \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?(?![\d/])"
                     r"|(?<![\d/.,])\d+(?:[.,]\d+)?(?![\d/])")
_UNIT = re.compile(r"\s*(?P<unit>ty|ti|trieu|tr\.?d\b|tr\b|nghin|ngan|dong|d\b|vnd)(?:\s*(?:dong|vnd)\b)?")
_BILLION = 1000.0   # million VND in a tỷ
_SCALE_TO_MILLION = {"ty": _BILLION, "ti": _BILLION, "trieu": 1.0, "tr": 1.0, "trd": 1.0, "tr.d": 1.0,
                     "nghin": 0.001, "ngan": 0.001, "dong": 1e-6, "d": 1e-6, "vnd": 1e-6}
# a date's or a document's number: "năm 2024", "Điều 5", "Đề án 06", "Chương trình 1719", "Quyết định 1291"
_NOT_MONEY_BEFORE = re.compile(r"(?:\bnam|\bso|\bngay|\bthang|\bquy|\bdieu|\bkhoan|\bmuc|\bde an|\bchuong trinh|"
                               r"\bct|\bquyet dinh|\bqd|\bnghi quyet|\bnq|\bnghi dinh|\bthong tu|\bchi thi|/)\s*$")
_DIGITS = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6,
           "bay": 7, "tam": 8, "chin": 9}
_SCALES = (("ty", 10 ** 9), ("ti", 10 ** 9), ("trieu", 10 ** 6), ("nghin", 1000), ("ngan", 1000))
_NUMBER_WORDS = set(_DIGITS) | {s for s, _ in _SCALES} | {"muoi", "tram", "linh", "le", "ruoi"}
_BARE_TOTAL_REACH = 60  # characters between "Tổng kinh phí" and a figure without unit
_SOURCE_LABEL = re.compile(r"\b(?:ngan sach|ns[a-z]*|nguon|von|xa hoi hoa|xhh|tai tro|ho tro|khac|trung uong|"
                           r"dia phuong|tinh|huyen|xa|odp?a?)\b[^0-9]{0,40}[:=-]?\s*$")
_SHARE = re.compile(r"\btrong do\b|\bbao gom\b|\btong\b|\bgom\b")
_TOTAL_ANCHOR = re.compile(r"\btong (?:so )?(?:kinh phi|du toan|chi phi|cong)\b|\bbang chu\b|"
                           r"\b(?P<plan>kinh phi (?:de )?thuc hien ke hoach)\b")
_SENTENCE_END = re.compile(rf"\.(?=\s+[{CAPITALS}]|\s*$)|\n")


def _to_float(figure: str, large_unit: bool = False) -> float:
    """A figure with Vietnamese or English separators: the last "," or "." followed by 1-2 or 4+ digits,
    or the only separator of "1,5", is the decimal mark; groups of exactly three digits are thousands.
    `large_unit`: the figure counts billions ("2,125 tỷ"), never thousands of them: one separator is the
    decimal mark."""
    figure = re.sub(r"\s", "", figure)
    groups = re.split(r"[.,]", figure)
    if len(groups) == 1:
        return float(figure)
    seps = re.findall(r"[.,]", figure)
    decimal = len(groups[-1]) != 3 or groups[0] == "0" or (len(set(seps)) == 2 and seps[-1] != seps[0]) \
        or (large_unit and len(seps) == 1)
    whole = "".join(groups[:-1]) if decimal else "".join(groups)
    return float(f"{whole}.{groups[-1]}") if decimal else float(whole)


def _amounts(text: str, unit: float = 1.0) -> list[tuple[float, bool, int, int]]:
    """(million VND, has a unit, start, end) for every money-like figure in the cleaned `text`; a figure
    without a unit of its own counts `unit` million VND (the unit its column's header states).
    Figures written in descending units ("3 tỷ 015 triệu", "2 tỷ 350 triệu 500 nghìn đồng") are one amount."""
    folded = fold(text)
    found: list[tuple[float, bool, int, int]] = []
    last_scale = None
    for m in _NUMBER.finditer(folded):
        if _NOT_MONEY_BEFORE.search(folded[:m.start()]):
            continue
        own = _UNIT.match(folded, m.end())
        scale = _SCALE_TO_MILLION[own["unit"].rstrip(".")] if own else unit
        amount, end = _to_float(m.group(), scale >= _BILLION) * scale, own.end() if own else m.end()
        if own and last_scale and scale < last_scale and not folded[found[-1][3]:m.start()].strip():
            found[-1] = (found[-1][0] + amount, True, found[-1][2], end)
        else:
            found.append((amount, bool(own), m.start(), end))
        last_scale = scale if own else None
    return found


def parse_money(cell: str, unit: float = 1.0) -> float | None:
    """The amount of a budget cell in million VND, or None when the cell states no figure. A cell that
    lists its funding sources ("Ngân sách Trung ương: 300; Ngân sách tỉnh: 200") gives their sum.
    `unit`: million VND in one of the column's units ("Kinh phí (đồng)": 0.000001), for a figure written
    without a unit of its own ("150 triệu" is 150 in any column)."""
    cleaned = clean(cell or "")
    amounts = _amounts(cleaned, unit)
    if not amounts:
        return None
    if _by_source(cleaned, amounts):
        return round(sum(a[0] for a in amounts), 6)
    with_unit = [a for a in amounts if a[1]]
    return round((with_unit or amounts)[0][0], 6)


def _by_source(text: str, amounts: list[tuple[float, bool, int, int]]) -> bool:
    """Every figure follows a funding source's label of its own, and no total is given beside them."""
    folded = fold(text)
    if len(amounts) < 2 or _SHARE.search(folded):
        return False
    labels = [folded[previous[3] if previous else 0:start] for previous, (_, _, start, _) in
              zip([None, *amounts], amounts)]
    return all(_SOURCE_LABEL.search(label) for label in labels)


def sum_money(cells: list[str], unit: float = 1.0) -> float | None:
    """The amounts of several budget cells added up ("Ngân sách tỉnh | Nguồn khác" under "Kinh phí"),
    or None when none of them states a figure."""
    figures = [f for f in (parse_money(cell, unit) for cell in cells) if f is not None]
    return round(sum(figures), 6) if figures else None


def _small_number(tokens: list[str]) -> int | None:
    """A number below one thousand ("chín trăm ba mươi sáu", "mười lăm", "một trăm linh năm")."""
    value, pending, seen = 0, None, False
    for i, token in enumerate(tokens):
        previous = tokens[i - 1] if i else None
        if token == "tram":
            value, pending = value + (pending if pending is not None else 1) * 100, None
        elif token == "muoi":
            value, pending = value + (pending if pending is not None else 1) * 10, None
        elif token in _DIGITS and (token != "tu" or previous in ("muoi", "linh", "le")):
            if pending is not None:
                value += pending
            pending = _DIGITS[token]
        elif token not in ("linh", "le"):
            continue
        seen = True
    if not seen:
        return None
    return value + (pending or 0)


def _words(text: str) -> list[str]:
    """Folded words; "mười" (ten) and "mươi" (tens) fold alike and are told apart by position."""
    return re.findall(r"[a-z]+", fold(clean(text)))


def _value(tokens: list[str]) -> float | None:
    for scale_word, scale in _SCALES:
        if scale_word in tokens:
            at = tokens.index(scale_word)
            left = _value(tokens[:at]) if tokens[:at] else 1
            right_tokens = tokens[at + 1:]
            if right_tokens[:1] == ["ruoi"]:
                return (left or 1) * scale + scale / 2
            right = _value(right_tokens) if right_tokens else 0
            return (left or 1) * scale + (right or 0)
    return _small_number(tokens)


def parse_vietnamese_number(words: str) -> float | None:
    """A number written in Vietnamese words, in the units the words say; None if there is none."""
    tokens = [t for t in _words(words or "") if t in _NUMBER_WORDS]
    if not tokens:
        return None
    value = _value(tokens)
    return float(value) if value is not None else None


def _word_amount(text: str) -> tuple[float, int, int] | None:
    """The first run of number words in the cleaned `text`, in million VND (no unit word: already millions)."""
    folded = fold(text)
    run = re.search(r"\b(?:(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|linh|le|nghin|ngan|"
                    r"trieu|ty|ti|ruoi)\b\s*)+(?:dong\b)?", folded)
    if not run or not re.search(r"\b(?:mot|hai|bon|bay|tam|chin|muoi|tram)\b", run.group()):
        return None
    original = text[run.start():run.end()]
    value = parse_vietnamese_number(original)
    if value is None:
        return None
    scaled = re.search(r"\b(?:trieu|ty|ti|nghin|ngan|dong)\b", run.group())
    return (value / 1e6 if scaled else value), run.start(), run.end()


def find_stated_total(text: str) -> tuple[float, str] | None:
    """The total budget a plan states, in million VND, with the phrase it was read from."""
    cleaned = clean(text or "")
    folded = fold(cleaned)
    for anchor in _TOTAL_ANCHOR.finditer(folded):
        window_end = min(len(cleaned), anchor.end() + 250)
        window = cleaned[anchor.end():window_end]
        if anchor["plan"]:   # "Kinh phí thực hiện Kế hoạch ... là 85 triệu đồng": only in its own sentence
            end_of_sentence = _SENTENCE_END.search(window)
            window = window[:end_of_sentence.start()] if end_of_sentence else window
        # a figure with its unit; or, for a total row or a short "Tổng kinh phí: 936", the first bare figure
        figures = [a for a in _amounts(window) if a[1]] or \
            [a for a in _amounts(window) if "cong" in anchor.group() or a[2] <= _BARE_TOTAL_REACH][:1]
        words = _word_amount(window)
        if figures:
            amount, _, _, end = figures[0]
        elif words:
            amount, _, end = words
        else:
            continue
        end = _through_parenthesis(cleaned, anchor.end() + end)
        return round(amount, 6), cleaned[anchor.start():end].strip()
    return None


def _through_parenthesis(text: str, end: int) -> int:
    """Extend a matched amount over a directly following "(Bằng chữ: ...)"."""
    m = re.match(r"\s*\([^()]{0,200}\)", text[end:])
    return end + m.end() if m else end
