"""Tracking app: provinces, agencies, plans, tasks, progress, comments and the audit log.

Every change of state goes through `cchc.tracking.actions`; views and commands only call actions.
"""
