"""Errors the importer raises for input it cannot read. Messages are Vietnamese, one line."""


class ImportFailed(Exception):
    """The document cannot be turned into a plan; `str(err)` is a message for a person."""


class UnsupportedFormat(ImportFailed):
    pass


class UnreadableDocument(ImportFailed):
    pass
