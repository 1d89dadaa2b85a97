class ActionError(Exception):
    """Input an action refuses; `str(err)` is a Vietnamese message for the person who sent it."""
