"""Tracking app: provinces, agencies, plans, tasks, progress, comments and the audit log.

Guide for code built on top (bulk updates, reminders, reports, browser and load tests):

- Models (`cchc.tracking.models`): `Province`, `Agency` (kind, collective `members_kind`,
  `successor`/`succeeded_on`, `current()`), `Plan`, `ReformArea`, `Target`, `Task` (normalised
  deadline fields, `status`/`percent`), `TaskAgency` (lead/coordinating links; merges end a link
  and open one with `inherited_from`), `ProgressUpdate` + `EvidenceFile`, `Comment`, `AuditEntry`,
  `Profile` (role admin/officer/leader, officer's agency), `PendingImport`.
- Writing: only through `cchc.tracking.actions` (`import_plan`, `start_import`,
  `update_pending_import`, `confirm_pending_import`, `update_task_progress`, `add_comment`,
  `create_agency`, `update_agency`, `merge_agencies`, `create_user`, `set_user_role`,
  `reset_password`). They validate, write in one transaction and record `AuditEntry` rows; errors a
  person can fix raise `actions.ActionError` (Vietnamese), missing rights `PermissionDenied`.
- Reading: `permissions` (roles, `tasks_of_agency`, `can_update_task`), `queries` (`TaskFilter`,
  `tasks_by_deadline`, `agency_dashboard`), `deadline_status` (`deadline_status(task, today)`,
  `due_date`), `workdays` (`add_working_days`, `is_working_day`), `search.search(query)`.
- Demo data: `demo.run_demo` (`cchc demo`): accounts `admin`, `lanhdao`, `canbo-<agency>`,
  password `CchcDemo@2026`.
"""
