"""The ``readme`` fact: parsing (Markdown, reStructuredText, AsciiDoc), sections, language, signals, templates."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme import analyse

FR_INTRO = ("Compost Quartier aide les communes à organiser le compostage partagé : inscription des foyers, suivi des "
            "bacs, collecte des apports et bilan des déchets évités pour le rapport annuel de la collectivité.")
EN_INTRO = ("Compost Quartier helps towns run shared composting: households sign up, bins are tracked, deposits are "
            "logged and the waste avoided is reported for the local government's annual report.")


def test_markdown_headings_setext_html_and_code_blocks():
    md = f"""<h1 align="center">Compost Quartier</h1>

{FR_INTRO}

Installation
------------

```
## Licence
# Déploiement
```

    ## Contact (indented code, not a heading)

<h2>Utilisation</h2>

Lancez `make run`.
"""
    info = analyse(md, "README.md")
    assert info["sections"] == ["purpose", "install", "usage"]
    heads = {h["text"]: h["line"] for h in info["headings"]}
    assert heads == {"Compost Quartier": 1, "Installation": 5, "Utilisation": 15}
    assert "license" not in info["sections"] and "deployment" not in info["sections"] and "contact" not in info["sections"]


def test_sections_by_heading_synonyms_in_french_and_english():
    md = f"""# Projet\n\n{FR_INTRO}\n\n## Pré-requis\n\nx\n\n## Mode d'emploi\n\nx\n\n## Variables d'environnement\n\nx\n
## Mise en production\n\nx\n\n## Comment contribuer ?\n\nx\n\n## License\n\nEUPL-1.2\n\n## Nous contacter\n\nx\n"""  # (a licence chapter names one)
    info = analyse(md, "README.md")
    assert info["sections"] == ["purpose", "install", "usage", "configuration", "deployment", "contributing", "license", "contact"]
    assert all(d["via"] == "heading" for d in info["section_details"] if d["name"] != "purpose")


def test_sections_by_explicit_sentence_but_not_by_badge():
    md = f"""# Projet

[![licence](https://img.shields.io/badge/licence-MIT-green)](LICENSE) [![contribuer](https://img.shields.io/badge/contributions-bienvenues-blue)](CONTRIBUTING.md)

{FR_INTRO}

Installation : voir [le guide](docs/INSTALL.md).
"""
    info = analyse(md, "README.md")
    assert "install" in info["sections"]
    det = next(d for d in info["section_details"] if d["name"] == "install")
    assert det["via"] == "sentence" and det["line"] == 7
    assert "license" not in info["sections"] and "contributing" not in info["sections"]
    md2 = md + "\nCe logiciel est distribué sous licence EUPL-1.2.\n\nPour contribuer, lisez CONTRIBUTING.md.\n"
    info2 = analyse(md2, "README.md")
    assert {"license", "contributing"} <= set(info2["sections"])


def test_language_french_english_and_bilingual():
    assert analyse(f"# P\n\n{FR_INTRO}\n", "README.md")["language"] == "fr"
    assert analyse(f"# P\n\n{EN_INTRO}\n", "README.md")["language"] == "en"
    both = analyse(f"# P\n\n{FR_INTRO}\n\n## English\n\n{EN_INTRO}\n", "README.md")
    assert both["language"] == ["fr", "en"]
    assert analyse("# P\n\n`npm install`\n", "README.md")["language"] is None


def test_signals_issue_tracker_demo_and_openness_badge():
    md = f"""# P

![code.gouv.fr](https://img.shields.io/badge/code.gouv.fr-ouvert-blue)

{FR_INTRO}

Le service est en ligne sur [compost.agglo-exemple.fr](https://compost.agglo-exemple.fr). Signalez un problème dans
[les tickets](https://gitlab.com/agglo/compost/-/issues).
"""
    info = analyse(md, "README.md")
    assert info["openness_badge"]["level"] == "ouvert" and info["openness_badge"]["line"] == 3
    assert info["issue_tracker"]["url"] == "https://gitlab.com/agglo/compost/-/issues"
    assert info["demo"]["url"] == "https://compost.agglo-exemple.fr"
    none = analyse(f"# P\n\n{FR_INTRO}\n", "README.md")
    assert none["issue_tracker"] is None and none["demo"] is None and none["openness_badge"] is None


def test_description_first_or_not():
    first = analyse(f"# P\n\n{FR_INTRO}\n\n## Installation\n\nx\n", "README.md")["description"]
    assert first["first"] and first["line"] == 3
    late = analyse(f"# Compost Quartier\n\n## Installation\n\n`npm i`\n\n## Notes\n\n{FR_INTRO}\n", "README.md")["description"]  # (after the install, a chapter on the project by its name)
    assert late is not None and not late["first"]


def test_templates_detected():
    cra = ("# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App]"
           "(https://github.com/facebook/create-react-app).\n\n## Available Scripts\n\nIn the project directory, you can run:\n")
    assert analyse(cra, "README.md")["template"]["framework"] == "create-react-app"
    rails = "# README\n\nThis README would normally document whatever steps are necessary to get the\napplication up and running.\n"
    assert analyse(rails, "README.md")["template"]["framework"] == "rails"
    vite = "# React + TypeScript + Vite\n\nThis template provides a minimal setup to get React working in Vite with HMR.\n"
    assert analyse(vite, "README.md")["template"]["framework"] == "vite"
    assert analyse(f"# P\n\n{FR_INTRO}\n", "README.md")["template"] is None


