"""What cell text reads like: agency names, deadline wording, products, task text, continuation."""
from __future__ import annotations

import re
from functools import lru_cache

from .folding import fold_words
from .model import BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, OUTPUTS, TITLE


_AGENCY_START = re.compile(
    r"^(cac\s+)?(so\b|ubnd\b|uy ban\b|van phong\b|vp\b|co quan\b|don vi\b|dai\b|bao\b|cong an\b|"
    r"ban\b(?! hanh)|phong\b|trung tam\b|thanh tra\b|kho bac\b|cuc\b|chi cuc\b|bo chi huy\b|hoi\b|lien doan\b|"
    r"tinh doan\b|buu dien\b|\S{1,3},?\s+ban,?\s+ng)")
# Words and word pairs of agency names; generic words that task texts use as much ("cơ quan", "đơn vị",
# "hành chính") are left out.
_AGENCY_HEADS = {"so", "ubnd", "ubmttq", "vp", "vpubnd"}  # words that only agency names contain
_AGENCY_WORDS = set("so ban nganh tinh ubnd huyen xa phuong cap ptth".split())
_AGENCY_PAIRS = set(("noi vu", "tu phap", "tai chinh", "thong tin", "truyen thong", "khoa hoc", "cong nghe",
                     "van phong", "uy ban", "nhan dan", "lien quan", "giao duc", "dao tao", "y te", "cong an",
                     "kho bac", "ke hoach", "dau tu", "thi tran", "don vi"))
_DEADLINE_CUES = re.compile(
    r"thuong xuyen|hang nam|dinh ky|truoc ngay|theo quy dinh|theo lo trinh|theo ke hoach|nam truoc|lien ke|"
    r"nam thuc hien ke hoach|che do bao cao|ban hanh trong|\bquy (i|ii|iii|iv|1|2|3|4)\b|\bthang \d|"
    r"\d{1,2}/\d{1,2}(/\d{2,4})?\b|\bnam 20\d\d\b|\bnam ke hoach\b|hang quy|6 thang")
_DEADLINE_START = re.compile(
    r"^(\d{1,2}\s+)?(thuc hien thuong xuyen|thuong xuyen|hang nam|dinh ky|truoc ngay|theo quy dinh|theo lo trinh|"
    r"theo ke hoach|quy (i|ii|iii|iv|1|2|3|4)\b|thang \d|nam 20\d\d|ke hoach ban hanh trong|bao cao ket qua theo)")
_OUTPUT_START = re.compile(
    r"^(\d{1,2}\s+)?(bao cao|quyet dinh|ke hoach|van ban|danh muc|ho so|de an|giai phap|bang|muc|"
    r"chuong trinh|nghi quyet|thong bao|quy che|quy dinh|tai lieu|so lieu|phan mem)\b")
_TERMINAL = re.compile(r"[.;:)]\s*$")
_LIST_MARK = re.compile(r"\d{1,2}\s*[.)]|[-+]\s")  # a numbered or dashed item opens the run
_FIGURES = re.compile(r"[\d.,\s]+")
# A number before a lower-case word is a word OCR garbled into digits ("40 báo cáo CCHC", "4% báo cáo"
# for "độ báo cáo CCHC") or a figure inside a sentence ("80% trở lên"), not a list item: either way the
# words go on with the sentence of a cell.
_NUMBER_WORD = re.compile(r"\d{1,3}%?\s+(\S)")


def _garbled_number(text: str) -> bool:
    match = _NUMBER_WORD.match(text)
    return bool(match) and match.group(1).islower()


def starts_lower(text: str) -> bool:
    """Text that opens in lower case, also after a word OCR read as digits ("40 báo cáo")."""
    return text[:1].islower() or _garbled_number(text)


@lru_cache(maxsize=1)
def _syllables():
    from cchc.restoration import load_restorer

    return load_restorer().model


_NOT_AGENCY_COST = 0.8


