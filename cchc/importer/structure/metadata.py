"""Plan metadata from the document's opening: province, title, kind, period, decision, issuer."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..fields.areas import guess_area
from ..fields.dates import find_spans
from ..fields.localities import province_of
from ..page_numbers import page_number
from ..plan import PlanInfo
from ..text import CAPITALS, clean, fold

# the heading, also with a mark OCR lost ("KE HOẠCH", "KẾ HOACH")
# "KẾ HOẠCH" opening a line, also after the appendix's own label ("PHỤ LỤC: KẾ HOẠCH ...", as a sheet heads it);
# older plans were issued as a "CHƯƠNG TRÌNH công tác cải cách hành chính"
_TITLE_START = re.compile(r"(?:^|\n|\s{2,}|\)\s)[^\S\n]*(?:PH[ỤU] L[ỤU]C(?: [IVX\d]{1,4})?\s*[:.–-]\s*)?"
                          r"(?:D[ỰU] TH[ẢA]O\s+)?"   # "DỰ THẢO KẾ HOẠCH": a draft's heading
                          r"(K[ẾE] HO[ẠA]CH|Kế hoạch|CH[ƯU][ƠO]NG TR[ÌI]NH)\s*(?::|\n|\s)")
# a draft's mark under its heading: "(DỰ THẢO)", "(Dự thảo lần 2)", "DỰ THẢO" on a line of its own
_DRAFT_MARK = re.compile(r"^(?:\(\s*D[ỰU] TH[ẢA]O\b[^()\n]{0,20}\)|D[ỰU] TH[ẢA]O(?: L[ẦA]N \d+)?[^\S\n]*\n)\s*",
                         re.IGNORECASE)
_PLAN, _PROGRAMME = "Kế hoạch", "Chương trình"   # what the heading calls the document
_BLOCK_START = re.compile(r"^([IVX]+\.|\d+\.|[a-zđ]\)|[A-ZĐ]\.\s|PHẦN\s|-\s|Căn cứ|Thực hiện|Nhằm)")
_CLOSING_FORMULA = re.compile(r"Trên đây là (Kế hoạch [^|\t]{10,250}?)(?:,|;|\.\s)")
_ATTACHED_TO = re.compile(r"\((?:Ban hành )?[Kk]èm theo Kế hoạch (?!số\b)([^()\n]{10,250}?)"
                          r"(?:\s+ban hành\b|\s+số\b|,|\))")
# "3335/KH-UBND", "15/2025/QĐ-UBND" (a legal normative decision carries its year), "15/2014/QĐ- UBND"
_NUMBER = r"\d+\s*/\s*[\w.\-–Đđ]+(?:/[\w.\-–Đđ]+)?(?:(?<=[-–])\s+[\w.\-–Đđ]+)?"
_DECISION = re.compile(
    r"kèm theo\s+(Quyết định|Kế hoạch)\s*(?:số)?\s*:?\s*(?P<num>" + _NUMBER + ")"
    r"(?P<after>[^()]{0,200})", re.IGNORECASE)   # the date may be wrapped onto the next line
# a clause citing another plan: "Căn cứ Kế hoạch ... ban hành kèm theo Quyết định số 100/QĐ-UBND ..."
_CITING = re.compile(r"(?:^|\n)\s*(?:Căn cứ|Thực hiện|Theo|Triển khai)\b")   # not a title in capitals
_AMENDS = re.compile(r"\b(?:sửa đổi|bổ sung|điều chỉnh|thay thế|bãi bỏ|tại)\b", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"\bS[ốỐ]\s*:\s*(?P<num>" + _NUMBER + ")|"   # "SỐ:" in a letterhead set in capitals
                          r"(?:^|\n|\t)\s*S[ốỐ]\s+(?P<bare>\d+\s*/\s*(?:KH|QĐ|QD)[\w.\-–Đđ]*)")  # "Số 25/KH-UBND"
# a portal's lead paragraph: "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025 về ..."
_ISSUED_AS = re.compile(r"^(?!Căn cứ|Thực hiện|Theo)[^\n]{0,120}?\bban hành\s+(?:Quyết định|Kế hoạch)\s+số\s*:?\s*"
                        r"(?P<num>" + _NUMBER + ")", re.IGNORECASE | re.MULTILINE)
_DATE_AFTER = re.compile(r"ngày\s*(\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})",
                         re.IGNORECASE)
_PLAN_KINDS = re.compile(r"(?:KH|QĐ)(?:-|$)")
_DOC_TYPES = ("QĐ", "KH", "CT", "NQ", "TB", "BC", "HD", "CV", "TTr")
_ACRONYMS = {"cchc", "ubnd", "hđnd", "tthc", "qppl", "cntt", "iso", "par", "index", "cbccvc", "papi",
             "sipas", "pci", "ddci", "cqđt", "tp", "ct"}
_THEMATIC = ("chi so", "par index", "tuyen truyen", "truyen thong", "kiem tra", "khao sat", "dao tao", "boi duong",
             "danh gia", "ung dung cong nghe", "so hoa", "chuyen doi so", "mot cua")
# "cải cách hành chính và chuyển đổi số năm 2024": a province's yearly plan of both, no theme (folded)
_WITH_DIGITAL = re.compile(r"\b(cai cach hanh chinh|cchc)(?: nha nuoc)?,? (?:va|gan voi) chuyen doi so\b")
_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|đến)\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b")
# the date and number of a document the title cites: "Nghị quyết số 48/NQ-CP ngày 03/4/2023", "Chỉ thị số 27/CT-TTg
# ngày 15 tháng 8 năm 2024", "Nghị định 61/2018/NĐ-CP": no year of the plan's own
_CITED_DATE = re.compile(r"\bngày\s+\d{1,2}\s*(?:/|-|\.|\s+tháng\s+)\s*\d{1,2}\s*(?:/|-|\.|\s+năm\s+)\s*(?:19|20)\d{2}\b"
                         r"|\b\d+/(?:19|20)\d{2}/[\w-]+", re.IGNORECASE)
# "đến năm 2030" alone: the plan runs from when it is issued up to that year
_UNTIL_YEAR = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+)?năm\s*$", re.IGNORECASE)
# the year of an index whose results the plan answers ("Chỉ số cải cách hành chính năm 2019", "Chỉ số PAPI năm")
_INDEX_YEAR = re.compile(r"\bchỉ\s+số\b[^.;\n]{0,80}?\bnăm\s*$", re.IGNORECASE)


# a legal database's own page title above the document, its number and issue year after the kind:
# "KẾ HOẠCH 125/KH-UBND NĂM 2013 VỀ CẢI CÁCH HÀNH CHÍNH ..." (the plan is for 2014)
_PAGE_TITLE = re.compile(r"^[ \t]*(?:KẾ HOẠCH|QUYẾT ĐỊNH)[ \t]+(?:SỐ[ \t]+)?" + _NUMBER + r"[^\n]*(?:\n|$)",
                         re.MULTILINE)
_PAGE_TITLE_REACH = 600


def read_metadata(text: str) -> PlanInfo:
    text = _without_page_title(text.replace("\xa0", " "))
    head = text[:20000]
    info = PlanInfo()
    word, subject = _title_subject(head) or _closing_subject(text) or _attached_subject(head) or \
        _appendix_subject(head) or (_PLAN, None)
    letterhead = _letterhead(head)
    agency = _issuing_agency(letterhead)
    info.province = _province(subject or "") or _province(_province_source(head, letterhead, agency))
    info.title = _title(word, subject, info.province) if subject else None
    decision = _issuing_decision(head)
    info.decision_number, info.decision_date = _decision(head, decision)
    issued = int(info.decision_date[:4]) if info.decision_date else None
    info.period_start, info.period_end = _period(subject, issued) if subject else _period(head, None)
    info.kind = _kind(subject or "", info.period_start, info.period_end)
    info.province = info.province or _local_province(letterhead, subject or "", issued or info.period_start)
    info.issuer = _issuer(head, letterhead, agency, decision)
    if info.issuer == "UBND tỉnh":
        info.issuer = (_issuer_in_title(info.title) if info.title else None) or _caption_issuer(decision) or info.issuer
    return info


def _without_page_title(text: str) -> str:
    """The text without a database's page title in capitals near its top, which is no part of the
    document: the title, the letterhead and the year are read from the document itself."""
    m = _PAGE_TITLE.search(text, 0, _PAGE_TITLE_REACH)
    if m and m.group() == m.group().upper():
        return text[:m.start()] + text[m.end():]
    return text


_HEADLINE_REACH = 2000  # characters from a portal's headline to the document's own heading


def _title_subject(text: str) -> tuple[str, str] | None:
    """The kind of document its heading names ("Kế hoạch", "Chương trình") and the words after the
    heading that name the plan; the document's own heading in capitals wins over a line opening "Kế
    hoạch ..." (a portal's headline above the document)."""
    headline, headline_at = None, 0
    for m in _TITLE_START.finditer(text):
        if headline and m.start() - headline_at > _HEADLINE_REACH:
            break  # a heading in capitals far below (an appendix's) does not replace the title
        before = text[max(0, m.start() - 12):m.start() + 1]
        if re.search(r"(BAN HÀNH|ban hành|theo)\s*$", before):
            continue
        rest = _DRAFT_MARK.sub("", text[m.end():].lstrip(), count=1)
        sentence_case = m.group(1) == "Kế hoạch"
        if sentence_case and m.start(1) > 0 and text[m.start(1) - 1] not in "\n":
            continue  # "Kế hoạch" inside running text is not the title
        subject = _caps_subject(rest) or _sentence_subject(rest)
        if sentence_case and subject and (subject.startswith(("-", "–")) or subject.endswith(";")):
            continue  # "Vụ Kế hoạch - Tài chính ...;" wrapped in running text
        if subject and len(subject) > 10 and not re.search(r"[|\t]", subject):
            if not sentence_case:
                return (_PLAN if fold(m.group(1)) == "ke hoach" else _PROGRAMME), clean(subject)
            if headline is None:
                headline, headline_at = (_PLAN, clean(subject)), m.start()
    return headline


