"""scaling.hosting (issue 12, session 27 fixer e27 = measure 17 reader o4): names read as loaded resources.

A Next.js application of the State (MTES-MCT/fonds-prevention-argile) failed with "loads files or code from a person's or third
party's account (maisons-sans-fissures.vercel.app, src/shared/domain/partners/partners.ts:36)": that line is
``referrerHost: "maisons-sans-fissures.vercel.app"``, the site a partner's visitors come from, compared with their referrer. Its
privacy page's content.json named cnil.fr inside a sentence ("… élaboré par la CNIL ici : https://www.cnil.fr/…") and its processors'
contracts as ``"lien": "https://scalingo.com/…"``. A Python SDK (Geoplateforme/sdk-entrepot) had its organisation's documentation
site, pyproject.toml's ``Documentation =`` and a mkdocs.yml nav link, read as loaded from an account; a Django application
(MTES-MCT/sparte) its django-csp ``CSP_CONNECT_SRC = [ … ]`` entries, and a Next.js one (betagouv/france-chaleur-urbaine) a CSP
source with a path and a trailing comment ('https://www.ssa.gov/accessibility/', // …). None is loaded. A fetch of the same
hosts, a "lien" naming an API, a dependency given by its address and mkdocs' extra_javascript are loaded: they stay."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PARTNERS = ("export const PARTNERS = {\n  maif: {\n    referrerHost: \"auxalentours.partenaire.fr\",\n    label: \"Partenaire\",\n  },\n"
            "  \"maisons\": {\n    referrerHost: \"maisons-durandal.vercel.app\",\n    label: \"Maisons (test)\",\n  },\n} as const;\n\n"
            "export function partnerOf(referrer: string) {\n  return Object.keys(PARTNERS).find((k) => referrer.includes(PARTNERS[k].referrerHost));\n}\n")
CONTENT = ('{\n  "droits": [\n    "Pour vous aider dans votre démarche, vous trouverez un modèle de courrier élaboré par la CNIL ici : '
           'https://www.cnil.fr/fr/modele/courrier/exercer-son-droit-dacces"\n  ],\n  "sous_traitants": [\n    {\n      "title": "Hébergeur",\n'
           '      "traitement": "Hébergement des données",\n      "lien": "https://www.hebergeur-durandal.com/fr/contrat-traitements.pdf"\n    }\n  ]\n}\n')
PYPROJECT = ('[project]\nname = "outil-entrepot"\nversion = "0.1.0"\ndependencies = ["requests"]\n\n[project.urls]\n'
             'Source = "https://github.com/jdurandal/outil_entrepot"\nDocumentation = "https://jdurandal.github.io/docs-outil/"\n'
             '"Mastodon" = "https://jdurandal.github.io/social"\n\n[tool.black]\nline-length = 120\n')
MKDOCS = ("site_name: Documentation\nrepo_url: https://github.com/jdurandal/outil_entrepot\n\nnav:\n  - Accueil: https://jdurandal.github.io\n"
          "  - index.md\n")
DJANGO_CSP = ('CSP_CONNECT_SRC = [\n    "\'self\'",\n    "https://openmaptiles.geo.data.gouv.fr",\n    "https://tuiles.jdurandal.github.io",\n'
              '    # Discussion\n    "https://client.chat-durandal.com",\n    "https://gist.githubusercontent.com",\n]\n'
              "CSP_SCRIPT_SRC = (\n    \"'self'\",\n    'https://outils.jdurandal.github.io/accessibilite/',  # the accessibility bookmarklet\n)\n")


def _hosting(tmp_path, files: dict, name: str = "r") -> tuple[dict, dict]:
    repo = make_repo(tmp_path / name, [{"files": {"README.md": "# Fonds\n\nLe service du fonds de prévention.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Jeanne Durandal", "jeanne.durandal@beta.gouv.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0], report["facts"]["hosting_dependencies"]


def test_a_referrer_a_sentence_a_link_a_manifest_a_docs_nav_and_a_csp_list_load_nothing(tmp_path):
    r, f = _hosting(tmp_path, {"src/shared/partners.ts": PARTNERS, "src/app/politique/content/content.json": CONTENT,
                               "package.json": '{"name": "fonds", "homepage": "https://jdurandal.github.io/fonds", "dependencies": {"next": "15.0.0"}}\n',
                               "pyproject.toml": PYPROJECT, "mkdocs.yml": MKDOCS, "config/settings.py": DJANGO_CSP,
                               "src/map.ts": "export const style = '/map/style.json';\n"})
    assert f["hosts"] == [], f["hosts"]
    assert r["status"] == "pass", r


def test_an_image_cloning_the_project_itself_and_a_referrer_policy(tmp_path):
    """(Geoplateforme/sdk-entrepot's docker/Dockerfile clones …/geoplateforme/sdk_entrepot.git: the project itself, whoever the owner
    of a local clone.) A tracker's <img referrerpolicy="…" src="https://…"> loads its image: no referrer compared."""
    image = "FROM python:3.12-slim\nRUN git clone --depth 1 -b $tag https://github.com/jdurandal/outil_entrepot.git /srv/outil\n"
    pixel = '<img referrerpolicy="no-referrer-when-downgrade" src="https://stats.jdurandal.github.io/matomo.php?idsite=17" alt="" />\n'
    r, f = _hosting(tmp_path, {"docker/Dockerfile": image, "templates/matomo.html": pixel}, name="outil-entrepot")
    assert f["clones"] == [], f["clones"]
    assert [h["host"] for h in f["hosts"] if h["class"] == "personal"] == ["stats.jdurandal.github.io"], f["hosts"]


