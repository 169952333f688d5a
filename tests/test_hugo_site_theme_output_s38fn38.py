"""A Hugo site's committed output and its copied theme (issue 12, s38 fn38 = reader md38's govpf/helpthemall).

helpthemall: a Hugo documentation site (config.toml setting baseURL and theme = "dot", content/, archetypes/) with a theme
distributed by others copied into themes/dot/ (its own MIT LICENSE, theme.toml, README, layouts with a contact form, exampleSite/)
and Hugo's output public/ committed (pages whose head says <meta name="generator" content="Hugo 0.87.0">, index.xml, sitemap.xml).
reusability.build-output passed; documentation.docs took the theme's README as the project's deployment guide; scaling.personal-data
cited the theme's contact form. Rules now: public/ (Hugo's publishDir) beside a Hugo configuration, holding Hugo's pages, is build
output; a theme in themes/<name>/ carrying its own licence or theme.toml is a third-party component, not the project's documentation
nor forms. Near misses: a config.toml of no Hugo site beside a hand-written public/ stays the project's; a theme the project wrote
(no licence nor theme.toml) stays its own."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"
DOCS = "documentation.docs"
DATA = "licensing.data-and-docs"
PERSONAL = "scaling.personal-data"
OPEN = "licensing.open-license"

CONFIG = ('baseURL = "https://aide.exemple.fr/"\ntheme = "pointe"\ntitle = "Centre de documentation"\ndefaultContentLanguage = "fr"\n'
          '\n[params]\ncontact_form_action = "#"\n')
SITE = {"config.toml": CONFIG,
        "README.md": "# Centre de documentation\n\nLes pages du centre de documentation des développeurs du service.\n",
        "archetypes/default.md": "---\ntitle: \"{{ .Name }}\"\ndraft: true\n---\n",
        "content/referentiels/_index.fr.md": "---\ntitle: Nos référentiels\n---\n\nLes référentiels que nos applications suivent.\n",
        "content/onboarding/_index.fr.md": "---\ntitle: Arrivée\n---\n\nCe qu'il faut savoir en arrivant dans l'équipe.\n"}


def _page(title: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"fr-fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
            "<meta name=\"generator\" content=\"Hugo 0.87.0\" />\n<link rel=\"stylesheet\" href=\"/css/style.min.css\">\n</head>\n"
            "<body><h1>" + title + "</h1></body>\n</html>\n")


PUBLIC = {"public/index.html": _page("Centre de documentation"), "public/referentiels/index.html": _page("Nos référentiels"),
          "public/index.xml": "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Centre</title></channel></rss>\n",
          "public/sitemap.xml": "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://aide.exemple.fr/</loc></url></urlset>\n",
          "public/css/style.min.css": "body{margin:0}\n"}
CONTACT = ("{{ define \"main\" }}\n<section class=\"section\">\n<form action=\"{{ .Site.Params.contact_form_action }}\" method=\"POST\">\n"
           "  <input type=\"text\" name=\"name\" placeholder=\"Your name\">\n  <input type=\"email\" name=\"email\" placeholder=\"Your email\">\n"
           "  <textarea name=\"message\"></textarea>\n  <button type=\"submit\">Send</button>\n</form>\n</section>\n{{ end }}\n")
MIT = ("The MIT License (MIT)\n\nCopyright (c) 2019 Studio Thèmes\n\nPermission is hereby granted, free of charge, to any person obtaining a copy "
       "of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including "
       "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and "
       "to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice "
       "and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "
       "\"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, "
       "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, "
       "DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE "
       "SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n")
THEME = {"themes/pointe/LICENSE": MIT,
         "themes/pointe/theme.toml": 'name = "Pointe"\nlicense = "MIT"\ndescription = "A documentation theme"\n\n[author]\n  name = "Studio Thèmes"\n',
         "themes/pointe/README.md": "# Pointe documentation theme\n\n## Installation\n\nDeploy the theme: clone it into your site's themes folder, "
                                    "then run `hugo server` and deploy the public folder to your server.\n",
         "themes/pointe/layouts/contact/list.html": CONTACT,
         "themes/pointe/layouts/_default/baseof.html": "<!DOCTYPE html>\n<html>{{ partial \"head.html\" . }}<body>{{ block \"main\" . }}{{ end }}</body></html>\n",
         "themes/pointe/exampleSite/content/installation/_index.en.md": "---\ntitle: Installation\n---\n\nInstall the product and configure it.\n",
         "themes/pointe/exampleSite/content/billing/_index.en.md": "---\ntitle: Billing\n---\n\nHow billing and payments work.\n"}


def test_hugo_output_is_build_output_and_its_copied_theme_no_project_document(tmp_path):
    _report, res = judge(tmp_path, {**SITE, **PUBLIC, **THEME}, [BUILD, DOCS, DATA, PERSONAL, OPEN], name="hugo")
    assert res[BUILD]["status"] == "warn" and "Hugo" in res[BUILD]["message"]["en"], res[BUILD]["message"]
    assert all(e["path"].startswith("public/") for e in res[BUILD]["evidence"]), res[BUILD]["evidence"]
    assert not any(str(e.get("path") or "").startswith("themes/") for e in res[DOCS]["evidence"]), res[DOCS]["evidence"]
    assert "deployment" in res[DOCS]["details"]["missing"], res[DOCS]["message"]
    assert not any(str(e.get("path") or "").startswith("themes/") for e in res[DATA]["evidence"]), res[DATA]["evidence"]
    assert "themes/" not in str(res[PERSONAL]["message"]), res[PERSONAL]["message"]
    # (the theme's own licence stays named, as a component's: the project has none)
    assert res[OPEN]["status"] == "fail" and "themes/pointe/LICENSE" in res[OPEN]["message"]["en"], res[OPEN]["message"]


def test_near_miss_hand_written_public_and_own_theme_stay_the_project(tmp_path):
    own_theme = {k.replace("pointe", "maison"): v for k, v in THEME.items() if not k.endswith(("LICENSE", "theme.toml"))}
    files = {**SITE, "config.toml": CONFIG.replace("pointe", "maison"), **own_theme,
             "public/index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Accueil</title></head><body><h1>Accueil</h1></body></html>\n"}
    _report, res = judge(tmp_path, files, [BUILD, DOCS, PERSONAL], name="own")
    assert res[BUILD]["status"] == "pass", res[BUILD]["message"]
    assert "themes/maison/layouts/contact/list.html" in str(res[PERSONAL]["message"]), res[PERSONAL]["message"]
    # (and a config.toml of another tool beside a public/ holding Hugo-like lists is no Hugo site)
    other = {"config.toml": "[server]\nport = 8080\n", "README.md": SITE["README.md"], **PUBLIC}
    _report, res = judge(tmp_path, other, [BUILD], name="other")
    assert res[BUILD]["status"] == "pass", res[BUILD]["message"]
