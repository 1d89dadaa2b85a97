"""Field parsers: pure functions that turn one table cell or sentence into a typed value.

One module per field: `deadlines` (date phrases in `dates`, cycles in `recurrence`), `agencies` (the registry of
canonical agencies in `agency_registry`, data in `cchc/importer/data/agencies.json`), `money`, `areas`, `outputs`,
`targets`; `bullets` splits the list cells they share.
"""