def _closing_subject(text: str) -> tuple[str, str] | None:
    """The closing formula "Trên đây là Kế hoạch ..." names the plan too."""
    m = _CLOSING_FORMULA.search(text)
    return (_PLAN, clean(m.group(1)[len(_PLAN):])) if m else None


def _attached_subject(text: str) -> tuple[str, str] | None:
    """An appendix published on its own names its plan only in the line under its heading: "(Kèm theo
    Kế hoạch cải cách hành chính năm 2024 của tỉnh Phú Yên ban hành kèm theo Quyết định số ...)"."""
    m = _ATTACHED_TO.search(text)
    return (_PLAN, clean(m.group(1))) if m else None


# an appendix published on its own (a spreadsheet) opens on its heading, under its issuer's name, which
# names the plan's subject: "PHỤ LỤC" / "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH QUẢNG NGÃI NĂM 2021",
# "DANH MỤC NHIỆM VỤ CCHC NĂM 2024"
_APPENDIX_HEADING = re.compile(r"^\s*(?:(?:PHỤ LỤC|UBND|(?:ỦY|UỶ) BAN NHÂN DÂN)\b[^\n]*\n\s*){0,3}"
                               r"(?:DANH MỤC\s+)?(?:CÁC\s+)?NHIỆM VỤ\s+(?:TRỌNG TÂM\s+)?(?=CẢI CÁCH HÀNH CHÍNH\b|CCHC\b)")


