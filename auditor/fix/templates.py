"""The texts `auditor fix` writes, in French and English, filled with the project's names and contacts.

Everything the tool cannot know is marked with :data:`auditor.drafts.TODO`'s French or English half
(``À COMPLÉTER`` / ``TO COMPLETE``): a file still holding one is reported as a draft, never a pass.
"""

from __future__ import annotations

TODO = {"fr": "À COMPLÉTER", "en": "TO COMPLETE"}

# README sections: heading, then what to write under it (the readme fact recognises these headings)
README_SECTIONS = {
    "purpose": {
        "fr": ("Présentation", "En deux ou trois phrases : à quoi sert le service, pour qui (agents, habitants, élus), quel problème il résout "
                               "et sur quel territoire il est en service. Un lien vers le service en ligne ou une démonstration."),
        "en": ("About", "In two or three sentences: what the service does, for whom (staff, residents, elected officials), which problem it "
                        "solves and where it runs. A link to the live service or a demo."),
    },
    "install": {
        "fr": ("Installation", "Les prérequis (versions du langage, base de données, services externes), puis les commandes, dans l'ordre, "
                               "pour installer le service sur un poste ou un serveur neuf. Une autre collectivité doit pouvoir les suivre "
                               "sans aide."),
        "en": ("Installation", "The prerequisites (language versions, database, external services), then the commands, in order, to "
                               "install the service on a fresh machine or server. Another local government must be able to follow them "
                               "without help."),
    },
    "usage": {
        "fr": ("Utilisation", "Comment on se sert du service une fois installé : les écrans ou commandes principaux, un exemple de bout en "
                              "bout, le lien vers la documentation utilisateur."),
        "en": ("Usage", "How to use the service once installed: the main screens or commands, an end-to-end example, a link to the "
                        "user documentation."),
    },
    "configuration": {
        "fr": ("Configuration", "Chaque réglage (variable d'environnement, fichier) : son rôle, sa valeur par défaut, s'il est obligatoire. "
                                "Renvoyez vers le fichier .env.example."),
        "en": ("Configuration", "Every setting (environment variable, file): what it does, its default, whether it is required. Point "
                                "to the .env.example file."),
    },
    "deployment": {
        "fr": ("Déploiement", "Comment mettre le service en production : hébergement conseillé, conteneurs ou paquets, sauvegardes, mises "
                              "à jour, supervision."),
        "en": ("Deployment", "How to run the service in production: recommended hosting, containers or packages, backups, upgrades, "
                             "monitoring."),
    },
    "contributing": {
        "fr": ("Contribuer", "Comment signaler un problème, proposer une modification et faire tourner les tests ; renvoyez vers "
                             "CONTRIBUTING.md."),
        "en": ("Contributing", "How to report a problem, propose a change and run the tests; point to CONTRIBUTING.md."),
    },
    "license": {
        "fr": ("Licence", "La licence du code (son identifiant SPDX, le fichier LICENSE) et, s'il y a lieu, celle de la documentation "
                          "et des données."),
        "en": ("License", "The code's license (its SPDX identifier, the LICENSE file) and, where relevant, that of the documentation "
                          "and data."),
    },
    "contact": {
        "fr": ("Contact", "Qui maintient le projet, comment le joindre (adresse de l'équipe, pas une adresse personnelle) et où poser "
                          "une question."),
        "en": ("Contact", "Who maintains the project, how to reach them (a team address, not a personal one) and where to ask a "
                          "question."),
    },
}


def readme(name: str, lang: str, sections: list[str], owner: str | None, license_id: str | None) -> str:
    """A README skeleton: the title, then each section's heading with what to write under it."""
    todo = TODO[lang]
    intro = {"fr": f"{todo} : une phrase qui dit à quoi sert {name} et pour qui.",
             "en": f"{todo}: one sentence saying what {name} does and for whom."}[lang]
    out = [f"# {name}", "", intro, ""]
    for key in sections:
        heading, what = README_SECTIONS[key][lang]
        out += [f"## {heading}", "", f"{todo} : {what}" if lang == "fr" else f"{todo}: {what}", ""]
        if key == "license" and license_id:
            out += [{"fr": f"Ce code est publié sous la licence {license_id} (voir le fichier LICENSE).",
                     "en": f"This code is published under the {license_id} license (see the LICENSE file)."}[lang], ""]
        if key == "contact" and owner:
            out += [{"fr": f"Projet porté par {owner}.", "en": f"Project carried by {owner}."}[lang], ""]
    return "\n".join(out)


def readme_sections(name: str, lang: str, sections: list[str]) -> str:
    """The missing sections, in a new file beside the README (never written into it)."""
    todo = TODO[lang]
    head = {"fr": [f"# Rubriques à ajouter au README de {name}", "",
                   "Fichier proposé par `auditor fix` : le README existant n'est jamais modifié. Copiez chaque rubrique à sa place dans "
                   f"le README, remplacez « {todo} » par le texte du projet, puis supprimez ce fichier.", ""],
            "en": [f"# Sections to add to the README of {name}", "",
                   "File proposed by `auditor fix`: the existing README is never changed. Copy each section to its place in the README, "
                   f"replace '{todo}' with the project's text, then delete this file.", ""]}[lang]
    out = list(head)
    for key in sections:
        heading, what = README_SECTIONS[key][lang]
        out += [f"## {heading}", "", f"{todo} : {what}" if lang == "fr" else f"{todo}: {what}", ""]
    return "\n".join(out)


