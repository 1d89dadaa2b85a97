"""Lead / coordinating agency cells -> one agency (or collective) per item, as the document names it.

Splits on ";", bullets ("- ", "+ ", "1."), " và " before another agency, and commas between agencies, but not
inside a name or a collective ("Các sở, ban, ngành", "Các cơ quan, đơn vị liên quan", "UBND các huyện,
thành phố", "Sở Văn hóa, Thể thao và Du lịch"). Also:
- "UBND cấp huyện, cấp xã" -> "UBND cấp huyện", "UBND cấp xã"
- "Các sở: Tư pháp; Tài chính; Khoa học và Công nghệ" -> "Sở Tư pháp", "Sở Tài chính", ...;
  "Sở Nội vụ, Tài chính" -> "Sở Nội vụ", "Sở Tài chính" (only when both are known departments)
- role descriptions after the agency are dropped ("Sở Nội vụ thẩm định", "Sở Tư pháp theo dõi, đôn đốc",
  "UBND cấp xã chủ trì triển khai", "Sở Tài chính tham mưu triển khai đối với ..."), and so are items that
  are only a role ("tổng hợp, báo cáo") and explanatory parentheses
- a division named by a list of fields stays one ("Phòng Công chức, viên chức", "Phòng Tổ chức, biên chế và tổ
  chức phi chính phủ"): where the text has its marks, "viên chức" is no "Viện" and "tổ chức" no "Tổ"; a body
  named by what it does keeps those words ("Hội đồng thẩm định ...")
- one office serving two bodies stays one agency ("Văn phòng HĐND và UBND huyện"), and so does a name wrapped
  at its dash ("Phòng Văn hóa" / "- Xã hội")
- a lower-case first letter is capitalised ("các cơ quan, đơn vị liên quan" -> "Các cơ quan, ...");
  a full stop typed for a comma inside a list ("Các sở, ban. ngành") is read as a comma.
The registry of canonical agencies (`AgencyRegistry`) lives in `agency_registry`.
"""
from __future__ import annotations

import re

from ..text import CAPITALS, clean, fold, fold_words
from .agency_registry import ABBREVIATIONS, AgencyMatch, AgencyRegistry, word_cases
from .bullets import split_bullets, trim

__all__ = ["AgencyMatch", "AgencyRegistry", "named_agencies", "split_agencies", "split_lead_line", "split_roles"]

# A department's or commune's own posts and bodies, as its plan assigns them: heads only where capitalised
# ("Cán bộ, công chức" is one collective).
_POSTS = ("chanh", "pho chanh", "truong phong", "pho truong phong", "pho giam doc", "ke toan", "cong chuc",
          "can bo", "cong doan", "chi bo", "chi doan", "doan thanh nien", "truong cac", "truong thon",
          "truong cong an", "truong ban")
# posts whose words also name a field in a unit's name after "và": "Vụ Kê khai và Kế toán thuế"
_FIELD_POSTS = ("ke toan", "can bo", "cong chuc")
# Folded first words that open an agency name (or a collective of agencies).
_HEADS = (
    "so", "ban", "uy ban", "ubnd", "ubmttq", "van phong", "vp", "vpubnd", "trung tam", "dai", "bao", "buu dien",
    "tinh doan", "doan", "hoi", "thuong truc", "cac", "co quan", "don vi", "cong an", "thanh tra", "kho bac", "cuc",
    "chi cuc", "bo", "to", "truong", "benh vien", "lien doan", "mat tran", "ngan hang", "bcd", "chu tich",
    "giam doc", "thu truong", "nguoi dung dau", "bo phan", "phong", "hoc vien", "vien", "bhxh", "bao hiem",
    "hdnd", "dang uy", "tinh uy", "huyen uy", "lanh dao", "quy", "vien thong", "toa an",
    "vien kiem sat", "bo chi huy",
    # names the July 2025 reorganisation gave without "Cục", and firms a plan asks to coordinate
    "thue tinh", "thue thanh pho", "thue khu vuc", "thue co so", "thong ke tinh", "thong ke thanh pho",
    "thong ke khu vuc", "hai quan khu vuc", "hai quan tinh", "lien minh hop tac xa", "vnpt", "viettel",
    "mobifone", "doanh nghiep vien thong", "cac doanh nghiep", "cong ty", "tong cong ty", "tap doan",
    # associations and clubs a plan asks to coordinate
    "hiep hoi", "lien hiep", "cau lac bo",
    # bodies outside the provincial administration, also by their usual short forms ("BQL KKT tỉnh",
    # "BCH Bộ đội Biên phòng", "TAND tỉnh", "LĐLĐ tỉnh"), the portal and the power company
    "bql", "bch", "tand", "vksnd", "ldld", "mttq", "vcci", "thi hanh an", "dien luc", "cong thong tin", "cong ttdt",
    # a ministry's own units ("Vụ Pháp chế", "Tổng cục Thuế")
    "vu", "tong cuc",
    *_POSTS,
)
# Heads whose folded spelling other words share, told apart where the text has its marks: "viên chức" is
# no "Viện", "quy hoạch" no "Quỹ", "đoạn" no "Đoàn"; "tổ chức" is no "Tổ" (a team) in any spelling.
_ACCENTED_HEADS = {"vien": "viện", "to": "tổ", "quy": "quỹ", "hoi": "hội", "dai": "đài", "doan": "đoàn",
                   "truong": "trường", "bao": "báo",   # "Kho bạc Nhà nước Bảo Lộc": a place, no "Báo"
                   "bo": "bộ",   # "Phòng Bổ trợ tư pháp"
                   "vu": "vụ"}   # "Vũ Văn A"
