"""Login, logout, the home redirect and error pages."""
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render

from ..forms import LoginForm
from ..models import Role
from ..permissions import agency_of, role_of


class LoginView(auth_views.LoginView):
    template_name = "tracking/auth/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def home(request):
    if not request.user.is_authenticated:
        return redirect("login")
    if role_of(request.user) == Role.OFFICER and agency_of(request.user):
        return redirect("my_tasks")
    return redirect("plan_list")


def permission_denied(request, exception=None):
    return render(request, "tracking/errors/403.html", status=403)


def not_found(request, exception=None):
    return render(request, "tracking/errors/404.html", status=404)


def server_error(request):
    return render(request, "tracking/errors/500.html", status=500)
