"""README description: a line only telling to visit a site is no description (issue 12, s38 fr38, reader rt38 at b057159d).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _description(tmp_path, readme: str):
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "x", "private": true}\n'}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["description"]


# - SocialGouv/code-du-travail-numerique: under the title, two link bullets, "Consulter le [site internet …](https://…)" and "À propos
#   … : [https://…/a-propos](…)", then "## Contributions": an invitation to visit the site was taken as the description. A bullet saying
#   what the site is, a link in it, stays one.
def test_a_bullet_telling_to_visit_the_site_is_no_description(tmp_path):
    readme = ("# Code du droit numérique\n\n- Consulter le [site internet droit.exemple.fr](https://droit.exemple.fr)\n"
              "- À propos du code du droit numérique : [https://droit.exemple.fr/a-propos](https://droit.exemple.fr/a-propos)\n\n"
              "## Contributions\n\n- Pour remonter un problème, envoyez un email à [equipe@exemple.fr](mailto:equipe@exemple.fr).\n")
    d = _description(tmp_path, readme)
    assert d is None, d


def test_a_line_saying_what_the_site_is_stays_the_description(tmp_path):
    readme = ("# Code du droit numérique\n\n- Le [site droit.exemple.fr](https://droit.exemple.fr) répond aux questions des salariés sur leur contrat\n\n"
              "## Contributions\n\n- Pour remonter un problème, envoyez un email à [equipe@exemple.fr](mailto:equipe@exemple.fr).\n")
    d = _description(tmp_path, readme)
    assert d is not None and d["text"].startswith("Le site droit.exemple.fr"), d


def test_a_caption_with_a_sentence_after_its_link_stays_the_description(tmp_path):
    readme = ("# Code du droit numérique\n\nÀ propos : [le site](https://droit.exemple.fr) répond aux questions des salariés sur leur contrat de travail.\n\n"
              "## Contributions\n\nÉcrivez à [equipe@exemple.fr](mailto:equipe@exemple.fr).\n")
    d = _description(tmp_path, readme)
    assert d is not None and d["text"].startswith("À propos"), d


def test_a_caption_linking_the_about_page_is_the_purpose_when_no_description(tmp_path):
    readme = ("# Code du droit numérique\n\n- Consulter le [site internet droit.exemple.fr](https://droit.exemple.fr)\n"
              "- À propos du code du droit numérique : [https://droit.exemple.fr/a-propos](https://droit.exemple.fr/a-propos)\n\n"
              "## Contributions\n\n- Pour remonter un problème, envoyez un email à [equipe@exemple.fr](mailto:equipe@exemple.fr).\n")
    commits = [{"files": {"README.md": readme}, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    r = run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]
    assert r["description"] is None and "purpose" in r["sections"], r["section_details"]
