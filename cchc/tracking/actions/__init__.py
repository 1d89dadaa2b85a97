"""The only writers of tracking state. Each public function validates its input, writes in one
transaction and records `AuditEntry` rows. Views, management commands, bulk updates and e-mail
reminders call these functions and nothing else to change data.

    from cchc.tracking import actions
    actions.update_task_progress(task, user, status="in_progress", percent=40, narrative="...")

Errors a person can fix raise `ActionError` (Vietnamese message); missing rights raise
`django.core.exceptions.PermissionDenied`.
"""
from .accounts import create_user, reset_password, set_user_role
from .agencies import create_agency, merge_agencies, update_agency
from .errors import ActionError
from .imports import (confirm_pending_import, discard_pending_import, import_plan, retry_parsing, start_import,
                      update_pending_import)
from .progress import add_comment, update_task_progress

__all__ = ["ActionError", "create_user", "reset_password", "set_user_role", "create_agency", "update_agency",
           "merge_agencies", "start_import", "retry_parsing", "update_pending_import", "confirm_pending_import",
           "discard_pending_import", "import_plan", "update_task_progress", "add_comment"]