def contributing(name: str, lang: str, contact: str | None, issues_url: str | None, test_command: str | None) -> str:
    todo = TODO[lang]
    where = issues_url or (f"{todo} : l'adresse du suivi des tickets" if lang == "fr" else f"{todo}: the issue tracker's address")
    tests = test_command or (f"{todo} : la commande qui lance les tests" if lang == "fr" else f"{todo}: the command that runs the tests")
    mail = contact or (f"{todo} : l'adresse de l'équipe" if lang == "fr" else f"{todo}: the team's address")
    if lang == "fr":
        return "\n".join([
            f"# Contribuer à {name}", "",
            f"Merci de votre intérêt pour {name} ! Les contributions des agents, des collectivités et des prestataires sont bienvenues.", "",
            "## Signaler un problème ou proposer une idée", "",
            f"Ouvrez un ticket : {where}. Décrivez ce que vous faisiez, ce que vous attendiez et ce qui s'est passé ; joignez une capture "
            "ou un extrait de journal sans donnée personnelle.", "",
            "## Proposer une modification", "",
            "1. Créez une branche à partir de la branche principale.",
            "2. Faites des commits courts dont le message dit quoi et pourquoi.",
            f"3. Lancez les tests : `{tests}`.",
            "4. Ouvrez une demande de fusion (pull/merge request) qui explique le besoin ; une personne de l'équipe la relit.", "",
            "## Licence des contributions", "",
            "En contribuant, vous acceptez que votre contribution soit publiée sous la licence du projet (fichier LICENSE).", "",
            "## Contact", "",
            f"{mail}", ""])
    return "\n".join([
        f"# Contributing to {name}", "",
        f"Thank you for your interest in {name}! Contributions from public servants, local governments and contractors are welcome.", "",
        "## Report a problem or suggest an idea", "",
        f"Open an issue: {where}. Say what you were doing, what you expected and what happened; attach a screenshot or a log "
        "extract without personal data.", "",
        "## Propose a change", "",
        "1. Create a branch from the main branch.",
        "2. Make small commits whose message says what and why.",
        f"3. Run the tests: `{tests}`.",
        "4. Open a pull/merge request that explains the need; someone from the team reviews it.", "",
        "## License of contributions", "",
        "By contributing, you agree that your contribution is published under the project's license (LICENSE file).", "",
        "## Contact", "",
        f"{mail}", ""])


def security(name: str, lang: str, contact: str | None) -> str:
    todo = TODO[lang]
    mail = contact or (f"{todo} : une adresse d'équipe dédiée à la sécurité" if lang == "fr" else f"{todo}: a team address for security reports")
    if lang == "fr":
        return "\n".join([
            f"# Sécurité de {name}", "",
            "## Signaler une vulnérabilité", "",
            f"N'ouvrez pas de ticket public. Écrivez à : {mail}.", "",
            "Indiquez la version ou le commit concerné, comment reproduire le problème et son impact. Nous accusons réception sous "
            f"{todo} jours ouvrés et vous tenons informé jusqu'à la correction.", "",
            "## Versions maintenues", "",
            f"{todo} : les versions qui reçoivent des correctifs de sécurité.", "",
            "## Divulgation", "",
            "Nous publions un avis une fois le correctif disponible et remercions, s'ils le souhaitent, les personnes qui ont signalé "
            "le problème.", ""])
    return "\n".join([
        f"# Security of {name}", "",
        "## Reporting a vulnerability", "",
        f"Do not open a public issue. Write to: {mail}.", "",
        f"Give the affected version or commit, how to reproduce the problem and its impact. We acknowledge within {todo} working "
        "days and keep you informed until it is fixed.", "",
        "## Supported versions", "",
        f"{todo}: the versions that receive security fixes.", "",
        "## Disclosure", "",
        "We publish an advisory once the fix is available and thank the reporters, if they wish.", ""])