# Words a head opens that name a field, not an agency: "tổ chức" (no "Tổ"), "Viễn thông" alone or before another
# field (a division's: "Phòng Bưu chính, Viễn thông và Công nghệ thông tin"; the telecom company is "Viễn thông
# Gia Lai")
_FIELD_WORDS = ("to chuc",)
_FIELD_ALONE = ("vien thong",)
# Heads that open a second agency glued to one the registry does not know, and words that tie the words
# before them to the next name instead ("thuộc UBND huyện", "Chủ tịch UBND xã").
_GLUED_HEADS = ("phong", "so", "ubnd", "uy", "van", "trung", "chi", "cong", "vnpt", "viettel", "mobifone")
# a unit's head, whose post opens a name of its own after any other: "Phòng Kinh tế Trưởng các ấp"
_HEAD_POSTS = tuple(post + " " for post in _POSTS if post.startswith("truong "))
_TIES = ("va", "cua", "thuoc", "voi", "cung", "tai", "truc", "doi", "cac", "tich", "doc", "truong", "nhiem",
         "phong", "ban", "so", "trinh", "gui",
         "nhanh")   # "Các Chi nhánh" of the office named after it
# a department's own unit, named by the department: "Văn phòng Sở", "Thanh tra Sở", "Phòng Tổ chức cán bộ Sở"
_DEPARTMENT_UNIT = re.compile(r"^(?:van phong|thanh tra|phong \w+(?: \w+)*) so$")
_ENDS_ON_COUNCIL = re.compile(r"\b(?:ubnd|uy ban nhan dan) (?:tinh|huyen|xa)$")   # "... thuộc UBND huyện"
# Bodies named by what they do: "Hội đồng thẩm định", "Tổ giúp việc", "Đoàn kiểm tra", "Cơ quan chủ trì soạn
# thảo" keep those words.
_BODIES = ("hoi dong", "ban", "to", "to cong tac", "doan", "co quan", "don vi")
_BODIES_AT_END = tuple(f" {b}" for b in _BODIES)
# Nouns that collectives list after one another ("Các sở, ban, ngành", "UBND các huyện, thành phố").
_COLLECTIVE_NOUNS = ("so", "ban", "nganh", "phong", "co quan", "don vi", "dia phuong", "huyen", "thi xa", "thanh pho",
                     "xa", "phuong", "thi tran", "to chuc", "doan the", "hoi", "doanh nghiep",
                     # a hospital's, a department's or a school system's units ("Các khoa, phòng",
                     # "Các phòng, trung tâm thuộc Sở", "Các trường, trung tâm")
                     "khoa", "trung tam", "truong", "chi cuc", "tram",
                     # a ministry's units ("Các Vụ, Cục, đơn vị thuộc Bộ")
                     "vu", "cuc", "tong cuc",
                     # the villages and quarters under a commune ("Các thôn, bon, tổ dân phố")
                     "thon", "bon", "buon", "ap", "khom", "khu pho", "to dan pho", "khu dan cu")
_STRONG_ROLES = ("theo doi", "don doc", "chu tri", "tham dinh", "tong hop", "tham muu", "huong dan", "phoi hop",
                 "chi dao", "chiu trach nhiem", "giam sat", "tap huan", "tham tra", "la co quan")
_WEAK_ROLES = ("trien khai", "thuc hien", "kiem tra", "bao cao", "xay dung", "ho tro", "cung cap", "to chuc",
               "quan ly", "ra soat", "trinh", "de xuat", "danh gia")
