"""Agency, deadline and product vocabulary: how much a text reads like each narrow cell."""
from __future__ import annotations

import re
from functools import lru_cache

from .model import _words



_DEPARTMENTS = (
    r"noi vu|tu phap|tai chinh|ke hoach va dau tu|ke hoach dau tu|thong tin va truyen thong|"
    r"thong tin truyen thong|khoa hoc va cong nghe|khoa hoc cong nghe|giao duc va dao tao|"
    r"giao duc dao tao|y te|lao dong thuong binh va xa hoi|van hoa the thao va du lich|"
    r"van hoa the thao|van hoa thong tin|tai nguyen va moi truong|tai nguyen moi truong|xay dung|"
    r"giao thong van tai|cong thuong|nong nghiep va phat trien nong thon|nong nghiep va moi truong|"
    r"ngoai vu|du lich|dan toc")
_LEVEL = r"(?:cap )?(?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong)"
_AGENCY_PATTERNS = [
    rf"so (?:{_DEPARTMENTS})",
    r"(?:cac )?so ban nganh(?: tinh)?(?: co lien quan)?", r"cac so nganh",
    rf"ubnd {_LEVEL}(?: co lien quan)?", r"ubnd cac (?:huyen|xa)(?: thi xa| thanh pho| phuong| thi tran)*",
    r"uy ban nhan dan (?:tinh|cac huyen|cap huyen|cap xa)",
    r"(?:van phong|vp) ?ubnd tinh", r"vpubnd(?: tinh)?", r"van phong (?:uy ban nhan dan|ubnd)(?: tinh)?",
    r"trung tam [a-z ]{3,40}?(?= va | cac |$)", r"trung tam hanh chinh cong(?: tinh)?",
    r"(?:cac )?co quan(?: don vi)?(?: co)? lien quan", r"cac co quan don vi",
    r"cac co quan chuyen mon(?: thuoc ubnd (?:tinh|cap huyen))?",
    r"buu dien(?: tinh)?", r"dai phat thanh (?:va )?truyen hinh(?: tinh)?", r"dai pt ?th(?: tinh)?",
    r"bao [a-z]+(?: [a-z]+)?", r"cong an(?: tinh)?", r"bo chi huy quan su(?: tinh)?",
    r"thuong truc hoi dong thi dua khen thuong(?: tinh)?", r"hoi dong [a-z ]{3,40}",
    r"ban chi dao [a-z ]{3,80}",
    r"ban (?:quan ly|dan toc|to chuc|noi chinh|tuyen giao|tiep cong dan|thi dua)(?: [a-z]+){0,8}",
    r"thanh tra tinh", r"kho bac nha nuoc(?: tinh)?",
    r"cuc thue(?: tinh)?", r"toa an [a-z ]+", r"vien kiem sat [a-z ]+", r"mat tran to quoc [a-z ]*",
    r"chu tich ubnd tinh", r"ubnd tinh",
]
_AGENCY_GLUE = r"(?:va|cac|cac co quan|tham dinh|tong hop|chu tri|phoi hop|co lien quan|lien quan)"
_AGENCY_RE = re.compile(rf"\b(?:{'|'.join(_AGENCY_PATTERNS)}|{_AGENCY_GLUE})\b")
_AGENCY_HEADS = {"so", "ubnd", "van", "vp", "vpubnd", "trung", "cac", "ban", "dai", "bao", "buu",
                 "cong", "thuong", "hoi", "uy", "thanh", "kho", "cuc", "bo", "mat", "toa", "vien"}
_AGENCY_WORDS = set(
    ("so ban nganh ubnd cap huyen xa tinh van phong vp vpubnd trung tam hanh chinh cong cac co quan "
     "don vi lien va thong tin truyen noi vu tu phap tai ke hoach dau giao duc dao tao y te lao dong "
     "thuong binh hoi khoa hoc nghe nguyen moi truong xay dung the thao du lich nong nghiep phat trien "
     "thon an dai thanh hinh bao buu dien thi dua khen truc chi tham dinh tong hop chuyen mon thuoc "
     "uy nhan dan thi tran phuong quan su thue kho bac nha nuoc mat to quoc vien kiem sat toa ngoai "
     "pt th thpt").split())
_DEADLINE_RE = re.compile(
    r"\b(?:thuong xuyen|trong nam|ca nam|hang nam|hang quy|hang thang|dinh ky|dot xuat|"
    r"quy (?:i|ii|iii|iv|[1-4])\b|thang \d{1,2}|nam \d{4}|\d{4}|truoc ngay|khi co|"
    r"nam 20\d\d|giai doan|\d{1,2} \d{1,2} \d{4}|\d{1,2} \d{4}|6 thang|theo tien do|theo ke hoach)")
_DEADLINE_WORDS = set(
    ("trong nam thuong xuyen quy thang hang dinh ky dot xuat hoac va khi co van ban cua bo noi vu "
     "truoc ngay den tu dau cuoi theo tien do lien tuc sau ca i ii iii iv giai doan ke hoach "
     "yeu cau chi dao trung uong tinh").split())


def _deadline_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w in _DEADLINE_WORDS or w.isdigit() for w in words) / len(words)


_PRODUCT_WORDS = set(
    ("quyet dinh ke hoach bao cao van ban cong van de an huong dan chi thi to trinh he thong danh muc "
     "quy che quy dinh nghi quyet thong bao bo thu tuc co so du lieu phan mem cong thong tin dien tu "
     "chuong trinh hoi nghi lop tap huan tai lieu so tay ket qua duoc ban hanh phe duyet trien khai").split())


def _product_share(words: tuple[str, ...]) -> float:
    return sum(w in _PRODUCT_WORDS for w in words) / len(words) if words else 0.0


def _agency_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w in _AGENCY_WORDS for w in words) / len(words)


@lru_cache(maxsize=50_000)
def _folded(text: str) -> str:
    """The words of `text`, folded and single-spaced. Folding works letter by letter, so the
    words of lines joined are the lines' words joined: cells are folded line by line, once."""
    return " ".join(_words(text))


def _joined(*texts: str) -> str:
    """The folded words of `texts` joined as one text (see `_folded`)."""
    return " ".join(words for words in map(_folded, texts) if words)


@lru_cache(maxsize=50_000)
def _agency_coverage(words: str) -> float:
    """Share of `words` (see `_folded`) covered by recognisable agency names and their glue."""
    if not words:
        return 0.0
    covered = sum(len(m.group(0)) for m in _AGENCY_RE.finditer(words))
    return min(1.0, covered / len(words))


@lru_cache(maxsize=50_000)
def _deadline_fit(words: str) -> float:
    """How much `words` (see `_folded`) read as a deadline."""
    if not words:
        return 0.0
    strong = 1.0 if _DEADLINE_RE.search(words) else 0.0
    return 0.5 * strong + 0.5 * _deadline_share(words.split())


