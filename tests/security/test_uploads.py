"""Uploads: allowed types only, content matching the extension, size and pixel limits, private documents."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from efus_site.core.models import CustomImage

pytestmark = pytest.mark.django_db
Document = get_document_model()

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed date: the bytes name the test, and parallel workers must collect the same name.
        for name, content in (("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def png_bytes(size, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "collection": Collection.get_first_root_node().pk, "file": SimpleUploadedFile(name, content)},
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "collection": Collection.get_first_root_node().pk, "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [("report.pdf", PDF), ("minutes.docx", docx_bytes()), ("members.csv", "name,country\nLiège,BE\n".encode())],
)
def test_genuine_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302
    assert Document.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("minutes.docx", PDF),
        ("list.csv", b"<html><body><script>document.cookie</script></body></html>"),
    ],
)
def test_disguised_files_are_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert "content does not match its" in response.content.decode()
    assert not Document.objects.exists()


def test_disallowed_document_types_are_refused(admin_client):
    response = upload_document(admin_client, "page.html", b"<html></html>")
    assert response.status_code == 200
    assert not Document.objects.exists()


def test_oversized_document_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin_client, "big.pdf", PDF + b"0" * 2048)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.exists()


def test_pixel_bomb_image_is_refused(admin_client):
    # 8000 × 8000 = 64 million pixels, above the 40 million limit, yet only a few kilobytes on disk.
    bomb = png_bytes((8000, 8000), mode="1")
    assert len(bomb) < 100_000
    response = upload_image(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not CustomImage.objects.exists()


def test_oversized_image_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(admin_client, "photo.png", png_bytes((200, 200)) + b"\0" * 2048)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not CustomImage.objects.exists()


def test_svg_images_are_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload_image(admin_client, "logo.svg", svg)
    assert response.status_code == 200
    assert not CustomImage.objects.exists()


def test_a_normal_image_is_accepted(admin_client):
    response = upload_image(admin_client, "map.png", png_bytes((400, 300)))
    assert response.status_code == 302
    assert CustomImage.objects.get().width == 400


def test_private_documents_go_through_wagtails_view(client, admin_client):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = Document.objects.create(title="Minutes", collection=private, file=SimpleUploadedFile("minutes.pdf", PDF))
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    served = admin_client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize("path", ["images/../documents/minutes.pdf", "documents/minutes.pdf", "../settings.py"])
def test_media_view_serves_images_only(rf, path):
    from django.http import Http404

    from efus_site.core.views import media_image

    with pytest.raises(Http404):
        media_image(rf.get(f"/media/{path}"), path)


def test_editors_can_open_the_privacy_dialog(admin_client, about):
    response = admin_client.get(f"/admin/pages/{about.pk}/privacy/")
    assert response.status_code == 200
    assert "Public" in response.content.decode()