def _appendix_subject(text: str) -> tuple[str, str] | None:
    m = _APPENDIX_HEADING.match(text)
    subject = _caps_subject(text[m.end():]) if m else None
    return (_PLAN, subject) if subject else None


# the rule set under a title: "––––––––––", "-----", "_____", "***"
_RULE = re.compile(r"^\s*[-–—_*=~.·•]{3,}\s*$")


def _caps_subject(rest: str) -> str | None:
    """Upper-case words up to a blank line, an opening parenthesis or the first word in lower case;
    a short name in parentheses inside the title ("(PAR INDEX)") is part of it."""
    words = []
    for line in rest.split("\n"):
        if not line.strip() or _RULE.match(line):
            if words:
                break
            continue
        if words and ("\t" in line or "|" in line or _BLOCK_START.match(line.strip()) or page_number(line)):
            break  # a table row, the first part of the plan ("I. MỤC ĐÍCH, YÊU CẦU"), a page's number (a PDF viewer's copy keeps it): the title has ended
        line_words = line.split()
        for i, word in enumerate(line_words):
            if word.startswith("(") and not _inner_parenthesis(" ".join(line_words[i:])):
                return _enough(words)
            if word != word.upper():
                return _enough(words)
            words.append(word)
    return _enough(words)


_SHORT_PARENTHESIS = re.compile(r"^\([^()\s]+(?:\s+[^()\s]+){0,3}\)\s*\S")


def _inner_parenthesis(text: str) -> bool:
    """A parenthesis of at most four words that the title goes on after: "(PAR Index) tỉnh Long An"."""
    return bool(_SHORT_PARENTHESIS.match(text)) and not fold(text).startswith(("(kem", "(ban hanh"))


def _enough(words: list[str]) -> str | None:
    return " ".join(words) if sum(any(c.isalpha() for c in w) for w in words) >= 3 else None


def _sentence_subject(rest: str) -> str | None:
    """A sentence-case title, possibly wrapped over lines, up to a blank line or the next block."""
    lines = []
    for line in rest.split("\n"):
        line = line.strip()
        if not line or line.startswith("(") or page_number(line) or _RULE.match(line) or \
                (lines and (_BLOCK_START.match(line) or _is_caps_heading(line))):
            break
        if lines and line[:1].isupper() and re.search(r"\b(?:19|20)\d{2}\b", " ".join(lines)):
            break  # a title that named its year is complete: "Cập nhật: 10/01/2025" is the page's, not its
        lines.append(line)
        if line.endswith((".", ";", ":")):
            break
    subject = _before_note(" ".join(lines)).strip()
    return subject if 10 < len(subject) < 250 else None


def _is_caps_heading(line: str) -> bool:
    """A heading in capitals after a sentence-case title ("MỤC ĐÍCH, YÊU CẦU") is not part of it."""
    return sum(c.isalpha() for c in line) >= 4 and line == line.upper()


def _before_note(text: str) -> str:
    """The text up to its first parenthesis that is not a short name inside the title."""
    for m in re.finditer(r"\(", text):
        if not _inner_parenthesis(text[m.start():]):
            return text[:m.start()]
    return text


def _title(word: str, subject: str, province: str | None) -> str:
    subject = re.sub(r"\s*(-|–)\s*", lambda m: " - " if m.group().strip() != m.group() else "-", subject)
    if subject.upper() == subject:
        subject = _proper_names(" ".join(_lower_word(w) for w in subject.split()))
        if province:
            subject = re.sub(re.escape(province.lower()), province, subject)
    elif not _is_acronym(subject.split()[0]):  # "CCHC năm 2023" keeps its acronym
        subject = subject[0].lower() + subject[1:]
    return f"{word} {subject}"


