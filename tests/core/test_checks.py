"""The system check that guards the routing shortcut."""

from efus_site.core.checks import home_page_routes_by_address
from efus_site.core.models import HomePage


def test_routing_shortcut_is_installed():
    assert home_page_routes_by_address(None) == []


def test_a_replaced_route_is_reported(monkeypatch):
    monkeypatch.setattr(HomePage, "route", lambda self, request, path_components: None)
    errors = home_page_routes_by_address(None)
    assert [error.id for error in errors] == ["core.E001"]
