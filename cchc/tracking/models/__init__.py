"""Models of the tracking app, one module per idea; import them from here."""
from .accounts import Profile, Role
from .agencies import Agency, AgencyKind, Province
from .audit import AuditEntry
from .imports import PendingImport
from .plans import AgencyRole, Plan, PlanKind, ReformArea, Target, Task, TaskAgency, TaskStatus
from .progress import Comment, EvidenceFile, ProgressUpdate

__all__ = ["Profile", "Role", "Agency", "AgencyKind", "Province", "AuditEntry", "PendingImport",
           "AgencyRole", "Plan", "PlanKind", "ReformArea", "Target", "Task", "TaskAgency", "TaskStatus",
           "Comment", "EvidenceFile", "ProgressUpdate"]