# a place's name runs up to the year ("huyện Đức Trọng năm 2024"); "xã hội" is no commune
# (a "năm" followed by no year is part of the name: "huyện Năm Căn"; "M'gar" is one word)
_PLACE = re.compile(r"\b(huyện|thị xã|quận|thành phố|xã(?! hội\b)|phường|thị trấn) "
                    r"((?:(?!năm\s+\d|giai\b)[^\W\d_]+(?:['’][^\W\d_]+)? ){1,4})(?=năm\s+\d|giai đoạn\b)|"
                    r"\b(huyện|thị xã|quận|thành phố|xã(?! hội\b)|phường|thị trấn) ((?:[^\W\d_]+(?:['’][^\W\d_]+)? ?){1,4})$")
# where a title names the agency whose plan it is: "... của sở tài chính", "cải cách hành chính sở giáo dục và
# đào tạo năm 2017", "CCHC Sở Y tế"
_OWNER_AFTER = r"(?:(?<=của )|(?<=cải cách hành chính )|(?<=cchc ))"
_AGENCY_IN_TITLE = re.compile(_OWNER_AFTER + r"(sở|bộ|ban|phòng|văn phòng|thanh tra|công an) "
                              r"((?:(?!năm\b|giai\b|đến\b|về\b|ngày\b)[^\W\d_,-]+[ ,-]*){1,8})")
# a document cited by its number: "thực hiện nghị quyết số 48/NQ-CP" -> "Nghị quyết số 48/NQ-CP"
_CITED = re.compile(r"\b(nghị quyết|nghị định|quyết định|chỉ thị|thông tư|kế hoạch|chương trình|đề án|"
                    r"công văn|thông báo|kết luận)(?= số\b)")
# bodies of the state, always written with capitals
_STATE_BODIES = {"thủ tướng chính phủ": "Thủ tướng Chính phủ", "chính phủ": "Chính phủ", "quốc hội": "Quốc hội",
                 "bộ chính trị": "Bộ Chính trị", "ban bí thư": "Ban Bí thư", "trung ương": "Trung ương",
                 "ủy ban nhân dân": "Ủy ban nhân dân", "hội đồng nhân dân": "Hội đồng nhân dân", "đảng": "Đảng",
                 "ngân hàng nhà nước": "Ngân hàng Nhà nước", "kiểm toán nhà nước": "Kiểm toán nhà nước",
                 "bảo hiểm xã hội việt nam": "Bảo hiểm xã hội Việt Nam", "việt nam": "Việt Nam"}
_STATE_BODY = re.compile(r"\b(" + "|".join(sorted(_STATE_BODIES, key=len, reverse=True)) + r")\b(?! viên)")


def _proper_names(subject: str) -> str:
    """A title lowered from capitals gets its names back: "huyện Đức Trọng", "của Sở Tài chính",
    "Nghị quyết số 48/NQ-CP của Chính phủ"."""
    subject = _PLACE.sub(lambda m: f"{m[1] or m[3]} {_name_case(m[2] or m[4])}", subject)
    subject = _CITED.sub(lambda m: m[0].capitalize(), subject)
    subject = _STATE_BODY.sub(lambda m: _STATE_BODIES[m[0]], subject)
    subject = re.sub(r"\b(khóa|lần thứ) ([ivxlc]+)\b", lambda m: f"{m[1]} {m[2].upper()}", subject)
    return _AGENCY_IN_TITLE.sub(lambda m: _agency_name(m[0].upper().strip(), m[1].upper()) +
                                (" " if m[0].endswith(" ") else ""), subject)


