"""Field parsers: pure functions that turn one table cell or sentence into a typed value.

One module per field: `deadlines` (with `dates` for the date phrases inside), `agencies`
(+ the registry in `registry`), `money`, `areas`, `outputs`, `targets`.
"""
