"""Files sent with an initiative: recognised from their content, size-limited, cleaned, kept across errors."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from initiatives.factories import InitiativeSubmissionFactory
from initiatives.models import SubmissionAttachment
from initiatives.tokens import make_token
from initiatives.uploads import MAX_ATTACHMENT_BYTES

from .conftest import PDF, jpeg_with_location, png_bytes

pytestmark = pytest.mark.django_db

EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 200
    + b"This program cannot be run in DOS mode"
)


@pytest.fixture
def draft(section):
    return InitiativeSubmissionFactory(state="draft", section=section, crisis=section.crisis, title="")


def post_files(client, draft, *files, **data):
    path = "/en/covid-19/share/" + make_token(draft) + "/"
    return client.post(path, {"save_draft": "", "title": "Kept title", **data, "files": list(files)})


def errors_after_send(client, draft, *files):
    path = "/en/covid-19/share/" + make_token(draft) + "/"
    response = client.post(path, {"title": "Night mediators", "files": list(files)})
    assert response.status_code == 200
    return response.content.decode()


def test_an_exe_renamed_pdf_is_refused_with_a_clear_message(client, draft):
    html = errors_after_send(client, draft, SimpleUploadedFile("report.pdf", EXE, content_type="application/pdf"))
    assert "“report.pdf” is not a PDF file or a JPEG or PNG image, whatever its name says." in html
    assert not SubmissionAttachment.objects.exists()


def test_a_30_mb_file_is_refused(client, draft):
    big = SimpleUploadedFile("scan.pdf", PDF + b"0" * (30 * 1024 * 1024), content_type="application/pdf")
    assert big.size > MAX_ATTACHMENT_BYTES
    html = errors_after_send(client, draft, big)
    assert "“scan.pdf” is larger than 10 MB." in html
    assert not SubmissionAttachment.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        PDF + b"<html><script>alert(document.cookie)</script></html>",
        PDF + b"PK\x03\x04\x14\x00\x00\x00evil.class",
    ],
    ids=["pdf-and-html", "pdf-and-zip"],
)
def test_a_polyglot_pdf_is_refused(client, draft, content):
    html = errors_after_send(client, draft, SimpleUploadedFile("leaflet.pdf", content))
    assert "holds another kind of file inside the PDF" in html
    assert not SubmissionAttachment.objects.exists()


def test_html_that_only_claims_to_be_a_pdf_further_down_is_refused(client, draft):
    html = errors_after_send(client, draft, SimpleUploadedFile("a.pdf", b"<html>" + PDF))
    assert "is not a PDF file or a JPEG or PNG image" in html


def test_an_image_with_a_payload_appended_is_stored_as_its_pixels_only(client, draft):
    polyglot = png_bytes() + b"PK\x03\x04<script>alert(1)</script>"
    response = post_files(client, draft, SimpleUploadedFile("photo.png", polyglot))
    assert response.status_code == 302
    stored = SubmissionAttachment.objects.get()
    content = stored.file.read()
    assert b"<script>" not in content and b"PK\x03\x04" not in content
    assert Image.open(io.BytesIO(content)).size == (40, 30)


def test_a_photo_loses_its_location_but_keeps_its_pixels(client, draft):
    original = jpeg_with_location()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    response = post_files(client, draft, SimpleUploadedFile("street.jpg", original))
    assert response.status_code == 302
    stored = SubmissionAttachment.objects.get()
    assert stored.name == "street.jpg"
    with Image.open(stored.file) as image:
        assert image.size == (64, 48)
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info
    assert not stored.file.name.startswith("images/")  # never served by the public media view


def test_a_file_is_named_for_its_content_not_the_name_it_came_with(client, draft):
    post_files(client, draft, SimpleUploadedFile("poster.pdf", png_bytes()))
    assert SubmissionAttachment.objects.get().name == "poster.png"


def test_at_most_five_files(client, draft):
    files = [SimpleUploadedFile(f"page-{n}.pdf", PDF) for n in range(6)]
    html = errors_after_send(client, draft, *files)
    assert SubmissionAttachment.objects.count() == 5
    assert "“page-5.pdf” was not added: an initiative has 5 files at most." in html


def test_a_stored_file_can_be_removed(client, draft):
    post_files(client, draft, SimpleUploadedFile("a.pdf", PDF), SimpleUploadedFile("b.pdf", PDF))
    first = SubmissionAttachment.objects.order_by("pk").first()
    post_files(client, draft, remove=[str(first.pk)])
    assert list(SubmissionAttachment.objects.values_list("name", flat=True)) == ["b.pdf"]


def test_several_files_in_one_post_are_all_kept(client, draft):
    path = "/en/covid-19/share/" + make_token(draft) + "/"
    files = [SimpleUploadedFile("a.pdf", PDF), SimpleUploadedFile("b.png", png_bytes())]
    response = client.post(path, {"title": "Night mediators", "files": files})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No file was submitted" not in html and "Attachments:" not in html
    assert sorted(SubmissionAttachment.objects.values_list("name", flat=True)) == ["a.pdf", "b.png"]
