"""Late-report reminders over SMTP to a real local server (aiosmtpd), read back from it."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from cchc.reporting import actions
from cchc.reporting.reminders import send_report_reminders
from cchc.tracking import actions as tracking_actions
from cchc.tracking.models import AuditEntry, Role
from cchc.tracking.permissions import agency_of

from tests.reporting.conftest import PASSWORD
from tests.support.smtp import SITE, free_port, mailbox  # noqa: F401  (mailbox: fixture, a real SMTP server)

pytestmark = pytest.mark.django_db


@pytest.fixture
def quarter(schedule):
    return schedule["quarter_1"]  # due from agencies on 05/03/2021


@pytest.fixture
def mail_users(officers, admin):
    """A second officer with an address for each of the three agencies."""
    addresses = {"snv": "noivu@daknong.gov.vn", "stp": "tuphap@daknong.gov.vn", "vp": "vanphong@daknong.gov.vn"}
    for key, address in addresses.items():
        tracking_actions.create_user(admin, f"{key}-mail", PASSWORD, Role.OFFICER,
                                     agency=agency_of(officers[key]), email=address)
    return addresses


def at(day: int, month: int = 3) -> dt.datetime:
    return timezone.make_aware(dt.datetime(2021, month, day, 9, 0))


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_late_and_returned_reports_are_reminded(mailbox, admin, officers, quarter, mail_users):
    on_time = actions.open_report(officers["snv"], quarter)
    actions.submit_report(officers["snv"], on_time, now=at(3))
    returned = actions.open_report(officers["vp"], quarter)
    actions.submit_report(officers["vp"], returned, now=at(4))
    actions.return_report(admin, returned, "Bổ sung kết quả kiểm soát thủ tục hành chính.")

    outcomes = send_report_reminders(dt.date(2021, 3, 8))

    assert {o.status for o in outcomes} == {"sent"}
    assert mailbox.to(mail_users["snv"]) == []  # submitted on time: nothing to remind
    late = mailbox.to(mail_users["stp"])
    assert len(late) == 1
    stp = agency_of(officers["stp"])
    assert " ".join(late[0]["Subject"].split()) == \
        f"[CCHC] {stp.name}: báo cáo Quý I/2021 quá hạn, chưa nộp (08/03/2021)"
    text = text_of(late[0])
    assert f"Kính gửi: {stp.name}" in text and "hạn gửi Sở Nội vụ 05/03/2021" in text
    assert SITE + reverse("reporting:period_report", args=[quarter.pk]) in text
    html = late[0].get_body(preferencelist=("html",)).get_content()
    assert "Quá hạn, chưa nộp (3 ngày)" in html and SITE + reverse("reporting:my_reports") in html
    again = mailbox.to(mail_users["vp"])
    assert "bị trả lại, chưa nộp lại" in again[0]["Subject"]
    assert "Ý kiến của Sở Nội vụ: Bổ sung kết quả kiểm soát thủ tục hành chính." in text_of(again[0])
    assert AuditEntry.objects.filter(action="reporting.reminder.sent", object_id=str(stp.pk)).count() == 1


def test_due_soon_once_a_day(mailbox, officers, quarter, mail_users):
    stp = agency_of(officers["stp"])
    send_report_reminders(dt.date(2021, 3, 3), agency_ids=[stp.pk])
    assert "Quý I/2021 sắp đến hạn" in mailbox.to(mail_users["stp"])[0]["Subject"]
    assert [o.status for o in send_report_reminders(dt.date(2021, 3, 3), agency_ids=[stp.pk])] == ["already_sent"]
    send_report_reminders(dt.date(2021, 3, 3), agency_ids=[stp.pk], force=True)
    assert len(mailbox.to(mail_users["stp"])) == 2
    # Due dates further than three days away and reports submitted since are not reminded.
    assert send_report_reminders(dt.date(2021, 2, 20), agency_ids=[stp.pk]) == []
    report = actions.open_report(officers["stp"], quarter)
    actions.submit_report(officers["stp"], report, now=at(4))
    assert send_report_reminders(dt.date(2021, 3, 4), agency_ids=[stp.pk]) == []


def test_command_and_unreachable_server(settings, mailbox, officers, quarter, mail_users, capsys):
    stp = agency_of(officers["stp"])
    call_command("send_report_reminders", "--date", "08/03/2021", "--agency", str(stp.pk), "--dry-run")
    assert f"Sẽ gửi (chạy thử): {stp.name} → {mail_users['stp']} (Quý I/2021)" in capsys.readouterr().out
    assert mailbox.messages == []
    settings.EMAIL_PORT = free_port()  # nothing listens there
    with pytest.raises(CommandError, match="Có 1 thư gửi lỗi"):
        call_command("send_report_reminders", "--date", "08/03/2021", "--agency", str(stp.pk))
    assert "Không kết nối được máy chủ thư (SMTP)." in capsys.readouterr().out
    assert not AuditEntry.objects.filter(action="reporting.reminder.sent").exists()


def test_cchc_subcommand_passes_its_options(mailbox, officers, quarter, mail_users, capsys):
    from cchc.cli import main

    stp = agency_of(officers["stp"])
    assert main(["send_report_reminders", "--date", "08/03/2021", "--agency", str(stp.pk), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"Sẽ gửi (chạy thử): {stp.name}" in out and "1 cơ quan cần nhắc" in out
    assert mailbox.messages == []