_ROLE_STRONG = re.compile(rf"(?:{'|'.join(_STRONG_ROLES)})\b")
_ROLE_WEAK = re.compile(rf"(?:{'|'.join(_WEAK_ROLES)})\b")
# on folded text: "Các sở: Tư pháp; Tài chính", "Các Sở Tư pháp, Tài chính" (not "Các sở, ban, ngành")
_PLURAL_LIST = re.compile(r"^(?:cac\s+)?(?P<kind>so|ban|phong)\s*:\s*|^cac\s+(?P<kind2>so)\s+(?=[a-z])(?!ban\b|nganh\b)")
_LEVEL = re.compile(r"^(?P<head>.+?)\s+c[aấ]p\s+\S+$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\b[A-ZĐ&]{2,}\b")
_AND = re.compile(r"\s+(?:và|va)\s+", re.IGNORECASE)
# folded words of a joint office's name up to its " và " ("Văn phòng HĐND", "Văn phòng Đoàn ĐBQH, HĐND"); a place
# name after the body ("Văn phòng HĐND tỉnh và UBND tỉnh") makes it two offices
_JOINT_OFFICE = re.compile(r"(?:^|\s)van phong (?:doan dbqh )?(?:hdnd|doan dbqh)$")
_LETTERS = re.compile(r"[^\W\d_]+")
# a line that opens with a dash but names no agency goes on the name above: "Phòng Văn hóa" / "- Xã hội"
_DASHED_LINE = re.compile(r"\n[ \t]*[-–][ \t]+(?=\S)")


def split_agencies(cell: str) -> list[str]:
    """Agencies named in a lead/coordinating cell, in order, one per entity or collective."""
    items: list[str] = []
    prefix = None  # "Sở" after "Các sở:", until an item names its own kind of agency
    for chunk in split_bullets(_join_dashed_names(_prepare(cell)), lines_are_items=True, starts_item=_starts_with_head):
        for piece in chunk.split(";"):
            piece = trim(piece)
            opener = _PLURAL_LIST.match(fold(piece))  # folding keeps positions
            if opener:
                kind = "kind" if opener["kind"] else "kind2"
                prefix, piece = piece[opener.start(kind):opener.end(kind)].capitalize(), piece[opener.end():]
            if prefix and piece and not _starts_with_head(piece):
                piece, prefix = _expand_plural(piece, prefix, items)
            items.extend(_split_piece(piece))
    return list(dict.fromkeys(_with_marks(item) for item in items if item))


def _with_marks(name: str) -> str:
    """A name the registry knows, with the marks its words lost put back ("Sở Nội vu" from a scan, or typed
    so): a word with no mark where the registry's spelling has one takes that spelling, in its own case."""
    written = AgencyRegistry.default().spelling(name)
    known = _LETTERS.findall(written or "")
    if not written or written == name or len(known) != len(_LETTERS.findall(name)):
        return name
    spellings = iter(known)

    def marked(m: re.Match) -> str:
        word, spelling = m.group(), next(spellings)
        if fold(word) != word.lower() or fold(spelling) == spelling.lower():
            return word
        return spelling.upper() if word.isupper() and len(word) > 1 else \
            spelling.capitalize() if word[0].isupper() else spelling.lower()

    return _LETTERS.sub(marked, name)


def named_agencies(text: str) -> list[str] | None:
    """The agencies `text` names and nothing else ("SỞ NỘI VỤ", "Phòng Tư pháp", "Các sở, ban, ngành tỉnh;
    UBND các huyện"), or None if any part of it is something else. A name in capitals is written as running
    text writes it."""
    names = []
    for part in split_agencies(text):
        match = AgencyRegistry.default().match(part)
        if match is None or match.score < 95:
            if not _is_office(part):
                return None
            match = None
        names.append(_in_running_text(part, match) if part.isupper() else part)
    return names or None


_VOWELS = set("aeiouy")


def _in_running_text(name: str, match: AgencyMatch | None) -> str:
    """A name set in capitals ("VĂN PHÒNG UBND TỈNH") as running text writes it ("Văn phòng UBND tỉnh"):
    each word cased as the registry writes it, in this agency's own names first; a word after a dash opens
    a name of its own ("Văn hóa - Xã hội"); an abbreviation stays in capitals."""
    registry = AgencyRegistry.default()
    own = registry.agencies[match.key] if match else None
    spellings = (own.name, *own.aliases) if own else ()
    same = next((written for written in spellings if written.lower() == name.lower()), None)
    if same:
        return same
    cases = {**registry.word_cases, **word_cases(spellings)}

    def cased(m: re.Match) -> str:
        word, before = m.group(), name[:m.start()].rstrip()
        if word.lower() in ABBREVIATIONS or not _VOWELS & set(fold(word)):
            return word
        if not before or before.endswith(("-", "–")):
            return word.capitalize()
        return cases.get(word.lower(), word.lower())

    return _LETTERS.sub(cased, name)


