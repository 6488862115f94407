"""The shared StreamField blocks every page body is built from."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SAFE_LINK = re.compile(r"^(https?://|mailto:|tel:|/(?![/\\]))")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def video_embed_url(url):
    """Return a privacy-friendly embed URL for a YouTube or Vimeo link, or None."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    video_id = None
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = parsed.path.lstrip("/")
        elif parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        if video_id and VIDEO_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    elif host in VIMEO_HOSTS:
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1"
    return None


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3, which also feeds the page outline."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Cities helping cities", "level": "h2"}
        description = _("A section heading. Use level 2 for sections and level 3 inside them.")


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted text: paragraphs, lists and links."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Rich text")
        preview_value = (
            "<p>Efus brings together nearly 250 local and regional authorities that work on "
            "urban security and crime prevention.</p>"
        )
        description = _("Paragraphs of text with lists and links.")


class ImageBlock(blocks.StructBlock):
    """An image with an optional caption; its alt text comes from the image itself."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image with caption")
        description = _("An image, full width of the text column, with an optional caption.")


class DocumentBlock(blocks.StructBlock):
    """A link to a document with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the document title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document link")
        description = _("A download link that shows the file type and size.")


class QuoteBlock(blocks.StructBlock):
    """A pull quote with the name and role of the person quoted."""

    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Name"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "text": "Cities and regions are the level of government best placed to design everyday security.",
            "attribution": "Willy Demeyer",
            "role": "Mayor of Liège, President of Efus",
        }
        description = _("A quotation, with the name and role of the person quoted.")

    def clean(self, value):
        """Require a name whenever a role is given."""
        value = super().clean(value)
        if value.get("role") and not value.get("attribution"):
            raise StructBlockValidationError(
                block_errors={"attribution": ValidationError(_("Give the name of the person quoted."))}
            )
        return value


class KeyFigureBlock(blocks.StructBlock):
    """One figure and what it counts."""

    value = blocks.CharBlock(label=_("Figure"), max_length=12, help_text=_("For example 250 or 1987."))
    label = blocks.CharBlock(label=_("Label"), max_length=80)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of two to six key figures."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(KeyFigureBlock(), min_num=2, max_num=6, label=_("Figures"))

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        preview_value = {
            "title": "Efus in figures",
            "items": [
                {"value": "1987", "label": "founded"},
                {"value": "250", "label": "local and regional authorities"},
                {"value": "16", "label": "countries"},
            ],
        }
        description = _("Two to six figures side by side, such as members or countries.")


class CallToActionBlock(blocks.StructBlock):
    """A highlighted box that invites the reader to act, linking to a page or an address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    link = blocks.CharBlock(
        label=_("Address"),
        required=False,
        max_length=300,
        help_text=_("A web address, or mailto: / tel: link, when the target is not a page of this site."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        preview_value = {
            "title": "Join the network",
            "text": "Exchange with nearly 250 European local and regional authorities.",
            "button_label": "Write to us",
            "link": "mailto:contact@efus.eu",
        }
        description = _("A highlighted invitation with one button, to a page or an address.")

    def clean(self, value):
        """Require exactly one target, and only safe link schemes."""
        value = super().clean(value)
        page, link = value.get("page"), (value.get("link") or "").strip()
        errors = {}
        if bool(page) == bool(link):
            message = (
                _("Choose a page or enter an address, not both.") if page else _("Choose a page or enter an address.")
            )
            errors["link"] = ValidationError(message)
        elif link and not SAFE_LINK.match(link):
            errors["link"] = ValidationError(_("The address must start with https://, http://, mailto:, tel: or /."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads only when the visitor asks for it."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=["bold", "italic", "link"])

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        preview_value = {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Who we are"}
        description = _("A video from YouTube or Vimeo. Nothing is loaded from them until the visitor presses play.")

    def clean(self, value):
        """Accept only links the site knows how to embed."""
        value = super().clean(value)
        if not video_embed_url(value.get("url") or ""):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Enter a link to a YouTube or Vimeo video."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        """Add the embed address the play button loads."""
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context


class AccordionItemBlock(blocks.StructBlock):
    """One question or heading and the text it reveals."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Accordion item")


class AccordionBlock(blocks.StructBlock):
    """A list of sections the reader can open and close."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Accordion")
        preview_value = {
            "title": "Frequently asked questions",
            "items": [
                {"heading": "Who can join Efus?", "body": "<p>Local and regional authorities.</p>"},
                {"heading": "Where is Efus based?", "body": "<p>In Paris, France.</p>"},
            ],
        }
        description = _("Collapsible sections, for questions and answers or long lists.")


class CaptionedTableBlock(TableBlock):
    """A data table with a caption and header row."""

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        preview_value = {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "National forums",
            "data": [["Country", "Forum"], ["Belgium", "Belgian Forum"], ["France", "French Forum"]],
        }
        description = _("A table of data with a caption; mark the first row as the header.")

    def clean(self, value):
        """Require a caption and a header row, which screen readers rely on."""
        value = super().clean(value)
        if value and not (value.get("table_caption") or "").strip():
            raise ValidationError(_("Give the table a caption."))
        if value and not value.get("first_row_is_table_header"):
            raise ValidationError(_("Mark the first row as the table header."))
        return value


class BaseStreamBlock(blocks.StreamBlock):
    """The body every content page shares."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    accordion = AccordionBlock()
    table = CaptionedTableBlock()
