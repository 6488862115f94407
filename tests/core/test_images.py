"""Alt text: written in every language in the image form, rendered in the visitor's, even from the caches."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images.forms import get_image_form

from efus_site.core.factories import CustomImageFactory
from efus_site.core.models import CustomImage

pytestmark = pytest.mark.django_db

LANGS = ["en", "fr", "de", "it", "es", "pt"]
TRAM = {"en": "A tram crossing a square", "fr": "Un tramway traverse une place"}


def alts(html):
    """The alt of the hero image and the og:image:alt of the page."""
    hero = re.search(r'<img[^>]*class="hero__image"[^>]*>', html).group(0)
    social = re.search(r'<meta property="og:image:alt" content="([^"]*)">', html)
    return re.search(r'alt="([^"]*)"', hero).group(1), social.group(1) if social else None


@pytest.fixture
def pictured_home(home):
    """The home page with a hero and listing image whose alt text is written in English and French."""
    image = CustomImageFactory(alt_text_en=TRAM["en"], alt_text_fr=TRAM["fr"])
    home.hero_image = home.listing_image = image
    home.save_revision().publish()
    return image


@pytest.mark.parametrize("order", [["fr", "en", "fr"], ["en", "fr", "en"]])
def test_alt_text_is_in_the_visitors_language_also_from_the_caches(client, pictured_home, order):
    first, *others = order
    assert alts(client.get(f"/{first}/").content.decode()) == (TRAM[first], TRAM[first])
    for code in others:
        # The page's images come pickled from the generation's cache: no image row is read again.
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/{code}/")
        assert not [query for query in queries if "core_customimage" in query["sql"]]
        assert alts(response.content.decode()) == (TRAM[code], TRAM[code])


def test_a_language_without_alt_text_falls_back_to_english(client, home):
    home.hero_image = CustomImageFactory(alt_text_en=TRAM["en"], alt_text_fr=None)
    home.save_revision().publish()
    assert alts(client.get("/fr/").content.decode())[0] == TRAM["en"]


SITE_CARD = {"en": "Efus, European Forum for Urban Security", "fr": "Efus, Forum européen pour la sécurité urbaine"}


def test_an_image_without_alt_text_stays_decorative_in_every_language(client, home):
    home.hero_image = CustomImageFactory(alt_text_en="")
    home.save_revision().publish()
    for code in ["en", "fr"]:
        html = client.get(f"/{code}/").content.decode()
        hero_alt, social_alt = alts(html)
        # Shared without an image of its own, the page shows the site's card, described as such.
        assert (hero_alt, social_alt) == ("", SITE_CARD[code])
        assert "/static/img/share" in re.search(r'<meta property="og:image" content="([^"]*)">', html).group(1)


def test_the_image_block_shows_the_visitors_alt_text(client, about):
    image = CustomImageFactory(alt_text_en=TRAM["en"], alt_text_fr=TRAM["fr"])
    block = [{"type": "image", "value": {"image": image.pk, "caption": ""}}]
    about.body_en = about.body_fr = block
    about.save_revision().publish()
    for code, url in [("fr", "/fr/a-propos/"), ("en", "/en/about/"), ("fr", "/fr/a-propos/")]:
        html = client.get(url).content.decode()
        figure = html[html.index('class="image-block"') :]
        assert f'alt="{TRAM[code]}"' in figure[: figure.index("</figure>")]


def test_the_image_form_asks_for_the_alt_text_in_every_language():
    image = CustomImageFactory(alt_text_en="Old text")
    form_class = get_image_form(CustomImage)
    with translation.override("en"):
        form = form_class(instance=image)
        labels = [str(form.fields[f"alt_text_{code}"].label) for code in LANGS]
    assert labels == [
        f"Alt text ({name})" for name in ["English", "French", "German", "Italian", "Spanish", "Portuguese"]
    ]
    assert "alt_text" not in form.fields

    data = {"title": image.title, "collection": image.collection_id, "tags": "", "description": "", "credit": ""}
    data.update({f"alt_text_{code}": f"Text in {code}" for code in LANGS}, alt_text_pt="")
    with translation.override("en"):
        form = form_class(data, instance=image)
        assert form.is_valid(), form.errors
        form.save()
    image.refresh_from_db()
    assert [getattr(image, f"alt_text_{code}") for code in LANGS] == [
        "Text in en",
        "Text in fr",
        "Text in de",
        "Text in it",
        "Text in es",
        None,
    ]
    with translation.override("pt"):
        assert image.default_alt_text == "Text in en"


def test_the_admin_edit_view_shows_the_six_fields(client, admin_user):
    image = CustomImageFactory()
    client.force_login(admin_user)
    html = client.get(f"/admin/images/{image.pk}/").content.decode()
    for code in LANGS:
        assert f'name="alt_text_{code}"' in html
