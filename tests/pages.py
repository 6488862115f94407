"""Helpers for tests that read public pages."""


def page_html(client, url):
    """The HTML of a page that must answer 200."""
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()
