"""The one-click unsubscribe address (RFC 8058), outside the language prefixes and the page cache."""

from django.urls import path

from . import views

urlpatterns = [
    path("newsletter/unsubscribe/<str:token>/", views.one_click_unsubscribe, name="newsletter_one_click"),
]
