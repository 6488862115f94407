"""Block validation, rendering and previews."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from efus_site.core import blocks
from efus_site.core.blocks import video_embed_url
from efus_site.core.models import StandardPage


def test_cta_needs_exactly_one_target(db):
    block = blocks.CallToActionBlock()
    base = {"title": "Join", "text": "", "button_label": "Go"}
    with pytest.raises(StructBlockValidationError) as neither:
        block.clean(block.to_python({**base, "page": None, "link": ""}))
    assert "Choose a page or enter an address." in str(neither.value.block_errors["link"])
    assert block.clean(block.to_python({**base, "page": None, "link": "mailto:contact@efus.eu"}))["link"]


@pytest.mark.parametrize("link", ["javascript:alert(1)", "//evil.example/", "/\\evil.example", "data:text/html,x"])
def test_cta_refuses_unsafe_links(db, link):
    block = blocks.CallToActionBlock()
    value = block.to_python({"title": "T", "button_label": "Go", "page": None, "link": link})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "must start with https://" in str(error.value.block_errors["link"])


@pytest.mark.parametrize("link", ["https://efus.eu", "/fr/a-propos/", "tel:+33140644900"])
def test_cta_accepts_safe_links(db, link):
    block = blocks.CallToActionBlock()
    value = block.to_python({"title": "T", "button_label": "Go", "page": None, "link": link})
    assert block.clean(value)["link"] == link


def test_quote_role_needs_a_name():
    block = blocks.QuoteBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Prevention first.", "attribution": "", "role": "Mayor"}))
    assert block.clean(block.to_python({"text": "Prevention first.", "attribution": "", "role": ""}))


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
        ),
        ("https://youtu.be/abcDEF12345", "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?autoplay=1&dnt=1"),
        ("https://example.com/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_video_embed_urls(url, embed):
    assert video_embed_url(url) == embed


def test_video_block_rejects_other_hosts():
    block = blocks.VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.com/v.mp4", "title": "Clip"}))


def test_video_renders_a_link_and_loads_nothing_from_the_host():
    block = blocks.VideoBlock()
    html = block.render(block.to_python({"url": "https://youtu.be/abcDEF12345", "title": "Who we are"}))
    assert "<iframe" not in html
    assert 'href="https://youtu.be/abcDEF12345"' in html
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"' in html


def test_table_needs_caption_and_header():
    block = blocks.CaptionedTableBlock()
    data = {"data": [["Country", "Forum"], ["France", "FFSU"]], "table_header_choice": "row"}
    with pytest.raises(ValidationError, match="caption"):
        block.clean({**data, "table_caption": ""})
    with pytest.raises(ValidationError, match="header"):
        block.clean({**data, "table_caption": "Forums", "table_header_choice": "neither"})
    html = block.render(block.clean({**data, "table_caption": "Forums"}))
    assert "<caption>Forums</caption>" in html
    assert '<th scope="col">Country</th>' in html
    assert "<td>FFSU</td>" in html


def test_key_figures_render_as_a_list():
    block = blocks.KeyFiguresBlock()
    html = block.render(block.get_preview_value())
    assert html.count('class="key-figures__item"') == 3
    assert "1987" in html


def test_accordion_uses_native_disclosure():
    block = blocks.AccordionBlock()
    html = block.render(block.get_preview_value())
    assert html.count("<details") == 2
    assert "<summary" in html


@pytest.mark.parametrize("name", list(blocks.BaseStreamBlock.base_blocks))
def test_every_block_has_template_icon_and_description(name):
    block = blocks.BaseStreamBlock.base_blocks[name]
    assert block.meta.template.startswith("blocks/")
    assert block.meta.icon
    assert block.get_description()


PREVIEWED = ["heading", "paragraph", "quote", "key_figures", "call_to_action", "video", "accordion", "table"]


@pytest.mark.parametrize("name", PREVIEWED)
def test_block_previews_render_in_the_site_style(admin_client, home, name):
    block = StandardPage._meta.get_field("body").stream_block.child_blocks[name]
    assert block.is_previewable
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/css/main.css" in html
    assert f'class="w-block-{name} block-{name}"' in html
