"""Member records appear on many pages (directory, profiles, governance, home counts): a change empties their caches."""

from django.db.models.signals import post_delete, post_save

from efus_site.core.signals import content_changed

from .models import MemberAuthority

post_save.connect(content_changed, sender=MemberAuthority, dispatch_uid="members-authority-saved")
post_delete.connect(content_changed, sender=MemberAuthority, dispatch_uid="members-authority-deleted")
