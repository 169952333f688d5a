"""readme.description and purpose past a navigation sentence or an archive banner (issue 12, s39 fd39, reader rs39 at 38f8bcfa).

The files are written for these tests, in the shape of the real repositories named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str, extra: dict | None = None) -> dict:
    commits = [{"files": {"README.md": readme, "src/Main.java": "class Main {}\n", **(extra or {})}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - abes-esr/best-ppn-api, logskbart-api: the README opens on where the reader is among the project's READMEs ("Vous êtes sur le README
#   usager. Si vous souhaitez accéder au README développement, veuillez suivre ce lien : …"), taken as the description; the project's
#   own line follows, a short "<name> est une API permettant de :" or "API permettant de :" over the list of what it does.
NAV = ("Vous êtes sur le README usager. Si vous souhaitez accéder au README développement, veuillez suivre ce lien : "
       "[README-developpement](README-developpement.md)\n\n")
DEV = {"README-developpement.md": "# Développement\n\nNotes pour les développeurs.\n"}


def test_a_navigation_sentence_is_no_description(tmp_path):
    readme = ("# notices-api\n\n" + NAV + "notices-api est une API permettant de :\n1. lire des notices depuis un topic Kafka\n"
              "2. calculer leur identifiant\n\n## Traitement des notices\nLe traitement est automatique.\n")
    r = _readme(tmp_path, readme, DEV)
    assert r["description"]["line"] == 5 and r["description"]["text"].startswith("notices-api est une API permettant de : lire des notices"), r["description"]
    assert "purpose" in r["sections"]


def test_a_kind_doing_line_over_its_list_is_the_description(tmp_path):
    readme = "# journaux-api\n\n" + NAV + "API permettant de :\n1. récupérer les journaux de chargement\n2. les enregistrer en base\n\n## Service\nTexte.\n"
    r = _readme(tmp_path, readme, DEV)
    assert r["description"] == {"text": "API permettant de : récupérer les journaux de chargement ; les enregistrer en base", "line": 5, "first": True}, r["description"]


def test_near_miss_a_readme_saying_what_it_is_keeps_its_first_line(tmp_path):
    readme = ("# notices-api\n\nVous trouverez ici une API qui calcule les identifiants des notices reçues depuis un topic Kafka.\n\n"
              "## Service\nTexte.\n")
    r = _readme(tmp_path, readme)
    assert r["description"]["line"] == 3, r["description"]


def test_near_miss_a_short_line_announcing_a_layout_is_no_description(tmp_path):
    readme = "# outils\n\nLe dépôt est organisé comme suit :\n- src : le code\n- doc : la documentation\n"
    r = _readme(tmp_path, readme)
    assert r["description"] is None, r["description"]


# - geodatagouv/link-analyzer: "# ARCHIVED", "Replaced by [link-proxy](…)", then "# link-analyzer" and its tagline "Analyze links in your
#   (geo)data catalogs": the banner was taken as the title, the tagline (six words, under a second heading) was no description.
ARCHIVED = ("# ARCHIVED\n\nReplaced by [link-proxy](https://github.com/example/link-proxy)\n\n# link-checker\nCheck links in your data catalogs\n\n"
            "## Requirements\n\n* Node.js >= 6.0\n* MongoDB >= 2.6\n\n## License\n\nMIT\n")


def test_an_archive_banner_over_the_title_leaves_the_tagline(tmp_path):
    r = _readme(tmp_path, ARCHIVED)
    assert r["description"] == {"text": "Check links in your data catalogs", "line": 6, "first": True}, r["description"]
    assert "purpose" in r["sections"]


def test_near_miss_a_status_chapter_after_the_title_stays_a_notice(tmp_path):
    readme = "# link-checker\n\n# ARCHIVED\n\nReplaced by [link-proxy](https://github.com/example/link-proxy)\n\n## License\n\nMIT\n"
    r = _readme(tmp_path, readme)
    assert r["description"] is None, r["description"]