def _name_case(name: str) -> str:
    """Each word of a place's name capitalised, and only its first letter: "Cư M'gar", not "M'Gar"."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


def _is_acronym(word: str) -> bool:
    letters = re.sub(r"[^\wĐđ]", "", word)
    return len(letters) > 1 and letters.isupper()


def _lower_word(word: str) -> str:
    """A word of a title in capitals, lowered unless it is an acronym, a code with digits ("48/NQ-CP",
    "5G", not the hour "0H00"), a Roman numeral of three letters ("XVI") or a short name in parentheses ("(IOT)")."""
    core = re.sub(r"[^\wĐđ]", "", word)
    if core.lower() in _ACRONYMS or re.fullmatch(r"[IVXLC]{3,}", core) or \
            (re.search(r"\d", word) and not re.fullmatch(r"\d{1,2}H\d{2}", core)) or \
            re.fullmatch(r"\(\w{2,6}\)[,;.]?", word):
        return word
    return word.lower()


_PROVINCE_MARKERS = ("tinh ", "thanh pho ", "tp ", "tp. ", "uy ban nhan dan tinh ", "ubnd tinh ")
_FORMER = re.compile(r"\s*\(\s*cu\s*\)")   # "tỉnh Ninh Thuận (cũ)", folded
# the cities run by the centre, of a province's rank ("THÀNH PHỐ HÀ TĨNH" is a province's city); folded
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


@lru_cache(maxsize=1)
def _provinces() -> tuple[list[str], dict[str, int], re.Pattern]:
    """Province names longest first, their folded forms' ranks, and a pattern matching any of them after
    a marker."""
    data = resources.files("cchc.importer.data").joinpath("provinces.txt").read_text(encoding="utf-8")
    names = sorted((ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")),
                   key=lambda n: -len(fold(n)))
    keys = "|".join(re.escape(fold(n)).replace(r"\ ", r"\s+") for n in names)   # a name a line break cut
    rank = {fold(n): i for i, n in enumerate(names)}
    # "tỉnh" may end a line, the name opening the next; a line may end inside the name too; "TP." may
    # touch the name ("TP.Hồ Chí Minh")
    markers = "|".join(re.escape(m.rstrip()) + (r"(?:[ \t]*|" if m.endswith(". ") else r"(?:[ \t]+|") +
                       r"[ \t]*\n[ \t]*)" for m in _PROVINCE_MARKERS)
    return names, rank, re.compile(rf"\b(?:{markers})({keys})\b")


def _province(text: str) -> str | None:
    """The province named first (the letterhead's, above the body's); a province merged away in 2025 that
    the text calls former ("tỉnh Ninh Thuận (cũ)") is not the issuer's. A province's own city ("thành
    phố Kon Tum") names it only where nothing else names a province: since 2025 such a city may be a
    ward of another province, which a ward's plan names after telling how the ward was formed."""
    folded = fold(text)
    names, rank, pattern = _provinces()
    named = [m for m in pattern.finditer(folded) if not _FORMER.match(folded, m.end())]
    first = next((m for m in named if not _provincial_city(m)), named[0] if named else None)
    return names[rank[" ".join(first.group(1).split())]] if first else None


def _province_source(head: str, letterhead: list[str], agency: re.Match | None) -> str:
    """Where the plan's province is named: the letterhead for a body of the state ("BỘ TƯ PHÁP"), whose
    tasks may name places ("tập huấn tại thành phố Đà Nẵng"); else the head of the document."""
    return " ".join(letterhead) if agency and agency.group("head") in _CENTRAL_HEADS else head


# the unit a local plan is of, in its title: "Kế hoạch cải cách hành chính năm 2020 của huyện Lạc Dương"
_TITLE_UNIT = re.compile(r"\b(huyện|thị xã|quận|thành phố|xã|phường|đặc khu)\s+((?:[A-ZĐ][^\s,.;()]*[ \t]*){1,4})")


def _local_province(letterhead: list[str], subject: str, year: int | None) -> str | None:
    """The province of the district or commune whose plan names no province: the unit its letterhead
    names, else its title, when no unit of that level elsewhere bears the name."""
    units = list(filter(None, map(_local_unit, letterhead)))
    units += [(m.group(1), m.group(2)) for m in _TITLE_UNIT.finditer(subject)]
    return next(filter(None, (province_of(kind, name, year) for kind, name in units)), None)


def _provincial_city(mention: re.Match) -> bool:
    """"thành phố Kon Tum": a city inside a province, not one of the centrally-run cities."""
    marker = mention.string[mention.start():mention.start(1)]
    return marker.startswith(("thanh pho", "tp")) and " ".join(mention.group(1).split()) not in _CENTRAL_CITIES


def _period(text: str, issued: int | None) -> tuple[int | None, int | None]:
    """The years a title names; `issued`: the year of the plan's own date, where a plan "đến năm 2030" starts."""
    text = _CITED_DATE.sub(" ", text)
    for m in _YEARS.finditer(text):
        if m.group(1):
            return int(m.group(1)), int(m.group(2))
        year = int(m.group(3))
        if issued and year < issued and _INDEX_YEAR.search(text[max(0, m.start() - 100):m.start()]):
            return issued, issued   # "khắc phục ... kết quả Chỉ số CCHC năm 2019", issued in 2020: runs in 2020
        until = _UNTIL_YEAR.search(text[max(0, m.start() - 20):m.start()])
        return (issued if until and issued and issued < year else year), year
    return None, None


_OWNER = re.compile(_OWNER_AFTER + r"(?:Sở|Ban|Phòng|Chi cục|Trường|Trung tâm|Ủy ban|UBND|Bộ|Tổng cục|Cục|"
                    r"Bảo hiểm xã hội|Ngân hàng|Kiểm toán)\s.*$", re.IGNORECASE)


def _kind(subject: str, start: int | None, end: int | None) -> str:
    """Thematic when the title names a theme or not administrative reform itself; with no title
    found (an appendix on its own), the period decides."""
    folded = fold(_OWNER.sub("", subject))   # "... của Sở Giáo dục và Đào tạo": a name, no theme
    folded = _WITH_DIGITAL.sub(r"\1", folded)   # the reform and digital transformation: the whole plan of both
    if subject and (any(k in folded for k in _THEMATIC) or
                    ("cai cach hanh chinh" not in folded and "cchc" not in folded)):
        return "thematic"
    return "multi_year" if start and end and end > start else "annual"


def theme_area(info: PlanInfo) -> str | None:
    """The reform area a thematic plan's title names ("Kế hoạch kiểm tra công tác CCHC", "... rà soát
    thủ tục hành chính"): the area of its tasks whose own words name none."""
    if info.kind != "thematic" or not info.title:
        return None
    return guess_area(_OWNER.sub("", info.title))


def _issuing_decision(text: str) -> re.Match | None:
    """"(Ban hành kèm theo Quyết định số ...)": the decision that issues this plan, not one a clause cites, nor the
    plan an amendment changes ("Sửa đổi, bổ sung một số nhiệm vụ tại Phụ lục kèm theo Kế hoạch số 210/KH-UBND")."""
    for m in _DECISION.finditer(text):
        clause = re.split(r"[(;]|\.\s|\n\s*\n", text[max(0, m.start() - 400):m.start()])[-1]
        if not _CITING.search(clause) and not _AMENDS.search(clause.rpartition("\n")[2]):
            return m
    return None


def _decision(text: str, decision: re.Match | None) -> tuple[str | None, str | None]:
    """Number and date of the decision that issues the plan, else of the plan itself ("Số: 45/KH-UBND").
    An appendix's caption "(Kèm theo Kế hoạch số 18/KH-UBND)" names the plan itself without its date."""
    if decision:
        number, date = normalise_number(decision.group("num")), _date_in(decision.group("after"))
        own = None if date else _own_number(text)
        return number, date or (own[1] if own and own[0] == number else None)
    return _own_number(text) or (None, None)


def _own_number(text: str) -> tuple[str, str | None] | None:
    """The plan's own number ("Số: 08/KH-UBND", or a portal's lead "... ban hành Kế hoạch số 08/KH-UBND")
    and the date beside it (the lead may date it first: "Ngày 12/01/2026, UBND phường ... ban hành ...")."""
    found = [m for m in (_number_line(text[:6000]), _ISSUED_AS.search(text[:6000])) if m]
    if not found:
        return None
    number = normalise_number(found[0]["num"] or found[0].groupdict().get("bare"))
    dates = (_date_in(_CITING.split(text[m.end():m.end() + 200], maxsplit=1)[0]) or _date_in(m.group(0))
             for m in found if normalise_number(m["num"] or m.groupdict().get("bare")) == number)
    return number, next(filter(None, dates), None)   # not the date of a plan a clause cites


def _number_line(head: str) -> re.Match | None:
    """The first "Số: ..." line of a plan's or a decision's number, else the first: a cover letter sending the
    plan ("Số: 310/UBND-NC ... V/v triển khai Kế hoạch ...") has the letter's number, without a kind."""
    lines = list(_NUMBER_LINE.finditer(head))
    issuing = (m for m in lines if _PLAN_KINDS.match(normalise_number(m["num"] or m["bare"]).rpartition("/")[2]))
    return next(issuing, lines[0] if lines else None)


def normalise_number(raw: str) -> str:
    """"3406/QĐUBND" -> "3406/QĐ-UBND", "934 /QD-UBND" -> "934/QĐ-UBND"."""
    num = re.sub(r"\s+", "", raw).replace("–", "-").rstrip(".,;)")
    number, _, code = num.rpartition("/")   # "15/2025/QĐ-UBND": the kind of document comes last
    code = re.sub(r"^QD(?=-|[A-Z])", "QĐ", code)
    for kind in _DOC_TYPES:
        if code.startswith(kind) and len(code) > len(kind) and code[len(kind)] != "-":
            code = f"{kind}-{code[len(kind):]}"
            break
    return f"{number}/{code}"


def _date_in(text: str) -> str | None:
    m = _DATE_AFTER.search(text)
    if not m:
        return None
    days = [span for span in find_spans(m.group(0)) if span.kind == "day" and span.year]
    bounds = days[0].bounds(None) if days else None
    return bounds[0].isoformat() if bounds else None


def _issuer(text: str, letterhead: list[str], agency: re.Match | None, decision: re.Match | None) -> str:
    """"UBND tỉnh" or its chairman (who signs the issuing `decision`); a district's plan ("UBND huyện") or a
    department's ("Sở Tài chính") is told by the `agency` line of the letterhead above the title."""
    if agency:
        return _as_written(_agency_name(_with_wrapped_name(agency.group(0), letterhead), agency.group("head")), text)
    level = _level(letterhead)
    if level == "tỉnh" and not any("TỈNH" in cell for cell in letterhead):
        level = _lead_level(text)
    if (decision and re.search(r"của\s+Chủ\s+tịch", decision["after"], re.IGNORECASE)) or \
            re.search(r"(^|\s)CHỦ TỊCH ỦY BAN NHÂN DÂN", text) or re.search(r"(^|\s)CHỦ TỊCH UBND", text):
        return f"Chủ tịch UBND {level}"
    return f"UBND {level}"


_LETTERHEAD_END = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|Căn cứ|Số\s*:)")
# an agency issuing its own plan: "SỞ TÀI CHÍNH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "VĂN PHÒNG UBND TỈNH"
# and a unit under a department or the province: "BỆNH VIỆN ĐA KHOA TỈNH", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"
_AGENCY_HEAD = re.compile(r"^(?P<head>SỞ|BỘ|BAN|TỔNG CỤC|CỤC|CHI CỤC|VĂN PHÒNG|PHÒNG|THANH TRA|CÔNG AN|"
                          r"KHO BẠC NHÀ NƯỚC|TRUNG TÂM|"
                          rf"BỆNH VIỆN|TRƯỜNG|ĐÀI|VIỆN)\s+[{CAPITALS} ,\-]{{3,60}}$")
