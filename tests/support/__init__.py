"""Helpers shared by test packages (documents rendered from gold plans)."""
