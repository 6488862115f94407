"""Demo content for the Efus site, in the six site languages.

Facts come from Efus' own published texts (who we are, the Security, Democracy & Cities conference,
press releases); the copy is written for the demo. Consumed by demo.loader.
"""

LANGS = ("en", "fr", "de", "it", "es", "pt")

_CONTACT_EMAIL_URL = "mailto:contact@efus.eu"
_CONTACT_PHONE_URL = "tel:+33140644900"

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": {
        "en": "Efus – European Forum for Urban Security",
        "fr": "Efus – Forum européen pour la sécurité urbaine",
        "de": "Efus – Europäisches Forum für urbane Sicherheit",
        "it": "Efus – Forum europeo per la sicurezza urbana",
        "es": "Efus – Foro Europeo para la Seguridad Urbana",
        "pt": "Efus – Fórum Europeu para a Segurança Urbana",
    },
    "hero_title": {
        "en": "Safer cities, built together",
        "fr": "Des villes plus sûres, construites ensemble",
        "de": "Gemeinsam für sicherere Städte",
        "it": "Città più sicure, costruite insieme",
        "es": "Ciudades más seguras, construidas entre todos",
        "pt": "Cidades mais seguras, construídas em conjunto",
    },
    "hero_text": {
        "en": (
            "Since 1987, Efus has brought together Europe's local and regional authorities to exchange experience "
            "and design urban security policies that balance prevention, sanctions and social cohesion."
        ),
        "fr": (
            "Depuis 1987, l'Efus rassemble les collectivités locales et régionales d'Europe pour échanger leurs "
            "expériences et concevoir des politiques de sécurité urbaine qui conjuguent prévention, sanction et "
            "cohésion sociale."
        ),
        "de": (
            "Seit 1987 bringt das Efus Kommunen und Regionen aus ganz Europa zusammen, um Erfahrungen auszutauschen "
            "und eine urbane Sicherheitspolitik zu gestalten, die Prävention, Sanktion und sozialen Zusammenhalt "
            "miteinander verbindet."
        ),
        "it": (
            "Dal 1987 l'Efus riunisce gli enti locali e regionali d'Europa per scambiare esperienze e costruire "
            "politiche di sicurezza urbana che coniugano prevenzione, sanzione e coesione sociale."
        ),
        "es": (
            "Desde 1987, Efus reúne a las autoridades locales y regionales de Europa para intercambiar experiencias "
            "y diseñar políticas de seguridad urbana que combinan prevención, sanción y cohesión social."
        ),
        "pt": (
            "Desde 1987, o Efus reúne as autoridades locais e regionais da Europa para partilhar experiências e "
            "conceber políticas de segurança urbana que conciliam prevenção, sanção e coesão social."
        ),
    },
    "key_figures_title": {
        "en": "Efus in figures",
        "fr": "L'Efus en chiffres",
        "de": "Das Efus in Zahlen",
        "it": "L'Efus in cifre",
        "es": "Efus en cifras",
        "pt": "O Efus em números",
    },
    "key_figures": [
        {
            "value": "1987",
            "label": {
                "en": "Year founded, under the auspices of the Council of Europe",
                "fr": "Année de création, sous l'égide du Conseil de l'Europe",
                "de": "Gründungsjahr, unter der Schirmherrschaft des Europarates",
                "it": "Anno di fondazione, sotto l'egida del Consiglio d'Europa",
                "es": "Año de fundación, bajo los auspicios del Consejo de Europa",
                "pt": "Ano de fundação, sob a égide do Conselho da Europa",
            },
        },
        {
            "value": "250",
            "label": {
                "en": "Member local and regional authorities (approx.)",
                "fr": "Collectivités locales et régionales membres (environ)",
                "de": "Kommunen und Regionen als Mitglieder (ca.)",
                "it": "Enti locali e regionali aderenti (circa)",
                "es": "Autoridades locales y regionales miembros (aprox.)",
                "pt": "Autoridades locais e regionais membros (aprox.)",
            },
        },
        {
            "value": "16",
            "label": {
                "en": "Countries represented",
                "fr": "Pays représentés",
                "de": "Vertretene Länder",
                "it": "Paesi rappresentati",
                "es": "Países representados",
                "pt": "Países representados",
            },
        },
        {
            "value": "33",
            "label": {
                "en": "Local authorities on the Executive Committee",
                "fr": "Collectivités siégeant au Comité exécutif",
                "de": "Kommunen im Exekutivkomitee",
                "it": "Enti locali nel Comitato esecutivo",
                "es": "Autoridades locales en el Comité Ejecutivo",
                "pt": "Autoridades locais no Comité Executivo",
            },
        },
    ],
    "join_title": {
        "en": "Join the network",
        "fr": "Rejoignez le réseau",
        "de": "Werden Sie Mitglied",
        "it": "Entrate a far parte della rete",
        "es": "Únase a la red",
        "pt": "Junte-se à rede",
    },
    "join_text": {
        "en": (
            "Membership opens the door to a network of some 250 European local authorities, to cooperation "
            "projects, training and study visits, and to Efus Network, our members-only platform for sharing "
            "experience."
        ),
        "fr": (
            "Devenir membre, c'est rejoindre quelque 250 collectivités européennes et accéder aux projets de "
            "coopération, aux formations, aux visites d'étude et à Efus Network, la plateforme d'échange réservée "
            "aux membres."
        ),
        "de": (
            "Als Mitglied sind Sie Teil eines Netzwerks von rund 250 europäischen Kommunen und Regionen und "
            "profitieren von Kooperationsprojekten, Fortbildungen, Studienreisen sowie von Efus Network, unserer "
            "Austauschplattform exklusiv für Mitglieder."
        ),
        "it": (
            "Aderire significa entrare in contatto con circa 250 enti locali europei e accedere a progetti di "
            "cooperazione, formazioni, visite di studio e a Efus Network, la piattaforma di scambio riservata ai "
            "membri."
        ),
        "es": (
            "Ser miembro significa formar parte de una red de unas 250 autoridades locales europeas y acceder a "
            "proyectos de cooperación, formación, visitas de estudio y a Efus Network, la plataforma de intercambio "
            "reservada a los miembros."
        ),
        "pt": (
            "Ser membro significa integrar uma rede de cerca de 250 autoridades locais europeias e ter acesso a "
            "projetos de cooperação, formação, visitas de estudo e à Efus Network, a plataforma de partilha "
            "reservada aos membros."
        ),
    },
    "join_button": {
        "en": "Get in touch",
        "fr": "Nous contacter",
        "de": "Kontakt aufnehmen",
        "it": "Contattateci",
        "es": "Contáctenos",
        "pt": "Contacte-nos",
    },
    "seo_description": {
        "en": (
            "Efus, the European Forum for Urban Security, has connected local and regional authorities working "
            "on crime prevention and urban security since 1987."
        ),
        "fr": (
            "L'Efus, Forum européen pour la sécurité urbaine, fédère depuis 1987 les collectivités locales et "
            "régionales engagées pour la prévention et la sécurité."
        ),
        "de": (
            "Das Efus, Europäisches Forum für urbane Sicherheit, vernetzt seit 1987 Kommunen und Regionen, die "
            "sich für Prävention und urbane Sicherheit einsetzen."
        ),
        "it": (
            "L'Efus, Forum europeo per la sicurezza urbana, riunisce dal 1987 gli enti locali e regionali "
            "impegnati nella prevenzione e nella sicurezza urbana."
        ),
        "es": (
            "Efus, el Foro Europeo para la Seguridad Urbana, conecta desde 1987 a las autoridades locales y "
            "regionales comprometidas con la prevención y la seguridad."
        ),
        "pt": (
            "O Efus, Fórum Europeu para a Segurança Urbana, liga desde 1987 as autoridades locais e regionais "
            "empenhadas na prevenção e na segurança urbana."
        ),
    },
}

# ---------------------------------------------------------------------------
# About section: child pages
# ---------------------------------------------------------------------------