# the word after them starts the name: "Ban Quản lý ...", "Bệnh viện Đa khoa tỉnh"
# a body of the state whose name needs no more words: "BẢO HIỂM XÃ HỘI VIỆT NAM", "KIỂM TOÁN NHÀ NƯỚC"
_NATIONAL_BODY = re.compile(r"^(?P<head>BẢO HIỂM XÃ HỘI|NGÂN HÀNG NHÀ NƯỚC|KIỂM TOÁN NHÀ NƯỚC)"
                            rf"(?:\s+[{CAPITALS} ,\-]{{3,40}})?$")
# heads of a letterhead naming a body of the state, whose plan belongs to no province
_CENTRAL_HEADS = ("BỘ", "TỔNG CỤC", "BẢO HIỂM XÃ HỘI", "NGÂN HÀNG NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC")
_NAMED_HEADS = ("SỞ", "BỘ", "BAN", "PHÒNG", "TỔNG CỤC", "CỤC", "CHI CỤC", "BỆNH VIỆN", "TRƯỜNG", "ĐÀI", "VIỆN")
# a district's or a commune's name (not the motto's second line, "XÃ HỘI CHỦ NGHĨA VIỆT NAM", where a
# copy cut it after "CỘNG HÒA"); "TP." is short for "THÀNH PHỐ" ("UBND TP. HỒ CHÍ MINH")
_LOCAL_HEAD = re.compile(r"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)?\s*(HUYỆN|THỊ XÃ|QUẬN|THÀNH PHỐ|TP\.?|XÃ|PHƯỜNG|THỊ TRẤN|"
                         rf"ĐẶC KHU)(?:\s+|(?<=\.))(?!HỘI CHỦ NGHĨA)(?P<name>[{CAPITALS}0-9 '’\-]+)$")


