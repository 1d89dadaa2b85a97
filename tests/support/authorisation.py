"""The role matrix that authorisation tests walk: every URL, every role, the status each must get."""
from __future__ import annotations

from django.test import Client
from django.urls import reverse

ROLES = ["anonymous", "officer_a", "officer_b", "leader", "admin"]
LOGIN = 302  # anonymous users are sent to the login page


def row(anonymous, officer_a, officer_b, leader, admin) -> dict[str, int]:
    return dict(zip(ROLES, (anonymous, officer_a, officer_b, leader, admin)))


def walk(matrix, role: str, users: dict, url, payload, sends_to_login=lambda name: True) -> list[str]:
    """Request each (name, method, kwargs key, data key, expected) entry as `role`; the mismatches.

    `url(name, kwargs_key)` and `payload(name, data_key)` build the request; an anonymous request
    expected to get LOGIN must redirect to the login page where `sends_to_login(name)`.
    """
    failures = []
    for name, method, kwargs_key, data_key, expected in matrix:
        client = Client()
        if role != "anonymous":
            client.force_login(users[role])
        target = url(name, kwargs_key)
        response = client.post(target, payload(name, data_key)) if method == "post" else client.get(target)
        if response.status_code != expected[role]:
            failures.append(f"{method.upper()} {target}: {response.status_code} != {expected[role]}")
        elif role == "anonymous" and expected[role] == LOGIN and sends_to_login(name) \
                and reverse("login") not in response["Location"]:
            failures.append(f"{method.upper()} {target}: redirected to {response['Location']}, not the login page")
    return failures
