"""The governance page of the demo site: its text; the lists on it come from the member records."""

GOVERNANCE = {
    "slug": {
        "en": "governance",
        "fr": "gouvernance",
        "de": "gremien",
        "it": "governance",
        "es": "gobernanza",
        "pt": "governacao",
    },
    "title": {
        "en": "Governance",
        "fr": "Gouvernance",
        "de": "Organisation und Gremien",
        "it": "Governance",
        "es": "Gobernanza",
        "pt": "Governação",
    },
    "intro": {
        "en": (
            "Efus is run by and for its members: its governing bodies reflect the diversity of the local and "
            "regional authorities that make up the network."
        ),
        "fr": (
            "L'Efus est gouverné par et pour ses membres : ses instances reflètent la diversité des collectivités "
            "locales et régionales qui composent le réseau."
        ),
        "de": (
            "Das Efus wird von seinen Mitgliedern und für seine Mitglieder geführt: Seine Gremien spiegeln die "
            "Vielfalt der Kommunen und Regionen im Netzwerk wider."
        ),
        "it": (
            "L'Efus è guidato dai suoi membri e per i suoi membri: i suoi organi rispecchiano la diversità degli "
            "enti locali e regionali che compongono la rete."
        ),
        "es": (
            "Efus está dirigido por y para sus miembros: sus órganos de gobierno reflejan la diversidad de las "
            "autoridades locales y regionales que forman la red."
        ),
        "pt": (
            "O Efus é dirigido pelos seus membros e para os seus membros: os seus órgãos refletem a diversidade das "
            "autoridades locais e regionais que compõem a rede."
        ),
    },
    "seo_description": {
        "en": (
            "How Efus is governed: General Assembly, Executive Committee of 33 local authorities, six national "
            "forums, President Willy Demeyer, team in Paris."
        ),
        "fr": (
            "La gouvernance de l'Efus : Assemblée générale, Comité exécutif de 33 collectivités, six forums "
            "nationaux, le président Willy Demeyer, une équipe à Paris."
        ),
        "de": (
            "So ist das Efus organisiert: Generalversammlung, Exekutivkomitee mit 33 Kommunen, sechs nationale "
            "Foren, Präsident Willy Demeyer, Team in Paris."
        ),
        "it": (
            "La governance dell'Efus: Assemblea generale, Comitato esecutivo di 33 enti locali, sei forum "
            "nazionali, il presidente Willy Demeyer, un team a Parigi."
        ),
        "es": (
            "Gobernanza de Efus: Asamblea General, Comité Ejecutivo de 33 autoridades locales, seis foros "
            "nacionales, el presidente Willy Demeyer y un equipo en París."
        ),
        "pt": (
            "A governação do Efus: Assembleia Geral, Comité Executivo de 33 autoridades locais, seis fóruns "
            "nacionais, o presidente Willy Demeyer e uma equipa em Paris."
        ),
    },
    "body": [
        (
            "paragraph",
            {
                "en": (
                    "<p>Efus is an association run by its members. The General Assembly, which brings all of them "
                    "together, meets once a year. The Executive Committee is made up of 33 local authorities, the "
                    "elected President and six national forums. Day-to-day work is handled by a multilingual technical "
                    "team in Paris.</p>"
                ),
                "fr": (
                    "<p>L'Efus est une association dirigée par ses membres. L'Assemblée générale, qui les réunit "
                    "tous, se tient une fois par an. Le Comité exécutif rassemble 33 collectivités locales, le "
                    "président élu et six forums nationaux. Une équipe technique multilingue, basée à Paris, gère "
                    "et coordonne les activités au quotidien.</p>"
                ),
                "de": (
                    "<p>Das Efus ist ein Verein, der von seinen Mitgliedern getragen wird. Die Generalversammlung "
                    "aller Mitglieder tritt einmal im Jahr zusammen. Dem Exekutivkomitee gehören 33 Kommunen, der "
                    "gewählte Präsident und sechs nationale Foren an. Ein mehrsprachiges Fachteam mit Sitz in "
                    "Paris leitet und koordiniert die laufenden Aktivitäten.</p>"
                ),
                "it": (
                    "<p>L'Efus è un'associazione guidata dai propri membri. L'Assemblea generale, che li riunisce "
                    "tutti, si tiene una volta l'anno. Il Comitato esecutivo è composto da 33 enti locali, dal "
                    "presidente eletto e da sei forum nazionali. Un team tecnico multilingue con sede a Parigi "
                    "gestisce e coordina le attività quotidiane.</p>"
                ),
                "es": (
                    "<p>Efus es una asociación dirigida por sus miembros. La Asamblea General, que los reúne a "
                    "todos, se celebra una vez al año. El Comité Ejecutivo está formado por 33 autoridades locales, "
                    "el presidente electo y seis foros nacionales. Un equipo técnico multilingüe con sede en París "
                    "gestiona y coordina las actividades diarias.</p>"
                ),
                "pt": (
                    "<p>O Efus é uma associação dirigida pelos seus membros. A Assembleia Geral, que os reúne a "
                    "todos, realiza-se uma vez por ano. O Comité Executivo é composto por 33 autoridades locais, "
                    "pelo presidente eleito e por seis fóruns nacionais. Uma equipa técnica multilingue sediada em "
                    "Paris gere e coordena as atividades do dia a dia.</p>"
                ),
            },
        ),
    ],
}
