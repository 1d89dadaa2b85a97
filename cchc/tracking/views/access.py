"""View decorators: who may open a page. Anonymous users go to the login page; signed-in users
without the needed role get 403."""
from __future__ import annotations

import functools

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from ..permissions import can_read, is_admin


def _guard(check):
    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied("Bạn không có quyền truy cập trang này.")
            return view(request, *args, **kwargs)
        return wrapped
    return decorator


reader_required = _guard(can_read)
admin_required = _guard(is_admin)