def column_scores(text: str) -> dict[str, float]:
    """How much a piece of text reads like each kind of cell."""
    folded = fold_words(text)
    words = folded.split()
    agency_start = _starts_agency(text, folded)
    agency_share = _agency_share(text)
    agency = (2.0 if agency_start else 0.0) + (1.5 * agency_share if len(words) <= 12 else 0.0)
    if not agency_start and agency_share == 0:
        agency -= _NOT_AGENCY_COST  # agency cells hold agency names
    cues = min(2, len(_DEADLINE_CUES.findall(folded)))
    outputs = 2.0 if _OUTPUT_START.match(folded) and not _garbled_number(text) else 0.0
    title = 1.0 if len(text) > 25 else 0.3
    if text[:1].isupper() and not agency_start and not outputs:
        title += 1.0
    if _ITEM_NUMBER.match(text):
        title -= 2.0  # numbered items are products or deadlines
    title -= 1.0 * agency_start + 0.8 * cues
    if len(words) <= 5:
        title -= 1.5 * agency_share  # a short run of agency words is a piece of an agency cell
    return {TITLE: title, LEAD: agency, COORDINATING: agency, OUTPUTS: outputs + 0.3,
            DEADLINE: 2.0 * cues, BUDGET: 2.0 if _FIGURES.fullmatch(text) else -2.0, NOTES: -1.0}


# Lower-case words that fold to an agency name's head ("Sở") but are common words of task text ("số":
# number, as in "số TTHC", "số lượng"): a cell's line that opens with them opens no agency name.
_COMMON_HEADS = frozenset({"số"})


def _starts_agency(text: str, folded: str) -> bool:
    first = text.split(None, 1)[0].strip(".,;:()") if text.strip() else ""
    return bool(_AGENCY_START.match(folded)) and first not in _COMMON_HEADS


@lru_cache(maxsize=1 << 16)
def _agency_share(text: str) -> float:
    """Share of the words that belong to agency names ("Sở", "UBND", "Tư pháp", "cấp huyện")."""
    words = fold_words(text).split()
    covered = [w in _AGENCY_WORDS for w in words]
    for i in range(len(words) - 1):
        if f"{words[i]} {words[i + 1]}" in _AGENCY_PAIRS:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(words) if words else 0.0


_COLLECTIVE = re.compile(r"(?<![\w])[^\s|]{1,3},?\s+ban(?:,\s*|\s+)(?=ng)", re.IGNORECASE)


def repair_words(text: str) -> str:
    """The collective "Sở, ban, ngành" whose first word OCR garbled ("S, ban, ngành", "30, ban, ngành",
    the restorer's "Số, ban, ngành"); the other collectives written so ("các ban, ngành", "Bộ, ban,
    ngành") are left as written."""
    return _COLLECTIVE.sub(_collective, text)


_OTHER_HEADS = frozenset({"cac", "bo"})  # "các ban, ngành", "Bộ, ban, ngành"


def _collective(match: re.Match) -> str:
    written = match.group(0)
    head = written.split()[0].strip(",")
    if fold_words(head) in _OTHER_HEADS or head.lower() == "sở":
        return written
    return ("sở" if head[:1] == "s" else "Sở") + written[len(head):] if fold_words(head) == "so" else "Sở, ban, "


_ITEM_NUMBER = re.compile(r"(\d{1,2})\s*[.)]")
_DASH_ITEM = re.compile(r"[-+]\s")


def continues(previous: str, text: str) -> float:
    """How strongly `text` reads as the next words after `previous` (syllable bigram evidence).

    Called for every run and column of every line with the cell so far as `previous`: only its
    end is looked at.
    """
    item = _ITEM_NUMBER.match(text)
    if item and previous and int(item.group(1)) > 1:
        return 2.0 if re.search(rf"(^|\s){int(item.group(1)) - 1}\s*[.)]", previous) else 0.0
    if previous and _DASH_ITEM.match(text) and _DASH_ITEM.match(previous):
        return 1.5  # the next item of a dash list
    if previous.endswith("-") and not previous.endswith(" -"):
        return 2.0  # a word or a code broken at the end of the line ("34/2016/NĐ-" / "CP")
    end = previous.rstrip()[-1:]
    if not end or end in ".:)":
        return 0.0
    if end in ";,":
        return 0.8 if _agency_share(previous) > 0.5 and _agency_share(text) > 0.5 else 0.0
    last = previous.rsplit(None, 1)[-1].strip(".,;:()").lower()
    first = text.split(None, 1)[0].strip(".,;:()") if text.strip() else ""
    if not last or not first or first[:1].isupper():
        return 0.0
    return _bigram_evidence(last, first.lower())


