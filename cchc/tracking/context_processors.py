"""Template context: the signed-in user's role, so the navigation shows only what they may use."""
from .permissions import role_of


def user_role(request):
    role = role_of(request.user) if request.user.is_authenticated else None
    return {"user_role": role}
