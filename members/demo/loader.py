"""Demo content of the members app: real member authorities, the members section and the governance page."""

from decimal import Decimal

from efus_site.core.demo.loader import stream_in, translated
from efus_site.core.models import MainMenuItem, NavigationSettings

from ..models import GovernancePage, MemberAuthority, MembersIndexPage
from .authorities import AUTHORITIES, FORUMS
from .governance import GOVERNANCE

REPRESENTATIVES = {
    "liege": {
        "en": "Willy Demeyer, Mayor",
        "fr": "Willy Demeyer, bourgmestre",
        "de": "Willy Demeyer, Bürgermeister",
        "it": "Willy Demeyer, sindaco",
        "es": "Willy Demeyer, alcalde",
        "pt": "Willy Demeyer, burgomestre",
    },
    "nice": {
        "en": "Christian Estrosi, Mayor",
        "fr": "Christian Estrosi, maire",
        "de": "Christian Estrosi, Bürgermeister",
        "it": "Christian Estrosi, sindaco",
        "es": "Christian Estrosi, alcalde",
        "pt": "Christian Estrosi, presidente da Câmara",
    },
}

MEMBERS_PAGE = {
    "slug": {"en": "members", "fr": "membres", "de": "mitglieder", "it": "membri", "es": "miembros", "pt": "membros"},
    "title": {
        "en": "Our members",
        "fr": "Nos membres",
        "de": "Unsere Mitglieder",
        "it": "I nostri membri",
        "es": "Nuestros miembros",
        "pt": "Os nossos membros",
    },
    "intro": {
        "en": "Cities, regions, forums and organisations from across Europe that work together on urban security.",
        "fr": "Villes, régions, forums et organisations de toute l'Europe qui travaillent ensemble sur la sécurité "
        "urbaine.",
        "de": "Städte, Regionen, Foren und Organisationen aus ganz Europa, die gemeinsam an urbaner Sicherheit "
        "arbeiten.",
        "it": "Città, regioni, forum e organizzazioni di tutta Europa che lavorano insieme sulla sicurezza urbana.",
        "es": "Ciudades, regiones, foros y organizaciones de toda Europa que trabajan juntos en la seguridad urbana.",
        "pt": "Cidades, regiões, fóruns e organizações de toda a Europa que trabalham em conjunto na segurança urbana.",
    },
    "join_intro": {
        "en": "<p>Local and regional authorities, national forums, NGOs and universities working on crime "
        "prevention can join Efus. Tell us about your authority: our team will contact you.</p>",
        "fr": "<p>Les collectivités locales et régionales, les forums nationaux, les ONG et les universités qui "
        "travaillent sur la prévention peuvent rejoindre l'Efus. Présentez-nous votre collectivité : notre équipe "
        "vous contactera.</p>",
        "de": "<p>Kommunen und Regionen, nationale Foren, NGOs und Hochschulen aus der Kriminalprävention können "
        "dem Efus beitreten. Stellen Sie uns Ihre Kommune vor: Unser Team meldet sich bei Ihnen.</p>",
        "it": "<p>Enti locali e regionali, forum nazionali, ONG e università attivi nella prevenzione possono "
        "aderire all'Efus. Presentateci il vostro ente: il nostro team vi contatterà.</p>",
        "es": "<p>Las autoridades locales y regionales, los foros nacionales, las ONG y las universidades que "
        "trabajan en prevención pueden unirse a Efus. Preséntenos su institución: nuestro equipo se pondrá en "
        "contacto con usted.</p>",
        "pt": "<p>Autoridades locais e regionais, fóruns nacionais, ONG e universidades que trabalham na prevenção "
        "podem aderir ao Efus. Apresente-nos a sua autoridade: a nossa equipa entrará em contacto consigo.</p>",
    },
    "join_thanks": {
        "en": "<p>Thank you. Your application has reached the Efus team in Paris, and a confirmation is on its way "
        "to your inbox. We will contact you within two weeks.</p>",
        "fr": "<p>Merci. Votre candidature est parvenue à l'équipe de l'Efus à Paris et une confirmation vous a été "
        "envoyée par courriel. Nous vous contacterons sous deux semaines.</p>",
        "de": "<p>Vielen Dank. Ihre Bewerbung ist beim Efus-Team in Paris eingegangen; eine Bestätigung ist per "
        "E-Mail unterwegs. Wir melden uns innerhalb von zwei Wochen.</p>",
        "it": "<p>Grazie. La vostra candidatura è arrivata al team dell'Efus a Parigi e vi abbiamo inviato una "
        "conferma per email. Vi contatteremo entro due settimane.</p>",
        "es": "<p>Gracias. Su solicitud ha llegado al equipo de Efus en París y le hemos enviado una confirmación "
        "por correo electrónico. Nos pondremos en contacto en un plazo de dos semanas.</p>",
        "pt": "<p>Obrigado. A sua candidatura chegou à equipa do Efus em Paris e foi-lhe enviada uma confirmação "
        "por email. Entraremos em contacto no prazo de duas semanas.</p>",
    },
}


def load(home, about, log):
    """Create what is missing: the authorities, the members section and the governance page."""
    created = _authorities(log)
    index = MembersIndexPage.objects.first()
    if index is None:
        index = _members_page(home)
        created += 1
        log(f"Created {index.url_path}")
        navigation = NavigationSettings.for_site(home.get_site())
        MainMenuItem.objects.create(setting=navigation, page=index, sort_order=navigation.main_menu_items.count())
        # The core's call to join points at the contact page until the application form exists.
        if home.join_page_id is None or home.join_page.slug_en == "contact":
            home.join_page = index
            home.save_revision().publish()
    if not GovernancePage.objects.exists():
        _governance_page(about)
        created += 1
    return created


def _authorities(log):
    existing = set(MemberAuthority.objects.values_list("slug", flat=True))
    created = 0
    for data in [*FORUMS, *AUTHORITIES]:
        if data["slug"] in existing:
            continue
        authority = MemberAuthority(
            slug=data["slug"],
            kind=data["kind"],
            country=data["country"],
            population=data["population"],
            website=data["website"],
            member_since=data["member_since"],
            status=data["status"],
            exco_role=data["exco_role"],
            exco_from=data["exco_from"],
            exco_to=data["exco_to"],
            latitude=Decimal(str(data["latitude"])),
            longitude=Decimal(str(data["longitude"])),
            **translated("name", data["name"]),
            **translated("description", data["description"]),
            **translated("representative", REPRESENTATIVES.get(data["slug"], {})),
        )
        authority.save()
        created += 1
    forums = dict(MemberAuthority.objects.filter(kind="forum").values_list("slug", "pk"))
    for data in AUTHORITIES:
        if data["slug"] not in existing and data["national_forum"]:
            MemberAuthority.objects.filter(slug=data["slug"]).update(national_forum=forums[data["national_forum"]])
    if created:
        log(f"Created {created} member authorities.")
    return created


def _members_page(home):
    data = MEMBERS_PAGE
    index = MembersIndexPage(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("join_intro", data["join_intro"]),
        **translated("join_thanks", data["join_thanks"]),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def _governance_page(about):
    data = GOVERNANCE
    page = GovernancePage(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("search_description", data["seo_description"]),
    )
    for code in data["slug"]:
        setattr(page, f"body_{code}", stream_in(data["body"], code))
    about.add_child(instance=page)
    # Third in the About section, after the mission and the services, as in Efus' own site.
    siblings = list(about.get_children())
    if len(siblings) > 3:
        page.move(siblings[1], pos="right")
    page.save_revision().publish()
    return page
