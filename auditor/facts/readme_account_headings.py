"""README headings over the account or the secrets a project is run with: its settings, not its installation (readme_headings)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# the account on another service that a plugin or a connector is given (a Lutece plugin's "## Account Setup": the media server's
# URL, account and credentials, entered in the back office once the plugin is installed): its settings, not its installation
ACCOUNT_SETUP = lazy_compile(r"(?:\d+ )*(?:(?:\w+ )?(?:account|accounts|credentials|api key|api keys|compte|comptes|identifiants)(?: \w+)? (?:setup|set up)"
                              r"|(?:setup|set up|mise en place) (?:of |du |des |de l |de la |d |de )?(?:the |your |votre |vos |la |les |l )?(?:\w+ )?(?:account|accounts|compte|comptes|credentials|identifiants"
                              # (the key or secret the service is called with, a numbered step under Installation: "### 3. Set up Groq
                              # API Key:" over .streamlit/secrets.toml's GROQ_API_KEY — the project's one setting, s41 fa41)
                              r"|api key|api keys|api token|api tokens|secret|secrets|cle d api|cles d api|cle api|cles api))")
# a heading that is only the secrets to give ("Secrets", "Credentials", "Clé d'API"): the settings the project is run with
SECRETS_ALONE = lazy_compile(r"(?:\d+ )*(?:secrets|credentials|identifiants|cle d api|cles d api|cle api|cles api|api credentials)")


# A heading over the plan of the work ("Étapes de développement" over "1. Création du schéma, 2. Développement du plugin, 3. Tests",
# "Development roadmap", "Phases of development"): the stages the project is to go through, no set-up to follow (issue 12, s46 fi46 =
# welleadama/D-veloppement-Plugin-QGIS-Suivi-des-Travaux-Communaux)
DEV_PLAN = lazy_compile(r"\b(?:etapes?|phases?|plan|planning|calendrier|jalons?|feuille de route|roadmap|stages?|milestones?|timeline) "
                        r"(?:de |du |d |of )(?:the |la |l )?(?:developpement|development)\b"
                        r"|\b(?:developpement|development) (?:plan|planning|roadmap|phases?|stages?|milestones?|timeline|schedule)\b")