def code_of_conduct(name: str, lang: str, contact: str | None) -> str:
    todo = TODO[lang]
    mail = contact or (f"{todo} : l'adresse de l'équipe" if lang == "fr" else f"{todo}: the team's address")
    if lang == "fr":
        return "\n".join([
            f"# Code de conduite de {name}", "",
            "## Notre engagement", "",
            "Nous voulons que la participation à ce projet soit une expérience respectueuse et sans harcèlement pour toutes et tous, "
            "quels que soient l'âge, le handicap, l'origine, l'identité de genre, l'expérience, la religion ou l'orientation sexuelle.", "",
            "## Ce que nous attendons", "",
            "- un langage bienveillant et inclusif ;",
            "- le respect des points de vue et des expériences différentes ;",
            "- des critiques constructives, adressées aux idées et non aux personnes ;",
            "- l'attention à ce qui est le mieux pour la communauté des utilisateurs du service.", "",
            "## Ce qui n'est pas accepté", "",
            "Les propos ou images dégradants, le harcèlement public ou privé, la publication d'informations personnelles d'autrui sans "
            "son accord, et tout comportement inapproprié dans un cadre professionnel.", "",
            "## Signalement", "",
            f"Signalez tout comportement inacceptable à : {mail}. Les signalements sont traités avec confidentialité.", "",
            "Ce code s'inspire du Contributor Covenant 2.1 (https://www.contributor-covenant.org/fr/version/2/1/code_of_conduct/).", ""])
    return "\n".join([
        f"# Code of conduct of {name}", "",
        "## Our pledge", "",
        "We want taking part in this project to be a respectful, harassment-free experience for everyone, regardless of age, "
        "disability, ethnicity, gender identity, experience, religion or sexual orientation.", "",
        "## What we expect", "",
        "- welcoming and inclusive language;",
        "- respect for differing viewpoints and experiences;",
        "- constructive criticism, aimed at ideas and not at people;",
        "- attention to what is best for the community of the service's users.", "",
        "## What is not accepted", "",
        "Demeaning language or imagery, public or private harassment, publishing others' private information without their "
        "consent, and any conduct inappropriate in a professional setting.", "",
        "## Reporting", "",
        f"Report unacceptable behaviour to: {mail}. Reports are handled confidentially.", "",
        "This code is inspired by the Contributor Covenant 2.1 (https://www.contributor-covenant.org/version/2/1/code_of_conduct/).", ""])


def env_example(lang: str, variables: list[tuple[str, str | None]]) -> str:
    """``.env.example``: each setting the code reads, with where it is read and an empty example value."""
    todo = TODO[lang]
    head = {"fr": ["# Réglages lus par le code (proposé par `auditor fix`). Copiez ce fichier en .env et donnez une valeur à chaque ligne.",
                   "# Ne versionnez jamais le .env rempli : il contient des secrets.", ""],
            "en": ["# Settings the code reads (proposed by `auditor fix`). Copy this file to .env and give every line a value.",
                   "# Never commit the filled .env: it holds secrets.", ""]}[lang]
    out = list(head)
    for var, where in variables:
        what = {"fr": f"# {todo} : rôle, valeur par défaut, obligatoire ou non.", "en": f"# {todo}: purpose, default, required or not."}[lang]
        out.append(what + (f" ({where})" if where else ""))
        out.append(f"{var}=")
        out.append("")
    return "\n".join(out)


def auditor_yml(lang: str, sponsor_type: str | None, sponsor_name: str | None) -> str:
    """A valid ``.auditor.yml`` skeleton: every declaration commented out, with what to put there."""
    fr = lang == "fr"
    lines = [
        "# Déclarations du projet pour readiness-auditor (schéma : `auditor declarations schema`)." if fr else
        "# The project's declarations for readiness-auditor (schema: `auditor declarations schema`).",
        "# Décommentez et remplissez ce qui s'applique ; l'outil montre chaque déclaration à côté de ce qu'il a vérifié." if fr else
        "# Uncomment and fill what applies; the tool shows each declaration beside what it verified.",
        "# Ce que publiccode.yml sait dire (usedBy, maintenance.contacts, documentation) se déclare de préférence dans publiccode.yml." if fr else
        "# What publiccode.yml can say (usedBy, maintenance.contacts, documentation) is better declared in publiccode.yml.",
        "version: 1",
        "",
    ]
    if sponsor_type:
        lines += ["sponsor:", f"  type: {sponsor_type}"] + ([f"  name: {_yaml_str(sponsor_name)}"] if sponsor_name else []) + [""]
    else:
        lines += ["# sponsor:", "#   type: local-authority   # state, local-authority, opsn, association, company",
                  "#   name: " + ("Ville de …" if fr else "City of …"), ""]
    lines += [
        "# instances:            # " + ("instances publiques en production" if fr else "public production instances"),
        "#   - url: https://…",
        "#     territory: …",
        "#     operator: …",
        "# reusers:              # " + ("collectivités qui réutilisent le code" if fr else "organisations that reuse the code"),
        "#   - name: …",
        "# statements:",
        "#   accessibility: {url: https://…, level: partial, rate: 75, date: 2025-01-31}",
        "#   ecodesign: {url: https://…, score: 60, date: 2025-01-31}",
        "#   privacy: {url: https://…}",
        "# links: {documentation: https://…, api: https://…, demo: https://…, impact: https://…}",
        "# maintainers:",
        "#   - {name: …, organisation: …, email: equipe@…, funded_by: …}",
        "# exceptions:           # " + ("n'effacent jamais un constat ; expirées, elles sont signalées" if fr else
                                        "never hide a finding; expired ones are reported"),
        "#   - {check: reusability.secrets, path: tests/fixtures/*.env, reason: …, by: …, until: 2026-12-31}",
        "",
    ]
    return "\n".join(lines)


def _yaml_str(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
