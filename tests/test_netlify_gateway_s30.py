"""scaling.vendor-lock-in (issue 12, s30 f30 = reader m21o3, design-commun/plateaux-numeriques): a Hugo site for villages edited
with Netlify CMS, whose static/admin/config.yml commits through "backend: name: git-gateway" and whose pages load Netlify Identity's
widget, passed 9 ("Netlify platform services", a convenience of severity 1): the editors' logins live in Netlify's account service
and editing stops when the site leaves Netlify, as with Auth0's or Okta's accounts (severity 2). The CMS's Git Gateway backend is
a signal of its own; a CMS on the forge's backend (github) or on its own gateway (gateway_url) keeps no such service."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CMS_PAGE = ("<!doctype html>\n<html>\n<head>\n  <meta charset=\"utf-8\" />\n  <title>Content Manager</title>\n</head>\n<body>\n"
            "  <script src=\"https://unpkg.com/netlify-cms@^2.0.0/dist/netlify-cms.js\"></script>\n</body>\n</html>\n")
CONFIG = ("backend:\n  name: git-gateway\n  branch: master\n\nmedia_folder: static/images\npublic_folder: /images\n\ncollections:\n"
          "  - name: actualites\n    label: Actualités\n    folder: content/actualites\n    create: true\n"
          "    fields:\n      - {label: Titre, name: title, widget: string}\n      - {label: Texte, name: body, widget: markdown}\n")
SITE = {"README.md": "# Ma commune\n\nLe site de la commune, construit avec Hugo et édité avec Netlify CMS.\n",
        "config.toml": "baseURL = \"https://example.org/\"\nlanguageCode = \"fr\"\ntitle = \"Ma commune\"\ntheme = \"village\"\n",
        "netlify.toml": "[build]\n  command = \"hugo --gc --minify\"\n  publish = \"public\"\n",
        "themes/village/layouts/_default/baseof.html": "<!doctype html><html><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
        "content/_index.md": "---\ntitle: Accueil\n---\n\nBienvenue.\n",
        "static/admin/index.html": CMS_PAGE, "static/admin/config.yml": CONFIG}
CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]


def test_a_cms_committing_through_netlifys_git_gateway_is_locked_in(tmp_path):
    res = judge(tmp_path, SITE, CHECKS, name="g")[1]
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] == "warn", lock["message"]  # was pass 9 (or pass 10 without the identity widget)
    assert any(e["path"] == "static/admin/config.yml" and e.get("line") == 2 for e in lock["evidence"]), lock["evidence"]
    assert "Gateway" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_cms_on_the_forges_backend_or_its_own_gateway_is_not(tmp_path):
    github = {**SITE, "static/admin/config.yml": CONFIG.replace("name: git-gateway", "name: github\n  repo: commune/site")}
    lock = judge(tmp_path, github, CHECKS, name="h")[1]["scaling.vendor-lock-in"]
    assert lock["status"] == "pass" and lock["score"] == 10, lock["message"]
    own = {**SITE, "static/admin/config.yml": CONFIG.replace("  branch: master\n", "  branch: master\n  gateway_url: https://gateway.example.org\n"
                                                             "  identity_url: https://auth.example.org\n")}
    lock = judge(tmp_path, own, CHECKS, name="o")[1]["scaling.vendor-lock-in"]
    assert lock["status"] == "pass" and lock["score"] == 10, lock["message"]
    commented = {**SITE, "static/admin/config.yml": CONFIG.replace("backend:\n  name: git-gateway", "backend:\n  name: github\n  repo: c/s\n# backend:\n#   name: git-gateway")}
    lock = judge(tmp_path, commented, CHECKS, name="c")[1]["scaling.vendor-lock-in"]
    assert lock["status"] == "pass", lock["message"]
