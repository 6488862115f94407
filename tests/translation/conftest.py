"""A page with nested StreamField content, a test rule that reverses words, and fake engines."""

import pytest
from django.test import override_settings

from efus_site.core.factories import StandardPageFactory

from .fake_engines import FakeEngines, reverse_words  # noqa: F401 (the tests import it from here)

RICH = (
    '<p>Efus was founded in <b>1987</b> and links <a href="https://efus.eu/en/">European cities</a>'
    " &amp; regions.</p><ul><li>Prevention <i>first</i></li><li>Security as a public good</li></ul>"
)


def nested_body():
    """Raw StreamField data: structs in lists in streams, rich text with links and bold, a table."""
    return [
        {"type": "heading", "id": "h-1", "value": {"text": "Cities helping cities", "level": "h2"}},
        {"type": "paragraph", "id": "p-1", "value": RICH},
        {
            "type": "accordion",
            "id": "acc-1",
            "value": {
                "title": "Frequently asked questions",
                "items": [
                    {
                        "type": "item",
                        "id": "item-1",
                        "value": {
                            "heading": "Who can join?",
                            "body": '<p>Any <a linktype="page" id="3">local authority</a>.</p>',
                        },
                    },
                    {
                        "type": "item",
                        "id": "item-2",
                        "value": {"heading": "Where is Efus?", "body": "<p>In Paris.</p>"},
                    },
                ],
            },
        },
        {
            "type": "key_figures",
            "id": "kf-1",
            "value": {
                "title": "Efus in figures",
                "items": [
                    {"type": "item", "id": "fig-1", "value": {"value": "1987", "label": "founded"}},
                    {"type": "item", "id": "fig-2", "value": {"value": "250", "label": "local authorities"}},
                ],
            },
        },
        {
            "type": "call_to_action",
            "id": "cta-1",
            "value": {
                "title": "Join the network",
                "text": "Exchange with European cities.",
                "button_label": "Write to us",
                "page": None,
                "link": "mailto:contact@efus.eu",
            },
        },
        {
            "type": "table",
            "id": "t-1",
            "value": {
                "table_header_choice": "row",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "National forums",
                "data": [["Country", "Forum"], ["Belgium", "Belgian Forum"], ["France", None]],
            },
        },
    ]


@pytest.fixture
def nested_page(home):
    """A live English page with nested body content, an introduction and nothing in other languages."""
    return StandardPageFactory(
        parent=home,
        title="Urban security",
        slug_en="urban-security",
        intro_en="Why cities act together.",
        body_en=nested_body(),
    )


@pytest.fixture
def engines():
    """The fake DeepL and LibreTranslate servers on 127.0.0.1, with the settings pointing at them."""
    with (
        FakeEngines() as fake,
        override_settings(
            DEEPL_API_URL=fake.url,
            DEEPL_AUTH_KEY="test-key",
            LIBRETRANSLATE_URL=fake.url,
            LIBRETRANSLATE_API_KEY="test-key",
            TRANSLATION_REQUESTS_PER_MINUTE=60000,
            TRANSLATION_RETRY_SECONDS=0,
            TRANSLATION_BATCH_SEGMENTS=5,
        ),
    ):
        yield fake