def _local_unit(cell: str) -> tuple[str, str] | None:
    """(kind, name) of a district's or commune's letterhead line: ("THÀNH PHỐ", "HỒ CHÍ MINH")."""
    m = _LOCAL_HEAD.match(cell)
    if not m:
        return None
    return ("THÀNH PHỐ" if m[1].startswith("TP") else m[1]), m["name"]


_LETTERHEAD_COLUMNS = re.compile(r"\t|\s\|\s|\s+(?=CỘNG H(?:OÀ|ÒA)\b|Độc lập\s*-)")


def _letterhead(text: str) -> list[str]:
    """The cells of the letterhead: the short lines (or table cells) above the plan's number and title."""
    cells = []
    for line in text[:1500].split("\n"):
        # a legal database's copy joins the two columns with " | ", an OCR with a space ("... CỘNG HÒA ...")
        for cell in _LETTERHEAD_COLUMNS.split(line):
            cell = " ".join(cell.split())
            if _LETTERHEAD_END.match(cell):
                return cells
            if cell:
                cells.append(cell)
    return cells[:12]


_OWN_PLAN = re.compile(r"\bcủa (?:(?P<level>huyện|thị xã|quận|xã|phường|thị trấn)\s|"
                       r"(?P<agency>(?:Sở|Phòng)\s.+?)(?:\s+năm\b|\s+giai\b|$))")


def _issuer_in_title(title: str) -> str | None:
    """Without a letterhead (an appendix alone), "... của huyện Đức Trọng" / "của Sở Tài chính" names the issuer."""
    m = _OWN_PLAN.search(title)
    if not m:
        return None
    return f"UBND {m['level']}" if m["level"] else m["agency"]


_CAPTION_ISSUER = re.compile(r"\bcủa\s+(?P<agency>Sở\s[^,;()\n]+?)(?:\s+tỉnh\b|\s+thành phố\b|\s*[,;)]|\s*$)")


def _caption_issuer(decision: re.Match | None) -> str | None:
    """Without a letterhead or title (an appendix alone), its caption "(Kèm theo Kế hoạch số 25/KH-SGTVT
    ngày 15/01/2024 của Sở Giao thông vận tải tỉnh Bình Định)" names a department as the issuer."""
    m = _CAPTION_ISSUER.search(decision["after"]) if decision else None
    return m["agency"] if m else None


def _issuing_agency(letterhead: list[str]) -> re.Match | None:
    """The agency line of a letterhead ("SỞ TÀI CHÍNH" under "UBND TỈNH QUẢNG NGÃI", or alone); one above
    the "ỦY BAN NHÂN DÂN" line is a website's banner, not the issuer. Under a department the unit that
    issues is named last ("SỞ Y TẾ PHÚ YÊN" / "BỆNH VIỆN ĐA KHOA TỈNH"): the line above it is its parent."""
    council = next((i for i, cell in enumerate(letterhead) if re.match(r"(ỦY|UỶ) BAN NHÂN DÂN|UBND\b", cell)), None)
    for i, cell in enumerate(letterhead):
        m = _agency_line(cell)
        if m and (council is None or i > council):
            return _unit_under(m, letterhead[i + 1:])
    return None