def test_restructuredtext_and_asciidoc():
    rst = f"""Compost Quartier
================

{FR_INTRO}

.. code-block:: text

   Licence
   =======

Installation
------------

Voir la documentation.

.. include:: /etc/passwd
"""
    info = analyse(rst, "README.rst")
    assert info["format"] == "rst"
    assert "install" in info["sections"] and "license" not in info["sections"]
    assert any(h["text"] == "Installation" and h["line"] == 11 for h in info["headings"])
    adoc = f"""= Compost Quartier

{FR_INTRO}

== Déploiement

----
== Licence
----

== Contact

Écrire à l'équipe.
"""
    info = analyse(adoc, "README.adoc")  # (a heading left empty gives no section: the Contact chapter says something)
    assert info["sections"] == ["purpose", "deployment", "contact"]


def test_fact_in_report_from_real_repository(repo, tmp_path):
    path = repo([{"files": {"README.md": f"# Compost\n\n{FR_INTRO}\n\n## Installation\n\n`make`\n"}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    fact = report["facts"]["readme"]
    assert fact["path"] == "README.md" and fact["language"] == "fr" and fact["sections"] == ["purpose", "install"]


def test_bare_urls_and_hosts_count_as_service_links():
    md = f"# Compost\n\n{FR_INTRO}\n\nEn savoir plus sur https://compost.agglo-exemple.fr/ et les tickets https://forge.example.org/agglo/compost/-/issues\n"
    info = analyse(md, "README.md")
    assert info["demo"]["url"] == "https://compost.agglo-exemple.fr/"  # (a host named after the project: its site)
    assert analyse(md.replace("# Compost", "# P"), "README.md")["demo"] is None  # (any other link no word calls a site: not claimed)
    assert info["issue_tracker"]["url"].endswith("/-/issues")
    host = analyse(f"# P\n\nCe dépôt contient le code du site compost.agglo-exemple.fr.\n\n{FR_INTRO}\n", "README.md")
    assert host["demo"] == {"url": "https://compost.agglo-exemple.fr", "line": 3}


def test_topic_words_in_passing_do_not_make_a_section():
    md = (f"# P\n\n{FR_INTRO}\n\nLes données sont dans [Airtable](https://airtable.com), l'email et le mot de passe sont "
          "partagés par l'équipe. [GitGuardian](https://www.gitguardian.com) est configuré sur l'organisation et vérifie "
          "chaque commit pour éviter les fuites de secrets dans l'historique public du dépôt de la collectivité.\n")
    info = analyse(md, "README.md")
    assert "contact" not in info["sections"] and "configuration" not in info["sections"]
    assert "contact" in analyse(md + "\nPour toute question, écrivez à compost@agglo-exemple.fr.\n", "README.md")["sections"]


def test_subtitle_heading_keeps_description_first_and_documentation_points_to_usage():
    md = (f"# Compost\n\n## Un outil pour les communes\n\n{FR_INTRO}\n\n## Documentation\n\nLa documentation est "
          "[en ligne](https://agglo.github.io/compost/).\n\n## Discuter avec nous\n\nRejoignez le salon.\n")
    info = analyse(md, "README.md")
    assert info["description"]["first"] is True
    assert {"purpose", "usage", "contact"} <= set(info["sections"])


def test_badge_alt_texts_never_make_a_section():
    """Badges whose alternative text names a topic ("License", "PRs Welcome") are not sections."""
    from auditor.facts.readme import analyse

    text = ('<p align="center">\n  <a href="http://makeapullrequest.com"><img alt="PRs Welcome" src="https://img.shields.io/badge/PRs-welcome-green.svg"/></a>\n'
            '  <img alt="GitHub commit activity" src="https://img.shields.io/github/commit-activity/m/o/r"/>\n'
            '  <a href="https://example.org/LICENSE"><img alt="License MIT contact us" src="https://img.shields.io/github/license/o/r"/></a>\n</p>\n\n'
            "[![Licence: EUPL](https://img.shields.io/badge/licence-EUPL-blue)](LICENSE)\n\n"
            "# Outil\n\nUn outil qui aide les communes à suivre leur plan climat et leurs actions de transition.\n")
    facts = analyse(text, "README.md")
    assert "license" not in facts["sections"] and "contributing" not in facts["sections"] and "contact" not in facts["sections"]


def test_a_sentence_pointing_to_the_guide_for_installing_and_configuring_gives_both_sections():
    """Shaped like sigrennesmetropole/api-3D: 'La documentation utile pour installer et paramétrer la solution est sur le WIKI : <url>'."""
    md = (f"# api\n\n{FR_INTRO}\n\nLa documentation utile pour installer et paramétrer la solution est accessible sur le WIKI : "
          "https://github.com/exemple/api/wiki\n")
    assert {"install", "configuration"} <= set(analyse(md, "README.md")["sections"])
    plain = f"# api\n\n{FR_INTRO}\n\nPour installer la solution, voir le WIKI : https://github.com/exemple/api/wiki\n"
    assert "configuration" not in analyse(plain, "README.md")["sections"]
