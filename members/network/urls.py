"""Addresses of the network area, under /<language>/network/."""

from django.urls import path

from .views import account, dashboard, exchange, people

urlpatterns = [
    path("", dashboard.home, name="network_home"),
    path("exchange/", exchange.post_list, name="network_exchange"),
    path("exchange/new/", exchange.new_post, name="network_new_post"),
    path("exchange/<int:pk>/", exchange.post_detail, name="network_post"),
    path("exchange/<int:pk>/edit/", exchange.edit_post, name="network_edit_post"),
    path("exchange/<int:pk>/report/", exchange.report_post, name="network_report_post"),
    path("exchange/replies/<int:pk>/helpful/", exchange.mark_helpful, name="network_helpful"),
    path("people/", people.people_list, name="network_people"),
    path("profile/", account.edit_profile, name="network_profile"),
    path("profile/data/", account.download_data, name="network_data"),
    path("profile/delete/", account.delete_account, name="network_delete_account"),
    path("invite/", account.invite_colleague, name="network_invite"),
    path("authority/", account.propose_changes, name="network_authority"),
    path("invitation/<str:token>/", account.accept_invitation, name="network_accept_invitation"),
]
