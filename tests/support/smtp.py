"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests of e-mail reminders, with Django pointed at it.

    from tests.support.smtp import mailbox  # noqa: F401  (the fixture)
"""
from __future__ import annotations

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

SITE = "https://cchc.example.vn"


class Mailbox:
    """aiosmtpd handler keeping every message; addresses in `refuse` are rejected at RCPT."""

    def __init__(self, refuse=()):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.refuse = set(refuse)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for rcpts, m in self.messages if address in rcpts]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def mailbox(settings):
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.DEFAULT_FROM_EMAIL = "CCHC Đắk Nông <cchc@daknong.gov.vn>"
    settings.CCHC_SITE_URL = SITE
    yield box
    controller.stop()