def _is_office(name: str) -> bool:
    """A district's or a department's office, which the registry of provincial agencies does not list:
    "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện" (not "Phòng, chống tham nhũng")."""
    words = fold_words(name).split()
    at = 2 if words[:2] == ["van", "phong"] else 1 if words[:1] == ["phong"] else 0
    return bool(at) and len(words) > at and words[at] != "chong" and "," not in name.split()[at - 1]


# one "Cơ quan thực hiện" cell naming both roles: "Chủ trì: A; Phối hợp: B; C", "A (chủ trì); B (phối hợp)",
# "A chủ trì; B phối hợp", "A chủ trì, phối hợp với B"
# "Chủ trì:", "Đơn vị phối hợp thực hiện:", and in a narrow column "CT:" / "PH:"
_ROLE_LABEL = re.compile(r"(?:(?i:cơ quan|đơn vị)\s+)?((?i:chủ trì|phối hợp)|\bCT|\bPH)(?:\s+(?i:thực hiện))?\s*:")
_LABEL_ROLES = {"ct": "chủ trì", "ph": "phối hợp"}
# the role may go on with what the agency does: "Sở Tư pháp phối hợp thẩm định", not "phối hợp với B"
_MARKED_ROLE = re.compile(r"(?P<names>[^;\n()]+?)\s*\(?(?P<role>(?i:chủ trì|phối hợp))\)?"
                          rf"(?:\s+(?!với\b)(?![{CAPITALS}])[^\W\d_]+)*\s*(?=[;,\n.]|$)")
_LEADS_WITH = re.compile(r"^(?P<lead>[^;\n]+?)\s+chủ trì\s*,?\s*phối hợp(?:\s+với)?\s+(?P<coordinating>.+)$",
                         re.IGNORECASE | re.DOTALL)
_NAMES_TRIM = " -;,.\n"


def split_roles(cell: str) -> tuple[str, str] | None:
    """The lead and coordinating text of one cell that names both roles, or that labels its lead
    ("Chủ trì: Sở Tư pháp"); None when it does neither."""
    labelled = _labelled_roles(cell)
    if labelled:
        return labelled
    if "phối hợp" not in cell.lower():
        return None
    m = _LEADS_WITH.match(" ".join(cell.split()))
    if m:
        return m["lead"], m["coordinating"]
    roles: dict[str, list[str]] = {"chủ trì": [], "phối hợp": []}
    named = 0   # where the names of the next mark begin: all of a list before it ("A (chủ trì); B; C (phối hợp)")
    for found in _MARKED_ROLE.finditer(cell):
        roles[found["role"].lower()].append(cell[named:found.end("names")].strip(_NAMES_TRIM))
        named = found.end()
    if roles["chủ trì"] and roles["phối hợp"]:
        return "; ".join(roles["chủ trì"]), "; ".join(roles["phối hợp"])
    return None


def split_lead_line(cell: str) -> tuple[str, str] | None:
    """The lead and coordinating text of a cell under one header for both roles ("Cơ quan chủ trì/phối hợp")
    that labels neither: the lead on the first line, those that coordinate on the next ("Sở Nội vụ" /
    "Các đơn vị sự nghiệp công lập"). None unless the first line names one agency and each next line opens
    with one: a long name wrapped over two lines ("Trung tâm Phục vụ" / "hành chính công") is no list."""
    lines = [line.strip(_NAMES_TRIM) for line in cell.split("\n") if line.strip(_NAMES_TRIM)]
    if len(lines) < 2 or len(named_agencies(lines[0]) or ()) != 1:
        return None
    if not all(map(_starts_with_head, lines[1:])):
        return None
    return lines[0], "\n".join(lines[1:])


# a heading's closing note on who leads the work under it: "(Văn phòng UBND tỉnh chủ trì)", "(Chủ trì: Sở Nội vụ)"
_HEADING_NOTE = re.compile(r"\s*[(](?P<note>[^()]*(?i:chủ trì)[^()]*)[)][\s.:;]*$")
_LEADS = re.compile(r"^(?P<lead>.+?)\s+(?i:chủ trì)\b")


