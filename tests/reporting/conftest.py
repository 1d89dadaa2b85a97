"""A province with the Đắk Nông 2021 plan read by the real importer, and one user per role."""
import pytest

from cchc.importer import parse_file
from cchc.tracking import actions
from cchc.tracking.agency_matching import find_in_database
from cchc.tracking.models import Role
from tests.importer.paths import seed
from tests.support.isolation import media_root, shared_cache  # noqa: F401 - autouse fixtures

PASSWORD = "Mat-khau-thu-nghiem-2026"



@pytest.fixture
def admin(db):
    return actions.create_user(None, "quantri", PASSWORD, Role.ADMIN, full_name="Quản trị")


@pytest.fixture
def plan(admin):
    return actions.import_plan(parse_file(seed("002")).to_dict(), "002_591ff2b9d60f55ba.txt", admin)


@pytest.fixture
def officers(plan, admin):
    """Officers of three agencies that lead tasks of the plan."""
    result = {}
    for username, name in (("snv", "Sở Nội vụ"), ("stp", "Sở Tư pháp"), ("vp", "Văn phòng UBND tỉnh")):
        agency = find_in_database(name, plan.province)
        assert agency is not None, name
        result[username] = actions.create_user(admin, username, PASSWORD, Role.OFFICER, agency=agency)
    return result


@pytest.fixture
def leader(db):
    return actions.create_user(None, "lanhdao", PASSWORD, Role.LEADER, full_name="Lãnh đạo UBND tỉnh")


@pytest.fixture
def schedule(plan, admin):
    """The plan's reporting periods by code (created by the real action)."""
    from cchc.reporting import actions as reporting_actions

    return {p.code: p for p in reporting_actions.create_schedule(admin, plan)}


def signed_in(user):
    """A test client with `user` signed in."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client
