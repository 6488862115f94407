"""Test factories for core pages, images and documents."""

import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile

from .demo_images import draw_city_pattern
from .models import CustomImage, HomePage, StandardPage, Theme, ThemesIndexPage


class CustomImageFactory(factory.django.DjangoModelFactory):
    """A small generated PNG with English alt text."""

    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text_en = factory.Sequence(lambda n: f"Street map of district {n}")
    file = factory.LazyAttributeSequence(
        lambda obj, n: ImageFile(io.BytesIO(draw_city_pattern(n, size=(320, 180))), name=f"image-{n}.jpg")
    )

    class Meta:
        model = CustomImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small text document, e.g. an agenda."""

    title = factory.Sequence(lambda n: f"Agenda {n}")
    file = factory.django.FileField(filename="agenda.txt", data=b"Agenda of the meeting.")


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page with English and French titles."""

    title = "Efus"
    title_en = "Efus – European Forum for Urban Security"
    title_fr = "Efus – Forum européen pour la sécurité urbaine"
    slug = "home"
    hero_title_en = "Cities helping cities"
    hero_title_fr = "Les villes aident les villes"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    """A content page with English and French titles and slugs."""

    title = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    slug_en = factory.Sequence(lambda n: f"page-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    intro_en = "An introduction in English."

    class Meta:
        model = StandardPage


class ThemeFactory(factory.django.DjangoModelFactory):
    """A theme with English and French names and addresses."""

    name_en = factory.Sequence(lambda n: f"Theme {n}")
    name_fr = factory.Sequence(lambda n: f"Thème {n}")
    slug_en = factory.Sequence(lambda n: f"theme-{n}")
    slug_fr = factory.Sequence(lambda n: f"theme-fr-{n}")

    class Meta:
        model = Theme


class ThemesIndexPageFactory(wagtail_factories.PageFactory):
    """The themes section, with English and French addresses."""

    title = "Themes"
    title_en = "Themes"
    title_fr = "Thèmes"
    slug = "themes"
    slug_en = "themes"
    slug_fr = "themes"

    class Meta:
        model = ThemesIndexPage