def heading_lead(heading: str) -> tuple[str, list[str]]:
    """The heading without its note on who leads the work under it, and the agencies the note names
    ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH (Văn phòng UBND tỉnh chủ trì)"); the heading as it is and [] without one."""
    m = _HEADING_NOTE.search(heading)
    if m is None:
        return heading, []
    roles, leads = split_roles(m["note"]), _LEADS.match(m["note"].strip())
    lead = roles[0] if roles else leads["lead"] if leads else ""
    agencies = named_agencies(lead) if lead else None
    return (heading[:m.start()], agencies) if agencies else (heading, [])


def _labelled_roles(cell: str) -> tuple[str, str] | None:
    """A cell that opens with a role label: each label's names run to the next label, whatever
    separates them ("Chủ trì: A. Phối hợp: B; C")."""
    parts = _ROLE_LABEL.split(cell)
    if len(parts) < 3 or parts[0].strip(_NAMES_TRIM):
        return None
    roles: dict[str, list[str]] = {"chủ trì": [], "phối hợp": []}
    for role, names in zip(parts[1::2], parts[2::2]):
        names = names.strip(_NAMES_TRIM)
        if names:
            roles[_LABEL_ROLES.get(role.lower(), role.lower())].append(names)
    return "; ".join(roles["chủ trì"]), "; ".join(roles["phối hợp"])


def _prepare(cell: str) -> str:
    text = clean(cell or "").replace("|", ";")   # a table rule OCR read as a bar parts names, if anything
    text = re.sub(r"\([^()]*\)?", " ", text)  # explanatory parentheses, also unclosed at the cell's end
    text = re.sub(r"(?<=\w)[*¹²³⁴⁵⁶⁷⁸⁹⁰]+", "", text)   # a footnote's mark typed after a name: "Sở Tư pháp¹"
    # "Các sở, ban. ngành": a full stop before a lower-case word is a typo for a comma
    text = re.sub(r"(?<=[^\W\d])\. (?=\w)", lambda m: ", " if m.string[m.end()].islower() else m.group(), text)
    text = _BARE_KIND_LINE.sub(r"\1 ", text)
    return re.sub(r"[ \t]+", " ", text)


# a line holding only an agency's kind ("Văn phòng" / "UBND tỉnh" in a narrow column): it names nobody yet
_BARE_KIND_LINE = re.compile(r"(?m)^([ \t]*(?:[-–+•][ \t]*)?(?:Văn phòng|Sở|Phòng|Ban|Trung tâm|Cục|Chi cục|Đài|"
                             r"Báo|Ủy ban|Các))[ \t]*\n")


def _join_dashed_names(text: str) -> str:
    """A name with a dash wrapped before it ("Phòng Văn hóa" / "- Xã hội") is one name, not two items: a
    dashed line that names no agency of its own goes on the line above, unless that line ended its item or
    is itself an item of a dashed list."""
    def join(m: re.Match) -> str:
        above = text[:m.start()].rsplit("\n", 1)[-1].strip()
        ended = not above or above[-1] in ";,." or above[0] in "-–"
        return m.group() if ended or _starts_with_head(text[m.end():].split("\n", 1)[0]) else " - "
    return _DASHED_LINE.sub(join, text)


def _expand_plural(piece: str, prefix: str, items: list[str]) -> tuple[str, str | None]:
    """Items after "Các sở:" that name no kind of agency are departments ("Tài chính" -> "Sở Tài chính").
    Returns the rest of the piece from the first item that names its own kind, and the prefix still on."""
    if AgencyRegistry.default().match(f"{prefix} {piece}"):
        items.append(f"{prefix} {piece}")
        return "", prefix
    segments = [s.strip() for s in piece.split(",") if s.strip()]
    i = 0
    while i < len(segments):
        if _starts_with_head(segments[i]):
            return ", ".join(segments[i:]), None
        # a name with a comma of its own: "Các sở: Tư pháp, Văn hóa, Thể thao và Du lịch"
        end = next((j for j in range(len(segments), i + 1, -1)
                    if _is_known(f"{prefix} {', '.join(segments[i:j])}".split())), i + 1)
        segment = ", ".join(segments[i:end])
        # a district's divisions are not in the registry: "và" inside a name ("Văn hóa và Thông tin") cannot be
        # told from "và" between two, so it stays
        known = end > i + 1 or prefix == "Phòng" or AgencyRegistry.default().match(f"{prefix} {segment}")
        parts = [segment] if known else _and_items(prefix, [p.strip() for p in _AND.split(segment) if p.strip()])
        items.extend(f"{prefix} {part}" for part in parts)
        i = end
    return "", prefix


