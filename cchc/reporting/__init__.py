"""Reporting regime, agency reports, indicators and consolidated reports."""
