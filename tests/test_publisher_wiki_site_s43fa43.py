"""documentation.docs: a README link to the publishers' own wiki, kept on their own host, is the project's documentation site (issue 12,
s43 fa43 = reader ra43 on cbn-alpin/sinp-aura-data).

A botanical conservatory's data-integration scripts sent their readers to "[des outils et commandes utiles pour l'import]
(https://wiki-sinp.<its domain>/database/utilitaires-imports) … dans le wiki SINP", on the domain its committers write from; only a
link labelled "documentation" or the forge's own wiki counted as a documentation site (fail 2.35, "missing: documentation site").
A wiki's address (wiki host, /wiki/ path) or a link the sentence calls a wiki, under a domain the committers write from (or naming
the repository or its owner), is now the documentation site.
Near misses: a Wikipedia article ("voir l'article du wiki…", /wiki/ path) and another organisation's wiki (wiki.openstreetmap.org)
are not.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

AUTHOR = ("Jeanne Botaniste", "jeanne.botaniste@cbn-montagne.fr")


def _audit(tmp_path, link: str) -> tuple[dict, dict]:
    readme = ("# flore-data\nScripts d'intégration des données pour la plateforme régionale.\n\n## Outils et commandes utiles\n\n"
              "Lors de l'intégration des données, il peut être nécessaire de corriger les fichiers CSV reçus.\n\n"
              f"L'ensemble [des outils et commandes utiles pour l'import]({link}) sont disponibles dans le wiki.\n")
    files = {"README.md": readme, "import/bin/import.sh": "#!/bin/bash\n# Import the archive.\npsql -f import.sql\n",
             "import/README.md": "# Import\n\n## Installation\n\nCopier `config/settings.sample.ini` en `config/settings.ini`, puis lancer "
                                 "`bin/import.sh`.\n",
             "import/config/settings.sample.ini": "db_name=flore\n", "import/data/import.sql": "SELECT 1;\n"}
    commits = [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial", "author": AUTHOR},
               {"files": {"import/bin/import.sh": files["import/bin/import.sh"] + "echo done\n"}, "date": "2026-03-05T10:00:00Z",
                "message": "done", "author": AUTHOR}]
    report = run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.docs"])
    return report["facts"]["docs"], results(report)["documentation.docs"]


def test_the_publishers_own_wiki_is_the_documentation_site(tmp_path):
    docs, r = _audit(tmp_path, "https://wiki-flore.cbn-montagne.fr/database/utilitaires-imports")
    assert [s.get("url") for s in docs["site"]] == ["https://wiki-flore.cbn-montagne.fr/database/utilitaires-imports"], docs["site"]
    assert "documentation site" in r["message"]["en"].split("missing")[0], r["message"]["en"]


def test_a_wikipedia_article_is_no_documentation_site(tmp_path):
    docs, r = _audit(tmp_path, "https://fr.wikipedia.org/wiki/Conservatoire_botanique_national")
    assert docs["site"] == [], docs["site"]
    assert "documentation site" in r["message"]["en"].split("missing")[1], r["message"]["en"]


def test_another_organisations_wiki_is_no_documentation_site(tmp_path):
    docs, _ = _audit(tmp_path, "https://wiki.openstreetmap.org/wiki/Import/Guidelines")
    assert docs["site"] == [], docs["site"]