def _and_items(prefix: str, parts: list[str]) -> list[str]:
    """Parts of a plural list item split at " và ", joined back where they make one name: "Thông tin" +
    "truyền thông thực hiện" is "Sở Thông tin và truyền thông" (words of another cell after it),
    "Tài chính" + "Kế hoạch" + "Đầu tư" is "Sở Tài chính" and "Sở Kế hoạch và Đầu tư"."""
    items, i = [], 0
    while i < len(parts):
        end = next((j for j in range(len(parts), i + 1, -1) if _names_across(prefix, parts[i:j])), i + 1)
        items.append(" và ".join(parts[i:end]))
        i = end
    return items


def _names_across(prefix: str, parts: list[str]) -> bool:
    """A known name starts the joined parts and reaches into the last one."""
    words = f"{prefix} {' và '.join(parts)}".split()
    last_start = len(words) - len(parts[-1].split())
    return any(_is_known(words[:n]) for n in range(len(words), last_start, -1))


def _split_piece(piece: str) -> list[str]:
    """One ";"-free piece -> agency items (split at " và " and commas between agencies)."""
    items: list[str] = []
    for part in _split_before_heads(piece):
        items.extend(_split_commas(part))
    items = [glued for item in items for glued in _split_glued(item)]
    cut = [_cut_role(re.sub(r"^(?:và|hoặc|cùng)\s+", "", item, flags=re.IGNORECASE)) for item in items]
    return [_capitalise(item) for item in cut if item and not _is_only_role(item)]


def _split_before_heads(text: str) -> list[str]:
    """Split at " và " where another agency follows ("Sở Y tế và UBND cấp huyện", not "Sở Khoa học và Công nghệ"),
    except inside the name of an office that serves two bodies ("Văn phòng HĐND và UBND huyện")."""
    merged, start = [], 0
    for m in _AND.finditer(text):
        before, after = text[start:m.start()], text[m.end():]
        if (_opens_agency(after) or _same_post(before, after)) and not _JOINT_OFFICE.search(fold_words(before)):
            merged.append(text[start:m.start()])
            start = m.end()
    return merged + [text[start:]]


def _same_post(before: str, after: str) -> bool:
    """The post that opens the name before "và" opens the one after it: "Công chức Tư pháp - Hộ tịch và Công chức
    Văn hóa - Xã hội" are two officials (a field after "và", "Vụ Kê khai và Kế toán thuế", repeats no post)."""
    post = _opening_post(before)
    return post is not None and after[:1].isupper() and _opening_post(after) == post


def _opening_post(name: str) -> str | None:
    """The post (folded) whose words open `name`: "cong chuc" for "Công chức Tư pháp - Hộ tịch"."""
    words = fold_words(name)
    return next((post for post in _FIELD_POSTS if words.startswith(post + " ")), None)


def _opens_agency(text: str) -> bool:
    """An agency's name opens `text`; "các" opens one only before the units it lists ("các cơ quan liên
    quan", "các Sở"), not inside a name ("Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh")."""
    words = fold_words(text)
    if words.startswith(_FIELD_POSTS):
        return False
    if words.startswith("cac "):
        rest = text.split(maxsplit=1)[1]
        return _starts_with_collective_noun(fold_words(rest)) or _starts_with_head(rest)
    return _starts_with_head(text)


# marks standing between two names, part of neither: "Sở Nội vụ - Sở Tài chính", "Sở Tư pháp + Sở Nội vụ"
_BETWEEN_NAMES = ("-", "–", "+", "/")


def _split_glued(item: str) -> list[str]:
    """Agencies written one after another without separator, as table cells flattened into one line:
    "UBND cấp huyện UBND cấp xã" (split only after a complete known agency, so "Văn phòng UBND tỉnh" stays),
    or with a dash, a "+" or a "/" between them, which is no part of either: "Sở Nội vụ - Sở Tài chính"."""
    words = item.split()
    for i in range(2, len(words)):
        if words[i][:1].isupper() and _starts_with_head(" ".join(words[i:])) and \
                (_is_known(words[:i]) or _named_before(words[:i], words[i:])):
            name = words[:i - 1] if words[i - 1] in _BETWEEN_NAMES else words[:i]
            return [" ".join(name)] + _split_glued(" ".join(words[i:]))
    return [item]