def _agency_line(cell: str) -> re.Match | None:
    return _AGENCY_HEAD.match(cell) or _NATIONAL_BODY.match(cell)


def _as_written(name: str, text: str) -> str:
    """The agency's name as the plan's own running text writes it ("Ban Quản lý Khu kinh tế tỉnh"), where it
    does; the letterhead's capitals do not tell "Khu kinh tế" from "khu kinh tế"."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)
    written = (m.group(0) for m in pattern.finditer(text))
    return next((" ".join(w.split()) for w in written if w[0].isupper() and not w.isupper()), name)


def _unit_under(parent: re.Match, below: list[str]) -> re.Match:
    """The last agency line in the run of name lines under `parent`, or `parent` itself."""
    unit = parent
    for cell in below:
        if _MOTTO.match(cell):
            continue
        if not _NAME_GOES_ON.match(cell):
            break
        unit = _agency_line(cell) or unit
    return unit


# a letterhead cell that goes on with the agency's name above it, set on two lines in the narrow column
_NAME_GOES_ON = re.compile(rf"^[{CAPITALS}][{CAPITALS} ,\-]{{1,50}}$")
_NOT_A_NAME = re.compile(r"^(?:ỦY BAN|UỶ BAN|UBND)\b")
_NAME_LINES = 3
# the national motto's lines, set in the other column: passed over ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM")
_MOTTO = re.compile(r"^(?:CỘNG H(?:OÀ|ÒA)|CHỦ NGHĨA|VIỆT NAM|ĐỘC LẬP|Độc lập)\b")


def _ends_national_name(cell: str, letterhead: list[str]) -> bool:
    """"VIỆT NAM" under "NGÂN HÀNG NHÀ NƯỚC" ends the body's name, unless the motto beside it was cut
    before those words ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM")."""
    return cell == "VIỆT NAM" and not any(c.endswith("CHỦ NGHĨA") for c in letterhead)


def _with_wrapped_name(line: str, letterhead: list[str]) -> str:
    """The agency's letterhead line and the next ones where it goes on: "SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN
    NÔNG THÔN", "BỘ NÔNG NGHIỆP" / "VÀ" / "MÔI TRƯỜNG"; the national motto set beside it is no part of it,
    and the name goes on past it ("SỞ KHOA HỌC VÀ CÔNG" | "Độc lập - Tự do - Hạnh phúc" / "NGHỆ")."""
    start = letterhead.index(line) + 1
    added = 0
    for cell in letterhead[start:]:
        if _MOTTO.match(cell) and not _ends_national_name(cell, letterhead):
            continue
        if added == _NAME_LINES - 1 or not _NAME_GOES_ON.match(cell) or _NOT_A_NAME.match(cell):
            break
        line, added = f"{line} {cell}", added + 1
    return line


_LEAD_SUBJECT = re.compile(r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<level>huyện|thị xã|quận|thành phố|xã|phường|"
                           r"thị trấn|đặc khu)\s+(?P<name>[^,.;\n]{2,40}?)\s+(?:đã\s+)?ban hành\s+(?:Quyết định|Kế hoạch)\b")


def _lead_level(text: str) -> str:
    """Without a letterhead, a portal's lead names the level: "UBND huyện Lạc Dương ban hành Kế hoạch ..."."""
    m = _LEAD_SUBJECT.search(text[:6000])
    return m["level"] if m else "tỉnh"


def _level(letterhead: list[str]) -> str:
    """"huyện", "thị xã", "quận", "thành phố" for a district-level letterhead or a centrally-run city's (as its
    letterhead says: "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"), "xã", "phường", "thị trấn", "đặc khu" for a
    commune's (the only local level below the province since 2025); else "tỉnh". A commune's letterhead may
    name its district above it ("UBND HUYỆN TÂN PHƯỚC" / "ỦY BAN NHÂN DÂN" / "XÃ MỸ PHƯỚC"): the last level
    named issues."""
    levels = [unit[0].lower() for unit in map(_local_unit, letterhead) if unit]
    return levels[-1] if levels else "tỉnh"


def _agency_name(letterhead: str, head: str) -> str:
    """"SỞ KẾ HOẠCH VÀ ĐẦU TƯ" -> "Sở Kế hoạch và Đầu tư", "VĂN PHÒNG UBND TỈNH" -> "Văn phòng UBND tỉnh":
    after "Sở", "Ban", "Cục" each part of the name starts upper case, as do the bodies of the state it names;
    acronyms stay."""
    head_words = len(head.split())
    words = letterhead.split()
    out = [_lower_word(w) for w in words]
    if head in _NAMED_HEADS:
        for i in range(head_words, len(words)):
            before = out[i - 1]
            if i == head_words or before.lower() in ("và", "-") or before.endswith(","):
                out[i] = out[i][:1].upper() + out[i][1:]
    name = _STATE_BODY.sub(lambda m: _STATE_BODIES[m[0]], " ".join(out))   # "Ngân hàng Nhà nước Việt Nam"
    name, province = name[:1].upper() + name[1:], _province(letterhead)
    return name.replace(province.lower(), province) if province else name  # "Công an tỉnh Hà Nam"
