"""A heading-less README of deploy commands is the deployment section, never the purpose (issue 12, s45 fj45).

Real case: antocreadev/astro-tourisme.castagnicciacasinca.fr, an Astro tourism site whose README.md is three unfenced lines: copy
the development settings to production ones, make the web server's folder under /var/www, copy dist/* into it. readme-sections
took the paragraph for the purpose ("via sentence": cp, mkdir were no known commands) and listed deployment missing;
reusability.install failed "nothing says how to publish it". Near misses: a README opening on a sentence keeps it as the purpose,
and commands copying the build to a local folder (no served folder, no server) are no deployment.
"""
from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

SITE = {"package.json": '{"name": "site-tourisme", "type": "module", "scripts": {"build": "astro build"}, "dependencies": {"astro": "^4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": "---\nconst titre = 'Accueil';\n---\n<h1>{titre}</h1>\n"}
DEPLOY = "cp .env.example .env.production\nsudo mkdir -p /var/www/site-tourisme\nsudo cp -r dist/* /var/www/site-tourisme\n"


def _sections(tmp_path, readme):
    _, res = kind_and_results(tmp_path, {**SITE, "README.md": readme}, ["documentation.readme-sections", "reusability.install"])
    found = {e["value"]["section"]: e.get("line") for e in res["documentation.readme-sections"]["evidence"]
             if e.get("kind") == "found" and isinstance(e.get("value"), dict) and "section" in e["value"]}
    return found, res["reusability.install"]


def test_a_readme_of_deploy_commands_is_the_deployment_not_the_purpose(tmp_path):
    found, install = _sections(tmp_path, DEPLOY)
    assert found == {"deployment": 1}, found
    assert install["details"]["instructions"] is True and install["status"] != "fail", install


def test_near_miss_a_sentence_stays_the_purpose_and_a_local_copy_is_no_deployment(tmp_path):
    found, _ = _sections(tmp_path, "Site touristique d'une communauté de communes, construit avec Astro et alimenté par son CMS.\n\n" + DEPLOY)
    assert found.get("purpose") == 1, found
    found, install = _sections(tmp_path / "b", "cp .env.example .env.production\nmkdir -p sauvegarde\ncp -r dist/* sauvegarde/\n")
    assert "deployment" not in found and "purpose" not in found, found
    assert install["status"] == "fail", install
