"""A document whose parse outlasts the upload request goes on in a background thread.

Real threads and a real database (transactional tests: the worker thread has its own connection and
sees only committed rows). `CCHC_IMPORT_WAIT_SECONDS = 0` makes every parse a background one.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from cchc.tracking.models import AuditEntry, PendingImport

from conftest import SEEDS
from test_web_views import logged_in, text_of

SEED = SEEDS / "002_591ff2b9d60f55ba.txt"
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def background_parsing(settings):
    settings.CCHC_IMPORT_WAIT_SECONDS = 0


def settled(pending_id: int, timeout: float = 60.0) -> PendingImport:
    """The import once its background parse has written an outcome."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = PendingImport.objects.get(pk=pending_id)
        if pending.status != PendingImport.Status.PARSING:
            return pending
        time.sleep(0.05)
    raise AssertionError("the background parse did not finish")


def upload(client, name: str, content: bytes):
    return client.post(reverse("import_upload"), {"document": SimpleUploadedFile(name, content)})


def test_slow_document_is_read_in_the_background_then_reviewed(admin_user):
    client = logged_in(admin_user)
    response = upload(client, SEED.name, SEED.read_bytes())
    assert response.status_code == 302
    pending = PendingImport.objects.get()
    assert pending.status == PendingImport.Status.PARSING and pending.parsed == {}
    waiting = text_of(client.get(response["Location"]))
    assert "Đang đọc tệp" in waiting and 'http-equiv="refresh"' in waiting

    pending = settled(pending.pk)
    assert pending.status == PendingImport.Status.PENDING and len(pending.parsed["tasks"]) > 20
    assert pending.source_text and pending.source_file
    assert "Kiểm tra trước khi nhập" in text_of(client.get(response["Location"]))
    parsed = AuditEntry.objects.get(action="import.parse", object_id=str(pending.pk))
    assert (parsed.username, parsed.field, parsed.new) == ("hệ thống", "status", "pending")


def test_a_background_failure_keeps_the_file_and_says_why_in_vietnamese(admin_user):
    client = logged_in(admin_user)
    response = upload(client, "ke-hoach.pdf", b"\x00\x01 khong phai PDF")
    pending = settled(PendingImport.objects.get().pk)
    assert pending.status == PendingImport.Status.FAILED and "PDF" in pending.error
    assert pending.source_file.storage.exists(pending.source_file.name)
    page = text_of(client.get(response["Location"]))
    assert "Không đọc được tệp này" in page and pending.error in page and "Traceback" not in page
    assert "Không đọc được" in text_of(client.get(reverse("import_upload")))

    client.post(reverse("import_discard", args=[pending.pk]))
    assert PendingImport.objects.get().status == PendingImport.Status.DISCARDED


def test_an_interrupted_reading_is_offered_again_and_completes(admin_user):
    pending = PendingImport(uploaded_by=admin_user, source_name=SEED.name, parsed={},
                            status=PendingImport.Status.PARSING)
    pending.source_file.save(SEED.name, ContentFile(SEED.read_bytes()))
    PendingImport.objects.filter(pk=pending.pk).update(updated_at=timezone.now() - dt.timedelta(hours=2))
    client = logged_in(admin_user)
    page = text_of(client.get(reverse("import_review", args=[pending.pk])))
    assert "bị gián đoạn" in page and "Đọc lại tệp" in page and 'http-equiv="refresh"' not in page

    client.post(reverse("import_retry", args=[pending.pk]))
    pending = settled(pending.pk)
    assert pending.status == PendingImport.Status.PENDING and len(pending.parsed["tasks"]) > 20
    assert AuditEntry.objects.filter(action="import.retry", object_id=str(pending.pk)).exists()


def test_a_reading_in_progress_is_not_restarted(admin_user):
    pending = PendingImport.objects.create(uploaded_by=admin_user, source_name="a.txt", parsed={},
                                           status=PendingImport.Status.PARSING)
    client = logged_in(admin_user)
    response = client.post(reverse("import_retry", args=[pending.pk]), follow=True)
    assert "không cần đọc lại" in text_of(response)
    assert not AuditEntry.objects.filter(action="import.retry").exists()
