"""E-mail reminders, sent over SMTP to a real local server (aiosmtpd) and read back from it."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cchc.notifications.models import ReminderLog
from cchc.notifications.sending import send_reminders
from cchc.tracking import actions
from cchc.tracking.deadline_status import DeadlineStatus, deadline_status
from cchc.tracking.models import Role, TaskStatus
from cchc.tracking.permissions import tasks_of_agency

from conftest import PASSWORD
from tests.support.smtp import free_port, mailbox  # noqa: F401  (mailbox: fixture, a real SMTP server)

TODAY = dt.date(2021, 7, 20)  # in the Đắk Nông 2021 plan: tasks due 31/03 are late, 31/07 due soon


@pytest.fixture
def officers(agency_a, agency_b):
    def make(name, agency, address):
        return actions.create_user(None, name, PASSWORD, Role.OFFICER, agency=agency, email=address)
    return {"a1": make("noivu-1", agency_a, "noivu1@daknong.gov.vn"),
            "a2": make("noivu-2", agency_a, "noivu2@daknong.gov.vn"),
            "a3": make("noivu-3", agency_a, ""),
            "b1": make("tuphap-1", agency_b, "tuphap1@daknong.gov.vn")}


def expected(agency, status) -> set[int]:
    return {task.pk for task in tasks_of_agency(agency) if deadline_status(task, TODAY).status == status}


def body(message, subtype: str) -> str:
    return message.get_body(preferencelist=(subtype,)).get_content()


def test_each_agency_gets_its_late_and_due_soon_tasks(mailbox, plan, agency_a, agency_b, officers):
    late, soon = expected(agency_a, DeadlineStatus.OVERDUE), expected(agency_a, DeadlineStatus.DUE_SOON)
    assert late and soon  # the chosen day has both kinds for Sở Nội vụ

    outcomes = send_reminders(TODAY)

    assert {o.status for o in outcomes} == {"sent"}
    by_rcpt = {tuple(sorted(rcpts)): message for rcpts, message in mailbox.messages}
    assert set(by_rcpt) == {("noivu1@daknong.gov.vn", "noivu2@daknong.gov.vn"), ("tuphap1@daknong.gov.vn",)}
    message = by_rcpt[("noivu1@daknong.gov.vn", "noivu2@daknong.gov.vn")]
    assert " ".join(message["Subject"].split()) == (f"[CCHC] {agency_a.name}: {len(late)} nhiệm vụ quá hạn, "
                                  f"{len(soon)} nhiệm vụ sắp đến hạn (20/07/2021)")
    assert "cchc@daknong.gov.vn" in message["From"]
    text, html = body(message, "plain"), body(message, "html")
    assert f"Kính gửi: {agency_a.name}" in text and f"NHIỆM VỤ QUÁ HẠN ({len(late)})" in text
    assert "Hạn: 31/03/2021 (đã quá" in text and "Hạn: 31/07/2021 (còn 8 ngày làm việc)" in text
    for task_id in late | soon:
        assert f"https://cchc.example.vn/nhiem-vu/{task_id}/" in text
        assert f'href="https://cchc.example.vn/nhiem-vu/{task_id}/"' in html
    assert "<h2" in html and "Nhiệm vụ sắp đến hạn" in html

    log = ReminderLog.objects.get(agency=agency_a)
    assert log.status == ReminderLog.Status.SENT and log.sent_on == TODAY
    assert log.task_ids == sorted(late | soon)
    assert sorted(log.recipients) == ["noivu1@daknong.gov.vn", "noivu2@daknong.gov.vn"]
    assert (log.overdue, log.due_soon) == (len(late), len(soon))
    assert ReminderLog.objects.get(agency=agency_b).task_ids == sorted(
        expected(agency_b, DeadlineStatus.OVERDUE) | expected(agency_b, DeadlineStatus.DUE_SOON))


def test_same_reminder_is_not_sent_twice_a_day(mailbox, plan, agency_a, officers):
    send_reminders(TODAY, agency_ids=[agency_a.pk])
    assert len(mailbox.messages) == 1

    again = send_reminders(TODAY, agency_ids=[agency_a.pk])
    assert [o.status for o in again] == ["already_sent"] and len(mailbox.messages) == 1

    send_reminders(TODAY, agency_ids=[agency_a.pk], force=True)
    assert len(mailbox.messages) == 2
    next_day = send_reminders(TODAY + dt.timedelta(days=1), agency_ids=[agency_a.pk])
    assert [o.status for o in next_day] == ["sent"] and len(mailbox.messages) == 3


def test_a_changed_task_set_is_a_new_reminder(mailbox, plan, agency_a, officers):
    send_reminders(TODAY, agency_ids=[agency_a.pk])
    late_task = next(t for t in tasks_of_agency(agency_a) if deadline_status(t, TODAY).status == DeadlineStatus.OVERDUE)
    actions.update_task_progress(late_task, officers["a1"], TaskStatus.DONE, 100, "Đã hoàn thành")
    send_reminders(TODAY, agency_ids=[agency_a.pk])
    assert len(mailbox.messages) == 2
    assert f"/nhiem-vu/{late_task.pk}/" in body(mailbox.messages[0][1], "plain")
    assert f"/nhiem-vu/{late_task.pk}/" not in body(mailbox.messages[1][1], "plain")
    assert late_task.pk not in ReminderLog.objects.order_by("-id").first().task_ids


def test_nothing_to_remind_sends_nothing(mailbox, plan, agency_a, officers):
    for task in tasks_of_agency(agency_a):
        actions.update_task_progress(task, officers["a1"], TaskStatus.DONE, 100, "Xong")
    assert send_reminders(TODAY, agency_ids=[agency_a.pk]) == []
    assert mailbox.messages == [] and not ReminderLog.objects.exists()


def test_refused_recipient_is_logged_and_retried(settings, mailbox, plan, agency_a, officers):
    mailbox.refuse = {"noivu1@daknong.gov.vn", "noivu2@daknong.gov.vn"}
    with pytest.raises(CommandError, match="Có 1 thư gửi lỗi"):
        call_command("send_reminders", "--date", "20/07/2021", "--agency", str(agency_a.pk))
    log = ReminderLog.objects.get()
    assert log.status == ReminderLog.Status.FAILED and "từ chối người nhận" in log.error
    assert mailbox.messages == []

    mailbox.refuse = set()
    call_command("send_reminders", "--date", "20/07/2021", "--agency", str(agency_a.pk))
    assert len(mailbox.messages) == 1
    assert ReminderLog.objects.filter(status=ReminderLog.Status.SENT).count() == 1


def test_unreachable_server_is_logged(settings, plan, agency_a, officers):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    outcomes = send_reminders(TODAY, agency_ids=[agency_a.pk])
    assert [o.status for o in outcomes] == ["failed"]
    assert ReminderLog.objects.get().error == "Không kết nối được máy chủ thư (SMTP)."


def test_command_output_and_dry_run(mailbox, plan, agency_a, officers, capsys):
    call_command("send_reminders", "--date", "20/07/2021", "--dry-run")
    out = capsys.readouterr().out
    assert f"Sẽ gửi (chạy thử): {agency_a.name} → noivu1@daknong.gov.vn, noivu2@daknong.gov.vn" in out
    assert mailbox.messages == [] and not ReminderLog.objects.exists()
    call_command("send_reminders", "--date", "2021-07-20")
    out = capsys.readouterr().out
    assert "Tổng cộng: 2 thư đã gửi, 0 thư lỗi, 2 cơ quan cần nhắc." in out
    with pytest.raises(CommandError, match="không hợp lệ"):
        call_command("send_reminders", "--date", "32/13/2021")


def test_officers_of_a_merged_agency_are_reminded_for_its_successor(mailbox, plan, agency_a, agency_b, officers):
    actions.merge_agencies(agency_b, agency_a, TODAY, None)
    send_reminders(TODAY)
    assert len(mailbox.messages) == 1
    rcpts, message = mailbox.messages[0]
    assert sorted(rcpts) == ["noivu1@daknong.gov.vn", "noivu2@daknong.gov.vn", "tuphap1@daknong.gov.vn"]
    assert agency_a.name in message["Subject"]


def test_cchc_subcommand_passes_options_through(mailbox, plan, agency_a, officers, capsys):
    import argparse

    from cchc.notifications.commands import register

    parser = argparse.ArgumentParser(prog="cchc")
    register(parser.add_subparsers())
    args = parser.parse_args(["send_reminders", "--dry-run", "--date", "20/07/2021", "--agency", str(agency_a.pk)])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert f"Sẽ gửi (chạy thử): {agency_a.name}" in out and "1 cơ quan cần nhắc" in out
    assert mailbox.messages == []
