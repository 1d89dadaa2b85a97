"""User accounts with their role (and agency for officers)."""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from ..models import Agency, Profile, Role
from ..permissions import is_admin
from .audit import apply_changes, record
from .errors import ActionError


def _require_admin(actor) -> None:
    if actor is not None and not is_admin(actor):
        raise PermissionDenied("Chỉ quản trị viên được quản lý tài khoản.")


def _check_role(role: str, agency: Agency | None) -> None:
    if role not in Role.values:
        raise ActionError(f"Vai trò không hợp lệ: {role}.")
    if role == Role.OFFICER and agency is None:
        raise ActionError("Cán bộ cơ quan phải gắn với một cơ quan.")


@transaction.atomic
def create_user(actor, username: str, password: str, role: str, agency: Agency | None = None,
                full_name: str = "", email: str = "", validate: bool = True):
    """Create an account. `validate=False` skips the password rules (demo accounts only)."""
    _require_admin(actor)
    _check_role(role, agency)
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ActionError(f"Tài khoản “{username}” đã tồn tại.")
    user = User(username=username, email=email, is_staff=(role == Role.ADMIN))
    if validate:
        try:
            validate_password(password, user)
        except ValidationError as err:
            raise ActionError(" ".join(err.messages)) from None
    user.set_password(password)
    user.save()
    Profile.objects.create(user=user, role=role, agency=agency, full_name=full_name)
    record(actor, "user.create", user, new={"role": role, "agency": agency.name if agency else None})
    return user


@transaction.atomic
def set_user_role(actor, user, role: str, agency: Agency | None = None):
    _require_admin(actor)
    _check_role(role, agency)
    profile, _ = Profile.objects.get_or_create(user=user)
    if apply_changes(actor, "user.role", profile, {"role": role, "agency": agency}):
        profile.save()
    if user.is_staff != (role == Role.ADMIN):
        user.is_staff = role == Role.ADMIN
        user.save(update_fields=["is_staff"])
    return profile


@transaction.atomic
def reset_password(actor, user, password: str, validate: bool = True):
    _require_admin(actor)
    if validate:
        try:
            validate_password(password, user)
        except ValidationError as err:
            raise ActionError(" ".join(err.messages)) from None
    user.set_password(password)
    user.save(update_fields=["password"])
    record(actor, "user.password_reset", user)
    return user