_LISTED_ITEM = re.compile(r"(?:^|\s)(\d{1,2})\s*[.)]\s")


def repeats_item(previous: str, text: str) -> bool:
    """`text` opens item n of a list that the cell `previous` has already reached: two columns of a
    row often both number their items ("1. Quyết định ...", "1. Kế hoạch ban hành ..."), and a "2."
    goes on the one whose last item is 1."""
    item = _ITEM_NUMBER.match(text)
    listed = [int(n) for n in _LISTED_ITEM.findall(f"{previous} ")]
    return bool(item and listed) and listed[-1] >= int(item.group(1))


@lru_cache(maxsize=1 << 16)
def _bigram_evidence(last: str, first: str) -> float:
    model = _syllables()
    ratio = model.p_bigram(last, first) / model.p_unigram(first)
    return 1.5 if ratio > 20 else 0.8 if ratio > 3 else 0.0


# Words a task text cannot end with: conjunctions, prepositions, plural and passive markers.
_DANGLING_WORDS = frozenset("và của các cho về theo với tại để những được trong hoặc từ đến đối có".split())


def ends_unfinished(text: str) -> bool:
    """Text stopped on a word no sentence ends with ("... lãnh đạo cấp sở và")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _DANGLING_WORDS


def _opens_sentence(text: str) -> bool:
    """Text that starts a sentence: a capitalised common word, not an acronym, a name or OCR debris."""
    words = text.split()
    first = words[0].strip(".,;:()") if words else ""
    if not first[:1].isupper() or (first.isupper() and len(first) > 1) or first.lower() in _NAME_WORDS:
        return False
    if words[0].endswith(".") and len(words) > 1 and words[1][:1].islower():
        return False  # "Nào. môn cấp huyện": a misread word, not a one-word sentence
    return _syllables().count(first.lower()) >= _COMMON_WORD


def _opens_task(parts: list[str]) -> bool:
    """A first segment that can open a task text: a sentence that is not an agency list or a deadline."""
    return _opens_sentence(parts[0]) and _task_text(parts) and _agency_share(parts[0]) < 0.5


def _deadline_like(text: str) -> bool:
    folded = fold_words(text)
    return bool(_DEADLINE_START.match(folded)) or len(_DEADLINE_CUES.findall(folded)) >= 2


def _may_be_task_text(parts: list[str]) -> bool:
    """A first segment that is not plainly another cell (list item, deadline, product, agency list)."""
    if not parts or _opens_sentence(parts[0]):
        return False
    folded = fold_words(parts[0])
    return not (_LIST_MARK.match(parts[0]) or _deadline_like(parts[0]) or
                _OUTPUT_START.match(folded) or _AGENCY_START.match(folded) or _names_agency(parts[0]))


def _names_agency(text: str) -> bool:
    """A short run that names an agency inside it ("huyện; UBND cấp", "(in, UBND ấp")."""
    words = fold_words(text).split()
    return len(words) <= 4 and any(w in _AGENCY_HEADS for w in words)


def _task_text(parts: list[str]) -> bool:
    """A first segment that can be task text: not a list item, agency list or deadline."""
    if not parts:
        return False
    first = parts[0]
    folded = fold_words(first)
    short_agency = bool(_AGENCY_START.match(folded)) and len(folded.split()) <= 4 or _names_agency(first)
    return not (_LIST_MARK.match(first) or _agency_share(first) >= 0.6 or short_agency or
                _deadline_like(first) or _OUTPUT_START.match(folded))


_COMMON_WORD = 20  # corpus count of a syllable that can open a task text ("Ne", "Vơ" are OCR debris)
_NAME_WORDS = {"bộ", "chính", "nhà", "ủy", "uỷ", "sở", "quốc", "thủ", "trung", "văn", "ban", "hội", "luật",
               "nghị", "quyết", "cổng", "trang", "đề", "kế", "chương"}
