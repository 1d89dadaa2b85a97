"""E-mail reminders to agencies about their overdue and due-soon tasks (`cchc manage send_reminders`)."""
