"""CCHC: run a Vietnamese province's administrative reform (cải cách hành chính) plan."""

__version__ = "0.1.0"
