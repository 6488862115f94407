"""Test factories for the resources library."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from efus_site.core.pdf import minimal_pdf

from .models import ResourceFile, ResourceIndexPage, ResourcePage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    """The library, with English and French addresses."""

    title = "Resources"
    title_en = "Resources"
    title_fr = "Ressources"
    slug = "resources"
    slug_en = "resources"
    slug_fr = "ressources"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    """A public report from 2022 with English and French titles and summaries."""

    title = factory.Sequence(lambda n: f"Resource {n}")
    title_en = factory.LazyAttribute(lambda obj: obj.title)
    title_fr = factory.Sequence(lambda n: f"Ressource {n}")
    slug_en = factory.Sequence(lambda n: f"resource-{n}")
    slug_fr = factory.Sequence(lambda n: f"ressource-{n}")
    slug = factory.LazyAttribute(lambda obj: obj.slug_en)
    resource_type = "report"
    date = datetime.date(2022, 6, 1)
    summary_en = "What local authorities learnt, in short."
    summary_fr = "Ce que les collectivités ont appris, en bref."

    class Meta:
        model = ResourcePage


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small, valid PDF document."""

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttributeSequence(lambda obj, n: ContentFile(minimal_pdf(obj.title), name=f"document-{n}.pdf"))

    class Meta:
        model = Document


class ResourceFileFactory(factory.django.DjangoModelFactory):
    """A resource's file in English."""

    page = factory.SubFactory(ResourcePageFactory)
    language = "en"
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = ResourceFile