_MISSION = {
    "slug": {
        "en": "mission",
        "fr": "missions-et-valeurs",
        "de": "mission-und-werte",
        "it": "missione-e-valori",
        "es": "mision-y-valores",
        "pt": "missao-e-valores",
    },
    "title": {
        "en": "Mission and values",
        "fr": "Missions et valeurs",
        "de": "Mission und Werte",
        "it": "Missione e valori",
        "es": "Misión y valores",
        "pt": "Missão e valores",
    },
    "intro": {
        "en": (
            "Efus helps local and regional authorities design security policies that protect residents while "
            "strengthening democracy and social cohesion."
        ),
        "fr": (
            "L'Efus aide les collectivités locales et régionales à concevoir des politiques de sécurité qui "
            "protègent les habitants tout en renforçant la démocratie et la cohésion sociale."
        ),
        "de": (
            "Das Efus unterstützt Kommunen und Regionen dabei, Sicherheitsstrategien zu entwickeln, die die "
            "Bevölkerung schützen und zugleich Demokratie und sozialen Zusammenhalt stärken."
        ),
        "it": (
            "L'Efus aiuta gli enti locali e regionali a elaborare politiche di sicurezza che proteggono i cittadini "
            "rafforzando al tempo stesso la democrazia e la coesione sociale."
        ),
        "es": (
            "Efus ayuda a las autoridades locales y regionales a diseñar políticas de seguridad que protejan a la "
            "población y, al mismo tiempo, refuercen la democracia y la cohesión social."
        ),
        "pt": (
            "O Efus ajuda as autoridades locais e regionais a conceber políticas de segurança que protejam a "
            "população e, ao mesmo tempo, reforcem a democracia e a coesão social."
        ),
    },
    "seo_description": {
        "en": (
            "Efus's mission: a balanced vision of urban security, support for local security policies and "
            "recognition for local elected officials."
        ),
        "fr": (
            "Les missions de l'Efus : une vision équilibrée de la sécurité urbaine, un appui aux politiques locales "
            "et la reconnaissance du rôle des élus locaux."
        ),
        "de": (
            "Der Auftrag des Efus: ein ausgewogenes Verständnis urbaner Sicherheit, Unterstützung lokaler "
            "Sicherheitspolitik und Anerkennung der Kommunen."
        ),
        "it": (
            "La missione dell'Efus: una visione equilibrata della sicurezza urbana, il sostegno alle politiche "
            "locali e il ruolo degli amministratori locali."
        ),
        "es": (
            "La misión de Efus: una visión equilibrada de la seguridad urbana, apoyo a las políticas locales y "
            "reconocimiento de los cargos electos locales."
        ),
        "pt": (
            "A missão do Efus: uma visão equilibrada da segurança urbana, apoio às políticas locais e "
            "reconhecimento do papel dos eleitos locais."
        ),
    },
    "body": [
        (
            "heading",
            {
                "text": {
                    "en": "Our objectives",
                    "fr": "Nos missions",
                    "de": "Unsere Ziele",
                    "it": "I nostri obiettivi",
                    "es": "Nuestros objetivos",
                    "pt": "Os nossos objetivos",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>Efus pursues three objectives:</p><ul><li><b>Champion a balanced approach to urban "
                    "security</b>, in which prevention, sanctions and social cohesion work together.</li><li><b>Stand "
                    "alongside local and regional authorities</b> at every stage of their security policies, from "
                    "design and delivery to evaluation.</li><li><b>Make the voice of local elected officials count</b> "
                    "when national and European policies are drawn up and put into practice.</li></ul>"
                ),
                "fr": (
                    "<p>L'Efus poursuit trois objectifs :</p><ul><li><b>Promouvoir une vision équilibrée de la "
                    "sécurité urbaine</b>, alliant prévention, sanction et cohésion sociale.</li><li><b>Accompagner "
                    "les collectivités locales et régionales</b> dans la conception, la mise en œuvre et l'évaluation "
                    "de leurs politiques locales de sécurité.</li><li><b>Faire reconnaître le rôle des élus locaux</b> "
                    "dans l'élaboration et la mise en œuvre des politiques nationales et européennes.</li></ul>"
                ),
                "de": (
                    "<p>Das Efus verfolgt drei Ziele:</p><ul><li><b>Ein ausgewogenes Verständnis urbaner Sicherheit "
                    "fördern</b>, das Prävention, Sanktion und sozialen Zusammenhalt verbindet.</li><li><b>Kommunen "
                    "und Regionen unterstützen</b> – bei der Konzeption, Umsetzung und Evaluation ihrer lokalen "
                    "Sicherheitspolitik.</li><li><b>Der kommunalen Ebene Gehör verschaffen</b>, damit die Rolle "
                    "lokaler Mandatsträgerinnen und Mandatsträger bei der Gestaltung und Umsetzung nationaler und "
                    "europäischer Politik anerkannt wird.</li></ul>"
                ),
                "it": (
                    "<p>L'Efus persegue tre obiettivi:</p><ul><li><b>Promuovere una visione equilibrata della "
                    "sicurezza urbana</b>, che unisca prevenzione, sanzione e coesione sociale.</li><li><b>Sostenere "
                    "gli enti locali e regionali</b> nell'ideazione, nell'attuazione e nella valutazione delle loro "
                    "politiche locali di sicurezza.</li><li><b>Far riconoscere il ruolo degli amministratori "
                    "locali</b> nell'elaborazione e nell'attuazione delle politiche nazionali ed europee.</li></ul>"
                ),
                "es": (
                    "<p>Efus persigue tres objetivos:</p><ul><li><b>Promover una visión equilibrada de la seguridad "
                    "urbana</b> que combine prevención, sanción y cohesión social.</li><li><b>Apoyar a las autoridades "
                    "locales y regionales</b> en el diseño, la aplicación y la evaluación de sus políticas locales de "
                    "seguridad.</li><li><b>Lograr que se reconozca el papel de los cargos electos locales</b> en la "
                    "elaboración y aplicación de las políticas nacionales y europeas.</li></ul>"
                ),
                "pt": (
                    "<p>O Efus prossegue três objetivos:</p><ul><li><b>Promover uma visão equilibrada da segurança "
                    "urbana</b>, que combine prevenção, sanção e coesão social.</li><li><b>Apoiar as autoridades "
                    "locais e regionais</b> na conceção, execução e avaliação das suas políticas locais de "
                    "segurança.</li><li><b>Fazer reconhecer o papel dos eleitos locais</b> na elaboração e execução "
                    "das políticas nacionais e europeias.</li></ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Our values",
                    "fr": "Nos valeurs",
                    "de": "Unsere Werte",
                    "it": "I nostri valori",
                    "es": "Nuestros valores",
                    "pt": "Os nossos valores",
                },
                "level": "h2",
            },
        ),
        (
            "accordion",
            {
                "title": {
                    "en": "What guides our work",
                    "fr": "Ce qui guide notre action",
                    "de": "Was unsere Arbeit leitet",
                    "it": "I principi che guidano il nostro lavoro",
                    "es": "Lo que guía nuestro trabajo",
                    "pt": "O que orienta o nosso trabalho",
                },
                "items": [
                    {
                        "heading": {
                            "en": "A balanced approach",
                            "fr": "Une approche équilibrée",
                            "de": "Ein ausgewogener Ansatz",
                            "it": "Un approccio equilibrato",
                            "es": "Un enfoque equilibrado",
                            "pt": "Uma abordagem equilibrada",
                        },
                        "body": {
                            "en": (
                                "<p>Lasting security rests on three pillars that work together: prevention, "
                                "sanctions and social cohesion. None of them is enough on its own.</p>"
                            ),
                            "fr": (
                                "<p>Une sécurité durable repose sur trois piliers complémentaires : la "
                                "prévention, la sanction et la cohésion sociale. Aucun ne suffit à lui seul.</p>"
                            ),
                            "de": (
                                "<p>Dauerhafte Sicherheit beruht auf drei Säulen, die zusammenwirken: "
                                "Prävention, Sanktion und sozialer Zusammenhalt. Keine davon reicht allein aus.</p>"
                            ),
                            "it": (
                                "<p>Una sicurezza duratura poggia su tre pilastri complementari: prevenzione, "
                                "sanzione e coesione sociale. Nessuno di essi, da solo, è sufficiente.</p>"
                            ),
                            "es": (
                                "<p>Una seguridad duradera se apoya en tres pilares complementarios: la "
                                "prevención, la sanción y la cohesión social. Ninguno basta por sí solo.</p>"
                            ),
                            "pt": (
                                "<p>Uma segurança duradoura assenta em três pilares complementares: a prevenção, "
                                "a sanção e a coesão social. Nenhum deles basta por si só.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Co-producing security",
                            "fr": "Coproduire la sécurité",
                            "de": "Sicherheit gemeinsam gestalten",
                            "it": "Coprodurre la sicurezza",
                            "es": "Coproducir la seguridad",
                            "pt": "Coproduzir a segurança",
                        },
                        "body": {
                            "en": (
                                "<p>Security is everyone's business. We involve all the relevant actors – local "
                                "police, social workers, businesses, researchers, civil society and, above all, "
                                "residents – in building policies tailored to each area.</p>"
                            ),
                            "fr": (
                                "<p>La sécurité est l'affaire de tous. Nous associons l'ensemble des acteurs "
                                "concernés – polices locales, travailleurs sociaux, entreprises, chercheurs, "
                                "société civile et, avant tout, habitants – à l'élaboration de politiques "
                                "adaptées à chaque territoire.</p>"
                            ),
                            "de": (
                                "<p>Sicherheit geht alle an. Wir beziehen alle relevanten Akteure ein – kommunale "
                                "Polizei, Sozialarbeit, Wirtschaft, Wissenschaft, Zivilgesellschaft und vor allem "
                                "die Bürgerinnen und Bürger –, um passgenaue Strategien für jede Kommune zu "
                                "entwickeln.</p>"
                            ),
                            "it": (
                                "<p>La sicurezza riguarda tutti. Coinvolgiamo tutti gli attori interessati – "
                                "polizie locali, operatori sociali, imprese, ricercatori, società civile e, "
                                "soprattutto, cittadini – nella costruzione di politiche su misura per ogni "
                                "territorio.</p>"
                            ),
                            "es": (
                                "<p>La seguridad es cosa de todos. Implicamos a todos los actores pertinentes "
                                "(policías locales, trabajadores sociales, empresas, investigadores, sociedad "
                                "civil y, sobre todo, la ciudadanía) en la elaboración de políticas adaptadas a "
                                "cada territorio.</p>"
                            ),
                            "pt": (
                                "<p>A segurança diz respeito a todos. Envolvemos todos os intervenientes "
                                "relevantes (polícias locais, técnicos de intervenção social, empresas, "
                                "investigadores, sociedade civil e, sobretudo, os cidadãos) na construção de "
                                "políticas adaptadas a cada território.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Cooperation beyond political divides",
                            "fr": "Coopérer au-delà des clivages",
                            "de": "Zusammenarbeit über Parteigrenzen hinweg",
                            "it": "Cooperare oltre le appartenenze politiche",
                            "es": "Cooperar más allá de las diferencias políticas",
                            "pt": "Cooperar para além das diferenças políticas",
                        },
                        "body": {
                            "en": (
                                "<p>Our members work together whatever their political affiliation, in the spirit "
                                "of “cities helping cities”, because long-term security is a goal they all "
                                "share.</p>"
                            ),
                            "fr": (
                                "<p>Nos membres travaillent ensemble quelle que soit leur sensibilité politique, "
                                "dans l'esprit « les villes aident les villes », car la sécurité à long terme est "
                                "un objectif commun.</p>"
                            ),
                            "de": (
                                "<p>Unsere Mitglieder arbeiten unabhängig von ihrer politischen Ausrichtung "
                                "zusammen – ganz im Sinne von „Städte helfen Städten“ –, denn langfristige "
                                "Sicherheit ist ein gemeinsames Ziel.</p>"
                            ),
                            "it": (
                                "<p>I nostri membri collaborano a prescindere dal loro orientamento politico, "
                                "nello spirito di «città che aiutano le città», perché la sicurezza a lungo "
                                "termine è un obiettivo comune.</p>"
                            ),
                            "es": (
                                "<p>Nuestros miembros colaboran sea cual sea su orientación política, con el "
                                "espíritu de «ciudades que ayudan a ciudades», porque la seguridad a largo plazo "
                                "es un objetivo compartido.</p>"
                            ),
                            "pt": (
                                "<p>Os nossos membros trabalham em conjunto, independentemente da sua orientação "
                                "política, no espírito de «cidades que ajudam cidades», porque a segurança a "
                                "longo prazo é um objetivo partilhado.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Open and inclusive public spaces",
                            "fr": "Des espaces publics ouverts et inclusifs",
                            "de": "Offene und inklusive öffentliche Räume",
                            "it": "Spazi pubblici aperti e inclusivi",
                            "es": "Espacios públicos abiertos e inclusivos",
                            "pt": "Espaços públicos abertos e inclusivos",
                        },
                        "body": {
                            "en": (
                                "<p>Making public spaces safer must never mean closing them off: they should "
                                "remain open and accessible to every group in the population.</p>"
                            ),
                            "fr": (
                                "<p>Sécuriser les espaces publics ne doit jamais revenir à les fermer : ils "
                                "doivent rester ouverts et accessibles à toutes les catégories de la "
                                "population.</p>"
                            ),
                            "de": (
                                "<p>Mehr Sicherheit im öffentlichen Raum darf nie Abschottung bedeuten: "
                                "Öffentliche Räume müssen für alle Bevölkerungsgruppen offen und zugänglich "
                                "bleiben.</p>"
                            ),
                            "it": (
                                "<p>Rendere più sicuri gli spazi pubblici non deve mai significare chiuderli: "
                                "devono restare aperti e accessibili a tutte le fasce della popolazione.</p>"
                            ),
                            "es": (
                                "<p>Reforzar la seguridad de los espacios públicos nunca debe significar "
                                "cerrarlos: deben seguir abiertos y accesibles para todos los grupos de "
                                "población.</p>"
                            ),
                            "pt": (
                                "<p>Tornar os espaços públicos mais seguros nunca deve significar fechá-los: "
                                "devem continuar abertos e acessíveis a todos os grupos da população.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Respect for fundamental rights",
                            "fr": "Le respect des droits fondamentaux",
                            "de": "Achtung der Grundrechte",
                            "it": "Il rispetto dei diritti fondamentali",
                            "es": "El respeto de los derechos fundamentales",
                            "pt": "O respeito pelos direitos fundamentais",
                        },
                        "body": {
                            "en": (
                                "<p>Security policies must protect fundamental rights, including when new "
                                "technologies are used.</p>"
                            ),
                            "fr": (
                                "<p>Les politiques de sécurité doivent garantir les droits fondamentaux, y compris "
                                "lorsqu'elles recourent aux nouvelles technologies.</p>"
                            ),
                            "de": (
                                "<p>Sicherheitspolitik muss die Grundrechte wahren – auch beim Einsatz neuer "
                                "Technologien.</p>"
                            ),
                            "it": (
                                "<p>Le politiche di sicurezza devono tutelare i diritti fondamentali, anche "
                                "quando si avvalgono delle nuove tecnologie.</p>"
                            ),
                            "es": (
                                "<p>Las políticas de seguridad deben proteger los derechos fundamentales, también "
                                "cuando recurren a las nuevas tecnologías.</p>"
                            ),
                            "pt": (
                                "<p>As políticas de segurança devem proteger os direitos fundamentais, também "
                                "quando recorrem a novas tecnologias.</p>"
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": {
                    "en": (
                        "Protecting public spaces works best when everyone is involved: local police, businesses, "
                        "the creative sector and, first and foremost, citizens. By strengthening ties between the "
                        "local, regional and European levels, we also bring citizens closer to the European Union."
                    ),
                    "fr": (
                        "Protéger les espaces publics suppose d'y associer chacun : polices locales, commerçants, "
                        "secteur créatif et, avant tout, les citoyens eux-mêmes. En resserrant les liens entre les "
                        "niveaux local, régional et européen, nous rapprochons aussi les citoyens de l'Union "
                        "européenne."
                    ),
                    "de": (
                        "Öffentliche Räume lassen sich am besten schützen, wenn alle mitwirken: die kommunale "
                        "Polizei, lokale Unternehmen, die Kreativbranche und vor allem die Bürgerinnen und Bürger "
                        "selbst. Indem wir die lokale, regionale und europäische Ebene enger verzahnen, bringen wir "
                        "auch die Menschen der Europäischen Union näher."
                    ),
                    "it": (
                        "Proteggere gli spazi pubblici richiede il coinvolgimento di tutti: polizie locali, imprese "
                        "del territorio, settore creativo e, prima di tutto, i cittadini stessi. Rafforzando i "
                        "legami tra livello locale, regionale ed europeo, avviciniamo anche i cittadini all'Unione "
                        "europea."
                    ),
                    "es": (
                        "Proteger los espacios públicos exige implicar a todos: policías locales, comercios, sector "
                        "creativo y, sobre todo, la propia ciudadanía. Al estrechar los vínculos entre los niveles "
                        "local, regional y europeo, acercamos también a la ciudadanía a la Unión Europea."
                    ),
                    "pt": (
                        "Proteger os espaços públicos exige o envolvimento de todos: polícias locais, comércio "
                        "local, setor criativo e, acima de tudo, os próprios cidadãos. Ao estreitar os laços entre "
                        "os níveis local, regional e europeu, aproximamos também os cidadãos da União Europeia."
                    ),
                },
                "attribution": "Elizabeth Johnston",
                "role": {
                    "en": "Executive Director of Efus",
                    "fr": "Directrice exécutive de l'Efus",
                    "de": "Exekutivdirektorin des Efus",
                    "it": "Direttrice esecutiva dell'Efus",
                    "es": "Directora ejecutiva de Efus",
                    "pt": "Diretora executiva do Efus",
                },
            },
        ),
    ],
    "children": [],
}

_SERVICES = {
    "slug": {
        "en": "services",
        "fr": "activites-et-services",
        "de": "aktivitaeten-und-leistungen",
        "it": "attivita-e-servizi",
        "es": "actividades-y-servicios",
        "pt": "atividades-e-servicos",
    },
    "title": {
        "en": "Activities and services",
        "fr": "Activités et services",
        "de": "Aktivitäten und Leistungen",
        "it": "Attività e servizi",
        "es": "Actividades y servicios",
        "pt": "Atividades e serviços",
    },
    "intro": {
        "en": (
            "Efus supports and inspires local elected officials and their teams who believe that working together, "
            "whatever their political colours, is the way to achieve lasting security."
        ),
        "fr": (
            "L'Efus apporte soutien et inspiration aux élus locaux et à leurs équipes convaincus qu'une sécurité "
            "durable se construit ensemble, au-delà des clivages politiques."
        ),
        "de": (
            "Das Efus bietet lokalen Mandatsträgerinnen und Mandatsträgern sowie ihren Teams Unterstützung und "
            "Anregungen – für alle, die überzeugt sind, dass dauerhafte Sicherheit nur gemeinsam und über "
            "Parteigrenzen hinweg entsteht."
        ),
        "it": (
            "L'Efus offre sostegno e ispirazione agli amministratori locali e ai loro collaboratori convinti che "
            "una sicurezza duratura si costruisca insieme, al di là delle differenze politiche."
        ),
        "es": (
            "Efus ofrece apoyo e inspiración a los cargos electos locales y a sus equipos convencidos de que una "
            "seguridad duradera se construye de forma conjunta, más allá de las diferencias políticas."
        ),
        "pt": (
            "O Efus oferece apoio e inspiração aos eleitos locais e às suas equipas que acreditam que uma segurança "
            "duradoura se constrói em conjunto, para além das diferenças políticas."
        ),
    },
    "seo_description": {
        "en": (
            "Networking, European projects, training, study visits, conferences and technical assistance: what "
            "Efus offers its member authorities."
        ),
        "fr": (
            "Réseau, projets européens, formations, visites d'étude, conférences et assistance technique : ce que "
            "l'Efus propose à ses collectivités membres."
        ),
        "de": (
            "Netzwerk, EU-Projekte, Fortbildungen, Studienreisen, Konferenzen und technische Beratung: das Angebot "
            "des Efus für seine Mitglieder."
        ),
        "it": (
            "Rete, progetti europei, formazione, visite di studio, conferenze e assistenza tecnica: i servizi "
            "dell'Efus per gli enti aderenti."
        ),
        "es": (
            "Red, proyectos europeos, formación, visitas de estudio, conferencias y asistencia técnica: lo que Efus "
            "ofrece a sus autoridades miembros."
        ),
        "pt": (
            "Rede, projetos europeus, formação, visitas de estudo, conferências e assistência técnica: o que o Efus "
            "oferece às autoridades membros."
        ),
    },
    "body": [
        (
            "paragraph",
            {
                "en": (
                    "<p>We work on all the major issues of urban safety and security: protecting public spaces, "
                    "nightlife, drugs and trafficking, polarisation, trust between citizens and institutions, and "
                    "local responses to crises.</p>"
                ),
                "fr": (
                    "<p>Nous travaillons sur toutes les grandes questions de sécurité urbaine : protection des "
                    "espaces publics, vie nocturne, drogues et trafics, polarisation, confiance entre citoyens et "
                    "institutions, ou encore réponses locales aux crises.</p>"
                ),
                "de": (
                    "<p>Wir befassen uns mit allen zentralen Fragen der urbanen Sicherheit: Schutz öffentlicher "
                    "Räume, Nachtleben, Drogen und Drogenhandel, Polarisierung, Vertrauen zwischen Bürgerschaft "
                    "und Institutionen sowie lokale Antworten auf Krisen.</p>"
                ),
                "it": (
                    "<p>Ci occupiamo di tutti i grandi temi della sicurezza urbana: protezione degli spazi "
                    "pubblici, vita notturna, droghe e traffici, polarizzazione, fiducia tra cittadini e "
                    "istituzioni, risposte locali alle crisi.</p>"
                ),
                "es": (
                    "<p>Trabajamos en todas las grandes cuestiones de la seguridad urbana: protección de los "
                    "espacios públicos, ocio nocturno, drogas y tráfico, polarización, confianza entre la "
                    "ciudadanía y las instituciones, y respuestas locales a las crisis.</p>"
                ),
                "pt": (
                    "<p>Trabalhamos em todas as grandes questões da segurança urbana: proteção dos espaços "
                    "públicos, vida noturna, drogas e tráfico, polarização, confiança entre cidadãos e "
                    "instituições e respostas locais às crises.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Benefits for members",
                    "fr": "Les avantages pour les membres",
                    "de": "Vorteile für Mitglieder",
                    "it": "I vantaggi per i membri",
                    "es": "Ventajas para los miembros",
                    "pt": "Vantagens para os membros",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<ul><li>A network of more than 250 European local authorities, plus a wide circle of "
                    "international partners and experts to draw on</li><li>Setting up and running European cooperation "
                    "projects and working groups</li><li>Support for local policies</li><li>Information and technical "
                    "assistance on European funding</li><li>Training</li><li>Study visits</li><li>Invitations to "
                    "conferences and seminars</li><li>Access to all Efus resources, such as publications and practice "
                    "sheets, and to Efus Network, the collaborative platform for exchanging experience and "
                    "information, reserved for members</li></ul>"
                ),
                "fr": (
                    "<ul><li>Un réseau de plus de 250 collectivités locales européennes et l'accès à un vivier de "
                    "partenaires et d'experts internationaux</li><li>La conception et le pilotage de projets de "
                    "coopération européens et de groupes de travail</li><li>Un appui aux politiques locales</li><li>De "
                    "l'information et une assistance technique sur les subventions européennes</li><li>Des "
                    "formations</li><li>Des visites d'étude</li><li>Des invitations aux conférences et "
                    "séminaires</li><li>L'accès à l'ensemble des ressources de l'Efus (publications, fiches pratiques) "
                    "et à Efus Network, la plateforme collaborative d'échange d'expériences et d'informations réservée "
                    "aux membres</li></ul>"
                ),
                "de": (
                    "<ul><li>Vernetzung mit mehr als 250 europäischen Kommunen und Zugang zu einem Pool "
                    "internationaler Partner und Fachleute</li><li>Aufbau und Begleitung europäischer "
                    "Kooperationsprojekte und Arbeitsgruppen</li><li>Unterstützung der lokalen "
                    "Sicherheitspolitik</li><li>Information und technische Beratung zu "
                    "EU-Fördermitteln</li><li>Fortbildungen</li><li>Studienbesuche und "
                    "Studienreisen</li><li>Einladungen zu Konferenzen und Seminaren</li><li>Zugang zu allen Ressourcen "
                    "des Efus wie Publikationen und Praxisblättern sowie zu Efus Network, der kollaborativen Plattform "
                    "für den Erfahrungs- und Informationsaustausch, die den Mitgliedern vorbehalten ist</li></ul>"
                ),
                "it": (
                    "<ul><li>La possibilità di fare rete con oltre 250 enti locali europei e di accedere a un bacino "
                    "di partner ed esperti internazionali</li><li>L'avvio e il coordinamento di progetti di "
                    "cooperazione europei e di gruppi di lavoro</li><li>Il sostegno alle politiche "
                    "locali</li><li>Informazione e assistenza tecnica sui finanziamenti "
                    "europei</li><li>Formazione</li><li>Visite di studio</li><li>Inviti a conferenze e "
                    "seminari</li><li>L'accesso a tutte le risorse dell'Efus (pubblicazioni, schede pratiche) e a Efus "
                    "Network, la piattaforma collaborativa per lo scambio di esperienze e informazioni riservata ai "
                    "membri</li></ul>"
                ),
                "es": (
                    "<ul><li>Una red de más de 250 autoridades locales europeas y acceso a un conjunto de socios y "
                    "expertos internacionales</li><li>Puesta en marcha y seguimiento de proyectos de cooperación "
                    "europeos y grupos de trabajo</li><li>Apoyo a las políticas locales</li><li>Información y "
                    "asistencia técnica sobre financiación europea</li><li>Formación</li><li>Visitas de "
                    "estudio</li><li>Invitaciones a conferencias y seminarios</li><li>Acceso a todos los recursos de "
                    "Efus (publicaciones, fichas prácticas) y a Efus Network, la plataforma colaborativa de "
                    "intercambio de experiencias e información reservada a los miembros</li></ul>"
                ),
                "pt": (
                    "<ul><li>Uma rede de mais de 250 autoridades locais europeias e acesso a um conjunto de parceiros "
                    "e peritos internacionais</li><li>Criação e acompanhamento de projetos de cooperação europeus e de "
                    "grupos de trabalho</li><li>Apoio às políticas locais</li><li>Informação e assistência técnica "
                    "sobre financiamento europeu</li><li>Formação</li><li>Visitas de estudo</li><li>Convites para "
                    "conferências e seminários</li><li>Acesso a todos os recursos do Efus (publicações, fichas "
                    "práticas) e à Efus Network, a plataforma colaborativa de partilha de experiências e informação "
                    "reservada aos membros</li></ul>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": {
                    "en": "Our work in practice",
                    "fr": "Notre action en pratique",
                    "de": "Unsere Arbeit in der Praxis",
                    "it": "Il nostro lavoro in pratica",
                    "es": "Nuestro trabajo en la práctica",
                    "pt": "O nosso trabalho na prática",
                },
                "items": [
                    {
                        "heading": {
                            "en": "European cooperation projects",
                            "fr": "Des projets de coopération européens",
                            "de": "Europäische Kooperationsprojekte",
                            "it": "Progetti di cooperazione europei",
                            "es": "Proyectos de cooperación europeos",
                            "pt": "Projetos de cooperação europeus",
                        },
                        "body": {
                            "en": (
                                "<p>Efus designs and runs projects together with its members. One example is "
                                "PACTESUR, a four-year EU-funded project led by the City of Nice with Liège, "
                                "Turin, ANCI Piemonte and Efus. It helped cities protect their public spaces "
                                "against terrorist threats and other risks through pilot security equipment, "
                                "police academies for local police forces and European Weeks of Security.</p>"
                                "<p>The project closed in Brussels on 23 November 2022 with the signing of the "
                                "Brussels Declaration. It calls on national governments and European institutions "
                                "to support lasting cooperation at local level, for instance through joint "
                                "exercises and training, and suggests considering an Erasmus programme for local "
                                "police forces.</p>"
                            ),
                            "fr": (
                                "<p>L'Efus conçoit et mène des projets avec ses membres. Exemple : PACTESUR, un "
                                "projet de quatre ans financé par l'Union européenne et piloté par la Ville de "
                                "Nice, avec Liège, Turin, l'ANCI Piemonte et l'Efus. Il a aidé les villes à "
                                "protéger leurs espaces publics face à la menace terroriste et à d'autres risques, "
                                "grâce à des équipements de sécurité pilotes, à des académies de police destinées "
                                "aux polices locales et à des Semaines européennes de la sécurité.</p>"
                                "<p>Le projet s'est clôturé à Bruxelles le 23 novembre 2022 par la signature de la "
                                "Déclaration de Bruxelles. Celle-ci appelle les gouvernements nationaux et les "
                                "institutions européennes à soutenir une coopération durable au niveau local, "
                                "notamment par des exercices pratiques et des formations communes, et propose "
                                "d'envisager un programme Erasmus pour les polices locales.</p>"
                            ),
                            "de": (
                                "<p>Das Efus entwickelt und betreut Projekte gemeinsam mit seinen Mitgliedern. Ein "
                                "Beispiel ist PACTESUR: Das vierjährige, von der EU geförderte Projekt unter "
                                "Federführung der Stadt Nizza – mit Lüttich, Turin, ANCI Piemonte und dem Efus – half "
                                "Städten, ihre öffentlichen Räume vor terroristischen Bedrohungen und anderen Risiken "
                                "zu schützen. Dazu gehörten der Pilot-Einsatz von Sicherheitstechnik in den "
                                "Partnerstädten, Polizeiakademien für kommunale Polizeikräfte und Europäische "
                                "Sicherheitswochen.</p><p>Zum Projektabschluss am 23. November 2022 in Brüssel wurde "
                                "die Brüsseler Erklärung unterzeichnet. Sie fordert nationale Regierungen und "
                                "europäische Institutionen auf, eine dauerhafte Zusammenarbeit auf lokaler Ebene zu "
                                "fördern, etwa durch gemeinsame Übungen und Schulungen, und regt an, ein "
                                "Erasmus-Programm für kommunale Polizeikräfte zu prüfen.</p>"
                            ),
                            "it": (
                                "<p>L'Efus concepisce e coordina progetti insieme ai propri membri. Un esempio è "
                                "PACTESUR, progetto quadriennale finanziato dall'UE e guidato dalla Città di Nizza "
                                "insieme a Liegi, Torino, ANCI Piemonte e all'Efus. Ha aiutato le città a "
                                "proteggere i propri spazi pubblici dalla minaccia terroristica e da altri rischi, "
                                "grazie alla sperimentazione di dotazioni di sicurezza, ad accademie di polizia "
                                "per le polizie locali e alle Settimane europee della sicurezza.</p>"
                                "<p>Il progetto si è concluso a Bruxelles il 23 novembre 2022 con la firma della "
                                "Dichiarazione di Bruxelles, che chiede ai governi nazionali e alle istituzioni "
                                "europee di sostenere una cooperazione duratura a livello locale, ad esempio con "
                                "esercitazioni e formazioni congiunte, e propone di valutare un programma Erasmus "
                                "per le polizie locali.</p>"
                            ),
                            "es": (
                                "<p>Efus diseña y gestiona proyectos junto con sus miembros. Un ejemplo es PACTESUR, "
                                "un proyecto de cuatro años financiado por la UE y liderado por la ciudad de Niza, con "
                                "Lieja, Turín, ANCI Piemonte y Efus. Ayudó a las ciudades a proteger sus espacios "
                                "públicos frente a la amenaza terrorista y otros riesgos mediante equipos de seguridad "
                                "piloto, academias de policía para las policías locales y Semanas Europeas de la "
                                "Seguridad.</p><p>El proyecto concluyó en Bruselas el 23 de noviembre de 2022 con la "
                                "firma de la Declaración de Bruselas, que pide a los gobiernos nacionales y a las "
                                "instituciones europeas que apoyen una cooperación duradera a escala local, por "
                                "ejemplo mediante ejercicios prácticos y formación conjunta, y propone estudiar un "
                                "programa Erasmus para las policías locales.</p>"
                            ),
                            "pt": (
                                "<p>O Efus concebe e gere projetos em conjunto com os seus membros. Um exemplo é "
                                "o PACTESUR, um projeto de quatro anos financiado pela UE e liderado pela cidade "
                                "de Nice, com Liège, Turim, a ANCI Piemonte e o Efus. O projeto ajudou as cidades "
                                "a proteger os seus espaços públicos contra a ameaça terrorista e outros riscos, "
                                "através de equipamentos de segurança piloto, academias de polícia para as "
                                "polícias locais e Semanas Europeias da Segurança.</p>"
                                "<p>O projeto terminou em Bruxelas, a 23 de novembro de 2022, com a assinatura da "
                                "Declaração de Bruxelas, que apela aos governos nacionais e às instituições "
                                "europeias para apoiarem uma cooperação duradoura a nível local, por exemplo "
                                "através de exercícios práticos e formação conjunta, e propõe que se pondere um "
                                "programa Erasmus para as polícias locais.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "The Security, Democracy & Cities conference",
                            "fr": "La conférence « Sécurité, démocratie et villes »",
                            "de": "Die Konferenz „Sicherheit, Demokratie und Städte“",
                            "it": "La conferenza «Sicurezza, democrazia e città»",
                            "es": "La conferencia «Seguridad, democracia y ciudades»",
                            "pt": "A conferência «Segurança, democracia e cidades»",
                        },
                        "body": {
                            "en": (
                                "<p>Every three years, our international conference brings together everyone with a "
                                "stake in urban security: elected officials, civil servants, magistrates, security "
                                "professionals, social workers, researchers, the private sector and civil society, "
                                "along with representatives of European institutions and international "
                                "organisations.</p><p>Previous editions: Montreal (1989), Paris (1991), Naples (2000), "
                                "Saragossa (2006), Aubervilliers-Saint-Denis (2012), Barcelona-Catalonia (2017) and "
                                "Nice (2021). 8th edition: Brussels, 20–22 March 2024, under the auspices of the "
                                "Belgian Presidency of the Council of the European Union and in partnership with the "
                                "Brussels-Capital Region, represented by safe.brussels.</p>"
                            ),
                            "fr": (
                                "<p>Tous les trois ans, notre conférence internationale réunit l'ensemble des acteurs "
                                "de la sécurité urbaine : élus, fonctionnaires, magistrats, professionnels de la "
                                "sécurité, travailleurs sociaux, chercheurs, secteur privé et société civile, ainsi "
                                "que des représentants des institutions européennes et des organisations "
                                "internationales.</p><p>Éditions précédentes : Montréal (1989), Paris (1991), Naples "
                                "(2000), Saragosse (2006), Aubervilliers-Saint-Denis (2012), Barcelone-Catalogne "
                                "(2017) et Nice (2021). 8e édition : Bruxelles, du 20 au 22 mars 2024, sous les "
                                "auspices de la présidence belge du Conseil de l'Union européenne et en partenariat "
                                "avec la Région de Bruxelles-Capitale, représentée par safe.brussels.</p>"
                            ),
                            "de": (
                                "<p>Alle drei Jahre bringt unsere internationale Konferenz alle zusammen, die "
                                "urbane Sicherheit mitgestalten: gewählte Vertreterinnen und Vertreter, "
                                "Verwaltung, Justiz, Sicherheitskräfte, Sozialarbeit, Wissenschaft, "
                                "Privatwirtschaft und Zivilgesellschaft sowie Vertreterinnen und Vertreter "
                                "europäischer Institutionen und internationaler Organisationen.</p>"
                                "<p>Bisherige Ausgaben: Montreal (1989), Paris (1991), Neapel (2000), Saragossa "
                                "(2006), Aubervilliers-Saint-Denis (2012), Barcelona-Katalonien (2017) und Nizza "
                                "(2021). 8. Ausgabe: Brüssel, 20.–22. März 2024, unter der Schirmherrschaft des "
                                "belgischen Vorsitzes im Rat der Europäischen Union und in Partnerschaft mit der "
                                "Region Brüssel-Hauptstadt, vertreten durch safe.brussels.</p>"
                            ),
                            "it": (
                                "<p>Ogni tre anni la nostra conferenza internazionale riunisce tutti gli attori della "
                                "sicurezza urbana: amministratori eletti, funzionari pubblici, magistrati, "
                                "professionisti della sicurezza, operatori sociali, ricercatori, settore privato e "
                                "società civile, insieme a rappresentanti delle istituzioni europee e delle "
                                "organizzazioni internazionali.</p><p>Edizioni precedenti: Montréal (1989), Parigi "
                                "(1991), Napoli (2000), Saragozza (2006), Aubervilliers-Saint-Denis (2012), "
                                "Barcellona-Catalogna (2017) e Nizza (2021). 8ª edizione: Bruxelles, 20-22 marzo 2024, "
                                "sotto l'egida della Presidenza belga del Consiglio dell'Unione europea e in "
                                "partenariato con la Regione di Bruxelles-Capitale, rappresentata da safe.brussels.</p>"
                            ),
                            "es": (
                                "<p>Cada tres años, nuestra conferencia internacional reúne a todos los actores de la "
                                "seguridad urbana: cargos electos, personal de la administración, magistrados, "
                                "profesionales de la seguridad, trabajadores sociales, investigadores, sector privado "
                                "y sociedad civil, junto con representantes de las instituciones europeas y de "
                                "organizaciones internacionales.</p><p>Ediciones anteriores: Montreal (1989), París "
                                "(1991), Nápoles (2000), Zaragoza (2006), Aubervilliers-Saint-Denis (2012), "
                                "Barcelona-Cataluña (2017) y Niza (2021). 8.ª edición: Bruselas, del 20 al 22 de marzo "
                                "de 2024, bajo los auspicios de la Presidencia belga del Consejo de la Unión Europea y "
                                "en colaboración con la Región de Bruselas-Capital, representada por safe.brussels.</p>"
                            ),
                            "pt": (
                                "<p>De três em três anos, a nossa conferência internacional reúne todos os "
                                "intervenientes da segurança urbana: eleitos, funcionários públicos, magistrados, "
                                "profissionais da segurança, técnicos de intervenção social, investigadores, setor "
                                "privado e sociedade civil, bem como representantes das instituições europeias e de "
                                "organizações internacionais.</p><p>Edições anteriores: Montreal (1989), Paris (1991), "
                                "Nápoles (2000), Saragoça (2006), Aubervilliers-Saint-Denis (2012), "
                                "Barcelona-Catalunha (2017) e Nice (2021). 8.ª edição: Bruxelas, de 20 a 22 de março "
                                "de 2024, sob a égide da Presidência belga do Conselho da União Europeia e em parceria "
                                "com a Região de Bruxelas-Capital, representada pela safe.brussels.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Responding to crises",
                            "fr": "Répondre aux crises",
                            "de": "Auf Krisen reagieren",
                            "it": "Rispondere alle crisi",
                            "es": "Responder a las crisis",
                            "pt": "Responder às crises",
                        },
                        "body": {
                            "en": (
                                "<p>During the COVID-19 pandemic, Efus ran a series of webinars and launched a "
                                "collaborative platform gathering the initiatives of local and regional "
                                "authorities. Together with the Plateforme de la vie nocturne, it also organised "
                                "two online task forces on what the end of lockdown meant for nightlife.</p>"
                            ),
                            "fr": (
                                "<p>Pendant la pandémie de COVID-19, l'Efus a organisé une série de webinaires et "
                                "lancé une plateforme collaborative recensant les initiatives des collectivités "
                                "locales et régionales. Avec la Plateforme de la vie nocturne, il a également "
                                "animé deux groupes de travail en ligne sur les conséquences du déconfinement pour "
                                "la vie nocturne.</p>"
                            ),
                            "de": (
                                "<p>Während der COVID-19-Pandemie veranstaltete das Efus eine Reihe von Webinaren "
                                "und startete eine kollaborative Plattform, die Initiativen von Kommunen und "
                                "Regionen bündelte. Gemeinsam mit der Plateforme de la vie nocturne organisierte "
                                "es zudem zwei Online-Taskforces zu den Folgen der Lockerungen für das "
                                "Nachtleben.</p>"
                            ),
                            "it": (
                                "<p>Durante la pandemia di COVID-19, l'Efus ha organizzato una serie di webinar e "
                                "lanciato una piattaforma collaborativa che raccoglieva le iniziative degli enti "
                                "locali e regionali. Insieme alla Plateforme de la vie nocturne ha inoltre animato "
                                "due task force online sulle conseguenze della fine del lockdown per la vita "
                                "notturna.</p>"
                            ),
                            "es": (
                                "<p>Durante la pandemia de COVID-19, Efus organizó una serie de seminarios web y "
                                "puso en marcha una plataforma colaborativa que reunía las iniciativas de las "
                                "autoridades locales y regionales. Junto con la Plateforme de la vie nocturne, "
                                "organizó además dos grupos de trabajo en línea sobre las consecuencias de la "
                                "desescalada para el ocio nocturno.</p>"
                            ),
                            "pt": (
                                "<p>Durante a pandemia de COVID-19, o Efus organizou uma série de webinars e "
                                "lançou uma plataforma colaborativa que reunia as iniciativas das autoridades "
                                "locais e regionais. Em conjunto com a Plateforme de la vie nocturne, dinamizou "
                                "ainda dois grupos de trabalho online sobre as consequências do desconfinamento "
                                "para a vida noturna.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Efus Network",
                            "fr": "Efus Network",
                            "de": "Efus Network",
                            "it": "Efus Network",
                            "es": "Efus Network",
                            "pt": "Efus Network",
                        },
                        "body": {
                            "en": (
                                "<p>Our collaborative platform, reserved for members, makes it easy to share "
                                "experience and information on urban security with peers across Europe.</p>"
                            ),
                            "fr": (
                                "<p>Notre plateforme collaborative, réservée aux membres, facilite le partage "
                                "d'expériences et d'informations sur la sécurité urbaine avec des homologues de "
                                "toute l'Europe.</p>"
                            ),
                            "de": (
                                "<p>Unsere kollaborative Plattform steht exklusiv den Mitgliedern offen und "
                                "erleichtert den Austausch von Erfahrungen und Informationen zur urbanen "
                                "Sicherheit mit Partnern in ganz Europa.</p>"
                            ),
                            "it": (
                                "<p>La nostra piattaforma collaborativa, riservata ai membri, facilita lo scambio "
                                "di esperienze e informazioni sulla sicurezza urbana con colleghi di tutta "
                                "Europa.</p>"
                            ),
                            "es": (
                                "<p>Nuestra plataforma colaborativa, reservada a los miembros, facilita el "
                                "intercambio de experiencias e información sobre seguridad urbana con homólogos de "
                                "toda Europa.</p>"
                            ),
                            "pt": (
                                "<p>A nossa plataforma colaborativa, reservada aos membros, facilita a partilha de "
                                "experiências e informação sobre segurança urbana com homólogos de toda a "
                                "Europa.</p>"
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "key_figures",
            {
                "title": {
                    "en": "The 2021 conference in Nice",
                    "fr": "La conférence 2021 à Nice",
                    "de": "Die Konferenz 2021 in Nizza",
                    "it": "La conferenza 2021 a Nizza",
                    "es": "La conferencia de 2021 en Niza",
                    "pt": "A conferência de 2021 em Nice",
                },
                "items": [
                    {
                        "value": "700",
                        "label": {
                            "en": "Participants",
                            "fr": "Participants",
                            "de": "Teilnehmende",
                            "it": "Partecipanti",
                            "es": "Participantes",
                            "pt": "Participantes",
                        },
                    },
                    {
                        "value": "140",
                        "label": {
                            "en": "Cities and regions represented",
                            "fr": "Villes et régions représentées",
                            "de": "Vertretene Städte und Regionen",
                            "it": "Città e regioni rappresentate",
                            "es": "Ciudades y regiones representadas",
                            "pt": "Cidades e regiões representadas",
                        },
                    },
                    {
                        "value": "27",
                        "label": {
                            "en": "Countries",
                            "fr": "Pays",
                            "de": "Länder",
                            "it": "Paesi",
                            "es": "Países",
                            "pt": "Países",
                        },
                    },
                    {
                        "value": "4",
                        "label": {
                            "en": "Continents",
                            "fr": "Continents",
                            "de": "Kontinente",
                            "it": "Continenti",
                            "es": "Continentes",
                            "pt": "Continentes",
                        },
                    },
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": {
                    "en": "Get involved",
                    "fr": "Participer à nos activités",
                    "de": "Machen Sie mit",
                    "it": "Partecipate alle nostre attività",
                    "es": "Participe en nuestras actividades",
                    "pt": "Participe nas nossas atividades",
                },
                "text": {
                    "en": "Contact our team to find out about current projects, training courses and study visits.",
                    "fr": (
                        "Contactez notre équipe pour en savoir plus sur les projets en cours, les formations et "
                        "les visites d'étude."
                    ),
                    "de": (
                        "Wenden Sie sich an unser Team, um mehr über laufende Projekte, Fortbildungen und "
                        "Studienbesuche zu erfahren."
                    ),
                    "it": (
                        "Contattate il nostro team per saperne di più su progetti in corso, formazioni e visite "
                        "di studio."
                    ),
                    "es": (
                        "Póngase en contacto con nuestro equipo para conocer los proyectos en curso, las "
                        "formaciones y las visitas de estudio."
                    ),
                    "pt": (
                        "Contacte a nossa equipa para saber mais sobre os projetos em curso, as ações de formação "
                        "e as visitas de estudo."
                    ),
                },
                "button": {
                    "en": "Contact the team",
                    "fr": "Contacter l'équipe",
                    "de": "Team kontaktieren",
                    "it": "Contattate il team",
                    "es": "Contactar con el equipo",
                    "pt": "Contactar a equipa",
                },
                "url": _CONTACT_EMAIL_URL,
            },
        ),
    ],
    "children": [],
}


_PARTNERSHIPS = {
    "slug": {
        "en": "partnerships",
        "fr": "partenariats-internationaux",
        "de": "internationale-partnerschaften",
        "it": "partenariati-internazionali",
        "es": "alianzas-internacionales",
        "pt": "parcerias-internacionais",
    },
    "title": {
        "en": "International partnerships",
        "fr": "Partenariats internationaux",
        "de": "Internationale Partnerschaften",
        "it": "Partenariati internazionali",
        "es": "Alianzas internacionales",
        "pt": "Parcerias internacionais",
    },
    "intro": {
        "en": (
            "Recognised for its expertise by national and European institutions, Efus makes the voice of cities "
            "and regions heard in Europe and around the world."
        ),
        "fr": (
            "Reconnu pour son expertise par les institutions nationales et européennes, l'Efus porte la voix des "
            "villes et des régions en Europe et dans le monde."
        ),
        "de": (
            "Von nationalen und europäischen Institutionen für seine Expertise anerkannt, verschafft das Efus "
            "Städten und Regionen in Europa und weltweit Gehör."
        ),
        "it": (
            "Riconosciuto per la sua competenza dalle istituzioni nazionali ed europee, l'Efus fa sentire la voce "
            "delle città e delle regioni in Europa e nel mondo."
        ),
        "es": (
            "Las instituciones nacionales y europeas reconocen la experiencia de Efus, que da voz a las ciudades y "
            "regiones en Europa y en todo el mundo."
        ),
        "pt": (
            "Com competências reconhecidas pelas instituições nacionais e europeias, o Efus dá voz às cidades e "
            "regiões na Europa e no mundo."
        ),
    },
    "seo_description": {
        "en": (
            "Efus partners: Council of Europe, European Commission, UN-Habitat, ICPC, Global Network on Safer "
            "Cities, Strong Cities Network and more."
        ),
        "fr": (
            "Les partenaires de l'Efus : Conseil de l'Europe, Commission européenne, ONU-Habitat, CIPC, Strong "
            "Cities Network et bien d'autres."
        ),
        "de": (
            "Partner des Efus: Europarat, Europäische Kommission, UN-Habitat, ICPC, Global Network on Safer "
            "Cities, Strong Cities Network und weitere."
        ),
        "it": (
            "I partner dell'Efus: Consiglio d'Europa, Commissione europea, UN-Habitat, ICPC, Global Network on "
            "Safer Cities, Strong Cities Network e altri."
        ),
        "es": (
            "Socios de Efus: Consejo de Europa, Comisión Europea, ONU-Hábitat, CIPC, Red Mundial de Ciudades más "
            "Seguras, Strong Cities Network y otros."
        ),
        "pt": (
            "Parceiros do Efus: Conselho da Europa, Comissão Europeia, ONU-Habitat, CIPC, Rede Global de Cidades "
            "mais Seguras, Strong Cities Network e outros."
        ),
    },
    "body": [
        (
            "paragraph",
            {
                "en": (
                    "<p>One of our aims is to reaffirm the role of cities and local authorities as essential "
                    "partners for security in Europe. Efus therefore works closely with European and international "
                    "institutions and passes on the political recommendations of its members, notably those "
                    "emerging from its conferences, to national governments and to the decision-making bodies of "
                    "the European Union.</p>"
                ),
                "fr": (
                    "<p>L'un de nos objectifs est de réaffirmer le rôle des villes et des collectivités locales "
                    "comme partenaires incontournables de la sécurité en Europe. C'est pourquoi l'Efus travaille "
                    "étroitement avec les institutions européennes et internationales, et transmet les "
                    "recommandations politiques de ses membres, notamment celles issues de ses conférences, aux "
                    "gouvernements nationaux et aux instances décisionnelles de l'Union européenne.</p>"
                ),
                "de": (
                    "<p>Eines unserer Ziele ist es, die Rolle der Städte und Kommunen als unverzichtbare Partner "
                    "für Sicherheit in Europa zu bekräftigen. Deshalb arbeitet das Efus eng mit europäischen und "
                    "internationalen Institutionen zusammen und leitet die politischen Empfehlungen seiner "
                    "Mitglieder – etwa aus seinen Konferenzen – an nationale Regierungen und die "
                    "Entscheidungsgremien der Europäischen Union weiter.</p>"
                ),
                "it": (
                    "<p>Uno dei nostri obiettivi è riaffermare il ruolo delle città e degli enti locali come "
                    "partner essenziali per la sicurezza in Europa. Per questo l'Efus collabora strettamente con le "
                    "istituzioni europee e internazionali e trasmette le raccomandazioni politiche dei suoi membri, "
                    "in particolare quelle emerse dalle sue conferenze, ai governi nazionali e agli organi "
                    "decisionali dell'Unione europea.</p>"
                ),
                "es": (
                    "<p>Uno de nuestros objetivos es reafirmar el papel de las ciudades y las autoridades locales "
                    "como socios imprescindibles para la seguridad en Europa. Por ello, Efus colabora estrechamente "
                    "con las instituciones europeas e internacionales y traslada las recomendaciones políticas de "
                    "sus miembros, en particular las que surgen de sus conferencias, a los gobiernos nacionales y a "
                    "los órganos de decisión de la Unión Europea.</p>"
                ),
                "pt": (
                    "<p>Um dos nossos objetivos é reafirmar o papel das cidades e das autoridades locais como "
                    "parceiros essenciais para a segurança na Europa. Por isso, o Efus trabalha em estreita "
                    "colaboração com as instituições europeias e internacionais e transmite as recomendações "
                    "políticas dos seus membros, nomeadamente as que resultam das suas conferências, aos governos "
                    "nacionais e aos órgãos de decisão da União Europeia.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "In Europe",
                    "fr": "En Europe",
                    "de": "In Europa",
                    "it": "In Europa",
                    "es": "En Europa",
                    "pt": "Na Europa",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<ul><li>Participatory status with the Council of Europe</li><li>Consultative status with the "
                    "European Commission</li><li>Member of the Civil Society Forum on Drugs and of the European "
                    "Migration Forum</li><li>Memorandum of Understanding with the Congress of Local and Regional "
                    "Authorities of the Council of Europe</li></ul>"
                ),
                "fr": (
                    "<ul><li>Statut participatif auprès du Conseil de l'Europe</li><li>Statut consultatif auprès de la "
                    "Commission européenne</li><li>Membre du Forum de la société civile sur la drogue et du Forum "
                    "européen sur la migration</li><li>Protocole d'accord avec le Congrès des pouvoirs locaux et "
                    "régionaux du Conseil de l'Europe</li></ul>"
                ),
                "de": (
                    "<ul><li>Teilnehmerstatus beim Europarat</li><li>Beratender Status bei der Europäischen "
                    "Kommission</li><li>Mitglied im Forum der Zivilgesellschaft zur Drogenpolitik und im Europäischen "
                    "Migrationsforum</li><li>Absichtserklärung mit dem Kongress der Gemeinden und Regionen des "
                    "Europarates</li></ul>"
                ),
                "it": (
                    "<ul><li>Status partecipativo presso il Consiglio d'Europa</li><li>Status consultivo presso la "
                    "Commissione europea</li><li>Membro del Forum della società civile sulla droga e del Forum europeo "
                    "sulla migrazione</li><li>Protocollo d'intesa con il Congresso dei poteri locali e regionali del "
                    "Consiglio d'Europa</li></ul>"
                ),
                "es": (
                    "<ul><li>Estatuto participativo ante el Consejo de Europa</li><li>Estatuto consultivo ante la "
                    "Comisión Europea</li><li>Miembro del Foro de la Sociedad Civil sobre Drogas y del Foro Europeo de "
                    "la Migración</li><li>Memorando de entendimiento con el Congreso de Poderes Locales y Regionales "
                    "del Consejo de Europa</li></ul>"
                ),
                "pt": (
                    "<ul><li>Estatuto participativo junto do Conselho da Europa</li><li>Estatuto consultivo junto da "
                    "Comissão Europeia</li><li>Membro do Fórum da Sociedade Civil sobre a Droga e do Fórum Europeu das "
                    "Migrações</li><li>Memorando de entendimento com o Congresso dos Poderes Locais e Regionais do "
                    "Conselho da Europa</li></ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Around the world",
                    "fr": "Dans le monde",
                    "de": "Weltweit",
                    "it": "Nel mondo",
                    "es": "En el mundo",
                    "pt": "No mundo",
                },
                "level": "h2",
            },
        ),
        (
            "accordion",
            {
                "title": {
                    "en": "Our international partners",
                    "fr": "Nos partenaires internationaux",
                    "de": "Unsere internationalen Partner",
                    "it": "I nostri partner internazionali",
                    "es": "Nuestros socios internacionales",
                    "pt": "Os nossos parceiros internacionais",
                },
                "items": [
                    {
                        "heading": {
                            "en": "UN-Habitat",
                            "fr": "ONU-Habitat",
                            "de": "UN-Habitat",
                            "it": "UN-Habitat",
                            "es": "ONU-Hábitat",
                            "pt": "ONU-Habitat",
                        },
                        "body": {
                            "en": (
                                "<p>Efus has signed a Memorandum of Understanding with UN-Habitat, which awarded "
                                "it its Scroll of Honour in 1998.</p>"
                            ),
                            "fr": (
                                "<p>L'Efus a signé un protocole d'accord avec ONU-Habitat, qui lui a décerné son "
                                "Parchemin d'honneur en 1998.</p>"
                            ),
                            "de": (
                                "<p>Das Efus hat eine Absichtserklärung mit UN-Habitat unterzeichnet. Bereits 1998 "
                                "hatte UN-Habitat das Efus mit seiner Ehrenurkunde, der „Scroll of Honour“, "
                                "ausgezeichnet.</p>"
                            ),
                            "it": (
                                "<p>L'Efus ha firmato un protocollo d'intesa con UN-Habitat, che nel 1998 gli ha "
                                "conferito il riconoscimento Scroll of Honour.</p>"
                            ),
                            "es": (
                                "<p>Efus ha firmado un memorando de entendimiento con ONU-Hábitat, que en 1998 le "
                                "concedió su Pergamino de Honor.</p>"
                            ),
                            "pt": (
                                "<p>O Efus assinou um memorando de entendimento com a ONU-Habitat, que em 1998 lhe "
                                "atribuiu o seu Pergaminho de Honra.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Global Network on Safer Cities (GNSC)",
                            "fr": "Réseau mondial des villes plus sûres (GNSC)",
                            "de": "Global Network on Safer Cities (GNSC)",
                            "it": "Global Network on Safer Cities (GNSC)",
                            "es": "Red Mundial de Ciudades más Seguras (GNSC)",
                            "pt": "Rede Global de Cidades mais Seguras (GNSC)",
                        },
                        "body": {
                            "en": "<p>Efus is a regional Vice-President of the network.</p>",
                            "fr": "<p>L'Efus en est vice-président régional.</p>",
                            "de": "<p>Das Efus hat eine regionale Vizepräsidentschaft des Netzwerks inne.</p>",
                            "it": "<p>L'Efus è vicepresidente regionale della rete.</p>",
                            "es": "<p>Efus ocupa una vicepresidencia regional de la red.</p>",
                            "pt": "<p>O Efus é vice-presidente regional da rede.</p>",
                        },
                    },
                    {
                        "heading": {
                            "en": "International Centre for the Prevention of Crime (ICPC)",
                            "fr": "Centre international pour la prévention de la criminalité (CIPC)",
                            "de": "Internationales Zentrum für Kriminalprävention (ICPC)",
                            "it": "Centro internazionale per la prevenzione della criminalità (ICPC)",
                            "es": "Centro Internacional para la Prevención de la Criminalidad (CIPC)",
                            "pt": "Centro Internacional para a Prevenção da Criminalidade (CIPC)",
                        },
                        "body": {
                            "en": "<p>Efus is a co-founder of the Centre and serves as its Secretary.</p>",
                            "fr": "<p>L'Efus est cofondateur du Centre et en est le secrétaire.</p>",
                            "de": "<p>Das Efus ist Mitbegründer des Zentrums und hat das Amt des Sekretärs inne.</p>",
                            "it": "<p>L'Efus è cofondatore del Centro e ne ricopre la carica di segretario.</p>",
                            "es": "<p>Efus es cofundador del Centro y ocupa el cargo de secretario.</p>",
                            "pt": "<p>O Efus é cofundador do Centro e desempenha o cargo de secretário.</p>",
                        },
                    },
                    {
                        "heading": {
                            "en": "Organization of American States (OAS)",
                            "fr": "Organisation des États américains (OEA)",
                            "de": "Organisation Amerikanischer Staaten (OAS)",
                            "it": "Organizzazione degli Stati americani (OSA)",
                            "es": "Organización de los Estados Americanos (OEA)",
                            "pt": "Organização dos Estados Americanos (OEA)",
                        },
                        "body": {
                            "en": "<p>The OAS recognises Efus as a civil society organisation.</p>",
                            "fr": "<p>L'OEA reconnaît l'Efus comme organisation de la société civile.</p>",
                            "de": "<p>Die OAS erkennt das Efus als zivilgesellschaftliche Organisation an.</p>",
                            "it": "<p>L'OSA riconosce l'Efus come organizzazione della società civile.</p>",
                            "es": "<p>La OEA reconoce a Efus como organización de la sociedad civil.</p>",
                            "pt": "<p>A OEA reconhece o Efus como organização da sociedade civil.</p>",
                        },
                    },
                    {
                        "heading": {
                            "en": "Global Parliament of Mayors",
                            "fr": "Global Parliament of Mayors",
                            "de": "Global Parliament of Mayors",
                            "it": "Global Parliament of Mayors",
                            "es": "Global Parliament of Mayors",
                            "pt": "Global Parliament of Mayors",
                        },
                        "body": {
                            "en": "<p>Our Executive Director is a member of its Advisory Board.</p>",
                            "fr": "<p>Notre directrice exécutive est membre de son conseil consultatif.</p>",
                            "de": "<p>Unsere Exekutivdirektorin ist Mitglied seines Beirats.</p>",
                            "it": "<p>La nostra direttrice esecutiva è membro del suo comitato consultivo.</p>",
                            "es": "<p>Nuestra directora ejecutiva es miembro de su Consejo Asesor.</p>",
                            "pt": "<p>A nossa diretora executiva é membro do seu Conselho Consultivo.</p>",
                        },
                    },
                    {
                        "heading": {
                            "en": "Strong Cities Network",
                            "fr": "Strong Cities Network",
                            "de": "Strong Cities Network",
                            "it": "Strong Cities Network",
                            "es": "Strong Cities Network",
                            "pt": "Strong Cities Network",
                        },
                        "body": {
                            "en": "<p>Efus is the network's regional partner for Europe.</p>",
                            "fr": "<p>L'Efus est le partenaire régional du réseau pour l'Europe.</p>",
                            "de": "<p>Das Efus ist der regionale Partner des Netzwerks für Europa.</p>",
                            "it": "<p>L'Efus è il partner regionale della rete per l'Europa.</p>",
                            "es": "<p>Efus es el socio regional de la red para Europa.</p>",
                            "pt": "<p>O Efus é o parceiro regional da rede para a Europa.</p>",
                        },
                    },
                ],
            },
        ),
    ],
    "children": [],
}

_MANIFESTO = {
    "slug": {
        "en": "manifesto",
        "fr": "manifeste",
        "de": "manifest",
        "it": "manifesto",
        "es": "manifiesto",
        "pt": "manifesto",
    },
    "title": {
        "en": "The Manifesto: Security, Democracy and Cities",
        "fr": "Le Manifeste : Sécurité, démocratie et villes",
        "de": "Das Manifest: Sicherheit, Demokratie und Städte",
        "it": "Il Manifesto: Sicurezza, democrazia e città",
        "es": "El Manifiesto: Seguridad, democracia y ciudades",
        "pt": "O Manifesto: Segurança, democracia e cidades",
    },
    "intro": {
        "en": (
            "Adopted in 2017, the Manifesto sets out the founding values and principles of Efus members and their "
            "vision of urban security co-produced with citizens."
        ),
        "fr": (
            "Adopté en 2017, le Manifeste rassemble les valeurs et principes fondateurs des membres de l'Efus et "
            "leur vision d'une sécurité urbaine coproduite avec les citoyens."
        ),
        "de": (
            "Das 2017 verabschiedete Manifest bündelt die Grundwerte und Prinzipien der Efus-Mitglieder und ihre "
            "Vision einer urbanen Sicherheit, die gemeinsam mit den Bürgerinnen und Bürgern gestaltet wird."
        ),
        "it": (
            "Adottato nel 2017, il Manifesto riunisce i valori e i principi fondanti dei membri dell'Efus e la loro "
            "visione di una sicurezza urbana coprodotta con i cittadini."
        ),
        "es": (
            "Adoptado en 2017, el Manifiesto reúne los valores y principios fundacionales de los miembros de Efus y "
            "su visión de una seguridad urbana coproducida con la ciudadanía."
        ),
        "pt": (
            "Adotado em 2017, o Manifesto reúne os valores e princípios fundadores dos membros do Efus e a sua "
            "visão de uma segurança urbana coproduzida com os cidadãos."
        ),
    },
    "seo_description": {
        "en": (
            "The Efus Manifesto “Security, Democracy and Cities” (2017): prevention, citizen participation, youth "
            "and gender equality in urban security."
        ),
        "fr": (
            "Le Manifeste de l'Efus « Sécurité, démocratie et villes » (2017) : prévention, participation "
            "citoyenne, jeunesse et égalité femmes-hommes."
        ),
        "de": (
            "Das Efus-Manifest „Sicherheit, Demokratie und Städte“ (2017): Prävention, Bürgerbeteiligung, Jugend "
            "und Gleichstellung der Geschlechter."
        ),
        "it": (
            "Il Manifesto dell'Efus «Sicurezza, democrazia e città» (2017): prevenzione, partecipazione dei "
            "cittadini, giovani e parità di genere."
        ),
        "es": (
            "El Manifiesto de Efus «Seguridad, democracia y ciudades» (2017): prevención, participación ciudadana, "
            "juventud e igualdad de género."
        ),
        "pt": (
            "O Manifesto do Efus «Segurança, democracia e cidades» (2017): prevenção, participação dos cidadãos, "
            "juventude e igualdade de género."
        ),
    },
    "body": [
        (
            "paragraph",
            {
                "en": (
                    "<p>The Manifesto <i>Security, Democracy and Cities: Co-producing Urban Security Policies</i> "
                    "was adopted at the closing session of the 2017 Efus international conference "
                    "(Barcelona-Catalonia). It sets out the founding values and principles of our members.</p>"
                    "<p>In it, local elected officials make a clear case for prevention and for security policies "
                    "built together with the people they serve.</p>"
                ),
                "fr": (
                    "<p>Le Manifeste <i>Sécurité, démocratie et villes : coproduire les politiques de sécurité "
                    "urbaine</i> a été adopté lors de la séance de clôture de la conférence internationale 2017 de "
                    "l'Efus (Barcelone-Catalogne). Il rassemble les valeurs et principes fondateurs de nos "
                    "membres.</p><p>Les élus locaux y plaident clairement en faveur de la prévention et de politiques "
                    "de sécurité construites avec les habitants.</p>"
                ),
                "de": (
                    "<p>Das Manifest <i>Sicherheit, Demokratie und Städte: Urbane Sicherheitspolitik gemeinsam "
                    "gestalten</i> wurde in der Abschlusssitzung der internationalen Efus-Konferenz 2017 "
                    "(Barcelona-Katalonien) verabschiedet. Es vereint die Grundwerte und Prinzipien unserer "
                    "Mitglieder.</p><p>Darin sprechen sich die lokalen Mandatsträgerinnen und Mandatsträger klar für "
                    "Prävention und für eine Sicherheitspolitik aus, die gemeinsam mit der Bevölkerung entwickelt "
                    "wird.</p>"
                ),
                "it": (
                    "<p>Il Manifesto <i>Sicurezza, democrazia e città: coprodurre le politiche di sicurezza urbana</i> "
                    "è stato adottato durante la sessione di chiusura della conferenza internazionale dell'Efus del "
                    "2017 (Barcellona-Catalogna). Riunisce i valori e i principi fondanti dei nostri membri.</p><p>Con "
                    "questo testo gli amministratori locali si pronunciano con chiarezza a favore della prevenzione e "
                    "di politiche di sicurezza costruite insieme ai cittadini.</p>"
                ),
                "es": (
                    "<p>El Manifiesto <i>Seguridad, democracia y ciudades: coproducir las políticas de seguridad "
                    "urbana</i> se adoptó en la sesión de clausura de la conferencia internacional de Efus de 2017 "
                    "(Barcelona-Cataluña). Reúne los valores y principios fundacionales de nuestros miembros.</p>"
                    "<p>En él, los cargos electos locales se pronuncian con claridad a favor de la prevención y de "
                    "unas políticas de seguridad construidas junto con la ciudadanía.</p>"
                ),
                "pt": (
                    "<p>O Manifesto <i>Segurança, democracia e cidades: coproduzir as políticas de segurança "
                    "urbana</i> foi adotado na sessão de encerramento da conferência internacional do Efus de 2017 "
                    "(Barcelona-Catalunha). Reúne os valores e princípios fundadores dos nossos membros.</p>"
                    "<p>Nele, os eleitos locais defendem claramente a prevenção e políticas de segurança "
                    "construídas em conjunto com os cidadãos.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Key principles",
                    "fr": "Les grands principes",
                    "de": "Zentrale Grundsätze",
                    "it": "I principi chiave",
                    "es": "Principios clave",
                    "pt": "Princípios fundamentais",
                },
                "level": "h2",
            },
        ),
        (
            "accordion",
            {
                "title": {
                    "en": "What the Manifesto says",
                    "fr": "Ce que dit le Manifeste",
                    "de": "Was das Manifest fordert",
                    "it": "Cosa afferma il Manifesto",
                    "es": "Lo que dice el Manifiesto",
                    "pt": "O que diz o Manifesto",
                },
                "items": [
                    {
                        "heading": {
                            "en": "Choosing prevention",
                            "fr": "Choisir la prévention",
                            "de": "Sich für Prävention entscheiden",
                            "it": "Scegliere la prevenzione",
                            "es": "Apostar por la prevención",
                            "pt": "Optar pela prevenção",
                        },
                        "body": {
                            "en": (
                                "<p>The signatories see prevention as a rational, strategic and cost-effective "
                                "option, and as an intelligent way of applying criminal law.</p>"
                            ),
                            "fr": (
                                "<p>Pour les signataires, la prévention est une option rationnelle, stratégique et "
                                "rentable, ainsi qu'une manière intelligente d'appliquer le droit pénal.</p>"
                            ),
                            "de": (
                                "<p>Für die Unterzeichnenden ist Prävention eine rationale, strategische und "
                                "kosteneffiziente Option – und eine kluge Art, das Strafrecht anzuwenden.</p>"
                            ),
                            "it": (
                                "<p>Per i firmatari la prevenzione è un'opzione razionale, strategica ed "
                                "economicamente vantaggiosa, oltre che un modo intelligente di applicare il "
                                "diritto penale.</p>"
                            ),
                            "es": (
                                "<p>Para los firmantes, la prevención es una opción racional, estratégica y "
                                "rentable, además de una forma inteligente de aplicar el derecho penal.</p>"
                            ),
                            "pt": (
                                "<p>Para os signatários, a prevenção é uma opção racional, estratégica e "
                                "economicamente eficiente, bem como uma forma inteligente de aplicar o direito "
                                "penal.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "A right for future generations",
                            "fr": "Un droit pour les générations futures",
                            "de": "Ein Recht für künftige Generationen",
                            "it": "Un diritto per le generazioni future",
                            "es": "Un derecho para las generaciones futuras",
                            "pt": "Um direito das gerações futuras",
                        },
                        "body": {
                            "en": (
                                "<p>Prevention should take priority so that the security of future generations, "
                                "which is essential to quality of life in cities, is guaranteed as a basic right "
                                "for all.</p>"
                            ),
                            "fr": (
                                "<p>La prévention doit primer afin que la sécurité des générations futures, "
                                "indispensable à la qualité de vie en ville, soit garantie comme un droit "
                                "fondamental pour tous.</p>"
                            ),
                            "de": (
                                "<p>Prävention soll Vorrang haben, damit die Sicherheit künftiger Generationen – "
                                "unverzichtbar für die Lebensqualität in den Städten – als Grundrecht für alle "
                                "gewährleistet ist.</p>"
                            ),
                            "it": (
                                "<p>La prevenzione deve avere la priorità, affinché la sicurezza delle generazioni "
                                "future, indispensabile alla qualità della vita nelle città, sia garantita come "
                                "diritto fondamentale di tutti.</p>"
                            ),
                            "es": (
                                "<p>La prevención debe tener prioridad para garantizar que la seguridad de las "
                                "generaciones futuras, indispensable para la calidad de vida en las ciudades, sea "
                                "un derecho básico de todas las personas.</p>"
                            ),
                            "pt": (
                                "<p>A prevenção deve ter prioridade, para garantir que a segurança das gerações "
                                "futuras, indispensável à qualidade de vida nas cidades, seja um direito "
                                "fundamental de todos.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Citizen participation",
                            "fr": "La participation citoyenne",
                            "de": "Bürgerbeteiligung",
                            "it": "La partecipazione dei cittadini",
                            "es": "La participación ciudadana",
                            "pt": "A participação dos cidadãos",
                        },
                        "body": {
                            "en": (
                                "<p>The Manifesto asks for citizen participation to be adopted as a cross-cutting "
                                "principle of every security policy.</p>"
                            ),
                            "fr": (
                                "<p>Le Manifeste demande que la participation citoyenne devienne un principe "
                                "transversal de toutes les politiques de sécurité.</p>"
                            ),
                            "de": (
                                "<p>Das Manifest fordert, Bürgerbeteiligung als Querschnittsprinzip in jeder "
                                "Sicherheitspolitik zu verankern.</p>"
                            ),
                            "it": (
                                "<p>Il Manifesto chiede che la partecipazione dei cittadini diventi un principio "
                                "trasversale di tutte le politiche di sicurezza.</p>"
                            ),
                            "es": (
                                "<p>El Manifiesto pide que la participación ciudadana se convierta en un principio "
                                "transversal de todas las políticas de seguridad.</p>"
                            ),
                            "pt": (
                                "<p>O Manifesto pede que a participação dos cidadãos se torne um princípio "
                                "transversal de todas as políticas de segurança.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Young people as full participants",
                            "fr": "Les jeunes, acteurs à part entière",
                            "de": "Junge Menschen als vollwertige Akteure",
                            "it": "I giovani, protagonisti a pieno titolo",
                            "es": "Los jóvenes, protagonistas de pleno derecho",
                            "pt": "Os jovens, protagonistas de pleno direito",
                        },
                        "body": {
                            "en": (
                                "<p>Young people, who are too often stigmatised and are themselves victims of "
                                "violence, must be able to take a full part.</p>"
                            ),
                            "fr": (
                                "<p>Les jeunes, trop souvent stigmatisés et eux-mêmes victimes de violences, "
                                "doivent pouvoir participer pleinement.</p>"
                            ),
                            "de": (
                                "<p>Junge Menschen, die allzu oft stigmatisiert und selbst Opfer von Gewalt werden, "
                                "müssen umfassend mitwirken können.</p>"
                            ),
                            "it": (
                                "<p>I giovani, troppo spesso stigmatizzati e a loro volta vittime di violenza, "
                                "devono poter partecipare pienamente.</p>"
                            ),
                            "es": (
                                "<p>Los jóvenes, demasiado a menudo estigmatizados y víctimas ellos mismos de la "
                                "violencia, deben poder participar plenamente.</p>"
                            ),
                            "pt": (
                                "<p>Os jovens, demasiadas vezes estigmatizados e eles próprios vítimas de "
                                "violência, devem poder participar plenamente.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Women's rights and gender equality",
                            "fr": "Droits des femmes et égalité entre les sexes",
                            "de": "Frauenrechte und Gleichstellung",
                            "it": "Diritti delle donne e parità di genere",
                            "es": "Derechos de las mujeres e igualdad de género",
                            "pt": "Direitos das mulheres e igualdade de género",
                        },
                        "body": {
                            "en": (
                                "<p>Promoting women's rights and equality between the sexes is an integral part of "
                                "the Manifesto's vision of urban security.</p>"
                            ),
                            "fr": (
                                "<p>La promotion des droits des femmes et de l'égalité entre les sexes fait partie "
                                "intégrante de la vision de la sécurité urbaine portée par le Manifeste.</p>"
                            ),
                            "de": (
                                "<p>Die Förderung der Rechte von Frauen und der Gleichstellung der Geschlechter ist "
                                "fester Bestandteil der Vision urbaner Sicherheit, für die das Manifest steht.</p>"
                            ),
                            "it": (
                                "<p>La promozione dei diritti delle donne e della parità tra i sessi è parte "
                                "integrante della visione di sicurezza urbana del Manifesto.</p>"
                            ),
                            "es": (
                                "<p>La promoción de los derechos de las mujeres y de la igualdad entre los sexos "
                                "forma parte integrante de la visión de la seguridad urbana que defiende el "
                                "Manifiesto.</p>"
                            ),
                            "pt": (
                                "<p>A promoção dos direitos das mulheres e da igualdade entre os sexos é parte "
                                "integrante da visão de segurança urbana defendida pelo Manifesto.</p>"
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "From the Manifesto to the 2021 Declaration",
                    "fr": "Du Manifeste à la Déclaration de 2021",
                    "de": "Vom Manifest zur Erklärung von 2021",
                    "it": "Dal Manifesto alla Dichiarazione del 2021",
                    "es": "Del Manifiesto a la Declaración de 2021",
                    "pt": "Do Manifesto à Declaração de 2021",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>The Manifesto provided the basis for the Security, Democracy and Cities Declaration, signed "
                    "at the closing session of the 2021 conference in Nice by Efus President Willy Demeyer and "
                    "Vice-President Christian Estrosi, Mayor of the host city.</p>"
                    "<p>Speaking for Efus members, the Declaration calls for stronger and more agile cooperation "
                    "between the local, national and European levels, backed by adequate funding. It also proposes "
                    "a Convention of Mayors for Security, through which Europe's local authorities could tackle "
                    "their common challenges together.</p>"
                ),
                "fr": (
                    "<p>Le Manifeste a servi de socle à la Déclaration « Sécurité, démocratie et villes », signée "
                    "lors de la séance de clôture de la conférence de 2021 à Nice par le président de l'Efus, Willy "
                    "Demeyer, et son vice-président, Christian Estrosi, maire de la ville hôte.</p>"
                    "<p>Au nom des membres de l'Efus, la Déclaration appelle à une coopération renforcée et plus "
                    "agile entre les échelons local, national et européen, assortie d'un soutien financier adéquat. "
                    "Elle propose aussi la création d'une Convention des maires pour la sécurité, qui permettrait "
                    "aux collectivités européennes de relever ensemble les nombreux défis auxquels elles sont "
                    "confrontées.</p>"
                ),
                "de": (
                    "<p>Das Manifest bildete die Grundlage der Erklärung „Sicherheit, Demokratie und Städte“, die "
                    "in der Abschlusssitzung der Konferenz 2021 in Nizza von Efus-Präsident Willy Demeyer und "
                    "Vizepräsident Christian Estrosi, Bürgermeister der Gastgeberstadt, unterzeichnet wurde.</p>"
                    "<p>Im Namen der Efus-Mitglieder fordert die Erklärung eine engere und flexiblere "
                    "Zusammenarbeit zwischen lokaler, nationaler und europäischer Ebene sowie eine angemessene "
                    "finanzielle Unterstützung. Zudem schlägt sie einen Bürgermeisterkonvent für Sicherheit vor, "
                    "über den Europas Kommunen gemeinsam auf die vielfältigen Herausforderungen reagieren könnten, "
                    "vor denen sie stehen.</p>"
                ),
                "it": (
                    "<p>Il Manifesto è alla base della Dichiarazione «Sicurezza, democrazia e città», firmata "
                    "durante la sessione di chiusura della conferenza del 2021 a Nizza dal presidente dell'Efus "
                    "Willy Demeyer e dal vicepresidente Christian Estrosi, sindaco della città ospitante.</p>"
                    "<p>A nome dei membri dell'Efus, la Dichiarazione chiede una cooperazione più forte e più agile "
                    "tra i livelli locale, nazionale ed europeo, accompagnata da un adeguato sostegno finanziario. "
                    "Propone inoltre l'istituzione di una Convenzione dei sindaci per la sicurezza, che consenta "
                    "agli enti locali europei di rispondere insieme alle numerose sfide che devono affrontare.</p>"
                ),
                "es": (
                    "<p>El Manifiesto sirvió de base para la Declaración «Seguridad, democracia y ciudades», "
                    "firmada en la sesión de clausura de la conferencia de 2021 en Niza por el presidente de Efus, "
                    "Willy Demeyer, y el vicepresidente, Christian Estrosi, alcalde de la ciudad anfitriona.</p>"
                    "<p>En nombre de los miembros de Efus, la Declaración reclama una cooperación más estrecha y "
                    "ágil entre los niveles local, nacional y europeo, con un apoyo financiero adecuado. Propone "
                    "además la creación de una Convención de Alcaldes por la Seguridad que permita a las "
                    "autoridades locales europeas responder conjuntamente a los numerosos retos a los que se "
                    "enfrentan.</p>"
                ),
                "pt": (
                    "<p>O Manifesto serviu de base à Declaração «Segurança, democracia e cidades», assinada na sessão "
                    "de encerramento da conferência de 2021, em Nice, pelo presidente do Efus, Willy Demeyer, e pelo "
                    "vice-presidente, Christian Estrosi, presidente da Câmara da cidade anfitriã.</p><p>Em nome dos "
                    "membros do Efus, a Declaração apela a uma cooperação mais forte e mais ágil entre os níveis "
                    "local, nacional e europeu, acompanhada de um apoio financeiro adequado. Propõe ainda a criação de "
                    "uma Convenção de Autarcas para a Segurança, que permita às autoridades locais europeias responder "
                    "em conjunto aos muitos desafios que enfrentam.</p>"
                ),
            },
        ),
    ],
    "children": [],
}

_STATUTES = {
    "slug": {
        "en": "statutes",
        "fr": "statuts-et-deontologie",
        "de": "satzung-und-ethik",
        "it": "statuto-ed-etica",
        "es": "estatutos-y-etica",
        "pt": "estatutos-e-etica",
    },
    "title": {
        "en": "Statutes and ethics",
        "fr": "Statuts et déontologie",
        "de": "Satzung und Ethik",
        "it": "Statuto ed etica",
        "es": "Estatutos y ética",
        "pt": "Estatutos e ética",
    },
    "intro": {
        "en": (
            "Efus is a non-profit association under French law. Its statutes, its deontological guidelines and the "
            "IDEAS label reflect its commitment to sound governance and careful management."
        ),
        "fr": (
            "L'Efus est une association à but non lucratif de droit français. Ses statuts, ses lignes directrices "
            "déontologiques et le label IDEAS témoignent de son attachement à une gouvernance et à une gestion "
            "rigoureuses."
        ),
        "de": (
            "Das Efus ist ein nicht gewinnorientierter Verein nach französischem Recht. Seine Satzung, seine "
            "berufsethischen Leitlinien und das IDEAS-Label zeugen von seinem Anspruch an eine verantwortungsvolle "
            "Führung und eine sorgfältige Verwaltung."
        ),
        "it": (
            "L'Efus è un'associazione senza scopo di lucro di diritto francese. Lo statuto, le linee guida "
            "deontologiche e il label IDEAS testimoniano il suo impegno per una governance e una gestione rigorose."
        ),
        "es": (
            "Efus es una asociación sin ánimo de lucro sujeta al derecho francés. Sus estatutos, sus directrices "
            "deontológicas y el sello IDEAS dan fe de su compromiso con una gobernanza y una gestión rigurosas."
        ),
        "pt": (
            "O Efus é uma associação sem fins lucrativos de direito francês. Os seus estatutos, as suas orientações "
            "deontológicas e o selo IDEAS atestam o seu compromisso com uma governação e uma gestão rigorosas."
        ),
    },
    "seo_description": {
        "en": (
            "Efus is a non-profit association under the French law of 1901. It received the IDEAS label for the "
            "second time in 2019 and has deontological guidelines."
        ),
        "fr": (
            "L'Efus, association loi 1901 à but non lucratif, a obtenu pour la deuxième fois le label IDEAS en 2019 "
            "et s'est doté de lignes directrices déontologiques."
        ),
        "de": (
            "Das Efus ist ein Verein nach dem französischen Gesetz von 1901, erhielt 2019 zum zweiten Mal das "
            "IDEAS-Label und hat berufsethische Leitlinien."
        ),
        "it": (
            "L'Efus è un'associazione senza scopo di lucro di diritto francese (legge del 1901). Nel 2019 ha "
            "ottenuto per la seconda volta il label IDEAS."
        ),
        "es": (
            "Efus, asociación sin ánimo de lucro sujeta a la ley francesa de 1901, obtuvo en 2019 por segunda vez "
            "el sello IDEAS y tiene directrices deontológicas."
        ),
        "pt": (
            "O Efus, associação sem fins lucrativos regida pela lei francesa de 1901, obteve pela segunda vez o "
            "selo IDEAS em 2019 e tem orientações deontológicas."
        ),
    },
    "body": [
        (
            "heading",
            {
                "text": {
                    "en": "Legal status",
                    "fr": "Statut juridique",
                    "de": "Rechtsform",
                    "it": "Forma giuridica",
                    "es": "Naturaleza jurídica",
                    "pt": "Estatuto jurídico",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>Efus was founded in 1987 as a non-profit organisation. It has the legal form of an "
                    "association governed by the French law of 1901, and its headquarters are in Paris.</p>"
                ),
                "fr": (
                    "<p>Créé en 1987, l'Efus est une organisation à but non lucratif constituée sous la forme d'une "
                    "association régie par la loi française de 1901. Son siège se trouve à Paris.</p>"
                ),
                "de": (
                    "<p>Das Efus wurde 1987 als nicht gewinnorientierte Organisation gegründet. Es hat die "
                    "Rechtsform eines Vereins nach dem französischen Vereinsgesetz von 1901 und seinen Sitz in "
                    "Paris.</p>"
                ),
                "it": (
                    "<p>Fondato nel 1987 come organizzazione senza scopo di lucro, l'Efus ha la forma giuridica di "
                    "un'associazione disciplinata dalla legge francese del 1901 e ha sede a Parigi.</p>"
                ),
                "es": (
                    "<p>Fundado en 1987 como organización sin ánimo de lucro, Efus tiene la forma jurídica de una "
                    "asociación regida por la ley francesa de 1901 y su sede está en París.</p>"
                ),
                "pt": (
                    "<p>Fundado em 1987 como organização sem fins lucrativos, o Efus tem a forma jurídica de "
                    "associação regida pela lei francesa de 1901 e sede em Paris.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "The IDEAS label",
                    "fr": "Le label IDEAS",
                    "de": "Das IDEAS-Label",
                    "it": "Il label IDEAS",
                    "es": "El sello IDEAS",
                    "pt": "O selo IDEAS",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>In 2019, Efus received the IDEAS label for the second time. The label recognises sound "
                    "practice in three areas:</p><ul><li>governance;</li><li>financial management;</li>"
                    "<li>checking that its work actually achieves its aims.</li></ul>"
                    "<p>For funders and donors, it offers assurance that Efus is a reliable and trustworthy "
                    "partner.</p>"
                ),
                "fr": (
                    "<p>En 2019, l'Efus a obtenu le label IDEAS pour la deuxième fois. Ce label atteste la mise en "
                    "œuvre de bonnes pratiques dans trois domaines :</p><ul><li>la gouvernance ;</li>"
                    "<li>la gestion financière ;</li><li>le suivi de l'efficacité de l'action.</li></ul>"
                    "<p>Pour les financeurs et les donateurs, il constitue un gage de sérieux et de confiance.</p>"
                ),
                "de": (
                    "<p>2019 wurde dem Efus zum zweiten Mal das IDEAS-Label verliehen. Es bescheinigt gute Praxis "
                    "in drei Bereichen:</p><ul><li>Organisationsführung (Governance),</li><li>Finanzmanagement,</li>"
                    "<li>Überprüfung der Wirksamkeit der eigenen Arbeit.</li></ul>"
                    "<p>Für Geldgeber sowie Spenderinnen und Spender ist das Label ein Garant für Seriosität und "
                    "Vertrauen.</p>"
                ),
                "it": (
                    "<p>Nel 2019 l'Efus ha ottenuto per la seconda volta il label IDEAS, che certifica "
                    "l'applicazione di buone pratiche in tre ambiti:</p><ul><li>governance;</li>"
                    "<li>gestione finanziaria;</li><li>monitoraggio dell'efficacia dell'azione.</li></ul>"
                    "<p>Per finanziatori e donatori rappresenta una garanzia di serietà e affidabilità.</p>"
                ),
                "es": (
                    "<p>En 2019, Efus obtuvo por segunda vez el sello IDEAS, que certifica la aplicación de buenas "
                    "prácticas en tres ámbitos:</p><ul><li>la gobernanza;</li><li>la gestión financiera;</li><li>el "
                    "seguimiento de la eficacia de su acción.</li></ul><p>Para los financiadores y donantes, es una "
                    "garantía de seriedad y confianza.</p>"
                ),
                "pt": (
                    "<p>Em 2019, o Efus obteve pela segunda vez o selo IDEAS, que certifica a aplicação de boas "
                    "práticas em três domínios:</p><ul><li>a governação;</li><li>a gestão financeira;</li><li>o "
                    "acompanhamento da eficácia da sua ação.</li></ul><p>Para financiadores e doadores, constitui uma "
                    "garantia de seriedade e confiança.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Deontological guidelines",
                    "fr": "Lignes directrices déontologiques",
                    "de": "Berufsethische Leitlinien",
                    "it": "Linee guida deontologiche",
                    "es": "Directrices deontológicas",
                    "pt": "Orientações deontológicas",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>Alongside its statutes, Efus has adopted deontological guidelines that frame the way it "
                    "carries out its activities.</p>"
                ),
                "fr": (
                    "<p>En complément de ses statuts, l'Efus s'est doté de lignes directrices déontologiques qui "
                    "encadrent la conduite de ses activités.</p>"
                ),
                "de": (
                    "<p>Ergänzend zu seiner Satzung hat sich das Efus berufsethische Leitlinien gegeben, die den "
                    "Rahmen für seine Tätigkeit bilden.</p>"
                ),
                "it": (
                    "<p>Accanto allo statuto, l'Efus si è dotato di linee guida deontologiche che inquadrano lo "
                    "svolgimento delle sue attività.</p>"
                ),
                "es": (
                    "<p>Además de sus estatutos, Efus cuenta con unas directrices deontológicas que enmarcan el "
                    "desarrollo de sus actividades.</p>"
                ),
                "pt": (
                    "<p>Para além dos estatutos, o Efus adotou orientações deontológicas que enquadram o "
                    "desenvolvimento das suas atividades.</p>"
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": {
                    "en": "Our reference documents",
                    "fr": "Nos documents de référence",
                    "de": "Unsere Grundlagendokumente",
                    "it": "I nostri documenti di riferimento",
                    "es": "Nuestros documentos de referencia",
                    "pt": "Os nossos documentos de referência",
                },
                "text": {
                    "en": "To receive the statutes or the deontological guidelines, please contact our team.",
                    "fr": "Pour recevoir les statuts ou les lignes directrices déontologiques, contactez notre équipe.",
                    "de": (
                        "Wenn Sie die Satzung oder die berufsethischen Leitlinien erhalten möchten, wenden Sie sich "
                        "bitte an unser Team."
                    ),
                    "it": "Per ricevere lo statuto o le linee guida deontologiche, contattate il nostro team.",
                    "es": (
                        "Para recibir los estatutos o las directrices deontológicas, póngase en contacto con "
                        "nuestro equipo."
                    ),
                    "pt": "Para receber os estatutos ou as orientações deontológicas, contacte a nossa equipa.",
                },
                "button": {
                    "en": "Request the documents",
                    "fr": "Demander les documents",
                    "de": "Dokumente anfordern",
                    "it": "Richiedete i documenti",
                    "es": "Solicitar los documentos",
                    "pt": "Pedir os documentos",
                },
                "url": _CONTACT_EMAIL_URL,
            },
        ),
    ],
    "children": [],
}

_CONTACT = {
    "slug": {
        "en": "contact",
        "fr": "contact",
        "de": "kontakt",
        "it": "contatti",
        "es": "contacto",
        "pt": "contactos",
    },
    "title": {
        "en": "Contact",
        "fr": "Contact",
        "de": "Kontakt",
        "it": "Contatti",
        "es": "Contacto",
        "pt": "Contactos",
    },
    "intro": {
        "en": (
            "Our multilingual team in Paris is happy to answer questions from member authorities, partners, "
            "journalists and anyone interested in urban security."
        ),
        "fr": (
            "Notre équipe multilingue, basée à Paris, répond volontiers aux questions des collectivités membres, des "
            "partenaires, des journalistes et de toute personne intéressée par la sécurité urbaine."
        ),
        "de": (
            "Unser mehrsprachiges Team in Paris beantwortet gern Fragen von Mitgliedskommunen, Partnern, "
            "Medienschaffenden und allen, die sich für urbane Sicherheit interessieren."
        ),
        "it": (
            "Il nostro team multilingue a Parigi risponde volentieri alle domande degli enti membri, dei partner, "
            "dei giornalisti e di chiunque si interessi di sicurezza urbana."
        ),
        "es": (
            "Nuestro equipo multilingüe en París atenderá con gusto las consultas de las autoridades miembros, los "
            "socios, los periodistas y cualquier persona interesada en la seguridad urbana."
        ),
        "pt": (
            "A nossa equipa multilingue em Paris terá todo o gosto em responder às questões das autoridades "
            "membros, dos parceiros, dos jornalistas e de todas as pessoas interessadas na segurança urbana."
        ),
    },
    "seo_description": {
        "en": (
            "Contact Efus: 10, rue des Montiboeufs, 75020 Paris, France. Tel. +33 1 40 64 49 00. Press: Silvia "
            "Icardi, Communications Manager."
        ),
        "fr": (
            "Contacter l'Efus : 10, rue des Montiboeufs, 75020 Paris. Tél. +33 1 40 64 49 00. Presse : Silvia "
            "Icardi, responsable de la communication."
        ),
        "de": (
            "Kontakt zum Efus: 10, rue des Montiboeufs, 75020 Paris, Frankreich. Tel. +33 1 40 64 49 00. Presse: "
            "Silvia Icardi, Kommunikationsleiterin."
        ),
        "it": (
            "Contatti Efus: 10, rue des Montiboeufs, 75020 Paris, Francia. Tel. +33 1 40 64 49 00. Stampa: Silvia "
            "Icardi, responsabile della comunicazione."
        ),
        "es": (
            "Contacto de Efus: 10, rue des Montiboeufs, 75020 Paris, Francia. Tel. +33 1 40 64 49 00. Prensa: "
            "Silvia Icardi, responsable de comunicación."
        ),
        "pt": (
            "Contactos do Efus: 10, rue des Montiboeufs, 75020 Paris, França. Tel. +33 1 40 64 49 00. Imprensa: "
            "Silvia Icardi, responsável de comunicação."
        ),
    },
    "body": [
        (
            "heading",
            {
                "text": {
                    "en": "Our office",
                    "fr": "Nos bureaux",
                    "de": "Unsere Geschäftsstelle",
                    "it": "La nostra sede",
                    "es": "Nuestra sede",
                    "pt": "A nossa sede",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p><b>European Forum for Urban Security (Efus)</b></p><ul><li>Address: 10, rue des Montiboeufs, "
                    "75020 Paris, France</li><li>Telephone: +33 1 40 64 49 00</li></ul>"
                ),
                "fr": (
                    "<p><b>Forum européen pour la sécurité urbaine (Efus)</b></p><ul>"
                    "<li>Adresse : 10, rue des Montiboeufs, 75020 Paris, France</li>"
                    "<li>Téléphone : +33 1 40 64 49 00</li></ul>"
                ),
                "de": (
                    "<p><b>Europäisches Forum für urbane Sicherheit (Efus)</b></p><ul>"
                    "<li>Adresse: 10, rue des Montiboeufs, 75020 Paris, Frankreich</li>"
                    "<li>Telefon: +33 1 40 64 49 00</li></ul>"
                ),
                "it": (
                    "<p><b>Forum europeo per la sicurezza urbana (Efus)</b></p><ul>"
                    "<li>Indirizzo: 10, rue des Montiboeufs, 75020 Paris, Francia</li>"
                    "<li>Telefono: +33 1 40 64 49 00</li></ul>"
                ),
                "es": (
                    "<p><b>Foro Europeo para la Seguridad Urbana (Efus)</b></p><ul>"
                    "<li>Dirección: 10, rue des Montiboeufs, 75020 Paris, Francia</li>"
                    "<li>Teléfono: +33 1 40 64 49 00</li></ul>"
                ),
                "pt": (
                    "<p><b>Fórum Europeu para a Segurança Urbana (Efus)</b></p><ul>"
                    "<li>Morada: 10, rue des Montiboeufs, 75020 Paris, França</li>"
                    "<li>Telefone: +33 1 40 64 49 00</li></ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Press and media",
                    "fr": "Presse et médias",
                    "de": "Presse und Medien",
                    "it": "Stampa e media",
                    "es": "Prensa y medios",
                    "pt": "Imprensa e comunicação social",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>Journalists are welcome to contact <b>Silvia Icardi</b>, Communications Manager:</p><ul>"
                    "<li>Email: icardi@efus.eu</li><li>Telephone: +33 1 40 64 49 00</li></ul>"
                ),
                "fr": (
                    "<p>Les journalistes peuvent s'adresser à <b>Silvia Icardi</b>, responsable de la communication "
                    ":</p><ul><li>Courriel : icardi@efus.eu</li><li>Téléphone : +33 1 40 64 49 00</li></ul>"
                ),
                "de": (
                    "<p>Medienvertreterinnen und -vertreter wenden sich bitte an <b>Silvia Icardi</b>, "
                    "Kommunikationsleiterin:</p><ul><li>E-Mail: icardi@efus.eu</li>"
                    "<li>Telefon: +33 1 40 64 49 00</li></ul>"
                ),
                "it": (
                    "<p>I giornalisti possono rivolgersi a <b>Silvia Icardi</b>, responsabile della "
                    "comunicazione:</p><ul><li>E-mail: icardi@efus.eu</li><li>Telefono: +33 1 40 64 49 00</li></ul>"
                ),
                "es": (
                    "<p>Los periodistas pueden dirigirse a <b>Silvia Icardi</b>, responsable de comunicación:</p>"
                    "<ul><li>Correo electrónico: icardi@efus.eu</li><li>Teléfono: +33 1 40 64 49 00</li></ul>"
                ),
                "pt": (
                    "<p>Os jornalistas podem contactar <b>Silvia Icardi</b>, responsável de comunicação:</p>"
                    "<ul><li>E-mail: icardi@efus.eu</li><li>Telefone: +33 1 40 64 49 00</li></ul>"
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": {
                    "en": "Write to us",
                    "fr": "Écrivez-nous",
                    "de": "Schreiben Sie uns",
                    "it": "Scriveteci",
                    "es": "Escríbanos",
                    "pt": "Escreva-nos",
                },
                "text": {
                    "en": (
                        "Have a question about Efus, our projects or membership? Send us an email and we will "
                        "forward it to the right person."
                    ),
                    "fr": (
                        "Une question sur l'Efus, nos projets ou l'adhésion ? Envoyez-nous un courriel, nous le "
                        "transmettrons à la bonne personne."
                    ),
                    "de": (
                        "Sie haben eine Frage zum Efus, zu unseren Projekten oder zur Mitgliedschaft? Schreiben Sie "
                        "uns eine E-Mail – wir leiten sie an die richtige Ansprechperson weiter."
                    ),
                    "it": (
                        "Avete una domanda sull'Efus, sui nostri progetti o sull'adesione? Inviateci un'e-mail: la "
                        "inoltreremo alla persona giusta."
                    ),
                    "es": (
                        "¿Tiene alguna pregunta sobre Efus, nuestros proyectos o la adhesión? Envíenos un correo "
                        "electrónico y lo haremos llegar a la persona adecuada."
                    ),
                    "pt": (
                        "Tem alguma questão sobre o Efus, os nossos projetos ou a adesão? Envie-nos um e-mail e "
                        "fá-lo-emos chegar à pessoa certa."
                    ),
                },
                "button": {
                    "en": "Send an email",
                    "fr": "Envoyer un courriel",
                    "de": "E-Mail senden",
                    "it": "Inviate un'e-mail",
                    "es": "Enviar un correo",
                    "pt": "Enviar um e-mail",
                },
                "url": _CONTACT_EMAIL_URL,
            },
        ),
        (
            "call_to_action",
            {
                "title": {
                    "en": "Prefer to call?",
                    "fr": "Vous préférez appeler ?",
                    "de": "Lieber telefonieren?",
                    "it": "Preferite telefonare?",
                    "es": "¿Prefiere llamar?",
                    "pt": "Prefere telefonar?",
                },
                "text": {
                    "en": "Our team in Paris can also be reached by telephone.",
                    "fr": "Notre équipe à Paris est également joignable par téléphone.",
                    "de": "Unser Team in Paris ist auch telefonisch erreichbar.",
                    "it": "Il nostro team a Parigi è raggiungibile anche per telefono.",
                    "es": "Nuestro equipo en París también está disponible por teléfono.",
                    "pt": "A nossa equipa em Paris também está disponível por telefone.",
                },
                "button": {
                    "en": "Call us",
                    "fr": "Nous appeler",
                    "de": "Jetzt anrufen",
                    "it": "Chiamateci",
                    "es": "Llamar",
                    "pt": "Ligar",
                },
                "url": _CONTACT_PHONE_URL,
            },
        ),
    ],
    "children": [],
}

# ---------------------------------------------------------------------------
# About section: the parent page
# ---------------------------------------------------------------------------

ABOUT = {
    "slug": {
        "en": "about",
        "fr": "a-propos",
        "de": "ueber-uns",
        "it": "chi-siamo",
        "es": "quienes-somos",
        "pt": "quem-somos",
    },
    "title": {
        "en": "About us",
        "fr": "À propos",
        "de": "Über uns",
        "it": "Chi siamo",
        "es": "Quiénes somos",
        "pt": "Quem somos",
    },
    "intro": {
        "en": (
            "Created in 1987 under the auspices of the Council of Europe, Efus is still the only network in Europe "
            "that brings local and regional authorities together around urban security. Its members share one "
            "conviction: security is built close to citizens, through cooperation and exchange."
        ),
        "fr": (
            "Né en 1987 sous l'égide du Conseil de l'Europe, l'Efus reste le seul réseau en Europe à fédérer les "
            "collectivités locales et régionales autour de la sécurité urbaine. Ses membres partagent une "
            "conviction : la sécurité se construit au plus près des citoyens, par la coopération et l'échange."
        ),
        "de": (
            "1987 unter der Schirmherrschaft des Europarates entstanden, ist das Efus bis heute das einzige "
            "Netzwerk in Europa, das Kommunen und Regionen rund um urbane Sicherheit zusammenbringt. Seine "
            "Mitglieder eint die Überzeugung: Sicherheit entsteht vor Ort – durch Zusammenarbeit und Austausch."
        ),
        "it": (
            "Nato nel 1987 sotto l'egida del Consiglio d'Europa, l'Efus è ancora oggi l'unica rete in Europa che "
            "riunisce gli enti locali e regionali attorno alla sicurezza urbana. I suoi membri condividono una "
            "convinzione: la sicurezza si costruisce vicino ai cittadini, con la cooperazione e lo scambio."
        ),
        "es": (
            "Creado en 1987 bajo los auspicios del Consejo de Europa, Efus es la única red europea que "
            "reúne a las autoridades locales y regionales en torno a la seguridad urbana. Sus miembros comparten "
            "una convicción: la seguridad se construye cerca de la ciudadanía, mediante la cooperación y el "
            "intercambio."
        ),
        "pt": (
            "Criado em 1987 sob a égide do Conselho da Europa, o Efus continua a ser a única rede na Europa que "
            "reúne as autoridades locais e regionais em torno da segurança urbana. Os seus membros partilham uma "
            "convicção: a segurança constrói-se junto dos cidadãos, através da cooperação e da partilha."
        ),
    },
    "seo_description": {
        "en": (
            "Created in 1987 and based in Paris, Efus is Europe's only network bringing local and regional "
            "authorities together on urban security."
        ),
        "fr": (
            "Créé en 1987 et basé à Paris, l'Efus est le seul réseau européen qui fédère les collectivités locales "
            "et régionales autour de la sécurité urbaine."
        ),
        "de": (
            "Das 1987 gegründete Efus mit Sitz in Paris ist Europas einziges Netzwerk, das Kommunen und Regionen "
            "zum Thema urbane Sicherheit vereint."
        ),
        "it": (
            "Nato nel 1987 e con sede a Parigi, l'Efus è l'unica rete europea che riunisce enti locali e regionali "
            "sul tema della sicurezza urbana."
        ),
        "es": (
            "Creado en 1987 y con sede en París, Efus es la única red europea que reúne a autoridades locales y "
            "regionales en torno a la seguridad urbana."
        ),
        "pt": (
            "Criado em 1987 e sediado em Paris, o Efus é a única rede europeia que reúne autoridades locais e "
            "regionais em torno da segurança urbana."
        ),
    },
    "body": [
        (
            "paragraph",
            {
                "en": (
                    "<p>The European Forum for Urban Security (Efus) counts nearly 250 local and regional authorities "
                    "from 16 countries. Its membership is not limited to cities and regions: national authorities, "
                    "non-governmental organisations working in crime prevention and universities belong to it "
                    "too.</p><p>Its headquarters are in Paris, home to the multilingual technical team that runs the "
                    "network day to day.</p>"
                ),
                "fr": (
                    "<p>Le Forum européen pour la sécurité urbaine (Efus) réunit près de 250 collectivités locales et "
                    "régionales de 16 pays. Aux côtés des villes et des régions, il compte également parmi ses membres "
                    "des autorités nationales, des organisations non gouvernementales actives dans la prévention de la "
                    "délinquance et des universités.</p><p>L'association a son siège à Paris, où une équipe technique "
                    "multilingue gère et coordonne ses activités.</p>"
                ),
                "de": (
                    "<p>Im Europäischen Forum für urbane Sicherheit (Efus) haben sich knapp 250 Kommunen und Regionen "
                    "aus 16 Ländern zusammengeschlossen. Neben Städten und Regionen zählen auch nationale Behörden, in "
                    "der Kriminalprävention tätige Nichtregierungsorganisationen und Universitäten zu den "
                    "Mitgliedern.</p><p>Der Verein hat seinen Sitz in Paris. Dort leitet und koordiniert ein "
                    "mehrsprachiges Fachteam seine Aktivitäten.</p>"
                ),
                "it": (
                    "<p>Il Forum europeo per la sicurezza urbana (Efus) riunisce quasi 250 enti locali e regionali di "
                    "16 paesi. Oltre a città e regioni, ne fanno parte anche autorità nazionali, organizzazioni non "
                    "governative attive nella prevenzione della criminalità e università.</p><p>L'associazione ha sede "
                    "a Parigi, dove un team tecnico multilingue ne gestisce e coordina le attività.</p>"
                ),
                "es": (
                    "<p>El Foro Europeo para la Seguridad Urbana (Efus) reúne a casi 250 autoridades locales y "
                    "regionales de 16 países. Junto a ciudades y regiones, entre sus miembros figuran también "
                    "autoridades nacionales, organizaciones no gubernamentales dedicadas a la prevención de la "
                    "delincuencia y universidades.</p><p>La asociación tiene su sede en París, donde un equipo técnico "
                    "multilingüe gestiona y coordina sus actividades.</p>"
                ),
                "pt": (
                    "<p>O Fórum Europeu para a Segurança Urbana (Efus) reúne quase 250 autoridades locais e regionais "
                    "de 16 países. Além de cidades e regiões, contam-se também entre os seus membros autoridades "
                    "nacionais, organizações não governamentais que atuam na prevenção da criminalidade e "
                    "universidades.</p><p>A associação tem sede em Paris, onde uma equipa técnica multilingue gere e "
                    "coordena as suas atividades.</p>"
                ),
            },
        ),
        (
            "key_figures",
            {
                "title": {
                    "en": "The network at a glance",
                    "fr": "Le réseau en bref",
                    "de": "Das Netzwerk auf einen Blick",
                    "it": "La rete in sintesi",
                    "es": "La red de un vistazo",
                    "pt": "A rede em resumo",
                },
                "items": [
                    {
                        "value": "1987",
                        "label": {
                            "en": "Year founded",
                            "fr": "Année de création",
                            "de": "Gründungsjahr",
                            "it": "Anno di fondazione",
                            "es": "Año de fundación",
                            "pt": "Ano de fundação",
                        },
                    },
                    {
                        "value": "250",
                        "label": {
                            "en": "Members (approx.)",
                            "fr": "Membres (environ)",
                            "de": "Mitglieder (ca.)",
                            "it": "Membri (circa)",
                            "es": "Miembros (aprox.)",
                            "pt": "Membros (aprox.)",
                        },
                    },
                    {
                        "value": "16",
                        "label": {
                            "en": "Countries",
                            "fr": "Pays",
                            "de": "Länder",
                            "it": "Paesi",
                            "es": "Países",
                            "pt": "Países",
                        },
                    },
                    {
                        "value": "6",
                        "label": {
                            "en": "National forums",
                            "fr": "Forums nationaux",
                            "de": "Nationale Foren",
                            "it": "Forum nazionali",
                            "es": "Foros nacionales",
                            "pt": "Fóruns nacionais",
                        },
                    },
                ],
            },
        ),
        (
            "heading",
            {
                "text": {
                    "en": "Cities helping cities",
                    "fr": "Les villes aident les villes",
                    "de": "Städte helfen Städten",
                    "it": "Città che aiutano le città",
                    "es": "Ciudades que ayudan a ciudades",
                    "pt": "Cidades que ajudam cidades",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>Our work rests on a simple principle: cities helping cities. Beyond political divides, "
                    "elected officials and their teams share what they have learned, so that every authority can "
                    "draw on the experience of others to build security that lasts.</p>"
                    "<p>We promote a balanced approach in which prevention, sanctions and social cohesion go hand "
                    "in hand.</p>"
                ),
                "fr": (
                    "<p>Notre action repose sur un principe simple : les villes aident les villes. Par-delà les "
                    "clivages politiques, les élus et leurs équipes partagent leurs enseignements afin que chaque "
                    "collectivité puisse s'appuyer sur l'expérience des autres pour construire une sécurité "
                    "durable.</p><p>Nous défendons une approche équilibrée, où prévention, sanction et cohésion "
                    "sociale vont de pair.</p>"
                ),
                "de": (
                    "<p>Unsere Arbeit beruht auf einem einfachen Grundsatz: Städte helfen Städten. Über Parteigrenzen "
                    "hinweg teilen Mandatsträgerinnen und Mandatsträger sowie ihre Teams ihre Erfahrungen, damit jede "
                    "Kommune vom Wissen der anderen profitieren und dauerhafte Sicherheit schaffen kann.</p><p>Wir "
                    "stehen für einen ausgewogenen Ansatz, in dem Prävention, Sanktion und sozialer Zusammenhalt Hand "
                    "in Hand gehen.</p>"
                ),
                "it": (
                    "<p>Il nostro lavoro si fonda su un principio semplice: città che aiutano le città. Al di là delle "
                    "appartenenze politiche, gli amministratori locali e i loro collaboratori condividono ciò che "
                    "hanno imparato, affinché ogni ente possa attingere all'esperienza degli altri per costruire una "
                    "sicurezza duratura.</p><p>Promuoviamo un approccio equilibrato, in cui prevenzione, sanzione e "
                    "coesione sociale procedono di pari passo.</p>"
                ),
                "es": (
                    "<p>Nuestro trabajo se basa en un principio sencillo: ciudades que ayudan a ciudades. Más allá de "
                    "las diferencias políticas, los cargos electos locales y sus equipos comparten lo aprendido para "
                    "que cada autoridad pueda apoyarse en la experiencia de las demás y construir una seguridad "
                    "duradera.</p><p>Defendemos un enfoque equilibrado, en el que la prevención, la sanción y la "
                    "cohesión social van de la mano.</p>"
                ),
                "pt": (
                    "<p>O nosso trabalho assenta num princípio simples: cidades que ajudam cidades. Independentemente "
                    "das diferenças políticas, os eleitos locais e as suas equipas partilham o que aprenderam, para "
                    "que cada autoridade possa tirar partido da experiência das outras e construir uma segurança "
                    "duradoura.</p><p>Defendemos uma abordagem equilibrada, em que a prevenção, a sanção e a coesão "
                    "social andam de mãos dadas.</p>"
                ),
            },
        ),
        (
            "quote",
            {
                "text": {
                    "en": (
                        "When it comes to the security people experience every day, cities and regions are in the "
                        "best position to design the right policies. They have a remarkable ability to mobilise and "
                        "to act in solidarity."
                    ),
                    "fr": (
                        "Pour la sécurité que chacun vit au quotidien, ce sont les villes et les régions qui sont "
                        "le mieux placées pour concevoir les bonnes politiques. Elles savent se mobiliser et faire "
                        "preuve de solidarité de façon remarquable."
                    ),
                    "de": (
                        "Wenn es um die Sicherheit im Alltag geht, sind Städte und Regionen am besten in der Lage, "
                        "die richtigen politischen Antworten zu entwickeln. Sie verfügen über eine bemerkenswerte "
                        "Fähigkeit zur Mobilisierung und zur Solidarität."
                    ),
                    "it": (
                        "Quando si parla della sicurezza vissuta ogni giorno, sono le città e le regioni a trovarsi "
                        "nella posizione migliore per elaborare le politiche giuste. Hanno una straordinaria "
                        "capacità di mobilitarsi e di essere solidali."
                    ),
                    "es": (
                        "Cuando se trata de la seguridad que se vive a diario, las ciudades y las regiones son las "
                        "mejor situadas para diseñar las políticas adecuadas. Tienen una extraordinaria capacidad "
                        "de movilización y de solidaridad."
                    ),
                    "pt": (
                        "No que toca à segurança vivida no dia a dia, são as cidades e as regiões que estão em "
                        "melhor posição para conceber as políticas certas. Têm uma notável capacidade de "
                        "mobilização e de solidariedade."
                    ),
                },
                "attribution": "Willy Demeyer",
                "role": {
                    "en": "President of Efus and Mayor of Liège",
                    "fr": "Président de l'Efus et bourgmestre de Liège",
                    "de": "Präsident des Efus und Bürgermeister von Lüttich",
                    "it": "Presidente dell'Efus e sindaco di Liegi",
                    "es": "Presidente de Efus y alcalde de Lieja",
                    "pt": "Presidente do Efus e burgomestre de Liège",
                },
            },
        ),
        (
            "call_to_action",
            {
                "title": {
                    "en": "Would you like to join Efus?",
                    "fr": "Vous souhaitez rejoindre l'Efus ?",
                    "de": "Möchten Sie Mitglied im Efus werden?",
                    "it": "Volete entrare a far parte dell'Efus?",
                    "es": "¿Quiere unirse a Efus?",
                    "pt": "Pretende aderir ao Efus?",
                },
                "text": {
                    "en": "Find out how your city or region can become a member and take part in the network's work.",
                    "fr": (
                        "Découvrez comment votre ville ou votre région peut devenir membre et participer aux "
                        "travaux du réseau."
                    ),
                    "de": (
                        "Erfahren Sie, wie Ihre Stadt oder Region dem Netzwerk beitreten und sich an seiner Arbeit "
                        "beteiligen kann."
                    ),
                    "it": (
                        "Scoprite come la vostra città o regione può aderire all'Efus e partecipare alle attività "
                        "della rete."
                    ),
                    "es": (
                        "Descubra cómo su ciudad o región puede hacerse miembro y participar en los trabajos de la red."
                    ),
                    "pt": "Saiba como a sua cidade ou região se pode tornar membro e participar no trabalho da rede.",
                },
                "button": {
                    "en": "Contact us",
                    "fr": "Nous contacter",
                    "de": "Kontakt aufnehmen",
                    "it": "Contattateci",
                    "es": "Contáctenos",
                    "pt": "Contacte-nos",
                },
                "url": _CONTACT_EMAIL_URL,
            },
        ),
    ],
    "children": [_MISSION, _SERVICES, _PARTNERSHIPS, _MANIFESTO, _STATUTES, _CONTACT],
}

# ---------------------------------------------------------------------------
# Legal pages (English and French; the other languages fall back to English)
# ---------------------------------------------------------------------------

_LEGAL_NOTICE = {
    "slug": {"en": "legal-notice", "fr": "mentions-legales"},
    "title": {"en": "Legal notice", "fr": "Mentions légales"},
    "intro": {
        "en": "Who publishes this website, who is responsible for it and the rules that apply to reusing its content.",
        "fr": "Qui édite ce site, qui en est responsable et à quelles conditions ses contenus peuvent être réutilisés.",
    },
    "seo_description": {
        "en": (
            "Legal notice of the Efus website: publisher, publication director, hosting, intellectual property and "
            "credits."
        ),
        "fr": (
            "Mentions légales du site de l'Efus : éditeur, directrice de la publication, hébergement, propriété "
            "intellectuelle et crédits."
        ),
    },
    "body": [
        ("heading", {"text": {"en": "Publisher", "fr": "Éditeur du site"}, "level": "h2"}),
        (
            "paragraph",
            {
                "en": (
                    "<p>This website is published by the <b>European Forum for Urban Security (Efus)</b>, an "
                    "association under the French law of 1 July 1901.</p><ul>"
                    "<li>Head office: 10, rue des Montiboeufs, 75020 Paris, France</li>"
                    "<li>Telephone: +33 1 40 64 49 00</li>"
                    '<li>Email: <a href="mailto:contact@efus.eu">contact@efus.eu</a></li></ul>'
                    "<p><b>Publication director:</b> Elizabeth Johnston, Executive Director of Efus.</p>"
                ),
                "fr": (
                    "<p>Ce site est édité par le <b>Forum européen pour la sécurité urbaine (Efus)</b>, association "
                    "régie par la loi du 1er juillet 1901.</p><ul>"
                    "<li>Siège social : 10, rue des Montiboeufs, 75020 Paris, France</li>"
                    "<li>Téléphone : +33 1 40 64 49 00</li>"
                    '<li>Courriel : <a href="mailto:contact@efus.eu">contact@efus.eu</a></li></ul>'
                    "<p><b>Directrice de la publication :</b> Elizabeth Johnston, directrice exécutive de l'Efus.</p>"
                ),
            },
        ),
        ("heading", {"text": {"en": "Hosting", "fr": "Hébergement"}, "level": "h2"}),
        (
            "paragraph",
            {
                "en": "<p>The hosting provider's name and address are published here when the site goes live.</p>",
                "fr": "<p>Le nom et l'adresse de l'hébergeur sont indiqués ici dès la mise en ligne du site.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": {"en": "Use of content", "fr": "Utilisation des contenus"},
                "items": [
                    {
                        "heading": {"en": "Intellectual property", "fr": "Propriété intellectuelle"},
                        "body": {
                            "en": (
                                "<p>Unless otherwise stated, the texts, photographs, graphics, logos and "
                                "publications on this site are the property of Efus or are used with their authors' "
                                "permission. They are protected by intellectual property law.</p>"
                                "<p>You may quote short extracts, provided you name Efus as the source and link to "
                                "the page concerned. Any other reproduction, adaptation or distribution, in whole or "
                                "in part, requires the prior written consent of Efus. Requests can be sent to "
                                '<a href="mailto:contact@efus.eu">contact@efus.eu</a>.</p>'
                            ),
                            "fr": (
                                "<p>Sauf mention contraire, les textes, photographies, graphismes, logos et "
                                "publications de ce site sont la propriété de l'Efus ou sont utilisés avec "
                                "l'autorisation de leurs auteurs. Ils sont protégés par le droit de la propriété "
                                "intellectuelle.</p>"
                                "<p>Vous pouvez en citer de courts extraits, à condition d'indiquer l'Efus comme "
                                "source et de renvoyer vers la page concernée. Toute autre reproduction, adaptation "
                                "ou diffusion, totale ou partielle, est soumise à l'accord écrit préalable de l'Efus. "
                                'Les demandes peuvent être adressées à <a href="mailto:contact@efus.eu">'
                                "contact@efus.eu</a>.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {"en": "Links to other websites", "fr": "Liens vers d'autres sites"},
                        "body": {
                            "en": (
                                "<p>This site links to websites run by partners and other organisations. Efus has "
                                "no control over their content and cannot be held responsible for it.</p>"
                            ),
                            "fr": (
                                "<p>Ce site renvoie vers des sites de partenaires et d'autres organisations. L'Efus "
                                "n'exerce aucun contrôle sur leur contenu et ne saurait en être tenu responsable.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {"en": "Credits", "fr": "Crédits"},
                        "body": {
                            "en": (
                                "<ul><li>Typeface: Source Sans 3 (Adobe), used under the SIL Open Font License "
                                "1.1.</li><li>Software: the site is built with Django and Wagtail, both open-source "
                                "software.</li></ul>"
                            ),
                            "fr": (
                                "<ul><li>Police de caractères : Source Sans 3 (Adobe), utilisée sous licence SIL "
                                "Open Font License 1.1.</li><li>Logiciels : le site est réalisé avec Django et "
                                "Wagtail, deux logiciels libres.</li></ul>"
                            ),
                        },
                    },
                ],
            },
        ),
    ],
    "children": [],
}

_PRIVACY = {
    "slug": {"en": "privacy", "fr": "confidentialite"},
    "title": {"en": "Privacy and cookies", "fr": "Confidentialité et cookies"},
    "intro": {
        "en": (
            "Efus collects as little personal data as possible. This page explains what this website does with your "
            "data, which cookies it sets and how to exercise your rights."
        ),
        "fr": (
            "L'Efus collecte le moins de données personnelles possible. Cette page explique ce que ce site fait de "
            "vos données, quels cookies il dépose et comment exercer vos droits."
        ),
    },
    "seo_description": {
        "en": (
            "No advertising or analytics trackers, technical cookies only: how the Efus website handles your data and "
            "how to exercise your rights."
        ),
        "fr": (
            "Ni publicité ni mesure d'audience, des cookies techniques uniquement : comment le site de l'Efus traite "
            "vos données et vos droits."
        ),
    },
    "body": [
        (
            "heading",
            {"text": {"en": "Who is responsible for your data", "fr": "Qui est responsable de vos données"}},
        ),
        (
            "paragraph",
            {
                "en": (
                    "<p>The controller of the personal data processed on this site is the <b>European Forum for "
                    "Urban Security (Efus)</b>, 10, rue des Montiboeufs, 75020 Paris, France. For any question about "
                    'your data, write to <a href="mailto:contact@efus.eu">contact@efus.eu</a>.</p>'
                    "<p>This site carries no advertising and no audience-measurement (analytics) trackers. Browsing "
                    "it sends no information to third parties: pages, fonts and scripts are all served by the site "
                    "itself. To deliver pages, our server necessarily receives your device's IP address; it is used "
                    "only to run and secure the site.</p>"
                ),
                "fr": (
                    "<p>Le responsable des traitements de données personnelles réalisés sur ce site est le "
                    "<b>Forum européen pour la sécurité urbaine (Efus)</b>, 10, rue des Montiboeufs, 75020 Paris, "
                    "France. Pour toute question relative à vos données, écrivez à "
                    '<a href="mailto:contact@efus.eu">contact@efus.eu</a>.</p>'
                    "<p>Ce site ne contient ni publicité ni traceur de mesure d'audience. Sa consultation ne "
                    "transmet aucune information à des tiers : les pages, les polices de caractères et les scripts "
                    "sont tous fournis par le site lui-même. Pour vous afficher les pages, notre serveur reçoit "
                    "nécessairement l'adresse IP de votre appareil ; elle sert uniquement au fonctionnement et à la "
                    "sécurité du site.</p>"
                ),
            },
        ),
        ("heading", {"text": {"en": "Cookies", "fr": "Cookies"}}),
        (
            "paragraph",
            {
                "en": (
                    "<p>This site sets only technical cookies, and only when they are needed:</p><ul>"
                    "<li><b>Session cookie:</b> set when you log in (Efus staff and members), to keep you signed in. "
                    "It is deleted when you log out or when it expires.</li>"
                    "<li><b>Security cookie (CSRF):</b> set when you use a form, to protect it against fraudulent "
                    "submissions.</li>"
                    "<li><b>Message cookie:</b> may briefly carry a confirmation message, for example after a form "
                    "is sent, and is deleted as soon as the message is displayed.</li></ul>"
                    "<p>These cookies are strictly necessary for the features you use, so they do not require your "
                    "consent. None of them is used to track you or to measure audience.</p>"
                ),
                "fr": (
                    "<p>Ce site ne dépose que des cookies techniques, et uniquement lorsqu'ils sont nécessaires :</p>"
                    "<ul><li><b>Cookie de session :</b> déposé lorsque vous vous connectez (équipe de l'Efus et "
                    "membres), pour maintenir votre connexion. Il est supprimé lorsque vous vous déconnectez ou à "
                    "son expiration.</li>"
                    "<li><b>Cookie de sécurité (CSRF) :</b> déposé lorsque vous utilisez un formulaire, pour le "
                    "protéger contre les envois frauduleux.</li>"
                    "<li><b>Cookie de message :</b> peut transmettre brièvement un message de confirmation, par "
                    "exemple après l'envoi d'un formulaire ; il est supprimé dès que le message s'affiche.</li></ul>"
                    "<p>Ces cookies sont strictement nécessaires aux fonctionnalités que vous utilisez : ils ne "
                    "requièrent donc pas votre consentement. Aucun ne sert à vous suivre ni à mesurer l'audience.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": {"en": "Your data in detail", "fr": "Vos données en détail"},
                "items": [
                    {
                        "heading": {"en": "Embedded videos", "fr": "Vidéos intégrées"},
                        "body": {
                            "en": (
                                "<p>Some pages feature YouTube or Vimeo videos. Nothing is loaded from these "
                                "platforms until you press play. The video then loads from YouTube's "
                                "privacy-enhanced mode (youtube-nocookie.com) or from Vimeo with its \u201cdo not "
                                "track\u201d option, and the platform receives your IP address and technical "
                                "information about your browser. Its own privacy policy applies from that point.</p>"
                            ),
                            "fr": (
                                "<p>Certaines pages proposent des vidéos YouTube ou Vimeo. Rien n'est chargé depuis "
                                "ces plateformes tant que vous n'avez pas lancé la lecture. La vidéo est alors "
                                "chargée via le mode de confidentialité renforcée de YouTube (youtube-nocookie.com) "
                                "ou via Vimeo avec son option « do not track », et la plateforme reçoit votre "
                                "adresse IP ainsi que des informations techniques sur votre navigateur. Sa propre "
                                "politique de confidentialité s'applique dès lors.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {
                            "en": "Forms: membership applications and newsletter",
                            "fr": "Formulaires : demandes d'adhésion et lettre d'information",
                        },
                        "body": {
                            "en": (
                                "<p>When you apply for membership or subscribe to our newsletter, we collect only "
                                "the information requested in the form. It is used solely to handle your "
                                "application or to send you the newsletter. Only the Efus team and the technical "
                                "providers acting on our behalf have access to it, and it is never sold or used for "
                                "advertising.</p>"
                                "<p>Your data is kept for as long as needed to handle your request, then deleted. "
                                "You can unsubscribe from the newsletter at any time; your data is then deleted.</p>"
                            ),
                            "fr": (
                                "<p>Lorsque vous demandez à adhérer ou vous abonnez à notre lettre d'information, "
                                "nous ne collectons que les informations demandées dans le formulaire. Elles servent "
                                "uniquement à traiter votre demande ou à vous envoyer la lettre d'information. "
                                "Seuls l'équipe de l'Efus et les prestataires techniques agissant pour son compte y "
                                "ont accès ; elles ne sont jamais vendues ni utilisées à des fins publicitaires.</p>"
                                "<p>Vos données sont conservées le temps nécessaire au traitement de votre demande, "
                                "puis supprimées. Vous pouvez vous désabonner de la lettre d'information à tout "
                                "moment ; vos données sont alors supprimées.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {"en": "Your rights", "fr": "Vos droits"},
                        "body": {
                            "en": (
                                "<p>Under the General Data Protection Regulation (GDPR) and French data protection "
                                "law, you have the right to access, rectify and erase your data, to object to its "
                                "processing and to data portability. To exercise these rights, write to "
                                '<a href="mailto:contact@efus.eu">contact@efus.eu</a>.</p>'
                                "<p>If you believe your rights have not been respected, you may lodge a complaint "
                                "with the CNIL, the French data protection authority "
                                '(<a href="https://www.cnil.fr">www.cnil.fr</a>).</p>'
                            ),
                            "fr": (
                                "<p>Conformément au règlement général sur la protection des données (RGPD) et à la "
                                "loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, "
                                "d'effacement, d'opposition et de portabilité de vos données. Pour les exercer, "
                                'écrivez à <a href="mailto:contact@efus.eu">contact@efus.eu</a>.</p>'
                                "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une "
                                "réclamation à la Commission nationale de l'informatique et des libertés "
                                '(<a href="https://www.cnil.fr">CNIL</a>).</p>'
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": {"en": "A question about your data?", "fr": "Une question sur vos données ?"},
                "text": {
                    "en": "Write to us to exercise your rights or to find out how your data is used.",
                    "fr": "Écrivez-nous pour exercer vos droits ou savoir comment vos données sont utilisées.",
                },
                "button": {"en": "Write to us", "fr": "Nous écrire"},
                "url": _CONTACT_EMAIL_URL,
            },
        ),
    ],
    "children": [],
}

_ACCESSIBILITY = {
    "slug": {"en": "accessibility", "fr": "accessibilite"},
    "title": {"en": "Accessibility statement", "fr": "Déclaration d'accessibilité"},
    "intro": {
        "en": (
            "Efus wants its website to be usable by everyone, including people with disabilities. This statement "
            "sets out how accessible the site is, how we check it and how to tell us about a problem."
        ),
        "fr": (
            "L'Efus veut que son site soit utilisable par toutes et tous, y compris par les personnes en situation "
            "de handicap. Cette déclaration présente son niveau d'accessibilité, nos vérifications et la façon de "
            "nous signaler un problème."
        ),
    },
    "seo_description": {
        "en": (
            "Accessibility of the Efus website: WCAG 2.1 AA and RGAA target, how it is tested, known limitations and "
            "how to report a problem."
        ),
        "fr": (
            "Accessibilité du site de l'Efus : objectif WCAG 2.1 AA et RGAA, méthodes de test, limites connues et "
            "signalement d'un problème."
        ),
    },
    "body": [
        ("heading", {"text": {"en": "Compliance status", "fr": "État de conformité"}}),
        (
            "paragraph",
            {
                "en": (
                    "<p>This website aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1 "
                    "and of the French accessibility framework (RGAA), which is based on them.</p>"
                    "<p>It is <b>partially compliant</b>: it is designed and tested against these standards, but has "
                    "not yet been audited by an independent third party.</p>"
                ),
                "fr": (
                    "<p>Ce site vise le niveau AA des règles pour l'accessibilité des contenus web (WCAG) 2.1 et du "
                    "référentiel général d'amélioration de l'accessibilité (RGAA), qui s'appuie sur celles-ci.</p>"
                    "<p>Il est <b>partiellement conforme</b> : il est conçu et testé au regard de ces référentiels, "
                    "mais n'a pas encore fait l'objet d'un audit par un organisme indépendant.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": {"en": "Our approach", "fr": "Notre démarche"},
                "items": [
                    {
                        "heading": {"en": "Measures in place", "fr": "Mesures mises en œuvre"},
                        "body": {
                            "en": (
                                "<ul><li>A \u201cSkip to main content\u201d link at the top of every page</li>"
                                "<li>A clearly visible focus indicator for keyboard navigation</li>"
                                "<li>The language of each page is declared, so that screen readers use the right "
                                "pronunciation</li>"
                                "<li>Alternative text for images, written by our editors</li>"
                                "<li>Videos load only when you ask for them and come with a transcript where one is "
                                "available</li></ul>"
                            ),
                            "fr": (
                                "<ul><li>Un lien d'évitement « Aller au contenu principal » en haut de chaque "
                                "page</li>"
                                "<li>Un indicateur de focus bien visible pour la navigation au clavier</li>"
                                "<li>La langue de chaque page est déclarée, pour que les lecteurs d'écran adoptent "
                                "la bonne prononciation</li>"
                                "<li>Des alternatives textuelles aux images, rédigées par notre équipe "
                                "éditoriale</li>"
                                "<li>Des vidéos qui ne se chargent qu'à votre demande, accompagnées d'une "
                                "transcription lorsqu'elle existe</li></ul>"
                            ),
                        },
                    },
                    {
                        "heading": {"en": "How we check it", "fr": "Nos vérifications"},
                        "body": {
                            "en": (
                                "<p>Every type of page is checked automatically with the axe-core testing engine, "
                                "in English and in French, at both mobile and desktop screen widths. We also test "
                                "navigation using the keyboard alone.</p>"
                            ),
                            "fr": (
                                "<p>Chaque type de page est vérifié automatiquement avec le moteur de test axe-core, "
                                "en anglais et en français, sur des largeurs d'écran mobile et ordinateur. Nous "
                                "testons également la navigation au seul clavier.</p>"
                            ),
                        },
                    },
                    {
                        "heading": {"en": "Known limitations", "fr": "Limites connues"},
                        "body": {
                            "en": (
                                "<p>Documents published before the site launch may not all be accessible. Tell us "
                                "and we will provide an accessible version.</p>"
                            ),
                            "fr": (
                                "<p>Les documents publiés avant la mise en ligne du site ne sont peut-être pas tous "
                                "accessibles. Signalez-le-nous et nous vous en fournirons une version "
                                "accessible.</p>"
                            ),
                        },
                    },
                ],
            },
        ),
        ("heading", {"text": {"en": "Feedback and recourse", "fr": "Signalement et voies de recours"}}),
        (
            "paragraph",
            {
                "en": (
                    "<p>If you cannot access a piece of content or a service, write to us at "
                    '<a href="mailto:contact@efus.eu">contact@efus.eu</a>: we will help you and provide the '
                    "information in another form.</p>"
                    "<p>If you have reported a problem and not received a satisfactory answer, you may refer the "
                    "matter to the Défenseur des droits, the French independent rights authority, online, through "
                    'one of its local delegates or by post (<a href="https://www.defenseurdesdroits.fr">'
                    "www.defenseurdesdroits.fr</a>).</p>"
                ),
                "fr": (
                    "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous à "
                    '<a href="mailto:contact@efus.eu">contact@efus.eu</a> : nous vous aiderons et vous '
                    "transmettrons l'information sous une autre forme.</p>"
                    "<p>Si vous nous avez signalé un problème sans obtenir de réponse satisfaisante, vous pouvez "
                    "saisir le Défenseur des droits, en ligne, auprès de l'un de ses délégués ou par courrier "
                    '(<a href="https://www.defenseurdesdroits.fr">www.defenseurdesdroits.fr</a>).</p>'
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": {"en": "Report an accessibility problem", "fr": "Signaler un problème d'accessibilité"},
                "text": {
                    "en": (
                        "Tell us which page or document is affected and what difficulty you met; we will get back to "
                        "you."
                    ),
                    "fr": (
                        "Indiquez-nous la page ou le document concerné et la difficulté rencontrée : nous reviendrons "
                        "vers vous."
                    ),
                },
                "button": {"en": "Write to us", "fr": "Nous écrire"},
                "url": _CONTACT_EMAIL_URL,
            },
        ),
    ],
    "children": [],
}

LEGAL = [_LEGAL_NOTICE, _PRIVACY, _ACCESSIBILITY]
