"""Session 29 (j29 = reader s29 m21o3): two gaps of the reference lists. A Parc naturel régional is managed by a syndicat mixte of
the local governments that approved its charter; its domain "parc-<name>" (parc-livradois-forez.org, the author of a deliberations
tool) was an unlisted organisation, counted with the companies. A Hugo site built for villages (design-commun/plateaux-numeriques)
loads Netlify Identity's widget from identity.netlify.com in its layout and its Netlify CMS page: Netlify's account service, unseen
("no proprietary service"). A site only hosted on *.netlify.app keeps no such service, and "parc-" alone names no public body."""

from __future__ import annotations

from auditor.facts.scaling.common import domain_type
from tests.test_local_authority_verdicts import judge


def test_a_parc_naturel_regional_domain_is_a_public_bodys():
    assert domain_type("parc-livradois-forez.org")["type"] == "public"
    assert domain_type("parc-du-vercors.fr")["type"] == "public"


def test_another_parc_domain_stays_unlisted():
    assert domain_type("parc-asterix.fr")["type"] != "public"


_HEAD = ("<head>\n  <meta charset=\"utf-8\">\n  <title>{{ .Title }}</title>\n  <link rel=\"stylesheet\" href=\"{{ \"css/style.css\" | relURL }}\">\n"
         "  <script src=\"https://identity.netlify.com/v1/netlify-identity-widget.js\"></script>\n</head>\n")
SITE = {
    "config.toml": "baseURL = \"https://plateaux-numeriques.netlify.app/\"\nlanguageCode = \"fr\"\ntitle = \"Ma commune\"\ntheme = \"village\"\n",
    "netlify.toml": "[build]\n  command = \"hugo --gc --minify\"\n  publish = \"public\"\n",
    "themes/village/layouts/partials/head.html": _HEAD,
    "themes/village/layouts/_default/baseof.html": "<!doctype html>\n<html lang=\"fr\">\n{{ partial \"head.html\" . }}\n<body>{{ block \"main\" . }}{{ end }}</body>\n</html>\n",
    "themes/village/layouts/index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1>{{ .Content }}{{ end }}\n",
    "themes/village/theme.toml": "name = \"village\"\nlicense = \"MIT\"\n",
    "static/admin/config.yml": "backend:\n  name: git-gateway\n  branch: main\nmedia_folder: static/img\ncollections: []\n",
    "static/admin/index.html": ("<!doctype html>\n<html>\n<head>\n  <meta charset=\"utf-8\" />\n  <title>Gestion du contenu</title>\n"
                                "  <script src=\"https://identity.netlify.com/v1/netlify-identity-widget.js\"></script>\n</head>\n"
                                "<body>\n  <script src=\"https://unpkg.com/netlify-cms@^2.0.0/dist/netlify-cms.js\"></script>\n</body>\n</html>\n"),
    "content/_index.md": "---\ntitle: Accueil\n---\nBienvenue sur le site de la commune.\n",
    "README.md": "# Ma commune\n\nLe site de la commune, construit avec Hugo.\n",
}
CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]


def test_netlify_identity_loaded_by_a_site_is_a_proprietary_service(tmp_path):
    res = judge(tmp_path, SITE, CHECKS, name="n")[1]
    lock = res["scaling.vendor-lock-in"]
    assert "Netlify" in lock["message"]["en"], lock["message"]
    assert any(e["path"] == "themes/village/layouts/partials/head.html" for e in lock["evidence"]), lock["evidence"]
    assert "Netlify" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_site_only_hosted_on_netlify_keeps_no_proprietary_service(tmp_path):
    files = {k: v for k, v in SITE.items() if not k.startswith("static/admin/")}
    files["themes/village/layouts/partials/head.html"] = _HEAD.replace(
        "  <script src=\"https://identity.netlify.com/v1/netlify-identity-widget.js\"></script>\n", "")
    lock = judge(tmp_path, files, CHECKS, name="h")[1]["scaling.vendor-lock-in"]
    assert "Netlify" not in lock["message"]["en"] and lock["status"] == "pass", lock["message"]
