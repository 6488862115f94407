"""Pages listed as cards: each loaded with only what a card shows, in a fixed number of queries."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from wagtail.images import get_image_model
from wagtail.models import Page

CARD_RENDITION = "fill-640x360"

#: What components/card.html and {% pageurl %} read of every page; a page loaded with only these costs a
#: fraction of a full one, whose hundred-odd translated columns dominate a listing's time
#: (docs/performance.md). A page type whose card reads more names it in its own card_fields.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "locale",
    "content_type",
    "search_description",
    "first_published_at",
    "listing_image",
    "listing_summary",
)


def _fields_of(model):
    fields = []
    for name in getattr(model, "card_fields", CARD_FIELDS):
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        fields.append(name)
    return fields


def as_cards(pages):
    """The pages of a queryset (sliced, filtered, ordered) as specific pages ready for card.html.

    One query for the ids and types, one per page type (with the fields its card_fields name), and
    two for the images and their renditions, however many cards there are.
    """
    rows = list(pages.values_list("pk", "content_type"))
    ids_by_type = defaultdict(list)
    for pk, content_type in rows:
        ids_by_type[content_type].append(pk)
    loaded = {}
    for content_type, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class() or Page
        loaded.update(model.objects.filter(pk__in=ids).only(*_fields_of(model)).in_bulk())
    cards = [loaded[pk] for pk, _type in rows if pk in loaded]
    return with_card_images(cards)


def with_card_images(pages):
    """Attach each page's listing image with its card rendition, fetched together."""
    image_ids = {page.listing_image_id for page in pages if getattr(page, "listing_image_id", None)}
    if image_ids:
        images = get_image_model().objects.filter(id__in=image_ids).prefetch_renditions(CARD_RENDITION).in_bulk()
        for image in images.values():
            # A rendition made now joins the prefetched ones, so cards cached with it never ask again.
            image.get_rendition(CARD_RENDITION)
        for page in pages:
            if getattr(page, "listing_image_id", None):
                page.listing_image = images.get(page.listing_image_id)
    return pages