def _named_before(words: list[str], following: list[str]) -> bool:
    """`words` name an agency the registry does not know, a district's office ("Phòng Tài chính - Kế
    hoạch" before "Phòng Nội vụ", "Các đơn vị thuộc UBND huyện" before "UBND các xã"): they open with a
    head of their own and a name, and end on no word that ties them to what follows ("thuộc", "và", a
    title: "Chủ tịch"). Before a village's head ("Trưởng các ấp") any body ends, a collective too
    ("Các đoàn thể")."""
    if not _starts_with_head(" ".join(words)):
        return False
    if (fold_words(" ".join(following[:3])) + " ").startswith(_HEAD_POSTS):
        return fold_words(words[-1]) not in _TIES
    if fold_words(following[0]) not in _GLUED_HEADS:
        return False
    folded = fold_words(" ".join(words))
    if _DEPARTMENT_UNIT.match(folded):
        return True   # "Văn phòng Sở", "Thanh tra Sở": a unit the department it serves names
    named = any(w[:1].isupper() and not _starts_with_head(w) for w in words[1:]) or \
        bool(_ENDS_ON_COUNCIL.search(folded))
    # "... tham mưu trình UBND tỉnh"; a role's word a name capitalises is the name's ("Phòng Quản lý đất đai")
    lower = fold_words(" ".join(w for w in words if not w[:1].isupper()))
    roled = _ROLE_STRONG.search(lower) or _ROLE_WEAK.search(lower)
    return named and not roled and fold_words(words[-1]) not in _TIES


def _split_commas(text: str) -> list[str]:
    items: list[str] = []
    for segment in (s.strip() for s in text.split(",")):
        if not segment:
            continue
        kind = _elided_kind(items[-1], segment) if items else None
        if kind:
            items.append(f"{kind} {segment}")  # "Sở Nội vụ, Tài chính": the second "Sở" left out
        elif items and _continues(items[-1], segment):
            items[-1] += ", " + segment
        elif items and _is_level(segment) and _LEVEL.match(items[-1]):
            items.append(f"{_LEVEL.match(items[-1])['head']} {segment}")  # "UBND cấp huyện, cấp xã"
        else:
            items.append(segment)
    return items


def _elided_kind(previous: str, segment: str) -> str | None:
    """"Sở" or "Phòng" where a comma list of departments, or of a district's divisions, names it once:
    "Sở Nội vụ, Tài chính", "Phòng Nội vụ, Tư pháp". The registry knows no divisions; a division's field
    is a department's ("Phòng Tư pháp" does at the district what "Sở Tư pháp" does at the province)."""
    words = previous.split()
    kind = words[0].capitalize() if words and fold(words[0]) in ("so", "phong") else None
    if kind and _is_known(["Sở", *words[1:]]) and not _starts_with_head(segment) and \
            _is_known(["Sở", *segment.split()]):
        return kind
    return _elided_post(previous, segment)


# a commune official's title, two fields joined by a dash: "Tư pháp - Hộ tịch", "Địa chính - Xây dựng"
_PAIRED_TITLE = re.compile(rf"^[{CAPITALS}]\w*(?: \w+){{0,2}}(?: - [{CAPITALS}]\w*(?: \w+){{0,4}})+$")


def _elided_post(previous: str, segment: str) -> str | None:
    """The post a comma list of a commune's officials names once: "Công chức Văn phòng - Thống kê, Tư pháp - Hộ
    tịch" are two "Công chức"."""
    post = _opening_post(previous)
    if post is None or not _PAIRED_TITLE.match(segment):
        return None
    size = len(post.split())
    words = previous.split()
    return " ".join(words[:size]) if _PAIRED_TITLE.match(" ".join(words[size:])) else None


def _continues(previous: str, segment: str) -> bool:
    """A comma segment that belongs to the previous item: not an agency, or the next noun of a collective."""
    if _is_level(segment):
        return False
    words = fold_words(segment)
    if words.startswith("hdnd") and _JOINT_OFFICE.search(fold_words(previous)):
        return True  # "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"
    own_words = re.split(r"\s+thuộc\s+", segment, maxsplit=1, flags=re.IGNORECASE)[0]  # not its parent's name
    # a capital names a unit ("Các phòng, Sở Y tế"); an abbreviation does not ("đơn vị giải quyết TTHC")
    if _starts_with_collective_noun(words) and _ends_with_collective_noun(previous) \
            and not any(c.isupper() for c in _ABBREVIATION.sub("", own_words)[1:]):
        return True  # "Các cơ quan, đơn vị liên quan", "UBND các huyện, thành phố", "Các phòng, ban thuộc UBND"
    if words.startswith(("so ", "ban ")) and _starts_with_head(segment):
        return False  # "Sở Giáo dục", "Ban Dân tộc": a named agency
    return not _starts_with_head(segment)


def _is_level(segment: str) -> bool:
    return fold_words(segment).startswith("cap ")


def _starts_with_head(text: str) -> bool:
    words = fold_words(text)
    return any(_is_head(text, words, head) for head in _HEADS if words == head or words.startswith(head + " "))


