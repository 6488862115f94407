"""One-click unsubscribe (RFC 8058) and the open-tracking image: outside the language prefixes and the page cache."""

from django.urls import path

from . import views

urlpatterns = [
    path("newsletter/unsubscribe/<str:token>/", views.one_click_unsubscribe, name="newsletter_one_click"),
    path("newsletter/open/<str:token>/", views.open_pixel, name="newsletter_open"),
]
