"""Test factories for the network: accounts with profiles, invitations, posts and replies."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from members.factories import MemberAuthorityFactory

from .access import MEMBERS_GROUP
from .models import AuthorityChange, Invitation, MemberProfile, Post, PostReport, Reply

PASSWORD = "a-long-test-password"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    """An account with no group: logged in, but not a member."""

    username = factory.Sequence(lambda n: f"person{n}@example.org")
    email = factory.SelfAttribute("username")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def saved(self, create, extracted, **kwargs):
        if create:
            self.save()


class MemberProfileFactory(factory.django.DjangoModelFactory):
    """A member of the network: an account in the Members group, with its profile."""

    user = factory.SubFactory(UserFactory)
    authority = factory.SubFactory(MemberAuthorityFactory)
    name = factory.Sequence(lambda n: f"Member {n}")
    role = "Prevention officer"
    languages = ["en", "fr"]

    class Meta:
        model = MemberProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def membership(self, create, extracted, **kwargs):
        if create:
            self.user.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])


class InvitationFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"invited{n}@example.org")
    authority = factory.SubFactory(MemberAuthorityFactory)

    class Meta:
        model = Invitation


class PostFactory(factory.django.DjangoModelFactory):
    author = factory.LazyAttribute(lambda _post: MemberProfileFactory().user)
    title = factory.Sequence(lambda n: f"Has a city run night mediators? ({n})")
    body = "<p>We are looking for experience with night mediators.</p>"

    class Meta:
        model = Post


class ReplyFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    author = factory.LazyAttribute(lambda _reply: MemberProfileFactory().user)
    body = "<p>Yes: we did in 2019.</p>"

    class Meta:
        model = Reply


class PostReportFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    reason = "Off topic."

    class Meta:
        model = PostReport


class AuthorityChangeFactory(factory.django.DjangoModelFactory):
    authority = factory.SubFactory(MemberAuthorityFactory)
    note = "Our new website."

    class Meta:
        model = AuthorityChange