def _is_head(text: str, words: str, head: str) -> bool:
    if head in ("ban", "so"):
        return _names_something(text, words, head)
    if head in _POSTS and not text.lstrip()[:1].isupper():
        return False
    return _spelt_as_head(text, head) and not words.startswith(_FIELD_WORDS) and not _is_field(words)


def _is_field(words: str) -> bool:
    """"Viễn thông" alone, or before another field ("Viễn thông và Công nghệ thông tin"): a division's fields."""
    first, _, rest = words.partition(" va ")
    return first in _FIELD_ALONE and not (rest and _starts_with_head(rest))


def _spelt_as_head(text: str, head: str) -> bool:
    """A head of `_ACCENTED_HEADS` in text written with its marks must have them (text without marks,
    as OCR without Vietnamese data gives it, cannot tell)."""
    if head not in _ACCENTED_HEADS or text.isascii():
        return True
    return text.split(maxsplit=1)[0].lower() == _ACCENTED_HEADS[head]


def _names_something(text: str, words: str, head: str) -> bool:
    """A bare "Ban"/"Sở" in "Các Sở, Ban, ngành" continues a collective; "Ban Dân tộc" names an agency, and
    "Sở, ban, ngành tỉnh" opening a line is the collective itself; "Ban Tổ chức Tỉnh ủy", a capital right
    after "Ban", names one although "tổ chức" may be listed ("Các sở, ban, tổ chức")."""
    rest = words[len(head):].strip()
    head_word, *after = text.split(maxsplit=2)
    named = bool(after) and after[0][:1].isupper() and not head_word.endswith(",") and not text.isupper()
    return bool(rest) and (head == "so" or named or not _starts_with_collective_noun(rest))


def _starts_with_collective_noun(words: str) -> bool:
    return any(words == n or words.startswith(n + " ") for n in _COLLECTIVE_NOUNS)


def _ends_with_collective_noun(text: str) -> bool:
    """"Các cơ quan", "UBND các huyện", "Các Vụ"; not "Sở Nội vụ", whose last word names a ministry's units
    only when it stands alone in the list."""
    words = fold_words(text)
    if words.endswith(" vu") or words == "vu":
        return fold_words(text.rsplit(",", 1)[-1]) in ("vu", "cac vu")
    return any(words == n or words.endswith(" " + n) for n in _COLLECTIVE_NOUNS)


def _cut_role(item: str) -> str:
    """Drop the role description after the agency ("Sở Nội vụ thẩm định" -> "Sở Nội vụ")."""
    words = item.split()
    for i in range(2, len(words)):
        rest = fold(" ".join(words[i:]))
        if not words[i][0].islower() or words[i - 1].endswith(",") or words[i - 1].lower() in ("và", "va"):
            continue  # a role is written in lower case right after the name, not after a listing comma or "và"
        if f' {fold_words(" ".join(words[:i]))}'.endswith(_BODIES_AT_END):
            continue  # the body is named by its role: "(Các thành viên) Hội đồng thẩm định"
        if _GENERAL_UNIT.search(fold_words(" ".join(words[:i + 2]))) and len(words) == i + 2:
            continue  # a unit named for its general work: "Phòng Kế hoạch tổng hợp", "Phòng Hành chính tổng hợp"
        if _ROLE_STRONG.match(rest) or (_ROLE_WEAK.match(rest) and _is_known(words[:i])):
            return trim(" ".join(_before_duty(words[:i])), ".;,:-")
    return item


_DUTY_INTROS = ("duoc phan cong", "duoc giao", "duoc")


def _before_duty(words: list[str]) -> list[str]:
    """The agencies before the words that give them the duty: "Các sở, ban, ngành được giao (chủ trì soạn
    thảo)" -> "Các sở, ban, ngành"."""
    folded = [fold(w) for w in words]
    for intro in _DUTY_INTROS:
        n = intro.count(" ") + 1
        if len(words) > n and " ".join(folded[-n:]) == intro:
            return words[:-n]
    return words


_GENERAL_UNIT = re.compile(r"\b(?:ke hoach|hanh chinh|tham muu|thong tin|nghiep vu|to chuc) tong hop$")


def _is_known(words: list[str]) -> bool:
    match = AgencyRegistry.default().match(" ".join(words))
    return match is not None and match.score >= 95


def _is_only_role(item: str) -> bool:
    return item[:1].islower() and bool(_ROLE_STRONG.match(fold(item)) or _ROLE_WEAK.match(fold(item)))


def _capitalise(item: str) -> str:
    return item[:1].upper() + item[1:] if item[:1].islower() else item
