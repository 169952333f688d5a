"""readme.description: with no lead paragraph, a module chapter's set-up note ("L'application a besoin d'un token …") or a module's own
description ("Le module d'onboarding contient …" under "#### Onboarding") is not the project's description (issue 12, s42 fq42, reader rw42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "landing", "private": true}\n', "src/index.js": "export const a = 1;\n",
                          ".env.example": "PHOTOS_TOKEN=\n"},
                "date": "2024-05-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme"])["facts"]["readme"]


# - SocialGouv/1000jours-blues: "# Landing page La Fabrique" then "## Developpement" (pnpm install), content and module chapters; under
#   "#### Instagram" the only sentence starting "L'application …" says the app needs a token: it was taken as the description.
def _landing(photos: str) -> str:
    return ("# Landing page Atelier\n\n## Developpement\n\n**Lancer le projet**\n```sh\npnpm install\npnpm dev\n```\n"
            "## Modifier vos contenus\n\nLe dossier `/config-yml` contient l'ensemble des contenus de la page.\n\n"
            "## Les modules\nLes modules sont des composants que vous pouvez activer en modifiant le champ `display`.\n\n"
            "#### <a name=\"module-news\">Actualités</a>\n\nLa propriété `articles` du fichier yml est une liste.\n\n"
            f"#### <a name=\"module-photos\">Photos</a>\n\n{photos}\n\n"
            "#### <a name=\"module-inscription\">Inscription</a>\n\n"
            "Le module d'inscription contient une page avec un formulaire personnalisable pour les visiteurs.\n\n"
            "## Contribuer\n\nDéveloppez les modules dans le dépôt du socle commun.\n")


def test_a_module_set_up_note_is_no_description(tmp_path):
    r = _readme(tmp_path, _landing("L'application a besoin d'un token de la galerie pour récupérer les photos et les afficher.\n"
                                   "Ajoutez `PHOTOS_TOKEN=votretoken` dans les secrets."))
    assert r["description"] is None, r["description"]


def test_near_miss_a_deep_sentence_saying_what_the_application_is_stays(tmp_path):
    r = _readme(tmp_path, _landing("L'application présente aux jeunes parents les ressources du service et les photos de ses ateliers."))
    assert r["description"] is not None and r["description"]["text"].startswith("L'application présente"), r["description"]
