"""Load test of the tracking pages at national scale: `cchc loadtest` (or `python -m cchc.loadtest`).

Generates 34 provinces × 5 yearly plans × 100 tasks × 12 progress updates into a separate SQLite
file (never the user's database), serves the app from a subprocess on 127.0.0.1, logs in and drives
concurrent clients against the plan overview and the overdue list, and prints latency figures.
"""