def test_a_fetch_an_api_link_a_dependency_address_and_a_docs_script_stay(tmp_path):
    """(And a variable named like a CSP directive, imgSrc, holding an image's address: loaded.)"""
    code = ("export async function partner() {\n  return fetch('https://maisons-durandal.vercel.app/partenaires.json');\n}\n"
            "export const layer = {\n  \"lien\": \"https://www.hebergeur-durandal.com/api/couches\"\n};\n"
            "export const log = \"Téléchargement \" + 'https://tuiles.jdurandal.github.io/a.pbf';\n"
            "const imgSrc = 'https://logo.jdurandal.github.io/logo.png';\n")
    mkdocs = "site_name: Documentation\nextra_javascript:\n  - https://scripts.jdurandal.github.io/stats.js\n"
    r, f = _hosting(tmp_path, {"src/shared/partners.ts": PARTNERS + code, "mkdocs.yml": mkdocs,
                               "package.json": '{"name": "fonds", "dependencies": {"carte": "https://lib.jdurandal.github.io/carte-1.0.tgz"}}\n'})
    personal = sorted(h["host"] for h in f["hosts"] if h["class"] == "personal")
    assert personal == ["lib.jdurandal.github.io", "logo.jdurandal.github.io", "maisons-durandal.vercel.app", "scripts.jdurandal.github.io",
                        "tuiles.jdurandal.github.io"], f["hosts"]
    assert "hebergeur-durandal.com" in {h["host"] for h in f["hosts"]}, f["hosts"]
    assert r["status"] != "pass" and r["details"]["risk"]["level"] == 3, r


def test_a_tool_cloned_at_a_release_and_built_is_no_clone_from_an_account(tmp_path):
    """(MTES-MCT/sparte's airflow/Dockerfile: git clone …/felt/tippecanoe.git --branch 2.75.1, then make && make install.) A clone
    of a moving branch, or one at start-up, stays (test_hosting_csp_tool_clone_s26)."""
    build = ("FROM python:3.12-slim\nRUN apt-get update && apt-get install -y git build-essential\n"
             "RUN git clone https://github.com/jdurandal/tuileur.git /opt/tuileur --depth 1 --branch 2.75.1\nWORKDIR /opt/tuileur\n"
             "RUN make && make install\n")
    moving = build.replace(" --branch 2.75.1", "")
    r, f = _hosting(tmp_path, {"airflow/Dockerfile": build})
    assert f["clones"] == [], f["clones"]
    assert r["status"] == "pass", r
    r, f = _hosting(tmp_path / "m", {"airflow/Dockerfile": moving})
    assert [c["account"] for c in f["clones"]] == ["jdurandal"], f["clones"]
