"""A plan that arrives as a saved e-mail (.eml): in its body, as plain text or an HTML table, or attached."""
from email.message import EmailMessage

import docx
import pytest

from cchc.importer import parse_file, read_document
from cchc.importer.errors import UnreadableDocument

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 215/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2019\n"
        "II. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật (Sở Tư pháp chủ trì; Quý II/2019).\n")
ROWS = [("1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2019"),
        ("2", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên")]


def mail(**parts) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "vanphong@phuyen.gov.vn", "snv@phuyen.gov.vn", "Fwd: Kế hoạch"
    if "plain" in parts:
        message.set_content(parts["plain"], cte=parts.get("cte", "quoted-printable"))
    if "html" in parts:
        message.add_alternative(parts["html"], subtype="html")
    return message


def saved(tmp_path, message: EmailMessage, name: str = "thu.eml"):
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


@pytest.mark.parametrize("cte", ["quoted-printable", "base64", "8bit"])
def test_the_plain_text_of_a_mail_is_decoded_and_read_as_a_plan(tmp_path, cte):
    plan = parse_file(saved(tmp_path, mail(plain="Kính gửi Sở Nội vụ,\n\n" + PLAN, cte=cte)))
    assert plan.info.decision_number == "215/KH-UBND" and plan.info.province == "Phú Yên"
    assert [(t.title, t.lead) for t in plan.tasks] == [("Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"])]


def test_a_mails_html_part_holding_a_table_is_read_for_the_table(tmp_path):
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in ROWS)
    html = ("<html><body><p>KẾ HOẠCH</p><table><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td>"
            f"<td>Thời gian hoàn thành</td></tr>{cells}</table></body></html>")
    doc = read_document(saved(tmp_path, mail(plain="KẾ HOẠCH\nSTT Nội dung (bảng bị mất)", html=html)))
    assert doc.tables()[0].rows[1:] == [list(row) for row in ROWS]


def test_a_plan_attached_to_a_mail_is_read_from_the_attachment_with_a_notice(tmp_path):
    document = docx.Document()
    for line in PLAN.splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "ke-hoach.docx")
    message = mail(plain="Kính gửi Sở Nội vụ, gửi kèm Kế hoạch.")
    message.add_attachment((tmp_path / "ke-hoach.docx").read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="ke-hoach.docx")
    message.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", filename="logo.png")
    message.add_attachment(b"Phu luc", maintype="text", subtype="plain", filename="phu-luc.txt")
    doc = read_document(saved(tmp_path, message))
    assert [line.text for line in doc.lines()][:3] == ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "Số: 215/KH-UBND"]
    assert str(doc.notices[0]).startswith("Kế hoạch được đọc từ tệp đính kèm 'ke-hoach.docx' của thư. Thư còn "
                                          "đính kèm phu-luc.txt")


def test_a_mail_saved_under_another_name_is_known_by_its_headers(tmp_path):
    doc = read_document(saved(tmp_path, mail(plain=PLAN), name="thu-chuyen-tiep.txt"))
    assert doc.lines()[0].text == "ỦY BAN NHÂN DÂN"


def test_a_mail_with_nothing_to_read_says_so(tmp_path):
    message = mail()
    message.set_content(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png")
    with pytest.raises(UnreadableDocument, match=r"Thư \(.eml\) không có nội dung văn bản"):
        read_document(saved(tmp_path, message))
